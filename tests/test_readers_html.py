"""Saved web pages: the article's exact paragraphs and metadata, no boilerplate, stable ids, and
each kind of bad page reported."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import read_articles as read
from support import write_file as write
from webfixtures import BOILERPLATE, PAGE, PAGE_PARAGRAPHS, PAGE_URL

from newsindex.articles import Article, Paragraph
from newsindex.problems import ProblemLog
from newsindex.readers import read_paths
from newsindex.readers.html import MAX_PAGE_BYTES, normalise_url, web_id


def test_page_article_exactly(tmp_path: Path) -> None:
    path = write(tmp_path / "mill.html", PAGE)
    (article,), problems = read(path)
    assert problems == []
    assert article == Article(
        id=web_id(PAGE_URL),
        title="Harbour mill closes after six-week strike",
        date=dt.date(2025, 5, 6),  # 22:30 in New York is already 7 May in UTC: the page's day
        paragraphs=tuple(Paragraph(text, heading) for text, heading in PAGE_PARAGRAPHS),
        source="The Lakeside Courier",
        url=PAGE_URL,
        byline="Marisol Quintero",
        origin=f"{path}:1",
    )


def test_boilerplate_is_left_out(tmp_path: Path) -> None:
    (article,), _ = read(write(tmp_path / "mill.html", PAGE))
    text = "\n".join(p.text for p in article.paragraphs)
    headings = {p.heading for p in article.paragraphs}
    for phrase in BOILERPLATE:
        assert phrase not in text, phrase
        assert all(phrase not in (heading or "") for heading in headings), phrase
    assert "By Marisol Quintero" not in text  # the byline line is metadata, not a paragraph


def test_htm_and_xhtml_extensions_and_forced_format(tmp_path: Path) -> None:
    for name in ("a.htm", "b.xhtml"):
        write(tmp_path / name, PAGE)
    write(tmp_path / "saved.page", PAGE)
    articles, problems = read(tmp_path / "a.htm", tmp_path / "b.xhtml")
    assert [a.title for a in articles] == ["Harbour mill closes after six-week strike"] * 2
    assert len(problems) == 1 and "duplicate article id" in problems[0]
    (forced,), _ = read(tmp_path / "saved.page", format="html")
    assert forced.url == PAGE_URL


def test_page_without_canonical_url_takes_the_file_name(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Ferry crews rehearse a rescue</title></head><body><article>"
        "<p>Crews from the Gull Island ferry practised pulling passengers from icy water on "
        "Thursday morning, watched by the coast guard.</p></article></body></html>"
    )
    (article,), problems = read(write(tmp_path / "ferry-drill.html", page))
    assert (article.id, article.url, article.byline, article.source) == (
        "ferry-drill",
        None,
        None,
        "",
    )
    assert article.title == "Ferry crews rehearse a rescue"
    assert article.date is None
    assert problems == []
    (named,), _ = read(write(tmp_path / "2025" / "05" / "06" / "drill.html", page))
    assert named.date == dt.date(2025, 5, 6)  # the page gives none: its folders' day
    linked = page.replace(
        "<head>", '<head><link rel="canonical" href="https://ferry.example/2024/11/30/drill">'
    )
    (addressed,), _ = read(write(tmp_path / "2025" / "05" / "06" / "linked.html", linked))
    assert addressed.date == dt.date(2024, 11, 30)  # its address's day before its file's


def test_lists_quotes_and_tables_keep_their_blocks(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Election night</title></head><body><article><h1>Election night</h1>"
        "<p>The count in the harbour ward finished after midnight, officials said on Monday.</p>"
        "<ul><li>Turnout was 61 per cent.</li><li>Two seats changed hands.</li></ul>"
        "<blockquote><p>We ran on the ferry timetable and won on it.</p></blockquote>"
        "<table><tr><th>Candidate</th><th>Votes</th></tr><tr><td>Drost</td><td>4,210</td></tr>"
        "<tr><td>Grant</td><td>3,977</td></tr></table></article></body></html>"
    )
    (article,), _ = read(write(tmp_path / "count.html", page))
    assert [p.text for p in article.paragraphs] == [
        "The count in the harbour ward finished after midnight, officials said on Monday.",
        "Turnout was 61 per cent.",
        "Two seats changed hands.",
        "We ran on the ferry timetable and won on it.",
        "Candidate | Votes\nDrost | 4,210\nGrant | 3,977",
    ]


def test_paragraphs_between_line_breaks_are_paragraphs(tmp_path: Path) -> None:
    """Many CMSs write a story as one ``<p>`` with ``<br><br>`` between paragraphs (trafilatura
    keeps one line break of them): lines that each end a sentence are paragraphs, so passages;
    lines that do not (an address, a signature) stay one paragraph."""
    page = (
        "<html><head><title>Mill to close</title></head><body><article>"
        "<p>The harbour mill will close in June, its owner said on Tuesday.<br><br>"
        "Mayor Ada Voss said the town would ask the province for help.<br><br>"
        '"This is a hard day," Voss said.</p>'
        "<p>Harbour Mill Ltd.<br>12 Quay Road<br>Gull Island</p></article></body></html>"
    )
    (article,), _ = read(write(tmp_path / "mill.html", page))
    assert [p.text for p in article.paragraphs] == [
        "The harbour mill will close in June, its owner said on Tuesday.",
        "Mayor Ada Voss said the town would ask the province for help.",
        '"This is a hard day," Voss said.',
        "Harbour Mill Ltd. 12 Quay Road Gull Island",
    ]


def test_a_closing_credit_line_is_the_credit(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Mill to close</title></head><body><article>"
        "<p>The harbour mill will close in June, its owner said on Tuesday.</p>"
        "<p>(Reporting by Ada Voss; Editing by Sam Roe)</p></article></body></html>"
    )
    (article,), _ = read(write(tmp_path / "mill.html", page))
    assert [p.text for p in article.paragraphs] == [
        "The harbour mill will close in June, its owner said on Tuesday."
    ]
    assert article.credit == "(Reporting by Ada Voss; Editing by Sam Roe)"


def test_a_saved_pages_assets_folder_is_not_read(tmp_path: Path) -> None:
    """A browser saves a page "complete" as PAGE.html and a PAGE_files folder of its images,
    scripts and frames (adverts): the folder belongs to the page, not to the archive."""
    page = (
        "<html><head><title>Ferry drill</title></head><body><article><p>Crews from the Gull "
        "Island ferry practised pulling passengers from icy water on Thursday.</p></article>"
        "</body></html>"
    )
    write(tmp_path / "saved" / "ferry.html", page)
    write(tmp_path / "saved" / "ferry_files" / "style.css", "body {}")
    write(tmp_path / "saved" / "ferry_files" / "ad.html", "<html><body>Buy</body></html>")
    write(tmp_path / "saved" / "other_files" / "note.html", page)  # no page of that name
    articles, problems = read(tmp_path / "saved")
    assert [a.id for a in articles] == ["ferry", "note"]
    assert problems == []


def test_a_related_link_line_is_no_paragraph(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Mill to close</title></head><body><article>"
        "<p>The harbour mill will close in June, its owner said on Tuesday.</p>"
        '<p><strong>Related:</strong> <a href="/x">Union calls the closure a betrayal</a></p>'
        "<p>The mill employs 400 people.</p></article></body></html>"
    )
    (article,), _ = read(write(tmp_path / "mill.html", page))
    assert [p.text for p in article.paragraphs] == [
        "The harbour mill will close in June, its owner said on Tuesday.",
        "The mill employs 400 people.",
    ]


@pytest.mark.parametrize(
    "publisher",
    [
        {"@type": "Organization", "name": "Harbour Herald"},
        [{"@type": "Organization", "name": "Harbour Herald"}],  # schema.org allows a list
    ],
)
def test_a_page_whose_story_only_its_linked_data_holds(tmp_path: Path, publisher: object) -> None:
    """A page its scripts fill in holds no text until they run; its JSON-LD ``articleBody``
    (with headline, date, author and publisher) is the story."""
    data = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Harbour Herald"},
            {
                "@type": "NewsArticle",
                "headline": "Ferry resumes",
                "datePublished": "2025-05-06T10:00:00Z",
                "author": [{"@type": "Person", "name": "Ada Voss"}],
                "publisher": publisher,
                "url": "https://herald.example/ferry",
                "articleBody": "The ferry to Gull Island resumed on Monday after a week of "
                "storms.\n\nThe crossing was smooth, its captain said.",
            },
        ],
    }
    page = (
        '<html><head><title>Herald</title><script type="application/ld+json">'
        f"{json.dumps(data)}</script></head><body><div id=root></div></body></html>"
    )
    (article,), problems = read(write(tmp_path / "ferry.html", page))
    assert (article.title, article.date, article.byline, article.source, article.url) == (
        "Ferry resumes",
        dt.date(2025, 5, 6),
        "Ada Voss",
        "Harbour Herald",
        "https://herald.example/ferry",
    )
    assert [p.text for p in article.paragraphs] == [
        "The ferry to Gull Island resumed on Monday after a week of storms.",
        "The crossing was smooth, its captain said.",
    ]
    assert problems == []


def test_linked_data_body_text_keeps_its_credit_and_reads_its_references(tmp_path: Path) -> None:
    """An ``articleBody`` is read as a feed item's or a record's body is: a closing credit line
    is the credit, HTML character references in text are the characters."""
    data = {
        "@type": "NewsArticle",
        "headline": "Ferry resumes",
        "articleBody": "The ferry&#8217;s crossing resumed on Monday after a week of storms."
        "\n\nFares rise &amp; routes change in June, the port said."
        "\n\n(Reporting by Ada Voss; Editing by Sam Roe)",
    }
    page = (
        '<html><head><script type="application/ld+json">'
        f"{json.dumps(data)}</script></head><body><div id=root></div></body></html>"
    )
    (article,), _ = read(write(tmp_path / "ferry.html", page))
    assert [p.text for p in article.paragraphs] == [
        "The ferry\u2019s crossing resumed on Monday after a week of storms.",
        "Fares rise & routes change in June, the port said.",
    ]
    assert article.credit == "(Reporting by Ada Voss; Editing by Sam Roe)"


@pytest.mark.parametrize(
    ("url", "same"),
    [
        ("https://www.lakesidecourier.example/news/2025/05/06/harbour-mill-closes", True),
        ("http://lakesidecourier.example/news/2025/05/06/harbour-mill-closes/", True),
        ("HTTPS://WWW.LakesideCourier.example:443/news/2025/05/06/harbour-mill-closes#top", True),
        (PAGE_URL + "?utm_source=rss&utm_medium=feed&fbclid=x1", True),
        (PAGE_URL + "?page=2", False),
        ("https://lakesidecourier.example/news/2025/05/06/harbour-mill-closed", False),
    ],
)
def test_ids_follow_the_normalised_url(url: str, same: bool) -> None:
    assert (web_id(url) == web_id(PAGE_URL)) is same
    assert web_id(PAGE_URL).startswith("harbour-mill-closes-")


def test_normalise_url_sorts_and_drops_what_does_not_name_the_story() -> None:
    assert normalise_url("https://www.example.org:8080/a/b/?b=2&utm_campaign=x&a=1#c") == (
        "example.org:8080/a/b?a=1&b=2"
    )
    assert web_id("tag:ledger.example,2025:bridge") == web_id(" tag:ledger.example,2025:bridge ")
    assert "#" not in web_id("https://example.org/#") and web_id("https://example.org/")


def test_reindexing_the_same_page_gives_the_same_id(tmp_path: Path) -> None:
    first, _ = read(write(tmp_path / "one" / "saved.html", PAGE))
    moved = PAGE.replace("Okafor Industries", "Okafor Holdings")
    second, _ = read(write(tmp_path / "two" / "saved-again.html", moved))
    assert first[0].id == second[0].id


# --- bad pages ------------------------------------------------------------------------------


def test_page_without_article_is_reported(tmp_path: Path) -> None:
    front = (
        "<html><head><title>News | The Lakeside Courier</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><main><ul>"
        "<li><a href='/a'>Harbour mill closes</a></li><li><a href='/b'>Ferry timetable</a></li>"
        "</ul></main><footer>All rights reserved</footer></body></html>"
    )
    path = write(tmp_path / "front.html", front)
    empty = write(tmp_path / "empty.html", "  \n")
    articles, problems = read(path, empty)
    assert articles == []
    assert problems == [
        f"{path}: no article text found in the page (a section front or empty page?) (skipped)",
        f"{empty}: empty file (skipped)",
    ]


def test_oversized_page_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "huge.html"
    with path.open("wb") as handle:
        handle.write(PAGE.encode())
        handle.truncate(200 * 1024 * 1024)  # sparse: 200 MB without writing them
    articles, problems = read(path)
    assert articles == []
    assert problems == [f"{path}: page is 200 MB, over the 20 MB limit (skipped)"]
    assert MAX_PAGE_BYTES == 20 * 1024 * 1024


def test_entity_bomb_is_refused(tmp_path: Path) -> None:
    entities = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)).replace(
        "&lol0;", "lol"
    )
    bomb = (
        f"<!DOCTYPE html [{entities}]>\n<html><body><article><p>&lol9;</p></article></body></html>"
    )
    path = write(tmp_path / "bomb.html", bomb)
    articles, problems = read(path)
    assert articles == []
    assert problems == [
        f"{path}: the DOCTYPE declares XML entities (a possible entity-expansion bomb) (skipped)"
    ]


def test_encodings(tmp_path: Path) -> None:
    body = (
        "<p>Caf\u00e9 owners on the quay said the \u201cwinter hours\u201d would end in March "
        "this year.</p>"
    )
    page = (
        "<html><head>{meta}<title>Quay caf\u00e9s</title></head>"
        f"<body><article>{body}</article></body></html>"
    )
    declared = write(
        tmp_path / "declared.html",
        page.format(meta='<meta charset="windows-1252">').encode("cp1252"),
    )
    undeclared = write(tmp_path / "undeclared.html", page.format(meta="").encode("cp1252"))
    unknown = write(
        tmp_path / "unknown.html", page.format(meta='<meta charset="klingon">').encode("utf-8")
    )
    binary = write(tmp_path / "binary.html", b"\x89PNG\r\n\x1a\n\x00\x00")
    articles, problems = read(declared, undeclared, unknown, binary)
    expected = (
        "Caf\u00e9 owners on the quay said the \u201cwinter hours\u201d would end in March "
        "this year."
    )
    assert [a.paragraphs[0].text for a in articles] == [expected] * 3
    assert problems == [
        f"{undeclared}:1: not valid UTF-8 (decoded as cp1252)",
        f"{unknown}: unknown charset 'klingon' (read as UTF-8)",
        f"{binary}: binary file (NUL byte at offset 8), not text (skipped)",
    ]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.binary(max_size=400),
    start=st.sampled_from(
        [b"", b"<html><body><p>", b'<rss version="2.0"><channel><item>', b"WARC/1.0\r\n"]
    ),
    suffix=st.sampled_from([".html", ".rss", ".atom", ".xml", ".warc", ".warc.gz"]),
)
def test_any_bytes_never_raise(tmp_path: Path, data: bytes, start: bytes, suffix: str) -> None:
    """Whatever a page, feed or archive holds, reading reports it instead of raising."""
    path = write(tmp_path / f"fuzz{suffix}", start + data)
    articles, problems = read(path)
    assert all(
        article.paragraphs and all(p.text for p in article.paragraphs) for article in articles
    )
    assert all(problem.startswith(str(path)) for problem in problems)
    assert articles or problems


def test_pages_read_in_other_processes_come_in_the_same_order_with_the_same_problems(
    tmp_path: Path,
) -> None:
    """``processes`` reads saved pages elsewhere (extraction must not hold up a build): the same
    articles in the same order, and the same problems, as reading them here."""
    folder = tmp_path / "mixed"
    for n in range(5):
        write(folder / f"p{n}.html", PAGE.replace(PAGE_URL, f"{PAGE_URL}-{n}"))
    write(folder / "dup.html", PAGE.replace(PAGE_URL, f"{PAGE_URL}-1"))  # an id already read
    write(folder / "empty.html", "  \n")
    write(folder / "z.txt", " date 2025-05-06\nA seed story about the harbour.\n\nThe Courier\n")
    runs = []
    for processes in (0, 2):
        log = ProblemLog()
        articles = list(read_paths([folder], log=log, processes=processes))
        runs.append(
            ([(a.id, a.title, a.paragraphs) for a in articles], [str(p) for p in log.problems])
        )
    assert runs[0] == runs[1]
    assert len(runs[0][0]) == 7 and len(runs[0][1]) == 2  # a duplicate id, an empty page
