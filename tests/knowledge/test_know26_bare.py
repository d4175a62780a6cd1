"""know26 (issue 15): short and meta messages, and technical troubleshooting refused.

Bare messages (knowledge/bare.py) are a chat command, a question to the assistant about itself,
or one topic named alone; each gets the entry a support agent would give. Technical
troubleshooting of an integration (knowledge/scope.py) is refused unless the message names one
of the desk's subjects. Phrasings here are written for these tests, not taken from a question
set or the paraphrase files."""

import shutil
from pathlib import Path

import pytest

from dialogs import commands
from dialogs.commands import Command, detect_command
from dialogs.turns import Turn
from knowledge import bare
from knowledge.catalog import DATA_DIR, DataError
from knowledge.faq import load_faq, load_faq_from
from knowledge.scope import NearTopic, near_topic
from knowledge.understand import Kind, load_understanding

FAQ = load_faq()

# The entry that explains each of the chat's global commands.
EXPLAINED_BY = {
    Command.HELP: bare.CHAT_COMMANDS,
    Command.MENU: bare.CHAT_COMMANDS,
    Command.CANCEL: bare.CHAT_COMMANDS,
    Command.RESTART: bare.CHAT_COMMANDS,
    Command.BACK: bare.CHAT_COMMANDS,
    Command.LANGUAGE: bare.CHAT_LANGUAGES,
    Command.KOREAN: bare.CHAT_LANGUAGES,
    Command.ENGLISH: bare.CHAT_LANGUAGES,
    Command.HUMAN: bare.TALK_TO_PERSON,
}
# Asked of the desk, "cancel" alone is as often about withdrawing the application: the FAQ
# decides, not the command list.
LEFT_TO_THE_FAQ = {"cancel", "취소", "취소할게요"}


def _turn(text: str) -> Turn:
    return Turn(event_id="e", conversation_key="k", transport="console", user_id="u", text=text)


def _ask(text: str) -> tuple[Kind, str | None]:
    found = load_understanding().understand(text)
    return found.kind, found.entry_id


@pytest.mark.parametrize("word", sorted(bare.COMMAND_WORDS))
def test_each_command_word_is_a_command_of_the_chat(word: str) -> None:
    command = detect_command(_turn(word))
    assert command is not None
    assert EXPLAINED_BY[command] == bare.COMMAND_WORDS[word]


def test_every_command_of_the_chat_is_read_as_one() -> None:
    # The chat's own table (dialogs/commands.py): a word added there and not here would reach
    # the FAQ's retrieval, which reads one word badly.
    missing = {
        word
        for word, command in commands._LOOKUP.items()
        if word not in LEFT_TO_THE_FAQ and bare.command_entry(word) != EXPLAINED_BY[command]
    }
    assert not missing


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        ("도움말 좀 보여주세요", "chat_commands"),
        ("메인 메뉴 보여줘", "chat_commands"),
        ("restart please", "chat_commands"),
        ("뒤로 가 주세요", "chat_commands"),
        ("English please", "chat_languages"),
        ("한국어로 바꿔주세요", "chat_languages"),
        ("could you reply in korean", "chat_languages"),
        ("상담원 연결 부탁드려요", "talk_to_person"),
        ("are you human?", "assistant_scope"),
        ("Who am I chatting with?", "assistant_scope"),
        ("what can this bot do for us", "assistant_scope"),
        ("너 로봇이야?", "assistant_scope"),
        ("당신 누구세요", "assistant_scope"),
        ("여기서 뭘 도와줄 수 있어요?", "assistant_scope"),
    ],
)
def test_the_chat_and_the_assistant_are_answered(text: str, entry_id: str) -> None:
    assert _ask(text) == (Kind.FAQ, entry_id)


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        ("서류요?", "docs_individual"),
        ("required documents please", "docs_individual"),
        ("기간은요?", "timeline"),
        ("how long does it usually take?", "timeline"),
        ("what's the next step", "how_to_apply"),
        ("그다음엔 뭐 해야 돼요", "how_to_apply"),
        ("where should I begin?", "how_to_apply"),
        ("어디서부터 해야 돼요", "how_to_apply"),
        ("수수료는요?", "fees"),
        ("보증보험은?", "guarantee_insurance"),
    ],
)
def test_a_topic_named_alone_gets_its_general_entry(text: str, entry_id: str) -> None:
    assert FAQ.bare_entry(text) == entry_id
    assert _ask(text) == (Kind.FAQ, entry_id)


