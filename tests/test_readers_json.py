"""JSON in any shape (JSON Lines, arrays, objects holding arrays, gzip), other exports' field
names, and field mappings through read_paths, index_paths and ``newsindex index --field``."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import read_articles as read
from support import write_file as write

from newsindex import index_paths, open_index
from newsindex.articles import Article, Paragraph
from newsindex.cli import cli
from newsindex.errors import InvalidArgumentError
from newsindex.problems import ProblemLog
from newsindex.readers import jsonl, read_paths

D = dt.date


# --- shapes -----------------------------------------------------------------------------------


def test_array_records_get_their_line_and_number(tmp_path: Path) -> None:
    records = [
        {"id": "a", "title": "First", "date": "2025-05-06", "text": "One."},
        {"title": "Second", "text": "Two.\n\nThree."},
    ]
    path = write(tmp_path / "export.json", json.dumps(records, indent=2))
    articles, problems = read(path)
    assert problems == []
    assert articles == [
        Article(
            id="a",
            title="First",
            date=D(2025, 5, 6),
            paragraphs=(Paragraph("One.", None, 2),),
            origin=f"{path}:2",
        ),
        Article(
            id="export-2",
            title="Second",
            date=None,
            paragraphs=(Paragraph("Two.", None, 8), Paragraph("Three.", None, 8)),
            origin=f"{path}:8",
        ),
    ]


@pytest.mark.parametrize(
    "document",
    [
        {"status": "ok", "articles": [{"text": "A."}, {"text": "B."}]},
        {"meta": {"count": 2}, "data": {"items": [{"body": "A."}, {"body": "B."}]}},
        # The longer array has no text field: the records are the one that has.
        {
            "sources": [{"name": "x"}, {"name": "y"}, {"name": "z"}],
            "hits": [{"content": "A."}, {"content": "B."}],
        },
        {"results": [[1, 2]], "page": {"docs": [{"article": "A."}, {"article": "B."}]}},
    ],
)
def test_object_holding_the_records(tmp_path: Path, document: object) -> None:
    path = write(tmp_path / "api.json", json.dumps(document))
    articles, problems = read(path)
    assert problems == []
    assert [(a.id, a.paragraphs[0].text) for a in articles] == [("api-1", "A."), ("api-2", "B.")]


def test_a_body_joined_by_single_newlines_keeps_its_paragraphs(tmp_path: Path) -> None:
    """News datasets often join a story's paragraphs with one newline: each long line is a
    paragraph, so each is a passage of its own."""
    first = "The port authority said on Monday that container traffic rose for a third month. " * 2
    second = "Dock workers said the new cranes had cut waiting times for ships by half. " * 2
    path = write(tmp_path / "n.jsonl", json.dumps({"text": f"{first}\n{second}"}) + "\n")
    (article,), _ = read(path)
    assert [p.text for p in article.paragraphs] == [first.strip(), second.strip()]


def test_short_paragraphs_joined_by_single_newlines_keep_their_breaks(tmp_path: Path) -> None:
    """Short paragraphs joined by one newline (Windows line ends too) are paragraphs when every
    line ends a sentence before the next; a line ending at an abbreviation or mid-sentence is a
    hand wrap."""
    body = (
        "The ferry resumed on Monday, the port said.\r\n"
        '"We are back on time," captain Ada Voss said.\r\n'
        "Service had stopped for a week."
    )
    wrapped = "The motion came from former Sen.\nPaul Drost, who wrote it with the\nharbour board."
    lines = [json.dumps({"id": "ferry", "text": body}), json.dumps({"id": "m", "text": wrapped})]
    path = write(tmp_path / "n.jsonl", "\n".join(lines) + "\n")
    (ferry, motion), _ = read(path)
    assert [p.text for p in ferry.paragraphs] == [
        "The ferry resumed on Monday, the port said.",
        '"We are back on time," captain Ada Voss said.',
        "Service had stopped for a week.",
    ]
    assert [p.text for p in motion.paragraphs] == [" ".join(wrapped.split())]


def test_unix_time_numbers_and_text_as_a_list(tmp_path: Path) -> None:
    """API exports give dates as Unix time numbers (seconds or milliseconds) and may hold the
    paragraphs as a list under ``text``, as they may under ``body``."""
    records = [
        {"id": "s", "text": ["The ferry resumed.", "Crews cheered."], "date": 1746525600},
        {"id": "ms", "text": "The ferry resumed.", "date": 1746525600000},
        {"id": "f", "text": "The ferry resumed.", "date": 1746525600.5},
    ]
    path = write(tmp_path / "api.jsonl", "".join(json.dumps(r) + "\n" for r in records))
    articles, problems = read(path)
    assert [(a.id, a.date, [p.text for p in a.paragraphs]) for a in articles] == [
        ("s", dt.date(2025, 5, 6), ["The ferry resumed.", "Crews cheered."]),
        ("ms", dt.date(2025, 5, 6), ["The ferry resumed."]),
        ("f", dt.date(2025, 5, 6), ["The ferry resumed."]),
    ]
    assert problems == []


def test_a_body_keeps_its_headings_and_credit_out_of_the_passages(tmp_path: Path) -> None:
    """A plain-text body is read as a seed file's: a short line without final punctuation is
    the heading of the paragraphs after it, a closing "(Reporting by ...)" or "... contributed to
    this report." is the credit (as a passage, it made the reporters people the story names); an
    advert's marker and a "Read more: ..." link line are neither."""
    body = (
        "The harbour ferry resumed on Monday, the port said.\n\nADVERTISEMENT\n\n"
        "What comes next\n\nCrews will add a second boat in June.\n\n"
        "Read more: Ferry fares to rise\n\n(Reporting by Ada Voss; Editing by Sam Roe)"
    )
    records = [
        {"id": "text", "text": body},
        {"id": "list", "paragraphs": ["The ferry resumed.", "Reporting by Ada Voss"]},
        {
            "id": "ap",
            "text": "The ferry resumed.\n\nAssociated Press writer Sam Roe in Moncton "
            "contributed to this report.",
        },
    ]
    path = write(tmp_path / "b.jsonl", "".join(json.dumps(r) + "\n" for r in records))
    (text, listed, ap), _ = read(path)
    assert [(p.text, p.heading) for p in text.paragraphs] == [
        ("The harbour ferry resumed on Monday, the port said.", None),
        ("Crews will add a second boat in June.", "What comes next"),
    ]
    assert text.credit == "(Reporting by Ada Voss; Editing by Sam Roe)"
    assert ([p.text for p in listed.paragraphs], listed.credit) == (
        ["The ferry resumed."],
        "Reporting by Ada Voss",
    )
    assert ([p.text for p in ap.paragraphs], ap.credit) == (
        ["The ferry resumed."],
        "Associated Press writer Sam Roe in Moncton contributed to this report.",
    )


