"""``onboard ask "QUESTION" [--json]``: answer a question from the FAQ, in its language."""

from __future__ import annotations

import argparse
import json
from typing import Any

from knowledge.faq import FaqHit, load_faq
from knowledge.language import Lang

_NO_ANSWER = {
    Lang.KO: "확실한 답을 찾지 못했어요.",
    Lang.EN: "I could not find a confident answer.",
}
_SEE_ALSO = {Lang.KO: "비슷한 질문:", Lang.EN: "Related questions:"}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("ask", help="answer a question from the FAQ (ko/en)")
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


def run(args: argparse.Namespace) -> int:
    result = load_faq().lookup(args.question)
    if args.json:
        best = result.best
        payload = {
            "lang": result.lang.value,
            "entry": best.entry_id if best else None,
            "score": best.score if best else None,
            "question": best.question if best else None,
            "answer": best.answer if best else None,
            "alternatives": [_hit_json(hit) for hit in result.alternatives],
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    if result.best:
        print(result.best.answer)
    else:
        print(_NO_ANSWER[result.lang])
    if result.alternatives:
        print()
        print(_SEE_ALSO[result.lang])
        for hit in result.alternatives:
            print(f"- {hit.question}")
    return 0
