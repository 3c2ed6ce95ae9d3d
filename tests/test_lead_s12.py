"""Session-12 lead fixes: a quarrel over a matter is no fight, a name the model ran into its
verb ("Lula rang"), and calls by ringing or telephoning. Every sentence is invented."""
from __future__ import annotations

import pytest

from tests.factkit import check_row, facts

CASES = [
    # 1. "clashed over maritime borders" is a dispute; clashes in a place or over ground are fights
    ("Greece and Turkey have clashed over maritime borders for decades.", [],
     [("Greece", "attacks", "Turkey", "positive"), ("Turkey", "attacks", "Greece", "positive")]),
    ("Paris and Rome clashed about migration quotas at the summit.", [], [("France", "attacks", "Italy", "positive")]),
    ("Indian and Chinese troops clashed in the Galwan Valley on Monday.", [("India", "attacks", "China", "positive")], []),
    ("Armenian and Azerbaijani forces clashed over the weekend near the border.",
     [("Azerbaijan", "attacks", "Armenia", "positive")], []),
    ("Israeli troops and Palestinian gunmen clashed over the town of Jenin.",
     [("Palestinian gunmen", "attacks", "Israel", "positive")], []),
    # 2. a name does not end in a lowercase finite verb; ringing and telephoning are calls
    ("Brazilian President Lula rang Argentina's Javier Milei on Sunday.", [("Lula", "meets", "Javier Milei", "positive"),
                                                                           ("Lula", "leaderOf", "Brazil", "positive")], []),
    ("Chancellor Olaf Scholz telephoned Polish Prime Minister Donald Tusk on Friday.",
     [("Olaf Scholz", "meets", "Donald Tusk", "positive")], []),
]


@pytest.mark.parametrize("text,expected,absent", CASES, ids=[c[0][:40] for c in CASES])
def test_lead_s12(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)
