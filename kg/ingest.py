"""Read news articles from files, folders and stdin, one :class:`~kg.types.Article` at a time.

Formats:

* ``.txt`` — the title on the first line, then optional header lines
  (``date:``, ``source:``, ``url:``, ``id:``), then a blank line, then the text::

      Leaders meet in Geneva
      date: 2013-06-04
      source: Example Wire

      President ...

  A first line longer than 300 characters is no title: the whole file is the text.
* ``.json`` — one article object, or a list of them.
* ``.jsonl`` / ``.ndjson`` — one article object per line (blank lines are ignored).
* any of these gzip-compressed (``.jsonl.gz`` ...).
* a folder — every file with one of those extensions below it, recursively, in sorted
  order; hidden files and folders (``.git``) are left out.
* ``-`` — standard input: JSON / JSONL when it starts with ``{`` or ``[``, else one txt article.

An article object has ``text`` (required) and ``id``, ``title``, ``date``, ``source``,
``url``; a few common other names are accepted too (``body``/``content`` for ``text``,
``headline`` for ``title``, ``published`` for ``date``, ``link`` for ``url``). A missing
``id`` becomes ``"a-"`` + the first 12 hex digits of the SHA-1 of the text, so the same
text always gets the same id. Dates are normalised to ``YYYY-MM-DD`` by :func:`parse_date`.

Bad input never raises: each bad file, line or article is reported once as an
:class:`~kg.errors.InputError` to ``report`` (default: one line on stderr), counted as
skipped, and reading goes on. Every report is a skip, so callers can count on
``stats.skipped == len(stats.errors)``. What counts as bad: a missing or unreadable
path, a binary or non-UTF-8 file, an empty file, malformed JSON (with line and
column), an article that is not an object, missing or empty text, text over
``max_bytes``, a date that cannot be parsed, and a second article with an id already
read in this run (the first one is kept: re-using an id would make one article's
named graph silently replace another's).

Reading streams: JSONL files and stdin are read line by line and folders file by
file, so a 100k-line JSONL is never held in memory. A ``.json`` file is read whole
(its articles are still yielded one by one); use JSONL for large collections.
"""
from __future__ import annotations

import datetime as _dt
import email.utils
import gzip
import hashlib
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from kg.errors import InputError
from kg.types import Article

__all__ = ["read_articles", "parse_date", "article_from_dict", "article_from_txt", "article_id", "IngestStats",
           "ARTICLE_SUFFIXES", "print_report"]

#: File name endings read from folders (a ``.gz`` of each is read too).
ARTICLE_SUFFIXES = (".txt", ".json", ".jsonl", ".ndjson")

# Other names for the article fields seen in common news dumps; first match wins.
_FIELD_ALIASES = {
    "id": ("id", "article_id", "doc_id", "uid"),
    "title": ("title", "headline"),
    "text": ("text", "body", "content"),
    "date": ("date", "published", "published_at", "publish_date", "pubdate", "datetime"),
    "source": ("source", "publisher", "outlet"),
    "url": ("url", "link"),
}
_TXT_HEADER = re.compile(r"^(date|source|url|id|title)\s*:\s*(.*)$", re.IGNORECASE)
_MAX_TITLE_CHARS = 300
_SNIFF_BYTES = 8192
_STDIN = "<stdin>"

Reporter = Callable[[InputError], None]


@dataclass
class IngestStats:
    """Counts of one :func:`read_articles` run (updated as it goes)."""

    read: int = 0  # articles yielded
    skipped: int = 0  # files, lines or articles reported and left out
    errors: list[InputError] = field(default_factory=list)
    files: int = 0  # files opened (stdin counts as one)


def print_report(error: InputError) -> None:
    """Default reporter: ``kg: skipped <origin>: <what is wrong>; <what to do>`` on stderr."""
    print(f"kg: skipped {error}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------- dates

_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y%m%d", "%B %d, %Y", "%B %d %Y", "%b %d, %Y",
                 "%b %d %Y", "%d %B %Y", "%d %b %Y", "%b. %d, %Y", "%d.%m.%Y")
_ISO_PREFIX = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d)")


