"""The event counts a store keeps (kg.store.summary): always equal to a recount of the
union's events through adds, unchanged re-adds, replacements and removals; rebuilt
for stores written before counts existed; copied into memory; computed for rdflib."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef

from kg.errors import QueryError
from kg.namespaces import ENT, KG
from kg.query import run_query
from kg.rdf import build_dataset, content_hash, extraction_to_graph
from kg.store import META_GRAPH, open_store
from kg.store import summary
from kg.types import Article, Entity, Extraction, Fact

OBAMA = Entity("Barack_Obama", "Barack Obama", "Person", {"Obama"})
XI = Entity("Xi_Jinping", "Xi Jinping", "Person")
CHINA = Entity("CHN", "China", "Country")
USA = Entity("USA", "United States", "Country")
CYBER = Entity("cyberattacks", "cyberattacks", "Topic")


def _fact(article, subject, predicate, obj, start, polarity="positive") -> Fact:
    return Fact(article=article, sentence=f"s{start}", start=start, end=start + 5,
                subject=subject.label, subject_id=subject.id, subject_type=subject.type,
                predicate=predicate, object=obj.label, object_id=obj.id, object_type=obj.type,
                polarity=polarity, confidence=0.9, trigger=predicate, rule="test")


def _article(aid: str, facts: list[tuple]) -> Extraction:
    text = "x" * 200
    art = Article(aid, f"Title {aid}", text, "2020-01-0" + aid[-1], "Wire")
    return Extraction(art, [OBAMA, XI, CHINA, USA, CYBER],
                      [_fact(aid, *f) for f in facts])


A1 = [(OBAMA, "meets", XI, 0), (OBAMA, "criticizes", XI, 10), (USA, "accuses", CHINA, 20)]
A1_V2 = [(OBAMA, "meets", XI, 0), (USA, "accuses", CHINA, 20), (USA, "accuses", CHINA, 30),
         (CHINA, "accuses", USA, 40, "negative")]
A2 = [(OBAMA, "meets", XI, 0), (USA, "sanctions", CHINA, 10), (OBAMA, "discusses", CYBER, 20),
      (USA, "accuses", CHINA, 30, "negative")]


def put(store, extraction):
    gid, graph = extraction_to_graph(extraction)
    return store.put_article(gid, graph, content_hash(extraction)).status


def stored_counts(store) -> set:
    """The summary triples held in the bookkeeping graph, as N-Triples strings, once
    the store has applied the pending changes (as close() and count queries do)."""
    store.flush_counts()
    meta = ox.NamedNode(str(META_GRAPH))
    return {f"{q.subject} {q.predicate} {q.object}"
            for q in store.native.quads_for_pattern(None, None, None, meta)
            if q.predicate.value.startswith((summary.SUM, summary.ACTS, summary.RANK))
            and q.predicate.value not in (summary.SUM + "version", summary.SUM + "stale")}


def recount(store) -> set:
    """What the counts must be: the union's events counted from scratch."""
    counts = summary.count_events(store.native, ox.DefaultGraph())
    return {f"{t.subject} {t.predicate} {t.object}" for t in summary.summary_triples(counts)}


@pytest.fixture(params=["memory", "disk"])
def store(request, tmp_path):
    with open_store(None if request.param == "memory" else tmp_path / "store") as opened:
        yield opened


def _count(store, agent, relation, other, polarity="positive") -> int:
    node = summary.dyad_iri(str(agent), str(KG[relation]), str(other))
    rows = list(store.query(f"SELECT ?n WHERE {{ GRAPH kgstore:meta {{ <{node}> kgsum:{polarity} ?n }} }}"))
    return int(rows[0][0]) if rows else 0


