"""What the merchant is told when the National Tax Service says the business is not running."""

from dialogs.i18n import T

SUSPENDED = T(
    "신청하기 전에 국세청 사업자등록 상태를 확인했는데, 이 사업자({number})는 현재 '휴업' 상태예요. PG사는 계약 심사에서 사업자 상태를 확인하기 때문에 휴업 중인 사업자의 신청은 거절돼요. 세무서(홈택스)에서 재개업 신고를 하신 뒤 다시 신청해 주세요. 상태가 다르다면 상담원이 확인해 드릴게요.",
    "Before filing I checked the National Tax Service's registration status: this business ({number}) is registered as suspended (휴업). PGs check a business's status during their review and refuse applications from a suspended business. Please report the reopening to the tax office (Hometax) first, then apply again. If that's not right, an agent can look into it.",
)
CLOSED = T(
    "신청하기 전에 국세청 사업자등록 상태를 확인했는데, 이 사업자({number})는 '폐업' 상태예요{when}. PG사는 폐업한 사업자와 계약할 수 없어서 신청이 거절돼요. 새로 사업자등록을 하셨다면 새 사업자등록번호로 신청해 주세요. 상태가 다르다면 상담원이 확인해 드릴게요.",
    "Before filing I checked the National Tax Service's registration status: this business ({number}) is registered as closed (폐업){when}. PGs cannot sign a contract with a closed business, so the application would be refused. If you have registered a new business, please apply with its new number. If that's not right, an agent can look into it.",
)
CLOSED_ON = T(" (폐업일 {date})", " (closed on {date})")
NOT_FILED = T(
    "그래서 아직 신청하지 않았어요. 선택하신 내용은 그대로 남아 있어요.",
    "So nothing has been filed yet; your choices are kept.",
)
ASK_AGENT = T("상담원 연결", "Talk to an agent")
