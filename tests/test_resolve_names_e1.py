"""Names the tagger splits or mistypes (kg.resolve.people, kg.resolve.entities): tables of
invented sentences -> the entities expected (label, type), with near misses.

The sentences and names are invented for these tests.
"""
from __future__ import annotations

import pytest
from spacy.tokens import Span

from kg.resolve import resolve
from kg.resolve.people import name_span
from kg.types import Article


def entities(nlp, text):
    doc = nlp(text)
    mentions = resolve(doc, Article(id="t", title="t", text=text, date="2025-01-02"))
    return {(e.label, e.type) for e in mentions.entities.values()}


ROWS = [
    # a capitalised function word after a title starts an untagged name
    ("Premier Li Wen met General Secretary To Lam in Beijing.", {("To Lam", "Person")}, set()),
    # ... also after an office named by an "of" phrase
    ("Premier Li Wen held talks with General Secretary of the Workers Party Central Committee "
     "To Lam in Hanoi.", {("To Lam", "Person")}, set()),
    # near miss: a sentence-initial preposition is no name
    ("To the surprise of many, Premier Li Wen met the envoy.", set(), {("To", "Person")}),
    # a name that only modifies a common noun is a make, a people or a thing, not a person
    ("Officials said the Embraer jet was hit by a missile over the sea.", set(),
     {("Embraer", "Person")}),
    ("The militia was founded by Hutu extremists.", set(), {("Hutu", "Person")}),
    # ... and a site is a place
    ("India struck the Nur Khan air base on Saturday.", {("Nur Khan", "Location")},
     {("Nur Khan", "Person")}),
    # near misses: a person's government, and a name used on its own elsewhere
    ("Critics say the Okafor government does not want peace.", {("Okafor", "Person")}, set()),
    ("Officials said the Okonjo report was wrong. Okonjo said the report was fine.",
     {("Okonjo", "Person")}, set()),
    # a party named with its country is labelled with it (and is no unit of the state)
    ("Envoy Ana Ruiz met leaders of the Communist Party of Vietnam in Hanoi.",
     {("Communist Party of Vietnam", "Organization")}, set()),
    # a name the NER calls an organisation or a place, in apposition with a person noun
    ("Prosecutors linked the money to Arkan Shor, a fugitive businessman.",
     {("Arkan Shor", "Person")}, {("Arkan Shor", "Organization")}),
    # near miss: an organisation in apposition with an organisation noun
    ("Officials met Srpska Lista, the main party of the Serbs.", set(), {("Srpska Lista", "Person")}),
    # a bare name the NER calls an organisation, used as a place
    ("Shelling continued in Lang Son on Monday.", {("Lang Son", "Location")}, set()),
    ("The Putumayo department saw heavy fighting.", {("Putumayo", "Location")}, set()),
    # near misses: bodies after "in" stay organisations
    ("Lawmakers voted in Congress on the bill.", set(), {("Congress", "Location")}),
    ("The bill failed in the National Assembly.", set(), {("National Assembly", "Location")}),
]


@pytest.mark.parametrize("text,expected,absent", ROWS)
def test_entities(nlp, text, expected, absent):
    found = entities(nlp, text)
    assert expected <= found, found
    assert not absent & found, found


@pytest.mark.parametrize("words,start,end,label", [
    # a PERSON span with an inner "of": the name ends before it
    ("Nigel Marsh of Forward Party said the plan failed .", 0, 5, "Nigel Marsh"),
    # near miss: a one-word royal name keeps its "of"
    ("Charles of Wales visited the base .", 0, 3, "Charles of Wales"),
])
def test_person_span_ends_before_of(nlp, words, start, end, label):
    doc = nlp(words)
    span = Span(doc, start, end, label="PERSON")
    assert name_span(span).text == label
