"""Person names: titles stripped, short forms resolved within an article, user alias files; the
standard groups of countries and public bodies."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from support import article, seed_paragraphs

from newsindex import Passage, index_passages, open_index
from newsindex.errors import AliasFileError, NewsindexError
from newsindex.nlp.names import name_key, strip_title
from newsindex.nlp.persons import article_persons, canonical_mentions, canonical_names
from newsindex.search.aliases import AliasTable, with_standard


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Prime Minister Mark Carney", "Mark Carney"),
        ("U.S. President Donald Trump", "Donald Trump"),
        ("President Trump", "Trump"),
        ("Premier Doug Ford", "Doug Ford"),
        ("Ontario Premier Doug Ford", "Doug Ford"),
        ("Public Safety Minister David McGuinty", "David McGuinty"),
        ("Foreign Affairs Minister Melanie Joly", "Melanie Joly"),
        ("Conservative Leader Pierre Poilievre", "Pierre Poilievre"),
        ("U.S. Vice-President JD Vance", "JD Vance"),
        ("Secretary of State Marco Rubio", "Marco Rubio"),
        ("Secretary of Homeland Security Kristi Noem", "Kristi Noem"),
        ("Secretary of State Rubio", "Rubio"),
        ("Canadian ambassador to the U.S. Kirsten Hillman", "Kirsten Hillman"),
        ("Chairman Sir John Egan", "John Egan"),
        ("Mr. Carney", "Carney"),
        ("Mrs Thatcher", "Thatcher"),
        ("Dr. Jane Smith", "Jane Smith"),
        ("Sen. Don Nickles", "Don Nickles"),
        ("Gov. Gavin Newsom", "Gavin Newsom"),
        ("Ayatollah Ruhollah Khomeini", "Ruhollah Khomeini"),
        ("Carney’s", "Carney"),
        ("Trump's", "Trump"),
        ("Jones'", "Jones"),
        ("Martin Luther King Jr.", "Martin Luther King Jr."),
        ("Mike Judge", "Mike Judge"),
        ("Carole King", "Carole King"),
        # a title word after a courtesy title is a surname: NYT's "Mr. King", "Ms. Bishop"
        ("Mr. King", "King"),
        ("Ms. Bishop", "Bishop"),
        ("King", ""),
        ("Prime Minister", ""),
        ("President", ""),
        ("Mr.", ""),
        ("  Mark Carney, ", "Mark Carney"),
        # a title that is also a given name, after a capitalised word, is the name's own
        ("Election Commissioner Tariq Sultan Brisk", "Tariq Sultan Brisk"),
        ("Abdul Amir Tessby", "Abdul Amir Tessby"),
        ("Prince Sultan bin Tessby", "Sultan bin Tessby"),
        ("Sheikh Sultan", "Sultan"),
        ("Gen. Sultan Brisk", "Sultan Brisk"),
        # a title's word on the Arabic article is a family name, no title
        ("Sheikh Tariq Al-Sheikh", "Tariq Al-Sheikh"),
        ("Tariq al-Amir", "Tariq al-Amir"),
        ("ex-minister Tariq Brisk", "Tariq Brisk"),
        ("Sultan Tessby", "Tessby"),
    ],
)
def test_strip_title(raw: str, expected: str) -> None:
    assert strip_title(raw) == expected


def test_short_forms_map_to_the_full_name_the_article_uses() -> None:
    names = ["Mark Carney", "Donald Trump", "Trump", "Carney", "Mr. Carney", "President Trump"]
    assert canonical_names(names) == {
        "Mark Carney": "Mark Carney",
        "Donald Trump": "Donald Trump",
        "Trump": "Donald Trump",
        "Carney": "Mark Carney",
        "Mr. Carney": "Mark Carney",
        "President Trump": "Donald Trump",
    }


def test_longest_full_name_wins() -> None:
    mapping = canonical_names(["Trump", "Donald Trump", "Donald J. Trump"])
    assert set(mapping.values()) == {"Donald J. Trump"}


def test_ambiguous_surname_maps_to_itself() -> None:
    mapping = canonical_names(["Doug Ford", "Rob Ford", "Ford", "Premier Ford"])
    assert mapping["Ford"] == "Ford"
    assert mapping["Premier Ford"] == "Ford"
    assert mapping["Doug Ford"] == "Doug Ford"
    assert mapping["Rob Ford"] == "Rob Ford"


def test_generational_suffix_is_another_person() -> None:
    mapping = canonical_names(["Donald Trump", "Donald Trump Jr.", "Trump", "Trump Jr."])
    assert mapping["Donald Trump"] == "Donald Trump"
    assert mapping["Trump Jr."] == "Donald Trump Jr."
    assert mapping["Trump"] == "Trump"  # father or son: ambiguous


def test_matching_ignores_case_and_dots_but_keeps_article_spelling() -> None:
    mapping = canonical_names(["JD Vance", "VANCE", "J.D. Vance", "vance"])
    assert set(mapping.values()) == {"JD Vance"}
    mapping = canonical_names(["MARK CARNEY", "Mark Carney", "Carney"])
    assert mapping["Carney"] == "Mark Carney"
    assert mapping["MARK CARNEY"] == "Mark Carney"


def test_a_family_name_named_again_without_its_arabic_article_is_the_same_person() -> None:
    mapping = canonical_names(["Omar Tessby al-Harlow", "Harlow", "al-Harlow", "Al Harlow"])
    assert set(mapping.values()) == {"Omar Tessby al-Harlow"}
    # a name that only ends like it is another person's
    assert canonical_names(["Omar al-Harlow", "Tessharlow"])["Tessharlow"] == "Tessharlow"
    assert name_key("Al-Harlow") == name_key("al Harlow") == ("al", "harlow")


def test_single_name_and_title_only() -> None:
    mapping = canonical_names(["Reagan", "President Reagan", "Prime Minister"])
    assert mapping == {"Reagan": "Reagan", "President Reagan": "Reagan", "Prime Minister": ""}


def test_first_name_alone_resolves_when_unique() -> None:
    assert canonical_names(["Pierre Poilievre", "Pierre"])["Pierre"] == "Pierre Poilievre"
    mapping = canonical_names(["Mark Carney", "Mark Smith", "Mark"])
    assert mapping["Mark"] == "Mark"


def test_canonical_mentions_keeps_offsets_and_drops_titles() -> None:
    paragraphs = [
        [("Prime Minister Mark Carney", 10, 36), ("Donald Trump", 41, 53)],
        [("Trump", 0, 5), ("Prime Minister", 20, 34), ("Carney", 40, 46)],
    ]
    assert canonical_mentions(paragraphs) == [
        [("Mark Carney", 10, 36), ("Donald Trump", 41, 53)],
        [("Donald Trump", 0, 5), ("Mark Carney", 40, 46)],
    ]


@dataclass(frozen=True)
class M:
    kind: str
    text: str
    start: int
    end: int


def mentions_in(text: str, *spans: tuple[str, str]) -> list[M]:
    out = []
    for kind, surface in spans:
        start = text.index(surface)
        out.append(M(kind, surface, start, start + len(surface)))
    return out


def test_article_persons_one_sense_per_article() -> None:
    paragraphs = [
        "Prime Minister Mark Carney met Donald Trump.",
        "Trump praised Carney's win at the Ford plant.",
    ]
    mentions = [
        mentions_in(paragraphs[0], ("PER", "Prime Minister Mark Carney"), ("PER", "Donald Trump")),
        mentions_in(paragraphs[1], ("ORG", "Trump"), ("ORG", "Carney's"), ("ORG", "Ford")),
    ]
    assert article_persons(paragraphs, mentions) == [
        [("Mark Carney", 0, 26), ("Donald Trump", 31, 43)],
        [("Donald Trump", 0, 5), ("Mark Carney", 14, 22)],
    ]


def test_article_persons_gives_back_a_swallowed_first_name() -> None:
    text = "With them are ambassador to the U.S. Kirsten Hillman and Minister Dominic LeBlanc."
    mentions = [
        mentions_in(text, ("ORG", "U.S. Kirsten"), ("PER", "Hillman"), ("PER", "Dominic LeBlanc")),
    ]
    start = text.index("Kirsten")
    assert article_persons([text], mentions) == [
        [("Kirsten Hillman", start, start + 15), ("Dominic LeBlanc", 66, 81)]
    ]
    # a title or an abbreviation is not a first name
    text = "Prime Minister Carney and U.S. Greer met."
    mentions = [
        mentions_in(
            text, ("ORG", "Prime Minister"), ("PER", "Carney"), ("LOC", "U.S."), ("PER", "Greer")
        )
    ]
    assert article_persons([text], mentions) == [[("Carney", 15, 21), ("Greer", 31, 36)]]


def test_article_persons_joins_a_split_name_and_finds_untagged_surnames() -> None:
    paragraphs = [
        "Finance Minister Mohammed Ali Abal-Khail said a committee will be set up.",
        'Abal-Khail said, "It is only natural." Abal-Khail’s aides agreed.',
        "Ford Motor Co said sales rose; Reagan did not comment.",
    ]
    mentions = [
        mentions_in(paragraphs[0], ("PER", "Mohammed Ali"), ("PER", "Abal-Khail")),
        [],
        mentions_in(paragraphs[2], ("ORG", "Ford Motor Co"), ("PER", "Reagan")),
    ]
    second = paragraphs[1].index("Abal-Khail’s")
    assert article_persons(paragraphs, mentions) == [
        [("Mohammed Ali Abal-Khail", 17, 40)],
        [
            ("Mohammed Ali Abal-Khail", 0, 10),
            ("Mohammed Ali Abal-Khail", second, second + 12),
        ],
        [("Reagan", 31, 37)],
    ]


def test_untagged_surname_inside_another_mention_stays_out() -> None:
    paragraphs = ["Premier Doug Ford spoke.", "Ford Motor Co said Ford would visit."]
    mentions = [
        mentions_in(paragraphs[0], ("PER", "Doug Ford")),
        mentions_in(paragraphs[1], ("ORG", "Ford Motor Co")),
    ]
    assert article_persons(paragraphs, mentions) == [
        [("Doug Ford", 8, 17)],
        [("Doug Ford", 19, 23)],
    ]


def test_one_word_person_that_starts_an_organisation_name_is_the_organisation() -> None:
    paragraphs = ["Peabody Holding Co Inc said it bought Eastern.", "Peabody said Smith agreed."]
    mentions = [
        mentions_in(paragraphs[0], ("ORG", "Peabody Holding Co Inc"), ("ORG", "Eastern")),
        mentions_in(paragraphs[1], ("PER", "Peabody"), ("PER", "Smith")),
    ]
    assert article_persons(paragraphs, mentions) == [[], [("Smith", 13, 18)]]


@pytest.mark.parametrize("body", ["Administration", "administration", "campaign"])
def test_a_person_named_before_his_own_administration_stays_a_person(body: str) -> None:
    """Reuters writes "President Reagan" and "the Reagan Administration" in one story, never
    "Ronald Reagan": the surname was dropped as the start of an organisation's name, as
    "Peabody" of "Peabody Holding Co Inc" is, and --person Reagan missed 8 such stories."""
    paragraphs = [
        "A union leader called on President Tessman to act against the imports.",
        f"He urged the Tessman {body} to take action, and Tessman said he would consider it.",
    ]
    first, second = paragraphs[0].index("Tessman"), paragraphs[1].rindex("Tessman")
    mentions = [
        mentions_in(paragraphs[0], ("PER", "Tessman")),
        [M("ORG", f"Tessman {body}", 10, 18 + len(body)), M("PER", "Tessman", second, second + 7)],
    ]
    assert article_persons(paragraphs, mentions) == [
        [("Tessman", first, first + 7)],
        [("Tessman", second, second + 7)],
    ]


def test_a_surname_written_in_full_stays_a_person_whatever_starts_with_it() -> None:
    """An organisation that starts with the word ("the Brisk campaign" tagged as one) does not
    take from the people a surname the article writes in full (here for two people, so the
    surname alone stays as written)."""
    paragraphs = [
        "Carly Brisk and Tom Brisk spoke in Ohio.",
        "The Brisk campaign said Brisk would return.",
    ]
    mentions = [
        mentions_in(paragraphs[0], ("PER", "Carly Brisk"), ("PER", "Tom Brisk")),
        [M("ORG", "Brisk", 4, 9), M("PER", "Brisk", 24, 29)],
    ]
    found = article_persons(paragraphs, mentions)
    assert ("Brisk", 24, 29) in found[1]


def test_a_person_the_article_names_as_a_company_or_a_place_is_not_a_person() -> None:
    # Reuters: "Smith Barney" and "E.F. Hutton" were among the top persons, "Santa Fe" too
    paragraphs = [
        "Smith Barney, Harris Upham and Co said E.F. Hutton Group Inc would gain.",
        "Smith Barney analyst Jane Doe agreed, and E.F. Hutton declined comment.",
        "Santa Fe Pacific said Santa Fe rail traffic rose. Santa Fe officials agreed.",
    ]
    mentions = [
        mentions_in(
            paragraphs[0],
            ("ORG", "Smith Barney, Harris Upham and Co"),
            ("ORG", "E.F. Hutton Group Inc"),
        ),
        mentions_in(
            paragraphs[1], ("PER", "Smith Barney"), ("PER", "Jane Doe"), ("PER", "E.F. Hutton")
        ),
        [
            M("ORG", "Santa Fe Pacific", 0, 16),
            M("PER", "Santa Fe", 22, 30),
            M("LOC", "Santa Fe", 50, 58),
        ],
    ]
    assert article_persons(paragraphs, mentions) == [[], [("Jane Doe", 21, 29)], []]


def test_a_title_and_a_name_the_article_gives_a_place_are_that_place() -> None:
    """ "Prince Tessby" is a town the dateline names: the "Tessby" the model read as a person
    after the title "Prince" is no person, in the dateline or further down; nor is one the
    article names as the end of a body's name ("the Port of Prince Tessby")."""
    paragraphs = [
        "PRINCE TESSBY, B.C. — Dockworkers ratified the deal, Ada Brisk said.",
        "Brisk spoke at the union's Prince Tessby local on Monday.",
    ]
    mentions = [
        mentions_in(paragraphs[0], ("LOC", "PRINCE TESSBY"), ("LOC", "B.C."), ("PER", "Ada Brisk")),
        mentions_in(paragraphs[1], ("PER", "Brisk"), ("PER", "Tessby")),
    ]
    names = [[name for name, _, _ in row] for row in article_persons(paragraphs, mentions)]
    assert names == [["Ada Brisk"], ["Ada Brisk"]]
    port = [
        "Ships waited at the Port of Prince Tessby.",
        "Operations at Prince Tessby resumed.",
    ]
    mentions = [
        mentions_in(port[0], ("ORG", "Port of Prince Tessby")),
        mentions_in(port[1], ("PER", "Tessby")),
    ]
    assert article_persons(port, mentions) == [[], []]


