"""kg: a knowledge-graph builder for geopolitical news.

Example:
    >>> import kg
    >>> ds = kg.build_graph(["President Anna Berg of Norland met Premier Li Wen in Geneva."])
    >>> G = kg.to_networkx(ds)

Heavy dependencies (spaCy, rdflib's SPARQL engine) load only when first used.
"""
from __future__ import annotations

import importlib
from typing import Any

from kg.errors import ConfigError, GraphError, InputError, KGError, ModelError, QueryError, StoreError
from kg.types import Article, Entity, Extraction, Fact

__version__ = "0.1.0"

# public name -> module that defines it (imported on first use)
_LAZY = {
    "read_articles": "kg.ingest",
    "load_nlp": "kg.nlp",
    "extract_doc": "kg.extract",
    "extract_articles": "kg.extract",
    "explain": "kg.extract",
    "build": "kg.pipeline",
    "build_graph": "kg.pipeline",
    "build_dataset": "kg.rdf",
    "load_graph": "kg.graphio",
    "save": "kg.graphio",
    "run_query": "kg.query",
    "stats": "kg.query",
    "validate": "kg.query",
    "open_store": "kg.store",
    "to_networkx": "kg.network",
    "render_html": "kg.viz",
}

__all__ = [
    "Article", "Entity", "Extraction", "Fact",
    "KGError", "InputError", "ModelError", "GraphError", "QueryError", "StoreError", "ConfigError",
    *_LAZY,
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
