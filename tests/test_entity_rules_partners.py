"""Firms named after their partners (:mod:`newsindex.nlp.ner.rules.partners`), given the
labels the model got wrong."""

from __future__ import annotations

import pytest
from support import rules_applied

from newsindex.nlp.ner.model import WordClasses

LEXICON = WordClasses(
    gazetteer={"Harlow": "city", "Ada": "first", "Brisk": "last", "Tessa": "first"},
    text_cap={"meanwhile": "l", "research": "l", "development": "l", "slate": "l"},
)


def repaired(sentence: str, labels: str) -> set[tuple[str, str]]:
    return rules_applied(sentence, labels, LEXICON)


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        # Surnames joined by "&" are one firm, whatever the model made of each.
        (
            "while Dunmore & Voss advised the seller",
            "O B-PER I-PER B-ORG O O O",
            {("ORG", "Dunmore & Voss")},
        ),
        ("Ellery Quarr & Voss declined", "B-PER I-PER O B-LOC O", {("ORG", "Ellery Quarr & Voss")}),
        ("Quarr & Voss Company said", "B-PER I-PER I-PER O O", {("ORG", "Quarr & Voss Company")}),
        ("the Quarr & Voss unit", "O O O O O", {("ORG", "Quarr & Voss")}),
        # ... with the surnames listed before them over commas, one alone each.
        (
            "Quarrington , Voss , Slate , Ellery & Dunmore , the law firm",
            "B-LOC O B-PER O O O B-ORG I-ORG I-ORG O O O O",
            {("ORG", "Quarrington , Voss , Slate , Ellery & Dunmore")},
        ),
        (
            "analysts at Quarrington , Voss & Dunmore Inc said",
            "O O B-PER O B-ORG I-ORG I-ORG I-ORG O",
            {("ORG", "Quarrington , Voss & Dunmore Inc")},
        ),
        (
            "Tessby Holdings , Voss & Dunmore said",
            "B-ORG I-ORG O B-PER O B-ORG O",
            {("ORG", "Tessby Holdings , Voss & Dunmore")},
        ),
        # Not a list of names, a place, nor a word before a comma that opens a sentence.
        (
            "Tessby , Corbel , Voss & Dunmore and Harwell rose",
            "B-ORG O B-ORG O B-ORG I-ORG I-ORG I-ORG I-ORG O",
            {("ORG", "Tessby"), ("ORG", "Corbel"), ("ORG", "Voss & Dunmore and Harwell")},
        ),
        (
            "In Harlow , Voss & Dunmore said",
            "O B-LOC O B-ORG I-ORG I-ORG O",
            {("LOC", "Harlow"), ("ORG", "Voss & Dunmore")},
        ),
        ("Meanwhile , Voss & Dunmore said", "O O B-PER O B-ORG O", {("ORG", "Voss & Dunmore")}),
        (
            "wrote Ada Brisk , Voss & Dunmore partner ,",
            "O B-PER I-PER O B-PER O B-ORG O O",
            {("PER", "Ada Brisk"), ("ORG", "Voss & Dunmore")},
        ),
        # Not two persons, two names of more words, common words, nor one place or title.
        (
            "gonna tell Prez Ada & Tessa give",
            "O O B-PER I-PER O B-PER O",
            {("PER", "Prez Ada"), ("PER", "Tessa")},
        ),
        (
            "Ada Quarr & Tessa Voss called it",
            "B-PER I-PER O B-PER I-PER O O",
            {("PER", "Ada Quarr"), ("PER", "Tessa Voss")},
        ),
        ("the Research & Development unit", "O O O O O", set()),
        ("beat Quarr & Tobago", "O B-LOC I-LOC I-LOC", {("LOC", "Quarr & Tobago")}),
        (
            "The Quarr & Voss Company",
            "O B-ORG I-ORG I-ORG I-ORG",
            {("ORG", "Quarr & Voss Company")},
        ),
    ],
)
def test_partners_firms(sentence: str, labels: str, expected: set[tuple[str, str]]) -> None:
    assert repaired(sentence, labels) == expected
