"""The writer process of a sequential build: extraction, RDF and store writes beside the NLP.

In a sequential build spaCy's parse is about three quarters of an article's time;
resolution + extraction, the RDF graph, its hash and the store write are the rest.
With ``writer="process"`` the build runs that rest here, in a second process fed
with the parsed documents (their token attributes and strings, see
:func:`doc_to_bytes`: about 0.4 ms an article) through a bounded queue, while the
main process parses the next articles. On two idle cores the build then takes
about as long as spaCy alone, at the price of using the second core; on a busy
machine the two processes compete with everything else for the cores.

The writer takes articles in the order they were parsed and writes each one in one
transaction, exactly as the in-process build does, so the graph and the crash
behaviour are the same. An article it cannot build is reported back as one line
and skipped; a store that cannot be written stops the build with its error. It
dies with its parent (``PR_SET_PDEATHSIG`` on Linux; elsewhere it stops at the end of
its input pipe), so a killed build leaves no process holding the store's lock.

The writer is a fresh interpreter (``python -c``) talking over two pipes, not a
``multiprocessing`` child: spawning one re-runs the caller's main script, which
fails in scripts that call :func:`kg.pipeline.build` without an
``if __name__ == "__main__"`` guard.
"""
from __future__ import annotations

import os
import pickle
import queue
import signal
import subprocess
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError, KGError, StoreError
from kg.pipeline.report import BuildReport
from kg.types import Article

__all__ = ["WriterConfig", "WriterProcess", "doc_to_bytes", "doc_from_bytes", "run_writer",
           "child_main", "estimate_input_bytes", "idle_cores", "use_process", "AUTO_PROCESS_BYTES",
           "QUEUE_DOCS", "WRITER_NICE", "MIN_IDLE_CORES"]

#: ``writer="auto"`` starts a writer process when the inputs hold at least this many
#: bytes (about 100 articles) or come from stdin: below that the process's start-up
#: (~1.5 s, hidden only when the main process also loads the model) costs more than it saves.
AUTO_PROCESS_BYTES = 128 * 1024

#: Parsed documents queued for the writer: enough to ride out its start-up while the
#: main process parses (~30 KB each, so a few MB), and a bound, so memory does not grow
#: with the corpus when the writer is slower (a remote store, a loaded machine).
QUEUE_DOCS = 256

#: ``writer="auto"`` wants this many idle cores (of two: one for the writer, and
#: most of one more, since this process is not busy while it looks).
MIN_IDLE_CORES = 1.4

#: How much lower the writer's CPU priority is than the main process's (``nice``).
WRITER_NICE = 5

_POLL_SECONDS = 0.5
_HEADER = 8  # bytes of the length prefix of each pickled frame
_EOF = object()
_READY, _DONE, _SKIP, _FATAL, _BUG, _END = "ready", "done", "skip", "fatal", "bug", "end"


def _array_attrs():
    from spacy.tokens import Doc

    return Doc._get_array_attrs()


def doc_to_bytes(doc) -> bytes:
    """What the main process sends per article: the Doc's token attributes and strings.

    ``Doc.to_bytes`` without the tok2vec tensor (three quarters of its bytes, never read
    by extraction), done in half its time: the strings to send are the distinct
    attribute values found in the vocabulary (one numpy pass) rather than eight
    property lookups per token. Docs with span groups, categories or user data go
    through ``Doc.to_bytes`` whole.
    """
    if doc.spans or doc.cats or doc.user_data:
        return pickle.dumps(("doc", doc.to_bytes(exclude=["tensor"])), protocol=5)
    import numpy

    attrs = _array_attrs()
    body = doc.to_array(attrs)
    strings = doc.vocab.strings
    # columns 0 and 1 are token lengths and spaces; every other value that is a
    # string's hash must travel with it (the writer's vocabulary lacks new words)
    values = numpy.unique(body[:, 2:]).tolist()
    needed = [strings[value] for value in values if value in strings]
    return pickle.dumps(("array", doc.text, attrs, body, needed, doc.has_unknown_spaces),
                        protocol=5)


def doc_from_bytes(data: bytes, vocab):
    """The Doc :func:`doc_to_bytes` packed, on ``vocab`` (the same model's)."""
    from spacy.tokens import Doc

    packed = pickle.loads(data)
    if packed[0] == "doc":
        return Doc(vocab).from_bytes(packed[1], exclude=["tensor"])
    _kind, text, attrs, body, needed, unknown_spaces = packed
    return Doc(vocab).from_dict({"text": text, "array_head": attrs, "array_body": body,
                                 "strings": needed, "has_unknown_spaces": unknown_spaces})


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


def _cpu_times() -> tuple[int, int] | None:
    try:
        with open("/proc/stat", encoding="ascii") as stream:
            fields = [int(x) for x in stream.readline().split()[1:9]]
    except (OSError, ValueError):
        return None
    return fields[3] + fields[4], sum(fields)  # idle + iowait, all


