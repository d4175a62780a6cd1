"""Questions the catalog answers: which PG supports which method, payment type or integration
mode, asked in either direction ("which PGs do key-in?", "does KCP do subscription?").

``parse`` reads a question into slots (pg, method, payment type, mode) and says whether it is a
support question at all; ``resolve`` looks the slots up in the catalog. Both are pure and
return data: the words said to the merchant are rendered by ``dialogs/answers``.

Why rules and not the FAQ retriever: the answer depends on the exact PG and method named, and
the catalog already knows every alias of both; a retriever only finds prose about the topic.
Questions about a process (documents, contracts, screening, timing, cancelling) name PGs and
methods too, so they are left to the FAQ.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from knowledge.catalog import (
    NOT_DOCUMENTED,
    Catalog,
    IntegrationMode,
    MethodCategory,
    OtherPg,
    PaymentType,
    Pg,
    SupportStatus,
    Text,
    Via,
    load_catalog,
)
from knowledge.matcher import Match, extract_methods, extract_pgs
from knowledge.morph import fold_spoken
from knowledge.normalize import compact, normalize
from knowledge.typos import Tolerance, misspelt_pgs

# Words naming a payment type or an integration mode. Matched on the normalized text with
# spaces removed for Hangul ("정기 결제" = "정기결제"), on word edges for Latin.
_TYPE_WORDS: dict[PaymentType, tuple[str, ...]] = {
    PaymentType.SUBSCRIPTION: (
        "정기결제", "정기", "구독", "구독결제", "자동결제", "빌링키", "빌링", "빌링결제",
        "반복결제", "월결제", "정기과금", "자동갱신", "자동 갱신",
        "subscription", "subscriptions", "recurring", "billing key", "billing",
        "auto pay", "autopay", "auto renew", "auto renewal", "auto renewing", "auto renews",
        # a billing key is a card kept on file and charged again
        "stored card", "stored cards", "saved card", "saved cards", "card on file",
    ),
    PaymentType.KEYIN: (
        "수기결제", "수기", "키인", "카드번호 입력", "key in", "keyin", "manual card entry",
        "manual entry", "manual card", "manual payment", "manual payments", "moto",
        "card not present", "mail order", "phone order", "phone orders", "telephone order",
        "typing in the card number", "typing in the number", "type in the card number",
    ),
    PaymentType.GENERAL: (
        "일반결제", "일회성", "단건결제", "단건", "1회성", "one time", "one off", "single payment",
        "one time payment", "one time payments", "regular payment", "general payment",
    ),
}  # fmt: skip
_MODE_WORDS: dict[IntegrationMode, tuple[str, ...]] = {
    IntegrationMode.WINDOW: (
        "결제창", "결제 창", "창 방식", "팝업", "payment window", "checkout window", "window",
        "popup", "pop up", "hosted", "hosted page",
    ),
    IntegrationMode.API: (
        "api", "자체 결제창", "자체결제창", "직접 만든", "자체 폼", "own form", "custom form",
        "our own form", "server to server",
    ),
}  # fmt: skip
_NOT_WINDOW = re.compile(
    r"\b(without|no|not|not through|not via|instead of)( an?| the)?( [a-z0-9]+)?"
    r"( payment| checkout| pg)? (window|popup)|"
    r"(결제창|결제 창|팝업) ?(말고|없이|안 ?띄우|안 ?쓰|아니고|대신)"
)
_NOT_API = re.compile(
    r"\b(without|no|not through|not via|instead of)( an?| the)?( rest)? api\b|"
    r"api ?(말고|없이|아니고)|개발 ?없이"
)

# The shape of a support question: "되나요", "지원", "does … support", "which PGs".
_SUPPORT_KO = re.compile(
    r"(되나|되냐|되는|되요|돼요|돼\b|돼나|됨|되죠|됩니까|된다|되지|안되|안 되|가능|지원|있나|"
    r"있어요|있는|있냐|어디|어느|어떤|무슨|뭐|뭘|목록|리스트|받을 수|쓸 수|할 수|쓸수|할수|받을수|"
    r"되면)"
)
_SUPPORT_EN = re.compile(
    r"\b(which|what|does|do|can|could|support|supports|supported|offer|offers|available|"
    r"possible|allow|allows|list|provide|provides|any|who|doable|yes or no)\b"
)
# Asking whether something is offered at all ("가상계좌 되나요?", "is apple pay available?").
_SUPPORT_VERB = re.compile(
    r"(되나|되냐|되요|돼요|돼\b|돼나|됨|되죠|됩니까|가능|지원|있나|있어요|받을 수|받을수|쓸 수|"
    r"쓸수|\bsupport|\bavailable\b|\bpossible\b|\boffer|\baccept|\ballow|"
    r"\bpay (by|with|via|using)\b|\b(use|take)\b)"
)
# 되다 glued to a noun of something that happened ("차단돼 있다는데", "정지됐어요", "등록돼
# 있어요") is a passive: the card was blocked, the account stopped. "Is it possible" stands
# alone ("돼요?") or follows a payment word or a particle ("카드결제돼요", "카드도 돼요",
# "잘 돼요"). Only the possibility asks whether a PG offers something (know25).
_DOES_IT_WORK = ("되", "돼", "됨", "됩")
_OFFER_BEFORE = re.compile(
    r"(결제|카드|이체|계좌|페이|pay|머니|포인트|상품권|인증|빌링|구독|수기|"
    r"도|는|은|이|가|로|으로|만|안|잘|다)$"
)


def _offers(norm: str) -> bool:
    """Whether ``norm`` asks whether something is offered: a verb of offering, not a passive."""
    for found in _SUPPORT_VERB.finditer(norm):
        start = found.start()
        glued = start > 0 and norm[start - 1] != " "
        word = norm[:start].rsplit(" ", 1)[-1]
        if found.group(0).startswith(_DOES_IT_WORK) and glued and not _OFFER_BEFORE.search(word):
            continue  # a passive: something happened to it
        return True
    return False


# Asking which PG (rather than whether one PG can).
_WHICH_PG_KO = re.compile(
    r"(pg|피지|대행사|어디|어느 ?곳|어떤 ?곳|곳이|곳은|곳들|업체|회사|"
    r"(되는|하는|있는|가능한) ?(곳|데))"
)
_WHICH_PG_EN = re.compile(
    r"\b(which|what) (pgs?|providers?|gateways?|compan(y|ies)|ones?|psps?)\b|\bpgs\b|\bproviders\b|"
    r"\bgateways\b|\bwhere\b|\bwho\b"
)
# What a merchant does with a method: takes it, applies for it, integrates it. A bare "where" /
# "어디" asks which PG only beside one of these ("해피머니 결제 받으려면 어디로 신청해요").
_MERCHANT_VERB = re.compile(
    r"(받|신청|연동|붙|계약|\baccept|\btake|\bintegrat|\bapply|\bpayments?\b|\bcheckout\b)"
)


def _names_which_pg(norm: str) -> bool:
    """Whether ``norm`` asks which PG: a PG word, or "where" / "어디" beside a merchant's verb
    ("카드 명세서 어디서 봐요", "where can I buy a gift card" ask nothing of PGs)."""
    found = [m.group(0) for p in (_WHICH_PG_KO, _WHICH_PG_EN) for m in p.finditer(norm)]
    if any(word not in ("where", "어디") for word in found):
        return True
    return bool(found) and bool(_MERCHANT_VERB.search(norm))


# Asking what one PG offers as a whole ("KCP는 뭐 돼요?", "what does KCP support?").
_OVERVIEW_KO = re.compile(
    r"(뭐 ?돼|뭐가 ?돼|뭐 ?되|뭐가 ?되|뭘 ?지원|뭐 ?지원|무엇을 지원|어떤 결제|무슨 결제|"
    r"결제수단|결제 수단|지원하는|되는 결제|뭐 ?있|뭐가 ?있)"
)
_OVERVIEW_EN = re.compile(r"\b(methods?|supports?|offers?|available)\b")
# Questions about a process, a definition or a comparison belong to the FAQ even when they
# name a PG, a method or a payment type.
_PROCESS = re.compile(
    r"(서류|계약|수수료|비용|가입비|연회비|심사|승인|기간|얼마나|며칠|몇일|언제|취소|철회|상태|진행|"
    r"접수|mid|상점아이디|키파일|보증보험|추가 정보|추가정보|차이|뜻|의미|이란|란 뭐|뭔가요|"
    r"무엇인가요|설명|연동 방법|연동방법|개발|코드|테스트|신청하|신청할|신청 방법|신청방법|추천|"
    r"좋아요|좋은가|좋을까|나을까|낫나|비교|정산|환불|부분취소|추가|다른 ?데|다른 ?곳|여러|나눠|"
    # which certificates a sign-in takes ("통합인증은 어떤 인증서들 지원해요?")
    r"인증서|"
    # what one must do ("정기결제 쓰려면 뭐 해야 돼요?"): a process, whatever the ending
    r"(뭐|뭘|무엇을|뭐를) ?(더 ?)?해야|\bwhat (do|should|must) (i|we) do\b|"
    r"각각|나뉘|나누|만들|(신청|가입|등록)해야|제출|보내야|준비물|탭|여권|신분증|외국인|"
    r"통신판매|신청했|신청한|신청 후|신청서|뭐하는|"
    r"뭐 하는|뭐에요|뭐예요|뭔데|뭐죠|뭐야|뭐임|뭔지|뭐냐|달라|다른 ?점|다른가|다르|다른지|"
    r"연동할 ?때|연동 ?시에?|"
    # a constraint on identity verification (Danal's age prefill), not a slot the catalog has
    r"나이 ?제한|연령|성인 ?인증|\bage (limit|restriction|check|verification)|\bminimum age\b|"
    # which sign-ins unified authentication takes (the FAQ lists them; the catalog cannot)
    r"로그인|\blog ?in\b|"
    r"\bdiffer|\bvs\b|바로오픈|바로 오픈|포함|\binclude|"
    # whether two names are one thing ("토스페이랑 토스페이먼츠 다른 거예요? 헷갈려요")
    r"(다른|같은) ?(거|건|것) ?(예요|에요|이에요|인가|인지|이야|야|죠|가요)|헷갈|"
    r"\bsame (thing|company|as)\b|\bconfus|"
    # a screening outcome or the merchant's line of business, not what a PG offers
    # ("상품권 팔면 위험업종이라 거절돼요?"): the FAQ's screening entries
    r"거절|반려|거부|위험|업종|\breject|\bdeclin|\bdenied\b|\brisky?\b|\bindustry\b|"
    # what one must have ("공인인증서 있어야 돼요?"), as "need" and "must" in English
    r"있어야|"
    # a reason ("왜 … 물어봐요?") or a definition ("what counts as"), an account's holder
    r"왜|\bwhy\b|\bcounts? as\b|명의|사본|"
    # what a word means exactly ("간편결제가 정확히 뭘 말하는 거예요?", "is X considered Y?"),
    # where in a window or console something is chosen, a part of the application
    r"정확히|말하는|\bconsidered\b|어디서 ?(고르|골라|선택)|"
    r"\bwhere (do|does|can) (i|we|they|customers?|users?|buyers?) (choose|pick|select)\b|"
    r"신청(에서|서에|시에?\b)|"
    # where in the console to apply ("신청은 어디서 해요?"), not which PG
    r"(신청|가입)(은|을|는)? ?어디|"
    r"\bdocuments?\b|\bpaperwork\b|\bcontracts?\b|\bfees?\b|\bcosts?\b|\bprice\b|\breview\b|"
    r"\bscreening\b|\bapproval\b|\bapproved?\b|\bhow long\b|\bwhen\b|\bcancel|\bstatus\b|"
    r"\bdifference\b|\bwhat is\b|\bwhat s\b|\bwhats\b|\bmean\b|\bexplain\b|\bintegrat|"
    r"\bdevelop|\bcode\b|\bsdk\b|\btest|\bapply\b|\bsign up\b|\brecommend|\bbetter\b|\bbest\b|"
    r"\bsettlement\b|\brefund|\bkey ?file\b|\bmid\b|\bdays?\b|\bweeks?\b|\bstrict|\binsurance\b|"
    r"\badd\b|\badding\b|\bdifferent\b|\bseparate|\bmultiple\b|\bseveral\b|"
    r"\bsend\b|\bsubmit|\bprepare\b|\bpassport\b|\bforeign(er)?\b|\bappl(y|ied|ication)\b|"
    r"\bregistration\b|\bmail order number\b|\btabs?\b|\bbuild\b)"
)
# An integration detail is asked about, not which PG offers what: an SDK value ("pay_method"),
# an API path or call, issuing a billing key and charging at once, a currency, a product the
# catalog has no slot for (KCP QuickPay, Hecto's 내통장결제, Japan or Payletter payments), the
# identity channel attribute. The catalog would answer with a PG list that does not say it;
# the FAQ has entries for these (normalize turns "pay_method", "subscribe/customers" into words).
_INTEGRATION_DETAIL = re.compile(
    r"(\bpay ?method\b|엔드포인트|\bendpoints?\b|호출|\bcustomer uid\b|\bimp uid\b|"
    r"\bsubscribe (customers|payments)\b|\bcertifications\b|\botp\b|"
    r"(발급|등록).{0,20}(동시|같이|한 ?번에|함께)|발급하면서|\bwhile issuing\b|"
    r"\bissu\w*.{0,40}\b(same time|at once|together|(same|one|single|a single) (call|request))\b|"
    r"\b(in|with) (the same|one|a single) (api )?(call|request)\b|"
    r"\bfirst (payment|charge)\b|"
    # what an action costs the buyer ("빌링키 발급하면 돈이 빠져나가요?"): the FAQ's entry
    r"빠져나가|돈이 ?나가|출금되|\b(get|gets|is|be) charged\b|"
    r"원화|달러|\bkrw\b|\busd\b|\bcurrenc|어디서 ?설정|"
    r"settle acc|내통장|kcp quick|퀵페이|\bquick ?pay\b|일본|\bjapan|페이레터|\bpayletter\b|"
    r"inicis jp|채널 ?속성|\bchannel attribute|무슨 결제|요청은? ?어디로|"
    # how an easy pay is opened (called directly or chosen inside the PG's window)
    r"\bdirect call|\b(call|calls|called|calling|open|opens|opened) .{0,30}\bdirectly\b|"
    # an SDK parameter's value ("which pg value do I pass"), a shop platform's plugin
    r"파라미터|\bparameters?\b|\b(do|should|can) (i|we) pass\b|\bpass(ed)? (as|in)\b|"
    r"워드프레스|워프|우커머스|\bwordpress\b|\bwoo ?commerce\b|"
    r"\bwhere (do|can|should) (i|we) set\b|\b(what|which) (do|should) (i|we) call\b)"
)
# A how-question asks for a way, a duration or an amount ("how long does the card review
# take?", "어떻게 해야 돼요?"), not whether a PG offers something: the FAQ answers it, unless it
# asks which PG ("how many PGs do subscriptions?" is caught by _WHICH_PG_EN first).
_HOW_TO = re.compile(
    r"(어떻게 ?하|어떻게 ?해|어케 ?하|어케 ?해|(어떻게|어케) ?(신청|받|진행|연동|써|쓰|사용)|"
    r"^how\b|\bhow (do|does|did|can|should|long|much|to)\b)"
)

# What goes into a form field or what is required is a question about the application, not
# about which PG offers what: "법인카드 수기결제하면 생년월일 대신 뭐 넣어요?", "이니시스 정기결제
# pc에서 하면 공인인증서 필요해요?", "what do I enter in the field". ("카드번호를 입력해서
# 결제" is key-in itself, so typing alone is not a field question.)
_FORM_FIELD = re.compile(
    r"(뭐 ?(넣|적|입력|써야|쓰나|쓰면|기재)|뭘 ?(넣|적|입력|써|기재)|무엇을 ?(넣|적|입력|기재)|"
    r"(넣|적|입력|기재)(나요|는 ?(칸|란|곳|건)|으면|하면 ?되|해야)|(적|입력|기재)어야|"
    r"안 ?(넣|적|입력)|"
    r"칸|입력란|항목|"
    r"\bfields?\b|\bfill (in|out)\b|\bwhat (do|should|can) (i|we) (enter|put|type|write)\b|"
    r"\bprefill|\bpre fill|\brequired?\b|"
    # what a field is filled with ahead, or what the buyer has to hand over
    r"미리 ?(채우|채워|입력|넣|선택|지정|설정|골라|고르|세팅|체크)|"
    r"(고객|손님|구매자|사용자|결제자)(한테|에게|분들한테|로부터|으로부터) ?"
    r"[^?]{0,12}(뭐|무엇|어떤|뭘)|"
    r"\b(ask|collect|get) from (the |our )?(customers?|buyers?|users?)\b)"
)
# Words that often come with a question about a process ("따로 계약해야 하나요?", "what do I
# need?") but as often with a capability question ("휴대폰결제 붙이려면 어떤 PG로 해야 돼요?",
# "which PGs do both virtual accounts and bank transfer?", "API instead of the window"). They
# send a question to the FAQ only when it has no capability shape of its own (below).
_SOFT_PROCESS = re.compile(
    r"(해야|따로|필요|대신|넣어야|\bboth\b|\bneed(ed|s)?\b|\bhave to\b|\bmust\b|"
    r"\binstead of\b|\bseparately\b)"
)
# The shape of a capability question, strong enough to outweigh a soft word: which PG, or
# whether a PG (or PortOne) supports, offers or can do a slot. ("되나요"/"가능" alone count:
# a slot must be named too, and a topic word (documents, fees, screening…) still wins.)
_CAPABILITY_KO = re.compile(
    r"((어느|어떤|무슨) ?(pg|피지|대행사|결제사|곳|데|업체|회사)|"
    r"어디(가|서|에서|로|랑|와|에)? ?(되|돼|가능|지원|있|받|쓸|써)|"
    r"(되는|가능한|지원하는|지원되는|지원 ?가능한|쓸 ?수 ?있는|받을 ?수 ?있는|하는) ?"
    r"(pg|피지|대행사|곳|데|업체|회사)|"
    r"지원(하|되|해|돼|합|됩|가능|여부)|가능(한가|해|할|하|한지|여부|\s*$)|"
    r"되나|되냐|돼요|되요|됩니까|될까|되죠|되는지|돼\s*$|되\s*$|"
    r"(쓸|받을|할|붙일|연동할|이용할) ?수 ?(있|없))"
)
_CAPABILITY_EN = re.compile(
    r"(\b(which|what) (pgs?|providers?|gateways?|psps?|ones?|compan(y|ies)|payment "
    r"(gateways?|companies|providers))\b|"
    r"\b(does|do|can|could|will) (\w+ ){1,3}(support|do|offer|take|accept|handle|process)\b|"
    r"\bsupport(s|ed)?\b|\bavailable\b|\bpossible\b|\bwho (supports?|offers?|does|has)\b|"
    r"\bcan (i|we) (use|do|take|accept|get|have|offer)\b|"
    # "is nice_v2 ok for both?", "does it work with KCP?"
    r"\b(is|are) (\w+ ){1,3}(ok|okay|fine|good) (for|with)\b|\bworks? (for|with)\b)"
)


def capability_shape(norm: str) -> bool:
    """Whether the normalized text asks whether (or which PG) a capability is offered."""
    return bool(_CAPABILITY_KO.search(norm) or _CAPABILITY_EN.search(norm))


# A bare list of names ("apple pay PGs", "naver pay subscription", "이니시스 가상계좌"): with no
# verb at all, a PG, method, payment type or mode and nothing else is a catalog look-up.
_NAME_FILLER = re.compile(
    r"\b(pgs?|providers?|gateways?|psps?|payments?|and|or|with|via|by)\b|pg사?|되는|곳|데|"
    # which module of the PG: "smartro new module kakaopay" is still a bare list of names
    r"\b(new|old) modules?\b|[신구] ?모듈"
)
_MAX_NAMES_ONLY_WORDS = 4
_PARTICLES_ONLY = re.compile(r"(으로|로|에서|에|는|은|도|이|가|이랑|랑|하고|과|와|의|를|을)+")

_MIN_GROUP_TERM = 4


@dataclass(frozen=True)
class CatalogQuery:
    """The slots of a support question; None means the question does not constrain it."""

    pg: str | None = None
    method: str | None = None
    payment_type: PaymentType | None = None
    mode: IntegrationMode | None = None
    # A broad method word ("간편결제", "본인인증"): the methods it may mean.
    method_group: tuple[str, ...] = ()
    # "지원하는 PG사 목록", "which PGs can I sign up with?": every PG, grouped by kind.
    all_pgs: bool = False
    # "가상계좌랑 계좌이체 둘 다 되는 곳": every method of the group, not any one of them.
    all_methods: bool = False

    def slots(self) -> dict[str, str | None]:
        """The slots by the catalog's codes, as ``onboard ask --json`` prints them."""
        return {
            "pg": self.pg,
            "method": self.method,
            "payment_type": self.payment_type.value if self.payment_type else None,
            "mode": self.mode.value if self.mode else None,
            # "엑심베이로 위챗페이 알리페이 되나": several methods asked at once, none of them
            # the one ``method``; the answer speaks about each of them.
            "methods": ",".join(self.method_group) or None,
        }


