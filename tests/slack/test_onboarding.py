"""The whole onboarding in one Slack thread, through the real App over HTTP: the menu, the
contract inquiry, methods and PGs, business information with a certificate read by OCR, the
applications filed, a status webhook from the PG, and the update in the thread."""

from __future__ import annotations

import hashlib
import hmac
import json

import pytest

from tests.business.conftest import needs_tesseract
from tests.slack.conftest import WEBHOOK_SECRET
from tests.slack.fake_slack import buttons
from tests.slack.workspace import SlackWorkspace
from tests.support.certificates import render_certificate


def button_values(slack: SlackWorkspace, thread: str) -> list[str]:
    return [
        str(element.get("value"))
        for message in slack.bot_messages(thread)
        for _block, element in buttons(message)
    ]


def test_a_merchant_is_greeted_in_a_thread_with_the_menu_as_buttons(slack: SlackWorkspace) -> None:
    thread = slack.post_message("안녕하세요")
    (menu,) = slack.bot_messages(thread)
    assert "Onboard예요" in menu["text"]  # the greeting, once (issue 16 defect 9)
    values = [element["value"] for _block, element in buttons(menu)]
    assert values == [
        "menu:contracts",
        "menu:selection",
        "menu:business",
        "menu:applications",
        "menu:documents",
    ]


def send_webhook(slack: SlackWorkspace, body: dict[str, object]) -> int:
    raw = json.dumps(body)
    timestamp = str(int(slack.services.engine.clock().timestamp()))
    digest = hmac.new(
        WEBHOOK_SECRET.encode(), f"v1:{timestamp}:{raw}".encode(), hashlib.sha256
    ).hexdigest()
    response = slack.http.post(
        "/webhooks/status",
        content=raw,
        headers={
            "X-Onboard-Timestamp": timestamp,
            "X-Onboard-Signature": f"v1={digest}",
            "Content-Type": "application/json",
        },
    )
    slack.settle()
    return response.status_code


@pytest.mark.tesseract
@needs_tesseract
def test_the_whole_onboarding_in_one_thread(slack: SlackWorkspace) -> None:
    # 1. The menu and the contract inquiry: a valid number, but nobody verified it yet.
    thread = slack.post_message("안녕하세요")
    slack.click("menu:contracts", thread=thread)
    assert "사업자등록번호 10자리" in slack.last_text(thread)
    slack.post_message("124-81-00998", thread=thread)
    assert "올바른 사업자등록번호" in slack.last_text(thread)
    assert "MID" not in slack.last_text(thread)  # not verified: no contract details

    # 2. Methods typed, PGs chosen by typing and by button, confirmed.
    slack.click("menu:selection", thread=thread)
    slack.post_message("카드랑 카카오페이", thread=thread)
    assert "신용카드, 카카오페이" in "\n".join(slack.texts(thread))
    slack.click("sel:done", thread=thread)
    slack.click("sel:types:", thread=thread)  # general payments only
    slack.post_message("KCP", thread=thread)  # typed; Korean stays Korean
    slack.click("sel:pg:kakaopay:kakaopay", thread=thread)
    summary = slack.last_text(thread)
    assert "NHN KCP" in summary
    assert "카카오페이" in summary
    slack.click("sel:confirm", thread=thread)
    assert "배송 및 서비스 기간" in slack.last_text(thread)  # what Kakao Pay needs besides
    slack.post_message("주문 후 3일 내 배송", thread=thread)
    assert "사업자등록증" in slack.last_text(thread)

    # 3. The certificate as a Slack file: acked at once, read by the worker after.
    cert = render_certificate(21, kind="corporate", variant="clean", font="NanumMyeongjo")
    url = slack.fake.add_file("F0CERT", cert.data)
    file = {
        "id": "F0CERT",
        "name": cert.filename,
        "mimetype": "image/png",
        "size": len(cert.data),
        "url_private_download": url,
    }
    slack.post_message("사업자등록증입니다", thread=thread, files=[file])
    assert "읽고 있어요" in slack.last_text(thread)
    for _ in range(10):
        if slack.services.jobs.run_due() == 0:
            break
    slack.settle()
    texts = "\n".join(slack.texts(thread))
    assert cert.fields["reg_no"] in texts
    # The earlier number differs from the certificate's: the assistant asks which is right.
    slack.click("business:number_certificate", thread=thread)
    assert cert.fields["representative"] in slack.last_text(thread)
    slack.click("business:confirm", thread=thread)

    # 4. The details: one answer typed, the rest in the modal with inline errors first.
    slack.post_message("1985.03.02", thread=thread)
    form_button = next(v for v in reversed(button_values(slack, thread)) if v.isdigit())
    slack.click(form_button, thread=thread)
    view = slack.opened_view()
    values = {
        "birth_date": "1985.03.02",
        "rep_phone": "010-1234-5678",
        "rep_email": "ceo@example.com",
        "service_name": "바른몰",
        "service_kind": "웹",
        "service_url": "shop example",
        "goods": "교육 콘텐츠",
        "volume": "1억원 미만",
    }
    answer = slack.submit_view(values, view=view)
    assert answer.json()["response_action"] == "errors"
    assert "service_url" in answer.json()["errors"]
    values["service_url"] = "shop.example.com"  # completed to https://
    answer = slack.submit_view(values, view=view)
    slack.settle()
    assert answer.status_code == 200
    slack.click("business:finish", thread=thread)

    # 5. Filed: one application per PG, each with a status card in the thread.
    texts = "\n".join(slack.texts(thread))
    assert "2건 접수" in texts
    assert "[APP-1 · NHN KCP]" in texts
    assert "[APP-2 · 카카오페이]" in texts
    card_ts = next(
        m["ts"] for m in slack.bot_messages(thread) if "[APP-1 · NHN KCP]" in m.get("text", "")
    )

    # 6. The PG received it: a signed webhook; the card is updated in place, and a message
    #    says what changed. The same delivery again changes nothing.
    body = {"application_id": "APP-1", "status": "received", "idempotency_key": "kcp-evt-1"}
    assert send_webhook(slack, body) == 200
    updates = [c for c in slack.fake.called("chat.update") if c.args.get("ts") == card_ts]
    assert updates
    assert "PG사 접수" in slack.last_text(thread)
    assert "PG사 접수" in str(updates[-1].args.get("text"))
    before = len(slack.bot_messages(thread))
    assert send_webhook(slack, body) == 200
    assert len(slack.bot_messages(thread)) == before

    # 7. Too late to cancel APP-1 now; APP-2 still can be.
    slack.click("app:cancel", thread=thread)
    assert "APP-2" in slack.last_text(thread)


