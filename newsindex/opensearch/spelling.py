"""Did-you-mean on a cluster, as the embedded engine offers it: each query word whose stem the
index lacks is replaced by the nearest index term (:func:`.termstats.nearest_term`, among the
candidates the cluster's term suggester finds), written as the text usually writes it. The rules
that read no index are the embedded engine's (:mod:`newsindex.search.spelling`)."""

from __future__ import annotations

from typing import Any, Final

from ..index.schema import TEXT_FIELD
from ..search.spelling import SHORTEST, edit_limit

__all__ = ["suggester"]

CANDIDATES: Final = 25
"""Suggester candidates asked for per word. It lists nearer words first, so the nearest are
among them unless more than this many are equally near."""


def suggester(stem: str, typed: str = "") -> dict[str, Any]:
    """The term suggester's request for candidates to replace ``stem`` (of the word ``typed``):
    index terms sharing its first letter within the edits the embedded engine allows."""
    return {
        "text": stem,
        "term": {
            "field": TEXT_FIELD,
            "suggest_mode": "missing",
            "prefix_length": 1,
            "min_word_length": SHORTEST,
            "max_edits": edit_limit(stem, typed),
            "string_distance": "damerau_levenshtein",
            "size": CANDIDATES,
        },
    }
