"""Business information: the certificate read by OCR and checked, the representative, the
contact person and the service, a final summary, then "Finish" saves it and verifies the
merchant for the business number.

Steps (see ``navigation``): upload → reading → [field.reg_no] → [mismatch] → check →
[field.<certificate field> …] → field.<detail> … / contact → summary → done. Every step also
takes the details form (a Slack modal) and free-text corrections ("대표자는 홍길동").
"""

from __future__ import annotations

import re

from dialogs.business import cancelling, cards, reading, texts
from dialogs.business import fields as bf
from dialogs.business import navigation as nav
from dialogs.business.corrections import (
    Correction,
    parse_correction,
    parse_corrections,
    value_of,
)
from dialogs.business.port import BUSINESS_PORT
from dialogs.business.slots import BusinessSlots
from dialogs.business.update import (
    carried_by_certificate,
    copy_representative_to_contact,
    set_field,
)
from dialogs.choice import resolve_choice
from dialogs.contracts.slots import ContractsSlots
from dialogs.effects import Effect, SaveBusiness
from dialogs.filing import file_applications, ready_to_file
from dialogs.flow import Ctx, Flow, Outcome, PromptFn, StepFn
from dialogs.handoff.request import VERIFY_NUMBER, request_human
from dialogs.replies import ChoicesReply, Option, Reply, TextReply
from dialogs.selection import extras
from dialogs.selection import prompts as selection_prompts
from dialogs.selection.slots import SelectionSlots
from dialogs.speech import SelfCorrection, lead_in, not_a_value
from dialogs.state import ConversationState
from dialogs.turns import Turn
from knowledge.bizno import normalize_digits
from knowledge.fields import ServiceKind
from knowledge.language import Lang

NAME = nav.NAME
SELECTION_ACTION = "menu:selection"


# -- what every step understands ----------------------------------------------------------


def _form(ctx: Ctx, turn: Turn) -> Outcome:
    """The details form, submitted at once: keep the valid values, return the errors."""
    assert turn.form is not None
    submitted = {k: v.strip() for k, v in turn.form.items()}
    today = ctx.ports.now().date()
    errors: dict[str, str] = {}
    copied: set[str] = set()
    if not any(submitted.get(name) for name in bf.CONTACT_FIELDS):
        # Contact left empty: the representative is the contact.
        copied = set(bf.CONTACT_FIELDS)
        for target, source in bf.REPRESENTATIVE_CONTACT.items():
            value = submitted.get(source) or BusinessSlots.of(ctx.state).fields.get(source, "")
            submitted[target] = value.split(",")[0].strip() if target == "contact_name" else value
    for spec in bf.DETAIL_FIELDS:
        if spec.name not in submitted:
            continue
        parsed = bf.parse_field(
            spec.name, submitted[spec.name], BusinessSlots.of(ctx.state).fields, today
        )
        if parsed.value is None:
            if spec.name not in copied:  # a copied value's error shows at its source
                errors[spec.name] = texts.ERRORS[parsed.error or "invalid"](ctx.lang)
        else:
            set_field(ctx, spec.name, parsed.value)
    if errors:
        form = cards.details_form(
            BusinessSlots.of(ctx.state), ctx.lang, errors, submitted=turn.form
        )
        return Outcome(replies=[TextReply(text=texts.FORM_HAS_ERRORS(ctx.lang)), form])
    return nav.advance(ctx)


def _apply(ctx: Ctx, turn: Turn, name: str, value: str) -> str | None:
    """Set field ``name`` from typed ``value``; the error to show, or None when set."""
    if bf.SPECS[name].choices:
        chosen = resolve_choice(
            turn.model_copy(update={"text": value, "action": None}),
            nav.choice_options(name, ctx.lang),
        )
        if chosen is not None:
            set_field(ctx, name, chosen)
            return None
    parsed = bf.parse_field(name, value, BusinessSlots.of(ctx.state).fields, ctx.ports.now().date())
    if parsed.value is None:
        return texts.ERRORS[parsed.error or "invalid"](ctx.lang)
    set_field(ctx, name, parsed.value)
    return None


