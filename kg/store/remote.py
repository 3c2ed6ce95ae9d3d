"""A remote SPARQL 1.1 endpoint as a kg store (Oxigraph server, Fuseki, ...).

Reads use the SPARQL 1.1 Protocol, writes use SPARQL 1.1 Update (one request per
article, which the server applies as one transaction) or, with ``write="gsp"``,
the Graph Store Protocol (``PUT ?graph=IRI`` replaces the named graph; the hash
is written after it, so it acts as the commit marker of the article).

Endpoint paths are guessed from the URL and can be given explicitly:

=====================================  ==========  ===========  ==========
URL given                              query       update       graph store
=====================================  ==========  ===========  ==========
``http://host:7878`` (Oxigraph)        /query      /update      /store
``http://host:3030/ds`` (Fuseki)       /ds/query   /ds/update   /ds/data
``.../query`` or ``.../sparql``        siblings of the path given
=====================================  ==========  ===========  ==========

The store keeps the event counts of :mod:`kg.store.summary` in its bookkeeping
graph, changed in the same request as each article write (with ``write="gsp"``:
the old version's events leave with its unlink, the new one's come with its
hash), and their rank indexes, recomputed by the client before the first query
that reads counts after writes that moved them, so the shipped count queries
(``kg/queries/counts/``) give the same rows as on a local store
(:mod:`kg.store.remote_counts`). Raw updates mark them stale.
An endpoint written before kg kept counts, or by other tools, is recounted at the
first write, by :meth:`RemoteStore.recount` (``python -m kg.store.remote_counts
URL``), or, when it holds kg's bookkeeping, before the first query that reads them.
"""
from __future__ import annotations

import io
from collections import Counter
from collections.abc import Iterable, Iterator
from urllib.parse import urlsplit, urlunsplit

from rdflib import Dataset, Graph, URIRef
from rdflib.query import Result

from kg.errors import QueryError, StoreError
from kg.store import remote_counts, summary
from kg.store.base import (ARTICLE_ID_PRED, CONTENT_HASH, META_GRAPH, Store, graph_iri_for,
                           meta_triples, unlink_graph_update)
from kg.store.convert import triples_to_nt

__all__ = ["RemoteStore", "resolve_endpoints"]

_TIMEOUT = 120


def _prologue() -> str:
    from kg.store.local import KG_PREFIXES

    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in KG_PREFIXES.items())


def resolve_endpoints(url: str) -> dict[str, str]:
    """Guess query/update/store endpoints and the server flavour from a URL."""
    parts = urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    last = segments[-1] if segments else ""
    if last in ("query", "update", "store"):
        base, flavour = segments[:-1], "oxigraph"
    elif last in ("sparql", "data"):
        base, flavour = segments[:-1], "fuseki"
    elif not segments:
        base, flavour = [], "oxigraph"
    else:
        base, flavour = segments, "fuseki"

    def at(name: str) -> str:
        path = "/" + "/".join([*base, name])
        return urlunsplit((parts.scheme, parts.netloc, path, "", ""))

    store = "store" if flavour == "oxigraph" else "data"
    query = "sparql" if last == "sparql" else "query"
    return {"query": at(query), "update": at("update"), "store": at(store), "flavour": flavour}


