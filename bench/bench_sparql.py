"""Benchmark 3: SPARQL latency of five analyst questions, Oxigraph store vs rdflib.

Builds a graph of kg's real shape (``synth.py``: the examples extracted once, then
cloned through the real ``kg.rdf.extraction_to_graph``) into an on-disk store, dumps
it as N-Quads, loads that dump into rdflib's in-memory Dataset the way
``kg query graph.nq`` does, and times the same query text on both sides:

* Oxigraph as users get it through kg: ``kg.query.run_query(store, ...)``, rows
  iterated to the end (the table also shows the raw pyoxigraph time, to tell the
  engine apart from kg's result conversion);
* rdflib warm: after its parser warm-up and one untimed run of each query.

Both sides must return the same number of rows.

Usage:
    python bench/bench_sparql.py                      # 6,000 articles, ~1.3M quads
    python bench/bench_sparql.py --articles 600       # quick
    python bench/bench_sparql.py --keep /tmp/qgraph   # reuse (or create) the graph there
"""
from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

__all__ = ["QUERIES", "bench_queries", "build_query_graph", "main"]

#: Five questions an analyst asks of a news event graph, each with why it is typical.
#: The entity ids exist in every synthetic graph (countries are not renamed by synth.py).
QUERIES: dict[str, tuple[str, str]] = {
    "dyad timeline with evidence": (
        # The first question about any pair of states: what happened between them,
        # when, and where it says so (kg/queries/dyad-timeline.rq in short). Selective:
        # starts from two known entities.
        "a dyad's events over time, each with its sentence",
        """SELECT ?date ?rel ?text WHERE {
             VALUES (?a ?b) { (ent:RUS ent:POL) (ent:POL ent:RUS) }
             ?e kg:agent ?a ; kg:relation ?rel ; kg:evidence ?s .
             { ?e kg:target ?b } UNION { ?e kg:topic ?t }
             ?s kg:text ?text .
             OPTIONAL { ?e kg:date ?date }
           } ORDER BY ?date LIMIT 200"""),
    "top actors by hostile acts": (
        # Ranking who is most aggressive over the whole corpus: an aggregation over
        # every event of a set of relation families (CAMEO 11-20).
        "aggregation over all events of the conflict relations",
        """SELECT ?actor (COUNT(?e) AS ?acts) WHERE {
             VALUES ?rel { kg:criticizes kg:accuses kg:rejects kg:threatens
                           kg:protestsAgainst kg:sanctions kg:attacks }
             ?e kg:relation ?rel ; kg:agent ?actor ; kg:polarity "positive" .
           } GROUP BY ?actor ORDER BY DESC(?acts) ?actor LIMIT 20"""),
    "who met whom, with counts": (
        # The diplomacy network: every pair that met, how often (the direct kg:meets
        # triples exist for this), strongest ties first.
        "aggregation over the direct meets triples and their events",
        """SELECT ?a ?b (COUNT(?e) AS ?meetings) WHERE {
             ?a kg:meets ?b .
             ?e kg:relation kg:meets ; kg:agent ?a ; kg:target ?b .
           } GROUP BY ?a ?b ORDER BY DESC(?meetings) ?a ?b LIMIT 100"""),
    "an actor's acts in a date range": (
        # "What did Japan do in March 2025?": one actor, a time window, with the
        # article it was reported in. Selective start, a range filter on dates.
        "one actor, one month, with article titles",
        """SELECT ?d ?rel ?other ?title WHERE {
             ?e kg:agent ent:JPN ; kg:relation ?rel ; kg:article ?art .
             OPTIONAL { ?e kg:target ?other }
             ?art dcterms:date ?d ; dcterms:title ?title .
             FILTER(?d >= "2025-03-01"^^xsd:date && ?d < "2025-04-01"^^xsd:date)
           } ORDER BY ?d ?rel"""),
    "two hops: critics of those Japan met": (
        # Two-hop question: who criticised or accused the actors Japan met? A join of
        # the direct triples through an intermediate set of actors.
        "a two-hop join over direct triples",
        """SELECT ?met ?critic (COUNT(*) AS ?n) WHERE {
             ent:JPN kg:meets ?met .
             { ?critic kg:criticizes ?met } UNION { ?critic kg:accuses ?met }
           } GROUP BY ?met ?critic ORDER BY DESC(?n) ?met ?critic"""),
    "topics of denials": (
        # What actors deny (and who): negative-polarity topic events, counted by
        # topic; the kind of question disinformation analysts ask.
        "negative events grouped by topic",
        """SELECT ?topic ?label (COUNT(DISTINCT ?actor) AS ?actors) (COUNT(?e) AS ?denials) WHERE {
             ?e kg:relation kg:denies ; kg:agent ?actor ; kg:topic ?topic .
             ?topic rdfs:label ?label .
           } GROUP BY ?topic ?label ORDER BY DESC(?denials) ?label LIMIT 50"""),
}


# ------------------------------------------------------------------ the graph

def build_query_graph(directory: Path, articles: int):
    """An on-disk store of ``articles`` synthetic articles in ``directory / "qstore"``
    and its N-Quads dump ``directory / "q.nq"``; reused when both exist already.

    Returns:
        ``(store, dump path, seconds spent building, or None when reused)``.
    """
    from synth import base_extractions, clones

    from kg.pipeline import save_store
    from kg.rdf import content_hash, extraction_to_graph
    from kg.store import open_store

    location, dump = directory / "qstore", directory / "q.nq"
    if location.is_dir() and dump.is_file():
        return open_store(location, create=False), dump, None
    store = open_store(location)
    start = time.perf_counter()
    for extraction in clones(base_extractions(), articles):
        gid, graph = extraction_to_graph(extraction)
        store.put_article(gid, graph, content_hash(extraction))
    save_store(store, dump)
    return store, dump, time.perf_counter() - start
