"""kg.ingest: every input format, every kind of bad input, stable ids, streaming, stdin."""
from __future__ import annotations

import gzip
import hashlib
import inspect
import io
import json
import os
import sys
import time
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import IngestStats, article_id, parse_date, read_articles

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
EVAL_DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "dev"

GOOD = {"id": "a1", "title": "Leaders meet", "date": "2013-06-04", "source": "Wire",
        "url": "https://example.org/a1", "text": "President Obama met Xi Jinping on Tuesday."}


def read(inputs, **kwargs):
    """Read everything; return (articles, errors, stats)."""
    errors: list[InputError] = []
    stats = IngestStats()
    articles = list(read_articles(inputs, report=errors.append, stats=stats, **kwargs))
    return articles, errors, stats


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


# ---------------------------------------------------------------- formats

def test_json_single_object(tmp_path):
    path = write(tmp_path / "a.json", json.dumps(GOOD))
    (article,), errors, stats = read([path])
    assert errors == []
    assert (article.id, article.title, article.date, article.source, article.url) == (
        "a1", "Leaders meet", "2013-06-04", "Wire", "https://example.org/a1")
    assert article.text == GOOD["text"]
    assert article.origin == str(path)
    assert (stats.read, stats.skipped, stats.files) == (1, 0, 1)


def test_json_list_gives_each_item_its_line(tmp_path):
    items = [dict(GOOD, id=f"a{i}") for i in range(3)]
    path = write(tmp_path / "list.json", json.dumps(items, indent=1))
    articles, errors, _ = read([path])
    assert [a.id for a in articles] == ["a0", "a1", "a2"]
    lines = path.read_text().splitlines()
    for article in articles:
        line = int(article.origin.rsplit(":", 1)[1])
        assert lines[line - 1].strip() == "{"  # the line where the object starts
    assert errors == []


def test_jsonl_one_article_per_line_blank_lines_ignored(tmp_path):
    rows = [json.dumps(dict(GOOD, id=f"x{i}")) for i in range(3)]
    path = write(tmp_path / "a.jsonl", rows[0] + "\n\n" + rows[1] + "\n" + rows[2] + "\n")
    articles, errors, _ = read([path])
    assert [(a.id, a.origin) for a in articles] == [
        ("x0", f"{path}:1"), ("x1", f"{path}:3"), ("x2", f"{path}:4")]
    assert errors == []


def test_txt_with_headers(tmp_path):
    path = write(tmp_path / "a.txt", "Leaders meet in Geneva\ndate: June 4, 2013\n"
                 "Source: Example Wire\nurl: https://example.org/x\nid: geneva-1\n\n"
                 "First paragraph.\n\nSecond paragraph.\n")
    (article,), errors, _ = read([path])
    assert errors == []
    assert article.title == "Leaders meet in Geneva"
    assert (article.id, article.date, article.source, article.url) == (
        "geneva-1", "2013-06-04", "Example Wire", "https://example.org/x")
    assert article.text == "First paragraph.\n\nSecond paragraph."


def test_txt_without_headers_or_blank_line(tmp_path):
    path = write(tmp_path / "b.txt", "A title\nThe text starts right away.\r\nSecond line.\r\n")
    (article,), errors, _ = read([path])
    assert (article.title, article.text, article.date) == (
        "A title", "The text starts right away.\nSecond line.", None)
    assert article.id == article_id(article.text)


def test_txt_long_first_line_is_text_not_title(tmp_path):
    body = "word " * 100
    (article,), _, _ = read([write(tmp_path / "c.txt", body)])
    assert article.title == "" and article.text == body.strip()


def test_field_aliases(tmp_path):
    path = write(tmp_path / "a.json", json.dumps({
        "headline": "H", "body": "Some body text.", "published": "2020-06-18T08:00:00-05:00",
        "link": "https://example.org/h", "publisher": "P"}))
    (article,), _, _ = read([path])
    assert (article.title, article.text, article.date, article.url, article.source) == (
        "H", "Some body text.", "2020-06-18", "https://example.org/h", "P")


