"""Every journey the assistant offers, in one place."""

from __future__ import annotations

from dialogs.applications import flow as applications
from dialogs.business import flow as business
from dialogs.contracts import flow as contracts
from dialogs.contracts import intent as contracts_intent
from dialogs.flow import Flow
from dialogs.menu import flow as menu
from dialogs.router import Dialog
from dialogs.selection import flow as selection
from dialogs.selection import intent as selection_intent


def flows() -> list[Flow]:
    return [contracts.build(), applications.build(), business.build(), selection.build()]


def build_dialog() -> Dialog:
    journeys = flows()
    # Free text at the menu that names a journey enters it (first match wins).
    intents = [contracts_intent.route, selection_intent.route]
    main_menu = menu.build({flow.name for flow in journeys}, intents)
    # Anywhere else, too, where a step did not understand the message.
    anywhere = [(contracts.NAME, contracts_intent.route), (selection.NAME, selection_intent.route)]
    return Dialog([main_menu, *journeys], files_flow="business", intents=anywhere)
