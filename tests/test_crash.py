"""Crash safety: SIGKILL a `kg build --store` mid-way; the store holds only whole
articles, and rerunning the same command finishes it to a clean build's graph."""
from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.store import META_GRAPH, open_store

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
N_ARTICLES = 40


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    from kg.ingest import read_articles

    bases = [a.to_dict() for a in read_articles([EXAMPLES])] if EXAMPLES.is_dir() else []
    if not bases:
        pytest.skip("no example articles")
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as stream:
        for n in range(N_ARTICLES):
            article = dict(bases[n % len(bases)])
            article.pop("origin", None)
            article["id"] = f"{article['id']}-{n:03d}"
            # vary the text a little so articles differ beyond their ids
            article["text"] = article["text"] + f"\n\nThis is report number {n} of the series."
            stream.write(json.dumps(article) + "\n")
    return path


def _article_graphs(path: Path) -> dict[str, set]:
    """graph IRI -> set of quads (without graph) of an on-disk store; bookkeeping apart."""
    graphs: dict[str, set] = {}
    store = ox.Store.read_only(str(path))
    for quad in store:
        name = "<default>" if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name.value
        graphs.setdefault(name, set()).add((str(quad.subject), str(quad.predicate), str(quad.object)))
    del store
    return graphs


@pytest.fixture(scope="module")
def clean(corpus, tmp_path_factory) -> dict[str, set]:
    from kg.pipeline import build

    path = tmp_path_factory.mktemp("clean") / "store"
    report = build([corpus], store=path, batch_size=4)
    assert report.articles == N_ARTICLES
    return _article_graphs(path)


def _command(corpus: Path, store: Path, writer: str) -> list[str]:
    return [sys.executable, "-m", "kg", "build", str(corpus), "--store", str(store),
            "--batch-size", "1", "--progress", "--writer", writer]


def _kill_midway(corpus: Path, store: Path, writer: str, at_least: int = 6) -> int:
    """Start the build, SIGKILL it once `at_least` articles are written; articles seen."""
    process = subprocess.Popen(_command(corpus, store, writer), cwd=REPO, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    seen, buffer, deadline = 0, b"", time.monotonic() + 300
    os.set_blocking(process.stderr.fileno(), False)
    while time.monotonic() < deadline and process.poll() is None:
        chunk = process.stderr.read() or b""
        buffer = (buffer + chunk)[-4000:]
        counts = re.findall(rb"building: (\d+)", buffer)
        if counts:
            seen = int(counts[-1])
        if seen >= at_least:
            break
        time.sleep(0.02)
    finished = process.poll() is not None
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert not finished, f"the build ended before it could be killed: {buffer[-500:]!r}"
    assert seen >= at_least, f"no progress seen before the deadline: {buffer[-500:]!r}"
    return seen


# "process": the SIGKILL hits the main process while the writer process is writing;
# the writer must die with it (or the rerun would find the store locked)
@pytest.mark.parametrize("writer", ["inline", "process"])
def test_sigkill_leaves_whole_articles_and_rerun_completes(corpus, clean, tmp_path, writer):
    store = tmp_path / "store"
    seen = _kill_midway(corpus, store, writer)

    partial = _article_graphs(store)  # opens: the store is not corrupt
    meta = partial.pop(str(META_GRAPH), set())
    # the default graph is the store's union of the article graphs: still exactly that
    assert partial.pop("<default>") == set().union(*partial.values())
    assert seen <= len(partial) < N_ARTICLES, "the kill should land mid-way"
    # every article graph present is whole: identical to the clean build's graph,
    # and has its bookkeeping (they are written in the same transaction)
    registered = {s.strip("<>") for s, p, o in meta if p.endswith("#articleId>")}
    assert registered == set(partial)
    for graph, triples in partial.items():
        assert triples == clean[graph], f"{graph} differs from a clean build"

    # rerun the same command: it finishes, adds only what is missing, no duplicates
    done = subprocess.run(_command(corpus, store, writer), cwd=REPO, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    assert f"{N_ARTICLES - len(partial)} added, 0 replaced, {len(partial)} unchanged" in done.stdout
    final = _article_graphs(store)
    final.pop(str(META_GRAPH), None)
    assert final["<default>"] == set().union(*(t for g, t in final.items() if g != "<default>"))
    expected = {g: t for g, t in clean.items() if g != str(META_GRAPH)}
    assert final == expected
    with open_store(store, create=False) as opened:
        assert len(list(opened.articles())) == N_ARTICLES
