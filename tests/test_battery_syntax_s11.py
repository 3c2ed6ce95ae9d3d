"""Session-11 battery of sentence shapes: short invented sentences putting ordinary facts (meets,
accuses, criticizes, sanctions, attacks, supports, appealsTo, demandsFrom, rejects, visits,
threatens, aids) into passives with and without "by", coordinated ends ("X, Y and Z", "both X and
Y", "X as well as Y", "X along with Y"), relative clauses on either end, participial modifiers,
fronted subordinate clauses, control and raising verbs, auxiliaries and modals, long subjects,
genitives and nominalisations, clefts, questions and negations, two facts in one sentence, a fact
after a semicolon and inside parentheses. The whole table lives in tests/data/battery_syntax_s11.tsv;
every sentence is invented."""
from __future__ import annotations

import pytest

from tests.battery import assert_pass_rate
from tests.factkit import check_row, facts

#: The relations the battery covers (every event relation): a static fact is checked only when
#: a row names it.
EVENTS = ("meets", "visits", "negotiatesWith", "cooperatesWith", "supports", "aids", "appealsTo",
          "demandsFrom", "criticizes", "accuses", "rejects", "threatens", "protestsAgainst", "sanctions",
          "attacks", "discusses", "concernedAbout", "denies")

#: Pass rate reached on the battery (0.880 before the session's fixes, 0.958 after); the test fails
#: when it drops below.
MIN_PASS_RATE = 0.95


def test_battery_pass_rate(nlp):
    assert_pass_rate(nlp, "battery_syntax_s11.tsv", MIN_PASS_RATE, covered=EVENTS)


#: (sentence, facts expected, facts that must be absent) for each mechanism the battery called for
MECHANISMS = [
    # a cleft: "It was X that V-ed Y" makes X, not the pronoun "that", the doer
    ("It was Hungary that criticized the European Union.", [("Hungary", "criticizes", "European Union", "positive")], []),
    ("It is Iran who threatens Israel, not the reverse.", [("Iran", "threatens", "Israel", "positive")], []),
    # a yes-no question states nothing; a wh-question takes the act as given
    ("Did Russia attack Moldova?", [], [("Russia", "attacks", "Moldova", "positive")]),
    ("Has Mexico ever criticized Cuba so openly?", [], [("Mexico", "criticizes", "Cuba", "positive")]),
    ('"Will Turkey sanction Israel?" the reporter asked.', [], [("Turkey", "sanctions", "Israel", "positive")]),
    ("Why did Canada accuse India?", [("Canada", "accuses", "India", "positive")], []),
    # a main verb the parser hung under a "whose" relative clause's object
    ("Mexico, whose navy patrols the gulf, criticized Cuba.", [("Mexico", "criticizes", "Cuba", "positive")], []),
    ("Chile, whose president spoke first, criticized Venezuela.", [("Chile", "criticizes", "Venezuela", "positive")], []),
    # a relative pronoun whose preposition stays at the verb
    ("Israel, which Qatar appealed to for calm, struck Gaza.", [("Qatar", "appealsTo", "Israel", "positive")], []),
    ("Hezbollah, which Lebanon has called on to disarm, rejected the plan.",
     [("Lebanon", "appealsTo", "Hezbollah", "positive")], []),
    # "urged A as well as B to V": B, read as the infinitive's subject, is a second object
    ("Jordan urged Israel as well as Hamas to halt the fighting.",
     [("Jordan", "demandsFrom", "Israel", "positive"), ("Jordan", "demandsFrom", "Hamas", "positive")], []),
    # a contact relative names the object a verb row requires ("the tanks X sent to Y")
    ("The weapons Britain sent to Ukraine were destroyed.", [("United Kingdom", "aids", "Ukraine", "positive")], []),
    ("Spain sent tanks to Ukraine.", [("Spain", "aids", "Ukraine", "positive")], []),
    # "X was among the countries that V-ed Y", "X is one of the few states that V-ed Y": X does it
    ("Norway was among the countries that sanctioned Belarus.", [("Norway", "sanctions", "Belarus", "positive")], []),
    ("Italy is one of the few countries that criticized Israel.", [("Italy", "criticizes", "Israel", "positive")], []),
    # "followed X in V-ing", like "joined X in V-ing": both do it
    ("Canada followed Britain in sanctioning Iran.",
     [("Canada", "sanctions", "Iran", "positive"), ("United Kingdom", "sanctions", "Iran", "positive")], []),
    # a stranded preposition in the passive: the passive subject is its object
    ("Hezbollah was called on by Lebanon to disarm.", [("Lebanon", "appealsTo", "Hezbollah", "positive")], []),
    # "neither ... nor" negates each conjunct
    ("Neither Spain nor Italy sanctioned Israel.",
     [("Spain", "sanctions", "Israel", "negative"), ("Italy", "sanctions", "Israel", "negative")],
     [("Spain", "sanctions", "Israel", "positive"), ("Italy", "sanctions", "Israel", "positive")]),
    ("Mexico neither criticized Cuba nor sanctioned it.", [("Mexico", "criticizes", "Cuba", "negative")],
     [("Mexico", "criticizes", "Cuba", "positive")]),
    # a blow dealt with sanctions is a sanction, not an attack
    ("Belarus was hit with new sanctions by Canada.", [("Canada", "sanctions", "Belarus", "positive")],
     [("Canada", "attacks", "Belarus", "positive")]),
    ("North Korea hit by fresh Japanese sanctions", [("Japan", "sanctions", "North Korea", "positive")], []),
    ("Washington hit Venezuela with new sanctions.", [("United States", "sanctions", "Venezuela", "positive")],
     [("United States", "attacks", "Venezuela", "positive")]),
    # "forces loyal to X": whom the armed ones serve
    ("Forces loyal to Iran attacked Israel.", [("Iran", "attacks", "Israel", "positive")], []),
    # a contact relative ("the plan X rejected") is about its noun
    ("Qatar tabled a proposal Israel rejected outright.", [("Israel", "rejects", "proposal", "positive")], []),
    # an object relative on an apposition ("X, the group that Y accuses") is about the name
    ("Kinshasa criticized MONUSCO, the UN mission that Congolese authorities accuse of failing civilians.",
     [("Democratic Republic of the Congo", "accuses", "MONUSCO", "positive")], []),
    ("Syria shelled the Kurdish YPG, the militia that Turkey attacked in 2019.",
     [("Turkey", "attacks", "Kurdish YPG", "positive")], []),
    # "it" rejected or backed: the text or act named before it in the sentence
    ("Norway proposed a ceasefire, but Russia rejected it.", [("Russia", "rejects", "ceasefire", "positive")], []),
    ("Ghana drafted a resolution and China vetoed it.", [("China", "rejects", "resolution", "positive")], []),
]


@pytest.mark.parametrize("text,expected,absent", MECHANISMS, ids=[m[0][:40] for m in MECHANISMS])
def test_mechanism(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)
