"""Shared reader and checker of the session-9 sentence batteries (tests/data/battery_*_s9.tsv).

A row is ``text<TAB>items``: ``-`` for no fact, else items joined by ``;``, each
``[!][?]S1/S2 > rel1/rel2 > O1/O2 [(neg)]`` (``!``: must be absent, ``?``: optional, ``*``: any
end). Ends are compared after the scorer's normalisation (../shared/eval/score.py).
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from tests.factkit import SYMMETRIC, facts

__all__ = ["norm", "parse_fact", "end_ok", "rows", "check", "assert_pass_rate"]

DATA = Path(__file__).resolve().parent / "data"
#: Relations whose object is a topic, matched by containment as the scorer does.
TOPICAL = ("discusses", "concernedAbout", "denies")


def norm(text: str) -> str:
    """The scorer's normalisation: case, punctuation, possessives and a leading "the" do not count."""
    text = unicodedata.normalize("NFKC", text).lower().replace("\u2019", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^\w\s-]", "", text).replace("-", " ")
    return re.sub(r"^the ", "", re.sub(r"\s+", " ", text).strip())


def parse_fact(item: str):
    """``"?S1/S2 > rel > O (neg)"`` -> (optional, subjects, relations, objects, polarity)."""
    item = item.strip()
    optional = item.startswith("?")
    item = item.lstrip("?").strip()
    polarity = "negative" if item.endswith("(neg)") else "positive"
    s, p, o = (part.strip() for part in item.removesuffix("(neg)").split(">"))
    return optional, _names(s), set(p.split("/")), _names(o), polarity


def _names(part: str) -> set:
    """The normalised names of one end; "*" (any end) is kept as it is."""
    return {"*" if x.strip() == "*" else norm(x) for x in part.split("/")}


def rows(name: str):
    """The rows of ``tests/data/<name>``: (text, [(forbidden, parsed fact)])."""
    out = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, want = line.split("\t")
        items = [] if want.strip() == "-" else [i.strip() for i in want.split(";")]
        out.append((text, [(i.startswith("!"), parse_fact(i.lstrip("!"))) for i in items]))
    return out


def end_ok(label: str, names: set, topical: bool) -> bool:
    """Whether ``label`` is one of ``names`` ("*" takes any), or for a topic contains one or is in one."""
    label = norm(label)
    return "*" in names or label in names or (
        topical and any(min(len(n), len(label)) >= 4 and (n in label or label in n) for n in names))


def matches(item, fact, loose_objects: bool = False) -> bool:
    """Whether ``fact`` is the parsed ``item`` (either way round for a symmetric relation)."""
    _, subjects, relations, objects, polarity = item
    if fact.predicate not in relations or fact.polarity != polarity:
        return False
    topical = loose_objects or fact.predicate in TOPICAL
    ends = [(fact.subject, fact.object)] + ([(fact.object, fact.subject)] if fact.predicate in SYMMETRIC else [])
    return any(end_ok(s, subjects, False) and end_ok(o, objects, topical) for s, o in ends)


def check(nlp, text: str, items, covered=None, loose_objects: bool = False) -> list[str]:
    """The problems of one row: required facts missing, forbidden facts found and, when
    ``covered`` names the battery's relations, facts of those relations no item allows."""
    got = facts(nlp, text)
    problems = []
    for forbidden, item in items:
        hit = [f for f in got if matches(item, f, loose_objects)]
        if forbidden and hit:
            problems += [f"forbidden {f.subject} {f.predicate} {f.object}" for f in hit]
        elif not forbidden and not item[0] and not hit:
            problems.append(f"missing {sorted(item[1])[0]} {'/'.join(sorted(item[2]))} {sorted(item[3])[0]} {item[4]}")
    if covered is not None:
        allowed = [item for forbidden, item in items if not forbidden]
        problems += [f"extra {f.subject} {f.predicate} {f.object} {f.polarity}" for f in got
                     if f.predicate in covered and not any(matches(i, f, loose_objects) for i in allowed)]
    return problems


def assert_pass_rate(nlp, name: str, floor: float, covered=None, loose_objects: bool = False) -> None:
    """Run the whole battery ``name`` and fail below ``floor``, listing the failing rows."""
    table = rows(name)
    failing = [(t, p) for t, items in table if (p := check(nlp, t, items, covered, loose_objects))]
    rate = 1 - len(failing) / len(table)
    listing = "\n".join(f"{t}  -> {'; '.join(p)}" for t, p in failing)
    assert rate >= floor, f"pass rate {rate:.3f} < {floor}; failing rows:\n{listing}"
