"""Which offered option a merchant meant: a button's value, its number, or its label typed."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from rapidfuzz import fuzz, process

from dialogs.replies import Option
from dialogs.turns import Turn

# Below this a typed label is not taken as a choice: "yes" must not pick "yesterday's item".
LABEL_CUTOFF = 85.0


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in text if ch.isalnum())


def resolve_choice(
    turn: Turn, options: Sequence[Option], *, extra: dict[str, Sequence[str]] | None = None
) -> str | None:
    """The value of the option the turn picks, or None. ``extra`` maps values to more words
    that pick them (e.g. "네", "yes")."""
    values = {o.value for o in options}
    if turn.action is not None:
        return turn.action if turn.action in values else None
    text = turn.text.strip()
    if not text:
        return None
    if text.isdigit():
        index = int(text) - 1
        return options[index].value if 0 <= index < len(options) else None
    wanted = _norm(text)
    if not wanted:
        return None
    for option in options:
        words = [option.label, option.value, *((extra or {}).get(option.value, ()))]
        if any(_norm(w) == wanted for w in words):
            return option.value
    labels = {o.value: _norm(o.label) for o in options}
    best = process.extractOne(wanted, labels, scorer=fuzz.ratio, score_cutoff=LABEL_CUTOFF)
    return str(best[2]) if best else None
