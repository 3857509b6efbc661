"""Text analysis shared by indexing and querying: tokens → folded → lowercase → stop words →
Snowball stems.

Folding (:func:`fold`) makes "café", "CAFÉ" and "cafe", and full-width "ＯＩＬ" and "oil", one
term: Unicode NFKC (compatibility forms), accents dropped, and the letters that have no
decomposition spelled in ASCII ("ß" → "ss", "ø" → "o"), as Elasticsearch's ``asciifolding`` does.
Names of people fold German umlauts to their two-letter spelling instead (:func:`fold_name`:
"Pöhl" → "Poehl", as Reuters writes it). Tokens keep their character offsets in the original
text, so highlighting marks the words as written.

Whoosh pickles analyzers into the index schema, so everything here must unpickle cheaply and
without NLTK: the stemmer is the Snowball project's English (Porter2) algorithm from
``snowballstemmer`` — the same algorithm as NLTK's ``SnowballStemmer("english")`` (a test checks
they agree on the corpus vocabulary) — because searching must never import NLTK.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Iterator
from typing import Any

from whoosh.analysis import STOP_WORDS as WHOOSH_STOP_WORDS
from whoosh.analysis import (
    CommaSeparatedTokenizer,
    CompositeAnalyzer,
    Filter,
    LowercaseFilter,
    RegexTokenizer,
    SpaceSeparatedTokenizer,
    StemFilter,
    StopFilter,
    Token,
)

__all__ = [
    "INDEX_STOP_WORDS",
    "WORD_PATTERN",
    "FoldFilter",
    "KeywordAnalyzer",
    "NewsAnalyzer",
    "fold",
    "fold_name",
    "keyword_analyzer",
    "news_analyzer",
    "plain_keyword_analyzer",
    "plain_news_analyzer",
    "stem",
]

WORD_PATTERN = r"\w+(?:[.'’&]\w+)*"
"""Words with inner dots, apostrophes and ampersands ("U.S.", "O'Brien", "AT&T", "S&P") stay one
token; hyphenated words are their parts, so "oil" finds "oil-producing" and "term" finds
"long-term" (a query for "long-term" asks for both parts side by side)."""

INDEX_STOP_WORDS = (WHOOSH_STOP_WORDS - {"us", "may", "will", "can", "yet", "tbd"}) | {"i"}
"""Function words left out of passage text: Whoosh's stop list without the words news writes
as names ("US", "May", "Will", "Can", "Yet"), and "I". Each is also a query stop word
(``nlp.lexicon.QUERY_STOP_WORDS``, a test checks it), so a query never searches a word the index
dropped; words of one letter ("F-16", "Plan B") are indexed."""


_MARKS = (
    *range(0x0300, 0x0370),  # combining diacritical marks
    *range(0x1AB0, 0x1B00),
    *range(0x1DC0, 0x1E00),
    *range(0x20D0, 0x2100),
    *range(0xFE20, 0xFE30),
)
"""The accents NFKD splits off European letters; other scripts' marks (Indic vowel signs) stay."""
_LETTERS = {
    "ß": "ss",
    "ẞ": "SS",
    "æ": "ae",
    "Æ": "AE",
    "œ": "oe",
    "Œ": "OE",
    "ø": "o",
    "Ø": "O",
    "ł": "l",
    "Ł": "L",
    "đ": "d",
    "Đ": "D",
    "ð": "d",
    "Ð": "D",
    "þ": "th",
    "Þ": "TH",
    "ħ": "h",
    "Ħ": "H",
    "ı": "i",
    "ŀ": "l",
    "Ŀ": "L",
    "ŧ": "t",
    "Ŧ": "T",
    "ƒ": "f",
    "ĸ": "k",
    "ŋ": "ng",
    "Ŋ": "NG",
    "’": "'",  # "Workers’ Union" and "Workers' Union" are one name, "O’Neill" one word
    "‘": "'",
}
"""Letters NFKD does not decompose, spelled as ASCII folding does."""
_FOLD_TABLE: dict[int, str | None] = {
    **dict.fromkeys(_MARKS),
    **{ord(k): v for k, v in _LETTERS.items()},
}
_UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
_NAME_TABLE = {ord(k): v for k, v in _UMLAUTS.items()}


