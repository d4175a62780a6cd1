"""Texts of payment-method and PG selection, Korean and English side by side.

Korean particles depend on the last syllable of a name, so names are set off with a colon or
quotes instead of being followed by 을/를, 은/는 or 로/으로.
"""

from dialogs.glossary import Term
from dialogs.i18n import T
from knowledge.catalog import MethodCategory, PaymentType

# -- names ------------------------------------------------------------------------------------

CATEGORY = {
    MethodCategory.GENERAL: T(
        "일반결제 (카드·계좌이체·가상계좌·휴대폰·상품권)",
        "General (card, transfer, virtual account, phone, gift certificates)",
    ),
    MethodCategory.EASY_PAY: T(
        "간편결제 (카카오페이·네이버페이 등)", "Easy pay (Kakao Pay, Naver Pay…)"
    ),
    MethodCategory.OVERSEAS: T("해외결제", "Overseas payments"),
    MethodCategory.IDENTITY: T("본인인증", "Identity verification"),
}
TYPE = {
    PaymentType.GENERAL: T("일반결제", "one-time payment"),
    PaymentType.SUBSCRIPTION: T("정기결제", "subscription"),
    PaymentType.KEYIN: T("수기결제", "key-in"),
}
TYPE_ITEM = T("{method} {type}", "{method} — {type}")
LIST_SEP = T(", ", ", ")
NOTHING = T("없음", "none")

# -- choosing methods -------------------------------------------------------------------------

METHODS_ASK = T(
    "어떤 결제수단이 필요하세요? 아래에서 종류를 골라 여러 개를 한 번에 선택하시거나, "
    "'카드랑 카카오페이'처럼 입력해 주세요.",
    "Which payment methods do you need? Pick a group below to choose several at once, "
    "or type them, e.g. 'card and Naver Pay'.",
)
CART = T("지금 고른 결제수단: {methods}", "Chosen so far: {methods}")
CART_EMPTY = T("아직 고른 결제수단이 없어요.", "Nothing chosen yet.")
CART_HINT = T(
    "더 고르시거나 '카카오페이 빼 주세요'처럼 빼실 수 있어요. 다 고르셨으면 '선택 완료'를 골라 주세요.",
    "Add more, or remove one ('remove Kakao Pay'). When you're done, choose 'Done choosing'.",
)
DONE = T("선택 완료", "Done choosing")
APPLIED = T("이미 신청하신 내역이에요:", "What you have already applied for:")
APPLIED_LINE = T("• {pg}: {methods} (상태: {status})", "• {pg}: {methods} (status: {status})")
APPLIED_HINT = T(
    "이미 신청한 결제수단과 PG사 조합은 다시 안내하지 않을게요.",
    "I won't offer the same method with the same PG again.",
)
APPLIED_MARK = T("신청됨: {pgs}", "applied: {pgs}")
ADDED = T("추가했어요: {methods}", "Added: {methods}")
ALREADY_CHOSEN = T("이미 골라 두셨어요: {methods}", "Already chosen: {methods}")
REMOVED = T("뺐어요: {methods}", "Removed: {methods}")
NOT_CHOSEN = T("고르지 않은 결제수단이에요: {methods}", "Not in your selection: {methods}")
CHOOSE_ONE_FIRST = T(
    "먼저 결제수단을 하나 이상 골라 주세요.", "Please choose at least one payment method first."
)
AMBIGUOUS_METHOD = T(
    "'{term}'은(는) 여러 결제수단을 뜻할 수 있어요. 어떤 것을 말씀하셨나요? 여러 개를 고르셔도 돼요.",
    "'{term}' could mean several payment methods. Which one(s) did you mean? You can pick several.",
)
ADD_SUBMIT = T("추가하기", "Add")
METHOD_UNAVAILABLE = T(
    "{method}: 지금 신청을 받는 PG사가 없어요.", "{method}: no PG takes new applications for it."
)
METHOD_APPLIED = T(
    "{method}: 이미 {pgs}에 신청하셨어요. 다른 PG사만 안내할게요.",
    "{method}: you already applied with {pgs}. I'll offer only other PGs.",
)
METHOD_ALL_APPLIED = T(
    "{method}: 받을 수 있는 PG사에 이미 모두 신청하셨어요.",
    "{method}: you have already applied with every PG that takes it.",
)
METHODS_NOT_UNDERSTOOD = T(
    "결제수단 이름을 찾지 못했어요. '신용카드랑 카카오페이'처럼 입력하시거나 아래에서 종류를 골라 주세요.",
    "I couldn't find a payment method in that. Type e.g. 'credit card and Kakao Pay', "
    "or pick a group below.",
)

