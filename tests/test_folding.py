"""Accents, width and case fold alike at indexing and query time, in text and in names, and
highlighting marks the characters as written."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsindex import Article, Paragraph, Passage, index_passages, open_index
from newsindex.index import analysis
from newsindex.index.analysis import fold, fold_name, news_analyzer
from newsindex.index.records import usual_spelling
from newsindex.nlp import names
from newsindex.search.snippets import highlight


def _corpus() -> list[tuple[Article, list[Passage]]]:
    def article(aid: str, day: int) -> Article:
        return Article(aid, f"Title {aid}", dt.date(1987, 3, day), (Paragraph("x"),), "Wire")

    return [
        (
            article("a1", 2),
            [
                Passage("a1", 0, "The café on the square sold OIL futures."),
                Passage(
                    "a1",
                    1,
                    "Bundesbank President Karl Otto Pöhl spoke.",
                    persons=("Karl Otto Pöhl",),
                ),
            ],
        ),
        (
            article("a2", 3),
            [
                Passage(
                    "a2", 0, "A CAFE owner in Zürich met Hans Müller.", persons=("Hans Müller",)
                ),
                Passage(
                    "a2", 1, "Karl Otto Poehl said rates would hold.", persons=("Karl Otto Poehl",)
                ),
                Passage("a2", 2, "POEHL was not available.", persons=("Poehl",)),
            ],
        ),
        (
            article("a3", 4),
            [Passage("a3", 0, "Prices of wheat rose.", places=("Zürich",))],
        ),
    ]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("folding") / "ix"
    index_passages(_corpus(), index=path)
    yield path


def _ids(index_dir: Path, query: str = "", **filters: str) -> list[str]:
    with open_index(index_dir) as ix:
        return sorted(h.id for h in ix.search(query, **filters, limit=50).hits)


def test_fold_spells_accents_width_and_letters_in_ascii() -> None:
    assert fold("Café") == "Cafe"
    assert fold("cafe\u0301") == "cafe"  # decomposed accent
    assert fold("ＯＩＬ") == "OIL"
    assert fold("Straße Ørsted Łódź ﬁnance") == "Strasse Orsted Lodz finance"
    assert fold("Pöhl") == "Pohl" and fold_name("Pöhl") == "Poehl"
    assert fold_name("MÜLLER").lower() == "mueller"
    assert fold("plain ascii") == "plain ascii"
    assert fold("한국어 हिन्दी") == "한국어 हिन्दी"  # other scripts keep their marks
    assert fold("Workers’ Union") == fold("Workers' Union") == "Workers' Union"


def test_the_index_and_the_name_helpers_fold_alike() -> None:
    """nlp.names may not import the index (nor the index nlp): the rules are written twice."""
    assert analysis._FOLD_TABLE == names._FOLD_TABLE
    assert analysis._NAME_TABLE == names._NAME_TABLE
    sample = [chr(c) for c in range(0x80, 0x3000)] + ["Ｏ", "ﬁ", "ẞ"]
    assert [fold(c) for c in sample] == [names.fold(c) for c in sample]
    assert [fold_name(c) for c in sample] == [names.fold_name(c) for c in sample]


def test_analyzer_folds_before_lowercasing_and_keeps_the_original_offsets() -> None:
    text = "Le CAFÉ ＯＩＬ"
    tokens = [(t.text, text[t.startchar : t.endchar]) for t in news_analyzer()(text, chars=True)]
    assert tokens == [("le", "Le"), ("cafe", "CAFÉ"), ("oil", "ＯＩＬ")]


def test_names_fold_in_name_keys() -> None:
    assert names.name_key("Karl Otto Pöhl") == names.name_key("KARL OTTO POEHL")
    assert names.surname_keys("Karl Otto Pöhl") == names.surname_keys("Karl Otto Poehl")


def test_accented_upper_and_plain_words_find_the_same_passages(index_dir: Path) -> None:
    found = _ids(index_dir, "café")
    assert found == ["a1#0", "a2#0"]
    assert _ids(index_dir, "cafe") == _ids(index_dir, "CAFÉ") == found


def test_full_width_letters_find_the_word(index_dir: Path) -> None:
    assert _ids(index_dir, "ＯＩＬ") == _ids(index_dir, "oil") == ["a1#0"]


@pytest.mark.parametrize("name", ["Pöhl", "Poehl", "POEHL", "poehl", "Karl Otto Pöhl"])
def test_a_person_with_or_without_umlaut_finds_the_same_passages(
    index_dir: Path, name: str
) -> None:
    assert _ids(index_dir, person=name) == ["a1#1", "a2#1", "a2#2"]


def test_person_words_and_places_fold(index_dir: Path) -> None:
    assert _ids(index_dir, person="Mueller") == _ids(index_dir, person="müller") == ["a2#0"]
    assert _ids(index_dir, place="Zurich") == _ids(index_dir, place="ZÜRICH") == ["a3#0"]


def test_snippets_mark_the_word_as_written(index_dir: Path) -> None:
    with open_index(index_dir) as ix:
        hits = {h.id: h.snippet for h in ix.search("cafe").hits}
    assert "<mark>café</mark>" in hits["a1#0"]
    assert "<mark>CAFE</mark>" in hits["a2#0"]
    assert highlight("Éclair and ＯＩＬ", frozenset({"eclair", "oil"})) == (
        "<mark>Éclair</mark> and <mark>ＯＩＬ</mark>"
    )


def test_no_did_you_mean_for_an_accented_word_the_index_has(index_dir: Path) -> None:
    with open_index(index_dir) as ix:
        assert ix.search("café").suggestions == ()
        assert ix.search("Müller").suggestions == ()


def test_folding_is_cheap_for_ascii() -> None:
    word = "tariff"
    assert fold(word) is word and fold_name(word) is word


def test_names_are_shown_as_written(index_dir: Path) -> None:
    with open_index(index_dir) as ix:
        persons = dict(ix.stats(top=10).top_persons)
    assert persons["Hans Müller"] == 1
    # "Karl Otto Pöhl" and "Karl Otto Poehl" are one person, one row, shown as written, and
    # counted as its click finds them (the "POEHL" passage too).
    pohl = [name for name in persons if name.startswith("Karl Otto")]
    assert len(pohl) == 1 and pohl[0] in {"Karl Otto Pöhl", "Karl Otto Poehl"}
    assert persons[pohl[0]] == 3


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ({"OPEC": 9, "Opec": 2}, "OPEC"),  # an acronym as the text writes it
        ({"OTTAWA": 2, "Ottawa": 9}, "Ottawa"),  # a dateline's capitals
        ({"ROME": 3, "Rome": 3}, "Rome"),  # capitals lose a tie
    ],
)
def test_a_name_is_shown_as_most_often_written(written: dict[str, int], shown: str) -> None:
    records = [{"org": (name,)} for name, n in written.items() for _ in range(n)]
    assert usual_spelling(records, "org", shown.lower()) == shown