@pytest.mark.parametrize(
    "text",
    [
        "법인 서류 뭐예요",  # two topics: corporate and documents
        "how long do you keep my data",  # words no topic's term covers
        "얼마나 걸려요 카드사 심사",  # time and the card review
        "documents for a gym",  # an industry named
        "lol this bot is slow",  # about the bot, not a question to it
        "recommend me a chatbot builder",
        "can I send you my resume",
    ],
)
def test_more_than_a_bare_message_is_left_to_retrieval(text: str) -> None:
    assert FAQ.bare_entry(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "안드로이드 웹뷰에서 결제창 누르면 하얀 화면만 나와요",
        "the payment popup won't open in Safari",
        "npm install 하다가 iamport 모듈 빌드 오류",
        "결제 버튼 색상을 우리 브랜드 컬러로 바꾸고 싶어요",
        "can I change the font of the checkout window",
        "webhook is not firing after a payment",
        "API로 고객 한 명의 예약 결제만 취소하려면요",
        "token API returns 401",
    ],
)
def test_troubleshooting_an_integration_is_refused(text: str) -> None:
    # (a neighbour category of knowledge/neighbours.py may take one first: the web shop's
    # design, its own app crashing; either way it is refused before any lookup)
    assert near_topic(text) is not None
    assert _ask(text)[0] is Kind.NONE


def test_troubleshooting_is_its_own_category() -> None:
    assert near_topic("webhook is not firing after a payment") is NearTopic.TROUBLESHOOTING


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        # the application's own error messages
        ("사업자번호 넣으니까 오류가 나요 유효하지 않대요", "invalid_business_number"),
        ("법인등록번호 입력하면 에러가 떠요", "invalid_corporate_number"),
        # a PG code in a build error: which code to write
        ("react native에서 pg 값을 syrup으로 했더니 에러", "legacy_pg_codes"),
    ],
)
def test_the_desks_own_errors_are_answered(text: str, entry_id: str) -> None:
    assert near_topic(text) is None
    assert _ask(text) == (Kind.FAQ, entry_id)


@pytest.mark.parametrize(
    "text",
    [
        "KCP 결제창 방식으로 신청 돼요?",  # a capability, no symptom
        "등록증 올렸는데 화면이 안 넘어가요",  # the application's own step
        "테스트 채널 만들었는데 결제창이 안 떠요",  # the test channel, the desk's subject
    ],
)
def test_a_desk_subject_keeps_a_technical_message_on_topic(text: str) -> None:
    assert near_topic(text) is None


@pytest.mark.parametrize("text", ["APP-31 지금 어디까지 됐어요?", "what's happening with app 14"])
def test_an_application_number_asks_for_that_applications_status(text: str) -> None:
    assert _ask(text) == (Kind.FAQ, "status_updates")


def test_an_overview_must_name_an_entry(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    faq = data / "faq.yaml"
    text = faq.read_text(encoding="utf-8")
    faq.write_text(
        text.replace("    overview: timeline\n", "    overview: no_such_entry\n", 1),
        encoding="utf-8",
    )
    with pytest.raises(DataError, match="no_such_entry"):
        load_faq_from(data)


def test_the_assistant_says_it_is_not_a_person() -> None:
    answer = FAQ.entry("assistant_scope").answer
    assert "사람이 아니에요" in answer.ko
    assert "not a person" in answer.en
