"""What searching returns: small frozen values that outlive the open index (they pickle, compare
equal after a round trip, and hold nothing of Whoosh's or of the handle's).

Snippets are HTML-escaped text with ``<mark>`` around matches; :mod:`newsindex.search.snippets`
renders them as plain text or terminal colour.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import overload

from ..articles import Passage
from ..kinds import ENTITY_KINDS

__all__ = [
    "ArticleView",
    "Facets",
    "Hit",
    "IndexStats",
    "SearchResults",
    "Timeline",
    "TimelinePeriod",
    "passage_dict",
]


def passage_dict(p: Passage) -> dict[str, object]:
    """A passage's own fields as JSON-ready values (hits, articles and exports share it)."""
    return {
        "id": p.id,
        "position": p.position,
        "section": p.heading,
        "text": p.text,
        **{kind.plural: list(getattr(p, kind.plural)) for kind in ENTITY_KINDS},
        "mentions": [
            {"start": s.start.isoformat(), "end": s.end.isoformat(), "text": s.text}
            for s in p.mentions
        ],
        "labels": {name: list(values) for name, values in p.labels.items()},
    }


@dataclass(frozen=True, slots=True)
class Hit:
    passage: Passage
    score: float
    snippet: str
    title: str
    date: dt.date | None
    source: str
    context: tuple[Passage, ...] = ()
    """Neighbouring passages of the same article, in reading order (when asked for)."""
    duplicates: tuple[tuple[str, dt.date | None], ...] = ()
    """Near-identical passages collapsed into this hit: (passage id, article date)."""

    @property
    def id(self) -> str:
        return self.passage.id

    @property
    def article_id(self) -> str:
        return self.passage.article_id

    def to_dict(self) -> dict[str, object]:
        return {
            **passage_dict(self.passage),
            "article_id": self.passage.article_id,
            "score": round(self.score, 4),
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "source": self.source,
            "snippet": self.snippet,
            "context": [{"id": c.id, "position": c.position, "text": c.text} for c in self.context],
            "duplicates": [
                {"id": pid, "date": d.isoformat() if d else None} for pid, d in self.duplicates
            ],
        }


@dataclass(frozen=True, slots=True)
class SearchResults:
    query: str
    total: int
    hits: tuple[Hit, ...]
    seconds: float
    offset: int = 0
    match: str = "all"
    """How the query's words combined: ``all`` of them or ``any`` of them."""
    relaxed: tuple[str, ...] = ()
    """The words no longer required because no passage had them all and some passages have
    one of them (fields, phrases and filters never are relaxed)."""
    notes: tuple[str, ...] = ()
    """What the reader of the results should know: a surname left out as ambiguous, ..."""
    suggestions: tuple[str, ...] = ()
    """Did-you-mean corrections of the query, best first."""
    total_is_lower_bound: bool = False
    """True when matching stopped counting at ``total`` (a search's ``count_up_to``): there
    are more matches, as Elasticsearch's ``"relation": "gte"``."""
    partial: tuple[Hit, ...] = ()
    """Passages with some of the query's words but not all, best first, completing a page
    that the ``total`` passages having every word leave short (default ``match``, relevance
    order): they come after all of those, and page on from there."""
    partial_total: int = 0
    """How many passages have some of the words but not all, when ``partial`` was asked for."""
    partial_is_lower_bound: bool = False

    @property
    def fallback(self) -> bool:
        """True when no passage had every word and passages with any of them are shown."""
        return bool(self.relaxed)

    @property
    def listed(self) -> int:
        """The passages one can page through: those with every word, then the partial ones."""
        return self.total + self.partial_total

    @property
    def total_text(self) -> str:
        """The total as people read it: "1,234", or "10,000+" when it is a lower bound."""
        return f"{self.total:,}{'+' if self.total_is_lower_bound else ''}"

    def __len__(self) -> int:
        return len(self.hits)

    def __iter__(self) -> Iterator[Hit]:
        return iter(self.hits)

    @overload
    def __getitem__(self, i: int) -> Hit: ...
    @overload
    def __getitem__(self, i: slice) -> tuple[Hit, ...]: ...
    def __getitem__(self, i: int | slice) -> Hit | tuple[Hit, ...]:
        return self.hits[i]

    def to_dict(self) -> dict[str, object]:
        return {
            "query": self.query,
            "total": self.total,
            "total_is_lower_bound": self.total_is_lower_bound,
            "offset": self.offset,
            "seconds": round(self.seconds, 6),
            "match": self.match,
            "relaxed": list(self.relaxed),
            "fallback": self.fallback,
            "notes": list(self.notes),
            "suggestions": list(self.suggestions),
            "hits": [h.to_dict() for h in self.hits],
            "partial": [h.to_dict() for h in self.partial],
            "partial_total": self.partial_total,
            "partial_is_lower_bound": self.partial_is_lower_bound,
        }

    def _repr_html_(self) -> str:
        """A table for Jupyter notebooks, with what the command line says around its hits:
        did-you-mean, notes, the relaxed words and the partial matches."""
        count = self.total_text
        lines = [
            f"<p>{count} passage{'' if count == '1' else 's'} for "
            f"<b>{html.escape(self.query)}</b></p>",
            *(f"<p>Did you mean: {html.escape(s)}?</p>" for s in self.suggestions),
            *(f"<p>Note: {html.escape(note)}</p>" for note in self.notes),
        ]
        if self.relaxed:
            words = html.escape(", ".join(self.relaxed))
            lines.append(
                f"<p>No passage has all of {words}; showing passages with any of them.</p>"
            )
        lines.append(_hit_table(self.hits))
        if self.partial:
            more = f"{self.partial_total:,}{'+' if self.partial_is_lower_bound else ''}"
            lines.append(f"<p>Passages with some of the words but not all ({more}):</p>")
            lines.append(_hit_table(self.partial))
        return "".join(lines)


