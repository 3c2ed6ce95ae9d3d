"""kg benchmarks: build overhead, parallel speed-up, query latency, store loading.

Prints one table with each measurement next to its target. Not a test: numbers
depend on the machine (these targets are for the 2-core project machine).

Usage:
    python bench/run.py --quick              # small sizes, a few minutes
    python bench/run.py                      # full sizes (1M+ triples, 10k articles)
    python bench/run.py --only query         # one section: build, parallel, query, load
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from table import Table  # noqa: E402 - bench/ is on sys.path


# ------------------------------------------------------------------ 1. build overhead

def _cpu_seconds() -> float:
    """CPU time of this process and of its waited-for children (the writer process)."""
    import resource

    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


#: What section 1 runs: label -> build() arguments ("{tmp}" and "{rep}" filled in).
#: The first two are what users run (``--writer auto``: a writer process only when a
#: second core is idle); the others force each way, to show both.
BUILDS = {
    "-o file.nq": {"output": "{tmp}/b{rep}.nq"},
    "--store DIR": {"store": "{tmp}/bstore{rep}"},
    "-o file.nq --writer process": {"output": "{tmp}/p{rep}.nq", "writer": "process"},
    "--store DIR --writer process": {"store": "{tmp}/pstore{rep}", "writer": "process"},
    "-o file.nq --writer inline (one core)": {"output": "{tmp}/i{rep}.nq", "writer": "inline"},
}


def bench_build(table: Table, corpus: Path, tmp: Path, repeats: int = 3) -> None:
    from kg.ingest import read_articles
    from kg.nlp import load_nlp
    from kg.pipeline import build

    texts = [a.text for a in read_articles([corpus])]
    nlp = load_nlp()
    list(nlp.pipe(texts[:8]))  # warm-up (lazy init inside spaCy)
    # interleave repetitions and keep the best of each: the machine is shared
    bare, bare_cpu, results = float("inf"), 0.0, {}
    for rep in range(repeats):
        cpu, start = _cpu_seconds(), time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=16):
            pass
        seconds = time.perf_counter() - start
        if seconds < bare:
            bare, bare_cpu = seconds, _cpu_seconds() - cpu
        print(f"    run {rep + 1}: bare nlp.pipe {seconds:.2f} s", flush=True)
        for label, template in BUILDS.items():
            kwargs = {k: v.format(tmp=tmp, rep=rep) for k, v in template.items()}
            cpu, start = _cpu_seconds(), time.perf_counter()
            report = build([corpus], **kwargs)
            seconds = time.perf_counter() - start
            cpu = _cpu_seconds() - cpu
            print(f"    run {rep + 1}: build {label} {seconds:.2f} s = {seconds / bare:.2f}x "
                  f"({report.executor})", flush=True)
            if label not in results or seconds < results[label][0]:
                results[label] = (seconds, cpu, report)
    _breakdown(table, corpus, tmp, bare / len(texts))
    words = sum(len(t.split()) for t in texts)
    table.add(f"bare nlp.pipe, {len(texts)} articles ({words} words), best of {repeats}",
              f"{bare:.1f} s ({len(texts) / bare:.1f} articles/s, {bare_cpu:.1f} s CPU)")
    for label, (seconds, cpu, report) in results.items():
        ratio = seconds / bare
        table.add(f"full kg build {label} vs bare nlp.pipe",
                  f"{seconds:.1f} s = {ratio:.2f}x ({report.triples} quads; {report.executor}, "
                  f"{cpu:.1f} s CPU)", "<= 1.15x" if "--writer" not in label else "",
                  ratio <= 1.15 if "--writer" not in label else None)


def _breakdown(table: Table, corpus: Path, tmp: Path, pipe_per_article: float) -> None:
    """Where a build's time goes, per article, stage by stage (in one process)."""
    from kg.extract import extract_doc
    from kg.ingest import read_articles
    from kg.nlp import load_nlp
    from kg.pipeline.writer import doc_from_bytes, doc_to_bytes
    from kg.rdf import content_hash, extraction_triples
    from kg.store import open_store

    articles = list(read_articles([corpus]))
    docs = list(load_nlp().pipe(((a.text, a) for a in articles), as_tuples=True, batch_size=16))
    vocab = load_nlp(gazetteer=False).vocab
    start = time.perf_counter()
    packed = [doc_to_bytes(doc) for doc, _ in docs]
    t_pack = time.perf_counter() - start
    start = time.perf_counter()
    docs = [(doc_from_bytes(data, vocab), article) for data, (_, article) in zip(packed, docs)]
    t_unpack = time.perf_counter() - start
    start = time.perf_counter()
    extractions = [extract_doc(doc, article) for doc, article in docs]
    t_extract = time.perf_counter() - start
    start = time.perf_counter()
    graphs = [(extraction_triples(e), content_hash(e)) for e in extractions]
    t_rdf = time.perf_counter() - start
    with open_store(tmp / "breakdown") as store:
        start = time.perf_counter()
        for (gid, triples), digest in graphs:
            store.put_article(gid, triples, digest)
        t_store = time.perf_counter() - start
    n = len(articles)
    ms = {"spaCy (nlp.pipe)": pipe_per_article * 1000, "Doc pack (main process)": t_pack / n * 1000,
          "Doc unpack (writer)": t_unpack / n * 1000,
          "resolve + extract": t_extract / n * 1000, "RDF triples + hash": t_rdf / n * 1000,
          "on-disk store write": t_store / n * 1000}
    table.add("per-article time by stage", ", ".join(f"{k} {v:.1f} ms" for k, v in ms.items()))


