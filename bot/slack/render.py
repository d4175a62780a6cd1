"""Replies as Block Kit, within Slack's limits. Pure: no I/O, no clients.

A reply becomes one or more messages (``SlackMessage``: fallback ``text`` plus ``blocks``);
more than one only when it outgrows Slack's 50 blocks a message (a long table). A form is a
message with a button; the button opens the modal (``form_modal``) in the ack path.

Slack rejects a whole message for one over-long string, so every string is cut to its limit
here rather than trusting the dialogs to know Slack's numbers.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from dialogs.replies import (
    CardReply,
    ChoicesReply,
    FormReply,
    MultiSelectReply,
    Option,
    Reply,
    TableReply,
    TextReply,
    display_width,
)

Block = dict[str, Any]

# Slack's limits (https://api.slack.com/reference/block-kit).
MAX_BLOCKS = 50
MAX_MODAL_BLOCKS = 100
MAX_SECTION_TEXT = 3000
MAX_FIELDS = 10
MAX_FIELD_TEXT = 2000
MAX_HEADER_TEXT = 150
MAX_BUTTON_TEXT = 75
MAX_BUTTON_VALUE = 2000
MAX_ACTION_ELEMENTS = 25
MAX_SELECT_OPTIONS = 100
MAX_OPTION_TEXT = 75
MAX_MODAL_TITLE = 24
MAX_INPUT_LABEL = 2000
MAX_INPUT_VALUE = 3000
MAX_METADATA = 3000
# chat.postMessage truncates ``text`` at 40,000; with blocks it is only the notification.
MAX_MESSAGE_TEXT = 4000

# Action ids the adapter recognises. Each element of a message needs its own action id, so
# buttons and selects carry their index after the colon.
CHOICE_ACTION = "onboard_choice"
SELECT_ACTION = "onboard_select"
SELECT_SUBMIT_ACTION = "onboard_submit_selection"
FORM_OPEN_ACTION = "onboard_form_open"
FORM_CALLBACK = "onboard_form"

ELLIPSIS = "…"


@dataclass(frozen=True)
class SlackMessage:
    text: str
    blocks: list[Block]


# -- strings ---------------------------------------------------------------------------


def cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + ELLIPSIS


def escape(text: str) -> str:
    """Slack's mrkdwn treats these three as markup; everything else is literal."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def plain(text: str, limit: int) -> dict[str, Any]:
    return {"type": "plain_text", "text": cut(text, limit) or " ", "emoji": True}


def chunks(text: str, limit: int) -> list[str]:
    """Split at line ends (then anywhere) so that each piece fits ``limit``."""
    pieces: list[str] = []
    current = ""
    for whole in text.split("\n"):
        line = whole
        while len(line) > limit:
            if current:
                pieces.append(current)
                current = ""
            pieces.append(line[:limit])
            line = line[limit:]
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > limit:
            pieces.append(current)
            current = line
        else:
            current = candidate
    if current or not pieces:
        pieces.append(current)
    return pieces


