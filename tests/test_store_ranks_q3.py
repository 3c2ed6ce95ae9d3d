"""The rank indexes of the event counts (kg.store.summary, summary version "2"):
``kgrank:meets`` per meeting dyad and ``kgrank:hostile`` per actor follow every add,
replacement and removal; the shipped rank queries give exactly the rows of the forms
that count events (same order, ties broken by IRI) on a local store, its disk copy
read-only, rdflib and a real ``oxigraph serve``; a store of version "1" is read with
a clear message and recounted when opened for writing."""
from __future__ import annotations

import dataclasses
import random
from collections import Counter

import pyoxigraph as ox
import pytest

from kg.errors import QueryError
from kg.graphio import load_graph
from kg.query import load_query, run_query
from kg.rdf import content_hash, extraction_to_graph
from kg.store import META_GRAPH, open_store, remote_counts, summary
from kg.types import Article, Entity, Extraction, Fact
from tests.test_store_remote import oxigraph_server  # noqa: F401 - the server fixture

# ids whose IRIs test the tie-break: a prefix of another, '_' (0x5F) between upper
# and lower case, digits
ACTORS = [Entity(i, i.replace("_", " "), "Person") for i in
          ("A", "AB", "A_B", "Ab", "a", "B2", "B10", "Zed", "Zed_Z", "yo")]
HOSTILE = ["criticizes", "accuses", "rejects", "threatens", "protestsAgainst", "sanctions", "attacks"]

#: The analyst forms that count every event (bench/bench_sparql.py EVENT_FORMS).
MEETINGS = """SELECT ?a ?b (COUNT(?e) AS ?meetings) WHERE {
  ?e kg:relation kg:meets ; kg:agent ?a ; kg:target ?b ; kg:polarity "positive" .
} GROUP BY ?a ?b ORDER BY DESC(?meetings) ?a ?b LIMIT 100"""
HOSTILE_ACTORS = """SELECT ?actor (COUNT(?e) AS ?acts) WHERE {
  VALUES ?rel { kg:criticizes kg:accuses kg:rejects kg:threatens kg:protestsAgainst kg:sanctions kg:attacks }
  ?e kg:relation ?rel ; kg:agent ?actor ; kg:polarity "positive" .
} GROUP BY ?actor ORDER BY DESC(?acts) ?actor LIMIT 20"""
PAIRS = [(MEETINGS, "meeting-pairs"), (HOSTILE_ACTORS, "hostile-actors")]


def _article(aid: str, seed: int, n: int = 12) -> Extraction:
    """An article of ``n`` random facts among :data:`ACTORS`: meetings and hostile acts,
    some negative, some planned (many ties in the counts)."""
    rng = random.Random(seed)
    facts = []
    for i in range(n):
        s, o = rng.sample(ACTORS, 2)
        predicate = "meets" if rng.random() < 0.5 else rng.choice(HOSTILE + ["supports"])
        facts.append(Fact(article=aid, sentence=f"s{i}", start=10 * i, end=10 * i + 5,
                          subject=s.label, subject_id=s.id, subject_type=s.type,
                          predicate=predicate, object=o.label, object_id=o.id, object_type=o.type,
                          polarity="negative" if rng.random() < 0.15 else "positive",
                          confidence=0.9, trigger=predicate, rule="test"))
    art = Article(aid, f"Title {aid}", "x" * (10 * n + 10), "2020-01-01", "Wire")
    return Extraction(art, ACTORS, facts)


def put(store, extraction: Extraction) -> str:
    gid, graph = extraction_to_graph(extraction)
    return store.put_article(gid, graph, content_hash(extraction)).status


def rows(target, sparql: str) -> list[tuple[str, ...]]:
    return [tuple("" if v is None else str(v) for v in row) for row in run_query(target, sparql)]


def shipped(name: str) -> str:
    return load_query(name).text


def stored_ranks(native) -> dict:
    meta = ox.NamedNode(str(META_GRAPH))
    return {(q.subject.value, q.predicate.value): int(q.object.value)
            for q in native.quads_for_pattern(None, None, None, meta)
            if q.predicate.value.startswith(summary.RANK) and q.subject != meta}


