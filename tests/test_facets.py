from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
from support import article

from newsindex import Article, Passage, index_passages, open_index
from newsindex.errors import InvalidArgumentError
from newsindex.index.columns import FacetColumns
from newsindex.index.store import open_existing
from newsindex.kinds import period_label
from newsindex.search.query import Filters


def brute_force(ix, query: str, filters: Filters) -> dict[str, Counter[str]]:
    """Facet counts by reading every matching passage: the reference for facets()."""
    results = ix.search(
        query, person=filters.person, since=filters.since, limit=10_000, snippets=False
    )
    assert len(results.hits) == results.total
    out: dict[str, Counter[str]] = {k: Counter() for k in ("persons", "orgs", "places")}
    for hit in results.hits:
        for key in out:
            out[key].update(getattr(hit.passage, key))
    return out


@pytest.mark.parametrize(
    ("query", "filters"),
    [("tariffs OR oil OR trump OR carney", Filters()), ("", Filters(since="2025-01-01"))],
)
def test_facet_counts_equal_brute_force(
    index_dir: Path, query: str, filters: Filters, facet_counting: None
) -> None:
    with open_index(index_dir) as ix:
        facets = ix.facets(query, filters=filters, top=100)
        expected = brute_force(ix, query, filters)
        total = ix.search(query, since=filters.since, limit=1).total
    assert facets.total == total
    for key, counts in expected.items():
        assert dict(getattr(facets, key)) == dict(counts)


def test_histogram_by_month_and_by_mentioned_day(index_dir: Path) -> None:
    with open_index(index_dir) as ix:
        by_month = ix.facets("tariffs OR oil", by="month")
        mentioned = ix.facets("", filters=Filters(person="Trump"), by="day", date_field="mentions")
    assert by_month.histogram == (("1987-03", 1), ("2025-03", 2), ("2025-05", 1))
    assert mentioned.histogram == (("2025-05-05", 1),)


def test_timeline_counts_and_co_mentions(index_dir: Path) -> None:
    with open_index(index_dir) as ix:
        tl = ix.timeline("Carney", by="month")
    assert tl.total == 2
    assert [(p.period, p.count) for p in tl.periods] == [("2025-05", 2)]
    co = dict(tl.periods[0].co_mentions)
    assert co["Donald Trump"] == 1 and co["Pierre Poilievre"] == 1
    assert "Mark Carney" not in co


@pytest.mark.parametrize(
    ("name", "kind", "total"),
    [("Bank of Canada", "org", 1), ("Canada", "place", 1), ("Carney", "person", 2)],
)
def test_a_timeline_without_a_kind_charts_the_name_as_the_archive_names_it(
    index_dir: Path, name: str, kind: str, total: int
) -> None:
    """`newsindex timeline OPEC` on Reuters charted OPEC as a person: "0 passages" and a note
    to say --kind org. With no kind, the kind whose filter finds most is charted."""
    with open_index(index_dir) as ix:
        tl = ix.timeline(name)
        assert (tl.kind, tl.total, tl.notes) == (kind, total, ())
        assert ix.timeline(name, kind="person").total == (total if kind == "person" else 0)


def test_period_labels_and_bad_values(index_dir: Path) -> None:
    day = dt.date(2025, 5, 6)
    assert [period_label(day, b) for b in ("day", "week", "month", "year")] == [
        "2025-05-06",
        "2025-W19",
        "2025-05",
        "2025",
    ]
    with open_index(index_dir) as ix:
        with pytest.raises(InvalidArgumentError, match="by='fortnight'"):
            ix.facets("tariffs", by="fortnight")
        with pytest.raises(InvalidArgumentError, match="date_field"):
            ix.facets("tariffs", date_field="published")
        with pytest.raises(InvalidArgumentError, match="kind"):
            ix.timeline("Carney", kind="animal")


def _named(aid: str, *persons: tuple[str, ...]) -> tuple[Article, list[Passage]]:
    """An article of one passage per tuple of persons, each passage naming them."""
    passages = [
        Passage(aid, i, f"Passage {i} of the harbour board minutes.", persons=names)
        for i, names in enumerate(persons)
    ]
    return article(aid, dt.date(2024, 2, 1)), passages


