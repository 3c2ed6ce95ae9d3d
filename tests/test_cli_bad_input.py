"""Bad input through the real ``kg extract`` command: one clean line per bad file, the
good articles still processed, a summary, exit 0 (1 with --strict), never a traceback."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def _kg(*args: str, stdin: bytes | None = None, cwd: Path | None = None,
        timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], input=stdin, capture_output=True,
                          timeout=timeout, cwd=cwd or REPO)


def _has_extract() -> bool:
    result = _kg("--help", timeout=120)
    return result.returncode == 0 and re.search(rb"^\s+extract\b", result.stdout, re.M) is not None


pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not _has_extract(), reason="`kg extract` is not registered yet"),
]

GOOD = {"id": "good-1", "title": "Leaders meet", "date": "2013-06-04", "source": "Test",
        "text": "President Barack Obama met Chinese President Xi Jinping in California on "
                "Friday. The two leaders discussed cyberattacks and trade."}

# file name -> content; each is bad in exactly one way
BAD_FILES: dict[str, bytes] = {
    "empty.txt": b"",
    "binary.json": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "latin1.txt": "Titre\n\nLe ministre a d\xe9clar\xe9".encode("latin-1"),
    "malformed.json": b'{"title": "x",\n "text": "y",,}',
    "notobject.jsonl": b'["a list", "not an article"]\n',
    "notext.json": json.dumps({"id": "nt", "title": "Only a title"}).encode(),
    "baddate.json": json.dumps(dict(GOOD, id="bd", date="the other day")).encode(),
    "huge.json": json.dumps(dict(GOOD, id="huge", text="word " * 500_000)).encode(),
}
MISSING = "missing-article.json"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("bad-input")
    (folder / "good.json").write_text(json.dumps(GOOD), encoding="utf-8")
    for name, content in BAD_FILES.items():
        (folder / name).write_bytes(content)
    return folder


@pytest.fixture(scope="module")
def run(corpus) -> subprocess.CompletedProcess:
    return _kg("extract", str(corpus), str(corpus / MISSING), cwd=corpus)


def _summary(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert lines, "no output on stderr"
    return lines[-1]


def _counts(summary: str) -> tuple[int, int]:
    """(processed, skipped) from ``kg: processed N articles, skipped M, K facts``."""
    match = re.search(r"processed (\d+) articles?, skipped (\d+)", summary)
    assert match, f"no summary line: {summary!r}"
    return int(match.group(1)), int(match.group(2))


def test_exit_zero_and_no_traceback(run):
    assert "Traceback" not in run.stderr.decode() + run.stdout.decode()
    assert run.returncode == 0, run.stderr.decode()


@pytest.mark.parametrize("name", [*BAD_FILES, MISSING])
def test_one_stderr_line_per_bad_file(run, name):
    lines = [line for line in run.stderr.decode().splitlines() if name in line]
    assert len(lines) == 1, run.stderr.decode()
    assert lines[0].startswith("kg: ")


def test_good_article_still_processed(run):
    assert "good.json" not in run.stderr.decode()
    summary = _summary(run.stderr.decode())
    assert _counts(summary) == (1, len(BAD_FILES) + 1), summary
    out = run.stdout.decode()
    if out.strip():  # facts, if any, belong to the good article only
        ids = {json.loads(line).get("article") for line in out.splitlines() if line.strip()}
        assert ids == {"good-1"}


def test_strict_exits_one(corpus):
    result = _kg("extract", "--strict", str(corpus), cwd=corpus)
    err = result.stderr.decode()
    assert result.returncode == 1, err
    assert "Traceback" not in err + result.stdout.decode()
    assert "malformed.json" in err


def test_strict_with_only_good_input_exits_zero(corpus):
    result = _kg("extract", "--strict", str(corpus / "good.json"), cwd=corpus)
    assert result.returncode == 0, result.stderr.decode()


def test_bad_stdin_line(corpus):
    payload = (json.dumps(GOOD) + "\n{not json\n").encode()
    result = _kg("extract", "-", stdin=payload, cwd=corpus)
    err = result.stderr.decode()
    assert result.returncode == 0, err
    assert "Traceback" not in err
    assert len([line for line in err.splitlines() if "<stdin>:2" in line]) == 1, err


def test_max_bytes_option_reaches_ingest(corpus):
    result = _kg("extract", "--max-bytes", "50", str(corpus / "good.json"), cwd=corpus)
    err = result.stderr.decode()
    assert result.returncode == 0, err
    assert len([line for line in err.splitlines() if "good.json" in line]) == 1, err
    assert "50 bytes" in err
    assert _counts(_summary(err)) == (0, 1)
