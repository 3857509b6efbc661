"""Readers: each format's happy path with exact articles, the shared helpers, and folder walking."""

from __future__ import annotations

import datetime as dt
import json
import os
import warnings
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import read_articles as read
from support import write_file as write

from newsindex.articles import Article, Paragraph
from newsindex.errors import ArticleFormatError, InvalidArgumentError
from newsindex.problems import ProblemLog
from newsindex.readers import FORMATS, read_file, read_paths
from newsindex.readers.files import COMPRESSED, EXTENSIONS
from newsindex.readers.mapping import date_problem, parse_date_text
from newsindex.readers.reuters import body_paragraphs
from newsindex.readers.text import clip, first_sentence, title_from_text

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
D = dt.date


# --- seed -------------------------------------------------------------------------------------

SEED = """\
 date 2025-05-06 Ministers met in Ottawa on Tuesday. They discussed tariffs.

Talks continue

The talks will continue next week, officials said.

A second paragraph
spanning two lines.

With files from Staff Reporter
"""


def test_seed_article_exactly(tmp_path: Path) -> None:
    path = write(tmp_path / "story.txt", SEED)
    articles, problems = read(path)
    assert problems == []
    assert articles == [
        Article(
            id="story",
            title="Ministers met in Ottawa on Tuesday.",
            date=D(2025, 5, 6),
            paragraphs=(
                Paragraph("Ministers met in Ottawa on Tuesday. They discussed tariffs.", None, 1),
                Paragraph(
                    "The talks will continue next week, officials said.", "Talks continue", 5
                ),
                Paragraph("A second paragraph spanning two lines.", "Talks continue", 7),
            ),
            credit="With files from Staff Reporter",
            origin=f"{path}:1",
        )
    ]


def test_seed_headers_before_the_date_line(tmp_path: Path) -> None:
    path = write(
        tmp_path / "s.txt",
        " title Carney Meets Trump\n id carney-trump\n url https://example.org/a\n"
        "date 2025-05-06 Lead paragraph.\n\nReporting by Jane Doe\n",
    )
    (article,), problems = read(path)
    assert problems == []
    assert (article.id, article.title, article.url, article.date) == (
        "carney-trump",
        "Carney Meets Trump",
        "https://example.org/a",
        D(2025, 5, 6),
    )
    assert article.paragraphs == (Paragraph("Lead paragraph.", None, 4),)
    assert article.credit == "Reporting by Jane Doe"


def test_seed_heading_rules(tmp_path: Path) -> None:
    text = (
        " date 2025-01-01 Lead.\n\nA Heading Here\n\nUnder it.\n\n"
        "This line is short but ends with a period.\n\n"
        "a lowercase line is not a heading\n\nClosing Words\n"
    )
    (article,), _ = read(write(tmp_path / "h.txt", text))
    assert [(p.text, p.heading) for p in article.paragraphs] == [
        ("Lead.", None),
        ("Under it.", "A Heading Here"),
        ("This line is short but ends with a period.", "A Heading Here"),
        ("a lowercase line is not a heading", "A Heading Here"),
        ("Closing Words", "A Heading Here"),  # a heading followed by nothing stays text
    ]
    assert article.credit is None


_LONG = (
    "The council voted on Tuesday to keep the harbour ferry running through the winter, "
    "after a petition signed by {n} residents."
)


def test_lines_longer_than_any_wrap_are_one_paragraph_each(tmp_path: Path) -> None:
    """Text copied from the web puts each paragraph on one line, often with no blank line
    between: those lines are paragraphs (and a short one among them may be a heading), while
    hand-wrapped lines still join into one paragraph."""
    text = (
        f" date 2025-01-01 {_LONG.format(n=1)}\n{_LONG.format(n=2)}\nFerry Timetable\n"
        f"{_LONG.format(n=3)}\nShort closing line.\n\n"
        "A paragraph wrapped by hand over\nthree lines that are each short\nas editors wrap.\n"
    )
    assert len(_LONG) > 100
    (article,), _ = read(write(tmp_path / "web.txt", text))
    assert [(p.text, p.heading, p.line) for p in article.paragraphs] == [
        (_LONG.format(n=1), None, 1),
        (_LONG.format(n=2), None, 2),
        (_LONG.format(n=3), "Ferry Timetable", 4),
        ("Short closing line.", "Ferry Timetable", 5),
        (
            "A paragraph wrapped by hand over three lines that are each short as editors wrap.",
            "Ferry Timetable",
            7,
        ),
    ]


