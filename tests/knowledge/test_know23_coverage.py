"""know23 (issue 15): entries for facts merchants ask that no entry stated — handing the
certificate over in this chat, a PDF issued on Hometax or Gov24, who may act in a thread, and
NHN KCP's naverpay_bridge. The answers are checked against the code they describe (the upload
limits, the button labels, the stranger's hint), so an entry and the behaviour it explains
cannot drift apart silently. Phrasings here are written for these tests, not taken from a
question set or from the paraphrase files."""

import pytest

from bot.ocr.formats import MAX_BYTES, MAX_PDF_PAGES
from bot.ocr.text_layer import MAX_PAGES
from bot.uploads import MAX_UPLOAD_BYTES
from dialogs import texts as shared_texts
from dialogs.business import texts as business_texts
from knowledge.faq import load_faq
from knowledge.language import Lang
from knowledge.understand import Kind, load_understanding

FAQ = load_faq()
NEW = (
    "certificate_upload_chat",
    "certificate_digital_pdf",
    "thread_who_can_act",
    "naverpay_bridge",
)


def _said(entry_id: str, lang: Lang) -> str:
    return " ".join(FAQ.entry(entry_id).answer.get(lang).split())


@pytest.mark.parametrize("entry_id", NEW)
def test_each_new_entry_asks_in_both_languages(entry_id: str) -> None:
    entry = FAQ.entry(entry_id)
    assert len(entry.questions.ko) >= 2
    assert len(entry.questions.en) >= 2


@pytest.mark.parametrize("lang", [Lang.KO, Lang.EN])
def test_the_formats_answer_states_this_chats_limits(lang: Lang) -> None:
    # certificate_formats was corrected: this chat takes a PDF of several pages, not only one.
    said = _said("certificate_formats", lang)
    megabytes = MAX_UPLOAD_BYTES // (1024 * 1024)
    assert MAX_BYTES == MAX_UPLOAD_BYTES  # the reader and the store refuse the same size
    assert f"{megabytes}MB" in said.replace(" MB", "MB")
    assert str(MAX_PDF_PAGES) in said
    assert str(MAX_PAGES) in said  # the pages searched for the certificate


@pytest.mark.parametrize("lang", [Lang.KO, Lang.EN])
def test_the_upload_answer_names_the_buttons_the_check_card_shows(lang: Lang) -> None:
    said = _said("certificate_upload_chat", lang)
    assert f"[{business_texts.CONFIRM_ALL(lang)}]" in said
    assert f"[{business_texts.UPLOAD_AGAIN(lang)}]" in said
    assert "/upload" in said  # the console chat's command (README, Quick start)
    assert "⚠" in said  # what CHECK_FOOTER marks unsure fields with


def test_the_hint_to_a_stranger_says_what_the_thread_answer_says() -> None:
    # The answer repeats the hint's two ways to start one's own conversation.
    hint = {lang: shared_texts.NOT_YOUR_CONVERSATION(lang) for lang in Lang}
    assert "DM" in hint[Lang.KO] and "DM" in _said("thread_who_can_act", Lang.KO)
    assert "direct message" in hint[Lang.EN]
    assert "direct message" in _said("thread_who_can_act", Lang.EN)
    assert "not in a thread" in hint[Lang.EN]
    assert "not in a thread" in _said("thread_who_can_act", Lang.EN)


# Questions written for this test: each new entry answers its own kind of question, and the
# older entries keep theirs (a new entry must not take them).
ASKED = [
    ("등록증은 이 채팅방에 바로 첨부하면 되는 거예요?", "certificate_upload_chat"),
    ("how do i hand you the certificate in this slack thread?", "certificate_upload_chat"),
    ("홈택스에서 받은 전자 PDF 등록증도 정확하게 읽나요?", "certificate_digital_pdf"),
    ("can you read a certificate pdf downloaded from hometax?", "certificate_digital_pdf"),
    ("다른 사람이 제 스레드에서 버튼 누르면 제 신청이 바뀌어요?", "thread_who_can_act"),
    (
        "if someone else clicks the buttons in my thread, does my application change?",
        "thread_who_can_act",
    ),
    ("사업자등록증 어디다 올려요?", "certificate_upload_chat"),
    ("where do I upload my certificate?", "certificate_upload_chat"),
    ("제 스레드에 다른 직원이 답을 달면 반영돼요?", "thread_who_can_act"),
    ("who can press the buttons in my thread?", "thread_who_can_act"),
    ("naverpay_bridge 코드는 어디에 쓰는 값이에요?", "naverpay_bridge"),
    ("what does naverpay_bridge mean?", "naverpay_bridge"),
    ("사업자등록증 jpg로 올려도 돼요?", "certificate_formats"),
    ("등록증 올리면 정보가 자동으로 채워져요?", "certificate_ocr"),
    ("사업자등록증이 없어도 신청 가능한가요?", "no_certificate"),
]


@pytest.mark.parametrize(("question", "entry_id"), ASKED)  # fmt: skip
def test_questions_reach_their_entry(question: str, entry_id: str) -> None:
    understood = load_understanding().understand(question)
    assert understood.kind is Kind.FAQ, (question, understood.kind, understood.clarify)
    assert understood.entry_id == entry_id


def test_plain_naverpay_questions_stay_with_the_catalog() -> None:
    # The concept naverpay_bridge_code: naming Naver Pay is not naming the KCP value.
    understood = load_understanding().understand("KCP에서 네이버페이 받을 수 있어요?")
    assert understood.entry_id != "naverpay_bridge"


# The concepts thread_actor and certificate_handover are whole phrases: the everyday uses of
# their words ("invite", "buttons", "coworker", "어디에 올려") are no question for this desk.
EVERYDAY = [
    "결혼식 초대장 문구 추천해줘",
    "my coworker keeps taking credit for my work",
    "버튼 누르면 소리 나게 하는 앱 만드는 법",
    "인스타에 사진 어디에 올려야 잘 보여요?",
]


@pytest.mark.parametrize("question", EVERYDAY)
def test_everyday_uses_of_know23_words_stay_unanswered(question: str) -> None:
    understood = load_understanding().understand(question)
    assert understood.kind is not Kind.FAQ, (question, understood.entry_id)
