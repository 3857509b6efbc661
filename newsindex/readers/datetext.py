"""Article dates as exports, feeds and pages write them: parsed, or the reason they are not
dates. Every reader reports a date problem the same way and keeps the article undated."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlsplit

from dateutil import parser as dateutil_parser

__all__ = [
    "EARLIEST_YEAR",
    "NO_DATE",
    "UNIX_TIME",
    "date_problem",
    "parse_date_text",
    "path_date",
    "url_date",
]

EARLIEST_YEAR = 1800
"""Dates before this year are taken as typing errors rather than archive dates."""

NO_DATE = "kept without a date"
"""The action text for every date problem: the article is kept, its date is None."""

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_AMBIGUOUS = re.compile(r"(\d{1,2})([/.-])(\d{1,2})[/.-](\d{2}|\d{4})(?:[ T]|$)")
"""A numeric day and month, either first, alone or before a time ("05/06/2025 10:30")."""
UNIX_TIME = re.compile(r"(\d{9,10}|\d{12,13})(\.\d+)?")
"""Seconds (1973 to 2286) or milliseconds since 1970, as APIs and databases export dates."""
_DATEUTIL_DEFAULTS = (dt.datetime(2001, 1, 1), dt.datetime(2002, 2, 2))


def parse_date_text(text: str) -> dt.date | str:
    """Parse an article date; returns the date or the reason it is not one.

    Accepts ``YYYY-MM-DD``, ISO date-times (the date as written, no time-zone shift), the
    common written forms dateutil knows ("May 6, 2025", "Tue, 06 May 2025 10:00:00 GMT"), Unix
    time (its UTC day) and day-first dotted dates ("06.05.2025": no country writes the month
    first between dots). Partial dates ("May 2025") and day/month-ambiguous ones ("05/06/2025")
    are refused rather than guessed.
    """
    value = text.strip()
    if _ISO_DAY.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError as exc:
            return f"invalid date {value!r}: {exc}"
    unix = UNIX_TIME.fullmatch(value)
    if unix is not None:
        seconds = float(value) / (1000 if len(unix[1]) > 10 else 1)
        return dt.datetime.fromtimestamp(seconds, dt.UTC).date()
    numeric = _AMBIGUOUS.match(value)
    dotted = numeric is not None and numeric[2] == "."
    if (
        numeric
        and not dotted
        and numeric[1] != numeric[3]
        and max(map(int, numeric.group(1, 3))) <= 12
    ):
        return f"ambiguous date {value!r} (day and month could be swapped; use YYYY-MM-DD)"
    parsed: list[dt.date] = []
    for default in _DATEUTIL_DEFAULTS:
        try:
            # The day as written: a zone changes no date (and dateutil warns of zone names).
            day = dateutil_parser.parse(value, default=default, dayfirst=dotted, ignoretz=True)
            parsed.append(day.date())
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


_NAMED_DAY = re.compile(
    r"(?<![0-9])((?:19|20)[0-9]{2})([-_.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12][0-9]|3[01])(?![0-9])"
)
"""A day in a file name or a web address as archives and sites write it: 2016-09-12,
2016_09_12, 20160912."""
_FOLDER_PARTS = (re.compile(r"(?:19|20)[0-9]{2}"), re.compile(r"[0-9]{2}"), re.compile(r"[0-9]{2}"))
"""Year, month and day folders (``2016/09/12/story.txt``, ``/2016/09/12/us/story.html``)."""


def path_date(path: Path, *, today: dt.date | None = None) -> dt.date | None:
    """The day a file's name or its folders give (:func:`_named_day`), for a story that gives
    none itself; None when they give none (or an impossible one)."""
    return _named_day(path.stem, path.parent.parts, today=today)


def url_date(url: str | None, *, today: dt.date | None = None) -> dt.date | None:
    """The day a story's web address gives (``/2016/09/12/us/story.html``,
    ``/news/story-20160912``), for a page or feed item that gives none itself."""
    if not url:
        return None
    parts = [part for part in urlsplit(url).path.split("/") if part]
    if not parts:
        return None
    return _named_day(parts[-1].rpartition(".")[0] or parts[-1], parts[:-1], today=today)


def _named_day(
    name: str, folders: Sequence[str], *, today: dt.date | None = None
) -> dt.date | None:
    """The day in a file's or page's ``name`` (2016-09-12, 20160912), else in the last run of
    year/month/day ``folders``, else in the last folder named by a day; None when none is, or
    when it is no possible article date."""
    numbers = _day_numbers(name, folders)
    if numbers is None:
        return None
    try:
        date = dt.date(*map(int, numbers))
    except ValueError:
        return None
    return date if date_problem(date, today=today) is None else None


def _day_numbers(name: str, folders: Sequence[str]) -> Sequence[str] | None:
    if found := _NAMED_DAY.search(name):
        return found[1], found[3], found[4]
    for i in range(len(folders) - 3, -1, -1):
        run = folders[i : i + 3]
        if all(p.fullmatch(f) for p, f in zip(_FOLDER_PARTS, run, strict=True)):
            return run
    for folder in reversed(folders):
        if whole := _NAMED_DAY.fullmatch(folder):
            return whole[1], whole[3], whole[4]
    return None
