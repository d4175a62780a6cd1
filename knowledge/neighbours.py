"""Neighbouring businesses a merchant drifts into: refused by category (know22, issue 15).

knowledge/scope.py refuses near-topic questions made of on-topic words (a bank's fee, a card
terminal, the payout calendar). These are the next ring out: questions about the merchant's
other suppliers and its own affairs that happen to share one word with an FAQ entry ("보험" with
the guarantee insurance, "package" with the recommended package, "앱" with the service
information, "계좌" with the settlement account). The entry that shares the word is confidently
wrong, so each category below is refused with the agent offered.

Each rule names a category of question (the insurer, the lender, the courier, the app store,
the company's own affairs, a job at it, the web shop's own pages, the shopper's own purchase or
phone, the merchant's own bank account, a help-desk tool), written from the category, not
from any one sentence; a merchant-side word (applying, a PG, a contract) keeps the question
on topic where the category could be asked about the application itself.
"""

from __future__ import annotations

import re
from enum import StrEnum

from knowledge import catalog_query
from knowledge.matcher import extract_methods, extract_pgs


class Neighbour(StrEnum):
    INSURER = "insurer"  # an insurance other than the PG contract's guarantee insurance
    LENDER = "lender"  # borrowing money, grants, financing
    COURIER = "courier"  # tracking a parcel, shipping labels, waybills
    APP_STORE = "app_store"  # an app store's own review, fees, developer account
    COMPANY = "company"  # a PG's or PortOne's valuation, listing, founders, headcount
    JOBS = "jobs"  # working at PortOne or a PG: a résumé, an interview, an internship
    SITE_CONTENT = "site_content"  # the web shop's own pages, theme, design
    SHOPPER = "shopper"  # a shopper's own purchase or phone, not the merchant's checkout
    OWN_BANK_ACCOUNT = "own_bank_account"  # a bank account frozen, a deposit not visible
    HELP_DESK = "help_desk"  # the merchant's own customer-service tools
    STARTING_UP = "starting_up"  # what starting a business costs or needs
    IN_PERSON = "in_person"  # taking payments at a counter with a phone or a tap
    EMPLOYER = "employer"  # paying staff and freelancers, parting with them
    LAW = "law"  # whether a trade is lawful, the state's rebates, the business registration
    TRADE = "trade"  # exporting and importing: customs, duties, origin
    SHOPKEEPING = "shopkeeping"  # pricing, stock, the shop's own bills and taxes paid
    SECURITY = "security"  # keeping card data or personal data safe, privacy officers
    TRIVIA = "trivia"  # who invented a card, where a brand comes from
    SMALL_TALK = "small_talk"  # asking the assistant itself whether it is a person
    CIVIL = "civil"  # civil paperwork, the state's schemes, the company's legal shape
    INVESTING = "investing"  # brokers, shares, trading fees
    DEVELOPMENT = "development"  # the merchant's own app crashing, its own bugs
    PAYER = "payer"  # a general method named as what the speaker pays with
    LIVE = "live"  # payments already taken: orders, records, keys, a charge (know25)
    ADVICE = "advice"  # a recommendation of anything that is not a payment thing (know25)
    OFFICE = "office"  # the merchant's own files and office software (know25)


# The application's own words: a question that names one is about the application, whatever
# neighbouring word it also uses ("앱 심사 전인데 PG 신청 돼요?").
_APPLICATION = re.compile(
    r"(신청|계약|가맹|\bpg\b|pg사|mid|포트원|아임포트|결제창|연동|심사 ?서류|"
    r"\bappl(?:y|ication)\b|\bcontract|\bportone\b|\biamport\b|\bmerchant id\b|\bintegrat)"
)

# The PG contract's insurance is a guarantee (보증보험, 이행보증, surety bond); every other
# insurance (fire, car, liability, health, 4대보험) is sold by an insurer.
_INSURANCE = re.compile(r"(보험|\binsurance\b|\binsured?\b)")
_GUARANTEE = re.compile(r"(보증|서울 ?보증|\bsgi\b|이행|\bguarantee|\bsurety\b|\bbonds?\b)")

# Borrowing: a loan, a credit line, money lent against sales, a grant. ("모빌리언스" is not
# 빌리: the stem is read only at a word's start.)
_LENDER = re.compile(
    r"((?:^|\s)빌(?:리|려|릴)|대출|융자|(?<!보증)담보|지원금|정책 ?자금|운영 ?자금|보조금|"
    r"선입금|선지급|"
    r"\bborrow|\blend(?:er|ing|s)?\b|\bgrants?\b|\bfinancing\b|\bcredit line\b|"
    r"\bline of credit\b|\bworking capital\b|카드론|리볼빙|현금 ?서비스|\brevolving\b|"
    r"\badvance (?:on|against) (?:my |our )?(?:card )?sales\b)"
)

# A parcel on its way: its tracking, its waybill, its label.
_COURIER = re.compile(
    r"(배송 ?조회|배송 ?추적|송장|운송장|반품 ?택배|택배 ?(?:회수|접수|조회)|"
    r"\btrack (?:a |my |the |our |this )?(?:package|parcel|order|shipment|delivery)s?\b|"
    r"\bparcels?\b|\bshipments?\b|\bshipping labels?\b|\btracking (?:number|code|link)s?\b|"
    r"\bwaybills?\b)"
)

# An app store's own process: its review of the app, its fees, its developer account.
_STORE = re.compile(
    r"(앱 ?스토어|애플 ?스토어|플레이 ?스토어|구글 ?플레이|원스토어|테스트 ?플라이트|"
    # the store's owner as the one reviewing (know25: "rejected by Apple")
    r"\b(?:by|from) (?:apple|google)\b|\bapple s review\b|애플(?:에서|이) ?(?:리젝|반려|거절)|"
    r"(?:아이폰|ios|안드로이드) ?앱|\b(?:ios|iphone|android) app\b|"
    r"\bapp ?store\b|\bplay ?store\b|\bgoogle play\b|\btestflight\b|\bapp review\b)"
)
_STORE_OWN = re.compile(
    r"(심사|리젝|반려|거절|등록비|개발자 ?(?:계정|등록)|올리|업로드|출시 ?방법|삭제|내려|정지|"
    r"\breject|\breview\b|\bdeveloper (?:account|fee|program)|\bpublish\b|\bupload\b|\bsubmit|"
    r"\bremoved\b|\btaken down\b|\bsuspended\b|\bbanned\b|\bapprov|승인)"
)

