"""Near-topic questions about someone else's business: answered by nobody here.

The FAQ's refusal words (``out_of_scope`` in faq.yaml) are single terms: "세무서", "쿠팡".
Merchants' near-topic questions are often made of on-topic words put together: "은행 이체
수수료" has a fee and a bank transfer, "카드 단말기" has a card, "정산 주기" has the word of the
settlement account. Each word alone belongs to the application; together they ask about a
bank's price list, an in-store card terminal, the payout calendar of a marketplace or a PG, or
how another shop builder is set up. PortOne's application (domain-facts §3) files online-payment
contracts with PGs; it does not sell terminals, set banks' fees, publish settlement calendars or
configure other platforms, and no FAQ entry says anything about them. A desk that answers them
from the nearest entry (the fee entry, the card catalog) is confidently wrong, so they are
refused with the agent offered (know15).

Each rule is a fact about the domain, written from the categories, not from any question set.
"""

from __future__ import annotations

import re
from enum import StrEnum

from knowledge.after_live import AfterLive, after_live
from knowledge.faq import load_faq
from knowledge.matcher import extract_methods, extract_pgs
from knowledge.neighbours import Neighbour, neighbour
from knowledge.normalize import normalize


class NearTopic(StrEnum):
    IN_STORE = "in_store"  # card terminals, POS, VAN: offline payments
    BANK_FEE = "bank_fee"  # a bank's own fees (transfer, remittance, ATM)
    PAYOUT_CALENDAR = "payout_calendar"  # when settlements are paid out
    SHOP_BUILDER = "shop_builder"  # another shop platform's own set-up
    OTHER_CONSOLE = "other_console"  # a PG's or an easy pay's own merchant centre
    MARKETPLACE = "marketplace"  # selling on a marketplace or an app store: its listing, its cut
    BANK_PRODUCT = "bank_product"  # opening an account, getting a card for the business
    REFUND = "refund"  # refunding or cancelling a customer's payment
    # a shopper's payment failing, exchange rates, a subscriber leaving, a balance
    OPERATIONS = "operations"
    CASH_RECEIPT = "cash_receipt"  # issuing cash receipts (a tax matter)
    CONSUMER = "consumer"  # a shopper's own use of a wallet, a card or a voucher
    GOVERNMENT = "government"  # registering the mail-order business with the authorities
    COMPANY = "company"  # a PG's or PortOne's own affairs: its share price, its offices
    # the merchant's integration misbehaving or restyled: its screens, builds, calls (know26)
    TROUBLESHOOTING = "troubleshooting"
    # another supplier's contract, cancellation or approval: a phone plan, a domain, an ad
    # network (know31)
    OTHER_CONTRACT = "other_contract"


# Offline payments: a terminal, a POS or a VAN company is how a shop takes cards at the
# counter; the application here is for payments on a website or an app.
_IN_STORE = re.compile(
    r"(단말기|포스기|포스 ?(?:기기|연동|시스템|프로그램)|pos ?기|카드 ?리더기|리더기|밴사|van ?사|"
    r"키오스크|카드 ?결제기(?![간한능록준])|휴대용 ?결제기|결제 ?기계|카드기(?![업간])|"
    r"\bpos\b|\bvan\b|\bcard (?:terminal|reader|machine)s?\b|\bpayment terminals?\b|"
    r"\bpoint of sale\b|\bkiosks?\b|오프라인 ?결제|오프라인 ?매장에서|현장 ?결제|"
    r"\bphysical (?:store|shop)s?\b|\bin store\b|\bbrick and mortar\b)"
)

# "단말기 없이 온라인만": the hardware named only as what the merchant does without.
_NO_HARDWARE = re.compile(
    r"(\S*(?:단말기|결제기|리더기|\bpos\b)\S* ?(?:없이|말고|없고|필요 ?없|아니고)|"
    r"\b(?:without|no|not) (?:a |any )?(?:card )?(?:terminal|reader|pos)s?\b)"
)

