"""What the assistant says when a person joins, leaves, or is asked for; merchant-facing
texts first, then those only agents read (the agents' channel)."""

from __future__ import annotations

from datetime import datetime, timedelta

from dialogs.i18n import T
from knowledge.language import Lang

# -- to the merchant --------------------------------------------------------------------

REQUESTED_OPEN = T(
    "상담원 연결을 요청했어요. 보통 {minutes}분 안에 상담원이 이 대화에서 답변드려요.",
    "I've asked a support agent to join. An agent usually answers here within {minutes} minutes.",
)
AHEAD = T(
    "지금 앞에 {ahead}건의 상담이 기다리고 있어요.",
    "There are {ahead} conversations ahead of you.",
)
REQUESTED_CLOSED = T(
    "상담원 연결을 요청했어요. 지금은 상담 시간이 아니라서 상담원이 {when}부터 확인하고 이 대화에서 답변드릴게요.",
    "I've asked a support agent to join. Our agents are away right now; they'll be back {when} "
    "and will answer here.",
)
REQUESTED_NO_HOURS = T(
    "상담원 연결을 요청했어요. 지금은 상담 시간이 아니라서 상담원이 확인하는 대로 이 대화에서 답변드릴게요.",
    "I've asked a support agent to join. Our agents are away right now; they will answer here "
    "as soon as they can.",
)
ALREADY_WAITING = T(
    "이미 상담원 연결을 요청해 두었어요. 조금만 기다려 주세요. 그동안 저와 계속 진행하셔도 돼요.",
    "You're already in the queue for an agent. Meanwhile you can carry on with me.",
)
NOT_UNDERSTOOD_TWICE = T(
    "죄송해요, 두 번 연속으로 말씀을 이해하지 못했어요. 사람과 이야기하실 수 있게 해 드릴게요.",
    "Sorry, I've missed your meaning twice in a row, so you can talk to a person instead.",
)
AGENT_JOINED = T(
    "상담원이 대화에 참여했어요. 이제부터 상담원이 답변드릴게요.",
    "A support agent has joined and will answer you from here.",
)
HANDED_BACK = T(
    "상담원과의 대화가 끝났어요. 이어서 제가 도와드릴게요. 하던 단계부터 계속할게요.",
    "The agent has handed you back to me. Let's pick up where we left off.",
)
CLOSED = T(
    "상담원이 이 상담을 종료했어요. 더 필요한 게 있으시면 언제든 여기에 말씀해 주세요.",
    "The agent has closed this conversation. If you need anything else, just write here.",
)
AGENTS_ONLY = T(
    "이 기능은 상담원만 사용할 수 있어요. 상담원과 이야기하시려면 '상담원'이라고 말씀해 주세요.",
    "Only support agents can do that. To talk to one, say 'agent'.",
)

# -- to agents --------------------------------------------------------------------------

HELD_BY = T(
    "이 대화는 {holder} 님이 담당하고 있어요.",
    "{holder} is handling this conversation.",
)
YOU_HOLD = T("이미 담당하고 있는 대화예요.", "You're already handling this conversation.")
NOT_HELD = T(
    "지금 담당자가 없는 대화예요. 돌려줄 것이 없어요.",
    "Nobody is handling this conversation; there's nothing to hand back.",
)
ALREADY_CLOSED = T("이미 종료된 대화예요.", "This conversation is already closed.")
WRONG_CONVERSATION = T(
    "이 버튼은 다른 대화의 것이에요 ({key}).",
    "This button belongs to another conversation ({key}).",
)
UNKNOWN_ACTION = T(
    "알 수 없는 상담원 명령이에요: {action}. 사용할 수 있는 명령: takeover, handback, close, transcript, link <사업자번호> @사용자, status <신청 ID> <상태>.",
    "Unknown agent command: {action}. Available: takeover, handback, close, transcript, "
    "link <business number> @user, status <application id> <status>.",
)
BAD_BUSINESS_NUMBER = T(
    "사업자등록번호가 올바르지 않아요: {value}",
    "That is not a valid business registration number: {value}",
)
BAD_STATUS_ARGS = T(
    "형식: status <신청 ID> <상태> [메모]",
    "Usage: status <application id> <status> [note]",
)

