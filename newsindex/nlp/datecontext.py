"""What the words around a date expression say, for :mod:`newsindex.nlp.dates`.

* :func:`tense`: whether the clause puts the date before or after the article date. The nearest
  decisive word before the expression in its sentence decides (``will``, ``expected``, ``set for``,
  ``extended to`` ... future; ``was``, ``had``, ``ended``, or a past form right before it:
  ``announced Wednesday``, ``met Monday`` ... past); else a future word or a past auxiliary in the
  next few words, a name with its title counting as one (``On Tuesday, the league plans to``, ``on
  Thursday Deputy Trade Representative Michael Smith would meet``); else it is unknown. A future
  seen from the past (``was scheduled for Friday``, ``a service planned for Saturday was canceled``)
  is "planned"; ``next to`` is a place. A possessive (``Wednesday's ruling``) is unknown whatever
  the verb before, but ``since`` or a past form after its noun makes it past (``at Monday's debate,
  she cited``), and so does a market's close (``Friday's close``). Contractions are split
  (``she'll``, ``couldn't``); ``could`` and ``would`` after a negated subject are past (``neither he
  nor his aides could be reached Tuesday``), and so is a modal before ``have`` (``may also have
  been``). A participle after ``be``, ``stay`` or ``remain`` is passive or a state, the auxiliary
  before decides (``results will be announced Tuesday``, ``banks will stay closed until Thursday``,
  ``will be dated and delivered May 1``); a cue that is also a noun is one after a determiner (``the
  immunity plan``, ``a strong start``, ``housing starts fell``); an infinitive of a schedule verb
  plans (``a tender offer to begin Thursday``, ``agreed to meet Friday``), and so does another
  infinitive after a past verb (``agreed to extend the lines until May 31``), after a present ``is``
  it is to come (``is hoped to be presented in October``); a past form after ``who``, ``which`` or
  ``that`` dates its relative clause (``Packer, who made the sale in January, will be``); a schedule
  verb's base form after ``did`` is past (``did not return calls seeking comment Tuesday``); ``have
  to`` and ``have`` before a noun are no perfect (``would have to``, ``would have an audience``); a
  cue that is a noun after a past verb is none (``disclosed plans on Dec 29``); before a weekday,
  ``said`` or ``told`` a few words back dates the saying (``said Wednesday the cost would be``);
  ``is`` right before announces (``the first round is on Sunday``, ``redemption is on September
  7``). ``due to`` is a cause before a noun phrase (``slumped due to heavy snow in January``), a
  schedule after ``is`` or before a verb (``is due to restart in April``); ``than expected``
  compares and ``compared with`` looks back. The sentence is the expression's own even when it opens
  it (``... 1988. In March, the government said``), but not after an abbreviation (``Orlando, Fla.
  Monday``).
* Neighbouring words: :func:`previous_word`, :func:`next_word`, :func:`free_after` ...
* :class:`Passage`: the passage being read, what later expressions may refer back to (the last
  explicit year, month and day), the quarter an earnings passage reports and the period a
  figure compared with "a year earlier" is for.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from . import datespans as cal
from .datespans import Direction, Span
from .lexicon import (
    ABBREVIATED_TITLES,
    DOTTED_ABBREVIATIONS,
    IRREGULAR_PASTS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NAME_ABBREVIATIONS,
    RELATIVE_PRONOUNS,
    pick,
    wordset,
)

__all__ = [
    "DEFERRED",
    "DETERMINERS",
    "MONTH_NAME",
    "MONTH_NUMBERS",
    "NAME_AFTER",
    "NUMBERS",
    "ORDINALS",
    "QUARTER_NUMBERS",
    "REPORTED",
    "TIME_PREPOSITIONS",
    "UNTIL",
    "Passage",
    "Resolved",
    "Tense",
    "direction",
    "free_after",
    "hypothetical",
    "is_sentence_start",
    "next_word",
    "number",
    "over_by",
    "past_verb_right_before",
    "preceded_by",
    "previous_word",
    "relative_word",
    "reports_past",
    "scheduled_for",
    "spelled_year",
    "tense",
]

Tense = Literal["past", "future", "nearest", "planned"]
"""What the clause says of a date: before or after the base, unknown, or "planned" (a future
seen from the past: "was scheduled for Friday", the nearest such date)."""
Resolved = tuple[int, int, Span]
"""An expression's offsets in the text and its range."""

# ---------------------------------------------------------------------------------------------
# Words

_WORD = re.compile(r"[A-Za-z']+")
_FOLLOWER_WORD = re.compile(r"\s*([A-Za-z]+)")
NAME_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+|[A-Z]{2,}\b)")
"""A capitalised word next: "the Sunday Times", "Christmas Island", "May Department Stores"."""

TIME_PREPOSITIONS = wordset(
    "in into since by until till through throughout from during before after around between"
)
"""Prepositions that make a bare month, year or season a date ("in March", "since 1985")."""
UNTIL = wordset("by until till")
DETERMINERS = wordset("the a an its his her their our this that these those")
_FUNCTION_WORDS = wordset(
    "of and or the a an when as to before after at in on with for from by is was will would "
    "could that this it he she they we but while until since because if so than said says has "
    "have had are were i"
)
"""What may follow a date that is no modifier: "on Christmas, when ...", not "Christmas tree"."""

_TEENS = dict(zip(("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                   "seventeen", "eighteen", "nineteen"), range(10, 20), strict=True))  # fmt: skip
_TENS = dict(zip(("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"),
                 range(20, 100, 10), strict=True))  # fmt: skip
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9,
} | _TEENS | _TENS  # fmt: skip
"""Spelled counts up to ninety, with "a" and "an" ("fourteen months ago", "a year ago")."""
QUARTER_NUMBERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
                   "fourth": 4, "4th": 4, "final": 4, "last": 4}  # fmt: skip
MONTH_NUMBERS = {name: i for i, name in enumerate(MONTHS, 1)}
"""A month's name or abbreviation (lower case, no dot) -> its number."""
MONTH_NUMBERS |= {
    a: MONTH_NUMBERS[m] for a in sorted(MONTH_ABBREVIATIONS) for m in MONTHS if m.startswith(a)
}
MONTH_NAME = "|".join(w.capitalize() for w in [*MONTHS, *MONTH_ABBREVIATIONS])
"""A capitalised month name or abbreviation, as a regular expression alternation."""


_ORDINAL_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                  "ninth")  # fmt: skip
_ORDINAL_TEENS = ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                  "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth")  # fmt: skip
ORDINALS = dict(zip(_ORDINAL_UNITS, range(1, 10), strict=True))
ORDINALS |= dict(zip(_ORDINAL_TEENS, range(10, 21), strict=True))
ORDINALS |= {f"twenty-{w}": 20 + n for n, w in enumerate(_ORDINAL_UNITS, 1)}
ORDINALS |= {"thirtieth": 30, "thirty-first": 31}
"""Spelled days of the month, as broadcast transcripts write them ("March eighth")."""
_SPELLED_DAY = "|".join(
    sorted((w for w, n in [*NUMBERS.items(), *ORDINALS.items()] if len(w) > 2 and n <= 31),
           key=len, reverse=True)
)  # fmt: skip


def number(word: str) -> int:
    """``"two"``, ``"2nd"`` or ``"twenty-first"`` as a number."""
    word = "-".join(word.lower().split())
    if word in NUMBERS:
        return NUMBERS[word]
    if word in ORDINALS:
        return ORDINALS[word]
    return int(word.rstrip("stndrh"))


def spelled_year(words: str) -> int:
    """``nineteen ninety-six``, ``nineteen o five``, ``the year two thousand``, ``two thousand
    and one``, ``twenty thirteen``."""
    parts = [w for w in _WORD.findall(words.lower()) if w not in ("the", "year", "and")]
    if parts[:2] == ["two", "thousand"]:
        return 2000 + _spelled_below_hundred(parts[2:])
    if parts[0] == "twenty":
        return 2000 + _spelled_below_hundred(parts[1:])
    rest = parts[parts.index("nineteen") + 1 :]
    if rest[0] == "o":
        return 1900 + NUMBERS[rest[1]]
    if rest[0] in _TEENS:
        return 1900 + _TEENS[rest[0]]
    return 1900 + _TENS[rest[0]] + (NUMBERS[rest[1]] if len(rest) > 1 else 0)


def _spelled_below_hundred(parts: list[str]) -> int:
    """``[]`` 0, ``["five"]`` 5, ``["thirteen"]`` 13, ``["twenty", "one"]`` 21."""
    if not parts:
        return 0
    if parts[0] in _TEENS:
        return _TEENS[parts[0]]
    if parts[0] in _TENS:
        return _TENS[parts[0]] + (NUMBERS[parts[1]] if len(parts) > 1 else 0)
    return NUMBERS[parts[0]]


def relative_word(word: str | None) -> str:
    """last, next, this or "" ("this past May" is last May, "this coming" next)."""
    word = " ".join((word or "").lower().split())
    if word.endswith("past"):
        return "last"
    return "next" if word.endswith("coming") else word


def is_sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\"'“‘(`")
    return not before or before[-1] in ".!?:;\n—–-"


def previous_word(text: str, start: int) -> str:
    """The word before ``start``, in lower case ("" if none)."""
    before = _WORD.findall(text[max(0, start - 20) : start])
    return before[-1].lower() if before else ""


def preceded_by(text: str, start: int, words: frozenset[str]) -> bool:
    return previous_word(text, start) in words


