"""Denials, appeals and worries carried by what someone said (session 10): a denied act done
to a bare reference ("had sought the meeting") is denied with its act; a too long denied
predicate is cut after its first object; "denied that the measures were a punishment" denies
the charge word; "were designed to contain China's economy" denies the intended act with its
named possessor (report_denials.py); "spokeswoman X said Rwanda was not involved" is Rwanda's
denial too, "did not expect / share" and "there was no evidence" deny nothing (reports.py);
"X hoped Y would <act>" is an appeal to Y (report_talks.py); "warned of further strikes if Y
..." holds out an attack, it is no worry (report_threats.py).

Texts written for these tests. Each row: the text, facts that must be found, facts that must
not be found, as (subject, predicate, object, polarity).
"""
from __future__ import annotations

import pytest

from factkit import check_row
from factkit import facts as _facts

P = "positive"

ROWS = [
    # an act done to a bare reference: the act with its object
    ("Vietnamese officials denied that Hanoi had delayed the decision.",
     [("Vietnam", "denies", "delaying the decision", P)], []),
    ("Indian officials denied that New Delhi had sought the meeting.",
     [("India", "denies", "seeking the meeting", P)], []),
    # ... but a named object is still the verb rule's
    ("Chinese officials denied that Beijing was dumping steel.", [("China", "denies", "dumping steel", P)], []),
    # a too long predicate: cut after the object of its first preposition
    ("The Kremlin denied that Moscow had reneged on promises given to Western leaders in 1990.",
     [("Russia", "denies", "reneging on promises", P)], []),
    # a charge word said of the act
    ("Japanese officials deny that the export curbs are a punishment.",
     [("Japan", "denies", "punishment", P)], []),
    # an intended act, with the named possessor of its object
    ("The State Department denied that the chip restrictions were designed to contain China's economy.",
     [("United States", "denies", "containing china economy", P)], []),
    # the side named in a spokesperson's denied clause denies it too (a part or a state)
    ("Kremlin spokesman Dmitry Peskov said Russia was not involved in the explosion.",
     [("Russia", "denies", "explosion", P)], []),
    # a view told is no denial; nor is the evidence said to be missing
    ("Chief Cabinet Secretary Taro Kono said the government did not expect the question of "
     "sovereignty to be settled.", [], [("Taro Kono", "denies", "sovereignty", P)]),
    ("Trade Minister Dan Tehan said there was no evidence that Australian barley was sold below cost.",
     [], [("Dan Tehan", "denies", "evidence", P)]),
    # an act hoped for from another side is an appeal to it
    ("Beijing hoped Hanoi and Manila would settle their differences through dialogue.",
     [("China", "appealsTo", "Vietnam", P), ("China", "appealsTo", "Philippines", P)], []),
    ("The Turkish foreign minister said Ankara hoped Moscow would return to the negotiating table.",
     [("Turkey", "appealsTo", "Russia", P)], []),
    ("Egypt hopes the United States will mediate the dispute over the dam.",
     [("Egypt", "appealsTo", "United States", P)], []),
    # ... not an outcome hoped for, nor a phrase that only mentions a side
    ("Germany hoped Greece would stay in the eurozone.", [], [("Germany", "appealsTo", "Greece", P)]),
    ("The White House had hoped the trip, Biden's first to Asia, would persuade Tokyo to buy more gas.",
     [], [("United States", "appealsTo", "Joe Biden", P), ("United States", "appealsTo", "Biden", P)]),
    # an attack held out on a condition is no worry
    ("Houthi spokesman Yahya Saree warned of further strikes if Riyadh did not end its campaign.",
     [], [("Yahya Saree", "concernedAbout", "strikes", P)]),
    # ... but a warning of violence still is
    ("The UN envoy Tor Wennesland warned of violence if the elections were delayed.",
     [("Tor Wennesland", "concernedAbout", "violence", P)], []),
]


@pytest.mark.parametrize("text,expected,absent", ROWS, ids=[r[0][:48] for r in ROWS])
def test_speech_row(nlp, text, expected, absent):
    check_row(_facts(nlp, text), expected, absent)
