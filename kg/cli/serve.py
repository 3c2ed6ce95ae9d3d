"""``kg serve``: a read-only SPARQL endpoint with a query page and the graph view."""
from __future__ import annotations

import click

__all__ = ["COMMANDS", "serve"]


@click.command("serve")
@click.argument("source", metavar="GRAPH|STORE")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on. The endpoint has no authentication: keep it on "
                   "loopback unless the network is trusted.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="TCP port (0 = any free port).")
@click.option("--timeout", default=10.0, show_default=True, type=float,
              help="Seconds a query may run before the client gets 503.")
@click.option("--workers", default=None, type=click.IntRange(1, 64),
              help="Queries that may run at once [default: one per core].")
@click.option("--quiet", "-q", is_flag=True, help="Do not log each request.")
@click.option("--memory/--no-memory", default=None,
              help="Answer default-graph queries from an in-memory copy of a store's union "
                   "graph [default: when it fits in memory].")
def serve(source: str, host: str, port: int, timeout: float, workers: int | None, quiet: bool,
          memory: bool | None) -> None:
    """Serve GRAPH|STORE as a read-only SPARQL 1.1 endpoint.

    GRAPH is a graph file (ttl, trig, nt, nq, jsonld); STORE a store directory or an
    http(s) SPARQL endpoint. The SPARQL endpoint is at /sparql (GET ?query=, POST form
    or application/sparql-query; SELECT/ASK as JSON, XML, CSV, TSV and CONSTRUCT/DESCRIBE
    as Turtle, JSON-LD, N-Triples by Accept header or ?format=). A query page is at /,
    the interactive graph at /graph, a status check at /health. Updates are refused.

    \b
    Example:
      kg serve /tmp/kg/graph.trig --port 8000
      curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE {?s ?p ?o} LIMIT 5' \\
           http://127.0.0.1:8000/sparql
    """
    from kg.serve import serve as run_server

    run_server(source, host=host, port=port, timeout=timeout, workers=workers, quiet=quiet,
               memory=memory)


COMMANDS = [serve]
