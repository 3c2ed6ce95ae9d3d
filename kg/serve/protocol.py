"""The request side of the SPARQL 1.1 Protocol, as pure functions: which query a
request carries, whether it is an update (refused: the endpoint is read-only), and
which result format the client asked for.

Kept apart from the HTTP server so that the rules can be tested without sockets.

Example:
    >>> fmt = negotiate("select", accept="text/csv", params={})
    >>> fmt.media_type
    'text/csv'
"""
from __future__ import annotations

import urllib.parse
from dataclasses import dataclass
from typing import Literal, Mapping

__all__ = [
    "ProtocolError", "ResultFormat", "RESULT_FORMATS", "GRAPH_FORMATS",
    "extract_query", "negotiate", "query_form",
]

QueryKind = Literal["select", "graph"]  # select = SELECT/ASK results; graph = CONSTRUCT/DESCRIBE

# Request bodies above this are refused (413): a SPARQL query has no business being larger.
MAX_BODY = 1_000_000

# Query-string/form parameters clients use to ask for a format besides Accept
# (Virtuoso/Fuseki read `format`, sparqler `output`; SPARQLWrapper sends all three).
_FORMAT_PARAMS = ("format", "output", "results")


class ProtocolError(Exception):
    """A request the endpoint answers with an HTTP error status and a one-line message."""

    def __init__(self, status: int, message: str, headers: Mapping[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = dict(headers or {})

    def __reduce__(self):
        # crosses the pipe from the query process; the default pickling passes only the message
        return (type(self), (self.status, self.message, self.headers))


@dataclass(frozen=True)
class ResultFormat:
    """One serialisation the endpoint can produce.

    Attributes:
        name: short name, also accepted as ``?format=`` value.
        media_type: the Content-Type sent back.
        rdflib: the format name rdflib's ``serialize`` takes.
        aliases: other ``?format=`` values and media types meaning the same.
    """

    name: str
    media_type: str
    rdflib: str
    aliases: tuple[str, ...] = ()


# The first entry of each table is the default when the client states no preference.
RESULT_FORMATS: tuple[ResultFormat, ...] = (
    ResultFormat("json", "application/sparql-results+json", "json",
                 ("application/json", "srj")),
    ResultFormat("xml", "application/sparql-results+xml", "xml",
                 ("application/xml", "text/xml", "srx")),
    ResultFormat("csv", "text/csv", "csv", ()),
    ResultFormat("tsv", "text/tab-separated-values", "tsv", ("text/tsv",)),
)
GRAPH_FORMATS: tuple[ResultFormat, ...] = (
    ResultFormat("turtle", "text/turtle", "turtle", ("ttl", "application/x-turtle", "n3", "text/n3",
                                                     "text/rdf+n3")),
    ResultFormat("json-ld", "application/ld+json", "json-ld", ("jsonld", "json", "application/json")),
    ResultFormat("ntriples", "application/n-triples", "nt", ("nt", "n-triples", "text/plain")),
    ResultFormat("rdfxml", "application/rdf+xml", "xml", ("rdf+xml", "xml", "application/xml",
                                                         "text/xml")),
)


def _table(kind: QueryKind) -> tuple[ResultFormat, ...]:
    return RESULT_FORMATS if kind == "select" else GRAPH_FORMATS


def _lookup(kind: QueryKind, token: str) -> ResultFormat | None:
    token = token.strip().lower()
    for fmt in _table(kind):
        if token in (fmt.name, fmt.media_type, *fmt.aliases):
            return fmt
    return None


def _parse_accept(accept: str) -> list[tuple[float, int, str]]:
    """Media ranges of an Accept header as (q, position, range), best first."""
    ranges = []
    for position, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        if not fields[0]:
            continue
        q = 1.0
        for field in fields[1:]:
            key, _, value = field.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if q > 0:
            ranges.append((-q, position, fields[0].lower()))
    return [(-q, pos, rng) for q, pos, rng in sorted(ranges)]


def negotiate(kind: QueryKind, accept: str | None, params: Mapping[str, list[str]]) -> ResultFormat:
    """Pick the result format for a query of ``kind``.

    A recognised ``format``/``output``/``results`` parameter wins over the Accept
    header; unknown values there are ignored (clients such as SPARQLWrapper send
    several guesses). With nothing acceptable the default (SPARQL JSON, Turtle) is
    used rather than a 406, as most endpoints do.
    """
    for key in _FORMAT_PARAMS:
        for value in params.get(key, ()):
            fmt = _lookup(kind, value)
            if fmt is not None:
                return fmt
    table = _table(kind)
    for _q, _pos, media_range in _parse_accept(accept or ""):
        if media_range in ("*/*", "application/*", "text/*"):
            prefix = media_range.split("/")[0]
            for fmt in table:
                if prefix == "*" or fmt.media_type.startswith(prefix + "/"):
                    return fmt
            continue
        fmt = _lookup(kind, media_range)
        if fmt is not None:
            return fmt
    return table[0]


def query_form(parsed_query) -> QueryKind:
    """``select`` for SELECT/ASK, ``graph`` for CONSTRUCT/DESCRIBE, from rdflib's parse tree."""
    name = parsed_query[1].name  # e.g. "SelectQuery", "ConstructQuery"
    return "graph" if name in ("ConstructQuery", "DescribeQuery") else "select"


def _content_type(headers: Mapping[str, str]) -> str:
    return (headers.get("Content-Type") or "").split(";")[0].strip().lower()


def extract_query(method: str, path_query: str, headers: Mapping[str, str],
                  body: bytes) -> tuple[str, dict[str, list[str]]]:
    """The SPARQL query text and the request parameters, per SPARQL 1.1 Protocol section 2.1.

    Args:
        method: "GET" or "POST".
        path_query: the raw query string of the URL (after ``?``).
        headers: request headers.
        body: request body (empty for GET).

    Returns:
        (query text, all parameters of the URL and form body).

    Raises:
        ProtocolError: 403 for any update, 415 for an unusable content type,
            400 for a missing or repeated query.
    """
    params = urllib.parse.parse_qs(path_query, keep_blank_values=True)
    ctype = _content_type(headers)
    if method == "POST":
        if ctype == "application/sparql-update":
            raise _read_only()
        if ctype == "application/x-www-form-urlencoded":
            form = urllib.parse.parse_qs(_decode(body), keep_blank_values=True)
            for key, values in form.items():
                params.setdefault(key, []).extend(values)
        elif ctype == "application/sparql-query":
            if "query" in params:
                raise ProtocolError(400, "send the query either in the body or in ?query=, not both")
            params["query"] = [_decode(body)]
        else:
            raise ProtocolError(415, f"unsupported Content-Type {ctype or '(none)'!r}: POST the query "
                                     "as application/sparql-query or application/x-www-form-urlencoded")
    if "update" in params:
        raise _read_only()
    queries = params.get("query", [])
    if len(queries) != 1:
        raise ProtocolError(400, "missing query: pass exactly one 'query' parameter, e.g. "
                                 "/sparql?query=SELECT+*+WHERE+{?s+?p+?o}+LIMIT+10"
                            if not queries else "more than one 'query' parameter")
    if not queries[0].strip():
        raise ProtocolError(400, "empty query")
    return queries[0], params


def _read_only() -> ProtocolError:
    return ProtocolError(403, "this endpoint is read-only: SPARQL Update is not accepted "
                              "(change the graph with `kg build` and serve it again)")


def _decode(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ProtocolError(400, f"request body is not UTF-8 ({exc.reason} at byte {exc.start})") from None
