"""Commands that query the index: ``search``, ``similar``, ``facets`` and ``timeline``."""

from __future__ import annotations

import datetime as dt
import functools
import shlex
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from newsindex.kinds import (
    DATE_FIELDS,
    ENTITY_KINDS,
    FILTER_NAMES,
    KIND_NAMES,
    MATCH_MODES,
    ORG_SPEAKER,
    PERIODS,
    SORTS,
    SPEAKER,
    EntityKind,
)

from .output import (
    bar,
    bold,
    colour,
    counted,
    details,
    emit_rows,
    findings,
    gapless,
    index_option,
    output_options,
)

if TYPE_CHECKING:
    from newsindex import Facets, Filters, Hit, SearchResults

HIT_COLUMNS = (
    "id",
    "score",
    "date",
    "title",
    "section",
    "snippet",
    *(kind.plural for kind in ENTITY_KINDS),
    "source",
    "partial",
    "article_id",
    "mentions",
    "labels",
    "duplicates",
    "text",
)
"""``partial``: the passage has some of the query's words but not all (it completes a page that
the passages with every word left short). After it (so that earlier columns keep their place),
what a spreadsheet needs to be read without the index: the whole passage, the dates it
mentions, its labels and the ids of the near-identical passages (wire copies) the row folds."""


FACET_COLUMNS = ("facet", "label", "name", "period", "count")
MAX_LIMIT = 10_000
"""The largest page the library gives (``search(limit=...)``)."""
NAME_WIDTH = 32
"""Characters of a name in the facets table; a longer one is cut, so the counts stay in line
(the machine formats give it whole)."""


def _cut(name: str, width: int) -> str:
    return name if len(name) <= width else name[: width - 1] + "…"


def _facet_rows(facets: Facets) -> Iterator[dict[str, Any]]:
    """The facet counts as explicit rows (see ``facets --help``)."""

    def row(
        facet: str,
        count: int,
        *,
        label: str | None = None,
        name: str | None = None,
        period: str | None = None,
    ) -> dict[str, Any]:
        return {"facet": facet, "label": label, "name": name, "period": period, "count": count}

    for kind in ENTITY_KINDS:
        for name, count in getattr(facets, kind.plural):
            yield row(kind.plural, count, name=name)
    for name, count in facets.sources:
        yield row("sources", count, name=name)
    for label, counts in facets.labels:
        for value, count in counts:
            yield row("labels", count, label=label, name=value)
    for period, count in facets.histogram:
        yield row("histogram", count, period=period)


def _facet_title(kind: EntityKind, filters: Filters) -> str:
    """A facet's heading; under a filter on its own kind, what its counts are: each row counts
    what the search finds with that name as the filter instead ('--person "Bill Clinton"' on
    PolNeAR: 255 matching passages, then "Donald Trump 4,366", which read as wrong)."""
    given = getattr(filters, kind.name)
    if given is None:
        return kind.plural
    flag = kind.name.replace("_", "-")
    return f"{kind.plural} (each counted as --{flag} instead of {given!r})"


def _filter_help(kind: EntityKind) -> str:
    if kind is SPEAKER:
        return "Passages quoting this person or organisation."
    if kind is ORG_SPEAKER:
        return "Passages quoting this organisation (--speaker finds them too)."
    surname = " (full name or surname)" if kind.is_person else ""
    return f"Passages naming this {kind.noun}{surname}."


match_option = click.option(
    "--match",
    type=click.Choice(list(MATCH_MODES)),
    default="auto",
    show_default=True,
    help="How the words combine: all of up to three words, else any (auto); all; any.",
)


