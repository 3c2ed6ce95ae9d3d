"""bench/bench_sparql.py's tuned form of "an actor's acts in one month" (articles of the
window first, the actor's events per article in an OPTIONAL) gives exactly the rows of
the analyst form, in the same order, for busy and empty windows, on the disk store,
its in-memory copy and rdflib."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
NAME = "an actor's acts in one month"
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def engines(tmp_path_factory):
    """The disk store, its in-memory copy and the rdflib Dataset of a small synthetic graph."""
    sys.path.insert(0, str(BENCH))
    try:
        import bench_sparql
    finally:
        sys.path.remove(str(BENCH))
    from kg.graphio import load_graph
    from kg.store import open_store

    work = tmp_path_factory.mktemp("q2")
    store, dump, _ = bench_sparql.build_query_graph(work, 40, "repeat")
    location = store.path
    store.close()
    disk = open_store(location, create=False, read_only=True)
    cached = open_store(location, create=False, read_only=True)
    assert cached.cache_in_memory(max_triples=2**62)
    yield bench_sparql, {"disk": disk, "memory": cached, "rdflib": load_graph(dump)}
    disk.close()
    cached.close()


def _forms(bench_sparql, actor: str, start: str, end: str) -> list[str]:
    """The analyst and the tuned form for another actor (entity IRI) and window."""
    out = []
    for text in (bench_sparql.QUERIES[NAME][1], bench_sparql.TUNED[NAME][1]):
        assert text.count("ent:JPN") == 1 and '"2025-03-01"' in text and '"2025-04-01"' in text
        out.append(text.replace("ent:JPN", f"<{actor}>").replace('"2025-03-01"', f'"{start}"')
                   .replace('"2025-04-01"', f'"{end}"'))
    return out


def _windows(disk) -> list[tuple[str, str, str, int]]:
    """(actor IRI, first day, day after, events) of the three busiest (actor, month)
    pairs, one month with articles but none by that actor, and one with no article."""
    from kg.query import run_query

    rows = run_query(disk, """SELECT ?a ?m (COUNT(?e) AS ?n) WHERE {
        ?e kg:agent ?a ; kg:article ?art . ?art dcterms:date ?d . BIND(SUBSTR(STR(?d), 1, 7) AS ?m)
      } GROUP BY ?a ?m ORDER BY DESC(?n) ?a ?m""")
    counts = [(str(a), str(m), int(n)) for a, m, n in rows]
    busy = counts[:3]
    months = {m for _, m, _ in counts}
    actor = busy[0][0]
    quiet = sorted(m for m in months if not any(a == actor and mm == m for a, mm, _ in counts))

    def window(month: str) -> tuple[str, str]:
        year, mon = map(int, month.split("-"))
        after = f"{year + mon // 12}-{mon % 12 + 1:02d}"
        return f"{month}-01", f"{after}-01"

    out = [(a, *window(m), n) for a, m, n in busy]
    out.append((actor, *window(quiet[0]), 0))
    out.append((actor, "1800-01-01", "1800-02-01", 0))
    return out


def test_tuned_month_form_gives_the_analyst_rows(engines):
    bench_sparql, targets = engines
    from kg.query import run_query

    windows = _windows(targets["disk"])
    assert windows[0][3] >= 3  # the busiest window has several events
    for actor, start, end, events in windows:
        analyst, tuned = _forms(bench_sparql, actor, start, end)
        for engine, target in targets.items():
            expected = [tuple(map(str, r)) for r in run_query(target, analyst)]
            got = [tuple(map(str, r)) for r in run_query(target, tuned)]
            assert got == expected, (engine, actor, start)
            # an event has one article: one row per event of the actor in the window
            assert len(expected) == events, (engine, actor, start)
