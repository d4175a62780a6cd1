"""Texts of the main menu."""

from dialogs.i18n import T

GREETING = T(
    "안녕하세요! 포트원 전자결제 신청을 도와드리는 Onboard예요. 무엇을 도와드릴까요?",
    "Hello! I'm Onboard, and I'll help you apply for online payments with PortOne. "
    "What would you like to do?",
)
