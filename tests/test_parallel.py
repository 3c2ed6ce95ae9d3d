"""The graph is the same whatever the parallelism: 1 process, a 2-process pool,
and a real Dask LocalCluster (2 worker processes)."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset

from kg.pipeline import build, extract

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
DEV = REPO.parent / "shared" / "eval" / "dev"


@pytest.fixture(scope="module")
def inputs():
    if not any(EXAMPLES.glob("*.json")):
        pytest.skip("no example articles")
    found = [str(EXAMPLES)] + [str(p) for p in sorted(DEV.glob("*.article.json"))[:6]]
    return found


def _quads(path: Path) -> set:
    ds = Dataset()
    ds.parse(path, format="nquads")
    return set(ds.quads((None, None, None, None)))


@pytest.fixture(scope="module")
def sequential(inputs, tmp_path_factory):
    out = tmp_path_factory.mktemp("seq") / "g.nq"
    report = build(inputs, out, workers=1, batch_size=3)
    return report, _quads(out)


@pytest.mark.parametrize("options", [{"workers": 2}, {"scheduler": "local", "workers": 2}],
                         ids=["pool-2", "dask-local"])
def test_parallel_build_equals_sequential(inputs, sequential, tmp_path, options):
    report, expected = sequential
    out = tmp_path / "g.nq"
    parallel = build(inputs, out, batch_size=3, **options)
    assert parallel.articles == report.articles
    assert parallel.facts_by_relation == report.facts_by_relation
    assert parallel.entities_by_type == report.entities_by_type
    assert _quads(out) == expected  # no blank nodes: equal quad sets = isomorphic


def test_parallel_extract_keeps_input_order(inputs):
    sequential = [e.article.id for e in extract(inputs, batch_size=2)]
    parallel = [e.article.id for e in extract(inputs, workers=2, batch_size=2)]
    assert parallel == sequential and len(sequential) >= 6


def test_dask_store_build_is_incremental(inputs, tmp_path):
    store = tmp_path / "store"
    first = build(inputs[:1], store=store, scheduler="local", batch_size=2)
    again = build(inputs[:1], store=store, workers=2, batch_size=2)
    assert first.added == again.unchanged == first.articles


def test_build_on_a_running_dask_scheduler(inputs, sequential, tmp_path):
    """--scheduler tcp://HOST:PORT: connect to an existing cluster (here a local one)."""
    import logging

    from distributed import LocalCluster

    report, expected = sequential
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=logging.ERROR) as cluster:
        address = cluster.scheduler_address
        assert address.startswith("tcp://")
        out = tmp_path / "g.nq"
        remote = build(inputs, out, scheduler=address, batch_size=4)
    assert remote.facts_by_relation == report.facts_by_relation
    assert _quads(out) == expected


def test_bad_scheduler_address_is_a_config_error(inputs, tmp_path):
    from kg.errors import ConfigError

    with pytest.raises(ConfigError, match="tcp://HOST:PORT"):
        build(inputs, tmp_path / "g.nq", scheduler="localhost:8786")
