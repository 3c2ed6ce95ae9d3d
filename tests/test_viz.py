"""kg.viz.render_html: the page's content, its filters, and its handling of hostile text.

The browser-level checks (rendering, clicking, no network, no script execution) are in
tests/test_browser.py; these check the HTML file itself.
"""
from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import pytest
import rdflib

from kg.errors import ConfigError, GraphError
from kg.network import ego_network, to_networkx
from kg.viz import html_page, render_html

# An extra article whose every text field tries to break out of the page. Appended to
# the mini fixture by `hostile_trig`; test_browser.py uses it too.
HOSTILE_TRIG = r'''
kgg:a3 {
  art:a3 a kg:Article ; kg:articleId "a3" ;
      dcterms:title """Evil </script><script>window.__pwned=1</script> "quoted" & 'single'""" ;
      dcterms:date "2024-05-01"^^xsd:date .
  <http://kg.example.org/article/a3#s0> a kg:Sentence ; kg:start 0 ; kg:end 120 ; kg:article art:a3 ;
      kg:text """Evil Corp said <img src=x onerror="window.__pwned=2"> <!-- and </script> \u2028 and \u2029 `tick` & co.""" .
  ent:Evil a kg:Organization ; rdfs:label """<b onmouseover="window.__pwned=3">Evil Corp</b>""" ;
      skos:altLabel """</script><svg onload=window.__pwned=4>""" ; kg:entityId "Evil" .
  ent:NRL a kg:Country ; rdfs:label "Norland" .
  ent:Evil kg:attacks ent:NRL .
  ev:a3-1 a kg:AssaultEvent ; kg:relation kg:attacks ; kg:agent ent:Evil ; kg:target ent:NRL ;
      kg:polarity "positive" ; kg:modality "asserted" ; kg:confidence 0.5 ; kg:cameoCode "19" ;
      kg:date "2024-05-01"^^xsd:date ; kg:evidence <http://kg.example.org/article/a3#s0> ; kg:article art:a3 .
}
'''
HOSTILE_SENTENCE = ('Evil Corp said <img src=x onerror="window.__pwned=2"> <!-- and </script> \u2028 and '
                    '\u2029 `tick` & co.')
HOSTILE_LABEL = '<b onmouseover="window.__pwned=3">Evil Corp</b>'


VIS_JS = (resources.files("pyvis") / "templates/lib/vis-9.1.2/vis-network.min.js").read_text("utf-8")


def write_hostile(mini_trig: Path, tmp_path: Path) -> Path:
    path = tmp_path / "hostile.trig"
    path.write_text(mini_trig.read_text("utf-8") + HOSTILE_TRIG, encoding="utf-8")
    return path


def load(path: Path) -> rdflib.Dataset:
    ds = rdflib.Dataset()
    ds.parse(path, format="trig")
    return ds


def page_data(html: str) -> dict:
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    assert match, "data block missing"
    return json.loads(match.group(1))


@pytest.fixture(scope="module")
def dataset(mini_trig):
    return load(mini_trig)


@pytest.fixture(scope="module")
def page(dataset, tmp_path_factory):
    out = tmp_path_factory.mktemp("viz") / "graph.html"
    summary = render_html(dataset, out, title="Mini <graph> & co")
    return summary, out.read_text("utf-8")


def test_summary_counts_drawn_nodes_and_edges(page):
    summary, html = page
    # Geneva is only a place: no drawn fact, so not drawn
    assert (summary.nodes, summary.edges) == (6, 9)
    data = page_data(html)
    assert len(data["nodes"]) == 6 and len(data["edges"]) == 9
    assert sorted(n["label"] for n in data["nodes"]) == [
        "Anna Berg", "Eastavia", "Li Wen", "Norland", "Northern League", "cyberattacks"]


def test_page_is_offline_and_locked_down(page):
    _, html = page
    assert not re.search(r'<(script|link|img|iframe|object|embed)\b[^>]*\b(src|href)\s*=', html, re.I)
    assert "cdn.jsdelivr" not in html and "cdnjs" not in html and "bootstrap" not in html.lower()
    # data block, vis-network, kg's own script; nothing else opens or closes a script
    assert html.count("<script") == 3 + VIS_JS.count("<script") and html.count("</script>") == 3
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp
    assert "'unsafe-inline'" not in csp.split("script-src", 1)[1].split(";", 1)[0]
    assert "<title>Mini &lt;graph&gt; &amp; co</title>" in html


def test_nodes_styled_by_type_and_sized_by_degree(page):
    nodes = {n["label"]: n for n in page_data(page[1])["nodes"]}
    assert (nodes["Anna Berg"]["shape"], nodes["Anna Berg"]["color"]) == ("dot", "#4e79a7")
    assert nodes["Eastavia"]["shape"] == "diamond" and nodes["cyberattacks"]["shape"] == "hexagon"
    assert nodes["Northern League"]["kgType"] == "Organization"
    assert nodes["Eastavia"]["size"] > nodes["Norland"]["size"] > nodes["Li Wen"]["size"] > nodes["cyberattacks"]["size"]
    title = nodes["Anna Berg"]["title"]
    assert title.splitlines()[:3] == ["Anna Berg", "Person · id Anna_Berg", "Also: Berg; President Anna Berg"]


