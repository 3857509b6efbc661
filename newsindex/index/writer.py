"""Writing Whoosh segments: a compact pool of postings, batched commits that replace an article
by id, merging, and the copy-key list each run leaves beside the index."""

from __future__ import annotations

import struct
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from .codec import WriterCodec
from .copykeys import first_key, read_first_keys, write_first_keys, write_shared_keys
from .records import Records
from .schema import ARTICLE_ID, MENTION_SPANS
from .store import remove_stale_first_keys, segment_count

__all__ = [
    "POOL_MB",
    "WRITER_MB",
    "BatchWriter",
    "TermPool",
    "count_segments",
    "merging_writer",
    "new_writer",
    "record_shared_keys",
]
WRITER_MB = 400
"""Memory for Whoosh's own pool of postings before it spills them to disk (merging segments). A
batch that spills is written through a merge of the spilled runs, which made one-commit builds
40% slower."""
POOL_MB = 300
"""Memory for a :class:`TermPool`'s postings: a batch is committed when they reach it, whatever
its number of articles. 300 MB holds about 20 million postings, 300,000 Reuters passages."""


def new_writer(ix: Any, *, compact: bool = True) -> Any:
    """A Whoosh writer whose postings blocks are not compressed (Whoosh's default zlib-compresses
    every block, and a search decompresses each block it reads: ~4 µs apiece), writing through
    :class:`~newsindex.index.codec.WriterCodec`, its postings held in a :class:`TermPool`
    (``compact``) or Whoosh's own pool, which spills to disk (for merging segments whose
    postings may not fit in memory)."""
    writer = ix.writer(limitmb=WRITER_MB, codec=WriterCodec())
    if compact:
        writer.pool = TermPool()
    return writer


