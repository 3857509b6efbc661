"""Organisations as speakers (newsindex.nlp.orgspeakers), on invented text: each rule's case and
the cases it must leave alone."""

from __future__ import annotations

import re

import pytest

from newsindex.nlp.lexicon import (
    BODY_KINDS,
    BODY_NAME_HEADS,
    MODIFIED_BODY_HEADS,
    QUOTED_BODY_NOUNS,
)
from newsindex.nlp.speakers import Person, find_attributions


def locate(paragraph: str, names: tuple[str, ...]) -> list[Person]:
    """Mentions of each of ``names`` in ``paragraph``, the longest first, by their own text."""
    if not names:
        return []
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return [
        (m.group(), m.start(), m.end())
        for m in re.finditer(rf"(?<![\w-])(?:{alternatives})(?![\w-])", paragraph)
    ]


def org_speakers(
    paragraph: str, orgs: tuple[str, ...], persons: tuple[str, ...] = ()
) -> tuple[str, ...]:
    """The organisation speakers of one paragraph, its persons and organisations located."""
    found = find_attributions([paragraph], [locate(paragraph, persons)], [locate(paragraph, orgs)])
    return found[0].orgs


BODIES = ("Harwell Rivet Union", "Tessel Trade Organization", "Pellmark", "Ohio")


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a relative clause after a body that a preposition ties to a person or a group
        (
            "Jane Doe, the president of the Harwell Rivet Union, which endorsed Roe, said so.",
            ("Harwell Rivet Union",),
        ),
        (
            "Both are members of the Tessel Trade Organization, which said it would act.",
            ("Tessel Trade Organization",),
        ),
        # ... but not one that a document is about: the document speaks
        ("He cited a report on Pellmark, which said profits fell.", ()),
        ("A trade mission to Ohio, which refused any discount, left early.", ()),
        ("A study of the Tessel Trade Organization, which warned of tariffs, came out.", ()),
        # ... unless the body wrote it
        ("He cited a report by Pellmark, which said profits fell.", ("Pellmark",)),
        # ... or the "to" is a verb's that passed something on to the body
        (
            "Two aides disclosed them to the Harwell Rivet Union, which first reported the deal.",
            ("Harwell Rivet Union",),
        ),
        ("The memo was leaked to Pellmark, which denied it.", ("Pellmark",)),
    ],
)
def test_relative_clause_after_a_prepositions_object(
    paragraph: str, expected: tuple[str, ...]
) -> None:
    assert org_speakers(paragraph, BODIES) == expected


FIRMS = (
    "Pellmark Corp.",
    "Bolt Inc.",
    "Acme",
    "Harwell",
    "Harwell Strip",
    "Tessel",
    "Ohio",
    "New Tessel",
    "Quint",
)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # the seat written after a firm's name, a town and perhaps its state, is no speaker
        ("Pellmark Corp., Harwell, said profits rose.", ("Pellmark Corp.",)),
        ("Bolt Inc., New Tessel, Ohio, said profits rose.", ("Bolt Inc.",)),
        # ... but two bodies between commas are no firm and its seat
        ("Acme, Harwell, said profits rose.", ("Harwell",)),
    ],
)
def test_a_firms_seat_is_not_the_speaker(paragraph: str, expected: tuple[str, ...]) -> None:
    assert org_speakers(paragraph, FIRMS) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # every body of a preposition's list is its object, not a subject
        ("The storms in Harwell and Tessel claimed 20 lives.", ()),
        ("The storms in Ohio, Harwell and Tessel claimed 20 lives.", ()),
        ("Officials in and around Harwell warned of floods.", ()),
        ("The talks between Acme and Quint said nothing new.", ()),
        # a fronted phrase's comma ends the list: the body after it speaks
        ("In a filing with Acme, Quint said it bought shares.", ("Quint",)),
        (
            "After talks with Acme, the Pellmark Corp. and Quint said they agreed.",
            ("Pellmark Corp.", "Quint"),
        ),
    ],
)
def test_the_bodies_of_a_prepositions_list(paragraph: str, expected: tuple[str, ...]) -> None:
    assert org_speakers(paragraph, FIRMS) == expected


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # a town that modifies a noun, or a dateline, opens the sentence but is no subject
        (
            "The Harwell, Ohio, maker of rivets expects more. The company said it would hire.",
            "Pellmark Corp.",
        ),
        ("HARWELL, Tessel (AP) _ Sales rose. The company said it would hire.", "Pellmark Corp."),
        # a firm whose seat follows it is the subject the company means, not the seat
        ("Bolt Inc., Harwell, sold a plant. The company said it would hire.", "Bolt Inc."),
    ],
)
def test_the_company_is_the_subject_not_a_town_before_it(second: str, expected: str) -> None:
    paragraphs = ["Pellmark Corp. said sales rose.", second]
    orgs = [locate(p, (*FIRMS, "HARWELL")) for p in paragraphs]
    assert find_attributions(paragraphs, [[], []], orgs)[-1].orgs == (expected,)


@pytest.mark.parametrize(
    "lead",
    [
        "PELLMARK CORP. cut its quarterly dividend to five cents a share.",
        "HARWELL, Ohio (AP)_ Pellmark Corp. cut its quarterly dividend to five cents a share.",
    ],
)
def test_the_company_is_the_firm_the_lead_is_about(lead: str) -> None:
    # the lead quotes no one; its subject is the story's company
    paragraphs = [lead, "The Harwell, Ohio-based maker of rivets said it lost money."]
    orgs = [locate(p, ("Pellmark Corp.", "PELLMARK CORP.", "AP")) for p in paragraphs]
    assert find_attributions(paragraphs, [[], []], orgs)[-1].orgs == (orgs[0][-1][0],)


def test_a_firm_owned_in_the_lead_is_not_the_company() -> None:
    paragraphs = [
        "Pellmark Corp.'s plant in Harwell was sold to Bolt Mills, the Tessel company said."
    ]
    orgs = [locate(p, ("Pellmark Corp.", "Bolt Mills")) for p in paragraphs]
    assert find_attributions(paragraphs, [[]], orgs)[-1].orgs == ()


MEDIA = ("Harwell Ledger", "Tessel Post", "Pellmark Workers", "Tessel Government")


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # the kind of body written after its name is part of the speaker's name
        (
            "The Harwell Ledger newspaper reported that the dam would open.",
            ("Harwell Ledger newspaper",),
        ),
        ("“The dam will open,” wrote Tessel Post magazine.", ("Tessel Post magazine",)),
        ("The Pellmark Workers union said the strike would go on.", ("Pellmark Workers union",)),
        # a news agency, a radio station
        (
            "Prices will rise 10 pct, the official Tessel Post news agency said.",
            ("Tessel Post news agency",),
        ),
        ("The dam will open next year, Harwell Ledger radio reported.", ("Harwell Ledger radio",)),
        # ... one speaker, named with its kind, where the paragraph names it both ways
        (
            "The Tessel Post news agency said prices would rise. Beer will cost more, Tessel Post"
            " said.",
            ("Tessel Post news agency",),
        ),
        # ... not a group, which a story adds loosely to a body's name
        (
            "Tessel Post said the Tessel Post group itself would be sold.",
            ("Tessel Post",),
        ),
        # ... but not in a description: "a local Tessel Government agency" is no name
        (
            "Bolt, a local Tessel Government agency, has opened, said the Harwell Ledger.",
            ("Harwell Ledger",),
        ),
    ],
)
def test_the_kind_of_body_after_its_name(paragraph: str, expected: tuple[str, ...]) -> None:
    assert org_speakers(paragraph, MEDIA) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a capitalised preposition opens the sentence: its object is no subject
        ("In Harwell, a person can face charges for such posts.", ()),
        ("Within Tessel, preliminary data show record output.", ()),
        # ... nor a place's preposition before it: the one there speaks
        ("A woman who drove along the Harwell Strip told police she was chased.", ()),
        ("Two boys walking toward Tessel said they saw smoke.", ()),
        # a third-person form right after an auxiliary is a plural noun
        ("Harwell and Tessel have claims in the area.", ()),
        ("Acme has orders to build 10 ships, Tessel said.", ("Tessel",)),
        ("Harwell has said it would build 10 ships.", ("Harwell",)),
    ],
)
def test_a_preposition_or_an_auxiliary_makes_no_subject(
    paragraph: str, expected: tuple[str, ...]
) -> None:
    assert org_speakers(paragraph, FIRMS) == expected


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # the wire's description of the story's firm, with its seat and its trade
        ("The Harwell, Ohio, company said net rose.", ("Pellmark Corp.",)),
        ("The Harwell, Ohio, maker of rivets and bolts said net rose.", ("Pellmark Corp.",)),
        ("Tessel's largest department store operator said net rose.", ("Pellmark Corp.",)),
        ("The energy and defense concern said net rose.", ("Pellmark Corp.",)),
        ("Net rose 5%, the automaker said.", ("Pellmark Corp.",)),
        ("The company, which is based in Harwell, said net rose.", ("Pellmark Corp.",)),
        ("The company, based in Dorrel, Wessex, said net rose.", ("Pellmark Corp.",)),
        ("The airline, based in Tessel Village, Ill., said net rose.", ("Pellmark Corp.",)),
        ("The oil giant said net rose.", ("Pellmark Corp.",)),
        # the subject of the description's own sentence, when it opens a clause of time
        (
            "Bolt Inc. rose 2 to 39 after the jewelry store operator said it had a bid.",
            ("Bolt Inc.",),
        ),
        # ... not a body the trailing attribution reports on
        ("Bolt Inc. is the sole manager of the offering, the company said.", ("Pellmark Corp.",)),
        # ... nor a unit, another firm than the story's
        ("The unit said net rose.", ()),
    ],
)
def test_the_wires_description_of_the_storys_firm(second: str, expected: tuple[str, ...]) -> None:
    paragraphs = ["Pellmark Corp. said sales rose.", second]
    orgs = [locate(p, FIRMS) for p in paragraphs]
    assert find_attributions(paragraphs, [[], []], orgs)[-1].orgs == expected


