"""Event counts a store keeps beside the articles, so that rankings need not read every event.

Oxigraph pays a few microseconds per event and triple pattern (bench/README.md), so
a question that aggregates over every event of a relation ("who is most hostile",
"who met whom how often") costs 0.1-0.7 s on a million triples however it is
written. kg stores therefore keep two kinds of counts in their bookkeeping graph
(:data:`kg.store.base.META_GRAPH`), which follow every article's write,
replacement and removal:

* a **dyad node** per (agent, relation, target or topic), with the number of its
  positive and negative events::

      GRAPH kgstore:meta {
        ?d kgsum:agent ent:RUS ; kgsum:relation kg:accuses ; kgsum:other ent:POL ;
           kgsum:positive 12 ; kgsum:negative 1 . }

* an **actor count** per (agent, relation) of the positive events:
  ``ent:RUS kgacts:accuses 40`` (``kgacts:`` local names are the relation names).

and, since :data:`VERSION` "2", two **rank indexes** over them (:func:`ranks`), so
that the top of a ranking is read by its rank instead of sorting every count
(Oxigraph's ORDER BY compares IRIs by looking their text up, ~70 ms for 3,000
meeting pairs on disk, bench/README.md):

* ``?d kgrank:meets 1``: the rank of every ``kg:meets`` dyad node that has a target
  and positive events, ordered as ``ORDER BY DESC(?positive) ?agent ?other`` orders
  them (kg/queries/counts/meeting-pairs.rq);
* ``ent:RUS kgrank:hostile 1``: the rank of every actor with positive events of the
  :data:`HOSTILE` relations, by their sum, then by the actor's IRI
  (kg/queries/counts/hostile-actors.rq).

Ranks are 1, 2, ... without gaps or ties; IRIs are ordered by their text, as SPARQL
orders them in Oxigraph and rdflib. A rank is not arithmetic on one count (one more
meeting moves every pair it passes), so a local store recomputes the ranks when it
applies the count changes (:func:`refresh_ranks`: one query of ~9,000 rows, 0.6 s on
the benchmark graph, writing only the ranks that moved), and a remote store before
the first count query after writes that moved them (:mod:`kg.store.remote_counts`).
A store counted by version "1" is recounted when opened for writing; opened
read-only, it answers the count queries that do not read ranks.

An event counts when it has ``kg:relation``, ``kg:agent`` and ``kg:polarity``;
``kgsum:other`` is its ``kg:target`` or ``kg:topic`` (absent when it has neither).
Counts are integers greater than zero: a count that reaches zero is deleted, and a
dyad node without counts is deleted with its ``agent``/``relation``/``other``.

Writing them with each article in one SPARQL Update would double the store's write
time (an ``update`` of an article costs ~18 ms against ~10 ms for ``extend``,
bench/README.md), so a store accumulates the changes while it writes and applies
them when it is closed (or before it answers a query that reads them). Every
article write carries a *stale* marker in its own transaction; the marker goes
only once the counts are applied, so a crash leaves a marked store, which is
recounted when it is next opened for writing (read-only, queries that read the
counts are refused with that fix).

The counts live in the bookkeeping graph, not in the default graph, so the union
stays exactly the union of the article graphs and exports never carry them. For
rdflib graphs (``kg query graph.nq``) :func:`add_to_dataset` computes the same
triples from the events on demand.

Example:
    >>> from kg.store import open_store                                # doctest: +SKIP
    >>> store = open_store("/tmp/store")                               # doctest: +SKIP
    >>> store.query('''SELECT ?a (SUM(?n) AS ?acts) WHERE { GRAPH kgstore:meta {
    ...   VALUES ?c { kgacts:attacks kgacts:threatens } ?a ?c ?n } } GROUP BY ?a''')  # doctest: +SKIP
"""
from __future__ import annotations

import hashlib
import sys
from collections import Counter
from collections.abc import Iterable

import pyoxigraph as ox

from kg.store.base import META_GRAPH

__all__ = ["SUM", "ACTS", "RANK", "STORE", "VERSION", "HOSTILE", "MEETS", "Key", "contributions",
           "summary_triples", "ranks", "rank_triples", "rank_inputs_query", "rank_change", "refresh_ranks", "touches_ranks", "uses_ranks",
           "stored_version",
           "dyad_iri", "uses_summary", "add_to_dataset", "count_events", "delta_triples",
           "apply_delta", "has_summary", "rebuild", "version_triple", "stale_triple"]

