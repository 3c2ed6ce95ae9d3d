"""Plural descriptions of the two sides: "the two ministers", "The Prime Ministers", "the
leaders" and a subject "they" refer to the pair that last met, talked, called or was
coordinated as a subject, matching the noun (ministers are no presidents); a single person or
country the resolve stage gave a plural is not what it means. Every sentence is invented for
this file."""
from __future__ import annotations

import pytest

from kg.extract import extract_doc
from kg.types import Article


def facts_of(nlp, text):
    doc = nlp(text)
    extraction = extract_doc(doc, Article(id="t", title="t", text=text))
    return {(f.subject, f.predicate, f.object) for f in extraction.facts if f.polarity == "positive"}


FOUND = [
    # a capitalised plural office ("The Prime Ministers", "The Leaders") after a meeting of two
    ("Chilean President Gabriel Boric hosted Peruvian President Dina Boluarte in Santiago on Monday. "
     "The Presidents discussed migration across the Atacama desert.",
     {("Gabriel Boric", "discusses", "migration"), ("Dina Boluarte", "discusses", "migration")}),
    # two people coordinated as passive agents are who "the two ministers" are, not a head named since
    ("The accords were signed by Ghanaian Foreign Minister Samuel Ablakwa and his Togolese counterpart "
     "Robert Dussey. Ghanaian President John Mahama later praised the accords. "
     "The two ministers also discussed smuggling across the border.",
     {("Samuel Ablakwa", "discusses", "smuggling"), ("Robert Dussey", "discusses", "smuggling")}),
    # "they" after a call are the two on the call, not a pair named in what they discussed
    ("Italian Prime Minister Giorgia Meloni spoke with Kenyan President William Ruto on Monday. The leaders "
     "also discussed the conflict in Sudan, where fighting between the Sudanese Armed Forces and the Rapid "
     "Support Forces has dragged on. They agreed to work together to secure a ceasefire.",
     {("Giorgia Meloni", "cooperatesWith", "William Ruto")}),
    # a statement quoted whole: "the leaders" in the quote are still the two on the call
    ('A government spokesperson said:\n\n"Prime Minister Mark Carney spoke to President Luis Abinader of '
     'the Dominican Republic this morning.\n\n"Prime Minister Carney began by briefing President Abinader '
     'on the wildfires in Alberta. The leaders condemned the attacks by the Islamic State on Mozambique."',
     {("Mark Carney", "criticizes", "Islamic State"), ("Luis Abinader", "criticizes", "Islamic State")}),
]

ABSENT = [
    # "Presidents A and B" named after the ministers' talks are not "the two ministers"
    ("Moldovan Foreign Minister Mihai Popsoi held talks with his Romanian counterpart Emil Hurezeanu. "
     "A forum is to be attended by Presidents Maia Sandu and Klaus Iohannis in May. "
     "The two ministers also discussed energy links.",
     {("Maia Sandu", "discusses", "energy links"), ("Klaus Iohannis", "discusses", "energy links")}),
    # ... nor the people of an earlier talk when the sentence names its own two
    ("Ecuadorean Defence Minister Gian Carlo Loffredo met Colombian Defence Minister Pedro Sanchez in Quito. "
     "Later, Ecuadorean President Daniel Noboa spoke by telephone with Colombian President Gustavo Petro, "
     "and the two leaders agreed to reopen the border crossing.",
     {("Gian Carlo Loffredo", "cooperatesWith", "Pedro Sanchez")}),
    # the pair inside the discussed topic does not cooperate
    ("Italian Prime Minister Giorgia Meloni spoke with Kenyan President William Ruto on Monday. The leaders "
     "also discussed the conflict in Sudan, where fighting between the Sudanese Armed Forces and the Rapid "
     "Support Forces has dragged on. They agreed to work together to secure a ceasefire.",
     {("Rapid Support Forces", "cooperatesWith", "Sudanese Armed Forces"),
      ("Sudanese Armed Forces", "cooperatesWith", "Rapid Support Forces")}),
]


@pytest.mark.parametrize("text,expected", FOUND)
def test_found(nlp, text, expected):
    got = facts_of(nlp, text)
    assert expected <= got, got


@pytest.mark.parametrize("text,unexpected", ABSENT)
def test_absent(nlp, text, unexpected):
    got = facts_of(nlp, text)
    assert not unexpected & got, got
