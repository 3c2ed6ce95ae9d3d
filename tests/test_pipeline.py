"""kg.pipeline: streaming extract/build, the store writer, build_graph, batching."""
from __future__ import annotations

import itertools
import json
from concurrent.futures import Future
from pathlib import Path

import pytest
from rdflib import Dataset, Graph

from kg.errors import ConfigError
from kg.pipeline import BuildReport, batched, build, build_graph, extract, guess_format
from kg.pipeline.executors import _ordered

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _quads(dataset) -> set:
    return {(s, p, o, g) for s, p, o, g in dataset.quads((None, None, None, None))
            if g is not None and "store/meta" not in str(g)}


# -------------------------------------------------------------- no NLP needed

def test_batched_is_lazy_and_exact():
    assert next(batched(itertools.count(), 3)) == [0, 1, 2]  # an endless input is fine
    assert list(batched(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    with pytest.raises(ConfigError):
        next(batched(range(3), 0))


def test_ordered_bounds_in_flight_and_keeps_order():
    pulled, outstanding, peak = [], [0], [0]

    def batches():
        for i in range(20):
            pulled.append(i)
            yield [i]

    def submit(batch):
        outstanding[0] += 1
        peak[0] = max(peak[0], outstanding[0])
        future = Future()
        future.set_result(batch)
        original = future.result

        def result(timeout=None):
            outstanding[0] -= 1
            return original(timeout)

        future.result = result
        return future

    results = _ordered(submit, batches(), 3)
    assert next(results) == [0]
    assert len(pulled) == 3  # only max_in_flight batches were read ahead
    assert [r[0] for r in results] == list(range(1, 20))
    assert peak[0] == 3


def test_guess_format():
    assert guess_format("g.ttl") == "turtle"
    assert guess_format("g.nq") == "nquads"
    assert guess_format("g.jsonld") == "json-ld"
    assert guess_format("g.out", "trig") == "trig"
    with pytest.raises(ConfigError, match="extension"):
        guess_format("g.txt")
    with pytest.raises(ConfigError, match="unknown"):
        guess_format("g.ttl", "yaml")


def test_build_needs_a_destination():
    with pytest.raises(ConfigError, match="nothing to write"):
        build([str(EXAMPLES)])


# -------------------------------------------------------------- with the real model

@pytest.fixture(scope="module")
def examples():
    if not any(EXAMPLES.glob("*.json")):
        pytest.skip("no example articles")
    return EXAMPLES


def test_extract_streams_extractions_in_input_order(examples):
    from kg.ingest import read_articles

    ids = [a.id for a in read_articles([examples])]
    extractions = list(extract([examples]))
    assert [e.article.id for e in extractions] == ids
    assert sum(len(e.facts) for e in extractions) > 0


def test_build_file_equals_rdf_build_dataset(examples, tmp_path):
    from kg.rdf import build_dataset

    report = build([examples], tmp_path / "out" / "g.trig")
    assert isinstance(report, BuildReport)
    assert report.articles == len(list(examples.glob("*.json"))) + len(list(examples.glob("*.txt")))
    assert report.facts == sum(report.facts_by_relation.values()) > 0
    assert report.entities == sum(report.entities_by_type.values()) > 0
    written = Dataset(default_union=True)
    written.parse(tmp_path / "out" / "g.trig", format="trig")
    expected = build_dataset(extract([examples]))
    assert _quads(written) == _quads(expected)
    assert report.triples == len(_quads(expected))


def test_build_into_store_is_incremental(examples, tmp_path):
    store = tmp_path / "store"
    first = build([examples], store=store)
    assert (first.added, first.replaced, first.unchanged) == (first.articles, 0, 0)
    second = build([examples], tmp_path / "g.nt", store=store)
    assert (second.added, second.replaced, second.unchanged) == (0, 0, first.articles)
    assert second.triples == first.triples
    lines = [l for l in (tmp_path / "g.nt").read_text().splitlines() if l.strip()]
    assert len(lines) == len(set(lines)) == len(set(Graph().parse(tmp_path / "g.nt")))


def test_build_counts_skipped_inputs(examples, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    errors = []
    report = build([examples, bad], tmp_path / "g.ttl", report=errors.append)
    assert report.skipped == 1 and len(errors) == 1 and "bad.json" in str(errors[0])
    assert report.articles > 0


def test_build_graph_from_texts_and_articles():
    from kg.types import Article

    texts = ["President Barack Obama met Chinese President Xi Jinping in California on Friday.",
             Article("x1", "Sanctions", "The European Union imposed sanctions on Belarus.")]
    ds = build_graph(texts)
    assert isinstance(ds, Dataset)
    names = {str(g.identifier) for g in ds.graphs() if len(g)}
    assert any(n.endswith("/x1") for n in names) and len(names) == 2
    meets = list(ds.query("PREFIX kg: <http://kg.example.org/ontology#> "
                          "SELECT ?a ?b WHERE { ?a kg:meets ?b }"))
    assert meets, "the meeting sentence should give a kg:meets triple"


def test_extract_jsonl_roundtrip_contract_fields(examples):
    from kg.types import Fact

    fact = next(f for e in extract([examples]) for f in e.facts)
    data = json.loads(json.dumps(fact.to_dict()))
    assert Fact.from_dict(data) == fact


# -------------------------------------------------------------- the writer process

def test_unknown_writer_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="--writer"):
        build([str(EXAMPLES)], tmp_path / "g.nq", writer="threads")


def test_auto_writer_counts_input_bytes(tmp_path):
    from kg.pipeline.writer import AUTO_PROCESS_BYTES, estimate_input_bytes

    small = tmp_path / "small"
    small.mkdir()
    (small / "a.json").write_text("x" * 100)
    (small / "notes.md").write_text("y" * AUTO_PROCESS_BYTES)  # not an article file
    assert estimate_input_bytes([small]) == 100
    big = tmp_path / "big.jsonl"
    big.write_text("z" * AUTO_PROCESS_BYTES)
    assert estimate_input_bytes([small, big]) >= AUTO_PROCESS_BYTES
    assert estimate_input_bytes(["-"]) == AUTO_PROCESS_BYTES  # stdin: assume a big input
    assert estimate_input_bytes([tmp_path / "missing.json"]) == 0


def test_auto_writer_wants_a_large_input_and_an_idle_core(tmp_path, monkeypatch):
    import os

    import kg.pipeline.writer as writer

    big = tmp_path / "big.jsonl"
    big.write_text("z" * writer.AUTO_PROCESS_BYTES)
    small = tmp_path / "small.jsonl"
    small.write_text("z")
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.setattr(writer, "idle_cores", lambda: 1.9)
    assert writer.use_process([big]) and not writer.use_process([small])
    monkeypatch.setattr(writer, "idle_cores", lambda: 0.6)  # the machine is busy
    assert not writer.use_process([big])
    monkeypatch.setattr(writer, "idle_cores", lambda: None)  # cannot tell: assume free
    assert writer.use_process([big])
    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    assert not writer.use_process([big])


def test_idle_cores_is_a_count_of_cores():
    from kg.pipeline.writer import idle_cores

    idle = idle_cores(0.02)
    assert idle is None or 0 <= idle <= (__import__("os").cpu_count() or 1) + 0.01


def test_packed_doc_gives_the_same_extraction(examples, nlp):
    from kg.extract import extract_doc
    from kg.ingest import read_articles
    from kg.nlp import load_nlp
    from kg.pipeline.writer import doc_from_bytes, doc_to_bytes

    # the writer reads Docs back with the vocabulary of the model without the gazetteer
    vocab = load_nlp(gazetteer=False).vocab
    articles = list(read_articles([examples]))
    for doc, article in nlp.pipe(((a.text, a) for a in articles), as_tuples=True):
        copy = doc_from_bytes(doc_to_bytes(doc), vocab)
        assert copy.to_json() == doc.to_json()
        assert extract_doc(copy, article) == extract_doc(doc, article)


def test_process_writer_builds_the_same_graph(examples, tmp_path):
    from kg.rdf import build_dataset

    report = build([examples], tmp_path / "g.trig", writer="process")
    assert report.executor == "1 NLP process + 1 writer process"
    written = Dataset(default_union=True)
    written.parse(tmp_path / "g.trig", format="trig")
    expected = build_dataset(extract([examples]))
    assert _quads(written) == _quads(expected)
    assert report.triples == len(_quads(expected))
    inline = build([examples], tmp_path / "i.trig", writer="inline")
    assert report.to_dict() | {"seconds": 0, "executor": "", "output": ""} == \
        inline.to_dict() | {"seconds": 0, "executor": "", "output": ""}


def test_process_writer_store_is_incremental_and_reports_skips(examples, tmp_path):
    store = tmp_path / "store"
    first = build([examples], store=store, writer="process")
    assert (first.added, first.replaced, first.unchanged) == (first.articles, 0, 0)
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    errors = []
    second = build([examples, bad], tmp_path / "g.nt", store=store, writer="process",
                   report=errors.append)
    assert (second.added, second.replaced, second.unchanged) == (0, 0, first.articles)
    assert second.skipped == 1 and "bad.json" in str(errors[0])
    assert second.triples == first.triples


def test_process_writer_store_errors_are_one_line(examples, tmp_path):
    from kg.errors import StoreError

    not_a_dir = tmp_path / "file"
    not_a_dir.write_text("x")
    with pytest.raises(StoreError, match="is a file"):
        build([examples], store=not_a_dir, writer="process")


class _Inbox:
    """Frames for :func:`run_writer` without a pipe."""

    def __init__(self, items):
        self.items = list(items)

    def read(self):
        return self.items.pop(0)

    def pending(self):
        return bool(self.items)


def test_writer_skips_an_article_it_cannot_build_and_goes_on(examples, nlp, tmp_path,
                                                              monkeypatch):
    import io
    import pickle

    import kg.extract
    from kg.ingest import read_articles
    from kg.pipeline.writer import WriterConfig, doc_to_bytes, run_writer

    articles = list(read_articles([examples]))[:3]
    frames = [(a, doc_to_bytes(nlp(a.text))) for a in articles]
    real = kg.extract.extract_doc

    def flaky(doc, article):
        if article.id == articles[1].id:
            raise ValueError("no sentence boundaries")
        return real(doc, article)

    monkeypatch.setattr(kg.extract, "extract_doc", flaky)
    outbox = io.BytesIO()
    run_writer(WriterConfig(output=str(tmp_path / "g.nq"), out_format="nquads"),
               _Inbox([*frames, None]), outbox)
    outbox.seek(0)
    messages = []
    while header := outbox.read(8):
        messages.append(pickle.loads(outbox.read(int.from_bytes(header, "little"))))
    kinds = [m[0] for m in messages]
    assert kinds == ["ready", "done", "skip", "done", "end"]
    error = messages[2][1]
    assert articles[1].id in str(error) and "no sentence boundaries" in str(error)
    assert "\n" not in str(error)
    report = messages[-1][1]
    assert report.articles == 2 and (tmp_path / "g.nq").stat().st_size > 0