def _correct_many(ctx: Ctx, turn: Turn, corrections: list[Correction]) -> Outcome:
    """Several fields in one message ("휴대폰: …, 이메일: …, 서비스명: …"): each set or its error
    said. As with the form, a contact left out is the representative, a memo left out is none,
    and a URL given makes it a web service."""
    slots = BusinessSlots.of(ctx.state)
    named = {c.field for c in corrections}
    if "service_url" in named and "service_kind" not in named | set(slots.fields):
        set_field(ctx, "service_kind", ServiceKind.WEB.value)
    lines: list[str] = []
    done: list[str] = []
    for correction in corrections:
        error = _apply(ctx, turn, correction.field, correction.value)
        label = cards.label(correction.field, ctx.lang)
        if error is None:
            done.append(label)
        else:
            lines.append(f"{label}: {error}")
    if not any(n in slots.fields for n in bf.CONTACT_FIELDS):
        copy_representative_to_contact(ctx)
    for spec in bf.DETAIL_FIELDS:
        if spec.name not in slots.fields and bf.is_optional_now(spec, slots.fields):
            set_field(ctx, spec.name, "")  # an optional field left out: none (memo, app URL)
    if done:
        lines.insert(0, texts.SAVED_MANY(ctx.lang, labels=", ".join(done)))
    return nav.advance(ctx, TextReply(text="\n".join(lines)))


def _correct(ctx: Ctx, turn: Turn, allowed: set[str]) -> Outcome | None:
    """A free-text correction of one field (or several, "label: value" each), or None when
    the text names no field."""
    many = parse_corrections(turn.text, allowed)
    if many:
        return _correct_many(ctx, turn, many)
    correction = parse_correction(turn.text, allowed)
    if correction is None:
        return None
    name = correction.field
    label = cards.label(name, ctx.lang)
    if bf.SPECS[name].choices:
        chosen = resolve_choice(
            turn.model_copy(update={"text": correction.value, "action": None}),
            nav.choice_options(name, ctx.lang),
        )
        if chosen is not None:
            set_field(ctx, name, chosen)
            return nav.advance(ctx, TextReply(text=texts.CORRECTED(ctx.lang, label=label)))
    today = ctx.ports.now().date()
    parsed = bf.parse_field(name, correction.value, BusinessSlots.of(ctx.state).fields, today)
    if parsed.value is None:
        error = texts.ERRORS[parsed.error or "invalid"](ctx.lang)
        again = nav.prompt(ctx, ctx.state.step)
        return Outcome(replies=[TextReply(text=f"{label}: {error}"), *again])
    set_field(ctx, name, parsed.value)
    return nav.advance(ctx, TextReply(text=texts.CORRECTED(ctx.lang, label=label)))


def _known_fields(ctx: Ctx) -> set[str]:
    return {spec.name for spec in bf.applicable(BusinessSlots.of(ctx.state).fields)}


def _common(ctx: Ctx, turn: Turn) -> Outcome | None:
    if turn.form is not None:
        return _form(ctx, turn)
    if turn.text.strip() and BusinessSlots.of(ctx.state).card_confirmed:
        return _correct(ctx, turn, _known_fields(ctx))
    return None


def _step(handler: StepFn) -> StepFn:
    def step(ctx: Ctx, turn: Turn) -> Outcome:
        if turn.form is not None:
            return _form(ctx, turn)
        said = lead_in(turn.text) if turn.action is None else None
        if said is not None:
            # "아 아니 상호는 …", "sorry, I meant …": read without the lead-in.
            fixed = _meant_last(ctx, said)
            if fixed is not None:
                return fixed
            turn = turn.model_copy(update={"text": said.text})
        return handler(ctx, turn)

    return step


def _meant_last(ctx: Ctx, said: SelfCorrection) -> Outcome | None:
    """ "Sorry, I meant Sky Mall" right after a field was answered, while the next one is
    asked: a correction of the field just answered (no label needed), and the question now
    asked is asked again. None when it is not that (a label names the field, say)."""
    state = ctx.state
    if not said.meant or not state.step.startswith(nav.FIELD_PREFIX) or not state.history:
        return None
    if parse_correction(said.text, _known_fields(ctx)) is not None:
        return None
    last = state.history[-1]
    name = last.step.removeprefix(nav.FIELD_PREFIX)
    if last.flow != NAME or last.step == state.step or name not in bf.SPECS:
        return None
    if not last.step.startswith(nav.FIELD_PREFIX) or bf.SPECS[name].choices:
        return None
    slots = BusinessSlots.of(state)
    if name not in slots.fields:
        return None
    label = cards.label(name, ctx.lang)
    parsed = bf.parse_field(name, value_of(said.text), slots.fields, ctx.ports.now().date())
    again = nav.prompt(ctx, state.step)
    if parsed.value is None:
        error = texts.ERRORS[parsed.error or "invalid"](ctx.lang)
        return Outcome(replies=[TextReply(text=f"{label}: {error}"), *again])
    set_field(ctx, name, parsed.value)
    return Outcome(replies=[TextReply(text=texts.CORRECTED(ctx.lang, label=label)), *again])


