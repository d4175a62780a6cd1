"""The lifecycle of one application to one PG: its statuses, who may move it where, and what
each status means for the merchant (label, next step, typical duration, in both languages).

PortOne publishes no status enum; the stages follow the contract procedure the help center
documents for every PG ("가입신청서 제출 → 계약안내 → 계약진행 → 계약완료 (MID 발급) → …
카드사 심사") and the console's labels (신청 완료, 취소, 계약 취소).
See docs/domain.md, "After submission".

Rules, readable in one screen (``TRANSITIONS``):

* The main path only moves forward. A PG may skip a stage (it reports "contract in progress"
  without ever saying "contract guidance"), so any later stage of the path is a valid target;
  going back is not.
* ``cancelled`` (the merchant withdraws) only from ``submitted``: once the PG has received the
  application it must be told by a person, and the end is ``contract_cancelled``.
* ``rejected`` needs a reason (the note), from any open stage before ``active``.
* ``cancelled``, ``rejected`` and ``contract_cancelled`` are final.
* A merchant may only cancel, and not at PGs that take applications over at once (KG이니시스).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from knowledge.catalog import Text


class Status(StrEnum):
    SUBMITTED = "submitted"
    RECEIVED = "received"
    CONTRACT_GUIDANCE = "contract_guidance"
    CONTRACT_IN_PROGRESS = "contract_in_progress"
    CONTRACT_SIGNED = "contract_signed"
    CARD_REVIEW = "card_review"
    ACTIVE = "active"
    CANCELLED = "cancelled"
    REJECTED = "rejected"
    CONTRACT_CANCELLED = "contract_cancelled"


class ActorKind(StrEnum):
    MERCHANT = "merchant"
    AGENT = "agent"
    PG = "pg"  # the signed status webhook
    OPERATOR = "operator"  # the command line
    SYSTEM = "system"


class Refusal(StrEnum):
    """Why a transition is refused; ``REFUSAL_REASONS`` says it in words."""

    UNKNOWN_STATUS = "unknown_status"
    SAME_STATUS = "same_status"
    FINAL = "final"
    BACKWARDS = "backwards"
    CANCEL_AFTER_RECEIVED = "cancel_after_received"
    FORWARDED_IMMEDIATELY = "forwarded_immediately"
    REJECTED_AFTER_ACTIVE = "rejected_after_active"
    CONTRACT_CANCEL_BEFORE_RECEIVED = "contract_cancel_before_received"
    NOTE_REQUIRED = "note_required"
    MERCHANT_MAY_ONLY_CANCEL = "merchant_may_only_cancel"


# For operators, the API and logs; merchants get their own texts from the dialog.
REFUSAL_REASONS: dict[Refusal, str] = {
    Refusal.UNKNOWN_STATUS: "no such status",
    Refusal.SAME_STATUS: "the application already has this status",
    Refusal.FINAL: "the application is closed (cancelled, rejected or contract cancelled)",
    Refusal.BACKWARDS: "an application does not move back to an earlier stage",
    Refusal.CANCEL_AFTER_RECEIVED: (
        "the PG has received the application; it can no longer be cancelled, only the "
        "contract (contract_cancelled)"
    ),
    Refusal.FORWARDED_IMMEDIATELY: (
        "this PG takes applications over immediately, so the merchant cannot withdraw it"
    ),
    Refusal.REJECTED_AFTER_ACTIVE: "an active application cannot be rejected; cancel the contract",
    Refusal.CONTRACT_CANCEL_BEFORE_RECEIVED: (
        "there is no contract before the PG has received the application; cancel it instead"
    ),
    Refusal.NOTE_REQUIRED: "a rejection needs the reason as its note",
    Refusal.MERCHANT_MAY_ONLY_CANCEL: "a merchant may only cancel an application",
}

PATH: tuple[Status, ...] = (
    Status.SUBMITTED,
    Status.RECEIVED,
    Status.CONTRACT_GUIDANCE,
    Status.CONTRACT_IN_PROGRESS,
    Status.CONTRACT_SIGNED,
    Status.CARD_REVIEW,
    Status.ACTIVE,
)
FINAL: frozenset[Status] = frozenset({Status.CANCELLED, Status.REJECTED, Status.CONTRACT_CANCELLED})
# PGs that take an application over the moment PortOne files it: "포트원으로 접수해 주신
# 신청건은 즉시 KG이니시스로 전달" (HELP inicis-contract.md).
FORWARDED_IMMEDIATELY: frozenset[str] = frozenset({"inicis"})


def _forward(status: Status) -> frozenset[Status]:
    return frozenset(PATH[PATH.index(status) + 1 :])


# from -> every status it may move to (the table the tests walk).
TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.SUBMITTED: _forward(Status.SUBMITTED) | {Status.CANCELLED, Status.REJECTED},
    **{
        status: _forward(status) | {Status.REJECTED, Status.CONTRACT_CANCELLED}
        for status in PATH[1:-1]
    },
    Status.ACTIVE: frozenset({Status.CONTRACT_CANCELLED}),
    **{status: frozenset() for status in FINAL},
}


def parse_status(value: str) -> Status | None:
    try:
        return Status(value.strip().lower().replace("-", "_").replace(" ", "_"))
    except ValueError:
        return None


def check_transition(
    pg: str,
    current: Status,
    target: Status,
    actor: ActorKind,
    note: str | None = None,
) -> Refusal | None:
    """None when ``current -> target`` is allowed for ``actor``; else why not."""
    if actor is ActorKind.MERCHANT:
        if target is not Status.CANCELLED:
            return Refusal.MERCHANT_MAY_ONLY_CANCEL
        if current is Status.SUBMITTED and pg in FORWARDED_IMMEDIATELY:
            return Refusal.FORWARDED_IMMEDIATELY
    if target is current:
        return Refusal.SAME_STATUS
    if current in FINAL:
        return Refusal.FINAL
    if target in TRANSITIONS[current]:
        if target is Status.REJECTED and not (note or "").strip():
            return Refusal.NOTE_REQUIRED
        return None
    if target is Status.CANCELLED:
        return Refusal.CANCEL_AFTER_RECEIVED
    if target is Status.REJECTED:
        return Refusal.REJECTED_AFTER_ACTIVE
    if target is Status.CONTRACT_CANCELLED:
        return Refusal.CONTRACT_CANCEL_BEFORE_RECEIVED
    return Refusal.BACKWARDS


def merchant_can_cancel(pg: str, current: Status) -> Refusal | None:
    """Whether the merchant may withdraw the application now (the dialog asks before offering)."""
    return check_transition(pg, current, Status.CANCELLED, ActorKind.MERCHANT)


# ---------------------------------------------------------------------------------------------
# What each status means for the merchant


@dataclass(frozen=True, slots=True)
class StatusInfo:
    label: Text
    next_step: Text
    # Typical time until the next stage; None for final statuses.
    duration: Text | None


def _t(ko: str, en: str) -> Text:
    return Text(ko=ko, en=en)


INFO: dict[Status, StatusInfo] = {
    Status.SUBMITTED: StatusInfo(
        _t("신청 접수", "Submitted"),
        _t(
            "포트원이 신청서를 PG사로 전달합니다. PG사 계약 담당자가 직접 연락드려요.",
            "PortOne passes the application to the PG; its contract manager will contact you.",
        ),
        _t("보통 3 영업일 안에 PG사 연락", "The PG usually calls within 3 business days"),
    ),
    Status.RECEIVED: StatusInfo(
        _t("PG사 접수", "Received by the PG"),
        _t(
            "PG사가 계약 방법과 필요한 서류를 메일로 안내합니다. "
            "이제 신청 취소는 상담원을 통해야 해요.",
            "The PG will e-mail how to sign and which documents to send. From now on only an "
            "agent can stop the application.",
        ),
        _t("보통 2~3 영업일", "Usually 2-3 business days"),
    ),
    Status.CONTRACT_GUIDANCE: StatusInfo(
        _t("계약 안내", "Contract guidance"),
        _t(
            "PG사 메일의 안내대로 계약서와 구비서류를 준비해 보내 주세요.",
            "Prepare the contract and the documents the PG's e-mail lists, and send them.",
        ),
        _t("서류를 보내시는 대로 진행돼요", "Moves on as soon as you send the documents"),
    ),
    Status.CONTRACT_IN_PROGRESS: StatusInfo(
        _t("계약 진행 (서류)", "Contract in progress (documents)"),
        _t(
            "PG사가 서류와 계약서를 검토합니다. 추가 서류를 요청받으면 바로 보내 주세요.",
            "The PG reviews the documents and contract; send anything more it asks for promptly.",
        ),
        _t("서류가 갖춰지면 보통 며칠", "Usually a few days once the documents are complete"),
    ),
    Status.CONTRACT_SIGNED: StatusInfo(
        _t("계약 완료 (MID 발급)", "Contract signed (MID issued)"),
        _t(
            "관리자 콘솔에서 발급된 MID로 채널을 설정하고 연동을 진행하세요. "
            "이어서 카드사 심사가 있어요.",
            "Set up a channel with the new MID in the admin console and integrate; the "
            "card-company review follows.",
        ),
        _t("카드사 심사 시작까지 며칠", "A few days until the card review starts"),
    ),
    Status.CARD_REVIEW: StatusInfo(
        _t("카드사 심사", "Card-company review"),
        _t(
            "PG사가 각 카드사에 심사를 요청했어요. 사이트 하단 사업자 정보 표시를 유지해 주세요.",
            "The PG has asked every card company to approve you; keep the business details in "
            "your site's footer.",
        ),
        _t("보통 약 2주", "Usually about 2 weeks"),
    ),
    Status.ACTIVE: StatusInfo(
        _t("사용 가능", "Active"),
        _t(
            "실연동 채널로 실제 결제를 받을 수 있어요.",
            "You can take real payments through the live channel.",
        ),
        None,
    ),
    Status.CANCELLED: StatusInfo(
        _t("신청 취소", "Cancelled"),
        _t(
            "신청을 취소했어요. 필요하면 언제든 다시 신청하실 수 있어요.",
            "The application was withdrawn. You can apply again at any time.",
        ),
        None,
    ),
    Status.REJECTED: StatusInfo(
        _t("거절", "Rejected"),
        _t(
            "PG사가 신청을 받아들이지 않았어요. "
            "상담원이 이유와 다른 방법을 함께 찾아 드릴 수 있어요.",
            "The PG declined the application. An agent can go through the reason and other "
            "options with you.",
        ),
        None,
    ),
    Status.CONTRACT_CANCELLED: StatusInfo(
        _t("계약 취소", "Contract cancelled"),
        _t(
            "PG사와의 계약 과정이 중단되었어요. 궁금하시면 상담원에게 물어봐 주세요.",
            "The contract process with the PG was stopped. Ask an agent if you want to know more.",
        ),
        None,
    ),
}

# What a PG does differently at a stage (docs/domain.md, "After submission"); shown under
# the next step.
PG_NOTES: dict[tuple[str, Status], Text] = {
    ("inicis", Status.SUBMITTED): _t(
        "KG이니시스는 접수 즉시 신청을 넘겨받고, 계약 부서가 2~3 영업일 안에 메일을 보내요.",
        "KG INICIS takes the application over at once; its contract team e-mails within 2-3 "
        "business days.",
    ),
    ("inicis", Status.CONTRACT_SIGNED): _t(
        "KG이니시스가 보내는 키파일을 cs@portone.io로 전달해 주세요. "
        "일반결제는 '바로오픈'으로 바로 쓸 수 있어요.",
        "Forward the key file KG INICIS sends to cs@portone.io. One-time payments can go live "
        "right away ('instant open').",
    ),
    ("danal", Status.CONTRACT_IN_PROGRESS): _t(
        "다날은 카드사 심사가 끝난 뒤에 MID를 발급해요.",
        "Danal issues the MID only after the card-company review.",
    ),
}


def info(status: Status) -> StatusInfo:
    return INFO[status]


def pg_note(pg: str, status: Status) -> Text | None:
    return PG_NOTES.get((pg, status))
