"""Issue 15, dlg3 defect 1: a question about a word of the journey is explained wherever the
word stands in it ("근데 혹시 업태가 뭐예요?", "sorry, what is 업태 exactly?"), not only when
the message starts with it; a message that modifies the word or states a value is not."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.app import journeys
from bot.knowledge_port import KnowledgeAdapter
from dialogs.business import texts as business_texts
from dialogs.business.slots import BusinessSlots
from dialogs.contracts import texts as contracts_texts
from dialogs.glossary import Term, asked_about
from dialogs.ports import Ports
from dialogs.router import Dialog, Result
from dialogs.selection import texts as selection_texts
from dialogs.state import ConversationState
from dialogs.turns import Turn
from knowledge.language import Lang
from knowledge.understand import load_understanding

DIALOG = Dialog(journeys())
PORTS = Ports(
    faq=KnowledgeAdapter(load_understanding()), now=lambda: datetime(2026, 1, 5, tzinfo=UTC)
)


def _say(state: ConversationState, text: str) -> Result:
    turn = Turn(event_id="e", conversation_key="k", transport="t", user_id="u", text=text)
    return DIALOG.respond(state, turn, PORTS)


def _term(glossary: tuple[Term, ...], word: str) -> Term:
    return next(t for t in glossary if word in t.words)


def _business_at(step: str, lang: Lang) -> ConversationState:
    state = ConversationState(flow="business", step=step, lang=lang, lang_fixed=True)
    if step != "upload":
        state.put(
            BusinessSlots(
                business_number="1234567891",
                fields={"reg_no": "1234567891", "business_type": "individual"},
                card_confirmed=True,
                upload_id=1,
            )
        )
    return state


ANYWHERE = [
    ("business", "근데 혹시 업태가 뭐예요?", business_texts.GLOSSARY, "업태"),
    ("business", "sorry, what is 업태 exactly?", business_texts.GLOSSARY, "업태"),
    ("business", "what exactly is 업태?", business_texts.GLOSSARY, "업태"),
    ("business", "I'm not sure what 업태 is", business_texts.GLOSSARY, "업태"),
    ("business", "사업자등록증에 나온 업태가 뭐예요?", business_texts.GLOSSARY, "업태"),
    ("business", "죄송한데 서비스 형태가 무슨 뜻이에요?", business_texts.GLOSSARY, "서비스 형태"),
    ("business", "그런데 여기 종목은 뭘 적어요?", business_texts.GLOSSARY, "종목"),
    ("selection", "아 그럼 키인이 뭐예요?", selection_texts.GLOSSARY, "키인"),
    ("selection", "by the way, what does key-in mean?", selection_texts.GLOSSARY, "key-in"),
    ("contracts", "could you explain what a MID is?", contracts_texts.GLOSSARY, "MID"),
    ("contracts", "음 근데 MID가 뭔가요?", contracts_texts.GLOSSARY, "MID"),
]


@pytest.mark.parametrize(("flow", "text", "glossary", "word"), ANYWHERE)
def test_the_word_is_recognised_anywhere_in_the_question(
    flow: str, text: str, glossary: tuple[Term, ...], word: str
) -> None:
    assert asked_about(text, DIALOG.flows[flow].glossary) == _term(glossary, word)


@pytest.mark.parametrize("step", ["upload", "field.biz_type", "field.service_name"])
@pytest.mark.parametrize(
    ("lang", "text"),
    [(Lang.KO, "근데 혹시 업태가 뭐예요?"), (Lang.EN, "sorry, what is 업태 exactly?")],
)
def test_the_step_explains_it_instead_of_the_faq(step: str, lang: Lang, text: str) -> None:
    state = _business_at(step, lang)
    before = BusinessSlots.of(state.model_copy(deep=True)).model_dump()
    result = _say(state, text)
    said = "\n".join(r.fallback() for r in result.replies)
    assert said.startswith(_term(business_texts.GLOSSARY, "업태").says(lang)), said
    assert result.state.step == step
    assert BusinessSlots.of(result.state).model_dump() == before
    assert result.state.misunderstood == 0


@pytest.mark.parametrize(
    ("flow", "text"),
    [
        ("selection", "정기결제 되는 PG사가 뭐예요?"),
        ("selection", "카드 정기결제 되는 PG사가 뭐예요?"),
        ("selection", "그럼 수기결제 가능한 PG가 뭐예요?"),
        ("selection", "우리 쇼핑몰에 맞는 PG사가 뭐예요?"),
        ("selection", "what PG supports subscription?"),
        ("business", "저희 상품이 뭐냐면 옷이에요"),
        ("business", "의류, 잡화 같은 상품"),
        ("business", "저희 업체 업태가 뭐였는지 기억이 안 나는데 어디서 확인해요?"),
    ],
)
def test_a_message_that_only_mentions_the_word_is_not_about_it(flow: str, text: str) -> None:
    assert asked_about(text, DIALOG.flows[flow].glossary) is None
