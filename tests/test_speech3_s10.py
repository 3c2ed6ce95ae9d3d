"""Verdicts passed by "call / describe / denounce / dismiss X (as) Y" (reports.py,
report_judgements.py): a pejorative word anywhere in the description, on its head or a
modifier ("a very bad deal", "a hostile attempt"), an act against someone ("an attack on its
sovereignty", "a breach of", "an affront to"), an approving word negated ("not acceptable");
the one judged is the actor, the author named with the act ("the embargo imposed by X"), the
author of the act talked about just before ("called the decision unfair"), the antecedent of a
relative pronoun ("the M23, whom it describes as terrorists"), or the subject of the clause an
"in what X called ..." phrase is on; a text nobody is named for is criticised as a topic. A
denial read off "had never sought to X" is about X's object, not a conjunct's ("and only
wanted Y").

Texts written for these tests. Each row: the text, facts that must be found, facts that must
not be found, as (subject, predicate, object, polarity).
"""
from __future__ import annotations

import pytest

from factkit import check_row
from factkit import facts as _facts

P = "positive"

ROWS = [
    # an act against the speaker named as the verdict
    ("Caracas called the Colombian incursion an attack on its sovereignty.",
     [("Venezuela", "criticizes", "Colombia", P)], []),
    ("Seoul described the missile launch by Pyongyang as a breach of UN resolutions.",
     [("South Korea", "criticizes", "North Korea", P)], []),
    ("Manila denounced the Chinese blockade as an affront to its sovereignty.",
     [("Philippines", "criticizes", "China", P)], []),
    ("Beijing labelled the American arms sale to Taiwan a direct threat to its security.",
     [("China", "criticizes", "United States", P)], []),
    # a pejorative word of the wider vocabulary, on the head or on a modifier
    ("The Kremlin dismissed the report by Britain as a fabrication.",
     [("Russia", "criticizes", "United Kingdom", P)], []),
    ("Caracas described the embargo imposed by Washington as an injustice.",
     [("Venezuela", "criticizes", "United States", P)], []),
    ("Moscow called the NATO drills an insult to Russia.",
     [("Russia", "criticizes", "North Atlantic Treaty Organization", P)], []),
    ("Japan called the Chinese move deeply regrettable.",
     [("Japan", "criticizes", "China", P)], []),
    ("Hanoi called the Chinese deployment deeply provocative.",
     [("Vietnam", "criticizes", "China", P)], []),
    # an approving word negated
    ("The Indian army described the Pakistani shelling as not acceptable.",
     [("India", "criticizes", "Pakistan", P)], []),
    # (an election or a vote judged so is rejected: the annotated sets mark "dismissed the vote as
    # illegitimate" as a rejection, session 30)
    ("The EU called the election in Belarus not legitimate.",
     [("European Union", "rejects", "election in belarus", P)], []),
    # ... but an approving word is no criticism
    ("Tokyo called the Korean proposal acceptable.", [], [("Japan", "criticizes", "South Korea", P)]),
    ("Berlin described the French decision as fair and balanced.", [], [("Germany", "criticizes", "France", P)]),
    # the author of the act talked about just before
    ("China banned imports of Australian wine. Australia called the decision grossly unfair.",
     [("Australia", "criticizes", "China", P)], []),
    ("Russian forces shelled the town on Monday. Kyiv called the attack a hostile and deliberate attempt to kill "
     "civilians.",
     [("Ukraine", "criticizes", "Russia", P)], []),
    ("Japan restricted exports of chemicals to South Korea on Monday. Seoul's trade minister called the measures "
     '"clear economic retaliation".',
     [("South Korea", "criticizes", "Japan", P)], []),
    # who is named in a relative clause on the speaker does not judge (nor is spared)
    ('EU trade chief Maros Sefcovic, who held talks with U.S. Commerce Secretary Howard Lutnick, called the U.S. '
     'tariffs "damaging and unjustified."',
     [("Maros Sefcovic", "criticizes", "United States", P)], []),
    # a text nobody is named for is criticised as such
    ("Pyongyang called the investigation a fabrication.", [("North Korea", "criticizes", "investigation", P)], []),
    # the antecedent of a relative pronoun; a place the parser hangs the clause on stands for its government
    ("Kinshasa refused to talk to the M23 rebels, whom it describes as terrorists and a front for Rwanda.",
     [("Democratic Republic of the Congo", "criticizes", "M23", P)], []),
    ("The rebels fought the government in Kabul, which they dismiss as a puppet of Washington.",
     [("rebels", "criticizes", "Afghanistan", P)], []),
    ("Taliban fighters attacked a checkpoint in Kandahar. The militants have refused to talk to Ghani's "
     "administration, which they dismiss as a puppet of Washington.",
     [("Taliban", "criticizes", "Ghani", P)], []),
    # "in what X called ...": the clause's subject
    ("General Ortiz's troops stormed the palace in what President Morales denounced as an attempted coup.",
     [("Morales", "criticizes", "Ortiz", P)], []),
    # the one whose wrong the verdict names
    ("Belgrade described the clashes as the result of Kurti's provocations.",
     [("Serbia", "criticizes", "Kurti", P)], []),
    # "it" after a text named in the sentence: the text
    ("China, the main target of the pact, has denounced it as extremely irresponsible.",
     [("China", "criticizes", "pact", P)], []),
    # who suffers an act is not who is judged for it
    ("Amnesty called the detention of the Uighurs a crime against humanity.",
     [("Amnesty", "criticizes", "detention of the uighurs", P)], []),
    ("Turkey called the blockade of Gaza by Israel illegal.",
     [("Turkey", "criticizes", "Israel", P)], [("Turkey", "criticizes", "Gaza Strip", P)]),
    # a speaker titled by a body's head noun speaks for that body
    ("The Saudi-led coalition said it struck rebel positions near Sanaa. Coalition spokesman Turki al-Maliki "
     "called the attack a hostile act.",
     [], [("Turki al-Maliki", "criticizes", "Saudi-led coalition", P)]),
    # a denial of a tried act is about the act's object, not a later conjunct's
    ('Ethiopian Prime Minister Abiy Ahmed said Ethiopia had never sought to violate Somalia\'s sovereignty and '
     'only wanted "a peaceful route to the sea".',
     [], [("Abiy Ahmed", "denies", "peaceful route to the sea", P)]),
    ("Tehran said it had never attempted to build nuclear weapons.",
     [("Iran", "denies", "nuclear weapons", P)], []),
]


@pytest.mark.parametrize("text,expected,absent", ROWS, ids=[r[0][:48] for r in ROWS])
def test_speech3_row(nlp, text, expected, absent):
    check_row(_facts(nlp, text), expected, absent)