# A company's own affairs: what it is worth, whether it is listed, who founded or runs it, how
# many people it employs. What it is worth is asked of no one else; the rest only of a company
# named (a PG, PortOne, "your company"): "대표자 몇 명" is the merchant's own representatives.
_COMPANY_WORTH = re.compile(
    r"(기업 ?가치|시가 ?총액|시총|\bvaluation\b|\bmarket cap|\bipo\b|\bfunding rounds?\b)"
)
_COMPANY_AFFAIRS = re.compile(
    r"(상장|투자 ?(?:유치|받은|규모)|창업자|설립자|대표 ?(?:이사|님)? ?(?:누구|이름)|"
    r"직원 ?(?:수|몇)|"
    r"\blisted\b|\bpublicly traded\b|\bgo(?:ing)? public\b|\bfounders?\b|\bfounded\b|"
    r"\bceo\b|\bhow many (?:employees|people|staff)\b|\binvestors?\b|\bwho owns\b|"
    r"\bparent company\b|모회사|계열사|지분|주인|"
    # whether it makes money (know25)
    r"\bprofitable\b|\bprofitability\b|흑자|적자)"
)
_COMPANY_NAMED = re.compile(
    r"(포트원|아임포트|\bportone\b|\biamport\b|\byour company\b|\byou guys\b)"
)


# Working there: applying for a job is not applying for payments.
_JOBS = re.compile(
    r"(이력서|자기 ?소개서|자소서|입사|면접|인턴|연봉|채용|커리어|코딩 ?테스트|"
    r"\bcoding (?:test|interview)|"
    r"\bresumes?\b|\bcv\b|\bjobs?\b|\binternships?\b|\binterns?\b|\binterviews?\b|"
    r"\bcareers?\b|\bhiring\b|\bwork (?:at|for) (?:portone|you)\b|\bjoin (?:your|the) team\b)"
)

# The web shop's own pages: its theme, its product pages, its look. A theme or a logo is asked
# about as a choice or a piece of design ("테마 추천", "change the font"); a theme only mentioned
# ("WooCommerce with a custom theme") is the set-up of a question about something else.
_SITE_LOOK = re.compile(
    r"(테마|템플릿|로고|폰트|레이아웃|\bthemes?\b|\btemplates?\b|\blogos?\b|\bfonts?\b|\blayout\b)"
)
_DESIGN = re.compile(
    r"(추천|바꾸|바꿔|만들|제작|디자인|예쁜|좋은|\brecommend|\bchange\b|\bmake\b|\bdesign|"
    r"\bbest\b|\bgood\b|\bnicer?\b)"
)
_SITE_PAGES = re.compile(
    r"(상품 ?페이지|상품 ?등록 ?(?:방법|어떻게)|\bproduct (?:page|listing)s?\b|\bcss\b|"
    r"\bpage builder\b)"
)


# A shopper speaking: what they bought, their money back, the wallet on their own phone.
_BOUGHT = re.compile(
    r"(샀는데|샀어요|(?:^|\s)산 ?(?:거|것|물건)|구매한 ?(?:거|것)|구매했는데|구입했는데|주문했는데|"
    r"내 ?돈|제 ?돈|돈 ?(?:돌려|환불)|"
    r"(?:^|\s)(?:제가|내가) (?:\S+ )?(?:산|구매한|구입한|주문한)(?:\s|$)|"
    r"\b(?:i|we) (?:bought|purchased|ordered|paid for)\b|\bmoney back\b|"
    r"\bmy (?:order|purchase)s?\b)"
)
_MY_PHONE = re.compile(r"(아이폰|갤럭시|\biphone\b|\bgalaxy\b|\bmy phone\b|\bandroid phone\b)")
_PHONE_SETUP = re.compile(
    r"(켜|활성화|카드 ?등록|\bturn on\b|\benable\b|\bactivate\b|\badd (?:a |my )?cards?\b)"
)
# A card put into a wallet app: the shopper's own set-up ("삼성페이에 카드 등록"), not a
# billing key a subscription stores.
_WALLET = re.compile(
    r"(삼성 ?페이|애플 ?페이|카카오 ?페이|네이버 ?페이|토스 ?페이|페이코|구글 ?페이|"
    r"\bsamsung ?pay\b|\bapple ?pay\b|\bkakao ?pay\b|\bnaver ?pay\b|\bgoogle ?pay\b|\bpayco\b)"
)
_CARD_ADDED = re.compile(
    r"(카드 ?(?:를 |을 )?(?:등록|추가|넣)|\badd(?:ing)? (?:a |my )?cards?\b|"
    r"\bregister (?:a |my )?cards?\b)"
)
_STORED_CARD = re.compile(r"(정기|빌링|구독|\bbilling\b|\bsubscri|\brecurring\b)")
# Money taken out of one's own wallet or account (not an application withdrawn).
_WITHDRAW = re.compile(
    r"(인출|\bwithdraw(?:al|ing)? (?:my |the |our )?(?:money|funds|cash|balance)\b|"
    r"\bwithdraw(?:al|ing)? from\b|\bcash out\b)"
)

# The merchant's own bank account: frozen, locked, a deposit it cannot see.
_ACCOUNT = re.compile(r"(계좌|통장|\bbank account|\baccount\b)")
_ACCOUNT_TROUBLE = re.compile(
    r"(정지|동결|막혔|막힘|잠겼|잠김|입금자명|입금 ?내역|"
    r"\bfrozen\b|\bfroze\b|\bfreeze\b|\blocked\b|\bblocked\b|\bsuspended\b)"
)
_BANK_WORD = re.compile(r"(은행|뱅크|통장|계좌|\bbank\b)")

# The merchant's own help desk: a chatbot, a call centre, a ticketing tool for its customers.
_HELP_DESK = re.compile(
    r"(챗봇 ?(?:만들|제작|도입|개발|솔루션)|콜센터 ?(?:아웃소싱|구축|운영|업체|외주)|"
    r"상담 ?(?:솔루션|툴|프로그램)|cs ?(?:툴|솔루션)|"
    r"고객 ?문의 ?(?:응대|관리)|"
    r"\b(?:build|make|create|set up) (?:a |an |my |our )?(?:own )?chat ?bot\b|"
    r"\bhelp ?desk (?:software|tool)s?\b|"
    r"\bcall cent(?:er|re) (?:outsourcing|software)\b|\bticketing (?:system|tool)\b)"
)