def parse_date(value: Any) -> str | None:
    """Normalise an article date to ``YYYY-MM-DD``; ``None`` if it cannot be read.

    Accepts ISO dates and timestamps (the calendar date as written is kept, not
    converted to UTC: it is the date the publisher printed), RFC 2822 dates from
    feeds, ``June 4, 2013``-style dates, and as a last resort whatever dateparser
    reads as a full date (day, month and year all present, nothing relative).

    >>> parse_date("2013-06-04T10:00:00Z"), parse_date("June 4, 2013")
    ('2013-06-04', '2013-06-04')
    """
    if isinstance(value, (_dt.datetime, _dt.date)):
        return value.strftime("%Y-%m-%d")
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    if not text:
        return None
    match = _ISO_PREFIX.match(text)
    if match:
        return _valid(*map(int, match.groups()))
    for fmt in _DATE_FORMATS:
        try:
            return _dt.datetime.strptime(text, fmt).strftime("%Y-%m-%d")
        except ValueError:
            continue
    try:  # RFC 2822, as in RSS feeds
        return email.utils.parsedate_to_datetime(text).strftime("%Y-%m-%d")
    except (TypeError, ValueError, IndexError):
        pass
    return _dateparser_full_date(text)


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _dateparser_full_date(text: str) -> str | None:
    # Only for forms the fast paths miss; a publication date must name day, month and
    # year explicitly, so anything relative ("yesterday") or partial is refused.
    if not re.search(r"\d{4}", text):
        return None
    import dateparser  # slow import; most inputs never get here

    parsed = dateparser.parse(text, languages=["en"], settings={
        "REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True,
        "RETURN_AS_TIMEZONE_AWARE": False})
    return parsed.strftime("%Y-%m-%d") if parsed else None


# ---------------------------------------------------------------- articles

def article_id(text: str) -> str:
    """The stable id of an article without one: ``"a-"`` + SHA-1 of the text, 12 hex digits."""
    return "a-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def _field(data: dict[str, Any], name: str) -> Any:
    for key in _FIELD_ALIASES[name]:
        if data.get(key) not in (None, ""):
            return data[key]
    return None


def _string(value: Any) -> str | None:
    if value is None:
        return None
    return " ".join(str(value).split()) or None


def article_from_dict(data: Any, origin: str, *, max_bytes: int = 2_000_000) -> Article:
    """Build an :class:`Article` from a decoded JSON value.

    Raises:
        InputError: the value is not an object, has no usable text, is too large or
            has a date that cannot be read.
    """
    if not isinstance(data, dict):
        kind = {list: "a list", str: "a string"}.get(type(data), type(data).__name__)
        raise InputError(f"article is {kind}, not a JSON object; write each article as "
                         '{"title": ..., "text": ...}', origin)
    text = _field(data, "text")
    if not isinstance(text, str) or not text.strip():
        raise InputError('no article text (field "text" is missing, empty or not a string); '
                         'put the article body in "text"', origin)
    _check_size(text, origin, max_bytes)
    raw_date = _field(data, "date")
    date = parse_date(raw_date) if raw_date is not None else None
    if raw_date is not None and date is None:
        raise InputError(f"cannot read the date {str(raw_date)[:60]!r}; write it as YYYY-MM-DD "
                         "or leave it out", origin)
    ident = _string(_field(data, "id")) or article_id(text)
    return Article(id=ident, title=_string(_field(data, "title")) or "", text=text, date=date,
                   source=_string(_field(data, "source")), url=_string(_field(data, "url")),
                   origin=origin)


def _check_size(text: str, origin: str, max_bytes: int) -> None:
    # len(text) is a lower bound of its UTF-8 size: encode only when it can matter
    if len(text) * 4 > max_bytes and len(text.encode("utf-8")) > max_bytes:
        raise InputError(f"text is over the limit of {max_bytes:,} bytes; split the article or "
                         "raise the limit (--max-bytes)", origin)


def article_from_txt(content: str, origin: str, *, max_bytes: int = 2_000_000) -> Article:
    """Build an :class:`Article` from the txt format described in the module docstring."""
    lines = content.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        raise InputError("the file holds only whitespace; put a title line, a blank line and "
                         "the article text in it", origin)
    fields: dict[str, str] = {}
    if len(lines[0]) > _MAX_TITLE_CHARS:
        body = lines
    else:
        fields["title"] = lines[0].strip()
        i = 1
        while i < len(lines) and (header := _TXT_HEADER.match(lines[i].strip())):
            fields[header.group(1).lower()] = header.group(2).strip()
            i += 1
        body = lines[i:]
    fields["text"] = "\n".join(body).strip()
    if not fields["text"]:
        raise InputError("no article text after the title and header lines; put the text "
                         "after a blank line", origin)
    return article_from_dict(fields, origin, max_bytes=max_bytes)


# ---------------------------------------------------------------- reading

