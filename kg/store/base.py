"""What every kg store offers, and the bookkeeping they share.

A store holds one named graph per article (``kgg:<article id>``), a small
bookkeeping graph that maps each article graph to its article id and the hash
of the extraction it was built from, and, in the default graph, the union of
all article graphs with each triple once. The union is kept up to date on every
write (a triple leaves it only when no article graph holds it any more), because
SPARQL engines' "union default graph" modes repeat a triple once per graph that
holds it (entity labels, for instance, are in every article that mentions the
entity): counts would be wrong and joins slow. The hash makes re-adding an unchanged
article a no-op and a changed one a replacement; because the article graph and
its bookkeeping triples are written in one transaction, a crash leaves either
the old or the new version of an article, never half of one.

Why the hashes stay in a graph of their own rather than on each article node
(considered 2026-11-26): inside ``kgg:<id>`` the hash would be article data. It
would then be in the union default graph too (every ``?s ?p ?o`` and triple count
would meet a store-only predicate), or the union would stop being exactly the
union of the article graphs; it would be in every dump and export, so a store's
N-Quads would no longer be isomorphic to ``kg build -o`` of the same input; and
every existing store would need a migration that read-only opens (``kg query``)
cannot run. What it would buy, no hidden graph for ``GRAPH ?g`` to filter, is
small: the bookkeeping graph never reaches the default graph, and kg's own query
paths hide it (:func:`kg.store.view.hide_bookkeeping`); a user of the raw
endpoint sees one extra graph, ``<http://kg.example.org/store/meta>``.
"""
from __future__ import annotations

import abc
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef
from rdflib.query import Result

from kg.namespaces import GRAPH, KG

__all__ = ["Store", "PutResult", "META_GRAPH", "CONTENT_HASH", "ARTICLE_ID_PRED",
           "article_id_of", "graph_iri_for", "unlink_graph_update"]

#: The bookkeeping graph. Its own namespace keeps it apart from ontology terms.
STORE_NS = "http://kg.example.org/store#"
META_GRAPH = URIRef("http://kg.example.org/store/meta")
CONTENT_HASH = URIRef(STORE_NS + "contentHash")
ARTICLE_ID_PRED = URIRef(STORE_NS + "articleId")


@dataclass(frozen=True, slots=True)
class PutResult:
    """What :meth:`Store.put_article` did: ``"added"``, ``"replaced"`` or ``"unchanged"``."""

    status: str
    triples: int = 0


def graph_iri_for(article_id: str) -> URIRef:
    """The named-graph IRI of an article (``kgg:<id>``), per docs/CONTRACTS.md."""
    try:
        from kg.rdf import graph_iri  # the rdf stage owns IRI minting when it offers it

        return URIRef(graph_iri(article_id))
    except ImportError:
        return GRAPH[article_id]


def article_id_of(graph_iri: URIRef | str, triples: Iterable[tuple] | None = None) -> str:
    """The article id of an article graph: its ``kg:articleId`` or the IRI's tail."""
    if triples is not None:
        for s, p, o in triples:
            if str(p) == str(KG.articleId):
                return str(o)
    iri = str(graph_iri)
    base = str(GRAPH)
    return iri[len(base):] if iri.startswith(base) else iri.rsplit("/", 1)[-1]


class Store(abc.ABC):
    """A place articles' graphs live in: memory, an on-disk Oxigraph, or a SPARQL endpoint.

    Use :func:`kg.store.open_store` to get one; stores are context managers.
    """

    #: Human-readable location ("memory", a directory, a URL) for messages.
    location: str = "memory"

    def put_article(self, graph_iri: URIRef | str, graph: Graph | Iterable[tuple],
                    content_hash: str | None = None) -> PutResult:
        """Write an article's graph, replacing any previous version, in one transaction.

        Args:
            graph_iri: the article's named graph (``kgg:<id>``).
            graph: its triples (an rdflib Graph or any iterable of triples).
            content_hash: hash of the extraction; when it equals the stored one
                nothing is written.
        """
        triples = list(graph)
        article_id = article_id_of(graph_iri, triples)
        previous = self.article_hash(article_id) if self.bookkeeping else None
        if content_hash is not None and previous == content_hash:
            return PutResult("unchanged", 0)
        exists = previous is not None or (not self.bookkeeping and self._has_graph(graph_iri))
        self._write(URIRef(str(graph_iri)), triples, article_id, content_hash, replace=exists)
        return PutResult("replaced" if exists else "added", len(triples))

    #: Whether hashes are kept (a one-shot memory store does not need them).
    bookkeeping: bool = True

    @abc.abstractmethod
    def _write(self, graph_iri: URIRef, triples: list[tuple], article_id: str,
               content_hash: str | None, *, replace: bool) -> None:
        """Replace the graph and its bookkeeping triples atomically."""

    @abc.abstractmethod
    def _has_graph(self, graph_iri: URIRef | str) -> bool:
        """Whether the named graph exists."""

    @abc.abstractmethod
    def remove_article(self, article_id: str) -> bool:
        """Drop an article's graph and bookkeeping; False when it was not there."""

    @abc.abstractmethod
    def article_hash(self, article_id: str) -> str | None:
        """The content hash stored for an article, or None when it is absent."""

    @abc.abstractmethod
    def articles(self) -> Iterator[tuple[str, URIRef, str | None]]:
        """Yield ``(article id, graph IRI, content hash)`` of every stored article."""

    @abc.abstractmethod
    def query(self, sparql: str) -> Result:
        """Run SPARQL natively (union of all graphs as default graph); an rdflib Result."""

    @abc.abstractmethod
    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 Update."""

    @abc.abstractmethod
    def dataset(self):
        """An rdflib Dataset view (or copy) of the store's article graphs."""

    @abc.abstractmethod
    def quad_count(self) -> int:
        """Number of quads in the article graphs (bookkeeping excluded)."""

    def has_counts(self) -> bool:
        """Whether the store keeps the event counts of :mod:`kg.store.summary`."""
        return False

    def idle(self) -> None:
        """Called by a writer with nothing to write for a moment: do deferred work now."""

    def close(self) -> None:
        """Release the store (flushes on-disk stores)."""

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.location}>"


def meta_triples(graph_iri: URIRef, article_id: str, content_hash: str | None) -> list[tuple]:
    """The bookkeeping triples of one article (in :data:`META_GRAPH`)."""
    triples = [(graph_iri, ARTICLE_ID_PRED, Literal(article_id))]
    if content_hash is not None:
        triples.append((graph_iri, CONTENT_HASH, Literal(content_hash)))
    return triples


def unlink_graph_update(graph_iri: str) -> str:
    """SPARQL Update that drops an article graph and its bookkeeping, and takes out
    of the default-graph union the triples no other article graph holds."""
    g = f"<{graph_iri}>"
    return (f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {g}) }} }} ;\n"
            f"DROP SILENT GRAPH {g} ;\n"
            f"DELETE WHERE {{ GRAPH <{META_GRAPH}> {{ {g} ?p ?o }} }}")
