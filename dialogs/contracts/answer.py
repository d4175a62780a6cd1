"""How a business's contracts are shown: per PG, methods, status, date, the MID masked."""

from __future__ import annotations

from collections.abc import Sequence

from dialogs.contracts import texts
from dialogs.contracts.port import ContractView
from dialogs.replies import Reply, TableReply, TextReply
from knowledge.bizno import BusinessNumber
from knowledge.catalog import load_catalog
from knowledge.language import Lang
from knowledge.matcher import extract_pgs


def pgs_named(text: str) -> list[str]:
    """Catalog codes of the PGs ``text`` names. An ambiguous name ("토스") counts for each PG
    it may mean: for a lookup, showing one contract too many beats hiding one. A term that is
    ambiguous only because it is a common word ("nice") does not filter."""
    found = extract_pgs(text)
    codes = list(found.values)
    for ambiguity in found.ambiguous:
        if len(ambiguity.candidates) > 1:
            codes += ambiguity.candidates
    return list(dict.fromkeys(codes))


def canonical_pg(code: str) -> str:
    """The catalog code of a stored PG code ("html5_inicis" -> "inicis")."""
    try:
        return load_catalog().pg(code).code
    except KeyError:
        return code


def pg_name(code: str, lang: Lang) -> str:
    try:
        return load_catalog().pg(code).name(lang)
    except KeyError:
        return code


def method_name(code: str, lang: Lang) -> str:
    try:
        return load_catalog().method(code).name(lang)
    except KeyError:
        return code


def pg_list(codes: Sequence[str], lang: Lang) -> str:
    return ", ".join(dict.fromkeys(pg_name(code, lang) for code in codes))


def kind_label(number: BusinessNumber, lang: Lang) -> str:
    return texts.KINDS[number.kind](lang)


def _status(contract: ContractView, lang: Lang) -> str:
    if contract.status == "terminated" and contract.end_date is not None:
        return texts.TERMINATED_ON(lang, date=contract.end_date.isoformat())
    label = texts.STATUSES.get(contract.status)
    return label(lang) if label is not None else contract.status


def contracts_table(
    number: BusinessNumber, contracts: Sequence[ContractView], lang: Lang
) -> TableReply:
    ordered = sorted(
        contracts,
        key=lambda c: (pg_name(c.pg, lang), c.contract_date.isoformat() if c.contract_date else ""),
    )
    rows = [
        [
            pg_name(c.pg, lang),
            ", ".join(method_name(m, lang) for m in c.methods),
            _status(c, lang),
            c.contract_date.isoformat() if c.contract_date else texts.NO_DATE(lang),
            c.mid_masked or texts.NO_MID(lang),
        ]
        for c in ordered
    ]
    title = texts.TABLE_TITLE(lang, number=number.formatted, kind=kind_label(number, lang))
    return TableReply(title=title, columns=texts.COLUMNS(lang).split("|"), rows=rows)


def disclosed(
    number: BusinessNumber, contracts: Sequence[ContractView], pgs: Sequence[str], lang: Lang
) -> list[Reply]:
    """The answer for someone verified for ``number``; ``pgs`` filters when not empty."""
    wanted = set(pgs)
    matching = [c for c in contracts if not wanted or canonical_pg(c.pg) in wanted]
    replies: list[Reply] = []
    if wanted and not matching:
        none = texts.NONE_FOR_PGS(lang, number=number.formatted, pgs=pg_list(pgs, lang))
        replies.append(TextReply(text=none))
        if contracts:
            replies += [
                TextReply(text=texts.OTHER_PGS(lang)),
                contracts_table(number, contracts, lang),
            ]
    elif matching:
        replies.append(contracts_table(number, matching, lang))
    else:
        kind = kind_label(number, lang)
        replies.append(TextReply(text=texts.NONE_FOUND(lang, number=number.formatted, kind=kind)))
    replies.append(TextReply(text=texts.MID_NOTE(lang)))
    return replies