@pytest.mark.tesseract
@needs_tesseract
def test_hello_to_filed_in_at_most_twelve_slack_actions(slack: SlackWorkspace) -> None:
    """Issue 16: the happy path in Slack, each message, click and modal submission counted."""
    count = 0

    def say(text: str, **kwargs: object) -> str:
        nonlocal count
        count += 1
        return slack.post_message(text, **kwargs)  # type: ignore[arg-type]

    def click(value: str) -> None:
        nonlocal count
        count += 1
        slack.click(value, thread=thread)

    thread = say("안녕하세요")
    say("카드랑 카카오페이 니이시스로 신청하고 싶어요", thread=thread)  # methods, PG, misspelt
    assert "KG이니시스: 신용카드, 카카오페이" in slack.last_text(thread)
    click("sel:confirm")
    cert = render_certificate(12, kind="individual", variant="clean", font="NanumMyeongjo")
    url = slack.fake.add_file("F0CERT", cert.data)
    file = {
        "id": "F0CERT",
        "name": cert.filename,
        "mimetype": "image/png",
        "size": len(cert.data),
        "url_private_download": url,
    }
    say("", thread=thread, files=[file])
    for _ in range(10):
        if slack.services.jobs.run_due() == 0:
            break
    slack.settle()
    click("business:confirm")
    form_button = next(v for v in reversed(button_values(slack, thread)) if v.isdigit())
    click(form_button)  # opens the details form
    count += 1
    view = slack.opened_view()
    # What Slack submits: the fields as shown (the birth date read from the certificate) with
    # the merchant's entries.
    shown = {
        block["block_id"]: str(block["element"].get("initial_value", ""))
        for block in view["blocks"]
        if block["type"] == "input"
    }
    answer = slack.submit_view(
        {
            **shown,
            "rep_phone": "010-1234-5678",
            "rep_email": "ceo@example.com",
            "service_name": "바른몰",
            "service_kind": "웹",
            "service_url": "www.barunmall.co.kr",
            "goods": "교육 콘텐츠",
            "volume": "1천만원 미만",
        }
    )
    slack.settle()
    assert answer.status_code == 200
    assert "errors" not in answer.text
    click("business:finish")
    texts = "\n".join(slack.texts(thread))
    assert "[APP-1 · KG이니시스]" in texts
    assert count <= 12, count
