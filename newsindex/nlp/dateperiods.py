"""Quarters, halves, seasons and holidays, for :mod:`newsindex.nlp.dates`.

The resolvers of the grammar's ``qtr``, ``sea`` and ``hol`` alternatives (``dates._BRANCHES``
names the groups they read): each returns the expression's offsets and range, or None when the
words are no date after all ("a quarter of the shares", "the fall of Saigon", "Christmas
Island").

* Quarters and halves are calendar ones. An ordinal one without a year is the latest such begun by
  the base, or the coming one when the tense is future (a quarter reported up to three months after
  it ended still counts as the coming one: "expects to report a third-quarter loss", written in
  November), and so when it ends a time that takes in the present (``the outlook is better through
  the third quarter``, written in April). Joined by "and" to an ordinal quarter just named, in a
  clause that does not say which, it runs on from that one (``to 16.6 mln bpd in the third quarter
  and to 18.3 mln bpd in the fourth quarter``), or back one quarter (``up from 5.33 dlrs in the
  third quarter and five dlrs in the second quarter``), as a listed month does. When an end date
  follows, the months are the ones that end then, whatever the number: ``its fourth quarter ended
  June 30``, a fiscal one, is April to June (users search by calendar months; TimeML marks fiscal
  periods apart, with an FY prefix, and the TimeBank gold's calendar value for them is its name,
  October to December). ``the quarter``, ``the latest quarter``, ``that quarter``: the one the
  passage reports (:meth:`~newsindex.nlp.datecontext.Passage.reported_quarter`), unless an end date
  follows (``the quarter ended July 31``: the calendar quarter holding the middle of the three
  months that end then, the second; ``ended May Three``, the first); ``the year-ago quarter``, ``the
  same period last year``: that one a year before, unless the quarter it is follows (``the
  comparable year-ago quarter, the second quarter ended Oct. 31,``: that one); ``the previous
  quarter`` the one before; ``this quarter``, ``the current quarter`` and ``through the quarter`` in
  a clause no past verb closes (in a passage that names no ordinal quarter) the one under way,
  ``last quarter`` the last one ended. In a passage about a game, a half or quarter without a year
  is the game's (``scored twice in the second half``), no date.
* Seasons without a year: ``last``, ``next``, ``this``, or else the tense, choose among the
  yearly occurrences (:func:`~newsindex.nlp.datespans.choose`); a past or future clause decides
  which ``this fall`` is meant (``will open this fall``, written in March, is the coming one).
* Holidays: ``Thanksgiving Day``, ``on Christmas``, ``last Easter``, ``Election Day 1998``; a
  holiday's weekend (``over the Labor Day weekend``) the Saturday and Sunday nearest it.
"""

from __future__ import annotations

import datetime as dt
import re

from . import datespans as cal
from .datecontext import (
    MONTH_NAME,
    NAME_AFTER,
    QUARTER_NUMBERS,
    TIME_PREPOSITIONS,
    UNTIL,
    Passage,
    Resolved,
    free_after,
    next_word,
    preceded_by,
    relative_word,
    spelled_year,
    tense,
)
from .datespans import Span
from .lexicon import wordset

__all__ = ["resolve_holiday", "resolve_period", "resolve_season"]

_PART_OF_SHORTER = re.compile(
    rf"\s+(?:(?:of\s+)?(?:the\s+)?(?:{MONTH_NAME})\b"
    r"|(?i:of\s+(?!(?:the\s+)?(?:year|fiscal)\b)\w+))"
)
""""the first half of March", "first half May shipment", "the second half of the game"."""
_SMALLER_UNIT = re.compile(r"[\s-]+(?i:hours?|an\s+hour|minutes?|points?|percent|pct|dozen)\b")
_LONGER_PERIOD = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d+)\s+(?:months|mths|weeks)\b"
    r"|\bfirst\s+half\b|\byear\s+end(?:ed|ing)\b",
    re.IGNORECASE,
)
"""A passage about these: "the year-earlier period" may be any of them, not just a quarter."""
_GAME = re.compile(
    r"\b(?:scored|scoring|scoreless|touchdowns?|innings?|half-?time|quarterback|rebounds"
    r"|free\s+throws?|field\s+goals?|kick-?off|goalkeeper"
    r"|(?:won|lost|beat|led|trailed)\s+\d{1,3}-\d{1,3})\b",
    re.IGNORECASE,
)
"""A game in the passage: its halves and quarters are the game's."""
_REPORTING = dt.timedelta(days=92)
_OF_THE_YEAR = re.compile(r"\s+of\s+the\s+(?:current\s+|calendar\s+)?year\b", re.IGNORECASE)
"""A quarter is reported in the three months after it ends."""
_YEAR_AGO = wordset("comparable same corresponding")
_ALIKE = _YEAR_AGO | wordset("similar")
"""Before a year and "period": the period the passage named, in that year."""
_BEFORE = wordset("previous prior preceding")
_APPOSED_QUARTER = re.compile(
    r",\s+(?:the|its)\s+(?:first|second|third|fourth)\s+(?:fiscal\s+)?quarter\b", re.IGNORECASE
)
"""After a year-ago quarter, the quarter it is, named by its end ("the comparable year-ago
quarter, the second quarter ended Oct. 31, ...")."""
_FISCAL = wordset("fiscal")
_THROUGH = wordset("through")
_HALVES = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "last": 2, "latter": 2, "final": 2}
_SEASON_PREPOSITIONS = TIME_PREPOSITIONS | {"for", "over", "this", "last", "next"}
_DEADLINE_BEFORE = UNTIL | {"before"}
"""Before a season that no verb dates, a deadline's words: the coming one."""
_SEASON_FOLLOWERS = wordset(
    "and or when as before after while until the a an he she it they we i that this said says "
    "is was will would has had have are were"
)
"""What may follow a season that no year or qualifier introduces: "in the fall, when ...", not
"the fall of Saigon", "the spring wheat", "the fall in prices"."""
_HOLIDAY_PREPOSITIONS = TIME_PREPOSITIONS | {"on", "at", "for", "over", "this", "last", "next"}


