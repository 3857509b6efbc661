"""TimeML documents (TempEval-3 TimeBank + AQUAINT) as gold mentioned dates, for date_eval.py.

Reads every ``.tml`` file under a folder (``shared/corpora/tempeval3-train``: ``TimeBank/`` and
``AQUAINT/``; see its SOURCE.md and README.txt). Nothing here imports newsindex.

* The article date is the document creation time: the ``TIMEX3`` with
  ``functionInDocument="CREATION_TIME"`` (its value's first ten characters).
* The text is the ``TEXT`` element with its markup removed; paragraphs are the blocks between
  blank lines (inner line breaks become spaces, so offsets stay those of the text).
* Gold: each ``TIMEX3`` of ``type="DATE"`` inside ``TEXT`` whose value is a calendar value,
  turned into a ``(start, end)`` range of days (:func:`value_range`): ``1998-03-14`` a day (also
  with a time of day, ``1998-03-14TNI``: "last night" is that day), ``1998-03`` a month, ``1998``
  a year, ``1998-Q1`` a quarter, ``1998-H2`` a half, ``1998-SU`` a season, ``1998-W11`` an ISO
  week (Monday to Sunday; ``1998-W11-WE`` its Saturday and Sunday), ``199`` or ``199X`` a decade,
  ``19`` or ``19XX`` a century. Values with unknown parts (``1998-XX``, ``XXXX-10-XX``),
  ``PRESENT_REF`` / ``PAST_REF`` / ``FUTURE_REF``, and every ``TIME``, ``DURATION`` and ``SET``
  expression are not gold; they are kept, typed, to explain false positives.
* Seasons: spring March-May, summer June-August, fall September-November, winter December to
  the end of February of the next year (meteorological, as newsindex resolves them).
* :func:`known_range`: what a value with unknown parts still says (``1989-WXX``: some week of
  1989), for ``date_eval.py`` to tell a prediction the gold leaves open from a wrong one.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "Document",
    "Paragraph",
    "Timex",
    "known_range",
    "read_folder",
    "read_tml",
    "value_range",
]

KINDS = ("day", "week", "month", "quarter/half/season", "year", "decade", "century")

_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _months(year: int, first: int, last: int) -> tuple[dt.date, dt.date]:
    """Months ``first``..``last`` of ``year``; months past 12 run into the next year."""
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    return dt.date(year, first, 1), _last_day(end_year, end_month)


def value_range(value: str) -> tuple[str, dt.date, dt.date] | None:
    """``(kind, start, end)`` of a TimeML DATE value, or None when it is no calendar value."""
    v = value.strip()
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T[\w:.]*)?", v):
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return "day", day, day
        if m := re.fullmatch(r"(\d{4})-W(\d{1,2})(-WE)?", v):
            year, week = int(m[1]), int(m[2])
            if m[3]:
                return (
                    "week",
                    dt.date.fromisocalendar(year, week, 6),
                    dt.date.fromisocalendar(year, week, 7),
                )
            return (
                "week",
                dt.date.fromisocalendar(year, week, 1),
                dt.date.fromisocalendar(year, week, 7),
            )
        if m := re.fullmatch(r"(\d{4})-(\d{2})", v):
            return "month", *_months(int(m[1]), int(m[2]), int(m[2]))
        if m := re.fullmatch(r"(\d{4})-Q([1-4])", v):
            q = int(m[2])
            return "quarter/half/season", *_months(int(m[1]), 3 * q - 2, 3 * q)
        if m := re.fullmatch(r"(\d{4})-H([12])", v):
            h = int(m[2])
            return "quarter/half/season", *_months(int(m[1]), 6 * h - 5, 6 * h)
        if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", v):
            first, last = _SEASONS[m[2]]
            return "quarter/half/season", *_months(int(m[1]), first, last)
        if m := re.fullmatch(r"(\d{4})", v):
            year = int(m[1])
            return "year", dt.date(year, 1, 1), dt.date(year, 12, 31)
        if m := re.fullmatch(r"(\d{3})X?", v):
            decade = int(m[1]) * 10
            return "decade", dt.date(decade, 1, 1), dt.date(decade + 9, 12, 31)
        if m := re.fullmatch(r"(\d{2})(?:XX)?", v):
            century = int(m[1]) * 100
            return "century", dt.date(max(century, 1), 1, 1), dt.date(century + 99, 12, 31)
    except ValueError:  # "1998-02-30", week 54
        return None
    return None


def known_range(value: str) -> tuple[dt.date, dt.date] | None:
    """The days the known part of a value with unknown parts pins down: ``1989-WXX`` is some
    week of 1989, ``1998-12-XX`` some day of December 1998; None for ``XXXX-10-XX``, ``P2Y``,
    ``PAST_REF`` (and for a calendar value: :func:`value_range` reads those)."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?-[WQHX][\w-]*", value.strip())
    if not m:
        return None
    year = int(m[1])
    if m[2] and 1 <= int(m[2]) <= 12:
        return _months(year, int(m[2]), int(m[2]))
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


