"""Ends of facts (kg.extract.ends.nouns) and the past-tense lemma fix (kg.nlp): tables of
invented sentences -> the facts expected, with near misses that must not fire.

Each fact row is (sentence, facts that must be extracted, facts that must not be), a fact
being (subject, predicate, object); the names and sentences are invented for these tests.
"""
from __future__ import annotations

import pytest

from kg.extract import extract_doc
from kg.types import Article


def facts(nlp, text):
    doc = nlp(text)
    article = Article(id="t", title="t", text=text, date="2025-03-04")
    return {(f.subject, f.predicate, f.object) for f in extract_doc(doc, article).facts
            if f.polarity == "positive"}


OWNERS = [
    # a plural proxy owned by a coordination after "of" stands for each owner
    ("Minister Ana Ruiz met the foreign ministers of Estonia and Finland in Vilnius.",
     {("Ana Ruiz", "meets", "Estonia"), ("Ana Ruiz", "meets", "Finland")}, set()),
    ("Envoy Marc Dubois held talks with the defence ministers of Ghana, Togo and Benin.",
     {("Marc Dubois", "negotiatesWith", "Ghana"), ("Marc Dubois", "negotiatesWith", "Togo"),
      ("Marc Dubois", "negotiatesWith", "Benin")}, set()),
    # near miss: the coordination is no owner of the plural ("and" joins the nouns)
    ("Minister Ana Ruiz met the foreign ministers of Estonia and journalists.",
     {("Ana Ruiz", "meets", "Estonia")}, {("Ana Ruiz", "meets", "journalists")}),
    # near miss: "its ally" in the coordination is another actor than its owner
    ("Poland criticised the leaders of Belarus and its ally.",
     {("Poland", "criticizes", "Belarus")}, {("Poland", "criticizes", "Poland")}),
    # a plural possessive on the object that is the coordinated subject's own names no target
    ("President Ana Ruiz and Premier Li Wen expressed concern about the attacks and reaffirmed "
     "their commitment to free navigation.", set(),
     {("Ana Ruiz", "supports", "Li Wen"), ("Li Wen", "supports", "Ana Ruiz")}),
    # near miss: "their forces" between two sides still names both
    ("China and India accused each other of instigating clashes between their forces.",
     {("China", "attacks", "India"), ("India", "attacks", "China")}, set()),
    # a title whose office is an "of" phrase, the name after the office
    ("Premier Li Wen held talks with General Secretary of the Workers Party Central Committee To Lam in Hanoi.",
     {("Li Wen", "meets", "To Lam")}, set()),
]


@pytest.mark.parametrize("text,expected,absent", OWNERS)
def test_proxy_owners(nlp, text, expected, absent):
    found = facts(nlp, text)
    assert expected <= found, found
    assert not absent & found, found


LEMMAS = [
    # irregular past forms the tagger reads as present keep their verb's lemma
    ("Rebels retook the town on Monday.", "retook", "retake"),
    ("Government troops retook Kidal and overran the base.", "overran", "overrun"),
    ("They rewrote the plan.", "rewrote", "rewrite"),
    # near misses: base forms stay themselves
    ("The workers found a new union in May.", "found", None),
    ("Soldiers lay mines along the road.", "lay", None),
]


@pytest.mark.parametrize("text,word,lemma", LEMMAS)
def test_past_lemmas(nlp, text, word, lemma):
    tok = next(t for t in nlp(text) if t.lower_ == word)
    if lemma is not None:
        assert tok.lemma_ == lemma
    else:
        assert tok.lemma_ != "" and not (tok.tag_ in ("VB", "VBP") and tok.lemma_ != word)


def test_past_lemma_fix_is_a_pipe(nlp):
    names = nlp.pipe_names
    assert names.index("kg_past_lemmas") == names.index("lemmatizer") + 1

