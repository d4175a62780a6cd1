"""`onboard ocr FILE... [--json]`: read business registration certificates from the shell."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from bot.ocr import CertificateRejected, read_certificate
from bot.ocr.reading import CertificateKind, CertificateReading, expected_fields


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "ocr",
        help="read 사업자등록증 images or PDFs",
        description="Read business registration certificates (PNG, JPEG, TIFF, PDF).",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", type=Path)
    parser.add_argument(
        "--json", action="store_true", help="print a JSON list, one object per file"
    )
    parser.set_defaults(func=run)


def _read(path: Path) -> dict[str, Any]:
    out: dict[str, Any] = {"file": str(path)}
    try:
        data = path.read_bytes()
    except OSError as exc:
        out["error"] = {"code": "unreadable", "message": f"cannot open: {exc.strerror}"}
        return out
    try:
        reading = read_certificate(data, path.name)
    except CertificateRejected as exc:
        out["error"] = {
            "code": str(exc.code),
            "message": exc.message_en,
            "message_ko": exc.message_ko,
        }
        return out
    out.update(_reading_dict(reading))
    return out


def _reading_dict(reading: CertificateReading) -> dict[str, Any]:
    return {
        "kind": str(reading.kind),
        "taxpayer_type": str(reading.taxpayer_type) if reading.taxpayer_type else None,
        "fields": {name: f.to_json_dict(name) for name, f in reading.fields.items()},
        "missing": list(reading.missing),
        "source": str(reading.source),
        "page": reading.page,
        "seconds": round(reading.seconds, 3),
    }


def _table(result: dict[str, Any]) -> str:
    lines = [f"== {result['file']}"]
    if "error" in result:
        error = result["error"]
        lines.append(f"   refused ({error['code']}): {error['message']}")
        if "message_ko" in error:
            lines.append(f"   {error['message_ko']}")
        return "\n".join(lines)
    kind = result["kind"] + (f" ({result['taxpayer_type']})" if result["taxpayer_type"] else "")
    lines.append(f"   kind: {kind}   {result['source']}   {result['seconds']:.2f}s")
    fields: dict[str, dict[str, Any]] = result["fields"]
    for name in expected_fields(CertificateKind(result["kind"])):
        if name not in fields:
            lines.append(f"   {name:<15} {'-':>5}  (not read)")
            continue
        f = fields[name]
        marks = ", ".join(f.get("flags", []))
        if not f["sure"] and not marks:
            marks = "check"
        suffix = f"  [{marks}]" if marks else ""
        lines.append(f"   {name:<15} {f['confidence']:>5.2f}  {f['value']}{suffix}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Exit status 0 when every file was read, 1 when any was refused."""
    results = [_read(Path(p)) for p in args.files]
    if args.json:
        json.dump(results, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        print("\n".join(_table(r) for r in results))
    return 1 if any("error" in r for r in results) else 0
