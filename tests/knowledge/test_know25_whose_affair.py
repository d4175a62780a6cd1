"""know25: whose affair a question is (knowledge/neighbours.py ``_someone_else``) and a passive
되다 read as no offer (knowledge/catalog_query.py ``_offers``). Sentences were written for this
file, not taken from any question set; each refused kind has on-topic neighbours that share its
word and must keep their answer.
"""

from __future__ import annotations

import pytest

from knowledge import catalog_query
from knowledge.neighbours import Neighbour, neighbour
from knowledge.normalize import normalize
from knowledge.scope import near_topic
from knowledge.understand import Kind, load_understanding

REFUSED = [
    # a payer's own instrument failing: a payment already made or attempted
    ("구매자 체크카드가 정지됐다고 결제가 안 된대요", Neighbour.SHOPPER),
    ("our customer's card keeps getting declined at checkout", Neighbour.SHOPPER),
    ("제 신용카드가 분실돼서 결제가 안 돼요", Neighbour.SHOPPER),
    # an institution's card product for the business
    ("하나은행 법인카드 만들려면 뭐 필요해요", Neighbour.OWN_BANK_ACCOUNT),
    ("which bank gives the best corporate card for a small company", Neighbour.OWN_BANK_ACCOUNT),
    # a paper the state hands out at its counters
    ("등본 무인발급기에서 뽑을 수 있어요?", Neighbour.CIVIL),
    ("can I get my seal certificate at the community center by proxy", Neighbour.CIVIL),
    # the shop's care of its own customers
    ("별점 테러 당했는데 어떻게 대응해요", Neighbour.HELP_DESK),
    ("what tool should I use to run live chat for customer support", Neighbour.HELP_DESK),
    # payments already taken: orders, records, exposed secrets, a charge on one's own card
    ("고객 주문 배송 출발했는데 취소해 달래요", Neighbour.LIVE),
    ("지난주 결제 내역 한 번에 볼 수 있나요", Neighbour.LIVE),
    ("our secret key got leaked on github, what now", Neighbour.LIVE),
    ("we got charged twice for one thing, where's my money", Neighbour.LIVE),
    ("open a separate business bank account for the new branch?", Neighbour.OWN_BANK_ACCOUNT),
    # office files and somebody else's card
    ("한글 파일을 pdf로 변환하는 법", Neighbour.OFFICE),
    ("the spreadsheet our accountant sent won't open", Neighbour.OFFICE),
    ("아빠 카드로 인터넷 결제 해도 돼요?", Neighbour.SHOPPER),
    # widened categories: the store's owner reviewing, a first of its kind, a company's profit
    ("our game was rejected by google last night", Neighbour.APP_STORE),
    ("마스터카드 이름 유래가 뭐예요", Neighbour.TRIVIA),
    ("is iamport profitable these days", Neighbour.COMPANY),
    # applying, registering and filing for something that is not a payment thing
    ("how do I apply for an export voucher grant", Neighbour.LENDER),
    ("can I register a new business at my home address", Neighbour.LAW),
    ("do we file the new director with the court registry ourselves", Neighbour.LAW),
    # advice on anything that is not a payment thing
    ("세무 프로그램 뭐가 좋아요", Neighbour.ADVICE),
    ("recommend a good office chair", Neighbour.ADVICE),
    # a task for the assistant
    ("이 공지문 영어로 번역해 주세요", Neighbour.SMALL_TALK),
    ("can you speak chinese", Neighbour.SMALL_TALK),
]

KEPT = [
    "고객이 카드로 정기결제 하게 하려면 어느 PG가 돼요?",  # a customer's card, asked to take it
    "해외 고객 카드결제 받으려면 어떻게 해요",
    "사업자 카드로 PG 수수료 결제돼요?",  # the merchant paying a PG fee
    "인감증명서 몇 개월 이내 발급본 내야 해요?",  # the PG's rule for the paper
    "사업자등록증 홈택스에서 출력한 거 업로드해도 돼요?",
    "카드사 심사 후기 보면 오래 걸린다는데 보통 얼마나 걸려요",  # a screening, not a review
    "will the PG review my site before approving?",
    "푸터에 고객센터 번호 꼭 넣어야 하나요",  # the footer's customer-service number
    "외국인 대표 여권 번역본도 내야 하나요",  # a paper translated for the PG
    "영어로도 상담 받을 수 있어요?",
    "헥토 내통장결제가 뭐에요",  # the product, not the speaker's account
    "본인인증 업체 추천해 주세요",  # a recommendation of a payment thing
    "정기결제 되는 곳 추천 좀",
    "네이버페이 주문형이랑 결제형 차이",  # the product's kinds, not an order
    "정산 계좌를 새로 만들어야 하나요",  # the application's settlement account
    "can I open a separate bank account for settlements?",
    "how do I apply for it if my business is new",  # applying, the object left unnamed
    "can I apply to two providers with one business registration",
    "what's the business number field on the application form",
    "고객이 카드 결제하다 오류 나면 어떻게 돼요 테스트 중인데",  # a test payment
    "do I need to register my business before applying",  # applying named beside it
    "제 휴대폰 번호로 대표자 인증이 안 돼요",  # the representative's verification
    "사업자등록증 pdf 용량이 커서 업로드가 안 돼요",  # the application's paper
    "jpg로 바꿔서 올려도 되나요 등록증",
    "와이프 명의 카드로 결제 받는 계좌 등록 돼요?",  # whose name: the application's
]

REFUND_TOLD_BACKWARDS = [
    "온라인 쇼핑몰에서 결제가 두 번 됐어요",
    "결제 두번 승인됐는데 하나 취소하고 싶어요",
]


@pytest.mark.parametrize(("text", "kind"), REFUSED)
def test_someone_elses_affair_is_refused(text: str, kind: Neighbour) -> None:
    assert neighbour(text, normalize(text)) is kind
    assert load_understanding().understand(text).kind is Kind.NONE


@pytest.mark.parametrize("text", KEPT)
def test_the_applicants_own_question_is_not_refused(text: str) -> None:
    assert neighbour(text, normalize(text)) is None


@pytest.mark.parametrize(
    "text",
    [
        "카드결제돼요?",
        "카드도 돼요?",
        "가상계좌 되나요",
        "휴대폰결제되나요",
        "토스페이 정기결제돼요",
    ],
)
def test_an_offer_is_still_a_catalog_question(text: str) -> None:
    assert catalog_query.parse(text) is not None


@pytest.mark.parametrize(
    "text",
    ["회원 카드가 해외결제 차단돼 있대요 어떻게 해요?", "카드 등록돼 있는데 왜 승인 안 나요?"],
)
def test_a_passive_is_no_offer(text: str) -> None:
    assert catalog_query.parse(text) is None


@pytest.mark.parametrize("text", REFUND_TOLD_BACKWARDS)
def test_a_double_charge_is_refused_either_way_round(text: str) -> None:
    assert load_understanding().understand(text).kind is Kind.NONE


@pytest.mark.parametrize(
    "text",
    [
        "결제가 두 번 돼요? 정기결제 첫 결제랑 빌링키 발급할 때",  # a billing key's first charge
        "해외 고객 카드가 결제 거절되면 해외결제 신청을 따로 해야 하나요",  # applying, asked
    ],
)
def test_the_application_asked_about_a_payment_is_not_refused(text: str) -> None:
    assert near_topic(text) is None
