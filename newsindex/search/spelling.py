"""Did-you-mean: the index term closest to a word the index does not have.

Whoosh's corrector, on a Reuters index, offered "tri" for "tarif" and "remain" for "reagn",
because of how it ranks its candidates. Here the closest terms win (fewest edits, a swap of two
neighbouring letters counting one), then the most frequent; terms that share the word's first
letter are read segment by segment, and the edit table stops as soon as the distance is over.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any, Final

__all__ = [
    "ONE_EDIT",
    "SHORTEST",
    "SUGGEST_BELOW",
    "candidate_words",
    "closest_term",
    "edit_distance",
    "edit_limit",
    "rewritten",
    "usual_word",
]

SUGGEST_BELOW: Final = 3
"""Did-you-mean runs when a query matches fewer passages than this."""
SHORTEST: Final = 5
"""Words shorter than this get no suggestion: they have too many neighbours for a guess to help
("cafe" is one edit from "came")."""
ONE_EDIT: Final = 6
"""Words up to this long are corrected by one edit, longer ones by up to two."""
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


def usual_word(texts: Iterable[str], analyzer: Any, stem: str) -> str | None:
    """The word ``texts`` most often write for ``stem`` ("volcker", not the "volcker's" that
    came first), the shorter on a tie; None when none writes it."""
    written: Counter[str] = Counter()
    for text in texts:
        written.update(
            text[t.startchar : t.endchar].lower()
            for t in analyzer(text, chars=True)
            if t.text == stem
        )
    if not written:
        return None
    return min(written, key=lambda w: (-written[w], len(w), w))


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


def closest_term(reader: Any, field: str, word: str, typed: str = "") -> str | None:
    """The term of ``field`` nearest to ``word`` (a stem, of ``typed`` if given), starting with
    the same letter, within :func:`edit_limit`; ties go to the more frequent term, then the
    alphabetically first."""
    if len(word) < SHORTEST:
        return None
    limit = edit_limit(word, typed)
    distances: dict[str, int] = {}
    for leaf, _ in reader.leaf_readers():
        for raw in leaf.expand_prefix(field, word[:1]):
            term = raw.decode("utf-8") if isinstance(raw, bytes) else str(raw)
            if term != word and term not in distances:
                distance = edit_distance(word, term, limit)
                if distance is not None:
                    distances[term] = distance
    if not distances:
        return None
    nearest = min(distances.values())
    return min(
        (t for t, d in distances.items() if d == nearest),
        key=lambda t: (-reader.frequency(field, t), t),
    )
