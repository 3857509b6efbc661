"""Speaker attribution rules added for recall on political news, one test (or a few) per rule,
on sentences written for these tests."""

from __future__ import annotations

import re

import pytest

from newsindex.nlp.speakers import Person, find_attributions, find_speakers


def mentions(paragraph: str, names: dict[str, str]) -> list[Person]:
    """Each surface of ``names`` found in ``paragraph``, as its canonical name."""
    if not names:
        return []
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")
    return [(names[m.group()], m.start(), m.end()) for m in pattern.finditer(paragraph)]


def last(*paragraphs: str, orgs: dict[str, str] | None = None, **names: str) -> tuple[str, ...]:
    """Speakers of the last paragraph; ``names`` maps surface (underscores for spaces) to name."""
    table = {k.replace("_", " "): v for k, v in names.items()}
    people = [mentions(p, table) for p in paragraphs]
    if orgs is None:
        return find_speakers(list(paragraphs), people)[-1]
    bodies = [mentions(p, orgs) for p in paragraphs]
    return find_attributions(list(paragraphs), people, bodies)[-1].persons


def test_an_absolute_with_clause_has_its_own_speaker() -> None:
    # the organisation's verb before the comma does not make "telling" part of what it reported
    paragraph = (
        "The debate turned to how Acme Corp responds to the shortage, with Senator Ann Rivera "
        "telling reporters that she blamed the board."
    )
    assert last(paragraph, orgs={"Acme Corp": "Acme Corp"}, Ann_Rivera="Ann Rivera") == (
        "Ann Rivera",
    )


def test_a_stance_verb_right_after_a_quote_reports_words() -> None:
    paragraphs = (
        "Tom Okafor spent the evening with the farmers of the valley.",
        "“Who will pay for the new dam?” he wondered aloud.",
    )
    assert last(*paragraphs, Tom_Okafor="Tom Okafor") == ("Tom Okafor",)
    # ... but not where no quote precedes: a belief is a named subject's only
    paragraphs = (
        "Tom Okafor spent the evening with the farmers of the valley.",
        "Later he wondered about the dam.",
    )
    assert last(*paragraphs, Tom_Okafor="Tom Okafor") == ()


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("The dam will be finished by spring, Lena Brandt maintains.", ("Lena Brandt",)),
        ("Lena Brandt has long maintained that the dam is safe.", ("Lena Brandt",)),
        ("Lena Brandt maintains a narrow lead in the county.", ()),
        ("“It is safe,” she elaborated, “and it is paid for.”", ("Lena Brandt",)),
        ("“Nobody asked the farmers,” reacted Lena Brandt.", ("Lena Brandt",)),
        ("Lena Brandt reacted to the ruling by leaving the hall.", ()),
        ("Lena Brandt has responded to the flood by raising the levees.", ()),
        ("Lena Brandt responded to the critics by saying the dam is safe.", ("Lena Brandt",)),
        ("Lena Brandt responded to the critics, saying the dam is safe.", ("Lena Brandt",)),
    ],
)
def test_maintain_elaborate_react_and_respond(paragraph: str, expected: tuple[str, ...]) -> None:
    opening = "Lena Brandt, the mayor, toured the dam on Monday."
    assert last(opening, paragraph, Lena_Brandt="Lena Brandt") == expected


def test_a_name_that_modifies_an_institution_does_not_share_its_verb() -> None:
    paragraph = (
        "Although the Brandt administration does not count the absences and has maintained "
        "that the tests are required, Ruiz said parents should decide."
    )
    assert last(paragraph, Brandt="Lena Brandt", Ruiz="Pablo Ruiz") == ("Pablo Ruiz",)


def test_a_passive_clause_then_a_verb_with_its_words() -> None:
    paragraph = (
        "As the hall filled, Ruiz was joined on stage by the governor and joked, “I promise "
        "to keep it short.”"
    )
    assert last(paragraph, Ruiz="Pablo Ruiz") == ("Pablo Ruiz",)
    # the verb of a second passive stays the subject's fate, not his words
    paragraph = "Ruiz was arrested on Monday and charged with fraud."
    assert last(paragraph, Ruiz="Pablo Ruiz") == ()


def test_an_open_appositive_after_a_bracketed_party() -> None:
    paragraph = (
        "On a radio show, Sen. Ann Rivera (D-Ore.), a critic of the dam for a decade told the "
        "host she expected more delays."
    )
    assert last(paragraph, Ann_Rivera="Ann Rivera") == ("Ann Rivera",)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("“We waited nine years,” Gideon Marsh said.", ("Gideon Marsh",)),
        ("“We waited nine years,” said Rep. Gideon Marsh, a Democrat.", ("Gideon Marsh",)),
        # one word: the full name the article gives it
        ("“We waited nine years,” Marsh said.", ("Gideon Marsh",)),
        # not a pronoun, and not an organisation the tagger found
        ("“We waited nine years,” He said.", ()),
        ("“We waited nine years,” Valley Water said.", ()),
    ],
)
def test_a_quote_names_its_speaker_the_tagger_missed(
    paragraph: str, expected: tuple[str, ...]
) -> None:
    # the tagger found no one: "Gideon Marsh" is in no mention list
    paragraphs = ("Gideon Marsh farms near the river.", paragraph)
    assert last(*paragraphs, orgs={"Valley Water": "Valley Water"}) == expected


def test_a_preposition_object_before_an_apposed_list_is_no_subject() -> None:
    paragraph = (
        "Apart from Mr. Ortega, two council members from the east side, Lena Brandt and Pablo "
        "Ruiz, have said they will vote against the budget."
    )
    names = {"Ortega": "Luis Ortega", "Lena_Brandt": "Lena Brandt", "Pablo_Ruiz": "Pablo Ruiz"}
    assert last(paragraph, **names) == ("Lena Brandt", "Pablo Ruiz")


def test_a_fronted_clause_does_not_embed_the_main_clause_cue() -> None:
    # "warned" follows the comma that closes "After ... sexism", so it is not part of what
    # Rivera was reported to have done
    paragraph = (
        "Gideon Marsh stayed calm. After Ann Rivera accused him of stalling, he warned that the "
        "council would sue."
    )
    names = {"Gideon_Marsh": "Gideon Marsh", "Ann_Rivera": "Ann Rivera"}
    assert last(paragraph, **names) == ("Ann Rivera", "Gideon Marsh")
    # without the fronted clause the second verb stays inside the first one's report
    paragraph = "Ann Rivera said that Marsh had stalled until Ruiz accused him of it."
    names = {"Ann_Rivera": "Ann Rivera", "Marsh": "Gideon Marsh", "Ruiz": "Pablo Ruiz"}
    assert last(paragraph, **names) == ("Ann Rivera",)


def test_a_headline_names_a_speaker_by_a_surname_the_story_gives_in_full() -> None:
    # the tagger found no one in the headline; the story's first paragraph names Gideon Marsh
    paragraphs = (
        "Marsh Says He Never Promised The Dam",
        "Gideon Marsh, the county engineer, spoke at the hall on Monday.",
    )
    people = [[], [("Gideon Marsh", 0, 12)]]
    assert find_speakers(list(paragraphs), people)[0] == ("Gideon Marsh",)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("“It was a fair price,” Marsh added to Channel Nine.", ("Gideon Marsh",)),
        ("“It was a fair price,” Marsh added to reporters.", ("Gideon Marsh",)),
        ("Marsh added to the confusion by leaving early.", ()),
    ],
)
def test_added_to_a_listener_reports_words(paragraph: str, expected: tuple[str, ...]) -> None:
    assert last(paragraph, Marsh="Gideon Marsh") == expected


def test_a_quote_mark_glued_to_a_word_opens_a_quote() -> None:
    paragraph = (
        'The visitor praised a "shared future," and spoke warmly about"joint work between the '
        'two towns." Marsh said the towns should be "working together."'
    )
    assert last(paragraph, Marsh="Gideon Marsh") == ("Gideon Marsh",)
    # ... while one between a word and "s" is an apostrophe typed as a quote
    paragraph = 'Marsh said the dollar"s fall would hurt exports.'
    assert last(paragraph, Marsh="Gideon Marsh") == ("Gideon Marsh",)


def test_a_vice_president_is_not_the_president() -> None:
    paragraphs = (
        "President Amara Osei and Vice President Karl Lund opened the bridge on Monday.",
        "The bridge is too narrow, the vice president said, and it will need a second lane.",
    )
    names = {"Amara_Osei": "Amara Osei", "Karl_Lund": "Karl Lund"}
    assert last(*paragraphs, **names) == ("Karl Lund",)


def test_yet_may_stand_between_a_subject_and_its_verb() -> None:
    paragraph = "Marsh has not yet responded to the council's letter."
    assert last(paragraph, Marsh="Gideon Marsh") == ("Gideon Marsh",)


def test_a_colon_right_before_a_quote_mark_introduces_words() -> None:
    paragraph = 'Rep. Ann Rivera (D-Ore.):"Who told you the dam was safe? Who told you that?"'
    assert last(paragraph, Ann_Rivera="Ann Rivera") == ("Ann Rivera",)


def test_a_relative_clause_on_a_name_speaks_for_that_name() -> None:
    paragraph = (
        "Ruiz said the plan was sound. But neither he nor Brandt echoed the anger of Marsh, "
        "who has called the plan a disgrace."
    )
    names = {"Ruiz": "Pablo Ruiz", "Brandt": "Lena Brandt", "Marsh": "Gideon Marsh"}
    assert "Gideon Marsh" in last(paragraph, **names)
    # ... but a belief in a relative clause stays inside the report
    paragraph = "Ruiz said the plan would help farmers, who want more water."
    assert last(paragraph, Ruiz="Pablo Ruiz") == ("Pablo Ruiz",)


@pytest.mark.parametrize(
    "paragraph",
    [
        # the tagger may take the possessive into the mention
        "Marsh's repeated delays angered the council.",
        "Marsh and Ruiz on Monday at a state fair handed out leaflets.",
        "Marsh aides declined to confirm the date.",
    ],
)
def test_noun_phrases_and_aides_are_not_the_person_speaking(paragraph: str) -> None:
    names = {"Marsh's": "Gideon Marsh", "Marsh": "Gideon Marsh", "Ruiz": "Pablo Ruiz"}
    assert last(paragraph, **names) == ()


