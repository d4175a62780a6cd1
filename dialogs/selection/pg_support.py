"""What the catalog says about the merchant's choices: which PGs can take a method with its
payment types, in which order, and why one cannot.

The catalog answers per (PG, method, one payment type); an item asks for general payment plus
any subscription / key-in together, so this module combines them: a PG is offered for an item
only if it supports every type asked, and it is "disputed" if any of them is.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from knowledge.catalog import (
    Catalog,
    MethodCategory,
    PaymentMethod,
    PaymentType,
    Pg,
    Support,
    SupportStatus,
    Text,
    Via,
    load_catalog,
)

# The payment types a merchant may add to a method; general payment is always included.
OPTIONAL_TYPES = (PaymentType.SUBSCRIPTION, PaymentType.KEYIN)


def catalog() -> Catalog:
    return load_catalog()


def method(code: str) -> PaymentMethod | None:
    try:
        return catalog().method(code)
    except KeyError:
        return None


def pg(code: str) -> Pg | None:
    try:
        return catalog().pg(code)
    except KeyError:
        return None


def v1_pgs() -> list[Pg]:
    """PGs this assistant files applications for (PortOne V1; KPN is V2 only)."""
    return [p for p in catalog().pgs if not p.v2_only]


def as_type(code: str | None) -> PaymentType | None:
    # ``"x" in SomeEnum`` raises TypeError before Python 3.12, so look values up by hand.
    return next((t for t in PaymentType if t.value == code), None)


def as_category(code: str | None) -> MethodCategory | None:
    return next((c for c in MethodCategory if c.value == code), None)


def _types(types: Sequence[str]) -> list[PaymentType]:
    found = [as_type(t) for t in types]
    return [PaymentType.GENERAL, *(t for t in found if t is not None)]


@dataclass(frozen=True)
class Verdict:
    """Whether a PG can take a method with all its payment types, and what to tell about it."""

    status: SupportStatus
    # Why not (for NO), or what the sources disagree on (for DISPUTED).
    notes: tuple[Text, ...] = ()
    # The payment type that fails or is disputed first, for "… for subscription".
    failing: PaymentType | None = None


# How the catalog's notes argue from our sources: "the help-center list (C, 2025-02) …",
# "payrq는 …", "개발 문서(non-auth.mdx)는 …". That is for agents weighing the sources, never
# for merchants.
_SOURCE_TALK = re.compile(
    r"[(（][A-Z](,\s*\d{4}-\d{2})?[)）]|\b(payrq|V1API|DEV)\b|\.mdx|문서|자료|목록|"
    r"\b(document|documented|docs|sources?|list)\b",
    re.IGNORECASE,
)


def for_merchants(notes: Sequence[Text]) -> tuple[Text, ...]:
    """The notes a merchant may read: those that say what is so, not which source says it."""
    return tuple(n for n in notes if not (_SOURCE_TALK.search(n.ko) or _SOURCE_TALK.search(n.en)))


def verdict(pg_: Pg, method_code: str, types: Sequence[str]) -> Verdict:
    supports: list[tuple[PaymentType, Support]] = [
        (t, pg_.support(method_code, t)) for t in _types(types)
    ]
    for wanted in (SupportStatus.NO, SupportStatus.DISPUTED):
        hit = [(t, s) for t, s in supports if s.status is wanted]
        if hit:
            # A disputed fact is explained by "our sources disagree" alone; the agent-facing
            # reasoning about which source says what stays out.
            notes = (
                for_merchants([s.note for _, s in hit if s.note is not None])
                if wanted is SupportStatus.NO
                else ()
            )
            return Verdict(wanted, notes, hit[0][0])
    return Verdict(SupportStatus.YES)


@dataclass(frozen=True)
class Offer:
    """One PG the merchant may choose for a method."""

    pg: Pg
    verdict: Verdict
    recommended: bool
    reason: Text | None
    partner: bool
    # Already chosen for another method: one contract may cover this one too.
    chosen: bool

    @property
    def disputed(self) -> bool:
        return self.verdict.status is SupportStatus.DISPUTED


def offers(
    method_code: str,
    types: Sequence[str],
    *,
    exclude: Collection[str] = (),
    chosen: Collection[str] = (),
) -> list[Offer]:
    """PGs for the method with all ``types``: recommended first, then PGs the merchant already
    chose for other methods, confirmed before disputed, own contracts before "PG 제휴"."""
    found: list[Offer] = []
    for ps in catalog().pgs_for(method_code, PaymentType.GENERAL):
        if ps.pg.code in exclude:
            continue
        found_verdict = verdict(ps.pg, method_code, types)
        if found_verdict.status is SupportStatus.NO:
            continue
        found.append(
            Offer(
                pg=ps.pg,
                verdict=found_verdict,
                recommended=ps.recommended,
                reason=ps.reason,
                partner=ps.via is Via.PARTNER,
                chosen=ps.pg.code in chosen,
            )
        )

    def rank(offer: Offer) -> tuple[bool, bool, bool, bool]:
        return (not offer.recommended, not offer.chosen, offer.disputed, offer.partner)

    return sorted(found, key=rank)


def type_options(method_code: str) -> list[PaymentType]:
    """The optional payment types some PG offers for the method (with general payment)."""
    return [
        t
        for t in OPTIONAL_TYPES
        if any(verdict(p, method_code, [t]).status is not SupportStatus.NO for p in v1_pgs())
    ]


def refusals(method_code: str) -> tuple[Text, ...]:
    """Why no PG offers a method at all (e.g. a discontinued service), from the catalog."""
    notes: list[Text] = []
    for p in v1_pgs():
        line = p.line_for(method_code)
        support = line.general if line else None
        if support is not None and support.note is not None and not support.supported:
            notes.append(support.note)
    return for_merchants(list(dict.fromkeys(notes)))
