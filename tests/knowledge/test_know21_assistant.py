"""know21 (issue 15, item 3): FAQ entries on the assistant itself, answering only what the
product does. The answers are checked against the code they describe (the global commands,
the main menu's journeys, the office-hours default, the upload retention default), so an entry
and the behaviour it explains cannot drift apart silently. Phrasings here are written for these
tests, not taken from a question set or from the paraphrase files."""

from dataclasses import replace

import pytest

from bot.config import Settings
from dialogs.applications import texts as applications_texts
from dialogs.business import texts as business_texts
from dialogs.commands import detect_command
from dialogs.contracts import texts as contracts_texts
from dialogs.documents import texts as documents_texts
from dialogs.nudges import texts as nudge_texts
from dialogs.selection import texts as selection_texts
from dialogs.turns import Turn
from knowledge.confidence import DEFAULT_RULE
from knowledge.faq import load_faq
from knowledge.language import Lang
from knowledge.office_hours import DEFAULT_SCHEDULE, DEFAULT_TIMEZONE
from knowledge.understand import Kind, load_understanding

FAQ = load_faq()
NEW = (
    "chat_languages",
    "agent_hours",
    "status_updates",
    "chat_commands",
    "assistant_scope",
    "business_closed_check",
    "upload_privacy",
)


def _turn(text: str) -> Turn:
    return Turn(event_id="e", conversation_key="k", transport="console", user_id="u", text=text)


def _said(entry_id: str, lang: Lang) -> str:
    return " ".join(FAQ.entry(entry_id).answer.get(lang).split())


@pytest.mark.parametrize("entry_id", NEW)
def test_each_new_entry_has_questions_in_both_languages(entry_id: str) -> None:
    entry = FAQ.entry(entry_id)
    assert len(entry.questions.ko) >= 4
    assert len(entry.questions.en) >= 4


# The commands the answer quotes are commands the router understands, in both languages.
QUOTED_COMMANDS = {
    Lang.KO: ("도움말", "메뉴", "뒤로", "취소", "처음부터", "English", "한국어", "상담원"),
    Lang.EN: ("help", "menu", "back", "cancel", "restart", "English", "한국어", "agent"),
}


@pytest.mark.parametrize("lang", [Lang.KO, Lang.EN])
def test_the_commands_the_answer_quotes_are_real_commands(lang: Lang) -> None:
    said = _said("chat_commands", lang)
    for word in QUOTED_COMMANDS[lang]:
        assert f"'{word}'" in said or f'"{word}"' in said, (lang, word)
        assert detect_command(_turn(word)) is not None, word


def test_the_language_answer_quotes_switching_commands() -> None:
    for lang in (Lang.KO, Lang.EN):
        said = _said("chat_languages", lang)
        assert "English" in said and "한국어" in said
    for word in ("English", "한국어", "언어", "language"):
        assert detect_command(_turn(word)) is not None, word


@pytest.mark.parametrize("lang", [Lang.KO, Lang.EN])
def test_the_menu_the_answer_lists_is_the_menu(lang: Lang) -> None:
    said = _said("chat_commands", lang).casefold()
    for label in (
        contracts_texts.MENU_LABEL,
        selection_texts.MENU_LABEL,
        business_texts.MENU_LABEL,
        applications_texts.MENU_LABEL,
        documents_texts.MENU_LABEL,
    ):
        assert label(lang).casefold() in said, label(lang)


def test_the_status_updates_answer_names_the_menu_entry_and_the_words() -> None:
    label = applications_texts.MENU_LABEL
    assert label(Lang.KO) in _said("status_updates", Lang.KO)
    assert label(Lang.EN) in _said("status_updates", Lang.EN)
    assert "구독 220-81-62517" in _said("status_updates", Lang.KO)
    assert "subscribe 220-81-62517" in _said("status_updates", Lang.EN)
    assert "구독 해지" in _said("status_updates", Lang.KO)
    assert "unsubscribe" in _said("status_updates", Lang.EN)


def test_the_hours_and_retention_the_answers_give_are_the_defaults() -> None:
    assert DEFAULT_SCHEDULE == "mon-fri 09:00-18:00"
    assert DEFAULT_TIMEZONE == "Asia/Seoul"
    for lang in (Lang.KO, Lang.EN):
        assert "09:00" in _said("agent_hours", lang) and "18:00" in _said("agent_hours", lang)
    days = Settings.model_fields["retention_days"].default
    assert f"{days}일" in _said("upload_privacy", Lang.KO)
    assert f"{days} days" in _said("upload_privacy", Lang.EN)


def test_the_closed_business_answer_says_nothing_is_filed() -> None:
    ko, en = _said("business_closed_check", Lang.KO), _said("business_closed_check", Lang.EN)
    assert "국세청" in ko and "접수하지 않아요" in ko
    assert "National Tax Service" in en and "file nothing" in en


# One question per entry and language, written for this test.
ANSWERED = [
    ("영어로 상담 받을 수 있을까요", "chat_languages"),
    ("could you switch to English please, my Korean is weak", "chat_languages"),
    ("주말에도 상담원이 있나요?", "agent_hours"),
    ("what hours do your human agents work?", "agent_hours"),
    ("다른 사람 신청 건 알림 구독하는 법", "status_updates"),
    ("how do I unsubscribe from an application's updates?", "status_updates"),
    ("이 채팅에서 쓸 수 있는 명령어 알려주세요", "chat_commands"),
    ("how do I get back to the main menu from here?", "chat_commands"),
    ("이 봇으로 할 수 있는 일이 뭐예요?", "assistant_scope"),
    ("what can't this assistant help with?", "assistant_scope"),
    ("휴업 중인 사업자도 신청 넣을 수 있어요?", "business_closed_check"),
    ("can a business that has shut down still apply?", "business_closed_check"),
    ("올린 사업자등록증 파일은 언제 지워져요?", "upload_privacy"),
    ("who can see the certificate I upload here?", "upload_privacy"),
]


@pytest.mark.parametrize(("text", "entry_id"), ANSWERED)
def test_questions_about_the_assistant_are_answered_by_their_entry(
    text: str, entry_id: str
) -> None:
    # The ranking is what this test is about (know19's dispute check has its own tests).
    understood = load_understanding().understand(text, rule=replace(DEFAULT_RULE, split_margin=0.0))
    assert understood.kind is Kind.FAQ, (text, understood.kind)
    assert understood.entry_id == entry_id


@pytest.mark.parametrize(
    "text",
    [
        # everyday uses of the new concepts' words
        "영어 공부 어떻게 하면 빨리 늘어요?",
        "식당 메뉴 추천해줘",
        "보안 카메라 뭐가 좋아요",
        "카톡 알림이 안 와요",
        # closing a business is the tax office's procedure (refusal business_admin)
        "가게 폐업 신고 어떻게 해요",
        "how do I close my business down properly",
    ],
)
def test_everyday_uses_of_know21_words_stay_unanswered(text: str) -> None:
    assert not load_understanding().understand(text).answered


def test_older_answers_now_say_what_this_chat_does() -> None:
    """cancel_application, existing_contract and temp_save also say how this chat does it,
    naming the buttons it really shows."""
    for lang in (Lang.KO, Lang.EN):
        assert f"[{applications_texts.MENU_LABEL(lang)}]" in _said("cancel_application", lang)
        assert f"[{applications_texts.ACTION_CANCEL(lang)}]" in _said("cancel_application", lang)
        assert f"[{contracts_texts.MENU_LABEL(lang)}]" in _said("existing_contract", lang)
        assert nudge_texts.GO_ON(lang) in _said("temp_save", lang).replace("[", "").replace("]", "")
