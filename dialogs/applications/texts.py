"""Texts of the applications journey: filing, status cards and updates, cancel, subscriptions."""

from dialogs.glossary import Term
from dialogs.i18n import T

# -- filing --------------------------------------------------------------------------------
FILED = T(
    "신청서를 결제대행사(PG)별로 {count}건 접수했어요. 진행 상황이 바뀔 때마다 이 대화로 알려 드릴게요.",
    "I've filed {count} applications, one per PG. I'll post every status change in this "
    "conversation.",
)
FILED_ONE = T(
    "신청서를 1건 접수했어요. 진행 상황이 바뀔 때마다 이 대화로 알려 드릴게요.",
    "I've filed the application. I'll post every status change in this conversation.",
)
FILED_NOTHING = T(
    "접수할 결제수단이 없어요. 결제수단과 PG사를 먼저 골라 주세요.",
    "There is nothing to file yet: please choose payment methods and PGs first.",
)

# -- the status card -----------------------------------------------------------------------
CARD_TITLE = T("{app} · {pg}", "{app} · {pg}")
ROW_BUSINESS = T("사업자등록번호", "Business number")
ROW_METHODS = T("결제수단", "Payment methods")
ROW_TYPES = T("결제 유형", "Payment types")
ROW_STATUS = T("상태", "Status")
ROW_NOTE = T("메모", "Note")
ROW_REASON = T("사유", "Reason")
ROW_NEXT = T("다음 단계", "Next step")
ROW_DURATION = T("보통 걸리는 시간", "Typical time")
PAYMENT_TYPES = {
    "general": T("일반결제", "One-time"),
    "subscription": T("정기결제", "Subscription"),
    "keyin": T("수기결제", "Key-in"),
}

# -- a status change -----------------------------------------------------------------------
CHANGED = T(
    "{app} ({pg}) 상태가 바뀌었어요: {old} → {new}.\n다음 단계: {next}",
    "{app} ({pg}) moved from {old} to {new}.\nNext: {next}",
)
CHANGED_DURATION = T(" ({duration})", " ({duration})")
CHANGED_NOTE = T("\n메모: {note}", "\nNote: {note}")

# -- the journey ---------------------------------------------------------------------------
NONE_YET = T(
    "아직 이 대화에서 접수한 신청이 없어요. 결제수단 신청을 시작하거나, 동료의 신청을 구독하려면 "
    "'구독 220-81-62517'처럼 사업자등록번호를 알려 주세요.",
    "No applications have been filed from this conversation yet. Start an application, or to follow "
    "a colleague's, say 'subscribe 220-81-62517' with the business number.",
)
OVERVIEW = T("신청 현황이에요 ({count}건).", "Here are your applications ({count}).")
WHAT_NEXT = T("무엇을 하시겠어요?", "What would you like to do?")
TABLE_TITLE = T("신청 현황", "Applications")
TABLE_COLUMNS = (T("번호", "No."), T("PG사", "PG"), T("상태", "Status"))
ACTION_REFRESH = T("현황 다시 보기", "Show status again")
ACTION_CANCEL = T("신청 취소", "Cancel an application")
ACTION_SUBSCRIBE = T("알림 구독", "Subscribe to updates")
ACTION_UNSUBSCRIBE = T("구독 해지", "Unsubscribe")
ACTION_INTEGRATION = T("연동 가이드", "Integration guides")
ACTION_ADD = T("결제수단 추가 신청", "Add payment methods")
ACTION_MENU = T("처음 메뉴", "Main menu")
NOT_UNDERSTOOD = T(
    "신청 현황에서는 '신청 취소', '구독 220-81-62517', '구독 해지 APP-12', '연동 가이드', "
    "'결제수단 추가'처럼 말씀해 주세요.",
    "Here you can say e.g. 'cancel APP-12', 'subscribe 220-81-62517', 'unsubscribe APP-12', "
    "'integration guides' or 'add payment methods'.",
)
UNKNOWN_APP = T(
    "{app} 신청을 찾을 수 없어요. 이 대화에서 볼 수 있는 신청 번호를 확인해 주세요.",
    "I can't find {app} among the applications this conversation can see.",
)

# -- cancel ----------------------------------------------------------------------------------
CANCEL_WHICH = T(
    "어떤 신청을 취소할까요? 취소는 되돌릴 수 없어요.",
    "Which application should I withdraw? This can't be undone.",
)
CANCEL_ONE = T(
    "{app} ({pg}) 신청을 취소할까요? 취소는 되돌릴 수 없어요.",
    "Withdraw {app} ({pg})? This can't be undone.",
)
CANCEL_YES = T("{app} ({pg}) 취소", "Withdraw {app} ({pg})")
CANCEL_ALL = T("접수 상태인 {count}건 모두 취소", "Withdraw all {count} submitted")
CANCEL_KEEP = T("취소하지 않기", "Keep them")
CANCEL_REFUSED_ASK = T(
    "이 신청은 여기서 취소할 수 없어요. 상담원에게 부탁하시거나 그대로 두시겠어요?",
    "I can't withdraw this one here. Ask a person, or keep it?",
)
CANCEL_KEPT = T("취소하지 않았어요.", "Nothing was cancelled.")
CANCEL_NOTHING = T(
    "지금 취소할 수 있는 신청이 없어요. 신청은 PG사가 받기 전(접수 상태)까지만 취소할 수 있어요.",
    "There's no application I can withdraw now: an application can be withdrawn only until the "
    "PG has received it (while it is 'Submitted').",
)
CANCEL_AFTER_RECEIVED = T(
    "{app} ({pg})은(는) PG사가 이미 받아서 여기서 취소할 수 없어요(현재: {status}). PG사에 계약을 "
    "진행하지 않겠다고 알려야 하니 상담원이 도와드릴게요.",
    "{app} ({pg}) has already been received by the PG, so I can't withdraw it here (now: "
    "{status}). The PG has to be told you're not going ahead; an agent can do that with you.",
)
CANCEL_FORWARDED = T(
    "{app} ({pg}): KG이니시스는 접수 즉시 신청을 넘겨받기 때문에 여기서 취소할 수 없어요. 상담원이 "
    "KG이니시스에 알려 드릴게요.",
    "{app} ({pg}): KG INICIS takes applications over the moment they are filed, so I can't "
    "withdraw it here. An agent can tell KG INICIS for you.",
)
CANCEL_CLOSED = T(
    "{app} ({pg})은(는) 이미 종료된 신청이에요(현재: {status}).",
    "{app} ({pg}) is already closed (now: {status}).",
)
ASK_AGENT = T("상담원 연결", "Talk to an agent")

