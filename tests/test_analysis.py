from __future__ import annotations

import pickle
from functools import partial

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsindex.index.analysis import (
    INDEX_STOP_WORDS,
    keyword_analyzer,
    news_analyzer,
    plain_keyword_analyzer,
    plain_news_analyzer,
    stem,
)
from newsindex.nlp.lexicon import QUERY_STOP_WORDS


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


_TOKEN_ATTRIBUTES = ("text", "pos", "startchar", "endchar", "stopped", "boost")


def _tokens(analyzer: object, text: str, **kwargs: object) -> list[tuple[object, ...]]:
    assert callable(analyzer)
    return [
        tuple(getattr(t, name, None) for name in _TOKEN_ATTRIBUTES)
        for t in analyzer(text, **kwargs)
    ]


_CALLS: list[dict[str, object]] = [
    {},
    {"positions": True},
    {"positions": True, "chars": True, "mode": "index"},
    {"positions": True, "chars": True, "removestops": False, "start_pos": 7, "start_char": 3},
    {"chars": True, "mode": "query"},
    {"mode": "query", "tokenize": False},
    {"positions": True, "keeporiginal": True},
    {"no_morph": True, "positions": True},
]


_PAIRS = {
    "text": (news_analyzer, plain_news_analyzer),
    "names": (
        partial(keyword_analyzer, commas=True, names=True),
        partial(plain_keyword_analyzer, commas=True, names=True),
    ),
    "words": (
        partial(keyword_analyzer, commas=False),
        partial(plain_keyword_analyzer, commas=False),
    ),
}


@settings(max_examples=300)
@given(
    text=st.text(
        alphabet=st.sampled_from(list("ab ThE of U.S. O'Brien Café Pöhl ＯＩＬ ß running, -’")),
        max_size=60,
    ),
    call=st.sampled_from(_CALLS),
    kind=st.sampled_from(sorted(_PAIRS)),
)
def test_the_fused_analyzers_give_the_composed_chains_tokens(
    text: str, call: dict[str, object], kind: str
) -> None:
    """The analyzers run Whoosh's filter chains as one loop; every token attribute that any
    caller reads (terms, positions after stop words, offsets, stopped marks) is the same."""
    fused, plain = _PAIRS[kind]
    assert _tokens(fused(), text, **call) == _tokens(plain(), text, **call)


def test_the_fused_analyzer_survives_the_schema_pickle() -> None:
    analyzer = pickle.loads(pickle.dumps(news_analyzer()))
    assert [t.text for t in analyzer("The oil-producing countries")] == ["oil", "produc", "countri"]
    assert analyzer == news_analyzer()


def test_the_index_drops_only_words_a_query_drops_too() -> None:
    """A word the index leaves out is one the query leaves out as well, so no query term can
    miss for want of an indexed word; "US", "May" and one-letter words are indexed."""
    assert INDEX_STOP_WORDS <= QUERY_STOP_WORDS
    words = tokens("The F-16 flew for the US in May; I saw Plan B.")
    assert words == ["f", "16", "flew", "us", "may", "saw", "plan", "b"]


def test_an_ampersand_inside_a_word_keeps_it_whole() -> None:
    """ "AT&T" is one word, not the stop word "at" and a letter that "T-bills" also has."""
    assert tokens("AT&T's S&P rating; Procter & Gamble") == [
        "at&t",
        "s&p",
        "rate",
        "procter",
        "gambl",
    ]
