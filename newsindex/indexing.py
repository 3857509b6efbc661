"""Writing passages into the index: read → segment → enrich → write, in batches.

Enrichment (the expensive part) runs in worker processes while this process writes, and the
index is committed every ``batch_size`` articles: a run killed at any moment leaves an index with
every committed batch, and re-running the same command replaces articles by id instead of
duplicating them.
"""

from __future__ import annotations

import os
import time
from collections import Counter, deque
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .articles import Article, Passage
from .errors import (
    ClusterUnsupportedError,
    IndexNotFoundError,
    InvalidArgumentError,
    NewsindexError,
)
from .index.lock import writer_lock
from .index.records import article_documents
from .index.store import open_existing, open_or_create, resolve_index_dir
from .index.writer import (
    BatchWriter,
    count_segments,
    delete_by_article,
    merging_writer,
    record_shared_keys,
)
from .opensearch.location import Location, given_or_engine, is_engine_url
from .problems import Problem, ProblemLog, Severity

if TYPE_CHECKING:
    from .nlp.pipeline import Enricher

__all__ = [
    "DEFAULT_BATCH",
    "DeleteReport",
    "IndexReport",
    "OptimizeReport",
    "Progress",
    "StopIndexing",
    "copy_index",
    "delete_articles",
    "index_articles",
    "index_passages",
    "index_paths",
    "optimize_index",
]

DEFAULT_BATCH = 100_000
"""Articles per commit at most; a batch is committed sooner when its postings reach the writer's
memory budget (:data:`~newsindex.index.writer.POOL_MB`, about 300,000 Reuters passages). Each
commit is a Whoosh segment, and every search pays a fixed cost per segment (on Reuters-21578,
keyword p50 1.0 ms in two segments, 2.3 ms in twenty). A kill loses at most one batch: a smaller
``--batch-size`` loses less and searches slower."""
ENRICH_CHUNK = 8
"""Articles sent to an enrichment process at a time (fewer round trips than one by one)."""
CHUNKS_AHEAD_PER_WORKER = 16
"""Chunks each enrichment process may have waiting or done before the writer takes them: enough
to keep it busy, few enough that memory does not grow with the archive."""


@dataclass(frozen=True, slots=True)
class Progress:
    """Reported after each article is written: running counts and where it came from."""

    articles: int
    passages: int
    origin: str


OnProgress = Callable[[Progress], None]


class StopIndexing(Exception):
    """Raised by an ``on_progress`` callback to end a run early and keep what it wrote: the
    articles written so far are committed, the rest are not read, and the report is
    ``stopped`` (the command line's first Ctrl-C, so an hour's indexing is not lost)."""


@dataclass(frozen=True, slots=True)
class IndexReport:
    """What an indexing run did: counts, every problem met, and where the index is."""

    index_dir: Path
    articles: int
    passages: int
    problems: tuple[Problem, ...]
    seconds: float
    formats: Mapping[str, int] = field(default_factory=dict)
    """Articles read per input format (``{"html": 3, "feed": 12}``); filled by
    :func:`index_paths`, which alone knows the files."""
    location: str = ""
    """Where the passages went, as the user names it: the index folder, or the engine URL
    (``opensearch://HOST:9200/news``; ``index_dir`` is then the index's alias, ``news``)."""
    stopped: bool = False
    """True when ``on_progress`` ended the run early (:class:`StopIndexing`): the articles
    counted are written, those after them were not read."""

    def __post_init__(self) -> None:
        if not self.location:
            object.__setattr__(self, "location", str(self.index_dir))

    @property
    def skipped(self) -> int:
        return sum(p.severity is Severity.SKIPPED for p in self.problems)

    @property
    def warnings(self) -> int:
        return sum(p.severity is Severity.WARNING for p in self.problems)

    @property
    def status(self) -> str:
        """``ok`` (all indexed), ``partial`` (some records skipped), ``stopped`` (ended early,
        :class:`StopIndexing`) or ``failed`` (nothing indexed, whether nothing could be read or
        nothing was there)."""
        if self.stopped:
            return "stopped"
        if self.articles == 0:
            return "failed"
        return "partial" if self.skipped else "ok"


@dataclass(frozen=True, slots=True)
class _Ready:
    """One article's Whoosh documents, built where it was enriched (a worker process)."""

    article_id: str
    origin: str
    docs: list[dict[str, Any]]
    failure: str | None = None
    """Why enrichment failed, when it did (the docs then carry text but no entities)."""


def _ready(article: Article, passages: Sequence[Passage], failure: str | None = None) -> _Ready:
    docs = article_documents(article, passages)
    return _Ready(article.id, article.origin or article.id, docs, failure)