def test_edges_styled_by_tone_polarity_and_modality(page):
    edges = {(e["kgRelation"], e["kgPolarity"]): e for e in page_data(page[1])["edges"]}
    attack, not_meet, meet = edges["attacks", "positive"], edges["meets", "negative"], edges["meets", "positive"]
    assert attack["color"] == "#d62728" and attack["dashes"] is True  # conflict, reported
    assert meet["color"] == "#2ca02c" and meet["dashes"] is False and meet["label"] == "meets"
    assert meet["arrows"] == {"to": {"enabled": False}} and attack["arrows"] == {"to": {"enabled": True}}
    assert not_meet["color"] == "#8c8c8c" and not_meet["dashes"] is True and not_meet["label"] == "not meets"
    assert attack["width"] == 1 and attack["kgCount"] == 1 and attack["kgDates"] == ["2024-03-05"]
    # the tooltip is plain text with the evidence, verbatim
    assert attack["title"].splitlines()[0] == "Eastavia — attacks → Norland"
    assert "according to Anna Berg" in attack["title"]
    assert "Norland's <script>alert('x')</script> border posts." in attack["title"]
    assert not_meet["kgDates"] == ["2024-04-10"]


def test_family_swatches_follow_the_goldstein_sign(page):
    tones = {f["name"]: f["tone"] for f in page_data(page[1])["families"]}
    assert tones["assault"] == "conflict" and tones["static"] == "neutral"
    # consult holds "meets" (cooperative) and "not meets" (negated, still a +weight relation)
    assert tones["consult"] == "cooperation"


def test_hostile_text_cannot_break_out(mini_trig, tmp_path):
    out = tmp_path / "hostile.html"
    summary = render_html(load(write_hostile(mini_trig, tmp_path)), out)
    html = out.read_text("utf-8")
    assert (summary.nodes, summary.edges) == (7, 10)
    assert html.count("<script") == 3 + VIS_JS.count("<script") and html.count("</script>") == 3
    assert "<!--" not in html and "\u2028" not in html and "\u2029" not in html
    # outside the JSON data block the hostile strings do not occur at all
    before, after = html.split('<script type="application/json" id="kg-data">', 1)
    assert "__pwned" not in before and "__pwned" not in after.split("</script>", 1)[1]
    data = page_data(html)  # and the text survives the round trip exactly
    evil = next(n for n in data["nodes"] if n["kgType"] == "Organization" and "Evil" in n["label"])
    assert evil["label"] == HOSTILE_LABEL and evil["kgAliases"] == ["</script><svg onload=window.__pwned=4>"]
    edge = next(e for e in data["edges"] if e["from"] == evil["id"])
    assert f"“{HOSTILE_SENTENCE}”" in edge["title"]
    assert """Evil </script><script>window.__pwned=1</script> "quoted" & 'single'""" in edge["title"]


@pytest.mark.parametrize(("options", "expected"), [
    ({"relations": ["assault"]}, (2, 1)),                     # a family
    ({"relations": ["leaderOf", "MEMBEROF"]}, (5, 3)),        # relations, any case
    ({"since": "2024-04-01"}, (3, 3)),                        # undated facts use the article date
    ({"until": "2024-03-31"}, (5, 6)),
    ({"since": "2024-03-05", "until": "2024-03-05"}, (5, 6)),
    ({"top": 2}, (2, 2)),                                     # Eastavia and Norland
    ({"min_degree": 3}, (3, 4)),                              # + Anna Berg
    ({"min_degree": 7}, (0, 0)),
    ({"size_by": "pagerank"}, (6, 9)),
    ({"size_by": "betweenness", "top": 3}, (3, 4)),           # top is always by degree
])
def test_filters(dataset, tmp_path, options, expected):
    summary = render_html(dataset, tmp_path / "g.html", **options)
    assert (summary.nodes, summary.edges) == expected
    data = page_data((tmp_path / "g.html").read_text("utf-8"))
    assert (len(data["nodes"]), len(data["edges"])) == expected


@pytest.mark.parametrize(("options", "message"), [
    ({"relations": ["hugs"]}, "unknown relation 'hugs'"),
    ({"since": "2024-13-01"}, "--since '2024-13-01' is not a date"),
    ({"since": "2024-05-01", "until": "2024-01-01"}, "is after --until"),
    ({"size_by": "fame"}, "unknown size measure"),
    ({"min_degree": -1}, "must not be negative"),
])
def test_bad_options_are_config_errors(dataset, tmp_path, options, message):
    with pytest.raises(ConfigError, match=re.escape(message)):
        render_html(dataset, tmp_path / "g.html", **options)


def test_renders_a_networkx_subgraph(dataset, tmp_path):
    ego = ego_network(to_networkx(dataset), "Li Wen")
    summary = render_html(ego, tmp_path / "sub" / "ego.html")
    assert (summary.nodes, summary.edges) == (3, 3)  # Li Wen, Anna Berg, Eastavia
    assert summary.path.is_file()


def test_html_page_returns_the_string(dataset):
    page, n_nodes, n_edges = html_page(dataset, relations=["consult"])
    assert (n_nodes, n_edges) == (4, 2) and page.startswith("<!DOCTYPE html>")
    assert {e["label"] for e in page_data(page)["edges"]} == {"meets", "not meets"}


def test_unwritable_output_is_a_graph_error(dataset, tmp_path):
    with pytest.raises(GraphError, match="cannot write the page"):
        render_html(dataset, tmp_path)  # a directory


def test_empty_graph_gives_an_empty_page(tmp_path):
    summary = render_html(rdflib.Dataset(), tmp_path / "empty.html")
    assert (summary.nodes, summary.edges) == (0, 0)
    data = page_data(summary.path.read_text("utf-8"))
    assert data["nodes"] == [] and data["families"] == [] and data["dateMin"] is None
