"""The HTTP side of ``kg serve``: a read-only SPARQL 1.1 Protocol endpoint on the
standard library's ThreadingHTTPServer, with a query page and the graph view.

Routes:
    ``/sparql`` (alias ``/query``)  GET ?query=, POST form or application/sparql-query
    ``/``                           query page (HTML + /static/page.js, /static/page.css)
    ``/examples.json``              the ready-made queries the page offers
    ``/graph``                      the interactive graph page of :mod:`kg.viz` (``?top=N``)
    ``/health``                     JSON: status, triples, graphs, time limit
"""
from __future__ import annotations

import http.server
import ipaddress
import json
import sys
import time
import urllib.parse
from importlib import resources
from typing import Callable

from kg.serve.engine import Answer
from kg.serve.protocol import MAX_BODY, ProtocolError, extract_query

__all__ = ["KGServer", "Handler"]

_SPARQL_PATHS = ("/sparql", "/query")
_ALLOWED = "GET, POST, HEAD, OPTIONS"
# The query page loads only its own script and style and talks only to this server;
# result values are article text, so nothing may be injected even if a bug slipped in.
_PAGE_CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
             "img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
_STATIC = {"page.js": "text/javascript; charset=utf-8", "page.css": "text/css; charset=utf-8"}
_LOOPBACK_NAMES = frozenset({"localhost", "localhost.", "127.0.0.1", "::1"})


def _static(name: str) -> bytes:
    return resources.files("kg.serve").joinpath("static", name).read_bytes()


class KGServer(http.server.ThreadingHTTPServer):
    """A ThreadingHTTPServer holding what the handler needs.

    It binds on construction; :meth:`attach` then gives it the graph, so that a port
    in use is reported before a large graph is loaded.

    Attributes:
        engine: runs queries (``run(query, accept, params) -> Answer``).
        examples: ready-made queries for the page, dicts with name/description/query.
        stats: facts for /health (triples, graphs, source).
        graph_page: ``graph_page(top)`` returning the /graph HTML (rendered once per top).
        quiet: do not log each request to stderr.
    """

    daemon_threads = True  # a slow client must not keep `kg serve` from exiting on Ctrl-C

    def __init__(self, address, *, quiet: bool = False):
        self.engine = None
        self.on_close: Callable[[], None] | None = None
        self.examples: list[dict] = []
        self.stats: dict = {}
        self.graph_page: Callable[[int | None], bytes] = lambda top: b""
        self.quiet = quiet
        super().__init__(address, Handler)
        self.check_host = _is_loopback(self.server_address[0])

    def attach(self, engine, *, examples: list[dict], stats: dict, graph_page: Callable[[int | None], bytes],
               on_close: Callable[[], None] | None = None) -> None:
        """Give the server what it serves (call before ``serve_forever``)."""
        self.engine = engine
        self.examples = examples
        self.stats = stats
        self.graph_page = graph_page
        self.on_close = on_close

    @property
    def url(self) -> str:
        """Base URL, e.g. ``http://127.0.0.1:8000/``."""
        host, port = self.server_address[:2]
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{port}/"

    def server_close(self) -> None:
        super().server_close()
        if self.engine is not None:
            self.engine.close()
        if self.on_close is not None:
            self.on_close()


def _top(path_query: str) -> int | None:
    """The ``?top=N`` of /graph (0 = every entity); the default when absent."""
    from kg.serve.sources import GRAPH_TOP

    values = urllib.parse.parse_qs(path_query).get("top")
    if not values:
        return GRAPH_TOP
    try:
        top = int(values[0])
    except ValueError:
        top = -1
    if top < 0:
        raise ProtocolError(400, f"top={values[0]!r}: give a whole number of entities, 0 for all")
    return top or None


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host in _LOOPBACK_NAMES