# "phone billing" names a method (휴대폰 소액결제), not a subscription.
_METHOD_BILLING = re.compile(r"\b(phone|mobile|carrier) billing\b")


def _has_term(norm: str, flat: str, term: str) -> bool:
    if term.isascii():
        norm = _METHOD_BILLING.sub(" ", norm)
        return re.search(rf"(?<![a-z0-9]){re.escape(term)}(?![a-z0-9])", norm) is not None
    return term.replace(" ", "") in flat


def _payment_type(norm: str, flat: str) -> PaymentType | None:
    found = [
        (kind, t) for kind, terms in _TYPE_WORDS.items() for t in terms if _has_term(norm, flat, t)
    ]
    if not found:
        return None
    # "일반결제 말고 정기결제도 되나요?" names both: the question is about the rarer one, so
    # subscription and key-in win over one-time payment.
    kinds = {kind for kind, _ in found}
    for kind in (PaymentType.SUBSCRIPTION, PaymentType.KEYIN, PaymentType.GENERAL):
        if kind in kinds:
            return kind
    return None


# 비인증 결제: a card charged without the shopper authenticating, which in PortOne's API is the
# billing-key charge (subscribe/payments/again; key-in is the one-off form of it). Of one PG it
# asks about that PG's subscription row (Blue Walnut's note: "비인증 결제(정기·수기)" is not
# supported); without a PG, or beside another type word, it is no type of its own: "비인증결제?"
# asks what it is, which the FAQ's subscription-vs-key-in entry explains.
_NON_AUTH = re.compile(r"(비인증|\bnon ?auth(?:enticated)?\b|\bunauthenticated\b)")


