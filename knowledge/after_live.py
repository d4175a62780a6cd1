"""Questions about payments already live, the developer's integration, or a dashboard's log-in:
refused by who acts on what, not by one set's words (know31, issue 15).

The desk's subject is the application: the merchant (the actor) applying for a contract with
PGs (the object), its documents, its status, the methods and PGs to choose (README; domain-facts
§3). Once the contract is live a second life begins that shares every word with it: a customer
pays, a payment is cancelled or refunded, money is settled to the merchant's account, a
subscriber's next charge is due, a developer's call returns an error, somebody cannot log in.
"정산" is the settlement account's word (whose name it is in) and the payout's (when and how
much arrives); "수수료" is the merchant's fee to the PG and the cardholder's fee to the card
company; "취소" is the application withdrawn and one payment reversed; "에러" is the business
number rejected by the form and a 401 from the API. Each reading after go-live has no entry,
and the entry that shares the word is confidently wrong, so each is refused with the agent
offered.

The rules name the actor or the object of the second life (a customer paying or paying a fee,
the money paid out, one payment already made, a subscriber's schedule, an error code, a
log-in) and refuse only when none of the application's own words is named beside it.
"""

from __future__ import annotations

import re
from enum import StrEnum


class AfterLive(StrEnum):
    PAYOUT = "payout"  # the money settled to the merchant: its amount, delay, hold, report
    PAYMENT = "payment"  # one payment already made: its deposit, its authorization, a retry
    SUBSCRIBER = "subscriber"  # a subscriber's schedule, card or pause
    PAYER_FEE = "payer_fee"  # a fee or interest the payer bears, not the merchant's fee
    ERROR = "error"  # the integration's error codes and technical failures
    NOTIFY_URL = "notify_url"  # where the integration's webhooks are sent
    INVOICE = "invoice"  # invoices and receipts for the fees once charged
    LOGIN = "login"  # signing in to a dashboard, its password, a locked account


# The application's own words (the positive test): a message naming one asks about applying,
# its screening, its documents, its insurance or its contract paperwork, whatever else it says.
_APPLICATION = re.compile(
    r"(신청|심사|서류|보증 ?보험|보험|계약서|등록증|인감|"
    r"사업자 ?(?:등록 ?)?번호|법인 ?(?:등록 ?)?번호|등록 ?번호|"
    r"담당자|명의|가입비|연회비|추천|테스트|대표|\brep\b|\bceo\b|\bowner\b|"
    r"\bappl(?:y|ied|ying|ication)\b|\bscreening\b|\breview\b|\bdocuments?\b|\binsurance\b|"
    r"\bguarantee\b|\bcertificate\b|\bbusiness number\b|\brepresentative\b|\bin whose name\b|"
    r"\bsign ?up fee\b|\bannual fee\b|\brecommend|\btest|\bsandbox\b)"
)

# --- the money paid out once payments are live. The settlement account (whose name, which
# bank) and the insurance's settlement limit are the application's; the amount settled, a
# payout late, held or smaller than the sales, its statement, are the PG's books.
_PAYOUT_KO = re.compile(
    r"(정산 ?(?:금|금액|대금|액|내역|명세|리포트|보류|지연|누락|예정액|데이터)|"
    r"정산(?:이|은|가|금이)? ?(?:안 ?(?:됐|되|들어|나)|늦|덜|적게|보류|다르|달라|틀려|빠졌|밀렸)|"
    r"(?:매출|판매 ?대금|결제 ?대금|카드 ?대금|매출 ?대금)\S* ?(?:입금|지급)|"
    r"(?:입금|지급)(?:이|가)? ?(?:안 ?(?:됐|되|들어)|늦|누락|덜))"
)
_PAYOUT_EN = re.compile(
    r"(\b(?:payouts?|settlements?|settled amount|settlement money)\b(?! (?:bank )?accounts?\b)"
    r"(?! limits?\b).{0,40}"
    r"\b(?:arriv\w*|late|delayed|missing|held|withheld|on hold|smaller|less|short|wrong|"
    r"differ\w*|reports?|statements?|amounts?|breakdown|not (?:paid|received|come))\b|"
    r"\bmoney from (?:my |our |the |yesterday s |last week s )?(?:\w+ )?sales\b|"
    r"\b(?:haven t|hasn t|didn t|did not|has not|have not) (?:been )?(?:received|paid out|"
    r"settled|deposited)\b)"
)