# A bank's own price list: a bank named together with a fee. ("계좌이체 수수료" alone is the
# payment method's fee, which the fee entry answers; "신한은행 이체 수수료" is the bank's.)
_BANK = re.compile(
    r"(은행|(?<!세틀)뱅크|뱅킹|농협|신협|새마을금고|우체국|"
    r"(?<!ssgpay )\bbanks?\b(?! (?:transfer|account|statement)s?\b)|"
    r"\bwire transfers?\b|\b(?:international|overseas|domestic|bank) wires?\b|\bremittances?\b|"
    r"\batm\b)"
)
_BANK_TRANSFER_FEE = re.compile(r"(송금|타행|출금)")
_FEE = re.compile(r"(수수료|\bfees?\b|\bcharges?\b|\bcost\b)")
# A bank's products for the business itself: an account opened, a card issued to the owner,
# money sent or received by remittance, a bank-issued signing certificate.
_BANK_PRODUCT = re.compile(
    r"(통장 ?개설|(?<!가상)계좌 ?개설|송금|\bremittances?\b|\bwire transfers?\b|"
    r"(?:공동|공인) ?인증서 ?(?:를 |을 )?(?:발급|재발급|갱신)|"
    r"(?:체크|신용|법인|사업자|개인) ?카드 ?(?:를 |을 )?(?:발급|만들)|"
    r"\bwhich bank (?:has|offers|is)\b|\bbest bank\b|은행 ?추천|좋은 ?은행|"
    r"어느 ?은행(?:이|가)? ?(?:좋|나아|나을|괜찮|유리)|"
    r"\b(?:get|open|apply for) an? (?:business |corporate |company )?(?:credit card|debit card|"
    r"bank account|corporate card|business card)\b)"
)

# When the money arrives: settlement timing. The FAQ has the settlement account (whose name)
# and the insurance's settlement limit, never the payout calendar, which the PG's contract sets.
_SETTLEMENT_KO = re.compile(r"정산")
_SETTLEMENT_ACCOUNT_KO = re.compile(r"정산 ?(계좌|통장|한도)")
_WHEN_KO = re.compile(
    r"(주기|일정|정산일|지급일|입금일|며칠|몇 ?일|언제|\bd ?\d\b|들어오|들어와|입금되|입금 되)"
)
_PAYOUT_EN = re.compile(
    r"(\b(?:payout|settlement|settle) (?:schedule|cycle|timing|date|day|period)s?\b|"
    r"\bwhen (?:do|will|does|would) (?:i|we) (?:get paid|receive (?:the |my |our )?"
    r"(?:money|funds|payouts?|settlements?))\b|\bhow (?:soon|fast|often) .*\b(?:paid|payouts?)\b|"
    r"\b(?:when|how long|how soon)\b.*\b(?:settle|settled|paid out|deposited)\b)"
)

# Other shop builders' own settings. WooCommerce/WordPress are not here: the FAQ answers them
# (PortOne's plugin limits the PG list); Shopify and 스마트스토어 are faq.yaml's refusal
# words. A MID or PortOne named makes it a question about bringing an existing contract here,
# which the FAQ's MID-reuse entry answers.
_BUILDER = re.compile(
    r"(카페24|cafe ?24|아임웹|imweb|고도몰|godo ?mall|식스샵|sixshop|메이크샵|makeshop|"
    r"샵바이|shopby|"
    r"\bwix\b|squarespace|bigcommerce|magento|prestashop|opencart)"
)
# "카페24 말고 자사몰에서": the builder named only as what the merchant is leaving.
_SET_ASIDE = re.compile(r"(말고|대신|에서 옮|에서 이전|\binstead\b|\bmoving from\b|\bmigrat)")
# PortOne by its names, old and new.
_PORTONE_NAMES = r"포트원|아임포트|portone|iamport"
_OURS = re.compile(rf"({_PORTONE_NAMES}|\bmid\b|상점 ?아이디|merchant id)")

# A PG's or an easy pay's own merchant centre: its log-in, its settings, its reports. The
# application here is filed from PortOne's console; the FAQ knows nothing of the others.
_OTHER_CONSOLE = re.compile(
    r"(파트너 ?센터|판매자 ?센터|셀러 ?센터|페이 ?센터|\bseller cent|\bpartner cent|"
    r"(?:상점|가맹점) ?관리자(?:페이지| 페이지)? ?(?:비밀번호|로그인|계정|아이디 찾|설정))"
)

# An account of the merchant's own with a PG or a wallet ("페이팔 비즈니스 계정 만들기"): that
# company's sign-up, not PortOne's application (a test account is PortOne's test channel).
# Changing or recovering one's password at a PG or a wallet: that company's own log-in.
_PASSWORD = re.compile(
    r"(\b(?:change|reset|forgot|forgotten|lost|recover) (?:my |the |our )?(?:\w+ ){0,3}password\b|"
    r"(?:비밀번호|비번) ?(?:을 |를 )?(?:변경|바꾸|바꿔|찾|재설정|잊|초기화))"
)
_ACCOUNT_MADE = re.compile(
    r"((?:계정|\baccount\b) ?(?:을 |를 )?(?:만들|만드|개설|생성|가입)|"
    r"\b(?:create|open|set up|sign up for|make|register) an? (?:\w+ ){0,2}account\b)"
)
_TEST = re.compile(r"(테스트|\btest|\bsandbox\b)")

