"""Whoosh made safe for concurrent readers and writers (retries when a commit removes files, a
FileIndex whose readers open completely or not at all) and light to hold (segment files mapped,
not copied). Each extension keeps to Whoosh's public API."""

from __future__ import annotations

import io
import mmap
import sys
import time
import weakref
from array import array
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["index_class", "mapped_storage_class", "retry_count", "retry_on_vanished_files"]

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
TERM_INFOS_KEPT = 4096
"""Terms a segment's reader remembers before it forgets them all (a few hundred bytes each)."""


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
    from whoosh.reading import EmptyReader, MultiReader, SegmentReader, TermNotFound

    class TermInfoReader(SegmentReader):  # type: ignore[misc]
        """A segment's reader that remembers the terms it has looked up. Whoosh looks a query
        word up three times in each segment it opens a matcher on (is it there, its frequency
        for the matcher tree, its statistics for the scorer), each a hash-table probe and a
        decoding; a search opens matchers several times (ranking, counting, copies)."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            SegmentReader.__init__(self, *args, **kwargs)
            self._infos: dict[tuple[str, Any], Any] = {}

        def term_info(self, fieldname: str, text: Any) -> Any:
            key = (fieldname, text)
            info = self._infos.get(key)
            if info is None:
                info = SegmentReader.term_info(self, fieldname, text)  # TermNotFound if absent
                if len(self._infos) >= TERM_INFOS_KEPT:
                    self._infos.clear()
                self._infos[key] = info
            return info

        def __contains__(self, term: Any) -> bool:
            try:
                self.term_info(*term)
            except TermNotFound:
                return False
            return True

        def doc_frequency(self, fieldname: str, text: Any) -> int:
            try:
                return int(self.term_info(fieldname, text).doc_frequency())
            except TermNotFound:  # 0, or Whoosh's error for a field the schema lacks
                return int(SegmentReader.doc_frequency(self, fieldname, text))

        def frequency(self, fieldname: str, text: Any) -> float:
            try:
                return float(self.term_info(fieldname, text).weight())
            except TermNotFound:
                return float(SegmentReader.frequency(self, fieldname, text))

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
                        TermInfoReader(
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


_STORAGE_CLASS: Any = None


def mapped_storage_class() -> Any:
    """A ``FileStorage`` that maps each segment file into memory and reads its parts in place.

    Whoosh's own mapping copies every part of a segment it opens (postings, terms, records) into a
    ``BytesIO``, so a handle grows to the index's size (4 GiB at ten times Reuters); reading
    through file calls instead costs two system calls per postings block. Here each part is a
    read-only map of its range of the segment file: random reads are slices of the map, sequential
    reads are the map's own ``read``, and the pages are the operating system's cache, shared by
    every handle and process that reads the index.
    """
    global _STORAGE_CLASS
    if _STORAGE_CLASS is not None:
        return _STORAGE_CLASS
    from whoosh.codec.base import Segment
    from whoosh.filedb.compound import SubFile
    from whoosh.filedb.filestore import FileStorage
    from whoosh.filedb.structfile import StructFile

    little_endian = sys.byteorder == "little"

    class MappedFile(StructFile):  # type: ignore[misc]
        """``length`` bytes of ``source`` (an open file) from ``start``, as a read-only map,
        listed in ``maps`` (its storage's, for :meth:`MappedStorage.release_pages`)."""

        def __init__(
            self, source: Any, start: int, length: int, name: str, owner: bool, maps: Any
        ) -> None:
            aligned = start - start % mmap.ALLOCATIONGRANULARITY
            mapped = mmap.mmap(
                source.fileno(), start - aligned + length, access=mmap.ACCESS_READ, offset=aligned
            )
            StructFile.__init__(self, mapped, name=name)
            self._source = source
            self._owner = owner
            self._start = start
            self._delta = start - aligned
            self._length = length
            self._maps = maps
            maps.add(self)
            mapped.seek(self._delta)

        def subset(self, offset: int, length: int, name: str | None = None) -> Any:
            name = name or self._name
            if length == 0:
                return StructFile(io.BytesIO(), name=name)  # a map cannot be empty
            try:
                return MappedFile(
                    self._source, self._start + offset, length, name, False, self._maps
                )
            except OSError:  # out of address space: read this part through the file
                return StructFile(SubFile(self._source, self._start + offset, length), name=name)

        def seek(self, position: int, whence: int = 0) -> Any:
            if whence == 0:
                return self.file.seek(self._delta + position)
            if whence == 1:
                return self.file.seek(position, 1)
            return self.file.seek(self._delta + self._length + position)

        def tell(self) -> int:
            return int(self.file.tell()) - self._delta

        def get(self, position: int, length: int) -> bytes:
            start = self._delta + position
            data: bytes = self.file[start : start + length]
            return data

        def get_array(self, position: int, typecode: str, length: int) -> Any:
            values = array(typecode)
            values.frombytes(self.get(position, length * values.itemsize))
            if little_endian:
                values.byteswap()
            return values

        def close(self) -> None:
            StructFile.close(self)
            if self._owner:
                self._source.close()

    class MappedStorage(FileStorage):  # type: ignore[misc]
        def __init__(self, path: str) -> None:
            # Whoosh's own mapping copies each part; parts come from MappedFile.subset instead.
            FileStorage.__init__(self, path, supports_mmap=False)
            self._maps: weakref.WeakSet[MappedFile] = weakref.WeakSet()

        def release_pages(self) -> None:
            """Take the pages read so far out of this process's resident memory. They stay in
            the operating system's file cache (the maps are read-only views of the files), so
            reading them again costs a page-table entry, not a disk read."""
            advice = getattr(mmap, "MADV_DONTNEED", None)
            if advice is None:
                return  # Windows: no such advice
            for part in list(self._maps):
                if not part.is_closed:
                    part.file.madvise(advice)

        def open_file(self, name: str, **kwargs: Any) -> Any:
            if not name.endswith(Segment.COMPOUND_EXT) or kwargs:
                return FileStorage.open_file(self, name, **kwargs)
            source = open(self._fpath(name), "rb")  # noqa: SIM115 (closed with the MappedFile)
            try:
                length = source.seek(0, 2)
                return MappedFile(source, 0, length, name, True, self._maps)
            except (OSError, ValueError):
                # A file system that cannot map files, or an empty (damaged) segment: read the
                # file through file calls, as Whoosh does (a damaged one then fails with its error).
                source.close()
                return FileStorage.open_file(self, name)
            except BaseException:
                source.close()
                raise

    _STORAGE_CLASS = MappedStorage
    return _STORAGE_CLASS
