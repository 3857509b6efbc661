"""Searching an index: open it, run ranked queries with filters, read passages and articles back.

:class:`NewsIndex` is the handle (a context manager). It keeps one Whoosh searcher and refreshes
it before each query, so a long-lived handle (a web app, a notebook) sees new commits, and it
retries when a concurrent commit removes files under it. Nothing Whoosh leaves this module.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from whoosh import query as wq
from whoosh.scoring import BM25F

from .articles import DateSpan, Passage, split_passage_id
from .errors import InvalidFilterError, NewsindexError
from .query import Filters, QueryBuilder
from .results import ArticleView, Hit, IndexStats, SearchResults
from .schema import (
    ARTICLE_ID,
    DATE,
    HEADING,
    MENTIONS_STORED,
    META,
    ORGS,
    PASSAGE_ID,
    PERSONS,
    PLACES,
    POSITION,
    SOURCE,
    SPEAKERS,
    TEXT_FIELD,
    TITLE,
)
from .snippets import fragmenter, lead, mark_formatter
from .storage import open_existing, resolve_index_dir, retry_on_vanished_files

__all__ = ["SORTS", "NewsIndex", "open_index"]

SORTS = ("relevance", "date", "-date")
MAX_LIMIT = 10_000
FILTER_SCORE = 1e-9


def _names(value: str | None) -> tuple[str, ...]:
    return tuple(v for v in (value or "").split(",") if v)


def _date(value: Any) -> dt.date | None:
    return value.date() if isinstance(value, dt.datetime) else None


def passage_from_fields(fields: dict[str, Any]) -> Passage:
    """Rebuild a :class:`Passage` from the stored fields of its document."""
    return Passage(
        article_id=fields[ARTICLE_ID],
        position=int(fields[POSITION]),
        text=fields.get(TEXT_FIELD, ""),
        heading=fields.get(HEADING) or None,
        persons=_names(fields.get(PERSONS)),
        orgs=_names(fields.get(ORGS)),
        places=_names(fields.get(PLACES)),
        speakers=_names(fields.get(SPEAKERS)),
        mentions=tuple(
            DateSpan(dt.date.fromisoformat(a), dt.date.fromisoformat(b), text)
            for a, b, text in fields.get(MENTIONS_STORED) or ()
        ),
    )


def _check_paging(limit: int, offset: int) -> None:
    if not isinstance(limit, int) or not 0 < limit <= MAX_LIMIT:
        raise InvalidFilterError("limit", limit, f"expected a whole number from 1 to {MAX_LIMIT}")
    if not isinstance(offset, int) or offset < 0:
        raise InvalidFilterError("offset", offset, "expected a whole number ≥ 0")


class NewsIndex:
    """An open index. Use :func:`open_index`; close it (or use ``with``) when done."""

    def __init__(self, path: Path, ix: Any, *, aliases: Any = None) -> None:
        self.path = path
        self._ix = ix
        self._aliases = aliases
        self._builder = QueryBuilder(ix.schema)
        self._searcher: Any = retry_on_vanished_files(lambda: ix.searcher(weighting=BM25F()))

    def __enter__(self) -> NewsIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._searcher.close()
        self._ix.close()

    def _fresh(self) -> Any:
        self._searcher = retry_on_vanished_files(self._searcher.refresh)
        return self._searcher

    def search(
        self,
        query: str = "",
        *,
        person: str | None = None,
        org: str | None = None,
        place: str | None = None,
        speaker: str | None = None,
        source: str | None = None,
        since: dt.date | str | None = None,
        until: dt.date | str | None = None,
        mentions: dt.date | str | None = None,
        limit: int = 10,
        offset: int = 0,
        sort: str = "relevance",
        context: int = 0,
        snippets: bool = True,
        as_of: dt.date | None = None,
    ) -> SearchResults:
        """Rank passages for ``query`` (Whoosh syntax; may be empty when filters are given).

        All terms must match; when none does, any term may (``results.fallback`` says so).
        ``since``/``until`` filter the article date, ``mentions`` the dates a passage mentions;
        date values are dates, ISO strings or relative phrases resolved against ``as_of``.
        """
        started = time.perf_counter()
        if not isinstance(query, str):
            raise InvalidFilterError("query", query, "expected text")
        _check_paging(limit, offset)
        if sort not in SORTS:
            raise InvalidFilterError("sort", sort, f"expected one of {', '.join(SORTS)}")
        as_of = as_of or dt.date.today()
        scored, inline = self._builder.parse(query, as_of=as_of)
        filters = Filters(
            person=person,
            org=org,
            place=place,
            speaker=speaker,
            source=source,
            since=since if since is not None else inline.since,
            until=until if until is not None else inline.until,
            mentions=mentions,
        )
        required = self._builder.filters(filters, as_of=as_of, aliases=self._aliases)
        if scored is None and required is None:
            raise InvalidFilterError("query", query, "give a query or at least one filter")
        searcher = self._fresh()
        results, fallback = self._run(searcher, scored, required, limit + offset, sort)
        if not fallback and scored is not None and results.is_empty():
            loose, _ = self._builder.parse(query, as_of=as_of, conjunctive=False)
            if loose is not None and len(list(loose.leaves())) > 1:
                results, fallback = self._run(searcher, loose, required, limit + offset, sort)
                fallback = not results.is_empty()
        if snippets:
            results.fragmenter = fragmenter()
            results.formatter = mark_formatter()
        hits = tuple(
            self._hit(searcher, hit, snippets=snippets and scored is not None, context=context)
            for hit in results[offset : offset + limit]
        )
        return SearchResults(
            query=query,
            total=len(results),
            hits=hits,
            seconds=time.perf_counter() - started,
            offset=offset,
            fallback=fallback,
        )

    @staticmethod
    def _run(searcher: Any, scored: Any, required: Any, top: int, sort: str) -> tuple[Any, bool]:
        # Filters must not move scores. Whoosh 2.7.4's Require returns wrong documents, and a
        # zero ConstantScoreQuery score is read as "unset" (1.0), hence the near-zero constant.
        if scored is None:
            q = wq.ConstantScoreQuery(required)
        elif required is None:
            q = scored
        else:
            q = wq.And([scored, wq.ConstantScoreQuery(required, FILTER_SCORE)])
        if sort == "relevance" and scored is not None:
            return searcher.search(q, limit=top), False
        return searcher.search(q, limit=top, sortedby=DATE, reverse=sort != "date"), False

    def _hit(self, searcher: Any, hit: Any, *, snippets: bool, context: int) -> Hit:
        fields = hit.fields()
        passage = passage_from_fields(fields)
        snippet = ""
        if snippets:
            snippet = hit.highlights(TEXT_FIELD, top=2) or ""
        return Hit(
            passage=passage,
            score=float(hit.score or 0.0),
            snippet=snippet or lead(passage.text),
            title=fields.get(TITLE, ""),
            date=_date(fields.get(DATE)),
            source=fields.get(SOURCE, ""),
            context=self._neighbours(searcher, passage, context) if context > 0 else (),
        )

    @staticmethod
    def _article_fields(searcher: Any, article_id: str) -> list[dict[str, Any]]:
        rows = list(searcher.documents(**{ARTICLE_ID: article_id}))
        rows.sort(key=lambda f: int(f[POSITION]))
        return rows

    def _neighbours(self, searcher: Any, passage: Passage, n: int) -> tuple[Passage, ...]:
        rows = self._article_fields(searcher, passage.article_id)
        near = [
            passage_from_fields(f)
            for f in rows
            if 0 < abs(int(f[POSITION]) - passage.position) <= n
        ]
        return tuple(near)

    def passage(self, pid: str) -> Passage:
        """One passage by id (``ARTICLE_ID#POSITION``)."""
        try:
            split_passage_id(pid)
        except ValueError as exc:
            raise InvalidFilterError("passage", pid, str(exc)) from None
        fields = self._fresh().document(**{PASSAGE_ID: pid})
        if fields is None:
            raise NewsindexError(f"no passage {pid!r} in {self.path}")
        return passage_from_fields(fields)

    def article(self, article_id: str) -> ArticleView:
        """An article with all its passages, as indexed."""
        rows = self._article_fields(self._fresh(), article_id)
        if not rows:
            raise NewsindexError(
                f"no article {article_id!r} in {self.path}; `newsindex search` shows article ids"
            )
        return _article_view(article_id, rows)

    def iter_articles(self) -> Iterator[ArticleView]:
        """Every indexed article, ordered by id (for export and browsing)."""
        searcher = self._fresh()
        for term in searcher.reader().lexicon(ARTICLE_ID):
            article_id = term.decode("utf-8") if isinstance(term, bytes) else str(term)
            rows = self._article_fields(searcher, article_id)
            if rows:  # terms of deleted documents linger until segments merge
                yield _article_view(article_id, rows)

    def stats(self, *, top: int = 10) -> IndexStats:
        """Counts, date span and the most frequent entities."""
        searcher = self._fresh()
        reader = searcher.reader()
        first_pos = searcher.docs_for_query(wq.NumericRange(POSITION, 0, 0))
        dated = searcher.search(wq.Every(DATE), limit=1, sortedby=DATE)
        latest = searcher.search(wq.Every(DATE), limit=1, sortedby=DATE, reverse=True)
        return IndexStats(
            path=str(self.path),
            articles=sum(1 for _ in first_pos),
            passages=searcher.doc_count(),
            first_date=_date(dated[0].get(DATE)) if dated else None,
            last_date=_date(latest[0].get(DATE)) if latest else None,
            top_persons=self._top(searcher, reader, PERSONS, top),
            top_orgs=self._top(searcher, reader, ORGS, top),
            top_places=self._top(searcher, reader, PLACES, top),
        )

    @staticmethod
    def _top(searcher: Any, reader: Any, field: str, n: int) -> tuple[tuple[str, int], ...]:
        """Most frequent names, with the casing the index stored for them."""
        if field not in reader.indexed_field_names():
            return ()
        out = []
        for freq, term in reader.most_frequent_terms(field, number=n):
            key = term.decode("utf-8") if isinstance(term, bytes) else str(term)
            out.append((display_name(searcher, field, key), int(freq)))
        return tuple(out)


def _article_view(article_id: str, rows: list[dict[str, Any]]) -> ArticleView:
    first = rows[0]
    meta = json.loads(first.get(META) or "{}")
    return ArticleView(
        id=article_id,
        title=first.get(TITLE, ""),
        date=_date(first.get(DATE)),
        source=first.get(SOURCE, ""),
        passages=tuple(passage_from_fields(f) for f in rows),
        url=meta.get("url"),
        byline=meta.get("byline"),
        credit=meta.get("credit"),
        dateline=meta.get("dateline"),
    )


def display_name(searcher: Any, field: str, key: str) -> str:
    """The stored spelling of the lowercase index term ``key`` (e.g. "Donald Trump")."""
    for fields in searcher.documents(**{field: key}):
        for name in _names(fields.get(field)):
            if name.lower() == key:
                return name
        break
    return key


def open_index(path: Path | str | None = None, *, aliases: Path | str | None = None) -> NewsIndex:
    """Open the index at ``path`` (default: ``$NEWSINDEX_INDEX`` or the per-user data folder).

    ``aliases`` is an alias file (TOML or CSV) applied to person and speaker filters at query
    time; by default ``aliases.toml`` in the index folder is used when present.
    """
    index_dir = resolve_index_dir(path)
    ix = open_existing(index_dir)
    table = _load_aliases(
        Path(aliases) if aliases is not None else index_dir / "aliases.toml",
        required=aliases is not None,
    )
    return NewsIndex(index_dir, ix, aliases=table)


def _load_aliases(path: Path, *, required: bool) -> Any:
    if not required and not path.exists():
        return None
    from .aliases import AliasTable

    return AliasTable.load(path)
