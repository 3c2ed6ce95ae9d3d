"""Benchmark 3: SPARQL latency of five analyst questions, Oxigraph store vs rdflib.

Builds a graph of kg's real shape (``synth.py``: the examples extracted once, then
cloned through the real ``kg.rdf.extraction_to_graph``) into an on-disk store, dumps
it as N-Quads, loads that dump into rdflib's in-memory Dataset the way
``kg query graph.nq`` does, and times the same query text on both sides:

* Oxigraph as users get it through kg: ``kg.query.run_query(store, ...)``, rows
  iterated to the end (the table also shows the engine alone, pyoxigraph without
  kg's conversion to rdflib terms);
* rdflib warm: after its parser warm-up and one untimed run of each query.

Both sides must return the same rows (counts are asserted; a content mismatch is
flagged in the table). None of the queries can stop early: those with a LIMIT order
the whole result first. Two diagnostic rows follow: Oxigraph's ORDER BY cost, and
the engine alone on the store as built, on a compacted copy and on an in-memory copy.

Usage:
    python bench/bench_sparql.py                      # 6,000 articles, ~1.6M quads
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
        # The first question about any pair of actors: what happened between them, in
        # both directions, when, and the sentence that says so (the shipped
        # dyad-timeline.rq in short). Selective: starts from two known entities.
        "two actors, both directions, dated, with the evidence sentence",
        """SELECT ?date ?agent ?rel ?polarity ?text WHERE {
             VALUES (?agent ?other) { (ent:RUS ent:POL) (ent:POL ent:RUS) }
             ?e kg:agent ?agent ; kg:target ?other ; kg:relation ?rel ;
                kg:polarity ?polarity ; kg:evidence ?s .
             ?s kg:text ?text .
             OPTIONAL { ?e kg:date ?date }
           } ORDER BY ?date ?agent ?rel ?text"""),
    "top actors by hostile acts": (
        # Who is most aggressive over the whole corpus: an aggregation over every
        # event of the conflict relations (CAMEO 11-20), ranked.
        "GROUP BY over all events of seven relations, top 20",
        """SELECT ?actor (COUNT(?e) AS ?acts) WHERE {
             VALUES ?rel { kg:criticizes kg:accuses kg:rejects kg:threatens
                           kg:protestsAgainst kg:sanctions kg:attacks }
             ?e kg:relation ?rel ; kg:agent ?actor ; kg:polarity "positive" .
           } GROUP BY ?actor ORDER BY DESC(?acts) ?actor LIMIT 20"""),
    "who met whom, with counts": (
        # The diplomacy network: every pair that met and how often, strongest ties
        # first (the shipped who-met-whom.rq, aggregated).
        "GROUP BY over all meeting events, pairs ranked, top 100",
        """SELECT ?a ?b (COUNT(?e) AS ?meetings) WHERE {
             ?e kg:relation kg:meets ; kg:agent ?a ; kg:target ?b ; kg:polarity "positive" .
           } GROUP BY ?a ?b ORDER BY DESC(?meetings) ?a ?b LIMIT 100"""),
    "an actor's acts in one month": (
        # "What did Japan do in March 2025?": one actor, a time window, with the
        # article each fact comes from. Selective start and a date-range filter.
        "one actor, one month, with article titles",
        """SELECT ?d ?rel ?other ?title WHERE {
             ?e kg:agent ent:JPN ; kg:relation ?rel ; kg:article ?art .
             OPTIONAL { ?e kg:target ?other }
             ?art dcterms:date ?d ; dcterms:title ?title .
             FILTER(?d >= "2025-03-01"^^xsd:date && ?d < "2025-04-01"^^xsd:date)
           } ORDER BY ?d ?rel ?other ?title"""),
    "two hops: who is hostile to Germany's partners": (
        # A two-hop question: the actors Germany supports, cooperates or meets with
        # (direct triples), then who accused, threatened, sanctioned or attacked them.
        "direct triples, then events aimed at the actors found",
        """SELECT ?partner ?hostile ?rel (COUNT(?e) AS ?events) WHERE {
             ent:DEU kg:supports|kg:cooperatesWith|kg:meets ?partner .
             VALUES ?rel { kg:criticizes kg:accuses kg:threatens kg:sanctions kg:attacks }
             ?e kg:relation ?rel ; kg:target ?partner ; kg:agent ?hostile ;
                kg:polarity "positive" .
           } GROUP BY ?partner ?hostile ?rel ORDER BY DESC(?events) ?partner ?hostile ?rel"""),
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


# ------------------------------------------------------------------ measuring

def _timed(run) -> tuple[float, list]:
    """(milliseconds, rows) of one run; rows are iterated to the end inside the timing."""
    start = time.perf_counter()
    rows = list(run())
    return (time.perf_counter() - start) * 1000, rows


def _as_text(rows) -> list[tuple[str, ...]]:
    """Rows as sorted tuples of strings, to compare two engines' answers."""
    return sorted(tuple("" if v is None else str(v) for v in row) for row in rows)


