"""What a page visitor is told when a request fails: the one place library errors become web
messages.

The library's messages are written for the person who runs it: they name the index folder and
the command that fixes things ("no article 'x' in /srv/news; `newsindex search` shows the
ids"). A page served to others must not show the server's paths or its command line, so each
error kind gets a message in the visitor's terms here, and the full message goes to the server
log when the visitor cannot act on it.
"""

from __future__ import annotations

from ..errors import (
    IndexLockedError,
    InvalidArgumentError,
    NewsindexError,
    NotFoundError,
    QuerySyntaxError,
)

__all__ = ["UNAVAILABLE", "HTTPError", "web_error"]

UNAVAILABLE = "the archive cannot be searched right now; the server log says why"


class HTTPError(Exception):
    """An error response with a status and a message for the JSON body."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def web_error(exc: NewsindexError) -> tuple[HTTPError, bool]:
    """The response for a library error, and whether the server log should get the original.

    Query and parameter errors are about what the visitor typed and hold no server detail, so
    they pass through; everything else is said without paths or commands.
    """
    if isinstance(exc, (QuerySyntaxError, InvalidArgumentError)):
        return HTTPError(400, str(exc)), False
    if isinstance(exc, NotFoundError):
        return HTTPError(404, f"no {exc.kind} {exc.key!r} in this archive"), False
    if isinstance(exc, IndexLockedError):
        return HTTPError(503, "the archive is being updated; try again in a moment"), False
    return HTTPError(503, UNAVAILABLE), True
