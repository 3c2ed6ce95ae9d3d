"""Refusals and rejections (kg/extract/frames/act_stances.py, act_targets.py): an act turned
down whose author is not found (a topic), a pronoun standing for acts named before, an
agreement ended with a party, a refusal to let a side do something, a refused text someone
put forward, contested claims and overridden vetoes.

Sentences written for these tests. Each row must give exactly the facts listed for the
relations it names; each near miss must give no fact of its relation.
"""
from __future__ import annotations

import pytest

from factkit import facts as _facts

P = "positive"

# (sentence, exact facts of the named relations as (subject, predicate, object, polarity))
ROWS = [
    # an act turned down whose author is nowhere named: the act itself
    ("Hungary rejected the complaint on Monday.", {("Hungary", "rejects", "complaint", P)}),
    ("Belgrade dismissed the ultimatum.", {("Serbia", "rejects", "ultimatum", P)}),
    ("Kenya's parliament overrode a presidential veto on Friday.", {("Kenya", "rejects", "presidential veto", P)}),
    # a pronoun standing for the acts of the sentence before (an official's title named by apposition)
    ("The ministry has studied the statement made by President Emmanuel Macron, as well as the remarks of "
     "Germany's chancellor, Olaf Scholz. Algeria rejects them.",
     {("Algeria", "rejects", "Emmanuel Macron", P), ("Algeria", "rejects", "Olaf Scholz", P)}),
    # contested claims
    ("Bolivia continues to contest Chile's claims to the Silala river.", {("Bolivia", "rejects", "Chile", P)}),
    # an agreement ended with a party
    ("Peru scrapped a 2019 contract with Hyundai.", {("Peru", "rejects", "Hyundai", P)}),
    ("Mexico will terminate its energy agreement with Spain.", {("Mexico", "rejects", "Spain", P)}),
    # refusing to let a side do something
    ("Eritrea refused to let Sweden observe the vote.", {("Eritrea", "rejects", "Sweden", P)}),
    ("Serbia will not allow Kosovo to join the Council of Europe.", {("Serbia", "rejects", "Kosovo", P)}),
    # refusing a text someone put forward
    ("Nigeria declined to endorse a peace plan proposed by Russia.", {("Nigeria", "rejects", "Russia", P)}),
]

# (sentence, relation, polarity): no fact of that relation may come out
NEAR_MISSES = [
    ("Kenya threatened to cancel the contract with Adani.", "rejects", P),  # only threatened
    ("Hungary did not refuse to let Ukraine join the talks.", "rejects", P),  # no refusal
    ("Israel did not allow the convoy to enter Gaza.", "rejects", P),  # a report, and no side let
    ("Chile rejected the decision.", "rejects", P),  # a bare act of nobody's: nothing nameable
    ("Prodan rejected suggestions that Kiev had bowed to pressure.", "rejects", P),  # what it says is denied
    ("Houthi leader Mohammed Abdulsalam rejected calls to free the embassy staff.", "rejects", P),  # the act asked
    # an act in apposition to a clause is that clause's subject's: no topic guessed
    ("He said Peru should become a colony, a remark Peruvian officials have dismissed as insulting.", "rejects", P),
]


@pytest.mark.parametrize("sentence,expected", ROWS, ids=[r[0][:48] for r in ROWS])
def test_rejects_rows_s12(nlp, sentence, expected):
    relations = {p for _, p, _, _ in expected}
    got = {(f.subject, f.predicate, f.object, f.polarity) for f in _facts(nlp, sentence) if f.predicate in relations}
    assert got == expected


@pytest.mark.parametrize("sentence,relation,polarity", NEAR_MISSES, ids=[r[0][:48] for r in NEAR_MISSES])
def test_rejects_near_miss_s12(nlp, sentence, relation, polarity):
    got = [(f.subject, f.object) for f in _facts(nlp, sentence) if f.predicate == relation and f.polarity == polarity]
    assert got == []