# Refunding a shopper or cancelling one payment happens after the contract, in the console or
# the API; the FAQ's cancellation entry is about cancelling the application ("전자결제 취소").
_REFUND = re.compile(
    r"(환불|(?<!전자)결제 ?(?:건 ?)?취소|결제를 ?취소|이중 ?결제|중복 ?결제|두 ?번 ?결제|"
    # the same told the other way round, as a thing that happened ("결제가 두 번 됐어요"; "두 번
    # 돼요?" asks about a billing key's first charge)
    r"결제(?:가|이)? ?두 ?번 ?(?:됐|되었|나갔|빠졌|승인 ?됐)|"
    r"부분 ?취소|\bpartial (?:cancel|refund)|"
    # a payment cancelled after it was made, a cardholder's dispute (know31)
    # (a test payment cancelled is the test channel's)
    r"(?<!테스트)(?<!테스트 )결제 ?(?:후|하고|한 ?뒤|한 ?다음|된 ?뒤|된 ?후|된 ?다음)"
    r"\S* ?(?:\S+ )?취소|"
    r"분쟁|이의 ?제기|\bdisputes?\b|\bdisputed\b|"
    r"\brefund|\bchargeback|\bcharged twice\b|\bdouble charged\b|"
    r"\bcancel (?:a|the|my|our|their|this) (?:customer s )?(?:payment|charge|transaction)s?\b)"
)

# Applying, named: the application is what a question about a shopper's failed payment asks.
_APPLYING = re.compile(r"(신청|\bappl(?:y|ication)\b)")

# Selling through someone else's shop window: listing on a marketplace (입점, not the PG's
# 입점심사, the screening of the application), its commission, an app store's in-app billing.
_MARKETPLACE = re.compile(
    r"((?<!pg)(?<!pg )(?<!pg사)(?<!pg사 )입점(?! ?심사)|판매 ?수수료|중개 ?수수료|출점|"
    r"인앱 ?결제|\bin app (?:billing|purchases?|payments?)\b|"
    r"\bseller (?:fees?|registration|account|central|center)\b|\bselling fees?\b|"
    r"\bregister as a seller\b)"
)

# Taking payments once live: a shopper's card declined or a payment failing (not the PG
# declining the application, which the FAQ answers), the card network's exchange rate, a
# subscriber stopping their billing (not the merchant cancelling the application).
_SHOPPER = re.compile(
    r"(고객(?! ?(?:센터|지원|상담))|손님|구매자|구독자|회원|"
    r"\bcustomers?\b(?! (?:service|support|care|center|centre))|\bshoppers?\b|\bbuyers?\b|"
    r"\bsubscribers?\b)"
)
_SHOPPER_TROUBLE = re.compile(
    r"(거절|실패|해지|구독 ?취소|정기 ?결제 ?취소|끊어|\bdeclined\b|\bfail|\brejected\b|"
    r"\bcancel (?:their|his|her|a|the) (?:subscription|plan|billing)\b|"
    r"\bstop (?:billing|charging)\b|\bunsubscribe)"
)
_EXCHANGE_RATE = re.compile(
    r"(환율|환전|\bexchange rates?\b|\bcurrency (?:conversion|exchange)\b|"
    r"\bconversion (?:fee|rate)s?\b)"
)

# A balance: of a shopper's points or gift card, of a wallet, of a bank account. The
# application holds no money and no entry states a balance; "베네피아 포인트 잔액 조회" is
# the point scheme's own service, although its words (a point scheme, 조회) are on topic.
_BALANCE = re.compile(r"(잔액|잔고|\bbalances?\b)")
# A limit on spending: a card's or a phone bill's (한도 올리기), a transaction cap. The FAQ's one
# limit is the monthly settlement limit the guarantee insurance sets (정산 한도).
_LIMIT = re.compile(
    r"((?<!정산)(?<!정산 )한도|"
    r"\b(?:credit|spending|card|transaction|daily|phone billing) limits?\b)"
)

# A shopper's own use of a wallet, a card or a voucher: topping up Kakao Pay money, a transit
# card in Samsung Pay, coupons and points collected, cashing a voucher, where it is accepted.
# The merchant's application says which methods its checkout takes, nothing of these.
_CONSUMER = re.compile(
    r"((?:머니|포인트|교통 ?카드|잔액|금액|선불 ?카드|기프트 ?카드) ?충전|충전 ?(?:하는 ?법|방법)|"
    r"교통카드|쿠폰|적립(?!금)|현금화|사용처|"
    r"(?:쓰는|쓸 ?수 ?있는|사용 ?가능한|사용하는|되는) ?(?:가게|매장|상점|식당|편의점)|"
    r"\btop ?up\b|\btopping up\b|\bcoupons?\b|\bwhere (?:can|do) i (?:use|spend)\b|"
    r"\btransit card\b|\bcash (?:out|in) (?:a |my )?(?:gift|voucher)|"
    # paying one's own bills with a wallet, buying a voucher, what points are worth, the
    # statement of one's own card
    r"\bpay(?:ing)? (?:my|our) (?:\w+ )?(?:bills?|rent|taxes|tax|fines?|tuition)\b|"
    r"\b(?:i|we|to) buy (?:a |an |some )?(?:\w+ ){0,2}(?:gift ?cards?|vouchers?)\b|"
    r"\bpoints? worth\b|"
    r"\bworth\b.*\bpoints?\b|\bpoints?\b.*\bworth\b|카드 ?명세서|이용 ?명세서|"
    # buying something oneself (a voucher, a phone), one's own card bill
    r"어디서 ?(?:사요|사나요|사야|살 ?수)|구매처|구입처|\b(?:i|we) (?:buy|purchase)\b|"
    r"카드 ?청구서|카드 ?고지서|\bcard (?:bill|statement)s?\b)"
)

