from __future__ import annotations

from newsindex.nlp.ner.tagger import Mention
from newsindex.nlp.senses import (
    cued_companies,
    named_things,
    one_sense,
    towns,
    variant_names,
    whole_names,
)


def kinds(mentions: list[list[Mention]]) -> list[list[tuple[str, str]]]:
    return [[(m.kind, m.text) for m in row] for row in mentions]


def test_a_company_shortened_later_in_the_article_stays_a_company() -> None:
    article = [
        [Mention("ORG", "Vantor Aircraft Co", 0, 18)],
        [Mention("PER", "Vantor", 0, 6), Mention("PER", "Ada Brisk", 20, 29)],
    ]
    assert kinds(one_sense(article)) == [
        [("ORG", "Vantor Aircraft Co")],
        [("ORG", "Vantor"), ("PER", "Ada Brisk")],
    ]


def test_the_last_word_of_a_long_organisation_name_alone_is_the_organisation() -> None:
    """Continental names put the firm's own word last ("Regie Nationale des Usines Renault"),
    and the story then writes that word alone; a person of that surname named in full keeps
    it, and a short name claims nothing."""
    article = [
        [Mention("ORG", "Societe Nationale des Ateliers Vantor", 0, 37)],
        [Mention("PER", "Vantor", 0, 6), Mention("PER", "Brisk", 10, 15)],
        [Mention("ORG", "Banca Brisk", 0, 11)],
    ]
    assert kinds(one_sense(article))[1] == [("ORG", "Vantor"), ("PER", "Brisk")]
    article[2].append(Mention("PER", "Ada Vantor", 20, 30))
    assert kinds(one_sense(article))[1] == [("PER", "Vantor"), ("PER", "Brisk")]


def test_a_word_tagged_a_company_as_often_as_a_person_is_a_company() -> None:
    article = [
        [Mention("ORG", "Quillmet", 0, 8), Mention("PER", "Quillmet", 40, 48)],
        [Mention("PER", "Quillmet", 0, 8), Mention("ORG", "Quillmet", 20, 28)],
        [
            Mention("PER", "Brisk", 0, 5),
            Mention("ORG", "Brisk", 9, 14),
            Mention("PER", "Brisk", 20, 25),
        ],
    ]
    assert kinds(one_sense(article)) == [
        [("ORG", "Quillmet"), ("ORG", "Quillmet")],
        [("ORG", "Quillmet"), ("ORG", "Quillmet")],
        [("PER", "Brisk"), ("ORG", "Brisk"), ("PER", "Brisk")],  # mostly a person: left alone
    ]


def test_a_word_tagged_an_organisation_more_often_than_a_place_is_one() -> None:
    """ "members of OPEC" beside "OPEC said" twice: the body, not a place; a place named as
    often as a body, and a place of several words, are left as tagged."""
    article = [
        [Mention("ORG", "TARC", 0, 4), Mention("LOC", "Harlow", 10, 16)],
        [Mention("LOC", "TARC", 14, 18), Mention("ORG", "Harlow", 20, 26)],
        [Mention("ORG", "TARC", 0, 4), Mention("LOC", "New Harlow", 9, 19)],
        [Mention("ORG", "New Harlow", 0, 10), Mention("ORG", "New Harlow", 20, 30)],
    ]
    assert kinds(one_sense(article))[:2] == [
        [("ORG", "TARC"), ("LOC", "Harlow")],
        [("ORG", "TARC"), ("ORG", "Harlow")],
    ]
    assert kinds(one_sense(article))[2][1] == ("LOC", "New Harlow")


def test_a_person_of_that_surname_in_the_article_keeps_the_surname_a_person() -> None:
    article = [
        [Mention("ORG", "Hollis International Corp", 0, 25), Mention("ORG", "Hollis", 30, 36)],
        [Mention("PER", "Paul Hollis", 0, 11), Mention("PER", "Hollis", 30, 36)],
    ]
    assert kinds(one_sense(article))[1] == [("PER", "Paul Hollis"), ("PER", "Hollis")]


def test_names_that_are_not_companies_do_not_claim_people() -> None:
    """Neither "Reagan White House" nor "Okafor Cabinet" is a firm: both stay people."""
    article = [
        [Mention("ORG", "Reagan White House", 0, 18), Mention("ORG", "Okafor Cabinet", 30, 44)],
        [Mention("PER", "Reagan", 0, 6), Mention("PER", "Okafor", 10, 16)],
    ]
    assert kinds(one_sense(article))[1] == [("PER", "Reagan"), ("PER", "Okafor")]


