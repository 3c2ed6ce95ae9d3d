"""Denied clauses and claims (kg/extract/report_denials.py): a passive clause said of its
subject, an act a pact would allow, a charge hung on the accused, a bare passive content of a
rejected claim, a charge read as the object of "as", and a disowned aim ("not aimed at").

Sentences written for these tests. Each row must give exactly the facts listed for the
relations it names; each near miss must give no fact of its relation.
"""
from __future__ import annotations

import pytest

from factkit import facts as _facts

P = "positive"

# (sentence, exact facts of the named relations as (subject, predicate, object, polarity))
ROWS = [
    # a passive clause: the clause as said of its subject (a pronoun subject left out)
    ("Peru denied that the fishermen were being detained for their protests.",
     {("Peru", "denies", "fishermen being detained for their protests", P)}),
    ("Chile denied that the naval drills were aimed at Bolivian shipping.",
     {("Chile", "denies", "naval drills were aimed at bolivian shipping", P)}),
    ("Kenya denied that uranium mining in the north had been suspended.",
     {("Kenya", "denies", "uranium mining in the north had been suspended", P)}),
    ("Ghana denied that its troops were surrounded.", {("Ghana", "denies", "its troops were surrounded", P)}),
    ("Oman denied that it was targeted at any neighbouring state.",
     {("Oman", "denies", "targeted at any neighbouring state", P)}),
    # an act a deal would let someone do
    ("Vanuatu denied that the treaty would allow Russia to build a naval port.",
     {("Vanuatu", "denies", "building naval port", P)}),
    # an intended act keeps its particle
    ("Nepal denied that the government intended to shut down border trade.",
     {("Nepal", "denies", "shutting down border trade", P)}),
    # a charge hung on the accused ("accused the group of ..."), or with no object of its own
    ("Egypt has accused the group of aiding smugglers in the Sinai, a charge Hamas denies.",
     {("Hamas", "denies", "aiding smugglers", P), ("Hamas", "denies", "charge", P)}),
    ("Israel accused Hezbollah of hiding behind villagers, an allegation Hezbollah denied.",
     {("Hezbollah", "denies", "hiding behind villagers", P)}),
    # a rejected claim whose content is a bare passive
    ("Justin Trudeau rejected suggestions that Mexico was deceived.",
     {("Justin Trudeau", "denies", "mexico was deceived", P)}),
    # a charge read as the object of "as"
    ("Gustavo Petro rejected as \"lies\" the claim that his government had ties with armed groups.",
     {("Gustavo Petro", "denies", "ties with armed groups", P)}),
    # a disowned aim said of a thing of one's own
    ("Seoul said the joint exercises were not directed against any third country.",
     {("South Korea", "denies", "directed against any third country", P)}),
]

# (sentence, relation, polarity): no fact of that relation may come out
NEAR_MISSES = [
    ("Peru denied that the embassy was attacked by Chile.", "denies", P),  # an actor's act: a negative event
    ("Chile denied that it was attacked.", "denies", P),  # a bare participle of a pronoun names nothing
    ("Iran denied that its diplomats were involved.", "denies", P),  # a part in nothing named
    ("Peru did not deny that the fishermen were detained.", "denies", P),  # an admission
    ("Seoul said the exercises were not directed against North Korea.", "denies", P),  # a named target
    ('"The demands were never meant as a basis for talks," said an analyst.', "denies", P),  # a purpose judged
    ("Seoul said the exercises were directed against North Korea.", "denies", P),  # not negated
]


@pytest.mark.parametrize("sentence,expected", ROWS, ids=[r[0][:48] for r in ROWS])
def test_denied_rows_s12(nlp, sentence, expected):
    relations = {p for _, p, _, _ in expected}
    got = {(f.subject, f.predicate, f.object, f.polarity) for f in _facts(nlp, sentence) if f.predicate in relations}
    assert got == expected


@pytest.mark.parametrize("sentence,relation,polarity", NEAR_MISSES, ids=[r[0][:48] for r in NEAR_MISSES])
def test_denied_near_miss_s12(nlp, sentence, relation, polarity):
    got = [(f.subject, f.object) for f in _facts(nlp, sentence) if f.predicate == relation and f.polarity == polarity]
    assert got == []
