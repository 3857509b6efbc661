"""Web archives (``.warc``, ``.warc.gz``): every archived HTML page that holds an article.

warcio streams the records. An HTML response (or resource) record goes through the page
extraction of :mod:`.html`; its target URI is the URL and gives the id (so the page, saved or
reached through a feed, is the same article), and the record's WARC-Date stands in when the page
names no date. A crawl holds far more than articles (requests, metadata, images, redirects,
section fronts): those records are counted and reported in one message per file, not one each.

warcio reads a truncated archive without complaint, handing out the last record cut short; the
record's unread length gives it away, and the run reports it and goes on.
"""

from __future__ import annotations

import datetime as dt
import gzip
import zlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..articles import Article
from ..problems import ProblemLog
from .datetext import url_date
from .html import (
    MAX_PAGE_BYTES,
    Page,
    check_markup,
    decode_page,
    extract_page,
    page_article,
    page_date,
)
from .mapping import date_problem

__all__ = ["read_warc"]

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_NO_ARTICLE = "HTML page without article text"


def read_warc(path: Path, *, log: ProblemLog, today: dt.date | None = None) -> Iterator[Article]:
    """Read one web archive: yields an article per archived article page."""
    problem = _not_warc(path)
    if problem is not None:
        log.skip(path, None, problem)
        return
    others: Counter[str] = Counter()
    done = 0  # records read whole
    cut: str | None = None
    try:
        with path.open("rb") as stream:
            records = ArchiveIterator(stream)
            for record in records:
                number = done + 1
                whole = _whole_header(record)
                found = _record(record, number, path=path, log=log, today=today) if whole else None
                if not whole or _unread(record.raw_stream):
                    uri = record.rec_headers.get_header("WARC-Target-URI")
                    where = f"record {number}" + (f" ({uri})" if uri else "")
                    cut = f"{where} is cut short (the file is truncated)"
                    break
                done = number
                if isinstance(found, str):
                    others[found] += 1
                elif found is not None:
                    yield found
            else:
                if records.offset < path.stat().st_size:  # a last record warcio could not start
                    cut = f"record {done + 1} is cut short (the file is truncated)"
    except (ArchiveLoadFailed, OSError, EOFError, zlib.error) as exc:
        cut = f"damaged after record {done}: {exc}"
    if cut is not None:
        log.skip(path, None, cut, "rest of the file skipped")
    if others:
        total = sum(others.values())
        kinds = ", ".join(f"{count} {kind}" for kind, count in others.most_common())
        log.warn(path, None, f"{total} of {done} records are not articles: {kinds}", "not read")


def _whole_header(record: Any) -> bool:
    """Was the record's header read whole? One cut before its Content-Length reads as an empty
    record."""
    limit = getattr(record.raw_stream, "limit", None)
    return isinstance(limit, int) and bool(record.rec_headers.get_header("Content-Length"))


def _not_warc(path: Path) -> str | None:
    """Why the file is not a web archive (or cannot be read), or None."""
    try:
        with path.open("rb") as handle:
            head = handle.read(2)
        if not head:
            return "empty file"
        opener = gzip.open if head == b"\x1f\x8b" else open
        with opener(path, "rb") as handle:
            start = handle.read(5)
    except (OSError, EOFError, zlib.error) as exc:
        if isinstance(exc, gzip.BadGzipFile | EOFError | zlib.error):
            return f"damaged gzip data ({exc})"
        return f"cannot read file: {getattr(exc, 'strerror', None) or exc.__class__.__name__}"
    return None if start == b"WARC/" else "not a WARC file (it does not start with 'WARC/')"


def _record(
    record: Any,
    number: int,
    *,
    path: Path,
    log: ProblemLog,
    today: dt.date | None,
) -> Article | str | None:
    """The article in one record, what kind of other record it is, or None (reported)."""
    kind = str(record.rec_type)
    if kind not in ("response", "resource"):
        return kind
    headers = record.http_headers
    if headers is not None and headers.get_statuscode() != "200":
        return f"HTTP {headers.get_statuscode()}"
    content_type = (headers or record.rec_headers).get_header("Content-Type") or ""
    mime, _, params = content_type.partition(";")
    if mime.strip().lower() not in _HTML_TYPES:
        return mime.strip().lower() or "without content type"
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    where = f"record {number} ({uri})"
    raw = _read_up_to(record.content_stream(), MAX_PAGE_BYTES + 1)
    if _unread(record.raw_stream):
        return None  # cut short: reported by the caller
    if len(raw) > MAX_PAGE_BYTES:
        log.skip(
            path, None, f"{where}: page is over the {MAX_PAGE_BYTES // (1024 * 1024)} MB limit"
        )
        return None
    problem = check_markup(raw)
    if problem is not None:
        log.skip(path, None, f"{where}: {problem}")
        return None
    text = decode_page(
        raw,
        charset=_charset(params),
        report=lambda line, reason, action: log.warn(path, None, f"{where}: {reason}", action),
    )
    page = extract_page(text, url=uri or None)
    if page is None:
        return _NO_ARTICLE
    return _article(page, record, number, uri=uri, path=path, log=log, today=today)


def _read_up_to(stream: Any, size: int) -> bytes:
    """Up to ``size`` bytes (a decompressing stream returns them a chunk at a time)."""
    chunks: list[bytes] = []
    left = size
    while left > 0:
        chunk = stream.read(left)
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _unread(raw_stream: Any) -> bool:
    """Does the record's stream end before its declared length (a truncated file)? Reads what
    is left of the record, as warcio would to reach the next one."""
    limit = getattr(raw_stream, "limit", None)
    if not isinstance(limit, int):
        return True  # the record's header itself is cut short
    while raw_stream.read(1 << 16):
        pass
    return bool(raw_stream.limit)


def _charset(params: str) -> str | None:
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip(" \"'"):
            return value.strip(" \"'")
    return None


def _article(
    page: Page,
    record: Any,
    number: int,
    *,
    uri: str,
    path: Path,
    log: ProblemLog,
    today: dt.date | None,
) -> Article:
    date = page_date(page.date, today=today)
    if isinstance(date, str):
        log.warn(path, None, f"record {number} ({uri}): {date}", "used the record's WARC-Date")
        date = None
    if date is None:  # the day the page's address gives, else the day it was archived
        date = url_date(uri or page.url, today=today) or _warc_date(
            record.rec_headers.get_header("WARC-Date"), today=today
        )
    return page_article(
        page,
        url=uri or page.url,
        default_id=f"{path.name.partition('.')[0]}-{number}",
        date=date,
        origin=f"{path} record {number}",
    )


def _warc_date(value: str | None, *, today: dt.date | None) -> dt.date | None:
    """The day a record was archived (WARC-Date is UTC: ``2025-05-06T14:00:00Z``)."""
    if not value:
        return None
    try:
        day = dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
    return None if date_problem(day, today=today) else day
