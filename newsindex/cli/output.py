"""What commands print: the output-format and index options, machine formats, table pieces."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from itertools import pairwise
from typing import TYPE_CHECKING, Any, TypeVar

import click

from newsindex.kinds import ENTITY_KINDS, ORG_SPEAKER, SPEAKER, period_label

if TYPE_CHECKING:
    from newsindex import Passage

F = TypeVar("F", bound=Callable[..., Any])


def output_options(fn: F) -> F:
    """``--table`` (default) / ``--json`` / ``--nl`` / ``--csv`` / ``--tsv`` for every command
    that prints rows."""
    for name, help_text in reversed(
        [
            ("table", "readable table (default)"),
            ("json", "one JSON array"),
            ("nl", "JSON Lines: one object per line"),
            ("csv", "CSV with a header row"),
            ("tsv", "tab-separated with a header row"),
        ]
    ):
        # Only --table carries the default: click lets any option of a shared
        # destination that has a default overwrite the others.
        if name == "table":
            option = click.option(f"--{name}", "fmt", flag_value=name, help=help_text, default=True)
        else:
            option = click.option(f"--{name}", "fmt", flag_value=name, help=help_text)
        fn = option(fn)
    return fn


def index_option(fn: F) -> F:
    """``--index DIR`` or ``--engine URL``: one location, a folder or a cluster index."""
    from .engine import IndexLocation

    return click.option(
        "--index",
        "--engine",
        "index_dir",
        type=IndexLocation(),
        default=None,
        envvar=["NEWSINDEX_ENGINE", "NEWSINDEX_INDEX"],
        show_envvar=True,
        help="Index folder (default: the per-user data folder), or with --engine a cluster "
        "index: opensearch://HOST:9200/INDEX.",
    )(fn)


LIST_SEPARATOR = "; "


def flat(value: Any) -> str:
    """One CSV/TSV cell: lists joined with "; ", a mentioned period as an ISO day or START/END,
    labels as NAME=VALUE, a name with its count as ``name (count)``, nothing for None."""
    if isinstance(value, (list, tuple)):
        return LIST_SEPARATOR.join(flat(v) for v in value)
    if isinstance(value, dict):
        if "start" in value and "end" in value:
            start, end = value["start"], value["end"]
            return str(start) if start == end else f"{start}/{end}"
        if set(value) == {"name", "count"}:
            return f"{value['name']} ({value['count']})"
        return LIST_SEPARATOR.join(
            f"{k}={flat(v)}"
            for k, vs in value.items()
            for v in (vs if isinstance(vs, list) else [vs])
        )
    return "" if value is None else str(value)


def _tsv_cell(value: Any) -> str:
    """A TSV cell on one line: tabs and line breaks inside the value become spaces."""
    return " ".join(flat(value).replace("\t", " ").splitlines()) if value is not None else ""


def emit_rows(rows: Iterable[dict[str, Any]], fmt: str, columns: Sequence[str]) -> None:
    """Stream ``rows`` in a machine format (everything but ``table``).

    JSON and JSON Lines keep the values' types (numbers, lists, objects, null). CSV (RFC 4180,
    quoted where needed) and TSV have a header row of ``columns`` and one cell per column:
    lists joined with "; "; a TSV record is always one line (no quoting: tabs and line breaks
    inside values become spaces), so ``cut`` and ``awk`` can read it.
    """
    out = sys.stdout
    if fmt == "json":
        out.write("[")
        for i, row in enumerate(rows):
            out.write(("," if i else "") + "\n" + json.dumps(row, ensure_ascii=False))
        out.write("\n]\n")
    elif fmt == "nl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "tsv":
        out.write("\t".join(columns) + "\n")
        for row in rows:
            out.write("\t".join(_tsv_cell(row.get(c)) for c in columns) + "\n")
    else:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([flat(row.get(c)) for c in columns])


def counted(n: int, noun: str) -> str:
    """``n`` things as people write them: "1 article", "2,000 articles"."""
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def colour() -> bool:
    """Whether tables may use colour and bold: only on a terminal."""
    return sys.stdout.isatty()


def bold(text: str) -> str:
    return click.style(text, bold=colour())


GAP_ROWS = 3
"""Periods without any shown one by one up to this many in a row; a longer run is one row."""


def gapless(counts: Sequence[tuple[str, int]], by: str) -> list[tuple[str, int]]:
    """Periods and their counts from the first to the last, with the periods without any as
    0: a table that skipped them read as consecutive periods (the web page's histogram shows
    them). A run of more than :data:`GAP_ROWS` is one row ("… 27 months"), as the dates a
    passage mentions may span centuries. Labels as :func:`~newsindex.kinds.period_label`'s."""
    rows: list[tuple[str, int]] = list(counts[:1])
    for (label, _), (following, count) in pairwise(counts):
        start, end = _period_start(label, by), _period_start(following, by)
        days = (start + dt.timedelta(days=n) for n in range(1, (end - start).days))
        missing = [m for m in dict.fromkeys(period_label(d, by) for d in days) if m != label]
        if len(missing) > GAP_ROWS:
            missing = [f"… {len(missing):,} {by}s"]
        rows.extend((m, 0) for m in missing)
        rows.append((following, count))
    return rows


def _period_start(label: str, by: str) -> dt.date:
    """The first day of a period label ("2025-05-06", "2025-W19", "2025-05", "2025")."""
    if by == "week":
        year, week = label.split("-W")
        return dt.date.fromisocalendar(int(year), int(week), 1)
    return dt.date.fromisoformat(
        {"day": label, "month": f"{label}-01", "year": f"{label}-01-01"}[by]
    )


def bar(count: int, most: int, width: int = 40) -> str:
    """A histogram bar: ``count`` in proportion to ``most``, at least one block when non-zero."""
    return "█" * max(1, round(width * count / most)) if count else ""


def findings(passage: Passage) -> list[tuple[str, Sequence[str]]]:
    """A passage's names by kind and the dates it mentions, labelled for a table: who is quoted
    first, people ("said") apart from organisations ("org said"), so a hit shows why a person,
    speaker or date filter matched it. Each date once, in calendar order ("today (Wednesday)"
    names one day twice)."""
    quoted = (SPEAKER, ORG_SPEAKER)
    spans = sorted(set(passage.mentions), key=lambda s: (s.start, s.end))
    dates = [s.start.isoformat() if s.is_day else f"{s.start}..{s.end}" for s in spans]
    named = [(k.plural, getattr(passage, k.plural)) for k in ENTITY_KINDS if k not in quoted]
    said = [("said", passage.speakers), ("org said", passage.org_speakers)]
    return [*said, *named, ("dates", dates)]


def details(labelled: Iterable[tuple[str, Sequence[str]]]) -> str:
    """``label: a, b · label: c``, leaving out empty lists."""
    return " · ".join(f"{label}: {', '.join(values)}" for label, values in labelled if values)