# --- one payment already made: its deposit confirmed, its authorization, a retry.
_PAYMENT_KO = re.compile(
    # the receipt or sales slip of a payment (a cash receipt issued is scope.py's tax matter)
    r"((?<!현금)(?<!현금 )영수증|매출 ?전표|카드 ?전표|"
    r"입금 ?(?:확인|여부|됐는지|되었는지|안 ?됐|누락|알림)|"
    # a card authorization voided (not the application withdrawn: 신청 취소)
    r"(?<![가-힣])승인 ?취소|"
    # the sales taken, looked up or totalled (the monthly volume of the service information
    # is asked with the application's words)
    r"매출\S* ?(?:조회|확인|합계|집계|그래프|통계|엑셀|다운|보는|볼 ?수)|"
    r"결제 ?승인 ?(?:이|가)? ?(?:안 ?(?:나|났|돼|되)|번호|내역|취소|거절|실패)|"
    r"(?:결제|청구|정기 ?결제)\S* ?(?:\S+ )?(?:재시도|재결제)|재시도|"
    r"(?:고객|손님|구매자|소비자)(?:이|가|님이|분이|께서)? ?(?:\S+ )?"
    r"(?:결제했|결제한|결제된|결제하신))"
)
_PAYMENT_EN = re.compile(
    r"((?<!cash )\breceipts?\b|"
    r"\bvoid (?:a |the |this |that |today s )?(?:\w+ )?(?:transaction|payment|charge)s?\b|"
    # the speaker's own card charged: a payer asking about a charge, not a merchant
    r"\bmy (?:credit |debit )?card (?:was |got |has been )?charged\b|"
    r"\bcharged (?:on |to )?my (?:credit |debit )?card\b|"
    r"\b(?:confirm|check|see|verify) (?:if |whether |that )?(?:a |the |their )?"
    r"(?:\w+ )?deposits?\b|\bretr(?:y|ies|ied|ying)\b|"
    r"\b(?:customer|buyer|shopper)s? (?:has |have |just )?(?:paid|made a payment)\b|"
    r"\b(?:see|check|view|export|download) (?:my |our |the |today s |monthly )?sales\b)"
)

# --- a shopper acting at the live checkout: going back, closing it, not finding a button.
_SHOPPER = re.compile(r"(고객|손님|구매자|소비자|\bcustomers?\b|\bbuyers?\b|\bshoppers?\b)")
_AT_CHECKOUT = re.compile(
    r"(뒤로 ?가기|새로 ?고침|(?:창|탭|팝업)(?:을|를)? ?닫|이탈|못 ?찾|"
    r"\bback button\b|\b(?:hits?|press(?:es)?|clicks?) back\b|\brefresh(?:es)?\b|"
    r"\bclose[sd]? the (?:window|tab|popup)\b|\b(?:can t|cannot|couldn t) find\b)"
)

# --- a subscriber's schedule: the next charge moved, paused, the card on file replaced.
_SUBSCRIBER = re.compile(r"(고객|손님|구매자|구독자|회원|\bsubscribers?\b|\bcustomers?\b)")
_SCHEDULE = re.compile(
    r"(결제일|청구일|결제 ?날짜|다음 ?(?:달 ?)?결제|결제 ?주기 ?(?:변경|바꾸)|일시 ?정지|"
    r"(?:카드|결제 ?수단) ?(?:변경|바꾸|바꿔|교체)|"
    r"\bbilling (?:date|day|cycle)s?\b|\bnext (?:charge|billing|payment)\b|\bpause\b|"
    r"\bupdate (?:their|his|her|the) (?:card|billing|payment)\b|\bcard (?:expired|on file)\b)"
)

