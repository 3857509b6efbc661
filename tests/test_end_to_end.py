"""The whole pipeline for real: readers → NLTK-based enrichment → Whoosh → search and CLI."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from support import SEEDS, shared_path

from newsindex import index_paths, open_index
from newsindex.cli import cli
from newsindex.index.analysis import fold, fold_name
from newsindex.kinds import ENTITY_KINDS


@pytest.fixture(scope="module")
def demo_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "index"
    report = index_paths([SEEDS], index=path, workers=0)
    assert report.status == "ok", [str(p) for p in report.problems]
    return path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_demo_corpus_indexes_every_article(demo_index: Path) -> None:
    articles = sorted(SEEDS.glob("*.txt"))
    with open_index(demo_index) as ix:
        stats = ix.stats()
        ids = [a.id for a in ix.iter_articles()]
    assert stats.articles == len(articles) >= 12
    assert ids == sorted(p.stem for p in articles)
    assert stats.passages > stats.articles * 5


def test_demo_search_tariffs_ranks_passages(demo_index: Path) -> None:
    code, out, _ = run("search", "tariffs", "--index", str(demo_index), "--json")
    assert code == 0
    hits = json.loads(out)
    assert len(hits) == 10
    assert all("ariff" in h["text"] for h in hits)
    assert hits == sorted(hits, key=lambda h: -h["score"])


def test_reindexing_the_same_input_keeps_the_count(demo_index: Path) -> None:
    with open_index(demo_index) as ix:
        before = ix.stats()
    report = index_paths([SEEDS], index=demo_index, workers=0)
    with open_index(demo_index) as ix:
        after = ix.stats()
    assert report.articles == before.articles
    assert (after.articles, after.passages) == (before.articles, before.passages)


def test_recurring_people_are_searchable_by_surname(demo_index: Path) -> None:
    with open_index(demo_index) as ix:
        facets = ix.stats(top=20)
        okafor = ix.search(person="Okafor", limit=100)
    names = dict(facets.top_persons)
    assert "Daniel Okafor" in names
    assert okafor.total > 5
    assert all("Daniel Okafor" in h.passage.persons for h in okafor.hits)


@pytest.fixture(scope="module")
def seed_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    seeds = shared_path("seeds")
    path = tmp_path_factory.mktemp("seed") / "index"
    code, out, err = run("index", str(seeds), "--index", str(path), "--workers", "0")
    assert code == 0, out + err
    return path


def test_seed_person_filter_returns_exactly_the_poilievre_passages(seed_index: Path) -> None:
    seeds = shared_path("seeds")
    text = next(seeds.glob("*.txt")).read_text(encoding="utf-8")
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    naming = {p.strip()[:40] for p in paragraphs if "Poilievre" in p}
    code, out, _ = run("search", "--person", "Poilievre", "--index", str(seed_index), "--json")
    assert code == 0
    found = {h["text"][:40] for h in json.loads(out)}
    assert found == naming
    assert len(found) == 2


# ------------------------------------------------------------------ issue #4 features on seeds/


def test_demo_facets_equal_a_brute_force_count(demo_index: Path, facet_counting: None) -> None:
    """Both ways of listing names (whole-field columns; the matches' stored names) list every name
    the matches write, the names of one alias group once ("U.S.", "United States"), each counted
    as what its click opens: the search with it as a filter."""
    from collections import Counter

    from newsindex.search.aliases import with_standard

    groups = with_standard(None)
    query = "tariffs OR strike"
    with open_index(demo_index) as ix:
        facets = ix.facets(query, top=1000, by="month")
        every = ix.search(query, limit=10_000, snippets=False, collapse=False)
        assert facets.total == every.total == len(every.hits)
        for kind in ENTITY_KINDS:
            # names fold case and accents ("OTTAWA" in a dateline is Ottawa, Québec is Quebec)
            folder = fold_name if kind.is_person else fold
            listed = dict(getattr(facets, kind.plural))
            same = groups.canonical if not kind.is_person else str
            written = {
                folder(same(n)).lower() for h in every.hits for n in getattr(h.passage, kind.plural)
            }
            assert {folder(same(n)).lower() for n in listed} == written, kind.name
            for name, count in listed.items():
                assert count == ix.search(query, limit=1, **{kind.name: name}).total, name
    assert ("Ottawa", dict(facets.places).get("Ottawa")) in facets.places
    months = Counter(h.date.strftime("%Y-%m") for h in every.hits if h.date)
    assert dict(facets.histogram) == dict(months)


def test_demo_timeline_follows_a_person_across_months(
    demo_index: Path, facet_counting: None
) -> None:
    with open_index(demo_index) as ix:
        timeline = ix.timeline("Okafor", by="month")
        okafor = ix.search(person="Okafor", limit=10_000, snippets=False, collapse=False)
    assert timeline.total == okafor.total
    assert sum(p.count for p in timeline.periods) == timeline.total
    assert len(timeline.periods) >= 4
    assert all("Daniel Okafor" not in dict(p.co_mentions) for p in timeline.periods)


def test_demo_speaker_filter_and_mentions(demo_index: Path) -> None:
    with open_index(demo_index) as ix:
        quoted = ix.search(speaker="Lindqvist", limit=100)
        mentioned = ix.search(mentions="2025-05-05", limit=100)
    assert quoted.total >= 3
    assert all("Maria Lindqvist" in h.passage.speakers for h in quoted.hits)
    assert mentioned.total >= 1
    assert all(
        any(s.start <= dt.date(2025, 5, 5) <= s.end for s in h.passage.mentions)
        for h in mentioned.hits
    )


def test_demo_query_language(demo_index: Path) -> None:
    with open_index(demo_index) as ix:
        phrase = ix.search('"Bank of Canada"', limit=100, collapse=False)
        near = ix.search('"port strike"~3', limit=100, collapse=False)
        combined = ix.search("person:Lindqvist AND rate", limit=100, collapse=False)
        ranged = ix.search("date:[2025-03-01 TO 2025-03-31] tariffs", limit=100, collapse=False)
        fuzzy = ix.search("tarifs~", limit=1)
        wild = ix.search("tarif*", limit=1)
    assert phrase.total > 0 and all(
        "bank of canada" in h.passage.text.lower() or "bank of canada" in h.title.lower()
        for h in phrase.hits
    )
    assert near.total > 0
    assert combined.total > 0 and all("Maria Lindqvist" in h.passage.persons for h in combined.hits)
    assert ranged.total > 0 and all(h.date and h.date.month == 3 for h in ranged.hits)
    assert fuzzy.total > 0 and wild.total > 0


def test_demo_did_you_mean_and_similar(demo_index: Path) -> None:
    with open_index(demo_index) as ix:
        typo = ix.search("dockworkrs")
        hit = ix.search("dockworkers ratify").hits[0]
        related = ix.similar(hit.id, limit=5)
        every = ix.similar(hit.id, limit=1000)
    assert typo.total == 0 and typo.suggestions == ("dockworkers",)
    assert related.hits and hit.id not in {h.id for h in related.hits}
    # a full page says there may be more ("5+ passages"); the whole list is the count
    assert related.total_is_lower_bound and len(every.hits) > 5
    assert not every.total_is_lower_bound


def test_demo_sort_context_and_paging(demo_index: Path) -> None:
    with open_index(demo_index) as ix:
        newest = ix.search("tariffs", sort="-date", limit=5)
        page2 = ix.search("tariffs", sort="-date", limit=5, offset=5)
        with_context = ix.search("tariffs", context=1, limit=1).hits[0]
    dates = [h.date for h in newest.hits + page2.hits]
    assert dates == sorted(dates, reverse=True)
    assert not {h.id for h in newest.hits} & {h.id for h in page2.hits}
    assert with_context.context
    assert all(abs(c.position - with_context.passage.position) == 1 for c in with_context.context)
