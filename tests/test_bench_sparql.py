"""bench/bench_sparql.py on a small synthetic graph: it runs end to end, the three
engines (disk store, union in memory, rdflib) give the same rows for every benchmark
query and for the tuned forms, in both synth modes, and reusing a kept graph works."""
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


@pytest.mark.parametrize("mode", ["repeat", "diverse"])
def test_five_queries_same_rows_on_all_engines(bench_sparql, tmp_path, mode):
    assert len(bench_sparql.QUERIES) == 5
    assert set(bench_sparql.TUNED) <= set(bench_sparql.QUERIES)
    table = _Table()
    bench_sparql.bench_queries(table, tmp_path, articles=18, repeats=1, mode=mode)
    rows = {what: measured for what, measured, _, _ in table.rows}
    assert all(what.startswith(f"[{mode}] ") for what in rows)
    for name in bench_sparql.QUERIES:
        [found] = [what for what in rows if what.startswith(f"[{mode}] query '{name}'")]
        assert "ROWS DIFFER" not in found, found
        assert all(word in rows[found] for word in ("disk", "in memory", "rdflib"))
    for name in bench_sparql.COUNT_FORMS:  # the version-1 count forms, timed beside the ranks
        [found] = [what for what in rows if what.startswith(f"[{mode}] query '{name}'")]
        assert "sorting the counts without ranks" in rows[found]
    tuned = [what for what in rows if "tuned form" in what]
    assert len(tuned) == len(bench_sparql.TUNED) and not any("ROWS DIFFER" in t for t in tuned)
    verdicts = {what for what, _, _, ok in table.rows if ok is not None}
    for where in ("on-disk store", "union graph in memory"):
        assert any(f"median latency over the five queries, {where}" in v for v in verdicts)
        assert any(f"median speed-up, {where} vs rdflib" in v for v in verdicts)
    # a kept graph is reused, not rebuilt
    again = _Table()
    bench_sparql.bench_queries(again, tmp_path, articles=18, repeats=1, mode=mode)
    assert "reused" in again.rows[0][1]


def test_diverse_mode_spreads_actors_and_keeps_repeat_mode(bench_sparql):
    import random

    from synth import MODES, clone, clones

    from kg.types import Article, Entity, Extraction, Fact

    people = [Entity("Ann_Lee", "Ann Lee", "Person"), Entity("Bo_Ray", "Bo Ray", "Person")]
    countries = [Entity("RUS", "Russia", "Country"), Entity("POL", "Poland", "Country")]
    fact = Fact(article="a", sentence="Ann Lee met Bo Ray.", start=0, end=19, subject="Ann Lee",
                subject_id="Ann_Lee", subject_type="Person", predicate="meets", object="Bo Ray",
                object_id="Bo_Ray", object_type="Person")
    attack = Fact(article="a", sentence="Russia attacked Poland.", start=20, end=43,
                  subject="Russia", subject_id="RUS", subject_type="Country", predicate="attacks",
                  object="Poland", object_id="POL", object_type="Country")
    base = Extraction(Article("a", "t", "text", "2024-01-01"), people + countries, [fact, attack])
    assert MODES == ("repeat", "diverse")
    repeat = list(clones([base], 200))
    assert {c.facts[1].subject_id for c in repeat} == {"RUS"}  # countries stay in repeat mode
    assert repeat[0].facts[0].subject_id == clone(base, 0, random.Random(11)).facts[0].subject_id
    diverse = list(clones([base], 200, mode="diverse"))
    subjects = [c.facts[1].subject_id for c in diverse]
    assert len(set(subjects)) > 20  # countries redrawn ...
    assert subjects.count("USA") > subjects.count("POL")  # ... most often the most reported
    for copy in diverse:  # two actors of one story stay two, and the facts follow the entities
        ids = {e.id for e in copy.entities}
        assert len(ids) == 4
        assert {copy.facts[0].subject_id, copy.facts[0].object_id} <= ids
    with pytest.raises(ValueError, match="unknown synth mode"):
        next(clones([base], 1, mode="random"))
