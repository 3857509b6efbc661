"""Searching a cluster: :class:`ClusterIndex` has :class:`~newsindex.NewsIndex`'s methods and
returns the same result values.

A query is parsed by the embedded engine's :class:`~newsindex.search.query.QueryBuilder`, and
person names are resolved by its :class:`~newsindex.search.persons.NameQueries` against the
names the cluster holds (a terms aggregation), so both engines read a query alike; the parsed
tree is compiled to the DSL (:mod:`.compiler`). Ranking is the cluster's BM25 with newsindex's
parameters (:data:`.mapping.RANKING`), wire copies fold through ``collapse`` on the first copy
key, facets and histograms are aggregations, and snippets are made by the embedded engine's
highlighter from the terms the query matched. Similar passages and did-you-mean choose as the
embedded engine does, from the cluster's term vectors and term suggester (:mod:`.termstats`,
:mod:`.spelling`).
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Final, NamedTuple

from whoosh import query as wq

from ..articles import Passage
from ..errors import ClusterVersionError, IndexClosedError, InvalidArgumentError, NotFoundError
from ..index.copykeys import DUPLICATE_THRESHOLD, identical, jaccard, shingles
from ..index.records import article_fields, passage_from_record, stored_value, usual_spelling
from ..index.schema import (
    ARTICLE_ID,
    DATE,
    DUPBANDS,
    DUPKEYS,
    LABEL_PREFIX,
    MENTIONS,
    ORGS,
    PASSAGE_ID,
    PERSONS,
    PLACES,
    POSITION,
    RECORD,
    SCHEMA_VERSION,
    SOURCE,
    TEXT_FIELD,
    TITLE_STORED,
    build_schema,
    day_from_key,
    label_field,
)
from ..kinds import (
    DATE_FIELDS,
    ENTITY_KINDS,
    KIND_NAMES,
    period_label,
)
from ..search.aliases import AliasTable, with_standard
from ..search.persons import (
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
from ..search.query import (
    MENTION_WITHIN_SCORE,
    DayWindow,
    Filters,
    QueryBuilder,
    asked_days,
    completion,
    passage_key,
    search_filters,
    unheld_value,
    value_filters,
)
from ..search.results import (
    ArticleView,
    Facets,
    Hit,
    IndexStats,
    SearchResults,
    Timeline,
    TimelinePeriod,
)
from ..search.snippets import Phrase, highlight, lead, query_marks
from ..search.spelling import (
    RARE_UP_TO,
    SUGGEST_BELOW,
    candidate_words,
    commoner_term,
    rewritten,
    slip,
    usual_word,
    written_forms,
)
from .compiler import MATCH_ALL, Dsl, compile_query, filtered, spans_within
from .location import Location, translated
from .mapping import LABELS_OBJECT, cluster_field, mapping_version, record_of, whoosh_schema
from .spelling import HELD, held_counts, held_request, suggester
from .termstats import key_terms, nearest_term

__all__ = ["ClusterIndex", "open_cluster"]

MAX_LIMIT: Final = 10_000
"""The cluster's ``index.max_result_window``: ``from + size`` of one search."""
NAMED_FIELDS: Final = tuple(kind.name for kind in ENTITY_KINDS if kind.ner_tag)
DISPLAY_SAMPLE: Final = 20
"""Passages read to pick the usual spelling of a name (as the embedded engine does)."""
NAMES_PAGE: Final = 10_000
"""Names per request when the person names of a field are listed (composite aggregation)."""
CARDINALITY: Final = 40_000
"""Up to this many articles, ``stats`` counts them exactly (the cardinality aggregation's
highest precision threshold)."""
COPIES_SHOWN: Final = 100
"""Copies listed with a folded hit."""
SIMILAR_TERMS: Final = 12
"""Key terms ``similar`` searches for (the embedded engine's ``numterms``)."""
COPIES_WINDOW: Final = 2
"""``similar`` ranks this many times the passages asked for, as the copies it leaves out may
be among them (the embedded engine's window)."""
_MARK: Final = re.compile(r"\x02([^\x03]*)\x03")


MAX_VALUES: Final = 10_000
"""A label's or source's values read for a note on one no passage holds (Reuters has 135
topics)."""
_DATE_SPAN: Final = {"first": "min", "last": "max"}
"""The aggregations of the archive's first and last article date."""


class _Plan(NamedTuple):
    """One way to run a query: what is scored, what filters, how the words combined."""

    scored: Any | None
    filters: list[Dsl]
    match: str = "all"
    relaxed: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    days: DayWindow | None = None
    asked: tuple[tuple[str, DayWindow], ...] = ()
    """The windows of days the query asks passages to have (:func:`asked_days`)."""


def _within(asked: Sequence[tuple[str, DayWindow]]) -> Dsl | None:
    """The clause that adds :data:`~newsindex.search.query.MENTION_WITHIN_SCORE` to a
    passage with a mention within a window of mentioned days asked; None if none is asked."""
    spans = [
        spans_within({k: v for k, v in (("gte", w.first), ("lte", w.last)) if v})
        for field, w in asked
        if field == MENTIONS and (w.first or w.last)
    ]
    if not spans:
        return None
    held = {"bool": {"should": spans, "minimum_should_match": 1}}
    return {"constant_score": {"filter": held, "boost": MENTION_WITHIN_SCORE}}


