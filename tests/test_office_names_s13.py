"""Session 13: an office with its "of" phrase stands for the name after it, past a comma
("met the head of the African Union Commission, X", "the secretary-general of the Arab
League, X"), unless that name is the subject of what follows ("..., X said").
Every text is invented."""
from __future__ import annotations

import pytest

from tests.factkit import check_row, facts

#: (text, facts expected, facts that must be absent)
CASES = [
    ("Putin met the head of the African Union Commission, Amos Otieno, on Monday.",
     [("Putin", "meets", "Amos Otieno", "positive")], []),
    ("Putin met the secretary-general of the Arab League, Amos Otieno.",
     [("Putin", "meets", "Amos Otieno", "positive")], []),
    ("President Lula received the Secretary-General of NATO, Kari Lindqvist, in Brasilia.",
     [("Lula", "meets", "Kari Lindqvist", "positive")], []),
    # the name after the comma says what follows: no meeting with the speaker
    ("Putin met the head of the commission, Amos Otieno said.",
     [], [("Putin", "meets", "Amos Otieno", "positive")]),
]


@pytest.mark.parametrize("text,expected,absent", CASES, ids=[c[0][:40] for c in CASES])
def test_office_with_name_after_comma(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)
