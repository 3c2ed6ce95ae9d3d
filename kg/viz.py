"""The interactive HTML view of a kg graph: one self-contained, offline page.

pyvis 0.3.2 builds the vis-network node and edge records and ships the vis-network
library that is inlined into the page. The page itself is kg's own template
(``kg/static/page.html``), because pyvis's template links Bootstrap from a CDN even
with ``cdn_resources="in_line"``: the page loads nothing from the network, and its
Content-Security-Policy forbids it to (scripts run only if their hash matches).

Untrusted text (article sentences, titles, entity labels) reaches the browser only
inside a ``<script type="application/json">`` block, JSON-escaped so that ``</script>``,
``<!--`` and U+2028/2029 cannot end or confuse it, and is shown with ``textContent`` /
vis-network's plain-string tooltips — never parsed as HTML.

Example:
    >>> from kg.viz import render_html                                 # doctest: +SKIP
    >>> render_html(dataset, "/tmp/kg/graph.html", top=50, since="2024-01-01")  # doctest: +SKIP
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html
import json
import math
from collections import defaultdict
from importlib import resources
from pathlib import Path
from string import Template
from typing import Any, Iterable, NamedTuple

import networkx as nx
from pyvis.edge import Edge
from pyvis.network import Network

from kg.errors import ConfigError, GraphError
from kg.network import centrality, to_networkx
from kg.ontology import relations as relation_table

__all__ = ["render_html", "html_page", "build_page", "VizSummary", "TYPE_STYLE", "SIZE_BY", "MAX_EVIDENCE"]

#: colour and vis-network shape per entity type (colour-blind-safe Tableau 10 colours)
TYPE_STYLE = {
    "Person": ("#4e79a7", "dot"),
    "Country": ("#f28e2b", "diamond"),
    "Organization": ("#59a14f", "square"),
    "Group": ("#e15759", "triangle"),
    "Location": ("#76b7b2", "triangleDown"),
    "Topic": ("#b07aa1", "hexagon"),
    "Entity": ("#9c9c9c", "dot"),
}
_CONFLICT, _COOPERATION, _NEUTRAL = "#d62728", "#2ca02c", "#8c8c8c"
SIZE_BY = ("degree", "pagerank", "betweenness")
#: evidence sentences listed in one edge tooltip; the rest are counted
MAX_EVIDENCE = 12

_VIS_DIR = "templates/lib/vis-9.1.2"


class VizSummary(NamedTuple):
    """What :func:`render_html` wrote: the file and the number of nodes/edges drawn."""

    path: Path
    nodes: int
    edges: int


def _date(value: str | None, option: str) -> str | None:
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise ConfigError(f"{option} {value!r} is not a date; write it as YYYY-MM-DD") from None


def _day(fact: dict[str, Any]) -> str:
    """The fact's day (YYYY-MM-DD): its own date, else its article's; "" if neither.

    Cut to ten characters so that xsd:dateTime values compare as days."""
    return str(fact.get("date") or fact.get("article_date") or "")[:10]


def _relations_wanted(M: nx.MultiDiGraph, relations: Iterable[str] | None) -> set[str] | None:
    """Relation names selected by names or family names (``--relation``)."""
    if not relations:
        return None
    table = relation_table()
    known: dict[str, str] = {name: meta.family for name, meta in table.items()}
    for _u, _v, d in M.edges(data=True):
        known.setdefault(d["relation"], d["family"])
    by_lower = {name.lower(): name for name in known}
    families = {fam.lower(): fam for fam in known.values()}
    out: set[str] = set()
    for item in relations:
        key = str(item).strip().lower()
        if key in by_lower:
            out.add(by_lower[key])
        elif key in families:
            out.update(n for n, fam in known.items() if fam == families[key])
        else:
            raise ConfigError(f"unknown relation {item!r}; use a relation ({', '.join(sorted(known))}) "
                              f"or a family ({', '.join(sorted(set(known.values())))})")
    return out


def _edge_title(M: nx.MultiDiGraph, u: str, v: str, facts: list[dict[str, Any]]) -> str:
    first = facts[0]
    neg = first["polarity"] == "negative"
    head = f"{M.nodes[u]['label']} — {'NOT ' if neg else ''}{first['relation']} → {M.nodes[v]['label']}"
    sentences = {f.get("sentence_iri") or f["event"] for f in facts}
    meta = [f"family {first['family']}"]
    if first.get("cameo"):
        meta.append(f"CAMEO {first['cameo']}")
    meta.append(f"Goldstein {first['goldstein']:+g}")
    meta.append(f"{len(sentences)} sentence{'s' if len(sentences) != 1 else ''}")
    lines = [head, " · ".join(meta)]
    for fact in facts[:MAX_EVIDENCE]:
        when = fact.get("date") or fact.get("article_date") or "undated"
        source = fact.get("article_title") or fact.get("article") or "unknown article"
        how = [fact["modality"]]
        if fact.get("attributed_to"):
            how.append(f"according to {fact['attributed_to']}")
        if fact.get("place"):
            how.append(f"in {fact['place']}")
        if fact.get("confidence") is not None:
            how.append(f"confidence {fact['confidence']:.2f}")
        lines += ["", f"[{when}] {source} — {', '.join(how)}", f"“{fact.get('sentence') or ''}”"]
    if len(facts) > MAX_EVIDENCE:
        lines += ["", f"… and {len(facts) - MAX_EVIDENCE} more"]
    return "\n".join(lines)


def _node_title(attrs: dict[str, Any], shown_degree: int) -> str:
    lines = [attrs["label"], f"{attrs['type']} · id {attrs.get('id', '')}"]
    if attrs.get("aliases"):
        lines.append("Also: " + "; ".join(attrs["aliases"]))
    arts = attrs.get("articles", 0)
    lines.append(f"{attrs.get('events', 0)} facts ({attrs.get('as_agent', 0)} as actor, "
                 f"{attrs.get('as_target', 0)} as target) in {arts} article{'s' if arts != 1 else ''}")
    lines.append(f"{shown_degree} link{'s' if shown_degree != 1 else ''} shown")
    return "\n".join(lines)


def _select(M: nx.MultiDiGraph, *, top: int | None, min_degree: int, wanted: set[str] | None,
            since: str | None, until: str | None):
    """Filter facts, group them into drawn edges, and choose the nodes to draw."""
    groups: dict[tuple, list[dict[str, Any]]] = defaultdict(list)
    for u, v, key, d in sorted(M.edges(keys=True, data=True), key=lambda e: e[2]):
        if wanted is not None and d["relation"] not in wanted:
            continue
        when = _day(d)
        if (since or until) and not when:
            continue
        if (since and when < since) or (until and when > until):
            continue
        # one drawn edge per (pair, relation, polarity, asserted-or-not): the line style
        # (solid/dashed) and the colour are then true of every sentence it stands for
        group = (u, v, d["relation"], d["polarity"], d["modality"] == "asserted")
        groups[group].append(dict(d))
    degree: dict[str, int] = defaultdict(int)
    for u, v, *_ in groups:
        degree[u] += 1
        degree[v] += 1
    keep = [n for n, deg in degree.items() if deg >= max(min_degree, 1)]
    keep.sort(key=lambda n: (-degree[n], M.nodes[n]["label"], n))
    if top:
        keep = keep[:top]
    kept = set(keep)
    groups = {g: f for g, f in groups.items() if g[0] in kept and g[1] in kept}
    return sorted(kept), groups


def build_page(data: dict[str, Any], title: str) -> str:
    """Fill kg's page template: inline assets, escaped data, hash-based CSP."""
    static = resources.files("kg") / "static"
    vis = resources.files("pyvis") / _VIS_DIR
    scripts = [(vis / "vis-network.min.js").read_text("utf-8"), (static / "graph.js").read_text("utf-8")]
    for script in scripts:
        if "</script" in script.lower():  # would end the inline block early
            raise GraphError("an inlined script contains '</script'; cannot embed it safely")
    hashes = " ".join("'sha256-%s'" % base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode()
                      for s in scripts)
    csp = (f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:; "
           "font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'")
    payload = json.dumps(data, ensure_ascii=True, separators=(",", ":"), sort_keys=True)
    # ensure_ascii already escaped U+2028/2029; these keep '</script>' and '<!--' inert
    payload = payload.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    page = Template((static / "page.html").read_text("utf-8"))
    return page.substitute(
        title=html.escape(title, quote=True), csp=html.escape(csp, quote=False),
        vis_css=(vis / "vis-network.css").read_text("utf-8"),
        page_css=(static / "graph.css").read_text("utf-8"),
        vis_js=scripts[0], graph_js=scripts[1], data=payload,
    )


