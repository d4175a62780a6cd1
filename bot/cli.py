"""``onboard``: the command line. Each command lives in ``bot/commands``."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from bot import logs
from bot.config import Settings

# Command modules in ``bot/commands``, each with ``register(subparsers)``.
COMMANDS = (
    "chat",
    "db",
    "worker",
    "ask",
    "knowledge_check",
    "ocr",
    "contracts",
    "status",
    "subscribe",
    "serve",
    "transcript",
    "erase",
    "report",
    "prune",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="onboard", description="Onboard: the online payment application assistant."
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        module = importlib.import_module(f"bot.commands.{name}")
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        settings = Settings()
    except ValueError as exc:
        print(f"onboard: configuration error: {exc}", file=sys.stderr)
        return 2
    logs.configure(settings.log_level)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
