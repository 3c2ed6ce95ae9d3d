"""Session 14: general constructions found missing on studied invented articles: "each side
accusing the other" (a distributive subject with "the other"), "denies X and in turn accuses
Y" (a verb parsed as the first verb's complement), "the foreign ministry in Khartoum" (a body
placed in a capital), "accusing him" after an unnamed described official, "reserves the
right" read as a noun, "will not go unanswered", "considered X the legitimate president",
"sided in part with X", "one of X's fiercest critics", "a former ally", "drew a rebuke from
X", "Fighting between A and B spread". Every text is invented."""
from __future__ import annotations

import pytest

from tests.factkit import check_row, facts

#: (text, facts expected, facts that must be absent)
CASES = [
    # each ... the other: the sentence's two, the last sentence's two; never a third side
    ("Fighting between India and Pakistan continued on Monday, with each side accusing the other of "
     "violating the ceasefire.",
     [("India", "accuses", "Pakistan", "positive"), ("Pakistan", "accuses", "India", "positive")], []),
    ("Thailand and Cambodia fought along the border on Friday. Each side accused the other of firing first.",
     [("Thailand", "accuses", "Cambodia", "positive"), ("Cambodia", "accuses", "Thailand", "positive")], []),
    ("Kyrgyzstan and Tajikistan each blamed the other for the clashes, which killed 40 people.",
     [("Kyrgyzstan", "accuses", "Tajikistan", "positive"), ("Tajikistan", "accuses", "Kyrgyzstan", "positive")],
     []),
    ("Egypt hosted the talks on Sunday. Previous truces collapsed within hours, with each side blaming the other.",
     [], [("Egypt", "accuses", "Israel", "positive")]),
    # a second act after "and", parsed as the first verb's complement: the same subject, not denied
    ("Rwanda denies supporting the rebels and in turn accuses Congo's army of fighting alongside the FDLR.",
     [("Rwanda", "accuses", "Democratic Republic of the Congo", "positive")],
     [("Rwanda", "accuses", "Democratic Republic of the Congo", "negative")]),
    # a ministry placed in a capital stands for that capital's country, whatever ministry came before
    ("Canada imposed sanctions on Venezuelan officials on Friday. The foreign ministry in Khartoum accused Juba "
     "of arming rebels.",
     [("Sudan", "accuses", "South Sudan", "positive")], [("Venezuela", "accuses", "South Sudan", "positive")]),
    # "him" / "them" after an unnamed official described by country
    ("Estonia on Tuesday ordered a Russian diplomat to leave the country within five days, accusing him of "
     "working with Moscow's security services.",
     [("Estonia", "accuses", "Russia", "positive")], []),
    ("Canada imposed sanctions on 40 Venezuelan officials on Friday, accusing them of undermining democracy.",
     [("Canada", "accuses", "Venezuela", "positive")], []),
    # a named person before the pronoun is the nearer antecedent: no guess from a description
    ("A Russian diplomat met Estonian Foreign Minister Margus Tsahkna, who thanked him for the talks.",
     [], [("Margus Tsahkna", "accuses", "Russia", "positive")]),
    # "reserves" misread as a noun; "in response to" names the act answered
    ("The Chinese side reserves the right to take further measures in response to the visit by the Czech "
     "delegation.",
     [("China", "threatens", "Czech Republic", "positive")], []),
    ("Russia reserves the right to take retaliatory measures against the Czech Republic.",
     [("Russia", "threatens", "Czech Republic", "positive")], []),
    # "will not go unanswered / unpunished": the speaker threatens the author of the act
    ("Israeli jets struck the Iranian consulate in Damascus on Monday. Iran said the attack on its consulate "
     "would not go unpunished.",
     [("Iran", "threatens", "Israel", "positive")], []),
    ("China said such moves by Washington would not be left unanswered.",
     [("China", "threatens", "United States", "positive")], []),
    ("Iran said the attack would go unanswered for now.", [], [("Iran", "threatens", "Israel", "positive")]),
    # holding someone the legitimate holder of an office supports them
    ("The Kremlin said Moscow considered Nicolas Maduro the legitimate president.",
     [("Russia", "supports", "Nicolas Maduro", "positive")], []),
    ("Washington does not recognise Nicolas Maduro as the legitimate leader of Venezuela.",
     [("United States", "supports", "Nicolas Maduro", "negative")],
     [("United States", "supports", "Nicolas Maduro", "positive")]),
    # a verb's own phrase hung on a hedge
    ("Brazilian President Jair Bolsonaro sided in part with Uruguay.",
     [("Jair Bolsonaro", "supports", "Uruguay", "positive")], []),
    # critics through "one of"; a former ally supports no longer
    ("Opposition leader Alexei Navalny was one of Vladimir Putin's fiercest critics.",
     [("Alexei Navalny", "criticizes", "Vladimir Putin", "positive")], []),
    ("Hungarian Prime Minister Viktor Orban is one of the EU's fiercest critics.",
     [("Viktor Orban", "criticizes", "European Union", "positive")], []),
    ("Luisa Ortega Diaz, a former ally of Nicolas Maduro, said the vote was rigged.",
     [], [("Luisa Ortega Diaz", "supports", "Nicolas Maduro", "positive")]),
    # a reaction drawn by an act named before: its author is criticized
    ("Saudi Arabia launched air strikes in Yemen on Thursday. The strikes drew an angry rebuke from Iran.",
     [("Iran", "criticizes", "Saudi Arabia", "positive")], []),
    # a visit to a capital is a visit to its country; a leader going home visits nobody
    ("Ethiopian Prime Minister Abiy Ahmed travelled to Khartoum on Friday.",
     [("Abiy Ahmed", "visits", "Sudan", "positive"), ("Abiy Ahmed", "visits", "Khartoum", "positive")], []),
    ("Ethiopian Prime Minister Abiy Ahmed returned to Addis Ababa on Monday.",
     [], [("Abiy Ahmed", "visits", "Ethiopia", "positive")]),
    # a visit "to the country" by a foreign leader is not to his own country
    ("UAE President Mohamed bin Zayed Al Nahyan today received Abiy Ahmed, Prime Minister of Ethiopia, who is "
     "on a working visit to the country.",
     [("Abiy Ahmed", "visits", "United Arab Emirates", "positive")], [("Abiy Ahmed", "visits", "Ethiopia", "positive")]),
    # "A and his deputy, B": his is A's
    ("The prime minister was welcomed by General Abdel Fattah al-Burhan, chairman of Sudan's Transitional Military "
     "Council, and his deputy, General Mohamed Hamdan Dagalo.",
     [], [("Mohamed Hamdan Dagalo", "memberOf", "Ethiopia", "positive")]),
    # a named military council is a party of its own, not its country
    ("The opposition said it would not return to direct talks with the Transitional Military Council.",
     [("opposition", "negotiatesWith", "Transitional Military Council", "negative")],
     [("opposition", "negotiatesWith", "Sudan", "negative")]),
    # the rebels named right before "rebels", whatever the parse
    ("The deployment comes amid renewed fighting between the Congolese army and M23 rebels, who seized the towns "
     "of Kiwanja and Rutshuru.",
     [("M23", "attacks", "Democratic Republic of the Congo", "positive")],
     [("Congolese rebels", "attacks", "M23", "positive")]),
    # a communique rejected: its authors
    ("Peru rejects the joint communique issued on 12 December by the governments of Mexico, Argentina and Bolivia.",
     [("Peru", "rejects", "Mexico", "positive"), ("Peru", "rejects", "Argentina", "positive"),
      ("Peru", "rejects", "Bolivia", "positive")], []),
    # offices assumed
    ("On 7 December, Dina Boluarte assumed the presidency of the Republic of Peru.",
     [("Dina Boluarte", "leaderOf", "Peru", "positive")], []),
    ("Dina Boluarte took office as president of Peru on Wednesday.",
     [("Dina Boluarte", "leaderOf", "Peru", "positive")], []),
    ("Luiz Inacio Lula da Silva will assume the presidency of Brazil on January 1.",
     [], [("Luiz Inacio Lula da Silva", "leaderOf", "Brazil", "positive")]),
    # fellow members stand for the bodies
    ("Prague has asked its partners in NATO and the European Union for a show of support.",
     [("Czech Republic", "appealsTo", "North Atlantic Treaty Organization", "positive"),
      ("Czech Republic", "appealsTo", "European Union", "positive")],
     []),
    # a courtesy call is a meeting; a call on someone to do something an appeal
    ("External Affairs Minister S. Jaishankar called on the visiting President of Indonesia, Prabowo Subianto.",
     [("S. Jaishankar", "meets", "Prabowo Subianto", "positive")],
     [("S. Jaishankar", "appealsTo", "Prabowo Subianto", "positive")]),
    ("Antony Blinken called on Benjamin Netanyahu to allow more aid into Gaza.",
     [("Antony Blinken", "appealsTo", "Benjamin Netanyahu", "positive")],
     [("Antony Blinken", "meets", "Benjamin Netanyahu", "positive")]),
    # "their spokesman" of a group named before
    ("The Houthis claimed the attack. Their military spokesman, Yahya Saree, said drones had been used.",
     [("Yahya Saree", "memberOf", "Houthis", "positive")], []),
    # a run of acts condemned: the author of the acts
    ("The Brazilian government condemns the series of bombings and ground attacks carried out today in Israel by "
     "Hamas from the Gaza Strip.",
     [("Brazil", "criticizes", "Hamas", "positive")], []),
    # an honorific between title and name; an office title the NER took for a body
    ("President of India Smt. Droupadi Murmu hosted a banquet for the visiting leader.",
     [("Droupadi Murmu", "leaderOf", "India", "positive")], []),
    ("Josep Borrell, the EU's High Representative for Foreign Affairs and Security Policy, met Wang Yi.",
     [("Josep Borrell", "memberOf", "European Union", "positive")],
     [("High Representative for Foreign Affairs", "memberOf", "European Union", "positive")]),
    # parse repairs of coordinations: countries and people after "and"
    ("The foreign ministers of the Democratic Republic of Congo and Rwanda met in the Angolan capital on Saturday.",
     [("Democratic Republic of the Congo", "meets", "Rwanda", "positive")], []),
    ("Antonio Guterres encourages the Governments of the Democratic Republic of the Congo and Rwanda to engage in "
     "dialogue.",
     [("Antonio Guterres", "appealsTo", "Democratic Republic of the Congo", "positive"),
      ("Antonio Guterres", "appealsTo", "Rwanda", "positive")],
     [("Antonio Guterres", "appealsTo", "Governments", "positive")]),
    ("Armenia's Ararat Mirzoyan and Azerbaijan's Jeyhun Bayramov negotiated behind closed doors in Almaty.",
     [("Ararat Mirzoyan", "negotiatesWith", "Jeyhun Bayramov", "positive")],
     [("Ararat Mirzoyan", "negotiatesWith", "Azerbaijan", "positive")]),
    # an exclave of a country lies in it
    ("Lithuania halted trains to the Russian exclave of Kaliningrad.",
     [("Kaliningrad", "locatedIn", "Russia", "positive")], []),
    # a style of address inside a sentence: no new sentence, no part of the name before it
    ("Saudi Crown Prince Mohammed bin Salman chaired the summit. His Royal Highness the Crown Prince received at "
     "AlUla International Airport His Highness Sheikh Tamim bin Hamad Al Thani, Emir of the State of Qatar.",
     [("Mohammed bin Salman", "meets", "Tamim bin Hamad Al Thani", "positive"),
      ("Tamim bin Hamad Al Thani", "leaderOf", "Qatar", "positive")], []),
    # chaired by: the bloc named before, an acronym in brackets and an adverb in between
    ("ECOWAS imposed sanctions on Niger. The bloc, currently chaired by Nigeria's President Bola Tinubu, has also "
     "threatened force.",
     [("Bola Tinubu", "leaderOf", "Economic Community of West African States", "positive")], []),
    ("South Africa supports the efforts of the Economic Community of West African States (ECOWAS), currently "
     "chaired by Nigerian President Bola Tinubu.",
     [("Bola Tinubu", "leaderOf", "Economic Community of West African States", "positive")], []),
    # places: a named place after a possessive place, a site or a place set off by a comma before "in"
    ("Protesters gathered in Baghdad's Tahrir Square.", [("Tahrir Square", "locatedIn", "Baghdad", "positive")], []),
    ("The blasts hit the Vrbetice depot, in the Zlin region.", [("Vrbetice", "locatedIn", "Zlin", "positive")], []),
    ("Fighting reached Kiwanja and Rutshuru, in North Kivu province.",
     [("Rutshuru", "locatedIn", "North Kivu", "positive")], []),
    ("French President Emmanuel Macron met Vladimir Putin, in Moscow.", [],
     [("Vladimir Putin", "locatedIn", "Moscow", "positive")]),
    # abetting an armed group is a wrong charged
    ("India charged that Pakistan was sheltering militants.", [("India", "accuses", "Pakistan", "positive")], []),
    ("Turkey said it was sheltering three million refugees.", [], [("Turkey", "accuses", "Turkey", "positive")]),
    # a gerund subject reads as the noun
    ("Fighting between Kyrgyz and Tajik troops spread along several sections of their disputed frontier.",
     [("Kyrgyzstan", "attacks", "Tajikistan", "positive"), ("Tajikistan", "attacks", "Kyrgyzstan", "positive")], []),
]


@pytest.mark.parametrize("text,expected,absent", CASES, ids=[c[0][:40] for c in CASES])
def test_constructions(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)