class RemoteStore(Store):
    """A SPARQL 1.1 endpoint. See the module docstring for the URL forms.

    Args:
        url: the endpoint or server URL.
        query_endpoint, update_endpoint, store_endpoint: explicit endpoint URLs.
        write: ``"update"`` (default, atomic) or ``"gsp"`` (Graph Store PUT).
        union_default_graph: ask the server to query the union of all graphs
            (Oxigraph's ``union-default-graph`` parameter). Off by default: kg keeps
            the de-duplicated union of the article graphs in the default graph.
        counts: keep the event counts (:mod:`kg.store.remote_counts`) with every
            write (default). Off, writes leave them as they are but mark them
            stale, so a client with counts on recounts before it next uses them.
    """

    def __init__(self, url: str, *, query_endpoint: str | None = None,
                 update_endpoint: str | None = None, store_endpoint: str | None = None,
                 write: str = "update", union_default_graph: bool | None = None,
                 timeout: float = _TIMEOUT, counts: bool = True):
        import requests

        guessed = resolve_endpoints(url)
        self.location = url
        self.query_endpoint = query_endpoint or guessed["query"]
        self.update_endpoint = update_endpoint or guessed["update"]
        self.store_endpoint = store_endpoint or guessed["store"]
        self.union_default_graph = bool(union_default_graph)
        if write not in ("update", "gsp"):
            raise StoreError(f"unknown write method {write!r}; use 'update' or 'gsp'")
        self.write = write
        self.timeout = timeout
        self._http = requests.Session()
        self._prologue = _prologue()
        self.counts = bool(counts)
        # whether this session found the counts current (checked before the first
        # write; a raw update makes it look again)
        self._counts_ready = False

    # -- HTTP ------------------------------------------------------------------
    def _request(self, method: str, url: str, **kwargs):
        import requests

        try:
            response = self._http.request(method, url, timeout=self.timeout, **kwargs)
        except requests.RequestException as exc:
            raise StoreError(f"{url}: cannot reach the SPARQL endpoint ({type(exc).__name__}); "
                             "is the server running and the URL right?") from None
        if response.status_code >= 400:
            body = " ".join(response.text.split())[:300]
            error = QueryError if response.status_code == 400 else StoreError
            raise error(f"{url}: HTTP {response.status_code}: {body}")
        return response

    def _select(self, sparql: str, *, union: bool = False) -> list[dict]:
        params = {"union-default-graph": ""} if union and self.union_default_graph else {}
        response = self._request("POST", self.query_endpoint, params=params,
                                 data=(self._prologue + sparql).encode("utf-8"),
                                 headers={"Content-Type": "application/sparql-query",
                                          "Accept": "application/sparql-results+json"})
        return response.json()["results"]["bindings"]

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 Update. It may change events in ways the counts cannot
        follow, so the same request marks them stale (:meth:`has_counts` recounts)."""
        # first, so that an update that clears everything takes the marker too (an
        # empty bookkeeping graph is recounted all the same)
        self._counts_ready = False
        self._update(f"{remote_counts.stale_insert()} ;\n{sparql}")

    def _update(self, sparql: str) -> None:
        self._request("POST", self.update_endpoint, data=(self._prologue + sparql).encode("utf-8"),
                      headers={"Content-Type": "application/sparql-update"})

    # -- event counts ----------------------------------------------------------
    def count_state(self) -> str:
        """Where the endpoint's counts stand: ``"current"``, ``"stale"`` (a raw update
        since), ``"uncounted"`` (kg's bookkeeping without counts: an older kg),
        ``"foreign"`` (data without kg's bookkeeping) or ``"empty"``."""
        rows = self._select(remote_counts.state_query())
        return remote_counts.state_of(rows[0] if rows else {})

    def recount(self) -> int:
        """Recount every event of the union into the bookkeeping graph (one request,
        evaluated by the server), then its ranks. Returns the number of dyads."""
        self._update(remote_counts.recount_update())
        self._counts_ready = True
        self.refresh_ranks()
        rows = self._select(f"SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE {{ GRAPH <{META_GRAPH}> "
                            f"{{ ?d <{summary.SUM}relation> ?r }} }}")
        return int(rows[0]["n"]["value"])

    #: Rank updates tried before giving up while other clients keep writing.
    RANK_TRIES = 5

    def refresh_ranks(self) -> int:
        """Recompute the rank indexes (:func:`kg.store.summary.ranks`) from the current
        counts and write those that moved (:mod:`kg.store.remote_counts`). Returns
        their number.

        Raises:
            StoreError: other clients wrote between every read and update tried.
        """
        import uuid

        for _ in range(self.RANK_TRIES):
            token = uuid.uuid4().hex
            self._update(remote_counts.pending_insert(token))
            gone, new = remote_counts.rank_change(self._select(remote_counts.rank_inputs_query()))
            self._update(remote_counts.rank_update(token, gone, new))
            if self._select(remote_counts.state_query())[0].get("ranked", {}).get("value") in ("true", "1"):
                return len(new)
        raise StoreError(f"{self.location}: the ranks of the event counts kept changing while they "
                         f"were computed (other clients writing); run the query again when they are done")

    def has_counts(self) -> bool:
        """Whether the counts are there and current. A store kg wrote whose counts
        are stale or missing (raw updates, an older kg) is recounted now; an empty
        one is marked as counted. False for data kg did not write (run
        :meth:`recount` to add them) and when the counts are off or cannot be written."""
        if not self.counts:
            return False
        # asked every time (one small SELECT): another client may have written since
        rows = self._select(remote_counts.state_query())
        row = rows[0] if rows else {}
        state = remote_counts.state_of(row)
        try:
            if state == remote_counts.CURRENT:
                if row.get("ranked", {}).get("value") not in ("true", "1"):
                    self.refresh_ranks()  # writes since the ranks were last computed
                return True
            if state in (remote_counts.STALE, remote_counts.UNCOUNTED):
                self.recount()
            elif state == remote_counts.EMPTY:
                self._update(f"{remote_counts.version_insert()} ;\n{remote_counts.ranked_insert()}")
        except StoreError:
            return False  # a read-only endpoint: the query's error names the fix
        return state != remote_counts.FOREIGN

    def _ready_for_counts(self) -> None:
        """Before the first write: make the counts current, so that the changes each
        write makes are applied to complete counts."""
        if self.counts and not self._counts_ready:
            state = self.count_state()
            if state == remote_counts.EMPTY:
                self._update(f"{remote_counts.version_insert()} ;\n{remote_counts.ranked_insert()}")
            elif state != remote_counts.CURRENT:
                self.recount()
            self._counts_ready = True

    def _old_events(self, graph_iri: str) -> tuple[Counter, str]:
        """The events of the stored version of an article graph, by count key, and the
        operation (with a trailing separator) that marks the counts stale if that
        version changes before the request that subtracts them runs (one SELECT;
        nothing with counts off or for a graph without bookkeeping)."""
        if not self.counts:
            return Counter(), ""
        rows = self._select(remote_counts.events_query(graph_iri))
        if not rows:
            return Counter(), ""
        events = summary.contributions((row["e"]["value"], row["p"]["value"], row["o"]["value"])
                                       for row in rows if "e" in row)
        digest = rows[0].get("h", {}).get("value")
        return events, remote_counts.unchanged_guard(graph_iri, digest) + " ;\n"

    def _count_change(self, delta: Counter) -> tuple[str, str]:
        """(N-Triples for the bookkeeping graph of the request's INSERT DATA, operations
        with a leading separator to end the request with) that change the counts by
        ``delta``; with counts off, the operation that marks them stale."""
        if not self.counts:
            return "", f" ;\n{remote_counts.stale_insert()}"
        shape, ops = remote_counts.delta_updates(delta)
        return shape, "".join(" ;\n" + op for op in ops)

    # -- writing ---------------------------------------------------------------
    def _write(self, graph_iri: URIRef, triples: list[tuple], article_id: str,
               content_hash: str | None, *, replace: bool) -> None:
        self._ready_for_counts()
        graph = str(graph_iri)
        new = summary.contributions(triples) if self.counts else Counter()
        old, guard = self._old_events(graph) if replace else (Counter(), "")
        body = triples_to_nt(triples)
        meta = triples_to_nt(meta_triples(graph_iri, article_id, content_hash))
        if self.write == "gsp":
            # PUT replaces the named graph; the union, the hash (the commit marker: a
            # crash before it means the article is redone) and the counts of the new
            # version follow. The old version's events leave the counts with its hash,
            # so a crash in between leaves counts that match the articles with hashes.
            if replace:
                _, gone = self._count_change(Counter({key: -n for key, n in old.items()}))
                self._update(guard + unlink_graph_update(graph) + gone)
            self._request("PUT", self.store_endpoint, params={"graph": graph},
                          data=body.encode("utf-8"),
                          headers={"Content-Type": "application/n-triples"})
            shape, count_ops = self._count_change(new)
            clear_meta = f"DELETE WHERE {{ GRAPH <{META_GRAPH}> {{ <{graph}> ?p ?o }} }}"
            self._update(f"{clear_meta} ;\nINSERT DATA {{ {body}\nGRAPH <{META_GRAPH}> {{\n{meta}{shape}}} }}"
                         f"{count_ops}")
            return
        # one request: the old version out, the new one in, the counts changed by the
        # difference of their events
        new.subtract(old)
        shape, count_ops = self._count_change(new)
        unlink = f"{guard}{unlink_graph_update(graph)} ;\n" if replace else ""
        self._update(f"{unlink}INSERT DATA {{ {body}\nGRAPH <{graph_iri}> {{\n{body}}}\n"
                     f"GRAPH <{META_GRAPH}> {{\n{meta}{shape}}} }}{count_ops}")

    def _has_graph(self, graph_iri) -> bool:
        return bool(self._select(f"SELECT ?s WHERE {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} }} LIMIT 1"))

    def _graph_of(self, article_id: str) -> str | None:
        rows = self._select(f"SELECT ?g WHERE {{ GRAPH <{META_GRAPH}> {{ ?g <{ARTICLE_ID_PRED}> "
                            f"{_literal(article_id)} }} }} LIMIT 1")
        return rows[0]["g"]["value"] if rows else None

    def remove_article(self, article_id: str) -> bool:
        graph = self._graph_of(article_id)
        if graph is None:
            graph = str(graph_iri_for(article_id))
            if not self._has_graph(graph):
                return False
        self._ready_for_counts()
        # the events leave the counts in the request that unlinks them
        old, guard = self._old_events(graph)
        _, gone = self._count_change(Counter({key: -n for key, n in old.items()}))
        self._update(guard + unlink_graph_update(graph) + gone)
        return True

    def article_hash(self, article_id: str) -> str | None:
        rows = self._select(
            f"SELECT ?g ?h WHERE {{ GRAPH <{META_GRAPH}> {{ ?g <{ARTICLE_ID_PRED}> "
            f"{_literal(article_id)} OPTIONAL {{ ?g <{CONTENT_HASH}> ?h }} }} }} LIMIT 1")
        if not rows:
            return None
        return rows[0].get("h", {}).get("value", "")

    def articles(self) -> Iterator[tuple[str, URIRef, str | None]]:
        rows = self._select(f"SELECT ?g ?id ?h WHERE {{ GRAPH <{META_GRAPH}> {{ ?g <{ARTICLE_ID_PRED}> ?id "
                            f"OPTIONAL {{ ?g <{CONTENT_HASH}> ?h }} }} }}")
        for row in rows:
            yield row["id"]["value"], URIRef(row["g"]["value"]), row.get("h", {}).get("value")

    # -- reading ---------------------------------------------------------------
    def query(self, sparql: str) -> Result:
        params = {"union-default-graph": ""} if self.union_default_graph else {}
        response = self._request("POST", self.query_endpoint, params=params,
                                 data=(self._prologue + sparql).encode("utf-8"),
                                 headers={"Content-Type": "application/sparql-query",
                                          "Accept": "application/sparql-results+json, "
                                                    "application/n-triples;q=0.9"})
        kind = response.headers.get("Content-Type", "").split(";")[0].strip()
        if kind == "application/n-triples":
            out = Result("CONSTRUCT")
            out.graph = _graph_of(response.content)
            return out
        return Result.parse(io.BytesIO(response.content), format="json")

    def construct(self, sparql: str, into: Graph | None = None) -> Graph:
        """Run a CONSTRUCT (or DESCRIBE) on the endpoint; its triples as an rdflib Graph.

        The result comes as N-Triples and is parsed with Oxigraph's parser (several
        times faster than rdflib's on large results).

        Args:
            sparql: the query.
            into: add the triples to this graph (a Dataset's default graph, say)
                instead of a new one; adding to rdflib is most of the time spent.
        """
        params = {"union-default-graph": ""} if self.union_default_graph else {}
        response = self._request("POST", self.query_endpoint, params=params,
                                 data=(self._prologue + sparql).encode("utf-8"),
                                 headers={"Content-Type": "application/sparql-query",
                                          "Accept": "application/n-triples"})
        return _graph_of(response.content, into)

    def dataset(self) -> Dataset:
        """A full copy of the endpoint's article graphs as an rdflib Dataset.

        Fetched in one Graph Store GET as N-Quads; kg's union copy in the default
        graph and the bookkeeping graph are skipped while parsing (the Dataset makes
        its own union). For what the viz and analytics need, :meth:`fact_dataset` is
        much smaller; for SPARQL, :meth:`query` runs on the endpoint itself.
        """
        import pyoxigraph as ox

        response = self._request("GET", self.store_endpoint,
                                 headers={"Accept": "application/n-quads"})
        dataset = Dataset(default_union=True)
        terms, graphs = _TermCache(), {}
        meta = ox.NamedNode(str(META_GRAPH))

        def quads():
            for quad in _parse(response.content, "nq"):
                name = quad.graph_name
                if isinstance(name, ox.DefaultGraph) or name == meta:
                    continue
                graph = graphs.get(name)
                if graph is None:
                    graph = graphs[name] = dataset.graph(terms.term(name))
                yield (*terms.triple(quad), graph)

        from kg.rdf import relaxed_gc

        with relaxed_gc():
            dataset.addN(quads())
        from kg.namespaces import bind_prefixes

        bind_prefixes(dataset)
        return dataset

    def fact_dataset(self, predicates: Iterable[str]) -> Dataset:
        """A Dataset with only the triples whose predicate is in ``predicates`` (from
        the de-duplicated union) plus, in each article graph, the type triples of the
        entities it mentions: what :func:`kg.network.to_networkx` reads, fetched with
        two queries instead of a copy of the whole store.
        """
        values = " ".join(f"<{p}>" for p in sorted({str(p) for p in predicates}))
        dataset = Dataset(default_union=True)
        self.construct(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ VALUES ?p {{ {values} }} ?s ?p ?o }}",
                       into=dataset.default_graph)
        rows = self._select(
            f"SELECT ?g ?s ?t WHERE {{ GRAPH ?g {{ ?s kg:entityId ?id ; a ?t }} "
            f"FILTER(?g != <{META_GRAPH}>) }}")
        from rdflib import RDF

        graphs: dict[str, Graph] = {}
        for row in rows:
            name = row["g"]["value"]
            graph = graphs.get(name)
            if graph is None:
                graph = graphs[name] = dataset.graph(URIRef(name))
            graph.add((URIRef(row["s"]["value"]), RDF.type, URIRef(row["t"]["value"])))
        from kg.namespaces import bind_prefixes

        bind_prefixes(dataset)
        return dataset

    def union_graph(self) -> Graph:
        """Every triple of the article graphs once (kg's union in the default graph)."""
        graph = self.construct("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
        from kg.namespaces import bind_prefixes

        bind_prefixes(graph)
        return graph

    def quad_count(self) -> int:
        rows = self._select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
                            f"FILTER(?g != <{META_GRAPH}>) }}")
        return int(rows[0]["n"]["value"])

    def close(self) -> None:
        self._http.close()


