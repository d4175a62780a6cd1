"""(c) A PG that asked for documents: the checklist for the business type and that PG, once
per application, in the merchant's conversation, in office hours."""

from __future__ import annotations

from datetime import datetime

from bot.applications.service import change_status, file_applications
from dialogs.effects import ApplicationItem
from tests.nudges.conftest import World, kst

CORPORATION = "1248100998"  # middle digits 81: a corporation's head office
INDIVIDUAL = "1234567891"  # 45: an individual business


def _file(world: World, number: str, pg: str = "kcp") -> int:
    with world.services.db.transaction() as session:
        rows = file_applications(
            session,
            conversation_key=world.chat.key,
            business_number=number,
            items=[ApplicationItem(pg=pg, methods=("card",), payment_types=())],
            actor="merchant:U1",
            now=kst(2, 10),
        )
        return rows[0].id


def _move(world: World, app_id: int, status: str, at: datetime, note: str | None = None) -> None:
    with world.services.db.transaction() as session:
        assert change_status(session, app_id, status, "pg:webhook", note, now=at).ok


def test_contract_in_progress_sends_the_checklist_once(world: World) -> None:
    world.chat.say("English")
    app_id = _file(world, CORPORATION)
    _move(world, app_id, "received", kst(2, 11))
    assert world.run_at(kst(2, 11, 5)) == 0  # received asks for nothing
    _move(world, app_id, "contract_in_progress", kst(2, 12))
    assert world.run_at(kst(2, 12, 5)) == 1
    checklist = "\n".join(world.merchant_texts()[-2:])
    assert f"NHN KCP has asked for the contract documents (APP-{app_id})" in checklist
    assert "What a corporation prepares" in checklist
    assert "in the corporation's name" in checklist  # the settlement account's holder
    assert "issued within the last 3 months" in checklist
    assert "See the full checklist" in checklist
    assert world.chat.replies()[-1].options[0].value == "menu:documents"  # type: ignore[union-attr]
    _move(world, app_id, "contract_signed", kst(2, 13), note="서류 확인 완료")
    assert world.run_at(kst(2, 13, 5)) == 0  # once per application


def test_a_note_that_asks_for_documents_in_korean(world: World) -> None:
    world.chat.say("한국어")
    app_id = _file(world, INDIVIDUAL, pg="html5_inicis")
    _move(world, app_id, "received", kst(2, 11), note="접수되었습니다")
    assert world.run_at(kst(2, 11, 5)) == 0  # a note, but not about documents
    _move(world, app_id, "contract_guidance", kst(2, 12), note="인감증명서 등 서류 보완 요청")
    assert world.run_at(kst(2, 12, 5)) == 1
    checklist = "\n".join(world.merchant_texts()[-2:])
    assert "계약 서류를 요청했어요" in checklist
    assert "개인사업자 기준으로" in checklist
    assert "대표자 명의" in checklist


def test_in_office_hours_only_and_switchable(world: World) -> None:
    world.chat.say("English")
    app_id = _file(world, CORPORATION)
    _move(world, app_id, "contract_in_progress", kst(2, 19))  # Monday 19:00: closed
    assert world.run_at(kst(2, 19, 5)) == 0
    assert world.run_at(kst(3, 9, 0), documents=False) == 0
    assert world.run_at(kst(3, 9, 1)) == 1


def test_closed_applications_get_none(world: World) -> None:
    world.chat.say("English")
    app_id = _file(world, CORPORATION)
    _move(world, app_id, "contract_in_progress", kst(2, 12))
    _move(world, app_id, "rejected", kst(2, 12, 30), note="서류 미비")
    assert world.run_at(kst(2, 13)) == 0
