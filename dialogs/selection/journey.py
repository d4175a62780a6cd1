"""Payment-method and PG selection as the assistant offers it: its flow, its menu entry, and
requests like "카드랑 카카오페이 신청하고 싶어요" typed at the menu."""

from __future__ import annotations

from dataclasses import replace

from dialogs.flow import Flow
from dialogs.selection import flow, intent, texts


def build() -> Flow:
    return replace(flow.build(), menu_label=texts.MENU_LABEL, intents=(intent.route,))
