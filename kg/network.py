"""networkx views of a kg graph and the analytics that run on them.

Two views:

* :func:`to_networkx` — a ``MultiDiGraph`` with one node per entity (keyed by IRI)
  and one edge per event node of the RDF graph, so nothing is lost: negative and
  non-asserted facts are there too, each with its evidence sentence and article.
* :func:`actor_graph` — a simple weighted ``DiGraph`` between actors (Person,
  Country, Organization, Group) built from positive facts of the chosen modalities
  (asserted by default); ``weight`` is the number of distinct supporting sentences.

Analytics (:func:`centrality`, :func:`communities`, :func:`shortest_path`,
:func:`ego_network`, :func:`dyad`) take either view; actors are named by label,
alias, entity id or IRI, case-insensitively (:func:`find_node`).

Example:
    >>> from kg.graphio import load_graph                      # doctest: +SKIP
    >>> G = to_networkx(load_graph("graph.trig"))               # doctest: +SKIP
    >>> centrality(actor_graph(G), "pagerank", top=5)           # doctest: +SKIP
"""
from __future__ import annotations

import difflib
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, NamedTuple

import networkx as nx
import rdflib
from rdflib import RDF, RDFS, Literal

from kg.errors import ConfigError, QueryError
from kg.namespaces import DCT, GRAPH, KG, SKOS
from kg.ontology import relations as relation_table
from kg.types import ACTOR_TYPES, ENTITY_TYPES

__all__ = [
    "FACT_PREDICATES", "to_networkx", "actor_graph", "find_node", "centrality", "communities",
    "shortest_path", "ego_network", "dyad", "facts_between",
    "Ranked", "Hop", "Dyad", "NoPathError", "CENTRALITY_KINDS", "COMMUNITY_SEED",
]

CENTRALITY_KINDS = ("degree", "betweenness", "pagerank")
#: Louvain is randomised; a fixed seed makes `kg analyze communities` reproducible.
COMMUNITY_SEED = 42

_KG_NS = str(KG._NS)
_GRAPH_NS = str(GRAPH)
#: Predicates ``to_networkx`` reads from the RDF graph; everything else is ignored in the
#: single pass (a remote store fetches only these).
FACT_PREDICATES = frozenset({
    RDF.type, RDFS.label, SKOS.prefLabel, SKOS.altLabel, KG.entityId,
    KG.relation, KG.agent, KG.target, KG.topic, KG.polarity, KG.modality, KG.date,
    KG.confidence, KG.cameoCode, KG.attributedTo, KG.evidence, KG.article,
    KG.placeLabel, KG.place, KG.trigger, KG.text, KG.start, KG.articleId,
    DCT.title, DCT.date,
})
_WANTED = FACT_PREDICATES


class NoPathError(QueryError):
    """Two actors exist in the graph but no chain of facts connects them."""


class Ranked(NamedTuple):
    """One row of a centrality ranking."""

    node: str
    label: str
    type: str
    score: float


class Hop(NamedTuple):
    """One step of a shortest path, with the facts that support it (either direction)."""

    source: str
    source_label: str
    target: str
    target_label: str
    facts: list[dict[str, Any]]


@dataclass
class Dyad:
    """All facts between two actors, in time order, and their Goldstein balance.

    ``goldstein`` sums the Goldstein weights of the *positive* facts only: "Norland
    did not meet Eastavia" is not cooperation. ``cooperation`` and ``conflict`` are
    the sums of the positive and negative weights.
    """

    a: str
    a_label: str
    b: str
    b_label: str
    facts: list[dict[str, Any]] = field(default_factory=list)
    goldstein: float = 0.0
    cooperation: float = 0.0
    conflict: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"a": self.a_label, "b": self.b_label, "goldstein": self.goldstein,
                "cooperation": self.cooperation, "conflict": self.conflict,
                "facts": self.facts}


# --------------------------------------------------------------------------- reading RDF

def _local(iri: Any) -> str:
    text = str(iri)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _quads(data: Any) -> Iterator[tuple[Any, Any, Any, Any]]:
    """Yield (s, p, o, graph-name) from a Dataset, ConjunctiveGraph, Graph or Store."""
    if hasattr(data, "dataset") and callable(data.dataset) and not isinstance(data, rdflib.Graph):
        data = data.dataset()
    if isinstance(data, rdflib.ConjunctiveGraph):  # Dataset is a subclass
        for s, p, o, g in data.quads((None, None, None, None)):
            yield s, p, o, (g.identifier if isinstance(g, rdflib.Graph) else g)
    elif isinstance(data, rdflib.Graph):
        for s, p, o in data:
            yield s, p, o, None
    else:
        raise TypeError(f"expected an rdflib Dataset or Graph, got {type(data).__name__}")


