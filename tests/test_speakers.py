"""Speaker attribution: each cue pattern on hand-made paragraphs, the seed article, gold set."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from support import seed_paragraphs

from newsindex.articles import Article, Paragraph
from newsindex.nlp.names import name_key
from newsindex.nlp.ner.tagger import EntityTagger
from newsindex.nlp.persons import article_persons
from newsindex.nlp.pipeline import Enricher
from newsindex.nlp.speakers import Person, Speakers, find_attributions, find_speakers

GOLD = Path(__file__).parent / "data" / "speakers_gold.jsonl"


def locate(paragraph: str, names: dict[str, str]) -> list[Person]:
    """Person mentions: each surface in ``names`` found in ``paragraph``, as its canonical name."""
    if not names:
        return []
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")
    return [(names[m.group()], m.start(), m.end()) for m in pattern.finditer(paragraph)]


def speakers(*paragraphs: str, names: dict[str, str]) -> list[tuple[str, ...]]:
    return find_speakers(list(paragraphs), [locate(p, names) for p in paragraphs])


def last(*paragraphs: str, **names: str) -> tuple[str, ...]:
    """Speakers of the last paragraph; ``names`` maps surface (underscores for spaces) to name."""
    table = {k.replace("_", " "): v for k, v in names.items()}
    return speakers(*paragraphs, names=table)[-1]


S = "John Smith"
J = "Mary Jones"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Smith said the bank would raise rates.",
        "The bank would raise rates, Smith said.",
        "The bank would raise rates, said Smith.",
        '"We will raise rates," said Smith.',
        "“We will raise rates,” Smith said.",
        "“We will raise rates,” Smith told reporters.",
        "Smith told reporters the bank would raise rates.",
        "Smith says the bank will raise rates.",
        "Smith added that the bank would raise rates.",
        "“We will raise rates,” Smith wrote on social media.",
        "Smith asked whether the bank would raise rates.",
        "Smith stated that rates would rise.",
        "Smith argued that rates should rise.",
        "Smith noted that rates had risen.",
        "Smith warned that rates would rise.",
        "Smith explained why rates would rise.",
        "Smith insisted rates would rise.",
        "Smith has repeatedly said rates would rise.",
        "Smith on Monday said rates would rise.",
        "Smith also told Reuters rates would rise.",
        "Rates will rise, according to Smith.",
        "According to Smith, rates will rise.",
        "Smith said in a statement that rates would rise.",
        "In a statement, Smith said rates would rise.",
        "Smith, in a statement, warned that rates would rise.",
        "Smith, 45, said rates would rise.",
        "Smith, the bank's chief economist, said rates would rise.",
        "Smith, who also runs the bank's trading desk, told reporters rates would rise.",
        "The bank's chief economist, Smith, said rates would rise.",
        "Smith of Salomon Brothers Inc said rates would rise.",
        "Smith, who also warned about inflation, expects rates to rise.",
        "Smith was quoted as saying rates would rise.",
        "The newspaper quoted Smith as saying rates would rise.",
        "Rates will rise, said chief economist Smith.",
        "Rates will rise, said U.S. trade representative Smith.",
        "Smith meanwhile told reporters rates would rise.",
        "Smith in a television interview to be shown tomorrow said rates would rise.",
        "“Rates will rise,” Smith, president of the bankers' federation, was quoted as saying.",
        "Smith responded that rates would rise.",
        "“Rates will rise,” Smith continued.",
        # the author of a document cited
        "Rates will rise, according to a court filing by state attorney Smith.",
        "Rates will rise, according to calculations by Smith of the bank.",
        "In a statement released by Smith, the bank said rates would rise.",
        # a relative clause after an appositive
        "The plan was backed by Smith, the bank's chief economist, who said rates would rise.",
        # web copy's capital: "Tweeted" inside a sentence
        "“Rates will rise,” Smith, the bank's chief, Tweeted on Friday.",
    ],
)
def test_cue_patterns_name_the_speaker(paragraph: str) -> None:
    assert last(paragraph, Smith=S) == (S,)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The bank raised rates on Monday, a move Smith had praised.",  # identifies the move
        "A spokesman said rates would rise.",  # anonymous
        "Aides to Smith said rates would rise.",  # the aides speak
        "Sources close to Finance Minister Smith said rates would rise.",
        "Smith's spokesman said rates would rise.",
        "The bank said Smith would resign.",  # Smith is talked about
        "Analysts told Smith that rates would rise.",  # Smith listens
        "Smith was told that rates would rise.",  # passive: Smith listens
        "“Smith said no,” the chairman's aide recalled.",  # cue and name inside a quote
        "“We will not wait for Smith,” an official said.",
        "Smith met bank officials on Monday.",
        "The Smith report said rates would rise.",
        "The Smith family said rates would rise.",
        "Smith continued to buy shares, the company said.",
        # the name after "in a statement" opens the clause of what was said
        "The ministry said in a statement that President Smith would veto the bill.",
        # a description of the person, not what the paragraph reports
        "The plan was backed by Smith, the bank's chief economist, who often criticizes rates.",
        # who received or obtained a document did not write it
        "Rates will rise, according to figures received by Smith.",
    ],
)
def test_not_a_speaker(paragraph: str) -> None:
    assert last(paragraph, Smith=S) == ()


def test_both_people_of_a_conjunction_speak() -> None:
    assert last("Smith and Jones said rates would rise.", Smith=S, Jones=J) == (S, J)
    assert last('"Rates will rise," said Smith and Jones.', Smith=S, Jones=J) == (S, J)
    assert last("Smith as well as Jones have argued for it.", Smith=S, Jones=J) == (S, J)
    # the second named in apposition to a description "and" joins to the first
    paragraph = "Smith and his running mate, Jones, said rates would rise."
    assert last(paragraph, Smith=S, Jones=J) == (S, J)
    assert last("Later, " + paragraph, Smith=S, Jones=J) == (S, J)
    # ... not a list whose description the verb's subject follows
    assert last("Smith met Jones and his aides, Doe said.", Smith=S, Jones=J, Doe="Jane Doe") == (
        "Jane Doe",
    )


def test_a_name_before_a_comma_is_not_a_list() -> None:
    assert last("Asked about Smith, Jones said rates would rise.", Smith=S, Jones=J) == (J,)


def test_speaker_not_person_mentioned_inside_quote() -> None:
    paragraph = "“We want to wish Prime Minister Jones a positive meeting,” Smith said."
    assert last(paragraph, Smith=S, Jones=J) == (S,)


def test_appositive_holding_another_person() -> None:
    paragraph = (
        "“Don’t get bullied,” Jones, who also campaigned, successfully, on Smith as the central "
        "issue, told reporters on Monday."
    )
    assert last(paragraph, Jones=J, Smith=S) == (J,)


def test_two_speakers_in_one_paragraph() -> None:
    paragraph = "Smith said rates would rise. Jones said they would fall."
    assert last(paragraph, Smith=S, Jones=J) == (S, J)


def test_pronoun_refers_to_the_previous_speaker() -> None:
    assert last(
        "Smith said rates would rise, a view Jones did not share.",
        "He added that the bank would act in May.",
        Smith=S,
        Jones=J,
    ) == (S,)


def test_pronoun_refers_to_earlier_subject_in_the_same_paragraph() -> None:
    assert last("Jones arrived in Ottawa on Monday. She said talks would go on.", Jones=J) == (J,)


def test_pronoun_after_a_quote() -> None:
    assert last("Smith spoke in Ottawa.", "“We will act,” he said.", Smith=S) == (S,)


def test_pronoun_skips_a_person_only_named_as_object() -> None:
    assert last(
        "Smith admitted for the first time that he was wrong.",
        "He made the admission while defending the role played by Secretary Jones.",
        'He said: "Jones advised me not to go ahead."',
        Smith=S,
        Jones=J,
    ) == (S,)


def test_pronoun_quoted_as_saying() -> None:
    assert last("Smith spoke on Monday.", "He was quoted as saying rates would rise.", Smith=S) == (
        S,
    )


def test_trailing_pronoun_goes_to_the_last_speaker_not_the_person_talked_about() -> None:
    assert last(
        "“The bill is pure protectionism,” Smith said.",
        "Jones vetoed that bill last year and would reject it again, he added.",
        Smith=S,
        Jones=J,
    ) == (S,)
    assert last(
        "Smith said trade laws are sound.",
        "Jones has threatened retaliation eight times.",
        "“Jones took these steps as a last resort,” he said.",
        Smith=S,
        Jones=J,
    ) == (S,)


def test_leading_pronoun_goes_to_the_subject() -> None:
    assert last(
        "“The bill is pure protectionism,” Smith said.",
        "Jones arrived later. She said the bill would pass.",
        Smith=S,
        Jones=J,
    ) == (J,)


def test_pronoun_with_only_an_object_before_it() -> None:
    paragraph = "As pressure mounted on Prime Minister Jones to call an election, she said no."
    assert last(paragraph, Jones=J) == (J,)


def test_pronoun_too_far_from_any_person_is_left_alone() -> None:
    paragraphs = ["Smith said rates would rise.", "Markets fell.", "Bonds fell.", "Oil fell."]
    assert last(*paragraphs, "He said he was surprised.", Smith=S) == ()


def test_description_resolves_to_the_most_recent_speaker() -> None:
    assert last(
        "“I really want to congratulate him,” Smith said of Jones’s election win.",
        "The commander-in-chief added he watched the election “with interest.”",
        Smith=S,
        Jones=J,
    ) == (S,)


def test_description_uses_the_title_the_article_gave() -> None:
    assert last(
        "Prime Minister Mary Jones met President John Smith on Monday.",
        "“We have a deal,” Smith said.",
        "The prime minister said talks would continue.",
        Mary_Jones=J,
        John_Smith=S,
        Smith=S,
    ) == (J,)


def test_capitalised_unique_role_falls_back_to_the_last_speaker() -> None:
    assert last(
        "“We have a deal,” Smith said.",
        "The President added that talks would continue.",
        Smith=S,
    ) == (S,)


def test_description_from_an_apposition() -> None:
    assert last(
        "John Smith, chairman of Acme Corp, spoke on Monday. Mary Jones also attended.",
        "The chairman said profits would rise.",
        John_Smith=S,
        Mary_Jones=J,
    ) == (S,)


def test_indefinite_description_is_anonymous() -> None:
    assert last("Smith spoke on Monday.", "An official said profits would rise.", Smith=S) == ()


def test_quote_continued_over_paragraphs() -> None:
    got = speakers(
        "“We will raise rates,” Smith said. “And we will not stop there.",
        "“Inflation is too high.”",
        "Markets fell.",
        names={"Smith": S},
    )
    assert got == [(S,), (S,), ()]


def test_quote_attributed_in_its_last_paragraph() -> None:
    got = speakers(
        '"We will raise rates.',
        '"Inflation is too high," Smith said.',
        names={"Smith": S},
    )
    assert got == [(S,), (S,)]


def test_closed_quote_paragraph_continues_the_previous_speaker() -> None:
    got = speakers(
        "“We can't isolate ourselves,” Smith told reporters.",
        "“What today's problems show is that our policies are essential.”",
        "“Jones agrees with us.”",  # named inside the quote: still Smith speaking
        "Markets fell.",
        "“We will act.”",  # no speaker right before: left alone
        names={"Smith": S, "Jones": J},
    )
    assert got == [(S,), (S,), (S,), (), ()]


def test_own_attribution_beats_continuation() -> None:
    got = speakers(
        "“We will raise rates,” Smith said. “And we will not stop there.",
        "“Inflation is too high,” Jones said.",
        names={"Smith": S, "Jones": J},
    )
    assert got == [(S,), (J,)]


def test_straight_quote_typed_as_apostrophe() -> None:
    paragraph = 'The dollar"s fall was sharp. But Smith said: "It will recover."'
    assert last(paragraph, Smith=S) == (S,)


def test_shapes() -> None:
    assert find_speakers([], []) == []
    assert find_speakers(["No one speaks here."], [[]]) == [()]
    with pytest.raises(ValueError, match="2 paragraphs but 1 person lists"):
        find_speakers(["a", "b"], [[]])


# -- other newsrooms' cues ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "''We will raise rates,'' said Smith.",  # quotes typed as two apostrophes
        "''Jones will agree,'' said Smith.",  # and Jones, named inside the quote, is no speaker
        "Smith criticized the bank's decision to raise rates.",
        "Smith lambasted the bank for raising rates.",
        "Smith called on the bank to raise rates.",
        "Smith mocked the bank's forecast.",
        "Smith questioned whether rates would rise.",
        "Smith demanded that the bank raise rates.",
        "Smith pointed out that rates had risen.",
        "Smith made clear that rates would rise.",
        "Smith is demanding that the bank raise rates.",
        "Smith has been saying for weeks that rates will rise.",
        "Smith lashed out at the bank on Monday, saying rates were too high.",
        "Smith believes rates will rise.",
        "Smith wants the bank to raise rates.",
        "Smith thinks rates will rise.",
        "Smith plans to vote against the rate rise.",
        "“Rates will rise,” said Smith, a banking analyst at Acme.",
        "Smith (D-Md.), chairman of the committee, said Jones would resign.",
        "Smith issued a statement, “Rates will rise.”",
        "Smith: Rates Will Rise.",  # a headline
        "Former Governor Smith at the convention: “Rates will rise.”",
    ],
)
def test_more_cue_patterns_name_the_speaker(paragraph: str) -> None:
    assert last(paragraph, Smith=S, Jones=J) == (S,)


@pytest.mark.parametrize(
    "paragraph",
    [
        "A spokeswoman for Smith said rates would rise.",  # anonymous, on Smith's behalf
        "A lawyer for Senator Smith of Ohio defended the bank and said rates would rise.",
        "Many donors who gave money to Jones or Smith said rates would rise.",
        "The Smith attack ads ran on Monday.",  # a base form right after a name is a noun
        "Smith continued to buy shares.",
        "Smith added to his lead on Monday.",
        "Smith called her to arrange a meeting.",
        "Smith: 2,316.",  # a tally, not words
        "Smith and Jones: A Tortured Relationship.",  # a topic, not two speakers
        "He believes rates will rise.",  # a stance needs a named subject
    ],
)
def test_more_non_speakers(paragraph: str) -> None:
    assert S not in last(paragraph, Smith=S, Jones=J)


def test_sentence_subject_of_a_participle_clause() -> None:
    paragraph = "Smith campaign manager Jones attacked the bank, saying rates were too high."
    assert last(paragraph, Smith=S, Jones=J) == (J,)
    assert last(
        "Smith spoke in Ottawa.",
        "He attacked the bank on Monday, telling reporters rates were too high.",
        Smith=S,
    ) == (S,)


def test_stance_inside_reported_words_or_a_question_is_not_an_attribution() -> None:
    paragraph = "Jones told reporters she was not sure what Smith wanted to discuss."
    assert last(paragraph, Smith=S, Jones=J) == (J,)
    paragraph = "Asked why Smith decided to resign, Jones said it was time."
    assert last(paragraph, Smith=S, Jones=J) == (J,)


def test_termed_reports_a_characterisation_but_terms_is_a_noun() -> None:
    assert last("Smith termed the budget “anti-people”.", Smith=S) == (S,)
    assert last("Jones returned to consult Smith on the proposed terms.", Smith=S, Jones=J) == ()


def test_colon_in_a_transcript_names_the_person_in_capitals() -> None:
    got = speakers(
        "John Smith spoke to the committee on Monday.",
        "SMITH: We will raise rates.",
        names={"John Smith": S},
    )
    assert got == [(), (S,)]


def test_a_transcripts_label_may_give_the_speakers_title_in_capitals() -> None:
    got = speakers(
        "JOHN SMITH, TESSNET CHIEF CORRESPONDENT: We will raise rates.",
        "SEN. JOHN SMITH (R), TESSIA: We will.",
        names={"JOHN SMITH": S},
    )
    assert got == [(S,), (S,)]


def test_words_introduced_by_a_colon_at_the_end_of_a_paragraph() -> None:
    got = speakers("Smith told reporters:", "“We will raise rates.”", names={"Smith": S})
    assert got == [(), (S,)]


def test_pronoun_skips_a_person_of_the_other_sex() -> None:
    assert last(
        "Ms. Jones met Mr. Smith on Monday.",
        "“We have a deal,” Mr. Smith said.",
        "“It is a good deal,” she added.",
        Jones=J,
        Smith=S,
    ) == (J,)


def test_sex_from_the_articles_own_pronouns() -> None:
    assert last(
        "Mary Jones arrived late. She apologised to the committee.",
        "John Smith, who chairs it, had waited an hour. He said nothing.",
        "Later, Jones and Smith met the press. “We have a deal,” Smith said.",
        "“It is a good deal,” she added.",
        Mary_Jones=J,
        John_Smith=S,
        Jones=J,
        Smith=S,
    ) == (J,)


def test_several_speakers_with_several_cues() -> None:
    paragraph = (
        "Smith criticized the plan, saying it went too far, while Jones defended it. "
        "“It is a good plan,” Jones said."
    )
    assert last(paragraph, Smith=S, Jones=J) == (S, J)


# -- speakers behind longer descriptions, coordination and groups ---------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "“Rates will rise,” said bond market strategist Smith.",  # lower-case words before the name
        "“Rates will rise,” said the bank's chief economist, Smith.",  # a description, a comma
        "“Rates will rise,” said a former adviser to the ministry, Smith.",
        "“Rates will rise,” said Jones's lawyer, Smith.",  # the possessive only modifies
        "Rates will rise, according to fund manager Smith.",
        "Smith, a spokesman for Mrs. Jones, said rates would rise.",  # "Mrs." ends no sentence
        "Smith, Jones's chief strategist, said rates would rise.",
        "Smith, Jones' chief strategist, said rates would rise.",
        'Smith, the author of "Cheap Money," said rates would rise.',  # a quoted title inside
        "Senator Smith of Ohio, a Republican, said rates would rise.",
        "Smith — after a long pause — told reporters rates would rise.",
        "Smith—after a long pause—told reporters rates would rise.",  # dashes unspaced
        "Smith III, the bank's founder, said rates would rise.",
        "''We will not say 'never,''' said Smith.",  # a single quote inside a double one
        "Smith met the governors on Monday and said rates would rise.",
        "Smith and his advisers have said rates would rise.",
        "Smith and others said rates would rise.",
        "Smith and others who fear inflation said rates would rise.",
        "Smith took to the radio to say rates would rise.",
        "Smith declined to say whether rates would rise.",
        "Smith wouldn't say whether rates would rise.",
        "Smith has long said rates would rise.",
        "Smith proposed a tax on savings.",
        "Smith supports the rate rise.",
        "Smith, who leads the committee, echoed the warning.",
        "Smith put it bluntly: rates will rise.",
        "Smith Jr. said rates would rise.",
        "Another banker, Smith of Acme Bank, said rates would rise.",
        "Smith of the Acme Institute wrote that rates would rise.",
    ],
)
def test_speaker_behind_a_longer_description_or_phrase(paragraph: str) -> None:
    assert last(paragraph, Smith=S, Jones=J) == (S,)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The waiter Smith mocked was dropped.",  # a relative clause about the waiter
        "“Rates will rise,” said a spokesman for Smith.",  # someone speaking for Smith
        "“Rates will rise,” said the bank, citing Smith.",
        "The bank fired Jones, and Smith would act next.",
    ],
)
def test_no_speaker_behind_a_description(paragraph: str) -> None:
    assert S not in last(paragraph, Smith=S, Jones=J)


def test_a_comma_before_and_joins_two_clauses_not_two_speakers() -> None:
    paragraph = "The board dismissed Jones, and Smith said rates would rise."
    assert last(paragraph, Smith=S, Jones=J) == (S,)


def test_coordinated_verb_takes_the_subject_of_its_own_clause() -> None:
    paragraph = (
        "Jones signed the order on Monday, while Smith, the other candidate, met bankers and "
        "said rates would rise."
    )
    assert last(paragraph, Smith=S, Jones=J) == (S,)


def test_anonymous_speaker_stops_a_quote_from_taking_the_last_speaker() -> None:
    got = speakers(
        "“We will raise rates,” Smith said.",
        "“That would be a mistake,” an aide to the governor said.",
        "“And it would hurt savers,” a caller told the station.",
        names={"Smith": S},
    )
    assert got == [(S,), (), ()]


def test_pronoun_after_an_unnamed_speaker_still_goes_to_the_named_one() -> None:
    got = speakers(
        "Smith spoke to reporters in Ottawa.",
        "“We will raise rates,” he said.",
        names={"Smith": S},
    )
    assert got == [(), (S,)]


def test_trailing_pronoun_goes_to_a_person_who_opened_an_earlier_sentence() -> None:
    assert last(
        "“Rates will rise,” Smith said.",
        "Mary Jones, a baker in Leeds, opened her shop at dawn. “Bread costs more,” she said.",
        Smith=S,
        Mary_Jones=J,
    ) == (J,)


def test_trailing_pronoun_goes_to_a_person_the_paragraph_introduces() -> None:
    # Jones opens no sentence, but the article first names her here, then quotes her
    assert last(
        "“Rates will rise,” Jane Roe said.",
        "Outside the bank's branch in Leeds, a baker named Mary Jones has no complaints."
        " “Bread costs the same,” she said.",
        Jane_Roe="Jane Roe",
        Mary_Jones=J,
    ) == (J,)


def test_trailing_pronoun_skips_a_possessive_in_a_fronted_phrase() -> None:
    # the sentence's subject is Jones; Roe only owns the warning the phrase is about
    assert last(
        "Jane Roe and Mary Jones spoke at the conference.",
        "As for Roe's warning about rates, Jones shrugged it off."
        " “Banks always say that,” she said.",
        Jane_Roe="Jane Roe",
        Roe="Jane Roe",
        Mary_Jones=J,
        Jones=J,
    ) == (J,)


def test_trailing_pronoun_goes_to_the_latest_subject_not_an_older_speaker() -> None:
    assert last(
        "“Rates will rise,” Smith said.",
        "Jones listened to the debate with growing doubt.",
        "“None of it adds up,” she said.",
        Smith=S,
        Jones=J,
    ) == (J,)


def test_a_pronoun_never_means_someone_named_in_its_own_quote() -> None:
    assert last(
        "Smith met Jones on Monday.",
        "“Jones is wrong about rates,” he said.",
        Smith=S,
        Jones=J,
    ) == (S,)


def test_a_pronoun_may_mean_someone_named_in_another_sentence_s_quote() -> None:
    # Jones is named in Smith's quote, not in the one "she" attributes
    assert last(
        "John Smith and Mary Jones met on Monday.",
        "When Smith accused Jones of lying, she said “I never did.”"
        " Smith shot back, “Jones knows it.”",
        Smith=S,
        Jones=J,
        John_Smith=S,
        Mary_Jones=J,
    ) == (S, J)


def test_a_surname_the_tagger_missed_next_to_a_cue() -> None:
    paragraphs = ["John Smith met the board on Monday.", "Smith said rates would rise."]
    persons: list[list[Person]] = [[(S, 0, 10)], []]
    assert find_speakers(paragraphs, persons) == [(), (S,)]


def test_a_shared_surname_the_tagger_missed_stands_for_itself() -> None:
    paragraphs = ["Bill Clinton and Hillary Clinton arrived.", "Clinton said rates would rise."]
    persons: list[list[Person]] = [[("Bill Clinton", 0, 12), ("Hillary Clinton", 17, 32)], []]
    assert find_speakers(paragraphs, persons)[-1] == ("Clinton",)


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Smith Slams Central Bank Over Rate Rise", (S,)),
        ("Smith Praises Jones Ahead Of Vote", (S,)),
        ("Smith and Jones Warn Of Rate Rise", (S, J)),
        ("Rate Rise Hits Smith Voters", ()),
    ],
)
def test_title_cased_headline_verbs_are_cues(headline: str, expected: tuple[str, ...]) -> None:
    assert speakers(headline, "Rates rose on Monday.", names={"Smith": S, "Jones": J})[0] == (
        expected
    )


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Smith Just Announced His Pick For The Board", (S,)),
        ("Smith Is Now Calling Jones A Risk To The Bank", (S,)),
        ("Smith May Not Have Praised Jones, But He Backed Her", (S,)),
    ],
)
def test_title_cased_headline_auxiliaries_are_read_lower_case(
    headline: str, expected: tuple[str, ...]
) -> None:
    assert speakers(headline, "Rates rose.", names={"Smith": S, "Jones": J})[0] == expected


def test_a_headline_colon_after_a_long_topic_names_the_speaker() -> None:
    headline = "Smith on the Central Bank Raising Its Rates Again in the Spring: ‘It Will Hurt.’"
    assert speakers(headline, "Rates rose.", names={"Smith": S})[0] == (S,)


def test_a_title_cased_subheading_in_the_body_reads_like_a_headline() -> None:
    got = speakers("Rates rose on Monday.", "Smith Explained Why Rates Rose", names={"Smith": S})
    assert got == [(), (S,)]


def test_a_sentence_full_of_names_is_no_headline() -> None:
    """Most of its long words are capitals, but its verb and nouns are in lower case: its
    subject is the one "she" means next."""
    names = {"Mary Jones": J}
    got = speakers(
        "Storm closes the harbour",
        "Secretary of State Mary Jones spoke to reporters in Washington.",
        "“We will rebuild,” she said.",
        names=names,
    )
    assert got == [(), (), (J,)]


def test_a_title_cased_headline_keeps_its_names_capitalised() -> None:
    # "Will" and "Hope" are names here, not an auxiliary and a stance verb
    names = {"Will Smith": S, "Hope Jones": J}
    assert speakers("Will Smith Says Hope Jones Is Right", "Rates rose.", names=names)[0] == (S,)


@pytest.mark.parametrize(
    "headline", ["Smith to back Jones for the board.", "Rep. Smith set to endorse Jones."]
)
def test_a_headline_future_names_its_subject(headline: str) -> None:
    assert speakers(headline, "Rates rose.", names={"Smith": S, "Jones": J})[0] == (S,)


def test_a_future_in_a_body_sentence_is_no_cue() -> None:
    body = "The board met on Monday. Smith to back Jones would be a surprise."
    assert speakers("Rates rose.", body, names={"Smith": S, "Jones": J})[-1] == ()


def test_participle_clause_of_a_campaign_is_not_its_candidate() -> None:
    paragraph = "Smith's campaign went on the attack, saying rates were too high."
    assert last(paragraph, Smith=S) == ()
    paragraph = "The senator has praised Smith, saying rates were too high."
    assert last(paragraph, Smith=S) == ()


def test_description_shared_by_two_people_is_left_alone() -> None:
    assert (
        last(
            "Senator John Smith and Senator Mary Jones met on Monday.",
            "The senator said talks would continue.",
            John_Smith=S,
            Mary_Jones=J,
        )
        == ()
    )


def test_a_closing_quote_typed_as_an_opening_one_still_closes_the_quote() -> None:
    got = speakers(
        "“Rates will rise,” Jones said.",
        "“Rates will fall,“ said Smith. “Savers will lose.”",
        names={"Smith": S, "Jones": J},
    )
    assert got == [(J,), (S,)]


def test_a_name_inside_a_quote_casts_no_vote_for_the_pronouns_around_it() -> None:
    # Smith is quoted on John Jones in sentences that "she" ends: they show no woman in Jones
    assert last(
        "Pat Smith met John Jones on Monday.",
        "“John Jones will win,” she said. “Jones is right,” she said.",
        "“Jones knows the bank,” she said. “Jones has a plan,” she said.",
        "Jones spoke later.",
        "“The vote is close,” she said.",
        Pat_Smith="Pat Smith",
        John_Jones="John Jones",
        Jones="John Jones",
    ) == ("Pat Smith",)


def test_a_first_name_shows_the_sex_a_pronoun_needs() -> None:
    assert last(
        "Mary Jones met John Smith on Monday.",
        "“We have a deal,” Smith said.",
        "“It is a good deal,” she added.",
        Mary_Jones=J,
        John_Smith=S,
        Smith=S,
    ) == (J,)


# -- organisations as speakers -------------------------------------------------------------------


def bodies(*paragraphs: str, orgs: dict[str, str], **names: str) -> list[Speakers]:
    """find_attributions with persons and organisations located as in :func:`locate`."""
    table = {k.replace("_", " "): v for k, v in names.items()}
    persons = [locate(p, table) for p in paragraphs]
    return find_attributions(list(paragraphs), persons, [locate(p, orgs) for p in paragraphs])


ACME = {
    "Acme": "Acme",
    "Acme Corp": "Acme Corp",
    "Pentagon": "Pentagon",
    "Ohio": "Ohio",
    "AP": "AP",
    "HARLOW": "HARLOW",
}


@pytest.mark.parametrize(
    ("paragraph", "orgs"),
    [
        ("Acme said profits would rise.", ("Acme",)),
        ("The Pentagon has said the flights would go on.", ("Pentagon",)),
        ("Acme Corp said in a statement that profits would rise.", ("Acme Corp",)),
        ("In a statement, Acme said profits would rise.", ("Acme",)),
        ("“Profits will rise,” said the Pentagon.", ("Pentagon",)),
        ("Profits will rise, according to Acme.", ("Acme",)),
        ("Acme, which makes rivets, said profits would rise.", ("Acme",)),
        ("The Pentagon reports that the flights went on.", ("Pentagon",)),
        ("The Jones campaign said the flights would go on.", ("Jones campaign",)),
        ("Smith of Acme said profits would rise.", ()),  # the person speaks, not the firm
        ("Smith told Acme that profits would rise.", ()),  # the firm listens
        ("A spokesman for Acme said profits would rise.", ()),  # anonymous, for the firm
        # ... after an inverted verb too: the body's name modifies its unnamed people
        ("“Profits will rise,” said a senior Acme official.", ()),
        ("“Profits will rise,” said an Acme attorney.", ()),
        ("“Profits will rise,” said Acme in a statement.", ("Acme",)),
        ("Profits will rise, according to an Acme survey.", ()),  # a document
        ("Workers in Ohio said profits would rise.", ()),  # a place as the object of "in"
        ("“Acme will win,” Smith said.", ()),  # named inside a quote
        # a participle clause or a coordinated verb shares the subject that opens the sentence
        ("Acme sued the city, saying the rules were unfair.", ("Acme",)),
        ("The Pentagon left its rules unchanged, saying they worked.", ("Pentagon",)),
        ("HARLOW (AP) -- Acme sued the city, saying the rules were unfair.", ("Acme",)),
        ("HARLOW, Ohio, May 2 -- Acme sued the city, saying the rules were unfair.", ("Acme",)),
        ("The Pentagon released the files and said the flights would go on.", ("Pentagon",)),
        ("On Monday, the Pentagon quickly replied, arguing that flights go on.", ("Pentagon",)),
        ("The Ohio senator sued the city, saying the rules were unfair.", ()),  # a modifier
        ("Acme, Ohio, sued the city, saying the rules were unfair.", ()),  # a dateline
        ("Acme did not object, an aide said, adding that it would hire.", ()),  # the aide's
        # "reports" after a reported clause or before "that the", wherever the body stands
        ("Profits rose in May, the Acme Corp reports.", ("Acme Corp",)),
        ("As expected, the Pentagon reports that the flights went on.", ("Pentagon",)),
        ("Rates rose in Ohio and other states that Acme reports track.", ()),
        ("According to Acme, profits will rise.", ("Acme",)),
        # the agent of a passive verb of saying
        ("The plan was first reported by Acme.", ("Acme",)),
        ("The plan was first reported by Smith of Acme.", ()),
        ("The rules announced by Acme Secretary Smith apply.", ()),  # a modifier of the agent
        ("Acme accused of fraud.", ()),  # a headline's passive: Acme is the accused
        ("The work will be continued by Acme.", ()),
        # the author of a cited document, a body that quotes someone unnamed, and a time
        # phrase between the subject and its verb
        ("Profits will rise, according to a new survey by Acme Corp.", ("Acme Corp",)),
        ("Profits will rise, according to a report Tuesday from Acme.", ("Acme",)),
        ("Profits will rise, according to figures released by Acme.", ("Acme",)),
        ("Profits will rise, according to data from Acme.", ("Acme",)),
        ("The Pentagon quoted an unnamed aide as saying the flights would go on.", ("Pentagon",)),
        ("Acme less than two weeks ago said profits would rise.", ("Acme",)),
        # bodies listed with "and" share the verb, "the" or not
        (
            "The Pentagon and Acme Corp have said the flights would go on.",
            ("Pentagon", "Acme Corp"),
        ),
        ("Ohio, Acme and the Pentagon said the flights would go on.", ("Ohio", "Acme", "Pentagon")),
        ("Acme met Ohio and the Pentagon said the flights would go on.", ("Pentagon",)),
    ],
)
def test_organisation_speakers(paragraph: str, orgs: tuple[str, ...]) -> None:
    assert bodies(paragraph, orgs=ACME, Smith=S, Jones=J)[-1].orgs == orgs


def test_person_and_organisation_speakers_are_kept_apart() -> None:
    got = bodies("Smith said profits would rise. Acme said it would hire.", orgs=ACME, Smith=S)
    assert got == [Speakers(persons=(S,), orgs=("Acme",))]
    assert find_speakers(["Smith said profits would rise."], [[(S, 0, 5)]]) == [(S,)]


def test_an_organisation_named_like_a_person_of_the_article_is_that_person() -> None:
    got = bodies(
        "John Smith arrived.",
        "Smith said profits would rise.",
        orgs={"Smith": "Smith"},
        John_Smith=S,
    )
    assert [s.orgs for s in got] == [(), ()]


BODIES = {
    "Federal Rivet Commission": "Federal Rivet Commission",
    "United Rivet Workers": "United Rivet Workers",
    "Brotherhood of Riveters": "Brotherhood of Riveters",
    "Harlow Subcommittee on Rivets": "Harlow Subcommittee on Rivets",
    "Supreme Court": "Supreme Court",
    "The Commission": "The Commission",
}


@pytest.mark.parametrize(
    ("paragraphs", "orgs"),
    [
        (
            ("The Federal Rivet Commission met.", "The commission said rivets are safe."),
            ("Federal Rivet Commission",),
        ),
        (
            ("The Federal Rivet Commission met.", "“Rivets are safe,” said the commission."),
            ("Federal Rivet Commission",),
        ),
        (
            ("The Federal Rivet Commission met.", "The rivet commission has said it is safe."),
            ("Federal Rivet Commission",),
        ),
        (
            ("The Jones campaign opened an office.", "The campaign said it would hire."),
            ("Jones campaign",),
        ),
        (("The Supreme Court took the case.", "The appeals court said it was moot."), ()),
        # a union named by its members: "the union"
        (
            ("The United Rivet Workers struck.", "The union said talks would resume."),
            ("United Rivet Workers",),
        ),
        (
            ("The Brotherhood of Riveters struck.", "“We won,” said the union."),
            ("Brotherhood of Riveters",),
        ),
        # a body named for its field after "on" or "for": the head before the link
        (
            ("The Harlow Subcommittee on Rivets met.", "The subcommittee said rivets are safe."),
            ("Harlow Subcommittee on Rivets",),
        ),
        (("The Federal Rivet Commission met.", "A lawyer for the commission said no."), ()),
        (("Rivets are cheap.", "The commission said rivets are safe."), ()),  # none named
        (("The Commission met.", "The commission said rivets are safe."), ()),  # no name
    ],
)
def test_a_body_named_once_then_by_its_head_noun(
    paragraphs: tuple[str, ...], orgs: tuple[str, ...]
) -> None:
    assert bodies(*paragraphs, orgs=BODIES, Jones=J)[-1].orgs == orgs


def test_a_headline_organisation_that_takes_in_a_verb_is_cut() -> None:
    # the tagger's "Smith Just" is no organisation once "Just" reads as the adverb it is
    got = bodies("Smith Just Announced His Pick", orgs={"Smith Just": "Smith Just"}, Smith=S)
    assert got == [Speakers(persons=(S,), orgs=())]


def test_organisation_lists_must_match_the_paragraphs() -> None:
    with pytest.raises(ValueError, match="2 paragraphs but 1 organisation lists"):
        find_attributions(["a", "b"], [[], []], [[]])


def test_the_speakers_step_assigns_organisation_speakers(tagger: EntityTagger) -> None:
    article = Article(
        "t1",
        "Rivets",
        dt.date(2025, 3, 4),
        (Paragraph("Profits will double next year, Acme Corp said in a statement on Monday."),),
        source="Test Wire",
    )
    doc = Enricher.default(tagger).document(article)
    assert doc.speakers == [()]
    assert doc.org_speakers == [("Acme Corp",)]
    assert doc.passages()[0].org_speakers == ("Acme Corp",)


# -- the seed article -----------------------------------------------------------------------------

SEED_NAMES = {
    "Prime Minister Mark Carney": "Mark Carney",
    "U.S. President Donald Trump": "Donald Trump",
    "Trump": "Donald Trump",
    "Carney": "Mark Carney",
    "Ontario Premier Doug Ford": "Doug Ford",
    "Conservative Leader Pierre Poilievre": "Pierre Poilievre",
    "Poilievre": "Pierre Poilievre",
}
# First words of each paragraph that quotes or reports someone, and who.
SEED_SPEAKERS = {
    "“I really want to congratulate him,”": ("Donald Trump",),
    "The commander-in-chief added": ("Donald Trump",),
    "In the face of Trump’s sweeping": ("Mark Carney",),
    "On Monday, Trump told reporters": ("Donald Trump",),
    "And in a social media post": ("Donald Trump",),
    "“We don’t need their Cars": ("Donald Trump",),
    "“Don’t get bullied": ("Doug Ford",),
    "“Today, the president and the prime minister": ("Pierre Poilievre",),
}


def check_seed(paragraphs: list[str], got: list[tuple[str, ...]]) -> None:
    expected = {}
    for i, text in enumerate(paragraphs):
        starts = [k for k in SEED_SPEAKERS if text.startswith(k)]
        expected[i] = SEED_SPEAKERS[starts[0]] if starts else ()
    assert sum(1 for v in expected.values() if v) == len(SEED_SPEAKERS)
    assert {i: s for i, s in enumerate(got)} == expected


def test_seed_article_with_hand_marked_persons() -> None:
    paragraphs = seed_paragraphs()
    check_seed(paragraphs, find_speakers(paragraphs, [locate(p, SEED_NAMES) for p in paragraphs]))


def test_seed_article_with_the_tagger(tagger) -> None:  # type: ignore[no-untyped-def]
    paragraphs = seed_paragraphs()
    persons = article_persons(paragraphs, [tagger.mentions(p) for p in paragraphs])
    check_seed(paragraphs, find_speakers(paragraphs, persons))


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a first name the tagger left in the organisation before it, after a title
        (
            [
                "Central Bank President Jose Luis Machinea said talks were hard.",
                '"We must lower the spreads," Machinea told Reuters.',
            ],
            [("Jose Luis Machinea",), ("Jose Luis Machinea",)],
        ),
        # a "person" that is the end of a firm's name after a particle
        (
            [
                "Losses were lower than expected, industry analyst Chris Rowland of Barclays de "
                "Zoete Wedd noted."
            ],
            [("Chris Rowland",)],
        ),
        # a common noun capitalised at the start of a sentence
        (
            [
                "He addressed a businessmen's conference yesterday.",
                "Businessmen said the minister's remarks were a rare admission of problems.",
            ],
            [(), ()],
        ),
    ],
)
def test_speakers_from_the_tagger_after_person_repairs(
    tagger: EntityTagger,
    paragraphs: list[str],
    expected: list[tuple[str, ...]],
) -> None:
    persons = article_persons(paragraphs, [tagger.mentions(p) for p in paragraphs])
    assert find_speakers(paragraphs, persons) == expected


# -- cues found on political news (issue #13) -----------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Smith isn't saying whether rates will rise.",  # a negated progressive
        "Smith spent the day on “the savers' agenda,” saying rates would rise.",
        "Smith changed course on Monday – saying rates would rise.",  # a dash before the clause
        "Smith visited the bank while saying rates would rise.",
        "“Jones is right about rates,” Smith notes.",  # "notes" ends the sentence: a verb
        "The bank's chief economist, Smith, also warned that rates would rise.",
        "Smith has even claimed that rates will rise.",
        "Smith of the Center for Monetary Studies wrote that rates would rise.",
        "Smith took the stage and criticized the bank's forecast.",  # a shared subject
        "Smith congratulated the bank on its forecast.",
        "Smith encouraged the bank to raise rates.",
        "“Out of here!” yelled Smith.",
        "After criticizing the bank's forecast, Smith left for Ohio.",  # a fronted participle
        "Rates are rising fast. — John Smith (@jsmith) July 5, 2016",  # an embedded post
        "Smith went after the bank over its forecast.",  # phrasal cues
        "Smith took a shot at the bank's forecast.",
        "Smith pointed to the bank's record on rates.",
        "Smith spoke about the bank's record on rates.",
        "Smith implied that the bank had misled savers.",
        "Smith portrayed the bank as reckless.",
        "Smith began by crediting the bank for its forecast.",
        "Smith emailed the board about the rates.",
        "“Not again,” Smith fumed.",
        "“Sit down,” Smith barked at the board.",
        "Smith is panning the bank's forecast.",
        "Smith met the board. He’s comparing its forecast to last year's.",  # "he's" + -ing
    ],
)
def test_political_news_cues_name_the_speaker(paragraph: str) -> None:
    assert last(paragraph, Smith=S, John_Smith=S, Jones=J) == (S,)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Smith remarks, which angered bankers, were published on Monday.",
        "Smith gave long speeches and promises to voters.",  # "promises" is a plural noun here
        "More than 1,200 Smith emails were released.",
        "The race went to Smith, who led the polls, thanks to his rate cuts.",  # a preposition
        "Smith has opened up a wide lead over the bank's candidate.",  # a lead, not words
        "Smith declared for president in June.",  # a candidacy
        "Smith is scheduled to address the bank's annual convention.",  # a speech to come
        "Smith is a columnist on rates. He tweets @jsmith.",  # a handle
        "Then, last week, Smith called.",  # a telephone call
        "Voters found Smith too cautious to support.",  # Smith is the object of "support"
        "Facing a revolt, Smith backed off and dropped the plan.",  # a retreat
        "Voters think Smith old enough to endorse.",
    ],
)
def test_political_news_non_speakers(paragraph: str) -> None:
    assert last(paragraph, Smith=S) == ()


@pytest.mark.parametrize(
    "paragraph",
    [
        "Jones and Senator Smith urged the bank to raise rates.",
        "Jones (D) and former Gov. Smith announced they would back the bill.",
    ],
)
def test_a_list_of_speakers_with_titles_and_brackets(paragraph: str) -> None:
    assert last(paragraph, Smith=S, Jones=J) == (J, S)


def test_a_headline_verb_that_is_also_a_plural_noun() -> None:
    got = speakers("Smith attacks bank over rates.", "Smith attacks were rare.", names={"Smith": S})
    assert got == [(S,), ()]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("The bank cut rates. Smith estimates that they will rise.", (S,)),  # "estimates that"
        ("Smith frequently notes that the bank was first to move.", (S,)),  # adverb: a verb
        ("For example, Smith notes the bank cut rates twice.", (S,)),  # a clause follows
        ("Borrowers read the Smith notes the bank sent.", ()),  # a determiner: a noun
        ("The bank met. Smith praises Jones after the meeting on rates.", (S,)),  # an object
        ("Borrowers kept the Smith notes Jones sent.", ()),
        ("The bank met. Smith attacks Monday drew a reply.", ()),  # a day: a noun's
        ("In her memoir, Smith — who ran the branch for years — states that rates rise.", (S,)),
        ("Borrowers, Smith notes, rarely read the small print.", (S,)),  # a parenthesis
        ("Smith of Dayton, Ohio says the bank will raise rates.", (S,)),  # a town and its state
        ("Smith Tuesday criticized the bank's forecast.", (S,)),  # AP's bare weekday
        ("Smith, the bank's economist, this past week announced a new forecast.", (S,)),
        ("Rates rose again, with Smith calling for a pause in the increases.", (S,)),
        ("Jones praised the bank (Smith has proposed a cap on its fees) at the hearing.", (J, S)),
        ("Smith toured the plant on Monday, and criticized the bank's fees.", (S,)),  # ", and"
        ("Smith — a former banker — met the board and said rates would rise.", (S,)),  # an aside
        ("Smith - who once ran the bank - said rates would rise.", (S,)),  # a hyphen as dash
        ("Smith - who said rates would rise - left early.", (S,)),
    ],
)
def test_cues_after_wider_subjects(paragraph: str, expected: tuple[str, ...]) -> None:
    assert last(paragraph, Smith=S, Jones=J) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a firm named for someone, tagged as a person, after "of"
        ("Smith of the Jones Institute for Rates wrote that rates would rise.", (S,)),
        ("Smith of Jones then describes what the bank did.", (S,)),
        # an appositive whose closing comma is missing
        ("Smith, a spokeswoman for the bank said in a statement that rates would rise.", (S,)),
        ("“Rates will rise,” Smith, who is chairman of the bank said on Monday.", (S,)),
        ("Smith, president and chief executive of the bank stated, “Rates will rise.”", (S,)),
        ("As for Smith, the bank said rates would rise.", ()),  # "the bank" is the subject
        ("Smith, a lawyer who has argued before the court, will join the bank.", ()),
        # the agent of a passive verb of saying
        ("The plan was first reported by Smith, a columnist.", (S,)),
        ("When asked by Smith about rates, the governor said nothing.", (S,)),
        ("The plan was favored by Smith.", ()),  # a view, not words
        ("Jones was asked by host John Smith whether rates would rise.", (S,)),
        ("The deal was echoed by Jones, who told Smith it would pass.", (J,)),
        ("Jones interjected by hitting Smith for his votes.", (J,)),
        # two titles of one person joined by "and"
        ("“Rates will rise,” said former Gov. and party chairman Smith.", (S,)),
        ("“Rates will rise,” said Jones and Smith.", (J, S)),
        # a participle after "before" or "upon", and the subject of "with" after its titles
        ("Smith took questions before saying that rates would rise.", (S,)),
        ("Bankers were angry, with Senator Smith calling the rate rise a mistake.", (S,)),
    ],
)
def test_cues_with_the_speaker_set_off(paragraph: str, expected: tuple[str, ...]) -> None:
    assert last(paragraph, Smith=S, Jones=J) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Smith and other bank economists acknowledge that rates will rise.", (S,)),
        ("If the bank waits, critics like Smith say rates will rise.", (S,)),
        ("Economists such as Dr. Smith and Jones expect that rates will rise.", (S, J)),
        ("Smith and her rivals for the party's presidential nomination have said no.", (S,)),
        ("The two economists -- Smith and Jones -- agreed that rates would rise.", (S, J)),
        ("Bankers in two towns -- Smith and Jones -- said rates would rise.", ()),  # the bankers
        ("Smith and co-host Mary Jones have argued that rates will rise.", (S, J)),
        ("Two economists, Dr. Smith and Jones, have said that rates will rise.", (S, J)),
        ("Sens. Smith of Ohio and Jones of Iowa have urged the bank to wait.", (S, J)),
        ("Smith and Jones, who have argued that rates will rise, met on Monday.", (S, J)),
        ("Ms. Smith, Ms. Jones and other bank economists said rates would rise.", (S, J)),
        ("The panel heard bankers like Smith and Jones, who joked about the rates.", (J,)),
        ("Smith and Jones sent a letter to the bank, asking it to cut its fees.", (S, J)),
        ("“We will wait,” the bank said. Smith and Jones signed a letter, urging a cut.", (S, J)),
    ],
)
def test_subjects_of_several_people(paragraph: str, expected: tuple[str, ...]) -> None:
    assert last(paragraph, Smith=S, Jones=J) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Smith remarks that angered bankers were published on Monday.",  # a plural noun
        "Borrowers read the Smith notes that the bank sent.",
        "The bank, with Smith's backing, raised rates.",  # no participle after the name
        "Smith was arrested on Monday, and charged with theft.",  # a passive shared verb
        "Smith and his allies are reviewing the rules in hopes of a deal.",  # a group's verb
    ],
)
def test_noun_readings_stay_unattributed(paragraph: str) -> None:
    assert last(paragraph, Smith=S) == ()


@pytest.mark.parametrize(
    "paragraph",
    [
        "Smith reported from Kabul.",  # a reporter's credit line
        "Smith posted an easy victory in the first round.",  # a result, not words
        "Smith has posted more than 300 times this month.",
        "Smith posted net income of 4 mln dlrs on sales of 90 mln.",  # a firm's result
        "Smith denied the request, but the family did not back down.",  # a refusal
        "Smith denied him bail.",
        "According to the poll, Smith, the front-runner, leads by four points.",  # a document
        "The suit was filed on Friday, according to state officials. Smith, a voter, joined it.",
        # a capitalised source that ends its sentence: the next one's subject is no speaker
        "Rates rose, according to Bloomberg. Smith, a saver, joined the bank.",
    ],
)
def test_cues_that_report_no_words_of_the_person(paragraph: str) -> None:
    assert last(paragraph, Smith=S) == ()


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("Smith visited the plant.", "He jokes, “The line is longer than mine.”"), (S,)),
        (("Smith visited the plant.", "He notes: the line has doubled."), (S,)),
        (("Smith heckles the bank's board: 'Resign now.'",), (S,)),
        (("Smith swipes at the bank over its fees.",), (S,)),
        (("Smith talked to reporters about the fees.",), (S,)),
        (("Smith Critic Mary Jones: Rates Must Fall.",), (J,)),  # a name modifying the next
        (("Jones To Savers Worried About Rates: Stay Calm.",), (J,)),  # a title-cased tail
        (("Smith Praises Jones: 'A Fine Banker.'",), (S,)),
    ],
)
def test_more_speech_cues(paragraphs: tuple[str, ...], expected: tuple[str, ...]) -> None:
    assert last(*paragraphs, Smith=S, Mary_Jones=J, Jones=J) == expected


def test_a_campaign_role_names_its_one_holder() -> None:
    paragraphs = (
        "Republican nominee John Smith spoke in Ohio on Monday.",
        "The nominee also criticized the bank's fees.",
    )
    assert last(*paragraphs, John_Smith=S) == (S,)


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("The Ohio senator told reporters rates would rise.", (S,)),
        ("“Rates will rise,” the presidential candidate said.", (S,)),
        ("The billionaire toured a plant, saying rates would rise.", (S,)),  # a participle
        ("The spokesman said rates would rise.", ()),  # one who speaks for someone else
        ("The official said rates would rise.", ()),  # someone left unnamed
    ],
)
def test_a_description_no_one_was_seen_with_means_the_person_of_the_story(
    description: str, expected: tuple[str, ...]
) -> None:
    assert last("John Smith toured a plant in Ohio.", description, John_Smith=S) == expected


def test_a_qualified_role_skips_holders_seen_with_other_qualifiers() -> None:
    """The one Republican nominee is not "the Democratic nominee"; of two nominees, the party
    tells which one."""
    one = ("Republican nominee John Smith spoke in Ohio.", "The Democratic nominee said no.")
    assert last(*one, John_Smith=S) == ()
    two = (
        "Republican nominee John Smith and Democratic nominee Mary Jones met on Monday.",
        "The Democratic nominee said the talks went well.",
    )
    assert last(*two, John_Smith=S, Mary_Jones=J) == (J,)


def test_the_gop_is_the_republican_party_in_a_description() -> None:
    """A description with "GOP" means the one seen as "Republican nominee", not the other."""
    two = (
        "Republican nominee John Smith and Democratic nominee Mary Jones met on Monday.",
        "The GOP nominee said the talks went well.",
    )
    assert last(*two, John_Smith=S, Mary_Jones=J) == (S,)
    one = ("Democratic nominee Mary Jones spoke in Ohio.", "The GOP nominee said no.")
    assert last(*one, Mary_Jones=J) == ()


def test_a_sentence_after_a_closing_quote_starts_where_its_subject_does() -> None:
    """The subject of a participle clause opens its sentence even right after a quote."""
    paragraph = (
        "Jones called the plan “a gift to lenders.” Smith, the bank's economist, "
        "was more cautious, warning that rates could rise."
    )
    assert last(paragraph, Smith=S, Jones=J) == (J, S)


def write_polnear_split(folder: Path, text: str, attributions: list[tuple[str, str]]) -> None:
    """One article in PolNeAR's layout: its text, and a brat file of (Source, Content) pairs
    whose Cue is the "said" after the Source."""
    (folder / "text").mkdir(parents=True)
    (folder / "attributions").mkdir()
    (folder / "text" / "a.txt").write_text(text, encoding="utf-8")
    lines = []
    for n, (source, content) in enumerate(attributions, 1):
        at, where = text.index(source), text.index(content)
        said = text.index("said", at)
        lines += [
            f"T{3 * n - 2}\tSource {at} {at + len(source)}\t{source}",
            f"T{3 * n - 1}\tCue {said} {said + 4}\tsaid",
            f"T{3 * n}\tContent {where} {where + len(content)}\t{content}",
            f"E{n}\tCue:T{3 * n - 1} Source:T{3 * n - 2} Content:T{3 * n}",
        ]
    (folder / "attributions" / "a_ab12.ann").write_text("\n".join(lines) + "\n", "utf-8")


POLNEAR_TEXT = (
    "Rates Rise.\nMary Jones said rates would rise.\n''I think Anna Lee is wrong,'' she said.\n"
)
POLNEAR_ATTRIBUTIONS = [
    ("Mary Jones", "rates would rise"),
    ("she", "''I think Anna Lee is wrong,''"),
]


def test_polnear_gold_pronoun_skips_names_inside_two_apostrophe_quotes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """benchmarks/polnear.py: a "she" resolves to a person named outside quotes, also where
    the newsroom types quotes as two apostrophes (''...'')."""
    monkeypatch.syspath_prepend(str(GOLD.parents[2] / "benchmarks"))
    polnear = pytest.importorskip("polnear")
    write_polnear_split(tmp_path, POLNEAR_TEXT, POLNEAR_ATTRIBUTIONS)
    (article,) = polnear.read_split(tmp_path)
    assert article.paragraphs[2].persons == {"jones": "Mary Jones"}


def test_polnear_scorer_matches_family_names_first_and_keeps_junior_apart(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """benchmarks/polnear.py: a surname matches any word of a full name but a first name of one
    sex ("Mr. Lou" is "Lou Jiwei", "Ms. Acosta" is "Nora Acosta Febo"); "Jr." tells a son from
    his father but not from his surname alone."""
    monkeypatch.syspath_prepend(str(GOLD.parents[2] / "benchmarks"))
    polnear = pytest.importorskip("polnear")
    assert polnear.same_person("Mr. Lou", "Lou Jiwei")
    assert polnear.same_person("Xu Gang", "Xu")
    assert polnear.same_person("Ms. Acosta", "Nora Acosta Febo")
    assert not polnear.same_person("Paul", "Paul Ryan")
    assert not polnear.same_person("Donald Trump", "Donald Trump Jr.")
    assert polnear.same_person("Biden", "Joseph R. Biden Jr.")
    gold = {"trump jr": "Donald Trump Jr.", "lou": "Lou"}
    predicted = {"trump": "Donald Trump", "jiwei": "Lou Jiwei"}
    assert polnear.matched(gold, predicted) == {("lou", "jiwei")}


def test_speaker_eval_scores_a_split_of_the_corpus_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """benchmarks/speaker_eval.py --polnear takes the corpus folder and ``--split``."""
    monkeypatch.syspath_prepend(str(GOLD.parents[2] / "benchmarks"))
    speaker_eval = pytest.importorskip("speaker_eval")
    write_polnear_split(tmp_path / "train", POLNEAR_TEXT, POLNEAR_ATTRIBUTIONS)
    assert speaker_eval.main(["--polnear", str(tmp_path), "--split", "train", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["folder"] == str(tmp_path / "train")
    assert report["find_speakers"]["gold"] == 2


def test_speaker_eval_names_a_line_that_is_no_gold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """benchmarks/speaker_eval.py given a file that is not its gold exits naming the file, the
    line and what is wrong, with no traceback."""
    monkeypatch.syspath_prepend(str(GOLD.parents[2] / "benchmarks"))
    speaker_eval = pytest.importorskip("speaker_eval")
    path = tmp_path / "gold.jsonl"
    good = {"newid": 1, "paragraphs": ["Ada Brisk said so."], "target": 0, "speakers": []}
    path.write_text(f"{json.dumps(good)}\n\n{json.dumps({**good, 'target': 2})}\n", "utf-8")
    with pytest.raises(SystemExit, match=r"gold\.jsonl:3: not a gold record .*target 2"):
        speaker_eval.main([str(path)])
    path.write_text("# notes\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"gold\.jsonl:1: not a gold record \(JSONDecodeError"):
        speaker_eval.main([str(path)])


# -- the hand-annotated Reuters gold set ---------------------------------------------------------


def load_gold() -> list[dict[str, object]]:
    with GOLD.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def test_gold_file_is_well_formed() -> None:
    items = load_gold()
    assert len(items) == 40
    assert len({item["file"] for item in items}) >= 4
    unlabelled = [item for item in items if not item["speakers"]]
    assert 8 <= len(unlabelled) <= 15
    for item in items:
        paragraphs = item["paragraphs"]
        assert isinstance(paragraphs, list)
        assert item["target"] == len(paragraphs) - 1
        persons = item["persons"]
        assert isinstance(persons, list) and len(persons) == len(paragraphs)
        for text, mentions in zip(paragraphs, persons, strict=True):
            for name, start, end in mentions:
                assert name_key(text[start:end])[-1] in name_key(name), (name, text[start:end])


def test_gold_with_annotated_persons_meets_the_bars() -> None:
    """Regression guard for attribution alone (the tagger run is benchmarks/speaker_eval.py)."""
    gold_n = pred_n = correct = 0
    for item in load_gold():
        paragraphs = item["paragraphs"]
        persons = [[(n, s, e) for n, s, e in para] for para in item["persons"]]  # type: ignore[attr-defined]
        predicted = {name_key(n) for n in find_speakers(paragraphs, persons)[item["target"]]}  # type: ignore[arg-type, index]
        gold = {name_key(n) for n in item["speakers"]}  # type: ignore[attr-defined]
        gold_n, pred_n, correct = (
            gold_n + len(gold),
            pred_n + len(predicted),
            correct + len(gold & predicted),
        )
    assert correct / pred_n >= 0.9
    assert correct / gold_n >= 0.8


def test_a_surname_that_is_also_a_first_name_is_not_fixed_to_its_sex() -> None:
    """ "Rose" alone may be a man's surname: the first-name list is two votes, and the
    article's pronouns about him outweigh them, so "he said" is his."""
    paras = [
        "Rose walked into the hearing late. He sat down with his lawyer. He looked tired. He sat.",
        '"I never bet on baseball," he said.',
    ]
    people = [[("Rose", m.start(), m.end()) for m in re.finditer(r"\bRose\b", p)] for p in paras]
    assert find_speakers(paras, people)[1] == ("Rose",)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Smith and Jones toured the farm belt, hoping to win over wary growers.", (S, J)),
        ("Smith has courted the unions for months, fearing that their members may defect.", (S,)),
        ("Smith met the donors again, declining to comment on the rumours afterwards.", ()),
        ("Smith visited the mill, hoping for better weather.", ()),  # no view reported
    ],
)
def test_a_belief_or_wish_in_a_participle_clause(paragraph: str, expected: tuple[str, ...]) -> None:
    assert last(paragraph, Smith=S, Jones=J) == expected