def _mode(norm: str, flat: str) -> IntegrationMode | None:
    # "without a payment window", "결제창 말고": the other mode is the one asked for.
    if _NOT_WINDOW.search(norm):
        return IntegrationMode.API
    if _NOT_API.search(norm):
        return IntegrationMode.WINDOW
    for mode, terms in _MODE_WORDS.items():
        if any(_has_term(norm, flat, t) for t in terms):
            return mode
    return None


# A PG name one letter (one jamo) off: "inisis", "키음페이", "토스페이멘츠". The shared matcher's
# fuzzy cutoff is kept strict for the journeys; in a support question a near name is the PG.
# One jamo, never a syllable: "welcomed" or a three-syllable word must not become a PG here.
QUESTION_TYPOS = Tolerance(
    by_jamo=True, min_length=5, min_hangul=9, min_hangul_name=3, same_start=True, short_swaps=3
)


def _near_pg(text: str, catalog: Catalog) -> str | None:
    found = misspelt_pgs(text, QUESTION_TYPOS, catalog=catalog)
    return found[0].value if len(found) == 1 else None


# A name set aside by the question ("카드 말고 가상계좌", "toss pay (not toss payments)",
# "instead of KCP"): what is asked is the other name, not this one.
_ASIDE_AFTER = re.compile(r"\s?(은|는|이|가|을|를|도)?\s?(말고|빼고|외에|제외|아니고|아닌|대신)")
_ASIDE_BEFORE = re.compile(
    r"\b(not|other than|besides|apart from|except|aside from|instead of|rather than)\s(the\s)?$"
)


def _set_aside(norm: str, term: str) -> bool:
    """Whether every place ``term`` is named in ``norm`` (the normalized text) sets it aside.
    The term is found with or without its spaces, and not inside a longer Latin word
    ("toss pay" is not in "toss payments")."""
    pattern = r"\s?".join(re.escape(c) for c in term.replace(" ", ""))
    places = [
        m
        for m in re.finditer(pattern, norm)
        if not (m.end() < len(norm) and norm[m.end()].isascii() and norm[m.end()].isalnum())
        and not (m.start() > 0 and norm[m.start() - 1].isascii() and norm[m.start() - 1].isalnum())
    ]
    return bool(places) and all(
        _ASIDE_AFTER.match(norm, m.end()) or _ASIDE_BEFORE.search(norm[: m.start()]) for m in places
    )


