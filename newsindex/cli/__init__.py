"""The ``newsindex`` command line: parse options, call one library function, format output.

Every :class:`~newsindex.errors.NewsindexError` becomes ``Error: message`` on stderr with its
exit code (1 user error, 2 usage); nothing here ranks, parses queries or touches Whoosh.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import functools
import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from ..errors import NewsindexError

if TYPE_CHECKING:
    from ..search.query import Filters

F = TypeVar("F", bound=Callable[..., Any])
FORMATS = ("table", "json", "nl", "csv", "tsv")
EXIT_PARTIAL = 3


class _Group(click.Group):
    """Turns library errors into one-line messages: the single place that does so."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except NewsindexError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("Interrupted.", err=True)
            sys.exit(130)


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
    return click.option(
        "--index",
        "index_dir",
        type=click.Path(path_type=Path),
        default=None,
        envvar="NEWSINDEX_INDEX",
        show_envvar=True,
        help="Index folder (default: the per-user data folder).",
    )(fn)


def _flat(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return "; ".join(_flat(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else str(value)


def emit_rows(rows: Iterable[dict[str, Any]], fmt: str, columns: Sequence[str]) -> None:
    """Stream ``rows`` in a machine format (everything but ``table``)."""
    out = sys.stdout
    if fmt == "json":
        out.write("[")
        for i, row in enumerate(rows):
            out.write(("," if i else "") + "\n" + json.dumps(row, ensure_ascii=False))
        out.write("\n]\n")
    elif fmt == "nl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    else:
        writer = csv.writer(out, delimiter="\t" if fmt == "tsv" else ",", lineterminator="\r\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_flat(row.get(c)) for c in columns])


def _colour() -> bool:
    return sys.stdout.isatty()


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsindex")
def cli() -> None:
    """Search news archives by keyword, person, organisation, place and date.

    \b
    Example:
      newsindex index seeds/
      newsindex search tariffs --person Carney --since 2025-03-01
    """


# ---------------------------------------------------------------------------------------- index


def _reason_kind(reason: str) -> str:
    return re.sub(r"\d+", "N", re.sub(r"'[^']*'|\"[^\"]*\"", "…", reason))


class _IndexDisplay:
    """Indexing progress: a live bar (articles/s, passages, warnings, ETA by bytes read) on a
    terminal, a log line every few seconds otherwise; problem lines above it."""

    def __init__(self, paths: Sequence[Path], *, quiet: bool, verbose: bool) -> None:
        self.quiet = quiet
        self.per_kind = 10**9 if verbose else 20
        self.shown: Counter[str] = Counter()
        self.sizes = {str(p): _size(p) for p in _files(paths)}
        self.total = sum(self.sizes.values())
        self.done_bytes = 0
        self.current: str | None = None
        self.warnings = 0
        self.started = self.last_line = time.monotonic()
        self.bar: Any = None

    def __enter__(self) -> _IndexDisplay:
        if not self.quiet and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

            self.bar = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self.bar.start()
            self.task = self.bar.add_task("reading…", total=self.total or None)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()

    def echo(self, message: str) -> None:
        if self.bar is not None:
            self.bar.console.print(message, markup=False, highlight=False)
        else:
            click.echo(message, err=True)

    def problem(self, problem: Any) -> None:
        self.warnings += problem.severity.value == "warning"
        kind = _reason_kind(problem.reason)
        self.shown[kind] += 1
        if not self.quiet and self.shown[kind] <= self.per_kind:
            self.echo(str(problem))

    def progress(self, p: Any) -> None:
        path = p.origin.rsplit(":", 1)[0] if p.origin not in self.sizes else p.origin
        if path != self.current:
            self.done_bytes += self.sizes.get(self.current or "", 0)
            self.current = path
        now = time.monotonic()
        rate = p.articles / max(now - self.started, 1e-9)
        text = (
            f"{p.articles:,} articles ({rate:,.0f}/s), {p.passages:,} passages, "
            f"{self.warnings:,} warnings"
        )
        if self.bar is not None:
            self.bar.update(self.task, completed=self.done_bytes, description=text)
        elif not self.quiet and now - self.last_line >= 2.0:
            self.last_line = now
            self.echo(f"… {text}")


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:  # broken links and unreadable files are the reader's to report
        return 0


def _files(paths: Sequence[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_file():
            yield path
        elif path.is_dir():
            for root, _, names in os.walk(path):
                yield from (Path(root) / n for n in names if not n.startswith("."))


@contextlib.contextmanager
def _deferred_ctrl_c() -> Iterator[Callable[[], None]]:
    """Ctrl-C takes effect between articles (``check()`` raises it): Python drops a
    KeyboardInterrupt that lands in a finalizer (Whoosh's lock ``__del__``), and the run would
    silently go on. A second Ctrl-C stops at once."""
    import signal

    pressed: list[bool] = []

    def handler(signum: int, frame: Any) -> None:
        if pressed:
            raise KeyboardInterrupt
        pressed.append(True)

    def check() -> None:
        if pressed:
            raise KeyboardInterrupt

    previous = signal.signal(signal.SIGINT, handler)
    try:
        yield check
    finally:
        signal.signal(signal.SIGINT, previous)


@cli.command("index")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@index_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["seed", "jsonl", "csv", "reuters"]),
    help="Read every file in this format (default: by extension).",
)
@click.option("--strict", is_flag=True, help="Stop at the first bad record.")
@click.option("--rebuild", is_flag=True, help="Delete the index's contents first.")
@click.option(
    "--batch-size",
    default=None,
    type=click.IntRange(1),
    help="Articles per commit (default 10,000): a killed run keeps every committed batch.",
)
@click.option(
    "--workers",
    type=click.IntRange(0),
    default=None,
    help="Enrichment processes (default: cores - 1; 0: enrich in the writing process).",
)
@click.option(
    "--wait",
    type=click.FloatRange(0),
    default=0.0,
    help="Seconds to wait for another writer to finish.",
)
@click.option("-q", "--quiet", is_flag=True, help="Only the summary.")
@click.option("-v", "--verbose", is_flag=True, help="List every problem, even repeated ones.")
def index_cmd(
    paths: tuple[Path, ...],
    index_dir: Path | None,
    fmt: str | None,
    strict: bool,
    rebuild: bool,
    batch_size: int | None,
    workers: int | None,
    wait: float,
    quiet: bool,
    verbose: bool,
) -> None:
    """Index articles from files and folders (seed text, .jsonl, .csv, Reuters .sgm).

    Re-indexing an article (same id) replaces it. Exit code 0: all indexed; 3: some records
    skipped; 1: nothing indexed.

    \b
    Example:
      newsindex index seeds/ archive.jsonl --index ./my-index
    """
    from ..indexing import DEFAULT_BATCH, index_paths

    with _IndexDisplay(paths, quiet=quiet, verbose=verbose) as display, _deferred_ctrl_c() as check:

        def progress(update: Any) -> None:
            check()
            display.progress(update)

        report = index_paths(
            paths,
            index=index_dir,
            format=fmt,
            strict=strict,
            batch_size=batch_size if batch_size is not None else DEFAULT_BATCH,
            workers=workers,
            rebuild=rebuild,
            wait=wait,
            on_problem=display.problem,
            on_progress=progress,
            on_notice=display.echo,
        )
    shown, per_kind = display.shown, display.per_kind
    for kind, count in shown.items():
        if count > per_kind and not quiet:
            click.echo(
                f"… and {count - per_kind:,} more like “{kind}” (--verbose lists all)", err=True
            )
    rate = report.passages / report.seconds if report.seconds else 0.0
    click.echo(
        f"Indexed {report.articles:,} articles, {report.passages:,} passages into "
        f"{report.index_dir} in {report.seconds:.1f}s ({rate:,.0f} passages/s); "
        f"skipped {report.skipped:,} records, {report.warnings:,} warnings."
    )
    if report.skipped:
        reasons = Counter(
            _reason_kind(p.reason) for p in report.problems if p.severity.value == "skipped"
        )
        for reason, count in reasons.most_common():
            click.echo(f"  skipped {count:,}: {reason}")
    sys.exit({"ok": 0, "partial": EXIT_PARTIAL, "failed": 1}[report.status])


# --------------------------------------------------------------------------------------- search

HIT_COLUMNS = (
    "id",
    "score",
    "date",
    "title",
    "section",
    "snippet",
    "persons",
    "orgs",
    "places",
    "speakers",
    "source",
)


def _hit_row(hit: Any, fmt: str) -> dict[str, Any]:
    from ..search.snippets import to_plain

    row: dict[str, Any] = hit.to_dict()
    if fmt in ("csv", "tsv"):
        row["snippet"] = to_plain(row["snippet"])
    return row


def _print_hits(results: Any) -> None:
    from ..search.snippets import to_ansi, to_plain

    render = to_ansi if _colour() else to_plain
    if results.suggestions:
        click.echo(f"Did you mean: {', '.join(results.suggestions)}?")
    if results.fallback:
        click.echo("No passage has every term; showing passages with any of them.")
    first = results.offset + 1
    last = results.offset + len(results.hits)
    click.echo(
        f"{results.total:,} passages"
        + (f", showing {first}-{last}" if results.hits else "")
        + f" ({results.seconds * 1000:.0f} ms)"
    )
    for n, hit in enumerate(results.hits, start=first):
        date = hit.date.isoformat() if hit.date else "undated"
        click.echo("")
        click.echo(click.style(f"{n}. {hit.title}", bold=_colour()) + f"  [{date}] {hit.id}")
        if hit.passage.heading:
            click.echo(f"   § {hit.passage.heading}")
        for ctx in hit.context:
            if ctx.position < hit.passage.position:
                click.echo(f"   ┆ {ctx.text}")
        click.echo("   " + render(hit.snippet).replace("\n", "\n   "))
        for ctx in hit.context:
            if ctx.position > hit.passage.position:
                click.echo(f"   ┆ {ctx.text}")
        who = [
            f"{label}: {', '.join(v)}"
            for label, v in (
                ("said", hit.passage.speakers),
                ("persons", hit.passage.persons),
                ("orgs", hit.passage.orgs),
                ("places", hit.passage.places),
            )
            if v
        ]
        if who:
            click.echo("   " + " · ".join(who))
        if hit.duplicates:
            n = len(hit.duplicates)
            click.echo(f"   and {n} more near-identical passage{'s' if n > 1 else ''}")


FILTER_NAMES = ("person", "org", "place", "speaker", "source", "since", "until", "mentions")


def filter_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """The entity and date filters shared by search, facets and timeline, handed to the
    command as one ``filters`` value plus ``as_of`` and ``aliases``."""

    @functools.wraps(fn)
    def command(*args: Any, **options: Any) -> Any:
        from ..search.query import Filters

        filters = Filters(**{name: options.pop(name) for name in FILTER_NAMES})
        as_of = options.pop("as_of")
        return fn(*args, filters=filters, as_of=as_of.date() if as_of else None, **options)

    for option in reversed(
        [
            click.option("--person", help="Passages naming this person (full name or surname)."),
            click.option("--org", help="Passages naming this organisation."),
            click.option("--place", help="Passages naming this place."),
            click.option("--speaker", help="Passages quoting this person."),
            click.option("--source", help="Only this source (e.g. Reuters)."),
            click.option(
                "--since",
                metavar="DATE",
                help="Articles dated on or after (2025-05-01, 'last week', ...).",
            ),
            click.option("--until", metavar="DATE", help="Articles dated on or before."),
            click.option(
                "--mentions",
                metavar="DATE",
                help="Passages mentioning this day or range (2025-05-05, 'May 2025').",
            ),
            click.option(
                "--as-of",
                type=click.DateTime(["%Y-%m-%d"]),
                default=None,
                help="Resolve relative dates against this day instead of today.",
            ),
            click.option(
                "--aliases",
                type=click.Path(path_type=Path, dir_okay=False),
                default=None,
                help="Alias file (TOML or CSV) for names; default: aliases.toml in the index.",
            ),
        ]
    ):
        command = option(command)
    return command


@cli.command("search")
@click.argument("query", required=False, default="")
@index_option
@filter_options
@click.option(
    "--sort",
    type=click.Choice(["relevance", "date", "-date"]),
    default="relevance",
    show_default=True,
)
@click.option("--limit", "-n", default=10, show_default=True, type=click.IntRange(1, 10_000))
@click.option("--page", default=1, show_default=True, type=click.IntRange(1))
@click.option(
    "--context",
    default=0,
    type=click.IntRange(0, 20),
    help="Show N neighbouring passages of the article around each hit.",
)
@click.option(
    "--no-collapse",
    is_flag=True,
    help="Show near-identical passages (wire copies) as separate hits.",
)
@output_options
def search_cmd(
    query: str,
    index_dir: Path | None,
    sort: str,
    limit: int,
    page: int,
    context: int,
    no_collapse: bool,
    fmt: str,
    filters: Filters,
    as_of: dt.date | None,
    aliases: Path | None,
) -> None:
    """Rank passages by QUERY (Whoosh syntax) and/or filters.

    \b
    Examples:
      newsindex search tariffs
      newsindex search '"trade deal" AND person:Carney' --since 2025-05-01
      newsindex search --person Poilievre
      newsindex search "oil prices" --since 1987-03-01 --until 1987-03-31 --json
    """
    from ..search.handle import open_index

    # One query reads a few pages of the index: from disk, opening is 100 ms quicker and
    # 250 MB lighter than loading the files (facets, timelines and stats read most of them).
    with open_index(index_dir, aliases=aliases, in_memory=False) as ix:
        results = ix.search(
            query,
            filters=filters,
            limit=limit,
            offset=(page - 1) * limit,
            sort=sort,
            context=context,
            collapse=not no_collapse,
            as_of=as_of,
        )
    if fmt == "table":
        _print_hits(results)
    else:
        emit_rows((_hit_row(h, fmt) for h in results.hits), fmt, HIT_COLUMNS)


@cli.command("similar")
@click.argument("passage_id")
@index_option
@click.option("--limit", "-n", default=10, show_default=True, type=click.IntRange(1, 1000))
@output_options
def similar_cmd(passage_id: str, index_dir: Path | None, limit: int, fmt: str) -> None:
    """Passages like PASSAGE_ID (ARTICLE_ID#POSITION), without its wire copies.

    \b
    Example:
      newsindex similar 2025-03-12-bank-of-canada-cuts-again#2
    """
    from ..search.handle import open_index

    with open_index(index_dir, in_memory=False) as ix:
        results = ix.similar(passage_id, limit=limit)
    if fmt == "table":
        _print_hits(results)
    else:
        emit_rows((_hit_row(h, fmt) for h in results.hits), fmt, HIT_COLUMNS)


def _bar(count: int, most: int, width: int = 40) -> str:
    return "█" * max(1, round(width * count / most)) if count else ""


@cli.command("facets")
@click.argument("query", required=False, default="")
@index_option
@filter_options
@click.option("--top", default=10, show_default=True, type=click.IntRange(1, 1000))
@click.option(
    "--by",
    type=click.Choice(["day", "week", "month", "year"]),
    default="month",
    show_default=True,
    help="Histogram period.",
)
@click.option(
    "--date-field",
    type=click.Choice(["date", "mentions"]),
    default="date",
    show_default=True,
    help="Histogram of article dates or of mentioned dates.",
)
@output_options
def facets_cmd(
    query: str,
    index_dir: Path | None,
    top: int,
    by: str,
    date_field: str,
    fmt: str,
    filters: Filters,
    as_of: dt.date | None,
    aliases: Path | None,
) -> None:
    """Who and what the matches of QUERY name, with counts over all matches, and when.

    \b
    Example:
      newsindex facets tariffs --by month
      newsindex facets "oil prices" --date-field mentions --json
    """
    from ..search.handle import open_index

    with open_index(index_dir, aliases=aliases) as ix:
        facets = ix.facets(
            query, filters=filters, top=top, by=by, date_field=date_field, as_of=as_of
        )
    groups = (
        ("persons", facets.persons),
        ("orgs", facets.orgs),
        ("places", facets.places),
        ("speakers", facets.speakers),
        ("sources", facets.sources),
        (f"{date_field} by {by}", facets.histogram),
    )
    if fmt != "table":
        rows = ({"facet": g, "name": n, "count": c} for g, items in groups for n, c in items)
        emit_rows(rows, fmt, ("facet", "name", "count"))
        return
    click.echo(f"{facets.total:,} matching passages ({facets.seconds * 1000:.0f} ms)")
    for title, items in groups:
        click.echo(f"\n{title}:")
        most = max((c for _, c in items), default=0)
        for name, count in items:
            click.echo(f"  {name:<32} {count:>7,} {_bar(count, most, 30)}")


@cli.command("timeline")
@click.argument("name")
@index_option
@filter_options
@click.option(
    "--kind",
    type=click.Choice(["person", "org", "place", "speaker"]),
    default="person",
    show_default=True,
)
@click.option(
    "--by", type=click.Choice(["day", "week", "month", "year"]), default="month", show_default=True
)
@click.option(
    "--top",
    default=3,
    show_default=True,
    type=click.IntRange(1, 100),
    help="Co-mentioned entities per period.",
)
@output_options
def timeline_cmd(
    name: str,
    index_dir: Path | None,
    kind: str,
    by: str,
    top: int,
    fmt: str,
    filters: Filters,
    as_of: dt.date | None,
    aliases: Path | None,
) -> None:
    """Mentions of NAME per period, with who and what is named beside it.

    \b
    Example:
      newsindex timeline Okafor --by month
      newsindex timeline "Bank of Canada" --kind org --csv
    """
    from ..search.handle import open_index

    with open_index(index_dir, aliases=aliases) as ix:
        tl = ix.timeline(name, kind=kind, filters=filters, by=by, top=top, as_of=as_of)
    rows = [
        {
            "period": p.period,
            "count": p.count,
            "co_mentions": [f"{n} ({c})" for n, c in p.co_mentions],
        }
        for p in tl.periods
    ]
    if fmt != "table":
        emit_rows(rows, fmt, ("period", "count", "co_mentions"))
        return
    click.echo(f"{tl.name} ({tl.kind}): {tl.total:,} passages")
    most = max((p.count for p in tl.periods), default=0)
    for p in tl.periods:
        co = ", ".join(f"{n} ({c})" for n, c in p.co_mentions)
        click.echo(f"{p.period:>10} {p.count:>6,} {_bar(p.count, most, 30):<30} {co}")


# ------------------------------------------------------------------------------ show and stats


@cli.command("show")
@click.argument("article_id")
@index_option
@click.option("--json", "as_json", is_flag=True, help="The article as one JSON object.")
def show_cmd(article_id: str, index_dir: Path | None, as_json: bool) -> None:
    """Show an indexed article: its passages with their entities and dates.

    \b
    Example:
      newsindex show 2025-05-06-carney-trump
    """
    from ..search.handle import open_index

    with open_index(index_dir, in_memory=False) as ix:
        article = ix.article(article_id)
    if as_json:
        click.echo(json.dumps(article.to_dict(), ensure_ascii=False, indent=2))
        return
    date = article.date.isoformat() if article.date else "undated"
    click.echo(click.style(article.title, bold=_colour()))
    click.echo(f"{article.id} · {date} · {article.source or 'no source'}")
    for label, value in (
        ("dateline", article.dateline),
        ("byline", article.byline),
        ("url", article.url),
    ):
        if value:
            click.echo(f"{label}: {value}")
    heading = None
    for p in article.passages:
        if p.heading and p.heading != heading:
            heading = p.heading
            click.echo(f"\n§ {heading}")
        click.echo(f"\n[{p.position}] {p.text}")
        details = [
            f"{label}: {', '.join(v)}"
            for label, v in (
                ("said", p.speakers),
                ("persons", p.persons),
                ("orgs", p.orgs),
                ("places", p.places),
                (
                    "dates",
                    [
                        s.start.isoformat() if s.is_day else f"{s.start}..{s.end}"
                        for s in p.mentions
                    ],
                ),
            )
            if v
        ]
        if details:
            click.echo("    " + " · ".join(details))
    if article.credit:
        click.echo(f"\n{article.credit}")


@cli.command("optimize")
@index_option
@click.option(
    "--wait",
    type=click.FloatRange(0),
    default=0.0,
    help="Seconds to wait for another writer to finish.",
)
def optimize_cmd(index_dir: Path | None, wait: float) -> None:
    """Merge the index's segments into one: faster searches on an archive that is mostly read.

    Each indexing run adds segments, and every search pays a cost per segment. Merging takes
    about as long as indexing everything once; searches keep working meanwhile.

    \b
    Example:
      newsindex optimize --index ./my-index
    """
    from ..indexing import optimize_index

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


@cli.command("stats")
@index_option
@click.option("--top", default=10, show_default=True, type=click.IntRange(1, 1000))
@click.option("--json", "as_json", is_flag=True, help="As one JSON object.")
def stats_cmd(index_dir: Path | None, top: int, as_json: bool) -> None:
    """Counts, date span and the most named persons, organisations and places.

    \b
    Example:
      newsindex stats --top 5
    """
    from ..search.handle import open_index

    with open_index(index_dir) as ix:
        stats = ix.stats(top=top)
    if as_json:
        click.echo(json.dumps(stats.to_dict(), ensure_ascii=False, indent=2))
        return
    span = f"{stats.first_date} to {stats.last_date}" if stats.first_date else "no dates"
    click.echo(
        f"{stats.path}: {stats.articles:,} articles, {stats.passages:,} passages, {span}; "
        f"{stats.segments} segment(s)"
    )
    for label, rows in (
        ("persons", stats.top_persons),
        ("organisations", stats.top_orgs),
        ("places", stats.top_places),
    ):
        click.echo(f"top {label}: " + (", ".join(f"{n} ({c:,})" for n, c in rows) or "none"))


@cli.command("nltk-data")
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

    \b
    Example:
      newsindex nltk-data --dir ~/nltk_data
    """
    from .. import nltkdata

    items = nltkdata.status() if check else nltkdata.download(target)
    for item in items:
        click.echo(f"{item.resource:45} {item.location or 'MISSING'}")
    if any(not i.found for i in items):
        sys.exit(1)


@cli.command("serve")
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
def serve_cmd(index_dir: Path | None, host: str, port: int) -> None:
    """Serve a local search page and its read-only JSON API until Ctrl-C.

    \b
    The page: search box, filters, facets, date histogram, article view.
    The API: /api/search, /api/facets, /api/stats, /api/articles/<id>.
    Example:
      newsindex serve --port 8080
    """
    from ..web import serve

    serve(
        index_dir,
        host=host,
        port=port,
        on_ready=lambda url: click.echo(f"Serving {url} (Ctrl-C to stop)", err=True),
    )


@cli.command("export")
@click.argument("out", type=click.Path(dir_okay=False, allow_dash=True))
@index_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "opensearch"]),
    default="jsonl",
    show_default=True,
    help="opensearch: a _bulk NDJSON file plus OUT-STEM.mapping.json beside it.",
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
    out: str, index_dir: Path | None, fmt: str, index_name: str, mapping: Path | None
) -> None:
    """Write every indexed passage, with its entities and dates, to OUT ('-': stdout).

    \b
    Examples:
      newsindex export passages.jsonl
      newsindex export passages.csv --format csv
      newsindex export news.ndjson --format opensearch --index-name news
    """
    from ..exporting import export

    target = sys.stdout if out == "-" else Path(out)
    report = export(index_dir, target, format=fmt, index_name=index_name, mapping=mapping)
    where = f" to {', '.join(str(p) for p in report.paths)}" if report.paths else ""
    click.echo(
        f"Exported {report.passages:,} passages of {report.articles:,} articles{where}.",
        err=True,
    )


def main() -> None:
    cli(prog_name="newsindex")