def test_an_institution_named_by_its_head_is_the_one_named_in_full() -> None:
    article = [
        [Mention("ORG", "Bank of Ontario", 4, 19), Mention("ORG", "Lindqvist Fund", 30, 44)],
        [Mention("ORG", "Bank", 4, 8), Mention("ORG", "Commission", 20, 30)],
    ]
    assert kinds(one_sense(article))[1] == [("ORG", "Bank of Ontario"), ("ORG", "Commission")]
    two = [*article, [Mention("ORG", "World Bank", 0, 10)]]
    assert kinds(one_sense(two))[1][0] == ("ORG", "Bank")  # two banks: which is not known
    # unless the story names one at least twice as often as any other
    again = [*two, [Mention("ORG", "Bank of Ontario", 0, 15)]]
    assert kinds(one_sense(again))[1][0] == ("ORG", "Bank of Ontario")


def _at(text: str, kind: str, name: str) -> Mention:
    start = text.index(name)
    return Mention(kind, name, start, start + len(name))


def test_a_long_name_tagged_whole_once_is_whole_everywhere_in_the_article() -> None:
    texts = [
        "Talks under the Accord on Lumber and Pulp (ALP) resumed.",
        "Mills said the Accord on Lumber and Pulp, signed in Tessel, had failed.",
        "Nora Pulp said the Accord on Lumber and Pulp helped.",
        "The Accord on Lumber and Pulpwood is another matter.",
    ]
    name = "Accord on Lumber and Pulp"
    mentions = [
        [_at(texts[0], "ORG", name), _at(texts[0], "ORG", "ALP")],
        [_at(texts[1], "LOC", "Lumber"), _at(texts[1], "LOC", "Tessel")],
        [
            _at(texts[2], "PER", "Nora Pulp"),
            Mention("PER", "Pulp", texts[2].rindex("Pulp"), texts[2].rindex("Pulp") + 4),
        ],
        [_at(texts[3], "LOC", "Lumber")],
    ]
    assert kinds(whole_names(texts, mentions)) == [
        [("ORG", name), ("ORG", "ALP")],
        [("ORG", name), ("LOC", "Tessel")],  # the part made whole
        [("PER", "Nora Pulp"), ("PER", "Pulp")],  # a person inside: left alone
        [("LOC", "Lumber")],  # "Pulpwood": not the name
    ]


def test_a_long_name_gives_its_first_word_to_a_mention_that_left_it_out() -> None:
    """The model leaves out a sentence's first word that is common on its own ("Home", "First");
    a name the article does not hold ("Home Tessel Care"), a tagged word and "The" are left."""
    texts = [
        "Its unit, Home Tessel Services Inc., filed.",
        "Home Tessel has 10 million shares.",
        "Home Tessel Care is another firm.",
        "Harlow Tessel rose.",
        "The Tessel Exchange (TE) said so.",
        "The Tessel Exchange Ltd was founded.",
    ]
    mentions = [
        [_at(texts[0], "ORG", "Home Tessel Services Inc.")],
        [_at(texts[1], "ORG", "Tessel")],
        [_at(texts[2], "ORG", "Tessel Care")],
        [_at(texts[3], "LOC", "Harlow"), _at(texts[3], "ORG", "Tessel")],
        [_at(texts[4], "ORG", "Tessel Exchange")],
        [_at(texts[5], "ORG", "The Tessel Exchange Ltd")],
    ]
    assert kinds(whole_names(texts, mentions)) == [
        [("ORG", "Home Tessel Services Inc.")],
        [("ORG", "Home Tessel")],
        [("ORG", "Tessel Care")],
        [("LOC", "Harlow"), ("ORG", "Tessel")],
        [("ORG", "Tessel Exchange")],
        [("ORG", "The Tessel Exchange Ltd")],
    ]


def test_short_names_are_not_spread() -> None:
    texts = ["Hollin Bank said so.", "The Hollin Bank fund rose."]
    mentions = [[_at(texts[0], "ORG", "Hollin Bank")], [_at(texts[1], "LOC", "Hollin")]]
    assert kinds(whole_names(texts, mentions)) == [
        [("ORG", "Hollin Bank")],
        [("LOC", "Hollin")],
    ]


def test_the_start_of_a_hyphenated_company_name_is_the_company() -> None:
    article = [
        [Mention("ORG", "Tessel-Harlow Inc", 0, 17)],
        [Mention("PER", "Tessel", 30, 36)],
    ]
    assert kinds(one_sense(article)) == [[("ORG", "Tessel-Harlow Inc")], [("ORG", "Tessel")]]


def test_the_start_of_any_hyphenated_organisation_name_is_the_organisation() -> None:
    article = [
        [Mention("ORG", "Tessel-Harlow", 0, 13)],
        [Mention("PER", "Tessel", 0, 6), Mention("PER", "Ada Brisk", 20, 29)],
        [Mention("PER", "Harlow", 0, 6)],  # its start only
    ]
    assert kinds(one_sense(article))[1:] == [
        [("ORG", "Tessel"), ("PER", "Ada Brisk")],
        [("PER", "Harlow")],
    ]
    # ... not two persons' names ("Reagan-Gorbachev" summit) nor a person's and a participle
    people = [
        [Mention("ORG", "Brisk-Tolland", 0, 13), Mention("ORG", "Roe-appointed Board", 20, 39)],
        [Mention("PER", "Brisk", 0, 5), Mention("PER", "Roe", 20, 23)],
    ]
    person_word = {"Tolland", "Brisk", "Roe"}.__contains__
    assert kinds(one_sense(people, None, person_word))[1] == [("PER", "Brisk"), ("PER", "Roe")]
    # ... nor a surname the article gives a person named in full
    people[1].append(Mention("PER", "Ada Tolland", 30, 41))
    assert kinds(one_sense(people))[1][0] == ("PER", "Brisk")


