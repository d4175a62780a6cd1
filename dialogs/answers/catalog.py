"""The catalog's facts about a support question, in the merchant's language.

Says exactly what ``knowledge.catalog_query.resolve`` found. Where the sources disagree the
merchant hears that it needs confirming; the catalog's notes on a disputed fact (which source
says what) are written for agents and stay out of this answer.
"""

from __future__ import annotations

from dialogs.answers import texts
from knowledge.catalog import (
    IntegrationMode,
    PaymentType,
    PgKind,
    SupportStatus,
    load_catalog,
)
from knowledge.catalog_query import CatalogFacts, CatalogQuery, PgFinding
from knowledge.language import Lang
from knowledge.normalize import is_hangul

# Latin letters whose Korean reading ends in a consonant (엘, 엠, 엔, 알): "KSNET는" but "M은".
_LATIN_CONSONANT_END = frozenset("lmnr")


def _has_final(word: str) -> bool:
    """Whether Korean reads ``word`` with a final consonant (for 은/는, 이/가, 을/를)."""
    last = word.rstrip(" )")[-1:] or "a"
    if is_hangul(last):
        return (ord(last) - 0xAC00) % 28 != 0
    if last.isdigit():
        return last in "013678"  # 영, 일, 삼, 육, 칠, 팔
    return last.casefold() in _LATIN_CONSONANT_END


def _josa(word: str, after_consonant: str, after_vowel: str) -> str:
    return word + (after_consonant if _has_final(word) else after_vowel)


def _method_name(code: str, lang: Lang) -> str:
    return load_catalog().method(code).name(lang)


def _modes(modes: tuple[IntegrationMode, ...], lang: Lang) -> str:
    if not modes:
        return ""
    names = texts.JOIN(lang).join(texts.MODE_NAMES[m.value](lang) for m in modes)
    return texts.MODES(lang, modes=names)


def _what(
    query: CatalogQuery, methods: tuple[str, ...], lang: Lang, *, with_methods: bool = False
) -> str:
    """ "신용카드 정기결제", "subscription (recurring) payment", "간편결제 (API 방식)"."""
    ptype = texts.TYPE_NAMES[(query.payment_type or PaymentType.GENERAL).value](lang)
    if query.method is not None:
        named = _method_name(query.method, lang)
    elif methods and (query.method_group or query.payment_type is None or with_methods):
        named = texts.JOIN(lang).join(_method_name(m, lang) for m in methods)
    else:
        named = ""
    if query.payment_type is None and named:
        what = named
    elif named:
        what = texts.WHAT(lang, method=named, ptype=ptype)
    elif query.payment_type is not None:
        what = ptype
    else:
        what = texts.ALL_METHODS(lang)
    if query.mode is not None:
        what = texts.WHAT_MODE(lang, what=what, mode=texts.MODE_NAMES[query.mode.value](lang))
    return what


def _one_pg(facts: CatalogFacts, finding: PgFinding, lang: Lang) -> str:
    pg = finding.pg.name(lang)
    query = facts.query
    named_methods = query.method is None and finding.status is not SupportStatus.NO
    # "KCP 정기결제 되나요?": the answer names the methods it is about.
    methods = finding.methods if (query.method_group or named_methods) else ()
    what = _what(query, methods, lang, with_methods=named_methods)
    values = {
        "pg": pg,
        "pg_topic": _josa(pg, "은", "는"),
        "pg_subj": _josa(pg, "이", "가"),
        "what": what,
        "what_obj": _josa(what, "을", "를"),
    }
    if finding.status is SupportStatus.NO:
        if finding.stated_no:
            reasons = " ".join(r.get(lang) for r in finding.stated_no)
            return texts.PG_NO_STATED(lang, reasons=reasons, **values)
        return texts.PG_NO(lang, **values)
    if finding.status is SupportStatus.DISPUTED:
        return texts.PG_DISPUTED(lang, **values)
    said = texts.PG_YES(lang, modes=_modes(finding.modes, lang), **values)
    if finding.partner and query.method is not None:
        said += texts.PARTNER(lang, pg=pg)
    v2_only = _v2_only(finding.pg.code, lang)
    return f"{said}\n{v2_only}" if v2_only else said


def _v2_only(pg_code: str, lang: Lang) -> str:
    """The V2-only line for a PG this V1 application cannot file ("" for the others)."""
    pg = load_catalog().pg(pg_code)
    if not pg.v2_only:
        return ""
    name = pg.name(lang)
    return texts.V2_ONLY(lang, pg=name, pg_topic=_josa(name, "은", "는"))


