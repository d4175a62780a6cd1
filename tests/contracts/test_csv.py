"""The registry's CSV: every bad row reported by line and reason, all rows or none imported."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot import cli
from bot.contracts.csvio import export_csv, import_csv, parse
from bot.seed import seed_demo
from bot.store.db import Database
from bot.store.tables import Contract

NOW = datetime(2026, 11, 2, tzinfo=UTC)
HEADER = "business_number,pg,methods,status,mid,contract_date,end_date\n"
GOOD = (
    HEADER
    + "124-81-00998,kcp,card|vbank,active,IMP_KCP_A1B2C3D4,2023-03-14,\n"
    + "2208162517,html5_inicis,card,in_progress,,,\n"
)


def count(db: Database) -> int:
    with db.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(Contract)) or 0)


def errors_of(text: str) -> list[str]:
    return [str(error) for error in parse(text).errors]


def test_a_good_file_parses() -> None:
    report = parse(GOOD)
    assert report.ok
    assert [line for line, _row in report.rows] == [2, 3]
    assert report.rows[1][1].business_number == "2208162517"


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("124-81-00997,kcp,card,active,M1,,", "check digit does not match"),
        ("124-81-0099,kcp,card,active,M1,,", "has 9 digits, not 10"),
        ("12a-81-00998,kcp,card,active,M1,,", "only digits, hyphens and spaces"),
        (",kcp,card,active,M1,,", "business_number is empty"),
        ("124-81-00998,acme,card,active,M1,,", "pg 'acme' is not a known PG code"),
        ("124-81-00998,kcp,,active,M1,,", "methods is empty"),
        ("124-81-00998,kcp,card|bitcoin,active,M1,,", "method 'bitcoin' is not a known"),
        ("124-81-00998,kcp,card|card,active,M1,,", "lists a method twice"),
        ("124-81-00998,kcp,card,done,M1,,", "status 'done' is not one of"),
        ("124-81-00998,kcp,card,active,=HYPERLINK(1),,", "mid may hold only"),
        ("124-81-00998,kcp,card,active,M1,14.03.2023,", "contract_date '14.03.2023' is not a date"),
        ("124-81-00998,kcp,card,active,M1,2023-02-30,", "is not a date"),
        ("124-81-00998,kcp,card,terminated,M1,2023-03-14,2022-01-01", "end_date is before"),
        ("124-81-00998,kcp,card,active", "expected 7 fields, found 4"),
    ],
)
def test_each_bad_row_is_reported_with_its_line_and_reason(row: str, reason: str) -> None:
    errors = errors_of(GOOD + row + "\n")
    assert len(errors) == 1
    assert errors[0].startswith("line 4: ")
    assert reason in errors[0]


def test_every_bad_row_is_reported_not_just_the_first() -> None:
    text = GOOD + "124-81-00997,kcp,card,active,M1,,\n\n" + "124-81-00998,acme,card,done,M2,,\n"
    errors = errors_of(text)
    assert [e.split(":")[0] for e in errors] == ["line 4", "line 6", "line 6"]


def test_duplicates_inside_the_file() -> None:
    same = GOOD + "124-81-00998,kcp,card,active,IMP_KCP_A1B2C3D4,2023-03-14,\n"
    assert errors_of(same) == ["line 4: the same contract as line 2"]
    # The same MID of the same PG (under another SDK code) for another business.
    reused = GOOD + "220-81-62517,kcp_billing,card,active,IMP_KCP_A1B2C3D4,,\n"
    assert errors_of(reused) == ["line 4: mid is already used on line 2"]


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("", "line 1: the file is empty"),
        ("business_number,pg\n1,2\n", "line 1: the header must be"),
        (HEADER, "line 1: the file has no contract rows"),
    ],
)
def test_files_without_rows(text: str, error: str) -> None:
    assert errors_of(text)[0].startswith(error)


def test_a_header_in_another_order_and_a_bom_are_fine() -> None:
    text = "\ufeffpg,business_number,methods,status,mid,contract_date,end_date\n"
    text += "kcp,124-81-00998,card,active,M1,,\n"
    assert parse(text).ok


def test_import_is_all_or_nothing(db: Database) -> None:
    bad = GOOD + "124-81-00997,kcp,card,active,M1,,\n"
    with db.transaction() as session:
        report = import_csv(session, bad, NOW)
    assert not report.ok
    assert report.imported == 0
    assert count(db) == 0
    with db.transaction() as session:
        assert import_csv(session, GOOD, NOW).imported == 2
    assert count(db) == 2


def test_importing_the_same_file_twice_is_refused_and_replace_replaces(db: Database) -> None:
    with db.transaction() as session:
        import_csv(session, GOOD, NOW)
    with db.transaction() as session:
        again = import_csv(session, GOOD, NOW)
    assert [str(e) for e in again.errors] == [
        "line 2: this contract is already in the registry",
        "line 3: this contract is already in the registry",
    ]
    assert count(db) == 2
    one = HEADER + "220-88-12340,nice_v2,card,terminated,nicepay00m,2021-06-01,2024-05-31\n"
    with db.transaction() as session:
        replaced = import_csv(session, one, NOW, replace=True)
    assert (replaced.imported, replaced.replaced) == (1, 2)
    assert count(db) == 1


def test_export_writes_what_import_reads(db: Database) -> None:
    with db.transaction() as session:
        assert seed_demo(session, NOW) > 0
        exported = export_csv(session)
    assert exported.startswith(HEADER)
    assert "124-81-00998,kcp,card|vbank,active,IMP_KCP_A1B2C3D4,2023-03-14," in exported
    # The demo data obeys the import rules, and a round trip changes nothing.
    with db.transaction() as session:
        report = import_csv(session, exported, NOW, replace=True)
        assert report.ok, report.errors
        assert export_csv(session) == exported


def test_the_commands(
    db: Database,
    db_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("DATABASE_URL", db_url)
    bad = tmp_path / "bad.csv"
    bad.write_text(GOOD + "124-81-00997,kcp,card,active,M1,,\n", encoding="utf-8")
    assert cli.main(["contracts", "import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "bad.csv: line 4: business_number check digit does not match" in err
    assert "nothing imported" in err
    good = tmp_path / "good.csv"
    good.write_text(GOOD, encoding="utf-8")
    assert cli.main(["contracts", "import", str(good)]) == 0
    assert "imported 2 contracts" in capsys.readouterr().out
    assert cli.main(["contracts", "export"]) == 0
    assert capsys.readouterr().out.startswith(HEADER)
    out = tmp_path / "out.csv"
    assert cli.main(["contracts", "export", "--output", str(out)]) == 0
    assert out.read_text(encoding="utf-8").count("\n") == 3
    latin1 = tmp_path / "latin1.csv"
    latin1.write_bytes("business_number\n\xe9".encode("latin-1"))
    assert cli.main(["contracts", "import", str(latin1)]) == 2
    assert cli.main(["contracts", "import", str(tmp_path / "missing.csv")]) == 2