# --- a fee or interest the payer bears: the card company's to its cardholder, a surcharge.
_PAYER_KO = r"(?:고객|손님|구매자|소비자|카드 ?소지자|결제자)"
_PAYER_FEE_KO = re.compile(
    rf"({_PAYER_KO}\S{{0,3}} ?(?:\S+ ){{0,2}}?(?:수수료|이자)\S{{0,3}} ?(?:\S+ )?"
    r"(?:내|부담|물|지불|붙|나가)|"
    rf"(?:수수료|이자)\S{{0,3}} ?(?:\S+ ){{0,2}}?{_PAYER_KO}\S{{0,3}} ?(?:\S+ )?"
    r"(?:내|부담|물|지불|붙|한테|에게)|"
    rf"{_PAYER_KO}(?:이|가|도|님이|분이)? ?(?:\S+ )?(?:내는|부담하는|무는) ?(?:수수료|이자)|"
    rf"{_PAYER_KO} ?부담|할부 ?이자|"
    # a fee imposed on the payer or taken from the payer's card ("고객 카드 수수료 부과")
    rf"{_PAYER_KO}(?:의|님)? ?(?:체크|신용)? ?카드\S* ?(?:\S+ )?(?:수수료|이자)|"
    rf"(?:수수료|이자)\S* ?(?:\S+ ){{0,2}}?{_PAYER_KO}(?:의|님)? ?(?:체크|신용)? ?카드|"
    r"(?:수수료|이자)\S* ?(?:\S+ )?(?:부과|전가))"
)
# A card company's own fee to its cardholder: the card's annual fee. (A PG's annual fee is the
# fees entry's: a PG or PortOne named keeps it there.)
_CARD_ANNUAL_FEE = re.compile(
    r"((?:카드사|카드 ?회사|신용 ?카드|체크 ?카드|(?<![가-힣])카드)\S* ?(?:\S+ )?연회비|"
    r"\bcard(?: company| issuer)?(?: s)? annual fees?\b|"
    r"\bannual fees? (?:of|on|for) (?:a |my |the |our )?(?:\w+ )?card\b)"
)
_ANNUAL_FEE = re.compile(r"(연회비|\bannual fees?\b)")
_PG_NAMED = re.compile(r"(pg|피지|포트원|아임포트|\bportone\b|\biamport\b|신청|\bappl)")
_PAYER_FEE_EN = re.compile(
    r"(\b(?:customers?|buyers?|shoppers?|cardholders?|payers?)\b.{0,30}"
    r"\b(?:pay|pays|paying|charged|bear|bears|cover|covers)\b.{0,30}"
    r"\b(?:fees?|surcharges?|interest|commission)\b|"
    r"\b(?:fees?|surcharges?|interest)\b.{0,20}\b(?:to|on|for) (?:the |my |our )?"
    r"(?:customers?|buyers?|shoppers?|cardholders?)\b|\bsurcharg|\bcharged them\b|"
    # the payer charged extra, or charged by the card company or the bank
    r"\b(?:customers?|buyers?|shoppers?|cardholders?) (?:are |get |be |being |is |gets )?"
    r"charged (?:extra|more|a fee|an? extra|additional|anything)\b|"
    r"\b(?:card compan(?:y|ies)|issuers?|banks?|visa|mastercard)\b.{0,20}\bcharg\w*\b.{0,12}"
    r"\b(?:customers?|buyers?|shoppers?|cardholders?)\b)"
)

