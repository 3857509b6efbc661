"""Searching an index: open it, run ranked queries with filters, read passages and articles back.

:class:`NewsIndex` is the handle (a context manager). It keeps one Whoosh searcher and refreshes
it before each query, so a long-lived handle (a web app, a notebook) sees new commits, and it
retries when a concurrent commit removes files under it. Nothing Whoosh leaves this module.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import time
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from heapq import nlargest
from itertools import islice
from pathlib import Path
from typing import Any

from whoosh import query as wq

from ..articles import Passage
from ..errors import IndexClosedError, InvalidArgumentError, NotFoundError
from ..index.columns import FEW_MATCHES, ONE_SHOT_FEW, FacetColumns, segment_term_counts
from ..index.compat import retry_on_vanished_files
from ..index.records import (
    Records,
    article_fields,
    passage_from_record,
    stored_value,
    usual_spelling,
)
from ..index.schema import (
    ARTICLE_ID,
    DATE,
    LABEL_PREFIX,
    ORGS,
    PERSONS,
    PLACES,
    POSITION,
    SOURCE,
    TEXT_FIELD,
    TITLE_STORED,
    day_from_key,
    join_values,
)
from ..index.store import (
    open_existing,
    read_or_explain,
    resolve_index_dir,
    segment_count,
    trim_resident,
)
from ..kinds import ENTITY_KINDS, KIND_NAMES, period_label
from .copies import Copies, RecordCache, SharedKeys, fold_copies
from .persons import (
    Beside,
    NameQueries,
    PersonNames,
    candidate_count,
    co_mention_rows,
    facet_rows,
    names_beside,
    spelled_out_groups,
    spelled_sample,
)
from .query import (
    Filters,
    Plan,
    QueryBuilder,
    asked_days,
    completion,
    mentions_unranked,
    mentions_within,
    passage_key,
    search_filters,
    unheld_value,
    value_filters,
)
from .ranking import NewsBM25, combined
from .results import (
    ArticleView,
    Facets,
    Hit,
    IndexStats,
    SearchResults,
    Timeline,
    TimelinePeriod,
)
from .snippets import Phrase, highlight, lead, query_marks
from .spelling import (
    RARE_UP_TO,
    SUGGEST_BELOW,
    CommonTerms,
    candidate_words,
    closest_term,
    rewritten,
    slip,
    usual_word,
    written_forms,
)
from .topk import TOTAL_UP_TO, Ranked, Ranker, window_docs

__all__ = ["NewsIndex", "open_index"]

MAX_LIMIT = 10_000
NAMED_FIELDS = tuple(kind.name for kind in ENTITY_KINDS if kind.ner_tag)
"""The fields of names a passage contains (speakers are a subset of its persons)."""
COLLAPSE_WINDOW = 2
"""Collapsing looks at this many times the hits asked for (times the index's mean copy group),
and at least this many times more each time folding left the page short."""
DISPLAY_SAMPLE = 20
"""Documents read to pick the usual spelling of a facet name."""
FOLDER_CLOCK_NS = 2_000_000_000
"""A folder time older than this is past any file system's clock step (FAT's is 2 s)."""
TRIM_EVERY = 64
"""Requests between two looks at the index pages the handle holds (a look reads one small
``/proc`` file)."""
_CLICKS_KEPT = 3_000
"""Name filters whose passages a handle remembers for facets (:meth:`NewsIndex._opened`): the
~300 names a facets call counts, ten times; on Reuters-21578 the 2,199 names of 16 queries'
facets held 12 MB."""


def _check_paging(limit: int, offset: int) -> None:
    _check_up_to("limit", limit)
    _check_count("offset", offset)


def _check_up_to(name: str, value: object) -> None:
    """How many hits a page or names a listing shows (``limit``, ``top``): 1 to
    :data:`MAX_LIMIT`, a whole number (not ``True``)."""
    if not isinstance(value, int) or isinstance(value, bool) or not 0 < value <= MAX_LIMIT:
        raise InvalidArgumentError(name, value, f"expected a whole number from 1 to {MAX_LIMIT}")


def _check_count(name: str, value: object) -> None:
    """A whole number ≥ 0 (an offset, a number of neighbouring passages)."""
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise InvalidArgumentError(name, value, "expected a whole number ≥ 0")


def _check_text(name: str, value: object, expected: str) -> None:
    """A non-empty string (an id, a name): anything else would fail deep in the index."""
    if not isinstance(value, str) or not value.strip():
        raise InvalidArgumentError(name, value, f"expected {expected}")


@dataclass(frozen=True, slots=True)
class _Page:
    """How one search takes a page of a plan's ranking: copies folded (when asked), with as
    many more candidates as folding needed when it left the page short."""

    shared: SharedKeys
    ranker: Ranker
    stored: RecordCache
    collapse: bool

    def groups(
        self,
        plan: Plan,
        ranked: Ranked,
        window: int,
        offset: int,
        limit: int,
        *,
        exclude: frozenset[int] = frozenset(),
    ) -> tuple[list[tuple[int, float, Copies]], Ranked]:
        """The page ``offset:offset+limit`` of ``ranked`` (the best ``window`` documents of
        ``plan``) without the documents in ``exclude``, and the ranking it was taken from."""
        while True:
            top = [(d, s) for d, s in ranked.top if d not in exclude]
            if not self.collapse:
                return [(d, s, ()) for d, s in top[offset : offset + limit]], ranked
            groups = fold_copies(
                self.ranker.searcher,
                top,
                ranked.matching,
                self.stored,
                self.shared,
                offset=offset,
                limit=limit,
            )
            if len(groups) >= limit or len(ranked.top) < window:
                return groups, ranked
            # Copies folded the page short: take as many more candidates as folding needed per
            # hit so far, with some to spare.
            per_hit = window / (offset + len(groups) or 1)
            window = max(window * COLLAPSE_WINDOW, int((offset + limit) * per_hit * 1.5))
            ranked = self.ranker.rank(plan, window)


class NewsIndex:
    """An open index. Use :func:`open_index`; close it (or use ``with``) when done.

    One handle serves one thread at a time (it refreshes its searcher, and Whoosh's readers
    seek shared files): threads open their own, as the web app does, or share one behind a lock.
    """

    def __init__(self, path: Path, ix: Any, *, aliases: Any = None) -> None:
        self.path = path
        self._counted = False
        """Whether this handle has counted facets before (see :meth:`_columns`)."""
        self._ix = ix
        self._aliases = aliases
        self._builder = QueryBuilder(ix.schema)
        self._searcher: Any = read_or_explain(
            path, lambda: retry_on_vanished_files(lambda: ix.searcher(weighting=NewsBM25()))
        )
        self._facet_cache: tuple[Any, FacetColumns] | None = None
        self._seen_stamp: int | None = None
        self._shared_keys = SharedKeys(path)
        self._closed = False
        self._people: tuple[Any, dict[str, PersonNames]] | None = None
        self._spelled: dict[tuple[str, str], Beside] = {}
        """The names listed beside a name (``NameQueries``' ``beside``), for ``_people``'s
        reader."""
        self._stats: tuple[Any, dict[int, IndexStats]] | None = None
        self._common: tuple[Any, CommonTerms, dict[str, Counter[str]]] | None = None
        """The text's common terms and how it writes the stems did-you-mean read, per reader."""
        self._clicks: tuple[Any, dict[tuple[str, str], frozenset[int]]] | None = None
        """The passages each facet name's filter finds, per reader (:meth:`_opened`)."""
        self._requests = 0

    def __repr__(self) -> str:
        """What a notebook shows for the handle: its index, and whether it is closed."""
        return f"{type(self).__name__}({str(self.path)!r}{', closed' if self._closed else ''})"

    def __reduce__(self) -> Any:
        """Refused: a handle holds open files and a searcher, and pickling it (passing it to a
        process pool) failed with "Can't pickle local object 'index_class.<locals>
        .SafeFileIndex'", which told no one what to do."""
        raise TypeError(
            f"a {type(self).__name__} holds open index files and cannot be pickled: pass its "
            f"path ({str(self.path)!r}) and call open_index in the other process"
        )

    def __enter__(self) -> NewsIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Release the index files; a closed handle raises :class:`IndexClosedError`."""
        if not self._closed:
            self._closed = True
            self._searcher.close()
            self._ix.close()

    def _window(self, searcher: Any, wanted: int, collapse: bool) -> int:
        """How many of a ranking's best passages to take for ``wanted`` hits: with copies to
        fold, enough for the copy groups of this index, so wire copies rarely send the search
        back for more (each time ranks the plan again)."""
        if not collapse:
            return wanted
        return math.ceil(wanted * COLLAPSE_WINDOW * self._shared_keys.group_size(searcher))

    def _fresh(self) -> Any:
        """The searcher for the latest commit. A commit adds a file to the index folder, so an
        unchanged folder time means no commit, checked with one ``stat`` instead of listing
        the folder; a time too recent to tell (coarse file-system clocks) is not trusted."""
        if self._closed:
            raise IndexClosedError(self.path)
        self._requests += 1
        if self._requests % TRIM_EVERY == 0:
            trim_resident(self._ix)  # a long-lived handle stays small (see trim_resident)
        try:
            stamp = os.stat(self.path).st_mtime_ns
        except OSError:
            stamp = None
        if stamp is None or stamp != self._seen_stamp:
            self._searcher = retry_on_vanished_files(self._searcher.refresh)
            settled = time.time_ns() - stamp > FOLDER_CLOCK_NS if stamp is not None else False
            self._seen_stamp = stamp if settled else None
        return self._searcher

    def search(
        self,
        query: str = "",
        *,
        person: str | None = None,
        org: str | None = None,
        place: str | None = None,
        speaker: str | None = None,
        org_speaker: str | None = None,
        source: str | None = None,
        since: dt.date | str | None = None,
        until: dt.date | str | None = None,
        mentions: dt.date | str | None = None,
        filters: Filters | None = None,
        limit: int = 10,
        offset: int = 0,
        sort: str = "relevance",
        context: int = 0,
        snippets: bool = True,
        collapse: bool = True,
        match: str = "auto",
        as_of: dt.date | str | None = None,
        count_up_to: int | None = TOTAL_UP_TO,
    ) -> SearchResults:
        """Rank passages for ``query`` (Whoosh syntax; may be empty when filters are given).

        ``match`` says how the query's words combine (:data:`~newsindex.kinds.MATCH_MODES`): by
        default all of up to three words, relaxed to any of them when no passage has all
        (``results.relaxed`` names them), and any of more words, best matches first.
        ``since``/``until`` filter the article date, ``mentions`` the dates a passage mentions;
        date values are dates, ISO strings or relative phrases resolved against ``as_of``.
        With ``collapse``, near-identical passages (wire copies) fold into one hit whose
        ``duplicates`` lists them. ``filters`` gives all filters as one :class:`Filters` (as the
        CLI and web app build them); a filter argument given as well overrides its field.
        The best matches are found without scoring every match (postings that cannot reach
        the page are skipped), so the cost follows the page asked for; matches are counted up
        to ``count_up_to``, past which ``results.total`` is that lower bound
        (``results.total_is_lower_bound``, shown "10,000+"); None counts them all.
        """
        given = locals()  # the arguments by name, before any other local is set
        started = time.perf_counter()
        _check_paging(limit, offset)
        _check_count("context", context)
        filters = search_filters(given, sort=sort, count_up_to=count_up_to)
        searcher = self._fresh()
        window = self._window(searcher, offset + limit, collapse)
        names = self._names(searcher)
        dates = self._columns(searcher).date_keys()
        plans = self._compose(searcher, query, filters, as_of, match, names)
        ranker = Ranker(searcher, plans, sort, dates, count_up_to)
        for plan in plans:
            ranked = ranker.rank(plan, window)
            if ranked.top:
                break
        total, total_is_lower_bound = ranked.count(count_up_to)
        stored = RecordCache(self._columns(searcher).records)
        page = _Page(self._shared_keys, ranker, stored, collapse)
        groups, ranked = page.groups(plan, ranked, window, offset, limit)
        partial: list[tuple[int, float, Copies]] = []
        partial_total = (0, False)
        follow = completion(
            plans,
            plan,
            len(groups),
            offset=offset,
            limit=limit,
            sort=sort,
            before=lambda: len(page.groups(plan, ranked, window, 0, offset)[0]),
        )
        if follow is not None:
            # A short page: ``ranked`` holds every passage with every word.
            loose, start, wanted = follow
            seen = frozenset(d for d, _ in ranked.top)
            window = self._window(searcher, start + wanted, collapse) + len(seen)
            more = ranker.rank(loose, window)
            partial = page.groups(loose, more, window, start, wanted, exclude=seen)[0]
            counted, bound = more.count(count_up_to)
            partial_total = (counted - total, bound)
        terms, phrases = (
            self._highlight_terms(searcher, plan.scored) if snippets else (frozenset(), frozenset())
        )

        def hit(group: tuple[int, float, Copies]) -> Hit:
            docnum, score, duplicates = group
            return self._hit(
                searcher,
                stored[docnum],
                score,
                terms=terms,
                phrases=phrases,
                context=context,
                duplicates=duplicates,
            )

        hits = tuple(map(hit, groups))
        return SearchResults(
            query=query,
            total=total,
            total_is_lower_bound=total_is_lower_bound,
            hits=hits,
            seconds=time.perf_counter() - started,
            offset=offset,
            partial=tuple(map(hit, partial)),
            partial_total=partial_total[0],
            partial_is_lower_bound=partial_total[1],
            match=plan.match,
            relaxed=plan.relaxed if total else (),
            notes=(
                *names.notes,
                *plan.notes,
                *self._why_none(searcher, plan, filters, total),
                *mentions_unranked(searcher.reader(), plan.scored, plan.required),
            ),
            suggestions=self._suggest(searcher, query, plan.scored, total),
        )

    def _compose(
        self,
        searcher: Any,
        query: str,
        filters: Filters,
        as_of: Any,
        match: str,
        names: NameQueries,
    ) -> list[Plan]:
        """The plans to try in turn (:meth:`QueryBuilder.plans`), with this index's labels."""
        labels = [f[len(LABEL_PREFIX) :] for f in self._label_fields(searcher)]
        return self._builder.plans(
            query, filters, as_of=as_of, match=match, labels=labels, names=names
        )

    def _names(self, searcher: Any) -> NameQueries:
        """How this search turns typed names into queries (aliases, then the index's names)."""
        reader = searcher.reader()
        if self._people is None or self._people[0] is not reader:
            self._people = (reader, {})
            self._spelled = {}
        people = self._people[1]
        spelled = self._spelled

        def person_names(field: str) -> PersonNames:
            if field not in people:
                people[field] = PersonNames(self._columns(searcher).term_counts(field))
            return people[field]

        analyzer = searcher.schema[TEXT_FIELD].analyzer

        def text_terms(word: str) -> list[Any]:
            return [wq.Term(TEXT_FIELD, token.text) for token in analyzer(word)]

        def count(q: Any) -> int:
            return sum(1 for _ in searcher.docs_for_query(q))

        def names_from(field: str, prefix: str) -> Iterator[str]:
            for term in reader.expand_prefix(field, prefix):
                yield term.decode("utf-8") if isinstance(term, bytes) else str(term)

        def beside(field: str, name: str) -> Beside:
            if (field, name) not in spelled:
                records = self._columns(searcher).records
                docs = islice(searcher.docs_for_query(wq.Term(field, name)), spelled_sample(name))
                passages = (
                    (stored_value(r, field), r[TEXT_FIELD]) for r in (records[d] for d in docs)
                )
                spelled[(field, name)] = names_beside(field, name, passages)
            return spelled[(field, name)]

        return NameQueries(
            person_names, text_terms, count, self._aliases, names_from=names_from, beside=beside
        )

    @staticmethod
    def _label_fields(searcher: Any) -> list[str]:
        """The extra label fields (``label_*``) the index holds, sorted."""
        return sorted(
            f for f in searcher.reader().indexed_field_names() if f.startswith(LABEL_PREFIX)
        )

    @staticmethod
    def _highlight_terms(searcher: Any, scored: Any) -> tuple[frozenset[str], frozenset[Phrase]]:
        """:func:`.snippets.query_marks`, wildcards and fuzzy terms expanded in the index."""
        reader = searcher.reader()

        def expanded(leaf: Any) -> Iterator[str]:
            for _, t in leaf.expanded_terms(reader):
                yield t.decode("utf-8") if isinstance(t, bytes) else str(t)

        return query_marks(scored, expanded)

    def _matching_docs(
        self,
        searcher: Any,
        query: str,
        filters: Filters,
        as_of: Any,
        match: str,
        names: NameQueries,
    ) -> tuple[list[int], Plan]:
        docs: list[int] = []
        for plan in self._compose(searcher, query, filters, as_of, match, names):
            if plan.scored is None and plan.required is None:
                assert plan.days is not None  # _compose never yields a plan with nothing
                docs = sorted(window_docs(searcher, plan.days))
            else:
                found = searcher.docs_for_query(combined(plan.scored, plan.required))
                if plan.days is not None:
                    dates = self._columns(searcher).date_keys()
                    found = (d for d in found if dates[d] in plan.days)
                docs = sorted(found)
            if docs:
                break
        return docs, plan

    def _columns(self, searcher: Any) -> FacetColumns:
        """The facet columns (and records) of the current reader."""
        reader = searcher.reader()
        if self._facet_cache is None or self._facet_cache[0] is not reader:
            self._facet_cache = (reader, FacetColumns(reader))
        return self._facet_cache[1]

    def _counting(self, searcher: Any) -> FacetColumns:
        """:meth:`_columns` for a request that counts names over its matches (facets, a
        timeline). A handle's first such request reads the records of up to
        :data:`ONE_SHOT_FEW` matches (a process asking one question, as the command line does,
        never uses a column again); later ones build columns beyond :data:`FEW_MATCHES`. Decided
        once per request: the rule followed the handle's first call of :meth:`_columns`, which
        a request makes several of, so a command line's facets built a column for every kind
        after counting the first from records (``newsindex facets oil``: 2.6 s)."""
        columns = self._columns(searcher)
        columns.few = FEW_MATCHES if self._counted else ONE_SHOT_FEW
        self._counted = True
        return columns

    def facets(
        self,
        query: str = "",
        *,
        filters: Filters | None = None,
        top: int = 10,
        by: str = "month",
        date_field: str = "date",
        match: str = "auto",
        as_of: dt.date | str | None = None,
    ) -> Facets:
        """Top persons, organisations, places, speakers and sources among *all* matches, with
        counts, and a histogram of matches per ``by`` period of the article ``date`` or of the
        days passages ``mentions``.

        Each entity count is what the same search with that name as its kind's filter finds
        (``search(query, filters=..., person=name).total``): a name filter matches other
        spellings too ("Reagan" finds "Ronald Reagan"), so counting stored labels would promise
        one number and open another. The names are those whose counts are highest among the
        names the matches write most often (:func:`~.persons.candidate_count`).
        """
        started = time.perf_counter()
        _check_up_to("top", top)
        period_label(dt.date(2000, 1, 1), by)  # validates ``by`` before any work
        filters = filters or Filters()
        searcher = self._fresh()
        names = self._names(searcher)
        docs, plan = self._matching_docs(searcher, query, filters, as_of, match, names)
        columns = self._counting(searcher)

        def top_names(field: str, size: int = top) -> tuple[tuple[str, int], ...]:
            counts = columns.count(field, docs)
            ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:size]
            return tuple((self._name(searcher, field, k), n) for k, n in ranked)

        matched = set(docs)

        def as_filtered(field: str) -> tuple[tuple[str, int], ...]:
            # A filter on this kind replaces the one given: count among the matches without it.
            base: set[int] | None = matched
            if getattr(filters, field) is not None:
                rest = replace(filters, **{field: None})
                if query.strip() or rest != Filters():
                    base = set(self._matching_docs(searcher, query, rest, as_of, match, names)[0])
                else:
                    base = None  # nothing else asked: every passage
            rows = top_names(field, candidate_count(top))
            return self._as_filtered(searcher, field, rows, base, top)

        labels = self._label_fields(searcher)
        return Facets(
            query=query,
            total=len(docs),
            **{kind.plural: as_filtered(kind.name) for kind in ENTITY_KINDS},
            sources=top_names(SOURCE),
            labels=tuple((f[len(LABEL_PREFIX) :], top_names(f)) for f in labels),
            histogram=tuple(columns.histogram(docs, by=by, date_field=date_field)),
            by=by,
            date_field=date_field,
            seconds=time.perf_counter() - started,
            match=plan.match,
            relaxed=plan.relaxed if docs else (),
            notes=(*names.notes, *plan.notes, *self._why_none(searcher, plan, filters, len(docs))),
        )

    def timeline(
        self,
        name: str,
        *,
        kind: str | None = None,
        query: str = "",
        filters: Filters | None = None,
        by: str = "month",
        top: int = 5,
        match: str = "auto",
        as_of: dt.date | str | None = None,
    ) -> Timeline:
        """Passages naming ``name`` per period, with the entities most named beside it. A
        filter on ``kind`` in ``filters`` must hold too (the passages name both). Without a
        ``kind``, the name is charted as the person, organisation or place whose filter finds
        the most passages (a person on a tie)."""
        if kind is not None and kind not in KIND_NAMES:
            raise InvalidArgumentError("kind", kind, f"expected one of {', '.join(KIND_NAMES)}")
        _check_text("name", name, "a name")
        _check_up_to("top", top)
        period_label(dt.date(2000, 1, 1), by)
        filters = filters or Filters()
        searcher = self._fresh()
        if kind is None:  # asked of names of their own, whose notes are no part of the answer
            kind = self._names(searcher).likeliest_kind(name)
        names = self._names(searcher)
        named: dict[str, Any] = {kind: name}
        docs, plan = self._matching_docs(
            searcher, query, replace(filters, **named), as_of, match, names
        )
        also = getattr(filters, kind)
        if also is not None and docs:
            given = Filters(**{kind: also})
            both = set(self._matching_docs(searcher, "", given, as_of, match, names)[0])
            docs = [d for d in docs if d in both]
        columns = self._counting(searcher)
        by_period: dict[str, list[int]] = {}
        for d, day in zip(docs, columns.date_of(docs), strict=True):
            if day is not None:
                by_period.setdefault(period_label(day, by), []).append(d)
        own = names.matched | {
            v.lower() for v in (self._aliases.variants(name) if self._aliases else [name])
        }
        periods = []
        for label in sorted(by_period):
            period_docs = by_period[label]
            counts: Counter[tuple[str, str]] = Counter()
            for field in NAMED_FIELDS:
                for key, n in columns.count(field, period_docs).items():
                    if (as_name := names.co_mention(field, key, own)) is not None:
                        counts[(field, as_name)] += n
            ranked = co_mention_rows(counts, self._aliases, top, names.spelled_out_keys)
            periods.append(
                TimelinePeriod(
                    label,
                    len(period_docs),
                    tuple((self._name(searcher, f, k), n) for (f, k), n in ranked),
                )
            )
        why = self._why_none(searcher, plan, filters, len(docs))
        notes = (*names.notes, *plan.notes, *why)
        return Timeline(name, kind, by, len(docs), tuple(periods), notes=notes)

    def _suggest(self, searcher: Any, query: str, scored: Any, total: int) -> tuple[str, ...]:
        """Did-you-mean: the query with words the index lacks replaced by close index words
        when it finds (almost) nothing, and rare words (``scored`` holds their terms) by far
        commoner close ones, whatever it finds."""
        reader = searcher.reader()
        rare = {
            text
            for field, text in (scored.iter_all_terms() if scored is not None else ())
            if field == TEXT_FIELD and 0 < reader.doc_frequency(field, text) <= RARE_UP_TO
        }
        if total >= SUGGEST_BELOW and not rare:
            return ()
        analyzer = searcher.schema[TEXT_FIELD].analyzer  # (ix.schema re-reads the index TOC)
        replacements = {}
        for word, stem in candidate_words(query, analyzer).items():
            if stem in rare:
                held = reader.doc_frequency(TEXT_FIELD, stem)
                nearest = self._spelling(reader)[0].commoner(stem, held, word)
            elif total < SUGGEST_BELOW and not reader.doc_frequency(TEXT_FIELD, stem):
                nearest = closest_term(reader, TEXT_FIELD, stem, word)
            else:
                continue
            if nearest is None:
                continue
            forms = self._written(searcher, nearest)
            written = usual_word(forms)
            if written is None or (
                stem in rare and not slip(word, stem, forms, self._written(searcher, stem))
            ):
                continue
            replacements[word] = written
        return rewritten(query, replacements)

    def _spelling(self, reader: Any) -> tuple[CommonTerms, dict[str, Counter[str]]]:
        """For ``reader``: the text's :class:`CommonTerms`, read as rare words ask, and how the
        text writes the stems did-you-mean looked up (:meth:`_written`)."""
        if self._common is None or self._common[0] is not reader:
            self._common = (reader, CommonTerms(reader, TEXT_FIELD), {})
        return self._common[1], self._common[2]

    def _written(self, searcher: Any, stem_text: str) -> Counter[str]:
        """How the text writes the stem ``stem_text`` in its first passages, remembered until
        the index changes (reading and splitting 20 passages took 2 ms, on every search with
        the same rare word)."""
        known = self._spelling(searcher.reader())[1]
        if stem_text not in known:
            records = self._columns(searcher).records
            docs = searcher.docs_for_query(wq.Term(TEXT_FIELD, stem_text))
            texts = (records[d].get(TEXT_FIELD) or "" for d in islice(docs, DISPLAY_SAMPLE))
            analyzer = searcher.schema[TEXT_FIELD].analyzer
            known[stem_text] = written_forms(texts, analyzer, stem_text)
        return known[stem_text]

    def similar(self, passage_id: str, *, limit: int = 10) -> SearchResults:
        """Passages most like ``passage_id`` (more-like-this on its key terms), leaving out the
        passage itself and its near-identical copies; wire copies of a related passage fold
        into one hit, as in :meth:`search`."""
        started = time.perf_counter()
        _check_paging(limit, 0)
        searcher = self._fresh()
        docnum = self._docnum(searcher, passage_id)
        stored = RecordCache(self._columns(searcher).records)
        text = stored[docnum].get(TEXT_FIELD) or ""
        results = searcher.more_like(
            docnum, TEXT_FIELD, text=text, top=self._window(searcher, limit, True), numterms=12
        )

        def other(d: int) -> bool:
            return d != docnum and not stored.similar(docnum, d)

        distinct = [(hit.docnum, float(hit.score or 0.0)) for hit in results if other(hit.docnum)]
        groups = fold_copies(
            searcher,
            distinct,
            lambda docs: set(filter(other, docs)),
            stored,
            self._shared_keys,
            offset=0,
            limit=limit,
        )
        hits = tuple(
            self._hit(searcher, stored[d], score, terms=frozenset(), duplicates=copies)
            for d, score, copies in groups
        )
        return SearchResults(
            query=f"similar:{passage_id}",
            total=sum(1 + len(copies) for _, _, copies in groups),  # the passages listed
            # a full page: more passages share some key term ("10+ passages", not "10")
            total_is_lower_bound=len(groups) == limit,
            hits=hits,
            seconds=time.perf_counter() - started,
        )

    def _hit(
        self,
        searcher: Any,
        fields: dict[str, Any],
        score: float,
        *,
        terms: frozenset[str],
        phrases: frozenset[Phrase] = frozenset(),
        context: int = 0,
        duplicates: tuple[tuple[str, dt.date | None], ...] = (),
    ) -> Hit:
        passage = passage_from_record(fields)
        snippet = highlight(passage.text, terms, phrases=phrases) if terms or phrases else ""
        return Hit(
            passage=passage,
            score=score,
            snippet=snippet or lead(passage.text),
            title=fields.get(TITLE_STORED, ""),
            date=day_from_key(fields.get(DATE)),
            source=fields.get(SOURCE, ""),
            context=self._neighbours(searcher, passage, context) if context > 0 else (),
            duplicates=duplicates,
        )

    def _article_fields(self, searcher: Any, article_id: str) -> list[dict[str, Any]]:
        rows = list(self._columns(searcher).records.matching(searcher, ARTICLE_ID, article_id))
        rows.sort(key=lambda f: int(f[POSITION]))
        return rows

    def _neighbours(self, searcher: Any, passage: Passage, n: int) -> tuple[Passage, ...]:
        rows = self._article_fields(searcher, passage.article_id)
        near = [
            passage_from_record(f)
            for f in rows
            if 0 < abs(int(f[POSITION]) - passage.position) <= n
        ]
        return tuple(near)

    def passage(self, pid: str) -> Passage:
        """One passage by id (``ARTICLE_ID#POSITION``)."""
        searcher = self._fresh()
        return passage_from_record(self._columns(searcher).records[self._docnum(searcher, pid)])

    def _docnum(self, searcher: Any, pid: str) -> int:
        """The document of passage ``pid``, found among its article's: passage ids are not
        indexed (a term per passage cost 7% of the index and of the writer's time)."""
        _check_text("passage", pid, "a passage id (ARTICLE_ID#POSITION)")
        article_id, position = passage_key(pid)
        records = self._columns(searcher).records
        for docnum in searcher.document_numbers(**{ARTICLE_ID: article_id}):
            if records[docnum].get(POSITION) == position:
                return int(docnum)
        raise NotFoundError("passage", pid, self.path)

    def article(self, article_id: str) -> ArticleView:
        """An article with all its passages, as indexed."""
        _check_text("article", article_id, "an article id")
        rows = self._article_fields(self._fresh(), article_id)
        if not rows:
            raise NotFoundError("article", article_id, self.path)
        return ArticleView(id=article_id, **article_fields(rows))

    def iter_articles(self) -> Iterator[ArticleView]:
        """Every indexed article, ordered by id (for export and browsing)."""
        searcher = self._fresh()
        for article_id in self._live_article_ids(searcher):
            yield ArticleView(
                id=article_id, **article_fields(self._article_fields(searcher, article_id))
            )

    @staticmethod
    def _live_article_ids(searcher: Any) -> list[str]:
        """Every article id with a live passage, in order. A segment's id terms stay after its
        documents are deleted (until a merge), so a segment with deletions is read from its
        live records; the others' terms are all live (a lookup per id took 2 s on Reuters)."""
        ids: set[str] = set()
        for leaf, _ in searcher.reader().leaf_readers():
            if leaf.has_deletions():
                records = Records(leaf)
                ids.update(records[d][ARTICLE_ID] for d in leaf.all_doc_ids())
            else:
                ids.update(t.decode("utf-8") for t in leaf.lexicon(ARTICLE_ID))
        return sorted(ids)

    def stats(self, *, top: int = 10) -> IndexStats:
        """Counts, date span and the most frequent entities, remembered until the index
        changes: they read every segment's name lists (0.3 s on Reuters), and a web page asks
        on every load."""
        _check_up_to("top", top)
        searcher = self._fresh()
        reader = searcher.reader()
        if self._stats is None or self._stats[0] is not reader:
            self._stats = (reader, {})
        known = self._stats[1]
        if top not in known:
            known[top] = self._count_stats(searcher, reader, top)
        return known[top]

    def _as_filtered(
        self,
        searcher: Any,
        field: str,
        rows: Sequence[tuple[str, int]],
        within: set[int] | None,
        top: int,
    ) -> tuple[tuple[str, int], ...]:
        """Each name of ``rows`` (name, passages writing it) with the passages (of ``within``;
        None: all) that a filter on it finds, most first (:func:`facet_rows`): what a click on
        the name opens. A name filter matches other spellings too ("Reagan" finds "Ronald
        Reagan"), so counting the stored labels would promise one number and open another. Its
        own NameQueries keeps these names' notes out of the search's."""
        names = self._names(searcher)
        rows = names.as_full_names(
            field, rows, lambda keys: [self._name(searcher, field, key) for key in keys]
        )
        opened = self._opened(searcher, field, [name for name, _ in rows])
        counted = [
            (name, written, len(found) if within is None else len(found & within))
            for (name, written), found in zip(rows, opened, strict=True)
        ]
        spelled = spelled_out_groups(field, [name for name, _ in rows], opened, names.bracketed)
        return facet_rows(field, counted, top, self._aliases, spelled)

    def _opened(self, searcher: Any, field: str, names: Sequence[str]) -> list[frozenset[int]]:
        """The passages a filter on each of ``names`` finds in the whole index, remembered
        until the index changes: they depend on no query, and a facets call counts about sixty
        names per kind, the same ones from one query to the next (a filter's passages were
        walked again for each, most of a warm call's time). At most :data:`_CLICKS_KEPT`
        names are kept, the oldest dropped first."""
        reader = searcher.reader()
        if self._clicks is None or self._clicks[0] is not reader:
            self._clicks = (reader, {})
        known = self._clicks[1]
        click = self._names(searcher)
        out = []
        for name in names:
            found = known.get((field, name))
            if found is None:
                found = frozenset(searcher.docs_for_query(click(field, name)))
                while len(known) >= _CLICKS_KEPT:
                    del known[next(iter(known))]
                known[(field, name)] = found
            out.append(found)
        return out

    def _count_stats(self, searcher: Any, reader: Any, top: int) -> IndexStats:
        first_date, last_date = self._date_span(searcher)
        return IndexStats(
            path=str(self.path),
            articles=len(self._live_article_ids(searcher)),
            passages=searcher.doc_count(),
            first_date=first_date,
            last_date=last_date,
            top_persons=self._top(searcher, reader, PERSONS, top),
            top_orgs=self._top(searcher, reader, ORGS, top),
            top_places=self._top(searcher, reader, PLACES, top),
            segments=segment_count(reader),
            top_labels=tuple(
                (field[len(LABEL_PREFIX) :], self._top_values(searcher, reader, field, top))
                for field in self._label_fields(searcher)
            ),
        )

    def _held_days(self, searcher: Any, field: str) -> list[str]:
        """The days (``YYYYMMDD``, in order) the live passages hold in ``field`` (article dates,
        mentioned days), once per index state: every search finding nothing under a window of
        days asks for them for its note. Read from the field's live terms (a few hundred article
        dates), not by sorting every passage (two sorts: 0.15 s on Reuters, ten times that at
        ten times Reuters)."""
        held = self._columns(searcher).held_days
        if field not in held:
            terms = _live_term_counts(searcher.reader(), field)
            held[field] = sorted(t.decode("ascii") for t in terms if day_from_key(t) is not None)
        return held[field]

    def _date_span(self, searcher: Any) -> tuple[dt.date | None, dt.date | None]:
        """The first and the last article date of the live passages."""
        return _span(self._held_days(searcher, DATE))

    def _why_none(self, searcher: Any, plan: Plan, filters: Filters, found: int) -> tuple[str, ...]:
        """Why nothing was found, where a filter says: a window of article dates outside the
        archive, of mentioned days no passage mentions, a label or source value no passage
        holds."""
        if found:
            return ()
        reader = searcher.reader()
        unheld = tuple(
            note
            for name, field, value in value_filters(filters)
            if not reader.doc_frequency(field, value)
            for note in unheld_value(name, value, self._values(reader, field))
        )
        windows = [plan.days.outside(*self._date_span(searcher))] if plan.days else []
        for field, window in asked_days(plan.scored, plan.required):
            if field == DATE:
                windows.append(window.outside(*self._date_span(searcher)))
            else:
                days = self._held_days(searcher, field)
                at = bisect_left(days, window.first or "")
                held = (at < len(days) and days[at] in window) or _spans_within(
                    searcher, window.query(field)
                )
                windows.append(window.unmentioned(*_span(days), held=held))
        return tuple(dict.fromkeys((*(n for w in windows for n in w), *unheld)))

    @staticmethod
    def _values(reader: Any, field: str) -> dict[str, int]:
        return {t.decode("utf-8"): n for t, n in _live_term_counts(reader, field).items()}

    def _name(self, searcher: Any, field: str, key: str) -> str:
        """:func:`display_name`, remembered until the index changes (it reads documents)."""
        columns = self._columns(searcher)
        if (field, key) not in columns.names:
            columns.names[(field, key)] = display_name(searcher, columns.records, field, key)
        return columns.names[(field, key)]

    def _top(self, searcher: Any, reader: Any, field: str, n: int) -> tuple[tuple[str, int], ...]:
        """The names whose filters find most (:meth:`_as_filtered`) among the most written
        (:func:`~.persons.candidate_count`), with the casing the index stored for them."""
        counts = _live_term_counts(reader, field)
        top = nlargest(candidate_count(n), ((f, term) for term, f in counts.items()))
        rows = [(self._name(searcher, field, t.decode("utf-8")), int(f)) for f, t in top]
        return self._as_filtered(searcher, field, rows, None, n)

    def _top_values(
        self, searcher: Any, reader: Any, field: str, n: int
    ) -> tuple[tuple[str, int], ...]:
        """A label's commonest values with their passages, ordered as facets order them (a
        label filter finds exactly the passages holding the value)."""
        counts = _live_term_counts(reader, field)
        top = sorted(counts.items(), key=lambda tf: (-tf[1], tf[0]))[:n]
        return tuple((self._name(searcher, field, t.decode("utf-8")), f) for t, f in top)