def _py(value: Any) -> Any:
    if isinstance(value, Literal):
        py = value.toPython()
        return py.isoformat() if hasattr(py, "isoformat") else py
    return value


def _first(values: Iterable[Any] | None) -> Any:
    # sorted so that a malformed graph with two values still gives one stable answer
    return sorted(values, key=str)[0] if values else None


class _P:
    """Predicates used in to_networkx's loops, as plain class attributes: looking
    them up on rdflib's DefinedNamespace classes costs ~1 µs each, millions of times."""

    agent = KG.agent
    article = KG.article
    articleId = KG.articleId
    attributedTo = KG.attributedTo
    cameoCode = KG.cameoCode
    confidence = KG.confidence
    date = KG.date
    dct_date = DCT.date
    dct_title = DCT.title
    entityId = KG.entityId
    evidence = KG.evidence
    modality = KG.modality
    place = KG.place
    placeLabel = KG.placeLabel
    polarity = KG.polarity
    rdf_type = RDF.type
    rdfs_label = RDFS.label
    relation = KG.relation
    skos_altLabel = SKOS.altLabel
    skos_prefLabel = SKOS.prefLabel
    start = KG.start
    target = KG.target
    text = KG.text
    topic = KG.topic
    trigger = KG.trigger


def to_networkx(data: Any) -> nx.MultiDiGraph:
    """Build the full fact graph of an RDF dataset (kg's RDF shape, docs/CONTRACTS.md).

    Nodes are entity IRIs (str) with ``label``, ``type``, ``id``, ``aliases``,
    ``events`` (facts it takes part in), ``as_agent``, ``as_target``, ``articles``.
    Each event node becomes one edge agent -> target/topic, keyed by the event IRI,
    with ``relation, family, kind, symmetric, cameo, goldstein, polarity, modality, date,
    confidence, sentence, sentence_iri, start, article, article_title,
    article_date, attributed_to, place, trigger, event``.

    Args:
        data: an rdflib Dataset/ConjunctiveGraph/Graph, or a kg store.
    """
    props: dict[Any, dict[Any, set]] = defaultdict(lambda: defaultdict(set))
    graphs_of: dict[Any, set] = defaultdict(set)
    for s, p, o, g in _quads(data):
        if p in _WANTED:
            props[s][p].add(o)
            # per-article named graphs only: not the default graph of a Turtle file
            if p == _P.rdf_type and g is not None and str(g).startswith(_GRAPH_NS):
                graphs_of[s].add(g)
    rels = relation_table()

    def types_of(subject: Any) -> list[str]:
        return [_local(t) for t in props[subject].get(_P.rdf_type, ()) if str(t).startswith(_KG_NS)]

    def label_of(subject: Any) -> str:
        p = props.get(subject, {})
        value = _first(p.get(_P.rdfs_label)) or _first(p.get(_P.skos_prefLabel))
        return str(value) if value is not None else _local(subject)

    G = nx.MultiDiGraph()
    entity_articles: dict[str, set[str]] = defaultdict(set)

    def ensure_node(subject: Any) -> str:
        key = str(subject)
        if key not in G:
            p = props.get(subject, {})
            kinds = types_of(subject)
            etype = next((t for t in ENTITY_TYPES if t in kinds), "Entity")
            label = label_of(subject)
            aliases = sorted({str(a) for a in p.get(_P.skos_altLabel, ())} - {label})
            ident = _first(p.get(_P.entityId))
            G.add_node(key, label=label, type=etype, id=str(ident) if ident else _local(subject),
                       aliases=aliases, events=0, as_agent=0, as_target=0, articles=0)
            for graph in graphs_of.get(subject, ()):
                entity_articles[key].add(_local(graph))
        return key

    subjects = sorted(props, key=str)
    for subject in subjects:
        if set(types_of(subject)) & set(ENTITY_TYPES):
            ensure_node(subject)

    for event in subjects:
        p = props[event]
        if _P.relation not in p or _P.agent not in p:
            continue
        other = _first(p.get(_P.target)) or _first(p.get(_P.topic))
        if other is None:
            continue  # an event without a target/topic cannot be drawn as an edge
        relation = _local(_first(p[_P.relation]))
        info = rels.get(relation)
        event_types = [t for t in types_of(event) if t.endswith("Event") and t != "Event"]
        family = info.family if info else (event_types[0][:-5].lower() if event_types else "other")
        u, v = ensure_node(_first(p[_P.agent])), ensure_node(other)
        sentence = _first(p.get(_P.evidence))
        sp = props.get(sentence, {}) if sentence is not None else {}
        article = _first(p.get(_P.article)) or _first(sp.get(_P.article))
        ap = props.get(article, {}) if article is not None else {}
        article_id = _first(ap.get(_P.articleId))
        article_id = str(article_id) if article_id is not None else (
            _local(article) if article is not None else None)
        attributed = _first(p.get(_P.attributedTo))
        place = _first(p.get(_P.placeLabel))
        if place is None and _first(p.get(_P.place)) is not None:
            place = label_of(_first(p[_P.place]))
        cameo = _first(p.get(_P.cameoCode))
        confidence = _py(_first(p.get(_P.confidence)))
        start = _py(_first(sp.get(_P.start)))
        G.add_edge(
            u, v, key=str(event),
            relation=relation, family=family,
            kind=info.kind if info else ("topic" if _P.topic in p else "actor"),
            symmetric=bool(info.symmetric) if info else False,
            cameo=str(cameo) if cameo is not None else (info.cameo_root if info else None),
            goldstein=float(info.goldstein) if info else 0.0,
            polarity=str(_first(p.get(_P.polarity)) or "positive"),
            modality=str(_first(p.get(_P.modality)) or "asserted"),
            date=_py(_first(p.get(_P.date))),
            confidence=float(confidence) if confidence is not None else None,
            sentence=str(_first(sp.get(_P.text)) or ""),
            sentence_iri=str(sentence) if sentence is not None else None,
            start=int(start) if start is not None else None,
            article=article_id,
            article_title=str(_first(ap.get(_P.dct_title)) or "") or None,
            article_date=_py(_first(ap.get(_P.dct_date))),
            attributed_to=label_of(attributed) if attributed is not None else None,
            place=str(place) if place is not None else None,
            trigger=str(_first(p.get(_P.trigger)) or "") or None,
            event=str(event),
        )
        for node, role in ((u, "as_agent"), (v, "as_target")):
            G.nodes[node]["events"] += 1
            G.nodes[node][role] += 1
            if article_id:
                entity_articles[node].add(article_id)
    for node, arts in entity_articles.items():
        G.nodes[node]["articles"] = len(arts)
    return G


