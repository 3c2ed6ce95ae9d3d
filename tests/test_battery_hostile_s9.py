"""Session-9 battery of the hostile relations: short invented wire sentences, one construction each
(active, passive, "X's <noun> of Y", "<noun> by X against Y", reported speech, modality, negation,
coordination, participles, relative clauses) and near misses that must give no hostile fact.
The whole table lives in tests/data/battery_hostile_s9.tsv; every sentence is invented."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from tests.factkit import check_row, facts

BATTERY = Path(__file__).resolve().parent / "data" / "battery_hostile_s9.tsv"

#: The relations the battery covers: a fact of any other relation is ignored.
HOSTILE = ("criticizes", "accuses", "threatens", "protestsAgainst", "sanctions", "attacks", "rejects",
           "demandsFrom", "denies")

#: Pass rate reached on the battery; the test fails when it drops below.
MIN_PASS_RATE = 0.90


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
    return optional, {norm(x) for x in s.split("/")}, set(p.split("/")), {norm(x) for x in o.split("/")}, polarity


def rows():
    """The battery rows: (sentence, [parsed facts])."""
    out = []
    for line in BATTERY.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        sentence, want = line.split("\t")
        items = [] if want.strip() == "-" else [parse_fact(i) for i in want.split(";")]
        out.append((sentence, items))
    return out


def end_ok(label: str, names: set, topical: bool) -> bool:
    """Whether ``label`` is one of ``names`` ("*" takes any), or for a topic contains one or is in one."""
    label = norm(label)
    return "*" in names or label in names or (
        topical and any(min(len(n), len(label)) >= 4 and (n in label or label in n) for n in names))


def matches(item, fact) -> bool:
    _, subjects, relations, objects, polarity = item
    return (fact.predicate in relations and fact.polarity == polarity and end_ok(fact.subject, subjects, False)
            and end_ok(fact.object, objects, fact.predicate == "denies"))


def check(nlp, sentence: str, items) -> list[str]:
    """The problems of one row: expected facts missing, hostile facts the row does not allow."""
    got = [f for f in facts(nlp, sentence) if f.predicate in HOSTILE]
    missing = [i for i in items if not i[0] and not any(matches(i, f) for f in got)]
    extra = [f for f in got if not any(matches(i, f) for i in items)]
    return ([f"missing {sorted(i[1])[0]} {'/'.join(sorted(i[2]))} {sorted(i[3])[0]} {i[4]}" for i in missing]
            + [f"extra {f.subject} {f.predicate} {f.object} {f.polarity}" for f in extra])


def test_battery_pass_rate(nlp):
    table = rows()
    failing = [(s, problems) for s, items in table if (problems := check(nlp, s, items))]
    rate = 1 - len(failing) / len(table)
    listing = "\n".join(f"{s}  -> {'; '.join(p)}" for s, p in failing)
    assert rate >= MIN_PASS_RATE, f"pass rate {rate:.3f} < {MIN_PASS_RATE}; failing rows:\n{listing}"


#: (sentence, facts expected, facts that must be absent) for each mechanism the battery called for
MECHANISMS = [
    # a penalty or an assault held out by its noun: "threatened <noun> against / on Y"
    ("Belgrade threatened air strikes against Pristina.", [("Serbia", "threatens", "Kosovo", "positive")], []),
    ("The Kremlin threatened tariffs on Finnish timber.", [("Russia", "threatens", "Finland", "positive")], []),
    ("Armenia vowed vengeance against Azerbaijan.", [("Armenia", "threatens", "Azerbaijan", "positive")], []),
    ("Tehran threatened new sanctions on Canada.", [("Iran", "threatens", "Canada", "positive")], []),
    ("Hungary threatened to resign from the commission.", [], [("Hungary", "threatens", "commission", "positive")]),
    # an answer warned of aims at what it answers; attacks warned of are someone else's
    ("Beijing warned of retaliation against Vilnius.", [("China", "threatens", "Lithuania", "positive")], []),
    ("Seoul vowed a firm response to Japan's decision.", [("South Korea", "threatens", "Japan", "positive")], []),
    ("Poland warned of new attacks on Lithuania.", [], [("Poland", "threatens", "Lithuania", "positive")]),
    ("Kyiv warned of Russian sanctions against Moldova.", [], [("Ukraine", "threatens", "Moldova", "positive")]),
    # the ones someone is to release hostages "from"
    ("Italy demanded the release of its citizens from Libya.", [("Italy", "demandsFrom", "Libya", "positive")], []),
    # told to do something
    ("Washington told Islamabad to close the camps.", [("United States", "demandsFrom", "Pakistan", "positive")], []),
    ("President Emmanuel Macron told reporters to wait for the report.", [], []),
    # protest nouns addressed "to" someone, protest notes, dissatisfaction, marches
    ("Greece's protest to Turkey went unanswered.", [("Greece", "protestsAgainst", "Turkey", "positive")], []),
    ("Hanoi delivered a protest note to Beijing.", [("Vietnam", "protestsAgainst", "China", "positive")], []),
    ("Rabat sent a protest to Madrid.", [("Morocco", "protestsAgainst", "Spain", "positive")], []),
    ("Egypt expressed dissatisfaction with Sudan over the dam talks.",
     [("Egypt", "criticizes", "Sudan", "positive")], []),
    ("Farmers marched against President Javier Milei in Buenos Aires.",
     [("Farmers", "protestsAgainst", "Javier Milei", "positive")], []),
    # a gathering summoned is no envoy summoned
    ("Britain summoned an emergency session of the Security Council.", [],
     [("United Kingdom", "protestsAgainst", "Security Council", "positive"),
      ("United Kingdom", "protestsAgainst", "United Nations Security Council", "positive")]),
    # verbs added to the lexicon
    ("Seoul alleged that Pyongyang had hacked the bank.", [("South Korea", "accuses", "North Korea", "positive")], []),
    ("Critics alleged that the vote was rigged.", [], []),
    ("Mongolia declined the proposal.", [("Mongolia", "rejects", "proposal", "positive")], []),
    ("Imports declined sharply in March.", [], []),
    ("The minister declined to comment.", [], []),
    ("Manila chastised Beijing over the water cannon incident.", [("Philippines", "criticizes", "China", "positive")], []),
]


@pytest.mark.parametrize("text,expected,absent", MECHANISMS, ids=[m[0][:40] for m in MECHANISMS])
def test_mechanism(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)