def test_no_subject_rule_reaches_across_a_sentence_end() -> None:
    paragraph = "It was Marsh at the convention in July. Another twelve said they were undecided."
    assert last(paragraph, Marsh="Gideon Marsh") == ()


def test_a_contracted_pronoun_still_precedes_its_verb() -> None:
    paragraphs = ("Gideon Marsh is not giving up.", "He's suggesting that the vote be held again.")
    assert last(*paragraphs, Gideon_Marsh="Gideon Marsh") == ("Gideon Marsh",)


def test_a_dash_is_no_word_of_a_phrase_between_subject_and_verb() -> None:
    paragraph = (
        "It had not happened since Ruiz beat Brandt in 1984 -- an outsider defeating a "
        "favourite the party had endorsed."
    )
    names = {"Ruiz": "Pablo Ruiz", "Brandt": "Lena Brandt"}
    assert last(paragraph, **names) == ()


def test_a_past_participle_before_by_is_passive() -> None:
    paragraph = (
        "Marsh - who has at times been at the centre of decisions opposed by the unions - toured "
        "the plant."
    )
    assert last(paragraph, Marsh="Gideon Marsh") == ()
    # ... but "by" with an -ing form says how the subject spoke
    paragraph = "Marsh responded by reading the letter aloud."
    assert last(paragraph, Marsh="Gideon Marsh") == ("Gideon Marsh",)


def test_an_absolute_with_clause_may_have_several_subjects() -> None:
    paragraph = "The council is split, with Marsh, Brandt and Ruiz all calling for a second bridge."
    names = {"Marsh": "Gideon Marsh", "Brandt": "Lena Brandt", "Ruiz": "Pablo Ruiz"}
    assert last(paragraph, **names) == ("Gideon Marsh", "Lena Brandt", "Pablo Ruiz")


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a temporal "when" does not make a belief a question (a condition's: see
        # test_an_act_in_a_condition_is_no_ones)
        ("The race changed in October, when Marsh decided not to run.", ("Gideon Marsh",)),
        # ... but "asked if" and "why" do
        ("Asked if Marsh believed the vote was fair, Ruiz said yes.", ("Pablo Ruiz",)),
        ("Ruiz said he did not know why Marsh decided to leave.", ("Pablo Ruiz",)),
    ],
)
def test_a_belief_inside_a_question(paragraph: str, expected: tuple[str, ...]) -> None:
    assert last(paragraph, Marsh="Gideon Marsh", Ruiz="Pablo Ruiz") == expected


def test_a_headline_leaves_out_the_is_of_its_progressive() -> None:
    headline = "Gideon Marsh planning to run for governor"
    assert last(headline, Gideon_Marsh="Gideon Marsh") == ("Gideon Marsh",)
    # ... which a sentence of the story does not
    paragraph = "The hall was quiet, Marsh planning his speech in a corner."
    assert last("Gideon Marsh arrived.", paragraph, Marsh="Gideon Marsh") == ()


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("The Tessel central bank repeatedly added money market liquidity this morning.", ()),
        ("Rivera added 50 cents to the price, dealers said.", ()),
        ("The Tessel central bank added that rates would stay firm.", ("Tessel central bank",)),
        ("Rivera added the plan was sound.", ("Ann Rivera",)),
    ],
)
def test_adding_an_amount_is_no_speech(paragraph: str, expected: tuple[str, ...]) -> None:
    """ "added liquidity", "added 50 cents": an amount put in; "added that" reports words."""
    people = mentions(paragraph, {"Rivera": "Ann Rivera"})
    bodies = mentions(paragraph, {"Tessel central bank": "Tessel central bank"})
    found = find_attributions([paragraph], [people], [bodies])[-1]
    assert found.persons + found.orgs == expected


def test_a_firms_town_and_state_do_not_speak_for_it() -> None:
    """ "Acme Corp., Albany, N.Y., said": the agencies' town and state sit between the firm and
    its verb."""
    paragraph = "Harwell Foods Inc., Tessel, Ill., said it would sell the unit."
    bodies = mentions(paragraph, {n: n for n in ("Harwell Foods Inc.", "Tessel", "Ill.")})
    assert find_attributions([paragraph], [[]], [bodies])[-1].orgs == ("Harwell Foods Inc.",)


def test_according_to_a_body_the_story_named() -> None:
    """ "according to the agency": the body the story last called by that noun, as "the agency
    said" is."""
    paragraphs = (
        "The Federal Weather Agency issued a storm warning for the coast.",
        "About 40,000 homes lost power overnight, according to the agency, and roads were shut.",
    )
    bodies = [mentions(p, {"Federal Weather Agency": "Federal Weather Agency"}) for p in paragraphs]
    found = find_attributions(list(paragraphs), [[], []], bodies)[-1]
    assert found.orgs == ("Federal Weather Agency",)


@pytest.mark.parametrize("negated", ["isn't", "wasn't", "aren't", "weren't"])
def test_a_negated_passive_has_no_holder(negated: str) -> None:
    """ "Doe, the mayor, isn't expected to attend": others expect, Doe holds no view."""
    paragraph = f"The mayor, Lena Brandt, a guest in past years, {negated} expected to attend."
    assert last(paragraph, Lena_Brandt="Lena Brandt") == ()


def test_a_linked_pronoun_is_the_subject_of_its_clause() -> None:
    """ "Then he cut into Jones, calling him ...": "he" is the subject, not Jones."""
    paragraphs = (
        "At the fair, Tom Okafor accused Pablo Ruiz of stalling the dam.",
        "Then he cut into Marsh, calling him a coward.",
    )
    names = {"Tom_Okafor": "Tom Okafor", "Pablo_Ruiz": "Pablo Ruiz", "Marsh": "Gideon Marsh"}
    assert last(*paragraphs, **names) == ("Tom Okafor",)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("The fund raised $3 million last year, according to Harbor Watch.", ("Harbor Watch",)),
        ("Turnout fell, according to The Valley Ledger, and lines were short.", ("Valley Ledger",)),
        ("Sales doubled, according to Pollworks. Rivals disagree.", ("Pollworks",)),
        # a document, a title before a tagged name, a known person's surname: no organisation
        ("The jet flew 300 hours, according to F.A.A. records.", ()),
        ("The plan is costly, according to Mr. Okafor.", ()),
        ("The plan is costly, according to Okafor.", ()),
    ],
)
def test_according_to_a_name_the_tagger_left_out(paragraph: str, expected: tuple[str, ...]) -> None:
    """ "according to Harbor Watch.": a source the tagger missed is an organisation, unless it
    is a person of the article."""
    people = [mentions(p, {"Tom Okafor": "Tom Okafor"}) for p in ("Tom Okafor spoke.", paragraph)]
    found = find_attributions(["Tom Okafor spoke.", paragraph], people, [[], []])[-1]
    assert found.orgs == expected


def test_a_pronoun_after_a_fronted_phrase_is_the_subject() -> None:
    """ "On Friday, he joined ..., saying": the pronoun opens the main clause."""
    paragraphs = (
        "Tom Okafor has campaigned across the valley for a month.",
        "On Friday, he joined the farmers of Pablo Ruiz in a march, saying the dam was a waste.",
    )
    assert last(*paragraphs, Tom_Okafor="Tom Okafor", Pablo_Ruiz="Pablo Ruiz") == ("Tom Okafor",)


def test_a_coordinated_pronoun_may_mean_a_person_of_an_earlier_sentence() -> None:
    """ "Doe helped. But on Tuesday, he stood with them and urged ...": the subject of the
    paragraph's first sentence, not the person the paragraph before was about."""
    paragraphs = (
        "Pablo Ruiz, the challenger, spoke at the fair.",
        "Last month, Okafor brokered a deal on the dam. But on Tuesday, he stood with the "
        "council and urged farmers to reject it.",
    )
    assert last(*paragraphs, Pablo_Ruiz="Pablo Ruiz", Okafor="Tom Okafor") == ("Tom Okafor",)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Okafor voted for the dam in 2019, but said on Monday that it was a mistake.",
        "Okafor paused, then revealed why the vote had moved him.",
        "Okafor lost the vote and then warned the council about the cost.",
    ],
)
def test_a_verb_after_but_or_then_shares_the_subject(paragraph: str) -> None:
    assert last(paragraph, Okafor="Tom Okafor") == ("Tom Okafor",)


def test_a_shared_subject_is_not_a_name_in_what_was_reported() -> None:
    """ "The board concluded that Doe had been careless, but did not ...": the board's verb, not
    Doe's; "She's a Doe supporter but concedes ...": the pronoun's."""
    paragraph = "The board concluded that Ruiz had been careless, but did not recommend a fine."
    assert last(paragraph, Ruiz="Pablo Ruiz") == ()
    paragraphs = (
        "“We need water,” said Lena Brandt, a farmer.",
        "She's a Ruiz supporter but concedes that the dam is popular.",
    )
    assert last(*paragraphs, Lena_Brandt="Lena Brandt", Ruiz="Pablo Ruiz") == ("Lena Brandt",)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Rep. Tom Okafor and state Senate leader Lena Brandt have publicly stated their interest.",
        "Tom Okafor, KTVX's Pablo Ruiz and Ledger's Lena Brandt argued the dam was too costly.",
    ],
)
def test_a_list_of_speakers_with_a_state_title_or_a_possessive(paragraph: str) -> None:
    """ "Smith and state House Speaker Doe", "Smith, MSNBC's Roe and Reuters' Doe": one list,
    all speak."""
    names = {"Tom_Okafor": "Tom Okafor", "Lena_Brandt": "Lena Brandt", "Pablo_Ruiz": "Pablo Ruiz"}
    found = set(last(paragraph, **names))
    assert found == {"Tom Okafor", "Lena Brandt"} | (
        {"Pablo Ruiz"} if "Ruiz" in paragraph else set()
    )