def fold(text: str) -> str:
    """``text`` with compatibility forms, accents, width and curly apostrophes folded, case
    kept: "Café" → "Cafe", "ＯＩＬ" → "OIL", "Straße" → "Strasse", "Ørsted" → "Orsted", "O’Neill"
    → "O'Neill". Pure ASCII comes back as is.

    The same rules as :func:`newsindex.nlp.names.fold` (which cannot import this module); a test
    checks that they agree."""
    if text.isascii():
        return text
    folded = unicodedata.normalize("NFKD", text).translate(_FOLD_TABLE)
    if not folded.isascii():
        folded = unicodedata.normalize("NFC", folded)  # Hangul and other scripts recomposed
    return folded or text


def fold_name(text: str) -> str:
    """:func:`fold` for the names of people, with German umlauts as their two-letter spelling:
    "Pöhl" → "Poehl", "Müller" → "Mueller" (how the news agencies write them)."""
    if text.isascii():
        return text
    return fold(unicodedata.normalize("NFC", text).translate(_NAME_TABLE))


class FoldFilter(Filter):  # type: ignore[misc]
    """Folds each token's text (:func:`fold`, or :func:`fold_name` with ``names``) before it is
    lowercased; offsets still point into the original text. Module-level, so Whoosh can pickle
    it with the schema."""

    def __init__(self, names: bool = False) -> None:
        self.names = names

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FoldFilter) and other.names == self.names

    def __hash__(self) -> int:
        return hash((FoldFilter, self.names))

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        folder = fold_name if self.names else fold
        for t in tokens:
            text = t.text
            if not text.isascii():
                t.text = folder(text)
            yield t


_PER_THREAD = threading.local()


def _stemmer() -> Any:
    """This thread's stemmer: a Snowball stemmer keeps the word it is stemming in itself, so two
    threads sharing one (a web server's) garble each other's words."""
    stemmer = getattr(_PER_THREAD, "stemmer", None)
    if stemmer is None:
        # The pure-Python class, not ``snowballstemmer.stemmer()``: that one switches to
        # PyStemmer when installed, whose Snowball revision may differ: stems must not.
        from snowballstemmer.english_stemmer import EnglishStemmer

        stemmer = _PER_THREAD.stemmer = EnglishStemmer()
    return stemmer


def stem(word: str) -> str:
    """Snowball English stem; module-level so Whoosh can pickle a reference to it.

    Dotted abbreviations ("u.s", "u.k") are kept whole: Snowball would strip their final "s".
    """
    if "." in word:
        return word
    return str(_stemmer().stemWord(word))


_STEMS: dict[str, str] = {}
"""Each lowercase word's stem, as met (a news vocabulary is a few hundred thousand words)."""


def _stemmed(word: str) -> str:
    found = _STEMS.get(word)
    if found is None:
        found = _STEMS[word] = stem(word)
    return found


class _OneLoop(CompositeAnalyzer):  # type: ignore[misc]
    """A composed analyzer that runs its chain of Whoosh filters as one loop (:meth:`_run`),
    with the tokens the chain gives: a generator per filter and token made analysis a quarter
    of the index writer's time. It holds the filters themselves, so Whoosh sees a composed
    analyzer, and runs them one by one for what the loop leaves out (``no_morph``,
    ``keeporiginal``, an untokenized value)."""

    def __call__(self, value: str, no_morph: bool = False, **kwargs: Any) -> Iterator[Any]:
        if (
            (no_morph and self.has_morph())
            or kwargs.get("keeporiginal")
            or not kwargs.get("tokenize", True)
        ):
            return super().__call__(value, no_morph=no_morph, **kwargs)  # type: ignore[no-any-return]
        kwargs.pop("keeporiginal", None)
        kwargs.pop("tokenize", None)
        start_pos, start_char = kwargs.pop("start_pos", 0), kwargs.pop("start_char", 0)
        return self._run(value, Token(**kwargs), start_pos, start_char)

    def _run(self, value: str, t: Any, start_pos: int, start_char: int) -> Iterator[Any]:
        raise NotImplementedError


