"""Texts of the documents checklist."""

from dialogs.glossary import Term
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
    "What to prepare for the contract as {business_type}{for_pgs}:",
)
FOR_PGS = T(" ({pgs})", " ({pgs})")
# Said after "as": with their article in English.
TYPE_INDIVIDUAL = T("개인사업자", "an individual business")
TYPE_CORPORATE = T("법인사업자", "a corporation")
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

# -- words of these steps, explained when asked (``dialogs.glossary``) --------------------------

GLOSSARY = (
    Term(
        ("개인사업자", "법인사업자", "individual business", "corporation", "corporate business"),
        T(
            "개인사업자는 대표자 개인 이름으로 등록한 사업자, 법인사업자는 회사(법인)로 등록한 "
            "사업자예요. 사업자등록증에 '법인사업자'라고 적혀 있으면 법인이에요.",
            "An individual business is registered in the owner's own name; a corporation is "
            "registered as a company. Your certificate says which (법인사업자 means corporate).",
        ),
        ("type",),
    ),
    Term(
        ("인감증명서", "seal certificate", "certificate of seal"),
        T(
            "인감증명서는 등록된 인감(도장)이 본인 것임을 증명하는 서류예요. 주민센터나 "
            "등기소(법인)에서 발급받아요.",
            "A seal certificate proves that the registered seal is yours; it is issued by a "
            "community centre (or the registry office for a corporation).",
        ),
    ),
    Term(
        ("고객거래확인서", "customer due diligence", "customer transaction confirmation"),
        T(
            "고객거래확인서는 자금세탁 방지를 위해 사업자와 실제 소유자를 확인하는 서류예요. "
            "PG사가 양식을 줘요.",
            "The customer transaction confirmation identifies the business and its real owner "
            "(anti-money-laundering); the PG provides the form.",
        ),
    ),
    Term(
        ("보증보험증권", "보증보험", "surety insurance", "guarantee insurance"),
        T(
            "보증보험증권은 PG사가 정산 위험에 대비해 요청할 수 있는 보험 증권이에요. 심사에서 "
            "요청할 때만 준비하시면 돼요.",
            "A surety insurance policy may be requested by a PG to cover settlement risk; prepare "
            "it only if the screening asks for it.",
        ),
    ),
    Term(
        ("정산 통장", "정산통장", "settlement account"),
        T(
            "정산 통장은 PG사가 결제 대금을 보내 줄 계좌예요.",
            "The settlement account is the bank account the PG pays your sales into.",
        ),
    ),
)
