"""The rules over a sentence's brackets (:mod:`newsindex.nlp.ner.rules.brackets`), given the
labels the model got wrong."""

from __future__ import annotations

import pytest
from support import rules_applied

from newsindex.nlp.ner.model import WordClasses


def repaired(sentence: str, labels: str) -> set[tuple[str, str]]:
    return rules_applied(sentence, labels, WordClasses())


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        # A firm's name abroad joins its words with "des", "del" as a person's does; a dash
        # before or after its acronym makes two names.
        (
            "sold to < Compagnie des Machines Tessby > of Harlow",
            "O O O B-PER O B-LOC I-LOC O O B-LOC",
            {("ORG", "Compagnie des Machines Tessby"), ("LOC", "Harlow")},
        ),
        (
            "the < Banca Harlow del Tessby - BHT > said",
            "O O B-ORG I-ORG I-ORG I-ORG O B-ORG O O",
            {("ORG", "Banca Harlow del Tessby"), ("ORG", "BHT")},
        ),
        (
            "the < BHT - Banca Harlow del Tessby > said",
            "O O B-ORG O B-ORG I-ORG I-ORG I-ORG O O",
            {("ORG", "Banca Harlow del Tessby"), ("ORG", "BHT")},
        ),
        # An agreement's, a law's or an index's name and its acronym are no organisation, though
        # the model made the acronym one; a council's stay one.
        (
            "talks on an International Tessby Agreement ( ITA ) opened",
            "O O O B-MISC I-MISC I-MISC O B-ORG O O",
            {("MISC", "International Tessby Agreement"), ("MISC", "ITA")},
        ),
        (
            "the Harlow Price Index ( HPI ) rose",
            "O B-ORG I-ORG I-ORG O B-ORG O O",
            {("MISC", "Harlow Price Index"), ("MISC", "HPI")},
        ),
        (
            "the Harlow Tessby Council ( HTC ) met",
            "O B-ORG I-ORG I-ORG O B-ORG O O",
            {("ORG", "Harlow Tessby Council"), ("ORG", "HTC")},
        ),
        # A newspaper named with its town's state in brackets is one organisation; not a
        # county's official.
        (
            "The Harlow ( Wessex ) Spectator reported",
            "O B-PER O B-LOC O B-ORG O",
            {("ORG", "Harlow ( Wessex ) Spectator")},
        ),
        (
            "in the Harlow ( Wes . ) Herald-Leader today",
            "O O B-LOC O B-LOC O O O O",
            {("ORG", "Harlow ( Wes . ) Herald-Leader")},
        ),
        (
            "Harlow County ( Wes . ) Sheriff Ada Brisk",
            "B-ORG I-ORG O B-LOC O O O B-PER I-PER",
            {("LOC", "Harlow County"), ("LOC", "Wes"), ("PER", "Ada Brisk")},
        ),
    ],
)
def test_brackets(sentence: str, labels: str, expected: set[tuple[str, str]]) -> None:
    assert repaired(sentence, labels) == expected


def test_a_firm_in_angle_brackets_with_a_slash() -> None:
    """A name in a wire's angle brackets is one company's, its legal form's slash too."""
    assert repaired("and < Tessby ( Harlow ) A / S > hold", "O O B-PER O B-LOC O O O O O O") == {
        ("ORG", "Tessby ( Harlow ) A / S")
    }


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        (
            "engines by Tolland and Harwell < UTX > said",
            "O O B-PER O B-PER O O O O",
            {("ORG", "Tolland and Harwell"), ("ORG", "UTX")},
        ),
        (
            "talks between Brisk and Corbel < CB > ended",
            "O O B-PER O B-ORG O O O O",
            {("PER", "Brisk"), ("ORG", "Corbel"), ("ORG", "CB")},
        ),
    ],
)
def test_two_family_names_joined_by_and_before_a_stock_code_are_one_firm(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    """ "Pratt and Whitney <UTX>": both names read as persons, the code makes them a firm;
    a person and a firm stay apart."""
    assert repaired(sentence, labels) == expected
