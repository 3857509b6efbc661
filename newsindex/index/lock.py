"""The writer lock: one writer per index folder, held as an OS file lock that dies with its
process, with the holder's PID in the file for messages."""

from __future__ import annotations

import contextlib
import errno
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from ..errors import IndexLockedError, NewsindexError
from .store import LOCK_FILE, make_folder, remove_leftovers

__all__ = ["writer_lock"]


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

    make_folder(path)
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
