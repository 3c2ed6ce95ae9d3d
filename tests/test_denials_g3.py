"""What a denied copula / intention clause denies, and clauses a speaker judges rather than
raises (kg/extract/report_denials.py, kg/extract/reports.py).

Sentences written for these tests. Each row must give exactly the facts listed for the
relations it names; each near miss must give no fact of its relation.
"""
from __future__ import annotations

import pytest

from factkit import facts as _facts

P = "positive"

# (sentence, exact facts of the named relations as (subject, predicate, object, polarity))
ROWS = [
    # a part in something: "responsible for", "behind", "involved / implicated / complicit in"
    ("Peru denied that the militia was responsible for the bombing of the pipeline.",
     {("Peru", "denies", "bombing of the pipeline", P)}),
    ("Ghana denied that its agents were behind the kidnapping of the reporters.",
     {("Ghana", "denies", "kidnapping of the reporters", P)}),
    ("Chile denied that its officers were involved in the smuggling ring.",
     {("Chile", "denies", "smuggling ring", P)}),
    ("Kenya denied that the agency was implicated in the bribery scandal.",
     {("Kenya", "denies", "bribery scandal", P)}),
    ("Nepal denied that its police were complicit in the abuses.", {("Nepal", "denies", "abuses", P)}),
    # a noun subject judged by an adjective: the judged thing with the adjective
    ("Oman denied that the fuel shipments were illegal.", {("Oman", "denies", "illegal fuel shipments", P)}),
    ("Tunisia denied that the election results were fraudulent.",
     {("Tunisia", "denies", "fraudulent election results", P)}),
    # an intention: the intended act with its object
    ("Bolivia denied that its government plans to nationalise the mines.",
     {("Bolivia", "denies", "nationalising mines", P)}),
    # a charge denied in a fronted relative clause, whatever the parse made of it
    ("Kenya accused Uganda of arming the rebels, a charge Kampala denied.",
     {("Uganda", "denies", "arming the rebels", P), ("Uganda", "denies", "charge", P)}),
]

# (sentence, relation, polarity): no fact of that relation may come out
NEAR_MISSES = [
    ("Chile denied that it was involved.", "denies", P),  # nothing named
    ("Iran denied that its diplomats were responsible.", "denies", P),
    ("Japan denied that the water release was unsafe for fishermen.", "denies", P),  # "for" of harm, not of a part
    ("Peru denied that Bolivia was hostile.", "denies", P),  # an actor with a quality names no topic
    ("Togo denied that the talks were a failure.", "denies", P),  # a noun predicate is not a topic of its own
    ("Mali did not deny that the convoy was responsible for the raid.", "denies", P),  # an admission
    ("Turkey denied that it plans to attack Syria.", "denies", P),  # the negative attack is the fact
    ("Peru said that the militia was responsible for the bombing.", "denies", P),  # not a denial
    ("Kenya accused Uganda of arming the rebels, a charge the opposition welcomed.", "denies", P),
    ("Kenya accused Uganda of arming the rebels; Kampala rejected the offer of talks.", "denies", P),
    # an adjective alone judges something already on the table: no topic raised
    ('"The door to dialogue remains open," Kallas said.', "discusses", P),
    ("Mao said the new import quotas were legitimate.", "discusses", P),
    ("Lavrov said that pressure on Tehran was counterproductive.", "discusses", P),
    # what a denial's clause says is denied, not raised
    ("Japan denied that the water release was unsafe for fishermen.", "discusses", P),
]

# (sentence, exact facts): a noun or prepositional predicate still raises its subject
RAISED = [
    ("Wang said that peace on the border is the basis for normal ties.",
     {("Wang", "discusses", "peace on the border", P)}),
    ("Xi said that protectionism is on the rise.", {("Xi", "concernedAbout", "protectionism", P)}),
]


@pytest.mark.parametrize("sentence,expected", ROWS + RAISED, ids=[r[0][:48] for r in ROWS + RAISED])
def test_denied_and_raised_rows_g3(nlp, sentence, expected):
    relations = {p for _, p, _, _ in expected}
    got = {(f.subject, f.predicate, f.object, f.polarity) for f in _facts(nlp, sentence) if f.predicate in relations}
    assert got == expected


@pytest.mark.parametrize("sentence,relation,polarity", NEAR_MISSES, ids=[r[0][:48] for r in NEAR_MISSES])
def test_denied_near_miss_g3(nlp, sentence, relation, polarity):
    got = [(f.subject, f.object) for f in _facts(nlp, sentence) if f.predicate == relation and f.polarity == polarity]
    assert got == []


def test_role_topic_comes_from_the_clause_rule_g3(nlp):
    facts = _facts(nlp, "Peru denied that the militia was responsible for the bombing of the pipeline.")
    assert {f.rule for f in facts if f.predicate == "denies"} == {"report-deny-clause"}
