"""Calendar ranges for date expressions, and the year of a period named without one.

The arithmetic behind :mod:`newsindex.nlp.dates`: each function turns the fields an expression
gives (a month, a weekday, a quarter number, a holiday ...) into a ``(start, end)`` range of days,
against the article date ``base`` where the expression names no year. Nothing here reads text.

Conventions (those of the TimeML gold that ``benchmarks/date_eval.py`` scores against):

* a week runs Monday to Sunday (ISO), its weekend is that Saturday and Sunday;
* quarters and halves are calendar ones (Q1 = January 1 to March 31, H2 = July to December),
  fiscal calendars are not known;
* seasons are meteorological, northern hemisphere: spring March to May, summer June to August,
  fall (autumn) September to November, winter December to the end of February, the winter of a
  year starting in its December;
* holidays are the US ones a US or international wire means (Thanksgiving is the fourth
  Thursday of November, Election Day the Tuesday after the first Monday of November, Mother's
  Day the second Sunday of May).

``how`` arguments say which occurrence of a yearly period is meant: ``past`` (the latest one
that has begun by the base), ``future`` (the first one not over by then), ``last`` / ``next``
(strictly before / after the base, not the one under way), ``this`` (the one under way, else
the nearest) or ``nearest`` (the one under way, else the next one if it begins within a few
months, else the latest past one: news reports more than it announces).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from typing import Literal

__all__ = [
    "HOLIDAYS",
    "Direction",
    "Span",
    "add_months",
    "ago",
    "century",
    "choose",
    "day",
    "decade",
    "ending",
    "half",
    "holiday",
    "holiday_in",
    "is_quarter",
    "latest_quarter",
    "month",
    "month_alone",
    "month_day",
    "quarter",
    "quarter_of",
    "relative_unit",
    "season",
    "week",
    "weekday",
    "weekend",
    "year",
    "year_before",
]

Direction = Literal["past", "future", "nearest"]
Span = tuple[dt.date, dt.date]


def day(d: dt.date) -> Span:
    return d, d


def month(year: int, number: int) -> Span:
    return dt.date(year, number, 1), dt.date(year, number, calendar.monthrange(year, number)[1])


def months(year: int, first: int, count: int) -> Span:
    """``count`` months from month ``first`` of ``year`` (running into the next year)."""
    start = dt.date(year, first, 1)
    last = add_months(start, count - 1)
    return start, month(last.year, last.month)[1]


def year(number: int) -> Span:
    return dt.date(number, 1, 1), dt.date(number, 12, 31)


def decade(first_year: int) -> Span:
    return dt.date(first_year, 1, 1), dt.date(first_year + 9, 12, 31)


def century(ordinal: int) -> Span:
    """The 20th century is 1900-1999 (the common reading, and the TimeML gold's)."""
    first = (ordinal - 1) * 100
    return dt.date(max(first, 1), 1, 1), dt.date(first + 99, 12, 31)


def week(d: dt.date) -> Span:
    monday = d - dt.timedelta(days=d.weekday())
    return monday, monday + dt.timedelta(days=6)


def weekend(d: dt.date) -> Span:
    """The Saturday and Sunday of ``d``'s week."""
    monday = week(d)[0]
    return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)


def weekend_nearest(d: dt.date) -> Span:
    """The Saturday and Sunday nearest ``d``: a holiday's weekend (Memorial Day's, a Monday,
    the one before it; Thanksgiving's the one after)."""
    saturday = d + dt.timedelta(days=(5 - d.weekday()) % 7)
    if (saturday - d).days > 3:
        saturday -= dt.timedelta(weeks=1)
    return saturday, saturday + dt.timedelta(days=1)


def quarter(year: int, number: int) -> Span:
    return months(year, 3 * number - 2, 3)


def half(year: int, number: int) -> Span:
    return months(year, 6 * number - 5, 6)


SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
"""The month each season starts in."""


def season(year: int, name: str) -> Span:
    return months(year, SEASONS[name], 3)


def add_months(d: dt.date, count: int) -> dt.date:
    index = d.year * 12 + d.month - 1 + count
    y, m = divmod(index, 12)
    return dt.date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def ending(last: dt.date, count: int, unit: str) -> Span:
    """The ``count`` weeks or months that end on ``last`` ("the four weeks ended Feb. 28",
    "the nine months ended Jan. 31": May 1 to January 31)."""
    if unit == "week":
        return last - dt.timedelta(weeks=count) + dt.timedelta(days=1), last
    if last == month(last.year, last.month)[1]:
        first = add_months(last.replace(day=1), 1 - count)
    else:
        first = add_months(last, -count) + dt.timedelta(days=1)
    return first, last


def year_before(span: Span) -> Span:
    """The same days a year earlier; a month's end stays its end (February 1988 ends on the
    29th)."""
    first, last = (add_months(d, -12) for d in span)
    if span[1] == month(span[1].year, span[1].month)[1]:
        last = month(last.year, last.month)[1]
    return first, last