# Worker-process state: the enricher is loaded once per process, never per article.
_ENRICHER: Any = None


def _init_worker(enricher: Enricher | None) -> None:
    global _ENRICHER
    if enricher is None:
        from .nlp.pipeline import Enricher

        enricher = Enricher.default()
    _ENRICHER = enricher


def _init_pool_worker(enricher: Enricher | None) -> None:
    """Pool workers leave Ctrl-C to the writer, which stops them: a worker interrupted while it
    waits on the pool's queue dies holding the queue's lock, and the pool then hangs at exit."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if enricher is not None or _ENRICHER is None:  # "spawn" start method: nothing inherited
        _init_worker(enricher)


def _enrich_one(article: Article) -> _Ready:
    try:
        return _ready(article, _ENRICHER.enrich(article))
    except Exception as exc:  # a bug in enrichment must not lose the article
        from .nlp.segment import segment

        bare = [Passage(article.id, s.position, s.text, s.heading) for s in segment(article)]
        return _ready(article, bare, f"{type(exc).__name__}: {exc}")


def _enriched(
    articles: Iterable[Article], workers: int, enricher: Enricher | None
) -> Generator[_Ready, None, None]:
    # Load the model here, once: a missing model is one clear error (a failing pool initializer
    # would be restarted forever), and forked workers inherit the loaded model.
    _init_worker(enricher)
    if workers < 1:
        yield from map(_enrich_one, articles)
        return
    import multiprocessing

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    # A forked worker inherits the enricher; a spawned one is sent the caller's (pickled).
    sent = enricher if method == "spawn" else None
    context = multiprocessing.get_context(method)
    with context.Pool(workers, initializer=_init_pool_worker, initargs=(sent,)) as pool:
        yield from _in_order(pool, articles, ahead=workers * CHUNKS_AHEAD_PER_WORKER)


def _in_order(pool: Any, articles: Iterable[Article], *, ahead: int) -> Iterator[_Ready]:
    """The articles enriched by ``pool``, in order, with at most ``ahead`` chunks of
    :data:`ENRICH_CHUNK` articles sent and not yet taken. ``Pool.imap`` has no such bound: when
    the workers outpace the writer (one enrichment process does ~3,800 Reuters passages a
    second, Whoosh writes ~2,000), its finished results pile up in this process, and a 10×
    Reuters build peaked at 3.7 GiB."""
    pending: deque[Any] = deque()
    source = iter(articles)
    while chunk := list(islice(source, ENRICH_CHUNK)):
        pending.append(pool.apply_async(_enrich_chunk, (chunk,)))
        if len(pending) >= ahead:
            yield from pending.popleft().get()
    while pending:
        yield from pending.popleft().get()


def _enrich_chunk(articles: list[Article]) -> list[_Ready]:
    return [_enrich_one(article) for article in articles]


def default_workers() -> int:
    """Enrichment processes by default: one per core but the writer's (none on one core)."""
    return max(0, (os.cpu_count() or 1) - 1)


def _fill(
    items: Iterable[_Ready],
    add: Callable[[_Ready], None],
    log: ProblemLog,
    on_progress: OnProgress | None,
) -> tuple[int, int, bool]:
    """Hand each enriched article to ``add`` (the writer of either engine), reporting failed
    enrichment and articles without text; returns the articles and passages added, and
    whether ``on_progress`` stopped the run (:class:`StopIndexing`)."""
    n_articles = n_passages = 0
    for item in items:
        if item.failure is not None:
            log.warn(
                item.origin,
                None,
                f"enrichment failed ({item.failure})",
                "indexed without entities or dates",
            )
        if not item.docs:
            log.skip(item.origin, None, f"article {item.article_id!r} has no text", "skipped")
            continue
        add(item)
        n_articles += 1
        n_passages += len(item.docs)
        if on_progress is not None:
            try:
                on_progress(Progress(n_articles, n_passages, item.origin))
            except StopIndexing:
                close = getattr(items, "close", None)
                if close is not None:
                    close()  # the reading and enrichment behind it stop before the commit
                return n_articles, n_passages, True
    return n_articles, n_passages, False