def test_gzip_jsonl(tmp_path):
    path = tmp_path / "a.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write(json.dumps(GOOD) + "\n")
    (article,), errors, _ = read([path])
    assert article.id == "a1" and errors == []


def test_folder_recursive_sorted_known_extensions_only(tmp_path):
    write(tmp_path / "b" / "2.json", json.dumps(dict(GOOD, id="b2")))
    write(tmp_path / "b" / "1.txt", "T\n\nText b1.")
    write(tmp_path / "a.jsonl", json.dumps(dict(GOOD, id="a")) + "\n")
    write(tmp_path / "notes.md", "# not an article")
    write(tmp_path / "data.csv", "a,b")
    write(tmp_path / ".hidden" / "x.json", json.dumps(dict(GOOD, id="hidden")))
    articles, errors, stats = read([tmp_path])
    assert [a.id for a in articles] == ["a", article_id("Text b1."), "b2"]
    assert errors == [] and stats.files == 3


def test_several_inputs_in_order(tmp_path):
    one = write(tmp_path / "1.json", json.dumps(dict(GOOD, id="one")))
    two = write(tmp_path / "2.txt", "T\n\nOther text.")
    articles, _, _ = read([two, one])
    assert [a.id for a in articles][1] == "one"


def test_single_path_argument(tmp_path):
    path = write(tmp_path / "a.json", json.dumps(GOOD))
    articles, _, _ = read(str(path))
    assert len(articles) == 1


def test_examples_folder_reads_cleanly():
    articles, errors, _ = read([EXAMPLES])
    assert errors == []
    assert len(articles) >= 6
    assert all(a.date and a.title and 150 <= len(a.text.split()) <= 350 for a in articles)


@pytest.mark.skipif(not EVAL_DEV.is_dir(), reason="eval set not present")
def test_eval_articles_read():
    paths = sorted(EVAL_DEV.glob("*.article.json"))
    articles, errors, _ = read(paths)
    assert errors == [] and len(articles) == len(paths)
    assert all(a.id == p.name.removesuffix(".article.json") for a, p in zip(articles, paths))


# ---------------------------------------------------------------- ids and dates

def test_missing_id_is_stable_hash_of_text(tmp_path):
    text = "The same text."
    expected = "a-" + hashlib.sha1(text.encode()).hexdigest()[:12]
    path = write(tmp_path / "a.json", json.dumps({"title": "t", "text": text}))
    (article,), _, _ = read([path])
    assert article.id == expected == article_id(text)
    other = write(tmp_path / "b.json", json.dumps({"title": "t", "text": text + "!"}))
    assert read([other])[0][0].id != expected


def test_numeric_id_becomes_string(tmp_path):
    path = write(tmp_path / "a.json", json.dumps(dict(GOOD, id=42)))
    assert read([path])[0][0].id == "42"


def test_duplicate_id_keeps_first_reports_second(tmp_path):
    path = write(tmp_path / "a.jsonl", "\n".join(
        json.dumps(dict(GOOD, text=t)) for t in ("first", "second", "third")) + "\n")
    write(tmp_path / "b.jsonl", json.dumps(dict(GOOD, id="other")) + "\n")
    articles, errors, stats = read([path])
    assert [a.text for a in articles] == ["first"]
    assert len(errors) == 2 and "duplicate article id 'a1'" in str(errors[0])
    assert errors[0].origin == f"{path}:2" and "read earlier" in str(errors[0])
    assert (stats.read, stats.skipped) == (1, 2)


def test_identical_texts_without_id_are_duplicates(tmp_path):
    path = write(tmp_path / "a.jsonl", '{"text": "same"}\n{"text": "same"}\n')
    articles, errors, _ = read([path])
    assert len(articles) == 1 and len(errors) == 1