#: Namespace of the dyad nodes' properties.
SUM = "http://kg.example.org/store/summary#"
#: Namespace of the actor counts; local names are relation names (``kgacts:accuses``).
ACTS = "http://kg.example.org/store/acts#"
#: Namespace of the rank indexes (``kgrank:meets``, ``kgrank:hostile``).
RANK = "http://kg.example.org/store/rank#"
#: Prefix of the store's own IRIs: ``kgstore:meta`` is the bookkeeping graph.
STORE = "http://kg.example.org/store/"
#: Written once into the bookkeeping graph when a store's counts are complete. "2":
#: the rank indexes came; a store of version "1" is recounted when opened for writing.
VERSION = "2"
_DYAD = STORE + "summary/dyad/"
_KG = "http://kg.example.org/ontology#"
#: The relations whose positive events are an actor's hostile acts in ``kgrank:hostile``
#: (CAMEO 11-20: disapprove, reject, threaten, protest, coerce, assault), as in
#: kg/queries/counts/hostile-actors.rq.
HOSTILE = ("criticizes", "accuses", "rejects", "threatens", "protestsAgainst", "sanctions", "attacks")
#: The relation whose dyads ``kgrank:meets`` ranks.
MEETS = _KG + "meets"
_HOSTILE_IRIS = frozenset(_KG + name for name in HOSTILE)
_RANK_MEETS, _RANK_HOSTILE = RANK + "meets", RANK + "hostile"
_META = ox.NamedNode(str(META_GRAPH))
_XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"
_EVENT_PREDICATES = {_KG + name: name for name in ("relation", "agent", "target", "topic", "polarity")}

#: (agent IRI, relation IRI, target/topic IRI or "", polarity): one dyad and polarity.
Key = tuple[str, str, str, str]


def dyad_iri(agent: str, relation: str, other: str) -> str:
    """The deterministic IRI of the dyad node of (agent, relation, other)."""
    digest = hashlib.sha1(f"{agent}\x1f{relation}\x1f{other}".encode()).hexdigest()[:32]
    return _DYAD + digest


def contributions(triples: Iterable[tuple]) -> Counter:
    """Count the events among ``triples`` (rdflib or pyoxigraph terms) by :data:`Key`.

    Example:
        >>> from rdflib import URIRef, Literal
        >>> kg = "http://kg.example.org/ontology#"
        >>> e, a, b = URIRef("urn:e"), URIRef("urn:a"), URIRef("urn:b")
        >>> contributions([(e, URIRef(kg + "relation"), URIRef(kg + "meets")),
        ...                (e, URIRef(kg + "agent"), a), (e, URIRef(kg + "target"), b),
        ...                (e, URIRef(kg + "polarity"), Literal("positive"))])
        Counter({('urn:a', 'http://kg.example.org/ontology#meets', 'urn:b', 'positive'): 1})
    """
    events: dict[str, dict[str, str]] = {}
    for s, p, o in triples:
        name = _EVENT_PREDICATES.get(_value(p))
        if name is not None:
            events.setdefault(_value(s), {})[name] = _value(o)
    counts: Counter = Counter()
    for fields in events.values():
        if "relation" in fields and "agent" in fields and "polarity" in fields:
            other = fields.get("target") or fields.get("topic") or ""
            counts[(fields["agent"], fields["relation"], other, fields["polarity"])] += 1
    return counts


def _value(term) -> str:
    # pyoxigraph terms carry their text in .value; rdflib terms are str subclasses
    return term.value if hasattr(term, "value") and not isinstance(term, str) else str(term)


def count_events(store: ox.Store, graph: ox.NamedNode | ox.DefaultGraph) -> Counter:
    """:func:`contributions` of the events in one graph of a pyoxigraph store."""
    quads = (q for p in _EVENT_PREDICATES
             for q in store.quads_for_pattern(None, ox.NamedNode(p), None, graph))
    return contributions((q.subject, q.predicate, q.object) for q in quads)


