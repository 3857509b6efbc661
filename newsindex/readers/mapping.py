"""Field-by-field checks shared by the record formats (JSONL and CSV) and the date rules.

A record is a mapping of field names to values. Each field is checked on its own so one bad field
costs only that field when it is optional (a warning, the record is kept) and the record when it
is the text (skipped). Messages name the field and the expected type.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from pathlib import Path

from dateutil import parser as dateutil_parser

from ..articles import Article, Paragraph
from ..problems import ProblemLog
from .text import split_blocks, title_from_text

__all__ = [
    "EARLIEST_YEAR",
    "FIELD_NAMES",
    "NO_DATE",
    "build_article",
    "date_problem",
    "parse_date_text",
    "type_name",
]

EARLIEST_YEAR = 1800
"""Dates before this year are taken as typing errors rather than archive dates."""

NO_DATE = "kept without a date"
"""The action text for every date problem: the article is kept, its date is None."""

FIELD_NAMES: Mapping[str, tuple[str, ...]] = {
    "text": ("body", "content", "article", "story", "full_text", "fulltext"),
    "title": ("headline", "heading", "name"),
    "date": ("published", "published_at", "pubdate", "pub_date", "datepublished", "created_at"),
    "url": ("link", "permalink"),
    "byline": ("author", "authors", "by"),
}
"""Field names other exports use for newsindex's own (``body`` for ``text``, ``headline`` for
``title``): read when newsindex's name is absent. Case does not matter."""

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_AMBIGUOUS = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})")
_DATEUTIL_DEFAULTS = (dt.datetime(2001, 1, 1), dt.datetime(2002, 2, 2))


def parse_date_text(text: str) -> dt.date | str:
    """Parse an article date; returns the date or the reason it is not one.

    Accepts ``YYYY-MM-DD``, ISO date-times (the date as written, no time-zone shift) and the
    common written forms dateutil knows ("May 6, 2025", "Tue, 06 May 2025 10:00:00 GMT").
    Partial dates ("May 2025") and day/month-ambiguous ones ("05/06/2025") are refused rather
    than guessed.
    """
    value = text.strip()
    if _ISO_DAY.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError as exc:
            return f"invalid date {value!r}: {exc}"
    ambiguous = _AMBIGUOUS.fullmatch(value)
    if ambiguous and ambiguous[1] != ambiguous[2] and max(map(int, ambiguous.group(1, 2))) <= 12:
        return f"ambiguous date {value!r} (day and month could be swapped; use YYYY-MM-DD)"
    parsed: list[dt.date] = []
    for default in _DATEUTIL_DEFAULTS:
        try:
            parsed.append(dateutil_parser.parse(value, default=default).date())
        except (ValueError, OverflowError):
            return f"invalid date {value!r}"
    if parsed[0] != parsed[1]:
        return f"incomplete date {value!r} (no day)"
    return parsed[0]


def date_problem(date: dt.date, *, today: dt.date | None = None) -> str | None:
    """Why ``date`` cannot be an article date (too far in the future or the past), or None."""
    today = today or dt.date.today()
    if date.year < EARLIEST_YEAR:
        return f"date {date.isoformat()} is before {EARLIEST_YEAR}"
    if date > today + dt.timedelta(days=366):
        return f"date {date.isoformat()} is more than a year in the future"
    return None


