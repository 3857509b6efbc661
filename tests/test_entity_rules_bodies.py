"""The rules for organisations and firms' names in parts (:mod:`newsindex.nlp.ner.rules.bodies`),
given the labels the model got wrong."""

from __future__ import annotations

import pytest
from support import rules_applied

from newsindex.nlp.ner.model import WordClasses

LEXICON = WordClasses(
    gazetteer={"Harlow": "city first", "Brisk": "last", "Ada": "first", "Tessbia": "country"},
    types={"Tessby": "ORG"},
    text_cap={"trade": "c", "senior": "l", "its": "l"}
    | dict.fromkeys(("alcohol", "tobacco", "firearms", "explosives", "economy"), "l")
    | dict.fromkeys(("industry", "finance", "economics", "political", "science"), "c")
    | dict.fromkeys(("economic", "social", "cultural", "council"), "m"),
)


def repaired(sentence: str, labels: str) -> set[tuple[str, str]]:
    return rules_applied(sentence, labels, LEXICON)


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        # A capital letter standing alone before a one-word name starts a firm's name, whatever
        # kind the model gave the rest.
        ("K Tessmart said sales rose", "O B-PER O O O", {("ORG", "K Tessmart")}),
        ("the K Tessmart chain", "O O B-LOC O", {("ORG", "K Tessmart")}),
        (
            "said K Tessmart chairman Ada Brisk",
            "O O B-ORG O B-PER I-PER",
            {("ORG", "K Tessmart"), ("PER", "Ada Brisk")},
        ),
        # Not before a listed family name or place, in a headline's capitals, nor after "A".
        ("R Brisk , Harlow", "O B-PER O B-LOC", {("PER", "Brisk"), ("LOC", "Harlow")}),
        ("W Harlow rose", "O B-LOC O", {("LOC", "Harlow")}),
        ("K TESSMART SALES RISE", "O B-PER O O", {("PER", "TESSMART")}),
        ("A Tessmart spokesman said", "O B-ORG O O", {("ORG", "Tessmart")}),
        # A body "<Head> of <field>" goes on over a second field after "and", also one the
        # model made a body of its own; not over a firm's name.
        (
            "the Ministry of Industry and Trade said",
            "O B-ORG I-ORG I-ORG O B-ORG O",
            {("ORG", "Ministry of Industry and Trade")},
        ),
        (
            "the Ministry of Harlow and Tessmart agreed",
            "O B-ORG I-ORG I-ORG O B-ORG O",
            {("ORG", "Ministry of Harlow"), ("ORG", "Tessmart")},
        ),
        (
            "the Ministry of Industry and",
            "O B-ORG I-ORG I-ORG O",
            {("ORG", "Ministry of Industry")},
        ),
        # A body "<Head> of <field>" goes on over a list of fields after a comma, the last
        # after "and"; not over firms' names, nor into a name after the last field.
        (
            "the Bureau of Alcohol , Tobacco , Firearms and Explosives said",
            "O B-ORG I-ORG I-ORG O B-ORG O O O O O",
            {("ORG", "Bureau of Alcohol , Tobacco , Firearms and Explosives")},
        ),
        (
            "the Ministry of Economy , Trade and Industry said",
            "O B-ORG I-ORG I-ORG O B-ORG I-ORG I-ORG O",
            {("ORG", "Ministry of Economy , Trade and Industry")},
        ),
        (
            "the Ministry of Finance , Tessmart and Corbel Corp said",
            "O B-ORG I-ORG I-ORG O B-ORG O B-ORG I-ORG O",
            {("ORG", "Ministry of Finance"), ("ORG", "Tessmart"), ("ORG", "Corbel Corp")},
        ),
        (
            "the Ministry of Economy , Trade and Industry Ada Brisk said",
            "O B-ORG I-ORG I-ORG O O O O B-PER I-PER O",
            {("ORG", "Ministry of Economy"), ("PER", "Ada Brisk")},
        ),
        # A body the model ended on a field's word before a comma goes on over the fields
        # and the head after it; not without a head, nor over a name.
        (
            "the Tessbian Economic , Social and Cultural Council met",
            "O B-ORG I-ORG O O O O B-ORG O",
            {("ORG", "Tessbian Economic , Social and Cultural Council")},
        ),
        (
            "the Tessbian Economic , Social and Cultural Trade met",
            "O B-ORG I-ORG O O O O O O",
            {("ORG", "Tessbian Economic")},
        ),
        (
            "the Tessbian Economic , Tessmart and Cultural Council met",
            "O B-ORG I-ORG O B-ORG O O B-ORG O",
            {("ORG", "Tessbian Economic"), ("ORG", "Tessmart"), ("ORG", "Cultural Council")},
        ),
        # So does a body "<Head> on <field>", whether the model tagged the fields or not; and
        # an organisation after "on" joins the body a rule made of the words before it.
        (
            "the Harlow Subcommittee on Alcohol , Tobacco and Firearms met",
            "O B-ORG I-ORG O B-ORG O B-ORG I-ORG I-ORG O",
            {("ORG", "Harlow Subcommittee on Alcohol , Tobacco and Firearms")},
        ),
        (
            "the Harlow Subcommittee on Alcohol , Tobacco and Firearms met",
            "O B-ORG I-ORG O O O O O O O",
            {("ORG", "Harlow Subcommittee on Alcohol , Tobacco and Firearms")},
        ),
        (
            "the Harlow Subcommittee on Alcohol , Tessmart and Corbel Corp met",
            "O B-ORG I-ORG O B-ORG O B-ORG O B-ORG I-ORG O",
            {
                ("ORG", "Harlow Subcommittee on Alcohol"),
                ("ORG", "Tessmart"),
                ("ORG", "Corbel Corp"),
            },
        ),
        (
            "the Harlow Subcommittee on Tobacco Exports met",
            "O B-ORG B-MISC O B-ORG I-ORG O",
            {("ORG", "Harlow Subcommittee on Tobacco Exports")},
        ),
        # A field of common words the model made a MISC name joins the body before the link;
        # another MISC name does not.
        (
            "the Harlow Institute for Political Science said",
            "O B-ORG I-ORG O B-MISC I-MISC O",
            {("ORG", "Harlow Institute for Political Science")},
        ),
        (
            "the Harlow Institute for Tessby Values said",
            "O B-ORG I-ORG O B-MISC I-MISC O",
            {("ORG", "Harlow Institute"), ("MISC", "Tessby Values")},
        ),
        # A body's head before "of" and an organisation of common words the model tagged
        # after it are one name, also over a last field it left out after "and"; not a
        # school and a firm.
        (
            "the Harlow School of Economics and Political Science said",
            "O B-ORG I-ORG O B-ORG I-ORG O O O",
            {("ORG", "Harlow School of Economics and Political Science")},
        ),
        (
            "the Harlow School of Tessmart said",
            "O B-ORG I-ORG O B-ORG O",
            {("ORG", "Harlow School"), ("ORG", "Tessmart")},
        ),
        # A country's own body named with the country after "of (the)" is one name.
        (
            "the Central Bank of the Tessbia kept rates",
            "O B-ORG I-ORG O O B-LOC O O",
            {("ORG", "Central Bank of the Tessbia")},
        ),
        # A listed first name and a name before "of (the)" and an organisation is a person of
        # that body; not a team named after its town ("Harlow" is a city).
        (
            "Ada Quennell of the Tessby Traders Association said",
            "B-ORG I-ORG O O B-ORG I-ORG I-ORG O",
            {("PER", "Ada Quennell"), ("ORG", "Tessby Traders Association")},
        ),
        (
            "the Harlow Bruins of the Tessby League",
            "O B-ORG I-ORG O O B-ORG I-ORG",
            {("ORG", "Harlow Bruins"), ("ORG", "Tessby League")},
        ),
        # Three names the model made a body before a verb of saying, one a listed given or
        # family name and one in no list, are a person's: not a body's word, nor after "the".
        ("Sikandor Ada Brisk said", "B-ORG I-ORG I-ORG O", {("PER", "Sikandor Ada Brisk")}),
        ("Sikandor Ada Brisk rose", "B-ORG I-ORG I-ORG O", {("ORG", "Sikandor Ada Brisk")}),
        ("Sikandor Brisk Bank said", "B-ORG I-ORG I-ORG O", {("ORG", "Sikandor Brisk Bank")}),
        ("Ada Brisk Tessby said", "B-ORG I-ORG I-ORG O", {("ORG", "Ada Brisk Tessby")}),
        (
            "the Sikandor Ada Brisk said",
            "O B-ORG I-ORG I-ORG O",
            {("ORG", "Sikandor Ada Brisk")},
        ),
    ],
)
def test_bodies(sentence: str, labels: str, expected: set[tuple[str, str]]) -> None:
    assert repaired(sentence, labels) == expected


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        # A company word after an organisation's "'s" ends that organisation, tagged or not.
        (
            "Tessby and Corbel 's Corp said",
            "B-ORG O B-ORG O B-ORG O",
            {("ORG", "Tessby and Corbel 's Corp")},
        ),
        ("Tessmart 's Inc. said", "B-ORG O O O", {("ORG", "Tessmart 's Inc.")}),
        # Not after a place's "'s", nor before a longer name of its own.
        ("Harlow 's Corp said", "B-LOC O B-ORG O", {("LOC", "Harlow"), ("ORG", "Corp")}),
        (
            "Tessmart 's Co Tessby unit",
            "B-ORG O B-ORG I-ORG O",
            {("ORG", "Tessmart"), ("ORG", "Co Tessby")},
        ),
        # A verb that no contracted "is" or "has" goes before, after a one-word "person"'s
        # "'s": a firm named for its founder; not a verb a contraction may go before.
        ("Brisker 's was the prize", "B-PER O O O O", {("ORG", "Brisker 's")}),
        ("Brisker 's will close stores", "B-PER O O O O", {("ORG", "Brisker 's")}),
        ("Brisk 's said he would", "B-PER O O O O", {("PER", "Brisk")}),
        ("Ada Brisk 's was", "B-PER I-PER O O", {("PER", "Ada Brisk")}),
        ("the Brisker 's were granted", "O B-PER O O O", {("PER", "Brisker")}),
    ],
)
def test_a_company_word_after_a_possessive(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    assert repaired(sentence, labels) == expected


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        # A party's or a coalition's name in Malay, Indonesian or a Romance language is an
        # organisation's, whatever kind the model gave it; two of them run together over
        # "and" are two, the second up to the end of the name the model started after it.
        ("Barisan Tessby won", "B-PER I-PER O", {("ORG", "Barisan Tessby")}),
        ("Tessby Nasional won", "B-PER I-PER O", {("ORG", "Tessby Nasional")}),
        ("for Alianza Harlow", "O B-LOC I-LOC", {("ORG", "Alianza Harlow")}),
        # So is a firm's or an institution's ("Petroleos de ...", "Banca ..."), which the
        # particle made a person's.
        ("Petroleos de Tessbia said", "B-PER I-PER I-PER O", {("ORG", "Petroleos de Tessbia")}),
        ("at Banca Harlowese", "O B-PER I-PER", {("ORG", "Banca Harlowese")}),
        ("the Universidade Tessby", "O B-LOC I-LOC", {("ORG", "Universidade Tessby")}),
        # ... with the rest of its name after a particle that the model left out
        (
            "arranger Banque Tessby de Harlow said",
            "O B-PER I-PER O B-LOC O",
            {("ORG", "Banque Tessby de Harlow")},
        ),
        ("to Compagnie des Tessby", "O B-PER I-PER I-PER", {("ORG", "Compagnie des Tessby")}),
        (
            "Parti Tessby and Partai Harlow Tessbia met",
            "B-ORG I-ORG I-ORG I-ORG B-LOC I-LOC O",
            {("ORG", "Parti Tessby"), ("ORG", "Partai Harlow Tessbia")},
        ),
        # A place may end on "Nacional" ("Parque Nacional"), a person never does.
        ("the Harlow Nacional park", "O B-LOC I-LOC O", {("LOC", "Harlow Nacional")}),
    ],
)
def test_foreign_bodies(sentence: str, labels: str, expected: set[tuple[str, str]]) -> None:
    assert repaired(sentence, labels) == expected


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        # A body's head tagged alone takes in the capitalised words the model left untagged
        # before it, up to three; not a function word, nor a word opening the sentence that
        # running text writes in lower case.
        ("a Tessbian Wheat Board spokesman", "O O O B-ORG O", {("ORG", "Tessbian Wheat Board")}),
        ("paid by Defeat Ada Now PAC and", "O O O O O B-ORG O", {("ORG", "Defeat Ada Now PAC")}),
        ("But Commission proposals failed", "O B-ORG O O", {("ORG", "Commission")}),
        ("Senior Trade Ministry officials said", "O O B-ORG O O", {("ORG", "Trade Ministry")}),
        # A possessive opens the name inside a sentence, not at its start.
        ("ads from Our Tessby PAC ran", "O O O O B-ORG O", {("ORG", "Our Tessby PAC")}),
        ("Our Tessby PAC ran", "O O B-ORG O", {("ORG", "Tessby PAC")}),
    ],
)
def test_untagged_words_before_a_body_s_head(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    assert repaired(sentence, labels) == expected


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        # A body named for a place after "of" that owns, by its "'s", the body after it in
        # one span: two bodies; a name whose "'s" follows no such body stays one.
        (
            "the Bank of Harlow 's Monetary Policy Committee voted",
            "O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O",
            {("ORG", "Bank of Harlow"), ("ORG", "Monetary Policy Committee")},
        ),
        (
            "the Tessby Children 's Relief Fund said",
            "O B-ORG I-ORG I-ORG I-ORG I-ORG O",
            {("ORG", "Tessby Children 's Relief Fund")},
        ),
    ],
)
def test_a_body_s_body(sentence: str, labels: str, expected: set[tuple[str, str]]) -> None:
    assert repaired(sentence, labels) == expected


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        # Company words tagged alone take in the name before them, over a wire's lower-case
        # company word; with no name before them they name no firm.
        (
            "K.L. Tessmart co Inc said sales rose",
            "B-ORG I-ORG O B-ORG O O O",
            {("ORG", "K.L. Tessmart co Inc")},
        ),
        ("the unit , Inc , said", "O O O B-ORG O O", set()),
        ("Ltd said it would", "B-ORG O O O", set()),
        ("K mart Corp said", "O O B-ORG O", {("ORG", "K mart Corp")}),
        ("LLC Corp said", "B-ORG I-ORG O", {("ORG", "LLC Corp")}),
        # partnerships' and professional corporations' forms too; a record's "LP" is none
        ("Tessby Fair LP said", "O O B-ORG O", {("ORG", "Tessby Fair LP")}),
        ("Smith Tessmont LLP said", "B-PER I-PER O O", {("ORG", "Smith Tessmont LLP")}),
        ("Tessmont P.C. told the court", "B-PER I-PER O O O", {("ORG", "Tessmont P.C.")}),
        ("the triple LP set", "O O B-ORG O", set()),
    ],
)
def test_company_words(sentence: str, labels: str, expected: set[tuple[str, str]]) -> None:
    assert repaired(sentence, labels) == expected


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        # A firm's legal form abroad ends its name, whatever the model made of the words before
        # it; not after a function word or a word in capitals, nor before a person's name.
        ("Tessby Hydro A / S said", "B-PER I-PER O O O O", {("ORG", "Tessby Hydro A / S")}),
        ("shares of Harlow Oy rose", "O O B-LOC O O", {("ORG", "Harlow Oy")}),
        ("a unit of Tessby Holding BV", "O O O O O O", {("ORG", "Tessby Holding BV")}),
        (
            "to Tessby Holding PLC of Harlow",
            "O B-PER O B-ORG I-ORG I-ORG",
            {("ORG", "Tessby Holding PLC"), ("LOC", "Harlow")},
        ),
        ("At ASA 's meeting", "O B-ORG O O", {("ORG", "ASA")}),
        (
            "Separately , Tessby AG and Its Harlow Plc rose",
            "O O B-ORG O O O B-LOC O O",
            {("ORG", "Tessby AG"), ("ORG", "Harlow Plc")},
        ),
        ("TESSBY SHARES RISE AS MARKET FALLS", "B-ORG O O O O O", {("ORG", "TESSBY")}),
        (
            "the Wessex AS Ada Brisk said",
            "O B-LOC O B-PER I-PER O",
            {("LOC", "Wessex"), ("PER", "Ada Brisk")},
        ),
    ],
)
def test_legal_forms(sentence: str, labels: str, expected: set[tuple[str, str]]) -> None:
    assert repaired(sentence, labels) == expected


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        # The first word of a title of two words is no part of the body's name before it, nor
        # a link left dangling; a people's adjective left alone is no body.
        (
            "the Tessby Nations High Commissioner for Harlow",
            "O B-ORG I-ORG I-ORG O O B-LOC",
            {("ORG", "Tessby Nations"), ("LOC", "Harlow")},
        ),
        (
            "the Harlow Party of Prime Minister Ada Brisk",
            "O B-ORG I-ORG I-ORG I-ORG O B-PER I-PER",
            {("ORG", "Harlow Party"), ("PER", "Ada Brisk")},
        ),
        ("the Tessbian High Commissioner", "O B-ORG I-ORG O", {("MISC", "Tessbian")}),
        (
            "the Tessbian High Commission",
            "O B-ORG I-ORG I-ORG",
            {("ORG", "Tessbian High Commission")},
        ),
        # A rank before names of persons the model made a body is a rank and a person; a
        # firm named with a rank and a common word stays.
        ("Cardinal Brisk said", "B-ORG I-ORG O", {("PER", "Brisk")}),
        ("Cardinal Health said", "B-ORG I-ORG O", {("ORG", "Cardinal Health")}),
        # "General" the model left out before a body opens its name; not after a title
        # ("Attorney General").
        ("General Harlow Corp said", "O B-ORG I-ORG O", {("ORG", "General Harlow Corp")}),
        ("said Attorney General Corbel", "O O O B-ORG", {("ORG", "Corbel")}),
        ("The General Corbel partnership", "O O B-ORG O", {("ORG", "General Corbel")}),
        # Words running text writes in lower case after a title and "for" are its field.
        ("the Commissioner for Refugees said", "O O O B-ORG O", set()),
        (
            "the Commission for Refugees said",
            "O B-ORG I-ORG I-ORG O",
            {("ORG", "Commission for Refugees")},
        ),
    ],
)
def test_titles_after_bodies(sentence: str, labels: str, expected: set[tuple[str, str]]) -> None:
    lexicon = WordClasses(
        gazetteer={"Brisk": "last"}, types={"Tessbian": "MISC"}, text_cap={"refugees": "l"}
    )
    assert rules_applied(sentence, labels, lexicon) == expected


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        # One or two capitalised words the model left out before "and" open the body after it
        # when it ends on a body's or a firm's word: "the Immigration and" + "Naturalization
        # Service", "its Home Savings and" + "Loan Association"; not at the sentence's start,
        # after another capitalised word or a body's "of", a firm's word (two firms), nor a
        # letter before a word.
        (
            "said the Tessby and Harlow Service",
            "O O O O B-ORG I-ORG",
            {("ORG", "Tessby and Harlow Service")},
        ),
        (
            "The Tessby and Harlow Service said",
            "O O O B-ORG I-ORG O",
            {("ORG", "Tessby and Harlow Service")},
        ),
        (
            "sold its Home Savings and Loan Association to",
            "O O O O O B-ORG I-ORG O",
            {("ORG", "Home Savings and Loan Association")},
        ),
        (
            "a J and J Snack Corp plant",
            "O O O B-ORG I-ORG I-ORG O",
            {("ORG", "J and J Snack Corp")},
        ),
        ("Tessby and Harlow Service said", "O O B-ORG I-ORG O", {("ORG", "Harlow Service")}),
        (
            "by Ada Tessby and Harlow Service",
            "O B-PER O O B-ORG I-ORG",
            {
                ("PER", "Ada"),
                ("ORG", "Harlow Service"),
            },
        ),
        ("with Tessby Ltd and Harlow Corp", "O O O O B-ORG I-ORG", {("ORG", "Harlow Corp")}),
        ("with S and Harlow Bank", "O O O B-ORG I-ORG", {("ORG", "Harlow Bank")}),
        (
            "the Tessby School of Law and Harlow Service",
            "O B-ORG I-ORG O O O B-ORG I-ORG",
            {("ORG", "Tessby School"), ("ORG", "Harlow Service")},
        ),
    ],
)
def test_a_field_before_and(sentence: str, labels: str, expected: set[tuple[str, str]]) -> None:
    assert repaired(sentence, labels) == expected


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        # A place tagged apart before "and" starts a firm's name that ends on a company word.
        (
            "Harlow and Western Inc said",
            "B-LOC O B-ORG I-ORG O",
            {("ORG", "Harlow and Western Inc")},
        ),
        (
            "a unit of Harlow and Tessbia Trading Co",
            "O O O B-LOC O B-ORG I-ORG I-ORG",
            {("ORG", "Harlow and Tessbia Trading Co")},
        ),
        # ... also once a place after "and" has joined the firm's name
        (
            "Harlow and Tessbia Banking Group Ltd said",
            "B-LOC O B-LOC B-ORG I-ORG I-ORG O",
            {("ORG", "Harlow and Tessbia Banking Group Ltd")},
        ),
        # ... not in a list, after a name's "of", or after a common noun's "of" a listed place
        # and a firm whose name starts with no place: two of them.
        (
            "Corbel SA of Tessbia and Vorlant Corp",
            "B-ORG I-ORG O B-LOC O B-ORG I-ORG",
            {("ORG", "Corbel SA"), ("LOC", "Tessbia"), ("ORG", "Vorlant Corp")},
        ),
        (
            "in Leeds , Harlow and Vorlant Corp",
            "O B-LOC O B-LOC O B-ORG I-ORG",
            {("LOC", "Leeds"), ("LOC", "Harlow"), ("ORG", "Vorlant Corp")},
        ),
        (
            "the family of Tessbia and Vorlant Corp",
            "O O O B-LOC O B-ORG I-ORG",
            {("LOC", "Tessbia"), ("ORG", "Vorlant Corp")},
        ),
        (
            "brewers including Harlow and Vorlant Brewing Co",
            "O O B-LOC O B-ORG I-ORG I-ORG",
            {("LOC", "Harlow"), ("ORG", "Vorlant Brewing Co")},
        ),
        (
            "excluding EDS and Vorlant Corp",
            "O B-LOC O B-ORG I-ORG",
            {("ORG", "EDS"), ("ORG", "Vorlant Corp")},
        ),
    ],
)
def test_a_place_before_and_starts_a_firm_s_name(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    """ "Gulf and Western Inc", "Hong Kong and Shanghai Banking Corp": one firm."""
    assert repaired(sentence, labels) == expected


def test_an_untagged_body_an_adjective_names_is_tagged() -> None:
    """ "the Islamic State has called": a body the model left untagged; not a longer name's
    first words, nor words the model tagged."""
    lexicon = WordClasses()
    assert rules_applied("the Tessbic State has called", "O O O O O", lexicon) == {
        ("ORG", "Tessbic State")
    }
    assert rules_applied("the Tessbian Army moved in", "O O O O O", lexicon) == {
        ("ORG", "Tessbian Army")
    }
    assert rules_applied("the Tessbic State of Harlow", "O O O O O", lexicon) == set()
    assert rules_applied("the Tessbic State Group said", "O O O O O", lexicon) == set()
    assert rules_applied("the Tessbic State has called", "O B-MISC I-MISC O O", lexicon) == {
        ("MISC", "Tessbic State")
    }


_PAPERS = WordClasses(
    gazetteer={"Harlow": "city", "USA": "country", "Tessbia": "country"},
    phrases={"Tessbia Republic": "country"},
)


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        # A newspaper named by its town, "the" before it, is one organisation, whatever the
        # model made of it; a place listed whole stays a place, a politician no paper.
        ("he told the Harlow Globe", "O O O B-MISC I-MISC", {("ORG", "Harlow Globe")}),
        ("in the Harlow World-Herald", "O O B-LOC O", {("ORG", "Harlow World-Herald")}),
        ("the Harlow Morning News said", "O B-LOC O O O", {("ORG", "Harlow Morning News")}),
        ("he told USA Today on Monday", "O O B-LOC O O O", {("ORG", "USA Today")}),
        ("he told USA TODAY on Monday", "O O B-LOC O O O", {("ORG", "USA TODAY")}),
        ("he visited the Tessbia Republic", "O O O B-LOC I-LOC", {("LOC", "Tessbia Republic")}),
        ("the Harlow Democrat said", "O B-LOC O O", {("LOC", "Harlow")}),
        ("Harlow Globe sales", "B-LOC O O", {("LOC", "Harlow")}),
    ],
)  # fmt: skip
def test_papers_of_places(sentence: str, labels: str, expected: set[tuple[str, str]]) -> None:
    assert rules_applied(sentence, labels, _PAPERS) == expected


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        # A nationality, or a MISC name, right before a firm's name that ends on a company word
        # opens that name.
        (
            "Tessbian Telephone and Telegraph Co said",
            "O B-ORG I-ORG I-ORG I-ORG O",
            {("ORG", "Tessbian Telephone and Telegraph Co")},
        ),
        (
            "sold to International Tessbian Homes Inc .",
            "O O B-MISC I-MISC B-ORG I-ORG O",
            {("ORG", "International Tessbian Homes Inc")},
        ),
        # Not before a body ("the Tessbian Finance Ministry"), nor after "-based", nor after a
        # word the model left untagged that is no nationality.
        (
            "the Tessbian Finance Ministry said",
            "O O B-ORG I-ORG O",
            {("ORG", "Finance Ministry")},
        ),
        (
            "Harlow-based Quillmet Corp said",
            "B-MISC B-ORG I-ORG O",
            {("MISC", "Harlow-based"), ("ORG", "Quillmet Corp")},
        ),
        ("Shares of Quillmet Corp rose", "O O B-ORG I-ORG O", {("ORG", "Quillmet Corp")}),
    ],
)
def test_a_nationality_before_a_firm_s_name_opens_it(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    lexicon = WordClasses(gazetteer={"Tessbian": "nationality"})
    assert rules_applied(sentence, labels, lexicon) == expected


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        # A capitalised "The" inside a sentence opens the paper's, band's or network's name
        # after it.
        (
            "she told The Harlow Courier on Monday",
            "O O O B-ORG I-ORG O O",
            {("ORG", "The Harlow Courier")},
        ),
        (
            "the drummer of The Quillmets , a band",
            "O O O O B-ORG O O O",
            {("ORG", "The Quillmets")},
        ),
        (
            "bands such as Tessmart , The Quillmets and Corbel",
            "O O O B-ORG O O B-ORG O B-ORG",
            {("ORG", "Tessmart"), ("ORG", "The Quillmets"), ("ORG", "Corbel")},
        ),
        # Not before a name with a firm's or an institution's word, where it is the article,
        # nor after a dash or a quote mark, where a line or a title opens.
        (
            "repairs by The Quillmet Company failed",
            "O O O B-ORG I-ORG O",
            {("ORG", "Quillmet Company")},
        ),
        (
            "said The Harlow Trade Department",
            "O O B-ORG I-ORG I-ORG",
            {("ORG", "Harlow Trade Department")},
        ),
        ("TOUR NEWS - The Quillmets cancel", "O O O O B-ORG O", {("ORG", "Quillmets")}),
        ('he read " The Quillmets " aloud', "O O O O B-ORG O O", {("ORG", "Quillmets")}),
        ("The Quillmets played", "O B-ORG O", {("ORG", "Quillmets")}),
    ],
)
def test_a_capitalised_the_inside_a_sentence_opens_the_body(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    assert repaired(sentence, labels) == expected


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        # A plural name defined by "are" or "were" as a kind of body is the body, and "from"
        # goes on about the body defined.
        (
            "The Quill Hawks are a baseball team in Wessex",
            "O B-LOC I-LOC O O O O O B-LOC",
            {("ORG", "Quill Hawks"), ("LOC", "Wessex")},
        ),
        ("Quillers were a punk band from the north", "B-PER O O O O O O O", {("ORG", "Quillers")}),
        # Not a person's job in a body, nor a noun that no body is.
        (
            "Ada and Tam are a team player 's dream",
            "B-PER O B-PER O O O O O O",
            {("PER", "Ada"), ("PER", "Tam")},
        ),
        (
            "The Brisks were a family from Wessex",
            "O B-PER O O O O B-LOC",
            {("PER", "Brisks"), ("LOC", "Wessex")},
        ),
    ],
)
def test_a_plural_name_defined_as_a_body_is_the_body(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    assert repaired(sentence, labels) == expected
