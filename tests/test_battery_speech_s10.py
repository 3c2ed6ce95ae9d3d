"""Session-10 battery of attribution: how wire copy reports speech. Short invented sentences cross
the attribution forms ('"...," X said', 'said X', 'X said: "..."', split quotes, 'said in a
statement that', 'according to X', 'told reporters / The Associated Press', spokespeople, posts on
X or Telegram, 'state media quoted X as saying', 'X's office said', 'speaking in Geneva', 'added',
a quote whose speaker is named in the sentence before, 'officials / diplomats said', anonymous
officials) with the relations and with reported acts, and hold near misses: negation, questions,
conditions, speakers who quote someone else. The table is tests/data/battery_speech_s10.tsv."""
from __future__ import annotations

import pytest

from tests.battery import assert_pass_rate
from tests.factkit import check_row, facts

#: The relations the battery covers: a fact of any other relation is ignored.
COVERED = ("criticizes", "accuses", "threatens", "protestsAgainst", "sanctions", "attacks", "rejects",
           "demandsFrom", "denies", "appealsTo", "concernedAbout", "discusses", "supports", "aids", "meets",
           "visits", "negotiatesWith", "cooperatesWith")

#: Pass rate reached on the battery; the test fails when it drops below.
MIN_PASS_RATE = 0.85


def test_battery_pass_rate(nlp):
    assert_pass_rate(nlp, "battery_speech_s10.tsv", MIN_PASS_RATE, covered=COVERED)


#: (sentence, facts expected, facts that must be absent) for each mechanism the battery called for
MECHANISMS = [
    # "quoted X as saying": the one quoted speaks, not the agency that relays the words
    ("Interfax quoted Sergei Lavrov as saying Ukraine had attacked the Zaporizhzhia plant.",
     [("Sergei Lavrov", "accuses", "Ukraine", "positive")], []),
    ("Xinhua cited Wang Yi as saying that Manila had provoked the incident.",
     [("Wang Yi", "accuses", "Philippines", "positive")], []),
    ("The agency quoted Defense Minister Andrei Belousov as saying Japan had violated Russian airspace.",
     [("Andrei Belousov", "accuses", "Japan", "positive")], []),
    # "had nothing to do with X": a part in X denied
    ("Kyiv said it had nothing to do with the explosion.", [("Ukraine", "denies", "explosion", "positive")], []),
    ("Tehran insisted it had nothing to do with the attack on the tanker.",
     [("Iran", "denies", "attack on the tanker", "positive")], []),
    ("The minister said the decision had nothing to do with politics.", [], []),
    # an answer held out "if it ...": the pronoun left open is the one the answer would hit
    ("U.S. President Donald Trump said he would sanction Russia if it attacked Poland.",
     [("Donald Trump", "threatens", "Russia", "positive")], []),
    ('"We will impose sanctions on Iran if it continues," said French President Emmanuel Macron.',
     [("France", "threatens", "Iran", "positive")], []),
    ("Japan said it would expel Russian diplomats if they interfered again.",
     [("Japan", "threatens", "Russia", "positive")], []),
    # a leader of the speaker's own side is no culprit of the speaker
    ("Russian President Vladimir Putin warned the West against sending troops, the Kremlin said.",
     [], [("Russia", "accuses", "Vladimir Putin", "positive")]),
]


@pytest.mark.parametrize("text,expected,absent", MECHANISMS, ids=[m[0][:40] for m in MECHANISMS])
def test_mechanism(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)
