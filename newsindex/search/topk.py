"""The best documents of a plan at a cost that follows the page, not the number of matches.

The best matches are found as Whoosh's top-N collector finds them: postings blocks whose best
possible score cannot enter the top are skipped (block quality), and a union whose rarer terms
cannot reach the top alone turns into "these, maybe those" (``Matcher.replace``). The documents,
scores and order are exactly those of scoring every match (ties keep the lower document
number). The matches are counted as they are skimmed when nothing was skipped, else apart,
without scores, up to a bound (:data:`TOTAL_UP_TO`, as Elasticsearch's ``track_total_hits``);
past it the total is a lower bound.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from heapq import heappush, heapreplace, nlargest, nsmallest
from itertools import compress, islice, pairwise
from operator import add
from typing import Any

from whoosh import query as wq
from whoosh import sorting
from whoosh.idsets import DocIdSet

from ..index.codec import block_lists, common_postings
from ..index.schema import DATE
from .query import MENTION_WITHIN_SCORE, DayWindow, Plan, mentions_within
from .ranking import combined

__all__ = ["TOTAL_UP_TO", "Ranked", "Ranker"]

TOTAL_UP_TO = 10_000
"""Matches counted exactly; a search with more reports this many as a lower bound."""
SET_COUNT_UP_TO = 50_000
"""Posting-list lengths up to which words' matches are counted by set algebra on the lists."""
REPLACE_EVERY = 10
"""Matches between attempts to simplify a matcher for the current minimum score (as Whoosh)."""
WORDS_AT_ONCE_UP_TO = 3_000
"""Postings up to which every word of a search that goes on with any of them is scored in the
same pass as any of them (scoring a posting costs about three times stepping over it)."""
SKIM_WORDS_UP_TO = 12
"""Queries of more terms are scored in full: skimming them cost twice as much on Reuters (a
100-word query 1.6 s against 0.76 s)."""

Matching = Callable[[Iterable[int]], set[int]]
"""Which of some documents match the plan (collapsing asks it about candidate copies)."""
Count = Callable[[int | None], tuple[int, bool]]
"""The number of matches counted up to a bound (None: all), and whether there are more."""


@dataclass(frozen=True, slots=True)
class Ranked:
    """The best documents of a plan as (docnum, score), empty when nothing matches; the
    matches counted on demand (a page taken again with more candidates is not counted again);
    and a test of which documents match."""

    top: list[tuple[int, float]]
    count: Count
    matching: Matching


