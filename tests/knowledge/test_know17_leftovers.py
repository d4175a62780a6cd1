"""know17: the causes know15 and know16 left, each a rule about the domain or the way
merchants write, tested with sentences written for this file (never taken from a question set).

- a PG code typed with two neighbouring letters swapped ("kpc") is still the PG;
- 비인증 결제 of one PG is its subscription row, whose note answers (Blue Walnut);
- "at the same time" / "in the same call" say two things happen together (``multiple``), not
  that two things are the same (``name_alias``'s "the same");
- the formal "…문의드립니다" asks; it is no wish to talk to a person;
- the whole process asked as one duration is the application's timeline;
- a shopper's own use of a wallet, card or voucher, a card issuer's cardholder products,
  balances and spending limits, currency conversion, registering as a mail-order business and a
  company's share price are refused (knowledge/scope.py), their on-topic neighbours are not.
"""

from __future__ import annotations

import pytest

from knowledge.catalog_query import QUESTION_TYPOS
from knowledge.scope import NearTopic, near_topic
from knowledge.typos import Tolerance, misspelt_pgs
from knowledge.understand import Kind, Understood, load_understanding


def _ask(text: str) -> Understood:
    return load_understanding().understand(text)


# --- PG codes typed with a swap --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("kpc 가상계좌 돼요?", "kcp"),
        ("is ncie ok for phone billing?", "nice"),
        ("knp로 하면요", "kpn"),
    ],
)
def test_short_code_with_a_swap_is_the_pg(text: str, code: str) -> None:
    assert [m.value for m in misspelt_pgs(text, QUESTION_TYPOS)] == [code]


@pytest.mark.parametrize("text", ["lug 결제", "the kcp code", "pkc", "kc 결제"])
def test_short_words_that_are_no_swap_are_no_pg(text: str) -> None:
    # "lug": a three-letter word with a vowel is English, not LGU; "pkc" moves the first letter
    assert misspelt_pgs(text, QUESTION_TYPOS) == []


def test_swaps_are_off_unless_asked() -> None:
    assert misspelt_pgs("kpc 카드", Tolerance(by_jamo=True, min_length=5)) == []


def test_a_swapped_code_reaches_the_catalog() -> None:
    got = _ask("kpc로 카카오페이 되나요?")
    assert got.kind is Kind.CATALOG
    assert got.catalog is not None and got.catalog.query.pg == "kcp"


# --- 비인증 결제 -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["블루월넛도 비인증결제 지원하나요?", "Blue Walnut non-auth billing, is that possible?"]
)
def test_non_auth_of_one_pg_is_its_subscription_row(text: str) -> None:
    got = _ask(text)
    assert got.kind is Kind.CATALOG and got.catalog is not None
    assert got.catalog.query.pg == "bluewalnut"
    assert got.catalog.query.payment_type is not None
    assert got.catalog.query.payment_type.value == "subscription"


def test_non_auth_without_a_pg_is_no_catalog_type() -> None:
    got = _ask("비인증 결제는 뭘 말하는 거예요?")
    assert got.kind is not Kind.CATALOG


# --- together, not the same ------------------------------------------------------------------


def _answered_or_offered(text: str, entry: str) -> bool:
    """``entry`` answers, or is one of the two readings asked about (never another answer)."""
    got = _ask(text)
    if got.kind is Kind.CLARIFY:
        return entry in [hit.entry_id for hit in got.clarify]
    return got.kind is Kind.FAQ and got.entry_id == entry


def test_two_named_pgs_at_the_same_time_is_multiple_pgs() -> None:
    got = _ask("is it fine to send applications to Smartro and Danal at the same time?")
    assert got.kind is Kind.FAQ and got.entry_id == "multiple_pgs"
    # Written first, before the rules: "file" is also the upload concept's word, so the
    # first-charge entry's "at the same time" stays as close; asked, never answered wrong.
    assert _answered_or_offered("Can we file for Daou and KICC at the same time?", "multiple_pgs")


