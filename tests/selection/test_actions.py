"""The documented encoding of multi-select submissions and buttons."""

from __future__ import annotations

import pytest

from dialogs.selection import actions
from dialogs.selection.actions import Submission
from dialogs.turns import Turn


def turn(action: str | None = None, form: dict[str, str] | None = None) -> Turn:
    return Turn(
        event_id="e", conversation_key="k", transport="t", user_id="u", action=action, form=form
    )


@pytest.mark.parametrize(
    ("action", "expected"),
    [
        ("sel:methods:card,kakaopay", Submission("methods", ["card", "kakaopay"])),
        ("sel:methods:card,sel:methods:kakaopay", Submission("methods", ["card", "kakaopay"])),
        ("sel:methods:", Submission("methods", [])),
        ("sel:add:naverpay", Submission("add", ["naverpay"])),
        (
            "sel:types:card.subscription,card.keyin",
            Submission("types", ["card.subscription", "card.keyin"]),
        ),
        ("sel:methods:card,card", Submission("methods", ["card"])),
    ],
)
def test_submissions_in_both_spellings(action: str, expected: Submission) -> None:
    assert actions.submission(turn(action)) == expected


@pytest.mark.parametrize(
    "action", ["sel:done", "sel:confirm", "sel:methods:card,sel:types:card.keyin", "cmd:back"]
)
def test_other_buttons_are_not_submissions(action: str) -> None:
    assert actions.submission(turn(action), expected="methods") is None


def test_a_form_submission_and_an_empty_one_go_to_the_expected_scope() -> None:
    assert actions.submission(turn(form={"selected": "sel:methods:trans,vbank"})) == Submission(
        "methods", ["trans", "vbank"]
    )
    assert actions.submission(turn(form={"selected": ""}), expected="types") == Submission(
        "types", []
    )
    assert actions.submission(turn(form={"methods": "card"})) == Submission("methods", ["card"])
    assert actions.submission(turn(form={"name": "x"})) is None


def test_tail_reads_button_arguments() -> None:
    assert actions.tail("sel:change:card", actions.CHANGE) == "card"
    assert actions.tail("sel:change", actions.CHANGE) == ""
    assert actions.tail("sel:changes", actions.CHANGE) is None
    assert actions.tail("sel:pg:card:kcp", actions.PG) == "card:kcp"
    assert actions.tail(None, actions.PG) is None