class Ranker:
    """Ranks the plans of one search (:meth:`rank`), in the search's order (``sort``: see
    :meth:`~newsindex.NewsIndex.search`) with ``dates`` the article-date column.

    Plans of words alone (every word, or any of them) are scored a word at a time: each
    posting list read straight once and its scores added up per passage, which costs a third
    of stepping a tree of Whoosh's union matchers through the same matches, gives the same
    scores (the same per-word scores, summed) and counts the matches as it goes. The default
    search's two plans, every word and then any of them for a page the first left short, share
    one such pass when the words are likely to leave it short and their postings are few. A plan
    whose matches were all scored (in full, or skimmed without a skip: a phrase) is not scored
    again when folding copies asks it for more candidates (wire copies can leave a page short
    many times over)."""

    def __init__(
        self, searcher: Any, plans: list[Plan], sort: str, dates: Any, count_up_to: int | None
    ) -> None:
        self.searcher = searcher
        self.sort = sort
        self.dates = dates
        self.count_up_to = count_up_to
        self._scored: dict[frozenset[Any], _WordScores] = {}
        self._every: dict[Plan, dict[int, float]] = {}
        words = [_words(plan.scored) if plan.required is None else None for plan in plans]
        self._shared = {
            first[1]
            for first, then in pairwise(words)
            if first and then and first[0] is wq.And and then == (wq.Or, first[1])
        }

    def rank(self, plan: Plan, top: int) -> Ranked:
        """The best ``top`` documents of a plan; a plan that may match more than
        ``count_up_to`` documents is skimmed, others are scored in full."""
        searcher, dates, sort = self.searcher, self.dates, self.sort
        if plan.scored is None:
            return _rank_by_date(searcher, plan, dates, top, sort)
        allow = _DatesIn(dates, plan.days) if plan.days is not None else None
        q = combined(plan.scored, plan.required)
        if sort != "relevance":
            order = _date_order(searcher.reader(), newest_first=sort == "-date")
            results = searcher.search(q, limit=top, sortedby=order, filter=allow)
            return Ranked(  # no scores: a sorting collector gives the sort keys instead
                [(results.docnum(i), 0.0) for i in range(results.scored_length())],
                _counted(len(results)),
                _matching(searcher, q, allow),
            )
        every_match = _scores_every_match(q, searcher.reader(), self.count_up_to)
        words = _words(q)
        if words is not None:
            scored = self._word_scores(*words, top, every_match=every_match)
            if scored is not None:
                return scored.ranked(words[0] is wq.And, top, allow)
        within = mentions_within(searcher.reader(), plan.scored, plan.required)
        every = self._every.get(plan)
        if every is not None:
            return _best(every, every.keys(), top)
        if words is not None and words[0] is wq.And:
            common = _score_common(searcher, words[1], allow, top)
            if common is not None:
                self._every[plan] = common[0]
                return _all_of(common[1], common[0].keys())
        if not every_match:
            skimmed = q if within is None else wq.AndMaybe(q, within)
            ranked, scores = _skimmed(searcher, skimmed, top, allow)
            if scores is not None:
                self._every[plan] = scores
            return ranked
        every, best = _score_every_match(searcher, q, allow, top, within)
        self._every[plan] = every
        return _all_of(best, every.keys())

    def _word_scores(
        self, kind: type, terms: frozenset[Any], top: int, *, every_match: bool
    ) -> _WordScores | None:
        """The word-at-a-time scores of a plan's words, when that is how to rank it: a union
        whose matches are all scored anyway (``every_match``: :func:`_scores_every_match`), or
        every word of a search that goes on with any of them, when fewer passages than ``top``
        are expected to have them all (were the words independent) and their postings are
        few."""
        known = self._scored.get(terms)
        if known is not None:
            return known
        reader = self.searcher.reader()
        if kind is wq.Or:
            if not every_match:
                return None
        else:
            if terms not in self._shared:
                return None
            freqs = [reader.doc_frequency(t.fieldname, t.text) for t in terms]
            passages = reader.doc_count_all() or 1
            expected = float(passages)
            for freq in freqs:
                expected *= freq / passages
            if sum(freqs) > WORDS_AT_ONCE_UP_TO or expected >= top:
                return None
        scored = self._scored[terms] = _WordScores.of(self.searcher, terms)
        return scored


def _counted(total: int) -> Count:
    """The count of matches that were all seen: exact, or cut at the bound."""

    def count(up_to: int | None) -> tuple[int, bool]:
        return (total, False) if up_to is None or total <= up_to else (up_to, True)

    return count


def _date_order(reader: Any, *, newest_first: bool) -> Any:
    """The order of a search by article date, either way: undated passages last, passages of
    one day in index order (an article's in their order), as the OpenSearch engine sorts."""
    if newest_first:
        return sorting.FieldFacet(DATE, reverse=True)
    if not _has_undated(reader):
        return sorting.FieldFacet(DATE)
    return sorting.TranslateFacet(
        lambda key: key or _AFTER_DATES.encode(), sorting.FieldFacet(DATE)
    )


_AFTER_DATES = "~"
"""A date key after every ``YYYYMMDD`` one (the column's keys are text, the sort's bytes)."""


def _has_undated(reader: Any) -> bool:
    """Whether a passage of the index has no article date (deleted ones counted too)."""
    if DATE not in reader.indexed_field_names():
        return bool(reader.doc_count_all() > 0)
    dated = sum(reader.doc_frequency(DATE, day) for day in reader.lexicon(DATE))
    return bool(dated != reader.doc_count_all())