def test_news_api_records(tmp_path: Path) -> None:
    """News APIs' own field names: NewsAPI's ``publishedAt`` and ``source`` object, the
    Guardian's ``webPublicationDate``, ``webTitle`` and ``webUrl``."""
    records = [
        {
            "source": {"id": None, "name": "Harbour Herald"},
            "title": "Ferry resumes",
            "url": "https://herald.example/ferry",
            "publishedAt": "2025-05-06T10:00:00Z",
            "content": "The ferry resumed on Monday. The crossing was smooth, its… [+1834 chars]",
        },
        {
            "webTitle": "Ferry resumes",
            "webUrl": "https://ledger.example/ferry",
            "webPublicationDate": "2025-05-06T10:00:00Z",
            "body": "The ferry resumed on Monday.",
        },
        {"webTitle": "Ferry resumes", "fields": {"bodyText": "The ferry resumed on Monday."}},
    ]
    path = write(tmp_path / "api.json", json.dumps({"articles": records}))
    articles, problems = read(path)
    assert [(a.title, a.date, a.source, a.url) for a in articles[:2]] == [
        ("Ferry resumes", dt.date(2025, 5, 6), "Harbour Herald", "https://herald.example/ferry"),
        ("Ferry resumes", dt.date(2025, 5, 6), "", "https://ledger.example/ferry"),
    ]
    # NewsAPI cuts its content and counts the rest: no words of the story
    assert articles[0].paragraphs[-1].text.endswith("The crossing was smooth, its…")
    assert problems == [  # the record's own names, and how to point at its text
        f"{path}:1: no text field (expected one of text, paragraphs, body, content, article, "
        "story, full_text, fulltext, articlebody, maintext, content_text, content_html, "
        "description, summary; the record has fields, webTitle); "
        "rename the field holding the article's text to text, or map it: --field text=NAME "
        "(skipped)"
    ]