@dataclass(frozen=True)
class Timex:
    """One TIMEX3 of the text: offsets in the document text, type, value, gold range if any."""

    start: int
    end: int
    text: str
    type: str
    value: str
    kind: str | None  # day, week, month ... for a gold DATE; None otherwise
    first: dt.date | None = None
    last: dt.date | None = None

    @property
    def gold(self) -> bool:
        return self.kind is not None

    @property
    def span(self) -> tuple[dt.date, dt.date]:
        """The gold range (only for a gold date)."""
        if self.first is None or self.last is None:
            raise ValueError(f"{self.text!r} ({self.type} {self.value}) is no gold date")
        return self.first, self.last


@dataclass
class Paragraph:
    start: int
    text: str
    timexes: list[Timex] = field(default_factory=list)

    @property
    def gold(self) -> list[Timex]:
        return [t for t in self.timexes if t.gold]


@dataclass
class Document:
    path: Path
    corpus: str
    date: dt.date
    text: str
    paragraphs: list[Paragraph]


def _flatten(
    element: ET.Element, parts: list[str], timexes: list[tuple[int, int, dict[str, str]]]
) -> None:
    if element.text:
        parts.append(element.text)
    for child in element:
        start = sum(map(len, parts))
        _flatten(child, parts, timexes)
        if child.tag == "TIMEX3":
            timexes.append((start, sum(map(len, parts)), dict(child.attrib)))
        if child.tail:
            parts.append(child.tail)


def read_tml(path: Path, corpus: str = "") -> Document:
    root = ET.parse(path).getroot()
    dct = next(
        (
            t.get("value", "")
            for t in root.iter("TIMEX3")
            if t.get("functionInDocument") == "CREATION_TIME"
        ),
        "",
    )
    if not re.match(r"\d{4}-\d{2}-\d{2}", dct):
        raise ValueError(f"{path}: no creation time")
    date = dt.date.fromisoformat(dct[:10])
    body = root.find("TEXT")
    if body is None:
        raise ValueError(f"{path}: no TEXT element")
    parts: list[str] = []
    found: list[tuple[int, int, dict[str, str]]] = []
    _flatten(body, parts, found)
    text = "".join(parts)
    timexes = []
    for start, end, attrib in found:
        kind_range = value_range(attrib.get("value", "")) if attrib.get("type") == "DATE" else None
        kind, first, last = kind_range if kind_range else (None, None, None)
        timexes.append(
            Timex(
                start,
                end,
                text[start:end],
                attrib.get("type", ""),
                attrib.get("value", ""),
                kind,
                first,
                last,
            )
        )
    paragraphs = []
    for m in re.finditer(r"(?:[^\n]|\n(?![ \t]*\n))+", text):
        block = m.group()
        stripped = block.strip()
        if not stripped:
            continue
        start = m.start() + len(block) - len(block.lstrip())
        para = Paragraph(start, stripped.replace("\n", " "))
        para.timexes = [t for t in timexes if start <= t.start < start + len(stripped)]
        paragraphs.append(para)
    return Document(path, corpus, date, text, paragraphs)


def read_folder(folder: Path) -> list[Document]:
    """Every ``.tml`` file under ``folder``, its corpus named by its first sub-folder."""
    docs = []
    for path in sorted(folder.rglob("*.tml")):
        rel = path.relative_to(folder)
        corpus = rel.parts[0] if len(rel.parts) > 1 else folder.name
        docs.append(read_tml(path, corpus))
    return docs
