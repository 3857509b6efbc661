"""The index folder on disk: where it lives, its format stamp, and who is writing it.

Whoosh stores the schema with pickle, so opening an index can run code: newsindex only opens the
folder the user named (or the documented default), never a path taken from a request.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any, TypeVar

from ..errors import IndexLockedError, IndexNotFoundError, IndexVersionError, NewsindexError
from .schema import SCHEMA_VERSION, build_schema

__all__ = [
    "INDEX_ENV",
    "SHARED_KEYS_FILE",
    "default_index_dir",
    "open_existing",
    "open_or_create",
    "read_shared_keys",
    "remove_leftovers",
    "resolve_index_dir",
    "retry_count",
    "retry_on_vanished_files",
    "segment_count",
    "write_shared_keys",
    "writer_lock",
]

INDEX_ENV = "NEWSINDEX_INDEX"
STAMP_FILE = "newsindex.json"
LOCK_FILE = "newsindex-writer.lock"
SHARED_KEYS_FILE = "newsindex-copykeys.json"
"""The copy keys (:data:`~newsindex.index.schema.DUPKEYS`) that two or more passages hold, and the
index generation they describe: search checks a shown hit's key against this list instead of
looking it up in every segment."""
_TEMP_STAMP = re.compile(
    "(" + re.escape(STAMP_FILE) + "|" + re.escape(SHARED_KEYS_FILE) + r")\.\d+\.tmp"
)
_TEMP_TOC = re.compile(r"_\w+_\d+\.toc\.[\d.]+")
"""Whoosh writes each table of contents under a temporary name first and never removes one that
a killed writer left behind."""
T = TypeVar("T")


def default_index_dir() -> Path:
    """``$NEWSINDEX_INDEX``, else ``$XDG_DATA_HOME/newsindex/index`` (``~/.local/share/...``)."""
    env = os.environ.get(INDEX_ENV)
    if env:
        return Path(env).expanduser()
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "newsindex" / "index"


def resolve_index_dir(path: Path | str | None) -> Path:
    return Path(path).expanduser() if path is not None else default_index_dir()


def _check_stamp(path: Path) -> None:
    stamp = path / STAMP_FILE
    try:
        found = json.loads(stamp.read_text(encoding="utf-8")).get("format", "?")
    except FileNotFoundError:
        found = "none (not written by newsindex)"
    except (OSError, ValueError, AttributeError):
        found = "unreadable"
    if found != SCHEMA_VERSION:
        raise IndexVersionError(path, str(found), SCHEMA_VERSION)


def _storage(path: Path, *, in_memory: bool = True) -> Any:
    """Whoosh's storage for ``path``. ``in_memory`` maps each segment file and Whoosh then copies
    every part of it it opens into memory (postings, terms, records: about the index's size);
    without it, reads go to the file as needed, so opening is quick and light."""
    from whoosh.filedb.filestore import FileStorage

    return FileStorage(str(path), supports_mmap=in_memory)


def _exists(path: Path) -> bool:
    """Whether ``path`` holds a Whoosh index (a table of contents), without reading it."""
    from whoosh.index import _DEF_INDEX_NAME, TOC

    generation: int = TOC._latest_generation(_storage(path), _DEF_INDEX_NAME)
    return generation >= 0


def open_existing(path: Path, *, in_memory: bool = True) -> Any:
    """Open the Whoosh index at ``path`` for reading, with clear errors for every way it fails
    (``in_memory``: see :func:`_storage`)."""
    if path.is_file():
        raise IndexNotFoundError(path, "is a file, not an index folder")
    if not path.is_dir():
        raise IndexNotFoundError(path)
    if not _exists(path):
        if any(not _is_own_file(p.name) for p in path.iterdir()):
            raise IndexNotFoundError(path, "folder holds no newsindex index")
        raise IndexNotFoundError(path, "index folder is empty")  # or its first run was killed
    _check_stamp(path)
    try:
        return _open(path, in_memory=in_memory)
    except (NewsindexError, FileNotFoundError):
        raise
    except Exception as exc:  # a damaged table of contents: Whoosh raises assorted errors
        raise NewsindexError(
            f"{path}: cannot read the index ({type(exc).__name__}: {exc}). Rebuild it: "
            f"`newsindex index PATH... --index {path} --rebuild`."
        ) from None


def _open(path: Path, *, in_memory: bool = True) -> Any:
    from whoosh.index import _DEF_INDEX_NAME

    storage = _storage(path, in_memory=in_memory)
    return retry_on_vanished_files(lambda: _index_class()(storage, None, _DEF_INDEX_NAME))


def segment_count(reader: Any) -> int:
    """Whoosh segments behind a reader (one per commit until merged); an empty index has none."""
    return len(reader.leaf_readers()) if reader.doc_count_all() else 0


def _is_own_file(name: str) -> bool:
    """Files newsindex itself leaves in an index folder before the index proper exists."""
    return (
        name in (LOCK_FILE, STAMP_FILE, SHARED_KEYS_FILE) or _TEMP_STAMP.fullmatch(name) is not None
    )


def open_or_create(path: Path, *, rebuild: bool = False) -> Any:
    """Open the index for writing, creating it (and its format stamp) when absent.

    Call it under :func:`writer_lock`. A new index gets its stamp before its table of contents,
    and a rebuilt one loses its old stamp first, so a run killed in between leaves a folder the
    same command can finish (or one that asks for ``--rebuild`` again), never an index of one
    format stamped as another.
    """
    _make_folder(path)
    exists = _exists(path)
    if exists and not rebuild:
        _check_stamp(path)
        return _open(path)
    if not rebuild and any(not _is_own_file(p.name) for p in path.iterdir()):
        raise IndexNotFoundError(path, "folder is not empty and holds no newsindex index")
    if rebuild:
        (path / STAMP_FILE).unlink(missing_ok=True)
    else:
        _write_stamp(path)
    ix = _empty_index(path)
    if rebuild:
        _write_stamp(path)
    return ix


def _empty_index(path: Path) -> Any:
    """Start the index afresh (its first one, or a ``--rebuild``) under a new generation number.

    Whoosh's ``create_in`` restarts at generation 0, so after a rebuild with as many commits as
    before, an open searcher's ``refresh`` sees its own generation number and keeps serving the
    deleted index. The empty table of contents replaces the old one atomically; the old files
    go once it is in place.
    """
    from whoosh.index import _DEF_INDEX_NAME, TOC, clean_files

    storage = _storage(path)
    generation = TOC._latest_generation(storage, _DEF_INDEX_NAME) + 1
    TOC(build_schema(), [], generation).write(storage, _DEF_INDEX_NAME)
    clean_files(storage, _DEF_INDEX_NAME, generation, [])
    return _open(path)


def _make_folder(path: Path) -> None:
    """Create the index folder (and its parents), or say plainly why it cannot be."""
    if path.is_file():
        raise IndexNotFoundError(path, "is a file, not an index folder")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise NewsindexError(
            f"{path}: cannot create the index folder ({exc.strerror}). Choose another folder "
            "with --index or NEWSINDEX_INDEX."
        ) from None


def _write_stamp(path: Path) -> None:
    stamp = {"format": SCHEMA_VERSION, "created": time.strftime("%Y-%m-%dT%H:%M:%S")}
    _write_json(path / STAMP_FILE, stamp)


def _write_json(target: Path, data: object) -> None:
    """Write atomically: a killed run leaves the old file or the new one."""
    temp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    temp.write_text(json.dumps(data), encoding="utf-8")
    os.replace(temp, target)


def write_shared_keys(path: Path, generation: int, keys: dict[str, list[int]]) -> None:
    """Record the shared copy keys of index generation ``generation`` and the documents holding
    each (writer lock held)."""
    _write_json(path / SHARED_KEYS_FILE, {"generation": generation, "keys": keys})


def read_shared_keys(path: Path) -> tuple[int, dict[str, tuple[int, ...]]] | None:
    """The recorded shared copy keys with their documents, and the index generation they
    describe; None when absent or unreadable."""
    try:
        data = json.loads((path / SHARED_KEYS_FILE).read_text(encoding="utf-8"))
        keys = {str(k): tuple(int(d) for d in docs) for k, docs in data["keys"].items()}
        return int(data["generation"]), keys
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def remove_leftovers(path: Path) -> list[str]:
    """Delete the temporary files a killed writer left; call only while holding the lock."""
    removed = []
    for item in path.iterdir():
        if _TEMP_TOC.fullmatch(item.name) or _TEMP_STAMP.fullmatch(item.name):
            with contextlib.suppress(FileNotFoundError):
                item.unlink()
                removed.append(item.name)
    return sorted(removed)


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


def _index_class() -> Any:
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


_HELD_LOCKS: set[int] = set()
"""File descriptors of the writer locks this process holds."""


def _drop_inherited_locks() -> None:
    """In a forked child (an enrichment worker), let go of the parent's writer lock.

    A ``flock`` belongs to the open file, which a fork shares: without this, workers orphaned by
    a killed writer keep its lock until they notice and exit, and a re-run in that moment is told
    the dead writer's PID is still writing. Pointing the child's descriptor at /dev/null drops
    the child's share only (``LOCK_UN`` would unlock the parent too) and keeps a later close of
    that descriptor harmless.
    """
    for fd in _HELD_LOCKS:
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, fd)
        os.close(null)
    _HELD_LOCKS.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_drop_inherited_locks)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except OSError as exc:
        return exc.errno == errno.EPERM
    return True


@contextlib.contextmanager
def writer_lock(
    path: Path, *, wait: float = 0.0, notice: Callable[[str], None] | None = None
) -> Iterator[None]:
    """Hold newsindex's writer lock on the index folder, recording our PID in it.

    The lock is an OS file lock that dies with its process (forked children do not inherit
    it), so a killed writer never blocks the next run; the PID it left in the file is reported
    as a cleared stale lock, and the temporary files it left are removed.
    """
    import fcntl

    _make_folder(path)
    try:
        handle = open(path / LOCK_FILE, "a+", encoding="ascii")  # noqa: SIM115 (closed below)
    except OSError as exc:
        raise NewsindexError(
            f"{path}: cannot write in the index folder ({exc.strerror}). Choose another folder "
            "with --index or NEWSINDEX_INDEX."
        ) from None
    with handle:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError:
                if time.monotonic() >= deadline:
                    raise IndexLockedError(path, _read_pid(handle)) from None
                time.sleep(0.2)
        _HELD_LOCKS.add(handle.fileno())
        try:
            stale = _read_pid(handle)
            if stale and stale != os.getpid() and not _pid_alive(stale):
                remove_leftovers(path)
                if notice is not None:
                    notice(
                        f"{path}: cleared the stale lock of writer PID {stale}, which is gone; "
                        "what it had committed is kept"
                    )
            handle.seek(0)
            handle.truncate()
            handle.write(str(os.getpid()))
            handle.flush()
            yield
            handle.seek(0)
            handle.truncate()
        finally:
            _HELD_LOCKS.discard(handle.fileno())
            fcntl.flock(handle, fcntl.LOCK_UN)


def _read_pid(handle: IO[str]) -> int | None:
    handle.seek(0)
    try:
        return int(handle.read().strip())
    except ValueError:
        return None