def idle_cores(sample: float = 0.05) -> float | None:
    """How many cores sat idle over the last ``sample`` seconds (Linux); None if unknown."""
    import time

    first = _cpu_times()
    if first is None:
        return None
    time.sleep(sample)
    second = _cpu_times()
    if second is None or second[1] <= first[1]:
        return None
    return (os.cpu_count() or 1) * (second[0] - first[0]) / (second[1] - first[1])


def use_process(inputs) -> bool:
    """What ``writer="auto"`` picks: a writer process for inputs of more than
    :data:`AUTO_PROCESS_BYTES` when a second core is actually free.

    On a machine busy with other work, Linux shares the cores between sessions, so
    the two processes of a build would share one core's worth of time and take
    longer than one process doing everything (measured: bench/README.md).
    """
    if (os.cpu_count() or 1) < 2 or estimate_input_bytes(inputs) < AUTO_PROCESS_BYTES:
        return False
    idle = idle_cores()
    return idle is None or idle >= MIN_IDLE_CORES


# ---------------------------------------------------------------- framing

def _write_frame(stream, obj) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(len(data).to_bytes(_HEADER, "little"))
    stream.write(data)
    stream.flush()


class _FrameReader:
    """Frames from a pipe, read without a buffer so that :meth:`pending` is exact."""

    def __init__(self, fd: int):
        self.fd = fd

    def _exactly(self, size: int) -> bytes | None:
        chunks, left = [], size
        while left:
            chunk = os.read(self.fd, min(left, 1 << 20))
            if not chunk:
                return None
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)

    def read(self):
        """The next object, or ``_EOF`` when the other side has gone."""
        header = self._exactly(_HEADER)
        if header is None:
            return _EOF
        data = self._exactly(int.from_bytes(header, "little"))
        return _EOF if data is None else pickle.loads(data)

    def pending(self) -> bool:
        """Whether a frame (or the end of the pipe) is waiting."""
        import select

        return bool(select.select([self.fd], [], [], 0)[0])

    def close(self) -> None:
        os.close(self.fd)


# ---------------------------------------------------------------- the writer's side

