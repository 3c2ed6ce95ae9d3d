"""What ``kg serve`` serves: an in-memory graph or a store, and what the pages need
from it (ready-made example queries, counts for /health, the rendered graph view)."""
from __future__ import annotations

import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

from kg.serve.protocol import ProtocolError

__all__ = ["Source", "open_source", "example_queries", "GRAPH_TOP"]

#: Entities drawn by /graph unless ?top= says otherwise: beyond a few hundred nodes
#: a force layout is a hairball and the browser slows down.
GRAPH_TOP = 300


@dataclass
class Source:
    """A loaded graph to serve.

    Attributes:
        name: how to call it in messages ("tests/fixtures/mini.trig", a URL ...).
        dataset: rdflib Dataset/Graph, or a callable producing one on first use
            (a store's rdflib view is only needed for /graph).
        store: a :mod:`kg.store` Store to query with its own engine; None to query
            ``dataset`` with rdflib.
        quads: quad count if known cheaply.
    """

    name: str
    dataset: object
    store: object = None
    quads: int | None = None
    owns_store: bool = False
    _pages: dict = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def rdflib_view(self):
        """The rdflib Dataset/Graph (materialised on first call for stores)."""
        if callable(self.dataset) and not hasattr(self.dataset, "query"):
            self.dataset = self.dataset()
        return self.dataset

    def stats(self, timeout: float) -> dict:
        """Facts for /health."""
        stats: dict = {"source": self.name, "timeout": timeout,
                       "engine": "rdflib" if self.store is None
                       else "oxigraph" if getattr(self.store, "native", None) is not None else "store"}
        if getattr(self.store, "cached_in_memory", False):
            stats["default_graph_in_memory"] = True  # GRAPH / FROM queries still read the disk
        if self.store is None:
            data = self.rdflib_view()
            parts = data.graphs() if hasattr(data, "graphs") else [data]
            contexts = [g for g in parts if len(g)]
            stats["graphs"] = len(contexts)
            stats["quads"] = sum(len(g) for g in contexts)
        elif self.quads is not None:
            stats["quads"] = self.quads
        return stats

    def close(self) -> None:
        """Release the store if it was opened here (flushes nothing: it was opened read-only)."""
        if self.store is not None and self.owns_store:
            try:
                self.store.close()
            except RuntimeError:
                # LocalStore.close flushes, which a read-only pyoxigraph Store refuses with
                # RuntimeError (not OSError); nothing was written, so nothing is lost
                pass

    def examples(self) -> list[dict]:
        """The ready-made queries shipped with kg, for the query page."""
        return example_queries()

    def graph_page(self, top: int | None = GRAPH_TOP) -> bytes:
        """The interactive graph page (kg.viz) of the ``top`` most linked entities
        (None: all), rendered once per ``top`` and cached."""
        with self._lock:
            if top not in self._pages:
                try:
                    from kg.viz import render_html
                except ImportError:
                    raise ProtocolError(501, "the graph view needs kg.viz, which is not available "
                                             "in this installation") from None
                with tempfile.TemporaryDirectory(prefix="kg-serve-") as tmp:
                    path = Path(tmp) / "graph.html"
                    render_html(self.rdflib_view(), path, top=top,
                                title=f"kg — {Path(self.name).name or self.name}")
                    if len(self._pages) >= 4:  # each page is ~1 MB; keep the last few
                        self._pages.pop(next(iter(self._pages)))
                    self._pages[top] = path.read_bytes()
            return self._pages[top]


def example_queries() -> list[dict]:
    """``[{name, description, query}]`` of kg's ready-made queries (:func:`kg.query.list_queries`).

    Parameters (``$actor1``) are left open (``UNDEF``: match anything), so that each
    example runs as it is; the user edits the VALUES block to narrow it.
    """
    from kg.query import apply_params, list_queries

    return [{"name": q.name, "description": q.description or q.name,
             "query": apply_params(q.text, None, q.params)} for q in list_queries()]


def open_source(source, memory: bool | None = None) -> Source:
    """Wrap an rdflib graph, a kg Store, or load a spec (file, store dir, endpoint URL).

    ``memory`` is for on-disk stores: None copies the union graph into memory when it
    fits (:func:`kg.store.memory.default_max_triples`), True always, False never.
    """
    if hasattr(source, "put_article") and hasattr(source, "query"):  # a kg.store Store
        return _store_source(source, getattr(source, "location", type(source).__name__), owned=False,
                             memory=memory)
    if hasattr(source, "query") and hasattr(source, "triples"):  # an rdflib Graph / Dataset
        return Source(type(source).__name__, source)
    spec = str(source)
    from kg.query import open_target  # a Store for store dirs / endpoints, else the loaded Dataset

    target = open_target(spec)
    if hasattr(target, "put_article"):
        return _store_source(target, spec, owned=True, memory=memory)
    return Source(spec, target)


def _store_source(store, name: str, *, owned: bool, memory: bool | None = None) -> Source:
    if memory is not False and getattr(store, "path", None) is not None \
            and hasattr(store, "cache_in_memory"):
        # a server answers many queries: copy the union graph into memory once when it
        # fits (kg.store.memory), 3-5x faster than reading RocksDB for each
        store.cache_in_memory(None if memory is None else 2**62)
    quads = None
    try:
        quads = store.quad_count()
    except Exception:  # a remote endpoint may refuse a full count; /health just omits it
        quads = None
    from kg.store.view import analysis_dataset

    # /graph only needs what the page draws: a remote endpoint is not copied whole
    return Source(name, lambda: analysis_dataset(store), store=store, quads=quads, owns_store=owned)