def quarter_of(d: dt.date, shift: int = 0) -> Span:
    """The quarter that holds ``d``, or the one ``shift`` quarters on."""
    index = d.year * 4 + (d.month - 1) // 3 + shift
    return quarter(index // 4, index % 4 + 1)


def is_quarter(first: dt.date, last: dt.date) -> bool:
    """Whether the range is one calendar quarter."""
    return first.day == 1 and first.month % 3 == 1 and (first, last) == quarter_of(first)


def latest_quarter(base: dt.date) -> tuple[int, int]:
    """``(year, number)`` of the last quarter that ended before ``base``: the one an earnings
    story dated ``base`` reports."""
    current = (base.month - 1) // 3 + 1
    return (base.year, current - 1) if current > 1 else (base.year - 1, 4)


# ---------------------------------------------------------------------------------------------
# Which occurrence: the year of a period named without one


def _months_ahead(base: dt.date, start: dt.date) -> int:
    return (start.year - base.year) * 12 + start.month - base.month


def choose(
    base: dt.date,
    of_year: Callable[[int], Span],
    how: str,
    slack: dt.timedelta = dt.timedelta(0),
) -> Span:
    """The occurrence of a yearly period (``of_year(y)`` is the one of year ``y``) that ``how``
    names; ``nearest`` takes a coming one only if it starts within two months (as a month named
    alone: "the run-up to Election Day", written in September), ``future`` one that ended up to
    ``slack`` before the base."""
    spans = []
    for y in (base.year - 2, base.year - 1, base.year, base.year + 1, base.year + 2):
        try:
            spans.append(of_year(y))
        except ValueError:  # beyond the calendar, or February 29
            continue
    under_way = [s for s in spans if s[0] <= base <= s[1]]
    before = [s for s in spans if s[1] < base]
    after = [s for s in spans if s[0] > base]
    if how == "last":
        return _one(before, -1)
    if how == "next":
        return _one(after, 0)
    if how == "past":
        return _one([s for s in spans if s[0] <= base], -1)
    if how == "future":
        return _one([s for s in spans if s[1] >= base - slack], 0)
    if under_way:
        return under_way[0]
    if how == "this":
        return min(_one(before, -1), _one(after, 0), key=lambda s: _gap(base, s))
    if after and 0 <= _months_ahead(base, after[0][0]) <= 2:
        return after[0]
    return _one(before, -1)


def _one(spans: list[Span], index: int) -> Span:
    if not spans:
        raise ValueError("beyond the calendar")
    return spans[index]


def _gap(base: dt.date, span: Span) -> int:
    return max((span[0] - base).days, (base - span[1]).days)


SLACK = dt.timedelta(days=14)
"""How far a "future" month-day may lie before the base (and a "past" one after it): wires
are filed late and a sentence written on Monday is dated Tuesday."""


def month_day(base: dt.date, number: int, day_of_month: int, how: Direction) -> dt.date | None:
    """The ``number``/``day_of_month`` (no year given) nearest ``base`` in the direction."""
    candidates = []
    for y in (base.year - 1, base.year, base.year + 1):
        try:
            candidates.append(dt.date(y, number, day_of_month))
        except ValueError:
            continue
    if how == "future":
        candidates = [c for c in candidates if c >= base - SLACK]
        return min(candidates, default=None)
    if how == "past":
        candidates = [c for c in candidates if c <= base + SLACK]
        return max(candidates, default=None)
    return min(candidates, key=lambda c: (abs((c - base).days), c > base), default=None)


def month_alone(base: dt.date, number: int, how: str) -> Span:
    """A month named without a year (``how`` as in :func:`choose`, with the arithmetic done
    directly: months are the commonest case; ``this`` is the base's year). In a future clause
    the month just ended is still that one, not the one eleven months on: its figures are
    what is to come ("February's figures are expected to show a fall", written in March)."""
    how = "nearest" if how == "planned" else how  # "was scheduled for January"
    later, earlier = number > base.month, number < base.month
    just_ended = (base.month - number) % 12 == 1
    if how in ("past", "last"):
        year = base.year - (later or (how == "last" and number == base.month))
    elif how == "future" and just_ended:
        year = base.year - later  # December, written in January: the year before
    elif how in ("future", "next"):
        year = base.year + (earlier or (how == "next" and number == base.month))
    elif how == "nearest" and 0 < (number - base.month) % 12 <= 2:
        year = base.year + earlier  # begins within two months: "the case is heard in May"
    elif how == "nearest":
        year = base.year - later
    else:
        year = base.year
    return month(year, number)


def weekday(base: dt.date, number: int, how: str) -> dt.date:
    """A weekday named alone (Monday is 0); ``this`` is the one of the base's week, ``nearest``
    the one within three days."""
    delta = number - base.weekday()
    if how == "this":
        return base + dt.timedelta(days=delta)
    back = -delta % 7
    if how in ("future", "next") or (how == "nearest" and back > 3):
        ahead = delta % 7
        if how == "next" and ahead == 0:
            ahead = 7
        return base + dt.timedelta(days=ahead)
    if how == "last" and back == 0:
        back = 7
    return base - dt.timedelta(days=back)


def relative_unit(base: dt.date, rel: str, unit: str) -> Span:
    """``this`` / ``last`` / ``next`` ``week`` / ``weekend`` / ``month`` / ``year`` /
    ``decade`` (calendar ones: ``last decade``, written in 1998, is the 1980s)."""
    step = {"last": -1, "this": 0, "next": 1}[rel]
    if unit == "decade":
        return decade(base.year // 10 * 10 + 10 * step)
    if unit == "week":
        return week(base + dt.timedelta(weeks=step))
    if unit == "weekend":
        return weekend(base + dt.timedelta(weeks=step))
    if unit == "month":
        shifted = add_months(base, step)
        return month(shifted.year, shifted.month)
    return year(base.year + step)


def ago(base: dt.date, count: int, unit: str) -> Span:
    """The day, week, month or year that holds ``base`` minus ``count`` units."""
    if unit == "day":
        return day(base - dt.timedelta(days=count))
    if unit == "week":
        return week(base - dt.timedelta(weeks=count))
    if unit == "month":
        then = add_months(base, -count)
        return month(then.year, then.month)
    return year(base.year - count)


# ---------------------------------------------------------------------------------------------
# Holidays


def _easter(y: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month_number, day_number = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(y, month_number, day_number + 1)


def _nth_weekday(y: int, month_number: int, number: int, nth: int) -> dt.date:
    """The ``nth`` (1-based; -1 for the last) weekday ``number`` of a month."""
    if nth > 0:
        first = dt.date(y, month_number, 1)
        return first + dt.timedelta(days=(number - first.weekday()) % 7 + 7 * (nth - 1))
    last = month(y, month_number)[1]
    return last - dt.timedelta(days=(last.weekday() - number) % 7)


HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "christmas": lambda y: dt.date(y, 12, 25),
    "christmas day": lambda y: dt.date(y, 12, 25),
    "christmas eve": lambda y: dt.date(y, 12, 24),
    "new year's day": lambda y: dt.date(y, 1, 1),
    "new year's eve": lambda y: dt.date(y, 12, 31),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4),
    "easter": _easter,
    "easter sunday": _easter,
    "easter monday": lambda y: _easter(y) + dt.timedelta(days=1),
    "good friday": lambda y: _easter(y) - dt.timedelta(days=2),
    "halloween": lambda y: dt.date(y, 10, 31),
    "valentine's day": lambda y: dt.date(y, 2, 14),
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
    "veterans day": lambda y: dt.date(y, 11, 11),
    "election day": lambda y: _nth_weekday(y, 11, 0, 1) + dt.timedelta(days=1),
    "martin luther king day": lambda y: _nth_weekday(y, 1, 0, 3),
    "presidents day": lambda y: _nth_weekday(y, 2, 0, 3),
    "st. patrick's day": lambda y: dt.date(y, 3, 17),
    "columbus day": lambda y: _nth_weekday(y, 10, 0, 2),
    "boxing day": lambda y: dt.date(y, 12, 26),
    "may day": lambda y: dt.date(y, 5, 1),
    "ash wednesday": lambda y: _easter(y) - dt.timedelta(days=46),
    "palm sunday": lambda y: _easter(y) - dt.timedelta(days=7),
    "bastille day": lambda y: dt.date(y, 7, 14),
    "canada day": lambda y: dt.date(y, 7, 1),
    "australia day": lambda y: dt.date(y, 1, 26),
    "black friday": lambda y: _nth_weekday(y, 11, 3, 4) + dt.timedelta(days=1),
    "mother's day": lambda y: _nth_weekday(y, 5, 6, 2),
    "father's day": lambda y: _nth_weekday(y, 6, 6, 3),
    "independence day": lambda y: dt.date(y, 7, 4),
    "holy week": _easter,
    "easter week": _easter,
}
"""Holidays by lower-case name, each a function of the year (a day of the week for those in
:data:`HOLIDAY_WEEKS`)."""
HOLIDAY_WEEKS = frozenset({"holy week", "easter week"})
"""Holidays that are a week: the one that ends on Easter Sunday ("Easter week" as American
news uses it: "as Easter week began", on Palm Sunday)."""


def holiday_in(name: str, year_number: int) -> Span:
    """The holiday ``name`` of a year: its day, or its week."""
    d = HOLIDAYS[name](year_number)
    return week(d) if name in HOLIDAY_WEEKS else day(d)


def holiday(base: dt.date, name: str, how: str) -> Span:
    return choose(base, lambda y: holiday_in(name, y), how)
