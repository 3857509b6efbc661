"""The rules for a name the model made a place (:mod:`newsindex.nlp.ner.rules.places`), given
the labels the model got wrong."""

from __future__ import annotations

import pytest
from support import rules_applied

from newsindex.nlp.ner.model import WordClasses

LEXICON = WordClasses(gazetteer={"Harlow": "city", "Tessbia": "country"})


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        # A place named in a player's career by a transfer's or a loan's words is the club.
        ("he signed for Harlow last May", "O O O B-LOC O O", {("ORG", "Harlow")}),
        ("he was loaned to Quillton in June", "O O O O B-LOC O O", {("ORG", "Quillton")}),
        ("a season on loan at Tessby Vale", "O O O O O B-LOC I-LOC", {("ORG", "Tessby Vale")}),
        ("he played for Harlow until 1990", "O O O B-LOC O O", {("ORG", "Harlow")}),
        ("he joined Harlow on a month 's loan", "O O B-LOC O O O O O", {("ORG", "Harlow")}),
        # Not a country (a national side), nor a town joined or moved to without a loan.
        ("he played for Tessbia in 1992", "O O O B-LOC O O", {("LOC", "Tessbia")}),
        ("she joined Harlow 's choir", "O O B-LOC O O", {("LOC", "Harlow")}),
        ("the family moved to Harlow in 1881", "O O O O B-LOC O O", {("LOC", "Harlow")}),
    ],
)
def test_a_place_in_a_player_s_career_is_the_club(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    assert rules_applied(sentence, labels, LEXICON) == expected
