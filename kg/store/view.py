"""An rdflib view of an Oxigraph store, with kg's bookkeeping graph hidden.

Commands that work on rdflib (query, stats, viz, analyze, serve) get a Dataset
whose SPARQL runs natively in Oxigraph (through oxrdflib) and whose graph and
triple iteration skips the store's bookkeeping graph. SPARQL sent to a store
goes through :func:`hide_bookkeeping`, so that ``GRAPH ?g`` never binds it either.
"""
from __future__ import annotations

import re

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import Dataset, Graph

from kg.namespaces import bind_prefixes
from kg.store.base import META_GRAPH
from kg.store.convert import from_ox, to_ox

__all__ = ["oxigraph_dataset", "analysis_dataset", "hide_bookkeeping"]

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
        if isinstance(query, str):
            query = hide_bookkeeping(query)
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


def oxigraph_dataset(store) -> Dataset:
    """A Dataset (default graph = union of named graphs) over a pyoxigraph store (or a
    :class:`kg.store.local.NativeStore`, which answers from its in-memory union when
    it has one)."""
    dataset = Dataset(store=_KGOxigraphStore(store=store), default_union=True)
    bind_prefixes(dataset)
    return dataset


def analysis_dataset(store) -> Dataset:
    """What the network analytics and the graph page read from a store, as a Dataset.

    A local store gives its live rdflib view (no copy: Oxigraph answers each lookup).
    A remote endpoint gives a Dataset fetched with two queries that hold only the
    predicates :func:`kg.network.to_networkx` reads and the article graphs of each
    entity, instead of a copy of every quad of the store.
    """
    fetch = getattr(store, "fact_dataset", None)
    if fetch is None:
        return store.dataset()
    # the predicates to_networkx reads; everything else it skips anyway
    from kg.network import FACT_PREDICATES

    return fetch(FACT_PREDICATES)


# A GRAPH pattern over a variable: the bookkeeping graph must never be one of its values.
_GRAPH_VAR = re.compile(r"GRAPH\s+([?$][^\s{}()]+)\s*\{", re.IGNORECASE)
_IRI = re.compile(r"<[^<>\"{}|^`\\\x00-\x20]*>")
_WORD = re.compile(r"[\w:.-]")


def _skip_string(text: str, i: int) -> int:
    """Index just past the SPARQL string literal starting at ``text[i]``."""
    quote = text[i]
    if text.startswith(quote * 3, i):
        end = text.find(quote * 3, i + 3)
        while end != -1 and _escaped(text, end):
            end = text.find(quote * 3, end + 1)
        return len(text) if end == -1 else end + 3
    j = i + 1
    while j < len(text) and text[j] != quote and text[j] != "\n":
        j += 2 if text[j] == "\\" else 1
    return j + 1


def _escaped(text: str, i: int) -> bool:
    backslashes = 0
    while i - backslashes - 1 >= 0 and text[i - backslashes - 1] == "\\":
        backslashes += 1
    return backslashes % 2 == 1


def hide_bookkeeping(sparql: str) -> str:
    """``sparql`` with ``FILTER(?g != <bookkeeping graph>)`` after every ``GRAPH ?g { }``.

    A kg store keeps its per-article hashes in a named graph of its own; without this,
    ``SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }`` would list it with the articles.
    The filter goes in the group that holds the GRAPH pattern, which makes it exact
    (GRAPH binds its variable in every solution of that group), and Oxigraph applies it
    while scanning. Strings, IRIs and comments are skipped, so text in them is never
    touched; ``GRAPH <iri>`` is left alone.

    Example:
        >>> hide_bookkeeping("SELECT ?g { GRAPH ?g { ?s ?p ?o } }")
        'SELECT ?g { GRAPH ?g { ?s ?p ?o } FILTER(?g != <http://kg.example.org/store/meta>) }'
    """
    if "graph" not in sparql.lower():
        return sparql
    out: list[str] = []
    closers: list[str] = []  # for every open brace: what to write after its closing one
    i, n = 0, len(sparql)
    while i < n:
        c = sparql[i]
        if c in "\"'":
            end = _skip_string(sparql, i)
        elif c == "#":
            end = sparql.find("\n", i)
            end = n if end == -1 else end
        elif c == "<" and (iri := _IRI.match(sparql, i)):
            end = iri.end()
        elif c in "Gg" and (i == 0 or not _WORD.match(sparql[i - 1])) and \
                (found := _GRAPH_VAR.match(sparql, i)):
            out.append(found.group(0))
            closers.append(f" FILTER({found.group(1)} != <{META_GRAPH}>)")
            i = found.end()
            continue
        elif c == "{":
            closers.append("")
            end = i + 1
        elif c == "}":
            out.append("}" + (closers.pop() if closers else ""))
            i += 1
            continue
        else:
            end = i + 1
        out.append(sparql[i:end])
        i = end
    return "".join(out)
