"""Session 18: general constructions found missing by probe sentences and by the unseen
invented sets opened in session 18. Every text is invented."""
from __future__ import annotations

import pytest

from tests.factkit import check_row, facts

#: (text, facts expected, facts that must be absent)
CASES = [
    # a verdict of unsafe or unprofessional conduct
    ("Prime Minister Anthony Albanese said the Chinese navy's behaviour was \"unsafe and unprofessional\".",
     [("Anthony Albanese", "criticizes", "China", "positive")], []),
    # harbouring armed groups is a charge in itself
    ("Venezuela claimed that Colombia was harbouring armed groups.", [("Venezuela", "accuses", "Colombia", "positive")], []),
    # help carried by a vehicle sent with its load
    ("Qatar sent two planes carrying 40 tonnes of aid to Turkey.", [("Qatar", "aids", "Turkey", "positive")], []),
    ("Saudi Arabia sent three planes loaded with medical supplies to Pakistan.",
     [("Saudi Arabia", "aids", "Pakistan", "positive")], []),
    ("China sent two ships carrying troops to Djibouti.", [], [("China", "aids", "Djibouti", "positive")]),
]


@pytest.mark.parametrize("text,expected,absent", CASES, ids=[c[0][:50] for c in CASES])
def test_constructions(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)