PLACES = ("Tessel", "Harwell", "Quint")


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a place's possessive and the body's noun, which the tagger leaves as the place alone
        (
            ("Tessel's foreign ministry said the talks would resume.",),
            ("Tessel's foreign ministry",),
        ),
        # ... named so once, then by its noun
        (
            ("Tessel's foreign ministry weighed in.", "“Stop,” the ministry said in a statement."),
            ("Tessel's foreign ministry",),
        ),
        (
            ("The Tesselian government protested.", "Now the government hopes to talk."),
            ("Tesselian government",),
        ),
        # ... from the sentence's start: not the town that ends the sentence before
        (("Fights broke out in Harwell. Quint police said they were ready.",), ("Quint police",)),
        # a description with the body's own name is not the body named before
        (("The Tesselian government protested.", "The government of Quint has agreed."), ()),
        (("The Tesselian government protested.", "The government in Quint said no."), ()),
        # in the cue's own paragraph only a body named before the cue
        (("Ice is thin. The government said so. The Tesselian government did not.",), ()),
    ],
)
def test_a_body_named_by_a_place_and_its_noun(
    paragraphs: tuple[str, ...], expected: tuple[str, ...]
) -> None:
    orgs = [locate(p, PLACES) for p in paragraphs]
    assert find_attributions(list(paragraphs), [[] for _ in paragraphs], orgs)[-1].orgs == expected


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # the agent of a passive verb of saying, described by its head noun
        (
            "The figure came from a report, a fact later confirmed by the department.",
            ("Harwell Department",),
        ),
        ("Roe was later endorsed by the department.", ("Harwell Department",)),
        # ... not a body that only acts or holds a view
        ("The plan was backed by the department.", ()),
    ],
)
def test_a_described_body_as_a_passives_agent(second: str, expected: tuple[str, ...]) -> None:
    paragraphs = ["The Harwell Department opened an office.", second]
    orgs = [locate(p, ("Harwell Department",)) for p in paragraphs]
    assert find_attributions(paragraphs, [[], []], orgs)[-1].orgs == expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # a body whose name ends in the noun, named once, then by the noun alone
        ("The Tessel Monetary Fund cut its forecast.", "Growth will slow, the fund said.", "Fund"),
        ("Harwell Reserve Bank set rates.", "The bank said reserves rose.", "Bank"),
        ("The Quint Research Institute met.", "Jobs will rise, the institute said.", "Institute"),
        ("Bolt Group sold a unit.", "The group said it would buy back shares.", "Group"),
        ("The Harwell Stock Exchange opened.", "Trading rose, the exchange said.", "Exchange"),
        ("The Tessel Ports Authority met.", "The authority said ships would wait.", "Authority"),
        # ... or whose name is the noun and "of" ("Bank of Harwell")
        ("The Bank of Harwell set rates.", "The bank said reserves rose.", "Harwell"),
        # ... not a body named otherwise: the bank is not Harwell Lending's
        ("Harwell Lending set rates.", "The bank said reserves rose.", ""),
    ],
)
def test_a_body_named_by_its_last_word_then_by_that_noun(
    first: str, second: str, expected: str
) -> None:
    paragraphs = [first, second]
    bodies = (
        "Tessel Monetary Fund",
        "Harwell Reserve Bank",
        "Quint Research Institute",
        "Harwell Stock Exchange",
        "Tessel Ports Authority",
    )
    orgs = [
        locate(p, (*bodies, "Bolt Group", "Bank of Harwell", "Harwell Lending")) for p in paragraphs
    ]
    said = find_attributions(paragraphs, [[], []], orgs)[-1].orgs
    assert [n.split()[-1] for n in said] == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # a newspaper or a station that the last attribution named, called by its kind
        (
            "The Harwell Ledger said rice output rose.",
            "The paper said yields fell.",
            "Harwell Ledger",
        ),
        ("The Tessel Post said rice output rose.", "Yields fell, the daily said.", "Tessel Post"),
        (
            "Harwell radio said the talks began.",
            "The radio said they would end soon.",
            "Harwell radio",
        ),
        # ... not after a person's words
        ("Jane Doe said rice output rose.", "The paper said yields fell.", ""),
    ],
)
def test_a_newspaper_or_station_by_its_kind(first: str, second: str, expected: str) -> None:
    paragraphs = [first, second]
    orgs = [locate(p, ("Harwell Ledger", "Tessel Post", "Harwell")) for p in paragraphs]
    persons = [locate(p, ("Jane Doe",)) for p in paragraphs]
    assert find_attributions(paragraphs, persons, orgs)[-1].orgs == (
        (expected,) if expected else ()
    )


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # Reuters' mark around a name, a ticker, initials in brackets between a body and its verb
        ("<Bolt Rivet Corp> said it bought a plant.", ("Bolt Rivet Corp",)),
        ("Bolt Rivet Corp <BRC.N> said it bought a plant.", ("Bolt Rivet Corp",)),
        ("<Bolt Rivet Corp> <BRC.N> said it bought a plant.", ("Bolt Rivet Corp",)),
        ("Sales rose, the Tessel Rivet Association (TRA) said.", ("Tessel Rivet Association",)),
        # ... the ticker the tagger took for a body is not the speaker
        ("Bolt Rivet Corp <BRC> said it bought a plant.", ("Bolt Rivet Corp",)),
        # ... nor the initials after the ticker
        ("Bolt Rivet Corp <BRC.N> (BRC) said it bought a plant.", ("Bolt Rivet Corp",)),
        # the part of a firm, named before the word for a part, speaks for itself
        ("Tessel Rivet Corp's Bolt Rivet Corp unit said it bought a plant.", ("Bolt Rivet Corp",)),
        ("Tessel Rivet Corp's Bolt Rivet USA unit said it bought a plant.", ("Bolt Rivet",)),
        # ... not a country the tagger took for a body
        ("Tessel Rivet Corp's U.S. subsidiary said it bought a plant.", ()),
        # a firm marked in brackets, not a place in brackets after a name
        ("(Bolt Rivet Corp) said it bought a plant.", ("Bolt Rivet Corp",)),
        ("Tessel Rivet (Harwell) said it bought a plant.", ()),
    ],
)
def test_a_mark_ticker_or_initials_after_the_name(
    paragraph: str, expected: tuple[str, ...]
) -> None:
    bodies = (
        "Bolt Rivet Corp",
        "Tessel Rivet Association",
        "BRC",
        "Tessel Rivet",
        "Harwell",
        "Tessel Rivet Corp",
        "Bolt Rivet",
        "USA",
        "U.S.",
    )
    assert org_speakers(paragraph, bodies) == expected


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        ("Gravel exports fell, the bureau said.", ("Tesselian Bureau of Quarries",)),
        ("Gravel exports fell, the ministry said.", ()),  # no ministry named
    ],
)
def test_a_body_named_with_of_is_the_one_its_head_noun_means(
    later: str, expected: tuple[str, ...]
) -> None:
    """ "Bureau of Quarries" is "the bureau" later in the story, as "Quarry Bureau" is."""
    lead = "Gravel output rose in 2024, the Tesselian Bureau of Quarries said."
    bodies = ("Tesselian Bureau of Quarries",)
    found = find_attributions(
        [lead, later], [[], []], [locate(lead, bodies), locate(later, bodies)]
    )
    assert found[1].orgs == expected


@pytest.mark.parametrize("noun", sorted(BODY_KINDS))
def test_every_kind_of_body_after_its_name_joins_it(noun: str) -> None:
    paragraph = f"The Harwell Ledger {noun} said rice output rose."
    assert org_speakers(paragraph, ("Harwell Ledger",)) == (f"Harwell Ledger {noun}",)


@pytest.mark.parametrize("noun", sorted(BODY_NAME_HEADS))
def test_every_head_noun_names_the_body_named_with_it(noun: str) -> None:
    name = f"Harwell Rivet {noun.capitalize()}"
    paragraphs = [f"The {name} met on Monday.", f"Rice output will rise, the {noun} said."]
    orgs = [locate(p, (name,)) for p in paragraphs]
    assert find_attributions(paragraphs, [[], []], orgs)[-1].orgs == (name,)


@pytest.mark.parametrize("noun", sorted(QUOTED_BODY_NOUNS))
def test_every_noun_for_the_body_quoted_last(noun: str) -> None:
    paragraphs = ["Harwell Ledger said rice output rose.", f"Yields fell, the {noun} said."]
    orgs = [locate(p, ("Harwell Ledger",)) for p in paragraphs]
    assert find_attributions(paragraphs, [[], []], orgs)[-1].orgs == ("Harwell Ledger",)


