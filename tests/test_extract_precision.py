"""Precision on unseen news: look-alikes that must not give a fact, and the right end
where a near miss used to pick the wrong one.

Each row of ``SILENT`` is (sentence, relation, subject or None): the sentence must give no
fact of that relation (from that subject, when one is named). ``ROWS`` are (sentence,
expected facts, facts that must be absent) with facts as (subject, predicate, object).
The sentences are written for these tests.
"""
from __future__ import annotations

import pytest

from factkit import facts as _facts

SILENT = [
    # an event only offered or attempted is no fact (unlike "will meet", which is planned)
    ("Turkey offered to host a meeting between Armenia and Azerbaijan.", "meets", None),
    ("Turkey offered to host a meeting between Armenia and Azerbaijan.", "negotiatesWith", None),
    ("Armenia and Azerbaijan are trying to reach a political settlement.", "cooperatesWith", None),
    ("Qatar proposed to hold talks between Sudan and Chad.", "negotiatesWith", None),
    # a reported clause that rules a topic out, or judges something already reported
    ("Ruiz told journalists that military intervention was not on the table.", "discusses", None),
    ("The minister said the tariffs were fully consistent with trade rules.", "discusses", None),
    ("The ministry said the exchange was the tenth since the war began.", "discusses", None),
    # a threat to retaliate is a threat, not an attack
    ("Russia vowed to retaliate against Finland.", "attacks", None),
    ("China threatened to retaliate against Lithuania.", "attacks", None),
    ("Iran warned it would retaliate against Israel.", "attacks", None),
    ("Iran vowed to strike back at Israel.", "attacks", None),
    # a complaint lodged with a government is a protest, not an appeal
    ("Japan lodged a complaint with China over the detentions.", "appealsTo", None),
    # business people and opposition figures do not speak for their state
    ("President Ana Ruiz will meet Japanese business leaders in Osaka.", "meets", "Ana Ruiz"),
    ("Prime Minister Maria Lopez met Venezuelan opposition leaders.", "meets", "Maria Lopez"),
    # a bare event reference is no topic ("the measures", "the decision")
    ("India's commerce ministry said it was concerned by the measures.", "concernedAbout", None),
    ("The opposition parties welcomed the decision.", "supports", None),
    # "target" in a sanctions sentence is a designation, not an attack
    ("The Treasury Department also targeted Hezbollah, freezing its assets in the United States.", "attacks", None),
]

ROWS = [
    ("Russia vowed to retaliate against Finland.", [("Russia", "threatens", "Finland")], []),
    ("Japan lodged a complaint with China over the detentions.", [("Japan", "protestsAgainst", "China")], []),
    ("China lodged a complaint with the World Trade Organization.",
     [("China", "appealsTo", "World Trade Organization")], []),
    ("Israeli jets targeted Hezbollah positions in Lebanon.", [("Israel", "attacks", "Hezbollah")], []),
    # what later refers to a department's act stands for its country
    ("The State Department imposed visa restrictions on Iranian officials. Iran dismissed the sanctions as illegal.",
     [("Iran", "rejects", "United States")], [("Iran", "rejects", "United States Department of State")]),
    # a named force is a party of its own (memberOf its country); a ministry speaks for it
    ("Philippine boats were hit with water cannon by the China Coast Guard.",
     [("China Coast Guard", "attacks", "Philippines")], [("China", "attacks", "Philippines")]),
    ("The Sudanese Armed Forces shelled the city of El Obeid.",
     [("Sudanese Armed Forces", "attacks", "El Obeid")], [("Sudan", "attacks", "El Obeid")]),
    ("Armenia's Defence Ministry accused Azerbaijan of shelling Stepanakert.", [("Armenia", "accuses", "Azerbaijan")], []),
    # a title noun with the name in apposition is the person, not the title's country
    ("Ukraine's human rights commissioner, Olena Koval, accused Russia of torturing prisoners.",
     [("Olena Koval", "accuses", "Russia")], []),
    # a title's name parsed as an apposition of the title's last word
    ("Foreign Minister Omar Haddad discussed the crisis in phone calls with the European Union's High "
     "Representative for Foreign Affairs and Security Policy, Anna Berg.",
     [("Omar Haddad", "meets", "Anna Berg")], [("Omar Haddad", "meets", "European Union")]),
]


@pytest.mark.parametrize("sentence,relation,subject", SILENT, ids=[f"{r[1]}:{r[0][:44]}" for r in SILENT])
def test_silent(nlp, sentence, relation, subject):
    got = [(f.subject, f.predicate, f.object) for f in _facts(nlp, sentence)
           if f.predicate == relation and (subject is None or f.subject == subject)]
    assert got == []


@pytest.mark.parametrize("sentence,expected,absent", ROWS, ids=[r[0][:48] for r in ROWS])
def test_row(nlp, sentence, expected, absent):
    got = {(f.subject, f.predicate, f.object) for f in _facts(nlp, sentence)}
    assert [w for w in expected if w not in got] == [], f"got {sorted(got)}"
    assert [a for a in absent if a in got] == [], f"got {sorted(got)}"


@pytest.mark.parametrize("text", [
    "The Treasury Department imposed sanctions on Iran. It also targeted Hezbollah.",
    "Washington imposed sanctions on Iran on Monday. The United States also targeted Hezbollah.",
])
def test_targeted_after_sanctions_is_a_sanction(nlp, text):
    """Whoever resolves the agent (the department or its country), "target" after a sanction
    by the same agent is a designation."""
    got = [f.predicate for f in _facts(nlp, text) if f.object == "Hezbollah"]
    assert "sanctions" in got and "attacks" not in got, got