def html_page(data: Any, *, top: int | None = None, min_degree: int = 0,
              relations: Iterable[str] | None = None, since: str | None = None,
              until: str | None = None, title: str = "kg — knowledge graph",
              size_by: str = "degree") -> tuple[str, int, int]:
    """The page as a string, with the number of nodes and edges it draws.

    Same arguments as :func:`render_html`; useful in notebooks
    (``IPython.display.IFrame`` or an ``<iframe srcdoc=...>``).
    """
    if size_by not in SIZE_BY:
        raise ConfigError(f"unknown size measure {size_by!r}; use one of {', '.join(SIZE_BY)}")
    if top is not None and top < 0 or min_degree < 0:
        raise ConfigError("--top and --min-degree must not be negative")
    since, until = _date(since, "--since"), _date(until, "--until")
    if since and until and since > until:
        raise ConfigError(f"--since {since} is after --until {until}")
    M = data if isinstance(data, nx.MultiDiGraph) else to_networkx(data)
    nodes, groups = _select(M, top=top, min_degree=min_degree, wanted=_relations_wanted(M, relations),
                            since=since, until=until)

    shown = nx.MultiDiGraph()
    shown.add_nodes_from((n, M.nodes[n]) for n in nodes)
    shown.add_edges_from((g[0], g[1], {"weight": len(f)}) for g, f in groups.items())
    degree = dict(shown.degree())
    if size_by == "degree":
        score = {n: float(d) for n, d in degree.items()}
    else:
        score = {r.node: r.score for r in centrality(shown, size_by, top=None)}
    top_score = max(score.values(), default=0.0) or 1.0

    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    for n in nodes:
        attrs = M.nodes[n]
        colour, shape = TYPE_STYLE.get(attrs["type"], TYPE_STYLE["Entity"])
        net.add_node(n, label=attrs["label"], shape=shape, color=colour,
                     size=round(10 + 22 * math.sqrt(score.get(n, 0.0) / top_score), 2),
                     title=_node_title(attrs, degree.get(n, 0)),
                     kgType=attrs["type"], kgAliases=list(attrs.get("aliases", ())))
    family_signs: dict[str, set[int]] = defaultdict(set)
    for i, ((u, v, relation, polarity, asserted), facts) in enumerate(sorted(groups.items())):
        gold = float(facts[0]["goldstein"] or 0.0)
        family_signs[facts[0]["family"]].add((gold > 0) - (gold < 0))
        positive = polarity == "positive"
        colour = _CONFLICT if positive and gold < 0 else _COOPERATION if positive and gold > 0 else _NEUTRAL
        sentences = {f.get("sentence_iri") or f["event"] for f in facts}
        # pyvis's add_edge scans the whole node list twice per edge (quadratic on big
        # graphs); the nodes are known to exist here, so its Edge record is used directly
        net.edges.append(Edge(u, v, True, id=f"e{i}", label=("not " if not positive else "") + relation,
                              title=_edge_title(M, u, v, facts), color=colour,
                              width=round(min(1 + 2 * math.log2(len(sentences)), 10), 2),
                              dashes=not (positive and asserted),
                              # symmetric relations (A meets B) have no direction to show
                              arrows={"to": {"enabled": not facts[0].get("symmetric")}},
                              kgRelation=relation, kgFamily=facts[0]["family"], kgPolarity=polarity,
                              kgAsserted=asserted, kgCount=len(sentences),
                              kgDates=sorted({_day(f) for f in facts}),
                              ).options)
    dates = sorted(d for e in net.edges for d in e["kgDates"] if d)
    payload = {
        "title": title, "nodes": net.nodes, "edges": net.edges, "options": _vis_options(len(net.nodes), len(net.edges)),
        "types": [{"name": t, "color": c, "shape": s} for t, (c, s) in TYPE_STYLE.items()
                  if any(n["kgType"] == t for n in net.nodes)],
        # a family's swatch is red/green only if all its drawn relations agree in sign
        "families": [{"name": f, "tone": {frozenset({-1}): "conflict", frozenset({1}): "cooperation"}.get(
            frozenset(signs), "neutral")} for f, signs in sorted(family_signs.items())],
        "dateMin": dates[0] if dates else None, "dateMax": dates[-1] if dates else None,
        "colors": {"conflict": _CONFLICT, "cooperation": _COOPERATION, "neutral": _NEUTRAL},
    }
    return build_page(payload, title), len(net.nodes), len(net.edges)


