"""The ``newsindex`` command line: parse options, call one library function, format output.

Every :class:`~newsindex.errors.NewsindexError` becomes ``Error: message`` on stderr with its
exit code (1 user error, 2 usage); nothing here ranks, parses queries or touches Whoosh.

This module holds the group, its error handling and the command list; :mod:`.output` the output
options and formats, :mod:`.progress` the indexing progress display, and one module per command
family the commands: :mod:`.indexing` (index, delete, optimize, nltk-data), :mod:`.searching`
(search, similar, facets, timeline), :mod:`.browsing` (show, stats, export, serve) and
:mod:`.engine` (push, and the ``--index DIR`` / ``--engine URL`` location every command takes).

The package uses only the public API: ``newsindex``'s top-level names and the modules
``newsindex.kinds``, ``errors``, ``snippets``, ``nltkdata`` and ``web``. What loads Whoosh or
NLTK is imported inside the command that needs it, so ``newsindex --help`` stays quick. It is the
only package that imports click and rich.
"""

from __future__ import annotations

import io
import os
import sys
from typing import Any, NoReturn

import click

from newsindex.errors import NewsindexError

from .browsing import export_cmd, serve_cmd, show_cmd, stats_cmd
from .engine import push_cmd
from .indexing import delete_cmd, index_cmd, nltk_data_cmd, optimize_cmd
from .searching import facets_cmd, search_cmd, similar_cmd, timeline_cmd

__all__ = ["cli", "main"]


class _Group(click.Group):
    """Turns library errors into one-line messages: the single place that does so."""

    def make_context(self, *args: Any, **kwargs: Any) -> click.Context:
        try:  # --help and --version print while the arguments are parsed
            return super().make_context(*args, **kwargs)
        except BrokenPipeError:
            _closed_pipe()

    def invoke(self, ctx: click.Context) -> Any:
        try:
            result = super().invoke(ctx)
            sys.stdout.flush()  # a closed pipe shows here, not at exit
            return result
        except BrokenPipeError:
            _closed_pipe()
        except NewsindexError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("Interrupted.", err=True)
            sys.exit(130)


def _closed_pipe() -> NoReturn:
    """The reader of stdout went away (``newsindex export - | head -1``): not an error, so no
    message and exit code 0. Stdout goes to the null device, so that flushing what is still
    buffered at exit does not fail a second time (Python's recipe for SIGPIPE)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):  # stdout is no real file
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - kept open until exit
    finally:
        os.close(devnull)
    sys.exit(0)


@click.group(
    cls=_Group,
    commands=[
        index_cmd,
        delete_cmd,
        optimize_cmd,
        push_cmd,
        nltk_data_cmd,
        search_cmd,
        similar_cmd,
        facets_cmd,
        timeline_cmd,
        show_cmd,
        stats_cmd,
        export_cmd,
        serve_cmd,
    ],
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.version_option(package_name="newsindex")
def cli() -> None:
    """Search news archives by keyword, person, organisation, place and date.

    \b
    Example:
      newsindex index seeds/
      newsindex search tariffs --person Okafor --since 2025-03-01
    """


def main() -> None:
    cli(prog_name="newsindex")
