"""Reuters-21578 SGML (``reut2-*.sgm``): one ``<REUTERS NEWID="...">`` story per article.

The files are not XML (bare ``&`` and ``<`` in text, SGML entities, control characters), so each
story is cut out with regular expressions and its tags are read one by one; a damaged story costs
that story only. Files are latin-1 by definition.

Bodies are hard-wrapped at about 70 columns and a paragraph starts on an indented line. Wire
tables (earnings figures, price lists) are also made of indented lines, one per row; taken
literally every row would become a paragraph, so runs of table-like rows are kept together as
one paragraph with their line breaks (see :func:`body_paragraphs`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

from ..articles import Article, Paragraph
from ..problems import ProblemLog
from .mapping import NO_DATE
from .text import TextLines, clip

__all__ = ["SOURCE", "body_paragraphs", "read_reuters"]

SOURCE = "Reuters"

_STORY = re.compile(r"<REUTERS\b([^>]*)>")
_NEWID = re.compile(r'\bNEWID="(\d+)"')
_TEXT = re.compile(r"<TEXT\b([^>]*)>(.*?)(?:</TEXT>|\Z)", re.S)
_BODY = re.compile(r"<BODY>(.*?)(?:</BODY>|\Z)", re.S)
_DATE = re.compile(r"(\d{1,2})-([A-Za-z]{3})-(\d{4})")
_DATELINE_DATE = re.compile(r"[A-Za-z]{3,9}\.? +\d{1,2}")
_HEAD_TAGS = re.compile(r"<(TITLE|DATELINE|AUTHOR)>.*?</\1>", re.S)
_ENTITY = re.compile(r"&(#\d+|lt|gt|amp|quot|apos);")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# The sign-off: a last line "Reuter" / "REUTER..." (sometimes with a stray "^M" or the next
# story's time stamp), or "REUTER" after the last sentence; "MORE" marks a continued story.
_SIGN_OFF = re.compile(r"(?:reuters?\b.{0,15}|more)", re.I)
_SIGN_OFF_INLINE = re.compile(r"(?<=[.!?\"])[ \t]+(?:REUTER|Reuter)S?\S*\Z")
_MONTHS = {
    name: number
    for number, name in enumerate(
        ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"),
        start=1,
    )
}


def read_reuters(path: Path, *, log: ProblemLog) -> Iterator[Article]:
    """Read one Reuters-21578 SGML file: yields each story that has a body."""
    source = TextLines(path, log=log, encoding="latin-1")
    text = "\n".join(line for _, line in source)
    if source.failed:
        return
    if not text.strip():
        log.skip(path, None, "empty file")
        return
    starts = list(_STORY.finditer(text))
    if not starts:
        log.skip(path, None, "no <REUTERS> stories found")
        return
    line, counted = 1, 0
    for index, start in enumerate(starts):
        line += text.count("\n", counted, start.start())
        counted = start.start()
        stop = starts[index + 1].start() if index + 1 < len(starts) else len(text)
        close = text.find("</REUTERS>", start.end(), stop)
        newid = _NEWID.search(start[1])
        if newid is None:
            log.skip(path, line, "story has no NEWID attribute")
            continue
        if close < 0:
            log.skip(path, line, f"story NEWID {newid[1]} is truncated (no </REUTERS>)")
            continue
        story = text[start.end() : close]
        article = _story(story, newid[1], path=path, line=line, log=log)
        if article is not None:
            yield article


def _story(story: str, newid: str, *, path: Path, line: int, log: ProblemLog) -> Article | None:
    title = _clean_inline(_tag(story, "TITLE") or "")
    dateline, lead = _dateline(_tag(story, "DATELINE") or "")
    body, body_line = "", line
    text = _TEXT.search(story)
    if text is not None:
        text_line = line + story.count("\n", 0, text.start(2))
        found = _BODY.search(text[2])
        if found is not None:
            body = found[1]
            body_line = text_line + text[2].count("\n", 0, found.start(1))
            # A few damaged stories have table rows between the title and the body: keep them.
            before = _HEAD_TAGS.sub(lambda tag: "\n" * tag[0].count("\n"), text[2][: found.start()])
            if _clean_inline(before).strip("* "):
                body, body_line = before + body, text_line
            elif lead:  # story text caught in the DATELINE tag
                body = lead + ("" if lead.endswith("-") else " ") + body
        elif 'TYPE="UNPROC"' in text[1]:
            # Unprocessed stories (mostly tables) have no tags inside TEXT: title line, then body.
            body, title, offset = _unprocessed(text[2])
            body_line = text_line + text[2].count("\n", 0, offset)
    paragraphs = body_paragraphs(body, first_line=body_line)
    if not paragraphs:
        log.skip(path, line, f"story NEWID {newid} has no body")
        return None
    return Article(
        id=f"reuters-{newid}",
        title=title or clip(paragraphs[0].text.split("\n")[0]),
        date=_date(story, newid, path=path, line=line, log=log),
        paragraphs=paragraphs,
        source=SOURCE,
        byline=_clean_inline(_tag(story, "AUTHOR") or "") or None,
        dateline=dateline,
        origin=f"{path}:{line}",
        labels={
            label: codes
            for label, tag in _CODE_LABELS.items()
            if (codes := tuple(_CODE.findall(_tag(story, tag) or "")))
        },
    )


_CODE = re.compile(r"<D>(.*?)</D>")
_CODE_LABELS = {"topic": "TOPICS", "country": "PLACES"}
"""Reuters' own codes kept as labels (``--label topic=crude``, ``--label country=japan``)."""