# -- subscriptions --------------------------------------------------------------------------
SUBSCRIBE_WHAT = T(
    "어떤 신청의 알림을 받을까요? 사업자등록번호(예: 220-81-62517)나 신청 번호(예: APP-12)를 "
    "알려 주세요.",
    "Which updates would you like? Tell me a business number (e.g. 220-81-62517) or an "
    "application number (e.g. APP-12).",
)
SUBSCRIBE_BUSINESS_OPTION = T("{number}의 모든 신청", "All applications of {number}")
SUBSCRIBED_BUSINESS = T(
    "{number}의 신청 상태가 바뀔 때마다 이 대화로 알려 드릴게요.",
    "I'll post every status change of {number}'s applications here.",
)
SUBSCRIBED_APP = T(
    "{app}의 상태가 바뀔 때마다 이 대화로 알려 드릴게요.",
    "I'll post every status change of {app} here.",
)
SUBSCRIBED_ALL = T(
    "이 채널로 모든 신청의 상태 변경을 보내 드릴게요.",
    "This channel will get every application's status changes.",
)
ALREADY_SUBSCRIBED = T("이미 구독 중이에요.", "You're already subscribed.")
NOT_VERIFIED = T(
    "{number}의 알림을 받으려면 이 사업자의 확인이 필요해요. 사업자등록증을 올려 확인하시거나 "
    "상담원에게 연결을 요청해 주세요.",
    "To follow {number} you need to be verified for that business: upload its registration "
    "certificate, or ask an agent to link you.",
)
BAD_NUMBER = T(
    "사업자등록번호가 올바르지 않아요. 10자리 숫자(예: 220-81-62517)로 알려 주세요.",
    "That business number isn't valid. Please give the 10 digits, e.g. 220-81-62517.",
)
ALL_FOR_AGENTS = T(
    "모든 신청을 구독하는 피드는 상담원만 만들 수 있어요.",
    "Only agents can subscribe a channel to every application.",
)
UNSUBSCRIBE_WHICH = T("어떤 구독을 해지할까요?", "Which subscription should I end?")
UNSUBSCRIBE_NOTHING = T("이 대화에는 구독이 없어요.", "This conversation has no subscriptions.")
UNSUBSCRIBED = T("{what} 구독을 해지했어요.", "Unsubscribed from {what}.")
NOT_SUBSCRIBED = T("{what}은(는) 구독하고 있지 않아요.", "You weren't subscribed to {what}.")
SCOPE_ALL = T("모든 신청", "every application")

# -- integration ---------------------------------------------------------------------------
INTEGRATION_TITLE = T("PG사별 연동 가이드", "Integration guides per PG")
INTEGRATION_FOOTER = T(
    "테스트 연동은 지금 바로 시작할 수 있고, 실연동은 계약 완료(MID 발급) 뒤 관리자 콘솔에서 채널을 "
    "설정하면 돼요.",
    "You can build against test mode now; go live after the contract is signed (MID issued) by "
    "setting up the channel in the admin console.",
)
INTEGRATION_NONE = T("연동할 신청이 아직 없어요.", "There are no applications to integrate yet.")
CARD_REVIEW_LINK = T("{pg} 카드사 심사 조회", "{pg} card-review progress")

# How the main menu names this journey.
MENU_LABEL = T("신청 현황 보기", "See application status")

# -- words of these steps, explained when asked (``dialogs.glossary``) --------------------------

GLOSSARY = (
    Term(
        ("알림 구독", "구독", "subscribe", "subscription to updates", "subscribe to updates"),
        T(
            "알림 구독은 다른 분(예: 동료)의 신청 상태가 바뀔 때마다 이 대화에서 알림을 받는 "
            "기능이에요.",
            "Subscribing means getting a message here each time the status of someone else's "
            "application (a colleague's, say) changes.",
        ),
        ("subscribe_target",),
    ),
    Term(
        ("연동 가이드", "integration guide"),
        T(
            "연동 가이드는 계약된 PG사를 포트원으로 결제에 연결하는 개발 안내예요.",
            "The integration guide explains how your developers connect the contracted PG "
            "through PortOne.",
        ),
    ),
    Term(
        ("신청 번호", "application number", "application id"),
        T(
            "신청 번호는 PG사별 신청서마다 붙는 번호예요 (예: APP-12).",
            "The application number identifies each application to a PG, e.g. APP-12.",
        ),
        ("cancel_pick",),
    ),
)
