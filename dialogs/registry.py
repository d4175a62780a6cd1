"""Every journey the assistant offers, in one place."""

from __future__ import annotations

from dialogs.flow import Flow
from dialogs.router import Dialog


def flows() -> list[Flow]:
    return []


def build_dialog() -> Dialog:
    return Dialog(flows(), files_flow="business")
