"""Issue 15, QA round, defect 5 (Slack side): the language is decided by the merchant's own
message, not a default; it is kept for the conversation (a lone word of the other language,
"OK" or "네", does not switch it); a sentence in the other language or "English"/"한국어" does."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from bot.app import journeys
from bot.knowledge_port import KnowledgeAdapter
from dialogs.ports import Ports
from dialogs.router import Dialog
from dialogs.state import ConversationState
from dialogs.turns import Turn
from knowledge.language import Lang
from knowledge.understand import load_understanding

DIALOG = Dialog(journeys())
PORTS = Ports(
    faq=KnowledgeAdapter(load_understanding()), now=lambda: datetime(2026, 1, 5, tzinfo=UTC)
)
HANGUL = re.compile(r"[가-힣]")


class Conversation:
    def __init__(self) -> None:
        self.state = ConversationState()  # what a new Slack thread starts with
        self.n = 0

    def say(self, text: str) -> str:
        self.n += 1
        turn = Turn(
            event_id=f"e{self.n}", conversation_key="k", transport="t", user_id="u", text=text
        )
        result = DIALOG.respond(self.state, turn, PORTS)
        self.state = result.state
        return "\n".join(r.fallback() for r in result.replies)


def test_an_english_first_message_gets_english() -> None:
    talk = Conversation()
    said = talk.say("hi, I'd like to apply for card payments")
    assert talk.state.lang is Lang.EN
    assert not HANGUL.search(said), said


def test_a_lone_word_of_the_other_language_does_not_switch() -> None:
    talk = Conversation()
    talk.say("결제수단 신청하려고요")
    assert talk.state.lang is Lang.KO
    for word in ("OK", "cancel", "card"):
        talk.say(word)
        assert talk.state.lang is Lang.KO, word
    english = Conversation()
    english.say("I want to apply")
    english.say("네")
    assert english.state.lang is Lang.EN


def test_a_sentence_in_the_other_language_switches_and_is_kept() -> None:
    talk = Conversation()
    talk.say("결제수단 신청하려고요")
    said = talk.say("sorry, can we do this in English?")
    assert talk.state.lang is Lang.EN
    assert not HANGUL.search(said), said
    talk.say("OK")
    assert talk.state.lang is Lang.EN


def test_the_language_command_switches_at_once() -> None:
    talk = Conversation()
    talk.say("I want to apply")
    said = talk.say("한국어")
    assert talk.state.lang is Lang.KO
    assert "결제수단" in said


def test_a_greeting_in_the_other_language_switches() -> None:
    talk = Conversation()
    talk.say("결제수단 신청하려고요")
    talk.say("hello")
    assert talk.state.lang is Lang.EN
