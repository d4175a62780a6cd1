"""Changing a field, with what follows from it: a new registration number pre-fills the
business type and is compared with the number the merchant gave earlier."""

from __future__ import annotations

from dialogs.business import fields as bf
from dialogs.business.slots import BusinessSlots
from dialogs.contracts.slots import ContractsSlots
from dialogs.flow import Ctx
from knowledge.bizno import normalize_digits

# More differing digits than this between the number read and the number typed means the
# typed one is not the certificate's: verification then needs an agent.
MAX_MISREAD_DIGITS = 2


def earlier_number(ctx: Ctx) -> str | None:
    earlier = ContractsSlots.of(ctx.state).business_number
    return normalize_digits(earlier) if earlier else None


def set_field(ctx: Ctx, name: str, value: str) -> None:
    slots = BusinessSlots.of(ctx.state)
    fields = dict(slots.fields)
    fields[name] = value
    if name == "reg_no":
        slots.business_number = value
        derived = bf.prefill_business_type(value)
        if derived is not None:
            fields["business_type"] = derived
        earlier = earlier_number(ctx)
        slots.conflicting_number = earlier if earlier and earlier != value else None
    if name == "business_type":
        # 법인등록번호 and 본점 only exist for corporations.
        for corporate_only in ("corp_reg_no", "hq_address"):
            if value != "corporate":
                fields.pop(corporate_only, None)
    slots.fields = fields
    slots.unsure = [n for n in slots.unsure if n != name]


def copy_representative_to_contact(ctx: Ctx) -> bool:
    """ "Same as the representative": False when the representative's details are missing."""
    fields = BusinessSlots.of(ctx.state).fields
    sources = {target: fields.get(source) for target, source in bf.REPRESENTATIVE_CONTACT.items()}
    if not all(sources.values()):
        return False
    for target, value in sources.items():
        assert value is not None
        # Several representatives: the first is the contact.
        set_field(ctx, target, value.split(", ")[0] if target == "contact_name" else value)
    return True


def digits_apart(a: str, b: str) -> int:
    if len(a) != len(b):
        return max(len(a), len(b))
    return sum(x != y for x, y in zip(a, b, strict=True))


def carried_by_certificate(ctx: Ctx) -> bool:
    """Whether the number being saved is the one read from the certificate (or a misread of
    it corrected by the merchant), so finishing may verify the merchant for it."""
    slots = BusinessSlots.of(ctx.state)
    read = slots.read_number
    number = slots.business_number
    if read is None or number is None:
        return False
    return digits_apart(read, number) <= MAX_MISREAD_DIGITS
