"""The bolt listeners: translate, store, acknowledge; the slow work runs after the ack.

Bolt runs with ``process_before_response=True``: each ack function below runs before Slack
gets its answer and stores the turn in the engine's inbox (so an acknowledged event is never
lost, and a retry is recognised by its event id); its lazy function then processes the
conversation and delivers the replies, after the answer was sent.
Two things must happen inside the ack: opening a modal (its ``trigger_id`` dies in 3 s) and
answering a submitted modal with its field errors (``response_action: errors``); both, and
taking the buttons off an answered question, are done by ``bot/slack/forms.py``: the
listeners only translate payloads and hand them on.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Mapping
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot import metrics
from bot.app import Services
from bot.forms import is_known
from bot.outbox import lane_of
from bot.slack import texts
from bot.slack.adapter import (
    TRANSPORT,
    Routing,
    action_turn,
    command_turn,
    form_metadata,
    mention_turn,
    message_turn,
    parse_command,
    view_turn,
)
from bot.slack.forms import AnsweredQuestion, SlackForms
from bot.slack.render import (
    FORM_CALLBACK,
    FORM_OPEN_ACTION,
    chosen_label,
    form_values,
)
from dialogs.turns import Turn

log = logging.getLogger(__name__)

# Context keys that carry the accepted turn from the ack function to its lazy function.
_KEY = "onboard_conversation_key"
_LANE = "onboard_lane"
_ANSWERED = "onboard_answered_question"


def answered_question(body: Mapping[str, Any], routing: Routing) -> AnsweredQuestion | None:
    """The bot's message whose button was pressed, when it should lose its buttons: in a
    conversation, not in the agents' channel (whose cards the desk updates itself)."""
    message = body.get("message") or {}
    channel = str((body.get("channel") or {}).get("id") or "")
    if not message.get("ts") or not channel or channel == routing.agent_channel:
        return None
    if ((message.get("metadata") or {}).get("event_payload") or {}).get("updatable"):
        return None
    action = (body.get("actions") or [{}])[0]
    labels = [
        str((option.get("text") or {}).get("text") or option.get("value") or "")
        for block in (((body.get("state") or {}).get("values")) or {}).values()
        for element in block.values()
        for option in element.get("selected_options") or []
    ]
    return AnsweredQuestion(
        channel=channel,
        ts=str(message["ts"]),
        text=str(message.get("text") or ""),
        blocks=list(message.get("blocks") or []),
        choice=chosen_label(action, labels),
    )


class SlackListeners:
    def __init__(self, services: Services, routing: Routing, forms: SlackForms) -> None:
        self.services = services
        self.routing = routing
        # Modals, inline form errors and answered questions: calls beyond translating.
        self.forms = forms

    def register(self, app: App) -> None:
        app.event("message")(ack=self.ack_message, lazy=[self.after_ack])
        app.event("app_mention")(ack=self.ack_mention, lazy=[self.after_ack])
        # Sent beside every message with a file (which is handled as the message); it must
        # still be acknowledged, or Slack retries it and eventually disables the events.
        app.event("file_shared")(self.ignore)
        app.action(re.compile(".+"))(ack=self.ack_action, lazy=[self.after_ack])
        app.view(FORM_CALLBACK)(ack=self.ack_view, lazy=[self.after_ack])
        app.command("/onboard")(ack=self.ack_command, lazy=[self.after_ack])
        app.error(self.on_error)

    # -- events -------------------------------------------------------------------------

    def ack_message(self, body: dict[str, Any], ack: Ack, context: BoltContext) -> None:
        with metrics.timed(metrics.ACK_SECONDS, kind="message"):
            turn = message_turn(body, self._routing(context), known=self.known)
            self.accept(turn, context)
            ack()

    def ack_mention(self, body: dict[str, Any], ack: Ack, context: BoltContext) -> None:
        with metrics.timed(metrics.ACK_SECONDS, kind="app_mention"):
            self.accept(mention_turn(body, self._routing(context)), context)
            ack()

    def ignore(self, ack: Ack) -> None:
        ack()

    # -- interactivity ------------------------------------------------------------------

    def ack_action(
        self, body: dict[str, Any], ack: Ack, context: BoltContext, client: WebClient
    ) -> None:
        with metrics.timed(metrics.ACK_SECONDS, kind="block_actions"):
            action = (body.get("actions") or [{}])[0]
            if action.get("action_id") == FORM_OPEN_ACTION:
                ack()
                channel = str((body.get("channel") or {}).get("id") or "")
                value = str(action.get("value") or "")
                self.forms.open(client, str(body["trigger_id"]), value, channel)
                return
            turn = action_turn(body, self._routing(context))
            self.accept(turn, context)
            if turn is not None:
                context[_ANSWERED] = answered_question(body, self.routing)
            ack()

    def ack_view(self, body: dict[str, Any], ack: Ack, context: BoltContext) -> None:
        with metrics.timed(metrics.ACK_SECONDS, kind="view_submission"):
            view = body.get("view") or {}
            values = form_values((view.get("state") or {}).get("values") or {})
            turn = view_turn(body, self._routing(context), values)
            if turn is None:
                ack()
                return
            self.accept(turn, context)
            errors = self.forms.inline_errors(turn, form_metadata(view).get("form_id", ""))
            if errors:
                ack(response_action="errors", errors=errors)
            else:
                ack()

    # -- slash command ------------------------------------------------------------------

    def ack_command(self, body: dict[str, Any], ack: Ack, context: BoltContext) -> None:
        with metrics.timed(metrics.ACK_SECONDS, kind="command"):
            request = parse_command(body)
            if request.verb in ("help", "?"):
                ack(text=texts.COMMAND_USAGE)
                return
            if request.place is None:
                ack(text=texts.COMMAND_NEEDS_TARGET)
                return
            self.accept(command_turn(body, request, self._routing(context)), context)
            ack(text=texts.COMMAND_ACCEPTED.format(verb=request.verb))

    # -- after the ack ------------------------------------------------------------------

    def after_ack(self, context: BoltContext, client: WebClient) -> None:
        question = context.get(_ANSWERED)
        if question is not None:
            self.forms.mark_answered(client, question)
        key = context.get(_KEY)
        if not key or not self.services.settings.inline_processing:
            return  # without inline processing, `onboard worker` answers
        try:
            self.process(str(key), "slack")
            self.services.dispatcher.deliver_due(lanes=[str(context.get(_LANE))])
        except Exception:
            # The event is in the inbox: the worker's recovery processes it later.
            metrics.ERRORS.labels(where="slack_after_ack").inc()
            log.exception("processing after the ack failed; the worker will retry")

    def on_error(self, error: Exception, body: dict[str, Any]) -> None:
        metrics.ERRORS.labels(where="slack_listener").inc()
        log.error("Slack listener failed on a %s: %r", body.get("type", "request"), error)

    # -- helpers ------------------------------------------------------------------------

    def accept(self, turn: Turn | None, context: BoltContext) -> None:
        if turn is None:
            return
        self.services.engine.accept(turn)
        context[_KEY] = turn.conversation_key
        context[_LANE] = lane_of(TRANSPORT, turn.address)

    def process(self, key: str, source: str) -> int:
        return metrics.process_turns(
            self.services.engine.process, key, transport=TRANSPORT, source=source
        )

    def known(self, key: str) -> bool:
        return is_known(self.services.db, key)

    def _routing(self, context: BoltContext) -> Routing:
        return dataclasses.replace(self.routing, bot_user_id=context.bot_user_id)

    def close(self) -> None:
        self.forms.close()
