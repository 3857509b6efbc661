"""The local search page and the read-only JSON API it uses, as one WSGI app.

The app is a plain WSGI callable on the standard library (no framework: the API is a handful of
read-only GET routes that return JSON), served by waitress (:mod:`.server`) or mounted in any
WSGI server. ``app`` holds the routes and the pool of index handles, ``messages`` turns library
errors into what a visitor may read, ``server`` runs it.

Routes: ``/`` (the page), ``/static/<file>``, ``/api/search``, ``/api/facets``, ``/api/stats``
and ``/api/articles/<id>``. Errors are JSON ``{"error": message}``: 400 for bad parameters,
404 for unknown articles and routes, 405 for methods other than GET and HEAD, 503 when the
index cannot be read. The index path is fixed when the app is made, never taken from a request,
and never shown in a response.

A client of the library, like the CLI: it may import only the public API (``newsindex``'s
top-level names and ``newsindex.errors``, ``kinds``, ``articles``), never ``newsindex.search``,
``index``, ``nlp`` or ``readers`` directly, and no click or rich (import contracts in
``pyproject.toml``).

    >>> from newsindex.web import create_app                      # doctest: +SKIP
    >>> app = create_app("my-index")     # mount under any WSGI server, or:
    >>> serve("my-index", port=8000)     # blocks; Ctrl-C stops it
"""

from __future__ import annotations

from .app import NewsApp, create_app
from .server import AppServer, make_app_server, serve

__all__ = ["AppServer", "NewsApp", "create_app", "make_app_server", "serve"]
