"""The NTS client against the fake service: the documented shapes, errors and time-outs."""

from __future__ import annotations

import json
import socket
import time

import pytest

from bot.nts.client import NtsClient, NtsUnavailableError
from dialogs.nts.port import TaxStatus
from tests.nts.fake_nts import KEY, FakeNts

RUNNING, SUSPENDED, CLOSED, UNKNOWN = "1248100998", "2208162517", "1058702736", "1234567891"


def _client(nts: FakeNts, key: str = KEY, timeout: float = 0.5) -> NtsClient:
    return NtsClient(nts.url, key, timeout=timeout)


def test_request_shape_and_answers(nts: FakeNts) -> None:
    nts.registry.businesses = {
        RUNNING: ("01", ""),
        SUSPENDED: ("02", ""),
        CLOSED: ("03", "20240131"),
    }
    answers = _client(nts).statuses([RUNNING, SUSPENDED, CLOSED, UNKNOWN])
    request = nts.registry.requests[-1]
    assert request["path"] == "/api/nts-businessman/v1/status"
    assert request["query"]["serviceKey"] == [KEY]  # escaped in the URL, intact at the server
    assert "test%2Bkey%2F%3D%3D" in request["raw_query"]
    assert json.loads(request["body"]) == {"b_no": [RUNNING, SUSPENDED, CLOSED, UNKNOWN]}
    statuses = {n: a.as_status() for n, a in answers.items()}
    assert statuses[RUNNING].status is TaxStatus.ACTIVE
    assert statuses[SUSPENDED].status is TaxStatus.SUSPENDED
    assert statuses[CLOSED].status is TaxStatus.CLOSED
    assert statuses[CLOSED].closed_on == "20240131"
    assert statuses[UNKNOWN].status is TaxStatus.UNREGISTERED
    assert answers[UNKNOWN].tax_type.startswith("국세청에 등록되지 않은")


def test_an_already_encoded_key_is_sent_as_is(nts: FakeNts) -> None:
    nts.registry.businesses = {RUNNING: ("01", "")}
    assert RUNNING in _client(nts, key="test%2Bkey%2F%3D%3D").statuses([RUNNING])


@pytest.mark.parametrize(
    ("mode", "reason"),
    [
        ("error", "HTTP 500"),
        ("not_json", "not JSON"),
        ("bad_status", "TOO_LARGE_REQUEST"),
        ("bad_key", "HTTP 401"),
    ],
)
def test_errors_are_unavailable_not_answers(nts: FakeNts, mode: str, reason: str) -> None:
    nts.registry.mode = mode
    with pytest.raises(NtsUnavailableError, match=reason):
        _client(nts).statuses([RUNNING])


def test_a_slow_service_times_out_quickly(nts: FakeNts) -> None:
    nts.registry.mode = "slow"
    start = time.monotonic()
    with pytest.raises(NtsUnavailableError, match=r"Timeout|timed out|URLError"):
        _client(nts, timeout=0.3).statuses([RUNNING])
    assert time.monotonic() - start < 1.2


def test_a_service_that_is_not_there() -> None:
    with socket.socket() as probe:  # a port nothing listens on once closed
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(NtsUnavailableError):
        NtsClient(f"http://127.0.0.1:{port}/status", KEY, timeout=0.5).statuses([RUNNING])
