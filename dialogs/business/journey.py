"""Business information as the assistant offers it: its flow and menu entry; it takes the
files a merchant sends anywhere (a certificate starts it)."""

from __future__ import annotations

from dataclasses import replace

from dialogs.business import flow, intent, texts
from dialogs.flow import Flow


def build() -> Flow:
    return replace(
        flow.build(), menu_label=texts.MENU_LABEL, takes_files=True, intents=(intent.route,)
    )
