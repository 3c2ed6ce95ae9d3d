"""RDF namespaces. ``KG`` mirrors ontology/kg.ttl term by term (a test checks
that the two agree), so a typo such as ``KG.meet`` raises instead of minting a
new IRI."""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

__all__ = ["KG", "ENT", "TOPIC", "EV", "ART", "GRAPH", "BASE", "PROV", "DCT", "SKOS", "bind_prefixes"]

BASE = "http://kg.example.org/"


class KG(DefinedNamespace):
    """The kg ontology (ontology/kg.ttl)."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # classes: actors, places, topics
    Actor: URIRef
    Person: URIRef
    Country: URIRef
    Organization: URIRef
    Group: URIRef
    Location: URIRef
    Topic: URIRef
    # classes: events, one per relation family
    Event: URIRef
    ConsultEvent: URIRef
    CooperateEvent: URIRef
    RequestEvent: URIRef
    DisapproveEvent: URIRef
    RejectEvent: URIRef
    ThreatenEvent: URIRef
    ProtestEvent: URIRef
    CoerceEvent: URIRef
    AssaultEvent: URIRef
    TopicEvent: URIRef
    StaticEvent: URIRef
    # classes: provenance
    Article: URIRef
    Sentence: URIRef

    # relations (object properties), see DESIGN.md
    meets: URIRef
    visits: URIRef
    negotiatesWith: URIRef
    cooperatesWith: URIRef
    supports: URIRef
    aids: URIRef
    appealsTo: URIRef
    demandsFrom: URIRef
    criticizes: URIRef
    accuses: URIRef
    rejects: URIRef
    threatens: URIRef
    protestsAgainst: URIRef
    sanctions: URIRef
    attacks: URIRef
    discusses: URIRef
    concernedAbout: URIRef
    denies: URIRef
    leaderOf: URIRef
    memberOf: URIRef
    locatedIn: URIRef

    # annotations on relations
    family: URIRef        # "consult", "cooperate", ... (literal)
    cameoRoot: URIRef     # "04" (literal)
    goldstein: URIRef     # xsd:decimal, Goldstein-scale weight of the family
    eventClass: URIRef    # the kg:*Event class a relation's facts are typed with

    # event roles
    relation: URIRef      # the relation property (IRI) this event instantiates
    agent: URIRef
    target: URIRef
    topic: URIRef
    place: URIRef         # IRI of a kg:Location when resolved
    placeLabel: URIRef    # the place as written
    date: URIRef          # xsd:date
    polarity: URIRef      # "positive" | "negative"
    modality: URIRef      # "asserted" | "planned" | "expected" | "possible" | "reported"
    attributedTo: URIRef
    confidence: URIRef    # xsd:decimal 0..1
    trigger: URIRef       # the word that triggered the fact
    rule: URIRef          # name of the extraction rule
    cameoCode: URIRef     # CAMEO code of this event
    evidence: URIRef      # -> kg:Sentence
    article: URIRef       # -> kg:Article (events and sentences)

    # sentences and articles
    text: URIRef
    start: URIRef
    end: URIRef
    articleId: URIRef
    url: URIRef

    # entities
    iso3: URIRef          # ISO 3166-1 alpha-3 code of a country
    entityId: URIRef      # the stable id the IRI was made from


ENT = Namespace(BASE + "entity/")
TOPIC = Namespace(BASE + "topic/")
EV = Namespace(BASE + "event/")
ART = Namespace(BASE + "article/")
GRAPH = Namespace(BASE + "graph/")
PROV = Namespace("http://www.w3.org/ns/prov#")
DCT = Namespace("http://purl.org/dc/terms/")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")


def bind_prefixes(graph) -> None:
    """Bind kg's prefixes on an rdflib Graph/Dataset for readable output."""
    for prefix, ns in (("kg", KG._NS), ("ent", ENT), ("topic", TOPIC), ("ev", EV),
                       ("art", ART), ("kgg", GRAPH), ("prov", PROV), ("dcterms", DCT),
                       ("skos", SKOS)):
        graph.bind(prefix, ns, override=True)
