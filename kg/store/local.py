"""Oxigraph stores in this process: in memory, or on disk in a directory.

Writes go through pyoxigraph, whose ``extend`` and ``update`` calls are each one
RocksDB transaction; :meth:`LocalStore._write` uses exactly one of them per
article, so a killed build leaves whole articles only.
"""
from __future__ import annotations

import gc
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef, Variable
from rdflib.query import Result

from kg.errors import QueryError, StoreError
from kg.store.base import (ARTICLE_ID_PRED, CONTENT_HASH, META_GRAPH, Store, meta_triples,
                           unlink_graph_update)
from kg.store.convert import from_ox, to_ox_quads, triples_to_nt
from kg.store import summary

__all__ = ["LocalStore", "NativeStore", "KG_PREFIXES", "is_oxigraph_dir"]

_META = ox.NamedNode(str(META_GRAPH))
_ARTICLE_ID = ox.NamedNode(str(ARTICLE_ID_PRED))
_CONTENT_HASH = ox.NamedNode(str(CONTENT_HASH))


def _kg_prefixes() -> dict[str, str]:
    from kg.namespaces import ART, DCT, ENT, EV, GRAPH, KG, PROV, SKOS, TOPIC

    from kg.store.summary import ACTS, RANK, STORE, SUM

    return {"kg": str(KG._NS), "ent": str(ENT), "topic": str(TOPIC), "ev": str(EV),
            "art": str(ART), "kgg": str(GRAPH), "prov": str(PROV), "dcterms": str(DCT),
            "skos": str(SKOS), "kgstore": STORE, "kgsum": SUM, "kgacts": ACTS, "kgrank": RANK,
            "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
            "xsd": "http://www.w3.org/2001/XMLSchema#"}


#: Prefixes every native query may use without declaring them.
KG_PREFIXES = _kg_prefixes()


#: Quads written between two flushes of an on-disk store's memtables.
FLUSH_EVERY_QUADS = 200_000
#: Quads after which :meth:`LocalStore.idle` flushes (about 80 articles).
IDLE_FLUSH_QUADS = 40_000


def is_oxigraph_dir(path: Path) -> bool:
    """Whether ``path`` holds an Oxigraph (RocksDB) database."""
    return (path / "CURRENT").is_file() and any(path.glob("MANIFEST-*"))


def ox_result_to_rdflib(result) -> Result:
    """Turn a pyoxigraph query result into an rdflib Result (lazily for SELECT)."""
    if isinstance(result, ox.QueryBoolean):
        out = Result("ASK")
        out.askAnswer = bool(result)
    elif isinstance(result, ox.QuerySolutions):
        out = Result("SELECT")
        out.vars = [Variable(v.value) for v in result.variables]
        names = out.vars
        out.bindings = ({v: from_ox(val) for v, val in zip(names, row) if val is not None}
                        for row in result)
    else:
        out = Result("CONSTRUCT")
        graph = Graph()
        for triple in result:
            graph.add((from_ox(triple.subject), from_ox(triple.predicate), from_ox(triple.object)))
        out.graph = graph
    return out


#: pyoxigraph.Store methods that write
_WRITES = frozenset({"add", "extend", "bulk_extend", "remove", "update", "load", "bulk_load",
                     "clear", "clear_graph", "add_graph", "remove_graph"})


class NativeStore:
    """A ``pyoxigraph.Store`` whose ``query`` always uses the maintained union graph
    (answered from the in-memory copy of it when the store keeps one)."""

    __slots__ = ("_store", "_owner")

    def __init__(self, store: ox.Store, owner: "LocalStore | None" = None):
        self._store = store
        self._owner = owner

    def query(self, query: str, **options):
        options.pop("use_default_graph_as_union", None)
        if self._owner is not None and self._owner._counts and summary.uses_summary(query):
            self._owner.has_counts()  # pending changes applied, stale counts recounted
        engine = self._owner._engine_for(query, options) if self._owner is not None else self._store
        return engine.query(query, **options)

    @property
    def raw(self) -> ox.Store:
        """The pyoxigraph store itself: writes through it skip kg's bookkeeping (the
        event counts are not marked stale, an in-memory copy is not dropped)."""
        return self._store

    def __getattr__(self, name: str):
        attr = getattr(self._store, name)
        if name in _WRITES and self._owner is not None:
            owner = self._owner

            def write(*args, **kwargs):
                # a raw write may change events: drop the in-memory copy of the union and
                # have the counts recounted before they are next read
                owner._memory = None
                result = attr(*args, **kwargs)
                owner._mark_stale()
                return result

            return write
        return attr

    def __iter__(self):
        return iter(self._store)

    def __len__(self) -> int:
        return len(self._store)


