"""CSV with a header row: the same fields as JSON, one article per row.

A ``text`` column is required (paragraphs separated by blank lines inside the cell); ``id``,
``title``, ``date``, ``url``, ``source``, ``byline``, ``credit``, ``dateline`` are optional.
Column names are matched case-insensitively, other exports' names for them are read too, and a
field mapping names the columns that fit neither (:mod:`.mapping`). The separator is the one
of ``,`` ``;`` tab ``|`` the header row holds most, or the one an Excel ``sep=;`` line before it
names: spreadsheets in many locales save CSV with semicolons, databases export tabs (``.tsv``)
or pipes. Cells may hold megabytes (whole articles), so the csv module's field size limit is
raised. ``.csv.gz`` is decompressed.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping
from itertools import chain
from pathlib import Path

from ..articles import Article
from ..problems import ProblemLog
from .mapping import build_article, missing_text
from .text import TextLines, file_stem

__all__ = ["FIELD_SIZE_LIMIT", "read_csv"]

FIELD_SIZE_LIMIT = 2**31 - 1
"""Largest cell accepted; the csv module's default (128 KiB) is smaller than some articles."""
SEPARATORS = ",;\t|"
"""The separators a header row is read with, the first when it holds none of them."""
_EXCEL_HINT = re.compile(r"sep=(.)", re.I)


class _NumberedLines:
    """Feeds csv.reader with newline-terminated lines and remembers where each row starts."""

    def __init__(self, lines: Iterable[tuple[int, str]]) -> None:
        self._lines = iter(lines)
        self.last = 0

    def __iter__(self) -> Iterator[str]:
        for number, text in self._lines:
            self.last = number
            yield text + "\n"


def read_csv(
    path: Path,
    *,
    log: ProblemLog,
    today: dt.date | None = None,
    fields: Mapping[str, str] | None = None,
) -> Iterator[Article]:
    """Read a CSV file: yields an article per good row, reports each bad one."""
    if csv.field_size_limit() < FIELD_SIZE_LIMIT:
        csv.field_size_limit(FIELD_SIZE_LIMIT)
    source = TextLines(path, log=log)
    numbered = iter(source)
    first = next((line for line in numbered if line[1].strip()), (1, ""))
    hint = _EXCEL_HINT.fullmatch(first[1].strip())
    if hint is not None:  # Excel's line naming the separator, before the header
        separator = hint[1]
        first = next((line for line in numbered if line[1].strip()), (first[0] + 1, ""))
    else:
        separator = max(SEPARATORS, key=first[1].count)  # the first of equals: "," when none
    lines = _NumberedLines(chain([first], numbered))
    rows = csv.reader(lines, delimiter=separator, strict=False)
    header: list[str] | None = None
    start = 1
    while True:
        start = lines.last + 1
        try:
            row = next(rows)
        except StopIteration:
            break
        except csv.Error as exc:
            log.skip(path, start, f"CSV error: {exc}")
            continue
        if not any(cell.strip() for cell in row):
            continue
        if header is None:
            header = [cell.strip().lower() for cell in row]
            reason = missing_text(dict.fromkeys(header), fields or {}, column=True)
            if reason is not None:
                log.skip(path, start, reason, "file skipped")
                return
            continue
        if len(row) != len(header):
            log.skip(path, start, f"row has {len(row)} fields, the header has {len(header)}")
            continue
        record = dict(zip(header, row, strict=True))
        article = build_article(
            record,
            path=path,
            line=start,
            default_id=f"{file_stem(path)}-{start}",
            log=log,
            today=today,
            fields=fields,
        )
        if article is not None:
            yield article
    if header is None and not source.failed:
        log.skip(path, None, "empty file")
