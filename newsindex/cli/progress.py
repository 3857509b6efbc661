"""Indexing progress on stderr, and a Ctrl-C that waits for the article in hand."""

from __future__ import annotations

import contextlib
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import click

from newsindex.problems import Severity


def reason_kind(reason: str) -> str:
    """A problem's reason with its quoted values and numbers masked: the key under which problems
    that differ only there are counted together. It is never shown (a masked "UTF-N" or "has N
    fields" reads as nonsense): :class:`ReasonGroups` shows a real reason of each group."""
    return re.sub(r"\d+", "N", re.sub(r"'[^']*'|\"[^\"]*\"", "…", reason))


class ReasonGroups:
    """Problems counted by :func:`reason_kind`, each group shown as the first real reason."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.first: dict[str, str] = {}
        self.varied: set[str] = set()

    def add(self, reason: str) -> str:
        """Count ``reason``; returns its group key."""
        kind = reason_kind(reason)
        self.counts[kind] += 1
        if self.first.setdefault(kind, reason) != reason:
            self.varied.add(kind)
        return kind

    def example(self, kind: str) -> str:
        """The group's first reason, marked when others in it differ in names or numbers."""
        return self.first[kind] + (" (and the like)" if kind in self.varied else "")

    def most_common(self) -> list[tuple[str, int]]:
        """(shown reason, count) per group, the largest first."""
        return [(self.example(kind), n) for kind, n in self.counts.most_common()]


class IndexDisplay:
    """Indexing progress: a live bar (articles/s, passages, warnings, ETA by bytes read) on a
    terminal, a log line every few seconds otherwise; problem lines above it."""

    def __init__(self, paths: Sequence[Path], *, quiet: bool, verbose: bool) -> None:
        self.quiet = quiet
        self.per_kind = 10**9 if verbose else 20
        self.shown = ReasonGroups()
        self.sizes = {str(p): _size(p) for p in _files(paths)}
        self.total = sum(self.sizes.values())
        self.done_bytes = 0
        self.current: str | None = None
        self.warnings = 0
        self.first: float | None = None  # the first article's time: the models are loaded
        self.last_line = 0.0
        self.bar: Any = None

    def __enter__(self) -> IndexDisplay:
        if not self.quiet and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

            console = Console(stderr=True)
            # A live bar only where it can be erased at the end: on a dumb terminal (or one rich
            # does not drive) its last frame would stay on screen, stale, above the summary.
            if not console.is_terminal or console.is_dumb_terminal:
                return self
            self.bar = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                TimeRemainingColumn(),
                console=console,
                transient=True,
            )
            self.bar.start()
            self.task = self.bar.add_task("reading…", total=self.total or None)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()  # transient: erases the bar's line
            self.bar = None

    def echo(self, message: str) -> None:
        if self.bar is not None:
            self.bar.console.print(message, markup=False, highlight=False)
        else:
            click.echo(message, err=True)

    def problem(self, problem: Any) -> None:
        self.warnings += problem.severity is Severity.WARNING
        kind = self.shown.add(problem.reason)
        if not self.quiet and self.shown.counts[kind] <= self.per_kind:
            self.echo(str(problem))

    def progress(self, p: Any) -> None:
        path = p.origin.rsplit(":", 1)[0] if p.origin not in self.sizes else p.origin
        if path != self.current:
            self.done_bytes += self.sizes.get(self.current or "", 0)
            self.current = path
        now = time.monotonic()
        if self.first is None:  # the clock starts here, not while the models load
            self.first = self.last_line = now
        rate = p.articles / max(now - self.first, 1e-9)
        text = (
            f"{p.articles:,} articles ({rate:,.0f}/s), {p.passages:,} passages, "
            f"{self.warnings:,} warnings"
        )
        if self.bar is not None:
            self.bar.update(self.task, completed=self.done_bytes, description=text)
        elif not self.quiet and now - self.last_line >= 2.0:
            self.last_line = now
            self.echo(f"… {text}")

    def echo_hidden(self) -> None:
        """After the run: how many problems of each kind were left unlisted."""
        for kind, count in self.shown.counts.items():
            if count > self.per_kind and not self.quiet:
                click.echo(
                    f"… and {count - self.per_kind:,} more like “{self.shown.first[kind]}” "
                    "(--verbose lists all)",
                    err=True,
                )


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:  # broken links and unreadable files are the reader's to report
        return 0


def _files(paths: Sequence[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_file():
            yield path
        elif path.is_dir():
            for root, _, names in os.walk(path):
                yield from (Path(root) / n for n in names if not n.startswith("."))


@contextlib.contextmanager
def deferred_ctrl_c(notice: Callable[[str], None]) -> Iterator[Callable[[], None]]:
    """Ctrl-C takes effect between articles: the first ends the run and keeps what it wrote
    (``check()`` says so through ``notice`` and raises :class:`~newsindex.indexing.StopIndexing`,
    on which the writer commits); a second stops at once, without that last commit
    (KeyboardInterrupt). Python drops a KeyboardInterrupt that lands in a finalizer (Whoosh's
    lock ``__del__``), and the run would silently go on: hence the flag and ``check()``."""
    import signal

    from newsindex import StopIndexing

    pressed: list[bool] = []

    def handler(signum: int, frame: Any) -> None:
        if pressed:
            raise KeyboardInterrupt
        pressed.append(True)

    def check() -> None:
        if pressed == [True]:
            pressed.append(True)  # said once; a further press still stops at once
            notice("Stopping: saving the articles indexed so far (Ctrl-C again: stop at once).")
            raise StopIndexing

    previous = signal.signal(signal.SIGINT, handler)
    try:
        yield check
    finally:
        signal.signal(signal.SIGINT, previous)
