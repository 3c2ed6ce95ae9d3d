"""The event counts of :mod:`kg.store.summary`, kept by a remote SPARQL endpoint.

A remote store (:class:`kg.store.remote.RemoteStore`) keeps the same counts as a
local one (dyad nodes and actor counts in ``kgstore:meta``), so the shipped count
queries (``kg/queries/counts/``) give the same rows on both. They change inside the
SAME SPARQL Update request as the article write (one request is one transaction on
Oxigraph and Fuseki): the client computes the change with
:func:`kg.store.summary.contributions` from the new triples, minus those of the old
version when an article is replaced or removed (read with :func:`events_query`
just before), and :func:`delta_updates` turns it into arithmetic on the current
values. A local store instead collects the changes and applies them at ``close``;
over HTTP, where every request is a round trip anyway, one more operation in the
request costs less than a separate write, and there is nothing to lose in a crash.

Why the client computes the change (measured on ``oxigraph serve`` 0.5, 2 busy
cores, 2026-11-26): the server could compute it from the article graph itself (a
``GROUP BY`` over its events joined with the current counts), but Oxigraph
evaluates that join by hashing the whole bookkeeping graph: 50-180 ms a write,
growing with the store. The same ~24 counts an article changes, looked up through
``VALUES`` rows, cost 5-10 ms, the same with 300,000 count triples as with 1,600.
Why not a stale marker and a recount before the next count query instead (as a
local store does after a crash): a recount reads every event, 2-4 s at 500
articles and linear in the store, where the changes in the write request add
10-40 ms per article.

The rank indexes (``kgrank:``, :func:`kg.store.summary.ranks`) cannot change by
arithmetic in the write request: one more meeting moves the ranks of every pair it
passes. A write that changes counts of ranked relations therefore drops the marker
``kgstore:meta kgrank:current "true"`` in its request, and the client recomputes the
ranks before the next query that reads counts (:func:`rank_inputs_query`, then
:func:`rank_update`, which writes only the ranks that moved: ~3,000 meeting pairs and
~2,000-5,000 hostile actors on the 1.3M-triple benchmark graph, one SELECT and one
Update). A write by another client in between drops the client's *pending* token, and
the update then changes nothing (it is tried again), so ranks never disagree with
the counts they claim to follow.

Raw updates (:meth:`RemoteStore.update`) cannot be followed, so they write the
*stale* marker in their own request, and the counts are recounted by
:func:`recount_update` (one request the server evaluates, so a write meanwhile is
never lost) before they are next read or written. ``python -m
kg.store.remote_counts URL`` recounts an endpoint by hand.

Example:
    >>> kg = "http://kg.example.org/ontology#"
    >>> shape, ops = delta_updates(Counter({("urn:a", kg + "supports", "urn:b", "positive"): 1}))
    >>> shape.count(" .\\n"), len(ops)
    (3, 1)
    >>> len(delta_updates(Counter({("urn:a", kg + "meets", "urn:b", "positive"): 1}))[1])  # + ranks out of date
    2
"""
from __future__ import annotations

from collections import Counter

from kg.store.base import ARTICLE_ID_PRED, CONTENT_HASH, META_GRAPH
from kg.store.summary import ACTS, RANK, STORE, SUM, VERSION, dyad_iri, touches_ranks
from kg.store.summary import rank_change as summary_rank_change
from kg.store.summary import rank_inputs_query as summary_rank_inputs_query

__all__ = ["events_query", "unchanged_guard", "delta_updates", "recount_update", "state_query", "state_of", "stale_insert",
           "version_insert", "ranks_outdated", "pending_insert", "rank_inputs_query", "rank_change",
           "rank_update", "ranked_insert", "main", "EMPTY", "CURRENT", "STALE", "UNCOUNTED", "FOREIGN"]

_KG = "http://kg.example.org/ontology#"
_META = f"<{META_GRAPH}>"
_DYAD = STORE + "summary/dyad/"

#: Count states of an endpoint (:func:`state_query`).
EMPTY, CURRENT, STALE, UNCOUNTED, FOREIGN = "empty", "current", "stale", "uncounted", "foreign"


# the events of the union (the default graph) with the fields that
# kg.store.summary.contributions reads
_EVENTS = (f"?e <{_KG}relation> ?r ; <{_KG}agent> ?a ; <{_KG}polarity> ?pol . "
           f"OPTIONAL {{ ?e <{_KG}target> ?t }} OPTIONAL {{ ?e <{_KG}topic> ?tp }}")