def _tag(story: str, name: str) -> str | None:
    found = re.search(rf"<{name}>(.*?)</{name}>", story, re.S)
    return found[1] if found else None


def _dateline(raw: str) -> tuple[str | None, str]:
    """The dateline ("NEW YORK, Feb 26") and any story text caught inside the DATELINE tag."""
    text = _clean_inline(raw)
    split = re.fullmatch(r"(.*?\S) +- +(.*\S)", text)
    if split is None:
        return text.rstrip(" -") or None, ""
    date = split[2].rstrip(" -")
    if _DATELINE_DATE.fullmatch(date):  # "KANSAS CITY, Mo. - March 13"
        return f"{split[1].rstrip(' ,')}, {date}", ""
    return split[1], split[2]


def _unescape(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        name = match[1]
        if name.startswith("#"):
            code = int(name[1:])
            return chr(code) if code < 0x110000 else ""
        return _NAMED[name]

    return _ENTITY.sub(replace, text)


def _clean_inline(text: str) -> str:
    return " ".join(_CONTROL.sub(" ", _unescape(text)).split())


def _unprocessed(text: str) -> tuple[str, str, int]:
    """Split an unprocessed story into (body, title, body offset)."""
    offset = 0
    for raw in text.split("\n"):
        cleaned = _clean_inline(raw)
        offset += len(raw) + 1
        if cleaned:
            return text[offset:], cleaned, offset
    return "", "", len(text)


def _date(story: str, newid: str, *, path: Path, line: int, log: ProblemLog) -> dt.date | None:
    raw = _tag(story, "DATE") or ""
    found = _DATE.search(raw)
    try:
        if found is None:
            raise ValueError("no DD-MON-YYYY")
        month = _MONTHS.get(found[2].upper())
        if month is None:
            raise ValueError(f"unknown month {found[2]!r}")
        return dt.date(int(found[3]), month, int(found[1]))
    except ValueError:
        log.warn(path, line, f"story NEWID {newid} has an unreadable date {raw.strip()!r}", NO_DATE)
        return None


# --- body paragraphs and wire tables -------------------------------------------------------------

_GAP = re.compile(r"(?<![.!?:;,\s]) {2,}(?=\S)")
_LEADER = re.compile(r"\.{3,}")
_NUMBER = re.compile(r"(?<![\w.])[-+(]?\$?\d[\d,.]*%?\)?(?![\w])")
_SENTENCE_END = tuple(".!?\"'")
ROW_MAX_CHARS = 45
"""A short indented line without final punctuation is a table row ("Nine mths", "Net 12 vs 9")."""


_LEADER_FIGURE = re.compile(r"\.{3,} *\d")


def _columns(line: str) -> int:
    """2: clearly columns (two gaps of 2+ spaces, dotted leaders); 1: one gap beside figures."""
    text = line.strip()
    dots = text.count(".")
    if "  " not in text and dots < 6:
        return 0  # the common case, prose: no gap and no leader possible
    gaps = len(_GAP.findall(text))
    # A leader is "Net reserves......644", two runs of dots or a line a quarter dots; one
    # "...." is prose punctuation.
    dotted = dots >= max(6, len(text) // 4) or len(_LEADER.findall(text)) >= 2
    if gaps >= 2 or dotted or _LEADER_FIGURE.search(text):
        return 2
    return 1 if gaps == 1 and _NUMBER.search(text) else 0


def _is_row(line: str, columns: int) -> bool:
    """Does one indented line look like a row of a wire table?"""
    if columns:
        return True
    text = line.strip()
    if text.endswith(_SENTENCE_END) or text.endswith((":", " -")):
        return False  # a sentence, or the line introducing a table ("as follows -")
    return len(text) <= ROW_MAX_CHARS or len(_NUMBER.findall(text)) >= 2


class _Block:
    """Lines from one indented line up to the next indented or blank line."""

    def __init__(self, line: int, first: str, columns: int, *, blank_before: bool) -> None:
        self.line = line
        self.lines = [first]
        self.columns = [columns]
        self.blank_before = blank_before

    def add(self, text: str, columns: int) -> None:
        self.lines.append(text)
        self.columns.append(columns)

    @property
    def is_row(self) -> bool:
        if len(self.lines) == 1:
            return _is_row(self.lines[0], self.columns[0])
        # Rows wrapped onto a second line, or rows under an indented column header; a prose
        # paragraph with one stray double space is not.
        strong = self.columns.count(2)
        either = strong + self.columns.count(1)
        return 2 * strong >= len(self.lines) or (either >= 2 and 2 * either > len(self.lines))

    @property
    def is_short(self) -> bool:
        return len(self.lines) == 1 and len(self.lines[0].strip()) <= ROW_MAX_CHARS


def _blocks(lines: list[str], first_line: int) -> list[_Block]:
    blocks: list[_Block] = []
    blank = False
    for index, raw in enumerate(lines):
        if not raw.strip():
            blank = True
            continue
        columns = _columns(raw)
        # A table may follow a prose paragraph without indentation; its first row starts a
        # new block, and so does the first prose line after it.
        switch = bool(blocks) and (columns == 2) != (blocks[-1].columns[-1] == 2) and columns != 1
        if not blocks or blank or raw[0] in " \t" or switch:
            blocks.append(
                _Block(first_line + index, raw, columns, blank_before=blank and bool(blocks))
            )
        else:
            blocks[-1].add(raw, columns)
        blank = False
    return blocks


def _table_text(blocks: list[_Block], *, body_start: int) -> str:
    """The rows with their line breaks, dedented together so the columns stay aligned."""
    rows: list[tuple[int, str]] = []
    for block in blocks:
        if block.blank_before and rows:
            rows.append((0, ""))
        rows.extend((block.line + offset, text.rstrip()) for offset, text in enumerate(block.lines))
    # The body's first line follows <BODY> directly, so its indentation is lost: not counted.
    indents = [len(row) - len(row.lstrip()) for line, row in rows if row and line != body_start]
    cut = min(indents, default=0)
    return "\n".join(row.strip() if line == body_start else row[cut:] for line, row in rows)


def body_paragraphs(body: str, *, first_line: int = 1) -> tuple[Paragraph, ...]:
    """Split a raw Reuters body (entities not yet decoded) into paragraphs and tables.

    A paragraph starts at an indented or blank-line separated line; its lines are joined with
    spaces. Runs of two or more table rows (lines with columns of figures, dotted leaders, or
    short unpunctuated lines such as earnings "Shr 34 cts vs 1.19 dlrs"), together with short
    lines between them such as "X - 1986 rates.", form one paragraph that keeps its line
    breaks. The closing "Reuter" and control characters are removed.
    """
    text = _CONTROL.sub("", _unescape(body).expandtabs(8))
    text = text.rstrip()
    while True:  # some stories sign off twice
        rest, _, last = text.rpartition("\n")
        if not _SIGN_OFF.fullmatch(last.strip()):
            break
        text = rest.rstrip()
    rest, newline, last = text.rpartition("\n")
    text = rest + newline + _SIGN_OFF_INLINE.sub("", last)
    blocks = _blocks(text.split("\n"), first_line)
    rows = [block.is_row for block in blocks]
    # Short lines sitting between two rows belong to the table (footnotes, sub-headings).
    for index in range(1, len(blocks) - 1):
        if not rows[index] and blocks[index].is_short and rows[index - 1] and rows[index + 1]:
            rows[index] = True
    paragraphs: list[Paragraph] = []
    index = 0
    while index < len(blocks):
        end = index + 1
        if rows[index]:
            while end < len(blocks) and rows[end]:
                end += 1
        run = blocks[index:end]
        if len(run) >= 2 or (rows[index] and len(run[0].lines) >= 2):
            paragraphs.append(Paragraph(_table_text(run, body_start=first_line), line=run[0].line))
        else:
            block = run[0]
            paragraphs.append(Paragraph(" ".join(" ".join(block.lines).split()), line=block.line))
        index = end
    return tuple(paragraph for paragraph in paragraphs if paragraph.text)
