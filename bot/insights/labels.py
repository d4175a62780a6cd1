"""Names of the report's rows, for operators, in Korean and English."""

from __future__ import annotations

from knowledge.language import Lang

_LABELS: dict[str, tuple[str, str]] = {
    # Steps
    "started": ("대화 시작", "Started"),
    "methods": ("결제수단 선택", "Methods chosen"),
    "selection_confirmed": ("선택 확인", "Selection confirmed"),
    "business_number": ("사업자번호 입력", "Business number given"),
    "certificate": ("사업자등록증 업로드", "Certificate uploaded"),
    "business_saved": ("사업자 정보 저장", "Business info saved"),
    "filed": ("신청 완료", "Filed"),
    "received": ("PG 접수", "Received by PG"),
    "contract_signed": ("계약 완료", "Contract signed"),
    "card_review": ("카드사 심사", "Card review"),
    "active": ("사용 가능", "Active"),
    # Spans
    "first_message_to_filed": ("첫 메시지부터 신청까지", "First message to filed"),
    # Why an agent
    "not_understood": ("두 번 이해 못 함", "Not understood twice"),
    "asked": ("직접 요청", "Asked for a person"),
    "took_over": ("상담원이 먼저 개입", "Agent took over"),
    "other": ("기타 (번호 확인 등)", "Other (number to verify…)"),
    # Headings
    "funnel": ("단계별 진행", "Funnel"),
    "step": ("단계", "Step"),
    "reached": ("도달", "Reached"),
    "went_on": ("다음으로", "Went on"),
    "stopped_at": ("멈춘 곳 (미신청)", "Where unfiled conversations stand"),
    "where": ("위치", "Where"),
    "conversations": ("대화", "Conversations"),
    "timelines": ("PG별 소요 시간 (중앙값 / p90)", "Time per PG (median / p90)"),
    "pg": ("PG", "PG"),
    "filed_count": ("신청", "Filed"),
    "agents": ("상담원 연결", "Agents needed"),
    "reason": ("이유", "Reason"),
    "window": ("기간", "Window"),
    "none": ("(없음)", "(none)"),
    "days": ("일", "days"),
}


def label(key: str, lang: Lang) -> str:
    ko, en = _LABELS.get(key, (key, key))
    return ko if lang is Lang.KO else en
