"""Dates mentioned in news text, resolved to calendar ranges against the article date.

``find_dates(text, base)`` returns one :class:`~newsindex.articles.DateSpan` per expression; a
day has ``start == end``, a week, month, year or decade is a range. ``parse_date_filter`` reads the
date a user types in a query or on the command line.

What counts, and how it resolves (precision first: a missed date costs a little recall, a wrong
one puts a passage under the wrong day):

* Explicit days: ``1987-03-02``, ``26-FEB-1987``, ``May 6, 2025``, ``Feb. 26``, ``April One``,
  ``6 May 2025``, ``Friday, April 3``, ``January 14 this year``; ``March 2-4`` is a range.
  Without a year, a month-day takes the year that puts it nearest the article date, unless the
  wording decides: a future cue nearest before it in the sentence (``will``, ``be``, ``due``,
  ``payable``, ``until`` ...; or ``will``/``could`` ... just after it) takes the first such day
  from two weeks before the base on, a past cue (``was``, ``ended``, ``since``, or a participle
  right before it: ``ordered January one``) the last one up to two weeks after the base.
* Months: ``March 1987``, ``November, 1986``; a month name alone only after a time preposition
  or qualifier (``in March``, ``since January``, ``by August``, ``last October``, ``mid-March``,
  ``the end of January``), never as a modifier (``the March contract``, ``May delivery``) or a
  name (``Theresa May``, ``May Department Stores``). Without a year it is the latest such month
  on or before the base month, or the next one from it on when the wording is future.
  Qualifiers (early, mid, late, end of) are not resolved: ``mid-March`` is March. Lists share
  the cue and a trailing year: ``in June, July and August``, ``in January and June 1986``.
* Years: only with a cue (``in 1986``, ``since 1985``, ``by 1990``, ``for 1986``, ``late
  1988``, ``calendar 1986``, ``the end of 1987``, ``notes due 1997``, ``from 1972 to 1980``)
  and never as a label (``in 1987 3rd qtr``, ``from 1985's 58 mln``), a crop or fiscal year
  (``1986/87``, ``fiscal 1987``) or an amount (``1987 dlrs``). Decades: ``the 1980s``.
* Relative days: ``today``, ``tonight``, ``this morning``, ``later today`` are the base;
  ``yesterday`` and ``last night`` the day before; ``tomorrow`` the day after. ``USA Today`` and
  other capitalised names are not dates.
* Weekdays: the latest such day on or before the base, or the first on or after it when the
  wording is future (``will ... on Tuesday``, ``due Thursday``); ``last Friday`` is strictly
  before the base, ``next Tuesday`` strictly after, ``this Tuesday`` in the base's week,
  ``Friday of last week`` in that week. ``each Tuesday``, ``Good Friday`` and ``the Sunday
  Times`` are not dates.
* ``this/last/next week|month|year`` are calendar ranges (a week runs Monday to Sunday);
  ``earlier this week|month|year`` runs from its start to the base, ``later this ...`` from the
  base to its end; ``this/last/next weekend`` is that week's Saturday and Sunday. ``the next
  week`` and ``the past year`` are durations, not dates.
* ``N days|weeks|months|years ago`` (also ``a year ago`` and the wire's ``week ago``) is the
  day, ISO week, month or year that contains the base minus N units.
* Not dates: quarters and halves, seasons, holidays, fiscal years, ``a year earlier``.

Relative expressions, and month names or month-days without a year, need a base date; with
``base=None`` they are skipped and only fully explicit dates are returned.

Speed: one cheap regular expression finds the date words ("anchors"); passages without any are
done, and the full grammar is only tried at the few word starts just before each anchor (see
``benchmarks/date_eval.py``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Literal

from ..articles import DateSpan
from ..errors import InvalidFilterError
from .lexicon import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS, wordset

__all__ = ["find_dates", "locate_dates", "parse_date_filter"]

Direction = Literal["past", "future", "nearest"]

_MONTHS = {name: i for i, name in enumerate(MONTHS, 1)}
_MONTHS |= {a: _MONTHS[m] for a in sorted(MONTH_ABBREVIATIONS) for m in MONTHS if m.startswith(a)}
_WEEKDAYS = {name: i for i, name in enumerate(WEEKDAYS)}
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "twenty": 20,
    "thirty": 30,
}  # fmt: skip


def _cased(words: list[str]) -> str:
    """Title-case and upper-case forms only: "may" and "march" in lower case are not months."""
    return "|".join(w.capitalize() for w in words) + "|" + "|".join(w.upper() for w in words)


_MONTH_FULL = _cased(list(MONTHS))
_MONTH_ABBR = _cased(sorted(MONTH_ABBREVIATIONS))
_MONTH_3 = "|".join(name[:3] for name in MONTHS)  # "26-FEB-1987"
_MONTH = rf"(?:(?:{_MONTH_FULL})\b|(?:{_MONTH_ABBR})\b\.?)"
_WEEKDAY = rf"(?:{_cased(list(_WEEKDAYS))})"
_DAY_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_DAY_NUM = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d])(?![.,:]\d)"
_DAY = rf"(?:{_DAY_NUM}|(?:{'|'.join(_DAY_WORDS)}|{_cased(_DAY_WORDS)})\b)"
_YEAR = r"(?:1[89]\d\d|20\d\d)(?![\d/])(?!-\d\d(?!\d))(?![.,]\d)(?!s\b)"
_CUE = r"in|since|by|until|till|through|throughout|from|during|before|after|around|between"
"""Time prepositions that make a bare month or year a date. "for" and "due" only for years: "for
May delivery" names a contract, "for 1986" a period, "notes due 1997" a maturity."""
_CHAIN = r"and|or|to|through|until|-"
_PERIOD_OF = (
    r"(?:end|beginning|start|middle|rest|remainder|month|part|half|course"
    r"|(?:first|second|last|final)\s+(?:half|week|weeks|days|part))\s+of"
)

