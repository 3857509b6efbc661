"""Dates mentioned in news text, resolved to calendar ranges against the article date.

``find_dates(text, base)`` returns one :class:`~newsindex.articles.DateSpan` per expression; a
day has ``start == end``, a week, month, quarter, season, year or decade is a range.
``parse_date_filter`` reads the date a user types in a query or on the command line. This module
holds the grammar and the scanner; :mod:`~newsindex.nlp.datecontext` reads the words around an
expression (tense, neighbours, what the passage said before), :mod:`~newsindex.nlp.dateperiods`
resolves quarters, halves, seasons and holidays, :mod:`~newsindex.nlp.datespans` does the
calendar arithmetic.

What counts, and how it resolves (precision first: a missed date costs a little recall, a wrong
one puts a passage under the wrong day). The conventions are those of the TimeML gold (TimeBank
and AQUAINT, ``benchmarks/date_eval.py --timeml``):

* Explicit days: ``1987-03-02``, ``26-FEB-1987``, ``May 6, 2025``, ``Feb. 26``, ``April One``,
  ``March eighth``, ``March the fifth``, ``6 May 2025``, ``the first of May``, ``Friday, April
  3``, ``January 14 this year``; ``March 2-4`` and ``Nov 20-Dec 10`` are ranges, ``on April 24
  and 25`` two days.
  Without a year, a month-day takes the year that puts it nearest the article date, unless the
  clause's tense decides (see *Tense* below): future takes the first such day from two weeks
  before the base on, past the last one up to five weeks after it (a past clause may tell of a
  day to come: ``had been offered a holiday on May 1``, written on April 8), but a period's end
  up to two weeks after it, and the end of a period whose figures the words after it tell in the
  past the last one by the base (``the quarter ended Oct. 31, it had a loss``, written on Oct.
  27: 1988's; ``expects a loss for the year ended March 31``, written on March 25, is the coming
  one). ``last`` and ``next`` decide (``last October 20``), ``this`` takes the base's year,
  ``since`` is past; a day fixed or a deadline still open is to come (``set June 4 as the
  date``, ``set May 7 for sentencing``, ``banks have until April 16``, ``ship it by September
  30``, ``before September 30`` and ``negotiate up to September 30`` when no past verb dates
  them; after one, ``by`` is the nearest: ``called for comments by March 31``), and so is a day
  a payment or maturity falls on (``the bond pays interest on November 5``), a trade's (``for
  June 20/July 20 shipment``) or one a later year starts (``on November 5, beginning in 1988``:
  1988's); a record day is the nearest (``holders of record on April 27 will be eligible``), a
  day a change took effect on may lie up to three months back (``approved interstate banking
  effective January 1``, written in March), and so may the start of what runs on (``return to
  fixed prices starting February 1``, ``the fiscal year beginning March 1``), and a split year's
  end is in its second year (``fiscal 1987/88 ending June 30``); a year's bounds in brackets are
  no days (``the 1986/87 coffee year (Oct 1/Sept 30)``); a range that begins ahead runs forward
  (``between May 10 and October 10``, written in March: both ahead; one that began by the base
  may be a period reported). A date moved is to come too (``extended to Nov. 20``; ``until``,
  ``till`` and ``through`` may stand a few words after the verb: ``extended the credit lines
  through January``); a day a noun is known by is the nearest, whatever the tense says (``to
  review their February 22 accord``), but past after a past verb (``included a May 11 speech``)
  or before an event that only happens (``the Feb. 13 death``).
* Months: ``March 1987``, ``November, 1986``, ``June of 1998``, ``May of last year``, ``January
  nineteen ninety-seven``, ``April of that year`` (``of the following year``: the year the
  passage named before); a month name alone only after a time preposition or qualifier (``in
  March``, ``since January``, ``for February``, ``against January``, ``compared with December``,
  ``last October``, ``mid-March``, ``the end of January``), never as a modifier (``the March
  contract``, ``May delivery``, ``June T-bonds``, ``in May wheat`` with nothing after that it
  would date) but of an event (below), nor in a name (``Theresa May``).
  Without a year it is the latest such month, or the coming one when the tense is future or
  (tense unknown) when it begins within two months (``the case is heard in May``, written in
  March); right after ``said in`` it dates the saying (``said in January it would cut jobs``),
  and ``last February``, written in March, is the one a year before (the month just ended is
  ``last month``). Qualifiers are not resolved: ``mid-March`` is March, but an ordinal week is
  seven days (``the first week of March``: March 1-7; ``the last week of March``: 25-31). ``in
  the year to February``, ``the three months to January`` are that month. Lists share the cue
  and a trailing year: ``in June, July and August``, ``in January and June 1986``, ``in March
  and April next year``; a list may run back, each month taking the year nearer the one before
  (``in February and January``, ``0.3 pct in November and October``, ``in January from
  December``), a range runs forward (``from November to February``); two months joined by a dash
  are one range, all its months (``in January-March``, ``Gold imports in Jan-Dec, 1986``: the
  year; an abbreviation too, before a year). ``since January`` is past whatever the verb, and so
  is the month of the figure a change starts from (``expected to show a deficit, from 14.8
  billion in January``), ``until January`` or ``by the end of April`` that no verb dates the one
  just gone when it ended one or two months before (else the coming one), ``for delivery in
  April`` (a trade's month) to come, ``through September`` the coming one within half a year
  unless a past verb closes the time it ends (``sold out through September``, written in June;
  ``sales rose through May``). In a future clause the month just ended is that one (``figures
  for February are expected to show``, written in March: its data are what is to come). A month
  also dates the event it modifies (``the October slaying``, ``a June election``, ``Florida's
  March primary``, ``an October CNN interview``: a small lexicon of events; labels and meetings
  such as ``its May output`` or ``the June summit`` stay out); such an event is past unless it
  is one that is planned (an election, a vote, a visit) in a future clause. A month after a
  planned event and ``in`` (``the convention in July``) is the coming one when at most six
  months on and the tense says nothing, and so is ``in November`` after an election's words
  (``chances of winning in November``: the United States' election month) at any distance. A
  month's "'s" is the month whose figures are meant (``January's rise``, as TimeML values it;
  ``the previous January's`` a year before), but the month of its planned event (``November's
  general election``) as above; a compared figure's (``up from December's``) is no date that
  ``three months earlier`` counts from.
* Quarters and halves: ``the third quarter``, ``third-quarter``, ``the fourth quarter of 1988``,
  ``this year's third quarter``, ``the first half``, ``the 1988 second quarter``, ``the first two
  quarters of 1990`` are calendar quarters and halves; ``the June quarter``, ``the December 1986
  quarter`` the three months that end with the month (the last begun in a past clause, else the
  nearest), ``the same 1986 period`` that year. ``the quarter``, ``the latest quarter`` and ``that
  quarter`` are the one the passage reports (the first ordinal quarter named before them in their
  sentence, else in the passage, else the last quarter ended before the base; ``the quarter ended
  July 31`` the calendar quarter holding most of it, the second); ``the year-ago quarter``, and ``a
  year ago`` / ``a year earlier`` / ``last year`` in a passage about a quarter or next to a sum of
  money (an earnings report), are that quarter a year before, unless the sentence last named a
  longer period (``for the nine months``, ``the year ended Aug. 31``, ``the fiscal year``: a year);
  so is ``last year`` after a sum in a passage that names no date before it and follows one that
  ended on a quarter (the report goes on: ``... from $4 million a year ago.`` / ``Its insurance arm
  earned $2 million, compared with a loss of $1 million last year.``).
* Seasons: ``last fall``, ``this summer``, ``the winter of 1994``, ``the spring of last year``, ``in
  the spring``, ``early summer``, ``by the end of (the) summer``; holidays: ``Thanksgiving Day``,
  ``on Christmas``, ``last Easter``, ``Election Day``, ``Martin Luther King Jr. Day``, ``St.
  Patrick's Day``, ``Palm Sunday``, ``the Fourth of July``, ``Black Friday``, ``Mother's Day`` (a
  holiday later in the base's month is the coming one; ``Election Day`` alone the coming one unless
  the last was at most two months ago); ``Holy Week`` and ``Easter week`` are the week that ends on
  Easter; ``the Thanksgiving weekend``, ``the Memorial Day weekend`` the Saturday and Sunday
  nearest the holiday; ``Independence Day`` is July 4 (not ``Israel's`` or ``Mexican
  Independence Day``).
* Years: with a cue (``in 1986``, ``since 1985``, ``for 1986``, ``late 1988``, ``fiscal 1989``,
  ``FY2013``, ``fiscal year 1997``, ``the full year 1986``, ``the year 2000``, ``post-1959``, ``the
  end of 1987``, ``notes due 1997``, ``from 1972 to 1980``, ``the crash of 1929``, ``compared with
  1985``, ``a rise of 5 pct over 1985``) or as a modifier after a determiner or possessive (``the
  1992 election``, ``its 1990 invasion``, ``the company's 1989 results``, ``its 1987 fiscal year``)
  or before a name and the figure or event it dates (``predicting 1990 Acme earnings``, ``put 1987
  GDP growth at 3 pct``; not ``sold 1990 IBM shares``) or before the figure alone after a word of
  the sentence (``expects 1987 earnings``, ``may not match 1986's earnings``), or as the subject
  opening a sentence (``2012 was a hard year``), or after a share of it (``all of 1987``, ``most of
  1986``); never a label without one (``1986 net``, ``1985's 58 mln dlrs``), a model year (``his
  1987 Chevrolet``), a crop year (``1986/87``) or an amount (``1987 dlrs``). A range of years is
  every year of it (``a five-year plan for 1987-1991``, ``from 2009-2013``). Spelled years:
  ``nineteen ninety-six``, ``the year two thousand``; ``two thousand and one``, ``twenty thirteen``
  only after a cue (``in``, ``since``, ``of`` ...: alone they are numbers too).
  Decades: ``the 1980s``, ``the nineties``, ``the '80s``, ``the early eighties``, ``the
  nineteen-nineties`` (not ``in her late sixties``, an age, nor ``temperatures in the
  nineties``); one without its century is the latest begun, or the coming one if it begins
  within five years (``by the nineties``, written in 1987); centuries: ``the 20th century``,
  ``the 1800s``, ``the early 1900s`` (the 2000s are a decade).
  ``the year``, ``the full year``, ``the current year``: the base's year (or the year the passage
  named before); ``later in the week`` the base's week (or that of the day the passage named),
  ``earlier in the day`` the base (or the day the passage named);
  ``the end of the month``, ``the start of the week``: the base's month or week (or the
  passage's), the last one's end in a past clause written early in the month or week; ``by the
  end of the decade``: the decade of the year the passage named, else the base's.
  ``year-end``, ``year end``, ``year's end`` after a preposition (``by year-end``, ``before the
  year's end``) are December 31, the day a balance is struck or a deadline falls, as ``by Dec.
  31`` is (a year would be too wide to be found by a date search: spans over a month are not
  indexed day by day); after a word of approximation (``around year end``, ``toward year-end``)
  December. The base's year, or the one before in a past clause and after ``at``, ``since``,
  ``from``, ``of``, ``in`` unless the clause looks ahead (``assets were 1.1 billion dlrs at year
  end``, ``the change is since year-end``); after or before a year, that year's (``at 1986 year
  end``, ``at year-end 1986``); not a label (``year-end net``) nor a fiscal year's end.
* ``9/11`` (not in a longer number) is September 11, 2001, in news written after it (``since
  9/11``, ``the 9/11 attacks``), as ``the Sept. 11 attacks`` is.
* Relative days: ``today``, ``tonight``, ``this morning`` are the base, and so is the day an
  event has reached (``it's the second day of the offensive``, ``today is the eighth day
  of``); ``yesterday`` and ``last night`` the day before; ``tomorrow`` the day after. ``USA
  Today`` (``USA TODAY``), ``even today,`` (now), ``the people of tomorrow``, ``many of today's
  computers`` and a poll's ``if elections were held today, ... would`` are not dates; ``the
  outcome of today's talks``, ``as of yesterday``, ``the early hours of yesterday`` are.
* Weekdays: the latest such day on or before the base, or the first after it when the tense is
  future (``will meet Bush on Thursday``, ``the election, set for Sunday``, ``a strike called for
  Monday``, ``the envoy heads to Cairo on Saturday``); a possessive (``Wednesday's ruling``) is the
  one within three days, unless ``since``, a past verb after its noun (``at Monday's debate, she
  cited``) or one right before it (``won Sunday's debate``) puts it before, and so is one after
  ``for`` that nothing else dates (``a tender for Saturday``); ``last Friday`` is
  strictly before the base, ``next Tuesday`` strictly after, ``this Tuesday`` in the base's week
  unless the tense says which way, ``Friday of last week`` and ``Tuesday next week`` in that week; a
  range runs forward (``from Monday to Friday``), and so does a list that looks forward (``next
  Tuesday and Wednesday``); ``later Tuesday``, ``early Friday`` take the tense of the words before
  the qualifier. ``each Tuesday``, ``Monday and Thursday nights``, ``the Sunday Times`` are not
  dates (an owner's is, and a saying's before a name: ``in his Sunday Mass``, ``said Friday Iran
  had``, but not ``his Sunday Times column``), nor ordinals (``the last Friday in August``), nor
  ``the previous Friday`` unless the passage named a day (it counts from that one; ``following
  Monday's drop`` without ``the`` is after that Monday). A day given with a clock time is that day
  (``until 9 a.m. Tuesday``, ``4 a.m. EDT Thursday``, ``at 5 p.m. EST Nov. 9``): someone looking for
  the day wants the passage, though TimeML types it a time.
* ``this/last/next week|month|year|decade`` are calendar ranges (a week runs Monday to Sunday;
  ``this year and next``, ``more this year than last``: the unit left out is the same),
  with or without ``earlier``, ``later``, ``early`` or ``late`` (``earlier this month`` is the
  month: someone filtering by May wants the passages that mention it); ``the weekend`` and
  ``this/last/next weekend`` are a Saturday and Sunday (``were held this weekend``, written on a
  weekday, is the one just over). ``the next week`` and ``the past year`` are durations, not
  dates.
* ``N days|weeks|months|years ago`` (also ``a year ago``, ``a week or so ago`` and the wire's
  ``week ago``) is the day, ISO week, month or year that contains the base minus N units, ``N
  weeks from now`` (``hence``) the one N units on; ``a
  decade ago``, ``two decades ago``, ``a century ago`` the year that many years back. A bound
  is no point in time: ``more than four decades ago``, ``over two years ago``. ``a year
  earlier``, ``a year ago`` and ``year-ago`` comparing a figure are the period its sentence
  named first, a year before: weeks or months that end on a day (``sales for the four weeks
  ended Feb. 28 rose from a year earlier``), a month (``exports in May fell from a year
  earlier``; not a compared figure's month: ``up from 1.6 mln in December and 1.7 mln a year
  earlier``); else, in a passage that names no year, the year before the month it names, else
  before the base (``wages were 3 pct higher than a year earlier``); in an earnings passage,
  the year-ago quarter.
* A day counted from another: ``the day before yesterday``, ``two days after Christmas``,
  ``two weeks from today``, ``a week ago Tuesday``, ``a year ago Sunday`` (``from`` only after
  today, tomorrow ...: ``ten days from Monday`` is a duration, and so is a count after ``the``:
  ``in the two years before March 31, 1989`` is that day).
* Anaphora, only after an explicit date in the same passage: ``that year``, ``the following year``,
  ``later that year`` after ``in June 1998``; ``a decade later`` after a year; ``that day``, ``the
  next day``, ``two days earlier``, ``the day before,`` after a day (``two days later than planned``
  is a comparison, ``the day before the trial`` counts from an event); ``the previous week``, ``the
  following week``, ``that week`` after a day (after ``the week ended Feb. 21``, the seven days
  before it); ``the following month`` after a month. Before the passage names a date, a year or
  month anaphor refers to the last date of the passage before (``previous=``: "... in June 1998." /
  "The following month, ..."), not a day one.

*Tense* (:func:`~newsindex.nlp.datecontext.tense`): the nearest decisive word before the
expression in its sentence, else the next few words after it (contractions split: ``she'll``,
``couldn't``). ``by`` and ``until`` look forward unless the clause is past (``had filed reports
by Wednesday``); ``could`` and ``would`` after a negated subject report the past (``neither he
nor his aides could be reached Tuesday``). A weekday that nothing within twelve words decides
looks further back in its sentence for a future word that is no modal (``is scheduled to spend
five hours in Lima, her first stop Tuesday morning``); after a day ahead in a sentence that said
"will" or "would", it goes on from there (``would continue tomorrow ..., with a strike threatened
in all ports for two hours on Thursday``).

Relative expressions, and month names or month-days without a year, need a base date; with
``base=None`` they are skipped and only fully explicit dates are returned.

Speed: one cheap regular expression finds the date words ("anchors"); passages without any are
done, and only the alternatives that may hold the anchor word are tried, at the few word starts
just before it whose word may open one of them (see ``benchmarks/date_eval.py``).

"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator

from dateutil import parser as dateutil_parser

from ..articles import DateSpan
from ..errors import InvalidFilterError
from . import datespans as cal
from .datecontext import (
    DEFERRED,
    DETERMINERS,
    MONTH_NUMBERS,
    NAME_AFTER,
    NUMBERS,
    ORDINALS,
    REPORTED,
    TIME_PREPOSITIONS,
    UNTIL,
    Passage,
    Resolved,
    deferred_before,
    direction,
    free_after,
    hypothetical,
    is_sentence_start,
    next_word,
    number,
    over_by,
    past_verb_right_before,
    preceded_by,
    previous_word,
    relative_word,
    reports_past,
    scheduled_for,
    spelled_year,
    tense,
)
from .dateperiods import resolve_holiday, resolve_period, resolve_season
from .lexicon import (
    COMMODITY_WORDS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NEWSPAPER_WORDS,
    WEEKDAYS,
    wordset,
)

__all__ = ["find_dates", "locate_dates", "parse_date_filter"]


_WEEKDAYS = {name: i for i, name in enumerate(WEEKDAYS)}
_DECADE_WORDS = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                 "eighties", "nineties")  # fmt: skip


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
_ORDINAL_DAYS = (
    r"(?:(?:twenty[-\s])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|(?:ten|eleven|twelf|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|twentie|thirtie)th|thirty[-\s]first)(?![\w-])"
)
_ORDINAL_WORDS = (
    "twenty thirty first second third fourth fifth sixth seventh eighth ninth tenth eleventh "
    "twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
    "twentieth thirtieth"
)
"""The words ``_ORDINAL_DAYS`` may start with."""
_DAY_ORDINAL = rf"(?i:{_ORDINAL_DAYS})"
"""A spelled day of the month: "March eighth", "January twenty-first" (before the month only
in lower case: "the first of May", not "the Thirtieth of May Club")."""
_DAY = (
    rf"(?:{_DAY_NUM}|(?:{'|'.join(_DAY_WORDS)}|{_cased(_DAY_WORDS)})\b(?![\s-]+thousand)"
    rf"|{_DAY_ORDINAL})"
)
_ORDINAL_AFTER_THE = rf"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b|{_DAY_ORDINAL}"
"""A day after "the" and a month must be an ordinal: "March the fifth", "May the 3rd" (not "in
March the 15 members", nor "in December the first of the groups")."""
_YEAR = r"(?:1[89]\d\d|20\d\d)(?![\d/])(?!-\d\d(?!\d))(?![.,]\d)(?!s\b)"
_UNITS_1 = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_SPELLED_YEAR = (
    rf"(?i:nineteen[\s-]+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    rf"(?:[\s-]+(?:{_UNITS_1}))?\b|(?:{_TEENS})\b|o[\s-]+(?:{_UNITS_1})\b)"
    rf"|two[\s-]+thousand(?:[\s-]+and)?[\s-]+(?:twenty(?:[\s-]+(?:{_UNITS_1}))?|{_TEENS}"
    rf"|{_UNITS_1})\b(?!-)|twenty[\s-]+(?:twenty(?:[\s-]+(?:{_UNITS_1}))?|{_TEENS})\b(?!-))"
)
"""``nineteen ninety-six``, ``two thousand and one``, ``twenty thirteen`` (broadcast
transcripts spell years out)."""
_CUE = "|".join(sorted(TIME_PREPOSITIONS))
"""Time prepositions that make a bare month or year a date. "due" only for years ("notes due
1997" is a maturity), "for" also for months but never before a product ("for May delivery")."""
_CHAIN = r"and|or|to|through|until|-"
_PERIOD_OF = (
    r"(?:end|beginning|start|middle|rest|remainder|month|part|half|course"
    r"|(?:first|second|third|fourth|last|final)\s+(?:half|week|weeks|days|part)"
    rf"|(?:\d{{1,2}}|{'|'.join(NUMBERS)})\s+(?:days|weeks))\s+of"
)
"""Before a month and its "of", a part of it: "the end of", "the first 20 days of"."""
_PERIOD_MOD = (
    r"(?:comparable\s+|same\s+)?year[-\s](?:ago|earlier)|comparable|same|corresponding|similar|current"
    r"|latest|most\s+recent|recent|past|previous|prior|preceding|coming|just[-\s]ended"
)
"""What may stand before ``quarter`` or ``period`` instead of an ordinal."""

