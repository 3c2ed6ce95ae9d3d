"""Speech acts, round 2 (session 10): a negated stance ("does not support the use of
force"), being left out ("had not been told of") and "there is no reason / need" deny
nothing; "both governments are hurting" accuses no one; a speaker titled "spokesman for
X" after the name speaks for X (reports.py); "X's actions are a threat" criticizes X
(report_threats.py); "said it had killed" after an attack noun accuses the attack's author
(reports.py); "vowed revenge" / "reserved the right to respond" with nobody named threatens
the one side that attacked just before, and "vowed to make X pay" threatens X
(frames/threaten.py).

Texts written for these tests. Each row: the text, facts that must be found, facts that must
not be found, as (subject, predicate, object, polarity).
"""
from __future__ import annotations

import pytest

from factkit import check_row
from factkit import facts as _facts

P = "positive"

ROWS = [
    # a stance told is no denial
    ("Malaysian Prime Minister Anwar Ibrahim reiterated that Malaysia does not support the use of "
     "force in the South China Sea.", [], [("Anwar Ibrahim", "denies", "use of force", P),
                                          ("Malaysia", "denies", "use of force", P)]),
    # ... but an aim disowned still is
    ("Iranian Foreign Minister Mohammad Javad Zarif insisted that Iran was not seeking a confrontation.",
     [("Mohammad Javad Zarif", "denies", "confrontation", P)], []),
    # being left out denies nothing
    ("French officials said they had not been informed of the submarine deal in advance.",
     [], [("France", "denies", "submarine deal", P)]),
    # nor does a reason said to be missing
    ('"There is no need for anybody in Germany to panic," Chancellor Olaf Scholz told reporters.',
     [], [("Olaf Scholz", "denies", "need", P)]),
    # ... while a thing said not to exist is denied
    ('"There is no famine in Tigray," Ethiopian government spokesman Legesse Tulu said.',
     [("Legesse Tulu", "denies", "famine", P)], []),
    # a plight is no charge
    ('"Both economies are hurting," said Miriam Okello, who follows Sudan and South Sudan.',
     [], [("Miriam Okello", "accuses", "Sudan", P), ("Miriam Okello", "accuses", "South Sudan", P)]),
    # a title set off after the name speaks for its side: its own group's strike is no charge
    ("Yahya Saree, the military spokesman for the Houthis, said the group had struck an airport in Abha.",
     [], [("Yahya Saree", "accuses", "Houthis", P)]),
    # ... but another side's strike still is
    ("Yahya Saree, the military spokesman for the Houthis, said Saudi jets had struck a market in Saada.",
     [("Yahya Saree", "accuses", "Saudi Arabia", P)], []),
    # an actor's doings called a threat: a charge against the actor
    ('"President Lukashenko\'s actions are a threat to European security," Lithuanian President '
     'Gitanas Nauseda told reporters.', [("Gitanas Nauseda", "criticizes", "Lukashenko", P)],
     [("Gitanas Nauseda", "concernedAbout", "Lukashenko", P)]),
    # ... a thing called a threat stays a worry
    ("Japanese Prime Minister Fumio Kishida said China's military buildup was a serious threat.",
     [("Fumio Kishida", "concernedAbout", "military buildup", P)], []),
    # "it" after an attack noun: the attack, whose author is accused
    ("Lebanon's state news agency reported an Israeli drone strike on a car near Tyre, saying it had "
     "killed two people.", [("Lebanon", "accuses", "Israel", P)], []),
    # an answer vowed with nobody named answers the one side that attacked just before
    ("Israeli aircraft killed a senior Hamas commander in Gaza on Monday. Hamas vowed revenge.",
     [("Hamas", "threatens", "Israel", P)], []),
    ("Pakistani troops shelled Indian posts in Kashmir overnight. India reserved the right to respond "
     "at a time and place of its choosing.", [("India", "threatens", "Pakistan", P)], []),
    # ... not when the attacks before were by the vowing side itself
    ("Israeli aircraft struck targets in Gaza on Monday. Israel vowed to respond.",
     [], [("Israel", "threatens", "Palestine", P), ("Israel", "threatens", "Hamas", P)]),
    # making a side pay
    ("Turkish President Tayyip Erdogan vowed to make Sweden pay for the insult.",
     [("Tayyip Erdogan", "threatens", "Sweden", P)], []),
]


@pytest.mark.parametrize("text,expected,absent", ROWS, ids=[r[0][:48] for r in ROWS])
def test_speech2_row(nlp, text, expected, absent):
    check_row(_facts(nlp, text), expected, absent)
