"""RDF stage: :class:`~kg.types.Extraction` -> one rdflib named graph per article.

The shape is fixed in docs/CONTRACTS.md: a direct triple per positive fact
(``ent:Barack_Obama kg:meets ent:Xi_Jinping``), an event node per fact with its roles
and PROV-O provenance to the evidence sentence and the article, and a description of
every entity the article mentions. IRIs are deterministic (ids, offsets and hashes of
stable fields), so building the same input twice gives the same graph and re-loading
an article replaces its named graph instead of duplicating it.

Example:
    >>> from kg.types import Article, Extraction
    >>> gid, graph = extraction_to_graph(Extraction(Article("a1", "Title", "Text.")))
    >>> str(gid)
    'http://kg.example.org/graph/a1'
"""
from __future__ import annotations

import datetime as _dt
import contextlib
import dataclasses
import functools
import gc
import hashlib
import json
import math
import re
from collections.abc import Iterable
from urllib.parse import quote, unquote

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef

from kg.errors import GraphError
from kg.namespaces import ART, DCT, ENT, EV, GRAPH, KG, PROV, SKOS, TOPIC, bind_prefixes
from kg.ontology import RelationInfo, relations
from kg.types import ENTITY_TYPES, Article, Entity, Extraction, Fact

__all__ = ["entity_iri", "event_iri", "sentence_iri", "article_iri", "graph_iri",
           "extraction_to_graph", "extraction_triples", "build_dataset", "content_hash", "facts_from_graph",
           "relaxed_gc", "SHAPE_VERSION"]

#: Bump when the graph written for the same extraction changes, so that stores
#: comparing :func:`content_hash` rebuild articles written by an older kg.
SHAPE_VERSION = "1"

# Characters kept as they are in IRI segments; anything else is percent-encoded so
# that ids with spaces, slashes or quotes still make valid, reversible IRIs.
_UNSAFE = re.compile(r"[^\w\-.~]", re.UNICODE)
# Mentions that are never useful as aliases (coreference hands them to the resolver).
_PRONOUNS = frozenset({"he", "she", "it", "they", "him", "her", "them", "his", "its", "their",
                       "we", "us", "our", "i", "you", "this", "that"})
_ISO3 = re.compile(r"^[A-Z]{3}$")
_ISO_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:$|[T ])")
_TYPE_CLASS = {name: KG[name] for name in ENTITY_TYPES}
_CLASS_TYPE = {cls: name for name, cls in _TYPE_CLASS.items()}

# Terms used in the hot loop, looked up once (DefinedNamespace attribute access is slow).
_A, _LABEL = RDF.type, RDFS.label
_PREF, _ALT = SKOS.prefLabel, SKOS.altLabel
(_K_ENTITY_ID, _K_ISO3, _K_RELATION, _K_AGENT, _K_TARGET, _K_TOPIC, _K_PLACE, _K_PLACE_LABEL,
 _K_DATE, _K_POLARITY, _K_MODALITY, _K_ATTRIBUTED, _K_CONFIDENCE, _K_TRIGGER, _K_RULE,
 _K_CAMEO, _K_EVIDENCE, _K_ARTICLE, _K_TEXT, _K_START, _K_END, _K_ARTICLE_ID, _K_URL,
 _K_SENTENCE, _K_ARTICLE_CLASS, _K_ACTOR) = (
    KG.entityId, KG.iso3, KG.relation, KG.agent, KG.target, KG.topic, KG.place, KG.placeLabel,
    KG.date, KG.polarity, KG.modality, KG.attributedTo, KG.confidence, KG.trigger, KG.rule,
    KG.cameoCode, KG.evidence, KG.article, KG.text, KG.start, KG.end, KG.articleId, KG.url,
    KG.Sentence, KG.Article, KG.Actor)
_DERIVED, _TITLE, _DATE, _SOURCE = PROV.wasDerivedFrom, DCT.title, DCT.date, DCT.source