_BRANCHES = {
    "iso": r"""\b(?P<iso_y>\d{4})-(?P<iso_m>\d\d)-(?P<iso_d>\d\d)\b""",
    "nine": r"""9/11(?<![\w/.,-]9/11)(?![\w/.,-]*\d)""",
    "dmy": rf"""\b(?P<dmy_d>\d{{1,2}})-(?P<dmy_m>(?i:{_MONTH_3}))
        -(?P<dmy_y>\d{{4}})\b""",
    "qtr": rf"""\b(?i:
        (?:(?P<q_det>the|its|their|this|that|last|next)\s+)?
        (?:(?P<q_yrel>this|last|next)\s+year's\s+
          |(?:(?P<q_mod>{_PERIOD_MOD})\s+)?(?:(?P<q_year>{_YEAR})(?:'s)?\s+)?)
        (?:fiscal[-\s]+)?(?:(?P<q_ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last
          |latter)[-\s]+(?:fiscal[-\s]+)?)?
        (?P<q_unit>quarter|qtr|half|period|two\s+quarters)(?![\w-])
        (?:\s+of\s+(?:fiscal\s+)?(?P<q_of>{_YEAR})|\s+of\s+(?P<q_ofrel>this|last|next)\s+year\b
          |,?\s+(?P<q_y2>{_YEAR})|\s+(?P<q_yrel2>this|last|next)\s+year\b
          |\s+(?P<q_ago>a\s+year\s+(?:ago|earlier))\b)?
    )""",
    "sea": rf"""\b(?i:
        (?:(?P<s_rel>this\s+past|this\s+coming|last|this|next|past|coming)\s+
          |(?P<s_q>(?:the\s+)?(?:early|late|mid|(?:end|beginning)\s+of(?:\s+the)?))(?:-\s*|\s+)
          |(?P<s_the>the)\s+)?
        (?P<s_name>spring|summer|fall|autumn|winter)(?![\w-])
        (?:\s+of\s+(?P<s_of>{_YEAR})|,?\s+(?P<s_y>{_YEAR})|\s+of\s+(?P<s_sp>{_SPELLED_YEAR})
          |(?:\s+of)?\s+(?P<s_from>1[89]\d\d|20\d\d)[-–/](?P<s_to>\d\d?)\b(?![-/.,]\d)
          |\s+of\s+(?P<s_yrel>this|last|next)\s+year\b)?
    )""",
    "hol": rf"""\b(?:(?P<h_rel>(?i:this\s+past|this\s+coming|last|this|next))\s+)?
        (?P<h_name>Christmas(?:\s+(?:Day|Eve))?|New\s+Year's\s+(?:Day|Eve)|Thanksgiving(?:\s+Day)?
          |Easter(?:\s+(?:Sunday|Monday|[Ww]eek))?|Holy\s+Week|Good\s+Friday|Halloween
          |Valentine's\s+Day|Labor\s+Day|Memorial\s+Day|Veterans\s+Day|Election\s+Day
          |(?:Martin\s+)?Luther\s+King(?:,?\s+Jr\.?)?\s+Day|Presidents'?\s+Day
          |(?:St\.?|Saint)\s+Patrick's\s+Day|Columbus\s+Day
          |Boxing\s+Day|May\s+Day|Ash\s+Wednesday|Palm\s+Sunday|Bastille\s+Day|Canada\s+Day
          |Australia\s+Day|Black\s+Friday|Mother's\s+Day|Father's\s+Day|Independence\s+Day)\b
        (?P<h_wkd>\s+weekend\b)?(?:,?\s+(?P<h_y>{_YEAR}))?""",
    "md": rf"""
        (?:\b(?P<m_cue>(?i:{_CUE}|for|with|against|versus|beyond|{_CHAIN}))\s+)?(?P<m_the>\b(?i:the)\s+)?
        (?P<m_body>
          (?P<m_q>\b(?i:{_PERIOD_OF})\s+|(?<![\w-])(?i:early|mid|late|end)(?:-\s*|\s+)
              |(?P<m_rel>(?i:last|next|this(?:\s+past)?|past))\s+)?
          (?:(?P<m_wd>{_WEEKDAY}),?\s+)?
          (?P<m_mon>{_MONTH})
          (?:\s+(?:(?i:the)\s+(?={_ORDINAL_AFTER_THE})(?![\w-]+\s+of\b))?(?P<m_day>{_DAY})
            (?:\s*(?:-|to)\s*(?P<m_day2>{_DAY_NUM}))?)?
          (?:(?:,?|\s+of)\s+(?P<m_year>{_YEAR})|\s+(?P<m_syear>{_SPELLED_YEAR})
            |\s+(?:of\s+)?(?P<m_yrel>(?i:this|last|next))\s+year\b)?
        )
    """,
    "dm": rf"""(?<![\d.,$/-])\b(?:(?P<dm_d>{_DAY_NUM})\s+(?:of\s+)?
        |(?P<dm_w>{_ORDINAL_DAYS}|Fourth(?=\s+of\s+July))\s+of\s+)(?P<dm_m>{_MONTH})(?:,?\s+(?P<dm_y>{_YEAR}))?""",
    "dec": rf"""(?:\b(?i:early|mid|late)[-\s]+)?(?:\b(?P<dec_y>1[89]\d0|20\d0)'?s\b
        |'(?P<dec_2>[1-9]0)s\b)
        |(?<=the\s)(?:(?i:early|mid|late)[-\s]+)?(?:(?P<dec_c>(?i:nineteen|eighteen))[-\s]+)?
            (?P<dec_w>(?i:{"|".join(_DECADE_WORDS)}))\b""",
    "cen": r"""\b(?P<cen_n>[1-9]|1\d|2[01])(?:st|nd|rd|th)[-\s](?i:century)\b""",
    "spy": rf"""(?:\b(?i:the\s+year\s+)(?P<spy_2000>(?i:two\s+thousand))\b
        (?![\s-]+(?i:and[\s-]+)?(?:{_UNITS_1}|{_TEENS}|twenty)\b)|\b{_SPELLED_YEAR})""",
    "yr": rf"""
        (?:\b(?P<y_cue>(?i:{_CUE}|for|due|of|with|over|against|versus|{_CHAIN}))\s+(?i:both\s+|either\s+)?)?
        (?P<y_body>(?:(?P<y_q>\b(?i:(?:calendar|fiscal|financial|full)[-\s]+year|(?<=the\s)year|early|mid|late
            |end|year-end|calendar|fiscal|post|pre)(?:-\s*|\s+)|\bFY[-\s]?)|(?<![\w,.$-]))(?P<y_y>{_YEAR}))
    """,
    "rd": rf"""\b(?i:(?:(?:earlier|later|late|early)\s+)?(?P<rd_w>today|tonight|yesterday|tomorrow)
        |this\s+(?:morning|afternoon|evening)|(?P<rd_ln>last\s+night)
        |the\s+(?P<rd_nth>{_ORDINAL_DAYS}|\d{{1,3}}(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+)?
            day(?=\s+(?:of|in|since|running)\b))\b""",
    "wkd": r"""\b(?i:the|this\s+past)\s+weekend\b""",
    "ru": r"""\b(?i:(?P<ru_q>earlier|later|early|late)\s+)?
        (?P<ru_rel>(?i:this(?:\s+past)?|last|next))\s+(?P<ru_u>(?i:week|weekend|month|year|decade))\b""",
    "ye": r"""\b(?i:(?:the\s+)?(?P<ye_y>year)(?:-|\s+|'s\s+)end)\b(?![\w-])(?!\s+(?:of\s+)?\d)""",
    "ana": rf"""\b(?i:
        (?:earlier|later|early|late)\s+in\s+the\s+(?P<a_in>year|month|week|day)
        |the\s+current\s+(?:fiscal\s+|financial\s+|calendar\s+)?(?P<a_cur>year|month|week)
        |the\s+(?:full\s+|fiscal\s+|financial\s+|calendar\s+)?(?P<a_yr>year)(?![\w-])(?!\s+\d)
            (?!\s+(?:ago|earlier|before|after|later|ended|ending|to|through|of(?!\s+[$£])|or|and
                |since|two|twenty|nineteen)\b)
        |(?:(?:earlier|later|early|late)\s+)?
            (?:that(?:\s+same)?|the\s+(?P<a_rel>following|next|previous|prior|preceding|same))\s+
            (?P<a_u>year|month|week|day|morning|afternoon|evening|night)
        |(?P<a_n>{"|".join(NUMBERS)}|\d{{1,2}})\s+
            (?P<a_u2>day|week|month|year|decade)s?\s+(?P<a_dir>earlier|later)(?!\s+than\b)
        |the\s+(?:day|night)\s+(?P<a_ba>before|after)(?=\s*[,.;:]|\s*$)
        |the(?:(?<=\bend\sof\sthe)|(?<=\bstart\sof\sthe)|(?<=\bmiddle\sof\sthe)
            |(?<=\bbeginning\sof\sthe)|(?<=\brest\sof\sthe)|(?<=\bremainder\sof\sthe))
            \s+(?P<a_of>month|week|decade)(?![\w-])
    )\b""",
    "yago": r"""\b(?i:year-(?:ago|earlier))\b""",
    "ago": rf"""\b(?:(?<![\d,.])(?P<ago_n>\d{{1,3}}|(?i:{"|".join(NUMBERS)}))\s+)?
        (?P<ago_u>(?i:day|week|month|year|decade|centur(?=y|ies)))(?:y|ie)?(?P<ago_pl>s)?
        \s+(?i:or\s+so\s+)?(?:(?i:ago)|(?P<ago_on>(?i:from\s+now|hence)))\b""",
    "wd": rf"""\b(?:(?P<wd_rel>(?i:last|next|this(?:\s+past)?|past))\s+)?(?P<wd_d>{_WEEKDAY})(?!s\b)
        (?:\s+(?i:morning|afternoon|evening|night)\b)?""",
}
"""The grammar, one alternative per kind of expression, in the order they are tried."""
_COUNTS = " ".join(NUMBERS)
_SHIFTS = "earlier later early late"
_AGO_UNITS = " ".join(
    unit + ending + plural
    for unit in ("day", "week", "month", "year", "decade", "centur")
    for ending in ("", "y", "ie")
    for plural in ("", "s")
)
_LEADS = {
    kind: wordset(words)
    for kind, words in {
        "iso": "",
        "nine": "",
        "dmy": "",
        "qtr": "the its their this that last next comparable same year corresponding similar "
        "current latest most recent past previous prior preceding coming just fiscal first "
        "second third fourth final latter quarter qtr half period two",
        "sea": f"this last next past coming the early late mid end beginning "
        f"{' '.join(cal.SEASONS)}",
        "hol": "this last next christmas new thanksgiving easter holy good halloween valentine "
        "labor memorial veterans election martin luther presidents st saint columbus boxing may "
        "ash palm bastille canada australia black mother father independence",
        "md": f"{' '.join(TIME_PREPOSITIONS)} for with against versus beyond and or to the end "
        "beginning start middle rest remainder month part half course first second third "
        f"fourth last final {_COUNTS} early mid late this next past {' '.join(_WEEKDAYS)} "
        f"{' '.join(MONTH_NUMBERS)}",
        "dm": _ORDINAL_WORDS,
        "dec": f"early mid late nineteen eighteen {' '.join(_DECADE_WORDS)}",
        "cen": "",
        "spy": "the nineteen two twenty",
        "yr": f"{' '.join(TIME_PREPOSITIONS)} for due of with over against versus and or to "
        "calendar fiscal financial full year early mid late end post pre fy",
        "rd": f"{_SHIFTS} today tonight yesterday tomorrow this last the",
        "wkd": "the this",
        "ru": f"{_SHIFTS} this last next",
        "ye": "the year",
        "ana": f"{_SHIFTS} the that {_COUNTS}",
        "yago": "year",
        "ago": f"{_COUNTS} {_AGO_UNITS}",
        "wd": f"last next this past {' '.join(_WEEKDAYS)}",
    }.items()
}
"""The words of letters each alternative may start with, in lower case (or with a number:
"iso" only so). Each is whole: after it comes no letter but as the alternative spells it
("dayy" of "day(?:y|ie)?s?"), but in those of ``_MIDWORD``. Most words before an anchor start
none of the alternatives tried there, and two thirds of the tries failed: the word is looked
up instead, and at the anchor only the alternatives its word may open are tried."""
_LEAD_WORD = re.compile(r"[^\W\d_]+")
"""A word's letters: a word of other letters than ASCII ones is always tried (``(?i:since)``
also matches "ſince")."""

_ANCHOR_CLASSES = {
    "digits": ("iso nine dmy qtr sea hol dec cen yr", 2),
    "month": ("dmy md dm", 3),
    "weekday": ("hol md wd", 2),
    "year": ("qtr hol spy ru ye ana yago ago", 3),
    "unit": ("ru ana ago", 3),
    "week": ("hol ru ana ago", 3),
    "weekend": ("wkd ru hol", 3),
    "day": ("hol rd ana ago", 3),
    "night": ("rd ana", 3),
    "units": ("ana ago", 3),
    "century": ("ago", 3),
    "time of day": ("rd ana", 2),
    "relative day": ("rd", 2),
    "period": ("qtr", 3),
    "season": ("sea", 3),
    "holiday": ("hol", 2),
    "nineteen": ("spy", 2),
    "decade": ("dec", 2),
}
"""Which alternatives may contain each kind of anchor word, and how many words before it they
may start ("by the end of January", "in both 1990"): only those are tried around it. A unit of
time is tried with those that spell it ("years" only in "two years ago" or "two years later";
"nights" in none): the failed tries of all ten were a tenth of the dates' time."""


_MIDWORD = frozenset({"wd"})
"""The alternatives that may end inside their first word ("Monday" of "Mondayish"), whatever
its letters: tried wherever the others are."""