# What starting a business costs or needs (the application comes once the shop exists).
_STARTING_UP = re.compile(
    r"(창업 ?(?:비용|자금|아이템|교육|준비|지원|대출|컨설팅|하려면|얼마)|"
    r"\b(?:cost|costs|money|budget) (?:to|of) (?:start|starting|open|opening)\b|"
    r"\bstart(?:ing)? (?:a|an|my) (?:small |online )?(?:business|company|shop|store)\b)"
)

# Taking a card at a counter: a tap on a phone, contactless, NFC.
_IN_PERSON = re.compile(
    r"(\btap to pay\b|\bcontactless\b|\bnfc\b|비접촉|터치 ?결제|카운터|"
    r"\bat the (?:counter|till|register)\b|"
    r"\bin (?:the|my|our) (?:physical )?(?:shop|store|cafe|restaurant|salon)\b|매장에서|가게에서)"
)


# The merchant as an employer: paying and parting with staff and freelancers.
_EMPLOYER = re.compile(
    r"(원천 ?징수|3 3 ?(?:%|프로|퍼)?(?: ?떼| ?공제)|프리랜서 ?(?:세금|원천|떼)|"
    r"급여 ?명세서|주휴 ?수당|"
    r"퇴직금|해고|연차 ?(?:며칠|수당)|산재|"
    r"\bwithholding\b|\bpayslips?\b|\bpay ?stubs?\b|\bminimum wage\b|\bpart ?timers?\b|"
    r"\bfire (?:an|my|our) (?:employee|worker|staff)|\bseverance\b)"
)

# Whether selling something is lawful, a rebate from the state: the law and the state, not the
# application (whose own rules, a footer or a screening, are asked with their words).
_LAWFUL = re.compile(r"(법적으로|불법|합법|위법|\blegal(?:ly)?\b|\billegal\b|\blawful\b)")
_REBATE = re.compile(r"(환급|\brebates?\b|\btax refund\b)")
_OWN_RULES = re.compile(r"(표시|하단|푸터|\bfooter\b|심사|\bscreening\b|약관|\bterms\b)")

# A customer quarrelling with the merchant: a claim, a complaint, a threat. Answering it is the
# shop's own business (a chargeback or a refund is scope.py's REFUND).
_CUSTOMER = re.compile(r"(고객|손님|구매자|\bcustomers?\b|\bbuyers?\b|\bshoppers?\b)")
_QUARREL = re.compile(
    r"(우기|항의|진상|클레임|컴플레인|협박|행패|블랙 ?컨슈머|안 ?받았다|못 ?받았다|"
    r"\bcomplain|\bangry\b|\bthreaten|\bharass|\bclaims? (?:they|he|she)\b|"
    r"\bsays? (?:they|he|she) (?:never|didn t|did not)\b|\bblock (?:them|him|her|a customer)\b)"
)

# One's own card: lost, declined at a shop, used by someone else.
_MY_CARD = re.compile(
    r"(\bmy (?:business |corporate |company |personal )?(?:debit |credit |check |bank )?card\b|"
    r"(?:^|\s)(?:제|내) (?:체크|신용)? ?카드|"
    r"체크 ?카드 ?분실|카드 ?분실|\blost (?:my |a )?card\b|\bstolen card\b)"
)

# The business registration itself, from the tax office (the application asks for its
# certificate; how to get one is the tax office's).
_GET_REGISTRATION = re.compile(
    r"(사업자 ?등록 ?(?:하는 ?법|방법|절차|하려면|내려면|내는 ?법)|사업자 ?(?:를 |을 )?내려면|"
    r"\b(?:get|obtain|apply for|issue) (?:a |my |our )?(?:korean )?business registration\b)"
)
_PAYMENTS = re.compile(r"(결제|\bpg\b|pg사|포트원|\bpayments?\b|\bportone\b)")

# Sending money to a supplier or a friend: a remittance, not a payment the merchant takes.
_SEND_MONEY = re.compile(
    r"((?:거래처|공급 ?업체|친구|가족)\S* ?(?:에게 |한테 |에 )?(?:돈 ?(?:을 )?)?(?:보내|송금|부치)|"
    r"\bsend money\b|\bpay (?:my |our |a )?(?:suppliers?|vendors?|friends?)\b|"
    r"\bsplit (?:a |the )?bill\b)"
)

# The bank's signing certificate handled by its owner: moved, copied, its password.
_CERTIFICATE = re.compile(r"((?:공동|공인) ?인증서|\bjoint certificate\b)")
_CERTIFICATE_CARE = re.compile(
    r"(옮기|옮겨|복사|이동|내보내|가져오|비밀번호|분실|위치|\bmove|\bcopy|\bexport|\bpassword)"
)
_SUBSCRIPTION = re.compile(r"(정기|이니시스|\binicis\b|\bsubscri)")


# "apply for a grant", "apply for a work visa": applying, but for something else (know25). The
# word makes a question the application's only when what is applied for is a payment thing, a
# provider, or left unnamed ("apply for it", "apply through you", "apply to two PGs").
_APPLIED_FOR = re.compile(
    r"\b(?:apply|applying|applied|application) (?:for|to) (?:a |an |the |my |our )?"
    r"((?:\w+ ){0,3}\w+)"
)
_OURS_APPLIED = re.compile(
    r"(\bit\b|\bthis\b|\bthat\b|\bthem\b|\byou\b|\bboth\b|\ball\b|\bone\b|\bseveral\b|"
    r"\bmultiple\b|\bmore\b|\btwo\b|\bthree\b|\bgoing live\b|\bportone\b|\biamport\b|"
    r"\bmid\b|\bmerchant\b|\bcontract|\bscreening\b)"
)


def _applies_elsewhere(text: str, norm: str) -> bool:
    """Whether the application words of ``norm`` all name something applied for that is not a
    payment thing or a provider ("apply for a small business grant")."""
    if _APPLICATION.search(_APPLIED_FOR.sub(" ", norm)) is not None:
        return False  # another application word stands on its own
    objects = [m.group(1) for m in _APPLIED_FOR.finditer(norm)]
    if not objects:
        return False
    for thing in objects:
        ours = _PAYMENT_THING.search(thing) or _OURS_APPLIED.search(thing)
        if ours or extract_pgs(thing).matches or extract_methods(thing).matches:
            return False
    return True


