"""Reporting periods in earnings sentences (issue #13): a quarter named by its end date, and "a
year earlier" / "last year" after a period longer than a quarter. Sentences written for the
test; the rules are described in :mod:`newsindex.nlp.dateperiods` and
:class:`newsindex.nlp.datecontext.Passage`."""

from __future__ import annotations

import datetime as dt

import pytest

from newsindex.nlp.dates import find_dates

D = dt.date
FRI = D(1989, 10, 27)  # a Friday


def found(text: str, base: dt.date | None) -> list[tuple[str, str, str]]:
    return [(s.text, s.start.isoformat(), s.end.isoformat()) for s in find_dates(text, base)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the calendar quarter holding the middle of the three months that end then
        ("The bakery lost $2 million in the quarter ended July 31.",
         [("the quarter", "1989-04-01", "1989-06-30"), ("July 31", "1989-07-31", "1989-07-31")]),
        ("The bakery lost $2 million in the quarter ended Sept. 30.",
         [("the quarter", "1989-07-01", "1989-09-30"), ("Sept. 30", "1989-09-30", "1989-09-30")]),
        # a 13-week quarter closing early in a month is mostly the quarter before
        ("Store sales rose in the quarter ended May 2.",
         [("the quarter", "1989-01-01", "1989-03-31"), ("May 2", "1989-05-02", "1989-05-02")]),
        ("The chain will book the gain in the quarter ending Jan. 31.",
         [("the quarter", "1989-10-01", "1989-12-31"), ("Jan. 31", "1990-01-31", "1990-01-31")]),
        ("Its loss in the quarter ending March 31, 1988 was small.",
         [("the quarter", "1988-01-01", "1988-03-31"),
          ("March 31, 1988", "1988-03-31", "1988-03-31")]),
        # a spelled day: the three months to May 3 are mostly February to April
        ("Revenue rose in the quarter ended May Three.",
         [("the quarter", "1989-01-01", "1989-03-31"), ("May Three", "1989-05-03", "1989-05-03")]),
        ("Revenue rose in the quarter ended October five.",
         [("the quarter", "1989-07-01", "1989-09-30"),
          ("October five", "1989-10-05", "1989-10-05")]),
        # an ordinal quarter too: a fiscal one is stored as its calendar months, not its name
        ("The chain lost $4 million in its second quarter ended Feb. 28.",
         [("its second quarter", "1989-01-01", "1989-03-31"),
          ("Feb. 28", "1989-02-28", "1989-02-28")]),
        ("The chain expects a loss for its fourth quarter ending June 30, 1990.",
         [("its fourth quarter", "1990-04-01", "1990-06-30"),
          ("June 30, 1990", "1990-06-30", "1990-06-30")]),
        # a year-ago one keeps its number, a year before (the end date may be either year's)
        ("Sales rose from the year-ago second quarter ended Feb. 28.",
         [("the year-ago second quarter", "1988-04-01", "1988-06-30"),
          ("Feb. 28", "1989-02-28", "1989-02-28")]),
        # and its year-ago quarter the same months a year before
        ("Net for the third quarter ended Jan. 31 rose from the year-ago quarter.",
         [("the third quarter", "1988-10-01", "1988-12-31"),
          ("Jan. 31", "1989-01-31", "1989-01-31"),
          ("the year-ago quarter", "1987-10-01", "1987-12-31")]),
        # an end a few days after the base whose figures are told in the past is the last
        # one, for the quarter as for its day
        ("In the second quarter ended Oct. 31, the bakery had a loss of $2 million.",
         [("the second quarter", "1988-07-01", "1988-09-30"),
          ("Oct. 31", "1988-10-31", "1988-10-31")]),
        ("The bakery expects a loss for the second quarter ended Oct. 31.",
         [("the second quarter", "1989-07-01", "1989-09-30"),
          ("Oct. 31", "1989-10-31", "1989-10-31")]),
        # a year-ago quarter named by the quarter it is
        ("In the year-ago quarter, the second quarter ended Oct. 31, the bakery lost $2 million.",
         [("the year-ago quarter", "1988-07-01", "1988-09-30"),
          ("the second quarter", "1988-07-01", "1988-09-30"),
          ("Oct. 31", "1988-10-31", "1988-10-31")]),
        # without an end date, the quarter the passage reports
        ("Profit doubled in the quarter.", [("the quarter", "1989-07-01", "1989-09-30")]),
    ],
)  # fmt: skip
def test_a_quarter_named_by_its_end(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, FRI) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year, once the sentence last named a period longer than a quarter
        ("In the fourth quarter it lost money. Net for the year ended Aug. 31 fell to $3 "
         "million, from $8 million last year.",
         [("the fourth quarter", "1989-10-01", "1989-12-31"),
          ("Aug. 31", "1989-08-31", "1989-08-31"), ("last year", "1988-01-01", "1988-12-31")]),
        ("Sales for the fiscal year rose to $90 million from $70 million a year earlier.",
         [("the fiscal year", "1989-01-01", "1989-12-31"),
          ("a year earlier", "1988-01-01", "1988-12-31")]),
        ("The third quarter was weak, but output in the year to date is 4 mln tonnes, down "
         "from 5 mln a year ago.",
         [("The third quarter", "1989-07-01", "1989-09-30"),
          ("a year ago", "1988-01-01", "1988-12-31")]),
        # still the quarter: the year is the quarter's own, or named after the comparison
        ("Net for the first quarter of the fiscal year rose to $5 million from $4 million a "
         "year earlier.",
         [("the first quarter", "1989-01-01", "1989-03-31"),
          ("the fiscal year", "1989-01-01", "1989-12-31"),
          ("a year earlier", "1988-01-01", "1988-03-31")]),
        ("Third-quarter net rose to $5 million from $4 million a year earlier, and full-year "
         "profit will rise.",
         [("Third-quarter", "1989-07-01", "1989-09-30"),
          ("a year earlier", "1988-07-01", "1988-09-30")]),
        ("In the third quarter, net rose to $5 million, from $4 million last year.",
         [("the third quarter", "1989-07-01", "1989-09-30"),
          ("last year", "1988-07-01", "1988-09-30")]),
    ],
)  # fmt: skip
def test_a_year_earlier_after_a_longer_period(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, FRI) == expected