class Handler(http.server.BaseHTTPRequestHandler):
    """One request. Every error answer is a one-line text/plain message."""

    server: KGServer
    server_version = "kg-serve"
    protocol_version = "HTTP/1.1"
    # idle keep-alive connections each hold a thread; let them go after a minute
    timeout = 60

    # -- dispatch -------------------------------------------------------------
    def do_GET(self) -> None:  # noqa: N802 (http.server naming)
        self._dispatch("GET")

    def do_HEAD(self) -> None:  # noqa: N802
        self._dispatch("HEAD")

    def do_POST(self) -> None:  # noqa: N802
        self._dispatch("POST")

    def do_OPTIONS(self) -> None:  # noqa: N802
        self._send(204, b"", "text/plain; charset=utf-8", {"Allow": _ALLOWED})

    def _refuse_method(self) -> None:
        self._drain()
        self._error(ProtocolError(405, f"{self.command} is not allowed: this endpoint is read-only "
                                       "(it answers SPARQL queries with GET and POST only)",
                                  {"Allow": _ALLOWED}))

    do_PUT = do_DELETE = do_PATCH = _refuse_method

    def _dispatch(self, method: str) -> None:
        url = urllib.parse.urlsplit(self.path)
        try:
            self._check_host()
            if url.path in _SPARQL_PATHS:
                self._sparql(method, url.query)
            elif method == "POST":
                self._drain()
                raise ProtocolError(405, f"POST is only accepted at /sparql, not {url.path}",
                                    {"Allow": "GET, HEAD"})
            elif url.path in ("/", "/index.html"):
                self._send(200, _static("page.html"), "text/html; charset=utf-8",
                           {"Content-Security-Policy": _PAGE_CSP})
            elif url.path.startswith("/static/") and url.path[8:] in _STATIC:
                self._send(200, _static(url.path[8:]), _STATIC[url.path[8:]])
            elif url.path == "/examples.json":
                self._json(self.server.examples)
            elif url.path == "/health":
                self._json({"status": "ok", **self.server.stats})
            elif url.path == "/graph":
                self._send(200, self.server.graph_page(_top(url.query)), "text/html; charset=utf-8",
                           {"Content-Security-Policy": "frame-ancestors 'self'"})
            else:
                raise ProtocolError(404, f"no such page {url.path}: try /, /sparql, /graph or /health")
        except ProtocolError as exc:
            self._error(exc)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client went away; nothing to answer
        except Exception as exc:  # a bug here must still answer the request, with a clear line
            self.log_error("internal error: %r", exc)
            self._error(ProtocolError(500, f"internal error: {type(exc).__name__}: {exc}"))

    def _check_host(self) -> None:
        # When bound to loopback, a web page the user visits could still reach the
        # endpoint through DNS rebinding; its requests carry the attacker's Host name.
        if not self.server.check_host:
            return
        host = (self.headers.get("Host") or "").strip().lower()
        name = host[1:].split("]")[0] if host.startswith("[") else host.rsplit(":", 1)[0]
        if name not in _LOOPBACK_NAMES and not _is_loopback(name):
            raise ProtocolError(403, f"Host {host!r} not allowed: this server listens on loopback only; "
                                     "use http://127.0.0.1:PORT/ or start it with --host")

    # -- SPARQL ---------------------------------------------------------------
    def _sparql(self, method: str, path_query: str) -> None:
        body = self._body() if method == "POST" else b""
        try:
            query, params = extract_query("POST" if method == "POST" else "GET", path_query,
                                          self.headers, body)
        except ProtocolError as exc:
            if exc.status == 400 and method != "POST" and "query" not in path_query \
                    and "text/html" in (self.headers.get("Accept") or ""):
                # a browser opening /sparql itself: show the query page instead of an error
                self._send(303, b"", "text/plain; charset=utf-8", {"Location": "/"})
                return
            raise
        started = time.perf_counter()
        answer: Answer = self.server.engine.run(query, self.headers.get("Accept"), params)
        elapsed = time.perf_counter() - started
        self._send(200, answer.body, answer.content_type,
                   {"Vary": "Accept", "Cache-Control": "no-store",
                    "Server-Timing": f"query;dur={elapsed * 1000:.1f}"},
                   head_only=(method == "HEAD"))

    def _body(self) -> bytes:
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            raise ProtocolError(400, "bad Content-Length header") from None
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            raise ProtocolError(411, "chunked request bodies are not supported: send Content-Length")
        if length > MAX_BODY:
            self.close_connection = True  # we will not read it; the connection cannot be reused
            raise ProtocolError(413, f"request body of {length} bytes is over the {MAX_BODY}-byte limit")
        return self.rfile.read(length) if length > 0 else b""

    def _drain(self) -> None:
        """Read and drop a body we refuse, so the keep-alive connection stays in sync."""
        try:
            self._body()
        except ProtocolError:
            self.close_connection = True

    # -- responses ------------------------------------------------------------
    def _json(self, value) -> None:
        self._send(200, json.dumps(value, indent=1).encode(), "application/json; charset=utf-8",
                   head_only=(self.command == "HEAD"))

    def _error(self, exc: ProtocolError) -> None:
        try:
            self._send(exc.status, (exc.message + "\n").encode("utf-8"), "text/plain; charset=utf-8",
                       exc.headers)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _send(self, status: int, body: bytes, content_type: str, headers: dict | None = None,
              head_only: bool = False) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if not head_only and self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (http.server signature)
        if not self.server.quiet:
            sys.stderr.write(f"{self.address_string()} - [{self.log_date_time_string()}] "
                             f"{format % args}\n")
