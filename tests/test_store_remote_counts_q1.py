"""Event counts (kg.store.summary) in a remote store, against a real ``oxigraph serve``:
they follow adds, unchanged re-adds, replacements, removals and raw updates in both
write modes, equal a local store's built from the same extractions, and the shipped
count queries give the same rows on both."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.errors import QueryError
from kg.rdf import content_hash, extraction_to_graph
from kg.store import META_GRAPH, open_store, remote_counts, summary
from kg.store.local import LocalStore
from tests.test_store import article_one, article_two, put
from tests.test_store_remote import oxigraph_server  # noqa: F401 - the server fixture

pytestmark = pytest.mark.slow

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
KG = "http://kg.example.org/ontology#"


# ---------------------------------------------------------------- helpers

def remote_counts_of(store) -> set[tuple[str, str, str]]:
    """The count triples, ranks (and the version and stale markers) of an endpoint's
    bookkeeping graph, as strings."""
    rows = store._select(
        f"SELECT ?s ?p ?o WHERE {{ GRAPH <{META_GRAPH}> {{ ?s ?p ?o }} "
        f"FILTER(STRSTARTS(STR(?p), \"{summary.SUM}\") || STRSTARTS(STR(?p), \"{summary.ACTS}\") "
        f"|| (STRSTARTS(STR(?p), \"{summary.RANK}\") && ?s != <{META_GRAPH}>)) }}")
    return {(r["s"]["value"], r["p"]["value"], r["o"]["value"]) for r in rows}


def local_counts_of(local: LocalStore) -> set[tuple[str, str, str]]:
    """The count triples a local store holds after applying its pending changes."""
    local.flush_counts()
    meta = ox.NamedNode(str(META_GRAPH))
    return {(q.subject.value, q.predicate.value, q.object.value)
            for q in local.native.raw.quads_for_pattern(None, None, None, meta)
            if q.predicate.value.startswith((summary.SUM, summary.ACTS, summary.RANK))}


def recounted(local: LocalStore) -> set[tuple[str, str, str]]:
    """What a full recount of a local store's union gives (summary.count_events)."""
    counts = summary.count_events(local.native.raw, ox.DefaultGraph())
    return {(t.subject.value, t.predicate.value, t.object.value)
            for t in summary.summary_triples(counts) + [summary.version_triple()]}


def same_counts(remote, local) -> None:
    """The remote counts equal the local store's, and both equal a recount; the ranks
    too, once brought up to date as before any count query (has_counts)."""
    expected = local_counts_of(local)
    assert expected == recounted(local)
    assert remote.count_state() == remote_counts.CURRENT
    assert remote.has_counts()
    assert remote_counts_of(remote) == expected


@pytest.fixture(params=["update", "gsp"])
def remote(request, oxigraph_server):  # noqa: F811
    with open_store(oxigraph_server, write=request.param) as store:
        store._update("DROP SILENT ALL")
        yield store


@pytest.fixture
def local():
    with open_store(None) as store:
        yield store


# ---------------------------------------------------------------- small articles

def test_counts_follow_add_unchanged_replace_remove(remote, local):
    assert remote.has_counts()  # an empty endpoint is marked as counted
    for store in (remote, local):
        put(store, article_one())
        put(store, article_two())
    same_counts(remote, local)
    meets = summary.dyad_iri("http://kg.example.org/entity/Barack_Obama", KG + "meets",
                             "http://kg.example.org/entity/Xi_Jinping")
    assert (meets, summary.SUM + "positive", "1") in remote_counts_of(remote)

    before = remote_counts_of(remote)
    assert put(remote, article_one()).status == "unchanged"
    assert remote_counts_of(remote) == before

    for store in (remote, local):  # a changed article: one more event
        assert put(store, article_one(extra=True)).status == "replaced"
    same_counts(remote, local)
    assert ("http://kg.example.org/entity/Barack_Obama", summary.ACTS + "criticizes", "1") \
        in remote_counts_of(remote)
    for store in (remote, local):  # and back: its count and dyad node go
        assert put(store, article_one()).status == "replaced"
    same_counts(remote, local)
    assert not any(p == summary.ACTS + "criticizes" for _, p, _ in remote_counts_of(remote))

    for store in (remote, local):
        assert store.remove_article("a1")
    same_counts(remote, local)
    assert not any(s == meets for s, _, _ in remote_counts_of(remote))
    for store in (remote, local):
        assert store.remove_article("a2")
    assert remote_counts_of(remote) == {tuple(v.value for v in summary.version_triple())}


