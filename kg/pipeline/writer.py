"""The writer process of a sequential build: extraction, RDF and store writes beside the NLP.

In a sequential build spaCy's parse is about three quarters of an article's time;
resolution + extraction, the RDF graph, its hash and the store write are the rest.
With ``writer="process"`` the build runs that rest here, in a second process fed
with the parsed documents (``Doc.to_bytes`` without the tok2vec tensor, about
0.6 ms an article) through a bounded queue, while the main process parses the next
articles. On two cores the build then takes about as long as spaCy alone, at the
price of using the second core.

The writer takes articles in the order they were parsed and writes each one in one
transaction, exactly as the in-process build does, so the graph and the crash
behaviour are the same. An article it cannot build is reported back as one line
and skipped; a store that cannot be written stops the build with its error. It
dies with its parent (``PR_SET_PDEATHSIG`` on Linux, a parent check elsewhere), so
a killed build leaves no process holding the store's lock.
"""
from __future__ import annotations

import os
import queue
import signal
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError, KGError, StoreError
from kg.pipeline.report import BuildReport
from kg.types import Article

__all__ = ["WriterConfig", "WriterProcess", "doc_to_bytes", "run_writer", "estimate_input_bytes",
           "AUTO_PROCESS_BYTES"]

#: ``writer="auto"`` starts a writer process when the inputs hold at least this many
#: bytes (about 100 articles) or come from stdin: below that the process's start-up
#: (~1.5 s, hidden only when the main process also loads the model) costs more than it saves.
AUTO_PROCESS_BYTES = 128 * 1024

#: Parsed documents queued for the writer: enough to ride out its start-up while the
#: main process parses (~30 KB each, so a few MB), and a bound, so memory does not grow
#: with the corpus when the writer is slower (a remote store, a loaded machine).
QUEUE_DOCS = 256

# tok2vec's output is three quarters of a Doc's bytes and extraction never reads it
_DOC_EXCLUDE = ("tensor",)
_POLL_SECONDS = 0.5
_READY, _DONE, _SKIP, _FATAL, _BUG, _END = "ready", "done", "skip", "fatal", "bug", "end"


def doc_to_bytes(doc) -> bytes:
    """What the main process sends per article: the Doc without its tensor."""
    return doc.to_bytes(exclude=list(_DOC_EXCLUDE))


@dataclass(frozen=True)
class WriterConfig:
    """Everything the writer needs to open its target and finish the build (picklable)."""

    model: str | None = None
    store: str | None = None
    store_options: dict = field(default_factory=dict)
    output: str | None = None
    out_format: str | None = None
    html: str | None = None


def estimate_input_bytes(inputs, limit: int = AUTO_PROCESS_BYTES) -> int:
    """Bytes of article files under ``inputs``, counted up to ``limit`` (stdin counts as ``limit``)."""
    from kg.ingest import ARTICLE_SUFFIXES

    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    total = 0
    for spec in inputs:
        if str(spec) == "-":
            return limit
        path = Path(spec)
        try:
            if path.is_file():
                total += path.stat().st_size
            elif path.is_dir():
                for root, _dirs, files in os.walk(path):
                    for name in files:
                        if name.lower().endswith(ARTICLE_SUFFIXES):
                            total += os.stat(os.path.join(root, name)).st_size
                            if total >= limit:
                                return total
        except OSError:
            continue  # ingest reports unreadable inputs with their fix
        if total >= limit:
            return total
    return total


# ---------------------------------------------------------------- the writer's side

def _die_with_parent(parent: int) -> None:
    """Ask Linux to SIGKILL this process when the parent dies (a killed build must
    not leave a writer holding the store's lock)."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # died before the request took effect
        os._exit(1)


def _next(inbox, parent: int):
    while True:
        try:
            return inbox.get(timeout=_POLL_SECONDS)
        except queue.Empty:
            if os.getppid() != parent:  # orphaned (no PDEATHSIG on this platform)
                os._exit(1)


def run_writer(config: WriterConfig, inbox, outbox, parent: int) -> None:
    """The writer process's main loop (a module-level function, so spawn can start it)."""
    # Ctrl-C reaches the whole process group: the main process decides what happens
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent(parent)
    target = None
    try:
        from spacy.tokens import Doc

        from kg.extract import extract_doc
        from kg.nlp import load_nlp
        from kg.pipeline.worker import to_result
        from kg.store import open_store

        # only the vocabulary is needed to read the Docs back; the gazetteer is not
        vocab = load_nlp(config.model, gazetteer=False).vocab
        target = (open_store(config.store, **config.store_options) if config.store is not None
                  else open_store(None, bookkeeping=False))
        outbox.put((_READY,))
        report = BuildReport(output=config.output, store=config.store, html=config.html)
        while (item := _next(inbox, parent)) is not None:
            article, data = item
            try:
                doc = Doc(vocab).from_bytes(data, exclude=list(_DOC_EXCLUDE))
                extraction = extract_doc(doc, article)
                result = to_result(extraction, with_graph=True)
            except Exception as exc:  # noqa: BLE001 - one bad article must not stop the build
                outbox.put((_SKIP, _article_error(article, exc)))
                continue
            put = target.put_article(result.graph_iri, result.triples, result.content_hash)
            setattr(report, put.status, getattr(report, put.status) + 1)
            report.count(extraction)
            outbox.put((_DONE, put.status))
        report.triples = target.quad_count()
        if config.output is not None:
            from kg.pipeline.core import save_store

            save_store(target, config.output, config.out_format)
        if config.html is not None:
            from kg.pipeline.core import _render_html

            _render_html(target, config.html)
        target.close()
        target = None
        outbox.put((_END, report))
    except KGError as exc:
        outbox.put((_FATAL, exc))
    except BaseException:  # noqa: BLE001 - a bug: its traceback goes to the main process
        outbox.put((_BUG, traceback.format_exc()))
    finally:
        if target is not None:
            try:
                target.close()
            except Exception:  # noqa: BLE001 - already failing; keep the first error
                pass