@pytest.mark.parametrize("verb", ["gloated", "grumbled", "marveled", "vented", "griped"])
def test_more_verbs_of_saying(verb: str) -> None:
    """ "And Doe gloated: “...”": verbs that report words with a manner."""
    paragraph = f"And Okafor {verb}: “I told you the dam would fail.”"
    assert last(paragraph, Okafor="Tom Okafor") == ("Tom Okafor",)


def test_a_headline_colon_after_a_place_with_dots() -> None:
    """ "Doe To Farmers Worried About U.S. Tariffs: ...": an abbreviation's dot is no clause end."""
    headline = "Okafor To Farmers Worried About U.S. Tariffs: The Dam Will Be Built."
    assert last(headline, Okafor="Tom Okafor") == ("Tom Okafor",)


def test_an_organisation_after_a_preposition_speaks_in_its_relative_clause() -> None:
    """ "a request by the Ledger, which argued that ...": the Ledger argued; not "Doe of
    Vermont, who said", where the person speaks."""
    paragraph = (
        "The order followed a request by the Valley Ledger, which argued the files were public."
    )
    bodies = mentions(paragraph, {"Valley Ledger": "Valley Ledger"})
    assert find_attributions([paragraph], [[]], [bodies])[-1].orgs == ("Valley Ledger",)
    paragraph = "The plan drew praise from Senator Tom Okafor of Tessel, who said it was overdue."
    people = mentions(paragraph, {"Tom Okafor": "Tom Okafor"})
    bodies = mentions(paragraph, {"Tessel": "Tessel"})
    found = find_attributions([paragraph], [people], [bodies])[-1]
    assert (found.persons, found.orgs) == (("Tom Okafor",), ())


def test_a_shared_subject_is_not_a_name_in_what_a_body_said() -> None:
    """ "Acme said Doe was not involved and said ...": Acme's second verb, not Doe's."""
    paragraph = "But Harwell Weekly said Okafor was not involved and said the deal was closed."
    assert last(paragraph, Okafor="Tom Okafor") == ()


def test_a_shared_verb_may_continue_a_relative_clause() -> None:
    """ "Doe flew to the coast after the storms that hit the ports, but mostly claimed farms":
    the storms claimed, not Doe; "Doe said that ..., but added" still shares Doe."""
    paragraph = (
        "Governor Lena Brandt flew to the coast on Tuesday after the storms that hit the ports, "
        "but mostly claimed inland farms."
    )
    assert last(paragraph, Lena_Brandt="Lena Brandt") == ()
    paragraph = "Brandt said that the ports were safe, but added that the farms were not."
    assert last(paragraph, Brandt="Lena Brandt") == ("Lena Brandt",)


def test_which_after_a_topic_or_a_place_is_not_the_organisations() -> None:
    """ "a report on Tessel, which said ...", "a mission to Harwell, which refused ...": the
    clause may be the first noun's; only an author ("a request by the Ledger, which argued")
    is read as the body that speaks."""
    for paragraph in (
        "The plan echoed a report on Tessel, which said the dam would cost too much.",
        "A trade mission to Tessel, which refused any discount, left early.",
    ):
        bodies = mentions(paragraph, {"Tessel": "Tessel"})
        assert find_attributions([paragraph], [[]], [bodies])[-1].orgs == ()


def test_a_spokesman_is_not_the_person_he_speaks_for() -> None:
    """ "A Doe spokesman declined to comment but said ...": the spokesman, unnamed, speaks."""
    paragraph = "A Ruiz spokesman declined to give details but said the sale was closed."
    assert last(paragraph, Ruiz="Pablo Ruiz") == ()


def test_a_towns_state_does_not_speak() -> None:
    """ "... at his house in Harwell, N.Y., speaking on condition of anonymity": the state after
    a town is no organisation that speaks."""
    paragraph = (
        "Officials familiar with the files kept at the house in Harwell, N.Y., speaking on the "
        "condition of anonymity because they could not discuss the case, said the files were safe."
    )
    bodies = mentions(paragraph, {"Harwell": "Harwell", "N.Y.": "N.Y."})
    assert find_attributions([paragraph], [[]], [bodies])[-1].orgs == ()


def test_a_firms_town_and_state_before_an_aside_do_not_speak() -> None:
    """ "Acme Inc., Harwell, N.J., facing a squeeze, said ...": the firm speaks."""
    paragraph = (
        "Pellmark Inc., Harwell Heights, N.J., facing a cash squeeze, said it would sell a unit."
    )
    bodies = mentions(paragraph, {n: n for n in ("Pellmark Inc.", "Harwell Heights", "N.J.")})
    assert find_attributions([paragraph], [[]], [bodies])[-1].orgs == ("Pellmark Inc.",)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Harwell Watch stated in a release that the files were incomplete.", ("Harwell Watch",)),
        ("The march drew 2,000 people, KTVX-TV reported.", ("KTVX-TV",)),
        # an auxiliary or an adverb between the name and its verb
        ("Harwell Watch has stated that the files were incomplete.", ("Harwell Watch",)),
        ("Harwell Watch repeatedly stated that the files were incomplete.", ("Harwell Watch",)),
        ("Pellmark Foods said sales rose 4 pct in the quarter.", ("Pellmark Foods",)),
        ("After the close, PTX said it would buy back shares.", ("PTX",)),
        # initials joined by "and", as a wire writes "&"
        ("The debt was downgraded, S and P said.", ("S and P",)),
        # one word after "the" before what a newspaper does; not a person described by one
        ("The mine was shut, the Ledger reported.", ("Ledger",)),
        ("The mine was shut, the Ledger said.", ()),
        ("The mine was shut, the Texan said.", ()),
        ("The GDP forecast by the institute was cut.", ()),
        ("The notes were priced at par.", ()),
        # a person the tagger missed, a title and name, a group, a known surname: no body
        ("Lena Marsh said the files were incomplete.", ()),
        ("Chief Inspector Redo Amani told reporters the mine was safe.", ()),
        ("Critics said the files were incomplete.", ()),
        ("Okafor said the files were incomplete.", ()),
        # ... nor a legislator's acronym
        ("The MLA said the files were incomplete.", ()),
        # the body's initials in brackets, or the kind of outlet after its name
        ("Output fell, the Harwell Oil Survey (HOS) said.", ("Harwell Oil Survey",)),
        ("Output fell, the Quill Weekly newsletter said.", ("Quill Weekly newsletter",)),
        (
            "Output fell, the respected Harwell Ledger newspaper said.",
            ("Harwell Ledger newspaper",),
        ),
        # ... not a description of an outlet, nor an adjective before a name with no kind
        ("Output fell, a Harwell newspaper said.", ()),
        ("Output fell, the English-language daily said.", ()),
        ("Output fell, the new Harwell Watch said.", ()),
        ("The published reports valued the mine at 9 mln dlrs.", ()),
    ],
)
def test_a_body_the_tagger_left_out_before_its_verb(
    paragraph: str, expected: tuple[str, ...]
) -> None:
    """ "Harwell Watch stated", "..., KTVX-TV reported.": a name of several words or written
    like a brand before a verb of saying, when the tagger tagged nothing there."""
    first = "Tom Okafor spoke."
    people = [mentions(p, {"Tom Okafor": "Tom Okafor"}) for p in (first, paragraph)]
    found = find_attributions([first, paragraph], people, [[], []])[-1]
    assert found.orgs == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Sales fell 4 pct, Pellmark said.", ("Pellmark Rivet Works Ltd",)),
        ("Pellmark Rivet also said it would close a plant.", ("Pellmark Rivet Works Ltd",)),
        # the first firm named keeps the opening word; a firm named later does not take it
        ("Harwell said it would close a plant.", ("Harwell Mills Inc",)),
        # any body's name of two words or more, though a word of it is a title ("General")
        ("Quill said it would close a plant.", ("Quill Bancorp",)),
        ("Tessel General said it would close a plant.", ("Tessel General Inc",)),
        # ... and the initials of two names joined by "and", as a wire writes them
        ("Q and M said it would close a plant.", ("Quill and Marsh Co",)),
        # ... not a person, nor a word of the firm's name that does not open it
        ("Okafor said it would close a plant.", ()),
        ("Tom said it would close a plant.", ()),
        ("Rivet said it would close a plant.", ()),
    ],
)
def test_a_firm_named_before_by_its_opening_words(
    paragraph: str, expected: tuple[str, ...]
) -> None:
    """ "Equity said" after "Equity Silver Mines Ltd": the firm, which the tagger does not tag
    when the wire writes the short name."""
    first = (
        "Pellmark Rivet Works Ltd sold Harwell Mills Inc to Harwell Tools Inc, Quill Bancorp, "
        "Tessel General Inc, Quill and Marsh Co and Tom Okafor."
    )
    names = (
        "Pellmark Rivet Works Ltd",
        "Harwell Mills Inc",
        "Harwell Tools Inc",
        "Quill Bancorp",
        "Tessel General Inc",
        "Quill and Marsh Co",
    )
    people = [mentions(p, {"Tom Okafor": "Tom Okafor"}) for p in (first, paragraph)]
    bodies = [mentions(first, {n: n for n in names}), []]
    assert find_attributions([first, paragraph], people, bodies)[-1].orgs == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Bank of Tessel Governor John Crow said he expects growth.", ("John Crow",)),
        ("Growth will slow, Bank of Tessel economist John Crow said.", ("John Crow",)),
        ("Speaker of the House Rep. John Crow said he expects growth.", ("John Crow",)),
        # ... but a spokesman for him, his critics, or a meeting with him
        ("A spokesman for Bank of Tessel Governor John Crow said growth would slow.", ()),
        (
            "Tom Okafor met aides and Bank of Tessel Governor John Crow on a tour to explain "
            "the plan.",
            (),
        ),
    ],
)
def test_a_title_after_a_body_named_with_of(paragraph: str, expected: tuple[str, ...]) -> None:
    """ "Bank of Canada Governor John Crow said": the name is no object of "of"."""
    assert last(paragraph, John_Crow="John Crow", Tom_Okafor="Tom Okafor") == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "The port will reopen, Minister of State for Foreign Affairs John Crow said today.",
            ("John Crow",),
        ),
        ("Deputy Secretary of State for Trade John Crow acknowledged the delay.", ("John Crow",)),
        # ... after an inverted verb too, its "for" and "and" part of the title
        (
            "The port will reopen, said Minister of State for Foreign Affairs John Crow.",
            ("John Crow",),
        ),
        (
            "The port will reopen, said Secretary of State for Trade and Industry John Crow.",
            ("John Crow",),
        ),
        # ... but not one who speaks for him, nor the agent of a participle
        ("A spokesman for Minister of State for Trade John Crow said the port would close.", ()),
        ("The port will close, said a spokesman for Minister of State for Trade John Crow.", ()),
        ("An aide to Minister of State for Trade John Crow said the port would close.", ()),
        (
            "The relief announced by Tessel Chancellor of the Exchequer John Crow will favour "
            "small fields, according to stockbrokers.",
            (),
        ),
    ],
)
def test_a_title_with_its_own_of_and_for(paragraph: str, expected: tuple[str, ...]) -> None:
    """ "Minister of State for Foreign Affairs John Crow said", "said Minister of State for ...
    John Crow": the title's "for" governs no name; a preposition before the title does."""
    assert last(paragraph, John_Crow="John Crow") == expected


