"""Every journey the assistant offers, in one place."""

from __future__ import annotations

from dialogs.applications import flow as applications
from dialogs.business import flow as business
from dialogs.contracts import flow as contracts
from dialogs.flow import Flow
from dialogs.router import Dialog
from dialogs.selection import flow as selection


def flows() -> list[Flow]:
    return [contracts.build(), applications.build(), business.build(), selection.build()]


def build_dialog() -> Dialog:
    return Dialog(flows(), files_flow="business")
