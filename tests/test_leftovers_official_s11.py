"""Session-11 leftovers of the official-text battery: measures announced as taken, acts whose
victim follows "of", regions held out as ideals, and transcript answers ("Name: ...").
Every sentence is invented."""
from __future__ import annotations

import pytest

from tests.factkit import check_row, facts

#: (text, facts expected, facts that must be absent)
CASES = [
    # countermeasures announced (taken) are sanctions; held out, they stay threats
    ("China has announced countermeasures against Raytheon and Lockheed Martin.",
     [], [("China", "threatens", "Raytheon", "positive")]),
    ("Beijing announced countermeasures against Lithuania on Friday.",
     [("China", "sanctions", "Lithuania", "positive")], [("China", "threatens", "Lithuania", "positive")]),
    ("Russia threatened countermeasures against Finland.",
     [("Russia", "threatens", "Finland", "positive")], [("Russia", "sanctions", "Finland", "positive")]),
    ("Moscow will announce countermeasures against Estonia.",
     [], [("Russia", "sanctions", "Estonia", "positive")]),
    # "the storming of X by Y": "of" names the victim, "by" the author
    ("Jordan strongly condemned the storming of the Al-Aqsa Mosque by Israeli settlers.",
     [("Jordan", "criticizes", "Israeli settlers", "positive")],
     [("Jordan", "criticizes", "Al-Aqsa Mosque", "positive")]),
    ("Turkey denounced the storming of its consulate by protesters.",
     [("Turkey", "criticizes", "protesters", "positive")], []),
    # a region held out as an ideal is no party supported
    ("Canada reaffirmed its commitment to a free and open Indo-Pacific.",
     [], [("Canada", "supports", "Indo-Pacific", "positive")]),
    ("France reaffirmed its commitment to Ukraine.",
     [("France", "supports", "Ukraine", "positive")], []),
    # a transcript answer: the paragraph after "Name:" is the named speaker's
    ("Spokesperson Wang Wenbin: Japan's release of contaminated water is irresponsible.",
     [("Wang Wenbin", "criticizes", "Japan", "positive")], []),
    ("Mao Ning: The Philippine incursion is a provocation.",
     [("Mao Ning", "criticizes", "Philippines", "positive")], []),
    ("Reuters: The Philippine incursion is a provocation, is it not?",
     [], [("Reuters", "criticizes", "Philippines", "positive")]),
]


@pytest.mark.parametrize("text,expected,absent", CASES)
def test_leftovers(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)
