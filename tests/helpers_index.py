"""Shared helpers for the reliability tests: a generated corpus, index snapshots, and a child
process that indexes, searches or dies on cue.

The child runs as ``python tests/helpers_index.py MODE ...`` so a test can SIGKILL it, or let it
kill itself at an exact point inside Whoosh's commit (``--kill POINT:N``), without touching the
test process. No NLP is involved: passages are hand-made, so these runs take well under a second.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE.parent) not in sys.path:  # the child runs as a script from anywhere
    sys.path.insert(0, str(HERE.parent))

from newsindex import Article, Paragraph, Passage, index_passages, open_index  # noqa: E402
from newsindex.index.records import Records  # noqa: E402

COMMON_WORD = "harbour"
"""Every generated passage contains this word, so searching it lists the whole index."""

PLACES = ("Kelby", "Marnow", "Ostrava", "Tessel")
PERSONS = ("Ada Moreno", "Ivo Lind", "June Okafor")


def passages_per_article(i: int) -> int:
    return 1 + i % 3


def make_corpus(n: int, *, first: int = 0) -> list[tuple[Article, list[Passage]]]:
    """``n`` small articles with 1-3 passages each; every passage text is unique."""
    items = []
    for i in range(first, first + n):
        aid = f"gen-{i:04d}"
        texts = [
            f"The {COMMON_WORD} of {PLACES[i % 4]} handled cargo lot{i}x{p} on day {i}."
            for p in range(passages_per_article(i))
        ]
        art = Article(
            id=aid,
            title=f"Harbour report {i}",
            date=dt.date(2024, 1, 1) + dt.timedelta(days=i),
            paragraphs=tuple(Paragraph(t) for t in texts),
            source="Gen Wire",
            origin=f"{aid}.jsonl",
        )
        passages = [
            Passage(
                aid,
                p,
                text,
                persons=(PERSONS[(i + p) % 3],),
                places=(PLACES[i % 4],),
            )
            for p, text in enumerate(texts)
        ]
        items.append((art, passages))
    return items


def corpus_ids(items: list[tuple[Article, list[Passage]]]) -> list[str]:
    return sorted(p.id for _, passages in items for p in passages)


def write_jsonl(path: Path, n: int) -> Path:
    """The generated corpus as a JSON Lines file, for runs of the real ``newsindex index``."""
    with path.open("w", encoding="utf-8") as out:
        for art, _ in make_corpus(n):
            record = {
                "id": art.id,
                "title": art.title,
                "date": art.date.isoformat() if art.date else None,
                "source": art.source,
                "paragraphs": [p.text for p in art.paragraphs],
            }
            out.write(json.dumps(record) + "\n")
    return path


@dataclass(frozen=True)
class Snapshot:
    """What an index holds, read twice: through the public search API and from Whoosh's
    stored fields (which would show duplicate documents that search ranking could hide)."""

    total: int
    search_ids: list[str]
    stored_ids: list[str]

    @property
    def articles(self) -> set[str]:
        return {pid.rpartition("#")[0] for pid in self.stored_ids}


def snapshot(index: Path) -> Snapshot:
    from whoosh import index as whoosh_index

    with open_index(index) as ix:
        results = ix.search(COMMON_WORD, limit=10_000, snippets=False)
    ids = sorted(h.id for h in results.hits)
    wix = whoosh_index.open_dir(str(index))
    with wix.reader() as reader:
        stored = sorted(fields["passage_id"] for fields in Records(reader))
    return Snapshot(total=results.total, search_ids=ids, stored_ids=stored)


# ------------------------------------------------------------------------- kill points (child)


def _die(point: str) -> None:
    print(f"KILLED-AT {point}", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)


def _countdown(point: str, nth: int, *, after: bool = False) -> Callable[[Any], Any]:
    """Wrap a function so its ``nth`` call kills the process (before or after it runs)."""
    calls = [0]

    def wrap(fn: Any) -> Any:
        def wrapper(*args: Any, **kw: Any) -> Any:
            calls[0] += 1
            if calls[0] == nth and not after:
                _die(point)
            result = fn(*args, **kw)
            if calls[0] == nth and after:
                _die(point)
            return result

        return wrapper

    return wrap


def install_kill(spec: str) -> None:
    """Make this process SIGKILL itself at ``POINT:N`` (the Nth time POINT is reached).

    Points: ``create`` (Nth table of contents written: 1 = the new empty index, before the
    stamp of a rebuild and before old files are removed), ``add`` (Nth document added:
    mid-batch), ``delete`` (Nth replaced document deleted, in a re-run), ``commit-start`` /
    ``commit-end`` (entering / leaving the Nth commit), ``compound`` (segment assembled into its
    compound file, loose files not yet removed), ``toc-rename`` (new table of contents written
    to its temporary name, not yet renamed), ``clean`` (new table of contents in place, old
    files not yet deleted), ``merge`` (Nth segment added to a merge). Creating the index writes
    and cleans a first table of contents, so ``toc-rename:N`` and ``clean:N`` fall in commit N-1.
    """
    from whoosh import index as wi
    from whoosh import writing
    from whoosh.filedb import compound, filestore

    point, _, n = spec.partition(":")
    nth = int(n or 1)
    sw = writing.SegmentWriter
    if point == "create":
        wi.TOC.write = _countdown(point, nth, after=True)(wi.TOC.write)
    elif point == "add":
        sw.add_document = _countdown(point, nth)(sw.add_document)
    elif point == "delete":
        sw.delete_document = _countdown(point, nth)(sw.delete_document)
    elif point in ("commit-start", "commit-end"):
        sw.commit = _countdown(point, nth, after=point == "commit-end")(sw.commit)
    elif point == "compound":
        assemble = compound.CompoundStorage.assemble  # a staticmethod
        compound.CompoundStorage.assemble = staticmethod(
            _countdown(point, nth, after=True)(assemble)
        )
    elif point == "toc-rename":
        rename = filestore.FileStorage.rename_file
        toc_calls = [0]

        def rename_file(self: Any, old: str, new: str, safe: bool = False) -> None:
            if new.endswith(".toc"):
                toc_calls[0] += 1
                if toc_calls[0] == nth:
                    _die(point)
            rename(self, old, new, safe=safe)

        filestore.FileStorage.rename_file = rename_file
    elif point == "clean":
        wi.clean_files = _countdown(point, nth)(wi.clean_files)
    elif point == "merge":
        sw.add_reader = _countdown(point, nth)(sw.add_reader)
    else:
        raise SystemExit(f"unknown kill point {point!r}")


# ------------------------------------------------------------------------------- child modes


def log_commits() -> None:
    """Print ``COMMITTED N`` each time a Whoosh commit returns (installed before kill points,
    so ``commit-end`` dies just after the line is printed)."""
    from whoosh import writing

    commit = writing.SegmentWriter.commit
    done = [0]

    def logged(self: Any, *args: Any, **kw: Any) -> None:
        commit(self, *args, **kw)
        done[0] += 1
        print(f"COMMITTED {done[0]}", flush=True)

    writing.SegmentWriter.commit = logged


def _write(args: argparse.Namespace) -> None:
    print(f"PID {os.getpid()}", flush=True)
    log_commits()
    if args.kill:
        install_kill(args.kill)
    report = index_passages(
        make_corpus(args.n),
        index=args.index,
        batch_size=args.batch,
        rebuild=args.rebuild,
        on_notice=lambda msg: print(f"NOTICE {msg}", flush=True),
    )
    print(f"DONE {report.articles} {report.passages}", flush=True)


def _stress_writer(args: argparse.Namespace) -> None:
    """Commit batches of ``batch`` articles for ``seconds``, then create ``stop``."""
    deadline = time.monotonic() + args.seconds
    first = passages = commits = 0
    try:
        while time.monotonic() < deadline:
            items = make_corpus(args.batch * 4, first=first)
            report = index_passages(items, index=args.index, batch_size=args.batch)
            first += report.articles
            passages += report.passages
            commits += 4
    finally:
        args.stop.touch()
    print(json.dumps({"articles": first, "passages": passages, "commits": commits}), flush=True)


def _origin(exc: BaseException) -> str:
    """The newsindex line that called into the failing code (for the test's message)."""
    import traceback

    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if "/newsindex/" in f.filename]
    frame = ours[-1] if ours else frames[-1]
    return f"{Path(frame.filename).name}:{frame.lineno} {frame.line}"


