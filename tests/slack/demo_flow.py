"""A small journey that sends every kind of reply, so Slack tests do not depend on how the
real journeys word things. It is named "selection" and has a menu label, so the menu offers it."""

from __future__ import annotations

from dialogs.choice import resolve_choice
from dialogs.flow import Ctx, Flow, Outcome
from dialogs.i18n import T
from dialogs.replies import (
    CardReply,
    ChoicesReply,
    FormField,
    FormReply,
    MultiSelectReply,
    Option,
    Reply,
    TableReply,
    TextReply,
)
from dialogs.router import Dialog
from dialogs.turns import Turn

NAME = "selection"
PLANS = [Option(value="plan:basic", label="Basic"), Option(value="plan:pro", label="Pro")]
METHODS = [
    Option(value="sel:methods:card", label="Card"),
    Option(value="sel:methods:kakaopay", label="KakaoPay"),
    Option(value="sel:methods:naverpay", label="NaverPay"),
]


def _form(name: str = "", error: str = "") -> FormReply:
    return FormReply(
        form_id="biz",
        title="Business details",
        text="Tell us about the business.",
        fields=[
            FormField(name="company", label="Company name", value=name, error=error),
            FormField(name="phone", label="Phone", required=False),
        ],
        submit_label="Save",
    )


def _summary(company: str, plan: str) -> CardReply:
    return CardReply(
        title="Summary",
        rows=[("Company", company), ("Plan", plan)],
        options=[Option(value="demo:pro", label="Switch to Pro")],
        update_key="summary",
    )


def prompt_plan(ctx: Ctx) -> list[Reply]:
    return [ChoicesReply(text="Which plan?", options=PLANS)]


def prompt_methods(ctx: Ctx) -> list[Reply]:
    return [MultiSelectReply(text="Which methods?", options=METHODS, submit_label="Done")]


def prompt_form(ctx: Ctx) -> list[Reply]:
    return [_form()]


def plan(ctx: Ctx, turn: Turn) -> Outcome:
    if resolve_choice(turn, PLANS) is None:
        return Outcome(replies=prompt_plan(ctx), fallback=True)
    return Outcome(replies=prompt_methods(ctx), next_step="methods")


def methods(ctx: Ctx, turn: Turn) -> Outcome:
    if not (turn.action or "").startswith("sel:methods:"):
        return Outcome(replies=prompt_methods(ctx), fallback=True)
    chosen = turn.action.removeprefix("sel:methods:") if turn.action else ""
    return Outcome(
        replies=[TextReply(text=f"Methods: {chosen or 'none'}"), _form()], next_step="form"
    )


def form(ctx: Ctx, turn: Turn) -> Outcome:
    if turn.form is None:
        return Outcome(replies=prompt_form(ctx), fallback=True)
    company = turn.form.get("company", "").strip()
    if not company:
        return Outcome(replies=[_form(error="Please enter the company name.")])
    table = TableReply(title="Fees", columns=["PG", "Fee"], rows=[["KG이니시스", "3.2%"]])
    return Outcome(replies=[_summary(company, "Basic"), table], next_step="done")


def done(ctx: Ctx, turn: Turn) -> Outcome:
    if turn.action == "demo:pro":
        return Outcome(replies=[_summary("Acme", "Pro")])
    return Outcome(replies=[TextReply(text="All done.")])


def build() -> Flow:
    return Flow(
        name=NAME,
        start_step="plan",
        steps={"plan": plan, "methods": methods, "form": form, "done": done},
        prompts={
            "plan": prompt_plan,
            "methods": prompt_methods,
            "form": prompt_form,
            "done": lambda ctx: [],
        },
        menu_label=T("결제수단 신청", "Apply for payment methods"),
    )


def demo_dialog() -> Dialog:
    return Dialog([build()])
