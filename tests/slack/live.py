"""A real uvicorn on 127.0.0.1 (an ephemeral port) serving the app, in a thread."""

from __future__ import annotations

import threading
from typing import Any

import uvicorn

# A hang guard for start-up, not a timing assertion.
START_TIMEOUT = 30.0


class LiveServer:
    def __init__(self, app: Any) -> None:
        config = uvicorn.Config(app, host="127.0.0.1", port=0, log_config=None, lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        started = threading.Event()

        def wait() -> None:
            while not self.server.started and self.thread.is_alive():
                started.wait(0.01)
            started.set()

        waiter = threading.Thread(target=wait, daemon=True)
        waiter.start()
        waiter.join(START_TIMEOUT)
        if not self.server.started:
            raise RuntimeError("uvicorn did not start")
        port = self.server.servers[0].sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"

    def close(self) -> None:
        self.server.should_exit = True
        self.thread.join(START_TIMEOUT)
