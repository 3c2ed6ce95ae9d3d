"""Session-12 noun triggers: go-betweens named before a mediation noun are no parties to each
other; an attitude voiced "at" something keeps that topic when a fronted framing phrase
("On regional issues, ...") names none; measures imposed by an order's participle, taken "of
its own" in answer or in kind, laid on an amount of goods, or said to apply to goods. Every
text is invented."""
from __future__ import annotations

import pytest

from tests.factkit import check_row, facts

#: (text, facts expected, facts that must be absent)
MECHANISMS = [
    # "with U.S. and Saudi mediation": the mediators do not negotiate with each other
    ("The ceasefire was reached with U.S. and Saudi mediation on Saturday.", [],
     [("United States", "negotiatesWith", "Saudi Arabia", "positive")]),
    ("Talks under Turkish and Qatari mediation resumed in Doha.", [],
     [("Turkey", "negotiatesWith", "Qatar", "positive")]),
    ("Qatari and Egyptian mediators have been shuttling between the two sides.", [],
     [("Qatar", "negotiatesWith", "Egypt", "positive")]),
    # "mediation between A and B" still names the sides
    ("Kenya offered mediation between Ethiopia and Eritrea.",
     [("Ethiopia", "negotiatesWith", "Eritrea", "positive")], []),
    # a fronted framing phrase that names no topic leaves it to "at"
    ("Indonesian President Joko Widodo met Malaysian Prime Minister Anwar Ibrahim in Jakarta on Monday. "
     "On regional issues, the two leaders expressed deep concern at the continuing violence in Myanmar.",
     [("Joko Widodo", "concernedAbout", "continuing violence in myanmar", "positive"),
      ("Anwar Ibrahim", "concernedAbout", "continuing violence in myanmar", "positive")], []),
    ("On bilateral matters, Chile voiced alarm at the rising number of border crossings.",
     [("Chile", "concernedAbout", "rising number of border crossings", "positive")], []),
    # a participle on an order acts for who signed or issued the order
    ("Putin signed a decree imposing sanctions on Turkish companies.",
     [("Putin", "sanctions", "Turkey", "positive")], []),
    ("The Senate passed a bill imposing sanctions on Venezuelan officials.",
     [("Senate", "sanctions", "Venezuela", "positive")], []),
    # measures "of its own": against the side whose measure they answer, or that of the last one
    ("China responded to the American sanctions with sanctions of its own.",
     [("China", "sanctions", "United States", "positive")], []),
    ("Japan imposed tariffs on South Korean chips. South Korea answered with tariffs of its own.",
     [("South Korea", "sanctions", "Japan", "positive")], []),
    ("The United States imposed sanctions on Myanmar's generals on Monday. Canada and Britain announced "
     "sanctions of their own the same day.",
     [("Canada", "sanctions", "Myanmar", "positive"), ("United Kingdom", "sanctions", "Myanmar", "positive")],
     [("Canada", "sanctions", "United States", "positive")]),
    # a measure on an amount of goods hits their owner
    ("Washington imposed sanctions on some of Russia's biggest banks.",
     [("United States", "sanctions", "Russia", "positive")], []),
    # what a measure applies to is hit; a named official's state takes it
    ("U.S. Trade Representative Katherine Tai said the new duties would apply to imports from Vietnam and Thailand.",
     [("United States", "sanctions", "Vietnam", "positive"), ("United States", "sanctions", "Thailand", "positive")], []),
    ("Economists said the tariffs would hit Canadian farmers.", [],
     [("United States", "sanctions", "Canada", "positive")]),
    # "concerns about X at home": "about" still wins over "at"
    ("Germany expressed concern about the energy crisis at the summit.",
     [("Germany", "concernedAbout", "energy crisis", "positive")],
     [("Germany", "concernedAbout", "summit", "positive")]),
]


@pytest.mark.parametrize("text,expected,absent", MECHANISMS, ids=[m[0][:40] for m in MECHANISMS])
def test_mechanism(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)
