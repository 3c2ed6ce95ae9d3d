"""``kg viz`` (the interactive HTML page) and ``kg analyze`` (networkx analytics)."""
from __future__ import annotations

import csv
import io
import json
from typing import Any, Callable, Sequence

import click

from kg.errors import QueryError
from kg.types import ACTOR_TYPES, MODALITIES

__all__ = ["COMMANDS", "viz", "analyze"]

#: above this many entities `kg viz` suggests --top
_BIG_PAGE = 1500


def load_graph(spec: str):
    """:func:`kg.graphio.load_graph`, imported on use so that `kg --help` stays fast.

    An http(s) endpoint is not copied whole: only what the analytics and the page read
    is fetched (:func:`kg.store.view.analysis_dataset`).
    """
    if spec.startswith(("http://", "https://")):
        from kg.store import open_store
        from kg.store.view import analysis_dataset

        with open_store(spec) as store:
            return analysis_dataset(store)
    from kg.graphio import load_graph as load

    return load(spec)


# --------------------------------------------------------------------------- output

def _emit(rows: list[dict[str, Any]], columns: Sequence[str], fmt: str, extra: dict | None = None) -> None:
    """Print rows as an aligned table, CSV, or JSON (``extra`` merged into the JSON object)."""
    if fmt == "json":
        click.echo(json.dumps({**(extra or {}), "rows": rows} if extra else rows, indent=2, ensure_ascii=False))
        return
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        click.echo(buf.getvalue(), nl=False)
        return
    cells = [[_cell(r.get(c)) for c in columns] for r in rows]
    widths = [min(max([len(c)] + [len(row[i]) for row in cells]), 70) for i, c in enumerate(columns)]
    click.echo("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip())
    click.echo("  ".join("-" * w for w in widths))
    for row in cells:
        click.echo("  ".join(_clip(v, w).ljust(w) for v, w in zip(row, widths)).rstrip())


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.6f}".rstrip("0").rstrip(".") if value % 1 else f"{value:g}"
    return " ".join(str(value).split())


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


_format_option = click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]),
                              default="table", show_default=True, help="Output format.")
_modality_option = click.option(
    "--modality", "modalities", multiple=True, type=click.Choice([*MODALITIES, "all"]),
    help="Facts to connect actors with (repeatable); default: asserted only. 'all' for every modality.")


def _modalities(values: tuple[str, ...]) -> tuple[str, ...] | None:
    if "all" in values:
        return None
    return values or ("asserted",)


def _fact_row(fact: dict[str, Any]) -> dict[str, Any]:
    return {"date": fact.get("date") or fact.get("article_date"), "subject": fact.get("subject"),
            "relation": ("not " if fact.get("polarity") == "negative" else "") + str(fact.get("relation")),
            "object": fact.get("object"), "modality": fact.get("modality"),
            "goldstein": fact.get("goldstein"), "article": fact.get("article_title") or fact.get("article"),
            "sentence": fact.get("sentence")}


_FACT_COLUMNS = ("date", "subject", "relation", "object", "modality", "goldstein", "article", "sentence")


# --------------------------------------------------------------------------- kg viz

@click.command()
@click.argument("graph")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="HTML file to write.")
@click.option("--top", type=click.IntRange(min=0), default=None, help="Keep the N best-connected entities (0: all).")
@click.option("--min-degree", type=click.IntRange(min=0), default=0, show_default=True,
              help="Keep entities with at least K links.")
@click.option("--relation", "relations", multiple=True,
              help="Relation or family to draw (repeatable), e.g. meets, assault.")