def read_articles(inputs: str | os.PathLike | Iterable[str | os.PathLike], *,
                  max_bytes: int = 2_000_000, report: Reporter | None = None,
                  stats: IngestStats | None = None,
                  stdin: IO[bytes] | None = None) -> Iterator[Article]:
    """Yield the articles of ``inputs`` (paths, folders, ``"-"`` for stdin), lazily.

    Args:
        inputs: one path or an iterable of them; ``"-"`` reads ``stdin``.
        max_bytes: longest article text accepted, in UTF-8 bytes.
        report: called with one :class:`InputError` per skipped file, line or article
            (default :func:`print_report`).
        stats: updated while reading, if given.
        stdin: binary stream read for ``"-"`` (default ``sys.stdin.buffer``).

    Example:
        >>> for article in read_articles(["examples/"]):  # doctest: +SKIP
        ...     print(article.id, article.date)
    """
    report = report or print_report
    stats = stats if stats is not None else IngestStats()
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    # hash() of each id read: ~60 bytes an article, so millions of ids fit in memory
    # (a 64-bit collision among a few million ids is negligible)
    seen: set[int] = set()

    def skip(error: InputError) -> None:
        stats.skipped += 1
        stats.errors.append(error)
        report(error)

    for spec in inputs:
        for item in _read_input(os.fspath(spec), max_bytes, stdin, stats):
            if isinstance(item, InputError):
                skip(item)
            elif hash(item.id) in seen:
                skip(InputError(f"duplicate article id {item.id!r} (an article read earlier in "
                                "this run has it); give each article its own id", item.origin))
            else:
                seen.add(hash(item.id))
                stats.read += 1
                yield item


def _read_input(spec: str, max_bytes: int, stdin: IO[bytes] | None,
                stats: IngestStats) -> Iterator[Article | InputError]:
    if spec == "-":
        stats.files += 1
        yield from _read_stream(stdin or sys.stdin.buffer, _STDIN, max_bytes)
        return
    path = Path(spec)
    if path.is_dir():
        found = False
        for file in _walk(path):
            if isinstance(file, InputError):
                yield file
                continue
            found = True
            stats.files += 1
            yield from _read_file(file, max_bytes)
        if not found:
            yield InputError("folder holds no .txt, .json or .jsonl files; point kg at the "
                             "article files", spec)
        return
    if not path.exists():
        yield InputError("no such file or folder; check the path", spec)
        return
    if _suffix(path) is None:
        yield InputError("not a .txt, .json or .jsonl file; rename it or convert it to one "
                         "of these formats", spec)
        return
    stats.files += 1
    yield from _read_file(path, max_bytes)


def _suffix(path: Path) -> str | None:
    name = path.name.lower()
    name = name[:-3] if name.endswith(".gz") else name
    return next((s for s in ARTICLE_SUFFIXES if name.endswith(s)), None)


def _walk(folder: Path) -> Iterator[Path | InputError]:
    # os.walk with in-place sorting keeps the order stable and the walk lazy
    failed: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=failed.append):
        while failed:
            exc = failed.pop()
            yield InputError(f"cannot list the folder ({exc.strerror or exc}); check its "
                             "permissions", exc.filename or root)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            file = Path(root, name)
            if not name.startswith(".") and _suffix(file) is not None:
                yield file
    while failed:
        exc = failed.pop()
        yield InputError(f"cannot list the folder ({exc.strerror or exc}); check its "
                         "permissions", exc.filename or str(folder))


def _read_file(path: Path, max_bytes: int) -> Iterator[Article | InputError]:
    origin = str(path)
    try:
        opener = gzip.open if path.name.lower().endswith(".gz") else open
        stream = opener(path, "rb")
    except OSError as exc:
        yield InputError(f"cannot open the file ({exc.strerror or exc}); check that it exists "
                         "and is readable", origin)
        return
    try:
        with stream:
            kind = _suffix(path)
            if kind in (".jsonl", ".ndjson"):
                yield from _read_jsonl(stream, origin, max_bytes)
            else:
                # a whole-file format: refuse oversized files before reading them
                # (64 KiB of slack for the title and header lines)
                if opener is open and kind == ".txt" and path.stat().st_size > max_bytes + 65536:
                    yield InputError(f"file is over the limit of {max_bytes:,} bytes; split it "
                                     "or raise the limit (--max-bytes)", origin)
                    return
                data = stream.read()
                yield from _read_whole(data, origin, max_bytes, kind)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield InputError(f"cannot read the file ({getattr(exc, 'strerror', None) or exc}); "
                         "check that it is readable and not truncated", origin)


def _read_stream(stream: IO[bytes], origin: str, max_bytes: int) -> Iterator[Article | InputError]:
    """Read stdin: JSONL streamed, or one JSON document, or one txt article."""
    first = b""
    while not first.strip():
        line = stream.readline()
        if not line:
            break
        first += line
    start = first.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if not start:
        yield InputError("standard input is empty; pipe articles into kg or give file paths",
                         origin)
        return
    if start == b"{":
        if _looks_like_jsonl(first):
            yield from _read_jsonl(_chain(first, stream), origin, max_bytes)
        else:  # a pretty-printed JSON document
            yield from _read_whole(first + stream.read(), origin, max_bytes, ".json")
    elif start == b"[":
        yield from _read_whole(first + stream.read(), origin, max_bytes, ".json")
    else:
        yield from _read_whole(first + stream.read(), origin, max_bytes, ".txt")