def neighbour(text: str, norm: str) -> Neighbour | None:
    """The neighbouring business ``text`` (``norm`` normalized) asks about, or None."""
    merchant = bool(_APPLICATION.search(norm)) and not _applies_elsewhere(text, norm)
    if _INSURANCE.search(norm) and not _GUARANTEE.search(norm) and not merchant:
        return Neighbour.INSURER
    if _LENDER.search(norm) and not merchant:
        return Neighbour.LENDER
    if _COURIER.search(norm):
        return Neighbour.COURIER
    if _STORE.search(norm) and _STORE_OWN.search(norm) and not merchant:
        return Neighbour.APP_STORE
    if _COMPANY_WORTH.search(norm) or (
        _COMPANY_AFFAIRS.search(norm) and (_COMPANY_NAMED.search(norm) or extract_pgs(text).matches)
    ):
        return Neighbour.COMPANY
    if _JOBS.search(norm):
        return Neighbour.JOBS
    site = _SITE_PAGES.search(norm) or (_SITE_LOOK.search(norm) and _DESIGN.search(norm))
    if site and not merchant:
        return Neighbour.SITE_CONTENT
    if _BOUGHT.search(norm) or _WITHDRAW.search(norm):
        return Neighbour.SHOPPER
    if _MY_PHONE.search(norm) and _PHONE_SETUP.search(norm) and not merchant:
        return Neighbour.SHOPPER
    if (
        _WALLET.search(norm)
        and _CARD_ADDED.search(norm)
        and not (merchant or _STORED_CARD.search(norm))
    ):
        return Neighbour.SHOPPER
    if (
        _ACCOUNT.search(norm)
        and _ACCOUNT_TROUBLE.search(norm)
        and _BANK_WORD.search(norm)
        and not merchant
    ):
        return Neighbour.OWN_BANK_ACCOUNT
    if _HELP_DESK.search(norm) and not merchant:
        return Neighbour.HELP_DESK
    if _STARTING_UP.search(norm) and not merchant:
        return Neighbour.STARTING_UP
    if _IN_PERSON.search(norm) and not merchant:
        return Neighbour.IN_PERSON
    found = _own_affairs(norm, merchant) or _someone_else(norm, merchant)
    if found is None and not merchant and _advice(text, norm):
        return Neighbour.ADVICE
    if found is None and _payer(text, norm):
        return Neighbour.PAYER
    return found


# Exporting and importing goods: customs, duties, certificates of origin.
_TRADE = re.compile(
    r"(수출|수입 ?(?:통관|신고|허가|면허|업)|통관|관세|원산지|hs ?코드|"
    r"\bexport(?:s|ing)?\b|\bimport (?:license|licence|duty|duties|tax)|\bcustoms\b|\btariffs?\b)"
)

# A trade licence obtained from the state (판매업 신고, a permit to sell alcohol): how to get it
# is the state's; whether the PG wants its certificate is docs_industry's.
_TRADE_LICENCE = re.compile(
    r"((?:판매|제조|수입|책임 ?판매)업 ?(?:신고|등록|허가)|통신 ?판매 ?(?:승인|허가)|"
    r"인허가|영업 ?허가|"
    r"\blicen[cs]e to sell\b|\b(?:business|sales|import|food) (?:license|licence|permit)\b)"
)
_OBTAIN = re.compile(
    r"(받는 ?법|받으려면|받는 ?방법|절차|어디서|하는 ?법|방법|어떻게|하려면|"
    r"\bhow (?:do|can|to)\b|\bwhere\b|\bneed\b)"
)
# A change registered with the tax office (변경 신고), not the application's details edited.
_CHANGE_FILED = re.compile(
    r"(변경 ?신고|정정 ?신고|\bregister (?:a |the )?change\b|"
    # a change filed with the court's registry (know25), not the application's details edited
    r"\bcourt registry\b|\bfile (?:with|at) (?:the )?(?:court|registry|district office)\b|"
    r"등기소에|법인 ?등기 ?(?:변경|신청))"
)

# The shop's own prices and margins.
_PRICING = re.compile(
    r"(가격 ?(?:책정|정하|얼마로)|판매가|마진|원가 ?계산|"
    r"\bprice should (?:i|we) (?:set|charge)\b|\bset (?:my|our|the) prices?\b|"
    r"\bpricing (?:strategy|for)\b|\bhow much should (?:i|we) charge\b|\bprofit margin)"
)
# The shop paying its own dues: local taxes, fines, utility bills.
_DUES = re.compile(
    r"((?:지방세|재산세|자동차세|주민세|과태료|벌금|공과금|관리비|전기 ?요금|가스 ?요금|통신 ?요금|"
    r"4대 ?보험료)\S* ?(?:를 |을 )?(?:납부|내|결제)|"
    r"\bpay (?:my |our |the )?(?:local |property )?(?:taxes|tax bill|fines?|utility bills?)\b)"
)

# Keeping data safe: card numbers on the shop's server, personal data, its officer.
_DATA = re.compile(
    r"(카드 ?(?:정보|번호)|개인 ?정보|고객 ?(?:정보|비밀번호)|"
    r"\bcard (?:data|numbers?|details)\b|\bpersonal (?:data|information)\b)"
)
_DATA_KEPT = re.compile(
    r"(저장|보관|암호화|유출|책임자|파기|\bstor(?:e|ing)\b|\bsave\b|\bkeep\b|\bencrypt|"
    r"\bleak|\bbreach|\bofficer\b)"
)
_SECURITY_SCHEME = re.compile(r"(\bisms\b|\bpci(?: dss)?\b|\bgdpr\b|\bddos|해킹|\bhacked\b)")

# Questions about a card scheme's history or origin, not the payments it makes.
_TRIVIA = re.compile(
    r"(\bwho invented\b|\binvented\b|\bhistory of\b|어느 ?나라 ?(?:회사|거|꺼|브랜드)|"
    # the first of its kind, where a name comes from (know25)
    r"세계 ?최초|\bfirst ever\b|유래|어원|\borigin of\b|"
    r"누가 ?(?:만들|발명)|언제 ?(?:생겼|만들어졌)|발명)"
)

# The assistant asked whether it is a person ("너 진짜 사람이야?"), not asked for a person.
_ASKED_IF_HUMAN = re.compile(
    r"((?:^|\s)(?:너|넌|너는|당신|당신은) (?:\S+ )?(?:사람|인간|로봇|봇|ai)"
    r"(?: ?맞|이야|야|이니|니|이에요|"
    r"예요|인가요|이세요|세요)|\bare you (?:a |an )?(?:real|human|person|robot|bot|ai)\b)"
)


