"""know31 (issue 15): off-topic refusal by who acts on what, after go-live.

The application's words have a second life once payments are live: a customer's payment is
cancelled, money is settled to the merchant, a subscriber's next charge is moved, a developer's
call returns an error, a dashboard's log-in fails, a payer bears a card company's fee. None has
an entry, so each is refused (knowledge/after_live.py); the application's own questions that use
the same words stay answered.
"""

from __future__ import annotations

import pytest

from knowledge.after_live import AfterLive, after_live
from knowledge.normalize import normalize
from knowledge.scope import NearTopic, near_topic
from knowledge.understand import load_understanding

# Written for this test (not from any probe or bench set): one kind per line.
REFUSED = [
    ("정산 금액이 이번 주 매출보다 적게 들어왔어요", AfterLive.PAYOUT),
    ("네이버페이 정산 보류 풀리는 데 얼마나 걸려요", AfterLive.PAYOUT),
    ("our settlement statement shows a different amount than the orders", AfterLive.PAYOUT),
    ("the payout for last month is still missing", AfterLive.PAYOUT),
    ("무통장 입금 확인은 어디서 해요", AfterLive.PAYMENT),
    ("카드 매출전표 다시 뽑으려면", AfterLive.PAYMENT),
    ("how do I email a receipt to a buyer", AfterLive.PAYMENT),
    ("정기결제 승인 실패난 건 재시도 어떻게 걸어요", AfterLive.PAYMENT),
    ("어제 매출 합계 엑셀로 받고 싶어요", AfterLive.PAYMENT),
    ("구독 회원 다음 결제일을 한 달 미뤄 주고 싶어요", AfterLive.SUBSCRIBER),
    ("a subscriber wants to update their card for the monthly plan", AfterLive.SUBSCRIBER),
    ("카드로 결제하면 손님도 따로 수수료 내요?", AfterLive.PAYER_FEE),
    ("카드 결제할 때 고객에게 수수료 부과해도 돼요?", AfterLive.PAYER_FEE),
    ("do cardholders pay a fee when they use a foreign card on our site", AfterLive.PAYER_FEE),
    ("체크카드 연회비는 얼마예요", AfterLive.PAYER_FEE),
    ("does the issuer charge our buyers anything for overseas use", AfterLive.PAYER_FEE),
    ("will shoppers get charged extra when they pay with amex", AfterLive.PAYER_FEE),
    ("결제 요청하면 오류 코드 3011이 떠요", AfterLive.ERROR),
    ("결제창 열면 흰 화면만 떠요", AfterLive.ERROR),
    ("노티 호출이 두 번씩 들어와요", AfterLive.ERROR),
    ("the callback never arrives after a card payment", AfterLive.ERROR),
    ("결제 끝나고 쇼핑몰 앱으로 복귀가 안 돼요", AfterLive.ERROR),
    ("결제 위젯 렌더링이 안 돼요", AfterLive.ERROR),
    ("빌링키 발급 요청이 자꾸 실패해요", AfterLive.ERROR),
    ("the refund api returns 403 for our key", AfterLive.ERROR),
    ("결제 요청 보낼 때 파라미터 누락이라고 나와요", AfterLive.ERROR),
    ("관리자 페이지 비밀번호 잊어버렸는데 어떻게 찾아요", AfterLive.LOGIN),
    ("I can't log in, it says my account is locked", AfterLive.LOGIN),
    ("2단계 인증 번호가 안 와서 로그인을 못 해요", AfterLive.LOGIN),
]


@pytest.mark.parametrize(("text", "kind"), REFUSED)
def test_after_live_refused(text: str, kind: AfterLive) -> None:
    assert after_live(normalize(text)) is kind
    assert near_topic(text) is not None
    assert not load_understanding().understand(text).answered


