"""Generate a folder of bad input, with good articles mixed in, and say what reading it must report.

Nothing here is copied from real data: every file is written from the small texts below. Each
case names its file(s), the exact problem lines a reader must report (``PATH[:LINE]: what
(action)``, as ``str(Problem)`` prints them) and the ids of the good articles it must still
yield. Used by the reader tests and by end-to-end CLI tests::

    cases = write_bad_inputs(tmp_path / "in")
    expected_messages(cases), expected_article_ids(cases)
"""

from __future__ import annotations

import codecs
import json
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from newsindex.readers.files import COMPRESSED, EXTENSIONS
from newsindex.readers.html import web_id

__all__ = [
    "BIG_PARAGRAPH_BYTES",
    "Case",
    "expected_article_ids",
    "expected_messages",
    "write_bad_inputs",
]

BIG_PARAGRAPH_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class Case:
    """One kind of bad (or good) input."""

    path: Path
    what: str
    messages: tuple[str, ...] = ()
    """Exact problem lines, in the order one file produces them."""
    article_ids: tuple[str, ...] = ()
    """Ids of the articles that must still come out (twice when an id is duplicated)."""


def expected_messages(cases: dict[str, Case]) -> list[str]:
    return sorted(message for case in cases.values() for message in case.messages)


def expected_article_ids(cases: dict[str, Case]) -> list[str]:
    return sorted(article_id for case in cases.values() for article_id in case.article_ids)


def _seed(date: str, *paragraphs: str) -> str:
    return f" date {date} " + "\n\n".join(paragraphs) + "\n"


def _write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def _jsonl(records: Iterable[object | str]) -> str:
    lines = [item if isinstance(item, str) else json.dumps(item) for item in records]
    return "\n".join(lines) + "\n"


_STORY = """<REUTERS TOPICS="NO" NEWID="{newid}">
<DATE>{date}</DATE>
<TOPICS></TOPICS>
<TEXT>&#2;
<TITLE>{title}</TITLE>
<DATELINE>    {dateline} - </DATELINE><BODY>{body}
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
"""

_BRIEF = """<REUTERS TOPICS="NO" NEWID="{newid}">
<DATE>{date}</DATE>
<TEXT TYPE="BRIEF">&#2;
******<TITLE>{title}
</TITLE>Blah blah blah.
&#3;
</TEXT>
</REUTERS>
"""


def _unreadable(folder: Path) -> Case:
    """A file that open() or read() really refuses, also when the tests run as root."""
    locked = _write(folder / "locked.txt", _seed("2025-01-01", "Nobody can read this."))
    locked.chmod(0)
    try:
        with locked.open("rb"):
            refused = False
    except PermissionError:
        refused = True
    if refused:
        return Case(
            locked,
            "chmod 000 file",
            (f"{locked}: cannot read file: Permission denied (skipped)",),
        )
    # Root reads chmod-000 files; a process's own memory at offset 0 fails with EIO instead.
    locked.chmod(stat.S_IRUSR | stat.S_IWUSR)
    locked.unlink()
    memory = Path("/proc/self/mem")
    if memory.exists():
        link = folder / "memory.txt"
        link.symlink_to(memory)
        return Case(
            link,
            "link to /proc/self/mem: opens, but read() fails with EIO (root ignores chmod 000)",
            (f"{link}: cannot read file: Input/output error (skipped)",),
        )
    import socket

    path = folder / "socket.txt"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
    return Case(
        path,
        "a Unix socket named like a text file (no /proc; root ignores chmod 000)",
        (f"{path}: a socket, not a regular file (skipped)",),
    )


