"""Precision audit (session 12): causes of false facts that recur across articles.

- a joint text that opens "We, the G7 Foreign Ministers of ..., condemn" or "We, the
  President of A, X, and the Prime Minister of B, Y, met today" speaks for the group it
  names, else for each government it lists, not for the one government that published it
  (:func:`kg.resolve.focus.opening_records`); a title's parties may be joined by en dashes
  ("Cyprus–Egypt–Greece Summit");
- "the two sides" / "both sides" after a meeting in its own sentence ("A held talks with
  B, and the two sides signed ...") are the meeting's sides, not a pair named before;
- names the NER cut: an Arabic particle inside a name ("Noura bint Mohammed Al Kaabi",
  "Mostafa Kamal el-Madbouly"), a given name after the comma that closes a title's phrase
  ("Head of UNMISS, Mahamat | Nicholas Haysom");
- no organisation from the head of a longer name the NER cut before a known one ("the Office
  of the | UN High Commissioner") or from the rest of a title ("Minister of | State for X").

The sentences and openings are written for these tests.
"""
from __future__ import annotations

import pytest

from factkit import check_row
from factkit import facts as _facts
from kg.resolve.focus import joint_parties, opening_records
from kg.types import Article

POS = "positive"


@pytest.mark.parametrize("text,labels", [
    ("We, the G7 Leaders of Canada, France, Germany, Italy, Japan, the United Kingdom and the "
     "United States, and the President of the European Commission, strongly condemn the attack.",
     ["Group of Seven"]),
    ("ACCRA, 2 May 2024\n\nWe, the President of the Republic of Ghana, John Mahama, the President of "
     "the Republic of Togo, Faure Gnassingbe, and the President of Benin, Patrice Talon, met today in "
     "Accra to review our cooperation.", ["Ghana", "Togo", "Benin"]),
    ("We, the Heads of State and Government of the Economic Community of West African States, meeting "
     "in Abuja, reject the seizure of power.", ["Economic Community of West African States"]),
    ("We, the Foreign Ministers of Peru and Chile, reaffirm our commitment to the Pacific Alliance.",
     ["Peru", "Chile"]),
    # one government, or nobody named: the issuer's own "we"
    ("We, the Government of the Republic of Ghana, condemn this cowardly act.", []),
    ("We, the undersigned, call on all parties to cease fire.", []),
    ("The ministers met today. We, the ministers, call on Peru and Chile to talk.", []),
])
def test_opening_records(text, labels):
    assert [r.label for r in opening_records(text)] == labels


@pytest.mark.parametrize("title,labels", [
    ("Joint Declaration of the Ghana\u2013Togo\u2013Benin Trilateral Summit, Accra", ["Ghana", "Togo", "Benin"]),
    ("Peru\u2014Chile Joint Statement on Fisheries", ["Peru", "Chile"]),
])
def test_joint_parties_with_dashes(title, labels):
    assert [c.label for c in joint_parties(Article(id="t", title=title, text=""))] == labels


ROWS = [
    # "the two sides" after a meeting in the same sentence: its sides, not the pair before
    ("The pact alarmed France and Germany. Chinese Foreign Minister Wang Yi held talks with Fijian "
     "Prime Minister Sitiveni Rabuka, and the two sides signed an agreement on fisheries.",
     [("China", "cooperatesWith", "Fiji", POS)],
     [("France", "cooperatesWith", "Germany", POS), ("France", "discusses", "fisheries", POS)]),
    ("Rights groups criticised Brazil and Argentina. Indian Foreign Minister Subrahmanyam Jaishankar "
     "met with Kenyan President William Ruto in Nairobi on Monday, and both sides agreed to expand trade.",
     [("India", "discusses", "trade", POS), ("Kenya", "discusses", "trade", POS)],
     [("Brazil", "discusses", "trade", POS), ("Argentina", "discusses", "trade", POS)]),
    # names the NER cut at an Arabic particle or after a title's phrase
    ("Egyptian Prime Minister Mostafa Kamal el-Madbouly met Greek Prime Minister Kyriakos Mitsotakis in Athens.",
     [("Mostafa Kamal el-Madbouly", "leaderOf", "Egypt", POS),
      ("Mostafa Kamal el-Madbouly", "meets", "Kyriakos Mitsotakis", POS)],
     [("Mostafa Kamal", "leaderOf", "Egypt", POS), ("el-Madbouly", "meets", "Kyriakos Mitsotakis", POS)]),
    ("The grant was announced by Noura bint Mohammed Al Kaabi, the foreign minister, who praised Oman.",
     [("Noura bint Mohammed Al Kaabi", "supports", "Oman", POS)],
     [("Mohammed Al Kaabi", "supports", "Oman", POS)]),
    ("The council thanked the Special Representative for South Sudan and Head of UNMISS, Mahamat "
     "Nicholas Haysom, for his work.",
     [("Mahamat Nicholas Haysom", "leaderOf", "UNMISS", POS)],
     [("Nicholas Haysom", "leaderOf", "UNMISS", POS)]),
    # no body from the rest of a title or the head of a longer name
    ("The grant was announced by Noura bint Mohammed Al Kaabi, Minister of State for International "
     "Cooperation, who praised Oman.",
     [], [("State for International Cooperation", "supports", "Oman", POS)]),
    ("Canada is working with the Office of the UN High Commissioner for Refugees in Chad.",
     [("Canada", "cooperatesWith", "UN High Commissioner for Refugees", POS)],
     [("Canada", "cooperatesWith", "Office of", POS)]),
]


@pytest.mark.parametrize("sentence,expected,absent", ROWS, ids=[r[0][:40] for r in ROWS])
def test_row(nlp, sentence, expected, absent):
    check_row(_facts(nlp, sentence), expected, absent)
