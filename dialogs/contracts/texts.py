"""Texts of the existing-contract inquiry, Korean and English side by side."""

from dialogs import texts as shared
from dialogs.glossary import Term
from dialogs.i18n import T
from knowledge.bizno import BusinessKind

ASK_NUMBER = T(
    "기존 계약을 확인할 사업자등록번호 10자리를 알려 주세요. (예: 123-45-67890)",
    "Which business registration number should I check for existing contracts? "
    "It has 10 digits, e.g. 123-45-67890.",
)
ASK_NUMBER_FOR_PGS = T(
    "{pgs} 계약을 확인할게요. 사업자등록번호 10자리를 알려 주세요. (예: 123-45-67890)",
    "I'll check for {pgs} contracts. What is the business registration number? "
    "It has 10 digits, e.g. 123-45-67890.",
)

# -- what is wrong with a number ------------------------------------------------------------
NOT_A_NUMBER = T(
    "사업자등록번호는 숫자 10자리예요. (예: 123-45-67890) 번호를 입력해 주세요.",
    "A business registration number is 10 digits, e.g. 123-45-67890. Please type the number.",
)
WRONG_LENGTH = T(
    "입력하신 번호는 {count}자리예요. 사업자등록번호는 10자리예요. (예: 123-45-67890)",
    "The number you typed has {count} digits; a business registration number has 10 "
    "(e.g. 123-45-67890).",
)
NO_TEN_DIGITS = T(
    "말씀하신 내용에서 10자리 사업자등록번호를 찾지 못했어요. (예: 123-45-67890)",
    "I couldn't find a 10-digit business registration number in that (e.g. 123-45-67890).",
)
CHECKSUM_FAILED = T(
    "{number} 번호는 올바른 사업자등록번호가 아니에요. 마지막 검증번호가 맞지 않아요. 숫자를 다시 확인해 주세요.",
    "{number} is not a valid business registration number: its check digit doesn't match. "
    "Please check the digits.",
)
BAD_SERIAL = T(
    "{number} 번호는 국세청이 발급하는 사업자등록번호 형식이 아니에요. 숫자를 다시 확인해 주세요.",
    "{number} is not a number the tax office issues. Please check the digits.",
)
CORP_NUMBER_GIVEN = T(
    "{number} 번호는 법인등록번호예요. 계약 확인에는 사업자등록번호 10자리가 필요해요. (예: 123-45-67890)",
    "{number} is a corporate registration number (법인등록번호). To check contracts I need "
    "the 10-digit business registration number, e.g. 123-45-67890.",
)
CORP_NUMBER_INVALID = T(
    "{number} 번호는 법인등록번호처럼 13자리지만 검증번호가 맞지 않아요. 숫자를 다시 확인해 주세요. "
    "계약 확인에는 사업자등록번호 10자리가 필요해요.",
    "{number} has 13 digits like a corporate registration number, but its check digit "
    "doesn't match. Please check the digits. To check contracts I need the 10-digit business "
    "registration number.",
)

# -- who holds the number (digits 4-5) -------------------------------------------------------
KINDS: dict[BusinessKind, T] = {
    BusinessKind.INDIVIDUAL: T("개인사업자", "individual business"),
    BusinessKind.INDIVIDUAL_TAX_EXEMPT: T("개인 면세사업자", "tax-exempt individual business"),
    BusinessKind.CORPORATE: T("법인사업자", "corporation"),
    BusinessKind.CORPORATE_BRANCH: T("법인사업자 지점", "branch of a corporation"),
    BusinessKind.NON_PROFIT: T("비영리법인", "non-profit corporation"),
    BusinessKind.PUBLIC: T("국가·지방자치단체", "public body"),
    BusinessKind.FOREIGN_CORPORATE: T("외국법인", "foreign corporation"),
    BusinessKind.OTHER: T("기타 단체", "other organisation"),
}

