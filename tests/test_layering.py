"""bot -> dialogs -> knowledge, never the other way; the pure layers do no I/O libraries."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN_IN_PURE = ("slack_bolt", "slack_sdk", "sqlalchemy", "pytesseract", "alembic", "psycopg")
RULES = {
    "knowledge": (*FORBIDDEN_IN_PURE, "dialogs", "bot"),
    "dialogs": (*FORBIDDEN_IN_PURE, "bot"),
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("package", sorted(RULES))
def test_package_imports_respect_layers(package: str) -> None:
    files = sorted((ROOT / package).rglob("*.py"))
    assert files, f"no modules found in {package}/"
    violations = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in files
        for name in imported_modules(path)
        if name.split(".")[0] in RULES[package]
    ]
    assert violations == []


def test_the_rule_catches_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("import sqlalchemy.orm\nfrom bot.engine import TurnEngine\n")
    assert imported_modules(bad) == {"sqlalchemy.orm", "bot.engine"}