# The merchant as a subscriber of a consumer service (its payment method, its cancellation).
_CONSUMER_SERVICE = re.compile(
    r"(넷플릭스|스포티파이|유튜브 ?프리미엄|멜론|지니 ?뮤직|쿠팡 ?와우|"
    r"와우 ?멤버십|디즈니|티빙|웨이브|"
    r"왓챠|아이클라우드|챗 ?gpt|"
    r"\bnetflix\b|\bspotify\b|\byoutube premium\b|\bdisney|\bicloud\b|\bchatgpt\b|"
    r"\bapple music\b|\bamazon prime\b|\bprime membership\b)"
)
# A cardholder's own card: its billing day, its misuse by someone else.
_CARDHOLDER_OWN = re.compile(
    r"(카드 ?(?:대금 ?)?결제일|명의 ?도용|\bidentity theft\b|\bcard (?:statement|billing) date\b)"
)
# Bills paid with one's own card: the flat's service charge, a hospital, a school.
_OWN_BILL = re.compile(
    r"(관리비|병원비|학원비|등록금|월세|수강료|교육비|"
    r"\b(?:rent|tuition|hospital bill|medical bill|school fees)\b)"
)
# A wallet's or a card's loyalty perks for its users.
_PERKS = re.compile(
    r"(\bvip\b|등급 ?혜택|멤버십 ?혜택|혜택 ?(?:뭐|머|알려)|\bperks\b|\brewards?\b)"
)

# Civil paperwork: notarised translations, fixed-date stamps, passports renewed; the state's
# schemes (a mutual-aid fund, unemployment pay, a pension); the company's own legal shape (its
# shares, its seal made, its dissolution, its directors).
_CIVIL = re.compile(
    r"(공증|확정 ?일자|아포스티유|\bapostille\b|\bnotar|"
    r"노란 ?우산|공제 ?(?:회|조합|가입)|실업 ?급여|국민 ?연금|\bpension\b|\bunemployment\b|"
    r"지분|도장 ?(?:만들|만드|파는|제작|분실)|법인 ?(?:해산|청산|설립 ?등기)|이사 ?변경|"
    r"\bdissolve|\bliquidat|\bshareholding|\bequity split\b)"
)
# The shop's lease signed, renewed or ended (a lease a PG asks to see is a document: 서류).
_LEASE = re.compile(r"(임대차|임대 ?계약|월세 ?계약|\blease\b|\btenancy\b)")
_LEASE_OWN = re.compile(
    r"(서명|갱신|해지|위약금|보증금|전세|월세 ?(?:올|인상)|집주인|건물주|"
    r"\bsign|\brenew|\bterminat|\blandlord\b|\bdeposit\b)"
)
_DOCUMENT = re.compile(r"(서류|제출|\bdocuments?\b|\bsubmit)")
_PASSPORT = re.compile(
    r"(여권 ?(?:재발급|발급|갱신|신청|연장)|\b(?:renew|get) (?:a |my )?passport\b)"
)
_REPRESENTATIVE = re.compile(r"(대표|외국인|\brepresentative\b|\bforeign)")
# A name changed at the registry (대표 명의 변경), not the settlement account's holder.
_NAME_CHANGE = re.compile(r"명의 ?변경")
_SETTLEMENT = re.compile(r"(정산|계좌|통장|\baccount\b)")
# Exams and their results.
_EXAM = re.compile(
    r"(토익|토플|시험 ?결과|자격증 ?시험|\btoeic\b|\btoefl\b|\bielts\b|\bexam results?\b)"
)

# Shares and brokers: a trading fee is a broker's, not a PG's.
_INVESTING = re.compile(
    r"(증권사|증권 ?(?:계좌|수수료|앱)|(?<!주식회사)(?<!주식 회사)매매 ?수수료|"
    r"주식 ?(?:추천|매매|계좌)|"
    # "brokerage" alone is also a marketplace's trade (중개 플랫폼, a merchant type): only a
    # broker's account, fee, firm or app is the stock market's.
    r"\bbrokerage (?:accounts?|fees?|firms?|apps?)\b|\bstock brokerage\b|"
    r"\bstock trading\b|\btrading fees?\b|\bshares? to buy\b)"
)

# The merchant's own app or site failing as software (a crash, a bug), not a payment failing.
_CRASH = re.compile(r"(튕겨|튕김|튕기|크래시|\bcrash(?:es|ed|ing)?\b|\bsegfault|\bnull pointer)")
# A bank's or an app's own signing certificate (PASS, 금융인증서) renewed or lost.
_OWN_CERT = re.compile(
    r"((?:pass|패스|금융|브라우저|간편) ?(?:앱 )?인증서 ?(?:를 |을 )?"
    r"(?:재발급|발급|갱신|분실|비밀번호))"
)


# The general methods everyone pays with (a card, a bank transfer, a phone bill). Named alone,
# with no PG, no payment type and nothing of a shop taking them, they are how the speaker pays
# ("관리비 카드로 돼요?", "카드 매출 담보로 …"), not what a checkout offers; the catalog's answer
# about them would be confidently beside the point. A wallet or a voucher named alone ("ssg페이
# 되는 곳") is a merchant's capability question and is left to the catalog.
_PAYER_METHODS = frozenset({"card", "phone", "vbank", "trans"})
# ...and only when the question names what the speaker pays for (a bill, a tax, a purchase of
# their own): "카드결제 되나요?" / "계좌이체 같은 거 되나요?" with nothing else said is the most
# common capability question a merchant asks and stays the catalog's (lead, session 10).
_PAID_FOR = re.compile(
    r"(세금|관리비|검사비|학원비|병원비|교통비|월세|공과금|요금|등록금|벌금|과태료|보험료|"
    r"결혼식|예식장|직구|해외 ?구매|택시|주유|기름값|마트|편의점|"
    r"\brent\b|\btax(?:es)?\b|\b(?:utility|electric|electricity|gas|water|medical) bills?\b|"
    r"\btuition\b|\bfines?\b|\btaxi\b|\btolls?\b|"
    r"\bgroceries\b|\butilit(?:y|ies)\b|\bwedding\b)"
)
_SHOP_TAKES = re.compile(
    r"(받|신청|계약|가맹|연동|붙|달|지원|\bpg|pg사|포트원|결제창|고객|손님|구매자|사이트|쇼핑몰|홈페이지|"
    r"앱에서|상점|판매|팔|곳|어디|어느|"
    r"\baccept|\btake|\bcustomers?\b|\bbuyers?\b|\bsupport|\bintegrat|\bcheckout|\bsite\b|"
    r"\bstore\b|\bshop\b|\boffer|\benable|\badd\b|\bapply|\bmy app\b|\bwhich\b|\bwhere\b|"
    r"\bwho\b|\bprovider|\bcompan)"
)


