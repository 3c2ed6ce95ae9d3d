"""`kg viz` and `kg analyze` end to end, as a user runs them (subprocess)."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from kg.ontology import relations as relation_table


def kg(*args: str, ok: bool = True) -> subprocess.CompletedProcess:
    proc = subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True,
                          timeout=120)
    if ok:
        assert proc.returncode == 0, proc.stderr
    return proc


def test_viz_writes_an_offline_page(mini_trig, tmp_path):
    out = tmp_path / "nested" / "graph.html"
    proc = kg("viz", mini_trig, "-o", out, "--title", "Mini")
    assert proc.stderr.strip() == f"wrote {out} (6 entities, 9 links)"
    html = out.read_text("utf-8")
    assert "<title>Mini</title>" in html and "https://cdn" not in html


def test_viz_filters(mini_trig, tmp_path):
    proc = kg("viz", mini_trig, "-o", tmp_path / "g.html", "--relation", "assault", "--relation", "coerce")
    assert proc.stderr.strip().endswith("(3 entities, 2 links)")
    proc = kg("viz", mini_trig, "-o", tmp_path / "g.html", "--since", "2024-04-01", "--until", "2024-12-31")
    assert proc.stderr.strip().endswith("(3 entities, 3 links)")
    proc = kg("viz", mini_trig, "-o", tmp_path / "g.html", "--top", "2", "--size-by", "pagerank")
    assert proc.stderr.strip().endswith("(2 entities, 2 links)")


@pytest.mark.parametrize(("args", "message"), [
    (("--since", "March"), "--since 'March' is not a date"),
    (("--relation", "hugs"), "unknown relation 'hugs'"),
])
def test_viz_bad_options_are_one_clean_line(mini_trig, tmp_path, args, message):
    proc = kg("viz", mini_trig, "-o", tmp_path / "g.html", *args, ok=False)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.startswith("kg: error: ") and message in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_missing_or_broken_graph_file_is_a_clean_error(tmp_path):
    proc = kg("analyze", tmp_path / "nope.trig", "centrality", ok=False)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.startswith("kg: error: ") and "nope.trig" in proc.stderr
    broken = tmp_path / "broken.ttl"
    broken.write_text("@prefix kg: <http://kg.example.org/ontology#> .\nkg:a kg:b .\nthis is not turtle\n")
    proc = kg("viz", broken, "-o", tmp_path / "g.html", ok=False)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.startswith("kg: error: ") and "broken.ttl" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_centrality_json_and_table(mini_trig):
    rows = json.loads(kg("analyze", mini_trig, "centrality", "--format", "json").stdout)
    assert [(r["actor"], r["score"]) for r in rows] == [
        ("Anna Berg", 0.75), ("Eastavia", 0.75), ("Li Wen", 0.5), ("Norland", 0.5), ("Northern League", 0.5)]
    table = kg("analyze", mini_trig, "centrality", "--kind", "betweenness", "--top", "2").stdout.splitlines()
    assert table[0].split() == ["rank", "actor", "type", "score"]
    assert table[2].split() == ["1", "Anna", "Berg", "Person", "0.25"]
    assert len(table) == 4
    everything = json.loads(kg("analyze", mini_trig, "centrality", "--modality", "all", "--kind", "pagerank",
                               "--format", "json").stdout)
    assert everything[0]["actor"] == "Eastavia"


def test_communities_csv(mini_trig):
    rows = list(csv.DictReader(io.StringIO(kg("analyze", mini_trig, "communities", "--format", "csv").stdout)))
    assert rows == [{"community": "1", "size": "3", "members": "Anna Berg; Eastavia; Li Wen"},
                    {"community": "2", "size": "2", "members": "Norland; Northern League"}]


def test_path_shows_every_hop_with_evidence(mini_trig):
    out = kg("analyze", mini_trig, "path", "li wen", "NORTHERN LEAGUE").stdout.splitlines()
    assert out[0] == "Li Wen -> Eastavia -> Northern League"
    data = json.loads(kg("analyze", mini_trig, "path", "Premier Li Wen", "Northern_League", "--format", "json").stdout)
    assert data["path"] == ["Li Wen", "Eastavia", "Northern League"]
    assert [(r["hop"], r["relation"], r["article"]) for r in data["rows"]] == [
        (1, "leaderOf", "Leaders meet in Geneva"), (2, "sanctions", "Sanctions on Eastavia")]


def test_path_errors(mini_trig):
    proc = kg("analyze", mini_trig, "path", "Norlnd", "Li Wen", ok=False)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.strip() == "kg: error: no actor named 'Norlnd' in the graph; did you mean 'Norland'?"
    proc = kg("analyze", mini_trig, "path", "Geneva", "Li Wen", ok=False)
    assert proc.returncode == 1 and proc.stderr.startswith("kg: error: 'Geneva' is a Location, not an actor")


def test_dyad_timeline_and_balance(mini_trig):
    data = json.loads(kg("analyze", mini_trig, "dyad", "Norland", "eastavia", "--format", "json").stdout)
    attacks = relation_table()["attacks"].goldstein
    assert data["goldstein"] == attacks and data["cooperation"] == 0 and data["conflict"] == attacks
    assert [(r["date"], r["subject"], r["relation"], r["modality"]) for r in data["rows"]] == [
        ("2024-03-05", "Eastavia", "attacks", "reported"), ("2024-04-10", "Norland", "not meets", "asserted")]
    table = kg("analyze", mini_trig, "dyad", "Norland", "eastavia").stdout
    assert f"Norland / Eastavia: 2 facts, Goldstein total {attacks:+g}" in table


def test_ego_with_html(mini_trig, tmp_path):
    out = tmp_path / "ego.html"
    proc = kg("analyze", mini_trig, "ego", "berg", "--html", out, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert len(rows) == 6 and {r["subject"] for r in rows} >= {"Anna Berg", "Eastavia"}
    assert proc.stderr.strip() == f"wrote {out} (4 entities, 6 links)"
    assert "<title>Anna Berg and neighbours (radius 1)</title>" in out.read_text("utf-8")


@pytest.mark.parametrize("command", [
    ["viz"], ["analyze"], ["analyze", "G", "centrality"], ["analyze", "G", "communities"],
    ["analyze", "G", "path"], ["analyze", "G", "ego"], ["analyze", "G", "dyad"],
])
def test_every_command_has_an_example(command):
    from click.testing import CliRunner

    from kg.cli import cli

    result = CliRunner().invoke(cli, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example:" in result.output and "kg " in result.output.split("Example:", 1)[1]