def test_a_name_before_the_possessive_of_a_company_name_is_the_company() -> None:
    article = [
        [Mention("ORG", "Tessel's International Inc", 0, 26)],
        [Mention("PER", "Tessel", 0, 6), Mention("PER", "Ada Brisk", 20, 29)],
    ]
    assert kinds(one_sense(article))[1] == [("ORG", "Tessel"), ("PER", "Ada Brisk")]


def test_a_place_no_list_holds_that_starts_a_company_s_name_is_the_company() -> None:
    article = [
        [Mention("ORG", "Tessmed Inc", 0, 11), Mention("ORG", "Harlow Airlines Co", 20, 38)],
        [Mention("LOC", "Tessmed", 0, 7), Mention("LOC", "Harlow", 20, 26)],
    ]
    listed = {"Harlow"}.__contains__
    assert kinds(one_sense(article, listed))[1] == [("ORG", "Tessmed"), ("LOC", "Harlow")]
    assert kinds(one_sense(article))[1] == [("LOC", "Tessmed"), ("LOC", "Harlow")]


def test_a_listed_place_tagged_a_place_and_a_body_is_the_place() -> None:
    """ "the Harlow wheat zone" then "Total Harlow sales" read as a body: the listed place
    wins, whichever reading is more frequent; not when a body's name opens with it ("Tessmed
    Royal Bank" then "an official of Tessmed"), nor for a place no list holds."""
    article = [
        [Mention("LOC", "Harlow", 10, 16)],
        [Mention("ORG", "Harlow", 6, 12)],
        [Mention("ORG", "Harlow", 0, 6), Mention("ORG", "Quillmet", 20, 28)],
        [Mention("LOC", "Quillmet", 0, 8)],
    ]
    listed = {"Harlow", "Tessmed"}.__contains__
    assert kinds(one_sense(article, listed)) == [
        [("LOC", "Harlow")],
        [("LOC", "Harlow")],
        [("LOC", "Harlow"), ("ORG", "Quillmet")],
        [("LOC", "Quillmet")],  # as often a place as a body, and listed nowhere: as tagged
    ]
    bank = [
        [Mention("ORG", "Tessmed Royal Bank", 0, 18)],
        [Mention("ORG", "Tessmed", 0, 7), Mention("LOC", "Tessmed", 30, 37)],
        [Mention("ORG", "Tessmed", 0, 7)],
    ]
    assert kinds(one_sense(bank, listed))[1] == [("ORG", "Tessmed"), ("ORG", "Tessmed")]


def test_a_founder_s_name_alone_is_the_firm_named_after_him() -> None:
    article = [
        [Mention("ORG", "E.F. Vantor Group Inc", 0, 21), Mention("ORG", "Tessel and Co", 30, 43)],
        [Mention("PER", "Vantor", 0, 6), Mention("PER", "Tessel", 10, 16)],
        [Mention("PER", "Brisk", 0, 5)],
    ]
    assert kinds(one_sense(article))[1:] == [
        [("ORG", "Vantor"), ("ORG", "Tessel")],
        [("PER", "Brisk")],
    ]
    article[2].append(Mention("PER", "Ada Vantor", 10, 20))  # a person of that name
    assert kinds(one_sense(article))[1] == [("PER", "Vantor"), ("ORG", "Tessel")]


def test_a_name_after_the_initials_opening_a_firm_s_name_is_the_firm() -> None:
    """ "E.F. Vantor LBO Inc" then "Vantor said": the founder's name follows the initials, not
    the company words; "E.F. Vantor" tagged a person opens the firm's name, so it names no
    person in full, where "Ada F. Vantor" (of "Ada F. Vantor and Co") does: "Vantor" is him."""
    article = [
        [Mention("ORG", "E.F. Vantor LBO Inc", 0, 19)],
        [Mention("PER", "Vantor", 0, 6)],
        [Mention("PER", "E.F. Vantor", 20, 31)],
    ]
    assert kinds(one_sense(article)) == [
        [("ORG", "E.F. Vantor LBO Inc")],
        [("ORG", "Vantor")],
        [("ORG", "E.F. Vantor")],
    ]
    article = [
        [Mention("ORG", "Ada F. Vantor and Co", 0, 20)],
        [Mention("PER", "Vantor", 0, 6)],
        [Mention("PER", "Ada F. Vantor", 20, 33)],
    ]
    assert kinds(one_sense(article))[1] == [("PER", "Vantor")]


