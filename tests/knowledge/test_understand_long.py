"""Long messages: context around the question does not hide it, and two questions in one
message get no guess."""

from knowledge.understand import Kind, load_understanding

U = load_understanding()


def test_the_question_before_the_closing_words_of_a_long_message_is_found() -> None:
    text = (
        "My sister and I make soy candles, reed diffusers and soap bars by hand, we sell them "
        "at weekend flea markets and now want an online store as well. The seal certificate "
        "we have is from last year, is that still fine? Thanks a lot, have a nice day"
    )
    assert U.faq.lookup(text).best is None  # the whole message is too diluted
    got = U.understand(text)
    assert got.kind is Kind.FAQ
    assert got.entry_id == "seal_certificate"


def test_a_long_message_asking_two_different_things_gets_no_confident_answer() -> None:
    text = (
        "We run a small online shop and applied last week. The seal certificate we have is "
        "from last year, is that still fine, and separately, how do we cancel the KCP application"
    )
    got = U.understand(text)
    assert got.kind is not Kind.FAQ
    if got.kind is Kind.CLARIFY:  # "which one first?": both questions are offered
        assert {hit.entry_id for hit in got.clarify} == {"seal_certificate", "cancel_application"}