# -- one tab ----------------------------------------------------------------------------------

CATEGORY_ASK = T(
    "{category}: 필요한 것을 모두 골라 주세요. 번호로 입력하셔도 돼요 (예: 1, 3).",
    "{category}: choose everything you need. You can also type the numbers (e.g. 1, 3).",
)
CATEGORY_SUBMIT = T("담기", "Save selection")

# -- subscription and key-in ------------------------------------------------------------------

TYPES_ASK = T(
    "일반결제 외에 정기결제(빌링키)나 수기결제(키인)도 필요하세요? 필요한 것을 모두 골라 주시고, "
    "없으면 '일반결제만'을 골라 주세요.",
    "Besides one-time payments, do you need subscriptions (billing keys) or key-in payments? "
    "Choose all you need, or 'One-time payments only'.",
)
STRICT_SCREENING = T(
    "정기결제와 수기결제는 비인증 결제라서 PG사 입점 심사가 더 까다로워요. 이 결제를 지원하는 PG사만 안내할게요.",
    "Subscriptions and key-in are non-authenticated payments, so PGs screen merchants more "
    "strictly for them. I'll offer only PGs that support them.",
)
GENERAL_ONLY = T("일반결제만", "One-time payments only")
TYPES_SUBMIT = T("정하기", "Save")
TYPES_SET = T("추가로 신청: {items}", "Also applying for: {items}")
TYPES_NONE = T("일반결제만 신청할게요.", "One-time payments only, then.")
TYPE_NOT_OFFERED = T(
    "{method}: {type}을(를) 지원하는 PG사가 없어요.", "{method}: no PG supports {type} for it."
)
TYPES_NOT_UNDERSTOOD = T(
    "'카드 정기결제', '수기결제' 또는 '없어요'처럼 말씀해 주세요.",
    "Please say e.g. 'card subscription', 'key-in' or 'none'.",
)

# -- PG per method ----------------------------------------------------------------------------