# The application's own questions with the same words: the settlement account, the fees of
# applying, the form's own errors, the log-in e-mail as the representative's address, when
# customers can pay.
ANSWERED = [
    ("정산 받을 통장은 꼭 대표자 명의여야 하나요?", "settlement_account"),
    ("Does the payout account have to be in the company's name?", "settlement_account"),
    ("보증보험 안 들면 정산 못 받아요?", "guarantee_insurance"),
    ("신청할 때 가입비나 연회비 내야 돼요?", "fees"),
    ("사업자번호 입력하니까 오류가 나요", "invalid_business_number"),
    ("법인등록번호 넣으면 에러 메시지가 나와요", "invalid_corporate_number"),
    ("로그인 이메일 말고 다른 주소를 대표자 이메일로 쓰고 싶어요", "representative_email"),
    ("계약 다 끝나면 언제부터 손님 결제 받을 수 있어요?", "status_active"),
    ("계약 전에 테스트 결제 먼저 해볼 수 있나요?", "test_channel"),
    ("빌링키 발급하면 고객 카드에서 바로 돈이 빠져나가요?", "billing_key_first_charge"),
]


@pytest.mark.parametrize(("text", "entry"), ANSWERED)
def test_application_words_stay_answered(text: str, entry: str) -> None:
    assert after_live(normalize(text)) is None
    found = load_understanding().understand(text)
    assert found.answered
    assert found.entry_id == entry


@pytest.mark.parametrize(
    "text",
    [
        "신청 서류 올리는데 업로드 오류가 나요",  # the application's own upload
        "정산 계좌 명의가 달라도 되나요",  # the settlement account, not the payout
        "PG 연회비 있어요?",  # a PG's annual fee is the fee entry's
        "월 매출 얼마 이상이어야 신청돼요?",  # the service information's volume
    ],
)
def test_application_named_beside_is_not_after_live(text: str) -> None:
    assert after_live(normalize(text)) is None


@pytest.mark.parametrize(
    "text",
    [
        "정수기 렌탈 계약 해지하면 위약금 있어요?",
        "통신사 약정 취소하고 싶은데요",
        "I want to cancel the hosting plan for our old domain",
        "애드센스 승인이 계속 반려돼요",
    ],
)
def test_another_suppliers_contract_refused(text: str) -> None:
    assert near_topic(text) is NearTopic.OTHER_CONTRACT
    assert not load_understanding().understand(text).answered


@pytest.mark.parametrize(
    "text",
    [
        "도메인이 바뀌면 PG 심사를 다시 받아야 하나요?",  # the application's screening
        "호스팅 업체 바꾸면 MID도 바뀌어요?",  # the MID named
        "사이트 도메인 아직 없는데 신청할 수 있어요?",  # applying named
    ],
)
def test_supplier_named_beside_the_application_is_not_refused(text: str) -> None:
    assert near_topic(text) is not NearTopic.OTHER_CONTRACT


@pytest.mark.parametrize(
    "text",
    [
        "결제한 다음에 취소는 며칠까지 돼요?",  # a payment cancelled after it was made
        "카드사에 이의제기 들어온 건 어떻게 소명해요",  # a cardholder's dispute
        "a customer opened a dispute on their card payment",
        "손님이 결제창에서 새로고침 누르면 결제가 두 번 되나요",  # a shopper at the checkout
    ],
)
def test_live_payment_refused(text: str) -> None:
    assert near_topic(text) is not None
    assert not load_understanding().understand(text).answered


def test_a_test_payment_cancelled_is_not_a_refund() -> None:
    assert near_topic("테스트 결제하고 나면 취소는 어떻게 돼요?") is None


def test_the_merchants_own_business_card_is_the_cardholders_affair() -> None:
    text = "my corporate credit card was declined when I paid a supplier"
    assert near_topic(text) is not None
    assert not load_understanding().understand(text).answered


def test_charging_customers_monthly_is_not_a_payer_fee() -> None:
    # a subscription the merchant takes (the catalog's and the FAQ's), not a fee on the payer
    assert after_live(normalize("how do I charge my customers every month")) is None
