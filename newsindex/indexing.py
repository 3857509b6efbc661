"""Writing passages into the index: read → segment → enrich → write, in batches.

Enrichment (the expensive part) runs in worker processes while this process writes, and the
index is committed every ``batch_size`` articles: a run killed at any moment leaves an index with
every committed batch, and re-running the same command replaces articles by id instead of
duplicating them.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import time
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .articles import Article, Passage
from .index.copykeys import band_keys
from .index.records import encode_record
from .index.schema import (
    ARTICLE_ID,
    DATE,
    DUPBANDS,
    DUPKEYS,
    ENTITY_FIELDS,
    HEADING,
    MENTIONS,
    MENTIONS_STORED,
    META,
    PASSAGE_ID,
    POSITION,
    RECORD,
    SOURCE,
    TEXT_FIELD,
    TITLE,
    TITLE_STORED,
    join_values,
    words_field,
)
from .index.store import (
    open_existing,
    open_or_create,
    resolve_index_dir,
    segment_count,
    write_shared_keys,
    writer_lock,
)
from .problems import Problem, ProblemLog

__all__ = [
    "DEFAULT_BATCH",
    "IndexReport",
    "OptimizeReport",
    "Progress",
    "index_articles",
    "index_passages",
    "index_paths",
    "optimize_index",
    "passage_document",
]

DEFAULT_BATCH = 10_000
"""Articles per commit. Each commit is a Whoosh segment, and every search pays a fixed cost per
segment: on Reuters-21578, 10,000 (two segments) answered keyword queries 15% faster than 5,000
(four), in the same build time. A kill loses at most one batch (``--batch-size``)."""

WRITER_MB = 400
"""Memory for the writer's postings before it spills them to disk. A batch that spills is
written through a merge of the spilled runs, which made one-commit builds 40% slower; 400 MB
holds 10,000 Reuters articles (the writer process then peaks at about 540 MB)."""

MAX_MENTION_DAYS = 31
"""Mentioned spans up to a month are indexed day by day; longer ones ("in 1986", "last year")
are stored and shown but not indexed: 365 day terms per year mention made up most of the
postings of a Reuters index."""


def _writer(ix: Any) -> Any:
    """A Whoosh writer whose postings blocks are not compressed (Whoosh's default zlib-compresses
    every block, and a search decompresses each block it reads: ~4 µs apiece)."""
    from whoosh.codec.whoosh3 import W3Codec

    return ix.writer(limitmb=WRITER_MB, codec=W3Codec(compression=0))


@dataclass(frozen=True, slots=True)
class Progress:
    """Reported after each article is written: running counts and where it came from."""

    articles: int
    passages: int
    origin: str


OnProgress = Callable[[Progress], None]


@dataclass(frozen=True, slots=True)
class IndexReport:
    """What an indexing run did: counts, every problem met, and where the index is."""

    index_dir: Path
    articles: int
    passages: int
    problems: tuple[Problem, ...]
    seconds: float

    @property
    def skipped(self) -> int:
        return sum(p.severity.value == "skipped" for p in self.problems)

    @property
    def warnings(self) -> int:
        return sum(p.severity.value == "warning" for p in self.problems)

    @property
    def status(self) -> str:
        """``ok`` (all indexed), ``partial`` (some records skipped) or ``failed`` (none)."""
        if self.articles == 0 and self.skipped:
            return "failed"
        return "partial" if self.skipped else "ok"


def _day_keys(passage: Passage) -> list[str]:
    days: set[str] = set()
    for span in passage.mentions:
        length = (span.end - span.start).days
        if length < 0 or length >= MAX_MENTION_DAYS:
            continue
        for offset in range(length + 1):
            days.add((span.start + dt.timedelta(days=offset)).strftime("%Y%m%d"))
    return sorted(days)


def passage_document(article: Article, passage: Passage) -> dict[str, Any]:
    """The Whoosh document of one passage: its indexed terms and its stored record (article
    fields repeated in every passage's record, so each hit stands alone)."""
    keys = band_keys(passage.text)
    record: dict[str, Any] = {
        PASSAGE_ID: passage.id,
        ARTICLE_ID: article.id,
        POSITION: passage.position,
        TEXT_FIELD: passage.text,
        TITLE_STORED: article.title,
        SOURCE: article.source or "",
        DUPBANDS: keys,
        MENTIONS_STORED: [
            (s.start.isoformat(), s.end.isoformat(), s.text) for s in passage.mentions
        ],
    }
    doc: dict[str, Any] = {
        PASSAGE_ID: passage.id,
        ARTICLE_ID: article.id,
        TEXT_FIELD: passage.text,
        SOURCE: article.source or "",
        MENTIONS: ",".join(_day_keys(passage)),
    }
    if keys:
        doc[DUPKEYS] = keys[0]
    if passage.heading:
        doc[HEADING] = record[HEADING] = passage.heading
    if article.date is not None:
        doc[DATE] = record[DATE] = article.date.strftime("%Y%m%d")
    for field, values in zip(
        ENTITY_FIELDS,
        (passage.persons, passage.orgs, passage.places, passage.speakers),
        strict=True,
    ):
        if values:
            doc[field] = join_values(values)
            record[field] = tuple(values)
            doc[words_field(field)] = " ".join(values)
    if passage.position == 0:
        doc[TITLE] = article.title
        meta = {
            "url": article.url,
            "byline": article.byline,
            "credit": article.credit,
            "dateline": article.dateline,
        }
        record[META] = json.dumps({k: v for k, v in meta.items() if v})
    doc[RECORD] = encode_record(record)
    return doc


@dataclass(frozen=True, slots=True)
class _Ready:
    """One article's Whoosh documents, built where it was enriched (a worker process)."""

    article_id: str
    origin: str
    docs: list[dict[str, Any]]
    failure: str | None = None
    """Why enrichment failed, when it did (the docs then carry text but no entities)."""


def _ready(article: Article, passages: Sequence[Passage], failure: str | None = None) -> _Ready:
    docs = [passage_document(article, p) for p in passages]
    return _Ready(article.id, article.origin or article.id, docs, failure)


class _BatchWriter:
    """Commits every ``batch_size`` articles; replaces earlier versions of an article by id."""

    def __init__(self, ix: Any, batch_size: int) -> None:
        self.ix = ix
        self.batch_size = max(1, batch_size)
        self.fresh = ix.doc_count_all() == 0
        self.committed_ids: set[str] = set()
        self.batch_ids: set[str] = set()
        self.writer: Any = None
        self.searcher: Any = None

    def add(self, article_id: str, docs: Sequence[dict[str, Any]]) -> None:
        if article_id in self.batch_ids:
            self.commit()  # the earlier copy must be committed before it can be deleted
        if self.writer is None:
            self.writer = _writer(self.ix)
        if not self.fresh or article_id in self.committed_ids:
            if self.searcher is None:
                self.searcher = self.writer.searcher()
            for docnum in self.searcher.document_numbers(**{ARTICLE_ID: article_id}):
                self.writer.delete_document(docnum)
        for doc in docs:
            self.writer.add_document(**doc)
        self.batch_ids.add(article_id)
        if len(self.batch_ids) >= self.batch_size:
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


# Worker-process state: the enricher is loaded once per process, never per article.
_ENRICHER: Any = None


def _init_worker() -> None:
    global _ENRICHER
    from .nlp.pipeline import Enricher

    _ENRICHER = Enricher.load()


def _init_pool_worker() -> None:
    """Pool workers leave Ctrl-C to the writer, which stops them: a worker interrupted while it
    waits on the pool's queue dies holding the queue's lock, and the pool then hangs at exit."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if _ENRICHER is None:  # "spawn" start method: nothing inherited
        _init_worker()


def _enrich_one(article: Article) -> _Ready:
    try:
        return _ready(article, _ENRICHER.enrich(article))
    except Exception as exc:  # a bug in enrichment must not lose the article
        from .nlp.segment import segment

        bare = [Passage(article.id, s.position, s.text, s.heading) for s in segment(article)]
        return _ready(article, bare, f"{type(exc).__name__}: {exc}")


def _enriched(articles: Iterable[Article], workers: int) -> Generator[_Ready, None, None]:
    # Load the model here, once: a missing model is one clear error (a failing pool initializer
    # would be restarted forever), and forked workers inherit the loaded model.
    _init_worker()
    if workers < 1:
        yield from map(_enrich_one, articles)
        return
    import multiprocessing

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with multiprocessing.get_context(method).Pool(workers, initializer=_init_pool_worker) as pool:
        yield from pool.imap(_enrich_one, articles, chunksize=8)


def default_workers() -> int:
    """Enrichment processes by default: one per core but the writer's (none on one core)."""
    return max(0, (os.cpu_count() or 1) - 1)


def _write(
    items: Iterable[_Ready],
    *,
    index: Path | str | None,
    log: ProblemLog,
    batch_size: int,
    rebuild: bool,
    wait: float,
    on_progress: OnProgress | None,
    on_notice: Callable[[str], None] | None,
) -> IndexReport:
    index_dir = resolve_index_dir(index)
    started = time.perf_counter()
    n_articles = n_passages = 0
    with writer_lock(index_dir, wait=wait, notice=on_notice):
        ix = open_or_create(index_dir, rebuild=rebuild)
        before = ix.latest_generation()
        batch = _BatchWriter(ix, batch_size)
        try:
            for item in items:
                if item.failure is not None:
                    log.warn(
                        item.origin,
                        None,
                        f"enrichment failed ({item.failure})",
                        "indexed without entities or dates",
                    )
                if not item.docs:
                    log.skip(
                        item.origin, None, f"article {item.article_id!r} has no text", "skipped"
                    )
                    continue
                batch.add(item.article_id, item.docs)
                n_articles += 1
                n_passages += len(item.docs)
                if on_progress is not None:
                    on_progress(Progress(n_articles, n_passages, item.origin))
            batch.commit()
            if ix.latest_generation() != before:
                _record_shared_keys(index_dir, ix)
        except BaseException:
            batch.cancel()
            raise
        finally:
            ix.close()
    return IndexReport(
        index_dir=index_dir,
        articles=n_articles,
        passages=n_passages,
        problems=tuple(log.problems),
        seconds=time.perf_counter() - started,
    )


def index_passages(
    items: Iterable[tuple[Article, Sequence[Passage]]],
    *,
    index: Path | str | None = None,
    log: ProblemLog | None = None,
    batch_size: int = DEFAULT_BATCH,
    rebuild: bool = False,
    wait: float = 0.0,
    on_progress: OnProgress | None = None,
    on_notice: Callable[[str], None] | None = None,
) -> IndexReport:
    """Write already-enriched passages (each article with its passages), replacing by article id.

    The entry point for applications with their own enrichment; :func:`index_articles` feeds it.
    """
    return _write(
        (_ready(article, passages) for article, passages in items),
        index=index,
        log=log if log is not None else ProblemLog(),
        batch_size=batch_size,
        rebuild=rebuild,
        wait=wait,
        on_progress=on_progress,
        on_notice=on_notice,
    )


def index_articles(
    articles: Iterable[Article],
    *,
    index: Path | str | None = None,
    log: ProblemLog | None = None,
    batch_size: int = DEFAULT_BATCH,
    workers: int | None = None,
    rebuild: bool = False,
    wait: float = 0.0,
    on_progress: OnProgress | None = None,
    on_notice: Callable[[str], None] | None = None,
) -> IndexReport:
    """Segment, enrich and write ``articles``; returns the run's report.

    Enrichment and document building run in ``workers`` processes while this process reads
    input and writes the index; 0 enriches in this process. The default leaves one core to the
    writer, which is the bottleneck: with two cores, one worker keeps up with it and a second
    only takes CPU from it.
    """
    enriched = _enriched(articles, workers if workers is not None else default_workers())
    try:
        return _write(
            enriched,
            index=index,
            log=log if log is not None else ProblemLog(),
            batch_size=batch_size,
            rebuild=rebuild,
            wait=wait,
            on_progress=on_progress,
            on_notice=on_notice,
        )
    finally:
        enriched.close()  # stops the worker pool now, on errors too, not at interpreter exit


def index_paths(
    paths: Iterable[Path | str],
    *,
    index: Path | str | None = None,
    format: str | None = None,
    strict: bool = False,
    batch_size: int = DEFAULT_BATCH,
    workers: int | None = None,
    rebuild: bool = False,
    wait: float = 0.0,
    on_problem: Callable[[Problem], None] | None = None,
    on_progress: OnProgress | None = None,
    on_notice: Callable[[str], None] | None = None,
) -> IndexReport:
    """Read files and folders (any supported format) and index every article in them."""
    from .readers import read_paths

    log = ProblemLog(strict=strict, listener=on_problem)
    return index_articles(
        read_paths(paths, format=format, log=log),
        index=index,
        log=log,
        batch_size=batch_size,
        workers=workers,
        rebuild=rebuild,
        wait=wait,
        on_progress=on_progress,
        on_notice=on_notice,
    )


@dataclass(frozen=True, slots=True)
class OptimizeReport:
    """What :func:`optimize_index` did."""

    index_dir: Path
    segments_before: int
    segments_after: int
    seconds: float


def optimize_index(
    index: Path | str | None = None,
    *,
    wait: float = 0.0,
    on_notice: Callable[[str], None] | None = None,
) -> OptimizeReport:
    """Merge the index's segments into one, for an archive that is read far more than written.

    Every commit adds a segment, and a search pays a fixed cost per segment for each query term;
    on a full Reuters-21578 index (four segments) merging them cut keyword search time by about
    a quarter. Merging rewrites the whole index (about as long as writing it); searches keep
    working meanwhile, and the next indexing run starts new segments again.
    """
    index_dir = resolve_index_dir(index)
    started = time.perf_counter()
    open_existing(index_dir).close()  # the clear error for a wrong path, before any lock file
    with writer_lock(index_dir, wait=wait, notice=on_notice):
        ix = open_existing(index_dir)
        try:
            before = _segment_count(ix)
            if before > 1:
                _writer(ix).commit(optimize=True)
                _record_shared_keys(index_dir, ix)  # merging renumbers the documents
            after = _segment_count(ix)
        finally:
            ix.close()
    return OptimizeReport(index_dir, before, after, time.perf_counter() - started)


def _record_shared_keys(index_dir: Path, ix: Any) -> None:
    """List the copy keys held by two or more passages of the committed index, with their
    document numbers, for search to find a shown hit's copies without reading the index (about
    0.3 s for all of Reuters). Numbers change when segments merge, so every run lists them
    anew; keys of deleted passages may linger until a merge (search checks matches anyway)."""
    with ix.reader() as reader:
        counts: Counter[str] = Counter()
        for leaf, _ in reader.leaf_readers():
            for term, info in leaf.iter_field(DUPKEYS):
                key = term.decode("utf-8") if isinstance(term, bytes) else str(term)
                counts[key] += info.doc_frequency()
        shared = {
            key: list(reader.postings(DUPKEYS, key).all_ids()) for key, n in counts.items() if n > 1
        }
        write_shared_keys(index_dir, reader.generation(), shared)


def _segment_count(ix: Any) -> int:
    with ix.reader() as reader:
        return segment_count(reader)