@functools.cache  # bounded: 34 sets of alternatives in all, compiled when first tried (0.15 s)
def _alternatives(kinds: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?P<{k}>{_BRANCHES[k]})" for k in kinds), re.VERBOSE)


class Grammar:
    """The alternatives tried around an anchor (``kinds``, in their order), how many words
    before it they may start, and, at a word of letters, only those that may match there."""

    def __init__(self, kinds: str, words_before: int) -> None:
        self.kinds = tuple(k for k in _BRANCHES if k in kinds.split())
        self.words_before = words_before
        self.pattern = _alternatives(self.kinds)
        self.leads = frozenset[str]().union(*(_LEADS[k] for k in self.kinds))
        midword = tuple(k for k in self.kinds if k in _MIDWORD)
        self._midword = _alternatives(midword) if midword else None
        self._opened: dict[str, re.Pattern[str]] = {}  # by lead word

    def at_word(self, word: str) -> re.Pattern[str] | None:
        """The alternatives that may match at ``word`` (ASCII letters, lower case): those it
        may open and those that may end inside it, in their order (every other one fails
        there, so the first that matches is the same); None if none may."""
        if word not in self.leads:
            return self._midword
        if word not in self._opened:
            opened = (k for k in self.kinds if word in _LEADS[k] or k in _MIDWORD)
            self._opened[word] = _alternatives(tuple(opened))
        return self._opened[word]


_GRAMMARS = {name: Grammar(*spec) for name, spec in _ANCHOR_CLASSES.items()}
_ANCHOR_WORDS: dict[str, Grammar] = {
    word: _GRAMMARS[kind]
    for kind, words in (
        ("month", list(MONTH_NUMBERS)),
        ("weekday", list(_WEEKDAYS)),
        ("year", ["year"]),
        ("unit", ["month", "decade"]),
        ("week", ["week"]),
        ("weekend", ["weekend"]),
        ("day", ["day"]),
        ("night", ["night"]),  # "nights" is in none
        ("units", wordset("years months weeks days decades")),
        ("century", wordset("century centuries")),
        ("time of day", wordset("morning afternoon evening")),
        ("relative day", wordset("today tonight tomorrow yesterday")),
        ("period", wordset("quarter quarters qtr half alf period eriod")),
        ("season", list(cal.SEASONS)),
        ("holiday", wordset("christmas easter thanksgiving halloween")),
        ("nineteen", ["nineteen", "twenty", "thousand"]),
        ("decade", [*_DECADE_WORDS, *(f"{q}{n}0s" for q in "'’" for n in range(1, 10))]),
    )
    for word in words
}
"""The grammar to try around each anchor word (a number: ``_GRAMMARS["digits"]``)."""

_LOWER_ANCHORS = (
    *("today", "tonight", "tomorrow", "twenties", "thirties", "twenty", "thousand", "year"),
    *("yesterday", "night", "nineteen", "nineties", "week", "winter", "month", "morning"),
    *("day", "decade", "centur", "afternoon", "autumn", "alf", "evening", "eighties", "eriod"),
    *("quarter", "qtr", "spring", "summer", "sixties", "seventies", "fall", "fifties", "forties"),
)
"""The anchor words that start in lower case, as :data:`_ANCHOR_LOWER` finds them with the
letters after them ("day" only as a word, or "days")."""
_ANCHOR_LOWER = re.compile(
    "(?:" + "|".join(rf"{w}(?=s?\b)" if w == "day" else w for w in _LOWER_ANCHORS) + ")[a-zA-Z]*"
)
_ANCHOR_OTHER = re.compile(
    r"(?:J(?:an|u[nl]|AN|U[NL])|F(?:eb|ri|all|EB|RI)|M(?:a[ry]|on|orning|A[RY]|ON)"
    r"|A(?:pr|ug|utumn|PR|UG)|S(?:ep|at|un|pring|ummer|EP|AT|UN)|O(?:ct|CT)"
    r"|N(?:ov|ight|ineteen|OV|IGHT)|D(?:ec|ays?\b|EC|AYS?\b)|C(?:hristmas|entur)|E(?:aster)"
    r"|T(?:ue|hu|o(?:day|night|morrow)|hanksgiving|wenty|UE|HU|O(?:DAY|NIGHT|MORROW))"
    r"|W(?:ed|eek|inter|ED|EEK)|H(?:alloween|alf)|Q(?:uarter)|P(?:eriod)"
    r"|Y(?:e(?:ar|sterday)|E(?:AR|STERDAY))"
    r"|1[89][0-9][0-9]|20[0-9][0-9]|'[1-9]0s|’[1-9]0s|1[0-9]th[-\s]century|2(?:0th|1st)[-\s]century"
    r"|9/11)[a-zA-Z]*"
)
"""Every expression the grammar accepts contains one of these words; most passages have none,
and only the alternatives that may hold the word are tried, just before it (cheap: two scans
plus a few matches). Every alternative starts with a literal character, which lets the regular
expression engine skip quickly over text that cannot start one (a character class or an
assertion first makes the scan several times slower); "half" and "period" are found by "alf"
and "eriod", whose first letters the scan looks for anyway. The words that start in lower case
are looked for apart from the others: where a scan may start, the engine tries each of its
alternatives in turn, and their first letters are half the text."""


def _anchors(text: str) -> list[re.Match[str]]:
    """The anchor words of ``text`` in order, as one scan for them all would find them: the
    two scans' matches, without those inside the match before ("day" in "Monday"), which end
    with it (both end where the letters do)."""
    lower = _lower_anchors(text)
    other = list(_ANCHOR_OTHER.finditer(text))
    if not lower or not other:  # most passages: one scan's matches, in order and apart
        return lower or other
    found = sorted([*lower, *other], key=re.Match.start)
    out = []
    end = 0
    for m in found:
        if m.start() >= end:
            out.append(m)
            end = m.end()
    return out


def _lower_anchors(text: str) -> list[re.Match[str]]:
    """``list(_ANCHOR_LOWER.finditer(text))``, matched only where one of its words starts: a
    scan tries a match at every letter that may start one (a third of the letters), where
    looking for each word in turn runs in C and leaves a few places to try, leftmost first."""
    starts = sorted({at for word in _LOWER_ANCHORS if word in text for at in _starts(text, word)})
    found = []
    end = 0
    for at in starts:
        if at >= end and (m := _ANCHOR_LOWER.match(text, at)) is not None:
            found.append(m)
            end = m.end()
    return found


def _starts(text: str, word: str) -> Iterator[int]:
    """Where ``word`` starts in ``text``, in order."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


_LAST_WORD_START = re.compile(r"(?s:.*)\b\w")
"""The last word's start, at the end of the match (one call a word instead of a scan of all)."""


_AMOUNT_AFTER = re.compile(
    r"\s*(?:pct|percent|%|dlrs?|dollars?|cts|mln|bln|billion|million|tonnes?|tons?|shares?|stg"
    r"|yen|marks|francs|points?|pts|barrels?|bpd|bushels?|ounces?|units?|lbs?|feet|miles|acres"
    r"|block(?=\s+of\b))\b",  # "the 2000 block of Elm Street": an address
    re.IGNORECASE,
)
_CLOCK_AFTER = re.compile(
    r"(?:\s*(?:and|to|-|–)\s*[0-2]\d[0-5]\d)?"  # "between 1900 and 2300 hours"
    r"\s*(?:hours|hrs|(?i:gmt)|[ECMP][SD]T|BST|CET|HKT|JST|local\s+time)\b"
)
"""After four digits, a clock time: "1900 hours", "2000 EST/0100 gmt"."""
_LABEL_AFTER = re.compile(
    r"[\s-]*(?:1st|2nd|3rd|4th|first|second|third|fourth|fiscal(?![-\s]+year\b)|qtrs?"
    r"|quarters?|half|halves|nine|six|three|twelve|mths|months)\b",
    re.IGNORECASE,
)
"""A year followed by these is a reporting-period label ("in 1987 nine months", "1986 fiscal
second quarter"), not a date; a fiscal year is the year ("its 1987 fiscal year")."""
_PREVIOUS = frozenset({"previous", "prior"})
_FIGURE_COMPARED = frozenset({"from", "against", "after", "than", "with", "over", "versus"})
"""Words before a month's "'s" that make it the month of a figure compared ("up from
December's 23.77 billion"), no date that later expressions count from."""
_FUTURES = rf"(?:{'|'.join(sorted(COMMODITY_WORDS))}|crude|gasoline|heating\s+oil)"
"""What futures are traded in, whose contracts a month names: "May wheat", "April crude"."""
_PRODUCT_AFTER = re.compile(
    rf"(?:\s*(?:,|and|or|to|through|-|/)\s*{_MONTH})*\s+(?:(?:New\s+York|London)\s+)?"
    rf"(?:(?:{_FUTURES}\s+)?(?:deliver(?:y|ies)|shipments?|loadings?|contracts?|futures|options"
    r"|positions?|arrivals?|forwards?|calls?|puts?)\b"
    r"|(?:t-bonds|t-bills|t-notes|bonds)\b"
    rf"|{_FUTURES}(?=\s*[.,;:]|\s+(?:to|at|closed|settled|ended|was|were)\b))",
    re.IGNORECASE,
)
"""A contract month, alone or ending a list: "May delivery", "for May and June shipments",
"July New York futures", "June T-bonds", and a commodity's when nothing follows that the month
would date ("from down 0.60 dlr in May wheat to up 0.30", "19.00 dlrs a barrel for May crude",
not "May cattle marketings")."""
_SHARED_YEAR = re.compile(
    rf"(?:\s*(?:,|and|or|to|through|-|/)\s*{_MONTH}(?:\s+{_DAY_NUM})?)+"
    rf"(?:,?\s+(?P<year>{_YEAR})|\s+(?:of\s+)?(?P<yrel>(?i:this|last|next))\s+year\b"
    r"|(?P<that>\s+of\s+(?i:that|the\s+same)\s+year\b))"
)
"""The year a list of months ends with: "in January and June 1986", "in March and April next
year", "during January/November 1986", "in May, June and September of that year" (the year
the passage named before)."""
_LISTED_DAY = re.compile(
    r"(?P<sep>\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?P<day>3[01]|[12]\d|0?[1-9])"
    r"(?:st|nd|rd|th)?(?![.,]\d)"
    r"(?=\s*(?:[.,;:)]|$)|\s+(?:and|or|in|at|on|to|for|of|with|when|while|as)\b)"
)
"""More days of the same month after a month-day without a year: "on April 24 and 25", "May
3, 4 and 5"; not "April 24 and 25 people", "due March 31, 1997 and 2,564,102 shares", nor a
number after ", and" that no list leads to ("on Feb. 25, and 14 for 100 dlrs")."""
_OF_AFTER = re.compile(r"\s+of\b")
_PART_OF_AFTER = re.compile(rf"\s+of\s+(?:{_MONTH}|(?:19|20)\d\d\b)")
"""After "last week", what makes it part of a longer time: "last week of March" (not "the
conviction last month of an employee", "the disclosure this week of Clinton's data": the noun's
"of"; "the last week of the campaign" is a duration for its "the")."""
_QUARTER_AFTER = re.compile(r"(?:\s+\d{4})?\s+(?:quarter|qtr)\b", re.IGNORECASE)
"""After a month, the quarter that ends with it: "the December quarter"."""
_DASH_BEFORE = re.compile(r"\w\s*[-–]\s*$")
_MONTH_FIRST = re.compile(_MONTH)
_DASHED_YEAR = re.compile(rf"[-–]{_MONTH},?\s+{_YEAR}")
"""After a month, a dash and the month with the year that end a range: "Jan-Dec, 1986"."""
_DASH = re.compile(r"\s*[-–]\s*")
_OF_THAT_YEAR = re.compile(
    r"\s+of\s+(?i:that|the\s+same|the\s+(?P<rel>following|next|previous|preceding|prior))\s+"
    r"(?i:year)\b"
)
"""After a month, the year the passage named before: "April of that year", "June of the
following year"."""
_YEAR_STEPS = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "prior": -1}
_YEAR_REL_AFTER = re.compile(r"\s+(?P<rel>(?i:last|this|next))\s+(?i:year)\b")
_PERIOD_TO = re.compile(r"\b(?i:year|months|mths|weeks|quarter|period)\s+to\s+$")
"""Before a month, a period that ends with it: "inflation in the year to February"."""
_TOLD_AHEAD = dt.timedelta(days=21)
"""How much further than :data:`~newsindex.nlp.datespans.SLACK` after the base a day a past
clause names may lie: five weeks in all."""
_ENDED_BEFORE = re.compile(r"\b(?i:quarter|qtr|year|period|half|weeks?|months?|mths)\s+ended\s+$")
"""Before a day, a reporting period that ended on it."""
_WEEK_OF = re.compile(r"\bweek\s+of\s+$", re.IGNORECASE)
_RECURRING = re.compile(
    rf"(?:\s*(?:,|and|or)\s+{_WEEKDAY})*\s+(?i:nights|mornings|afternoons|evenings)\b"
)
"""A weekday list ending in a plural part of the day: "flights leave on Monday and Tuesday
nights" recur."""
_EVERY_BEFORE = re.compile(r"\b(?i:each|every)\s+(?:[a-z]+\s+)?$")
"""Before a weekday, what makes it recur: "each Tuesday", "each expiration Friday"."""
_OF_WEEK = re.compile(r"\s+(?:of\s+)?(?P<rel>(?i:last|next|this))\s+week\b(?!['’]s)")
"""After a weekday, its week ("on Friday of last week"); not before a possessive ("on Monday
of last week's shooting": the day, then the week of what happened)."""
_PART_OF_DAY_BEFORE = re.compile(r"\b(?i:later|earlier|late|early)\s+$")
"""A part of the day before a weekday ("later Tuesday", "early Friday"): it says when in the
day, not whether the day is past or to come."""
_NAME_MONTHS = frozenset({"april", "may", "june", "august"})
"""Months that are also names: "in May Department Stores", "by August Busch"."""
_NAMED_AFTER = re.compile(
    r"(?:\s+[A-Z][a-z]+)*\s+(?:Day|Movement|Alliance|Coalition|Party|Group|Front|Accords?"
    r"|Agreement|Declaration|Revolution|Uprising|Massacre|Act|Law)\b"
)
"""The capitalised words of a name after a date: "the March 14 Solidarity Day"."""
_EVENT_AFTER = re.compile(
    r"\s+(?:(?P<planned>elections?|referendum|vote|primary|visit|trip|launch|debates?|hearings?"
    r"|rally)"
    r"|survey|interview|letter|speech|endorsement"
    r"|slayings?|killings?|murders?|assassination|attacks?|bombings?|shootings?|massacre|deaths?"
    r"|invasion|coup|uprising|riots?|raids?|arrests?|explosion|blast|crash|earthquake|flood|storm"
    r"|accession|agreement|accord|ceasefire|truce|ruling|verdict|decision|resignation"
    r"|announcement)\b"
)
"""Events a month before them dates: "the October slaying", "a June agreement" (not "the May
contract", "its March load factor", "the June summit": labels and meetings, by the Reuters
conventions)."""
_APPOSED_YEAR = re.compile(r",\s+(?i:the)\s+year\b")
_ELECTION = re.compile(r"elections?|referendum|primary")
_MODIFIED_EVENT_AFTER = re.compile(
    rf"(?P<owner>['’]s)?(?:(?:\s+[A-Z][\w.&-]*){{1,3}})?(?:\s+[a-z][a-z-]+)?{_EVENT_AFTER.pattern}"
)
"""After a month, its event maybe after a modifier or a name: "the November general election",
"an October CNN interview", "the June Senate vote", "in November's general election"."""
_OWNER_BEFORE = re.compile(
    r"(?<![\w'’])(?!(?i:it|that|there|what|who|he|she|here|where|let)['’]s)[\w.-]+['’]s\s+$"
)
"""A possessive before a month that makes it a modifier, as "the" does: "Florida's March
primary" (not "it's", "that's": a verb)."""
_POSSESSIVE_EVENT = re.compile(rf"'s(?:\s+[a-z][a-z-]*){{0,2}}?{_EVENT_AFTER.pattern}")
"""A day's event, maybe after a modifier or two: "Monday's marathon bombing", "Wednesday's
fertilizer plant explosion", "Friday's ruling"; unless planned ("Sunday's election")."""
_AHEAD_OF = re.compile(r"\b(?i:ahead\s+of)\s+$")
_ELECTION_MONTH = 11
"""The month of the United States' federal and most state elections, which a campaign's news
names without the noun ("can win in November")."""
_ELECTORAL = re.compile(
    r"\b(?i:elect|elected|electing|election|elections|electability|re-election|reelection|vote"
    r"|votes|voters?|voting|ballots?|nominee|win|wins|winning|victory|defeat|ticket"
    r"|White\s+House|Senate)\b(?:(?!\.\s)[^;:])*$"
)
"""Before a month in the same sentence, the words of an election: "the candidate who can win
in November", "Democrats trying to regain control of the Senate in November"."""
_PLANNED_BEFORE = re.compile(
    r"\b(?i:elections?|referendum|vote|primary|primaries|convention|summit|visit|trip|launch)"
    r"\s+$"
)
"""A planned event right before a month's "in": "the convention in July", "a visit in May"."""
_NINE_ELEVEN = re.compile(
    r"\s+(?i:(?:terrorist\s+)?attacks|hijack(?:ers|ings)|commission|terrorists|victims|families"
    r"|mastermind|plotters|conspiracy)\b"
)
"""After "Sept. 11", what makes it the 2001 attacks' name (in news written after them)."""
_THE_ATTACKS = dt.date(2001, 9, 11)
_DATE_WORD = re.compile(rf"{_MONTH}|{_WEEKDAY}|(?i:today|tomorrow|yesterday|tonight|night)\b")
_HOLIDAY_BEFORE = re.compile(
    r"(?:Easter|Black|Ash|Holy|Maundy|Palm|Super|Bowl|Cyber|Whit|Shrove|Bloody|Blue|Mail on"
    r"|Independent on)\s+$"
)
_PERIOD_NOUN_BEFORE = re.compile(
    r"(?:(?i:end|beginning|start|middle|rest|remainder|part|all|most|much|half|quarters?|months?"
    r"|weeks?|course"
    r"|periods?|halves"
    r"|spring|summer|autumn|fall|winter"
    r"|crisis|crash|war|recession|depression|collapse|coup|invasion|uprising|strike|drought"
    r"|floods?|earthquake|famine|panic|boom|slump|riots?|revolution|massacre|elections?)"
    r"|primary|primaries|caucus|caucuses|conventions?|campaigns?|contests|attacks|bombings)\s+$"
)
"""Before "of" and a year, a period, a share of it or an event: "the end of 1987", "all of 1987",
"the same period of 1986",
"the first and second quarters of 1986", "its debt crisis of 1982",
"the Democratic convention of 1964" (not a name: "the Internal Revenue Code of 1986", "the
Athens Convention of 1974")."""
_DETERMINED_NOUN_BEFORE = re.compile(
    r"(?:\b(?i:the|its|his|her|their|our)|\w's)\s+(?:[a-z][a-z-]+\s+){0,4}(?!(?:act|code)\s)"
    r"[a-z][a-z-]+\s+$"
)
"""Before "of" and a year, any lower-case noun phrase its determiner opens: "the storms of
1995", "the whole of 1986", "the heady days of 1981", "the disputed vote of 2009"; not a law's
name, capitalised or not ("the Tax Reform Act of 1986", "the investment company act of 1940")."""
_NO_YEAR_AFTER = re.compile(r"-model\b|\s*(?:=|equal+ing\b|equals\b)\s*100\b")
"""After a number that looks like a year, what makes it none: a model ("production of
1988-model cars") or an index's base ("based on the close of 1969 equaling 100")."""
_MODIFIER_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|his|her|their|our|your|this|that|these|those|whose)|\w's?)"
    r"\s+(?:[a-z][a-z-]+\s+)?$",
    re.IGNORECASE,
)
"""A year as a modifier: "the 1992 election", "his unsuccessful 1996 campaign", "Mixte's 1989
profit"."""
_CAR_MAKES = wordset(
    "Chevrolet Chevy Ford Toyota Honda Buick Cadillac Dodge Chrysler Oldsmobile Pontiac Plymouth "
    "Nissan Datsun Mercedes BMW Volkswagen Jeep Mazda Lincoln Mercury Volvo Subaru Hyundai GMC "
    "Porsche Saab Audi Lexus Acura Kia Mitsubishi"
)
"""A year right before a car make, with no time word before it, is a model year."""
_NAMED_FIGURE_AFTER = re.compile(
    r"\s+(?:(?!(?:Inc|Corp|Co|Ltd|Group|Cos)\b)[A-Z][\w&.-]*\s+){1,3}"
    r"(?:earnings|profits?|results|sales|revenues?|growth|production|output|exports|imports"
    r"|budget|forecasts?|crops?|harvest|turnover|deficit|surplus|spending|elections?|campaign)\b"
)
"""A year before a name and the figure or event it dates, without a determiner: "analysts
were predicting 1990 BellSouth earnings", "put 1987 GDP growth at 3 pct" (not "sold 1990 IBM
shares", "1988 Stanza sedans": quantities and models name no such noun)."""
_FIGURE_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?:(?:net|operating|pretax|pre-tax)\s+)?(?:earnings|profits?|income|results"
    r"|sales|revenues?|losses|budget|forecasts?|growth|output|production|exports|imports"
    r"|levels?|figures?|totals?|record)\b"
)
"""A year before a figure it dates, after a lower-case word of the sentence: "expects 1987
earnings to rise", "may not match 1986's earnings", "rose from 1985's level" (a line of a
table starts with its label: "1986 net")."""
_LOWER_WORD_BEFORE = re.compile(r"\b(?!vs\b)[a-z]{2,}\s+$")
_VERB_AFTER = re.compile(
    r"\s+(?:was|is|will|would|has|had|saw|brought|marked|proved|became|could|may|might)\s"
)
"""A year opening a sentence before a verb is its subject: "2012 was a hard year"."""
_CLOCK_BEFORE = re.compile(
    r"(?:\d(?:[.:]\d\d)?\s*[ap]\.?m\.?|\bnoon|\bmidnight)\s*(?:\(?[A-Z]{2,4}\)?\s*)?,?\s+$",
    re.IGNORECASE,
)
"""A clock time before a day ("until 9 a.m. Tuesday", "4 a.m. EDT Thursday"): the day is still
the day; the words before the clock say which way it lies."""
_AMOUNT_BEFORE = re.compile(
    r"(?:\d|million|billion|cents?|share|%|percent)\W*(?:a\s+share\W*)?$", re.IGNORECASE
)
_POSSESSIVE_SUM = re.compile(r"'s\s+(?:[$£#]|[A-Z]{1,3}\$)")
""""last year's $2.34 billion", "last year's C$252 million"."""

