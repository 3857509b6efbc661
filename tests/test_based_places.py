"""Places that open a word such as "London-based": the tokenizer keeps the word whole, so the
tagger adds the place's mention itself, its offsets on the place alone."""

from __future__ import annotations

import pytest

from newsindex.nlp.ner.tagger import EntityTagger, _add_word_places


def _places(tagger: EntityTagger, text: str) -> list[str]:
    found = [m for m in tagger.mentions(text) if m.kind == "LOC"]
    assert all(text[m.start : m.end] == m.text for m in found)
    return [m.text for m in found]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Shares of the Bermuda-based insurer rose on Tuesday.", "Bermuda"),
        ("A New York-based bank bought the lender for 40 dlrs a share.", "New York"),
        ("The Hong Kong-headquartered group made a loss.", "Hong Kong"),
        ("The Cuba-born pianist played for an hour.", "Cuba"),
    ],
)
def test_a_listed_place_before_based_is_a_place(
    tagger: EntityTagger, text: str, place: str
) -> None:
    assert _places(tagger, text) == [place]


@pytest.mark.parametrize(
    "text",
    [
        "The Swiss-based group sold its unit.",  # a nationality, no place
        "A broadly-based recovery is expected.",
        "The Zorbalite-based glue sold well.",
    ],
)
def test_no_place_where_the_word_names_none(tagger: EntityTagger, text: str) -> None:
    assert _places(tagger, text) == []


def test_a_place_word_inside_a_name_is_left_alone(tagger: EntityTagger) -> None:
    lexicon = tagger.model.lexicon
    found = [("ORG", 0, 3)]  # the firm's own name, not a place opening it
    assert _add_word_places(["Zentrix", "Paris-based", "Holdings"], found, lexicon) == {}
    assert found == [("ORG", 0, 3)]
    # "New" already in another mention: "York" alone is no listed place
    found = [("ORG", 0, 1)]
    assert _add_word_places(["New", "York-based", "bank"], found, lexicon) == {}


def test_the_place_word_ends_the_mention_at_the_place(tagger: EntityTagger) -> None:
    found = [("PER", 4, 6)]
    words = ["a", "Los", "Angeles-based", "actor", "John", "Smith"]
    assert _add_word_places(words, found, tagger.model.lexicon) == {2: len("Angeles")}
    assert found == [("LOC", 1, 3), ("PER", 4, 6)]


def test_a_place_word_opening_a_mention_is_cut_from_it(tagger: EntityTagger) -> None:
    lexicon = tagger.model.lexicon
    found = [("ORG", 1, 4)]  # "Hong Kong-based Zentrix" tagged whole as the firm
    words = ["by", "Hong", "Kong-based", "Zentrix", "Ltd"]
    assert _add_word_places(words, found, lexicon) == {2: len("Kong")}
    assert found == [("LOC", 1, 3), ("ORG", 3, 4)]
    found = [("LOC", 0, 1)]  # the place word alone, tagged whole
    assert _add_word_places(["Ohio-based", "firms"], found, lexicon) == {0: len("Ohio")}
    assert found == [("LOC", 0, 1)]