def recounted_ranks(native) -> dict:
    counts = summary.count_events(native, ox.DefaultGraph())
    return summary.ranks(*summary._totals(counts))


def assert_rank_queries_equal_event_forms(target) -> None:
    for events, name in PAIRS:
        expected = rows(target, events)
        assert expected, name
        assert rows(target, shipped(name)) == expected, name


# ---------------------------------------------------------------- the ranks themselves

def test_ranks_order_like_sparql_order_by():
    kg = "http://kg.example.org/ontology#"
    dyads = {("urn:x:A", kg + "meets", "urn:x:B"): {"positive": 1},
             ("urn:x:AB", kg + "meets", "urn:x:A"): {"positive": 1},
             ("urn:x:A_B", kg + "meets", "urn:x:A"): {"positive": 1},
             ("urn:x:A", kg + "meets", "urn:x:A_B"): {"positive": 3},
             ("urn:x:A", kg + "meets", ""): {"positive": 9},        # no target: not a pair
             ("urn:x:B", kg + "meets", "urn:x:A"): {"negative": 2},  # no meeting held
             ("urn:x:C", kg + "supports", "urn:x:A"): {"positive": 5}}
    ranked = summary.ranks(dyads, {})
    order = sorted((rank, key[0]) for key, rank in ranked.items())
    assert [r for r, _ in order] == [1, 2, 3, 4]
    assert [d for _, d in order] == [summary.dyad_iri("urn:x:A", kg + "meets", o) if a == "urn:x:A"
                                     else summary.dyad_iri(a, kg + "meets", o)
                                     for a, o in [("urn:x:A", "urn:x:A_B"), ("urn:x:A", "urn:x:B"),
                                                  ("urn:x:AB", "urn:x:A"), ("urn:x:A_B", "urn:x:A")]]
    acts = {("urn:x:b", kg + "attacks"): 2, ("urn:x:a", kg + "accuses"): 1, ("urn:x:a", kg + "rejects"): 1,
            ("urn:x:c", kg + "supports"): 7, ("urn:x:d", kg + "sanctions"): 0}
    hostile = sorted((rank, s) for (s, p), rank in summary.ranks({}, acts).items())
    assert hostile == [(1, "urn:x:a"), (2, "urn:x:b")]  # 2 acts each: the IRI decides


@pytest.fixture(params=["memory", "disk"])
def store(request, tmp_path):
    with open_store(None if request.param == "memory" else tmp_path / "store") as opened:
        yield opened


def test_ranks_follow_adds_replacements_and_removals(store):
    for i in range(8):
        assert put(store, _article(f"a{i}", i)) == "added"
    store.flush_counts()
    assert stored_ranks(store.native.raw) == recounted_ranks(store.native.raw) != {}
    assert_rank_queries_equal_event_forms(store)
    assert put(store, _article("a3", 103, n=30)) == "replaced"
    assert store.remove_article("a5")
    assert rows(store, shipped("meeting-pairs")) == rows(store, MEETINGS)  # flushed by the query
    assert stored_ranks(store.native.raw) == recounted_ranks(store.native.raw)
    assert_rank_queries_equal_event_forms(store)
    for i in range(8):
        store.remove_article(f"a{i}")
    store.flush_counts()
    assert stored_ranks(store.native.raw) == {}


def test_rank_queries_same_rows_on_disk_memory_copy_and_rdflib(tmp_path):
    path = tmp_path / "store"
    with open_store(path) as store:
        for i in range(10):
            put(store, _article(f"a{i}", 50 + i))
        from kg.pipeline import save_store

        save_store(store, tmp_path / "dump.nq")
    with open_store(path, create=False, read_only=True) as disk, \
            open_store(path, create=False, read_only=True) as cached:
        assert cached.cache_in_memory()
        graph = load_graph(tmp_path / "dump.nq")
        for events, name in PAIRS:
            expected = rows(disk, events)
            for target in (disk, cached, graph):
                assert rows(target, shipped(name)) == expected, (name, target)
        # rdflib computes the same rank triples as the store keeps
        meta = graph.graph(META_GRAPH)
        in_rdflib = {(str(s), str(p)): int(o) for s, p, o in meta if str(p).startswith(summary.RANK)}
        assert in_rdflib == stored_ranks(disk.native.raw)


