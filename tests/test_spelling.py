"""Did-you-mean distances and choices."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsindex.search.spelling import dictionary_word, edit_distance


def reference(a: str, b: str) -> int:
    """Optimal string alignment distance by the full table (the textbook definition)."""
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            d[i][j] = min(
                d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1])
            )
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


@given(st.text("abct", max_size=7), st.text("abct", max_size=7), st.integers(0, 3))
def test_bounded_distance_equals_the_full_table_within_the_limit(
    a: str, b: str, limit: int
) -> None:
    full = reference(a, b)
    assert edit_distance(a, b, limit) == (full if full <= limit else None)


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [
        ("tarif", "tariff", 1),
        ("oppec", "opec", 1),
        ("reagn", "reagan", 1),
        ("teh", "the", 1),
        ("petrolium", "petroleum", 1),
        ("brazl", "brazil", 1),
        ("tarif", "tri", 2),
    ],
)
def test_typical_typos(a: str, b: str, distance: int) -> None:
    assert edit_distance(a, b, 2) == distance


def test_no_guess_for_a_word_of_four_letters_or_fewer() -> None:
    from newsindex.search.spelling import closest_term

    class Reader:  # closest_term must give up before it reads the index
        def leaf_readers(self) -> list[object]:
            raise AssertionError("read the index")

    assert closest_term(Reader(), "text", "cafe") is None
    assert closest_term(Reader(), "text", "dal") is None


@pytest.mark.parametrize(
    ("word", "known"),
    [
        ("stuff", True),
        ("Staff", True),  # in any case
        ("UNFILLED", True),
        ("steal", True),
        ("tarrifs", False),
        ("recieve", False),
        ("Volker", False),  # a misspelt name
        ("Volcker", True),  # the name it misspells
    ],
)
def test_dictionary_words(word: str, known: bool) -> None:
    assert dictionary_word(word) is known
