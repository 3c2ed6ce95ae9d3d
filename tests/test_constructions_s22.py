"""Session 22: general constructions found missing in the sets opened for study (h108,
h110) and in probe sentences written after them. Every text is invented."""
from __future__ import annotations

import pytest

from tests.factkit import check_row, facts

#: (text, facts expected, facts that must be absent)
CASES = [
    # of two titles one person holds, the leader's says more than the minister's
    ("Omani Prime Minister and Foreign Minister Sayyid Badr Albusaidi flew to Tehran on Sunday.",
     [("Badr Albusaidi", "leaderOf", "Oman", "positive")], [("Badr Albusaidi", "memberOf", "Oman", "positive")]),
    ("Deputy Prime Minister and Finance Minister Jan Novak resigned.", [],
     [("Jan Novak", "leaderOf", "Czech Republic", "positive")]),
    # a commissioner-general heads the agency
    ("Pierre Dumas, the Commissioner-General of UNRWA, visited Amman.",
     [("Pierre Dumas", "leaderOf", "UNRWA", "positive")], []),
    # an acronym in brackets closing the title's "of" phrase names the body
    ("The head of the U.N. stabilisation mission in Haiti (MINUSTAH), Carlos Braga, said the vote would go ahead.",
     [("Carlos Braga", "leaderOf", "MINUSTAH", "positive"), ("MINUSTAH", "memberOf", "United Nations", "positive")],
     [("Carlos Braga", "leaderOf", "United Nations", "positive")]),
    # a name that "which" takes up as what someone leads is a body
    ("The bombing was claimed by the Islamist group Al Furqan, which is led by the Algerian militant Yahya Bouzid.",
     [("Yahya Bouzid", "leaderOf", "Al Furqan", "positive")], []),
    ("Al Furqan, which is led by the Algerian militant Yahya Bouzid, claimed the bombing.",
     [("Yahya Bouzid", "leaderOf", "Al Furqan", "positive")], []),
    # an attack event after "in" is no place hit
    ("Gunmen killed four soldiers in an attack claimed by the group Katiba Sahel.", [],
     [("gunmen", "attacks", "Katiba Sahel", "positive")]),
    # an acronym the tagger took for a plural is a singular "it"
    ("The White House said on Monday it would not lift the ban. The ELN said on Tuesday it wanted new talks. "
     "Its top commander, Antonio Garcia, said the group would not disarm.",
     [("Antonio Garcia", "leaderOf", "National Liberation Army", "positive")], [("Antonio Garcia", "leaderOf", "United States", "positive")]),
    # an alliance of armed groups lists bodies, with their acronyms in brackets
    ("The Northern Alliance, made up of the Kachin Independence Army (KIA), the Arakan Army (AA) and the Shan State "
     "Army (SSA), launched an offensive on Friday.",
     [("Kachin Independence Army", "memberOf", "Northern Alliance", "positive"),
      ("Shan State Army", "memberOf", "Northern Alliance", "positive")], []),
    # "the army spokesman": the force the article named last by that word
    ("The Sudanese Armed Forces (SAF) and the RSF traded blame. Colonel Omar Sidig, the army spokesman, said the SAF "
     "had respected the truce.", [("Omar Sidig", "memberOf", "Sudanese Armed Forces", "positive")], []),
    # a description owning the title names the body; a unit's chief is one of its people
    ("Egypt is seeking a new loan from the International Monetary Fund. Ivanna Vladkova, the fund's mission chief "
     "for Egypt, said talks were going well.",
     [("Ivanna Vladkova", "memberOf", "International Monetary Fund", "positive")],
     [("Ivanna Vladkova", "leaderOf", "Egypt", "positive"),
      ("Ivanna Vladkova", "leaderOf", "International Monetary Fund", "positive")]),
    ("IMF mission chief Ivanna Vladkova arrived in Cairo.",
     [("Ivanna Vladkova", "memberOf", "International Monetary Fund", "positive")], []),
    # the owner of a duty "as a member of" a body is a member
    ("Brussels urged Turkey to honour its obligations as a member of the Council of Europe.",
     [("Turkey", "memberOf", "Council of Europe", "positive")], []),
    ("Ukraine hopes to become a member of NATO.", [], [("Ukraine", "memberOf", "NATO", "positive")]),
    # "X, as Y's foreign minister, ...": the office held while acting
    ("Albanese, as Australia's prime minister, met Modi in Delhi.",
     [("Albanese", "leaderOf", "Australia", "positive")], []),
    ("As foreign minister in 2015, Lavrov negotiated the deal.", [], [("Lavrov", "memberOf", "Russia", "positive")]),
    # the subject's own possessive is no other side
    ("Several Gulf donors, including Qatar and Kuwait, suspended their pledges after the vote.", [],
     [("Qatar", "sanctions", "Gulf donors", "positive"), ("Qatar", "memberOf", "Gulf donors", "positive")]),
    # victims named by nationality among others are no attack on their country
    ("Gunmen killed seven people, including a German national and two Italians, at a hotel in Mogadishu.", [],
     [("gunmen", "attacks", "Germany", "positive"), ("gunmen", "attacks", "Italy", "positive")]),
    # "the two officials": the two people who last met
    ("Antony Blinken met Chinese Foreign Minister Wang Yi in Munich on Saturday. The two officials discussed "
     "export controls.",
     [("Antony Blinken", "discusses", "export controls", "positive"), ("Wang Yi", "discusses", "export controls", "positive")],
     []),
    # "the Special Representative of the UN Secretary-General, X": the first title is X's
    ("The Special Representative of the UN Secretary-General, Martin Kobler, flew to Tripoli.",
     [("Martin Kobler", "memberOf", "United Nations", "positive")], []),
    # title words coreference gave to the person named stay the person's title
    ("Beijing said on Friday it would send its Special Envoy for Middle East Affairs Zhai Jun to Cairo.",
     [("Zhai Jun", "memberOf", "China", "positive")], []),
    # an adviser to a state's office
    ("Marco Aurelio Garcia, chief foreign policy adviser to the Brazilian presidency, met Maduro.",
     [("Marco Aurelio Garcia", "memberOf", "Brazil", "positive")], []),
    # the country holds the presidency, not the leader whose country it is
    ("Belgian Prime Minister Alexander De Croo, whose country holds the rotating presidency of the Council of the EU, "
     "spoke.", [("Alexander De Croo", "leaderOf", "Belgium", "positive")],
     [("Alexander De Croo", "leaderOf", "Council of the EU", "positive")]),
    # a title only one country gives
    ("SEOUL -- South Korea protested on Monday. Chief Cabinet Secretary Hirokazu Matsuno said the steps were lawful.",
     [("Hirokazu Matsuno", "memberOf", "Japan", "positive")], [("Hirokazu Matsuno", "memberOf", "South Korea", "positive")]),
    # a leader's title coordinated with a minister's "of" title
    ("Qatari Prime Minister and Minister of Foreign Affairs Ali Khalil met the envoy in Doha.",
     [("Ali Khalil", "leaderOf", "Qatar", "positive")], []),
    # "the city's mayor": the place struck just before (a one-word name struck is a place)
    ("Russian drones struck Kherson overnight. The city's mayor, Roman Mrochko, said three people were hurt.",
     [("Roman Mrochko", "leaderOf", "Kherson", "positive"), ("Russia", "attacks", "Kherson", "positive")], []),
    # "condemned X, accusing its forces of ...": the object's owner is the one accused
    ("Ankara condemned Ethiopia, accusing its troops of shelling villages near the border.",
     [("Turkey", "accuses", "Ethiopia", "positive")], []),
    # a kind of weapon before an attack noun names no owner: the attacker reported before
    ("Chinese coast guard ships fired water cannon at a Vietnamese fishing boat. Washington condemned the "
     "water-cannon attack.", [("United States", "criticizes", "China", "positive")],
     [("United States", "criticizes", "attack", "positive")]),
    # goods bound for a country: the measure hits that country
    ("Japan tightened export controls on chemicals bound for South Korea.",
     [("Japan", "sanctions", "South Korea", "positive")], []),
    # a title whose "of" phrase ends in another person's name is that person's
    ("Erdogan spoke with President of Egypt Abdel Fattah el-Sisi, President of Iran Ebrahim Raisi and President of "
     "Syria Bashar al-Assad.",
     [("Ebrahim Raisi", "leaderOf", "Iran", "positive"), ("Abdel Fattah el-Sisi", "leaderOf", "Egypt", "positive")],
     [("Abdel Fattah el-Sisi", "leaderOf", "Iran", "positive")]),
    ("Yuri Ushakov, adviser of President Vladimir Putin, told reporters the talks were useful.",
     [("Yuri Ushakov", "memberOf", "Russia", "positive")], []),
    # a division of the body after "at"; a unit the body sends
    ("Joyce Msuya, Director of Operations and Advocacy at the World Food Programme, said convoys were blocked.",
     [("Joyce Msuya", "memberOf", "World Food Programme", "positive")], [("Joyce Msuya", "leaderOf", "Operations", "positive")]),
    ("Beijing summoned Jorge Toledo, Head of the EU Delegation to China, on Friday.",
     [("Jorge Toledo", "memberOf", "European Union", "positive")], [("Jorge Toledo", "leaderOf", "European Union", "positive")]),
    # "In X, ... the city's mayor": the place of its own sentence
    ("The ministry in Berlin said so. In Kherson, Schulze met the city's mayor, Roman Mrochko.",
     [("Roman Mrochko", "leaderOf", "Kherson", "positive")], [("Roman Mrochko", "leaderOf", "Berlin", "positive")]),
    # "The two discussed X": the parser's adjective is the pair's verb
    ("Widodo met Albanese in Sydney on Tuesday. The two discussed defence industry cooperation and climate change.",
     [("Widodo", "discusses", "climate change", "positive"), ("Albanese", "discusses", "defence industry cooperation",
                                                               "positive")], []),
    # a possessive takes the subject of the clause above it, not a relative clause's
    ("Uganda, which Kinshasa accuses of arming the rebels, was represented by its Foreign Minister Jeje Odongo.",
     [("Jeje Odongo", "memberOf", "Uganda", "positive")],
     [("Jeje Odongo", "memberOf", "Democratic Republic of the Congo", "positive")]),
]


@pytest.mark.parametrize("text,expected,absent", CASES, ids=[c[0][:50] for c in CASES])
def test_constructions(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)