def _die_with_parent() -> None:
    """Ask Linux to SIGKILL this process when the parent dies (a killed build must
    not leave a writer holding the store's lock)."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass


def child_main() -> None:
    """Entry point of the writer interpreter: ``python -c '...child_main()' FD``.

    Frames come in on stdin (the config, then ``(article, doc bytes)`` pairs, then
    None); messages go out on the file descriptor FD.
    """
    # Ctrl-C reaches the whole process group: the main process decides what happens
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()
    try:
        # the parser is the build's critical path and the writer has slack (it needs
        # about half the parser's CPU): on a busy machine, let the parser go first
        os.nice(WRITER_NICE)
    except (OSError, AttributeError):
        pass
    outbox = os.fdopen(int(sys.argv[1]), "wb")
    inbox = _FrameReader(sys.stdin.fileno())
    config = inbox.read()
    if config is _EOF:
        return
    try:
        run_writer(config, inbox, outbox)
    except BrokenPipeError:  # the main process has gone; committed articles stay
        os._exit(1)


def run_writer(config: WriterConfig, inbox, outbox) -> None:
    """Read parsed articles from ``inbox`` until None, write them, report on ``outbox``."""
    target = None
    try:
        from kg.extract import extract_doc
        from kg.nlp import load_nlp
        from kg.pipeline.worker import to_result
        from kg.store import open_store

        target = (open_store(config.store, **config.store_options) if config.store is not None
                  else open_store(None, bookkeeping=False))
        # only the vocabulary is needed to read the Docs back (the strings new to it
        # travel with each Doc), so the gazetteer need not be loaded for it
        vocab = load_nlp(config.model, gazetteer=False).vocab
        _write_frame(outbox, (_READY,))
        report = BuildReport(output=config.output, store=config.store, html=config.html)
        while (item := inbox.read()) is not None:
            if item is _EOF:  # the main process stopped without finishing: no dump
                return
            article, data = item
            try:
                doc = doc_from_bytes(data, vocab)
                extraction = extract_doc(doc, article)
                result = to_result(extraction, with_graph=True)
            except Exception as exc:  # noqa: BLE001 - one bad article must not stop the build
                _write_frame(outbox, (_SKIP, _article_error(article, exc)))
                continue
            put = target.put_article(result.graph_iri, result.triples, result.content_hash)
            setattr(report, put.status, getattr(report, put.status) + 1)
            report.count(extraction)
            _write_frame(outbox, (_DONE, put.status))
            if not inbox.pending():
                # waiting for the parser anyway: a good time for the store's housekeeping
                # (flushing RocksDB's memtables), which the close would otherwise do
                target.idle()
        report.triples = target.quad_count()
        if config.output is not None:
            from kg.pipeline.core import save_store

            save_store(target, config.output, config.out_format)
        if config.html is not None:
            from kg.pipeline.core import _render_html

            _render_html(target, config.html)
        target.close()
        target = None
        _write_frame(outbox, (_END, report))
    except BrokenPipeError:
        raise
    except KGError as exc:
        _write_frame(outbox, (_FATAL, exc))
    except BaseException:  # noqa: BLE001 - a bug: its traceback goes to the main process
        _write_frame(outbox, (_BUG, traceback.format_exc()))
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

_CHILD = "from kg.pipeline.writer import child_main; child_main()"

def _interpreter():
    """Start the writer as a fresh interpreter; (process, stream to it, fd of its messages)."""
    import kg

    env = dict(os.environ)
    # the writer imports the same kg as this process, installed or not
    root = str(Path(kg.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))
    read_fd, write_fd = os.pipe()
    try:
        process = subprocess.Popen([sys.executable, "-c", _CHILD, str(write_fd)],
                                   stdin=subprocess.PIPE, pass_fds=(write_fd,), env=env)
    finally:
        os.close(write_fd)
    return process, process.stdin, read_fd


class WriterProcess:
    """The main process's handle on a writer: send parsed articles, collect the report.

    A feeder thread writes queued frames to the writer's stdin (so the main thread
    only blocks when :data:`QUEUE_DOCS` articles are waiting) and a reader thread
    collects its messages; :meth:`poll` handles them in the main thread.

    Args:
        config: what to open and write.
        on_written: called with "added" / "replaced" / "unchanged" after each article
            is committed (progress bars count written articles, not parsed ones).
        on_skipped: called with the :class:`InputError` of an article the writer could
            not build.
    """

    def __init__(self, config: WriterConfig, *, on_written: Callable[[str], None],
                 on_skipped: Callable[[InputError], None], queue_docs: int = QUEUE_DOCS):
        self._on_written, self._on_skipped = on_written, on_skipped
        self._report: BuildReport | None = None
        self._ended = False
        # not os.fork: RocksDB's background threads are process-wide and do not survive
        # a fork, so a forked writer hangs on its first flush once the parent has used
        # an on-disk store (seen here); a fresh interpreter costs ~1.5 s of CPU instead
        self._process, stream, read_fd = _interpreter()
        self._stream = stream
        self._messages = _FrameReader(read_fd)
        self._outgoing: queue.Queue = queue.Queue(maxsize=queue_docs)
        self._incoming: queue.Queue = queue.Queue()
        self._outgoing.put(config)
        self._threads = [threading.Thread(target=self._feed, name="kg-writer-feed", daemon=True),
                         threading.Thread(target=self._collect, name="kg-writer-read", daemon=True)]
        for thread in self._threads:
            thread.start()

    # threads -------------------------------------------------------------
    def _feed(self) -> None:
        stream = self._stream
        try:
            while (item := self._outgoing.get()) is not _EOF:
                _write_frame(stream, item)
                if item is None:
                    break
        except (BrokenPipeError, OSError, ValueError):
            pass  # the writer has gone; poll() reports why
        finally:
            try:
                stream.close()
            except (BrokenPipeError, OSError):
                pass

    def _collect(self) -> None:
        try:
            while (message := self._messages.read()) is not _EOF:
                self._incoming.put(message)
        except (OSError, EOFError, pickle.UnpicklingError):
            pass
        self._incoming.put((_EOF,))

    # main thread ---------------------------------------------------------
    def send(self, article: Article, data: bytes) -> None:
        """Queue one parsed article (blocks while :data:`QUEUE_DOCS` are waiting)."""
        self._put((article, data))

    def _put(self, item) -> None:
        self.poll()
        while True:
            try:
                self._outgoing.put(item, timeout=_POLL_SECONDS)
                return
            except queue.Full:
                self.poll()
                if self._ended or self._process.poll() is not None:
                    self.poll(timeout=_POLL_SECONDS)  # its last words, if any
                    raise StoreError(self._died())

    def poll(self, timeout: float | None = None) -> None:
        """Handle the writer's messages; wait up to ``timeout`` seconds for the first."""
        while True:
            try:
                message = (self._incoming.get(timeout=timeout) if timeout else
                           self._incoming.get_nowait())
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
            elif kind is _EOF:
                self._ended = True

    def finish(self) -> BuildReport:
        """Tell the writer the input is over; wait for it to write the rest and report."""
        self._put(None)
        while self._report is None and not self._ended:
            self.poll(timeout=_POLL_SECONDS)
        self._process.wait()
        if self._report is None:
            raise StoreError(self._died())
        return self._report

    def _died(self) -> str:
        code = self._process.poll()
        return (f"the kg writer process ended unexpectedly (exit code {code}); the store keeps "
                "the articles written so far: rerun the same command to finish")

    def close(self) -> None:
        """Stop the writer if it is still running (after an error in the main process).

        Articles already committed stay; the one being written, if any, is rolled back.
        """
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()
        while True:  # unblock the feeder whatever it waits for
            try:
                self._outgoing.get_nowait()
            except queue.Empty:
                break
        self._outgoing.put(_EOF)
        for thread in self._threads:
            thread.join(timeout=5)
        self._messages.close()