_CUES = frozenset(_CUE.split("|"))
_SPELLED_2000S_CUES = _CUES | {"of", "for", "in", "year"}
"""What must come before ``twenty thirteen`` or ``two thousand and five`` alone: both are
numbers too."""
_COMPARED = frozenset({"against", "versus"})
"""Cues of a comparison: "fell 0.7 pct against January"."""
_COMPARED_TO = re.compile(
    r"(?:\b(?i:compared|comparison)\s+(?i:with|to)|(?:\b(?i:pct|percent|dlrs|dollars|cts|cents"
    r"|mln|bln|million|billion|tonnes|points|pts|marks|yen|francs|stg)|%)\s+(?i:over))\s+$"
)
"""Before a month or year, the words of a comparison that "with" and "over" need: "compared
with January", "an increase of 300 mln dlrs over 1985" (not "with 1987 sales", "over 2000";
never "over" before a month: "20 cents over July" is a premium over a futures month)."""
_COMPARED_IF = frozenset({"with", "over"})
_MONTH_CUES = _CUES | {"for", "beyond"} | _COMPARED | _COMPARED_IF
_YEAR_CUES = _CUES | {"for", "due"}
_CHAINS = frozenset(_CHAIN.split("|"))
_RANGE = _CHAINS - {"and", "or"}
_THE = frozenset({"the", "a", "an", "each", "every", "that"})
_FOR = wordset("for")
_IS_AFTER = re.compile(r"(?:,[^,.;:\"“”]{1,60},)?\s+(?:is|are)\b")
"""After a weekday that opens its sentence, its present "is", maybe past an apposition: the
day is to come ("Wednesday, the day before Thanksgiving, is close behind")."""
_INDEFINITE = wordset("a an")
_EVERY = frozenset({"each", "every"})
_DURATION_DETERMINERS = _THE - {"that"} - _EVERY
"""Before "next week", what makes it a duration ("the next week"); "each" there is a price's
("sold at one dlr each last month")."""
_OWNERS = DETERMINERS - _THE  # "his", "its", "their" ...
_ANAPHORIC = frozenset({"previous", "following", "preceding", "prior", "same"})
_TIME_PREPS = frozenset({"on", "last", "next", "this", "by", "until", "till", "since", "early"})
_AS = wordset("as")
_BACK_TO = wordset("dating dates dated date back prior")
"""Before "to" and a year or month, what makes it a time ("dating to 1994", "prior to 2008")."""
_TRADED = wordset("paid bid offered asked quoted traded sold bought")
_REPORTED_BEFORE = re.compile(
    r"(?:\b(?P<aux>[A-Za-z']+)\s+)?\b(?i:said|told|announced|reported|forecast|predicted|warned"
    r"|disclosed)\s+$"
)
"""A reporting verb (and the word before it) right before a month's "in": "said in January"."""
_NOT_YET = wordset("be been being is are will 'll would to may might must should can could shall")
"""Before a reporting verb, what makes it no past report: "will be announced in May"."""
_HAVE = wordset("have has")
_GIVEN_BEFORE = re.compile(r"\b(?i:give|gives|gave|given|giving)\s+(?:[\w.'-]+\s+){0,2}$")
_SINCE_BEFORE = re.compile(r"\b(?i:since)(?:\s+[a-z]+){0,3}\s+$")
"""A "since" a few words before: "since shortly after the Oct. 23 slaying" is past."""
_SET = wordset("set fixed")
_FOR_AFTER = re.compile(r"\s+for\s+(?![\d$])")
"""After a day a verb sets: what it is set for ("set May 7 for sentencing")."""
_AS_THE_DATE = re.compile(r"\s+as\s+(?:the|a)\s+(?:[a-z]+\s+)?date\b")
"""A day fixed for something: "it set June 4 as the date for a special meeting"."""
_TRADE_NOUNS = r"(?:delivery|shipment|arrival|loading|shipping)"
_FOR_DELIVERY = re.compile(rf"\bfor\s+{_TRADE_NOUNS}\s+$")
"""A trade's delivery month ahead: "licences to import palm oil for delivery in April"."""
_TRADE_AFTER = re.compile(
    r"(?:\s*(?:[/-]|and\b|to\b)\s*(?:(?i:early|mid|late)[-\s]+)?(?:[A-Z][a-z]{2,8}\.?\s*)?"
    rf"[\d-]*){{0,2}}\s+(?i:{_TRADE_NOUNS})\b"
)
"""After a month or day that "for" opens, the trade it dates, ahead: "for June 20/July 20
shipment", "for September 1-15 and November 5-20 delivery", "for April shipping"."""
_JOINED_DAY = re.compile(r"(?:/|\d\s*(?:[-–]|(?i:and|to|through)\b))\s*$")
"""Before a day, the join to the day before it: "June 20/", "September 1-15 and "."""
_ELIDED = re.compile(
    r"\s+(?i:and|or|than|as)\s+(?P<rel>(?i:last|next))\b"
    r"(?!\s+(?:(?i:year|month|week|decade|quarter|time|one|two|few|at|for|until|till|through"
    r"|into|about|longer|only|well|beyond)\b|[A-Z\d]))"
)
"""After "this year", a "last" or "next" that leaves the unit out: "this year and next"; not
a unit of its own ("and next year") nor the verb ("this week and last at least a month")."""
_FOLLOWING_AFTER = re.compile(r"(?:^|[^\w\s]\s*|\b(?!(?i:the)\b)\w+\s+)(?i:following)\s+$")
""""Following" without "the" is "after": "following Wednesday's leak" is that Wednesday."""
_IT_IS = re.compile(r"\b(?i:it's|it\s+is|today\s+is|this\s+is)\s+$")
"""Before "the third day of ...", what makes it the base: "today is", "it's"."""
_DEADLINE_CUES = UNTIL | {"before"}
_RECORD_DAY = re.compile(
    r"\b(?i:of\s+record|(?:share|stock)?holders\s+registered|shares\s+registered)"
    r"\s+(?:(?i:on|as\s+of|as\s+at|at)\s+)?$"
)
"""Before a day, what makes it a record day: "holders of record on April 27", "to shareholders
registered May 1" (the Australian wires' wording)."""
_EFFECTIVE = re.compile(
    r"(?:^|\b(?!(?i:be|is|are|was|were|been|being|become|becomes|became)\b)\w+,?\s+)"
    r"(?i:effective)\s+(?:(?i:on|from|as\s+of)\s+)?$"
)
"""Before a day, "effective" that dates a change stated, not a verb's predicate ("will be
effective"): the change may have been in force for weeks ("approved interstate banking effective
January 1", written in March; "Effective March 10, Amalgamated merged into LLC")."""
_STARTING = re.compile(r"\b(?i:starting|beginning)\s+(?:(?i:on|from)\s+)?$")
"""Before a day, the start of what runs on from it, which may have begun weeks ago as a change
in force may ("return to fixed prices starting February 1", "the fiscal year beginning March
1", written in March)."""
_IN_FORCE = dt.timedelta(days=90)
"""How long before the article a day a change took effect on, or what runs on began, may lie."""
_UP_BEFORE = re.compile(r"\b[a-z]+\s+up\s+$")
"""Before "to" and a day, what makes it a deadline or a limit after the verb ("to negotiate up
to September 30"); not opening the sentence ("Up to March 26, 92 pct of the shares were
tendered": a total)."""
_RANGE_JOIN = re.compile(r"\s*(?P<word>(?i:and|to|through|thru)|-|–)\s*")
_BETWEEN = re.compile(r"\b(?i:between)\s+$")
_YEAR_BOUNDS_BEFORE = re.compile(
    r"\b(?i:year|season)\s*\(\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*[/-]\s*)?$"
)
_YEAR_BOUNDS_AFTER = re.compile(r"\s*(?:[/-]\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*)?\)")
"""Around a day, a year's or season's bounds in brackets after its name: "the 1986/87 coffee
year (Oct 1/Sept 30)" names the days every such year runs between, no day of this one."""
_SPLIT_YEAR_ENDING = re.compile(
    r"\b(?P<century>19|20)(?P<first>\d\d)\s*[/-]\s*(?P<second>\d\d)"
    r"(?:\s+(?!(?:the|a|an|its|in|on|at|within|for|of|and|or)\b)[a-z]+){0,2},?"
    r"\s+(?:which\s+)?(?:ending|ended|ends|to\s+end)(?:\s+(?:on|in))?\s+$"
)
"""Before a day without a year, the split year whose end it is: "in fiscal 1987/88 ending June
30", "the 1986/87 cocoa year ending September 30", "1985/86, which ended March 31" (not "the
1987/88 budget within the current year ending March 31")."""
_FIRST_IN_YEAR = re.compile(
    r",?\s+(?i:beginning|starting|commencing)\s+(?:(?i:in)\s+)?(?P<year>(?:19|20)\d\d)\b"
)
"""After a yearly day, the year it first falls in: "on November 5, beginning in 1988"."""
_FIGURE_FROM = re.compile(
    r"\b(?i:from)\s+(?:(?i:a|an|the|its|their)\s+)?(?:(?!current|present)[a-z]+\s+)?"
    r"[$£]?\d[\d.,]*(?:\s+[a-z]+){0,3}\s+$"
)
"""Before a month's "in", the figure a change starts from: one known, so the month is over
("are expected to show a deficit of 13 billion, from a provisional 14.8 billion in January",
"rose to 1,168,000 from 1,111,000 in August"); not a figure that stands now, whose month is
the change's ("may cut its rate from a current 8.5 pct in June")."""
_DEFERRED_TO = wordset("to until till")
"""After a verb that moves a date ("postponed until", "extended to"), the new date to come."""
_DEFERRED_UNTIL = wordset("until till through beyond")
"""These may stand a few words after the verb that moves the date ("extended the loans through
January"); "to" only right after it ("extended its lead to 5 pct in May" is no deadline)."""


# ---------------------------------------------------------------------------------------------
# The scanner


_MONTH_KINDS = frozenset({"iso", "dmy", "md", "dm"})
_DAY_KINDS = frozenset({"md", "dm", "wd", "rd"})
_SHIFTABLE_KINDS = _DAY_KINDS | {"hol"}
_DAYS_FROM = re.compile(
    rf"\b(?:(?i:the)\s+(?i:day)|(?P<n>\d{{1,2}}|(?i:{'|'.join(NUMBERS)}))\s+(?P<u>(?i:days?|weeks?"
    r"|months?|years?)))"
    r"\s+(?P<dir>(?i:before|after|from|ago))\s+$"
)
"""A count of days, weeks, months or years before a day: "the day before yesterday", "two weeks
from today", "a week ago Tuesday", "a year ago Sunday"."""
_DIGITS = re.compile(r"\d{4}")


