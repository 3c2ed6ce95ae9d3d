"""Relation triggers and cue word lists, loaded once from ``kg/data``.

``relations.csv`` maps a lemma (verb or noun) to a relation, a CAMEO code and the
syntactic frame that marks its target; ``extract_cues.json`` holds the closed word
lists (negation, modality, reporting verbs, light verbs ...). Everything is turned
into frozensets and dicts up front so that the per-token work is a hash lookup.
"""
from __future__ import annotations

import csv
import functools
import io
import json
from dataclasses import dataclass
from importlib import resources
from typing import NamedTuple

from kg.errors import ConfigError

__all__ = ["Trigger", "Lexicon", "load_lexicon", "SYMMETRIC", "TOPICAL", "FAMILY"]

#: Relations whose direction carries no meaning (the scorer and RDF accept both ways).
SYMMETRIC = frozenset({"meets", "negotiatesWith", "cooperatesWith"})
#: Relations whose object is a topic (a noun phrase) rather than an actor.
TOPICAL = frozenset({"discusses", "concernedAbout", "denies"})
#: Relation -> family (mirrors DESIGN.md; used for rule gating, not for output).
FAMILY = {
    "meets": "consult", "visits": "consult", "negotiatesWith": "consult",
    "cooperatesWith": "cooperate", "supports": "cooperate", "aids": "cooperate",
    "appealsTo": "request", "demandsFrom": "request",
    "criticizes": "disapprove", "accuses": "disapprove", "rejects": "reject",
    "threatens": "threaten", "protestsAgainst": "protest", "sanctions": "coerce",
    "attacks": "assault", "discusses": "topic", "concernedAbout": "topic", "denies": "topic",
}
_POS = frozenset({"verb", "noun", "adj"})


class Trigger(NamedTuple):
    """One row of relations.csv."""

    lemma: str            # head lemma
    pos: str              # "verb" | "noun" | "adj" (predicative: "is concerned about")
    relation: str
    cameo: str
    targets: frozenset    # "dobj", "ccomp" and/or prepositions marking the target
    agents: frozenset     # extra agent prepositions (nouns)
    requires: str | None  # particle / preposition / object lemma that must be present
    line: int


@dataclass(frozen=True)
class Lexicon:
    """Triggers by (head lemma, pos) and the cue sets of extract_cues.json.

    Adjectives are keyed by their surface form ("concerned", "critical").
    """

    verbs: dict
    nouns: dict
    cues: dict
    adjs: dict = None

    def cue(self, name: str) -> frozenset:
        return self.cues[name]


def _read_triggers(text: str, origin: str) -> list[Trigger]:
    rows = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    out = []
    for n, row in enumerate(csv.DictReader(io.StringIO("\n".join(rows))), start=2):
        lemma, pos, rel = (row.get("lemma") or "").strip(), (row.get("pos") or "").strip(), (row.get("relation") or "").strip()
        if not lemma or pos not in _POS or rel not in FAMILY:
            raise ConfigError(f"{origin}: row {n} ({lemma!r}): needs a lemma, pos verb|noun|adj and a known "
                              f"relation ({', '.join(sorted(FAMILY))}); fix or remove the row")
        words = lemma.lower().split()
        # verbs, adjectives: "call on" = head "call" + required particle; nouns: "phone call" = head "call"
        head, rest = (words[-1], words[:-1]) if pos == "noun" else (words[0], words[1:])
        targets = frozenset((row.get("target") or "").split())
        if not targets:
            raise ConfigError(f"{origin}: row {n} ({lemma!r}): empty target column; give dobj or a preposition")
        out.append(Trigger(head, pos, rel, (row.get("cameo") or "").strip() or None, targets,
                           frozenset((row.get("agent") or "").split()),
                           " ".join(rest) or None, n))
    return out


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Load and index ``kg/data/relations.csv`` and ``kg/data/extract_cues.json`` (cached)."""
    data = resources.files("kg.data")
    triggers = []
    # relations.csv: the core lexicon; relations_more.csv: wider news phrasings, same columns
    for name in ("relations.csv", "relations_more.csv"):
        if data.joinpath(name).is_file():
            triggers += _read_triggers(data.joinpath(name).read_text(encoding="utf-8"), f"kg/data/{name}")
    verbs: dict[str, list[Trigger]] = {}
    nouns: dict[str, list[Trigger]] = {}
    adjs: dict[str, list[Trigger]] = {}
    for trig in triggers:
        {"verb": verbs, "noun": nouns, "adj": adjs}[trig.pos].setdefault(trig.lemma, []).append(trig)
    raw = json.loads(data.joinpath("extract_cues.json").read_text(encoding="utf-8"))
    # word lists become frozensets; a table (word -> [relation, CAMEO]) stays a dict
    cues = {k: frozenset(v) if isinstance(v, list) else {w: tuple(x) for w, x in v.items()}
            for k, v in raw.items() if not k.startswith("_")}
    return Lexicon({k: tuple(v) for k, v in verbs.items()}, {k: tuple(v) for k, v in nouns.items()}, cues,
                   {k: tuple(v) for k, v in adjs.items()})