def test_a_summary_is_the_text_when_a_record_has_no_fuller_one(tmp_path: Path) -> None:
    """NewsAPI gives ``"content": null`` for many articles, with the summary in
    ``description``; JSON Feed's body is ``content_html`` or ``content_text``: such records were
    skipped ("text is empty", "no text field"). A feed's item is read the same way."""
    records = [
        {"title": "Ferry resumes", "content": None, "description": "The ferry resumed."},
        {"title": "Fares rise", "summary": "Fares rise in June."},
        {
            "title": "Dock vote",
            "content_html": "<p>Dock workers voted.</p><p>The port stays open.</p>",
            "summary": "A vote at the docks.",
            "date_published": "2025-05-06T10:00:00Z",
        },
        {"title": "Mill", "body": "The mill reopened.", "description": "Mill news."},
    ]
    path = write(tmp_path / "summaries.json", json.dumps({"items": records}))
    articles, problems = read(path)
    assert problems == []
    assert [[p.text for p in a.paragraphs] for a in articles] == [
        ["The ferry resumed."],
        ["Fares rise in June."],
        ["Dock workers voted.", "The port stays open."],
        ["The mill reopened."],
    ]
    assert articles[2].date == dt.date(2025, 5, 6)


def test_other_exports_name_the_source_their_way(tmp_path: Path) -> None:
    """schema.org's ``publisher`` (a JSON-LD article saved as JSON) and news-please's
    ``source_domain`` left the source empty."""
    records = [
        {
            "@type": "NewsArticle",
            "headline": "Ferry resumes",
            "articleBody": "The ferry resumed on Monday.",
            "publisher": {"@type": "Organization", "name": "Harbour Herald"},
        },
        {
            "title": "Fares rise",
            "maintext": "Fares rise in June.",
            "source_domain": "herald.example",
        },
    ]
    path = write(tmp_path / "exports.jsonl", "".join(json.dumps(r) + "\n" for r in records))
    articles, problems = read(path)
    assert [a.source for a in articles] == ["Harbour Herald", "herald.example"]
    assert problems == []


def test_a_publisher_as_a_list_or_a_reference_is_read_or_passed_over(tmp_path: Path) -> None:
    """schema.org allows a list of publishers, and exports often give one by reference only
    (``{"@id": ...}``): the first one's name, else the next field that names the source, with
    no warning."""
    records = [
        {
            "headline": "Ferry resumes",
            "articleBody": "The ferry resumed on Monday.",
            "publisher": [{"@type": "Organization", "name": "Harbour Herald"}],
        },
        {
            "headline": "Fares rise",
            "articleBody": "Fares rise in June.",
            "publisher": {"@id": "https://herald.example/#org"},
            "source_domain": "herald.example",
        },
    ]
    path = write(tmp_path / "exports.jsonl", "".join(json.dumps(r) + "\n" for r in records))
    articles, problems = read(path)
    assert [a.source for a in articles] == ["Harbour Herald", "herald.example"]
    assert problems == []


