"""``kg query``, ``kg stats`` and ``kg validate``: asking questions of a built graph.

The commands only parse options and call :mod:`kg.query`; GRAPH is a graph file
(.ttl .nt .nq .trig .jsonld), a store directory or an http(s) SPARQL endpoint.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

__all__ = ["COMMANDS", "query", "stats", "validate"]

def _params(values: tuple[str, ...]) -> dict[str, str]:
    from kg.errors import ConfigError

    params = {}
    for item in values:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise ConfigError(f"--param {item!r}: write NAME=VALUE, e.g. --param actor1=NRL")
        params[name.strip()] = value
    return params


def _emit(text: str) -> None:
    click.echo(text if text.endswith("\n") else text + "\n", nl=False)


@click.command()
@click.argument("graph", required=False)
@click.argument("sparql", required=False)
@click.option("--name", "-n", metavar="QUERY", help="Run a ready-made query (see --list).")
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE",
              help="Value of a query parameter ($NAME in the query); repeatable.")
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True, help="Result format (csv/json: SPARQL 1.1 results formats).")
@click.option("--list", "list_", is_flag=True, help="List the ready-made queries and exit.")
def query(graph, sparql, name, params, fmt, list_):
    """Run a SPARQL query on GRAPH.

    SPARQL is the query text, or a .rq file, or '-' for standard input; or use
    --name for a ready-made query. The prefixes kg, ent, topic, ev, art, kgg, prov,
    dcterms, skos, rdf, rdfs, xsd, owl need not be declared. Parameters fill $NAME
    placeholders in VALUES blocks as string literals (an entity id, label or alias);
    a declared parameter left out matches anything.
    GRAPH is a graph file (.ttl .nt .nq .trig .jsonld), a store directory or an
    http(s) endpoint.

    \b
    Example:
      kg query --list
      kg query graph.trig --name who-met-whom
      kg query graph.trig --name dyad-timeline -p actor1=USA -p actor2=China --format csv
      kg query graph.trig 'SELECT ?a ?b WHERE { ?a kg:meets ?b }'
      kg query /tmp/kg/store my-query.rq --format json
    """
    from kg.errors import ConfigError, QueryError
    from kg.query import format_result, list_queries, load_query, open_target, parse_query, run_query

    if list_:
        queries = list_queries()
        width = max(len(q.name) for q in queries)
        for q in queries:
            click.echo(f"{q.name.ljust(width)}  {q.description}")
            for pname, phelp in q.params.items():
                click.echo(f"{'':{width}}    --param {pname}=...  {phelp}")
        return
    if not graph:
        raise ConfigError("give a GRAPH to query (or --list); see `kg query --help`")
    declared: dict[str, str] = {}
    if name:
        if sparql:
            raise ConfigError("give either SPARQL or --name, not both")
        found = load_query(name)
        text, declared = found.text, found.params
    elif not sparql:
        raise ConfigError("give a SPARQL query, a .rq file or --name QUERY; `kg query --list` shows the ready-made ones")
    elif sparql == "-":
        text = sys.stdin.read()
    elif sparql.endswith(".rq") or (len(sparql) < 4096 and "\n" not in sparql and Path(sparql).is_file()):
        path = Path(sparql)
        if not path.is_file():
            raise QueryError(f"{path}: no such query file")
        text = path.read_text(encoding="utf-8")
        declared = parse_query(path.stem, text).params  # the same `# param:` lines as shipped queries
    else:
        text = sparql
    target = open_target(graph)
    result = run_query(target, text, _params(params), declared)
    _emit(format_result(result, fmt))


@click.command()
@click.argument("graph")
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="Output format.")
def stats(graph, fmt):
    """Count what GRAPH holds: articles, sentences, triples, entities by type,
    facts by relation (and how many are negative).

    GRAPH is a graph file (.ttl .nt .nq .trig .jsonld), a store directory or an
    http(s) endpoint.

    \b
    Example:
      kg stats /tmp/kg/graph.trig
      kg stats /tmp/kg/store --format json
    """
    from kg.query import format_stats, open_target
    from kg.query import stats as graph_stats

    _emit(format_stats(graph_stats(open_target(graph)), fmt))


@click.command()
@click.argument("graph")
def validate(graph):
    """Check GRAPH against kg's SHACL shapes (ontology/shapes.ttl) and print the
    report; exit status 1 when there are violations.

    GRAPH is a graph file (.ttl .nt .nq .trig .jsonld), a store directory or an
    http(s) endpoint.

    \b
    Example:
      kg validate /tmp/kg/graph.trig && echo "graph conforms"
    """
    import re

    from kg.errors import GraphError
    from kg.query import open_target
    from kg.query import validate as shacl_validate

    conforms, report = shacl_validate(open_target(graph))
    _emit(report)
    if not conforms:
        # a KGError, not click's Exit: kg.cli.main turns it into status 1 with one line
        found = re.search(r"Results \((\d+)\)", report)
        count = found.group(1) if found else "some"
        raise GraphError(f"{graph}: {count} violation(s) of ontology/shapes.ttl (report above)")


COMMANDS = [query, stats, validate]