def next_word(text: str, end: int) -> str:
    """The word after ``end`` as written ("" if punctuation or nothing comes first)."""
    m = _FOLLOWER_WORD.match(text, end)
    return m.group(1) if m else ""


def free_after(text: str, end: int) -> bool:
    """Nothing but punctuation, a possessive or a function word follows: not a modifier."""
    if text.startswith("'s", end):
        return True
    if end < len(text) and not text[end].isspace():
        return True
    word = next_word(text, end)
    return not word or word.lower() in _FUNCTION_WORDS


# ---------------------------------------------------------------------------------------------
# Tense

_SENTENCE_BREAK = re.compile(
    r"[.!?;:\n\"“”`'](?:(?<=[.!?;:])(?<!\b[A-Za-z].)\s+(?=[\"'“‘(]*[A-Z])|(?<=[\n\"“”])|(?<=`)`|(?<=')')"
)
"""Not after a one-letter abbreviation: "4 a.m. EDT Thursday", "the U.S. Army". The pattern
opens on the break's first character, which lets the scan skip the others."""
_QUOTED_PHRASE = re.compile(
    r"(?<=[a-z,]\s)(\"|“|``)(?=[a-z])(?:(?!``|'')[^\"“”.!?;:\n]){1,60}?(?<=[a-z])(\"|”|'')(?=\s+[a-z])"
)
"""A few lower-case words quoted inside a sentence ("said the city would be "open for
business" on Wednesday", the newswire's "``open for business''"): their marks end no clause
(not a title, "NBC's "Meet the Press" on Sunday", nor a quote to the sentence's end)."""


def _unquoted(text: str) -> str:
    """``text`` with the marks of each quoted phrase (:data:`_QUOTED_PHRASE`) blanked, one space
    a character, so that offsets stay."""
    if not any(q in text for q in '"“`'):
        return text
    return _QUOTED_PHRASE.sub(
        lambda m: " " * len(m[1]) + m.group()[len(m[1]) : -len(m[2])] + " " * len(m[2]), text
    )


_FUTURE_CUES = wordset(
    "will 'll shall would could can might may should must expected expects expect expecting "
    "scheduled due slated plans plan planned planning intends intend intended intending hopes "
    "hope hoping aims aiming seeks want wants maturing expiring lapsing "
    "poised likely unlikely upcoming next later payable ending effective starting "
    "ahead beginning tomorrow"
)
"""Words that, nearest before a date in its sentence, put it on or after the article date."""
_PAST_CUES = wordset(
    "was were had did ago since last earlier previously ended announced reported closed began "
    "agreed compared"
)
"""Not "said": the reporting verb does not date the clause ("said it is calling ... on May 1")."""
_SIMPLE_PAST = wordset(
    "went came began fell rose saw spoke chose drove flew ran grew knew threw wrote drew"
)
"""Past forms that are no participle: wherever they stand in the clause before a date, it
was ("as voters went to the polls in Ohio on Tuesday", "until he spoke in Denver on Monday
night"), as "was" or "did" is; not "took" or "gave", whose object may carry a date of its own
("took a vessel to Japan May 1-10", a charter's loading days)."""
_SCHEDULED = wordset("set slated poised scheduled due forecast projected earmarked targeted")
"""Followed by "for" or "to", these look forward: "the election, set for Sunday"."""
_CALLED = wordset("called")
"""Right before a date's own "for", a meeting convened: "a meeting called for April 27" (not
"called for talks when the exchange on February 6 suspended trading")."""
DEFERRED = wordset(
    "extended postponed delayed deferred adjourned moved pushed rescheduled extend extends "
    "extending postpone postpones postponing delay delays delaying defer defers deferring "
    "adjourn adjourns adjourning reschedule reschedules rescheduling"
)
"""Followed by "to" or "until", a deadline moved forward: "extended to Nov. 20"."""
_NOUNS_TOO = wordset("plan plans hope hopes aims will")
"""Cues that are nouns after a determiner: "announced the plan Aug. 21"."""
_SCHEDULE = wordset(
    "go goes meet meets open opens begin begins start starts resume resumes vote votes arrive "
    "arrives travel travels expire expires launch launches debut debuts take takes come comes ends "
    "reopen reopens leave leaves return fly flies faces hear hears attend attends speak speaks "
    "testify testifies run runs continue continues kicks heads hosts visits unveils convenes "
    "celebrates plays holds tours wraps pays mature matures"
)
"""Present forms that announce: a date just after them is to come (not "end": "at end-March",
"the end of February" are nouns; nor "returns", "visit", "face": "exchanges and returns", "a
state visit", "face value")."""
_NOUNS_OR_SCHEDULE = _NOUNS_TOO | _SCHEDULE
_NOUN_PASTS = wordset("cut")
"""Past forms that are also nouns: right before the date after a determiner, no verb ("expects
the rate cut in May", "the tax cut in 1981"); the verb has its object between ("the bank cut its
rate in May")."""
_OPEN_NOUNS = wordset("market markets interest position positions season air door doors ended")
"""After "open", nouns it qualifies: "open market purchases", "open interest"."""
_PERFECT = wordset("have has had 've")
_DUE_VERBS = wordset(
    "be begin start open resume expire meet vote arrive leave return report hold sign announce "
    "publish release take make visit end close finish mature launch deliver complete appear "
    "testify rule decide go come travel fly"
)
"""After "due to", these make it a schedule ("output, due to start in July")."""
_INFINITIVES = _DUE_VERBS | wordset(
    "keep stay remain last have extend present conduct hold become agree prepare discuss "
    "negotiate buy sell acquire purchase build introduce submit implement adopt ratify approve "
    "decide consider review complete pay raise cut reduce increase issue offer redeem repay "
    "merge invest spend hire host stage seek call supply provide ship produce export import"
)
"""After "to", verbs whose infinitive puts the date in a plan: "agreed to extend the lines
until May 31", "is hoped to be presented in October" (not "rose to 5 pct in May")."""
_INTENT_PASTS = wordset(
    "threatened vowed pledged promised planned intended decided voted resolved hoped aimed "
    "sought prepared refused"
)
"""Before "to", past verbs whose infinitive is a plan whatever its verb: "has threatened to
strike on Thursday", "voted to walk out Friday" (not "agreed", "offered": "agreed to terms on
Friday", a noun)."""
_COPULAS = wordset("is are was were be been being 's remains remained")
_ENDS = wordset("ends")
_PERIODS = wordset("qtr quarter period year month week half season")
_PERIOD_NOUNS = _PERIODS | wordset("quarters periods years months weeks mths")
_DEMONSTRATIVES = wordset("this that these those")
_NOUN_OPENERS = DETERMINERS - _DEMONSTRATIVES
"""Determiners that open only a noun phrase ("that" may open a clause: "that was agreed")."""
_NOT_PERFECT = DETERMINERS | wordset("to no")
"""After "have", what makes it no perfect: "would have to pay", "will have an audience"."""
_RELATIVES = pick(RELATIVE_PRONOUNS, "who which that")
_COPULA = wordset("is are")
_MODALS = wordset("would could might should must may")
_MODAL_ADVERBS = wordset("also already not never probably still well even")
_BEFORE_VERB = _MODALS | wordset("will 'll to not")
"""Before "last", these make it a verb ("could last until May"), not "last May"."""
_STAYED = wordset("remained stayed")
"""Before a participle, a state that was: "remained closed until Monday"."""
_ATTRIBUTIVE = wordset("accrued")
"""Past participles that only name a noun, never the clause's verb ("interest accrued to March
31 will be paid", "plus dividend accrued through June eight, the redemption date")."""
_UNTIL = wordset("until till")
"""Not a future word by itself: "until" may end what is over ("were not placed until after 1530
EST on Dec 19", "until his suspension on April 16", written in June)."""
_GIVE = wordset("give gives gave given giving")
_LAST_INTO = wordset("into until till through")
"""After "last", what makes it a verb with no modal right before it ("and last into Sunday")."""
_NOT_UNTIL = re.compile(r"(?i:until|till)\s")
"""A date's own "until" after "would not" or "could not": what is not done before it."""
_EXPECTED = wordset("expected intended")
"""After a determiner, adjectives ("the intended action"), unlike "the planned ceiling"."""
_AMOUNT_UNITS = wordset(
    "pct percent dlrs dollars tonnes barrels bpd output production sales exports imports"
)
"""Right before a date's cue, a figure the date belongs to ("0.5 pct in January")."""
_PLURALS = wordset("men women people police children")
"""Plurals without an s: "the two men meet Friday" is a verb."""
_PRONOUNS = wordset("i you we they he she it who")
"""Subjects that make the word after them a verb: "that they plan to"."""
_NEGATORS = wordset("neither nor never nobody none")
"""Before "could" or "would" (the past of can and will), these report what did not happen:
"neither he nor his aides could be reached Tuesday"."""
_ANSWERING = wordset(
    "be comment say confirm deny discuss disclose elaborate speculate reveal identify name "
    "specify give provide answer respond return explain"
)
"""After "could" or "would" with a negated subject, the verbs of a reply not given: "neither he
nor his aides could be reached Tuesday", "none would comment Monday" (not "neither would
arrive at the convention in July", a forecast)."""
_SEEN_FROM_THE_PAST = wordset("had was were previously originally fell came became")
_PARTICIPLES = wordset("planned scheduled slated set due expected")
"""Future cues that may modify a noun whose verb comes after the date: "a service planned for
Saturday was canceled" (a future seen from the past)."""

