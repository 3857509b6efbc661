"""Tables of figures and title-cased headlines: told from prose, and their headings and common
words kept out of the names an article holds."""

from __future__ import annotations

import datetime as dt

import pytest

from newsindex import Article, Paragraph
from newsindex.nlp import Enricher
from newsindex.nlp.ner.tagger import Mention
from newsindex.nlp.tables import headline_names, is_headline, is_table, table_names

EARNINGS = "Shr 41 cts vs 28 cts\nNet 3,100,000 vs 2,050,000\nRevs 88.2 mln vs 71.9 mln"
PRICES = (
    "HARLOW BASIS - FOB TESSBY\n"
    "12.0 Loins - Regular - 14-18 91.00-98.00\n"
    " 3.5 Wessex Rounds - 4-8 66.00-70.00\n"
    " 2.0 Dunmore Shanks - 18-22 52.50"
)


@pytest.mark.parametrize(
    "text", [EARNINGS, PRICES, "Qtly div 9 cts vs 9 cts\nPay May 2\nRecord April 4"]
)
def test_lines_of_figures_are_a_table(text: str) -> None:
    assert is_table(text)


@pytest.mark.parametrize(
    "text",
    [
        "Corbel Corp said profit rose 12 pct in 2024.",  # one line
        # ages and towns, but each line ends like a sentence
        "Jane Doe, 45, of Harlow.\nJohn Roe, 51, of Tessby.\nAda Quill, 38, of Wessex.",
        # lines of a poem or a heading list: no figures
        "The results\nHarlow Rovers\nTessby United\nWessex Town",
    ],
)
def test_prose_and_lists_without_figures_are_no_table(text: str) -> None:
    assert not is_table(text)


def _listed(name: str) -> bool:
    return name == "Tessby"


def test_a_table_keeps_the_names_the_prose_writes_and_places() -> None:
    prose = "Corbel Corp said sales in Wessex rose."
    table = "CORBEL 12.5 13.0\nWessex Rounds 4-8 66.00\nDEC 91.00 98.00\nTESSBY 1.5 2.0"
    mentions = [
        [Mention("ORG", "Corbel Corp", 0, 11), Mention("LOC", "Wessex", 25, 31)],
        [
            Mention("ORG", "CORBEL CORP", 0, 6),  # the prose's name, in capitals
            Mention("PER", "Wessex Rounds", 17, 30),  # a row heading
            Mention("ORG", "DEC", 44, 47),  # a column heading
            Mention("ORG", "TESSBY", 62, 68),  # a listed place read as an organisation
        ],
    ]
    kept = table_names([prose, table], mentions, _listed)
    assert kept[0] == mentions[0]
    assert [(m.kind, m.text) for m in kept[1]] == [("ORG", "CORBEL CORP"), ("LOC", "TESSBY")]


def test_an_article_without_tables_keeps_every_mention() -> None:
    mentions = [[Mention("PER", "Jane Doe", 0, 8)], [Mention("ORG", "Corbel Corp", 0, 11)]]
    assert table_names(["Jane Doe said.", "Corbel Corp said."], mentions, _listed) == mentions


def test_the_pipeline_names_no_table_heading() -> None:
    article = Article(
        "t1",
        "Corbel results",
        dt.date(2025, 3, 4),
        (
            Paragraph("Corbel Corp said on Tuesday that quarterly profit rose."),
            Paragraph(PRICES),
        ),
        "Test",
    )
    passages = Enricher.load().enrich(article)
    table = passages[1]
    assert not table.persons and not table.orgs
    assert "Corbel Corp" in passages[0].orgs


class _Words:
    """What the headline rule asks the tagger: a few words of each kind."""

    def usually_lower(self, word: str) -> bool:
        return word.lower() in {"bad", "optics", "action", "first", "says"}

    def lists_place(self, name: str) -> bool:
        return name == "Tessby"

    def may_name_person(self, word: str) -> bool:
        return word == "Laura"


