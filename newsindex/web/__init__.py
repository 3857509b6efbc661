"""The local search page and the read-only JSON API it uses, as one WSGI app.

Built on the standard library (:mod:`wsgiref`) rather than a web framework: the API is a handful
of read-only GET routes that return JSON, so a framework would add a dependency and buy nothing
the page needs, while a plain WSGI callable still mounts in any WSGI server.

Routes: ``/`` (the page), ``/static/<file>``, ``/api/search``, ``/api/facets``, ``/api/stats``
and ``/api/articles/<id>``. Errors are JSON ``{"error": message}``: 400 for bad parameters,
404 for unknown articles and routes, 405 for methods other than GET and HEAD. The index path is
fixed when the app is made, never taken from a request.

A client of the library, like the CLI: it may import only the public API (``newsindex``'s
top-level names and ``newsindex.errors``, ``kinds``, ``articles``), never ``newsindex.search``,
``index``, ``nlp`` or ``readers`` directly, and no click or rich (import contracts in
``pyproject.toml``).

    >>> from newsindex.web import create_app                      # doctest: +SKIP
    >>> app = create_app("my-index")     # mount under any WSGI server, or:
    >>> serve("my-index", port=8000)     # blocks; Ctrl-C stops it
"""

from __future__ import annotations

import contextlib
import html
import json
import socket
import socketserver
import sys
import threading
import traceback
from collections.abc import Callable, Collection, Iterable
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, quote
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from ..errors import (
    IndexLockedError,
    IndexNotFoundError,
    InvalidArgumentError,
    NewsindexError,
    QuerySyntaxError,
)
from ..kinds import ENTITY_KINDS, FILTER_NAMES, MATCH_MODES

if TYPE_CHECKING:
    from .. import Filters, NewsIndex

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIApplication, WSGIEnvironment

__all__ = ["NewsApp", "create_app", "make_app_server", "serve"]

SEARCH_PARAMS = frozenset(
    {"q", *FILTER_NAMES, "limit", "page", "sort", "match", "context", "collapse"}
)
FACET_PARAMS = frozenset({"q", *FILTER_NAMES, "match", "by", "date_field", "top"})
STATS_PARAMS = frozenset({"top"})
MAX_PAGE_SIZE = 100
MAX_CONTEXT = 20
MAX_TOP = 100
LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})