def test_a_fronted_comparison_leaves_the_main_subject_to_the_participle() -> None:
    text = "Like Smith, she has criticised the levy, arguing that it hurts small shops."
    assert last("Jones spoke at the fair.", text, Smith=S, Jones=J) == (J,)


@pytest.mark.parametrize(
    "paragraphs",
    [
        # the sentence before opens with someone given no name
        ("An analyst at a Tessby bank shared Smith's doubts. “Rates will not fall,” he said.",),
        (
            "A senior Harlow official said rates would hold.",
            "The Harlow official said Smith did not mean it. Rates would stay, he noted.",
        ),
        # that person speaks after the words they report
        (
            "Smith said the offer was fair.",
            "“We have no details,” a Tessby Rail spokesman said. “It stands,” he added.",
        ),
        # ... at the end of the paragraph before
        (
            "Smith said the talks were over.",
            "A spokesman for Tessby said the plant would close.",
            "“It is too old,” he added.",
        ),
        ("Smith said the talks were over.", "One dealer said rates would fall.", "He said so."),
    ],
)
def test_pronoun_after_an_unnamed_source_is_left_unnamed(paragraphs: tuple[str, ...]) -> None:
    assert last(*paragraphs, Smith=S) == ()


def test_pronoun_after_a_named_source_described_again() -> None:
    # the description is of someone named before ("spokesman Mary Jones"), or of a person
    # the story brought in by name ("the Tessby official" after "Jones, a director at Tessby")
    assert last(
        "Tessby spokesman Mary Jones said the plant would close.",
        "The spokesman said the plant was old. “It is too old,” she added.",
        Mary_Jones=J,
    ) == (J,)
    assert last(
        "Mary Jones, a director at Tessby, said demand was strong.",
        "The Tessby official said the offer sold out. She said more would follow.",
        Mary_Jones=J,
    ) == (J,)


def test_an_unnamed_source_with_a_name_beside_it_is_named() -> None:
    assert last(
        "A spokesman at the strike office in Harlow, John Smith, told reporters 500 were out. "
        "He said banks were open.",
        John_Smith=S,
    ) == (S,)