def _totals(counts: Counter) -> tuple[dict, dict]:
    """Per-dyad {(agent, relation, other): {"positive": n, "negative": m}} and per-actor
    {(agent, relation): n} (positive events only) of a Counter of :data:`Key`."""
    dyads: dict[tuple[str, str, str], dict[str, int]] = {}
    acts: Counter = Counter()
    for (agent, relation, other, polarity), n in counts.items():
        if polarity in ("positive", "negative"):
            slot = dyads.setdefault((agent, relation, other), {})
            slot[polarity] = slot.get(polarity, 0) + n
        if polarity == "positive":
            acts[(agent, relation)] += n
    return dyads, acts


def _integer(n: int) -> ox.Literal:
    return ox.Literal(str(n), datatype=ox.NamedNode(_XSD_INTEGER))


def _acts_predicate(relation: str) -> ox.NamedNode:
    return ox.NamedNode(ACTS + relation.rsplit("#", 1)[-1].rsplit("/", 1)[-1])


def _node(iri: str):
    return ox.BlankNode(iri[2:]) if iri.startswith("_:") else ox.NamedNode(iri)


def summary_triples(counts: Counter) -> list[ox.Triple]:
    """The summary triples (pyoxigraph) of complete counts, e.g. of a whole graph:
    dyad nodes, actor counts and the rank indexes."""
    dyads, acts = _totals(counts)
    out = []
    for (agent, relation, other), by_polarity in dyads.items():
        out.extend(_dyad_triples(agent, relation, other, by_polarity))
    for (agent, relation), n in acts.items():
        out.append(ox.Triple(_node(agent), _acts_predicate(relation), _integer(n)))
    return out + rank_triples(ranks(dyads, acts))


def ranks(dyads: dict, acts: dict) -> dict[tuple[str, str], int]:
    """The rank indexes of complete counts: {(subject, ``kgrank:`` predicate): rank}.

    Args:
        dyads: {(agent, relation, other or ""): {"positive": n, "negative": m}}.
        acts: {(agent, relation): positive events}.

    Example:
        >>> kg = "http://kg.example.org/ontology#"
        >>> got = ranks({("urn:b", kg + "meets", "urn:c"): {"positive": 1},
        ...              ("urn:a", kg + "meets", "urn:c"): {"positive": 1},
        ...              ("urn:c", kg + "meets", "urn:a"): {"positive": 2}},
        ...             {("urn:b", kg + "attacks"): 1, ("urn:a", kg + "accuses"): 1})
        >>> sorted(rank for (_, p), rank in got.items() if p.endswith("meets"))
        [1, 2, 3]
        >>> [s for (s, p), rank in sorted(got.items(), key=lambda kv: kv[1]) if p.endswith("hostile")]
        ['urn:a', 'urn:b']
    """
    # the order of ORDER BY DESC(?count) ?agent ?other: count first, then the IRIs'
    # text (code points, as Oxigraph and rdflib compare them)
    pairs = sorted((-by_polarity.get("positive", 0), agent, other)
                   for (agent, relation, other), by_polarity in dyads.items()
                   if relation == MEETS and other and by_polarity.get("positive", 0) > 0)
    out = {(dyad_iri(agent, MEETS, other), _RANK_MEETS): i
           for i, (_, agent, other) in enumerate(pairs, 1)}
    hostile: Counter = Counter()
    for (agent, relation), n in acts.items():
        if relation in _HOSTILE_IRIS and n > 0:
            hostile[agent] += n
    out.update(((agent, _RANK_HOSTILE), i)
               for i, (_, agent) in enumerate(sorted((-n, agent) for agent, n in hostile.items()), 1))
    return out


def rank_triples(ranked: dict[tuple[str, str], int]) -> list[ox.Triple]:
    """:func:`ranks` as pyoxigraph triples."""
    return [ox.Triple(_node(subject), ox.NamedNode(predicate), _integer(rank))
            for (subject, predicate), rank in ranked.items()]


def touches_ranks(delta: Counter) -> bool:
    """Whether count changes ``delta`` may move a rank (events of ``kg:meets`` or of a
    :data:`HOSTILE` relation)."""
    return any(relation == MEETS or relation in _HOSTILE_IRIS for _, relation, _, _ in delta)


