"""Ordered, bounded maps of :func:`~kg.pipeline.worker.process_batch` over batches.

Three executors, one interface: ``map_batches(batches) -> Iterator[list[result]]``
yields each batch's results in input order, whatever order workers finish in, so
the writer sees the same sequence of articles for any number of workers. At most
``max_in_flight`` batches are submitted and not yet consumed, which bounds memory
by the batch size rather than by the corpus.
"""
from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Iterator
from functools import partial

from kg.errors import ConfigError
from kg.pipeline.worker import ArticleResult, init_worker, process_batch

__all__ = ["Executor", "InlineExecutor", "PoolExecutor", "DaskExecutor", "make_executor"]


class Executor:
    """Base: runs batches in this process."""

    description = "1 process"

    def __init__(self, model: str | None = None, *, with_graph: bool = True):
        self.model = model
        self.with_graph = with_graph

    def map_batches(self, batches: Iterable[list]) -> Iterator[list[ArticleResult]]:
        for batch in batches:
            yield process_batch(batch, self.model, with_graph=self.with_graph)

    def close(self) -> None:
        """Stop worker processes (if any)."""

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


InlineExecutor = Executor


def _ordered(submit, batches: Iterable[list], max_in_flight: int) -> Iterator[list[ArticleResult]]:
    """Submit batches with at most ``max_in_flight`` pending; yield results in order."""
    pending: deque = deque()
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= max_in_flight:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


class PoolExecutor(Executor):
    """``workers`` spawned processes, each with its own spaCy pipeline."""

    def __init__(self, model: str | None = None, *, workers: int = 2, with_graph: bool = True):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        super().__init__(model, with_graph=with_graph)
        self.workers = workers
        self.description = f"{workers} worker processes"
        # spawn, not fork: the parent may hold RocksDB and progress-bar threads
        self._pool = ProcessPoolExecutor(max_workers=workers,
                                         mp_context=multiprocessing.get_context("spawn"),
                                         initializer=init_worker, initargs=(model,))

    def map_batches(self, batches):
        submit = partial(self._pool.submit, process_batch, model=self.model,
                         with_graph=self.with_graph)
        return _ordered(lambda batch: submit(batch), batches, 2 * self.workers)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


class DaskExecutor(Executor):
    """Batches as Dask tasks: a local cluster (``scheduler="local"``) or a remote scheduler."""

    def __init__(self, model: str | None = None, *, scheduler: str = "local", workers: int = 2,
                 with_graph: bool = True):
        try:
            from distributed import Client, LocalCluster
        except ImportError:  # pragma: no cover - dask[distributed] is a dependency
            raise ConfigError("--dask needs dask.distributed; pip install 'dask[distributed]'") from None
        super().__init__(model, with_graph=with_graph)
        self._cluster = None
        if scheduler == "local":
            self._cluster = LocalCluster(n_workers=max(2, workers), threads_per_worker=1,
                                         processes=True, dashboard_address=None,
                                         silence_logs=logging.ERROR)
            self._client = Client(self._cluster)
            self.description = f"Dask local cluster ({max(2, workers)} worker processes)"
        else:
            if not scheduler.startswith(("tcp://", "tls://", "inproc://", "ucx://")):
                raise ConfigError(f"--scheduler {scheduler!r}: give the scheduler address as "
                                  "tcp://HOST:PORT")
            try:
                self._client = Client(scheduler, timeout="20s")
            except (OSError, TimeoutError) as exc:
                raise ConfigError(f"--scheduler {scheduler}: cannot connect ({exc}); is the "
                                  "dask scheduler running?") from None
            self.description = f"Dask scheduler {scheduler}"
        n = len(self._client.scheduler_info().get("workers", {})) or max(2, workers)
        self._in_flight = 2 * n

    def map_batches(self, batches):
        def submit(batch):
            return self._client.submit(process_batch, batch, self.model,
                                       with_graph=self.with_graph, pure=False)

        return _ordered(submit, batches, self._in_flight)

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()


def make_executor(model: str | None = None, *, workers: int = 1, scheduler: str | None = None,
                  with_graph: bool = True) -> Executor:
    """Pick the executor the options ask for (see ``kg build --help``)."""
    if workers < 1:
        raise ConfigError(f"--workers {workers}: give 1 or more")
    if scheduler:
        return DaskExecutor(model, scheduler=scheduler, workers=workers, with_graph=with_graph)
    if workers > 1:
        return PoolExecutor(model, workers=workers, with_graph=with_graph)
    return Executor(model, with_graph=with_graph)