@pytest.mark.parametrize("value, expected", [
    ("2013-06-04", "2013-06-04"),
    ("2013-06-04T10:00:00Z", "2013-06-04"),
    ("2013-06-04T23:30:00-05:00", "2013-06-04"),  # the date as printed, not UTC
    ("2013-06-04 10:00", "2013-06-04"),
    ("June 4, 2013", "2013-06-04"),
    ("Jun 4, 2013", "2013-06-04"),
    ("4 June 2013", "2013-06-04"),
    ("2013/06/04", "2013-06-04"),
    ("20130604", "2013-06-04"),
    ("Tue, 04 Jun 2013 10:00:00 GMT", "2013-06-04"),
    ("Tuesday, June 4, 2013", "2013-06-04"),
    ("  2013-06-04  ", "2013-06-04"),
    ("2013-02-30", None),
    ("yesterday", None),
    ("June 2013", None),
    ("not a date", None),
    ("", None),
    (None, None),
    (20130604, None),
])
def test_parse_date(value, expected):
    assert parse_date(value) == expected


# ---------------------------------------------------------------- bad input

def one_error(inputs, **kwargs) -> tuple[list, InputError]:
    articles, errors, stats = read(inputs, **kwargs)
    assert len(errors) == 1, errors
    assert stats.skipped == 1 and stats.errors == errors
    message = str(errors[0])
    assert "\n" not in message and ";" in message  # one line: what is wrong; what to do
    return articles, errors[0]


def test_missing_path(tmp_path):
    _, error = one_error([tmp_path / "nope.json"])
    assert "no such file" in str(error) and str(tmp_path / "nope.json") in str(error)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file(tmp_path):
    path = write(tmp_path / "secret.json", json.dumps(GOOD))
    path.chmod(0)
    _, error = one_error([path])
    assert "cannot open" in str(error)


def test_file_that_cannot_be_opened(tmp_path, monkeypatch):
    # the permission test above is skipped as root; simulate the same OSError
    import kg.ingest

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(kg.ingest, "open", refuse, raising=False)
    path = write(tmp_path / "a.json", json.dumps(GOOD))
    _, error = one_error([path])
    assert "cannot open the file (Permission denied)" in str(error)