@pytest.mark.parametrize("noun", sorted(MODIFIED_BODY_HEADS))
def test_every_head_noun_after_a_place_names_a_body(noun: str) -> None:
    paragraph = f"The Tesselian {noun} said rice output rose."
    assert org_speakers(paragraph, ()) == (f"Tesselian {noun}",)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a state's own radio or television, the adjective kept in its name
        ("Tesselian state television reported that output rose.", "Tesselian state television"),
        ("Rice output rose, Tesselian radio said.", "Tesselian radio"),
        ("Harwell official radio said rice output rose.", "Harwell official radio"),
    ],
)
def test_a_states_radio_or_television(paragraph: str, expected: str) -> None:
    assert org_speakers(paragraph, ()) == (expected,)


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # a base or -ing form right after the body's noun is a noun: no verb of the body
        ("The court order requires Acme to pay.", ()),
        ("Under the court order, Acme must pay.", ()),
        ("Acme cut rates before the court warning.", ()),
        # ... but a finite verb is the body's, and so is a document's verb of saying
        ("The court ordered Acme to pay.", ("Harwell Supreme Court",)),
        ("The court would order Acme to pay.", ("Harwell Supreme Court",)),
        ("The court report said Acme must pay.", ("Harwell Supreme Court",)),
        ("The court plan requires Acme to pay.", ()),
        # ... and a base form that is no noun agrees with a body written as plural
        ("The court say Acme must pay.", ("Harwell Supreme Court",)),
        ("Acme must pay, the court warn.", ("Harwell Supreme Court",)),
    ],
)
def test_a_noun_after_a_bodys_head_noun_is_no_verb(second: str, expected: tuple[str, ...]) -> None:
    paragraphs = ["The Harwell Supreme Court ruled on Monday.", second]
    orgs = [locate(p, ("Harwell Supreme Court", "Acme")) for p in paragraphs]
    assert find_attributions(paragraphs, [[], []], orgs)[-1].orgs == expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # of two bodies with the noun, the one the last sentence to name one names
        (
            "The Bank of Tessel cut rates. The Bank of Harwell held them.",
            "The bank said prices would rise.",
            ("Bank of Harwell",),
        ),
        # ... its subject, where that sentence names both
        (
            "The Bank of Tessel sold bonds to the Bank of Harwell.",
            "The bank said prices would rise.",
            ("Bank of Tessel",),
        ),
        # ... or none, where neither is the subject
        ("Bonds went from the Bank of Tessel to the Bank of Harwell.", "The bank said so.", ()),
        # two names of one body are no two bodies
        (
            "Shares of the Royal Bank of Tessel rose, and the Royal Bank's bonds fell.",
            "The bank said prices would rise.",
            ("Royal Bank",),
        ),
        # ... but a name inside another is another body's: the subject stands
        (
            "The Bank of Tessel cut its rate, and the Royal Bank of Tessel cut its prime rate.",
            "The bank said prices would rise.",
            ("Bank of Tessel",),
        ),
        # a body named after the cue in its own paragraph is in what the cue reports
        (
            "The Bank of Tessel said rates would rise.",
            "The bank said the Bank of Harwell's owners agreed.",
            ("Bank of Tessel",),
        ),
        # ... but named before a second cue there, it is known to that one
        (
            "Acme Corp. said sales rose.",
            "The company said the Tessel Rivet Board would meet. The board has said it would"
            " buy rivets.",
            ("Acme Corp.", "Tessel Rivet Board"),
        ),
    ],
)
def test_the_body_a_head_noun_means_of_several(
    first: str, second: str, expected: tuple[str, ...]
) -> None:
    bodies = (
        "Bank of Tessel",
        "Bank of Harwell",
        "Royal Bank of Tessel",
        "Royal Bank",
        "Acme Corp.",
        "Tessel Rivet Board",
    )
    paragraphs = [first, second]
    orgs = [locate(p, bodies) for p in paragraphs]
    assert find_attributions(paragraphs, [[], []], orgs)[-1].orgs == expected


@pytest.mark.parametrize(
    ("bank", "expected"),
    [
        # "the central bank" is a country's bank of issue the story named
        ("Bank of Tessel", True),
        ("Tessel Central Bank", True),
        ("Reserve Bank of Tessel", True),
        ("Tesselian National Bank", True),
        ("People's Bank of Tessel", True),
        # ... not the World Bank nor a town's, a group's or an order's bank
        ("World Bank", False),
        ("First National Bank of Harwell", False),
        ("First National Bank", False),
        ("Harwell Pacific National Bank", False),
        ("Citizens National Bank", False),
        ("Bank of New Harwell", False),
    ],
)
def test_the_central_bank_is_a_countrys_bank(bank: str, expected: bool) -> None:
    paragraphs = [f"The {bank} sold bonds on Monday.", "Rates will rise, the central bank said."]
    orgs = [locate(p, (bank,)) for p in paragraphs]
    said = find_attributions(paragraphs, [[], []], orgs)[-1].orgs
    assert said == ((bank,) if expected else ())


def test_the_apex_court_is_the_highest_court_named() -> None:
    """ "the apex court said" means the Supreme Court the story named, not a High Court."""
    for court, expected in (("Supreme Court", ("Supreme Court",)), ("Tessby High Court", ())):
        paragraphs = [f"The {court} heard the plea.", "It will wait, the apex court said."]
        orgs = [locate(p, (court,)) for p in paragraphs]
        assert find_attributions(paragraphs, [[], []], orgs)[-1].orgs == expected


