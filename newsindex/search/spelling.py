"""Did-you-mean: the index term closest to a word the index does not have, and a far commoner
close term for a word it holds in a few passages only.

Whoosh's corrector, on a Reuters index, offered "tri" for "tarif" and "remain" for "reagn",
because of how it ranks its candidates. Here the closest terms win (fewest edits, a swap of two
neighbouring letters counting one), then the most frequent; terms that share the word's first
letter are read segment by segment, and the edit table stops as soon as the distance is over.

A misspelling the archive itself holds ("tarrifs", in 3 Reuters passages) finds those passages,
so it was never offered "tariffs" (505). A word held by at most :data:`RARE_UP_TO` passages is
offered a close term held by :data:`COMMONER` times as many or more (:class:`CommonTerms`),
unless it is an English word (:func:`dictionary_word`): "stuff" (4 passages) is no slip for
"staff" (299), though it is as close and as much rarer as "tarrifs" (3) is to "tariffs" (505).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any, Final

from ..index.columns import segment_term_counts

__all__ = [
    "COMMONER",
    "ONE_EDIT",
    "RARE_UP_TO",
    "SHORTEST",
    "SUGGEST_BELOW",
    "CommonTerms",
    "as_name",
    "candidate_words",
    "closest_term",
    "commoner_term",
    "dictionary_text",
    "dictionary_word",
    "edit_distance",
    "edit_limit",
    "rewritten",
    "slip",
    "usual_word",
    "written_forms",
]

SUGGEST_BELOW: Final = 3
"""Did-you-mean runs when a query matches fewer passages than this."""
RARE_UP_TO: Final = 5
"""A query word held by at most this many passages may be a misspelling the archive holds: a
far commoner close word is offered (any search; every other word is passed over at the cost of
its count, which the search read already)."""
COMMONER: Final = 50
"""How many times as many passages the word offered for a rare one must be held by."""
SHORTEST: Final = 5
"""Words shorter than this get no suggestion: they have too many neighbours for a guess to help
("cafe" is one edit from "came")."""
ONE_EDIT: Final = 6
"""Words up to this long are corrected by one edit, longer ones by up to two."""
DICTIONARY: Final = ("symspellpy", "frequency_dictionary_en_82_765.txt")
"""The English words a rare word must not be (package, file): SymSpell's frequency dictionary,
the 82,765 words of Google Books Ngram that SCOWL's spelling lists also hold, one "word count"
a line, lower case (shipped for this use by symspellpy, whose code newsindex never imports)."""
_QUERY_WORD: Final = re.compile(r"((?<![\w:])[^\W\d_][\w'’-]*(?![\w:]))")
_OPERATORS: Final = ("AND", "OR", "NOT", "TO")


def candidate_words(query: str, analyzer: Any) -> dict[str, str]:
    """The words of ``query`` a suggestion may replace (not field names, operators or words
    that are more than one term), each with its stem."""
    words: dict[str, str] = {}
    for piece in _QUERY_WORD.split(query):
        if _QUERY_WORD.fullmatch(piece) and piece not in _OPERATORS:
            stems = [token.text for token in analyzer(piece)]
            if len(stems) == 1:
                words[piece] = stems[0]
    return words


def rewritten(query: str, replacements: Mapping[str, str]) -> tuple[str, ...]:
    """``query`` with its words replaced (one suggestion), or none when nothing is."""
    if not replacements:
        return ()
    return ("".join(replacements.get(piece, piece) for piece in _QUERY_WORD.split(query)),)


def written_forms(texts: Iterable[str], analyzer: Any, stem: str) -> Counter[str]:
    """How often ``texts`` write each word of stem ``stem``, as written ("Volcker's")."""
    return Counter(
        text[t.startchar : t.endchar]
        for text in texts
        for t in analyzer(text, chars=True)
        if t.text == stem
    )


def usual_word(forms: Counter[str]) -> str | None:
    """The word ``forms`` (:func:`written_forms`) most often write, in lower case ("volcker",
    not the "volcker's" that came first), the shorter on a tie; None when there is none."""
    written: Counter[str] = Counter()
    for form, n in forms.items():
        written[form.lower()] += n
    if not written:
        return None
    return min(written, key=lambda w: (-written[w], len(w), w))


def as_name(forms: Counter[str]) -> bool:
    """Whether ``forms`` are mostly capitalised, as a name's are ("Bauer", "Saleh")."""
    capitals = sum(n for form, n in forms.items() if form[:1].isupper())
    return capitals * 2 > sum(forms.values())


@cache
def dictionary_text() -> str:
    """:data:`DICTIONARY`'s lines, each after a newline, read when first asked: 2 ms, which a
    search pays only when it would offer a word for a rare one (a set of its words took 45 ms
    to build; importing symspellpy would add 50 ms)."""
    package, name = DICTIONARY
    spec = find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"did-you-mean needs the {package} package", name=package)
    return "\n" + (Path(next(iter(spec.submodule_search_locations))) / name).read_text("utf-8")


@lru_cache(maxsize=4096)
def dictionary_word(word: str) -> bool:
    """Whether ``word``, in any case, is an English word (:data:`DICTIONARY`), so no slip: a
    scan of its text for the line (0.5 ms), remembered."""
    lower = word.lower()
    return not any(c.isspace() for c in lower) and f"\n{lower} " in dictionary_text()