# One's own wallet ("my Kakao Pay", "제 토스"): a shopper speaking of the app on their phone.
# A merchant speaks of the wallet as a method it takes, an application, a contract or a MID.
_MY_WALLET = re.compile(
    r"(\bmy (?:kakao ?pay|naver ?pay|toss(?! ?payments)(?: pay)?|payco|apple ?pay|samsung ?pay|"
    r"google ?pay|paypal|alipay|wechat ?pay|l ?pay|ssg ?pay)\b|"
    r"(?:제|내) (?:카카오페이|네이버페이|토스|페이코|애플페이|삼성페이|페이팔|알리페이|위챗페이))"
)
_MERCHANT_SIDE = re.compile(
    r"(신청|계약|가맹|상점|mid|연동|고객|손님|결제창|테스트|포트원|채널|\bpg\b|pg사|\bchannel|"
    r"\bappl(?:y|ication)|\bcontract|\bmerchant|\bstore\b|\bshop\b|\bsite\b|\bcheckout\b|"
    r"\bintegrat|\bcustomers?\b|\bbuyers?\b|\btest|\bportone\b|\bsandbox\b)"
)

# A card issuer's products for its cardholders: the annual fee, the limit, the benefits. (The
# card payments a merchant takes are the catalog's; a fee the PG charges is the fee entry's.)
_CARD_ISSUER = re.compile(
    r"((?:kb ?)?국민카드|신한카드|삼성카드|현대카드|롯데카드|하나카드|우리카드|비씨카드|"
    r"bc ?카드|"
    r"농협카드|nh ?카드|씨티카드|\b(?:shinhan|hyundai|lotte|hana|woori|kookmin) card\b)"
)
_CARDHOLDER = re.compile(
    r"(연회비|한도|혜택|포인트|캐시백|발급|할인|"
    r"\bannual fee\b|\bbenefits?\b|\bpoints?\b|\bcredit limit\b)"
)

# A company's share price (주가) as a word of its own, not the end of 주주가 or 외주가.
_SHARE_PRICE = re.compile(r"(?:^|\s)주가(?:가|는|도|$|\s)")
# Where a PG or PortOne has its offices: the company named with its premises. (The business's
# own address is the application's; "head office" is a field of a corporate certificate.)
_PREMISES = re.compile(r"(본사|사무실|사옥|\boffices?\b|\bheadquarters\b|\bhq\b)")
_PORTONE = re.compile(f"({_PORTONE_NAMES})")
# Documents posted to a PG's office are the application's ("KCP 본사로 서류 원본 보내요?").
_POSTED = re.compile(r"(서류|원본|우편|등기|보내|발송|제출|\bsend|\bmail|\bpost\b|\bdocuments?\b)")

# Registering as a mail-order business (통신판매업 신고) is done with the district office; the
# FAQ says only that KB Kookmin Card wants its number shown in the site's footer.
_MAIL_ORDER = re.compile(
    r"(통신 ?판매(?:업)? ?신고(?!번호| 번호)|통신 ?판매(?:업)? ?(?:신고 ?)?면제|"
    r"\bmail ?order (?:business |sales )?registration\b|"
    r"\bregister (?:as )?(?:a )?mail ?order\b)"
)
_HOW_WHERE = re.compile(
    r"(어디|어떻게|방법|절차|서류|구청|시청|정부24|비용|얼마|하는 ?법|하려면|려면|신고증|재발급|"
    r"갱신|변경|폐업|면제|기준|대상|\bhow\b|\bwhere\b|\bcertificate\b|\breissue|\brenew|"
    r"\bexempt)"
)
_SHOWN = re.compile(r"(표시|하단|푸터|\bfooter\b|\bdisplay|\bshow)")

# Issuing a cash receipt is a tax-law duty of the shop, not part of the application.
_CASH_RECEIPT = re.compile(r"(현금 ?영수증|\bcash receipts?\b)")
_ISSUE = re.compile(r"(발행|발급|끊어|\bissu)")


