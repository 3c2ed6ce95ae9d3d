"""The count queries (kg/queries/counts/*.rq, read from kg.store.summary) answer the
benchmark's analyst questions with exactly the rows of the forms that count events,
on a small real graph (the dev articles through the real pipeline), from the disk
store, its in-memory copy and rdflib."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.graphio import load_graph
from kg.query import list_queries, load_query, run_query

DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "dev"

#: The analyst forms that count events (bench/bench_sparql.py before the counts).
HOSTILE = """SELECT ?actor (COUNT(?e) AS ?acts) WHERE {
  VALUES ?rel { kg:criticizes kg:accuses kg:rejects kg:threatens kg:protestsAgainst kg:sanctions kg:attacks }
  ?e kg:relation ?rel ; kg:agent ?actor ; kg:polarity "positive" .
} GROUP BY ?actor ORDER BY DESC(?acts) ?actor LIMIT 20"""
MEETINGS = """SELECT ?a ?b (COUNT(?e) AS ?meetings) WHERE {
  ?e kg:relation kg:meets ; kg:agent ?a ; kg:target ?b ; kg:polarity "positive" .
} GROUP BY ?a ?b ORDER BY DESC(?meetings) ?a ?b LIMIT 100"""
PARTNERS = """SELECT ?partner ?hostile ?rel (COUNT(DISTINCT ?e) AS ?events) WHERE {
  ?x kg:entityId "{id}" ; kg:supports|kg:cooperatesWith|kg:meets ?partner .
  VALUES ?rel { kg:criticizes kg:accuses kg:threatens kg:sanctions kg:attacks }
  ?e kg:relation ?rel ; kg:target ?partner ; kg:agent ?hostile ; kg:polarity "positive" .
} GROUP BY ?partner ?hostile ?rel ORDER BY DESC(?events) ?partner ?hostile ?rel"""


def _rows(result) -> list[tuple[str, ...]]:
    return [tuple("" if v is None else str(v) for v in row) for row in result]


@pytest.fixture(scope="module")
def graphs(tmp_path_factory):
    """(store path, N-Quads dump) of the dev articles, built by the real pipeline."""
    if not DEV.is_dir():
        pytest.skip(f"{DEV} not found")
    from kg.pipeline import build

    work = tmp_path_factory.mktemp("dev")
    report = build(sorted(DEV.glob("*.article.json")), work / "dev.nq", store=work / "store",
                   writer="inline")
    assert report.articles >= 10
    return work / "store", work / "dev.nq"


@pytest.fixture(scope="module")
def engines(graphs):
    """The same graph as `kg query DIR` (disk), `kg serve DIR` (memory copy) and
    `kg query graph.nq` (rdflib) see it."""
    from kg.store import open_store

    path, dump = graphs
    disk = open_store(path, create=False, read_only=True)
    cached = open_store(path, create=False, read_only=True)
    assert cached.cache_in_memory()
    yield {"disk": disk, "memory": cached, "rdflib": load_graph(dump)}
    disk.close()
    cached.close()


def _actors_with_partners(target) -> list[str]:
    rows = run_query(target, "SELECT DISTINCT ?id WHERE { ?x kg:entityId ?id ; "
                             "kg:supports|kg:cooperatesWith|kg:meets ?p }")
    return sorted(str(r[0]) for r in rows)


def test_count_queries_are_shipped_described_and_loadable():
    names = {q.name for q in list_queries(counts=True)} - {q.name for q in list_queries()}
    assert names == {"hostile-actors", "meeting-pairs", "hostile-to-partners"}
    for name in names:
        query = load_query(name)
        assert query.description and "GRAPH kgstore:meta" in query.text


@pytest.mark.parametrize("engine", ["disk", "memory", "rdflib"])
@pytest.mark.parametrize("name,reference", [("hostile-actors", HOSTILE), ("meeting-pairs", MEETINGS)])
def test_count_query_rows_equal_the_event_counting_form(engines, engine, name, reference):
    target = engines[engine]
    expected = _rows(run_query(engines["disk"], reference))
    assert expected, f"the dev graph has no rows for {name}: the test would prove nothing"
    query = load_query(name)
    assert _rows(run_query(target, query.text, None, query.params)) == expected


@pytest.mark.parametrize("engine", ["disk", "memory", "rdflib"])
def test_two_hop_rows_equal_the_event_counting_form_for_every_actor(engines, engine):
    target = engines[engine]
    query = load_query("hostile-to-partners")
    found = 0
    for actor in _actors_with_partners(engines["disk"]):
        expected = _rows(run_query(engines["disk"], PARTNERS.replace("{id}", actor)))
        got = _rows(run_query(target, query.text, {"actor": actor}, query.params))
        assert got == expected, actor
        found += bool(expected)
    assert found, "no actor of the dev graph has hostile events against its partners"


def test_the_memory_copy_answers_the_count_queries(engines):
    cached = engines["memory"]
    for name in ("hostile-actors", "meeting-pairs"):
        assert cached._engine_for(load_query(name).text) is cached._memory