def rank_inputs_query() -> str:
    """A SELECT (?k ?s ?a ?o ?n) of what the ranks are computed from, and of the ranks
    themselves: ``?k`` = "meets" for a meeting dyad ``?s`` (agent ?a, target ?o, ?n
    positive events), a ``kgacts:`` IRI for an actor's count of a hostile relation, a
    ``kgrank:`` IRI for a current rank ``?n`` of ``?s``. One query, so one snapshot;
    Oxigraph answers it 5x faster than pyoxigraph scans of the same triples (0.6 against
    3.3 s on the 1.3M-triple benchmark graph: most of a scan is making Python terms)."""
    meta = f"<{META_GRAPH}>"
    acts = " ".join(f"<{ACTS}{name}>" for name in HOSTILE)
    return (f"SELECT ?k ?s ?a ?o ?n WHERE {{ GRAPH {meta} {{\n"
            f"{{ ?s <{SUM}relation> <{MEETS}> ; <{SUM}positive> ?n ; <{SUM}agent> ?a ; "
            f"<{SUM}other> ?o . BIND(\"meets\" AS ?k) }}\n"
            f"UNION {{ VALUES ?p {{ {acts} }} ?s ?p ?n . BIND(STR(?p) AS ?k) }}\n"
            f"UNION {{ VALUES ?p {{ <{_RANK_MEETS}> <{_RANK_HOSTILE}> }} ?s ?p ?n . "
            f"BIND(STR(?p) AS ?k) }} }} }}")


def rank_change(rows: Iterable[tuple]) -> tuple[dict, dict]:
    """(ranks to delete, ranks to insert), each {(subject, ``kgrank:`` predicate): rank},
    from the rows (k, s, a, o, n) of :func:`rank_inputs_query` as strings."""
    dyads, acts, current = {}, {}, {}
    for kind, subject, agent, other, n in rows:
        if kind == "meets":
            dyads[(agent, MEETS, other)] = {"positive": int(n)}
        elif kind.startswith(ACTS):
            acts[(subject, _KG + kind[len(ACTS):])] = int(n)
        else:
            current[(subject, kind)] = int(n)
    fresh = ranks(dyads, acts)
    gone = {key: rank for key, rank in current.items() if fresh.get(key) != rank}
    new = {key: rank for key, rank in fresh.items() if current.get(key) != rank}
    return gone, new


def refresh_ranks(store: ox.Store) -> int:
    """Bring the rank indexes of ``store`` in line with its counts; only the ranks that
    changed are written. Returns their number."""
    gone, new = rank_change(tuple(None if v is None else v.value for v in row)
                            for row in store.query(rank_inputs_query()))
    for t in rank_triples(gone):
        store.remove(ox.Quad(t.subject, t.predicate, t.object, _META))
    store.extend([ox.Quad(t.subject, t.predicate, t.object, _META) for t in rank_triples(new)])
    return len(new)


def _dyad_triples(agent: str, relation: str, other: str, by_polarity: dict) -> list[ox.Triple]:
    node = ox.NamedNode(dyad_iri(agent, relation, other))
    out = [ox.Triple(node, ox.NamedNode(SUM + "agent"), _node(agent)),
           ox.Triple(node, ox.NamedNode(SUM + "relation"), ox.NamedNode(relation))]
    if other:
        out.append(ox.Triple(node, ox.NamedNode(SUM + "other"), _node(other)))
    out.extend(ox.Triple(node, ox.NamedNode(SUM + pol), _integer(n))
               for pol, n in sorted(by_polarity.items()) if n > 0)
    return out


#: Above this many changed counts, the current ones are read in one scan of the
#: bookkeeping graph instead of one seek each: a seek on a store that has not been
#: compacted yet reads every level-0 file (~1 ms each at the end of a large build).
SCAN_ABOVE = 2_000


def _count_reader(store: ox.Store, keys: int):
    """A function (subject, predicate) -> current count of ``store``."""
    if keys <= SCAN_ABOVE:
        def current(subject, predicate) -> int:
            for quad in store.quads_for_pattern(subject, predicate, None, _META):
                return int(quad.object.value)
            return 0
        return current
    counts = {}
    for quad in store.quads_for_pattern(None, None, None, _META):
        if isinstance(quad.object, ox.Literal) and quad.predicate.value.startswith((SUM, ACTS)) \
                and quad.predicate.value not in (SUM + "version", SUM + "stale"):
            counts[(quad.subject, quad.predicate)] = int(quad.object.value)
    return lambda subject, predicate: counts.get((subject, predicate), 0)