def type_name(value: object) -> str:
    """The JSON name of a value's type, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list | tuple):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _not_string(field: str, value: object) -> str:
    shown = f" {value!r}" if isinstance(value, int | float) and not isinstance(value, bool) else ""
    return f"{field} must be a string, not {type_name(value)}{shown}"


def _present(value: object) -> bool:
    """Null and empty strings count as absent: CSV cells and JSON exports write them freely."""
    return value is not None and not (isinstance(value, str) and not value.strip())


def _own_names(record: Mapping[str, object]) -> Mapping[str, object]:
    """``record`` with newsindex's field names, taken from :data:`FIELD_NAMES` where absent;
    a list of authors becomes one byline."""
    folded = {str(k).casefold(): k for k in record}
    out = dict(record)
    for own, others in FIELD_NAMES.items():
        if _present(out.get(own)):
            continue
        for other in others:
            key = folded.get(other)
            if key is not None and _present(record[key]):
                value = record[key]
                if isinstance(value, list) and all(isinstance(v, str) for v in value):
                    value = ", ".join(value)
                out[own] = value
                break
    return out


def _paragraphs_from_text(text: str, line: int) -> tuple[Paragraph, ...]:
    numbered = list(enumerate(text.split("\n")))
    return tuple(
        Paragraph(" ".join(block), line=line) for _, block in split_blocks(numbered) if block
    )


def _paragraphs(
    record: Mapping[str, object], *, path: Path, line: int, log: ProblemLog
) -> tuple[Paragraph, ...] | None:
    """The body, or None after reporting why the record has none."""
    items = record.get("paragraphs")
    text = record.get("text")
    if _present(items):
        if not isinstance(items, list):
            log.skip(path, line, f"paragraphs must be an array of strings, not {type_name(items)}")
            return None
        for number, item in enumerate(items, start=1):
            if not isinstance(item, str):
                log.skip(
                    path,
                    line,
                    f"paragraphs must be an array of strings, item {number} is {type_name(item)}",
                )
                return None
        if _present(text):
            log.warn(path, line, "both text and paragraphs given", "used paragraphs")
        found = tuple(
            Paragraph(" ".join(item.split()), line=line) for item in items if item.strip()
        )
        if not found:
            log.skip(path, line, "paragraphs has no text")
            return None
        return found
    if not _present(text):
        if isinstance(text, str):
            log.skip(path, line, "text is empty")
        else:
            expected = ", ".join(("text", "paragraphs", *FIELD_NAMES["text"]))
            fields = ", ".join(sorted(record)) or "no fields"
            log.skip(
                path,
                line,
                f"no text field (expected one of {expected}; the record has {fields}); "
                "rename the field holding the article's text to text",
            )
        return None
    if not isinstance(text, str):
        log.skip(path, line, _not_string("text", text))
        return None
    return _paragraphs_from_text(text, line)


def _optional_string(
    record: Mapping[str, object],
    field: str,
    *,
    path: Path,
    line: int,
    log: ProblemLog,
    action: str = "ignored",
) -> str | None:
    value = record.get(field)
    if not _present(value):
        return None
    if not isinstance(value, str):
        log.warn(path, line, _not_string(field, value), action)
        return None
    return " ".join(value.split())


def _article_id(
    record: Mapping[str, object], default_id: str, *, path: Path, line: int, log: ProblemLog
) -> str:
    value = record.get("id")
    if not _present(value):
        return default_id
    if isinstance(value, int) and not isinstance(value, bool):
        log.warn(path, line, _not_string("id", value), f"used '{value}'")
        return str(value)
    if not isinstance(value, str):
        log.warn(path, line, _not_string("id", value), f"used derived id '{default_id}'")
        return default_id
    return value.strip()


def _date(
    record: Mapping[str, object], *, path: Path, line: int, log: ProblemLog, today: dt.date | None
) -> dt.date | None:
    value = record.get("date")
    if not _present(value):
        return None
    if not isinstance(value, str):
        log.warn(path, line, _not_string("date", value), NO_DATE)
        return None
    parsed = parse_date_text(value)
    if isinstance(parsed, str):
        log.warn(path, line, parsed, NO_DATE)
        return None
    problem = date_problem(parsed, today=today)
    if problem is not None:
        log.warn(path, line, problem, NO_DATE)
        return None
    return parsed


def build_article(
    record: Mapping[str, object],
    *,
    path: Path,
    line: int,
    default_id: str,
    log: ProblemLog,
    today: dt.date | None = None,
) -> Article | None:
    """Check one record and turn it into an :class:`Article`; None (reported) when unusable."""
    record = _own_names(record)
    paragraphs = _paragraphs(record, path=path, line=line, log=log)
    if paragraphs is None:
        return None
    article_id = _article_id(record, default_id, path=path, line=line, log=log)
    title = _optional_string(
        record, "title", path=path, line=line, log=log, action="title taken from the text"
    )
    date = _date(record, path=path, line=line, log=log, today=today)
    return Article(
        id=article_id,
        title=title or title_from_text(paragraphs[0].text),
        date=date,
        paragraphs=paragraphs,
        source=_optional_string(record, "source", path=path, line=line, log=log) or "",
        url=_optional_string(record, "url", path=path, line=line, log=log),
        byline=_optional_string(record, "byline", path=path, line=line, log=log),
        credit=_optional_string(record, "credit", path=path, line=line, log=log),
        dateline=_optional_string(record, "dateline", path=path, line=line, log=log),
        origin=f"{path}:{line}",
    )