# -- answers -------------------------------------------------------------------------------
TABLE_TITLE = T("{number} ({kind})의 포트원 계약", "PortOne contracts of {number} ({kind})")
COLUMNS = T("PG|결제수단|상태|계약일|MID", "PG|Methods|Status|Contract date|MID")
STATUSES: dict[str, T] = {
    # Said as a merchant would, not as the registry's codes ("active").
    "in_progress": T("계약 진행중", "Contract in progress"),
    "active": T("계약 완료", "Contract signed"),
    "terminated": T("해지", "Terminated"),
}
TERMINATED_ON = T("해지 ({date})", "Terminated ({date})")
NO_MID = T("발급 전", "not issued yet")
NO_DATE = T("-", "-")
NONE_FOR_PGS = T(
    "{number}에는 {pgs} 계약이 없어요.",
    "{number} has no {pgs} contract.",
)
OTHER_PGS = T("다른 PG와의 계약은 이래요.", "These are its contracts with other PGs.")
NONE_FOUND = T(
    "{number} ({kind}) 번호로 포트원에 등록된 계약이 없어요. 지금 전자결제를 신청하시겠어요?",
    "There are no PortOne contracts registered for {number} ({kind}). "
    "Would you like to apply for online payments now?",
)
MID_NOTE = T(
    "참고: 포트원 밖에서 PG사와 직접 계약해 발급받은 상점아이디(MID)는 그대로 사용할 수 없어요. "
    "포트원을 통해 신청해 발급된 MID만 연동할 수 있어요.",
    "Note: a MID issued by a PG under a contract made outside PortOne can't be reused; "
    "only MIDs issued through a PortOne application work with PortOne.",
)
WITHHELD = T(
    "{number} 번호는 올바른 사업자등록번호예요 ({kind}). 계약 정보는 이 사업자로 확인된 분께만 알려 드려요. "
    "사업자등록증을 올려 이 번호가 확인되었거나 상담원이 연결해 드린 경우예요. "
    "상담원이 확인해 드릴 수 있어요.",
    "{number} is a valid business registration number ({kind}). I share contract details "
    "only with someone verified for this business: by a business registration certificate "
    "uploaded here that shows this number, or by a support agent. An agent can confirm the "
    "contracts for you.",
)
RATE_LIMITED = T(
    "한 시간에 서로 다른 사업자등록번호는 {limit}개까지 조회할 수 있어요. 여러 사업자를 차례로 조회하지 못하게 "
    "하는 제한이에요. 이미 조회한 번호는 다시 볼 수 있고, 새 번호는 약 {minutes}분 뒤에 조회할 수 있어요. "
    "급하시면 상담원에게 물어보세요.",
    "You can look up at most {limit} different business numbers an hour; the limit keeps "
    "anyone from going through businesses one by one. Numbers you've already looked up still "
    "work, and you can look up a new one in about {minutes} minutes. If it's urgent, ask an "
    "agent.",
)
AFTER = T(
    "다른 사업자등록번호를 입력하시거나 아래에서 골라 주세요.",
    "Type another business registration number, or pick one of these.",
)

# -- buttons -------------------------------------------------------------------------------
ANOTHER = T("다른 번호 조회", "Look up another number")
APPLY = T("전자결제 신청하기", "Apply for online payments")
TALK_TO_PERSON = T("상담원과 이야기하기", "Talk to a person")

# How the main menu names this journey.
MENU_LABEL = T("기존 계약 확인", "Check existing contracts")

# -- words of these steps, explained when asked (``dialogs.glossary``) --------------------------

GLOSSARY = (
    Term(shared.BUSINESS_NUMBER_WORDS, shared.BUSINESS_NUMBER_MEANS, ("number",)),
    Term(
        ("MID", "상점아이디", "상점 아이디", "merchant id"),
        T(
            "MID(상점아이디)는 PG사가 계약한 가맹점에 발급하는 아이디예요. 포트원에 연동할 때 써요.",
            "A MID (merchant ID) is the ID a PG issues to a merchant under contract; it is used "
            "to connect the PG in PortOne.",
        ),
    ),
    Term(
        ("기존 계약", "existing contract", "existing contracts"),
        T(
            "기존 계약은 이 사업자가 포트원을 통해 이미 맺었거나 진행 중인 PG사 계약이에요.",
            "Existing contracts are the PG contracts this business already has, or has under way, "
            "through PortOne.",
        ),
    ),
)
