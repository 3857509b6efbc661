"""JSON in any shape: JSON Lines (``.jsonl`` / ``.ndjson``) and JSON documents (``.json``).

A record is an object with the fields ``id``, ``title``, ``date``, ``text`` (paragraphs separated
by blank lines) or ``paragraphs`` (an array of strings), and optional ``url``, ``source``,
``byline``, ``credit``, ``dateline``; other exports' names for them are read too, and a field
mapping says where they are when neither fits (:mod:`.mapping`). Other fields are ignored.

JSON Lines files are streamed, so they may be large; blank lines are ignored; a bad line costs
that line only. A JSON document is an array of records, an object holding one wherever it is
nested (``{"data": {"items": [...]}}``: the longest array of objects whose first one has a
text field), a single record, or records one after another (JSON Lines, or indented objects as
``jq`` writes them, in a ``.json`` or a ``.jsonl`` file). The document is held as text (up to
:data:`JSON_MAX_CHARS`) but its records are decoded one at a time, so a large array never
exists as Python objects all at once. Any of these may be gzip-compressed (``.jsonl.gz``).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

from ..articles import Article
from ..problems import ProblemLog
from .mapping import build_article, missing_text, type_name
from .text import TextLines, file_stem

__all__ = ["JSON_MAX_CHARS", "read_json", "read_jsonl"]

JSON_MAX_CHARS = 256 * 1024 * 1024
"""Largest JSON document read (characters): the text is held in memory, twice while it is read.
JSON Lines has no limit, so a larger export converts to it."""

_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\n\r]*")


def read_jsonl(
    path: Path,
    *,
    log: ProblemLog,
    today: dt.date | None = None,
    fields: Mapping[str, str] | None = None,
) -> Iterator[Article]:
    """Read a JSON Lines file: yields an article per good line, reports each bad one; a file
    whose first line opens an indented value is read as a JSON document."""
    source = TextLines(path, log=log)
    lines = iter(source)
    first = next((line for line in lines if line[1].strip()), None)
    if first is not None and first[1].strip() in ("{", "["):
        yield from read_json(path, log=log, today=today, fields=fields)
        return
    rest = chain([first], lines) if first is not None else lines
    records = yield from _lines(rest, path=path, log=log, today=today, fields=fields)
    if records == 0 and not source.failed:
        log.skip(path, None, "empty file")


def _lines(
    lines: Iterable[tuple[int, str]],
    *,
    path: Path,
    log: ProblemLog,
    today: dt.date | None,
    fields: Mapping[str, str] | None,
) -> Generator[Article, None, int]:
    """The articles of JSON Lines; returns how many lines were not blank."""
    records = 0
    for number, text in lines:
        if not text.strip():
            continue
        records += 1
        try:
            record = json.loads(text)
        except json.JSONDecodeError as exc:
            log.skip(path, number, _invalid(exc))
            continue
        except RecursionError:
            log.skip(path, number, "not valid JSON: nested too deeply")
            continue
        article = _article(
            record,
            path=path,
            line=number,
            default_id=f"{file_stem(path)}-{number}",
            log=log,
            today=today,
            fields=fields,
        )
        if article is not None:
            yield article
    return records


def _article(
    record: object,
    *,
    path: Path,
    line: int,
    default_id: str,
    log: ProblemLog,
    today: dt.date | None,
    fields: Mapping[str, str] | None,
) -> Article | None:
    if not isinstance(record, dict):
        log.skip(path, line, f"record must be a JSON object, not {type_name(record)}")
        return None
    return build_article(
        record,
        path=path,
        line=line,
        default_id=default_id,
        log=log,
        today=today,
        fields=fields,
    )


def read_json(
    path: Path,
    *,
    log: ProblemLog,
    today: dt.date | None = None,
    fields: Mapping[str, str] | None = None,
) -> Iterator[Article]:
    """Read a JSON document: yields an article per good record, reports each bad one.

    Records are numbered from 1 in their array (the derived id of the third is ``NAME-3``; of
    a single record, ``NAME``); messages give the line each starts on. A ``.json`` file that
    holds JSON Lines is read as such.
    """
    text = _document(path, log)
    if text is None:
        return
    doc = _Json(text)
    stem, read = file_stem(path), 0
    try:
        start = doc.skip(0)
        if text.startswith("[", start):
            records = doc.items(start)
        elif text.startswith("{", start):
            found = doc.records_in(start, fields or {})
            if found is None and _is_json(text[start:].split("\n", 1)[0]):
                lines = enumerate(text.split("\n"), start=1)
                yield from _lines(lines, path=path, log=log, today=today, fields=fields)
                return
            records = doc.values(start) if found is None else found
        else:
            value, _ = _DECODER.raw_decode(text, start)
            log.skip(
                path, None, f"not a JSON array or object (the file holds a {type_name(value)})"
            )
            return
        for number, (at, record) in enumerate(records, start=1):
            read = number
            article = _article(
                record,
                path=path,
                line=doc.line(at),
                default_id=stem if doc.single else f"{stem}-{number}",
                log=log,
                today=today,
                fields=fields,
            )
            if article is not None:
                yield article
        if not read:
            log.skip(path, None, "no records (an empty array)")
    except json.JSONDecodeError as exc:
        action = "rest of the file skipped" if read else "file skipped"
        log.skip(path, exc.lineno, _invalid(exc), action)
    except RecursionError:
        log.skip(path, None, "not valid JSON: nested too deeply", "file skipped")


def _invalid(exc: json.JSONDecodeError) -> str:
    """The reason for a record json cannot read, with its column ("Expecting value at column
    31"; json's "Unterminated string starting at" already ends with "at")."""
    where = "column" if exc.msg.endswith(" at") else "at column"
    return f"not valid JSON: {exc.msg} {where} {exc.colno}"


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        return False
    return True


def _document(path: Path, log: ProblemLog) -> str | None:
    """The file's text, or None once reported (unreadable, empty, too large)."""
    source = TextLines(path, log=log)
    parts: list[str] = []
    size = 0
    for _, line in source:
        size += len(line) + 1
        if size > JSON_MAX_CHARS:
            log.skip(
                path,
                None,
                f"more than {JSON_MAX_CHARS // 2**20} MiB of JSON in one document; convert it to "
                "JSON Lines (one record per line), which is read as a stream",
            )
            return None
        parts.append(line)
    if source.failed:
        return None
    text = "\n".join(parts)
    if not text.strip():
        log.skip(path, None, "empty file")
        return None
    return text


@dataclass(frozen=True, slots=True)
class _Array:
    """An array of objects found in a document: where it opens, its length, its first item."""

    start: int
    length: int
    first: Mapping[str, object]


class _Json:
    """A JSON text walked value by value: an array's items are decoded one at a time."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.end = 0
        """Where the array :meth:`items` last went through ends."""
        self.single = False
        """Whether :meth:`records_in` found the object to be one record."""
        self._line = 1
        self._counted = 0

    def line(self, at: int) -> int:
        """The line of offset ``at`` (counted on from the last one asked: offsets only grow)."""
        if at < self._counted:
            self._line, self._counted = 1, 0
        self._line += self.text.count("\n", self._counted, at)
        self._counted = at
        return self._line

    def skip(self, at: int) -> int:
        match = _SPACE.match(self.text, at)
        return match.end() if match else at

    def _expect(self, char: str, at: int) -> int:
        if not self.text.startswith(char, at):
            raise json.JSONDecodeError(f"Expecting {char!r}", self.text, at)
        return self.skip(at + 1)

    def items(self, at: int) -> Iterator[tuple[int, object]]:
        """The items of the array opening at ``at``, each with its offset; sets :attr:`end`."""
        at = self._expect("[", at)
        while not self.text.startswith("]", at):
            value, after = _DECODER.raw_decode(self.text, at)
            yield at, value
            at = self.skip(after)
            if not self.text.startswith("]", at):
                at = self._expect(",", at)
        self.end = at + 1

    def values(self, at: int) -> Iterator[tuple[int, object]]:
        """The values following each other from ``at`` (indented records one after another, as
        ``jq`` writes them), each with its offset."""
        while at < len(self.text):
            value, after = _DECODER.raw_decode(self.text, at)
            yield at, value
            at = self.skip(after)

    def records_in(self, at: int, fields: Mapping[str, str]) -> Iterator[tuple[int, object]] | None:
        """The records of the object opening at ``at``: itself when it has a text field or
        holds no array of objects, else the best array's items; None when more JSON follows
        it (JSON Lines)."""
        found: list[_Array] = []
        keys: dict[str, object] = {}
        end = self._walk(at, found, keys)
        if self.skip(end) < len(self.text):
            return None
        if missing_text(keys, fields) is None or not found:
            self.single = True
            return iter([(at, _DECODER.raw_decode(self.text, at)[0])])
        best = max(found, key=lambda a: (missing_text(a.first, fields) is None, a.length))
        return self.items(best.start)

    def _walk(self, at: int, found: list[_Array], keys: dict[str, object] | None = None) -> int:
        """Skip the value at ``at``, noting the arrays of objects in it (not those inside
        arrays) and, in ``keys``, an object's own field names; returns where the value ends."""
        text = self.text
        if text.startswith("{", at):
            at = self.skip(at + 1)
            while not text.startswith("}", at):
                key, after = _DECODER.raw_decode(text, at)
                if not isinstance(key, str):
                    raise json.JSONDecodeError("Expecting property name", text, at)
                if keys is not None:
                    keys[key] = None
                at = self.skip(self._walk(self._expect(":", self.skip(after)), found))
                if not text.startswith("}", at):
                    at = self._expect(",", at)
            return at + 1
        if text.startswith("[", at):
            length, first = 0, None
            for _, item in self.items(at):
                length += 1
                first = item if length == 1 else first
            if isinstance(first, dict):
                found.append(_Array(at, length, first))
            return self.end
        return _DECODER.raw_decode(text, at)[1]
