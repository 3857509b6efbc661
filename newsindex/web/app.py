"""The WSGI app: routes, parameters, the query budget and the pool of index handles."""

from __future__ import annotations

import contextlib
import html
import json
import queue
import re
import threading
import time
import traceback
from collections.abc import Callable, Collection, Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, quote

from ..errors import NewsindexError, NotFoundError
from ..kinds import ENTITY_KINDS, FILTER_NAMES, MATCH_MODES
from .messages import HTTPError, web_error

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIEnvironment

    from .. import Filters, NewsIndex, SearchResults

__all__ = ["DEFAULT_THREADS", "QUERY_WORDS", "NewsApp", "create_app"]

LABEL = "label"
"""The one parameter that may be given more than once: ``label=NAME=VALUE``, each must hold
(as ``--label``)."""
SEARCH_PARAMS = frozenset(
    {"q", *FILTER_NAMES, LABEL, "limit", "page", "sort", "match", "context", "collapse"}
)
FACET_PARAMS = frozenset({"q", *FILTER_NAMES, LABEL, "match", "by", "date_field", "top"})
STATS_PARAMS = frozenset({"top"})
STATS_FIELDS = (
    "articles",
    "passages",
    "first_date",
    "last_date",
    "top_persons",
    "top_orgs",
    "top_places",
    "top_labels",
)
"""What ``/api/stats`` shows: the library's stats less the index path, a server detail."""
MAX_PAGE_SIZE = 100
MAX_CONTEXT = 20
MAX_TOP = 100
DEFAULT_THREADS = 4
QUERY_WORDS = 30
"""The size budget of a query: a pasted text is searched by its first this many words (about 20
once function words are left out), which say what it is about. A query's time grows faster than
its words (each is a posting list to merge; on Reuters about 0.1 s for 10 words, 1 s for 30,
2.4 s for 50 and 50 s for 1,000), so the budget bounds how long one request takes."""
QUERY_CHARACTERS = 600
"""The same budget for text without spaces, which one 'word' could otherwise make any size."""
LONG_QUERY = 10
"""A query of more words than this is a long one (pasted text): long queries take turns."""
LONG_WAIT = 10.0
"""Seconds a long query waits for its turn before it is turned away."""
LONG_SHARE = 1 / 3
"""The time budget of long queries: the share of the server's time they may take together.
After a long query of ``t`` seconds the next waits ``t * (1 / LONG_SHARE - 1)`` seconds while
quick queries are running, so they keep the rest of the interpreter (a Python process runs one
thread at a time); with none running, it goes at once."""
REST_STEP = 0.05
"""How often a resting long query looks whether quick ones are still running (seconds)."""
BUSY = "the server is answering other long queries: try again in a moment, or with fewer words"
_WORD = re.compile(r"\S+")

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
        self._labels = [value for value in parsed.pop(LABEL, ()) if value.strip()]
        self._values: dict[str, str] = {}
        for name, values in parsed.items():
            if len(values) > 1:
                raise HTTPError(400, f"parameter {name!r} given {len(values)} times")
            if values[0].strip():
                self._values[name] = values[0]

    def text(self, name: str) -> str | None:
        return self._values.get(name)

    def query(self) -> tuple[str, str | None]:
        """``q`` within the size budget, and the note saying what was cut (None: nothing)."""
        return within_budget(self._values.get("q") or "")

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
        return Filters(**named, labels=Filters.parse_labels(self._labels))