def _looks_like_jsonl(first_line: bytes) -> bool:
    # A whole object on the first line means one article per line; a malformed
    # first article line still ends in "}" and is reported alone, not the whole stream.
    try:
        json.loads(first_line.decode("utf-8-sig"))
        return True
    except (UnicodeDecodeError, ValueError):
        return first_line.rstrip().endswith(b"}")


def _chain(first: bytes, stream: IO[bytes]) -> Iterator[bytes]:
    # the already-read first line(s) of stdin, then the rest, line by line
    yield from first.splitlines(keepends=True)
    yield from stream


def _decode(data: bytes, origin: str) -> str | InputError:
    if b"\x00" in data[:_SNIFF_BYTES]:
        return InputError("binary data, not text; give .txt, .json or .jsonl articles",
                          origin)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        return InputError(f"not UTF-8 text (byte 0x{data[exc.start]:02x} on line {line}); "
                          "re-encode the file as UTF-8 (e.g. iconv -t UTF-8)", origin)


def _read_whole(data: bytes, origin: str, max_bytes: int,
                kind: str | None) -> Iterator[Article | InputError]:
    if not data.strip():
        yield InputError("empty file; remove it or put an article in it", origin)
        return
    text = _decode(data, origin)
    if isinstance(text, InputError):
        yield text
        return
    if kind == ".txt":
        try:
            yield article_from_txt(text, origin, max_bytes=max_bytes)
        except InputError as exc:
            yield exc
        return
    yield from _json_articles(text, origin, max_bytes)


def _json_articles(text: str, origin: str, max_bytes: int) -> Iterator[Article | InputError]:
    """One JSON object or a list of them; each list item gets its own ``path:line`` origin."""
    decoder = json.JSONDecoder()
    pos = _skip_ws(text, 0)
    if text.startswith("[", pos):
        # decode the items one by one (not json.loads of the whole list) so that each
        # item knows its line, for error messages
        pos = _skip_ws(text, pos + 1)
        if text.startswith("]", pos):
            yield InputError("the JSON list is empty; put article objects in it", origin)
            return
        while True:
            line = text.count("\n", 0, pos) + 1
            try:
                item, pos = decoder.raw_decode(text, pos)
            except json.JSONDecodeError as exc:
                yield _json_error(exc, origin)
                return
            try:
                yield article_from_dict(item, f"{origin}:{line}", max_bytes=max_bytes)
            except InputError as exc:
                yield exc
            pos = _skip_ws(text, pos)
            if text.startswith(",", pos):
                pos = _skip_ws(text, pos + 1)
            elif text.startswith("]", pos):
                pos = _skip_ws(text, pos + 1)
                break
            else:
                yield _json_error(json.JSONDecodeError("Expecting ',' delimiter", text, pos),
                                  origin)
                return
    else:
        try:
            item, pos = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            yield _json_error(exc, origin)
            return
        pos = _skip_ws(text, pos)
        if pos == len(text):
            try:
                yield article_from_dict(item, origin, max_bytes=max_bytes)
            except InputError as exc:
                yield exc
            return
    if pos < len(text):
        yield _json_error(json.JSONDecodeError("Extra data", text, pos), origin,
                          hint="one JSON value per .json file; use .jsonl for one article per line")


def _skip_ws(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\r\n":
        pos += 1
    return pos


def _json_error(exc: json.JSONDecodeError, origin: str, *,
                hint: str = "fix the JSON (python -m json.tool FILE shows where)") -> InputError:
    return InputError(f"malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}; "
                      f"{hint}", origin)


def _read_jsonl(lines: Iterable[bytes], origin: str,
                max_bytes: int) -> Iterator[Article | InputError]:
    any_line = False
    for number, raw in enumerate(lines, start=1):
        where = f"{origin}:{number}"
        if number == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
            if b"\x00" in raw[:_SNIFF_BYTES]:
                yield InputError("binary data, not text; give .txt, .json or .jsonl articles",
                                 origin)
                return
        if not raw.strip():
            continue
        any_line = True
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield InputError(f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at column "
                             f"{exc.start + 1}); re-encode the file as UTF-8", where)
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(f"malformed JSON at column {exc.colno}: {exc.msg}; each line must "
                             "be one complete JSON article object", where)
            continue
        try:
            yield article_from_dict(data, where, max_bytes=max_bytes)
        except InputError as exc:
            yield exc
    if not any_line:
        yield InputError("empty file; remove it or put one JSON article per line in it", origin)
