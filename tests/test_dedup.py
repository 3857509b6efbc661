"""Copy detection: the shortcut for identical texts must agree with the Jaccard test it skips."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsindex.index.copykeys import DUPLICATE_THRESHOLD, identical, jaccard, shingles

WIRE = "Oil prices rose sharply on Monday as OPEC ministers met in Vienna."


def test_identical_texts_are_one_copy() -> None:
    assert identical(WIRE, WIRE)
    assert not identical(WIRE, WIRE.replace("Monday", "Tuesday"))


def test_texts_without_words_are_nobodys_copy() -> None:
    assert not identical("— … —", "— … —")
    assert jaccard(shingles("— … —"), shingles("— … —")) == 0.0


@given(st.text(max_size=80))
def test_identical_implies_the_jaccard_verdict(text: str) -> None:
    copies = jaccard(shingles(text), shingles(text)) >= DUPLICATE_THRESHOLD
    assert identical(text, text) == copies