def test_columns_count_names_in_one_two_and_many_passages(tmp_path: Path) -> None:
    """A column takes a name in one or two passages of a segment from its term's entry (its
    first and last document) and others from their postings: each count is the passages
    naming it, as from their records, over two segments, an article indexed again (its old
    passages deleted) among them."""
    index = tmp_path / "ix"
    index_passages(
        [
            _named("m1", ("Ines Varga", "Kai Lund"), ("Tomas Berg", "Kai Lund", "Ines Varga")),
            _named("m2", ("Olu Adeyemi", "Kai Lund"), ("Olu Adeyemi",)),
        ],
        index=index,
    )
    index_passages(
        [
            _named("m3", ("Tomas Berg", "Kai Lund"), ("Olu Adeyemi", "Kai Lund")),
            _named("m2", ("Kai Lund",), ("Rhea Sol",)),  # replaces m2: Adeyemi twice less
        ],
        index=index,
    )
    expected = {"kai lund": 5, "tomas berg": 2, "ines varga": 2, "olu adeyemi": 1, "rhea sol": 1}
    ix = open_existing(index)
    try:
        with ix.searcher() as searcher:
            reader = searcher.reader()
            assert len(list(reader.leaf_readers())) == 2
            live = list(reader.all_doc_ids())
            from_columns = FacetColumns(reader, few=0).count("person", live)
            from_records = FacetColumns(reader, few=len(live)).count("person", live)
    finally:
        ix.close()
    assert from_columns == from_records == expected


def test_a_handles_first_facets_count_matches_from_their_records(
    index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A process asking one question (``newsindex facets``) never uses a column again, so its
    count reads the matches' records for every kind; a later one builds the columns. The rule
    followed the handle's first look at its columns, which a request takes several of: the
    command line counted one kind from records and built a column for each of the others."""
    import newsindex.search.handle

    monkeypatch.setattr(newsindex.search.handle, "FEW_MATCHES", 0)
    built: list[str] = []
    column = FacetColumns.column

    def spy(self: FacetColumns, field: str) -> object:
        built.append(field)
        return column(self, field)

    monkeypatch.setattr(FacetColumns, "column", spy)
    with open_index(index_dir) as ix:
        ix.search("tariffs")
        first = ix.facets("tariffs OR oil")
        assert built == []
        second = ix.facets("tariffs OR oil")
    assert set(built) >= {"person", "org", "place", "speaker", "source"}
    assert first == replace(second, seconds=first.seconds)


def test_an_open_handles_facets_follow_the_index(tmp_path: Path) -> None:
    """A handle remembers the passages each name's filter finds (facets count the same names
    from one query to the next), until the index changes: counts then follow it."""
    index = tmp_path / "ix"
    index_passages([_named("m1", ("Kai Lund",), ("Kai Lund", "Rhea Sol"))], index=index)
    with open_index(index) as ix:
        assert dict(ix.facets("harbour").persons) == {"Kai Lund": 2, "Rhea Sol": 1}
        assert dict(ix.facets("minutes").persons) == {"Kai Lund": 2, "Rhea Sol": 1}
        index_passages([_named("m2", ("Rhea Sol",), ("Rhea Sol",))], index=index)
        assert dict(ix.facets("harbour").persons) == {"Kai Lund": 2, "Rhea Sol": 3}


def test_a_surname_alone_shows_as_the_one_person_it_stands_for(tmp_path: Path) -> None:
    """Reuters writes "the Reagan administration" in stories that never name Ronald Reagan in
    full: facets of "budget deficit" listed "Reagan" (34) where the statistics list "Ronald
    Reagan", and timelines "Reagan (11)" beside him. A surname alone is shown under the full
    name of the one person holding nearly all its full-name passages, counted as that name's
    filter finds; a surname two people share keeps its own row."""
    index = tmp_path / "ix"
    index_passages(
        [
            _named("m1", *[("Ines Varga", "Kai Lund")] * 5, ("Tomas Berg",), ("Tomas Berg",)),
            _named("m2", ("Varga", "Kai Lund"), ("Varga",), ("Ana Berg",), ("Ana Berg",)),
            _named("m3", ("Berg", "Kai Lund"), ("Tomas Varga",)),
        ],
        index=index,
    )
    with open_index(index) as ix:
        persons = dict(ix.facets("*").persons)
        lund = ix.timeline("Kai Lund", by="month")
        varga = ix.search(person="Ines Varga", limit=1).total
    assert persons["Ines Varga"] == varga == 7 and "Varga" not in persons
    assert persons["Berg"] == 5
    co = dict(lund.periods[0].co_mentions)
    assert co["Ines Varga"] == 6 and "Varga" not in co and co["Berg"] == 1
