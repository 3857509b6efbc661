"""RSS 2.0, RSS 1.0 and Atom: one article per item with exact text and metadata, the item's URL
giving the same id as the saved page, and each kind of bad feed reported."""

from __future__ import annotations

import datetime as dt
import re
import time
from pathlib import Path

import pytest
from support import read_articles as read
from support import write_file as write
from webfixtures import ATOM, PAGE, PAGE_URL, RSS1, RSS2

from newsindex.articles import Article, Paragraph
from newsindex.readers.html import web_id

D = dt.date


def test_rss2_items_exactly(tmp_path: Path) -> None:
    path = write(tmp_path / "courier.rss", RSS2)
    articles, problems = read(path)
    assert problems == []
    source = "The Lakeside Courier: Local News"
    assert articles == [
        Article(
            id=web_id(PAGE_URL),
            title="Harbour mill closes after six-week strike",
            date=D(2025, 5, 6),  # Tue 22:30 -0400: still the 6th where it was written
            paragraphs=(
                Paragraph(
                    "The Brenner paper mill on the east harbour will close for good at the end "
                    "of the month, its owners said on Tuesday."
                ),
                Paragraph(
                    '"This is a betrayal," said Teodora Lindqvist, president of the local union.',
                    "Union calls decision a betrayal",
                ),
            ),  # content:encoded, not the description; its "Read more" link left out
            source=source,
            url=(
                "http://lakesidecourier.example/news/2025/05/06/harbour-mill-closes/"
                "?utm_source=rss&utm_medium=feed"
            ),
            byline="Marisol Quintero",
            origin=f"{path}:8",
        ),
        Article(
            id=web_id("https://www.lakesidecourier.example/news/2025/05/07/ferry-timetable"),
            title="Ferry timetable changes for the summer",
            date=D(2025, 5, 7),
            paragraphs=(
                Paragraph(
                    "Ferries to Gull Island will run every 40 minutes from June 1, the harbour "
                    "authority said."
                ),
            ),
            source=source,
            url="https://www.lakesidecourier.example/news/2025/05/07/ferry-timetable",
            byline="Ines Achterberg",  # from "desk@... (Ines Achterberg)"
            origin=f"{path}:21",
        ),
    ]


def test_atom_entries_exactly(tmp_path: Path) -> None:
    path = write(tmp_path / "ledger.atom", ATOM)
    articles, problems = read(path)
    assert problems == []
    assert articles == [
        Article(
            id=web_id("https://ledger.example/2025/05/08/bridge"),
            title="Council approves new bridge",  # type="html": the markup dropped
            date=D(2025, 5, 8),  # 00:30 +02:00 is the 7th in UTC; the source's day is kept
            paragraphs=(
                Paragraph(
                    "The town council voted 9 to 2 on Wednesday night to build a new bridge over "
                    "the Wessel river."
                ),
                Paragraph(
                    "Construction is due to start in the spring of 2026, Mayor Annelies Drost said."
                ),
            ),
            source="Northshore Ledger",
            url="https://ledger.example/2025/05/08/bridge",
            byline="Pieter Vandersloot",
            origin=f"{path}:7",
        ),
        Article(
            id=web_id("tag:ledger.example,2025:library"),  # no link: the GUID
            title="Library opens on Sundays",
            date=D(2025, 5, 9),  # no published date: the updated one
            paragraphs=(
                Paragraph(
                    "The central library will open on Sundays from June, the council's culture "
                    "office said."
                ),
            ),
            source="Northshore Ledger",
            origin=f"{path}:19",
        ),
    ]


def test_rss1_item_exactly(tmp_path: Path) -> None:
    path = write(tmp_path / "valley.rdf", RSS1)
    (article,), problems = read(path)
    assert problems == []
    assert article == Article(
        id=web_id("https://valley.example/orchard"),
        title="Orchard harvest starts early",
        date=D(2025, 6, 2),
        paragraphs=(
            Paragraph("Growers began picking cherries two weeks early after a warm spring."),
        ),
        source="Valley Gazette",
        url="https://valley.example/orchard",
        byline="Hollis Grant",
        origin=f"{path}:10",
    )


