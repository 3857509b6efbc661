"""Did-you-mean on a cluster, as the embedded engine offers it: each query word whose stem the
index lacks is replaced by the nearest index term (:func:`.termstats.nearest_term`, among the
candidates the cluster's term suggester finds), and a rare word by a far commoner close one
(:func:`~newsindex.search.spelling.commoner_term`), written as the text usually writes it.
The rules that read no index are the embedded engine's (:mod:`newsindex.search.spelling`)."""

from __future__ import annotations

from typing import Any, Final

from ..index.schema import TEXT_FIELD
from ..search.spelling import SHORTEST, edit_limit

__all__ = ["HELD", "held_counts", "held_request", "suggester"]

HELD: Final = "held"
"""The name of :func:`held_request`'s aggregation in a search request."""
CANDIDATES: Final = 25
"""Suggester candidates asked for per word. It lists nearer words first, so the nearest are
among them unless more than this many are equally near."""


def suggester(stem: str, typed: str = "", *, popular: bool = False) -> dict[str, Any]:
    """The term suggester's request for candidates to replace ``stem`` (of the word ``typed``):
    index terms sharing its first letter within the edits the embedded engine allows, for a
    stem the index lacks, or (``popular``) held by more passages than it, for a rare one."""
    return {
        "text": stem,
        "term": {
            "field": TEXT_FIELD,
            "suggest_mode": "popular" if popular else "missing",
            "prefix_length": 1,
            "min_word_length": SHORTEST,
            "max_edits": edit_limit(stem, typed),
            "string_distance": "damerau_levenshtein",
            "size": CANDIDATES,
        },
    }


def held_request(words: dict[str, str]) -> dict[str, Any]:
    """The aggregation counting the passages of the whole index that hold each stem of
    ``words`` (:func:`~newsindex.search.spelling.candidate_words`), whatever the query
    matches: it rides on a search's first request, sparing did-you-mean one of its own."""
    stems = sorted(set(words.values()))
    filters = {stem: {"term": {TEXT_FIELD: stem}} for stem in stems}
    return {"global": {}, "aggs": {"known": {"filters": {"filters": filters}}}}


def held_counts(found: dict[str, Any], words: dict[str, str]) -> dict[str, int]:
    """What :func:`held_request` counted in the answer ``found``: passages by stem."""
    buckets = found.get("aggregations", {}).get(HELD, {}).get("known", {}).get("buckets", {})
    return {
        stem: int(buckets[stem]["doc_count"]) for stem in set(words.values()) if stem in buckets
    }