def test_plain_text_story_with_its_headline_first(tmp_path: Path) -> None:
    """A plain-text story (no seed headers) starts with its headline, perhaps its date on the
    next line: they are the title and the date, not a passage."""
    dated = write(
        tmp_path / "dated.txt",
        "Ferry back on time\r\nMarch 5, 2024\r\n\r\nThe ferry resumed on Monday.\r\n\r\n"
        '"We are back," captain Ada Voss said.\r\n',
    )
    undated = write(tmp_path / "undated.txt", "Ferry back on time\n\nThe ferry resumed.\n")
    (first, second), problems = read(dated, undated)
    assert (first.title, first.date, [p.text for p in first.paragraphs]) == (
        "Ferry back on time",
        D(2024, 3, 5),
        ["The ferry resumed on Monday.", '"We are back," captain Ada Voss said.'],
    )
    assert (second.title, second.date, [p.text for p in second.paragraphs]) == (
        "Ferry back on time",
        None,
        ["The ferry resumed."],
    )
    assert problems == [
        f"{undated}:1: missing date header (first line ' date YYYY-MM-DD ...') "
        "(kept without a date)"
    ]


@pytest.mark.parametrize(
    ("where", "day"),
    [
        ("wire_2016-09-12_ferry-back.txt", D(2016, 9, 12)),
        ("20160912-ferry.txt", D(2016, 9, 12)),
        ("2016/09/12/ferry.txt", D(2016, 9, 12)),
        ("ferry_2016-02-30.txt", None),  # no such day
        ("2016/13/12/ferry.txt", None),
        ("ferry-1201609121.txt", None),  # digits of a longer number
    ],
)
def test_a_plain_story_without_a_date_takes_its_file_names(
    tmp_path: Path, where: str, day: dt.date | None
) -> None:
    """Archives and crawls name files by their day; a story giving no date of its own is dated
    by it, and only a story with none left is reported."""
    path = tmp_path / where
    path.parent.mkdir(parents=True, exist_ok=True)
    (article,), problems = read(write(path, "Ferry back on time\n\nThe ferry resumed.\n"))
    assert article.date == day
    assert len(problems) == (day is None)


def test_real_seed_article() -> None:
    seeds = SHARED / "seeds"
    if not seeds.is_dir():
        pytest.skip(f"{seeds} is absent (the ../shared data folder is not beside the repo)")
    (article,), problems = read(seeds)
    assert problems == []
    assert article.date == D(2025, 5, 6)
    assert article.title.startswith("The highly anticipated first in-person meeting")
    assert article.title.endswith("…") and len(article.title) <= 100
    assert article.credit is not None and article.credit.startswith("With files from CTV News")
    headed = [p for p in article.paragraphs if p.heading == "Canadian politicians weigh in"]
    assert len(headed) == 4 and headed[0].line == 27
    assert len(article.paragraphs) == 16
    assert all(p.text != "Canadian politicians weigh in" for p in article.paragraphs)


# --- JSONL and CSV --------------------------------------------------------------------------


