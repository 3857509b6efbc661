"""Per-reader columns for counting over *all* matches of a query: facets, histograms, timelines
and the article-date filter.

For each facet field a per-reader column maps every document to its term ids, built once from
the postings lists and reused until the index changes: counting 10,000 matches is then a loop
over integers. Building a column reads the whole field (about 1.2 s for all facets of a Reuters
index), so until it exists, a query with few matches counts their stored names instead: a
one-off ``newsindex facets`` counts up to 20,000 matches that way.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from ..errors import InvalidArgumentError
from ..kinds import DATE_FIELDS, period_label
from .records import Records, stored_value
from .schema import DATE, MENTIONS, day_from_key, join_values

__all__ = ["FEW_MATCHES", "ONE_SHOT_FEW", "FacetColumns", "segment_term_counts"]

FEW_MATCHES = 2000
"""Up to this many matches, a field without a column is counted from the passage records
rather than by building its column."""
ONE_SHOT_FEW = 20_000
""":data:`FEW_MATCHES` of a handle that reads its files as needed (the command line): it asks
one question, so a column it builds is never used again."""


def segment_term_counts(reader: Any, field: str, prefix: str = "") -> Counter[bytes]:
    """The documents holding each term of ``field`` (those starting with ``prefix``), deleted
    ones included until a merge, summed over the reader's segments: the whole reader merges
    the segments' term lists and looks every term up in each (1.2 s for the person field of a
    two-segment Reuters index)."""
    counts: Counter[bytes] = Counter()
    for leaf, _ in reader.leaf_readers():
        if field in leaf.indexed_field_names():
            for term, info in leaf.iter_prefix(field, prefix):
                counts[term] += info.doc_frequency()
    return counts


class FacetColumns:
    """Doc → term-id columns, the article-date column search filters on, and the passage
    records, for one reader generation."""

    def __init__(self, reader: Any, *, few: int = FEW_MATCHES) -> None:
        self._reader = reader
        self.few = few
        """Up to this many matches, a field without a column is counted from their records."""
        self._decoded: tuple[Sequence[int], dict[int, dict[str, Any]]] | None = None
        """The records of the last matches counted from records, for the next field."""
        self._columns: dict[str, tuple[list[tuple[int, ...]], list[str]]] = {}
        self._date_keys: Any = None
        self._dates: list[dt.date | None] | None = None
        self.records = Records(reader)
        self._term_counts: dict[str, dict[str, int]] = {}
        self.names: dict[tuple[str, str], str] = {}
        """Display spelling of (field, lowercase term): fixed for the reader's lifetime."""
        self.held_days: dict[str, list[str]] = {}
        """The days (``YYYYMMDD``, in order) live passages hold, by field, once read."""

    def column(self, field: str) -> tuple[list[tuple[int, ...]], list[str]]:
        cached = self._columns.get(field)
        if cached is not None:
            return cached
        reader = self._reader
        per_doc: list[list[int]] = [[] for _ in range(reader.doc_count_all())]
        ids: dict[bytes, int] = {}
        if field in reader.indexed_field_names():
            # Segment by segment: the whole reader's postings look every term up in every
            # segment, four times the cost on a two-segment Reuters index. Most names are in
            # one or two passages, which their term's entry gives (its first and last
            # document): looking up and opening their postings was half the time.
            for leaf, offset in reader.leaf_readers():
                if field not in leaf.indexed_field_names():
                    continue
                for term, info in leaf.iter_field(field):
                    tid = ids.setdefault(term, len(ids))
                    if info.doc_frequency() <= 2:
                        docs = {info.min_id(), info.max_id()}
                    else:
                        docs = leaf.postings(field, term).all_ids()
                    for docnum in docs:
                        per_doc[offset + docnum].append(tid)
        terms = [term.decode("utf-8") for term in ids]
        result = ([tuple(ts) for ts in per_doc], terms)
        self._columns[field] = result
        return result

    def date_keys(self) -> Any:
        """The article-date column: the ``YYYYMMDD`` key of each document ("" when undated)."""
        if self._date_keys is None:
            reader = self._reader
            if DATE in reader.indexed_field_names() and reader.has_column(DATE):
                self._date_keys = reader.column_reader(DATE)
            else:  # empty, or nothing dated yet
                self._date_keys = [""] * reader.doc_count_all()
        return self._date_keys

    def dates(self) -> list[dt.date | None]:
        if self._dates is None:
            keys = self.date_keys()
            self._dates = [day_from_key(keys[i]) for i in range(self._reader.doc_count_all())]
        return self._dates

    def term_counts(self, field: str) -> dict[str, int]:
        """Every term of ``field`` with the number of documents holding it (deleted ones
        included until a merge), read once per reader."""
        cached = self._term_counts.get(field)
        if cached is None:
            counts = segment_term_counts(self._reader, field)
            cached = {term.decode("utf-8"): n for term, n in counts.items()}
            self._term_counts[field] = cached
        return cached

    def count(self, field: str, docs: Sequence[int]) -> Counter[str]:
        """How many of ``docs`` hold each term of ``field`` (lowercase, as indexed)."""
        if field not in self._columns and len(docs) <= self.few:
            return self._count_stored(field, docs)
        per_doc, terms = self.column(field)
        counts: Counter[int] = Counter()
        for d in docs:
            ids = per_doc[d]
            if ids:
                counts.update(ids)
        return Counter({terms[t]: n for t, n in counts.items()})

    def _count_stored(self, field: str, docs: Sequence[int]) -> Counter[str]:
        """:meth:`count` from the documents' stored names, turned into terms by the field's own
        analyzer, so the keys are exactly those of the column."""
        analyze = self._reader.schema[field].process_text
        if self._decoded is None or self._decoded[0] is not docs:
            self._decoded = (docs, {})  # facets count every field over the same matches
        decoded = self._decoded[1]
        counts: Counter[str] = Counter()
        for d in docs:
            record = decoded.get(d)
            if record is None:
                record = decoded[d] = self.records[d]
            value = stored_value(record, field)
            if value:
                text = value if isinstance(value, str) else join_values(value)
                counts.update(set(analyze(text)))
        return counts

    def date_of(self, docs: Sequence[int]) -> Iterable[dt.date | None]:
        """The article date of each of ``docs``, read from the column one by one when they are
        few and no date list is built yet."""
        if self._dates is not None or len(docs) > self.few:
            dates = self.dates()
            return (dates[d] for d in docs)
        keys = self.date_keys()
        return (day_from_key(keys[d]) for d in docs)

    def histogram(self, docs: Sequence[int], *, by: str, date_field: str) -> list[tuple[str, int]]:
        """Matches per period, by article date or by the days passages mention (chronological)."""
        counts: Counter[str] = Counter()
        if date_field == "date":
            for day in self.date_of(docs):
                if day is not None:
                    counts[period_label(day, by)] += 1
        elif date_field == "mentions":
            per_doc, terms = self.column(MENTIONS)
            labels = [period_label(day_from_key(t) or dt.date.min, by) for t in terms]
            for d in docs:
                # a passage counts once per period it mentions
                counts.update({labels[t] for t in per_doc[d]})
        else:
            raise InvalidArgumentError(
                "date_field", date_field, f"expected one of {', '.join(DATE_FIELDS)}"
            )
        return sorted(counts.items())
