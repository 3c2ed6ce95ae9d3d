"""``kg explain``: the library function and the CLI command."""
from __future__ import annotations

import json

from click.testing import CliRunner

from kg.cli import cli, main
from kg.extract import explain


def test_explain_shows_parse_mentions_rules_and_facts(nlp):
    out = explain("Japan condemned North Korea. He attacked them.", nlp=nlp)
    assert "=== sentence 0" in out and "=== sentence 1" in out
    assert "parse:" in out and "condemned" in out
    assert "'Japan' -> Japan [Country JPN]" in out
    assert "[verb] 'condemned'" in out and "FACT: Japan -criticizes-> North Korea" in out
    # the rejected candidate says why
    assert "rejected attacks" in out and "no actor subject" in out


def test_explain_one_sentence_of_an_article(nlp):
    from kg.types import Article

    art = Article(id="a", title="", text="Russia met China. Iran sanctioned Iraq.")
    out = explain(article=art, nlp=nlp, sentence=1)
    assert "=== sentence 1" in out and "=== sentence 0" not in out
    assert "Iran -sanctions-> Iraq" in out


def test_cli_explain_text():
    result = CliRunner().invoke(cli, ["explain", "Canada sanctioned Iran."])
    assert result.exit_code == 0, result.output
    assert "Canada -sanctions-> Iran" in result.output


def test_cli_explain_article(tmp_path):
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"id": "x", "title": "t", "date": "2024-01-02",
                                "text": "Peru met Chile on Monday. Chile praised Peru."}), encoding="utf-8")
    result = CliRunner().invoke(cli, ["explain", "--article", str(path), "--sentence", "1"])
    assert result.exit_code == 0, result.output
    assert "Chile -supports-> Peru" in result.output and "Peru -meets-> Chile" not in result.output


def test_cli_explain_errors_are_one_line(tmp_path, capsys):
    assert main(["explain"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("kg: error:") and len(err.strip().splitlines()) == 1
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"id": "x", "title": "t", "text": "Peru met Chile."}), encoding="utf-8")
    assert main(["explain", "--article", str(path), "--sentence", "5"]) == 1
    err = capsys.readouterr().err
    assert "--sentence 5" in err and len(err.strip().splitlines()) == 1


def test_cli_explain_help_has_example():
    result = CliRunner().invoke(cli, ["explain", "--help"])
    assert "Example:" in result.output and "kg explain" in result.output
