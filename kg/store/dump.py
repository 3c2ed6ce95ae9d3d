"""Write an Oxigraph store's article graphs to an RDF file with Oxigraph's serialisers.

Much faster than going through rdflib for large graphs. Quad formats (N-Quads,
TriG, JSON-LD) keep one named graph per article; triple formats (Turtle,
N-Triples, RDF/XML, N3) get the union of the article graphs, each triple once.
The bookkeeping graph is never written.
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.errors import GraphError
from kg.store.base import META_GRAPH
from kg.store.local import KG_PREFIXES, LocalStore

__all__ = ["dump", "NATIVE_FORMATS"]

#: rdflib format name -> (Oxigraph format, keeps named graphs)
NATIVE_FORMATS = {
    "nquads": (ox.RdfFormat.N_QUADS, True),
    "trig": (ox.RdfFormat.TRIG, True),
    "json-ld": (ox.RdfFormat.JSON_LD, True),
    "turtle": (ox.RdfFormat.TURTLE, False),
    "nt": (ox.RdfFormat.N_TRIPLES, False),
    "xml": (ox.RdfFormat.RDF_XML, False),
}
_META = ox.NamedNode(str(META_GRAPH))


def dump(store: LocalStore, path: str | Path, format: str) -> bool:
    """Serialise ``store`` to ``path`` in rdflib format ``format``; False if not native."""
    if format not in NATIVE_FORMATS:
        return False
    rdf_format, quads = NATIVE_FORMATS[format]
    native = store.native
    if quads:
        items = (q for q in native.quads_for_pattern(None, None, None, None)
                 if q.graph_name != _META and not isinstance(q.graph_name, ox.DefaultGraph))
    else:
        # the default graph is the union of the article graphs, each triple once
        items = (ox.Triple(q.subject, q.predicate, q.object)
                 for q in native.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    prefixes = KG_PREFIXES if rdf_format not in (ox.RdfFormat.N_QUADS, ox.RdfFormat.N_TRIPLES) else None
    try:
        with open(path, "wb") as stream:
            ox.serialize(items, stream, rdf_format, prefixes=prefixes)
    except OSError as exc:
        raise GraphError(f"{path}: cannot write the graph ({exc.strerror or exc}); check the "
                         "directory exists and is writable") from None
    return True
