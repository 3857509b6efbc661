"""Enriched passages out of an index: JSON Lines, CSV, or an OpenSearch/Elasticsearch bulk file.

One record per passage, with its article's fields and its entities and mentioned dates. The
``opensearch`` format writes a ``_bulk`` NDJSON file (an action line, then the document, per
passage) and, beside it, the index mapping JSON (keyword fields for names, date fields, analysed
text), so an archive that outgrows one machine can move to a cluster:

    newsindex export news.ndjson --format opensearch --index-name news
    curl -XPUT localhost:9200/news -H Content-Type:application/json -d @news.mapping.json
    curl -XPOST localhost:9200/_bulk -H Content-Type:application/x-ndjson --data-binary @news.ndjson

(Split files above the cluster's ``http.max_content_length``, 100 MB by default, at an even
line.)

Files are written to a temporary name and renamed at the end, so a failed export leaves no
half-written file; they get the permissions of the file they replace, else 0666 less the umask.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from .engine import open_index
from .errors import InvalidArgumentError, InvalidFilterError
from .kinds import ENTITY_KINDS, EXPORT_FORMATS
from .opensearch.handle import ClusterIndex
from .search.handle import NewsIndex
from .search.results import ArticleView, passage_dict

__all__ = [
    "COLUMNS",
    "FORMATS",
    "ExportReport",
    "bulk_lines",
    "export",
    "mapping_path",
    "named_format",
    "opensearch_mapping",
    "passage_records",
    "write_records",
]

FORMATS = EXPORT_FORMATS
COLUMNS = (
    "id",
    "article_id",
    "position",
    "date",
    "source",
    "title",
    "section",
    "text",
    *(kind.plural for kind in ENTITY_KINDS),
    "mentions",
    "labels",
    "url",
    "byline",
    "credit",
    "dateline",
)
LIST_SEPARATOR = "; "
_BAD_INDEX_CHARS = re.compile(r'[\\/*?"<>|,#: A-Z]')


@dataclass(frozen=True, slots=True)
class ExportReport:
    format: str
    articles: int
    passages: int
    paths: tuple[Path, ...]
    """Files written (data first, then the mapping); empty when written to a stream."""


def passage_records(articles: Iterable[ArticleView]) -> Iterator[dict[str, Any]]:
    """One flat record per passage, in article then reading order (the JSON Lines rows)."""
    for article in articles:
        for p in article.passages:
            fields = passage_dict(p)  # the same passage fields as search results
            yield {
                "id": fields.pop("id"),
                "article_id": article.id,
                "position": fields.pop("position"),
                "date": article.date.isoformat() if article.date else None,
                "source": article.source,
                "title": article.title,
                **fields,
                "url": article.url,
                "byline": article.byline,
                "credit": article.credit,
                "dateline": article.dateline,
            }


def _keyword() -> dict[str, object]:
    return {"type": "keyword"}


def opensearch_mapping() -> dict[str, object]:
    """The index body (``PUT /<index>``) for the documents :func:`bulk_lines` writes.

    Names are exact keywords (for filters and aggregations), text and titles are analysed with
    the English analyser, and each mentioned period is a ``date_range``. ``dynamic: strict``
    makes the cluster reject a document with a field the mapping does not declare.
    """
    day = {"type": "date", "format": "strict_date"}
    return {
        "mappings": {
            "dynamic": "strict",
            "dynamic_templates": [
                {"labels": {"path_match": "labels.*", "mapping": _keyword()}},
            ],
            "properties": {
                "id": _keyword(),
                "article_id": _keyword(),
                "position": {"type": "integer"},
                "date": day,
                "source": _keyword(),
                "title": {"type": "text", "analyzer": "english", "fields": {"raw": _keyword()}},
                "section": {"type": "text", "analyzer": "english"},
                "text": {"type": "text", "analyzer": "english"},
                **{kind.plural: _keyword() for kind in ENTITY_KINDS},
                "labels": {"type": "object", "dynamic": True},
                "mentions": {"type": "date_range", "format": "strict_date"},
                "mention_texts": _keyword(),
                "url": {"type": "keyword", "index": False},
                "byline": _keyword(),
                "credit": _keyword(),
                "dateline": _keyword(),
            },
        }
    }


def _check_index_name(name: str) -> None:
    """Elasticsearch's and OpenSearch's rules for index names."""
    if (
        not name
        or name in (".", "..")
        or name[0] in "-_+"
        or len(name.encode("utf-8")) > 255
        or _BAD_INDEX_CHARS.search(name)
    ):
        raise InvalidArgumentError(
            "index_name",
            name,
            "expected lowercase letters, digits, '-', '_' or '.', not starting with '-', '_' "
            "or '+', at most 255 bytes (e.g. news-archive)",
        )


def bulk_lines(records: Iterable[dict[str, Any]], *, index_name: str) -> Iterator[str]:
    """``_bulk`` NDJSON: an ``index`` action (passage id as ``_id``), then the document."""
    _check_index_name(index_name)
    for record in records:
        doc = dict(record)
        spans = doc.pop("mentions")
        doc["mentions"] = [{"gte": s["start"], "lte": s["end"]} for s in spans]
        doc["mention_texts"] = [s["text"] for s in spans if s["text"]]
        action = {"index": {"_index": index_name, "_id": record["id"]}}
        yield json.dumps(action, ensure_ascii=False) + "\n"
        yield json.dumps(doc, ensure_ascii=False) + "\n"


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return LIST_SEPARATOR.join(_csv_cell(v) for v in value)
    if isinstance(value, dict) and "start" not in value:  # labels: name=value each
        return LIST_SEPARATOR.join(f"{k}={v}" for k, vs in value.items() for v in vs)
    if isinstance(value, dict):  # a mentioned period: ISO day or ISO interval START/END
        return (
            value["start"] if value["start"] == value["end"] else f"{value['start']}/{value['end']}"
        )
    return str(value)


def write_records(
    records: Iterable[dict[str, Any]], stream: TextIO, *, format: str, index_name: str
) -> int:
    """Write ``records`` to ``stream`` in ``format``; returns how many were written."""
    count = 0
    if format == "jsonl":
        for record in records:
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    elif format == "csv":
        # RFC 4180 line ends: the csv module quotes a field only for characters of the line
        # terminator, so with "\n" alone a bare "\r" in a text would split the row on reading.
        writer = csv.writer(stream, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        for record in records:
            writer.writerow([_csv_cell(record[c]) for c in COLUMNS])
            count += 1
    elif format == "opensearch":
        for i, line in enumerate(bulk_lines(records, index_name=index_name)):
            stream.write(line)
            count += i % 2
    else:
        raise InvalidArgumentError("format", format, f"expected one of {', '.join(FORMATS)}")
    return count


def mapping_path(out: Path) -> Path:
    """Where the mapping goes by default: ``news.ndjson`` → ``news.mapping.json``."""
    return out.with_name(f"{out.stem}.mapping.json")


def _umask() -> int:
    """The process's umask: from /proc on Linux (no change, so safe beside other threads), else
    read by setting it and putting it back."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _file_mode(path: Path) -> int:
    """The permissions a file written to ``path`` gets: those of the file it replaces, else
    ``0o666`` less the umask, like any file the user writes (``mkstemp`` makes ``0o600``)."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~_umask()


@contextlib.contextmanager
def _atomic(path: Path) -> Iterator[TextIO]:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with contextlib.suppress(OSError):  # a file system without permissions (FAT) keeps its own
            os.chmod(tmp, _file_mode(path))
        with open(fd, "w", encoding="utf-8", newline="") as stream:
            yield stream
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


class _Counted:
    """Counts the articles an iterator yields."""

    def __init__(self, articles: Iterable[ArticleView]) -> None:
        self._articles = articles
        self.count = 0

    def __iter__(self) -> Iterator[ArticleView]:
        for article in self._articles:
            self.count += 1
            yield article


def named_format(path: Path) -> str:
    """The format a file's extension names: ``passages.csv`` in JSON Lines is one column of
    braces in a spreadsheet. A ``.json`` name is refused: JSON Lines is no JSON document, and a
    JSON reader fails on its second line."""
    suffix = path.suffix.lower()
    if suffix == ".json":
        raise InvalidArgumentError(
            "out",
            str(path),
            "export writes JSON Lines (one object per line), which a JSON reader cannot read "
            "whole: name the file .jsonl, or give the format jsonl (--format jsonl)",
        )
    return "csv" if suffix == ".csv" else "jsonl"


def export(
    index: NewsIndex | ClusterIndex | Path | str | None,
    out: Path | str | TextIO,
    *,
    format: str | None = None,
    index_name: str = "newsindex",
    mapping: Path | str | None = None,
) -> ExportReport:
    """Export every passage of ``index`` (an open index, or its folder) to ``out``.

    ``out`` is a file path or a text stream. ``format`` defaults to the one the file's name
    says (:func:`named_format`), JSON Lines for a stream. For ``opensearch`` the mapping JSON
    goes to ``mapping`` (default: ``OUT-STEM.mapping.json`` beside ``out``; required for a
    stream).
    """
    target = Path(out) if isinstance(out, (str, Path)) else None
    if format is None:
        format = "jsonl" if target is None else named_format(target)
    if format not in FORMATS:
        raise InvalidArgumentError("format", format, f"expected one of {', '.join(FORMATS)}")
    if format == "opensearch":
        _check_index_name(index_name)
    if format == "opensearch" and mapping is None and target is None:
        raise InvalidFilterError(
            "mapping",
            None,
            "give a file for the index mapping (--mapping) when the bulk data goes to a stream",
        )
    map_to = Path(mapping) if mapping is not None else mapping_path(target) if target else None
    for path in (target, map_to if format == "opensearch" else None):
        if path is not None and not path.parent.is_dir():
            raise InvalidArgumentError("out", str(path), f"folder {path.parent} does not exist")

    with contextlib.ExitStack() as stack:
        ix: NewsIndex | ClusterIndex = (
            index
            if isinstance(index, (NewsIndex, ClusterIndex))
            else stack.enter_context(open_index(index))
        )
        articles = _Counted(ix.iter_articles())
        records = passage_records(articles)
        if target is None:
            assert not isinstance(out, (str, Path))
            passages = write_records(records, out, format=format, index_name=index_name)
        else:
            with _atomic(target) as stream:
                passages = write_records(records, stream, format=format, index_name=index_name)
    written = [target] if target is not None else []
    if format == "opensearch" and map_to is not None:
        with _atomic(map_to) as stream:
            json.dump(opensearch_mapping(), stream, indent=2)
            stream.write("\n")
        written.append(map_to)
    return ExportReport(
        format=format, articles=articles.count, passages=passages, paths=tuple(written)
    )
