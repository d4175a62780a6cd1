"""The router as a pure function: global commands, back, FAQ fallback, language."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from dialogs.choice import resolve_choice
from dialogs.flow import Ctx, Flow, Outcome
from dialogs.i18n import T
from dialogs.ports import FaqAnswer, FaqLookup, Ports
from dialogs.replies import ChoicesReply, Option, Reply, TextReply
from dialogs.router import Dialog, Result
from dialogs.state import ConversationState
from dialogs.turns import Author, Turn
from knowledge.language import Lang
from tests.fakes import FakeFaq


def _ask_name(ctx: Ctx) -> list[Reply]:
    return [TextReply(text="name?" if ctx.lang is Lang.EN else "이름?")]


def _ask_color(ctx: Ctx) -> list[Reply]:
    return [ChoicesReply(text="color?", options=[Option(value="red", label="Red")])]


def _name(ctx: Ctx, turn: Turn) -> Outcome:
    if not turn.text.strip().isalpha():
        return Outcome(replies=[TextReply(text="letters only")], fallback=True)
    return Outcome(replies=_ask_color(ctx), next_step="color")


def _color(ctx: Ctx, turn: Turn) -> Outcome:
    if resolve_choice(turn, [Option(value="red", label="Red")]) != "red":
        return Outcome(fallback=True)
    return Outcome(replies=[TextReply(text="done")], next_flow="menu")


PROFILE = Flow(
    name="contracts",
    start_step="name",
    steps={"name": _name, "color": _color},
    prompts={"name": _ask_name, "color": _ask_color},
    menu_label=T("프로필", "Profile"),  # the menu offers it
)


@pytest.fixture
def dialog() -> Dialog:
    return Dialog([PROFILE])


@pytest.fixture
def ports() -> Ports:
    faq = FakeFaq({"documents": "You need the certificate."})
    return Ports(faq=faq, now=lambda: datetime(2026, 1, 1, tzinfo=UTC))


def say(
    dialog: Dialog,
    state: ConversationState,
    ports: Ports,
    text: str = "",
    *,
    action: str | None = None,
    author: Author = Author.MERCHANT,
) -> Result:
    turn = Turn(
        event_id="e",
        conversation_key="k",
        transport="t",
        user_id="u",
        text=text,
        action=action,
        author=author,
    )
    return dialog.respond(state, turn, ports)


def texts(result: Result) -> str:
    return "\n".join(r.fallback() for r in result.replies)


def test_menu_then_flow_then_back(dialog: Dialog, ports: Ports) -> None:
    state = ConversationState()
    result = say(dialog, state, ports, "hello")
    assert "What would you like to do?" in texts(result)  # hello first: the greeting
    result = say(dialog, result.state, ports, action="menu:contracts")
    assert texts(result) == "name?"
    result = say(dialog, result.state, ports, "Kim")
    assert "color?" in texts(result)
    assert result.state.step == "color"
    result = say(dialog, result.state, ports, "back")
    assert texts(result) == "name?"
    assert (result.state.flow, result.state.step) == ("contracts", "name")


def test_respond_does_not_change_the_given_state(dialog: Dialog, ports: Ports) -> None:
    state = ConversationState()
    say(dialog, state, ports, action="menu:contracts")
    assert state == ConversationState()


def test_choice_by_number_and_by_label(dialog: Dialog, ports: Ports) -> None:
    state = say(dialog, ConversationState(), ports, action="menu:contracts").state
    state = say(dialog, state, ports, "Lee").state
    assert texts(say(dialog, state, ports, "red")).startswith("done")
    state = say(dialog, ConversationState(lang=Lang.EN), ports, "1").state
    assert state.flow == "contracts"


def test_faq_answer_mid_flow_resumes_the_step(dialog: Dialog, ports: Ports) -> None:
    state = say(dialog, ConversationState(), ports, action="menu:contracts").state
    result = say(dialog, state, ports, "which documents 123")
    assert texts(result) == "You need the certificate.\nname?"
    assert result.state.step == "name"


def test_not_understood_twice_offers_a_person(dialog: Dialog, ports: Ports) -> None:
    state = say(dialog, ConversationState(lang=Lang.EN), ports, action="menu:contracts").state
    first = say(dialog, state, ports, "12 34")
    assert "letters only" in texts(first)
    second = say(dialog, first.state, ports, "56")
    assert "talk to a person" in texts(second).lower()
    assert second.state.misunderstood == 2


def test_cancel_returns_to_menu(dialog: Dialog, ports: Ports) -> None:
    state = say(dialog, ConversationState(), ports, action="menu:contracts").state
    result = say(dialog, state, ports, "cancel")
    assert "stopped" in texts(result)
    assert result.state.flow == "menu"
    assert result.state.history == []


def test_restart_forgets_everything_but_the_language(dialog: Dialog, ports: Ports) -> None:
    state = say(dialog, ConversationState(), ports, "English").state
    state = say(dialog, state, ports, action="menu:contracts").state
    result = say(dialog, state, ports, "restart")
    fresh = ConversationState(lang=Lang.EN, lang_fixed=True)
    assert result.state.model_copy(update={"offered": []}) == fresh
    assert result.state.flow == "menu"


def test_language_follows_hangul_until_chosen(dialog: Dialog, ports: Ports) -> None:
    state = say(dialog, ConversationState(lang=Lang.EN), ports, "안녕하세요").state
    assert state.lang is Lang.KO
    state = say(dialog, state, ports, "hello").state
    assert state.lang is Lang.EN
    state = say(dialog, state, ports, "한국어").state
    assert state.lang is Lang.KO
    assert state.lang_fixed
    assert say(dialog, state, ports, "hello there").state.lang is Lang.KO


def test_help_and_human(dialog: Dialog, ports: Ports) -> None:
    assert "menu" in texts(say(dialog, ConversationState(lang=Lang.EN), ports, "help"))
    result = say(dialog, ConversationState(), ports, "사람이랑 얘기하고 싶어요")
    assert result.state.human_requested
    assert [type(e).__name__ for e in result.effects] == ["RequestHuman"]


def test_questions_containing_command_words_are_not_commands(dialog: Dialog, ports: Ports) -> None:
    result = say(dialog, ConversationState(), ports, "can I cancel my application?")
    assert "stopped" not in texts(result)


def test_agent_words_are_not_answers(dialog: Dialog, ports: Ports) -> None:
    state = say(dialog, ConversationState(), ports, action="menu:contracts").state
    result = say(dialog, state, ports, "Kim", author=Author.AGENT)
    assert result.replies == []
    assert result.state == state


@pytest.mark.parametrize("text", ["", "   ", "\x00\x01"])
def test_empty_messages(dialog: Dialog, ports: Ports, text: str) -> None:
    assert "empty" in texts(say(dialog, ConversationState(lang=Lang.EN), ports, text))


def test_too_long_message(dialog: Dialog, ports: Ports) -> None:
    result = say(dialog, ConversationState(lang=Lang.EN), ports, "가" * 10_000)
    assert "too long" in texts(result) or "너무 길어요" in texts(result)


@pytest.mark.parametrize(
    "text",
    ["KCP", "kcp로 할게요", "Naver Pay", "ceo@example.com", "https://shop.example.com", "NICE"],
)
def test_names_and_addresses_do_not_switch_korean_to_english(
    dialog: Dialog, ports: Ports, text: str
) -> None:
    assert say(dialog, ConversationState(), ports, text).state.lang is Lang.KO


@pytest.mark.parametrize("text", ["hello", "card and naver pay please", "is KCP good?"])
def test_english_words_switch_to_english(dialog: Dialog, ports: Ports, text: str) -> None:
    assert say(dialog, ConversationState(), ports, text).state.lang is Lang.EN


def test_a_number_typed_for_a_global_option_acts_like_its_button(
    dialog: Dialog, ports: Ports
) -> None:
    topic = FaqAnswer("fees", "What are the fees?", "It depends on the PG.", 30.0)

    class TopicsFaq(FakeFaq):
        def lookup(self, text: str, lang: Lang) -> FaqLookup:
            return FaqLookup(best=None, alternatives=[topic])

        def answer(self, entry_id: str, lang: Lang) -> FaqAnswer | None:
            return topic if entry_id == "fees" else None

    ports.faq = TopicsFaq()
    state = say(dialog, ConversationState(lang=Lang.EN), ports, action="menu:contracts").state
    state = say(dialog, state, ports, "12").state  # not understood: a topic and a person offered
    assert [o.value for o in state.offered] == ["faq:fees", "cmd:human"]
    assert texts(say(dialog, state, ports, "1")).startswith("It depends on the PG.")
    assert say(dialog, state, ports, "2").state.human_requested


def test_a_number_for_a_steps_own_option_is_left_to_the_step(dialog: Dialog, ports: Ports) -> None:
    state = say(dialog, ConversationState(lang=Lang.EN), ports, action="menu:contracts").state
    state = say(dialog, state, ports, "Kim").state
    assert texts(say(dialog, state, ports, "1")).startswith("done")
