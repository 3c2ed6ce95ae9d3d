"""The build pipeline behind ``kg build`` / ``kg extract``, for Python callers.

Example:
    >>> import kg.pipeline as pipeline
    >>> report = pipeline.build(["examples/"], "/tmp/kg/graph.ttl")      # doctest: +SKIP
    >>> ds = pipeline.build_graph(["Barack Obama met Xi Jinping."])      # doctest: +SKIP
"""
from kg.pipeline.core import (DEFAULT_BATCH_SIZE, FORMATS, batched, build, build_graph, extract,
                              guess_format, save_store)
from kg.pipeline.report import BuildReport
from kg.pipeline.worker import ArticleResult, process_batch

__all__ = ["extract", "build", "build_graph", "save_store", "guess_format", "batched",
           "BuildReport", "ArticleResult", "process_batch", "DEFAULT_BATCH_SIZE", "FORMATS"]
