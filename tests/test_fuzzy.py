"""Fuzzy words (``tarifs~``): the word meant ranks above rare misspellings of it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from support import article

from newsindex import index_articles, open_index


def test_the_common_word_outranks_a_rare_misspelling(tmp_path: Path) -> None:
    day = dt.date(2025, 3, 1)
    common = [
        article(f"c{i}", day, f"The new tariffs on steel worry mills in region {i}.")
        for i in range(8)
    ]
    rare = [article("r1", day, "A tarrif on steel was announced.")]
    index_articles([*rare, *common], index=tmp_path / "ix")
    with open_index(tmp_path / "ix") as ix:
        results = ix.search("tarifs~", limit=20, collapse=False)
    assert results.total == 9
    assert results.hits[-1].article_id == "r1"
