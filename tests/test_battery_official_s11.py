"""Session-11 battery of official texts: short invented sentences in the conventions of how
governments and organisations write (foreign-ministry statements that condemn, express concern,
reiterate support, call on, reject, summon; "H.E. X received H.E. Y"; "during the meeting, the two
ministers discussed"; readouts; joint statements; UN and EU statements; state-agency reports;
speeches; press-conference transcripts; numbered decisions) with ordinary facts and near misses.
The whole table lives in tests/data/battery_official_s11.tsv; every sentence is invented."""
from __future__ import annotations

import pytest

from tests.battery import assert_pass_rate
from tests.factkit import check_row, facts

#: The relations the battery covers (every event relation): a static fact is checked only when
#: a row names it.
EVENTS = ("meets", "visits", "negotiatesWith", "cooperatesWith", "supports", "aids", "appealsTo",
          "demandsFrom", "criticizes", "accuses", "rejects", "threatens", "protestsAgainst", "sanctions",
          "attacks", "discusses", "concernedAbout", "denies")

#: Pass rate reached on the battery (0.833 before the session's fixes, 0.877 after); the test
#: fails when it drops below.
MIN_PASS_RATE = 0.86


def test_battery_pass_rate(nlp):
    assert_pass_rate(nlp, "battery_official_s11.tsv", MIN_PASS_RATE, covered=EVENTS)


#: (sentence, facts expected, facts that must be absent) for each mechanism the battery called for
MECHANISMS = [
    # an act of violence or abuse that names nobody is condemned (or deplored) as such
    ("Malaysia condemned the killing of the journalists.", [("Malaysia", "criticizes", "killing", "positive")], []),
    ("Spain deplored the massacre in the village.", [("Spain", "criticizes", "massacre", "positive")], []),
    ("Spain condemned the Israeli raid.", [("Spain", "criticizes", "Israel", "positive")],
     [("Spain", "criticizes", "raid", "positive")]),
    # ... and so when the condemnation is a noun a light verb expresses
    ("Qatar expressed its strong condemnation of the bombing of the hospital.",
     [("Qatar", "criticizes", "bombing", "positive")], []),
    ("Oman voiced its condemnation of the assassination.", [("Oman", "criticizes", "assassination", "positive")], []),
    # "at the invitation of X, Y will pay a visit": the subject the parser hangs onto X
    ("At the invitation of President Lula, Chinese Premier Li Qiang will pay an official visit to Brazil.",
     [("Li Qiang", "visits", "Brazil", "positive")], []),
    ("At the invitation of Premier Li Qiang, Prime Minister Anthony Albanese will pay an official visit to China.",
     [("Anthony Albanese", "visits", "China", "positive")], []),
    # "notes with concern X", "is following with great concern X": the watcher is concerned about X
    ("Indonesia notes with deep concern the escalation in Rakhine.",
     [("Indonesia", "concernedAbout", "escalation in rakhine", "positive")], []),
    ("Qatar is following with great concern the developments in Sudan.",
     [("Qatar", "concernedAbout", "developments in sudan", "positive")], []),
    # a request never received was never made
    ("Chad has received no request from Sudan.", [], [("Sudan", "appealsTo", "Chad", "positive")]),
    ("Kenya has not received any request from Somalia.", [], [("Somalia", "appealsTo", "Kenya", "positive")]),
    # a truce the sides are urged to agree to is the appeal's content, not cooperation
    ("The African Union urged Ethiopia and Eritrea to agree to a truce.",
     [("African Union", "appealsTo", "Ethiopia", "positive")], [("Ethiopia", "cooperatesWith", "Eritrea", "positive")]),
    # regretting someone's decision criticizes them
    ("Germany regrets Turkey's decision to leave the convention.", [("Germany", "criticizes", "Turkey", "positive")], []),
]


@pytest.mark.parametrize("text,expected,absent", MECHANISMS, ids=[m[0][:40] for m in MECHANISMS])
def test_mechanism(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)
