"""The build pipeline: articles -> extractions -> article graphs -> store -> file/HTML.

One writer (this process) and any number of extractors (in-process, a process
pool, or Dask workers): extraction results come back in input order, and each
article's graph is written to the store in one transaction, so the resulting
graph is the same whatever the parallelism, and a killed build leaves only
whole articles behind.
"""
from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path

from kg.errors import ConfigError, InputError
from kg.pipeline.executors import make_executor
from kg.pipeline.report import BuildReport
from kg.pipeline.writer import WriterConfig
from kg.types import Article, Extraction

__all__ = ["extract", "build", "build_graph", "save_store", "guess_format", "batched",
           "DEFAULT_BATCH_SIZE", "FORMATS", "WRITERS"]

#: Articles per batch handed to a worker; big enough to amortise task overhead,
#: small enough that memory stays bounded (about 2 batches per worker in flight).
DEFAULT_BATCH_SIZE = 16

#: Where a sequential build extracts and writes (see :func:`build`).
WRITERS = ("auto", "process", "inline")

#: rdflib format names by file extension.
FORMATS = {".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig",
           ".jsonld": "json-ld", ".json": "json-ld", ".rdf": "xml", ".xml": "xml", ".n3": "n3"}
_FORMAT_ALIASES = {"ttl": "turtle", "turtle": "turtle", "nt": "nt", "ntriples": "nt",
                   "n-triples": "nt", "nquads": "nquads", "nq": "nquads", "n-quads": "nquads",
                   "trig": "trig", "json-ld": "json-ld", "jsonld": "json-ld", "xml": "xml",
                   "rdf/xml": "xml", "pretty-xml": "xml", "n3": "n3"}


def guess_format(path: str | Path, format: str | None = None) -> str:
    """The rdflib format name for ``path`` (``format`` wins when given)."""
    if format:
        name = _FORMAT_ALIASES.get(format.lower())
        if name is None:
            raise ConfigError(f"--format {format!r}: unknown; use one of turtle, nt, nquads, trig, "
                              "json-ld, xml")
        return name
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ConfigError(f"{path}: cannot tell the RDF format from the extension {suffix or '(none)'!r}; "
                          "use .ttl, .nt, .nq, .trig or .jsonld, or give --format")
    return FORMATS[suffix]


def batched(items: Iterable, size: int) -> Iterator[list]:
    """Lists of up to ``size`` items, pulled lazily from ``items``."""
    if size < 1:
        raise ConfigError(f"--batch-size {size}: give 1 or more")
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _progress(enabled: bool | None, desc: str):
    """A tqdm bar on stderr when asked, or when stderr is a terminal."""
    from tqdm import tqdm

    if enabled is None:
        enabled = sys.stderr.isatty()
    return tqdm(disable=not enabled, file=sys.stderr, unit=" articles", desc=desc,
                dynamic_ncols=True, leave=False)


def _read(inputs, max_bytes: int, report, stats):
    from kg.ingest import read_articles

    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    return read_articles(inputs, max_bytes=max_bytes, report=report, stats=stats)


def extract(inputs: str | Path | Iterable[str | Path], *, model: str | None = None,
            workers: int = 1, scheduler: str | None = None,
            batch_size: int = DEFAULT_BATCH_SIZE, max_bytes: int = 2_000_000,
            report: Callable[[InputError], None] | None = None, stats=None,
            progress: bool | None = False) -> Iterator[Extraction]:
    """Extract the facts of every article in ``inputs``, lazily, in input order.

    Args:
        inputs: files, folders, or ``"-"`` for stdin (see :mod:`kg.ingest`).
        model: spaCy model name or directory (default: the bundled model).
        workers: extraction processes (1 = in this process).
        scheduler: ``"local"`` for a Dask LocalCluster, or ``tcp://HOST:PORT``.
        batch_size: articles per batch handed to a worker.
        max_bytes: longest article accepted.
        report: called with each skipped input's InputError (default: stderr).
        stats: a :class:`kg.ingest.IngestStats` to update.
        progress: show a progress bar (None: when stderr is a terminal).

    Example:
        >>> for ex in extract(["examples/"]):                 # doctest: +SKIP
        ...     for fact in ex.facts:
        ...         print(fact.subject, fact.predicate, fact.object)
    """
    articles = _read(inputs, max_bytes, report, stats)
    with make_executor(model, workers=workers, scheduler=scheduler, with_graph=False) as executor, \
            _progress(progress, "extracting") as bar:
        for results in executor.map_batches(batched(articles, batch_size)):
            for result in results:
                bar.update(1)
                yield result.extraction