@lru_cache(maxsize=1)
def _builder() -> QueryBuilder:
    return QueryBuilder(build_schema())


def _check_paging(limit: int, offset: int) -> None:
    if not isinstance(limit, int) or not 0 < limit <= MAX_LIMIT:
        raise InvalidArgumentError("limit", limit, f"expected a whole number from 1 to {MAX_LIMIT}")
    if not isinstance(offset, int) or not 0 <= offset <= MAX_LIMIT - limit:
        raise InvalidArgumentError(
            "offset",
            offset,
            f"expected a whole number from 0 to {MAX_LIMIT - limit} (a cluster pages through "
            f"its first {MAX_LIMIT:,} hits)",
        )


class ClusterIndex:
    """A newsindex index on an OpenSearch cluster. Use :func:`open_cluster` (or
    ``newsindex.open_index("opensearch://HOST:9200/INDEX")``); close it when done."""

    def __init__(self, where: Location, client: Any, *, aliases: Any = None) -> None:
        self.where = where
        self.path = str(where)
        self._client = client
        self._aliases = aliases
        self._closed = False
        self._people: dict[str, PersonNames] = {}
        self._spellings: dict[tuple[str, str], str] = {}
        self._spelled: dict[tuple[str, str], Beside] = {}
        """What ``_beside`` read of each name, until the index changes."""
        self._label_names: list[str] | None = None
        self._stamp: tuple[int, int] | None = None

    def __repr__(self) -> str:
        """What a notebook shows for the handle: its index, and whether it is closed."""
        return f"{type(self).__name__}({str(self.path)!r}{', closed' if self._closed else ''})"

    def __enter__(self) -> ClusterIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the client's connections; a closed handle raises :class:`IndexClosedError`."""
        if not self._closed:
            self._closed = True
            self._client.close()

    def _call(self, method: str, **kwargs: Any) -> Any:
        """One request on the index, its failures as newsindex errors."""
        if self._closed:
            raise IndexClosedError(self.path)
        target = self._client
        for part in method.split("."):
            target = getattr(target, part)
        with translated(self.where):
            return target(index=self.where.alias, **kwargs)

    def _fresh(self) -> None:
        """Forget the names, spellings and labels read from the index when it was written
        since (a long-lived handle, as the web app's, sees new articles' names): its count of
        writes and deletes is the stamp."""
        stats = self._call("indices.stats", metric="indexing")
        done = stats["_all"]["primaries"]["indexing"]
        stamp = (int(done["index_total"]), int(done["delete_total"]))
        if stamp != self._stamp:
            self._stamp = stamp
            self._people.clear()
            self._spellings.clear()
            self._spelled.clear()
            self._label_names = None

    def _search(self, body: Dsl) -> dict[str, Any]:
        result: dict[str, Any] = self._call("search", body=body)
        return result

    def _count(self, query: Dsl) -> int:
        return int(self._call("count", body={"query": query})["count"])

    # Query planning: the embedded engine's parser and person matching, compiled.

    def _names(self) -> NameQueries:
        analyzer = build_schema()[TEXT_FIELD].analyzer

        def text_terms(word: str) -> list[Any]:
            return [wq.Term(TEXT_FIELD, token.text) for token in analyzer(word)]

        def names_from(field: str, prefix: str) -> Iterator[str]:
            return (n for n in self._person_names(field).names() if n.startswith(prefix))

        return NameQueries(
            self._person_names,
            text_terms,
            self._count_query,
            self._aliases,
            names_from=names_from,
            beside=self._beside,
        )

    def _beside(self, field: str, name: str) -> Beside:
        """The names of ``field`` (as written) in a sample of the passages holding ``name``,
        asked once until the index changes (a facets call asks of about sixty names)."""
        if (field, name) in self._spelled:
            return self._spelled[(field, name)]
        body: Dsl = {
            "size": spelled_sample(name),
            "query": {"term": {cluster_field(field): name}},
            "_source": [RECORD],
        }
        rows = self._search(body).get("hits", {}).get("hits", [])
        records = [record_of(row["_source"]) for row in rows]
        passages = ((stored_value(r, field), r[TEXT_FIELD]) for r in records)
        found = names_beside(field, name, passages)
        self._spelled[(field, name)] = found
        return found

    def _count_query(self, q: Any) -> int:
        return self._count(compile_query(q, self.where.cluster))

    def _person_names(self, field: str) -> PersonNames:
        """The names of a person field with their passage counts, listed once per handle."""
        if field not in self._people:
            counts: dict[str, int] = {}
            after: dict[str, Any] | None = None
            while True:
                composite: Dsl = {
                    "size": NAMES_PAGE,
                    "sources": [{"n": {"terms": {"field": field}}}],
                }
                if after is not None:
                    composite["after"] = after
                page = self._search({"size": 0, "aggs": {"names": {"composite": composite}}})
                found = page["aggregations"]["names"]
                counts.update((b["key"]["n"], b["doc_count"]) for b in found["buckets"])
                after = found.get("after_key")
                if after is None or len(found["buckets"]) < NAMES_PAGE:
                    break
            self._people[field] = PersonNames(counts)
        return self._people[field]

    def _labels(self) -> list[str]:
        """The extra label names the index holds."""
        if self._label_names is None:
            names: set[str] = set()
            for index in self._call("indices.get_mapping").values():
                labels = index["mappings"].get("properties", {}).get(LABELS_OBJECT, {})
                names.update(labels.get("properties", {}))
            self._label_names = sorted(names)
        return self._label_names

    def _plans(
        self, query: str, filters: Filters, as_of: Any, match: str, names: NameQueries
    ) -> list[_Plan]:
        """The plans the embedded engine tries (:meth:`QueryBuilder.plans`), their filters
        compiled for the cluster."""
        cluster = self.where.cluster
        plans = _builder().plans(
            query, filters, as_of=as_of, match=match, labels=self._labels(), names=names
        )
        return [
            _Plan(
                plan.scored,
                [
                    compile_query(q, cluster)
                    for q in (plan.required, plan.days.query() if plan.days else None)
                    if q is not None
                ],
                plan.match,
                plan.relaxed,
                plan.notes,
                plan.days,
                asked_days(plan.scored, plan.required),
            )
            for plan in plans
        ]

    def _query(self, plan: _Plan) -> Dsl:
        scored = compile_query(plan.scored, self.where.cluster) if plan.scored is not None else None
        return filtered(scored, plan.filters)

    def _matching(
        self, query: str, filters: Filters, as_of: Any, match: str, names: NameQueries
    ) -> tuple[Dsl, int, _Plan]:
        """The query of the first plan that matches something, its count, and the plan."""
        for plan in self._plans(query, filters, as_of, match, names):
            dsl = self._query(plan)
            total = self._count(dsl)
            if total:
                break
        return dsl, total, plan

    # Searching.

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
        count_up_to: int | None = 10_000,
    ) -> SearchResults:
        """As :meth:`NewsIndex.search <newsindex.NewsIndex.search>`. Copies fold on their first
        copy key (``collapse``) without the embedded engine's similarity check."""
        given = locals()
        started = time.perf_counter()
        _check_paging(limit, offset)
        filters = search_filters(given, sort=sort, count_up_to=count_up_to)
        self._fresh()
        names = self._names()
        plans = self._plans(query, filters, as_of, match, names)
        words = candidate_words(query, whoosh_schema()[TEXT_FIELD].analyzer)
        held: dict[str, int] | None = None if words else {}
        for plan in plans:
            body = self._body(plan, limit, offset, sort, collapse, count_up_to)
            if held is None:  # did-you-mean's counts ride on the first request
                body["aggs"] = {HELD: held_request(words)}
            found = self._search(body)
            if held is None:
                held = held_counts(found, words)
            if found["hits"]["total"]["value"]:
                break
        rows = found["hits"]["hits"]
        partial: list[dict[str, Any]] = []
        more: dict[str, Any] = {"value": 0}

        def ahead() -> int:  # the first plan's hits when the page starts past them all
            shown = self._body(plan, offset, 0, sort, collapse, count_up_to)
            return len(self._search(shown)["hits"]["hits"])

        follow = completion(
            plans,
            plan,
            len(rows),
            offset=offset,
            limit=limit,
            sort=sort,
            before=ahead,
        )
        if follow is not None:
            loose_plan, start, wanted = follow
            body = self._body(
                loose_plan, wanted, start, sort, collapse, count_up_to, exclude=plan.scored
            )
            loose = self._search(body)["hits"]
            partial, more = loose["hits"], loose["total"]
        terms, phrases = (
            self._highlight_terms(plan.scored, rows + partial)
            if snippets
            else (frozenset(), frozenset())
        )

        def hit(row: dict[str, Any]) -> Hit:
            return self._hit(
                record_of(row["_source"]),
                float(row.get("_score") or 0.0),
                terms=terms,
                phrases=phrases,
                context=context,
                duplicates=self._copies(row) if collapse else (),
            )

        total = found["hits"]["total"]
        count = int(total["value"])
        return SearchResults(
            query=query,
            total=count,
            total_is_lower_bound=total.get("relation") == "gte",
            hits=tuple(map(hit, rows)),
            seconds=time.perf_counter() - started,
            offset=offset,
            partial=tuple(map(hit, partial)),
            partial_total=int(more["value"]),
            partial_is_lower_bound=more.get("relation") == "gte",
            match=plan.match,
            relaxed=plan.relaxed if count else (),
            notes=(*names.notes, *plan.notes, *self._why_none(plan, filters, count)),
            suggestions=self._suggest(query, words, held or {}, plans[0].scored, count),
        )

    def _body(
        self,
        plan: _Plan,
        limit: int,
        offset: int,
        sort: str,
        collapse: bool,
        count_up_to: int | None,
        *,
        exclude: Any | None = None,
    ) -> Dsl:
        """The request of one page of ``plan``, without the passages ``exclude`` matches; by
        relevance, those with a mention within the days asked of ``mentions`` first, as on the
        embedded engine (:func:`~newsindex.search.query.mentions_within`)."""
        query = self._query(plan)
        if exclude is not None:
            query = {
                "bool": {"must": [query], "must_not": [compile_query(exclude, self.where.cluster)]}
            }
        within = _within(plan.asked) if sort == "relevance" else None
        if within is not None:
            query = {"bool": {"must": [query], "should": [within]}}
        body: Dsl = {
            "query": query,
            "from": offset,
            "size": limit,
            "track_total_hits": True if count_up_to is None else count_up_to,
            "_source": [RECORD],
        }
        if sort == "date":
            body["sort"] = [{DATE: {"order": "asc", "missing": "_last"}}, {PASSAGE_ID: "asc"}]
        elif sort == "-date" or plan.scored is None:  # filters alone: newest first
            body["sort"] = [{DATE: {"order": "desc", "missing": "_last"}}, {PASSAGE_ID: "asc"}]
            if within is not None:  # ... those naming the asked days before the rest
                body["sort"].insert(0, "_score")
        else:
            body["sort"] = ["_score", {PASSAGE_ID: "asc"}]
            body["track_scores"] = True
        if collapse:
            body["collapse"] = {
                "field": DUPKEYS,
                "inner_hits": {
                    "name": "copies",
                    "size": COPIES_SHOWN,
                    "_source": [f"{RECORD}.{PASSAGE_ID}", f"{RECORD}.{DATE}"],
                },
            }
        expanding = _expanding(plan.scored)
        if expanding:
            # The words a wildcard or fuzzy term matched, marked by the cluster in its terms
            # (those terms alone: a phrase's words are marked only where they form it).
            body["highlight"] = {
                "pre_tags": ["\x02"],
                "post_tags": ["\x03"],
                "fields": {TEXT_FIELD: {"number_of_fragments": 0}},
                "highlight_query": compile_query(wq.Or(expanding), self.where.cluster),
            }
        return body

    @staticmethod
    def _highlight_terms(
        scored: Any, rows: list[dict[str, Any]]
    ) -> tuple[frozenset[str], frozenset[Phrase]]:
        """:func:`~newsindex.search.snippets.query_marks`, wildcards and fuzzy terms as the
        words the cluster marked for them in the hits."""
        marked = {
            word
            for row in rows
            for fragment in (row.get("highlight") or {}).get(TEXT_FIELD, ())
            for word in _MARK.findall(fragment)
        }
        return query_marks(scored, lambda _: marked)

    @staticmethod
    def _copies(row: dict[str, Any]) -> tuple[tuple[str, dt.date | None], ...]:
        inner = row.get("inner_hits", {}).get("copies", {}).get("hits", {}).get("hits", [])
        copies = []
        for copy in inner:
            record = copy.get("_source", {}).get(RECORD, {})
            if copy["_id"] != row["_id"]:
                copies.append((str(copy["_id"]), day_from_key(record.get(DATE))))
        return tuple(sorted(copies))

    def _hit(
        self,
        record: dict[str, Any],
        score: float,
        *,
        terms: frozenset[str],
        phrases: frozenset[Phrase] = frozenset(),
        context: int = 0,
        duplicates: tuple[tuple[str, dt.date | None], ...] = (),
    ) -> Hit:
        passage = passage_from_record(record)
        snippet = highlight(passage.text, terms, phrases=phrases) if terms or phrases else ""
        return Hit(
            passage=passage,
            score=score,
            snippet=snippet or lead(passage.text),
            title=record.get(TITLE_STORED, ""),
            date=day_from_key(record.get(DATE)),
            source=record.get(SOURCE, ""),
            context=self._neighbours(passage, context) if context > 0 else (),
            duplicates=duplicates,
        )

    def _neighbours(self, passage: Passage, n: int) -> tuple[Passage, ...]:
        rows = self._article_records(passage.article_id)
        return tuple(
            passage_from_record(r)
            for r in rows
            if 0 < abs(int(r[POSITION]) - passage.position) <= n
        )

    # Counting: facets, timelines, stats.

    def _named(self, field: str, buckets: list[Dsl]) -> tuple[tuple[str, int], ...]:
        """A terms aggregation's buckets as (name as usually written, passages)."""
        shown = self._display(field, [b["key"] for b in buckets])
        return tuple((name, int(b["doc_count"])) for name, b in zip(shown, buckets, strict=True))

    def _display(self, field: str, keys: list[str]) -> list[str]:
        """How the index usually writes each folded ``key`` of ``field``: the commonest stored
        spelling among its first passages (as the embedded engine shows it)."""
        wanted = [k for k in keys if (field, k) not in self._spellings]
        if wanted:
            lines: list[Dsl] = []
            for key in wanted:
                lines.append({})  # the header: the handle's index
                lines.append(
                    {
                        "size": DISPLAY_SAMPLE + 1,
                        "query": {"term": {cluster_field(field): key}},
                        "_source": [RECORD],
                    }
                )
            answers = self._call("msearch", body=lines)["responses"]
            for key, answer in zip(wanted, answers, strict=True):
                rows = answer.get("hits", {}).get("hits", [])
                self._spellings[(field, key)] = usual_spelling(
                    (record_of(row["_source"]) for row in rows), field, key
                )
        return [self._spellings[(field, k)] for k in keys]

    def _as_filtered(
        self, field: str, rows: Sequence[tuple[str, int]], within: Dsl | None, top: int
    ) -> tuple[tuple[str, int], ...]:
        """Each name of ``rows`` (name, passages writing it) with the passages (of ``within``;
        None: all) a filter on it finds, most first: what a click on the name opens (see
        ``NewsIndex._as_filtered``)."""
        if not rows:
            return ()
        click = self._names()
        rows = click.as_full_names(field, rows, lambda keys: self._display(field, keys))
        cluster = self.where.cluster
        buckets = {
            str(i): compile_query(click(field, name), cluster) for i, (name, _) in enumerate(rows)
        }
        found = self._search(
            {
                "size": 0,
                "query": within or MATCH_ALL,
                "aggs": {"names": {"filters": {"filters": buckets}}},
            }
        )
        counts = found["aggregations"]["names"]["buckets"]
        counted = [
            (name, written, int(counts[str(i)]["doc_count"]))
            for i, (name, written) in enumerate(rows)
        ]
        opened = [c for _, _, c in counted]
        spelled = spelled_out_groups(field, [n for n, _ in rows], opened, click.bracketed)
        return facet_rows(field, counted, top, self._aliases, spelled)

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
        """As :meth:`NewsIndex.facets <newsindex.NewsIndex.facets>`, counted by aggregations."""
        started = time.perf_counter()
        if not isinstance(top, int) or not 0 < top <= MAX_LIMIT:
            raise InvalidArgumentError("top", top, f"expected a whole number from 1 to {MAX_LIMIT}")
        period_label(dt.date(2000, 1, 1), by)
        if date_field not in DATE_FIELDS:
            raise InvalidArgumentError(
                "date_field", date_field, f"expected one of {', '.join(DATE_FIELDS)}"
            )
        filters = filters or Filters()
        self._fresh()
        names = self._names()
        dsl, total, plan = self._matching(query, filters, as_of, match, names)
        labels = [label_field(name) for name in self._labels()]
        counted = [*(k.name for k in ENTITY_KINDS), SOURCE, *labels]
        entities = {k.name for k in ENTITY_KINDS}
        aggs: Dsl = {
            f: {
                "terms": {
                    "field": cluster_field(f),
                    "size": candidate_count(top) if f in entities else top,
                }
            }
            for f in counted
        }
        aggs["histogram"] = {
            "date_histogram": {
                "field": DATE if date_field == "date" else MENTIONS,
                "calendar_interval": by,  # the PERIODS are its names
                "min_doc_count": 1,
            }
        }
        found = self._search({"size": 0, "query": dsl, "aggs": aggs})["aggregations"]

        def top_names(field: str) -> tuple[tuple[str, int], ...]:
            return self._named(field, found[field]["buckets"])

        def as_filtered(field: str) -> tuple[tuple[str, int], ...]:
            base: Dsl | None = dsl
            if getattr(filters, field) is not None:
                rest = replace(filters, **{field: None})
                if query.strip() or rest != Filters():
                    base = self._matching(query, rest, as_of, match, names)[0]
                else:
                    base = None
            return self._as_filtered(field, top_names(field), base, top)

        histogram = Counter[str]()
        for bucket in found["histogram"]["buckets"]:
            day = dt.datetime.fromtimestamp(bucket["key"] / 1000, dt.UTC).date()
            histogram[period_label(day, by)] += int(bucket["doc_count"])
        return Facets(
            query=query,
            total=total,
            **{kind.plural: as_filtered(kind.name) for kind in ENTITY_KINDS},
            sources=top_names(SOURCE),
            labels=tuple((f[len(LABEL_PREFIX) :], top_names(f)) for f in labels),
            histogram=tuple(sorted(histogram.items())),
            by=by,
            date_field=date_field,
            seconds=time.perf_counter() - started,
            match=plan.match,
            relaxed=plan.relaxed if total else (),
            notes=(*names.notes, *plan.notes, *self._why_none(plan, filters, total)),
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
        """As :meth:`NewsIndex.timeline <newsindex.NewsIndex.timeline>`: a date histogram
        with the names most named beside ``name`` in each period; a filter on ``kind`` in
        ``filters`` must hold too; without a ``kind``, the kind whose filter finds most."""
        if kind is not None and kind not in KIND_NAMES:
            raise InvalidArgumentError("kind", kind, f"expected one of {', '.join(KIND_NAMES)}")
        period_label(dt.date(2000, 1, 1), by)
        filters = filters or Filters()
        self._fresh()
        if kind is None:
            kind = self._names().likeliest_kind(name)
        names = self._names()
        named: dict[str, Any] = {kind: name}
        dsl, total, plan = self._matching(query, replace(filters, **named), as_of, match, names)
        also = getattr(filters, kind)
        if also is not None and total:  # a filter on the kind must hold too
            given = Filters(**{kind: also})
            dsl = {"bool": {"must": [dsl, self._matching("", given, as_of, match, names)[0]]}}
            total = self._count(dsl)
        own = names.matched | {
            v.lower() for v in (self._aliases.variants(name) if self._aliases else [name])
        }
        # More names than shown, so that those of the person asked about can be left out.
        size = top + len(own) + 10
        periods_agg = {
            "date_histogram": {
                "field": DATE,
                "calendar_interval": by,  # the PERIODS are its names
                "min_doc_count": 1,
            },
            "aggs": {f: {"terms": {"field": f, "size": size}} for f in NAMED_FIELDS},
        }
        found = self._search({"size": 0, "query": dsl, "aggs": {"periods": periods_agg}})
        buckets = found["aggregations"]["periods"]["buckets"]
        ranked_by_period = []
        for bucket in buckets:
            counts: Counter[tuple[str, str]] = Counter()
            for field in NAMED_FIELDS:
                for b in bucket[field]["buckets"]:
                    if (as_name := names.co_mention(field, b["key"], own)) is not None:
                        counts[(field, as_name)] += int(b["doc_count"])
            ranked_by_period.append(
                co_mention_rows(counts, self._aliases, top, names.spelled_out_keys)
            )
        for field in NAMED_FIELDS:  # every period's names in one request per field
            self._display(
                field, list({k for r in ranked_by_period for (f, k), _ in r if f == field})
            )
        periods = []
        for bucket, ranked in zip(buckets, ranked_by_period, strict=True):
            day = dt.datetime.fromtimestamp(bucket["key"] / 1000, dt.UTC).date()
            shown = tuple((self._display(f, [k])[0], n) for (f, k), n in ranked)
            periods.append(TimelinePeriod(period_label(day, by), int(bucket["doc_count"]), shown))
        notes = (*names.notes, *plan.notes, *self._why_none(plan, filters, total))
        return Timeline(name, kind, by, total, tuple(periods), notes=notes)

    def _why_none(self, plan: _Plan, filters: Filters, found: int) -> tuple[str, ...]:
        """As the embedded engine's: a window of article dates outside the archive, of
        mentioned days no passage mentions, a label or source value no passage holds. Asked of
        the cluster only under such a filter: every other search finding nothing would pay a
        request for no note."""
        held = value_filters(filters)
        if found or not (plan.days or held or plan.asked):
            return ()
        aggs: Dsl = {
            f"v{n}": {"terms": {"field": cluster_field(field), "size": MAX_VALUES}}
            for n, (_, field, _) in enumerate(held)
        }
        for field in {DATE, *(f for f, _ in plan.asked)}:
            aggs.update({f"{field}_{f}": {agg: {"field": field}} for f, agg in _DATE_SPAN.items()})
        cluster = self.where.cluster
        for n, (field, window) in enumerate(plan.asked):
            aggs[f"w{n}"] = {"filter": compile_query(window.query(field), cluster)}
        found_aggs = self._search({"size": 0, "aggs": aggs})["aggregations"]

        def span(field: str) -> tuple[dt.date | None, dt.date | None]:
            first, last = (found_aggs[f"{field}_{f}"].get("value_as_string") for f in _DATE_SPAN)
            return day_from_key(first), day_from_key(last)

        windows = [plan.days.outside(*span(DATE))] if plan.days else []
        for n, (field, window) in enumerate(plan.asked):
            if field == DATE:
                windows.append(window.outside(*span(DATE)))
            else:
                held_day = found_aggs[f"w{n}"]["doc_count"] > 0
                windows.append(window.unmentioned(*span(field), held=held_day))
        unheld = tuple(
            note
            for n, (name, _, value) in enumerate(held)
            for note in unheld_value(
                name, value, {b["key"]: int(b["doc_count"]) for b in found_aggs[f"v{n}"]["buckets"]}
            )
        )
        return tuple(dict.fromkeys((*(n for w in windows for n in w), *unheld)))

    def stats(self, *, top: int = 10) -> IndexStats:
        """Counts, date span and the most frequent names (articles are counted exactly up to
        40,000, approximately beyond: the cluster's cardinality aggregation)."""
        self._fresh()
        aggs: Dsl = {
            "articles": {"cardinality": {"field": ARTICLE_ID, "precision_threshold": CARDINALITY}},
            **{f: {agg: {"field": DATE}} for f, agg in _DATE_SPAN.items()},
            # Ties at the cut go to the later name, as the embedded engine takes them.
            **{
                f: {
                    "terms": {
                        "field": f,
                        "size": candidate_count(top),
                        "order": [{"_count": "desc"}, {"_key": "desc"}],
                    }
                }
                for f in (PERSONS, ORGS, PLACES)
            },
        }
        # A label's values in facets' order: most passages first, ties by value.
        labels = [label_field(name) for name in self._labels()]
        aggs.update({f: {"terms": {"field": cluster_field(f), "size": top}} for f in labels})
        found = self._search({"size": 0, "track_total_hits": True, "aggs": aggs})
        aggregations = found["aggregations"]

        def day(name: str) -> dt.date | None:
            value = aggregations[name].get("value_as_string")
            return day_from_key(value) if value else None

        def most(field: str) -> tuple[tuple[str, int], ...]:
            rows = self._named(field, aggregations[field]["buckets"])
            return self._as_filtered(field, rows, None, top)

        return IndexStats(
            path=self.path,
            articles=int(aggregations["articles"]["value"]),
            passages=int(found["hits"]["total"]["value"]),
            first_date=day("first"),
            last_date=day("last"),
            top_persons=most(PERSONS),
            top_orgs=most(ORGS),
            top_places=most(PLACES),
            top_labels=tuple(
                (f[len(LABEL_PREFIX) :], self._named(f, aggregations[f]["buckets"])) for f in labels
            ),
        )

    # Did-you-mean (:mod:`.spelling`).

    def _suggest(
        self, query: str, words: dict[str, str], held: dict[str, int], scored: Any, total: int
    ) -> tuple[str, ...]:
        """The query with words the index lacks replaced by the nearest index words when it
        finds (almost) nothing, and rare words of ``scored`` by far commoner close ones,
        whatever it finds, as the embedded engine offers them: ``held`` counts the passages of
        each word's stem, one request asks the term suggester for candidates (any, or those in
        more passages), and the embedded engine's rules pick among them."""
        rare = {
            text
            for field, text in (scored.iter_all_terms() if scored is not None else ())
            if field == TEXT_FIELD and 0 < held.get(text, 0) <= RARE_UP_TO
        }
        stems = sorted(s for s, n in held.items() if s in rare or (total < SUGGEST_BELOW and not n))
        if not stems:
            return ()
        typed = {stem: max((w for w, s in words.items() if s == stem), key=len) for stem in stems}
        suggest = {f"w{i}": suggester(s, typed[s], popular=s in rare) for i, s in enumerate(stems)}
        found = self._search({"size": 0, "suggest": suggest})
        offered = {
            stem: {
                o["text"]: int(o["freq"])
                for entry in found["suggest"][f"w{i}"]
                for o in entry["options"]
            }
            for i, stem in enumerate(stems)
        }
        counts = self._term_counts({t for s in stems if s not in rare for t in offered[s]})
        nearest = {
            stem: commoner_term(stem, held[stem], offered[stem], typed[stem])
            if stem in rare
            else nearest_term(
                stem, {t: counts[t] for t in offered[stem] if t in counts}, typed[stem]
            )
            for stem in stems
        }
        # the rare words' own forms only where a word is offered for them (slip reads them)
        forms = self._written_forms(
            {t for t in nearest.values() if t} | {s for s in rare if nearest[s]}
        )
        replacements = {}
        for piece, stem in words.items():
            term = nearest.get(stem)
            written = usual_word(forms[term]) if term else None
            if (
                term
                and written
                and (stem not in rare or slip(piece, stem, forms[term], forms[stem]))
            ):
                replacements[piece] = written
        return rewritten(query, replacements)

    def _term_counts(self, terms: set[str]) -> dict[str, int]:
        """Each text term's count in the index (its ``ttf``, what the embedded engine ranks
        equally near words by), read from the term vectors of a passage holding it."""
        if not terms:
            return {}
        ordered = sorted(terms)
        lines: list[Dsl] = []
        for term in ordered:
            lines += [{}, {"size": 1, "query": {"term": {TEXT_FIELD: term}}, "_source": False}]
        holders: dict[str, str] = {}
        for term, answer in zip(
            ordered, self._call("msearch", body=lines)["responses"], strict=True
        ):
            for row in answer.get("hits", {}).get("hits", []):
                holders[term] = str(row["_id"])
        docs = [
            {
                "_id": pid,
                "fields": [TEXT_FIELD],
                "term_statistics": True,
                "field_statistics": False,
                "positions": False,
                "offsets": False,
                "payloads": False,
            }
            for pid in sorted(set(holders.values()))
        ]
        vectors: dict[str, Any] = {}
        for doc in self._call("mtermvectors", body={"docs": docs})["docs"]:
            vectors.update(doc.get("term_vectors", {}).get(TEXT_FIELD, {}).get("terms", {}))
        return {term: int(vectors[term]["ttf"]) for term in holders if term in vectors}

    def _written_forms(self, stems: set[str]) -> dict[str, Counter[str]]:
        """How the text writes each stem (:func:`written_forms`), in the first passages holding
        it."""
        if not stems:
            return {}
        ordered = sorted(stems)
        lines: list[Dsl] = []
        for stem in ordered:
            lines.append({})
            lines.append(
                {
                    "size": DISPLAY_SAMPLE,
                    "query": {"term": {TEXT_FIELD: stem}},
                    "sort": ["_doc"],
                    "_source": [f"{RECORD}.{TEXT_FIELD}"],
                }
            )
        analyzer = whoosh_schema()[TEXT_FIELD].analyzer
        written: dict[str, Counter[str]] = {}
        for stem, answer in zip(
            ordered, self._call("msearch", body=lines)["responses"], strict=True
        ):
            rows = answer.get("hits", {}).get("hits", [])
            texts = (record_of(row["_source"]).get(TEXT_FIELD) or "" for row in rows)
            written[stem] = written_forms(texts, analyzer, stem)
        return written

    # Reading passages and articles back.

    def similar(self, passage_id: str, *, limit: int = 10) -> SearchResults:
        """Passages most like ``passage_id``, as the embedded engine finds them: its key terms
        (Whoosh's Bo1 model over the cluster's term statistics), any of them ranked, leaving out
        the passage itself and its near-identical copies."""
        started = time.perf_counter()
        _check_paging(limit, 0)
        own = self._record(passage_id)
        vectors = self._call(
            "termvectors",
            id=passage_id,
            fields=[TEXT_FIELD],
            term_statistics=True,
            field_statistics=True,
            positions=False,
            offsets=False,
            payloads=False,
        )
        terms = key_terms(vectors, SIMILAR_TERMS)
        like = wq.Or([wq.Term(TEXT_FIELD, term, boost=weight) for term, weight in terms])
        body = {
            "query": {
                "bool": {
                    "must": [compile_query(like.normalize(), self.where.cluster)],
                    "must_not": [{"ids": {"values": [passage_id]}}],
                }
            },
            "size": limit * COPIES_WINDOW,
            "sort": ["_score", {PASSAGE_ID: "asc"}],
            "track_scores": True,
            "_source": [RECORD],
        }
        found = self._search(body)
        rows = [
            (record_of(r["_source"]), float(r.get("_score") or 0.0)) for r in found["hits"]["hits"]
        ]
        distinct = [(r, s) for r, s in rows if not _copies(own, r)]
        return SearchResults(
            query=f"similar:{passage_id}",
            total=len(distinct),
            total_is_lower_bound=len(distinct) >= limit,  # as the embedded engine's
            hits=tuple(self._hit(r, s, terms=frozenset()) for r, s in distinct[:limit]),
            seconds=time.perf_counter() - started,
        )

    def _record(self, pid: str) -> dict[str, Any]:
        """A passage's record."""
        passage_key(pid)
        found = self._call(
            "search", body={"query": {"ids": {"values": [pid]}}, "_source": [RECORD]}
        )
        rows = found["hits"]["hits"]
        if not rows:
            raise NotFoundError("passage", pid, self.path)
        return record_of(rows[0]["_source"])

    def passage(self, pid: str) -> Passage:
        """One passage by id (``ARTICLE_ID#POSITION``)."""
        return passage_from_record(self._record(pid))

    def _article_records(self, article_id: str) -> list[dict[str, Any]]:
        body = {
            "size": MAX_LIMIT,
            "query": {"term": {ARTICLE_ID: article_id}},
            "_source": [RECORD],
        }
        rows = [record_of(r["_source"]) for r in self._search(body)["hits"]["hits"]]
        rows.sort(key=lambda r: int(r[POSITION]))
        return rows

    def article(self, article_id: str) -> ArticleView:
        """An article with all its passages, as indexed."""
        rows = self._article_records(article_id)
        if not rows:
            raise NotFoundError("article", article_id, self.path)
        return ArticleView(id=article_id, **article_fields(rows))

    def iter_articles(self) -> Iterator[ArticleView]:
        """Every indexed article, ordered by id (for export)."""
        after: dict[str, Any] | None = None
        while True:
            composite: Dsl = {"size": 500, "sources": [{"a": {"terms": {"field": ARTICLE_ID}}}]}
            if after is not None:
                composite["after"] = after
            page = self._search({"size": 0, "aggs": {"ids": {"composite": composite}}})
            found = page["aggregations"]["ids"]
            for bucket in found["buckets"]:
                article_id = bucket["key"]["a"]
                yield ArticleView(
                    id=article_id, **article_fields(self._article_records(article_id))
                )
            after = found.get("after_key")
            if after is None or not found["buckets"]:
                return


def _copies(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two records are copies of one passage (the embedded engine's test: the same
    text, or shingles alike from the threshold up)."""
    if a.get(PASSAGE_ID) == b.get(PASSAGE_ID):
        return True
    text_a, text_b = a.get(TEXT_FIELD) or "", b.get(TEXT_FIELD) or ""
    if identical(text_a, text_b):
        return True
    if not set(a.get(DUPBANDS, ())) & set(b.get(DUPBANDS, ())):
        return False
    return jaccard(shingles(text_a), shingles(text_b)) >= DUPLICATE_THRESHOLD


def _expanding(q: Any) -> list[Any]:
    """The terms of ``q`` that stand for several words (wildcards, fuzzy terms)."""
    return [leaf for leaf in q.leaves() if isinstance(leaf, wq.MultiTerm)] if q is not None else []


def open_cluster(url: str, *, aliases: Any = None) -> ClusterIndex:
    """Open the newsindex index that ``url`` (``opensearch://HOST:PORT/INDEX``) names, checking
    that the cluster answers and the index has this version's mapping."""
    where = Location.parse(url)
    client = where.client()
    with translated(where):
        mappings = client.indices.get_mapping(index=where.alias)
    for index, body in mappings.items():
        found = mapping_version(body["mappings"])
        if found != SCHEMA_VERSION:
            client.close()
            raise ClusterVersionError(where.cluster, index, found, SCHEMA_VERSION)
    table = with_standard(AliasTable.load(Path(aliases)) if aliases is not None else None)
    return ClusterIndex(where, client, aliases=table)
