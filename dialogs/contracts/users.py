"""Who is asking, as one string: verification and rate limits are kept per user, not per
conversation, so a merchant who opens a new thread is still the same merchant."""

from __future__ import annotations

from typing import Protocol


class HasUser(Protocol):
    """A turn or a stored conversation: both know their transport and user id."""

    @property
    def transport(self) -> str: ...

    @property
    def user_id(self) -> str: ...


def user_key(source: HasUser) -> str:
    """``"slack:U123"``: the key of ``verifications`` and ``contract_lookups``."""
    return f"{source.transport}:{source.user_id}"
