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


def layer_violations(root: Path, package: str) -> list[str]:
    """Imports in ``root/package`` that its layer forbids, as "path imports module"."""
    return sorted(
        f"{path.relative_to(root).as_posix()} imports {name}"
        for path in sorted((root / package).rglob("*.py"))
        for name in imported_modules(path)
        if name.split(".")[0] in RULES[package]
    )


@pytest.mark.parametrize("package", sorted(RULES))
def test_package_imports_respect_layers(package: str) -> None:
    assert sorted((ROOT / package).rglob("*.py")), f"no modules found in {package}/"
    assert layer_violations(ROOT, package) == []


def test_the_rule_catches_a_violation(tmp_path: Path) -> None:
    dialogs = tmp_path / "dialogs" / "journey"
    dialogs.mkdir(parents=True)
    (dialogs / "clean.py").write_text("from dialogs.flow import Flow\nfrom . import texts\n")
    (dialogs / "bad.py").write_text(
        "import sqlalchemy.orm\n"
        "def f():\n    from bot.engine import TurnEngine\n"  # nested imports count too
    )
    (tmp_path / "knowledge").mkdir()
    (tmp_path / "knowledge" / "bad.py").write_text("from dialogs.flow import Flow\n")
    assert layer_violations(tmp_path, "dialogs") == [
        "dialogs/journey/bad.py imports bot.engine",
        "dialogs/journey/bad.py imports sqlalchemy.orm",
    ]
    assert layer_violations(tmp_path, "knowledge") == ["knowledge/bad.py imports dialogs.flow"]


# The dialog framework: what every journey runs on. Adding a journey must not change it.
FRAMEWORK = (
    "dialogs/state.py",
    "dialogs/ports.py",
    "dialogs/flow.py",
    "dialogs/router.py",
    "dialogs/effects.py",
    "dialogs/replies.py",
    "dialogs/turns.py",
    "dialogs/choice.py",
    "dialogs/commands.py",
    "dialogs/i18n.py",
    "dialogs/texts.py",
    "dialogs/menu/flow.py",
    "dialogs/menu/texts.py",
)


def journeys(root: Path) -> list[str]:
    """Packages under dialogs/ that plug in as journeys (they have a ``journey.py``)."""
    return sorted(path.parent.name for path in (root / "dialogs").glob("*/journey.py"))


def framework_violations(root: Path) -> list[str]:
    found = [["dialogs", name] for name in journeys(root)]
    return sorted(
        f"{name} imports {module}"
        for name in FRAMEWORK
        if (root / name).exists()
        for module in imported_modules(root / name)
        if module.split(".")[:2] in found
    )


def test_the_framework_imports_no_journey() -> None:
    assert {"contracts", "selection", "business", "applications"} <= set(journeys(ROOT))
    assert framework_violations(ROOT) == []


def test_the_framework_rule_catches_a_violation(tmp_path: Path) -> None:
    (tmp_path / "dialogs" / "orders").mkdir(parents=True)
    (tmp_path / "dialogs" / "orders" / "journey.py").write_text("")
    (tmp_path / "dialogs" / "state.py").write_text("from dialogs.orders.slots import OrderSlots\n")
    (tmp_path / "dialogs" / "ports.py").write_text("from dialogs.i18n import T\n")
    assert framework_violations(tmp_path) == ["dialogs/state.py imports dialogs.orders.slots"]


def test_features_do_not_reach_for_the_composition_root() -> None:
    """bot/app.py wires features together; a feature importing it would wire itself."""
    features = [
        ROOT / "bot" / name for name in ("applications", "business", "contracts", "handoff")
    ]
    violations = [
        f"{path.relative_to(ROOT).as_posix()} imports bot.app"
        for folder in features
        for path in sorted(folder.rglob("*.py"))
        if "bot.app" in imported_modules(path)
    ]
    assert violations == []
