"""SPARQL over kg graphs: run queries, ship ready-made ones, count and validate.

Ready-made queries are ``kg/queries/*.rq`` files whose first line is
``# description: ...``; ``# param: NAME = help`` lines declare parameters. A parameter
is written ``$NAME`` inside a ``VALUES`` block and replaced by a string literal (so a
value can never change the query), or by ``UNDEF`` when it is not given, which
matches anything.

Example:
    >>> ds = load_graph("tests/fixtures/mini.trig")                    # doctest: +SKIP
    >>> result = run_query(ds, load_query("dyad-timeline").text, {"actor1": "NRL"})  # doctest: +SKIP
    >>> print(format_result(result, "table"))                          # doctest: +SKIP
"""
from __future__ import annotations

import json
import re
from collections import Counter
from importlib import resources
from typing import Any, NamedTuple

from rdflib import RDF, Dataset, Graph, URIRef
from rdflib.query import Result

from kg.errors import QueryError
from kg.namespaces import ART, DCT, ENT, EV, GRAPH, KG, PROV, SKOS, TOPIC

__all__ = ["Query", "parse_query", "run_query", "format_result", "list_queries", "load_query", "apply_params",
           "stats", "format_stats", "validate", "open_target", "PREFIXES"]

#: Prefixes every query may use without declaring them.
PREFIXES = {
    "kg": str(KG._NS), "ent": str(ENT), "topic": str(TOPIC), "ev": str(EV), "art": str(ART),
    "kgg": str(GRAPH), "prov": str(PROV), "dcterms": str(DCT), "skos": str(SKOS),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    # a kg store's bookkeeping graph (kgstore:meta) and its event counts (kg.store.summary)
    "kgstore": "http://kg.example.org/store/", "kgsum": "http://kg.example.org/store/summary#",
    "kgacts": "http://kg.example.org/store/acts#", "kgrank": "http://kg.example.org/store/rank#",
}
_DECLARED = re.compile(r"^\s*PREFIX\s+([\w.-]*):", re.IGNORECASE | re.MULTILINE)
_PARAM = re.compile(r"\$([A-Za-z_]\w*)")
_PARAM_DECL = re.compile(r"^#\s*param:\s*(\w+)\s*=?\s*(.*)$", re.MULTILINE)
_TYPE_NAMES = ("Person", "Country", "Organization", "Group", "Location", "Topic", "Actor")


class Query(NamedTuple):
    """A ready-made query (``kg/queries/<name>.rq``)."""

    name: str
    description: str
    params: dict[str, str]   # parameter -> help
    text: str


def parse_query(name: str, text: str) -> Query:
    """A :class:`Query` from the text of a .rq file (reads its ``# description:`` and
    ``# param:`` header lines)."""
    first = text.lstrip().splitlines()[0] if text.strip() else ""
    description = first.split(":", 1)[1].strip() if first.startswith("# description:") else ""
    params = {m.group(1): m.group(2).strip() for m in _PARAM_DECL.finditer(text)}
    return Query(name, description, params, text)


def list_queries(counts: bool = False) -> list[Query]:
    """The ready-made queries, by name.

    Args:
        counts: also those in ``kg/queries/counts/``, which read the event counts a kg
            store keeps (:mod:`kg.store.summary`; computed on the fly for graph files).
    """
    folders = [resources.files("kg.queries")]
    if counts:
        folders.append(folders[0] / "counts")
    return sorted((parse_query(f.name[:-3], f.read_text(encoding="utf-8"))
                   for folder in folders for f in folder.iterdir() if f.name.endswith(".rq")),
                  key=lambda q: q.name)


def load_query(name: str) -> Query:
    """A ready-made query by name (``who-met-whom``; a trailing ``.rq`` is ignored)."""
    name = name[:-3] if name.endswith(".rq") else name
    queries = {q.name: q for q in list_queries(counts=True)}
    if name not in queries:
        raise QueryError(f"no query named {name!r}; `kg query --list` shows: {', '.join(queries)}")
    return queries[name]