def _payer(text: str, norm: str) -> bool:
    """Whether the catalog would read ``text`` as a general method alone, nothing of a shop
    taking it said."""
    if _SHOP_TAKES.search(norm) or not _PAID_FOR.search(norm):
        return False
    query = catalog_query.parse(text)
    if query is None or query.pg or query.payment_type or query.mode or query.all_pgs:
        return False
    methods = set(query.method_group) or ({query.method} if query.method else set())
    return bool(methods) and methods <= _PAYER_METHODS


def _as_consumer(norm: str, merchant: bool) -> Neighbour | None:
    """The merchant as a consumer, a citizen, an investor or a developer of its own app."""
    wallet_perks = _WALLET.search(norm) and _PERKS.search(norm)
    if _CONSUMER_SERVICE.search(norm) or _CARDHOLDER_OWN.search(norm) or wallet_perks:
        return None if merchant else Neighbour.SHOPPER
    if _OWN_BILL.search(norm) and not merchant:
        return Neighbour.SHOPPER
    passport = _PASSPORT.search(norm) and not _REPRESENTATIVE.search(norm)
    if (_CIVIL.search(norm) or passport or _EXAM.search(norm)) and not _PAYMENTS.search(norm):
        # "여권 재발급 신청", "노란우산공제 신청": applied for, and still not a payment
        return Neighbour.CIVIL
    lease = _LEASE.search(norm) and _LEASE_OWN.search(norm) and not _DOCUMENT.search(norm)
    if lease and not _PAYMENTS.search(norm):
        return Neighbour.CIVIL
    if _NAME_CHANGE.search(norm) and not (merchant or _SETTLEMENT.search(norm)):
        return Neighbour.CIVIL
    if _INVESTING.search(norm):
        return Neighbour.INVESTING
    if _CRASH.search(norm) and not merchant:
        return Neighbour.DEVELOPMENT
    if _OWN_CERT.search(norm):
        return Neighbour.OWN_BANK_ACCOUNT
    return None


def _shop_and_state(norm: str, merchant: bool) -> Neighbour | None:
    """The shop's dealings with the state, its own prices and dues, its data's safety, and
    talk about the world or the assistant."""
    if _TRADE.search(norm) and not merchant:
        return Neighbour.TRADE
    if _TRADE_LICENCE.search(norm) and _OBTAIN.search(norm) and not merchant:
        return Neighbour.LAW
    if _CHANGE_FILED.search(norm) and not merchant:
        return Neighbour.LAW
    if _PRICING.search(norm) and not merchant:
        return Neighbour.SHOPKEEPING
    if _DUES.search(norm) and not merchant:
        return Neighbour.SHOPKEEPING
    kept = _DATA.search(norm) and _DATA_KEPT.search(norm)
    if (kept or _SECURITY_SCHEME.search(norm)) and not (merchant or _STORED_CARD.search(norm)):
        return Neighbour.SECURITY
    if _TRIVIA.search(norm) and not merchant:
        return Neighbour.TRIVIA
    if _ASKED_IF_HUMAN.search(norm):
        return Neighbour.SMALL_TALK
    return _as_consumer(norm, merchant)


def _own_affairs(norm: str, merchant: bool) -> Neighbour | None:
    """The merchant's own affairs as an employer, a seller under the law, a customer of its
    bank, a party to its customers' quarrels."""
    if _EMPLOYER.search(norm):
        return Neighbour.EMPLOYER
    if _LAWFUL.search(norm) and not (merchant or _OWN_RULES.search(norm)):
        return Neighbour.LAW
    if _REBATE.search(norm) and not _OWN_RULES.search(norm):
        # "카드 수수료 환급 신청": the state's rebate is applied for, and is still not ours
        return Neighbour.LAW
    if _CUSTOMER.search(norm) and _QUARREL.search(norm) and not merchant:
        return Neighbour.HELP_DESK
    if _MY_CARD.search(norm) and not merchant:
        return Neighbour.SHOPPER
    if _GET_REGISTRATION.search(norm) and not _PAYMENTS.search(norm):
        return Neighbour.LAW
    if _SEND_MONEY.search(norm) and not merchant:
        return Neighbour.OWN_BANK_ACCOUNT
    cared_for = _CERTIFICATE.search(norm) and _CERTIFICATE_CARE.search(norm)
    if cared_for and not (merchant or _SUBSCRIPTION.search(norm)):
        return Neighbour.OWN_BANK_ACCOUNT
    return _shop_and_state(norm, merchant)


# --- know25 (session 11): who the question is about -----------------------------------------
# The rules above name neighbouring trades. These name whose affair a question is, whatever the
# trade: an instrument that belongs to a payer, a product an institution sells to the merchant
# as its customer, a paper the state hands out at its counters, the shop's care of its own
# customers. Each is a kind of question a merchant support channel gets that shares one word
# (카드, 계좌, 인감증명서, 채널, 삭제) with an entry, and none of them is the application.

# A card, a phone or an account that belongs to a person: the merchant's customer ("손님 카드",
# "a customer's card") or the speaker as a cardholder ("제 카드", "my Visa card"). "내통장결제"
# is Hecto's easy-pay product, not the speaker's account.
_OWNED_INSTRUMENT = re.compile(
    r"((?:손님|고객|구매자|소비자|회원|이용자|사용자|유저)(?:의|분|님|들)? ?(?:\S+ )?"
    r"(?:체크|신용)?(?:카드|휴대폰|핸드폰|계좌|통장)|"
    r"(?:^|\s)(?:제|내) (?:\S+ )?(?:체크|신용)?(?:카드|휴대폰|핸드폰|폰|계좌|통장)(?! ?결제)|"
    r"\b(?:my|a customer s|customer s|the customer s|shopper s|buyer s|his|her|their) "
    r"(?:\w+ )?(?:card|phone|bank account)\b)"
)
# ...failing or stopped: blocked, declined, suspended, lost. That is a payment already made or
# attempted, the issuer's or the bank's to solve; the application is not yet taking payments.
_INSTRUMENT_TROUBLE = re.compile(
    r"(차단|막혀|막혔|막힘|정지|거절|안 ?돼|안 ?되|안 ?됨|오류|에러|실패|분실|도난|잠겼|잠김|"
    r"\bdeclined\b|\bblocked\b|\brejected\b|\bfail|\bnot working\b|\bdoesn t work\b|"
    r"\bstolen\b|\blost\b|\blocked\b|\bfrozen\b|\bsuspended\b|\bdenied\b)"
)
# A card-company screening is the application's ("고객 카드가 … 카드사 심사 때문인가요"), and
# so are the representative's own verification and a test payment before the contract.
_SCREENING = re.compile(r"(심사|\bscreening\b|\breview\b)")
_APPLICANT_CHECK = re.compile(r"(대표|테스트|\brepresentative\b|\btest)")

