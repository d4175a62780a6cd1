"""Slack payloads -> ``Turn``s. Translation only: which conversation, who, what was said.

Conversations: a thread of a channel (``slack:{team}:{channel}:{thread_ts}``, replies go into
the thread) or a whole DM (``slack:{team}:{dm}``). In a support channel every top-level
message starts one; elsewhere an @mention does, and later messages of that thread continue
it. The agents' channel is never a merchant conversation.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlparse

from bot.slack.render import (
    SELECT_ACTION,
    SELECT_SUBMIT_ACTION,
    selection_action,
)
from dialogs.turns import Attachment, Author, Turn

TRANSPORT = "slack"
KEY_PREFIX = f"{TRANSPORT}:"
# Agent actions (dialogs/handoff/actions.py): ``agent:<verb>[:<argument>]``. A button outside
# the conversation's own thread (the agents' card) names its conversation as the argument:
# "agent:takeover:slack:T1:C1:1700000000.000100" goes to that conversation.
AGENT_ACTION_PREFIX = "agent:"
# Verbs whose argument is the conversation they act on.
KEYED_VERBS = ("takeover", "handback", "close", "transcript")
# Message subtypes that are someone saying something; edits, joins, topic changes are not.
_SPOKEN_SUBTYPES = (None, "file_share", "thread_broadcast")
_MENTION = re.compile(r"<@([UW][A-Z0-9]+)(?:\|[^>]*)?>")
_PERMALINK = re.compile(r"/archives/([CDG][A-Z0-9]+)/p(\d{10})(\d{6})")
# Files a merchant shares from another organisation (Slack Connect) arrive without URLs;
# the downloader asks files.info for them by id.
FILE_ID_SCHEME = "slack-file:"


@dataclass(frozen=True)
class Routing:
    """Where the bot listens and who the agents are (from the settings and auth.test)."""

    support_channels: frozenset[str] = frozenset()
    agent_channel: str | None = None
    agent_users: frozenset[str] = frozenset()
    bot_user_id: str | None = None

    def author(self, user: str) -> Author:
        return Author.AGENT if user in self.agent_users else Author.MERCHANT


@dataclass(frozen=True)
class Place:
    team: str
    channel: str
    thread_ts: str | None

    @property
    def key(self) -> str:
        if self.thread_ts is None:
            return f"{KEY_PREFIX}{self.team}:{self.channel}"
        return f"{KEY_PREFIX}{self.team}:{self.channel}:{self.thread_ts}"

    @property
    def address(self) -> dict[str, str]:
        if self.thread_ts is None:
            return {"channel": self.channel}
        return {"channel": self.channel, "thread_ts": self.thread_ts}


def place_of(team: str, channel: str, thread_ts: str | None) -> Place:
    # A DM is one conversation: a thread inside it is still the same merchant.
    return Place(team, channel, None if is_dm(channel) else thread_ts)


def parse_key(key: str) -> Place | None:
    if not key.startswith(KEY_PREFIX):
        return None
    parts = key.removeprefix(KEY_PREFIX).split(":")
    if len(parts) == 2 and all(parts):
        return Place(parts[0], parts[1], None)
    if len(parts) == 3 and all(parts):
        return Place(parts[0], parts[1], parts[2])
    return None


def is_dm(channel: str) -> bool:
    return channel.startswith("D")


def clean_text(text: str, bot_user_id: str | None) -> str:
    """The words the user typed: without the bot's mention, with Slack's escapes undone."""
    if bot_user_id:
        text = re.sub(rf"<@{re.escape(bot_user_id)}(?:\|[^>]*)?>", "", text)
    return html.unescape(text).strip()


def mentions(text: str, user_id: str | None) -> bool:
    return user_id is not None and any(m == user_id for m in _MENTION.findall(text))


def attachments(files: Iterable[Mapping[str, Any]]) -> list[Attachment]:
    found = []
    for file in files:
        file_id = str(file.get("id") or "")
        url = file.get("url_private_download") or file.get("url_private")
        if not url and file_id:
            url = FILE_ID_SCHEME + file_id
        found.append(
            Attachment(
                name=str(file.get("name") or file.get("title") or file_id),
                mimetype=str(file.get("mimetype") or ""),
                size=int(file.get("size") or 0),
                url=str(url) if url else None,
                external_id=file_id or None,
            )
        )
    return found


def _turn(place: Place, event_id: str, user: str, routing: Routing, **fields: Any) -> Turn:
    return Turn.model_validate(
        {
            "event_id": event_id,
            "conversation_key": place.key,
            "transport": TRANSPORT,
            "address": place.address,
            "user_id": user,
            "author": routing.author(user),
            **fields,
        }
    )


# -- events ----------------------------------------------------------------------------


def message_turn(
    body: Mapping[str, Any], routing: Routing, *, known: Callable[[str], bool]
) -> Turn | None:
    """A ``message`` event as a turn, or None when it is not for the bot. ``known(key)``
    tells whether a conversation exists (a thread continued outside support channels)."""
    event = body.get("event") or {}
    user = event.get("user")
    if event.get("subtype") not in _SPOKEN_SUBTYPES or not user:
        return None
    if event.get("bot_id") or user == routing.bot_user_id:
        return None
    channel = str(event.get("channel") or "")
    team = str(body.get("team_id") or event.get("team") or "")
    text = str(event.get("text") or "")
    if not channel or not team or channel == routing.agent_channel:
        return None
    if event.get("channel_type") == "mpim":  # group DMs are not subscribed to; be explicit
        return None
    place = place_of(team, channel, event.get("thread_ts") or event.get("ts"))
    if not is_dm(channel) and channel not in routing.support_channels:
        # Outside support channels the bot speaks when mentioned (the app_mention event
        # carries that message) and follows the threads it was mentioned in.
        if mentions(text, routing.bot_user_id) or not event.get("thread_ts"):
            return None
        if not known(place.key):
            return None
    return _turn(
        place,
        str(body["event_id"]),
        str(user),
        routing,
        text=clean_text(text, routing.bot_user_id),
        attachments=attachments(event.get("files") or []),
    )


def mention_turn(body: Mapping[str, Any], routing: Routing) -> Turn | None:
    """An @mention outside the support channels (there the message event carries it)."""
    event = body.get("event") or {}
    user = event.get("user")
    channel = str(event.get("channel") or "")
    team = str(body.get("team_id") or "")
    if not user or event.get("bot_id") or not channel or not team:
        return None
    if channel in routing.support_channels or channel == routing.agent_channel:
        return None
    place = place_of(team, channel, event.get("thread_ts") or event.get("ts"))
    return _turn(
        place,
        str(body["event_id"]),
        str(user),
        routing,
        text=clean_text(str(event.get("text") or ""), routing.bot_user_id),
        attachments=attachments(event.get("files") or []),
    )


# -- interactivity ---------------------------------------------------------------------


def action_turn(body: Mapping[str, Any], routing: Routing) -> Turn | None:
    """A button (or a selection's submit button) as a turn; None for what needs no turn
    (a select changing before submit, a click in the agents' channel without a target)."""
    action = (body.get("actions") or [{}])[0]
    action_id = str(action.get("action_id") or "")
    user = str((body.get("user") or {}).get("id") or "")
    if not user or action_id.startswith(SELECT_ACTION + ":"):
        return None
    if action_id == SELECT_SUBMIT_ACTION:
        value = selection_action(str(action.get("value") or ""), selected_values(body))
    else:
        value = str(action.get("value") or "")
    if not value:
        return None
    target = target_of(value)
    place = target or message_place(body)
    if place is None or (target is None and place.channel == routing.agent_channel):
        return None
    event_id = f"{action.get('action_ts') or body.get('trigger_id')}:{user}:{action_id}"
    return _turn(place, event_id, user, routing, action=value)


def selected_values(body: Mapping[str, Any]) -> list[str]:
    """Every option chosen in the message's selects, read from the state Slack sends along."""
    values: list[str] = []
    state = ((body.get("state") or {}).get("values")) or {}
    for block in state.values():
        for action_id, element in block.items():
            if action_id.startswith(SELECT_ACTION + ":"):
                values += [str(o["value"]) for o in element.get("selected_options") or []]
    return list(dict.fromkeys(values))


def target_of(value: str) -> Place | None:
    """The conversation an agent action names, e.g. on the agents' card."""
    if not value.startswith(AGENT_ACTION_PREFIX):
        return None
    _verb, _, argument = value.removeprefix(AGENT_ACTION_PREFIX).partition(":")
    return parse_key(argument) if argument.startswith(KEY_PREFIX) else None


def message_place(body: Mapping[str, Any]) -> Place | None:
    """The conversation of the message a button sits on."""
    container = body.get("container") or {}
    message = body.get("message") or {}
    channel = str((body.get("channel") or {}).get("id") or container.get("channel_id") or "")
    team = str((body.get("team") or {}).get("id") or (body.get("user") or {}).get("team_id") or "")
    thread_ts = (
        message.get("thread_ts")
        or container.get("thread_ts")
        or message.get("ts")
        or container.get("message_ts")
    )
    if not channel or not team:
        return None
    return place_of(team, channel, thread_ts)


def view_turn(body: Mapping[str, Any], routing: Routing, form: dict[str, str]) -> Turn | None:
    """A submitted modal: the form's values, for the conversation it was opened from."""
    view = body.get("view") or {}
    user = str((body.get("user") or {}).get("id") or "")
    place = parse_key(str(form_metadata(view).get("key") or ""))
    if place is None or not user:
        return None
    event_id = f"view:{view.get('id')}:{body.get('trigger_id') or view.get('hash')}"
    return _turn(place, event_id, user, routing, form=form)


def form_metadata(view: Mapping[str, Any]) -> dict[str, str]:
    try:
        data = json.loads(str(view.get("private_metadata") or "{}"))
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


# -- slash command ---------------------------------------------------------------------


@dataclass(frozen=True)
class CommandRequest:
    verb: str
    # Whatever follows the verb, without the conversation's link (e.g. "12 approved").
    argument: str
    place: Place | None

    @property
    def action(self) -> str:
        if self.verb in KEYED_VERBS and self.place is not None:
            return f"{AGENT_ACTION_PREFIX}{self.verb}:{self.place.key}"
        return AGENT_ACTION_PREFIX + self.verb + (f":{self.argument}" if self.argument else "")


def parse_command(form: Mapping[str, str]) -> CommandRequest:
    """``/onboard VERB [ARGUMENTS] [message link | conversation key]``; in a DM with the bot
    the link may be left out (the DM is the conversation)."""
    team = str(form.get("team_id") or "")
    channel = str(form.get("channel_id") or "")
    words: list[str] = []
    place: Place | None = None
    for word in str(form.get("text") or "").split():
        found = _place_in(team, word)
        if found is not None and place is None:
            place = found
        else:
            words.append(word)
    if place is None and channel and is_dm(channel):
        place = Place(team, channel, None)
    verb = words[0].lower() if words else "help"
    return CommandRequest(verb=verb, argument=" ".join(words[1:]), place=place)


def _place_in(team: str, word: str) -> Place | None:
    if word.startswith(KEY_PREFIX):
        return parse_key(word)
    if "/archives/" in word:
        # Slack sends a pasted link as "<https://…>" or "<https://…|label>".
        return permalink_place(team, word.strip("<>").split("|")[0])
    return None


def permalink_place(team: str, link: str) -> Place | None:
    """A message link ("Copy link" in Slack) as the conversation of its thread."""
    parsed = urlparse(link)
    found = _PERMALINK.search(parsed.path)
    if found is None or not team:
        return None
    channel, seconds, micros = found.groups()
    thread_ts = parse_qs(parsed.query).get("thread_ts", [f"{seconds}.{micros}"])[0]
    return place_of(team, channel, thread_ts)


def command_turn(form: Mapping[str, str], request: CommandRequest, routing: Routing) -> Turn:
    assert request.place is not None
    user = str(form.get("user_id") or "")
    return _turn(
        request.place,
        f"cmd:{form.get('trigger_id')}",
        user,
        routing,
        action=request.action,
    )
