"""Ranking: the scoring model and the filters that must not move scores (:mod:`.topk` finds
the best documents of a plan, :meth:`.query.QueryBuilder.plans` makes the plans)."""

from __future__ import annotations

import math
from array import array
from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import Any

from whoosh import query as wq
from whoosh.matching import ListMatcher, ReadTooFar
from whoosh.scoring import BM25F, WeightLengthScorer, WeightScorer, bm25

__all__ = [
    "FILTER_SCORE",
    "QUERY_TF_SATURATION",
    "NewsBM25",
    "SortedIds",
    "combined",
    "query_term_weight",
]

FILTER_SCORE = 1e-9
QUERY_TF_SATURATION = 16.0
"""BM25's k3: how fast the weight of a word the query repeats saturates (Robertson et al. used
7 to 1000; linear, as Lucene's sum of repeated clauses, is k3 = infinity). On CISI and MED
(``benchmarks/relevance_eval.py``) 8 lost CISI's long queries their key words and linear
over-weighted MED's lists; neither collection's figures are steady enough to tune finer."""


IDFS_KEPT = 100_000
"""Inverse document frequencies remembered per handle before they are forgotten (a few MB)."""


def query_term_weight(times: int) -> float:
    """The weight of a word the query says ``times`` times, relative to once."""
    return (QUERY_TF_SATURATION + 1) * times / (QUERY_TF_SATURATION + times)


class NewsBM25(BM25F):  # type: ignore[misc]
    """BM25 with the inverse document frequency of Robertson and Sparck Jones, as Lucene,
    Elasticsearch and tantivy use it, ln(1 + (N - n + 0.5) / (n + 0.5)): Whoosh's own,
    log(N / (n + 1)) + 1, gives words found in most passages too much weight for long queries.
    Term-frequency saturation k1 = 1.5 (bm25s's default; Lucene's is 1.2), b = 0.75."""

    def __init__(self, B: float = 0.75, K1: float = 1.5) -> None:
        super().__init__(B=B, K1=K1)
        self._lengths: dict[tuple[int, str], tuple[Any, array[float]]] = {}
        self._idfs: dict[tuple[str, Any], float] = {}
        self._average_lengths: dict[str, float] = {}
        self._stats_reader: Any = None

    def scorer(self, searcher: Any, fieldname: str, text: Any, qf: int = 1) -> Any:
        """Whoosh's BM25 scorer (the same arithmetic, so the same scores) with the field's
        average length remembered for the index's reader (Whoosh sums it over every segment
        for each word in each segment) and its per-match score in one function reading each
        passage's field length once per handle: decoding it from the segment's length column
        took 60% of scoring a match, and the three calls of Whoosh's layered ``score`` another
        third of what remained."""
        if not searcher.schema[fieldname].scorable:
            return WeightScorer.for_(searcher, fieldname, text)
        parent = searcher.get_parent()
        scorer = _BM25Scorer(
            searcher,
            fieldname,
            text,
            idf=parent.idf(fieldname, text),
            avgfl=self._average_length(parent, fieldname),
            b=self._field_B.get(fieldname, self.B),
            k1=self.K1,
        )
        scorer.score, scorer.score_postings = self._score_functions(scorer, searcher, fieldname)
        return scorer

    def _score_functions(
        self, scorer: Any, searcher: Any, fieldname: str
    ) -> tuple[Callable[[Any], float], Callable[[Sequence[int], Sequence[float]], list[float]]]:
        """``scorer.score`` and ``scorer.score_postings``: :func:`whoosh.scoring.bm25` of a
        match's weight and its field length, and the same of postings read a block at a time
        (their documents and weights: no matcher, no call per posting), with each document's
        length remembered per segment's reader. The weighting passes from a searcher to its
        refreshed successor, which reuses the readers of unchanged segments; the lengths of
        closed readers (merged or deleted segments) are let go."""
        reader = searcher.reader()
        key = (id(reader), fieldname)
        found = self._lengths.get(key)
        if found is None:
            for stale in [k for k, (r, _) in self._lengths.items() if r.is_closed]:
                del self._lengths[stale]
            found = self._lengths[key] = (reader, array("f", [-1.0]) * reader.doc_count_all())
        known = found[1]
        idf, avgfl, b, k1 = scorer.idf, scorer.avgfl, scorer.B, scorer.K1
        k1_plus_1, one_minus_b = k1 + 1, 1 - b

        def length(docid: int) -> float:
            fl = known[docid] = float(searcher.doc_field_length(docid, fieldname, 1))
            return fl

        def score(matcher: Any) -> float:
            tf = matcher.weight()
            docid = matcher.id()
            fl = known[docid]
            if fl < 0:
                fl = length(docid)
            return float(idf * ((tf * k1_plus_1) / (tf + k1 * (one_minus_b + b * fl / avgfl))))

        def score_postings(docids: Sequence[int], tfs: Sequence[float]) -> list[float]:
            # score's arithmetic, written out in the loop: a call per posting would cost as much
            scores = []
            for docid, tf in zip(docids, tfs, strict=True):
                fl = known[docid]
                if fl < 0:
                    fl = length(docid)
                scores.append(idf * ((tf * k1_plus_1) / (tf + k1 * (one_minus_b + b * fl / avgfl))))
            return scores

        return score, score_postings

    def idf(self, searcher: Any, fieldname: str, text: Any) -> float:
        """Remembered for the index's current reader: a search asks it of each segment, and
        its plans ask again (reading a word's frequency in every segment costs ~9 µs)."""
        parent = searcher.get_parent()
        self._check_reader(parent)
        key = (fieldname, text)
        known = self._idfs.get(key)
        if known is None:
            n = parent.doc_frequency(fieldname, text)
            total = parent.doc_count_all()
            known = self._idfs[key] = math.log(1 + (total - n + 0.5) / (n + 0.5))
        return known

    def _average_length(self, parent: Any, fieldname: str) -> float:
        self._check_reader(parent)
        known = self._average_lengths.get(fieldname)
        if known is None:
            known = self._average_lengths[fieldname] = parent.avg_field_length(fieldname) or 1
        return known

    def _check_reader(self, parent: Any) -> None:
        """Forget the index statistics when the index's reader changes (or too many are kept)."""
        reader = parent.reader()
        if reader is not self._stats_reader or len(self._idfs) >= IDFS_KEPT:
            self._idfs.clear()
            self._average_lengths.clear()
            self._stats_reader = reader


