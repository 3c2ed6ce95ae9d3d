"""Judgements, denials and worries carried by what someone said: "Y bore responsibility for
Z" is a charge against Y; a coordinated verdict ("damaging and unjustified") or a word that
judges conduct ("inhumane") makes "called / described X as ..." a criticism; "called it ..."
after a deal named in the same sentence judges the deal; "the attack" with nobody named for
it is criticised as such (reports.py); "rejected suggestions that X had bowed to pressure"
denies the pressure; "said the decision was not retaliation" denies the charge word
(report_denials.py); "warned that the tariffs posed a risk" is a worry about the tariffs
(report_threats.py).

Texts written for these tests. Each row: the text, facts that must be found, facts that must
not be found, as (subject, predicate, object, polarity).
"""
from __future__ import annotations

import pytest

from factkit import check_row
from factkit import facts as _facts

P = "positive"

ROWS = [
    # bearing responsibility for a harm is a charge
    ("German Chancellor Olaf Scholz said Russia bore primary responsibility for the deaths.",
     [("Olaf Scholz", "accuses", "Russia", P)], []),
    ('Tillerson said Syria and Iran bore "great moral responsibility" for the killings.',
     [("Tillerson", "accuses", "Syria", P), ("Tillerson", "accuses", "Iran", P)], []),
    # ... not a duty, nor none at all
    ("The French president said Moscow has a special responsibility for peace in the region.",
     [], [("France", "accuses", "Russia", P)]),
    ("The Indian foreign minister said Pakistan bears no responsibility for the blast.",
     [], [("India", "accuses", "Pakistan", P)]),
    # a coordinated verdict: any of its words
    ('Trade Commissioner Maros Sefcovic called the U.S. tariffs "damaging and unjustified."',
     [("Maros Sefcovic", "criticizes", "United States", P)], []),
    # a word of conduct on an attack nobody is named for: the attack is criticised
    ('In a call with Putin, Turkish President Recep Tayyip Erdogan described the attack as "inhumane".',
     [("Recep Tayyip Erdogan", "criticizes", "attack", P)], []),
    # "it" after a text named in the same sentence is that text, not the last attacker
    ("Hamas fighters attacked Israeli towns last month. Israel's National Security Minister Itamar Ben-Gvir, "
     "whose far-right party voted against the deal, called it a grave mistake.",
     [("Itamar Ben-Gvir", "rejects", "deal", P)], [("Itamar Ben-Gvir", "criticizes", "Hamas", P)]),
    # ... and after an act with no text named, still the act's author
    ("North Korea fired a missile on Sunday. Japan called it a provocation.",
     [("Japan", "criticizes", "North Korea", P)], []),
    # a rejected suggestion denies what it says was yielded to or amounted to
    ("Ukrainian Energy Minister Yuri Prodan rejected suggestions that Kiev had bowed to pressure.",
     [("Yuri Prodan", "denies", "pressure", P)], []),
    ("The Kremlin rejected suggestions that the deployment amounts to an occupation.",
     [("Russia", "denies", "occupation", P)], []),
    # a charge word said not to fit the speaker's own act
    ("Japanese Trade Minister Hiroshige Seko said the decision was not retaliation.",
     [("Hiroshige Seko", "denies", "retaliation", P)], []),
    ("The Russian defence ministry insisted the drills were not a provocation.",
     [("Russia", "denies", "provocation", P)], []),
    # ... but not another side's act defended, nor "there was no ..."
    ("Kiev said Russia's offensive was not an invasion.", [], [("Ukraine", "denies", "invasion", P)]),
    # what is warned to pose a risk is a worry, even as a bare "the tariffs"
    ("IMF chief Kristalina Georgieva warned last week that the tariffs posed a significant risk to the "
     "global outlook.", [("Kristalina Georgieva", "concernedAbout", "tariffs", P)], []),
    ("The Mexican finance minister warned that the levies pose a serious threat to growth.",
     [("Mexico", "concernedAbout", "levies", P)], []),
]


@pytest.mark.parametrize("text,expected,absent", ROWS, ids=[r[0][:48] for r in ROWS])
def test_speech_row(nlp, text, expected, absent):
    check_row(_facts(nlp, text), expected, absent)
