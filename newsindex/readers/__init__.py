"""Readers: files and folders in, :class:`~newsindex.articles.Article` objects out.

``read_paths`` is the one entry point: it finds the files (:mod:`.files`), picks a reader per file
by extension (an ``.xml`` file by its root element) or by the ``format`` asked for, and streams
articles. Each reader is a generator over one file (:mod:`.seed`, :mod:`.jsonl` for JSON Lines
and JSON documents, :mod:`.tabular` for CSV, :mod:`.reuters`, :mod:`.wire` for NewsML-G2 and
NITF, :mod:`.html` for saved web pages, :mod:`.feeds` for RSS and Atom, :mod:`.warc` for web
archives); bytes become text in :mod:`.text`, record fields are found and checked in
:mod:`.mapping`, where a field mapping (``fields``) also applies.

Bad input never stops a run: every bad record, file or path is reported once to the
:class:`~newsindex.problems.ProblemLog` as ``PATH[:LINE]: what is wrong (what was done)`` and
reading goes on (a strict log raises instead).

Readers know files, not indexes: they import only the value modules (``newsindex.articles``,
``errors``, ``kinds``, ``problems``) and python-dateutil, never Whoosh, NLTK or the rest of the
package.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path

from ..articles import Article
from ..errors import InvalidArgumentError
from ..kinds import READER_FORMATS
from ..problems import Problem, ProblemLog
from .feeds import read_feed
from .files import EXTENSIONS, find_files
from .html import read_html
from .jsonl import read_json, read_jsonl
from .mapping import check_fields
from .reuters import read_reuters
from .seed import read_seed
from .tabular import read_csv
from .warc import read_warc
from .wire import read_newsml, read_nitf

__all__ = [
    "EXTENSIONS",
    "FORMATS",
    "read_csv",
    "read_feed",
    "read_file",
    "read_html",
    "read_json",
    "read_jsonl",
    "read_newsml",
    "read_nitf",
    "read_paths",
    "read_reuters",
    "read_seed",
    "read_warc",
]

FORMATS: tuple[str, ...] = READER_FORMATS

_Reader = Callable[[Path, ProblemLog, "dt.date | None", Mapping[str, str]], Iterator[Article]]
"""``(path, log, today, fields)``: ``fields`` is the checked field mapping, for record formats."""

_READERS: dict[str, _Reader] = {
    "seed": lambda path, log, today, fields: read_seed(path, log=log, today=today),
    "jsonl": lambda path, log, today, fields: read_jsonl(path, log=log, today=today, fields=fields),
    "json": lambda path, log, today, fields: read_json(path, log=log, today=today, fields=fields),
    "csv": lambda path, log, today, fields: read_csv(path, log=log, today=today, fields=fields),
    "reuters": lambda path, log, today, fields: read_reuters(path, log=log),
    "newsml": lambda path, log, today, fields: read_newsml(path, log=log, today=today),
    "nitf": lambda path, log, today, fields: read_nitf(path, log=log, today=today),
    "html": lambda path, log, today, fields: read_html(path, log=log, today=today),
    "feed": lambda path, log, today, fields: read_feed(path, log=log, today=today),
    "warc": lambda path, log, today, fields: read_warc(path, log=log, today=today),
}


def _check_format(format: str | None) -> None:
    if format is not None and format not in FORMATS:
        raise InvalidArgumentError("format", format, f"expected one of {', '.join(FORMATS)}")


def read_file(
    path: Path | str,
    *,
    format: str,
    log: ProblemLog,
    today: dt.date | None = None,
    fields: Mapping[str, str] | None = None,
) -> Iterator[Article]:
    """Read one file with the named reader (no duplicate-id check)."""
    _check_format(format)
    return _READERS[format](Path(path), log, today, check_fields(fields))


def read_paths(
    paths: Iterable[Path | str] | Path | str,
    *,
    format: str | None = None,
    log: ProblemLog,
    today: dt.date | None = None,
    fields: Mapping[str, str] | None = None,
    formats: Counter[str] | None = None,
    processes: int = 0,
) -> Iterator[Article]:
    """Stream the articles of every file under ``paths``.

    ``format`` forces one reader; otherwise the extension decides (``.txt`` seed,
    ``.jsonl``/``.ndjson``, ``.json``, ``.csv`` (these three also gzip-compressed, ``.csv.gz``),
    ``.sgm``/``.sgml`` Reuters, ``.html``/``.htm`` pages, ``.rss``/``.atom``/``.rdf`` feeds,
    ``.warc``/``.warc.gz`` web archives, ``.xml`` by its root element). An article whose id was
    already read in this run is reported and still yielded (the later one replaces the earlier
    in an index). ``today`` is the reference for "date in the future" checks (default: today).
    ``fields`` maps newsindex's fields to where JSON and CSV records hold them
    (``{"text": "story_body", "date": "meta.published"}``: a name or a dotted path).
    ``formats``, when given, counts the articles read per format (for a run's summary).
    ``processes`` reads saved pages (:data:`PAGE_FORMATS`) in that many other processes.
    Raises :class:`InvalidArgumentError` at once for an unknown format or field name. One
    path may be given alone (``read_paths("seeds/")``; iterated, its characters were paths).
    """
    _check_format(format)
    checked = check_fields(fields)
    return _read_all(
        [paths] if isinstance(paths, str | Path) else paths,
        format=format,
        log=log,
        today=today,
        fields=checked,
        formats=formats,
        processes=processes,
    )


PAGE_FORMATS = frozenset({"html"})
"""Formats of one article per file that cost more to extract than to enrich: with
``processes``, they are read in other processes, so that extraction is not the bottleneck of a
build whose enrichment runs in worker processes."""
_WINDOW = 32
"""Files handed to the reading processes at a time (per process): bounds the articles held."""


def _read_all(
    paths: Iterable[Path | str],
    *,
    format: str | None,
    log: ProblemLog,
    today: dt.date | None,
    fields: Mapping[str, str],
    formats: Counter[str] | None,
    processes: int,
) -> Iterator[Article]:
    first_seen: dict[str, str] = {}
    for (_, chosen), read in _files_read(paths, format, log, today, fields, processes):
        for article in read:
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
            if formats is not None:
                formats[chosen] += 1
            yield article


_Job = tuple[Path, str, "dt.date | None", dict[str, str]]


def _files_read(
    paths: Iterable[Path | str],
    format: str | None,
    log: ProblemLog,
    today: dt.date | None,
    fields: Mapping[str, str],
    processes: int,
) -> Iterator[tuple[tuple[Path, str], Iterable[Article]]]:
    """Each file with its articles, in order: read here as they are consumed, or, with
    ``processes`` and page files among them, read whole in that many other processes a
    window of files at a time, their problems reported here."""
    found = find_files(paths, format=format, log=log)
    files = list(found) if processes > 0 else []
    if not any(chosen in PAGE_FORMATS for _, chosen in files):
        for path, chosen in files or found:  # read here, lazily when not listed
            yield (path, chosen), _READERS[chosen](path, log, today, fields)
        return
    import multiprocessing

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    window = _WINDOW * processes
    with multiprocessing.get_context(method).Pool(processes) as pool:
        for start in range(0, len(files), window):
            part = files[start : start + window]
            jobs: list[_Job] = [(path, chosen, today, dict(fields)) for path, chosen in part]
            for file, (articles, problems) in zip(part, pool.imap(_read_job, jobs), strict=True):
                for problem in problems:
                    log.add(problem)
                yield file, articles


def _read_job(job: _Job) -> tuple[list[Article], list[Problem]]:
    """One file read whole in a reading process, with the problems it met."""
    path, chosen, today, fields = job
    log = ProblemLog()
    return list(_READERS[chosen](path, log, today, fields)), log.problems