STATIC_TYPES = {
    "index.html": "text/html; charset=utf-8",
    "app.js": "text/javascript; charset=utf-8",
    "style.css": "text/css; charset=utf-8",
}
SECURITY_HEADERS = [
    # No inline script, no third-party anything: even a rendering bug cannot run injected code.
    (
        "Content-Security-Policy",
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
        "img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    ),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("Cache-Control", "no-cache"),
]
REASONS = {
    200: "OK",
    301: "Moved Permanently",
    400: "Bad Request",
    404: "Not Found",
    405: "Method Not Allowed",
    500: "Internal Server Error",
    503: "Service Unavailable",
}


class HTTPError(Exception):
    """An error response with a status and a message for the JSON body."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _status_of(exc: NewsindexError) -> int:
    if isinstance(exc, (QuerySyntaxError, InvalidArgumentError)):
        return 400
    if isinstance(exc, IndexNotFoundError):
        return 404
    if isinstance(exc, IndexLockedError):
        return 503
    return 500


class _Params:
    """The query string of one request: single-valued, known names only, blanks as absent."""

    def __init__(self, query_string: str, allowed: frozenset[str]) -> None:
        try:
            parsed = parse_qs(
                query_string,
                keep_blank_values=True,
                encoding="utf-8",
                errors="strict",
                max_num_fields=64,
            )
        except (ValueError, UnicodeDecodeError) as exc:
            raise HTTPError(400, f"bad query string: {exc}") from None
        unknown = sorted(set(parsed) - allowed)
        if unknown:
            raise HTTPError(
                400,
                f"unknown parameter {unknown[0]!r} (expected: {', '.join(sorted(allowed))})",
            )
        self._values: dict[str, str] = {}
        for name, values in parsed.items():
            if len(values) > 1:
                raise HTTPError(400, f"parameter {name!r} given {len(values)} times")
            if values[0].strip():
                self._values[name] = values[0]

    def text(self, name: str) -> str | None:
        return self._values.get(name)

    def integer(self, name: str, default: int, low: int, high: int) -> int:
        raw = self._values.get(name)
        if raw is None:
            return default
        try:
            value = int(raw.strip())
        except ValueError:
            value = low - 1
        if not low <= value <= high:
            raise HTTPError(400, f"{name}={raw!r}: expected a whole number from {low} to {high}")
        return value

    def choice(self, name: str, default: str, options: Iterable[str]) -> str:
        value = self._values.get(name, default)
        if value not in options:
            raise HTTPError(400, f"{name}={value!r}: expected one of {', '.join(options)}")
        return value

    def filters(self) -> Filters:
        from .. import Filters

        named: dict[str, Any] = {name: self._values.get(name) for name in FILTER_NAMES}
        return Filters(**named)


class NewsApp:
    """The WSGI callable. Holds one open index; a lock serialises its use across threads."""

    def __init__(self, index: NewsIndex, *, allowed_hosts: Collection[str] | None = None) -> None:
        self._index = index
        self._lock = threading.Lock()
        self._allowed_hosts = (
            frozenset(h.lower() for h in allowed_hosts) if allowed_hosts is not None else None
        )
        folder = resources.files(__name__) / "static"
        self._static = {name: (folder / name).read_bytes() for name in STATIC_TYPES}
        self._static["index.html"] = _with_kinds(self._static["index.html"])

    def close(self) -> None:
        with self._lock:
            self._index.close()

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> list[bytes]:
        method = environ.get("REQUEST_METHOD", "GET")
        if not environ.get("PATH_INFO") and environ.get("SCRIPT_NAME"):
            # Mounted at /prefix: the page's relative links need /prefix/.
            where = quote(str(environ["SCRIPT_NAME"]).encode("latin-1")) + "/"
            start_response("301 Moved Permanently", [("Location", where), ("Content-Length", "0")])
            return []
        try:
            self._check_host(environ)
            if method not in ("GET", "HEAD"):
                raise HTTPError(405, f"method {method} not allowed: this API is read-only (GET)")
            status, content_type, body = self._route(environ)
        except HTTPError as exc:
            status, content_type, body = exc.status, *_json({"error": exc.message})
        except NewsindexError as exc:
            status, content_type, body = _status_of(exc), *_json({"error": str(exc)})
        except Exception:
            environ["wsgi.errors"].write(traceback.format_exc())
            status, content_type, body = 500, *_json({"error": "internal error; see server log"})
        headers = [
            ("Content-Type", content_type),
            ("Content-Length", str(len(body))),
            *SECURITY_HEADERS,
        ]
        if status == 405:
            headers.append(("Allow", "GET, HEAD"))
        start_response(f"{status} {REASONS.get(status, '')}", headers)
        return [] if method == "HEAD" else [body]

    def _check_host(self, environ: WSGIEnvironment) -> None:
        # A page on another site can point a DNS name at 127.0.0.1; the Host header gives it away.
        if self._allowed_hosts is None:
            return
        host = str(environ.get("HTTP_HOST", "")).lower()
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        if name not in self._allowed_hosts:
            raise HTTPError(400, f"unexpected Host header {host!r}")

    def _route(self, environ: WSGIEnvironment) -> tuple[int, str, bytes]:
        raw_path = str(environ.get("PATH_INFO", "") or "/")
        try:  # PEP 3333: PATH_INFO carries the URL's bytes as latin-1
            path = raw_path.encode("latin-1").decode("utf-8")
        except UnicodeError:
            raise HTTPError(400, "the path is not UTF-8") from None
        query_string = str(environ.get("QUERY_STRING", ""))
        if path in ("/", "/index.html"):
            return 200, STATIC_TYPES["index.html"], self._static["index.html"]
        if path.startswith("/static/"):
            name = path.removeprefix("/static/")
            if name not in self._static:
                raise HTTPError(404, f"no file {path!r}")
            return 200, STATIC_TYPES[name], self._static[name]
        api: dict[str, Callable[[str], dict[str, object]]] = {
            "/api/search": self.search,
            "/api/facets": self.facets,
            "/api/stats": self.stats,
        }
        if path in api:
            return 200, *_json(api[path](query_string))
        if path.startswith("/api/articles/"):
            _Params(query_string, frozenset())
            return 200, *_json(self.article(path.removeprefix("/api/articles/")))
        raise HTTPError(404, f"no route {path!r}")

    def search(self, query_string: str) -> dict[str, object]:
        params = _Params(query_string, SEARCH_PARAMS)
        limit = params.integer("limit", 10, 1, MAX_PAGE_SIZE)
        page = params.integer("page", 1, 1, 10_000)
        context = params.integer("context", 0, 0, MAX_CONTEXT)
        collapse = params.choice("collapse", "true", ("true", "false")) == "true"
        filters = params.filters()
        with self._lock:
            results = self._index.search(
                params.text("q") or "",
                filters=filters,
                limit=limit,
                offset=(page - 1) * limit,
                sort=params.text("sort") or "relevance",
                match=params.choice("match", "auto", MATCH_MODES),
                context=context,
                collapse=collapse,
            )
        body = results.to_dict()
        body.update(page=page, limit=limit, pages=max(1, -(-results.total // limit)))
        return body

    def facets(self, query_string: str) -> dict[str, object]:
        params = _Params(query_string, FACET_PARAMS)
        top = params.integer("top", 10, 1, MAX_TOP)
        with self._lock:
            facets = self._index.facets(
                params.text("q") or "",
                filters=params.filters(),
                top=top,
                by=params.text("by") or "month",
                date_field=params.text("date_field") or "date",
                match=params.choice("match", "auto", MATCH_MODES),
            )
        return facets.to_dict()

    def stats(self, query_string: str) -> dict[str, object]:
        top = _Params(query_string, STATS_PARAMS).integer("top", 10, 1, MAX_TOP)
        with self._lock:
            return self._index.stats(top=top).to_dict()

    def article(self, article_id: str) -> dict[str, object]:
        if not article_id or "\x00" in article_id:
            raise HTTPError(400, "give an article id: /api/articles/<id>")
        try:
            with self._lock:
                return self._index.article(article_id).to_dict()
        except (QuerySyntaxError, InvalidArgumentError):
            raise
        except NewsindexError as exc:  # the only other failure of article(): no such id
            raise HTTPError(404, str(exc)) from None


def _json(body: object) -> tuple[str, bytes]:
    return "application/json; charset=utf-8", json.dumps(body, ensure_ascii=False).encode("utf-8")


def create_app(
    index_path: Path | str | None = None, *, allowed_hosts: Collection[str] | None = None
) -> NewsApp:
    """A WSGI app serving the index at ``index_path`` (default: the usual index location).

    The index is opened now, once; each query sees the latest commit. ``allowed_hosts`` (host
    names without port) rejects requests for other Host headers. Call ``close()`` when done.
    """
    from .. import open_index

    return NewsApp(open_index(index_path), allowed_hosts=allowed_hosts)


class _ThreadingServer(socketserver.ThreadingMixIn, WSGIServer):
    daemon_threads = True
    allow_reuse_address = True


class _ThreadingServer6(_ThreadingServer):
    address_family = socket.AF_INET6


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


def make_app_server(
    app: WSGIApplication, *, host: str = "127.0.0.1", port: int = 8000, quiet: bool = False
) -> WSGIServer:
    """A threaded wsgiref server for ``app``, bound but not yet serving (``port=0``: any free
    port; read it back from ``server.server_port``)."""
    handler = _QuietHandler if quiet else WSGIRequestHandler
    server_class = _ThreadingServer6 if ":" in host else _ThreadingServer
    try:
        return make_server(host, port, app, server_class=server_class, handler_class=handler)
    except OSError as exc:
        raise NewsindexError(
            f"cannot listen on {host}:{port}: {exc.strerror or exc}; try another --port"
        ) from None


def serve(
    index_path: Path | str | None = None,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    on_ready: Callable[[str], None] | None = None,
) -> None:
    """Serve the page and API until interrupted (Ctrl-C returns normally).

    ``on_ready`` receives the URL once the socket is bound. Bound to a loopback address, the
    server answers only to loopback host names.
    """
    allowed = LOOPBACK | {host.lower()} if host.lower() in LOOPBACK else None
    app = create_app(index_path, allowed_hosts=allowed)
    try:
        with make_app_server(app, host=host, port=port) as server:
            shown = f"[{host}]" if ":" in host else host
            (on_ready or _print_url)(f"http://{shown}:{server.server_port}/")
            with contextlib.suppress(KeyboardInterrupt):
                server.serve_forever()
    finally:
        app.close()


def _print_url(url: str) -> None:
    print(f"Serving on {url} (Ctrl-C to stop)", file=sys.stderr)


def _with_kinds(page: bytes) -> bytes:
    """The page with a filter input and a facet list per entity kind, and the kinds as JSON for
    the script: the page knows no kind by name."""
    inputs = "".join(
        f'<label>{html.escape(k.noun.capitalize())} <input name="{k.name}" id="f-{k.name}">'
        "</label>\n"
        for k in ENTITY_KINDS
    )
    facets = "".join(
        f'<section class="facet" data-field="{k.name}" data-key="{k.plural}">'
        f"<h2>{html.escape(k.heading)}</h2><ul></ul></section>\n"
        for k in ENTITY_KINDS
    )
    kinds = json.dumps(
        [{"name": k.name, "plural": k.plural, "noun": k.noun} for k in ENTITY_KINDS]
    ).replace("</", "<\\/")
    text = page.decode("utf-8")
    for marker, value in (("KIND INPUTS", inputs), ("KIND FACETS", facets), ("KINDS", kinds)):
        text = text.replace(f"<!-- {marker} -->", value)
    return text.encode("utf-8")