def test_root_element_picks_the_reader(tmp_path: Path) -> None:
    """``.xml`` is read by its root element; a feed saved as ``.html`` is still a feed."""
    rss = write(tmp_path / "a-courier.xml", RSS2)
    atom = write(tmp_path / "b-ledger-export.html", ATOM)
    rdf = write(tmp_path / "c-valley.xml", RSS1)
    articles, problems = read(tmp_path)
    assert problems == []
    assert [a.origin.rpartition(":")[0] for a in articles] == [str(rss)] * 2 + [str(atom)] * 2 + [
        str(rdf)
    ]


def test_feed_item_and_saved_page_are_one_article(tmp_path: Path) -> None:
    """The item's link (http, no www, trailing slash, tracking parameters) and the page's
    canonical URL name the same story: the same id, so one replaces the other."""
    write(tmp_path / "a.rss", RSS2)
    page = write(tmp_path / "b.html", PAGE)
    articles, problems = read(tmp_path)
    assert articles[0].id == articles[-1].id == web_id(PAGE_URL)
    assert problems == [
        f"{page}:1: duplicate article id {web_id(PAGE_URL)} "
        f"(first at {tmp_path / 'a.rss'}:8; the later one replaces it)"
    ]


def test_item_without_text_or_link(tmp_path: Path) -> None:
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Briefs</title>\n'
        "<item><title>Photo of the day</title><link>https://briefs.example/p1</link></item>\n"
        "<item><description>Water mains will be flushed on Elm Street on Monday."
        "</description><pubDate>sometime soon</pubDate></item>\n"
        "</channel></rss>"
    )
    path = write(tmp_path / "briefs.rss", feed)
    (article,), problems = read(path)
    assert (article.id, article.url, article.date, article.source) == (
        "briefs-2",
        None,
        None,
        "Briefs",
    )
    assert article.title == "Water mains will be flushed on Elm Street on Monday."
    assert problems == [
        f"{path}:2: item 1 has no text (skipped)",
        f"{path}:3: invalid date 'sometime soon' (kept without a date)",
    ]


def test_plain_item_text_keeps_its_paragraphs_and_credit(tmp_path: Path) -> None:
    """A plain-text description whose paragraphs are joined by single newlines is one
    paragraph per line, and its closing reporting line is the credit, not a passage."""
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Briefs</title>\n'
        "<item><link>https://briefs.example/mains</link><description>"
        "Water mains will be flushed on Elm Street on Monday.\n"
        '"Expect brown water for an hour," the city said.\n'
        "Reporting by Ada Voss</description></item>\n</channel></rss>"
    )
    (article,), _ = read(write(tmp_path / "briefs.rss", feed))
    assert [p.text for p in article.paragraphs] == [
        "Water mains will be flushed on Elm Street on Monday.",
        '"Expect brown water for an hour," the city said.',
    ]
    assert article.credit == "Reporting by Ada Voss"


def test_the_feed_footer_of_wordpress_is_no_passage(tmp_path: Path) -> None:
    """WordPress feeds (Yoast's default) end each item with "The post TITLE appeared first on
    SITE.": a passage naming the site in every story."""
    feed = (
        '<?xml version="1.0"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Herald</title>\n'
        "<item><link>https://herald.example/mains</link><content:encoded><![CDATA["
        "<p>Water mains will be flushed on Elm Street on Monday, the city said.</p>"
        '<p>The post <a href="https://herald.example/mains">Mains flushed</a> appeared first on '
        '<a href="https://herald.example">Harbour Herald</a>.</p>]]></content:encoded></item>\n'
        "</channel></rss>"
    )
    (article,), _ = read(write(tmp_path / "herald.rss", feed))
    assert [p.text for p in article.paragraphs] == [
        "Water mains will be flushed on Elm Street on Monday, the city said."
    ]


