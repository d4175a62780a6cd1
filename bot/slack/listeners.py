"""The bolt listeners: translate, store, acknowledge; the slow work runs after the ack.

Bolt runs with ``process_before_response=True``: each ack function below runs before Slack
gets its answer and stores the turn in the engine's inbox (so an acknowledged event is never
lost, and a retry is recognised by its event id); its lazy function then processes the
conversation and delivers the replies, after the answer was sent.
Two things must happen inside the ack: opening a modal (its ``trigger_id`` dies in 3 s) and
answering a submitted modal with its field errors (``response_action: errors``).
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient
from sqlalchemy import func, select

from bot import metrics
from bot.actors import stranger_hint
from bot.app import Services
from bot.handoff import audit
from bot.outbox import REPLY, lane_of
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
from bot.slack.render import (
    FORM_CALLBACK,
    FORM_OPEN_ACTION,
    answered,
    chosen_label,
    form_errors,
    form_modal,
    form_values,
)
from bot.store.tables import Conversation, OutboxMessage
from dialogs.replies import FormReply
from dialogs.turns import Turn

log = logging.getLogger(__name__)

# Context keys that carry the accepted turn from the ack function to its lazy function.
_KEY = "onboard_conversation_key"
_LANE = "onboard_lane"
_ANSWERED = "onboard_answered_question"
# A refusal to show the clicker alone after the ack: (channel, thread_ts or "", user, text).
_REFUSED = "onboard_refused"


@dataclasses.dataclass(frozen=True)
class AnsweredQuestion:
    channel: str
    ts: str
    text: str
    blocks: list[dict[str, Any]]
    choice: str


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


# How long a modal submission may wait for the dialog's verdict before the modal is simply
# closed (its errors then arrive in the thread instead): well inside Slack's 3 seconds.
INLINE_FORM_SECONDS = 2.0


class SlackListeners:
    def __init__(self, services: Services, routing: Routing) -> None:
        self.services = services
        self.routing = routing
        self._inline = ThreadPoolExecutor(max_workers=4, thread_name_prefix="onboard-form")

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
            if action.get("action_id") == FORM_OPEN_ACTION:
                ack()
                self.open_form(body, str(action.get("value") or ""), client, context)
                return
            user = str((body.get("user") or {}).get("id") or "")
            value = str(action.get("value") or "")
            if value.startswith(AGENT_ACTION_PREFIX) and user not in self.routing.agent_users:
                # An agent's button pressed by anyone else: refused before anything is stored.
                self.refuse(context, body, user, value[:60])
                ack()
                return
            turn = self.translate(action_turn, body, self._routing(context))
            if turn is not None and self.stranger(turn):
                # Someone else's button: nothing stored, and the question keeps its buttons
                # for its owner (the engine would turn the click away too: bot/actors.py).
                self.refuse(
                    context, body, user, "choice", key=turn.conversation_key, text=stranger_hint()
                )
                ack()
                return
            self.accept(turn, context)
            if turn is not None:
                context[_ANSWERED] = answered_question(body, self.routing)
            ack()

    def open_form(
        self, body: Mapping[str, Any], value: str, client: WebClient, context: BoltContext
    ) -> None:
        """The modal of a form message, opened at once: the click's trigger_id dies in 3 s."""
        channel = str((body.get("channel") or {}).get("id") or "")
        found = self._form_of(int(value) if value.isdigit() else -1, channel)
        if found is None:
            log.warning("form button without its form (outbox %r)", value)
            return
        key, owner, form = found
        user = str((body.get("user") or {}).get("id") or "")
        if user != owner and user not in self.routing.agent_users:
            # The form may show the merchant's answers: only its owner (or an agent) opens it.
            self.refuse(context, body, user, "open_form", key=key, text=stranger_hint())
            return
        view = form_modal(form, {"key": key, "form_id": form.form_id})
        client.views_open(trigger_id=str(body["trigger_id"]), view=view)

    def ack_view(self, body: dict[str, Any], ack: Ack, context: BoltContext) -> None:
        with metrics.timed(metrics.ACK_SECONDS, kind="view_submission"):
            view = body.get("view") or {}
            values = form_values((view.get("state") or {}).get("values") or {})
            turn = self.translate(view_turn, body, self._routing(context), values)
            if turn is None:
                ack()
                return
            self.accept(turn, context)
            errors = self.inline_errors(turn, form_metadata(view).get("form_id", ""))
            if errors:
                ack(response_action="errors", errors=errors)
            else:
                ack()

    def inline_errors(self, turn: Turn, form_id: str) -> dict[str, str]:
        """Process the submission now; the field errors if the dialog sent the form back.

        A form answered inline is marked delivered (the modal showed it); a slow answer
        closes the modal, and the returned form is posted in the thread with its errors.
        """
        before = self._last_outbox_id()
        future = self._inline.submit(self.process, turn.conversation_key, "form")
        try:
            future.result(timeout=INLINE_FORM_SECONDS)
        except FutureTimeout:
            log.warning("form %s: dialog too slow for an inline answer", form_id)
            return {}
        except Exception:
            log.exception("form %s: processing failed", form_id)
            return {}
        with self.services.db.transaction() as session:
            rows = session.scalars(
                select(OutboxMessage)
                .join(Conversation, Conversation.id == OutboxMessage.conversation_id)
                .where(
                    Conversation.key == turn.conversation_key,
                    OutboxMessage.id > before,
                    OutboxMessage.status == "pending",
                )
                .order_by(OutboxMessage.id)
                .with_for_update()
            ).all()
            for row in rows:
                reply = REPLY.validate_python(row.reply)
                if isinstance(reply, FormReply) and reply.form_id == form_id:
                    errors = form_errors(reply)
                    if errors:
                        row.status = "sent"
                        row.error = "answered in the modal"
                        return errors
        return {}

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
            self.accept(
                self.translate(command_turn, body, request, self._routing(context)), context
            )
            ack(text=texts.COMMAND_ACCEPTED.format(verb=request.verb))

    # -- after the ack ------------------------------------------------------------------

    def after_ack(self, context: BoltContext, client: WebClient) -> None:
        refused = context.get(_REFUSED)
        if refused is not None:
            self.show_refusal(client, *refused)
        question = context.get(_ANSWERED)
        if question is not None:
            self.mark_answered(client, question)
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

    def mark_answered(self, client: WebClient, question: AnsweredQuestion) -> None:
        """Take the buttons off a question the merchant answered (after the ack: it is a
        call to Slack). Failing here loses nothing: the dialog copes with a stale click."""
        try:
            client.chat_update(
                channel=question.channel,
                ts=question.ts,
                text=question.text,
                blocks=answered(question.blocks, question.choice),
            )
        except Exception:
            metrics.ERRORS.labels(where="slack_api").inc()
            log.warning("could not mark the question at %s as answered", question.ts)

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

    def on_error(self, error: Exception, body: dict[str, Any]) -> None:
        metrics.ERRORS.labels(where="slack_listener").inc()
        # The type only: an exception's text may quote the payload (pydantic does).
        log.error(
            "Slack listener failed on a %s: %s", body.get("type", "request"), type(error).__name__
        )

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

    def stranger(self, turn: Turn) -> bool:
        """Whether a merchant's turn is in a conversation someone else started."""
        if turn.user_id in self.routing.agent_users:
            return False
        with self.services.db.reading() as session:
            owner = session.scalar(
                select(Conversation.user_id).where(Conversation.key == turn.conversation_key)
            )
        return owner is not None and owner != turn.user_id

    def known(self, key: str) -> bool:
        with self.services.db.reading() as session:
            return (
                session.scalar(select(Conversation.id).where(Conversation.key == key)) is not None
            )

    def _routing(self, context: BoltContext) -> Routing:
        return dataclasses.replace(self.routing, bot_user_id=context.bot_user_id)

    def _last_outbox_id(self) -> int:
        with self.services.db.reading() as session:
            return int(session.scalar(select(func.max(OutboxMessage.id))) or 0)

    def _form_of(self, outbox_id: int, channel: str) -> tuple[str, str, FormReply] | None:
        with self.services.db.reading() as session:
            found = session.execute(
                select(OutboxMessage, Conversation.key, Conversation.user_id)
                .join(Conversation, Conversation.id == OutboxMessage.conversation_id)
                .where(OutboxMessage.id == outbox_id, OutboxMessage.transport == TRANSPORT)
            ).first()
        if found is None or found[0].target.get("channel") != channel:
            return None
        reply = REPLY.validate_python(found[0].reply)
        return (found[1], found[2], reply) if isinstance(reply, FormReply) else None

    def close(self) -> None:
        self._inline.shutdown(wait=False)
