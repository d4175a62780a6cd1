"""The catalog of payment methods and PGs, loaded from ``knowledge/data/*.yaml``.

The data says what each PG supports per method and payment type, and marks facts the sources
disagree on as ``disputed`` so the assistant can say so instead of guessing. Loading validates
everything and fails with an error naming the file, the entry and the field.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from knowledge.language import Lang

DATA_DIR = Path(__file__).resolve().parent / "data"
METHODS_FILE = "methods.yaml"
PGS_FILE = "pgs.yaml"


# ---------------------------------------------------------------------------------------------
# Errors and YAML helpers (also used by knowledge.faq)


class DataError(ValueError):
    """A data file is missing, unreadable or does not match its schema."""

    def __init__(self, file: str, entry: str | None, field: str | None, message: str) -> None:
        self.file = file
        self.entry = entry
        self.field = field
        self.message = message
        where = file
        if entry is not None:
            where += f": entry {entry}"
        if field is not None:
            where += f": field '{field}'"
        super().__init__(f"{where}: {message}")


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path) -> dict[str, Any]:
    """The top-level mapping of a YAML file, or a DataError naming the file."""
    try:
        # libyaml's loader when PyYAML has it: the pure-Python one took ~3 s for the catalog.
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)  # noqa: S506 - safe
    except OSError as exc:
        raise DataError(path.name, None, None, f"cannot read file ({exc.strerror})") from exc
    except yaml.YAMLError as exc:
        raise DataError(path.name, None, None, f"invalid YAML: {exc}") from exc
    if not isinstance(raw, dict):
        raise DataError(path.name, None, None, "the top level must be a mapping")
    return raw


M = TypeVar("M", bound=BaseModel)


def validate_entries(
    raw: dict[str, Any], key: str, model: type[M], file: str, id_field: str
) -> Iterator[tuple[str, M]]:
    """Validate each item of ``raw[key]``; yields (entry label, model).

    Pydantic names the failing field but not which item of a long hand-edited list it was in,
    so the label ("methods[3] 'vbank'") is added to the error.
    """
    items = raw.get(key, [])
    if not isinstance(items, list):
        raise DataError(file, None, key, "must be a list")
    for index, item in enumerate(items):
        label = f"{key}[{index}]"
        if isinstance(item, dict) and isinstance(item.get(id_field), str):
            label += f" '{item[id_field]}'"
        try:
            yield label, model.model_validate(item)
        except ValidationError as exc:
            first = exc.errors()[0]
            field = ".".join(str(part) for part in first["loc"]) or None
            raise DataError(file, label, field, first["msg"]) from exc


# ---------------------------------------------------------------------------------------------
# Enums and value models


class MethodCategory(StrEnum):
    """The four tabs of the console's "전자결제 직접 선택" screen."""

    GENERAL = "general"
    EASY_PAY = "easy_pay"
    OVERSEAS = "overseas"
    IDENTITY = "identity"


class PaymentType(StrEnum):
    GENERAL = "general"
    SUBSCRIPTION = "subscription"
    KEYIN = "keyin"


class IntegrationMode(StrEnum):
    WINDOW = "window"  # the PG's payment window (결제창)
    API = "api"  # the merchant builds its own form and calls the API


class SupportStatus(StrEnum):
    YES = "yes"
    NO = "no"
    DISPUTED = "disputed"


class FactStatus(StrEnum):
    CONFIRMED = "confirmed"
    UNVERIFIED = "unverified"


class PgKind(StrEnum):
    GENERAL = "general"
    EASY_PAY = "easy_pay"
    OVERSEAS = "overseas"


class Via(StrEnum):
    DIRECT = "direct"
    PARTNER = "partner"  # "PG 제휴 간편결제": an easy-pay inside a general PG's contract