# --- the integration's errors: a code, a message, a technical failure. The application's own
# form errors (a business number rejected, a file refused) name the application's words.
_ERROR = re.compile(
    r"((?:에러|오류) ?(?:코드|메시지|메세지|로그)|\berror (?:codes?|messages?|logs?)\b|"
    r"(?:에러|오류|\berror\b) ?(?:코드 ?)?-?\d+|\b[45]\d\d\b ?(?:에러|오류|\berror\b)|"
    r"\b[a-z]\d{3,4}\b ?(?:에러|오류|\berror\b|가 ?떠|이 ?떠|떠요|나와)|"
    r"빈 ?화면|흰 ?화면|하얀 ?화면|하얗게|\bblank (?:page|screen|window)\b|\bwhite screen\b|"
    # a value not handed back to the developer's code, the shopper not brought back to the app
    r"(?:안|못) ?넘어(?:와|오|옴)|복귀(?:가|이)? ?(?:안|못)|(?:안|못) ?돌아(?:와|오|가)|"
    r"\b(?:doesn t|does not|didn t|won t) (?:return|come back|go back|redirect)\b|"
    # a page or a widget not loading or rendering, a window opening twice
    r"(?:로딩|렌더링)(?:이|가)? ?(?:안|실패|멈|끝나지|깨)|\b(?:not|doesn t|won t) render|"
    r"(?:결제창|팝업|위젯)(?:이|가)? ?두 ?번 ?(?:떠|뜨|열)|"
    # a request or a parameter rejected; an HTTP status returned by a call
    r"(?:요청|호출)(?:이|을)? ?(?:\S+ )?실패|파라미터\S* ?(?:\S+ )?(?:오류|에러|누락|잘못)|"
    r"\b(?:invalid|missing) param|"
    r"\b[45]\d\d\b ?(?:이|가|을|를)? ?(?:반환|응답|리턴|떠|나와|나요|\breturn|\bresponse)|"
    r"\bapi\b.{0,30}\b[45]\d\d\b|\b[45]\d\d\b.{0,30}\bapi\b|"
    r"\bnot (?:passed|returned|sent) back\b|"
    r"타임 ?아웃|\btime ?out|\btimed out\b|\bcors\b|\bstack ?trace\b|\bexceptions?\b|"
    r"(?:서명|위변조|금액|결제) ?검증\S* ?(?:\S+ )?"
    r"(?:실패|오류|에러|안 ?돼|안 ?되|불일치|다르|달라)|"
    r"(?:웹훅|웹 ?훅|콜백|노티|호출)\S* ?(?:\S+ )?(?:안 ?와|안 ?옴|안 ?들어|두 ?번|중복|실패|누락)|"
    r"\b(?:webhooks?|callbacks?|notifications? url)\b.{0,30}\b(?:not received|never|twice|"
    r"duplicated?|missing|fail\w*|not (?:firing|arriving|coming|sent))\b|"
    r"\bsignature (?:verification|check)\b.{0,20}\bfail)"
)

# A response read by the developer's code, when it is wrong (what a field of it means, "what is
# pg_provider in the payment response", is a code question the FAQ answers).
_RESPONSE = re.compile(
    r"((?:api|결제|서버) ?응답|응답 ?(?:코드|값|바디)|\b(?:api|payment|server) responses?\b|"
    r"\bresponse (?:codes?|body|status|payload)\b)"
)
_WRONG = re.compile(
    r"(이상|안 ?와|안 ?옴|실패|에러|오류|비어|빈 ?값|없이 ?와|달라|다르|틀려|\bfalse\b|\bfail|"
    r"\berrors?\b|\bwrong\b|\bempty\b|\bnull\b|\bweird\b|\bstrange\b|\bmissing\b)"
)

# --- where the integration's webhooks go: the notification URL set in the console or the SDK.
# (The service URL of the application's service information is the shop's own address.)
_NOTIFY_URL = re.compile(
    r"((?:결제 ?)?(?:알림|노티|통지) ?(?:url|주소)|웹 ?훅 ?(?:url|주소)|"
    r"\b(?:notification|notify|noti|webhook|callback|confirm) urls?\b)"
)