def test_a_person_named_as_a_place_once_stays_a_person() -> None:
    paragraphs = ["Denzel Washington met reporters.", "Washington said Washington was cold."]
    mentions = [
        mentions_in(paragraphs[0], ("PER", "Denzel Washington")),
        [M("PER", "Washington", 0, 10), M("LOC", "Washington", 16, 26)],
    ]
    assert article_persons(paragraphs, mentions)[1][0] == ("Denzel Washington", 0, 10)


def test_sentence_initial_common_word_is_not_a_person() -> None:
    paragraphs = [
        "He spoke at a businessmen's conference in Riyadh.",
        "Businessmen said the minister's remarks were rare. Said another trader, “It helps.”",
    ]
    mentions = [[], mentions_in(paragraphs[1], ("PER", "Businessmen"), ("PER", "Said"))]
    assert article_persons(paragraphs, mentions) == [[], []]


@pytest.mark.parametrize(
    "before",
    [
        "Prices fell.",  # no lower-case use: nothing says it is a common word
        "Analysts agreed with Young that young buyers returned.",  # a capital mid-sentence
        # the article lost its capitals: a paragraph or a weekday in lower case
        "prices fell for young buyers.",
        "Prices fell for young buyers on monday.",
    ],
)
def test_sentence_initial_name_kept_without_casing_evidence(before: str) -> None:
    paragraphs = [before, "Young said rates would rise."]
    mentions = [[], mentions_in(paragraphs[1], ("PER", "Young"))]
    assert article_persons(paragraphs, mentions) == [[], [("Young", 0, 5)]]