# An institution that is not a PG (a bank, a card issuer, a broker) as the one offering or
# issuing a card to the business: the merchant as that institution's customer.
_INSTITUTION = re.compile(
    r"(은행|(?<!세틀)뱅크|농협|신협|새마을금고|우체국|증권|캐피탈|카드사|"
    r"(?:국민|신한|삼성|현대|롯데|하나|우리|비씨|bc|nh|씨티) ?카드|"
    r"\bbanks?\b|\bcard (?:company|companies|issuers?)\b|\bcredit unions?\b)"
)
_CARD_PRODUCT = re.compile(
    r"((?:법인|사업자|기업|개인|체크|신용)? ?카드 ?(?:발급|만들|혜택|한도|연회비)|"
    r"(?:법인|사업자|기업)(?: ?용)? ?(?:체크|신용)? ?카드|"
    r"\b(?:business|corporate|company|startup) (?:credit |debit )?cards?\b|"
    r"\b(?:credit|debit) cards? for\b|"
    r"\b(?:offer|have|issue|provide)s? (?:\w+ ){0,2}(?:credit|debit) cards?\b)"
)
# The card as something the merchant pays a PG with, or its fees, keeps it ours ("사업자 카드로
# pg 수수료 결제돼요?").
_PAID_TO_US = re.compile(r"(수수료|정산|결제 ?(?:받|수단)|\bfees?\b|\bsettle|\baccept)")

# A paper the state hands out at its counters or sites (a seal certificate by proxy at the
# community centre, a copy from 정부24): how to obtain it is the state's. Which paper the PG
# wants and how recent it must be is the application's, asked with its words (제출, 이내, 원본).
_STATE_COUNTER = re.compile(
    r"(주민 ?센터|동사무소|행정 ?복지 ?센터|구청|시청|군청|등기소|무인 ?발급기|정부 ?24|민원 ?24|"
    r"홈택스|위택스|세무서|\bcity hall\b|\bcommunity (?:service )?cent|\bregistry office\b|"
    r"\bhometax\b|\bgov24\b)"
)
_OBTAINED = re.compile(
    r"(발급|떼|뽑|출력|위임장|로그인|\bissue|\bget\b|\bprint|\bobtain|\bproxy\b|\blog ?in\b)"
)
_PAPER_FOR_US = re.compile(
    r"(제출|올려|올리|업로드|내야|내면|몇 ?개월|이내|최근|원본|사본|\bsubmit|\bupload)"
)

# The shop's care of its own customers: its reviews and ratings, a channel or a chat set up for
# customer service. ("review" alone is the PG's screening in English: only a customer's or a
# star rating is the shop's.)
_REVIEWS = re.compile(
    r"(리뷰|후기|별점|평점|\b(?:one|1|two|2) star\b|\bstar ratings?\b|"
    r"\b(?:customer|bad|negative|fake|product|google|naver) reviews?\b)"
)
_CUSTOMER_CARE = re.compile(
    r"(고객 ?(?:상담|응대|소통|문의)|상담 ?(?:채널|톡)|\bcs ?(?:용|채널|응대)\b|"
    r"\bcustomer (?:service|support|care|inquiries|communication|chat)\b|\blive chat\b)"
)
_SET_UP = re.compile(
    r"(만들|만드|개설|설정|세팅|연결|운영|붙이|받으려면|받는 ?(?:법|방법)|"
    r"\bset ?up\b|\bsetting up\b|\bcreate\b|\bopen\b|\bmake\b|\badd\b|\brun\b|\bbuild\b)"
)
# The application's own customer-facing duties: a contact or a number shown in the footer.
_SHOWN_CONTACT = re.compile(
    r"(결제|심사|서류|하단|푸터|표시|담당자|연락처|번호|\bpayments?\b|\bfooter\b|\bcontact\b|"
    r"\bnumber\b|\bscreening\b)"
)

# The assistant asked to do a task for the speaker (translate, summarise, write something) or to
# speak a language it does not: the desk answers questions about the application, it does not
# produce text. A paper to be translated for the PG (a passport, a certificate) is the
# application's ("여권 번역본 내야 해요?").
_TASK = re.compile(
    r"(번역 ?(?:좀 )?해 ?(?:줘|주세요|줄래|주실|주세)|요약 ?(?:좀 )?해 ?(?:줘|주세요)|"
    r"교정 ?(?:좀 )?해 ?(?:줘|주세요)|맞춤법 ?(?:검사|봐|체크)|"
    r"(?<!need to )(?<!have to )\btranslate\b|\bsummari[sz]e (?:this|that|it|my|our)\b|"
    r"\bproofread\b|\b(?:write|draft) (?:me |us )?(?:a|an|some|my|our)\b|"
    r"\b(?:can|do) you (?:speak|write|read|understand) (?:japanese|chinese|french|german|"
    r"spanish|vietnamese|russian|thai)\b|"
    r"(?:일본어|중국어|베트남어|러시아어|프랑스어|스페인어|독일어|태국어) ?(?:로|도)? ?"
    r"(?:할 ?줄|가능|돼|되나|할 ?수|대화|말))"
)
_PAPER = re.compile(r"(서류|여권|신분증|증명서|등록증|\bdocuments?\b|\bpassport|\bcertificate)")

# A business registered with the tax office ("register a second business"): the state's, unless
# applying is named beside it ("register my business before applying").
_REGISTER_BUSINESS = re.compile(
    r"\bregister (?:a |an |my |our )?(?:second |new |another |separate )?business\b(?! number)"
)
_APPLYING = re.compile(r"(\bappl|신청|결제|\bpayments?\b|\bpg\b)")

# A bank account opened for the business (a second one, a new one): the bank's product. Which
# account the settlements go to is the application's, asked with its words.
_NEW_ACCOUNT = re.compile(
    r"(\b(?:get|open|make|create) (?:a |an )?(?:another|second|new|separate|extra) "
    r"(?:business |corporate |company )?bank accounts?\b)"
)

