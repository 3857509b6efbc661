"""Names in quotation marks and before a law's name (:mod:`newsindex.nlp.ner.rules.any_kind`):
a quoted title is no name, but a quoted place or body stays one, and a law's name takes in
only the body named with it after "the"."""

from __future__ import annotations

import pytest
from support import rules_applied

from newsindex.nlp.ner.model import WordClasses

LEXICON = WordClasses(phrases={"Harlow Bay": "city"})


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        # a listed place, scare quotes, a body's noun after the closing mark: names all the same
        ('moved to " Harlow Bay " last', "O O O B-LOC I-LOC O O", {("LOC", "Harlow Bay")}),
        (
            'the so-called " Tessel State " said',
            "O O O B-ORG I-ORG O O",
            {("ORG", "Tessel State")},
        ),
        ('the " Tessel State " group said', "O O B-ORG I-ORG O O O", {("ORG", "Tessel State")}),
        # ... a title of a work is not
        ('on " Tessel State " Sunday', "O O B-ORG I-ORG O O", {("MISC", "Tessel State")}),
    ],
)
def test_a_quoted_place_or_body_stays_a_name(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    assert rules_applied(sentence, labels, LEXICON) == expected


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        (
            "Brisk to Clean Waters Act supporters",
            "B-PER O B-ORG I-ORG I-ORG O",
            {("PER", "Brisk"), ("MISC", "Clean Waters Act")},
        ),
        (
            "the Freedom of Access to Clinic Entrances Act",
            "O B-ORG I-ORG I-ORG O B-PER I-PER I-PER",
            {("MISC", "Freedom of Access to Clinic Entrances Act")},
        ),
    ],
)
def test_a_laws_name_takes_in_a_body_named_after_the_only(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    assert rules_applied(sentence, labels, LEXICON) == expected


def test_a_quoted_name_after_a_kind_of_work_is_its_title() -> None:
    """'his memoir, "Tam Orrin,"': the work's title, though a person's name alone is quoted
    too ('"Tam Orrin," she said')."""
    assert rules_applied(
        'his memoir , " Tam Orrin , " sold', "O O O O B-PER I-PER O O O", LEXICON
    ) == {("MISC", "Tam Orrin")}
    assert rules_applied('" Tam Orrin , " she said', "O B-PER I-PER O O O O", LEXICON) == {
        ("PER", "Tam Orrin")
    }