def test_sentence_initial_surname_of_a_full_name_is_kept() -> None:
    paragraphs = ["Mark Young met young buyers.", "Young said rates would rise."]
    mentions = [
        mentions_in(paragraphs[0], ("PER", "Mark Young")),
        mentions_in(paragraphs[1], ("PER", "Young")),
    ]
    assert article_persons(paragraphs, mentions) == [
        [("Mark Young", 0, 10)],
        [("Mark Young", 0, 5)],
    ]


def test_name_key() -> None:
    assert name_key("J.D. Vance") == name_key("JD  Vance") == ("jd", "vance")
    assert name_key("Donald J. Trump") == ("donald", "j", "trump")
    assert name_key("O’Brien") == name_key("o'brien")


_FIRST = ["Mark", "Donald", "Doug", "Rob", "Pierre", "Mary"]
_LAST = ["Carney", "Trump", "Ford", "Poilievre", "Smith"]
_name = st.one_of(
    st.sampled_from(_LAST),
    st.builds(lambda f, s: f"{f} {s}", st.sampled_from(_FIRST), st.sampled_from(_LAST)),
    st.builds(
        lambda t, s: f"{t} {s}",
        st.sampled_from(["Mr.", "President", "Premier"]),
        st.sampled_from(_LAST),
    ),
)