# the dyad node IRI of kg.store.summary.dyad_iri: sha1 of agent, relation and
# target/topic ("" when none) joined by U+001F, first 32 hex digits
_DYAD_IRI = (f'IRI(CONCAT("{_DYAD}", SUBSTR(SHA1(CONCAT(STR(?a), "\\u001F", STR(?r), "\\u001F", '
             f'COALESCE(STR(?t), STR(?tp), ""))), 1, 32)))')


def events_query(graph: str) -> str:
    """A SELECT of the event triples (?e ?p ?o) of the article graph ``graph``, for
    :func:`kg.store.summary.contributions`, each with the graph's content hash (?h);
    none when the graph has no bookkeeping (a Graph Store ``PUT`` whose hash never
    came was never counted). One row without ?e for a graph without events."""
    predicates = " ".join(f"<{_KG}{name}>" for name in ("relation", "agent", "target", "topic",
                                                         "polarity"))
    return (f"SELECT ?h ?e ?p ?o WHERE {{ GRAPH {_META} {{ <{graph}> <{ARTICLE_ID_PRED}> ?id "
            f"OPTIONAL {{ <{graph}> <{CONTENT_HASH}> ?h }} }} "
            f"OPTIONAL {{ GRAPH <{graph}> {{ VALUES ?p {{ {predicates} }} ?e ?p ?o }} }} }}")


def unchanged_guard(graph: str, content_hash: str | None) -> str:
    """An Update operation that marks the counts stale unless ``graph`` still has the
    hash its events were read with: run first in the request that subtracts them, it
    catches another client's write between the read and this request (the counts are
    then recounted before they are next used)."""
    if content_hash is None:
        held = f"<{graph}> <{ARTICLE_ID_PRED}> ?id FILTER NOT EXISTS {{ <{graph}> <{CONTENT_HASH}> ?h }}"
    else:
        held = f"<{graph}> <{CONTENT_HASH}> {_string(content_hash)}"
    return (f'INSERT {{ GRAPH {_META} {{ {_META} <{SUM}stale> "true" }} }} '
            f"WHERE {{ FILTER NOT EXISTS {{ GRAPH {_META} {{ {held} }} }} }}")


def _string(text: str) -> str:
    import json

    return json.dumps(text, ensure_ascii=False)  # JSON string escapes are SPARQL ones


def delta_updates(delta: Counter) -> tuple[str, list[str]]:
    """The change of the counts by ``delta`` (a Counter of :data:`kg.store.summary.Key`,
    negative for events that go) as SPARQL: N-Triples of dyad nodes to insert (put
    them in the bookkeeping graph of the request's ``INSERT DATA``) and the Update
    operations to run after it.

    The counts change by arithmetic on their current values (``VALUES`` rows looked up
    one by one: the cost does not grow with the store); a count that reaches zero is
    deleted, and so is a dyad node left without counts. Events whose agent or
    target is a blank node are left out (kg mints IRIs for every actor; SPARQL
    cannot name a blank node of the store).
    """
    dyads: dict[tuple[str, str, str], Counter] = {}
    acts: Counter = Counter()
    for (agent, relation, other, polarity), n in delta.items():
        if polarity not in ("positive", "negative") or "_:" in (agent[:2], other[:2]):
            continue
        dyads.setdefault((agent, relation, other), Counter())[polarity] += n
        if polarity == "positive":
            acts[(agent, relation)] += n
    rows, gained, lost = [], [], []
    for (agent, relation, other), change in dyads.items():
        node = dyad_iri(agent, relation, other)
        rows.extend(f"(<{node}> <{SUM}{polarity}> {n})" for polarity, n in sorted(change.items()) if n)
        if any(n > 0 for n in change.values()):
            gained.append((node, agent, relation, other))
        if any(n < 0 for n in change.values()):
            lost.append(node)
    rows.extend(f"(<{agent}> <{ACTS}{_local_name(relation)}> {n})"
                for (agent, relation), n in acts.items() if n)
    if not rows:
        return "", []
    ops = [f"DELETE {{ GRAPH {_META} {{ ?s ?p ?old }} }}\n"
           f"INSERT {{ GRAPH {_META} {{ ?s ?p ?new }} }}\n"
           f"WHERE {{ VALUES (?s ?p ?n) {{ {' '.join(rows)} }}\n"
           f"OPTIONAL {{ GRAPH {_META} {{ ?s ?p ?old }} }}\n"
           # clamped at zero as kg.store.summary does; unbound (not inserted) at zero
           f"BIND(COALESCE(?old, 0) + ?n AS ?sum)\n"
           f"BIND(IF(?sum > 0, ?sum, ?unbound) AS ?new) }}"]
    if lost:
        ops.append(f"DELETE {{ GRAPH {_META} {{ ?d ?q ?v }} }}\n"
                   f"WHERE {{ VALUES ?d {{ {' '.join(f'<{d}>' for d in lost)} }}\n"
                   f"GRAPH {_META} {{ ?d ?q ?v }}\n"
                   f"FILTER NOT EXISTS {{ GRAPH {_META} {{ VALUES ?c {{ <{SUM}positive> <{SUM}negative> }} "
                   f"?d ?c ?left }} }} }}")
    if touches_ranks({key: n for key, n in delta.items() if n}):
        ops.append(ranks_outdated())
    shape = []
    for node, agent, relation, other in gained:
        shape.append(f"<{node}> <{SUM}agent> <{agent}> .\n<{node}> <{SUM}relation> <{relation}> .\n")
        if other:
            shape.append(f"<{node}> <{SUM}other> <{other}> .\n")
    return "".join(shape), ops