def _sparql_string(value: str) -> str:
    # JSON string escapes (\" \\ \n \uXXXX) are all valid SPARQL string escapes.
    return json.dumps(value, ensure_ascii=False)


def apply_params(sparql: str, params: dict[str, str] | None = None,
                 declared: dict[str, str] | None = None) -> str:
    """Replace ``$name`` by the string literal of ``params[name]``; declared parameters
    that are not given become ``UNDEF`` (match anything).

    Raises:
        QueryError: a given parameter does not occur in the query.
    """
    params = params or {}
    used = set(_PARAM.findall(sparql))
    unknown = sorted(set(params) - used)
    if unknown:
        known = ", ".join(sorted(used)) or "none"
        raise QueryError(f"unknown query parameter {unknown[0]!r}; this query takes: {known}")
    optional = set(declared or ())

    def repl(match: re.Match) -> str:
        name = match.group(1)
        if name in params:
            return _sparql_string(params[name])
        return "UNDEF" if name in optional else match.group(0)  # else a SPARQL $variable

    return _PARAM.sub(repl, sparql)


def _prefix_header(sparql: str) -> str:
    declared = {m.group(1) for m in _DECLARED.finditer(sparql)}
    missing = [f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items() if p not in declared]
    # on the query's first line, so the parser's line numbers stay the user's
    return " ".join(missing) + " " if missing else ""


# Positions in parser messages: rdflib's "(at char N), (line:1, col:N)", Oxigraph's "at 1:N".
_POSITIONS = (re.compile(r"(at char )(\d+)"), re.compile(r"(line:1, col:)(\d+)"),
              re.compile(r"(at 1:)(\d+)"))


def _one_line(exc: Exception, shift: int = 0) -> str:
    """The error as one line, positions on line 1 moved back by the added prefixes."""
    text = " ".join(str(exc).split())
    for pattern in _POSITIONS if shift else ():
        text = pattern.sub(lambda m: m.group(1) + str(max(1, int(m.group(2)) - shift)), text)
    return text[:300] or type(exc).__name__


def open_target(spec: str):
    """What to run queries on for a CLI ``GRAPH`` argument: a :class:`kg.store.Store`
    for store directories and endpoints (queried natively), else the loaded Dataset."""
    from kg.graphio import is_store_location, load_graph, open_existing_store

    return open_existing_store(spec) if is_store_location(spec) else load_graph(spec)


def run_query(target: Any, sparql: str, params: dict[str, str] | None = None,
              declared: dict[str, str] | None = None) -> Result:
    """Run SPARQL on an rdflib Graph/Dataset (union of named graphs) or a kg Store.

    Standard prefixes (kg, ent, topic, ev, art, kgg, prov, dcterms, skos, rdf, rdfs,
    xsd, owl) need not be declared.

    Raises:
        QueryError: the query is malformed (with the parser's message) or failed.
    """
    from kg.store.summary import uses_summary

    body = apply_params(sparql, params, declared)
    header = _prefix_header(body)
    counts = uses_summary(body)
    if counts:
        _ensure_counts(target, body)
    if hasattr(target, "put_article") or counts:
        # a kg store, or a Dataset given the counts: `GRAPH ?g` must not see the bookkeeping
        from kg.store.view import hide_bookkeeping

        body = hide_bookkeeping(body)
    try:
        return target.query(header + body)
    except QueryError as exc:  # a store's own message: only fix the positions
        raise QueryError(_one_line(exc, len(header))) from exc
    except Exception as exc:  # pyparsing / oxigraph errors have no common base class
        kind = "bad SPARQL" if type(exc).__name__ in ("ParseException", "SyntaxError") else "query failed"
        raise QueryError(f"{kind}: {_one_line(exc, len(header))}") from exc


