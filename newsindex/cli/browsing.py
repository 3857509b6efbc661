"""Commands that show what the index holds: ``show``, ``stats``, ``export`` and ``serve``."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import click

from newsindex.kinds import EXPORT_FORMATS, ORG, PERSON, PLACE

from .output import bold, counted, details, findings, index_option

if TYPE_CHECKING:
    from newsindex import Passage


@click.command("show")
@click.argument("article_id")
@index_option
@click.option("--json", "as_json", is_flag=True, help="The article as one JSON object.")
def show_cmd(article_id: str, index_dir: Path | None, as_json: bool) -> None:
    """Show an indexed article: its passages with their entities and dates.

    A passage id (ARTICLE_ID#POSITION, as search prints) shows its article with that
    passage marked.

    \b
    Examples:
      newsindex show 2025-05-06-brisebois-wins-minority
      newsindex show 2025-03-12-bank-of-canada-cuts-again#2
    """
    from newsindex import open_index
    from newsindex.errors import NotFoundError

    marked: int | None = None
    with open_index(index_dir) as ix:
        try:
            article = ix.article(article_id)
        except NotFoundError:
            passage = _passage_id(article_id)
            if passage is None:
                raise
            article_id, marked = passage
            try:
                article = ix.article(article_id)
            except NotFoundError as exc:
                raise NotFoundError("article", article_id, ix.path) from exc
            if all(p.position != marked for p in article.passages):
                click.echo(
                    f"Note: {article_id!r} has no passage {marked}; showing the article.", err=True
                )
                marked = None
            else:
                click.echo(
                    f"Note: that is a passage id; the article is {article_id} "
                    f"(passage {marked} marked ▶).",
                    err=True,
                )
    if as_json:
        click.echo(json.dumps(article.to_dict(), ensure_ascii=False, indent=2))
        return
    date = article.date.isoformat() if article.date else "undated"
    click.echo(bold(article.title))
    click.echo(f"{article.id} · {date} · {article.source or 'no source'}")
    for label, value in (
        ("dateline", article.dateline),
        ("byline", article.byline),
        ("url", article.url),
        ("labels", _labels(article.passages)),
    ):
        if value:
            click.echo(f"{label}: {value}")
    heading = None
    for p in article.passages:
        if p.heading and p.heading != heading:
            heading = p.heading
            click.echo(f"\n§ {heading}")
        mark = "▶ " if p.position == marked else ""
        text = bold(p.text) if mark else p.text
        click.echo(f"\n{mark}[{p.position}] {text}")
        line = details(findings(p))
        if line:
            click.echo("    " + line)
    if article.credit:
        click.echo(f"\n{article.credit}")


def _labels(passages: Sequence[Passage]) -> str:
    """The labels of an article's passages, each once (Reuters' topics and countries are the
    story's, on every passage): ``topic=crude, topic=ship, country=usa``, written as ``--label``
    takes them, so that a reader can find the story's like."""
    found = dict.fromkeys(
        f"{name}={value}" for p in passages for name, values in p.labels.items() for value in values
    )
    return ", ".join(found)


def _passage_id(text: str) -> tuple[str, int] | None:
    """``ARTICLE_ID#POSITION`` split in two, or None when ``text`` is no passage id."""
    article_id, sep, position = text.rpartition("#")
    if not sep or not article_id or not position.isdigit():
        return None
    return article_id, int(position)


@click.command("stats")
@index_option
@click.option("--top", default=10, show_default=True, type=click.IntRange(1, 1000))
@click.option("--json", "as_json", is_flag=True, help="As one JSON object.")
def stats_cmd(index_dir: Path | None, top: int, as_json: bool) -> None:
    """Counts, date span, the most named persons, organisations and places, and the
    commonest values of the archive's labels (Reuters' topics and countries).

    \b
    Example:
      newsindex stats --top 5
    """
    from newsindex import open_index

    with open_index(index_dir) as ix:
        stats = ix.stats(top=top)
    if as_json:
        click.echo(json.dumps(stats.to_dict(), ensure_ascii=False, indent=2))
        return
    span = f"{stats.first_date} to {stats.last_date}" if stats.first_date else "no dates"
    click.echo(
        f"{stats.path}: {counted(stats.articles, 'article')}, "
        f"{counted(stats.passages, 'passage')}, {span}; {counted(stats.segments, 'segment')}"
    )
    for label, rows in (
        (PERSON.label, stats.top_persons),
        (ORG.label, stats.top_orgs),
        (PLACE.label, stats.top_places),
        *((f"label {name}", values) for name, values in stats.top_labels),
    ):
        top_names = ", ".join(f"{n} ({c:,})" for n, c in rows) or "none"
        click.echo(f"top {label}: {top_names}")


@click.command("export")
@click.argument("out", type=click.Path(dir_okay=False, allow_dash=True))
@index_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(list(EXPORT_FORMATS)),
    default=None,
    help="Default: csv for an OUT ending in .csv, else jsonl. opensearch: a _bulk NDJSON file "
    "plus OUT-STEM.mapping.json beside it.",
)
@click.option(
    "--index-name",
    default="newsindex",
    show_default=True,
    help="Index named in the bulk action lines (opensearch).",
)
@click.option(
    "--mapping",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Where to write the index mapping (opensearch; needed when OUT is '-').",
)
def export_cmd(
    out: str, index_dir: Path | None, fmt: str | None, index_name: str, mapping: Path | None
) -> None:
    """Write every indexed passage, with its entities and dates, to OUT ('-': stdout).

    \b
    Examples:
      newsindex export passages.jsonl
      newsindex export passages.csv
      newsindex export news.ndjson --format opensearch --index-name news
    """
    from newsindex import export

    target = sys.stdout if out == "-" else Path(out)
    report = export(index_dir, target, format=fmt, index_name=index_name, mapping=mapping)
    where = f" to {', '.join(str(p) for p in report.paths)}" if report.paths else ""
    click.echo(
        f"Exported {counted(report.passages, 'passage')} of "
        f"{counted(report.articles, 'article')}{where}.",
        err=True,
    )


@click.command("serve")
@index_option
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on; 0.0.0.0 shows the archive to your whole network.",
)
@click.option(
    "--port",
    default=8000,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="Port to listen on (0: any free port).",
)
@click.option(
    "--threads",
    default=4,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Requests answered at once, each with its own index handle.",
)
def serve_cmd(index_dir: Path | None, host: str, port: int, threads: int) -> None:
    """Serve a search page and its read-only JSON API (waitress) until Ctrl-C.

    \b
    The page: search box, filters, facets, date histogram, article view.
    The API: /api/search, /api/facets, /api/stats, /api/articles/<id>.
    Several processes: run newsindex.web:create_app under gunicorn (README).
    Example:
      newsindex serve --port 8080 --threads 8
    """
    from newsindex.web import serve

    serve(
        index_dir,
        host=host,
        port=port,
        threads=threads,
        on_ready=lambda url: click.echo(f"Serving {url} (Ctrl-C to stop)", err=True),
    )