# ---------------------------------------------------------------- version 1 stores

def _make_version_one(store) -> None:
    """What a store counted by summary version "1" holds: the counts, no ranks."""
    raw = store.native.raw
    store.flush_counts()
    raw.update(f'DELETE {{ GRAPH <{META_GRAPH}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH <{META_GRAPH}> '
               f'{{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?p), "{summary.RANK}")) }}')
    raw.update(f'DELETE DATA {{ GRAPH <{META_GRAPH}> {{ <{META_GRAPH}> <{summary.SUM}version> '
               f'"{summary.VERSION}" }} }} ; INSERT DATA {{ GRAPH <{META_GRAPH}> {{ <{META_GRAPH}> '
               f'<{summary.SUM}version> "1" }} }}')


def test_version_one_store_read_only_then_recounted_for_writing(tmp_path):
    path = tmp_path / "store"
    with open_store(path) as store:
        for i in range(6):
            put(store, _article(f"a{i}", 200 + i))
        expected = {name: rows(store, events) for events, name in PAIRS}
        partners = rows(store, load_query("hostile-to-partners").text.replace("$actor", '"A"'))
        _make_version_one(store)
    with open_store(path, create=False, read_only=True) as old:
        assert summary.stored_version(old.native.raw) == "1" and not old.has_counts()
        # the counts are the same numbers in version 1: queries without ranks still work
        assert rows(old, load_query("hostile-to-partners").text.replace("$actor", '"A"')) == partners
        with pytest.raises(QueryError, match=r"older kg \(version 1, now 2\).*python -m kg.store.summary"):
            run_query(old, shipped("meeting-pairs"))
    with open_store(path, create=False) as reopened:  # for writing: recounted, ranks included
        assert summary.stored_version(reopened.native.raw) == summary.VERSION
        assert stored_ranks(reopened.native.raw) == recounted_ranks(reopened.native.raw) != {}
        for events, name in PAIRS:
            assert rows(reopened, shipped(name)) == expected[name]


def test_stale_version_one_store_is_refused_read_only(tmp_path):
    path = tmp_path / "store"
    with open_store(path) as store:
        put(store, _article("a1", 1))
        _make_version_one(store)
        marker = summary.stale_triple()
        store.native.raw.add(ox.Quad(marker.subject, marker.predicate, marker.object,
                                     ox.NamedNode(str(META_GRAPH))))
    with open_store(path, create=False, read_only=True) as old:
        with pytest.raises(QueryError, match=r"does not hold"):
            run_query(old, load_query("hostile-to-partners").text.replace("$actor", '"A"'))


# ---------------------------------------------------------------- remote stores

@pytest.mark.slow
@pytest.mark.parametrize("write", ["update", "gsp"])
def test_remote_store_keeps_the_same_ranks_as_a_local_one(oxigraph_server, write):  # noqa: F811
    with open_store(oxigraph_server, write=write) as remote, open_store(None) as local:
        remote._update("DROP SILENT ALL")
        for i in range(8):
            for target in (remote, local):
                put(target, _article(f"a{i}", 300 + i))
        for target in (remote, local):
            put(target, _article("a2", 999, n=25))  # replaced
            assert target.remove_article("a6")
        assert remote.count_state() == remote_counts.CURRENT
        # the writes moved ranks: they are recomputed before the count query
        state = remote._select(remote_counts.state_query())[0]
        assert state["ranked"]["value"] in ("false", "0")
        for events, name in PAIRS:
            assert rows(remote, shipped(name)) == rows(local, events) == rows(remote, events)
        local.flush_counts()
        mine = stored_ranks(local.native.raw)
        theirs = {(r["s"]["value"], r["p"]["value"]): int(r["n"]["value"]) for r in remote._select(
            f"SELECT ?s ?p ?n WHERE {{ GRAPH <{META_GRAPH}> {{ ?s ?p ?n "
            f"FILTER(STRSTARTS(STR(?p), \"{summary.RANK}\") && ?s != <{META_GRAPH}>) }} }}")}
        assert theirs == mine != {}
        # a write that moves no rank (supports only) keeps them current
        only = _article("b1", 1, n=1)
        only.facts[0] = dataclasses.replace(only.facts[0], predicate="supports", trigger="supports")
        put(remote, only)
        assert remote._select(remote_counts.state_query())[0]["ranked"]["value"] in ("true", "1")