def _ensure_counts(target: Any, sparql: str = "") -> None:
    """Make sure a query that reads the event counts (kg.store.summary) finds them:
    an rdflib Dataset gets them computed from its events (once); a store must keep them.
    A store counted by an older kg (summary version "1", opened read-only: it is
    recounted when opened for writing) answers the queries that do not read the ranks.

    Raises:
        QueryError: the target is a store without counts (or without the ranks the
            query reads), or a plain Graph.
    """
    if hasattr(target, "put_article"):
        if target.has_counts():
            return
        from kg.store.summary import VERSION, uses_ranks

        location = target.location
        fix = (f"add them once with `python -m kg.store.summary {location}` (or any `kg build "
               f"--store {location}`)")
        older = _older_counts(target)
        if older is not None and not uses_ranks(sparql):
            return  # version 1 counts are the same numbers; only the ranks are missing
        if older is not None:
            raise QueryError(f"{location}: this query reads the ranks of the event counts (kgrank:), "
                             f"which this store, counted by an older kg (version {older}, now "
                             f"{VERSION}), does not hold; {fix.replace('add them', 'recount it')}")
        raise QueryError(f"{location}: this query reads the event counts (kgsum:/kgacts:), which "
                         f"this store does not hold; {fix}")
    if hasattr(target, "graph") and hasattr(target, "quads"):
        from kg.store.summary import add_to_dataset

        add_to_dataset(target)
        return
    raise QueryError("this query reads the event counts (kgsum:/kgacts:) of a named graph; load the "
                     "graph as a Dataset (kg.graphio.load_graph) to query it")


def _older_counts(store: Any) -> str | None:
    """The summary version of a local store whose complete counts an older kg wrote
    (not stale), else None."""
    native = getattr(store, "native", None)
    if native is None:
        return None
    from kg.store.summary import VERSION, has_summary, stale_triple, stored_version

    import pyoxigraph as ox

    raw = native.raw
    version = stored_version(raw)
    marker = stale_triple()
    stale = any(True for _ in raw.quads_for_pattern(marker.subject, marker.predicate, None,
                                                    ox.NamedNode(marker.subject.value)))
    if version is None or version == VERSION or stale or has_summary(raw):
        return None
    return version


# ---------------------------------------------------------------- formatting

def _cell(value, nsm) -> str:
    if value is None:
        return ""
    if isinstance(value, URIRef) and nsm is not None:
        try:
            return nsm.normalizeUri(value)
        except Exception:  # noqa: BLE001 - an IRI that cannot be shortened stays as it is
            return str(value)
    return str(value)


def _table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def _namespace_manager():
    graph = Graph(bind_namespaces="core")
    for prefix, iri in PREFIXES.items():
        graph.bind(prefix, iri, override=True)
    graph.bind("kgsh", "http://kg.example.org/shapes#")  # shape names in validation reports
    return graph.namespace_manager


def format_result(result: Result, fmt: str = "table") -> str:
    """A query result as text: ``table`` (aligned, IRIs shortened to prefixed names),
    ``csv`` or ``json`` (SPARQL 1.1 results formats). CONSTRUCT/DESCRIBE results are
    Turtle (table), N-Triples (csv) or JSON-LD (json)."""
    if fmt not in ("table", "csv", "json"):
        raise QueryError(f"unknown result format {fmt!r}; use table, csv or json")
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        graph = result.graph
        for prefix, iri in PREFIXES.items():
            graph.bind(prefix, iri, override=True)
        return graph.serialize(format={"table": "turtle", "csv": "nt", "json": "json-ld"}[fmt])
    if fmt in ("csv", "json"):
        data = result.serialize(format=fmt)
        text = data.decode("utf-8") if isinstance(data, bytes) else str(data)
        return text.replace("\r\n", "\n")
    if result.type == "ASK":
        return "true" if result.askAnswer else "false"
    nsm = _namespace_manager()
    header = [str(v) for v in result.vars]
    rows = [[_cell(row[i], nsm) for i in range(len(header))] for row in result]
    return _table(header, rows)


# ---------------------------------------------------------------- statistics

