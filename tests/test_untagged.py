"""Speakers the tagger missed (newsindex.nlp.untagged), through find_speakers."""

from __future__ import annotations

import pytest

from newsindex.nlp.speakers import Person, find_speakers

S = "John Smith"


def test_an_age_between_name_and_cue_does_not_hide_the_surname() -> None:
    paragraphs = ["John Smith met the board on Monday.", "Smith, 82, told reporters he was tired."]
    persons: list[list[Person]] = [[(S, 0, 10)], []]
    assert find_speakers(paragraphs, persons) == [(), (S,)]


def test_a_long_aside_is_no_age() -> None:
    paragraphs = [
        "John Smith met the board on Monday.",
        "Smith, who has sat on the board since its very first meeting, said nothing.",
    ]
    persons: list[list[Person]] = [[(S, 0, 10)], []]
    assert find_speakers(paragraphs, persons)[-1] == ()


@pytest.mark.parametrize(
    "paragraph",
    [
        "“We are tired,” Mr. Kellam, 82, told me.",
        "“We are tired,” Mrs. Kellam said.",
        "“We are tired,” said Dr. Kellam.",
    ],
)
def test_a_surname_after_a_courtesy_title_speaks_unnamed_in_full(paragraph: str) -> None:
    paragraphs = ["John Smith met the board on Monday.", paragraph]
    assert find_speakers(paragraphs, [[(S, 0, 10)], []])[-1] == ("Kellam",)


def test_a_courtesy_title_before_a_possessive_is_no_speaker() -> None:
    paragraphs = [
        "John Smith met the board on Monday.",
        "“We are tired,” Mr. Kellam's lawyer said.",
    ]
    assert find_speakers(paragraphs, [[(S, 0, 10)], []])[-1] == ()
