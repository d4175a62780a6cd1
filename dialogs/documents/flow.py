"""The documents checklist: which documents the merchant's contracts need, from the business
type (개인 / 법인), the PGs chosen and the line of business. What the conversation already
knows (a business number, a certificate, a selection) is used; only what is missing is asked.

    enter -> type (unless known) -> industry (unless known) -> shown
"""

from __future__ import annotations

from dialogs.business.slots import BusinessSlots
from dialogs.choice import resolve_choice
from dialogs.contracts.slots import ContractsSlots
from dialogs.documents import texts
from dialogs.documents.slots import DocumentsSlots
from dialogs.flow import Ctx, Flow, Outcome
from dialogs.replies import ChoicesReply, Option, Reply, TextReply
from dialogs.selection.slots import SelectionSlots
from dialogs.turns import Turn
from knowledge import bizno
from knowledge import documents as kd
from knowledge.catalog import load_catalog
from knowledge.fields import BusinessType, FieldError, parse_business_type
from knowledge.language import Lang
from knowledge.questions import looks_like_question

NAME = "documents"
TYPE = "type"
INDUSTRY = "industry"
SHOWN = "shown"

ACTION_PREFIX = "docs:"
_TYPE_PREFIX = ACTION_PREFIX + "type:"
_INDUSTRY_PREFIX = ACTION_PREFIX + "industry:"
_NO_INDUSTRY = _INDUSTRY_PREFIX + "none"
_CHANGE_TYPE = ACTION_PREFIX + "change_type"
_CHANGE_INDUSTRY = ACTION_PREFIX + "change_industry"


# -- what the conversation already knows --------------------------------------------------


def business_type(ctx: Ctx) -> BusinessType | None:
    """Answered here, else on the business information, else from a known number's digits."""
    answered = DocumentsSlots.of(ctx.state).business_type
    if answered is not None:
        return BusinessType(answered)
    business = BusinessSlots.of(ctx.state)
    stated = business.fields.get("business_type", "")
    if stated in {t.value for t in BusinessType}:
        return BusinessType(stated)
    number = business.business_number or ContractsSlots.of(ctx.state).business_number
    return _type_of_number(number) if number else None


def _type_of_number(digits: str) -> BusinessType | None:
    if len(digits) != bizno.BUSINESS_NUMBER_LENGTH or not digits.isdigit():
        return None
    kind = bizno.business_kind(digits)
    if kind in (bizno.BusinessKind.OTHER, bizno.BusinessKind.PUBLIC):
        return None  # 80/89 and public bodies: not a plain 개인 or 법인 case
    return BusinessType.CORPORATE if bizno.is_corporate_kind(kind) else BusinessType.INDIVIDUAL


def chosen_pgs(ctx: Ctx) -> list[str]:
    return list(dict.fromkeys(i.pg for i in SelectionSlots.of(ctx.state).items if i.pg))


def industries(ctx: Ctx) -> list[kd.Industry] | None:
    """Answered here, else named by the certificate's 업태/종목; None: still to ask."""
    slots = DocumentsSlots.of(ctx.state)
    if slots.industry_asked:
        return [kd.Industry(i) for i in slots.industries]
    fields = BusinessSlots.of(ctx.state).fields
    found = kd.industries_in(" ".join(fields.get(k, "") for k in ("biz_type", "biz_item")))
    return found or None


# -- the questions ------------------------------------------------------------------------


def _type_options(lang: Lang) -> list[Option]:
    return [
        Option(value=_TYPE_PREFIX + BusinessType.INDIVIDUAL, label=texts.INDIVIDUAL(lang)),
        Option(value=_TYPE_PREFIX + BusinessType.CORPORATE, label=texts.CORPORATE(lang)),
    ]


def _industry_options(lang: Lang) -> list[Option]:
    return [
        *(
            Option(value=_INDUSTRY_PREFIX + i, label=kd.industry_label(i).get(lang))
            for i in kd.Industry
        ),
        Option(value=_NO_INDUSTRY, label=texts.NO_INDUSTRY(lang)),
    ]


def ask_type(ctx: Ctx) -> list[Reply]:
    return [ChoicesReply(text=texts.ASK_TYPE(ctx.lang), options=_type_options(ctx.lang))]


def ask_industry(ctx: Ctx) -> list[Reply]:
    return [ChoicesReply(text=texts.ASK_INDUSTRY(ctx.lang), options=_industry_options(ctx.lang))]


def show(ctx: Ctx) -> list[Reply]:
    kind = business_type(ctx)
    if kind is None:
        return ask_type(ctx)
    lang = ctx.lang
    pgs = chosen_pgs(ctx)
    items = kd.checklist(kind, pgs, industries(ctx) or ())
    label = texts.TYPE_CORPORATE if kind is BusinessType.CORPORATE else texts.TYPE_INDIVIDUAL
    for_pgs = texts.FOR_PGS(lang, pgs=", ".join(_pg_name(p, lang) for p in pgs)) if pgs else ""
    lines = [texts.HEADER(lang, business_type=label(lang), for_pgs=for_pgs)]
    lines += [f"• {_line(item, lang)}" for item in items]
    lines.append(texts.FOOTER(lang))
    after = [
        Option(value=_CHANGE_TYPE, label=texts.CHANGE_TYPE(lang)),
        Option(value=_CHANGE_INDUSTRY, label=texts.CHANGE_INDUSTRY(lang)),
    ]
    return [TextReply(text="\n".join(lines)), ChoicesReply(text=texts.AFTER(lang), options=after)]