def test_a_greek_letter_named_as_a_variant_is_no_name_anywhere_in_the_article() -> None:
    texts = ["The Omicron variant reached Tessel.", "The spread of Omicron slowed. Delta said."]
    article = [
        [Mention("LOC", "Tessel", 28, 34)],
        [Mention("ORG", "Omicron", 14, 21), Mention("ORG", "Delta", 30, 35)],
    ]
    assert kinds(variant_names(texts, article)) == [[("LOC", "Tessel")], [("ORG", "Delta")]]
    other = ["Omicron Ltd said.", "Omicron rose."]
    kept = [[Mention("ORG", "Omicron Ltd", 0, 11)], [Mention("ORG", "Omicron", 0, 7)]]
    assert kinds(variant_names(other, kept)) == [[("ORG", "Omicron Ltd")], [("ORG", "Omicron")]]


def test_a_name_the_article_calls_a_drug_is_no_name_anywhere_in_the_article() -> None:
    """ "the company's drug Zelmacor", "its asthma drug, Pellvex,", "Quintavir, the first drug
    shown to", "marketed as Dorvane"; not "the drug czar Ada Brisk" (and "Brisk" alone stays
    hers), nor "Tessco, a drug company"."""
    texts = [
        "The panel backed the company's drug Zelmacor. Approve Zelmacor for use, it said.",
        "Its asthma drug, Pellvex, and Quintavir, the first drug shown to work. Pellvex sold.",
        "AZT will be marketed as Dorvane. The drug czar Ada Brisk spoke; Brisk left.",
        "Tessco, a drug company, said Tessco would grow.",
    ]
    article = [
        [Mention("PER", "Zelmacor", 39, 47), Mention("PER", "Zelmacor", 57, 65)],
        [Mention("ORG", "Pellvex", 17, 24), Mention("PER", "Pellvex", 71, 78)],
        [Mention("LOC", "Dorvane", 25, 32), Mention("PER", "Ada Brisk", 48, 57)],
        [Mention("ORG", "Tessco", 0, 6), Mention("ORG", "Tessco", 30, 36)],
    ]
    article[2].append(Mention("PER", "Brisk", 65, 70))
    assert kinds(variant_names(texts, article)) == [
        [],
        [],
        [("PER", "Ada Brisk"), ("PER", "Brisk")],
        [("ORG", "Tessco"), ("ORG", "Tessco")],
    ]


def test_a_surname_tagged_an_organisation_is_the_person_named_in_full() -> None:
    """A person introduced by full name and then by surname alone, where the tagger read the
    surname as an organisation; not when a longer organisation's name starts with it."""
    article = [
        [Mention("PER", "Ada Tenwick", 0, 11)],
        [Mention("ORG", "Tenwick", 0, 7), Mention("ORG", "Harlow Board", 20, 32)],
    ]
    assert kinds(one_sense(article))[1] == [("PER", "Tenwick"), ("ORG", "Harlow Board")]
    article.append([Mention("ORG", "Tenwick Mills Inc", 0, 17)])
    assert kinds(one_sense(article))[1] == [("ORG", "Tenwick"), ("ORG", "Harlow Board")]


def test_a_name_of_no_person_s_words_tagged_both_ways_is_the_organisation() -> None:
    """ "a spokesman for Het Vorlant" (ORG) beside "Het Vorlant said" (PER, also a place
    once): no word of it names a person, so it is the body everywhere; a name with a given
    name ("Ada Quillmet") or an elided particle ("D'Vorlant") is left as tagged."""
    given = {"Ada"}
    article = [
        [Mention("ORG", "Het Vorlant", 0, 11), Mention("PER", "Ada Quillmet", 20, 32)],
        [Mention("PER", "Het Vorlant", 0, 11), Mention("ORG", "Ada Quillmet", 20, 32)],
        [Mention("LOC", "Het Vorlant", 5, 16), Mention("PER", "Tomo D'Vorlant", 20, 34)],
        [Mention("ORG", "Tomo D'Vorlant", 0, 14)],
    ]
    assert kinds(one_sense(article, person_word=given.__contains__)) == [
        [("ORG", "Het Vorlant"), ("PER", "Ada Quillmet")],
        [("ORG", "Het Vorlant"), ("ORG", "Ada Quillmet")],
        [("ORG", "Het Vorlant"), ("PER", "Tomo D'Vorlant")],
        [("ORG", "Tomo D'Vorlant")],
    ]
    assert kinds(one_sense(article))[1][0] == ("PER", "Het Vorlant")  # without the word test


def test_the_last_words_of_a_person_s_full_name_tagged_an_organisation_are_the_person() -> None:
    """ "Justin Ki Hong" in the lead, then "Ki Hong said" tagged ORG: the person; not where an
    organisation's longer name starts with them."""
    article = [
        [Mention("PER", "Tomo Ki Vorlant", 0, 15)],
        [Mention("ORG", "Ki Vorlant", 0, 10), Mention("ORG", "Vorlant", 20, 27)],
    ]
    assert kinds(one_sense(article))[1] == [("PER", "Ki Vorlant"), ("PER", "Vorlant")]
    article.append([Mention("ORG", "Ki Vorlant Mills Inc", 0, 20)])
    assert kinds(one_sense(article))[1] == [("ORG", "Ki Vorlant"), ("PER", "Vorlant")]


