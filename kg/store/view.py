"""An rdflib view of an Oxigraph store, with kg's bookkeeping graph hidden.

Commands that work on rdflib (query, stats, viz, analyze, serve) get a Dataset
whose SPARQL runs natively in Oxigraph (through oxrdflib) and whose graph and
triple iteration skips the store's bookkeeping graph.
"""
from __future__ import annotations

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import Dataset, Graph

from kg.namespaces import bind_prefixes
from kg.store.base import META_GRAPH
from kg.store.convert import from_ox, to_ox

__all__ = ["oxigraph_dataset"]

_META = ox.NamedNode(str(META_GRAPH))


class _KGOxigraphStore(OxigraphStore):
    """oxrdflib's store over a kg store: the default graph is the maintained union of
    the article graphs (each triple once), and the bookkeeping graph is hidden."""

    def contexts(self, triple=None):
        for graph in super().contexts(triple):
            if graph.identifier != META_GRAPH:
                yield graph

    def query(self, query, initNs, initBindings, queryGraph, **kwargs):  # noqa: N803
        # "__UNION__" would make Oxigraph repeat a triple once per article graph;
        # the store's own default graph already is the de-duplicated union.
        if queryGraph == "__UNION__":
            queryGraph = None  # noqa: N806
        return super().query(query, initNs, initBindings, queryGraph, **kwargs)

    def triples(self, triple_pattern, context=None):
        if context is not None:
            return super().triples(triple_pattern, context)
        s, p, o = (None if t is None else to_ox(t) for t in triple_pattern)
        try:
            quads = self._inner.quads_for_pattern(s, p, o, ox.DefaultGraph())
        except (TypeError, ValueError):
            return iter(())
        return (((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)),
                 self._graphs_of(q)) for q in quads)

    def _graphs_of(self, quad):
        """The article graphs holding a triple (looked up only when asked for)."""
        for found in self._inner.quads_for_pattern(quad.subject, quad.predicate, quad.object, None):
            name = found.graph_name
            if not isinstance(name, ox.DefaultGraph) and name != _META:
                yield Graph(self, identifier=from_ox(name))

    def __len__(self, context=None) -> int:
        if context is not None:
            return super().__len__(context)
        rows = self._inner.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        return int(next(iter(rows))[0].value)


def oxigraph_dataset(store: ox.Store) -> Dataset:
    """A Dataset (default graph = union of named graphs) over a pyoxigraph store."""
    dataset = Dataset(store=_KGOxigraphStore(store=store), default_union=True)
    bind_prefixes(dataset)
    return dataset
