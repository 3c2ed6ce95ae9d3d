"""bench/bench_sparql.py on a small synthetic graph: it runs end to end, both engines give
the same rows for every benchmark query, and reusing a kept graph works."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bench_sparql():
    sys.path.insert(0, str(BENCH))
    try:
        import bench_sparql

        yield bench_sparql
    finally:
        sys.path.remove(str(BENCH))


class _Table:
    def __init__(self):
        self.rows = []

    def add(self, what, measured, target="", ok=None):
        self.rows.append((what, measured, target, ok))


def test_five_queries_same_rows_on_both_engines(bench_sparql, tmp_path):
    assert len(bench_sparql.QUERIES) == 5
    table = _Table()
    bench_sparql.bench_queries(table, tmp_path, articles=18, repeats=1)
    rows = {what: measured for what, measured, _, _ in table.rows}
    for name in bench_sparql.QUERIES:
        [found] = [what for what in rows if what.startswith(f"query '{name}'")]
        assert "ROWS DIFFER" not in found, found
        assert "Oxigraph" in rows[found] and "rdflib" in rows[found]
    verdicts = {what: ok for what, _, _, ok in table.rows if ok is not None}
    assert set(verdicts) >= {"median latency over the five queries, Oxigraph store (kg.query.run_query)",
                             "median speed-up Oxigraph vs rdflib in-memory"}
    # a kept graph is reused, not rebuilt
    again = _Table()
    bench_sparql.bench_queries(again, tmp_path, articles=18, repeats=1)
    assert "reused" in again.rows[0][1]
