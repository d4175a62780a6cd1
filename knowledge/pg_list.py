"""When a request for the whole PG list also asks something the FAQ answers (know20, issue 15).

The catalog answers "which PGs can I use?" with the list of every PG. The words that make a
message such a request ("PG사 목록", "which payment companies") are often only its frame:
"which payment companies can I sign up with through you guys?" asks how to apply, "which
providers do identity verification?" asks about identity verification. The sign is in the
question's form: take the list words away and look at what is left. When the FAQ answers the
remainder alone, confidently, with the same entry it gives the whole message, the message asks
that entry's question as much as for the list, and the merchant is asked which one was meant
("Did you mean the PG list, or <entry>?"). When nothing askable is left ("PG사 목록 보여주세요",
"list of pgs"), it is the list, whatever the FAQ's score for the whole message.
"""

from __future__ import annotations

import re

from knowledge.catalog_query import _PG_LIST_EN, _PG_LIST_KO
from knowledge.morph import fold_spoken
from knowledge.normalize import normalize

# The rest of the list question's frame: the desk it is put to ("포트원에서", "through you guys")
# and what one does with a PG on the list (sign up with it, connect it, use it). Neither is a
# topic of its own: "which PGs can I sign up with through you?" asks for the list.
_FRAME = re.compile(
    r"포트원|아임포트|\bport ?one\b|\biamport\b|\bthrough (you|you guys|your (site|platform))\b|"
    r"\b(sign(ing)? up|signup|register|apply|connect|integrate|use|choose|pick|get|work)"
    r"( with| for| to| through| via)?\b|\b(support(ed|s)?|offer(ed|s)?|available|have|has)\b|"
    r"(연동|가입|신청|이용|사용|선택|지원)(하|되|돼|할|가능|해)?"
)


def remainder(text: str) -> str:
    """``text`` (normalized) less the words that ask for the PG list."""
    norm = fold_spoken(normalize(text)).replace("-", " ")
    for pattern in (_PG_LIST_KO, _PG_LIST_EN, _FRAME):
        norm = pattern.sub(" ", norm)
    return " ".join(norm.split())