# -- the steps ----------------------------------------------------------------------------


# "직접 입력할게요", "can I type it in?": the merchant means to type what the file holds.
_TYPE_IT_IN = re.compile(
    r"직접|수기로|손으로|입력할|입력하|입력해|타이핑|\btype\b|\btyping\b|manual|\benter\b",
    re.IGNORECASE,
)


def _upload(ctx: Ctx, turn: Turn) -> Outcome:
    # A business number or "I'll type it" is not a miss to hand to an agent: say why the
    # file is needed (anything else may be a question for the FAQ).
    typed = turn.text.strip()
    if typed and (len(normalize_digits(typed)) == 10 or _TYPE_IT_IN.search(typed)):
        said = TextReply(text=texts.TYPED_INSTEAD_OF_UPLOAD(ctx.lang))
        return Outcome(replies=[said, *nav.prompt(ctx, nav.UPLOAD)])
    # Anything else goes back to the router: the FAQ, another journey, or (a question nothing
    # answers) "no confident answer" without counting a miss.
    return Outcome(replies=nav.prompt(ctx, nav.UPLOAD), fallback=True)


def _reading(ctx: Ctx, turn: Turn) -> Outcome:
    # A correction is kept for when it is read; a question while the job runs goes to the
    # FAQ; anything else hears "still reading".
    noted = reading.while_reading(ctx, turn)
    if noted is not None:
        return noted
    return Outcome(replies=nav.prompt(ctx, nav.READING), fallback=True)


def _mismatch(ctx: Ctx, turn: Turn) -> Outcome:
    chosen = resolve_choice(turn, nav.mismatch_options(ctx))
    slots = BusinessSlots.of(ctx.state)
    if chosen == nav.MISMATCH_CERTIFICATE:
        slots.conflicting_number = None
        return nav.advance(ctx)
    if chosen == nav.MISMATCH_EARLIER:
        earlier = bf.display("reg_no", slots.conflicting_number or "")
        ctx.state.put(BusinessSlots())
        reply = TextReply(text=texts.MISMATCH_UPLOAD_RIGHT_ONE(ctx.lang, number=earlier))
        return Outcome(replies=[reply], next_step=nav.UPLOAD)
    return Outcome(replies=nav.prompt(ctx, nav.MISMATCH), fallback=True)


def _check(ctx: Ctx, turn: Turn) -> Outcome:
    options = cards.certificate_card(BusinessSlots.of(ctx.state), ctx.lang).options
    chosen = resolve_choice(turn, options, extra={cards.CONFIRM: ("네", "yes", "ok", "맞아요")})
    slots = BusinessSlots.of(ctx.state)
    if chosen == cards.CONFIRM:
        slots.card_confirmed = True
        slots.unsure = []
        before: list[Reply] = []
        if bf.first_unfilled(slots.fields, bf.CERTIFICATE_FIELDS) is not None:
            before.append(TextReply(text=texts.MISSING_INTRO(ctx.lang)))
        return nav.advance(ctx, *before)
    if chosen == cards.REUPLOAD:
        ctx.state.put(BusinessSlots(fields=_typed(slots)))
        return Outcome(replies=nav.prompt(ctx, nav.UPLOAD), next_step=nav.UPLOAD)
    certificate = {spec.name for spec in bf.CERTIFICATE_FIELDS} | {"birth_date"}
    corrected = _correct(ctx, turn, certificate)
    if corrected is not None:
        return corrected
    unknown = TextReply(text=texts.CORRECTION_UNKNOWN(ctx.lang))
    return Outcome(replies=[unknown, *nav.prompt(ctx, nav.CHECK)], fallback=True)


def _typed(slots: BusinessSlots) -> dict[str, str]:
    """The details the merchant typed (kept when a new certificate is uploaded)."""
    certificate = {spec.name for spec in bf.CERTIFICATE_FIELDS} | {"birth_date"}
    return {k: v for k, v in slots.fields.items() if k not in certificate}


