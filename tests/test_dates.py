"""Dates mentioned in text: each kind of expression against a fixed article date, the seed
article, the hand-annotated Reuters gold set, and the date filter users type."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsindex.articles import DateSpan
from newsindex.errors import InvalidFilterError
from newsindex.nlp.dates import find_dates, locate_dates, parse_date_filter

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
GOLD = ROOT / "tests" / "data" / "dates_gold.jsonl"

D = dt.date
TUE = D(2025, 5, 6)  # the seed article's date, a Tuesday
THU = D(1987, 3, 5)  # a Reuters story date, a Thursday


def found(text: str, base: dt.date | None) -> list[tuple[str, str, str]]:
    return [(s.text, s.start.isoformat(), s.end.isoformat()) for s in find_dates(text, base)]


# --------------------------------------------------------------------------- the seed article


def _seed_article() -> tuple[dt.date, list[str]]:
    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    if not seeds:
        pytest.skip(f"seed article not found under {SHARED / 'seeds'} (../shared is absent)")
    raw = seeds[0].read_text(encoding="utf-8")
    header = re.search(r"^\s*date\s+(\d{4}-\d\d-\d\d)\s", raw, re.M)
    assert header, "seed file has no 'date YYYY-MM-DD' header"
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", raw[header.end() :]) if p.strip()]
    return D.fromisoformat(header.group(1)), paragraphs


def test_seed_article_dates() -> None:
    base, paragraphs = _seed_article()
    assert base == TUE
    spans = [s for p in paragraphs for s in find_dates(p, base)]
    by_text = {(s.text, s.start, s.end) for s in spans}
    assert ("Monday", D(2025, 5, 5), D(2025, 5, 5)) in by_text  # "On Monday, Trump told ..."
    assert ("Tuesday morning", TUE, TUE) in by_text
    assert ("Today", TUE, TUE) in by_text
    assert ("last week", D(2025, 4, 28), D(2025, 5, 4)) in by_text  # "last week's election"
    # Nothing else in the article is a date (no "May"-like or number false positives).
    assert len(spans) == 6, spans


# --------------------------------------------------------------------------- each kind


@pytest.mark.parametrize(
    ("text", "base", "expected"),
    [
        # explicit days
        ("It closed on 1987-03-02.", None, [("1987-03-02", "1987-03-02", "1987-03-02")]),
        ("Filed 26-FEB-1987 at noon.", None, [("26-FEB-1987", "1987-02-26", "1987-02-26")]),
        ("The vote is May 6, 2025.", None, [("May 6, 2025", "2025-05-06", "2025-05-06")]),
        ("due 6 May 2025 at par", None, [("6 May 2025", "2025-05-06", "2025-05-06")]),
        ("It meets on Friday, April 3.", THU, [("Friday, April 3", "1987-04-03", "1987-04-03")]),
        ("on Feb. 26 it said", THU, [("Feb. 26", "1987-02-26", "1987-02-26")]),
        ("payable March 2", THU, [("March 2", "1987-03-02", "1987-03-02")]),
        ("effective April One", THU, [("April One", "1987-04-01", "1987-04-01")]),
        ("said on January 14 this year", THU,
         [("January 14 this year", "1987-01-14", "1987-01-14")]),
        ("talks on March 9-11", THU, [("March 9-11", "1987-03-09", "1987-03-11")]),
        # month-day without a year: nearest, or decided by the wording
        ("the year ended Dec 31", THU, [("Dec 31", "1986-12-31", "1986-12-31")]),
        ("the fiscal year ending September 9", D(1987, 3, 19),
         [("September 9", "1987-09-09", "1987-09-09")]),
        ("it will pay on Sept 30", THU, [("Sept 30", "1987-09-30", "1987-09-30")]),
        ("the shares were sold on Sept 30", THU, [("Sept 30", "1986-09-30", "1986-09-30")]),
        # months
        ("in March 1987 and November, 1986", None,
         [("March 1987", "1987-03-01", "1987-03-31"),
          ("November, 1986", "1986-11-01", "1986-11-30")]),
        ("Output fell in January.", THU, [("January", "1987-01-01", "1987-01-31")]),
        ("Output fell in December.", THU, [("December", "1986-12-01", "1986-12-31")]),
        ("The plant will open in October.", THU, [("October", "1987-10-01", "1987-10-31")]),
        ("It must be done by August.", THU, [("August", "1987-08-01", "1987-08-31")]),
        ("since last October", THU, [("last October", "1986-10-01", "1986-10-31")]),
        ("until next March", THU, [("next March", "1988-03-01", "1988-03-31")]),
        ("at the end of January", THU, [("end of January", "1987-01-01", "1987-01-31")]),
        ("in mid-February", THU, [("mid-February", "1987-02-01", "1987-02-28")]),
        ("for June, July and August", D(1987, 5, 2), []),
        ("in June, July and August", D(1987, 9, 2),
         [("June", "1987-06-01", "1987-06-30"), ("July", "1987-07-01", "1987-07-31"),
          ("August", "1987-08-01", "1987-08-31")]),
        # years, only with a cue
        ("Sales rose in 1986.", None, [("1986", "1986-01-01", "1986-12-31")]),
        ("a member since 1969", None, [("1969", "1969-01-01", "1969-12-31")]),
        ("from 1972 to 1980", None,
         [("1972", "1972-01-01", "1972-12-31"), ("1980", "1980-01-01", "1980-12-31")]),
        ("due for completion in late 1988", None, [("late 1988", "1988-01-01", "1988-12-31")]),
        ("by the end of 1987", None, [("1987", "1987-01-01", "1987-12-31")]),
        ("against 18.2 pct in calendar 1986", None,
         [("calendar 1986", "1986-01-01", "1986-12-31")]),
        ("growth in the 1980s", None, [("1980s", "1980-01-01", "1989-12-31")]),
        # relative days
        ("It said today.", THU, [("today", "1987-03-05", "1987-03-05")]),
        ("shares fell yesterday", THU, [("yesterday", "1987-03-04", "1987-03-04")]),
        ("will report tomorrow", THU, [("tomorrow", "1987-03-06", "1987-03-06")]),
        ("Earlier today, it bought", THU, [("Earlier today", "1987-03-05", "1987-03-05")]),
        ("down from last night", THU, [("last night", "1987-03-04", "1987-03-04")]),
        ("this afternoon the Fed", THU, [("this afternoon", "1987-03-05", "1987-03-05")]),
        # weekdays
        ("On Monday, Trump told reporters", TUE, [("Monday", "2025-05-05", "2025-05-05")]),
        ("a post Tuesday morning", TUE, [("Tuesday morning", "2025-05-06", "2025-05-06")]),
        ("He will meet Carney on Thursday.", TUE, [("Thursday", "2025-05-08", "2025-05-08")]),
        ("talks are due to resume Friday", TUE, [("Friday", "2025-05-09", "2025-05-09")]),
        ("It happened last Friday.", TUE, [("last Friday", "2025-05-02", "2025-05-02")]),
        ("It opens next Tuesday.", TUE, [("next Tuesday", "2025-05-13", "2025-05-13")]),
        ("It opened on Tuesday.", TUE, [("Tuesday", "2025-05-06", "2025-05-06")]),
        ("It closed on Wednesday.", TUE, [("Wednesday", "2025-04-30", "2025-04-30")]),
        ("the sale closes by Friday", TUE, [("Friday", "2025-05-09", "2025-05-09")]),
        # weeks, months, years
        ("last week's election", TUE, [("last week", "2025-04-28", "2025-05-04")]),
        ("this week", TUE, [("this week", "2025-05-05", "2025-05-11")]),
        ("next week", TUE, [("next week", "2025-05-12", "2025-05-18")]),
        ("last month", TUE, [("last month", "2025-04-01", "2025-04-30")]),
        ("next month", D(2025, 1, 31), [("next month", "2025-02-01", "2025-02-28")]),
        ("Last year, it lost money", TUE, [("Last year", "2024-01-01", "2024-12-31")]),
        ("earlier this year", TUE, [("earlier this year", "2025-01-01", "2025-05-06")]),
        ("later this month", TUE, [("later this month", "2025-05-06", "2025-05-31")]),
        ("this year's budget", TUE, [("this year", "2025-01-01", "2025-12-31")]),
        ("last weekend", TUE, [("last weekend", "2025-05-03", "2025-05-04")]),
        # ago
        ("three days ago", TUE, [("three days ago", "2025-05-03", "2025-05-03")]),
        ("2 weeks ago", TUE, [("2 weeks ago", "2025-04-21", "2025-04-27")]),
        ("18 months ago", D(1987, 4, 9), [("18 months ago", "1985-10-01", "1985-10-31")]),
        ("up from 5 cts a year ago", TUE, [("a year ago", "2024-01-01", "2024-12-31")]),
        ("versus 307,000 week ago", THU, [("week ago", "1987-02-23", "1987-03-01")]),
    ],
)  # fmt: skip
def test_expression(text: str, base: dt.date | None, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, base) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Theresa May said prices may rise in the second quarter.",
        "May Department Stores Co and May Petroleum Inc said.",
        "Protesters plan to March on the capital.",
        "Sun Co and Wed Corp shares rose; Sat Nam said.",
        "Net income was 1987 dlrs on sales of 1,986 tonnes in 1986/87.",
        "It earned 2.1 mln dlrs in fiscal 1987 and its 1986 net rose.",
        "Results exclude gains in 1987 3rd qtr and in 1986 first half.",
        "USA Today and Seeds of Tomorrow reported.",
        "The Sunday Times said the Good Friday holiday matters.",
        "Rates may fall within the next week and over the past year.",
        "Bills are sold by tender each Tuesday.",
        "Cotton for May delivery rose; the March contract fell.",
        "February's rise followed January's record.",
        "Sales rose from a year earlier, in the year-ago quarter.",
        "Stocks rose several weeks ago.",
        "The Tax Reform Act of 1986 took effect.",
    ],
)
def test_not_a_date(text: str) -> None:
    assert found(text, THU) == []


def test_no_base_keeps_only_explicit_dates() -> None:
    text = "On Monday, last week, in March, on March 2, in March 1987, since 1985 and 1987-03-02."
    assert found(text, None) == [
        ("March 1987", "1987-03-01", "1987-03-31"),
        ("1985", "1985-01-01", "1985-12-31"),
        ("1987-03-02", "1987-03-02", "1987-03-02"),
    ]


def test_invalid_calendar_dates_are_skipped() -> None:
    assert found("on February 30, 1987 and 1987-13-01", None) == []
    assert found("on Feb 29", D(1987, 3, 1)) == [("Feb 29", "1988-02-29", "1988-02-29")]


def test_offsets_point_at_the_expression() -> None:
    text = "Shares fell yesterday and will be listed on May 18, the company said last week."
    located = locate_dates(text, THU)
    assert [text[a:b] for a, b, _ in located] == ["yesterday", "May 18", "last week"]
    assert [span.text for _, _, span in located] == ["yesterday", "May 18", "last week"]


# --------------------------------------------------------------------------- gold set


def _gold() -> list[dict[str, object]]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]


def test_gold_file_is_well_formed() -> None:
    records = _gold()
    expressions = [d for r in records for d in r["dates"]]  # type: ignore[attr-defined]
    assert len(expressions) >= 150
    negatives = sum(1 for r in records if not r["dates"])
    assert negatives >= 0.15 * len(records)
    assert len({r["newid"] for r in records}) == len(records)
    for r in records:
        text = r["text"]
        assert isinstance(text, str) and len(text) < 600
        for d in r["dates"]:  # type: ignore[attr-defined]
            assert d["text"] in text
            assert D.fromisoformat(d["start"]) <= D.fromisoformat(d["end"])


def test_gold_precision_and_recall() -> None:
    correct = predicted = total = 0
    for r in _gold():
        gold = Counter(
            (D.fromisoformat(d["start"]), D.fromisoformat(d["end"]))
            for d in r["dates"]  # type: ignore[attr-defined]
        )
        total += sum(gold.values())
        for span in find_dates(str(r["text"]), D.fromisoformat(str(r["date"]))):
            predicted += 1
            if gold[(span.start, span.end)] > 0:
                gold[(span.start, span.end)] -= 1
                correct += 1
    assert correct / predicted >= 0.95
    assert correct / total >= 0.90


# --------------------------------------------------------------------------- date filters


@pytest.mark.parametrize(
    ("value", "start", "end"),
    [
        ("2025-05-06", "2025-05-06", "2025-05-06"),
        ("2025-05", "2025-05-01", "2025-05-31"),
        ("2025", "2025-01-01", "2025-12-31"),
        ("May 2025", "2025-05-01", "2025-05-31"),
        ("may 2025", "2025-05-01", "2025-05-31"),
        ("Feb 26, 1987", "1987-02-26", "1987-02-26"),
        ("26-feb-1987", "1987-02-26", "1987-02-26"),
        ("today", "2025-05-06", "2025-05-06"),
        ("Yesterday", "2025-05-05", "2025-05-05"),
        ("last week", "2025-04-28", "2025-05-04"),
        ("last month", "2025-04-01", "2025-04-30"),
        ("this year", "2025-01-01", "2025-12-31"),
        ("3 days ago", "2025-05-03", "2025-05-03"),
        ("2 weeks ago", "2025-04-21", "2025-04-27"),
        ("last 7 days", "2025-04-30", "2025-05-06"),
        ("past 1 month", "2025-04-07", "2025-05-06"),
        ("monday", "2025-05-05", "2025-05-05"),
        ("March", "2025-03-01", "2025-03-31"),
        ("2025-04-01..2025-05", "2025-04-01", "2025-05-31"),
    ],
)
def test_parse_date_filter(value: str, start: str, end: str) -> None:
    span = parse_date_filter(value, as_of=TUE)
    assert (span.start.isoformat(), span.end.isoformat()) == (start, end)
    assert span.text == value


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("", "empty; expected a date such as 2025-05-06"),
        ("soon", "expected a date such as 2025-05-06, 2025-05, 2025, 'May 2025'"),
        ("2025-02-30", "not a calendar date (check the month and the day)"),
        ("2025-05-06..2025-05-01", "the range ends before it starts"),
        ("last 0 days", "the number must be at least 1"),
        ("9999 years ago", "too far back"),
        ("in March and April", "expected a date such as"),
    ],
)
def test_parse_date_filter_errors(value: str, reason: str) -> None:
    with pytest.raises(InvalidFilterError) as info:
        parse_date_filter(value, as_of=TUE)
    assert info.value.name == "date"
    assert info.value.value == value
    assert reason in str(info.value)
    assert str(info.value).startswith(f"date={value!r}: ")


# --------------------------------------------------------------------------- properties

_VOCAB = [
    "May", "March", "Monday", "Sunday", "today", "Today", "yesterday", "last", "next", "this",
    "week", "month", "year", "ago", "in", "since", "by", "and", "to", "of", "the", "end",
    "mid-", "early", "1987", "1986/87", "2025-05-06", "26-FEB-1987", "31", "one", "One", "a",
    "18", "days", ",", ".", "-", "'s", "Feb.", "Sept", "1980s", "weekend", "night", "will",
    "said", "ended", "USA", "fiscal", "qtr", "pct", "0", "999", "February", "29", "30",
]  # fmt: skip
_dates = st.dates(min_value=D(1, 1, 1), max_value=D(9999, 12, 31))


@given(st.text(max_size=300), st.one_of(st.none(), _dates))
def test_random_text_never_raises(text: str, base: dt.date | None) -> None:
    for start, end, span in locate_dates(text, base):
        assert 0 <= start <= end <= len(text)
        assert span.start <= span.end
        assert span.text == text[start:end]


@given(
    st.lists(st.sampled_from(_VOCAB), max_size=40).map(" ".join),
    st.one_of(st.none(), _dates),
)
def test_date_words_never_raise(text: str, base: dt.date | None) -> None:
    spans = find_dates(text, base)
    assert all(isinstance(s, DateSpan) and s.start <= s.end for s in spans)
    if base is None:
        assert all(re.search(r"\d{4}", s.text) for s in spans)


@given(_dates)
def test_filter_round_trips_iso_dates(day: dt.date) -> None:
    span = parse_date_filter(day.isoformat(), as_of=D(2025, 5, 6))
    assert (span.start, span.end) == (day, day)


@given(_dates, st.sampled_from(["today", "last week", "this month", "last year", "next week"]))
def test_filter_relative_spans_are_ordered(as_of: dt.date, value: str) -> None:
    try:
        span = parse_date_filter(value, as_of=as_of)
    except InvalidFilterError as exc:
        assert "beyond the calendar" in str(exc)
        return
    assert span.start <= span.end