@given(st.lists(_name, max_size=8))
def test_canonical_names_is_stable(names: list[str]) -> None:
    """Every canonical name is one the article used, and canonicalising again changes nothing."""
    mapping = canonical_names(names)
    assert set(mapping) == set(names)
    stripped = {strip_title(n) for n in names}
    values = {v for v in mapping.values() if v}
    assert values <= stripped
    again = canonical_names(list(values) + names)
    assert all(again[v] == v for v in values)
    assert all(again[n] == mapping[n] for n in names)


# -- alias files --------------------------------------------------------------------------------


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_toml_alias_file(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "aliases.toml",
        '# people\n[aliases]\n"Donald Trump" = ["Trump", "Donald J. Trump"]\n'
        'Mark_Carney = "Carney"\n"Doug Ford" = []\n',
    )
    table = AliasTable.load(path)
    assert len(table) == 3
    assert table.variants("Trump") == {"Donald Trump", "Trump", "Donald J. Trump"}
    assert table.variants("donald j trump") == {
        "Donald Trump",
        "Trump",
        "Donald J. Trump",
        "donald j trump",
    }
    assert table.variants("Carney") == {"Mark_Carney", "Carney"}
    assert table.variants("Doug Ford") == {"Doug Ford"}
    assert table.variants("Pierre Poilievre") == {"Pierre Poilievre"}
    assert table.canonical("TRUMP") == "Donald Trump"
    assert table.canonical("Pierre Poilievre") == "Pierre Poilievre"


def test_csv_alias_file(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "aliases.csv",
        "canonical,variant\nDonald Trump,Trump\n# comment\n\nDonald Trump, Donald J. Trump\n"
        '"Carney, Mark",Mark Carney\n',
    )
    table = AliasTable.load(path)
    assert table.variants("Donald J. Trump") == {"Donald Trump", "Trump", "Donald J. Trump"}
    assert table.variants("mark carney") == {"Carney, Mark", "Mark Carney", "mark carney"}


def test_empty_table() -> None:
    table = AliasTable.empty()
    assert len(table) == 0
    assert table.variants("Trump") == {"Trump"}
    assert table.canonical("Trump") == "Trump"


def test_groups_constructor() -> None:
    table = AliasTable({"Donald Trump": ["Trump"], "Mark Carney": ["Carney"]})
    assert table.variants("carney") == {"Mark Carney", "Carney", "carney"}


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        (
            "bad.toml",
            '[aliases]\n"Donald Trump" = ["Trump"\n',
            "bad.toml:2: invalid TOML",
        ),
        (
            "type.toml",
            '[aliases]\n"Donald Trump" = ["Trump"]\n"Mark Carney" = 3\n',
            "type.toml:3: the aliases of 'Mark Carney' must be a list of names",
        ),
        (
            "clash.toml",
            '[aliases]\n"Doug Ford" = ["Ford"]\n"Gerald Ford" = ["Ford"]\n',
            "clash.toml:3: 'Ford' is already an alias of 'Doug Ford'",
        ),
        (
            "extra.toml",
            '[aliases]\n"Donald Trump" = ["Trump"]\n\n[people]\nx = 1\n',
            "extra.toml:4: unexpected key 'people'",
        ),
        (
            "row.csv",
            "Donald Trump,Trump\nMark Carney\n",
            "row.csv:2: expected two names 'canonical,variant', got 1 field(s)",
        ),
        (
            "clash.csv",
            "Doug Ford,Ford\nGerald Ford,FORD\n",
            "clash.csv:2: 'FORD' is already an alias of 'Doug Ford'",
        ),
        ("aliases.yaml", "Donald Trump: [Trump]\n", "unknown alias file type '.yaml'"),
    ],
)
def test_bad_alias_files_name_file_and_line(
    tmp_path: Path, name: str, text: str, message: str
) -> None:
    path = _write(tmp_path, name, text)
    with pytest.raises(AliasFileError) as info:
        AliasTable.load(path)
    assert isinstance(info.value, NewsindexError)
    assert str(info.value).startswith(f"{tmp_path / name}") or message.startswith("unknown")
    assert message in str(info.value)
    assert "[aliases]" in str(info.value)  # says how the file should look


