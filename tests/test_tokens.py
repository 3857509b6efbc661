"""Tokenizer and sentence splitter: CoNLL-style splits, exact offsets, sentence boundaries."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsindex.nlp.ner.model import WordClasses, has_upper, is_headline, position_features
from newsindex.nlp.tokens import (
    Token,
    line_bounds,
    scan,
    sentence_bounds,
    split_sentences,
    token_starts,
    tokenize,
    words_of,
)


def texts(text: str) -> list[str]:
    return [t.text for t in tokenize(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("U.S. President Donald Trump", ["U.S.", "President", "Donald", "Trump"]),
        ("Carney's win", ["Carney", "'s", "win"]),
        ("Carney’s win", ["Carney", "’s", "win"]),
        (
            "“I really want,” Trump said.",
            ["“", "I", "really", "want", ",", "”", "Trump", "said", "."],
        ),
        ('He said "no".', ["He", "said", '"', "no", '"', "."]),
        ("We don't need it", ["We", "do", "n't", "need", "it"]),
        ("We don’t", ["We", "do", "n’t"]),
        ("THEY'RE HERE", ["THEY", "'RE", "HERE"]),
        ("the countries' leaders", ["the", "countries", "'", "leaders"]),
        ("O'Neill and rock'n'roll", ["O'Neill", "and", "rock'n'roll"]),
        ("1,234.5 pounds ($16,935)", ["1,234.5", "pounds", "(", "$", "16,935", ")"]),
        ("on 1996-08-22 at 5 p.m.", ["on", "1996-08-22", "at", "5", "p.m."]),
        ("Vice-President AT&T S&P 500", ["Vice-President", "AT&T", "S&P", "500"]),
        (
            "Mr. Smith of Acme Corp. and M. Dupont",
            ["Mr.", "Smith", "of", "Acme", "Corp.", "and", "M.", "Dupont"],
        ),
        (
            "a bid by Cie. Financiere de Tessby",
            ["a", "bid", "by", "Cie.", "Financiere", "de", "Tessby"],
        ),
        ("(4.5%) -- a rise...", ["(", "4.5", "%", ")", "--", "a", "rise", "..."]),
        ("talks — and", ["talks", "—", "and"]),
        ("see https://example.com/a?b=1.", ["see", "https://example.com/a?b=1", "."]),
        ("mail jo.doe@example.org!", ["mail", "jo.doe@example.org", "!"]),
        (
            "Tessco.com said, as did factcheck.org.",
            ["Tessco.com", "said", ",", "as", "did", "factcheck.org", "."],
        ),
        ("Québec's premier", ["Québec", "'s", "premier"]),
        ("Japan-U.S. trade, non-U.S. banks", ["Japan-U.S.", "trade", ",", "non-U.S.", "banks"]),
        ("led by Alex. Brown and Sons", ["led", "by", "Alex.", "Brown", "and", "Sons"]),
        ("in Sault Ste. Marie", ["in", "Sault", "Ste.", "Marie"]),
        # a dateline's capitals: the abbreviation before the name stays whole
        ("ST. LOUIS, Sept. 8 --", ["ST.", "LOUIS", ",", "Sept.", "8", "--"]),
        ("MAIN ST. The", ["MAIN", "ST", ".", "The"]),
    ],
)
def test_conll_style_splits(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("naïve Zürich café's", ["naïve", "Zürich", "café", "'s"]),
        (
            "the 12th of 1,234 5-year 10% 1986.",
            ["the", "12th", "of", "1,234", "5-year", "10", "%", "1986", "."],
        ),
        (
            "end. Next .5 a.... .jo@example.org",
            ["end", ".", "Next", ".", "5", "a", "...", ".", ".jo@example.org"],
        ),
        (
            "12n't 3'4 4&5 6@x.org 7+8 1.5.",
            ["12", "n't", "3'4", "4&5", "6@x.org", "7", "+", "8", "1.5", "."],
        ),
        ("rose. vs. approx. etc. iPhone.", ["rose", ".", "vs.", "approx.", "etc.", "iPhone", "."]),
        ("jo.@x.org a.m. x.y W.-x", ["jo.@x.org", "a.m.", "x", ".", "y", "W", ".", "-", "x"]),
        (
            "Tessco's TESSCO'S it'sa isn't Zürich's",
            ["Tessco", "'s", "TESSCO", "'S", "it'sa", "is", "n't", "Zürich", "'s"],
        ),
        (
            "1,234.5x 1.23@x.org 1.com 3.5-fold",
            ["1,234.5", "x", "1.23@x.org", "1.com", "3.5", "-", "fold"],
        ),
        ("1,234.5- 12:30. 1,2,3,", ["1,234.5", "-", "12:30", ".", "1,2,3", ","]),
        (
            "long-term long- a-b-c- state-owned's co-op@x.org",
            ["long-term", "long", "-", "a-b-c", "-", "state-owned", "'s", "co-op@x.org"],
        ),
        ("<A/B> in 1986, 1986.x", ["<", "A", "/", "B", ">", "in", "1986", ",", "1986", ".", "x"]),
        ('1986: 1986.com 1986,"', ["1986", ":", "1986.com", "1986", ",", '"']),
        ('." .) .@x.org ."...', [".", '"', ".", ")", ".@x.org", ".", '"', "..."]),
    ],
)
def test_short_cuts_split_as_the_full_rules(text: str, expected: list[str]) -> None:
    """The short cuts for words (with their hyphens), full stops, words before a stop or "'s",
    numbers (before a stop, comma or colon too) and "<", ">", "/" take only what the rules after
    them would: a word with a letter outside ASCII, an abbreviation, a number with a sign or a
    letter after it, a stop before a word's or an e-mail address's character go on to those
    rules."""
    assert words_of(text) == expected


def test_offsets_point_into_the_text() -> None:
    text = "  Trump’s  “deal”\n with Canada. "
    tokens = tokenize(text)
    assert tokens[0] == Token("Trump", 2, 7)
    assert tokens[1] == Token("’s", 7, 9)
    assert [text[t.start : t.end] for t in tokens] == [t.text for t in tokens]


@given(st.text(max_size=300))
def test_tokens_cover_the_text_exactly(text: str) -> None:
    tokens = tokenize(text)
    position = 0
    for tok in tokens:
        assert tok.text and text[tok.start : tok.end] == tok.text
        assert tok.start >= position
        assert text[position : tok.start].strip() == ""  # only whitespace between tokens
        position = tok.end
    assert text[position:].strip() == ""


@given(st.text(alphabet=st.sampled_from("Ab .,'’\"“”-$1&?!\n"), max_size=200))
def test_scan_agrees_with_tokenize(text: str) -> None:
    words, starts = scan(text)
    assert [Token(w, s, s + len(w)) for w, s in zip(words, starts, strict=True)] == tokenize(text)


@given(
    st.text(alphabet=st.sampled_from("Ab .,'’\"“”-$1&?!\n\u00a0"), max_size=200), st.integers(0, 60)
)
def test_offsets_of_the_first_tokens_only(text: str, count: int) -> None:
    """The tagger finds offsets only as far as its last name."""
    words, starts = scan(text)
    assert words_of(text) == words
    assert token_starts(text, words, count) == starts[:count]


def sentences(text: str) -> list[str]:
    return [" ".join(t.text for t in s) for s in split_sentences(tokenize(text))]


def test_sentence_split_on_final_punctuation() -> None:
    text = "Trump met Carney. “It was great,” he said. Was it? Yes!"
    assert sentences(text) == [
        "Trump met Carney .",
        "“ It was great , ” he said .",
        "Was it ?",
        "Yes !",
    ]


def test_sentence_split_keeps_titles_initials_and_abbreviations() -> None:
    assert sentences("Mr. Smith met M. Dupont in the U.S. capital on Monday.") == [
        "Mr. Smith met M. Dupont in the U.S. capital on Monday ."
    ]
    assert sentences("He lives in the U.S. The talks ended.") == [
        "He lives in the U.S.",
        "The talks ended .",
    ]


def test_sentence_split_needs_a_non_lowercase_start() -> None:
    assert sentences("It rose 4.5 pct. in March and fell. then rose") == [
        "It rose 4.5 pct . in March and fell . then rose"
    ]


def test_sentence_split_reads_only_tokens_that_may_end_one() -> None:
    # "Yahoo!" ends in "!" but is no final punctuation; closers stay with the sentence they end
    assert sentence_bounds(["Yahoo!", "The", "deal", "."]) == [(0, 4)]
    assert sentence_bounds(["It", "rose", ".", '"', ")", "The", "end", "!"]) == [(0, 5), (5, 8)]
    # a stock code's exchange: "<BAEL.L>" keeps its period
    assert sentence_bounds(["<", "BAEL", ".", "L", ">", "said"]) == [(0, 6)]
    assert sentence_bounds(["Why", "?", "Wow", "…", "Go", "!", "Now", "."]) == [
        (0, 2),
        (2, 4),
        (4, 6),
        (6, 8),
    ]
    assert sentence_bounds([]) == []


def test_sentence_bounds_refuses_a_token_holding_a_line_break() -> None:
    with pytest.raises(ValueError, match="a token holds a line break"):
        sentence_bounds(["It", "rose\n", "."])


def test_runs_of_plain_words_split_at_any_space() -> None:
    text = "the  big\tdeal\n was done ."
    assert words_of(text) == ["the", "big", "deal", "was", "done", "."]
    assert [(t.text, t.start) for t in tokenize(text)] == [
        ("the", 0),
        ("big", 5),
        ("deal", 9),
        ("was", 15),
        ("done", 19),
        (".", 24),
    ]


@given(st.text(alphabet=st.sampled_from('Ab .?!"”)U.S.'), max_size=120))
def test_sentences_partition_the_tokens(text: str) -> None:
    tokens = tokenize(text)
    parts = split_sentences(tokens)
    assert [t for part in parts for t in part] == tokens
    assert all(parts)
    bounds = sentence_bounds([t.text for t in tokens])
    assert [b - a for a, b in bounds] == [len(p) for p in parts]


def test_a_given_name_abbreviated_in_a_firm_name_ends_no_sentence() -> None:
    words, _ = scan("shares were sold by Alex. Brown and Sons Inc and Wm. Tessby and Co.")
    assert "Alex." in words and "Wm." in words
    assert len(sentence_bounds(words)) == 1


def test_plural_title_abbreviations_stay_whole_and_end_no_sentence() -> None:
    words, _ = scan("backed by Sens. Ada Brisk and Reps. Tom Roe today.")
    assert "Sens." in words and "Reps." in words
    assert len(sentence_bounds(words)) == 1


def test_a_line_break_ends_a_sentence_in_a_table() -> None:
    """Readers keep line breaks only in tables: each row is read apart, so no name runs from
    one row's label into the next."""
    text = "Holdings at Marlow Harbour Bank 12 vs 10\nGrant Street Trust 4 vs 3 . Fine"
    words, starts = scan(text)
    bounds = line_bounds(text, words, starts, sentence_bounds(words))
    assert [" ".join(words[a:b]) for a, b in bounds] == [
        "Holdings at Marlow Harbour Bank 12 vs 10",
        "Grant Street Trust 4 vs 3 .",
        "Fine",
    ]
    prose = text.replace("\n", " ")
    words, starts = scan(prose)
    assert line_bounds(prose, words, starts, sentence_bounds(words)) == sentence_bounds(words)


