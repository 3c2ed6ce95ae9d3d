"""Session-12 attacks: recurring constructions of military action that the extractor missed,
each with sentences invented for the test (different names and wording from the articles the
classes were found in), and near misses that must stay silent."""
from __future__ import annotations

import pytest

from tests.factkit import check_row, facts

#: (text, facts expected, facts that must be absent)
CASES = [
    # an armed campaign / operation / coalition against a group, or one said to be military
    ("Abuja has for years kept troops in the northeast as part of its campaign against Boko Haram.",
     [("Nigeria", "attacks", "Boko Haram", "positive")], []),
    ("Kenya has carried out repeated air and ground operations against al-Shabaab in Somalia.",
     [("Kenya", "attacks", "al-Shabaab", "positive")], []),
    ("Officers were caught in crossfire during a Syrian army operation against Islamic State.",
     [("Syria", "attacks", "Islamic State", "positive")], []),
    ("Japan pledged support for the government of Mali in its campaign against the Islamic State.",
     [("Mali", "attacks", "Islamic State", "positive")], [("Japan", "attacks", "Islamic State", "positive")]),
    ("Nigeria launched a vaccination campaign against polio in Kano.", [],
     [("Nigeria", "attacks", "Kano", "positive")]),
    ("The United States waged a pressure campaign against Iran.", [],
     [("United States", "attacks", "Iran", "positive")]),
    # forces advancing into a place attack it (not companies entering a market)
    ("Israeli tanks rolled into Rafah on Tuesday.", [("Israel", "attacks", "Rafah", "positive")], []),
    ("Russian troops advanced into Ukraine's Kharkiv region.", [("Russia", "attacks", "Ukraine", "positive")], []),
    ("Chinese companies pushed into African markets.", [], [("China", "attacks", "Africa", "positive")]),
    # a field or palace taken is a place taken ("seized an oil field")
    ("Sudanese troops seized the Abu Gabra oil field.", [("Sudan", "attacks", "Abu Gabra", "positive")], []),
    # the target phrase on what a war is "of"
    ("Poland condemned Belarus's war of aggression against Lithuania.",
     [("Belarus", "attacks", "Lithuania", "positive")], []),
    # "its" strikes of the one asked to stop them
    ("The minister pressed Turkey on Monday to halt its strikes on Syria.",
     [("Turkey", "attacks", "Syria", "positive")], []),
    ("Kenya called on Ethiopia to end its bombing of Tigray.",
     [("Ethiopia", "attacks", "Tigray", "positive")], [("Kenya", "attacks", "Tigray", "positive")]),
]


@pytest.mark.parametrize("text,expected,absent", CASES, ids=[c[0][:40] for c in CASES])
def test_attacks(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)
