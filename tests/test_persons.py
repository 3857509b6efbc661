"""One article's person mentions named (newsindex.nlp.persons.article_persons), on invented text."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from newsindex.nlp.persons import article_persons


@dataclass(frozen=True)
class Mention:
    kind: str
    text: str
    start: int
    end: int


def persons(*paragraphs: str) -> list[list[str]]:
    """The canonical names of each paragraph, each person mention being the capitalised words
    the test puts in square brackets (the brackets taken out)."""
    texts, found = [], []
    for marked in paragraphs:
        text, mentions = "", []
        for i, part in enumerate(marked.split("[")):
            name, _, rest = part.partition("]") if i else ("", "", part)
            if name:
                mentions.append(Mention("PER", name, len(text), len(text) + len(name)))
            text += name + rest
        texts.append(text)
        found.append(mentions)
    return [[name for name, _, _ in row] for row in article_persons(texts, found)]


FAMILY = "[Walter Okafor] and his wife [Mary Okafor] arrived on Monday."


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Mr. [Okafor] spoke first.", "Walter Okafor"),
        ("Later, Mrs. [Okafor] spoke.", "Mary Okafor"),
        ("(Ms. [Okafor] spoke.)", "Mary Okafor"),
        ("[Okafor] spoke first.", "Okafor"),  # either of them
        ("Dr. [Okafor] spoke first.", "Okafor"),  # a title of either sex
    ],
)
def test_an_honorific_tells_which_of_two_people_of_one_surname(
    paragraph: str, expected: str
) -> None:
    assert persons(FAMILY, paragraph)[-1] == [expected]


@pytest.mark.parametrize(
    ("lead", "relative"),
    [
        ("The announcement said [Okafor] and [Mary Okafor] would travel.", "Mary Okafor"),
        ("It is hosted by [Ike Okafor], son of President [Okafor], the studio said.", "Ike Okafor"),
        ("President [Okafor] and his wife, [Mary Okafor], arrived.", "Mary Okafor"),
    ],
)
def test_a_surname_alone_is_no_relative_named_only_as_one(lead: str, relative: str) -> None:
    """The article's one full name of a surname, written only as someone's relative ("Reagan
    and Nancy Reagan", "Michael Reagan, son of President Reagan"), is not who the surname
    alone names; "Mrs." still names her."""
    rows = persons("President [Okafor] will visit Rome.", lead, "Mrs. [Okafor] will too.")
    assert rows[0] == ["Okafor"]
    assert "Okafor" in rows[1] and relative in rows[1]
    assert rows[2] == (["Mary Okafor"] if relative == "Mary Okafor" else ["Okafor"])


def test_a_full_name_written_also_outside_a_relation_is_still_the_surnames() -> None:
    """ "Brent Bozell III ... his father, Brent Bozell Jr.": the son's full name is written on
    its own too, so "Bozell" alone is still his."""
    rows = persons(
        "[Ada Okafor], a founder of the group, spoke.",
        "Her mother, [Ada Okafor], was a writer.",
        "[Okafor] said so.",
    )
    assert rows[2] == ["Ada Okafor"]
    # a relative of someone of another surname is no one's relative here
    rows = persons("Ms. [Tam Rivas] and her husband, [Ike Okafor], left.", "[Okafor] said so.")
    assert rows[1] == ["Ike Okafor"]


def test_an_honorific_decides_only_where_every_first_name_tells_the_sex() -> None:
    # "Zorvan" is in no list of first names: "Mr. Okafor" may be him.
    family = "[Walter Okafor], [Zorvan Okafor] and [Mary Okafor] arrived."
    assert persons(family, "Mr. [Okafor] spoke first.")[-1] == ["Okafor"]
    assert persons(family, "Mrs. [Okafor] spoke first.")[-1] == ["Okafor"]


def test_an_honorific_opening_the_mention_counts_as_one_before_it() -> None:
    # The tagger may take the honorific into the name: one reader for both.
    assert persons(FAMILY, "Later, [Mrs. Okafor] spoke.")[-1] == ["Mary Okafor"]


@pytest.mark.parametrize(
    ("family", "paragraph", "expected"),
    [
        # "Mrs." for the mother, not for the daughter beside her
        (
            "[Walter Okafor], his wife [Mary Okafor] and their daughter, [Grace Okafor], came.",
            "Mrs. [Okafor] spoke.",
            "Mary Okafor",
        ),
        # with nothing else to tell them apart, "Mrs." for the one named most, "Ms." for none
        (
            "[Grace Okafor] and [Mary Okafor] came.\n[Mary Okafor] spoke.",
            "Mrs. [Okafor] left.",
            "Mary Okafor",
        ),
        (
            "[Grace Okafor] and [Mary Okafor] came.\n[Mary Okafor] spoke.",
            "Ms. [Okafor] left.",
            "Okafor",
        ),
        # "Mr." for the father, not for his son, named as such or as a junior
        (
            "[Walter Okafor] and his son [Peter Okafor] came.",
            "Mr. [Okafor] spoke.",
            "Walter Okafor",
        ),
        (
            "[Walter B. Okafor] and [Walter Okafor Jr.] came.",
            "Mr. [Okafor] spoke.",
            "Walter B. Okafor",
        ),
        ("[Walter Okafor] and [Peter Okafor] came.", "Mr. [Okafor] spoke.", "Okafor"),  # brothers?
    ],
)
def test_an_honorific_that_fits_several_of_one_surname(
    family: str, paragraph: str, expected: str
) -> None:
    assert persons(*family.split("\n"), paragraph)[-1] == [expected]


def test_a_first_name_gives_one_sex_or_none() -> None:
    """One table for the person pass and the pronoun votes: a common first name of one sex."""
    from newsindex.nlp.names import first_name_sex

    assert [first_name_sex(w) for w in ("john", "jane", "tessby")] == ["m", "f", ""]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("said Mrs. Okafor", ("mrs", "f")),
        ('("Mr. Okafor', ("mr", "m")),
        ("fans will miss Okafor", ("", "")),  # the verb, in lower case, is no honorific
        ("as ms Okafor", ("", "")),
    ],
)
def test_an_honorific_is_a_capitalised_word(text: str, expected: tuple[str, str]) -> None:
    from newsindex.nlp.names import honorific_sex

    start = text.index("Okafor")
    assert honorific_sex(text, start, start + len("Okafor")) == expected


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        ("Walter Okafor Foundation", True),  # named after him: he is still a person
        ("Walter Okafor Group", False),  # a firm of that name: "Walter Okafor said" is its
    ],
)
def test_a_full_name_beside_a_body_named_after_it(body: str, kept: bool) -> None:
    texts = [f"The {body} gave 5 mln dlrs.", "Walter Okafor died in 1979."]
    mentions = [
        [Mention("ORG", body, 4, 4 + len(body))],
        [Mention("PER", "Walter Okafor", 0, 13)],
    ]
    found = [[name for name, _, _ in row] for row in article_persons(texts, mentions)]
    assert found == [[], ["Walter Okafor"] if kept else []]


def test_a_name_ending_in_a_lower_case_word_gives_no_surname() -> None:
    """The tagger's "Jolly of" (of "Jolly of Indian Shores") is no full name whose last word
    names the person wherever the article writes "of"."""
    rows = persons("Republicans [Lena Quist of] Lake Brook backed the bill.", "Most of them voted.")
    assert rows == [["Lena Quist of"], []]


def test_a_letter_is_no_person_nor_a_surname() -> None:
    """The tagger's "Jim Eastland I" (of "Jim Eastland I've") gives no surname "I", and its
    "I." (of "Neither do I.") is no person."""
    rows = persons(
        "Look, other than [Jim Eastland I]’ve presided over more.",
        "I just saw that ad. “Neither do [I.]” Obama said.",
    )
    assert rows == [["Jim Eastland I"], []]
