"""know15: near-topic questions about someone else's business are refused, not answered from
the nearest entry; the on-topic questions that share their words still get through.

Every sentence here was written for this test from the categories (a bank's fees, in-store
terminals, payout calendars, other shop builders, other consoles and accounts, marketplaces,
refunds, payments once live, a bank's products, cash receipts), not taken from any question set.
"""

from __future__ import annotations

import pytest

from knowledge.scope import NearTopic, near_topic
from knowledge.understand import Kind, load_understanding

OFF_TOPIC = [
    ("신한은행 계좌이체 수수료 얼마에요?", NearTopic.BANK_FEE),
    ("토스뱅크 송금 수수료 있어요?", NearTopic.BANK_FEE),
    ("무통장입금 은행 수수료는 누가 부담하나요", NearTopic.BANK_FEE),
    ("How much does my bank charge for a wire transfer?", NearTopic.BANK_FEE),
    ("카드 단말기 설치하려면 어디에 연락해요?", NearTopic.IN_STORE),
    ("매장용 카드단말기 신청도 여기서 되나요", NearTopic.IN_STORE),
    ("밴사 계약은 어떻게 해요", NearTopic.IN_STORE),
    ("Where can I get a card terminal for my store?", NearTopic.IN_STORE),
    ("Can I accept Apple Pay in my physical store?", NearTopic.IN_STORE),
    ("가게 포스 연동도 해주시나요", NearTopic.IN_STORE),
    ("배달할 때 쓰는 휴대용 결제기 구할 수 있어요?", NearTopic.IN_STORE),
    ("이니시스 정산은 D+몇일이에요?", NearTopic.PAYOUT_CALENDAR),
    ("what is the settlement cycle for my sales", NearTopic.PAYOUT_CALENDAR),
    ("네이버페이 주문형 정산은 언제 들어와요?", NearTopic.PAYOUT_CALENDAR),
    ("배달앱 정산 언제 돼요", NearTopic.PAYOUT_CALENDAR),
    ("How long until card payments settle into my account?", NearTopic.PAYOUT_CALENDAR),
    ("아임웹에서 결제 연동 어떻게 해요?", NearTopic.SHOP_BUILDER),
    ("고도몰 전자결제 설정은 어디서 하나요", NearTopic.SHOP_BUILDER),
    ("Can you set up Wix payments for me?", NearTopic.SHOP_BUILDER),
    ("카카오페이 파트너센터에서 정산내역 어디서 봐요", NearTopic.OTHER_CONSOLE),
    ("네이버페이 센터 배송 설정 어떻게 해요", NearTopic.OTHER_CONSOLE),
    ("제가 산 물건 결제 취소하고 싶어요", NearTopic.REFUND),
    ("고객이 카드 결제 취소해달라는데 환불 어떻게 해줘요", NearTopic.REFUND),
    ("I was charged twice for my order, refund please", NearTopic.REFUND),
    ("사업자 신용카드 만들려면?", NearTopic.BANK_PRODUCT),
    ("법인 통장 개설 서류 뭐 필요해요", NearTopic.BANK_PRODUCT),
    ("해외에서 송금 받으려면 어떻게 해요", NearTopic.BANK_PRODUCT),
    ("공동인증서 발급 방법", NearTopic.BANK_PRODUCT),
    ("현금영수증 발행은 어떻게 하나요", NearTopic.CASH_RECEIPT),
    ("에이블리 입점 수수료 몇프로에요", NearTopic.MARKETPLACE),
    ("Shopee seller fees in Singapore", NearTopic.MARKETPLACE),
    ("애플 인앱결제 수수료", NearTopic.MARKETPLACE),
    ("페이팔 비즈니스 계정 만드는 법", NearTopic.OTHER_CONSOLE),
    ("고객 카드가 승인 거절됐다고 떠요", NearTopic.OPERATIONS),
    ("customer's card got declined at checkout, why?", NearTopic.OPERATIONS),
    ("What exchange rate does the card company use?", NearTopic.OPERATIONS),
    ("customer wants to cancel their subscription, how do I stop billing?", NearTopic.OPERATIONS),
    ("부분취소 되나요", NearTopic.REFUND),
]

ON_TOPIC = [
    "계좌이체 수수료는 얼마예요?",
    "세틀뱅크 수수료 알려주세요",
    "Which PGs charge fees for bank transfers?",
    "정산 계좌는 누구 명의로 해야 하나요",
    "보증보험 가입하면 정산 한도가 달라지나요",
    "카페24에서 쓰던 MID 포트원에서 그대로 써도 돼요?",
    "아임웹 말고 자체 개발 사이트로 옮기는데 PG 신청은 어떻게 해요",
    "전자결제 취소하고 싶어요",
    "가상계좌 발급되는 PG 어디에요?",
    "카드 빌링키 발급은 어느 PG가 되나요",
    "결제기간 설정은 어디서 해요",
    "PG 입점심사에서는 어떤 걸 확인해요",
    "테스트 계정 만들 수 있어요?",
    "단말기 말고 온라인 결제만 신청하고 싶어요",
    "PG사 승인 거절 나면 다시 신청할 수 있어요?",
    "외국인 고객도 카드결제 되나요?",
    "이니시스 정기결제 PC에서 공인인증서 필요해요?",
    "the PG declined our application, what now?",
    "온라인 매장 결제 신청하고 싶어요",
    "포트원 고객센터에 문의했는데 거절됐대요",
    "We sell online only, no card terminal. Can we apply?",
    "카드결제기능 붙이려면 뭐부터 해요",
]


@pytest.mark.parametrize(("text", "category"), OFF_TOPIC)
def test_near_topic_refused(text: str, category: NearTopic) -> None:
    assert near_topic(text) is category
    got = load_understanding().understand(text)
    assert got.kind is Kind.NONE


@pytest.mark.parametrize("text", ON_TOPIC)
def test_on_topic_words_not_refused(text: str) -> None:
    assert near_topic(text) is None