def test_charging_in_the_same_call_is_the_first_charge_entry() -> None:
    got = _ask("with Paymentwall do the billing key and the charge happen in the same call?")
    assert got.kind is Kind.FAQ and got.entry_id == "billing_key_first_charge"


def test_at_the_same_time_is_no_name_alias() -> None:
    counts = load_understanding().faq._featurizer.counts("apply at the same time")
    assert "c:name_alias" not in counts and "c:multiple" in counts


# --- the formal way of asking ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("보증보험 가입 관련하여 문의드립니다", "guarantee_insurance"),
        ("인감증명서 발급일 기준에 대해 문의 드립니다", "seal_certificate"),
    ],
)
def test_formal_asking_names_no_person(text: str, entry: str) -> None:
    got = _ask(text)
    assert got.kind is Kind.FAQ and got.entry_id == entry
    assert "c:human" not in load_understanding().faq._featurizer.counts(text)


def test_a_person_named_formally_is_still_a_person() -> None:
    got = _ask("담당 상담원 연결을 문의드립니다")
    assert got.kind is Kind.FAQ and got.entry_id == "talk_to_person"


# --- the whole process -----------------------------------------------------------------------


def test_the_whole_process_is_the_timeline() -> None:
    got = _ask("what's the total time for the entire process?")
    assert got.kind is Kind.FAQ and got.entry_id == "timeline"
    # "절차" is also how-to-apply's word: the two are offered, the timeline among them
    assert _answered_or_offered("전체 절차가 몇 주 정도 걸리나요", "timeline")


# --- near-topic refusals ---------------------------------------------------------------------

REFUSED = [
    ("카카오페이머니 충전은 어떻게 하나요", NearTopic.CONSUMER),
    ("티머니 교통카드 등록이 안 돼요", NearTopic.CONSUMER),
    ("해피포인트 적립 누락됐어요", NearTopic.CONSUMER),
    ("페이코 쿠폰 유효기간", NearTopic.CONSUMER),
    ("제로페이 되는 식당 찾는 법", NearTopic.CONSUMER),
    ("how do I top up my Naver Pay balance", NearTopic.OPERATIONS),
    ("롯데카드 연회비 얼마예요", NearTopic.BANK_PRODUCT),
    ("우리카드 혜택 좋은 거 추천", NearTopic.BANK_PRODUCT),
    ("상품권 잔액 확인 방법", NearTopic.OPERATIONS),
    ("휴대폰 결제 한도 늘리고 싶어요", NearTopic.OPERATIONS),
    ("what is the credit limit on a corporate card", NearTopic.OPERATIONS),
    ("위챗페이 결제하면 환전 수수료 붙어요?", NearTopic.OPERATIONS),
    ("통신판매업 신고 절차 알려주세요", NearTopic.GOVERNMENT),
    ("where do I apply for mail order business registration", NearTopic.GOVERNMENT),
    ("다날 주가 왜 떨어졌어요", NearTopic.COMPANY),
]

NOT_REFUSED = [
    "통신판매업 신고번호를 푸터에 꼭 적어야 해요?",
    "통신판매업 신고를 아직 안 했는데 카드결제 신청 돼요?",
    "롯데카드 결제도 받을 수 있어요?",
    "보증보험 금액에 따라 정산 한도가 정해지나요",
    "OK캐시백 포인트로 결제 받는 것도 돼요?",
    "선불 충전 서비스를 파는 업종도 신청 가능해요?",
    "주주명부는 누가 떼요?",
    "추가 신청은 어디서 해요",
]


@pytest.mark.parametrize(("text", "category"), REFUSED)
def test_near_topic_refused(text: str, category: NearTopic) -> None:
    assert near_topic(text) is category
    assert _ask(text).kind is Kind.NONE


@pytest.mark.parametrize("text", NOT_REFUSED)
def test_on_topic_neighbours_not_refused(text: str) -> None:
    assert near_topic(text) is None
    assert not load_understanding().faq.out_of_scope(text)


@pytest.mark.parametrize(
    "text", ["토스 본사 주소가 어디예요", "what's PortOne's share price", "KCP 연봉 수준"]
)
def test_company_affairs_refused(text: str) -> None:
    assert _ask(text).kind is Kind.NONE