def test_jsonl_articles_exactly(tmp_path: Path) -> None:
    records = [
        {
            "id": "a1",
            "title": "Tariffs",
            "date": "2025-05-06T23:30:00-05:00",
            "paragraphs": ["First  paragraph.", "  ", "Second\nparagraph."],
            "url": "https://example.org/a1",
            "source": "Example News",
            "byline": "Jane Doe",
            "extra": {"ignored": True},
        },
        {"text": "Lead sentence here. More text.\n\n\nNext paragraph.", "date": None},
    ]
    path = write(
        tmp_path / "feed.jsonl", json.dumps(records[0]) + "\n\n" + json.dumps(records[1]) + "\n"
    )
    articles, problems = read(path)
    assert problems == []
    assert articles == [
        Article(
            id="a1",
            title="Tariffs",
            date=D(2025, 5, 6),
            paragraphs=(
                Paragraph("First paragraph.", None, 1),
                Paragraph("Second paragraph.", None, 1),
            ),
            source="Example News",
            url="https://example.org/a1",
            byline="Jane Doe",
            origin=f"{path}:1",
        ),
        Article(
            id="feed-3",
            title="Lead sentence here.",
            date=None,
            paragraphs=(
                Paragraph("Lead sentence here. More text.", None, 3),
                Paragraph("Next paragraph.", None, 3),
            ),
            origin=f"{path}:3",
        ),
    ]


def test_ndjson_extension_and_messages(tmp_path: Path) -> None:
    path = write(
        tmp_path / "f.ndjson",
        '{"id": 42, "text": "Numeric id."}\n'
        '{"id": "x", "text": 5}\n'
        '{"id": "y", "text": "Both.", "paragraphs": ["Kept."]}\n'
        '{"id": "z", "paragraphs": ["ok", 3]}\n'
        '{"id": "w", "text": "Bad url.", "url": ["a"], "date": "yesterday"}\n',
    )
    articles, problems = read(path)
    assert [a.id for a in articles] == ["42", "y", "w"]
    assert articles[1].paragraphs == (Paragraph("Kept.", None, 3),)
    assert problems == [
        f"{path}:1: id must be a string, not number 42 (used '42')",
        f"{path}:2: text must be a string, not number 5 (skipped)",
        f"{path}:3: both text and paragraphs given (used paragraphs)",
        f"{path}:4: paragraphs must be an array of strings, item 2 is number (skipped)",
        f"{path}:5: invalid date 'yesterday' (kept without a date)",
        f"{path}:5: url must be a string, not array (ignored)",
    ]


def test_csv_articles_exactly(tmp_path: Path) -> None:
    path = write(
        tmp_path / "news.csv",
        "ID, Title ,Date,Text,URL,Byline,Source\n"
        'c1,Quoted,"May 6, 2025","Para one,\nstill one.\n\nPara two.",https://e.org/c1,Ann,Wire\n'
        ",,,Untitled text. Second sentence.,,,\n",
    )
    articles, problems = read(path)
    assert problems == []
    assert articles == [
        Article(
            id="c1",
            title="Quoted",
            date=D(2025, 5, 6),
            paragraphs=(
                Paragraph("Para one, still one.", None, 2),
                Paragraph("Para two.", None, 2),
            ),
            source="Wire",
            url="https://e.org/c1",
            byline="Ann",
            origin=f"{path}:2",
        ),
        Article(
            id="news-6",
            title="Untitled text.",
            date=None,
            paragraphs=(Paragraph("Untitled text. Second sentence.", None, 6),),
            origin=f"{path}:6",
        ),
    ]


@pytest.mark.parametrize(
    ("name", "separator", "hint"),
    [
        ("semi.csv", ";", ""),
        ("tabs.tsv", "\t", ""),
        ("pipes.csv", "|", ""),
        ("excel.csv", ";", "sep=;\r\n"),
    ],
)
def test_csv_separator_is_the_headers(tmp_path: Path, name: str, separator: str, hint: str) -> None:
    """Spreadsheets in many locales save CSV with semicolons, databases export tabs or pipes:
    the separator is the one the header row uses (or Excel's "sep=" line names), and ``.tsv``
    is read as CSV."""
    rows = [["id", "title", "text"], ["s1", "Port deal", "The port and the union agreed, at last."]]
    text = hint + "".join(separator.join(row) + "\r\n" for row in rows)
    path = write(tmp_path / name, text)
    (article,), problems = read(path)
    assert (article.id, article.title, article.paragraphs[0].text) == (
        "s1",
        "Port deal",
        "The port and the union agreed, at last.",
    )
    assert problems == []


