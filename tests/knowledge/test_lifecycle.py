"""The application lifecycle as a table: every (from, to) pair, who may do it, and what each
status tells the merchant."""

from __future__ import annotations

import itertools

import pytest

from knowledge.language import Lang
from knowledge.lifecycle import (
    FINAL,
    INFO,
    PATH,
    TRANSITIONS,
    ActorKind,
    Refusal,
    Status,
    check_transition,
    merchant_can_cancel,
    parse_status,
    pg_note,
)

S = Status
ALLOWED = {
    (S.SUBMITTED, S.RECEIVED), (S.SUBMITTED, S.CONTRACT_GUIDANCE),
    (S.SUBMITTED, S.CONTRACT_IN_PROGRESS), (S.SUBMITTED, S.CONTRACT_SIGNED),
    (S.SUBMITTED, S.CARD_REVIEW), (S.SUBMITTED, S.ACTIVE),
    (S.SUBMITTED, S.CANCELLED), (S.SUBMITTED, S.REJECTED),
    (S.RECEIVED, S.CONTRACT_GUIDANCE), (S.RECEIVED, S.CONTRACT_IN_PROGRESS),
    (S.RECEIVED, S.CONTRACT_SIGNED), (S.RECEIVED, S.CARD_REVIEW), (S.RECEIVED, S.ACTIVE),
    (S.RECEIVED, S.REJECTED), (S.RECEIVED, S.CONTRACT_CANCELLED),
    (S.CONTRACT_GUIDANCE, S.CONTRACT_IN_PROGRESS), (S.CONTRACT_GUIDANCE, S.CONTRACT_SIGNED),
    (S.CONTRACT_GUIDANCE, S.CARD_REVIEW), (S.CONTRACT_GUIDANCE, S.ACTIVE),
    (S.CONTRACT_GUIDANCE, S.REJECTED), (S.CONTRACT_GUIDANCE, S.CONTRACT_CANCELLED),
    (S.CONTRACT_IN_PROGRESS, S.CONTRACT_SIGNED), (S.CONTRACT_IN_PROGRESS, S.CARD_REVIEW),
    (S.CONTRACT_IN_PROGRESS, S.ACTIVE), (S.CONTRACT_IN_PROGRESS, S.REJECTED),
    (S.CONTRACT_IN_PROGRESS, S.CONTRACT_CANCELLED),
    (S.CONTRACT_SIGNED, S.CARD_REVIEW), (S.CONTRACT_SIGNED, S.ACTIVE),
    (S.CONTRACT_SIGNED, S.REJECTED), (S.CONTRACT_SIGNED, S.CONTRACT_CANCELLED),
    (S.CARD_REVIEW, S.ACTIVE), (S.CARD_REVIEW, S.REJECTED), (S.CARD_REVIEW, S.CONTRACT_CANCELLED),
    (S.ACTIVE, S.CONTRACT_CANCELLED),
}  # fmt: skip


@pytest.mark.parametrize(("current", "target"), list(itertools.product(Status, Status)))
def test_every_pair_for_an_agent(current: Status, target: Status) -> None:
    refusal = check_transition("kcp", current, target, ActorKind.AGENT, note="reason")
    assert (refusal is None) == ((current, target) in ALLOWED)
    assert (target in TRANSITIONS[current]) == ((current, target) in ALLOWED)


@pytest.mark.parametrize(
    ("current", "target", "why"),
    [
        (S.RECEIVED, S.RECEIVED, Refusal.SAME_STATUS),
        (S.CANCELLED, S.RECEIVED, Refusal.FINAL),
        (S.REJECTED, S.CONTRACT_CANCELLED, Refusal.FINAL),
        (S.CONTRACT_SIGNED, S.RECEIVED, Refusal.BACKWARDS),
        (S.RECEIVED, S.CANCELLED, Refusal.CANCEL_AFTER_RECEIVED),
        (S.CARD_REVIEW, S.CANCELLED, Refusal.CANCEL_AFTER_RECEIVED),
        (S.ACTIVE, S.REJECTED, Refusal.REJECTED_AFTER_ACTIVE),
        (S.SUBMITTED, S.CONTRACT_CANCELLED, Refusal.CONTRACT_CANCEL_BEFORE_RECEIVED),
    ],
)
def test_refusals_name_their_reason(current: Status, target: Status, why: Refusal) -> None:
    assert check_transition("kcp", current, target, ActorKind.PG, note="x") is why


def test_a_rejection_needs_its_reason() -> None:
    assert check_transition("kcp", S.RECEIVED, S.REJECTED, ActorKind.PG) is Refusal.NOTE_REQUIRED
    assert check_transition("kcp", S.RECEIVED, S.REJECTED, ActorKind.PG, "  ") is (
        Refusal.NOTE_REQUIRED
    )
    assert check_transition("kcp", S.RECEIVED, S.REJECTED, ActorKind.PG, "industry") is None


def test_a_merchant_may_only_cancel_and_only_before_the_pg_has_it() -> None:
    assert merchant_can_cancel("kcp", S.SUBMITTED) is None
    assert merchant_can_cancel("kcp", S.RECEIVED) is Refusal.CANCEL_AFTER_RECEIVED
    assert merchant_can_cancel("kcp", S.CANCELLED) is Refusal.SAME_STATUS
    assert merchant_can_cancel("kcp", S.REJECTED) is Refusal.FINAL
    refused = check_transition("kcp", S.SUBMITTED, S.RECEIVED, ActorKind.MERCHANT)
    assert refused is Refusal.MERCHANT_MAY_ONLY_CANCEL


def test_kg_inicis_takes_applications_over_at_once() -> None:
    assert merchant_can_cancel("inicis", S.SUBMITTED) is Refusal.FORWARDED_IMMEDIATELY
    # An agent who has spoken to KG INICIS still can.
    assert check_transition("inicis", S.SUBMITTED, S.CANCELLED, ActorKind.AGENT) is None
    note = pg_note("inicis", S.SUBMITTED)
    assert note is not None and "즉시" in note.ko


def test_every_status_says_what_it_means_in_both_languages() -> None:
    assert set(INFO) == set(Status)
    for status, about in INFO.items():
        for text in (about.label, about.next_step):
            assert text.get(Lang.KO) != text.get(Lang.EN)
        # Open stages say how long they usually take; the end states and active do not.
        assert (about.duration is None) == (status in FINAL or status is S.ACTIVE)
    assert "2" in INFO[S.CARD_REVIEW].duration.get(Lang.EN)  # type: ignore[union-attr]
    assert PATH[0] is S.SUBMITTED and PATH[-1] is S.ACTIVE


@pytest.mark.parametrize(
    ("typed", "status"),
    [("received", S.RECEIVED), (" Contract-Signed ", S.CONTRACT_SIGNED), ("nope", None)],
)
def test_parse_status(typed: str, status: Status | None) -> None:
    assert parse_status(typed) is status
