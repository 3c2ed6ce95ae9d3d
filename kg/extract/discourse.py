"""Article-level context the reference rules of :mod:`kg.extract.ends` consult.

Everything here is computed at most once per article (or once per sentence) and
then probed by token index:

- :func:`quote_ranges`: the token ranges inside direct quotations, so that "we" and
  "the government" in a quote can be the speaker's side and a quoted sentence can be
  attributed to the speaker named after it;
- :func:`dominant_country`: the country an article is about ("the authorities", "the
  government" outside a quote);
- :func:`principal_pair`: the two actors an article is about ("both sides", "they"
  with nobody coordinated nearby);
- :func:`acting_coordinations`: coordinated actor subjects of a sentence, kept for
  counted descriptions later on ("the three Baltic states");
- :func:`question_turns`: the journalists' questions of a press-conference transcript
  ("Q: ...", "Question: ...", "Reuters: ..."), which state nothing.
"""
from __future__ import annotations

import bisect
import re

from kg.types import Entity

__all__ = ["quote_ranges", "in_ranges", "dominant_country", "principal_pair", "acting_coordinations",
           "question_turns", "COUNTS"]

#: number words of counted descriptions ("the three countries", "both sides")
COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
_QUOTE_MARKS = re.compile(r'["\u201c\u201d]|\n\s*\n')


def quote_ranges(doc, text: str | None = None) -> list[tuple[int, int]]:
    """Token ranges [start, end) inside direct quotations: straight quotes toggle, curly ones
    open and close, and a paragraph break ends an unclosed quotation. ``text`` is the
    document's text when the caller has it (``Doc.text`` rebuilds it token by token)."""
    last = doc[-1] if len(doc) else None
    if text is None or last is None or len(text) != last.idx + len(last.text_with_ws):
        text = doc.text
    spans, opened = [], None
    for m in _QUOTE_MARKS.finditer(text):
        mark = m.group()
        if mark == '"':
            opened, closing = (m.end(), None) if opened is None else (None, opened)
        elif mark == "\u201c":
            opened, closing = m.end(), None
        else:  # a closing curly quote or a paragraph break
            opened, closing = None, opened
        if closing is not None and m.start() > closing:
            spans.append((closing, m.start()))
    if opened is not None:
        spans.append((opened, len(text)))
    if not spans:
        return []
    starts = doc.to_array("IDX").tolist()  # token start offsets, for a bisect per quotation
    out = []
    for a, b in spans:
        lo, hi = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)
        if hi > lo:
            out.append((lo, hi))
    return out


def in_ranges(ranges: list[tuple[int, int]], i: int) -> bool:
    """True when token index ``i`` lies in one of the sorted ``ranges``."""
    k = bisect.bisect_right(ranges, (i, float("inf"))) - 1
    return k >= 0 and ranges[k][0] <= i < ranges[k][1]


def _by_mentions(mentions, types) -> list[tuple[int, str]]:
    return sorted(((len(e.mentions), e.id) for e in mentions.entities.values() if e.type in types), reverse=True)


def dominant_country(mentions) -> Entity | None:
    """The country the article is about: mentioned at least three times and half again as
    often as any other country; None when no country stands out."""
    counts = _by_mentions(mentions, ("Country",))
    ok = counts and counts[0][0] >= 3 and (len(counts) == 1 or counts[0][0] >= 1.5 * counts[1][0])
    return mentions.entities[counts[0][1]] if ok else None


def principal_pair(mentions, types=("Country", "Organization", "Group")) -> list[Entity]:
    """The two most mentioned actors of ``types`` when both stand out from the third."""
    counts = _by_mentions(mentions, types)
    if len(counts) < 2 or counts[1][0] < 2 or (len(counts) > 2 and counts[1][0] < 1.5 * counts[2][0]):
        return []
    return [mentions.entities[counts[0][1]], mentions.entities[counts[1][1]]]


def acting_coordinations(tokens, finder, allowed) -> list[list]:
    """Coordinations of two or more named non-person actors that act in the sentence
    ("X and Y signed", "drafted by X, Y and Z"), as lists of ends."""
    out, seen = [], set()
    for tok in tokens:
        dep = tok.dep_
        if dep not in ("nsubj", "nsubjpass") and not (dep == "pobj" and tok.head.lower_ in ("by", "between")):
            continue
        if tok.i in seen or finder.m.entity_at(tok) is None or not tok.conjuncts:
            continue
        seen.update(t.i for t in tok.conjuncts)
        ends = [e for e in finder.actors(tok, allowed) if e.entity.type != "Person"]
        if len({e.entity.id for e in ends}) >= 2:
            out.append(ends)
    return out


# a paragraph: lines up to a blank line
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*")
# the speaker label opening a turn of a transcript ("Q:", "Question:", "MR MILLER:", "Reuters:")
_TURN_LABEL = re.compile(r"[ \t]*(?:(Q)\.|([A-Z][\w.'&-]*(?: [A-Z][\w.'&-]*){0,3})[ \t]*:)(?![\d/])")
_ASKING_LABELS = frozenset({"q", "question", "questions", "reporter", "journalist", "correspondent"})


def question_turns(text: str, media: frozenset = frozenset()) -> list[tuple[int, int]]:
    """Character ranges [start, end) of the questions of a press-conference transcript:
    a paragraph opening with a questioner's label ("Q:", "Question:", "Reporter:", or a
    news outlet of ``media``: "Reuters: ..."), and the unlabelled paragraphs after it that
    still end in a question mark. What a journalist asks ("The Philippines said X. What is
    your comment?") is no statement of the issuer; the answers ("A: ...") are.
    Empty when the text has no such label (a quick test on ':' first)."""
    if ":" not in text:
        return []
    out: list[tuple[int, int]] = []
    asking = False
    for para in _PARAGRAPH.finditer(text):
        label = _TURN_LABEL.match(para.group())
        if label is not None:
            name = (label.group(1) or label.group(2)).lower()
            asking = name in _ASKING_LABELS or name in media
        elif not para.group().rstrip().endswith("?"):
            asking = False
        if asking:
            out.append((para.start(), para.end()))
    return out
