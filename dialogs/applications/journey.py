"""Application status as the assistant offers it: its flow and menu entry."""

from __future__ import annotations

from dataclasses import replace

from dialogs.applications import flow, intent, texts
from dialogs.flow import Flow


def build() -> Flow:
    return replace(flow.build(), menu_label=texts.MENU_LABEL, intents=(intent.route,))
