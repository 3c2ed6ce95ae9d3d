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
     ("Emir Tamim", "Emmanuel Macron")),
    ("King Abdullah received at the palace in Amman a delegation from the United States Congress "
     "headed by Senator Lindsey Graham.", ("King Abdullah", "Lindsey Graham")),
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


def test_titled_host_is_not_guessed_from_the_caller(nlp):
    # the bare title would corefer with the last person named, the caller himself
    text = ("President Tinubu received a phone call from Kenyan President William Ruto. "
            "Later, the President received a delegation headed by Senator Lindsey Graham.")
    assert ("William Ruto", "Lindsey Graham") not in _meets(nlp, text)
    assert ("Lindsey Graham", "William Ruto") not in _meets(nlp, text)


def test_agency_dateline_with_date_is_no_subject(nlp):
    # "Place, date, AGENCY -- ...": the place is a dateline, the named person the subject
    text = "Amman, March 3, 2025, PNA -- King Abdullah received a phone call from President William Ruto."
    assert ("King Abdullah", "William Ruto") in _meets(nlp, text)


def test_place_then_comma_is_still_a_subject(nlp):
    # a place with a comma but no dash after it is no dateline: nothing moves past it
    from kg.extract.syntax import is_dateline

    doc = nlp("Jordan, a close ally, received a phone call from President William Ruto.")
    assert not is_dateline(doc[0])
    doc = nlp("Amman, March 3, 2025, PNA -- King Abdullah received a phone call from Ruto.")
    assert is_dateline(doc[0])


@pytest.mark.parametrize("sentence,want", [
    ("Senator Graham praised the leading role played by Egypt in the talks.", ("Graham", "Egypt")),
    ("Kenya commended the efforts of Qatar.", ("Kenya", "Qatar")),
])
def test_praised_role_supports_its_owner(nlp, sentence, want):
    doc = nlp(sentence)
    facts = extract_doc(doc, Article(id="t", title="", text=sentence), min_confidence=0.0).facts
    got = {(f.subject, f.object) for f in facts if f.predicate == "supports"}
    assert want in got, f"got {sorted(got)}"


@pytest.mark.parametrize("sentence", [
    "Senator Graham praised the role played by the army in Egypt.",  # the place is not the owner
    "Senator Graham praised the weather in Egypt.",  # no act of anyone
])
def test_praised_near_miss(nlp, sentence):
    doc = nlp(sentence)
    facts = extract_doc(doc, Article(id="t", title="", text=sentence), min_confidence=0.0).facts
    assert [f for f in facts if f.predicate == "supports"] == []


def _topics(nlp, text):
    doc = nlp(text)
    facts = extract_doc(doc, Article(id="t", title="", text=text), min_confidence=0.0).facts
    return {f.object for f in facts if f.predicate == "discusses"}


def test_field_of_topic_is_kept_whole(nlp):
    got = _topics(nlp, "Kenya and Japan discussed cooperation in the field of renewable energy.")
    assert any(t.endswith("field of renewable energy") and t.startswith("cooperation") for t in got), got


def test_empty_field_complement_is_dropped(nlp):
    # "in the field" alone names nothing; a described field ("the oil field") stays
    assert _topics(nlp, "Kenya and Japan discussed cooperation in the field.") == {"cooperation"}
    assert "oil field" in _topics(nlp, "Kenya and Japan discussed the oil field.")


def _demands(nlp, text):
    doc = nlp(text)
    facts = extract_doc(doc, Article(id="t", title="", text=text), min_confidence=0.0).facts
    return {(f.subject, f.object) for f in facts if f.predicate == "demandsFrom"}


@pytest.mark.parametrize("sentence", [
    "Kenya demanded that Uganda withdraw its troops.",
    "Kenya insisted that Uganda must withdraw its troops.",
])
def test_mandative_clause_is_a_demand(nlp, sentence):
    assert ("Kenya", "Uganda") in _demands(nlp, sentence)


@pytest.mark.parametrize("sentence", [
    "Kenya insisted that Uganda had never sent troops across the border.",
    "Kenya insisted that Uganda was not involved in the attack.",
])
def test_reported_clause_is_no_demand(nlp, sentence):
    assert ("Kenya", "Uganda") not in _demands(nlp, sentence)


def test_welcomed_visit_is_no_support(nlp):
    text = "Japan welcomed Minister Cho's visit to Tokyo."
    doc = nlp(text)
    facts = extract_doc(doc, Article(id="t", title="", text=text), min_confidence=0.0).facts
    assert [f for f in facts if f.predicate == "supports"] == []
    text = "Japan welcomed Kenya's decision to join the pact."  # a welcomed act is still support
    doc = nlp(text)
    facts = extract_doc(doc, Article(id="t", title="", text=text), min_confidence=0.0).facts
    assert ("Japan", "Kenya") in {(f.subject, f.object) for f in facts if f.predicate == "supports"}


def _facts_of(nlp, text, relation):
    doc = nlp(text)
    facts = extract_doc(doc, Article(id="t", title="", text=text), min_confidence=0.0).facts
    return {(f.subject, f.object) for f in facts if f.predicate == relation}


def test_reduced_passive_relative(nlp):
    # "X, backed by Y, ...": the modified noun is the patient, the by-phrase (and the
    # allies named in apposition to it) the agents
    got = _facts_of(nlp, "Armenia, backed by its allies France and India, rejected the plan.", "supports")
    assert {("France", "Armenia"), ("India", "Armenia")} <= got
    assert ("Russia", "Kyiv") in _facts_of(nlp, "Kyiv, shelled by Russia overnight, lost power.", "attacks")


def test_reduced_passive_near_miss(nlp):
    # the by-phrase of a document's issuer makes no relation with the document's noun
    assert _facts_of(nlp, "The talks, mediated by Qatar, collapsed.", "supports") == set()
    assert ("France", "Iran") not in _facts_of(nlp, "Iran, visited by France last year, protested.", "attacks")