# Said at a row reopened from the summary by a merchant who changed their mind: the value
# stays (it was stored as the trade name, "완료", before).
_KEEP_WORDS = frozenset(
    {
        "완료",
        "그대로",
        "그대로요",
        "그대로둘게요",
        "그대로두세요",
        "그대로할게요",
        "괜찮아요",
        "됐어요",
        "수정안함",
        "안고칠게요",
        "취소",
        "finish",
        "done",
        "keep",
        "keepit",
        "keepitasis",
        "asis",
        "nochange",
        "nevermind",
        "cancel",
    }
)


def _keeps_value(text: str) -> bool:
    return re.sub(r"[\s.!,~]", "", text).casefold() in _KEEP_WORDS


def _field(name: str) -> StepFn:
    spec = bf.SPECS[name]

    def step(ctx: Ctx, turn: Turn) -> Outcome:
        stored = BusinessSlots.of(ctx.state).fields.get(name)
        if stored and turn.action is None and _keeps_value(turn.text):
            return nav.advance(ctx)
        typed = turn.text if turn.action is None and not spec.choices else ""
        kind = not_a_value(typed, none_is_a_value=name == "memo") if typed else None
        if kind is not None:
            # "잠깐만요", "skip", "네": nothing stored, the question kept.
            label = cards.label(name, ctx.lang)
            if ctx.lang is Lang.EN:
                label = label[:1].lower() + label[1:]  # said mid-sentence
            said = texts.PAUSED if kind == "pause" else texts.NOT_A_VALUE
            again = nav.prompt(ctx, nav.field_step(name))
            return Outcome(replies=[TextReply(text=said(ctx.lang, label=label)), *again])
        many = parse_corrections(turn.text, _known_fields(ctx)) if turn.action is None else []
        if many:
            return _correct_many(ctx, turn, many)
        if spec.choices:
            chosen = resolve_choice(turn, nav.choice_options(name, ctx.lang))
            if chosen is not None:
                set_field(ctx, name, chosen)
                return nav.advance(ctx)
        today = ctx.ports.now().date()
        parsed = bf.parse_field(name, turn.text, BusinessSlots.of(ctx.state).fields, today)
        if parsed.value is not None and turn.action is None:
            set_field(ctx, name, parsed.value)
            return nav.advance(ctx)
        # Maybe a correction of another field ("주소: …") while this one is asked.
        if BusinessSlots.of(ctx.state).card_confirmed and turn.text.strip():
            corrected = _correct(ctx, turn, _known_fields(ctx) - {name})
            if corrected is not None:
                return corrected
        error = texts.ERRORS[parsed.error or "invalid"](ctx.lang)
        return Outcome(
            replies=[TextReply(text=error), *nav.prompt(ctx, nav.field_step(name))], fallback=True
        )

    return step


# "same as representative", "대표자랑 같아요", "저예요": the contact is the representative;
# "someone else", "다른 분이에요": another person (either language, whatever was shown).
_CONTACT_SAME = re.compile(
    r"\bsame(\s+as)?(\s+the)?\s+(representative|ceo|owner|above)|\b(it'?s\s+)?me\b|"
    r"대표(자|님)?\s*(와|과|랑|이랑|하고)?\s*(같|동일|똑같)|^\s*(저|제가|본인)(예요|이에요|입니다|요)?\s*[.!]?\s*$",
    re.IGNORECASE,
)
_CONTACT_OTHER = re.compile(
    r"\b(someone|somebody)\s+else\b|\b(a\s+)?different\s+person\b|다른\s*(사람|분|담당자)",
    re.IGNORECASE,
)


def _contact(ctx: Ctx, turn: Turn) -> Outcome:
    chosen = resolve_choice(turn, nav.contact_options(ctx.lang))
    if chosen is None and turn.action is None:
        if _CONTACT_SAME.search(turn.text):
            chosen = nav.CONTACT_SAME
        elif _CONTACT_OTHER.search(turn.text):
            chosen = nav.CONTACT_OTHER
    if chosen == nav.CONTACT_SAME:
        if copy_representative_to_contact(ctx):
            return nav.advance(ctx)
        reply = TextReply(text=texts.NEEDS_REPRESENTATIVE_FIRST(ctx.lang))
        step = nav.field_step("contact_name")
        return Outcome(replies=[reply, *nav.prompt(ctx, step)], next_step=step)
    if chosen == nav.CONTACT_OTHER:
        step = nav.field_step("contact_name")
        return Outcome(replies=nav.prompt(ctx, step), next_step=step)
    common = _common(ctx, turn)
    if common is not None:
        return common
    return Outcome(replies=nav.prompt(ctx, nav.CONTACT), fallback=True)


