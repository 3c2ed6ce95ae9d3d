"""Where graphs live: memory, an on-disk Oxigraph store, or a SPARQL 1.1 endpoint.

``open_store(spec)`` picks the kind from the spec: ``None``/``"memory"`` for an
in-memory Oxigraph, an ``http(s)://`` URL for a remote endpoint, anything else
for a directory holding an on-disk Oxigraph store.

A session that runs many queries on an on-disk store (``kg serve``, a notebook) can
call ``store.cache_in_memory()`` to answer default-graph queries from an in-memory
copy of the union graph (:mod:`kg.store.memory`; ``kg serve`` does it by default).

kg stores (local and remote) keep event counts per dyad and per actor and relation in
their bookkeeping graph (:mod:`kg.store.summary`), applied when a local store closes and
with each write on a remote one (:mod:`kg.store.remote_counts`); the
ready-made queries in ``kg/queries/counts/`` read them, so rankings over every event
of a relation need not read the events.

Example:
    >>> from kg.store import open_store
    >>> with open_store("/tmp/kg-store") as store:          # doctest: +SKIP
    ...     store.put_article(graph_iri, graph, content_hash)
    ...     rows = store.query("SELECT ?a ?b WHERE { ?a kg:meets ?b }")
"""
from __future__ import annotations

from pathlib import Path

from kg.store.base import META_GRAPH, PutResult, Store

__all__ = ["open_store", "Store", "PutResult", "META_GRAPH", "is_store_spec"]


def is_store_spec(spec) -> bool:
    """Whether ``spec`` names a store (an http(s) URL or a store directory) rather than a file."""
    from kg.store.local import is_oxigraph_dir

    text = str(spec)
    if text.startswith(("http://", "https://")):
        return True
    path = Path(text)
    return path.is_dir() and is_oxigraph_dir(path)


def open_store(spec: str | Path | None = None, *, create: bool = True, read_only: bool = False,
               bookkeeping: bool = True, **remote_options) -> Store:
    """Open the store ``spec`` names.

    Args:
        spec: ``None`` or ``"memory"`` (in-memory Oxigraph), an ``http(s)://`` URL
            of a SPARQL 1.1 endpoint (Oxigraph server, Fuseki, ...), or a directory.
        create: create the directory when missing (otherwise a missing one is an error).
        read_only: open an on-disk store read-only.
        bookkeeping: keep per-article content hashes (needed for incremental builds).
        **remote_options: endpoint overrides for URLs (``query_endpoint``,
            ``update_endpoint``, ``store_endpoint``, ``write``, ``union_default_graph``).

    Raises:
        StoreError: the store cannot be opened (with the reason and the fix).
    """
    from kg.errors import StoreError

    if spec is None or str(spec) == "memory":
        from kg.store.local import LocalStore

        return LocalStore(None, bookkeeping=bookkeeping)
    text = str(spec)
    if text.startswith(("http://", "https://")):
        from kg.store.remote import RemoteStore

        return RemoteStore(text, **remote_options)
    path = Path(text).expanduser()
    if not path.exists() and not create:
        raise StoreError(f"{path}: no such store directory; build one with "
                         f"`kg build INPUT... --store {path}`")
    from kg.store.local import LocalStore

    return LocalStore(path, bookkeeping=bookkeeping, read_only=read_only)