# ------------------------------------------------------------------ 2. parallel

def _throughput(corpus: Path, workers: int, batch_size: int) -> tuple[float, float, int]:
    """(steady-state articles/s, end-to-end seconds incl. start-up, articles)."""
    from kg.ingest import read_articles
    from kg.pipeline import batched
    from kg.pipeline.executors import make_executor
    from kg.store import open_store

    articles = list(read_articles([corpus]))
    start_all = time.perf_counter()
    with make_executor(None, workers=workers) as executor, open_store(None, bookkeeping=False) as store:
        # warm-up: one small batch per worker so every process has loaded its model
        warm = [articles[:1]] * max(workers, 1)
        for results in executor.map_batches(warm):
            pass
        start = time.perf_counter()
        count = 0
        for results in executor.map_batches(batched(articles, batch_size)):
            for item in results:
                store.put_article(item.graph_iri, item.triples, item.content_hash)
                count += 1
        steady = time.perf_counter() - start
    return count / steady, time.perf_counter() - start_all, count


def bench_parallel(table: Table, corpus: Path, n_articles: int) -> None:
    # enough batches for both workers to stay busy on small (--quick) corpora
    batch = max(2, min(16, n_articles // 16))
    one, one_total, n = _throughput(corpus, 1, batch)
    two, two_total, _ = _throughput(corpus, 2, batch)
    table.add(f"throughput, 1 process ({n} articles)", f"{one:.1f} articles/s "
              f"({one_total:.0f} s end to end)")
    table.add("throughput, --workers 2", f"{two:.1f} articles/s ({two_total:.0f} s end to end)")
    table.add("speed-up 2 workers vs 1 (steady state)", f"{two / one:.2f}x", ">= 1.8x",
              two / one >= 1.8)
    cores = os.cpu_count()
    if cores and cores <= 2:
        table.add("note", f"{cores} cores: the writer shares them with both workers")


# ------------------------------------------------------------------ 3. queries

def bench_query(table: Table, n_articles: int, tmp: Path, repeats: int) -> None:
    """Section 3 lives in bench_sparql.py (its own script too)."""
    from bench_sparql import bench_queries

    (tmp / "queries").mkdir(exist_ok=True)
    for mode in ("repeat", "diverse"):  # the example stories repeated, and diverse actors
        bench_queries(table, tmp / "queries", n_articles, repeats, mode)


# ------------------------------------------------------------------ 4. loading + memory

def _run_sampling_memory(command: list[str]):
    """Run ``command``, sampling the RSS of it and its children every 0.2 s.

    (getrusage's ru_maxrss is no use here: Linux keeps it across fork+exec, so a
    child of this big benchmark process would inherit this process's peak.)
    """
    import subprocess

    import psutil

    process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    root, peak, peak_total = psutil.Process(process.pid), 0.0, 0.0
    while process.poll() is None:
        try:
            sizes = [p.memory_info().rss / 2**20 for p in [root, *root.children(recursive=True)]]
        except psutil.Error:
            sizes = []
        if sizes:
            peak, peak_total = max(peak, max(sizes)), max(peak_total, sum(sizes))
        time.sleep(0.2)
    stdout, stderr = process.communicate()
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr), peak, peak_total


def bench_load(table: Table, corpus: Path, n_articles: int, tmp: Path, workers: int) -> None:
    """Full `kg build --store` of the corpus in a subprocess: load rate and peak memory."""
    store = tmp / "lstore"
    command = [sys.executable, "-m", "kg", "build", str(corpus), "--store", str(store),
               "--workers", str(workers), "--no-progress"]
    start = time.perf_counter()
    done, peak, peak_total = _run_sampling_memory(command)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        table.add("kg build --store (subprocess)", f"FAILED: {done.stderr.strip()[-300:]}")
        return
    from kg.store import open_store

    with open_store(store, create=False) as opened:
        quads = opened.quad_count()
    table.add(f"kg build --store, {n_articles} articles, --workers {workers}",
              f"{seconds:.0f} s incl. start-up, {n_articles / seconds:.1f} articles/s, "
              f"{quads / seconds:,.0f} triples/s into the store ({quads:,} quads)")
    table.add("peak memory (RSS) of the largest process / of all kg processes together",
              f"{peak:,.0f} MB / {peak_total:,.0f} MB", "< 1.5 GB", peak < 1536)

    # the store alone: how fast pre-built article graphs go in (one transaction each)
    from synth import base_extractions, clones

    from kg.rdf import content_hash, extraction_to_graph

    graphs = [(extraction_to_graph(e), content_hash(e)) for e in clones(base_extractions(), 2000)]
    with open_store(tmp / "rawstore") as raw:
        start = time.perf_counter()
        for (gid, graph), digest in graphs:
            raw.put_article(gid, graph, digest)
        seconds = time.perf_counter() - start
        quads = raw.quad_count()
    table.add("on-disk store write rate (2000 article graphs, one transaction each)",
              f"{quads / seconds:,.0f} triples/s ({len(graphs) / seconds:,.0f} articles/s)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes")
    parser.add_argument("--only", choices=["build", "parallel", "query", "load"], action="append")
    parser.add_argument("--articles", type=int, default=None, help="corpus size for build/parallel")
    parser.add_argument("--query-articles", type=int, default=None,
                        help="synthetic articles for the query graph (default 6000 = ~1M+ triples)")
    parser.add_argument("--load-articles", type=int, default=None)
    parser.add_argument("--tmp", type=Path, default=None, help="work directory (default: a temp dir)")
    args = parser.parse_args(argv)
    sections = args.only or ["build", "parallel", "query", "load"]
    n = args.articles or (60 if args.quick else 400)
    nq = args.query_articles or (600 if args.quick else 6000)
    nl = args.load_articles or (300 if args.quick else 10_000)

    from make_corpus import make_corpus

    table = Table()
    with tempfile.TemporaryDirectory(dir=args.tmp) as work:
        tmp = Path(work)
        corpus = tmp / "corpus.jsonl"
        make_corpus(n, corpus)
        if "build" in sections:
            print("1. build overhead", flush=True)
            bench_build(table, corpus, tmp)
        if "parallel" in sections:
            print("2. parallel", flush=True)
            bench_parallel(table, corpus, n)
        if "query" in sections:
            print("3. queries", flush=True)
            bench_query(table, nq, tmp, repeats=7)
        if "load" in sections:
            print("4. load + memory", flush=True)
            big = tmp / "big.jsonl"
            make_corpus(nl, big)
            bench_load(table, big, nl, tmp, workers=2)
    print()
    print(table.markdown())


if __name__ == "__main__":
    main()
