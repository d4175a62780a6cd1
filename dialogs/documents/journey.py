"""The documents checklist as the assistant offers it: its flow, its menu entry, and questions
like "서류 뭐 준비해요?" typed at the menu."""

from __future__ import annotations

from dataclasses import replace

from dialogs.documents import flow, intent, texts
from dialogs.flow import Flow


def build() -> Flow:
    return replace(flow.build(), menu_label=texts.MENU_LABEL, intents=(intent.route,))