def _segment(text: str) -> str:
    """An IRI path segment for an id (percent-encoding what IRIs cannot hold)."""
    return _UNSAFE.sub(lambda m: quote(m.group(0), safe=""), text) or "_"


@functools.lru_cache(maxsize=65536)
def entity_iri(entity_id: str, type: str | None = None) -> URIRef:  # noqa: A002 - contract name
    """IRI of an entity: ``topic:<id>`` for topics, ``ent:<id>`` for everything else.

    >>> entity_iri("USA", "Country")
    rdflib.term.URIRef('http://kg.example.org/entity/USA')
    """
    return URIRef((TOPIC if type == "Topic" else ENT) + _segment(entity_id))


def article_iri(article_id: str) -> URIRef:
    """IRI of an article: ``art:<id>``."""
    return URIRef(ART + _segment(article_id))


def graph_iri(article_id: str) -> URIRef:
    """IRI of an article's named graph: ``kgg:<id>``."""
    return URIRef(GRAPH + _segment(article_id))


def sentence_iri(article_id: str, start: int) -> URIRef:
    """IRI of a sentence: ``art:<id>#s<start>`` (its character offset in the article)."""
    return URIRef(f"{ART}{_segment(article_id)}#s{int(start)}")


def event_iri(fact: Fact) -> URIRef:
    """IRI of a fact's event node: a hash of (article, sentence start, subject id,
    predicate, object id, polarity), the fact's identity (:meth:`Fact.key`)."""
    key = "\x1f".join(str(part) for part in fact.key())
    return URIRef(EV + hashlib.sha1(key.encode("utf-8")).hexdigest()[:20])


def _date(value: str | None) -> Literal | None:
    """An xsd:date literal for an ISO date (or date-time); None when there is none."""
    if not value:
        return None
    match = _ISO_DATE.match(value.strip())
    if not match:
        return None
    try:
        _dt.date.fromisoformat(match.group(1))
    except ValueError:
        return None
    return Literal(match.group(1), datatype=XSD.date)


def _decimal(value: float, origin: str) -> Literal:
    number = float(value)
    if not math.isfinite(number):
        raise GraphError(f"{origin}: confidence {value!r} is not a number; the extractor must give 0..1")
    lexical = f"{number:.4f}".rstrip("0")
    return Literal(lexical + "0" if lexical.endswith(".") else lexical, datatype=XSD.decimal)


@functools.lru_cache(maxsize=4096)
def _term(text: str) -> Literal:
    """A plain literal for strings from small vocabularies (polarity, rule, CAMEO code)."""
    return Literal(text)


def _clean(text: str) -> str:
    return " ".join(text.split())