PG_ASK = T("{method}: 어느 PG사로 신청할까요?", "{method}: which PG would you like?")
PG_ASK_TYPES = T(
    "{method} ({types}): 어느 PG사로 신청할까요? 지원하는 PG사만 보여 드려요.",
    "{method} ({types}): which PG would you like? Only PGs that support this are listed.",
)
PG_RECOMMENDED = T("추천 {pg}: {reason}", "Recommended, {pg}: {reason}")
PG_CHOSEN_ALREADY = T(
    "{pgs}: 다른 결제수단에 이미 고르신 PG사예요. 한 PG사에 여러 결제수단을 함께 신청할 수 있어요.",
    "{pgs}: already chosen for another method; one PG can cover several methods.",
)
# A disputed catalog fact, as a merchant reads it: being confirmed, and who confirms it. Which
# sources disagree is for agents (the handoff card), never said here.
PG_DISPUTED = T(
    "{pg}: 이 결제수단 지원 여부를 확인하고 있어요. 고르시면 PG사에 확인해 드릴게요.",
    "{pg}: support for this is being confirmed; if you choose it, we'll check with the PG.",
)
PG_EXCLUDED = T("이미 신청해서 뺀 PG사: {pgs}", "Left out, already applied: {pgs}")
MARK_RECOMMENDED = T("추천", "recommended")
MARK_DISPUTED = T("지원 확인 중", "being confirmed")
MARK_CHOSEN = T("이미 선택", "already chosen")
MARK_PARTNER = T("PG 제휴", "via PG")
VIEW_ALL = T("모든 PG사 비교표", "View all PGs")
PG_SET = T("{method}: {pg} 선택했어요.", "{method}: {pg}.")
PG_SET_DISPUTED = T(
    "참고로 {pg}의 이 결제수단 지원 여부는 확인 중이에요. 신청하시면 PG사에 확인해 드릴게요.",
    "Note: support for this at {pg} is being confirmed; we'll check with the PG when you apply.",
)
PG_REFUSED = T(
    "{pg}: {method}{for_types} 지원하지 않아요. {reason}",
    "{pg} does not support {method}{for_types}. {reason}",
)
FOR_TYPES = T(" {types}은(는)", " for {types}")
PG_ALTERNATIVES = T("지원하는 PG사: {pgs}", "PGs that do: {pgs}")
PG_ALREADY_APPLIED = T(
    "{method}: {pg}에는 이미 신청하셨어요. 다른 PG사를 골라 주세요.",
    "{method}: you already applied with {pg}. Please choose another PG.",
)
PG_AMBIGUOUS = T(
    "'{term}'은(는) 어느 PG사를 말씀하신 건가요?", "Which PG did you mean by '{term}'?"
)
PG_DID_YOU_MEAN = T("'{term}': {pg}을(를) 말씀하신 건가요?", "'{term}': did you mean {pg}?")
YES = T("네", "Yes")
NO = T("아니요", "No")
PG_NONE_LEFT = T(
    "{method}{for_types} 받을 수 있는 PG사가 남아 있지 않아요. 결제수단을 빼거나 정기·수기결제를 바꿔 주세요.",
    "No PG is left that takes {method}{for_types}. Remove the method or change "
    "subscription / key-in.",
)
PG_NOT_UNDERSTOOD = T(
    "PG사 이름을 찾지 못했어요. 목록에서 고르시거나 'KG이니시스'처럼 입력해 주세요.",
    "I couldn't find a PG in that. Choose one from the list or type a name, e.g. 'KG INICIS'.",
)
NO_RECOMMENDATION = T(
    "이 결제수단에는 따로 추천하는 PG사가 없어요. 목록에서 골라 주세요.",
    "There's no particular recommendation for this method; please pick from the list.",
)
TABLE_TITLE = T(
    "PG사별 지원 현황 (✓ 지원, ✓* PG 제휴 간편결제, ? 확인 중, – 미지원)",
    "Support by PG (✓ yes, ✓* easy-pay through the PG, ? being confirmed, – no)",
)
TABLE_PG = T("PG사", "PG")
TABLE_APPLIED = T("신청됨", "applied")

# -- summary and filing -----------------------------------------------------------------------

