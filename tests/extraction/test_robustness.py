"""extract_article never raises and stays linear in the size of its input."""

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from statements.extraction import extract_article

MARKS = st.sampled_from(list("\"“”‘’'«»„\n ") + ["''", "said", "He said", "President Ana Lee", ", a spokesman,"])


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_arbitrary_unicode_never_raises(text):
    article = extract_article(text, "any.txt")
    for q in article.quotes:
        assert article.body[q.start : q.end] == q.text


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(MARKS, st.text(max_size=8)), max_size=80).map("".join))
def test_unbalanced_quote_marks_never_raise(text):
    article = extract_article(text, "marks.txt")
    names = {p.name for p in article.people}
    for q in article.quotes:
        assert article.body[q.start : q.end] == q.text
        assert q.speaker is None or q.speaker in names


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x1F), max_size=300))
def test_control_characters_never_raise(text):
    extract_article(text, "control.txt")


def test_no_paragraphs_and_empty_input():
    for text in ["", " ", "\n\n\n", "“", "”", "''", "Title only"]:
        extract_article(text, "tiny.txt")


SAMPLE = (
    "President Ana Lee met Prime Minister Omar Diallo on Monday. “We agree on the next steps,” Lee said. "
    "Diallo said the talks were “useful” and added: “We will meet again in May.” "
    "‘Progress’ was the word of the day, aides said, as the “so-called Blue Plan” waited. "
)


def _timed(text):
    start = time.perf_counter()
    extract_article(text, "big.txt")
    return time.perf_counter() - start


def test_five_megabytes_in_paragraphs_finishes_quickly():
    text = "Title\n\n" + "\n\n".join([SAMPLE] * (5_000_000 // len(SAMPLE)))
    assert _timed(text) < 30


def test_one_giant_paragraph_finishes_quickly():
    text = "Title\n" + SAMPLE * (5_000_000 // len(SAMPLE))
    assert _timed(text) < 30


def test_unclosed_marks_everywhere_finish_quickly():
    text = "Title\n" + ("“open ‘single and ''doubled " * 100_000)
    assert _timed(text) < 30