def _parse(data: bytes, extension: str):
    """Oxigraph's streaming parser over a response body (N-Triples or N-Quads)."""
    import pyoxigraph as ox

    try:
        yield from ox.parse(data, format=ox.RdfFormat.from_extension(extension))
    except SyntaxError as exc:
        raise StoreError(f"the endpoint sent invalid RDF ({' '.join(str(exc).split())[:200]}); "
                         "is the URL a SPARQL endpoint?") from None


def _graph_of(ntriples: bytes, graph: Graph | None = None) -> Graph:
    from kg.rdf import relaxed_gc

    graph = Graph() if graph is None else graph
    terms = _TermCache()
    with relaxed_gc():  # rdflib's indexes are many small objects: collect rarely meanwhile
        graph.addN((*terms.triple(t), graph) for t in _parse(ntriples, "nt"))
    return graph


class _TermCache:
    """Oxigraph terms to rdflib ones, one rdflib object per distinct term (faster, and
    much less memory on big copies where labels and types repeat)."""

    def __init__(self):
        from kg.store.convert import from_ox

        self._convert = from_ox
        self._terms: dict = {}

    def term(self, node):
        found = self._terms.get(node)
        if found is None:
            found = self._terms[node] = self._convert(node)
        return found

    def triple(self, triple) -> tuple:
        return self.term(triple.subject), self.term(triple.predicate), self.term(triple.object)


def _literal(text: str) -> str:
    from rdflib import Literal

    return Literal(text).n3()