MAR5 = D(1987, 3, 5)


@pytest.mark.parametrize(
    ("text", "base", "expected"),
    [
        # the weeks or months that end on a day, a year before
        ("Acme Stores said sales for the four weeks ended February 28 rose 5.3 pct to 780 mln "
         "dlrs from 741 mln dlrs a year earlier.", MAR5,
         [("February 28", "1987-02-28", "1987-02-28"),
          ("a year earlier", "1986-02-01", "1986-02-28")]),
        ("Acme Stores said sales for the four weeks ended February 28 rose from a year earlier.",
         MAR5, [("February 28", "1987-02-28", "1987-02-28"),
                ("a year earlier", "1986-02-01", "1986-02-28")]),
        ("Output in the nine months ended Jan. 31 rose to 90 mln tonnes from 80 mln a year ago.",
         MAR5, [("Jan. 31", "1987-01-31", "1987-01-31"),
                ("a year ago", "1985-05-01", "1986-01-31")]),
        ("Power output in the week ended March 1 was up 4.9 pct from a year earlier.", MAR5,
         [("March 1", "1987-03-01", "1987-03-01"),
          ("a year earlier", "1986-02-23", "1986-03-01")]),
        ("The deficit for the eight months to the end of February was 15 mln dlrs, against 90 "
         "mln in the same period a year ago.", MAR5,
         [("end of February", "1987-02-01", "1987-02-28"),
          ("a year ago", "1985-07-01", "1986-02-28")]),
        # the day a figure stands at
        ("Net assets as of February 28 were 2.4 mln dlrs, up 189 pct from a year earlier.", MAR5,
         [("February 28", "1987-02-28", "1987-02-28"),
          ("a year earlier", "1986-02-28", "1986-02-28")]),
        # a month: the figures' own, not a compared figure's
        ("Exports rose to 4.6 billion in January from 4.1 billion in December and 3.9 billion "
         "a year earlier.", MAR5,
         [("January", "1987-01-01", "1987-01-31"), ("December", "1986-12-01", "1986-12-31"),
          ("a year earlier", "1986-01-01", "1986-01-31")]),
        # a monthly figure compared with the month before and a year earlier: the month after
        ("The deficit fell to 146 mln dlrs from 253 mln (revised from 268 mln) in January and "
         "192 mln a year earlier.", MAR5,
         [("January", "1987-01-01", "1987-01-31"), ("a year earlier", "1986-02-01", "1986-02-28")]),
        ("Exports were 90 mln dlrs against 92 mln in December and 81 mln a year earlier.", MAR5,
         [("December", "1986-12-01", "1986-12-31"),
          ("a year earlier", "1986-01-01", "1986-01-31")]),
        # not the month an earlier comparison in the sentence gave
        ("Exports fell 2 pct from a year earlier to 90 mln in May and imports fell 3 pct from a "
         "year earlier.", D(1987, 6, 20),
         [("a year earlier", "1986-01-01", "1986-12-31"), ("May", "1987-05-01", "1987-05-31"),
          ("a year earlier", "1986-05-01", "1986-05-31")]),
        ("The deficit was 1.6 billion dlrs with Taiwan in January, up from a year earlier.", MAR5,
         [("January", "1987-01-01", "1987-01-31"),
          ("a year earlier", "1986-01-01", "1986-01-31")]),
        ("The surplus for January and February totalled 11.3 billion marks against eleven "
         "billion a year earlier.", MAR5,
         [("January", "1987-01-01", "1987-01-31"), ("February", "1987-02-01", "1987-02-28"),
          ("a year earlier", "1986-01-01", "1986-02-28")]),
        ("Feed prices at the end of January were 35 pct above year-ago levels.", MAR5,
         [("end of January", "1987-01-01", "1987-01-31"),
          ("year-ago", "1986-01-01", "1986-01-31")]),
        ("Imports for the December 1986 quarter were 2.6 billion against 2.4 billion a year "
         "earlier.", MAR5,
         [("December 1986 quarter", "1986-10-01", "1986-12-31"),
          ("a year earlier", "1985-10-01", "1985-12-31")]),
        # a quarter named after the month is the one compared
        ("February sales lagged as Easter falls late in April, but first-quarter sales should "
         "be up from a year ago.", MAR5,
         [("April", "1987-04-01", "1987-04-30"), ("first-quarter", "1987-01-01", "1987-03-31"),
          ("a year ago", "1986-01-01", "1986-03-31")]),
        # no compared figure: a year before the article
        ("She moved to Lima in February and left the bank a year ago.", MAR5,
         [("February", "1987-02-01", "1987-02-28"), ("a year ago", "1986-01-01", "1986-12-31")]),
    ],
)  # fmt: skip
def test_a_year_earlier_than_the_period_named(
    text: str, base: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, base) == expected


