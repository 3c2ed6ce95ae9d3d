"""An rdflib view of an Oxigraph store, with kg's bookkeeping graph hidden.

Commands that work on rdflib (query, stats, viz, analyze, serve) get a Dataset
whose SPARQL runs natively in Oxigraph (through oxrdflib) and whose graph and
triple iteration skips the store's bookkeeping graph.
"""
from __future__ import annotations

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import Dataset, Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.namespaces import bind_prefixes
from kg.store.base import META_GRAPH
from kg.store.convert import from_ox, to_ox

__all__ = ["oxigraph_dataset"]

_META = ox.NamedNode(str(META_GRAPH))


class _KGOxigraphStore(OxigraphStore):
    """oxrdflib's store, minus kg's bookkeeping graph when listing graphs and triples."""

    def contexts(self, triple=None):
        for graph in super().contexts(triple):
            if graph.identifier != META_GRAPH:
                yield graph

    def __len__(self, context=None) -> int:
        if context is not None:
            return super().__len__(context)
        # distinct triples of the union, as rdflib counts a default_union Dataset
        rows = self._inner.query(
            "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { "
            f"GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{META_GRAPH}>) }} }}")
        return int(next(iter(rows))[0].value)

    def triples(self, triple_pattern, context=None):
        if context is not None:
            return super().triples(triple_pattern, context)
        s, p, o = (None if t is None else to_ox(t) for t in triple_pattern)
        try:
            quads = self._inner.quads_for_pattern(s, p, o, None)
        except (TypeError, ValueError):
            return iter(())
        return (((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)),
                 iter((Graph(self, identifier=from_ox(q.graph_name) or DATASET_DEFAULT_GRAPH_ID),)))
                for q in quads if q.graph_name != _META)


def oxigraph_dataset(store: ox.Store) -> Dataset:
    """A Dataset (default graph = union of named graphs) over a pyoxigraph store."""
    dataset = Dataset(store=_KGOxigraphStore(store=store), default_union=True)
    bind_prefixes(dataset)
    return dataset