def _overview(facts: CatalogFacts, pg_code: str, lang: Lang) -> str:
    pg = load_catalog().pg(pg_code).name(lang)
    lines = [texts.OVERVIEW_HEAD(lang, pg=pg, pg_subj=_josa(pg, "이", "가"))]
    v2_only = _v2_only(pg_code, lang)
    if v2_only:
        lines.insert(0, v2_only)
    for found in facts.overview:
        ptype = texts.TYPE_NAMES[found.payment_type.value](lang)
        if found.methods:
            names = texts.JOIN(lang).join(_method_name(m, lang) for m in found.methods)
            lines.append(
                texts.OVERVIEW_LINE(
                    lang, ptype=ptype, methods=names, modes=_modes(found.modes, lang)
                )
            )
        if found.disputed:
            names = texts.JOIN(lang).join(_method_name(m, lang) for m in found.disputed)
            lines.append(texts.OVERVIEW_DISPUTED(lang, ptype=ptype, methods=names))
    return "\n".join(lines)


def _listing(facts: CatalogFacts, lang: Lang) -> str:
    query = facts.query
    what = _what(query, query.method_group if query.method_group else (), lang)
    values = {"what": what, "what_obj": _josa(what, "을", "를")}
    confirmed = [f for f in facts.findings if f.status is SupportStatus.YES]
    disputed = [f for f in facts.findings if f.status is SupportStatus.DISPUTED]
    if not confirmed and not disputed:
        return texts.LIST_NONE(lang, **values)
    lines = [texts.LIST_HEAD(lang, **values)]
    for found in confirmed:
        partner = texts.LIST_PARTNER(lang) if found.partner else ""
        label = found.pg.name(lang)
        if query.method is None and (query.method_group or query.payment_type):
            names = texts.JOIN(lang).join(_method_name(m, lang) for m in found.methods)
            label += f": {names}"
        lines.append(
            texts.LIST_LINE(lang, pg=label, modes=_modes(found.modes, lang), partner=partner)
        )
    if disputed:
        names = texts.JOIN(lang).join(f.pg.name(lang) for f in disputed)
        lines.append(texts.LIST_DISPUTED(lang, pgs=names))
    lines.append(texts.LIST_FOOT(lang))
    return "\n".join(lines)


# The groups of PortOne's PG readme (domain-facts.md §1), in its order.
_KIND_ORDER = (PgKind.GENERAL, PgKind.EASY_PAY, PgKind.OVERSEAS)


def _directory(facts: CatalogFacts, lang: Lang) -> str:
    """Every PG the application can file, grouped as PortOne's docs group them; then the
    names PortOne lists that this application cannot file (V2 only, still being confirmed)."""
    lines = [texts.DIRECTORY_HEAD(lang)]
    for kind in _KIND_ORDER:
        names = [f.pg.name(lang) for f in facts.findings if f.pg.kind is kind]
        if names:
            group = texts.DIRECTORY_GROUPS[kind.value](lang)
            lines.append(texts.DIRECTORY_LINE(lang, group=group, pgs=texts.JOIN(lang).join(names)))
    catalog = load_catalog()
    elsewhere = [pg.name(lang) for pg in catalog.pgs if pg.v2_only]
    elsewhere += [other.name(lang) for other in catalog.other_pgs if other.v2_only]
    if elsewhere:
        lines.append(texts.DIRECTORY_V2(lang, pgs=texts.JOIN(lang).join(elsewhere)))
    unconfirmed = [other.name(lang) for other in catalog.other_pgs if not other.v2_only]
    if unconfirmed:
        lines.append(texts.DIRECTORY_UNCONFIRMED(lang, pgs=texts.JOIN(lang).join(unconfirmed)))
    lines.append(texts.DIRECTORY_FOOT(lang))
    return "\n".join(lines)


def option_label(query: CatalogQuery, lang: Lang) -> str:
    """One reading of a capability question, short enough for a button: "NHN KCP 정기결제",
    "PGs with key-in (manual card entry) payment"."""
    what = _what(query, query.method_group, lang)
    if query.pg is not None:
        return texts.OPTION_ONE_PG(lang, pg=load_catalog().pg(query.pg).name(lang), what=what)
    return texts.OPTION_WHICH_PGS(lang, what=what)


def render(facts: CatalogFacts, lang: Lang) -> str:
    """The answer to a support question, from the facts the catalog gave."""
    query = facts.query
    if query.all_pgs:
        return _directory(facts, lang)
    if query.pg is not None and facts.overview:
        return _overview(facts, query.pg, lang)
    if query.pg is not None and facts.findings:
        return _one_pg(facts, facts.findings[0], lang)
    return _listing(facts, lang)