def locate_dates(
    text: str, base: dt.date | None, *, previous: DateSpan | None = None
) -> list[tuple[int, int, DateSpan]]:
    """Each date expression in ``text`` with its character offsets, in text order (``previous``
    as in :func:`find_dates`)."""
    found: list[tuple[int, int, DateSpan]] = []
    passage: Passage | None = None
    done = 0
    last_kind = ""
    written = text  # what the spans quote
    for anchor in _anchors(written):
        at = anchor.start()
        word = anchor.group()
        grammar = _GRAMMARS["digits"] if word[0].isdigit() else _ANCHOR_WORDS.get(word.lower())
        if at < done or grammar is None:
            continue
        if passage is None:
            # Curly apostrophes read as straight ones ("Monday night’s debate", "she’ll"); one
            # character for one keeps the offsets.
            text = written.replace("’", "'") if "’" in written else written
            passage = Passage(text, base)
            if previous is not None:
                passage.before = Passage("", base)
                passage.before.remember(
                    previous.start, previous.end, month=True, year=True, day=False
                )
                passage.follows_quarter = cal.is_quarter(previous.start, previous.end)
        for m in _matches_around(grammar, text, at, done):
            kind = m.lastgroup or ""
            # A list continues a date of its own family: "in June, July and August", "1972 to
            # 1980".
            family = "yr" if kind == "yr" else "md"
            gap = text[found[-1][1] : m.start()].strip(" ,/-–") if found else "-"
            result = _resolve(m, kind, passage, last_kind == family and not gap)
            if result is None:
                continue  # a shorter match may resolve: "the same period last year"
            start, end, (first, last) = result
            done = max(m.end(), end)
            if kind == "rd" and hypothetical(text, start, end):
                break  # "if elections were held today": a poll's question, not a day
            if first == last and kind in _SHIFTABLE_KINDS:
                start, first = _days_from(text, start, first, kind)
                last = first
                if found and found[-1][0] >= start:
                    found.pop()  # "a week ago" of "a week ago Tuesday": one expression
                if passage.found and passage.found[-1][0] >= start:
                    passage.found.pop()
            if kind == "md" and (opening := _dashed_opening(text, found, start, end, first, last)):
                start, first = found.pop()[0], opening  # "January-March", "Nov 20-Dec 10"
                passage.found.pop()
            found.append((start, end, DateSpan(first, last, written[start:end])))
            passage.found.append((start, end, (first, last)))
            names_month = kind in _MONTH_KINDS
            # "since 1995" starts a stretch: "the rest of the year" after it is not 1995's,
            # but "since 1983, the year they took hold" is
            since = (
                kind == "yr"
                and (m["y_cue"] or "").lower() == "since"
                and not _APPOSED_YEAR.match(text, end)
            )
            names_year = (kind in ("iso", "dmy", "yr", "spy") and not since) or (
                # "March 1986", "first-quarter 1986", "summer 1986": "the year" next is 1986;
                # not "the 1988 period", the year-ago figures a "year-ago" goes on with
                (names_month or (kind in ("qtr", "sea") and "period" not in m.group().lower()))
                and _DIGITS.search(text, start, end) is not None
            )
            if not (
                names_month
                and text.startswith("'s", end)
                and preceded_by(text, start, _FIGURE_COMPARED)
            ):  # "up from December's 23.77 billion ... three months earlier": not from December
                passage.remember(first, last, month=names_month, year=names_year)
            last_kind = "yr" if kind == "yr" else "md" if kind in ("md", "dm") else ""
            if kind == "md" and first == last and not _DIGITS.search(text, start, end):
                more = _listed_days(text, done, first)
                found += more
                done = more[-1][1] if more else done
            if kind == "ru" and base is not None and (other := _elided_unit(text, done, m, base)):
                found.append(other)  # "this year and next"
                done = other[1]
            break
    return found


def _dashed_opening(
    text: str,
    found: list[tuple[int, int, DateSpan]],
    start: int,
    end: int,
    first: dt.date,
    last: dt.date,
) -> dt.date | None:
    """The first day of the range that the month ``first``..``last`` at ``start`` ends, where a
    dash joins it to the month found last ("in January-March", "Jan-Dec, 1986": the months
    between too), or the day that the day ``first`` ends, where a dash joins it to the day found
    last ("for Nov 20-Dec 10 shipment", one range as "Nov 10-25" is: the days between are
    meant); None if it ends none. A range runs forward: before a month with its year written, a
    later month of the calendar opens it in the year before ("Oct-Feb 1987")."""
    if not found or not _DASH.fullmatch(text, found[-1][1], start):
        return None
    before = found[-1][2]
    if before.start == before.end and first == last:  # not "on Monday - Nov 20 -"
        return before.start if before.end < first and _MONTH_FIRST.match(before.text) else None
    if not all(
        a.day == 1 and b == cal.month(b.year, b.month)[1] and (a.year, a.month) == (b.year, b.month)
        for a, b in ((before.start, before.end), (first, last))
    ):
        return None
    if before.end < first:
        return before.start
    if before.start.month > first.month and _DIGITS.search(text, start, end):
        return before.start.replace(year=first.year - 1)
    return None


def _elided_unit(
    text: str, end: int, m: re.Match[str], base: dt.date
) -> tuple[int, int, DateSpan] | None:
    """The unit a "last" or "next" right after "this year" leaves out: "growth this year and
    next", "more this year than last"."""
    after = _ELIDED.match(text, end)
    if after is None or m["ru_rel"].lower() != "this":
        return None
    rel, unit = after["rel"].lower(), m["ru_u"].lower()
    first, last = cal.relative_unit(base, rel, unit)
    return after.start("rel"), after.end("rel"), DateSpan(first, last, after["rel"])


def _days_from(text: str, start: int, day: dt.date, kind: str) -> tuple[int, dt.date]:
    """A day counted from the one found: "the day before yesterday", "two days after Christmas",
    "two weeks from today", "a week ago Tuesday" (the expression then starts at the count);
    "from" only before today or tomorrow ("it lasted ten days from Monday" is a duration)."""
    shift = _DAYS_FROM.search(text, max(0, start - 24), start)
    if shift is None or (shift["dir"].lower() == "from" and kind != "rd"):
        return start, day
    if preceded_by(text, shift.start(), _DURATION_DETERMINERS):
        return start, day  # "in the two years before March 31, 1989": a duration up to it
    count = 1 if shift["n"] is None else number(shift["n"])
    sign = -1 if shift["dir"].lower() in ("before", "ago") else 1
    unit = (shift["u"] or "day").lower()
    if unit.startswith(("month", "year")):  # "a year ago Sunday": that Sunday, a year back
        return shift.start(), cal.add_months(day, sign * count * (12 if unit[0] == "y" else 1))
    if unit.startswith("week"):
        count *= 7
    return shift.start(), day + dt.timedelta(days=sign * count)


def _listed_days(text: str, end: int, first: dt.date) -> list[tuple[int, int, DateSpan]]:
    """The days of ``first``'s month listed right after it: "on April 24 and 25"."""
    days: list[tuple[int, int, DateSpan]] = []
    for more in _LISTED_DAY.finditer(text, end):
        if more.start() != end or (not days and "," in more["sep"] and more["sep"].strip(" ,")):
            break
        try:
            day = first.replace(day=int(more["day"]))
        except ValueError:
            break
        end = more.end("day")
        days.append((more.start("day"), end, DateSpan(day, day, more["day"])))
    return days


def _matches_around(
    grammar: Grammar, text: str, anchor: int, floor: int
) -> Iterator[re.Match[str]]:
    """The grammar's matches covering the anchor, starting at most its number of words before
    it, leftmost first. At a word of letters, only the alternatives that may match there are
    tried, and none at a word before the anchor that opens none of them (most tries there
    failed)."""
    starts = [anchor]
    low = max(floor, anchor - 40)
    for _ in range(grammar.words_before):
        last = _LAST_WORD_START.match(text, low, starts[0])
        if last is None:
            break
        starts.insert(0, last.end() - 1)
    for pos in starts:
        pattern: re.Pattern[str] | None = grammar.pattern
        word = _LEAD_WORD.match(text, pos)
        if word and (pos == anchor or word.end() <= anchor) and (w := word.group()).isascii():
            w = w.lower()
            if pos < anchor and w not in grammar.leads:
                continue  # a match ending inside the word covers no anchor after it
            pattern = grammar.at_word(w)
        m = pattern.match(text, pos) if pattern else None
        if m is not None and m.end() > anchor:
            yield m


def find_dates(
    text: str, base: dt.date | None, *, previous: DateSpan | None = None
) -> list[DateSpan]:
    """The dates ``text`` mentions, resolved against the article date ``base`` (see module doc).

    ``previous``: the last date the passage before gave, whose year or month an anaphor
    opening this one refers to ("... in June 1998." / "The following month, ..."); only until
    this passage names a date of its own.
    """
    return [span for _, _, span in locate_dates(text, base, previous=previous)]


def _resolve(m: re.Match[str], kind: str, p: Passage, chained: bool) -> Resolved | None:
    try:
        if kind == "nine":  # "the 9/11 attacks", "since 9/11": the day of the 2001 attacks
            base = p.base
            return (
                None if base is None or base <= _THE_ATTACKS else (*m.span(), cal.day(_THE_ATTACKS))
            )
        if kind == "iso":
            d = dt.date(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))
            return m.start(), m.end(), cal.day(d)
        if kind == "dmy":
            d = dt.date(int(m["dmy_y"]), MONTH_NUMBERS[m["dmy_m"].lower()], int(m["dmy_d"]))
            return m.start(), m.end(), cal.day(d)
        if kind == "md":
            return _week_of_month(m["m_q"], _resolve_month(m, p, chained))
        if kind == "dm":
            return _resolve_day_month(m, p)
        if kind == "qtr":
            return resolve_period(m, p)
        if kind == "sea":
            return resolve_season(m, p)
        if kind == "hol":
            return resolve_holiday(m, p)
        if kind == "dec":
            return _resolve_decade(m, p)
        if kind == "cen":
            return m.start(), m.end(), cal.century(int(m["cen_n"]))
        if kind == "spy":
            if _AMOUNT_AFTER.match(p.text, m.end()):
                return None
            year = spelled_year(m.group())
            if year > 2000 and not preceded_by(p.text, m.start(), _SPELLED_2000S_CUES):
                return None  # "twenty thirteen-year-olds", "two thousand and five people"
            return m.start(), m.end(), cal.year(year)
        if kind == "yr":
            return _resolve_year(m, p, chained)
        if p.base is None:
            return None
        resolver = _RELATIVE.get(kind)
        return resolver(m, p, p.base) if resolver else None
    except (ValueError, OverflowError):  # February 30, or beyond the calendar
        return None


# ---------------------------------------------------------------------------------------------
# Days, months and years


def _resolve_month(m: re.Match[str], p: Passage, chained: bool) -> Resolved | None:
    text, base = p.text, p.base
    month = MONTH_NUMBERS[m["m_mon"].rstrip(".").lower()]
    start, end = m.start("m_body"), m.end()
    cue = (m["m_cue"] or "").lower()
    if m["m_the"] and not (cue or m["m_rel"]) and preceded_by(text, m.start(), TIME_PREPOSITIONS):
        # "by the end of July": the cue stands beyond the words the grammar looks back over
        cue = previous_word(text, m.start())
    year: int | None = int(m["m_year"]) if m["m_year"] else None
    if m["m_syear"]:
        year = spelled_year(m["m_syear"])
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
        if _YEAR_BOUNDS_BEFORE.search(text, max(0, start - 30), start) and _YEAR_BOUNDS_AFTER.match(
            text, end
        ):
            return None  # "the current 1986/87 coffee year (Oct 1/Sept 30)": any year's bounds
        day = number(day_word)
        last_day = int(m["m_day2"].rstrip("stndrh")) if m["m_day2"] else None
        if (
            year is None
            and (month, day) == (9, 11)
            and base is not None
            and base > _THE_ATTACKS
            and _NINE_ELEVEN.match(text, end)
        ):
            year = 2001  # "the Sept. 11 attacks": the name the 2001 attacks go by
        first_in = _FIRST_IN_YEAR.match(text, end)
        if year is None and first_in:
            year = int(first_in["year"])  # "pays interest on November 5, beginning in 1988"
        split = _SPLIT_YEAR_ENDING.search(text, max(0, start - 60), start)
        if year is None and split:
            # "the 1986/87 cocoa year ending September 30": the second year's
            year = int(split["century"] + split["second"])
            year += 100 if split["second"] < split["first"] else 0  # "1999/00"
        if year is None and base is not None and relative_word(m["m_rel"]) == "this":
            year = base.year  # "by this September 30"
        if year is None and base is not None and m["m_wd"]:
            year = _year_of_weekday(base, month, day, _WEEKDAYS[m["m_wd"].lower()])
        if year is not None:
            first = dt.date(year, month, day)
        else:
            if base is None:
                return None
            when = tense(text, m.start(), end)
            clause_past = when == "past"
            rel = relative_word(m["m_rel"])
            up_to = cue == "to" and bool(_UP_BEFORE.search(text, max(0, m.start() - 20), m.start()))
            if rel in ("last", "next") and m["m_rel"].lower() != "past":
                # "last October 20"; "a delay past June 30" is beyond it
                when = "past" if rel == "last" else "future"
            elif cue == "since":
                when = "past"
            elif _RECORD_DAY.search(text, max(0, start - 30), start):
                # "shareholders of record on April 27 will be eligible to vote", dated June: a
                # record day is a cutoff near the article whatever the clause's tense
                when = "nearest"
            elif (
                _AS_THE_DATE.match(text, end)
                or (cue in UNTIL and _has_until(text, m))
                or (preceded_by(text, start, _SET) and _FOR_AFTER.match(text, end))
                or (
                    _TRADE_AFTER.match(text, end)
                    and (cue == "for" or _JOINED_DAY.search(text, max(0, start - 12), start))
                )
            ):
                # "set June 4 as the date", "banks have until April 16", "the judge set May 7
                # for sentencing", "the oil was for June 20/July 20 shipment"
                when = "future"
            elif _modifies_noun(text, start, end) and not _SINCE_BEFORE.search(
                text, max(0, m.start() - 30), m.start()
            ):
                # "to review their February 22 pact", "it reported earlier, in connection with
                # the April 15 redemption": the day the noun is known by, not the verb's; an
                # event that only happens, unless the clause looks ahead, is past ("the Feb. 13
                # death of the judge left the court split", written in September)
                event = _EVENT_AFTER.match(text, end)
                past_event = event and not event["planned"] and when != "future"
                told = past_verb_right_before(text, start)  # "included a May 11 speech"
                when = "past" if past_event or told else "nearest"
            elif (cue in _DEFERRED_TO and preceded_by(text, m.start(), DEFERRED)) or (
                cue in _DEFERRED_UNTIL and deferred_before(text, m.start())
            ):
                when = "future"  # "extended to Nov. 20", "postponed the vote until May 2"
            elif cue in ("for", "to") and not up_to:
                when = scheduled_for(text, m.start()) or when  # "set for April one"
            elif (cue in _DEADLINE_CUES or up_to) and when == "nearest":
                # "ship it by September 30", "to negotiate up to September 30": a deadline no
                # past verb dates ("had registered 1.3 mln bags up to April 6" is a total)
                when = "future"
            elif cue == "by" and when == "past":
                # "called for comments by March 31", written on March 3: a deadline a past verb
                # reports may still be open, the nearest ("had shipped 1.3 mln by March 25")
                when = "nearest"
            elif when == "future" and _reported_on(text, m.start()):
                # "the group said May 11 it might raise its stake", dated June 1: the day of
                # the saying if that is the nearer ("said on April 10 it will redeem", dated
                # April 1, is still the redemption's)
                when = "nearest"
            ended = _ENDED_BEFORE.search(text, max(0, start - 40), start)
            # a past clause may tell of a day a few weeks on ("had been offered a holiday on
            # May 1", "announced that on April 17 he would raise tariffs"); not a period's end,
            # nor a day that "last", "since" or an event over put back ("the May 1 death")
            told_ahead = clause_past and when == "past" and not (rel or cue == "since" or ended)
            if told_ahead and _modifies_noun(text, start, end):
                told_ahead = False
            seen_from = base + _TOLD_AHEAD if told_ahead else base
            found = cal.month_day(seen_from, month, day, direction(when))
            if found is None:
                return None
            if (
                when == "future"
                and cue == "from"
                and not _WILL_BEFORE.search(text, max(0, start - 40), start)
            ):
                found = _running_since(text, end, found, base)
            if when == "future" and (
                _EFFECTIVE.search(text, max(0, m.start() - 40), m.start())
                or _STARTING.search(text, max(0, m.start() - 20), m.start())
            ):
                found = cal.month_day(base - _IN_FORCE, month, day, "future") or found
            if when != "future" and ended:
                found = over_by(base, found, text, end)  # "the quarter ended Oct. 31, it had"
                if found is None:
                    return None
            first = _after_range_start(p, m.start("m_wd") if m["m_wd"] else m.start("m_mon"), found)
        last = first.replace(day=last_day) if last_day is not None else first
        if last < first:
            return None
        if _NAMED_AFTER.match(text, end) and preceded_by(text, start, DETERMINERS):
            return None  # "the March 14 Solidarity Day", "the April 19 Movement": names

        week_of = _WEEK_OF.search(text, max(0, start - 16), start)

        if week_of and last_day is None:  # "a hearing the week of March 6"
            return week_of.start(), end, cal.week(first)
        return start, end, (first, last)
    if year is not None:
        if quarter := _QUARTER_AFTER.match(text, m.end()):  # "the March 1987 quarter"
            return start, quarter.end(), cal.ending(cal.month(year, month)[1], 3, "month")
        return start, end, cal.month(year, month)
    # A month name alone: only as a time adverbial, and never an abbreviation but one that
    # opens a range with a year ("Jan-Dec, 1986").
    name = m["m_mon"].lower()
    after = m.end("m_mon")
    if m["m_wd"] or (name != MONTHS[month - 1] and not _DASHED_YEAR.match(text, after)):
        return None
    of_year = _OF_THAT_YEAR.match(text, after)
    if of_year and p.antecedent.year is not None:
        # "in June 1984, after a rise in April of that year": the year named before
        year = p.antecedent.year + _YEAR_STEPS.get((of_year["rel"] or "").lower(), 0)
        return start, of_year.end(), cal.month(year, month)
    if _PRODUCT_AFTER.match(text, after):
        return None  # "May delivery": a trade's month, a label
    event = _MODIFIED_EVENT_AFTER.match(text, after)
    planned = event is not None and bool(event["planned"])
    if text.startswith(("'s", "’s"), after) and not m["m_rel"] and not planned:
        # "January's rise": the month whose figures are meant, as TimeML values it; "the
        # previous January's" is the one a year before ("last December's" goes on below);
        # "November's general election" is one planned, as "the November election" below
        if base is None:
            return None
        meant = tense(text, m.start(), after)
        if meant == "nearest" and _AHEAD_OF.search(text, max(0, m.start() - 12), m.start()):
            meant = "future"  # "a position ahead of July's conference": what is awaited
        span = cal.month_alone(base, month, meant)
        if preceded_by(text, m.start("m_mon"), _PREVIOUS):
            span = cal.month(span[0].year - 1, month)
        return m.start("m_mon"), after, span
    if cue == "for" and (text.startswith("/", after) or preceded_by(text, m.start(), _TRADED)):
        return None  # "for July/September", "124 paid for April": delivery periods
    if cue in _COMPARED_IF and not _COMPARED_TO.search(
        text, max(0, m.start() - 40), m.end("m_cue") + 1
    ):
        return None  # "with January sales": no comparison
    if name in _NAME_MONTHS and cue in _COMPARED | _COMPARED_IF:
        return None  # "the revolt against May": a person, as likely as a month
    if name in _NAME_MONTHS:
        follower = NAME_AFTER.match(text, after)
        if follower and not _DATE_WORD.match(follower.group().lstrip()):
            return None
    modifies = (
        m["m_the"]
        or (event and event["owner"])
        or preceded_by(text, m.start(), DETERMINERS)
        or _OWNER_BEFORE.search(text, max(0, m.start() - 40), m.start())
    )
    if base is not None and event and modifies and not (m["m_q"] or m["m_rel"]):
        # "the October slaying", "a June election": when the event happens
        happens = "past" if cue == "since" else tense(text, m.start(), m.end())
        if happens == "future" and not event["planned"]:
            happens = "nearest"  # "to review their February accord": one referred back to
        elif happens == "nearest" and event["planned"]:
            happens = "future"  # "the likelihood of a June election": one to come, if soon
        elif happens == "nearest":
            happens = "past"  # "a June poll found", "the October slaying": it has happened
        span = cal.month_alone(base, month, happens)
        # an election is set long ahead ("the November general election", written in
        # January); a debate or a visit a few months at most
        reach = 11 if _ELECTION.match(event["planned"] or "") else 6
        if happens == "future" and (span[0].year - base.year) * 12 + month - base.month > reach:
            span = cal.month_alone(base, month, "past")
        return start, m.end("m_mon"), span
    quarter = _QUARTER_AFTER.match(text, after)
    if base is not None and quarter and not m["m_q"]:
        # "GDP grew in the June quarter": the three months that end with it, the last begun in
        # a past clause, else the nearest ("will announce figures for the October/December
        # quarter", written in March, is the last one: a quarter to come begins soon)
        named = _YEAR_REL_AFTER.match(text, quarter.end())
        if named:  # "in the September quarter last year"
            year = base.year + {"last": -1, "this": 0, "next": 1}[named["rel"].lower()]
            return start, named.end(), cal.ending(cal.month(year, month)[1], 3, "month")
        how = "past" if tense(text, m.start(), after) == "past" else "nearest"
        span = cal.choose(base, lambda y: cal.ending(cal.month(y, month)[1], 3, "month"), how)
        return start, quarter.end(), span
    if m["m_the"] and not m["m_q"]:
        return None  # "in the September surplus": a label
    shared = _SHARED_YEAR.match(text, after)
    if shared and shared["year"]:  # "in January and June 1986"
        return start, m.end("m_mon"), cal.month(int(shared["year"]), month)
    if shared and shared["that"] and p.antecedent.year is not None:
        # "in May, June and September of that year"
        return start, m.end("m_mon"), cal.month(p.antecedent.year, month)
    if shared and shared["yrel"] and base is not None:  # "in March and April next year"
        year = base.year + {"last": -1, "this": 0, "next": 1}[shared["yrel"].lower()]
        return start, m.end("m_mon"), cal.month(year, month)
    rel = relative_word(m["m_rel"])
    listed = chained and (not cue or cue in _CHAINS or cue == "from")
    if listed and not cue and _DASH_BEFORE.search(text, max(0, start - 3), start):
        cue = "-"  # "in January-March": a range, which runs forward
    if listed and p.month is not None and not rel:  # "fell in January from December"
        return start, end, _listed_month(p.month, month, cue)
    if rel and base is not None and not m["m_the"] and _a_year_back(m["m_rel"], month, base):
        # "crashed last February", written in March: the month just ended is "last month"
        return start, end, cal.month(base.year - 1 - (month > base.month), month)
    if rel:
        how = rel
    elif (
        m["m_q"]
        or cue in _MONTH_CUES
        or (cue == "to" and preceded_by(text, m.start(), _BACK_TO))
        or listed
        or _PERIOD_TO.search(text, max(0, start - 20), start)
    ):
        how = tense(text, m.start(), m.end())
        if cue == "since":
            how = "past"  # "a lockout in effect since December would be lifted"
        elif cue == "in" and _FIGURE_FROM.search(text, max(0, m.start() - 60), m.start()):
            how = "past"  # "are expected to show a deficit, from 14.8 billion in January"
        elif (cue in _DEFERRED_TO and preceded_by(text, m.start(), DEFERRED)) or (
            cue in _DEFERRED_UNTIL and deferred_before(text, m.start())
        ):
            how = "future"  # "has postponed until November its tender", "extended ... through"
        elif cue in UNTIL and _has_until(text, m):
            how = "future"  # "they have until May to reply"
        elif cue in UNTIL and how == "nearest" and base is not None and _just_gone(base, month):
            how = "past"  # "was head of research until January", written in March
        elif cue in UNTIL or cue == "beyond":
            how = "past" if how == "past" else "future"  # "beyond June": what comes after it
        elif cue == "through" and how != "past" and base is not None:
            # the end of a time that takes in the present ("is sold out through September",
            # written in June); a past verb closes it ("sales rose through February"), and one
            # more than half a year on is the last ("the picture this year through August")
            how = "future" if (month - base.month) % 12 <= 6 else how
        elif cue == "for" and _TRADE_AFTER.match(text, end):
            how = "future"  # "to be purchased for April shipping": a trade's month to come
        elif cue in ("for", "to"):
            how = scheduled_for(text, m.start()) or how  # "scheduled for May"
        elif cue == "in" and _reported_in(text, m.start()):
            how = "past"  # "said in January it would cut jobs": when it was said
        elif cue in ("in", "during") and _FOR_DELIVERY.search(
            text, max(0, m.start() - 24), m.start()
        ):
            how = "future"  # "palm oil for delivery in April": a trade's month to come
    else:
        return None
    if base is None:
        return None
    if (
        how == "nearest"
        and cue in ("in", "during")
        and _PLANNED_BEFORE.search(text, max(0, m.start() - 24), m.start())
    ):
        # "before the party's convention in July", written in April: an event that is planned,
        # the coming one if it is at most six months on (as "a June election")
        ahead = cal.month_alone(base, month, "future")
        if (ahead[0].year - base.year) * 12 + month - base.month <= 6:
            return start, end, ahead
    if (
        how == "nearest"
        and cue == "in"
        and month == _ELECTION_MONTH
        and _ELECTORAL.search(text, max(0, m.start() - 80), m.start())
    ):
        # "Cruz's chances of winning in November", "eligible to cast a ballot in November",
        # written in the spring: the election's month, set long ahead (as "the November
        # election"); one that happened is told in the past ("endorsed Clinton in November")
        return start, end, cal.month_alone(base, month, "future")
    framed = None if rel else _framing_year(p, start)
    if framed is not None:
        return start, end, cal.month(framed, month)
    return start, end, cal.month_alone(base, month, how)