@pytest.mark.parametrize(
    ("text", "base", "expected"),
    [
        ("The council will vote by the end of the month.", FRI,
         [("the month", "1989-10-01", "1989-10-31")]),
        ("Rents rose at the beginning of the month.", FRI,
         [("the month", "1989-10-01", "1989-10-31")]),
        ("Talks should end before the end of the week.", FRI,
         [("the week", "1989-10-23", "1989-10-29")]),
        ("Oil fell at the start of the week.", FRI, [("the week", "1989-10-23", "1989-10-29")]),
        # the month the passage named
        ("Exports fell in March, and by the end of the month stocks were low.", FRI,
         [("March", "1989-03-01", "1989-03-31"), ("the month", "1989-03-01", "1989-03-31")]),
        # a past clause written early in the month: the end of the month before
        ("Reserves rose to 9 billion at the end of the month.", D(1989, 11, 3),
         [("the month", "1989-10-01", "1989-10-31")]),
        ("Reserves will rise by the end of the month.", D(1989, 11, 3),
         [("the month", "1989-11-01", "1989-11-30")]),
        # a duration's noun, not the week
        ("He stayed until the end of the week-long fair.", FRI, []),
    ],
)  # fmt: skip
def test_the_end_of_the_month_or_week(
    text: str, base: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, base) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council approved the budget for the 1990 fiscal year.",
         [("1990", "1990-01-01", "1990-12-31")]),
        ("Its 1988 fiscal year was the best in a decade.",
         [("1988", "1988-01-01", "1988-12-31")]),
        # a fiscal quarter or half after a year is still a label, a year without a cue too
        ("Net rose in its 1988 fiscal second quarter.",
         [("its 1988 fiscal second quarter", "1988-04-01", "1988-06-30")]),
        ("1988 fiscal year net rose.", []),
    ],
)  # fmt: skip
def test_a_year_before_fiscal_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, FRI) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first quarter its sentence names, not the passage's first
        ("The maker expects fourth-quarter sales to rise. Third-quarter net fell to $2 million "
         "from $3 million a year ago.",
         [("fourth-quarter", "1989-10-01", "1989-12-31"),
          ("Third-quarter", "1989-07-01", "1989-09-30"),
          ("a year ago", "1988-07-01", "1988-09-30")]),
        # the quarter compared, not one named inside the comparison
        ("Output rose 0.9 pct in the third quarter after a flat second quarter and a 1.3 pct "
         "fall a year earlier.",
         [("the third quarter", "1989-07-01", "1989-09-30"),
          ("second quarter", "1989-04-01", "1989-06-30"),
          ("a year earlier", "1988-07-01", "1988-09-30")]),
    ],
)  # fmt: skip
def test_a_year_ago_is_its_sentences_quarter(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, FRI) == expected


