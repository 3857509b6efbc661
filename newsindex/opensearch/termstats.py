"""The embedded engine's choices that read term statistics, made from a cluster's.

``similar`` searches for a passage's key terms, chosen by Whoosh's Bo1 model
(:class:`whoosh.classify.Expander`), and did-you-mean offers the index word nearest to an
unknown one (:func:`~newsindex.search.spelling.closest_term`). Both read a Whoosh index reader:
:class:`TermStatistics` answers the same reads from what the cluster's term vectors and term
suggester return, so both engines choose with the same code rather than two copies of it.

Term vectors' statistics are the statistics of the shard that holds the passage: on an index
of one shard (OpenSearch's default) they are the whole index's.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from whoosh import classify

from ..index.schema import TEXT_FIELD
from ..search.spelling import closest_term
from .mapping import whoosh_schema

__all__ = ["TermStatistics", "key_terms", "nearest_term"]


def _text(term: str | bytes) -> str:
    return term.decode("utf-8") if isinstance(term, bytes) else term


class TermStatistics:
    """The part of a Whoosh index reader that key-term and nearest-term picking read: the
    document count and each known term's total count in the collection (``ttf``)."""

    def __init__(
        self, doc_count: int, frequencies: Mapping[str, int], field_length: int = 0
    ) -> None:
        self._doc_count = doc_count
        self._frequencies = frequencies
        self._field_length = field_length

    @property
    def schema(self) -> Any:
        return whoosh_schema()

    def doc_count_all(self) -> int:
        return self._doc_count

    def field_length(self, fieldname: str) -> int:
        return self._field_length

    def __contains__(self, key: tuple[str, str | bytes]) -> bool:
        return _text(key[1]) in self._frequencies

    def frequency(self, fieldname: str, term: str | bytes) -> int:
        return self._frequencies[_text(term)]

    def leaf_readers(self) -> list[tuple[TermStatistics, int]]:
        return [(self, 0)]

    def expand_prefix(self, fieldname: str, prefix: str) -> Iterator[str]:
        return (term for term in self._frequencies if term.startswith(prefix))


def key_terms(vectors: dict[str, Any], number: int) -> list[tuple[str, float]]:
    """The ``number`` key terms of a passage and their weights, as Whoosh's ``more_like``
    picks them (Bo1, weights relative to the first's), from the cluster's term vectors of its
    text with term and field statistics (``GET /INDEX/_termvectors/ID``)."""
    found = vectors.get("term_vectors", {}).get(TEXT_FIELD)
    if not found:
        return []
    terms = found["terms"]
    stats = TermStatistics(
        int(found["field_statistics"]["doc_count"]),
        {term: int(info["ttf"]) for term, info in terms.items()},
        int(found["field_statistics"]["sum_ttf"]),
    )
    expander = classify.Expander(stats, TEXT_FIELD)
    expander.add((term, int(info["term_freq"])) for term, info in terms.items())
    return [(str(t), float(w)) for t, w in expander.expanded_terms(number, normalize=False)]


def nearest_term(word: str, frequencies: Mapping[str, int], typed: str = "") -> str | None:
    """The did-you-mean term for the unknown ``word`` (a stem of ``typed``) among the
    candidates the cluster's term suggester offered, with their total counts: the embedded
    engine's rule picks it."""
    return closest_term(TermStatistics(0, frequencies), TEXT_FIELD, word, typed)