def test_a_body_in_html_is_read_as_html(tmp_path: Path) -> None:
    """CMS exports keep the body's markup: its paragraphs are the passages, its tags and
    entities are no words; text that merely holds "<" and ">" is text."""
    records = [
        {
            "id": "p",
            "text": "<p>The ferry resumed on Monday, the port said.</p>"
            "<p>&quot;We are back,&quot; captain Ada Voss said.</p>",
        },
        {"id": "br", "text": "The ferry resumed on Monday.<br/><br/>It is back &amp; on time."},
        {"id": "maths", "text": "The index rose when x<5 and y>3, analysts said."},
        {"id": "escaped", "text": "The ferry&#8217;s return &amp; new fares."},
        {
            "id": "aside",  # markup the main-text extraction keeps nothing of: its blocks' text
            "text": "<aside><p>The ferry resumed on Monday.</p><p>Fares rise in June.</p></aside>",
        },
    ]
    path = write(tmp_path / "cms.jsonl", "".join(json.dumps(r) + "\n" for r in records))
    articles, problems = read(path)
    assert [[p.text for p in a.paragraphs] for a in articles] == [
        ["The ferry resumed on Monday, the port said.", '"We are back," captain Ada Voss said.'],
        ["The ferry resumed on Monday.", "It is back & on time."],
        ["The index rose when x<5 and y>3, analysts said."],
        ["The ferry\u2019s return & new fares."],
        ["The ferry resumed on Monday.", "Fares rise in June."],
    ]
    assert [[p.line for p in a.paragraphs] for a in articles] == [[1, 1], [2, 2], [3], [4], [5, 5]]
    assert problems == []


def test_paragraphs_in_html_are_read_as_html(tmp_path: Path) -> None:
    """A list of paragraphs as a CMS stores them kept its tags and references as words."""
    record = {
        "id": "p",
        "paragraphs": [
            "The <b>ferry</b> resumed on Monday.",
            "Fares &amp; routes change.",
            "<p>Captain Ada Voss said so.</p><p>The port agreed.</p>",
            "x<5 stays as it is.",
        ],
    }
    (article,), problems = read(write(tmp_path / "paras.jsonl", json.dumps(record) + "\n"))
    assert [p.text for p in article.paragraphs] == [
        "The ferry resumed on Monday.",
        "Fares & routes change.",
        "Captain Ada Voss said so.",
        "The port agreed.",
        "x<5 stays as it is.",
    ]
    assert problems == []


def test_wordpress_api_posts_with_a_field_mapping(tmp_path: Path) -> None:
    """WordPress's REST API gives ``{"title": {"rendered": ...}, "content": {"rendered": ...}}``,
    HTML with its entities: mapped, the title reads as text and the content as paragraphs."""
    post = {
        "date": "2025-05-06T10:00:00",
        "title": {"rendered": "Ferry&#8217;s return &amp; new fares"},
        "content": {"rendered": "<p>The ferry resumed on Monday.</p>\n<p>Fares rise in June.</p>"},
    }
    path = write(tmp_path / "posts.json", json.dumps([post]))
    fields = {"title": "title.rendered", "text": "content.rendered"}
    (article,), problems = read(path, fields=fields)
    assert (article.title, [p.text for p in article.paragraphs]) == (
        "Ferry\u2019s return & new fares",
        ["The ferry resumed on Monday.", "Fares rise in June."],
    )
    assert problems == []


@pytest.mark.parametrize("name", ["stream.json", "stream.jsonl"])
def test_pretty_printed_records_one_after_another(tmp_path: Path, name: str) -> None:
    """``jq '.items[]'`` and many tools write records as indented objects one after another:
    each is a record, whatever the extension says."""
    records = [{"id": "f", "text": "The ferry resumed."}, {"id": "m", "text": "The mill closed."}]
    path = write(tmp_path / name, "".join(json.dumps(r, indent=2) + "\n" for r in records))
    articles, problems = read(path)
    assert [(a.id, a.paragraphs[0].text, a.origin) for a in articles] == [
        ("f", "The ferry resumed.", f"{path}:1"),
        ("m", "The mill closed.", f"{path}:5"),
    ]
    assert problems == []