def test_raw_update_marks_stale_and_is_recounted(remote, local):
    for store in (remote, local):
        put(store, article_one(extra=True))
        put(store, article_two())
    # drop every meeting event from its article graph and from the union
    drop = (f"DELETE {{ GRAPH ?g {{ ?e ?p ?o }} ?e ?p ?o }} WHERE {{ GRAPH ?g {{ ?e <{KG}relation> "
            f"<{KG}meets> ; ?p ?o }} }}")
    for store in (remote, local):
        store.update(drop)
    assert remote.count_state() == remote_counts.STALE
    assert remote.has_counts()  # recounted now
    same_counts(remote, local)
    assert not any(p == summary.ACTS + "meets" for _, p, _ in remote_counts_of(remote))
    # writes after the raw update start from the recount
    for store in (remote, local):
        put(store, article_one())
    same_counts(remote, local)


def test_store_written_without_counts_is_recounted(oxigraph_server, local):  # noqa: F811
    for store in [local]:
        put(store, article_one(extra=True))
        put(store, article_two())
    with open_store(oxigraph_server) as remote:
        remote._update("DROP SILENT ALL")
        put(remote, article_one(extra=True))
        put(remote, article_two())
        # what an older kg leaves: the articles and their bookkeeping, no counts
        remote._update(f"DELETE {{ GRAPH <{META_GRAPH}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH <{META_GRAPH}> "
                       f"{{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?p), \"{summary.SUM}\") || "
                       f"STRSTARTS(STR(?p), \"{summary.ACTS}\") || STRSTARTS(STR(?p), \"{summary.RANK}\")) }}")
    with open_store(oxigraph_server) as remote:
        assert remote.count_state() == remote_counts.UNCOUNTED
        assert remote.has_counts()  # recounted
        same_counts(remote, local)
    # a client with counts off leaves them as they are, marked stale
    with open_store(oxigraph_server, counts=False) as other:
        assert not other.has_counts()
        assert other.remove_article("a2")
    local.remove_article("a2")
    with open_store(oxigraph_server) as remote:
        assert remote.count_state() == remote_counts.STALE
        put(remote, article_two())  # the first write recounts, then changes the counts
        put(local, article_two())
        same_counts(remote, local)


def test_foreign_data_has_no_counts_until_recounted(oxigraph_server):  # noqa: F811
    from kg.query import load_query, run_query

    with open_store(oxigraph_server) as remote:
        remote._update("DROP SILENT ALL")
        remote._update(f"INSERT DATA {{ <urn:e> <{KG}relation> <{KG}attacks> ; <{KG}agent> <urn:a> ; "
                       f"<{KG}target> <urn:b> ; <{KG}polarity> \"positive\" }}")
        assert remote.count_state() == remote_counts.FOREIGN
        assert not remote.has_counts()
        with pytest.raises(QueryError, match="event counts"):
            run_query(remote, load_query("hostile-actors").text)
        assert remote.recount() == 1
        rows = [(str(r.actor), int(r.acts)) for r in run_query(remote, load_query("hostile-actors").text)]
        assert rows == [("urn:a", 1)]