class NewsAnalyzer(_OneLoop):
    """The analyzer of every stemmed text field (passage text, title, section): words
    (:data:`WORD_PATTERN`), folded, lowercased, function words out (:data:`INDEX_STOP_WORDS`:
    not "US", "May" nor the "F" of "F-16"), Snowball stems."""

    def __init__(self) -> None:
        super().__init__(
            RegexTokenizer(WORD_PATTERN),
            FoldFilter(),
            LowercaseFilter(),
            StopFilter(INDEX_STOP_WORDS, minsize=1),
            StemFilter(stemfn=stem, cachesize=-1),
        )

    def _run(self, value: str, t: Any, start_pos: int, start_char: int) -> Iterator[Any]:
        tokenizer, _, _, stopper, _ = self.items
        stops, shortest = stopper.stops, stopper.min
        positions, chars, removestops = t.positions, t.chars, t.removestops
        pos = None  # the position after the stop words dropped before it (StopFilter's renumber)
        for n, match in enumerate(tokenizer.expression.finditer(value)):
            text = match.group(0)
            if not text.isascii():
                text = fold(text)
            text = text.lower()
            t.boost = 1.0
            if positions:
                t.pos = start_pos + n
            if chars:
                t.startchar = start_char + match.start()
                t.endchar = start_char + match.end()
            if len(text) >= shortest and text not in stops:
                if positions:
                    pos = t.pos if pos is None else pos + 1
                    t.pos = pos
                t.stopped = False
                t.text = _stemmed(text)
                yield t
            elif not removestops:
                t.stopped = True
                t.text = text
                yield t


def news_analyzer() -> Any:
    """The analyzer of every stemmed text field (see :class:`NewsAnalyzer`)."""
    return NewsAnalyzer()


def plain_news_analyzer() -> Any:
    """:class:`NewsAnalyzer`'s chain composed as Whoosh runs it, filter by filter: the reference
    its tokens are checked against, and the analyzer of indexes written before it."""
    return (
        RegexTokenizer(WORD_PATTERN)
        | FoldFilter()
        | LowercaseFilter()
        | StopFilter(INDEX_STOP_WORDS, minsize=1)
        | StemFilter(stemfn=stem, cachesize=-1)  # a plain dict: far cheaper than its LFU
    )


class KeywordAnalyzer(_OneLoop):
    """The analyzer of a lowercase keyword field (entity names, their words): Whoosh's
    ``KeywordAnalyzer(lowercase=True)`` with the values folded (:func:`fold_name` for people's
    names with ``names``) before lowercasing."""

    def __init__(self, commas: bool, names: bool) -> None:
        tokenizer = CommaSeparatedTokenizer() if commas else SpaceSeparatedTokenizer()
        super().__init__(tokenizer, FoldFilter(names=names), LowercaseFilter())

    def _run(self, value: str, t: Any, start_pos: int, start_char: int) -> Iterator[Any]:
        tokenizer, *_, folder, _ = self.items
        strip = len(self.items) == 4  # CommaSeparatedTokenizer strips each value
        fold_value = fold_name if folder.names else fold
        positions, chars = t.positions, t.chars
        for n, match in enumerate(tokenizer.expression.finditer(value)):
            text = match.group(0)
            if strip:
                text = text.strip()
            if not text.isascii():
                text = fold_value(text)
            t.text = text.lower()
            t.boost = 1.0
            t.stopped = False
            if positions:
                t.pos = start_pos + n
            if chars:
                t.startchar = start_char + match.start()
                t.endchar = start_char + match.end()
            yield t


def keyword_analyzer(*, commas: bool, names: bool = False) -> Any:
    """The analyzer of a lowercase keyword field (see :class:`KeywordAnalyzer`)."""
    return KeywordAnalyzer(commas, names)


def plain_keyword_analyzer(*, commas: bool, names: bool = False) -> Any:
    """:class:`KeywordAnalyzer`'s chain composed as Whoosh runs it (the reference its tokens
    are checked against)."""
    tokenizer = CommaSeparatedTokenizer() if commas else SpaceSeparatedTokenizer()
    return tokenizer | FoldFilter(names=names) | LowercaseFilter()
