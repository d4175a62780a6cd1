"""Extra phrasings per FAQ entry (knowledge/data/paraphrases/*.yaml): loaded, validated, and
used by retrieval as the entry's questions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from knowledge.catalog import DATA_DIR, DataError
from knowledge.faq import load_faq, load_faq_from, load_paraphrases

# A two-entry FAQ: enough for one entry to win a question only through its paraphrases.
_FAQ: dict[str, Any] = {
    "concepts": [
        {"id": "settlement", "terms": ["정산", "settlement", "payout"]},
        {"id": "cancel", "terms": ["취소", "cancel"]},
    ],
    "entries": [
        {
            "id": "settlement_cycle",
            "topic": "settlement",
            "questions": {
                "ko": ["정산 주기가 어떻게 되나요?"],
                "en": ["What is the settlement cycle?"],
            },
            "answer": {"ko": "정산은 PG사 계약에 따릅니다.", "en": "It follows the PG contract."},
        },
        {
            "id": "cancel_application",
            "topic": "application",
            "questions": {
                "ko": ["신청을 취소하고 싶어요"],
                "en": ["How do I cancel my application?"],
            },
            "answer": {"ko": "취소 버튼을 누르세요.", "en": "Press the cancel button."},
        },
    ],
}


def _write(folder: Path, name: str, data: Any) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    _write(tmp_path, "faq.yaml", _FAQ)
    return tmp_path


def test_no_folder_means_no_paraphrases(data_dir: Path) -> None:
    assert load_paraphrases(data_dir / "paraphrases", {"settlement_cycle"}) == {}
    assert len(load_faq_from(data_dir).entries) == 2


def test_files_are_merged_per_entry_in_name_order(data_dir: Path) -> None:
    folder = data_dir / "paraphrases"
    _write(folder, "part_b.yaml", {"entries": {"settlement_cycle": {"en": ["when is payday"]}}})
    _write(
        folder,
        "part_a.yaml",
        {"entries": {"settlement_cycle": {"ko": ["돈 언제 들어와요"], "en": ["when is payday"]}}},
    )
    _write(folder, "notes.txt", "not read")
    found = load_paraphrases(folder, {"settlement_cycle", "cancel_application"})
    # part_a before part_b; the repeated phrasing is kept once.
    assert found == {"settlement_cycle": ("돈 언제 들어와요", "when is payday")}


def test_unknown_entry_id_is_a_load_error(data_dir: Path) -> None:
    _write(data_dir / "paraphrases", "part_a.yaml", {"entries": {"settlment_cycle": {"ko": ["x"]}}})
    with pytest.raises(DataError) as info:
        load_faq_from(data_dir)
    assert info.value.file == "paraphrases/part_a.yaml"
    assert info.value.entry == "settlment_cycle"
    assert "unknown FAQ entry id" in info.value.message


@pytest.mark.parametrize(
    ("content", "entry", "field"),
    [
        # a language that is not one
        ({"entries": {"settlement_cycle": {"kr": ["x"]}}}, "settlement_cycle", "kr"),
        # an empty phrasing
        ({"entries": {"settlement_cycle": {"ko": [""]}}}, "settlement_cycle", "ko.0"),
        # one string instead of a list
        ({"entries": {"settlement_cycle": {"ko": "one string"}}}, "settlement_cycle", "ko"),
        ({"entry": {}}, None, "entries"),  # misspelt top-level key
        ({"entries": []}, None, "entries"),  # a list instead of a mapping
    ],
)
def test_malformed_file_names_file_entry_and_field(
    data_dir: Path, content: Any, entry: str | None, field: str
) -> None:
    _write(data_dir / "paraphrases", "part_b.yaml", content)
    with pytest.raises(DataError) as info:
        load_faq_from(data_dir)
    assert info.value.file == "paraphrases/part_b.yaml"
    assert (info.value.entry, info.value.field) == (entry, field)


def test_invalid_yaml_names_the_file(data_dir: Path) -> None:
    folder = data_dir / "paraphrases"
    folder.mkdir()
    (folder / "part_a.yaml").write_text("entries: [unclosed", "utf-8")
    with pytest.raises(DataError) as info:
        load_faq_from(data_dir)
    assert info.value.file == "paraphrases/part_a.yaml"


def test_paraphrases_are_questions_of_their_entry(data_dir: Path) -> None:
    """A merchant's wording that shares no word with the entry's own questions is found
    through a paraphrase that has it."""
    question = "입금은 며칠 뒤에 돼요"
    without = load_faq_from(data_dir).rank(question)
    assert without is not None
    assert without[0][0][0] < 0.2  # nothing in the FAQ speaks of 입금
    _write(
        data_dir / "paraphrases",
        "part_a.yaml",
        {"entries": {"settlement_cycle": {"ko": ["입금은 며칠 뒤에 되나요?"]}}},
    )
    faq = load_faq_from(data_dir)
    found = faq.rank(question)
    assert found is not None
    (score, index), *_ = found[0]
    assert faq.entries[index].id == "settlement_cycle"
    assert score > 0.5
    # The canonical question shown with an answer stays the FAQ author's.
    assert faq.entries[index].question(faq.lookup(question).lang) == "정산 주기가 어떻게 되나요?"


def test_packaged_data_loads_with_its_paraphrases() -> None:
    """Whatever files the package ships, they name real entries (load_faq would raise)."""
    folder = DATA_DIR / "paraphrases"
    ids = {entry.id for entry in load_faq().entries}
    assert set(load_paraphrases(folder, ids)) <= ids


def _bare(text: str) -> str:
    """A question without case, spacing or punctuation: a pasted line is found however it
    was re-spaced."""
    return "".join(ch for ch in text.lower() if ch.isalnum())


def _development_questions() -> list[str]:
    """Every question of the development sets the bench scores (never the frozen blind set)."""
    from bench.knowledge_devsets import DEV_SETS

    found: list[str] = []
    for _name, path, _topics in DEV_SETS:
        assert "blind12" not in str(path)
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        items = raw["questions"] if isinstance(raw, dict) else raw
        found += [str(item["q"]) for item in items]
    return found


# Development-set questions equal to a FAQ question or a paraphrase when this check was added
# (know12, 2026-12-07): short ones ("What is a MID?", "가입비 있어요?") that a set and the FAQ
# or an earlier paraphrase file wrote the same way. They predate the check; a new one fails it.
# 45 since blind set 6 joined the development sets (session 8): four of its short questions had
# been written the same way, blind, by the FAQ and its set's writer independently.
# 46 since blind set 7 joined (session 9): "how many digits is a korean business registration
# number", written the same way by an earlier paraphrase file and the set's writer.
# 50 since blind set 8 joined (session 10): "바로오픈", "보증보험", "When does Danal issue the
# MID?" and "how long does the card company review take", written blind the same way.
# 53 since blind set 9 joined (session 11): "법인카드로 수기결제 하면 생년월일 대신 뭐 넣어요?",
# "How long does the card company review take?" and "이전 단계로 돌아가고 싶어요", written the
# same way by the set's writer and by FAQ / paraphrase writers who never saw the set.
# 63 since blind set 10 joined (session 12): ten short ones ("fees", "수수료?", "Until when can I
# cancel?", "How do I apply for online payments?", "I want to cancel my application" …) that the
# FAQ / paraphrase files already held; no writer of either saw the set (it ran aggregate-only).
# 69 since blind set 11 joined (session 13): six short ones ("how long does the card company review
# take", "사업자 없음", "how long can the request memo be" …) written the same way by the set's
# writer and by FAQ / paraphrase writers who never saw it (it ran aggregate-only, twice).
_KNOWN_OVERLAP = 69


def test_no_phrasing_is_pasted_from_a_development_set() -> None:
    """FAQ questions and paraphrases are written, not pasted from a question set the bench
    scores (issue 15): a set's line copied in would score itself."""
    faq = load_faq()
    ids = {e.id for e in faq.entries}
    ours = {_bare(q) for e in faq.entries for q in (*e.questions.ko, *e.questions.en)}
    ours |= {
        _bare(q) for qs in load_paraphrases(DATA_DIR / "paraphrases", ids).values() for q in qs
    }
    pasted = [q for q in _development_questions() if _bare(q) in ours]
    assert len(pasted) <= _KNOWN_OVERLAP, pasted