# --- an invoice for the fees charged, or evidence of them for the books.
_INVOICE = re.compile(
    r"((?<!세금)(?<!세금 )계산서|세금 ?계산서|\binvoices?\b|(?:매입|수수료|지출) ?증빙)"
)

# --- signing in to a dashboard: its password, a second factor, a locked account.
_LOGIN = re.compile(
    r"(로그인|로그 인|\blog ?in\b|\blogin\b|\bsign ?in\b|\bsigning in\b|비밀번호|비번|\bpassword\b|"
    r"(?:2|이) ?(?:단계|차) ?인증|\b2fa\b|\botp\b|\btwo factor\b|"
    r"계정(?:이|을)? ?(?:잠|정지|막|해킹|도용)|"
    r"\baccount (?:is |was |got |has been )?(?:locked|suspended|hacked|blocked)\b|\blocked out\b)"
)
# The log-in's e-mail named as an address ("it is my login email now", "로그인 이메일 말고"): which
# address the representative's mail goes to is the application's (representative_email).
_LOGIN_ADDRESS = re.compile(
    r"(?:로그인|로그 인|\blog ?in|\bsign ?in) ?(?:용 )?(?:이메일|메일|e ?mails?\b)"
)
_LOGIN_TROUBLE = re.compile(
    r"(안 ?돼|안 ?되|안 ?됨|못 ?하|못 ?해|실패|틀렸|틀려|잊|잃어|분실|변경|바꾸|바꿔|바뀌|재설정|"
    r"초기화|찾|잠겼|잠김|막혔|안 ?와|안 ?옴|안 ?들어|"
    r"\bcan t\b|\bcannot\b|\bcouldn t\b|\bunable\b|\bforgot|\breset\b|\bchange\b|\blost\b|"
    r"\blocked\b|\bnot working\b|\bdoesn t work\b|\bnever (?:comes|came|arrives|arrived)\b|"
    r"\bwrong\b|\bfail|"
    # turning a second factor off or on is the dashboard's setting too (know36)
    r"해제|끄고|끄려|꺼 ?주|꺼야|비활성|활성화|"
    r"\bdisabl|\benabl|\bturn (?:it )?(?:off|on)\b|\bremove\b)"
)


def after_live(norm: str) -> AfterLive | None:
    """The reading after go-live (or of the dashboard's log-in) that ``norm`` (normalized text)
    asks about, or None when it names none or names the application beside it."""
    if _CARD_ANNUAL_FEE.search(norm) and not (
        _PG_NAMED.search(norm) or _APPLICATION.search(_ANNUAL_FEE.sub(" ", norm))
    ):
        # (the annual fee is itself an application word: the fee entry's, of a PG)
        return AfterLive.PAYER_FEE
    if _APPLICATION.search(norm):
        return None
    if _PAYOUT_KO.search(norm) or _PAYOUT_EN.search(norm):
        return AfterLive.PAYOUT
    if _PAYER_FEE_KO.search(norm) or _PAYER_FEE_EN.search(norm):
        return AfterLive.PAYER_FEE
    if _SUBSCRIBER.search(norm) and _SCHEDULE.search(norm):
        return AfterLive.SUBSCRIBER
    if (
        _PAYMENT_KO.search(norm)
        or _PAYMENT_EN.search(norm)
        or (_SHOPPER.search(norm) and _AT_CHECKOUT.search(norm))
    ):
        return AfterLive.PAYMENT
    if _ERROR.search(norm) or (_RESPONSE.search(norm) and _WRONG.search(norm)):
        return AfterLive.ERROR
    if _NOTIFY_URL.search(norm):
        return AfterLive.NOTIFY_URL
    if _INVOICE.search(norm):
        return AfterLive.INVOICE
    login = _LOGIN_ADDRESS.sub(" ", norm)
    if _LOGIN.search(login) and _LOGIN_TROUBLE.search(login):
        return AfterLive.LOGIN
    return None