def _spans_within(searcher: Any, days: Any) -> bool:
    """Whether a live passage mentions a span within the mentioned ``days`` asked (a range
    query), one longer than a month too ("in 2019" for ``--mentions 2019``), which the
    mentioned days leave out."""
    within = mentions_within(searcher.reader(), days)
    reader = searcher.reader()
    return within is not None and any(not reader.is_deleted(d) for d in within.held_by(searcher))


def _span(days: Sequence[str]) -> tuple[dt.date | None, dt.date | None]:
    """The first and the last of ``days`` (``YYYYMMDD``, in order)."""
    return (day_from_key(days[0]), day_from_key(days[-1])) if days else (None, None)


def _live_term_counts(reader: Any, field: str) -> dict[bytes, int]:
    """The passages holding each term of ``field`` (those it has), deleted passages left out."""
    if field not in reader.indexed_field_names():
        return {}
    # A segment's term statistics still count the documents deleted from it (articles
    # indexed again) until a merge: their names are read from their records and taken off.
    counts = segment_term_counts(reader, field)
    analyze = reader.schema[field].process_text
    for leaf, _ in reader.leaf_readers():
        if leaf.has_deletions():
            records = Records(leaf)
            for docnum in range(leaf.doc_count_all()):
                if leaf.is_deleted(docnum):
                    value = stored_value(records[docnum], field)
                    text = value if isinstance(value, str) else join_values(value)
                    counts.subtract(t.encode("utf-8") for t in set(analyze(text)))
    return {term: int(n) for term, n in counts.items() if n > 0}


