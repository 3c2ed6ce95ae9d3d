"""An in-memory copy of an on-disk store's union graph, for read-heavy sessions.

Oxigraph on disk reads every index entry from RocksDB (~20-30 µs a lookup on the
busy project machine); the same engine over an in-memory store answers kg's
aggregating analyst queries 3-5x faster (bench/bench_sparql.py, bench/README.md). A session that runs many queries on
one store (``kg serve``, a notebook) therefore copies the default graph, which kg
keeps as the de-duplicated union of the article graphs, into a
``pyoxigraph.Store()`` once, and answers from it every query that reads only the
default graph. The event counts of :mod:`kg.store.summary` and their rank indexes
(in the bookkeeping graph, a few percent of the union) are copied too, and queries that name no graph
but that one (``GRAPH kgstore:meta``) are answered from memory as well. Queries
naming other graphs (``GRAPH ?g``, ``FROM``, ``FROM NAMED``) still go to the disk,
which holds the article graphs; copying those too would copy 2.4x the quads (2.9M
instead of 1.2M on the benchmark graph) for queries that are rare.

The copy is a snapshot, like the read-only store it comes from: the store
drops it on any write through it. One-shot ``kg query`` does not copy (the copy
takes 8-20 s per million triples; one query takes well under a second).
"""
from __future__ import annotations

import os
import re

import pyoxigraph as ox

__all__ = ["copy_union", "reads_only_default_graph", "default_max_triples",
           "BYTES_PER_TRIPLE", "MAX_TRIPLES"]

#: Resident memory an in-memory Oxigraph takes per default-graph triple (three
#: indexes plus the term dictionary): ~370 bytes measured as the growth of RSS for
#: the 1.2M-triple benchmark graph, rounded up.
BYTES_PER_TRIPLE = 400
#: Upper bound of the copy unless ``KG_MEMORY_MAX_TRIPLES`` says otherwise (~1.2 GB).
MAX_TRIPLES = 3_000_000
#: Share of the currently available memory the copy may take.
_MEMORY_SHARE = 0.25

# GRAPH / FROM as keywords: not part of a longer word, a variable or a prefixed name
_KEYWORD = re.compile(r"(?<![\w:?$])(GRAPH|FROM)(?![\w:])", re.IGNORECASE)
# the bookkeeping graph (event counts), which the copy holds too
_META_GRAPH = re.compile(r"GRAPH\s+(?:kgstore:meta|<http://kg\.example\.org/store/meta>)(?![\w.:-])",
                         re.IGNORECASE)


def copy_union(store: ox.Store) -> ox.Store:
    """An in-memory pyoxigraph Store holding the default graph of ``store`` and the
    bookkeeping graph (its event counts and their ranks)."""
    from kg.store.base import META_GRAPH

    memory = ox.Store()
    # bulk_extend skips the per-quad transaction bookkeeping: ~2x faster than extend.
    # Reading RocksDB is most of the time (5.7 of 8.7 s for 1.2M triples); a dump to
    # N-Triples bytes and Store.load of them was no faster (8.2 + 7.0 s; bench/README.md).
    memory.bulk_extend(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    memory.bulk_extend(store.quads_for_pattern(None, None, None, ox.NamedNode(str(META_GRAPH))))
    return memory


def reads_only_default_graph(sparql: str) -> bool:
    """Whether ``sparql`` reads nothing but the default graph and the bookkeeping graph
    (no ``FROM``, no ``GRAPH`` but ``GRAPH kgstore:meta``).

    Strings, IRIs and comments are skipped, so ``"graph"`` in a literal or an IRI
    does not count; a keyword-like word elsewhere only sends the query to the disk
    store, which answers every query correctly.

    Example:
        >>> reads_only_default_graph('SELECT ?s { ?s rdfs:label "from graph" }')
        True
        >>> reads_only_default_graph("SELECT ?g { GRAPH ?g { ?s ?p ?o } }")
        False
        >>> reads_only_default_graph("SELECT ?d { GRAPH kgstore:meta { ?d kgsum:positive ?n } }")
        True
    """
    from kg.store.view import _IRI, _skip_string

    if "graph" not in sparql.lower() and "from" not in sparql.lower():
        return True
    i, n = 0, len(sparql)
    while i < n:
        c = sparql[i]
        if c in "\"'":
            i = _skip_string(sparql, i)
        elif c == "#":
            end = sparql.find("\n", i)
            i = n if end == -1 else end
        elif c == "<" and (iri := _IRI.match(sparql, i)):
            i = iri.end()
        elif c in "Gg" and (found := _META_GRAPH.match(sparql, i)) and \
                (i == 0 or not re.match(r"[\w:?$]", sparql[i - 1])):
            i = found.end()
        elif c in "GgFf" and _KEYWORD.match(sparql, i):
            return False
        else:
            i += 1
    return True


def default_max_triples() -> int:
    """How many union triples may be copied: ``KG_MEMORY_MAX_TRIPLES`` when set
    (0 turns copying off), else :data:`MAX_TRIPLES` or what a quarter of the
    available memory holds, whichever is less."""
    from kg.errors import ConfigError

    setting = os.environ.get("KG_MEMORY_MAX_TRIPLES", "").strip()
    if setting:
        try:
            return max(0, int(setting.replace("_", "")))
        except ValueError:
            raise ConfigError(f"KG_MEMORY_MAX_TRIPLES={setting!r} is not a number of triples; "
                              "set it to e.g. 5000000, or 0 to keep queries on disk") from None
    try:
        import psutil

        available = psutil.virtual_memory().available
    except (ImportError, OSError):
        return MAX_TRIPLES
    return min(MAX_TRIPLES, int(available * _MEMORY_SHARE / BYTES_PER_TRIPLE))