def render_html(data: Any, path: str | Path, *, top: int | None = None, min_degree: int = 0,
                relations: Iterable[str] | None = None, since: str | None = None,
                until: str | None = None, title: str = "kg — knowledge graph",
                size_by: str = "degree") -> VizSummary:
    """Write the interactive graph page for an RDF dataset or a :func:`to_networkx` graph.

    Entities without any drawn fact are left out. Facts are filtered first (relation,
    date), then entities by degree (``min_degree``) and rank (``top``).

    Args:
        data: rdflib Dataset/Graph, kg store, or a MultiDiGraph from :func:`kg.network.to_networkx`.
        path: the ``.html`` file to write (parent folders are created).
        top: keep only the N entities with most links (ties by name).
        min_degree: keep only entities with at least K drawn links.
        relations: relation names or family names to keep (default all).
        since, until: ISO dates; a fact's date is its own, else its article's.
        title: page title.
        size_by: node size by "degree", "pagerank" or "betweenness".

    Returns:
        VizSummary(path, nodes, edges) of what the page draws.
    """
    page, n_nodes, n_edges = html_page(data, top=top, min_degree=min_degree, relations=relations,
                                       since=since, until=until, title=title, size_by=size_by)
    out = Path(path)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise GraphError(f"{out}: cannot write the page ({exc.strerror}); choose another -o path") from None
    return VizSummary(out, n_nodes, n_edges)


def _vis_options(n_nodes: int, n_edges: int) -> dict[str, Any]:
    # each layout iteration costs ~(nodes + edges); cap the work so that a big page opens
    # in seconds (the user can switch physics back on to refine it)
    iterations = max(40, min(400, 150_000 // max(n_nodes + n_edges, 1)))
    return {
        # a fixed seed: the same graph gets the same picture every time it is opened;
        # vis-network's "improved layout" gives up (with a console notice) on big graphs
        "layout": {"randomSeed": 7, "improvedLayout": n_nodes <= 100},
        "nodes": {"font": {"size": 14, "face": "sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "borderWidth": 1},
        "edges": {"font": {"size": 10, "align": "middle", "strokeWidth": 3, "strokeColor": "#ffffff"},
                  # curved so that A->B and B->A do not draw on top of each other
                  "smooth": {"enabled": True, "type": "curvedCW", "roundness": 0.15},
                  "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}}},
        "physics": {"enabled": True, "solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -80, "springLength": 140},
                    "stabilization": {"enabled": True, "iterations": iterations, "fit": True}},
        "interaction": {"hover": True, "tooltipDelay": 120, "keyboard": False},
    }
