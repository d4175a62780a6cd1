"""The public data portal's REST API of the National Tax Service: business number -> 계속 /
휴업 / 폐업 and taxpayer type.

``POST {ONBOARD_NTS_URL}?serviceKey=KEY`` with ``{"b_no": ["1248100998", …]}`` (at most 100)
answers ``{"status_code": "OK", "request_cnt": n, "match_cnt": m, "data": [{"b_no": …,
"b_stt": "계속사업자", "b_stt_cd": "01", "tax_type": "…", "tax_type_cd": "01", "end_dt":
"", …}]}``; ``b_stt_cd`` is 01 계속, 02 휴업, 03 폐업, and empty for a number the NTS does not
know (``tax_type`` then says "국세청에 등록되지 않은 사업자등록번호입니다."). Anything else —
an HTTP error, a time-out, another ``status_code``, a body that is not that JSON — is
``NtsUnavailable``: the check is skipped, never the filing.

The standard library's HTTP client keeps this a runtime without a new dependency; the
timeout is short because a person is waiting somewhere behind every call.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any
from urllib.error import HTTPError, URLError
from urllib.parse import quote
from urllib.request import Request, urlopen

from dialogs.nts.port import BusinessStatus, TaxStatus

log = logging.getLogger(__name__)

MAX_NUMBERS = 100  # the service's own limit per call
MAX_BODY = 1_000_000
_STATUS = {"01": TaxStatus.ACTIVE, "02": TaxStatus.SUSPENDED, "03": TaxStatus.CLOSED}


class NtsUnavailableError(Exception):
    """The service did not answer usefully; the reason names no business number."""


@dataclass(frozen=True)
class NtsAnswer:
    business_number: str
    status_code: str  # "01", "02", "03", or "" (not registered)
    tax_type: str
    end_date: str | None

    def as_status(self) -> BusinessStatus:
        return to_status(self.status_code, self.end_date)


def to_status(code: str, end_date: str | None) -> BusinessStatus:
    return BusinessStatus(
        status=_STATUS.get(code, TaxStatus.UNREGISTERED),
        closed_on=end_date or None,
    )


class NtsClient:
    def __init__(self, url: str, service_key: str, *, timeout: float = 2.0) -> None:
        self.url = url
        self.service_key = service_key
        self.timeout = timeout

    def _address(self) -> str:
        # data.go.kr hands out the key twice: "Encoding" (already %-escaped) and "Decoding".
        key = self.service_key if "%" in self.service_key else quote(self.service_key, safe="")
        separator = "&" if "?" in self.url else "?"
        return f"{self.url}{separator}serviceKey={key}"

    def statuses(self, numbers: list[str]) -> dict[str, NtsAnswer]:
        """The NTS's answer per number (10 digits each, at most 100)."""
        if not numbers:
            return {}
        body = json.dumps({"b_no": numbers[:MAX_NUMBERS]}).encode()
        request = Request(  # noqa: S310 - the URL is the operator's setting, http(s) only
            self._address(),
            data=body,
            headers={"Content-Type": "application/json", "Accept": "application/json"},
            method="POST",
        )
        if not request.full_url.startswith(("https://", "http://")):
            raise NtsUnavailableError("ONBOARD_NTS_URL is not an http(s) URL")
        try:
            with urlopen(request, timeout=self.timeout) as response:  # noqa: S310
                raw = response.read(MAX_BODY)
        except HTTPError as exc:
            raise NtsUnavailableError(f"HTTP {exc.code}") from None
        except (URLError, TimeoutError, OSError) as exc:
            raise NtsUnavailableError(type(exc).__name__) from None
        return _parse(raw)


def _parse(raw: bytes) -> dict[str, NtsAnswer]:
    try:
        payload: Any = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise NtsUnavailableError("not JSON") from None
    if not isinstance(payload, dict):
        raise NtsUnavailableError("not a JSON object")
    if payload.get("status_code") != "OK":
        # e.g. BAD_JSON_REQUEST, TOO_LARGE_REQUEST, or the portal's own {"code": -4, ...}
        # for a key it does not know.
        code = payload.get("status_code", payload.get("code"))
        raise NtsUnavailableError(f"status_code {str(code)[:40]!r}")
    data = payload.get("data")
    if not isinstance(data, list):
        raise NtsUnavailableError("no data list")
    answers: dict[str, NtsAnswer] = {}
    for item in data:
        if not isinstance(item, dict):
            continue
        number = "".join(ch for ch in str(item.get("b_no", "")) if ch.isdigit())
        if len(number) != 10:
            continue
        answers[number] = NtsAnswer(
            business_number=number,
            status_code=str(item.get("b_stt_cd") or ""),
            tax_type=str(item.get("tax_type") or "")[:100],
            end_date=str(item.get("end_dt") or "") or None,
        )
    return answers