def _framing_year(p: Passage, start: int) -> int | None:
    """The calendar year that opens the sentence of ``text[start:]`` as its time, before a
    comma ("In 2012, the floods killed 1,000 people in December", "Last year, ... in March"):
    a month alone later in the sentence is of that year (a day of a month may be dated by
    another: "In 1986, farmers planted ..., according to the February 9 report", of 1987)."""
    for begin, after, (first, last) in p.found:
        if after >= start or (first.month, first.day, last.month, last.day) != (1, 1, 12, 31):
            continue
        if first.year != last.year or not p.text.startswith(",", after):
            continue
        if p.text[begin:after].lower().startswith("fiscal"):
            continue  # "In fiscal 1986, ending last January": its months may be another year's
        opener = _OPENING_PREPOSITION.sub("", p.text[:begin])
        if is_sentence_start(opener, len(opener)) and not _SENTENCE_END.search(
            p.text, after, start
        ):
            return first.year
    return None


_OPENING_PREPOSITION = re.compile(r"\b(?i:in|during|throughout|by|for)\s+$")
_SENTENCE_END = re.compile(r"[.!?;]\s")


def _week_of_month(qualifier: str | None, found: Resolved | None) -> Resolved | None:
    """ "the first week of March" is its first seven days, "the last week of March" its last
    seven: a week is found by a date search, where a month's range is too wide."""
    words = (qualifier or "").lower().split()
    if found is None or words[1:2] != ["week"]:
        return found
    start, end, (first, last) = found
    if first.day != 1 or last != cal.month(first.year, first.month)[1]:
        return found
    if words[0] in ("last", "final"):
        return start, end, (last - dt.timedelta(days=6), last)
    begin = first + dt.timedelta(weeks=ORDINALS[words[0]] - 1)
    return start, end, (begin, begin + dt.timedelta(days=6))


_WILL_BEFORE = re.compile(r"\b(?i:will|shall)\b|'ll\b")
_RANGE_END_DAY = re.compile(
    rf"\s*(?i:to|through|thru|until|-|–)\s*(?P<mon>{_MONTH})\s*(?P<day>\d{{1,2}})\b(?!,?\s*\d)"
)


def _running_since(text: str, end: int, found: dt.date, base: dt.date) -> dt.date:
    """``found``, or the same day a year earlier when it opens a range still running at
    ``base``: "the hurricane season runs from June 1 to Nov. 30", written in August, began
    this June (the present tense looks ahead, but the range's end, not its start, is to come;
    "will run from June 1" is next year's)."""
    until = _RANGE_END_DAY.match(text, end)
    if until is None or found.year != base.year + 1:
        return found
    began = found.replace(year=base.year)
    try:
        ends = dt.date(
            base.year, MONTH_NUMBERS[until["mon"].rstrip(".").lower()], int(until["day"])
        )
    except ValueError:
        return found
    return began if began <= base <= ends else found


def _after_range_start(p: Passage, start: int, day: dt.date) -> dt.date:
    """``day``, or the first such day on or after the day to come that a range began with
    ("between May 10 and October 10", "from July one to December 31", written in March:
    October and December of the year the range starts in; a range that began by the base may
    be a reported period that ended before it: "from April 1 through March 13")."""
    if not p.found or p.base is None:
        return day
    begin, end, (first, last) = p.found[-1]
    joined = _RANGE_JOIN.fullmatch(p.text, end, start)
    if first != last or day >= first or first <= p.base or joined is None:
        return day
    if joined["word"].lower() == "and" and not _BETWEEN.search(p.text, max(0, begin - 9), begin):
        return day  # "on March 3 and February 27": a list may run back
    later = day.replace(year=first.year)
    return later if later >= first else later.replace(year=first.year + 1)


def _just_gone(base: dt.date, month: int) -> bool:
    """Whether ``month`` ended one or two months before the base: after "until" or "by" in a
    clause no verb dates, the one just gone ("the dollar moved sharply lower until the end of
    January", written in March); a time running on ten months or more would name its year."""
    return 1 <= (base.month - month) % 12 <= 2


def _has_until(text: str, m: re.Match[str]) -> bool:
    """Whether "have" or "has" comes right before the expression's "until", or a form of
    "give" a few words before: a deadline still to come ("banks have until April 16 to
    comment", "the companies had been given until April 22 to comply", "giving Japan until
    April to show")."""
    return preceded_by(text, m.start(), _HAVE) or bool(
        _GIVEN_BEFORE.search(text, max(0, m.start() - 40), m.start())
    )


def _modifies_noun(text: str, start: int, end: int) -> bool:
    """Whether the expression stands between a determiner and its noun ("their February 22
    pact", "its April 3 expiry date")."""
    return preceded_by(text, start, DETERMINERS) and not free_after(text, end)


def _listed_month(before: dt.date, month: int, cue: str) -> cal.Span:
    """A month listed after the month ``before``: a range runs forward ("from November to
    February"), a list may run back and takes the nearer year ("in February and January",
    "0.1 pct and 0.3 pct in November and October", written in March: the year's two before)."""
    ahead = (month - before.month) % 12
    if cue in _RANGE or ahead <= 6:
        return cal.month(before.year + (month < before.month), month)
    return cal.month(before.year - (month > before.month), month)


_ON_BEFORE = re.compile(r"\s+on\s*$")


def _reported_on(text: str, start: int) -> bool:
    """Whether a past reporting verb comes right before ``start``, "on" between or not."""
    before = _ON_BEFORE.sub(" ", text[max(0, start - 30) : start])
    return _reported_in(before, len(before))


def _reported_in(text: str, start: int) -> bool:
    """Whether a past reporting verb comes right before ``start`` ("said in January it would",
    "forecast in January it would"; not "will be announced in May")."""
    said = _REPORTED_BEFORE.search(text, max(0, start - 30), start)
    return said is not None and (said["aux"] or "").lower() not in _NOT_YET


def _a_year_back(rel: str, month: int, base: dt.date) -> bool:
    """Whether "last <month>" is the one a year before the month just ended: a writer says
    "last month" for that one ("this past February" is still it, and so is "the last February
    week")."""
    return rel.lower() == "last" and (base.month - month) % 12 == 1


_LINE_END = re.compile(r"[ \t]*\n\s*[A-Z]")
"""A line break and the capital opening the next line (a wire table's next item)."""
_SPELLED_DAY_FOLLOWERS = wordset(
    "to that and or at in on for the from through until with when while is was will of by "
    "are were would could has have had its it this all last unless instead under"
)


def _spelled_day_fits(text: str, end: int) -> bool:
    """A lower-case spelled day ("January one") must end the phrase: "in May one analyst" no;
    a verb may follow ("sales for the five weeks ended April four were up", "the quarter ended
    March five increased"), and so may a line break before a capital, which ends a line of a
    wire table ("Pay April one" / "Record March 13")."""
    if _LINE_END.match(text, end):
        return True
    rest = text[end : end + 16].lstrip()
    if not rest or not rest[0].isalnum():
        return True
    word = next_word(rest, 0)
    return word.lower() in _SPELLED_DAY_FOLLOWERS or (word.islower() and word.endswith("ed"))


def _year_of_weekday(base: dt.date, month: int, day: int, weekday: int) -> int | None:
    """The year, within half a year of the base, in which ``month``/``day`` falls on the
    ``weekday`` written before it ("Monday, Sept. 9"): the writer's calendar says which, where
    the tense may not ("Lawmakers return on Monday, Sept. 9", written after it)."""
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            when = dt.date(year, month, day)
        except ValueError:
            continue
        if when.weekday() == weekday and abs((when - base).days) <= _WEEKDAY_YEAR_REACH:
            return year
    return None


_WEEKDAY_YEAR_REACH = 183


def _resolve_day_month(m: re.Match[str], p: Passage) -> Resolved | None:
    month = MONTH_NUMBERS[m["dm_m"].rstrip(".").lower()]
    day = number(m["dm_d"] or m["dm_w"])
    if m["dm_y"]:
        return m.start(), m.end(), cal.day(dt.date(int(m["dm_y"]), month, day))
    if p.base is None or _PRODUCT_AFTER.match(p.text, m.end()):
        return None
    at = m.start() - 4 if p.text[max(0, m.start() - 4) : m.start()].lower() == "the " else m.start()
    how = tense(p.text, at, m.end())
    if how == "future" and _reported_on(p.text, at):
        how = "nearest"  # "said 11 May it might", as "said May 11 it might"
    found = cal.month_day(p.base, month, day, direction(how))
    return None if found is None else (m.start(), m.end(), cal.day(found))