class LocalStore(Store):
    """An Oxigraph store held by this process.

    Args:
        path: directory of the on-disk store (created if missing); None for memory.
        bookkeeping: keep content hashes (off for one-shot in-memory builds).
        read_only: open an existing on-disk store for reading only.
    """

    #: Whether writes keep the event counts of kg.store.summary up to date.
    _counts = False
    _delta: Counter = Counter()  # read-only stores never write to it
    _recount = False  # a raw write may have changed events: recount, not apply _delta

    def __init__(self, path: str | Path | None = None, *, bookkeeping: bool = True,
                 read_only: bool = False):
        self.bookkeeping = bookkeeping
        self._memory: ox.Store | None = None  # see cache_in_memory
        self._unflushed = 0
        self._written_total = 0
        self._lock = threading.Lock()  # counts are read, then written: one writer at a time
        self.path = Path(path) if path is not None else None
        self.location = str(self.path) if self.path is not None else "memory"
        if self.path is None:
            self._store = ox.Store()
            self._start_summary()
            return
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"{self.path}: is a file, not a store directory; give a directory "
                             "for --store (it is created if missing)")
        if self.path.is_dir() and any(self.path.iterdir()) and not is_oxigraph_dir(self.path):
            raise StoreError(f"{self.path}: directory is not empty and holds no kg store; give a "
                             "new or empty directory for --store")
        try:
            if not read_only:
                self.path.mkdir(parents=True, exist_ok=True)  # RocksDB makes only the last level
            self._store = ox.Store.read_only(str(self.path)) if read_only else ox.Store(str(self.path))
        except OSError as exc:
            hint = ("another process (a running kg build or kg serve?) has it open; wait for it "
                    "to finish or stop it") if "lock" in str(exc).lower() else "check the path"
            raise StoreError(f"{self.path}: cannot open the store ({exc}); {hint}") from None
        if not read_only:
            self._start_summary()

    def _start_summary(self) -> None:
        """Keep event counts (kg.store.summary) in stores with bookkeeping: mark a new
        store as counted; recount one written before kg kept counts, counted by an
        older kg (another summary VERSION: the ranks came with "2"), or left with
        stale counts by a crash."""
        self._counts = self.bookkeeping
        self._delta: Counter = Counter()  # count changes not yet applied (see flush_counts)
        if not self._counts or summary.has_summary(self._store):
            return
        if any(True for _ in self._store.quads_for_pattern(None, None, None, _META)):
            summary.rebuild(self._store)
        else:
            marker = summary.version_triple()
            self._store.add(ox.Quad(marker.subject, marker.predicate, marker.object, _META))

    def _count(self, delta: Counter) -> None:
        for key, n in delta.items():
            self._delta[key] += n

    def flush_counts(self) -> None:
        """Apply the count changes of the articles written since the last call and move
        the ranks they shift (kg.store.summary), or recount after raw writes; done by
        :meth:`close` and before queries that read the counts."""
        if not self._counts or not (self._delta or self._recount):
            return
        with self._lock:
            if self._recount:  # a recount covers the pending changes too
                summary.rebuild(self._store)
            else:
                summary.apply_delta(self._store, self._delta)
            self._delta = Counter()
            self._recount = False
            self._memory = None

    # -- writing ---------------------------------------------------------------
    def _write(self, graph_iri: URIRef, triples: list[tuple], article_id: str,
               content_hash: str | None, *, replace: bool) -> None:
        with self._lock:
            self._write_locked(graph_iri, triples, article_id, content_hash, replace=replace)

    def _write_locked(self, graph_iri: URIRef, triples: list[tuple], article_id: str,
                      content_hash: str | None, *, replace: bool) -> None:
        self._memory = None  # a copy of the old union would answer with stale rows
        meta = meta_triples(graph_iri, article_id, content_hash) if self.bookkeeping else []
        stale = []
        if self._counts:
            # the counts change later (flush_counts); the stale marker goes with the article
            delta = summary.contributions(triples)
            if replace:
                delta.subtract(summary.count_events(self._store, ox.NamedNode(str(graph_iri))))
            self._count(delta)
            stale = [summary.stale_triple()]
        try:
            if not replace:
                # A fresh article: one transactional extend of its graph, the same
                # triples into the default-graph union (a set: repeats are no-ops)
                # and its bookkeeping.
                quads = list(to_ox_quads(triples, graph_iri))
                quads.extend(ox.Quad(q.subject, q.predicate, q.object) for q in list(quads))
                quads.extend(to_ox_quads(meta, META_GRAPH))
                quads.extend(ox.Quad(t.subject, t.predicate, t.object, _META) for t in stale)
                self._store.extend(quads)
                self._written(len(quads))
                return
            # A replacement: unlink the old version and insert the new one in ONE
            # update request (one transaction).
            body = triples_to_nt(triples)
            self._store.update(
                f"{unlink_graph_update(str(graph_iri))} ;\n"
                f"INSERT DATA {{ {body}\nGRAPH <{graph_iri}> {{\n{body}}}\n"
                f"GRAPH <{META_GRAPH}> {{\n{triples_to_nt(meta)}{triples_to_nt(stale)}}} }}")
            self._written(2 * len(triples))
        except OSError as exc:
            raise StoreError(f"{self.location}: cannot write article {article_id} ({exc})") from None

    def _written(self, quads: int) -> None:
        """Flush RocksDB's memtables now and then: left alone they grow with the
        build (gigabytes over 10k articles); flushed, memory stays flat."""
        self._unflushed += quads
        self._written_total += quads
        if self.path is not None and self._unflushed >= FLUSH_EVERY_QUADS:
            self._store.flush()
            self._unflushed = 0

    def idle(self) -> None:
        """Flush once :data:`IDLE_FLUSH_QUADS` are waiting: done while a writer waits for
        input, the flush is hidden, and the one at :meth:`close` has little left to do."""
        if self.path is not None and self._unflushed >= IDLE_FLUSH_QUADS:
            self._store.flush()
            self._unflushed = 0

    def _has_graph(self, graph_iri) -> bool:
        return self._store.contains_named_graph(ox.NamedNode(str(graph_iri)))

    def remove_article(self, article_id: str) -> bool:
        graph = self._graph_of(article_id)
        if graph is None:
            from kg.store.base import graph_iri_for

            graph = ox.NamedNode(str(graph_iri_for(article_id)))
            if not self._store.contains_named_graph(graph):
                return False
        with self._lock:
            self._memory = None
            stale = ""
            if self._counts:
                # read before the unlink drops them: the events whose counts go
                delta = Counter()
                delta.subtract(summary.count_events(self._store, graph))
                self._count(delta)
                stale = f"INSERT DATA {{ GRAPH <{META_GRAPH}> {{ {summary.stale_triple()} . }} }} ;\n"
            self._store.update(f"{stale}{unlink_graph_update(graph.value)}")
        return True

    def _graph_of(self, article_id: str):
        for quad in self._store.quads_for_pattern(None, _ARTICLE_ID, ox.Literal(article_id), _META):
            return quad.subject
        return None

    def article_hash(self, article_id: str) -> str | None:
        graph = self._graph_of(article_id)
        if graph is None:
            return None
        for quad in self._store.quads_for_pattern(graph, _CONTENT_HASH, None, _META):
            return quad.object.value
        return ""  # stored without a hash: present, but never "unchanged"

    def articles(self) -> Iterator[tuple[str, URIRef, str | None]]:
        for quad in self._store.quads_for_pattern(None, _ARTICLE_ID, None, _META):
            hashes = list(self._store.quads_for_pattern(quad.subject, _CONTENT_HASH, None, _META))
            yield quad.object.value, URIRef(quad.subject.value), (hashes[0].object.value if hashes else None)

    # -- reading ---------------------------------------------------------------
    def has_counts(self) -> bool:
        self.flush_counts()
        return summary.has_summary(self._store)

    def _mark_stale(self) -> None:
        """Writes that bypass put_article (raw updates, bulk loads) may change events:
        the counts are recounted before they are next read (:meth:`has_counts`)."""
        if self._counts:
            marker = summary.stale_triple()
            self._store.add(ox.Quad(marker.subject, marker.predicate, marker.object, _META))
            self._recount = True

    def query(self, sparql: str) -> Result:
        if self._counts and summary.uses_summary(sparql):
            self.has_counts()  # pending changes applied, stale counts recounted
        try:
            # the default graph is the maintained union of the article graphs
            result = self._engine_for(sparql).query(sparql, prefixes=KG_PREFIXES)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {exc}") from None
        except OSError as exc:
            raise QueryError(f"{self.location}: query failed ({exc})") from None
        return ox_result_to_rdflib(result)

    def update(self, sparql: str) -> None:
        self._memory = None
        try:
            self._store.update(sparql, prefixes=KG_PREFIXES)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL Update syntax error: {exc}") from None
        self._mark_stale()

    def dataset(self) -> Dataset:
        from kg.store.view import oxigraph_dataset

        # through NativeStore: SPARQL on the view uses the in-memory union when there is one
        return oxigraph_dataset(self.native)

    def quad_count(self) -> int:
        rows = self._store.query(
            f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{META_GRAPH}>) }}")
        return int(next(iter(rows))[0].value)

    def triple_count(self) -> int:
        """Number of distinct triples over all articles (the default-graph union)."""
        rows = self._store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        return int(next(iter(rows))[0].value)

    def load_quads(self, quads) -> None:
        """Bulk-add pyoxigraph quads (benchmarks and imports; bypasses bookkeeping)."""
        self._memory = None
        self._store.bulk_extend(quads)
        self._mark_stale()

    # -- the in-memory copy of the union --------------------------------------
    def cache_in_memory(self, max_triples: int | None = None) -> bool:
        """Copy the default graph (the union of the article graphs) of an on-disk store
        into an in-memory Oxigraph and answer from it every query that reads only the
        default graph; queries with ``GRAPH``, ``FROM`` or ``FROM NAMED`` still read the
        disk. See :mod:`kg.store.memory` for when this pays off and what it costs.

        Args:
            max_triples: copy only when the union holds at most this many triples
                (None: :func:`kg.store.memory.default_max_triples`, which also looks
                at the memory available).

        Returns:
            Whether queries are now answered from memory. A write to the store drops
            the copy (it would be stale); call this again after writing.
        """
        from kg.store.memory import copy_union, default_max_triples

        if self.path is None:
            return False  # already in memory
        self.flush_counts()
        limit = default_max_triples() if max_triples is None else max_triples
        if self.triple_count() > limit:
            return False
        self._memory = copy_union(self._store)
        return True

    @property
    def cached_in_memory(self) -> bool:
        """Whether default-graph queries are answered from an in-memory copy."""
        return self._memory is not None

    def _engine_for(self, sparql: str, options: dict | None = None):
        """The pyoxigraph store to run ``sparql`` on: the in-memory copy of the union when
        there is one and the query reads nothing else, else the store itself."""
        if self._memory is None or (options and (options.get("default_graph") is not None
                                                 or options.get("named_graphs") is not None)):
            return self._store  # an explicit dataset may name the article graphs
        from kg.store.memory import reads_only_default_graph

        return self._memory if reads_only_default_graph(sparql) else self._store

    @property
    def native(self) -> "NativeStore":
        """The pyoxigraph API of this store, for callers that need it (serialising results).

        Its default graph is the de-duplicated union of the article graphs, so
        ``use_default_graph_as_union`` is ignored: Oxigraph's union would count every
        triple again for each article graph that holds it.
        """
        return NativeStore(self._store, self)

    def close(self) -> None:
        if self._store is not None:
            self.flush_counts()
        if self._store is not None and self.path is not None:
            if self._written_total >= FLUSH_EVERY_QUADS:
                # compact what the memtable flushes left in level 0: every read seeks each
                # level-0 file, and `kg query` opens stores read-only, so nothing would
                # compact them later (1.3-1.9x faster queries, bench/bench_sparql.py)
                try:
                    self._store.optimize()
                except OSError:
                    pass  # a slower store, not a broken one
            try:
                self._store.flush()
            except (OSError, RuntimeError):
                pass  # read-only stores cannot flush (RuntimeError); nothing was written
        self._store = None
        self._memory = None
        if self.path is not None:
            # RocksDB's lock goes when the last reference does; rdflib views hold
            # theirs in reference cycles, so collect them now, not at some later time.
            gc.collect()

