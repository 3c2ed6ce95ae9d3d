"""kg serve: a real server (the CLI in a subprocess) queried by a real client (SPARQLWrapper)."""
from __future__ import annotations

import csv
import io
import json
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
import rdflib
from rdflib import URIRef
from SPARQLWrapper import (CSV, JSON, JSONLD, POST, POSTDIRECTLY, TSV, TURTLE, URLENCODED, XML,
                           SPARQLWrapper)
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from kg.serve.protocol import ProtocolError, extract_query, negotiate

REPO = Path(__file__).resolve().parent.parent
KG = "http://kg.example.org/ontology#"
ENT = "http://kg.example.org/entity/"
PREFIX = f"PREFIX kg: <{KG}> PREFIX ent: <{ENT}> "
MEETS = PREFIX + "SELECT ?a ?b WHERE { ?a kg:meets ?b }"
# every triple with every triple with every triple: ~9 million rows on the fixture
CROSS_JOIN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_health(url: str, proc: subprocess.Popen | None = None, seconds: float = 60) -> dict:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise AssertionError(f"kg serve exited early: {proc.stderr.read()}")
        try:
            with urllib.request.urlopen(url + "health", timeout=2) as response:
                return json.load(response)
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.2)
    raise AssertionError(f"kg serve did not answer at {url} within {seconds} s")


def _run_kg(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "kg", *args], cwd=REPO, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **kwargs)


def _store_of(trig: Path, directory: Path) -> Path:
    """An on-disk Oxigraph store holding the fixture's article graphs, written through kg.store."""
    from kg.store import open_store

    dataset = rdflib.Dataset()
    dataset.parse(trig, format="trig")
    with open_store(directory) as store:
        for graph in dataset.graphs():
            if len(graph):
                store.put_article(graph.identifier, graph)
    return directory