def test_a_sentence_may_end_with_an_acronym() -> None:
    """ "... wary of NATO. Former leader Jane Doe says ...": a new sentence, its subject Doe."""
    paragraph = (
        "Many voters are wary of the eastward push of NATO. Former Tessel leader Lena Brandt "
        "says the push is a mistake."
    )
    assert last(paragraph, Lena_Brandt="Lena Brandt") == ("Lena Brandt",)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Mayor Lena Brandt is drafting a harbour plan that she hopes to unveil in May.",
            ("Lena Brandt",),
        ),
        ("Tom Okafor lost the vote in March. He believes the count was wrong.", ("Tom Okafor",)),
        # ... not words a verb of saying reports, a free relative, or a person not named here
        ("Tom Okafor left early, and his aides said he plans to rest.", ()),
        ("Lena Brandt may appoint anyone she wants to the harbour board.", ()),
        ("The harbour board met on Monday. He believes the count was wrong.", ()),
    ],
)
def test_a_pronoun_before_a_belief_or_wish(paragraph: str, expected: tuple[str, ...]) -> None:
    """ "a plan that she hopes to unveil": the pronoun's person, named in the paragraph, holds
    the belief or wish, as a named subject would."""
    assert last(paragraph, Lena_Brandt="Lena Brandt", Tom_Okafor="Tom Okafor") == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("The toll plan was quickly derided by Tom Okafor, the port's chief.", ("Tom Okafor",)),
        ("It is a practice criticized by Lena Brandt and two councillors.", ("Lena Brandt",)),
        # ... not a thing put forward, whose agent said nothing here
        ("Voters liked the change offered by Tom Okafor.", ()),
        ("The bill championed by Lena Brandt passed.", ()),
    ],
)
def test_the_agent_of_a_passive_speech_act(paragraph: str, expected: tuple[str, ...]) -> None:
    """ "derided by Okafor", "criticized by Brandt": the agent of a speech act in the passive
    speaks, as the agent of "reported by" does."""
    assert last(paragraph, Lena_Brandt="Lena Brandt", Tom_Okafor="Tom Okafor") == expected


@pytest.mark.parametrize(
    ("headline", "surface"),
    [
        ("Rick Doe Slams Lena Roe Over Harbour Tolls", "Rick Doe Slams"),
        ("Rick Doe Finally Endorses Harbour Plan", "Rick Doe Finally Endorses"),
    ],
)
def test_a_headline_verb_taken_into_a_name(headline: str, surface: str) -> None:
    """ "[Rick Doe Slams] Roe": the tagger took the headline's verb into the name; the verb is
    cut off, and the rest is the person the article names."""
    body = "Rick Doe spoke at the harbour on Monday."
    people = [mentions(headline, {surface: surface}), mentions(body, {"Rick Doe": "Rick Doe"})]
    assert find_speakers([headline, body], people)[0] == ("Rick Doe",)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Lena Brandt has long pushed for a toll on the harbour bridge.", ("Lena Brandt",)),
        ("Tom Okafor learned that the vote was lost when he landed.", ("Tom Okafor",)),
        ("Tom Okafor realized the count was wrong.", ("Tom Okafor",)),
        ("Lena Brandt advocates a toll on the harbour bridge.", ("Lena Brandt",)),
        ("Tom Okafor embraced the plan in May.", ("Tom Okafor",)),
        # ... a movement, not a cause pressed
        ("Tom Okafor pushed through the crowd to the stage.", ()),
    ],
)
def test_verbs_of_learning_and_of_pressing_a_cause(
    paragraph: str, expected: tuple[str, ...]
) -> None:
    """ "learned that", "realized", "pushed for", "advocates", "embraced": what a named person
    came to know or pressed for is attributed to them, as "believes" or "supports" is."""
    assert last(paragraph, Lena_Brandt="Lena Brandt", Tom_Okafor="Tom Okafor") == expected


def test_a_clause_after_a_closing_quote_and_and_has_its_own_subject() -> None:
    """'... “a highway between the two parties,” and Okafor talks about ...': the quote's
    comma and "and" end what the first verb reported."""
    paragraph = (
        "Brandt describes the party as “a highway between the two parties,” and Okafor talks "
        "about what the council can achieve."
    )
    assert last(paragraph, Brandt="Lena Brandt", Okafor="Tom Okafor") == (
        "Lena Brandt",
        "Tom Okafor",
    )


def test_a_clause_opened_by_when_after_a_noun() -> None:
    """ "in a year when Okafor is talking about ...": 'when' opens a clause, it is no noun whose
    relative clause the name would open ("a move Okafor opposed")."""
    paragraph = "In a year when Okafor is talking about new tolls, the council is split."
    assert last(paragraph, Okafor="Tom Okafor") == ("Tom Okafor",)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("But Harwell police say the march was peaceful.", ("Harwell police",)),
        (
            "The Tesselian government said on Monday it would close the port.",
            ("Tesselian government",),
        ),
        ("Last year, Tesselian police reported 90 thefts.", ("Tesselian police",)),
        ("The Brandt campaign said it would hire.", ("Brandt campaign",)),
        ("His campaign said it would hire.", ()),  # a pronoun's, not a name
        ("The army said the port would close.", ()),  # no name: a description
        # after "according to" or an inverted verb, up to the end of the clause
        ("According to the Tesselian government, the port will close.", ("Tesselian government",)),
        ("“The port will close,” said the Okafor campaign.", ("Okafor campaign",)),
        ("According to the Tesselian government report, the port will close.", ()),
        # a preposition's object, a person's body, a plural with one body, a participle
        ("A spokesman for the Tesselian government said the port would close.", ()),
        ("Okafor's campaign said the port would close.", ()),
        ("The Tesselian government say the port will close.", ()),
        ("The march ended, Harwell police saying it was peaceful.", ()),
    ],
)
def test_a_body_named_by_a_modifier_and_its_head_noun(
    paragraph: str, expected: tuple[str, ...]
) -> None:
    """ "Cologne police say", "The Turkish government said": a capitalised modifier and a
    body's head noun before a verb of saying name the body, which the tagger does not tag."""
    first = "Tom Okafor spoke."
    people = [mentions(p, {"Tom Okafor": "Tom Okafor"}) for p in (first, paragraph)]
    found = find_attributions([first, paragraph], people, [[], []])[-1]
    assert found.orgs == expected


def test_it_and_the_company_are_the_body_that_last_spoke() -> None:
    """ "Acme Corp said ... It said ... The company also said": the organisation of the last
    attribution, when it was the only one and no person spoke after it."""
    paragraphs = [
        "Harwell Mills Inc said on Monday it would close two plants.",
        "It said the closures would save 20 mln dlrs a year.",
        "The company also said sales rose 4 pct.",
        "“We regret the decision,” Tom Okafor said.",
        "It said the plants employ 900 people.",  # after a person spoke: not the firm
    ]
    people = [mentions(p, {"Tom Okafor": "Tom Okafor"}) for p in paragraphs]
    orgs: list[list[Person]] = [[("Harwell Mills Inc", 0, 17)], [], [], [], []]
    found = [s.orgs for s in find_attributions(paragraphs, people, orgs)]
    assert found == [("Harwell Mills Inc",)] * 3 + [(), ()]
    # a spokesman for the company is not the company; two bodies leave "it" open
    assert [
        s.orgs
        for s in find_attributions(
            [
                "Harwell Mills Inc said it would close two plants.",
                "A spokesman for the company said no.",
            ],
            [[], []],
            [[("Harwell Mills Inc", 0, 17)], []],
        )
    ] == [("Harwell Mills Inc",), ()]
    paragraphs = [
        "Harwell Mills Inc and Bolt Co said they would merge.",
        "It said the deal is done.",
    ]
    orgs = [[("Harwell Mills Inc", 0, 17), ("Bolt Co", 22, 29)], []]
    assert find_attributions(paragraphs, [[], []], orgs)[-1].orgs == ()
    # ... and "the group", "the agency", "the bank", "the organization" the same way
    paragraphs = [
        "The Harwell Trust said it would sue.",
        "The rights group said the law is unfair.",
    ]
    orgs = [[("Harwell Trust", 4, 17)], []]
    assert find_attributions(paragraphs, [[], []], orgs)[-1].orgs == ("Harwell Trust",)
    # ... and "the newspaper", "the network", "the magazine", "the station"
    paragraphs = [
        "“Rates will rise,” the Harwell Ledger wrote.",
        "The newspaper said it stood by it.",
    ]
    orgs = [[("Harwell Ledger", 23, 37)], []]
    assert find_attributions(paragraphs, [[], []], orgs)[-1].orgs == ("Harwell Ledger",)


