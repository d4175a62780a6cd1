"""``onboard`` with one poison message: a turn whose text is ``POISON`` kills its process
(SIGKILL, as an out-of-memory kill or a segfault in a C library would), every time it runs.

Bench-only (bench/faults.py ``--poison``): the product has no such hook. Run as
``python -m bench.common.poisoned serve --host ... --port ...``.
"""

from __future__ import annotations

import os
import signal
import sys
from typing import Any

from bot import cli
from bot.engine import TurnEngine

POISON = "POISON-PILL: this message kills the process that handles it"

_run = TurnEngine._run


def _poisoned_run(self: TurnEngine, session: Any, conversation: Any, turn: Any, now: Any) -> Any:
    if turn.text == POISON:
        os.kill(os.getpid(), signal.SIGKILL)
    return _run(self, session, conversation, turn, now)


TurnEngine._run = _poisoned_run  # type: ignore[method-assign]

if __name__ == "__main__":
    sys.exit(cli.main(sys.argv[1:]))
