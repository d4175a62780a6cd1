"""Import and export of the contracts registry as CSV.

An import is all or nothing: every row is checked first, every bad row is reported with its
line number and reasons, and only a file without errors is written, in the caller's
transaction. By default rows are added and a row already in the registry is an error (so a
file imported twice does not double the registry); ``replace`` makes the file the registry.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from bot.contracts.rows import COLUMNS, ContractRow, check_row
from bot.store.tables import Contract

MAX_ROWS = 100_000


@dataclass(frozen=True)
class RowError:
    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


@dataclass
class ImportReport:
    # Good rows with their line numbers.
    rows: list[tuple[int, ContractRow]] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    imported: int = 0
    replaced: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors


def _identity(row: ContractRow) -> tuple[object, ...]:
    return (row.business_number, row.canonical_pg, row.mid, row.contract_date)


def parse(text: str) -> ImportReport:
    """Check a whole file; nothing is written."""
    report = ImportReport()
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""))
    header = [name.strip() for name in next(reader, [])]
    if not any(header):
        report.errors.append(RowError(1, "the file is empty; expected a header line"))
        return report
    if sorted(header) != sorted(COLUMNS):
        report.errors.append(RowError(1, f"the header must be {','.join(COLUMNS)}"))
        return report
    seen: dict[tuple[object, ...], int] = {}
    mids: dict[tuple[str, str], int] = {}
    for cells in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in cells):
            continue  # a blank line, e.g. at the end of a hand-edited file
        if len(report.rows) + len(report.errors) >= MAX_ROWS:
            report.errors.append(RowError(line, f"more than {MAX_ROWS} rows"))
            break
        if len(cells) != len(header):
            found = f"expected {len(header)} fields, found {len(cells)}"
            report.errors.append(RowError(line, found))
            continue
        checked = check_row(dict(zip(header, cells, strict=True)))
        if isinstance(checked, list):
            report.errors += [RowError(line, reason) for reason in checked]
            continue
        first = seen.setdefault(_identity(checked), line)
        if first != line:
            report.errors.append(RowError(line, f"the same contract as line {first}"))
            continue
        if checked.mid is not None:
            owner = mids.setdefault((checked.canonical_pg, checked.mid), line)
            if owner != line:
                report.errors.append(RowError(line, f"mid is already used on line {owner}"))
                continue
        report.rows.append((line, checked))
    if not report.rows and not report.errors:
        report.errors.append(RowError(1, "the file has no contract rows"))
    return report


def import_csv(
    session: Session, text: str, now: datetime, *, replace: bool = False
) -> ImportReport:
    """Check ``text`` and, only if every row is good, write it in ``session``."""
    report = parse(text)
    if not report.ok:
        return report
    if replace:
        report.replaced = len(session.scalars(select(Contract.id)).all())
        session.execute(delete(Contract))
    else:
        existing = {_identity(_as_row(c)) for c in session.scalars(select(Contract))}
        for line, row in report.rows:
            if _identity(row) in existing:
                report.errors.append(RowError(line, "this contract is already in the registry"))
        if report.errors:
            return report
    for _line, row in report.rows:
        session.add(Contract(**row.values(), created_at=now))
    session.flush()
    report.imported = len(report.rows)
    return report


def _as_row(contract: Contract) -> ContractRow:
    return ContractRow(
        business_number=contract.business_number,
        pg=contract.pg,
        methods=tuple(contract.methods),
        status=contract.status,
        mid=contract.mid,
        contract_date=contract.contract_date,
        end_date=contract.end_date,
    )


def export_csv(session: Session) -> str:
    """The registry in the import format, ordered by business number and PG."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    contracts = session.scalars(
        select(Contract).order_by(Contract.business_number, Contract.pg, Contract.id)
    )
    for contract in contracts:
        writer.writerow(_as_row(contract).cells())
    return out.getvalue()