class _Writer:
    """Writes one article's triples into a graph (kept per call: no shared state)."""

    def __init__(self, graph: Graph, article: Article):
        self.add = graph.add
        self.article = article
        self.art = article_iri(article.id)
        self.origin = article.origin or f"article {article.id}"
        self.described: set[URIRef] = set()
        self.sentences: set[int] = set()

    def article_node(self) -> None:
        add, art, a = self.add, self.art, self.article
        add((art, _A, _K_ARTICLE_CLASS))
        add((art, _K_ARTICLE_ID, Literal(a.id)))
        if a.title:
            add((art, _TITLE, Literal(_clean(a.title))))
        date = _date(a.date)
        if date is not None:
            add((art, _DATE, date))
        if a.source:
            add((art, _SOURCE, Literal(a.source)))
        if a.url:
            add((art, _K_URL, Literal(a.url)))

    def entity(self, entity: Entity) -> URIRef:
        cls = _TYPE_CLASS.get(entity.type)
        if cls is None:
            raise GraphError(f"{self.origin}: entity {entity.id!r} has type {entity.type!r}; "
                             f"expected one of {', '.join(ENTITY_TYPES)}")
        iri = entity_iri(entity.id, entity.type)
        if iri in self.described:
            return iri
        self.described.add(iri)
        add = self.add
        label = Literal(_clean(entity.label) or entity.id)
        add((iri, _A, cls))
        add((iri, _LABEL, label))
        add((iri, _PREF, label))
        add((iri, _K_ENTITY_ID, Literal(entity.id)))
        if entity.type == "Country" and _ISO3.match(entity.id):
            add((iri, _K_ISO3, Literal(entity.id)))
        for alias in entity.aliases:
            alias = _clean(alias)
            if alias and alias != label.value and alias.lower() not in _PRONOUNS:
                add((iri, _ALT, Literal(alias)))
        return iri

    def mentioned(self, entity_id: str, label: str | None, type_: str) -> URIRef:
        """IRI of an entity a fact names, describing it when the entity list lacks it."""
        iri = entity_iri(entity_id, type_)
        if iri not in self.described:
            if type_ not in _TYPE_CLASS:  # e.g. an attribution source of unknown type
                self.described.add(iri)
                text = Literal(_clean(label or "") or entity_id)
                for triple in ((iri, _A, _K_ACTOR), (iri, _LABEL, text), (iri, _PREF, text),
                               (iri, _K_ENTITY_ID, Literal(entity_id))):
                    self.add(triple)
            else:
                self.entity(Entity(id=entity_id, label=label or entity_id, type=type_))
        return iri

    def sentence(self, fact: Fact) -> URIRef:
        iri = sentence_iri(self.article.id, fact.start)
        if fact.start not in self.sentences:
            self.sentences.add(fact.start)
            add = self.add
            add((iri, _A, _K_SENTENCE))
            # stripped: extractors disagree on trailing blank lines of the same sentence,
            # and the first fact must not decide the text the others see
            add((iri, _K_TEXT, Literal(fact.sentence.strip())))
            add((iri, _K_START, Literal(int(fact.start))))
            add((iri, _K_END, Literal(int(fact.end))))
            add((iri, _K_ARTICLE, self.art))
        return iri

    def fact(self, fact: Fact, rel: RelationInfo) -> None:
        add = self.add
        subj = self.mentioned(fact.subject_id, fact.subject, fact.subject_type)
        obj = self.mentioned(fact.object_id, fact.object, fact.object_type)
        if fact.polarity == "positive":
            add((subj, rel.iri, obj))
        ev = event_iri(fact)
        add((ev, _A, rel.event_class))
        add((ev, _K_RELATION, rel.iri))
        add((ev, _K_AGENT, subj))
        add((ev, _K_TOPIC if fact.object_type == "Topic" else _K_TARGET, obj))
        add((ev, _K_POLARITY, _term(fact.polarity)))
        add((ev, _K_MODALITY, _term(fact.modality)))
        add((ev, _K_CONFIDENCE, _decimal(fact.confidence, self.origin)))
        cameo = fact.event_type or rel.cameo_root
        if cameo:
            add((ev, _K_CAMEO, _term(cameo)))
        if fact.trigger:
            add((ev, _K_TRIGGER, _term(fact.trigger)))
        if fact.rule:
            add((ev, _K_RULE, _term(fact.rule)))
        date = _date(fact.date)
        if date is not None:
            add((ev, _K_DATE, date))
        if fact.place_id:
            type_ = "Country" if _ISO3.match(fact.place_id) else "Location"
            add((ev, _K_PLACE, self.mentioned(fact.place_id, fact.place, type_)))
        if fact.place:
            add((ev, _K_PLACE_LABEL, Literal(_clean(fact.place))))
        if fact.attributed_to_id:
            add((ev, _K_ATTRIBUTED, self.mentioned(fact.attributed_to_id, fact.attributed_to, "")))
        sentence = self.sentence(fact)
        add((ev, _K_EVIDENCE, sentence))
        add((ev, _DERIVED, sentence))
        add((ev, _K_ARTICLE, self.art))


