"""``onboard ask "QUESTION" [--json]``: answer a question from the catalog or the FAQ, in its
language, the way the chat would (a clarifying question when two entries are close)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from dialogs.answers.catalog import option_label, render
from knowledge import catalog_query
from knowledge.faq import FaqHit
from knowledge.language import Lang
from knowledge.understand import Kind, Understood, load_understanding

_NO_ANSWER = {
    Lang.KO: "확실한 답을 찾지 못했어요.",
    Lang.EN: "I could not find a confident answer.",
}
_SEE_ALSO = {Lang.KO: "비슷한 질문:", Lang.EN: "Related questions:"}
_DID_YOU_MEAN = {Lang.KO: "어떤 내용을 물어보신 건가요?", Lang.EN: "Which of these did you mean?"}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("ask", help="answer a question from the catalog or FAQ")
    parser.add_argument("question", help="the question, in Korean or English")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.set_defaults(func=run)


def _hit_json(hit: FaqHit) -> dict[str, Any]:
    return {
        "entry": hit.entry_id,
        "score": hit.score,
        "topic": hit.topic,
        "question": hit.question,
        "answer": hit.answer,
    }


def answer_text(understood: Understood) -> str | None:
    if understood.kind is Kind.CATALOG and understood.catalog is not None:
        return render(understood.catalog, understood.lang)
    return understood.best.answer if understood.best is not None else None


def payload(question: str) -> dict[str, Any]:
    """What ``--json`` prints (bench/knowledge.py scores exactly this)."""
    understood = load_understanding().understand(question)
    best = understood.best
    result: dict[str, Any] = {
        "lang": understood.lang.value,
        "kind": understood.kind.value,
        "entry": understood.entry_id,
        "score": best.score if best else None,
        "question": best.question if best else None,
        "answer": answer_text(understood),
        "alternatives": [_hit_json(hit) for hit in understood.alternatives],
    }
    if understood.kind is Kind.CATALOG and understood.catalog is not None:
        result["catalog"] = understood.catalog.query.slots()
    if understood.kind is Kind.CLARIFY:
        result["clarify"] = [hit.entry_id for hit in understood.clarify] + [
            catalog_query.encode(facts.query) for facts in understood.catalog_options
        ]
    return result


def run(args: argparse.Namespace) -> int:
    if args.json:
        print(json.dumps(payload(args.question), ensure_ascii=False, indent=2))
        return 0
    understood = load_understanding().understand(args.question)
    lang = understood.lang
    text = answer_text(understood)
    if text is not None:
        print(text)
    elif understood.kind is Kind.CLARIFY:
        print(_DID_YOU_MEAN[lang])
        for hit in understood.clarify:
            print(f"- {hit.question}")
        for facts in understood.catalog_options:
            print(f"- {option_label(facts.query, lang)}")
        return 0
    else:
        print(_NO_ANSWER[lang])
    if understood.alternatives and understood.kind is not Kind.CATALOG:
        print()
        print(_SEE_ALSO[lang])
        for hit in understood.alternatives:
            print(f"- {hit.question}")
    return 0
