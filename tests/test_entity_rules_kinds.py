"""A body named right after a noun for its kind (:mod:`newsindex.nlp.ner.rules.kinds`), given
the labels the model got wrong."""

from __future__ import annotations

import pytest
from support import rules_applied

from newsindex.nlp.ner.model import WordClasses

LEXICON = WordClasses(
    gazetteer={"Ada": "first", "Harlow": "city", "Tessish": "nationality country_part"},
    types={"Brisk": "PER"},
)


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        # The name after "band", "label", "network", "group" is the body's, whatever kind the
        # model gave it or none; a capitalised "The" opens it, links join its words, and a name
        # tagged right after the untagged words ends it.
        ("a song by the punk band Quill Harrow .", "O O O O O O O O O", {("ORG", "Quill Harrow")}),
        ("they signed to the label Tessfood in 1986", "O O O O O B-PER O O", {("ORG", "Tessfood")}),
        ("the drummer of the band The Quillets", "O O O O O O B-LOC", {("ORG", "The Quillets")}),
        ("he sang with the band Men at Tessby", "O O O O O O O O", {("ORG", "Men at Tessby")}),
        ("the cable network TQN ran it", "O O O B-MISC O O", {("ORG", "TQN")}),
        (
            "distributed by the record label Twenty Quills",
            "O O O O O O B-ORG",
            {("ORG", "Twenty Quills")},
        ),
        # Not a person's name or a listed place (a clause may follow), a title, a day, a letter.
        ("the party Ada Brisk founded", "O O B-PER I-PER O", {("PER", "Ada Brisk")}),
        (
            "told Tessby newspaper Harlow would act",
            "O B-ORG O B-LOC O O",
            {("ORG", "Tessby"), ("LOC", "Harlow")},
        ),
        ("the party Chairman Ada Brisk", "O O O B-PER I-PER", {("PER", "Ada Brisk")}),
        ("a band Brisk is forming", "O O B-PER O O", {("PER", "Brisk")}),
        ("the agency Saturday launched it", "O O O O O", set()),
        ("Harlow won group A", "B-LOC O O O", {("LOC", "Harlow")}),
    ],
)
def test_a_noun_for_a_kind_of_body_names_the_body_after_it(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    assert rules_applied(sentence, labels, LEXICON) == expected


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        # A club's abbreviation and the capitalised words after or before it are one club,
        # whatever the model made of them.
        (
            "he moved to FC Tessby City in May",
            "O O O B-ORG I-ORG B-LOC O O",
            {("ORG", "FC Tessby City")},
        ),
        ("his debut for Quillvik BK in 1999", "O O O B-LOC I-LOC O O", {("ORG", "Quillvik BK")}),
        (
            "with Tessby Vale CF and C.D. Quill",
            "O B-MISC I-MISC B-ORG O B-PER I-PER",
            {("ORG", "Tessby Vale CF"), ("ORG", "C.D. Quill")},
        ),
        # Not cutting the model's longer name (a person's initials), nor taking a sentence's
        # first preposition, a headline's capitals or a state's code.
        (
            "with AS Tessby FC de Harlow .",
            "O B-ORG I-ORG I-ORG I-ORG I-ORG O",
            {("ORG", "AS Tessby FC de Harlow")},
        ),
        ("At FC Tessby Vale he played", "O B-ORG I-ORG I-ORG O O", {("ORG", "FC Tessby Vale")}),
        ("the FANS ASK FC Tessby to stay", "O O O O B-LOC O O", {("LOC", "Tessby")}),
        (
            "the S.C. Rep. Ada Brisk said",
            "O B-LOC O B-PER I-PER O",
            {("LOC", "S.C."), ("PER", "Ada Brisk")},
        ),
        (
            "vice chairman Ada C.F. Brisk said",
            "O O B-PER I-PER I-PER O",
            {("PER", "Ada C.F. Brisk")},
        ),
        (
            "SOCCER - FC TESSBY BEAT HARLOW",
            "O O O B-ORG O B-LOC",
            {("ORG", "TESSBY"), ("LOC", "HARLOW")},
        ),
    ],
)
def test_a_club_s_abbreviation_makes_its_name_a_club(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    assert rules_applied(sentence, labels, LEXICON) == expected


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        # Each name of a list after a plural kind of body and "such as", "including", "like"
        # or a colon is a body's, however the model read or cut it.
        (
            "grain firms including Tessby Mills ( TM ) and A.B. Quill",
            "O O O B-ORG I-ORG O B-ORG O O B-PER I-PER",
            {("ORG", "Tessby Mills"), ("ORG", "TM"), ("ORG", "A.B. Quill")},
        ),
        (
            "refiners such as A.B. Quill and Corin Tess Harrow",
            "O O O B-PER I-PER O B-PER I-PER B-ORG",
            {("ORG", "A.B. Quill"), ("ORG", "Corin Tess Harrow")},
        ),
        (
            "banks , like Corbel , Wessby or Quillon , lent more",
            "O O O B-ORG O B-LOC O B-PER O O O",
            {("ORG", "Corbel"), ("ORG", "Wessby"), ("ORG", "Quillon")},
        ),
        (
            "two brewers : Tessby and Quill",
            "O O O B-ORG O B-PER",
            {("ORG", "Tessby"), ("ORG", "Quill")},
        ),
        ("firms such as Quillsoft gained", "O O O B-MISC O", {("ORG", "Quillsoft")}),
        # Not a listed place, a people, an owner, a list after another noun or one joined to it.
        (
            "banks including Corbel and Tessish lenders",
            "O O B-ORG O B-MISC O",
            {("ORG", "Corbel"), ("MISC", "Tessish")},
        ),
        ("airlines such as Harlow", "O O O B-LOC", {("LOC", "Harlow")}),
        (
            "networks including Tessby 's Ada Brisk",
            "O O B-ORG O B-PER I-PER",
            {("ORG", "Tessby"), ("PER", "Ada Brisk")},
        ),
        ("banks in towns such as Wessby", "O O O O O B-LOC", {("LOC", "Wessby")}),
        (
            "two people and three firms , including Ada Brisk",
            "O O O O O O O B-PER I-PER",
            {("PER", "Ada Brisk")},
        ),
        ("executives such as Ada Brisk", "O O O B-PER I-PER", {("PER", "Ada Brisk")}),
    ],
)
def test_a_list_after_a_plural_kind_of_body_names_bodies(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    assert rules_applied(sentence, labels, LEXICON) == expected