def build(inputs: str | Path | Iterable[str | Path], output: str | Path | None = None, *,
          format: str | None = None, store: str | Path | None = None,
          html: str | Path | None = None, workers: int = 1, scheduler: str | None = None,
          batch_size: int = DEFAULT_BATCH_SIZE, model: str | None = None,
          max_bytes: int = 2_000_000, report: Callable[[InputError], None] | None = None,
          progress: bool | None = False, store_options: dict | None = None,
          writer: str = "auto") -> BuildReport:
    """Build the knowledge graph of ``inputs`` into a file, a store, or both.

    Args:
        inputs: files, folders, or ``"-"`` for stdin.
        output: graph file to write (the whole store's content when ``store`` is given).
        format: rdflib format name (default: from ``output``'s extension).
        store: a store directory or a SPARQL endpoint URL to add the articles to;
            unchanged articles are skipped, changed ones replaced.
        html: also write the interactive HTML view here.
        workers: extraction processes; scheduler: ``"local"`` or ``tcp://HOST:PORT`` (Dask).
        batch_size: articles per worker batch (and per ``nlp.pipe`` batch). model: spaCy model.
        max_bytes: longest article accepted. report: skipped-input callback.
        progress: progress bar on stderr (None: when stderr is a terminal).
        store_options: extra arguments for :func:`kg.store.open_store`.
        writer: for sequential builds (``workers=1``, no scheduler), where extraction, RDF
            and store writes run: ``"process"`` (a second process, beside the NLP: see
            :mod:`kg.pipeline.writer`), ``"inline"`` (this process) or ``"auto"`` (a
            process for inputs of more than about 100 articles, or stdin, when a
            second core is idle: :func:`kg.pipeline.writer.use_process`).

    Returns:
        A :class:`BuildReport` with counts by entity type and relation.

    Example:
        >>> report = build(["examples/"], "/tmp/kg/graph.ttl")   # doctest: +SKIP
        >>> report.articles, report.facts_by_relation["meets"]
    """
    from kg.ingest import IngestStats

    if output is None and store is None:
        raise ConfigError("nothing to write: give an output file (-o graph.ttl) or --store DIR|URL")
    if writer not in WRITERS:
        raise ConfigError(f"--writer {writer!r}: use one of {', '.join(WRITERS)}")
    out_format = guess_format(output, format) if output is not None else None
    started = time.perf_counter()
    stats = IngestStats()
    result = BuildReport(output=str(output) if output else None,
                         store=str(store) if store else None, html=str(html) if html else None)
    if workers == 1 and not scheduler and writer != "inline":
        from kg.pipeline.writer import use_process

        if writer == "process" or use_process(inputs):
            config = WriterConfig(model=model, store=str(store) if store is not None else None,
                                  store_options=dict(store_options or {}),
                                  output=str(output) if output is not None else None,
                                  out_format=out_format, html=str(html) if html else None)
            result = _build_with_writer(inputs, config, batch_size, model, max_bytes, report,
                                        progress, stats)
            result.seconds = time.perf_counter() - started
            return result
    _build_inline(inputs, result, output, out_format, store, html, workers, scheduler, batch_size,
                  model, max_bytes, report, progress, store_options, stats)
    result.seconds = time.perf_counter() - started
    return result


