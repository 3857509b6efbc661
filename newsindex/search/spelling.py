"""Did-you-mean: the index term closest to a word the index does not have.

Whoosh's corrector, on a Reuters index, offered "tri" for "tarif" and "remain" for "reagn",
because of how it ranks its candidates. Here the closest terms win (fewest edits, a swap of two
neighbouring letters counting one), then the most frequent; terms that share the word's first
letter are read segment by segment, and the edit table stops as soon as the distance is over.
"""

from __future__ import annotations

from typing import Any

__all__ = ["closest_term", "edit_distance"]


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


def closest_term(reader: Any, field: str, word: str) -> str | None:
    """The term of ``field`` nearest to ``word``, starting with the same letter, within one edit
    for words of five or six letters and two for longer ones (a shorter word has too many
    neighbours for a guess to help: "cafe" is one edit from "came"); ties go to the more
    frequent term, then the alphabetically first."""
    if len(word) < 5:
        return None
    limit = 1 if len(word) <= 6 else 2
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