def _local_name(relation: str) -> str:
    return relation.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def ranks_outdated() -> str:
    """An Update operation that drops the markers of current ranks and of rank updates
    under way (run with every write that changes counts of ranked relations)."""
    return (f"DELETE {{ GRAPH {_META} {{ {_META} ?m ?t }} }} WHERE {{ GRAPH {_META} {{ "
            f"VALUES ?m {{ <{RANK}current> <{RANK}pending> }} {_META} ?m ?t }} }}")


def ranked_insert() -> str:
    """INSERT DATA of the marker that says the ranks follow the counts (an empty store)."""
    return f'INSERT DATA {{ GRAPH {_META} {{ {_META} <{RANK}current> "true" }} }}'


def pending_insert(token: str) -> str:
    """INSERT DATA of a rank update's token: a write before :func:`rank_update` drops it."""
    return f"INSERT DATA {{ GRAPH {_META} {{ {_META} <{RANK}pending> {_string(token)} }} }}"


#: The SELECT the ranks are computed from (:func:`kg.store.summary.rank_inputs_query`).
rank_inputs_query = summary_rank_inputs_query


def rank_change(rows: list[dict]) -> tuple[dict, dict]:
    """(ranks to delete, ranks to insert), each {(subject, predicate): rank}, from the
    rows (SPARQL JSON) of :func:`rank_inputs_query`."""
    names = ("k", "s", "a", "o", "n")
    return summary_rank_change(tuple(row.get(name, {}).get("value") for name in names) for row in rows)


def rank_update(token: str, gone: dict, new: dict) -> str:
    """One Update request that replaces the ranks ``gone`` by ``new`` (see
    :func:`rank_change`) and marks the ranks current, all only if the pending
    ``token`` is still there (no write since the ranks were read)."""
    held = f"GRAPH {_META} {{ {_META} <{RANK}pending> {_string(token)} }}"
    ops = []
    if gone:
        rows = " ".join(f"(<{s}> <{p}> {rank})" for (s, p), rank in gone.items())
        ops.append(f"DELETE {{ GRAPH {_META} {{ ?s ?p ?r }} }} WHERE {{ {held} "
                   f"VALUES (?s ?p ?r) {{ {rows} }} GRAPH {_META} {{ ?s ?p ?r }} }}")
    if new:
        triples = " ".join(f"<{s}> <{p}> {rank} ." for (s, p), rank in new.items())
        ops.append(f"INSERT {{ GRAPH {_META} {{ {triples} }} }} WHERE {{ {held} }}")
    ops.append(f"DELETE {{ {held} }} INSERT {{ GRAPH {_META} {{ {_META} <{RANK}current> \"true\" }} }} "
               f"WHERE {{ {held} }}")
    return " ;\n".join(ops)


def version_insert() -> str:
    """INSERT DATA of the marker that says the endpoint keeps counts."""
    return f'INSERT DATA {{ GRAPH {_META} {{ {_META} <{SUM}version> "{VERSION}" }} }}'


def stale_insert() -> str:
    """INSERT DATA of the marker that says the counts are behind the articles."""
    return f'INSERT DATA {{ GRAPH {_META} {{ {_META} <{SUM}stale> "true" }} }}'


