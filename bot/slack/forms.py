"""What the Slack listeners have done beyond translating a payload, each a call to Slack or
the outbox: open a form's modal (inside the ack: the click's ``trigger_id`` lives 3 s),
answer a submitted modal with its field errors, and take the buttons off an answered
question. Built by the composition root (``bot/slack/app.py``) and handed to the listeners.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any

from slack_sdk import WebClient

from bot import metrics
from bot.forms import FormOutbox
from bot.slack.adapter import TRANSPORT
from bot.slack.render import answered, form_errors, form_modal
from dialogs.turns import Turn

log = logging.getLogger(__name__)

# How long a modal submission may wait for the dialog's verdict before the modal is simply
# closed (its errors then arrive in the thread instead): well inside Slack's 3 seconds.
INLINE_FORM_SECONDS = 2.0


@dataclasses.dataclass(frozen=True)
class AnsweredQuestion:
    channel: str
    ts: str
    text: str
    blocks: list[dict[str, Any]]
    choice: str


class SlackForms:
    def __init__(self, outbox: FormOutbox, process: Callable[[str], object]) -> None:
        """``process``: answers a conversation's pending turns (the engine, with metrics)."""
        self.outbox = outbox
        self.process = process
        self._inline = ThreadPoolExecutor(max_workers=4, thread_name_prefix="onboard-form")

    def open(self, client: WebClient, trigger_id: str, outbox_value: str, channel: str) -> None:
        """The modal of a form message, opened at once."""
        outbox_id = int(outbox_value) if outbox_value.isdigit() else -1
        found = self.outbox.form_of(outbox_id, TRANSPORT, channel)
        if found is None:
            log.warning("form button without its form (outbox %r)", outbox_value)
            return
        key, form = found
        view = form_modal(form, {"key": key, "form_id": form.form_id})
        client.views_open(trigger_id=trigger_id, view=view)

    def inline_errors(self, turn: Turn, form_id: str) -> dict[str, str]:
        """Process the submission now; the field errors if the dialog sent the form back.

        A form answered inline is marked delivered (the modal showed it); a slow answer
        closes the modal, and the returned form is posted in the thread with its errors.
        """
        before = self.outbox.last_id()
        future = self._inline.submit(self.process, turn.conversation_key)
        try:
            future.result(timeout=INLINE_FORM_SECONDS)
        except FutureTimeout:
            log.warning("form %s: dialog too slow for an inline answer", form_id)
            return {}
        except Exception:
            log.exception("form %s: processing failed", form_id)
            return {}
        returned = self.outbox.take_returned(turn.conversation_key, form_id, before)
        return form_errors(returned) if returned is not None else {}

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

    def close(self) -> None:
        self._inline.shutdown(wait=False)