SUMMARY_TITLE = T("신청 내용 확인", "Your application")
SUMMARY_FOOTER = T(
    "PG사마다 신청서가 하나씩 접수돼요. 이대로 신청할까요? 바꾸실 게 있으면 '카드 PG 바꿔 주세요', "
    "'카카오페이 빼 주세요', '네이버페이 추가'처럼 말씀해 주세요.",
    "One application is filed per PG. Shall I apply like this? To change something, say e.g. "
    "'change the PG for card', 'remove Kakao Pay' or 'add Naver Pay'.",
)
SUMMARY_DISPUTED = T(
    "지원 확인 중: {items}. 신청하시면 PG사에 확인해 드릴게요.",
    "Being confirmed: {items}. We'll check with the PG when you apply.",
)
SUMMARY_EXTRA = T(
    "{pg} 신청서에 필요한 정보({fields})는 '이대로 신청'을 고르시면 여쭤볼게요.",
    "Once you confirm, I'll ask what {pg} needs: {fields}.",
)
SUMMARY_STRICT = T(
    "정기·수기결제가 있어 PG사 입점 심사가 더 까다로워요.",
    "Subscriptions and key-in get stricter PG screening.",
)
CONFIRM = T("이대로 신청", "Apply")
MORE = T("결제수단 추가", "Add a method")
CHANGE_PG = T("PG사 바꾸기", "Change a PG")
REMOVE_METHOD = T("결제수단 빼기", "Remove a method")
EDIT_TYPES = T("정기·수기결제 바꾸기", "Change subscription / key-in")
WHICH_CHANGE = T("어떤 결제수단의 PG사를 바꿀까요?", "Which method's PG should I change?")
WHICH_REMOVE = T("어떤 결제수단을 뺄까요?", "Which method should I remove?")
WHAT_ABOUT = T("{method}: 어떻게 할까요?", "{method}: what would you like to do?")
SUMMARY_NOT_UNDERSTOOD = T(
    "이대로 신청할까요? '신청할게요'라고 하시거나 바꾸실 내용을 말씀해 주세요.",
    "Shall I apply like this? Say 'apply', or tell me what to change.",
)
ALL_REMOVED = T(
    "선택한 결제수단이 모두 빠졌어요. 다시 골라 주세요.",
    "Your selection is empty now. Please choose again.",
)
TO_BUSINESS = T(
    "결제수단 선택을 저장했어요. 이제 사업자 정보만 입력하시면 바로 신청할게요.",
    "I've saved your selection. Once your business information is in, I'll file it.",
)
FILING = T("신청서를 접수할게요:", "Filing these applications:")
FILING_LINE = T("• {pg}: {methods}", "• {pg}: {methods}")

# How the main menu names this journey.
MENU_LABEL = T("결제수단 신청", "Apply for payment methods")

# -- cancelling -------------------------------------------------------------------------------

CANCEL_ASK = T(
    "지금까지 고른 결제수단({methods})을 모두 지울까요?",
    "Discard the methods chosen so far ({methods})?",
)
CANCEL_YES = T("네, 지워 주세요", "Yes, discard them")
CANCEL_NO = T("아니요, 이어서 할게요", "No, keep them")
CANCEL_KEPT = T("그대로 두었어요. 이어서 할게요.", "Kept them. Let's carry on.")
SUMMARY_GENERAL_ONLY = T(
    "정기결제·수기결제가 없는 항목은 일반결제로 신청해요. 필요하면 '카드 정기결제 추가'처럼 말씀해 주세요.",
    "Items without subscription or key-in are one-time payments only; to add one, say e.g. "
    "'add card subscription'.",
)

# -- a PG's extra fields ----------------------------------------------------------------------

EXTRA_ASK = T(
    "{pg} 신청서에 들어갈 정보예요. {field}을(를) 알려 주세요.",
    "{pg}'s application needs one more thing: {field}?",
)
EXTRA_SAVED = T("{pg} 신청서의 {field}: {value}", "{pg}'s application, {field}: {value}")
EXTRA_PAUSED = T(
    "천천히 하셔도 돼요. 고르신 내용은 그대로 있으니, 준비되시면 알려 주세요.",
    "Take your time: your choices are kept. Tell me when you're ready.",
)
EXTRA_NOT_A_VALUE = T(
    "PG사 신청서에 들어갈 내용을 적어 주세요.",
    "Please type what the PG's application should say.",
)
EXTRA_EMPTY = T("비워 둘 수 없는 항목이에요.", "This one can't be left empty.")
EXTRA_TOO_LONG = T("{limit}자 이내로 적어 주세요.", "Please keep it to {limit} characters.")
# A PG's field the business information answers, said as what it will hold: the value when
# the merchant gave it, else where it comes from (never a placeholder as a value).
FROM_BUSINESS = {
    "website_name_service_name": (
        T(
            "{pg} 신청서의 홈페이지명에는 서비스명 '{value}'을(를) 쓸게요.",
            "{pg}'s application uses your service name, '{value}', as its website name.",
        ),
        T(
            "{pg} 신청서의 홈페이지명에는 사업자 정보에서 입력하실 서비스명을 쓸게요.",
            "{pg}'s application uses your service name from your business information as its "
            "website name.",
        ),
    ),
}
SUMMARY_EXTRA_VALUE = T("{pg} 신청서의 {field}: {value}", "{pg}'s application, {field}: {value}")