_STATS_QUERIES = {
    "entities": """SELECT ?cls (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e kg:entityId ?id ; a ?cls } GROUP BY ?cls""",
    "facts": """SELECT ?rel ?pol (COUNT(?ev) AS ?n) WHERE { ?ev kg:relation ?rel ; kg:polarity ?pol }
                GROUP BY ?rel ?pol""",
    "articles": """SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a kg:Article }""",
    "sentences": """SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a kg:Sentence }""",
    "graphs": """SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?a a kg:Article } }""",
    # distinct triples of the article graphs: a store's union default graph may repeat a
    # triple once per graph and include its bookkeeping graph
    "triples": """SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE {
                  GRAPH ?g { ?s ?p ?o } FILTER (?g != <http://kg.example.org/store/meta>) } }""",
}


def _local(iri) -> str:
    text = str(iri)
    return text.rsplit("#", 1)[-1] if "#" in text else text.rsplit("/", 1)[-1]


def stats(target: Any) -> dict:
    """Counts of a graph: entities by type, facts by relation (total and negative),
    articles, sentences, triples and named graphs.

    Works on an rdflib Graph/Dataset (by walking its triples: no SPARQL warm-up) or on a
    kg Store (by SPARQL, natively in Oxigraph).
    """
    entities: Counter = Counter()
    facts: dict[str, dict[str, int]] = {}

    def count_fact(rel, pol, n=1):
        entry = facts.setdefault(_local(rel), {"total": 0, "negative": 0})
        entry["total"] += n
        if str(pol) == "negative":
            entry["negative"] += n

    if isinstance(target, Graph):
        graph = target
        if isinstance(target, Dataset) and not target.default_union:
            graph = Dataset(store=target.store, default_union=True)
        types = {KG[name]: name for name in _TYPE_NAMES}
        for entity in set(graph.subjects(KG.entityId, None)):
            for cls in graph.objects(entity, RDF.type):
                if cls in types:
                    entities[types[cls]] += 1
        for event, rel in graph.subject_objects(KG.relation):
            count_fact(rel, graph.value(event, KG.polarity))
        articles = len(set(graph.subjects(RDF.type, KG.Article)))
        sentences = len(set(graph.subjects(RDF.type, KG.Sentence)))
        triples = len(graph)
        named = ([g for g in target.graphs() if len(g) and str(g.identifier) != "urn:x-rdflib:default"]
                 if isinstance(target, Dataset) else [])
        named_graphs = len(named)
    else:
        def rows(name):
            return list(run_query(target, _STATS_QUERIES[name]))

        for cls, n in rows("entities"):
            if _local(cls) in _TYPE_NAMES and str(cls).startswith(str(KG._NS)):
                entities[_local(cls)] += int(n)
        for rel, pol, n in rows("facts"):
            count_fact(rel, pol, int(n))
        articles = int(rows("articles")[0][0])
        sentences = int(rows("sentences")[0][0])
        triples = int(rows("triples")[0][0])
        # counted by the store's engine: listing every article would send them all over HTTP
        named_graphs = int(rows("graphs")[0][0])
    return {
        "entities": dict(sorted(entities.items(), key=lambda kv: (-kv[1], kv[0]))),
        "facts": dict(sorted(facts.items(), key=lambda kv: (-kv[1]["total"], kv[0]))),
        "facts_total": sum(f["total"] for f in facts.values()),
        "facts_negative": sum(f["negative"] for f in facts.values()),
        "articles": articles,
        "sentences": sentences,
        "named_graphs": named_graphs,
        "triples": triples,
    }


def format_stats(data: dict, fmt: str = "table") -> str:
    """:func:`stats` output as aligned text or JSON."""
    if fmt == "json":
        return json.dumps(data, indent=2)
    if fmt != "table":
        raise QueryError(f"unknown stats format {fmt!r}; use table or json")
    lines = [f"articles      {data['articles']}", f"sentences     {data['sentences']}",
             f"named graphs  {data['named_graphs']}", f"triples       {data['triples']}",
             f"facts         {data['facts_total']} ({data['facts_negative']} negative)", "",
             _table(["type", "entities"], [[k, str(v)] for k, v in data["entities"].items()]), "",
             _table(["relation", "facts", "negative"],
                    [[k, str(v["total"]), str(v["negative"])] for k, v in data["facts"].items()])]
    return "\n".join(lines)