def test_a_name_of_several_words_is_what_the_article_tags_it_twice_as_often() -> None:
    """ "Vorlant Tessby said" twice (ORG), "said Vorlant Tessby" once (PER): the organisation;
    "Ada Brisk" a person twice and an organisation once: the person, if its first and last
    words may name a person ("Ada Corbel" may not: "Corbel" is no person's word)."""
    article = [
        [Mention("ORG", "Vorlant Tessby", 0, 14), Mention("PER", "Ada Brisk", 20, 29)],
        [Mention("ORG", "Vorlant Tessby", 0, 14), Mention("ORG", "Ada Brisk", 20, 29)],
        [Mention("PER", "Vorlant Tessby", 0, 14), Mention("PER", "Ada Brisk", 20, 29)],
        [Mention("PER", "Ada Corbel", 0, 10), Mention("PER", "Ada Corbel", 20, 30)],
        [Mention("ORG", "Ada Corbel", 0, 10)],
    ]
    person_word = {"Ada", "Brisk", "Vorlant"}.__contains__
    assert kinds(one_sense(article, person_word=person_word)) == [
        [("ORG", "Vorlant Tessby"), ("PER", "Ada Brisk")],
        [("ORG", "Vorlant Tessby"), ("PER", "Ada Brisk")],
        [("ORG", "Vorlant Tessby"), ("PER", "Ada Brisk")],
        [("PER", "Ada Corbel"), ("PER", "Ada Corbel")],
        [("ORG", "Ada Corbel")],
    ]


def test_a_person_read_twice_as_often_is_the_firm_whose_full_name_it_opens() -> None:
    """ "Ada Brisk" a person twice and an organisation once, beside "Ada Brisk Corp.": the firm
    everywhere (the two rules swapped the kinds of its mentions)."""
    article = [
        [Mention("ORG", "Ada Brisk Corp.", 0, 15)],
        [Mention("PER", "Ada Brisk", 0, 9)],
        [Mention("PER", "Ada Brisk", 0, 9)],
        [Mention("ORG", "Ada Brisk", 0, 9)],
    ]
    person_word = {"Ada", "Brisk"}.__contains__
    assert kinds(one_sense(article, person_word=person_word)) == [
        [("ORG", "Ada Brisk Corp.")],
        [("ORG", "Ada Brisk")],
        [("ORG", "Ada Brisk")],
        [("ORG", "Ada Brisk")],
    ]


def listed_person(word: str) -> bool:
    return word in ("Ada", "Bo", "Brisk", "Lune")


def nationality(word: str) -> bool:
    return word == "Tessian"


def test_a_one_word_name_with_a_company_s_cue_is_the_company_throughout() -> None:
    """ "Shares of Tessmark", "Tessmark chief executive" mark a company the tagger left out or
    took for a person or a place elsewhere in the article."""
    texts = [
        "Tessmark said sales rose. Ada Brisk was pleased.",
        "Shares of Tessmark rose 2 percent, said Bo Lune, Tessmark chief executive.",
        "Analysts expected Tessmark to gain. Brisk agreed.",
    ]
    article = [
        [Mention("PER", "Ada Brisk", 26, 35)],
        [Mention("LOC", "Tessmark", 10, 18), Mention("PER", "Bo Lune", 40, 47)],
        [Mention("PER", "Tessmark", 18, 26), Mention("PER", "Brisk", 36, 41)],
    ]
    assert kinds(cued_companies(texts, article, listed_person, nationality)) == [
        [("ORG", "Tessmark"), ("PER", "Ada Brisk")],
        [("ORG", "Tessmark"), ("PER", "Bo Lune"), ("ORG", "Tessmark")],
        [("ORG", "Tessmark"), ("PER", "Brisk")],
    ]
    alone = [[Mention("PER", "Bo Lune", 0, 7)]]
    assert kinds(
        cued_companies(
            ["Bo Lune, Vantis chief executive, spoke."], alone, listed_person, nationality
        )
    ) == [[("PER", "Bo Lune"), ("ORG", "Vantis")]]