def write_bad_inputs(root: Path, *, tiny_files: int = 10_000) -> dict[str, Case]:
    """Write every kind of bad input under ``root`` (created); return what each case expects."""
    root.mkdir(parents=True, exist_ok=True)
    cases: dict[str, Case] = {}

    def add(name: str, case: Case) -> None:
        cases[name] = case

    good = _write(
        root / "good" / "lead-story.txt",
        _seed(
            "2025-05-06",
            "Ministers met in Ottawa on Tuesday to discuss tariffs.",
            "Talks continue",
            "The talks will continue next week, officials said.",
            "With files from Staff",
        ),
    )
    add("good seed", Case(good, "a well-formed seed article", article_ids=("lead-story",)))

    bom = _write(
        root / "good" / "bom.txt",
        codecs.BOM_UTF8 + _seed("2024-02-29", "A leap-day story.").encode(),
    )
    add("utf-8 bom", Case(bom, "UTF-8 with a byte-order mark: read silently", article_ids=("bom",)))

    folder_txt = _write(
        root / "folder.txt" / "inside.txt", _seed("2025-01-03", "A folder named like a file.")
    )
    add(
        "folder named .txt",
        Case(folder_txt.parent, "a folder called folder.txt is walked", article_ids=("inside",)),
    )

    binary = _write(root / "binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    add(
        "binary",
        Case(
            binary,
            "binary bytes with a .txt name",
            (f"{binary}: binary file (NUL byte at offset 8), not text (skipped)",),
        ),
    )

    utf16 = _write(root / "utf16.txt", _seed("2025-01-04", "Saved as UTF-16.").encode("utf-16"))
    add("utf-16", Case(utf16, "UTF-16 text with its byte-order mark", article_ids=("utf16",)))
    no_bom = _write(root / "utf16-le.txt", _seed("2025-01-04", "No mark.").encode("utf-16-le"))
    add(
        "utf-16 without a mark",
        Case(
            no_bom,
            "UTF-16 without a byte-order mark: NUL bytes",
            (f"{no_bom}: binary file (NUL byte at offset 1), not text (skipped)",),
        ),
    )

    cp1252 = _write(
        root / "cp1252.txt",
        _seed("2025-03-01", "First paragraph.", "He said \u201cno\u201d to the deal.").encode(
            "cp1252"
        ),
    )
    add(
        "not utf-8",
        Case(
            cp1252,
            "cp1252 quotes on line 3",
            (f"{cp1252}:3: not valid UTF-8 (decoded as cp1252)",),
            ("cp1252",),
        ),
    )

    empty = _write(root / "empty.txt", b"")
    add("empty", Case(empty, "zero bytes", (f"{empty}: empty file (skipped)",)))
    blank = _write(root / "blank.jsonl", "\n  \n\n")
    add("blank", Case(blank, "only blank lines", (f"{blank}: empty file (skipped)",)))

    no_date = _write(root / "dates" / "no-date.txt", "A story without a header.\n\nSecond.\n")
    add(
        "missing date header",
        Case(
            no_date,
            "seed file without ' date' line",
            (
                f"{no_date}:1: missing date header (first line ' date YYYY-MM-DD ...') "
                "(kept without a date)",
            ),
            ("no-date",),
        ),
    )
    bad_date = _write(root / "dates" / "bad-date.txt", _seed("2025-13-45", "Impossible date."))
    add(
        "invalid date header",
        Case(
            bad_date,
            "date 2025-13-45",
            (
                f"{bad_date}:1: invalid date '2025-13-45' in the date header: "
                "month must be in 1..12 (kept without a date)",
            ),
            ("bad-date",),
        ),
    )
    future = _write(root / "dates" / "future.txt", _seed("2999-01-01", "From the future."))
    add(
        "future date",
        Case(
            future,
            "date far in the future",
            (
                f"{future}:1: date 2999-01-01 is more than a year in the future "
                "(kept without a date)",
            ),
            ("future",),
        ),
    )
    old = _write(root / "dates" / "old.txt", _seed("1700-05-01", "From long ago."))
    add(
        "year 1700",
        Case(
            old,
            "date before 1800",
            (f"{old}:1: date 1700-05-01 is before 1800 (kept without a date)",),
            ("old",),
        ),
    )

    records = _write(
        root / "records.jsonl",
        _jsonl(
            [
                {"id": "dup-1", "title": "First", "date": "2025-05-06", "text": "One.\n\nTwo."},
                '{"id": "broken", "text": "missing brace"',
                {"id": "no-text", "title": "Nothing to say"},
                {"id": "int-date", "date": 20250506, "text": "Numeric date."},
                "",
                {"id": "dup-1", "title": "Second", "text": "Replaces the first."},
                ["not", "an", "object"],
                {"id": "bad-paragraphs", "paragraphs": "should be a list"},
                {"title": 7, "date": "May 6, 2025", "text": "No id; title is a number."},
            ]
        ),
    )
    add(
        "jsonl",
        Case(
            records,
            "JSONL: not JSON, no text, numeric date, duplicate id, array, wrong types",
            (
                f"{records}:2: not valid JSON: Expecting ',' delimiter at column 41 (skipped)",
                f"{records}:3: no text field (expected one of text, paragraphs, body, content, "
                "article, story, full_text, fulltext, articlebody, maintext, content_text, "
                "content_html, description, summary; the record has id, title); rename the field "
                "holding the article's text to text, or map it: "
                "--field text=NAME (skipped)",
                f"{records}:4: date must be a string, not number 20250506 (kept without a date)",
                f"{records}:6: duplicate article id dup-1 "
                f"(first at {records}:1; the later one replaces it)",
                f"{records}:7: record must be a JSON object, not array (skipped)",
                f"{records}:8: paragraphs must be an array of strings, not string (skipped)",
                f"{records}:9: title must be a string, not number 7 (title taken from the text)",
            ),
            ("dup-1", "int-date", "dup-1", "records-9"),
        ),
    )

    big_text = ("word " * (BIG_PARAGRAPH_BYTES // 5)).strip()
    big = _write(root / "big.csv", f'id,title,text\nbig-1,Big,"{big_text}"\nsmall-1,,Small one.\n')
    add(
        "5 MB paragraph",
        Case(big, "a 5 MB paragraph in one CSV cell", article_ids=("big-1", "small-1")),
    )

    rows = _write(
        root / "rows.csv",
        "id,date,text\n"
        'r1,2025-05-06,"A quoted, multi-line\n\ncell."\n'
        "r2,2025-05-06\n"
        "r3,2025-05-06,   \n"
        "r4,05/06/2025,Ambiguous date.\n"
        ",,No id here.\n",
    )
    add(
        "csv rows",
        Case(
            rows,
            "CSV rows: short row, empty text, ambiguous date, no id",
            (
                f"{rows}:5: row has 2 fields, the header has 3 (skipped)",
                f"{rows}:6: text is empty (skipped)",
                f"{rows}:7: ambiguous date '05/06/2025' (day and month could be swapped; "
                "use YYYY-MM-DD) (kept without a date)",
            ),
            ("r1", "r4", "rows-8"),
        ),
    )
    no_column = _write(root / "no-column.csv", "id,title,notes\n1,Title,Some notes.\n")
    add(
        "csv missing column",
        Case(
            no_column,
            "CSV without a text column",
            (
                f"{no_column}:1: no text column (expected one of text, paragraphs, body, content, "
                "article, story, full_text, fulltext, articlebody, maintext, content_text, "
                "content_html, description, summary; the header has id, notes, title); rename the "
                "column holding the article's text to text, or map "
                "it: --field text=NAME (file skipped)",
            ),
        ),
    )

    wire = _write(
        root / "wire" / "truncated.sgm",
        '<!DOCTYPE lewis SYSTEM "lewis.dtd">\n'
        + _STORY.format(
            newid=1,
            date="6-MAY-2025 10:00:00.00",
            title="MAKERS &lt;MK> RAISE OUTPUT",
            dateline="TORONTO, May 6",
            body="Makers said output rose.\n    Shr 10 cts vs 8 cts\n    Net 1.2 mln vs 1.0 mln",
        )
        + _BRIEF.format(newid=2, date="6-MAY-2025 10:01:00.00", title="TITLE ONLY")
        + _STORY.format(
            newid=3,
            date="7-MAY-2025 11:00:00.00",
            title="SECOND STORY",
            dateline="OTTAWA, May 7",
            body="A second story.",
        )
        + '<REUTERS TOPICS="NO" NEWID="4">\n<DATE>7-MAY-2025 12:00:00.00</DATE>\n<TEXT>&#2;\n'
        "<TITLE>CUT OFF</TITLE>\n<BODY>The file ends in the mid",
    )
    add(
        "truncated reuters",
        Case(
            wire,
            "Reuters SGML: a story without body, a truncated last story",
            (
                f"{wire}:13: story NEWID 2 has no body (skipped)",
                f"{wire}:30: story NEWID 4 is truncated (no </REUTERS>) (skipped)",
            ),
            ("reuters-1", "reuters-3"),
        ),
    )

    loop = root / "loop"
    _write(loop / "inner" / "deep.txt", _seed("2025-01-05", "Inside the loop folder."))
    back = loop / "inner" / "back"
    back.symlink_to("..", target_is_directory=True)
    add(
        "symlink loop",
        Case(
            back,
            "a link back to its grandparent folder",
            (f"{back}: symbolic link loop: leads back to {os.path.realpath(loop)} (not followed)",),
            ("deep",),
        ),
    )
    dangling = root / "dangling.txt"
    dangling.symlink_to("nowhere.txt")
    add(
        "broken link",
        Case(
            dangling,
            "a link to nothing",
            (f"{dangling}: broken symbolic link to nowhere.txt (skipped)",),
        ),
    )

    add("unreadable", _unreadable(root / "locked"))
    fifo = root / "pipe.jsonl"
    os.mkfifo(fifo)
    add(
        "fifo",
        Case(
            fifo,
            "a FIFO: opening it would block",
            (f"{fifo}: a FIFO, not a regular file (skipped)",),
        ),
    )

    _write(root / "notes.md", "# not an article\n")
    _write(root / ".hidden" / "secret.txt", b"\x00binary")
    _write(root / ".cache.txt", b"\x00binary")
    add(
        "unknown",
        Case(
            root / "notes.md",
            "a file of a format newsindex does not read: named, with what to do",
            (
                f"{root / 'notes.md'}: '.md' is not a format newsindex reads (it reads {_KNOWN}); "
                "convert it to JSON Lines with text, title and date fields (not read)",
            ),
        ),
    )
    _write(root / "README.md", "# what this folder holds\n")
    add("ignored", Case(root / "README.md", "a folder's README and hidden files: no message"))

    many = root / "many"
    ids = []
    for number in range(tiny_files):
        name = f"tiny-{number:05d}"
        folder = many / f"d{number // 1000:02d}" / f"e{number // 100 % 10}"
        _write(folder / f"{name}.txt", _seed("2025-02-01", f"Tiny story number {number}."))
        ids.append(name)
    add(
        "many files",
        Case(many, f"{tiny_files} tiny files in nested folders", article_ids=tuple(ids)),
    )
    cases.update(_xml_and_json(root))
    cases.update(_web(root / "web"))
    return cases


_KNOWN = f"{', '.join(EXTENSIONS)} (and {', '.join(f'{suffix}.gz' for suffix in COMPRESSED)})"
"""The extensions the "not a format newsindex reads" message lists."""

_NITF = """<?xml version="1.0" encoding="UTF-8"?>
<nitf><head><docdata><doc-id id-string="{id}"/></docdata></head>
<body><body.content><p>{text}</p></body.content></body></nitf>
"""


def _xml_and_json(root: Path) -> dict[str, Case]:
    """Wire XML that must never be expanded or fetched, broken JSON documents, false gzip."""
    bomb = _write(
        root / "wire" / "bomb.xml",
        '<?xml version="1.0"?>\n<!DOCTYPE nitf [\n<!ENTITY a "aaaaaaaaaa">\n'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\n<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">\n]>\n'
        "<nitf><body><body.content><p>&c;</p></body.content></body></nitf>\n",
    )
    external = _write(
        root / "wire" / "external.xml",
        '<?xml version="1.0"?>\n<!DOCTYPE nitf [\n<!ENTITY x SYSTEM "file:///etc/hostname">\n]>\n'
        "<nitf><body><body.content><p>&x;</p></body.content></body></nitf>\n",
    )
    latin = _write(
        root / "wire" / "latin.xml",
        _NITF.format(id="latin-doc", text="Caf\xe9 owners met.").encode("latin-1"),
    )
    cut = _write(
        root / "json" / "cut.json",
        '[{"id": "json-ok", "text": "Kept."},\n {"text": "broken" "x"}\n]\n',
    )
    plain = _write(root / "json" / "plain.jsonl.gz", '{"id": "never", "text": "Not gzip."}\n')
    return {
        "xml bomb": Case(
            bomb,
            "entities that expand a thousandfold ('billion laughs')",
            (
                f"{bomb}:3: the XML declares the entity 'a'; newsindex does not expand declared "
                "entities (a 'billion laughs' file takes all memory) (skipped)",
            ),
        ),
        "external entity": Case(
            external,
            "an entity that would read a local file",
            (
                f"{external}:3: the XML refers to the external entity 'file:///etc/hostname'; "
                "newsindex never reads external entities (skipped)",
            ),
        ),
        "xml not utf-8": Case(
            latin,
            "XML declared UTF-8, written in latin-1",
            (f"{latin}:3: not valid UTF-8 (decoded as cp1252)",),
            ("latin-doc",),
        ),
        "invalid json array": Case(
            cut,
            "a JSON array broken in its second record: the first is kept",
            (
                f"{cut}:2: not valid JSON: Expecting ',' delimiter at column 20 "
                "(rest of the file skipped)",
            ),
            ("json-ok",),
        ),
        "not gzip": Case(
            plain,
            "plain text named .jsonl.gz",
            (f"{plain}: not gzip data, although the name ends in .gz (skipped)",),
        ),
    }


_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}</title>{head}</head>
<body><nav><a href="/">Home</a> <a href="/harbour">Harbour</a></nav>
<article><h1>{title}</h1>
<p>{text}</p>
</article><footer>Harbour Weekly. All rights reserved.</footer></body></html>
"""


def _page(title: str, text: str, head: str = "") -> str:
    return _PAGE.format(title=title, text=text, head=head)


def _warc_record(uri: str, body: bytes) -> bytes:
    """One uncompressed WARC response record (warcio writes it)."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    headers = StatusAndHeaders(
        "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
    )
    record = writer.create_warc_record(
        uri,
        "response",
        payload=io.BytesIO(body),
        http_headers=headers,
        warc_headers_dict={"WARC-Date": "2025-05-09T03:00:00Z", "WARC-Record-ID": f"<urn:{uri}>"},
    )
    writer.write_record(record)
    return out.getvalue()