class AddServiceRoute(StrEnum):
    """How a merchant adds a MID or a method later (HELP service-addition/add-service.md)."""

    PG_ADMIN = "pg_admin"
    REAPPLY = "reapply"
    SUPPORT = "support"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(_Model):
    """A text in Korean and English."""

    ko: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def get(self, lang: Lang) -> str:
        return self.ko if lang is Lang.KO else self.en


def _yaml_bool_to_status(value: Any) -> Any:
    # YAML 1.1 reads a bare `yes`/`no` as a boolean; the data files use them as words.
    if value is True:
        return "yes"
    if value is False:
        return "no"
    return value


class Support(_Model):
    """Whether a PG supports a method for one payment type, how, and how sure we are."""

    status: SupportStatus
    modes: tuple[IntegrationMode, ...] = ()
    note: Text | None = None
    sources: tuple[str, ...] = ()

    @field_validator("status", mode="before")
    @classmethod
    def _status_words(cls, value: Any) -> Any:
        return _yaml_bool_to_status(value)

    @classmethod
    def coerce(cls, value: Any) -> Any:
        """Accept the shorthand ``general: yes`` for ``general: {status: yes}``."""
        value = _yaml_bool_to_status(value)
        return {"status": value} if isinstance(value, str) else value

    @property
    def supported(self) -> bool:
        return self.status is not SupportStatus.NO


NOT_DOCUMENTED = Support(
    status=SupportStatus.NO,
    note=Text(ko="자료에 지원한다는 내용이 없습니다.", en="Our sources do not document it."),
)


class MethodSupportLine(_Model):
    """One line of a PG's support table: some methods and their support per payment type."""

    methods: tuple[str, ...] = Field(min_length=1)
    via: Via = Via.DIRECT
    general: Support | None = None
    subscription: Support | None = None
    keyin: Support | None = None
    recommended: Text | None = None

    @field_validator("general", "subscription", "keyin", mode="before")
    @classmethod
    def _shorthand(cls, value: Any) -> Any:
        return Support.coerce(value)

    def for_type(self, payment_type: PaymentType) -> Support | None:
        return {
            PaymentType.GENERAL: self.general,
            PaymentType.SUBSCRIPTION: self.subscription,
            PaymentType.KEYIN: self.keyin,
        }[payment_type]


class PaymentMethod(_Model):
    code: str = Field(pattern=r"^[a-z0-9_]+$")
    category: MethodCategory
    names: Text
    aliases: tuple[str, ...] = Field(min_length=1)
    pay_method_codes: tuple[str, ...] = ()
    description: Text | None = None

    def name(self, lang: Lang) -> str:
        return self.names.get(lang)


class ContractRef(_Model):
    flow: str
    status: FactStatus


class Pg(_Model):
    code: str = Field(pattern=r"^[a-z0-9_]+$")
    kind: PgKind
    sdk_codes: tuple[str, ...] = Field(min_length=1)
    v2_only: bool = False
    names: Text
    aliases: tuple[str, ...] = Field(min_length=1)
    guide_url: str = Field(pattern=r"^https://developers\.portone\.io/opi/ko/integration/pg/")
    extra_fields: tuple[Text, ...] = ()
    contract: ContractRef
    card_review_url: str | None = Field(default=None, pattern=r"^https://")
    add_service_route: AddServiceRoute
    notes: tuple[Text, ...] = ()
    supports: tuple[MethodSupportLine, ...] = Field(min_length=1)

    def name(self, lang: Lang) -> str:
        return self.names.get(lang)

    def line_for(self, method_code: str) -> MethodSupportLine | None:
        for line in self.supports:
            if method_code in line.methods:
                return line
        return None

    def support(self, method_code: str, payment_type: PaymentType) -> Support:
        """Support for (method, payment type); absent from the data means not documented."""
        line = self.line_for(method_code)
        found = line.for_type(payment_type) if line else None
        return found if found is not None else NOT_DOCUMENTED

    @property
    def method_codes(self) -> tuple[str, ...]:
        return tuple(code for line in self.supports for code in line.methods)