def test_a_name_that_speaks_in_its_own_report_is_a_firm_throughout() -> None:
    """ "Vantor Brisk said in its weekly review": a firm's name the tagger took for a person's,
    in all the article; after initials ("broker C. Lune says in its review") the name alone
    ("Lune says") too; not a person who speaks in his own report."""
    texts = [
        "Rains came, Vantor Brisk said in its weekly review.",
        "Vantor Brisk said stocks fell. Prices rose, broker C. Lune says in its review.",
        "Lune says prices will rise. Ada Quill said in his report that sales fell.",
    ]
    article = [
        [Mention("PER", "Vantor Brisk", 12, 24)],
        [Mention("PER", "Vantor Brisk", 0, 12), Mention("PER", "C. Lune", 51, 58)],
        [Mention("PER", "Lune", 0, 4), Mention("PER", "Ada Quill", 28, 37)],
    ]
    assert kinds(cued_companies(texts, article, listed_person, nationality)) == [
        [("ORG", "Vantor Brisk")],
        [("ORG", "Vantor Brisk"), ("ORG", "C. Lune")],
        [("ORG", "Lune"), ("PER", "Ada Quill")],
    ]


def test_words_beside_shares_that_name_no_company_are_left() -> None:
    """An adjective opening the sentence, a nationality, a word of a longer name, the surname
    of a person named in full, or a word followed by a noun is no company."""
    texts = [
        "Ordinary shares rose. Tessian shares fell. Vel Corp's shares fell.",
        "Brisk's shares fell, said Ada Brisk. It bought shares of Lunar brewers.",
    ]
    article: list[list[Mention]] = [[], [Mention("PER", "Ada Brisk", 25, 34)]]
    assert kinds(cued_companies(texts, article, listed_person, nationality)) == [
        [],
        [("PER", "Ada Brisk")],
    ]


def test_a_statement_or_a_spokesman_marks_a_company_only_if_nothing_else_bears_the_name() -> None:
    """Not a person's word, a nationality, nor a body named after "the"."""
    texts = [
        "Vantis said in a statement it was pleased. The Orchard said in a statement it agreed.",
        "A Brisk spokesman, a Tessian spokesman and a Tessmark spokeswoman.",
    ]
    article: list[list[Mention]] = [[], [Mention("PER", "Tessmark", 45, 53)]]
    assert kinds(cued_companies(texts, article, listed_person, nationality)) == [
        [("ORG", "Vantis")],
        [("ORG", "Tessmark")],
    ]


def test_a_name_that_says_it_or_its_marks_a_company_only_if_nothing_else_bears_the_name() -> None:
    """ "Tessmark said it would", "Vantis said its profit": a company; not a person's word
    ("Brisk said it was late"), a body named after "the" or ending a name over a link, nor a
    name the article tags a place."""
    texts = [
        "Tessmark said it would hire. Brisk said it was late. The Orchard said its sales rose.",
        "Vantis said its profit fell. Vantis and Tessmark agreed.",
        "Society for Marlow said it grew. Tessia said it was asked. Tessia voted.",
    ]
    article: list[list[Mention]] = [
        [Mention("PER", "Tessmark", 0, 8)],
        [],
        [Mention("ORG", "Society for Marlow", 0, 18), Mention("LOC", "Tessia", 59, 65)],
    ]
    assert kinds(cued_companies(texts, article, listed_person, nationality)) == [
        [("ORG", "Tessmark")],
        [("ORG", "Vantis"), ("ORG", "Vantis"), ("ORG", "Tessmark")],
        [("ORG", "Society for Marlow"), ("LOC", "Tessia")],
    ]


def test_a_name_that_reports_results_is_a_company() -> None:
    """ "Tessmark posted a 20 percent drop in sales": a company; not a person's word."""
    texts = ["Tessmark posted a 20 percent drop in sales. Brisk reported a loss."]
    article: list[list[Mention]] = [[Mention("PER", "Tessmark", 0, 8)]]
    assert kinds(cued_companies(texts, article, listed_person, nationality)) == [
        [("ORG", "Tessmark")]
    ]


def test_a_name_written_as_a_town_before_its_state_is_that_town_where_read_as_a_person() -> None:
    """A dateline's capitals count; a person named in full with that surname keeps it."""
    texts = ["TESSBY, Okla. - Residents of Tessby left. Brisk stayed.", "Lune, Kan., and Ada Lune."]
    article = [
        [Mention("PER", "Tessby", 28, 34), Mention("PER", "Brisk", 41, 46)],
        [Mention("PER", "Lune", 0, 4), Mention("PER", "Ada Lune", 15, 23)],
    ]
    assert kinds(towns(texts, article, lambda word: word in ("Okla.", "Kan."))) == [
        [("LOC", "Tessby"), ("PER", "Brisk")],
        [("PER", "Lune"), ("PER", "Ada Lune")],
    ]


def test_a_statement_after_a_description_or_a_which_clause_marks_a_company() -> None:
    """A company's "which" clause or description before "said in a statement"; "who" is a
    person's."""
    texts = [
        "Vantis, which built the plane, said in a statement it helped.",
        "Tessmark, the rivet maker, said in a statement it agreed. Orla, who sold it, said in a "
        "statement she agreed.",
    ]
    assert kinds(cued_companies(texts, [[], []], listed_person, nationality)) == [
        [("ORG", "Vantis")],
        [("ORG", "Tessmark")],
    ]


