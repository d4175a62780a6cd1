"""Every move a selection step makes is one its table (``dialogs/selection/steps.py``) allows:
each step, reached as a merchant reaches it, answered with every kind of message."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dialogs.flow import Ctx, Outcome
from dialogs.moves import IllegalMoveError, Moves
from dialogs.selection.flow import build
from dialogs.selection.steps import MOVES, Step
from dialogs.turns import Turn
from tests.selection.talk import Talk

TYPED = [
    *(str(n) for n in range(0, 16)),
    "1, 3",
    "",
    "네",
    "아니요",
    "yes",
    "no",
    "없음",
    "선택완료",
    "done",
    "취소",
    "cancel",
    "뒤로",
    "카드",
    "카카오페이 추가",
    "카드 빼 주세요",
    "카드는 KCP로 바꿔 주세요",
    "정기결제도",
    "수기결제는 빼 주세요",
    "이니시스",
    "니이시스",
    "toss",
    "전체 비교표",
    "신청할게요",
    "수수료가 얼마예요?",
    "음 글쎄요",
]


def at(*script: str) -> Callable[[], Talk]:
    def reach() -> Talk:
        talk = Talk()
        talk.start()
        for line in script:
            if line.startswith("sel:"):
                talk.choose(line)
            else:
                talk.say(line)
        return talk

    return reach


REACH: dict[Step, Callable[[], Talk]] = {
    Step.METHODS: at("카드"),
    Step.CATEGORY: at("카드", "sel:open:easy_pay"),
    Step.TYPES: at("카드, 카카오페이", "sel:done"),
    Step.PGS: at("카드, 카카오페이", "sel:done", "sel:types:"),
    Step.SUMMARY: at("카드", "sel:done", "sel:types:", "sel:pg:card:kcp"),
    Step.EXTRAS: at(
        "카카오페이", "sel:done", "sel:types:", "sel:pg:kakaopay:kakaopay", "sel:confirm"
    ),
    Step.CANCEL_CONFIRM: at("카드", "sel:done", "취소"),
}


def test_every_step_has_its_moves_declared() -> None:
    assert set(MOVES.table) == set(Step)
    assert set(build().steps) <= {str(s) for s in Step}


@pytest.mark.parametrize("step", list(Step))
def test_every_answer_at_a_step_makes_an_allowed_move(step: Step) -> None:
    reach = REACH[step]
    probe = reach()
    assert probe.step == step
    actions = [o.value for r in probe.replies for o in getattr(r, "options", [])]
    for answer in [*TYPED, *(f"action:{a}" for a in actions)]:
        talk = reach()
        if answer.startswith("action:"):
            talk.choose(answer.removeprefix("action:"))
        else:
            talk.say(answer)  # a move the table does not list raises IllegalMoveError


def test_an_undeclared_move_raises() -> None:
    moves = Moves(flow="x", table={Step.METHODS: frozenset({Step.TYPES})})

    def wanders(ctx: Ctx, turn: Turn) -> Outcome:
        return Outcome(next_step=Step.SUMMARY)

    guarded = moves.guard(Step.METHODS, wanders)
    talk = Talk()
    turn = Turn(event_id="e", conversation_key="k", transport="t", user_id="u")
    with pytest.raises(IllegalMoveError):
        guarded(Ctx(state=talk.state, ports=talk.ports), turn)
