"""Wire-copy collapsing: near-identical passages among a query's matches fold into one hit.

The best-ranked copy on a page stands for the others, which are listed with it. Copies on the
page are found by their stored MinHash band keys (no hashing per query) and confirmed by exact
Jaccard similarity; copies further down the matches are found through the shown hit's first
band key, from the writer's list of keys held more than once and the documents holding them
(or, before the writer has listed a new generation's, its bucket in the index),
and kept when they match the query: a membership test of those few documents, so neither the
page nor its copies need the list of every match.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from whoosh import query as wq

from ..index.copykeys import (
    DUPLICATE_THRESHOLD,
    identical,
    jaccard,
    key_bucket,
    read_shared_keys,
    shingles,
)
from ..index.records import Records
from ..index.schema import (
    DATE,
    DUPBANDS,
    DUPKEYS,
    PASSAGE_ID,
    TEXT_FIELD,
    day_from_key,
)
from ..index.store import SHARED_KEYS_FILE

__all__ = ["Copies", "RecordCache", "SharedKeys", "fold_copies"]

Copies = tuple[tuple[str, dt.date | None], ...]
"""A hit's folded copies: (passage id, article date), sorted."""


class RecordCache:
    """The records (stored values) of one search's documents, each read and unpacked once."""

    def __init__(self, records: Records) -> None:
        self._records = records
        self._fields: dict[int, dict[str, Any]] = {}
        self._shingles: dict[int, frozenset[int]] = {}

    def __getitem__(self, docnum: int) -> dict[str, Any]:
        found = self._fields.get(docnum)
        if found is None:
            found = self._fields[docnum] = self._records[docnum]
        return found

    def band_keys(self, docnum: int) -> tuple[str, ...]:
        keys: tuple[str, ...] = self[docnum].get(DUPBANDS, ())
        return keys

    def similar(self, a: int, b: int) -> bool:
        """Whether two documents are copies: the same text, or an exact Jaccard similarity of
        their shingles from the threshold up."""
        if identical(self[a].get(TEXT_FIELD) or "", self[b].get(TEXT_FIELD) or ""):
            return True
        return jaccard(self._grams(a), self._grams(b)) >= DUPLICATE_THRESHOLD

    def _grams(self, docnum: int) -> frozenset[int]:
        grams = self._shingles.get(docnum)
        if grams is None:
            grams = self._shingles[docnum] = shingles(self[docnum].get(TEXT_FIELD) or "")
        return grams


class SharedKeys:
    """The writer's list of copy keys held by two or more passages (key → document numbers),
    re-read when it changes; used only while it describes the searcher's index generation."""

    def __init__(self, index_dir: Path) -> None:
        self._path = index_dir
        self._seen: tuple[int | None, int | None, dict[str, tuple[int, ...]] | None] = (
            None,
            None,
            None,
        )
        self._group_size: tuple[dict[str, tuple[int, ...]], float] | None = None

    def current(self, searcher: Any) -> dict[str, tuple[int, ...]] | None:
        """The keys, or None when the list is missing or for another generation (the writer
        records it just after committing): then keys are looked up in the index."""
        generation = searcher.reader().generation()
        try:
            stamp: int | None = os.stat(self._path / SHARED_KEYS_FILE).st_mtime_ns
        except OSError:
            stamp = None
        if self._seen[:2] != (generation, stamp):
            known = read_shared_keys(self._path) if stamp is not None else None
            keys = known[1] if known is not None and known[0] == generation else None
            self._seen = (generation, stamp, keys)
        return self._seen[2]

    def group_size(self, searcher: Any) -> float:
        """The mean size of the copy group a passage belongs to (1 for a passage without
        copies), counted over passages: about how many ranked passages one folded hit takes, so
        a search can ask the ranking for enough candidates at once (ten times Reuters, every
        story ten times with edits: 10.0; Reuters itself: 1.27)."""
        keys = self.current(searcher)
        if keys is None:
            return 1.0
        if self._group_size is None or self._group_size[0] is not keys:
            passages = searcher.doc_count_all() or 1
            grouped = sum(len(docs) for docs in keys.values())
            squares = sum(len(docs) ** 2 for docs in keys.values())
            self._group_size = (keys, max(1.0, (squares + passages - grouped) / passages))
        return self._group_size[1]


def fold_copies(
    searcher: Any,
    ranked: Sequence[tuple[int, float]],
    matching: Callable[[Iterable[int]], set[int]],
    stored: RecordCache,
    shared: SharedKeys,
    *,
    offset: int,
    limit: int,
) -> list[tuple[int, float, Copies]]:
    """The page ``offset:offset+limit`` of ``ranked`` (docnum, score) with copies folded, each
    shown hit with its copies among all matches (``matching(docs)`` says which of ``docs``
    match). Ranked hits past the page are not read: any copy among them is found through the
    shown hit's key. The page is short when ``ranked`` runs out first."""
    kept: list[tuple[int, float, list[int]]] = []
    holders: dict[str, list[int]] = {}  # band key → positions in ``kept`` of the hits holding it
    for docnum, score in ranked:
        if len(kept) >= offset + limit:
            break
        keys = stored.band_keys(docnum)
        for i in sorted({i for key in keys for i in holders.get(key, ())}):
            if stored.similar(docnum, kept[i][0]):
                kept[i][2].append(docnum)
                break
        else:
            for key in keys:
                holders.setdefault(key, []).append(len(kept))
            kept.append((docnum, score, []))
    page = kept[offset:]
    candidates = _candidates(searcher, [k[0] for k in page], matching, stored, shared)
    out = []
    for docnum, score, copies in page:
        found = set(copies)
        for other in candidates.get(docnum, ()):
            if other not in found and stored.similar(docnum, other):
                found.add(other)
        listed = sorted((stored[d][PASSAGE_ID], day_from_key(stored[d].get(DATE))) for d in found)
        out.append((docnum, score, tuple(listed)))
    return out


def _candidates(
    searcher: Any,
    shown: list[int],
    matching: Callable[[Iterable[int]], set[int]],
    stored: RecordCache,
    shared: SharedKeys,
) -> dict[int, list[int]]:
    """Other matches sharing each shown hit's first band key (candidate copies)."""
    keys = shared.current(searcher)
    reader = searcher.reader()
    holding: dict[int, list[int]] = {}
    for docnum in shown:
        first = stored.band_keys(docnum)[:1]
        if not first:
            continue
        if keys is not None:
            holders: Iterable[int] = keys.get(first[0], ())
        elif reader.doc_frequency(DUPKEYS, bucket := key_bucket(first[0])) > 1:
            in_bucket = searcher.docs_for_query(wq.Term(DUPKEYS, bucket))
            holders = [d for d in in_bucket if stored.band_keys(d)[:1] == first]
        else:
            continue
        others = [d for d in holders if d != docnum]
        if others:
            holding[docnum] = others
    matches = matching(d for others in holding.values() for d in others)
    out: dict[int, list[int]] = {}
    for docnum, others in holding.items():
        kept = [d for d in others if d in matches]
        if kept:
            out[docnum] = kept
    return out
