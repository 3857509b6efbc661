"""The last rules for an organisation, a place or a MISC name
(:mod:`newsindex.nlp.ner.rules.rest`), given the labels the model got wrong."""

from __future__ import annotations

import pytest
from support import rules_applied

from newsindex.nlp.lexicon import wordset
from newsindex.nlp.ner.model import WordClasses

LEXICON = WordClasses(
    gazetteer={"Harlow": "city", "Ada": "first", "Tessbia": "country", "Tessbian": "nationality"},
    types={"Cup": "MISC", "NFL": "ORG", "Tessco": "ORG"},
    text_cap={"super": "m"},
)


def repaired(sentence: str, labels: str) -> set[tuple[str, str]]:
    return rules_applied(sentence, labels, LEXICON)


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        # A place before a comma and a person's description stays a place, also a compass
        # word and a country ("West Germany", which the gazetteer does not list).
        (
            "Ada Brisk , a national of West Tessbia , has been appointed treasurer of it",
            "B-PER I-PER O O O O B-LOC I-LOC O O O O O O O",
            {("PER", "Ada Brisk"), ("LOC", "West Tessbia")},
        ),
        # A body named for a place after "of" goes on over "and" and a second place; not into
        # a name after the second place.
        (
            "the Port Authority of Harlow and Tessbia said",
            "O B-ORG I-ORG I-ORG I-ORG O B-LOC O",
            {("ORG", "Port Authority of Harlow and Tessbia")},
        ),
        (
            "the Port Authority of Harlow and Tessbia Airways",
            "O B-ORG I-ORG I-ORG I-ORG O B-LOC B-ORG",
            {("ORG", "Port Authority of Harlow"), ("ORG", "Tessbia Airways")},
        ),
        # A report's or a price index's title after "the" or a possessive is no body's name,
        # also when the model cut it in two at "and" or left its last word out.
        (
            "In its Harlow Output and Fruit Report , the ministry said",
            "O O B-MISC I-MISC O B-ORG I-ORG O O O O",
            {("MISC", "Harlow Output and Fruit Report")},
        ),
        (
            "the Tessby Harvest Report said",
            "O B-ORG I-ORG O O",
            {("MISC", "Tessby Harvest Report")},
        ),
        (
            "Corbel 's latest Tessby Composite Index fell",
            "B-ORG O O B-ORG I-ORG I-ORG O",
            {("ORG", "Corbel"), ("MISC", "Tessby Composite Index")},
        ),
        # ... or made that last word a MISC name of its own: a code of law too.
        (
            "under the Tessbia Labour Code and",
            "O O B-ORG I-ORG B-MISC O",
            {("MISC", "Tessbia Labour Code")},
        ),
        # So are a law's, a plan's and a round of talks' names; but a place before a plan's
        # head the model left out is the place ("the Harlow" + "Plan": Harlow's plan), and a
        # Treasury bill is no law.
        (
            "under the Harlow Farm Act , prices",
            "O O B-ORG I-ORG I-ORG O O",
            {("MISC", "Harlow Farm Act")},
        ),
        ("the Tessby Pay Plan failed", "O B-ORG I-ORG O O", {("MISC", "Tessby Pay Plan")}),
        ("talks in the Tessby Round", "O O O B-LOC I-LOC", {("MISC", "Tessby Round")}),
        ("the Harlow Plan calls for", "O B-LOC O O O", {("LOC", "Harlow")}),
        ("the weekly Treasury Bill rate", "O O B-ORG O O", {("ORG", "Treasury")}),
        # A name ending in a weekday is a day's, no body nor place ("Super Tuesday"); after
        # a name running text capitalises, the day is when it acted ("Corbel" + "Tuesday");
        # not a paper "on Sunday".
        ("before Super Tuesday votes", "O B-ORG I-ORG O", {("MISC", "Super Tuesday")}),
        ("said Corbel Tuesday", "O B-ORG I-ORG", {("ORG", "Corbel")}),
        ("the Mail on Sunday said", "O B-ORG I-ORG I-ORG O", {("ORG", "Mail on Sunday")}),
        # An event's name "of" a place the model tagged apart is one event, no body.
        (
            "in the Battle of Harlow , it",
            "O O B-ORG I-ORG B-LOC O O",
            {("MISC", "Battle of Harlow")},
        ),
        # A band or a magazine is named without "the": it stays as tagged.
        (
            "she toured with Ada Brisk and Tessby Report",
            "O O O B-PER I-PER O B-ORG I-ORG",
            {("PER", "Ada Brisk"), ("ORG", "Tessby Report")},
        ),
        # A MISC name before a body's spokesman or executives is the body where no list holds
        # a word of it; a people's adjective stays no name, and a people has leaders too.
        (
            "Anglo Tessbian spokesman Ada Brisk said",
            "B-MISC I-MISC O B-PER I-PER O",
            {("ORG", "Anglo Tessbian"), ("PER", "Ada Brisk")},
        ),
        ("IG-Tessmetall executives said", "B-MISC O O", {("ORG", "IG-Tessmetall")}),
        ("Harlow-Tessbian spokesman said", "B-MISC O O", {("MISC", "Harlow-Tessbian")}),
        ("Tessbian spokesman said", "B-MISC O O", set()),
        ("Tessilocano leaders met", "B-MISC O O", {("MISC", "Tessilocano")}),  # a people's
        ("Tessbian Cup officials said", "B-MISC I-MISC O O", {("MISC", "Tessbian Cup")}),
        # A MISC name ending in a body's last word is the body when a verb follows it: it acts.
        (
            "the Tessbian Legion has asked the mayor",
            "O B-MISC I-MISC O O O O",
            {("ORG", "Tessbian Legion")},
        ),
        (
            "the Harlow Veterans League said",
            "O B-MISC I-MISC I-MISC O",
            {("ORG", "Harlow Veterans League")},
        ),
        # ... not a league before a noun, nor a one-word name.
        (
            "the Harlow Veterans League season",
            "O B-MISC I-MISC I-MISC O",
            {("MISC", "Harlow Veterans League")},
        ),
        ("the Legion said", "O B-MISC O", {("MISC", "Legion")}),
        # A MISC name ending in a word only bodies end on is a body's, verb or not; not one
        # ending in a firm's word (a product), nor one before "index" (named for a body).
        (
            "the Tessbian Coffee Organization executive board",
            "O B-MISC I-MISC I-MISC O O",
            {("ORG", "Tessbian Coffee Organization")},
        ),
        (
            "the 1987 Tessmobile Harlow Limited",
            "O O B-MISC I-MISC I-MISC",
            {("MISC", "Tessmobile Harlow Limited")},
        ),
        (
            "the Tessby Stock Exchange index fell",
            "O B-MISC I-MISC I-MISC O O",
            {("MISC", "Tessby Stock Exchange")},
        ),
        # An acronym no list holds after a firm's one-word name, before a lower-case word:
        # the firm's product, or after a news agency a body of its own.
        ("firms with Tessco TSN networks", "O O B-ORG I-ORG O", {("ORG", "Tessco")}),
        ("Tessco 's TVX computer", "B-ORG I-ORG I-ORG O", {("ORG", "Tessco")}),
        ("told Reuters TMB asked", "O B-ORG I-ORG O", {("ORG", "Reuters"), ("ORG", "TMB")}),
        ("Tessco NFL games", "B-ORG I-ORG O", {("ORG", "Tessco NFL")}),  # known to training
        ("Tessco TSN said", "B-ORG I-ORG O", {("ORG", "Tessco TSN")}),  # no product: a verb
        ("Harlow TSN said", "B-ORG I-ORG O", {("ORG", "Harlow TSN")}),  # no firm's name
        ("Tessco TSN 65", "B-ORG I-ORG O", {("ORG", "Tessco TSN")}),  # a table's row
        ("Big Tessco TSN unit", "B-ORG I-ORG I-ORG O", {("ORG", "Big Tessco TSN")}),
    ],
)
def test_rest(sentence: str, labels: str, expected: set[tuple[str, str]]) -> None:
    assert repaired(sentence, labels) == expected


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        # A people's adjective in two words that the model split between a MISC name or a place
        # and the body's name after it opens the body's name: listed, or a listed country's
        # name with "n".
        (
            "North Tessbian Oil Company said",
            "B-MISC B-ORG I-ORG I-ORG O",
            {("ORG", "North Tessbian Oil Company")},
        ),
        ("the Great Tessbian Bank", "O B-LOC B-ORG I-ORG", {("ORG", "Great Tessbian Bank")}),
        # Not a word before another body ("Tessbian" + "Harlow Bank"), nor a lone adjective.
        (
            "Tessbian Harlow Bank said",
            "B-MISC B-ORG I-ORG O",
            {("ORG", "Harlow Bank")},
        ),
    ],
)
def test_an_adjective_of_two_words_opens_a_bodys_name(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    lexicon = WordClasses(
        gazetteer={"Tessbian": "nationality"},
        phrases={"North Tessbian": "nationality", "Great Tessbia": "country"},
    )
    assert rules_applied(sentence, labels, lexicon) == expected


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        # In a headline in title case, a person opening a name the model ran on into the
        # headline's words is the person alone; not a body's name, nor in running text.
        (
            "Brisk Takes Talk Of The Fair",
            "B-ORG I-ORG I-ORG I-ORG O O",
            {("PER", "Brisk")},
        ),
        (
            "Corbel Takes Talk Of The Fair",
            "B-ORG I-ORG I-ORG I-ORG O O",
            {("ORG", "Corbel Takes Talk Of")},
        ),
        (
            "Brisk Takes said the talk of the fair",
            "B-ORG I-ORG O O O O O O",
            {("ORG", "Brisk Takes")},
        ),
    ],
)
def test_a_person_opening_a_name_in_a_headline(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    lexicon = WordClasses(
        gazetteer={"Brisk": "last"},
        text_cap=dict.fromkeys(wordset("takes talk of the fair said"), "l"),
    )
    assert rules_applied(sentence, labels, lexicon) == expected


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        (
            "the Vorlant Office for the Protection of the Corbel said",
            "O B-ORG I-ORG O O B-ORG I-ORG O B-ORG O",
            {("ORG", "Vorlant Office for the Protection of the Corbel")},
        ),
        (
            "the Vorlant Association for the Protection said",
            "O B-ORG I-ORG I-ORG O B-ORG O",
            {("ORG", "Vorlant Association for the Protection")},
        ),
        (
            "the Ministry of the Tessby said",
            "O B-ORG I-ORG O B-ORG O",
            {("ORG", "Ministry of the Tessby")},
        ),
        ("the Council on Tessby said", "O B-ORG O B-ORG O", {("ORG", "Council on Tessby")}),
        (
            "the Tessby Corp for the Vorlant Club",
            "O B-ORG I-ORG O O B-ORG I-ORG",
            {("ORG", "Tessby Corp"), ("ORG", "Vorlant Club")},
        ),
        (
            "a Vorlant Council on the Tessby Club",
            "O B-ORG I-ORG O O B-ORG I-ORG",
            {("ORG", "Vorlant Council"), ("ORG", "Tessby Club")},
        ),
    ],
)
def test_an_institution_s_field_after_for_the_or_of_the_is_part_of_its_name(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    """ "the Federal Office for the Protection of the Constitution", "the National Association
    for the Advancement of Colored People", "the Ministry of the Interior": one body; not
    after a firm's word, nor across "on the"."""
    lexicon = WordClasses(text_cap={"protection": "m"})
    assert rules_applied(sentence, labels, lexicon) == expected


def test_a_name_after_for_the_is_no_institution_s_field() -> None:
    """ "played in the National Hockey League for the St. Louis Eagles": a team, not the
    league's field, which is a common noun ("for the Protection")."""
    lexicon = WordClasses(text_cap={"protection": "m", "harlow": "C"})
    labels = "O B-ORG I-ORG O O B-ORG I-ORG O"
    assert rules_applied("the Tessby League for the Harlow Eagles and", labels, lexicon) == {
        ("ORG", "Tessby League"),
        ("ORG", "Harlow Eagles"),
    }
    assert rules_applied("the Tessby League for the Protection Eagles and", labels, lexicon) == {
        ("ORG", "Tessby League for the Protection Eagles")
    }


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        (
            "the Organization of the Tessby Exporting Countries met",
            "O B-ORG I-ORG O B-ORG I-ORG I-ORG O",
            {("ORG", "Organization of the Tessby Exporting Countries")},
        ),
        ("the Army of the Harlow crossed", "O B-ORG O O B-ORG O", {("ORG", "Army of the Harlow")}),
        (
            "the Communist Party of the Tessby Republic met",
            "O B-ORG I-ORG O O B-LOC I-LOC O",
            {("ORG", "Communist Party of the Tessby Republic")},
        ),
        (  # a league's team after it, no part of its name
            "the Tessby League of the Harlow Giants",
            "O B-ORG I-ORG O O B-ORG I-ORG",
            {("ORG", "Tessby League"), ("ORG", "Harlow Giants")},
        ),
    ],
)
def test_a_body_s_people_place_or_cause_after_of_the_is_part_of_its_name(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    """ "the Organization of the Petroleum Exporting Countries", "the Army of the Potomac",
    "the Communist Party of the Soviet Union": one body, as an institution's "of the" field."""
    assert repaired(sentence, labels) == expected


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        ("shares of Tessby & Tessby fell", "O O B-LOC I-LOC B-ORG O", {("ORG", "Tessby & Tessby")}),
        ("Harlow & Vorlant won", "B-LOC I-LOC B-LOC O", {("LOC", "Harlow & Vorlant")}),
    ],
)
def test_a_name_the_model_ended_on_an_ampersand_goes_on_with_the_next(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    """No name ends on "&": "Johnson &" (a place) and "Johnson" (a firm) are one firm."""
    assert repaired(sentence, labels) == expected


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        (
            "members of the Tessbian Black Caucus said",
            "O O O B-MISC I-MISC B-PER O",
            {("ORG", "Tessbian Black Caucus")},
        ),
        (
            "the Tessbian Space Agency said",
            "O B-MISC I-MISC B-ORG O",
            {("ORG", "Tessbian Space Agency")},
        ),
        # a name that goes on after "of" is left to the rules for it
        (
            "the Tessbian Federation of Banks said",
            "O B-MISC B-ORG I-ORG I-ORG O",
            {("ORG", "Federation of Banks")},
        ),
        ("the Tessbian Pounds", "O B-MISC B-ORG", {("ORG", "Pounds")}),
    ],
)
def test_a_misc_name_before_a_body_s_last_word_opens_the_body(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    """ "Congressional Black" (MISC) + "Caucus", "European Space" + "Agency": the model tagged the
    last word of a body's name apart from the adjectives that open it."""
    assert repaired(sentence, labels) == expected


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        # a given name, a middle initial and a surname (and a suffix) are a person's name,
        # whatever kind the model gave them after a quote
        (
            "quoted , Tessmer R. Brisk II , a writer , said",
            "O O B-MISC I-MISC I-MISC I-MISC O O O O O",
            {("PER", "Tessmer R. Brisk II")},
        ),
        ("quoted Tessmer R. Brisk said", "O B-MISC I-MISC I-MISC O", {("PER", "Tessmer R. Brisk")}),
        # not an event or a name of another shape
        ("the Tessby Open 2 said", "O B-MISC I-MISC I-MISC O", {("MISC", "Tessby Open 2")}),
    ],
)
def test_an_initialled_name_is_a_person(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    assert rules_applied(sentence, labels, WordClasses()) == expected