_FIGURE_AFTER = re.compile(r"\s+(?:[$£#]|[A-Z]{1,3}\$|\d)")
"""After a possessive day, a figure: that day's, known, so over."""
_MARKET_CLOSE = wordset("close closing")
"""After a possessive day, a market's close: that day is over ("Friday's close")."""
_SAID = wordset("said told")
"""The past reporting verbs: near a weekday, it is when something was said."""
REPORTED = wordset("said told saying telling announcing")
"""Reporting verbs: a date a few words after them is when it was said."""
_DECISIVE = (
    _FUTURE_CUES
    | _PAST_CUES
    | _SCHEDULE
    | _NOUNS_TOO
    | IRREGULAR_PASTS
    | _SIMPLE_PAST
    | REPORTED
    | _COPULA
    | {"to", "for", "until", "seen"}
)
"""Every word :func:`tense` may stop at, but the past forms in -ed."""
_CONDITIONAL = re.compile(r"\b(?:would|could|might)\b|'d\b", re.IGNORECASE)
_PASSIVE = wordset("be been being is are was were stay stays stayed remain remains remained")
"""Before a participle, what makes it no active past form: "results will be announced
Tuesday", "banks will stay closed until Thursday" (a state: the word before decides)."""
_PREPOSITIONS = wordset("on in at by until till since for from during to through after before")
_FUTURE_AFTER = wordset(
    "will shall 'll would could may might should must due expected scheduled likely unlikely "
    "projected"
)
"""Future words within the next few words of the sentence: "In June the ICCO is due to ..."."""
_PLANS_TO = wordset("plans plan intends intend expects expect hopes hope aims wants seeks vows")
"""Followed by "to", a future in the next few words: "On Tuesday, the league plans to ..."."""
_PAST_AFTER = wordset("was were had did")
_WILL = wordset("will shall 'll")
"""Before "have" and a participle, a future perfect: still to come ("we will have spoken")."""
_STOP_AFTER = _PAST_CUES | wordset(
    "said says told that which who because if but and as how when where why whether while"
)


def tense(
    text: str, start: int, end: int, *, skip_until: bool = False, said_day: bool = False
) -> Tense:
    """What the clause says of the expression ``text[start:end]`` (see the module doc);
    ``skip_until``: a "by" or "until" right before is the caller's to read; ``said_day``: the
    expression is a day a reporting verb may date ("said Wednesday the cost would be")."""
    if text.startswith("'s", end):
        # "Wednesday's ruling": the verb before is not the day's, but "since" is, and so is a
        # past form after the noun ("at Monday's debate, Clinton cited ..."); not a modal ("Monday's
        # debate might not move mountains")
        after = _tense_after(text, end + 2, possessive=True)
        if previous_word(text, start) == "since" or after == "past":
            return "past"
        if past_verb_right_before(text, start):
            return "past"  # "won Sunday's debate", "a line he repeated in Sunday's debate"
        if next_word(text, end + 2).lower() in _MARKET_CLOSE:
            return "past"  # "over Thursday's closing price": a price known once the day is over
        if _FIGURE_AFTER.match(text, end + 2):
            return "past"  # "turnover was 657 mln against Friday's 694 mln": a figure known
        return "nearest"
    before = _clause_before(text, start)
    skipped = skip_until and bool(before) and before[0].lower() in UNTIL
    if skipped:
        before = before[1:]
    lower = [w if w == "May" else w.lower() for w in before]
    if skipped and lower[:1] and lower[0] in DEFERRED:
        # "postponed until Tuesday morning", "was extended until Friday"; "had been
        # postponed until Monday" may be over by now
        return "planned" if "had" in lower[1:3] else "future"
    if lower[:1] and lower[0] in _RELATIVES:
        # "banks which in December were asked to waive ...": the relative clause's verb
        after = _tense_after(text, end)
        if after != "nearest":
            return after
    own = _WORD.match(text, start)  # the expression's own preposition, if it holds one
    found, cue = _tense_before(lower, before, said_day, own[0].lower() if own else "")
    if found == "future" and cue in _PARTICIPLES and _tense_after(text, end) == "past":
        return "planned"  # "a memorial service planned for Saturday was canceled"
    if found == "past" and cue in ("would", "could") and _NOT_UNTIL.match(text, start):
        return "future"  # "the board would not make any estimate until late April"
    if found == "past" and _hypothetical(lower, cue):
        return "future"  # "farmers would suffer if the dispute dragged on into October"
    if found:
        return found
    after = _tense_after(text, end)
    statistic = text.startswith(("in ", "In "), start) or text.endswith(" in ", 0, start)
    if after == "future" and statistic and lower[:1] and lower[0] in _AMOUNT_UNITS:
        return "past"  # "production, down 0.5 pct in January from December, is likely to":
        # a figure for the month, whatever is said of the next
    if after == "nearest" and said_day and _far_future(text, start, before):
        return "future"
    if after == "nearest" and not skipped and _finite_past(text, start):
        return "past"
    return after


def _hypothetical(lower: list[str], cue: str) -> bool:
    """Whether the past form ``cue`` is an "if" clause's after a "would" ("would suffer if the
    dispute dragged on into October"): a condition still to come, not a past event."""
    if cue not in lower:
        return False
    at = lower.index(cue)
    return "if" in lower[at + 1 : at + 4] and any(w in ("would", "'d") for w in lower[at + 4 :])


_ON_ITS_DAY = wordset("in at during on after")
"""Between a verb and a possessive day: "repeated in Sunday's debate", "spoke at Friday's rally"."""
_STILL_TO_COME = (
    DEFERRED
    | _SCHEDULED
    | _PARTICIPLES
    | wordset("canceled cancelled called scrapped announced confirmed")
)
"""Past forms whose object may lie ahead: "postponed Monday's vote", "announced Friday's
rally"."""


def past_verb_right_before(text: str, start: int) -> bool:
    """Whether an active past form stands right before the expression, maybe with a preposition
    or a determiner between: "won Sunday's debate", "repeated in Sunday's debate", "gave a May
    11 speech" (a day's event that a past verb tells of is over), not "will be discussed at
    Monday's meeting" or "postponed Monday's vote"."""
    before = _clause_before(text, start, 5)
    lower = [w.lower() for w in before]
    i = 1 if lower[:1] and lower[0] in DETERMINERS else 0  # "gave a May 11 speech"
    i += 1 if lower[i : i + 1] and lower[i] in _ON_ITS_DAY else 0
    if i >= len(lower) or not before[i].islower() or lower[i] in _STILL_TO_COME:
        return False
    return _past_form(lower[i]) and _active(lower, i)


def _far_future(text: str, start: int, before: list[str]) -> bool:
    """For a weekday whose twelve words before and few words after decide nothing: whether
    the sentence further back puts it ahead ("the envoy, after a long flight, is scheduled to
    spend only five hours on the ground in Lima, Peru, her first stop Tuesday morning"), by a
    future word that is no modal ("could give no reason" is none), and no past form among the
    twelve words."""
    if any((_past_form(w.lower()) or w in _SAID) and w.islower() for w in before):
        return False  # (a past form or "said" near it: "..., he said in an interview on Saturday")
    far = _clause_before(text, start, 30)[12:]
    if not far:
        return False
    found, cue = _tense_before([w.lower() for w in far], far)
    return found == "future" and cue not in _MODALS and cue != "can"


