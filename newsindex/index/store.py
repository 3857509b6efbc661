"""The index folder on disk: where it lives, its format stamp, opening and creating it.

Whoosh stores the schema with pickle, so opening an index can run code: newsindex only opens the
folder the user named (or the documented default), never a path taken from a request.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from ..errors import IndexNotFoundError, IndexVersionError, NewsindexError
from .compat import index_class, mapped_storage_class, retry_on_vanished_files
from .schema import SCHEMA_VERSION, build_schema

__all__ = [
    "INDEX_ENV",
    "LOCK_FILE",
    "SHARED_KEYS_FILE",
    "default_index_dir",
    "first_keys_file",
    "make_folder",
    "open_existing",
    "open_or_create",
    "read_or_explain",
    "remove_leftovers",
    "remove_stale_first_keys",
    "resolve_index_dir",
    "segment_count",
    "trim_resident",
    "write_json",
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
_FIRST_KEYS = re.compile(r"newsindex-firstkeys-(\w+)\.bin")
"""Each segment's first copy keys (:func:`~newsindex.index.copykeys.write_first_keys`)."""
_TEMP_FIRST_KEYS = re.compile(_FIRST_KEYS.pattern + r"\.tmp")
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


def _storage(path: Path, *, in_memory: bool = False) -> Any:
    """Whoosh's storage for ``path``: segment files mapped and read in place, so opening is quick
    and a handle holds little beyond the operating system's shared cache. ``in_memory`` has
    Whoosh copy every part of a segment it opens into the process (about the index's size)."""
    if in_memory:
        from whoosh.filedb.filestore import FileStorage

        return FileStorage(str(path), supports_mmap=True)
    return mapped_storage_class()(str(path))


MAPPED_RESIDENT_LIMIT = 96 << 20
"""Pages of the index files a handle keeps resident before :func:`trim_resident` lets them go:
a mapped handle otherwise counts every page it has read (1.2 GB after a thousand queries at ten
times Reuters), though they are the operating system's cache."""
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def trim_resident(ix: Any, limit: int = MAPPED_RESIDENT_LIMIT) -> bool:
    """Release the index pages ``ix``'s maps hold in this process when the process's file-backed
    resident memory is over ``limit`` (Linux; elsewhere nothing is measured). Returns whether it
    released them. The pages stay in the file cache, so the next reads fault them back cheaply."""
    release = getattr(ix.storage, "release_pages", None)
    if release is None or _file_resident() <= limit:
        return False
    release()
    return True


def _file_resident() -> int:
    """This process's resident pages that are backed by files (``statm``'s shared), in bytes."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            return int(statm.read().split()[2]) * _PAGE
    except (OSError, IndexError, ValueError):
        return 0


def _exists(path: Path) -> bool:
    """Whether ``path`` holds a Whoosh index (a table of contents), without reading it."""
    from whoosh.index import _DEF_INDEX_NAME, TOC

    generation: int = TOC._latest_generation(_storage(path), _DEF_INDEX_NAME)
    return generation >= 0


ELSEWHERE = (
    "Name the index folder with --index, or build one in a new or empty folder: "
    "`newsindex index PATH --index NEW_FOLDER`."
)
"""The advice where an index cannot be built either (a file, a folder of other files):
``newsindex index PATH --index`` that location is refused."""


def open_existing(path: Path, *, in_memory: bool = False) -> Any:
    """Open the Whoosh index at ``path`` for reading, with clear errors for every way it fails
    (``in_memory``: see :func:`_storage`)."""
    if path.is_file():
        raise IndexNotFoundError(path, "is a file, not an index folder", ELSEWHERE)
    if not path.is_dir():
        raise IndexNotFoundError(path)
    if not _exists(path):
        if any(not _is_own_file(p.name) for p in path.iterdir()):
            raise IndexNotFoundError(path, "folder holds no newsindex index", ELSEWHERE)
        raise IndexNotFoundError(path, "index folder is empty")  # or its first run was killed
    _check_stamp(path)
    return read_or_explain(path, lambda: _open(path, in_memory=in_memory))


def read_or_explain(path: Path, read: Callable[[], T]) -> T:
    """``read()`` the index at ``path``; a damaged table of contents or segment (Whoosh raises
    assorted errors) is a :class:`NewsindexError` saying how to rebuild it."""
    try:
        return read()
    except (NewsindexError, FileNotFoundError):
        raise
    except Exception as exc:
        raise NewsindexError(
            f"{path}: cannot read the index ({type(exc).__name__}: {exc}). Rebuild it: "
            f"`newsindex index PATH... --index {path} --rebuild`."
        ) from None


def _open(path: Path, *, in_memory: bool = False) -> Any:
    from whoosh.index import _DEF_INDEX_NAME

    storage = _storage(path, in_memory=in_memory)
    return retry_on_vanished_files(lambda: index_class()(storage, None, _DEF_INDEX_NAME))


def segment_count(reader: Any) -> int:
    """Whoosh segments behind a reader (one per commit until merged); an empty index has none."""
    return len(reader.leaf_readers()) if reader.doc_count_all() else 0


def _is_own_file(name: str) -> bool:
    """Files newsindex itself leaves in an index folder before the index proper exists."""
    return name in (LOCK_FILE, STAMP_FILE, SHARED_KEYS_FILE) or any(
        pattern.fullmatch(name) is not None
        for pattern in (_TEMP_STAMP, _FIRST_KEYS, _TEMP_FIRST_KEYS)
    )


def open_or_create(path: Path, *, rebuild: bool = False) -> Any:
    """Open the index for writing, creating it (and its format stamp) when absent.

    Call it under :func:`writer_lock`. A new index gets its stamp before its table of contents,
    and a rebuilt one loses its old stamp first, so a run killed in between leaves a folder the
    same command can finish (or one that asks for ``--rebuild`` again), never an index of one
    format stamped as another.
    """
    make_folder(path)
    exists = _exists(path)
    if exists and not rebuild:
        _check_stamp(path)
        return _open(path)
    if not rebuild and any(not _is_own_file(p.name) for p in path.iterdir()):
        # Refused, the folder keeps none of our files: the writer lock made its file there.
        (path / LOCK_FILE).unlink(missing_ok=True)
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


def make_folder(path: Path) -> None:
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
    write_json(path / STAMP_FILE, stamp)


def write_json(target: Path, data: object) -> None:
    """Write atomically: a killed run leaves the old file or the new one."""
    temp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    temp.write_text(json.dumps(data), encoding="utf-8")
    os.replace(temp, target)


def remove_leftovers(path: Path) -> list[str]:
    """Delete the temporary files a killed writer left; call only while holding the lock."""
    removed = []
    for item in path.iterdir():
        if any(p.fullmatch(item.name) for p in (_TEMP_TOC, _TEMP_STAMP, _TEMP_FIRST_KEYS)):
            with contextlib.suppress(FileNotFoundError):
                item.unlink()
                removed.append(item.name)
    return sorted(removed)


def first_keys_file(path: Path, segment: str) -> Path:
    """Where segment ``segment``'s first copy keys are kept beside the index."""
    return path / f"newsindex-firstkeys-{segment}.bin"


def remove_stale_first_keys(path: Path, segments: set[str]) -> None:
    """Delete the first-key files of segments no longer in the index (merged or rebuilt away);
    call only while holding the lock."""
    for item in path.iterdir():
        found = _FIRST_KEYS.fullmatch(item.name)
        if found is not None and found[1] not in segments:
            with contextlib.suppress(FileNotFoundError):
                item.unlink()
