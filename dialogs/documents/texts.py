"""Texts of the documents checklist."""

from dialogs.i18n import T

MENU_LABEL = T("필요 서류 확인", "Documents checklist")

ASK_TYPE = T(
    "계약에 필요한 서류는 사업자 유형에 따라 달라요. 개인사업자인가요, 법인사업자인가요? "
    "사업자등록번호를 알려 주셔도 돼요.",
    "The documents a contract needs depend on the type of business. Are you an individual "
    "business (개인사업자) or a corporation (법인사업자)? You can also give me your business "
    "registration number.",
)
INDIVIDUAL = T("개인사업자", "Individual business")
CORPORATE = T("법인사업자", "Corporation")
TYPE_FROM_NUMBER_UNCLEAR = T(
    "이 번호로는 사업자 유형을 알 수 없어요.",
    "I can't tell the type of business from that number.",
)
ASK_INDUSTRY = T(
    "아래 업종이라면 서류가 더 필요해요. 해당하는 게 있나요?",
    "These lines of business need more documents. Does one of them apply to you?",
)
NO_INDUSTRY = T("해당 없음", "None of these")

HEADER = T(
    "{business_type} 계약에 준비하실 서류예요{for_pgs}:",
    "What to prepare for the contract as a {business_type}{for_pgs}:",
)
FOR_PGS = T(" ({pgs})", " ({pgs})")
TYPE_INDIVIDUAL = T("개인사업자", "individual business")
TYPE_CORPORATE = T("법인사업자", "corporation")
FOOTER = T(
    "PG사마다 정확한 목록을 메일로 보내 드리고, 심사 중에 서류를 더 요청할 수 있어요. "
    "서류는 모두 pgs@portone.io 를 통해 주고받아요.",
    "Each PG mails you its exact list, and its review may ask for more. All documents go "
    "through pgs@portone.io.",
)
COPIES = T("{count}부", "{count} copies")
EACH_PG = T("PG사마다: {pgs}", "one set per PG: {pgs}")
ORIGINAL = T("원본", "original")
RECENT = T("발급 {months}개월 이내", "issued within the last {months} months")
ONLY_IF = T("필요할 때: {condition}", "only {condition}")
AFTER = T("다른 도움이 필요하시면 말씀해 주세요.", "Anything else I can help with?")
CHANGE_TYPE = T("사업자 유형 바꾸기", "Change the business type")
CHANGE_INDUSTRY = T("업종 바꾸기", "Change the line of business")
