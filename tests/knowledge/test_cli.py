import argparse
import json
from pathlib import Path

import pytest

from bot.commands import ask, knowledge_check
from knowledge.catalog import DATA_DIR


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="onboard")
    subparsers = parser.add_subparsers(dest="command", required=True)
    ask.register(subparsers)
    knowledge_check.register(subparsers)
    return parser


def _run(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    return int(args.func(args))


def test_ask_json_in_korean(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(["ask", "신청 취소하고 싶어요", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["entry"] == "cancel_application"
    assert payload["lang"] == "ko"
    assert "취소" in payload["answer"]
    assert isinstance(payload["alternatives"], list)


def test_ask_json_without_a_confident_match(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(["ask", "what's the weather tomorrow?", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["entry"] is None
    assert payload["answer"] is None
    assert len(payload["alternatives"]) <= 3


def test_ask_plain_text_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(["ask", "Which documents does a corporation need?"]) == 0
    assert "corporate" in capsys.readouterr().out


def test_knowledge_check_passes_on_packaged_data(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(["knowledge", "check"]) == 0
    assert "ok" in capsys.readouterr().out


def test_knowledge_check_fails_with_the_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("methods.yaml", "pgs.yaml", "faq.yaml"):
        (tmp_path / name).write_text((DATA_DIR / name).read_text(encoding="utf-8"), "utf-8")
    broken = (tmp_path / "methods.yaml").read_text(encoding="utf-8")
    (tmp_path / "methods.yaml").write_text(
        broken.replace("category: general", "category: crypto", 1), "utf-8"
    )
    assert _run(["knowledge", "check", "--path", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "methods.yaml" in err
    assert "methods[0] 'card'" in err
    assert "category" in err


def test_ask_json_for_a_catalog_answer(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(["ask", "does KCP do subscriptions?", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["kind"] == "catalog"
    assert payload["entry"] == "catalog"
    assert payload["catalog"] == {
        "pg": "kcp",
        "method": None,
        "payment_type": "subscription",
        "mode": None,
        "methods": None,
    }
    assert "NHN KCP" in payload["answer"]


def test_ask_json_for_a_clarifying_question(capsys: pytest.CaptureFixture[str]) -> None:
    # Documents, but for an individual business or a corporation? Ask, don't guess.
    # ("서류 머 내요" was the example until the paraphrases: one of the beneficial owner's,
    # "실제소유자 확인서류 뭐 내요?", now answers it; see docs/performance.md, 2026-12-07.)
    assert _run(["ask", "어떤 서류 내야 돼요", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["kind"] == "clarify"
    assert payload["entry"] is None
    assert payload["answer"] is None
    assert set(payload["clarify"]) == {"docs_individual", "docs_corporate"}