def test_csv_header_only_and_empty(tmp_path: Path) -> None:
    header_only = write(tmp_path / "a.csv", "id,text\n")
    empty = write(tmp_path / "b.csv", "")
    articles, problems = read(header_only, empty)
    assert articles == []
    assert problems == [f"{empty}: empty file (skipped)"]


# --- Reuters ----------------------------------------------------------------------------------

SGML = """<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="YES" NEWID="7">
<DATE> 3-MAR-1987 09:15:00.10</DATE>
<TOPICS><D>earn</D></TOPICS>
<TEXT>&#2;
<TITLE>ACME &lt;ACM> QTR NET &amp; SALES UP</TITLE>
<AUTHOR>    by Jane Doe, Reuters</AUTHOR>
<DATELINE>    NEW YORK, March 3 - </DATELINE><BODY>Acme Corp said quarterly profit rose
on strong sales of R&D tools.
    Shr 10 cts vs eight cts
    Net 1.2 mln vs 1.0 mln
    Nine mths
    Shr 30 cts vs 20 cts
    The company said it expects
further gains.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS TOPICS="NO" NEWID="8">
<DATE>3-MAR-1987 09:20:00.00</DATE>
<TEXT TYPE="UNPROC">&#2;
MONEY RATES - MARCH 3
 Call money..........5.75 vs.....5.80
 One month...........5.90 vs.....5.95
&#3;
</TEXT>
</REUTERS>
"""


def test_reuters_stories_exactly(tmp_path: Path) -> None:
    path = write(tmp_path / "reut2-test.sgm", SGML.encode("latin-1"))
    articles, problems = read(path)
    assert problems == []
    assert articles == [
        Article(
            id="reuters-7",
            title="ACME <ACM> QTR NET & SALES UP",
            date=D(1987, 3, 3),
            paragraphs=(
                Paragraph(
                    "Acme Corp said quarterly profit rose on strong sales of R&D tools.", None, 8
                ),
                Paragraph(
                    "Shr 10 cts vs eight cts\nNet 1.2 mln vs 1.0 mln\n"
                    "Nine mths\nShr 30 cts vs 20 cts",
                    None,
                    10,
                ),
                Paragraph("The company said it expects further gains.", None, 14),
            ),
            source="Reuters",
            byline="by Jane Doe, Reuters",
            dateline="NEW YORK, March 3",
            origin=f"{path}:2",
            labels={"topic": ("earn",)},
        ),
        Article(
            id="reuters-8",
            title="MONEY RATES - MARCH 3",
            date=D(1987, 3, 3),
            paragraphs=(
                Paragraph(
                    "Call money..........5.75 vs.....5.80\nOne month...........5.90 vs.....5.95",
                    None,
                    23,
                ),
            ),
            source="Reuters",
            origin=f"{path}:19",
        ),
    ]


def test_reuters_latin1_bytes_without_warning(tmp_path: Path) -> None:
    text = SGML.replace("R&D tools", "caf\xe9 tools")
    path = write(tmp_path / "r.sgm", text.encode("latin-1"))
    articles, problems = read(path)
    assert problems == []
    assert "café tools" in articles[0].paragraphs[0].text


def test_reuters_table_with_blank_line_and_footnote_is_one_paragraph() -> None:
    body = (
        "Prices were as follows -\n"
        "         Natl   Loan    Call\n"
        " Wheat   2.55   2.40    4.65\n"
        " Corn    1.35   1.92    3.15\n"
        " X - 1986 Rates.\n"
        "\n"
        "          Natl   Loan    Call\n"
        " Oats     1.24   0.99    1.65\n"
        "    Reserves I and II have matured. Level IV reflects\n"
        "grain entered after Oct 6, 1981.\n"
        " Reuter\n&#3;"
    )
    paragraphs = body_paragraphs(body, first_line=50)
    assert [p.line for p in paragraphs] == [50, 51, 58]
    assert paragraphs[0].text == "Prices were as follows -"
    assert paragraphs[1].text == (
        "        Natl   Loan    Call\n"
        "Wheat   2.55   2.40    4.65\n"
        "Corn    1.35   1.92    3.15\n"
        "X - 1986 Rates.\n"
        "\n"
        "         Natl   Loan    Call\n"
        "Oats     1.24   0.99    1.65"
    )
    assert paragraphs[2].text.startswith("Reserves I and II have matured.")