def test_missing_alias_file(tmp_path: Path) -> None:
    with pytest.raises(AliasFileError, match="cannot read alias file"):
        AliasTable.load(tmp_path / "nope.toml")


# -- the seed article, through the real tagger --------------------------------------------------

SEED_PERSONS = {
    "Mark Carney",
    "Donald Trump",
    "David McGuinty",
    "Dominic LeBlanc",
    "Melanie Joly",
    "Kirsten Hillman",
    "John Hannaford",
    "Marco Mendicino",
    "Lisa Jorgensen",
    "JD Vance",
    "Marco Rubio",
    "Howard Lutnick",
    "Jamieson Greer",
    "Pete Hoekstra",
    "Susie Wiles",
    "Stephen Miller",
    "Doug Ford",
    "Pierre Poilievre",
}


def test_seed_article_persons_are_the_18_people_named_in_full(tagger) -> None:  # type: ignore[no-untyped-def]
    paragraphs = seed_paragraphs()
    persons = {
        name
        for para in article_persons(paragraphs, [tagger.mentions(p) for p in paragraphs])
        for name, _, _ in para
    }
    assert len(SEED_PERSONS) == 18
    assert persons == SEED_PERSONS, (
        f"missing {sorted(SEED_PERSONS - persons)}, extra {sorted(persons - SEED_PERSONS)}"
    )


# -- the standard table: countries and public bodies --------------------------------------------


def test_standard_groups_join_the_ways_news_names_a_country_or_body() -> None:
    table = with_standard(None)
    assert {"U.S.", "US", "United States", "USA"} <= table.variants("u.s.")
    assert table.variants("Fed") >= {"Federal Reserve", "Federal Reserve Board"}
    assert table.variants("Ottawa") == {"Ottawa"}


def test_standard_groups_join_us_departments_and_newspapers_as_news_writes_them() -> None:
    """PolNeAR's stats listed "The Washington Post" (51) and "Washington Post" (43), "Justice
    Department" and "Department of Justice", "RNC" and "Republican National Committee" as rows
    of their own, and --org Pentagon missed the passages writing "Defense Department"."""
    table = with_standard(None)
    assert table.variants("Department of Justice") >= {"Justice Department", "DOJ"}
    assert table.variants("Pentagon") >= {"Defense Department", "Department of Defense"}
    assert table.variants("U.S. State Department") >= {"State Department"}
    assert table.variants("RNC") >= {"Republican National Committee"}
    assert table.variants("The Washington Post") >= {"Washington Post"}
    assert table.variants("WSJ") >= {"The Wall Street Journal", "Wall Street Journal"}
    for shared in ("DNC", "AP", "Treasury", "Congress", "DOE"):
        assert table.variants(shared) == {shared}


def test_the_users_group_goes_before_a_standard_one_sharing_a_name() -> None:
    table = with_standard(AliasTable({"Fed": ["Fed Ex"]}))
    assert table.variants("Fed") == {"Fed", "Fed Ex"}
    assert table.variants("Federal Reserve") == {"Federal Reserve"}  # that group left out whole
    assert "United States" in table.variants("U.S.")  # the others kept


def _grouped_index(path: Path) -> Path:
    texts = [
        ("The U.S. trade gap narrowed in March.", ("U.S.",), ()),
        ("Exports to the U.S. rose again.", ("U.S.",), ()),
        ("Ships sailed for the United States.", ("United States",), ()),
        ("Farm sales to Ottawa fell.", ("Ottawa",), ()),
        ("The Fed left rates alone, it said.", (), ("Fed",)),
        ("The Federal Reserve Board said it would wait.", (), ("Federal Reserve Board",)),
    ]
    index_passages(
        [
            (
                article(f"g{i}", dt.date(2025, 5, 6)),
                [Passage(f"g{i}", 0, text, places=places, orgs=orgs, org_speakers=orgs)],
            )
            for i, (text, places, orgs) in enumerate(texts)
        ],
        index=path,
    )
    return path


def test_a_place_filter_finds_its_other_names(tmp_path: Path) -> None:
    with open_index(_grouped_index(tmp_path / "ix")) as ix:
        found = {h.passage.article_id for h in ix.search(place="United States").hits}
        by_speaker = {h.passage.article_id for h in ix.search(speaker="Federal Reserve").hits}
        assert found == {"g0", "g1", "g2"}
        assert {h.passage.article_id for h in ix.search(place="US").hits} == found
        assert by_speaker == {"g4", "g5"}
        assert {h.passage.article_id for h in ix.search(org="Fed").hits} == {"g4", "g5"}