@pytest.mark.parametrize(
    "paragraph",
    [
        "“The bridge will open in May,” Lena Brandt started.",
        "“We finally have our bridge!” beamed Lena Brandt of Dunmore.",
        "“The bridge is ours,” an angry Lena Brandt retaliated.",
    ],
)
def test_a_quote_s_trailing_attribution_with_any_verb(paragraph: str) -> None:
    assert last(paragraph, Lena_Brandt="Lena Brandt") == ("Lena Brandt",)


def test_a_name_after_a_quote_that_starts_the_next_sentence_is_no_trailer() -> None:
    paragraph = "“The bridge will open in May.” Lena Brandt arrived at noon."
    assert last(paragraph, Lena_Brandt="Lena Brandt") == ()


def test_the_name_in_apposition_to_a_possessive_s_noun_is_the_participle_s_subject() -> None:
    paragraph = (
        "In early October, Okafor’s state director, Lena Brandt, reached out to the firm, "
        "writing in an email that the campaign wanted the data."
    )
    assert last(paragraph, Okafor="Tom Okafor", Lena_Brandt="Lena Brandt") == ("Lena Brandt",)
    paragraph = "Okafor’s campaign went on the offensive, writing that the plan would fail."
    assert last(paragraph, Okafor="Tom Okafor") == ()


def test_a_participle_after_in_and_a_second_participle_after_and() -> None:
    paragraph = "Tom Okafor was blunt in calling for a ban on Tuesday night."
    assert last(paragraph, Tom_Okafor="Tom Okafor") == ("Tom Okafor",)
    paragraph = (
        "Tom Okafor kept up his attack on Lena Brandt on Saturday, casting her as a fraud and "
        "questioning her judgment."
    )
    assert last(paragraph, Tom_Okafor="Tom Okafor", Lena_Brandt="Lena Brandt") == ("Tom Okafor",)


def test_a_longer_verb_phrase_before_an_infinitive_cue() -> None:
    paragraph = "Tom Okafor took the opportunity during the long debate to address the dam."
    assert last(paragraph, Tom_Okafor="Tom Okafor") == ("Tom Okafor",)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Lena Brandt chastised the board for its delay.",
        "Lena Brandt repudiated the mayor's remarks on Monday.",
        "Lena Brandt swore she would finish the bridge.",
        "Lena Brandt disclosed that the bridge would cost more.",
    ],
)
def test_more_speech_acts(paragraph: str) -> None:
    assert last(paragraph, Lena_Brandt="Lena Brandt") == ("Lena Brandt",)


def test_protests_after_a_name_is_a_noun() -> None:
    assert last("The Brandt protests drew a crowd.", Brandt="Lena Brandt") == ()


def test_a_list_before_a_verb_phrase_and_an_infinitive_cue() -> None:
    paragraph = "Lena Brandt, Tom Okafor and Ann Rivera went on Twitter to applaud the vote."
    names = {"Lena_Brandt": "Lena Brandt", "Tom_Okafor": "Tom Okafor", "Ann_Rivera": "Ann Rivera"}
    assert last(paragraph, **names) == ("Lena Brandt", "Tom Okafor", "Ann Rivera")


def test_a_stance_verb_shares_the_subject_of_the_verb_before_and() -> None:
    paragraph = "Tom Okafor ignored the advice and refused to sign the agreement."
    assert last(paragraph, Tom_Okafor="Tom Okafor") == ("Tom Okafor",)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Lena Brandt took issue with the board's figures.",
        "Lena Brandt took some shots at the board on Tuesday.",
        "Lena Brandt drew sharp contrasts between herself and the board.",
        "Lena Brandt made an impassioned case for the bridge.",
        "Lena Brandt paints the board as reckless.",
    ],
)
def test_idioms_of_speech(paragraph: str) -> None:
    assert last(paragraph, Lena_Brandt="Lena Brandt") == ("Lena Brandt",)


def test_a_participle_s_subject_is_not_a_preposition_s_object() -> None:
    paragraph = (
        "The event with Lena Brandt comes two weeks later, urging people in the state to "
        "register to vote."
    )
    assert last(paragraph, Lena_Brandt="Lena Brandt") == ()


def test_a_trailing_pronoun_goes_to_the_person_the_story_turned_to() -> None:
    """After a speaker's words, a paragraph about someone else makes "he said" theirs; a
    paragraph about no one, or about something of someone's ("the Roe campaign"), lets the last
    speaker go on."""
    names = {"Tom_Okafor": "Tom Okafor", "John_Roe": "John Roe"}
    first = "“The dam is safe,” said Tom Okafor, the engineer."
    quote = "“We checked every bolt,” he said."
    assert last(first, "John Roe visited the site on Monday.", quote, **names) == ("John Roe",)
    assert last(first, "The dam was built in 1950.", quote, **names) == ("Tom Okafor",)
    turned = "The John Roe campaign paid for the survey."
    assert last(first, turned, quote, **names) == ("Tom Okafor",)
    turned = "Critics say that the John Roe team ignored the survey."
    assert last(first, turned, quote, **names) == ("Tom Okafor",)


def test_a_verb_of_saying_inside_what_another_reports() -> None:
    names = {"Lena_Brandt": "Lena Brandt", "Tom_Okafor": "Tom Okafor"}
    paragraph = "Lena Brandt said Tom Okafor had not replied to her letters."
    assert last(paragraph, **names) == ("Lena Brandt",)
    paragraph = "Lena Brandt said that Tom Okafor had told the board the bridge was safe."
    assert last(paragraph, **names) == ("Lena Brandt",)
    # ... but a clause of its own has its own speaker
    paragraph = "Lena Brandt tweeted after Tom Okafor argued that the bridge was safe."
    assert last(paragraph, **names) == ("Lena Brandt", "Tom Okafor")
    paragraph = "Lena Brandt said the bridge was safe, and Tom Okafor said it was not."
    assert last(paragraph, **names) == ("Lena Brandt", "Tom Okafor")


@pytest.mark.parametrize(
    "paragraph",
    [
        "“The bridge tolls have doubled since spring and nobody asked us.” ― Marta Quell",
        "“We waited four hours at the clinic.”— Marta Quell.",
        '"The bus never came." -- Marta Quell',
        # a closing mark typed where the quote opens
        "”The bus never came and he said nothing about it.” ― Marta Quell",
    ],
)
def test_a_quote_signed_after_a_dash_is_its_signer_s(paragraph: str) -> None:
    assert last(paragraph, Marta_Quell="Marta Quell", he="he") == ("Marta Quell",)


@pytest.mark.parametrize(
    "paragraph",
    [
        # a reporter's sign-off after reported words
        'Okafor said the vote would "settle nothing."--Marta Quell.',
        # the dash-name does not end the paragraph
        "“Closed for the season.” — Marta Quell found the sign on the door in March.",
    ],
)
def test_a_dash_name_after_reported_words_signs_nothing(paragraph: str) -> None:
    assert "Marta Quell" not in last(paragraph, Marta_Quell="Marta Quell", Okafor="Tom Okafor")


def test_a_description_with_a_slash_between_an_inverted_verb_and_the_name() -> None:
    paragraph = "“The fund has paid no one yet,” said 24/7 volunteer Marta Quell."
    assert last(paragraph, Marta_Quell="Marta Quell") == ("Marta Quell",)


def test_a_plural_verb_after_a_name_joined_to_one_the_tagger_missed() -> None:
    # "Mr. Dunmore" is no mention here: the plural verb still has a subject of two
    paragraph = "Both Mr. Dunmore and Mr. Okafor say the board never saw the report."
    assert last(paragraph, Okafor="Tom Okafor") == ("Tom Okafor",)
    # ... but a single name before a plural form stays a noun's modifier
    assert last("The Okafor notes were lost.", Okafor="Tom Okafor") == ()


def test_can_be_heard_before_a_participle_cue() -> None:
    paragraph = (
        "In the video, Marta Quell can be heard yelling to the guards that the gate was shut."
    )
    assert last(paragraph, Marta_Quell="Marta Quell") == ("Marta Quell",)


def test_a_title_after_a_fronted_phrase_is_the_subject_s_not_the_name_s() -> None:
    paragraphs = (
        "Mayor Lena Brandt visited the flooded district on Monday.",
        "After meeting Tom Okafor, the mayor said the pumps would run all night.",
    )
    names = {"Lena_Brandt": "Lena Brandt", "Tom_Okafor": "Tom Okafor"}
    assert last(*paragraphs, **names) == ("Lena Brandt",)


def test_a_noun_like_form_after_two_names_stays_a_noun() -> None:
    paragraph = "The Bush and Okafor attacks on the plan were printed in full."
    assert last(paragraph, Okafor="Tom Okafor") == ()


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "The Harwell Water Board is saying the reservoir will last the summer.",
            ("Harwell Water Board",),
        ),
        (
            "The Harwell Water Board would argue the reservoir is safe.",
            ("Harwell Water Board",),
        ),
        # a plan or an offer after an auxiliary is no speech
        ("The Harwell Water Board is considering a new levy.", ()),
        ("The Harwell Water Board does offer a rebate to farms.", ()),
        # a body that would not answer answered; one that did not object said nothing
        (
            "The Harwell Water Board did not respond to a request for comment.",
            ("Harwell Water Board",),
        ),
        ("The Harwell Water Board did not object, an aide said.", ()),
        # a body that does not open its sentence is no subject of the auxiliary
        ("Winning over the Harwell Water Board might have been seeing it as a rival.", ()),
        # no auxiliary: a participle or a plural stays the person rules'
        ("Pipes saying nothing, the Harwell Water Board closed.", ()),
    ],
)
def test_an_auxiliary_makes_a_bodys_verb_finite(paragraph: str, expected: tuple[str, ...]) -> None:
    """ "the Board is saying", "the Board would argue": after an auxiliary, an -ing or a base
    form is the finite verb of the body that opens the sentence."""
    bodies = mentions(paragraph, {"Harwell Water Board": "Harwell Water Board"})
    assert find_attributions([paragraph], [[]], [bodies])[-1].orgs == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("“Demand will slow,” the Tessel Monetary Fund report stated.", ("Tessel Monetary Fund",)),
        ("A Tessel Monetary Fund statement said growth would slow.", ("Tessel Monetary Fund",)),
        # a poll's figures are no one's words
        ("A Tessel Monetary Fund poll said growth would slow.", ()),
        # ... and the document's act is its author's words too
        ("A Tessel Monetary Fund statement called the plan reckless.", ("Tessel Monetary Fund",)),
        ("The Tessel Monetary Fund's report urged cuts.", ("Tessel Monetary Fund",)),
        ("A Tessel Monetary Fund poll urged nothing.", ()),
    ],
)
def test_a_bodys_document_speaks_for_it(paragraph: str, expected: tuple[str, ...]) -> None:
    """ "the IMF report stated", "a Pentagon statement said": the document's author speaks."""
    bodies = mentions(paragraph, {"Tessel Monetary Fund": "Tessel Monetary Fund"})
    assert find_attributions([paragraph], [[]], [bodies])[-1].orgs == expected