@click.option("--since", metavar="DATE", help="Only facts on or after DATE (YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="Only facts on or before DATE (YYYY-MM-DD).")
@click.option("--title", default="kg — knowledge graph", show_default=True, help="Page title.")
@click.option("--size-by", type=click.Choice(["degree", "pagerank", "betweenness"]), default="degree",
              show_default=True, help="What node size shows.")
def viz(graph: str, output: str, top: int | None, min_degree: int, relations: tuple[str, ...],
        since: str | None, until: str | None, title: str, size_by: str) -> None:
    """Write an interactive, offline HTML view of GRAPH.

    The page filters by relation family, entity type and date, finds entities by name,
    and shows every link's evidence sentences. It loads nothing from the network.

    \b
    Example:
      kg viz /tmp/kg/graph.trig -o /tmp/kg/graph.html
      kg viz /tmp/kg/graph.trig -o /tmp/kg/conflict.html --relation assault --relation coerce --top 40
      kg viz /tmp/kg/graph.trig -o /tmp/kg/spring.html --since 2024-03-01 --until 2024-05-31
    """
    from kg.viz import render_html

    summary = render_html(load_graph(graph), output, top=top, min_degree=min_degree,
                          relations=relations, since=since, until=until, title=title, size_by=size_by)
    click.echo(f"wrote {summary.path} ({summary.nodes} entities, {summary.edges} links)", err=True)
    if summary.nodes > _BIG_PAGE and not top:
        click.echo(f"hint: a page of more than {_BIG_PAGE} entities is slow to lay out; "
                   "--top N or --min-degree K make it lighter", err=True)


# --------------------------------------------------------------------------- kg analyze

@click.group()
@click.argument("graph")
@click.pass_context
def analyze(ctx: click.Context, graph: str) -> None:
    """Network analytics on GRAPH: who is central, who clusters, how actors connect.

    Centrality, communities and paths use the actor graph (actors only, positive facts,
    asserted unless --modality says otherwise); ego and dyad use every fact.

    \b
    Example:
      kg analyze /tmp/kg/graph.trig centrality --kind pagerank --top 10
      kg analyze /tmp/kg/graph.trig path "Li Wen" "Northern League"
      kg analyze /tmp/kg/graph.trig dyad Norland Eastavia --format csv
    """
    ctx.obj = {"graph": graph}


def _full(ctx: click.Context):
    from kg.network import to_networkx

    if "full" not in ctx.obj:
        ctx.obj["full"] = to_networkx(load_graph(ctx.obj["graph"]))
    return ctx.obj["full"]


def _actors(ctx: click.Context, modalities: tuple[str, ...]):
    from kg.network import actor_graph

    return actor_graph(_full(ctx), modalities=_modalities(modalities))


@analyze.command()
@click.option("--kind", type=click.Choice(["degree", "betweenness", "pagerank"]), default="degree",
              show_default=True, help="Centrality measure.")
@click.option("--top", type=click.IntRange(min=0), default=10, show_default=True, help="Rows to show; 0 for all.")
@_modality_option
@_format_option
@click.pass_context
def centrality(ctx: click.Context, kind: str, top: int, modalities: tuple[str, ...], fmt: str) -> None:
    """Rank actors by degree, betweenness or PageRank centrality.

    \b
    Example:
      kg analyze /tmp/kg/graph.trig centrality --kind betweenness --top 5
    """
    from kg.network import centrality as rank

    rows = [{"rank": i, "actor": r.label, "type": r.type, "score": round(r.score, 6), "iri": r.node}
            for i, r in enumerate(rank(_actors(ctx, modalities), kind, top=top or None), 1)]
    _emit(rows, ("rank", "actor", "type", "score"), fmt)


@analyze.command()
@_modality_option
@_format_option
@click.pass_context
def communities(ctx: click.Context, modalities: tuple[str, ...], fmt: str) -> None:
    """Group actors into communities (Louvain, fixed seed: the same graph gives the same groups).

    \b
    Example:
      kg analyze /tmp/kg/graph.trig communities --format json
    """
    from kg.network import communities as louvain

    A = _actors(ctx, modalities)
    rows = [{"community": i, "size": len(part), "members": "; ".join(A.nodes[n]["label"] for n in part)}
            for i, part in enumerate(louvain(A), 1)]
    _emit(rows, ("community", "size", "members"), fmt)


@analyze.command()
@click.argument("source")
@click.argument("target")
@_modality_option
@_format_option
@click.pass_context
def path(ctx: click.Context, source: str, target: str, modalities: tuple[str, ...], fmt: str) -> None:
    """Shortest chain of facts between two actors, with the evidence of every hop.

    Actors are named by label, alias or id, in any case.

    \b
    Example:
      kg analyze /tmp/kg/graph.trig path "li wen" "northern league"
    """
    from kg.network import find_node, shortest_path

    G = _full(ctx)
    for name in (source, target):
        node = find_node(G, name)  # unknown names fail here, with suggestions
        if G.nodes[node]["type"] not in ACTOR_TYPES:
            raise QueryError(f"{G.nodes[node]['label']!r} is a {G.nodes[node]['type']}, not an actor; paths "
                             "run between people, countries, organisations and groups")
    hops = shortest_path(_actors(ctx, modalities), source, target)
    rows = [{"hop": i, **_fact_row(f)} for i, hop in enumerate(hops, 1) for f in hop.facts]
    extra = {"path": [hops[0].source_label] + [h.target_label for h in hops]} if hops else {"path": []}
    if fmt == "table" and hops:
        click.echo(" -> ".join(extra["path"]))
    _emit(rows, ("hop",) + _FACT_COLUMNS, fmt, extra if fmt == "json" else None)


@analyze.command()
@click.argument("actor")
@click.option("--radius", type=click.IntRange(min=1), default=1, show_default=True, help="Hops around ACTOR.")
@click.option("--html", "html_out", type=click.Path(dir_okay=False), help="Also write the ego network as a page.")
@_format_option
@click.pass_context
def ego(ctx: click.Context, actor: str, radius: int, html_out: str | None, fmt: str) -> None:
    """Everything within --radius hops of ACTOR (all facts, either direction).

    \b
    Example:
      kg analyze /tmp/kg/graph.trig ego Eastavia --radius 2 --html /tmp/kg/eastavia.html
    """
    from kg.network import ego_network, facts_between, find_node

    G = _full(ctx)
    E = ego_network(G, actor, radius=radius)
    pairs = sorted({tuple(sorted((u, v))) for u, v in E.edges()})
    rows = [_fact_row(f) for u, v in pairs for f in facts_between(E, u, v)]
    rows.sort(key=lambda r: (r["subject"] or "", r["relation"], r["object"] or "", r["date"] or ""))
    _emit(rows, _FACT_COLUMNS, fmt)
    if html_out:
        from kg.viz import render_html

        center = G.nodes[find_node(G, actor)]["label"]
        summary = render_html(E, html_out, title=f"{center} and neighbours (radius {radius})")
        click.echo(f"wrote {summary.path} ({summary.nodes} entities, {summary.edges} links)", err=True)


@analyze.command()
@click.argument("a")
@click.argument("b")
@_format_option
@click.pass_context
def dyad(ctx: click.Context, a: str, b: str, fmt: str) -> None:
    """Timeline of all facts between A and B and their Goldstein balance.

    The balance sums the Goldstein weights of positive facts: below zero is conflict,
    above zero cooperation.

    \b
    Example:
      kg analyze /tmp/kg/graph.trig dyad Norland Eastavia
    """
    from kg.network import dyad as timeline

    d = timeline(_full(ctx), a, b)
    rows = [_fact_row(f) for f in d.facts]
    summary = {"a": d.a_label, "b": d.b_label, "goldstein": d.goldstein,
               "cooperation": d.cooperation, "conflict": d.conflict}
    _emit(rows, _FACT_COLUMNS, fmt, summary if fmt == "json" else None)
    if fmt == "table":
        click.echo(f"\n{d.a_label} / {d.b_label}: {len(d.facts)} facts, Goldstein total {d.goldstein:+g} "
                   f"(cooperation {d.cooperation:+g}, conflict {d.conflict:+g})")


COMMANDS: list[Callable] = [viz, analyze]