def test_gsp_graph_without_hash_is_not_subtracted(oxigraph_server):  # noqa: F811
    """A Graph Store PUT whose hash never came (a crash) was never counted: removing
    or re-adding that article leaves the counts right."""
    with open_store(oxigraph_server, write="gsp") as remote, open_store(None) as local:
        remote._update("DROP SILENT ALL")
        put(remote, article_two())
        put(local, article_two())
        gid, graph = extraction_to_graph(article_one())
        from kg.store.convert import triples_to_nt

        remote._request("PUT", remote.store_endpoint, params={"graph": str(gid)},
                        data=triples_to_nt(list(graph)).encode(),
                        headers={"Content-Type": "application/n-triples"})
        assert remote.remove_article("a1")
        same_counts(remote, local)
        remote._request("PUT", remote.store_endpoint, params={"graph": str(gid)},
                        data=triples_to_nt(list(graph)).encode(),
                        headers={"Content-Type": "application/n-triples"})
        assert put(remote, article_one()).status == "added"
        put(local, article_one())
        same_counts(remote, local)


def test_delta_updates_without_change_is_nothing():
    key = ("urn:a", KG + "meets", "urn:b", "positive")
    assert remote_counts.delta_updates(Counter()) == ("", [])
    assert remote_counts.delta_updates(Counter({key: 0})) == ("", [])
    shape, ops = remote_counts.delta_updates(Counter({key: -1}))
    # a count that may reach zero: its node may go; meetings: the ranks are out of date
    assert shape == "" and len(ops) == 3 and ops[-1] == remote_counts.ranks_outdated()
    shape, ops = remote_counts.delta_updates(Counter({key: 2, key[:3] + ("uncertain",): 1}))
    assert shape.count(" .\n") == 3 and "uncertain" not in " ".join(ops) and len(ops) == 2
    unranked = ("urn:a", KG + "supports", "urn:b", "positive")  # no rank reads supports
    assert len(remote_counts.delta_updates(Counter({unranked: 1}))[1]) == 1


# ---------------------------------------------------------------- real articles

@pytest.fixture(scope="module")
def example_graphs():
    """(graph IRI, triples, hash) of the example articles, extracted once."""
    from kg.extract import extract_articles
    from kg.ingest import read_articles

    if not any(EXAMPLES.glob("*.json")):
        pytest.skip("no example articles")
    out = []
    for extraction in extract_articles(list(read_articles([str(EXAMPLES)]))):
        gid, graph = extraction_to_graph(extraction)
        out.append((gid, list(graph), content_hash(extraction)))
    return out


def _rows(result) -> list[tuple]:
    return [tuple(str(v) for v in row) for row in result]


def _without_events(triples: list[tuple], relation: str) -> list[tuple]:
    """An article's triples with its events of one relation gone (a changed extraction)."""
    gone = {s for s, p, o in triples if str(p) == KG + "relation" and str(o) == KG + relation}
    return [t for t in triples if t[0] not in gone]


def test_examples_same_counts_and_query_rows_as_local(remote, local, example_graphs):
    from kg.query import load_query, run_query

    for gid, triples, digest in example_graphs:
        for store in (remote, local):
            assert store.put_article(gid, triples, digest).status == "added"
    same_counts(remote, local)
    assert len(remote_counts_of(remote)) > 50

    def compare() -> int:
        """Every shipped count query, same rows remote and local; rows seen."""
        seen = 0
        for name in ("hostile-actors", "meeting-pairs"):
            text = load_query(name).text
            rows = _rows(run_query(remote, text))
            assert rows == _rows(run_query(local, text)), name
            seen += len(rows)
        partners = load_query("hostile-to-partners")
        actors = sorted({str(r[0]) for r in local.query(
            "SELECT DISTINCT ?id WHERE { ?x kg:entityId ?id ; kg:supports|kg:cooperatesWith|kg:meets ?p }")})
        for actor in actors:
            rows = _rows(run_query(remote, partners.text, {"actor": actor}, partners.params))
            assert rows == _rows(run_query(local, partners.text, {"actor": actor}, partners.params)), actor
            seen += len(rows)
        return seen

    assert compare() > 10
    # changed articles: each loses its events of one relation it has
    for gid, triples, digest in example_graphs[:4]:
        relations = sorted({str(o).rsplit("#", 1)[-1] for _, p, o in triples if str(p) == KG + "relation"})
        changed = _without_events(triples, relations[0])
        for store in (remote, local):
            assert store.put_article(gid, changed, digest + "-changed").status == "replaced"
    same_counts(remote, local)
    compare()
    for gid, triples, digest in example_graphs[4:6]:
        article = str(gid).rsplit("/", 1)[-1]
        for store in (remote, local):
            assert store.remove_article(article)
    same_counts(remote, local)
    compare()


