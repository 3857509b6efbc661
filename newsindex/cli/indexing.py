"""Commands that build the index: ``index``, ``delete``, ``optimize`` and ``nltk-data``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from newsindex.kinds import READER_FORMATS, RECORD_FIELDS
from newsindex.problems import Severity

from .output import counted, index_option
from .progress import IndexDisplay, ReasonGroups, deferred_ctrl_c

EXIT_PARTIAL = 3

wait_option = click.option(
    "--wait",
    type=click.FloatRange(0),
    default=0.0,
    help="Seconds to wait for another writer to finish.",
)


def _field_mapping(
    ctx: click.Context, param: click.Parameter, values: tuple[str, ...]
) -> dict[str, str]:
    """``--field TARGET=NAME`` options as one mapping, each target a field newsindex reads."""
    mapping: dict[str, str] = {}
    for value in values:
        target, sep, source = (part.strip() for part in value.partition("="))
        if not sep or not target or not source:
            raise click.BadParameter(
                f"{value!r}: expected FIELD=NAME (text=story_body, date=meta.published)"
            )
        if target not in RECORD_FIELDS:
            raise click.BadParameter(
                f"{target!r} is not a field newsindex reads; expected one of "
                f"{', '.join(RECORD_FIELDS)}"
            )
        if target in mapping:
            raise click.BadParameter(f"{target} is given twice")
        mapping[target] = source
    return mapping


@click.command("index")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@index_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(list(READER_FORMATS)),
    help="Read every file in this format (default: by extension).",
)
@click.option(
    "--field",
    "fields",
    multiple=True,
    metavar="FIELD=NAME",
    callback=_field_mapping,
    help="Where JSON and CSV records hold a field: a name or a dotted path (date=meta.published)."
    f" Repeatable. Fields: {', '.join(RECORD_FIELDS)}.",
)
@click.option("--strict", is_flag=True, help="Stop at the first bad record.")
@click.option("--rebuild", is_flag=True, help="Delete the index's contents first.")
@click.option(
    "--batch-size",
    default=None,
    type=click.IntRange(1),
    help="Articles per commit (default 100,000, fewer when memory is full): a killed run keeps "
    "every committed batch.",
)
@click.option(
    "--workers",
    type=click.IntRange(0),
    default=None,
    help="Enrichment processes (default: cores - 1; 0: enrich in the writing process).",
)
@wait_option
@click.option("-q", "--quiet", is_flag=True, help="Only the summary.")
@click.option("-v", "--verbose", is_flag=True, help="List every problem, even repeated ones.")
def index_cmd(
    paths: tuple[Path, ...],
    index_dir: Path | None,
    fmt: str | None,
    fields: dict[str, str],
    strict: bool,
    rebuild: bool,
    batch_size: int | None,
    workers: int | None,
    wait: float,
    quiet: bool,
    verbose: bool,
) -> None:
    """Index articles from files and folders (seed text, JSON, CSV, Reuters .sgm, NewsML-G2, NITF,
    web pages, RSS/Atom feeds, WARC web archives).

    Re-indexing an article (same id) replaces it. Exit code 0: all indexed; 3: some records
    skipped; 1: nothing indexed.

    \b
    Examples:
      newsindex index seeds/
      newsindex index seeds/ --index ./my-index --rebuild
      newsindex index seeds/ --engine opensearch://localhost:9200/news
      newsindex index saved-pages/ news.rss crawl.warc.gz
      newsindex index export.json --field text=story_body --field date=meta.published
    """
    from newsindex import index_paths

    # Passed only when given, so the library's default batch size applies.
    batch: dict[str, Any] = {} if batch_size is None else {"batch_size": batch_size}
    with (
        IndexDisplay(paths, quiet=quiet, verbose=verbose) as display,
        deferred_ctrl_c(display.echo) as check,
    ):

        def progress(update: Any) -> None:
            check()
            display.progress(update)

        try:
            report = index_paths(
                paths,
                index=index_dir,
                format=fmt,
                fields=fields,
                strict=strict,
                workers=workers,
                rebuild=rebuild,
                wait=wait,
                on_problem=display.problem,
                on_progress=progress,
                on_notice=display.echo,
                **batch,
            )
        except KeyboardInterrupt:
            display.echo(
                "Interrupted: the articles read since the index's last commit were not "
                f"saved. {_run_again(rebuild)} to index them (articles already indexed "
                "are replaced, not doubled)."
            )
            sys.exit(130)
    display.echo_hidden()
    rate = report.passages / report.seconds if report.seconds else 0.0
    click.echo(
        f"Indexed {counted(report.articles, 'article')}, {counted(report.passages, 'passage')} "
        f"into {report.location} in {report.seconds:.1f}s ({rate:,.0f} passages/s); "
        f"skipped {counted(report.skipped, 'record')}, {counted(report.warnings, 'warning')}."
    )
    if report.formats:
        read = ", ".join(f"{count:,} {name}" for name, count in report.formats.items())
        click.echo(f"  read: {read}")
    if report.skipped:
        reasons = ReasonGroups()
        for problem in report.problems:
            if problem.severity is Severity.SKIPPED:
                reasons.add(problem.reason)
        for reason, count in reasons.most_common():
            click.echo(f"  skipped {count:,}: {reason}")
    if report.stopped:
        click.echo(
            f"Stopped by Ctrl-C: the {counted(report.articles, 'article')} above "
            f"{'is' if report.articles == 1 else 'are'} saved. {_run_again(rebuild)} to index "
            "the rest (articles already indexed are replaced, not doubled).",
            err=True,
        )
    elif report.articles == 0:
        click.echo(
            "Error: nothing was indexed: no file held an article newsindex could read "
            "(see the messages above).",
            err=True,
        )
    sys.exit({"ok": 0, "partial": EXIT_PARTIAL, "failed": 1, "stopped": 130}[report.status])


def _run_again(rebuild: bool) -> str:
    """How to go on after Ctrl-C: with --rebuild the same command would clear the index again
    and start over."""
    return "Run the same command without --rebuild" if rebuild else "Run the same command again"


@click.command("delete")
@click.argument("article_ids", nargs=-1)
@index_option
@click.option(
    "--ids",
    "ids_file",
    type=click.File("r", encoding="utf-8"),
    default=None,
    help="Also the article ids in this file, one per line ('-': standard input).",
)
@wait_option
def delete_cmd(
    article_ids: tuple[str, ...], index_dir: Path | None, ids_file: Any, wait: float
) -> None:
    """Delete articles, each with all its passages, by id (as search and show print it).

    For a retracted story or files indexed by mistake. An id the index does not hold is
    listed; exit code 0: all deleted, 3: some not found, 1: none found.

    \b
    Examples:
      newsindex delete 2025-05-06-brisebois-wins-minority
      newsindex delete --ids retracted.txt
    """
    from newsindex import delete_articles

    ids = [*article_ids, *(line.strip() for line in ids_file or () if line.strip())]
    report = delete_articles(
        ids, index=index_dir, wait=wait, on_notice=lambda m: click.echo(m, err=True)
    )
    if report.deleted:
        click.echo(
            f"Deleted {counted(len(report.deleted), 'article')} "
            f"({counted(report.passages, 'passage')}) from {report.location}."
        )
    if report.missing:
        shown = ", ".join(report.missing[:10])
        more = f" and {len(report.missing) - 10:,} more" if len(report.missing) > 10 else ""
        click.echo(
            f"{'Error: ' if not report.deleted else ''}not in the index: {shown}{more}.",
            err=True,
        )
    sys.exit({"ok": 0, "partial": EXIT_PARTIAL, "failed": 1}[report.status])


@click.command("optimize")
@index_option
@wait_option
def optimize_cmd(index_dir: Path | None, wait: float) -> None:
    """Merge the index's segments into one: faster searches on an archive that is mostly read.

    Each indexing run adds segments, and every search pays a cost per segment. Merging takes
    about as long as indexing everything once; searches keep working meanwhile.

    \b
    Example:
      newsindex optimize
    """
    from newsindex import optimize_index

    report = optimize_index(index_dir, wait=wait, on_notice=lambda m: click.echo(m, err=True))
    if report.segments_before == report.segments_after:
        click.echo(
            f"{report.index_dir}: already {report.segments_after} segment(s); nothing to do."
        )
        return
    click.echo(
        f"{report.index_dir}: merged {report.segments_before} segments into "
        f"{report.segments_after} in {report.seconds:.1f}s."
    )


@click.command("nltk-data")
@click.option(
    "--dir",
    "target",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Download into this folder (then set NLTK_DATA to it).",
)
@click.option("--check", is_flag=True, help="Only report what is installed; download nothing.")
def nltk_data_cmd(target: Path | None, check: bool) -> None:
    """Locate the NLTK models newsindex uses, downloading the missing ones.

    With --dir, downloads into that folder (e.g. ~/nltk_data), for NLTK_DATA to point at.

    \b
    Example:
      newsindex nltk-data --check
    """
    from newsindex import nltkdata

    items = nltkdata.status() if check else nltkdata.download(target)
    for item in items:
        click.echo(f"{item.resource:45} {item.location or 'MISSING'}")
    if any(not i.found for i in items):
        sys.exit(1)