def merging_writer(ix: Any) -> Any:
    """A writer to merge every segment into one: its postings in a :class:`TermPool` when they
    fit its budget (a Reuters index merged with 40% less CPU), else in Whoosh's pool, which
    spills. A pool holds about as many bytes as the segment files it merges."""
    storage = ix.storage
    size = sum(storage.file_length(name) for name in storage.list() if name.endswith(".seg"))
    return new_writer(ix, compact=size * 3 // 2 < POOL_MB << 20)


class TermPool:
    """The postings of the segment being written, packed by term: Whoosh's pool keeps each
    posting as a tuple (about 220 bytes) and sorts them all when the segment is written; here a
    posting is its document number, weight and value bytes appended to its term's buffer (about
    15 bytes), and only the terms are sorted. Four times the documents fit in the same memory,
    so a build writes a quarter of the segments, each of which a search pays for. Nothing
    spills: :class:`BatchWriter` commits when :attr:`size` reaches its budget."""

    _POSTING = struct.Struct("<IfI")
    _NONE = 0xFFFFFFFF
    """The length that stands for no value."""
    _TERM_BYTES = 200
    """About what a term's key and buffer cost beyond their bytes."""
    _SHARED = 4
    """Values up to this many bytes (most position lists) are given as one object per value:
    the pickle of a postings block then refers back to an equal value already written instead
    of writing it again (5% of a Reuters index's postings)."""

    def __init__(self) -> None:
        self._terms: dict[tuple[str, bytes], bytearray] = {}
        self.size = 0
        """Bytes held, roughly (the budget is kept to within a few percent)."""

    def add(self, item: tuple[str, bytes, int, float, bytes | None]) -> None:
        fieldname, text, docnum, weight, value = item
        buffer = self._terms.get((fieldname, text))
        if buffer is None:
            buffer = self._terms[fieldname, text] = bytearray()
            self.size += self._TERM_BYTES + len(text)
        if value is None:  # a merged segment's posting without a value
            buffer += self._POSTING.pack(docnum, weight, self._NONE)
        else:
            buffer += self._POSTING.pack(docnum, weight, len(value))
            buffer += value
            self.size += len(value)
        self.size += self._POSTING.size

    def iter_postings(self) -> Iterator[tuple[str, bytes, int, float, bytes | None]]:
        """Every posting, ordered by field, term and document, as Whoosh's pool gives them."""
        unpack, size = self._POSTING.unpack_from, self._POSTING.size
        short: dict[bytes, bytes] = {}
        for key in sorted(self._terms):
            fieldname, text = key
            buffer = self._terms.pop(key)
            at, end = 0, len(buffer)
            while at < end:
                docnum, weight, length = unpack(buffer, at)
                at += size
                if length == self._NONE:
                    yield fieldname, text, docnum, weight, None
                    continue
                value = bytes(buffer[at : at + length])
                if length <= self._SHARED:
                    value = short.setdefault(value, value)
                yield fieldname, text, docnum, weight, value
                at += length

    def cleanup(self) -> None:
        self._terms.clear()
        self.size = 0


class BatchWriter:
    """Commits every ``batch_size`` articles, or sooner when the postings reach
    :data:`POOL_MB`; replaces earlier versions of an article by id."""

    def __init__(self, ix: Any, batch_size: int) -> None:
        self.ix = ix
        self.batch_size = max(1, batch_size)
        self.fresh = ix.doc_count_all() == 0
        self.committed_ids: set[str] = set()
        self.batch_ids: set[str] = set()
        self.writer: Any = None
        self.searcher: Any = None
        self.left_out = () if MENTION_SPANS in ix.schema else (MENTION_SPANS,)
        """Fields an index built before them lacks: written without them, it stays as it was
        built (searches say so) rather than refusing new articles or mixing two indexings."""

    def add(self, article_id: str, docs: Sequence[dict[str, Any]]) -> None:
        if article_id in self.batch_ids:
            self.commit()  # the earlier copy must be committed before it can be deleted
        if self.writer is None:
            self.writer = new_writer(self.ix)
        if not self.fresh or article_id in self.committed_ids:
            if self.searcher is None:
                self.searcher = self.writer.searcher()
            for docnum in self.searcher.document_numbers(**{ARTICLE_ID: article_id}):
                self.writer.delete_document(docnum)
        for doc in docs:
            if self.left_out:
                doc = {k: v for k, v in doc.items() if k not in self.left_out}
            self.writer.add_document(**doc)
        self.batch_ids.add(article_id)
        if len(self.batch_ids) >= self.batch_size or self.writer.pool.size >= POOL_MB << 20:
            self.commit()

    def commit(self) -> None:
        if self.writer is None:
            return
        self._close_searcher()
        self.writer.commit()
        self.writer = None
        self.committed_ids |= self.batch_ids
        self.batch_ids = set()

    def cancel(self) -> None:
        self._close_searcher()
        if self.writer is not None:
            self.writer.cancel()
            self.writer = None

    def _close_searcher(self) -> None:
        if self.searcher is not None:
            self.searcher.close()
            self.searcher = None


def delete_by_article(ix: Any, ids: Sequence[str]) -> dict[str, int]:
    """Delete every passage of each article of ``ids`` in one commit (none when the index holds
    none of them): the passages deleted per article found."""
    writer = new_writer(ix)
    try:
        with writer.searcher() as searcher:
            found = {
                i: n
                for i in dict.fromkeys(ids)
                if (n := writer.delete_by_term(ARTICLE_ID, i, searcher=searcher))
            }
    except BaseException:
        writer.cancel()
        raise
    if found:
        writer.commit()
    else:
        writer.cancel()
    return found


def record_shared_keys(index_dir: Path, ix: Any) -> None:
    """List the copy keys held by two or more passages of the committed index, with their
    document numbers, for search to find a shown hit's copies without reading the index.

    A passage is listed under its first band key. Numbers change when segments merge, so every
    commit lists them anew, but from each segment's first keys kept beside the index: only the
    records of segments new since the last listing are read (reading every record of a Reuters
    index took a third of adding 100 articles to it). Deleted passages are left out.
    """
    with ix.reader() as reader:
        leaves = reader.leaf_readers() if reader.doc_count_all() else []
        holders: dict[int, list[int]] = {}
        segments = set()
        for leaf, offset in leaves:
            segment = leaf.segment().segment_id()
            segments.add(segment)
            firsts = read_first_keys(index_dir, segment)
            if firsts is None:
                firsts = _first_keys(leaf)
                write_first_keys(index_dir, segment, firsts)
            deleted = leaf.has_deletions()
            for docnum, key in firsts.items():
                if not (deleted and leaf.is_deleted(docnum)):
                    holders.setdefault(key, []).append(offset + docnum)
        shared = {first_key(key): docs for key, docs in holders.items() if len(docs) > 1}
        write_shared_keys(index_dir, reader.generation(), shared)
    remove_stale_first_keys(index_dir, segments)


def _first_keys(leaf: Any) -> dict[int, int]:
    """The first copy key of each document of one segment that has one."""
    records = Records(leaf)
    firsts = {}
    for docnum in range(leaf.doc_count_all()):
        key = records.first_band_value(docnum)
        if key is not None:
            firsts[docnum] = key
    return firsts


def count_segments(ix: Any) -> int:
    with ix.reader() as reader:
        return segment_count(reader)