_GRAMMAR = re.compile(
    rf"""
    (?P<iso>\b(?P<iso_y>\d{{4}})-(?P<iso_m>\d\d)-(?P<iso_d>\d\d)\b)
  | (?P<dmy>\b(?P<dmy_d>\d{{1,2}})-(?P<dmy_m>(?i:{_MONTH_3}))
        -(?P<dmy_y>\d{{4}})\b)
  | (?P<md>
        (?:\b(?P<m_cue>(?i:{_CUE}|{_CHAIN}))\s+)?(?P<m_the>\b(?i:the)\s+)?
        (?P<m_body>
          (?P<m_q>\b(?i:{_PERIOD_OF})\s+|(?<![\w-])(?i:early|mid|late|end)(?:-\s*|\s+)
              |(?P<m_rel>(?i:last|next|this(?:\s+past)?|past))\s+)?
          (?:(?P<m_wd>{_WEEKDAY}),?\s+)?
          (?P<m_mon>{_MONTH})
          (?:\s+(?P<m_day>{_DAY})(?:\s*(?:-|to)\s*(?P<m_day2>{_DAY_NUM}))?)?
          (?:,?\s+(?P<m_year>{_YEAR})|\s+(?P<m_yrel>(?i:this|last|next))\s+year\b)?
        )
    )
  | (?P<dm>(?<![\d.,$/-])\b(?P<dm_d>{_DAY_NUM})\s+(?:of\s+)?(?P<dm_m>{_MONTH})
        (?:,?\s+(?P<dm_y>{_YEAR}))?)
  | (?P<dec>\b(?:(?i:early|mid|late)[-\s]+)?(?P<dec_y>1[89]\d0|20\d0)'?s\b)
  | (?P<yr>
        (?:\b(?P<y_cue>(?i:{_CUE}|for|due|of|{_CHAIN}))\s+)?
        (?P<y_body>(?:(?P<y_q>\b(?i:early|mid|late|end|year-end|calendar)(?:-\s*|\s+))
            |(?<![\w,.$-]))(?P<y_y>{_YEAR}))
    )
  | (?P<rd>\b(?i:(?:(?:earlier|later|late|early)\s+)?(?P<rd_w>today|tonight|yesterday|tomorrow)
        |this\s+(?:morning|afternoon|evening)|(?P<rd_ln>last\s+night))\b)
  | (?P<ru>\b(?i:(?P<ru_q>earlier|later|early|late)\s+)?(?P<ru_rel>(?i:this|last|next))\s+
        (?P<ru_u>(?i:week|weekend|month|year))\b)
  | (?P<ago>\b(?:(?<![\d,.])(?P<ago_n>\d{{1,3}}|(?i:{"|".join(_NUMBERS)}))\s+)?
        (?P<ago_u>(?i:day|week|month|year))(?P<ago_pl>s)?\s+(?i:ago)\b)
  | (?P<wd>\b(?:(?P<wd_rel>(?i:last|next|this(?:\s+past)?|past))\s+)?(?P<wd_d>{_WEEKDAY})(?!s\b)
        (?:\s+(?i:morning|afternoon|evening|night)\b)?)
    """,
    re.VERBOSE,
)