def _pages(results: SearchResults, page: int, limit: int) -> int:
    """How many pages the results fill: the passages' pages at most, fewer where copies fold
    into one hit, which only a short page shows (it is the last; an empty one is past it)."""
    pages = max(1, -(-results.listed // limit))
    shown = len(results.hits) + len(results.partial)
    return pages if shown >= limit else max(1, min(pages, page if shown else page - 1))


def within_budget(text: str) -> tuple[str, str | None]:
    """``text`` cut to :data:`QUERY_WORDS` words and :data:`QUERY_CHARACTERS` characters, and a
    note for the visitor when it was cut. A cut never leaves a quote or a range open (that would
    be a syntax error the visitor did not write): it moves back before the opening mark."""
    words = _WORD.findall(text)
    if len(words) <= QUERY_WORDS and len(text) <= QUERY_CHARACTERS:
        return text, None
    kept = " ".join(words[:QUERY_WORDS])[:QUERY_CHARACTERS]
    if kept.count('"') % 2:
        kept = kept[: kept.rindex('"')]
    if kept.rfind("[") > kept.rfind("]"):
        kept = kept[: kept.rindex("[")]
    shown = len(_WORD.findall(kept))
    return kept, f"a long query: searched its first {shown:,} of {len(words):,} words"


class _Handles:
    """Open handles of one index, each lent to one request at a time.

    A handle serves one thread (it refreshes its searcher; Whoosh's readers seek shared files),
    so one handle behind a lock would queue every request behind the slowest. Handles are
    opened as requests need them, up to ``size`` (the server's threads); the first is opened
    at once, so a missing index fails when the app is made, not at the first request. Handles
    map the index files, so the pages they read are cached once for all of them: memory does not
    grow with the threads.
    """

    def __init__(self, open_one: Callable[[], NewsIndex], size: int) -> None:
        if size < 1:
            raise ValueError(f"threads={size}: expected at least 1")
        self._open_one = open_one
        self._size = size
        first = open_one()
        self._opened = [first]
        self._idle: queue.LifoQueue[NewsIndex] = queue.LifoQueue()  # the warmest handle first
        self._idle.put(first)
        self._opening = threading.Lock()

    @contextlib.contextmanager
    def borrow(self) -> Iterator[NewsIndex]:
        try:
            handle = self._idle.get_nowait()
        except queue.Empty:
            handle = self._open_another() or self._idle.get()
        try:
            yield handle
        finally:
            self._idle.put(handle)

    def _open_another(self) -> NewsIndex | None:
        with self._opening:
            if len(self._opened) >= self._size:
                return None
            handle = self._open_one()
            self._opened.append(handle)
            return handle

    def close(self) -> None:
        with self._opening:
            for handle in self._opened:
                handle.close()


class _Turns:
    """Long queries run one at a time, within :data:`LONG_SHARE` of the server's time. A search
    is CPU work that holds Python's interpreter, so long ones back to back would take it from
    the quick ones; a long query waiting for its turn holds a server thread but no index handle,
    and at most ``waiting`` wait: the next is turned away at once (503) instead of taking the
    threads quick queries need."""

    def __init__(
        self,
        waiting: int,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._turn = threading.Lock()
        self._queue = threading.Lock()
        self._waiting = 0
        self._most = waiting
        self._clock = clock
        self._sleep = sleep
        self._rested_at = clock()
        self._quick = 0  # quick queries running (changed under self._queue)

    @contextlib.contextmanager
    def quick(self) -> Iterator[None]:
        """Count a quick query as running while it runs: a long one rests for it."""
        with self._queue:
            self._quick += 1
        try:
            yield
        finally:
            with self._queue:
                self._quick -= 1

    @contextlib.contextmanager
    def take(self) -> Iterator[None]:
        with self._queue:
            if self._waiting >= self._most:
                raise HTTPError(503, BUSY)
            self._waiting += 1
        try:
            got = self._turn.acquire(timeout=LONG_WAIT)
        finally:
            with self._queue:
                self._waiting -= 1
        if not got:
            raise HTTPError(503, BUSY)
        try:
            while self._quick and self._rested_at > self._clock():
                self._sleep(min(REST_STEP, self._rested_at - self._clock()))
            started = self._clock()
            try:
                yield
            finally:
                took = self._clock() - started
                self._rested_at = self._clock() + took * (1 / LONG_SHARE - 1)
        finally:
            self._turn.release()


class NewsApp:
    """The WSGI callable, over a pool of open handles of one index (see :func:`create_app`)."""

    def __init__(
        self,
        open_one: Callable[[], NewsIndex],
        *,
        threads: int = DEFAULT_THREADS,
        allowed_hosts: Collection[str] | None = None,
    ) -> None:
        self._handles = _Handles(open_one, threads)
        # One long query runs and one waits (the page asks for results and facets together);
        # with four threads, two stay free for quick queries.
        self._turns = _Turns(waiting=max(1, threads // 4))
        self._allowed_hosts = (
            frozenset(h.lower() for h in allowed_hosts) if allowed_hosts is not None else None
        )
        folder = resources.files("newsindex.web") / "static"
        self._static = {name: (folder / name).read_bytes() for name in STATIC_TYPES}
        self._static["index.html"] = _with_kinds(self._static["index.html"])

    def close(self) -> None:
        self._handles.close()

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
            error, log = web_error(exc)
            if log:
                environ["wsgi.errors"].write(f"newsindex: {exc}\n")
            status, content_type, body = error.status, *_json({"error": error.message})
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
        query, cut = params.query()
        with self._turn(query), self._handles.borrow() as index:
            results = index.search(
                query,
                filters=filters,
                limit=limit,
                offset=(page - 1) * limit,
                sort=params.text("sort") or "relevance",
                match=params.choice("match", "auto", MATCH_MODES),
                context=context,
                collapse=collapse,
            )
        body = results.to_dict()
        pages = _pages(results, page, limit)
        body.update(page=page, limit=limit, pages=pages)
        if page > pages and results.listed:  # past the end (a link kept, a typed page)
            plural = "" if pages == 1 else "s"
            _noting(body, f"page {page} is empty: the results fill {pages} page{plural} of {limit}")
        return _noting(body, cut)

    def facets(self, query_string: str) -> dict[str, object]:
        params = _Params(query_string, FACET_PARAMS)
        top = params.integer("top", 10, 1, MAX_TOP)
        filters = params.filters()
        query, cut = params.query()
        with self._turn(query), self._handles.borrow() as index:
            facets = index.facets(
                query,
                filters=filters,
                top=top,
                by=params.text("by") or "month",
                date_field=params.text("date_field") or "date",
                match=params.choice("match", "auto", MATCH_MODES),
            )
        return _noting(facets.to_dict(), cut)

    def _turn(self, query: str) -> contextlib.AbstractContextManager[None]:
        """The long queries' turn for a long query; a quick one is counted as running."""
        if len(_WORD.findall(query)) > LONG_QUERY:
            return self._turns.take()
        return self._turns.quick()

    def stats(self, query_string: str) -> dict[str, object]:
        top = _Params(query_string, STATS_PARAMS).integer("top", 10, 1, MAX_TOP)
        with self._handles.borrow() as index:
            stats = index.stats(top=top).to_dict()
        return {name: stats[name] for name in STATS_FIELDS}

    def article(self, article_id: str) -> dict[str, object]:
        if not article_id or "\x00" in article_id:
            raise HTTPError(400, "give an article id: /api/articles/<id>")
        with self._handles.borrow() as index:
            try:
                return index.article(article_id).to_dict()
            except NotFoundError as missing:
                # A passage id, as /api/search gives them: say which article holds it, as
                # `newsindex show` does (an id may hold '#' itself: asked first, as given).
                held, sep, position = article_id.rpartition("#")
                if not (sep and position.isdigit() and held):
                    raise
                try:
                    index.article(held)
                except NotFoundError:
                    raise missing from None
                raise HTTPError(
                    404,
                    f"no article {article_id!r} in this archive; that is a passage id: its "
                    f"article is /api/articles/{quote(held, safe='')} (passage {position})",
                ) from None


def _noting(body: dict[str, object], note: str | None) -> dict[str, object]:
    if note is not None:
        notes = body.get("notes")
        body["notes"] = [*(notes if isinstance(notes, list) else []), note]
    return body


def _json(body: object) -> tuple[str, bytes]:
    return "application/json; charset=utf-8", json.dumps(body, ensure_ascii=False).encode("utf-8")


def create_app(
    index_path: Path | str | None = None,
    *,
    threads: int = DEFAULT_THREADS,
    allowed_hosts: Collection[str] | None = None,
) -> NewsApp:
    """A WSGI app serving the index at ``index_path`` (default: the usual index location).

    ``threads`` is the most requests it answers at once, one open index handle each; give the
    WSGI server's thread count. The first handle opens now, the others when requests overlap.
    Each query sees the latest commit.
    ``allowed_hosts`` (host names without port) rejects requests for other Host headers. Call
    ``close()`` when done.
    """
    from .. import open_index

    return NewsApp(
        lambda: open_index(index_path),
        threads=threads,
        allowed_hosts=allowed_hosts,
    )


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
