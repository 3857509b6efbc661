"""The rules for names the model made persons (:mod:`newsindex.nlp.ner.rules.persons`), given
the labels the model got wrong."""

from __future__ import annotations

import pytest
from support import rules_applied

from newsindex.nlp.lexicon import wordset
from newsindex.nlp.ner.model import WordClasses

LEXICON = WordClasses(gazetteer={"Ada": "first", "Brisk": "last"}, text_cap={"carmaker": "l"})


def repaired(sentence: str, labels: str) -> set[tuple[str, str]]:
    return rules_applied(sentence, labels, LEXICON)


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        # Two family names joined by "and" are a firm's name where the words around show a
        # firm: "of" or "with" after a person, "at", a word for a firm, a job at a firm or its
        # man after the names, "&", one name twice.
        (
            "Ada Brisk of Harwell and Tolland said",
            "B-PER I-PER O B-PER O B-PER O",
            {("PER", "Ada Brisk"), ("ORG", "Harwell and Tolland")},
        ),
        (
            "an economist at stockbrokers Harwell and Tolland said",
            "O O O O B-PER O B-PER O",
            {("ORG", "Harwell and Tolland")},
        ),
        (
            "Harwell and Tolland analyst Ada Brisk said",
            "B-PER O B-PER O B-PER I-PER O",
            {("ORG", "Harwell and Tolland"), ("PER", "Ada Brisk")},
        ),
        (
            "Brisk , of Harwell and Tolland , said",
            "B-PER O O B-PER O B-PER O O",
            {("PER", "Brisk"), ("ORG", "Harwell and Tolland")},
        ),
        (
            "analyst Ada Brisk with Harwell and Tolland said",
            "O B-PER I-PER O B-PER O B-PER O",
            {("PER", "Ada Brisk"), ("ORG", "Harwell and Tolland")},
        ),
        (
            "Harwell and Tolland senior Tessbian economist Ada Brisk said",
            "B-PER O B-PER O B-MISC O B-PER I-PER O",
            {("ORG", "Harwell and Tolland"), ("MISC", "Tessbian"), ("PER", "Ada Brisk")},
        ),
        (
            "Harwell and Tolland 's Brisk said",
            "B-PER O B-PER O B-PER O",
            {("ORG", "Harwell and Tolland"), ("PER", "Brisk")},
        ),
        ("shares of Tessby and Tessby rose", "O O B-PER O B-PER O", {("ORG", "Tessby and Tessby")}),
        ("Harwell & Tolland said", "B-PER O B-PER O", {("ORG", "Harwell & Tolland")}),
        (
            "formed by Corbel Inc and Harwell and Tolland",
            "O O B-ORG I-ORG O B-PER O B-PER",
            {("ORG", "Corbel Inc"), ("ORG", "Harwell and Tolland")},
        ),
        (
            "an offer of Harwell and Tolland and Corbel Inc",
            "O O O B-PER O B-PER O B-ORG I-ORG",
            {("ORG", "Harwell and Tolland"), ("ORG", "Corbel Inc")},
        ),
        # ... or the words after them define a body, the second name a person's word: the
        # model may have made it the body ("Pratt" and "Whitney", a unit of ...).
        (
            "made by Tolland and Brisk , a unit of Corbel Inc",
            "O O B-PER O B-PER O O O O B-ORG I-ORG",
            {("ORG", "Tolland and Brisk"), ("ORG", "Corbel Inc")},
        ),
        (
            "made by Tolland and Brisk , a unit of Corbel Inc",
            "O O B-PER O B-ORG O O O O B-ORG I-ORG",
            {("ORG", "Tolland and Brisk"), ("ORG", "Corbel Inc")},
        ),
        (
            "talks with Tolland and Harwell , a unit of Corbel Inc",
            "O O B-PER O B-ORG O O O O B-ORG I-ORG",
            {("PER", "Tolland"), ("ORG", "Harwell"), ("ORG", "Corbel Inc")},
        ),
        # Otherwise they are two persons.
        (
            "Harwell and Tolland agreed on rates",
            "B-PER O B-PER O O O",
            {("PER", "Harwell"), ("PER", "Tolland")},
        ),
        (
            "talks with Harwell and Tolland 's aides",
            "O O B-PER O B-PER O O",
            {("PER", "Harwell"), ("PER", "Tolland")},
        ),
        (
            "the wives of Harwell and Tolland met",
            "O O O B-PER O B-PER O",
            {("PER", "Harwell"), ("PER", "Tolland")},
        ),
        # A word for a firm before a name, or a job at a firm and "at" or "with", makes the
        # name a firm's; a person's job before "with" does not.
        (
            "said Ada Brisk , an analyst with E.F. Tolland .",
            "O B-PER I-PER O O O O B-PER I-PER O",
            {("PER", "Ada Brisk"), ("ORG", "E.F. Tolland")},
        ),
        ("economists at Harwell Tolland agreed", "O O B-PER I-PER O", {("ORG", "Harwell Tolland")}),
        ("Stockbrokers Ada Tolland said", "O B-PER I-PER O", {("ORG", "Ada Tolland")}),
        ("shares of carmaker Tessby rose", "O O O B-PER O", {("ORG", "Tessby")}),
        ("a lunch with Ada Brisk ended", "O O O B-PER I-PER O", {("PER", "Ada Brisk")}),
        ("at Carmaker Tessby 's plant", "O O B-PER O O", {("PER", "Tessby")}),
        # A name of two words after a person and "of" is the person's employer; one word may be
        # a place the model missed.
        (
            "analyst Ada Brisk of Harwell Tolland was",
            "O B-PER I-PER O B-PER I-PER O",
            {("PER", "Ada Brisk"), ("ORG", "Harwell Tolland")},
        ),
        (
            "Senator Ada Brisk of Tolland said",
            "O B-PER I-PER O B-PER O",
            {("PER", "Ada Brisk"), ("PER", "Tolland")},
        ),
        ("the sister of Ada Brisk was", "O O O B-PER I-PER O", {("PER", "Ada Brisk")}),
        # A name before "party" is the party's, no person's.
        ("the Tessbian-allied Tess Fein party", "O O B-PER I-PER O", {("ORG", "Tess Fein")}),
        # Words ending a firm's name after a founder's make it the firm's, the untagged ones
        # too; a stock code the model ran on to stays apart.
        (
            "with E.F. Tolland Group Inc EFH under",
            "O B-PER I-PER O B-ORG I-ORG O",
            {("ORG", "E.F. Tolland Group Inc"), ("ORG", "EFH")},
        ),
        ("Ada Brisk Associates said", "B-PER I-PER B-ORG O", {("ORG", "Ada Brisk Associates")}),
        ("Ada Brisk group leaders", "B-PER I-PER O O", {("PER", "Ada Brisk")}),
        # A body's head between two "persons" makes the first the body.
        (
            "Tessby Harwell chief Ada Brisk said",
            "B-PER I-PER O B-PER I-PER O",
            {("ORG", "Tessby Harwell"), ("PER", "Ada Brisk")},
        ),
        # Malaysian honorifics are no part of the name; "Sri" alone is a given name and "Tan"
        # alone a family name.
        ("Datuk Seri Ada Brisk said", "B-PER I-PER I-PER I-PER O", {("PER", "Ada Brisk")}),
        ("Tan Sri Ada Brisk said", "B-PER I-PER I-PER I-PER O", {("PER", "Ada Brisk")}),
        ("Sri Ada Brisk said", "B-PER I-PER I-PER O", {("PER", "Sri Ada Brisk")}),
        ("Tan Ada Brisk said", "B-PER I-PER I-PER O", {("PER", "Tan Ada Brisk")}),
        # ... also after a title, where the model's name opens on them
        (
            "Minister Datuk Seri Ada Brisk said",
            "O B-PER I-PER I-PER I-PER O",
            {("PER", "Ada Brisk")},
        ),
        ("Minister Datuk Seri Ada Brisk said", "O O O B-PER I-PER O", {("PER", "Ada Brisk")}),
        ("Maulana Ada Brisk said", "B-PER I-PER I-PER O", {("PER", "Ada Brisk")}),
        # ... nor South Asian and West African ones, also where the model began the name as
        # a body's
        ("Alhaji Ada Brisk said", "B-PER I-PER I-PER O", {("PER", "Ada Brisk")}),
        ("Shri Ada Brisk spoke", "B-ORG I-ORG B-PER O", {("PER", "Ada Brisk")}),
        ("said Ada Begum", "O B-PER I-PER", {("PER", "Ada Begum")}),
        # A hyphenated title ends no name; a body's acronym before it is the body.
        ("the TUN Under-Secretary-General , arrived", "O B-PER I-PER O O", {("ORG", "TUN")}),
        ("Ada Brisk Vice-Chairman said", "B-PER I-PER I-PER O", {("PER", "Ada Brisk")}),
        # What a firm has after a name's "'s" makes it a firm's.
        ("Tessby 's shares rose", "B-PER O O O", {("ORG", "Tessby")}),
        ("Ada Brisk 's sister rose", "B-PER I-PER O O O", {("PER", "Ada Brisk")}),
        # A surname naming a scale is no person.
        ("6.6 on the Tolland scale", "O O O B-PER O", {("MISC", "Tolland")}),
        ("Tolland scaled the wall", "B-PER O O O", {("PER", "Tolland")}),
        # One word alone in quotation marks names a thing; a given name or a nickname inside
        # a person's name stays a person's.
        ('the " Tolland , " a gold coin', "O O B-PER O O O O O", {("MISC", "Tolland")}),
        ("`` Tolland '' missiles", "O B-PER O O", {("MISC", "Tolland")}),
        ('commander " Ada " said', "O O B-PER O O", {("PER", "Ada")}),
        (
            'Tam " Tolland " Orrin scored',
            "B-PER O B-PER O B-PER O",
            {("PER", 'Tam " Tolland " Orrin')},
        ),
        ('he said . " Tolland rose', "O O O O B-PER O", {("PER", "Tolland")}),
        ('" It fell , " Tolland " said so "', "O O O O O B-PER O O O O", {("PER", "Tolland")}),
        (
            'Tam Orrin , known online as " Tolland , " said',
            "B-PER I-PER O O O O O B-PER O O O",
            {("PER", "Tam Orrin"), ("PER", "Tolland")},
        ),
        ('a coin known as " Tolland "', "O O O O O B-PER O", {("MISC", "Tolland")}),
    ],
)
def test_persons(sentence: str, labels: str, expected: set[tuple[str, str]]) -> None:
    assert repaired(sentence, labels) == expected