def test_single_record_and_json_lines_in_a_json_file(tmp_path: Path) -> None:
    single = write(
        tmp_path / "story.json",
        json.dumps({"headline": "Alone", "authors": [{"name": "A. B."}], "body": "Text."}),
    )
    lines = write(tmp_path / "lines.json", '{"text": "One."}\n\n{"text": "Two."}\n')
    articles, problems = read(single, lines)
    assert problems == []
    assert [(a.id, a.title, a.byline, a.origin) for a in articles] == [
        ("story", "Alone", "A. B.", f"{single}:1"),
        ("lines-1", "One.", None, f"{lines}:1"),
        ("lines-3", "Two.", None, f"{lines}:3"),
    ]


def test_gzip_compressed_files(tmp_path: Path) -> None:
    write(tmp_path / "a.jsonl.gz", gzip.compress(b'{"text": "From JSON Lines."}\n'))
    write(tmp_path / "b.json.gz", gzip.compress(b'[{"text": "From an array."}]'))
    write(tmp_path / "c.csv.gz", gzip.compress(b"id,text\nc1,From CSV.\n"))
    write(tmp_path / "d.txt.gz", gzip.compress(b" date 2025-01-01 Not read.\n"))
    articles, problems = read(tmp_path)
    assert [(a.id, a.paragraphs[0].text) for a in articles] == [
        ("a-1", "From JSON Lines."),
        ("b-1", "From an array."),
        ("c1", "From CSV."),
    ]
    assert len(problems) == 1 and problems[0].startswith(f"{tmp_path / 'd.txt.gz'}: '.gz' is")


def test_other_exports_field_names(tmp_path: Path) -> None:
    records = [
        {
            "headline": "Schema.org",
            "articleBody": "Body.",
            "datePublished": "2025-05-06T23:30:00-07:00",
            "author": {"@type": "Person", "name": "Ann Lee"},
            "link": "https://example.org/1",
        },
        {
            "title": "news-please",
            "maintext": "Main text.",
            "date_publish": "2025-05-07 10:00:00",
            "authors": ["Ann Lee", "Bo Chen"],
        },
        {"content": ["First paragraph.", "Second paragraph."], "pubDate": "Wed, 07 May 2025"},
    ]
    path = write(tmp_path / "mixed.json", json.dumps(records))
    articles, problems = read(path)
    assert problems == []
    assert [(a.title, a.date, a.byline, a.url) for a in articles] == [
        ("Schema.org", D(2025, 5, 6), "Ann Lee", "https://example.org/1"),
        ("news-please", D(2025, 5, 7), "Ann Lee, Bo Chen", None),
        ("First paragraph.", D(2025, 5, 7), None, None),
    ]
    assert [p.text for p in articles[2].paragraphs] == ["First paragraph.", "Second paragraph."]


# --- field mapping ----------------------------------------------------------------------------

NESTED = [
    {
        "uid": "n1",
        "story_body": "Nested one.",
        "meta": {"published": "2025-04-01", "headline": "Mapped title"},
        "people": [{"name": "Ann"}],
    },
    {"uid": "n2", "story_body": "Nested two.", "meta": {}},
    {"uid": "n3", "meta": {"published": "2025-04-03"}},
]
MAPPING = {
    "id": "uid",
    "text": "story_body",
    "date": "meta.published",
    "title": "meta.headline",
    "byline": "people.0.name",
}