# --- refusals from the second and third probes (sentences written after the rules) ----------

REFUSED_LATER = [
    "can you draft a refund policy for my online shop?",
    "쇼핑몰 이용약관 작성해 주세요",
    "우리 홈페이지 ssl 인증서 갱신은요?",
    "PG 라이선스 받으려면 자본금 얼마예요",
    "where is the Toss Payments headquarters",
    "Payco로 관리비 낼 수 있어요? I mean can I pay my rent with it",
    "I forgot my Kakao Pay password",
    "which bank offers the lowest fees for small businesses",
    "계좌 가압류 해제 방법",
    "who founded Danal?",
    "how much are Payco points worth in won",
]

NOT_REFUSED_LATER = [
    "약관 동의 화면에서 뭘 체크해야 해요?",
    "KG이니시스 본사로 계약서 원본 우편으로 보내요?",
    "what card password digits does a key-in charge need?",
    "정산 계좌 은행은 아무 데나 돼요?",
]


@pytest.mark.parametrize("text", REFUSED_LATER)
def test_later_probes_refused(text: str) -> None:
    assert _ask(text).kind is Kind.NONE


@pytest.mark.parametrize("text", NOT_REFUSED_LATER)
def test_later_neighbours_not_refused(text: str) -> None:
    assert near_topic(text) is None
    assert not load_understanding().faq.out_of_scope(text)


# --- a bare "where" asks which PG only beside a merchant's verb ------------------------------


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("페이코 결제 붙이려면 어디로 신청해요", True),
        ("where do we integrate WeChat Pay?", True),
        ("which gateways take Alipay", True),
        ("휴대폰 소액결제 내역은 어디서 봐요", False),
        ("where is the Apple Pay button on an iPhone", False),
    ],
)
def test_bare_where_needs_a_merchant_verb(text: str, asks: bool) -> None:
    from knowledge.catalog_query import _names_which_pg
    from knowledge.normalize import normalize

    assert _names_which_pg(normalize(text)) is asks


def test_consumer_purchase_refused() -> None:
    assert near_topic("해피머니 상품권 구매처 알려줘") is NearTopic.CONSUMER
    assert near_topic("our customers buy gift cards on our site, which PG takes them?") is None


# --- one's own wallet -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my Samsung Pay keeps asking for a PIN",
        "내 페이코 쿠폰함이 비어 있어요",
        "제 토스 송금 내역",
    ],
)
def test_my_wallet_is_a_shoppers_question(text: str) -> None:
    assert _ask(text).kind is Kind.NONE


@pytest.mark.parametrize(
    "text",
    [
        "my Toss Payments channel needs identity verification, how?",
        "can my Naver Pay merchant account be used with PortOne?",
        "제 카카오페이 가맹 계약을 포트원으로 옮길 수 있어요?",
    ],
)
def test_my_wallet_as_a_merchant_is_not_refused(text: str) -> None:
    assert near_topic(text) is None


# --- a clause asking a capability gets no prose ------------------------------------------------


def test_a_capability_clause_is_seen() -> None:
    from knowledge.understand import clause_capability

    assert clause_capability(
        "정기 구독 박스를 팔 예정이라 카드 자동결제가 필요해요. 어떤 pg가 되고 결제창도 되나요? "
        "또 계약 기간은 얼마나 걸려요"
    )
    assert not clause_capability(
        "서류는 다 냈는데요 아직 연락이 없어요. 보통 며칠 걸리나요? 그리고 어디로 물어봐요"
    )


def test_a_capability_clause_gets_no_prose_answer() -> None:
    text = (
        "저희 헬스장 회원권을 매달 카드로 자동결제 하려고요. 어떤 pg가 되고 결제창으로도 되나요? "
        "그리고 계약까지 오래 걸리나요"
    )
    got = _ask(text)
    assert not (got.kind is Kind.FAQ and got.entry_id in ("integration_mode", "subscription_pgs"))