def test_last_year_after_a_passage_that_ended_on_a_quarter() -> None:
    # the earnings report goes on in the next paragraph: last year's quarter, not the year
    before = find_dates("Net rose to $5 million from $4 million a year ago.", FRI)[-1]
    text = "Its insurance arm earned $2 million, compared with a loss of $1 million last year."
    spans = find_dates(text, FRI, previous=before)
    assert [(s.start.isoformat(), s.end.isoformat()) for s in spans] == [
        ("1988-07-01", "1988-09-30")
    ]
    # not once the passage named a date of its own, nor after one that ended on a year
    own = "In January it earned $2 million, against $1 million last year."
    assert find_dates(own, FRI, previous=before)[-1].start == D(1988, 1, 1)
    after_year = find_dates("Sales grew in 1988.", FRI)[-1]
    assert find_dates(text, FRI, previous=after_year)[0].start == D(1988, 1, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # figures told in the past: the period is over, so its end is last year's
        ("For the fiscal year ended Oct. 31, the bakery earned $2 million.",
         [("Oct. 31", "1988-10-31", "1988-10-31")]),
        ("In the 52 weeks ended Oct. 31, sales were flat.",
         [("Oct. 31", "1988-10-31", "1988-10-31")]),
        # still ahead: a forecast, or nothing after the day
        ("The bakery expects a loss for the year ended Oct. 31, analysts said.",
         [("Oct. 31", "1989-10-31", "1989-10-31")]),
        ("It will take a charge in the quarter ended Oct. 31.",
         [("the quarter", "1989-07-01", "1989-09-30"), ("Oct. 31", "1989-10-31", "1989-10-31")]),
    ],
)  # fmt: skip
def test_a_period_told_in_the_past_ended_by_the_base(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, FRI) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the same 1988 period": whatever months the passage named, in that year
        ("Output in January and February rose 14 pct from the same 1988 period.",
         [("January", "1989-01-01", "1989-01-31"), ("February", "1989-02-01", "1989-02-28"),
          ("1988", "1988-01-01", "1988-12-31")]),
        # "the comparable 1988 quarter": the quarter the passage reports, in that year
        ("Exports fell in the third quarter, down 4 pct from the comparable 1988 quarter.",
         [("the third quarter", "1989-07-01", "1989-09-30"),
          ("the comparable 1988 quarter", "1988-07-01", "1988-09-30")]),
    ],
)  # fmt: skip
def test_a_compared_period_with_its_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, FRI) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the three months that end with the month named
        ("GDP grew 3.4 pct in the June quarter.", [("June quarter", "1989-04-01", "1989-06-30")]),
        ("It will publish figures for the October/December quarter.",
         [("December quarter", "1989-10-01", "1989-12-31")]),
        ("It will publish figures for the July/September quarter.",
         [("September quarter", "1989-07-01", "1989-09-30")]),
        ("It lost money in the September quarter last year.",
         [("September quarter last year", "1988-07-01", "1988-09-30")]),
        ("Imports rose in the December 1988 quarter from a year earlier.",
         [("December 1988 quarter", "1988-10-01", "1988-12-31"),
          ("a year earlier", "1987-10-01", "1987-12-31")]),
    ],
)  # fmt: skip
def test_a_quarter_named_by_its_last_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, FRI) == expected


@pytest.mark.parametrize(
    ("text", "base", "expected"),
    [
        # the second quarter's own words never reach "raise": it runs on from the first
        ("The producers agreed in talks to raise output to 12 mln tonnes in the third quarter "
         "and to 14 mln tonnes in the fourth quarter.", D(1987, 6, 19),
         [("the third quarter", "1987-07-01", "1987-09-30"),
          ("the fourth quarter", "1987-10-01", "1987-12-31")]),
        # a list may run back a quarter
        ("Buyers paid 6.45 dlrs a tonne during the fourth quarter of 1986 for their purchases, "
         "up from 5.33 dlrs in the third quarter and five dlrs in the second quarter, a survey "
         "showed.", D(1987, 3, 11),
         [("the fourth quarter of 1986", "1986-10-01", "1986-12-31"),
          ("the third quarter", "1986-07-01", "1986-09-30"),
          ("the second quarter", "1986-04-01", "1986-06-30")]),
        # a year-ago quarter is no quarter of the list
        ("Sales fell 4 pct in the fourth quarter, down from the comparable 1985 quarter and "
         "from the third quarter in 1986.", D(1987, 4, 13),
         [("the fourth quarter", "1986-10-01", "1986-12-31"),
          ("the comparable 1985 quarter", "1985-10-01", "1985-12-31"),
          ("the third quarter", "1986-07-01", "1986-09-30"), ("1986", "1986-01-01", "1986-12-31")]),
    ],
)  # fmt: skip
def test_a_quarter_joined_to_the_one_before(
    text: str, base: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, base) == expected
