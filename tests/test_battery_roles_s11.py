"""Session-11 battery of how copy names people's roles: short invented sentences crossing the
way a role is written (titles before the name of every kind, country adjectives and possessives,
appositions, "of" phrases, "who heads" / "who serves as" clauses, second mentions, parties, bodies,
countries in blocs, places) with who holds it, and near misses that must give no static fact
(former holders, kin of leaders, meetings with officials). The whole table lives in
tests/data/battery_roles_s11.tsv; every sentence is invented."""
from __future__ import annotations

import pytest

from tests.battery import assert_pass_rate
from tests.factkit import check_row, facts

#: The relations the battery covers: a fact of any other relation is ignored.
STATIC = ("leaderOf", "memberOf", "locatedIn")

#: Pass rate reached on the battery (0.833 before the session's fixes, 0.937 after); the test
#: fails when it drops below.
MIN_PASS_RATE = 0.92


def test_battery_pass_rate(nlp):
    assert_pass_rate(nlp, "battery_roles_s11.tsv", MIN_PASS_RATE, covered=STATIC)


#: (sentence, facts expected, facts that must be absent) for each mechanism the battery called for
MECHANISMS = [
    # a country's parliament or central bank named by a lowercase noun: its generic name
    ("Moldova's parliament speaker Igor Grosu adjourned the session.",
     [("Igor Grosu", "leaderOf", "Parliament of Moldova", "positive")],
     [("Igor Grosu", "leaderOf", "Moldova", "positive")]),
    ("Lena Berg, the speaker of the Swedish parliament, opened the debate.",
     [("Lena Berg", "leaderOf", "Parliament of Sweden", "positive")], []),
    ("Chile's central bank governor Rosanna Costa cut rates.",
     [("Rosanna Costa", "leaderOf", "Central Bank of Chile", "positive")],
     [("Rosanna Costa", "leaderOf", "Chile", "positive")]),
    ("Rosanna Costa, the governor of Chile's central bank, cut rates.",
     [("Rosanna Costa", "leaderOf", "Central Bank of Chile", "positive")], []),
    ("Andrew Bailey, who heads Britain's central bank, warned of inflation.",
     [("Andrew Bailey", "leaderOf", "Central Bank of United Kingdom", "positive")], []),
    # a deputy president is a member of the country, not its leader
    ("Paul Mashatile, South Africa's deputy president, met the unions.",
     [("Paul Mashatile", "memberOf", "South Africa", "positive")],
     [("Paul Mashatile", "leaderOf", "South Africa", "positive")]),
    # "who heads <body>'s delegation / negotiating team": one of the body
    ("Khaled Meshaal, who heads Hamas's delegation, arrived in Cairo.",
     [("Khaled Meshaal", "memberOf", "Hamas", "positive")], []),
    # "who serves as <title>": the office held now (not "who served as": a past one)
    ("Penny Wong, who serves as Australia's foreign minister, met the envoy.",
     [("Penny Wong", "memberOf", "Australia", "positive")], []),
    ("Julie Bishop, who served as Australia's foreign minister, met the envoy.", [],
     [("Julie Bishop", "memberOf", "Australia", "positive")]),
    # the title of a kin noun's "of" phrase is someone else's
    ("The daughter of the Ugandan president, Natasha Museveni, spoke at the event.", [],
     [("Natasha Museveni", "leaderOf", "Uganda", "positive")]),
    ("The son of the former leader, Saif Gaddafi, registered as a candidate.", [],
     [("Saif Gaddafi", "leaderOf", "*", "positive")]),
    # "the chief of staff of the <army>, X": the whole title, not its last word
    ("The chief of staff of the Pakistani army, Asim Munir, visited Kabul.",
     [("Asim Munir", "memberOf", "Pakistani Army", "positive")], []),
    # "<country> ambassador to <post> X": the sender, never the post
    ("Chinese ambassador to the UN Fu Cong criticised the draft.",
     [("Fu Cong", "memberOf", "China", "positive")],
     [("Fu Cong", "memberOf", "United Nations", "positive")]),
    # "<leader>'s chief of staff / spokesman X": the body the leader heads
    ("Ukrainian President Volodymyr Zelensky's chief of staff Andriy Yermak flew to Riyadh.",
     [("Andriy Yermak", "memberOf", "Ukraine", "positive")], []),
    ("Kenyan President William Ruto's spokesman, Hussein Mohamed, denied the report.",
     [("Hussein Mohamed", "memberOf", "Kenya", "positive")], []),
    # a national treasury is a ministry: its secretary is a member of the country too
    ("U.S. Treasury Secretary Janet Yellen met the governor.",
     [("Janet Yellen", "memberOf", "United States", "positive")], []),
    # "an EU member state", "admitted X as a member"
    ("Latvia, an EU member state, backed the plan.",
     [("Latvia", "memberOf", "European Union", "positive")], []),
    ("The African Union admitted South Sudan as a member in 2011.",
     [("South Sudan", "memberOf", "African Union", "positive")], []),
    # a region named by an adjective keeps its noun
    ("Dohuk lies in Iraq's Kurdish region.",
     [("Kurdish region", "locatedIn", "Iraq", "positive")], [("Kurdish", "locatedIn", "Iraq", "positive")]),
]


@pytest.mark.parametrize("text,expected,absent", MECHANISMS, ids=[m[0][:40] for m in MECHANISMS])
def test_mechanism(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)
