"""Reported wrongdoing is an accusation (kg/extract/reports.py, the accused-of rule of verbal.py):
the act charged may be a conjunct, the act gone on with, a cleft's or what a suspicion is of;
"noting / warning that" report a charge; a relative pronoun accused stands for its antecedent;
a government's own statement charges in its own voice.

Sentences written for these tests. Each row lists facts that must be present; each near miss
must not give the fact named.
"""
from __future__ import annotations

import pytest

from kg.extract import extract_doc
from kg.types import Article

P = "positive"


def _keys(nlp, text: str, source: str | None = None):
    article = Article(id="t", title="t", text=text, source=source)
    return {(f.subject, f.predicate.split(":")[-1].split("#")[-1], f.object, f.polarity)
            for f in extract_doc(nlp(text), article).facts}


# (sentence, facts that must be present)
ROWS = [
    # a verb conjunct with no subject of its own is charged to the clause subject
    ("Manila said Chinese vessels had surrounded the fishing boat and then rammed it.",
     {("Philippines", "accuses", "China", P)}),
    # an act done with a weapon is a wrong, whatever its verb
    ("Tokyo said Chinese ships had sprayed the Japanese trawler with water cannon.",
     {("Japan", "accuses", "China", P)}),
    # the act gone on with
    ('"Russia continues to shell residential districts," the Ukrainian foreign ministry said.',
     {("Ukraine", "accuses", "Russia", P)}),
    # a cleft: the relative clause is said of the noun it is on
    ("Hanoi said it was Chinese boats that had harassed the fishermen.", {("Vietnam", "accuses", "China", P)}),
    # what a suspicion is of; a part in an attack charges the subject of a passive
    ("Warsaw said there was strong suspicion that Belarusian officials had been involved in the bombing.",
     {("Poland", "accuses", "Belarus", P)}),
    # "noting / warning that" report a charge
    ("Seoul suspended the talks, noting that North Korea had attacked a border post.",
     {("South Korea", "accuses", "North Korea", P)}),
    ("Ethiopia warned that Eritrean troops were still looting villages in the north.",
     {("Ethiopia", "accuses", "Eritrea", P)}),
    # a second that-clause is reported too
    ("Beijing told reporters that the survey ship was in Chinese waters and that Vietnamese boats had "
     "disrupted its work.", {("China", "accuses", "Vietnam", P)}),
    # a relative pronoun accused stands for its antecedent (the name before an apposition)
    ("The talks covered Hezbollah, which Israel accuses of smuggling weapons.", {("Israel", "accuses", "Hezbollah", P)}),
]

# (sentence, fact that must be absent)
NEAR_MISSES = [
    # a warning of what may come charges nobody yet
    ("Kyiv warned that Russia could attack the capital again.", ("Ukraine", "accuses", "Russia", P)),
    # no suspicion at all
    ("Warsaw said there was no evidence that Belarusian officials had been involved in the bombing.",
     ("Poland", "accuses", "Belarus", P)),
    # a speech act coordinated with the clause is no wrong of its subject
    ("Ankara said the Syrian government would respect the truce but warned that Kurdish fighters were regrouping.",
     ("Turkey", "accuses", "Syria", P)),
    # supplied with weapons: help, not a wrong
    ("Kyiv said Britain had provided its army with rockets.", ("Ukraine", "accuses", "United Kingdom", P)),
    # the speaker's own army, named by a title parsed as a second subject
    ("Major General Ali Khan, the spokesman for the Pakistani armed forces, wrote that the army had responded "
     "and targeted the posts.", ("Ali Khan", "accuses", "Pakistan", P)),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_reported_wrongdoing(nlp, text, expected):
    found = _keys(nlp, text)
    assert expected <= found, found


@pytest.mark.parametrize("text,absent", NEAR_MISSES)
def test_no_charge(nlp, text, absent):
    assert absent not in _keys(nlp, text)


def test_statement_in_own_voice(nlp):
    # a government's published statement charges in its own voice; a news agency's copy narrates
    text = ("The ministry expresses strong dissatisfaction with the visit. Lithuanian officials have seriously "
            "violated China's sovereignty.")
    assert ("China", "accuses", "Lithuania", P) in _keys(
        nlp, text, source="Ministry of Foreign Affairs of the People's Republic of China")
    assert ("China", "accuses", "Lithuania", P) not in _keys(nlp, text, source="Xinhua News Agency")