def test_a_name_that_owns_or_holds_a_firm_is_a_company() -> None:
    """ "46 pct owned by Tessmark", "a unit of Vantis", "its French parent Orla" and
    "Corvane's freight trains" mark companies, even with a person's word ("Orla"); not a word
    opening a longer name ("Kelsey-Hayes", "Tessia's Lunar Corp", "Vorlant and Customs"), a
    place the article tags, nor a surname the article gives a person in full ("Ada Brisk")."""
    texts = [
        "Pelco is 46 pct owned by Tessmark. Tessmark declined comment.",
        "Dorn, a unit of Vantis, and its French parent Orla. Orla agreed.",
        "Corvane's freight trains ran. Brisk's shareholders met, said Ada Brisk.",
        "A unit of Tessia's Lunar Corp, 73 pct-owned by Kelsey-Hayes. Tessia's factories shut. "
        "A division of Vorlant and Customs Enforcement.",
    ]
    article: list[list[Mention]] = [
        [Mention("PER", "Tessmark", 35, 43)],
        [Mention("PER", "Orla", 52, 56)],
        [Mention("PER", "Ada Brisk", 61, 70)],
        [Mention("LOC", "Tessia", 61, 67)],
    ]
    person_word = {"Ada", "Brisk", "Orla"}.__contains__
    assert kinds(cued_companies(texts, article, person_word, nationality)) == [
        [("ORG", "Tessmark"), ("ORG", "Tessmark")],
        [("ORG", "Vantis"), ("ORG", "Orla"), ("ORG", "Orla")],
        [("ORG", "Corvane"), ("PER", "Ada Brisk")],
        [("LOC", "Tessia")],
    ]


def test_a_name_whose_price_moves_is_a_company() -> None:
    """ "Tessmark rose $6.20" or "fell 1/4 to 16-1/2" is a stock; not a person's word, a
    commodity's ("Gold fell $3"), nor a poll's points or percent ("Vantis rose 3 to 45
    percent")."""
    texts = [
        "Tessmark rose $6.20 to $310.50 and Corvane fell 1/4 to 16-1/2.",
        "Brisk rose 30 cents to 18.40 dlrs. Gold fell $3 to $400. Vantis rose 3 to 45 percent.",
    ]
    article: list[list[Mention]] = [[Mention("LOC", "Tessmark", 0, 8)], []]
    assert kinds(
        cued_companies(texts, article, lambda word: word in ("Brisk", "Gold"), nationality)
    ) == [[("ORG", "Tessmark"), ("ORG", "Corvane")], []]


def test_an_adjective_or_a_word_after_the_that_owns_a_firm_is_no_company() -> None:
    """ "a unit of Tessian bank Orla", "owned by Vantic interests", "The Group's
    subsidiaries"."""
    texts = [
        "Dorn, a unit of Tessian bank Orla, and Pelco, 50 pct owned by Vantic interests.",
        "The Group's subsidiaries grew. Vantic rose.",
    ]
    assert kinds(cued_companies(texts, [[], []], listed_person, lambda word: False)) == [[], []]


def test_a_dotted_abbreviation_of_a_listed_place_opening_a_firm_s_name_stays_the_place() -> None:
    """ "T.B." (the listed "TB") beside "T.B. Wheat Associates" is the country, not the firm's
    short name, as "Tessmed" (listed nowhere) beside "Tessmed Inc" is the firm."""
    article = [
        [Mention("ORG", "T.B. Wheat Associates", 0, 21), Mention("ORG", "Tessmed Inc", 30, 41)],
        [Mention("LOC", "T.B.", 0, 4), Mention("LOC", "Tessmed", 10, 17)],
    ]
    listed = {"TB"}.__contains__
    assert kinds(one_sense(article, listed))[1] == [("LOC", "T.B."), ("ORG", "Tessmed")]


def test_a_firm_named_for_its_parent_is_no_person() -> None:
    """ "Honeywell Bull", the venture of Honeywell Inc and Bull, was a person (and a speaker)
    through a story that names "Honeywell Inc": a name opened by a word that is no person's
    and opens a firm's full name in the article is a firm. Not a rare given name that the
    tagger read as a body once ("her friend Rahm" beside "Rahm Tessel")."""
    article = [
        [Mention("ORG", "Vantorix Inc", 0, 12), Mention("PER", "Vantorix Brisk", 20, 34)],
        [Mention("PER", "Vantorix Brisk", 0, 14)],
    ]
    people = {"Brisk", "Tessel", "Ada"}.__contains__
    assert kinds(one_sense(article, person_word=people)) == [
        [("ORG", "Vantorix Inc"), ("ORG", "Vantorix Brisk")],
        [("ORG", "Vantorix Brisk")],
    ]
    article = [[Mention("ORG", "Rahmo", 0, 5)], [Mention("PER", "Rahmo Tessel", 0, 12)]]
    assert kinds(one_sense(article, person_word=people))[1] == [("PER", "Rahmo Tessel")]
    article = [[Mention("ORG", "Ada Tessel Inc", 0, 14)], [Mention("PER", "Ada Tessel", 0, 10)]]
    assert kinds(one_sense(article, person_word=people))[1] == [("ORG", "Ada Tessel")]