def test_field_mapping_with_dotted_paths(tmp_path: Path) -> None:
    path = write(tmp_path / "nested.jsonl", "\n".join(json.dumps(r) for r in NESTED) + "\n")
    articles, problems = read(path, fields=MAPPING)
    assert [(a.id, a.title, a.date, a.byline) for a in articles] == [
        ("n1", "Mapped title", D(2025, 4, 1), "Ann"),
        ("n2", "Nested two.", None, None),
    ]
    assert problems == [
        f"{path}:2: no 'meta.published' (field mapping date=meta.published) (kept without a date)",
        f"{path}:2: no 'meta.headline' (field mapping title=meta.headline) "
        "(title taken from the text)",
        f"{path}:2: no 'people.0.name' (field mapping byline=people.0.name) (ignored)",
        f"{path}:3: no 'story_body' (field mapping text=story_body; the record has meta, uid) "
        "(skipped)",
    ]


def test_mapped_text_wins_over_the_records_own(tmp_path: Path) -> None:
    path = write(
        tmp_path / "f.json",
        json.dumps([{"text": "Summary.", "paragraphs": ["P."], "full": ["Real one.", "Two."]}]),
    )
    (article,), problems = read(path, fields={"text": "full"})
    assert problems == []
    assert [p.text for p in article.paragraphs] == ["Real one.", "Two."]


def test_csv_column_mapping(tmp_path: Path) -> None:
    good = write(
        tmp_path / "a.csv", "Story_Body,When,meta.title\nCSV text.,2025-02-03,Dotted column\n"
    )
    bad = write(tmp_path / "b.csv", "other,when\nx,2025-02-03\n")
    fields = {"text": "story_body", "date": "when", "title": "meta.title"}
    articles, problems = read(good, bad, fields=fields)
    assert [(a.id, a.title, a.date) for a in articles] == [("a-2", "Dotted column", D(2025, 2, 3))]
    assert problems == [
        f"{bad}:1: no 'story_body' (field mapping text=story_body; the header has other, when) "
        "(file skipped)"
    ]


def test_csv_reads_other_exports_names_too(tmp_path: Path) -> None:
    path = write(tmp_path / "a.csv", "headline,body,published\nT,Body text.,2025-02-03\n")
    (article,), problems = read(path)
    assert problems == []
    assert (article.title, article.date, article.paragraphs[0].text) == (
        "T",
        D(2025, 2, 3),
        "Body text.",
    )


def test_unknown_mapping_target_is_refused_at_once() -> None:
    with pytest.raises(InvalidArgumentError) as raised:
        read_paths(["nowhere"], log=ProblemLog(), fields={"body": "story"})
    assert str(raised.value) == (
        "fields='body': not a field newsindex reads; expected one of id, title, date, text, "
        "paragraphs, url, source, byline, credit, dateline"
    )
    with pytest.raises(InvalidArgumentError, match="dotted path"):
        read_paths(["nowhere"], log=ProblemLog(), fields={"date": "meta..published"})


# --- bad records ------------------------------------------------------------------------------


def test_a_string_left_open_is_reported_in_plain_words(tmp_path: Path) -> None:
    """A record cut inside a string said "Unterminated string starting at at column 24"
    (json's own message ends with "at")."""
    lines = write(tmp_path / "cut.jsonl", '{"text": "Oil rose."}\n{"title": "B", "text": "bro\n')
    whole = write(tmp_path / "whole.json", '[{"text": "Oil rose."}, {"text": "bro')
    assert read(lines, whole)[1] == [
        f"{lines}:2: not valid JSON: Unterminated string starting at column 24 (skipped)",
        f"{whole}:1: not valid JSON: Unterminated string starting at column 34 "
        "(rest of the file skipped)",
    ]


def test_bad_records_and_documents(tmp_path: Path) -> None:
    cut = write(tmp_path / "cut.json", '[\n{"text": "Kept."},\n"a string",\n{"text": "Lost"\n')
    scalar = write(tmp_path / "scalar.json", '"just a string"')
    broken = write(tmp_path / "broken.json", '{"articles": [{"text": "A."}, }')
    empty = write(tmp_path / "empty.json", "  \n")
    no_records = write(tmp_path / "none.json", "[]")
    articles, problems = read(cut, scalar, broken, empty, no_records)
    assert [a.id for a in articles] == ["cut-1"]
    assert problems == [
        f"{cut}:3: record must be a JSON object, not string (skipped)",
        f"{cut}:4: not valid JSON: Expecting ',' delimiter at column 16 (rest of the file skipped)",
        f"{scalar}: not a JSON array or object (the file holds a string) (skipped)",
        f"{broken}:1: not valid JSON: Expecting value at column 31 (file skipped)",
        f"{empty}: empty file (skipped)",
        f"{no_records}: no records (an empty array) (skipped)",
    ]


