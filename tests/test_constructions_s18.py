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
    # the unnamed head or official of a named body
    ("UN Secretary-General Antonio Guterres visited Kyiv on Monday. The UN chief urged Russia to withdraw its troops.",
     [("Antonio Guterres", "demandsFrom", "Russia", "positive")], []),
    ("The WHO chief criticized China for withholding data.", [("World Health Organization", "criticizes", "China", "positive")],
     []),
    ("The European Union's special representative for the South Caucasus, Toivo Klaar, appealed to Baku to show restraint.",
     [("Toivo Klaar", "appealsTo", "Azerbaijan", "positive")], [("European Union", "appealsTo", "Azerbaijan", "positive")]),
    ("The Cabinet Secretary criticised Somalia.", [], [("Cabinet", "criticizes", "Somalia", "positive")]),
    # help carried by a vehicle sent with its load
    ("Qatar sent two planes carrying 40 tonnes of aid to Turkey.", [("Qatar", "aids", "Turkey", "positive")], []),
    ("Saudi Arabia sent three planes loaded with medical supplies to Pakistan.",
     [("Saudi Arabia", "aids", "Pakistan", "positive")], []),
    ("China sent two ships carrying troops to Djibouti.", [], [("China", "aids", "Djibouti", "positive")]),
]


@pytest.mark.parametrize("text,expected,absent", CASES, ids=[c[0][:50] for c in CASES])
def test_constructions(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)