def _resolve_year(m: re.Match[str], p: Passage, chained: bool) -> Resolved | None:
    text = p.text
    cue = (m["y_cue"] or "").lower()
    body = m.start("y_body")
    year = int(m["y_y"])
    if not m["y_q"]:
        if cue == "of":
            if not (
                _PERIOD_NOUN_BEFORE.search(text, max(0, m.start() - 20), m.start())
                or preceded_by(text, m.start(), _AS)  # "debt per graduate as of 2012"
                or (
                    _DETERMINED_NOUN_BEFORE.search(text, max(0, m.start() - 60), m.start())
                    and not _NO_YEAR_AFTER.match(text, m.end())
                )
            ):
                return None
        elif cue == "to" and preceded_by(text, m.start(), _BACK_TO):
            pass  # "shootings dating to 1994"
        elif cue in _COMPARED or (
            cue in _COMPARED_IF
            and _COMPARED_TO.search(text, max(0, m.start() - 40), m.end("y_cue") + 1)
        ):
            pass  # "fell 4 pct against 1985", "an increase of 300 mln dlrs over 1985"
        elif cue not in _YEAR_CUES and not (chained and (not cue or cue in _CHAINS)):
            # "1986 net" is a label, "the 1992 election" a date, "the 1840 level" a number;
            # "2012 was a hard year" opens a sentence as its subject
            subject = is_sentence_start(text, body) and _VERB_AFTER.match(text, m.end())
            if not (
                subject
                or _MODIFIER_BEFORE.search(text, max(0, body - 30), body)
                or (_NAMED_FIGURE_AFTER.match(text, m.end()) and not m["y_cue"])
                or (
                    not m["y_cue"]
                    and _FIGURE_AFTER.match(text, m.end())
                    and _LOWER_WORD_BEFORE.search(text, max(0, body - 20), body)
                )
            ):
                return None
            if next_word(text, m.end()) in _CAR_MAKES:
                return None  # "Kopp's 1987 Chevrolet Cavalier": a model year
            if p.base and not p.base.year - 100 <= year <= p.base.year + 30:
                return None
    if _AMOUNT_AFTER.match(text, m.end()) or _LABEL_AFTER.match(text, m.end()):
        return None
    if _CLOCK_AFTER.match(text, m.end()) and year % 100 < 60:
        return None  # "set for 1900 hours", "around 1900 EDT": a clock time
    if text.startswith(("'s", "’s"), m.end()) and not _FIGURE_AFTER.match(text, m.end()):
        return None  # "1985's 58 mln dlrs": a label
    q = (m["y_q"] or "").lower()
    written = _YEAR_WORD_BEFORE.search(text, max(0, body - 6), body) if q[:3] == "end" else None
    if q[:8] == "year-end" or written:  # "at year-end 1986", "at year end 1986": as "at year-end"
        start = written.start() if written else body
        return start, m.end(), _year_end(text, start, year)
    until = _YEAR_RANGE_END.match(text, m.end())
    if until and year < int(until["y"]) <= year + _LONGEST_YEAR_RANGE:
        # "spending for 1987-1991", "secretary of state from 2009-2013": every year of it
        return body, until.end(), (cal.year(year)[0], cal.year(int(until["y"]))[1])
    return body, m.end(), cal.year(year)


_YEAR_WORD_BEFORE = re.compile(r"\b(?i:year)\s+$")
_YEAR_RANGE_END = re.compile(r"\s*[-–]\s*(?P<y>(?:19|20)\d\d)\b(?![-/]\d)")
_LONGEST_YEAR_RANGE = 30


_TEMPERATURE = re.compile(r"\b(?i:temperatures?|mercury|thermometers?|fahrenheit|celsius)\b")
_HIGHS_BEFORE = re.compile(r"\b(?i:highs|lows)(?:\s+[\w-]+){0,3}\s+(?i:in|into)\s+the\s+$")
"""Near a decade without its century, what makes it degrees: "temperatures in the nineties",
"highs in the mid-nineties", "the mercury climbed into the '90s"."""
_COMING_DECADE = 5
"""A decade without its century that begins at most this many years after the base is the
coming one: "by the nineties", written in 1987, is the 1990s, not the 1890s."""


