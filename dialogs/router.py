"""The conversation as a whole: global commands, the current flow's step, the FAQ fallback
and moves between flows. ``Dialog.respond`` is a pure function of (state, turn, ports)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from dialogs import texts
from dialogs.answers import texts as answer_texts
from dialogs.choice import resolve_choice
from dialogs.commands import ACTION_PREFIX as COMMAND_PREFIX
from dialogs.commands import Command, detect_command
from dialogs.effects import Effect, RecordUnanswered
from dialogs.flow import Ctx, Flow, Outcome
from dialogs.glossary import asked_about, for_step, lost
from dialogs.handoff import agent as handoff_agent
from dialogs.handoff import request as handoff_request
from dialogs.handoff.actions import is_agent_action
from dialogs.menu import flow as menu
from dialogs.ports import FaqAnswer, FaqLookup, Ports
from dialogs.replies import ChoicesReply, Option, Reply, TextReply
from dialogs.speech import is_speech, not_a_value
from dialogs.state import ConversationState, Frame
from dialogs.turns import Author, Turn
from knowledge.language import Lang, detect_lang, latin_words
from knowledge.matcher import extract_methods, extract_pgs
from knowledge.questions import carries_value, looks_like_question

# Longer messages are recorded but not interpreted: nobody answers a form in 2,000 characters.
MAX_MESSAGE_CHARS = 2_000
FAQ_ACTION_PREFIX = "faq:"
# Options remembered for typed numbers: more than any question offers.
MAX_OFFERED = 100
# Flow switches one turn may chain (a flow's entry may hand on to another); a bound, not a goal.
_MAX_HOPS = 5


@dataclass
class Result:
    state: ConversationState
    replies: list[Reply] = field(default_factory=list)
    effects: list[Effect] = field(default_factory=list)


class Dialog:
    def __init__(self, flows: Sequence[Flow]) -> None:
        """``flows``: the journeys, in the main menu's order (the composition root lists
        them); the menu is built from their labels and intents unless one is given."""
        entries = [(f.name, f.menu_label) for f in flows if f.menu_label is not None]
        intents = [intent for f in flows for intent in f.intents]
        self.flows: dict[str, Flow] = {f.name: f for f in flows}
        self.flows.setdefault(menu.NAME, menu.build(entries, intents))
        takes_files = [f.name for f in flows if f.takes_files]
        if len(takes_files) > 1:
            raise ValueError(f"more than one flow takes files: {takes_files}")
        self.files_flow = takes_files[0] if takes_files else None
        # (journey, intent): free text a step did not understand that asks for another
        # journey ("카드랑 카카오페이 이니시스로 신청할게요" mid-inquiry) starts it.
        self.intents = [(f.name, intent) for f in flows for intent in f.intents]

    # -- entry points -------------------------------------------------------------------

    def respond(self, state: ConversationState, turn: Turn, ports: Ports) -> Result:
        ctx = Ctx(state=state.model_copy(deep=True), ports=ports)
        result = Result(state=ctx.state)
        if turn.author is Author.AGENT:
            # An agent's words are for the merchant, never answers to the assistant's questions;
            # agent actions (take over, hand back, ...) are decided in dialogs/handoff.
            outcome = handoff_agent.respond_to_agent(ctx, turn, lambda: self._prompt(ctx))
            self._settle(ctx, outcome, result)
            return result
        if turn.author is Author.SYSTEM:
            self._system(ctx, turn, result)
        else:
            self._follow_language(ctx, turn)
            self._merchant(ctx, _typed_global_choice(ctx.state, turn), result)
        _remember_options(result)
        return result

    def greeting(self, state: ConversationState, ports: Ports) -> Result:
        """The menu, e.g. after a state that could not be restored."""
        ctx = Ctx(state=state.model_copy(deep=True), ports=ports)
        return Result(state=ctx.state, replies=self.flows[menu.NAME].prompt(ctx))

    # -- the merchant's turn ------------------------------------------------------------

    def _merchant(self, ctx: Ctx, turn: Turn, result: Result) -> None:
        if not (turn.text.strip() or turn.action or turn.form or turn.attachments):
            result.replies += [TextReply(text=texts.EMPTY(ctx.lang)), *self._prompt(ctx)]
            return
        if len(turn.text) > MAX_MESSAGE_CHARS:
            too_long = texts.TOO_LONG(ctx.lang, length=len(turn.text), limit=MAX_MESSAGE_CHARS)
            result.replies += [TextReply(text=too_long), *self._prompt(ctx)]
            return
        if is_agent_action(turn):
            # An agent's button or command from anyone else: refused and audited.
            outcome = handoff_agent.refuse_non_agent(ctx, turn.action or "")
            self._settle(ctx, outcome, result)
            result.replies += self._prompt(ctx)
            return
        command = detect_command(turn)
        if command is not None:
            self._command(ctx, command, result)
            return
        if turn.action and turn.action.startswith(FAQ_ACTION_PREFIX):
            answer = ctx.ports.faq.answer(turn.action.removeprefix(FAQ_ACTION_PREFIX), ctx.lang)
            if answer is not None:
                self._answer_faq(ctx, answer, result)
                return
        if turn.action and turn.action.startswith(menu.ACTION_PREFIX):
            flow_name = turn.action.removeprefix(menu.ACTION_PREFIX)
            if flow_name in self.flows:
                self._settle(ctx, Outcome(next_flow=flow_name), result)
                return
        flow = self._current(ctx)
        if turn.attachments and flow.on_attachment is None and self.files_flow is not None:
            flow = self.flows[self.files_flow]
            self._switch(ctx, flow.name)
        if self._explain_term(ctx, flow, turn, result):
            return
        if self._question_at_value_step(ctx, flow, turn, result):
            return
        if turn.attachments and flow.on_attachment is not None:
            outcome = flow.on_attachment(ctx, turn)
        else:
            step = flow.steps.get(ctx.state.step)
            outcome = step(ctx, turn) if step is not None else flow.enter(ctx)
        if outcome.fallback:
            self._fallback(ctx, turn, outcome, result)
            return
        ctx.state.misunderstood = 0
        self._settle(ctx, outcome, result)

    def _explain_term(self, ctx: Ctx, flow: Flow, turn: Turn, result: Result) -> bool:
        """ "업태가 뭐예요?", "what do you mean by goods?": a word of this journey explained,
        and the step asked again; nothing is stored from the question."""
        if turn.action or turn.form or turn.attachments:
            return False
        term = asked_about(turn.text, flow.glossary) if flow.glossary else None
        if term is not None:
            ctx.state.misunderstood = 0
            result.replies += [TextReply(text=term.says(ctx.lang)), *self._prompt(ctx)]
            return True
        if not lost(turn.text) or ctx.state.step not in flow.free_text_steps:
            return False
        # "이거 잘 모르겠어요" where a value is typed: what the question is about, asked again
        # (it was stored as the value); a person offered when the step has no words to explain.
        ctx.state.misunderstood = 0
        about = for_step(ctx.state.step, flow.glossary)
        if about:
            said = "\n".join(t.says(ctx.lang) for t in about)
            result.replies += [TextReply(text=said), *self._prompt(ctx)]
            return True
        person = Option(value=COMMAND_PREFIX + Command.HUMAN, label=texts.TALK_TO_PERSON(ctx.lang))
        result.replies.append(ChoicesReply(text=texts.STEP_HELP(ctx.lang), options=[person]))
        result.replies += self._prompt(ctx)
        return True

    def _question_at_value_step(self, ctx: Ctx, flow: Flow, turn: Turn, result: Result) -> bool:
        """A question typed where a value is expected: answered (or routed to a person) and
        the step asked again; the step never sees it, so it is never stored as the value."""
        if ctx.state.step not in flow.free_text_steps or turn.action or turn.form:
            return False
        if turn.attachments or not looks_like_question(turn.text) or carries_value(turn.text):
            return False  # "124-81-00998 계약 있나요?": the step takes its value
        ctx.state.misunderstood = 0
        lookup = ctx.ports.faq.lookup(turn.text, ctx.lang)
        if lookup.best is not None:
            self._answer_faq(ctx, lookup.best, result)
            return True
        self._record_unanswered(ctx, turn, lookup, result)
        if lookup.close:
            result.replies.append(self._clarify(ctx, lookup))
        else:
            person = Option(
                value=COMMAND_PREFIX + Command.HUMAN, label=texts.TALK_TO_PERSON(ctx.lang)
            )
            text = answer_texts.NO_CONFIDENT_ANSWER(ctx.lang)
            result.replies.append(ChoicesReply(text=text, options=[person]))
        result.replies += [TextReply(text=answer_texts.BACK_TO_STEP(ctx.lang)), *self._prompt(ctx)]
        return True

    @staticmethod
    def _clarify(ctx: Ctx, lookup: FaqLookup) -> ChoicesReply:
        """ "Did you mean A or B?", with a button for each and one for a person."""
        person = Option(value=COMMAND_PREFIX + Command.HUMAN, label=texts.TALK_TO_PERSON(ctx.lang))
        options = [
            Option(value=FAQ_ACTION_PREFIX + hit.entry_id, label=hit.question)
            for hit in lookup.close
        ]
        return ChoicesReply(text=answer_texts.CLARIFY(ctx.lang), options=[*options, person])

    @staticmethod
    def _record_unanswered(ctx: Ctx, turn: Turn, lookup: FaqLookup, result: Result) -> None:
        result.effects.append(
            RecordUnanswered(
                text=turn.text,
                lang=ctx.lang,
                flow=ctx.state.flow,
                step=ctx.state.step,
                outcome="clarify" if lookup.close else "none",
            )
        )

    def _fallback(self, ctx: Ctx, turn: Turn, outcome: Outcome, result: Result) -> None:
        for journey, intent in self.intents:
            if ctx.state.flow in (journey, menu.NAME):
                continue  # a journey reads its own words; the menu asked its intents already
            routed = intent(ctx, turn)
            if routed is not None:
                ctx.state.misunderstood = 0
                self._settle(ctx, routed, result)
                return
        if not_a_value(turn.text) == "pause":
            # "잠깐만요", "나중에 할게요": not a miss; everything stays where it is.
            ctx.state.misunderstood = 0
            result.effects += outcome.effects
            result.replies += [TextReply(text=texts.PAUSED(ctx.lang)), *self._prompt(ctx)]
            return
        lookup = ctx.ports.faq.lookup(turn.text, ctx.lang) if turn.text.strip() else None
        if lookup is not None and lookup.best is not None:
            self._answer_faq(ctx, lookup.best, result)
            return
        a_question = looks_like_question(turn.text) or ctx.state.flow == menu.NAME
        if lookup is not None and (a_question or lookup.close):
            self._record_unanswered(ctx, turn, lookup, result)
        if lookup is not None and lookup.close:
            # Two entries close together: ask which, rather than guess or say nothing.
            ctx.state.misunderstood = 0
            result.effects += outcome.effects
            result.replies += [self._clarify(ctx, lookup), *self._prompt(ctx)]
            return
        unanswerable_question = lookup is not None and looks_like_question(turn.text)
        # Only an unusable value is the merchant's miss; a question nothing here can answer is
        # ours, and breaks a row of misses instead of bringing an agent one step closer.
        ctx.state.misunderstood = 0 if unanswerable_question else ctx.state.misunderstood + 1
        result.effects += outcome.effects
        person = Option(value=COMMAND_PREFIX + Command.HUMAN, label=texts.TALK_TO_PERSON(ctx.lang))
        escalate = ctx.state.misunderstood >= 2 and not ctx.state.human_requested
        if lookup is not None and unanswerable_question and not escalate:
            # Understood as a question, but not one the FAQ or the catalog can answer: say so
            # (it was kept for the team), offer a person and the nearest topics, ask again.
            topics = [
                Option(value=FAQ_ACTION_PREFIX + alt.entry_id, label=alt.question)
                for alt in lookup.alternatives[:2]
            ]
            text = answer_texts.NO_CONFIDENT_ANSWER(ctx.lang)
            result.replies += [ChoicesReply(text=text, options=[*topics, person])]
            result.replies += self._prompt(ctx)
            return
        result.replies += outcome.replies or [TextReply(text=texts.NOT_UNDERSTOOD(ctx.lang))]
        if escalate:
            # Two misses in a row: call a person rather than guess a third time (dialogs/handoff).
            asked = handoff_request.request_human(ctx, handoff_request.NOT_UNDERSTOOD)
            self._settle(ctx, asked, result)
        elif lookup is not None and lookup.alternatives:
            topics = [
                Option(value=FAQ_ACTION_PREFIX + alt.entry_id, label=alt.question)
                for alt in lookup.alternatives[:3]
            ]
            result.replies.append(
                ChoicesReply(text=texts.CLOSEST_TOPICS(ctx.lang), options=[*topics, person])
            )

    def _answer_faq(self, ctx: Ctx, answer: FaqAnswer, result: Result) -> None:
        ctx.state.misunderstood = 0
        result.replies += [TextReply(text=answer.answer), *self._prompt(ctx)]

    # -- global commands ----------------------------------------------------------------

    def _command(self, ctx: Ctx, command: Command, result: Result) -> None:
        state = ctx.state
        if command is Command.HELP:
            result.replies += [TextReply(text=texts.HELP(ctx.lang)), *self._prompt(ctx)]
        elif command in (Command.MENU, Command.CANCEL):
            if command is Command.CANCEL and self._ask_before_cancel(ctx, result):
                return
            if command is Command.CANCEL:
                self._cancel_flow(ctx)
                result.replies.append(TextReply(text=texts.CANCELLED(ctx.lang)))
            self._to_menu(ctx, result)
        elif command is Command.RESTART:
            fresh = ConversationState(lang=state.lang, lang_fixed=state.lang_fixed)
            ctx.state = result.state = fresh
            result.replies.append(TextReply(text=texts.RESTARTED(ctx.lang)))
            self._to_menu(ctx, result)
        elif command is Command.BACK:
            if not state.history:
                result.replies += [TextReply(text=texts.NOTHING_TO_GO_BACK(ctx.lang))]
                result.replies += self._prompt(ctx)
                return
            frame = state.history.pop()
            state.flow, state.step = frame.flow, frame.step
            result.replies += self._prompt(ctx)
        elif command in (Command.LANGUAGE, Command.KOREAN, Command.ENGLISH):
            if command is Command.LANGUAGE:
                state.lang = Lang.EN if state.lang is Lang.KO else Lang.KO
            else:
                state.lang = Lang.KO if command is Command.KOREAN else Lang.EN
            state.lang_fixed = True
            result.replies += [TextReply(text=texts.LANG_SWITCHED(ctx.lang)), *self._prompt(ctx)]
        elif command is Command.HUMAN:
            state.misunderstood = 0
            # Marks the conversation waiting; says the expected wait or when agents are back.
            self._settle(ctx, handoff_request.request_human(ctx, handoff_request.ASKED), result)

    def _ask_before_cancel(self, ctx: Ctx, result: Result) -> bool:
        flow = self.flows.get(ctx.state.flow)
        asked = flow.ask_before_cancel(ctx) if flow and flow.ask_before_cancel else None
        if asked is not None:
            self._settle(ctx, asked, result)
        return asked is not None

    def _cancel_flow(self, ctx: Ctx) -> None:
        flow = self.flows.get(ctx.state.flow)
        if flow is not None and flow.on_cancel is not None:
            flow.on_cancel(ctx.state)

    def _to_menu(self, ctx: Ctx, result: Result) -> None:
        ctx.state.history.clear()
        ctx.state.flow, ctx.state.step = menu.NAME, "start"
        result.replies += self._prompt(ctx)

    # -- system turns -------------------------------------------------------------------

    def _system(self, ctx: Ctx, turn: Turn, result: Result) -> None:
        if (turn.system or {}).get("event") == "open":
            # The merchant (re)opened the chat: show where we are. Nobody has said anything
            # yet at a fresh menu: both languages, the merchant's first message decides.
            fresh = ctx.state.flow == menu.NAME and not ctx.state.history
            if fresh and not (ctx.state.lang_fixed or ctx.state.lang_seen):
                result.replies += self._bilingual_prompt(ctx)
            else:
                result.replies += self._prompt(ctx)
            return
        target = self.flows.get(str((turn.system or {}).get("flow", "")))
        if target is None or target.on_system is None:
            return
        self._settle(ctx, target.on_system(ctx, turn), result)

    # -- moving between steps and flows -------------------------------------------------

    def _settle(self, ctx: Ctx, outcome: Outcome, result: Result, hops: int = 0) -> None:
        result.replies += outcome.replies
        result.effects += outcome.effects
        if outcome.next_flow is not None and hops < _MAX_HOPS:
            target = self.flows.get(outcome.next_flow, self.flows[menu.NAME])
            self._switch(ctx, target.name)
            if outcome.next_step is not None:
                ctx.state.step = outcome.next_step
                return
            ctx.state.step = target.start_step
            entered = target.enter(ctx)
            if entered.next_step is not None and entered.next_flow is None:
                ctx.state.step = entered.next_step
                entered.next_step = None
            self._settle(ctx, entered, result, hops + 1)
        elif outcome.next_step is not None and outcome.next_step != ctx.state.step:
            self._push(ctx)
            ctx.state.step = outcome.next_step

    def _switch(self, ctx: Ctx, flow_name: str) -> None:
        if ctx.state.flow != flow_name:
            self._push(ctx)
            ctx.state.flow = flow_name
            ctx.state.step = self.flows[flow_name].start_step

    @staticmethod
    def _push(ctx: Ctx) -> None:
        history = ctx.state.history
        history.append(Frame(flow=ctx.state.flow, step=ctx.state.step))
        del history[:-40]

    def _current(self, ctx: Ctx) -> Flow:
        flow = self.flows.get(ctx.state.flow)
        if flow is None:
            ctx.state.flow, ctx.state.step = menu.NAME, "start"
            return self.flows[menu.NAME]
        return flow

    def _prompt(self, ctx: Ctx) -> list[Reply]:
        return self._current(ctx).prompt(ctx)

    def _bilingual_prompt(self, ctx: Ctx) -> list[Reply]:
        """The current step's question in Korean and English at once (choices labelled in
        both), for a merchant whose language is not known yet."""
        said: dict[Lang, list[Reply]] = {}
        for lang in (Lang.KO, Lang.EN):
            each = Ctx(
                state=ctx.state.model_copy(update={"lang": lang}, deep=True), ports=ctx.ports
            )
            said[lang] = self._prompt(each)
        ko, en = said[Lang.KO], said[Lang.EN]
        pairs = [
            (k, e)
            for k, e in zip(ko, en, strict=False)
            if isinstance(k, ChoicesReply) and isinstance(e, ChoicesReply)
        ]
        if len(pairs) != len(ko) or len(ko) != len(en):
            return ko + en
        merged: list[Reply] = []
        for k, e in pairs:
            options = [
                Option(value=a.value, label=f"{a.label} / {b.label}", style=a.style)
                for a, b in zip(k.options, e.options, strict=True)
            ]
            merged.append(ChoicesReply(text=f"{k.text}\n{e.text}", options=options))
        return merged

    def _follow_language(self, ctx: Ctx, turn: Turn) -> None:
        if ctx.state.lang_fixed or turn.action is not None:
            return
        detected = detect_lang(turn.text)
        if detected is None:
            return
        if ctx.state.lang_seen and detected is not ctx.state.lang and not _a_sentence(turn.text):
            # "OK", "cancel", "네": a lone word does not switch a conversation's language.
            return
        flow = self.flows.get(ctx.state.flow)
        at_value_step = flow is not None and ctx.state.step in flow.free_text_steps
        if at_value_step and not is_speech(turn.text, detected):
            # An address or a name typed in the other language is data, not a wish to switch.
            return
        if detected is Lang.EN and _only_names(turn.text):
            # "KCP", "Naver Pay": Korean merchants type brand names in Latin letters.
            return
        ctx.state.lang = detected
        ctx.state.lang_seen = True


def _a_sentence(text: str) -> bool:
    """More than one word, a question ("상품권이란?") or a greeting: enough to tell the
    language a merchant speaks, where "OK", "cancel" or "네" alone is not."""
    stripped = text.strip()
    return len(stripped.split()) >= 2 or stripped.endswith(("?", "？")) or menu.is_greeting(text)


def _only_names(text: str) -> bool:
    """True when every Latin word of a short message is part of a PG or method name."""
    words = latin_words(text)
    if not words or len(words) > 3:
        return False
    found = [extract_pgs(text), extract_methods(text)]
    terms = [m.term for f in found for m in f.matches] + [
        a.term for f in found for a in f.ambiguous
    ]
    named = " ".join(terms).casefold()
    return all(word.casefold() in named for word in words)


# Option values the router itself acts on, wherever they were offered.
_GLOBAL_PREFIXES = (COMMAND_PREFIX, menu.ACTION_PREFIX, FAQ_ACTION_PREFIX)


def _typed_global_choice(state: ConversationState, turn: Turn) -> Turn:
    """A number typed for one of the last offered options that the router handles itself
    ("3" for "talk to a person", "1" for an FAQ topic), as if its button was pressed. Numbers
    for a step's own options are left to the step."""
    text = turn.text.strip()
    if turn.action is not None or not text.isdigit() or not state.offered:
        return turn
    value = resolve_choice(turn, state.offered)
    if value is None or not value.startswith(_GLOBAL_PREFIXES):
        return turn
    return turn.model_copy(update={"action": value, "text": ""})


def _remember_options(result: Result) -> None:
    """Keep the options of the last question asked, for numbers typed in answer to it."""
    if not result.replies:
        return
    for reply in reversed(result.replies):
        options = getattr(reply, "options", None)
        if options:
            result.state.offered = list(options)[:MAX_OFFERED]
            return
    result.state.offered = []
