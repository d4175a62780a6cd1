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
import weakref
from collections.abc import Callable, Mapping
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_bolt.middleware.authorization.single_team_authorization import (
    SingleTeamAuthorization,
)
from slack_sdk import WebClient
from sqlalchemy import select

from bot import metrics
from bot.actors import stranger_hint
from bot.app import Services
from bot.forms import is_known
from bot.handoff import audit
from bot.outbox import lane_of
from bot.slack import texts
from bot.slack.adapter import (
    AGENT_ACTION_PREFIX,
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
from bot.store.tables import Conversation
from dialogs.turns import Turn

log = logging.getLogger(__name__)

# Context keys that carry the accepted turn from the ack function to its lazy function.
_KEY = "onboard_conversation_key"
_LANE = "onboard_lane"
_ANSWERED = "onboard_answered_question"
# A refusal to show the clicker alone after the ack: (channel, thread_ts or "", user, text).
_REFUSED = "onboard_refused"


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


class DirectEvents:
    """The events whose acknowledgement only stores a turn, acknowledged without bolt's
    dispatch (bot/http/slack.py): a message or a mention when workers answer (nothing runs
    after the ack), and ``file_shared`` (acknowledged, ignored). What bolt did on the way is
    done here the same: its events go to the same translation and ``accept`` as
    ``ack_message``/``ack_mention``; the bot's own events are ignored as bolt's
    ``IgnoringSelfEvents`` does (its user or its bot id, from the ``auth.test`` bolt made at
    start); a listener error is logged as ``on_error`` logs it and answered 500. Anything
    else (other events, url_verification, interactivity, commands) still goes to bolt."""

    EVENTS = frozenset({"message", "app_mention", "file_shared"})

    def __init__(self, listeners: SlackListeners, bot_user_id: str, bot_id: str | None) -> None:
        self.listeners = listeners
        self.bot_user_id = bot_user_id
        self.bot_id = bot_id
        self.routing = dataclasses.replace(listeners.routing, bot_user_id=bot_user_id)

    def __call__(self, body: dict[str, Any]) -> int | None:
        """The answer's status, or None when bolt is to dispatch the body."""
        event = body.get("event")
        kind = event.get("type") if isinstance(event, dict) else None
        if not isinstance(event, dict) or kind not in self.EVENTS:
            return None
        if kind == "file_shared" or self._own(event):
            return 200
        try:
            with metrics.timed(metrics.ACK_SECONDS, kind=str(kind)):
                listeners = self.listeners
                if kind == "message":
                    turn = listeners.translate(
                        message_turn, body, self.routing, known=listeners.known
                    )
                else:
                    turn = listeners.translate(mention_turn, body, self.routing)
                if turn is not None:
                    listeners.services.engine.accept(turn)
        except Exception as exc:
            self.listeners.on_error(exc, body)
            return 500
        return 200

    def _own(self, event: Mapping[str, Any]) -> bool:
        user, bot_id = event.get("user"), event.get("bot_id")
        return (user is not None and user == self.bot_user_id) or (
            bot_id is not None and bot_id == self.bot_id
        )


# The bolt apps whose events may be acknowledged directly, and by what.
_DIRECT: weakref.WeakKeyDictionary[App, DirectEvents] = weakref.WeakKeyDictionary()


def direct_events(app: App) -> DirectEvents | None:
    return _DIRECT.get(app)


def bolt_identity(app: App) -> tuple[str, str | None] | None:
    """The bot's user id and bot id from the ``auth.test`` bolt made when it was built, or
    None (no such result: then every request goes through bolt, which asks itself)."""
    for middleware in getattr(app, "_middleware_list", []):
        if isinstance(middleware, SingleTeamAuthorization):
            result = middleware.auth_test_result
            if result is not None and result.get("user_id"):
                bot_id = result.get("bot_id")
                return str(result["user_id"]), str(bot_id) if bot_id else None
    return None


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
        identity = bolt_identity(app)
        if not self.services.settings.inline_processing and identity is not None:
            # Workers answer: a message's ack is its insert, and nothing runs after it.
            _DIRECT[app] = DirectEvents(self, *identity)

    # -- events -------------------------------------------------------------------------

    def ack_message(self, body: dict[str, Any], ack: Ack, context: BoltContext) -> None:
        with metrics.timed(metrics.ACK_SECONDS, kind="message"):
            turn = self.translate(message_turn, body, self._routing(context), known=self.known)
            self.accept(turn, context)
            ack()

    def ack_mention(self, body: dict[str, Any], ack: Ack, context: BoltContext) -> None:
        with metrics.timed(metrics.ACK_SECONDS, kind="app_mention"):
            self.accept(self.translate(mention_turn, body, self._routing(context)), context)
            ack()

    def ignore(self, ack: Ack) -> None:
        ack()

    # -- interactivity ------------------------------------------------------------------

    def ack_action(
        self, body: dict[str, Any], ack: Ack, context: BoltContext, client: WebClient
    ) -> None:
        with metrics.timed(metrics.ACK_SECONDS, kind="block_actions"):
            action = (body.get("actions") or [{}])[0]
            user = str((body.get("user") or {}).get("id") or "")
            value = str(action.get("value") or "")
            if action.get("action_id") == FORM_OPEN_ACTION:
                ack()
                channel = str((body.get("channel") or {}).get("id") or "")
                owner_key = self.form_conversation(value, channel)
                if owner_key is not None and self.stranger(owner_key, user):
                    # The form may show the merchant's answers: only its owner opens it.
                    self.refuse(
                        context, body, user, "open_form", key=owner_key, text=stranger_hint()
                    )
                    return
                self.forms.open(client, str(body["trigger_id"]), value, channel)
                return
            if value.startswith(AGENT_ACTION_PREFIX) and user not in self.routing.agent_users:
                # An agent's button pressed by anyone else: refused before anything is stored.
                self.refuse(context, body, user, value[:60])
                ack()
                return
            turn = self.translate(action_turn, body, self._routing(context))
            if turn is not None and self.stranger(turn.conversation_key, user):
                # Someone else's button: nothing stored, and the question keeps its buttons
                # for its owner (the engine would turn the click away too: bot/actors.py).
                key = turn.conversation_key
                self.refuse(context, body, user, "choice", key=key, text=stranger_hint())
                ack()
                return
            self.accept(turn, context)
            if turn is not None:
                context[_ANSWERED] = answered_question(body, self.routing)
            ack()

    def ack_view(self, body: dict[str, Any], ack: Ack, context: BoltContext) -> None:
        with metrics.timed(metrics.ACK_SECONDS, kind="view_submission"):
            view = body.get("view") or {}
            values = form_values((view.get("state") or {}).get("values") or {})
            turn = self.translate(view_turn, body, self._routing(context), values)
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
            user = str(body.get("user_id") or "")
            if user not in self.routing.agent_users:
                # Checked before anything is stored: no inbox row, no conversation, and the
                # answer goes to the person who typed it alone (a command's ack is ephemeral).
                key = request.place.key if request.place is not None else None
                self._audit_refusal(user, f"command:{request.verb}"[:60], key)
                ack(text=texts.AGENTS_ONLY)
                return
            if request.place is None:
                ack(text=texts.COMMAND_NEEDS_TARGET)
                return
            if not self.known(request.place.key):
                ack(text=texts.NO_CONVERSATION)
                return
            turn = self.translate(command_turn, body, request, self._routing(context))
            self.accept(turn, context)
            ack(text=texts.COMMAND_ACCEPTED.format(verb=request.verb))

    # -- after the ack ------------------------------------------------------------------

    def after_ack(self, context: BoltContext, client: WebClient) -> None:
        refused = context.get(_REFUSED)
        if refused is not None:
            self.show_refusal(client, *refused)
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
        # The type only: an exception's text may quote the payload (pydantic's does).
        kind = body.get("type", "request")
        log.error("Slack listener failed on a %s: %s", kind, type(error).__name__)

    # -- refusals -----------------------------------------------------------------------

    def refuse(
        self,
        context: BoltContext,
        body: Mapping[str, Any],
        user: str,
        action: str,
        *,
        key: str | None = None,
        text: str = texts.AGENTS_ONLY,
    ) -> None:
        """Audit a refused click (what, never content) and show the clicker alone why, after
        the ack (a Web API call has no place in Slack's 3 seconds)."""
        self._audit_refusal(user, action, key)
        container = body.get("container") or {}
        message = body.get("message") or {}
        channel = str((body.get("channel") or {}).get("id") or container.get("channel_id") or "")
        thread = str(message.get("thread_ts") or container.get("thread_ts") or "")
        if channel and user:
            context[_REFUSED] = (channel, thread, user, text)

    def show_refusal(
        self, client: WebClient, channel: str, thread: str, user: str, text: str
    ) -> None:
        arguments: dict[str, Any] = {"channel": channel, "user": user, "text": text}
        if thread:
            arguments["thread_ts"] = thread
        try:
            client.chat_postEphemeral(**arguments)
        except Exception:
            metrics.ERRORS.labels(where="slack_api").inc()
            log.warning("could not show a refusal to %s in %s", user, channel)

    def _audit_refusal(self, user: str, action: str, key: str | None) -> None:
        with self.services.db.transaction() as session:
            audit.record(
                session,
                actor=user,
                action=action,
                allowed=False,
                conversation_key=key,
                now=self.services.engine.clock(),
                reason="not_owner" if action in ("open_form", "choice") else "not_an_agent",
                transport=TRANSPORT,
            )

    def stranger(self, conversation_key: str, user: str) -> bool:
        """Whether ``user`` (not an agent) acts in a conversation someone else started."""
        if user in self.routing.agent_users:
            return False
        with self.services.db.reading() as session:
            owner = session.scalar(
                select(Conversation.user_id).where(Conversation.key == conversation_key)
            )
        return owner is not None and owner != user

    def form_conversation(self, outbox_value: str, channel: str) -> str | None:
        """The conversation whose form message this button opens."""
        outbox_id = int(outbox_value) if outbox_value.isdigit() else -1
        found = self.forms.outbox.form_of(outbox_id, TRANSPORT, channel)
        return found[0] if found is not None else None

    # -- helpers ------------------------------------------------------------------------

    @staticmethod
    def translate(to_turn: Callable[..., Turn | None], *args: Any, **kwargs: Any) -> Turn | None:
        """A payload as a turn; None (acknowledged, ignored) for a shape no sender of Slack's
        would send, rather than a listener error, a 500 and a retry of the same payload."""
        try:
            return to_turn(*args, **kwargs)
        except (ValueError, TypeError, AttributeError, KeyError) as exc:
            log.warning("malformed Slack payload ignored (%s)", type(exc).__name__)
            return None

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
