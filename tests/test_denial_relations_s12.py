"""Which relation a denial gives: an act denied in the gerund is the topic of the denial, not
a negated act (kg/extract/verbal.py); a claim dismissed is aimed at whoever made it, the
subject of the clause reporting it, not an actor the claim is about
(kg/extract/frames/act_targets.py).

Sentences written for these tests. Each row must give exactly the facts listed for the
relations it names.
"""
from __future__ import annotations

import pytest

from factkit import facts as _facts

P, N = "positive", "negative"

# (sentence, relations checked, exact facts of those relations as (subject, predicate, object, polarity))
ROWS = [
    # a gerund denied: the denial of the act, no negated act
    ("Caracas denies arming the guerrillas and says it only offers political support.", {"denies", "aids"},
     {("Venezuela", "denies", "arming the guerrillas", P)}),
    ("Uganda denied backing the M23 rebels.", {"denies", "supports", "aids"},
     {("Uganda", "denies", "backing the m23 rebels", P)}),
    ("Minsk denies arming or training the separatists.", {"denies", "aids"},
     {("Belarus", "denies", "arming", P), ("Belarus", "denies", "training the separatists", P)}),
    # a denied clause aimed at a named actor stays the negated act
    ("Serbia denied that its forces had attacked Kosovo.", {"attacks"}, {("Serbia", "attacks", "Kosovo", N)}),
    # a claim in apposition to a reported clause is the reporter's, not the inner subject's
    ("Analysts fear the pact could allow Russia to station bombers in the country, a suggestion Eritrean "
     "President Isaias Afwerki has dismissed.", {"rejects"}, set()),
    ("Kyiv said Moscow's drones struck a power plant, a claim Russia rejected.", {"rejects"},
     {("Russia", "rejects", "Ukraine", P)}),
    # a charge dismissed: the accuser rejected and the content of the charge denied (both in gold)
    ("Armenia accused Baku of shelling border villages. Azerbaijan dismissed the accusations as baseless.",
     {"rejects"}, {("Azerbaijan", "rejects", "Armenia", P)}),
]


@pytest.mark.parametrize("sentence,relations,expected", ROWS, ids=[r[0][:48] for r in ROWS])
def test_denial_relations_s12(nlp, sentence, relations, expected):
    got = {(f.subject, f.predicate, f.object, f.polarity) for f in _facts(nlp, sentence) if f.predicate in relations}
    assert got == expected
