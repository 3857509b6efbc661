"""The rules that part a person's title from the name next to it
(:mod:`newsindex.nlp.ner.rules.titles`), given the labels the model got wrong."""

from __future__ import annotations

import pytest
from support import rules_applied

from newsindex.nlp.ner.model import WordClasses

LEXICON = WordClasses(
    gazetteer={
        "Kuwait": "country",
        "UK": "country",
        "Kuwaiti": "nationality",
        "Harlow": "city",
        "Tessa": "first",
    },
    types={"Raja": "ORG", "Corp": "ORG"},
    text_cap={
        "coastal": "m",
        "planning": "m",
        "fisheries": "c",
        "tourism": "l",
        "harwell": "C",
        "uk": "c",
    },
)


def repaired(sentence: str, labels: str) -> set[tuple[str, str]]:
    return rules_applied(sentence, labels, LEXICON)


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        # Any title head ending a body's name right before a person's is the person's title,
        # also one that is no title alone ("Justice", "Deputy", "Secretary-Treasurer").
        (
            "Harwell Court Justice Ada Brisk said",
            "B-ORG I-ORG I-ORG B-PER I-PER O",
            {("ORG", "Harwell Court"), ("PER", "Ada Brisk")},
        ),
        (
            "Harwell Workers Secretary-Treasurer Ada Brisk said",
            "B-ORG I-ORG I-ORG B-PER I-PER O",
            {("ORG", "Harwell Workers"), ("PER", "Ada Brisk")},
        ),
        # Common words before "Minister" or "Secretary" name a portfolio, no body, listed
        # portfolio or not; so do those joined by "and", the model's name ending before it.
        (
            "Coastal Planning Minister Ada Brisk said",
            "B-ORG I-ORG O B-PER I-PER O",
            {("PER", "Ada Brisk")},
        ),
        (
            "Coastal Planning Minister Ada Brisk said",
            "B-ORG I-ORG I-ORG B-PER I-PER O",
            {("PER", "Ada Brisk")},
        ),
        (
            "Brisk , who is also Coastal Planning Secretary , said",
            "B-PER O O O O B-ORG I-ORG O O O",
            {("PER", "Brisk")},
        ),
        (
            "Fisheries and Tourism Minister Ada Brisk said",
            "B-ORG O O O B-PER I-PER O",
            {("PER", "Ada Brisk")},
        ),
        (
            "Kuwaiti Fisheries and Coastal Planning Minister Ada Brisk said",
            "B-ORG I-ORG O O O O B-PER I-PER O",
            {("PER", "Ada Brisk")},
        ),
        # One listed portfolio's word before "Minister" is no body either; before "Secretary"
        # it may be a department's name ("Treasury Secretary", in test_entity_rules.py).
        ("Labour Minister Ada Brisk said", "B-ORG O B-PER I-PER O", {("PER", "Ada Brisk")}),
        (
            "Labour Secretary Ada Brisk said",
            "B-ORG O B-PER I-PER O",
            {("ORG", "Labour"), ("PER", "Ada Brisk")},
        ),
        (
            "Coastal Minister Ada Brisk said",
            "B-ORG O B-PER I-PER O",
            {("ORG", "Coastal"), ("PER", "Ada Brisk")},
        ),
        # The country before it stays a place; a name, an acronym or "Secretary General"
        # (an organisation's officer) make it a body's name.
        (
            "Kuwait Coastal Planning Minister Ada Brisk said",
            "B-ORG I-ORG I-ORG O B-PER I-PER O",
            {("LOC", "Kuwait"), ("PER", "Ada Brisk")},
        ),
        (
            "the UK Tourism Minister Ada Brisk said",
            "O B-ORG I-ORG O B-PER I-PER O",
            {("LOC", "UK"), ("PER", "Ada Brisk")},
        ),
        (
            "Harwell Planning Minister Ada Brisk said",
            "B-ORG I-ORG O B-PER I-PER O",
            {("ORG", "Harwell Planning"), ("PER", "Ada Brisk")},
        ),
        (
            "Coastal Planning Secretary General Ada Brisk said",
            "B-ORG I-ORG O O B-PER I-PER O",
            {("ORG", "Coastal Planning"), ("PER", "Ada Brisk")},
        ),
        (
            "an envoy of Harlow and Fisheries Minister Ada Brisk said",
            "O O O B-LOC O O O B-PER I-PER O",
            {("LOC", "Harlow"), ("PER", "Ada Brisk")},
        ),
        # A given name the model left out between a title and the rest of the name is the
        # name's first word, even where the last word was a club's in training ("Raja").
        (
            "election commissioner Tamsin Harwell Raja said",
            "O O O B-ORG I-ORG O",
            {("PER", "Tamsin Harwell Raja")},
        ),
        (
            "the commissioner Harwell Tessby Corp said",
            "O O O B-ORG I-ORG O",
            {("ORG", "Tessby Corp")},
        ),
        # two of them, the title capitalised
        (
            "Chief Election Commissioner Tamsin Harwell Raja said",
            "O O O O O B-ORG O",
            {("PER", "Tamsin Harwell Raja")},
        ),
        # a ruler's titles the model took into a body's name go, the name is a person
        (
            "the Amir Sheikh Tamsin Harwell said",
            "O B-ORG I-ORG I-ORG I-ORG O",
            {("PER", "Tamsin Harwell")},
        ),
        # "Sheikh" before a given name the model left out and the rest
        (
            "Sheikh Tamsin Harwell Raja said",
            "O O B-PER I-PER O",
            {("PER", "Tamsin Harwell Raja")},
        ),
        # no title before them: left alone
        ("the Tamsin Harwell Raja said", "O O O B-ORG O", {("ORG", "Raja")}),
        # A portfolio after "Minister for" names no body; a name's first word the model ran
        # into it is the person's, unless running text writes it in lower case: then it is
        # the portfolio's.
        (
            "Minister for Trade and Industry Tan Ah Kow said",
            "O O B-ORG I-ORG I-ORG I-ORG B-PER I-PER O",
            {("PER", "Tan Ah Kow")},
        ),
        (
            "Minister for Trade Tourism Ada Tam said",
            "O O B-ORG I-ORG B-PER I-PER O",
            {("PER", "Ada Tam")},
        ),
    ],
)
def test_titles(sentence: str, labels: str, expected: set[tuple[str, str]]) -> None:
    assert repaired(sentence, labels) == expected


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        # A portfolio of common words after "Minister for" is no body, the model's name run
        # into it or ending before the person's span.
        (
            "the Minister for Coastal Planning Tessby Brisk said",
            "O O O B-ORG I-ORG I-ORG B-PER O",
            {("PER", "Tessby Brisk")},
        ),
        (
            "the Minister of Fisheries and Tourism Tessa Brisk said",
            "O O O B-ORG I-ORG I-ORG I-ORG I-ORG O",
            {("PER", "Tessa Brisk")},
        ),
        # ... or an unknown word, but not a place's name; after another title the words before
        # the name are a body's
        (
            "the Minister of Fisheries and Tourism Tessby Brisk said",
            "O O O B-ORG I-ORG I-ORG I-ORG I-ORG O",
            {("PER", "Tessby Brisk")},
        ),
        (
            "the Minister of Fisheries and Tourism Harlow Brisk said",
            "O O O B-ORG I-ORG I-ORG I-ORG I-ORG O",
            {("ORG", "Fisheries and Tourism Harlow Brisk")},
        ),
        (
            "the president of Coastal Planning Tessa Brisk said",
            "O O O B-ORG I-ORG I-ORG I-ORG O",
            {("ORG", "Coastal Planning"), ("PER", "Tessa Brisk")},
        ),
        (
            "the Minister of Coastal Planning Tessby Brisk said",
            "O O O B-ORG I-ORG B-PER I-PER O",
            {("PER", "Tessby Brisk")},
        ),
        # ... and so is each part of a portfolio of several, the person's name after it
        (
            "the Minister for Fisheries and Coastal Planning Tessby Brisk said",
            "O O O B-ORG O B-ORG I-ORG B-PER I-PER O",
            {("PER", "Tessby Brisk")},
        ),
        (
            "the Minister of State for Coastal Planning Tessby Brisk said",
            "O O O O O B-ORG I-ORG I-ORG I-ORG O",
            {("PER", "Tessby Brisk")},
        ),
        # ... but a place the model read there stays one
        (
            "the Secretary for Coastal Affairs Tessby Brisk said",
            "O O O B-LOC O B-PER I-PER O",
            {("LOC", "Coastal"), ("PER", "Tessby Brisk")},
        ),
        # ... and not a body named after "and" with no minister before it
        (
            "the Harwell Council and Coastal Planning Tessby Brisk said",
            "O B-ORG I-ORG O B-ORG I-ORG I-ORG I-ORG O",
            {("ORG", "Harwell Council"), ("ORG", "Coastal Planning Tessby Brisk")},
        ),
        # ... and so is the portfolio's last word the model began the person's name with
        (
            "the Minister for Planning , Fisheries and Coastal Tourism Tessby Brisk said",
            "O O O O O O O O B-PER I-PER I-PER O",
            {("PER", "Tessby Brisk")},
        ),
        # one name after the portfolio, with no person's span after it, may be a body's
        (
            "the Minister of Coastal Planning Harlow said",
            "O O O B-ORG I-ORG I-ORG O",
            {("ORG", "Coastal Planning Harlow")},
        ),
        # a firm after an officer is the firm, common first word or not
        (
            "an officer at Coastal Harlow Corp said",
            "O O O B-ORG I-ORG I-ORG O",
            {("ORG", "Coastal Harlow Corp")},
        ),
        # no office before the common words: the model's person stays
        (
            "the Coastal Tourism Tessby Brisk said",
            "O B-PER I-PER I-PER I-PER O",
            {("PER", "Coastal Tourism Tessby Brisk")},
        ),
    ],
)
def test_a_ministers_portfolio_is_no_part_of_the_name_after_it(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    assert repaired(sentence, labels) == expected


def test_a_name_cut_into_the_place_of_an_office_and_one_word_of_another_kind() -> None:
    lexicon = WordClasses(gazetteer={"Kuwait": "country", "Tam": "first"})
    # "ambassador to Kuwait Tam" (LOC) + "Orrin" (ORG): the place, then the person
    assert rules_applied(
        "the ambassador to Kuwait Tam Orrin said", "O O O B-LOC I-LOC B-ORG O", lexicon
    ) == {("LOC", "Kuwait"), ("PER", "Tam Orrin")}
    # no given name inside the place's span: the two names stay as the model gave them
    assert rules_applied(
        "the ambassador to Kuwait Tessby Orrin said", "O O O B-LOC I-LOC B-ORG O", lexicon
    ) == {("LOC", "Kuwait Tessby"), ("ORG", "Orrin")}


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        # "chief" right after the body it heads is a title: the name after it is a person
        (
            "Harwell Commission chief Sikandar Tessel Raja said",
            "B-ORG I-ORG O O B-ORG I-ORG O",
            {("ORG", "Harwell Commission"), ("PER", "Sikandar Tessel Raja")},
        ),
        # ... not "chief" with no body before it
        (
            "the chief Sikandar Tessel Raja said",
            "O O O B-ORG I-ORG O",
            {("ORG", "Tessel Raja")},
        ),
    ],
)
def test_a_bodys_chief_is_a_title_before_a_name(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    assert repaired(sentence, labels) == expected


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        # "General" after a title ends a title of two: the name after it is a person's.
        (
            "Secretary General Tam Ki-orrin condemned it",
            "O O B-MISC I-MISC O O",
            {("PER", "Tam Ki-orrin")},
        ),
        ("Governor General Tessby Orrin said", "O O B-MISC I-MISC O", {("PER", "Tessby Orrin")}),
        # ... not "General" alone before a name of another kind
        ("the General Tessby Orrin said", "O O B-MISC I-MISC O", {("MISC", "Tessby Orrin")}),
    ],
)
def test_a_title_of_two_ending_on_general(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    lexicon = WordClasses(text_cap={"general": "m", "secretary": "m", "governor": "m"})
    assert rules_applied(sentence, labels, lexicon) == expected
