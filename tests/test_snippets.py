"""The highlighter marks exactly the words the index matched, and builds readable fragments."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsindex.index.analysis import WORD_PATTERN, news_analyzer
from newsindex.search.snippets import (
    ELLIPSIS,
    SNIPPET_CHARS,
    highlight,
    matched_spans,
    phrase_spans,
    to_plain,
)

ANALYZER = news_analyzer()


def analyzer_spans(text: str, terms: frozenset[str]) -> list[tuple[int, int]]:
    """The definition: every token of the indexing analyzer whose indexed term is a query term."""
    return [
        (t.startchar, t.endchar)
        for t in ANALYZER(text, chars=True, removestops=False)
        if t.text in terms
    ]


WORDS = [
    "Oil",
    "oil",
    "OIL's",
    "prices",
    "U.S.",
    "co-operation",
    "Tariffs",
    "tariff-based",
    "x_y",
    "é",
    "İstanbul",
    "Café",
    "CAFÉ",
    "cafe\u0301",
    "ＯＩＬ",
    "Öl",
    "Straße",
    "dying",
    "die",
    "running",
    "run",
    "3m",
    "ran",
]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(WORDS),
            st.text(alphabet="aoiOtTr.-'’_ ,;&<1", min_size=1, max_size=6),
        ),
        max_size=12,
    ),
    st.sets(
        st.sampled_from(
            ["oil", "price", "u.s", "tariff", "die", "run", "x_i", "t", "o", "cafe", "ol", "strass"]
        ),
        min_size=1,
    ),
)
def test_marked_words_are_the_analyzers_matching_tokens(words: list[str], terms: set[str]) -> None:
    text = " ".join(words)
    assert matched_spans(text, frozenset(terms)) == analyzer_spans(text, frozenset(terms))


def test_short_passage_is_shown_whole_with_adjacent_matches_as_one_mark() -> None:
    text = "Canada & the U.S. agreed on steel tariffs: Canadian steel <quotas> end."
    snippet = highlight(text, frozenset({"canadian", "steel"}))
    assert snippet == (
        "Canada &amp; the U.S. agreed on <mark>steel</mark> tariffs: "
        "<mark>Canadian steel</mark> &lt;quotas&gt; end."
    )


def test_long_passage_gives_the_two_densest_fragments_in_text_order() -> None:
    filler = " ".join(f"word{i}" for i in range(80))
    text = f"Oil rose. {filler} Oil and oil again. {filler} Prices held. {filler}"
    assert len(text) > SNIPPET_CHARS
    snippet = highlight(text, frozenset({"oil", "price"}))
    assert snippet.endswith(" …")  # the text goes on after the last fragment
    fragments = snippet.removesuffix(" …").split(ELLIPSIS)
    assert len(fragments) == 2
    assert fragments[0].startswith("<mark>Oil</mark> rose.")
    assert "<mark>Oil</mark> and <mark>oil</mark> again." in fragments[1]
    assert "Prices" not in snippet  # the fragment with one match loses to the two with more
    for fragment in fragments:
        plain = to_plain(fragment)
        assert len(plain) <= SNIPPET_CHARS
        assert plain in text  # fragments start and end on whole words of the text
        assert re.fullmatch(rf"{WORD_PATTERN}.*\S", plain)


def test_a_snippet_cut_from_a_longer_passage_says_so_at_each_end() -> None:
    """Reuters' 'Energy Secretary John Herrington said in a statement that "although we have
    made gains ... there is justification for national concern ..."' gave the snippet 'is
    justification for national concern ...': a fragment that read as the whole passage."""
    opening = "Finance Minister Tessa Quill said in a statement that although the mills " * 4
    text = opening + "had gained, there is reason for concern over rising steel imports."
    assert len(text) > SNIPPET_CHARS
    snippet = highlight(text, frozenset({"steel"}))
    assert snippet.startswith("… ") and not snippet.endswith("…")
    assert to_plain(snippet).removeprefix("… ") in text
    ending = "Steel imports rose, " + opening
    assert highlight(ending, frozenset({"steel"})).endswith(" …")
    whole = highlight("Steel imports rose.", frozenset({"steel"}))
    assert whole == "<mark>Steel</mark> imports rose."


