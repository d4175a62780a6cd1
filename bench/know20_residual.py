"""What a catalog question asks besides the names the catalog reads (know20, issue 15): the
feature bench/know20_catalog.py replays. Tried as a decision rule and NOT kept (docs/decisions.md,
know20): on the sets the code had not seen it cost more top-1 than it saved.

The catalog reads a question by the names it knows: a PG, a method, a payment type, an
integration mode. A question can name them and still ask about something else: "페이먼트월
빌링키 발급하면 돈이 빠져나가요?" names Paymentwall and billing keys, but asks whether issuing a
key charges money; "Inicis subscription on desktop asks for a certificate, is that normal?"
names INICIS and subscriptions, and asks about a certificate prompt. The catalog's row for the
PG and the type is then a confident answer to a question nobody asked.

The sign is in the question's form, not its topic: take away every word the catalog read (the
names of PGs and methods, the words of payment types and modes) and look at what is left. In a
support question ("엑심베이 정기결제 되요?", "Does Eximbay support subscriptions?") what is left
is a verb of offering, which no FAQ entry answers by itself. In a question about something
else, what is left still asks it: the FAQ answers the remainder alone, confidently, with the
same entry it gives the whole message. The rule tried: then the two readings are both real and
the merchant is asked which one was meant ("Did you mean the PG list, or <entry>?").
"""

from __future__ import annotations

import re

from knowledge.catalog_query import _MODE_WORDS, _TYPE_WORDS
from knowledge.matcher import extract_methods, extract_pgs

# Payment type and mode words, as catalog_query reads them.
_SLOT_WORDS: tuple[str, ...] = tuple(
    word for words in (*_TYPE_WORDS.values(), *_MODE_WORDS.values()) for word in words
)
_LATIN = re.compile(r"[a-z]")


def _remove(text: str, term: str) -> str:
    """``text`` less ``term``, however spaced ("virtualaccounts" is "virtual accounts")."""
    chars = [c for c in term.lower() if not c.isspace()]
    if not chars:
        return text
    body = r"[\s-]*".join(re.escape(c) for c in chars)
    if _LATIN.search(term.lower()):
        body = rf"(?<![a-z0-9]){body}(?![a-z0-9])"
    return re.sub(body, " ", text)


def residual(text: str) -> str:
    """``text`` less every word the catalog reads: PG and method names (as typed), payment
    type and integration mode words. What is left is what the question asks of them."""
    left = text.lower()
    terms = [m.term for m in extract_pgs(text).matches]
    terms += [m.term for m in extract_methods(text).matches]
    terms += [a.term for a in extract_methods(text).ambiguous]
    for term in sorted({*terms, *_SLOT_WORDS}, key=len, reverse=True):
        left = _remove(left, term)
    return " ".join(left.split())
