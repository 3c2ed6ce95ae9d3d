"""Session-9 battery of the static relations (leaderOf, memberOf, locatedIn): short invented wire
sentences, one construction each (titles before and after names, with and without the country,
"President X of Y", "the president of Y, X", ranks, spokespeople, chief executives, "X is a member of
Y", "joined NATO", member lists, affiliates, towns in provinces, "the northern city of X", datelines)
and near misses that must give no static fact (former officials, meetings, travel, "Kenyan-born").
The whole table lives in tests/data/battery_static_s9.tsv; every sentence is invented."""
from __future__ import annotations

import pytest

from tests.battery import assert_pass_rate
from tests.factkit import check_row, facts

#: The relations the battery covers: a fact of any other relation is ignored.
STATIC = ("leaderOf", "memberOf", "locatedIn")

#: Pass rate reached on the battery; the test fails when it drops below.
MIN_PASS_RATE = 0.93


def test_battery_pass_rate(nlp):
    assert_pass_rate(nlp, "battery_static_s9.tsv", MIN_PASS_RATE, covered=STATIC)


#: (sentence, facts expected, facts that must be absent) for each mechanism the battery called for
MECHANISMS = [
    # a place described after its name by a noun its owner possesses or an "of" names
    ("Aleppo, Syria's largest city, lost power.", [("Aleppo", "locatedIn", "Syria", "positive")], []),
    ("Basra, Iraq's second city, was calm.", [("Basra", "locatedIn", "Iraq", "positive")], []),
    ("Bukavu, the capital of South Kivu province, fell.", [("Bukavu", "locatedIn", "South Kivu", "positive")], []),
    ("Ahmed Ali, Kenya's capital police chief, spoke.", [], [("Ahmed Ali", "locatedIn", "Kenya", "positive")]),
    # an untagged or tagged town right before "in <bearing> <place>", no comma needed
    ("Shelling hit Odesa in southern Ukraine.", [("Odesa", "locatedIn", "Ukraine", "positive")], []),
    ("Troops raided Tubas in the occupied West Bank.", [("Tubas", "locatedIn", "West Bank", "positive")], []),
    ("Talks in Doha in May failed.", [], [("Doha", "locatedIn", "May", "positive")]),
    # "who heads <country>'s junta / the junta in <country>": the country's leader
    ("Colonel Mamadi Doumbouya, who heads Guinea's junta, spoke.",
     [("Mamadi Doumbouya", "leaderOf", "Guinea", "positive")], []),
    ("Assimi Goita, who heads the junta in Mali, met the envoy.",
     [("Assimi Goita", "leaderOf", "Mali", "positive")], []),
    # "<body>, a group / movement led by X": the body the apposition describes
    ("The M23, a rebel movement led by Sultani Makenga, seized the town.",
     [("Sultani Makenga", "leaderOf", "M23", "positive")], []),
    # a portfolio's chief ("the UN humanitarian chief") is a member of the body
    ("Filippo Grandi, the UN refugee chief, warned of a crisis.",
     [("Filippo Grandi", "memberOf", "United Nations", "positive")],
     [("Filippo Grandi", "leaderOf", "United Nations", "positive")]),
    # "a commander in", "a leader of": one of several, a member
    ("Ali Karimi, a commander in the Iranian army, was killed.", [],
     [("Ali Karimi", "leaderOf", "Iranian Army", "positive")]),
    # "a member of A and B": each body
    ("Turkey is a member of NATO and the G20.",
     [("Turkey", "memberOf", "North Atlantic Treaty Organization", "positive"),
      ("Turkey", "memberOf", "Group of 20", "positive")], []),
    # "the X group's founding members - A, B": the kind of member skipped, the group's name read
    ("The BRICS group's founding members - Brazil and India - met.",
     [("Brazil", "memberOf", "BRICS", "positive"), ("India", "memberOf", "BRICS", "positive")], []),
    # "<body>, which groups / made up of A, B and C,": the countries listed
    ("The Quad, which groups India, Japan, Australia and the United States, met in Tokyo.",
     [("India", "memberOf", "Quad", "positive"), ("United States", "memberOf", "Quad", "positive")], []),
    ("Mercosur, made up of Brazil, Argentina, Paraguay and Uruguay, met.",
     [("Paraguay", "memberOf", "Mercosur", "positive")], []),
    ("NATO, which includes Turkey, met.", [], [("Turkey", "memberOf", "North Atlantic Treaty Organization", "positive")]),
    # "the X militia, part of Y": the name compounded to its kind's noun
    ("The Kataib Hezbollah militia, part of the Popular Mobilization Forces, denied it.",
     [("Kataib Hezbollah", "memberOf", "Popular Mobilization Forces", "positive")], []),
]


@pytest.mark.parametrize("text,expected,absent", MECHANISMS, ids=[m[0][:40] for m in MECHANISMS])
def test_mechanism(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)
