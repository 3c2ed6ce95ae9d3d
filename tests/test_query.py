"""kg.query: every shipped .rq on the fixture with exact rows, parameters, formats,
stats, SHACL validation, and the same answers from a kg Store."""
from __future__ import annotations

import csv
import io
import json

import pytest
from rdflib import RDF, RDFS, Dataset, Literal, URIRef

from kg.errors import QueryError
from kg.graphio import load_graph
from kg.namespaces import ENT, EV, KG
from kg.query import (_prefix_header, apply_params, format_result, list_queries, load_query, parse_query, run_query,
                      stats, validate)

FIXTURE = "tests/fixtures/mini.trig"
A1, A2 = URIRef("http://kg.example.org/graph/a1"), URIRef("http://kg.example.org/graph/a2")
S85 = "Berg said Eastavia had attacked Norland's <script>alert('x')</script> border posts."

# query name -> (params, exact rows as strings; "" for unbound)
EXPECTED = {
    "who-met-whom": ({}, [
        ("Anna Berg", "meets", "Li Wen", "asserted", "2024-03-05", "Geneva", "a1")]),
    "topics-by-actor": ({}, [("Eastavia", "denies", "cyberattacks", "1", "0")]),
    "accusations-and-denials": ({}, [
        ("2024-03-05", "Anna Berg", "accuses", "Eastavia", "positive", "", S85, "a1"),
        ("2024-03-05", "Eastavia", "denies", "cyberattacks", "positive", "",
         "Eastavia denied any role in the cyberattacks.", "a1")]),
    "dyad-timeline": ({"actor1": "NRL", "actor2": "Eastavia"}, [
        ("2024-03-05", "Eastavia", "attacks", "Norland", "positive", "reported", "a1"),
        ("2024-04-10", "Norland", "meets", "Eastavia", "negative", "asserted", "a2")]),
    "events-by-cameo": ({}, [
        ("01", "TopicEvent", "1"), ("04", "ConsultEvent", "2"), ("11", "DisapproveEvent", "1"),
        ("16", "CoerceEvent", "1"), ("19", "AssaultEvent", "1")]),
    "facts-by-article": ({"article": "a2"}, [
        ("a2", "Sanctions on Eastavia", "0", "Norland", "meets", "Eastavia", "negative", "asserted", "0.8"),
        ("a2", "Sanctions on Eastavia", "0", "Northern League", "sanctions", "Eastavia", "positive",
         "asserted", "0.9"),
        ("a2", "Sanctions on Eastavia", "96", "Norland", "memberOf", "Northern League", "positive",
         "asserted", "0.9")]),
    "leaders": ({}, [("Li Wen", "Eastavia", "Country", "1"), ("Anna Berg", "Norland", "Country", "1")]),
    "entities-by-type": ({}, [("Country", "2"), ("Person", "2"), ("Location", "1"), ("Organization", "1"),
                              ("Topic", "1")]),
    "facts-by-relation": ({}, [
        ("leaderOf", "2", "0", "2"), ("meets", "1", "1", "2"), ("accuses", "1", "0", "1"),
        ("attacks", "1", "0", "1"), ("denies", "1", "0", "1"), ("memberOf", "1", "0", "1"),
        ("sanctions", "1", "0", "1")]),
}


@pytest.fixture(scope="module")
def mini() -> Dataset:
    return load_graph(FIXTURE)


@pytest.fixture(scope="module")
def store(mini):
    from kg.store import open_store

    st = open_store("memory")
    for gid in (A1, A2):
        st.put_article(gid, mini.graph(gid), content_hash=str(gid))
    yield st
    st.close()


def _rows(result) -> list[tuple[str, ...]]:
    return [tuple("" if v is None else str(v) for v in row) for row in result]


def _run(target, name, params=None):
    query = load_query(name)
    return run_query(target, query.text, params, query.params)


def test_every_shipped_query_is_tested_and_described():
    names = {q.name for q in list_queries()}
    assert names == set(EXPECTED)
    for q in list_queries():
        assert q.description and q.text.startswith("# description:"), q.name


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_shipped_query_rows(mini, name):
    params, rows = EXPECTED[name]
    assert _rows(_run(mini, name, params)) == rows


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_store_gives_the_same_rows(store, name):
    params, rows = EXPECTED[name]
    assert _rows(_run(store, name, params)) == rows


@pytest.mark.parametrize("params,count", [
    ({}, 8), ({"actor1": "Norland"}, 4), ({"actor1": "Northern League", "actor2": "Eastavia"}, 1),
    ({"actor1": "Premier Li Wen"}, 2),  # an alias
    ({"actor1": 'x" } ?s ?p ?o { "'}, 0),  # a value never changes the query
])
def test_dyad_timeline_parameters(mini, params, count):
    assert len(_rows(_run(mini, "dyad-timeline", params))) == count


