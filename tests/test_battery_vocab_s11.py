"""Session-11 battery of vocabulary: short invented wire sentences crossing the words news English
uses for each event relation (verbs and phrasal verbs, light verbs with nominalisations, adjectives,
idioms: "huddled with", "jetted into", "threw its weight behind", "shipped arms to", "leaned on",
"tore into", "laid the blame on", "shrugged off", "rattled its saber at", "rained missiles on",
"compared notes on", "fretted over") with ordinary actors, and near misses that use the same words
without a fact ("slammed the door", "backing vocals", "the storm pounded the coast"). The whole
table lives in tests/data/battery_vocab_s11.tsv; every sentence is invented."""
from __future__ import annotations

import pytest

from tests.battery import assert_pass_rate
from tests.factkit import check_row, facts
from tests.test_battery_wire_s10 import EVENTS

#: Pass rate reached on the battery (0.754 before the session's fixes, 0.90 after); the test
#: fails when it drops below.
MIN_PASS_RATE = 0.88


def test_battery_pass_rate(nlp):
    assert_pass_rate(nlp, "battery_vocab_s11.tsv", MIN_PASS_RATE, covered=EVENTS)


#: (sentence, facts expected, facts that must be absent) for each mechanism the battery called for
MECHANISMS = [
    # help or weapons moved to a side by a verb of conveying aid it; other goods and troops do not
    ("Canada airlifted medical supplies to Haiti.", [("Canada", "aids", "Haiti", "positive")], []),
    ("Poland transferred MiG-29 jets to Ukraine.", [("Poland", "aids", "Ukraine", "positive")], []),
    ("South Korea shipped artillery shells to Poland.", [("South Korea", "aids", "Poland", "positive")], []),
    ("Toyota shipped 20,000 cars to Mexico.", [], [("Toyota", "aids", "Mexico", "positive")]),
    ("Russia rushed troops to Kursk.", [], [("Russia", "aids", "Kursk", "positive")]),
    # reports, rumours and allegations brushed off, shrugged off or dismissed are denied
    ("Turkey dismissed reports of a secret deal with Syria.", [("Turkey", "denies", "reports of a secret deal", "positive")], []),
    ("Beijing shrugged off allegations of forced labour.",
     [("China", "denies", "allegations of forced labour", "positive")], []),
    ("Egypt rejected the UN report on Gaza.", [], [("Egypt", "denies", "report", "positive")]),
    # a charge's target may hang off what it is a charge of
    ("Serbia levelled accusations of ethnic cleansing against Kosovo.", [("Serbia", "accuses", "Kosovo", "positive")], []),
    # told, pushed or required to act: a demand on the one pushed
    ("Japan pushed South Korea to drop the lawsuit.", [("Japan", "demandsFrom", "South Korea", "positive")], []),
    ("The EU required Serbia to align its foreign policy.", [("European Union", "demandsFrom", "Serbia", "positive")], []),
    ("Russian forces pushed Ukrainian troops back to the river.", [],
     [("Russia", "demandsFrom", "Ukraine", "positive")]),
    # pressure put or applied on a side is a demand on it
    ("Washington applied pressure on Qatar to expel the group.", [("United States", "demandsFrom", "Qatar", "positive")], []),
    # starting a visit holds it
    ("Indian Prime Minister Narendra Modi embarked on a visit to Poland.",
     [("Narendra Modi", "visits", "Poland", "positive")], []),
    # backing given to a side's act backs the side
    ("Hungary gave its blessing to Sweden's membership.", [("Hungary", "supports", "Sweden", "positive")], []),
    # attitudes flagged or vented are the subject's
    ("Norway flagged concerns about Russian sabotage.", [("Norway", "concernedAbout", "sabotage", "positive")], []),
    ("Iran vented its anger at Britain.", [("Iran", "criticizes", "United Kingdom", "positive")], []),
]


@pytest.mark.parametrize("text,expected,absent", MECHANISMS, ids=[m[0][:40] for m in MECHANISMS])
def test_mechanism(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)
