"""What a dialog says: transport-neutral replies. Renderers turn them into Block Kit or lines.

Every reply can say itself as plain text (``fallback``), which the console prints and Slack
uses for notifications and screen readers.
"""

from __future__ import annotations

import unicodedata
from typing import Annotated, Literal

from pydantic import BaseModel, Field


def display_width(text: str) -> int:
    """Columns ``text`` takes in a monospace font: Hangul and other wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


class Option(BaseModel):
    value: str
    label: str
    style: Literal["primary", "danger"] | None = None


class TextReply(BaseModel):
    kind: Literal["text"] = "text"
    text: str

    def fallback(self) -> str:
        return self.text


class ChoicesReply(BaseModel):
    """A question with buttons; the merchant may also type the label or its number."""

    kind: Literal["choices"] = "choices"
    text: str
    options: list[Option]

    def fallback(self) -> str:
        lines = [self.text]
        lines += [f"  {i}. {o.label}" for i, o in enumerate(self.options, 1)]
        return "\n".join(lines)


class MultiSelectReply(BaseModel):
    kind: Literal["multiselect"] = "multiselect"
    text: str
    options: list[Option]
    selected: list[str] = Field(default_factory=list)
    submit_label: str = "OK"

    def fallback(self) -> str:
        lines = [self.text]
        for i, o in enumerate(self.options, 1):
            mark = "[x]" if o.value in self.selected else "[ ]"
            lines.append(f"  {i}. {mark} {o.label}")
        return "\n".join(lines)


class CardReply(BaseModel):
    """A titled key-value card. With ``update_key`` a transport that can edit messages
    replaces the card it posted earlier under the same key instead of posting a new one."""

    kind: Literal["card"] = "card"
    title: str
    rows: list[tuple[str, str]]
    options: list[Option] = Field(default_factory=list)
    footer: str = ""
    update_key: str | None = None

    def fallback(self) -> str:
        lines = [f"[{self.title}]"]
        lines += [f"  {k}: {v}" for k, v in self.rows]
        if self.footer:
            lines.append(self.footer)
        lines += [f"  {i}. {o.label}" for i, o in enumerate(self.options, 1)]
        return "\n".join(lines)


class TableReply(BaseModel):
    kind: Literal["table"] = "table"
    title: str
    columns: list[str]
    rows: list[list[str]]

    def fallback(self) -> str:
        widths = [display_width(c) for c in self.columns]
        for row in self.rows:
            widths = [max(w, display_width(cell)) for w, cell in zip(widths, row, strict=False)]

        def line(cells: list[str]) -> str:
            padded = (c + " " * (w - display_width(c)) for c, w in zip(cells, widths, strict=False))
            return " | ".join(padded).rstrip()

        return "\n".join([self.title, line(self.columns), *(line(r) for r in self.rows)])


class FormField(BaseModel):
    name: str
    label: str
    value: str = ""
    required: bool = True
    hint: str = ""
    error: str = ""
    multiline: bool = False


class FormReply(BaseModel):
    """A form the merchant fills in at once (a Slack modal). Transports without forms show
    the fields as a card and the dialog asks for them one by one."""

    kind: Literal["form"] = "form"
    form_id: str
    title: str
    text: str = ""
    fields: list[FormField]
    submit_label: str = "OK"

    def fallback(self) -> str:
        lines = [self.title] + ([self.text] if self.text else [])
        lines += [f"  {f.label}: {f.value or '-'}" for f in self.fields]
        return "\n".join(lines)


Reply = Annotated[
    TextReply | ChoicesReply | MultiSelectReply | CardReply | TableReply | FormReply,
    Field(discriminator="kind"),
]