def test_truncated_gzip(tmp_path):
    lines = "".join(json.dumps(dict(GOOD, id=f"g{i}", text=os.urandom(40).hex())) + "\n"
                    for i in range(200))
    data = gzip.compress(lines.encode())
    articles, error = one_error([write(tmp_path / "a.jsonl.gz", data[: len(data) // 2])])
    assert "cannot read the file" in str(error) and len(articles) < 200


def test_unreadable_file_as_directory_named_json(tmp_path):
    # a path that exists but cannot be opened as a file (works as root too)
    folder = tmp_path / "x.json"
    folder.mkdir()
    _, error = one_error([folder])
    assert "no .txt, .json or .jsonl" in str(error)


def test_unsupported_extension(tmp_path):
    _, error = one_error([write(tmp_path / "a.csv", "a,b\n")])
    assert "not a .txt, .json or .jsonl file" in str(error)


def test_binary_file(tmp_path):
    _, error = one_error([write(tmp_path / "a.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00")])
    assert "binary" in str(error)


def test_binary_jsonl(tmp_path):
    _, error = one_error([write(tmp_path / "a.jsonl", b"\x00\x01\x02garbage\n")])
    assert "binary" in str(error)


def test_non_utf8_file(tmp_path):
    _, error = one_error([write(tmp_path / "a.txt", "Título\n\nCafé crème".encode("latin-1"))])
    assert "not UTF-8" in str(error) and "line 1" in str(error)


def test_non_utf8_line_in_jsonl_skips_only_that_line(tmp_path):
    good = json.dumps(GOOD).encode()
    bad = '{"text": "caf\u00e9"}'.encode("latin-1")
    path = write(tmp_path / "a.jsonl", good + b"\n" + bad + b"\n")
    articles, error = one_error([path])
    assert len(articles) == 1 and error.origin == f"{path}:2" and "not UTF-8" in str(error)


@pytest.mark.parametrize("name, content", [
    ("a.txt", ""), ("a.json", ""), ("a.jsonl", ""), ("b.txt", "\n  \n"), ("b.jsonl", "\n\n")])
def test_empty_file(tmp_path, name, content):
    _, error = one_error([write(tmp_path / name, content)])
    assert "empty" in str(error) or "only whitespace" in str(error)


def test_malformed_json_names_line_and_column(tmp_path):
    path = write(tmp_path / "a.json", '{\n  "title": "x",\n  "text": "y",,\n}')
    _, error = one_error([path])
    assert "malformed JSON at line 3, column 15" in str(error)
    assert str(error).startswith(str(path))


def test_malformed_json_item_in_list_keeps_earlier_items(tmp_path):
    path = write(tmp_path / "a.json", "[" + json.dumps(GOOD) + ",\n {oops}]")
    articles, error = one_error([path])
    assert len(articles) == 1 and "line 2, column 3" in str(error)


def test_json_trailing_data(tmp_path):
    path = write(tmp_path / "a.json", json.dumps(GOOD) + "\n" + json.dumps(GOOD))
    _, error = one_error([path])
    assert "line 2" in str(error) and ".jsonl" in str(error)


def test_malformed_jsonl_line_reports_file_line_column_and_goes_on(tmp_path):
    path = write(tmp_path / "a.jsonl", json.dumps(GOOD) + '\n{"text": "x"\n'
                 + json.dumps(dict(GOOD, id="a2")) + "\n")
    articles, error = one_error([path])
    assert [a.id for a in articles] == ["a1", "a2"]
    assert error.origin == f"{path}:2" and "column" in str(error)


@pytest.mark.parametrize("value, kind", [
    ([1, 2], "a list"), ("just a string", "a string"), (3, "int"), (None, "NoneType")])
def test_article_not_an_object(tmp_path, value, kind):
    path = write(tmp_path / "a.jsonl", json.dumps(value) + "\n")
    _, error = one_error([path])
    assert f"article is {kind}, not a JSON object" in str(error)


@pytest.mark.parametrize("data", [
    {"title": "no text"}, {"title": "t", "text": ""}, {"title": "t", "text": "   \n "},
    {"title": "t", "text": ["a", "b"]}])
def test_missing_or_empty_text(tmp_path, data):
    _, error = one_error([write(tmp_path / "a.json", json.dumps(data))])
    assert "no article text" in str(error)


def test_txt_title_only(tmp_path):
    _, error = one_error([write(tmp_path / "a.txt", "Just a title\ndate: 2013-06-04\n")])
    assert "no article text" in str(error)


def test_text_over_max_bytes(tmp_path):
    path = write(tmp_path / "a.jsonl", json.dumps(dict(GOOD, text="é" * 600)) + "\n"
                 + json.dumps(dict(GOOD, id="small", text="short")) + "\n")
    articles, error = one_error([path], max_bytes=1000)  # 600 chars, 1200 bytes
    assert [a.id for a in articles] == ["small"] and "1,000 bytes" in str(error)


def test_big_txt_file_refused_without_reading(tmp_path):
    path = write(tmp_path / "big.txt", "Title\n\n" + "x" * 200_000)
    _, error = one_error([path], max_bytes=1000)
    assert "over the limit" in str(error)


def test_unparseable_date(tmp_path):
    path = write(tmp_path / "a.json", json.dumps(dict(GOOD, date="sometime soon")))
    _, error = one_error([path])
    assert "cannot read the date 'sometime soon'" in str(error) and "YYYY-MM-DD" in str(error)


def test_folder_without_articles(tmp_path):
    write(tmp_path / "readme.md", "nothing")
    _, error = one_error([tmp_path])
    assert "no .txt, .json or .jsonl files" in str(error)


def test_default_report_prints_one_line_to_stderr(tmp_path, capsys):
    good = write(tmp_path / "good.json", json.dumps(GOOD))
    bad = write(tmp_path / "bad.json", "{")
    articles = list(read_articles([bad, good]))
    err = capsys.readouterr().err
    assert len(articles) == 1
    assert err.startswith(f"kg: skipped {bad}: malformed JSON at line 1")
    assert err.count("\n") == 1


def test_bad_inputs_mixed_with_good_all_reported_once(tmp_path):
    write(tmp_path / "1-good.json", json.dumps(GOOD))
    write(tmp_path / "2-empty.txt", "")
    write(tmp_path / "3-binary.json", b"\x00\x00")
    write(tmp_path / "4-latin1.txt", "T\n\ncaf\xe9".encode("latin-1"))
    write(tmp_path / "5-bad.jsonl", "{nope\n" + json.dumps(dict(GOOD, id="g2")) + "\n")
    write(tmp_path / "6-list.json", "[1]")
    articles, errors, stats = read([tmp_path, tmp_path / "missing.txt"])
    assert [a.id for a in articles] == ["a1", "g2"]
    assert [Path(e.origin).name for e in errors] == [
        "2-empty.txt", "3-binary.json", "4-latin1.txt", "5-bad.jsonl:1", "6-list.json:1",
        "missing.txt"]
    assert (stats.read, stats.skipped) == (2, 6)


# ---------------------------------------------------------------- streaming and stdin

def test_read_articles_is_a_generator(tmp_path):
    assert inspect.isgeneratorfunction(read_articles)


def test_first_article_of_a_big_jsonl_does_not_read_it_all(tmp_path):
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for i in range(50_000):
            f.write(json.dumps({"id": f"n{i}", "title": "t", "text": f"Article number {i}."}))
            f.write("\n")
        f.write("{broken\n")  # only reached by reading everything
    errors: list[InputError] = []
    stats = IngestStats()
    start = time.perf_counter()
    articles = read_articles([path], report=errors.append, stats=stats)
    first = next(articles)
    elapsed = time.perf_counter() - start
    assert first.id == "n0" and errors == [] and stats.read == 1
    assert elapsed < 0.5
    articles.close()


class _Endless(io.RawIOBase):
    """A stdin that yields JSONL lines forever and fails if read past ``limit`` lines."""

    def __init__(self, limit: int):
        self.count, self.limit = 0, limit

    def readable(self):
        return True

    def readline(self, size=-1):
        self.count += 1
        if self.count > self.limit:
            raise AssertionError("read past the articles that were asked for")
        return (json.dumps({"id": f"s{self.count}", "text": f"Text {self.count}."}) + "\n").encode()

    def __iter__(self):
        return self

    def __next__(self):
        return self.readline()


def test_stdin_jsonl_is_streamed():
    stream = _Endless(limit=5)
    articles = read_articles(["-"], stdin=stream, report=pytest.fail)
    got = [next(articles).id for _ in range(3)]
    assert got == ["s1", "s2", "s3"] and stream.count <= 4
    assert next(articles).origin == "<stdin>:4"


@pytest.mark.parametrize("payload, ids", [
    (json.dumps(GOOD), ["a1"]),
    (json.dumps(GOOD, indent=2), ["a1"]),
    (json.dumps([GOOD, dict(GOOD, id="a2")], indent=1), ["a1", "a2"]),
    ("\n" + json.dumps(GOOD) + "\n" + json.dumps(dict(GOOD, id="a2")) + "\n", ["a1", "a2"]),
    ("A title\ndate: 2013-06-04\nid: t1\n\nSome text here.", ["t1"]),
])
def test_stdin_autodetects_format(payload, ids):
    articles, errors, _ = read(["-"], stdin=io.BytesIO(payload.encode()))
    assert [a.id for a in articles] == ids and errors == []


def test_stdin_bad_input():
    _, error = one_error(["-"], stdin=io.BytesIO(b""))
    assert error.origin == "<stdin>" and "empty" in str(error)
    _, error = one_error(["-"], stdin=io.BytesIO(b'{"text": "x"}\n{oops\n'))
    assert error.origin == "<stdin>:2"


def test_stdin_jsonl_with_bad_first_line_keeps_the_rest():
    payload = '{"text": "x",,}\n' + json.dumps(GOOD) + "\n"
    articles, error = one_error(["-"], stdin=io.BytesIO(payload.encode()))
    assert [a.id for a in articles] == ["a1"] and error.origin == "<stdin>:1"


def test_stdin_default_is_sys_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(json.dumps(GOOD).encode())))
    articles, _, _ = read(["-"])
    assert [a.id for a in articles] == ["a1"]