def _tense_before(
    lower: list[str], before: list[str], said_day: bool = False, first: str = ""
) -> tuple[Tense | None, str]:
    """What the nearest decisive word of the clause before the expression says, and that word
    (``lower``: the clause's words nearest first, in lower case but "May"; ``first``: the
    expression's first word, its own preposition if it holds one)."""
    planned = False  # "a tender offer to begin Thursday", unless a word before says more
    infinitive = False  # "to be presented in October": the verb it depends on decides
    for i, word in enumerate(lower):
        if word not in _DECISIVE and not word.endswith("ed"):
            continue  # most words: checked once here
        older = lower[i + 1 : i + 3]
        if word == "due" and i > 1 and lower[i - 1] == "to" and _causal_due(older, lower[i - 2]):
            continue  # "due to its third-quarter loss", "due to heavy buying": because of
        if word == "expected" and older[:1] and older[0] in ("than", "as"):
            continue  # "lower than expected due to snowstorms in January": a comparison
        causal = i > 0 and lower[i - 1] in DETERMINERS
        looks_forward = i + 1 < len(lower) and (
            lower[i + 1] in _SCHEDULED
            or (word != "for" and lower[i + 1] in DEFERRED)
            or (word == "for" and i == 0 and lower[1] in _CALLED)  # "a strike called for Monday"
        )
        if word == "to" and lower[i + 1 : i + 2] == ["due"] and i > 0:
            causal = causal or _causal_due(lower[i + 2 : i + 3], lower[i - 1])
        if word in ("to", "for", "until") and looks_forward and not causal:
            # "set for Sunday", "extended to Nov. 20"
            return _looking_forward(lower, i + 1), lower[i + 1]
        if word in ("to", "seen") and older[:1] in (["is"], ["are"]):
            # "is to resume trading Tuesday"; "a rights issue is seen, perhaps in June": a forecast
            return "future", word
        was_to = older[1:2] if older[:1] and older[0] in _MODAL_ADVERBS else older[:1]
        if word == "to" and was_to in (["was"], ["were"]):
            return "planned", word  # "the rate was also to be set on April 15": a plan then
        if word == "ended" and i > 0 and older[:1] and older[0] in _PERIOD_NOUNS:
            continue  # "file a report for the year ended Feb. 28 by May 28": that year's end
        if word == "open" and i > 0 and lower[i - 1] in _OPEN_NOUNS:
            continue  # "in open market purchases": an adjective
        if word in _NOUNS_OR_SCHEDULE and _noun_after_determiner(word, older):
            continue  # "announced the plan Aug. 21", "after the vote on Friday": nouns
        if word in _NOUN_PASTS and _right_before(lower, i) and _noun_after_determiner(word, older):
            continue  # "expects the rate cut in May", "a tax cut in 1981": a noun
        if word in _NOUNS_TOO and word != "will" and _object_of_past_verb(lower[i + 1 : i + 4]):
            continue  # "revised his withdrawal plans in October": a noun
        if word in _NOUNS_TOO and word != "will" and older[:1] and _gerund(older[0]):
            continue  # "announced a $275 billion spending plan on Monday": a noun
        if word in _NOUNS_TOO and word != "will" and older[:1] and _past_form(older[0]):
            continue  # "disclosed plans on Dec 29": the object of a verb
        if word in _ENDS and older[:1] and older[0] in _PERIODS:
            continue  # "Qtr ends Jan 31", "its fiscal year ends September 30": no tense
        if word in _SCHEDULE and i < 6 and older[:1] and older[0] in _PERFECT:
            return "past", word  # "prices have come down from mid-October"
        if word in _SCHEDULE and i < 6 and _did_before(lower[i + 1 : i + 5]):
            return "past", word  # "did not return calls seeking comment Tuesday"
        if word == "to" and 0 < i < 11 and lower[i - 1] in _INFINITIVES:
            # not a perfect: "are reported to have blown up the depots on Tuesday" is done
            infinitive = lower[i - 1] != "have" or i < 2 or not _participle(lower[i - 2])
        elif word == "to" and 0 < i < 11 and older[:1] and older[0] in _INTENT_PASTS:
            infinitive = lower[i - 1].isalpha() and lower[i - 1] not in DETERMINERS
        if word in _SCHEDULE and i < 6 and older[:1] == ["to"]:
            planned = True
        elif word in _SCHEDULE and i < 6:
            if word.endswith("s") and any(
                _past_form(w) and w == before[j] and _active(lower, j)
                for j, w in enumerate(lower[:i])
            ):
                return "past", word  # "housing starts fell 2.7 pct in May": a noun
            return "future", word  # "tickets go on sale Friday", "the term expires in August"

        if word in _ATTRIBUTIVE:
            continue  # "redeemed for 100 dlrs plus dividend accrued through June eight"
        if word in _UNTIL and _awaited(older + lower[i + 3 : i + 5]):
            return "future", word  # "could not proceed until a final ruling on May 7"
        if word == "last" and older[:1] and older[0] in _BEFORE_VERB:
            continue  # "the drought could last until May": a verb, the modal decides
        if word == "last" and i > 0 and lower[i - 1] in _LAST_INTO:
            continue  # "would arrive Friday and last into Sunday": a verb, the one before decides
        if word == "ahead" and not (0 < i <= 2 and lower[i - 1] == "of"):
            continue  # "ahead of the weekend", not "Just ahead of the trip, it said Sunday"
        if word == "next" and i > 0 and lower[i - 1] == "to":
            continue  # "next to the U.S. embassy": a place
        if word == "can" and before[i] == "Can":
            continue  # "the American Can name" (not "the U.S. Will begin", Reuters' capitals)
        if word in _LIKELY and not _likely_ahead(lower, i):
            continue  # "a poll of likely voters, conducted from Feb. 11": an adjective
        if word in _EXPECTED and older[:1] and older[0] in DETERMINERS:
            continue  # "announced the intended action on January 2", "an expected 1.3 mln"
        if word in _FROM_ON and _told_as_past(lower[i + 1 : i + 7]):
            return "past", word  # "took to the airwaves beginning Wednesday night"
        if word in _FUTURE_CUES:
            negated = word in ("could", "would") and _negated(lower[i + 1 :])
            if negated and i > 0 and lower[i - 1] not in _ANSWERING:
                negated = False  # "neither he nor his rival would arrive at the convention"
            if word in _MODALS and (negated or _modal_past(word, lower[max(0, i - 2) : i])):
                return "past", word  # "could have emerged", "could not be reached"
            return _looking_forward(lower, i), word
        if (
            word in _PAST_CUES
            and older[:1]
            and older[0] in _NOUN_OPENERS
            and lower[i - 1 : i] != ["of"]
        ):
            continue  # "a previously granted waiver", "an earlier projection": the noun's
        if word in _PAST_CUES and not (word.endswith("ed") and older[:1] and older[0] in _PASSIVE):
            # not "results will be announced Tuesday", "banks will stay closed until Thursday";
            # "agreed to meet Friday" was planned
            return ("planned" if planned or infinitive else "past"), word
        if word in _STAYED and i > 0 and _past_form(lower[i - 1]):
            return "past", word  # "banks remained closed until Monday" (not "remained sure")
        if word in _SIMPLE_PAST and before[i].islower() and lower[i + 1 : i + 2] != ["to"]:
            return ("planned" if planned or infinitive else "past"), word
        if infinitive and word in _COPULA:
            return "future", word  # "is hoped to be presented in October"
        if infinitive and _past_form(word) and _active(lower, i) and before[i].islower():
            return "planned", word  # "decided to hold talks in May"
        # A past form right before the date ("ordered January one", "met Monday") dates it,
        # unless it is a passive ("will be listed on May 18") or a name ("United States").
        right_before = _right_before(lower, i)
        if right_before and _past_form(word) and _reduced_relative(lower, before, i):
            continue  # "banks must repurchase securities pledged on May 6": the modal decides
        if right_before and word in _BASE_TOO and older[:1] and older[0] in _BASE_BEFORE:
            continue  # "the storm will hit Thursday", "is expected to hit Thursday": base forms
        if right_before and _past_form(word) and _active(lower, i) and before[i].islower():
            return "past", word
        if first not in _AHEAD_CUES and _done_by(lower, before, i):
            return "past", word  # "a lockout imposed by the company on December 14 would be"
        if older[:1] and older[0] in _RELATIVES and _past_form(word) and before[i].islower():
            return "past", word  # "Packer, who made the sale in January, will be a director"
        reported = said_day and word in REPORTED and i <= 3 and before[i].islower()
        if reported and "that" not in lower[:i]:
            # "said Wednesday the cost would be", "told Budget Committee Democrats Wednesday he
            # would", "announcing on Tuesday he would meet": the day of the saying, not of what
            # is said (a month-day may be either: "said on April 10 it will redeem" is the
            # redemption's; "said that on Tuesday it would end a lockout" the lockout's)
            return "past", word
        if word in _COPULA and right_before:
            return "future", word  # "the first round is on Sunday", "the vote is on Oct. 27"
    return ("planned", "to") if planned else (None, "")


_OBJECT_BREAKS = _RELATIVES | wordset(
    "for by until till before if when as because while and but or is are was were be been"
)
"""Between a past verb and the date, words that open what may have a time of its own: a
purpose ("ordered ten planes for delivery in December"), a clause ("said that", "a poll
released Sunday is lower than on Election Day"), a deadline ("by", "until"); "to" too, before
a verb ("signed a contract to deliver in December")."""
_DECIDED = DEFERRED | wordset(
    "approved authorized authorised declared voted decided ordered called announced proposed "
    "offered requested asked urged recommended anticipated awaited arranged agreed planned "
    "scheduled expected predicted forecasted estimated projected promised pledged vowed "
    "threatened warned signalled signaled indicated suggested hinted targeted"
)
"""Past verbs whose object is an act still to come ("approved payment of a dividend on May 1",
"authorized the redemption on April 20", "investors anticipated an announcement this
weekend"): the date may be the object's."""
_DATE_CUES = wordset("in on during at")


def _finite_past(text: str, start: int) -> bool:
    """Whether the clause before the date at ``start``, which no decisive word dates, has an
    active regular past form as its verb, after a subject and before its object ("the company
    changed its name in December", "the operator switched from a fiscal year to a calendar year
    in December", written in October: the one before). Not after a future word further back in
    the sentence ("it will redeem the debentures plus accrued interest on March 30"), nor a
    modifier ("convertible preferred stock on April 15", "in limited trading"), a verb of
    deciding (``_DECIDED``), one whose object opens a clause or a purpose the date may belong
    to (``_OBJECT_BREAKS``), or a date after another cue ("extended its offer to May 11")."""
    cue = next_word(text, start)
    if cue.islower() and cue not in _DATE_CUES:
        return False
    before = _clause_before(text, start, 40)
    lower = [w.lower() for w in before]
    for i, word in enumerate(lower):
        infinitive = word == "to" and i > 0 and lower[i - 1] not in DETERMINERS
        if word in _OBJECT_BREAKS or infinitive or word.endswith("ing"):
            return False
        if _past_form(word) and word.endswith("ed") and before[i].islower():
            return (
                word not in _DECIDED
                and i > 0
                and _object_after(lower[i - 1], before[i - 1])
                and _subject_before(lower, before, i + 1)
                and _active(lower, i)
                and not _FUTURE_CUES.intersection(lower)
            )
    return False


_OBJECT_OPENERS = DETERMINERS | _PREPOSITIONS | wordset("up down out off back him them us all more")


