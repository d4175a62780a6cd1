"""Defect 7 of issue 16: what the catalog notes for agents (which source says what) never
reaches a merchant, at any PG question, choice or refusal."""

from __future__ import annotations

import re

from dialogs.selection import pg_support
from dialogs.selection.slots import SelectionItem, SelectionSlots
from knowledge.catalog import MethodCategory
from knowledge.language import Lang
from tests.selection.talk import Talk

# How the catalog's agent notes cite their sources: "(C)", "(C, 2025-02)", "payrq", "개발 문서".
SOURCE_TALK = re.compile(
    r"[(（][A-Z](, ?\d{4}-\d{2})?[)）]|payrq|V1API|non-auth\.mdx|"
    r"고객센터 목록|개발 문서|help-center list"
)


def test_no_source_talk_in_any_pg_question_or_answer() -> None:
    catalog = pg_support.catalog()
    methods = [m.code for cat in MethodCategory for m in catalog.methods_in(cat)]
    for lang in Lang:
        for method in methods:
            for types in ([], ["subscription"], ["keyin"]):
                talk = Talk(lang=lang)
                talk.start()
                SelectionSlots.of(talk.state).items = [
                    SelectionItem(method=method, payment_types=types)
                ]
                SelectionSlots.of(talk.state).types_asked = [method]
                shown = [talk.choose("sel:done")]
                for pg in pg_support.v1_pgs():
                    shown.append(talk.choose(f"sel:pg:{method}:{pg.code}"))
                    SelectionSlots.of(talk.state).items[0].pg = None
                    talk.state.step = "pgs"
                for said in shown:
                    assert not SOURCE_TALK.search(said), (lang, method, types, said)
