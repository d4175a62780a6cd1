"""Several answers in one message: "카드랑 카카오페이, 이니시스로 정기결제도" names the methods,
the PG for them and a payment type at once, and the journey goes straight to what is still
missing (often the summary) instead of asking each in turn.

A PG named together with methods is taken for every named method it can take (the others
are asked as usual). With a PG named, payment types not mentioned default to one-time
payments only; the summary says so and offers to change them.
"""

from __future__ import annotations

import re

from dialogs.flow import Ctx
from dialogs.replies import Reply
from dialogs.selection import edit, pg_support, words
from dialogs.selection.slots import SelectionSlots
from dialogs.selection.typos import find_pgs
from dialogs.selection.words import Intent
from knowledge.catalog import PaymentType, SupportStatus
from knowledge.matcher import Extraction, extract_methods

# Where one answer of a message ends: "카드랑 카카오페이, 이니시스로 카드 정기결제도".
_CLAUSES = re.compile(r"[,;/\n]|(?<=\S)(?:이랑|랑|하고)\s|\s(?:and|plus)\s", re.IGNORECASE)


# "identity verification by phone": the phone is how identity is verified, not phone billing.
_BY_PHONE = re.compile(
    r"\b(by|via|through|over|with)\s+(a\s+|the\s+)?(mobile\s+)?(phone|mobile)\b"
    r"|(휴대폰|핸드폰|휴대전화)\s*(으로|로)",
    re.IGNORECASE,
)
_BARE_PHONE = {"phone", "mobile", "휴대폰", "핸드폰", "휴대전화"}


def clauses(text: str) -> list[str]:
    """Where one answer of a message ends: "카드랑 카카오페이, 이니시스로 카드 정기결제도"."""
    return [c for c in _CLAUSES.split(text) if c and c.strip()]


def methods_named(text: str) -> Extraction:
    """The methods a message names, without phone billing read into "…by phone" next to an
    identity verification."""
    found = extract_methods(text)
    identity = any(m.value.startswith("identity_") for m in found.matches) or any(
        any(c.startswith("identity_") for c in a.candidates) for a in found.ambiguous
    )
    if not (identity and _BY_PHONE.search(text)):
        return found
    kept = [m for m in found.matches if not (m.value == "phone" and m.term in _BARE_PHONE)]
    return Extraction(matches=kept, ambiguous=found.ambiguous)


def named_pgs(text: str, methods: list[str]) -> list[str]:
    """PGs the text names as PGs: "카카오페이" next to other methods is a method."""
    return [p for p in find_pgs(text).values if p not in methods]


def _type_follows_method(clause: str, named: Extraction) -> bool:
    """ "카카오페이 정기결제": the type word right after a method's name is that method's."""
    for match in named.matches:
        at = clause.find(match.term)
        if at < 0:
            continue
        after = clause[at + len(match.term) :].split()
        if after and words.payment_types(after[0]):
            return True
    return False


def _takes(pg_code: str, method: str, ptype: PaymentType) -> bool:
    found = pg_support.pg(pg_code)
    verdict = pg_support.verdict(found, method, [ptype.value]) if found else None
    return verdict is not None and verdict.status is SupportStatus.YES


def _for_type(
    ptype: PaymentType, targets: list[str], chosen: list[str], pgs: list[str], *, explicit: bool
) -> list[str]:
    """The methods a payment type said with a PG is meant for. "카드랑 카카오페이 이니시스로
    정기결제도": the clause after "랑" names only Kakao Pay, which KG INICIS takes no
    subscription for, so it is the methods the named PG takes it for (the card). Said right
    after a method ("카카오페이 정기결제"), it is that method's, refused or not."""
    if explicit:
        return targets
    for pool in (targets, chosen):
        taken = [m for m in pool if any(_takes(p, m, ptype) for p in pgs)]
        if taken:
            return taken
    return targets


def fill(ctx: Ctx, text: str) -> list[Reply] | None:
    """Methods with their PG (and payment types) from one message; None when the message
    does not name both methods and a PG (the usual steps take it then)."""
    found = methods_named(text)
    methods = found.values
    if not methods or found.ambiguous or words.says(text, Intent.REMOVE):
        return None
    pgs = named_pgs(text, methods)
    if not pgs:
        return None
    slots = SelectionSlots.of(ctx.state)
    replies = edit.add_methods(ctx, methods)
    chosen = [m for m in methods if slots.item(m) is not None]
    wanted: dict[str, list[str]] = {i.method: list(i.payment_types) for i in slots.items}
    typed = False
    for clause in _CLAUSES.split(text):
        ptypes = words.payment_types(clause)
        if not ptypes:
            continue
        # "카드 정기결제도": the methods of the same clause; none there: every named one.
        named = extract_methods(clause)
        targets = [m for m in named.values if m in chosen] or chosen
        explicit = _type_follows_method(clause, named)
        for ptype in ptypes:
            for method in _for_type(ptype, targets, chosen, pgs, explicit=explicit):
                if ptype in pg_support.type_options(method):
                    wanted[method].append(ptype.value)
                    typed = True
    if typed:
        replies += edit.set_types(ctx, wanted)
    # Said with a PG: the payment types are settled (one-time only unless named).
    slots.types_asked = list(dict.fromkeys([*slots.types_asked, *chosen]))
    for method in chosen:
        item = slots.item(method)
        if item is None or item.pg is not None:
            continue
        refused: list[Reply] = []
        for pg in pgs:
            ok, said = edit.set_pg(ctx, method, pg)
            if ok:
                replies += said
                refused = []
                break
            refused = said
        replies += refused  # why the named PG can't take it; its PG is asked next
    return replies