@pytest.mark.parametrize("scan_above", [2_000, 0])  # seek per count; one scan
def test_counts_follow_adds_rereads_replacements_and_removals(store, scan_above, monkeypatch):
    monkeypatch.setattr(summary, "SCAN_ABOVE", scan_above)
    assert stored_counts(store) == set() and store.has_counts()
    assert put(store, _article("a1", A1)) == "added"
    assert stored_counts(store) == recount(store) != set()
    assert put(store, _article("a2", A2)) == "added"  # shared dyads: counts change in place
    assert stored_counts(store) == recount(store)
    assert _count(store, ENT.Barack_Obama, "meets", ENT.Xi_Jinping) == 2
    assert _count(store, ENT.USA, "accuses", ENT.CHN) == 1
    assert _count(store, ENT.USA, "accuses", ENT.CHN, "negative") == 1
    before = stored_counts(store)
    assert put(store, _article("a1", A1)) == "unchanged"  # idempotent: nothing counted twice
    assert stored_counts(store) == before
    assert put(store, _article("a1", A1_V2)) == "replaced"
    assert stored_counts(store) == recount(store)
    assert _count(store, ENT.USA, "accuses", ENT.CHN) == 2
    assert _count(store, ENT.Barack_Obama, "criticizes", ENT.Xi_Jinping) == 0  # gone with v1
    acts = {(str(r[0]), int(r[1])) for r in store.query(
        "SELECT ?a ?n WHERE { GRAPH kgstore:meta { ?a kgacts:accuses ?n } }")}
    assert acts == {(str(ENT.USA), 2)}  # negative events are not acts
    assert store.remove_article("a2")
    assert stored_counts(store) == recount(store)
    assert _count(store, ENT.Barack_Obama, "meets", ENT.Xi_Jinping) == 1
    assert store.remove_article("a1")
    assert stored_counts(store) == set() == recount(store)  # nothing left at zero
    assert store.has_counts()


def test_counts_never_reach_the_union_dumps_or_graph_listings(store, tmp_path):
    put(store, _article("a1", A1))
    assert not list(store.query("SELECT ?s WHERE { ?s kgsum:agent ?a }"))  # not in the union
    graphs = {str(r[0]) for r in run_query(store, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")}
    assert str(META_GRAPH) not in graphs
    from kg.pipeline import save_store

    save_store(store, tmp_path / "out.nq")
    text = (tmp_path / "out.nq").read_text(encoding="utf-8")
    assert summary.SUM not in text and summary.ACTS not in text


def test_store_written_before_counts_is_recounted_when_opened_for_writing(tmp_path):
    path = tmp_path / "store"
    with open_store(path) as store:
        put(store, _article("a1", A1))
        put(store, _article("a2", A2))
        expected = stored_counts(store)
        # make it look like a store from before the counts: drop them and the marker
        # (through the raw pyoxigraph store: a write through `native` would mark them stale)
        store.native.raw.update(f"DELETE {{ GRAPH <{META_GRAPH}> {{ ?s ?p ?o }} }} "
                            f"WHERE {{ GRAPH <{META_GRAPH}> {{ ?s ?p ?o }} "
                            f"FILTER(STRSTARTS(STR(?p), \"{summary.SUM}\") || "
                            f"STRSTARTS(STR(?p), \"{summary.ACTS}\") || "
                            f"STRSTARTS(STR(?p), \"{summary.RANK}\")) }}")
        assert stored_counts(store) == set() and not summary.has_summary(store.native)
    with open_store(path, create=False, read_only=True) as old:
        with pytest.raises(QueryError, match=r"python -m kg.store.summary"):
            run_query(old, "SELECT ?a ?n WHERE { GRAPH kgstore:meta { ?a kgacts:accuses ?n } }")
    with open_store(path, create=False) as reopened:
        assert reopened.has_counts()
        assert stored_counts(reopened) == expected == recount(reopened)


def test_memory_copy_answers_count_queries_like_the_disk(tmp_path):
    path = tmp_path / "store"
    with open_store(path) as store:
        put(store, _article("a1", A1))
        put(store, _article("a2", A2))
    query = ("SELECT ?a ?b ?n WHERE { GRAPH kgstore:meta { ?d kgsum:relation kg:meets ; "
             "kgsum:agent ?a ; kgsum:other ?b ; kgsum:positive ?n } }")
    with open_store(path, create=False, read_only=True) as disk, \
            open_store(path, create=False, read_only=True) as cached:
        assert cached.cache_in_memory()
        assert cached._engine_for(query) is cached._memory  # the counts are in the copy
        assert {tuple(r) for r in cached.query(query)} == {tuple(r) for r in disk.query(query)}
        assert {tuple(r) for r in disk.query(query)} == {
            (URIRef(str(ENT.Barack_Obama)), URIRef(str(ENT.Xi_Jinping)), Literal(2))}
        # other graphs are still read from the disk
        assert cached._engine_for("SELECT ?g { GRAPH ?g { ?s ?p ?o } }") is not cached._memory


def test_rdflib_dataset_gets_the_same_counts_as_a_store(tmp_path):
    extractions = [_article("a1", A1_V2), _article("a2", A2)]
    dataset = build_dataset(extractions)
    query = ("SELECT ?a ?rel ?b ?pos ?neg WHERE { GRAPH kgstore:meta { ?d kgsum:agent ?a ; "
             "kgsum:relation ?rel . OPTIONAL { ?d kgsum:other ?b } OPTIONAL { ?d kgsum:positive ?pos } "
             "OPTIONAL { ?d kgsum:negative ?neg } } }")
    from_rdflib = {tuple(r) for r in run_query(dataset, query)}
    with open_store(tmp_path / "store") as store:
        for extraction in extractions:
            put(store, extraction)
        from_store = {tuple(r) for r in run_query(store, query)}
    assert from_rdflib == from_store and len(from_store) == 5
    assert not summary.add_to_dataset(dataset)  # computed once


def test_a_crash_before_the_counts_are_applied_leaves_a_store_that_is_recounted(tmp_path):
    import gc

    path = tmp_path / "store"
    store = open_store(path)
    put(store, _article("a1", A1))
    store.flush_counts()
    put(store, _article("a2", A2))  # its counts are pending when the process "dies"
    store._delta.clear()
    store._store = None  # no close(): nothing applied, RocksDB lock released
    del store
    gc.collect()
    with open_store(path, create=False, read_only=True) as crashed:
        assert not crashed.has_counts()  # the stale marker came with a2's write
        with pytest.raises(QueryError, match="does not hold"):
            run_query(crashed, "SELECT ?a ?n WHERE { GRAPH kgstore:meta { ?a kgacts:meets ?n } }")
    with open_store(path, create=False) as reopened:  # writable: recounted
        assert reopened.has_counts()
        assert stored_counts(reopened) == recount(reopened)
        assert _count(reopened, ENT.Barack_Obama, "meets", ENT.Xi_Jinping) == 2


def test_raw_updates_leave_counts_that_are_recounted_before_they_are_read(store):
    put(store, _article("a1", A1))
    ev = next(iter(store.query("SELECT ?e WHERE { ?e kg:relation kg:meets }")))[0]
    store.update(f"DELETE WHERE {{ <{ev}> kg:polarity ?p }} ; "
                 f"INSERT DATA {{ <{ev}> kg:polarity \"negative\" }}")
    assert _count(store, ENT.Barack_Obama, "meets", ENT.Xi_Jinping, "negative") == 1
    assert _count(store, ENT.Barack_Obama, "meets", ENT.Xi_Jinping) == 0
    assert stored_counts(store) == recount(store)


def test_writes_through_the_native_api_are_recounted_and_drop_the_memory_copy(tmp_path):
    path = tmp_path / "store"
    with open_store(path) as store:
        put(store, _article("a1", A1))
        assert store.has_counts()
        ev = next(iter(store.query("SELECT ?e WHERE { ?e kg:relation kg:meets }")))[0]
        # pyoxigraph's own API, as oxrdflib and scripts use it
        store.native.update(f"DELETE WHERE {{ <{ev}> <{KG.polarity}> ?p }} ; "
                            f"INSERT DATA {{ <{ev}> <{KG.polarity}> \"negative\" }}")
        assert not summary.has_summary(store.native.raw)  # marked stale by the write
        assert _count(store, ENT.Barack_Obama, "meets", ENT.Xi_Jinping, "negative") == 1
        assert stored_counts(store) == recount(store)
    with open_store(path, create=False) as store:
        assert store.cache_in_memory(max_triples=10**9)
        store.native.remove(next(iter(store.native.quads_for_pattern(None, None, None, None))))
        assert store._memory is None  # a copy of the old union would answer stale rows
