"""WARC web archives (written here with warcio): each archived article page becomes an article,
everything else is counted in one message, and a damaged archive is reported; then the
end-to-end run over a folder of pages, feeds and an archive, at the command line."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from support import ROOT
from support import read_articles as read
from webfixtures import (
    ATOM,
    BOILERPLATE,
    PAGE,
    PAGE_PARAGRAPHS,
    PAGE_URL,
    RSS2,
    UNDATED_PAGE,
    Record,
    write_warc,
)

from newsindex.articles import Article, Paragraph
from newsindex.cli import cli
from newsindex.readers.html import web_id

FERRY_URI = "https://harbourweekly.example/ferry-drill"
FRONT = (
    b"<html><head><title>Harbour Weekly</title></head><body><nav><a href='/'>Home</a></nav>"
    b"<ul><li><a href='/ferry-drill'>Ferry drill</a></li></ul></body></html>"
)


def crawl(path: Path, *, gzip: bool = True) -> Path:
    """An archive as a crawl leaves it: two article pages, a section front, a redirect, an
    image, each with its request, after a warcinfo record."""
    return write_warc(
        path,
        [
            Record(PAGE_URL + "?utm_source=newsletter", PAGE.encode()),
            Record(FERRY_URI, UNDATED_PAGE.encode("cp1252"), content_type="text/html"),
            Record("https://harbourweekly.example/", FRONT),
            Record("https://harbourweekly.example/old", b"", status="301 Moved Permanently"),
            Record("https://harbourweekly.example/logo.png", b"\x89PNG", content_type="image/png"),
        ],
        gzip=gzip,
    )


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_archived_pages_exactly(tmp_path: Path, name: str) -> None:
    path = crawl(tmp_path / name, gzip=name.endswith(".gz"))
    (mill, ferry), problems = read(path)
    assert mill == Article(
        id=web_id(PAGE_URL),  # the target URI, normalised: the saved page's id
        title="Harbour mill closes after six-week strike",
        date=dt.date(2025, 5, 6),  # the page's own date, not the record's
        paragraphs=tuple(Paragraph(text, heading) for text, heading in PAGE_PARAGRAPHS),
        source="The Lakeside Courier",
        url=PAGE_URL + "?utm_source=newsletter",
        byline="Marisol Quintero",
        origin=f"{path} record 3",
    )
    assert ferry == Article(
        id=web_id(FERRY_URI),
        title="Ferry crews rehearse winter rescue drill",
        date=dt.date(2025, 5, 9),  # no date in the page: the record's WARC-Date
        paragraphs=(
            Paragraph(
                "Crews from the Gull Island ferry practised pulling passengers from icy water on "
                "Thursday morning, watched by the coast guard and a dozen volunteers."
            ),
            Paragraph(
                '"We hope we never need it, but we train for it every winter," said captain Ines '
                "Achterberg."
            ),
        ),
        source="harbourweekly.example",
        url=FERRY_URI,
        origin=f"{path} record 5",
    )
    text = "\n".join(p.text for p in mill.paragraphs)
    assert not [phrase for phrase in BOILERPLATE if phrase in text]
    assert problems == [  # one message for all the records that are not articles
        f"{path}: 9 of 11 records are not articles: 5 request, 1 warcinfo, "
        "1 HTML page without article text, 1 HTTP 301, 1 image/png (not read)"
    ]


def test_truncated_archive_keeps_the_records_before_the_cut(tmp_path: Path) -> None:
    whole = crawl(tmp_path / "whole.warc.gz").read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole[: len(whole) // 2])
    articles, problems = read(cut)
    assert [a.id for a in articles] == [web_id(PAGE_URL)]
    assert problems == [
        f"{cut}: record 5 is cut short (the file is truncated) (rest of the file skipped)",
        f"{cut}: 3 of 4 records are not articles: 2 request, 1 warcinfo (not read)",
    ]


def test_files_that_are_not_archives(tmp_path: Path) -> None:
    empty = tmp_path / "empty.warc"
    empty.write_bytes(b"")
    text = tmp_path / "notes.warc"
    text.write_text("not an archive\n")
    bad_gzip = tmp_path / "bad.warc.gz"
    bad_gzip.write_bytes(b"\x1f\x8b\x08\x00garbage")
    articles, problems = read(empty, text, bad_gzip)
    assert articles == []
    assert problems[:2] == [
        f"{empty}: empty file (skipped)",
        f"{text}: not a WARC file (it does not start with 'WARC/') (skipped)",
    ]
    assert re.fullmatch(
        rf"{re.escape(str(bad_gzip))}: damaged gzip data \(.+\) \(skipped\)", problems[2]
    )


def test_oversized_record_and_entity_bomb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("newsindex.readers.warc.MAX_PAGE_BYTES", 1024 * 1024)
    big = PAGE.replace("<main>", f"<main><!-- {'padding ' * 140_000} -->").encode()
    bomb = b'<!DOCTYPE html [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]><html><body>&b;</body></html>'
    path = write_warc(
        tmp_path / "odd.warc.gz",
        [Record("https://big.example/a", big), Record("https://big.example/b", bomb)],
    )
    articles, problems = read(path)
    assert articles == []
    assert problems == [
        f"{path}: record 3 (https://big.example/a): page is over the 1 MB limit (skipped)",
        f"{path}: record 5 (https://big.example/b): the DOCTYPE declares XML entities "
        "(a possible entity-expansion bomb) (skipped)",
        f"{path}: 3 of 5 records are not articles: 2 request, 1 warcinfo (not read)",
    ]


# --- end to end -----------------------------------------------------------------------------

MODEL = ROOT / "newsindex" / "models" / "ner.json.gz"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    crash = result.exception is not None and not isinstance(result.exception, SystemExit)
    assert not crash, f"{args}: {result.exception!r}"
    return result.exit_code, result.stdout, result.stderr


def test_index_a_folder_holding_every_format(tmp_path: Path) -> None:
    if not MODEL.exists():
        pytest.skip(f"{MODEL} is absent: train it with `make train-ner`")
    folder = tmp_path / "web"
    folder.mkdir()
    (folder / "ledger.atom").write_text(ATOM)
    (folder / "saved-mill.html").write_text(PAGE)
    (folder / "news.rss").write_text(RSS2)
    write_warc(folder / "weekly.warc.gz", [Record(FERRY_URI, UNDATED_PAGE.encode())])
    (folder / "desk.xml").write_text(WIRE_NEWSML)
    (folder / "orchard.xml").write_text(WIRE_NITF)
    (folder / "export.json").write_text(json.dumps([WIRE_JSON]))
    index = tmp_path / "index"
    code, out, err = run("index", str(folder), "--index", str(index), "--workers", "0")
    assert code == 0, err
    lines = out.splitlines()
    assert re.fullmatch(
        r"Indexed 9 articles, \d+ passages into .+; skipped 0 records, 2 warnings\.", lines[0]
    )
    read = dict(reversed(part.split()) for part in lines[1].split(":", 1)[1].split(","))
    assert read == {"feed": "4", "html": "1", "warc": "1", "newsml": "1", "nitf": "1", "json": "1"}
    # the feed's version of the mill story came first; the saved page (read later) replaced it
    assert f"duplicate article id {web_id(PAGE_URL)}" in err

    def ids(*query: str) -> list[str]:
        code, out, err = run("search", *query, "--index", str(index), "--json")
        assert code == 0, err
        return sorted({row["article_id"] for row in json.loads(out)})

    assert ids("severance") == [web_id(PAGE_URL)]  # only the page has this paragraph
    assert ids("ferry") == sorted(
        [
            web_id(FERRY_URI),
            web_id("https://www.lakesidecourier.example/news/2025/05/07/ferry-timetable"),
        ]
    )
    assert ids("--person", "Lindqvist") == [web_id(PAGE_URL)]
    assert ids("--person", "Drost") == [web_id("https://ledger.example/2025/05/08/bridge")]
    assert ids("--since", "2025-05-08", "--until", "2025-05-08") == [
        web_id("https://ledger.example/2025/05/08/bridge")
    ]
    assert ids("Cookies OR Privacy OR comments") == []
    assert ids("pilots") == ["urn:exw:desk-1"]
    assert ids("--since", "2025-04-30", "--until", "2025-04-30") == ["EXW-orchard-1"]
    assert ids("--person", "Varga") == ["json-1"]


WIRE_NEWSML = """<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:exw:desk-1" version="1"
    standard="NewsML-G2" standardversion="2.31">
  <itemMeta><itemClass qcode="ninat:text"/><firstCreated>2025-04-29T08:00:00Z</firstCreated>
  </itemMeta>
  <contentMeta><headline>Tug pilots vote to return</headline></contentMeta>
  <contentSet><inlineXML><nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body>
    <body.content><p>Tug pilots at the east harbour voted on Tuesday to return to work.</p>
    </body.content></body></nitf></inlineXML></contentSet>