def _as_multigraph(data: Any) -> nx.Graph:
    return data if isinstance(data, nx.Graph) else to_networkx(data)


# --------------------------------------------------------------------------- projections

def actor_graph(data: Any, *, modalities: Iterable[str] | None = ("asserted",),
                include_static: bool = True) -> nx.DiGraph:
    """Project the fact graph onto actors: a weighted ``DiGraph``.

    Keeps positive facts whose modality is in ``modalities`` (``None`` = any) between
    two actors (topics and locations are dropped). Edge attributes: ``weight`` (number
    of distinct supporting sentences), ``symmetric_weight`` (those of them from symmetric
    relations such as meets), ``relations`` (sorted names), ``goldstein`` (sum over the
    facts) and ``facts`` (the fact dicts, as in :func:`facts_between`).

    Args:
        data: a graph from :func:`to_networkx`, or an RDF dataset.
        modalities: modalities to keep; default only asserted facts.
        include_static: keep structural relations (leaderOf, memberOf, locatedIn).
    """
    M = _as_multigraph(data)
    wanted = None if modalities is None else set(modalities)
    A = nx.DiGraph()
    for node, attrs in sorted(M.nodes(data=True)):
        if attrs.get("type") in ACTOR_TYPES:
            A.add_node(node, **attrs)
    sentences: dict[tuple[str, str], set] = defaultdict(set)
    symmetric: dict[tuple[str, str], set] = defaultdict(set)
    for u, v, key, d in sorted(M.edges(keys=True, data=True), key=lambda e: e[2]):
        if u not in A or v not in A or u == v or d.get("polarity") != "positive":
            continue
        if wanted is not None and d.get("modality") not in wanted:
            continue
        if not include_static and d.get("family") == "static":
            continue
        if not A.has_edge(u, v):
            A.add_edge(u, v, weight=0, symmetric_weight=0, relations=[], goldstein=0.0, facts=[])
        edge = A[u][v]
        edge["facts"].append(_fact(M, u, v, d))
        edge["goldstein"] += d.get("goldstein") or 0.0
        if d["relation"] not in edge["relations"]:
            edge["relations"] = sorted(edge["relations"] + [d["relation"]])
        sentence = d.get("sentence_iri") or d.get("event")
        sentences[(u, v)].add(sentence)
        edge["weight"] = len(sentences[(u, v)])
        if d.get("symmetric"):
            symmetric[(u, v)].add(sentence)
            edge["symmetric_weight"] = len(symmetric[(u, v)])
    return A