def _object_after(lower: str, word: str) -> bool:
    """Whether ``word`` may follow a verb rather than an adjective ("changed its name", "acquired
    Acme", "raised 5 pct", "climbed sharply"; not "preferred stock", "accrued interest")."""
    return (
        lower in _OBJECT_OPENERS or lower.endswith("ly") or word[:1].isupper() or word[:1].isdigit()
    )


def _subject_before(lower: list[str], before: list[str], i: int) -> bool:
    """Whether ``lower[i:]`` (nearest first) ends a subject: a pronoun, a name, or a noun a
    determiner or the sentence opens, with at most four words and no preposition between ("the
    funeral home and bus line operator", "its board", "Bread prices")."""
    if i >= len(lower):
        return False
    if lower[i] in _PRONOUNS or before[i][:1].isupper():
        return lower[i] not in DETERMINERS
    if lower[i] in DETERMINERS or lower[i] in _PREPOSITIONS or lower[i].endswith("ly"):
        return False
    for word in lower[i + 1 : i + 6]:
        if word in DETERMINERS:
            return True
        if word in _PREPOSITIONS:
            return False  # "In Chicago item headlined Simmons": no subject, a participle
    return len(lower) <= i + 5


_LIKELY = wordset("likely unlikely")
_SEEMS = _COPULAS | wordset("seems seem seemed appears appear appeared looks look looked will 'll")


def _likely_ahead(lower: list[str], i: int) -> bool:
    """Whether "likely" at ``lower[i]`` says what is to come: before "to" ("likely to vote in
    May"), or after a copula or "will", maybe with "not", "more" or "most" between ("is likely
    in May", "is not likely before June", "will likely be detailed on Tuesday"); not an
    adjective before its noun ("likely voters")."""
    if (i > 0 and lower[i - 1] == "to") or i + 1 == len(lower):
        return True  # nothing seen before it (the clause's twelve words end): as it was
    return any(w in _SEEMS for w in lower[i + 1 : i + 3])


def scheduled_for(text: str, start: int) -> Tense | None:
    """What a "set", "scheduled", "due" ... right before ``start`` says when the expression
    begins with its own "for" or "to", which :func:`tense` does not see: "a rate hike, set for
    April one" is to come, "was scheduled for May 2" was planned."""
    lower = [w.lower() for w in _clause_before(text, start)]
    if lower[:1] and (lower[0] in _SCHEDULED or lower[0] in _CALLED):
        return _looking_forward(lower, 0)
    return None


_PRICE_MOVES = wordset("higher lower upward downward down")
"""After "moved" or "pushed", a price that moves, no date: "the dollar moved sharply lower"."""


def deferred_before(text: str, start: int) -> bool:
    """Whether a verb that moves a date comes a few words before ``start`` in its clause:
    "extended the credit lines through January", "postponed the vote on the plan until May"
    (the caller has checked the "until" or "through" right before); not one that moves a price
    ("the dollar moved sharply lower until the end of January", written in March: the January
    just gone)."""
    lower = [w.lower() for w in _clause_before(text, start)[:10]]
    return any(
        w in DEFERRED and not _PRICE_MOVES.intersection(lower[max(0, i - 3) : i])
        for i, w in enumerate(lower)
    )


def reports_past(text: str, start: int, end: int) -> bool:
    """Whether the verb nearest before the expression ``text[start:end]`` in its clause, else
    the first one after it, is a past form: "stormy weather limited fieldwork later in the
    week", "Earlier in the week, the minister announced a plan"."""
    window = text[end : end + 80]
    after = _clause_words(window[: _sentence_end(window)])[:8]
    for word in [*_clause_before(text, start), *after]:
        lower = word.lower()
        if lower in _FUTURE_CUES or lower in _SCHEDULE:
            return False
        if lower in _PAST_CUES or (_past_form(lower) and word.islower()):
            return True
    return False


def _reduced_relative(lower: list[str], before: list[str], i: int) -> bool:
    """Whether the past form ``lower[i]`` follows a plural noun that a future word a few words
    before governs: a participle naming the noun ("must repurchase securities pledged on",
    "will raise prices, starting with vehicles produced after"), not the clause's verb."""
    noun = lower[i + 1] if i + 1 < len(lower) else ""
    if not (noun.endswith("s") and len(noun) > 3 and before[i + 1].islower()):
        return False
    return any(w in _FUTURE_CUES for w in lower[i + 2 : i + 5])


_FROM_ON = wordset("beginning starting")
_BASE_TOO = wordset("set put cut hit")
"""Past forms that are base forms too ("would cut prices starting Monday")."""
_ONLY_PAST = IRREGULAR_PASTS - _BASE_TOO
_BASE_BEFORE = _MODALS | wordset("will 'll shall can to not did does do")
"""Before one of :data:`_BASE_TOO`, what makes it a base form: "will hit", "to set"."""


def _told_as_past(older: list[str]) -> bool:
    """Whether the clause before a "beginning" or "starting" (``older``: its words, nearest
    first) has a past verb before any future word: "the talks were hammered out beginning on
    Sunday" was (not "said it would cut prices starting Monday")."""
    for k, word in enumerate(older):
        if word in _FUTURE_CUES:
            return False
        if word in _PAST_CUES or word in _ONLY_PAST or word in _SIMPLE_PAST:
            # not a passive or perfect: "will be closed for a week starting August 6", "was to
            # have met in Vienna starting April 2"
            return older[k + 1 : k + 2] not in (["be"], ["been"], ["being"], ["have"], ["has"])
    return False


def _object_of_past_verb(older: list[str]) -> bool:
    """Whether "plans" or "plan" ends the object of a past verb (``older``: the three words
    before it, nearest first): a determiner and one modifier, then the verb ("revised his
    withdrawal plans", "dropped its merger plan"; not "its unit plans to sell")."""
    return (
        len(older) == 3
        and older[1] in DETERMINERS
        and _past_form(older[2])
        and older[2] not in _BASE_TOO
    )


def _gerund(word: str) -> bool:
    """A form in -ing long enough not to be "king" or "ring": before "plan" or "plans", a noun
    it modifies ("spending plan", "its advertising plans")."""
    return word.endswith("ing") and len(word) > 5


def _past_form(word: str) -> bool:
    return (word.endswith("ed") and len(word) > 4) or word in IRREGULAR_PASTS


def _active(lower: list[str], i: int) -> bool:
    """Whether the past form ``lower[i]`` is active: no "be" or "was" before it, nor before
    the participles it is listed with ("will be dated and delivered May 1"), an adverb
    between or not ("is not raised by Oct. 17")."""
    k = i + 1
    while k < len(lower) and (lower[k] in ("and", "or") or _past_form(lower[k])):
        k += 1
    while k < len(lower) and _adverb(lower[k]):
        k += 1  # "is not raised by Oct. 17", "was also to be initially set on April 15"
    if k < len(lower) and _CAUSATIVES.intersection(lower[k + 1 : k + 3]):
        return False  # "gets the tariffs lifted": a participle after "get" and its object
    return k >= len(lower) or lower[k] not in _PASSIVE


def _adverb(word: str) -> bool:
    """Whether ``word`` may stand between an auxiliary and its participle: "also", "not", a
    form in -ly ("initially", "formally"; not "July")."""
    return word in _MODAL_ADVERBS or (word.endswith("ly") and len(word) > 4 and word != "july")


_DID_ADVERBS = _MODAL_ADVERBS | wordset("immediately yet always")
"""Between "did" and its base form: "did not immediately return", "did not yet meet"."""
_CAUSATIVES = wordset("get gets getting got have has having")


def _causal_due(before: list[str], after: str) -> bool:
    """Whether "due to" means "because of" (``before``: the words before "due", nearest first;
    ``after``: the word after "to"): before a determiner ("due to the cold"), or with no "is"
    before it nor a verb after it ("due to heavy buying in December"); not "is due to restart
    early April", "output, due to start in July"."""
    if after in DETERMINERS:
        return True
    return (not before or before[0] not in _COPULAS) and after not in _DUE_VERBS


def _did_before(older: list[str]) -> bool:
    """Whether a base form's auxiliary (``older``: the words before it, nearest first) is "did",
    maybe with "not" and an adverb between: "did not immediately return a call"."""
    rest = [w for w in older if w not in _DID_ADVERBS]
    return rest[:1] == ["did"]


def _right_before(lower: list[str], i: int) -> bool:
    """Whether the clause's word ``lower[i]`` stands right before the expression, maybe with
    its preposition between ("met Monday", "met on Monday")."""
    return i == 0 or (i == 1 and lower[0] in _PREPOSITIONS)


def _noun_after_determiner(word: str, older: list[str]) -> bool:
    """Whether a cue that is also a noun is one here (``older``: the two words before it,
    nearest first): right after a determiner ("the plan"), or a base form after a determiner
    and one singular modifier ("the immunity plan", "a strong start"); "the company plans"
    and "the two sides meet" are verbs."""
    if older[:1] and older[0] in DETERMINERS:
        return word != "will" or older[0] not in _DEMONSTRATIVES  # "that will be": a modal
    return (
        len(older) > 1
        and older[1] in DETERMINERS
        and word != "will"
        and not word.endswith("s")
        and not older[0].endswith("s")
        and older[0] not in _PLURALS
        and older[0] not in _PRONOUNS  # "that they plan to": a subject
    )


_IRREGULAR_PARTICIPLES = IRREGULAR_PASTS - wordset(
    "went came took gave began fell rose saw"
) | wordset(
    "been done gone seen come become begun fallen risen taken given known shown grown thrown "
    "flown driven chosen spoken written broken frozen stolen won had said thought"
)
"""Participles that do not end in -ed or -en ("been", "won"): after "could have" a perfect."""


