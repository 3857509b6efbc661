"""Ranking: the plans a search tries, the best documents of each with the exact total, and the
filters that must not move scores."""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from heapq import heappush, heapreplace
from typing import Any

from whoosh import query as wq
from whoosh.idsets import DocIdSet
from whoosh.scoring import BM25F

from ..index.schema import DATE
from .query import DayWindow

__all__ = ["FILTER_SCORE", "NewsBM25", "Plan", "Ranked", "combined", "rank"]

FILTER_SCORE = 1e-9


class NewsBM25(BM25F):  # type: ignore[misc]
    """BM25 with the inverse document frequency of Robertson and Sparck Jones, as Lucene,
    Elasticsearch and tantivy use it, ln(1 + (N - n + 0.5) / (n + 0.5)): Whoosh's own,
    log(N / (n + 1)) + 1, gives words found in most passages too much weight for long queries.
    Term-frequency saturation k1 = 1.5 (bm25s's default; Lucene's is 1.2), b = 0.75."""

    def __init__(self, B: float = 0.75, K1: float = 1.5) -> None:
        super().__init__(B=B, K1=K1)

    def idf(self, searcher: Any, fieldname: str, text: Any) -> float:
        parent = searcher.get_parent()
        n = parent.doc_frequency(fieldname, text)
        total = parent.doc_count_all()
        return math.log(1 + (total - n + 0.5) / (n + 0.5))


def combined(scored: Any, required: Any) -> Any:
    # Filters must not move scores. Whoosh 2.7.4's Require returns wrong documents, and a
    # zero ConstantScoreQuery score is read as "unset" (1.0), hence the near-zero constant.
    if scored is None:
        return wq.ConstantScoreQuery(required)
    if required is None:
        return scored
    return wq.And([scored, wq.ConstantScoreQuery(required, FILTER_SCORE)])


def rank(searcher: Any, plan: Plan, top: int, sort: str, dates: Any) -> Ranked:
    """The best ``top`` documents of a plan, with the exact number of matches (``dates``: the
    article-date column)."""
    if plan.scored is None:
        return _rank_by_date(searcher, plan, dates, top, sort)
    allow = _DatesIn(dates, plan.days) if plan.days is not None else None
    q = combined(plan.scored, plan.required)
    if sort == "relevance":
        return _top_and_all(searcher, q, top, allow)
    results = searcher.search(q, limit=top, sortedby=DATE, reverse=sort == "-date", filter=allow)
    return Ranked(
        [
            (results.docnum(i), float(results.score(i) or 0.0))
            for i in range(results.scored_length())
        ],
        len(results),
        results.docs,
    )


def _rank_by_date(searcher: Any, plan: Plan, dates: Any, top: int, sort: str) -> Ranked:
    """Filters alone rank nothing: their matches are listed newest first (oldest first for
    ``sort="date"``), read from the date column rather than through a sorting collector."""
    if plan.required is None:
        assert plan.days is not None  # _compose never yields a plan with nothing to match
        docs = set(searcher.docs_for_query(plan.days.query()))
    else:
        docs = set(searcher.docs_for_query(plan.required))
        if plan.days is not None:
            docs = {d for d in docs if dates[d] in plan.days}
    order = sorted(docs, key=lambda d: (dates[d], d), reverse=sort != "date")
    return Ranked([(d, 0.0) for d in order[:top]], len(docs), lambda: docs)


@dataclass(frozen=True, slots=True)
class Plan:
    """One way to run a search: scored query, filter query, article-date window."""

    scored: Any | None
    required: Any | None
    days: DayWindow | None
    match: str = "all"
    """``all`` when every word of the query is required, ``any`` when one is enough."""
    relaxed: tuple[str, ...] = ()
    """The words no longer required because no passage had them all (the fallback)."""


@dataclass(frozen=True, slots=True)
class Ranked:
    """The best documents of a plan as (docnum, score), the number of all matches, and a way
    to list all matches (collapsing needs them only when a shown hit has copies)."""

    top: list[tuple[int, float]]
    total: int
    matched: Any


def _top_and_all(searcher: Any, q: Any, top: int, allow: Any) -> Ranked:
    """The ``top`` best-scored matches of ``q`` that ``allow`` holds, and every such match.

    Whoosh's top-N collector skips postings blocks that cannot reach the top, so it neither
    counts the matches nor lists them (``results.docs()`` runs the query again); with skipping
    off it pays a generator step and three calls per match. This loop over each segment's
    matcher keeps every match, the exact total for free, with one score and one heap test
    each. Ties keep Whoosh's order (lower document number first)."""
    context = searcher.context()
    heap: list[tuple[float, int]] = []
    matched: set[int] = set()
    keep = matched.add
    for subsearcher, offset in searcher.leaf_searchers():
        matcher = q.matcher(subsearcher, context).replace(0)
        while matcher.is_active():
            docnum = offset + matcher.id()
            if allow is None or docnum in allow:
                keep(docnum)
                score = matcher.score()
                if len(heap) < top:
                    heappush(heap, (score, -docnum))
                elif score > heap[0][0]:
                    heapreplace(heap, (score, -docnum))
            matcher.next()
    heap.sort(reverse=True)
    return Ranked([(-negative, score) for score, negative in heap], len(matched), lambda: matched)


class _DatesIn(DocIdSet):  # type: ignore[misc]
    """Documents whose article date is in a window, tested one candidate at a time on the date
    column: nothing is built per query, and the cost is one lookup per match of the rest."""

    def __init__(self, dates: Any, days: DayWindow) -> None:
        self._dates = dates
        self._days = days

    def __contains__(self, docnum: object) -> bool:
        return self._dates[docnum] in self._days

    def __bool__(self) -> bool:
        return True

    def __iter__(self) -> Iterator[int]:
        return (d for d in range(len(self._dates)) if d in self)

    def __len__(self) -> int:
        return sum(1 for _ in self)
