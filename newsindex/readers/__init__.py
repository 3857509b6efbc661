"""Readers: files and folders in, :class:`~newsindex.articles.Article` objects out.

``read_paths`` is the one entry point: it finds the files (:mod:`.files`), picks a reader per file
by extension or by the ``format`` asked for, and streams articles. Each reader is a generator over
one file (:mod:`.seed`, :mod:`.jsonl`, :mod:`.tabular` for CSV, :mod:`.reuters`); bytes become
text in :mod:`.text`, record fields are checked in :mod:`.mapping`.

Bad input never stops a run: every bad record, file or path is reported once to the
:class:`~newsindex.problems.ProblemLog` as ``PATH[:LINE]: what is wrong (what was done)`` and
reading goes on (a strict log raises instead).

Readers know files, not indexes: they import only the value modules (``newsindex.articles``,
``errors``, ``kinds``, ``problems``) and python-dateutil, never Whoosh, NLTK or the rest of the
package.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..articles import Article
from ..errors import InvalidArgumentError
from ..kinds import READER_FORMATS
from ..problems import ProblemLog
from .files import EXTENSIONS, find_files
from .jsonl import read_jsonl
from .reuters import read_reuters
from .seed import read_seed
from .tabular import read_csv

__all__ = [
    "EXTENSIONS",
    "FORMATS",
    "read_csv",
    "read_file",
    "read_jsonl",
    "read_paths",
    "read_reuters",
    "read_seed",
]

FORMATS: tuple[str, ...] = READER_FORMATS

_Reader = Callable[[Path, ProblemLog, "dt.date | None"], Iterator[Article]]

_READERS: dict[str, _Reader] = {
    "seed": lambda path, log, today: read_seed(path, log=log, today=today),
    "jsonl": lambda path, log, today: read_jsonl(path, log=log, today=today),
    "csv": lambda path, log, today: read_csv(path, log=log, today=today),
    "reuters": lambda path, log, today: read_reuters(path, log=log),
}


def _check_format(format: str | None) -> None:
    if format is not None and format not in FORMATS:
        raise InvalidArgumentError("format", format, f"expected one of {', '.join(FORMATS)}")


def read_file(
    path: Path | str, *, format: str, log: ProblemLog, today: dt.date | None = None
) -> Iterator[Article]:
    """Read one file with the named reader (no duplicate-id check)."""
    _check_format(format)
    return _READERS[format](Path(path), log, today)


def read_paths(
    paths: Iterable[Path | str],
    *,
    format: str | None = None,
    log: ProblemLog,
    today: dt.date | None = None,
) -> Iterator[Article]:
    """Stream the articles of every file under ``paths``.

    ``format`` forces one reader; otherwise the extension decides (``.txt`` seed,
    ``.jsonl``/``.ndjson``, ``.csv``, ``.sgm``/``.sgml`` Reuters). An article whose id was
    already read in this run is reported and still yielded (the later one replaces the earlier
    in an index). ``today`` is the reference for "date in the future" checks (default: today).
    Raises :class:`InvalidArgumentError` at once for an unknown format name.
    """
    _check_format(format)
    return _read_all(paths, format=format, log=log, today=today)


def _read_all(
    paths: Iterable[Path | str], *, format: str | None, log: ProblemLog, today: dt.date | None
) -> Iterator[Article]:
    first_seen: dict[str, str] = {}
    for path, chosen in find_files(paths, format=format, log=log):
        for article in _READERS[chosen](path, log, today):
            first = first_seen.get(article.id)
            if first is not None:
                where, _, line = article.origin.rpartition(":")
                log.warn(
                    where or article.origin,
                    int(line) if line.isdigit() else None,
                    f"duplicate article id {article.id}",
                    f"first at {first}; the later one replaces it",
                )
            first_seen[article.id] = article.origin
            yield article
