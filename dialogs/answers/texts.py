"""What the assistant says when it answers a question from the catalog, or asks which one."""

from __future__ import annotations

from dialogs.i18n import T

# -- one PG, one question -----------------------------------------------------------------
PG_YES = T(
    "네, {pg_topic} {what_obj} 지원해요{modes}.",
    "Yes, {pg} supports {what}{modes}.",
)
PG_NO = T(
    "{pg_subj} {what_obj} 지원한다는 내용은 자료에 없어요. 다른 PG사를 찾으시면 '{what} 되는 PG사'라고 물어봐 주세요.",
    'Our sources do not document {what} with {pg}. To see which PGs offer it, ask "which PGs do {what}?".',
)
# A "no" the catalog states with its reason (a service discontinued, a payment type PortOne
# does not support with that PG): the reason is the answer, not "not in the data".
PG_NO_STATED = T(
    "아니요, {reasons} 다른 PG사를 찾으시면 '{what} 되는 PG사'라고 물어봐 주세요.",
    'No. {reasons} To see which PGs offer it, ask "which PGs do {what}?".',
)
PG_DISPUTED = T(
    "{pg}의 {what} 지원 여부는 확인 중이에요. 상담원이 PG사에 확인해 드릴 수 있어요.",
    "Support for {what} at {pg} is being confirmed; an agent can check it with the PG for you.",
)
MODES = T(" (연동 방식: {modes})", " (integration: {modes})")
PARTNER = T(
    " {pg} 계약 안의 'PG 제휴 간편결제'로 제공돼서, 간편결제사와 따로 계약하지 않아도 돼요.",
    " It comes as a partner easy-pay inside the {pg} contract, with no separate contract with the easy-pay company.",
)

# -- a PG's overview --------------------------------------------------------------------------
OVERVIEW_HEAD = T("{pg_subj} 지원하는 결제수단이에요.", "What {pg} supports:")
OVERVIEW_LINE = T("• {ptype}: {methods}{modes}", "• {ptype}: {methods}{modes}")
OVERVIEW_DISPUTED = T(
    "• {ptype}, 지원 확인 중: {methods}",
    "• {ptype}, being confirmed: {methods}",
)

# -- a PG only PortOne V2 offers ------------------------------------------------------------
V2_ONLY = T(
    "{pg_topic} 포트원 V2에서만 연동돼요. 이 대화에서 돕는 신청은 V1 기준이라 신청 목록에는 없어요. V2로 연동하실 계획이면 상담원에게 문의해 주세요.",
    "{pg} integrates only with PortOne V2. The application this chat files is for V1, so it is not in the list; if you plan to integrate with V2, please ask an agent.",
)

# -- every PG ------------------------------------------------------------------------------
DIRECTORY_HEAD = T(
    "포트원으로 신청할 수 있는 PG사예요.",
    "The PGs you can apply for through PortOne:",
)
DIRECTORY_LINE = T("• {group}: {pgs}", "• {group}: {pgs}")
DIRECTORY_GROUPS = {
    "general": T("국내 결제", "Domestic payments"),
    "easy_pay": T("간편결제", "Easy pay"),
    "overseas": T("해외 결제", "Overseas payments"),
}
DIRECTORY_V2 = T(
    "포트원 V2에서만 연동되는 곳: {pgs}",
    "Only with PortOne V2: {pgs}",
)
DIRECTORY_UNCONFIRMED = T(
    "포트원 목록에 있지만 지원 내용을 확인 중인 곳: {pgs}",
    "In PortOne's list, what they support is being confirmed: {pgs}",
)
DIRECTORY_FOOT = T(
    "PG사마다 되는 결제수단이 달라요. 'KCP는 뭐 돼요?'처럼 PG사를 넣어 물어보시면 알려 드릴게요.",
    'Each PG supports different methods; ask "what does KCP support?" with the PG you have in mind.',
)

# -- which PGs ------------------------------------------------------------------------------
LIST_HEAD = T("{what_obj} 지원하는 PG사예요.", "PGs that support {what}:")
LIST_LINE = T("• {pg}{modes}{partner}", "• {pg}{modes}{partner}")
LIST_PARTNER = T(" — PG 제휴 간편결제", " — partner easy-pay")
LIST_DISPUTED = T(
    "지원 여부를 확인 중인 곳: {pgs}",
    "Support being confirmed: {pgs}",
)
LIST_NONE = T(
    "{what_obj} 지원한다는 PG사는 자료에 없어요. 상담원에게 물어보실 수 있어요.",
    "Our sources list no PG that supports {what}. You can ask an agent.",
)
LIST_FOOT = T(
    "신청하실 때 결제수단과 PG사를 고르는 단계에서 그대로 고를 수 있어요.",
    "You can pick these when you choose methods and PGs in the application.",
)

# -- words ----------------------------------------------------------------------------------
TYPE_NAMES = {
    "general": T("일반결제", "one-time payment"),
    "subscription": T("정기결제", "subscription (recurring) payment"),
    "keyin": T("수기(키인)결제", "key-in (manual card entry) payment"),
}
MODE_NAMES = {"window": T("결제창", "payment window"), "api": T("API", "API")}
WHAT = T("{method} {ptype}", "{method} {ptype}")
WHAT_MODE = T("{what} ({mode} 방식)", "{what} via {mode}")
JOIN = T(", ", ", ")
ALL_METHODS = T("결제", "payments")

# -- one reading of a capability question, as a button ("KCP 정기결제" or "INICIS 정기결제?") --
OPTION_ONE_PG = T("{pg} {what}", "{what} with {pg}")
OPTION_WHICH_PGS = T("{what} 되는 PG사", "PGs with {what}")

# -- close entries --------------------------------------------------------------------------
CLARIFY = T("어떤 내용을 물어보신 건가요?", "Which of these did you mean?")
NO_CONFIDENT_ANSWER = T(
    "그 질문에는 확실한 답을 찾지 못했어요. 상담원에게 물어보실 수 있어요. 질문은 담당 팀에 전달해 둘게요.",
    "I don't have a confident answer to that question. You can ask a person; I've passed the question on to the team.",
)
BACK_TO_STEP = T("이어서 진행할게요.", "Let's carry on where we were.")