def _rank_by_date(searcher: Any, plan: Plan, dates: Any, top: int, sort: str) -> Ranked:
    """Filters alone rank nothing: their matches are listed newest first (oldest first for
    ``sort="date"``), undated ones last and each day's in index order, read from the date
    column rather than through a sorting collector, and only the page's worth of them put in
    order; by relevance, those with a mention within the asked days
    (:func:`~.query.mentions_within`) first."""
    if isinstance(plan.required, wq.Every) and plan.days is None:
        listed = _every_by_date(searcher, top, sort)
        if listed is not None:
            return listed
    if plan.required is None:
        assert plan.days is not None  # _compose never yields a plan with nothing to match
        days = _window_days(searcher, plan.days)
        order = [d for day in (days if sort == "date" else reversed(days)) for d in day]
        docs = set(order)
        return Ranked([(d, 0.0) for d in order[:top]], _counted(len(docs)), docs.intersection)
    docs = set(searcher.docs_for_query(plan.required))
    if plan.days is not None:
        docs = {d for d in docs if dates[d] in plan.days}
    within = mentions_within(searcher.reader(), plan.required) if sort == "relevance" else None
    if sort == "date":
        order = nsmallest(top, docs, key=lambda d: (dates[d] or _AFTER_DATES, d))
    elif within is not None:  # the passages that name the asked days first
        first = docs.intersection(within.held_by(searcher))
        order = nlargest(top, first, key=lambda d: (dates[d], -d))
        if len(order) < top:
            rest = docs.difference(first)
            order += nlargest(top - len(order), rest, key=lambda d: (dates[d], -d))
    else:
        order = nlargest(top, docs, key=lambda d: (dates[d], -d))
    return Ranked([(d, 0.0) for d in order], _counted(len(docs)), docs.intersection)


def window_docs(searcher: Any, window: DayWindow) -> set[int]:
    """The live passages dated within ``window``."""
    return {d for day in _window_days(searcher, window) for d in day}


def _window_days(searcher: Any, window: DayWindow) -> list[list[int]]:
    """The live passages of each day within ``window``, oldest day first, each day's in index
    order. Read day by day: as one range query, Whoosh would union the days' postings through
    a tree of matchers, a step per passage per level, the slower the more passages."""
    return [
        sorted(searcher.docs_for_query(wq.Term(DATE, day)))  # live ones
        for day in searcher.reader().lexicon(DATE)
        if (day.decode("ascii") if isinstance(day, bytes) else day) in window
    ]


def _every_by_date(searcher: Any, top: int, sort: str) -> Ranked | None:
    """Every passage (``*``), newest or oldest first, from the article-date terms in order: a
    page reads the days it shows, not the date of every passage. None where the page reaches
    the undated passages (they come last)."""
    reader = searcher.reader()
    if DATE not in reader.indexed_field_names():
        return None
    days = list(reader.lexicon(DATE))
    total = reader.doc_count()  # live passages
    order: list[int] = []
    for day in days if sort == "date" else reversed(days):
        order.extend(sorted(searcher.docs_for_query(wq.Term(DATE, day))))  # live ones
        if len(order) >= top:
            break
    if len(order) < top and len(order) < total:
        return None  # undated passages fill the page's end
    return Ranked([(d, 0.0) for d in order[:top]], _counted(total), set)


def _skimmed(searcher: Any, q: Any, top: int, allow: Any) -> tuple[Ranked, dict[int, float] | None]:
    """The ``top`` best-scored matches of ``q`` that ``allow`` holds, skimmed for: a query that
    may match more than the matches counted. When skimming left nothing out (a phrase, whose
    matcher has no block bounds, never does), the matches it saw are all of them, returned
    with their scores; otherwise counting reads the matches again, without scores, up to the
    bound."""
    context = searcher.context()
    heap: list[tuple[float, int]] = []
    seen: dict[int, float] = {}
    skipped = False
    for subsearcher, offset in searcher.leaf_searchers():
        matcher = q.matcher(subsearcher, context)
        skipped = _skim(matcher, offset, heap, top, allow, seen) or skipped
    best = _best_first(heap)
    if not skipped:
        return _all_of(best, seen.keys()), seen
    ranked = Ranked(
        best, lambda up_to: _count(searcher, q, allow, up_to), _matching(searcher, q, allow)
    )
    return ranked, None


def _score_every_match(
    searcher: Any, q: Any, allow: Any, top: int, within: Any = None
) -> tuple[dict[int, float], list[tuple[int, float]]]:
    """Every match of ``q`` that ``allow`` holds with its score, and the ``top`` best of them
    (kept as they come: cheaper than choosing them from all afterwards); the passages with a
    mention ``within`` the asked days (:func:`~.query.mentions_within`) score
    :data:`~.query.MENTION_WITHIN_SCORE` more, added here: as a query around ``q``
    (``AndMaybe``) it cost four calls a match, 5% of a search for a mentioned day."""
    context = searcher.context()
    scores: dict[int, float] = {}
    heap: list[tuple[float, int]] = []
    for subsearcher, offset in searcher.leaf_searchers():
        matcher = q.matcher(subsearcher, context).replace(0)
        held = within.held(subsearcher.reader()) if within is not None else frozenset()
        while matcher.is_active():
            local = matcher.id()
            docnum = offset + local
            if allow is None or docnum in allow:
                score = scores[docnum] = matcher.score() + (
                    MENTION_WITHIN_SCORE if local in held else 0.0
                )
                if len(heap) < top:
                    heappush(heap, (score, -docnum))
                elif score > heap[0][0]:
                    heapreplace(heap, (score, -docnum))
            matcher.next()
    return scores, _best_first(heap)


def _score_common(
    searcher: Any, terms: frozenset[Any], allow: Any, top: int
) -> tuple[dict[int, float], list[tuple[int, float]]] | None:
    """:func:`_score_every_match` for every one of some words: each segment's posting lists
    intersected a block at a time (:func:`~newsindex.index.codec.common_postings`) and the
    documents in all of them scored from the postings' weights, the same per-word scores
    summed. Stepping Whoosh's intersecting matchers through the same matches costs about
    three times as much, and skimming them for the page saves little when the words are
    common: blocks of common words seldom score too low to matter. None where a segment's
    lists are not read a block at a time (deleted passages, a word's single posting)."""
    context = searcher.context()
    scores: dict[int, float] = {}
    heap: list[tuple[float, int]] = []
    for subsearcher, offset in searcher.leaf_searchers():
        reader = subsearcher.reader()
        freqs = {t: reader.doc_frequency(t.fieldname, t.text) for t in terms}
        if not all(freqs.values()):
            continue
        order = sorted(terms, key=lambda t: (freqs[t], t.text))  # the same sum every time
        matchers = [t.matcher(subsearcher, context) for t in order]
        if not block_lists(matchers) or not all(
            hasattr(m.scorer, "score_postings") for m in matchers
        ):
            return None
        first, *rest = [m.scorer.score_postings for m in matchers]
        for docs, weights in common_postings(matchers):
            docnums = [offset + d for d in docs]
            if allow is not None:
                kept = [d in allow for d in docnums]
                docs, docnums = list(compress(docs, kept)), list(compress(docnums, kept))
                weights = [list(compress(w, kept)) for w in weights]
            totals = first(docs, weights[0])
            for score_postings, weight in zip(rest, weights[1:], strict=True):
                totals = list(map(add, totals, score_postings(docs, weight)))
            for docnum, score in zip(docnums, totals, strict=True):
                scores[docnum] = score
                if len(heap) < top:
                    heappush(heap, (score, -docnum))
                elif score > heap[0][0]:
                    heapreplace(heap, (score, -docnum))
    return scores, _best_first(heap)


def _best(scores: Mapping[int, float], docs: Collection[int], top: int) -> Ranked:
    """The ``top`` best of ``docs`` (a set or a dict's keys) by their ``scores`` (ties: the lower
    document number first, as Whoosh's collector), all of them counted."""
    return _all_of(_best_first(nlargest(top, ((scores[d], -d) for d in docs))), docs)


