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


def test_words_near_the_typed_word_not_near_its_stem(tmp_path: Path) -> None:
    """ "coffe" stems to "coff", one edit from "off": every price table's "OFF" ranked above
    coffee; near the typed word "coffe" (coffee's own stem) only coffee is. A word whose stem is
    far shorter than itself still finds the word meant through its stem ("goverment",
    three edits from "govern", its stem "gover" one) and a swap is one edit ("whaet")."""
    day = dt.date(2025, 3, 1)
    texts = [
        "Coffee exports rose in March.",
        "MAY 661 OFF 18 JUL 679 OFF 14 SEP 696 OFF 12 DEC 697 OFF 9",
        "The government cut rates.",
        "Wheat stocks fell.",
        "What the traders said was unclear.",
    ]
    index_articles([article(f"f{i}", day, t) for i, t in enumerate(texts)], index=tmp_path / "ix")
    with open_index(tmp_path / "ix") as ix:

        def found(query: str) -> set[str]:
            return {h.article_id for h in ix.search(query, limit=20, collapse=False).hits}

        assert found("coffe~") == {"f0"}
        assert found("goverment~") == {"f2"}
        assert "f3" in found("whaet~")