def display_name(searcher: Any, records: Records, field: str, key: str) -> str:
    """:func:`usual_spelling` of ``key`` among the first documents holding it."""
    return usual_spelling(
        islice(records.matching(searcher, field, key), DISPLAY_SAMPLE + 1), field, key
    )


def open_index(
    path: Path | str | None = None,
    *,
    aliases: Path | str | None = None,
    in_memory: bool = False,
) -> NewsIndex:
    """Open the index at ``path`` (default: ``$NEWSINDEX_INDEX`` or the per-user data folder).

    ``aliases`` is an alias file (TOML or CSV) applied to name filters at query time; by default
    ``aliases.toml`` in the index folder is used when present. Its groups go before the standard
    ones (:mod:`newsindex.search.aliases`: "U.S." is the "United States").
    The index files are mapped, not read in: opening is quick, and the pages a search reads stay
    in the operating system's cache, shared by every handle and process on the machine (the
    handle's own memory stays near 130 MB at 900,000 passages). ``in_memory=True`` copies each
    part of the index into the process as it is first used (about the index's size; no faster).
    """
    index_dir = resolve_index_dir(path)
    ix = open_existing(index_dir, in_memory=in_memory)
    table = _load_aliases(
        Path(aliases) if aliases is not None else index_dir / "aliases.toml",
        required=aliases is not None,
    )
    return NewsIndex(index_dir, ix, aliases=table)


def _load_aliases(path: Path, *, required: bool) -> Any:
    from .aliases import AliasTable, with_standard

    return with_standard(AliasTable.load(path) if required or path.exists() else None)
