"""Running one SPARQL query under a time limit and serialising its result.

rdflib evaluates queries in pure Python and cannot be interrupted from another
thread, so on platforms with ``fork`` (Linux, the BSDs) every query runs in a
forked child that shares the loaded graph copy-on-write: a query over its time
limit is killed outright and its memory returned. Where ``fork`` is missing the
query runs in a thread and the limit is best-effort: the client gets its 503 on
time but the thread runs on until rdflib finishes.

A store with a native engine (Oxigraph through :mod:`kg.store`) is queried in a
thread with the same best-effort limit; it is one to two orders of magnitude
faster than rdflib, so a query rarely gets near the limit.
"""
from __future__ import annotations

import io
import multiprocessing
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from typing import Callable, Mapping

from kg.serve.protocol import ProtocolError, ResultFormat, negotiate, query_form

__all__ = ["Answer", "RdflibEngine", "StoreEngine", "warm_up", "default_prefixes"]


@dataclass(frozen=True)
class Answer:
    """A successful query result, serialised."""

    content_type: str
    body: bytes


def default_prefixes() -> dict[str, str]:
    """Prefixes every query may use undeclared (kg:, ent:, rdfs: ...), as kg's stores allow."""
    from kg.query import PREFIXES

    return dict(PREFIXES)


def warm_up() -> None:
    """Build rdflib's SPARQL grammar now: the first query in a process pays a second or more."""
    from rdflib.plugins.sparql import prepareQuery

    prepareQuery("ASK { ?s ?p ?o }")


def _parse(query: str):
    """rdflib's parse tree of ``query``, or ProtocolError 403 (an update) / 400 (a syntax error)."""
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        return parseQuery(query)
    except Exception as exc:  # pyparsing.ParseException and friends; the message is what users need
        try:
            parseUpdate(query)
        except Exception:
            raise ProtocolError(400, f"bad SPARQL query: {_one_line(exc)}") from None
        raise ProtocolError(403, "this endpoint is read-only: SPARQL Update is not accepted "
                                 "(change the graph with `kg build` and serve it again)") from None


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def _media(fmt: ResultFormat) -> str:
    # every format here is UTF-8 text; say so, browsers and curl otherwise guess
    return f"{fmt.media_type}; charset=utf-8"


def _tsv(result) -> bytes:
    """SPARQL 1.1 TSV: header of ?vars, then terms in Turtle syntax (rdflib has no TSV writer)."""
    def term(value) -> str:
        if value is None:
            return ""
        # tabs and newlines inside a literal would break the row; n3() escapes them
        return value.n3()
    lines = ["\t".join(f"?{v}" for v in result.vars)]
    for row in result:
        lines.append("\t".join(term(row[v]) for v in result.vars))
    return ("\n".join(lines) + "\n").encode("utf-8")


def _ask_csv(answer: bool) -> bytes:
    # CSV/TSV define no boolean form; this is what Jena/Fuseki send
    return f"_askResult\n{'true' if answer else 'false'}\n".encode()


def serialize_rdflib(result, fmt: ResultFormat) -> bytes:
    """Serialise an rdflib query result in ``fmt``."""
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        from kg.namespaces import bind_prefixes

        graph = result.graph
        bind_prefixes(graph)
        return graph.serialize(format=fmt.rdflib, encoding="utf-8")
    if result.type == "ASK" and fmt.name in ("csv", "tsv"):
        return _ask_csv(result.askAnswer)
    if fmt.name == "tsv":
        return _tsv(result)
    out = io.BytesIO()
    result.serialize(destination=out, format=fmt.rdflib, encoding="utf-8")
    return out.getvalue()


def _run_rdflib(dataset, query: str, accept: str | None, params: Mapping[str, list[str]]) -> Answer:
    """Parse, evaluate and serialise one query against an rdflib Dataset/Graph."""
    from rdflib.plugins.sparql.algebra import translateQuery

    parsed = _parse(query)
    fmt = negotiate(query_form(parsed), accept, params)
    try:
        result = dataset.query(translateQuery(parsed, initNs=default_prefixes()))
        body = serialize_rdflib(result, fmt)
    except ProtocolError:
        raise
    except Exception as exc:  # evaluation errors (bad SERVICE, type errors rdflib raises) are the query's fault
        raise ProtocolError(400, f"query failed: {_one_line(exc)}") from None
    return Answer(_media(fmt), body)


def _child(conn, dataset, query, accept, params) -> None:
    """Body of the forked query process: send back an Answer or a ProtocolError."""
    try:
        conn.send(_run_rdflib(dataset, query, accept, params))
    except ProtocolError as exc:
        conn.send(exc)
    except BaseException as exc:  # anything else is a server bug: report it, do not hang the parent
        conn.send(ProtocolError(500, f"internal error: {_one_line(exc)}"))
    finally:
        conn.close()


class _Limiter:
    """At most ``workers`` queries at once; a request waits for a slot within its time limit."""

    def __init__(self, workers: int):
        self._slots = threading.BoundedSemaphore(workers)

    def acquire(self, timeout: float) -> None:
        if not self._slots.acquire(timeout=timeout):
            raise ProtocolError(503, f"server busy: no free query slot within {timeout:g} s, retry later",
                                {"Retry-After": "5"})

    def release(self) -> None:
        self._slots.release()


def _timeout_error(timeout: float) -> ProtocolError:
    return ProtocolError(503, f"query exceeded the time limit of {timeout:g} s "
                              "(add a LIMIT, narrow the patterns, or restart with a larger --timeout)",
                         {"Retry-After": "5"})