def filter_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """The entity and date filters shared by search, facets and timeline, handed to the
    command as one ``filters`` value plus ``as_of`` and ``aliases``."""

    @functools.wraps(fn)
    def command(*args: Any, **options: Any) -> Any:
        from newsindex import Filters

        filters = Filters(
            **{name: options.pop(name) for name in FILTER_NAMES},
            labels=Filters.parse_labels(options.pop("label")),
        )
        as_of = options.pop("as_of")
        return fn(*args, filters=filters, as_of=as_of.date() if as_of else None, **options)

    for option in reversed(
        [
            *(
                _one_value(f"--{kind.name.replace('_', '-')}", help=_filter_help(kind))
                for kind in ENTITY_KINDS
            ),
            _one_value("--source", help="Only this source (e.g. Reuters)."),
            _one_value(
                "--since",
                metavar="DATE",
                help="Articles dated on or after (2025-05-01, 'last week', ...).",
            ),
            _one_value("--until", metavar="DATE", help="Articles dated on or before."),
            _one_value(
                "--mentions",
                metavar="DATE",
                help="Passages mentioning this day or range (2025-05-05, 'May 2025'); those "
                "naming it (not its week or month) first.",
            ),
            click.option(
                "--label",
                metavar="NAME=VALUE",
                multiple=True,
                help="Passages with this extra label (added by an enrichment step of your own).",
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


class QueryCommand(click.Command):
    """A command taking a QUERY (or NAME) of several words, which the shell splits unless they
    are quoted: the words are joined into one, as other search tools take them ("newsindex
    search interest rates", "timeline Paul Volcker"). A query may start with a minus ("-quota
    tariffs": passages without "quota"), which the shell hands over as an option; click's "No
    such option: -q" left the user guessing, so the error says how to pass it."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        given = list(args)  # the parser consumes its list
        ctx.allow_extra_args = True  # joined to the query below
        try:
            extra = super().parse_args(ctx, args)
        except click.NoSuchOption as exc:
            query = next((a for a in given if a.startswith(exc.option_name)), exc.option_name)
            if query.startswith("--"):
                raise
            hint = (
                f"No such option {exc.option_name!r}; if it starts a query, put the query "
                f"after '--': newsindex {ctx.info_name} -- {shlex.quote(query)}"
            )
            raise click.NoSuchOption(exc.option_name, hint, ctx=ctx) from None
        if extra:
            first = next(p for p in self.params if isinstance(p, click.Argument)).name or ""
            ctx.params[first] = " ".join([ctx.params[first], *extra])
            ctx.args = []
        return ctx.args


def _one_value(flag: str, **settings: Any) -> Callable[[Any], Any]:
    """A filter option given at most once. Click keeps the last of a repeated option, so
    ``--person Volcker --person Baker`` searched for Baker alone, silently; a repeat is now
    refused with the query that finds passages naming both (the API refuses it too)."""
    field = flag.removeprefix("--").replace("-", "_")

    def once(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> str | None:
        if len(values) > 1:
            both = " AND ".join(f'{field}:"{v}"' for v in values)
            hint = "" if "metavar" in settings else f": for passages with all, search '{both}'"
            raise click.BadParameter(
                f"given {len(values)} times ({', '.join(map(repr, values))}); "
                f"a filter takes one value{hint}",
                ctx,
                param,
            )
        return values[0] if values else None

    return click.option(flag, multiple=True, callback=once, **settings)


def _emit_hits(results: SearchResults, fmt: str) -> None:
    """A page of hits as a table (with context and names) or as rows in a machine format."""
    if fmt == "table":
        _print_hits(results)
    else:
        rows = [_hit_row(h, fmt, partial=False) for h in results.hits]
        rows += [_hit_row(h, fmt, partial=True) for h in results.partial]
        emit_rows(rows, fmt, HIT_COLUMNS)
        _print_notes(
            results.notes, suggestions=results.suggestions, relaxed=results.relaxed, err=True
        )


def _print_notes(
    notes: tuple[str, ...],
    *,
    suggestions: tuple[str, ...] = (),
    relaxed: tuple[str, ...] = (),
    doing: str = "showing",
    err: bool = False,
) -> None:
    """What a search could not do as asked and what it suggests: with a table, before it; with
    a machine format, on stderr, so the rows stay parseable and the user still reads them.
    ``relaxed``: the words no passage has all of, so that what follows (``doing``: showing,
    counting) is of passages with any of them."""
    if suggestions:
        click.echo(f"Did you mean: {', '.join(suggestions)}?", err=err)
    for note in notes:
        click.echo(f"Note: {note}" + ("" if note.endswith(("?", "!", ".")) else "."), err=err)
    if relaxed:
        words = ", ".join(relaxed)
        click.echo(f"No passage has all of {words}; {doing} passages with any of them.", err=err)


def _hit_row(hit: Hit, fmt: str, *, partial: bool) -> dict[str, Any]:
    from newsindex.snippets import to_plain

    row: dict[str, Any] = {**hit.to_dict(), "partial": partial}
    if fmt in ("csv", "tsv"):
        row["snippet"] = to_plain(row["snippet"])
        row["duplicates"] = [copy["id"] for copy in row["duplicates"]]
    return row


def _print_hits(results: SearchResults) -> None:
    from newsindex.snippets import to_ansi, to_plain

    render = to_ansi if colour() else to_plain
    _print_notes(results.notes, suggestions=results.suggestions, relaxed=results.relaxed)
    first = results.offset + 1
    shown = len(results.hits) + len(results.partial)
    more = f"{results.partial_total:,}{'+' if results.partial_is_lower_bound else ''}"
    click.echo(
        _passages(results.total_text)
        + (f" with every word, {more} with some" if results.partial else "")
        + (f", showing {first}-{results.offset + shown}" if shown else "")
        + f" ({results.seconds * 1000:.0f} ms)"
    )
    _print_hit_list(results.hits, first, render)
    if results.partial:
        click.echo("")
        click.echo(bold(f"Passages with some of the words but not all ({more}):"))
        _print_hit_list(results.partial, first + len(results.hits), render)


def _passages(count: str) -> str:
    return f"{count} passage{'' if count == '1' else 's'}"


def _print_hit_list(hits: tuple[Hit, ...], first: int, render: Callable[[str], str]) -> None:
    for n, hit in enumerate(hits, start=first):
        date = hit.date.isoformat() if hit.date else "undated"
        click.echo("")
        click.echo(bold(f"{n}. {hit.title}") + f"  [{date}] {hit.id}")
        if hit.passage.heading:
            click.echo(f"   § {hit.passage.heading}")
        for ctx in hit.context:
            if ctx.position < hit.passage.position:
                click.echo(f"   ┆ {ctx.text}")
        click.echo("   " + render(hit.snippet).replace("\n", "\n   "))
        for ctx in hit.context:
            if ctx.position > hit.passage.position:
                click.echo(f"   ┆ {ctx.text}")
        who = details(findings(hit.passage))
        if who:
            click.echo("   " + who)
        if hit.duplicates:
            copies = len(hit.duplicates)
            click.echo(f"   and {copies} more near-identical passage{'s' if copies > 1 else ''}")


@click.command("search", cls=QueryCommand)
@click.argument("query", required=False, default="")
@index_option
@filter_options
@click.option(
    "--sort",
    type=click.Choice(list(SORTS)),
    default="relevance",
    show_default=True,
    help="relevance: best matches first (filters alone: newest first); date: oldest "
    "article first; -date: newest first.",
)
@match_option
@click.option(
    "--limit",
    "-n",
    default=10,
    show_default=True,
    type=click.IntRange(1, MAX_LIMIT),
    help="Hits per page.",
)
@click.option(
    "--page",
    default=1,
    show_default=True,
    type=click.IntRange(1),
    help="Which page of hits (--limit each) to show.",
)
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
    match: str,
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
      newsindex search '"international trade" AND person:Okafor' --since 2025-03-01
      newsindex search --person Brisebois
      newsindex search "interest rate" --since 2025-03-01 --until 2025-03-31 --json
    """
    from newsindex import open_index

    with open_index(index_dir, aliases=aliases) as ix:
        results = ix.search(
            query,
            filters=filters,
            limit=limit,
            offset=(page - 1) * limit,
            sort=sort,
            context=context,
            collapse=not no_collapse,
            match=match,
            as_of=as_of,
        )
    _emit_hits(results, fmt)
    rows = (*results.hits, *results.partial)
    covered = results.offset + sum(1 + len(hit.duplicates) for hit in rows)
    if fmt != "table" and len(rows) == limit and covered < results.listed:
        # the table says "showing 1-10"; a file of rows would read as every passage
        lower = results.total_is_lower_bound or results.partial_is_lower_bound
        click.echo(
            f"Note: {len(rows)} rows of {results.listed:,}{'+' if lower else ''} passages; "
            f"--limit (up to {MAX_LIMIT:,}) and --page give the rest.",
            err=True,
        )
    if page > 1 and results.listed and not (results.hits or results.partial):
        pages = -(-results.listed // limit)
        click.echo(
            f"Note: page {page} is empty: {_passages(f'{results.listed:,}')} fill at most "
            f"{pages:,} page{'' if pages == 1 else 's'} of {limit}, fewer where near-identical "
            "copies fold into one hit (--no-collapse lists every one).",
            err=True,
        )


@click.command("similar")
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
    from newsindex import open_index

    with open_index(index_dir) as ix:
        results = ix.similar(passage_id, limit=limit)
    _emit_hits(results, fmt)


@click.command("facets", cls=QueryCommand)
@click.argument("query", required=False, default="")
@index_option
@filter_options
@click.option("--top", default=10, show_default=True, type=click.IntRange(1, 1000))
@click.option(
    "--by",
    type=click.Choice(list(PERIODS)),
    default="month",
    show_default=True,
    help="Histogram period.",
)
@click.option(
    "--date-field",
    type=click.Choice(list(DATE_FIELDS)),
    default="date",
    show_default=True,
    help="Histogram of article dates or of mentioned dates.",
)
@match_option
@output_options
def facets_cmd(
    query: str,
    index_dir: Path | None,
    top: int,
    by: str,
    date_field: str,
    match: str,
    fmt: str,
    filters: Filters,
    as_of: dt.date | None,
    aliases: Path | None,
) -> None:
    """Who and what the matches of QUERY name, with counts over all matches, and when.

    \b
    Machine formats (--json, --nl, --csv, --tsv) give one row per count, with the
    columns facet, label, name, period, count:
      facet    persons, orgs, places, speakers, org_speakers, sources, labels,
               or histogram
      label    the label's name (labels rows; else empty)
      name     the person, organisation, place, source or label value
               (histogram rows: empty)
      period   histogram rows: the period of the --date-field, by --by
               (2025-03-12, 2025-W11, 2025-03 or 2025); else empty
      count    matching passages, a number

    \b
    Examples:
      newsindex facets tariffs --by month
      newsindex facets "interest rate" --date-field mentions --json
    """
    from newsindex import open_index

    with open_index(index_dir, aliases=aliases) as ix:
        facets = ix.facets(
            query,
            filters=filters,
            top=top,
            by=by,
            date_field=date_field,
            match=match,
            as_of=as_of,
        )
    groups = (
        *((_facet_title(kind, filters), getattr(facets, kind.plural)) for kind in ENTITY_KINDS),
        ("sources", facets.sources),
        *((f"label {name}", counts) for name, counts in facets.labels),
        (f"{date_field} by {by}", gapless(facets.histogram, by)),
    )
    if fmt != "table":
        emit_rows(_facet_rows(facets), fmt, FACET_COLUMNS)
        _print_notes(facets.notes, relaxed=facets.relaxed, doing="counting", err=True)
        return
    _print_notes(facets.notes, relaxed=facets.relaxed, doing="counting")
    click.echo(f"{counted(facets.total, 'matching passage')} ({facets.seconds * 1000:.0f} ms)")
    for title, items in groups:
        if not items:  # no heading over nothing ("sources:" of an archive without any)
            continue
        click.echo(f"\n{title}:")
        most = max((c for _, c in items), default=0)
        for name, count in items:
            click.echo(
                f"  {_cut(name, NAME_WIDTH):<{NAME_WIDTH}} {count:>7,} {bar(count, most, 30)}"
            )


@click.command("timeline", cls=QueryCommand)
@click.argument("name")
@index_option
@filter_options
@click.option(
    "--kind",
    type=click.Choice(list(KIND_NAMES)),
    default=None,
    help="What NAME is; default: the person, organisation or place it finds most passages as.",
)
@click.option("--by", type=click.Choice(list(PERIODS)), default="month", show_default=True)
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
    kind: str | None,
    by: str,
    top: int,
    fmt: str,
    filters: Filters,
    as_of: dt.date | None,
    aliases: Path | None,
) -> None:
    """Mentions of NAME per period, with who and what is named beside it.

    Machine formats: one row per period with period, count (a number) and co_mentions (JSON:
    a list of {"name", "count"} objects; CSV/TSV: "name (count)" joined with "; ").

    \b
    Examples:
      newsindex timeline Okafor --by month
      newsindex timeline "Bank of Canada" --csv
    """
    from newsindex import open_index

    with open_index(index_dir, aliases=aliases) as ix:
        tl = ix.timeline(name, kind=kind, filters=filters, by=by, top=top, as_of=as_of)
    rows = [
        {
            "period": p.period,
            "count": p.count,
            "co_mentions": [{"name": n, "count": c} for n, c in p.co_mentions],
        }
        for p in tl.periods
    ]
    if fmt != "table":
        emit_rows(rows, fmt, ("period", "count", "co_mentions"))
        _print_notes(tl.notes, err=True)
        return
    _print_notes(tl.notes)
    click.echo(f"{tl.name} ({tl.kind}): {counted(tl.total, 'passage')}")
    most = max((p.count for p in tl.periods), default=0)
    beside = {p.period: p.co_mentions for p in tl.periods}
    for period, count in gapless([(p.period, p.count) for p in tl.periods], by):
        co = ", ".join(f"{n} ({c})" for n, c in beside.get(period, ()))
        click.echo(f"{period:>10} {count:>6,} {bar(count, most, 30):<30} {co}")
