"""Session-9 battery of references: short invented wire texts whose fact needs a reference resolved
(he / she / it / they / its / their / his country, "the minister", "the two leaders", "both sides",
"the bloc", "the group", "the rebels", "the junta", "the country", "the kingdom", capitals and
seats, surnames after a full name, titles after a name) and near misses (a pronoun with no actor
antecedent, a reference inside someone else's quote, two candidates of the same kind).
The whole table lives in tests/data/battery_refs_s9.tsv; every text is invented."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.factkit import SYMMETRIC, check_row, facts
from tests.test_battery_hostile_s9 import end_ok, parse_fact

BATTERY = Path(__file__).resolve().parent / "data" / "battery_refs_s9.tsv"

#: Pass rate reached on the battery; the test fails when it drops below.
MIN_PASS_RATE = 0.94


def rows():
    """The battery rows: (text, [(required, forbidden, parsed fact)])."""
    out = []
    for line in BATTERY.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, want = line.split("\t")
        items = []
        for item in ([] if want.strip() == "-" else want.split(";")):
            item = item.strip()
            forbidden = item.startswith("!")
            items.append((forbidden, parse_fact(item.lstrip("!"))))
        out.append((text, items))
    return out


def matches(item, fact) -> bool:
    """Whether ``fact`` is the parsed ``item`` (either way round for a symmetric relation)."""
    _, subjects, relations, objects, polarity = item
    if fact.predicate not in relations or fact.polarity != polarity:
        return False
    ends = [(fact.subject, fact.object)] + ([(fact.object, fact.subject)] if fact.predicate in SYMMETRIC else [])
    return any(end_ok(s, subjects, False) and end_ok(o, objects, True) for s, o in ends)


def check(nlp, text: str, items) -> list[str]:
    """The problems of one row: required facts missing, forbidden facts found."""
    got = facts(nlp, text)
    problems = []
    for forbidden, item in items:
        hit = [f for f in got if matches(item, f)]
        if forbidden and hit:
            problems += [f"forbidden {f.subject} {f.predicate} {f.object}" for f in hit]
        elif not forbidden and not item[0] and not hit:
            problems.append(f"missing {sorted(item[1])[0]} {'/'.join(sorted(item[2]))} {sorted(item[3])[0]}")
    return problems


def test_battery_pass_rate(nlp):
    table = rows()
    failing = [(s, problems) for s, items in table if (problems := check(nlp, s, items))]
    rate = 1 - len(failing) / len(table)
    listing = "\n".join(f"{s}  -> {'; '.join(p)}" for s, p in failing)
    assert rate >= MIN_PASS_RATE, f"pass rate {rate:.3f} < {MIN_PASS_RATE}; failing rows:\n{listing}"


#: (text, facts expected, facts that must be absent) for each mechanism the battery called for
MECHANISMS = [
    # a head of state or government, or a minister, described with a country: the one person
    # seen before with that title and no country (not one the table gives another country)
    ("Chancellor Karl Nehammer spoke in Vienna. The Austrian chancellor criticized Hungary.",
     [("Karl Nehammer", "criticizes", "Hungary", "positive")], [("Austria", "criticizes", "Hungary", "positive")]),
    ("Prime Minister Petr Fiala met President Joe Biden. The Czech leader criticized Russia.",
     [("Petr Fiala", "criticizes", "Russia", "positive")], [("Joe Biden", "criticizes", "Russia", "positive")]),
    ("Foreign Minister Bogdan Aurescu arrived in Kyiv. The Romanian minister criticized Russia.",
     [("Bogdan Aurescu", "criticizes", "Russia", "positive")], []),
    # two candidates with the title: none is taken
    ("President Gitanas Nauseda met President Edgars Rinkevics. The Latvian president criticized Russia.",
     [], [("Gitanas Nauseda", "criticizes", "Russia", "positive")]),
    # an ambassador is one of many: "the US ambassador" is not the one named before
    ("Ambassador Mark Brzezinski met officials in Warsaw. Paris summoned the US ambassador.",
     [], [("France", "protestsAgainst", "Mark Brzezinski", "positive")]),
    # a state its verb's subject names is not the one the object describes
    ("Belarus detained two activists. Lithuania criticized the country.",
     [("Lithuania", "criticizes", "Belarus", "positive")], []),
    ("Iran seized a tanker. Britain condemned the country's actions.",
     [("United Kingdom", "criticizes", "Iran", "positive")], []),
    # "the island": the island state named last, unless a place was named after it
    ("Sri Lanka rejected the Indian request. The island accused New Delhi of meddling.",
     [("Sri Lanka", "accuses", "India", "positive")], []),
    ("Japan deployed troops to Okinawa. The island protested to Tokyo.", [],
     [("Japan", "protestsAgainst", "Japan", "positive")]),
    # "his country" whose country nobody knows is not the person
    ("Mr Arvo Lind spoke in Tallinn on Monday. He said his country would sanction Belarus.",
     [], [("Arvo Lind", "sanctions", "Belarus", "positive")]),
    # "the league", "the agency" of a UN body
    ("The Arab League met in Riyadh. The league criticized Iran.",
     [("Arab League", "criticizes", "Iran", "positive")], []),
    ("The World Food Programme reported shortages. The agency accused Sudan of blocking aid.",
     [("World Food Programme", "accuses", "Sudan", "positive")], []),
]


@pytest.mark.parametrize("text,expected,absent", MECHANISMS, ids=[m[0][:40] for m in MECHANISMS])
def test_mechanism(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)