_ANCHOR = re.compile(
    r"(?:J(?:an|u[nl]|AN|U[NL])|F(?:eb|ri|EB|RI)|M(?:a[ry]|on|orning|A[RY]|ON)|A(?:pr|ug|PR|UG)"
    r"|S(?:ep|at|un|EP|AT|UN)|O(?:ct|CT)|N(?:ov|ight|OV|IGHT)|D(?:ec|ays?\b|EC|AYS?\b)"
    r"|T(?:ue|hu|o(?:day|night|morrow)|UE|HU|O(?:DAY|NIGHT|MORROW))|W(?:ed|eek|ED|EEK)"
    r"|Y(?:e(?:ar|sterday)|E(?:AR|STERDAY))|t(?:o(?:day|night|morrow))|y(?:e(?:ar|sterday))"
    r"|n(?:ight)|w(?:eek)|m(?:onth|orning)|d(?:ays?\b)|a(?:fternoon)|e(?:vening)"
    r"|1[89][0-9][0-9]|20[0-9][0-9])[a-zA-Z]*"
)
"""Every expression the grammar accepts contains one of these words; most passages have none,
and the full grammar is only tried just before each one (cheap: one scan plus a few matches).
Every alternative starts with a literal character, which lets the regular expression engine
skip quickly over text that cannot start one."""
_ANCHOR_WORDS = frozenset(
    [*_MONTHS, *_WEEKDAYS, "today", "tonight", "tomorrow", "yesterday", "night", "nights",
     "week", "weeks", "weekend", "month", "months", "year", "years", "morning", "afternoon",
     "evening", "day", "days"]
)  # fmt: skip
_WORD_START = re.compile(r"\b\w")

_AMOUNT_AFTER = re.compile(
    r"\s*(?:pct|percent|%|dlrs?|dollars?|cts|mln|bln|billion|million|tonnes?|tons?|shares?|stg"
    r"|yen|marks|francs|points?|pts|barrels?|bpd|bushels?|ounces?|units?|lbs?|feet|miles|acres"
    r")\b",
    re.IGNORECASE,
)
_LABEL_AFTER = re.compile(
    r"[\s-]*(?:1st|2nd|3rd|4th|first|second|third|fourth|fiscal|qtrs?|quarters?|half|halves"
    r"|nine|six|three|twelve|mths|months)\b",
    re.IGNORECASE,
)
"""A year followed by these is a reporting-period label ("in 1987 3rd qtr"), not a date."""
_PRODUCT_AFTER = re.compile(
    r"\s+(?:deliver(?:y|ies)|shipments?|loadings?|contracts?|futures|options|positions?"
    r"|arrivals?|forwards?|calls?|puts?)\b",
    re.IGNORECASE,
)
_SHARED_YEAR = re.compile(
    rf"\s*(?:,|and|or|to|through|-)\s*{_MONTH}(?:\s+{_DAY_NUM})?,?\s+(?P<year>{_YEAR})"
)
_OF_AFTER = re.compile(r"\s+of\b")
_OF_WEEK = re.compile(r"\s+of\s+(?P<rel>(?i:last|next|this))\s+week\b")
_NAME_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+|[A-Z]{2,}\b)")
_NAME_MONTHS = frozenset({"april", "may", "june", "august"})
"""Months that are also names: "in May Department Stores", "by August Busch"."""
_DATE_WORD = re.compile(rf"{_MONTH}|{_WEEKDAY}|(?i:today|tomorrow|yesterday|tonight|night)\b")
_HOLIDAY_BEFORE = re.compile(
    r"(?:Good|Easter|Black|Ash|Holy|Maundy|Palm|Super|Cyber|Whit|Shrove|Bloody|Blue|Mail on"
    r"|Independent on)\s+$"
)
_PERIOD_NOUN_BEFORE = re.compile(
    r"(?:end|beginning|start|middle|rest|remainder|part|half|quarter|months|weeks|course"
    r"|spring|summer|autumn|fall|winter)\s+$",
    re.IGNORECASE,
)
_SENTENCE_BREAK = re.compile(r"[.!?;:]\s+(?=[\"'“‘(]*[A-Z])|[\n\"“”]")
_WORD = re.compile(r"[A-Za-z']+")