def test_reuters_table_after_prose_without_indentation() -> None:
    body = (
        "Forecasts follow, economists said.\n"
        "......END-JUNE FORECASTS....\n"
        "Bank One.....8.25......6.15..\n"
        "Bank Two.....8.00......6.25..\n"
        "    Most expect lower rates.\n REUTER...^M"
    )
    assert [p.text for p in body_paragraphs(body)] == [
        "Forecasts follow, economists said.",
        "......END-JUNE FORECASTS....\n"
        "Bank One.....8.25......6.15..\nBank Two.....8.00......6.25..",
        "Most expect lower rates.",
    ]


def test_reuters_prose_is_not_a_table() -> None:
    body = (
        "He said the index was updated  to reflect 1982-84 patterns.\n"
        "    It is something of an experiment....\n"
        "someone has to do something.\n"
        "    The dry period means the crop will be late.\n"
        "    Arrivals were 155,221 bags.\n"
    )
    assert [p.text for p in body_paragraphs(body)] == [
        "He said the index was updated to reflect 1982-84 patterns.",
        "It is something of an experiment.... someone has to do something.",
        "The dry period means the crop will be late.",
        "Arrivals were 155,221 bags.",
    ]


# --- helpers ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-05-06", D(2025, 5, 6)),
        ("2025-05-06T10:30:00Z", D(2025, 5, 6)),
        ("2025-05-06T23:30:00-05:00", D(2025, 5, 6)),
        ("May 6, 2025", D(2025, 5, 6)),
        ("6 May 2025", D(2025, 5, 6)),
        ("Tue, 06 May 2025 10:00:00 GMT", D(2025, 5, 6)),
        ("2025/05/06", D(2025, 5, 6)),
        ("13/05/2025", D(2025, 5, 13)),
        ("05/05/2025", D(2025, 5, 5)),
        ("06.05.2025", D(2025, 5, 6)),  # dots: the day first, wherever dates are so written
        ("1746525600", D(2025, 5, 6)),  # Unix time in seconds (UTC), as APIs export it
        ("1746525600000", D(2025, 5, 6)),  # and in milliseconds
        ("541677600", D(1987, 3, 2)),
        ("06.05.2025 10:30", D(2025, 5, 6)),
        (
            "05/06/2025 10:30:00",
            "ambiguous date '05/06/2025 10:30:00' (day and month could be swapped; use YYYY-MM-DD)",
        ),
        ("Tue, 06 May 2025 23:30:00 EST", D(2025, 5, 6)),  # the day as written, zone names too
        ("Tue, 06 May 2025 23:30:00 CET", D(2025, 5, 6)),
        ("2025-02-30", "invalid date '2025-02-30': day is out of range for month"),
        ("yesterday", "invalid date 'yesterday'"),
        ("May 2025", "incomplete date 'May 2025' (no day)"),
        (
            "05/06/2025",
            "ambiguous date '05/06/2025' (day and month could be swapped; use YYYY-MM-DD)",
        ),
    ],
)
def test_parse_date_text(text: str, expected: object) -> None:
    with warnings.catch_warnings():  # no library warning reaches the user's terminal
        warnings.simplefilter("error")
        assert parse_date_text(text) == expected


def test_date_problem_bounds() -> None:
    today = D(2025, 6, 1)
    assert date_problem(D(2026, 6, 1), today=today) is None
    assert date_problem(D(2026, 6, 3), today=today) == (
        "date 2026-06-03 is more than a year in the future"
    )
    assert date_problem(D(1800, 1, 1), today=today) is None
    assert date_problem(D(1799, 12, 31), today=today) == "date 1799-12-31 is before 1800"


