"""The test harness presses buttons by label, as a merchant would, and refuses to guess."""

from __future__ import annotations

import pytest

from dialogs.replies import MultiSelectReply, Option
from tests.harness import button, ticked

OPTIONS = [
    Option(value="sel:pg:card:kcp", label="NHN KCP"),
    Option(value="sel:pg:card:inicis", label="KG이니시스"),
    Option(value="sel:pg:card:html5", label="KG이니시스 (이미 선택)"),
]


def test_an_exact_label_wins_over_a_partial_one() -> None:
    assert button(OPTIONS, "KG이니시스").value == "sel:pg:card:inicis"
    assert button(OPTIONS, "kcp").value == "sel:pg:card:kcp"  # the only label containing it


@pytest.mark.parametrize("label", ["KG", "Toss"])
def test_no_button_or_several_is_an_error(label: str) -> None:
    with pytest.raises(AssertionError, match="buttons match"):
        button(OPTIONS, label)


def test_ticking_submits_the_chosen_values_as_the_transport_does() -> None:
    reply = MultiSelectReply(
        text="?",
        options=[
            Option(value="sel:types:card.subscription", label="신용카드 정기결제"),
            Option(value="sel:types:card.keyin", label="신용카드 수기결제"),
        ],
    )
    assert ticked(reply, ["신용카드 수기결제"]) == "sel:types:card.keyin"
    assert ticked(reply, ["신용카드 정기결제", "신용카드 수기결제"]) == (
        "sel:types:card.subscription,card.keyin"
    )
    assert ticked(reply, []) == "sel:types:"
