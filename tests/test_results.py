"""Results are plain values: they pickle, compare equal after a round trip, and outlive the
handle; a closed handle says so with a NewsindexError."""

from __future__ import annotations

import copy
import pickle
from pathlib import Path

import pytest

from newsindex import open_index
from newsindex.errors import IndexClosedError, InvalidArgumentError, NewsindexError


def test_results_pickle_and_compare_equal(index_dir: Path) -> None:
    with open_index(index_dir) as ix:
        results = ix.search("tariffs", context=1)
        facets = ix.facets("tariffs")
        timeline = ix.timeline("Okafor")
        article = ix.article(results[0].article_id)
        stats = ix.stats()
    assert results.hits, "the fixture index must answer 'tariffs'"
    for value in (results, results[0], facets, timeline, article, stats):
        again = pickle.loads(pickle.dumps(value))
        assert again == value
        assert copy.deepcopy(value) == value
        assert again.to_dict() == value.to_dict()


def test_results_are_a_sequence_of_hits(index_dir: Path) -> None:
    with open_index(index_dir) as ix:
        results = ix.search("tariffs")
    assert results[0] is results.hits[0]
    assert results[-1] is results.hits[-1]
    assert results[:2] == results.hits[:2]
    assert list(results) == list(results.hits) and len(results) == len(results.hits)


def test_results_outlive_the_handle_and_similar_is_asked_of_the_index(index_dir: Path) -> None:
    with open_index(index_dir) as ix:
        hit = ix.search("tariffs")[0]
        related = ix.similar(hit.id, limit=3)
    assert hit.id not in {h.id for h in related}
    assert hit.to_dict()["id"] == hit.id  # still readable after close
    assert not hasattr(hit, "similar")


@pytest.mark.parametrize(
    "ask",
    [
        lambda ix: ix.search("tariffs"),
        lambda ix: ix.facets("tariffs"),
        lambda ix: ix.timeline("Okafor"),
        lambda ix: ix.stats(),
        lambda ix: ix.article("anything"),
        lambda ix: ix.passage("anything#0"),
        lambda ix: ix.similar("anything#0"),
        lambda ix: list(ix.iter_articles()),
    ],
)
def test_a_closed_handle_raises_a_newsindex_error(index_dir: Path, ask) -> None:  # type: ignore[no-untyped-def]
    ix = open_index(index_dir)
    ix.close()
    ix.close()  # closing twice is harmless
    with pytest.raises(IndexClosedError, match="closed") as raised:
        ask(ix)
    assert isinstance(raised.value, NewsindexError)


@pytest.mark.parametrize(
    ("ask", "argument"),
    [
        (lambda ix: ix.similar(None), "passage"),
        (lambda ix: ix.passage(5), "passage"),
        (lambda ix: ix.article(None), "article"),
        (lambda ix: ix.article(""), "article"),
        (lambda ix: ix.timeline(None), "name"),
        (lambda ix: ix.timeline("Carney", top=0), "top"),
        (lambda ix: ix.search("tariffs", context="2"), "context"),
        (lambda ix: ix.search("tariffs", context=-1), "context"),
        (lambda ix: ix.stats(top=0), "top"),
        (lambda ix: ix.stats(top=True), "top"),
        (lambda ix: ix.search("tariffs", limit=True), "limit"),
    ],
)
def test_a_bad_argument_is_named_not_a_raw_error(index_dir: Path, ask, argument: str) -> None:  # type: ignore[no-untyped-def]
    """``similar(None)`` raised AttributeError, ``article(None)`` TypeError, ``context='2'``
    TypeError; ``context=-1`` and ``stats(top=0)`` were taken, ``timeline(None)`` blamed the
    query."""
    with open_index(index_dir) as ix, pytest.raises(InvalidArgumentError) as raised:
        ask(ix)
    assert str(raised.value).startswith(f"{argument}=")