def _asked(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` less the names the question sets aside, when another name is left: "페이코
    card말고 가상계좌도 돼요?" asks about virtual accounts only; with nothing left ("이니시스
    말고 또 어디 있어요?") the question is about the others, and the callers' rules decide."""
    if len(matches) < 2:
        return matches
    norm = normalize(text)
    kept = [m for m in matches if not _set_aside(norm, normalize(m.term))]
    return kept if kept else matches


def _pg(text: str, catalog: Catalog, supportish: bool) -> str | None:
    found = extract_pgs(text)
    named = [m.value for m in _asked(text, found.matches)]
    # "nice" alone is a word as often as a PG; in a support question it is the PG.
    named += [a.candidates[0] for a in found.ambiguous if supportish and len(a.candidates) == 1]
    # "naver pay through KG Inicis": the general PG is the one asked about; the easy-pay
    # named beside it is the method.
    methods = {m.code for m in catalog.methods}
    general = [code for code in named if code not in methods]
    if not general:
        near = _near_pg(text, catalog)
        if near is not None:
            return near
    chosen = general or named
    return chosen[0] if chosen else None


def _names_only(text: str, catalog: Catalog) -> bool:
    """Nothing but names: every word is part of a PG, method, payment type or mode name, or a
    word like "PG"/"곳" that only says "which provider", in two to four words. A PG name one
    letter off ("토스페이멘츠 가상계좌") is a name too."""
    norm = normalize(text)
    words = norm.split()
    if not 2 <= len(words) <= _MAX_NAMES_ONLY_WORDS:
        return False  # one name alone ("paypal") says nothing about what is asked
    norm = " ".join(w for w in words if _near_pg(w, catalog) is None)
    rest = _NAME_FILLER.sub(" ", norm).replace(" ", "")
    terms = [m.term for m in (*extract_pgs(text).matches, *extract_methods(text).matches)]
    terms += [t for group in (*_TYPE_WORDS.values(), *_MODE_WORDS.values()) for t in group]
    for term in sorted((t.replace(" ", "") for t in terms), key=len, reverse=True):
        rest = rest.replace(term, "")
    # "블루월넛으로 빌링결제", "이니시스도 정기": a particle left on a name is still a name.
    return not rest or _PARTICLES_ONLY.fullmatch(rest) is not None


# A question that names one PG and only asks whether it can be had: "블루월넛 신청 돼요?",
# "KSNET도 되나요?", "can I apply for Blue Walnut?". What the PG offers (the catalog's overview)
# answers it; without this rule "신청"/"apply" sends it to the FAQ, where no entry is about one
# PG being available. Read on what is left once the PG's name is taken out: Hangul (spaces
# removed) must be a particle, "신청/가입/이용/사용" and a can-I ending, nothing else; Latin
# words must all be of a can-I-apply question, one of them the asking verb.
_BARE_PG_KO = re.compile(
    r"(도|은|는|이|가|로|으로|랑|pg사?|피지)?(포트원(에서|으로|이랑|하고|과|와)?도?)?(신청|가입|이용|사용|지원|연동)?"
    r"(이|은|도|을|를)?"
    r"(돼요|되나요|되요|돼|되냐|되죠|됨|될까요|되는지|되는건가요|되는거죠|되는거예요|"
    # "블루월넛도 포트원에서 지원해요?" (only after 지원: "이니시스로 해요" is a choice)
    r"(?<=지원)(해요|하나요|하죠|합니까|하는지|하는건가요)|"
    r"가능한가요|가능해요|가능할까요|가능한지|가능|할수있나요|할수있어요|할수있을까요|할수있는지|"
    r"있나요|있어요|쓸수있나요|쓸수있어요)(궁금해요|궁금합니다)?"
)
_BARE_PG_EN_ASK = frozenset(
    ["apply", "applying", "sign", "use", "using", "available", "possible", "support",
     "supported", "have", "get", "offer", "offered", "register", "work", "works"]
)  # fmt: skip
_BARE_PG_EN = _BARE_PG_EN_ASK | frozenset(
    ["can", "could", "may", "i", "we", "you", "up", "for", "with", "to", "is", "are", "it",
     "do", "does", "through", "via", "portone", "the", "pg", "also", "too", "on", "still"]
)  # fmt: skip


_BARE_PG_MAX_WORDS = 8  # "can we also apply for Toss Payments BrandPay through PortOne?"


@lru_cache(maxsize=64)
def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for all of a PG's names, longest first (compiled once per PG), each as
    typed with or without its spaces ("Galaxia Money Tree" is "Galaxia MoneyTree")."""
    alternatives = sorted({normalize(n).replace(" ", "") for n in names}, key=len, reverse=True)
    return re.compile(
        r"(?<![a-z0-9])("
        + "|".join(" ?".join(re.escape(c) for c in a) for a in alternatives)
        + r")(?![a-z0-9])"
    )


def _bare_pg(text: str, catalog: Catalog) -> str | None:
    """The PG a question names when it asks nothing but whether that PG can be had."""
    if len(text.split()) > _BARE_PG_MAX_WORDS:
        return None
    found = extract_pgs(text)
    # "nice" is a word as often as a PG; asking whether it can be had makes it the PG.
    named = {m.value for m in found.matches}
    named |= {a.candidates[0] for a in found.ambiguous if len(a.candidates) == 1}
    if len(named) != 1:
        return None
    pg = catalog.pg(named.pop())
    if pg.v2_only:
        return None  # "KPN 신청 돼요?": the answer is that it is V2 only (an FAQ entry)
    norm = normalize(text)
    if _INTEGRATION_DETAIL.search(fold_spoken(norm)):
        return None  # "KCP 퀵페이 되나요?": a product the catalog has no slot for
    names = (*pg.aliases, pg.names.ko, pg.names.en, *(a.term for a in found.ambiguous))
    norm = _names_pattern(names).sub(" ", norm)
    latin = re.findall(r"[a-z0-9]+", norm)
    hangul = "".join(re.findall(r"[가-힣]+", norm))
    if not set(latin) <= _BARE_PG_EN:
        return None
    asks = bool(_BARE_PG_EN_ASK.intersection(latin)) if latin else False
    if hangul:
        if not _BARE_PG_KO.fullmatch(hangul):
            return None
        asks = True
    return pg.code if asks else None


# "Which PGs are there?" with nothing else asked: the whole list. A PG word next to a list word
# ("PG사 목록", "어떤 PG사가 있나요", "which payment companies can I sign up with", "list of
# pgs"). Checked only when no PG, method, payment type or mode is named (those have their own
# answers) and nothing else is asked (a recommendation, fees, documents, contracts, a PG
# already held: the FAQ answers those).
_PG_WORD_KO = r"(pg ?사?|피지|결제 ?대행사|대행사|결제사)"
_PG_LIST_KO = re.compile(
    _PG_WORD_KO
    + r" ?(들)?(은|는|이|가|를|을)? ?(총|전부|모두|다 ?해서)? ?(목록|리스트|종류|어디 ?어디|"
    r"뭐 ?뭐|뭐가 ?있|어떤 ?(게|것|곳|데)? ?있|몇 ?(개|곳|군데))|"
    r"(어떤|어느|무슨) ?" + _PG_WORD_KO + r"(들)?(이|가|를|을|랑|와|과|로)? ?"
    r"(있|되|돼|가능|지원|연동|신청|가입|이용|쓸|쓰|고를|선택)|"
    r"(지원|연동|신청|가입|이용|사용|선택) ?(가능한|할 ?수 ?있는|하는|되는|돼 ?있는) ?"
    + _PG_WORD_KO
    + r" ?(들)?(은|는|이|가)? ?(목록|리스트|종류|어디|뭐|알려|보여|있)"
)
_PG_WORD_EN = (
    r"(pgs|pg companies|pg providers|payment (companies|providers|gateways|processors)|"
    r"gateways|psps|providers)"
)
_PG_LIST_EN = re.compile(
    r"\b(which|what) (kind of |kinds of )?" + _PG_WORD_EN + r"\b|"
    r"\b(list|lists) of (the |all |supported |available )?" + _PG_WORD_EN + r"\b|"
    r"\b(all|supported|available) (the )?" + _PG_WORD_EN + r"\b|\bpg list\b"
)
_PG_LIST_NOT = re.compile(
    r"(추천|좋|나을|낫|비교|수수료|비용|서류|계약|심사|기간|얼마|차이|기존|이미|여러|두 ?(개|곳)|"
    # a shop platform narrows the list (WooCommerce's PGs: an FAQ entry), and so does a reason
    r"워드프레스|워프|우커머스|플러그인|카페24|고도몰|아임웹|식스샵|왜|"
    # the list is V1's: a question about V2 asks for the PGs it leaves out (the FAQ's entry)
    r"(?<![a-z0-9])v2(?![a-z0-9])|"
    r"\bwoo ?commerce\b|\bwordpress\b|\bplugins?\b|\bcafe24\b|\bshopify\b|\bwhy\b|\blimited\b|"
    # a market narrows the list to overseas payments, which the FAQ explains
    r"해외|외국|일본|중국|글로벌|\boverseas\b|\babroad\b|\bforeign|\binternational\b|\bjapan|"
    r"\bchina\b|\bglobal\b|"
    r"해지|바꾸|변경|정산|취소|\brecommend|\bbetter\b|\bbest\b|\bshould\b|\bfees?\b|\bcosts?\b|"
    r"\bcheap|\bdocuments?\b|\bcontracts?\b|\bdifferen|\bvs\b|\bmultiple\b|\bseveral\b|"
    r"\bboth\b|\bexisting\b|\balready\b|\bchange\b|\bswitch|\bsettle|\bcancel|\bhow long\b|"
    # what the PGs ask of the merchant narrows it too (the FAQ's extra-fields entry)
    r"추가 ?(정보|입력|항목)|\badditional\b|\bextra\b|\bmore info)"
)


def asks_pg_list(text: str) -> bool:
    """Whether ``text`` asks for the list of PGs and nothing more specific."""
    norm = fold_spoken(normalize(text)).replace("-", " ")
    if not (_PG_LIST_KO.search(norm) or _PG_LIST_EN.search(norm)) or _PG_LIST_NOT.search(norm):
        return False
    if _INTEGRATION_DETAIL.search(norm):
        return False  # "which pgs does subscribe/payments/onetime support": an API's list
    methods = extract_methods(text)
    # "본인인증은 어느 PG사로": a broad method word narrows the list as much as a method does
    if extract_pgs(text).matches or methods.matches or methods.ambiguous:
        return False
    flat = norm.replace(" ", "")
    return _payment_type(norm, flat) is None and _mode(norm, flat) is None


@lru_cache(maxsize=4)
def _other_pg_patterns(others: tuple[OtherPg, ...]) -> tuple[tuple[OtherPg, re.Pattern[str]], ...]:
    found = []
    for other in others:
        alternatives = sorted({normalize(a) for a in other.aliases}, key=len, reverse=True)
        pattern = (
            r"(?<![a-z0-9])(" + "|".join(re.escape(a) for a in alternatives) + r")(?![a-z0-9])"
        )
        found.append((other, re.compile(pattern)))
    return tuple(found)


_OTHER_PG_MAX_WORDS = 12  # a short question about it; a long message is read as a whole


def other_pg(text: str, catalog: Catalog | None = None) -> OtherPg | None:
    """The one PG named that PortOne lists but the V1 catalog has no table for ("페이레터도
    돼요?", "KICC 해외결제 되나요?"), in a short question; None otherwise."""
    if len(text.split()) > _OTHER_PG_MAX_WORDS:
        return None
    catalog = catalog or load_catalog()
    norm = normalize(text)
    named = [
        other
        for other, pattern in _other_pg_patterns(tuple(catalog.other_pgs))
        if pattern.search(norm)
    ]
    return named[0] if len(named) == 1 else None


def parse(text: str, catalog: Catalog | None = None) -> CatalogQuery | None:
    """The support question ``text`` asks, or None when it is not one the catalog answers."""
    catalog = catalog or load_catalog()
    if asks_pg_list(text):
        return CatalogQuery(all_pgs=True)
    query = _parse(text, catalog)
    if query is None and asks_offered(text, catalog):
        # "스마트로 api 정기결제 지금 새로 신청할수있나요", "모빌리언스 구모듈 쓰는데 계좌이체 추가
        # 되나요": whether a named PG offers a named capability, with a condition (applying
        # anew, adding, a module) the process words would otherwise send to the FAQ (know29)
        query = _parse(text, catalog, gated=False)
    if query is None:
        pg = _bare_pg(text, catalog)
        if pg is not None:
            return CatalogQuery(pg=pg)
    if query is not None and not _answers_all(text, query, catalog):
        return None
    if query is not None and _shared_name(text, query) is not None:
        return None  # "토스 정기결제 돼요?": Toss Payments or Toss Pay; ``readings`` asks
    return query


def _shared_name(text: str, query: CatalogQuery) -> tuple[str, ...] | None:
    """The PGs a name several PGs share could mean ("토스", "toss": Toss Payments, Toss Pay,
    Toss BrandPay), when it is the only name of a PG in ``text`` and the query took it as a
    method; None otherwise."""
    if query.pg is not None or (query.method is None and not query.method_group):
        return None
    norm = fold_spoken(normalize(text))
    if _WHICH_PG_KO.search(norm) or _WHICH_PG_EN.search(norm):
        return None  # "토스 되는 PG?": which PGs offer Toss Pay, the method
    found = extract_pgs(text)
    shared = [a for a in found.ambiguous if len(a.candidates) > 1]
    if found.matches or len(shared) != 1:
        return None
    term = shared[0].term
    asked = {query.method, *query.method_group}
    if not any(m.term == term and m.value in asked for m in extract_methods(text).matches):
        return None
    return shared[0].candidates


# "…되는 버전 따로 있나요?": whether something exists, a capability question's shape too when a
# slot is named (too weak to outweigh a soft word in ``parse``; enough to refuse prose).
_EXISTS = re.compile(r"(있나|있어요|있을까|있는지|\bis there\b|\bare there\b)")
_BESIDES = re.compile(r"(말고|빼고|외에|제외|\bother than\b|\bbesides\b|\bexcept\b)")
_MAX_READINGS = 3  # more readings than this is not a question to ask back


def readings(text: str, catalog: Catalog | None = None) -> list[CatalogQuery]:
    """A capability question the catalog could answer in more than one way: the readings to
    ask the merchant to choose from ("KCP랑 이니시스 정기결제 돼요?": KCP's or INICIS's;
    "정기결제랑 수기결제 둘 다 결제창으로 되는 곳": subscription's or key-in's). Empty when
    ``parse`` answers it, when it is not a capability question, or when it has one reading."""
    catalog = catalog or load_catalog()
    norm = fold_spoken(normalize(text)).replace("-", " ")
    flat = norm.replace(" ", "")
    pgs = extract_pgs(text)
    methods = {m.code for m in catalog.methods}
    general = list(dict.fromkeys(code for code in pgs.values if code not in methods))
    types = _named_types(norm, flat)
    shares = any(len(a.candidates) > 1 for a in pgs.ambiguous)
    if len(general) < 2 and len(types) < 2 and not shares:
        return []  # one reading at most (the cheap test first: this runs on most questions)
    if _BESIDES.search(norm):
        return []  # "다날이랑 이니시스 말고 또 있나요?": neither of the two is asked about
    if not capability_question(text, catalog):
        return []
    query = _parse(text, catalog, split_types=True)
    if query is None or query.all_pgs:
        return []
    found: list[CatalogQuery] = []
    shared = _shared_name(text, query)
    if shared is not None:
        # the shared name was read as a method: the rest of the methods stay asked about
        rest = tuple(m for m in (query.method, *query.method_group) if m and m not in shared)
        one = rest[0] if len(rest) == 1 else None
        found = [
            replace(query, pg=code, method=one, method_group=rest if len(rest) > 1 else ())
            for code in shared
        ]
    elif len(general) > 1:
        found = [replace(query, pg=code) for code in general]
    elif len(types) > 1 and query.payment_type is None:
        found = [replace(query, payment_type=kind) for kind in types]
    if any(q.pg is not None and catalog.pg(q.pg).v2_only for q in found):
        return []  # a V2-only PG: the FAQ's entry says what it means
    return found if 1 < len(found) <= _MAX_READINGS else []


def broad_group(text: str, query: CatalogQuery, catalog: Catalog | None = None) -> bool:
    """Whether ``query`` names its methods only by a family's broad word ("본인인증",
    "간편결제", "identity verification", "easy pay"), no method of the family named, and no
    PG, or identity verification with or without one. The catalog's answer would be rows for
    every method of the family, which the merchant did not choose between; the FAQ's entry
    for the family says which PGs offer it, how it is contracted and applied for (know11: the
    development sets by six writers label such questions with that entry, and a named method
    or a PG's easy pays with the catalog)."""
    if query.method is not None or not query.method_group or query.all_pgs:
        return False
    if extract_methods(text).matches:
        return False  # "알리페이 위챗페이 되나요?": two methods named, not a family
    catalog = catalog or load_catalog()
    identity = all(
        catalog.method(code).category is MethodCategory.IDENTITY for code in query.method_group
    )
    # "토스페이먼츠 간편결제 뭐 돼요?": one PG's easy pays are its catalog rows
    return identity or query.pg is None


SUBSCRIPTION_LIST_ENTRY = "subscription_pgs"


def bare_subscription_list(query: CatalogQuery) -> bool:
    """Whether ``query`` asks only which PGs do subscriptions: no PG, no method but cards (a
    subscription is a card's unless another method is named), no mode, no method family, not
    the whole PG list. The FAQ entry that lists them is the answer; the catalog's would be the
    same list without the easy pays' subscriptions and key-in's PGs the entry adds."""
    return (
        query.payment_type is PaymentType.SUBSCRIPTION
        and query.pg is None
        and query.method in (None, "card")
        and query.mode is None
        and not query.method_group
        and not query.all_pgs
    )


# The FAQ entry about each family of methods as a whole (which PGs offer it, how it is had).
_FAMILY_ENTRIES = {
    MethodCategory.EASY_PAY: "easy_pay",
    MethodCategory.IDENTITY: "identity_verification",
    MethodCategory.OVERSEAS: "overseas_payments",
}


def family_entry(query: CatalogQuery, catalog: Catalog | None = None) -> str | None:
    """The FAQ entry for the one family ``query``'s method group belongs to, if any."""
    catalog = catalog or load_catalog()
    families = {catalog.method(code).category for code in query.method_group}
    return _FAMILY_ENTRIES.get(families.pop()) if len(families) == 1 else None


# Choosing a PG ("which PG should I pick?") is what the FAQ's PG-choice entry answers.
_CHOICE = re.compile(r"(고르|골라|선택|정해|\bpick|\bchoos|\bchoice\b|\bshould\b|\bgo with\b)")


def asks_which_pg_of_unknown(text: str, catalog: Catalog | None = None) -> bool:
    """Whether ``text`` asks which PG offers something the catalog does not know ("OK캐시백
    되는 PG?", "which PG takes crypto?"): the shape of "which PG", nothing a slot could hold
    named (no PG, method, family word, payment type or mode), no process or choice asked.
    Prose about choosing a PG or about methods in general is no answer to it."""
    norm = fold_spoken(normalize(text)).replace("-", " ")
    asks = bool(_WHICH_PG_KO.search(norm) or _WHICH_PG_EN.search(norm))
    if not asks or not capability_shape(norm) or _PROCESS.search(norm) or _CHOICE.search(norm):
        return False
    methods = extract_methods(text)
    # ("pay" alone is too vague to name a family, as in ``_parse``)
    vague = all(len(a.term.replace(" ", "")) < _MIN_GROUP_TERM for a in methods.ambiguous)
    if extract_pgs(text).matches or methods.matches or not vague:
        return False
    flat = norm.replace(" ", "")
    return _payment_type(norm, flat) is None and _mode(norm, flat) is None


def wish_or_market(text: str) -> bool:
    """A plan or a wish ("planning to take Alipay through Eximbay", "…붙이려고 해요") or a
    market named ("중국 관광객"): read as capability questions by decision (know15, know11)
    although they have no question's shape (knowledge/understand.py asks them nothing back)."""
    norm = fold_spoken(normalize(text)).replace("-", " ")
    return bool(_WANT.search(norm) or _MARKET.search(norm))


def capability_question(text: str, catalog: Catalog | None = None) -> bool:
    """Whether ``text`` asks whether (or where) a capability is offered: it names a slot (a
    PG, a method, a payment type other than one-time, a mode), has the shape of such a
    question ("되나요", "어느 PG", "does X support", "which", or names alone) and names no
    topic the FAQ owns (documents, fees, screening, timing, applying, definitions, integration
    details). Such a question is the catalog's: if the catalog cannot answer it, a prose FAQ
    entry about the same topic is no answer either. (Cheap checks first: this runs on every
    question the catalog did not parse.)"""
    catalog = catalog or load_catalog()
    norm = _SOURCES_DISAGREE.sub(" ", fold_spoken(normalize(text)).replace("-", " "))
    shaped = bool(capability_shape(norm) or _EXISTS.search(norm))
    if not shaped and len(norm.split()) > _MAX_NAMES_ONLY_WORDS:
        return False
    methods_codes = {m.code for m in catalog.methods}
    named_pgs = extract_pgs(text).values
    if _PROCESS.search(norm):
        # "토스페이먼츠 계약하면 삼성페이도 돼요?": a contract with a general PG as the condition
        general = any(code not in methods_codes for code in named_pgs)
        if not general or _PROCESS.search(_IF_CONTRACTED.sub(" ", norm)):
            return False
    if _FORM_FIELD.search(norm) or _INTEGRATION_DETAIL.search(norm) or _MARKET.search(norm):
        return False  # (a market: overseas buyers are the FAQ's overseas entry)
    asks_which = bool(_WHICH_PG_KO.search(norm) or _WHICH_PG_EN.search(norm))
    if not asks_which and _HOW_TO.search(norm.strip()):
        return False
    if not shaped and not _names_only(text, catalog):
        return False
    flat = norm.replace(" ", "")
    if named_pgs or extract_methods(text).matches or _mode(norm, flat) or _near_pg(text, catalog):
        return True
    # a payment type's word alone asks what it is unless PGs are asked about ("빌링키?")
    return bool(_named_types(norm, flat)) and _asks_of_pgs(norm)


def _asks_of_pgs(norm: str) -> bool:
    """Whether ``norm`` asks something of PGs: which one, whether one offers, or a wish."""
    return bool(_names_which_pg(norm) or _offers(norm) or _WANT.search(norm))


_OPTION_SEP = "&"


def encode(query: CatalogQuery) -> str:
    """``query`` as a short id ("catalog?pg=kcp&payment_type=subscription"), for a button
    that answers one reading of a question."""
    parts = [f"{k}={v}" for k, v in query.slots().items() if v is not None]
    if query.method_group:
        parts.append("group=" + ",".join(query.method_group))
    if query.all_methods:
        parts.append("all=1")
    if query.all_pgs:
        parts.append("list=1")  # the whole PG list (a button of know20's "A or B?")
    return "catalog?" + _OPTION_SEP.join(parts)


def decode(key: str, catalog: Catalog | None = None) -> CatalogQuery | None:
    """The query ``encode`` wrote, or None when ``key`` is not one (or names unknown codes)."""
    if not key.startswith("catalog?"):
        return None
    catalog = catalog or load_catalog()
    fields: dict[str, str] = {}
    for part in key.removeprefix("catalog?").split(_OPTION_SEP):
        name, _, value = part.partition("=")
        if name:
            fields[name] = value
    pgs = {p.code for p in catalog.pgs}
    methods = {m.code for m in catalog.methods}
    group = tuple(g for g in fields.get("group", "").split(",") if g)
    try:
        ptype = PaymentType(fields["payment_type"]) if "payment_type" in fields else None
        mode = IntegrationMode(fields["mode"]) if "mode" in fields else None
    except ValueError:
        return None
    pg = fields.get("pg")
    method = fields.get("method")
    if (pg is not None and pg not in pgs) or (method is not None and method not in methods):
        return None
    if not set(group) <= methods:
        return None
    return CatalogQuery(
        pg=pg,
        method=method,
        payment_type=ptype,
        mode=mode,
        method_group=group,
        all_methods=fields.get("all") == "1",
        all_pgs=fields.get("list") == "1",
    )


# A market or a kind of buyer narrows the question to overseas payments ("can we take WeChat
# Pay from Chinese tourists?"): the FAQ's overseas entry says which PG, window and currency;
# a list of every PG with the method says less.
_MARKET = re.compile(
    r"(중국|일본|관광객|외국인|해외 ?(고객|손님|구매자|사용자|쇼핑몰|판매)|"
    r"\b(tourists?|chinese|japanese|visitors?)\b|\b(customers?|buyers?|shoppers?) "
    r"(from )?(abroad|overseas)\b|\bsell (abroad|overseas)\b)"
)


def _answers_all(text: str, query: CatalogQuery, catalog: Catalog) -> bool:
    """Whether the catalog's answer to ``query`` covers what ``text`` names: a confidence of
    the catalog path's own. The answer is about one PG (or every PG): a question naming two
    general PGs ("다날이랑 이니시스 말고 또 있나요?", "KCP and INICIS at the same time?")
    would hear about the first only, so the FAQ (or "A or B?") takes it."""
    if query.pg is not None:
        methods = {m.code for m in catalog.methods}
        asked = _asked(text, extract_pgs(text).matches)
        general = {m.value for m in asked if m.value not in methods}
        if len(general) > 1:
            return False
    elif query.method is None and _overseas_word(text, query, catalog):
        # "해외결제 되는 PG 목록": overseas payments as a whole. PortOne also lists overseas
        # PGs the catalog has no table for (Payletter, KICC overseas, INICIS Japan:
        # domain-facts.md §1), so its list would leave them out; the FAQ's overseas entry
        # names them all. An overseas method named ("페이팔 되는 PG") stays the catalog's.
        return False
    # A market says which PG to choose; with the PG chosen and a slot named ("엑심베이로
    # 해외 고객 구독결제 돼요?") the catalog's row for that PG is the answer all the same.
    own = query.method is None or query.method == query.pg  # "페이팔로": the company itself
    if query.pg is not None and (not own or query.method_group or query.payment_type):
        return True
    return not _MARKET.search(fold_spoken(normalize(text)))


def _overseas_word(text: str, query: CatalogQuery, catalog: Catalog) -> bool:
    """The broad word for overseas payments, no overseas method named ("알리페이 위챗페이"
    are two methods the catalog lists fully)."""
    if not query.method_group or extract_methods(text).matches:
        return False
    return all(
        catalog.method(code).category is MethodCategory.OVERSEAS for code in query.method_group
    )


# Sources that disagree ("문서마다 말이 달라서 헷갈려요", "the docs contradict each other")
# are why a capability is asked again, not a comparison or a definition: the words are
# taken out before the process check, and the capability question stays the catalog's.
_SOURCES_DISAGREE = re.compile(
    r"(문서|자료|블로그|글|사람|곳|데)(마다|들이|들마다) ?(말이 ?)?(다 ?)?(다르|달라|틀리|틀려)\S*"
    r"( ?헷갈\S*)?|"
    r"\b(the )?(docs|sources|articles|blogs|guides) "
    r"(says? (two )?different things|disagree|conflict|contradict)\w*"
    r"( with each other| each other)?"
)
_IF_CONTRACTED = re.compile(
    r"(하나만|한 ?곳만|직접)? ?계약(하면|해도|만 ?하면|하고 ?나면)|"
    r"\b(with|under|through) (a|an|the|my|our) ([a-z0-9]+ ){0,2}contract\b|"
    r"\bif (i|we) (sign|contract)( up)? with\b"
)
_SENTENCE_END = re.compile(r"(?<=[?？])|[.!\n]+")


def _asked_methods(text: str, catalog: Catalog, matches: list[Match]) -> list[Match]:
    """The methods the question asks about when it names several:
    - beside an identity-verification method, "Kakao", "Toss" or "PASS" name the certificates
      it signs in with (통합인증), not payment methods;
    - "나이스 구버전에서 네이버페이 되요? 카카오페이는 되는거같던데": a method named only in a
      remark after the question is context, not what is asked."""
    if len(matches) < 2:
        return matches
    identity = [m for m in matches if catalog.method(m.value).category is MethodCategory.IDENTITY]
    if identity:
        return identity
    asked = [s for s in _SENTENCE_END.split(text) if s.strip().endswith(("?", "？"))]
    if asked and len(asked) < len([s for s in _SENTENCE_END.split(text) if s.strip()]):
        in_question = {m.value for s in asked for m in extract_methods(s).matches}
        kept = [m for m in matches if m.value in in_question]
        if kept:
            return kept
    return matches


def _parse(
    text: str, catalog: Catalog, *, split_types: bool = False, gated: bool = True
) -> CatalogQuery | None:
    # Spoken spellings folded first: "빌링키가 머에요?" is "뭐예요", a definition question.
    norm = _SOURCES_DISAGREE.sub(" ", fold_spoken(normalize(text)).replace("-", " "))
    flat = norm.replace(" ", "")
    # "토스페이먼츠 하나만 계약하면 삼성페이도 돼요?": a contract with a general PG as the
    # condition of what is asked, not the contract process itself. (With an easy-pay company
    # the company is also the method, and what else its contract brings is not in its table.)
    methods_codes = {m.code for m in catalog.methods}
    general = any(code not in methods_codes for code in extract_pgs(text).values)
    process = _IF_CONTRACTED.sub(" ", norm) if general else norm
    # (``gated`` off: ``asks_offered`` already found the question asking whether a named PG
    # offers a named capability, and the process words are its condition, not what it asks)
    if _FORM_FIELD.search(norm) or _INTEGRATION_DETAIL.search(norm):
        return None
    if gated and _PROCESS.search(process):
        return None
    if gated and _SOFT_PROCESS.search(process) and not capability_shape(norm):
        return None
    supportish = bool(
        _SUPPORT_KO.search(norm)
        or _SUPPORT_EN.search(norm)
        or "?" in text
        or _WANT.search(norm)
        or _names_only(text, catalog)
    )
    if not supportish:
        return None
    ptype = _payment_type(norm, flat)
    mode = _mode(norm, flat)
    pg = _pg(text, catalog, supportish)
    if ptype is None and pg is not None and _NON_AUTH.search(norm):
        ptype = PaymentType.SUBSCRIPTION  # "블루월넛 비인증 결제 되나요?"
    methods = extract_methods(text)
    matches = methods.matches
    if pg is not None and pg not in extract_pgs(text).values:
        # A near name ("토스페이멘츠") may contain a method's name ("토스페이"): that word is
        # the PG, not the method.
        near = [compact(w) for w in normalize(text).split() if _near_pg(w, catalog) == pg]
        matches = [m for m in matches if not any(compact(m.term) in w for w in near)]
    matches = _asked_methods(text, catalog, _asked(text, matches))
    method = matches[0].value if matches else None
    group: tuple[str, ...] = ()
    asks_which = bool(_WHICH_PG_KO.search(norm) or _WHICH_PG_EN.search(norm))
    company = pg is not None and pg in methods.values and pg in {m.value for m in matches}
    if company and asks_which and len(matches) > 1:
        pg = None  # "which PGs do both trans and Toss Pay?": the easy-pay is a method here
    companies = {p.code for p in catalog.pgs}
    others = [m.value for m in matches if m.value != pg and m.value not in companies]
    if company and pg is not None and others and catalog.pg(pg).method_codes == (pg,):
        # "카카오페이로 가상계좌도 돼요?", "smilepay = card only?": a company whose one method
        # is its own easy-pay, as the PG, and another method asked of it.
        method, group = (others[0], ()) if len(others) == 1 else (None, tuple(others))
    elif company and pg is not None:
        method = pg  # "PayPal", "Kakao Pay": the company and its method
    elif len(matches) > 1:
        # "알리페이 위챗페이 되나요?": either of them.
        method, group = None, tuple(dict.fromkeys(m.value for m in matches))
    if method is None and not group and methods.ambiguous:
        amb = methods.ambiguous[0]
        # "인증", "pay" alone are too vague to list anything for.
        specific = len(amb.term.replace(" ", "")) >= _MIN_GROUP_TERM
        if specific and not (ptype is PaymentType.GENERAL and "일반결제" in amb.term):
            group = amb.candidates
    if gated and not asks_which and _HOW_TO.search(norm.strip()):
        return None
    every = bool(_ALL_OF.search(norm))
    two_types = every and len(_named_types(norm, flat)) > 1
    if every and two_types and not split_types:
        return None  # "정기결제랑 수기결제 둘 다 되는 곳": one type per answer; not a guess
    if pg is not None and method == pg and ptype is None and mode is None and asks_which:
        pg = None  # "카카오페이 되는 곳?": the easy-pay as a method; which PGs offer it
    named = bool(method or group or ptype or mode)
    if pg is None and not named:
        return None
    if pg is None and not (method or group or mode) and ptype is PaymentType.GENERAL:
        # Every PG takes one-time payments: "일반결제에는 뭐가 있어요?" asks about the tab,
        # and a list of all PGs would answer nothing.
        return None
    if (
        pg is None
        and not (method or group or mode)
        and ptype is not None
        and not _asks_of_pgs(norm)
    ):
        # "빌링키?", "billing key": a payment type's word alone, with no PG, no "which" and no
        # verb of offering, asks what it is (the FAQ's explainer), not for every PG's row.
        return None
    if pg is None and not (ptype or mode) and not (_names_which_pg(norm) or _offers(norm)):
        # "how do I pay my phone bill?" names a method but asks nothing of PGs; "where" alone
        # is no such question either ("카드 명세서 어디서 봐요", "where can I buy a gift card"):
        # a PG word or a verb of offering must say that PGs are asked about
        return None
    overview = bool(_OVERVIEW_KO.search(norm) or _OVERVIEW_EN.search(norm))
    if pg is not None and not named and not overview:
        return None  # "이니시스 괜찮아요?" is not a support question
    if pg is not None and not named and _unread_object(norm, catalog.pg(pg)):
        return None  # "does Blue Walnut support their non-auth payments?": not its overview
    return CatalogQuery(
        pg=pg,
        method=method,
        payment_type=None if split_types and two_types else ptype,
        mode=mode,
        method_group=group,
        all_methods=every and len(group) > 1 and len(matches) > 1,
    )


# What may follow "does X support / offer …" when the PG's whole offer is asked about.
_OVERVIEW_OBJECT = frozenset(
    ["their", "its", "the", "a", "an", "any", "all", "which", "what", "kind", "kinds", "type",
     "types", "of", "payment", "payments", "method", "methods", "pay", "options", "on", "in",
     "with", "through", "via", "portone", "v1", "you", "your", "now", "currently", "today",
     "still", "there", "here", "korea", "korean", "domestic", "for", "us", "me", "do", "does"]
)  # fmt: skip
_OVERVIEW_VERB = re.compile(r"\b(supports?|supported|offers?|offered|available|provides?)\b")


def _unread_object(norm: str, pg: Pg) -> bool:
    """Whether an English "does X support …" names, after the verb, something no slot read
    ("their non-auth payments"): the question is about that, not about the PG's whole offer."""
    verb = _OVERVIEW_VERB.search(norm)
    if verb is None:
        return False
    rest = _names_pattern((*pg.aliases, pg.names.ko, pg.names.en)).sub(" ", norm[verb.end() :])
    return any(w not in _OVERVIEW_OBJECT for w in re.findall(r"[a-z][a-z0-9]*", rest))


# Wanting a capability ("카드 정기결제 API로 하고 싶어요", "we want recurring billing"): a
# request for it, read like the question whether it is offered.
# Wanting, or meaning to ("엑심베이로 정기결제 하려고 하는데요"): a capability asked as a plan.
_WANT = re.compile(
    r"(고 ?싶|(하|쓰|받|붙이|달|연동하|이용하|사용하)려(고|는)|\b(want|wanna|would like|d like)\b|"
    r"\b(planning|plan|going|trying) to\b)"
)
# Every one of the methods named, at one PG.
_ALL_OF = re.compile(
    r"(둘 ?다|셋 ?다|모두 ?(되|돼|가능|지원)|전부 ?(되|돼|가능|지원)|다 ?(되는|돼|되나|가능|지원)|"
    r"같이 ?(되|돼|가능|지원|쓸)|\bboth\b|\ball (of )?(them|these|three)\b|\band also\b|"
    r"\bas well as\b|\btogether\b)"
)


def _type_pattern(terms: tuple[str, ...]) -> tuple[re.Pattern[str], tuple[str, ...]]:
    latin = sorted((t for t in terms if t.isascii()), key=len, reverse=True)
    pattern = re.compile(r"(?<![a-z0-9])(" + "|".join(map(re.escape, latin)) + r")(?![a-z0-9])")
    return pattern, tuple(t.replace(" ", "") for t in terms if not t.isascii())


# The same test as ``_has_term`` over every word of a type at once (this runs on most questions).
_TYPE_PATTERNS = {
    kind: _type_pattern(terms)
    for kind, terms in _TYPE_WORDS.items()
    if kind is not PaymentType.GENERAL
}


def _named_types(norm: str, flat: str) -> list[PaymentType]:
    """The payment types other than one-time payment that are named, in the catalog's order."""
    latin = _METHOD_BILLING.sub(" ", norm)
    return [
        kind
        for kind, (pattern, hangul) in _TYPE_PATTERNS.items()
        if pattern.search(latin) or any(term in flat for term in hangul)
    ]


# ---------------------------------------------------------------------------------------------
# Looking the slots up


@dataclass(frozen=True)
class PgFinding:
    """What one PG offers for the question: methods, their support and modes."""

    pg: Pg
    status: SupportStatus
    methods: tuple[str, ...]
    modes: tuple[IntegrationMode, ...]
    partner: bool = False
    # A "no" the data states with its reason ("discontinued, no new contracts"), rather than
    # a method the sources simply do not mention, so the answer can say what the catalog says.
    stated_no: tuple[Text, ...] = ()


@dataclass(frozen=True)
class TypeFinding:
    """For a PG overview: the methods a PG offers for one payment type."""

    payment_type: PaymentType
    methods: tuple[str, ...]
    modes: tuple[IntegrationMode, ...]
    disputed: tuple[str, ...] = ()


@dataclass(frozen=True)
class CatalogFacts:
    query: CatalogQuery
    # A PG named: its verdict for the slots (one finding) or its overview (``overview``).
    # No PG named: every PG that supports the slots (``findings``), disputed ones last.
    findings: list[PgFinding] = field(default_factory=list)
    overview: list[TypeFinding] = field(default_factory=list)
    payment_type: PaymentType = PaymentType.GENERAL


def _candidates(pg: Pg, query: CatalogQuery, ptype: PaymentType) -> list[str]:
    if query.method is not None:
        return [query.method]
    if query.method_group:
        return [m for m in query.method_group if m in pg.method_codes]
    return list(pg.method_codes)


def _finding(pg: Pg, query: CatalogQuery, ptype: PaymentType) -> PgFinding:
    methods = _candidates(pg, query, ptype)
    yes: list[str] = []
    disputed: list[str] = []
    modes: dict[IntegrationMode, None] = {}
    partner = False
    reasons: dict[Text, None] = {}
    for code in methods:
        support = pg.support(code, ptype)
        if support.status is SupportStatus.NO:
            if support is not NOT_DOCUMENTED and support.note is not None:
                reasons[support.note] = None
            continue
        if query.mode is not None and support.modes and query.mode not in support.modes:
            continue
        (yes if support.status is SupportStatus.YES else disputed).append(code)
        modes.update(dict.fromkeys(support.modes))
        line = pg.line_for(code)
        partner = partner or (line is not None and line.via is Via.PARTNER)
    if query.all_methods and len(yes) + len(disputed) < len(query.method_group):
        return PgFinding(pg, SupportStatus.NO, tuple(methods), ())
    if yes:
        return PgFinding(pg, SupportStatus.YES, tuple(yes), tuple(modes), partner)
    if disputed:
        return PgFinding(pg, SupportStatus.DISPUTED, tuple(disputed), tuple(modes), partner)
    # A method asked about: every one needs its reason. A payment type asked of the PG as a
    # whole ("블루월넛 정기결제 돼요?"): the data's "no" for the methods that have the type at
    # all is the answer (the others simply never had it).
    named = query.method is not None or bool(query.method_group)
    stated = tuple(reasons) if not named or _all_stated(pg, methods, ptype) else ()
    return PgFinding(pg, SupportStatus.NO, tuple(methods), (), stated_no=stated)


def _all_stated(pg: Pg, methods: list[str], ptype: PaymentType) -> bool:
    """Whether the data says "no" with a reason for every one of ``methods``."""
    return all(
        (support := pg.support(code, ptype)) is not NOT_DOCUMENTED and support.note is not None
        for code in methods
    )


def _overview(pg: Pg) -> list[TypeFinding]:
    found = []
    for ptype in PaymentType:
        methods: list[str] = []
        disputed: list[str] = []
        modes: dict[IntegrationMode, None] = {}
        for code in pg.method_codes:
            support = pg.support(code, ptype)
            if support.status is SupportStatus.YES:
                methods.append(code)
            elif support.status is SupportStatus.DISPUTED:
                disputed.append(code)
            else:
                continue
            modes.update(dict.fromkeys(support.modes))
        if methods or disputed:
            found.append(TypeFinding(ptype, tuple(methods), tuple(modes), tuple(disputed)))
    return found


def resolve(query: CatalogQuery, catalog: Catalog | None = None) -> CatalogFacts:
    """What the catalog says about ``query``: never more, never less."""
    catalog = catalog or load_catalog()
    ptype = query.payment_type or PaymentType.GENERAL
    if query.all_pgs:
        # Every PG this application can file, in catalog order (the renderer groups them).
        every = [
            PgFinding(pg, SupportStatus.YES, pg.method_codes, ())
            for pg in catalog.pgs
            if not pg.v2_only
        ]
        return CatalogFacts(query, findings=every, payment_type=ptype)
    if query.pg is not None:
        pg = catalog.pg(query.pg)
        if not (query.method or query.method_group or query.payment_type or query.mode):
            return CatalogFacts(query, overview=_overview(pg), payment_type=ptype)
        return CatalogFacts(query, findings=[_finding(pg, query, ptype)], payment_type=ptype)
    findings = [
        found
        for pg in catalog.pgs
        if not pg.v2_only
        for found in [_finding(pg, query, ptype)]
        if found.status is not SupportStatus.NO
    ]
    findings.sort(key=lambda f: (f.status is SupportStatus.DISPUTED, f.partner))
    return CatalogFacts(query, findings=findings, payment_type=ptype)


# --- know29: a positive test of a capability question ---------------------------------------
# The rules above decide by what a question is *not* (a process, a definition, a form field),
# and a capability question that also names its condition ("지금 새로 신청할 수 있나요",
# "구모듈 쓰는데 … 추가 되나요", "your docs say two different things") fell to them. This test
# asks what a question *is*: a verb of offering whose subject is a named capability of a named
# PG ("X does / supports / offers Y", "X로 Y 되나요"), with nothing else asked for: no code,
# parameter, SDK, endpoint, difference, document, duration, fee or recommendation, the things
# the FAQ's entries answer (domain-facts sections 1-3).
_OFFERED_KO = re.compile(
    r"(되나|되냐|돼요|되요|됩니까|될까|되죠|되는지|되는 ?건지|되는 ?거|되는 ?걸|"
    r"돼\s*$|되\s*$|됨\s*$|"
    r"안 ?되|가능|지원|있나|있어요|있을까|있는지|있냐|받아지|받아져|"
    r"(쓸|받을|할|붙일|연동할|이용할|신청할|추가할|계약할|넣을) ?수 ?(있|없))"
)
_OFFERED_EN = re.compile(
    r"(\b(does|do|can|could|will|is|are|would) (\w+ ){0,6}"
    r"(support|do|offer|take|accept|handle|process|have|work|charge|add|run|pick|use)\b|"
    r"\bsupport(s|ed)?\b|\bavailable\b|\bpossible\b|\bok for\b|\bcapable\b|\ballowed\b)"
)
# What else a message may ask for, which the FAQ answers even when a capability is named.
_ASKS_OTHER = re.compile(
    r"(코드|파라미터|\bpay ?methods?\b|\bsdk\b|\bv1 or v2\b|\bv2 or v1\b|엔드포인트|"
    r"차이|달라|다른 ?점|다른 ?거|뭐예요|뭐에요|뭔가요|뭐죠|뜻|의미|서류|심사|얼마나|며칠|언제|"
    r"수수료|비용|가입비|연회비|취소|상태|진행 ?상황|추천|좋아요|좋을까|나을까|낫나|어디가 ?좋|"
    r"테스트|어떻게|어케|왜|인증서|빠져나가|"
    r"\bcodes?\b|\bparameters?\b|\bvalues?\b|\bdiffer|\bvs\b|\bdocuments?\b|\bfees?\b|"
    r"\bcosts?\b|\bhow\b|\bwhen\b|\bwhy\b|\bcancel|\bstatus\b|\breview\b|\bscreening\b|"
    r"\brecommend|\bbetter\b|\bbest\b|\btest|\bwhich one\b|\bshould (i|we)\b|"
    r"\bwhat (is|are|s)\b|\bcertificates?\b|\bsame\b|"
    # a settlement account is the merchant's bank account, not virtual accounts or transfer
    r"정산|통장|\bsettlement\b|\bbank account (name|holder)\b|"
    # how a window is opened or a method set in it (the SDK's), a test bed, a choice in the
    # application form, several PGs split between methods: the FAQ's entries
    r"지정|띄우|띄울|\bsandbox\b|개발 ?방식|(뭘|뭐|뭐를|어떤 ?걸) ?(골라|고르|선택)|"
    r"다른 ?(데|곳|pg)|여러|나눠|나뉘|나누|\bseparate|\bmultiple\b|\bseveral\b|"
    # what one must have or do for it, what it costs the buyer: a requirement, not an offer
    r"있어야|해야|필요|\bneed(s|ed)?\b|\bhave to\b|\bmust\b|"
    r"\bwhat (do|should|must|would) (i|we) do\b|\bcharged\b)"
)
_WHICH_WORD = re.compile(r"(어느|어떤|무슨|어디)|\b(which|what|who|where)\b")
_MAX_OFFERED_WORDS = 24  # a longer message is a story around its question; the clauses decide
_MAX_BARE_ASK_WORDS = 7
_CONDITION = re.compile(r"(하면|되면|이면|으면)\b|\bif\b|\bwhen\b")


def asks_offered(text: str, catalog: Catalog | None = None) -> bool:
    """Whether ``text`` asks whether a named PG offers a named capability (a method, an easy
    pay or a family of them, a payment type other than one-time, an integration mode), in
    Korean or English, a PG name misspelt or not: a verb of offering, and nothing else asked
    for (codes, parameters, SDK versions, differences, documents, timing, fees: the FAQ's)."""
    catalog = catalog or load_catalog()
    norm = _SOURCES_DISAGREE.sub(" ", fold_spoken(normalize(text)).replace("-", " "))
    if len(norm.split()) > _MAX_OFFERED_WORDS:
        return False
    if _ASKS_OTHER.search(norm) or _FORM_FIELD.search(norm) or _INTEGRATION_DETAIL.search(norm):
        return False
    # "KPN easy pays?", "smartro v2 key-in payments on V1?": names asked about with nothing
    # else said, a capability question without its verb
    # (a consequence asked of a condition, "발급하면 … 나가요?", "if I …?", is not such a bare ask)
    short_ask = (
        text.rstrip().endswith("?")
        and len(norm.split()) <= _MAX_BARE_ASK_WORDS
        and not _CONDITION.search(norm)
    )
    offered = _OFFERED_KO.search(norm) or _OFFERED_EN.search(norm)
    if not (offered or short_ask or _names_only(text, catalog)):
        return False
    near = _near_pg(text, catalog)
    found = extract_pgs(text)
    # "nice" alone is a word as often as a PG; asked whether it offers something, the PG
    named_pg = [a.candidates[0] for a in found.ambiguous if len(a.candidates) == 1]
    pgs = {*found.values, *named_pg, *([near] if near else [])}
    if not pgs:
        return False
    flat = norm.replace(" ", "")
    types = [t for t in _named_types(norm, flat) if t is not PaymentType.GENERAL]
    methods = extract_methods(text)
    # an easy-pay company named as the PG is its own method too ("카카오페이 신청할 수 있나요?"
    # asks nothing of it); another method, or a family word ("easy pays"), is a capability
    general = {p.code for p in catalog.pgs if p.method_codes != (p.code,)}
    if not pgs & general and _names_which_pg(norm) and _WHICH_WORD.search(norm):
        return False  # "which PGs do trans and Toss Pay?": the easy pay is a method asked of PGs
    named = [m for m in methods.matches if m.value not in pgs]
    # a family word ("easy pays") is a capability; identity verification's is not: what is
    # asked of it is how it is applied for (a separate application, a carrier review)
    identity = {m.code for m in catalog.methods if m.category is MethodCategory.IDENTITY}
    family = [
        a
        for a in methods.ambiguous
        if len(a.term.replace(" ", "")) >= _MIN_GROUP_TERM and not set(a.candidates) & identity
    ]
    return bool(types or _mode(norm, flat) or named or family)


def asks_other(text: str) -> bool:
    """Whether ``text`` asks for something the FAQ's entries answer rather than whether a PG
    offers something: a code, a parameter, an SDK version, a difference, a document, a
    duration, a fee, a requirement, a form field or an integration detail (know29). With a
    sure FAQ entry of its own, such a message is that entry's, whatever PG and method it names."""
    norm = _SOURCES_DISAGREE.sub(" ", fold_spoken(normalize(text)).replace("-", " "))
    return bool(
        _ASKS_OTHER.search(norm) or _FORM_FIELD.search(norm) or _INTEGRATION_DETAIL.search(norm)
    )