def _participle(word: str) -> bool:
    """Whether ``word`` may be a past participle ("emerged", "been", "taken", "blown", "won")."""
    return word.endswith(("ed", "en", "wn")) or word in _IRREGULAR_PARTICIPLES


def _modal_past(modal: str, after: list[str]) -> bool:
    """Whether a modal reports the past (``after``: the two words after it, nearest first):
    "could have emerged", "may also have been" (not "would have to"); "could not be reached",
    "would not say" (the past of can and will), but not "may not take effect in October"."""
    if after[-1:] == ["have"]:
        # a participle after it: not "would have to pay", "would have an audience", "would
        # have trouble winning in the fall"
        return len(after) == 1 or _participle(after[0])  # (or "that he could have Tuesday")
    if after[:1] == ["have"] and after[-1] in _MODAL_ADVERBS:
        return True
    return modal in ("could", "would") and after[-1:] == ["not"]


_AHEAD_CUES = wordset("for to until till by before")
"""A date's own prepositions that may point past the act: "a meeting called by the chairman
for May 5"."""


def _done_by(lower: list[str], before: list[str], i: int) -> bool:
    """Whether ``lower[i]`` is a participle with its agent after it, then the date with its
    own preposition: a passive that names a noun by the act that made it, done then ("a report
    issued by a government advisory body in December", "a lockout imposed by the company on
    December 14 would be lifted"); not after "be" ("will be approved by the board in May")."""
    return (
        2 <= i <= 7
        and lower[i - 1] == "by"
        and lower[0] not in _AHEAD_CUES
        and _past_form(lower[i])
        and before[i].islower()
        and _active(lower, i)
        and not (lower[i + 1 : i + 2] and lower[i + 1] in _BEFORE_VERB)  # "will collated by"
    )


def _awaited(older: list[str]) -> bool:
    """Whether the few words before "until" (nearest first) make what follows it awaited: a
    negated modal ("could not proceed until", "would not be cleared until") or a form of
    "give" ("has given shippers until close of business on Thursday")."""
    modal = any(w in _MODALS or w in _WILL or w == "can" for w in older)
    return (modal and "not" in older) or any(w in _GIVE for w in older)


def _negated(before: list[str]) -> bool:
    """Whether the subject of a modal (``before``: the words before it, nearest first) is
    negated: "neither he nor his aides could", not "neither side said the talks could"."""
    for word in before:
        if word in _NEGATORS:
            return True
        if word in _STOP_AFTER:
            return False
    return False


def hypothetical(text: str, start: int, end: int) -> bool:
    """Whether the expression ``text[start:end]`` is in a condition contrary to fact: "if
    elections were held today, 30% would back him" (a poll's question: no day is meant); not
    "asked if they were home today". A named date stays a date in one ("if output were kept
    at that level through June, it would ..." still speaks of June)."""
    words = [w.lower() for w in _clause_before(text, start)]
    if "were" not in words or "if" not in words[words.index("were") + 1 :]:
        return False
    window = text[end : end + 120]
    return _CONDITIONAL.search(window, 0, _sentence_end(window)) is not None


def direction(of: Tense) -> Direction:
    """A tense as the year choice of :mod:`~newsindex.nlp.datespans` reads it."""
    return "nearest" if of == "planned" else of


_ABBREVIATION = re.compile(r"\b[A-Z][A-Za-z]{0,4}$")
"""A capitalised short word before a full stop may abbreviate ("in Orlando, Fla. Monday"):
then the stop ends no sentence, if it is a known abbreviation or has two letters at most
(:data:`_ABBREVIATED`)."""
_TITLES = ABBREVIATED_TITLES | NAME_ABBREVIATIONS - wordset("jr sr")
"""Abbreviations that stand before a name: their full stop ends no sentence."""
_ABBREVIATED = ABBREVIATED_TITLES | DOTTED_ABBREVIATIONS | MONTH_ABBREVIATIONS | NAME_ABBREVIATIONS
"""Abbreviations of up to five letters written with a stop before a date (the US states'
newsroom forms among them): "Iowa", "Ohio", "Utah" or "Texas" end a sentence ("... in Ohio.
Monday, the senator held a call")."""


def _abbreviates(text: str, low: int, stop: int) -> bool:
    """Whether the word before the full stop at ``stop`` abbreviates (see :data:`_ABBREVIATION`)."""
    m = _ABBREVIATION.search(text, low, stop)
    return m is not None and (len(m.group()) <= 2 or m.group().lower() in _ABBREVIATED)


_COMPOUND_ED = re.compile(
    r"\b(?!(?i:re|co|pre|un|de|mis|over|out|under)-)([A-Za-z.]+)-[a-z]+ed\b(?!-)"
)
"""A compound adjective in -ed ("the delegate-packed April 19 primary", "the long-awaited
vote"): no past verb; :func:`_clause_before` keeps its first part only (not "re-elected",
"co-founded": verbs with a prefix)."""


_TITLE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(w.capitalize() for w in _TITLES)) + r")$")


def _titled(text: str, low: int, stop: int) -> bool:
    """Whether the full stop at ``stop`` ends a title before a name ("should Mrs. Clinton win
    in November", "Sen. Olsen will"): no sentence ends there."""
    return _TITLE_BEFORE.search(text, low, stop) is not None


def _sentence_end(window: str) -> int:
    """Where the sentence going on in ``window`` ends (its length if it does not): at the first
    break that is no title's full stop ("On Tuesday, Sen. Olsen will visit Ohio")."""
    for b in _SENTENCE_BREAK.finditer(_unquoted(window)):
        if not _titled(window, 0, b.start()):
            return b.start()
    return len(window)