def _best_first(heap: list[tuple[float, int]]) -> list[tuple[int, float]]:
    """(document, score) of a heap of (score, -document), the best first."""
    return [(-negative, score) for score, negative in sorted(heap, reverse=True)]


def _all_of(best: list[tuple[int, float]], docs: Collection[int]) -> Ranked:
    """The ranking of a plan whose matches, ``docs`` (a set or a dict's keys), were all seen:
    counted and looked up among them."""
    return Ranked(best, _counted(len(docs)), lambda wanted: {d for d in wanted if d in docs})


def _words(q: Any) -> tuple[type, frozenset[Any]] | None:
    """A query of words alone, all of them or any (unboosted, no coordination), as its kind
    (And, Or) and its words; else None."""
    kind = type(q)
    if kind is wq.Or:
        if q.minmatch or q.scale:
            return None
    elif kind is not wq.And:
        return None
    words = q.subqueries
    if q.boost != 1.0 or not all(type(w) is wq.Term for w in words):
        return None
    terms = frozenset(words)
    return (kind, terms) if len(terms) == len(words) else None


@dataclass(frozen=True, slots=True)
class _WordScores:
    """Every passage with some of the words: its score for the words it has, and how many."""

    scores: dict[int, float]
    found: dict[int, int]
    words: int

    @classmethod
    def of(cls, searcher: Any, terms: frozenset[Any]) -> _WordScores:
        context = searcher.context()
        scores: dict[int, float] = {}
        found: dict[int, int] = {}
        score_of, found_of = scores.get, found.get
        for subsearcher, offset in searcher.leaf_searchers():
            for term in terms:
                matcher = term.matcher(subsearcher, context)
                active, at, score, step = matcher.is_active, matcher.id, matcher.score, matcher.next
                while active():
                    docnum = offset + at()
                    scores[docnum] = score_of(docnum, 0.0) + score()
                    found[docnum] = found_of(docnum, 0) + 1
                    step()
        return cls(scores, found, len(terms))

    def ranked(self, every: bool, top: int, allow: Any) -> Ranked:
        """The best ``top`` passages with every word (``every``) or any, that ``allow`` holds."""
        if not every and allow is None:
            return _best(self.scores, self.scores.keys(), top)
        docs = {
            d
            for d, n in self.found.items()
            if (not every or n == self.words) and (allow is None or d in allow)
        }
        return _best(self.scores, docs, top)


def _scores_every_match(q: Any, reader: Any, count_up_to: int | None) -> bool:
    """Whether ranking ``q`` scores every match rather than skimming: when its matches must all
    be counted anyway (``count_up_to`` None, or the index's estimate of its matches within it),
    a second pass to count them would cost more than skimming saves; so does a query of many
    terms (pasted text, a wildcard's words: "pr*" is 1,500 of them on Reuters), whose skimming
    loop rebuilds a large union of matchers over and over (pr* took 10 s)."""
    return (
        count_up_to is None
        or _terms_up_to(q, reader, SKIM_WORDS_UP_TO + 1) > SKIM_WORDS_UP_TO
        or q.estimate_size(reader) <= count_up_to
    )


def _terms_up_to(q: Any, reader: Any, limit: int) -> int:
    """The terms ``q`` matches on (a wildcard's or fuzzy word's as it expands), counted up to
    ``limit``."""
    counted = 0
    for leaf in q.leaves():
        terms = leaf.expanded_terms(reader) if isinstance(leaf, wq.MultiTerm) else (leaf,)
        counted += sum(1 for _ in islice(terms, limit - counted))
        if counted >= limit:
            break
    return counted


def _count(searcher: Any, q: Any, allow: Any, up_to: int | None) -> tuple[int, bool]:
    """How many documents match, counted up to ``up_to``, and whether more do: document
    numbers read from unscored matchers, which costs a fraction of scoring them."""
    reader = searcher.reader()
    if allow is None and not reader.has_deletions():
        quick = _count_words(reader, q, up_to)
        if quick is not None:
            return quick
    counted = 0
    context = searcher.boolean_context()
    for subsearcher, offset in searcher.leaf_searchers():
        for docnum in q.matcher(subsearcher, context).all_ids():
            if allow is None or offset + docnum in allow:
                if counted == up_to:
                    return counted, True
                counted += 1
    return counted, False


