"""Static facts of national bodies and of sector titles: lowercase descriptions of a
country's forces give no memberOf fact; "<sector> chief" of a country is a member, not its
leader. Tables of invented sentences -> facts expected / facts that must not appear."""
from __future__ import annotations

import pytest

from kg.resolve import resolve
from kg.types import Article


def statics(nlp, text):
    doc = nlp(text)
    article = Article(id="t", title="t", text=text, date="2025-01-02")
    return {(f.subject, f.predicate, f.object) for f in resolve(doc, article).static_facts}


ABSENT = [
    # a demonym and a lowercase force noun describe the force; they do not name a body
    ("The Chilean army said rebels opened fire near the border.",
     ("Chilean Army", "memberOf", "Chile")),
    ("Peruvian navy vessels shadowed the tanker for two days.",
     ("Peruvian Navy", "memberOf", "Peru")),
    ("Fuel was supplied to the Bolivian army by a private firm.",
     ("Bolivian Army", "memberOf", "Bolivia")),
    # "with his X counterpart A, B said": the title before the comma has its own name
    ("Speaking in Lima with his Chilean counterpart Ana Rojas, Soto said the talks went well.",
     ("Soto", "memberOf", "Chile")),
    # a sector title with a country: not the country's leader
    ("The force's commander, Kenyan police chief Amos Kiprono, said his men were tired.",
     ("Amos Kiprono", "leaderOf", "Kenya")),
    ("Ghana's intelligence director, Kofi Mensah, resigned on Friday.",
     ("Kofi Mensah", "leaderOf", "Ghana")),
]


@pytest.mark.parametrize("text,fact", ABSENT)
def test_fact_is_absent(nlp, text, fact):
    assert fact not in statics(nlp, text)


PRESENT = [
    # a named body (capitalised) or one tied to its country by a possessive still counts
    ("The Chilean Air Force flew two jets over the ceremony.",
     ("Chilean Air Force", "memberOf", "Chile")),
    # the sector title holder is still a member of the country
    ("The force's commander, Kenyan police chief Amos Kiprono, said his men were tired.",
     ("Amos Kiprono", "memberOf", "Kenya")),
    # leaders' own titles are untouched
    ("Kenyan President Amos Kiprono met the envoys.", ("Amos Kiprono", "leaderOf", "Kenya")),
    ("Chilean party chief Ana Rojas met the envoys.", ("Ana Rojas", "leaderOf", "Chile")),
    ("Niger's junta leader, Amadou Sani, spoke on Monday.", ("Amadou Sani", "leaderOf", "Niger")),
]


@pytest.mark.parametrize("text,fact", PRESENT)
def test_fact_is_present(nlp, text, fact):
    assert fact in statics(nlp, text)


def test_spokesperson_in_apposition_belongs_to_the_body_named_before(nlp):
    text = ("Chile's foreign ministry said it regretted the decision. \"We call on the Peruvian "
            "authorities to act,\" a ministry spokesperson, Ana Rojas, told reporters.")
    facts = statics(nlp, text)
    assert ("Ana Rojas", "memberOf", "Peru") not in facts
    assert any(s == "Ana Rojas" and p == "memberOf" and "Chile" in o for s, p, o in facts)


OWNED = [
    ("Andina Mining Corp, which is majority-owned by the Peruvian state, denied the claims.",
     ("Andina Mining Corp", "memberOf", "Peru")),
    ("Officials seized the Tarvo mining company, which Acme Mining operates, on Monday.",
     ("Tarvo", "memberOf", "Acme Mining")),
]
NOT_OWNED = [
    # a stake or a site owned is no membership of the owner
    ("Acme Mining, which owns a stake in the port, declined to comment.", "Acme Mining"),
    ("The camp, which the United Nations runs, was shelled.", "camp"),
]


@pytest.mark.parametrize("text,fact", OWNED)
def test_owned_body_is_member_of_its_owner(nlp, text, fact):
    subject, relation, owner = fact
    assert any(s.startswith(subject) and p == relation and o == owner
               for s, p, o in statics(nlp, text))


@pytest.mark.parametrize("text,subject", NOT_OWNED)
def test_no_ownership_membership(nlp, text, subject):
    assert not any(s.startswith(subject) and p == "memberOf" for s, p, _o in statics(nlp, text))