LINKED = T(
    "{user} 님({whose})이 이제 {business} 사업자의 계약 정보를 볼 수 있어요.",
    "{user} ({whose}) may now see the contracts of {business}.",
)
ALREADY_LINKED = T(
    "{user} 님({whose})은 이미 {business} 사업자와 연결되어 있어요.",
    "{user} ({whose}) was already linked to {business}.",
)
LINK_OWNER = T("이 대화의 고객", "the merchant of this conversation")
LINK_NOT_OWNER = T("이 대화의 고객이 아님", "not this conversation's merchant")
LINK_WHOM = T(
    "누구를 연결할지 알려 주세요: link <사업자등록번호> @사용자",
    "Say whom to link: link <business number> @user",
)
STATUS_CHANGED = T("신청 #{id}: {before} → {after}", "Application #{id}: {before} → {after}")
STATUS_NOT_CHANGED = T(
    "신청 #{id}의 상태를 바꾸지 못했어요: {reason}",
    "Application #{id} was not changed: {reason}",
)
TRANSCRIPT_MORE = T(
    "전체 기록: onboard transcript {id}",
    "The whole transcript: onboard transcript {id}",
)

# -- the agents' card -------------------------------------------------------------------

CARD_REQUEST = T("상담 요청", "Support request")
CARD_STILL_WAITING = T(
    "⏰ {minutes}분째 대기 중인 상담 요청", "⏰ Waiting {minutes} min for an agent"
)
CARD_TAKEN = T("상담 중 — {agent} 님 담당", "In progress — {agent} is handling it")
CARD_TRANSCRIPT = T("대화 기록 (최근 {count}개)", "Transcript (last {count} lines)")
ROW_CONVERSATION = T("대화", "Conversation")
ROW_MERCHANT = T("고객", "Merchant")
ROW_REASON = T("사유", "Reason")
ROW_SINCE = T("요청 시각", "Requested")
ROW_WHERE = T("진행 단계", "Step")
ROW_BUSINESS_NUMBER = T("사업자등록번호", "Business number")
ROW_BUSINESS_NAME = T("상호", "Business name")
ROW_SELECTIONS = T("선택한 결제수단", "Selections")
DISPUTED_PICK = T("PG사 확인 필요", "confirm with the PG")
ROW_APPLICATIONS = T("신청 현황", "Applications")
NUMBER_UNVERIFIED = T("입력만 함, 본인 확인 전", "typed only, not verified")
ROW_RECENT = T("최근 메시지", "Recent messages")
REASONS = {
    "asked": T("고객이 상담원을 요청함", "the merchant asked for a person"),
    "not_understood": T("두 번 연속 이해하지 못함", "the assistant missed twice in a row"),
    # bot/engine.py GAVE_UP: a message or file failed (or crashed the worker) every attempt.
    "gave_up": T(
        "메시지 처리가 반복해서 실패함 (고객에게 사과 안내됨)",
        "handling a message failed every attempt (the merchant got an apology)",
    ),
}
NONE = T("없음", "none")
BUTTON_TAKEOVER = T("담당하기", "Take over")
BUTTON_HANDBACK = T("봇에게 돌려주기", "Hand back")
BUTTON_CLOSE = T("상담 종료", "Close")
BUTTON_TRANSCRIPT = T("대화 기록", "Transcript")

_WEEKDAYS_KO = "월화수목금토일"


def when(lang: Lang, at: datetime, now: datetime) -> str:
    """A time agents are back, as people say it: "오늘 13:00", "내일 09:00",
    "12월 28일(월) 09:00" / "today at 13:00 (KST)", "Mon 28 Dec at 09:00 (KST)"."""
    local_now = now.astimezone(at.tzinfo)
    days = (at.date() - local_now.date()).days
    clock = at.strftime("%H:%M")
    zone = at.tzname() or ""
    if lang is Lang.KO:
        if days == 0:
            return f"오늘 {clock}"
        if days == 1:
            return f"내일 {clock}"
        return f"{at.month}월 {at.day}일({_WEEKDAYS_KO[at.weekday()]}) {clock}"
    suffix = f" ({zone})" if zone else ""
    if days == 0:
        return f"today at {clock}{suffix}"
    if days == 1:
        return f"tomorrow at {clock}{suffix}"
    return f"{at.strftime('%a')} {at.day} {at.strftime('%b')} at {clock}{suffix}"


def minutes_since(then: datetime, now: datetime) -> int:
    return max(0, int((now - then) / timedelta(minutes=1)))
