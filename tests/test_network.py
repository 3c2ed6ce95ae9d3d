"""kg.network on the hand-written two-article fixture, with exact expected values."""
from __future__ import annotations

import networkx as nx
import pytest
import rdflib

from kg.errors import ConfigError, KGError, QueryError
from kg.network import (
    NoPathError, actor_graph, centrality, communities, dyad, ego_network, facts_between,
    find_node, shortest_path, to_networkx,
)
from kg.ontology import relations as relation_table

E = "http://kg.example.org/entity/"
ANNA, LI, NRL, EAV, NL = (E + x for x in ("Anna_Berg", "Li_Wen", "NRL", "EAV", "Northern_League"))
CYBER = "http://kg.example.org/topic/cyberattacks"


@pytest.fixture(scope="module")
def dataset(mini_trig):
    ds = rdflib.Dataset()
    ds.parse(mini_trig, format="trig")
    return ds


@pytest.fixture(scope="module")
def G(dataset):
    return to_networkx(dataset)


@pytest.fixture(scope="module")
def A(G):
    return actor_graph(G)


def gold(relation: str) -> float:
    return relation_table()[relation].goldstein


# ---------------------------------------------------------------- to_networkx

def test_nodes_are_entities_with_labels_types_aliases_counts(G):
    assert sorted(G.nodes) == sorted([ANNA, LI, NRL, EAV, NL, CYBER, E + "Geneva"])
    assert G.nodes[ANNA] == {"label": "Anna Berg", "type": "Person", "id": "Anna_Berg",
                             "aliases": ["Berg", "President Anna Berg"], "events": 3,
                             "as_agent": 3, "as_target": 0, "articles": 1}
    # aliases and article counts are merged over the two named graphs
    assert G.nodes[EAV]["aliases"] == ["Eastavian"]
    assert (G.nodes[EAV]["events"], G.nodes[EAV]["as_agent"], G.nodes[EAV]["as_target"]) == (6, 2, 4)
    assert G.nodes[EAV]["articles"] == 2
    assert G.nodes[CYBER]["type"] == "Topic"
    assert G.nodes[E + "Geneva"]["type"] == "Location" and G.degree(E + "Geneva") == 0


def test_one_edge_per_event_including_negative_and_reported(G):
    assert G.number_of_edges() == 9
    keys = sorted(k.rsplit("/", 1)[1] for _, _, k in G.edges(keys=True))
    assert keys == ["a1-1", "a1-2", "a1-3", "a1-4", "a1-5", "a1-6", "a2-1", "a2-2", "a2-3"]
    attack = G.edges[EAV, NRL, "http://kg.example.org/event/a1-4"]
    assert attack["relation"] == "attacks" and attack["family"] == "assault"
    assert attack["cameo"] == "19" and attack["goldstein"] == gold("attacks")
    assert (attack["polarity"], attack["modality"], attack["attributed_to"]) == ("positive", "reported", "Anna Berg")
    assert attack["date"] == "2024-03-05" and attack["confidence"] == 0.7
    assert attack["sentence"] == "Berg said Eastavia had attacked Norland's <script>alert('x')</script> border posts."
    assert (attack["article"], attack["article_title"], attack["article_date"]) == (
        "a1", "Leaders meet in Geneva", "2024-03-05")
    assert attack["start"] == 85
    negative = G.edges[NRL, EAV, "http://kg.example.org/event/a2-2"]
    assert (negative["relation"], negative["polarity"], negative["date"], negative["article_date"]) == (
        "meets", "negative", None, "2024-04-10")
    meets = G.edges[ANNA, LI, "http://kg.example.org/event/a1-1"]
    assert meets["place"] == "Geneva" and meets["trigger"] == "met"
    denies = G.edges[EAV, CYBER, "http://kg.example.org/event/a1-6"]
    assert denies["kind"] == "topic" and denies["cameo"] == "016"
    leader = G.edges[ANNA, NRL, "http://kg.example.org/event/a1-2"]
    assert leader["family"] == "static" and leader["cameo"] is None


def test_plain_graph_without_named_graphs(mini_trig):
    ds = rdflib.Dataset()
    ds.parse(mini_trig, format="trig")
    flat = rdflib.Graph()
    for s, p, o, _g in ds.quads((None, None, None, None)):
        flat.add((s, p, o))
    G = to_networkx(flat)
    assert G.number_of_nodes() == 7 and G.number_of_edges() == 9
    assert G.nodes[EAV]["articles"] == 2  # from its events' articles


def test_same_counts_from_a_turtle_file_via_graphio(dataset, tmp_path):
    from kg.graphio import load_graph, save

    save(dataset, tmp_path / "mini.ttl")  # a triple format: everything in the default graph
    G = to_networkx(load_graph(tmp_path / "mini.ttl"))
    assert G.number_of_nodes() == 7 and G.number_of_edges() == 9
    assert (G.nodes[EAV]["articles"], G.nodes[ANNA]["articles"], G.nodes[E + "Geneva"]["articles"]) == (2, 1, 0)