def _mentions(text: str, *found: tuple[str, str]) -> list[Mention]:
    return [
        Mention(kind, name, text.index(name), text.index(name) + len(name)) for kind, name in found
    ]


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("Corbel Chief Quits Over Bad Optics In Tessby", True),
        ("CORBEL CHIEF QUITS OVER TESSBY DEAL", True),
        ("Corbel Corp said its chief quit over the Tessby deal.", False),
        ("Jane Doe and Ada Quill spoke in Tessby on Monday.", False),
    ],
)
def test_a_title_cased_line_is_a_headline(text: str, headline: bool) -> None:
    assert is_headline(text) is headline


def test_a_headline_keeps_the_names_that_look_like_names_there() -> None:
    head = "Mayor Quill Says Bad Optics Sank Corbel Plan For Tessby, Laura Finch Writes"
    body = "Ada Quill, the mayor, said the Corbel Corp plan was dead."
    found = _mentions(
        head,
        ("PER", "Mayor Quill Says"),  # common words, and the body's Quill: Quill
        ("ORG", "Bad Optics"),  # common words the body never names: no name
        ("ORG", "Corbel Plan"),  # no word of it mostly lower case here: kept
        ("LOC", "Tessby"),
        ("PER", "Laura Finch"),
    )
    note = "Note: Full Name Is Harlow First Bad Optics Corp."
    full = _mentions(note, ("ORG", "Harlow First Bad Optics Corp."))
    kept = headline_names([head, body], [found, _mentions(body, ("PER", "Ada Quill"))], _Words())  # type: ignore[arg-type]
    assert [(m.kind, m.text) for m in kept[0]] == [
        ("PER", "Quill"),
        ("ORG", "Corbel Plan"),
        ("LOC", "Tessby"),
        ("PER", "Laura Finch"),
    ]
    assert head[kept[0][0].start : kept[0][0].end] == "Quill"
    assert headline_names([note, body], [full, []], _Words())[0] == full  # type: ignore[arg-type]
    later = headline_names([body, head], [[], found], _Words())  # type: ignore[arg-type]
    assert later[1] == found  # a later title-cased line: a credit, a note, no headline
    alone = headline_names([head], [found], _Words())  # type: ignore[arg-type]
    assert alone == [found]  # one passage: nothing else tells


def test_a_headline_name_that_holds_two_of_the_article_s_names_is_those_two() -> None:
    """ "[Laura Finch Slams Ada Quill]" looks like a person's name (a given name opens it), but
    the article writes Laura Finch and Ada Quill apart; a name the article writes whole stays."""
    head = "Laura Finch Slams Ada Quill Over Corbel Corp Plan"
    body = "Laura Finch, the senator, said Ada Quill misled Corbel Corp."
    found = _mentions(head, ("PER", "Laura Finch Slams Ada Quill"), ("ORG", "Corbel Corp"))
    named = _mentions(body, ("PER", "Laura Finch"), ("PER", "Ada Quill"), ("ORG", "Corbel Corp"))
    kept = headline_names([head, body], [found, named], _Words())  # type: ignore[arg-type]
    assert [(m.kind, head[m.start : m.end]) for m in kept[0]] == [
        ("PER", "Laura Finch"),
        ("PER", "Ada Quill"),
        ("ORG", "Corbel Corp"),
    ]


def test_a_headline_person_is_the_full_name_the_article_writes_after_words_naming_nobody() -> None:
    """ "[‘Tessel’ Star Laura Finch]": a show's title and a role the model ran into her name;
    "[Laura Finch]" stays whole, and a given name before the body's name may be hers."""
    head = "‘Tessel’ Star Laura Finch Is Ready To Go"
    body = "Laura Finch, who stars on the thriller “Tessel,” returns to the stage."
    named = _mentions(body, ("PER", "Laura Finch"))
    found = _mentions(head, ("PER", "Tessel’ Star Laura Finch"))
    kept = headline_names([head, body], [found, named], _Words())  # type: ignore[arg-type]
    assert [(m.kind, head[m.start : m.end]) for m in kept[0]] == [("PER", "Laura Finch")]
    fuller = "Laura Ada Finch Is Ready To Go"
    body = "Ada Finch, who stars on the thriller, returns to the stage."
    found = _mentions(fuller, ("PER", "Laura Ada Finch"))
    named = _mentions(body, ("PER", "Ada Finch"))
    kept = headline_names([fuller, body], [found, named], _Words())  # type: ignore[arg-type]
    assert [(m.kind, m.text) for m in kept[0]] == [("PER", "Laura Ada Finch")]