def test_future_check_uses_the_given_today(tmp_path: Path) -> None:
    path = write(tmp_path / "s.txt", " date 2027-01-01 Later.\n")
    log = ProblemLog()
    (article,) = read_paths([path], log=log, today=D(2026, 6, 1))
    assert article.date == D(2027, 1, 1) and log.problems == []
    (article,) = read_paths([path], log=log, today=D(2025, 6, 1))
    assert article.date is None
    assert [str(p) for p in log.problems] == [
        f"{path}:1: date 2027-01-01 is more than a year in the future (kept without a date)"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S. Senate voted. Then it adjourned.", "The U.S. Senate voted."),
        ("Mr. Smith said no. Next.", "Mr. Smith said no."),
        ("“It is over.” Carney said so.", "“It is over.”"),
        ("No final stop here", "No final stop here"),
        ("Shares rose 1.5 pct. Bonds fell.", "Shares rose 1.5 pct."),
    ],
)
def test_first_sentence(text: str, expected: str) -> None:
    assert first_sentence(text) == expected


def test_clip_at_word_boundary() -> None:
    text = "word " * 40
    clipped = clip(text)
    assert len(clipped) <= 100 and clipped.endswith("word…")
    assert clip("short title") == "short title"
    assert title_from_text("x" * 150) == "x" * 99 + "…"


# --- read_paths: finding files, formats, ids --------------------------------------------------


def test_unknown_format_raises_before_reading() -> None:
    with pytest.raises(InvalidArgumentError) as raised:
        read_paths(["nowhere"], format="xml", log=ProblemLog())
    assert str(raised.value) == f"format='xml': expected one of {', '.join(FORMATS)}"
    assert FORMATS[:7] == ("seed", "jsonl", "json", "csv", "reuters", "newsml", "nitf")
    with pytest.raises(InvalidArgumentError):
        read_file("x", format="pdf", log=ProblemLog())


KNOWN = f"{', '.join(EXTENSIONS)} (and {', '.join(f'{suffix}.gz' for suffix in COMPRESSED)})"
"""The extensions messages list: every format's, then the compressed ones."""
UNREAD = (
    f"is not a format newsindex reads (it reads {KNOWN}); "
    "convert it to JSON Lines with text, title and date fields (not read)"
)


@pytest.mark.parametrize("as_given", [str, Path])
def test_one_path_alone_is_one_path(tmp_path: Path, as_given: type) -> None:
    """``read_paths("seeds/")`` read each character as a path and found nothing."""
    write(tmp_path / "a.jsonl", '{"id": "a", "text": "A."}\n')
    log = ProblemLog()
    assert [a.id for a in read_paths(as_given(tmp_path), log=log)] == ["a"]
    assert log.problems == []