class RdflibEngine:
    """Queries an in-memory rdflib Dataset; each query in a forked child when possible.

    Args:
        dataset: the graph to query. For a Dataset the default graph of a query is the
            union of its named graphs (as with Oxigraph's ``--union-default-graph``),
            since kg keeps each article in its own named graph.
        timeout: seconds a query may run.
        workers: queries that may run at once.
        use_fork: ``None`` = fork if the platform has it.
    """

    def __init__(self, dataset, timeout: float, workers: int = 2, use_fork: bool | None = None):
        if hasattr(dataset, "default_union"):
            dataset.default_union = True
        self.dataset = dataset
        self.timeout = timeout
        self._limiter = _Limiter(workers)
        if use_fork is None:
            use_fork = "fork" in multiprocessing.get_all_start_methods()
        self._ctx = multiprocessing.get_context("fork") if use_fork else None
        self._pool = None if use_fork else ThreadPoolExecutor(workers, thread_name_prefix="kg-query")

    def run(self, query: str, accept: str | None, params: Mapping[str, list[str]]) -> Answer:
        """Answer ``query`` or raise ProtocolError (400 bad query, 403 update, 503 time limit)."""
        self._limiter.acquire(self.timeout)
        try:
            if self._ctx is None:
                return _in_thread(self._pool, lambda: _run_rdflib(self.dataset, query, accept, params),
                                  self.timeout)
            return self._in_child(query, accept, params)
        finally:
            self._limiter.release()

    def _in_child(self, query, accept, params) -> Answer:
        receiver, sender = self._ctx.Pipe(duplex=False)
        proc = self._ctx.Process(target=_child, args=(sender, self.dataset, query, accept, params),
                                 daemon=True)
        proc.start()
        sender.close()  # so that recv() sees EOF if the child dies without answering
        try:
            if not receiver.poll(self.timeout):
                raise _timeout_error(self.timeout)
            try:
                outcome = receiver.recv()
            except EOFError:
                raise ProtocolError(500, f"query process died (exit code {proc.exitcode}); "
                                         "the query may need more memory than is available") from None
        finally:
            if proc.is_alive():
                proc.kill()
            proc.join()
            receiver.close()
        if isinstance(outcome, ProtocolError):
            raise outcome
        return outcome

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)


def _in_thread(pool: ThreadPoolExecutor, work: Callable[[], Answer], timeout: float) -> Answer:
    future = pool.submit(work)
    try:
        return future.result(timeout=timeout)
    except FutureTimeout:
        future.cancel()  # only helps if it has not started; a running rdflib query cannot be stopped
        raise _timeout_error(timeout) from None


class StoreEngine:
    """Queries a :mod:`kg.store` store through its own engine (best-effort time limit).

    Args:
        execute: ``execute(sparql, fmt) -> bytes``, the serialised result, raising
            kg's StoreError when the store fails and anything else for a bad query.
        timeout: seconds a query may run before the client gets 503.
        workers: queries that may run at once.
    """

    def __init__(self, execute: Callable[[str, ResultFormat], bytes], timeout: float, workers: int = 2):
        self._execute = execute
        self.timeout = timeout
        self._limiter = _Limiter(workers)
        self._pool = ThreadPoolExecutor(workers, thread_name_prefix="kg-store-query")

    @classmethod
    def for_store(cls, store, timeout: float, workers: int = 2) -> "StoreEngine":
        """The engine for a kg Store: Oxigraph's own query and writers for a local store
        (``store.native``), else ``store.query`` (an rdflib Result) serialised by rdflib."""
        from kg.store.view import hide_bookkeeping  # `GRAPH ?g` must not list the store's own graph

        native = getattr(store, "native", None)
        if native is not None:
            execute = _oxigraph_executor(native)
            return cls(lambda query, fmt: execute(hide_bookkeeping(query), fmt), timeout, workers)
        return cls(lambda query, fmt: serialize_rdflib(store.query(hide_bookkeeping(query)), fmt),
                   timeout, workers)

    def run(self, query: str, accept: str | None, params: Mapping[str, list[str]]) -> Answer:
        """Answer ``query`` or raise ProtocolError (400, 403, 502 store failed, 503 time limit)."""
        parsed = _parse(query)  # rdflib's parser: the same 400/403 messages as the rdflib engine
        fmt = negotiate(query_form(parsed), accept, params)

        def work() -> Answer:
            from kg.errors import StoreError

            try:
                return Answer(_media(fmt), self._execute(query, fmt))
            except StoreError as exc:  # the store behind us failed (remote endpoint down ...)
                raise ProtocolError(502, f"the store failed: {_one_line(exc)}") from None
            except Exception as exc:  # the store's own message (syntax, evaluation)
                raise ProtocolError(400, f"query failed: {_one_line(exc)}") from None

        self._limiter.acquire(self.timeout)
        try:
            return _in_thread(self._pool, work, self.timeout)
        finally:
            self._limiter.release()

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)


def _oxigraph_executor(store) -> Callable[[str, ResultFormat], bytes]:
    """Run and serialise with pyoxigraph: no rdflib terms are built on the way."""
    import pyoxigraph as ox

    formats = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
               "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
               "turtle": ox.RdfFormat.TURTLE, "json-ld": ox.RdfFormat.JSON_LD,
               "ntriples": ox.RdfFormat.N_TRIPLES, "rdfxml": ox.RdfFormat.RDF_XML}
    prefixes = default_prefixes()

    def execute(query: str, fmt: ResultFormat) -> bytes:
        result = store.query(query, prefixes=prefixes)
        if isinstance(result, ox.QueryBoolean) and fmt.name in ("csv", "tsv"):
            return _ask_csv(bool(result))
        return result.serialize(format=formats[fmt.name])

    return execute


def default_workers() -> int:
    """Concurrent queries by default: one per core, at least one."""
    return max(1, os.cpu_count() or 1)