# "fix 3", "3번 수정", "수정 3": a field of the final check by its number.
_FIX_NUMBER = re.compile(
    r"^\s*(?:(?:fix|change|edit|수정|고치기)\s*(\d{1,2})\s*번?|(\d{1,2})\s*번?\s*"
    r"(?:fix|change|edit|수정|고칠게요|고쳐\s*주세요|바꿀게요|바꿔\s*주세요)?)\s*[.!]?\s*$",
    re.IGNORECASE,
)


def _fix_by_number(ctx: Ctx, turn: Turn) -> Outcome | None:
    if turn.action is not None and turn.action.startswith(cards.FIX_PREFIX):
        text = turn.action.removeprefix(cards.FIX_PREFIX)
    elif turn.action is None:
        text = turn.text
    else:
        return None
    found = _FIX_NUMBER.match(text)
    if found is None:
        return None
    names = cards.summary_names(BusinessSlots.of(ctx.state))
    number = int(found.group(1) or found.group(2))
    if not 1 <= number <= len(names):
        return None
    step = nav.field_step(names[number - 1])
    return Outcome(replies=nav.prompt(ctx, step), next_step=step)


def _finish_or_row_one(ctx: Ctx) -> Outcome:
    """A bare "1": the Finish button's number and the first row's alike. Filing cannot be
    undone, so ask which (a button each)."""
    slots = BusinessSlots.of(ctx.state)
    first = cards.label(cards.summary_names(slots)[0], ctx.lang)
    options = [
        Option(value=cards.FINISH, label=texts.FINISH(ctx.lang), style="primary"),
        Option(value=f"{cards.FIX_PREFIX}1", label=texts.FIX_ROW(ctx.lang, label=first)),
    ]
    ask = texts.FINISH_OR_ROW_ONE(ctx.lang, label=first)
    return Outcome(replies=[ChoicesReply(text=ask, options=options)])


def _summary(ctx: Ctx, turn: Turn) -> Outcome:
    options = cards.summary_card(BusinessSlots.of(ctx.state), ctx.lang).options
    if turn.action is None and turn.text.strip() == "1":
        return _finish_or_row_one(ctx)
    chosen = resolve_choice(turn, options, extra={cards.FINISH: ("완료", "finish", "done")})
    if chosen == cards.FINISH:
        return finish(ctx)
    fix = _fix_by_number(ctx, turn)
    if fix is not None:
        return fix
    common = _common(ctx, turn)
    if common is not None:
        return common
    unknown = TextReply(text=texts.CORRECTION_UNKNOWN(ctx.lang))
    return Outcome(replies=[unknown, *nav.prompt(ctx, nav.SUMMARY)], fallback=True)


def finish(ctx: Ctx) -> Outcome:
    slots = BusinessSlots.of(ctx.state)
    number = slots.business_number
    missing = nav.next_step(ctx)
    if number is None or missing != nav.SUMMARY:
        return nav.advance(ctx)  # something is still missing (a stale button)
    verified = carried_by_certificate(ctx)
    effects: list[Effect] = [
        SaveBusiness(
            business_number=number,
            profile=tuple(sorted(slots.fields.items())),
            upload_id=slots.upload_id,
            verify=verified,
        )
    ]
    slots.finished = True
    said = texts.FINISHED if verified else texts.FINISHED_UNVERIFIED
    replies: list[Reply] = [TextReply(text=said(ctx.lang, number=bf.display("reg_no", number)))]
    if not verified:
        # The number was typed, not read: an agent compares it with the certificate.
        asked = request_human(ctx, VERIFY_NUMBER)
        replies += asked.replies
        effects += asked.effects
    if ready_to_file(ctx.state):
        filed = file_applications(ctx)
        return Outcome(
            replies=[*replies, *filed.replies],
            effects=[*effects, *filed.effects],
            next_flow=filed.next_flow,
            # The step too: entering the journey would list applications before this turn's
            # effect files them ("none yet" right after "filed").
            next_step=filed.next_step,
        )
    if SelectionSlots.of(ctx.state).confirmed and extras.missing(ctx.state) is not None:
        # Confirmed before a PG's extra fields were asked: ask them, then it files.
        extra_question = selection_prompts.ask_extra(ctx)
        return Outcome(
            replies=[*replies, *extra_question],
            effects=list(effects),
            next_flow="selection",
            next_step=selection_prompts.EXTRAS,
        )
    offer = Option(value=SELECTION_ACTION, label=texts.CHOOSE_METHODS(ctx.lang), style="primary")
    replies.append(ChoicesReply(text=texts.NEXT_CHOOSE_METHODS(ctx.lang), options=[offer]))
    return Outcome(replies=replies, effects=list(effects), next_step=nav.DONE)


def _done(ctx: Ctx, turn: Turn) -> Outcome:
    chosen = resolve_choice(turn, nav.done_options(ctx.lang))
    slots = BusinessSlots.of(ctx.state)
    if chosen == cards.USE_AS_IS:
        if ready_to_file(ctx.state):
            return file_applications(ctx)
        return Outcome(next_flow="selection")
    if chosen == cards.CHANGE:
        if slots.applied:
            return reading.needs_agent(ctx)
        slots.finished = False
        return nav.advance(ctx)
    return Outcome(replies=nav.prompt(ctx, nav.DONE), fallback=True)


# -- entering, cancelling -----------------------------------------------------------------


def _enter(ctx: Ctx) -> Outcome:
    slots = BusinessSlots.of(ctx.state)
    if not slots.finished and slots.reading_ref is None and not slots.fields:
        number = slots.business_number or ContractsSlots.of(ctx.state).business_number
        stored = BUSINESS_PORT.of(ctx.ports).finished(normalize_digits(number)) if number else None
        if stored is not None and stored.verified:
            # Finished before (another conversation): reuse it, as the console does.
            ctx.state.put(
                BusinessSlots(
                    business_number=stored.business_number,
                    fields=dict(stored.profile),
                    finished=True,
                    upload_id=stored.upload_id,
                    card_confirmed=True,
                    applied=stored.applied,
                    read_number=stored.business_number,
                )
            )
    return nav.advance(ctx)


def _cancel(state: ConversationState) -> None:
    if BusinessSlots.of(state).finished:
        BusinessSlots.of(state).reading_ref = None
        return
    state.put(BusinessSlots())


def _prompt_of(step: str) -> PromptFn:
    def prompt(ctx: Ctx) -> list[Reply]:
        return nav.prompt(ctx, step)

    return prompt


def _prompts() -> dict[str, PromptFn]:
    steps = [nav.UPLOAD, nav.READING, nav.MISMATCH, nav.CHECK, nav.CONTACT, nav.SUMMARY, nav.DONE]
    steps += [nav.field_step(spec.name) for spec in bf.ALL_FIELDS]
    prompts = {step: _prompt_of(step) for step in steps}
    prompts[cancelling.STEP] = cancelling.ask
    return prompts


def build() -> Flow:
    steps: dict[str, StepFn] = {
        nav.UPLOAD: _upload,
        nav.READING: _reading,
        nav.MISMATCH: _mismatch,
        nav.CHECK: _check,
        nav.CONTACT: _contact,
        nav.SUMMARY: _summary,
        nav.DONE: _done,
        cancelling.STEP: cancelling.cancel_confirm_step,
    }
    steps |= {nav.field_step(spec.name): _field(spec.name) for spec in bf.ALL_FIELDS}
    return Flow(
        name=NAME,
        start_step=nav.UPLOAD,
        steps={name: _step(fn) for name, fn in steps.items()},
        prompts=_prompts(),
        on_enter=_enter,
        on_attachment=reading.on_attachment,
        on_system=reading.on_system,
        on_cancel=_cancel,
        ask_before_cancel=cancelling.ask_before_cancel,
        glossary=texts.GLOSSARY,
        questions={
            nav.UPLOAD: texts.REASK_UPLOAD,
            nav.CHECK: texts.REASK_CHECK,
            nav.SUMMARY: texts.REASK_SUMMARY,
        },
        free_text_steps=frozenset(
            {nav.MISMATCH, nav.CHECK, nav.CONTACT, nav.SUMMARY}
            | {nav.field_step(spec.name) for spec in bf.ALL_FIELDS}
        ),
    )