def test_to_networkx_rejects_non_graphs():
    with pytest.raises(TypeError):
        to_networkx([1, 2, 3])


# ---------------------------------------------------------------- actor graph

def test_actor_graph_keeps_positive_asserted_actor_facts(A):
    assert sorted(A.nodes) == sorted([ANNA, LI, NRL, EAV, NL])
    assert sorted((A.nodes[u]["label"], A.nodes[v]["label"], d["relations"][0], d["weight"])
                  for u, v, d in A.edges(data=True)) == [
        ("Anna Berg", "Eastavia", "accuses", 1), ("Anna Berg", "Li Wen", "meets", 1),
        ("Anna Berg", "Norland", "leaderOf", 1), ("Li Wen", "Eastavia", "leaderOf", 1),
        ("Norland", "Northern League", "memberOf", 1), ("Northern League", "Eastavia", "sanctions", 1)]
    # the reported attack and the negative meeting are not in it
    assert not A.has_edge(EAV, NRL) and not A.has_edge(NRL, EAV)


def test_actor_graph_options(G):
    everything = actor_graph(G, modalities=None)
    assert everything.number_of_edges() == 7 and everything[EAV][NRL]["relations"] == ["attacks"]
    assert everything[EAV][NRL]["goldstein"] == gold("attacks")
    no_static = actor_graph(G, include_static=False)
    assert sorted(d["relations"][0] for *_, d in no_static.edges(data=True)) == ["accuses", "meets", "sanctions"]


def test_weight_counts_distinct_sentences():
    trig = """
    @prefix kg: <http://kg.example.org/ontology#> . @prefix ent: <http://kg.example.org/entity/> .
    @prefix ev: <http://kg.example.org/event/> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    <http://kg.example.org/graph/x> {
      ent:A a kg:Country ; rdfs:label "Aland" . ent:B a kg:Country ; rdfs:label "Bland" .
      <http://kg.example.org/article/x#s0> a kg:Sentence ; kg:text "one" .
      <http://kg.example.org/article/x#s9> a kg:Sentence ; kg:text "two" .
      ev:1 kg:relation kg:meets ; kg:agent ent:A ; kg:target ent:B ; kg:polarity "positive" ;
           kg:modality "asserted" ; kg:evidence <http://kg.example.org/article/x#s0> .
      ev:2 kg:relation kg:cooperatesWith ; kg:agent ent:A ; kg:target ent:B ; kg:polarity "positive" ;
           kg:modality "asserted" ; kg:evidence <http://kg.example.org/article/x#s0> .
      ev:3 kg:relation kg:meets ; kg:agent ent:A ; kg:target ent:B ; kg:polarity "positive" ;
           kg:modality "asserted" ; kg:evidence <http://kg.example.org/article/x#s9> .
    }"""
    ds = rdflib.Dataset()
    ds.parse(data=trig, format="trig")
    A = actor_graph(ds)
    edge = A[E + "A"][E + "B"]
    assert edge["weight"] == 2 and edge["relations"] == ["cooperatesWith", "meets"]
    assert len(edge["facts"]) == 3
    assert edge["symmetric_weight"] == 2  # meets and cooperatesWith are symmetric


# ---------------------------------------------------------------- lookups

def test_find_node_by_label_alias_id_iri_any_case(G):
    assert find_node(G, "anna berg") == ANNA
    assert find_node(G, "  BERG ") == ANNA
    assert find_node(G, "eav") == EAV
    assert find_node(G, "Eastavian") == EAV
    assert find_node(G, NL) == NL


def test_find_node_unknown_and_ambiguous(G):
    with pytest.raises(QueryError, match=r"no actor named 'Norlnd'.*did you mean 'Norland'"):
        find_node(G, "Norlnd")
    H = nx.MultiDiGraph()
    H.add_node("x", label="Paris", aliases=["P"], type="Location")
    H.add_node("y", label="Paris Hilton", aliases=["P"], type="Person")
    with pytest.raises(QueryError, match="ambiguous"):
        find_node(H, "p")
    assert find_node(H, "paris") == "x"  # a label beats an alias


# ---------------------------------------------------------------- analytics

def test_degree_centrality(A):
    assert [(r.label, r.score) for r in centrality(A, "degree", top=None)] == [
        ("Anna Berg", 0.75), ("Eastavia", 0.75), ("Li Wen", 0.5), ("Norland", 0.5), ("Northern League", 0.5)]
    assert [r.label for r in centrality(A, "degree", top=2)] == ["Anna Berg", "Eastavia"]