def test_a_one_word_alias_finds_the_names_it_opens_and_the_word_typed_finds_any(
    tmp_path: Path,
) -> None:
    """ "Federal Reserve" adds its alias "Fed", which is a word of "Cal Fed Income Partners", a
    firm: only the word the user typed finds the names it is any word of."""
    rows = [
        ("The Fed said it would wait.", (), ("Fed",)),
        ("Cal Fed Income Partners said it bought a mall.", (), ("Cal Fed Income Partners",)),
        ("Grain left the U.S. Gulf ports.", ("U.S. Gulf",), ()),
        ("Dorrin Freight U.S. said it lost money.", ("Dorrin Freight U.S.",), ()),
    ]
    index_passages(
        [
            (
                article(f"w{i}", dt.date(2025, 5, 6)),
                [Passage(f"w{i}", 0, text, places=places, orgs=orgs, org_speakers=orgs)],
            )
            for i, (text, places, orgs) in enumerate(rows)
        ],
        index=tmp_path / "ix",
    )
    with open_index(tmp_path / "ix") as ix:

        def ids(**name: str) -> set[str]:
            return {h.passage.article_id for h in ix.search(**name).hits}

        assert ids(org="Federal Reserve") == ids(speaker="Federal Reserve") == {"w0"}
        assert ids(org="Fed") == {"w0", "w1"}  # typed: any name holding the word
        assert ids(place="United States") == {"w2"}  # "U.S." opens "U.S. Gulf"


def test_facets_and_stats_give_a_group_one_row_under_the_name_written_most(
    tmp_path: Path,
) -> None:
    with open_index(_grouped_index(tmp_path / "ix")) as ix:
        places = dict(ix.stats().top_places)
        facets = ix.facets("*")
    assert places == {"U.S.": 3, "Ottawa": 1}
    assert dict(facets.places) == places
    assert len(facets.orgs) == 1 and facets.orgs[0][1] == 2


def test_a_timeline_names_an_alias_group_once(tmp_path: Path) -> None:
    """Beside a person, "Fed" and "Federal Reserve" are one co-mention, under the name written
    most, with their passages added up."""
    rows = [("Fed",), ("Federal Reserve",), ("Federal Reserve",), ("Ottawa Board",)]
    index_passages(
        [
            (
                article(f"t{n}", dt.date(2025, 5, 6)),
                [Passage(f"t{n}", 0, "Mara Quill spoke.", persons=("Mara Quill",), orgs=orgs)],
            )
            for n, orgs in enumerate(rows)
        ],
        index=tmp_path / "ix",
    )
    with open_index(tmp_path / "ix") as ix:
        (period,) = ix.timeline("Mara Quill", by="year").periods
    assert period.co_mentions == (("Federal Reserve", 3), ("Ottawa Board", 1))


def test_a_co_mention_group_s_name_does_not_depend_on_the_order_counted() -> None:
    """Names of one group named as often: the same one is shown whichever the counts listed
    first (their order follows string hashing, which differs from process to process)."""
    from newsindex.search.persons import co_mention_rows

    counts = [(("org", "international energy agency"), 1), (("org", "iea"), 1)]
    table = with_standard(None)
    first = co_mention_rows(dict(counts), table, 5)
    assert first == co_mention_rows(dict(reversed(counts)), table, 5) == [(("org", "iea"), 2)]


def _acronym_index(path: Path) -> Path:
    """Harlow Shipping Council is "HSC" beside its name twice; "TDB" is written beside the
    Tessel Development Bank and the Tarn Development Bank alike."""
    rows = [
        ("Harlow Shipping Council (HSC)", ("Harlow Shipping Council", "HSC")),
        ("the Harlow Shipping Council, HSC", ("Harlow Shipping Council", "HSC")),
        ("HSC delegates", ("HSC",)),
        ("an HSC council", ("HSC",)),
        ("Tessel Development Bank (TDB)", ("Tessel Development Bank", "TDB")),
        ("Tarn Development Bank (TDB)", ("Tarn Development Bank", "TDB")),
        ("TDB lending", ("TDB",)),
        ("Quillmet Motors Corp (QM)", ("Quillmet Motors Corp", "QM")),
        ("QM sales", ("QM",)),
        ("Quillmet Motors sales", ("Quillmet Motors",)),
    ]
    return _orgs_index(path, rows, "a")


def _orgs_index(path: Path, rows: list[tuple[str, tuple[str, ...]]], prefix: str) -> Path:
    """An index of one passage per row, "<text> said.", naming the row's organisations, in
    articles ``prefix`` + the row's number."""
    index_passages(
        [
            (
                article(f"{prefix}{n}", dt.date(2025, 5, 6)),
                [Passage(f"{prefix}{n}", 0, f"{text} said.", orgs=orgs)],
            )
            for n, (text, orgs) in enumerate(rows)
        ],
        index=path,
    )
    return path