def _oxigraph_server(store: Path) -> tuple[subprocess.Popen, str]:
    """The Oxigraph server (from PyPI) on ``store``, answering on a free port."""
    port = _free_port()
    binary = Path(sys.executable).with_name("oxigraph")
    proc = subprocess.Popen([str(binary), "serve", "--location", str(store), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url + "query?query=ASK%7B%7D", timeout=2).read()
            return proc, url
        except (urllib.error.URLError, ConnectionError):
            if proc.poll() is not None:
                raise AssertionError(f"oxigraph serve exited: {proc.stderr.read()}")
            time.sleep(0.2)
    proc.kill()
    raise AssertionError("oxigraph serve did not start")


@pytest.fixture(scope="module", params=["file", "store", "remote"])
def server(request, mini_trig, tmp_path_factory):
    """`kg serve` of the fixture on a free port; yields its URL. The fixture is served as a
    TriG file (rdflib engine), an on-disk Oxigraph store, and a remote SPARQL endpoint
    (an Oxigraph server on that store, reached through kg.store)."""
    helpers = []
    if request.param == "file":
        source = str(mini_trig.relative_to(REPO))
    else:
        source = str(_store_of(mini_trig, tmp_path_factory.mktemp("serve") / "store"))
        if request.param == "remote":
            oxigraph, source = _oxigraph_server(Path(source))
            helpers.append(oxigraph)
    port = _free_port()
    proc = _run_kg("serve", source, "--port", str(port), "--timeout", "20", "--quiet")
    helpers.insert(0, proc)
    url = f"http://127.0.0.1:{port}/"
    try:
        health = _wait_health(url, proc)
        assert health["status"] == "ok"
        yield url
    finally:
        for helper in helpers:
            helper.terminate()
            helper.wait(timeout=10)


def _client(url: str, query: str, fmt: str) -> SPARQLWrapper:
    client = SPARQLWrapper(url + "sparql")
    client.setQuery(query)
    client.setReturnFormat(fmt)
    return client


def _http(url: str, data: bytes | None = None, method: str | None = None,
          headers: dict | None = None) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


@pytest.fixture(scope="module")
def local(mini_trig) -> rdflib.Dataset:
    """The fixture loaded directly, to compare the endpoint's answers with rdflib's own."""
    dataset = rdflib.Dataset(default_union=True)
    dataset.parse(mini_trig, format="trig")
    return dataset


# -- SELECT / ASK ---------------------------------------------------------------

def test_health_counts_fixture(server, local):
    health = _wait_health(server)
    assert health["engine"] in ("rdflib", "oxigraph", "store")
    assert health.get("graphs", 2) == 2
    assert health["quads"] == sum(1 for _ in local.quads((None, None, None, None)))


def test_select_json(server):
    result = _client(server, MEETS, JSON).queryAndConvert()
    rows = [(b["a"]["value"], b["b"]["value"]) for b in result["results"]["bindings"]]
    assert result["head"]["vars"] == ["a", "b"]
    assert rows == [(ENT + "Anna_Berg", ENT + "Li_Wen")]


def test_select_xml(server):
    document = _client(server, MEETS, XML).queryAndConvert()
    uris = [node.firstChild.data for node in document.getElementsByTagName("uri")]
    assert uris == [ENT + "Anna_Berg", ENT + "Li_Wen"]


def test_select_csv_and_untrusted_text_round_trips(server):
    query = PREFIX + "SELECT ?text WHERE { ?s kg:text ?text FILTER(CONTAINS(?text, 'attacked')) }"
    raw = _client(server, query, CSV).queryAndConvert()
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8"))))
    assert rows[0] == ["text"]
    assert rows[1:] == [["Berg said Eastavia had attacked Norland's <script>alert('x')</script> border posts."]]


def test_select_tsv_uses_turtle_terms(server):
    raw = _client(server, MEETS, TSV).queryAndConvert()
    assert raw.decode("utf-8").splitlines() == ["?a\t?b", f"<{ENT}Anna_Berg>\t<{ENT}Li_Wen>"]


def test_ask_true_and_false(server):
    assert _client(server, PREFIX + "ASK { ent:EAV kg:attacks ent:NRL }", JSON).queryAndConvert()["boolean"] is True
    # negative facts are event nodes only: no direct triple
    assert _client(server, PREFIX + "ASK { ent:NRL kg:meets ent:EAV }", JSON).queryAndConvert()["boolean"] is False


def test_union_default_graph_spans_articles(server):
    # a1 and a2 are separate named graphs; a plain query must see both
    query = PREFIX + "SELECT (COUNT(DISTINCT ?art) AS ?n) WHERE { ?art a kg:Article }"
    result = _client(server, query, JSON).queryAndConvert()
    assert result["results"]["bindings"][0]["n"]["value"] == "2"


def test_graph_listing_shows_article_graphs_only(server):
    # a store keeps its bookkeeping (per-article hashes) in a graph of its own; a user
    # listing or counting graphs must see the articles' graphs and nothing else
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"
    rows = _client(server, query, JSON).queryAndConvert()["results"]["bindings"]
    assert [r["g"]["value"] for r in rows] == [
        "http://kg.example.org/graph/a1", "http://kg.example.org/graph/a2"]
    count = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert _client(server, count, JSON).queryAndConvert()["results"]["bindings"][0]["n"]["value"] == "2"


def test_post_form_and_post_direct(server):
    for method in (URLENCODED, POSTDIRECTLY):
        client = _client(server, MEETS, JSON)
        client.setMethod(POST)
        client.setRequestMethod(method)
        rows = client.queryAndConvert()["results"]["bindings"]
        assert [r["b"]["value"] for r in rows] == [ENT + "Li_Wen"], method


def test_format_parameter_overrides_accept(server):
    url = server + "sparql?" + urllib.parse.urlencode({"query": MEETS, "format": "csv"})
    status, headers, body = _http(url, headers={"Accept": "application/sparql-results+json"})
    assert status == 200
    assert headers["Content-Type"].startswith("text/csv")
    assert body.decode().splitlines()[0] == "a,b"


# -- CONSTRUCT / DESCRIBE ---------------------------------------------------------

CONSTRUCT_LEADERS = PREFIX + "CONSTRUCT { ?p kg:leaderOf ?c } WHERE { ?p kg:leaderOf ?c }"


def test_construct_turtle_parses_back(server, local):
    raw = _client(server, CONSTRUCT_LEADERS, TURTLE).queryAndConvert()
    graph = rdflib.Graph().parse(data=raw.decode("utf-8"), format="turtle")
    expected = set(local.query(CONSTRUCT_LEADERS).graph)
    assert set(graph) == expected
    assert (URIRef(ENT + "Li_Wen"), URIRef(KG + "leaderOf"), URIRef(ENT + "EAV")) in graph
    assert len(graph) == 2


def test_construct_jsonld_parses_back(server, local):
    client = _client(server, CONSTRUCT_LEADERS, JSONLD)
    raw = client.query().response.read()
    graph = rdflib.Graph().parse(data=raw.decode("utf-8"), format="json-ld")
    assert set(graph) == set(local.query(CONSTRUCT_LEADERS).graph)


def test_describe_as_ntriples_by_accept(server):
    url = server + "sparql?" + urllib.parse.urlencode({"query": f"DESCRIBE <{ENT}Li_Wen>"})
    status, headers, body = _http(url, headers={"Accept": "application/n-triples"})
    assert status == 200 and headers["Content-Type"].startswith("application/n-triples")
    graph = rdflib.Graph().parse(data=body.decode("utf-8"), format="nt")
    labels = {str(o) for o in graph.objects(URIRef(ENT + "Li_Wen"), rdflib.RDFS.label)}
    assert labels == {"Li Wen"}


# -- refusals and errors ------------------------------------------------------------

def test_update_via_sparqlwrapper_is_refused(server):
    client = SPARQLWrapper(server + "sparql")
    client.setMethod(POST)
    client.setQuery(f"PREFIX kg: <{KG}> INSERT DATA {{ <{ENT}X> kg:attacks <{ENT}Y> }}")
    with pytest.raises(urllib.error.HTTPError) as info:
        client.query()
    assert info.value.code == 403
    assert "read-only" in info.value.read().decode()
    assert _client(server, PREFIX + "ASK { ent:X kg:attacks ent:Y }", JSON).queryAndConvert()["boolean"] is False


@pytest.mark.parametrize("body, ctype", [
    (b"update=CLEAR+ALL", "application/x-www-form-urlencoded"),
    (b"CLEAR ALL", "application/sparql-update"),
    (b"query=DROP+ALL", "application/x-www-form-urlencoded"),  # an update smuggled in as a query
])
def test_update_forms_are_refused(server, body, ctype):
    status, _, message = _http(server + "sparql", data=body, headers={"Content-Type": ctype})
    assert status == 403, message
    assert b"read-only" in message


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
def test_write_methods_are_refused(server, method):
    status, headers, message = _http(server + "sparql", data=b"<a:b> <a:b> <a:b> .", method=method,
                                     headers={"Content-Type": "text/turtle"})
    assert status == 405
    assert "POST" in headers["Allow"] and "PUT" not in headers["Allow"]
    assert b"read-only" in message


def test_bad_query_gives_400_with_parser_message(server):
    with pytest.raises(QueryBadFormed) as info:
        _client(server, "SELEC ?x WHERE { ?x ?y ?z }", JSON).query()
    assert "SELEC" in str(info.value) and "line:1" in str(info.value)


def test_missing_query_and_bad_content_type(server):
    status, _, message = _http(server + "sparql")
    assert status == 400 and b"missing query" in message
    status, _, message = _http(server + "sparql", data=b"{}", headers={"Content-Type": "application/json"})
    assert status == 415 and b"application/sparql-query" in message


def test_foreign_host_header_is_refused(server):
    # DNS rebinding: a page from another origin reaching the loopback server
    status, _, message = _http(server + "health", headers={"Host": "attacker.example:80"})
    assert status == 403 and b"loopback" in message


def test_port_in_use_is_one_clean_line(server):
    port = urllib.parse.urlsplit(server).port
    proc = _run_kg("serve", "tests/fixtures/mini.trig", "--port", str(port))
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 1
    assert stderr.strip().splitlines() == [f"kg: error: port {port} on 127.0.0.1 is already in use: "
                                           "stop the other server or pick another with --port"]


def test_missing_graph_file_is_one_clean_line(tmp_path):
    proc = _run_kg("serve", str(tmp_path / "nope.ttl"), "--port", str(_free_port()))
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 1
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error:") and "nope.ttl" in lines[0]


def test_help_has_an_example():
    proc = _run_kg("serve", "--help")
    stdout, _ = proc.communicate(timeout=60)
    assert proc.returncode == 0
    assert "Example:\n" in stdout and "  kg serve " in stdout and "read-only" in stdout


def test_bad_timeout_is_one_clean_line():
    proc = _run_kg("serve", "tests/fixtures/mini.trig", "--timeout", "0", "--port", str(_free_port()))
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 1
    assert stderr.strip().splitlines() == ["kg: error: --timeout must be a positive number of seconds, not 0.0"]


# -- pages --------------------------------------------------------------------------

def test_query_page(server):
    status, headers, body = _http(server)
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert b"<textarea" in body and b"/static/page.js" in body
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    status, _, script = _http(server + "static/page.js")
    assert status == 200
    # result values are article text: the page must never parse them as HTML
    assert b"innerHTML" not in script and b"textContent" in script
    status, _, examples = _http(server + "examples.json")
    examples = json.loads(examples)
    assert status == 200 and examples and all({"name", "description", "query"} <= set(e) for e in examples)


def test_examples_on_page_run_on_the_endpoint(server, local):
    from kg.query import run_query

    _, _, examples = _http(server + "examples.json")
    examples = json.loads(examples)
    assert {"who-met-whom", "dyad-timeline"} <= {e["name"] for e in examples}
    for example in examples:
        data = urllib.parse.urlencode({"query": example["query"], "format": "json"}).encode()
        status, _, body = _http(server + "sparql", data=data,
                                headers={"Content-Type": "application/x-www-form-urlencoded"})
        assert status == 200, (example["name"], body)
        answer = json.loads(body)
        expected = run_query(local, example["query"])
        if expected.type == "ASK":
            assert answer["boolean"] == expected.askAnswer, example["name"]
        else:
            assert len(answer["results"]["bindings"]) == len(expected), example["name"]


def test_graph_page(server):
    pytest.importorskip("kg.viz", reason="kg.viz not written yet")
    status, headers, body = _http(server + "graph")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert b"Anna Berg" in body and b"Northern League" in body
    status, _, top2 = _http(server + "graph?top=2")
    assert status == 200 and top2 != body
    status, _, message = _http(server + "graph?top=x")
    assert status == 400 and b"whole number" in message


def test_unknown_page_is_404(server):
    status, _, message = _http(server + "nope")
    assert status == 404 and b"/sparql" in message


# -- time limit (Python API in a thread) ----------------------------------------------

@pytest.mark.parametrize("kind", ["file", "store"])
def test_expensive_query_hits_time_limit(kind, mini_trig, tmp_path):
    from kg.serve import make_server

    # file: rdflib in a forked process, killed at the limit; store: Oxigraph in a thread
    # (best-effort limit: the client gets its 503 on time, the query finishes in the background)
    source = str(mini_trig) if kind == "file" else str(_store_of(mini_trig, tmp_path / "store"))
    httpd = make_server(source, port=0, timeout=0.3, workers=2, quiet=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        started = time.monotonic()
        data = urllib.parse.urlencode({"query": CROSS_JOIN}).encode()
        status, headers, message = _http(httpd.url + "sparql", data=data,
                                         headers={"Content-Type": "application/x-www-form-urlencoded"})
        assert status == 503 and b"time limit of 0.3 s" in message and "Retry-After" in headers
        assert time.monotonic() - started < 5
        # the server is still usable
        status, _, body = _http(httpd.url + "sparql?" + urllib.parse.urlencode({"query": MEETS}),
                                headers={"Accept": "text/csv"})
        assert status == 200 and body.decode().splitlines()[0] == "a,b"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.mark.parametrize("memory, copied", [(None, True), (False, False)])
def test_store_union_is_served_from_memory_unless_refused(memory, copied, mini_trig, tmp_path):
    from kg.serve import make_server

    httpd = make_server(str(_store_of(mini_trig, tmp_path / "store")), port=0, quiet=True,
                        memory=memory)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        health = _wait_health(httpd.url)
        assert health.get("default_graph_in_memory", False) is copied
        # default-graph queries (from the copy when there is one) and GRAPH queries (always
        # from the disk, which holds the article graphs) answer the same as without a copy
        status, _, body = _http(httpd.url + "sparql?" + urllib.parse.urlencode({"query": MEETS}),
                                headers={"Accept": "text/csv"})
        assert status == 200 and body.decode().splitlines() == ["a,b", f"{ENT}Anna_Berg,{ENT}Li_Wen"]
        graphs = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"
        status, _, body = _http(httpd.url + "sparql?" + urllib.parse.urlencode({"query": graphs}),
                                headers={"Accept": "text/csv"})
        assert status == 200
        assert body.decode().splitlines()[1:] == ["http://kg.example.org/graph/a1",
                                                  "http://kg.example.org/graph/a2"]
    finally:
        httpd.shutdown()
        httpd.server_close()


# -- protocol rules without sockets ---------------------------------------------------------

@pytest.mark.parametrize("kind, accept, params, expected", [
    ("select", None, {}, "application/sparql-results+json"),
    ("select", "text/csv", {}, "text/csv"),
    ("select", "application/sparql-results+xml;q=0.5, text/tab-separated-values", {},
     "text/tab-separated-values"),
    ("select", "text/html, */*;q=0.1", {}, "application/sparql-results+json"),
    ("select", "text/csv", {"format": ["xml"]}, "application/sparql-results+xml"),
    ("select", "text/csv", {"format": ["bogus"]}, "text/csv"),
    ("graph", None, {}, "text/turtle"),
    ("graph", "application/ld+json", {}, "application/ld+json"),
    ("graph", "text/csv;q=1, application/n-triples;q=0.5", {}, "application/n-triples"),
    ("graph", "*/*", {"format": ["json-ld", "application/ld+json"]}, "application/ld+json"),
    ("graph", "application/sparql-results+json", {}, "text/turtle"),
])
def test_negotiate(kind, accept, params, expected):
    assert negotiate(kind, accept, params).media_type == expected


def test_extract_query_rules():
    query, params = extract_query("GET", "query=ASK%7B%7D&format=csv", {}, b"")
    assert query == "ASK{}" and params["format"] == ["csv"]
    query, _ = extract_query("POST", "", {"Content-Type": "application/sparql-query; charset=utf-8"},
                             "ASK { ?s ?p 'é' }".encode())
    assert query == "ASK { ?s ?p 'é' }"
    with pytest.raises(ProtocolError) as info:
        extract_query("GET", "query=ASK%7B%7D&query=ASK%7B%7D", {}, b"")
    assert info.value.status == 400
    with pytest.raises(ProtocolError) as info:
        extract_query("POST", "", {"Content-Type": "application/sparql-query"}, b"\xff")
    assert info.value.status == 400 and "UTF-8" in info.value.message


# -- the query page in a real browser -------------------------------------------------------

CHROMIUM = Path("/usr/bin/chromium")


@pytest.mark.browser
def test_query_page_shows_untrusted_text_as_text(server):
    if not CHROMIUM.exists():
        pytest.skip("Chromium not found at /usr/bin/chromium")
    playwright = pytest.importorskip("playwright.sync_api")
    query = PREFIX + "SELECT ?s ?text WHERE { ?s kg:text ?text } ORDER BY ?s"
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM),
                                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        try:
            page = browser.new_page()
            dialogs, problems = [], []
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.on("pageerror", lambda e: problems.append(str(e)))
            # the browser logs the bad query's 400 below as a console error; anything else is a problem
            page.on("console", lambda m: problems.append(m.text)
                    if m.type == "error" and "status of 400" not in m.text else None)
            page.goto(server)
            # (wait_for_function would need eval, which the page's CSP rightly forbids)
            page.wait_for_selector("#examples option:nth-child(2)", state="attached")
            page.fill("#query", query)
            page.click("#run")
            page.wait_for_selector("#results table")
            cells = page.locator("#results td").all_text_contents()
            assert "Berg said Eastavia had attacked Norland's <script>alert('x')</script> border posts." in cells
            assert "art:a1#s0" in cells  # IRIs shortened with kg's prefixes
            assert page.locator("#results script").count() == 0
            assert "5 row(s)" in page.text_content("#status")
            # a bad query shows the parser's message, as text
            page.fill("#query", "SELECT <b>x</b>")
            page.click("#run")
            page.wait_for_selector("#results .error")
            assert "bad SPARQL query" in page.text_content("#results .error")
            assert page.locator("#results b").count() == 0
            assert dialogs == [] and problems == [], (dialogs, problems)
        finally:
            browser.close()