def slip(typed: str, stem: str, offered: Counter[str], own: Counter[str]) -> bool:
    """Whether ``typed``, a rare word of stem ``stem`` the text writes as ``own``, reads as a
    slip for the word the text writes as ``offered``: within
    :func:`edit_limit` of it as written, not only as stemmed ("unfilled", stem "unfil", is one
    edit from "until"'s stem); not a name where that word is none, nor, between two names, a
    letter written for another ("Bauer" is no slip for "Baker", another person; "Volker" is one
    for "Volcker"); and no English word, the check made last as it reads the dictionary."""
    usual = usual_word(offered) or ""
    if edit_distance(typed.lower(), usual, edit_limit(stem, typed)) is None:
        return False
    if as_name(own) and not (
        as_name(offered) and (len(typed) != len(usual) or sorted(typed.lower()) == sorted(usual))
    ):
        return False
    return not dictionary_word(typed)


def edit_distance(a: str, b: str, limit: int) -> int | None:
    """Edits (insert, delete, replace, swap of neighbours) from ``a`` to ``b``; None if over
    ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return None
    before: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cost = min(cost, before[j - 2] + 1)
            current[j] = cost
        if min(current) > limit:
            return None
        before, previous = previous, current
    return previous[-1] if previous[-1] <= limit else None


def edit_limit(stem: str, typed: str = "") -> int:
    """The edits a suggestion may make to ``stem``: one for words of :data:`SHORTEST` to
    :data:`ONE_EDIT` letters, two for longer ones, as typed ("tarrifs", whose stem "tarrif" is
    two edits from "tariff") or as stemmed."""
    return 1 if max(len(stem), len(typed)) <= ONE_EDIT else 2


def _within(word: str, terms: Iterable[str], limit: int) -> dict[str, int]:
    """The edits from ``word`` to each of ``terms`` within ``limit`` of it."""
    distances = {term: edit_distance(word, term, limit) for term in terms}
    return {term: d for term, d in distances.items() if d is not None}


def closest_term(reader: Any, field: str, word: str, typed: str = "") -> str | None:
    """The term of ``field`` nearest to ``word`` (a stem, of ``typed`` if given), starting with
    the same letter, within :func:`edit_limit`; ties go to the more frequent term, then the
    alphabetically first."""
    if len(word) < SHORTEST:
        return None
    terms = {
        raw.decode("utf-8") if isinstance(raw, bytes) else str(raw)
        for leaf, _ in reader.leaf_readers()
        for raw in leaf.expand_prefix(field, word[:1])
    }
    terms.discard(word)
    distances = _within(word, terms, edit_limit(word, typed))
    if not distances:
        return None
    nearest = min(distances.values())
    return min(
        (t for t, d in distances.items() if d == nearest),
        key=lambda t: (-reader.frequency(field, t), t),
    )


def commoner_term(
    stem: str, held: int, candidates: Mapping[str, int], typed: str = ""
) -> str | None:
    """The term nearest to ``stem`` (of the word ``typed``), held by ``held`` passages, among
    ``candidates`` (terms with the passages holding them) within :func:`edit_limit` of it held
    by :data:`COMMONER` times as many or more: the fewest edits, then the most passages, then
    alphabetically first."""
    if len(stem) < SHORTEST:
        return None
    common = (term for term, n in candidates.items() if n >= COMMONER * held)
    near = _within(stem, common, edit_limit(stem, typed))
    return min(near, key=lambda t: (near[t], -candidates[t], t)) if near else None


def _deletions(word: str, depth: int) -> set[str]:
    """``word`` and what it becomes with up to ``depth`` letters left out."""
    found = {word}
    last = found
    for _ in range(depth):
        last = {w[:i] + w[i + 1 :] for w in last for i in range(len(w))}
        found |= last
    return found


class CommonTerms:
    """The terms of a field held by :data:`COMMONER` passages or more (those a rare word may be
    offered), read one first letter at a time when first asked, each reached from what it
    becomes with up to two letters left out. A word's close common terms are then those its
    own such deletions lead to, checked by :func:`edit_distance`: a few look-ups, where
    comparing the word with every term of its letter (:func:`closest_term`) took 5 to 60 ms on
    Reuters, too long to try on every search with a rare word."""

    def __init__(self, reader: Any, field: str) -> None:
        self._reader = reader
        self._field = field
        self._letters: dict[str, tuple[dict[str, int], dict[str, list[str]]]] = {}
        self._offers: dict[tuple[str, int, int], str | None] = {}
        """What :meth:`commoner` answered (checking the candidates' edits took 50 to 100 µs,
        for every search of the word, a page of results after another)."""

    def _letter(self, letter: str) -> tuple[dict[str, int], dict[str, list[str]]]:
        """The common terms starting with ``letter`` with their passages, and the deletions
        leading to them."""
        if letter not in self._letters:
            counts = segment_term_counts(self._reader, self._field, letter)
            common = {t.decode("utf-8"): n for t, n in counts.items() if n >= COMMONER}
            reached: defaultdict[str, list[str]] = defaultdict(list)
            for term in common:
                for deleted in _deletions(term, 2):
                    reached[deleted].append(term)
            self._letters[letter] = (common, dict(reached))
        return self._letters[letter]

    def commoner(self, stem: str, held: int, typed: str = "") -> str | None:
        """:func:`commoner_term` among the common terms that ``stem``'s deletions reach."""
        if len(stem) < SHORTEST:  # before the letter's terms are read
            return None
        limit = edit_limit(stem, typed)
        key = (stem, held, limit)
        if key not in self._offers:
            common, reached = self._letter(stem[0])
            near = {t: common[t] for d in _deletions(stem, limit) for t in reached.get(d, ())}
            self._offers[key] = commoner_term(stem, held, near, typed)
        return self._offers[key]