def _build_inline(inputs, result, output, out_format, store, html, workers, scheduler,
                  batch_size, model, max_bytes, report, progress, store_options, stats) -> None:
    """Extraction in this process or in workers; the store written from this process."""
    from kg.store import open_store

    articles = _read(inputs, max_bytes, report, stats)
    target = (open_store(store, **(store_options or {})) if store is not None
              else open_store(None, bookkeeping=False))
    try:
        with make_executor(model, workers=workers, scheduler=scheduler) as executor, \
                _progress(progress, "building") as bar:
            result.executor = executor.description
            for results in executor.map_batches(batched(articles, batch_size)):
                for item in results:
                    put = target.put_article(item.graph_iri, item.triples, item.content_hash)
                    setattr(result, put.status, getattr(result, put.status) + 1)
                    result.count(item.extraction)
                    bar.update(1)
        result.skipped = stats.skipped
        result.triples = target.quad_count()
        if output is not None:
            save_store(target, output, out_format)
        if html is not None:
            _render_html(target, html)
    finally:
        target.close()


def _build_with_writer(inputs, config: WriterConfig, batch_size: int, model, max_bytes: int,
                       report, progress, stats) -> BuildReport:
    """spaCy in this process, everything after it in a writer process (see
    :mod:`kg.pipeline.writer`); the progress bar counts committed articles."""
    from kg.ingest import print_report
    from kg.nlp import load_nlp
    from kg.pipeline.writer import WriterProcess, doc_to_bytes

    if batch_size < 1:
        raise ConfigError(f"--batch-size {batch_size}: give 1 or more")
    report = report or print_report
    skipped_later = []

    def on_skipped(error: InputError) -> None:
        skipped_later.append(error)
        report(error)

    with _progress(progress, "building") as bar:
        # started first: its start-up overlaps the model load here
        writer = WriterProcess(config, on_written=lambda status: bar.update(1),
                               on_skipped=on_skipped)
        try:
            nlp = load_nlp(model)
            pairs = ((article.text, article) for article in _read(inputs, max_bytes, report, stats))
            for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
                writer.send(article, doc_to_bytes(doc))
            result = writer.finish()
        finally:
            writer.close()
    result.skipped = stats.skipped + len(skipped_later)
    result.executor = "1 NLP process + 1 writer process"
    return result


def _render_html(store, path) -> None:
    from kg.store.view import analysis_dataset
    from kg.viz import render_html

    Path(path).parent.mkdir(parents=True, exist_ok=True)
    # for a remote store, only what the view draws, not a copy of the whole endpoint
    render_html(analysis_dataset(store), path)


def save_store(store, path: str | Path, format: str | None = None) -> None:
    """Write a store's article graphs to a file (triple formats get the union graph)."""
    from kg.store.local import LocalStore

    path = Path(path)
    format = guess_format(path, format)
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(store, LocalStore):
        from kg.store.dump import dump

        if dump(store, path, format):
            return
    from kg.graphio import save

    save(store.dataset(), path, format)


def build_graph(texts_or_articles: Iterable[str | Article | dict], *, model: str | None = None):
    """Build an rdflib Dataset from texts, dicts or Articles, in this process (notebooks).

    Example:
        >>> ds = build_graph(["Barack Obama met Xi Jinping in California."])  # doctest: +SKIP
        >>> len(ds)
    """
    from kg.extract import extract_articles
    from kg.ingest import article_from_dict
    from kg.nlp import load_nlp
    from kg.rdf import build_dataset

    articles = []
    for number, item in enumerate(texts_or_articles, 1):
        if isinstance(item, Article):
            articles.append(item)
        elif isinstance(item, str):
            articles.append(article_from_dict({"text": item}, f"<text {number}>"))
        elif isinstance(item, dict):
            articles.append(article_from_dict(item, f"<article {number}>"))
        else:
            raise InputError(f"item {number} is a {type(item).__name__}; give strings, dicts or "
                             "kg.Article objects")
    return build_dataset(extract_articles(articles, load_nlp(model)))