def _write_cluster(
    items: Iterable[_Ready],
    url: str,
    *,
    log: ProblemLog,
    batch_size: int,
    rebuild: bool,
    on_progress: OnProgress | None,
    started: float,
) -> IndexReport:
    """The OpenSearch engine's writing: the same documents, sent to the cluster
    (:mod:`newsindex.opensearch.writer`)."""
    from .opensearch.writer import ClusterWriter

    where = Location.parse(url)
    with ClusterWriter(where, log=log, rebuild=rebuild, batch_size=batch_size) as writer:
        n_articles, n_passages, stopped = _fill(
            items,
            lambda item: writer.add(item.article_id, item.docs, item.origin),
            log,
            on_progress,
        )
    return IndexReport(
        index_dir=Path(where.alias),
        articles=n_articles,
        passages=n_passages - writer.rejected,
        problems=tuple(log.problems),
        seconds=time.perf_counter() - started,
        location=str(where),
        stopped=stopped,
    )


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
    started = time.perf_counter()
    index = given_or_engine(index)
    if is_engine_url(index):
        return _write_cluster(
            items,
            str(index),
            log=log,
            batch_size=batch_size,
            rebuild=rebuild,
            on_progress=on_progress,
            started=started,
        )
    index_dir = resolve_index_dir(index)
    with _refused_as_index(index_dir), writer_lock(index_dir, wait=wait, notice=on_notice):
        ix = open_or_create(index_dir, rebuild=rebuild)
        before = ix.latest_generation()
        batch = BatchWriter(ix, batch_size)
        try:
            n_articles, n_passages, stopped = _fill(
                items, lambda item: batch.add(item.article_id, item.docs), log, on_progress
            )
            batch.commit()
            if ix.latest_generation() != before:
                record_shared_keys(index_dir, ix)
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
        stopped=stopped,
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
    enricher: Enricher | None = None,
) -> IndexReport:
    """Segment, enrich and write ``articles``; returns the run's report.

    Enrichment and document building run in ``workers`` processes while this process reads
    input and writes the index; 0 enriches in this process. The default leaves one core to the
    writer, which is the bottleneck: with two cores, one worker keeps up with it and a second
    only takes CPU from it. ``enricher`` replaces the built-in steps
    (:meth:`Enricher.default`), for instance with a step of your own added.
    """
    workers = workers if workers is not None else default_workers()
    enriched = _enriched(articles, workers, enricher)
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


@contextmanager
def _refused_as_index(index_dir: Path) -> Iterator[None]:
    """A file or a folder of other files refused as the index to write says where to write
    instead: the usual advice, to build one with `newsindex index`, is the command just run.
    ``--rebuild`` writes the index into such a folder, beside its files."""
    try:
        yield
    except IndexNotFoundError as exc:
        advice = "Index into a new or empty folder (`--index NEW_FOLDER`)"
        if index_dir.is_dir():
            advice += f", or add --rebuild to write the index into {index_dir} beside its files"
        raise IndexNotFoundError(index_dir, exc.reason, f"{advice}.") from None


def index_paths(
    paths: Iterable[Path | str] | Path | str,
    *,
    index: Path | str | None = None,
    format: str | None = None,
    fields: Mapping[str, str] | None = None,
    strict: bool = False,
    batch_size: int = DEFAULT_BATCH,
    workers: int | None = None,
    rebuild: bool = False,
    wait: float = 0.0,
    on_problem: Callable[[Problem], None] | None = None,
    on_progress: OnProgress | None = None,
    on_notice: Callable[[str], None] | None = None,
    enricher: Enricher | None = None,
) -> IndexReport:
    """Read files and folders (any supported format) and index every article in them
    (``enricher``: see :func:`index_articles`). ``fields`` says where JSON and CSV records
    hold newsindex's fields (``{"text": "story_body", "date": "meta.published"}``). When none
    of ``paths`` exists, nothing is created: the index folder is not made for a typing error.
    One path may be given alone (``index_paths("seeds")``; iterated, its characters were paths)."""
    from .readers import read_paths

    paths = [paths] if isinstance(paths, str | Path) else list(paths)
    if paths and not any(Path(p).expanduser().exists() for p in paths):
        raise NewsindexError(
            f"{paths[0]}: no such file or folder; nothing to index (check the path)"
        )
    log = ProblemLog(strict=strict, listener=on_problem)
    formats: Counter[str] = Counter()
    workers = workers if workers is not None else default_workers()
    report = index_articles(
        # Saved pages cost more to extract than to enrich: read in as many processes.
        read_paths(
            paths, format=format, log=log, fields=fields, formats=formats, processes=workers
        ),
        index=index,
        log=log,
        batch_size=batch_size,
        workers=workers,
        rebuild=rebuild,
        wait=wait,
        on_progress=on_progress,
        on_notice=on_notice,
        enricher=enricher,
    )
    return replace(report, formats=dict(formats.most_common()))


