"""Whoosh made safe for concurrent readers and writers: retries when a commit removes files, and a
FileIndex whose readers open completely or not at all. Each patch keeps to Whoosh's public API."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["index_class", "retry_count", "retry_on_vanished_files"]

T = TypeVar("T")


_retries = 0


def retry_count() -> int:
    """How many times :func:`retry_on_vanished_files` retried in this process (diagnostics)."""
    return _retries


def retry_on_vanished_files(fn: Callable[[], T], *, attempts: int = 20) -> T:
    """Run ``fn``, retrying when a concurrent commit deleted the files it was reading.

    Whoosh readers list the segment files of the newest table of contents; a writer committing at
    the same moment may remove them, which shows as ``FileNotFoundError`` (0.1-0.5% of opens).
    """
    global _retries
    for attempt in range(attempts):
        try:
            return fn()
        except FileNotFoundError:
            if attempt == attempts - 1:
                raise
            _retries += 1
            time.sleep(0.01 * (attempt + 1))
    raise AssertionError("unreachable")


_INDEX_CLASS: Any = None


def index_class() -> Any:
    """Whoosh's ``FileIndex``, made safe to read while another process commits (built lazily so
    importing this module does not import Whoosh).

    Whoosh 2.7.4 re-reads the table of contents on every ``ix.schema`` access without retrying,
    and its ``reader(reuse=...)`` (used by ``Searcher.refresh``) closes the old readers even when
    opening the new ones fails; its own retry then closes them a second time, which raises
    ``ReaderClosed`` and leaves a long-lived searcher broken for good. Here every read of the
    table of contents retries, a new reader is opened completely (or not at all) before the old
    one is closed, and half-opened segment readers are closed on failure.
    """
    global _INDEX_CLASS
    if _INDEX_CLASS is not None:
        return _INDEX_CLASS
    from whoosh.index import FileIndex
    from whoosh.reading import EmptyReader, MultiReader, SegmentReader

    class SafeFileIndex(FileIndex):  # type: ignore[misc]
        def _read_toc(self) -> Any:
            return retry_on_vanished_files(lambda: FileIndex._read_toc(self))

        def _open_reader(self) -> Any:
            info = FileIndex._read_toc(self)
            if not info.segments:
                return EmptyReader(info.schema)
            opened: list[Any] = []
            try:
                for segment in info.segments:
                    opened.append(
                        SegmentReader(
                            self.storage, info.schema, segment, generation=info.generation
                        )
                    )
            except BaseException:
                for reader in opened:
                    reader.close()
                raise
            if len(opened) == 1:
                return opened[0]
            return MultiReader(opened, generation=info.generation)

        def reader(self, reuse: Any = None) -> Any:
            fresh = retry_on_vanished_files(self._open_reader)
            if reuse is not None:
                for leaf, _ in reuse.leaf_readers():
                    if not getattr(leaf, "is_closed", False):
                        leaf.close()
            return fresh

    _INDEX_CLASS = SafeFileIndex
    return _INDEX_CLASS