# Payments already taken, whoever asks: a customer's order cancelled, exchanged or shipped; the
# records of sales and settlements; a secret of the live integration exposed; a charge on the
# speaker's own card. The application files contracts; none of this exists until it is done.
_ORDER_HANDLED = re.compile(
    r"((?<!메일 )(?<!네이버페이 )주문(?!형)\S* ?(?:\S+ )?"
    r"(?:취소|교환|반품|배송|발송|출고|누락|변경)|"
    r"(?:취소|교환|반품) ?요청|"
    r"\b(?:their|an|the|his|her) orders? (?:after|was|is|got|has|hasn t)\b|"
    r"\bcancel (?:their|an|the|his|her) orders?\b|\bafter it shipped\b)"
)
_RECORDS = re.compile(
    r"((?:매출|거래|결제|정산|승인|입금|주문) ?(?:내역|리포트|보고서|통계|명세|현황 ?조회)|"
    r"\b(?:transaction|payment|sales|settlement|order) (?:history|reports?|records?|statements?|"
    r"data)\b|\bin the dashboard\b)"
)
_EXPOSED = re.compile(
    r"((?:키|key|비밀번호|시크릿|secret|토큰|token)\S* ?(?:가 |이 )?(?:노출|유출|털렸|해킹)|"
    r"\b(?:key|secret|token|password)s? (?:was |were |got |has been )?(?:leaked|exposed|"
    r"compromised|stolen)\b|\bleaked (?:my |our |the )?(?:api )?(?:key|secret|token))"
)
_CHARGED = re.compile(
    r"(\b(?:i|we) (?:was|were|got) charged\b|\bwhere s my money\b|\bmy money\b|\bcharged me\b)"
)

# A recommendation asked for ("추천해 주세요", "any good …"): the desk recommends PGs, packages
# and methods, asked with their words; a recommendation of anything else (an office, a laptop,
# an accountant, a lunch) is advice it does not give.
_RECOMMEND = re.compile(
    r"(추천 ?(?:좀 )?(?:해 ?(?:줘|주세요|주실)|부탁|해줄|좀|받을)|(?:^|\s)추천$|뭐가 좋아요|"
    r"어디가 좋아요|\brecommend\b|\bany good\b|\bwhich is the best\b|\bbest (?:\w+ ){0,2}for\b)"
)
_PAYMENT_THING = re.compile(
    r"(pg|피지|패키지|package|인증|verification|provider|결제|payment|gateway|대행사|카드|수단|"
    r"method|페이|pay|계좌이체|가상계좌|간편|정기|수기|구독|빌링|subscription|billing|checkout|"
    r"window|방식|api|모듈|module|sdk)"
)

# A file worked on with office software (a PDF shrunk or merged, a spreadsheet that will not
# open, a scan turned into a JPG): the merchant's own desk. Which file types the application
# takes is certificate_formats', asked with the paper or the upload it is for.
_FILE = re.compile(
    r"(pdf|jpe?g|png|엑셀|excel|xlsx|hwp|한글 ?파일|워드|\bword\b|파일|스캔|spreadsheet|\bfiles?\b)"
)
_FILE_WORK = re.compile(
    r"(용량|줄이|압축|합치|합쳐|병합|변환|바꾸는 ?(?:법|방법)|안 ?열려|열리지|안 ?열림|깨져|"
    r"\bmerge\b|\bcompress|\bconvert|\bcombine\b|\bwon t open\b|\bcan t open\b|\breduce\b|"
    r"\bshrink\b)"
)
_FOR_APPLICATION = re.compile(
    r"(사업자 ?등록|등록증|증명서|서류|인감|사본|신분증|여권|통장|업로드|올리|올려|올라|제출|첨부|"
    r"\bcertificate|\bdocuments?\b|\bupload|\bsubmit|\battach)"
)

# Paying with somebody else's card (a parent's, a spouse's): the speaker as a shopper. Whose
# name the settlement account or the representative's phone is in is the application's (명의,
# 대표, 인증).
_OTHERS_CARD = re.compile(
    r"((?:엄마|아빠|부모님|남편|아내|와이프|친구|가족|동생|언니|오빠|누나|남의|다른 ?사람)"
    r"(?:의|꺼|거)? ?(?:신용|체크)?(?:카드|폰|휴대폰|핸드폰)(?:로|으로)? ?(?:\S+ )?결제|"
    r"\b(?:my (?:mom|dad|mother|father|wife|husband|friend|parents) s|someone else s|"
    r"another person s) (?:credit |debit )?card\b)"
)
_HOLDER = re.compile(r"(대표|인증|명의|\bholder\b|\bname\b)")


def _advice(text: str, norm: str) -> bool:
    """Whether ``text`` asks a recommendation of something that is not a payment thing."""
    if not _RECOMMEND.search(norm) or _PAYMENT_THING.search(norm):
        return False
    return not (extract_pgs(text).matches or extract_methods(text).matches)


def _someone_else(norm: str, merchant: bool) -> Neighbour | None:
    """Whose affair the question is, when it is not the applicant's (know25)."""
    if merchant:
        return None
    if _TASK.search(norm) and not _PAPER.search(norm):
        return Neighbour.SMALL_TALK
    if (
        _OWNED_INSTRUMENT.search(norm)
        and _INSTRUMENT_TROUBLE.search(norm)
        and not (_SCREENING.search(norm) or _APPLICANT_CHECK.search(norm))
    ):
        return Neighbour.SHOPPER
    if _INSTITUTION.search(norm) and _CARD_PRODUCT.search(norm) and not _PAID_TO_US.search(norm):
        return Neighbour.OWN_BANK_ACCOUNT
    if _STATE_COUNTER.search(norm) and _OBTAINED.search(norm) and not _PAPER_FOR_US.search(norm):
        return Neighbour.CIVIL
    if _FILE.search(norm) and _FILE_WORK.search(norm) and not _FOR_APPLICATION.search(norm):
        return Neighbour.OFFICE
    if _OTHERS_CARD.search(norm) and not _HOLDER.search(norm):
        return Neighbour.SHOPPER
    if _REGISTER_BUSINESS.search(norm) and not _APPLYING.search(norm):
        return Neighbour.LAW
    if _NEW_ACCOUNT.search(norm) and not _PAID_TO_US.search(norm):
        return Neighbour.OWN_BANK_ACCOUNT
    if any(p.search(norm) for p in (_ORDER_HANDLED, _RECORDS, _EXPOSED, _CHARGED)):
        return Neighbour.LIVE
    care = _REVIEWS.search(norm) and not _SCREENING.search(norm)
    if care or (_CUSTOMER_CARE.search(norm) and _SET_UP.search(norm)):
        return None if _SHOWN_CONTACT.search(norm) else Neighbour.HELP_DESK
    return None