def _line(item: kd.Document, lang: Lang) -> str:
    details: list[str] = []
    if item.copies > 1:
        details.append(texts.COPIES(lang, count=item.copies))
    if item.pgs:
        details.append(texts.EACH_PG(lang, pgs=", ".join(_pg_name(p, lang) for p in item.pgs)))
    if item.original:
        details.append(texts.ORIGINAL(lang))
    if item.holder is not None:
        details.append(item.holder.get(lang))
    if item.issued_within_days is not None:
        details.append(texts.RECENT(lang, months=item.issued_within_days // 30))
    if item.note is not None:
        details.append(item.note.get(lang))
    if item.only_if is not None:
        details.append(texts.ONLY_IF(lang, condition=item.only_if.get(lang)))
    name = item.name.get(lang)
    return f"{name} — {', '.join(details)}" if details else name


def _pg_name(code: str, lang: Lang) -> str:
    try:
        return load_catalog().pg(code).names.get(lang)
    except KeyError:
        return code


# -- the steps ----------------------------------------------------------------------------


def advance(ctx: Ctx, *before: Reply) -> Outcome:
    """The first thing still missing, asked; else the checklist."""
    if business_type(ctx) is None:
        return Outcome(replies=[*before, *ask_type(ctx)], next_step=TYPE)
    if industries(ctx) is None:
        return Outcome(replies=[*before, *ask_industry(ctx)], next_step=INDUSTRY)
    return Outcome(replies=[*before, *show(ctx)], next_step=SHOWN)


def type_step(ctx: Ctx, turn: Turn) -> Outcome:
    chosen = resolve_choice(turn, _type_options(ctx.lang))
    if chosen is not None:
        DocumentsSlots.of(ctx.state).business_type = chosen.removeprefix(_TYPE_PREFIX)
        return advance(ctx)
    # A question ("법인도 같은 서류예요?") is answered by the router, never taken as the answer.
    if turn.action is None and turn.text.strip() and not looks_like_question(turn.text):
        typed = _typed_type(turn.text)
        if typed is not None:
            DocumentsSlots.of(ctx.state).business_type = typed.value
            return advance(ctx)
        number = bizno.find_business_number(turn.text)
        if isinstance(number, bizno.BusinessNumber):
            found = _type_of_number(number.digits)
            if found is None:
                unclear = TextReply(text=texts.TYPE_FROM_NUMBER_UNCLEAR(ctx.lang))
                return Outcome(replies=[unclear, *ask_type(ctx)])
            DocumentsSlots.of(ctx.state).business_type = found.value
            return advance(ctx)
    return Outcome(replies=ask_type(ctx), fallback=True)


# Words that answer "개인 or 법인?" in a sentence ("개인이에요", "we're a corporation").
_TYPE_WORDS = {
    BusinessType.INDIVIDUAL: ("개인", "individual", "sole"),
    BusinessType.CORPORATE: ("법인", "corporat", "company"),
}


def _typed_type(text: str) -> BusinessType | None:
    parsed = parse_business_type(text)
    if not isinstance(parsed, FieldError):
        return BusinessType(parsed)
    folded = text.casefold()
    if len(folded) > 60:
        return None
    found = [kind for kind, words in _TYPE_WORDS.items() if any(w in folded for w in words)]
    return found[0] if len(found) == 1 else None


def industry_step(ctx: Ctx, turn: Turn) -> Outcome:
    slots = DocumentsSlots.of(ctx.state)
    chosen = resolve_choice(turn, _industry_options(ctx.lang))
    if chosen is not None:
        picked = chosen.removeprefix(_INDUSTRY_PREFIX)
        slots.industries = [] if chosen == _NO_INDUSTRY else [picked]
        slots.industry_asked = True
        return advance(ctx)
    if turn.action is None and looks_like_question(turn.text):
        return Outcome(replies=ask_industry(ctx), fallback=True)
    named = kd.industries_in(turn.text) if turn.action is None else []
    if not named and turn.action is None and _means_none(turn.text):
        slots.industries, slots.industry_asked = [], True
        return advance(ctx)
    if named:
        slots.industries = [i.value for i in named]
        slots.industry_asked = True
        return advance(ctx)
    return Outcome(replies=ask_industry(ctx), fallback=True)


_NONE_WORDS = ("없", "아니", "해당무", "no", "none", "nope", "neither")


def _means_none(text: str) -> bool:
    folded = "".join(text.casefold().split())
    return bool(folded) and len(folded) <= 20 and folded.startswith(_NONE_WORDS)


def shown_step(ctx: Ctx, turn: Turn) -> Outcome:
    slots = DocumentsSlots.of(ctx.state)
    if turn.action == _CHANGE_TYPE:
        slots.business_type = None
        return Outcome(replies=ask_type(ctx), next_step=TYPE)
    if turn.action == _CHANGE_INDUSTRY:
        slots.industry_asked = False
        return Outcome(replies=ask_industry(ctx), next_step=INDUSTRY)
    return Outcome(replies=show(ctx), fallback=True)


def build() -> Flow:
    return Flow(
        name=NAME,
        start_step=TYPE,
        steps={TYPE: type_step, INDUSTRY: industry_step, SHOWN: shown_step},
        prompts={TYPE: ask_type, INDUSTRY: ask_industry, SHOWN: show},
        on_enter=advance,
        glossary=texts.GLOSSARY,
    )
