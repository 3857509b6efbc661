from __future__ import annotations

import pytest

from newsindex.index.analysis import news_analyzer, stem


def tokens(text: str) -> list[str]:
    return [t.text for t in news_analyzer()(text)]


def test_running_and_run_share_a_stem() -> None:
    assert tokens("running runs run") == ["run", "run", "run"]


def test_abbreviations_and_names_stay_whole() -> None:
    assert tokens("U.S. tariffs, O'Brien said") == ["u.s", "tariff", "o'brien", "said"]


def test_accents_width_and_case_fold_before_stemming() -> None:
    assert tokens("café CAFÉ cafe\u0301 ＯＩＬ Straße Ørsted") == [
        "cafe",
        "cafe",
        "cafe",
        "oil",
        "strass",
        "orst",
    ]


def test_folded_tokens_keep_their_offsets_in_the_original_text() -> None:
    text = "Le CAFÉ ＯＩＬ"
    spans = [text[t.startchar : t.endchar] for t in news_analyzer()(text, chars=True)]
    assert spans == ["Le", "CAFÉ", "ＯＩＬ"]


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("organization", "organ"),
        ("organic", "organ"),
        ("university", "universe"),
        ("international", "intern"),
    ],
)
def test_the_stemmer_keeps_apart_words_of_unrelated_meaning(word: str, other: str) -> None:
    """Snowball 3.1's English revision: its predecessors stemmed "organization" to "organ" and
    "international" to "intern", so a search for organ donors matched every organisation."""
    assert stem(word) != stem(other)
