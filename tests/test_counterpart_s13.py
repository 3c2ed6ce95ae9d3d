"""Session 13: a protest, a threat or a condemnation that names no target, in an article about
two sides, is aimed at the other side (:func:`kg.extract.frames._common.counterpart_pairs`).
The sides are counted by mentions, a ministry or an official counting for its country; an
actor outside the two, or an article without two leading sides, gets nothing.
Every text is invented."""
from __future__ import annotations

import pytest

from tests.factkit import check_row, facts

#: (text, facts expected, facts that must be absent)
CASES = [
    ("China and the Philippines have argued for years over the shoal. Chinese coast guard ships blocked a "
     "Philippine supply boat on Sunday. The Philippine foreign ministry said it would lodge a diplomatic protest.",
     [("Philippines", "protestsAgainst", "China", "positive")], []),
    ("Algeria cut diplomatic ties with Morocco on Tuesday, accusing Rabat of hostile acts. Algiers said "
     "Moroccan security services had backed separatists. Morocco's foreign ministry expressed regret. "
     "Algeria's foreign minister warned of further consequences.",
     [("Algeria", "threatens", "Morocco", "positive")], []),
    ("The Kenyan and Somali foreign ministers met in Nairobi to discuss the maritime border. Kenya and Somalia "
     "have quarrelled over the waters for a decade. On Friday, Somalia's cabinet vowed to hit back.",
     [("Somalia", "threatens", "Kenya", "positive")], []),
    # an actor on neither side protests against nobody in particular
    ("China and the Philippines have argued for years over the shoal. Chinese coast guard ships blocked a "
     "Philippine supply boat on Sunday. Vietnam lodged a protest on Monday.",
     [], [("Vietnam", "protestsAgainst", "China", "positive"), ("Vietnam", "protestsAgainst", "Philippines", "positive")]),
    # three sides mentioned alike: no "other side"
    ("France, Germany and Italy disagree over the budget. France, Germany and Italy each blamed the others. "
     "Italy lodged a protest.",
     [], [("Italy", "protestsAgainst", "France", "positive"), ("Italy", "protestsAgainst", "Germany", "positive")]),
]


@pytest.mark.parametrize("text,expected,absent", CASES, ids=[c[0][:40] for c in CASES])
def test_other_side(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)


def test_guess_has_lower_confidence(nlp):
    got = [f for f in facts(nlp, CASES[0][0]) if f.rule and f.rule.endswith("-counterpart")]
    assert got and all(f.confidence <= 0.6 for f in got)
