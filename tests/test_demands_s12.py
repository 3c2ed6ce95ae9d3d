"""Session-12 demands: a condition set on another side's act ("would only return once X ...",
"will not lift the sanctions until X ..."), the one told that something must be done ("told the
envoy that the detainees must be freed"), demands handed to a side ("handed X a list of demands",
"issued X an ultimatum") and the onus put on a side ('"The onus is on X to ...," Y said').
Every sentence is invented (other names and wording than the studied articles')."""
from __future__ import annotations

import pytest

from tests.factkit import check_row, facts

CASES = [
    # 1. conditions: "only once", "not ... until", as "unless" before
    ("The ELN said it would only return to the talks once Colombia released its jailed commanders.",
     [("National Liberation Army", "demandsFrom", "Colombia", "positive")], []),
    ("Washington will not lift the sanctions until Russia withdraws its troops from Ukraine.",
     [("United States", "demandsFrom", "Russia", "positive")], []),
    ("Hamas said it would not free the hostages until Israel halted its strikes.",
     [("Hamas", "demandsFrom", "Israel", "positive")], []),
    # "once" alone is a time, not a condition; "until" after a plain clause is a time too
    ("Germany will resume its aid once Niger holds elections.", [],
     [("Germany", "demandsFrom", "Niger", "positive")]),
    ("Japan will keep its embassy open until Sudan's army retakes the capital.", [],
     [("Japan", "demandsFrom", "Sudan", "positive")]),
    # 2. told that something must be done: a demand on the one told
    ("Joko Widodo met Min Aung Hlaing in Jakarta. Widodo told Min Aung Hlaing that political prisoners must "
     "be released.",
     [("Joko Widodo", "demandsFrom", "Min Aung Hlaing", "positive")], []),
    # an order to leave is an expulsion, not a demand on the envoy told
    ("Iran summoned the German ambassador, Markus Potzel, and told him the two diplomats must leave within "
     "48 hours.", [], [("Iran", "demandsFrom", "Markus Potzel", "positive")]),
    # the clause names the side that must act: the demand is on it, not on the one told
    ("Antony Blinken told Mahmoud Abbas that Israel must stop the settlement expansion.", [],
     [("Antony Blinken", "demandsFrom", "Mahmoud Abbas", "positive")]),
    # 3. demands handed to a side
    ("Saudi Arabia handed Qatar a list of 13 demands.", [("Saudi Arabia", "demandsFrom", "Qatar", "positive")], []),
    ("Moscow presented Kyiv with a list of demands on Sunday.", [("Russia", "demandsFrom", "Ukraine", "positive")], []),
    ("NATO issued Belgrade an ultimatum.",
     [("North Atlantic Treaty Organization", "demandsFrom", "Serbia", "positive")], []),
    # 4. the onus put on a side
    ('"The onus is on Venezuela to publish the full results," Brazilian Foreign Minister Mauro Vieira said.',
     [("Mauro Vieira", "demandsFrom", "Venezuela", "positive")], []),
]


@pytest.mark.parametrize("text,expected,absent", CASES, ids=[c[0][:40] for c in CASES])
def test_demand(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)