def test_the_central_bank_is_no_firm_quoted_before() -> None:
    """ "the central bank said" after a firm's quote is not that firm's saying; a bank quoted
    before it may be."""
    for first, expected in (
        ("Acme said sales rose.", ()),
        ("Tessbank said rates rose.", ("Tessbank",)),
    ):
        paragraphs = [first, "Rates will rise, the central bank said."]
        orgs = [locate(p, ("Acme", "Tessbank")) for p in paragraphs]
        assert find_attributions(paragraphs, [[], []], orgs)[-1].orgs == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # the author of a statement or study named after it, before the verb of saying
        ("A statement from Acme said it would hire.", ("Acme",)),
        ("Sales will rise, a quarterly study by the Bolt Institute said.", ("Bolt Institute",)),
        ("The report by Acme (AC) said sales rose.", ("Acme",)),
        # ... not the place a report came from
        ("A report from Harwell yesterday said sales rose.", ()),
        # the body's own document by its possessive, opening its clause
        ("Acme's annual report said sales rose.", ("Acme",)),
        ("Sales rose, Acme's statement said.", ("Acme",)),
        ("He read Acme's report said to be lost.", ()),
    ],
)
def test_a_documents_author_named_after_it(paragraph: str, expected: tuple[str, ...]) -> None:
    assert org_speakers(paragraph, ("Acme", "Bolt Institute", "Harwell")) == expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # before any body is quoted, "the company" is the firm the story names
        ("Acme Corp. will cut 500 jobs, the company said.", None, ("Acme Corp.",)),
        (
            "Jane Roe, chairman of Acme Corp., has resigned, the company said.",
            None,
            ("Acme Corp.",),
        ),
        (
            "Acme Corp. filed for a share offering.",
            "The company said it would buy ships.",
            ("Acme Corp.",),
        ),
        # ... the subject of its sentence, where it names two
        ("Acme Corp. will buy Bolt Inc. for cash, the company said.", None, ("Acme Corp.",)),
        # ... or the body a firm's description opens the sentence with
        (
            "Tesselian engineering group Harwell Rivet will buy Bolt Inc., the company said.",
            None,
            ("Harwell Rivet",),
        ),
        # ... not a firm after another body that opens the sentence
        ("Harwell Rivet will buy Bolt Inc. for cash.", "The company said it would buy ships.", ()),
        # ... nor for a noun ("the company offers")
        ("Acme Corp. filed for a share offering.", "She noted the company offers cash.", ()),
    ],
)
def test_the_company_before_any_body_is_quoted(
    first: str, second: str | None, expected: tuple[str, ...]
) -> None:
    paragraphs = [first] if second is None else [first, second]
    orgs = [locate(p, ("Acme Corp.", "Bolt Inc.", "Harwell Rivet")) for p in paragraphs]
    persons = [locate(p, ("Jane Roe",)) for p in paragraphs]
    assert find_attributions(paragraphs, persons, orgs)[-1].orgs == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a body's offer of goods, a price or a service is a bid, no statement
        ("Acme offered 10 dlrs a share for Bolt.", ()),
        ("The Tessel Bank cut rates by offering banks cash at 3.8 pct.", ()),
        ("The exchange offers options on currencies.", ()),
        # ... an offer to do something is said
        ("Acme offered to buy Bolt for 10 dlrs a share.", ("Acme",)),
        # a firm's recall takes back its goods
        ("Acme is recalling 2 million car seats because the buckle can jam.", ()),
        ("Bolt recalled 40,000 heaters last year.", ()),
    ],
)
def test_an_offer_of_goods_or_a_price_is_no_statement(
    paragraph: str, expected: tuple[str, ...]
) -> None:
    assert org_speakers(paragraph, ("Acme", "Bolt", "Tessel Bank")) == expected


def test_the_companies_said_names_the_firms_quoted_together() -> None:
    """ "The companies said" means the firms the story quoted together: the last attribution to
    several, else the lead's, and their refusal to speak ("did not say"); not a statement a
    person made."""
    paragraphs = [
        "Acme Corp and Bolt Inc said they agreed to merge their steel units.",
        "The venture will be based in Harwell, the companies said.",
        "Jane Doe, an analyst, said the deal made sense.",
        "Closing is expected in August, the two companies said in a statement.",
        "The companies did not say what the venture would cost.",
    ]
    orgs = ("Acme Corp", "Bolt Inc")
    found = find_attributions(
        paragraphs,
        [locate(p, ("Jane Doe",)) for p in paragraphs],
        [locate(p, orgs) for p in paragraphs],
    )
    assert [a.orgs for a in found] == [orgs, orgs, (), orgs, orgs]
    alone = find_attributions(paragraphs[1:2], [[]], [[]])
    assert alone[0].orgs == ()  # no firms quoted together: nobody


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("The plan was criticised by Pellmark, a newspaper reported.", ("Pellmark",)),
        # ... not the body that asked the questions: the words it heard are another's
        (
            "Ohio expelled five men who were questioned by Pellmark and police, a newspaper said.",
            (),
        ),
        ("Views of analysts questioned by Pellmark before the budget varied widely.", ()),
    ],
)
def test_a_passives_agent_speaks_unless_it_questioned(
    paragraph: str, expected: tuple[str, ...]
) -> None:
    assert org_speakers(paragraph, BODIES) == expected


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # the body quoted last is no company, no magazine: the description names neither
        ("The company, based in Harwell, said it had 41 complaints.", ()),
        ("“Use the seats,” the magazine said.", ()),
        # ... but "the agency" is that body, and "the company" the firm quoted last
        ("Owners will get a new buckle, the agency said.", ("Tessel Safety Administration",)),
    ],
)
def test_a_description_names_no_body_of_another_kind(
    second: str, expected: tuple[str, ...]
) -> None:
    """ "the company said" after an Administration spoke is not the Administration."""
    first = "The buckle can jam, the Tessel Safety Administration said."
    orgs = [locate(first, ("Tessel Safety Administration",)), []]
    assert find_attributions([first, second], [[], []], orgs)[-1].orgs == expected