def _unique_facts(facts: Iterable[Fact]) -> list[Fact]:
    """One fact per identity (the event IRI): the most confident, first on ties."""
    best: dict[tuple, Fact] = {}
    for fact in facts:
        key = fact.key()
        if key not in best or fact.confidence > best[key].confidence:
            best[key] = fact
    return list(best.values())


def _fill(graph: Graph | set, extraction: Extraction) -> None:
    writer = _Writer(graph, extraction.article)
    writer.article_node()
    rels = relations()
    for entity in extraction.entities:
        writer.entity(entity)
    for fact in _unique_facts(extraction.facts):
        rel = rels.get(fact.predicate)
        if rel is None:
            raise GraphError(f"{writer.origin}: fact predicate {fact.predicate!r} is not a relation of "
                             f"ontology/kg.ttl; add it there (and to kg/namespaces.py) or fix the extractor")
        if fact.polarity not in ("positive", "negative"):
            raise GraphError(f"{writer.origin}: fact polarity {fact.polarity!r}; expected positive or negative")
        writer.fact(fact, rel)


def extraction_triples(extraction: Extraction) -> tuple[URIRef, set[tuple]]:
    """The same triples as :func:`extraction_to_graph`, as a plain set.

    For writers that only need the triples (stores, N-Quads): filling an rdflib
    Graph (three indexes, context bookkeeping) is most of the RDF stage's time, and
    :class:`_Writer` only calls ``add``, which a set has too.
    """
    gid = graph_iri(extraction.article.id)
    triples: set[tuple] = set()
    _fill(triples, extraction)
    return gid, triples


def extraction_to_graph(extraction: Extraction) -> tuple[URIRef, Graph]:
    """The named graph of one article: ``(kgg:<article id>, graph)``.

    Raises:
        GraphError: a fact uses a relation the ontology does not define, or an entity
            has an unknown type (both are extractor bugs, named with the article).
    """
    gid = graph_iri(extraction.article.id)
    graph = Graph(identifier=gid, bind_namespaces="core")
    _fill(graph, extraction)
    bind_prefixes(graph)
    return gid, graph


def build_dataset(extractions: Iterable[Extraction]) -> Dataset:
    """A Dataset with one named graph per article (a later article with the same id
    replaces the earlier one); SPARQL over it sees the union of the named graphs."""
    dataset = Dataset(default_union=True)
    bind_prefixes(dataset)
    seen: set[URIRef] = set()
    with relaxed_gc():
        for extraction in extractions:
            gid = graph_iri(extraction.article.id)
            if gid in seen:
                dataset.remove_graph(gid)
            seen.add(gid)
            _fill(dataset.graph(gid), extraction)
    return dataset


@contextlib.contextmanager
def relaxed_gc():
    """Collect cyclic garbage rarely during bulk adds: rdflib's indexes are millions of
    small objects, and re-scanning them on every default collection doubles the build
    time. (Not disabled outright: a lazy ``extractions`` iterator runs the NLP meanwhile.)"""
    thresholds = gc.get_threshold()
    gc.set_threshold(100_000, 50, 50)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


_ARTICLE_FIELDS = tuple(f.name for f in dataclasses.fields(Article) if f.name != "origin")
_FACT_FIELDS = tuple(f.name for f in dataclasses.fields(Fact))


def content_hash(extraction: Extraction) -> str:
    """A stable hash of everything that goes into an article's graph (not of where it
    was read from), so a store can skip articles that have not changed."""
    # the fields by hand rather than dataclasses.asdict (a deep copy; half the time):
    # every field is a str, number or None, so the JSON (and the hash) are the same
    art = extraction.article
    article = {name: getattr(art, name) for name in _ARTICLE_FIELDS}
    dumps = json.dumps
    payload = {
        "shape": SHAPE_VERSION,
        "article": article,
        "entities": sorted((e.type, e.id, e.label, sorted(e.aliases)) for e in extraction.entities),
        "facts": sorted(dumps({name: getattr(f, name) for name in _FACT_FIELDS}, sort_keys=True,
                              default=str) for f in extraction.facts),
    }
    data = json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------- reading facts back

