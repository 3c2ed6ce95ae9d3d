"""Ends of facts (S10, round 2): targets named through an act or a plural description.

- an effort noun's "of" phrase names whom a welcome supports ("welcomed the engagement /
  involvement / participation of A and B");
- "condemned the (outbreak of) fighting between A and B": every side the "between" phrase
  names is criticised (a concern keeps its topic);
- a plural object pronoun after a counted description of the same sentence ("spoke with
  both leaders and urged them"): the description's actors, not an earlier sentence's
  coordination; the clause's own agent is no side of a newer "both leaders" pair.

Every sentence below was written for this file (names, countries and wording of our own).
"""
from __future__ import annotations

import pytest

from factkit import check_row, facts

# (text, expected (subject, predicate, object, polarity) keys, absent keys)
ROWS = [
    # an effort noun owned by the actors supported
    ("Borrell welcomed the engagement of the African Union and the Arab League in the talks.",
     [("Borrell", "supports", "African Union", "positive"),
      ("Borrell", "supports", "Arab League", "positive")], []),
    ("Macron welcomed the involvement of Brazil and India in the rainforest fund.",
     [("Macron", "supports", "Brazil", "positive"), ("Macron", "supports", "India", "positive")], []),
    # the sides of a fight condemned
    ("Kenyan President William Ruto condemned the outbreak of fighting in Chad between the "
     "Chadian army and the Rapid Support Forces.",
     [("William Ruto", "criticizes", "Rapid Support Forces", "positive"),
      ("William Ruto", "criticizes", "Chad", "positive")], []),
    ("Kenya condemned the escalation of clashes between Ethiopian troops and Eritrean forces.",
     [("Kenya", "criticizes", "Ethiopia", "positive"), ("Kenya", "criticizes", "Eritrea", "positive")], []),
    ("Kenya said it was concerned about the fighting between Ethiopia and Eritrea.",
     [], [("Kenya", "criticizes", "Ethiopia", "positive")]),
    # a plural pronoun after a counted description of its own sentence
    ("Kazakh President Kassym-Jomart Tokayev met Uzbek President Shavkat Mirziyoyev in Tashkent "
     "on Monday. Turkmenistan and Tajikistan sent envoys. Russian President Vladimir Putin spoke "
     "with both leaders and urged them to sign the water deal.",
     [("Vladimir Putin", "appealsTo", "Kassym-Jomart Tokayev", "positive"),
      ("Vladimir Putin", "appealsTo", "Shavkat Mirziyoyev", "positive")],
     [("Vladimir Putin", "appealsTo", "Turkmenistan", "positive")]),
    ("Serbia and Kosovo traded accusations on Monday. Borrell called both sides and urged them "
     "to show restraint.",
     [("Borrell", "appealsTo", "Serbia", "positive"), ("Borrell", "appealsTo", "Kosovo", "positive")], []),
    # a crowd greeting "them" is no party of the meeting the description names
    ("Slovak President Zuzana Caputova received Czech President Petr Pavel in Bratislava. The two "
     "leaders were cheered by thousands of Slovaks who lined the streets to greet them.",
     [], [("Slovaks", "meets", "Petr Pavel", "positive")]),
]


@pytest.mark.parametrize("text,expected,absent", ROWS)
def test_reference_rows(nlp, text, expected, absent):
    check_row(facts(nlp, text, date="2024-05-02"), expected, absent)
