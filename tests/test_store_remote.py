"""The remote store against a real Oxigraph server (``oxigraph serve``) over HTTP:
build into it, query, remove, re-add; both write methods (SPARQL Update, GSP PUT)."""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.errors import StoreError
from kg.namespaces import ENT
from kg.rdf import content_hash
from kg.store import open_store
from kg.store.remote import resolve_endpoints
from tests.test_store import article_one, article_two, put, union

pytestmark = pytest.mark.slow


def _oxigraph_cli() -> str | None:
    beside = Path(sys.executable).with_name("oxigraph")
    return str(beside) if beside.exists() else shutil.which("oxigraph")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory):
    cli = _oxigraph_cli()
    if cli is None:
        pytest.skip("the oxigraph server CLI (pip install oxigraph) is not installed")
    port = _free_port()
    location = tmp_path_factory.mktemp("oxigraph")
    process = subprocess.Popen([cli, "serve", "--location", str(location), "--bind",
                                f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            if process.poll() is not None:
                pytest.fail(f"oxigraph serve exited: {process.stderr.read().decode()[:500]}")
            time.sleep(0.1)
    else:
        process.kill()
        pytest.fail("oxigraph serve did not start listening within 30 s")
    try:
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(params=["update", "gsp"])
def remote(request, oxigraph_server):
    with open_store(oxigraph_server, write=request.param) as store:
        store.update("DROP SILENT ALL")
        yield store


def test_endpoints_are_guessed_from_the_url():
    assert resolve_endpoints("http://h:7878") == {
        "query": "http://h:7878/query", "update": "http://h:7878/update",
        "store": "http://h:7878/store", "flavour": "oxigraph"}
    fuseki = resolve_endpoints("http://h:3030/ds")
    assert (fuseki["query"], fuseki["update"], fuseki["store"]) == (
        "http://h:3030/ds/query", "http://h:3030/ds/update", "http://h:3030/ds/data")
    assert resolve_endpoints("http://h:3030/ds/sparql")["query"] == "http://h:3030/ds/sparql"
    assert resolve_endpoints("http://h:7878/query")["update"] == "http://h:7878/update"


def test_remote_put_query_remove_readd(remote):
    assert put(remote, article_one()).status == "added"
    assert put(remote, article_two()).status == "added"
    assert put(remote, article_one()).status == "unchanged"
    assert remote.article_hash("a2") == content_hash(article_two())
    # queries without GRAPH see the union of the article graphs
    rows = remote.query("SELECT ?b WHERE { ent:Barack_Obama kg:meets ?b }")
    assert [str(r.b) for r in rows] == [str(ENT.Xi_Jinping)]
    with open_store(None) as local:
        put(local, article_one())
        put(local, article_two())
        assert set(remote.dataset().triples((None, None, None))) == union(local)

    labels = remote.query("SELECT (COUNT(*) AS ?n) WHERE { ent:Barack_Obama rdfs:label ?l }")
    assert int(next(iter(labels)).n) == 1  # the union counts a shared triple once
    assert put(remote, article_one(extra=True)).status == "replaced"
    assert remote.query("ASK { ent:Barack_Obama kg:criticizes ent:Xi_Jinping }").askAnswer
    assert remote.remove_article("a1") is True
    assert remote.remove_article("a1") is False
    assert not remote.query("ASK { ?x kg:meets ?y }").askAnswer
    people = {str(r.e) for r in remote.query("SELECT DISTINCT ?e WHERE { ?e a kg:Person }")}
    assert people == {str(ENT.Barack_Obama)}
    assert put(remote, article_one()).status == "added"  # re-add after removal
    assert remote.query("ASK { ?x kg:meets ?y }").askAnswer
    assert sorted(a for a, _, _ in remote.articles()) == ["a1", "a2"]


def test_cli_build_query_remove_against_server(oxigraph_server, tmp_path):
    """kg build/remove --store URL and kg.graphio-style reads over HTTP, end to end."""
    from kg.cli import main

    with open_store(oxigraph_server) as store:
        store.update("DROP SILENT ALL")
    examples = Path(__file__).resolve().parent.parent / "examples"
    if not any(examples.glob("*.json")):
        pytest.skip("no example articles")
    assert main(["build", str(examples), "--store", oxigraph_server, "--no-progress"]) == 0
    with open_store(oxigraph_server) as store:
        ids = sorted(a for a, _, _ in store.articles())
        assert len(ids) >= 5
        before = store.quad_count()
        assert main(["build", str(examples), "--store", oxigraph_server, "--no-progress"]) == 0
        assert store.quad_count() == before  # rebuild: all unchanged, no duplicates
        assert main(["remove", ids[0], "--store", oxigraph_server]) == 0
        assert ids[0] not in {a for a, _, _ in store.articles()}
        assert main(["remove", ids[0], "--store", oxigraph_server]) == 1
        assert main(["build", str(examples), "--store", oxigraph_server, "--no-progress"]) == 0
        assert store.quad_count() == before


def test_unreachable_endpoint_is_a_store_error():
    with open_store(f"http://127.0.0.1:{_free_port()}") as store:
        with pytest.raises(StoreError, match="cannot reach"):
            store.article_hash("a1")


# ---------------------------------------------------------------- reads without a full copy

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "mini.trig"


@pytest.fixture
def mini_remote(oxigraph_server, monkeypatch):
    """The mini fixture in the server; a full copy (``dataset()``) is made to fail so that
    a test passes only if its reads go through queries on the endpoint."""
    from kg.graphio import load_graph
    from kg.store.remote import RemoteStore

    mini = load_graph(str(FIXTURE))
    with open_store(oxigraph_server) as store:
        store.update("DROP SILENT ALL")
        for graph in mini.graphs():
            if len(graph):
                store.put_article(graph.identifier, graph, str(graph.identifier))

    def no_copy(self):
        raise AssertionError("a full copy of the endpoint was fetched")

    monkeypatch.setattr(RemoteStore, "dataset", no_copy)
    return oxigraph_server, mini


def _cli(args, capsys) -> str:
    from kg.cli import main

    code = main(args)
    out = capsys.readouterr()
    assert code == 0, out.err
    return out.out


def test_query_stats_validate_query_the_endpoint(mini_remote, capsys):
    url, _ = mini_remote
    out = _cli(["query", url, "-n", "who-met-whom", "-f", "csv"], capsys)
    assert out.splitlines()[1] == "Anna Berg,meets,Li Wen,asserted,2024-03-05,Geneva,a1"
    local = _cli(["stats", str(FIXTURE), "-f", "json"], capsys)
    assert _cli(["stats", url, "-f", "json"], capsys) == local
    assert "Conforms: True" in _cli(["validate", url], capsys)
    # the endpoint holds kg's bookkeeping graph too; kg's queries never list it
    graphs = _cli(["query", url, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g",
                   "-f", "csv"], capsys)
    assert graphs.split() == ["g", "http://kg.example.org/graph/a1", "http://kg.example.org/graph/a2"]


@pytest.mark.parametrize("args", [
    ["centrality", "--kind", "pagerank", "--format", "json"],
    ["communities", "--format", "json"],
    ["dyad", "Norland", "Eastavia", "--format", "json"],
    ["ego", "Eastavia", "--radius", "2", "--format", "json"],
])
def test_analyze_over_http_matches_the_file(mini_remote, capsys, args):
    url, _ = mini_remote
    assert _cli(["analyze", url, *args], capsys) == _cli(["analyze", str(FIXTURE), *args], capsys)


def test_viz_over_http_draws_what_the_file_draws(mini_remote, tmp_path, capsys):
    import networkx as nx

    from kg.network import to_networkx
    from kg.store.remote import RemoteStore
    from kg.store.view import analysis_dataset

    url, mini = mini_remote
    with RemoteStore(url) as store:
        fetched = to_networkx(analysis_dataset(store))
    expected = to_networkx(mini)
    assert nx.utils.graphs_equal(fetched, expected)  # nodes, edges and every attribute
    _cli(["viz", url, "-o", str(tmp_path / "remote.html")], capsys)
    _cli(["viz", str(FIXTURE), "-o", str(tmp_path / "file.html")], capsys)
    assert (tmp_path / "remote.html").read_text() == (tmp_path / "file.html").read_text()


def test_full_copy_skips_the_union_and_bookkeeping(oxigraph_server):
    from kg.graphio import load_graph

    mini = load_graph(str(FIXTURE))
    with open_store(oxigraph_server) as store:
        store.update("DROP SILENT ALL")
        for graph in mini.graphs():
            if len(graph):
                store.put_article(graph.identifier, graph, str(graph.identifier))
        copy = store.dataset()
        names = {str(g.identifier) for g in copy.graphs() if len(g)}
        assert names == {str(g.identifier) for g in mini.graphs() if len(g)}
        assert set(copy.quads((None, None, None, None))) == set(mini.quads((None, None, None, None)))
        assert set(store.union_graph()) == set(mini.triples((None, None, None)))