# ---------------------------------------------------------------- validation

_SH = "http://www.w3.org/ns/shacl#"
_RESULTS = re.compile(r"^Results \((\d+)\):\n", re.MULTILINE)
_TEMPLATE = re.compile(r"\{[?$](\w+)\}")


def _split_sparql_constraints(shapes: Graph) -> tuple[Graph, list[tuple[Any, str, str]]]:
    """The shapes without their ``sh:sparql`` constraints, and those constraints as
    (shape, message, SELECT text).

    pyshacl runs a SPARQL constraint once per focus node (25 s for 1,000 events here);
    run once over the whole graph with ``$this`` as an ordinary variable, the same
    query finds the same violations in well under a second.
    """
    sparql, select, message = URIRef(_SH + "sparql"), URIRef(_SH + "select"), URIRef(_SH + "message")
    core = Graph()
    core.namespace_manager = shapes.namespace_manager
    constraints = []
    for triple in shapes:
        if triple[1] == sparql:
            node = triple[2]
            constraints.append((triple[0], str(shapes.value(node, message) or "SPARQL constraint"),
                                str(shapes.value(node, select))))
        else:
            core.add(triple)
    return core, constraints


def _sparql_violations(data: Graph, constraints) -> list[str]:
    nsm = _namespace_manager()
    results = []
    for shape, message, select in constraints:
        query = select.replace("$this", "?this")
        for row in data.query(_prefix_header(query) + query):
            values = row.asdict()
            text = _TEMPLATE.sub(lambda m: _cell(values.get("this" if m.group(1) == "this" else m.group(1)),
                                                 nsm), message)
            results.append(
                f"Constraint Violation in SPARQLConstraintComponent ({_SH}SPARQLConstraintComponent):\n"
                f"\tSeverity: sh:Violation\n\tSource Shape: {_cell(shape, nsm)}\n"
                f"\tFocus Node: {_cell(values.get('this'), nsm)}\n\tMessage: {text}\n")
    return results


def validate(target: Any) -> tuple[bool, str]:
    """Check a graph against ``ontology/shapes.ttl``.

    The union of all named graphs is validated once, with the ontology added (so that
    ``sh:class`` sees ``kg:Person rdfs:subClassOf kg:Actor`` and the SPARQL constraints
    read each relation's domain, range and event class); no inference is run. Core
    constraints run in pyshacl; the shapes' SPARQL constraints run as one query each
    over the whole graph (a superset of their targets; see
    :func:`_split_sparql_constraints`).

    Returns:
        ``(conforms, report text)`` in pyshacl's text format.
    """
    import pyshacl

    from kg.graphio import union_graph
    from kg.ontology import load_ontology, load_shapes

    if isinstance(target, Graph):
        data = union_graph(target)
    elif hasattr(target, "union_graph"):  # a remote endpoint: one CONSTRUCT, not a full copy
        data = target.union_graph()
    else:
        data = union_graph(target.dataset())
    data.addN((s, p, o, data) for s, p, o in load_ontology())
    core, constraints = _split_sparql_constraints(load_shapes())
    conforms, _, text = pyshacl.validate(data, shacl_graph=core, inference="none",
                                         advanced=True, inplace=True, allow_warnings=True)
    extra = _sparql_violations(data, constraints)
    if conforms and not extra:
        return True, text  # "Conforms: True", with any warnings listed
    found = _RESULTS.search(text)
    core_count = int(found.group(1)) if found else 0
    core_results = text[found.end():] if found else ""
    body = "".join([core_results.rstrip("\n") + "\n" if core_results.strip() else "", *extra])
    return False, f"Validation Report\nConforms: False\nResults ({core_count + len(extra)}):\n{body}"
