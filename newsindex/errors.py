"""One exception hierarchy for every user-facing failure.

The CLI turns any ``NewsindexError`` into a one-line message and an exit code; anything else is a
bug. Messages say what went wrong, where (``file:line``) and how to fix it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

__all__ = [
    "AliasFileError",
    "ArticleFormatError",
    "ClusterAuthError",
    "ClusterUnavailableError",
    "ClusterUnsupportedError",
    "ClusterVersionError",
    "EngineURLError",
    "IndexClosedError",
    "IndexLockedError",
    "IndexNotFoundError",
    "IndexVersionError",
    "InvalidArgumentError",
    "InvalidFilterError",
    "NLTKDataMissingError",
    "NewsindexError",
    "NotFoundError",
    "QuerySyntaxError",
]


class NewsindexError(Exception):
    """Base class: a problem the user can fix, reported without a traceback.

    Every subclass pickles (worker processes raise them in the parent): the arguments it was
    built with are kept, since its ``args`` hold only the formatted message.
    """

    exit_code = 1
    _built_with: tuple[tuple[Any, ...], dict[str, Any]]

    def __new__(cls, *args: Any, **kwargs: Any) -> NewsindexError:
        self = super().__new__(cls, *args)
        self._built_with = (args, kwargs)
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        args, kwargs = self._built_with
        return (_rebuild, (type(self), args, kwargs))


def _rebuild(cls: type[NewsindexError], args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    return cls(*args, **kwargs)


class ArticleFormatError(NewsindexError):
    """A record in an input file cannot be read as an article."""

    def __init__(self, path: Path | str, line: int | None, reason: str) -> None:
        self.path = str(path)
        self.line = line
        self.reason = reason
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {reason}")


class IndexNotFoundError(NewsindexError):
    """No index at the given location."""

    def __init__(
        self, path: Path | str, reason: str = "no index here", advice: str | None = None
    ) -> None:
        self.path = str(path)
        self.reason = reason
        advice = advice or f"Build one with `newsindex index PATH --index {self.path}`."
        super().__init__(f"{self.path}: {reason}. {advice}")


class NotFoundError(NewsindexError):
    """No article or passage with the given id in the index."""

    def __init__(self, kind: str, key: str, path: Path | str) -> None:
        self.kind = kind
        self.key = key
        super().__init__(f"no {kind} {key!r} in {path}; `newsindex search` shows the ids")


class IndexVersionError(NewsindexError):
    """The index was written by an incompatible newsindex version or schema."""

    def __init__(self, path: Path | str, found: str, expected: str) -> None:
        self.path = str(path)
        super().__init__(
            f"{self.path}: index format {found!r} is not {expected!r} (built by another newsindex "
            f"version). Rebuild it: `newsindex index PATH... --index {self.path} --rebuild`."
        )


class IndexLockedError(NewsindexError):
    """Another live process is writing the index."""

    def __init__(self, path: Path | str, pid: int | None) -> None:
        self.path = str(path)
        self.pid = pid
        who = f"PID {pid}" if pid else "another process"
        super().__init__(
            f"{self.path}: index is being written by {who}; wait for it to finish or retry with "
            "--wait."
        )


class NLTKDataMissingError(NewsindexError):
    """An NLTK resource the enrichment needs is not installed."""

    def __init__(self, resource: str) -> None:
        self.resource = resource
        super().__init__(
            f"NLTK resource {resource!r} is not installed. Run `newsindex nltk-data` to download "
            "it, or set NLTK_DATA to a folder that has it."
        )


class QuerySyntaxError(NewsindexError):
    """The query text cannot be parsed."""

    exit_code = 2

    def __init__(self, query: str, position: int | None, reason: str) -> None:
        self.query = query
        self.position = position
        self.reason = reason
        where = f" at position {position}" if position is not None else ""
        super().__init__(f"query {query!r}{where}: {reason}")


class InvalidArgumentError(NewsindexError):
    """An argument (a limit, a sort order, a format, a period) is not one the call accepts."""

    exit_code = 2

    def __init__(self, name: str, value: object, reason: str) -> None:
        self.name = name
        self.value = value
        super().__init__(f"{name}={value!r}: {reason}")


class InvalidFilterError(InvalidArgumentError):
    """A filter value (a name, a date, a label) is not valid."""


class AliasFileError(NewsindexError):
    """The alias file cannot be read or has a bad entry."""

    def __init__(self, path: Path | str, line: int | None, reason: str) -> None:
        self.path = str(path)
        self.line = line
        self.reason = reason
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(
            f"{where}: {reason}. An alias file is TOML with an [aliases] table "
            '("Donald Trump" = ["Trump", "Donald J. Trump"]) or CSV rows "canonical,variant".'
        )


class IndexClosedError(NewsindexError):
    """The handle was closed: results already returned stay usable, new questions need a new
    handle."""

    def __init__(self, path: Path | str) -> None:
        self.path = str(path)
        super().__init__(f"{self.path}: this index handle is closed; open it again with open_index")


class EngineURLError(InvalidArgumentError):
    """An ``--engine`` / ``NEWSINDEX_ENGINE`` / ``open_index`` location that names no cluster
    index newsindex can use."""

    def __init__(self, url: str, reason: str) -> None:
        self.url = url
        super().__init__(
            "engine",
            url,
            f"{reason}; expected opensearch://HOST:PORT/INDEX (https: opensearchs://; a user: "
            "opensearch://USER:PASSWORD@HOST:PORT/INDEX)",
        )


class ClusterUnavailableError(NewsindexError):
    """The OpenSearch cluster cannot be reached, or failed a request (a timeout, a 5xx)."""

    def __init__(self, cluster: str, reason: str) -> None:
        self.cluster = cluster
        self.reason = reason
        super().__init__(
            f"OpenSearch at {cluster}: {reason}. Check the address and that the cluster is "
            f"up (`curl {cluster}`), then run the command again (an interrupted indexing run "
            "keeps what it wrote, and running it again completes it)."
        )


class ClusterAuthError(NewsindexError):
    """The cluster refused the credentials (HTTP 401 or 403)."""

    def __init__(self, cluster: str, status: int) -> None:
        self.cluster = cluster
        self.status = status
        what = "refused the credentials" if status == 401 else "does not allow this user"
        super().__init__(
            f"OpenSearch at {cluster} {what} (HTTP {status}). Give a user with read and write "
            "rights on the index in the URL: opensearch://USER:PASSWORD@HOST:PORT/INDEX."
        )


class ClusterVersionError(NewsindexError):
    """The cluster index has another mapping than this newsindex version writes (built by
    another version, or created by hand or from an export file)."""

    def __init__(self, cluster: str, index: str, found: str, expected: str) -> None:
        self.cluster = cluster
        self.index = index
        super().__init__(
            f"OpenSearch at {cluster}: index {index!r} has mapping {found!r}, not {expected!r} "
            f"(built by another newsindex version or by hand). Rebuild it: `newsindex index "
            f"PATH... --engine URL --rebuild`, or `newsindex push --index DIR --engine URL "
            f"--rebuild`; searches keep using the old index until the new one is complete."
        )


class ClusterUnsupportedError(NewsindexError):
    """Something the embedded engine does that the OpenSearch engine does not."""

    exit_code = 2

    def __init__(self, cluster: str, feature: str) -> None:
        self.cluster = cluster
        self.feature = feature
        super().__init__(
            f"OpenSearch at {cluster}: {feature} is not supported on a cluster (see README, "
            '"When the archive outgrows one machine"); use an embedded index for it.'
        )