# --- know31: the application's process words with another supplier as their object. A contract
# signed, cancelled or approved, a review passed, is the PG application's only when nothing else
# is named as what is contracted or reviewed: "휴대폰 약정 계약 취소", "cancel my domain
# registration", "애드센스 승인 안 나요" are the phone company's, the registrar's, the ad
# network's. Only suppliers whose names no PG, method or document shares are listed.
_OTHER_SUPPLIER = re.compile(
    r"(휴대폰 ?약정|핸드폰 ?약정|통신사|인터넷 ?(?:약정|회선|가입)|와이파이|렌탈|정수기|도메인|"
    r"호스팅|애드센스|애드 ?센스|구글 ?애즈|메타 ?광고|"
    r"\b(?:phone|mobile|internet|broadband) (?:plan|contract|provider)s?\b|\bdomains?\b|"
    r"\bhosting\b|\badsense\b|\bgoogle ads\b|\bmeta ads\b)"
)
_PROCESS = re.compile(
    r"(약정|계약|해지|취소|승인|위약금|리젝|반려|\bcontracts?\b|\bcancel|\bapprov|"
    r"\brejected\b|\bregistration\b|\bterminat|\brenew)"
)
# (A site's domain or host changed may need the PG's screening again: a review is the
# application's unless an ad network's.)
_AD_REVIEW = re.compile(
    r"((?:애드 ?센스|구글 ?애즈|\badsense\b|\bgoogle ads\b).*(?:심사|\breview))"
)
_PG_OR_APPLICATION = re.compile(
    r"(\bpg\b|pg사|전자 ?결제|결제|포트원|아임포트|신청|\bportone\b|\biamport\b|\bpayments?\b|"
    r"\bappl(?:y|ication)\b|\bservice url\b|서비스 ?url|(?<![a-z])mid(?![a-z])|상점 ?아이디|"
    r"\bmerchant id\b|\bscreening\b)"
)


# --- know26: technical troubleshooting of an integration, against a positive test of the desk.
# The desk's subject is the application: applying and its steps, contracts, the PGs and methods
# to choose, documents and the certificate, the application's status, and this chat (README;
# domain-facts §3). A message about the merchant's own integration misbehaving (a blank payment
# window in an iOS WebView, a React Native build error, a webhook that does not arrive, a 401
# from an API) or being restyled (the payment window's colours) is none of those, although its
# words ("결제창", "API", "SDK") are the catalog's and the integration entries'. It is refused
# with the agent offered unless it also names one of the desk's subjects: "사업자번호가 유효하지
# 않다고 나와요" is the application's own error, "KCP 결제창 방식 돼요?" a capability question
# (no symptom), "test mode로 먼저 연동해보고 싶은데" the test channel (no symptom).

