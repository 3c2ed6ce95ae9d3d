"""Session-11 battery of references: short invented wire texts whose fact, in the last sentence,
has an end that refers back to an actor named earlier: he / she / it / they across an intervening
sentence or a quote and its attribution, cataphora ("In his speech, X ..."), object pronouns
("Israel accused it of ..."), roles ("the minister", "the envoy", "the Chinese diplomat", "the two
leaders", "the latter", "the former"), kinds ("the bloc", "the emirate", "the Himalayan nation",
"the former Soviet republic", "the junta in X"), capitals and seats after the country, possessives
("the country's foreign minister", "its army"), and near misses (a reporter, a quoted third party,
a place, two candidates of one kind). The whole table lives in tests/data/battery_coref_s11.tsv;
every text is invented."""
from __future__ import annotations

import pytest

from tests.battery import assert_pass_rate
from tests.factkit import check_row, facts

#: Pass rate reached on the battery (0.861 before the session's fixes, 0.973 after); the test
#: fails when it drops below.
MIN_PASS_RATE = 0.95


def test_battery_pass_rate(nlp):
    assert_pass_rate(nlp, "battery_coref_s11.tsv", MIN_PASS_RATE, loose_objects=True)


#: (text, facts expected, facts that must be absent) for each mechanism the battery called for
MECHANISMS = [
    # "the former" / "the latter": the first / second of the two people (else actors) the
    # sentence before names; a place after "in" is no third party
    ("Chancellor Karl Nehammer hosted President Alexander Van der Bellen. The latter criticized Hungary.",
     [("Alexander Van der Bellen", "criticizes", "Hungary", "positive")],
     [("Karl Nehammer", "criticizes", "Hungary", "positive")]),
    ("Peru and Chile held talks in Lima. The former accused the latter of spying.",
     [("Peru", "accuses", "Chile", "positive")], []),
    ("The former president criticized Russia.", [], []),
    # "the country" right after a sentence whose main subject is a state: that state, not the
    # one its object named
    ("Rwanda shelled villages in Burundi. The country's defence minister threatened the rebels.",
     [], [("Burundi", "threatens", "rebels", "positive")]),
    ("Serbia expelled a Croatian diplomat. The Balkan country accused Zagreb of spying.",
     [("Serbia", "accuses", "Croatia", "positive")], [("Croatia", "accuses", "Croatia", "positive")]),
    # ... and a bare title after "X met Y": the subject X when X holds the title too
    ("President Gabriel Boric met President Luis Arce in Santiago. The president criticized Peru.",
     [("Gabriel Boric", "criticizes", "Peru", "positive")], [("Luis Arce", "criticizes", "Peru", "positive")]),
    # "the emirate": the state ruled by an emir the story names, none when two were named together
    ("The United Arab Emirates recalled its envoy. The emirate accused Sudan of lying.",
     [("United Arab Emirates", "accuses", "Sudan", "positive")], []),
    ("Kuwait and Qatar hosted talks. The emirate condemned Iran.", [],
     [("Qatar", "criticizes", "Iran", "positive"), ("Kuwait", "criticizes", "Iran", "positive")]),
    # "the group" after two groups named together: either, so none
    ("Hezbollah and Amal held a rally. The group threatened Israel.", [],
     [("Amal", "threatens", "Israel", "positive")]),
    # "it" as the object of a verb that takes an actor; with a reason for verbs of censure
    ("Syria shelled the border town. Turkey blamed it for the deaths.",
     [("Turkey", "accuses", "Syria", "positive")], []),
    ("Eritrea closed the border. Ethiopia warned it against escalation.",
     [("Ethiopia", "threatens", "Eritrea", "positive")], []),
    ("Algeria expelled French diplomats. France condemned it for the move.",
     [("France", "criticizes", "Algeria", "positive")], []),
    ("Japan, India and Australia signed the pact. China denounced it as dangerous.", [],
     [("China", "criticizes", "Japan", "positive"), ("China", "criticizes", "Australia", "positive")]),
    # ... and of a verb coordinated with one whose object is one actor: that actor
    ("Serbia condemned Kosovo over the raid and warned it against further provocations.",
     [("Serbia", "threatens", "Kosovo", "positive")], []),
    # "it" / "they" two sentences back when the sentence between has no subject that could be it
    ("Venezuela rejected the ruling. \"We do not recognise the court,\" a spokeswoman said. It accused Guyana of theft.",
     [("Venezuela", "accuses", "Guyana", "positive")], []),
    ("Taliban fighters seized the border post. The post was empty. They accused Pakistan of shelling.",
     [("Taliban", "accuses", "Pakistan", "positive")], []),
    # "the Russian diplomat": the country's foreign minister when nobody was seen as a diplomat
    ("Foreign Minister Ahmed Attaf arrived in Rome. The Algerian diplomat met Prime Minister Giorgia Meloni.",
     [("Ahmed Attaf", "meets", "Giorgia Meloni", "positive")], []),
    # "the junta in X": the country it names itself
    ("President Alassane Ouattara spoke in Abidjan. He threatened the junta in Burkina Faso.",
     [("Alassane Ouattara", "threatens", "Burkina Faso", "positive")], []),
]


@pytest.mark.parametrize("text,expected,absent", MECHANISMS, ids=[m[0][:40] for m in MECHANISMS])
def test_mechanism(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)
