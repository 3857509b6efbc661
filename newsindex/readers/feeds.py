"""RSS 2.0, RSS 1.0 and Atom feeds (``.rss``, ``.atom``, ``.rdf``, or ``.xml`` with such a root).

feedparser reads every dialect alike (and leniently: a feed that is not well-formed XML is read
as far as it goes, with a warning). Each item is an article: its link is the URL and, through
:func:`~.html.web_id`, the id (the GUID when there is no link), so the same story from a saved
page or a web archive is the same article. The text is the full content (``content:encoded``,
Atom ``<content>``) when present, else the summary; HTML in it goes through the page extraction
of :mod:`.html`. The feed's title is every article's source.

The file is handed to feedparser as bytes, never as a name: given a string, feedparser fetches
URLs. Entity declarations are refused before parsing (:func:`~.html.check_markup`).
"""

from __future__ import annotations

import codecs
import datetime as dt
import io
import re
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any
from xml.sax import SAXParseException

import feedparser

from ..articles import Article, Paragraph
from ..problems import ProblemLog
from .datetext import url_date
from .html import (
    MAX_PAGE_BYTES,
    html_text,
    is_web_address,
    page_date,
    read_markup,
    story_paragraphs,
    web_id,
)
from .mapping import NO_DATE
from .text import title_from_text

__all__ = ["MAX_FEED_BYTES", "read_feed"]

MAX_FEED_BYTES = 5 * MAX_PAGE_BYTES
"""A feed larger than this is refused: feedparser holds the whole file and its items in memory
(a feed export of thousands of full articles stays well below)."""

_ITEM_START = re.compile(rb"<(?:[\w.-]+:)?(?:item|entry)[\s/>]")
_EMAIL_NAME = re.compile(r"\S+@\S+\s*\((.+)\)")
_DECLARATION = re.compile(rb"<\?xml")
_ENCODING_OVERRIDE = re.compile(r"declared as (\S+), but parsed as (\S+)")


def read_feed(path: Path, *, log: ProblemLog, today: dt.date | None = None) -> Iterator[Article]:
    """Read one feed: yields an article per item with text, reports the others."""
    raw = read_markup(path, limit=MAX_FEED_BYTES, what="feed", log=log)
    if raw is None:
        return
    parsed = feedparser.parse(io.BytesIO(raw))
    entries: Sequence[Mapping[str, Any]] = parsed.entries
    if not parsed.get("version"):
        log.skip(path, _error_line(parsed, raw), f"not an RSS or Atom feed{_parse_error(parsed)}")
        return
    if parsed.get("bozo"):
        _report_leniency(parsed, raw, path=path, log=log)
    if not entries:
        log.skip(path, None, "feed has no items")
        return
    source = _plain(parsed.feed, "title") or ""
    lines = _item_lines(raw, len(entries))
    for number, entry in enumerate(entries, start=1):
        line = lines[number - 1] if lines else None
        article = _article(
            entry, source=source, path=path, line=line, number=number, log=log, today=today
        )
        if article is not None:
            yield article


def _error_line(parsed: Mapping[str, Any], raw: bytes) -> int | None:
    """The file's line of an XML error: feedparser parses the file with an XML declaration put
    on a line of its own in front when the file starts without one."""
    exc = parsed.get("bozo_exception")
    if not isinstance(exc, SAXParseException):
        return None
    added = 0 if _DECLARATION.match(raw.removeprefix(codecs.BOM_UTF8)) else 1
    return max(1, (exc.getLineNumber() or 1) - added)


def _parse_error(parsed: Mapping[str, Any]) -> str:
    exc = parsed.get("bozo_exception")
    return f" (XML error: {exc.getMessage()})" if isinstance(exc, SAXParseException) else ""


def _report_leniency(parsed: Mapping[str, Any], raw: bytes, *, path: Path, log: ProblemLog) -> None:
    """One warning for a feed feedparser had to read leniently (bad XML, wrong encoding)."""
    exc = parsed.get("bozo_exception")
    override = _ENCODING_OVERRIDE.search(str(exc))
    if override is not None:
        log.warn(path, None, f"not valid {override[1]}", f"decoded as {override[2]}")
    elif isinstance(exc, SAXParseException):
        reason = f"not well-formed XML: {exc.getMessage()}"
        log.warn(path, _error_line(parsed, raw), reason, "items read as far as they go")
    else:
        log.warn(path, None, str(exc), "read leniently")


def _item_lines(raw: bytes, count: int) -> list[int] | None:
    """The line each item starts on, when the start tags found match the items parsed."""
    starts = [match.start() for match in _ITEM_START.finditer(raw)]
    if len(starts) != count:
        return None
    lines, position, line = [], 0, 1
    for start in starts:
        line += raw.count(b"\n", position, start)
        position = start
        lines.append(line)
    return lines


def _article(
    entry: Mapping[str, Any],
    *,
    source: str,
    path: Path,
    line: int | None,
    number: int,
    log: ProblemLog,
    today: dt.date | None,
) -> Article | None:
    paragraphs, credit = _body(entry)
    if not paragraphs:
        log.skip(path, line, f"item {number} has no text")
        return None
    link = entry.get("link")
    url = link.strip() if isinstance(link, str) and is_web_address(link) else None
    key = url or entry.get("id")
    date = page_date(entry.get("published") or entry.get("updated"), today=today)
    if isinstance(date, str):
        log.warn(path, line, date, NO_DATE)
        date = None
    elif date is None:  # an item that gives no date: the day its link gives
        date = url_date(url, today=today)
    return Article(
        id=web_id(key) if isinstance(key, str) and key.strip() else f"{path.stem}-{number}",
        title=_plain(entry, "title") or title_from_text(paragraphs[0].text),
        date=date,
        paragraphs=paragraphs,
        source=source,
        url=url,
        byline=_byline(entry),
        credit=credit,
        origin=f"{path}:{line}" if line is not None else str(path),
    )


def _body(entry: Mapping[str, Any]) -> tuple[tuple[Paragraph, ...], str | None]:
    """The item's full content when it has some, else its summary; and its credit line."""
    contents = [c for c in entry.get("content", ()) if str(c.get("value", "")).strip()]
    detail = contents[0] if contents else entry.get("summary_detail")
    if not detail or not str(detail.get("value", "")).strip():
        return (), None
    return story_paragraphs(str(detail["value"]))


def _plain(element: Mapping[str, Any], name: str) -> str | None:
    """A title as text: feedparser keeps the markup of a ``type="html"`` title."""
    value = element.get(name)
    if not isinstance(value, str) or not value.strip():
        return None
    detail = element.get(f"{name}_detail") or {}
    text = html_text(value) if "html" in str(detail.get("type", "")) else value
    return " ".join(text.split()) or None


def _byline(entry: Mapping[str, Any]) -> str | None:
    """The authors' names. One author is read as written: RSS writes ``email (Name)``, which
    feedparser splits at the wrong place."""
    authors = entry.get("authors") or ()
    written = [entry.get("author")] if len(authors) <= 1 else [a.get("name") for a in authors]
    names = [name for name in map(_author_name, written) if name]
    return ", ".join(names) or None


def _author_name(value: object) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    value = " ".join(value.split())
    match = _EMAIL_NAME.fullmatch(value)
    if match is not None:
        return match[1]
    return None if "@" in value and " " not in value else value  # an address is no byline
