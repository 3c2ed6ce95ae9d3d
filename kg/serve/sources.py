"""What ``kg serve`` serves: an in-memory graph or a store, and what the pages need
from it (ready-made example queries, counts for /health, the rendered graph view)."""
from __future__ import annotations

import tempfile
import threading
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from kg.serve.protocol import ProtocolError
from kg.store import is_store_spec, open_store

__all__ = ["Source", "open_source", "example_queries"]


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
    _page: bytes | None = field(default=None, repr=False)
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
        if self.store is None:
            data = self.rdflib_view()
            parts = data.graphs() if hasattr(data, "graphs") else [data]
            contexts = [g for g in parts if len(g)]
            stats["graphs"] = len(contexts)
            stats["triples"] = sum(len(g) for g in contexts)
        elif self.quads is not None:
            stats["triples"] = self.quads
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

    def graph_page(self) -> bytes:
        """The interactive graph page (kg.viz), rendered once and cached."""
        with self._lock:
            if self._page is None:
                try:
                    from kg.viz import render_html
                except ImportError:
                    raise ProtocolError(501, "the graph view needs kg.viz, which is not available "
                                             "in this installation") from None
                with tempfile.TemporaryDirectory(prefix="kg-serve-") as tmp:
                    path = Path(tmp) / "graph.html"
                    render_html(self.rdflib_view(), path)
                    self._page = path.read_bytes()
            return self._page


# A query that works on any graph, offered even if no .rq file ships with kg.
_FALLBACK_EXAMPLE = {
    "name": "any-triples",
    "description": "Twenty triples from any graph",
    "query": "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 20\n",
}


def example_queries() -> list[dict]:
    """``[{name, description, query}]`` from kg's ready-made ``.rq`` files (kg/queries).

    The description is the first comment line of the file.
    """
    examples = []
    try:
        files = sorted((f for f in resources.files("kg.queries").iterdir() if f.name.endswith(".rq")),
                       key=lambda f: f.name)
    except (ModuleNotFoundError, FileNotFoundError):
        files = []
    for entry in files:
        text = entry.read_text(encoding="utf-8")
        comments = [line.lstrip("#").strip() for line in text.splitlines() if line.startswith("#")]
        examples.append({"name": entry.name[:-3],
                         "description": next((c for c in comments if c), entry.name[:-3]),
                         "query": text})
    return examples or [_FALLBACK_EXAMPLE]


def open_source(source) -> Source:
    """Wrap an rdflib graph, a kg Store, or load a spec (file, store dir, endpoint URL)."""
    if hasattr(source, "put_article") and hasattr(source, "query"):  # a kg.store Store
        return _store_source(source, getattr(source, "location", type(source).__name__), owned=False)
    if hasattr(source, "query") and hasattr(source, "triples"):  # an rdflib Graph / Dataset
        return Source(type(source).__name__, source)
    spec = str(source)
    if is_store_spec(spec):
        # read-only: the endpoint never writes, and a read-only Oxigraph can be opened next to a writer
        store = open_store(spec, create=False, read_only=True)
        return _store_source(store, spec, owned=True)
    return Source(spec, _load_file(spec))


def _store_source(store, name: str, *, owned: bool) -> Source:
    quads = None
    try:
        quads = store.quad_count()
    except Exception:  # a remote endpoint may refuse a full count; /health just omits it
        quads = None
    return Source(name, store.dataset, store=store, quads=quads, owns_store=owned)


def _load_file(spec: str):
    try:
        from kg.graphio import load_graph
    except ImportError:  # TEMPORARY until kg.graphio lands: plain rdflib parse
        import rdflib
        from rdflib.util import guess_format

        from kg.errors import GraphError

        if not Path(spec).is_file():
            raise GraphError(f"{spec}: no such graph file") from None
        dataset = rdflib.Dataset()
        dataset.parse(spec, format=guess_format(spec) or "turtle")
        return dataset
    return load_graph(spec)
