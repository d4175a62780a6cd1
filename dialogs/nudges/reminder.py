"""The reminder for a merchant who stopped mid-application: the one thing missing, and a
button that resumes the journey where it stands (entering a journey resumes it)."""

from __future__ import annotations

from dialogs.applications.cards import method_names
from dialogs.business import navigation
from dialogs.business.slots import BusinessSlots
from dialogs.business.texts import LABELS
from dialogs.menu.flow import ACTION_PREFIX as MENU_PREFIX
from dialogs.nudges import texts
from dialogs.replies import ChoicesReply, Option
from dialogs.selection.slots import SelectionSlots
from dialogs.state import ConversationState
from knowledge.language import Lang

SELECTION = "selection"
BUSINESS = "business"
# Journeys an application is filled in; elsewhere a merchant is not "mid-application".
APPLICATION_FLOWS = (SELECTION, BUSINESS)


def missing(state: ConversationState) -> str | None:
    """The next thing the merchant has to do, in words; None when nothing is awaited from
    them (not in an application journey, or a certificate being read)."""
    lang = state.lang
    business = BusinessSlots.of(state)
    if state.flow == SELECTION:
        return _selection_missing(state, lang) or texts.MISSING_BUSINESS(lang)
    if state.flow == BUSINESS:
        step = state.step
        if step == navigation.READING:
            return None  # the worker is reading; the merchant waits for us
        if step == navigation.UPLOAD:
            return texts.MISSING_CERTIFICATE(lang)
        if step.startswith(navigation.FIELD_PREFIX):
            name = step.removeprefix(navigation.FIELD_PREFIX)
            label = LABELS[name](lang) if name in LABELS else name
            return texts.MISSING_FIELD(lang, field=label)
        by_step = {
            navigation.CHECK: texts.MISSING_CHECK,
            navigation.CONTACT: texts.MISSING_CONTACT,
            navigation.SUMMARY: texts.MISSING_SUMMARY,
            navigation.MISMATCH: texts.MISSING_NUMBER_CHOICE,
        }
        if step in by_step:
            return by_step[step](lang)
        if business.finished:
            return _selection_missing(state, lang) or texts.MISSING_SELECTION(lang)
        return texts.MISSING_BUSINESS(lang)
    return None


def _selection_missing(state: ConversationState, lang: Lang) -> str | None:
    selection = SelectionSlots.of(state)
    if not selection.items:
        return texts.MISSING_METHODS(lang)
    without_pg = next((item for item in selection.items if item.pg is None), None)
    if without_pg is not None:
        return texts.MISSING_PG(lang, method=method_names([without_pg.method], lang))
    if not selection.confirmed:
        return texts.MISSING_CONFIRM(lang)
    return None


def reminder(state: ConversationState) -> ChoicesReply | None:
    """The reminder to post, or None when there is nothing to remind of."""
    what = missing(state)
    if what is None:
        return None
    lang = state.lang
    button = Option(value=MENU_PREFIX + state.flow, label=texts.GO_ON(lang), style="primary")
    return ChoicesReply(text=texts.REMINDER(lang, missing=what), options=[button])