def test_an_org_filter_finds_the_acronym_the_archive_writes_beside_its_name(
    tmp_path: Path,
) -> None:
    with open_index(_acronym_index(tmp_path / "ix")) as ix:
        council = ix.search(org="Harlow Shipping Council")
        acronym = ix.search(org="HSC")
        firm = ix.search(org="QM")
        tessel = ix.search(org="Tessel Development Bank")
        tdb = ix.search(org="TDB")

    def ids(result: Any) -> set[str]:
        return {h.passage.article_id for h in result.hits}

    assert ids(council) == ids(acronym) == {"a0", "a1", "a2", "a3"}
    assert council.notes == (
        "org 'Harlow Shipping Council' also finds 'HSC', which this archive writes beside it",
    )
    assert acronym.notes == (
        "org 'HSC' also finds 'Harlow Shipping Council', which this archive writes beside it",
    )
    assert ids(firm) == {"a7", "a8", "a9"}  # "Quillmet Motors Corp" is "QM" without "Corp"
    assert ids(tessel) == {"a4"}  # "TDB" is two banks here: neither is given it
    assert ids(tdb) == {"a4", "a5", "a6"} and not tdb.notes


def test_facets_give_an_acronym_and_the_name_it_spells_out_one_row(tmp_path: Path) -> None:
    with open_index(_acronym_index(tmp_path / "ix")) as ix:
        orgs = dict(ix.facets("*").orgs)
    council = {name: n for name, n in orgs.items() if name in ("HSC", "Harlow Shipping Council")}
    assert list(council.values()) == [4]  # one row: what a click on either name opens
    assert orgs["TDB"] == 3 and orgs["Tessel Development Bank"] == 1  # two banks: rows apart


def test_facets_give_an_acronym_and_its_full_name_in_two_spellings_one_row(
    tmp_path: Path,
) -> None:
    """The acronym is spelled out beside both names of an alias group: one row, not the
    acronym merged with one spelling and the other spelling left as a second row of the same
    passages."""
    rows = [
        ("Harlow Shipping Council (HSC)", ("Harlow Shipping Council", "HSC")),
        ("Harlow Shipping Commission (HSC)", ("Harlow Shipping Commission", "HSC")),
        ("HSC delegates", ("HSC",)),
        ("more HSC delegates", ("HSC",)),
    ]
    _orgs_index(tmp_path / "ix", rows, "s")
    _write(
        tmp_path / "ix",
        "aliases.toml",
        '[aliases]\n"Harlow Shipping Council" = ["Harlow Shipping Commission"]\n',
    )
    with open_index(tmp_path / "ix") as ix:
        orgs = ix.facets("*").orgs
    assert orgs == (("HSC", 4),)


def test_a_timeline_does_not_list_the_acronym_it_also_counts_beside_itself(
    tmp_path: Path,
) -> None:
    with open_index(_acronym_index(tmp_path / "ix")) as ix:
        (period,) = ix.timeline("Harlow Shipping Council", kind="org", by="year").periods
        assert period.count == 4
        assert "HSC" not in dict(period.co_mentions)


def test_a_timeline_lists_an_acronym_and_the_name_it_spells_out_as_one_co_mention(
    tmp_path: Path,
) -> None:
    """Beside a person, "HSC" and "Harlow Shipping Council", which the archive writes beside
    each other, are one row with the passages of the one named more (the two are often in one
    passage: a sum would count it twice); "TDB", two banks' acronym here, stays apart."""
    rows = [
        ("Harlow Shipping Council (HSC)", ("Harlow Shipping Council", "HSC")),
        ("the Harlow Shipping Council, HSC", ("Harlow Shipping Council", "HSC")),
        ("HSC delegates", ("HSC",)),
        ("Tessel Development Bank (TDB)", ("Tessel Development Bank", "TDB")),
        ("Tarn Development Bank (TDB)", ("Tarn Development Bank", "TDB")),
    ]
    index_passages(
        [
            (
                article(f"m{n}", dt.date(2025, 5, 6)),
                [
                    Passage(
                        f"m{n}",
                        0,
                        f"Mara Quill of {text} spoke.",
                        persons=("Mara Quill",),
                        orgs=orgs,
                    )
                ],
            )
            for n, (text, orgs) in enumerate(rows)
        ],
        index=tmp_path / "ix",
    )
    with open_index(tmp_path / "ix") as ix:
        (period,) = ix.timeline("Mara Quill", by="year", top=10).periods
    beside = dict(period.co_mentions)
    assert beside["HSC"] == 3 and "Harlow Shipping Council" not in beside
    assert beside["TDB"] == 2 and beside["Tessel Development Bank"] == 1


def test_an_acronym_the_archive_spells_out_finds_as_much_beside_its_full_name_as_typed(
    tmp_path: Path,
) -> None:
    """ "HSC" typed finds a name it is any word of ("Lune HSC Holdings"); added to "Harlow
    Shipping Council" as its spelled-out acronym, the same: the two filters open the same
    passages, and their facet rows are one."""
    rows = [
        ("Harlow Shipping Council (HSC)", ("Harlow Shipping Council", "HSC")),
        ("the Harlow Shipping Council, HSC", ("Harlow Shipping Council", "HSC")),
        ("Lune HSC Holdings", ("Lune HSC Holdings",)),
    ]
    _orgs_index(tmp_path / "ix", rows, "h")
    with open_index(tmp_path / "ix") as ix:
        council = {h.article_id for h in ix.search(org="Harlow Shipping Council").hits}
        acronym = {h.article_id for h in ix.search(org="HSC").hits}
        orgs = dict(ix.facets("*").orgs)
    assert council == acronym == {"h0", "h1", "h2"}
    pair = {name: n for name, n in orgs.items() if name in ("HSC", "Harlow Shipping Council")}
    assert list(pair.values()) == [3]