_FUTURE_CUES = wordset(
    "will 'll shall would be could might may should must expected expects expect scheduled due "
    "plans plan planned planning intends intend intended hopes hope aims seeks wants poised "
    "likely unlikely upcoming next later until till payable ending effective starting "
    "beginning tomorrow"
)
"""Words that, nearest before a date in its sentence, put it on or after the article date."""
_PAST_CUES = wordset(
    "was were had did ago since last earlier previously ended announced reported closed began "
    "agreed"
)
"""Not "said": the reporting verb does not date the clause ("said it is calling ... on May 1")."""
_FUTURE_AFTER = wordset("will shall 'll would could may might should must due expected scheduled")
"""The same within the next few words of the sentence: "In June the ICCO is due to ..."."""
_STOP_AFTER = _PAST_CUES | wordset("said says told that which who because if but and as")
_PASSIVE = wordset("be been being")
_CUES = frozenset(_CUE.split("|"))
_YEAR_CUES = _CUES | {"for", "due"}
_CHAINS = frozenset(_CHAIN.split("|"))


# ---------------------------------------------------------------------------------------------
# Calendar arithmetic


def _day(d: dt.date) -> tuple[dt.date, dt.date]:
    return d, d


def _month(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _year(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _week(d: dt.date) -> tuple[dt.date, dt.date]:
    monday = d - dt.timedelta(days=d.weekday())
    return monday, monday + dt.timedelta(days=6)


def _add_months(d: dt.date, months: int) -> dt.date:
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


_SLACK = dt.timedelta(days=14)
"""How far a "future" month-day may lie before the base (and a "past" one after it): wires
are filed late and a sentence written on Monday is dated Tuesday."""


def _month_day(base: dt.date, month: int, day: int, direction: Direction) -> dt.date | None:
    """The ``month``/``day`` (no year given) nearest ``base`` in the given direction."""
    candidates = []
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    if direction == "future":
        candidates = [c for c in candidates if c >= base - _SLACK]
        return min(candidates, default=None)
    if direction == "past":
        candidates = [c for c in candidates if c <= base + _SLACK]
        return max(candidates, default=None)
    return min(candidates, key=lambda c: (abs((c - base).days), c > base), default=None)


def _month_alone(base: dt.date, month: int, how: str) -> tuple[dt.date, dt.date]:
    """A month named without a year; ``how`` is past, future, last, next or this."""
    year = base.year
    if (how == "past" and month > base.month) or (how == "last" and month >= base.month):
        year -= 1
    elif (how == "future" and month < base.month) or (how == "next" and month <= base.month):
        year += 1
    return _month(year, month)


def _weekday(base: dt.date, weekday: int, how: str) -> dt.date:
    """A weekday named alone; ``how`` is past, future, last, next or this (same ISO week)."""
    delta = weekday - base.weekday()
    if how == "this":
        return base + dt.timedelta(days=delta)
    if how in ("future", "next"):
        ahead = delta % 7
        if how == "next" and ahead == 0:
            ahead = 7
        return base + dt.timedelta(days=ahead)
    back = -delta % 7
    if how == "last" and back == 0:
        back = 7
    return base - dt.timedelta(days=back)


def _relative_unit(
    base: dt.date, rel: str, unit: str, qualifier: str | None
) -> tuple[dt.date, dt.date]:
    step = {"last": -1, "this": 0, "next": 1}[rel]
    if unit == "week":
        start, end = _week(base + dt.timedelta(weeks=step))
    elif unit == "weekend":
        monday = _week(base + dt.timedelta(weeks=step))[0]
        start, end = monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
    elif unit == "month":
        shifted = _add_months(base, step)
        start, end = _month(shifted.year, shifted.month)
    else:
        start, end = _year(base.year + step)
    if rel == "this" and qualifier == "earlier":
        return start, base
    if rel == "this" and qualifier == "later":
        return base, end
    return start, end


def _ago(base: dt.date, n: int, unit: str) -> tuple[dt.date, dt.date]:
    if unit == "day":
        return _day(base - dt.timedelta(days=n))
    if unit == "week":
        return _week(base - dt.timedelta(weeks=n))
    if unit == "month":
        then = _add_months(base, -n)
        return _month(then.year, then.month)
    return _year(base.year - n)


# ---------------------------------------------------------------------------------------------
# Context: what the words around an expression say


def _clause_before(text: str, start: int) -> list[str]:
    """Up to twelve words before ``start`` in the same sentence, nearest first."""
    window = text[max(0, start - 100) : start]
    breaks = list(_SENTENCE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end() :]
    return [w if w == "May" else w.lower() for w in _WORD.findall(window)][::-1][:12]


def _tense(text: str, start: int, end: int) -> Direction:
    """Future or past by the nearest decisive word before the expression, else nearest."""
    before = _clause_before(text, start)
    for i, word in enumerate(before):
        if word in _FUTURE_CUES:
            return "future"
        if word in _PAST_CUES:
            return "past"
        # A past participle right before the date ("ordered January one", "announced on
        # March 6") dates it, unless it is a passive ("will be listed on May 18").
        passive = i + 1 < len(before) and before[i + 1] in _PASSIVE
        if i < 2 and word.endswith("ed") and len(word) > 4 and not passive:
            return "past"
    if text.startswith("'s", end):
        return "nearest"  # "Monday's voting should boost ...": that verb is not the day's
    window = text[end : end + 60]
    stop = _SENTENCE_BREAK.search(window)
    for word in _WORD.findall(window[: stop.start()] if stop else window)[:6]:
        word = word if word == "May" else word.lower()
        if word in _FUTURE_AFTER:
            return "future"
        if word in _STOP_AFTER or word.endswith("ed"):
            break
    return "nearest"


def _is_sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?:;\n—–-"


def _preceded_by(text: str, start: int, words: frozenset[str]) -> bool:
    before = _WORD.findall(text[max(0, start - 20) : start])
    return bool(before) and before[-1].lower() in words


_THE = frozenset({"the", "a", "an", "each", "every", "that"})
_EVERY = frozenset({"each", "every"})
_TIME_PREPS = frozenset({"on", "last", "next", "this", "by", "until", "till", "since", "early"})


# ---------------------------------------------------------------------------------------------
# The scanner


def locate_dates(text: str, base: dt.date | None) -> list[tuple[int, int, DateSpan]]:
    """Each date expression in ``text`` with its character offsets, in text order."""
    found: list[tuple[int, int, DateSpan]] = []
    done = 0
    last_kind = ""
    for anchor in _ANCHOR.finditer(text):
        at = anchor.start()
        word = anchor.group()
        if at < done or not (word[0].isdigit() or word.lower().rstrip("s") in _ANCHOR_WORDS):
            continue
        m = _match_around(text, at, done)
        if m is None:
            continue
        done = m.end()
        kind = m.lastgroup
        # A list continues a date of its own family: "in June, July and August", "1972 to 1980".
        family = "yr" if kind == "yr" else "md"
        chained = (
            bool(found) and last_kind == family and not text[found[-1][1] : m.start()].strip(" ,/")
        )
        result = _resolve(m, kind, text, base, chained)
        if result is not None:
            start, end, (first, last) = result
            found.append((start, end, DateSpan(first, last, text[start:end])))
            done = max(done, end)
            last_kind = "yr" if kind == "yr" else "md" if kind in ("md", "dm") else ""
    return found


def _match_around(text: str, anchor: int, floor: int) -> re.Match[str] | None:
    """The grammar's leftmost match covering the anchor, starting at most three words before."""
    starts = [w.start() for w in _WORD_START.finditer(text, max(floor, anchor - 40), anchor)]
    for pos in [*starts[-3:], anchor]:
        m = _GRAMMAR.match(text, pos)
        if m is not None and m.end() > anchor:
            return m
    return None


def find_dates(text: str, base: dt.date | None) -> list[DateSpan]:
    """The dates ``text`` mentions, resolved against the article date ``base`` (see module doc)."""
    return [span for _, _, span in locate_dates(text, base)]


Resolved = tuple[int, int, tuple[dt.date, dt.date]]


def _resolve(
    m: re.Match[str], kind: str | None, text: str, base: dt.date | None, chained: bool
) -> Resolved | None:
    try:
        if kind == "iso":
            d = dt.date(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))
            return m.start(), m.end(), _day(d)
        if kind == "dmy":
            d = dt.date(int(m["dmy_y"]), _MONTHS[m["dmy_m"].lower()], int(m["dmy_d"]))
            return m.start(), m.end(), _day(d)
        if kind == "md":
            return _resolve_month(m, text, base, chained)
        if kind == "dm":
            return _resolve_day_month(m, text, base)
        if kind == "dec":
            year = int(m["dec_y"])
            return m.start(), m.end(), (dt.date(year, 1, 1), dt.date(year + 9, 12, 31))
        if kind == "yr":
            return _resolve_year(m, text, chained)
        if base is None:
            return None
        if kind == "rd":
            return _resolve_relative_day(m, text, base)
        if kind == "ru":
            return _resolve_relative_unit(m, text, base)
        if kind == "ago":
            return _resolve_ago(m, text, base)
        if kind == "wd":
            return _resolve_weekday(m, text, base)
    except (ValueError, OverflowError):  # February 30, or beyond the calendar's range
        return None
    return None


def _relative_word(word: str | None) -> str:
    """last, next, this or "" ("this past May" is last May)."""
    word = " ".join((word or "").lower().split())
    return "last" if word.endswith("past") else word


def _day_number(word: str) -> int:
    word = word.lower()
    if word in _NUMBERS:
        return _NUMBERS[word]
    return int(word.rstrip("stndrh"))


def _resolve_month(
    m: re.Match[str], text: str, base: dt.date | None, chained: bool
) -> Resolved | None:
    month = _MONTHS[m["m_mon"].rstrip(".").lower()]
    start, end = m.start("m_body"), m.end()
    cue = (m["m_cue"] or "").lower()
    year: int | None = int(m["m_year"]) if m["m_year"] else None
    if year is None and m["m_yrel"]:
        if base is None:
            return None
        year = base.year + {"last": -1, "this": 0, "next": 1}[m["m_yrel"].lower()]
    day_word = m["m_day"]
    if day_word and day_word.islower() and not _spelled_day_fits(text, m.end("m_day")):
        if year is not None:
            return None  # "in May one 1987 ..." is not worth guessing
        day_word, end = None, m.end("m_mon")  # "in May one analyst said": the month alone
    if day_word is not None:
        if _AMOUNT_AFTER.match(text, m.end("m_day2") if m["m_day2"] else m.end("m_day")) and not (
            m["m_year"] or m["m_yrel"]
        ):
            return None
        start = m.start("m_wd") if m["m_wd"] else m.start("m_mon")
        day = _day_number(day_word)
        last_day = int(m["m_day2"].rstrip("stndrh")) if m["m_day2"] else None
        if year is not None:
            first = dt.date(year, month, day)
        else:
            if base is None:
                return None
            found = _month_day(base, month, day, _tense(text, m.start(), end))
            if found is None:
                return None
            first = found
        last = first.replace(day=last_day) if last_day is not None else first
        if last < first:
            return None
        return start, end, (first, last)
    if year is not None:
        return start, end, _month(year, month)
    # A month name alone: only as a time adverbial, and never an abbreviation.
    name = m["m_mon"].lower()
    if name != MONTHS[month - 1] or m["m_wd"]:
        return None
    after = m.end("m_mon")
    if _PRODUCT_AFTER.match(text, after) or text.startswith("'s", after):
        return None  # "May delivery", "January's rise": labels, not times
    if name in _NAME_MONTHS:
        follower = _NAME_AFTER.match(text, after)
        if follower and not _DATE_WORD.match(follower.group().lstrip()):
            return None
    if m["m_the"] and not m["m_q"]:
        return None  # "in the September surplus": a label
    shared = _SHARED_YEAR.match(text, after)
    if shared:  # "in January and June 1986"
        return start, m.end("m_mon"), _month(int(shared["year"]), month)
    rel = _relative_word(m["m_rel"])
    if rel:
        how = rel
    elif m["m_q"] or cue in _CUES or (chained and (not cue or cue in _CHAINS)):
        how = "future" if cue in ("by", "until", "till") else _tense(text, m.start(), m.end())
        how = "future" if how == "future" else "past"
    else:
        return None
    if base is None:
        return None
    return start, end, _month_alone(base, month, how)


_SPELLED_DAY_FOLLOWERS = wordset(
    "to that and or at in on for the from through until with when while is was will of by"
)


def _spelled_day_fits(text: str, end: int) -> bool:
    """A lower-case spelled day ("January one") must end the phrase: "in May one analyst" no."""
    rest = text[end : end + 16].lstrip()
    if not rest or not rest[0].isalnum():
        return True
    follow = _WORD.match(rest)
    return follow is not None and follow.group().lower() in _SPELLED_DAY_FOLLOWERS


def _resolve_day_month(m: re.Match[str], text: str, base: dt.date | None) -> Resolved | None:
    month = _MONTHS[m["dm_m"].rstrip(".").lower()]
    day = _day_number(m["dm_d"])
    if m["dm_y"]:
        return m.start(), m.end(), _day(dt.date(int(m["dm_y"]), month, day))
    if base is None or _PRODUCT_AFTER.match(text, m.end()):
        return None
    found = _month_day(base, month, day, _tense(text, m.start(), m.end()))
    return None if found is None else (m.start(), m.end(), _day(found))


def _resolve_year(m: re.Match[str], text: str, chained: bool) -> Resolved | None:
    cue = (m["y_cue"] or "").lower()
    qualified = bool(m["y_q"])
    if not qualified:
        if cue == "of":
            if not _PERIOD_NOUN_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                return None
        elif cue not in _YEAR_CUES and not (chained and (not cue or cue in _CHAINS)):
            return None
    if _AMOUNT_AFTER.match(text, m.end()) or _LABEL_AFTER.match(text, m.end()):
        return None
    if text.startswith("'s", m.end()):
        return None  # "1985's 58 mln dlrs": a label
    return m.start("y_body"), m.end(), _year(int(m["y_y"]))


def _resolve_relative_day(m: re.Match[str], text: str, base: dt.date) -> Resolved | None:
    word = m["rd_w"]
    capitalised = word and word[0].isupper() and not word.isupper()
    if capitalised and m.start("rd_w") == m.start() and not _is_sentence_start(text, m.start()):
        return None  # "USA Today", "Seeds of Tomorrow": a capitalised word inside a sentence
    if m["rd_ln"] or (word and word.lower() == "yesterday"):
        return m.start(), m.end(), _day(base - dt.timedelta(days=1))
    if word and word.lower() == "tomorrow":
        return m.start(), m.end(), _day(base + dt.timedelta(days=1))
    return m.start(), m.end(), _day(base)


def _resolve_relative_unit(m: re.Match[str], text: str, base: dt.date) -> Resolved | None:
    if _preceded_by(text, m.start(), _THE) or _OF_AFTER.match(text, m.end()):
        return None  # "the next week" is a duration, "last week of March" another date
    qualifier = (m["ru_q"] or "").lower() or None
    first, last = _relative_unit(base, m["ru_rel"].lower(), m["ru_u"].lower(), qualifier)
    return m.start(), m.end(), (first, last)


def _resolve_ago(m: re.Match[str], text: str, base: dt.date) -> Resolved | None:
    word = m["ago_n"]
    if word is None:
        if (
            m["ago_pl"]
            or text[m.start() - 1 : m.start()] == "-"
            or _preceded_by(text, m.start(), _THE)
        ):
            return None  # "several weeks ago" is vague, "the year ago quarter" a label
        n = 1
    else:
        n = int(word) if word.isdigit() else _NUMBERS[word.lower()]
    if n > 500:
        return None
    return m.start(), m.end(), _ago(base, n, m["ago_u"].lower())


def _resolve_weekday(m: re.Match[str], text: str, base: dt.date) -> Resolved | None:
    if _HOLIDAY_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        return None
    if _preceded_by(text, m.start(), _EVERY):
        return None  # "each Tuesday" recurs
    rel = _relative_word(m["wd_rel"])
    follower = _NAME_AFTER.match(text, m.end())
    if follower and not _DATE_WORD.match(follower.group().lstrip()):
        introduced = rel or _preceded_by(text, m.start(), _TIME_PREPS)
        if _preceded_by(text, m.start(), _THE) or not introduced:
            return None  # "the Sunday Times", "Friday Harbor"
    weekday = _WEEKDAYS[m["wd_d"].lower()]
    of_week = _OF_WEEK.match(text, m.end())
    if of_week and not rel:  # "on Friday of last week"
        monday = _relative_unit(base, of_week["rel"].lower(), "week", None)[0]
        return m.start(), of_week.end(), _day(monday + dt.timedelta(days=weekday))
    if rel:
        how = rel
    else:
        how = "future" if _tense(text, m.start(), m.end()) == "future" else "past"
        if _preceded_by(text, m.start(), frozenset({"by", "until", "till"})):
            how = "future"
    return m.start(), m.end(), _day(_weekday(base, weekday, how))


# ---------------------------------------------------------------------------------------------
# User input


_FILTER_FORMS = (
    "expected a date such as 2025-05-06, 2025-05, 2025, 'May 2025', 'today', 'yesterday', "
    "'last week', 'this year', '3 days ago', 'last 7 days' or a range FROM..TO"
)
_ISO_PARTIAL = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_RELATIVE_FILTER = re.compile(
    r"(?P<day>today|yesterday|tomorrow)|(?P<rel>this|last|next)\s+(?P<unit>week|month|year)"
    r"|(?:last|past)\s+(?P<n>\d{1,6})\s+(?P<n_unit>day|week|month|year)s?"
    r"|(?P<ago>\d{1,6}|a|an|one)\s+(?P<ago_unit>day|week|month|year)s?\s+ago",
    re.IGNORECASE,
)


def parse_date_filter(value: str, *, as_of: dt.date) -> DateSpan:
    """A date the user typed, as a day or range; relative forms count back from ``as_of``.

    ``N days ago`` is that day (``N weeks ago`` that week ...); ``last N days`` is the window of
    N days ending on ``as_of``; a month name alone is the latest such month up to ``as_of``;
    anything else must be one date expression as :func:`find_dates` reads it ("May 2025",
    "Feb 26, 1987", "last Friday"). Raises :class:`InvalidFilterError` naming the accepted forms.
    """
    text = " ".join(value.split())
    if not text:
        raise InvalidFilterError("date", value, f"empty; {_FILTER_FORMS}")
    if ".." in text:
        left, _, right = text.partition("..")
        first = parse_date_filter(left, as_of=as_of)
        last = parse_date_filter(right, as_of=as_of)
        if last.end < first.start:
            raise InvalidFilterError("date", value, "the range ends before it starts")
        return DateSpan(first.start, last.end, value)
    iso = _ISO_PARTIAL.fullmatch(text)
    if iso:
        try:
            return DateSpan(*_iso_span(*iso.groups()), value)
        except ValueError:
            reason = "not a calendar date (check the month and the day)"
            raise InvalidFilterError("date", value, reason) from None
    relative = _RELATIVE_FILTER.fullmatch(text)
    if relative and relative["n"] and int(relative["n"]) < 1:
        raise InvalidFilterError("date", value, "the number must be at least 1")
    if relative:
        try:
            return DateSpan(*_relative_filter(relative, as_of), value)
        except (ValueError, OverflowError):
            reason = "too far back or beyond the calendar (years 1 to 9999)"
            raise InvalidFilterError("date", value, reason) from None
    if text.rstrip(".").lower() in _MONTHS:
        month = _MONTHS[text.rstrip(".").lower()]
        try:
            return DateSpan(*_month_alone(as_of, month, "past"), value)
        except ValueError:
            raise InvalidFilterError("date", value, "beyond the calendar") from None
    # Everything else must be exactly one expression of the text grammar.
    title = " ".join(w if w.isdigit() else w.capitalize() for w in text.split(" "))
    for candidate in (text, title):
        spans = locate_dates(candidate, as_of)
        if len(spans) == 1 and spans[0][0] == 0 and spans[0][1] == len(candidate):
            found = spans[0][2]
            return DateSpan(found.start, found.end, value)
    raise InvalidFilterError("date", value, _FILTER_FORMS)


def _iso_span(year: str, month: str | None, day: str | None) -> tuple[dt.date, dt.date]:
    if month is None:
        return _year(int(year))
    if day is None:
        return _month(int(year), int(month))
    return _day(dt.date(int(year), int(month), int(day)))


def _relative_filter(m: re.Match[str], as_of: dt.date) -> tuple[dt.date, dt.date]:
    if m["day"]:
        shift = {"today": 0, "yesterday": -1, "tomorrow": 1}[m["day"].lower()]
        return _day(as_of + dt.timedelta(days=shift))
    if m["rel"]:
        return _relative_unit(as_of, m["rel"].lower(), m["unit"].lower(), None)
    if m["n"]:
        n, unit = int(m["n"]), m["n_unit"].lower()
        if unit in ("day", "week"):
            return as_of - dt.timedelta(days=n * (7 if unit == "week" else 1) - 1), as_of
        months = n * (12 if unit == "year" else 1)
        return _add_months(as_of, -months) + dt.timedelta(days=1), as_of
    word = m["ago"].lower()
    return _ago(as_of, int(word) if word.isdigit() else 1, m["ago_unit"].lower())