def delta_triples(store: ox.Store, delta: Counter) -> tuple[list[ox.Triple], list[ox.Triple]]:
    """(triples to delete, triples to insert) in the bookkeeping graph of ``store`` so
    that its counts change by ``delta`` (negative values for removed events); reads
    the current counts."""
    dyads, acts = _totals(delta)  # removed events come as negative values
    _current = _count_reader(store, 2 * len(dyads) + len(acts))
    delete: list[ox.Triple] = []
    insert: list[ox.Triple] = []
    for (agent, relation, other), change in dyads.items():
        node = ox.NamedNode(dyad_iri(agent, relation, other))
        before = {pol: _current(node, ox.NamedNode(SUM + pol)) for pol in ("positive", "negative")}
        after = {pol: max(0, before[pol] + change.get(pol, 0)) for pol in before}
        if before == after:
            continue
        if any(before.values()):
            delete.extend(_dyad_triples(agent, relation, other, before))
        if any(after.values()):
            insert.extend(_dyad_triples(agent, relation, other, after))
    for (agent, relation), change in acts.items():
        subject, predicate = _node(agent), _acts_predicate(relation)
        before = _current(subject, predicate)
        after = max(0, before + change)
        if before != after:
            if before:
                delete.append(ox.Triple(subject, predicate, _integer(before)))
            if after:
                insert.append(ox.Triple(subject, predicate, _integer(after)))
    return delete, insert


def apply_delta(store: ox.Store, delta: Counter) -> None:
    """Change the counts of ``store`` by ``delta`` and clear its :func:`stale_triple`.

    The steps are separate writes; the stale marker, written with every article that
    changed the delta, stays until the last of them, so a crash in between leaves a
    store that is recounted (:func:`rebuild`) when next opened for writing.
    """
    delete, insert = delta_triples(store, delta)
    inserted = {str(t) for t in insert}
    for t in delete:
        if str(t) not in inserted:  # a dyad's agent/relation/other stay while it counts
            store.remove(ox.Quad(t.subject, t.predicate, t.object, _META))
    store.extend([ox.Quad(t.subject, t.predicate, t.object, _META) for t in insert])
    if touches_ranks(delta):
        refresh_ranks(store)
    marker = stale_triple()
    store.remove(ox.Quad(marker.subject, marker.predicate, marker.object, _META))


def version_triple() -> ox.Triple:
    """The marker that says a store keeps counts (:data:`VERSION`)."""
    return ox.Triple(_META, ox.NamedNode(SUM + "version"), ox.Literal(VERSION))


def stale_triple() -> ox.Triple:
    """The marker that says counts are behind the articles (written with each article,
    removed when the counts catch up at ``close``)."""
    return ox.Triple(_META, ox.NamedNode(SUM + "stale"), ox.Literal("true"))


def _holds(store: ox.Store, triple: ox.Triple) -> bool:
    return any(True for _ in store.quads_for_pattern(triple.subject, triple.predicate,
                                                     triple.object, _META))


def has_summary(store: ox.Store) -> bool:
    """Whether the counts of ``store`` are complete and current (version marker there,
    stale marker not)."""
    return _holds(store, version_triple()) and not _holds(store, stale_triple())


def rebuild(store: ox.Store) -> int:
    """Recount every event of the union graph into the bookkeeping graph of ``store``
    (stores written before kg kept counts, or left stale by a crash). Returns the
    number of dyads."""
    marker = stale_triple()
    store.add(ox.Quad(marker.subject, marker.predicate, marker.object, _META))
    # evaluated, not parsed: fast however many counts there are
    store.update(f"DELETE {{ GRAPH {_META} {{ ?s ?p ?o }} }} WHERE {{ GRAPH {_META} {{ ?s ?p ?o }} "
                 f"FILTER((STRSTARTS(STR(?p), \"{SUM}\") || STRSTARTS(STR(?p), \"{ACTS}\") "
                 f"|| STRSTARTS(STR(?p), \"{RANK}\")) && ?p != <{SUM}stale>) }}")
    counts = count_events(store, ox.DefaultGraph())
    fresh = summary_triples(counts) + [version_triple()]
    store.extend([ox.Quad(t.subject, t.predicate, t.object, _META) for t in fresh])
    store.remove(ox.Quad(marker.subject, marker.predicate, marker.object, _META))
    return len({(a, r, o) for a, r, o, _ in counts})