def test_facts_by_article_without_parameter_lists_all(mini):
    assert [r[0] for r in _rows(_run(mini, "facts-by-article"))] == ["a1"] * 6 + ["a2"] * 3


def test_apply_params():
    text = "SELECT * WHERE { VALUES ?n { $who } ?x ?p $other }"
    assert apply_params(text, {"who": 'a "b"'}, {"who": ""}) == \
        'SELECT * WHERE { VALUES ?n { "a \\"b\\"" } ?x ?p $other }'
    assert apply_params(text, {}, {"who": ""}) == "SELECT * WHERE { VALUES ?n { UNDEF } ?x ?p $other }"
    with pytest.raises(QueryError, match="unknown query parameter 'whom'; this query takes: other, who"):
        apply_params(text, {"whom": "x"})


def test_parse_query_header():
    q = parse_query("mine", "# description: Mine.\n# param: x = the x\nSELECT * WHERE { VALUES ?a { $x } }")
    assert (q.name, q.description, q.params) == ("mine", "Mine.", {"x": "the x"})


def test_load_unknown_query():
    with pytest.raises(QueryError, match="no query named 'who-met'.*who-met-whom"):
        load_query("who-met")
    assert load_query("leaders.rq").name == "leaders"


@pytest.mark.parametrize("target", ["mini", "store"])
@pytest.mark.parametrize("sparql,where", [
    ("SELECT ?x WHERE { ?x kg:meets ?y", "1:"),
    ("SELECT ?x\nWHERE { ?x ?y }", "2:"),
])
def test_bad_sparql_is_one_line_query_error(request, target, sparql, where):
    with pytest.raises(QueryError) as info:
        run_query(request.getfixturevalue(target), sparql)
    message = str(info.value)
    assert "\n" not in message and where in message.replace("line:", "").replace(", col:", ":")


def test_undeclared_standard_prefixes(mini):
    rows = _rows(run_query(mini, "SELECT ?b WHERE { ent:Anna_Berg kg:meets ?b }"))
    assert rows == [(str(ENT.Li_Wen),)]


def test_format_table(mini):
    text = format_result(run_query(mini, "SELECT ?a ?b ?c WHERE { ?a kg:leaderOf ?b OPTIONAL { ?a kg:nope ?c } } "
                                         "ORDER BY ?a"), "table")
    assert text.splitlines() == [
        "a              b        c",
        "-------------  -------  -",
        "ent:Anna_Berg  ent:NRL",
        "ent:Li_Wen     ent:EAV",
        "(2 rows)"]


def test_format_csv_and_json(mini):
    result = run_query(mini, "SELECT ?l WHERE { ?e kg:entityId 'NRL' ; rdfs:label ?l }")
    assert list(csv.reader(io.StringIO(format_result(result, "csv")))) == [["l"], ["Norland"]]
    data = json.loads(format_result(result, "json"))
    assert data["head"]["vars"] == ["l"]
    assert data["results"]["bindings"] == [{"l": {"type": "literal", "value": "Norland"}}]


def test_format_ask_and_construct(mini):
    assert format_result(run_query(mini, "ASK { ent:EAV kg:attacks ent:NRL }")) == "true"
    assert json.loads(format_result(run_query(mini, "ASK { ent:NRL kg:meets ent:EAV }"), "json"))["boolean"] is False
    text = format_result(run_query(mini, "CONSTRUCT { ?a kg:meets ?b } WHERE { ?a kg:meets ?b }"))
    assert "ent:Anna_Berg kg:meets ent:Li_Wen" in text
    with pytest.raises(QueryError, match="unknown result format"):
        format_result(run_query(mini, "ASK { ?s ?p ?o }"), "xml")


EXPECTED_STATS = {
    "entities": {"Country": 2, "Person": 2, "Location": 1, "Organization": 1, "Topic": 1},
    "facts": {"leaderOf": {"total": 2, "negative": 0}, "meets": {"total": 2, "negative": 1},
              "accuses": {"total": 1, "negative": 0}, "attacks": {"total": 1, "negative": 0},
              "denies": {"total": 1, "negative": 0}, "memberOf": {"total": 1, "negative": 0},
              "sanctions": {"total": 1, "negative": 0}},
    "facts_total": 9, "facts_negative": 1, "articles": 2, "sentences": 5, "named_graphs": 2,
    "triples": 200,
}


def test_stats(mini):
    assert stats(mini) == EXPECTED_STATS


def test_stats_of_a_store(store):
    assert stats(store) == EXPECTED_STATS


def test_fixture_conforms(mini):
    conforms, report = validate(mini)
    assert conforms, report