@pytest.mark.parametrize(
    ("body", "second", "expected"),
    [
        # a firm's name may hold a body's word: still the company
        ("Harwell Union", "The company said sales fell.", ("Harwell Union",)),
        (
            "Tessel Savings and Loan Association",
            "The company said sales fell.",
            ("Tessel Savings and Loan Association",),
        ),
        # the description's own noun decides, not a word that modifies it
        (
            "Tessel Loan Bank Board",
            "Sales fell, the thrift regulatory agency said.",
            ("Tessel Loan Bank Board",),
        ),
        (
            "Tessel Finance Ministry",
            "Sales fell, the thrift regulatory agency said.",
            ("Tessel Finance Ministry",),
        ),
        ("Tessel Finance Ministry", "Sales fell, the maker of rivets said.", ()),
    ],
)
def test_a_description_s_noun_against_the_body_s_head(
    body: str, second: str, expected: tuple[str, ...]
) -> None:
    first = f"Rivet sales slowed, the {body} said."
    orgs = [locate(first, (body,)), []]
    assert find_attributions([first, second], [[], []], orgs)[-1].orgs == expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # a union's local named with its union is the union "the union" means ...
        (
            "The Harwell Rivet Workers Union Local 553 called a strike.",
            "Pay fell 9 pct, the union said.",
            ("Harwell Rivet Workers Union Local 553",),
        ),
        # ... not alone: a part of the national union the story is about
        ("Local 222 said its members voted to strike.", "The union said talks broke off.", ()),
        # a union, or a local, is no company, though it was quoted last
        ("Local 222 said its members voted to strike.", "The company said it made an offer.", ()),
        ("The Harwell Rivet Workers said pay fell.", "The company said it made an offer.", ()),
        (
            "Western Union said sales rose.",
            "The company said it made an offer.",
            ("Western Union",),
        ),
    ],
)
def test_a_unions_local_names_its_union_and_a_union_no_company(
    first: str, second: str, expected: tuple[str, ...]
) -> None:
    paragraphs = [first, second]
    names = ("Harwell Rivet Workers Union Local 553", "Local 222", "Harwell Rivet Workers")
    orgs = [locate(p, (*names, "Western Union")) for p in paragraphs]
    assert find_attributions(paragraphs, [[], []], orgs)[-1].orgs == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a third-person form that is also a plural noun is the verb of a body after "as"
        ("As the Tessel Post hints at new rules, shares fell.", ("Tessel Post",)),
        ("Shares fell, as the Harwell Ledger notes: rules are coming.", ("Harwell Ledger",)),
        ("Rules are coming, as Tessel Post reports.", ("Tessel Post",)),
        # ... not when another verb follows it, or "such as" lists the body's noun
        ("Trade may suffer, as Tessel Government states know well.", ()),
        ("Papers such as the Harwell Ledger reports show it.", ()),
    ],
)
def test_a_noun_like_verb_after_as_and_a_body(paragraph: str, expected: tuple[str, ...]) -> None:
    assert org_speakers(paragraph, MEDIA) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # an aside set off by dashes between a body and its verb, spaced or not
        ("As the Tessel Post—even it can count—observed, rents rose.", ("Tessel Post",)),
        ("The Harwell Ledger—in print since 1901—said rents rose.", ("Harwell Ledger",)),
        ("The Harwell Ledger -- in print since 1901 -- said rents rose.", ("Harwell Ledger",)),
        # ... not one after a body that is a preposition's object
        ("A reader of the Tessel Post—she is 90—said rents rose.", ()),
    ],
)
def test_an_aside_in_dashes_between_a_body_and_its_verb(
    paragraph: str, expected: tuple[str, ...]
) -> None:
    assert org_speakers(paragraph, MEDIA) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a body that responded by doing something acted
        ("Tessel Government responded by easing its rules on rivets.", ()),
        ("Tessel Government responded quickly by cutting tariffs.", ()),
        # ... one that responded by saying, or responded, spoke
        ("Tessel Government responded by saying the rules stand.", ("Tessel Government",)),
        ("Tessel Government responded that the rules stand.", ("Tessel Government",)),
    ],
)
def test_a_body_that_responded_by_an_act(paragraph: str, expected: tuple[str, ...]) -> None:
    assert org_speakers(paragraph, MEDIA) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a body that would not speak answered, as one that "declined to comment" did
        ("Tessel Government did not immediately respond to requests for comment.", MEDIA[3:]),
        ("Pellmark Workers would not say how much it paid.", ("Pellmark Workers",)),
        ("The Tessel Post didn't comment on the offer.", ("Tessel Post",)),
        ("Tessel Government is not saying whether it will act.", MEDIA[3:]),
        # ... nor one that did not return the calls a reporter made for comment
        ("Tessel Government did not return calls seeking comment.", MEDIA[3:]),
        ("The Tessel Post has not returned a telephone message.", ("Tessel Post",)),
        # ... but a body that did not do some other thing said nothing
        ("Tessel Government did not object to the merger.", ()),
        ("Tessel Government did not return the money.", ()),
        ("Tessel Government did not complain when rents rose.", ()),
        ("Pellmark Workers would not accept the offer.", ()),
    ],
)
def test_a_body_that_refused_to_speak(paragraph: str, expected: tuple[str, ...]) -> None:
    assert org_speakers(paragraph, MEDIA) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # bodies listed before a plural verb are its subject
        ("Pellmark and Ohio say rents will rise.", ("Pellmark", "Ohio")),
        (
            "The Tessel Trade Organization and the Harwell Rivet Union estimate that rents rise.",
            ("Tessel Trade Organization", "Harwell Rivet Union"),
        ),
        # ... not one body, nor a list the sentence reports or a preposition governs
        ("The Pellmark report came out.", ()),
        ("Pellmark and Ohio also report shortages, officials said.", ()),
        ("Analysts at Pellmark and Ohio say rents will rise.", ()),
        ("Pellmark and Ohio plan to merge.", ()),
    ],
)
def test_bodies_listed_before_a_plural_verb(paragraph: str, expected: tuple[str, ...]) -> None:
    assert org_speakers(paragraph, BODIES) == expected


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # "the company" or "it" that would not speak is the firm quoted last
        ("The company did not disclose the price.", ("Pellmark Rivets Ltd",)),
        ("It would not comment on the sale.", ("Pellmark Rivets Ltd",)),
        ("The company declined to say what it was paid.", ("Pellmark Rivets Ltd",)),
        ("The company did not return a phone call seeking comment.", ("Pellmark Rivets Ltd",)),
        # ... not one that did some other thing, nor one that will speak
        ("The company did not object to the price.", ()),
        ("The company did not return the deposit.", ()),
        ("The company declined to buy the plant.", ()),
        ("The company will disclose the price on Monday.", ()),
    ],
)
def test_a_description_that_refused_to_speak(second: str, expected: tuple[str, ...]) -> None:
    first = "Pellmark Rivets Ltd said it sold its Harwell plant."
    orgs = [locate(first, ("Pellmark Rivets Ltd",)), []]
    assert find_attributions([first, second], [[], []], orgs)[-1].orgs == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a participle after "when" or "as" names no one who asked or reported
        (
            "“It was fine,” the owner told the Tessel Post in a rare interview when asked if he"
            " had sold.",
            (),
        ),
        ("The owner told the Tessel Post when asked about the sale.", ()),
        # ... but its agent, and a subject before its verb, speak
        ("Rents rose, as reported by the Tessel Post.", ("Tessel Post",)),
        ("Rents rose after the Tessel Post reported a shortage.", ("Tessel Post",)),
    ],
)
def test_a_participle_after_when_names_no_speaker(
    paragraph: str, expected: tuple[str, ...]
) -> None:
    assert org_speakers(paragraph, MEDIA) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a body that a relative clause's verb takes as its object speaks for no one
        ("Analysts who follow Pellmark said sales would rise.", ()),
        ("A member of the board which regulates the Tessel Post predicted losses.", ()),
        # ... but the relative clause of the body itself does ("which" after it)
        ("The Tessel Post, which Harwell Ledger owns, said rents rose.", ("Tessel Post",)),
        ("A man who led the Harwell Ledger, which opposed the tax, left.", ("Harwell Ledger",)),
    ],
)
def test_a_body_that_a_relative_clause_takes_as_its_object(
    paragraph: str, expected: tuple[str, ...]
) -> None:
    assert org_speakers(paragraph, (*MEDIA, "Pellmark")) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a body that quotes a named person reports the person's words: both speak
        ("The Tessel Post quoted Jane Roe as saying rents rose.", ("Tessel Post",)),
        (
            "The Tessel Post quoted Jane Roe, a Harwell native, as saying rents rose.",
            ("Tessel Post",),
        ),
        ("Jane Roe was quoted by the Harwell Ledger as saying rents rose.", ("Harwell Ledger",)),
        ("Jane Roe, quoted by the Harwell Ledger on Monday, said rents rose.", ("Harwell Ledger",)),
        # ... not a body the quoted words are about, nor one the quoted person works for
        ("Jane Roe was quoted as saying the Harwell Ledger rose.", ()),
        ("A reader of the Tessel Post quoted Jane Roe as saying rents rose.", ()),
    ],
)
def test_a_body_that_quotes_a_named_person(paragraph: str, expected: tuple[str, ...]) -> None:
    found = find_attributions(
        [paragraph], [locate(paragraph, ("Jane Roe",))], [locate(paragraph, MEDIA)]
    )[0]
    assert (found.persons, found.orgs) == (("Jane Roe",), expected)


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # the body quoted last, as "it" or by its noun, quotes whom it names: both speak
        ("It quoted Jane Roe as saying rents rose.", (("Jane Roe",), ("Tessel Post",))),
        ("The paper also quoted Jane Roe as saying rents rose.", (("Jane Roe",), ("Tessel Post",))),
        ('"Rents rose," the newspaper quoted officials as saying.', ((), ("Tessel Post",))),
        # ... not a reader of it, nor a quote after another body's words
        ("A reader of the paper quoted Jane Roe as saying rents rose.", (("Jane Roe",), ())),
        ("It was quoted at 102 pct.", ((), ())),
    ],
)
def test_the_body_quoted_last_quotes_again(
    second: str, expected: tuple[tuple[str, ...], tuple[str, ...]]
) -> None:
    """ "It quoted Doe as saying" after "..., the Tessel Post said": the Post reports Doe's
    words (Reuters: "..., the China Daily said. It quoted Mobil president Richard Tucker as
    saying ...")."""
    paragraphs = ["Rents will rise, the Tessel Post said.", second]
    persons = [locate(p, ("Jane Roe",)) for p in paragraphs]
    found = find_attributions(paragraphs, persons, [locate(p, MEDIA) for p in paragraphs])[-1]
    assert (found.persons, found.orgs) == expected


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # "the paper" is the outlet quoted last, not a firm the paragraph made a subject
        (
            "Pellmark spokesmen were not available. But the paper quoted an aide as saying "
            "Pellmark would bid.",
            ("Tessel Post",),
        ),
        # ... while "the company" is that firm
        ("Pellmark shares fell. The company said it would bid.", ("Pellmark",)),
    ],
)
def test_an_outlet_described_is_the_outlet_quoted_last(
    second: str, expected: tuple[str, ...]
) -> None:
    """Reuters: "..., the trade paper Automotive News said." then "Chrysler spokesmen were not
    available for comment today. But the trade paper quoted an unnamed spokesman as saying"."""
    paragraphs = ["Rents will rise, the Tessel Post said.", second]
    bodies = [locate(p, (*MEDIA, "Pellmark")) for p in paragraphs]
    found = find_attributions(paragraphs, [[], []], bodies)[-1]
    assert found.orgs == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a name's form in -s before an auxiliary is a plural noun: the states, the calls
        ("Some Tessel Trade Organization states are unhappy about the quotas.", ()),
        ("Ohio forecasts will be dropped for lemons, the department said.", ()),
        ("Pellmark calls were not answered on Friday.", ()),
        # ... but a relative clause's verb keeps its subject
        ("The drill, which Pellmark says will run faster, sells well.", ("Pellmark",)),
        ("The quotas, which Ohio claims must remain, were discussed.", ("Ohio",)),
        ("Pellmark states that the quotas must remain.", ("Pellmark",)),
    ],
)
def test_a_plural_noun_in_s_before_an_auxiliary_is_no_cue(
    paragraph: str, expected: tuple[str, ...]
) -> None:
    assert org_speakers(paragraph, BODIES) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a body's envoy named in apposition after its job tells what the body holds: the
        # envoy speaks, not only the body whose stance the sentence reports
        (
            "Tessel Government supports free trade in the region, its ambassador to Harwell, Jan"
            " Roe, told the Harwell Ledger.",
            ("Jan Roe",),
        ),
        ("Pellmark backs the merger, its spokeswoman, Ada Moss, told reporters.", ("Ada Moss",)),
        ("Pellmark backs the merger, spokeswoman Ada Moss told reporters.", ("Ada Moss",)),
        # ... not a name inside what the body holds
        ("Pellmark wants Ada Moss to tell the board.", ()),
    ],
)
def test_a_named_envoy_after_a_bodys_stance_speaks(
    paragraph: str, expected: tuple[str, ...]
) -> None:
    people = locate(paragraph, ("Jan Roe", "Ada Moss"))
    orgs = locate(paragraph, (*MEDIA, "Pellmark"))
    assert find_attributions([paragraph], [people], [orgs])[0].persons == expected


