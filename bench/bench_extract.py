"""Benchmark: how much resolve + extract add to spaCy's own parse time.

Builds a corpus of N articles by cycling the example articles (examples/) or the
development set, then times, over the same texts,
  1. bare ``nlp.pipe``;
  2. ``nlp.pipe`` + ``kg.resolve.resolve`` + ``kg.extract.extract_doc``,
and prints both and the overhead ratio. Not a test: run it by hand.

Usage:
    python bench/bench_extract.py [N] [--source examples|dev] [--batch-size 32]

Example:
    python bench/bench_extract.py 200 --source dev
"""
from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _articles(source: str):
    from kg.types import Article

    if source == "dev":
        paths = sorted((REPO.parent / "shared" / "eval" / "dev").glob("*.article.json"))
        out = []
        for p in paths:
            d = json.loads(p.read_text(encoding="utf-8"))
            out.append(Article(id=d["id"], title=d.get("title", ""), text=d["text"], date=d.get("date")))
        return out
    from kg.ingest import read_articles

    return list(read_articles([str(REPO / "examples")], report=lambda e: None))


def _timed(fn):
    """(result, wall seconds, CPU seconds) of ``fn()``.

    Each timed phase starts from a collected heap, so that a full garbage collection
    owed to the objects an earlier phase left behind (the parsed docs) is not billed
    to the phase that happens to trigger it.
    """
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", nargs="?", type=int, default=100, help="number of articles in the corpus")
    ap.add_argument("--source", choices=["examples", "dev"], default="examples")
    ap.add_argument("--batch-size", type=int, default=32)
    args = ap.parse_args(argv)

    from kg.extract import extract_doc
    from kg.nlp import load_nlp
    from kg.resolve import resolve

    base = _articles(args.source)
    if not base:
        print(f"no articles found for --source {args.source}", file=sys.stderr)
        return 1
    corpus = [base[i % len(base)] for i in range(args.n)]
    texts = [a.text for a in corpus]
    nlp = load_nlp()
    list(nlp.pipe(texts[:4]))  # warm up: model caches, lexicon loading
    # one pass over each distinct article: one-time loads a rule triggers on first use (the
    # ISO 3166-2 subdivision table, ~0.15 s) are start-up cost, like loading the model
    for doc, art in zip(nlp.pipe([a.text for a in base]), base):
        extract_doc(doc, art)

    def parse_all():
        return list(nlp.pipe(texts, batch_size=args.batch_size))

    def resolve_extract():
        return sum(len(extract_doc(doc, art, mentions=resolve(doc, art)).facts)
                   for doc, art in zip(docs, corpus))

    def resolve_all():
        for doc, art in zip(docs, corpus):
            resolve(doc, art)

    docs, parse, parse_cpu = _timed(parse_all)
    n_facts, after, after_cpu = _timed(resolve_extract)
    _, resolve_only, resolve_cpu = _timed(resolve_all)

    words = sum(len(d) for d in docs)
    print(f"articles={len(corpus)} tokens={words} facts={n_facts}")
    print(f"parse (nlp.pipe)        {parse:8.2f} s  ({words / parse:,.0f} tokens/s)")
    print(f"resolve + extract       {after:8.2f} s  (resolve alone {resolve_only:.2f} s, "
          f"extract {after - resolve_only:.2f} s)")
    print(f"ratio (pipe+resolve+extract) / pipe = {(parse + after) / parse:.3f}  "
          f"[extract alone adds {(after - resolve_only) / parse:.1%}]")
    # CPU time of this process: on a machine shared with other jobs the wall-clock ratio
    # moves with their load, the CPU-time one much less
    print(f"cpu ratio (pipe+resolve+extract) / pipe = {(parse_cpu + after_cpu) / parse_cpu:.3f}  "
          f"[cpu s: parse {parse_cpu:.2f}, resolve {resolve_cpu:.2f}, "
          f"extract {after_cpu - resolve_cpu:.2f}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
