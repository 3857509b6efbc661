"""The whole pipeline for real: readers → NLTK-based enrichment → Whoosh → search and CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SEEDS, shared_path

from newsindex import index_paths, open_index
from newsindex.cli import cli


@pytest.fixture(scope="module")
def demo_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "index"
    report = index_paths([SEEDS], index=path, workers=1)
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
    report = index_paths([SEEDS], index=demo_index, workers=1)
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
    code, out, err = run("index", str(seeds), "--index", str(path), "--workers", "1")
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