def _fact(G: nx.Graph, u: str, v: str, d: dict[str, Any]) -> dict[str, Any]:
    fact = {"subject": G.nodes[u].get("label", u), "relation": d.get("relation"),
            "object": G.nodes[v].get("label", v)}
    fact.update({k: val for k, val in d.items() if k != "facts"})
    return fact


def facts_between(G: nx.Graph, a: str, b: str) -> list[dict[str, Any]]:
    """Facts on the edges a->b and b->a of either view, as flat dicts.

    Each dict has ``subject``, ``relation``, ``object`` (labels) and the edge
    attributes of :func:`to_networkx`.
    """
    out: list[dict[str, Any]] = []
    for u, v in ((a, b), (b, a)):
        if u == v and out:
            break
        if not G.has_edge(u, v):
            continue
        if G.is_multigraph():
            out.extend(_fact(G, u, v, d) for _k, d in sorted(G[u][v].items()))
        elif "facts" in G[u][v]:
            out.extend(G[u][v]["facts"])
        else:
            out.append(_fact(G, u, v, G[u][v]))
    return out


def _undirected(G: nx.Graph) -> nx.Graph:
    """Simple undirected graph; weights of parallel and reciprocal edges are summed."""
    U = nx.Graph()
    U.add_nodes_from(sorted(G.nodes(data=True)))
    for u, v, d in G.edges(data=True):
        if u == v:
            continue
        w = d.get("weight", 1) if not G.is_multigraph() else 1
        if U.has_edge(u, v):
            U[u][v]["weight"] += w
        else:
            U.add_edge(u, v, weight=w)
    return U


# --------------------------------------------------------------------------- lookups

def _norm(text: str) -> str:
    return " ".join(str(text).split()).casefold()


def find_node(G: nx.Graph, name: str) -> str:
    """The node whose label, alias, entity id or IRI is ``name`` (case-insensitive).

    Raises:
        QueryError: no such actor (with close matches as suggestions) or ambiguous.
    """
    wanted = _norm(name)
    by_label, by_other = [], []
    names: set[str] = set()
    for node, attrs in G.nodes(data=True):
        label = attrs.get("label", node)
        names.add(label)
        if _norm(label) == wanted:
            by_label.append(node)
        elif wanted in {_norm(x) for x in [*attrs.get("aliases", ()), attrs.get("id", ""), node]}:
            by_other.append(node)
    found = sorted(by_label) or sorted(by_other)
    if len(found) == 1:
        return found[0]
    if found:
        labels = ", ".join(f"{G.nodes[n].get('label')} ({G.nodes[n].get('type')}, {n})" for n in found)
        raise QueryError(f"{name!r} is ambiguous: {labels}; use the entity id or IRI instead")
    close = difflib.get_close_matches(name, sorted(names), n=3, cutoff=0.6)
    hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else \
        "; list actors with `kg analyze GRAPH centrality --top 0`"
    raise QueryError(f"no actor named {name!r} in the graph{hint}")


# --------------------------------------------------------------------------- analytics

def centrality(G: nx.Graph, kind: str = "degree", top: int | None = 10) -> list[Ranked]:
    """Rank nodes by centrality, highest first (ties by label).

    ``degree`` is networkx's degree centrality (in + out); ``betweenness`` is computed
    on the undirected graph (who brokers between whom, whatever the direction);
    ``pagerank`` follows edge direction and ``weight`` (who is acted upon most), both
    ways for symmetric relations (meets, negotiatesWith, cooperatesWith).

    Args:
        G: either view.
        kind: one of :data:`CENTRALITY_KINDS`.
        top: number of rows; ``None`` or 0 for all.
    """
    if kind not in CENTRALITY_KINDS:
        raise ConfigError(f"unknown centrality {kind!r}; use one of {', '.join(CENTRALITY_KINDS)}")
    if G.number_of_nodes() == 0:
        return []
    if kind == "degree":
        scores = nx.degree_centrality(G)
    elif kind == "betweenness":
        scores = nx.betweenness_centrality(_undirected(G))
    else:
        D = nx.DiGraph()
        D.add_nodes_from(G.nodes)
        for u, v, d in G.edges(data=True):
            if G.is_multigraph():
                w, back = 1, (1 if d.get("symmetric") else 0)
            else:
                w, back = d.get("weight", 1), d.get("symmetric_weight", 0)
            # a symmetric fact (A meets B) also says B meets A: rank flows both ways
            for x, y, weight in ((u, v, w), (v, u, back)):
                if weight and x != y:
                    D.add_edge(x, y, weight=D[x][y]["weight"] + weight if D.has_edge(x, y) else weight)
        scores = _pagerank(D)
    rows = [Ranked(n, G.nodes[n].get("label", n), G.nodes[n].get("type", ""), float(s))
            for n, s in scores.items()]
    rows.sort(key=lambda r: (-round(r.score, 12), r.label, r.node))
    return rows[:top] if top else rows