def _web(folder: Path) -> dict[str, Case]:
    """Saved pages, feeds and web archives: a page without an article, a 200 MB page, entity
    bombs in a page and a feed, a feed without items, a page in the wrong encoding, a truncated
    archive."""
    front = _write(
        folder / "front.html",
        "<html><head><title>Harbour Weekly</title></head><body><nav><a href='/'>Home</a></nav>"
        "<ul><li><a href='/a'>Ferry drill</a></li><li><a href='/b'>Quay cafes</a></li></ul>"
        "</body></html>",
    )
    huge = folder / "huge.html"
    with huge.open("wb") as handle:
        handle.write(_page("Huge", "A page padded to 200 MB.").encode())
        handle.truncate(200 * 1024 * 1024)  # sparse: takes no disk space
    entities = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    doctype = f'<!DOCTYPE html [<!ENTITY l0 "lol">{entities}]>\n'
    page_bomb = _write(folder / "bomb.html", doctype + _page("&l9;", "&l9;"))
    feed_bomb = _write(
        folder / "bomb.rss",
        '<?xml version="1.0"?>\n'
        + doctype.replace("html", "rss")
        + '<rss version="2.0"><channel><item><title>&l9;</title></item></channel></rss>\n',
    )
    quiet = _write(
        folder / "quiet.xml",
        '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Quiet</title>'
        "<link>https://quiet.example/</link></channel></rss>\n",
    )
    quay = _write(
        folder / "quay.html",
        _page(
            "Quay caf\u00e9s keep winter hours",
            "Caf\u00e9 owners on the quay said the \u201cwinter hours\u201d would end in March.",
        ).encode("cp1252"),
    )
    good_uri, cut_uri = (
        "https://harbourweekly.example/ferry-drill",
        "https://harbourweekly.example/cut",
    )
    good = _warc_record(
        good_uri,
        _page(
            "Ferry crews rehearse a rescue",
            "Crews from the Gull Island ferry practised pulling passengers from icy water on "
            "Thursday morning, watched by the coast guard.",
        ).encode(),
    )
    second = _warc_record(cut_uri, _page("Cut", "This record ends before its length.").encode())
    archive = _write(folder / "crawl.warc", good + second[: len(second) // 2])
    bomb_reason = "the DOCTYPE declares XML entities (a possible entity-expansion bomb)"
    return {
        "html without article": Case(
            front,
            "a section front: links, no prose",
            (
                f"{front}: no article text found in the page "
                "(a section front or empty page?) (skipped)",
            ),
        ),
        "200 MB html": Case(
            huge,
            "a page over the size limit",
            (f"{huge}: page is 200 MB, over the 20 MB limit (skipped)",),
        ),
        "html entity bomb": Case(
            page_bomb,
            "a page whose DOCTYPE declares entities",
            (f"{page_bomb}: {bomb_reason} (skipped)",),
        ),
        "feed entity bomb": Case(
            feed_bomb,
            "a feed whose DOCTYPE declares entities",
            (f"{feed_bomb}: {bomb_reason} (skipped)",),
        ),
        "feed without items": Case(
            quiet, "an RSS channel without items", (f"{quiet}: feed has no items (skipped)",)
        ),
        "html not utf-8": Case(
            quay,
            "a page in cp1252 without a charset",
            (f"{quay}:2: not valid UTF-8 (decoded as cp1252)",),
            ("quay",),
        ),
        "truncated warc": Case(
            archive,
            "a web archive cut in the middle of its second record",
            (
                f"{archive}: record 2 ({cut_uri}) is cut short (the file is truncated) "
                "(rest of the file skipped)",
            ),
            (web_id(good_uri),),
        ),
    }