def test_a_firm_written_without_its_company_word_is_the_firm_whole() -> None:
    """The model splits "Harwell and Tolland said" at "and" where the article's full name
    ("Harwell and Tolland Inc") shows one firm; a short form ending on "and" ("Orrin and" of
    "Orrin and Co") is none, and a person inside is left alone."""
    texts = [
        "Harwell and Tolland Inc said it would buy Orrin and Co.",
        "The suit was settled, Harwell and Tolland said.",
        "Orrin and Tessco agreed.",
        "Harwell and Tolland Brisk met Ada.",
    ]
    mentions = [
        [
            _at(texts[0], "ORG", "Harwell and Tolland Inc"),
            _at(texts[0], "ORG", "Orrin and Co"),
        ],
        [_at(texts[1], "ORG", "Harwell"), _at(texts[1], "ORG", "Tolland")],
        [_at(texts[2], "PER", "Orrin"), _at(texts[2], "ORG", "Tessco")],
        [_at(texts[3], "ORG", "Harwell"), _at(texts[3], "PER", "Tolland Brisk")],
    ]
    assert kinds(whole_names(texts, mentions)) == [
        [("ORG", "Harwell and Tolland Inc"), ("ORG", "Orrin and Co")],
        [("ORG", "Harwell and Tolland")],
        [("PER", "Orrin"), ("ORG", "Tessco")],
        [("ORG", "Harwell"), ("PER", "Tolland Brisk")],
    ]


def _found(text: str, *names: tuple[str, str]) -> list[Mention]:
    return [
        Mention(kind, name, text.index(name), text.index(name) + len(name)) for kind, name in names
    ]


def test_a_name_written_before_a_thing_s_noun_is_no_person_in_the_article() -> None:
    """ "the Tessol baldness drug", though tagged a body there, names a drug, so "Tessol" alone
    later is no person either; a firm part's noun makes a firm; not after "'s", a verb or a
    function word, nor a surname the article gives a person in full."""
    texts = [
        "Corbel Corp's Tessol baldness drug was safe, and the Harwell unit agreed.",
        "Doctors said Tessol worked. Reagan's aid program, Egan said the vaccine; Brisk said.",
        "Ada Brisk spoke of the Brisk field.",
    ]
    found = [
        _found(texts[0], ("ORG", "Corbel Corp"), ("ORG", "Tessol"), ("PER", "Harwell")),
        _found(texts[1], ("PER", "Tessol"), ("PER", "Reagan"), ("PER", "Egan"), ("PER", "Brisk")),
        [*_found(texts[2], ("PER", "Ada Brisk")), Mention("PER", "Brisk", 26, 31)],
    ]
    assert kinds(named_things(texts, found)) == [
        [("ORG", "Corbel Corp"), ("ORG", "Tessol"), ("ORG", "Harwell")],
        [("PER", "Reagan"), ("PER", "Egan"), ("PER", "Brisk")],
        [("PER", "Ada Brisk"), ("PER", "Brisk")],
    ]


def test_a_name_set_off_beside_a_thing_s_noun_is_no_person_in_the_article() -> None:
    """A product described before or after its name ("its videotext service, Reuter
    Tessview,", "Tessol, a human growth hormone,"), and the last word of the name alone; not a
    speaker set off after it ("the vaccine, Egan said,")."""
    texts = [
        "It launched its colour videotext service, Reuter Tessview, in Britain.",
        "Its product, Tessol, a human growth hormone, sold well. Tessview grew.",
        "The vaccine, Egan said, works.",
    ]
    found = [
        _found(texts[0], ("PER", "Reuter Tessview")),
        _found(texts[1], ("PER", "Tessol"), ("PER", "Tessview")),
        _found(texts[2], ("PER", "Egan")),
    ]
    assert kinds(named_things(texts, found)) == [[], [], [("PER", "Egan")]]


def test_a_one_word_name_set_off_after_a_kind_of_firm_is_that_firm() -> None:
    """ "Tessia's state oil company, Tessoil," and later "Tessoil" alone; not a full name ("the
    company, Ada Brisk and her partner,"), nor a speaker ("the company, Brisk said,")."""
    texts = [
        "Tessia's state oil company, Tessoil, cut supplies. Tessoil said so.",
        "The company, Ada Brisk and her partner, agreed. The company, Orrin said, agreed.",
    ]
    found = [
        [*_found(texts[0], ("PER", "Tessoil")), Mention("PER", "Tessoil", 51, 58)],
        _found(texts[1], ("PER", "Ada Brisk"), ("PER", "Orrin")),
    ]
    assert kinds(named_things(texts, found)) == [
        [("ORG", "Tessoil"), ("ORG", "Tessoil")],
        [("PER", "Ada Brisk"), ("PER", "Orrin")],
    ]