def _hit_table(hits: tuple[Hit, ...]) -> str:
    rows = "".join(
        f"<tr><td>{h.score:.2f}</td><td>{h.date or ''}</td>"
        f"<td>{html.escape(h.title)}</td><td>{h.snippet}</td></tr>"
        for h in hits
    )
    return (
        f"<table><tr><th>score</th><th>date</th><th>title</th><th>passage</th></tr>{rows}</table>"
    )


@dataclass(frozen=True, slots=True)
class ArticleView:
    """An indexed article rebuilt from its passages."""

    id: str
    title: str
    date: dt.date | None
    source: str
    passages: tuple[Passage, ...]
    url: str | None = None
    byline: str | None = None
    credit: str | None = None
    dateline: str | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "source": self.source,
            "url": self.url,
            "byline": self.byline,
            "credit": self.credit,
            "dateline": self.dateline,
            "passages": [passage_dict(p) for p in self.passages],
        }


Counts = tuple[tuple[str, int], ...]


@dataclass(frozen=True, slots=True)
class IndexStats:
    path: str
    articles: int
    passages: int
    first_date: dt.date | None
    last_date: dt.date | None
    top_persons: tuple[tuple[str, int], ...] = field(default=())
    top_orgs: tuple[tuple[str, int], ...] = field(default=())
    top_places: tuple[tuple[str, int], ...] = field(default=())
    segments: int = 0
    """Index segments (one per commit until merged); ``newsindex optimize`` merges them."""
    top_labels: tuple[tuple[str, Counts], ...] = ()
    """The commonest values of each label the archive holds (:attr:`Passage.labels`), by
    label name, each with its passages: Reuters' topics and countries."""

    def to_dict(self) -> dict[str, object]:
        return {
            "path": self.path,
            "articles": self.articles,
            "passages": self.passages,
            "segments": self.segments,
            "first_date": self.first_date.isoformat() if self.first_date else None,
            "last_date": self.last_date.isoformat() if self.last_date else None,
            "top_persons": [list(t) for t in self.top_persons],
            "top_orgs": [list(t) for t in self.top_orgs],
            "top_places": [list(t) for t in self.top_places],
            "top_labels": {name: [list(t) for t in rows] for name, rows in self.top_labels},
        }


def _counts(counts: Counts) -> list[dict[str, object]]:
    return [{"name": n, "count": c} for n, c in counts]


@dataclass(frozen=True, slots=True)
class Facets:
    """Entity and source counts and a date histogram over every passage a query matches."""

    query: str
    total: int
    persons: Counts
    orgs: Counts
    places: Counts
    speakers: Counts
    org_speakers: Counts
    sources: Counts
    histogram: Counts
    by: str
    date_field: str
    seconds: float
    match: str = "all"
    relaxed: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    labels: tuple[tuple[str, Counts], ...] = ()
    """Counts of each extra label field in the index (:attr:`Passage.labels`), by label name."""

    @property
    def fallback(self) -> bool:
        return bool(self.relaxed)

    def to_dict(self) -> dict[str, object]:
        return {
            "query": self.query,
            "total": self.total,
            "match": self.match,
            "relaxed": list(self.relaxed),
            "fallback": self.fallback,
            "notes": list(self.notes),
            "seconds": round(self.seconds, 6),
            **{
                name: _counts(getattr(self, name))
                for name in (*(k.plural for k in ENTITY_KINDS), "sources")
            },
            "labels": {name: _counts(counts) for name, counts in self.labels},
            "histogram": {
                "by": self.by,
                "date_field": self.date_field,
                "buckets": [{"period": p, "count": c} for p, c in self.histogram],
            },
        }


@dataclass(frozen=True, slots=True)
class TimelinePeriod:
    period: str
    count: int
    co_mentions: Counts
    """The entities most often named in the same passages during this period."""


@dataclass(frozen=True, slots=True)
class Timeline:
    name: str
    kind: str
    by: str
    total: int
    periods: tuple[TimelinePeriod, ...]
    notes: tuple[str, ...] = ()
    """What the timeline could not do as asked (a name the index does not hold, ...)."""

    def to_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "kind": self.kind,
            "by": self.by,
            "total": self.total,
            "notes": list(self.notes),
            "periods": [
                {
                    "period": p.period,
                    "count": p.count,
                    "co_mentions": _counts(p.co_mentions),
                }
                for p in self.periods
            ],
        }
