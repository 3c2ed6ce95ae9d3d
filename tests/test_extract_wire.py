"""Agency (wire) wording for calls and audiences: "A received a phone call from B",
"A received a delegation headed by B" (kg.extract.frames.consult._received_contact).

The sentences are written for these tests. Rows check the meeting is found; near misses
check that look-alike sentences (things received, co-subjects of "received") give no
meeting.
"""
from __future__ import annotations

import pytest

from kg.extract import extract_doc
from kg.types import Article

ROWS = [
    ("President Tinubu received a phone call on Monday from Kenyan President William Ruto.",
     ("Tinubu", "William Ruto")),
    ("Emir Tamim received a telephone call from French President Emmanuel Macron.",
     ("Tamim", "Emmanuel Macron")),
    ("King Abdullah received at the palace in Amman a delegation from the United States Congress "
     "headed by Senator Lindsey Graham.", ("Abdullah", "Lindsey Graham")),
    ("Egyptian President Abdel Fattah al-Sisi received a delegation from Japan on Monday.",
     ("Abdel Fattah al-Sisi", "Japan")),
]

NEAR_MISSES = [
    "Prime Minister Modi received an award from France.",  # a thing, not a contact
    "President Tinubu received a letter from the bank.",
    "Erdogan and Putin received a call from the organisers.",  # co-subjects did not meet
    "Kenya received a delegation of farmers.",  # nobody named heads or sends it
]


def _meets(nlp, text):
    doc = nlp(text)
    facts = extract_doc(doc, Article(id="t", title="", text=text), min_confidence=0.0).facts
    return {(f.subject, f.object) for f in facts if f.predicate == "meets"}


@pytest.mark.parametrize("sentence,pair", ROWS, ids=[r[0][:40] for r in ROWS])
def test_received_contact_meets(nlp, sentence, pair):
    got = _meets(nlp, sentence)
    assert pair in got or pair[::-1] in got, f"got {sorted(got)}"


@pytest.mark.parametrize("sentence", NEAR_MISSES, ids=[s[:40] for s in NEAR_MISSES])
def test_received_near_miss(nlp, sentence):
    assert _meets(nlp, sentence) == set()


def test_received_contact_rule_name(nlp):
    text = "Emir Tamim received a telephone call from French President Emmanuel Macron."
    doc = nlp(text)
    facts = extract_doc(doc, Article(id="t", title="", text=text), min_confidence=0.0).facts
    assert {f.rule for f in facts if f.predicate == "meets"} == {"frame-received-contact"}