# The merchant's software and what runs it: where an integration can misbehave.
_TECH_OBJECT = re.compile(
    r"(웹 ?뷰|\bweb ?views?\b|\bsdk\b|빌드|\bbuild(?:s|ing)?\b|리액트|\breact\b|플러터|\bflutter\b|"
    r"\bios\b|아이폰|\biphone\b|안드로이드|\bandroid\b|사파리|\bsafari\b|크롬|\bchrome\b|"
    r"브라우저|\bbrowsers?\b|팝업|\bpopups?\b|\bpop up\b|아이프레임|\biframe\b|리다이렉트|"
    r"\bredirect(?:s|ed|ing)?\b|콜백|\bcallbacks?\b|웹훅|\bwebhooks?\b|토큰|\btokens?\b|\bapi\b|"
    r"서버|\bservers?\b|스크립트|\bscripts?\b|자바스크립트|\bjavascript\b|\bjs\b|\bnpm\b|"
    r"\bgradle\b|\bxcode\b|\bcocoapods?\b|\bcors\b|imp ?uid|merchant ?uid|\bnext ?js\b|"
    r"\bhydration\b|\bmodule\b|모듈|\bplugin\b|플러그인|\bconsole log\b|콘솔 ?로그|"
    r"\bdark mode\b|다크 ?모드)"
)
# (The payment window alone is not here: a symptom of the PG's window with no platform named,
# "결제창에서 앱이 튕겨요", may be the window or mode chosen in the application, which know22
# keeps on topic; a WebView, an SDK, a build or a browser is the merchant's own software.)
# Something going wrong with it.
_SYMPTOM = re.compile(
    r"(에러|오류|\berrors?\b|\bexceptions?\b|튕|크래시|\bcrash|먹통|멈춰|멈춤|하얗게|"
    r"하얀 ?화면|흰 ?화면|"
    r"빈 ?화면|\bblank\b|\bwhite screen\b|안 ?떠|안 ?뜨|뜨지 ?않|안 ?열려|안 ?열림|열리지 ?않|"
    r"안 ?나와|나오지 ?않|안 ?넘어가|안 ?들어와|안 ?와요|안 ?닫|닫히지 ?않|깨져|깨짐|"
    r"\bnot (?:showing|loading|opening|closing|working|firing|arriving|coming|called)\b|"
    r"\b(?:won t|doesn t|does not|didn t|can t|cannot) (?:open|load|close|show|work|fire|build|"
    r"compile|install)\b|\bfail(?:s|ed|ing)?\b|\bbroken\b|\bbroke\b|\b[45]\d\d\b|"
    r"\bunauthorized\b|\bforbidden\b|\btime ?out\b|타임 ?아웃|\bnull\b|\bundefined\b|"
    r"null ?로|\bstuck\b|무한 ?로딩|로딩만)"
)
# Restyling it: the look of the payment window or the checkout.
_RESTYLE = re.compile(
    r"(색깔|색상|(?<![가-힣])색(?![가-힣])|컬러|\bcolou?rs?\b|디자인|\bdesign\b|로고|\blogo\b|폰트|"
    r"\bfonts?\b|\bcss\b|스타일|\bstyl(?:e|ing)\b|테마|\bthemes?\b|\bdark mode\b|다크 ?모드|"
    r"\blooks? (?:broken|weird|ugly|off)\b|\bcustomi[sz]e\b|커스터마이즈|커스텀)"
)
_RESTYLED = re.compile(
    r"(결제창|결제 ?화면|결제 ?페이지|결제 ?버튼|\bcheckout\b|"
    r"\bpayment (?:window|page|popup|button)s?\b)"
)
# Operating payments already live through the API: one customer's charge cancelled or
# rescheduled, a payment verified or looked up, a code sample written.
_LIVE_API = re.compile(
    r"((?:\bapi\b|api ?로|\bvia (?:the )?api\b|\bthrough the api\b).*"
    r"(?:\bcancel|\brefund|\bschedul|예약|취소|환불|조회|검증|\bverif|\blook ?up\b|\bexport)|"
    r"(?:\bcancel|\brefund|\bunschedul|예약 ?취소|환불).*(?:\bapi\b|api ?로)|"
    r"코드 ?(?:예시|예제|샘플|짜|작성)|(?:예시|예제|샘플) ?코드|"
    r"\b(?:sample|example) code\b|\bcode (?:sample|example|snippet)s?\b|"
    r"\bwrite (?:the |some )?code\b)"
)
# The desk's own subjects (the positive test): a message naming one is the desk's, whatever
# else it says.
_DESK_SUBJECT = re.compile(
    r"(신청|가입|계약|심사|승인|거절|반려|서류|등록증|인감|통장|신분증|사업자 ?(?:등록 ?)?번호|"
    r"법인 ?번호|등록 ?번호|대표자|담당자|제출|업로드|올렸|올리|임시 ?저장|상태|현황|진행 ?상황|"
    r"수수료|가입비|"
    r"어느 ?pg|pg ?추천|추천|고르|골라|테스트 ?채널|채널 ?키|상담원|챗봇|이 ?봇|"
    r"\bappl(?:y|ied|ying|ication)\b|\bsign(?:ed)? up\b|\bcontracts?\b|\bonboarding\b|\breview\b|"
    r"\bapprov|\breject|\bdocuments?\b|\bpaperwork\b|\bcertificate\b|\bbusiness number\b|"
    r"\bregistration number\b|\bsubmit|\bupload|\bstatus\b|\bfees?\b|\bwhich pg\b|\bchoose\b|"
    r"\brecommend|\btest channel\b|\bchannel key\b|\bagent\b|\bassistant\b|\bthis chat\b|"
    # which code or value to write for a PG or a method (domain-facts §1, §2a)
    r"pg ?코드|pg ?사 ?코드|\bpg codes?\b|pay ?method|구분 ?코드|코드 ?값|"
    r"\bpg (?:value|parameter)\b)"
)
# A PG or a method named with "code": which code to write ("syrup 코드 넣으니까 에러나요": React
# Native rejects that PG code outright, which the legacy codes entry says).
_CODE = re.compile(
    r"(코드 ?(?:를 |을 )?(?:넣|써|쓰|입력)|pg ?(?:를|에|값|파라미터)|\bpg (?:param|value|to|as)\b|"
    r"\bpg\s+(?:code|codes)\b|\bcode (?:for|of) )"
)


def _troubleshooting(norm: str) -> bool:
    """Whether ``norm`` troubleshoots or restyles an integration and names none of the
    desk's subjects."""
    trouble = (
        (_TECH_OBJECT.search(norm) and _SYMPTOM.search(norm))
        or (_RESTYLE.search(norm) and _RESTYLED.search(norm))
        or _LIVE_API.search(norm)
    )
    if not trouble or _DESK_SUBJECT.search(norm):
        return False
    return not _CODE.search(norm)