def test_extension_chooses_reader_and_folder_order_is_sorted(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", " date 2025-01-02 B.\n")
    write(tmp_path / "a.jsonl", '{"id": "a", "text": "A."}\n')
    write(tmp_path / "sub" / "c.csv", "id,text\nc,C.\n")
    write(tmp_path / "sub" / "d.sgml", SGML)
    write(tmp_path / "README.md", "# ignored\n")
    write(tmp_path / "data.yaml", "{}")
    write(tmp_path / ".hidden.txt", b"\x00")
    write(tmp_path / ".git" / "x.txt", b"\x00")
    articles, problems = read(tmp_path)
    assert problems == [f"{tmp_path / 'data.yaml'}: '.yaml' {UNREAD}"]
    assert [a.id for a in articles] == ["a", "b", "c", "reuters-7", "reuters-8"]


def test_forced_format(tmp_path: Path) -> None:
    data = write(tmp_path / "feed.data", '{"id": "f", "text": "Forced."}\n')
    articles, problems = read(data)
    assert articles == []
    assert problems == [
        f"{data}: unknown file type '.data'; expected one of {KNOWN}, or name the format (skipped)"
    ]
    articles, problems = read(data, format="jsonl")
    assert [a.id for a in articles] == ["f"] and problems == []
    # In a folder the format applies to files with a known extension only.
    write(tmp_path / "dir" / "feed.txt", '{"id": "t", "text": "JSON in a .txt file."}\n')
    write(tmp_path / "dir" / "other.data", "ignored")
    articles, problems = read(tmp_path / "dir", format="jsonl")
    assert [a.id for a in articles] == ["t"]
    assert problems == [f"{tmp_path / 'dir' / 'other.data'}: '.data' {UNREAD}"]


def test_paths_that_lead_nowhere(tmp_path: Path) -> None:
    story = write(tmp_path / "real" / "s.txt", " date 2025-01-02 Story.\n")
    (tmp_path / "alias").symlink_to(tmp_path / "real", target_is_directory=True)
    missing = tmp_path / "missing.txt"
    articles, problems = read(story, tmp_path / "real", tmp_path / "alias", story, missing)
    assert [a.id for a in articles] == ["s"]
    assert problems == [
        f"{tmp_path / 'real' / 's.txt'}: same file as {story} (not read twice)",
        f"{tmp_path / 'alias'}: same folder as {tmp_path / 'real'} (not read twice)",
        f"{story}: same file as {story} (not read twice)",
        f"{missing}: no such file or folder (skipped)",
    ]


def test_self_link_is_a_loop(tmp_path: Path) -> None:
    link = tmp_path / "self.txt"
    link.symlink_to("self.txt")
    articles, problems = read(tmp_path)
    assert articles == []
    assert problems == [f"{link}: symbolic link loop (skipped)"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a chmod 000 folder anyway")
def test_unreadable_folder(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        _, problems = read(tmp_path)
    finally:
        locked.chmod(0o755)
    assert problems == [f"{locked}: cannot read folder: Permission denied (skipped)"]


def test_duplicate_ids_across_files(tmp_path: Path) -> None:
    first = write(tmp_path / "a" / "story.txt", " date 2025-01-02 First.\n")
    second = write(tmp_path / "b" / "story.txt", " date 2025-01-03 Second.\n")
    articles, problems = read(tmp_path)
    assert [a.paragraphs[0].text for a in articles] == ["First.", "Second."]
    assert problems == [
        f"{second}:1: duplicate article id story (first at {first}:1; the later one replaces it)"
    ]


def test_strict_log_raises_article_format_error(tmp_path: Path) -> None:
    path = write(tmp_path / "f.jsonl", '{"id": "ok", "text": "Fine."}\n{broken\n')
    seen = []
    with pytest.raises(ArticleFormatError) as raised:
        for article in read_paths([path], log=ProblemLog(strict=True)):
            seen.append(article.id)
    assert seen == ["ok"]
    assert (raised.value.path, raised.value.line) == (str(path), 2)


# --- properties -------------------------------------------------------------------------------

_words = (
    st.text(
        alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "S", "Zs")),
        min_size=1,
        max_size=40,
    )
    .map(lambda s: " ".join(s.split()))
    .filter(bool)
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    records=st.lists(
        st.tuples(
            st.text(alphabet="abcdefghij-0123456789", min_size=1, max_size=12),
            _words,
            st.dates(min_value=D(1900, 1, 1), max_value=D(2025, 1, 1)) | st.none(),
            st.lists(_words, min_size=1, max_size=4),
        ),
        max_size=5,
        unique_by=lambda record: record[0],
    )
)
def test_jsonl_round_trip(
    tmp_path: Path, records: list[tuple[str, str, D | None, list[str]]]
) -> None:
    path = tmp_path / "round.jsonl"
    lines = [
        json.dumps(
            {"id": i, "title": t, "date": d.isoformat() if d else None, "paragraphs": p},
            ensure_ascii=False,
        )
        for i, t, d, p in records
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    log = ProblemLog()
    articles = list(read_paths([path], log=log))
    if not records:
        assert [str(p) for p in log.problems] == [f"{path}: empty file (skipped)"]
        return
    assert log.problems == []
    assert [(a.id, a.title, a.date, [p.text for p in a.paragraphs]) for a in articles] == [
        (i, t, d, p) for i, t, d, p in records
    ]


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.binary(max_size=400),
    suffix=st.sampled_from([".txt", ".jsonl", ".json", ".csv", ".sgm", ".xml", ".json.gz"]),
)
def test_any_bytes_never_raise(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    log = ProblemLog()
    articles = list(read_paths([path], log=log))
    assert all(
        article.paragraphs and all(p.text for p in article.paragraphs) for article in articles
    )
    assert all(problem.path == str(path) for problem in log.problems)
    assert articles or log.problems


def test_seed_with_headers_only(tmp_path: Path) -> None:
    dated = write(tmp_path / "a.txt", " date 2025-01-02\n\n")
    titled = write(tmp_path / "b.txt", " title Only a title\n")
    blank = write(tmp_path / "c.txt", "\n   \n")
    articles, problems = read(tmp_path)
    assert articles == []
    assert problems == [
        f"{dated}: no article text after the headers (skipped)",
        f"{titled}: no article text after the headers (skipped)",
        f"{blank}: empty file (skipped)",
    ]


def test_common_field_names_of_other_exports_are_read(tmp_path: Path) -> None:
    data = write(
        tmp_path / "export.jsonl",
        '{"id": "x1", "headline": "Port deal", "body": "Dockworkers ratified the deal.", '
        '"published_at": "2025-05-21T09:30:00Z", "link": "https://example.org/x1", '
        '"authors": ["A. Writer", "B. Writer"]}\n',
    )
    articles, problems = read(data)
    assert problems == []
    [article] = articles
    assert (article.title, article.date, article.url, article.byline) == (
        "Port deal",
        dt.date(2025, 5, 21),
        "https://example.org/x1",
        "A. Writer, B. Writer",
    )
    assert [p.text for p in article.paragraphs] == ["Dockworkers ratified the deal."]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_text_a_byte_order_mark_declares_utf16_is_read(tmp_path: Path, encoding: str) -> None:
    """Windows tools write text as UTF-16 with a byte-order mark (PowerShell's Out-File,
    Excel's "Unicode Text"): such JSON Lines, CSV and plain text were refused, "save the file
    as UTF-8"."""
    mark = "\ufeff" if encoding == "utf-16-be" else ""  # the "utf-16" codec writes its own
    record = {
        "title": "Café strike",
        "text": "Dockers in Montréal walked out.",
        "date": "2025-05-06",
    }
    lines = write(tmp_path / "a.jsonl", (mark + json.dumps(record) + "\r\n").encode(encoding))
    table = "title,text,date\r\nPort deal,“We signed” she said.,2025-05-07\r\n"
    rows = write(tmp_path / "b.csv", (mark + table).encode(encoding))
    articles, problems = read(lines, rows)
    assert problems == []
    assert [(a.title, a.paragraphs[0].text) for a in articles] == [
        ("Café strike", "Dockers in Montréal walked out."),
        ("Port deal", "“We signed” she said."),
    ]


@pytest.mark.parametrize("encoding", ["utf-32", "utf-32-be"])
def test_text_a_byte_order_mark_declares_utf32_is_refused(tmp_path: Path, encoding: str) -> None:
    """UTF-32's little-endian byte-order mark starts with UTF-16's: such a file was decoded as
    UTF-16, every other character a NUL. It is refused, saying what it is."""
    mark = "\ufeff" if encoding == "utf-32-be" else ""  # the "utf-32" codec writes its own
    path = write(tmp_path / "a.txt", (mark + "Dockers walked out.\n").encode(encoding))
    page = write(tmp_path / "b.html", (mark + "<p>Dockers walked out.</p>").encode(encoding))
    articles, problems = read(path, page)
    assert articles == []
    assert problems == [
        f"{path}: UTF-32 text is not supported (save the file as UTF-8) (skipped)",
        f"{page}: UTF-32 markup is not supported (save the file as UTF-8) (skipped)",
    ]
