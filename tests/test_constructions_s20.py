"""Session 20: general constructions found missing in the invented sets opened in session 20
(h103, h105 and h106, written blind in session 19). Every text is invented."""
from __future__ import annotations

import pytest

from tests.factkit import check_row, facts

#: (text, facts expected, facts that must be absent)
CASES = [
    # the object after a "with" phrase, hung on the name as its apposition, is the verb's object;
    # "the two" after a meeting verb's sides among three people named are those two
    ("NATO chief Jens Stoltenberg will speak with Lavrov on Monday. The ministry said Blinken had also discussed with "
     "Lavrov the stalled grain deal of UN envoy Martin Griffiths, and that the two agreed to stay in close contact.",
     [("Blinken", "discusses", "stalled grain deal of un envoy martin griffiths", "positive"),
      ("Blinken", "cooperatesWith", "Lavrov", "positive")],
     [("Jens Stoltenberg", "cooperatesWith", "Lavrov", "positive")]),
    # what talks covered, dealt with, centred on: the sides of the meeting just told
    ("Jaishankar met Prime Minister Dinesh Gunawardena in Colombo on Thursday. The discussions covered renewable energy "
     "projects and the development of the Kankesanthurai port.",
     [("Jaishankar", "discusses", "renewable energy projects", "positive"),
      ("Dinesh Gunawardena", "discusses", "kankesanthurai port", "positive")], []),
    ("Lula met Macron in Brasilia. Their conversation centred on forest protection.",
     [("Lula", "discusses", "forest protection", "positive"), ("Macron", "discusses", "forest protection", "positive")], []),
    ("Sisi received Blinken in Cairo. The meeting dealt with humanitarian access and the hostage talks.",
     [("Sisi", "discusses", "humanitarian access", "positive"), ("Blinken", "discusses", "hostage talks", "positive")], []),
    ("The talks were dominated by the dispute over fishing rights, officials said. Kishida met Yoon later.", [], []),
    ("The sanctions covered banks and refineries.", [], []),
    # a fronted "Regarding X," / "With regard to X," names what the sentence talks about
    ("Regarding the issue of forced labourers, Minister Hayashi conveyed Japan's consistent position on the matter.",
     [("Hayashi", "discusses", "forced labourers", "positive")], []),
    ("With regard to the maritime boundary, President Ruto discussed the matter with President Museveni.",
     [("Ruto", "discusses", "maritime boundary", "positive")], []),
    # "steps towards X": the topic is where the steps lead
    ("Saudi Arabia and Iran discussed steps towards reopening their embassies.",
     [("Saudi Arabia", "discusses", "reopening their embassies", "positive")], []),
    # a gerund coordinated into the finite clause it alleges continues the gerund before it
    ("Guatemala rejected the arguments of Foreign Minister Gabriela Sommerfeld, who defended the raid by alleging that "
     "Mr. Glas had been convicted of fraud and accusing Mexico of abusing the right of asylum.",
     [("Gabriela Sommerfeld", "accuses", "Mexico", "positive")], [("Glas", "accuses", "Mexico", "positive")]),
    # a noun the parser coordinated with the first verb, with a past verb right after it, is that verb's subject
    ("President Biden spoke with President Marcos. Biden underscored that the ruling is final and binding on the parties, "
     "and the two leaders called on Beijing to abide by it.",
     [("Biden", "appealsTo", "China", "positive"), ("Marcos", "appealsTo", "China", "positive")], []),
    # an honorific marks where the name starts after a long title phrase
    ("Prime Minister Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani met in Doha today with UN Special Coordinator "
     "for the Middle East Peace Process Mr. Tor Wennesland.",
     [("Mohammed bin Abdulrahman Al-Thani", "meets", "Tor Wennesland", "positive"),
      ("Tor Wennesland", "memberOf", "United Nations", "positive")],
     [("Mohammed bin Abdulrahman Al-Thani", "meets", "United Nations", "positive")]),
    ("Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al-Thani received a phone call from His Excellency Foreign "
     "Minister of the Arab Republic of Egypt Mr. Sameh Shoukry.",
     [("Mohammed bin Abdulrahman Al-Thani", "meets", "Sameh Shoukry", "positive")], []),
    ("EAM also met Leader of the Opposition Mr. Sajith Premadasa, and leaders of Tamil parties, including Mr. R. "
     "Sampanthan of the Tamil National Alliance.", [], [("R. Sampanthan", "leaderOf", "Opposition", "positive")]),
    # Indian styles of address are no part of a name
    ("Finance Minister Smt. Nirmala Sitharaman met Prime Minister Shri Narendra Modi.",
     [("Nirmala Sitharaman", "meets", "Narendra Modi", "positive")], []),
    # a vague "situation" placed by its relative clause
    ("Pashinyan informed Putin about the situation that has developed on the Armenian-Azerbaijani border.",
     [("Pashinyan", "discusses", "border", "positive")], []),
    # outcomes pursued are talked about, by whoever pursues them or reports the pursuit
    ("Azeri President Ilham Aliyev said the two sides were now trying to reach a political settlement.",
     [("Ilham Aliyev", "discusses", "political settlement", "positive")], []),
    ("Blinken said Israel and Hamas were close to a ceasefire deal.", [("Blinken", "discusses", "ceasefire deal", "positive")], []),
    ("Russia is seeking a diplomatic solution to the crisis.",
     [("Russia", "discusses", "diplomatic solution to the crisis", "positive")], []),
    ("Russia did not seek a deal with Ukraine.", [], [("Russia", "discusses", "deal", "positive")]),
    ("Zambia has reached a deal with its creditors.", [], [("Zambia", "discusses", "deal with its creditors", "positive")]),
    ("Kishida sought understanding from Southeast Asian leaders for the water release.", [],
     [("Kishida", "discusses", "understanding", "positive")]),
    ("China urged both sides to reach a lasting ceasefire.", [], [("India", "discusses", "lasting ceasefire", "positive")]),
    # a gerund saying whose lead is followed is the follower's act
    ("Canada followed Washington's lead in sanctioning Beijing.", [("Canada", "sanctions", "China", "positive")], []),
    # a judgement of an act carried out by someone is aimed at the doer
    ("Turkey expressed its appreciation for the mediation efforts undertaken by Qatar.",
     [("Turkey", "supports", "Qatar", "positive")], []),
    ("Turkey voiced criticism of the decision taken by Greece.", [("Turkey", "criticizes", "Greece", "positive")], []),
    # a body's name on a title is the title's owner, not the referent ("the UN envoy")
    ("Sheikh Mohammed met UN envoy Tor Wennesland. The UN envoy praised Qatar.",
     [("Tor Wennesland", "supports", "Qatar", "positive")], [("United Nations", "supports", "Qatar", "positive")]),
    ("Sheikh Mohammed met UN envoy Tor Wennesland. The EU envoy praised Qatar.", [],
     [("Tor Wennesland", "supports", "Qatar", "positive")]),
    # a noun of building relations says they are built
    ("Saudi Arabia and Iran announced the resumption of diplomatic relations.",
     [("Saudi Arabia", "cooperatesWith", "Iran", "positive")], []),
]


@pytest.mark.parametrize("text,expected,absent", CASES, ids=[c[0][:50] for c in CASES])
def test_constructions(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)