class ContractFlow(_Model):
    id: str
    status: FactStatus
    source: str
    steps: tuple[Text, ...] = Field(min_length=1)


class AmbiguousTerm(_Model):
    """Words that name several entries (or a common word that may name one): ask back."""

    terms: tuple[str, ...] = Field(min_length=1)
    candidates: tuple[str, ...] = Field(min_length=1)


class OtherPg(_Model):
    """A PG PortOne's lists name that this V1 catalog has no support table for (Payletter
    global, KICC overseas, KG INICIS Japan, V2-only names). A question naming one is answered
    by the FAQ entry that says what is known about it, not guessed from a similar-sounding PG."""

    code: str = Field(pattern=r"^[a-z0-9_]+$")
    names: Text
    aliases: tuple[str, ...] = Field(min_length=1)
    entry: str = Field(min_length=1)  # the FAQ entry that answers a question about it
    v2_only: bool = False

    def name(self, lang: Lang) -> str:
        return self.names.get(lang)


@dataclass(frozen=True, slots=True)
class PgSupport:
    """One PG that can take a method for a payment type, as returned by ``Catalog.pgs_for``."""

    pg: Pg
    method: PaymentMethod
    payment_type: PaymentType
    support: Support
    via: Via
    recommended: bool
    reason: Text | None


# ---------------------------------------------------------------------------------------------
# The catalog


@dataclass(frozen=True, slots=True)
class Catalog:
    methods: list[PaymentMethod]
    pgs: list[Pg]
    contract_flows: list[ContractFlow]
    method_ambiguities: list[AmbiguousTerm]
    pg_ambiguities: list[AmbiguousTerm]
    method_blockers: list[str]
    pg_blockers: list[str]
    other_pgs: list[OtherPg] = field(default_factory=list)

    def method(self, code: str) -> PaymentMethod:
        """The method with ``code`` or one of its SDK ``pay_method`` codes; KeyError if none."""
        for method in self.methods:
            if method.code == code:
                return method
        for method in self.methods:
            if code in method.pay_method_codes:
                return method
        raise KeyError(code)

    def pg(self, code: str) -> Pg:
        """The PG with ``code`` or one of its SDK codes ("html5_inicis"); KeyError if none."""
        for pg in self.pgs:
            if pg.code == code or code in pg.sdk_codes:
                return pg
        raise KeyError(code)

    def contract_flow(self, flow_id: str) -> ContractFlow:
        for flow in self.contract_flows:
            if flow.id == flow_id:
                return flow
        raise KeyError(flow_id)

    def methods_in(self, category: MethodCategory) -> list[PaymentMethod]:
        return [method for method in self.methods if method.category is category]

    def support(self, pg_code: str, method_code: str, payment_type: PaymentType) -> Support:
        return self.pg(pg_code).support(self.method(method_code).code, payment_type)

    def pgs_for(
        self,
        method_code: str,
        payment_type: PaymentType | None = None,
        *,
        include_v2_only: bool = False,
    ) -> list[PgSupport]:
        """PGs that support (or may support: disputed) the method for the payment type.

        ``payment_type=None`` means a one-time general payment. Order: recommended first, then
        confirmed before disputed, the easy-pay company's own contract before "PG 제휴"
        partners, then catalog order. PGs that only PortOne V2 offers (KPN) are left out
        unless asked for, because the application this assistant files is for V1.
        """
        method = self.method(method_code)
        ptype = payment_type or PaymentType.GENERAL
        found: list[PgSupport] = []
        for pg in self.pgs:
            if pg.v2_only and not include_v2_only:
                continue
            line = pg.line_for(method.code)
            support = line.for_type(ptype) if line else None
            if line is None or support is None or not support.supported:
                continue
            reason = line.recommended if ptype is PaymentType.GENERAL else None
            found.append(
                PgSupport(pg, method, ptype, support, line.via, reason is not None, reason)
            )

        def rank(item: PgSupport) -> tuple[bool, bool, bool]:
            return (
                not item.recommended,
                item.support.status is SupportStatus.DISPUTED,
                item.via is Via.PARTNER,
            )

        return sorted(found, key=rank)  # sorted() is stable: catalog order breaks ties