@pytest.mark.slow
def test_remote_rank_update_changes_nothing_after_another_write(oxigraph_server):  # noqa: F811
    with open_store(oxigraph_server) as remote:
        remote._update("DROP SILENT ALL")
        put(remote, _article("a1", 7))
        assert remote.has_counts()
        before = remote._select(remote_counts.rank_inputs_query())
        # read the ranks under a token, then another client writes a meeting: the token goes
        remote._update(remote_counts.pending_insert("t1"))
        gone, new = remote_counts.rank_change(before)
        put(remote, _article("a2", 8))
        remote._update(remote_counts.rank_update("t1", gone, {**new, ("urn:x", summary.RANK + "meets"): 99}))
        assert remote._select(remote_counts.state_query())[0]["ranked"]["value"] in ("false", "0")
        assert not remote._select(f"SELECT ?p WHERE {{ GRAPH <{META_GRAPH}> {{ <urn:x> ?p ?o }} }}")
        # the next count query recomputes them against the new counts
        assert remote.has_counts()
        with open_store(None) as local:
            put(local, _article("a1", 7))
            put(local, _article("a2", 8))
            for events, name in PAIRS:
                assert rows(remote, shipped(name)) == rows(local, events)


def test_delta_of_unranked_relations_leaves_ranks_current():
    kg = "http://kg.example.org/ontology#"
    assert not summary.touches_ranks(Counter({("urn:a", kg + "supports", "urn:b", "positive"): 1}))
    assert summary.touches_ranks(Counter({("urn:a", kg + "attacks", "urn:b", "negative"): 1}))
    assert summary.uses_ranks(shipped("meeting-pairs")) and summary.uses_ranks(shipped("hostile-actors"))
    assert not summary.uses_ranks(shipped("hostile-to-partners"))


@pytest.mark.slow
def test_remote_version_one_endpoint_is_recounted_with_ranks(oxigraph_server):  # noqa: F811
    with open_store(oxigraph_server) as remote, open_store(None) as local:
        remote._update("DROP SILENT ALL")
        for i in range(4):
            put(remote, _article(f"a{i}", 400 + i))
            put(local, _article(f"a{i}", 400 + i))
        # what a kg of summary version 1 left: the counts, no ranks, version "1"
        remote._update(f'DELETE {{ GRAPH <{META_GRAPH}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH <{META_GRAPH}> '
                       f'{{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?p), "{summary.RANK}") || '
                       f'?p = <{summary.SUM}version>) }} ; INSERT DATA {{ GRAPH <{META_GRAPH}> '
                       f'{{ <{META_GRAPH}> <{summary.SUM}version> "1" }} }}')
        with open_store(oxigraph_server) as reopened:
            assert reopened.count_state() == remote_counts.UNCOUNTED
            for events, name in PAIRS:
                assert rows(reopened, shipped(name)) == rows(local, events)
            assert reopened.count_state() == remote_counts.CURRENT


def test_recount_command_upgrades_a_version_one_store_once(tmp_path, capsys):
    path = tmp_path / "store"
    with open_store(path) as store:
        for i in range(3):
            put(store, _article(f"a{i}", 500 + i))
        dyads = len({(a, r, o) for a, r, o, _ in summary.count_events(store.native.raw, ox.DefaultGraph())})
        _make_version_one(store)
    assert summary.main([str(path)]) == 0
    assert capsys.readouterr().out.strip() == f"{path}: counted the events of {dyads:,} dyads"
    with open_store(path, create=False, read_only=True) as upgraded:
        assert upgraded.has_counts()
        assert stored_ranks(upgraded.native.raw) == recounted_ranks(upgraded.native.raw) != {}
        assert_rank_queries_equal_event_forms(upgraded)
    assert summary.main([str(path)]) == 0  # a current store: counted again, same numbers
    assert f"{dyads:,} dyads" in capsys.readouterr().out