def uses_summary(sparql: str) -> bool:
    """Whether a query reads the counts (names ``kgsum:``/``kgacts:``/``kgrank:`` or
    their IRIs)."""
    return any(mark in sparql for mark in ("kgsum:", "kgacts:", "kgrank:", SUM, ACTS, RANK))


def uses_ranks(sparql: str) -> bool:
    """Whether a query reads the rank indexes (``kgrank:``), which stores of summary
    version "1" lack."""
    return "kgrank:" in sparql or RANK in sparql


def stored_version(store: ox.Store) -> str | None:
    """The summary version marker of ``store`` ("1", "2", ...), None without one."""
    for quad in store.quads_for_pattern(_META, ox.NamedNode(SUM + "version"), None, _META):
        return quad.object.value
    return None


def add_to_dataset(dataset) -> bool:
    """Add the counts of an rdflib Dataset's events to its graph ``kgstore:meta``,
    as a kg store keeps them; nothing when they are there already.

    Returns:
        Whether they were added now.
    """
    from functools import lru_cache

    from rdflib import Literal, URIRef

    meta = dataset.graph(URIRef(str(META_GRAPH)))
    marker = version_triple()
    version = (URIRef(marker.subject.value), URIRef(marker.predicate.value), Literal(VERSION))
    if version in meta:
        return False
    # the events of every named graph, each once (quads() with no graph is rdflib's
    # fast path; an event sits in one article graph)
    seen = set()
    triples = []
    for p in _EVENT_PREDICATES:
        for s, _, o, _g in dataset.quads((None, URIRef(p), None, None)):
            if (s, o, p) not in seen:
                seen.add((s, o, p))
                triples.append((s, p, o))
    # rdflib terms built directly and cached: entities recur in many counts
    iri = lru_cache(maxsize=None)(URIRef)
    dyads, acts = _totals(contributions(triples))
    quads = []
    for (agent, relation, other), by_polarity in dyads.items():
        node = URIRef(dyad_iri(agent, relation, other))
        quads += [(node, iri(SUM + "agent"), iri(agent), meta),
                  (node, iri(SUM + "relation"), iri(relation), meta)]
        if other:
            quads.append((node, iri(SUM + "other"), iri(other), meta))
        quads += [(node, iri(SUM + pol), Literal(n), meta) for pol, n in by_polarity.items() if n > 0]
    for (agent, relation), n in acts.items():
        quads.append((iri(agent), iri(_acts_predicate(relation).value), Literal(n), meta))
    # the same ranks as a store's: the rank queries give the same rows on both
    quads += [(iri(subject), iri(predicate), Literal(rank), meta)
              for (subject, predicate), rank in ranks(dyads, acts).items()]
    quads.append((*version, meta))
    meta.addN(quads)
    return True


def main(argv: list[str] | None = None) -> int:
    """``python -m kg.store.summary DIR``: add the counts to a store built before kg
    kept them (opening a store for writing does the same)."""
    from kg.store import open_store

    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m kg.store.summary STORE_DIR", file=sys.stderr)
        return 2
    with open_store(args[0], create=False, read_only=True) as probe:
        current = has_summary(probe.native.raw)
    with open_store(args[0], create=False) as store:  # recounts counts that are not current
        raw = store.native.raw  # raw: the recount itself must not mark the counts stale
        if current:  # asked for all the same: count again
            dyads = rebuild(raw)
        else:  # opening it for writing has just recounted: not twice
            dyads = sum(1 for _ in raw.quads_for_pattern(None, ox.NamedNode(SUM + "relation"), None, _META))
        print(f"{args[0]}: counted the events of {dyads:,} dyads")
    return 0


if __name__ == "__main__":
    sys.exit(main())