def test_a_body_publishes_a_person_brings_out_a_book() -> None:
    """ "the Ledger published the memo" reports the paper's story; a person who "published a
    book" and "an interview published Monday" (the thing published) name no speaker."""
    paragraph = "The Valley Ledger published a memo showing the dam was unsafe."
    bodies = mentions(paragraph, {"Valley Ledger": "Valley Ledger"})
    assert find_attributions([paragraph], [[]], [bodies])[-1].orgs == ("Valley Ledger",)
    paragraph = "Ann Rivera just published a book on the dam."
    assert last(paragraph, orgs={}, Ann_Rivera="Ann Rivera") == ()
    paragraph = (
        "Rivera told the Valley Ledger in an interview published on Monday that it was unsafe."
    )
    people = mentions(paragraph, {"Rivera": "Ann Rivera"})
    bodies = mentions(paragraph, {"Valley Ledger": "Valley Ledger"})
    found = find_attributions([paragraph], [people], [bodies])[-1]
    assert (found.persons, found.orgs) == (("Ann Rivera",), ())


def test_a_description_means_the_body_made_a_subject_since_the_last_attribution() -> None:
    """ "Acme said ... The Bolt Institute reached the same conclusion. ..., the group said": the
    group is the body the paragraph has just made a subject, not the last one quoted."""
    paragraphs = [
        "Harwell Foods Inc. said on Monday that costs would rise.",
        "The Bolt Institute, reviewing the plan, reached the same conclusion. Costs would rise "
        "by 3 percent, the group said.",
    ]
    names = {"Harwell Foods Inc.": "Harwell Foods Inc.", "Bolt Institute": "Bolt Institute"}
    bodies = [mentions(p, names) for p in paragraphs]
    assert find_attributions(paragraphs, [[], []], bodies)[-1].orgs == ("Bolt Institute",)
    # with no other body named, the description keeps the last one quoted
    paragraphs[1] = "Costs would rise by 3 percent, the group said."
    bodies = [mentions(p, names) for p in paragraphs]
    assert find_attributions(paragraphs, [[], []], bodies)[-1].orgs == ("Harwell Foods Inc.",)


@pytest.mark.parametrize(
    "second",
    [
        "Deliveries of the oven, the Vesta 40, begin in May, the company said.",
        "Bolt Institute will act as the dealer for the ovens, it said.",
    ],
)
def test_a_body_in_the_words_a_description_reports_is_not_its_speaker(second: str) -> None:
    """ "Deliveries of the oven, the Vesta 40, begin in May, the company said": a body named in
    the description's own sentence is in what it reports; the company is the one quoted."""
    paragraphs = ["Harwell Foods Inc. said it signed a contract for a new oven.", second]
    names = {"Harwell Foods Inc.": "Harwell Foods Inc.", "Vesta": "Vesta", "Bolt Institute": "Bolt"}
    bodies = [mentions(p, names) for p in paragraphs]
    assert find_attributions(paragraphs, [[], []], bodies)[-1].orgs == ("Harwell Foods Inc.",)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Harwell Foods Inc. charged a $50 fee for each delivery.", ()),
        ("Rivera charges 5 percent interest on the loans.", ()),
        ("Rivera charged that the delivery fee was illegal.", ("Ann Rivera",)),
        ("Harwell Foods Inc. charged that the rules were unfair.", ("Harwell Foods Inc.",)),
    ],
)
def test_charging_a_price_is_no_accusation(paragraph: str, expected: tuple[str, ...]) -> None:
    """ "charged a $50 fee", "charges 5 percent interest": a price; "charged that": words."""
    people = mentions(paragraph, {"Rivera": "Ann Rivera"})
    bodies = mentions(paragraph, {"Harwell Foods Inc.": "Harwell Foods Inc."})
    found = find_attributions([paragraph], [people], [bodies])[-1]
    assert found.persons + found.orgs == expected


def test_according_to_a_body_whose_first_words_alone_were_tagged() -> None:
    """ "according to the United States Special Operations Command.": the tagger took only the
    place; the whole capitalised name that ends the clause is the source."""
    paragraph = (
        "Troops now serve in 85 countries, according to the Tessel Special Operations Command."
    )
    bodies = mentions(paragraph, {"Tessel": "Tessel"})
    found = find_attributions([paragraph], [[]], [bodies])[-1]
    assert found.orgs == ("Tessel Special Operations Command",)


def test_a_quoted_transcript_names_each_turn_by_its_label() -> None:
    """A transcript quoted whole ('"HALE: ...') labels its turns inside the quote; a turn
    labelled with someone the story does not name, or a stage direction, continues no one's
    quote, and neither does an earlier open turn take the next label's speaker."""
    paragraphs = [
        "Gov. Mira Hale spoke to the host on Sunday.",
        '"ORTIZ: Let us start with the budget. Will you sign it?',
        '"HALE: Well, look, we will sign it. The people want it.',
        '"And we will keep our word.',
        '"(CROSSTALK.)',
        '"ORTIZ: One more question, Governor.',
    ]
    people = [mentions(p, {"Mira Hale": "Mira Hale"}) for p in paragraphs]
    assert find_speakers(paragraphs, people) == [(), (), ("Mira Hale",), ("Mira Hale",), (), ()]


def test_a_fronted_clause_after_and_leaves_the_main_verb_its_own() -> None:
    """ "And after the court refused ..., Gov. Hale blamed ...": the clause still closes at its
    comma, though "And" opens the sentence."""
    paragraph = (
        "And after the High Court refused to hear the case, Gov. Mira Hale blamed the judges."
    )
    people = mentions(paragraph, {"Mira Hale": "Mira Hale"})
    bodies = mentions(paragraph, {"High Court": "High Court"})
    assert find_attributions([paragraph], [people], [bodies])[-1].persons == ("Mira Hale",)


def test_a_no_break_space_is_a_space_to_the_cues() -> None:
    """Web copy types "issued a\xa0statement": the phrase is still a cue."""
    paragraph = "Right after the vote, Hale issued a\xa0statement, “We won.”"
    assert last(paragraph, Hale="Mira Hale") == ("Mira Hale",)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Lawyers for the growers wrote to Mayor Lena Brandt and Pablo Ruiz and said they "
            "would appeal if Brandt and Ruiz spurn the growers.",
            (),
        ),
        ("The fee will stay at 5 pct unless Brandt decides on a higher one.", ()),
        ("The plan fails if Brandt decides to pull out.", ()),
        ("Ruiz said he would quit if Brandt criticized the plan.", ("Pablo Ruiz",)),
        # a comparison, not a condition: the wish is reported
        ("Ruiz spoke as if Brandt wanted the dam.", ("Lena Brandt",)),
    ],
)
def test_an_act_in_a_condition_is_no_ones(paragraph: str, expected: tuple[str, ...]) -> None:
    """ "... if Brandt and Ruiz spurn the growers": what someone may do names no speaker."""
    assert last(paragraph, Lena_Brandt="Lena Brandt", Brandt="Lena Brandt", Ruiz="Pablo Ruiz") == (
        expected
    )


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Harwell Credit Corp, a unit of Harwell Inc, is raising 90 mln dlrs through an "
            "offering of notes, said lead manager Bolt Securities Inc.",
            ("Bolt Securities Inc",),
        ),
        # ... but a relative clause may hold a verb of its own
        (
            "Harwell Credit Corp, whose parent, Harwell Inc, is in Ohio, said it would raise "
            "rates.",
            ("Harwell Credit Corp",),
        ),
        (
            "Harwell Credit Corp, a unit of Harwell Inc, said it would raise rates.",
            ("Harwell Credit Corp",),
        ),
    ],
)
def test_a_name_with_a_clause_of_its_own_is_not_a_trailing_verbs_subject(
    paragraph: str, expected: tuple[str, ...]
) -> None:
    """ "Acme Credit, a unit of Acme, is raising ..., said lead manager Bolt": after the
    appositive comes the name's own verb, so the trailing one's subject is after it."""
    names = {n: n for n in ("Harwell Credit Corp", "Harwell Inc", "Bolt Securities Inc")}
    found = find_attributions([paragraph], [[]], [mentions(paragraph, names)])[-1]
    assert found.orgs == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("The Brandt administration said the talks would resume.", ("Brandt administration",)),
        (
            "A lobbyist with close ties to the Brandt administration said the talks would resume.",
            (),
        ),
    ],
)
def test_a_persons_institution_as_a_prepositions_object_does_not_speak(
    paragraph: str, expected: tuple[str, ...]
) -> None:
    """ "a lobbyist close to the Brandt administration said": the lobbyist speaks."""
    people = mentions(paragraph, {"Brandt": "Lena Brandt"})
    found = find_attributions([paragraph], [people], [[]])[-1]
    assert (found.persons, found.orgs) == ((), expected)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("Harwell Foods Inc. said on Monday it would close two plants.", ("Harwell Foods Inc.",)),
        # the lead quoted no firm: "the company" may be any
        ("Harwell police said on Monday two plants would close.", ()),
    ],
)
def test_the_company_is_the_firm_the_lead_quoted(lead: str, expected: tuple[str, ...]) -> None:
    """ "Acme Inc said ... Doe said ... The company said": with a person quoted since, the
    description still means the story's company, the firm the lead paragraph quoted."""
    paragraphs = [
        lead,
        "Mayor Lena Brandt said the town would lose 300 jobs.",
        "The company said the plants had lost money for years.",
    ]
    people = [mentions(p, {"Lena Brandt": "Lena Brandt"}) for p in paragraphs]
    names = {"Harwell Foods Inc.": "Harwell Foods Inc.", "Harwell police": "Harwell police"}
    bodies = [mentions(p, names) for p in paragraphs]
    assert find_attributions(paragraphs, people, bodies)[-1].orgs == expected
    paragraphs[2] = "The company also said the plants had lost money for years."
    assert find_attributions(paragraphs, people, bodies)[-1].orgs == expected