@pytest.mark.parametrize(
    ("third", "expected"),
    [
        # after a person's words, "the company" is the firm the paragraph is about, when it is
        # a firm the story named in full before
        (
            "Bolt also received an offer from Tessel Corp on Monday. The company declined to"
            " say more.",
            ("Bolt",),
        ),
        # ... else the story's company, as before
        ("Prices rose on Monday. The company declined to say more.", ("Pellmark Rivets Inc",)),
        (
            "Tessel Government raised tariffs. The company declined to say more.",
            ("Pellmark Rivets Inc",),
        ),
    ],
)
def test_the_company_after_a_person_is_the_firm_the_paragraph_is_about(
    third: str, expected: tuple[str, ...]
) -> None:
    paragraphs = [
        "Pellmark Rivets Inc said it had no comment on an offer from Harwell Corp.",
        "Pellmark spokesman Jan Roe also declined comment on Bolt Aviation Inc, which Pellmark"
        " bid for.",
        third,
    ]
    names = ("Pellmark Rivets Inc", "Harwell Corp", "Pellmark", "Bolt Aviation Inc", "Bolt")
    bodies = (*names, "Tessel Corp", "Tessel Government")
    people = [[], locate(paragraphs[1], ("Jan Roe",)), []]
    found = find_attributions(paragraphs, people, [locate(p, bodies) for p in paragraphs])
    assert found[1].persons == ("Jan Roe",)
    assert found[-1].orgs == expected


