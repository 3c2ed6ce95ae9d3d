"""The ontology parses, agrees with kg.namespaces.KG term by term, and carries the
relation vocabulary of DESIGN.md with CAMEO roots and Goldstein weights."""
from __future__ import annotations

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal

from kg.namespaces import KG
from kg.ontology import load_ontology, load_shapes, ontology_path, relations, shapes_path

NS = str(KG._NS)
_DECLARATIONS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)

# DESIGN.md's relation table: relation -> (family, CAMEO root or None)
DESIGN_TABLE = {
    "meets": ("consult", "04"), "visits": ("consult", "04"), "negotiatesWith": ("consult", "04"),
    "cooperatesWith": ("cooperate", "06"), "supports": ("cooperate", "05"), "aids": ("cooperate", "07"),
    "appealsTo": ("request", "02"), "demandsFrom": ("request", "10"),
    "criticizes": ("disapprove", "11"), "accuses": ("disapprove", "11"),
    "rejects": ("reject", "12"), "threatens": ("threaten", "13"),
    "protestsAgainst": ("protest", "14"), "sanctions": ("coerce", "16"), "attacks": ("assault", "19"),
    "discusses": ("topic", "01"), "concernedAbout": ("topic", "01"), "denies": ("topic", "01"),
    "leaderOf": ("static", None), "memberOf": ("static", None), "locatedIn": ("static", None),
}
# CAMEO roots DESIGN.md allows per family
FAMILY_ROOTS = {"consult": {"04"}, "cooperate": {"03", "05", "06", "07"}, "request": {"02", "10"},
                "disapprove": {"11"}, "reject": {"12"}, "threaten": {"13"}, "protest": {"14"},
                "coerce": {"16", "17"}, "assault": {"18", "19", "20"},
                "topic": {"01", "02", "11", "12"}, "static": {None}}


def _declared_terms(graph: Graph) -> set[str]:
    return {str(s)[len(NS):] for kind in _DECLARATIONS for s in graph.subjects(RDF.type, kind)
            if str(s).startswith(NS)}


def test_ontology_and_shapes_parse():
    assert ontology_path().name == "kg.ttl" and shapes_path().name == "shapes.ttl"
    assert len(load_ontology()) > 200
    assert len(load_shapes()) > 50


def test_namespace_terms_declared_in_ontology_and_back():
    in_code = set(KG.__annotations__)
    in_ttl = _declared_terms(load_ontology())
    assert in_code - in_ttl == set(), "terms in kg/namespaces.py missing from kg.ttl"
    assert in_ttl - in_code == set(), "terms in kg.ttl missing from kg/namespaces.py"


def test_every_term_has_label_and_comment():
    graph = load_ontology()
    for name in KG.__annotations__:
        term = KG[name]
        assert graph.value(term, RDFS.label) is not None, name
        assert graph.value(term, RDFS.comment) is not None, name


def test_relations_match_design_table():
    rels = relations()
    assert set(rels) == set(DESIGN_TABLE)
    for name, (family, root) in DESIGN_TABLE.items():
        info = rels[name]
        assert info.iri == KG[name]
        assert (info.family, info.cameo_root) == (family, root), name
        assert info.cameo_root in FAMILY_ROOTS[family], name
        assert -10.0 <= info.goldstein <= 10.0
        assert info.event_class == KG[family.capitalize() + "Event"], name


@pytest.mark.parametrize("name,kind", [("meets", "actor"), ("discusses", "topic"),
                                       ("denies", "topic"), ("leaderOf", "static")])
def test_relation_kind(name, kind):
    assert relations()[name].kind == kind


def test_goldstein_signs_follow_families():
    rels = relations()
    assert all(rels[r].goldstein > 0 for r in ("meets", "visits", "cooperatesWith", "aids", "appealsTo"))
    assert all(rels[r].goldstein < 0 for r in ("criticizes", "rejects", "threatens", "sanctions"))
    assert rels["attacks"].goldstein <= -9
    assert all(rels[r].goldstein == 0 for r in ("leaderOf", "memberOf", "locatedIn"))


def test_symmetric_relations():
    assert {n for n, r in relations().items() if r.symmetric} == {"meets", "negotiatesWith",
                                                                  "cooperatesWith"}


def test_event_classes_are_subclasses_of_event():
    graph = load_ontology()
    for info in relations().values():
        assert (info.event_class, RDFS.subClassOf, KG.Event) in graph
    for actor in ("Person", "Country", "Organization", "Group"):
        assert (KG[actor], RDFS.subClassOf, KG.Actor) in graph


def test_evidence_is_prov_derivation():
    graph = load_ontology()
    prov = "http://www.w3.org/ns/prov#wasDerivedFrom"
    assert str(graph.value(KG.evidence, RDFS.subPropertyOf)) == prov
    assert graph.value(KG.goldstein, RDFS.range) is not None
    assert isinstance(graph.value(KG.meets, KG.goldstein), Literal)