# ---------------------------------------------------------------------------------------------
# Loading


def _strings(raw: dict[str, Any], key: str, file: str) -> list[str]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise DataError(file, None, key, "must be a list of strings")
    return list(value)


def _check_unique(codes: list[tuple[str, str]], file: str, what: str) -> None:
    seen: set[str] = set()
    for label, code in codes:
        if code in seen:
            raise DataError(file, label, what, f"duplicate code '{code}'")
        seen.add(code)


def _check_candidates(terms: list[tuple[str, AmbiguousTerm]], known: set[str], file: str) -> None:
    for label, term in terms:
        for index, code in enumerate(term.candidates):
            if code not in known:
                raise DataError(file, label, f"candidates.{index}", f"unknown code '{code}'")


def load_catalog_from(data_dir: Path) -> Catalog:
    """Load and cross-check the catalog in ``data_dir`` (uncached; for tests and the CLI)."""
    raw_methods = read_yaml(data_dir / METHODS_FILE)
    raw_pgs = read_yaml(data_dir / PGS_FILE)

    methods = list(validate_entries(raw_methods, "methods", PaymentMethod, METHODS_FILE, "code"))
    _check_unique([(label, m.code) for label, m in methods], METHODS_FILE, "code")
    method_codes = {m.code for _, m in methods}

    flows = list(validate_entries(raw_pgs, "contract_flows", ContractFlow, PGS_FILE, "id"))
    _check_unique([(label, f.id) for label, f in flows], PGS_FILE, "id")
    flow_ids = {f.id for _, f in flows}

    pgs = list(validate_entries(raw_pgs, "pgs", Pg, PGS_FILE, "code"))
    _check_unique([(label, pg.code) for label, pg in pgs], PGS_FILE, "code")
    for label, pg in pgs:
        if pg.contract.flow not in flow_ids:
            raise DataError(
                PGS_FILE, label, "contract.flow", f"unknown contract flow '{pg.contract.flow}'"
            )
        for line_no, line in enumerate(pg.supports):
            for index, code in enumerate(line.methods):
                if code not in method_codes:
                    field = f"supports.{line_no}.methods.{index}"
                    raise DataError(PGS_FILE, label, field, f"unknown method '{code}'")
        listed = pg.method_codes
        if len(listed) != len(set(listed)):
            raise DataError(PGS_FILE, label, "supports", "a method is listed more than once")

    method_terms = list(
        validate_entries(raw_methods, "ambiguous_terms", AmbiguousTerm, METHODS_FILE, "-")
    )
    _check_candidates(method_terms, method_codes, METHODS_FILE)
    others = list(validate_entries(raw_pgs, "other_pgs", OtherPg, PGS_FILE, "code"))
    _check_unique([(label, o.code) for label, o in others], PGS_FILE, "code")
    pg_terms = list(validate_entries(raw_pgs, "ambiguous_terms", AmbiguousTerm, PGS_FILE, "-"))
    _check_candidates(pg_terms, {pg.code for _, pg in pgs}, PGS_FILE)

    return Catalog(
        methods=[m for _, m in methods],
        pgs=[pg for _, pg in pgs],
        contract_flows=[f for _, f in flows],
        method_ambiguities=[t for _, t in method_terms],
        pg_ambiguities=[t for _, t in pg_terms],
        method_blockers=_strings(raw_methods, "blockers", METHODS_FILE),
        pg_blockers=_strings(raw_pgs, "blockers", PGS_FILE),
        other_pgs=[o for _, o in others],
    )


@cache
def load_catalog() -> Catalog:
    """The packaged catalog, loaded once per process."""
    return load_catalog_from(DATA_DIR)