def _resolve_decade(m: re.Match[str], p: Passage) -> Resolved | None:
    if m["dec_y"]:
        first = int(m["dec_y"])
        if first % 100 == 0 and first < 2000:
            # "the 1800s", "the early 1900s": a century, as the 1900s was ("the 2000s", from
            # 2010 on, is the first decade)
            return m.start(), m.end(), cal.century(first // 100 + 1)
        return m.start(), m.end(), cal.decade(first)
    # "the '80s", "the nineties"
    text = p.text
    if _TEMPERATURE.search(text, max(0, m.start() - 100), m.end() + 60) or _HIGHS_BEFORE.search(
        text, max(0, m.start() - 40), m.start()
    ):
        return None
    tens = int(m["dec_2"]) if m["dec_2"] else 10 * (_DECADE_WORDS.index(m["dec_w"].lower()) + 2)
    if m["dec_c"]:  # "the nineteen-nineties", as broadcast transcripts spell it
        century = 1800 if m["dec_c"].lower() == "eighteen" else 1900
        return m.start(), m.end(), cal.decade(century + tens)
    base = p.base
    if base is None:
        return None
    first = base.year // 100 * 100 + tens
    coming = first <= base.year + _COMING_DECADE
    return m.start(), m.end(), cal.decade(first if coming else first - 100)


# ---------------------------------------------------------------------------------------------
# Relative to the base, or to a date mentioned before


def _resolve_relative_day(m: re.Match[str], p: Passage, base: dt.date) -> Resolved | None:
    text = p.text
    if m["rd_nth"]:
        # "today is the eighth day of the operation", "it's the second day of an offensive"
        present = _IT_IS.search(text, max(0, m.start() - 12), m.start())
        return (m.start(), m.end(), cal.day(base)) if present else None
    word = m["rd_w"]
    last = m.group().split()[-1]
    capitalised = last[0].isupper() and not last.isupper()
    if capitalised and not is_sentence_start(text, m.start()):
        # "USA Today", "Seeds of Tomorrow", "CBS This Morning": a capitalised word inside a
        # sentence is a name
        return None
    if preceded_by(text, m.start(), _OF) and not _A_DAYS_OF.search(
        text, max(0, m.start() - 30), m.start()
    ):
        # "the people of tomorrow", "many of today's computers": now or later in general; not
        # "the outcome of today's talks", "as of yesterday", "the early hours of yesterday"
        possessive = text.startswith("'s", m.end())
        if not possessive or _PARTITIVE_OF.search(text, max(0, m.start() - 30), m.start()):
            return None
    if preceded_by(text, m.start(), _USA):
        return None  # "a USA TODAY survey": the paper, in its own capitals
    if preceded_by(text, m.start(), _EVEN) and text.startswith(",", m.end()):
        return None  # "But even today, the island runs everything through": now, not a day
        # ("Even today it pressured the market" is that day)
    if text.startswith("'s", m.end()) and next_word(text, m.end() + 2).lower() in _NOWADAYS:
        return None  # "today's world": now in general
    if m["rd_ln"] or (word and word.lower() == "yesterday"):
        return m.start(), m.end(), cal.day(base - dt.timedelta(days=1))
    if word and word.lower() == "tomorrow":
        return m.start(), m.end(), cal.day(base + dt.timedelta(days=1))
    return m.start(), m.end(), cal.day(base)


def _resolve_relative_unit(m: re.Match[str], p: Passage, base: dt.date) -> Resolved | None:
    text = p.text
    if preceded_by(text, m.start(), _DURATION_DETERMINERS) or _PART_OF_AFTER.match(text, m.end()):
        # "the next week" is a duration, "last week of March" another date ("said that last
        # week ..." is a date: "that" opens the clause)
        return None
    rel, unit = m["ru_rel"], m["ru_u"]
    if unit[0].isupper() and not unit.isupper() and not is_sentence_start(text, m.start()):
        return None  # ABC's "This Week": a name
    rel, unit = " ".join(rel.lower().split()), unit.lower()
    if rel == "this past":
        if unit != "week":
            return None  # "this past year" may be the twelve months up to now
        # "This past week, the president signed the bill": the week just over, which on a
        # weekend is the base's own
        rel = "this" if base.weekday() >= 5 else "last"
    this_weekend = (rel, unit) == ("this", "weekend") and base.weekday() < 5
    if this_weekend and tense(text, m.start(), m.end()) == "past":
        # "rallies were held this weekend", written on a Monday: the one just over
        return m.start(), m.end(), cal.weekend(base - dt.timedelta(weeks=1))
    if (
        rel == "last"
        and unit == "year"
        and (p.about_quarter or (p.follows_quarter and not p.found))
        and _compares_amounts(m, text)
        and not p.longer_period_before(m.start())
    ):
        # "earnings of $24 million, compared with a loss of $3 million last year"; not after
        # "net for the year ended Aug. 31 fell to $2 million, from $9 million last year"
        return m.start(), m.end(), p.reported_quarter(-4, m.start())
    return m.start(), m.end(), cal.relative_unit(base, rel, unit)


def _compares_amounts(m: re.Match[str], text: str) -> bool:
    """An amount just before the expression, or "last year's $2.34 billion"."""
    return bool(
        _AMOUNT_BEFORE.search(text, max(0, m.start() - 30), m.start())
        or _POSSESSIVE_SUM.match(text, m.end())
    )


def _resolve_weekend(m: re.Match[str], p: Passage, base: dt.date) -> Resolved | None:
    """ "over the weekend": the last one (or the one under way), the coming one if future."""
    if _OF_AFTER.match(p.text, m.end()):
        return None  # "the weekend of March 5"
    how = "past" if m.group().lower().startswith("this") else tense(p.text, m.start(), m.end())
    if how == "future" or base.weekday() >= 5:
        return m.start(), m.end(), cal.weekend(base)
    return m.start(), m.end(), cal.weekend(base - dt.timedelta(days=7))


def _resolve_ago(m: re.Match[str], p: Passage, base: dt.date) -> Resolved | None:
    text = p.text
    word = m["ago_n"]
    if word is None:
        if (
            m["ago_pl"]
            or text[m.start() - 1 : m.start()] == "-"
            or preceded_by(text, m.start(), _THE)
        ):
            return None  # "several weeks ago" is vague, "the year ago quarter" a label
        n = 1
    else:
        n = int(word) if word.isdigit() else NUMBERS[word.lower()]
    bound = _BOUND_BEFORE.search(text, max(0, m.start() - 12), m.start())
    if n > 500 or (bound and (word or "").lower() not in ("a", "an", "")):
        return None  # "more than four decades ago": a bound; "an improvement over a year ago"
    unit = m["ago_u"].lower()
    if m["ago_on"]:  # "two weeks from now", "a year hence": as far ahead
        if unit in _LONG_UNITS:
            return m.start(), m.end(), cal.year(base.year + n * _LONG_UNITS[unit])
        return m.start(), m.end(), cal.ago(base, -n, unit)
    if unit == "year" and n == 1 and (period := p.period_compared(m.start())) is not None:
        # "sales in May fell from a year ago": May a year before
        return m.start(), m.end(), cal.year_before(period)
    if unit == "year" and n == 1 and p.compares_quarters(m.start(), m.end()):
        # "up from $66.8 million a year ago"
        return m.start(), m.end(), p.reported_quarter(-4, m.start())
    if unit == "year" and n == 1 and (year := p.year_before_reported(m.start())) is not None:
        return m.start(), m.end(), year  # "net for the year rose from a year ago"
    if unit in _LONG_UNITS:  # "a decade ago": the year, as "ten years ago" would be
        return m.start(), m.end(), cal.year(base.year - n * _LONG_UNITS[unit])
    return m.start(), m.end(), cal.ago(base, n, unit)


_LONG_UNITS = {"decade": 10, "centur": 100}
_BOUND_BEFORE = re.compile(r"\b(?i:more\s+than|less\s+than|over|under)\s+$")


def _resolve_year_ago(m: re.Match[str], p: Passage, base: dt.date) -> Resolved | None:
    """ "year-earlier profit", "the year-ago results": the reported quarter a year before."""
    if next_word(p.text, m.end()).lower() in _SHORTER_UNITS:
        return None  # "the year-ago week", "year-ago nine months"
    if (period := p.period_compared(m.start())) is not None:
        return m.start(), m.end(), cal.year_before(period)  # "May sales ... year-ago levels"
    if (year := p.year_before_reported(m.start())) is not None:
        return m.start(), m.end(), year  # "In the nine months ... The year-ago results"
    if p.about_quarter:
        return m.start(), m.end(), p.reported_quarter(-4, m.start())
    return m.start(), m.end(), cal.year(base.year - 1)


_BE = wordset("is was are were be been")
_CLAUSE_AFTER = re.compile(
    r"\s+(?:(?i:that|when|this|these|he|she|it|they|we|you|the|a|an|his|her|their|its|our)\b"
    r"|[A-Z][a-z]*\.?\s+[A-Z])"
)
"""After "the year" as the complement of "be", a clause that says which year it is: "is the
year that", "will be the year this gets fixed", "is the year Mr. Ackman joined" (unless the
year was just named: "in 1994, which is the year Mr. Olsen joined")."""
_USA = wordset("usa")
_EVEN = wordset("even")
_OF = wordset("of")
_A_DAYS_OF = re.compile(
    r"\b(?i:as|hours|course|whole|rest|remainder|end|start|beginning|morning|afternoon|evening"
    r"|night)\s+of\s+$"
)
"""Before "of yesterday", what makes it that day: "as of yesterday", "the early hours of"."""
_PARTITIVE_OF = re.compile(
    r"\b(?i:many|most|some|all|few|several|half|majority|pct|percent)\s+of\s+$"
)
"""Before "of today's", a share of a kind of thing now: "many of today's computers"."""
_NOWADAYS = wordset(
    "world youth society generation young children kids teenagers standards technology culture"
)
_DEGREE = wordset("so too this rather very fairly quite pretty")
_SHORTER_UNITS = wordset("day days week weeks month months nine six three twelve mths period")


def _resolve_anaphora(m: re.Match[str], p: Passage, base: dt.date) -> Resolved | None:
    """ "that year", "the following day", "two days earlier": from the last date the passage
    gave, if it gave one; "earlier in the year", "the current year": from the base if not."""
    if m["a_cur"]:
        return m.start(), m.end(), cal.relative_unit(base, "this", m["a_cur"].lower())
    if m["a_yr"]:  # "for the full year", "by the end of the year"
        if m["a_yr"][0] == "Y" and m.group()[0] == "t":
            return None  # "Time's Person of the Year": a title
        if (
            preceded_by(p.text, m.start(), _BE)
            and _CLAUSE_AFTER.match(p.text, m.end())
            and str(p.year) not in p.text[max(0, m.start() - 40) : m.start()]
        ):
            return None  # "2016 will be the year this gets fixed": the year of the clause
        return m.start(), m.end(), cal.year(p.year or base.year)
    if m["a_of"] and m["a_of"].lower() == "decade":
        # "by the end of the decade": the decade of the year named, else the base's
        return m.start(), m.end(), cal.decade((p.year or base.year) // 10 * 10)
    if m["a_of"] and _ended_before(m, p, base):
        # "holdings rose to 58 billion at the end of the month", written on April 3: March's
        if m["a_of"].lower() == "month":
            before = cal.add_months(base, -1)
            return m.start(), m.end(), cal.month(before.year, before.month)
        return m.start(), m.end(), cal.week(base - dt.timedelta(weeks=1))
    if m["a_in"] or m["a_of"]:
        unit = (m["a_in"] or m["a_of"]).lower()
        if unit == "year":
            return m.start(), m.end(), cal.year(p.year or base.year)
        if unit == "day":  # "Late in the day, the deal traded": the day named, else the base
            if preceded_by(p.text, m.start(), _DEGREE):
                return None  # "it is rather late in the day to object": too late, no day
            return m.start(), m.end(), cal.day(p.day or base)
        if unit == "week":  # "later in the week": the week of the day named, else the base's
            day = p.day or base
            later = m.group()[0] in "lL"
            early_on = base.weekday() == 0 or (later and base.weekday() == 1)
            if p.day is None and early_on and reports_past(p.text, m.start(), m.end()):
                day = base - dt.timedelta(weeks=1)  # written on a Monday: the week just over
            return m.start(), m.end(), cal.week(day)
        then = p.month or base
        return m.start(), m.end(), cal.month(then.year, then.month)
    if m["a_ba"]:  # "The day before, he had fled": from the day named
        unit, step = "day", 1 if m["a_ba"].lower() == "after" else -1
    elif m["a_u2"]:
        count = number(m["a_n"])
        unit = m["a_u2"].lower()
        if unit == "decade":  # "a decade later": ten years on from the year named
            unit, count = "year", 10 * count
        step = -count if m["a_dir"].lower() == "earlier" else count
        if unit == "year" and step == -1 and (period := p.period_compared(m.start())):
            # "sales for the four weeks ended Feb. 28 rose from $6 million a year earlier"
            return m.start(), m.end(), cal.year_before(period)
        if unit == "year" and step == -1 and (p.about_quarter or p.year is None):
            # "from $58 million a year earlier": the year-ago quarter; with no year named
            # before, the year before that of the month named ("sales in December, down from
            # 9,693 a year earlier", written in January) or of the article: a year, as TimeML
            # values "a year ago"
            if p.compares_quarters(m.start(), m.end()):
                return m.start(), m.end(), p.reported_quarter(-4, m.start())
            if (year := p.year_before_reported(m.start())) is not None:
                return m.start(), m.end(), year  # "net for the year rose from a year earlier"
            if p.year is None:
                return m.start(), m.end(), cal.year((p.month or base).year - 1)
    else:
        unit = m["a_u"].lower()
        rel = (m["a_rel"] or "").lower()
        if unit == "week" and rel in ("next", "same"):
            return None  # "over the next week": a duration; "the same week a year earlier"
        step = 1 if rel in ("following", "next") else -1 if rel in _ANAPHORIC - {"same"} else 0
    named = p.antecedent
    if unit == "year":
        return None if named.year is None else (m.start(), m.end(), cal.year(named.year + step))
    if unit == "month":
        if named.month is None:
            return None
        month = cal.add_months(named.month, step)
        return m.start(), m.end(), cal.month(month.year, month.month)
    if named.day is None:
        return None
    if unit == "week" and p.week_ending(named.day):
        # "in the week ended Feb. 21, down from the previous week": the seven days before
        return m.start(), m.end(), cal.ending(named.day + dt.timedelta(weeks=step), 1, "week")
    if unit == "week":
        return m.start(), m.end(), cal.week(named.day + dt.timedelta(weeks=step))
    return m.start(), m.end(), cal.day(named.day + dt.timedelta(days=step))


def _ended_before(m: re.Match[str], p: Passage, base: dt.date) -> bool:
    """Whether "the end of the month" / "of the week" is the last one's: a past clause, no
    month or day named before, and the base early in its own month (by the 15th) or week (by
    Wednesday), whose end is still to come."""
    if p.month is not None or p.day is not None:
        return False
    if not p.text.endswith(("end of ", "End of "), 0, m.start()):
        return False
    early = base.day <= 15 if m["a_of"].lower() == "month" else base.weekday() <= 2
    return early and tense(p.text, m.start(), m.end()) == "past"


_WEEKLY_AFTER = re.compile(rf"-(?i:through|thru|to)-{_WEEKDAY}")
_WEEKLY_BEFORE = re.compile(rf"{_WEEKDAY}-(?i:through|thru|to)-$")
"""Around a weekday, hyphens that make a weekly schedule's compound modifier."""


def _resolve_weekday(m: re.Match[str], p: Passage, base: dt.date) -> Resolved | None:
    text = p.text
    if _HOLIDAY_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        return None
    if _RECURRING.match(text, m.end("wd_d")) or _EVERY_BEFORE.search(
        text, max(0, m.start() - 30), m.start()
    ):
        return None  # "each Tuesday", "every other Friday", "on Monday and Tuesday nights" recur
    if _WEEKLY_AFTER.match(text, m.end("wd_d")) or _WEEKLY_BEFORE.search(
        text, max(0, m.start() - 24), m.start()
    ):
        return None  # "a Monday-through-Friday job", "Monday-to-Friday shifts": every week's
    if (
        m.end() == m.end("wd_d")
        and preceded_by(text, m.start(), _INDEFINITE)
        and free_after(text, m.end())
    ):
        return None  # "falls on a Saturday": any one (not "told a Monday news conference")
    if preceded_by(text, m.start(), _ANAPHORIC) and not _FOLLOWING_AFTER.search(
        text, max(0, m.start() - 40), m.start()
    ):
        # "the previous Friday", "the following Monday": from the day the passage named
        named = p.day
        word = previous_word(text, m.start())
        if named is None or word == "same" or m["wd_rel"]:
            return None
        weekday = _WEEKDAYS[m["wd_d"].lower()]
        if word == "following":
            return (
                m.start(),
                m.end(),
                cal.day(named + dt.timedelta((weekday - named.weekday() - 1) % 7 + 1)),
            )
        return (
            m.start(),
            m.end(),
            cal.day(named - dt.timedelta((named.weekday() - weekday - 1) % 7 + 1)),
        )
    rel = relative_word(m["wd_rel"])
    if _NTH_BEFORE.search(text, max(0, m.start("wd_d") - 24), m.start("wd_d")):
        return None  # "on the last Friday in August", "the first Sunday in April": ordinals
    beside = _BEFORE_AFTER.match(text, m.end())
    if beside and not rel and preceded_by(text, m.start(), _DEFINITE):
        counted = _weekday_beside(m, p, beside)
        if counted is not None:
            return counted
    follower = NAME_AFTER.match(text, m.end())
    if follower and not _DATE_WORD.match(follower.group().lstrip()):
        # "Friday Harbor" is a name, but not "in his Sunday Mass" (an owner's weekday dates
        # its noun) nor "said Friday Iran had" (the saying's day); "told Sunday Times
        # readers" is a paper's
        paper = follower.group().strip().lower() in NEWSPAPER_WORDS
        dated = not paper and preceded_by(text, m.start(), _OWNERS | REPORTED)
        introduced = rel or dated or preceded_by(text, m.start(), _TIME_PREPS)
        if preceded_by(text, m.start(), _THE) or not introduced:
            return None  # "the Sunday Times", "Friday Harbor"
    weekday = _WEEKDAYS[m["wd_d"].lower()]
    of_week = _OF_WEEK.match(text, m.end())
    if of_week and not rel:  # "on Friday of last week"
        monday = cal.relative_unit(base, of_week["rel"].lower(), "week")[0]
        return m.start(), of_week.end(), cal.day(monday + dt.timedelta(days=weekday))
    if rel == "this":
        # the base's week, unless the clause says which way ("is hoping to win Michigan this
        # Tuesday", written on a Friday, is the coming one)
        told = tense(text, m.start(), m.end())
        how = told if told in ("past", "future") else rel
    elif rel:
        how = rel
    else:
        part = _PART_OF_DAY_BEFORE.search(text, max(0, m.start() - 9), m.start())
        clock = _CLOCK_BEFORE.search(text, max(0, m.start() - 24), m.start())
        # "spoke later Tuesday": not a future; "until 9 a.m. Tuesday": the clock's "until"
        at = part.start() if part else clock.start() if clock else m.start()
        until = preceded_by(text, at, UNTIL)
        how = tense(text, at, m.end(), skip_until=until, said_day=True)
        event = _POSSESSIVE_EVENT.match(text, m.end())
        if how == "nearest" and event and not event["planned"]:
            how = "past"  # "a suspect in Monday's marathon bombing": it has happened
        elif how == "planned" or (how == "nearest" and text.startswith("'s", m.end())):
            how = "nearest"  # "Monday's vote", "had been postponed until Monday"
        elif until:
            how = "past" if how == "past" else "future"
        elif (
            how == "nearest"
            and is_sentence_start(text, m.start())
            and _IS_AFTER.match(text, m.end())
        ):
            how = "future"  # "Friday is the deadline", "Thursday is Thanksgiving": not over
        elif how == "nearest" and _after_a_day_ahead(p, at, base):
            how = "future"  # "would go on tomorrow ..., with stoppages on Thursday, Friday"
        elif (
            how == "nearest"
            and not preceded_by(text, at, _FOR)
            and not _AS_EARLY_AS.search(text, max(0, at - 20), at)
        ):
            # news reports more than it announces ("flights for Saturday", "delays as early as
            # Friday" may come)
            how = "past"
        if how == "future" and part and part.group().strip().lower() == "later":
            # "when he speaks later Monday", dated Tuesday: later on the day of the writing,
            # the one within three days (a wire story is dated a day late)
            how = "nearest"
    day = cal.weekday(base, weekday, how)
    before = p.day
    joined = _JOINED_WEEKDAY.search(text, max(0, m.start() - 40), m.start())
    if (
        before is not None
        and day < before
        and joined
        and before.weekday() == _WEEKDAYS[joined["wd"].lower()]
        and (joined["join"].lower() not in ("and", "or") or how == "future" or rel == "next")
    ):
        # "from Monday to Friday", "next Tuesday and Wednesday": after the day before it, when
        # a range runs forward or the list looks forward (not "met Tuesday and Monday")
        day = before + dt.timedelta(days=(weekday - before.weekday() - 1) % 7 + 1)
    return m.start(), m.end(), cal.day(day)


_NEW_SENTENCE = re.compile(r"[.!?]\s+(?=[A-Z\"])")
_WILL_OR_WOULD = re.compile(r"\b(?i:will|would|shall)\b|'ll\b")
_SINCE_THEN = re.compile(r"[.!?]\s+[A-Z\"]|\b(?i:after|since|following)\b")
"""Between a day ahead and a weekday: a new sentence, or a word that puts the weekday before
something ("resumes tomorrow after the halt on Friday")."""


def _after_a_day_ahead(p: Passage, at: int, base: dt.date) -> bool:
    """Whether the date the sentence named last before ``at`` is a day after the base, in a
    sentence that has said "will" or "would": a weekday its own clause says nothing of goes on
    from there ("the strike would continue tomorrow and would spread unless the demands were
    met, with a strike threatened in all ports for two hours on Thursday", written on a
    Tuesday), where news otherwise reports a day gone (not "the index closing at 397.24 on
    Monday" after a "Saturday's session" the base's week has not seen)."""
    if not p.found:
        return False
    _, end, (first, last) = p.found[-1]
    if not first == last > base or _SINCE_THEN.search(p.text, end, at):
        return False
    breaks = list(_NEW_SENTENCE.finditer(p.text, max(0, at - 300), at))
    return (
        _WILL_OR_WOULD.search(p.text, breaks[-1].end() if breaks else max(0, at - 300), at)
        is not None
    )


_BEFORE_AFTER = re.compile(r"\s+(?i:(before|after))\s+")
_DEFINITE = frozenset({"the"})


def _weekday_beside(m: re.Match[str], p: Passage, beside: re.Match[str]) -> Resolved | None:
    """ "the Wednesday before Thanksgiving", "the Sunday after Nov. 26": the nearest such
    weekday before or after the day named next, the whole phrase one expression; None when
    what follows names no day the sentence dates ("the Sunday after the holiday"): the
    weekday is then read as any other."""
    # the sentence without the phrase says when the day is ("will peak on ... Christmas",
    # "is set for ... Nov. 1")
    text = p.text
    the = text.lower().rindex("the", 0, m.start())
    cut = beside.end() - the
    named = [
        (end + cut, span)
        for at, end, span in locate_dates(text[:the] + text[beside.end() :], p.base)
        if at == the
    ]
    if not named or named[0][1].start != named[0][1].end:
        return None
    end, span = named[0]
    weekday, day = _WEEKDAYS[m["wd_d"].lower()], span.start
    if beside[1].lower() == "before":
        found = day - dt.timedelta(days=(day.weekday() - weekday - 1) % 7 + 1)
    else:
        found = day + dt.timedelta(days=(weekday - day.weekday() - 1) % 7 + 1)
    return m.start(), end, cal.day(found)


_AS_EARLY_AS = re.compile(r"\b(?i:as\s+(?:early|soon)\s+as)\s+$")
_NTH_BEFORE = re.compile(r"\b(?i:the\s+(?:last|first|second|third|fourth|final))\s+$")
_JOINED_WEEKDAY = re.compile(
    rf"\b(?P<wd>{_WEEKDAY})(?:\s+(?i:morning|afternoon|evening|night))?,?\s*"
    r"(?P<join>-|(?i:to|through|until|till|and|or))\s+$"
)
"""A weekday and a range or list word right before another weekday."""


def _resolve_year_end(m: re.Match[str], p: Passage, base: dt.date) -> Resolved | None:
    """ "by year-end", "since year end", "around the year's end": the end (:func:`_year_end`) of
    the year meant, the base's unless the clause looks back."""
    text = p.text
    year_at = m.start("ye_y")
    if preceded_by(text, year_at, _FISCAL) or not preceded_by(text, m.start(), _YEAR_END_CUES):
        return None  # "its fiscal year end", "Year-end figures"
    if not free_after(text, m.end()) or text.startswith("'s", m.end()):
        return None  # "year-end net", "the year-end rally": a label
    named = _YEAR_BEFORE.search(text, max(0, year_at - 8), year_at)
    if named:  # "debt stood at 665 mln dlrs at 1986 year end"
        return named.start(), m.end(), _year_end(text, named.start(), int(named[1]))
    how = tense(text, m.start(), m.end())
    if how == "past" or (how != "future" and preceded_by(text, m.start(), _LAST_YEAR_END)):
        # "the change is since year-end", "assets were 1.1 billion at year end", "reserves
        # totaled 8 trillion cubic feet at year end": the last one, a balance struck
        return m.start(), m.end(), _year_end(text, m.start(), base.year - 1)
    return m.start(), m.end(), _year_end(text, m.start(), base.year)  # "to close by year-end"


def _year_end(text: str, start: int, year: int) -> cal.Span:
    """December 31 of ``year``, the day a year-end balance is struck or a deadline "by year-end"
    falls (as "by Dec. 31" is that day); after a word of approximation ("around year end",
    "toward year-end"), December."""
    if preceded_by(text, start, _APPROXIMATE):
        return cal.month(year, 12)
    return cal.day(dt.date(year, 12, 31))


_FISCAL = wordset("fiscal financial")
_APPROXIMATE = wordset("around near toward towards")
_YEAR_END_CUES = wordset(
    "by at until till since before after around near toward towards through from to in of"
)
"""A preposition before "year-end" that makes it a time: "by year-end", "as of year end"."""
_LAST_YEAR_END = wordset("at since from of in")
"""Unless the clause looks ahead, these say where things stood at the last year-end."""
_YEAR_BEFORE = re.compile(rf"\b({_YEAR})\s+$")

_RELATIVE = {
    "rd": _resolve_relative_day,
    "ru": _resolve_relative_unit,
    "wkd": _resolve_weekend,
    "ago": _resolve_ago,
    "yago": _resolve_year_ago,
    "ye": _resolve_year_end,
    "ana": _resolve_anaphora,
    "wd": _resolve_weekday,
}


# ---------------------------------------------------------------------------------------------
# User input


_FILTER_FORMS = (
    "expected a date such as 2025-05-06, 2025-05, 2025, 'May 2025', '2025-Q1', 'today', "
    "'yesterday', 'last week', 'this year', '3 days ago', 'last 7 days' or a range FROM..TO"
)
_ISO_PARTIAL = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
# "1987-Q1", "Q1 1987", "H2 1987": a quarter or half as spreadsheets and reports write it.
_PART_FILTER = re.compile(
    r"(?:(?P<year>\d{4})\s*-?\s*(?P<part>[QH])(?P<n>\d)|(?P<part2>[QH])(?P<n2>\d)\s*-?\s*(?P<year2>\d{4}))",
    re.IGNORECASE,
)
# "2/28/1987", "28.02.1987": month and day in either order.
_NUMERIC_DAY = re.compile(r"(\d{1,2})([/.])(\d{1,2})\2(\d{4})")
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
    part = _PART_FILTER.fullmatch(text)
    if part:
        return DateSpan(*_part_span(part, value), value)
    numeric = _NUMERIC_DAY.fullmatch(text)
    if numeric:
        return DateSpan(*cal.day(_numeric_day(numeric, value)), value)
    relative = _RELATIVE_FILTER.fullmatch(text)
    if relative and relative["n"] and int(relative["n"]) < 1:
        raise InvalidFilterError("date", value, "the number must be at least 1")
    if relative:
        try:
            return DateSpan(*_relative_filter(relative, as_of), value)
        except (ValueError, OverflowError):
            reason = "too far back or beyond the calendar (years 1 to 9999)"
            raise InvalidFilterError("date", value, reason) from None
    if text.rstrip(".").lower() in MONTH_NUMBERS:
        month = MONTH_NUMBERS[text.rstrip(".").lower()]
        try:
            return DateSpan(*cal.month_alone(as_of, month, "past"), value)
        except ValueError:
            raise InvalidFilterError("date", value, "beyond the calendar") from None
    # Everything else must be exactly one expression of the text grammar.
    title = " ".join(w if w.isdigit() else w.capitalize() for w in text.split(" "))
    for candidate in (text, title):
        spans = locate_dates(candidate, as_of)
        if len(spans) == 1 and spans[0][0] == 0 and spans[0][1] == len(candidate):
            found = spans[0][2]
            return DateSpan(found.start, found.end, value)
    try:
        dateutil_parser.parse(text)
    except dateutil_parser.ParserError as error:
        if "out of range" in str(error):  # "February 30, 1987"
            reason = "not a calendar date (check the month and the day)"
            raise InvalidFilterError("date", value, reason) from None
    except (ValueError, OverflowError):
        pass
    raise InvalidFilterError("date", value, _FILTER_FORMS)


def _part_span(m: re.Match[str], value: str) -> tuple[dt.date, dt.date]:
    """The quarter or half of :data:`_PART_FILTER`'s match."""
    kind = (m["part"] or m["part2"]).upper()
    year, number = int(m["year"] or m["year2"]), int(m["n"] or m["n2"])
    if not 1 <= number <= (4 if kind == "Q" else 2):
        reason = f"{kind}{number}: a year has quarters Q1 to Q4 and halves H1 and H2"
        raise InvalidFilterError("date", value, reason)
    return cal.quarter(year, number) if kind == "Q" else cal.half(year, number)


def _numeric_day(m: re.Match[str], value: str) -> dt.date:
    """The day of :data:`_NUMERIC_DAY`'s match, month first or day first, whichever alone is a
    calendar date; both or neither is an error that says how to write it."""
    first, second, year = int(m[1]), int(m[3]), int(m[4])
    readings = set()
    for month, day in ((first, second), (second, first)):
        try:
            readings.add(dt.date(year, month, day))
        except ValueError:
            continue
    if len(readings) == 1:
        return readings.pop()
    if not readings:
        raise InvalidFilterError("date", value, "not a calendar date (check the month and the day)")
    early, late = sorted(readings)
    reason = (
        f"month and day may be either way round: write {early.isoformat()} or {late.isoformat()}"
    )
    raise InvalidFilterError("date", value, reason)


def _iso_span(year: str, month: str | None, day: str | None) -> tuple[dt.date, dt.date]:
    if month is None:
        return cal.year(int(year))
    if day is None:
        return cal.month(int(year), int(month))
    return cal.day(dt.date(int(year), int(month), int(day)))


def _relative_filter(m: re.Match[str], as_of: dt.date) -> tuple[dt.date, dt.date]:
    if m["day"]:
        shift = {"today": 0, "yesterday": -1, "tomorrow": 1}[m["day"].lower()]
        return cal.day(as_of + dt.timedelta(days=shift))
    if m["rel"]:
        return cal.relative_unit(as_of, m["rel"].lower(), m["unit"].lower())
    if m["n"]:
        n, unit = int(m["n"]), m["n_unit"].lower()
        if unit in ("day", "week"):
            return as_of - dt.timedelta(days=n * (7 if unit == "week" else 1) - 1), as_of
        months = n * (12 if unit == "year" else 1)
        return cal.add_months(as_of, -months) + dt.timedelta(days=1), as_of
    word = m["ago"].lower()
    return cal.ago(as_of, int(word) if word.isdigit() else 1, m["ago_unit"].lower())