def test_an_acronym_its_alias_group_spells_out_adds_no_other_spelling(tmp_path: Path) -> None:
    """ "HSC", grouped with "Harlow Shipping Council" by the alias file, finds its group; a
    misspelling the archive writes beside it more often is not added, nor noted."""
    rows = [
        ("Harlow Shiping Council (HSC)", ("Harlow Shiping Council", "HSC")),
        ("the Harlow Shiping Council, HSC", ("Harlow Shiping Council", "HSC")),
        ("Harlow Shipping Council delegates", ("Harlow Shipping Council",)),
    ]
    _orgs_index(tmp_path / "ix", rows, "o")
    _write(tmp_path / "ix", "aliases.toml", '[aliases]\n"Harlow Shipping Council" = ["HSC"]\n')
    with open_index(tmp_path / "ix") as ix:
        found = ix.search(org="HSC")
    assert {h.article_id for h in found.hits} == {"o0", "o1", "o2"}
    assert not found.notes


def _bracketed_index(path: Path) -> Path:
    """ "IBK" stands for the Kestrel Grain Institute (its letters in another language), written
    in brackets after its name; "PTQ" follows "Workers Party" once, a name written more often
    without it (of other parties)."""
    rows = [
        ("the Kestrel Grain Institute (IBK)", ("Kestrel Grain Institute", "IBK")),
        ("IBK delegates", ("IBK",)),
        ("Kestrel Grain Institute buyers", ("Kestrel Grain Institute",)),
        ("IBK and the Kestrel Grain Institute", ("IBK", "Kestrel Grain Institute")),
        ("the Workers Party (PTQ)", ("Workers Party", "PTQ")),
        ("PTQ delegates", ("PTQ",)),
        ("Workers Party leaders", ("Workers Party",)),
        ("Workers Party members", ("Workers Party",)),
        ("Workers Party voters", ("Workers Party",)),
    ]
    return _orgs_index(path, rows, "k")


def test_an_acronym_of_other_letters_written_in_brackets_after_a_name_stands_for_it(
    tmp_path: Path,
) -> None:
    """Both filters open the four passages of the institute, with a note; its facet row is
    one; a generic name written once before an acronym ("Workers Party (PTQ)"), and more often
    without it, is not what the acronym stands for."""
    with open_index(_bracketed_index(tmp_path / "ix")) as ix:
        acronym = ix.search(org="IBK")
        institute = ix.search(org="Kestrel Grain Institute")
        party = ix.search(org="PTQ")
        orgs = dict(ix.facets("*").orgs)
    assert {h.article_id for h in acronym.hits} == {"k0", "k1", "k2", "k3"}
    assert {h.article_id for h in institute.hits} == {"k0", "k1", "k2", "k3"}
    assert acronym.notes == (
        "org 'IBK' also finds 'Kestrel Grain Institute', which this archive writes beside it",
    )
    assert institute.notes == (
        "org 'Kestrel Grain Institute' also finds 'IBK', which this archive writes beside it",
    )
    assert {h.article_id for h in party.hits} == {"k4", "k5"} and not party.notes
    pair = {name: n for name, n in orgs.items() if name in ("IBK", "Kestrel Grain Institute")}
    assert list(pair.values()) == [4]
    assert orgs["PTQ"] == 2 and orgs["Workers Party"] == 4


def test_a_firm_typed_with_its_s_finds_the_name_its_possessive_left(tmp_path: Path) -> None:
    """ "Wendy's shares fell": the tagger's name is "Wendy" (its "'s" read as a possessive);
    "Wendy's" typed finds it, as the archive also writes "Wendy's International Inc", but not
    a name it opens ("Wendy Marsh Holdings"); "Kellogg's" finds no "Kellogg", a name the
    archive never writes with "'s"."""
    rows = [
        ("Wendy's International Inc", ("Wendy's International Inc",)),
        ("Wendy's shares fell", ("Wendy",)),
        ("Wendy Marsh Holdings", ("Wendy Marsh Holdings",)),
        ("Kellogg", ("Kellogg",)),
    ]
    _orgs_index(tmp_path / "ix", rows, "w")
    with open_index(tmp_path / "ix") as ix:
        wendys = {h.article_id for h in ix.search(org="Wendy's").hits}
        kelloggs = ix.search(org="Kellogg's").total
    assert wendys == {"w0", "w1"}
    assert kelloggs == 0


def test_a_title_word_after_a_courtesy_title_is_the_persons_surname() -> None:
    """NYT names people again as "Mr. King" (Larry King, after "Larry King hosts ..."): the
    tagger tags "King" alone, which was dropped as a title, so the passage named no one."""
    paragraphs = [
        "Larry King and Ada Tessking host shows on the network.",
        "Both Mr. King and Ms. Tessking say nobody told them what to say.",
        "The King spoke.",
    ]
    mentions = [
        mentions_in(paragraphs[0], ("PER", "Larry King"), ("PER", "Ada Tessking")),
        mentions_in(paragraphs[1], ("PER", "King"), ("PER", "Tessking")),
        mentions_in(paragraphs[2], ("PER", "King")),
    ]
    names = [[n for n, _, _ in row] for row in article_persons(paragraphs, mentions)]
    assert names[1] == ["Larry King", "Ada Tessking"]
    assert names[2] == []