def _article_error(article: Article, exc: Exception) -> InputError:
    what = str(exc).splitlines()[0][:300] if str(exc) else type(exc).__name__
    return InputError(f"cannot build the graph of article {article.id!r} ({what}); it is left "
                      "out and the build goes on (please report it with the article)",
                      article.origin or article.id)


# ---------------------------------------------------------------- the main process's side

class WriterProcess:
    """The main process's handle on a writer: send parsed articles, collect the report.

    Args:
        config: what to open and write.
        on_written: called with "added" / "replaced" / "unchanged" after each article
            is committed (progress bars count written articles, not parsed ones).
        on_skipped: called with the :class:`InputError` of an article the writer could
            not build.
    """

    def __init__(self, config: WriterConfig, *, on_written: Callable[[str], None],
                 on_skipped: Callable[[InputError], None], queue_docs: int = QUEUE_DOCS):
        import multiprocessing

        # spawn, not fork: the parent may hold threads (progress bars, Dask, RocksDB)
        context = multiprocessing.get_context("spawn")
        self._inbox = context.Queue(maxsize=queue_docs)
        self._outbox = context.Queue()
        self._on_written, self._on_skipped = on_written, on_skipped
        self._report: BuildReport | None = None
        self._process = context.Process(target=run_writer, name="kg-writer", daemon=True,
                                        args=(config, self._inbox, self._outbox, os.getpid()))
        self._process.start()

    def send(self, article: Article, data: bytes) -> None:
        """Queue one parsed article (blocks while the queue is full)."""
        self.poll()
        while True:
            try:
                self._inbox.put((article, data), timeout=_POLL_SECONDS)
                return
            except queue.Full:
                self._check_alive()

    def poll(self, timeout: float | None = None) -> None:
        """Handle the writer's messages; wait up to ``timeout`` seconds for the first."""
        while True:
            try:
                message = (self._outbox.get(timeout=timeout) if timeout else
                           self._outbox.get_nowait())
            except queue.Empty:
                return
            timeout = None
            kind = message[0]
            if kind == _DONE:
                self._on_written(message[1])
            elif kind == _SKIP:
                self._on_skipped(message[1])
            elif kind == _END:
                self._report = message[1]
            elif kind == _FATAL:
                raise message[1]
            elif kind == _BUG:
                raise RuntimeError(f"the kg writer process failed:\n{message[1]}")

    def finish(self) -> BuildReport:
        """Tell the writer the input is over; wait for it to write the rest and report."""
        while True:
            try:
                self._inbox.put(None, timeout=_POLL_SECONDS)
                break
            except queue.Full:
                self.poll()
                self._check_alive()
        while self._report is None:
            self.poll(timeout=_POLL_SECONDS)
            if self._report is None and not self._process.is_alive():
                self.poll()  # messages sent just before it ended
                if self._report is None:
                    raise StoreError(self._died())
        self._process.join()
        return self._report

    def _check_alive(self) -> None:
        if not self._process.is_alive():
            self.poll()  # raises the writer's own error when it sent one
            raise StoreError(self._died())

    def _died(self) -> str:
        return (f"the kg writer process ended unexpectedly (exit code {self._process.exitcode}); "
                "the store holds the articles written so far: rerun the same command to finish")

    def close(self) -> None:
        """Stop the writer if it is still running (after an error in the main process).

        Articles already committed stay; the one being written, if any, is rolled back.
        """
        if self._process.is_alive():
            self._process.kill()
        self._process.join()
        self._inbox.cancel_join_thread()  # its reader is gone: do not wait to flush at exit
        self._inbox.close()
        self._outbox.close()
