"""kg build / kg extract / kg remove from the command line (kg.cli.main)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Dataset, Graph

from kg.cli import cli, main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
CONTRACT_FIELDS = {"article", "sentence", "start", "end", "subject", "subject_id", "subject_type",
                   "predicate", "object", "object_id", "object_type", "polarity", "modality",
                   "attributed_to", "event_type", "date", "place", "confidence"}


@pytest.fixture(scope="module")
def examples():
    if not any(EXAMPLES.glob("*.json")):
        pytest.skip("no example articles")
    return EXAMPLES


@pytest.mark.parametrize("name", ["build", "extract", "remove"])
def test_help_has_an_example(name):
    command = cli.commands[name]
    assert "Example:" in command.help


def test_extract_jsonl_to_stdout(examples, capsys):
    assert main(["extract", str(examples), "--no-progress"]) == 0
    out, err = capsys.readouterr()
    facts = [json.loads(line) for line in out.splitlines()]
    assert facts and all(CONTRACT_FIELDS <= set(f) for f in facts)
    assert all(f["polarity"] in ("positive", "negative") for f in facts)
    n_articles = len(list(examples.glob("*.json"))) + len(list(examples.glob("*.txt")))
    assert f"processed {n_articles} articles, skipped 0, {len(facts)} facts" in err


def test_extract_table_and_output_file(examples, tmp_path, capsys):
    one = next(examples.glob("*.json"))
    assert main(["extract", str(one), "--format", "table"]) == 0
    out, _ = capsys.readouterr()
    assert "predicate" in out and "facts" in out
    target = tmp_path / "facts.jsonl"
    assert main(["extract", str(one), "-o", str(target)]) == 0
    assert all(json.loads(line)["article"] for line in target.read_text().splitlines())


def test_strict_fails_only_when_something_was_skipped(examples, tmp_path, capsys):
    bad = tmp_path / "broken.jsonl"
    bad.write_text('{"id": "x", "text": ""}\n')
    one = next(examples.glob("*.json"))
    assert main(["extract", str(one), str(bad)]) == 0
    assert main(["extract", str(one), str(bad), "--strict"]) == 1
    err = capsys.readouterr().err
    assert "broken.jsonl" in err and "Traceback" not in err
    assert main(["build", str(one), str(bad), "-o", str(tmp_path / "g.ttl"), "--strict"]) == 1
    assert main(["build", str(one), "-o", str(tmp_path / "g.ttl"), "--strict"]) == 0


def test_build_file_html_and_summary(examples, tmp_path, capsys):
    out, html = tmp_path / "g.ttl", tmp_path / "view" / "g.html"
    assert main(["build", str(examples), "-o", str(out), "--html", str(html)]) == 0
    printed = capsys.readouterr().out
    assert "entities by type" in printed and "facts by relation" in printed
    assert "processed" in printed
    assert len(Graph().parse(out)) > 100
    assert html.stat().st_size > 1000


@pytest.mark.parametrize("fmt,suffix", [("json-ld", ".jsonld"), ("nquads", ".out"), ("nt", ".nt")])
def test_build_formats(examples, tmp_path, fmt, suffix):
    one = next(examples.glob("*.json"))
    out = tmp_path / f"g{suffix}"
    args = ["build", str(one), "-o", str(out)] + (["--format", fmt] if suffix == ".out" else [])
    assert main(args) == 0
    ds = Dataset()
    ds.parse(out, format=fmt)
    assert len(list(ds.quads((None, None, None, None)))) > 20


def test_build_store_remove_and_read_back(examples, tmp_path, capsys):
    store = tmp_path / "store"
    assert main(["build", str(examples), "--store", str(store)]) == 0
    from kg.store import open_store

    with open_store(store, create=False) as opened:
        ids = sorted(a for a, _, _ in opened.articles())
        before = opened.quad_count()
    assert main(["remove", ids[0], "--store", str(store)]) == 0
    assert main(["remove", "no-such-article", "--store", str(store)]) == 1
    err = capsys.readouterr().err
    assert "no article 'no-such-article'" in err
    with open_store(store, create=False) as opened:
        assert ids[0] not in {a for a, _, _ in opened.articles()}
        assert opened.quad_count() < before
    assert main(["build", str(examples), "--store", str(store)]) == 0
    assert "1 added" in capsys.readouterr().out


def test_store_dir_reads_through_graphio(examples, tmp_path):
    graphio = pytest.importorskip("kg.graphio")
    store = tmp_path / "store"
    assert main(["build", str(examples), "--store", str(store), "-o", str(tmp_path / "g.nq")]) == 0
    loaded = graphio.load_graph(str(store))
    from_file = Dataset(default_union=True)
    from_file.parse(tmp_path / "g.nq", format="nquads")
    assert set(loaded.triples((None, None, None))) == set(from_file.triples((None, None, None)))


def test_bad_options_are_one_line_errors(examples, tmp_path, capsys):
    assert main(["build", str(examples)]) == 1
    assert main(["build", str(examples), "-o", str(tmp_path / "g.xyz")]) == 1
    assert main(["remove", "x", "--store", str(tmp_path / "missing")]) == 1
    assert main(["build", str(examples), "-o", str(tmp_path / "g.ttl"), "--dask", "local",
                 "--scheduler", "tcp://127.0.0.1:1"]) == 1
    err = capsys.readouterr().err
    assert err.count("kg: error:") == 4 and "Traceback" not in err