def copy_index(
    source: Path | str | None,
    target: Path | str,
    *,
    rebuild: bool = False,
    on_problem: Callable[[Problem], None] | None = None,
    on_progress: OnProgress | None = None,
) -> IndexReport:
    """Copy every passage of the index ``source`` (a folder, or a cluster) to ``target``
    (typically ``opensearch://HOST:9200/news``: ``newsindex push``) as indexed: nothing is
    enriched again. Passages keep their ids, so copying again replaces them."""
    from .engine import open_index

    source = resolve_index_dir(None) if source is None else source  # a folder, by default
    if str(source) == str(target):
        raise NewsindexError(f"{target}: the index to copy and the target are the same")
    with open_index(source) as ix:
        articles = (
            (
                Article(
                    view.id,
                    view.title,
                    view.date,
                    (),
                    source=view.source,
                    url=view.url,
                    byline=view.byline,
                    credit=view.credit,
                    dateline=view.dateline,
                    origin=f"{ix.path}:{view.id}",
                ),
                view.passages,
            )
            for view in ix.iter_articles()
        )
        return index_passages(
            articles,
            index=target,
            log=ProblemLog(listener=on_problem),
            rebuild=rebuild,
            on_progress=on_progress,
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
    index = given_or_engine(index)
    if is_engine_url(index):
        raise ClusterUnsupportedError(
            Location.parse(str(index)).cluster,
            "optimize (a cluster merges its segments itself; POST /INDEX/_forcemerge merges "
            "them at once)",
        )
    index_dir = resolve_index_dir(index)
    started = time.perf_counter()
    open_existing(index_dir).close()  # the clear error for a wrong path, before any lock file
    with writer_lock(index_dir, wait=wait, notice=on_notice):
        ix = open_existing(index_dir)
        try:
            before = count_segments(ix)
            if before > 1:
                merging_writer(ix).commit(optimize=True)
                record_shared_keys(index_dir, ix)  # merging renumbers the documents
            after = count_segments(ix)
        finally:
            ix.close()
    return OptimizeReport(index_dir, before, after, time.perf_counter() - started)


@dataclass(frozen=True, slots=True)
class DeleteReport:
    """What :func:`delete_articles` did."""

    location: str
    """The index folder, or the engine URL."""
    deleted: tuple[str, ...]
    """The ids of the articles deleted, in the order given."""
    passages: int
    missing: tuple[str, ...]
    """The ids given that the index does not hold."""
    seconds: float

    @property
    def status(self) -> str:
        """``ok`` (every article given deleted), ``partial`` (some not held) or ``failed``
        (none held)."""
        if not self.deleted:
            return "failed"
        return "partial" if self.missing else "ok"


def delete_articles(
    ids: Iterable[str],
    *,
    index: Path | str | None = None,
    wait: float = 0.0,
    on_notice: Callable[[str], None] | None = None,
) -> DeleteReport:
    """Delete articles (each with all its passages) from the index by id: a story retracted,
    or files indexed by mistake. An id the index does not hold is listed in the report, not an
    error, so a list of ids can be applied again; a passage id (``ARTICLE_ID#POSITION``) is an
    error, as a passage is never deleted alone. Searches see the change at once; the space is
    reclaimed when segments merge (:func:`optimize_index`)."""
    started = time.perf_counter()
    wanted = list(dict.fromkeys(i.strip() for i in ids if i.strip()))
    if not wanted:
        raise InvalidArgumentError("ids", [], "give the id of at least one article")
    passages = [i for i in wanted if "#" in i]
    if passages:
        raise InvalidArgumentError(
            "ids",
            passages[0],
            "a passage id; delete removes whole articles: give its article's id, the part "
            "before '#'",
        )
    index = given_or_engine(index)
    if is_engine_url(index):
        from .opensearch.writer import delete_cluster_articles

        where = Location.parse(str(index))
        found = delete_cluster_articles(where, wanted)
        location = str(where)
    else:
        index_dir = resolve_index_dir(index)
        open_existing(index_dir).close()  # the clear error for a wrong path, before any lock
        with writer_lock(index_dir, wait=wait, notice=on_notice):
            ix = open_existing(index_dir)
            try:
                found = delete_by_article(ix, wanted)
                if found:
                    record_shared_keys(index_dir, ix)  # the deleted passages are no copies
            finally:
                ix.close()
        location = str(index_dir)
    return DeleteReport(
        location=location,
        deleted=tuple(i for i in wanted if i in found),
        passages=sum(found.values()),
        missing=tuple(i for i in wanted if i not in found),
        seconds=time.perf_counter() - started,
    )
