"""Replies as Block Kit: every kind, within Slack's limits."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from bot.slack import render
from bot.slack.render import (
    MAX_ACTION_ELEMENTS,
    MAX_BLOCKS,
    MAX_BUTTON_TEXT,
    MAX_SECTION_TEXT,
    SlackMessage,
)
from dialogs.replies import (
    CardReply,
    ChoicesReply,
    FormField,
    FormReply,
    MultiSelectReply,
    Option,
    TableReply,
    TextReply,
)


def _one(messages: list[SlackMessage]) -> SlackMessage:
    assert len(messages) == 1
    return messages[0]


def _within_limits(message: SlackMessage) -> None:
    assert len(message.blocks) <= MAX_BLOCKS
    assert message.text.strip()
    for block in message.blocks:
        text = (block.get("text") or {}).get("text", "")
        assert len(text) <= MAX_SECTION_TEXT
        for field in block.get("fields") or []:
            assert len(field["text"]) <= render.MAX_FIELD_TEXT
        elements = block.get("elements") or []
        if block["type"] == "actions":
            assert len(elements) <= MAX_ACTION_ELEMENTS
        for element in elements:
            if element.get("type") == "button":
                assert len(element["text"]["text"]) <= MAX_BUTTON_TEXT
                assert len(element["value"]) <= render.MAX_BUTTON_VALUE
            if element.get("type") == "multi_static_select":
                assert len(element["options"]) <= render.MAX_SELECT_OPTIONS


def test_text_is_escaped_and_split_into_sections_of_3000() -> None:
    message = _one(render.render(TextReply(text="a < b & c\n" + "가" * 7000)))
    _within_limits(message)
    assert message.blocks[0]["text"]["text"].startswith("a &lt; b &amp; c")
    assert len(message.blocks) == 4
    assert message.text.startswith("a < b & c")  # the fallback is plain text


def test_choices_are_buttons_with_their_values_25_to_a_row() -> None:
    options = [Option(value=f"v:{i}", label=f"Option {i} " + "x" * 100) for i in range(30)]
    message = _one(render.render(ChoicesReply(text="Pick", options=options)))
    _within_limits(message)
    rows = [b for b in message.blocks if b["type"] == "actions"]
    assert [len(r["elements"]) for r in rows] == [25, 5]
    values = [e["value"] for r in rows for e in r["elements"]]
    assert values == [o.value for o in options]
    assert len({e["action_id"] for r in rows for e in r["elements"]}) == 30
    assert rows[0]["elements"][0]["text"]["text"].endswith("…")


def test_a_value_slack_cannot_carry_leaves_the_option_to_typing() -> None:
    options = [Option(value="x" * 2001, label="Too long"), Option(value="ok", label="OK")]
    message = _one(render.render(ChoicesReply(text="Pick", options=options)))
    buttons = [e for b in message.blocks if b["type"] == "actions" for e in b["elements"]]
    assert [b["value"] for b in buttons] == ["ok"]
    assert "Too long" in message.text


def test_multiselect_submits_under_the_scope_of_its_values() -> None:
    options = [Option(value=f"sel:methods:m{i}", label=f"M{i}") for i in range(130)]
    reply = MultiSelectReply(text="Which?", options=options, selected=["sel:methods:m1"])
    message = _one(render.render(reply))
    _within_limits(message)
    elements = [e for b in message.blocks if b["type"] == "actions" for e in b["elements"]]
    selects = [e for e in elements if e["type"] == "multi_static_select"]
    assert [len(s["options"]) for s in selects] == [100, 30]
    assert selects[0]["initial_options"] == [
        {"text": {"type": "plain_text", "text": "M1", "emoji": True}, "value": "sel:methods:m1"}
    ]
    submit = elements[-1]
    assert submit["action_id"] == render.SELECT_SUBMIT_ACTION
    assert submit["value"] == "sel:methods:"
    assert render.selection_action(
        "sel:methods:", ["sel:methods:card", "sel:methods:kakaopay"]
    ) == ("sel:methods:card,kakaopay")
    assert render.selection_action("sel:methods:", []) == "sel:methods:"


def test_selection_prefix_of_one_option_and_of_unscoped_values() -> None:
    one = MultiSelectReply(text="?", options=[Option(value="sel:add:card", label="Card")])
    assert render.selection_prefix(one) == "sel:add:"
    plain = MultiSelectReply(text="?", options=[Option(value="a", label="A")])
    assert render.selection_prefix(plain) == ""


def test_card_rows_are_fields_ten_to_a_section_with_footer_and_buttons() -> None:
    card = CardReply(
        title="Application " + "x" * 200,
        rows=[(f"Key {i}", f"value <{i}>") for i in range(12)],
        footer="Updated",
        options=[Option(value="a:1", label="Edit", style="primary")],
        update_key="app:1",
    )
    message = _one(render.render(card))
    _within_limits(message)
    kinds = [b["type"] for b in message.blocks]
    assert kinds == ["header", "section", "section", "context", "actions"]
    assert len(message.blocks[0]["text"]["text"]) <= render.MAX_HEADER_TEXT
    assert [len(b["fields"]) for b in message.blocks[1:3]] == [10, 2]
    assert message.blocks[1]["fields"][0]["text"] == "*Key 0*\nvalue &lt;0&gt;"
    assert message.blocks[-1]["elements"][0]["style"] == "primary"


def test_tables_are_monospace_aligned_for_korean_and_paged_past_50_blocks() -> None:
    small = _one(
        render.render(TableReply(title="PGs", columns=["PG", "fee"], rows=[["토스", "3%"]]))
    )
    code = small.blocks[1]["text"]["text"]
    assert code.startswith("```\n") and code.endswith("\n```")
    header, _rule, row = code.strip("`\n").split("\n")
    assert header == "PG   | fee"
    assert row == "토스 | 3%"  # two wide characters take four columns

    rows = [[f"row {i}", "y" * 100] for i in range(2000)]
    pages = render.render(TableReply(title="Big", columns=["a", "b"], rows=rows))
    assert len(pages) > 1
    for page in pages:
        _within_limits(page)
    assert pages[1].text == "Big (2/2)"
    everything = "".join(json.dumps(b) for p in pages for b in p.blocks)
    assert "row 1999" in everything


def _form(**changes: object) -> FormReply:
    fields = [
        FormField(name="company", label="상호", value="Acme"),
        FormField(name="memo", label="메모", required=False, multiline=True, hint="선택"),
    ]
    return FormReply(form_id="biz", title="사업자 정보 확인합니다 " * 3, fields=fields, **changes)


def test_a_form_is_a_button_that_opens_a_modal_with_one_input_a_field() -> None:
    message = _one(render.render(_form(), outbox_id=42))
    button = message.blocks[-1]["elements"][0]
    assert (button["action_id"], button["value"]) == (render.FORM_OPEN_ACTION, "42")
    modal = render.form_modal(
        _form(submit_label="저장"), {"key": "slack:T:C:1.2", "form_id": "biz"}
    )
    assert len(modal["title"]["text"]) <= render.MAX_MODAL_TITLE
    assert modal["close"]["text"] == "취소"
    inputs = [b for b in modal["blocks"] if b["type"] == "input"]
    assert [(b["block_id"], b["optional"]) for b in inputs] == [("company", False), ("memo", True)]
    assert inputs[0]["element"]["initial_value"] == "Acme"
    assert inputs[1]["element"]["multiline"] is True
    assert json.loads(modal["private_metadata"]) == {"key": "slack:T:C:1.2", "form_id": "biz"}


def test_form_errors_and_values() -> None:
    form = _form()
    form.fields[0].error = "필수 항목입니다"
    assert render.form_errors(form) == {"company": "필수 항목입니다"}
    message = _one(render.render(form, outbox_id=1))
    assert "필수 항목입니다" in json.dumps(message.blocks, ensure_ascii=False)
    state: dict[str, dict[str, dict[str, Any]]] = {
        "company": {"company": {"value": "Acme"}},
        "memo": {"memo": {"value": None}},
    }
    assert render.form_values(state) == {"company": "Acme", "memo": ""}


@given(st.text(max_size=9000))
def test_any_text_fits_slack(text: str) -> None:
    for message in render.render(TextReply(text=text)):
        _within_limits(message) if text.strip() else None
        assert len(message.blocks) <= MAX_BLOCKS
