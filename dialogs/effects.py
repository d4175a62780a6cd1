"""What a dialog asks the runtime to do, as data. The engine applies effects inside the same
transaction as the state change, so a turn's effects and its new state commit together.

Each effect is a frozen dataclass; ``bot/effects.py`` maps each type to its handler.
"""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.language import Lang


@dataclass(frozen=True)
class Effect:
    """Base of every effect."""


@dataclass(frozen=True)
class RequestHuman(Effect):
    """The merchant asked for a person (or the assistant failed to understand twice)."""

    reason: str


@dataclass(frozen=True)
class ApplicationItem:
    """What one application asks of one PG."""

    pg: str
    methods: tuple[str, ...]
    payment_types: tuple[str, ...] = ()
    # The PG's own extra fields (catalog ``extra_fields``), (field, value) as the merchant
    # answered them (``dialogs/selection/extras.py``).
    extra_fields: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class FileApplications(Effect):
    """File one application per PG for a business whose information is finished."""

    business_number: str
    items: tuple[ApplicationItem, ...]
    # The language of the summary cards the runtime posts back.
    lang: Lang = Lang.KO


@dataclass(frozen=True)
class RecordLookup(Effect):
    """A user looked up a business's contracts. ``outcome`` is "disclosed" (verified, shown),
    "withheld" (valid number, not verified) or "refused" (over the hourly limit); all but
    refused count towards the limit."""

    user_key: str
    business_number: str
    outcome: str


@dataclass(frozen=True)
class CancelApplications(Effect):
    """The merchant withdraws applications (each still ``submitted``). The runtime re-checks
    under the application's lock and answers for each, done or refused."""

    application_ids: tuple[int, ...]
    lang: Lang = Lang.KO


@dataclass(frozen=True)
class Subscribe(Effect):
    """Follow status changes in this conversation: ``scope`` is "business" (``value``: the
    business number's digits), "application" (``value``: its id) or "all" (agents only). The
    dialog checked through ``ApplicationsPort.may_follow`` in the same transaction."""

    scope: str
    value: str = ""
    lang: Lang = Lang.KO


@dataclass(frozen=True)
class Unsubscribe(Effect):
    scope: str
    value: str = ""
    lang: Lang = Lang.KO


@dataclass(frozen=True)
class ReadCertificate(Effect):
    """Queue the OCR of a certificate the merchant sent: already stored (``upload_id``) or
    still at the transport (``url``, downloaded by the job). ``ref`` comes back with the
    result so that a result for an older or cancelled upload is recognised."""

    ref: str
    filename: str
    upload_id: int | None = None
    url: str | None = None
    external_id: str | None = None


@dataclass(frozen=True)
class SaveBusiness(Effect):
    """Save finished business information; with ``verify`` the merchant becomes verified for
    the number (the certificate carried it)."""

    business_number: str
    profile: tuple[tuple[str, str], ...]
    upload_id: int | None
    verify: bool = True


@dataclass(frozen=True)
class RecordUnanswered(Effect):
    """A question the assistant had no confident answer to, kept for the support team
    (``onboard knowledge gaps``). ``text`` is what the merchant typed; the handler masks it."""

    text: str
    lang: Lang
    flow: str
    step: str
    # "clarify" when two entries were offered, "none" when nothing was.
    outcome: str
