"""Texts of the main menu."""

from dialogs.i18n import T

GREETING = T(
    "안녕하세요! 포트원 전자결제 신청을 도와드리는 Onboard예요. 무엇을 도와드릴까요?",
    "Hello! I'm Onboard, and I'll help you apply for online payments with PortOne. "
    "What would you like to do?",
)
HELLO_AGAIN = T(
    "네, 안녕하세요! 아래에서 고르시거나 하고 싶은 일을 말씀해 주세요. "
    "예: '카드랑 카카오페이 이니시스로 신청하고 싶어요'",
    "Hi! Choose below, or tell me what you'd like to do, e.g. "
    "'I'd like card and Kakao Pay with KG Inicis'.",
)