def _order_by_cost(store) -> str:
    """Oxigraph's ORDER BY on the disk store: the same rows unsorted and sorted."""
    from kg.query import _prefix_header

    base = "SELECT ?a ?b WHERE { ?a kg:meets ?b }"
    native = store.native
    unsorted = statistics.median(
        _timed(lambda: native.query(_prefix_header(base) + base))[0] for _ in range(5))
    ordered = base + " ORDER BY ?a ?b LIMIT 100"
    runs = [_timed(lambda: native.query(_prefix_header(ordered) + ordered)) for _ in range(5)]
    count = len(list(native.query(_prefix_header(base) + base)))
    return (f"{count:,} kg:meets pairs: all of them unsorted {unsorted:.1f} ms, "
            f"ORDER BY ?a ?b LIMIT 100 {statistics.median(r[0] for r in runs):.1f} ms")


def _storage_diagnostic(store, tmp: Path) -> tuple[str, str]:
    """Where Oxigraph's time goes: the engine alone on the store as built, on a compacted
    copy of it (``Store.optimize()``: kg build leaves many RocksDB level-0 files, and
    read-only opens never compact them), and on an in-memory copy of its union graph.
    The three are run in turn, query by query, so that they share the machine's load.
    """
    import shutil

    import pyoxigraph as ox

    from kg.query import _prefix_header

    store.native.flush()
    copy = tmp / "qstore-compacted"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(store.path, copy, ignore=shutil.ignore_patterns("LOCK"))
    compacted = ox.Store(str(copy))
    start = time.perf_counter()
    compacted.optimize()
    compaction = time.perf_counter() - start
    memory = ox.Store()
    memory.bulk_extend(store.native.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    engines = {"as built": store.native, "compacted": compacted, "in memory": memory}
    medians: dict[str, list[float]] = {name: [] for name in engines}
    for _, sparql in QUERIES.values():
        text = _prefix_header(sparql) + sparql
        times: dict[str, list[float]] = {name: [] for name in engines}
        for rep in range(6):
            for name, engine in engines.items():
                ms = _timed(lambda: engine.query(text))[0]
                if rep:  # the first round only warms caches
                    times[name].append(ms)
        for name in engines:
            medians[name].append(statistics.median(times[name]))
    del compacted, memory
    gc.collect()
    shutil.rmtree(copy, ignore_errors=True)

    def line(name: str) -> str:
        return (f"{name} {statistics.median(medians[name]):.0f} ms "
                f"({', '.join(f'{m:.0f}' for m in medians[name])})")

    return (f"median (per query) {line('as built')}; {line('compacted')}; "
            f"compaction took {compaction:.0f} s", line("in memory"))


def bench_queries(table, tmp: Path, articles: int, repeats: int) -> None:
    """Time :data:`QUERIES` on the Oxigraph store and on rdflib's in-memory Dataset.

    Args:
        table: has ``add(what, measured, target="", ok=None)`` (bench/run.py's Table).
        tmp: work directory (the store and the dump are written there, or reused).
        articles: synthetic articles in the graph (6,000 give ~1.6M quads).
        repeats: timed runs per query on Oxigraph (rdflib gets ``max(3, repeats // 2)``).
    """
    import pyoxigraph

    from kg.graphio import load_graph
    from kg.query import run_query

    store, dump, seconds = build_query_graph(tmp, articles)
    quads, triples = store.quad_count(), store.triple_count()
    built = "reused" if seconds is None else f"built + stored in {seconds:.0f} s"
    table.add(f"query graph: {articles:,} synthetic articles",
              f"{triples:,} distinct triples, {quads:,} quads in article graphs ({built}; "
              f"pyoxigraph {pyoxigraph.__version__})", ">= 1M triples", triples >= 1_000_000)
    start = time.perf_counter()
    memory = load_graph(dump)  # what `kg query graph.nq` queries
    table.add("rdflib in-memory Dataset of the same graph",
              f"loaded in {time.perf_counter() - start:.0f} s (kg.graphio.load_graph)")
    run_query(memory, "ASK { ?s ?p ?o }")  # rdflib's parser warm-up, once per process

    from kg.query import _prefix_header

    native = store.native
    ox_times, rdf_times = [], []
    rdf_repeats = max(3, repeats // 2)
    for name, (_, sparql) in QUERIES.items():
        raw_text = _prefix_header(sparql) + sparql
        # untimed first runs: rdflib warm (its query cache), Oxigraph's block cache warm
        _, rdf_rows = _timed(lambda: run_query(memory, sparql))
        _, ox_rows = _timed(lambda: run_query(store, sparql))
        if len(ox_rows) != len(rdf_rows):
            raise RuntimeError(f"{name}: Oxigraph {len(ox_rows)} rows, rdflib {len(rdf_rows)}")
        same = _as_text(ox_rows) == _as_text(rdf_rows)
        kg_ms, raw_ms, rdf_ms = [], [], []
        for rep in range(repeats):  # interleaved: the machine is shared
            kg_ms.append(_timed(lambda: run_query(store, sparql))[0])
            raw_ms.append(_timed(lambda: native.query(raw_text))[0])
            if rep < rdf_repeats:
                rdf_ms.append(_timed(lambda: run_query(memory, sparql))[0])
        ox, raw, rdf = (statistics.median(kg_ms), statistics.median(raw_ms),
                        statistics.median(rdf_ms))
        ox_times.append(ox)
        rdf_times.append(rdf)
        table.add(f"query '{name}' ({len(ox_rows):,} rows{'' if same else ', ROWS DIFFER'})",
                  f"Oxigraph {ox:.1f} ms (engine alone {raw:.1f} ms) vs rdflib {rdf:,.0f} ms "
                  f"= {rdf / ox:.0f}x")
    med_ox = statistics.median(ox_times)
    speedups = [r / o for r, o in zip(rdf_times, ox_times)]
    table.add("median latency over the five queries, Oxigraph store (kg.query.run_query)",
              f"{med_ox:.1f} ms", "< 20 ms", med_ox < 20)
    table.add("median speed-up Oxigraph vs rdflib in-memory",
              f"{statistics.median(speedups):.0f}x (per query {', '.join(f'{s:.0f}x' for s in speedups)}; "
              f"rdflib median {statistics.median(rdf_times):,.0f} ms)", ">= 20x",
              statistics.median(speedups) >= 20)
    table.add("diagnostic: Oxigraph ORDER BY", _order_by_cost(store))
    on_disk, in_memory = _storage_diagnostic(store, tmp)
    table.add("diagnostic: Oxigraph engine alone, on-disk store as built vs compacted", on_disk)
    table.add("diagnostic: the same engine on an in-memory copy (pyoxigraph.Store())", in_memory)
    store.close()
    del memory
    gc.collect()




def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=6000,
                        help="synthetic articles in the graph (default 6000: ~1.6M quads)")
    parser.add_argument("--repeats", type=int, default=7, help="timed runs per query")
    parser.add_argument("--keep", type=Path, default=None,
                        help="directory to build the graph in and reuse on later runs")
    args = parser.parse_args(argv)
    from table import Table

    table = Table()
    print("3. queries", flush=True)
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        bench_queries(table, args.keep, args.articles, args.repeats)
    else:
        with tempfile.TemporaryDirectory() as work:
            bench_queries(table, Path(work), args.articles, args.repeats)
    print()
    print(table.markdown())


if __name__ == "__main__":
    main()
