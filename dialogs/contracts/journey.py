"""The contract inquiry as the assistant offers it: its flow, its menu entry, and questions
like "KCP 계약 있나요?" typed at the menu."""

from __future__ import annotations

from dataclasses import replace

from dialogs.contracts import flow, intent, texts
from dialogs.flow import Flow


def build() -> Flow:
    return replace(flow.build(), menu_label=texts.MENU_LABEL, intents=(intent.route,))
