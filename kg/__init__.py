"""kg: a knowledge-graph builder for geopolitical news."""
from kg.errors import ConfigError, GraphError, InputError, KGError, ModelError, QueryError, StoreError
from kg.types import Article, Entity, Extraction, Fact

__version__ = "0.1.0"

__all__ = [
    "Article", "Entity", "Extraction", "Fact",
    "KGError", "InputError", "ModelError", "GraphError", "QueryError", "StoreError", "ConfigError",
]
