"""The graph page in a real browser: Debian's Chromium driven by Playwright.

One browser for the module; each test opens the page from a file:// URL in a fresh
context that records every request and aborts any that would leave the machine.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import rdflib

from kg.viz import render_html
try:  # tests/ is on sys.path (rootdir conftest) unless it becomes a package
    from test_viz import HOSTILE_LABEL, HOSTILE_SENTENCE, load, write_hostile
except ImportError:  # pragma: no cover
    from tests.test_viz import HOSTILE_LABEL, HOSTILE_SENTENCE, load, write_hostile

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip(f"Chromium not found at {CHROMIUM} (Debian package 'chromium')", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright's Python package is not installed")

pytestmark = pytest.mark.browser

E = "http://kg.example.org/entity/"
LOCAL = ("file:", "data:", "about:", "blob:")


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM),
                                     args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def pages(mini_trig, tmp_path_factory):
    root = tmp_path_factory.mktemp("pages")
    mini = render_html(load(mini_trig), root / "mini.html", title="Mini graph")
    hostile = render_html(load(write_hostile(mini_trig, root)), root / "hostile.html")
    return {"mini": mini, "hostile": hostile, "root": root}


class Opened:
    """A loaded page plus what it did: requests, dialogs, errors."""

    def __init__(self, browser, path: Path, *, bypass_csp: bool = False):
        self.context = browser.new_context(viewport={"width": 1280, "height": 800}, bypass_csp=bypass_csp)
        self.requests: list[str] = []
        self.external: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", self._dialog)
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type in ("error", "warning") else None)
        self.page.goto(path.as_uri())
        # polled with evaluate(): wait_for_function() evals its predicate inside the page,
        # which the page's Content-Security-Policy (rightly) refuses
        for _ in range(600):
            if self.page.evaluate("window.kg !== undefined && window.kg.stabilized === true"):
                break
            self.page.wait_for_timeout(50)
        else:
            raise AssertionError(f"the page did not finish its layout: {self.errors}")

    def _route(self, route):
        url = route.request.url
        if url.startswith(LOCAL):
            route.continue_()
        else:
            self.external.append(url)
            route.abort()

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def counts(self) -> dict:
        return self.page.evaluate("window.kg.counts()")

    def node_point(self, node_id: str) -> tuple[float, float]:
        return self._point("network.getPositions([id])[id]", node_id)

    def edge_point(self, edge_id: str) -> tuple[float, float]:
        # the middle of the drawn (curved) edge, from vis-network's own geometry
        return self._point("network.body.edges[id].edgeType.getPoint(0.5)", edge_id)

    def _point(self, expr: str, ident: str) -> tuple[float, float]:
        # read until two readings 100 ms apart agree: a view still moving (a fit or a resize
        # of the canvas after the layout; a CI run once clicked beside the node) misses it
        script = ("(id) => { const p = " + expr + "; const d = network.canvasToDOM(p);"
                  " const r = document.getElementById('kg-network').getBoundingClientRect();"
                  " return [r.left + d.x, r.top + d.y]; }")
        xy = self.page.evaluate(script, ident)
        for _ in range(50):
            self.page.wait_for_timeout(100)
            again = self.page.evaluate(script, ident)
            if again == xy:
                break
            xy = again
        return xy[0], xy[1]

    def tooltip_at(self, x: float, y: float) -> dict:
        """Hover at (x, y); the tooltip's text and the tags inside it (vis-network's
        innerText turns line breaks into <br>, and nothing else may appear)."""
        self.page.mouse.move(x - 30, y - 30)
        self.page.mouse.move(x, y, steps=4)
        self.page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5_000)
        return self.page.evaluate(
            "() => { const t = document.querySelector('div.vis-tooltip');"
            " return {text: t.innerText, tags: Array.from(t.querySelectorAll('*'), c => c.tagName)}; }")

    def assert_clean(self) -> None:
        assert self.external == [], f"requests left the page: {self.external}"
        assert all(url.startswith(LOCAL) for url in self.requests), self.requests
        assert self.dialogs == []
        assert self.errors == []

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def mini(browser, pages):
    opened = Opened(browser, pages["mini"].path)
    yield opened
    opened.assert_clean()
    opened.close()


@pytest.fixture(params=["csp", "no-csp"])
def hostile(browser, pages, request):
    # also without the page's CSP: the escaping alone must keep the text inert
    opened = Opened(browser, pages["hostile"].path, bypass_csp=request.param == "no-csp")
    yield opened
    opened.assert_clean()
    opened.close()


def test_counts_match_the_graph(mini, pages):
    summary = pages["mini"]
    assert mini.counts() == {"nodes": 6, "edges": 9, "totalNodes": 6, "totalEdges": 9}
    assert (summary.nodes, summary.edges) == (6, 9)
    assert mini.page.text_content("#kg-stats") == "6 of 6 entities, 9 of 9 links shown"
    labels = mini.page.evaluate("nodes.get().map(n => n.label).sort()")
    assert labels == ["Anna Berg", "Eastavia", "Li Wen", "Norland", "Northern League", "cyberattacks"]
    # vis-network really drew them: every node has a position on the canvas
    assert len(mini.page.evaluate("Object.keys(network.getPositions())")) == 6


def test_filters_hide_what_they_should(mini):
    page = mini.page
    page.uncheck("#kg-types input[value=Topic]")
    assert mini.counts()["nodes"] == 5 and mini.counts()["edges"] == 8
    assert page.evaluate(f"nodes.get('http://kg.example.org/topic/cyberattacks').hidden") is True
    page.check("#kg-types input[value=Topic]")
    page.uncheck("#kg-families input[value=static]")  # leaderOf x2, memberOf
    assert (mini.counts()["nodes"], mini.counts()["edges"]) == (6, 6)
    assert page.evaluate("edges.get({filter: e => !e.hidden && e.kgFamily === 'static'}).length") == 0
    page.fill("#kg-since", "2024-04-01")  # and static still off: sanctions, not-meets
    assert (mini.counts()["nodes"], mini.counts()["edges"]) == (3, 2)
    assert page.text_content("#kg-stats") == "3 of 6 entities, 2 of 9 links shown"
    page.click("#kg-reset")
    assert (mini.counts()["nodes"], mini.counts()["edges"]) == (6, 9)
    page.fill("#kg-until", "2024-03-31")
    assert (mini.counts()["nodes"], mini.counts()["edges"]) == (5, 6)


def test_click_and_hover_show_the_tooltip_text(mini):
    x, y = mini.node_point(E + "Anna_Berg")
    mini.page.mouse.click(x, y)
    assert mini.page.evaluate("network.getSelectedNodes()") == [E + "Anna_Berg"]
    details = mini.page.text_content("#kg-details")
    assert details.startswith("Anna Berg\nPerson · id Anna_Berg\nAlso: Berg; President Anna Berg")
    tip = mini.tooltip_at(x + 1, y + 1)
    assert tip["text"].startswith("Anna Berg\nPerson") and set(tip["tags"]) <= {"BR"}


def test_edge_tooltip_shows_markup_as_text(mini):
    edge = mini.page.evaluate("edges.get({filter: e => e.kgRelation === 'attacks'})[0].id")
    tip = mini.tooltip_at(*mini.edge_point(edge))
    assert "Norland's <script>alert('x')</script> border posts." in tip["text"]
    assert set(tip["tags"]) <= {"BR"}
    mini.page.mouse.click(*mini.edge_point(edge))
    assert "according to Anna Berg" in mini.page.text_content("#kg-details")


def test_search_focuses_an_entity(mini):
    page = mini.page
    page.fill("#kg-search", "premier LI wen")
    page.click("#kg-find")
    assert page.evaluate("network.getSelectedNodes()") == [E + "Li_Wen"]
    assert page.text_content("#kg-search-status") == "Found “Li Wen”."
    page.fill("#kg-search", "Atlantis")
    page.press("#kg-search", "Enter")
    assert page.text_content("#kg-search-status") == "No entity matches “Atlantis”."
    page.uncheck("#kg-types input[value=Person]")
    page.fill("#kg-search", "berg")
    page.click("#kg-find")
    assert page.text_content("#kg-search-status") == "“Anna Berg” is hidden by the filters."


def test_physics_toggle(mini):
    assert mini.page.is_checked("#kg-physics") is False  # frozen once the layout settled
    mini.page.check("#kg-physics")
    assert mini.page.evaluate("network.physics.options.enabled") is True
    mini.page.uncheck("#kg-physics")
    assert mini.page.evaluate("network.physics.options.enabled") is False


def test_hostile_article_does_not_execute(hostile, pages):
    page = hostile.page
    assert hostile.counts()["nodes"] == pages["hostile"].nodes == 7
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("document.querySelectorAll('img, svg, b, iframe, object').length") == 0
    assert page.evaluate("document.scripts.length") == 3
    evil = page.evaluate("nodes.get({filter: n => n.kgType === 'Organization' && n.label.includes('Evil')})[0]")
    assert evil["label"] == HOSTILE_LABEL
    # hover and click the hostile node and its edge: everything shows as literal text
    tip = hostile.tooltip_at(*hostile.node_point(evil["id"]))
    assert tip["text"].startswith(HOSTILE_LABEL) and set(tip["tags"]) <= {"BR"}
    edge = page.evaluate("(id) => edges.get({filter: e => e.from === id})[0].id", evil["id"])
    x, y = hostile.edge_point(edge)
    tip = hostile.tooltip_at(x, y)
    assert HOSTILE_SENTENCE in tip["text"] and set(tip["tags"]) <= {"BR"}
    page.mouse.click(x, y)
    assert HOSTILE_SENTENCE in page.text_content("#kg-details")
    assert page.evaluate("document.getElementById('kg-details').children.length") == 0
    page.fill("#kg-search", "</script><svg")
    page.click("#kg-find")
    assert page.text_content("#kg-search-status") == f"Found “{HOSTILE_LABEL}”."
    options = page.evaluate("Array.from(document.querySelectorAll('#kg-names option')).map(o => o.value)")
    assert HOSTILE_LABEL in options
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("document.querySelectorAll('img, svg, b, iframe, object').length") == 0


def test_larger_graph_renders_with_top(browser, tmp_path):
    # 120 made-up countries in a ring with chords: 360 facts
    kg, ent, ev = (rdflib.Namespace("http://kg.example.org/" + x) for x in ("ontology#", "entity/", "event/"))
    ds = rdflib.Dataset()
    g = ds.graph(rdflib.URIRef("http://kg.example.org/graph/big"))
    for i in range(120):
        g.add((ent[f"C{i}"], rdflib.RDF.type, kg.Country))
        g.add((ent[f"C{i}"], rdflib.RDFS.label, rdflib.Literal(f"Country {i}")))
    relations = ("meets", "attacks", "sanctions")
    for i in range(360):
        e = ev[f"e{i}"]
        for p, o in ((kg.relation, kg[relations[i % 3]]), (kg.agent, ent[f"C{i % 120}"]),
                     (kg.target, ent[f"C{(i * 7 + 1) % 120}"]), (kg.polarity, rdflib.Literal("positive")),
                     (kg.modality, rdflib.Literal("asserted"))):
            g.add((e, p, o))
    summary = render_html(ds, tmp_path / "big.html", top=60)
    assert summary.nodes == 60
    opened = Opened(browser, summary.path)
    try:
        assert opened.counts() == {"nodes": 60, "edges": summary.edges, "totalNodes": 60,
                                   "totalEdges": summary.edges}
        opened.assert_clean()
    finally:
        opened.close()


def test_empty_page_loads(browser, tmp_path):
    opened = Opened(browser, render_html(rdflib.Dataset(), tmp_path / "empty.html").path)
    try:
        assert opened.counts() == {"nodes": 0, "edges": 0, "totalNodes": 0, "totalEdges": 0}
        assert opened.page.text_content("#kg-search-status") == "This graph has no facts to draw."
        opened.assert_clean()
    finally:
        opened.close()


def test_screenshot(mini, tmp_path):
    page = mini.page
    x, y = mini.node_point(E + "EAV")
    page.mouse.click(x, y)  # the selection panel shows Eastavia's details
    edge = page.evaluate("edges.get({filter: e => e.kgRelation === 'attacks'})[0].id")
    mini.tooltip_at(*mini.edge_point(edge))  # and an evidence tooltip is open
    shot = tmp_path / "graph.png"
    page.screenshot(path=str(shot))
    shutil.copyfile(shot, "/tmp/kg-screenshot.png")
    assert shot.stat().st_size > 20_000
    # the canvas is not blank: count pixels that are not the white background
    inked = page.evaluate(
        "() => { const c = document.querySelector('#kg-network canvas');"
        " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;"
        " for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0 && (d[i] < 200 || d[i + 1] < 200)) n++;"
        " return n; }")
    assert inked > 2_000
