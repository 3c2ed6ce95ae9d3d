"""Session-9 battery of the hostile relations: short invented wire sentences, one construction each
(active, passive, "X's <noun> of Y", "<noun> by X against Y", reported speech, modality, negation,
coordination, participles, relative clauses) and near misses that must give no hostile fact.
The whole table lives in tests/data/battery_hostile_s9.tsv; every sentence is invented."""
from __future__ import annotations

import pytest

from tests.battery import assert_pass_rate
from tests.factkit import check_row, facts

#: The relations the battery covers: a fact of any other relation is ignored.
HOSTILE = ("criticizes", "accuses", "threatens", "protestsAgainst", "sanctions", "attacks", "rejects",
           "demandsFrom", "denies")

#: Pass rate reached on the battery; the test fails when it drops below.
MIN_PASS_RATE = 0.90


def test_battery_pass_rate(nlp):
    assert_pass_rate(nlp, "battery_hostile_s9.tsv", MIN_PASS_RATE, covered=HOSTILE)


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
