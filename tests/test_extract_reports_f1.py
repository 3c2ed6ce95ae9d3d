"""Reported negation: what makes a negated clause a denial, a refusal or a shared outcome,
and whose side a reported act is on (kg/extract/reports.py, report_denials.py).

Sentences written for these tests. Each row lists the exact facts of the relations it
names; each near miss must give no fact of its relation and polarity.
"""
from __future__ import annotations

import pytest

from factkit import facts as _facts

P, N = "positive", "negative"

# (sentence, exact facts of the named relations as (subject, predicate, object, polarity))
ROWS = [
    # a negated statement of fact about the speaker's side stays a denial
    ("Peru insisted that it had never sold weapons to any armed group.", {("Peru", "denies", "weapons", P)}),
    ("Chile maintained that there was no surveillance of foreign journalists.",
     {("Chile", "denies", "surveillance of foreign journalists", P)}),
    # a possessed subject is someone's act judged, but a plain one is still a topic raised
    ("Kallas said that diplomacy is the only way forward.", {("Kallas", "discusses", "diplomacy", P)}),
    # an attack reported by the side that suffered it is a charge against the attacker
    ("Houthi military spokesman Yahya Saree said American warships had attacked Yemeni ports.",
     {("Yahya Saree", "accuses", "United States", P)}),
    ("Nigeria's army said Chadian soldiers had attacked its positions.", {("Nigeria", "accuses", "Chad", P)}),
]

# (sentence, relation, polarity): must give no fact of that relation and polarity
NEAR_MISSES = [
    # a negated intention, ability or condition is a refusal, not a denial
    ("Chilean President Gabriel Boric said Chile would not lower its copper tariffs.", "denies", P),
    ("Norway said it will not change its fishing quotas.", "denies", P),
    ("Peru's president said his government would not be intimidated but would protect every hectare of its land.",
     "denies", P),
    ("\"There can be no negotiations while the shelling continues,\" Kallas wrote.", "denies", P),
    ("\"Without inspectors, we cannot tell the world where the uranium is,\" Grossi said.", "denies", P),
    ("Spain said it would not compromise on its fishing rights.", "denies", P),
    # a negated outcome shared with another party is no denial about the speaker
    ("Mexican and Guatemalan officials met in Mexico City on Monday. Mexico's foreign minister said the two "
     "sides had not reached any agreement on water sharing.", "denies", P),
    ("Mexico said Mexico and Guatemala had not signed any deal on migration.", "denies", P),
    # the speaker's own side (or whoever acted with it) is no culprit
    ("Nigeria's army said its soldiers and allied militias had launched an offensive on the insurgents.",
     "accuses", P),
    ("Houthi military spokesman Yahya Saree said the group had attacked a cargo ship.", "accuses", P),
    ("US Central Command said American and Dutch aircraft struck radar sites overnight.", "accuses", P),
    # someone's own stance or measures are judged or explained, not raised as a topic
    ("Donald Tusk said Orban's stance was a gift to Putin.", "discusses", P),
    ("Rwanda said Kigali's defensive measures were a response to the threat.", "discusses", P),
]


@pytest.mark.parametrize("sentence,expected", ROWS, ids=[r[0][:48] for r in ROWS])
def test_reported_negation_row(nlp, sentence, expected):
    relations = {p for _, p, _, _ in expected}
    got = {(f.subject, f.predicate, f.object, f.polarity) for f in _facts(nlp, sentence) if f.predicate in relations}
    assert got == expected


@pytest.mark.parametrize("sentence,relation,polarity", NEAR_MISSES, ids=[r[0][:48] for r in NEAR_MISSES])
def test_reported_negation_near_miss(nlp, sentence, relation, polarity):
    got = [f for f in _facts(nlp, sentence) if f.predicate == relation and f.polarity == polarity]
    assert not got, [(f.subject, f.predicate, f.object, f.rule) for f in got]