def _clause_before(text: str, start: int, count: int = 12) -> list[str]:
    """Up to ``count`` words before ``start`` in the same sentence, nearest first. The break is
    looked for a few characters past ``start``: a sentence may begin with the expression
    itself ("... for 1988. In March, the government said"), whose capital the break needs."""
    low = max(0, start - 100 * count // 12)
    window = text[low:start]
    scan = _unquoted(text[low : start + 80])  # a quoted phrase may close after the expression
    ends = [
        low + b.end()
        for b in _SENTENCE_BREAK.finditer(scan, 0, start + 4 - low)
        if (low + b.end() < start and not _titled(text, low, low + b.start()))
        or (low + b.end() == start and not _abbreviates(text, low, low + b.start()))
    ]
    if ends:
        window = window[ends[-1] - low :]
    if "ed" in window and "-" in window:
        window = _COMPOUND_ED.sub(r"\1", window)
    return _clause_words(window)[::-1][:count]


_NEGATED_MODAL = re.compile(r"\b(wo|ca|sha)n't\b", re.IGNORECASE)
_FULL_MODAL = {"wo": "will", "ca": "can", "sha": "shall"}
_CLITIC = re.compile(r"(?i:n't|'(?:ll|d|re|ve|m|s))\b")


def _clause_words(text: str) -> list[str]:
    """The words of ``text`` with contractions split as the cue lists spell them: "she'll"
    is "she 'll", "didn't" "did not", "won't" "will not"."""
    if "'" not in text:
        return _WORD.findall(text)
    text = _NEGATED_MODAL.sub(lambda m: _FULL_MODAL[m[1].lower()] + " n't", text)
    words = _WORD.findall(_CLITIC.sub(lambda m: " " + m.group(), text))
    return ["not" if w.lower() == "n't" else w for w in words]


def _one_word_a_name(words: list[str]) -> list[str]:
    """``words`` with each run of capitalised ones cut to its first: a subject named with its
    title ("on Friday Deputy U.S. Trade Representative Michael Smith would meet") counts as one
    word before its verb."""
    return [
        w for i, w in enumerate(words) if not (i and w[0].isupper() and words[i - 1][0].isupper())
    ]


def _looking_forward(words: list[str], cue: int) -> Tense:
    """Future, unless a past auxiliary makes it a future seen from the past: "it had been due
    to expire Friday", "were planning to drive there on Monday", "began as previously planned
    Saturday night"."""
    if any(w in _SEEN_FROM_THE_PAST for w in words[cue + 1 : cue + 3]):
        return "planned"
    return "future"


def over_by(base: dt.date, day: dt.date, text: str, end: int) -> dt.date | None:
    """A period's end ``day``, named without a year at ``text[:end]``; when it lies after the
    base but the words after it tell the period's figures in the past ("the second quarter
    ended Oct. 31, it had a loss", written on Oct. 27), the last such day by the base: the
    period is over (the slack a past day may have after the base is for the day something
    was said on)."""
    if day <= base or _tense_after(text, end, possessive=True) != "past":
        return day
    return cal.month_day(base - cal.SLACK, day.month, day.day, "past")


def _tense_after(text: str, end: int, *, possessive: bool = False) -> Tense:
    """What the next few words of the sentence say: a future word or a past auxiliary ("In June
    the ICCO is due to ...", "On Tuesday, the league plans to ..."); after a possessive day's
    noun, a past form too ("at Monday's debate, Clinton cited ...")."""
    window = text[end : end + 80]
    cased = _one_word_a_name(_clause_words(window[: _sentence_end(window)]))[:10]
    words = [w if w == "May" else w.lower() for w in cased]
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else ""
        if word == "and" and cased[i + 1 : i + 2] and cased[i + 1][0].isupper():
            if cased[i + 1] == "I":
                break  # "I told them on Tuesday and I'll tell them again": the next clause's
            continue  # "the National Abortion and Reproductive Rights Action League plans to"
        if (
            word == "due"
            and following == "to"
            and words[i + 2 : i + 3]
            and (words[i + 2] in DETERMINERS or words[i + 2] not in _DUE_VERBS)
        ):
            continue  # "fell in January due to the cold", "due to better sales": because of
        if word in _FUTURE_AFTER and i < 6:
            perfect = following == "have" and not set(words[i + 2 : i + 3]) & _NOT_PERFECT
            perfect = perfect and word not in _WILL  # "we will have spoken": still to come
            return "past" if perfect else "future"  # "could have", not "will have to"
        if word in _PLANS_TO and following == "to":
            return "future"
        if word in _PAST_AFTER and i < 6:
            return "past"
        past_form = word in IRREGULAR_PASTS or (word.endswith("ed") and len(word) > 4)
        if possessive and past_form and cased[i].islower() and word not in _PARTICIPLES:
            return "past"
        if word in _STOP_AFTER or word.endswith("ed") or (past_form and cased[i].islower()):
            break  # "prices on Friday fell below the "must buy" level": the verb is past
    return "nearest"


# ---------------------------------------------------------------------------------------------
# The passage

_QUARTER_TALK = re.compile(
    r"\b(?:first|second|third|fourth|1st|2nd|3rd|4th|the|this|that|its|latest|current"
    r"|year-ago|year-earlier)[-\s]+(?:fiscal[-\s]+)?(?:quarter|qtr)\b(?!-)"
    r"|\b(?:latest|year-ago|year-earlier|(?:19|20)\d\d)\s+period\b",
    re.IGNORECASE,
)
"""A reporting quarter ("the third quarter", "in the quarter"), not "a quarter of the shares"."""
_ORDINAL_QUARTER = re.compile(
    r"\b(?:(?P<before>(?:19|20)\d\d)\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)"
    r"[-\s]+(?:fiscal[-\s]+)?(?:quarter|qtr)\b(?:\s+(?:of\s+)?(?P<after>(?:19|20)\d\d))?",
    re.IGNORECASE,
)
_MONEY_BEFORE = re.compile(
    r"(?:[$£#]\s?[\d.,]+|\b(?:dlrs?|dollars?|cents?|cts|pence|million|billion|mln|bln"
    r"|a\s+share|per\s+share))\W{0,3}$",
    re.IGNORECASE,
)

_SEVERAL_MONTHS = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d+)\s+(?:months|mths)\b"
    r"|\b(?:first|second)\s+half\b"
    r"|\byear\s+(?:ended|ending|to\s+date)\b|\byear\s+to\s+(?-i:[A-Z])"
    r"|\bfor\s+(?:the\s+)?(?:full\s+)?year\b(?![-\s]+(?:ago|earlier|end|before|after|\d))"
    r"|(?<!\bof\s)(?<!\bof\sthe\s)\b(?:fiscal|full|financial)[-\s]year\b(?![-\s](?:\d|(?-i:[A-Z])))",
    re.IGNORECASE,
)
"""A reporting period longer than a quarter: "the first nine months", "the first half", "the
year ended Aug. 31", "the year to date", "the fiscal year", "for the year", the wire's "for
year" (not "the first quarter of the fiscal year", "for the year-ago quarter")."""
_WHOLE_YEAR = re.compile(r"year(?!\s+to)", re.IGNORECASE)
"""Which of those periods is a whole year: not "the year to date"."""
_MONEY_AFTER = re.compile(
    r",(?:\s+[a-z]+){1,4}\s+(?:[$£#]\s?\d|[\d.,]+\s+(?:dlrs|dollars|cents|cts|pence|million"
    r"|billion|mln|bln)\b)",
)
"""A sum in the few lower-case words after: "A year earlier, net income was $2.1 million"."""
_ENDED = re.compile(
    rf"\s+(?P<verb>(?i:ended|ending))\s+(?P<mon>(?:{MONTH_NAME})\b\.?)"
    rf"(?:\s+(?P<day>3[01]|[12]\d|0?[1-9]|(?i:{_SPELLED_DAY}))\b"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?)?"
)
"""The end of the quarter named right before: "ended July 31", "ending March 31, 1987", "ended
May Three" (wire copy spells days below ten)."""
_HALF_QUARTER = dt.timedelta(days=45)
_UNITS_ENDED = re.compile(
    rf"\b(?:(?P<n>\d{{1,2}}|{'|'.join(NUMBERS)})[-\s]+)?(?P<unit>week|month|mth)s?"
    r"\s+(?:ended|ending|to)\s+(?:the\s+)?(?:end\s+of\s+)?$",
    re.IGNORECASE,
)
"""Before a day, the weeks or months that end on it: "the four weeks ended", "the 52-weeks
ended", "the nine months to the end of", "the week ended"."""
_PERIOD_ENDED = re.compile(r"\b(?:quarter|qtr|year|period|half)\s+(?:ended|ending|to)\s+$", re.I)
"""Before a day, a period that ends on it which the quarter and year rules read."""
_BALANCE_DAY = re.compile(r"\b(?i:as\s+of|at)\s+$")
"""Before a day, what makes it the day a figure stands at: "reserves as of December 31"."""
_MONTH_QUARTER = re.compile(rf"(?:{MONTH_NAME})\b\.?(?:\s+\d{{4}})?\s+(?i:quarter|qtr)")
"""A quarter named by its last month: "December quarter", "March 1987 quarter"."""
_LIST_JOIN = re.compile(r"\s*(?:,|-|and|to|through)\s*")
_COMPARED_FIGURE = re.compile(
    r"\b(?i:from|against|after|over|than|versus|vs|with|and)\s+"
    r"(?:[a-z]+\s+){0,2}[$£#]?\d[\d.,]*(?:\s+[a-z]+){0,3}(?:\s*\([^()]{0,40}\))?"
    r"\s+(?:in|at|for|during|by)\s+(?:the\s+)?(?:end[-\s]+(?:of\s+)?)?$"
    r"|\b(?i:from|against|than|versus|vs)\s+$"
)
"""Before a month, a figure compared with the one the sentence reports: "up from 1.61 mln in
December", "against deficits of 499 mln in January", "from 2.74 billion (revised from 2.72
billion) in January", "down from January"."""
_YEAR_BACK = re.compile(r"(?i:year)[-\s]+(?i:ago|earlier|before)")
_AND_A_YEAR_EARLIER = re.compile(
    r"\s+(?:and|compared\s+with|against|versus)\s+[^,;()]{0,30}", re.IGNORECASE
)
"""Between a compared figure's month and "a year earlier": the next comparison of a list."""
_COMPARISON_BEFORE = re.compile(
    rf"(?:(?:\d[\d.,]*%?|\b(?:{'|'.join(w for w in NUMBERS if len(w) > 2)}))(?:\s+[a-z]+){{0,3}}"
    r"|\b(?i:from|than|with|over|against|versus|vs|period|month|week|levels?|share))\W*$"
)
"""Right before "a year earlier", what makes it the time of a compared figure: "up from 22,141
a year ago", "from 1.7 mln dlrs a year ago", "or 21 Canadian cents a share, a year earlier", "in
the same period a year ago"."""


