"""A person search finds the passages that write the person's full name even where the entity model
missed it (a lower-case or all-capitals story), but not a firm that the model now and then tags as
a person. Passages are hand-made, so the model plays no part."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from support import article

from newsindex import Passage, index_passages, open_index

D = dt.date(1987, 3, 2)


def _passage(aid: str, pos: int, text: str, *persons: str, orgs: tuple[str, ...] = ()) -> Passage:
    return Passage(aid, pos, text, persons=persons, orgs=orgs)


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("persons") / "ix"
    rows = [
        _passage("k1", 0, "Trader Ivan Kessler bought the notes.", "Ivan Kessler"),
        _passage("k2", 0, "Kessler said the offer stands.", "Ivan Kessler"),
        _passage(
            "k3",
            0,
            "a court heard that ivan kessler had sold the notes.",
        ),
        _passage("k4", 0, "REGULATORS SAID IVAN F. KESSLER WOULD APPEAL."),
        # A firm named after people: tagged a person once, written as a firm four times.
        _passage("f1", 0, "Analysts at Dunmore Lynch said so.", "Dunmore Lynch"),
        *(
            _passage(f"f{i}", 0, "Dunmore Lynch cut its forecast.", orgs=("Dunmore Lynch",))
            for i in range(2, 6)
        ),
        # Initials are no full name: the firm E.K. Hollis stays where the model put it.
        _passage("h1", 0, "E.K. Hollis said it would buy.", "E.K. Hollis"),
        _passage("h2", 0, "E.K. Hollis shares rose.", orgs=("E.K. Hollis",)),
        # A Spanish name gives the mother's surname last: "Elena Varga Soler" is "Elena Varga".
        _passage("s1", 0, "Minister Elena Varga Soler spoke.", "Elena Varga Soler"),
        _passage("s2", 0, "Varga said the debt would be restructured.", "Elena Varga Soler"),
        # A word before the surname is no surname for a search of it alone ("Quill" is Ada).
        _passage("q1", 0, "Donor Frank Quill Morrow gave.", "Frank Quill Morrow"),
        _passage("q2", 0, "Senator Ada Quill voted.", "Ada Quill"),
        # A given name and its short form name one person; "Ian" and "Jonathan" are no "John".
        _passage("n1", 0, "Senator Robert Tessaly voted.", "Robert Tessaly"),
        _passage("n2", 0, "Bob Tessaly said he would run.", "Bob Tessaly"),
        _passage("n3", 0, "Tom Tessaly, his brother, agreed.", "Tom Tessaly"),
        _passage("m1", 0, "John Merrow spoke first.", "John Merrow"),
        _passage("m2", 0, "Ian Merrow spoke next.", "Ian Merrow"),
        _passage("m3", 0, "Jonathan Merrow spoke last.", "Jonathan Merrow"),
    ]
    index_passages(((article(p.article_id, D, p.text), [p]) for p in rows), index=path)
    return path


def _articles(index: Path, person: str) -> set[str]:
    with open_index(index) as ix:
        results = ix.search("", person=person, limit=100, collapse=False, snippets=False)
    return {hit.article_id for hit in results.hits}


@pytest.mark.parametrize("person", ["Kessler", "Ivan Kessler", "Ivan F. Kessler", "Mr Kessler"])
def test_a_full_name_written_where_the_model_missed_it_is_found(index: Path, person: str) -> None:
    assert _articles(index, person) == {"k1", "k2", "k3", "k4"}


def test_in_the_query_text_too(index: Path) -> None:
    with open_index(index) as ix:
        results = ix.search('person:"Ivan Kessler"', limit=100, collapse=False, snippets=False)
    assert {hit.article_id for hit in results.hits} == {"k1", "k2", "k3", "k4"}


def test_a_name_mostly_written_as_a_firm_matches_only_where_tagged(index: Path) -> None:
    assert _articles(index, "Dunmore Lynch") == {"f1"}
    assert _articles(index, "Lynch") == {"f1"}


@pytest.mark.parametrize("person", ["Robert Tessaly", "Bob Tessaly", "Bobby Tessaly"])
def test_a_short_form_of_a_given_name_finds_the_full_name_and_back(
    index: Path, person: str
) -> None:
    assert _articles(index, person) == {"n1", "n2"}


def test_a_given_name_in_its_own_right_is_no_short_form(index: Path) -> None:
    assert _articles(index, "Thomas Tessaly") == {"n3"}
    assert _articles(index, "John Merrow") == {"m1"}
    assert _articles(index, "Ian Merrow") == {"m2"}
    assert _articles(index, "Jonathan Merrow") == {"m3"}


def test_initials_are_no_full_name(index: Path) -> None:
    assert _articles(index, "Hollis") == {"h1"}


def test_a_misspelled_person_is_offered_the_closest_surnames(index: Path) -> None:
    with open_index(index) as ix:
        results = ix.search("", person="Ivan Kesler", limit=10)
        assert results.total == 0
        assert results.notes == ("no person named 'Ivan Kesler' here; did you mean 'Kessler'?",)
        # Nothing close, or too short to guess: no guess, only that the name is not held.
        assert ix.search("", person="Qzxvbn", limit=10).notes == ("no person named 'Qzxvbn' here",)
        assert ix.search("", person="Kesl", limit=10).notes == ("no person named 'Kesl' here",)


def test_organisations_quoted_are_speakers_shown_apart(tmp_path: Path) -> None:
    rows = [
        Passage(
            "o1",
            0,
            "The ministry said the port would reopen.",
            orgs=("Ministry",),
            org_speakers=("Ministry",),
        ),
        Passage(
            "o2",
            0,
            "Ada Moreno said the port would reopen.",
            persons=("Ada Moreno",),
            speakers=("Ada Moreno",),
        ),
    ]
    index_passages(((article(p.article_id, D, p.text), [p]) for p in rows), index=tmp_path)
    with open_index(tmp_path) as ix:
        for speaker in ("Ministry", "ministry"):
            assert [h.id for h in ix.search("", speaker=speaker).hits] == ["o1#0"]
        assert [h.id for h in ix.search("", org_speaker="Ministry").hits] == ["o1#0"]
        assert [h.id for h in ix.search("org_speaker:ministry").hits] == ["o1#0"]
        assert [h.id for h in ix.search("", speaker="Moreno").hits] == ["o2#0"]
        assert ix.search("", org_speaker="Moreno").total == 0
        facets = ix.facets("port")
        assert facets.org_speakers == (("Ministry", 1),)
        assert facets.speakers == (("Ada Moreno", 1),)
        hit = ix.search("port", speaker="Ministry").hits[0]
        assert hit.passage.org_speakers == ("Ministry",) and hit.passage.speakers == ()


@pytest.mark.parametrize("person", ["Elena Varga", "Elena Varga Soler", "Varga", "Elena Soler"])
def test_a_name_with_two_surnames_is_found_by_the_first(index: Path, person: str) -> None:
    assert _articles(index, person) == {"s1", "s2"}


def test_a_word_before_the_surname_finds_only_with_its_given_name(index: Path) -> None:
    assert _articles(index, "Quill") == {"q2"}
    assert _articles(index, "Ada Quill") == {"q2"}
    assert _articles(index, "Frank Quill") == {"q1"}


@pytest.mark.parametrize("typed", ["Volcker, Paul", "volcker, paul a.", "Volcker , Paul"])
def test_a_name_written_surname_first_is_the_person(tmp_path: Path, typed: str) -> None:
    """'--person "volcker, paul"' (as catalogues and lists write names) was read as the surname
    'Paul' beside the word 'volcker,' and found nothing."""
    from newsindex.search.persons import given_first

    items = [
        (
            article("v", dt.date(1987, 3, 2)),
            [Passage("v", 0, "Paul Volcker spoke.", persons=("Paul Volcker",))],
        ),
        (
            article("k", dt.date(1987, 3, 2)),
            [Passage("k", 0, "King spoke.", persons=("Martin Luther King Jr.",))],
        ),
    ]
    index_passages(items, index=tmp_path / "ix")
    with open_index(tmp_path / "ix") as ix:
        assert [h.id for h in ix.search(person=typed).hits] == ["v#0"]
    assert given_first("Martin Luther King, Jr.") == "Martin Luther King, Jr."
    assert given_first("Smith, Barney, Harris") == "Smith, Barney, Harris"


def test_a_speaker_named_as_a_person_does_not_find_a_body_holding_the_word(
    tmp_path: Path,
) -> None:
    """A surname asked as a speaker is the person quoted, not "the Reagan administration
    said"; a word no quoted person bears still finds the quoted body holding it ("Acme" of
    "Acme Corp")."""
    from newsindex import Article, Paragraph, Passage, index_passages, open_index

    rows = [
        ("Mara Quill said the deal was fair.", ("Mara Quill",), ()),
        ("The Quill administration said it would wait.", (), ("Quill administration",)),
        ("Acme Corp said sales rose.", (), ("Acme Corp",)),
    ]
    index_passages(
        [
            (
                Article(f"a{n}", "T", dt.date(2025, 5, 6), (Paragraph(text),), "Wire"),
                [Passage(f"a{n}", 0, text, speakers=people, org_speakers=bodies)],
            )
            for n, (text, people, bodies) in enumerate(rows)
        ],
        index=tmp_path / "ix",
    )
    with open_index(tmp_path / "ix") as ix:
        assert [h.passage.article_id for h in ix.search(speaker="Quill").hits] == ["a0"]
        assert [h.passage.article_id for h in ix.search(speaker="Acme").hits] == ["a2"]
        assert ix.search(org_speaker="Quill").total == 1  # asked as a body: the body


def test_a_surname_alone_notes_the_people_it_finds(tmp_path: Path) -> None:
    """ "Marlow" finds both Marlows named in full, the one named more first in the note; a
    bearer named once (often a misread) is counted apart, and one person alone needs no note."""
    rows = [
        *(_passage(f"j{i}", 0, "Jane Marlow spoke.", "Jane Marlow") for i in range(4)),
        *(_passage(f"t{i}", 0, "Tom Marlow spoke.", "Tom Marlow") for i in range(2)),
        _passage("x0", 0, "Senate Marlow met.", "Senate Marlow"),
        _passage("m0", 0, "Marlow left.", "Marlow"),
        *(_passage(f"q{i}", 0, "Ada Quennell spoke.", "Ada Quennell") for i in range(3)),
    ]
    index_passages(((article(p.article_id, D, p.text), [p]) for p in rows), index=tmp_path / "ix")
    with open_index(tmp_path / "ix") as ix:
        marlow = ix.search(person="Marlow")
        jane = ix.search(person="Jane Marlow")
        quennell = ix.search(person="Quennell")
    assert marlow.total == 8
    assert marlow.notes == (
        "'Marlow' names several people here, all found: Jane Marlow (4), Tom Marlow (2) and 1 "
        "named less; a full name keeps to one",
    )
    assert "names several people" not in " ".join(jane.notes)
    assert quennell.total == 3 and not quennell.notes
