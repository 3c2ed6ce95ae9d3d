"""Term conversion between rdflib and pyoxigraph.

The pipeline builds rdflib graphs (the contract of :mod:`kg.rdf`) but writes them
into Oxigraph, so every term crosses this boundary once. The conversion is kept
here, small and explicit, rather than borrowing oxrdflib's private helpers.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

__all__ = ["to_ox", "from_ox", "to_ox_quads", "triples_to_nt"]

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def to_ox(term: Node):
    """Convert one rdflib term to its pyoxigraph equivalent."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot store RDF term {term!r} of type {type(term).__name__}")


def from_ox(term) -> Node | None:
    """Convert one pyoxigraph term (or None for an unbound variable) to rdflib."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype in (_XSD_STRING, _RDF_LANG_STRING):
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    if isinstance(term, ox.DefaultGraph):
        return None
    raise TypeError(f"unsupported Oxigraph term {term!r}")


def to_ox_quads(triples: Iterable[tuple[Node, Node, Node]], graph_iri: str) -> Iterator[ox.Quad]:
    """Yield the triples as quads of the named graph ``graph_iri``."""
    graph = ox.NamedNode(str(graph_iri))
    for s, p, o in triples:
        yield ox.Quad(to_ox(s), to_ox(p), to_ox(o), graph)


def triples_to_nt(triples: Iterable[tuple]) -> str:
    """Serialise triples (rdflib or pyoxigraph terms) as N-Triples text.

    pyoxigraph's ``str()`` of a term is its N-Triples form, which is also valid
    inside a SPARQL ``INSERT DATA`` block, so remote writes use this too.
    """
    lines = []
    for s, p, o in triples:
        if not isinstance(s, (ox.NamedNode, ox.BlankNode)):
            s, p, o = to_ox(s), to_ox(p), to_ox(o)
        lines.append(f"{s} {p} {o} .")
    return "\n".join(lines) + ("\n" if lines else "")