def test_a_relative_clause_with_had_written_short() -> None:
    paragraph = "The vote went to Ann Rivera, who’d endorsed the mayor in May."
    assert last(paragraph, Ann_Rivera="Ann Rivera") == ("Ann Rivera",)


def test_an_adverbial_clause_after_a_comma_has_its_own_speaker() -> None:
    paragraph = (
        "“You have my vote,” Ann Rivera assured Tom Okafor, after Okafor assured her of his help."
    )
    assert last(
        paragraph, Ann_Rivera="Ann Rivera", Tom_Okafor="Tom Okafor", Okafor="Tom Okafor"
    ) == (
        "Ann Rivera",
        "Tom Okafor",
    )
    paragraph = "Ann Rivera supported the levy and Tom Okafor, as he has before, opposed it."
    assert last(paragraph, Ann_Rivera="Ann Rivera", Tom_Okafor="Tom Okafor") == (
        "Ann Rivera",
        "Tom Okafor",
    )


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("From Okafor's Facebook post: “We will not give up the port.”", ("Tom Okafor",)),
        ("Okafor’s response was: “Is the port open on Sunday?”", ("Tom Okafor",)),
        # the document's comma closes it: Rivera, not Okafor, wrote
        ("Responding to Okafor's remarks, Ann Rivera wrote: “The port stays.”", ("Ann Rivera",)),
    ],
)
def test_a_persons_document_and_a_colon_quote_them(
    paragraph: str, expected: tuple[str, ...]
) -> None:
    assert last(paragraph, Okafor="Tom Okafor", Ann_Rivera="Ann Rivera") == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "The vote did not surprise port director Tom Okafor: “The port needs it.”",
            ("Tom Okafor",),
        ),
        # the subject of a cue speaks, the person it addresses does not
        ("Ann Rivera thanked port director Tom Okafor: “You kept it open.”", ("Ann Rivera",)),
        ("Ann Rivera sent a note to port director Tom Okafor: “Keep it open.”", ()),
        # no role before the name: a byline or a topic as often as a speaker
        ("The vote did not surprise Tom Okafor: “The port needs it.”", ()),
    ],
)
def test_a_described_person_before_a_colon_is_quoted(
    paragraph: str, expected: tuple[str, ...]
) -> None:
    assert last(paragraph, Tom_Okafor="Tom Okafor", Ann_Rivera="Ann Rivera") == expected


def test_a_signature_line_signs_the_quote_before_it() -> None:
    paragraphs = [
        "Tom Okafor spoke first.",
        "“The port will stay open as long as I am mayor.”",
        "- Ann Rivera, Harwell.",
    ]
    people = [
        mentions(p, {"Tom Okafor": "Tom Okafor", "Ann Rivera": "Ann Rivera"}) for p in paragraphs
    ]
    assert find_speakers(paragraphs, people)[1] == ("Ann Rivera",)
    # ... but not a paragraph with words of its own before the line
    paragraphs[1] = "The mayor spoke of the port. “It will stay open,” he said."
    assert find_speakers(paragraphs, people)[1] != ("Ann Rivera",)
    # a pull quote left open and closed by its signer's line, with no dash
    paragraphs[1] = "“The port will stay open as long as I am mayor."
    paragraphs[2] = "Ann Rivera, Harwell Port Authority.”"
    people = [
        mentions(p, {"Tom Okafor": "Tom Okafor", "Ann Rivera": "Ann Rivera"}) for p in paragraphs
    ]
    assert find_speakers(paragraphs, people)[1] == ("Ann Rivera",)


def test_a_participle_after_by_in_a_relative_clause_is_its_subjects() -> None:
    paragraph = (
        "Mr. Okafor will need their support against Ann Rivera, who last week stunned the council "
        "by questioning Mr. Okafor's record."
    )
    assert last(paragraph, Okafor="Tom Okafor", Ann_Rivera="Ann Rivera") == ("Ann Rivera",)


def test_the_writers_aside_after_reported_words_has_its_own_speaker() -> None:
    paragraph = "Ann Rivera said the dam was safe, something that Tom Okafor mocked."
    assert last(paragraph, Ann_Rivera="Ann Rivera", Tom_Okafor="Tom Okafor") == (
        "Ann Rivera",
        "Tom Okafor",
    )


def test_a_sentence_ending_in_a_colon_introduces_the_quote_that_follows() -> None:
    # a verb that is no cue ("listed") before a colon and a paragraph opening a quote
    paragraphs = [
        "Mara Quell wrote to her supporters on Sunday.",
        "She then listed the questions every voter should ask:",
        "“Has the candidate kept a promise?",
        "“Will the candidate stand firm when the heat is on?”",
    ]
    people = [mentions(p, {"Mara Quell": "Mara Quell"}) for p in paragraphs]
    assert find_speakers(paragraphs, people)[2:] == [("Mara Quell",), ("Mara Quell",)]
    # ... by name too, not by someone the sentence names as an object
    assert last("Mara Quell put it this way:", "“The dam stays.”", Mara_Quell="Mara Quell") == (
        "Mara Quell",
    )
    assert (
        last("Excerpts from an interview with Mara Quell:", "“The dam stays.”", Mara_Quell="x")
        == ()
    )
    # ... and not before a paragraph that is no quote
    assert last("She then listed the questions:", "Cost, safety and speed.", She="x") == ()


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Ines Harlow, Dan Ortiz, and other council members want the dam rebuilt.",
            ("Ines Harlow", "Dan Ortiz"),
        ),
        ("Harlow, others vow to rebuild the dam.", ("Ines Harlow",)),
        ("Harlow and allies aim to block the plan.", ("Ines Harlow",)),
    ],
)
def test_names_with_a_group_after_a_comma_or_allies_share_the_verb(
    paragraph: str, expected: tuple[str, ...]
) -> None:
    assert last(
        paragraph, Ines_Harlow="Ines Harlow", Harlow="Ines Harlow", Dan_Ortiz="Dan Ortiz"
    ) == (expected)


def test_an_open_appositive_may_describe_the_name_with_the_and_a_role() -> None:
    paragraph = "Sam Lau, the communications director for the party said in a statement."
    assert last(paragraph, Sam_Lau="Sam Lau") == ("Sam Lau",)
    # ... where the name opens the sentence: after a fronted phrase the description speaks
    paragraphs = (
        "Mayor Ines Harlow opened the session.",
        "At a meeting in Harwell, the mayor said the dam would stay closed.",
    )
    names = {"Ines_Harlow": "Ines Harlow", "Harwell": "Harwell"}  # a town taken for a person
    assert last(*paragraphs, **names) == ("Ines Harlow",)


def test_a_participle_hangs_on_the_clause_it_follows() -> None:
    paragraph = (
        "Okafor turned to the budget, but Rivera brought him back to the dam, asking Okafor "
        "about the delay."
    )
    assert last(paragraph, Okafor="Tom Okafor", Rivera="Ann Rivera") == ("Ann Rivera",)
    # ... a clause whose subject is no name keeps the sentence's
    paragraph = "Okafor turned to the budget, and the hall fell silent, asking nothing."
    assert last(paragraph, Okafor="Tom Okafor") == ("Tom Okafor",)


def test_a_fronted_clause_may_open_with_how_long_after() -> None:
    paragraph = (
        "Two weeks after Mayor Rivera resigned, Judge Okafor broke his silence by asking "
        "questions from the bench."
    )
    assert last(paragraph, Rivera="Ann Rivera", Okafor="Tom Okafor") == ("Tom Okafor",)


def test_the_words_a_colon_introduces_run_on_through_a_list() -> None:
    paragraphs = [
        "Ann Rivera argued that:",
        "• The dam is older than the town.",
        "• No inspector has seen it since 1990.",
        "• Repairs would cost less than a new one.",
        "The council meets on Monday.",
    ]
    people = [mentions(p, {"Ann Rivera": "Ann Rivera"}) for p in paragraphs]
    assert find_speakers(paragraphs, people) == [
        (),
        ("Ann Rivera",),
        ("Ann Rivera",),
        ("Ann Rivera",),
        (),
    ]
    # ... as with the dashes of wire copy and the "l" that a bullet font leaves in web copy
    for mark in ("--", "l"):
        items = [p.replace("•", mark) for p in paragraphs]
        assert find_speakers(items, people)[3] == ("Ann Rivera",)
    # ... but not through paragraphs that are no items of one list
    paragraphs[2] = "The mayor disagreed."
    assert find_speakers(paragraphs, people)[2:4] == [(), ()]


def test_a_description_may_hold_a_role_with_its_of_phrase() -> None:
    paragraphs = (
        "Former Secretary of State Ann Rivera, the party's nominee, toured the dam.",
        "On a radio show, the former secretary of state and current party nominee said the "
        "town deserved better.",
    )
    assert last(*paragraphs, Ann_Rivera="Ann Rivera") == ("Ann Rivera",)
    # ... or end on it: "the secretary of state said"
    paragraphs = (
        "Secretary of State Ann Rivera toured the dam with Tom Okafor.",
        "At the dam, the secretary of state said it was safe.",
    )
    assert last(*paragraphs, Ann_Rivera="Ann Rivera", Tom_Okafor="Tom Okafor") == ("Ann Rivera",)


