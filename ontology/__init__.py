"""The kg ontology (``kg.ontology``): the Turtle files and what code reads from them.

setuptools maps this directory to the package ``kg.ontology`` (see pyproject.toml), so
the code lives here, next to ``kg.ttl`` and ``shapes.ttl``: a ``kg/ontology.py`` module
would shadow this package in an editable install, or be shadowed by it in a wheel.

``kg.ttl`` is the source of truth for the relation vocabulary. :func:`relations` reads
each relation's family, CAMEO root, Goldstein weight and event class from it, so adding a
relation is an edit of the ontology (plus its term in :mod:`kg.namespaces`), not of code.

Example:
    >>> from kg.ontology import relations
    >>> relations()["meets"].family, relations()["meets"].symmetric
    ('consult', True)
"""
from __future__ import annotations

import functools
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from rdflib import OWL, RDF, Graph, URIRef

from kg.errors import GraphError
from kg.namespaces import KG

__all__ = ["RelationInfo", "ontology_path", "shapes_path", "load_ontology", "load_shapes",
           "relations", "relation_kind"]

#: Families whose relations point at a kg:Topic (kg:topic role) or are standing facts.
_TOPIC_FAMILY = "topic"
_STATIC_FAMILY = "static"


class RelationInfo(NamedTuple):
    """What the ontology says about one relation (object property)."""

    name: str                 # local name, e.g. "meets"
    iri: URIRef               # kg:meets
    family: str               # "consult", ..., "topic", "static"
    cameo_root: str | None    # "04"; None for static relations
    goldstein: float          # representative Goldstein weight of the family
    symmetric: bool           # owl:SymmetricProperty
    kind: str                 # "actor" | "topic" | "static"
    event_class: URIRef       # kg:ConsultEvent ...


def _resource(name: str) -> Path:
    return Path(str(resources.files(__name__).joinpath(name)))


def ontology_path() -> Path:
    """Path of ``kg.ttl``, the OWL ontology."""
    return _resource("kg.ttl")


def shapes_path() -> Path:
    """Path of ``shapes.ttl``, the SHACL shapes the output must satisfy."""
    return _resource("shapes.ttl")


def _parse(path: Path) -> Graph:
    try:
        return Graph().parse(path, format="turtle")
    except Exception as exc:  # a broken install or a bad edit of the ontology
        raise GraphError(f"{path}: cannot parse the ontology: {exc}; fix the file or reinstall kg") from exc


@functools.cache
def load_ontology() -> Graph:
    """The ontology as an rdflib Graph (parsed once per process; do not modify it)."""
    return _parse(ontology_path())


@functools.cache
def load_shapes() -> Graph:
    """The SHACL shapes as an rdflib Graph (parsed once per process; do not modify it)."""
    return _parse(shapes_path())


def relation_kind(family: str) -> str:
    """``"topic"``, ``"static"`` or ``"actor"`` for a relation family."""
    if family == _TOPIC_FAMILY:
        return "topic"
    if family == _STATIC_FAMILY:
        return "static"
    return "actor"


@functools.cache
def relations() -> dict[str, RelationInfo]:
    """Every relation of the ontology by local name, read from ``kg.ttl``.

    A relation is an ``owl:ObjectProperty`` in the kg namespace with a ``kg:family``
    (event roles such as ``kg:agent`` have none).

    Raises:
        GraphError: a relation lacks its ``kg:eventClass`` or has a malformed weight.
    """
    graph = load_ontology()
    ns = str(KG._NS)
    out: dict[str, RelationInfo] = {}
    for prop in sorted(graph.subjects(RDF.type, OWL.ObjectProperty)):
        family = graph.value(prop, KG.family)
        if family is None or not str(prop).startswith(ns):
            continue
        name = str(prop)[len(ns):]
        event_class = graph.value(prop, KG.eventClass)
        goldstein = graph.value(prop, KG.goldstein)
        if event_class is None or goldstein is None:
            raise GraphError(f"{ontology_path()}: relation kg:{name} needs kg:eventClass and "
                             f"kg:goldstein; add them next to its kg:family")
        try:
            weight = float(Decimal(str(goldstein)))
        except ArithmeticError as exc:
            raise GraphError(f"{ontology_path()}: kg:{name} has kg:goldstein {goldstein!s}, "
                             f"not a number") from exc
        cameo = graph.value(prop, KG.cameoRoot)
        out[name] = RelationInfo(
            name=name, iri=prop, family=str(family), cameo_root=str(cameo) if cameo else None,
            goldstein=weight, symmetric=(prop, RDF.type, OWL.SymmetricProperty) in graph,
            kind=relation_kind(str(family)), event_class=event_class)
    return out