def _stress_reader(args: argparse.Namespace) -> None:
    """Search in a loop until ``stop`` exists, alternating a fresh ``open_index`` per search and
    one long-lived handle; then search once more each way for the final count."""
    from newsindex.index import compat

    deadline = time.monotonic() + args.seconds
    searches = 0
    failures: list[str] = []
    regressions: list[str] = []
    last = 0
    long_lived = open_index(args.index)

    def search(fresh: bool) -> int:
        if fresh:
            with open_index(args.index) as ix:
                return ix.search(COMMON_WORD, limit=5, snippets=False, collapse=False).total
        return long_lived.search(COMMON_WORD, limit=5, snippets=False, collapse=False).total

    finals: dict[str, int] = {}
    try:
        while time.monotonic() < deadline and len(failures) < 20:
            stopping = args.stop.exists()
            for fresh in (True, False) if stopping else (searches % 2 == 0,):
                mode = "fresh" if fresh else "long-lived"
                searches += 1
                try:
                    total = search(fresh)
                except Exception as exc:
                    failures.append(f"{mode}: {type(exc).__name__}: {exc} [{_origin(exc)}]")
                    continue
                if total < last:
                    regressions.append(f"{mode} search {searches}: {total} < {last}")
                last = max(last, total)
                if stopping:
                    finals[mode] = total
            if stopping:
                break
    finally:
        try:
            long_lived.close()
        except Exception as exc:
            failures.append(f"closing the long-lived handle: {type(exc).__name__}: {exc}")
    summary = {
        "searches": searches,
        "failures": failures,
        "regressions": regressions,
        "finals": finals,
        "retries": compat.retry_count(),
    }
    print(json.dumps(summary), flush=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="mode", required=True)
    write = sub.add_parser("write", help="index the generated corpus")
    write.add_argument("index", type=Path)
    write.add_argument("--n", type=int, default=60)
    write.add_argument("--batch", type=int, default=5)
    write.add_argument("--kill", default="")
    write.add_argument("--rebuild", action="store_true")
    writer = sub.add_parser("stress-writer")
    writer.add_argument("index", type=Path)
    writer.add_argument("--seconds", type=float, default=10)
    writer.add_argument("--batch", type=int, default=3)
    writer.add_argument("--stop", type=Path, required=True)
    reader = sub.add_parser("stress-reader")
    reader.add_argument("index", type=Path)
    reader.add_argument("--seconds", type=float, default=10)
    reader.add_argument("--stop", type=Path, required=True)
    args = parser.parse_args(argv)
    {"write": _write, "stress-writer": _stress_writer, "stress-reader": _stress_reader}[args.mode](
        args
    )


def run_child(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run this file as a child process with ``args``; returns its exit status and output."""
    return subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


if __name__ == "__main__":
    main()