def test_a_bodys_lead_in_colon_gives_it_the_next_paragraph() -> None:
    """A body's "The Tessel Post reports:" introduces the next paragraph's words, as "Doe said:"
    does a person's; a list run on by the same marker stays the body's to its end."""
    paragraphs = [
        "The Tessel Post reports:",
        "“The mill will close in May.”",
        "Pellmark said its rents were set as follows:",
        "- 5 pct for a year.",
        "- 6 pct for two years.",
        "Pellmark said: rents will rise.",
        "The mayor was out of town.",
    ]
    orgs = [locate(p, ("Tessel Post", "Pellmark")) for p in paragraphs]
    found = [s.orgs for s in find_attributions(paragraphs, [[] for _ in paragraphs], orgs)]
    assert found == [
        ("Tessel Post",),
        ("Tessel Post",),
        ("Pellmark",),
        ("Pellmark",),
        ("Pellmark",),
        ("Pellmark",),
        (),  # the colon did not end the paragraph: nothing introduced
    ]


@pytest.mark.parametrize(
    ("second", "third", "expected"),
    [
        # a paragraph that is only a quote goes on with the body's words before it
        ("“We will appeal,” Pellmark said.", "“The ruling ignored the facts.”", ("Pellmark",)),
        # ... as do the paragraphs of a quote left open
        (
            "“We will appeal,” Pellmark said. “The ruling is wrong.",
            "“It ignored the facts.",
            ("Pellmark",),
        ),
        # ... not one that names a speaker of its own the rules could not read
        ("“We will appeal,” Pellmark said.", "“The ruling ignored the facts,” she wrote.", ()),
        ("“We will appeal,” Pellmark said.", "“We may sell it, Ada Brisk said.", ()),
        ("“We will appeal,” Pellmark said.", "“It ignored the facts,” an official said.", ()),
    ],
)
def test_a_quote_paragraph_goes_on_with_the_body_before_it(
    second: str, third: str, expected: tuple[str, ...]
) -> None:
    paragraphs = ["Pellmark lost the case.", second, third]
    orgs = [locate(p, ("Pellmark",)) for p in paragraphs]
    persons = [locate(p, ("Ada Brisk",)) for p in paragraphs]
    assert find_attributions(paragraphs, persons, orgs)[-1].orgs == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # bodies listed with "and" before a refusal or a verb of saying after an auxiliary, or
        # a past form, each a mention or a person's institution
        ("Pellmark and Ohio did not respond to requests for comment.", ("Pellmark", "Ohio")),
        (
            "The Doe campaign and the Harwell Rivet Union did not respond to requests for comment.",
            ("Doe campaign", "Harwell Rivet Union"),
        ),
        ("The Doe campaign and Pellmark declined to comment.", ("Doe campaign", "Pellmark")),
        # ... not a list a preposition governs, one talking, one a trailing attribution reports
        ("Analysts at Pellmark and Ohio did not respond to requests for comment.", ()),
        ("Pellmark and Ohio had been discussing a merger.", ()),
        ("Pellmark and Ohio are not saying much, an official said.", ()),
    ],
)
def test_bodies_listed_before_a_refusal(paragraph: str, expected: tuple[str, ...]) -> None:
    assert org_speakers(paragraph, BODIES, ("Doe",)) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a body's finding, with "that" after it, in the past or the third person
        ("The Tessel Trade Organization found that imports had hurt growers.", BODIES[1:2]),
        ("In a survey of 900 firms, Pellmark finds that most expect a slump.", ("Pellmark",)),
        # ... not a thing found, a forecast, a noun, nor a person's finding
        ("Pellmark found a buyer for the plant.", ()),
        ("Ohio will probably find that such funds do not grow.", ()),
        ("He cited the Pellmark finding that rents rose.", ()),
        # ... nor a study's result: its author is a preposition's object
        ("A 2009 study by the nonpartisan Pellmark found that rents rose.", ()),
    ],
)
def test_a_bodys_finding_is_its_words(paragraph: str, expected: tuple[str, ...]) -> None:
    assert org_speakers(paragraph, BODIES) == expected


def test_a_persons_finding_is_not_a_cue() -> None:
    found = find_attributions(
        ["Doe found that the door was locked."], [locate("Doe found that", ("Doe",))], [[]]
    )
    assert found[0].persons == ()


@pytest.mark.parametrize(
    "paragraph",
    [
        # a cue inside a question the sentence is about attributes nothing
        "The raid set off a debate over how Ohio responds to attacks, and Doe said so.",
        "It is unclear whether Pellmark announced the layoffs.",
        "Investors wonder why the Tessel Trade Organization said nothing.",
        "How Pellmark said it would pay remains unclear.",
    ],
)
def test_a_body_in_a_question_is_no_speaker(paragraph: str) -> None:
    assert org_speakers(paragraph, BODIES, ("Doe",)) == ()


def test_a_body_after_a_question_word_elsewhere_speaks() -> None:
    paragraph = "Asked how it would pay, Pellmark said it would borrow."
    assert org_speakers(paragraph, BODIES) == ("Pellmark",)


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # after bodies quoted together, "it said" is the one that opens its sentence
        ("Pellmark will hold 44 pct of the venture, Ohio the rest, it said.", ("Pellmark",)),
        ("The Tessel Trade Organization will vote on it, it said.", BODIES[1:2]),
        # ... and no one when none of them does, or when it is a list, a modifier or a possessor
        ("The price was not disclosed, it said.", ()),
        ("Pellmark and Ohio will split the cost, it said.", ()),
        ("The Pellmark board will be cut to seven, it said.", ()),
        ("Pellmark's directors will back the plan, it said.", ()),
        # ... nor after a person's words
        ("Ada Brisk said Pellmark will hold 44 pct, it said.", ()),
    ],
)
def test_it_after_bodies_quoted_together_is_its_sentences_subject(
    second: str, expected: tuple[str, ...]
) -> None:
    paragraphs = [
        "Pellmark and the Tessel Trade Organization did not disclose the price yesterday.",
        second,
    ]
    orgs = [locate(p, BODIES) for p in paragraphs]
    persons = [locate(p, ("Ada Brisk",)) for p in paragraphs]
    assert find_attributions(paragraphs, persons, orgs)[-1].orgs == expected
