"""A local stand-in for the public data portal's NTS business status API, speaking its
documented request and response shapes, and failing on demand (HTTP 500, a body that is not
JSON, a status_code other than OK, an unknown key, a reply slower than the client waits)."""

from __future__ import annotations

import contextlib
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

UNREGISTERED = "국세청에 등록되지 않은 사업자등록번호입니다."
STATES = {"01": "계속사업자", "02": "휴업자", "03": "폐업자"}
TAX_TYPES = {"01": "부가가치세 일반과세자", "02": "부가가치세 간이과세자"}
KEY = "test+key/=="  # a "Decoding" key: characters that must be escaped in the query


@dataclass
class Registry:
    # b_no -> (b_stt_cd, end_dt)
    businesses: dict[str, tuple[str, str]] = field(default_factory=dict)
    mode: str = "ok"  # ok, error, not_json, bad_status, bad_key, slow
    slow_seconds: float = 1.5
    requests: list[dict[str, Any]] = field(default_factory=list)

    def answer(self, number: str) -> dict[str, Any]:
        if number not in self.businesses:
            return {
                "b_no": number,
                "b_stt": "",
                "b_stt_cd": "",
                "tax_type": UNREGISTERED,
                "tax_type_cd": "",
                "end_dt": "",
                "utcc_yn": "",
                "tax_type_change_dt": "",
                "invoice_apply_dt": "",
                "rbf_tax_type": "",
                "rbf_tax_type_cd": "",
            }
        code, end = self.businesses[number]
        return {
            "b_no": number,
            "b_stt": STATES[code],
            "b_stt_cd": code,
            "tax_type": TAX_TYPES["01"] + "입니다.",
            "tax_type_cd": "01",
            "end_dt": end,
            "utcc_yn": "N",
            "tax_type_change_dt": "",
            "invoice_apply_dt": "",
            "rbf_tax_type": "해당없음",
            "rbf_tax_type_cd": "99",
        }


class FakeNts:
    def __init__(self) -> None:
        self.registry = Registry()
        registry = self.registry

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                return

            def do_POST(self) -> None:
                url = urlparse(self.path)
                length = int(self.headers.get("Content-Length", "0"))
                raw = self.rfile.read(length)
                query = parse_qs(url.query)
                registry.requests.append(
                    {"path": url.path, "query": query, "body": raw, "raw_query": url.query}
                )
                if registry.mode == "slow":
                    time.sleep(registry.slow_seconds)
                if registry.mode == "error":
                    self._send(500, b"Internal Server Error", "text/plain")
                    return
                if registry.mode == "not_json":
                    self._send(200, b"<html>maintenance</html>", "text/html")
                    return
                if registry.mode == "bad_key" or query.get("serviceKey") != [KEY]:
                    body = {"code": -4, "msg": "등록되지 않은 인증키 입니다."}
                    self._json(401, body)
                    return
                try:
                    numbers = json.loads(raw)["b_no"]
                except (ValueError, KeyError):
                    self._json(400, {"status_code": "BAD_JSON_REQUEST"})
                    return
                if registry.mode == "bad_status" or len(numbers) > 100:
                    self._json(200, {"status_code": "TOO_LARGE_REQUEST"})
                    return
                data = [registry.answer(n) for n in numbers]
                matched = sum(1 for d in data if d["b_stt_cd"])
                self._json(
                    200,
                    {
                        "status_code": "OK",
                        "request_cnt": len(numbers),
                        "match_cnt": matched,
                        "data": data,
                    },
                )

            def _json(self, status: int, body: dict[str, Any]) -> None:
                self._send(
                    status, json.dumps(body, ensure_ascii=False).encode(), "application/json"
                )

            def _send(self, status: int, body: bytes, kind: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                # The client may have given up waiting (the slow mode).
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/api/nts-businessman/v1/status"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
