"""Roles, memberships and places, ninth round, second part (leaderOf / memberOf /
locatedIn): tables of invented sentences -> expected static facts, and near misses that
must give nothing.

Covers members of an "Xland-led" organisation, a member list the parser left without a
subject ("...: A, B and C are members of Y"), "X, which as a member of Y ...", "As a
member of Y, X ...", "X (XG), an affiliate of Y", "X, a Y offshoot", "welcomed Xland's
return to the Y", a dateline place written in capitals (labelled "Dubai", a place even
when the NER calls it a person), "the foreign ministers of A and B, X and Y"
(respectively), "his special representative, X" after a body's head, a capitalised title
the NER took for an organisation, "the Hon X Y", a singular apposition after two
coordinated people, a capital in another clause than the title, and "lawmakers of the X
party in Y".
"""
from __future__ import annotations

import pytest

from factkit import facts

from tests.test_roles_s9 import triples


FOUND = [
    # -- members of an "Xland-led" organisation
    ("Armenia is a member of the Russian-led Collective Security Treaty Organization.", {},
     ("Armenia", "memberOf", "Collective Security Treaty Organization")),
    ("Bahrain and Egypt are members of the Saudi-led Arab League, officials said.", {},
     ("Egypt", "memberOf", "Arab League")),
    # -- a list opening the clause after a colon, parsed with no subject
    ("The region is tied to Moscow by trade and migration: Belarus, Armenia and Kyrgyzstan "
     "are members of the Eurasian Economic Union.", {},
     ("Kyrgyzstan", "memberOf", "Eurasian Economic Union")),
    # -- "as a member of"
    ("He skipped the summit in Hungary, which as a member of the International Criminal "
     "Court would have had to arrest him.", {},
     ("Hungary", "memberOf", "International Criminal Court")),
    ("As a member of the African Union, Kenya has a say in the dispute.", {},
     ("Kenya", "memberOf", "African Union")),
    # -- an affiliate or offshoot of a group
    ("Police blamed Islamic State West Africa Province (ISWAP), an offshoot of Boko Haram, "
     "for the raid.", {}, ("Islamic State West Africa Province", "memberOf", "Boko Haram")),
    ("Al-Shabaab, an al-Qaeda affiliate, attacked the base.", {},
     ("al-Shabab", "memberOf", "al-Qaeda")),
    # -- a return to a body taken as done
    ("Arab leaders hailed Syria's return to the Arab League after a decade.", {},
     ("Syria", "memberOf", "Arab League")),
    ("Since the readmission of Egypt to the African Union, Cairo has hosted two summits.", {},
     ("Egypt", "memberOf", "African Union")),
    # -- a dateline in capitals: the place as the text writes it elsewhere
    ("DUBAI, United Arab Emirates (AP) — Iran said it would hold talks in Dubai.", {},
     ("Dubai", "locatedIn", "United Arab Emirates")),
    # -- plural titles of as many countries as people: respectively
    ("The talks were attended by the defence ministers of Poland and Lithuania, Marek Nowak "
     "and Tomas Kalnas.", {}, ("Tomas Kalnas", "memberOf", "Lithuania")),
    ("The presidents of Kenya, Uganda and Rwanda, William Ruto, Yoweri Museveni and Paul "
     "Kagame, signed the accord.", {"date": "2023-06-10"}, ("Yoweri Museveni", "leaderOf", "Uganda")),
    # -- the special representative of the head of a body belongs to the body
    ("The Secretary-General, Antonio Guterres, spoke on Tuesday. He reiterated his full "
     "confidence in his Special Representative for Libya, Abdou Batily, and in the staff "
     "of the mission.", {}, ("Abdou Batily", "memberOf", "United Nations")),
    # -- "the Hon X Y", tagged as an organisation
    ("Canada's Minister of Foreign Affairs, the Hon Melanie Joly, met her counterpart "
     "today.", {}, ("Melanie Joly", "memberOf", "Canada")),
    # -- a capital set in the title's own clause
    ("In Nairobi, President Ana Soto said the talks would continue.", {},
     ("Ana Soto", "leaderOf", "Kenya")),
]


@pytest.mark.parametrize("text,kw,fact", FOUND)
def test_found(nlp, text, kw, fact):
    assert fact in triples(nlp, text, **kw)


ABSENT = [
    # a return still called for is no membership
    ("Trump called for Russia's return to the G8.", {},
     ("Russia", "memberOf", "Group of Eight")),
    # a former affiliate is no part of the group
    ("Hayat Tahrir al-Sham, a former affiliate of al-Qaeda, seized the town.", {},
     ("Hayat Tahrir al-Sham", "memberOf", "al-Qaeda")),
    # respectively: the second minister is not the first country's
    ("The talks were attended by the defence ministers of Poland and Lithuania, Marek Nowak "
     "and Tomas Kalnas.", {}, ("Tomas Kalnas", "memberOf", "Poland")),
    # a capitalised title the NER took for an organisation is no body
    ("The Secretary-General has asked the Emergency Relief Coordinator, Martin Griffiths, "
     "to keep engaging both sides.", {},
     ("Martin Griffiths", "memberOf", "Emergency Relief Coordinator")),
    # an apposition after two coordinated people describes the second one
    ("Crowds mourned Qassem Soleimani. Anger grew over the deaths of Soleimani and Abu "
     "Mahdi al-Muhandis, the deputy commander of the Popular Mobilization Forces, last "
     "week.", {}, ("Qassem Soleimani", "leaderOf", "Popular Mobilization Forces")),
    # a capital named in another clause sets no title there
    ("The operation was announced in Washington by Saudi Arabia's ambassador, Adel "
     "al-Jubeir, who said a coalition would protect the government of President "
     "Abd-Rabbu Mansour Hadi.", {"date": "2015-03-26"},
     ("Abd-Rabbu Mansour Hadi", "leaderOf", "United States")),
    # lawmakers of a party in a city met there: the party is not located there
    ("Addressing lawmakers of his ruling AK Party in Ankara, he accused both countries.", {},
     ("AK Party", "locatedIn", "Ankara")),
    # a dateline in capitals keeps no capitalised label
    ("DUBAI, United Arab Emirates (AP) — Iran said it would hold talks.", {},
     ("DUBAI", "locatedIn", "United Arab Emirates")),
]


@pytest.mark.parametrize("text,kw,fact", ABSENT)
def test_absent(nlp, text, kw, fact):
    assert fact not in triples(nlp, text, **kw)


def test_dateline_person_is_a_place(nlp):
    """"KHAN YOUNIS, Gaza Strip (AP) —" tagged as a person: a place, no actor."""
    found = facts(nlp, "KHAN YOUNIS, Gaza Strip (AP) — Israel struck Hamas overnight.")
    assert not any(f.subject in ("KHAN YOUNIS", "Khan Younis") for f in found)