def resolve_period(m: re.Match[str], p: Passage) -> Resolved | None:
    """A quarter or half (``q_unit``), or a reporting "period" ("the latest period", "the
    year-ago period") in a passage about a quarter."""
    text, base = p.text, p.base
    unit = " ".join(m["q_unit"].lower().split())
    ordinal = (m["q_ord"] or "").lower()
    words = " ".join(f"{m['q_det'] or ''} {m['q_mod'] or ''}".lower().split())
    last_word = words.split(" ")[-1]
    explicit = m["q_year"] or m["q_of"] or m["q_y2"]
    rel = (m["q_yrel"] or m["q_ofrel"] or m["q_yrel2"] or "").lower()
    owned = m["q_year"] and text.startswith("'s", m.end("q_year"))
    if owned and preceded_by(text, m.start(), _FISCAL):
        return None  # "fiscal 1986's second quarter": a fiscal year's, whose months may differ
    if _PART_OF_SHORTER.match(text, m.end()) or _SMALLER_UNIT.match(text, m.end()):
        return None  # "the first half of March", "the final half hour"
    if ordinal and not (explicit or rel) and _GAME.search(text):
        return None  # "scored twice in the second half": a game's
    if unit in ("half", "two quarters"):  # "the first two quarters of 1990": a half
        number = _HALVES.get(ordinal)
        if number is None:
            return None
        if unit != "half" and not (explicit or rel or _OF_THE_YEAR.match(text, m.end())):
            # "in the last two quarters": the latest two; "scoreless through the first two
            # quarters": of a game
            return None
        if explicit or rel:
            return m.start(), m.end(), cal.half(_year_of(explicit, rel, base), number)
        if base is None:
            return None
        how = tense(text, m.start(), m.end())
        if _OF_THE_YEAR.match(text, m.end()):
            # "the first half of the year": the passage's year, else the base's, unless that
            # half is not over and the clause is past ("did better in the second half of the
            # year", written in March: last year's)
            half = cal.half(p.year or base.year, number)
            if p.year is None and how == "past" and half[1] >= base:
                half = cal.half(base.year - 1, number)
            return m.start(), m.end(), half
        return m.start(), m.end(), cal.choose(base, lambda y: cal.half(y, number), how)
    if unit == "period":
        if ordinal or not (words or explicit or rel):
            return None
        if m["q_year"] and last_word in _ALIKE:
            # "the same 1986 period": the months the passage named (January and February, the
            # year to date, the quarter ...), in that year
            return m.start("q_year"), m.end("q_year"), cal.year(int(m["q_year"]))
        reporting = "year" in words or "latest" in words
        if not (p.about_quarter or reporting) or _LONGER_PERIOD.search(text):
            if explicit and m["q_year"] and words in ("", "the"):  # "the 1988 period"
                return m.start("q_year"), m.end("q_year"), cal.year(int(explicit))
            return None
    year_ago = bool(m["q_ago"]) or "year" in words or last_word in _YEAR_AGO
    year_ago = year_ago or (bool(ordinal) and last_word in _BEFORE)
    year_ago = year_ago or (rel == "last" and bool(m["q_yrel"]) and not ordinal)
    if ordinal in QUARTER_NUMBERS and not (ordinal == "last" and not explicit):
        span = _ordinal_quarter(m, p, QUARTER_NUMBERS[ordinal], explicit, rel, year_ago)
        return None if span is None else (m.start(), m.end(), span)
    if base is None or not (words or rel):
        return None  # "quarter" alone: "a quarter of the shares", "each quarter", "Qtr 1986"
    if explicit:  # "the 1988 quarter": the reported one, that year
        reported = p.reported_quarter()[0]
        return m.start(), m.end(), cal.quarter(int(explicit), (reported.month + 2) // 3)
    apposed = _APPOSED_QUARTER.match(text, m.end()) if year_ago else None
    if apposed and (ended := p.quarter_ended(apposed.end())) is not None:
        span = ended  # "the year-ago quarter, the second quarter ended Oct. 31,": that one
    elif year_ago or (rel == "last" and not m["q_yrel"]):
        span = p.reported_quarter(-4, m.start())  # "the year-ago quarter", "last year's"
    elif last_word in _BEFORE:
        span = p.reported_quarter(-1, m.start())
    elif last_word == "current" or (
        last_word == "this" and tense(text, m.start(), m.end()) == "future"
    ):
        span = cal.quarter_of(base)
    elif last_word in ("next", "coming"):
        span = cal.quarter_of(base, 1)
    elif last_word == "last" or ordinal == "last":
        span = cal.quarter_of(base, -1)
    elif unit != "period" and (ended := p.quarter_ended(m.end())) is not None:
        span = ended  # "in the quarter ended July 31"
    elif not p.names_quarter and _runs_through(m, p):
        span = cal.quarter_of(base)  # "the debt will weigh on banks through the quarter"
    else:
        # "the quarter", "the latest quarter", "that quarter"
        span = p.reported_quarter(at=m.start())
    return m.start(), m.end(), span


def _ordinal_quarter(
    m: re.Match[str], p: Passage, nth: int, explicit: str | None, rel: str, year_ago: bool
) -> Span | None:
    if explicit or (rel and not year_ago):
        return cal.quarter(_year_of(explicit, rel, p.base), nth)
    if p.base is None:
        return None
    if not year_ago and (ended := p.quarter_ended(m.end())) is not None:
        return ended  # "its fourth quarter ended June 30": a fiscal one, April to June
    how = "future" if _runs_through(m, p) else tense(p.text, m.start(), m.end())
    if not year_ago and how in ("nearest", "planned") and (earlier := _joined_quarter(m, p)):
        return _quarter_after(earlier, nth)
    span = cal.choose(p.base, lambda y: cal.quarter(y, nth), how, slack=_REPORTING)
    return cal.quarter(span[0].year - 1, nth) if year_ago else span


_ORDINAL = re.compile(rf"\b(?i:{'|'.join(QUARTER_NUMBERS)})\b")
_AND_THEN = re.compile(r"(?:(?![.;]\s).){0,60}\band\b(?:(?![.;]\s).){0,60}")
"""Between two quarters of one sentence, an "and" that joins them: "to 16.6 mln bpd in the third
quarter and to 18.3 mln bpd in the fourth quarter"."""


def _joined_quarter(m: re.Match[str], p: Passage) -> dt.date | None:
    """The first day of the ordinal quarter the passage named last, when "and" joins it to this
    one in the same sentence (not "down from the comparable 1985 quarter and from the third
    quarter", which names no quarter of a list)."""
    if not p.found:
        return None
    start, end, (first, last) = p.found[-1]
    if not (cal.is_quarter(first, last) and _AND_THEN.fullmatch(p.text, end, m.start())):
        return None
    return first if _ORDINAL.search(p.text, start, end) else None


def _quarter_after(earlier: dt.date, nth: int) -> Span:
    """Quarter ``nth`` named after the quarter starting on ``earlier``, in a clause that does
    not say which: the next one, or the one before when it is three quarters on ("in the fourth
    quarter and ... in the third quarter", a list running back), as a listed month is."""
    ahead = (nth - 1 - (earlier.month - 1) // 3) % 4
    year = earlier.year + ((earlier.month - 1) // 3 + ahead) // 4
    if ahead == 3:
        year -= 1
    return cal.quarter(year, nth)


def _runs_through(m: re.Match[str], p: Passage) -> bool:
    """Whether the quarter ends a time that takes in the present: after "through" in a clause
    no past verb closes ("the outlook is better through the third quarter", written in April,
    is the coming one; "supply fell through the first quarter" is over)."""
    return preceded_by(p.text, m.start(), _THROUGH) and tense(p.text, m.start(), m.end()) != "past"


def _year_of(explicit: str | None, rel: str, base: dt.date | None) -> int:
    if explicit:
        return int(explicit)
    if base is None:
        raise ValueError("a relative year needs a base date")
    return base.year + {"last": -1, "this": 0, "next": 1}[rel]


_A_DROP = re.compile(
    r"\s+(?:in|of)\s+(?!(?:the|a|an|this|that|his|her|their|its|our|my|your)\b)[a-z\d]"
)
"""After "fall", what fell: "this fall in prices", "a fall of 3 pct" (not "this fall in the
Senate", a season)."""


def resolve_season(m: re.Match[str], p: Passage) -> Resolved | None:
    text, base = p.text, p.base
    name = m["s_name"].lower()
    if m["s_from"]:
        # "the winter of 1983-84", "of 2004-5": the winter that runs into the second year (a
        # dashed year after another season is a crop or fiscal year's)
        first = int(m["s_from"])
        if name != "winter" or (first + 1) % 10 ** len(m["s_to"]) != int(m["s_to"]):
            return None
        return m.start(), m.end(), cal.season(first, name)
    if m["s_of"] or m["s_y"] or m["s_sp"]:
        year = int(m["s_of"] or m["s_y"]) if not m["s_sp"] else spelled_year(m["s_sp"])
        return m.start(), m.end(), cal.season(year, name)
    if base is None:
        return None
    if m["s_yrel"]:  # "the spring of last year"
        return m.start(), m.end(), cal.season(_year_of(None, m["s_yrel"].lower(), base), name)
    if name == "fall" and _A_DROP.match(text, m.end()):
        return None  # "after this fall in prices": a drop
    rel = relative_word(m["s_rel"])
    if not rel:
        if text[m.end() : m.end() + 1].isspace():
            follower = next_word(text, m.end()).lower()
            if follower and follower not in _SEASON_FOLLOWERS:
                return None
        # "the early summer", "by the end of summer"
        introduced = {"the", "of"}.intersection((m["s_q"] or "").lower().split())
        if not (introduced or preceded_by(text, m.start(), _SEASON_PREPOSITIONS)):
            return None  # "prices fall", "a late spring"
    told = "" if rel in ("last", "next") else tense(text, m.start(), m.end())
    if told == "nearest" and not rel and preceded_by(text, m.start(), _DEADLINE_BEFORE):
        told = "future"  # "lifted before the summer", "done by the spring": a deadline ahead
    # "this fall" is the nearest one unless the clause says which: "will open this fall",
    # written in March, is the coming one
    how = told if rel == "this" and told in ("past", "future") else rel or told
    return m.start(), m.end(), cal.choose(base, lambda y: cal.season(y, name), how)


def _holiday_key(name: str) -> str:
    """The :data:`~newsindex.nlp.datespans.HOLIDAYS` key of a name as written ("Presidents'
    Day", "Saint Patrick's Day", "Martin Luther King Jr. Day")."""
    if name in cal.HOLIDAYS:
        return name
    if "king" in name:
        return "martin luther king day"
    if "patrick" in name:
        return "st. patrick's day"
    return name.replace("'", "")


_OWN_INDEPENDENCE = re.compile(r"(?:['’]s?|\b(?!The\b)[A-Z][a-z]+)\s+$")
"""Before "Independence Day", a country's possessive or adjective: not the US one."""
_ELECTION_JUST_HELD = 60
"""Days after Election Day during which "Election Day" alone is the one just held."""


def resolve_holiday(m: re.Match[str], p: Passage) -> Resolved | None:
    text, base = p.text, p.base
    name = _holiday_key(" ".join(m["h_name"].lower().split()))
    # the match may begin at "Luther" (words before the anchor "Day" are few)
    start = m.start() - 7 if text.endswith("Martin ", 0, m.start()) else m.start()
    if m["h_y"]:
        return start, m.end(), cal.holiday_in(name, int(m["h_y"]))
    if base is None:
        return None
    if name == "independence day" and _OWN_INDEPENDENCE.search(text, max(0, start - 30), start):
        return None  # "Israel's Independence Day", "Mexican Independence Day": another country's
    rel = relative_word(m["h_rel"])
    weekend = m["h_wkd"] is not None
    if not rel and " " not in name and name != "halloween" and not weekend:
        # "Christmas", "Easter" alone are dates after a time word, not in "Christmas Island",
        # "Easter egg" or "the Christmas season"
        if NAME_AFTER.match(text, m.end()) or not free_after(text, m.end()):
            return None
        if not preceded_by(text, m.start(), _HOLIDAY_PREPOSITIONS):
            return None
    how = rel or tense(text, m.start(), m.end())
    if name == "election day" and how == "nearest":
        # an election is looked forward to: the coming one, unless the last was weeks ago
        # ("the campaign's plans for Election Day", written in February)
        held = cal.holiday(base, name, "past")[0]
        how = "past" if (base - held).days <= _ELECTION_JUST_HELD else "future"
    span = cal.holiday(base, name, how)
    return start, m.end(), cal.weekend_nearest(span[0]) if weekend else span
