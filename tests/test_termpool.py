"""The writer's compact postings pool (newsindex/index/writer.py): the postings Whoosh's own pool
would give, and commits when its memory budget is reached."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support import article

from newsindex import Passage, index_passages, open_index
from newsindex.index import writer
from newsindex.index.store import open_existing
from newsindex.index.writer import TermPool, count_segments

_postings = st.lists(
    st.tuples(
        st.sampled_from(["org", "text", "title"]),
        st.binary(min_size=1, max_size=6),
        st.integers(min_value=0, max_value=3),
        st.none() | st.binary(max_size=300),
    ),
    max_size=60,
)


@settings(max_examples=200, deadline=None)
@given(_postings)
def test_the_pool_gives_the_postings_in_whoosh_pools_order(
    drawn: list[tuple[str, bytes, int, bytes | None]],
) -> None:
    """Postings added document by document come out ordered by field, term and document, with
    their weights and values (None included), as Whoosh's sorting pool gives them."""
    items = [
        (field, text, docnum, float(weight), value)
        for docnum, (field, text, weight, value) in enumerate(drawn)
    ]
    pool = TermPool()
    for item in items:
        pool.add(item)
    assert pool.size > 0 or not items
    got = list(pool.iter_postings())
    assert got == sorted(items, key=lambda item: item[:3])


def test_short_equal_values_come_out_as_one_object() -> None:
    """A postings block pickles an equal short value once when it is the same object."""
    pool = TermPool()
    for docnum in range(3):
        pool.add(("text", b"oil", docnum, 1.0, bytes([5])))
        pool.add(("text", b"oil", docnum + 10, 1.0, bytes([1, 2])))
    values = [value for *_, value in pool.iter_postings()]
    assert len({id(v) for v in values}) == 2 and set(values) == {b"\x05", b"\x01\x02"}


def test_a_batch_is_committed_when_the_postings_reach_the_budget(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The budget, not the number of articles, bounds a segment: with a tiny one each article
    is committed on its own, and every passage is searchable."""
    monkeypatch.setattr(writer, "POOL_MB", 0)
    items = [
        (article(f"p{i}", dt.date(2025, 1, 1)), [Passage(f"p{i}", 0, f"Pipeline news {i}.")])
        for i in range(3)
    ]
    index_passages(items, index=tmp_path, batch_size=100)
    ix = open_existing(tmp_path)
    try:
        assert count_segments(ix) == 3
    finally:
        ix.close()
    with open_index(tmp_path) as found:
        assert found.search("pipeline").total == 3


def test_merging_uses_the_compact_pool_only_when_the_index_fits_its_budget(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whoosh's pool spills to disk; the compact one does not, so a merge takes it only for an
    index whose postings fit the budget."""
    index_passages([(article("m", None), [Passage("m", 0, "Merge me.")])], index=tmp_path)
    ix = open_existing(tmp_path)
    try:
        small = writer.merging_writer(ix)
        assert isinstance(small.pool, TermPool)
        small.cancel()
        monkeypatch.setattr(writer, "POOL_MB", 0)
        large = writer.merging_writer(ix)
        assert not isinstance(large.pool, TermPool)
        large.cancel()
    finally:
        ix.close()