def _broken(mini: Dataset) -> Dataset:
    ds = Dataset(default_union=True)
    for quad in mini.quads((None, None, None, None)):
        ds.add(quad)
    a2 = ds.graph(A2)
    a2.add((ENT.NRL, KG.meets, ENT.EAV))               # a negative fact as a direct triple
    a2.remove((EV["a2-1"], KG.agent, None))            # an event without agent
    a2.set((EV["a2-3"], KG.confidence, Literal(1.5)))  # confidence out of range
    a2.set((EV["a2-3"], KG.modality, Literal("rumoured")))
    a2.set((EV["a2-2"], KG.date, Literal("April 2024")))
    a2.remove((EV["a2-2"], None, KG.ConsultEvent))     # not typed with its relation's event class
    a2.add((EV["a2-2"], RDF.type, KG.CoerceEvent))
    a2.remove((ENT.Northern_League, RDFS.label, None))
    a1 = ds.graph(A1)
    a1.set((EV["a1-1"], KG.agent, ENT.Geneva))         # a place cannot meet (domain kg:Actor)
    a1.set((EV["a1-6"], KG.topic, ENT.Li_Wen))         # a person is no topic (range kg:Topic)
    return ds


def test_validation_finds_violations(mini):
    conforms, report = validate(_broken(mini))
    assert not conforms
    for message in ("has no positive event", "exactly one kg:agent", "kg:confidence is one xsd:decimal in 0..1",
                    "kg:modality is exactly one of", "kg:date is at most one xsd:date",
                    "not typed with its relation's kg:eventClass", "exactly one rdfs:label",
                    "the agent ent:Geneva is not in the domain kg:Actor of kg:meets",
                    "the target or topic ent:Li_Wen is not in the range kg:Topic of kg:denies",
                    "direct triple ent:NRL kg:meets ent:EAV has no positive event"):
        assert message in report, message
    assert report.startswith("Validation Report\nConforms: False\nResults (16):\n")
    assert validate(mini)[0]  # the fixture itself was not modified


def test_untitled_article_is_only_a_warning():
    from kg.rdf import build_dataset
    from kg.types import Article, Extraction

    conforms, report = validate(build_dataset([Extraction(Article("x", "", "Some text."))]))
    assert conforms
    assert "Severity: sh:Warning" in report and "the article has no dcterms:title" in report


# ---------------------------------------------------------------- the store's bookkeeping stays hidden

GRAPHS = [str(A1), str(A2)]


@pytest.fixture(params=["memory", "disk"])
def any_store(request, mini, tmp_path):
    from kg.store import open_store

    with open_store(None if request.param == "memory" else tmp_path / "store") as st:
        for gid in (A1, A2):
            st.put_article(gid, mini.graph(gid), content_hash=str(gid))
        yield st


@pytest.mark.parametrize("sparql,expected", [
    ("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g", GRAPHS),
    ("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", ["2"]),
    # a nested group, lower case, $var, and a comment and a string that mention GRAPH
    ('# GRAPH ?x {\nSELECT DISTINCT $g WHERE { OPTIONAL { graph $g { ?s a kg:Article } } '
     'FILTER(?g != "GRAPH ?g {") } ORDER BY $g', GRAPHS),
    ("SELECT DISTINCT ?g WHERE { { GRAPH ?g { ?s ?p ?o } } UNION { GRAPH ?g { ?s ?p ?o } } } ORDER BY ?g",
     GRAPHS),
])
def test_graph_patterns_never_see_the_bookkeeping_graph(any_store, sparql, expected):
    assert [row[0] for row in _rows(run_query(any_store, sparql))] == expected
    # the rdflib view of a store (kg viz, notebooks) answers the same
    view = any_store.dataset()
    assert [row[0] for row in _rows(view.query(_prefix_header(sparql) + sparql))] == expected


def test_graph_construct_skips_bookkeeping(any_store):
    graph = run_query(any_store, "CONSTRUCT { ?g a kg:Graph } WHERE { GRAPH ?g { ?s ?p ?o } }").graph
    assert sorted(str(s) for s in graph.subjects()) == GRAPHS


def test_hide_bookkeeping_leaves_other_text_alone():
    from kg.store.view import hide_bookkeeping

    untouched = ['SELECT * WHERE { ?s kg:graph "GRAPH ?g { }" }',
                 "SELECT * { GRAPH <x:g> { ?s ?p ?o } }",
                 "SELECT * { ?s <x:GRAPH> ?o } # GRAPH ?g {",
                 "ASK { ?a ?b '''GRAPH ?g {\\'''' }",
                 'ASK { ?a ?b "say \\"GRAPH ?g {\\"" }']
    for text in untouched:
        assert hide_bookkeeping(text) == text
    assert hide_bookkeeping("SELECT * { GRAPH ?g { { ?s ?p ?o } } . ?g ?p ?o }") == (
        "SELECT * { GRAPH ?g { { ?s ?p ?o } } FILTER(?g != <http://kg.example.org/store/meta>) . ?g ?p ?o }")
