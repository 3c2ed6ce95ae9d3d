"""Exception tree. Every error a user can cause is a KGError whose message is one
line naming the file (and line) and what to do about it; the CLI prints it without
a traceback."""
from __future__ import annotations

__all__ = ["KGError", "InputError", "ModelError", "GraphError", "QueryError",
           "StoreError", "ConfigError"]


class KGError(Exception):
    """Base class of all errors kg raises on purpose."""


class InputError(KGError):
    """An input article or file cannot be used (unreadable, malformed, empty ...)."""

    def __init__(self, message: str, origin: str | None = None):
        self.origin = origin
        super().__init__(f"{origin}: {message}" if origin else message)


class ModelError(KGError):
    """The spaCy model cannot be loaded."""


class GraphError(KGError):
    """A graph file cannot be read or written."""


class QueryError(KGError):
    """A SPARQL query is malformed or failed."""


class StoreError(KGError):
    """A store (on-disk or remote) cannot be opened, read or written."""


class ConfigError(KGError):
    """An option has a value kg cannot use."""
