"""The handoff's effects and their handlers (always wired: see ``bot/effects.py``)."""

from __future__ import annotations

from bot.engine import EffectHandler
from bot.handoff import actions
from bot.handoff.request import request_human
from dialogs.effects import Effect, RequestHuman
from dialogs.handoff.effects import (
    ChangeApplicationStatus,
    CloseConversation,
    HandBack,
    LinkBusiness,
    RefuseAgentAction,
    SendTranscript,
    TakeOver,
    TellAgents,
)

HANDLERS: dict[type[Effect], EffectHandler] = {
    RequestHuman: request_human,
    TakeOver: actions.take_over,
    HandBack: actions.hand_back,
    CloseConversation: actions.close,
    LinkBusiness: actions.link_business,
    ChangeApplicationStatus: actions.change_application_status,
    SendTranscript: actions.send_transcript,
    RefuseAgentAction: actions.refuse,
    TellAgents: actions.tell,
}