def test_an_item_whose_markup_extraction_keeps_nothing_of_is_read_as_text(tmp_path: Path) -> None:
    """An item's content in a block the main-text extraction drops (``<aside>``) is still the
    item's text, block by block, as a record's body is."""
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Herald</title>\n'
        "<item><link>https://herald.example/mains</link><description><![CDATA["
        "<aside><p>Water mains will be flushed on Elm Street on Monday.</p>"
        "<p>Expect brown water for an hour.</p></aside>]]></description></item>\n"
        "</channel></rss>"
    )
    (article,), problems = read(write(tmp_path / "herald.rss", feed))
    assert [p.text for p in article.paragraphs] == [
        "Water mains will be flushed on Elm Street on Monday.",
        "Expect brown water for an hour.",
    ]
    assert problems == []


# --- bad feeds -----------------------------------------------------------------------------


def test_feed_without_items_and_files_that_are_not_feeds(tmp_path: Path) -> None:
    empty = write(
        tmp_path / "empty.rss",
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>',
    )
    html = write(tmp_path / "page.rss", "<html><body><p>Not a feed.</p></body></html>")
    text = write(tmp_path / "notes.atom", "just some notes, & no markup\n")
    articles, problems = read(empty, html, text)
    assert articles == []
    assert problems == [
        f"{empty}: feed has no items (skipped)",
        f"{html}: not an RSS or Atom feed (skipped)",
        f"{text}:1: not an RSS or Atom feed (XML error: syntax error) (skipped)",
    ]


@pytest.mark.parametrize("separator", ["\n", ""])
def test_billion_laughs_is_refused_without_expanding(tmp_path: Path, separator: str) -> None:
    """Refused before parsing. (feedparser drops entity declarations it finds one per line, but
    given them on one line it leaves expat to expand them up to its amplification limit: 2.4 s
    and megabytes for this file.)"""
    entities = separator.join(
        [' <!ENTITY lol "lol">']
        + [f' <!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(2, 10)]
    ).replace("&lol1;", "&lol;")
    bomb = (
        f'<?xml version="1.0"?>\n<!DOCTYPE rss [{separator}{entities}{separator}]>\n'
        '<rss version="2.0"><channel><title>&lol9;</title>'
        "<item><title>&lol9;</title><description>&lol9;</description></item></channel></rss>"
    )
    path = write(tmp_path / "bomb.xml", bomb)
    started = time.perf_counter()
    articles, problems = read(path)
    assert time.perf_counter() - started < 1
    assert articles == []
    assert problems == [
        f"{path}: the DOCTYPE declares XML entities (a possible entity-expansion bomb) (skipped)"
    ]


def test_lenient_reading_is_reported_once(tmp_path: Path) -> None:
    truncated = write(tmp_path / "cut.rss", RSS2[: RSS2.index("<author>")])
    wrong = write(
        tmp_path / "cp1252.rss",
        RSS2.replace("six-week strike</title>", "six-week strike \u2014 update</title>").encode(
            "cp1252"
        ),
    )
    articles, problems = read(truncated, wrong)
    assert [a.title for a in articles] == [
        "Harbour mill closes after six-week strike",
        "Harbour mill closes after six-week strike \u2014 update",
        "Ferry timetable changes for the summer",
    ]
    assert problems == [
        f"{truncated}:25: not well-formed XML: no element found (items read as far as they go)",
        f"{truncated}:21: item 2 has no text (skipped)",
        f"{wrong}: not valid utf-8 (decoded as windows-1252)",
        f"{wrong}:8: duplicate article id {web_id(PAGE_URL)} "
        f"(first at {truncated}:8; the later one replaces it)",
    ]


def test_an_item_without_a_date_takes_its_links_day(tmp_path: Path) -> None:
    undated = re.sub(r"<pubDate>.*?</pubDate>", "", RSS2)
    (mill, ferry), problems = read(write(tmp_path / "courier.rss", undated))
    assert problems == []
    assert (mill.date, ferry.date) == (D(2025, 5, 6), D(2025, 5, 7))  # /news/2025/05/06/...
