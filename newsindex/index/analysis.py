"""Text analysis shared by indexing and querying: tokens → lowercase → stop words → Snowball stems.

Whoosh pickles analyzers into the index schema, so everything here must unpickle cheaply and
without NLTK: the stemmer is the Snowball project's English (Porter2) algorithm from
``snowballstemmer`` — the same algorithm as NLTK's ``SnowballStemmer("english")`` (a test checks
they agree on the corpus vocabulary) — because searching must never import NLTK.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from whoosh.analysis import LowercaseFilter, RegexTokenizer, StemFilter, StopFilter

__all__ = ["WORD_PATTERN", "news_analyzer", "stem"]

WORD_PATTERN = r"\w+(?:[.'’]\w+)*"
"""Words with inner dots and apostrophes ("U.S.", "O'Brien") stay one token; hyphenated words
are their parts, so "oil" finds "oil-producing" and "term" finds "long-term" (a query for
"long-term" asks for both parts)."""


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    # The pure-Python class, not ``snowballstemmer.stemmer()``: that one switches to PyStemmer
    # when installed, a newer Snowball revision, and an index's stems must not depend on it.
    from snowballstemmer.english_stemmer import EnglishStemmer

    return EnglishStemmer()


def stem(word: str) -> str:
    """Snowball English stem; module-level so Whoosh can pickle a reference to it.

    Dotted abbreviations ("u.s", "u.k") are kept whole: Snowball would strip their final "s".
    """
    if "." in word:
        return word
    return str(_stemmer().stemWord(word))


def news_analyzer() -> Any:
    """The analyzer of every stemmed text field (passage text, title, section)."""
    return (
        RegexTokenizer(WORD_PATTERN)
        | LowercaseFilter()
        | StopFilter()
        | StemFilter(stemfn=stem, cachesize=-1)  # a plain dict: far cheaper than its LFU
    )