def near_topic(text: str) -> NearTopic | Neighbour | AfterLive | None:
    """The near-topic category ``text`` asks about, or None when it is not one of them (the
    neighbouring businesses of knowledge/neighbours.py after this module's own)."""
    if load_faq().bare_entry(text) is not None:
        # "are you a bot?", "help", "서류": a chat command, a question to the assistant or a
        # topic named alone is the desk's own (knowledge/bare.py), never a neighbour's.
        return None
    norm = normalize(text)
    if _IN_STORE.search(_NO_HARDWARE.sub(" ", norm)):
        return NearTopic.IN_STORE
    if _FEE.search(norm) and (_BANK.search(norm) or _BANK_TRANSFER_FEE.search(norm)):
        return NearTopic.BANK_FEE
    if _BANK_PRODUCT.search(norm) or (_CARD_ISSUER.search(norm) and _CARDHOLDER.search(norm)):
        return NearTopic.BANK_PRODUCT
    if _payout_calendar(norm):
        return NearTopic.PAYOUT_CALENDAR
    if _OTHER_CONSOLE.search(norm) or _their_account(text, norm):
        return NearTopic.OTHER_CONSOLE
    if _REFUND.search(norm):
        return NearTopic.REFUND
    if _MARKETPLACE.search(norm):
        return NearTopic.MARKETPLACE
    if (
        _EXCHANGE_RATE.search(norm)
        or _BALANCE.search(norm)
        or _LIMIT.search(norm)
        # (…unless the application is what is asked about: "고객 카드가 거절되면 해외결제 신청을
        # 따로 해야 하나요", know25)
        or (_SHOPPER.search(norm) and _SHOPPER_TROUBLE.search(norm) and not _APPLYING.search(norm))
    ):
        return NearTopic.OPERATIONS
    if _BUILDER.search(norm) and not (_OURS.search(norm) or _SET_ASIDE.search(norm)):
        return NearTopic.SHOP_BUILDER
    if _CASH_RECEIPT.search(norm) and _ISSUE.search(norm):
        return NearTopic.CASH_RECEIPT
    if _CONSUMER.search(norm) or (_MY_WALLET.search(norm) and not _MERCHANT_SIDE.search(norm)):
        return NearTopic.CONSUMER
    if _SHARE_PRICE.search(norm) or (
        _PREMISES.search(norm) and _company_named(text, norm) and not _POSTED.search(norm)
    ):
        return NearTopic.COMPANY
    if _MAIL_ORDER.search(norm) and _HOW_WHERE.search(norm) and not _SHOWN.search(norm):
        return NearTopic.GOVERNMENT
    if (
        _OTHER_SUPPLIER.search(norm)
        and (_PROCESS.search(norm) or _AD_REVIEW.search(norm))
        and not _PG_OR_APPLICATION.search(norm)
    ):
        return NearTopic.OTHER_CONTRACT
    found = neighbour(text, norm)
    if found is Neighbour.SMALL_TALK and desk_subject(text):
        # "are you a bot? what can you do for me": whether the assistant is a person is asked
        # on the way to the desk's own subject, which is the ask (know35).
        return None
    if found is None and _troubleshooting(norm):
        return NearTopic.TROUBLESHOOTING
    if found is None:
        # payments already live, the integration's errors, a dashboard's log-in: the second
        # life of the application's words (knowledge/after_live.py, know31)
        return after_live(norm)
    return found


def _company_named(text: str, norm: str) -> bool:
    """A PG (a general PG, not only a method's name) or PortOne is named."""
    return bool(_PORTONE.search(norm) or extract_pgs(text).matches)


def _their_account(text: str, norm: str) -> bool:
    if _PASSWORD.search(norm) and (extract_pgs(text).matches or extract_methods(text).matches):
        return True
    if not _ACCOUNT_MADE.search(norm) or _OURS.search(norm) or _TEST.search(norm):
        return False
    return bool(extract_pgs(text).matches or extract_methods(text).matches)


def _payout_calendar(norm: str) -> bool:
    if _PAYOUT_EN.search(norm):
        return True
    if not _SETTLEMENT_KO.search(norm):
        return False
    rest = _SETTLEMENT_ACCOUNT_KO.sub(" ", norm)
    return "정산" in rest and bool(_WHEN_KO.search(rest))


