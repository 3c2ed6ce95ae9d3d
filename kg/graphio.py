"""Reading and writing graphs: files in any RDF format, store directories, endpoints.

Everything is loaded into an :class:`rdflib.Dataset` with ``default_union=True``, so
SPARQL over it sees the union of all named graphs (one per article) plus the default
graph (where triple formats such as Turtle land).

Example:
    >>> ds = load_graph("tests/fixtures/mini.trig")          # doctest: +SKIP
    >>> save(ds, "/tmp/kg/graph.ttl")                          # doctest: +SKIP
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import NamedTuple

from rdflib import BNode, Dataset, Graph, Literal, URIRef

from kg.errors import GraphError
from kg.namespaces import bind_prefixes

__all__ = ["FORMATS", "Format", "guess_format", "resolve_format", "load_graph", "save", "union_graph",
           "open_existing_store", "is_store_location"]


class Format(NamedTuple):
    """An RDF format kg reads and writes."""

    name: str
    extensions: tuple[str, ...]
    quads: bool          # keeps named graphs
    parser: str          # rdflib parser plugin
    writer: str          # rdflib serializer plugin (oxrdflib's are 5-10x faster on big graphs)


FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("turtle", (".ttl", ".turtle"), False, "turtle", "ox-turtle"),
    Format("nt", (".nt",), False, "nt", "ox-ntriples"),
    Format("nquads", (".nq",), True, "nquads", "ox-nquads"),
    Format("trig", (".trig",), True, "trig", "ox-trig"),
    Format("json-ld", (".jsonld", ".json"), True, "json-ld", "json-ld"),
)}
_ALIASES = {"ttl": "turtle", "ntriples": "nt", "n-triples": "nt", "nq": "nquads",
            "n-quads": "nquads", "jsonld": "json-ld", "json": "json-ld"}
_BY_EXTENSION = {ext: f.name for f in FORMATS.values() for ext in f.extensions}
# formats read with Oxigraph's parser (its extension names), falling back to rdflib's
_OX_FORMATS = {"turtle": "ttl", "nt": "nt", "nquads": "nq", "trig": "trig"}
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def resolve_format(name: str) -> Format:
    """The :class:`Format` for a name or alias ("ttl", "nq", "jsonld" ...)."""
    key = _ALIASES.get(name.lower(), name.lower())
    if key not in FORMATS:
        raise GraphError(f"unknown graph format {name!r}; use one of {', '.join(FORMATS)}")
    return FORMATS[key]


def guess_format(path: str | os.PathLike) -> str:
    """The format name for a file name from its extension.

    >>> guess_format("out/graph.nq")
    'nquads'
    """
    suffix = Path(path).suffix.lower()
    if suffix not in _BY_EXTENSION:
        raise GraphError(f"{path}: cannot tell the graph format from the extension {suffix or '(none)'}; "
                         f"use one of {' '.join(sorted(_BY_EXTENSION))} or give a format")
    return _BY_EXTENSION[suffix]


def _new_dataset() -> Dataset:
    dataset = Dataset(default_union=True)
    bind_prefixes(dataset)
    return dataset


def is_store_location(spec: str) -> bool:
    """Whether a GRAPH argument names a store (an http(s) URL or a directory)."""
    return spec.startswith(("http://", "https://")) or Path(spec).is_dir()


def open_existing_store(spec: str):
    """Open a store directory (read-only, never creating one) or an http(s) endpoint
    for reading, with :func:`kg.store.open_store`."""
    from kg.store import is_store_spec, open_store  # lazy: pulls in pyoxigraph / HTTP clients

    if spec.startswith(("http://", "https://")):
        return open_store(spec)
    if not is_store_spec(spec):
        raise GraphError(f"{spec}: a directory that holds no kg store; give a graph file "
                         f"(.ttl .nt .nq .trig .jsonld) or a store made by `kg build --store`")
    return open_store(spec, create=False, read_only=True)


def load_graph(spec: str | os.PathLike, format: str | None = None) -> Dataset:  # noqa: A002
    """Load a graph file, a store directory or a SPARQL endpoint as a Dataset.

    Args:
        spec: a file (.ttl .nt .nq .trig .jsonld .json), a store directory, or an
            ``http(s)://`` SPARQL endpoint (both opened with :func:`kg.store.open_store`).
        format: the file's format when its extension does not say.

    Raises:
        GraphError: the file is missing, unreadable or not valid in its format
            (the message names the file and, where the parser says, the line).
    """
    text = os.fspath(spec)
    if is_store_location(text):
        return open_existing_store(text).dataset()
    path = Path(text)
    if not path.exists():
        raise GraphError(f"{path}: no such file; give a graph file ({' '.join(sorted(_BY_EXTENSION))}), "
                         f"a store directory or an http(s) endpoint")
    fmt = resolve_format(format) if format else FORMATS[guess_format(path)]
    dataset = _new_dataset()
    if fmt.name in _OX_FORMATS:
        try:
            _parse_with_oxigraph(path, fmt, dataset)
            return dataset
        except OSError as exc:
            raise GraphError(f"{path}: cannot read the file: {exc}") from exc
        except SyntaxError:
            # rdflib accepts a few things Oxigraph does not (e.g. spaces in IRIs): try it
            # before calling the file broken; its error message is the worse one
            dataset = _new_dataset()
    try:
        dataset.parse(path, format=fmt.parser)
    except (OSError, UnicodeDecodeError) as exc:
        raise GraphError(f"{path}: cannot read the file: {exc}") from exc
    except Exception as exc:  # rdflib's parsers raise many unrelated types
        raise GraphError(f"{path}: not valid {fmt.name}: {_parse_message(path, fmt, exc)}") from exc
    return dataset


def _parse_with_oxigraph(path: Path, fmt: Format, dataset: Dataset) -> None:
    """Parse with Oxigraph's parser (3-5x faster than rdflib's) into an rdflib Dataset.

    Terms are converted as rdflib's own parsers would make them; in particular
    ``xsd:string`` literals become plain literals, so ``"positive"`` in a query still
    matches (oxrdflib's parsers keep the datatype, and then it does not).
    """
    import pyoxigraph as ox

    terms: dict = {}  # one rdflib object per distinct term: faster, and less memory
    contexts: dict = {}

    def term(node):
        found = terms.get(node)
        if found is None:
            if isinstance(node, ox.NamedNode):
                found = URIRef(node.value)
            elif isinstance(node, ox.BlankNode):
                found = BNode(node.value)
            elif node.language:
                found = Literal(node.value, lang=node.language)
            elif node.datatype.value == _XSD_STRING:
                found = Literal(node.value)
            else:
                found = Literal(node.value, datatype=URIRef(node.datatype.value))
            terms[node] = found
        return found

    def quads():
        parsed = ox.parse(path=str(path), format=ox.RdfFormat.from_extension(_OX_FORMATS[fmt.name]),
                          base_iri=path.resolve().as_uri())
        for quad in parsed:
            name = quad.graph_name
            context = contexts.get(name)
            if context is None:
                context = contexts[name] = (dataset.default_graph if isinstance(name, ox.DefaultGraph)
                                            else dataset.graph(term(name)))
            yield term(quad.subject), term(quad.predicate), term(quad.object), context

    from kg.rdf import relaxed_gc

    with relaxed_gc():
        dataset.addN(quads())


def _parse_message(path: Path, fmt: Format, exc: Exception) -> str:
    """One line saying where the file is broken.

    rdflib's Turtle/TriG errors carry the line but quote the bytes around it, and its
    N-Triples/N-Quads errors have no line number; Oxigraph's parsers report line and
    column, so a second pass with them gives the better message.
    """
    if isinstance(exc, json.JSONDecodeError):
        return f"line {exc.lineno} column {exc.colno}: {exc.msg}"
    ox_format = _OX_FORMATS.get(fmt.name)
    if ox_format:
        try:
            import pyoxigraph

            for _ in pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.from_extension(ox_format)):
                pass
        except SyntaxError as ox_exc:
            message = str(ox_exc.msg if getattr(ox_exc, "msg", None) else ox_exc)
            return message.replace("Parser error ", "").splitlines()[0]
        except Exception:  # noqa: BLE001 - fall back to rdflib's message below
            pass
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return " ".join(lines[:2])[:300] if lines else type(exc).__name__


def union_graph(dataset: Graph) -> Graph:
    """A plain Graph holding the union of all graphs of a Dataset (each triple once)."""
    union = Graph()
    union.namespace_manager = dataset.namespace_manager
    if isinstance(dataset, Dataset):
        union.addN((s, p, o, union) for s, p, o, _ in dataset.quads((None, None, None, None)))
    else:
        union.addN((s, p, o, union) for s, p, o in dataset)
    return union


def save(dataset: Graph, path: str | os.PathLike, format: str | None = None) -> Path:  # noqa: A002
    """Write a Dataset (or Graph) to a file; returns the path.

    Quad formats (TriG, N-Quads, JSON-LD) keep the named graphs; triple formats
    (Turtle, N-Triples) get the union of all graphs. Parent directories are created.

    Raises:
        GraphError: the format is unknown or the file cannot be written.
    """
    path = Path(path)
    fmt = resolve_format(format) if format else FORMATS[guess_format(path)]
    source: Graph = dataset
    if not fmt.quads:
        source = union_graph(dataset)
    elif not isinstance(dataset, Dataset):
        # a single article's graph (kgg:<id>) stays a named graph; others go to the default one
        source = _new_dataset()
        target = (source.graph(dataset.identifier) if isinstance(dataset.identifier, URIRef)
                  else source.default_graph)
        target.addN((s, p, o, target) for s, p, o in dataset)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".part")
        source.serialize(destination=str(tmp), format=fmt.writer)
        tmp.replace(path)  # a crash mid-write leaves the old file, not half a graph
    except OSError as exc:
        raise GraphError(f"{path}: cannot write the graph: {exc}") from exc
    return path