def _local_id(iri: URIRef) -> str:
    text = str(iri)
    return unquote(text.rsplit("/", 1)[-1])


def _str(value) -> str | None:
    return None if value is None else str(value)


def facts_from_graph(graph: Graph) -> list[Fact]:
    """The facts of a graph's event nodes, as :class:`~kg.types.Fact` (sorted by
    article, offset, subject, predicate, object) — the inverse of the event part of
    :func:`extraction_to_graph`, used to export JSONL or draw a graph from RDF."""
    if isinstance(graph, Dataset) and not graph.default_union:
        graph = Dataset(store=graph.store, default_union=True)
    ns = str(KG._NS)
    value = graph.value
    info: dict[URIRef, tuple[str, str, str]] = {}

    def entity(iri) -> tuple[str, str, str]:
        if iri not in info:
            label = value(iri, _LABEL)
            ident = value(iri, _K_ENTITY_ID)
            types = [_CLASS_TYPE[t] for t in graph.objects(iri, _A) if t in _CLASS_TYPE]
            info[iri] = (str(label) if label is not None else _local_id(iri),
                         str(ident) if ident is not None else _local_id(iri),
                         sorted(types)[0] if types else "Actor")
        return info[iri]

    facts = []
    for ev in set(graph.subjects(_K_RELATION, None)):
        rel, agent = value(ev, _K_RELATION), value(ev, _K_AGENT)
        obj = value(ev, _K_TARGET) or value(ev, _K_TOPIC)
        if rel is None or agent is None or obj is None or not str(rel).startswith(ns):
            continue
        evidence = sorted(graph.objects(ev, _K_EVIDENCE))
        sentence = evidence[0] if evidence else None
        art = value(ev, _K_ARTICLE) or (value(sentence, _K_ARTICLE) if sentence else None)
        article_id = value(art, _K_ARTICLE_ID) if art is not None else None
        s_label, s_id, s_type = entity(agent)
        o_label, o_id, o_type = entity(obj)
        attributed = value(ev, _K_ATTRIBUTED)
        place = value(ev, _K_PLACE)
        place_label = value(ev, _K_PLACE_LABEL)
        confidence = value(ev, _K_CONFIDENCE)
        facts.append(Fact(
            article=str(article_id) if article_id is not None else (_local_id(art) if art else ""),
            sentence=_str(value(sentence, _K_TEXT)) or "" if sentence else "",
            start=int(value(sentence, _K_START) or 0) if sentence else 0,
            end=int(value(sentence, _K_END) or 0) if sentence else 0,
            subject=s_label, subject_id=s_id, subject_type=s_type,
            predicate=str(rel)[len(ns):],
            object=o_label, object_id=o_id, object_type=o_type,
            polarity=_str(value(ev, _K_POLARITY)) or "positive",
            modality=_str(value(ev, _K_MODALITY)) or "asserted",
            attributed_to=entity(attributed)[0] if attributed is not None else None,
            attributed_to_id=entity(attributed)[1] if attributed is not None else None,
            event_type=_str(value(ev, _K_CAMEO)),
            date=_str(value(ev, _K_DATE)),
            place=str(place_label) if place_label is not None else (entity(place)[0] if place is not None else None),
            place_id=entity(place)[1] if place is not None else None,
            confidence=float(confidence) if confidence is not None else 1.0,
            trigger=_str(value(ev, _K_TRIGGER)), rule=_str(value(ev, _K_RULE)),
        ))
    facts.sort(key=lambda f: (f.article, f.start, f.subject_id, f.predicate, f.object_id, f.polarity))
    return facts
