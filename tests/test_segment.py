from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from newsindex import Article, Paragraph
from newsindex.nlp.segment import MAX_PASSAGE_CHARS, segment


def make(*paragraphs: Paragraph) -> Article:
    return Article("x", "T", dt.date(2025, 1, 1), paragraphs)


def test_one_passage_per_paragraph_with_headings_and_no_empties() -> None:
    segs = segment(make(Paragraph("First."), Paragraph("  "), Paragraph("Second.", "Heading")))
    assert [(s.position, s.heading, s.text) for s in segs] == [
        (0, None, "First."),
        (1, "Heading", "Second."),
    ]


def test_long_paragraph_splits_at_sentence_ends() -> None:
    sentence = "The minister said the talks would resume next week. "
    text = sentence * 400  # ~21,000 characters
    segs = segment(make(Paragraph(text)))
    assert len(segs) > 1
    assert all(len(s.text) <= MAX_PASSAGE_CHARS for s in segs)
    assert all(s.text.endswith("week.") for s in segs)
    assert " ".join(s.text for s in segs) == text.strip()


@given(st.text(min_size=1, max_size=20_000))
def test_splitting_never_loses_text(text: str) -> None:
    segs = segment(make(Paragraph(text)), max_chars=500)
    assert all(len(s.text) <= 500 for s in segs)
    assert "".join("".join(s.text.split()) for s in segs) == "".join(text.split())