@given(st.text(alphabet=st.sampled_from("Ab .\n1"), max_size=80))
def test_line_bounds_partition_the_tokens(text: str) -> None:
    words, starts = scan(text)
    bounds = line_bounds(text, words, starts, sentence_bounds(words))
    assert [i for a, b in bounds for i in range(a, b)] == list(range(len(words)))
    assert all(a < b for a, b in bounds)
    for a, b in bounds:
        assert "\n" not in text[starts[a] : starts[b - 1]]


@pytest.mark.parametrize("space", [" ", "\t", "\n", "\u00a0", "\u2003", "\u3000", " \r\n "])
def test_any_white_space_only_separates_tokens(space: str) -> None:
    """White space of any kind lies between tokens, never inside or in place of one (the scan
    steps over it without trying the token patterns)."""
    text = f"{space}Mr.{space}Smith's{space}U.S.-led{space}deal,{space}1,234.5{space}"
    words, starts = scan(text)
    assert words == ["Mr.", "Smith", "'s", "U.S.-led", "deal", ",", "1,234.5"]
    assert [text[s : s + len(w)] for w, s in zip(words, starts, strict=True)] == words


_LEXICON = WordClasses(
    types={"Mosk": "ORG"},
    phrases={"Port Vale": "city", "Port Vale Dock": "org", "the Vale": "city"},
)


@given(
    st.lists(
        st.sampled_from(["Port", "PORT", "Vale", "VALE", "Dock", "Mosk", "the", "of", "de", ","]),
        max_size=12,
    )
)
def test_position_features_read_only_the_words_with_a_capital(words: list[str]) -> None:
    """The tagger passes the positions of the words with a capital letter (and of entity
    words like "of"): the run and gazetteer features and the headline test, which look at
    those words only, come out as from every word. An entry that starts in lower case ("the
    Vale") starts none."""
    named = [i for i, w in enumerate(words) if has_upper(w) or w == "of"]
    assert is_headline(words, named) == is_headline(words)
    for headline in (False, True):
        fast = position_features(words, headline, _LEXICON, named)
        assert [list(f) for f in fast] == [
            list(f) for f in position_features(words, headline, _LEXICON)
        ]
    assert "the" not in _LEXICON.phrase_starts()