class _BM25Scorer(WeightLengthScorer):  # type: ignore[misc]
    """Whoosh's ``BM25FScorer`` given its index statistics rather than reading them."""

    def __init__(
        self,
        searcher: Any,
        fieldname: str,
        text: Any,
        *,
        idf: float,
        avgfl: float,
        b: float,
        k1: float,
    ) -> None:
        self.idf, self.avgfl, self.B, self.K1 = idf, avgfl, b, k1
        self.setup(searcher, fieldname, text)

    def _score(self, weight: float, length: float) -> float:
        return float(bm25(self.idf, weight, length, self.avgfl, self.B, self.K1))


def combined(scored: Any, required: Any) -> Any:
    # Filters must not move scores. Whoosh 2.7.4's Require returns wrong documents, and a
    # zero ConstantScoreQuery score is read as "unset" (1.0), hence the near-zero constant.
    if scored is None:
        return _Filter(required)
    if required is None:
        return scored
    return wq.And([scored, _Filter(required, FILTER_SCORE)])


class SortedIds(ListMatcher):  # type: ignore[misc]
    """Whoosh's matcher of a sorted list of documents, skipping by bisection: Whoosh's steps
    through the list, a call per document, so that a filter held by a few thousand passages
    cost more to skip through than the words it filtered."""

    _i: int
    _ids: Sequence[int]

    def skip_to(self, id: int) -> None:
        if not self.is_active():
            raise ReadTooFar
        self._i = bisect_left(self._ids, id, self._i)


class _Filter(wq.ConstantScoreQuery):  # type: ignore[misc]
    """Whoosh's constant-score query, its documents in a :class:`SortedIds`."""

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        found = super().matcher(searcher, context)
        if type(found) is not ListMatcher:  # a current matcher asked for, or none
            return found
        return SortedIds(found._ids, all_weights=self.score)