def test_a_lone_fragment_fills_the_snippet_s_room() -> None:
    """A match near the end of a passage a little longer than a snippet showed 90 characters
    before it and nothing more, though the snippet had room for 60 more."""
    text = (
        "Minister Tessa Quill said that " + "the mills had gained ground, " * 7 + "but steel fell."
    )
    assert SNIPPET_CHARS < len(text) < SNIPPET_CHARS + 60
    plain = to_plain(highlight(text, frozenset({"steel"})))
    assert plain.startswith("… ") and text.endswith(plain.removeprefix("… "))
    assert SNIPPET_CHARS - 30 < len(plain.removeprefix("… ")) <= SNIPPET_CHARS


def test_no_match_gives_no_snippet() -> None:
    assert highlight("Nothing to see here.", frozenset({"oil"})) == ""


def test_folded_matches_mark_the_characters_as_written() -> None:
    text = "A CAFÉ and a café sold ＯＩＬ."
    assert highlight(text, frozenset({"cafe", "oil"})) == (
        "A <mark>CAFÉ</mark> and a <mark>café</mark> sold <mark>ＯＩＬ</mark>."
    )


def test_fragments_whose_context_overlaps_are_shown_once() -> None:
    # Two matches 165 characters apart: too far for one fragment, near enough that the
    # second's context starts inside the first's. Shown once, as one stretch of the text.
    lead = "x" * 9 + " "
    text = " ".join([lead * 10 + "tariffs", " ".join(["yyyyy"] * 26), "tariffs", lead * 20]).strip()
    gap = text.rindex("tariffs") - text.index("tariffs")
    assert 150 < gap < 180 and len(text) > SNIPPET_CHARS
    snippet = to_plain(highlight(text, frozenset({"tariff"})))
    inner = snippet.removeprefix("… ").removesuffix(" …")  # the text goes on at both ends
    assert ELLIPSIS.strip() not in inner and inner in text
    assert snippet.count("tariffs") == 2


def test_a_phrase_is_marked_whole_with_its_stop_words_and_only_where_it_stands() -> None:
    text = "The Bank of England kept rates; the bank said England's rates held."
    snippet = highlight(text, frozenset({"rate"}), phrases=frozenset({(("bank", "england"), 1)}))
    assert snippet == (
        "The <mark>Bank of England</mark> kept <mark>rates</mark>; the bank said England's "
        "<mark>rates</mark> held."
    )


def test_a_phrase_with_slop_marks_its_words_within_reach_in_order() -> None:
    text = "Rates rose at the bank on Monday, and by Friday the bank cut rates again."
    # "bank ... rates" within three positions: the second bank and the rates after it
    spans = phrase_spans(text, frozenset({(("bank", "rate"), 3)}))
    assert [text[a:b] for a, b in spans] == ["bank", "rates"]
    assert spans[0][0] == text.rindex("bank")
    assert phrase_spans(text, frozenset({(("friday", "rate"), 1)})) == []
    assert phrase_spans(text, frozenset({(("cut", "bank"), 3)})) == []  # in order only


def test_a_fragment_near_the_start_keeps_the_first_word() -> None:
    """Context reaching back into the text's first word starts at the text's start, not on
    the punctuation after a dateline."""
    text = (
        "WASHINGTON — Canada and the United States are close to a deal that would replace the "
        "American tariffs on Canadian steel with a quota system, a minister said on Tuesday "
        "after a second day of talks, and officials said the deal could be signed within weeks."
    )
    assert len(text) > SNIPPET_CHARS and 90 < text.index("tariffs") < 90 + len("WASHINGTON")
    assert to_plain(highlight(text, frozenset({"tariff"}))).startswith("WASHINGTON — Canada")


def test_a_text_without_spaces_is_cut_near_its_match() -> None:
    """Chinese or Thai text has no space before a match: the fragment starts near the match,
    not at the text's start."""
    text = "关税" * 400 + " tariffs " + "钢铁" * 20
    plain = to_plain(highlight(text, frozenset({"tariff"})))
    assert "tariffs" in plain and len(plain) <= SNIPPET_CHARS + 2 * len(ELLIPSIS) + 40


def test_a_long_run_of_a_phrases_words_is_searched_once_per_word(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A passage repeating a phrase's words tries each token as each word of the phrase once:
    retrying every choice before it made a slop of 9 take seconds."""
    from newsindex.search import snippets

    calls = 0
    chain = snippets._chain

    def counted(*args: object) -> object:
        nonlocal calls
        calls += 1
        return chain(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(snippets, "_chain", counted)
    text = "oil gas " * 12 + "zinc"
    words = ("oil", "gas", "oil", "gas", "oil", "gas", "oil", "gas", "copper")
    assert phrase_spans(text, frozenset({(words, 9)})) == []
    assert calls <= len(words) * 24 + 24  # each of the 24 tokens once per word