def _count_words(reader: Any, q: Any, up_to: int | None) -> tuple[int, bool] | None:
    """:func:`_count` for a word, or all or any of some words, from their posting lists: a word
    by its document frequency, any of them by the commonest alone when it passes the bound,
    else by set algebra on the lists when they are short. None for other queries."""
    if isinstance(q, wq.Term):
        return _counted(reader.doc_frequency(q.fieldname, q.text))(up_to)
    kind = type(q)
    words = q.subqueries if kind in (wq.And, wq.Or) else ()
    if not words or not all(type(w) is wq.Term for w in words):
        return None
    if kind is wq.Or and getattr(q, "minmatch", 0) > 1:
        return None
    freqs = [reader.doc_frequency(w.fieldname, w.text) for w in words]
    if kind is wq.Or and up_to is not None and max(freqs) > up_to:
        return up_to, True
    if sum(freqs) > SET_COUNT_UP_TO:
        return None
    lists = [
        set(reader.postings(w.fieldname, w.text).all_ids()) if f else set()
        for w, f in zip(words, freqs, strict=True)
    ]
    ids = set.union(*lists) if kind is wq.Or else set.intersection(*lists)
    return _counted(len(ids))(up_to)


def _skim(
    matcher: Any,
    offset: int,
    heap: list[tuple[float, int]],
    top: int,
    allow: Any,
    seen: dict[int, float],
) -> bool:
    """Whoosh's top-N collector loop (``TopCollector.matches``) over one segment's matches,
    keeping the best in ``heap`` and the score of each it scored in ``seen``; returns whether
    it may have left some out (a skip moved the matcher, or a simplification for a minimum
    score took place)."""
    full = len(heap) >= top
    minscore: float | None = heap[0][0] if full else None
    quality = matcher.supports_block_quality()
    countdown = 0
    check = True
    lossy = False
    while matcher.is_active():
        if full and heap[0][0] != minscore:
            minscore = heap[0][0]
            check = True
            countdown = 0
        if countdown == 0:
            simpler = matcher.replace(minscore or 0)
            lossy = lossy or (simpler is not matcher and bool(minscore))
            matcher = simpler
            if not matcher.is_active():
                break
            quality = matcher.supports_block_quality()
            countdown = REPLACE_EVERY
        countdown -= 1
        if check and quality and minscore is not None:
            at = matcher.id()
            matcher.skip_to_quality(minscore)
            if not matcher.is_active() or matcher.id() != at:
                lossy = True  # the match it stood on, at least, was skipped
                if not matcher.is_active():
                    break
        docnum = offset + matcher.id()
        if allow is None or docnum in allow:
            score = seen[docnum] = matcher.score()
            if not full:
                heappush(heap, (score, -docnum))
                full = len(heap) >= top
            elif score > heap[0][0]:
                heapreplace(heap, (score, -docnum))
        check = matcher.next()
    return lossy


def _matching(searcher: Any, q: Any, allow: Any) -> Matching:
    """Which documents match ``q`` (and ``allow``), found by skipping each segment's matcher to
    them: a few lookups instead of listing every match."""

    def matching(docs: Iterable[int]) -> set[int]:
        wanted = sorted(d for d in set(docs) if allow is None or d in allow)
        found: set[int] = set()
        if not wanted:
            return found
        context = searcher.boolean_context()
        for subsearcher, offset in searcher.leaf_searchers():
            end = offset + subsearcher.doc_count_all()
            mine = [d - offset for d in wanted if offset <= d < end]
            if not mine:
                continue
            matcher = q.matcher(subsearcher, context)
            for local in mine:
                if not matcher.is_active():
                    break
                matcher.skip_to(local)
                if matcher.is_active() and matcher.id() == local:
                    found.add(offset + local)
        return found

    return matching


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