def test_a_participle_after_a_name_reports_the_words_that_follow_it() -> None:
    paragraph = "The advertisement shows footage of Dan Ortiz asking, “Where were you?”"
    assert last(paragraph, Dan_Ortiz="Dan Ortiz") == ("Dan Ortiz",)
    paragraph = "The clip has Dan Ortiz saying that the dam was never safe."
    assert last(paragraph, Dan_Ortiz="Dan Ortiz") == ("Dan Ortiz",)
    # ... but not without words after it: the participle may describe anything
    paragraph = "The report shows Dan Ortiz asking for a raise in 2012."
    assert last(paragraph, Dan_Ortiz="Dan Ortiz") == ()
    # ... nor after a name that is a preposition's object: the letter asks
    paragraph = "The family sent a letter to Mayor Dan Ortiz asking that the dam be closed."
    assert last(paragraph, Dan_Ortiz="Dan Ortiz") == ()


def test_a_first_name_of_one_sex_outweighs_the_pronouns_near_the_name() -> None:
    """A story about a man that keeps naming a woman ("Jane Roe says he lied") counts many "he"s
    in her sentences: her first name still decides who "she" is."""
    assert last(
        "Jane Roe says he is wrong. Roe says he lied. Roe says he cheated. Roe says he must go.",
        "“It is over,” Tom Doe said.",
        "“We won,” she said.",
        Jane_Roe="Jane Roe",
        Roe="Jane Roe",
        Tom_Doe="Tom Doe",
    ) == ("Jane Roe",)


def test_a_noun_of_service_before_a_first_name_is_no_first_name() -> None:
    """'Marine' is a woman's first name ("Marine Le Pen") but a title before "John"."""
    assert last(
        "Marine John Doe met Ann Roe at the base.",
        "“We served with honor,” he said.",
        Marine_John_Doe="Marine John Doe",
        Ann_Roe="Ann Roe",
    ) == ("Marine John Doe",)
    assert last(
        "Marine Le Pen met John Doe in Paris.",
        "“We agree on nothing,” she said.",
        Marine_Le_Pen="Marine Le Pen",
        John_Doe="John Doe",
    ) == ("Marine Le Pen",)


def test_a_pronoun_before_the_one_name_of_its_sentence_is_someone_else() -> None:
    """ "He accused Roe of lying" does not make Roe a man: only the pronouns after the name vote."""
    assert last(
        "Doe was blunt. He accused Roe of lying. He noted that Roe took fees.",
        "Throughout the debate, Roe found ways to praise Poe. On health care, she said she was "
        "the one to keep the law.",
        Doe="Doe",
        Roe="Roe",
        Poe="Poe",
    ) == ("Roe",)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Harwell Foods Inc expects higher sales, chairman Ada Brisk told reporters.",
            ("Ada Brisk", "Harwell Foods Inc"),
        ),
        (
            "Harwell Foods Inc predicted sales would rise, vice president Ada Brisk told them.",
            ("Ada Brisk", "Harwell Foods Inc"),
        ),
        # ... not a name inside what the firm reports, with no comma before it
        ("Harwell Foods Inc said Ada Brisk told it so.", ("Harwell Foods Inc",)),
    ],
)
def test_a_name_after_a_comma_speaks_after_what_a_firm_reports(
    paragraph: str, expected: tuple[str, ...]
) -> None:
    """The firm's cue reports the clause before the comma; the person named after it (a job in
    lower case before the name) tells it: both speak."""
    people = mentions(paragraph, {"Ada Brisk": "Ada Brisk"})
    bodies = mentions(paragraph, {"Harwell Foods Inc": "Harwell Foods Inc"})
    found = find_attributions([paragraph], [people], [bodies])[-1]
    assert found.persons + found.orgs == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # "according to" a document, then its author and a verb of making it: the author
        (
            "The plan curbs short-term investors, according to a speech Mrs. Okafor delivered "
            "at the university in July.",
            ("Ada Okafor",),
        ),
        (
            "The cost doubled, according to a letter that Okafor wrote to the board.",
            ("Ada Okafor",),
        ),
        # not the document's subject or addressee
        ("The cost doubled, according to a letter sent to Okafor by the board.", ()),
    ],
)
def test_according_to_a_document_its_author_made(paragraph: str, expected: tuple[str, ...]) -> None:
    assert last(paragraph, Okafor="Ada Okafor") == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # "deliver" and what the speaker holds about something: words, the subject's
        ("Ann Rivera delivered a blunt message to the board on Monday.", ("Ann Rivera",)),
        ("In contrast, Rivera has delivered a mostly positive message since.", ("Ann Rivera",)),
        (
            "Rivera toured the valley, delivering a sharp critique of the dam's builders.",
            ("Ann Rivera",),
        ),
        ("Rivera delivers defense of the dam.", ("Ann Rivera",)),
        # an event, or no words at all
        ("Rivera delivered a speech at the county fair.", ()),
        ("Rivera delivered the message to the wrong house.", ()),
        ("Rivera delivered a baby on the way to the hospital.", ()),
    ],
)
def test_a_message_or_critique_delivered_is_the_subjects(
    paragraph: str, expected: tuple[str, ...]
) -> None:
    assert last(paragraph, Ann_Rivera="Ann Rivera", Rivera="Ann Rivera") == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # tweets or an ad unleashed are words put out, as released ones are
        (
            "Ann Rivera unleashed a series of tweets early Friday saying that the dam would fail.",
            ("Ann Rivera",),
        ),
        (
            "Okafor spoke hours after Rivera unleashed a flurry of tweets shaming the board.",
            ("Ann Rivera",),
        ),
        # not a force let loose
        ("Rivera unleashed a wave of anger in the valley.", ()),
    ],
)
def test_tweets_unleashed_are_the_subjects_words(paragraph: str, expected: tuple[str, ...]) -> None:
    assert last(paragraph, Ann_Rivera="Ann Rivera", Rivera="Ann Rivera") == expected


def test_a_noun_of_speech_that_reports_nothing_is_no_organisation_cue() -> None:
    # "at the conclusion of a meeting" ends an event: the paper told is no speaker
    paragraph = (
        "“We will wait for the board,” Acme chairman Tom Okafor told the Valley Courier at the "
        "conclusion of a meeting with analysts."
    )
    people = mentions(paragraph, {"Tom Okafor": "Tom Okafor"})
    bodies = mentions(paragraph, {"Valley Courier": "Valley Courier", "Acme": "Acme"})
    found = find_attributions([paragraph], [people], [bodies])[0]
    assert (found.persons, found.orgs) == (("Tom Okafor",), ())


def test_a_quote_after_a_paragraph_that_introduces_someone_is_theirs() -> None:
    # the paragraph before quoted no one and ends on a new person in apposition: "he" is him,
    # not the speaker of two paragraphs back
    paragraphs = (
        "Tom Okafor, a farmer, spoke at the meeting.",
        "“The levy is unfair,” he said.",
        "Not every grower minds the levy, though it worries Lee Park, head of the growers' union.",
        "“We will fight it in court,” he said.",
    )
    names = {"Tom_Okafor": "Tom Okafor", "Lee_Park": "Lee Park"}
    assert last(*paragraphs, **names) == ("Lee Park",)
    # ... but after "A spokesman said ... Lee Park, head of the union.", "he" is the spokesman
    spoken = (
        *paragraphs[:2],
        "A council spokesman said the levy was drafted by Lee Park, head of the growers' union.",
        paragraphs[3],
    )
    assert last(*spoken, **names) == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "After saying her knee was sore, she was taken to the hospital.",
        "Before claiming the vote was rigged, she left the hall.",
        # a quote whose words end on the comma closes the fronted clause too
        "After saying her knee was “so sore I could barely walk,” she left the hall.",
        "After saying her knee was “so sore I could barely walk,” Rivera left the hall.",
        # the pronoun, not the name after its verb, is the main clause's subject
        "After saying her knee was sore, she told Gideon Marsh to leave.",
    ],
)
def test_the_subject_after_a_fronted_participle_clause_may_be_a_pronoun(sentence: str) -> None:
    paragraphs = ("Ann Rivera spoke to the council in the morning.", sentence)
    names = {"Ann_Rivera": "Ann Rivera", "Rivera": "Ann Rivera", "Gideon_Marsh": "Gideon Marsh"}
    assert last(*paragraphs, **names) == ("Ann Rivera",)


def test_his_or_her_claim_opening_a_sentence_is_the_claim_of_the_person_meant() -> None:
    paragraphs = (
        "Tom Okafor has refused to publish his tax returns.",
        "Contrary to his claim that voters would learn nothing, the returns hold a wealth of "
        "detail.",
    )
    assert last(*paragraphs, Tom_Okafor="Tom Okafor") == ("Tom Okafor",)
    assert last(paragraphs[0], "Her claim that voters would learn nothing is false.") == ()


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # the words a verb of saying reports: the "her" may be anyone's
        ("Gideon Marsh said her claim that the plan was dead was false.", ("Gideon Marsh",)),
        # comments, not a claim: "his" is often the man they were about, named as an object
        ("They were hard on him over his comments that he would stay neutral.", ()),
    ],
)
def test_his_or_her_claim_guards(paragraph: str, expected: tuple[str, ...]) -> None:
    opening = "Pablo Ruiz teamed up with Ann Rivera against Tom Okafor."
    names = {"Pablo_Ruiz": "Pablo Ruiz", "Ann_Rivera": "Ann Rivera", "Tom_Okafor": "Tom Okafor"}
    assert last(opening, paragraph, Gideon_Marsh="Gideon Marsh", **names) == expected


def test_his_or_her_pledge_opening_a_sentence_is_the_pledge_of_the_person_meant() -> None:
    paragraphs = (
        "Tom Okafor has promised to make the rich pay.",
        "His promises to tax the rich notwithstanding, analysts agree that the top 1 percent "
        "would gain the most from his plans.",
    )
    assert last(*paragraphs, Tom_Okafor="Tom Okafor") == ("Tom Okafor",)
    # two words before "promises": a noun phrase and its verb, no pledge of hers
    paragraphs = ("Ann Rivera spoke on Monday.", "Her economic plan promises to lift wages.")
    assert last(*paragraphs, Ann_Rivera="Ann Rivera") == ()