# -- a PG named before any method (issue 15, QA round) ----------------------------------------

PREFERRED_PG = T(
    "{pg}(으)로 신청하시는군요. 고르시는 결제수단마다 {pg}에서 받을 수 있으면 {pg}(으)로 정해 둘게요.",
    "{pg} it is: each method you choose goes to {pg} where {pg} supports it.",
)
PREFERRED_OFFERS = T("{pg}에서 신청할 수 있는 결제수단", "What {pg} offers")
PREFERRED_OFFERS_LINE = T("• {category}: {methods}", "• {category}: {methods}")
PREFERRED_CONFIRMING = T(" (지원 확인 중: {methods})", " (being confirmed: {methods})")
CATEGORY_SHORT = {
    MethodCategory.GENERAL: T("일반결제", "General"),
    MethodCategory.EASY_PAY: T("간편결제", "Easy pay"),
    MethodCategory.OVERSEAS: T("해외결제", "Overseas"),
    MethodCategory.IDENTITY: T("본인인증", "Identity verification"),
}

# -- words of these steps, explained when asked ("키인이 뭐예요?"; ``dialogs.glossary``) -------

GLOSSARY = (
    Term(
        ("일반결제", "one-time payment", "one-time", "general payment"),
        T(
            "일반결제는 고객이 결제할 때마다 결제창에서 인증하고 한 번 결제하는, 가장 보통의 결제예요.",
            "A one-time payment is the usual kind: the customer pays once, authenticating in the "
            "payment window each time.",
        ),
    ),
    Term(
        ("정기결제", "빌링키", "subscription", "recurring", "recurring payment", "billing key"),
        T(
            "정기결제는 고객 카드를 한 번 등록해 빌링키를 받아 두고, 그 키로 정해진 때(예: 매달) "
            "결제하는 방식이에요. 구독 서비스에 써요.",
            "A subscription (recurring) payment: the customer's card is registered once for a "
            "billing key, and you charge it on a schedule, e.g. monthly. Used for subscriptions.",
        ),
        ("types",),
    ),
    Term(
        ("수기결제", "키인", "수기", "key-in", "keyin", "key in", "manual card entry"),
        T(
            "수기결제(키인)는 결제창 없이 카드번호·유효기간·생년월일(법인카드는 사업자등록번호)·"
            "비밀번호 앞 2자리를 받아 한 번 결제하는 방식이에요. 전화 주문 같은 곳에 써요.",
            "A key-in (manual card entry) payment is a one-time payment taken with the card "
            "number, expiry, birth date (business number for corporate cards) and the first two "
            "password digits, without the payment window, e.g. for phone orders.",
        ),
        ("types",),
    ),
    Term(
        ("비인증 결제", "비인증", "non-authenticated", "without authentication"),
        T(
            "정기결제와 수기결제처럼 결제할 때 고객 인증을 거치지 않는 결제를 비인증 결제라고 해요. "
            "그래서 PG사 입점 심사가 더 까다로워요.",
            "Subscriptions and key-in are 'non-authenticated' payments: the customer does not "
            "authenticate when paying, so PGs screen them more strictly.",
        ),
    ),
    Term(
        ("간편결제", "easy pay", "easy-pay"),
        T(
            "간편결제는 카카오페이·네이버페이처럼 미리 등록한 카드나 계좌로 간단한 인증만 하고 "
            "결제하는 방식이에요.",
            "Easy pay means Kakao Pay, Naver Pay and the like: the customer pays with a card or "
            "account saved in the app, with a simple confirmation.",
        ),
    ),
    Term(
        ("PG 제휴", "via pg", "partner easy-pay", "partner easy pay"),
        T(
            "'PG 제휴' 간편결제는 PG사 계약 안에서 제공돼서, 간편결제사와 따로 계약하지 않아도 돼요.",
            "'Via PG' easy pay comes inside the PG's contract: no separate contract with the "
            "easy-pay company.",
        ),
    ),
    Term(
        ("해외결제", "overseas payments", "overseas payment", "overseas"),
        T(
            "해외결제는 해외 카드, 페이팔, 알리페이처럼 해외 고객이 쓰는 결제수단이에요.",
            "Overseas payments are what customers abroad use: international cards, PayPal, "
            "Alipay and the like.",
        ),
    ),
    Term(
        ("본인인증", "identity verification"),
        T(
            "본인인증은 결제가 아니라, 휴대폰 등으로 고객이 본인인지 확인하는 서비스예요 "
            "(예: 회원가입, 성인 확인).",
            "Identity verification is not a payment: it checks that customers are who they say "
            "(by phone, for example), e.g. at sign-up or for age checks.",
        ),
    ),
    Term(
        ("가상계좌", "virtual account"),
        T(
            "가상계좌는 주문마다 입금용 계좌번호를 발급하고, 고객이 그 계좌로 입금하면 결제가 "
            "끝나는 방식이에요.",
            "A virtual account is an account number issued per order: the payment completes when "
            "the customer transfers money into it.",
        ),
    ),
    Term(
        ("실시간 계좌이체", "계좌이체", "bank transfer", "real-time bank transfer", "transfer"),
        T(
            "실시간 계좌이체는 고객이 자기 은행 계좌에서 바로 이체해 결제하는 방식이에요.",
            "A real-time bank transfer is paid straight from the customer's own bank account.",
        ),
    ),
    Term(
        ("휴대폰 소액결제", "휴대폰결제", "phone billing", "mobile phone billing"),
        T(
            "휴대폰 소액결제는 결제 금액이 고객의 휴대폰 요금에 합산되어 청구되는 결제예요.",
            "With phone billing the amount is added to the customer's mobile phone bill.",
        ),
    ),
    Term(
        ("상품권", "gift certificate", "gift certificates"),
        T(
            "상품권 결제는 문화상품권 같은 상품권의 잔액으로 결제하는 방식이에요.",
            "Gift certificate payment uses the balance of a gift certificate (e.g. culture gift "
            "certificates) to pay.",
        ),
    ),
    Term(
        ("PG사", "PG", "payment gateway"),
        T(
            "PG사(전자결제대행사)는 카드사 등과 계약해 온라인 결제를 대신 처리해 주는 회사예요. "
            "예: KG이니시스, NHN KCP, 토스페이먼츠.",
            "A PG (payment gateway) is the company that processes online payments for you under "
            "contracts with card companies, e.g. KG INICIS, NHN KCP, Toss Payments.",
        ),
        ("pgs",),
    ),
    Term(
        (
            "배송 및 서비스 기간",
            "배송 기간",
            "서비스 제공 기간",
            "delivery and service period",
            "delivery period",
            "service period",
        ),
        T(
            "배송 및 서비스 기간은 결제 후 언제까지 상품을 보내는지, 서비스라면 얼마 동안 "
            "제공하는지예요 (예: 결제 후 3일 이내 배송, 1년 이용권).",
            "The delivery and service period is how soon after payment goods are shipped, or how "
            "long a service lasts, e.g. 'shipped within 3 days', 'one-year pass'.",
        ),
        ("extras",),
    ),
    Term(
        ("입점 심사", "입점심사", "screening"),
        T(
            "입점 심사는 PG사가 계약 전에 사업자와 판매하는 상품을 검토하는 심사예요.",
            "Screening is the PG's review of your business and what you sell before the contract.",
        ),
    ),
)
