"""Which cluster and index an engine URL names, the client for it, and its failures as
newsindex errors.

``opensearch://HOST:PORT/INDEX`` (``opensearchs://`` for HTTPS; ``USER:PASSWORD@`` before the
host). INDEX is an alias: the index behind it can be rebuilt and swapped in
(:mod:`.writer`).
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from ..errors import (
    ClusterAuthError,
    ClusterUnavailableError,
    ClusterUnsupportedError,
    EngineURLError,
    IndexNotFoundError,
    NewsindexError,
)

__all__ = [
    "ENGINE_VARIABLE",
    "SCHEMES",
    "Location",
    "given_or_engine",
    "is_engine_url",
    "translated",
]

SCHEMES = {"opensearch": "http", "opensearchs": "https"}
_INDEX_NAME = re.compile(r"[a-z0-9][a-z0-9._-]{0,199}")
TIMEOUT = 60
"""Seconds a request may take (a bulk request of thousands of passages included)."""


ENGINE_VARIABLE = "NEWSINDEX_ENGINE"
"""Names the cluster index to use when no location is given (before ``NEWSINDEX_INDEX``)."""


def given_or_engine(location: Path | str | None) -> Path | str | None:
    """``location``, or when None the cluster ``$NEWSINDEX_ENGINE`` names (if set)."""
    return location if location is not None else os.environ.get(ENGINE_VARIABLE) or None


def is_engine_url(value: object) -> bool:
    """Whether ``value`` names a cluster (``opensearch://...``) rather than an index folder."""
    return isinstance(value, str) and value.split("://", 1)[0] in SCHEMES and "://" in value


@dataclass(frozen=True, slots=True)
class Location:
    """A cluster and the alias of the newsindex index on it."""

    scheme: str
    host: str
    port: int
    alias: str
    user: str | None = field(default=None, repr=False)
    password: str | None = field(default=None, repr=False)

    @classmethod
    def parse(cls, url: str) -> Location:
        if not is_engine_url(url):
            raise EngineURLError(url, "not an engine URL")
        try:
            parts = urlsplit(url)
            port = parts.port or 9200
        except ValueError as exc:
            raise EngineURLError(url, str(exc)) from None
        if not parts.hostname:
            raise EngineURLError(url, "no host")
        alias = parts.path.strip("/")
        if not _INDEX_NAME.fullmatch(alias):
            raise EngineURLError(
                url,
                f"index name {alias!r} must be lower-case letters, digits, '.', '_' or '-' "
                "(e.g. /news)",
            )
        return cls(
            SCHEMES[parts.scheme],
            parts.hostname,
            port,
            alias,
            unquote(parts.username) if parts.username else None,
            unquote(parts.password) if parts.password else None,
        )

    @property
    def cluster(self) -> str:
        """The cluster's address without credentials, for messages."""
        return f"{self.scheme}://{self.host}:{self.port}"

    def __str__(self) -> str:
        """The engine URL without credentials, as ``--engine`` takes it."""
        scheme = next(name for name, http in SCHEMES.items() if http == self.scheme)
        return f"{scheme}://{self.host}:{self.port}/{self.alias}"

    def client(self) -> Any:
        """An ``opensearch-py`` client for the cluster (connects on first request)."""
        try:
            from opensearchpy import OpenSearch
        except ImportError:
            raise NewsindexError(
                "the OpenSearch engine needs opensearch-py: pip install 'newsindex[opensearch]'"
            ) from None
        auth = (self.user, self.password or "") if self.user else None
        return OpenSearch(
            hosts=[{"host": self.host, "port": self.port, "scheme": self.scheme}],
            http_auth=auth,
            timeout=TIMEOUT,
            max_retries=3,
            retry_on_timeout=True,
        )


@contextlib.contextmanager
def translated(where: Location) -> Iterator[None]:
    """Turns the client's exceptions into newsindex errors naming the cluster."""
    from opensearchpy import exceptions as ox

    try:
        yield
    except ox.ConnectionError as exc:
        raise ClusterUnavailableError(where.cluster, f"cannot connect ({_reason(exc)})") from None
    except ox.AuthenticationException:
        raise ClusterAuthError(where.cluster, 401) from None
    except ox.AuthorizationException:
        raise ClusterAuthError(where.cluster, 403) from None
    except ox.NotFoundError as exc:
        if getattr(exc, "error", "") == "index_not_found_exception":
            raise IndexNotFoundError(str(where), "no newsindex index on the cluster") from None
        raise ClusterUnavailableError(where.cluster, _reason(exc)) from None
    except ox.RequestError as exc:  # 400: a request this cluster cannot serve
        raise ClusterUnsupportedError(where.cluster, f"the request ({_reason(exc)})") from None
    except ox.TransportError as exc:
        raise ClusterUnavailableError(where.cluster, _reason(exc)) from None


def _reason(exc: Any) -> str:
    status = getattr(exc, "status_code", None)
    info = getattr(exc, "info", None)
    detail = getattr(exc, "error", None) or type(exc).__name__
    if isinstance(info, dict) and isinstance(info.get("error"), dict):
        detail = info["error"].get("reason") or detail
    elif isinstance(info, Exception):
        detail = type(info).__name__
    return f"HTTP {status}: {detail}" if isinstance(status, int) else str(detail)
