"""Request limits benchmark: what an unsigned oversized request costs ``onboard serve``.

    .venv/bin/python bench/limits.py [--slack-mb 50] [--webhook-mb 300]

Starts ``onboard serve`` on 127.0.0.1 (SQLite, the fake Slack Web API), then sends, over raw
sockets as an attacker would: an unsigned POST to /slack/events announcing ``--slack-mb`` MB
(Content-Length), an unsigned chunked POST of ``--webhook-mb`` MB to /webhooks/status, and
both at once while /healthz is polled. Prints the time to each answer, the serve process's
peak resident memory (VmHWM) before and after, the slowest /healthz meanwhile, and how much
the server's log grew. (The issue measured 20 s, 129 -> 540 MB and a 52 MB log line for the
first; 726 MB for the second; /healthz blocked 31 s with two at once.)
"""

from __future__ import annotations

import argparse
import socket
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx

from bench.common import server
from tests.slack.fake_slack import FakeSlack

CHUNK = 256 * 1024


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def attack(url: str, path: str, megabytes: int, *, chunked: bool) -> tuple[int, float]:
    """(status, seconds to the answer) of an unsigned POST of ``megabytes`` MB."""
    host, port = url.removeprefix("http://").split(":")
    total = megabytes * 1024 * 1024
    started = time.monotonic()
    with socket.create_connection((host, int(port)), 60) as sock:
        length = "Transfer-Encoding: chunked" if chunked else f"Content-Length: {total}"
        head = f"POST {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
        sock.sendall(f"{head}{length}\r\n\r\n".encode())
        sent, block = 0, b"x" * CHUNK
        try:
            while sent < total:
                frame = f"{CHUNK:x}\r\n".encode() + block + b"\r\n" if chunked else block
                sock.sendall(frame)
                sent += CHUNK
            if chunked:
                sock.sendall(b"0\r\n\r\n")
        except OSError:
            pass  # answered and closed before the body ended
        answer = sock.recv(4096)
    return int(answer.split(b" ", 2)[1]), time.monotonic() - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--slack-mb", type=int, default=50)
    parser.add_argument("--webhook-mb", type=int, default=300)
    args = parser.parse_args()
    fake = FakeSlack()
    with (
        server.workdir("onboard-limits-") as work,
        server.scratch_database("sqlite", work) as url,
    ):
        env = server.serve_env(url, fake.api_url, ["C0SUPPORT"], work)
        env["ONBOARD_WEBHOOK_SECRET"] = "bench-secret"  # noqa: S105 - a bench key
        env["ONBOARD_LOG_LEVEL"] = "INFO"
        server.migrate(env)
        log = work / "serve.log"
        serve = server.onboard_serve(env, log)
        serve.start()
        assert serve.proc is not None
        pid = serve.proc.pid
        try:
            before = peak_rss_mb(pid)
            log_before = log.stat().st_size
            status, seconds = attack(serve.url, "/slack/events", args.slack_mb, chunked=False)
            print(f"/slack/events, {args.slack_mb} MB declared: {status} in {seconds:.3f} s")
            status, seconds = attack(serve.url, "/webhooks/status", args.webhook_mb, chunked=True)
            print(f"/webhooks/status, {args.webhook_mb} MB chunked: {status} in {seconds:.3f} s")
            slowest = 0.0
            done = threading.Event()

            def poll() -> None:
                nonlocal slowest
                while not done.is_set():
                    t = time.monotonic()
                    httpx.get(serve.url + "/healthz", timeout=60)
                    slowest = max(slowest, time.monotonic() - t)
                    time.sleep(0.05)

            poller = threading.Thread(target=poll)
            poller.start()
            both = [
                threading.Thread(
                    target=attack,
                    args=(serve.url, "/slack/events", args.slack_mb),
                    kwargs={"chunked": True},
                ),
                threading.Thread(
                    target=attack,
                    args=(serve.url, "/webhooks/status", args.webhook_mb),
                    kwargs={"chunked": True},
                ),
            ]
            started = time.monotonic()
            for thread in both:
                thread.start()
            for thread in both:
                thread.join()
            print(f"both at once, chunked: answered in {time.monotonic() - started:.3f} s")
            done.set()
            poller.join()
            print(f"slowest /healthz meanwhile: {slowest * 1000:.0f} ms")
            print(f"serve peak RSS: {before:.0f} MB before, {peak_rss_mb(pid):.0f} MB after")
            print(f"serve log grew by {log.stat().st_size - log_before} bytes")
        finally:
            serve.stop()
            fake.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
