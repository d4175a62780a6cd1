"""Issue 15, QA round, defect 3: a disputed catalog fact reaches a merchant as "being
confirmed, we'll check with the PG", never as the agent-facing "our sources disagree" (at the
PG question, a PG chosen, the comparison table, the summary, and answers from the catalog)."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from bot.app import journeys
from bot.knowledge_port import KnowledgeAdapter
from dialogs.ports import Ports
from dialogs.router import Dialog
from dialogs.selection import pg_support
from dialogs.selection.slots import SelectionItem, SelectionSlots
from dialogs.state import ConversationState
from dialogs.turns import Turn
from knowledge.catalog import MethodCategory, SupportStatus
from knowledge.language import Lang
from knowledge.understand import load_understanding
from tests.selection.talk import Talk

# How the agent-facing note about a disputed fact used to reach merchants.
AGENT_TALK = re.compile(r"자료마다|확인 필요|sources disagree|unverified", re.IGNORECASE)
CONFIRMING = {Lang.KO: "확인", Lang.EN: "being confirmed"}


def _disputed() -> list[tuple[str, list[str], str]]:
    """(method, payment types, PG) the catalog marks disputed."""
    catalog = pg_support.catalog()
    found = []
    for cat in MethodCategory:
        for method in catalog.methods_in(cat):
            for types in ([], ["subscription"], ["keyin"]):
                for pg in pg_support.v1_pgs():
                    verdict = pg_support.verdict(pg, method.code, types)
                    if verdict.status is SupportStatus.DISPUTED:
                        found.append((method.code, types, pg.code))
    return found


def test_the_catalog_has_disputed_facts_to_check() -> None:
    assert len(_disputed()) >= 2


@pytest.mark.parametrize("lang", list(Lang))
def test_a_disputed_pg_is_said_plainly_at_every_selection_step(lang: Lang) -> None:
    for method, types, pg in _disputed():
        talk = Talk(lang=lang)
        talk.start()
        slots = SelectionSlots.of(talk.state)
        slots.items = [SelectionItem(method=method, payment_types=types)]
        slots.types_asked = [method]
        asked = talk.choose("sel:done")  # the PG question, the disputed PG marked
        table = talk.choose("sel:table")
        chosen = talk.choose(f"sel:pg:{method}:{pg}")  # chosen: then the summary
        for said in (asked, table, chosen):
            assert not AGENT_TALK.search(said), (lang, method, types, pg, said)
        assert CONFIRMING[lang] in asked
        assert CONFIRMING[lang] in chosen
        assert talk.step == "summary"


def _ask(text: str, lang: Lang) -> str:
    dialog = Dialog(journeys())
    ports = Ports(
        faq=KnowledgeAdapter(load_understanding()), now=lambda: datetime(2026, 1, 5, tzinfo=UTC)
    )
    state = ConversationState(lang=lang, lang_fixed=True)
    turn = Turn(event_id="e", conversation_key="k", transport="t", user_id="u", text=text)
    return "\n".join(r.fallback() for r in dialog.respond(state, turn, ports).replies)


@pytest.mark.parametrize(
    ("lang", "question"),
    [
        (Lang.KO, "KG모빌리언스 카드 정기결제 되나요?"),
        (Lang.EN, "does KG Mobilians do card subscription?"),
        (Lang.KO, "KG모빌리언스는 어떤 결제수단을 지원해요?"),
    ],
)
def test_a_catalog_answer_about_a_disputed_fact_says_it_is_being_confirmed(
    lang: Lang, question: str
) -> None:
    said = _ask(question, lang)
    assert CONFIRMING[lang] in said
    assert not AGENT_TALK.search(said), said
