"""The index folder on disk: where it lives, its format stamp, and who is writing it.

Whoosh stores the schema with pickle, so opening an index can run code: newsindex only opens the
folder the user named (or the documented default), never a path taken from a request.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any, TypeVar

from .errors import IndexLockedError, IndexNotFoundError, IndexVersionError
from .schema import SCHEMA_VERSION, build_schema

__all__ = [
    "INDEX_ENV",
    "default_index_dir",
    "open_existing",
    "open_or_create",
    "resolve_index_dir",
    "retry_on_vanished_files",
    "writer_lock",
]

INDEX_ENV = "NEWSINDEX_INDEX"
STAMP_FILE = "newsindex.json"
LOCK_FILE = "newsindex-writer.lock"
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


def open_existing(path: Path) -> Any:
    """Open the Whoosh index at ``path`` for reading, with clear errors for every way it fails."""
    from whoosh import index

    if path.is_file():
        raise IndexNotFoundError(path, "is a file, not an index folder")
    if not path.is_dir():
        raise IndexNotFoundError(path)
    if not index.exists_in(str(path)):
        if any(path.iterdir()):
            raise IndexNotFoundError(path, "folder holds no newsindex index")
        raise IndexNotFoundError(path, "index folder is empty")
    _check_stamp(path)
    return retry_on_vanished_files(lambda: index.open_dir(str(path)))


def open_or_create(path: Path, *, rebuild: bool = False) -> Any:
    """Open the index for writing, creating it (and its format stamp) when absent."""
    from whoosh import index

    if path.is_file():
        raise IndexNotFoundError(path, "is a file, not an index folder")
    path.mkdir(parents=True, exist_ok=True)
    if rebuild or not index.exists_in(str(path)):
        if not rebuild and any(p.name != LOCK_FILE for p in path.iterdir()):
            raise IndexNotFoundError(path, "folder is not empty and holds no newsindex index")
        ix = index.create_in(str(path), build_schema())
        stamp = {"format": SCHEMA_VERSION, "created": time.strftime("%Y-%m-%dT%H:%M:%S")}
        (path / STAMP_FILE).write_text(json.dumps(stamp), encoding="utf-8")
        return ix
    _check_stamp(path)
    return index.open_dir(str(path))


def retry_on_vanished_files(fn: Callable[[], T], *, attempts: int = 20) -> T:
    """Run ``fn``, retrying when a concurrent commit deleted the files it was reading.

    Whoosh readers list the segment files of the newest table of contents; a writer committing at
    the same moment may remove them, which shows as ``FileNotFoundError`` (0.1-0.5% of opens).
    """
    for attempt in range(attempts):
        try:
            return fn()
        except FileNotFoundError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.01 * (attempt + 1))
    raise AssertionError("unreachable")


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

    The lock is an OS file lock that dies with its process, so a killed writer never blocks the
    next run; the PID it left in the file is reported as a cleared stale lock.
    """
    import fcntl

    if path.is_file():
        raise IndexNotFoundError(path, "is a file, not an index folder")
    path.mkdir(parents=True, exist_ok=True)
    with open(path / LOCK_FILE, "a+", encoding="ascii") as handle:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError:
                if time.monotonic() >= deadline:
                    raise IndexLockedError(path, _read_pid(handle)) from None
                time.sleep(0.2)
        try:
            stale = _read_pid(handle)
            if stale and stale != os.getpid() and not _pid_alive(stale) and notice is not None:
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
            fcntl.flock(handle, fcntl.LOCK_UN)


def _read_pid(handle: IO[str]) -> int | None:
    handle.seek(0)
    try:
        return int(handle.read().strip())
    except ValueError:
        return None
