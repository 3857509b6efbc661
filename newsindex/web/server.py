"""Serving the app: waitress, a production WSGI server in pure Python, with a pool of threads.

waitress reads and writes sockets on one thread and runs the app on ``threads`` others, so a
slow client or a long query holds one worker, never the server; it buffers whole requests and
responses, so a slow client holds no worker at all. For several processes (more cores), run the
same app under gunicorn: see the README.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import NewsindexError
from .app import DEFAULT_THREADS, create_app

if TYPE_CHECKING:
    from _typeshed.wsgi import WSGIApplication

__all__ = ["LOOPBACK", "AppServer", "make_app_server", "serve"]

LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})


class AppServer:
    """A waitress server bound to its port: :meth:`serve_forever` runs it (Ctrl-C returns) and
    :meth:`shutdown`, from any thread, stops it."""

    def __init__(self, server: Any) -> None:
        self._server = server

    @property
    def server_port(self) -> int:
        return int(self._server.effective_port)

    def serve_forever(self) -> None:
        try:
            self._server.run()  # returns on Ctrl-C, or when shutdown() has closed every socket
        finally:
            self._server.task_dispatcher.shutdown()

    def shutdown(self) -> None:
        """Close the server's sockets on its own loop thread (waitress's are not thread-safe),
        which ends :meth:`serve_forever`. If the loop has already stopped with its wake-up pipe
        closed (waitress 3.0.2 can lose it to a socket closed under ``select``: its issue
        468), nothing runs on it any more, and what is left is closed here."""
        from waitress import wasyncore

        try:
            self._server.trigger.pull_trigger(lambda: wasyncore.close_all(self._server._map))
        except OSError:
            wasyncore.close_all(self._server._map)

    def server_close(self) -> None:
        """Release the port of a server that never ran."""
        self._server.close()


def make_app_server(
    app: WSGIApplication,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    threads: int = DEFAULT_THREADS,
) -> AppServer:
    """A waitress server for ``app`` with ``threads`` workers, bound but not yet serving
    (``port=0``: any free port; read it back from ``server.server_port``)."""
    from waitress.server import create_server

    try:
        server = create_server(app, host=host, port=port, threads=threads, ident="newsindex")
    except OSError as exc:
        raise NewsindexError(
            f"cannot listen on {host}:{port}: {exc.strerror or exc}; try another --port"
        ) from None
    return AppServer(server)


def serve(
    index_path: Path | str | None = None,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    threads: int = DEFAULT_THREADS,
    on_ready: Callable[[str], None] | None = None,
) -> None:
    """Serve the page and API until interrupted (Ctrl-C returns normally).

    ``threads`` requests are answered at once, each with its own index handle. ``on_ready``
    receives the URL once the socket is bound. Bound to a loopback address, the server answers
    only to loopback host names.
    """
    allowed = LOOPBACK | {host.lower()} if host.lower() in LOOPBACK else None
    app = create_app(index_path, threads=threads, allowed_hosts=allowed)
    try:
        server = make_app_server(app, host=host, port=port, threads=threads)
        shown = f"[{host}]" if ":" in host else host
        (on_ready or _print_url)(f"http://{shown}:{server.server_port}/")
        server.serve_forever()
    finally:
        app.close()


def _print_url(url: str) -> None:
    print(f"Serving on {url} (Ctrl-C to stop)", file=sys.stderr)