def test_a_plural_that_running_text_writes_in_lower_case_ends_a_firm_not_a_person() -> None:
    lexicon = WordClasses(
        gazetteer={"Ada": "first", "Woods": "last"},
        text_cap={"terminals": "l", "woods": "l", "peters": "C"},
    )
    labels = "B-PER I-PER I-PER O"
    assert rules_applied("Tessby Grain Terminals said", labels, lexicon) == {
        ("ORG", "Tessby Grain Terminals")
    }
    # a listed family name, or a plural that running text capitalises, stays a person's
    assert rules_applied("Ada Tessby Woods said", labels, lexicon) == {("PER", "Ada Tessby Woods")}
    assert rules_applied("Ada Tessby Peters said", labels, lexicon) == {
        ("PER", "Ada Tessby Peters")
    }


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        (
            "a speechwriter in Ada Q. Brisk 's White Hall , he said",
            "O O O B-LOC I-LOC I-LOC I-LOC I-LOC I-LOC O O O",
            {("PER", "Ada Q. Brisk"), ("LOC", "White Hall")},
        ),
        # not when the words before "'s" were no person's ("the Tessbian People 's Party")
        (
            "the Tessbian People 's Party won",
            "O B-ORG I-ORG I-ORG I-ORG O",
            {("ORG", "Tessbian People 's Party")},
        ),
    ],
)
def test_a_person_s_possessive_inside_a_name_is_split_off(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    lexicon = WordClasses(types={"Ada": "PER", "Brisk": "PER", "Tessbian": "MISC", "People": "O"})
    assert rules_applied(sentence, labels, lexicon) == expected


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        ("replying to Reuter questions", "O O B-PER O", {("ORG", "Reuter")}),
        ("Kyodo said", "B-PER O", {("ORG", "Kyodo")}),
        # ... nor places, also in a dateline
        (
            "HARLOW , Kyodo -- Ada Brisk said",
            "B-LOC O B-LOC O B-PER I-PER O",
            {("LOC", "HARLOW"), ("ORG", "Kyodo"), ("PER", "Ada Brisk")},
        ),
        (
            "Ada Brisk told Al-Ahram .",
            "B-PER I-PER O B-LOC O",
            {("PER", "Ada Brisk"), ("ORG", "Al-Ahram")},
        ),
        # ... though after "of" a word that names an agency may name its place ("Anadolu",
        # Anatolia) or a thing ("the launch of Sputnik")
        ("the villages of Anadolu", "O O O B-LOC", {("LOC", "Anadolu")}),
        # an outlet named "Al" and a word reads as a person's name, written either way
        ("told Al Jazeera on Monday", "O B-PER I-PER O O", {("ORG", "Al Jazeera")}),
        ("Al-Arabiya reported", "B-PER O", {("ORG", "Al-Arabiya")}),
        ("Al Gore said", "B-PER I-PER O", {("PER", "Al Gore")}),
        # a person of that family name, named in full, stays one
        ("Ada Reuter said", "B-PER I-PER O", {("PER", "Ada Reuter")}),
        # an outlet or pollster named after its founder, alone and after no title
        (
            "the deal was worth $ 2 billion , according to Bloomberg .",
            "O O O O O O O O O O B-PER O",
            {("ORG", "Bloomberg")},
        ),
        (
            "Ada Brisk told Fox on Sunday",
            "B-PER I-PER O B-PER O O",
            {("PER", "Ada Brisk"), ("ORG", "Fox")},
        ),
        ("Gallup 's survey finds", "B-PER O O O", {("ORG", "Gallup")}),
        # ... but not after a title, nor in a full name
        ("Mayor Bloomberg said", "O B-PER O", {("PER", "Bloomberg")}),
        ("Ada Fox said", "B-PER I-PER O", {("PER", "Ada Fox")}),
    ],
)
def test_news_agencies_are_no_persons_or_places(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    assert repaired(sentence, labels) == expected


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        ("lead manager Tessby Bank said", "O O B-PER I-PER O", {("ORG", "Tessby Bank")}),
        (
            "Harlow-Tessby Fund President Ada Brisk",
            "B-PER I-PER O B-PER I-PER",
            {("ORG", "Harlow-Tessby Fund"), ("PER", "Ada Brisk")},
        ),
        # ... a one-word person stays one
        ("Bank said", "B-PER O", {("PER", "Bank")}),
    ],
)
def test_a_person_s_name_ending_in_bank_or_fund_is_the_body(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    assert repaired(sentence, labels) == expected


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        (
            "Ada Brisk , Head of the Tessby Delegation , said",
            "B-PER I-PER O B-PER O O B-ORG I-ORG O O",
            {("PER", "Ada Brisk"), ("ORG", "Tessby Delegation")},
        ),
        ("Founder of the firm , Ada Brisk", "B-PER O O O O B-PER I-PER", {("PER", "Ada Brisk")}),
        # ... not a role noun alone, nor a name ending in one
        ("Ada Head said", "B-PER I-PER O", {("PER", "Ada Head")}),
    ],
)
def test_a_role_noun_capitalised_before_of_is_no_person(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    assert repaired(sentence, labels) == expected


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        # a wire capitalises "said" after an abbreviation's dot
        (
            "Harlow Bank N.V. Said it will sell bonds",
            "B-ORG I-ORG I-ORG B-PER O O O O",
            {("ORG", "Harlow Bank N.V.")},
        ),
        (
            "Tessby Assurance of the U.K. , Said the",
            "B-ORG I-ORG O O B-LOC O B-PER O",
            {("ORG", "Tessby Assurance"), ("LOC", "U.K.")},
        ),
        (
            "lead manager Harlow Bank N.V. Said .",
            "O O B-ORG I-ORG I-ORG B-PER O",
            {("ORG", "Harlow Bank N.V.")},
        ),
        # ... not a person's name as a subject, nor as an object
        ("In it , Said argued that", "O O O B-PER O O", {("PER", "Said")}),
        ("Ada met Said the day before", "B-PER O B-PER O O O", {("PER", "Ada"), ("PER", "Said")}),
    ],
)
def test_a_saying_verb_capitalised_mid_sentence_is_no_person(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    assert repaired(sentence, labels) == expected


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        # the word after an abbreviated "Saint" or "Mount" is the name's, where the model cut
        (
            "a plant at Ste. Tessbe , Wessex",
            "O O O O B-PER O B-LOC",
            {("LOC", "Ste. Tessbe"), ("LOC", "Wessex")},
        ),
        ("the road up Mt. Brisk", "O O O O B-PER", {("LOC", "Mt. Brisk")}),
        # ... written without its dot too, or the word would open a person's name
        (
            "production moves to Ste Tessbe from Harlow",
            "O O O O B-PER O B-LOC",
            {("LOC", "Ste Tessbe"), ("LOC", "Harlow")},
        ),
        (
            "its debt to the Harlow Bank of St. Paul",
            "O O O O B-ORG I-ORG I-ORG I-ORG B-PER",
            {("ORG", "Harlow Bank of St. Paul")},
        ),
        # ... but after a given name it opens the family name
        ("Ada St. Brisk said", "B-PER O B-PER O", {("PER", "Ada"), ("PER", "Brisk")}),
    ],
)
def test_a_name_after_an_abbreviated_saint_is_no_person(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    assert repaired(sentence, labels) == expected


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        # A word in capitals no word list holds, alone in running text, is a group's acronym.
        ("the fight against TESSBY continues", "O O O B-PER O", {("ORG", "TESSBY")}),
        # Not a listed name, nor one next to capitals or in a line of them, nor two letters.
        ("the fight against BRISK continues", "O O O B-PER O", {("PER", "BRISK")}),
        (
            "Deaths TESSBY , JOHN ARTHUR .",
            "O B-PER O B-PER I-PER O",
            {("PER", "TESSBY"), ("PER", "JOHN ARTHUR")},
        ),
        ("TESSBY ’S LAST STAND", "B-PER O O O", {("PER", "TESSBY")}),
        ("TENNIS - TESSBY WINS AGAIN", "O O B-PER O O", {("PER", "TESSBY")}),
        ("the fight against TB continues", "O O O B-PER O", {("PER", "TB")}),
    ],
)
def test_group_acronyms_are_no_persons(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    lexicon = WordClasses(gazetteer={"BRISK": "last"}, types={"JOHN": "PER"})
    assert rules_applied(sentence, labels, lexicon) == expected


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        # A word running text writes in lower case between a title and a name of two words
        # is the name's first word; not a title's word, nor before a one-word name.
        ("said Governor Nor Ada Brisk", "O O O B-PER I-PER", {("PER", "Nor Ada Brisk")}),
        (
            "Chief Executive Officer Ada Brisk said",
            "O O O B-PER I-PER O",
            {("PER", "Ada Brisk")},
        ),
        ("said Governor Nor Brisk", "O O O B-PER", {("PER", "Brisk")}),
        # Given names the model never saw, between a title and a surname, are the name's; the
        # second may be a title's word, as given names often are ("Sikandar Sultan Raja").
        (
            "Commissioner Tessvaro Sultan Brisk said",
            "O O O B-PER O",
            {("PER", "Tessvaro Sultan Brisk")},
        ),
        ("Governor Tessvaro Brisk said", "O O B-PER O", {("PER", "Tessvaro Brisk")}),
        # Not a word the model knows (a place, a common word), nor without a title before.
        ("Governor Harlow Brisk said", "O O B-PER O", {("PER", "Brisk")}),
        ("said Tessvaro Sultan Brisk", "O O O B-PER", {("PER", "Brisk")}),
        # A firm's results after "had" or "reported" make the name a firm's.
        ("Brisk had 1986 sales of", "B-PER O O O O", {("ORG", "Brisk")}),
        ("Ada Brisk reported net income", "B-PER I-PER O O O", {("ORG", "Ada Brisk")}),
        ("Brisk had dinner", "B-PER O O", {("PER", "Brisk")}),
        ("Harlow reported net income", "B-PER O O O", {("ORG", "Harlow")}),
        # A title that is also a family name or a given name is no part of the name after it;
        # before one word it stays where training's persons mostly had it ("Knight").
        ("said Justice Ada Brisk", "O B-PER I-PER I-PER", {("PER", "Ada Brisk")}),
        ("said Justice Brisk", "O B-PER I-PER", {("PER", "Brisk")}),
        ("said Admiral Brisk", "O B-PER I-PER", {("PER", "Brisk")}),
        ("said Knight Brisk", "O B-PER I-PER", {("PER", "Knight Brisk")}),
        # A speech verb opening a sentence before a name and a comma or a colon is the cue of
        # an inverted attribution, no part of the name.
        ("Said Ada Brisk , who", "B-PER I-PER I-PER O O", {("PER", "Ada Brisk")}),
        ('" Added Brisk :', "O B-PER I-PER O", {("PER", "Brisk")}),
        ("Said Brisk left", "B-PER I-PER O", {("PER", "Said Brisk")}),
    ],
)
def test_the_word_before_a_persons_name(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    lexicon = WordClasses(
        gazetteer={"Ada": "first", "Brisk": "last", "Harlow": "city", "Admiral": "first"},
        types={"Knight": "PER"},
        text_cap={"nor": "l", "officer": "l"},
    )
    assert rules_applied(sentence, labels, lexicon) == expected


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        # In a headline in title case, the words running text writes in lower case are no
        # part of a person's name; the rest stays one person or more.
        (
            "Brisk Will Not Be At The Fair",
            "B-PER I-PER O O O O O",
            {("PER", "Brisk")},
        ),
        (
            "Orrin Just Said Something About Brisk",
            "B-PER O B-PER O O B-PER",
            {("PER", "Orrin"), ("PER", "Brisk")},
        ),
        (
            "Ada Brisk Joins Tam Orrin At The Fair",
            "B-PER I-PER I-PER I-PER I-PER O O O",
            {("PER", "Ada Brisk"), ("PER", "Tam Orrin")},
        ),
        ("Orrin Is At The Fair - Now", "B-PER O O O B-PER I-PER O", {("PER", "Orrin")}),
        # A listed family name after a listed given name stays ("Tom Price"); a sentence in
        # running text keeps its capitals, and so does one with no function word capitalised.
        ("Ada Will Joins The Fair At Noon", "B-PER I-PER O O O O O", {("PER", "Ada Will")}),
        ("Brisk Will said it was at the fair", "B-PER I-PER O O O O O O", {("PER", "Brisk Will")}),
        (
            "Brisk Will , Fair Desk",
            "B-PER I-PER O B-ORG I-ORG",
            {("PER", "Brisk Will"), ("ORG", "Fair Desk")},
        ),
    ],
)
def test_a_headline_in_title_case(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    lexicon = WordClasses(
        gazetteer={"Ada": "first", "Brisk": "last", "Tam": "first", "Will": "first last"},
        text_cap=dict.fromkeys(
            wordset("will not be at the just said something about joins it was fair is now desk"),
            "l",
        ),
    )
    assert rules_applied(sentence, labels, lexicon) == expected


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        # A word running text writes in lower case after a weekday is the day's rite, no
        # person; a given name or a name there stays ("on Sunday Rose said").
        ("in his Sunday Mass at", "O O O B-PER O", set()),
        ("on Sunday Rose said", "O O B-PER O", {("PER", "Rose")}),
        ("on Sunday Brisk said", "O O B-PER O", {("PER", "Brisk")}),
    ],
)
def test_a_rite_after_a_weekday(sentence: str, labels: str, expected: set[tuple[str, str]]) -> None:
    lexicon = WordClasses(
        gazetteer={"Rose": "first", "Brisk": "last"},
        types={"Mass": "PER", "Rose": "PER"},
        text_cap={"mass": "l", "rose": "l"},
    )
    assert rules_applied(sentence, labels, lexicon) == expected


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        # A common noun the model took for a given name, after "the" and capitalised common
        # words, ends a law's title.
        ("to withdraw the Finance Bill after", "O O O O B-PER O", {("MISC", "Finance Bill")}),
        (
            "part of the Defence Finance Bill which",
            "O O O O O B-PER O",
            {("MISC", "Defence Finance Bill")},
        ),
        # ... not after a title, nor without "the", nor a name that is no common noun
        ("told the Reverend Bill on", "O O O B-PER O", {("PER", "Bill")}),
        ("Finance Bill said", "O B-PER O", {("PER", "Bill")}),
        ("the Finance Brisk said", "O O B-PER O", {("PER", "Brisk")}),
    ],
)
def test_a_common_noun_ending_a_title_is_no_given_name(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    lexicon = WordClasses(
        gazetteer={"Bill": "first", "Brisk": "last"},
        types={"Bill": "PER"},
        text_cap={"bill": "m", "finance": "c", "defence": "m", "reverend": "m"},
    )
    assert rules_applied(sentence, labels, lexicon) == expected


def test_a_medium_named_after_its_kind() -> None:
    """A word for a firm or a medium before a name makes it the body's ("the fact-checking site
    Tessfact", "the weekly magazine Der Tessby"); a country after one stays a place."""
    lexicon = WordClasses(gazetteer={"Tessbia": "country"})
    assert rules_applied("the site Tessfact said", "O O B-PER O", lexicon) == {("ORG", "Tessfact")}
    assert rules_applied("the magazine Der Tessby said", "O O B-PER I-PER O", lexicon) == {
        ("ORG", "Der Tessby")
    }
    assert rules_applied("a network Tessbia has financed", "O O B-LOC O O", lexicon) == {
        ("LOC", "Tessbia")
    }


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        ("Fannie Mae said", "B-PER I-PER O", {("ORG", "Fannie Mae")}),
        ("buy FREDDIE MAC notes", "O B-PER I-PER O", {("ORG", "FREDDIE MAC")}),
        ("Bernie Mac said", "B-PER I-PER O", {("PER", "Bernie Mac")}),
    ],
)
def test_a_lender_named_by_the_sound_of_its_initials_is_a_body(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    assert repaired(sentence, labels) == expected


def test_a_name_before_a_body_s_head_and_his_name_is_the_body() -> None:
    """ "Tessby Bull chairman Ada Brisk", "Sinn Fein leader Gerry Adams": no person has a
    chairman or a leader; a person's spokesman stays the person's."""
    assert repaired("Tessby Bull chairman Ada Brisk said", "B-PER I-PER O B-PER I-PER O") == {
        ("ORG", "Tessby Bull"),
        ("PER", "Ada Brisk"),
    }
    assert repaired("Tessby spokesman Ada Brisk said", "B-PER O B-PER I-PER O") == {
        ("PER", "Tessby"),
        ("PER", "Ada Brisk"),
    }
    assert repaired("named Ada Brisk chairman of it", "O B-PER I-PER O O O") == {
        ("PER", "Ada Brisk")
    }


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        # A transcript's speaker label: the name opening on a given name is a person's, the
        # title after its comma holds no role word in a name, the network before it is one.
        (
            "ADA TESSBY , TESSNET ANCHOR : Good evening",
            "B-LOC I-LOC O O B-ORG O O O",
            {("PER", "ADA TESSBY"), ("ORG", "TESSNET")},
        ),
        (
            "ADA TESSBY , TESSNET CHIEF CORRESPONDENT : Hi",
            "B-PER I-PER O B-ORG I-ORG I-ORG O O",
            {("PER", "ADA TESSBY"), ("ORG", "TESSNET")},
        ),
        ("TESSBY : Thanks for joining us", "B-PER O O O O O", {("PER", "TESSBY")}),
        # Not a name opening on no given name, nor a label that is not all capitals.
        (
            "HARLOW TESSBY , ANCHOR : Hi",
            "B-LOC I-LOC O B-ORG O O",
            {("LOC", "HARLOW TESSBY")},
        ),
        (
            "Ada Tessby , Tessnet Anchor : Hi",
            "B-LOC I-LOC O O B-ORG O O",
            {("LOC", "Ada Tessby"), ("ORG", "Anchor")},
        ),
    ],
)
def test_a_transcripts_speaker_label(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    lexicon = WordClasses(gazetteer={"Ada": "first"}, types={"TESSNET": "ORG"})
    assert rules_applied(sentence, labels, lexicon) == expected


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        # ", which" follows a thing, no person: the "person" is a body
        ("a pay offer from Tessmark , which has", "O O O O B-PER O O O", {("ORG", "Tessmark")}),
        # unless a title or role before it, a given name in it or a surname ending it shows a
        # person, whose "which" refers to a noun before ("the visit of ...")
        (
            "the visit of President Tessby , which starts",
            "O O O O B-PER O O O",
            {("PER", "Tessby")},
        ),
        ("offers from Ada Tessby , which", "O O B-PER I-PER O O", {("PER", "Ada Tessby")}),
        ("a plan brokered by Brisk , which aims", "O O O O B-PER O O O", {("PER", "Brisk")}),
    ],
)
def test_which_after_a_person_makes_it_a_body(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    assert repaired(sentence, labels) == expected


def test_a_firm_cut_into_a_firm_and_a_person_after_a_job_at_it_is_one_firm() -> None:
    """ "an analyst with Dean Witter Reynolds": the model read "Dean Witter" as a firm and
    "Reynolds" as a person; after a job at a firm the two are the firm's one name. Not after
    another word before "with" ("a lunch with Harwell Corp Ada Brisk")."""
    lexicon = WordClasses(
        gazetteer={"Ada": "first", "Brisk": "last"}, types={"Vantor": "ORG", "Corbel": "ORG"}
    )
    found = rules_applied(
        "an analyst with Vantor Corbel Tolland said", "O O O B-ORG I-ORG B-PER O", lexicon
    )
    assert found == {("ORG", "Vantor Corbel Tolland")}
    found = rules_applied(
        "a lunch with Vantor Corbel Ada Brisk ended", "O O O B-ORG I-ORG B-PER I-PER O", lexicon
    )
    assert found == {("ORG", "Vantor Corbel"), ("PER", "Ada Brisk")}


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        # A given name the model left out before a lone surname is the name's: a word news
        # nearly always capitalises or never wrote, that training saw only in persons.
        ("Tesselia Brisk can be heard", "O B-PER O O O", {("PER", "Tesselia Brisk")}),
        ("said Orla Brisk", "O O B-PER", {("PER", "Orla Brisk")}),
        # ... not a word news writes in lower case that opens the sentence, a people's
        # adjective, a word training saw outside persons, nor a title.
        ("Following Brisk on radio", "O B-PER O O", {("PER", "Brisk")}),
        ("Tessbian Brisk staffers", "O B-PER O", {("PER", "Brisk")}),
        ("Grizzly Brisk", "O B-PER", {("PER", "Brisk")}),
        ("said Officer Brisk", "O O B-PER", {("PER", "Brisk")}),
    ],
)
def test_an_unseen_given_name_before_a_lone_surname(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    lexicon = WordClasses(
        gazetteer={"Brisk": "last", "Tessbian": "nationality"},
        types={"Orla": "PER", "Tessbian": "MISC", "Grizzly": "O"},
        text_cap={"following": "l", "orla": "C", "tessbian": "C", "officer": "l"},
    )
    assert rules_applied(sentence, labels, lexicon) == expected


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        # A name of another kind before an appositive giving a person's role is a person's:
        # also a role of two words ("the secretary general of") and an official "who" after
        # an article.
        (
            "Tam Ki-orrin , the secretary general of the league , vowed",
            "B-MISC I-MISC O O O O O O O O O",
            {("PER", "Tam Ki-orrin")},
        ),
        (
            "Ada Tolland , a former Tessby official who sits on the board , said",
            "B-ORG I-ORG O O O B-PER O O O O O O O O",
            {("PER", "Ada Tolland"), ("PER", "Tessby")},
        ),
        # ... "who" only after an article: the words after the comma are a clause here.
        (
            "on Tolland , Brisk said any candidate who wants it",
            "O B-ORG O B-PER O O O O O O",
            {("ORG", "Tolland"), ("PER", "Brisk")},
        ),
        # A name the model left untagged, opening on a listed given name, before such an
        # appositive is a person's ("April" a month too); not after another capitalised word.
        (
            "April Tolland , a spokeswoman for the league , said",
            "O O O O O O O O O O",
            {("PER", "April Tolland")},
        ),
        (
            "At Harlow April Tolland , a spokeswoman for the league , said",
            "O B-LOC O O O O O O O O O O",
            {("LOC", "Harlow")},
        ),
    ],
)
def test_a_name_before_a_person_s_role(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    lexicon = WordClasses(
        gazetteer={"Ada": "first", "April": "first", "Harlow": "city", "Brisk": "last"},
        types={"Tessby": "PER"},
        text_cap={"april": "C", "who": "l", "sits": "l"},
    )
    assert rules_applied(sentence, labels, lexicon) == expected


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        # A listed given name and a word training never saw, before a say verb, are a person
        # the model took for a body; a firm named for its founder is a name training knows.
        (
            "from the Courier , Ada Tollquist says the",
            "O O B-ORG O B-ORG I-ORG O O",
            {
                ("ORG", "Courier"),
                ("PER", "Ada Tollquist"),
            },
        ),
        ("Ada Harwell said profits rose", "B-ORG I-ORG O O O", {("ORG", "Ada Harwell")}),
        ("Ada Tollquist shares rose", "B-ORG I-ORG O O", {("ORG", "Ada Tollquist")}),
        # ... nor a paper's article or a compass point, though listed as given names
        ("El Tollano said prices rose", "B-ORG I-ORG O O O", {("ORG", "El Tollano")}),
        ("North Tollquist said it", "B-ORG I-ORG O O", {("ORG", "North Tollquist")}),
        # ... nor someone's employer
        (
            "Tam Orrin of Ada Tollquist said",
            "B-PER I-PER O B-ORG I-ORG O",
            {("PER", "Tam Orrin"), ("ORG", "Ada Tollquist")},
        ),
    ],
)
def test_an_unseen_name_that_says_something(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    lexicon = WordClasses(
        gazetteer={"Ada": "first", "El": "first", "North": "first"}, types={"Harwell": "ORG"}
    )
    assert rules_applied(sentence, labels, lexicon) == expected
