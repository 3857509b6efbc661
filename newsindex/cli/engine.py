"""The OpenSearch engine's command, ``push``, and the index location that names a folder or a
cluster (``--index DIR`` / ``--engine URL``)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from .progress import IndexDisplay, deferred_ctrl_c


class IndexLocation(click.ParamType[Path | str, Any]):
    """An index folder (a path), or a cluster index URL kept as written
    (``opensearch://HOST:9200/news``: a path would fold its ``//``)."""

    name = "DIR|URL"

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> Path | str:
        if isinstance(value, str) and "://" in value:
            return value
        return Path(value)


@click.command("push")
@click.option(
    "--index",
    "index_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    envvar="NEWSINDEX_INDEX",
    show_envvar=True,
    help="The index folder to copy (default: the per-user data folder).",
)
@click.option(
    "--engine",
    required=True,
    envvar="NEWSINDEX_ENGINE",
    show_envvar=True,
    metavar="URL",
    help="The cluster index to write: opensearch://HOST:9200/INDEX.",
)
@click.option(
    "--rebuild",
    is_flag=True,
    help="Write a new cluster index and swap it in at the end (searches go on meanwhile).",
)
@click.option("-q", "--quiet", is_flag=True, help="Only the summary.")
def push_cmd(index_dir: Path | None, engine: str, rebuild: bool, quiet: bool) -> None:
    """Copy an index folder's passages to an OpenSearch cluster, without enriching them again.

    Passages keep their ids, so pushing again replaces them. Exit code 0: all written; 3:
    some passages refused by the cluster (each is listed; push again once fixed).

    \b
    Example:
      newsindex push --index ./my-index --engine opensearch://localhost:9200/news
    """
    from newsindex import copy_index

    with (
        IndexDisplay((), quiet=quiet, verbose=False) as display,
        deferred_ctrl_c(display.echo) as check,
    ):

        def progress(update: Any) -> None:
            check()
            display.progress(update)

        report = copy_index(
            index_dir,
            engine,
            rebuild=rebuild,
            on_problem=display.problem,
            on_progress=progress,
        )
    click.echo(
        f"Pushed {report.articles:,} articles, {report.passages:,} passages to "
        f"{report.location} in {report.seconds:.1f}s; {report.skipped:,} refused."
    )
    if report.stopped:
        click.echo("Stopped by Ctrl-C: push again to copy the rest.", err=True)
        sys.exit(130)
    sys.exit(3 if report.skipped else 0)
