"""The seed text format: one article per ``.txt`` file, as the project's seed articles are written.

::

     date 2025-05-06 First paragraph, on the same line as the date header.

    Next paragraph (paragraphs are separated by blank lines).

    A Short Section Heading

    A paragraph under that heading.

    With files from CTV News' Rachel Aiello

Optional whole-line headers may come before the date line: `` title ...``, `` id ...``,
`` url ...``, `` source ...``, `` byline ...``. A short line without final punctuation is a
section heading, not a paragraph; a closing "With files from ..." (or "Reporting by ...") line is
the credit. Without a title header the title is the lead's first sentence.

A plain-text story without the date header is read too: a first line that reads as a heading is
its title, and a line holding only a date right after it ("March 5, 2024") its date; else the
day its file name or folders give (``2016-09-12_story.txt``, ``2016/09/12/story.txt``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

from ..articles import Article
from ..problems import ProblemLog
from .datetext import path_date
from .mapping import NO_DATE, date_problem, parse_date_text
from .text import TextLines, body_paragraphs, is_heading, title_from_text

__all__ = ["read_seed"]

_HEADER = re.compile(r" ?(title|id|url|source|byline) (.*\S)\s*")
_DATE_HEADER = re.compile(r" ?date(?=\s|$)\s*(\S*)\s*(.*)")


def read_seed(path: Path, *, log: ProblemLog, today: dt.date | None = None) -> Iterator[Article]:
    """Read one seed-format file: yields its article, or nothing after reporting why."""
    source = TextLines(path, log=log)
    lines = list(source)
    if source.failed:
        return
    headers, date, body = _headers(lines, path=path, log=log, today=today)
    if not any(text.strip() for _, text in body):
        has_text = any(text.strip() for _, text in lines)
        log.skip(path, None, "no article text after the headers" if has_text else "empty file")
        return
    paragraphs, credit = body_paragraphs(body)
    yield Article(
        id=headers.get("id", path.stem),
        title=headers.get("title") or title_from_text(paragraphs[0].text),
        date=date,
        paragraphs=paragraphs,
        source=headers.get("source", ""),
        url=headers.get("url"),
        byline=headers.get("byline"),
        credit=credit,
        origin=f"{path}:1",
    )


def _headers(
    lines: list[tuple[int, str]], *, path: Path, log: ProblemLog, today: dt.date | None
) -> tuple[dict[str, str], dt.date | None, list[tuple[int, str]]]:
    """Split off the header lines: returns headers, the date, and the body lines."""
    headers: dict[str, str] = {}
    position = 0
    while position < len(lines):
        text = lines[position][1]
        match = _HEADER.fullmatch(text)
        if match is not None:
            headers[match[1]] = " ".join(match[2].split())
        elif text.strip():
            break
        position += 1
    if position == len(lines):
        return headers, None, []
    number, first = lines[position]
    match = _DATE_HEADER.fullmatch(first)
    if match is None:
        date, body = _plain_head(lines[position:], headers, today=today)
        date = date or path_date(path, today=today)
        if date is None:
            log.warn(
                path, number, "missing date header (first line ' date YYYY-MM-DD ...')", NO_DATE
            )
        return headers, date, body
    body = [(number, match[2]), *lines[position + 1 :]]
    return headers, _header_date(match[1], number, path=path, log=log, today=today), body


def _plain_head(
    lines: list[tuple[int, str]], headers: dict[str, str], *, today: dt.date | None
) -> tuple[dt.date | None, list[tuple[int, str]]]:
    """A plain-text story's head, without seed headers: a first line that reads as a heading,
    with more text after it, is the title (into ``headers``), and a line after it that is
    nothing but a date ("March 5, 2024") is the date. Returns the date and the body lines."""
    rest = any(text.strip() for _, text in lines[1:])
    if "title" in headers or not rest or not is_heading(lines[0][1].strip()):
        return None, lines
    headers["title"] = " ".join(lines[0][1].split())
    date = parse_date_text(lines[1][1]) if lines[1][1].strip() else None
    if isinstance(date, dt.date) and date_problem(date, today=today) is None:
        return date, lines[2:]
    return None, lines[1:]


def _header_date(
    value: str, line: int, *, path: Path, log: ProblemLog, today: dt.date | None
) -> dt.date | None:
    if not value:
        log.warn(path, line, "empty date header (expected ' date YYYY-MM-DD ...')", NO_DATE)
        return None
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError("expected YYYY-MM-DD")
        date = dt.date.fromisoformat(value)
    except ValueError as exc:
        log.warn(path, line, f"invalid date {value!r} in the date header: {exc}", NO_DATE)
        return None
    problem = date_problem(date, today=today)
    if problem is not None:
        log.warn(path, line, problem, NO_DATE)
        return None
    return date
