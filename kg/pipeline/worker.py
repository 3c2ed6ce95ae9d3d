"""What runs where the NLP runs: in this process, a pool worker or a Dask worker.

Everything here is a module-level function of picklable arguments, so a process
pool or a Dask cluster can call it by reference. The spaCy pipeline is loaded
once per process and kept (``load_nlp`` caches it).
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from kg.types import Article, Extraction

__all__ = ["ArticleResult", "process_batch", "init_worker", "to_result", "fallback_content_hash"]


@dataclass(slots=True)
class ArticleResult:
    """One processed article: its extraction and, for builds, its named graph.

    ``triples`` are rdflib terms (they pickle small and need no rdflib Graph on
    the writer's side); ``graph_iri`` is the article's named graph.
    """

    extraction: Extraction
    graph_iri: str | None = None
    triples: list | None = None
    content_hash: str | None = None


def init_worker(model: str | None) -> None:
    """Pool initializer: load the spaCy pipeline before the first batch arrives."""
    from kg.nlp import load_nlp

    load_nlp(model)


def fallback_content_hash(triples: Iterable[tuple]) -> str:
    """SHA-256 of the sorted N-Triples of a graph (used when kg.rdf offers no hash)."""
    lines = sorted(f"{s.n3()} {p.n3()} {o.n3()}" for s, p, o in triples)
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def to_result(extraction: Extraction, *, with_graph: bool) -> ArticleResult:
    """Turn an extraction into an :class:`ArticleResult` (graph and hash if asked)."""
    if not with_graph:
        return ArticleResult(extraction)
    from kg import rdf

    # the triples alone (a set) are all a store needs: no rdflib Graph to fill and empty
    graph_iri, triples = rdf.extraction_triples(extraction)
    triples = list(triples)
    hasher = getattr(rdf, "content_hash", None)
    digest = hasher(extraction) if hasher is not None else fallback_content_hash(triples)
    return ArticleResult(extraction, str(graph_iri), triples, digest)


def process_batch(articles: list[Article], model: str | None = None, *,
                  with_graph: bool = True) -> list[ArticleResult]:
    """Run NLP + extraction (+ RDF) over one batch of articles, in input order."""
    from kg.extract import extract_articles
    from kg.nlp import load_nlp

    nlp = load_nlp(model)
    extractions = extract_articles(articles, nlp, batch_size=max(1, len(articles)))
    return [to_result(extraction, with_graph=with_graph) for extraction in extractions]
