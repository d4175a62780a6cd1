"""``onboard knowledge check [--path DIR]``: validate the catalog and FAQ data files.
(``onboard knowledge gaps`` lives in ``knowledge_gaps``.)"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.commands import knowledge_gaps
from knowledge.catalog import DATA_DIR, DataError, load_catalog_from
from knowledge.faq import load_faq_from


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    knowledge = subparsers.add_parser("knowledge", help="the knowledge base (catalog, FAQ)")
    actions = knowledge.add_subparsers(dest="knowledge_action", required=True)
    check = actions.add_parser("check", help="validate all knowledge data files")
    check.add_argument(
        "--path", type=Path, default=DATA_DIR, help="data directory (default: the packaged one)"
    )
    check.set_defaults(func=run)
    knowledge_gaps.add_to(actions)


def run(args: argparse.Namespace) -> int:
    path: Path = args.path
    try:
        catalog = load_catalog_from(path)
        faq = load_faq_from(path)
    except DataError as exc:
        print(f"knowledge check failed / 데이터 검사 실패: {exc}", file=sys.stderr)
        return 1
    print(
        f"ok / 정상: {len(catalog.methods)} methods, {len(catalog.pgs)} PGs, "
        f"{len(faq.entries)} FAQ entries in {path}"
    )
    return 0