# know35: the desk's own subjects, asked with a word an out_of_scope rule refuses. "넌 뭘 도와줄
# 수 있는 봇이야?" asks what the assistant does (봇이야 is small talk's word); "can a VAT
# simplified taxpayer apply" asks whether a taxpayer kind may apply (vat is the tax rule's). The
# refusal word then only says who is asking or what they are; the ask is the application's.
# Written from the desk's subjects (domain-facts §3-§5: the application, its documents and
# fields, its PGs and methods, its statuses, the assistant), not from any question set.
_DESK_ASK = re.compile(
    r"("
    # the application itself and whether one may apply
    r"전자 ?결제 ?신청|결제 ?신청|신청(?:이|은|도|을|해도|하면|할 수|가능|돼|되|안 ?되)"
    r"|신청서|신청 ?상태|\b(?:still|allowed to|able to|can (?:i|we|a [a-z ]+?)) apply\b(?! for a)"
    r"|\bapply for (?:card|online|credit card|payment)"
    r"|\bapply to (?:several |multiple |more than one )?pgs?"
    r"|\bmy application\b|\bthe application\b|application status"
    # taxpayer and business kinds as they affect applying, and the documents
    r"|간이 ?과세자|면세 ?사업자|일반 ?과세자|개인 ?사업자|법인 ?사업자|\bsimplified taxpayer"
    r"|\btax-exempt business|사업자 ?등록증|\bbusiness registration certificate"
    r"|(?:신청|제출|필요한?|pg ?사?|전자 ?결제|추가) ?서류|서류 ?(?:제출|준비)"
    r"|\b(?:application|required) documents\b"
    r"|\bdocuments? (?:for|to) (?:the )?appl"
    r"|외국인 ?등록증|\bwhich id\b|업종|\bindustry\b|판매 ?품목|별표"
    # the fields, the PGs, the methods, the contract
    r"|담당자 ?정보|\bcontact person\b|정산 ?계좌|\bsettlement account\b"
    r"|(?:어느|어떤|여러) ?pg|pg ?사? ?(?:여러|고르|골라|선택)"
    r"|\b(?:which|several|multiple|any) pgs?\b"
    r"|\bpg contract\b|\bchoose (?:a |any )?pgs?\b"
    r"|결제 ?수단|간편 ?결제|정기 ?결제|해외 ?카드|\b(?:foreign|international|overseas) cards?\b"
    r"|홈페이지 ?하단|\bfooter\b|약관.{0,6}동의|\bmid\b"
    r"|연동 ?작업|우커머스|\bwoocommerce\b|대표자|신분증|\brepresentative\b"
    r"|(?:pg ?사?|카드 ?사|신청|입점) ?심사|\b(?:pg|card company|application) review\b"
    # which code or value to write for a PG or a method (domain-facts §1, §2a)
    r"|pay ?method|pg ?(?:사 ?)?코드|\bpg codes?\b|\bpg (?:value|parameter)\b"
    # the assistant and the desk: what it does, its people, languages, commands, notices
    r"|(?:뭘|뭐|무엇을?) ?(?:도와|할 ?수)|\bwhat can you\b|\bhelp me with\b"
    r"|상담원|사람 ?상담|\b(?:real|a) (?:person|human)\b(?! or)|영어로|\bin english\b|명령어"
    r"|\bcommands?\b|상태 ?바뀌|\bstatus changes\b"
    r")"
)
# The refusal word's own topic is the ask: a filing, a document to write, someone to hire or
# recommend, a price, a setting to switch off. Then it is refused whatever else is named.
_OWN_TOPIC_ASKED = re.compile(
    r"(신고|납부|환급|발행|작성|써 ?줘|만들어|추천|구해|구하|뽑|채용|금리|비용|얼마|효율"
    r"|끄|꺼|연장|\bfil(?:e|ing)\b|\breturns?\b|\bwrite\b|\bdraft\b|\brecommend|\bhire\b"
    r"|\bcost\b|\bcheapest\b|\bhow much\b|\bmute\b|\bjoke\b"
    # a tax's own procedure: the year-end settlement, expenses and deductions
    r"|연말 ?정산|경비|공제|\bdeduct|\bexpens|계산|세율|면제|만드|만들|\brates?\b"
    r"|(?:세금|세액|부가세|부가가치세|소득세|법인세)\S{0,2}\s?(?:\S+\s)?(?:내|납부)"
    # refusal words that are themselves an ask: a fee's negotiation, the law's form numbers,
    # a number's own check, the assistant's orders
    r"|협상|네고|깎|\bnegotiat|\bbargain|\bhaggl|\blower\b|서식|별지|\bforms?\b|검증|유효성"
    r"|\bvalidat|지시|프롬프트|\bprompt|\bpretend|\bjailbreak|\binstructions\b|자문|\badvice\b)"
)


def desk_subject(text: str) -> bool:
    """``text`` asks about the desk's own subject (the application, its documents, fields,
    PGs, methods, statuses, the assistant) and not about the refusal word's own topic: an
    out_of_scope word in it then says who asks or what they are, and is not the ask."""
    norm = normalize(text)
    return bool(_DESK_ASK.search(norm)) and not _OWN_TOPIC_ASKED.search(norm)
