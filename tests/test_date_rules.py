"""Date rules added for issue #13's TimeML recall: one test per rule, on sentences written for
the test (the rules themselves are described in :mod:`newsindex.nlp.dates`)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsindex.nlp.dates import find_dates

D = dt.date
WED = D(1998, 3, 11)  # a Wednesday


def found(text: str, base: dt.date | None) -> list[tuple[str, str, str]]:
    return [(s.text, s.start.isoformat(), s.end.isoformat()) for s in find_dates(text, base)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales rose in fiscal year 1996.", [("fiscal year 1996", "1996-01-01", "1996-12-31")]),
        ("The mill lost money in the fiscal year 1995.",
         [("fiscal year 1995", "1995-01-01", "1995-12-31")]),
        ("The fiscal year 1999 budget is tight.",
         [("fiscal year 1999", "1999-01-01", "1999-12-31")]),
        ("In calendar year 1994, imports doubled.",
         [("calendar year 1994", "1994-01-01", "1994-12-31")]),
        ("For the full year 1996, profit fell.",
         [("full year 1996", "1996-01-01", "1996-12-31")]),
        ("The tax break runs through the year 2004.",
         [("year 2004", "2004-01-01", "2004-12-31")]),
        # without a year number, "the fiscal year" is still the article's
        ("Profit will rise in the fiscal year.", [("the fiscal year", "1998-01-01", "1998-12-31")]),
    ],
)  # fmt: skip
def test_a_named_year_after_fiscal_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The lender extended its credit lines through January.",
         [("January", "1999-01-01", "1999-01-31")]),
        ("The council postponed its vote on the budget until June.",
         [("June", "1998-06-01", "1998-06-30")]),
        ("The board extended the offer for all outstanding shares until Feb. 20.",
         [("Feb. 20", "1999-02-20", "1999-02-20")]),
        # no verb that moves a date: the month just past
        ("Prices climbed steadily through January.", [("January", "1998-01-01", "1998-01-31")]),
        # "moved" a price, no date: the month just past
        ("The peso moved sharply lower until the end of January.",
         [("end of January", "1998-01-01", "1998-01-31")]),
        ("Heavy selling pushed bond yields higher through January.",
         [("January", "1998-01-01", "1998-01-31")]),
    ],
)  # fmt: skip
def test_a_date_moved_a_few_words_before_is_to_come(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "N days later than ...": a comparison, no date
        ("The budget was passed on Friday, two days later than planned.",
         [("Friday", "1998-03-06", "1998-03-06")]),
        ("The harvest ended a week earlier than usual.", []),
        # still a date without "than"
        ("The plant shut on Friday. Two days later it reopened.",
         [("Friday", "1998-03-06", "1998-03-06"), ("Two days later", "1998-03-08", "1998-03-08")]),
    ],
)  # fmt: skip
def test_later_than_is_a_comparison(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day right after "called for" is to come
        ("The dockers' strike, called for Monday, may close the port.",
         [("Monday", "1998-03-16", "1998-03-16")]),
        # seen from the past: the nearest such day
        ("A walkout was called for Monday but never happened.",
         [("Monday", "1998-03-09", "1998-03-09")]),
        # present forms that announce a schedule
        ("The carnival kicks off Friday.", [("Friday", "1998-03-13", "1998-03-13")]),
        ("The envoy heads to Cairo on Saturday.", [("Saturday", "1998-03-14", "1998-03-14")]),
        ("The club hosts its rivals on Sunday.", [("Sunday", "1998-03-15", "1998-03-15")]),
        ("The assembly convenes in July.", [("July", "1998-07-01", "1998-07-31")]),
        # a past form still dates the day before the base
        ("The carnival kicked off Friday.", [("Friday", "1998-03-06", "1998-03-06")]),
    ],
)  # fmt: skip
def test_days_announced_are_to_come(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range of weekdays runs forward
        ("The fair will run from Monday to Friday.",
         [("Monday", "1998-03-16", "1998-03-16"), ("Friday", "1998-03-20", "1998-03-20")]),
        ("Hearings are set for Tuesday through Thursday.",
         [("Tuesday", "1998-03-17", "1998-03-17"), ("Thursday", "1998-03-19", "1998-03-19")]),
        # a list that looks forward does too
        ("The board meets next Tuesday and Wednesday.",
         [("next Tuesday", "1998-03-17", "1998-03-17"), ("Wednesday", "1998-03-18", "1998-03-18")]),
        # a past list keeps each day's own reading
        ("The envoys met Tuesday and Monday.",
         [("Tuesday", "1998-03-10", "1998-03-10"), ("Monday", "1998-03-09", "1998-03-09")]),
        ("Talks were held on Monday and Tuesday.",
         [("Monday", "1998-03-09", "1998-03-09"), ("Tuesday", "1998-03-10", "1998-03-10")]),
    ],
)  # fmt: skip
def test_a_weekday_range_runs_forward(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guards caught him on Monday. The day before, he had climbed the wall.",
         [("Monday", "1998-03-09", "1998-03-09"), ("The day before", "1998-03-08", "1998-03-08")]),
        ("The vote was held on Feb. 3; the day after, the cabinet quit.",
         [("Feb. 3", "1998-02-03", "1998-02-03"), ("the day after", "1998-02-04", "1998-02-04")]),
        ("The dam burst on Jan. 9 after heavy rain the night before.",
         [("Jan. 9", "1998-01-09", "1998-01-09"),
          ("the night before", "1998-01-08", "1998-01-08")]),
        # no day named before it, or an event after it: not resolved
        ("The day before, he had climbed the wall.", []),
        ("Guards caught him on Monday, the day before the trial.",
         [("Monday", "1998-03-09", "1998-03-09")]),
    ],
)  # fmt: skip
def test_the_day_before_a_day_named(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Doe's 1991 Buick Regal was towed away.", []),
        ("Deputies found a 1994 Ford pickup by the river.", []),
        # a time word before it makes it a year
        ("In 1984 Honda opened its first plant there.", [("1984", "1984-01-01", "1984-12-31")]),
        ("The 1992 election was close.", [("1992", "1992-01-01", "1992-12-31")]),
    ],
)  # fmt: skip
def test_a_model_year_is_no_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # broadcast style: "March the fifth"
        ("The ferry sank on February the ninth.",
         [("February the ninth", "1998-02-09", "1998-02-09")]),
        ("The recall began on June the 2nd.", [("June the 2nd", "1997-06-02", "1997-06-02")]),
        # not a day: a count, or an ordinal of something else
        ("In January the 12 delegates met.", [("January", "1998-01-01", "1998-01-31")]),
        ("In January the first of the delegates left.", [("January", "1998-01-01", "1998-01-31")]),
        ("In January the second round began.", [("January", "1998-01-01", "1998-01-31")]),
        # "the" before a day-month leaves the verb before it to decide
        ("Crowds gathered on the fourth of July.",
         [("fourth of July", "1997-07-04", "1997-07-04")]),
    ],
)  # fmt: skip
def test_a_month_the_ordinal(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mill shut in the spring of last year.",
         [("the spring of last year", "1997-03-01", "1997-05-31")]),
        ("Payments will be made in the autumn of next year.",
         [("the autumn of next year", "1999-09-01", "1999-11-30")]),
    ],
)  # fmt: skip
def test_a_season_of_a_relative_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deadline before a season no verb dates: the coming one
        ("She hoped “whoever wins gets the duties lifted before the summer.”",
         [("the summer", "1998-06-01", "1998-08-31")]),
        # a verb that dates it decides
        ("The duties were lifted before the summer.", [("the summer", "1997-06-01", "1997-08-31")]),
        # "get" and an object before a participle: no past verb
        ("If we don't have the deal settled by Thursday, there will be a strike.",
         [("Thursday", "1998-03-12", "1998-03-12")]),
    ],
)  # fmt: skip
def test_a_deadline_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A party expecting to win a vote in June would not cut taxes.",
         [("June", "1998-06-01", "1998-06-30")]),
        ("Ministers want to open talks on fishing quotas in August.",
         [("August", "1998-08-01", "1998-08-31")]),
        ("Rebels were hoping to reach the capital by May.", [("May", "1998-05-01", "1998-05-31")]),
        ("Two more tankers are earmarked for April.", [("April", "1998-04-01", "1998-04-30")]),
        ("The launch is targeted for September.", [("September", "1998-09-01", "1998-09-30")]),
    ],
)  # fmt: skip
def test_more_words_that_look_forward(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry had issued permits to import rice for delivery in April.",
         [("April", "1998-04-01", "1998-04-30")]),
        ("Traders had bought soybeans for shipment in May to July.",
         [("May", "1998-05-01", "1998-05-31"), ("July", "1998-07-01", "1998-07-31")]),
        # not a trade's month: the past one
        ("The mill had shipped rice in April.", [("April", "1997-04-01", "1997-04-30")]),
    ],
)  # fmt: skip
def test_a_delivery_month_is_to_come(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council meets again at 1900 hours.", []),
        ("A session will run between 1800 and 2100 local time, then from 1900 to 2300 hrs.", []),
        ("Flows resumed around 2100 EDT on the pipeline.", []),
        ("The hearing ends at 1830 GMT.", []),
        # still years
        ("The canal opened in 1914.", [("1914", "1914-01-01", "1914-12-31")]),
    ],
)  # fmt: skip
def test_a_clock_time_is_no_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Import prices fell 0.4 pct in February against January.",
         [("February", "1998-02-01", "1998-02-28"), ("January", "1998-01-01", "1998-01-31")]),
        ("Sales were flat versus December.", [("December", "1997-12-01", "1997-12-31")]),
        # a name after it is no month
        ("The case against May Department Stores was dropped.", []),
    ],
)  # fmt: skip
def test_a_month_compared_against(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


def test_a_name_month_after_against_is_no_month() -> None:
    assert found("Ten ministers voted against May.", WED) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports rose 3 pct in 1996 compared with 1995.",
         [("1996", "1996-01-01", "1996-12-31"), ("1995", "1995-01-01", "1995-12-31")]),
        ("Output was flat in February compared with January.",
         [("February", "1998-02-01", "1998-02-28"), ("January", "1998-01-01", "1998-01-31")]),
        ("Costs grew 2 pct over 1996.", [("1996", "1996-01-01", "1996-12-31")]),
        ("Sales fell 4 pct against 1996.", [("1996", "1996-01-01", "1996-12-31")]),
        # no comparison: no date
        ("Rail freight climbed over 1900 tonnes a day.", []),
        ("The firm is pleased with January sales.", []),
        # "over" a month is a premium over a futures month
        ("Corn traded at 20 cents over July.", []),
    ],
)  # fmt: skip
def test_a_year_or_month_compared_with(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Memories of the crash of 1929 haunt traders.", [("1929", "1929-01-01", "1929-12-31")]),
        ("The miners' strike of 1984 closed pits.", [("1984", "1984-01-01", "1984-12-31")]),
        # a law's name is no date (the Reuters convention)
        ("The Tax Reform Act of 1986 changed the rules.", []),
    ],
)  # fmt: skip
def test_an_event_of_a_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The group expects profit to rise in the current financial year.",
         [("the current financial year", "1998-01-01", "1998-12-31")]),
        ("Spending will rise in financial year 1999.",
         [("financial year 1999", "1999-01-01", "1999-12-31")]),
    ],
)  # fmt: skip
def test_a_financial_year_as_a_fiscal_one(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Steel makers shed jobs earlier this decade.",
         [("earlier this decade", "1990-01-01", "1999-12-31")]),
        ("Exports boomed last decade.", [("last decade", "1980-01-01", "1989-12-31")]),
        # "the next decade" is a duration
        ("Costs will rise over the next decade.", []),
    ],
)  # fmt: skip
def test_this_and_last_decade(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The border closed in 1971. Two decades later, it reopened.",
         [("1971", "1971-01-01", "1971-12-31"), ("Two decades later", "1991-01-01", "1991-12-31")]),
        ("The mill shut in 1980; a decade earlier it had 5,000 workers.",
         [("1980", "1980-01-01", "1980-12-31"), ("a decade earlier", "1970-01-01", "1970-12-31")]),
        ("A decade earlier, the plant had closed.", []),
    ],
)  # fmt: skip
def test_decades_counted_from_a_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guards caught him on Monday, March 2. The previous Friday, he had fled.",
         [("Monday, March 2", "1998-03-02", "1998-03-02"), ("Friday", "1998-02-27", "1998-02-27")]),
        ("The ferry sailed on March 4. The following Monday it sank.",
         [("March 4", "1998-03-04", "1998-03-04"), ("Monday", "1998-03-09", "1998-03-09")]),
        # no day named: relative to a day the reader cannot know
        ("Shares fell 2 pct from the previous Friday.", []),
    ],
)  # fmt: skip
def test_the_previous_weekday_after_a_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the future word is more than twelve words before the weekday
        ("The envoy, after a long flight, is scheduled to spend only five hours on the ground in "
         "Lima, Peru, her first stop Tuesday morning.",
         [("Tuesday morning", "1998-03-17", "1998-03-17")]),
        # a modal far back does not decide ("could give no reason")
        ("Reserves ranged from a low on Thursday, for which the agency could give no particular "
         "reason, to a high of nearly two billion dollars on Tuesday.",
         [("Thursday", "1998-03-05", "1998-03-05"), ("Tuesday", "1998-03-10", "1998-03-10")]),
        # nor one when a past form is near
        ("Crews will make a fresh attempt to lift the barge from the riverbed after they failed "
         "in a first try on Friday.",
         [("Friday", "1998-03-06", "1998-03-06")]),
    ],
)  # fmt: skip
def test_a_future_word_far_back(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Creditors agreed to defer interest payments until June 30.",
         [("June 30", "1998-06-30", "1998-06-30")]),
        ("The brewer said it was extending its offer for the distiller until May 1.",
         [("May 1", "1998-05-01", "1998-05-01")]),
        ("The banks agreed to an interim rescheduling until June.",
         [("June", "1998-06-01", "1998-06-30")]),
    ],
)  # fmt: skip
def test_every_form_of_a_verb_that_moves_a_date(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The treasury bought bills maturing in June.", [("June", "1998-06-01", "1998-06-30")]),
        ("Talks ended before the old pact lapsing in October.",
         [("October", "1998-10-01", "1998-10-31")]),
    ],
)  # fmt: skip
def test_maturing_and_lapsing_look_forward(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The court set May 7 for the hearing.", [("May 7", "1998-05-07", "1998-05-07")]),
        ("The bonus falls if the merger is delayed beyond April 30.",
         [("April 30", "1998-04-30", "1998-04-30")]),
        ("There is much uncertainty beyond July.", [("July", "1998-07-01", "1998-07-31")]),
        # a day set in the past stays there when no "for" follows
        ("The firm set a record on March 2.", [("March 2", "1998-03-02", "1998-03-02")]),
    ],
)  # fmt: skip
def test_set_for_and_beyond(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The group agreed to buy the mill for $40 million in May.",
         [("May", "1998-05-01", "1998-05-31")]),
        ("Lawmakers pledged to consider the bill before Easter.",
         [("Easter", "1998-04-12", "1998-04-12")]),
        ("The utility agreed to sell on July 6 bonds due 2005.",
         [("July 6", "1998-07-06", "1998-07-06"), ("2005", "2005-01-01", "2005-12-31")]),
    ],
)  # fmt: skip
def test_more_infinitives_of_a_plan(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


def test_an_infinitive_to_merge_is_a_plan() -> None:
    text = "The bank agreed to merge with a rival, pending a vote in mid-April."
    assert found(text, WED) == [("mid-April", "1998-04-01", "1998-04-30")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fund bought the shares in open market purchases between Feb. 13 and March 2.",
         [("Feb. 13", "1998-02-13", "1998-02-13"), ("March 2", "1998-03-02", "1998-03-02")]),
        # "open" as a verb still announces
        ("The exhibition opens Thursday.", [("Thursday", "1998-03-12", "1998-03-12")]),
    ],
)  # fmt: skip
def test_open_market_is_no_schedule(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The firm expects to file results for the year ended Feb. 28 by May 29.",
         [("Feb. 28", "1998-02-28", "1998-02-28"), ("May 29", "1998-05-29", "1998-05-29")]),
        # right before the date, "ended" still dates it
        ("Sales fell in the year ended Feb. 28.", [("Feb. 28", "1998-02-28", "1998-02-28")]),
    ],
)  # fmt: skip
def test_a_period_ended_is_no_verb_for_a_later_date(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, WED) == expected


def test_an_infinitive_to_supply_is_a_plan() -> None:
    text = (
        "Under a pact signed in February, the emirate agreed to supply crude to Chile until June."
    )
    assert found(text, WED) == [
        ("February", "1998-02-01", "1998-02-28"),
        ("June", "1998-06-01", "1998-06-30"),
    ]


def test_an_infinitive_up_to_ten_words_before() -> None:
    text = (
        "Ministers agreed to extend the 1997/98 sugar and wine marketing years to the end of May."
    )
    assert found(text, WED) == [("end of May", "1998-05-01", "1998-05-31")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Banks must buy back securities pledged on April 22.",
         [("April 22", "1998-04-22", "1998-04-22")]),
        ("The carmaker will raise prices, starting with trucks built after April 30.",
         [("April 30", "1998-04-30", "1998-04-30")]),
        # an active past verb right before the date still dates it
        ("Exports rose in February.", [("February", "1998-02-01", "1998-02-28")]),
        ("The banks pledged securities on March 2.", [("March 2", "1998-03-02", "1998-03-02")]),
    ],
)  # fmt: skip
def test_a_participle_after_a_noun_a_modal_governs(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "was to": a plan seen from the past, the nearest such day
        ("The vote was to be held on May 3.", [("May 3", "1998-05-03", "1998-05-03")]),
        ("The rate was also to be reset on April 15.",
         [("April 15", "1998-04-15", "1998-04-15")]),
    ],
)  # fmt: skip
def test_was_to_is_a_plan(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, D(1998, 4, 8)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Incomes fell 2 pct in May after falling 1 pct in April due to lower farm payments.",
         [("May", "1998-05-01", "1998-05-31"), ("April", "1998-04-01", "1998-04-30")]),
        # "due to" before a verb is a schedule
        ("Talks are due to resume in April.", [("April", "1999-04-01", "1999-04-30")]),
    ],
)  # fmt: skip
def test_due_to_before_no_verb_is_causal(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, D(1998, 6, 18)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Output, down 0.5 pct in January, is likely to recover.",
         [("January", "1998-01-01", "1998-01-31")]),
        ("Output fell 0.7 pct in January, less than expected, and is forecast to rise.",
         [("January", "1998-01-01", "1998-01-31")]),
        # a price until a date is no figure for it
        ("After a price of 99 dlrs until September 30, the modem will cost more.",
         [("September 30", "1998-09-30", "1998-09-30")]),
    ],
)  # fmt: skip
def test_a_figure_in_a_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The envoy had announced the intended sanctions on January 2.",
         [("January 2", "1998-01-02", "1998-01-02")]),
        # "the scheduled" and "the planned" still look forward
        ("The talks were moved from their scheduled April 2 date.",
         [("April 2", "1998-04-02", "1998-04-02")]),
    ],
)  # fmt: skip
def test_the_expected_is_an_adjective(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Funds will go back to the lenders who in December were asked to wait.",
         [("December", "1997-12-01", "1997-12-31")]),
        ("The minister said that in June the plant will reopen.",
         [("June", "1998-06-01", "1998-06-30")]),
    ],
)  # fmt: skip
def test_a_relative_clause_has_its_own_verb(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The board would not make any estimate until late April.",
         [("late April", "1998-04-01", "1998-04-30")]),
        ("The union could not vote until May 5.", [("May 5", "1998-05-05", "1998-05-05")]),
        # "would not say" without "until" still reports the past
        ("He would not say on Tuesday what the plan was.",
         [("Tuesday", "1998-03-10", "1998-03-10")]),
    ],
)  # fmt: skip
def test_not_until_looks_forward(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past form in an "if" clause after "would": a condition still to come
        ("Farmers would suffer if the dispute dragged on into October, he said.",
         [("October", "1998-10-01", "1998-10-31")]),
        ("The strike dragged on into October.", [("October", "1997-10-01", "1997-10-31")]),
        ("If the strike dragged on into October, it was the union's doing.",
         [("October", "1997-10-01", "1997-10-31")]),
    ],
)  # fmt: skip
def test_a_condition_after_would_looks_forward(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The firms had been given until April 22 to comply.",
         [("April 22", "1998-04-22", "1998-04-22")]),
        ("Officials said they were giving Tokyo until April to act.",
         [("April", "1998-04-01", "1998-04-30")]),
    ],
)  # fmt: skip
def test_given_until_is_a_deadline(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


def test_due_to_at_the_clause_window_edge_is_causal() -> None:
    # "due" is the twelfth word before the month: the word before it is out of sight
    text = (
        "The market stalled a month ago due to indigestion after 18 note issues totalling "
        "2.3 billion dlrs swamped the market in January."
    )
    assert found(text, WED) == [
        ("a month ago", "1998-02-01", "1998-02-28"),
        ("January", "1998-01-01", "1998-01-31"),
    ]


def test_a_figure_noun_in_a_month() -> None:
    text = "Data show record output in January, with lower output expected in February."
    assert found(text, WED) == [
        ("January", "1998-01-01", "1998-01-31"),
        ("February", "1998-02-01", "1998-02-28"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A month later, as farmers went to the market in Lyon on Monday, prices held firm.",
         [("Monday", "1998-03-09", "1998-03-09")]),
        ("The crowd could only wait until the minister spoke in Parliament on Monday night.",
         [("Monday night", "1998-03-09", "1998-03-09")]),
        # "took": its object may carry dates of its own (a charter's loading days)
        ("The trader took a vessel from Santos to Rotterdam May 1-10.",
         [("May 1-10", "1998-05-01", "1998-05-10")]),
    ],
)  # fmt: skip
def test_a_simple_past_anywhere_in_the_clause(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place name before the stop ends the sentence: the plan before is not Monday's
        ("The senator plans to speak in Ohio. Monday, the senator held a call with farmers.",
         [("Monday", "1998-03-09", "1998-03-09")]),
        # a state's abbreviation does not: the sentence goes on
        ("The governor will speak in Tampa, Fla. Monday.",
         [("Monday", "1998-03-16", "1998-03-16")]),
        ("The firm will move to Omaha, Neb. Monday, its chief said.",
         [("Monday", "1998-03-16", "1998-03-16")]),
    ],
)  # fmt: skip
def test_a_short_place_name_ends_the_sentence(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, WED) == expected


def test_a_weekday_before_a_week_possessive_is_no_day_of_that_week() -> None:
    assert found("Police released video on Monday of last week's shooting.", WED) == [
        ("Monday", "1998-03-09", "1998-03-09"),
        ("last week", "1998-03-02", "1998-03-08"),
    ]
    assert found("The talks ended on Friday of last week.", WED) == [
        ("Friday of last week", "1998-03-06", "1998-03-06")
    ]
    # and without "of": "on Tuesday next week", "on Wednesday last week"
    assert found("They meet on Tuesday next week, after talks on Wednesday last week.", WED) == [
        ("Tuesday next week", "1998-03-17", "1998-03-17"),
        ("Wednesday last week", "1998-03-04", "1998-03-04"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # written on a Wednesday: Saturday's, three days on, was the nearer one
        ("The mayor won Saturday's debate, aides said.",
         [("Saturday", "1998-03-07", "1998-03-07")]),
        ("It was a line he repeated in Saturday's debate.",
         [("Saturday", "1998-03-07", "1998-03-07")]),
        # a verb whose object may lie ahead, or a passive: the nearest still
        ("The council postponed Saturday's vote.", [("Saturday", "1998-03-14", "1998-03-14")]),
        ("It will be discussed at Saturday's meeting.",
         [("Saturday", "1998-03-14", "1998-03-14")]),
    ],
)  # fmt: skip
def test_a_past_verb_right_before_a_possessive_day(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor joined the debate, announcing on Tuesday she would meet the unions.",
         [("Tuesday", "1998-03-10", "1998-03-10")]),
        ("The coach hit back, saying Monday his players would stay.",
         [("Monday", "1998-03-09", "1998-03-09")]),
        # after "that", the day is the one of what is said
        ("The firm said that on Tuesday it would reopen the plant.",
         [("Tuesday", "1998-03-17", "1998-03-17")]),
    ],
)  # fmt: skip
def test_a_day_right_after_a_reporting_participle(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A survey of 900 likely voters, conducted from Feb. 2 to Feb. 6, found gains.",
         [("Feb. 2", "1998-02-02", "1998-02-02"), ("Feb. 6", "1998-02-06", "1998-02-06")]),
        ("The poll of 500 likely voters, taken Thursday through Monday, has a wide margin.",
         [("Thursday", "1998-03-05", "1998-03-05"), ("Monday", "1998-03-09", "1998-03-09")]),
        ("That outcome did not grow any more likely on Tuesday.",
         [("Tuesday", "1998-03-10", "1998-03-10")]),
        # still ahead after "to", a copula or "will"
        ("The report will likely be released on Tuesday.",
         [("Tuesday", "1998-03-17", "1998-03-17")]),
        ("A deal is likely on Tuesday.", [("Tuesday", "1998-03-17", "1998-03-17")]),
        ("The bank is likely to cut rates in May.", [("May", "1998-05-01", "1998-05-31")]),
    ],
)  # fmt: skip
def test_likely_before_a_noun_is_an_adjective(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The magazine named the pianist its Musician of the Year in 1990.",
         [("1990", "1990-01-01", "1990-12-31")]),
        # (a year without a cue is no date either: a number)
        ("Fans hope 2001 will be the year the club wins again.", []),
        ("The magazine says 1995 is the year Mr. Olsen joined.", []),
        # the year just named is the one
        ("The sale began in 1994, which is the year Mr. Olsen joined.",
         [("1994", "1994-01-01", "1994-12-31"), ("the year", "1994-01-01", "1994-12-31")]),
        # still the article's year as an adverbial or a subject
        ("The plant will close by the end of the year.",
         [("the year", "1998-01-01", "1998-12-31")]),
        ("For the year it reported a small loss.", [("the year", "1998-01-01", "1998-12-31")]),
    ],
)  # fmt: skip
def test_the_year_as_a_title_or_defined_by_a_clause_is_no_date(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A new USA TODAY poll finds voters split.", []),
        ("The senator told USA TODAY he would run.", []),
        ("But even today, the island runs its budget through one bank.", []),
        # a day still: no comma after "even today", or "today" alone
        ("Even today the rumour weighed on the market.", [("today", "1998-03-11", "1998-03-11")]),
        ("The paper reported TODAY that talks failed.", [("TODAY", "1998-03-11", "1998-03-11")]),
    ],
)  # fmt: skip
def test_usa_today_and_even_today_are_no_day(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Then comes the long-awaited April 19 vote.", [("April 19", "1998-04-19", "1998-04-19")]),
        ("Next is the much-heralded April 19 launch in Ohio.",
         [("April 19", "1998-04-19", "1998-04-19")]),
    ],
)  # fmt: skip
def test_a_compound_adjective_in_ed_is_no_past_verb(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He predicted that neither he nor his rival would reach the party congress in July "
         "with a majority.", [("July", "1998-07-01", "1998-07-31")]),
        # a reply not given is the day's
        ("Neither he nor his aides could be reached on Monday.",
         [("Monday", "1998-03-09", "1998-03-09")]),
        ("None of the bankers would comment on Monday.",
         [("Monday", "1998-03-09", "1998-03-09")]),
    ],
)  # fmt: skip
def test_a_negated_subject_makes_a_reply_past_not_a_forecast(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The group would no longer take gifts should Mrs. Olsen win in November.",
         [("November", "1998-11-01", "1998-11-30")]),
        ("The host will back Gov. Tom Olsen at a rally in Ohio on Saturday.",
         [("Saturday", "1998-03-14", "1998-03-14")]),
        # a reporting verb near the day keeps it the day of the saying
        ("The jet, built in 1991 to seat 200 people, is Mr. Olsen's favourite toy, he said in an "
         "interview on Saturday.",
         [("1991", "1991-01-01", "1991-12-31"), ("Saturday", "1998-03-07", "1998-03-07")]),
    ],
)  # fmt: skip
def test_a_title_before_a_name_ends_no_sentence(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Tuesday, Sen. Olsen will visit Ohio.", [("Tuesday", "1998-03-17", "1998-03-17")]),
        ("In June, Mr. Olsen will retire.", [("June", "1998-06-01", "1998-06-30")]),
    ],
)  # fmt: skip
def test_a_title_after_the_date_ends_no_sentence(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # short past forms the -ed test leaves out
        ("The actress, who died Sunday at 88, will be missed.",
         [("Sunday", "1998-03-08", "1998-03-08")]),
        ("It was a line he used in Sunday's debate.", [("Sunday", "1998-03-08", "1998-03-08")]),
        # "plan" after a form in -ing is a noun
        ("The mayor, who announced a $5 billion road spending plan on Monday, plans to travel.",
         [("Monday", "1998-03-09", "1998-03-09")]),
        ("The group changed its advertising plans after the poor showing on Monday.",
         [("Monday", "1998-03-09", "1998-03-09")]),
    ],
)  # fmt: skip
def test_short_past_forms_and_plans_after_a_gerund(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The deals were hammered out beginning on Sunday at the hotel.",
         [("Sunday", "1998-03-08", "1998-03-08")]),
        ("The candidate took to the airwaves starting Monday night.",
         [("Monday night", "1998-03-09", "1998-03-09")]),
        # a passive or a future before it: to come
        ("The plants will be closed for a week starting Monday.",
         [("Monday", "1998-03-16", "1998-03-16")]),
        ("The firm said it would cut prices starting Monday.",
         [("Monday", "1998-03-16", "1998-03-16")]),
    ],
)  # fmt: skip
def test_beginning_after_a_past_verb_is_past(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "votes" is a noun before a passive: no past (written in February)
        ("Hoping to last until their states' votes are tallied March 15, the rivals raise cash.",
         [("March 15", "1998-03-15", "1998-03-15")]),
        # still a noun before an active past form
        ("Housing starts fell 2.7 pct in May.", [("May", "1997-05-01", "1997-05-31")]),
    ],
)  # fmt: skip
def test_a_plural_noun_before_a_passive_is_no_past(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, D(1998, 2, 17)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The stock rose to a high for the year of $42 a share in February.",
         [("the year", "1998-01-01", "1998-12-31"), ("February", "1998-02-01", "1998-02-28")]),
        # "the year of" a name stays out
        ("It was the year of the tiger.", []),
    ],
)  # fmt: skip
def test_the_year_of_a_sum(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He worries the senator would have trouble winning in the fall.",
         [("the fall", "1998-09-01", "1998-11-30")]),
        ("The dispute could have big consequences in November.",
         [("November", "1998-11-01", "1998-11-30")]),
        # a perfect reports the past
        ("The leak could have emerged in May.", [("May", "1997-05-01", "1997-05-31")]),
        ("He did not do the damage that he could have Tuesday.",
         [("Tuesday", "1998-03-10", "1998-03-10")]),
    ],
)  # fmt: skip
def test_modal_have_without_a_participle_is_no_perfect(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Feb. 13 death of the judge left the court split.",
         [("Feb. 13", "1998-02-13", "1998-02-13")]),
        ("The Jan. 30 bombing of the embassy shocked the city.",
         [("Jan. 30", "1998-01-30", "1998-01-30")]),
        # a planned event: the nearest still
        ("Both parties are spending heavily before the Nov. 3 election.",
         [("Nov. 3", "1998-11-03", "1998-11-03")]),
    ],
)  # fmt: skip
def test_a_day_that_dates_an_event_that_only_happens_is_past(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, D(1998, 9, 23)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # written in December: the nearest May 11 is the coming one, but the verb is past
        ("Her schedule included a May 11 speech in Ohio.",
         [("May 11", "1997-05-11", "1997-05-11")]),
        ("Critics blamed the Sept. 11-12 drop on program trading.",
         [("Sept. 11-12", "1997-09-11", "1997-09-12")]),
        # a verb whose object may lie ahead: the nearest
        ("The board postponed the May 11 meeting.", [("May 11", "1998-05-11", "1998-05-11")]),
    ],
)  # fmt: skip
def test_a_day_a_noun_is_known_by_after_a_past_verb(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, D(1997, 12, 15)) == expected


def test_election_day_alone_is_the_coming_one() -> None:
    # written in March: the one in November, not last November's
    assert found("Both parties are busy working back from Election Day.", WED) == [
        ("Election Day", "1998-11-03", "1998-11-03")
    ]
    # weeks after it: the one just held
    assert found("Turnout on Election Day surprised both parties.", D(1998, 11, 20)) == [
        ("Election Day", "1998-11-03", "1998-11-03")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("After this fall in prices, the indicators slipped.", []),
        ("Output recorded a fall of 3 pct in January.", [("January", "1998-01-01", "1998-01-31")]),
        # a season still
        ("The bill comes up this fall in the Senate.", [("this fall", "1998-09-01", "1998-11-30")]),
    ],
)  # fmt: skip
def test_a_fall_in_something_is_a_drop(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The board met at noon on the last Friday in August.",
         [("August", "1997-08-01", "1997-08-31")]),
        ("Options expire on the third Friday of every month.", []),
        ("Labor Day falls on the first Monday in September.",
         [("Labor Day", "1997-09-01", "1997-09-01"), ("September", "1997-09-01", "1997-09-30")]),
    ],
)  # fmt: skip
def test_an_ordinal_weekday_is_no_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # written on a Friday: the clause says which way
        ("The governor is hoping to win the state this Tuesday.",
         [("this Tuesday", "1998-03-17", "1998-03-17")]),
        ("The governor won the state this Tuesday.",
         [("this Tuesday", "1998-03-10", "1998-03-10")]),
        # else the base's week
        ("Interest in the vote this Tuesday is high.",
         [("this Tuesday", "1998-03-10", "1998-03-10")]),
    ],
)  # fmt: skip
def test_this_weekday_follows_the_tense(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, D(1998, 3, 13)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # written in March: a planned event in a month at most six months on is the coming one
        ("Aides drafted the platform for the party convention in July.",
         [("July", "1998-07-01", "1998-07-31")]),
        ("The senator is up for re-election in August.",
         [("August", "1998-08-01", "1998-08-31")]),
        ("Aides drafted the platform for the party convention in October.",
         [("October", "1997-10-01", "1997-10-31")]),
        # further on (above), or no planned event: the month before
        ("The museum reopened after a flood in July.", [("July", "1997-07-01", "1997-07-31")]),
    ],
)  # fmt: skip
def test_a_planned_event_in_a_month_is_the_coming_one(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # written in March: "plans" ends the object of a past verb, a noun
        ("The president revised his withdrawal plans in October, aides said.",
         [("October", "1997-10-01", "1997-10-31")]),
        # a verb still after a subject
        ("Its unit plans to sell the plant in October.", [("October", "1998-10-01", "1998-10-31")]),
    ],
)  # fmt: skip
def test_plans_as_the_object_of_a_past_verb(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a present that announces, five words before the day
        ("Voters go to the polls on Sunday.", [("Sunday", "1998-03-15", "1998-03-15")]),
        ("The negotiations resume in New York on Friday.",
         [("Friday", "1998-03-13", "1998-03-13")]),
        # still a perfect, or a plan seen from the past
        ("The ship is reported to have run aground near the port on Monday.",
         [("Monday", "1998-03-09", "1998-03-09")]),
        ("The envoy was to arrive at the palace on Monday.",
         [("Monday", "1998-03-09", "1998-03-09")]),
    ],
)  # fmt: skip
def test_a_schedule_verb_a_few_words_before(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The storm will hit Thursday.", [("Thursday", "1998-03-12", "1998-03-12")]),
        ("The storm is expected to hit the coast Friday.",
         [("Friday", "1998-03-13", "1998-03-13")]),
        ("Officials will set Friday as the deadline.", [("Friday", "1998-03-13", "1998-03-13")]),
        # the past form still dates it
        ("The storm hit Monday.", [("Monday", "1998-03-09", "1998-03-09")]),
    ],
)  # fmt: skip
def test_a_base_form_after_a_modal_is_no_past(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dated a day late: "later Tuesday" is no Tuesday a week on
        ("He may face a hostile crowd when he speaks later Tuesday.",
         [("Tuesday", "1998-03-10", "1998-03-10")]),
        ("The minister will speak later Thursday.", [("Thursday", "1998-03-12", "1998-03-12")]),
    ],
)  # fmt: skip
def test_later_weekday_is_the_nearest(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pronoun before "plan" is its subject: a verb
        ("Critics said that they plan to join the protest of the visit Monday.",
         [("Monday", "1998-03-16", "1998-03-16")]),
        # a future perfect is still to come
        ("By the time the tour is over on Monday, we will have seen ten cities.",
         [("Monday", "1998-03-16", "1998-03-16")]),
        # a modal perfect is past
        ("The leak could have started on Monday.", [("Monday", "1998-03-09", "1998-03-09")]),
    ],
)  # fmt: skip
def test_plan_after_a_pronoun_and_the_future_perfect(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, WED) == expected


def test_the_sept_11_attacks() -> None:
    text = "Security tightened after the Sept. 11 attacks."
    assert found(text, D(2013, 3, 20)) == [("Sept. 11", "2001-09-11", "2001-09-11")]
    for named in ("the Sept. 11 mastermind", "families of Sept. 11 victims", "Sept. 11 conspiracy"):
        assert found(f"Lawyers for {named} spoke.", D(2013, 3, 20)) == [
            ("Sept. 11", "2001-09-11", "2001-09-11")
        ]
    # before them, or without the attacks: a September 11 like any other
    assert found(text, WED) == [("Sept. 11", "1997-09-11", "1997-09-11")]
    assert found("The vote is set for Sept. 11.", D(2013, 3, 20)) == [
        ("Sept. 11", "2013-09-11", "2013-09-11")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the nineteen-nineties, growth was strong.",
         [("nineteen-nineties", "1990-01-01", "1999-12-31")]),
        ("Protests spread in the late nineteen sixties.",
         [("late nineteen sixties", "1960-01-01", "1969-12-31")]),
    ],
)  # fmt: skip
def test_a_spelled_decade_with_its_century(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, D(2013, 3, 20)) == expected


def test_a_half_of_the_year_is_this_years() -> None:
    # written in late December: this year's, not the coming one
    assert found("It is a change from the first half of the year.", D(1998, 12, 22)) == [
        ("the first half", "1998-01-01", "1998-06-30"),
        ("the year", "1998-01-01", "1998-12-31"),
    ]


def test_a_half_of_the_year_not_over_in_a_past_clause_is_last_years() -> None:
    assert found("They did better in the second half of the year.", WED) == [
        ("the second half", "1997-07-01", "1997-12-31"),
        ("the year", "1998-01-01", "1998-12-31"),
    ]


def test_a_possessive_day_before_a_figure_is_past() -> None:
    # written on a Tuesday: Friday's turnover is known, so Friday is over
    text = "Turnover was 657 mln dlrs against Friday's 694 mln."
    assert found(text, D(1998, 3, 10)) == [("Friday", "1998-03-06", "1998-03-06")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The relatives have until 9 a.m. Friday to sign the paper.",
         [("Friday", "1998-03-13", "1998-03-13")]),
        ("The envoy will leave at dawn (4 a.m. EDT Thursday), an aide said.",
         [("Thursday", "1998-03-12", "1998-03-12")]),
        ("A woman was killed at 10 p.m. Monday; talks broke off at noon Tuesday.",
         [("Monday", "1998-03-09", "1998-03-09"), ("Tuesday", "1998-03-10", "1998-03-10")]),
        ("The offer expires at 5 p.m. EST Nov. 9.", [("Nov. 9", "1998-11-09", "1998-11-09")]),
        ("Trading resumes at 9:30 a.m. Monday.", [("Monday", "1998-03-16", "1998-03-16")]),
    ],
)  # fmt: skip
def test_a_day_given_with_a_clock_time_is_that_day(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The firm expects to finish the merger by year-end.",
         [("year-end", "1998-12-31", "1998-12-31")]),
        ("New rules must be in force before the year's end.",
         [("the year's end", "1998-12-31", "1998-12-31")]),
        # approximately: December
        ("The sale should close around year end.", [("year end", "1998-12-01", "1998-12-31")]),
        ("Rates should ease toward year-end 1999.",
         [("year-end 1999", "1999-12-01", "1999-12-31")]),
        # a balance struck, or a past clause: the last year-end
        ("The index figure shows the change since year-end.",
         [("year-end", "1997-12-31", "1997-12-31")]),
        ("Its cash was 40 mln dlrs at year end.", [("year end", "1997-12-31", "1997-12-31")]),
        ("The new plant will open at year-end.", [("year-end", "1998-12-31", "1998-12-31")]),
        # labels and fiscal years; a year named with it is that year's
        ("Year-end bonuses were cut.", []),
        ("The bank paid its year-end dividend.", []),
        ("Its fiscal year end has moved.", []),
        ("Debt was 9 mln dlrs at year-end 1996.",
         [("year-end 1996", "1996-12-31", "1996-12-31")]),
        ("Debt was 9 mln dlrs at year end 1996.", [("year end 1996", "1996-12-31", "1996-12-31")]),
        ("Assets were 3 mln dlrs at 1996 year end.",
         [("1996 year end", "1996-12-31", "1996-12-31")]),
    ],
)  # fmt: skip
def test_year_end_is_december_31(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brokers had expected 1999 Acme earnings to double.",
         [("1999", "1999-01-01", "1999-12-31")]),
        ("The minister put 1998 GDP growth at two pct.", [("1998", "1998-01-01", "1998-12-31")]),
        ("A tariff cut may lift 1998 U.S. Corn exports.", [("1998", "1998-01-01", "1998-12-31")]),
        # quantities, models and labels name no figure the year dates
        ("The fund sold 1990 IBM shares.", []),
        ("The dealer priced 1997 Stanza sedans lower.", []),
        ("Brokers expect 1998 Acme Inc to merge.", []),
    ],
)  # fmt: skip
def test_a_year_before_a_name_and_its_figure(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Late in the day, the bonds were quoted at par.",
         [("Late in the day", "1998-03-11", "1998-03-11")]),
        # the day the passage named before
        ("The talks opened on Monday. Earlier in the day, the envoy landed.",
         [("Monday", "1998-03-09", "1998-03-09"),
          ("Earlier in the day", "1998-03-09", "1998-03-09")]),
        # the idiom: too late, no day
        ("It is rather late in the day to change the rules.", []),
    ],
)  # fmt: skip
def test_earlier_in_the_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A week or so ago, the ferry stopped running.",
         [("A week or so ago", "1998-03-02", "1998-03-08")]),
        ("Just a year or so ago, such loans were rare.",
         [("a year or so ago", "1997-01-01", "1997-12-31")]),
    ],
)  # fmt: skip
def test_or_so_ago(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "base", "expected"),
    [
        # Easter 2000 fell on April 23: the week that ends on it
        ("Choirs rehearsed as Easter week began.", D(2000, 4, 17),
         [("Easter week", "2000-04-17", "2000-04-23")]),
        ("Hotels fill up during Holy Week.", D(2013, 3, 14),
         [("Holy Week", "2013-03-25", "2013-03-31")]),
        ("Pilgrims came for Holy Week 1999.", WED,
         [("Holy Week 1999", "1999-03-29", "1999-04-04")]),
        # not Easter week: the holiday's weekend
        ("Shops shut for the long Easter weekend.", WED,
         [("Easter weekend", "1998-04-11", "1998-04-12")]),
    ],
)  # fmt: skip
def test_holy_week(text: str, base: dt.date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, base) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Losses will last through the first two quarters of 1999.",
         [("the first two quarters of 1999", "1999-01-01", "1999-06-30")]),
        ("Margins will widen in the final two quarters of 1998.",
         [("the final two quarters of 1998", "1998-07-01", "1998-12-31")]),
        ("Costs will rise in the first two quarters of the year.",
         [("the first two quarters", "1998-01-01", "1998-06-30"),
          ("the year", "1998-01-01", "1998-12-31")]),
        # without a year, the latest two (a duration), or a game's
        ("Margins narrowed in the last two quarters.", []),
        ("The visitors were held scoreless through the first two quarters.", []),
    ],
)  # fmt: skip
def test_two_quarters_are_a_half(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The visitors were held scoreless in the first half.", []),
        ("Okafor scored twice in the second half as the Rovers won 3-1.", []),
        ("The Hawks led 14-3 and added a field goal in the third quarter.", []),
        # a year makes it a date again
        ("The club scored record revenue in the first half of 1997.",
         [("the first half of 1997", "1997-01-01", "1997-06-30")]),
    ],
)  # fmt: skip
def test_a_games_halves_are_no_dates(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


MAR5 = D(1987, 3, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a payment or maturity the present tense announces is to come
        ("The bond pays interest on November 5.", [("November 5", "1987-11-05", "1987-11-05")]),
        ("The notes mature on November 5.", [("November 5", "1987-11-05", "1987-11-05")]),
        ("The notes matured on November 5.", [("November 5", "1986-11-05", "1986-11-05")]),
        # a yearly day that begins in a year named after it
        ("Investors pay for the bond on May 5, 1987 and it pays annual interest on November 5, "
         "beginning in 1988.",
         [("May 5, 1987", "1987-05-05", "1987-05-05"), ("November 5", "1988-11-05", "1988-11-05"),
          ("1988", "1988-01-01", "1988-12-31")]),
        # "this" with a day: the base's year
        ("It must ship the grain by this September 30.",
         [("September 30", "1987-09-30", "1987-09-30")]),
        # a deadline no past verb dates is ahead
        ("Members promise to try to agree on quotas before September 30.",
         [("September 30", "1987-09-30", "1987-09-30")]),
        ("The wheat must be shipped from U.S. ports by September 30.",
         [("September 30", "1987-09-30", "1987-09-30")]),
        ("Stocks had fallen by September 30.", [("September 30", "1986-09-30", "1986-09-30")]),
        # ... and one a past verb reports may still be open: the nearest
        ("The bank amended its plan, which asked lawyers for comments by March 31.",
         [("March 31", "1987-03-31", "1987-03-31")]),
        ("Holders may convert the notes if surrendered by April 23.",
         [("April 23", "1987-04-23", "1987-04-23")]),
        ("Cuts would lower rates by 8 pct, with 7 pct cut by April 1.",
         [("April 1", "1987-04-01", "1987-04-01")]),
        ("Growers had harvested most of the cane by February 20.",
         [("February 20", "1987-02-20", "1987-02-20")]),
        # a past clause may tell of a day up to five weeks on, but not a period's end
        ("Miners had been offered a paid holiday on April 1.",
         [("April 1", "1987-04-01", "1987-04-01")]),
        ("The meeting had been postponed from its original date of April 2.",
         [("April 2", "1987-04-02", "1987-04-02")]),
        ("The mill was bought on April 20.", [("April 20", "1986-04-20", "1986-04-20")]),
        ("The mill was closed last March 20.", [("March 20", "1986-03-20", "1986-03-20")]),
        ("The mill has been closed since March 30.",
         [("March 30", "1986-03-30", "1986-03-30")]),
        ("For the fiscal year ended March 31, the firm reported revenues of 14.8 mln dlrs.",
         [("March 31", "1986-03-31", "1986-03-31")]),
        # "up to" a day is a deadline too, unless a past verb makes it a total
        ("Members back a pledge to negotiate up to September 30 a new way to share quotas.",
         [("September 30", "1987-09-30", "1987-09-30")]),
        ("Farmers had sold 900 tonnes up to September 30.",
         [("September 30", "1986-09-30", "1986-09-30")]),
        ("Up to September 30, farmers sold 900 tonnes.",
         [("September 30", "1986-09-30", "1986-09-30")]),
    ],
)  # fmt: skip
def test_a_day_the_clause_does_not_put_back(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, MAR5) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range that begins ahead runs forward
        ("The maize is for delivery between May 10 and October 10.",
         [("May 10", "1987-05-10", "1987-05-10"), ("October 10", "1987-10-10", "1987-10-10")]),
        ("The price holds for the period July one to December 31.",
         [("July one", "1987-07-01", "1987-07-01"), ("December 31", "1987-12-31", "1987-12-31")]),
        # one that began by the base may be a period reported, over before it
        ("Slaughter from March 5 through February 27 was 1.2 mln head.",
         [("March 5", "1987-03-05", "1987-03-05"), ("February 27", "1987-02-27", "1987-02-27")]),
        # a list may run back
        ("Ships arrive on May 10 and March 20.",
         [("May 10", "1987-05-10", "1987-05-10"), ("March 20", "1987-03-20", "1987-03-20")]),
    ],
)  # fmt: skip
def test_a_range_of_days_runs_forward(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, MAR5) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lower-case spelled day before a verb or a determiner still ends the date
        ("Sales for the five weeks ended April four were up 6 pct.",
         [("April four", "1987-04-04", "1987-04-04")]),
        ("Revenues in the quarter ended March two increased.",
         [("the quarter", "1987-01-01", "1987-03-31"), ("March two", "1987-03-02", "1987-03-02")]),
        ("It called for redemption on May four all its debentures.",
         [("May four", "1987-05-04", "1987-05-04")]),
        ("He left the firm on November six last year.",
         [("November six last year", "1986-11-06", "1986-11-06")]),
        # not before a noun: "one analyst"
        ("In May one analyst said prices would fall.", [("May", "1987-05-01", "1987-05-31")]),
        # a line of a wire table ends it ("Pay April one" / "Record March 20"), not a line
        # wrapped in a sentence
        ("Qtly div 10 cts vs 10 cts prior\nPay April one\nRecord March 20",
         [("April one", "1987-04-01", "1987-04-01"), ("March 20", "1987-03-20", "1987-03-20")]),
        ("In May one\nanalyst said prices would fall.", [("May", "1987-05-01", "1987-05-31")]),
    ],
)  # fmt: skip
def test_a_spelled_day_before_a_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, D(1987, 4, 9)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "it is the Nth day of ...": the base
        ("It's the second day of an offensive by the army.",
         [("the second day", "1998-03-11", "1998-03-11")]),
        ("Today is the eighth day of the blockade.",
         [("Today", "1998-03-11", "1998-03-11"), ("the eighth day", "1998-03-11", "1998-03-11")]),
        ("This is the third day running that prices fell.",
         [("the third day", "1998-03-11", "1998-03-11")]),
        # another subject or tense: no date
        ("Monday was the third day of the strike.", [("Monday", "1998-03-09", "1998-03-09")]),
        ("Rain fell on the third day of the match.", []),
    ],
)  # fmt: skip
def test_the_nth_day_of_an_event_today(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Growth will slow this year and next.",
         [("this year", "1998-01-01", "1998-12-31"), ("next", "1999-01-01", "1999-12-31")]),
        ("Easter is three weeks later this year than last.",
         [("later this year", "1998-01-01", "1998-12-31"), ("last", "1997-01-01", "1997-12-31")]),
        ("Prices may fall this week or next.",
         [("this week", "1998-03-09", "1998-03-15"), ("next", "1998-03-16", "1998-03-22")]),
        # the unit is there, or "last" is the verb
        ("Output rose this year and next year it will fall.",
         [("this year", "1998-01-01", "1998-12-31"), ("next year", "1999-01-01", "1999-12-31")]),
        ("The debate opens this week and last at least a month.",
         [("this week", "1998-03-09", "1998-03-15")]),
    ],
)  # fmt: skip
def test_a_unit_left_out_after_this(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "following" without "the" is "after": the weekday is read as usual
        ("Following Wednesday's leak, she quit.", [("Wednesday", "1998-03-11", "1998-03-11")]),
        ("Gold fell following Monday's price drop.", [("Monday", "1998-03-09", "1998-03-09")]),
        # whatever the length of the word before "following"
        ("They feared a recession following Monday's price drop.",
         [("Monday", "1998-03-09", "1998-03-09")]),
        # "the following Monday" counts from the day the passage named
        ("He arrived on March 3 and left the following Monday.",
         [("March 3", "1998-03-03", "1998-03-03"), ("Monday", "1998-03-09", "1998-03-09")]),
    ],
)  # fmt: skip
def test_following_a_weekday_without_the(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "that" opening a clause is no determiner of a duration
        ("Dealers said that last week a big trade was done.",
         [("last week", "1998-03-02", "1998-03-08")]),
        ("He warned that last year's deal was a mistake.",
         [("last year", "1997-01-01", "1997-12-31")]),
        # "the next week" is still a duration
        ("Talks are due over the next week.", []),
    ],
)  # fmt: skip
def test_that_before_last_week_opens_a_clause(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "of" after "this month" may be its noun's: "a deficit this year of five billion"
        ("The bloc faces a deficit this year of five billion dlrs.",
         [("this year", "1998-01-01", "1998-12-31")]),
        ("The release this month of 600 mln dlrs of payments helped.",
         [("this month", "1998-03-01", "1998-03-31")]),
        ("It followed the conviction last month of an employee.",
         [("last month", "1998-02-01", "1998-02-28")]),
        # but "last week of March" is part of a longer time, and "the last week of the
        # campaign" a duration
        ("Sales rose in the last week of March.",
         [("last week of March", "1998-03-25", "1998-03-31")]),
        ("It happened in the last week of the campaign.", []),
    ],
)  # fmt: skip
def test_of_after_this_year_may_be_the_nouns(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range of years: every year of it, not its first
        ("Israel drew up a five-year plan for 1987-1991.",
         [("1987-1991", "1987-01-01", "1991-12-31")]),
        ("She was secretary of state from 2009-2013.", [("2009-2013", "2009-01-01", "2013-12-31")]),
        ("Most of the rescheduling falls during 1994 - 1998.",
         [("1994 - 1998", "1994-01-01", "1998-12-31")]),
        # a second year that runs back or far is no end of it
        ("Output in 1990-1985 was flat.", [("1990", "1990-01-01", "1990-12-31")]),
    ],
)  # fmt: skip
def test_a_range_of_years(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an election event before "of" and a year
        ("Turnout beat the primary of 2012 and the Democratic convention of 1964.",
         [("2012", "2012-01-01", "2012-12-31"), ("1964", "1964-01-01", "1964-12-31")]),
        ("Her campaign of 2008 started it.", [("2008", "2008-01-01", "2008-12-31")]),
        # a capitalised one is a name
        ("Liability is set by the Athens Convention of 1974.", []),
    ],
)  # fmt: skip
def test_an_election_event_of_a_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "from now" and "hence" count forward as "ago" counts back
        ("Two weeks from now, the vote will be held.",
         [("Two weeks from now", "1998-03-23", "1998-03-29")]),
        ("A year from now rates will rise.", [("A year from now", "1999-01-01", "1999-12-31")]),
        ("The law stays in force for 50 years hence.",
         [("50 years hence", "2048-01-01", "2048-12-31")]),
        ("It may change a decade from now.", [("a decade from now", "2008-01-01", "2008-12-31")]),
    ],
)  # fmt: skip
def test_from_now_counts_forward(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the decade of the base, or of the year the passage named
        ("Output will double by the end of the decade.",
         [("the decade", "1990-01-01", "1999-12-31")]),
        ("The plan began in 1983 and failed before the end of the decade.",
         [("1983", "1983-01-01", "1983-12-31"), ("the decade", "1980-01-01", "1989-12-31")]),
        ("Debts grew since the beginning of the decade.",
         [("the decade", "1990-01-01", "1999-12-31")]),
    ],
)  # fmt: skip
def test_the_end_of_the_decade(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an owner's weekday before a capitalised noun dates the noun
        ("In his Sunday Mass, the cardinal condemned the killing.",
         [("Sunday", "1998-03-08", "1998-03-08")]),
        # and the day a reporting verb gives before a name opening what was said
        ("The State Department said Friday Iran had been told.",
         [("Friday", "1998-03-06", "1998-03-06")]),
        # not a paper named for its day, nor a name without an owner or a time word
        ("He said so in his Sunday Times column.", []),
        ("Ferries leave Friday Harbor at noon.", []),
    ],
)  # fmt: skip
def test_an_owners_or_a_sayings_weekday_before_a_capitalised_word(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, WED) == expected


def test_a_long_name_after_a_weekday_counts_as_one_word_before_its_verb() -> None:
    # the verb after the subject's name and title says the day is to come
    text = "He said that on Thursday Deputy Trade Representative Michael Smith would meet them."
    assert found(text, WED) == [("Thursday", "1998-03-12", "1998-03-12")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "each" before "last month" is a price's, not a recurring month
        ("It sold shares at one dlr each last month.",
         [("last month", "1998-02-01", "1998-02-28")]),
        ("Bales weigh 375 pounds each. Last year's crop was small.",
         [("Last year", "1997-01-01", "1997-12-31")]),
        # "the next month" is a duration
        ("Rates may fall over the next month.", []),
    ],
)  # fmt: skip
def test_each_before_last_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "of" before a day's possessive, "as of" and a part of the day are that day
        ("Traders awaited the outcome of today's tender.", [("today", "1998-03-11", "1998-03-11")]),
        ("Shares sold as of yesterday rose.", [("yesterday", "1998-03-10", "1998-03-10")]),
        ("A blast in the early hours of yesterday hit the plant.",
         [("yesterday", "1998-03-10", "1998-03-10")]),
        # a share of a kind of thing now, or the people of tomorrow, is no day
        ("Many of today's computers use the chip.", []),
        ("The people of tomorrow will judge.", []),
    ],
)  # fmt: skip
def test_of_before_today(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Since he fled fourteen months ago, smuggling grew.",
         [("fourteen months ago", "1997-01-01", "1997-01-31")]),
        ("The plant opened forty years ago.", [("forty years ago", "1958-01-01", "1958-12-31")]),
        ("The mill shut in 1980; fifteen years earlier it had 5,000 workers.",
         [("1980", "1980-01-01", "1980-12-31"),
          ("fifteen years earlier", "1965-01-01", "1965-12-31")]),
    ],
)  # fmt: skip
def test_a_spelled_count_up_to_ninety_before_ago(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Senate will vote by the end of the summer.",
         [("end of the summer", "1998-06-01", "1998-08-31")]),
        ("Tests begin by the beginning of summer.",
         [("the beginning of summer", "1998-06-01", "1998-08-31")]),
        ("It had a late spring.", []),
    ],
)  # fmt: skip
def test_the_end_of_a_season(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the seven days before a week named by its last day
        ("Loadings rose in the week ended March 7 from the previous week.",
         [("March 7", "1998-03-07", "1998-03-07"),
          ("the previous week", "1998-02-22", "1998-02-28")]),
        # a calendar week from a day
        ("He arrived on March 3 and left the following week.",
         [("March 3", "1998-03-03", "1998-03-03"),
          ("the following week", "1998-03-09", "1998-03-15")]),
        # no day named: no week; "the next week" is a duration
        ("That was up from 2,900 the previous week.", []),
        ("Rates rose on March 3 and may rise over the next week.",
         [("March 3", "1998-03-03", "1998-03-03")]),
    ],
)  # fmt: skip
def test_the_previous_week(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reporting period's year after "of"
        ("Inflation was 3.8 pct, against 3.6 pct in the same period of 1997.",
         [("1997", "1997-01-01", "1997-12-31")]),
        ("Imports fell from the same month of 1996.", [("1996", "1996-01-01", "1996-12-31")]),
        ("Prices will recover in the third and fourth quarters of 1998.",
         [("1998", "1998-01-01", "1998-12-31")]),
        # still not a name's year
        ("The Tax Reform Act of 1986 took effect.", []),
    ],
)  # fmt: skip
def test_a_periods_year_after_of(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count of days or weeks of a month is that month, and "a year earlier" its own
        ("Exports in the first 20 days of February rose from a year earlier.",
         [("20 days of February", "1998-02-01", "1998-02-28"),
          ("a year earlier", "1997-02-01", "1997-02-28")]),
        ("Output fell in the first three weeks of March.",
         [("three weeks of March", "1998-03-01", "1998-03-31")]),
    ],
)  # fmt: skip
def test_days_of_a_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the month a period runs to
        ("Prices rose 3 pct in the year to February.", [("February", "1998-02-01", "1998-02-28")]),
        ("Output fell in the three months to January, after a rise in the period to December.",
         [("January", "1998-01-01", "1998-01-31"), ("December", "1997-12-01", "1997-12-31")]),
        ("He went to March on the capital.", []),
    ],
)  # fmt: skip
def test_the_month_a_period_runs_to(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ordinal week of a month is seven of its days
        ("Output fell in the first week of March.",
         [("first week of March", "1998-03-01", "1998-03-07")]),
        ("Reserves rose in the third week of February.",
         [("third week of February", "1998-02-15", "1998-02-21")]),
        ("The meeting is set for the last week of April.",
         [("last week of April", "1998-04-24", "1998-04-30")]),
        # other parts of a month stay the month
        ("Prices fell in the first half of March.",
         [("first half of March", "1998-03-01", "1998-03-31")]),
    ],
)  # fmt: skip
def test_an_ordinal_week_of_a_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dash between months is one range, which runs forward: the months between too
        ("Sales rose in January-March.", [("January-March", "1998-01-01", "1998-03-31")]),
        ("Imports in October-February fell.",
         [("October-February", "1997-10-01", "1998-02-28")]),
        # with a year, and with abbreviations, which are no month alone
        ("Gold imports in Jan-Dec, 1986, totaled 15 mln ounces.",
         [("Jan-Dec, 1986", "1986-01-01", "1986-12-31")]),
        ("Output in July-December 1996 fell.",
         [("July-December 1996", "1996-07-01", "1996-12-31")]),
        # across the year end, the last month's year written: the first is of the year before
        ("Imports in Oct-Feb 1997 rose.", [("Oct-Feb 1997", "1996-10-01", "1997-02-28")]),
        ("Imports in October-February 1997 rose.",
         [("October-February 1997", "1996-10-01", "1997-02-28")]),
        # not a list, nor a contract's months
        ("Output fell in June and July 1996.",
         [("June", "1996-06-01", "1996-06-30"), ("July 1996", "1996-07-01", "1996-07-31")]),
        ("It bought wheat for June-July delivery.", []),
        # a slash shares the year the last month gives
        ("Shipments during January/November 1996 rose.",
         [("January", "1996-01-01", "1996-01-31"), ("November 1996", "1996-11-01", "1996-11-30")]),
    ],
)  # fmt: skip
def test_months_joined_by_a_dash_or_a_slash(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count of days or weeks "ago" before a day counts back from that day: one expression
        ("The strike began a week ago Tuesday.",
         [("a week ago Tuesday", "1998-03-03", "1998-03-03")]),
        ("He left two weeks ago today.", [("two weeks ago today", "1998-02-25", "1998-02-25")]),
        ("He left two weeks ago.", [("two weeks ago", "1998-02-23", "1998-03-01")]),
        ("It happened a year ago Sunday.", [("a year ago Sunday", "1997-03-08", "1997-03-08")]),
        # "the two years before" a day is a duration up to it: the day alone
        ("It may open 21 outlets in the two years before March 31, 1999.",
         [("March 31, 1999", "1999-03-31", "1999-03-31")]),
    ],
)  # fmt: skip
def test_a_week_ago_tuesday(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "and I" opens another clause: its "'ll" does not date the day before it
        ("\"I told them that on Tuesday and I'll tell them again next week.\"",
         [("Tuesday", "1998-03-10", "1998-03-10"), ("next week", "1998-03-16", "1998-03-22")]),
        # "last" before "into" is a verb: the modal before decides
        ("The storm would arrive late Friday night and last into Sunday morning.",
         [("Friday night", "1998-03-13", "1998-03-13"),
          ("Sunday morning", "1998-03-15", "1998-03-15")]),
        # a participle after "stay" or "remain" is a state: the word before them decides
        ("Banks will stay closed until Thursday.", [("Thursday", "1998-03-12", "1998-03-12")]),
        ("Banks remain closed until Thursday.", [("Thursday", "1998-03-12", "1998-03-12")]),
        ("Banks remained closed until Monday.", [("Monday", "1998-03-09", "1998-03-09")]),
        ("The deal may close if the terms are agreed by Friday.",
         [("Friday", "1998-03-13", "1998-03-13")]),
        # a perfect infinitive tells what is done
        ("Rebels are reported to have blown up a depot on Monday night.",
         [("Monday night", "1998-03-09", "1998-03-09")]),
        # "for" a weekday that nothing else dates is the nearest one: what it is for may lie ahead
        ("The airline canceled 200 flights for Saturday.",
         [("Saturday", "1998-03-14", "1998-03-14")]),
        ("The airline canceled 200 flights for Monday.", [("Monday", "1998-03-09", "1998-03-09")]),
        # a named day is no weekday of the week ("Super Bowl Sunday" is in late January)
        ("Ads cost more on Super Bowl Sunday.", []),
        # a weekday that opens its sentence before a present "is" is to come
        ("Friday is the deadline for filing.", [("Friday", "1998-03-13", "1998-03-13")]),
        ("Monday, the first day of spring, is the busiest.",
         [("Monday", "1998-03-16", "1998-03-16")]),
        ("Monday was the busiest day.", [("Monday", "1998-03-09", "1998-03-09")]),
        # a base form after "did" is past: "did not return calls" is no schedule
        ("A spokesman did not return calls seeking comment on Tuesday.",
         [("Tuesday", "1998-03-10", "1998-03-10")]),
        ("The firm did not immediately return a call Monday.",
         [("Monday", "1998-03-09", "1998-03-09")]),
        ("The leaders will return to the talks on Monday.",
         [("Monday", "1998-03-16", "1998-03-16")]),
        # an infinitive of keeping looks ahead: the end of the week under way
        ("The firm said it had enough parts to keep its plants running through the end of the "
         "week.", [("the week", "1998-03-09", "1998-03-15")]),
    ],
)  # fmt: skip
def test_a_clause_after_the_weekday_or_a_state_verb(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a few words quoted inside the sentence are of its clause
        ('The mayor said the city would be "open for business" on Thursday.',
         [("Thursday", "1998-03-12", "1998-03-12")]),
        ("The mayor said the city would be “open for business” on Thursday.",
         [("Thursday", "1998-03-12", "1998-03-12")]),
        ("The mayor said the city would be ``open for business'' on Thursday.",
         [("Thursday", "1998-03-12", "1998-03-12")]),
        # a quoted title is no phrase of the clause: its "Meet" is no verb
        ("Khan said on NBC's \"Meet the Press\" on Sunday that the ads were wrong.",
         [("Sunday", "1998-03-08", "1998-03-08")]),
        ("Khan said on NBC's ''Meet the Press'' on Sunday that the ads were wrong.",
         [("Sunday", "1998-03-08", "1998-03-08")]),
        # a quote that runs to the end of the sentence is another clause
        ('The note said the loan must fit "the terms proposed by Brazil on Monday."',
         [("Monday", "1998-03-09", "1998-03-09")]),
        ('"The city will reopen," he said. On Thursday the streets were quiet.',
         [("Thursday", "1998-03-05", "1998-03-05")]),
        # a past form after the day ends what the words after it may say
        ('Prices on Friday fell below the "must buy" level.',
         [("Friday", "1998-03-06", "1998-03-06")]),
    ],
)  # fmt: skip
def test_a_short_quote_inside_a_sentence_is_of_its_clause(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a holiday's weekend is the Saturday and Sunday nearest it
        ("Millions will travel over the Thanksgiving weekend.",
         [("Thanksgiving weekend", "1998-11-28", "1998-11-29")]),
        ("Traffic was heavy over the Memorial Day weekend.",
         [("Memorial Day weekend", "1997-05-24", "1997-05-25")]),
        # Independence Day is the Fourth of July, not another country's
        ("Parades will mark Independence Day.", [("Independence Day", "1998-07-04", "1998-07-04")]),
        ("Israel's Independence Day parade was held.", []),
        ("The Mexican Independence Day parade was held.", []),
        # "a Saturday" alone is any one; not "a Monday news conference", "a Friday afternoon"
        ("The holiday falls on a Saturday this year.",
         [("this year", "1998-01-01", "1998-12-31")]),
        ("He told a Monday news conference that prices rose.",
         [("Monday", "1998-03-09", "1998-03-09")]),
        ("The notes sold well on a Friday afternoon.",
         [("Friday afternoon", "1998-03-06", "1998-03-06")]),
    ],
)  # fmt: skip
def test_holiday_weekends_and_an_indefinite_weekday(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "base", "expected"),
    [
        ("Security has been tight since the 9/11 attacks.", D(2013, 4, 23),
         [("9/11", "2001-09-11", "2001-09-11")]),
        ("He helped the city recover from 9/11.", D(2013, 4, 23),
         [("9/11", "2001-09-11", "2001-09-11")]),
        # not before the attacks, nor part of a longer number
        ("The vote was 9/11 in favour.", WED, []),
        ("Scores of 19/11 and 9/110 were posted.", D(2013, 4, 23), []),
    ],
)  # fmt: skip
def test_nine_eleven_is_the_day_of_the_attacks(
    text: str, base: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, base) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the weekday written before a month-day says its year, whatever the tense
        ("Lawmakers return from their recess on Monday, March 2, to face a deadline.",
         [("Monday, March 2", "1998-03-02", "1998-03-02")]),
        # no year near enough agrees: the tense decides, as without the weekday
        ("The panel will meet on Tuesday, April 2.",
         [("Tuesday, April 2", "1998-04-02", "1998-04-02")]),
    ],
)  # fmt: skip
def test_a_weekday_before_a_month_day_chooses_its_year(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year after "of" and a noun phrase a determiner opens is a mentioned year
        ("Claims may exceed the losses from the storms of 1995.",
         [("1995", "1995-01-01", "1995-12-31")]),
        ("It was the first election since the disputed vote of 2009.",
         [("2009", "2009-01-01", "2009-12-31")]),
        ("Inflation ran at 4 pct during the whole of 1996.",
         [("1996", "1996-01-01", "1996-12-31")]),
        ("It failed in the nearly catastrophic debt ceiling talks of 1995.",
         [("1995", "1995-01-01", "1995-12-31")]),
        # a possessive opens the noun phrase too
        ("He spoke to the university's graduating class of 1996.",
         [("1996", "1996-01-01", "1996-12-31")]),
        # "as of" a year is a time
        ("Debt per graduate was $25,550 as of 1996.", [("1996", "1996-01-01", "1996-12-31")]),
        # a named riot or revolution is dated by its year, as a named crash or war
        ("In the Hard Hat Riot of 1970, workers joined bankers.",
         [("1970", "1970-01-01", "1970-12-31")]),
        # a law's name, a model or an index's base year is none
        ("The offer violates the investment company act of 1940.", []),
        ("It will start production of 1999-model sedans.", []),
        ("Each index is based on the close of 1969 equaling 100.", []),
    ],
)  # fmt: skip
def test_a_year_after_a_noun_and_of(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday's event that only happens, maybe after a modifier, has happened (Saturday:
        # the coming Monday is the nearer)
        ("Police say a second suspect in Monday's marathon bombing is in custody.",
         [("Monday", "1998-03-09", "1998-03-09")]),
        ("Investigators still seek the cause of Monday's fertilizer plant explosion.",
         [("Monday", "1998-03-09", "1998-03-09")]),
        # a planned one may come
        ("Voters are preparing for Monday's election.", [("Monday", "1998-03-16", "1998-03-16")]),
    ],
)  # fmt: skip
def test_a_weekdays_event_has_happened(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, D(1998, 3, 14)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quarter or half after a possessive year is that year's
        ("Profit fell from $2.5 billion in 1996's first half.",
         [("1996's first half", "1996-01-01", "1996-06-30")]),
        ("It was up from 1997's fourth quarter.",
         [("1997's fourth quarter", "1997-10-01", "1997-12-31")]),
        # "since" a year starts a stretch: "the year" after it is the article's
        ("It was the first decline since 1995, and the rest of the year will be hard.",
         [("1995", "1995-01-01", "1995-12-31"), ("the year", "1998-01-01", "1998-12-31")]),
        ("Sales have grown since 1983, the year the notes took hold.",
         [("1983", "1983-01-01", "1983-12-31"), ("the year", "1983-01-01", "1983-12-31")]),
    ],
)  # fmt: skip
def test_a_possessive_years_quarter_and_the_year_after_since(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "as early as" a weekday no verb near it dates is the nearest one, not the last
        ("Forecasters expect rain and snow in the Northeast this weekend, which could cause "
         "delays at airports in New York and Boston as early as Friday.",
         [("this weekend", "1998-03-14", "1998-03-15"), ("Friday", "1998-03-13", "1998-03-13")]),
        ("The first flights were canceled as early as Monday.",
         [("Monday", "1998-03-09", "1998-03-09")]),
    ],
)  # fmt: skip
def test_as_early_as_a_weekday(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year opening the sentence before a comma dates a month alone later in it
        ("In 1996, the typhoon killed more than 1,000 people on the island in December.",
         [("1996", "1996-01-01", "1996-12-31"), ("December", "1996-12-01", "1996-12-31")]),
        ("Two years ago, the campaign began its ads in mid-September.",
         [("Two years ago", "1996-01-01", "1996-12-31"),
          ("mid-September", "1996-09-01", "1996-09-30")]),
        # not a fiscal year, nor a year in the middle of the sentence, nor past its sentence
        ("Sales rose in 1996, and in January they rose 3 pct.",
         [("1996", "1996-01-01", "1996-12-31"), ("January", "1998-01-01", "1998-01-31")]),
        ("In 1996, it grew. In December it shrank.",
         [("1996", "1996-01-01", "1996-12-31"), ("December", "1997-12-01", "1997-12-31")]),
    ],
)  # fmt: skip
def test_a_year_opening_the_sentence_dates_its_months(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the <weekday> before/after" a day is counted from that day, as one expression
        ("Travel will peak on the Wednesday before Christmas.",
         [("Wednesday before Christmas", "1998-12-23", "1998-12-23")]),
        ("The vote is set for the Tuesday after Nov. 1.",
         [("Tuesday after Nov. 1", "1998-11-03", "1998-11-03")]),
        # what follows names no day: the weekday alone, as before
        ("He resigned on the Monday after the election.", [("Monday", "1998-03-09", "1998-03-09")]),
    ],
)  # fmt: skip
def test_a_weekday_before_or_after_a_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the rest of" / "the remainder of" the week, month or decade, as "the end of" it
        ("Schools will remain closed for the rest of the week.",
         [("the week", "1998-03-09", "1998-03-15")]),
        ("The store will be shut for the remainder of the month.",
         [("the month", "1998-03-01", "1998-03-31")]),
        ("No pickup in drilling is likely for the rest of the decade.",
         [("the decade", "1990-01-01", "1999-12-31")]),
    ],
)  # fmt: skip
def test_the_rest_of_the_week(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a winter written with the two years it spans is the one that runs into the second
        ("Only the winter of 1983-84 was wetter.",
         [("the winter of 1983-84", "1983-12-01", "1984-02-29")]),
        # another season with a dashed year is a crop or fiscal year's
        ("The harvest in the summer of 1986-87 was poor.", []),
    ],
)  # fmt: skip
def test_a_winter_of_two_years(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "prior to" a year or month is a time, as "before" it is
        ("Prior to 1996, the firm reported only proven reserves.",
         [("1996", "1996-01-01", "1996-12-31")]),
        ("Prices fell sharply prior to May.",
         [("May", "1997-05-01", "1997-05-31")]),
    ],
)  # fmt: skip
def test_prior_to_a_year_or_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year before "'s" and a level, figure, total or record it dates is mentioned
        ("Output rose 22.7 pct in 1997 from 1996's level.",
         [("1997", "1997-01-01", "1997-12-31"), ("1996", "1996-01-01", "1996-12-31")]),
        ("It expects profit to return to 1995 levels.", [("1995", "1995-01-01", "1995-12-31")]),
        # not a label opening a line of figures
        ("1996's 58 mln dlrs included a gain.", []),
    ],
)  # fmt: skip
def test_a_years_level(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month before a survey, interview, letter, speech or endorsement dates it; one that
        # nothing dates has happened
        ("In a September letter to the network, he asked for a donation.",
         [("September", "1997-09-01", "1997-09-30")]),
        ("The April survey found the mayor leading by seven points.",
         [("April", "1997-04-01", "1997-04-30")]),
        # a debate, hearing or rally is planned: one soon may come
        ("The plan still has to move through a June hearing in a federal court.",
         [("June", "1998-06-01", "1998-06-30")]),
    ],
)  # fmt: skip
def test_a_months_survey_or_letter(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected", "base"),
    [
        # an election's month, maybe after a modifier, is the coming one up to eleven months on
        ("Residents aren't eligible to vote in the November general election.",
         [("November", "1998-11-01", "1998-11-30")], D(1998, 1, 30)),
        ("The party hopes to gain in the November election.",
         [("November", "1998-11-01", "1998-11-30")], D(1998, 3, 4)),
        # a debate or a rally, a few months at most
        ("He was asked during a January debate why he trailed.",
         [("January", "1998-01-01", "1998-01-31")], D(1998, 3, 23)),
    ],
)  # fmt: skip
def test_an_elections_month(text: str, expected: list[tuple[str, str, str]], base: dt.date) -> None:
    assert found(text, base) == expected


@pytest.mark.parametrize(
    ("text", "expected", "base"),
    [
        # "this past week" is the week just over: the last one on a weekday, the base's own on
        # a weekend
        ("This past week, the president signed the bill.",
         [("This past week", "1998-03-02", "1998-03-08")], WED),
        ("This past week, the president signed the bill.",
         [("This past week", "1998-03-09", "1998-03-15")], D(1998, 3, 15)),
        ("This past year was hard.", [], WED),
    ],
)  # fmt: skip
def test_this_past_week(text: str, expected: list[tuple[str, str, str]], base: dt.date) -> None:
    assert found(text, base) == expected


@pytest.mark.parametrize(
    ("text", "base", "expected"),
    [
        # a record day is a cutoff near the article, whatever the tense of the clause
        ("Holders of record on April 27 will be able to vote at the July meeting.",
         D(1987, 6, 19), [("April 27", "1987-04-27", "1987-04-27")]),
        ("The dividend is payable June 2 to shareholders of record as of May 15.",
         D(1987, 4, 20), [("June 2", "1987-06-02", "1987-06-02"),
                          ("May 15", "1987-05-15", "1987-05-15")]),
        ("The mill will make a bonus issue to shareholders registered on May 31.",
         D(1987, 3, 31), [("May 31", "1987-05-31", "1987-05-31")]),
        ("It announced a one-for-four bonus issue to shareholders registered May 1.",
         D(1987, 3, 27), [("May 1", "1987-05-01", "1987-05-01")]),
    ],
)  # fmt: skip
def test_a_record_day_is_the_nearest(
    text: str, base: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, base) == expected


@pytest.mark.parametrize(
    ("text", "base", "expected"),
    [
        # "cut" after a determiner and right before the date is a noun, not a past verb
        ("The analyst expects the rate cut in May or June.", D(1987, 4, 13),
         [("May", "1987-05-01", "1987-05-31"), ("June", "1987-06-01", "1987-06-30")]),
        ("Dealers see the pound rising two cents, forcing a rate cut by Friday.", D(1987, 3, 18),
         [("Friday", "1987-03-20", "1987-03-20")]),
    ],
)  # fmt: skip
def test_a_cut_before_a_date_is_a_noun(
    text: str, base: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, base) == expected


@pytest.mark.parametrize(
    ("text", "base", "expected"),
    [
        # the days or month of a trade's shipment or delivery, after "for", are to come; so are
        # the days joined to them
        ("The oil was for June 20/July 20 shipment at 321 dlrs a tonne.", D(1987, 3, 27),
         [("June 20", "1987-06-20", "1987-06-20"), ("July 20", "1987-07-20", "1987-07-20")]),
        ("A grain house won two contracts for September 1-15 and November 5-20 delivery.",
         D(1987, 3, 27), [("September 1-15", "1987-09-01", "1987-09-15"),
                          ("November 5-20", "1987-11-05", "1987-11-20")]),
        ("Traders could not estimate the volume purchased for April shipping.", D(1987, 3, 11),
         [("April", "1987-04-01", "1987-04-30")]),
    ],
)  # fmt: skip
def test_a_trade_shipment_day_is_to_come(
    text: str, base: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, base) == expected


@pytest.mark.parametrize(
    ("text", "base", "expected"),
    [
        # "effective" dating a change stated: it may have been in force for some weeks
        ("Lawmakers approved interstate banking effective January 1.", D(1987, 3, 19),
         [("January 1", "1987-01-01", "1987-01-01")]),
        ("Effective March 10, the unit merged into its parent.", D(1987, 3, 27),
         [("March 10", "1987-03-10", "1987-03-10")]),
        # but a day further back is next year's, and "will be effective" looks ahead
        ("He will become chairman, effective October 1.", D(1987, 3, 28),
         [("October 1", "1987-10-01", "1987-10-01")]),
        ("The new rate will be effective January 1.", D(1987, 3, 19),
         [("January 1", "1988-01-01", "1988-01-01")]),
        # so may the start of what runs on from a day "starting" or "beginning" it
        ("The cartel agreed in December to cut output and to return to fixed prices starting "
         "February 1.", D(1987, 3, 5),
         [("December", "1986-12-01", "1986-12-31"), ("February 1", "1987-02-01", "1987-02-01")]),
        ("Its budget for the fiscal year beginning March One is 330 mln dlrs.", D(1987, 3, 20),
         [("the fiscal year", "1987-01-01", "1987-12-31"),
          ("March One", "1987-03-01", "1987-03-01")]),
        ("Prices will rise starting July 1.", D(1987, 3, 20),
         [("July 1", "1987-07-01", "1987-07-01")]),
    ],
)  # fmt: skip
def test_an_effective_day_may_have_passed(
    text: str, base: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, base) == expected


@pytest.mark.parametrize(
    ("text", "base", "expected"),
    [
        # "until" earlier in the clause does not put a date ahead: the verb before it decides
        ("Many orders were not placed until after 3 p.m. on Dec 19.", D(1987, 3, 12),
         [("Dec 19", "1986-12-19", "1986-12-19")]),
        ("He was a vice president until his suspension on April 16.", D(1987, 6, 18),
         [("April 16", "1987-04-16", "1987-04-16")]),
        # unless a negated modal or "give" makes what follows it awaited
        ("The plant could not proceed until a final ruling on May 7.", D(1987, 3, 17),
         [("May 7", "1987-05-07", "1987-05-07")]),
        ("The institute has given shippers until close of business on Thursday to reply.",
         D(1987, 10, 20), [("Thursday", "1987-10-22", "1987-10-22")]),
    ],
)  # fmt: skip
def test_until_before_a_date_is_no_future_by_itself(
    text: str, base: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, base) == expected


def test_accrued_names_a_noun_and_is_no_past_verb() -> None:
    text = "The shares will be redeemed for 100 dlrs plus dividends accrued through June eight."
    assert found(text, D(1987, 4, 7)) == [("June eight", "1987-06-08", "1987-06-08")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle with its agent names a noun by an act done then, whatever comes after
        ("Japan must heed a report issued by a government advisory body in December.",
         [("December", "1986-12-01", "1986-12-31")]),
        ("A lockout imposed by the company December 14 would be lifted.",
         [("December 14", "1986-12-14", "1986-12-14")]),
        # not when the date's own "for" points past the act, nor after "be"
        ("A meeting called by the chairman for May 5 will vote on it.",
         [("May 5", "1987-05-05", "1987-05-05")]),
        ("The plan will be approved by the board in May.", [("May", "1987-05-01", "1987-05-31")]),
    ],
)  # fmt: skip
def test_a_participle_and_its_agent_date_a_past_act(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, D(1987, 3, 11)) == expected


@pytest.mark.parametrize(
    ("text", "base", "expected"),
    [
        # a day a split year ends on is in its second year
        ("Exports rose in the 1986/87 cocoa year ending September 30.", D(1987, 10, 20),
         [("September 30", "1987-09-30", "1987-09-30")]),
        ("The deficit for fiscal 1987/88 ending June 30 must be cut.", D(1987, 3, 30),
         [("June 30", "1988-06-30", "1988-06-30")]),
        ("In fiscal 1985/86, which ended March 31, imports fell.", D(1987, 3, 26),
         [("March 31", "1986-03-31", "1986-03-31")]),
        ("Sales in 1999/00 ending June 30 rose.", D(1999, 8, 2),
         [("June 30", "2000-06-30", "2000-06-30")]),
        # not a split year that names something else
        ("Nothing blocks the 1987/88 budget within the current year ending March 31.",
         D(1987, 3, 18), [("the current year", "1987-01-01", "1987-12-31"),
                          ("March 31", "1987-03-31", "1987-03-31")]),
    ],
)  # fmt: skip
def test_a_split_year_ending_on_a_day(
    text: str, base: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, base) == expected


def test_a_years_bounds_in_brackets_are_no_days() -> None:
    text = "Quotas before the end of the current 1986/87 coffee year (Oct 1/Sept 30) seem unlikely."
    assert found(text, D(1987, 4, 1)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month's planned event after its possessive is the coming one, as "the November
        # election" is
        ("The party is poised to take on the governor in November's general election.",
         [("November", "2016-11-01", "2016-11-30")]),
        ("The conventions propel the party toward November's election.",
         [("November", "2016-11-01", "2016-11-30")]),
        # one that happened is past
        ("March's election gave the party a majority.", [("March", "2016-03-01", "2016-03-31")]),
    ],
)  # fmt: skip
def test_a_months_planned_event_after_its_possessive(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, D(2016, 6, 28)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "November" among an election's words is the coming election's month
        ("Analysts doubt the governor's chances of winning in November.",
         [("November", "2016-11-01", "2016-11-30")]),
        ("Millions of Latinos are eligible to cast a ballot in November.",
         [("November", "2016-11-01", "2016-11-30")]),
        ("The senator is up for re-election in November.",
         [("November", "2016-11-01", "2016-11-30")]),
        # unless the clause tells it in the past
        ("The union endorsed the senator in November.", [("November", "2015-11-01", "2015-11-30")]),
        # and another month is not an election's by such words
        ("He became the presumptive nominee in May.", [("May", "2016-05-01", "2016-05-31")]),
    ],
)  # fmt: skip
def test_november_in_a_campaign_is_the_elections(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, D(2016, 6, 10)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month before what futures are traded in names the contract, no date
        ("Losses ranged from 2 cts in May oats to 4 cts in July corn.", []),
        ("Chartists see resistance near 21 dlrs a barrel for June crude.", []),
        ("The rally in September T-bonds faded and June bonds closed at 97.", []),
        # the commodity before the month: the month dates the shipments
        ("Shipments of corn in June fell.", [("June", "1997-06-01", "1997-06-30")]),
    ],
)  # fmt: skip
def test_a_month_before_a_traded_commodity_is_a_contract(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, WED) == expected


def test_a_weekday_after_a_day_ahead() -> None:
    # after a day ahead, in a sentence that said "would": the weekdays go on from it
    text = (
        "The union said the stoppage would go on tomorrow and would widen unless its demands "
        "were met, with a walkout threatened in all plants for two hours on Friday and four on "
        "Saturday."
    )
    assert found(text, WED) == [
        ("tomorrow", "1998-03-12", "1998-03-12"),
        ("Friday", "1998-03-13", "1998-03-13"),
        ("Saturday", "1998-03-14", "1998-03-14"),
    ]
    # no "will" or "would": a day gone, whatever the day before it ("Saturday's session" is
    # another rule's)
    text = (
        "Shares began to recover during Saturday's half-day session with the index closing at "
        "397.24 in active trading on Monday."
    )
    assert found(text, WED)[-1] == ("Monday", "1998-03-09", "1998-03-09")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two month-days joined by a dash are one range, as "May 10-25" is
        ("The mill bought corn for May 20-June 10 shipment.",
         [("May 20-June 10", "1998-05-20", "1998-06-10")]),
        ("The mill bought corn for May 10-25 shipment.",
         [("May 10-25", "1998-05-10", "1998-05-25")]),
        ("Workers take holidays July 29-Aug. 12, 1998.",
         [("July 29-Aug. 12, 1998", "1998-07-29", "1998-08-12")]),
        # "to" and a dash after a weekday join no range
        ("The fair runs from May 20 to June 10.",
         [("May 20", "1998-05-20", "1998-05-20"), ("June 10", "1998-06-10", "1998-06-10")]),
        ("Shares fell on Monday - March 9 - and rose.",
         [("Monday", "1998-03-09", "1998-03-09"), ("March 9", "1998-03-09", "1998-03-09")]),
    ],
)  # fmt: skip
def test_dashed_days_across_months_are_one_range(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, WED) == expected