def test_cli_build_and_count_queries_remote_equal_local(oxigraph_server, tmp_path, capsys):  # noqa: F811
    """`kg build --store URL` then `kg query URL -n <count query>`: the rows of a store
    directory built from the same articles; `kg remove` keeps them equal."""
    from kg.cli import main

    if not any(EXAMPLES.glob("*.json")):
        pytest.skip("no example articles")
    with open_store(oxigraph_server) as store:
        store._update("DROP SILENT ALL")
    directory = str(tmp_path / "store")

    def both(*args) -> None:
        for spec in (oxigraph_server, directory):
            assert main([*args, "--store", spec]) == 0
        capsys.readouterr()

    def rows(name: str, *params: str) -> tuple[str, str]:
        out = []
        for spec in (oxigraph_server, directory):
            assert main(["query", spec, "-n", name, *params, "-f", "csv"]) == 0
            out.append(capsys.readouterr().out)
        return out[0], out[1]

    both("build", str(EXAMPLES), "--no-progress")
    remote, local = rows("hostile-actors")
    assert remote == local and len(remote.splitlines()) > 3
    remote, local = rows("meeting-pairs")
    assert remote == local and len(remote.splitlines()) > 1
    with open_store(oxigraph_server) as store:
        first = sorted(a for a, _, _ in store.articles())[0]
    both("remove", first)
    assert rows("hostile-actors")[0] == rows("hostile-actors")[1]
    assert rows("meeting-pairs")[0] == rows("meeting-pairs")[1]


def test_recount_command(oxigraph_server, capsys):  # noqa: F811
    from kg.store.remote_counts import main

    with open_store(oxigraph_server) as store:
        store._update("DROP SILENT ALL")
        put(store, article_one(extra=True))
        store._update(f"DROP GRAPH <{META_GRAPH}>")
    assert main([oxigraph_server]) == 0
    assert "counted the events of 2 dyads" in capsys.readouterr().out
    with open_store(oxigraph_server) as store:
        assert store.count_state() == remote_counts.CURRENT
    assert main(["/tmp/not-a-url"]) == 2


def test_write_between_read_and_request_marks_stale(remote, local, oxigraph_server):  # noqa: F811
    """Another client changes the article after this one read its old events: the
    request's guard marks the counts stale, and they are recounted, not left wrong."""
    for store in (remote, local):
        put(store, article_one())
    read = type(remote)._old_events

    def read_then_other_client_writes(self, graph):
        found = read(self, graph)
        with open_store(oxigraph_server, write=self.write) as other:
            put(other, article_one(extra=True))
        return found

    remote._old_events = read_then_other_client_writes.__get__(remote)
    assert remote.remove_article("a1")
    local.remove_article("a1")
    assert remote.count_state() == remote_counts.STALE
    assert remote.has_counts()
    same_counts(remote, local)
    del remote._old_events
    for store in (remote, local):  # an unchanged article in between: no stale marker
        put(store, article_one())
        put(store, article_one(extra=True))
    assert remote.count_state() == remote_counts.CURRENT
    same_counts(remote, local)
