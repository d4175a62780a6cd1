"""Transcripts of what tripped merchants in selection (issue 16), each failing before its fix."""

from __future__ import annotations

from dialogs.replies import ChoicesReply, MultiSelectReply
from knowledge.language import Lang
from tests.selection.talk import Talk


def at_types(lang: Lang = Lang.KO) -> Talk:
    talk = Talk(lang=lang)
    talk.start()
    talk.say("카드랑 카카오페이")
    talk.choose("sel:done")
    assert talk.step == "types"
    return talk


def test_every_option_of_the_types_question_has_its_own_number() -> None:
    """Defect 3: "1. [ ] 네이버페이 정기결제" and "1. 일반결제만" shared a number."""
    talk = at_types()
    shown = talk.say("뒤로") and talk.choose("sel:done")
    numbered = [line for line in shown.splitlines() if line.strip().startswith("1.")]
    assert len(numbered) == 1, shown
    question = talk.reply(MultiSelectReply)
    assert not any(isinstance(r, ChoicesReply) for r in talk.replies)
    general_only = [i for i, o in enumerate(question.options, 1) if "일반결제만" in o.label]
    assert general_only == [len(question.options)]
    talk.say(str(general_only[0]))
    assert talk.types("card") == [] and talk.step == "pgs"


def test_none_and_done_answer_the_types_question() -> None:
    """Defect 3: "없음" and "선택완료" were not understood at the types question."""
    for answer in ("없음", "선택완료", "없어요"):
        talk = at_types()
        said = talk.say(answer)
        assert talk.step == "pgs", (answer, said)
        assert talk.types("card") == []
    talk = at_types(Lang.EN)
    talk.say("1")
    assert talk.types("card") == ["subscription"]
    talk.choose("sel:edit_types")
    talk.say("done")
    assert talk.types("card") == ["subscription"]
    assert talk.step != "types"


def test_a_vague_pg_name_offers_only_pgs_that_take_the_method() -> None:
    """Defect 10: "toss" offered 토스페이 and 토스페이먼츠 브랜드페이 for a card, which they
    don't take."""
    talk = Talk(lang=Lang.EN)
    talk.start()
    talk.say("card")
    talk.choose("sel:done")
    talk.choose("sel:types:")
    said = talk.say("toss")
    assert "Toss Payments" in said
    assert "Toss Pay\n" not in said + "\n" and "Brand" not in said, said
    talk.say("yes")
    assert talk.chosen == {"card": "tosspayments"}