def section(text: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": cut(text, MAX_SECTION_TEXT)}}


def sections(text: str) -> list[Block]:
    return [section(piece) for piece in chunks(escape(text), MAX_SECTION_TEXT) if piece.strip()]


# -- elements --------------------------------------------------------------------------


def button(option: Option, action_id: str) -> Block | None:
    if len(option.value) > MAX_BUTTON_VALUE:
        # Cutting the value would change what the choice means; the option still shows in
        # the fallback text and can be typed by its number.
        return None
    element: Block = {
        "type": "button",
        "action_id": action_id,
        "text": plain(option.label, MAX_BUTTON_TEXT),
        "value": option.value,
    }
    if option.style is not None:
        element["style"] = option.style
    return element


def button_rows(options: Sequence[Option], block_prefix: str = "choices") -> list[Block]:
    elements = [button(o, f"{CHOICE_ACTION}:{i}") for i, o in enumerate(options)]
    present = [e for e in elements if e is not None]
    return [
        {
            "type": "actions",
            "block_id": f"{block_prefix}:{n}",
            "elements": present[start : start + MAX_ACTION_ELEMENTS],
        }
        for n, start in enumerate(range(0, len(present), MAX_ACTION_ELEMENTS))
    ]


def select_option(option: Option) -> dict[str, Any]:
    return {"text": plain(option.label, MAX_OPTION_TEXT), "value": option.value}


# -- replies ---------------------------------------------------------------------------


def render(reply: Reply, *, outbox_id: int = 0) -> list[SlackMessage]:
    """Messages for a reply; ``outbox_id`` lets a form's button find its form again."""
    blocks: list[Block]
    if isinstance(reply, TextReply):
        blocks = sections(reply.text)
    elif isinstance(reply, ChoicesReply):
        blocks = [*sections(reply.text), *button_rows(reply.options)]
    elif isinstance(reply, MultiSelectReply):
        blocks = _multiselect(reply)
    elif isinstance(reply, CardReply):
        blocks = _card(reply)
    elif isinstance(reply, TableReply):
        blocks = _table(reply)
    else:
        blocks = _form_message(reply, outbox_id)
    return paginate(reply.fallback(), blocks)


def paginate(fallback: str, blocks: list[Block]) -> list[SlackMessage]:
    text = cut(fallback, MAX_MESSAGE_TEXT) or " "
    if len(blocks) <= MAX_BLOCKS:
        return [SlackMessage(text=text, blocks=blocks)]
    pages = [blocks[i : i + MAX_BLOCKS] for i in range(0, len(blocks), MAX_BLOCKS)]
    first_line = cut(fallback.split("\n", 1)[0], 200)
    return [
        SlackMessage(text=text if n == 0 else f"{first_line} ({n + 1}/{len(pages)})", blocks=page)
        for n, page in enumerate(pages)
    ]


def _multiselect(reply: MultiSelectReply) -> list[Block]:
    # One select takes 100 options; more go into further selects of the same actions block.
    groups = [
        reply.options[i : i + MAX_SELECT_OPTIONS]
        for i in range(0, len(reply.options), MAX_SELECT_OPTIONS)
    ]
    elements: list[Block] = []
    for n, group in enumerate(groups):
        element: Block = {
            "type": "multi_static_select",
            "action_id": f"{SELECT_ACTION}:{n}",
            "placeholder": plain(reply.submit_label, MAX_OPTION_TEXT),
            "options": [select_option(o) for o in group],
        }
        initial = [select_option(o) for o in group if o.value in reply.selected]
        if initial:
            element["initial_options"] = initial
        elements.append(element)
    submit = {
        "type": "button",
        "action_id": SELECT_SUBMIT_ACTION,
        "text": plain(reply.submit_label, MAX_BUTTON_TEXT),
        "value": cut(selection_prefix(reply), MAX_BUTTON_VALUE),
        "style": "primary",
    }
    rows = [elements[i : i + MAX_ACTION_ELEMENTS - 1] for i in range(0, len(elements), 24)]
    rows[-1] = [*rows[-1], submit]
    actions = [
        {"type": "actions", "block_id": f"select:{n}", "elements": row}
        for n, row in enumerate(rows)
    ]
    return [*sections(reply.text), *actions]


def selection_prefix(reply: MultiSelectReply) -> str:
    """What the submitted selection's action starts with.

    The dialog names the question through its option values: options "sel:methods:card" and
    "sel:methods:kakaopay" submit as "sel:methods:card,kakaopay" (prefix "sel:methods:").
    """
    explicit = getattr(reply, "action_prefix", None)
    if isinstance(explicit, str) and explicit:
        return explicit
    values = [o.value for o in reply.options]
    common = values[0] if values else ""
    for value in values[1:]:
        while not value.startswith(common):
            common = common[:-1]
    return common[: common.rfind(":") + 1]


def selection_action(prefix: str, values: Iterable[str]) -> str:
    return prefix + ",".join(v.removeprefix(prefix) for v in values)


def _card(reply: CardReply) -> list[Block]:
    blocks: list[Block] = [{"type": "header", "text": plain(reply.title, MAX_HEADER_TEXT)}]
    fields = [
        {"type": "mrkdwn", "text": cut(f"*{escape(k)}*\n{escape(v) or '-'}", MAX_FIELD_TEXT)}
        for k, v in reply.rows
    ]
    blocks += [
        {"type": "section", "fields": fields[i : i + MAX_FIELDS]}
        for i in range(0, len(fields), MAX_FIELDS)
    ]
    if reply.footer:
        blocks.append(
            {
                "type": "context",
                "elements": [
                    {"type": "mrkdwn", "text": cut(escape(reply.footer), MAX_SECTION_TEXT)}
                ],
            }
        )
    return blocks + button_rows(reply.options)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def _table(reply: TableReply) -> list[Block]:
    columns = len(reply.columns)
    rows = [[*r[:columns], *[""] * (columns - len(r))] for r in reply.rows]
    widths = [display_width(c) for c in reply.columns]
    for row in rows:
        widths = [max(w, display_width(cell)) for w, cell in zip(widths, row, strict=True)]

    def line(cells: list[str]) -> str:
        # A code block shows ``` literally only at its ends; keep cells from closing it.
        cleaned = [c.replace("```", "'''").replace("\n", " ") for c in cells]
        return " | ".join(_pad(c, w) for c, w in zip(cleaned, widths, strict=True)).rstrip()

    head = [line(reply.columns), "-" * min(sum(widths) + 3 * (columns - 1), 120)]
    body = [line(r) for r in rows]
    blocks: list[Block] = [section(f"*{escape(cut(reply.title, 500))}*")]
    fence = 8  # the two ``` fences and their newlines
    for piece in chunks("\n".join([*head, *body]), MAX_SECTION_TEXT - fence):
        blocks.append(section(f"```\n{escape(piece)}\n```"))
    return blocks


def _form_message(reply: FormReply, outbox_id: int) -> list[Block]:
    blocks = sections(f"*{reply.title}*" + (f"\n{reply.text}" if reply.text else ""))
    problems = [f"• {f.label}: {f.error}" for f in reply.fields if f.error]
    if problems:
        blocks += sections("\n".join(problems))
    blocks.append(
        {
            "type": "actions",
            "block_id": "form",
            "elements": [
                {
                    "type": "button",
                    "action_id": FORM_OPEN_ACTION,
                    "text": plain(reply.title, MAX_BUTTON_TEXT),
                    "value": str(outbox_id),
                    "style": "primary",
                }
            ],
        }
    )
    return blocks


# -- modals ----------------------------------------------------------------------------


def form_modal(form: FormReply, metadata: Mapping[str, str]) -> dict[str, Any]:
    """The modal for a form; ``metadata`` comes back with the submission."""
    blocks: list[Block] = sections(form.text) if form.text else []
    for field in form.fields:
        element: Block = {
            "type": "plain_text_input",
            "action_id": field.name,
            "multiline": field.multiline,
            "max_length": MAX_INPUT_VALUE,
        }
        if field.value:
            element["initial_value"] = cut(field.value, MAX_INPUT_VALUE)
        block: Block = {
            "type": "input",
            "block_id": field.name,
            "optional": not field.required,
            "label": plain(field.label, MAX_INPUT_LABEL),
            "element": element,
        }
        # A form posted with errors (not answered inline) shows them as the field's hint.
        hint = f"⚠ {field.error}" if field.error else field.hint
        if hint:
            block["hint"] = plain(hint, MAX_INPUT_LABEL)
        blocks.append(block)
    korean = _has_hangul(form.title + form.submit_label)
    return {
        "type": "modal",
        "callback_id": FORM_CALLBACK,
        "private_metadata": cut(json.dumps(dict(metadata)), MAX_METADATA),
        "title": plain(form.title, MAX_MODAL_TITLE),
        "submit": plain(form.submit_label, MAX_MODAL_TITLE),
        # The modal's close button has no text of its own in the reply; follow its language.
        "close": plain("취소" if korean else "Cancel", MAX_MODAL_TITLE),
        "blocks": blocks[:MAX_MODAL_BLOCKS],
    }


def form_errors(form: FormReply) -> dict[str, str]:
    """``response_action: errors`` for a form the dialog sent back with field errors."""
    return {f.name: cut(f.error, MAX_SECTION_TEXT) for f in form.fields if f.error}


def form_values(state_values: Mapping[str, Mapping[str, Mapping[str, Any]]]) -> dict[str, str]:
    """A submitted modal's values by field name (block and action ids are the field name)."""
    values: dict[str, str] = {}
    for block_id, actions in state_values.items():
        for action in actions.values():
            values[block_id] = str(action.get("value") or "")
    return values


def _has_hangul(text: str) -> bool:
    return any("\uac00" <= ch <= "\ud7a3" for ch in text)


def answered(blocks: Sequence[Block], choice: str) -> list[Block]:
    """A question's blocks once it was answered: its buttons and selects gone, the choice
    shown, so the message cannot be answered twice and the thread reads as a record."""
    kept = [block for block in blocks if block.get("type") != "actions"]
    mark = {"type": "mrkdwn", "text": cut(f"✓ {escape(choice)}", MAX_SECTION_TEXT)}
    return [*kept, {"type": "context", "elements": [mark]}][:MAX_BLOCKS]


def chosen_label(action: Mapping[str, Any], selected: Sequence[str]) -> str:
    """What the merchant chose, as they saw it: the button's text, or the options selected."""
    if selected:
        return ", ".join(selected)
    return str((action.get("text") or {}).get("text") or action.get("value") or "")