def recount_update() -> str:
    """One SPARQL Update request that recounts every event of the union (the default
    graph) into the bookkeeping graph: old counts and markers out, new counts and the
    version marker in. One request, so one transaction: a writer running meanwhile
    is applied before or after it, never lost. Two passes over the events: the dyad
    nodes with their counts, then the actor counts (no target or hash needed). The
    ranks go with the old counts; :meth:`RemoteStore.refresh_ranks` computes them."""
    clear = (f"DELETE {{ GRAPH {_META} {{ ?s ?p ?o }} }} WHERE {{ GRAPH {_META} {{ ?s ?p ?o }} "
             f"FILTER(STRSTARTS(STR(?p), \"{SUM}\") || STRSTARTS(STR(?p), \"{ACTS}\") "
             f"|| STRSTARTS(STR(?p), \"{RANK}\")) }}")
    dyads = (f"INSERT {{ GRAPH {_META} {{ ?d ?p ?n ; <{SUM}agent> ?a ; <{SUM}relation> ?r ; "
             f"<{SUM}other> ?o }} }}\n"
             f"WHERE {{ SELECT ?d ?a ?r ?o ?p (COUNT(*) AS ?n) WHERE {{ {_EVENTS}\n"
             f"FILTER(STR(?pol) = \"positive\" || STR(?pol) = \"negative\")\n"
             f"BIND({_DYAD_IRI} AS ?d) BIND(COALESCE(?t, ?tp) AS ?o) "
             f"BIND(IRI(CONCAT(\"{SUM}\", STR(?pol))) AS ?p) }} GROUP BY ?d ?a ?r ?o ?p }}")
    acts = (f"INSERT {{ GRAPH {_META} {{ ?a ?p ?n }} }}\n"
            f"WHERE {{ SELECT ?a ?p (COUNT(*) AS ?n) WHERE {{ "
            f"?e <{_KG}relation> ?r ; <{_KG}agent> ?a ; <{_KG}polarity> ?pol FILTER(STR(?pol) = \"positive\") "
            f"BIND(IRI(CONCAT(\"{ACTS}\", REPLACE(STR(?r), \"^.*[#/]\", \"\"))) AS ?p) }} GROUP BY ?a ?p }}")
    return " ;\n".join([clear, dyads, acts, version_insert()])


def state_query() -> str:
    """A SELECT of one row (?version ?stale ?kg ?any ?ranked): whether the version and
    stale markers are there, whether kg's bookkeeping is, whether anything is, and
    whether the ranks follow the counts."""
    return (f"SELECT ?version ?stale ?kg ?any ?ranked WHERE {{\n"
            f"BIND(EXISTS {{ GRAPH {_META} {{ {_META} <{SUM}version> \"{VERSION}\" }} }} AS ?version)\n"
            f"BIND(EXISTS {{ GRAPH {_META} {{ {_META} <{RANK}current> ?r }} }} AS ?ranked)\n"
            f"BIND(EXISTS {{ GRAPH {_META} {{ {_META} <{SUM}stale> ?x }} }} AS ?stale)\n"
            f"BIND(EXISTS {{ GRAPH {_META} {{ ?g <{ARTICLE_ID_PRED}> ?id }} }} AS ?kg)\n"
            f"BIND(EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} }} || EXISTS {{ ?s2 ?p2 ?o2 }} AS ?any) }}")


def state_of(row: dict) -> str:
    """The count state (:data:`CURRENT`, ...) of one :func:`state_query` row (SPARQL JSON)."""
    def true(name: str) -> bool:
        return row.get(name, {}).get("value") in ("true", "1")

    if true("version") and not true("stale"):
        return CURRENT
    if true("stale"):
        return STALE
    if true("kg") or true("version"):
        return UNCOUNTED
    return FOREIGN if true("any") else EMPTY


def main(argv: list[str] | None = None) -> int:
    """``python -m kg.store.remote_counts URL``: recount the event counts of an endpoint
    (written before kg kept counts, by other tools, or to check them)."""
    import sys

    from kg.errors import KGError
    from kg.store import open_store

    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or not args[0].startswith(("http://", "https://")):
        print("usage: python -m kg.store.remote_counts http(s)://ENDPOINT", file=sys.stderr)
        return 2
    try:
        with open_store(args[0]) as store:
            dyads = store.recount()
    except KGError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"{args[0]}: counted the events of {dyads:,} dyads")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