def _pagerank(D: nx.DiGraph, alpha: float = 0.85, tol: float = 1.0e-10,
              max_iter: int = 200) -> dict[str, float]:
    """Weighted PageRank; networkx's own needs SciPy, which kg does not depend on.

    Same model as :func:`networkx.pagerank` (uniform teleport, dangling nodes spread
    their rank uniformly), by plain power iteration.
    """
    try:
        return nx.pagerank(D, alpha=alpha, weight="weight", tol=tol, max_iter=max_iter)
    except ImportError:
        pass
    nodes = list(D)
    n = len(nodes)
    out_weight = {u: sum(d.get("weight", 1) for _, _, d in D.out_edges(u, data=True)) for u in nodes}
    rank = dict.fromkeys(nodes, 1.0 / n)
    for _ in range(max_iter):
        dangling = alpha * sum(rank[u] for u in nodes if out_weight[u] == 0) / n
        new = dict.fromkeys(nodes, (1.0 - alpha) / n + dangling)
        for u, v, d in D.edges(data=True):
            new[v] += alpha * rank[u] * d.get("weight", 1) / out_weight[u]
        if sum(abs(new[u] - rank[u]) for u in nodes) < n * tol:
            return new
        rank = new
    return rank


def communities(G: nx.Graph, *, seed: int = COMMUNITY_SEED, resolution: float = 1.0) -> list[list[str]]:
    """Louvain communities of the undirected weighted graph, deterministic for a seed.

    Returns lists of nodes, largest community first, each sorted by label.
    """
    U = _undirected(G)
    if U.number_of_nodes() == 0:
        return []
    parts = nx.community.louvain_communities(U, weight="weight", seed=seed, resolution=resolution)
    label = lambda n: (G.nodes[n].get("label", n), n)  # noqa: E731
    out = [sorted(part, key=label) for part in parts]
    out.sort(key=lambda part: (-len(part), label(part[0])))
    return out


def shortest_path(G: nx.Graph, a: str, b: str) -> list[Hop]:
    """Fewest-hop chain of facts from actor ``a`` to actor ``b`` (any edge direction).

    Each hop carries the facts between its two ends, so every step can be checked
    against its evidence sentences.

    Raises:
        QueryError: an actor is unknown; NoPathError: no chain connects them.
    """
    s, t = find_node(G, a), find_node(G, b)
    try:
        nodes = nx.shortest_path(_undirected(G), s, t)
    except nx.NetworkXNoPath:
        raise NoPathError(
            f"no chain of facts connects {G.nodes[s]['label']!r} and {G.nodes[t]['label']!r}; "
            "try --modality all to use planned/reported facts too") from None
    return [Hop(u, G.nodes[u].get("label", u), v, G.nodes[v].get("label", v), facts_between(G, u, v))
            for u, v in zip(nodes, nodes[1:])]


def ego_network(G: nx.Graph, actor: str, radius: int = 1) -> nx.Graph:
    """The sub-graph within ``radius`` hops of ``actor`` (edges in either direction)."""
    if radius < 1:
        raise ConfigError(f"radius must be at least 1, got {radius}")
    return nx.ego_graph(G, find_node(G, actor), radius=radius, undirected=True).copy()


def _when(fact: dict[str, Any]) -> str:
    return str(fact.get("date") or fact.get("article_date") or "")


def dyad(G: nx.Graph, a: str, b: str) -> Dyad:
    """Timeline of all facts between two actors (both directions) and their balance.

    Facts are sorted by date (the event date, else the article's date; undated last),
    then article and sentence offset.
    """
    u, v = find_node(G, a), find_node(G, b)
    facts = facts_between(G, u, v)
    facts.sort(key=lambda f: (_when(f) == "", _when(f), f.get("article") or "",
                              f.get("start") or 0, f.get("relation") or ""))
    result = Dyad(u, G.nodes[u].get("label", u), v, G.nodes[v].get("label", v), facts)
    for fact in facts:
        if fact.get("polarity") != "positive":
            continue
        weight = float(fact.get("goldstein") or 0.0)
        result.goldstein += weight
        if weight > 0:
            result.cooperation += weight
        else:
            result.conflict += weight
    return result
