"""``kg query``, ``kg stats``, ``kg validate`` as a user runs them (subprocess)."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURE = str(Path("tests/fixtures/mini.trig").resolve())


def kg(*args: str, stdin: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True,
                          input=stdin, cwd=cwd, timeout=120)


@pytest.mark.parametrize("command", ["query", "stats", "validate"])
def test_help_has_an_example(command):
    out = kg(command, "--help")
    assert out.returncode == 0
    assert "Example:\n" in out.stdout and f"  kg {command} " in out.stdout


def test_list():
    out = kg("query", "--list")
    assert out.returncode == 0
    names = [line.split()[0] for line in out.stdout.splitlines() if not line.startswith(" ")]
    assert "who-met-whom" in names and "dyad-timeline" in names and len(names) == 9
    assert "--param actor1=..." in out.stdout


def test_named_query_with_params_as_csv():
    out = kg("query", FIXTURE, "--name", "dyad-timeline", "-p", "actor1=NRL", "--param", "actor2=Eastavia",
             "--format", "csv")
    assert out.returncode == 0, out.stderr
    assert list(csv.reader(io.StringIO(out.stdout))) == [
        ["date", "agent", "relation", "target", "polarity", "modality", "article"],
        ["2024-03-05", "Eastavia", "attacks", "Norland", "positive", "reported", "a1"],
        ["2024-04-10", "Norland", "meets", "Eastavia", "negative", "asserted", "a2"]]


def test_inline_sparql_as_json():
    out = kg("query", FIXTURE, "SELECT ?b WHERE { ent:Anna_Berg kg:meets ?b }", "-f", "json")
    assert out.returncode == 0, out.stderr
    bindings = json.loads(out.stdout)["results"]["bindings"]
    assert bindings == [{"b": {"type": "uri", "value": "http://kg.example.org/entity/Li_Wen"}}]


def test_query_file_and_stdin_as_table(tmp_path):
    rq = tmp_path / "mine.rq"
    rq.write_text("# description: who leads what\n# param: who = a label\n"
                  "SELECT ?of WHERE { VALUES ?n { $who } ?p rdfs:label ?n ; kg:leaderOf/rdfs:label ?of }\n")
    out = kg("query", FIXTURE, str(rq), "-p", "who=Li Wen")
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == ["of", "--------", "Eastavia", "(1 row)"]
    out = kg("query", FIXTURE, "-", stdin="ASK { ent:EAV kg:attacks ent:NRL }")
    assert (out.returncode, out.stdout) == (0, "true\n")


@pytest.mark.parametrize("args,message", [
    (("query", FIXTURE, "SELECT ?x WHERE { ?x kg:meets"), "kg: error: bad SPARQL: "),
    (("query", FIXTURE, "--name", "nope"), "kg: error: no query named 'nope'"),
    (("query", FIXTURE, "-n", "leaders", "-p", "who=x"), "kg: error: unknown query parameter 'who'"),
    (("query", FIXTURE, "-n", "leaders", "-p", "novalue"), "kg: error: --param 'novalue': write NAME=VALUE"),
    (("query", "missing.ttl", "-n", "leaders"), "kg: error: missing.ttl: no such file"),
    (("query", FIXTURE), "kg: error: give a SPARQL query"),
    (("query",), "kg: error: give a GRAPH"),
    (("stats", "missing.nq"), "kg: error: missing.nq: no such file"),
])
def test_errors_are_one_line(args, message, tmp_path):
    out = kg(*args, cwd=tmp_path)
    assert out.returncode == 1
    assert out.stderr.startswith(message), out.stderr
    assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr


def test_stats_json_and_table():
    out = kg("stats", FIXTURE, "--format", "json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert (data["articles"], data["triples"], data["facts_total"], data["facts_negative"]) == (2, 200, 9, 1)
    assert data["facts"]["meets"] == {"total": 2, "negative": 1}
    table = kg("stats", FIXTURE).stdout
    lines = [line.split() for line in table.splitlines()]
    assert ["articles", "2"] in lines and ["meets", "2", "1"] in lines and ["Person", "2"] in lines


def test_validate_ok_and_violations(tmp_path):
    out = kg("validate", FIXTURE)
    assert out.returncode == 0, out.stderr
    assert "Conforms: True" in out.stdout
    bad = tmp_path / "bad.ttl"
    bad.write_text(Path(FIXTURE).read_text().split("kgg:a2 {")[0]
                   .replace("kgg:a1 {", "").rstrip().rstrip("}")
                   + "\nent:NRL kg:meets ent:EAV .\n")
    out = kg("validate", str(bad))
    assert out.returncode == 1
    assert "Conforms: False" in out.stdout and "has no positive event" in out.stdout
    assert out.stderr == f"kg: error: {bad}: 1 violation(s) of ontology/shapes.ttl (report above)\n"


def test_broken_graph_file_names_the_line(tmp_path):
    bad = tmp_path / "broken.trig"
    bad.write_text("@prefix ex: <http://ex/> .\nex:g {\n ex:a ex:b ex:c \n ex:x }\n")
    out = kg("stats", str(bad))
    assert out.returncode == 1 and f"{bad}: not valid trig: at line 4" in out.stderr


def test_store_directory(tmp_path):
    from kg.graphio import load_graph
    from kg.store import open_store

    location = tmp_path / "store"
    mini = load_graph(FIXTURE)
    with open_store(location) as store:
        for graph in mini.graphs():
            if len(graph):
                store.put_article(graph.identifier, graph, str(graph.identifier))
    out = kg("query", str(location), "-n", "who-met-whom", "-f", "csv")
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[1] == "Anna Berg,meets,Li Wen,asserted,2024-03-05,Geneva,a1"
    out = kg("stats", str(location), "-f", "json")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["triples"] == 200
    out = kg("validate", str(location))
    assert out.returncode == 0 and "Conforms: True" in out.stdout