def test_too_large_a_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jsonl, "JSON_MAX_CHARS", 10)
    path = write(tmp_path / "big.json", '[{"text": "More than ten characters."}]')
    articles, problems = read(path)
    assert articles == []
    assert problems == [
        f"{path}: more than 0 MiB of JSON in one document; convert it to JSON Lines (one record "
        "per line), which is read as a stream (skipped)"
    ]


def test_gz_that_is_not_gzip_and_truncated_gzip(tmp_path: Path) -> None:
    plain = write(tmp_path / "plain.jsonl.gz", '{"text": "Not compressed."}\n')
    data = gzip.compress(b'{"text": "One."}\n' * 2000)
    cut = write(tmp_path / "cut.jsonl.gz", data[: len(data) // 2])
    articles, problems = read(plain, cut)
    assert articles and all(a.paragraphs[0].text == "One." for a in articles)
    assert problems == [
        f"{plain}: not gzip data, although the name ends in .gz (skipped)",
        f"{cut}: gzip data cut short (the file is truncated) (skipped)",
    ]


_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(["text", "title", "date", "items", "x"]), inner, max_size=4
        )
    ),
    max_leaves=20,
)


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(value=_VALUES, indent=st.sampled_from([None, 1]))
def test_any_json_document_never_raises(tmp_path: Path, value: object, indent: int | None) -> None:
    path = write(tmp_path / "any.json", json.dumps(value, indent=indent))
    log = ProblemLog()
    articles = list(read_paths([path], log=log))
    assert all(a.paragraphs and a.title for a in articles)
    assert articles or log.problems


# --- through index_paths and the command line -------------------------------------------------


def test_index_paths_applies_the_mapping(tmp_path: Path) -> None:
    path = write(tmp_path / "nested.json", json.dumps({"data": {"items": NESTED[:1]}}))
    report = index_paths([path], index=tmp_path / "ix", fields=MAPPING, workers=0)
    assert (report.articles, report.problems) == (1, ())
    with open_index(tmp_path / "ix") as ix:
        article = ix.article("n1")
    assert (article.title, article.date, article.byline) == ("Mapped title", D(2025, 4, 1), "Ann")


def test_cli_field_option(tmp_path: Path) -> None:
    path = write(tmp_path / "nested.jsonl", json.dumps(NESTED[0]) + "\n")
    index = tmp_path / "ix"
    options = ["--field", "text=story_body", "--field", "date=meta.published"]
    result = CliRunner().invoke(
        cli, ["index", str(path), "--index", str(index), "--workers", "0", *options]
    )
    assert result.exit_code == 0, result.output
    with open_index(index) as ix:
        article = ix.article("nested-1")
    assert (article.date, article.passages[0].text) == (D(2025, 4, 1), "Nested one.")


@pytest.mark.parametrize(
    ("option", "message"),
    [
        (
            "body=story",
            "'body' is not a field newsindex reads; expected one of id, title, date, text, "
            "paragraphs, url, source, byline, credit, dateline",
        ),
        ("text", "'text': expected FIELD=NAME (text=story_body, date=meta.published)"),
    ],
)
def test_cli_field_usage_errors(tmp_path: Path, option: str, message: str) -> None:
    index = tmp_path / "ix"
    result = CliRunner().invoke(
        cli, ["index", str(tmp_path), "--index", str(index), "--field", option]
    )
    assert result.exit_code == 2
    assert f"Invalid value for '--field': {message}" in result.stderr
    assert not index.exists()