@dataclass
class Passage:
    """The passage being read, and what later expressions may refer back to: the last explicit
    year ("in June 1998 ... later that year"), month and day ("on Oct. 23 ... that night"),
    else what the passage before gave."""

    text: str
    base: dt.date | None
    year: int | None = None
    month: dt.date | None = None  # its first day
    day: dt.date | None = None
    before: Passage | None = None
    """What the passage before left to refer back to: the year and month of its last date (not
    the day: a story's days move on between paragraphs)."""
    found: list[tuple[int, int, Span]] = field(default_factory=list)
    """The dates read so far: offsets and range."""
    follows_quarter: bool = False
    """Whether the passage before ended on a calendar quarter: an earnings report that may go
    on in this one."""

    @property
    def antecedent(self) -> Passage:
        """Where "that year", "the following month" ... look: this passage once it named a
        date, else the passage before ("The following month, ..." opening a paragraph)."""
        named = self.year is not None or self.month is not None or self.day is not None
        return self if named or self.before is None else self.before

    def remember(
        self, first: dt.date, last: dt.date, *, month: bool, year: bool, day: bool = True
    ) -> None:
        """A date found: a ``day``, or one that names its ``month`` or ``year``."""
        if day and first == last:
            self.day = first
        if month and (first.year, first.month) == (last.year, last.month):
            self.month = first.replace(day=1)
        if year and first.year == last.year:
            self.year = first.year

    @cached_property
    def about_quarter(self) -> bool:
        """Whether the passage talks about a quarter (an earnings report, most often)."""
        return _QUARTER_TALK.search(self.text) is not None

    @property
    def names_quarter(self) -> bool:
        """Whether the passage names an ordinal quarter without a year ("the third quarter")."""
        return bool(self._ordinals)

    def reported_quarter(self, shift: int = 0, at: int | None = None) -> Span:
        """The quarter the passage reports, ``shift`` quarters on (-4: the year-ago quarter);
        with ``at``, the offset of the expression, the first ordinal quarter its sentence names
        before it, if any ("Second-quarter results should be ahead. First-quarter net fell
        from $7.4 million a year ago": the first quarter's; "rose in the fourth quarter after
        zero growth in the third quarter and a fall a year earlier": the fourth's)."""
        index = self._reported
        if at is not None:
            low = self._sentence_start(at)
            named = [m for m in self._ordinals if low <= m.start() and m.end() <= at]
            if named:
                index = self._index_of(named[0])
        index += shift
        return cal.quarter(index // 4, index % 4 + 1)

    def compares_quarters(self, start: int, end: int) -> bool:
        """Whether "a year ago" / "a year earlier" at ``text[start:end]`` is the year-ago
        quarter: in a passage about a quarter, or in one that names no year, right after a sum
        of money or opening a sentence that gives one ("net rose to $5 million from $4 million
        a year earlier", "A year earlier, net was $2 million": a quarterly earnings report); not
        when the sentence last named a longer period ("through the first nine months, compared
        with earnings a year earlier")."""
        if self.longer_period_before(start):
            return False
        if self.about_quarter:
            return True
        if self.year is not None or self.month is not None:
            return False  # "in January and 192 mln a year earlier": a month's figures
        if _MONEY_BEFORE.search(self.text, max(0, start - 30), start):
            return True
        return is_sentence_start(self.text, start) and bool(_MONEY_AFTER.match(self.text, end))

    def period_compared(self, start: int) -> Span | None:
        """The period a year before which "a year earlier" / "a year ago" / "year-ago" at
        ``start`` means, when it compares a figure and its sentence named the figure's period
        first: weeks or months that end on a day ("sales for the four weeks ended Feb. 28 rose
        to $7 million from $6 million a year earlier": the four weeks to Feb. 28 a year
        before), the day a figure stands at ("net assets as of February 28 were ... up from a
        year earlier"), or a month ("exports in May fell 9 pct from a year earlier": May a year
        before). A compared figure's month is not the period, but a figure compared with one
        month and then with a year earlier is the next month's ("up from 1.6 mln in December
        and 1.7 mln a year earlier": January a year before). None when the first period named
        is a quarter, a year or one that ends on a day the quarter and year rules read ("the
        quarter ended July 31"), or a longer one ("the first nine months"): those rules
        decide."""
        text = self.text
        adjective = text[start : start + 5].lower() == "year-"  # "year-ago levels"
        if not (adjective or _COMPARISON_BEFORE.search(text, max(0, start - 40), start)):
            return None
        low = self._sentence_start(start)
        for begin, end, (first, last) in self.found:
            if end > start:
                break
            if begin < low or _YEAR_BACK.search(text, begin, end):
                continue  # before the sentence, or an earlier comparison's
            window = max(low, begin - 40)
            units = _UNITS_ENDED.search(text, window, begin)
            if units is not None:
                count = number(units["n"]) if units["n"] else 1
                period = cal.ending(last, count, "week" if units["unit"][0] in "wW" else "month")
            elif _PERIOD_ENDED.search(text, window, begin):
                return None
            elif first == last and _BALANCE_DAY.search(text, window, begin):
                period = first, last  # "net assets as of February 28 were ... a year earlier"
            elif _MONTH_QUARTER.fullmatch(text, begin, end):
                period = first, last  # "the December quarter"
            elif first.day != 1 or last != cal.month(first.year, first.month)[1]:
                if (last - first).days > 31:
                    return None  # a quarter, a season, a year
                continue  # a day, a week
            elif _COMPARED_FIGURE.search(text, max(low, begin - 80), begin):
                if _AND_A_YEAR_EARLIER.fullmatch(text, end, start):
                    # "rose to 1.8 mln from 1.6 mln in December and 1.7 mln a year earlier": a
                    # monthly figure compared with the month before
                    after = cal.add_months(first, 1)
                    return cal.month(after.year, after.month)
                continue
            elif self.longer_period_before(begin):
                return None  # "the nine months, which ended in March"
            else:
                period = first, self._months_listed(end, last)
            # a quarter named before the comparison is the figure's ("March sales may lag, but
            # first-quarter sales should be up from a year ago")
            return None if _QUARTER_TALK.search(text, end, start) else period
        return None

    def week_ending(self, day: dt.date) -> bool:
        """Whether the passage named ``day`` as a week's last ("in the week ended Feb. 21", "the
        week to April 8"): the week before it is the seven days before, not a calendar week."""
        for begin, _, (first, last) in self.found:
            units = first == last == day and _UNITS_ENDED.search(
                self.text, max(0, begin - 40), begin
            )
            if units and units["unit"][0] in "wW" and not units["n"]:
                return True
        return False

    def _months_listed(self, end: int, last: dt.date) -> dt.date:
        """The end of the last month listed with the one that ends at ``end`` ("for January
        and February 1987", "in March-April")."""
        for begin, after, (first, final) in self.found:
            if begin >= end:
                if not _LIST_JOIN.fullmatch(self.text, end, begin) or first.day != 1:
                    break
                end, last = after, final
        return last

    def quarter_ended(self, end: int) -> Span | None:
        """The calendar quarter of "the quarter ended July 31", "its quarter ending March 31,
        1987" (``end`` is where "quarter" ends): the one holding the middle of the three months
        that end then (a fiscal quarter ended July 31 ran from May to July, one ended May 2 from
        February); "ended" is the last such day up to the base (the one before when the words
        after it tell the figures in the past, as for the day: :func:`over_by`), "ending" the
        nearest."""
        after = _ENDED.match(self.text, end)
        if after is None or self.base is None:
            return None
        month = MONTH_NUMBERS[after["mon"].rstrip(".").lower()]
        named_day = number(after["day"]) if after["day"] else None
        day = named_day or calendar.monthrange(2001, month)[1]
        if after["year"]:
            year = int(after["year"])
        else:
            how: Direction = "past" if after["verb"].lower() == "ended" else "nearest"
            # a month without its day ("ended March") is past once it has begun
            ends = cal.month_day(self.base, month, min(named_day or 1, 28), how)
            if ends is not None and how == "past":
                # "the second quarter ended Oct. 31, Acme had a loss", written on Oct. 27
                ends = over_by(self.base, ends, self.text, after.end())
            if ends is None:
                return None
            year = ends.year
        try:
            middle = dt.date(year, month, day) - _HALF_QUARTER
        except ValueError:  # "ended Feb. 30"
            return None
        return cal.quarter_of(middle)

    def _sentence_start(self, start: int) -> int:
        """Where the sentence of ``text[start]`` begins (at most 200 characters back)."""
        low = max(0, start - 200)
        breaks = [b.end() for b in _SENTENCE_BREAK.finditer(self.text, low, start)]
        return breaks[-1] if breaks else low

    def longer_period_before(self, start: int) -> bool:
        """Whether the last reporting period named before ``start`` in its sentence, else
        (the sentence names none) in the passage, is longer than a quarter ("the first nine
        months", "the first half": "In the nine months, net fell from the 1988 period. The
        year-ago results included a charge" are the nine months'; "the 1988 period" is the one
        named before it)."""
        return self._longer_period(start) is not None

    def _longer_period(self, start: int) -> re.Match[str] | None:
        """The period of :meth:`longer_period_before`, if any."""
        for low in (self._sentence_start(start), 0):
            longer = list(_SEVERAL_MONTHS.finditer(self.text, low, start))
            quarters = [
                m.end()
                for m in _QUARTER_TALK.finditer(self.text, low, start)
                if not m.group().lower().endswith("period")  # "the 1988 period": the last named
            ]
            if longer or quarters:
                return (
                    longer[-1] if longer and longer[-1].end() > max(quarters, default=0) else None
                )
        return None

    def year_before_reported(self, start: int) -> Span | None:
        """The year before the one whose figures are reported, when the last reporting period
        named before ``start`` is longer than a quarter (:meth:`longer_period_before`): the
        year the passage named, else, for a whole year, that of the quarter it reports ("4th
        qtr net ... vs 232,000 year ago; net for year 2,056,000 vs 460,000 a year ago", written
        in March 1987: 1985), else that of the month it named or of the base ("for the first
        two months of the year, down from a year earlier": 1986)."""
        period = self._longer_period(start)
        if period is None or self.base is None:
            return None
        if self.year is not None:
            year = self.year
        elif _WHOLE_YEAR.search(period.group()):
            year = self.reported_quarter(0, start)[0].year
        else:
            year = (self.month or self.base).year
        return cal.year(year - 1)

    @cached_property
    def _ordinals(self) -> list[re.Match[str]]:
        """The ordinal quarters the passage names without a year of its own ("the 1988 second
        quarter" is another one)."""
        return [m for m in _ORDINAL_QUARTER.finditer(self.text) if not (m["before"] or m["after"])]

    @cached_property
    def _reported(self) -> int:
        """``year * 4 + quarter - 1`` of the first ordinal quarter the passage names without a
        year of its own (the latest such begun by the base), else of the last quarter that
        ended before the base."""
        if self.base is None:
            raise ValueError("a quarter named without a year needs a base date")
        if not self._ordinals:
            y, n = cal.latest_quarter(self.base)
            return y * 4 + n - 1
        return self._index_of(self._ordinals[0])

    def _index_of(self, ordinal: re.Match[str]) -> int:
        """``year * 4 + quarter - 1`` of an ordinal quarter: the latest such begun by the base,
        or the calendar one of its end date ("its fourth quarter ended June 30": the second)."""
        if self.base is None:
            raise ValueError("a quarter named without a year needs a base date")
        ended = self.quarter_ended(ordinal.end())
        if ended is not None:
            return ended[0].year * 4 + (ended[0].month - 1) // 3
        n = QUARTER_NUMBERS[ordinal["ord"].lower()]
        start = cal.choose(self.base, lambda y: cal.quarter(y, n), "past")[0]
        return start.year * 4 + n - 1
