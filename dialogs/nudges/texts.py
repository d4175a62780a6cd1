"""What nudges say, Korean and English side by side (agents' alerts in the agents' language)."""

from dialogs.i18n import T

# -- a merchant who stopped mid-application ------------------------------------------------

REMINDER = T(
    "신청을 이어서 해 볼까요? 남은 건 {missing} 하나예요. 아래 버튼을 누르면 멈춘 곳에서 이어져요.",
    "Shall we finish your application? The one thing left: {missing}. Press the button to go on where you stopped.",
)
GO_ON = T("이어서 하기", "Go on")
MISSING_METHODS = T("결제수단 선택", "choosing the payment methods")
MISSING_PG = T("{method}의 PG 선택", "choosing a PG for {method}")
MISSING_CONFIRM = T("선택한 결제수단과 PG 확인", "confirming the methods and PGs you chose")
MISSING_CERTIFICATE = T("사업자등록증 올리기", "uploading the business registration certificate")
MISSING_FIELD = T("'{field}' 입력", "the '{field}'")
MISSING_CHECK = T("사업자등록증에서 읽은 내용 확인", "checking what was read from the certificate")
MISSING_CONTACT = T("담당자 정보 입력", "the contact person's details")
MISSING_SUMMARY = T("사업자 정보 최종 확인", "confirming the business information")
MISSING_NUMBER_CHOICE = T(
    "어느 사업자등록번호가 맞는지 선택", "choosing which business number is right"
)
MISSING_BUSINESS = T("사업자 정보 등록", "registering the business information")
MISSING_SELECTION = T("결제수단과 PG 선택", "choosing the payment methods and PGs")

# -- the agents: a PG that has not moved --------------------------------------------------

PG_SILENT = T(
    "⏰ {app} ({pg}) 이(가) {since}부터 '{status}' 상태로 {days}영업일째 그대로예요. 사업자 {business}.\n연락 경로: {contact}",
    "⏰ {app} ({pg}) has been '{status}' since {since}, {days} business days without a move. Business {business}.\nHow to reach the PG: {contact}",
)
CONTACT_EMAIL = T(
    "PG 계약 문의는 pgs@portone.io (PG사 계약 담당 채널)",
    "PG contract questions go through pgs@portone.io (PortOne's PG contract channel)",
)
CONTACT_CARD_REVIEW = T("카드사 심사 진행 조회: {url}", "Card review progress: {url}")
CONTACT_ROUTE = {
    "pg_admin": T(
        "추가 신청은 PG 가맹점 관리자에서", "Additions go through the PG's merchant admin"
    ),
    "reapply": T(
        "추가 신청은 전자결제 신청으로 다시",
        "Additions: apply again through the online application",
    ),
    "support": T("추가 신청은 포트원 고객지원으로", "Additions go through PortOne support"),
}

# -- a PG that asked for documents ---------------------------------------------------------

DOCUMENTS_ASKED = T(
    "📄 {pg}에서 계약 서류를 요청했어요 ({app}). {business_type} 기준으로 준비하실 서류예요:",
    "📄 {pg} has asked for the contract documents ({app}). What {business_type} prepares:",
)
DOCUMENTS_ASKED_NO_TYPE = T(
    "📄 {pg}에서 계약 서류를 요청했어요 ({app}). 사업자 유형에 따라 준비할 서류가 달라요.",
    "📄 {pg} has asked for the contract documents ({app}). What to prepare depends on the type of business.",
)
DOCUMENTS_FOOTER = T(
    "정확한 목록은 PG사가 메일로 보내 드리고, 심사 중 추가 서류를 요청할 수 있어요. 업종에 따라 더 필요한 서류는 아래 버튼에서 확인하세요.",
    "The PG mails its exact list, and its review may ask for more. Documents some lines of business need are in the full checklist below.",
)
DOCUMENTS_MORE = T("전체 서류 안내 보기", "See the full checklist")
