"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over a kg graph.

Serves any graph file kg can load (Turtle, TriG, N-Triples, N-Quads, JSON-LD), a
store directory or a remote endpoint (through :func:`kg.graphio.load_graph` and
:mod:`kg.store`), with a query page at ``/``, the interactive graph at ``/graph``
and ``/health`` for scripts. Only the standard library's http.server is used.

Example:
    >>> from kg.serve import make_server
    >>> server = make_server("tests/fixtures/mini.trig", port=0)   # doctest: +SKIP
    >>> threading.Thread(target=server.serve_forever, daemon=True).start()  # doctest: +SKIP
    >>> server.url                                                  # doctest: +SKIP
    'http://127.0.0.1:40123/'
"""
from __future__ import annotations

import errno
import signal
import socket
import sys
import threading
from pathlib import Path

from kg.errors import ConfigError
from kg.serve.engine import RdflibEngine, StoreEngine, default_workers, warm_up
from kg.serve.server import KGServer
from kg.serve.sources import Source, open_source

__all__ = ["make_server", "serve", "KGServer"]


def make_server(source, host: str = "127.0.0.1", port: int = 8000, timeout: float = 10.0, *,
                workers: int | None = None, quiet: bool = False,
                memory: bool | None = None) -> KGServer:
    """Bind an endpoint to (host, port) and load ``source`` into it, without starting it.

    Args:
        source: an rdflib Graph/Dataset, or a spec for :func:`kg.graphio.load_graph`
            (graph file path, store directory, http(s) SPARQL endpoint URL).
        host: interface to bind; loopback by default, since the endpoint has no
            authentication.
        port: TCP port; 0 picks a free one (see ``server.url``).
        timeout: seconds a query may run before the client gets 503.
        workers: queries that may run at once (default: one per core).
        quiet: do not log each request to stderr.
        memory: for a store directory, answer default-graph queries from an in-memory
            copy of its union graph: None (default) when it fits
            (:func:`kg.store.memory.default_max_triples`; ``KG_MEMORY_MAX_TRIPLES=0``
            turns it off), True always, False never.

    Returns:
        A :class:`KGServer`; call ``serve_forever()`` (in a thread for tests) and
        ``shutdown()``/``server_close()`` when done.

    Raises:
        ConfigError: bad timeout/workers, or the port is in use.
        GraphError, StoreError: the source cannot be loaded.
    """
    if not timeout > 0:
        raise ConfigError(f"--timeout must be a positive number of seconds, not {timeout}")
    workers = default_workers() if workers is None else workers
    if workers < 1:
        raise ConfigError(f"--workers must be at least 1, not {workers}")
    server = _bind(host, port, quiet)
    try:
        src: Source = open_source(source, memory=memory)
    except BaseException:
        server.server_close()
        raise
    warm_up()  # before forking query processes, so each child inherits the built grammar
    if src.store is not None:
        engine = StoreEngine.for_store(src.store, timeout, workers)
    else:
        engine = RdflibEngine(src.dataset, timeout, workers)
    server.attach(engine, examples=src.examples(), stats=src.stats(timeout), graph_page=src.graph_page,
                  on_close=src.close)
    return server


def _bind(host: str, port: int, quiet: bool) -> KGServer:
    """Listen on (host, port), or a ConfigError that says why not."""
    try:
        return KGServer((host, port), quiet=quiet)
    except OSError as exc:
        if isinstance(exc, socket.gaierror):
            raise ConfigError(f"unknown host {host!r}: pass an IP address or name with --host") from None
        if exc.errno == errno.EADDRINUSE:
            raise ConfigError(f"port {port} on {host} is already in use: stop the other server "
                              f"or pick another with --port") from None
        if exc.errno in (errno.EADDRNOTAVAIL, errno.EACCES):
            raise ConfigError(f"cannot listen on {host}:{port} ({exc.strerror}): "
                              "check --host/--port") from None
        raise


def serve(source, host: str = "127.0.0.1", port: int = 8000, timeout: float = 10.0, *,
          workers: int | None = None, quiet: bool = False, memory: bool | None = None) -> None:
    """Serve ``source`` until interrupted (Ctrl-C). See :func:`make_server` for arguments."""
    server = make_server(source, host, port, timeout, workers=workers, quiet=quiet, memory=memory)
    name = source if isinstance(source, (str, Path)) else type(source).__name__
    stats = server.stats
    where = ", union graph copied into memory" if stats.get("default_graph_in_memory") else ""
    print(f"kg serve: {name} ({stats.get('quads', '?')} quads, {stats.get('graphs', '?')} graphs{where})\n"
          f"  query page  {server.url}\n  SPARQL      {server.url}sparql\n"
          f"  graph view  {server.url}graph\n  Ctrl-C to stop", file=sys.stderr, flush=True)
    # SIGTERM (service managers, `kill`) shuts down like Ctrl-C, so that query processes
    # still running are ended by multiprocessing's exit handler instead of orphaned
    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt
