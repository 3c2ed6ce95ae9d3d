"""The store layer (kg.store) on memory and on-disk Oxigraph: per-article named
graphs, content-hash bookkeeping, removal, the rdflib view and dumps."""
from __future__ import annotations

import pytest
from rdflib import Dataset, Graph, Literal

from kg.errors import QueryError, StoreError
from kg.namespaces import ENT, KG
from kg.rdf import content_hash, extraction_to_graph, graph_iri
from kg.store import META_GRAPH, open_store
from kg.types import Article, Entity, Extraction, Fact


def _fact(article: str, subject: Entity, predicate: str, obj: Entity, start: int, end: int,
          sentence: str) -> Fact:
    return Fact(article=article, sentence=sentence, start=start, end=end, subject=subject.label,
                subject_id=subject.id, subject_type=subject.type, predicate=predicate,
                object=obj.label, object_id=obj.id, object_type=obj.type, confidence=0.9,
                trigger=predicate, rule="test")


OBAMA = Entity("Barack_Obama", "Barack Obama", "Person", {"Obama"})
XI = Entity("Xi_Jinping", "Xi Jinping", "Person")
CHINA = Entity("CHN", "China", "Country")


def article_one(extra: bool = False) -> Extraction:
    text = "Barack Obama met Xi Jinping. Obama criticized Xi."
    art = Article("a1", "Leaders meet", text, "2013-06-07", "Wire", "https://example.org/a1")
    facts = [_fact("a1", OBAMA, "meets", XI, 0, 28, text[:28])]
    if extra:
        facts.append(_fact("a1", OBAMA, "criticizes", XI, 29, 50, text[29:]))
    return Extraction(art, [OBAMA, XI], facts)


def article_two() -> Extraction:
    text = "Obama visited China."
    art = Article("a2", "A visit", text, "2013-06-08")
    return Extraction(art, [OBAMA, CHINA], [_fact("a2", OBAMA, "visits", CHINA, 0, 20, text)])


def put(store, extraction: Extraction):
    gid, graph = extraction_to_graph(extraction)
    return store.put_article(gid, graph, content_hash(extraction))


@pytest.fixture(params=["memory", "disk"])
def store(request, tmp_path):
    spec = None if request.param == "memory" else tmp_path / "store"
    with open_store(spec) as opened:
        yield opened


def union(store) -> set:
    return set(store.dataset().triples((None, None, None)))


def test_put_is_added_then_unchanged_then_replaced(store):
    assert put(store, article_one()).status == "added"
    assert put(store, article_one()).status == "unchanged"
    before = store.quad_count()
    assert put(store, article_one(extra=True)).status == "replaced"
    assert store.article_hash("a1") == content_hash(article_one(extra=True))
    rows = {(str(r.a), str(r.b)) for r in store.query("SELECT ?a ?b WHERE { ?a kg:criticizes ?b }")}
    assert rows == {(str(ENT.Barack_Obama), str(ENT.Xi_Jinping))}
    assert store.quad_count() > before
    # the replaced version left nothing behind: a fresh store with only v2 is equal
    with open_store(None) as fresh:
        put(fresh, article_one(extra=True))
        assert union(store) == union(fresh)


def test_same_entity_in_two_articles_has_one_iri_and_survives_removal(store):
    put(store, article_one())
    put(store, article_two())
    result = store.query("SELECT DISTINCT ?e WHERE { ?e a kg:Person }")
    assert {str(row.e) for row in result} == {str(ENT.Barack_Obama), str(ENT.Xi_Jinping)}
    labels = store.query("SELECT ?l WHERE { ent:Barack_Obama rdfs:label ?l }")
    assert {str(row.l) for row in labels} == {"Barack Obama"}  # union: one value, two graphs
    graphs = {str(row.g) for row in store.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ent:Barack_Obama a ?t } }")}
    assert graphs == {str(graph_iri("a1")), str(graph_iri("a2"))}

    assert store.remove_article("a1") is True
    assert store.remove_article("a1") is False
    assert store.article_hash("a1") is None
    people = {str(row.e) for row in store.query("SELECT DISTINCT ?e WHERE { ?e a kg:Person }")}
    assert people == {str(ENT.Barack_Obama)}  # Xi was only supported by a1
    assert not store.query("ASK { ?a kg:meets ?b }").askAnswer
    with open_store(None) as fresh:
        put(fresh, article_two())
        assert union(store) == union(fresh)


def test_articles_lists_ids_graphs_and_hashes(store):
    put(store, article_one())
    put(store, article_two())
    listed = sorted(store.articles())
    assert [(a, str(g)) for a, g, _ in listed] == [("a1", str(graph_iri("a1"))),
                                                   ("a2", str(graph_iri("a2")))]
    assert listed[1][2] == content_hash(article_two())


def test_dataset_view_hides_bookkeeping_and_matches_rdflib(store):
    put(store, article_one())
    put(store, article_two())
    view = store.dataset()
    assert META_GRAPH not in {g.identifier for g in view.graphs()}
    expected = Dataset(default_union=True)
    for extraction in (article_one(), article_two()):
        gid, graph = extraction_to_graph(extraction)
        for triple in graph:
            expected.graph(gid).add(triple)
    assert set(view.triples((None, None, None))) == set(expected.triples((None, None, None)))
    assert len(view) == len(set(expected.triples((None, None, None))))
    # SPARQL through the rdflib view runs natively over the union of article graphs
    rows = list(view.query("SELECT ?b WHERE { ?a <%s> ?b }" % KG.visits))
    assert [str(r.b) for r in rows] == [str(ENT.CHN)]


def test_disk_store_persists_across_reopen(tmp_path):
    path = tmp_path / "store"
    with open_store(path) as store:
        put(store, article_one())
        expected = union(store)
    with open_store(path, create=False) as store:
        assert store.article_hash("a1") == content_hash(article_one())
        assert put(store, article_one()).status == "unchanged"
        assert union(store) == expected


def test_query_errors_are_query_errors(store):
    with pytest.raises(QueryError, match="SPARQL"):
        store.query("SELECT WHERE {")


def test_open_store_refuses_what_is_not_a_store(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text("hello")
    with pytest.raises(StoreError, match="holds no kg store"):
        open_store(tmp_path / "articles")
    (tmp_path / "file.ttl").write_text("")
    with pytest.raises(StoreError, match="is a file"):
        open_store(tmp_path / "file.ttl")
    with pytest.raises(StoreError, match="no such store"):
        open_store(tmp_path / "missing", create=False)
    assert list((tmp_path / "articles").iterdir()) == [tmp_path / "articles" / "a.txt"]


def test_dump_writes_union_for_triples_and_graphs_for_quads(tmp_path):
    from kg.pipeline import save_store

    with open_store(tmp_path / "store") as store:
        put(store, article_one())
        put(store, article_two())
        expected = union(store)
        save_store(store, tmp_path / "g.ttl")
        save_store(store, tmp_path / "g.nt")
        save_store(store, tmp_path / "g.nq")
        save_store(store, tmp_path / "g.trig")
    nt_lines = [l for l in (tmp_path / "g.nt").read_text().splitlines() if l.strip()]
    assert len(nt_lines) == len(set(nt_lines)) == len(expected)  # shared entities once
    assert set(Graph().parse(tmp_path / "g.ttl")) == expected
    for name in ("g.nq", "g.trig"):
        ds = Dataset(default_union=True)
        ds.parse(tmp_path / name)
        names = {g.identifier for g in ds.graphs() if len(g)}
        assert names == {graph_iri("a1"), graph_iri("a2")}
        assert set(ds.triples((None, None, None))) == expected
    assert "store/meta" not in (tmp_path / "g.nq").read_text()


def test_article_id_literal_with_quotes_is_safe(store):
    weird = Extraction(Article('x"y', "T", "Some text."), [], [])
    put(store, weird)
    assert store.article_hash('x"y') == content_hash(weird)
    assert store.remove_article('x"y')
    assert store.quad_count() == 0
    assert Literal('x"y')  # the id round-trips as a literal, not an injection


def test_union_counts_each_triple_once_and_follows_removal(store):
    """The default graph is the de-duplicated union: counts match rdflib's semantics."""
    put(store, article_one())
    put(store, article_two())
    count = "SELECT (COUNT(*) AS ?n) WHERE { ent:Barack_Obama rdfs:label ?l }"
    assert int(next(iter(store.query(count))).n) == 1  # in both article graphs, counted once
    assert len(store.dataset()) == len(union(store))
    put(store, article_one(extra=True))  # replacing a1 keeps what a2 still holds
    assert int(next(iter(store.query(count))).n) == 1
    store.remove_article("a2")
    assert int(next(iter(store.query(count))).n) == 1  # a1 still mentions Obama
    assert not store.query("ASK { ?a kg:visits ?b }").askAnswer
    store.remove_article("a1")
    assert int(next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"))).n) == 0


# -- the in-memory copy of the union graph (kg.store.memory) ---------------------

def _rows(store, sparql: str) -> set:
    return {tuple(row) for row in store.query(sparql)}


def test_memory_copy_answers_like_the_disk_and_leaves_graph_queries_on_disk(tmp_path):
    path = tmp_path / "store"
    with open_store(path) as writer:
        put(writer, article_one(extra=True))
        put(writer, article_two())
    meets = "SELECT ?a ?p ?b WHERE { VALUES ?p { kg:meets kg:visits kg:criticizes } ?a ?p ?b }"
    graphs = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    with open_store(path, create=False, read_only=True) as disk, \
            open_store(path, create=False, read_only=True) as cached:
        assert not cached.cached_in_memory
        assert cached.cache_in_memory()
        assert cached.cached_in_memory
        assert _rows(cached, meets) == _rows(disk, meets) and len(_rows(disk, meets)) == 3
        # the copy holds only the union: GRAPH ?g must still find both articles, and
        # (through kg.query) never the bookkeeping graph
        from kg.query import run_query

        found = {str(row[0]) for row in run_query(cached, graphs)}
        assert found == {str(graph_iri("a1")), str(graph_iri("a2"))}
        native = {row[0].value for row in cached.native.query(
            "SELECT ?a WHERE { ?a kg:visits ?b }", prefixes={"kg": str(KG)})}
        assert native == {str(ENT.Barack_Obama)}
        # the rdflib view of a notebook answers SPARQL from the copy too, and the same
        assert cached._engine_for(meets, {"default_graph": None}) is cached._memory
        view = {tuple(row) for row in cached.dataset().query(meets)}
        assert view == _rows(disk, meets)
        assert len(cached.dataset()) == disk.triple_count()


def test_memory_copy_is_dropped_on_write_and_respects_its_limit(tmp_path, monkeypatch):
    with open_store(tmp_path / "store") as store:
        put(store, article_one())
        assert not store.cache_in_memory(max_triples=3)  # the union holds more than 3
        assert store.cache_in_memory(max_triples=10_000)
        put(store, article_two())  # a write: a copy would now miss a2's triples
        assert not store.cached_in_memory
        assert _rows(store, "SELECT ?b WHERE { ?a kg:visits ?b }") == {(ENT.CHN,)}
        monkeypatch.setenv("KG_MEMORY_MAX_TRIPLES", "0")
        assert not store.cache_in_memory()
        monkeypatch.setenv("KG_MEMORY_MAX_TRIPLES", "lots")
        from kg.errors import ConfigError

        with pytest.raises(ConfigError, match="KG_MEMORY_MAX_TRIPLES"):
            store.cache_in_memory()
    with open_store(None) as memory:  # already in memory: nothing to copy
        assert not memory.cache_in_memory()


@pytest.mark.parametrize("sparql, default_only", [
    ("SELECT * { ?s ?p ?o }", True),
    ('SELECT * { ?s rdfs:label "from the graph" }', True),
    ("SELECT ?graph { ?graph kg:from ex:GRAPH } # GRAPH ?g", True),
    ("SELECT * { <http://example.org/graph#from> ?p ?o }", True),
    ("SELECT ?g { GRAPH ?g { ?s ?p ?o } }", False),
    ("SELECT * {GRAPH?g{?s ?p ?o}}", False),
    ("select * from <http://example.org/g> { ?s ?p ?o }", False),
    ("SELECT * FROM NAMED <http://example.org/g> { GRAPH ?g { ?s ?p ?o } }", False),
    ("SELECT * { ?s a <http://x.org/#T> . GRAPH ?g { ?s ?p ?o } }", False),
    ("SELECT * { ?s ?p 'it''s' .\n graph <http://example.org/g> { ?s ?p ?o } }", False),
])
def test_reads_only_default_graph(sparql, default_only):
    from kg.store.memory import reads_only_default_graph

    assert reads_only_default_graph(sparql) is default_only