</newsItem>
"""
WIRE_NITF = """<?xml version="1.0" encoding="UTF-8"?>
<nitf><head><docdata><doc-id id-string="EXW-orchard-1"/>
  <date.issue norm="20250430T070000Z"/></docdata></head>
<body><body.head><hedline><hl1>Orchards count frost damage</hl1></hedline></body.head>
  <body.content><p>Growers in the valley counted frost damage to their orchards.</p>
  </body.content></body></nitf>
"""
WIRE_JSON = {
    "id": "json-1",
    "headline": "Bus drivers settle",
    "body": "Union leader Ilona Varga said the bus drivers had settled their dispute.",
    "published_at": "2025-05-02",
}


def test_a_run_that_indexes_nothing_exits_1(tmp_path: Path) -> None:
    if not MODEL.exists():
        pytest.skip(f"{MODEL} is absent: train it with `make train-ner`")
    folder = tmp_path / "web"
    folder.mkdir()
    (folder / "front.html").write_bytes(FRONT)
    write_warc(
        folder / "only-images.warc",
        [Record("https://x.example/a.png", b"\x89PNG", content_type="image/png")],
        gzip=False,
    )
    code, out, err = run("index", str(folder), "--index", str(tmp_path / "index"), "--workers", "0")
    assert code == 1
    assert out.startswith("Indexed 0 articles, 0 passages into ")
    assert "Error: nothing was indexed" in err


def test_a_page_without_a_date_takes_its_addresss_day_before_the_crawls(tmp_path: Path) -> None:
    """A crawl may archive a story years after it ran: the day in its address is the story's,
    WARC-Date only the archiving's."""
    dated_uri = "https://harbourweekly.example/2024/11/30/ferry-drill"
    path = write_warc(tmp_path / "late.warc.gz", [Record(dated_uri, UNDATED_PAGE.encode())])
    (ferry,), _ = read(path)
    assert ferry.date == dt.date(2024, 11, 30)
