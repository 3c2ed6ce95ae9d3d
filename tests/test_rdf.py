"""kg.rdf: IRIs, the graph of one extraction, datasets, hashes, reading facts back.

The strongest check rebuilds tests/fixtures/mini.trig (hand-written to the shape of
docs/CONTRACTS.md) from the facts and entities it holds and compares the two graphs
up to event IRIs (hashes here, hand-picked names there)."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, XSD, BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.errors import GraphError
from kg.namespaces import ART, ENT, EV, GRAPH, KG, PROV, SKOS, TOPIC
from kg.rdf import (article_iri, build_dataset, content_hash, entity_iri, event_iri,
                    extraction_to_graph, facts_from_graph, graph_iri, sentence_iri)
from kg.types import Article, Entity, Extraction, Fact

FIXTURE = "tests/fixtures/mini.trig"
S0 = "President Anna Berg of Norland met Premier Li Wen of Eastavia in Geneva on Tuesday."


@pytest.fixture(scope="module")
def mini() -> Dataset:
    ds = Dataset(default_union=True)
    ds.parse(FIXTURE, format="trig")
    return ds


def _fact(**kw) -> Fact:
    base = dict(article="a1", sentence=S0, start=0, end=84, subject="Anna Berg", subject_id="Anna_Berg",
                subject_type="Person", predicate="meets", object="Li Wen", object_id="Li_Wen",
                object_type="Person", confidence=0.9, trigger="met", rule="svo")
    base.update(kw)
    return Fact(**base)


def _extraction(facts=None, entities=None, **article) -> Extraction:
    art = Article(**{"id": "a1", "title": "Leaders meet in Geneva", "text": "...", "date": "2024-03-05",
                     "source": "Example Wire", "url": "https://news.example.org/a1", **article})
    ents = entities if entities is not None else [
        Entity("Anna_Berg", "Anna Berg", "Person", {"Berg", "President Anna Berg", "she"}),
        Entity("Li_Wen", "Li Wen", "Person", {"Premier Li Wen"}),
        Entity("NRL", "Norland", "Country", {"Norland"}), Entity("EAV", "Eastavia", "Country"),
        Entity("Geneva", "Geneva", "Location"), Entity("cyberattacks", "cyberattacks", "Topic")]
    return Extraction(art, ents, facts if facts is not None else [_fact()])


# ---------------------------------------------------------------- IRIs

@pytest.mark.parametrize("args,expected", [
    (("USA", "Country"), ENT + "USA"),
    (("Barack_Obama", "Person"), ENT + "Barack_Obama"),
    (("cyberattacks", "Topic"), TOPIC + "cyberattacks"),
    (("Côte_d_Ivoire", "Country"), ENT + "Côte_d_Ivoire"),
    (("a b/c\"d", "Organization"), ENT + "a%20b%2Fc%22d"),
    (("", "Person"), ENT + "_"),
])
def test_entity_iri(args, expected):
    assert entity_iri(*args) == URIRef(expected)


def test_article_sentence_graph_iris():
    assert article_iri("a1") == URIRef(ART + "a1")
    assert graph_iri("a1") == URIRef(GRAPH + "a1")
    assert sentence_iri("a1", 85) == URIRef("http://kg.example.org/article/a1#s85")
    assert graph_iri("news/2024 01.txt") == URIRef(GRAPH + "news%2F2024%2001.txt")


def test_event_iri_is_a_hash_of_the_fact_identity():
    fact = _fact()
    assert event_iri(fact) == event_iri(_fact(confidence=0.1, trigger="meets", modality="planned"))
    assert str(event_iri(fact)).startswith(str(EV))
    others = {event_iri(_fact(polarity="negative")), event_iri(_fact(start=85)),
              event_iri(_fact(object_id="EAV")), event_iri(_fact(predicate="visits")),
              event_iri(_fact(article="a2")), event_iri(fact)}
    assert len(others) == 6


# ---------------------------------------------------------------- one article

def test_positive_fact_gives_direct_triple_and_event():
    gid, g = extraction_to_graph(_extraction([_fact(date="2024-03-05", place="Geneva", place_id="Geneva",
                                                    event_type="0431")]))
    assert gid == URIRef(GRAPH + "a1")
    berg, li = ENT.Anna_Berg, ENT.Li_Wen
    assert (berg, KG.meets, li) in g
    ev = event_iri(_fact())
    expected = {
        (RDF.type, KG.ConsultEvent), (KG.relation, KG.meets), (KG.agent, berg), (KG.target, li),
        (KG.polarity, Literal("positive")), (KG.modality, Literal("asserted")),
        (KG.confidence, Literal(Decimal("0.9"))), (KG.cameoCode, Literal("0431")),
        (KG.trigger, Literal("met")), (KG.rule, Literal("svo")),
        (KG.date, Literal("2024-03-05", datatype=XSD.date)), (KG.place, ENT.Geneva),
        (KG.placeLabel, Literal("Geneva")), (KG.evidence, URIRef(ART + "a1#s0")),
        (PROV.wasDerivedFrom, URIRef(ART + "a1#s0")), (KG.article, ART.a1)}
    assert set(g.predicate_objects(ev)) == expected
    assert g.value(ev, KG.confidence).datatype == XSD.decimal


def test_negative_fact_is_only_an_event():
    fact = _fact(subject="Norland", subject_id="NRL", subject_type="Country", object="Eastavia",
                 object_id="EAV", object_type="Country", polarity="negative")
    _, g = extraction_to_graph(_extraction([fact]))
    assert (None, KG.meets, None) not in g
    ev = event_iri(fact)
    assert g.value(ev, KG.polarity) == Literal("negative")
    assert g.value(ev, KG.agent) == ENT.NRL and g.value(ev, KG.target) == ENT.EAV


def test_topic_fact_uses_kg_topic():
    fact = _fact(sentence="Eastavia denied any role in the cyberattacks.", start=169, end=214,
                 subject="Eastavia", subject_id="EAV", subject_type="Country", predicate="denies",
                 object="cyberattacks", object_id="cyberattacks", object_type="Topic")
    _, g = extraction_to_graph(_extraction([fact]))
    ev = event_iri(fact)
    assert g.value(ev, KG.topic) == TOPIC.cyberattacks and g.value(ev, KG.target) is None
    assert (ENT.EAV, KG.denies, TOPIC.cyberattacks) in g
    assert g.value(ev, RDF.type) == KG.TopicEvent
    assert g.value(ev, KG.cameoCode) == Literal("01")  # the relation's CAMEO root when none is given


def test_static_fact_has_no_cameo_code():
    fact = _fact(predicate="leaderOf", object="Norland", object_id="NRL", object_type="Country")
    _, g = extraction_to_graph(_extraction([fact]))
    ev = event_iri(fact)
    assert g.value(ev, RDF.type) == KG.StaticEvent and g.value(ev, KG.cameoCode) is None


def test_place_without_id_is_only_a_label_and_attribution_is_an_iri():
    fact = _fact(place="the border", attributed_to="Anna Berg", attributed_to_id="Anna_Berg",
                 modality="reported")
    _, g = extraction_to_graph(_extraction([fact]))
    ev = event_iri(fact)
    assert g.value(ev, KG.place) is None and g.value(ev, KG.placeLabel) == Literal("the border")
    assert g.value(ev, KG.attributedTo) == ENT.Anna_Berg


def test_entities_sentences_article():
    _, g = extraction_to_graph(_extraction())
    berg = ENT.Anna_Berg
    assert g.value(berg, RDF.type) == KG.Person
    assert g.value(berg, RDFS.label) == Literal("Anna Berg") == g.value(berg, SKOS.prefLabel)
    assert set(g.objects(berg, SKOS.altLabel)) == {Literal("Berg"), Literal("President Anna Berg")}
    assert g.value(ENT.NRL, KG.iso3) == Literal("NRL") and g.value(ENT.NRL, KG.entityId) == Literal("NRL")
    assert list(g.objects(ENT.NRL, SKOS.altLabel)) == []  # the alias equal to the label is dropped
    assert g.value(ENT.Li_Wen, KG.iso3) is None
    assert g.value(TOPIC.cyberattacks, RDF.type) == KG.Topic
    s0 = URIRef(ART + "a1#s0")
    assert g.value(s0, KG.text) == Literal(S0)
    assert g.value(s0, KG.start) == Literal(0) and g.value(s0, KG.end).datatype == XSD.integer
    assert g.value(ART.a1, KG.articleId) == Literal("a1")
    assert g.value(ART.a1, URIRef("http://purl.org/dc/terms/date")) == Literal("2024-03-05", datatype=XSD.date)


def test_entity_missing_from_the_list_is_described_from_the_fact():
    _, g = extraction_to_graph(_extraction(entities=[]))
    assert g.value(ENT.Li_Wen, RDFS.label) == Literal("Li Wen")
    assert g.value(ENT.Li_Wen, RDF.type) == KG.Person


@pytest.mark.parametrize("value,expected", [
    ("2024-03-05", "2024-03-05"), ("2024-03-05T10:00:00Z", "2024-03-05"), ("2024-13-45", None),
    ("March 2024", None), (None, None)])
def test_dates_are_xsd_dates_or_left_out(value, expected):
    fact = _fact(date=value)
    _, g = extraction_to_graph(_extraction([fact]))
    got = g.value(event_iri(fact), KG.date)
    assert (None if got is None else str(got)) == expected
    assert got is None or got.datatype == XSD.date


def test_duplicate_facts_keep_the_most_confident():
    facts = [_fact(confidence=0.5, modality="possible"), _fact(confidence=0.8)]
    _, g = extraction_to_graph(_extraction(facts))
    ev = event_iri(facts[0])
    assert list(g.objects(ev, KG.confidence)) == [Literal(Decimal("0.8"))]
    assert list(g.objects(ev, KG.modality)) == [Literal("asserted")]


def test_errors_name_the_article():
    with pytest.raises(GraphError, match=r"a1.*'meetsWith'.*kg\.ttl"):
        extraction_to_graph(_extraction([_fact(predicate="meetsWith")], origin=None))
    with pytest.raises(GraphError, match=r"news\.jsonl:3.*'Martian'"):
        extraction_to_graph(_extraction(entities=[Entity("X", "X", "Martian")], origin="news.jsonl:3"))
    with pytest.raises(GraphError, match="confidence"):
        extraction_to_graph(_extraction([_fact(confidence=float("nan"))]))


# ---------------------------------------------------------------- the fixture, rebuilt

def _events_as_bnodes(graph: Graph) -> Graph:
    out, nodes = Graph(), {}

    def term(t):
        if isinstance(t, URIRef) and str(t).startswith(str(EV)):
            return nodes.setdefault(t, BNode())
        return t

    for s, p, o in graph:
        out.add((term(s), p, term(o)))
    return out


def _extraction_from_fixture(mini: Dataset, article_id: str) -> Extraction:
    named = mini.graph(graph_iri(article_id))
    art = ART[article_id]
    dct = "http://purl.org/dc/terms/"
    article = Article(article_id, str(named.value(art, URIRef(dct + "title"))), "",
                      str(named.value(art, URIRef(dct + "date"))), str(named.value(art, URIRef(dct + "source"))),
                      str(named.value(art, KG.url)))
    entities = []
    for iri in set(named.subjects(KG.entityId, None)):
        type_ = str(named.value(iri, RDF.type)).split("#")[1]
        entities.append(Entity(str(named.value(iri, KG.entityId)), str(named.value(iri, RDFS.label)),
                               type_, {str(a) for a in named.objects(iri, SKOS.altLabel)}))
    copy = Graph()
    for triple in named:
        copy.add(triple)
    return Extraction(article, entities, facts_from_graph(copy))


@pytest.mark.parametrize("article_id", ["a1", "a2"])
def test_rebuilding_the_fixture_gives_the_same_graph(mini, article_id):
    extraction = _extraction_from_fixture(mini, article_id)
    gid, built = extraction_to_graph(extraction)
    assert gid == graph_iri(article_id)
    assert isomorphic(_events_as_bnodes(built), _events_as_bnodes(mini.graph(gid)))


def test_facts_from_fixture(mini):
    facts = facts_from_graph(mini)
    assert len(facts) == 9
    keys = [(f.article, f.start, f.subject_id, f.predicate, f.object_id, f.polarity) for f in facts]
    assert keys[:3] == [("a1", 0, "Anna_Berg", "leaderOf", "NRL", "positive"),
                        ("a1", 0, "Anna_Berg", "meets", "Li_Wen", "positive"),
                        ("a1", 0, "Li_Wen", "leaderOf", "EAV", "positive")]
    attack = next(f for f in facts if f.predicate == "attacks")
    assert (attack.subject, attack.subject_type, attack.object, attack.modality, attack.attributed_to,
            attack.attributed_to_id, attack.event_type, attack.date, attack.confidence, attack.end) == (
        "Eastavia", "Country", "Norland", "reported", "Anna Berg", "Anna_Berg", "19", "2024-03-05", 0.7, 168)
    meet = next(f for f in facts if f.predicate == "meets" and f.polarity == "positive")
    assert (meet.place, meet.place_id, meet.trigger, meet.rule) == ("Geneva", "Geneva", "met", "svo")
    denial = next(f for f in facts if f.predicate == "denies")
    assert (denial.object, denial.object_type) == ("cyberattacks", "Topic")
    negative = [f for f in facts if f.polarity == "negative"]
    assert [(f.article, f.subject_id, f.predicate, f.object_id) for f in negative] == [("a2", "NRL", "meets", "EAV")]


# ---------------------------------------------------------------- datasets and hashes

def test_build_dataset_is_deterministic_and_replaces_articles():
    ex1 = _extraction()
    ex2 = _extraction([_fact(article="a2")], id="a2")
    one, two = build_dataset([ex1, ex2]), build_dataset([ex1, ex2])
    for gid in (graph_iri("a1"), graph_iri("a2")):
        assert len(one.graph(gid)) > 20
        assert isomorphic(one.graph(gid), two.graph(gid))
    assert isomorphic(one.graph(graph_iri("a1")), extraction_to_graph(ex1)[1])
    # the union is what SPARQL sees
    assert len(list(one.query("SELECT ?e WHERE { ?e a kg:ConsultEvent }",
                              initNs={"kg": KG._NS}))) == 2
    changed = _extraction([_fact(predicate="visits")])
    replaced = build_dataset([ex1, changed])
    assert (ENT.Anna_Berg, KG.visits, ENT.Li_Wen) in replaced
    assert (ENT.Anna_Berg, KG.meets, ENT.Li_Wen) not in replaced


def test_content_hash():
    base = content_hash(_extraction())
    assert base == content_hash(_extraction()) and len(base) == 64
    assert base == content_hash(_extraction(origin="elsewhere.jsonl:9"))
    assert base != content_hash(_extraction([_fact(confidence=0.8)]))
    assert base != content_hash(_extraction(title="Another title"))
    reordered = _extraction()
    reordered.entities.reverse()
    assert base == content_hash(reordered)


def test_built_graph_validates():
    from kg.query import validate

    facts = [_fact(place="Geneva", place_id="Geneva", date="2024-03-05"),
             _fact(subject="Norland", subject_id="NRL", subject_type="Country", object="Eastavia",
                   object_id="EAV", object_type="Country", polarity="negative",
                   attributed_to="Anna Berg", attributed_to_id="Anna_Berg", modality="reported"),
             _fact(predicate="concernedAbout", object="cyberattacks", object_id="cyberattacks",
                   object_type="Topic", start=169, end=214, sentence="Berg fears cyberattacks.")]
    conforms, report = validate(build_dataset([_extraction(facts)]))
    assert conforms, report


def test_facts_round_trip_through_the_graph():
    facts = [
        _fact(place="Geneva", place_id="Geneva", date="2024-03-05", event_type="0431", modality="planned"),
        _fact(subject="Norland", subject_id="NRL", subject_type="Country", object="Eastavia",
              object_id="EAV", object_type="Country", polarity="negative", attributed_to="Anna Berg",
              attributed_to_id="Anna_Berg", modality="reported", confidence=0.55, trigger="meet", rule="neg"),
        _fact(predicate="concernedAbout", object="cyberattacks", object_id="cyberattacks",
              object_type="Topic", start=169, end=193, sentence="Berg fears cyberattacks.", event_type="012",
              place="the border", trigger=None, rule=None, confidence=1.0),
        _fact(article="b7", subject="Li Wen", subject_id="Li_Wen", predicate="leaderOf", object="Eastavia",
              object_id="EAV", object_type="Country", event_type=None, sentence="Premier Li Wen spoke.",
              start=5, end=26, trigger="Premier", rule="title", confidence=0.95),
    ]
    extractions = [_extraction(facts[:3]), _extraction(facts[3:], id="b7", entities=[])]
    back = facts_from_graph(build_dataset(extractions))
    expected = sorted(facts, key=lambda f: f.key())
    for fact in expected:  # what the graph adds: the relation's CAMEO root when none was given
        if fact.event_type is None and fact.predicate != "leaderOf":
            fact.event_type = "04"
    assert [f.to_dict() for f in back] == [f.to_dict() for f in expected]


# ---------------------------------------------------------------- real articles

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev"


@pytest.fixture(scope="module")
def dev_extractions() -> list[Extraction]:
    files = sorted(DEV.glob("*.article.json"))
    if not files:
        pytest.skip(f"no dev articles in {DEV}")
    from kg.extract import extract_articles
    from kg.ingest import read_articles
    from kg.nlp import load_nlp

    return list(extract_articles(list(read_articles([str(f) for f in files])), load_nlp()))


@pytest.mark.slow
def test_real_articles_round_trip_and_rebuild_identically(dev_extractions):
    dataset = build_dataset(dev_extractions)
    best: dict[tuple, Fact] = {}
    for extraction in dev_extractions:
        for fact in extraction.facts:
            if fact.key() not in best or fact.confidence > best[fact.key()].confidence:
                best[fact.key()] = fact

    def row(f: Fact) -> tuple:
        return (f.key(), f.end, f.subject, f.subject_type, f.object, f.object_type, f.modality,
                round(f.confidence, 4), f.attributed_to_id, f.trigger, f.rule, f.sentence.strip(),
                f.place_id, f.place)

    back = facts_from_graph(dataset)
    assert len(back) == len(best) > 50
    assert sorted(map(row, back)) == sorted(map(row, best.values()))
    again = build_dataset(dev_extractions)
    for extraction in dev_extractions:
        gid = graph_iri(extraction.article.id)
        assert isomorphic(dataset.graph(gid), again.graph(gid))


@pytest.mark.slow
def test_real_articles_conform_to_the_shapes(dev_extractions):
    """Every structural rule holds on real output. Domain/range rules (a place as the
    agent of kg:accuses) judge the extractor's typing, not this module: listed, not failed."""
    import re

    from kg.query import validate

    conforms, report = validate(build_dataset(dev_extractions))
    messages = re.findall(r"^\tMessage: (.*)$", report, re.MULTILINE)
    typing = re.compile(r"^the (agent|target or topic) \S+ is not in the (domain|range) ")
    structural = [m for m in messages if not typing.match(m)]
    assert conforms or messages, report
    assert structural == [], report