def test_betweenness_centrality_is_undirected(A):
    got = {r.label: r.score for r in centrality(A, "betweenness", top=None)}
    assert got == pytest.approx({"Anna Berg": 0.25, "Eastavia": 0.25, "Norland": 1 / 12,
                                 "Northern League": 1 / 12, "Li Wen": 0.0})


def test_pagerank_matches_networkx_reference(A):
    from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

    got = centrality(A, "pagerank", top=None)
    assert [r.label for r in got] == ["Eastavia", "Northern League", "Anna Berg", "Li Wen", "Norland"]
    # "Anna Berg meets Li Wen" is symmetric, so it also counts as Li Wen -> Anna Berg
    D = nx.DiGraph()
    D.add_weighted_edges_from((u, v, d["weight"]) for u, v, d in A.edges(data=True))
    D.add_edge(LI, ANNA, weight=1)
    reference = _pagerank_python(D, weight="weight", tol=1e-12, max_iter=500)
    assert {r.node: r.score for r in got} == pytest.approx(reference, abs=1e-6)
    assert sum(r.score for r in got) == pytest.approx(1.0)


def test_centrality_rejects_unknown_kind(A):
    with pytest.raises(ConfigError, match="unknown centrality 'eigen'"):
        centrality(A, "eigen")


def test_communities_are_deterministic(A, G):
    labels = [[A.nodes[n]["label"] for n in part] for part in communities(A)]
    assert labels == [["Anna Berg", "Eastavia", "Li Wen"], ["Norland", "Northern League"]]
    assert communities(A) == communities(A)
    full = [[G.nodes[n]["label"] for n in part] for part in communities(G)]
    assert full == [["Eastavia", "Norland", "Northern League", "cyberattacks"], ["Anna Berg", "Li Wen"], ["Geneva"]]


def test_shortest_path_with_evidence(A):
    hops = shortest_path(A, "li wen", "NORTHERN LEAGUE")
    assert [(h.source_label, h.target_label) for h in hops] == [("Li Wen", "Eastavia"), ("Eastavia", "Northern League")]
    assert [[(f["subject"], f["relation"], f["object"]) for f in h.facts] for h in hops] == [
        [("Li Wen", "leaderOf", "Eastavia")], [("Northern League", "sanctions", "Eastavia")]]
    assert hops[1].facts[0]["sentence"].startswith("The Northern League imposed sanctions on Eastavia")
    assert hops[1].facts[0]["article_title"] == "Sanctions on Eastavia"


def test_shortest_path_errors(G):
    sparse = actor_graph(G, include_static=False)  # Norland has no non-structural asserted fact
    with pytest.raises(NoPathError, match="no chain of facts connects 'Norland' and 'Li Wen'"):
        shortest_path(sparse, "Norland", "Li Wen")
    with pytest.raises(KGError, match="no actor named 'Atlantis'"):
        shortest_path(sparse, "Atlantis", "Li Wen")


def test_ego_network(G):
    assert sorted(G.nodes[n]["label"] for n in ego_network(G, "norland")) == [
        "Anna Berg", "Eastavia", "Norland", "Northern League"]
    two = ego_network(G, "norland", radius=2)
    assert sorted(two.nodes[n]["label"] for n in two) == [
        "Anna Berg", "Eastavia", "Li Wen", "Norland", "Northern League", "cyberattacks"]
    assert two.number_of_edges() == 9
    with pytest.raises(ConfigError):
        ego_network(G, "norland", radius=0)


def test_dyad_timeline_and_goldstein(G):
    d = dyad(G, "Norland", "eastavia")
    assert [(f["subject"], f["relation"], f["object"], f["polarity"], f.get("date") or f["article_date"])
            for f in d.facts] == [("Eastavia", "attacks", "Norland", "positive", "2024-03-05"),
                                  ("Norland", "meets", "Eastavia", "negative", "2024-04-10")]
    # the negative meeting does not count as cooperation
    assert d.goldstein == gold("attacks") and d.conflict == gold("attacks") and d.cooperation == 0.0
    assert d.to_dict()["a"] == "Norland"
    other_way = dyad(G, "EAV", "NRL")
    assert [f["event"] for f in other_way.facts] == [f["event"] for f in d.facts]


def test_facts_between_both_directions(G, A):
    assert len(facts_between(G, NRL, EAV)) == 2
    assert [f["relation"] for f in facts_between(A, EAV, ANNA)] == ["accuses"]


def test_relation_table_covers_the_design_vocabulary():
    table = relation_table()
    for name, family in (("meets", "consult"), ("sanctions", "coerce"), ("attacks", "assault"),
                         ("denies", "topic"), ("leaderOf", "static")):
        assert table[name].family == family
    assert table["attacks"].goldstein < 0 < table["meets"].goldstein
