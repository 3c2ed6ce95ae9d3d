"""Session-11 resolve leftovers: names the parser misses (untagged names in apposition with a
title, names typed as places, party names the NER broke, regions with a compass word, a country
word as a surname), owners of "his government", gender from object and possessive pronouns and
from gendered titles in apposition, and capital metonymy. Every sentence is invented."""
from __future__ import annotations

import pytest

from tests.factkit import check_row, facts

#: (sentence, facts expected, facts that must be absent)
ROWS = [
    # 1. an untagged proper-noun chain in apposition with a title noun, however long its phrase
    ("A spokesman for the junta in Naypyitaw, Zaw Min Tun, rejected the resolution.",
     [("Zaw Min Tun", "rejects", "resolution", "positive")], [("Min Tun", "rejects", "resolution", "positive")]),
    ("A senior adviser to the ruling council in Niamey, Ousmane Abdou Garba, criticized France.",
     [("Ousmane Abdou Garba", "criticizes", "France", "positive")], []),
    # ... and a name the NER typed as a place right after a lowercase title noun
    ("Ukrainian lawmaker Oleksiy Goncharenko criticised Hungary.",
     [("Oleksiy Goncharenko", "criticizes", "Hungary", "positive")], []),
    ("Lawmaker Oleksiy Goncharenko criticised Hungary.",
     [("Oleksiy Goncharenko", "criticizes", "Hungary", "positive")], []),
    ("Senior envoy Dmitri Kozak Volkov met Belarusian officials in Minsk.",
     [("Dmitri Kozak Volkov", "meets", "Belarus", "positive")], []),
    # 2. a party name with a possessive inside, or cut from its head by the NER
    ("Ko Wen-je of the smaller Taiwan People's Party criticised China.",
     [("Ko Wen-je", "memberOf", "Taiwan People's Party", "positive")], []),
    ("Anan Srisuk of the Thai Workers' Party criticised Cambodia.",
     [("Anan Srisuk", "memberOf", "Thai Workers' Party", "positive")], []),
    ("The All Progressives Congress condemned the attack on Abuja.",
     [("All Progressives Congress", "criticizes", "attack", "positive")],
     [("United States Congress", "criticizes", "attack", "positive")]),
    # ... and a party the NER took for a place before a lowercase "party"
    ("Hungary's Tisza party accused Orban of corruption.",
     [("Tisza", "accuses", "Orban", "positive")], []),
    # 3. a region with a capitalised compass word
    ("The Rapid Support Forces attacked Nyala in South Darfur.",
     [("Nyala", "locatedIn", "South Darfur", "positive")], [("Nyala", "locatedIn", "Darfur", "positive")]),
    ("Al-Shabaab fighters attacked an army base in Middle Juba.",
     [("al-Shabab", "attacks", "Middle Juba", "positive")], [("al-Shabab", "attacks", "South Sudan", "positive")]),
    ("Israeli jets attacked targets in South Lebanon.",
     [("Israel", "attacks", "Lebanon", "positive")], [("Israel", "attacks", "South Lebanon", "positive")]),
    # 4. "his government" after a head of government is the country they lead
    ("Spanish Prime Minister Pedro Sanchez spoke in Madrid on Monday. His government sanctioned Israel.",
     [("Spain", "sanctions", "Israel", "positive")], [("Pedro Sanchez", "sanctions", "Israel", "positive")]),
    ("New Zealand Prime Minister Jacinda Ardern visited Fiji. Her government pledged aid to Tonga.",
     [("New Zealand", "aids", "Tonga", "positive")], []),
    # 5. gender learned from "his" / "her" and from a gendered title in apposition
    ("Maria Lopez Ferreira arrived in Lima on Monday. She met the mayor. Juan Carlos Ortega met "
     "Bolivian officials. Analysts praised his approach. She criticized Chile.",
     [("Maria Lopez Ferreira", "criticizes", "Chile", "positive")],
     [("Juan Carlos Ortega", "criticizes", "Chile", "positive")]),
    ("Ana Soto, a spokeswoman for the coalition, visited Peru on Monday. Peru's foreign minister "
     "Ricardo Weber met her. Officials praised his work. She criticized Chile.",
     [("Ana Soto", "criticizes", "Chile", "positive")], [("Ricardo Weber", "criticizes", "Chile", "positive")]),
    # 6. a capital that is the passive subject of an attack is the city
    ("Kyiv was hit by Russian missiles on Monday.",
     [("Russia", "attacks", "Kyiv", "positive")], [("Russia", "attacks", "Ukraine", "positive")]),
    ("Beirut was struck by Israeli jets overnight.",
     [("Israel", "attacks", "Beirut", "positive")], [("Israel", "attacks", "Lebanon", "positive")]),
    # 7. a seat of government described as the power in it stays an actor
    ("The Kremlin, Russia's presidency, condemned Ukraine.",
     [("Russia", "criticizes", "Ukraine", "positive")], []),
    ("Kabul, Afghanistan's capital, was hit by a blast.",
     [("Kabul", "locatedIn", "Afghanistan", "positive")], []),
    # 8. a country word after a title and a given name is the surname
    ("Portuguese Prime Minister Luis Montenegro met Spanish Prime Minister Pedro Sanchez. "
     "Montenegro criticised Russia.",
     [("Luis Montenegro", "meets", "Pedro Sanchez", "positive"), ("Luis Montenegro", "criticizes", "Russia", "positive")],
     [("Montenegro", "meets", "Pedro Sanchez", "positive")]),
    ("Honduran lawmaker Carlos Chad visited Guatemala.",
     [("Carlos Chad", "visits", "Guatemala", "positive")], [("Chad", "visits", "Guatemala", "positive")]),
    ("Trump told President Volodymyr Zelensky Ukraine must negotiate.",
     [("Volodymyr Zelensky", "leaderOf", "Ukraine", "positive")], []),
]


@pytest.mark.parametrize("text,expected,absent", ROWS, ids=[r[0][:40] for r in ROWS])
def test_leftover(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)
