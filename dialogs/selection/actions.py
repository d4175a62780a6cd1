"""The button and multi-select values of the selection journey, and how they are read back.

Every value starts with ``sel:``. Buttons carry one value each:

    sel:open:<category>          open a method tab (general, easy_pay, overseas, identity)
    sel:add:<method>             add one method (answers "which pay did you mean?")
    sel:done                     done choosing methods
    sel:pg:<method>:<pg>         this PG for this method
    sel:table                    the whole PG x method table
    sel:confirm                  file the summary
    sel:more                     add methods from the summary
    sel:change / sel:change:<m>  change a PG (which method? / this method)
    sel:remove / sel:remove:<m>  remove a method (which? / this one)
    sel:edit_types               change subscription / key-in
    sel:no                       "no" to a yes/no question

Multi-selects (``MultiSelectReply``) have option values ``sel:<scope>:<code>``; a submission is
a turn whose ``action`` joins the chosen values with commas. Both spellings are accepted:

    sel:methods:card,sel:methods:kakaopay     (the option values joined)
    sel:methods:card,kakaopay                 (the scope once, then the codes)
    sel:methods:                              (nothing chosen)

or a ``form`` whose field ``selected`` (or the scope name) holds the same comma-joined text.
Scopes: ``methods`` (the open tab: exactly these methods of that tab), ``add`` (add these
methods), ``types`` (``<method>.<type>`` pairs: exactly these subscription/key-in items).
"""

from __future__ import annotations

from dataclasses import dataclass

from dialogs.turns import Turn

PREFIX = "sel:"
OPEN = "sel:open:"
ADD = "sel:add:"
DONE = "sel:done"
PG = "sel:pg:"
TABLE = "sel:table"
CONFIRM = "sel:confirm"
MORE = "sel:more"
CHANGE = "sel:change"
REMOVE = "sel:remove"
EDIT_TYPES = "sel:edit_types"
NO = "sel:no"

SCOPE_METHODS = "methods"
SCOPE_ADD = "add"
SCOPE_TYPES = "types"
_SCOPES = (SCOPE_METHODS, SCOPE_ADD, SCOPE_TYPES)


def value(scope: str, code: str) -> str:
    """The option value of ``code`` in a multi-select of ``scope``."""
    return f"{PREFIX}{scope}:{code}"


@dataclass(frozen=True)
class Submission:
    scope: str
    codes: list[str]


def submission(turn: Turn, expected: str | None = None) -> Submission | None:
    """A multi-select submission carried by the turn, or None. ``expected`` is the scope of
    the multi-select the step showed: a form or an empty value that names no scope is for it."""
    if turn.action is not None:
        return _parse(turn.action, None, expected)
    for key in ("selected", *_SCOPES):
        if turn.form and key in turn.form:
            return _parse(turn.form[key], key if key in _SCOPES else None, expected)
    return None


def _parse(raw: str, scope: str | None, expected: str | None) -> Submission | None:
    if not raw.strip() and scope is None:
        scope = expected
    codes: list[str] = []
    for piece in (p.strip() for p in raw.split(",")):
        code = piece
        if ":" in piece and not piece.startswith(PREFIX):
            return None  # another journey's value ("cmd:back"), not a code
        if piece.startswith(PREFIX):
            head, _, code = piece.removeprefix(PREFIX).partition(":")
            if head not in _SCOPES or (scope is not None and head != scope):
                return None
            scope = head
        if code:
            codes.append(code)
    if scope is None and not raw.startswith(PREFIX):
        scope = expected
    if scope is None:
        return None
    return Submission(scope, list(dict.fromkeys(codes)))


def tail(action: str | None, prefix: str) -> str | None:
    """What follows ``prefix`` in a button value (``""`` for the bare value), else None."""
    if action is None:
        return None
    if action == prefix:
        return ""
    if action.startswith(prefix + ":") or (prefix.endswith(":") and action.startswith(prefix)):
        return action.removeprefix(prefix).removeprefix(":")
    return None
