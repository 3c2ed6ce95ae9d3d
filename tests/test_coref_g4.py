"""Who an end is (G4): the publishing government named by the longest country name of the
source, a bare unit word ("the Government") owned by the country named with it rather than
by the one named first, leaders named with their countries standing for those countries in
"both countries" / "the two countries", "the two leaders" pointing back only to
leaders named before it, and "the two neighbours" far from a pair that holds a country
named in passing meaning the article's two principal countries.

Tables of (text, source, facts that must be found) and near misses (text, source, facts
that must NOT be found); every sentence is invented for this file.
"""
from __future__ import annotations

import pytest

from kg.extract import extract_doc
from kg.types import Article


def facts_of(nlp, text, source=None):
    doc = nlp(text)
    extraction = extract_doc(doc, Article(id="t", title="t", text=text, source=source))
    return {(f.subject, f.predicate, f.object) for f in extraction.facts if f.polarity == "positive"}


_PRC = "Ministry of Foreign Affairs of the People's Republic of China"
_DPRK = "Foreign Ministry of the Democratic People's Republic of Korea"
_LATER = ("The visiting delegation held talks with its hosts in Hanoi on Monday. The two leaders "
          "criticised Russia. Later the delegation met Vietnamese President Nguyen Van An and "
          "Prime Minister Tran Duc Binh. Nguyen Van An said ties were strong. Tran Duc Binh "
          "praised the visit.")
_BEFORE = ("Vietnamese President Nguyen Van An met Prime Minister Tran Duc Binh in Hanoi on Monday. "
           "Nguyen Van An said ties were strong. Tran Duc Binh praised the visit. The two leaders "
           "criticised Russia.")
_STORY = ("Ethiopia and Eritrea clashed on the border on Monday. Ethiopia accused Eritrea of firing "
          "first. Eritrea criticised Ethiopia. Ethiopia later sanctioned Eritrea. Sudan and Eritrea "
          "have both denied the claim. ")
_FAR = "The clashes killed ten soldiers. Aid groups called for calm. "
_GOV = "The Government of India recalled its envoy. India is a large country. "

FOUND = [
    # a pair of one story country and one named in passing, away from the reference: the
    # story's pair; just before the reference it is still the pair
    (_STORY + _FAR + "The two neighbours later criticised Egypt.", None,
     {("Ethiopia", "criticizes", "Egypt"), ("Eritrea", "criticizes", "Egypt")}),
    (_STORY + "The two neighbours later criticised Egypt.", None,
     {("Sudan", "criticizes", "Egypt"), ("Eritrea", "criticizes", "Egypt")}),
    # "the two leaders" named before the reference still are its referents
    (_BEFORE, None,
     {("Nguyen Van An", "criticizes", "Russia"), ("Tran Duc Binh", "criticizes", "Russia")}),
    # the issuer's "we": the longest country name of the source, not a shorter one inside it
    ("We urge Vietnam to stop its provocations at sea.", _PRC,
     {("China", "demandsFrom", "Vietnam")}),
    ("We strongly condemn Japan for the drills near our waters.", _DPRK,
     {("North Korea", "criticizes", "Japan")}),
    # a one-word source name still works
    ("We urge Serbia to withdraw its troops.", "Ministry of Foreign Affairs of Croatia",
     {("Croatia", "demandsFrom", "Serbia")}),
    # "the Government of X" after "the Government of Y": X, named with it
    ("The Government of India summoned the envoy on Monday. We urge the Government of Canada "
     "to act against the extremists.", "Ministry of External Affairs of India",
     {("India", "appealsTo", "Canada")}),
    ("The Government of Peru recalled its ambassador. The Government of Chile then criticised "
     "the Government of Bolivia.", None,
     {("Chile", "criticizes", "Bolivia")}),
    # a later bare "the Government's" is the unit named last with its country
    (_GOV + "The Government of Chile expelled a diplomat on Monday. The Government's statement "
     "condemned Peru.", None,
     {("Chile", "criticizes", "Peru")}),
    # leaders named with their countries: "both countries" are those countries, not a pair
    # coordinated earlier
    ("Gabon accused Ghana and Togo of hosting rebels. But Mali's leader, Col. Amadou Keita, and "
     "Niger's Gen. Ali Moussa have rejected the plan. Both countries have turned to Russia for "
     "military assistance.", None,
     {("Mali", "appealsTo", "Russia"), ("Niger", "appealsTo", "Russia")}),
    ("Senegal criticised Ghana and Togo on Monday. Chad's president, Idriss Mahamat, and "
     "Sudan's Gen. Osman Bakri met in Cairo. The two countries later criticised Egypt.", None,
     {("Chad", "criticizes", "Egypt"), ("Sudan", "criticizes", "Egypt")}),
]

NOT_FOUND = [
    (_STORY + _FAR + "The two neighbours later criticised Egypt.", None,
     {("Sudan", "criticizes", "Egypt")}),
    # "the two leaders" points back: two leaders the article names only later are not them
    (_LATER, None,
     {("Nguyen Van An", "criticizes", "Russia"), ("Tran Duc Binh", "criticizes", "Russia")}),
    # the shorter name inside the source is not the issuer
    ("We urge Vietnam to stop its provocations at sea.", _PRC,
     {("Taiwan", "demandsFrom", "Vietnam")}),
    ("We strongly condemn Japan for the drills near our waters.", _DPRK,
     {("South Korea", "criticizes", "Japan")}),
    # "the Government of Canada" is not the Government of India named first
    ("The Government of India summoned the envoy on Monday. We urge the Government of Canada "
     "to act against the extremists.", "Ministry of External Affairs of India",
     {("India", "appealsTo", "India")}),
    ("The Government of Peru recalled its ambassador. The Government of Chile then criticised "
     "the Government of Bolivia.", None,
     {("Peru", "criticizes", "Bolivia"), ("Chile", "criticizes", "Peru")}),
    (_GOV + "The Government of Chile expelled a diplomat on Monday. The Government's statement "
     "condemned Peru.", None,
     {("India", "criticizes", "Peru")}),
    # the earlier coordinated pair is not "both countries" once two leaders stood for theirs
    ("Gabon accused Ghana and Togo of hosting rebels. But Mali's leader, Col. Amadou Keita, and "
     "Niger's Gen. Ali Moussa have rejected the plan. Both countries have turned to Russia for "
     "military assistance.", None,
     {("Ghana", "appealsTo", "Russia"), ("Togo", "appealsTo", "Russia")}),
    # two people of one country are not "the two countries"
    ("Senegal criticised Ghana and Togo on Monday. Chad's president, Idriss Mahamat, and "
     "Chad's Gen. Osman Bakri met in Cairo. The two countries later criticised Egypt.", None,
     {("Chad", "criticizes", "Egypt")}),
]


@pytest.mark.parametrize("text,source,expected", FOUND)
def test_found(nlp, text, source, expected):
    got = facts_of(nlp, text, source)
    assert expected <= got, f"missing {expected - got}; got {sorted(got)}"


@pytest.mark.parametrize("text,source,unwanted", NOT_FOUND)
def test_not_found(nlp, text, source, unwanted):
    got = facts_of(nlp, text, source)
    assert not unwanted & got, f"unwanted {unwanted & got}; got {sorted(got)}"
