"""``onboard contracts import FILE.csv [--replace]`` and ``onboard contracts export [--output]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.clock import utcnow
from bot.config import Settings
from bot.contracts.csvio import export_csv, import_csv
from bot.store.db import Database


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("contracts", help="the registry of existing PG contracts")
    actions = parser.add_subparsers(dest="contracts_action", required=True)
    imp = actions.add_parser(
        "import", help="check a CSV file and import it, all rows or none", description=_FORMAT
    )
    imp.add_argument("file", type=Path, help="CSV file (UTF-8, header line first)")
    imp.add_argument(
        "--replace", action="store_true", help="replace the whole registry with the file"
    )
    imp.set_defaults(func=run_import)
    exp = actions.add_parser("export", help="write the registry as CSV", description=_FORMAT)
    exp.add_argument("--output", "-o", type=Path, help="file to write (default: stdout)")
    exp.set_defaults(func=run_export)


_FORMAT = (
    "Columns: business_number,pg,methods,status,mid,contract_date,end_date. "
    "methods are separated by '|'; status is in_progress, active or terminated; "
    "dates are YYYY-MM-DD; mid and the dates may be empty."
)


def run_import(args: argparse.Namespace) -> int:
    try:
        text = args.file.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        print(f"onboard: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
        return 2
    except UnicodeDecodeError:
        print(f"onboard: {args.file} is not UTF-8 text", file=sys.stderr)
        return 2
    db = Database(Settings().effective_database_url)
    try:
        with db.transaction() as session:
            report = import_csv(session, text, utcnow(), replace=args.replace)
    finally:
        db.dispose()
    if not report.ok:
        for error in report.errors:
            print(f"{args.file}: {error}", file=sys.stderr)
        print(f"nothing imported: {len(report.errors)} error(s)", file=sys.stderr)
        return 1
    replaced = f" (replacing {report.replaced})" if args.replace else ""
    print(f"imported {report.imported} contracts{replaced}")
    return 0


def run_export(args: argparse.Namespace) -> int:
    db = Database(Settings().effective_database_url)
    try:
        with db.transaction() as session:
            text = export_csv(session)
    finally:
        db.dispose()
    if args.output is None:
        sys.stdout.write(text)
        return 0
    args.output.write_text(text, encoding="utf-8")
    rows = text.count("\n") - 1
    print(f"exported {rows} contracts to {args.output}", file=sys.stderr)
    return 0
