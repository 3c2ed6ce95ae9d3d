"""locatedIn frames: "the <demonym> port of X", "<Country>'s breakaway region of X", named
sites and facilities "in" a place, "recognised as part of", places a cable links, Canadian
provinces and other names that hold a country's name. Invented sentences; the places are
real (the knowledge is real)."""
from __future__ import annotations

import pytest

from kg.resolve import resolve
from kg.types import Article

from factkit import check_row


def statics(nlp, text):
    doc = nlp(text)
    mentions = resolve(doc, Article(id="t", title="t", text=text, date="2025-01-02"))
    return [f for f in mentions.static_facts if f.predicate == "locatedIn"]


def located(subject, obj):
    return (subject, "locatedIn", obj, "positive")


ROWS = [
    # described-place: "the <demonym> <place noun> of <Name>", the name retyped as a place
    ("The tanker sailed from the Russian port of Ust-Luga on Friday.",
     [located("Ust-Luga", "Russia")], []),
    ("Drones struck the southern Russian port of Novorossiysk overnight.",
     [located("Novorossiysk", "Russia")], []),
    # a breakaway state kept as a country lies in the country it broke from
    ("Leaders in Georgia's breakaway region of South Ossetia held a vote.",
     [located("South Ossetia", "Georgia")], []),
    ("Moldova's Russian-backed breakaway region of Transnistria asked Moscow for aid.",
     [located("Transnistria", "Moldova")], []),
    # a port on a sea is not in it
    ("Missiles struck the Black Sea port of Odesa on Sunday.",
     [], [located("Odesa", "Black Sea")]),
    # site-in / in-place: a site named after its place, "in" a place
    ("Hundreds of migrants camped at the Bruzgi checkpoint in western Belarus.",
     [located("Bruzgi", "Belarus")], []),
    ("Jets took off from the Hmeimim air base in Syria.",
     [located("Hmeimim", "Syria")], []),
    ("Guards reinforced the Medyka border crossing in southeastern Poland.",
     [located("Medyka", "Poland")], []),
    ("Moscow keeps the Russian air base in Syria.", [], [located("Russia", "Syria")]),
    # facility-in: a facility name the tagger missed, or took for a body
    ("The plane landed at Toussaint Louverture International Airport in Port-au-Prince.",
     [located("Toussaint Louverture International Airport", "Port-au-Prince")], []),
    ("US jets took off from Al Udeid Air Base in Qatar.",
     [located("Al Udeid Air Base", "Qatar")], []),
    # part-of
    ("The two fought over Nagorno-Karabakh, a region internationally recognised as part of "
     "Azerbaijan, for decades.", [located("Nagorno-Karabakh", "Azerbaijan")], []),
    ("Crimea, which is part of Ukraine, was annexed in 2014.",
     [located("Crimea", "Ukraine")], []),
    ("Kosovo is not part of Serbia, its leaders say.", [], [located("Kosovo", "Serbia")]),
    ("Western Sahara, which is regarded by Morocco as part of Morocco, is disputed.",
     [], [located("Western Sahara", "Morocco")]),
    # a side's word that a place is part of another is kept as that side's report (the
    # annotated sets mark such statements; see test_constructions_s30 for the attribution)
    ("The Kremlin said Crimea is part of Russia.", [located("Crimea", "Russia")], []),
    # a cable's ends are places
    ("The cable connecting Sventoji in Lithuania with Sweden's Gotland island went dark.",
     [located("Sventoji", "Lithuania")], []),
    # Canadian provinces and other names that hold a country's name or demonym
    ("He was shot in Surrey, a city in British Columbia with a large Sikh community.",
     [located("Surrey", "British Columbia")], []),
    ("Officials in Albuquerque, New Mexico, said the fire spread.",
     [], [located("Albuquerque", "Mexico")]),
    ("Gunmen attacked villages in Niger State, officials in Nigeria said.",
     [], [located("Niger", "Nigeria")]),
    # comma-state: a full US state or Canadian province name after a comma
    ("The summit was held in Palm Springs, California, last year.",
     [located("Palm Springs", "California")], []),
    ("In Texas, California officials said nothing.", [], [located("Texas", "California")]),
    # appos-place: a population phrase, a province the tagger called an adjective
    ("Fighting raged in Kherson, a city of 280,000 people in southern Ukraine.",
     [located("Kherson", "Ukraine")], []),
    ("Police arrested him in Lahore, the capital of Pakistan's Punjab province.",
     [located("Lahore", "Punjab")], []),
    ("Israeli troops raided the Jenin refugee camp in the occupied West Bank.",
     [located("Jenin", "West Bank")], []),
    # described-place with the apposition parsed apart ("Port-au-Prince" split by the parser)
    ("Kenyan police officers arrived in Haiti's capital, Port-au-Prince, on Tuesday.",
     [located("Port-au-Prince", "Haiti")], []),
    # not: "the speaker of the X House in Y" (where they met), a lowercase place phrase
    ("Tsai met the speaker of the United States House of Representatives in California.",
     [], [located("United States House of Representatives", "California")]),
    ("The debris fell into the sea off South Korea's west coast.",
     [], [located("west coast", "South Korea")]),
    ("Anger in Ankara deepened after a series of protests in Stockholm.",
     [], [located("Anger", "Ankara")]),
]


@pytest.mark.parametrize("text,expected,absent", ROWS)
def test_place_frames_s8(nlp, text, expected, absent):
    check_row(statics(nlp, text), expected, absent)


def test_share_of_a_designated_region(nlp):
    text = ("Venezuela claims the Essequibo region, a sparsely populated area of about "
            "160,000 square kilometers that makes up two-thirds of Guyana's territory. "
            "Caracas says the Essequibo is Venezuelan. Guyana says the Essequibo is its own.")
    check_row(statics(nlp, text), [located("Essequibo", "Guyana")], [])
