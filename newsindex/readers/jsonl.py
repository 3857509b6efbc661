"""JSON Lines: one article object per line (``.jsonl`` / ``.ndjson``).

Fields: ``id``, ``title``, ``date``, ``text`` (paragraphs separated by blank lines) or
``paragraphs`` (an array of strings), and optional ``url``, ``source``, ``byline``, ``credit``,
``dateline``. Other fields are ignored. Lines are streamed, so the file may be large; blank
lines are ignored; a bad line costs that line only.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

from ..articles import Article
from ..problems import ProblemLog
from .mapping import build_article, type_name
from .text import TextLines

__all__ = ["read_jsonl"]


def read_jsonl(path: Path, *, log: ProblemLog, today: dt.date | None = None) -> Iterator[Article]:
    """Read a JSON Lines file: yields an article per good line, reports each bad one."""
    source = TextLines(path, log=log)
    records = 0
    for number, text in source:
        if not text.strip():
            continue
        records += 1
        try:
            record = json.loads(text)
        except json.JSONDecodeError as exc:
            log.skip(path, number, f"not valid JSON: {exc.msg} at column {exc.colno}")
            continue
        except RecursionError:
            log.skip(path, number, "not valid JSON: nested too deeply")
            continue
        if not isinstance(record, dict):
            log.skip(path, number, f"record must be a JSON object, not {type_name(record)}")
            continue
        article = build_article(
            record, path=path, line=number, default_id=f"{path.stem}-{number}", log=log, today=today
        )
        if article is not None:
            yield article
    if records == 0 and not source.failed:
        log.skip(path, None, "empty file")
