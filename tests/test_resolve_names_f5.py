"""People's names the NER cuts, splits or misses (kg.resolve.names), and the static facts
that depend on them: tables of invented sentences -> the person labels / facts expected."""
from __future__ import annotations

import pytest

from kg.resolve import resolve
from kg.types import Article


def resolved(nlp, text):
    doc = nlp(text)
    article = Article(id="t", title="t", text=text, date="2025-01-02")
    return doc, resolve(doc, article)


def people(nlp, text):
    _doc, mentions = resolved(nlp, text)
    return {e.label for e in mentions.entities.values() if e.type == "Person"}


def statics(nlp, text):
    _doc, mentions = resolved(nlp, text)
    return {(f.subject, f.predicate, f.object) for f in mentions.static_facts}


NAMES = [
    # the NER stops before the last family name; the name goes on over it
    ("Security Secretary Omar García Harfuch said the cartel was weakened.",
     "Omar García Harfuch"),
    ("Interior Minister Ana Lucía Restrepo Arango met the mayors on Friday.",
     None),  # whatever the NER does, no part of the name is left as an organisation
    # a one-word gazetteer organisation that is a family name ("Wagner")
    ("Congolese Foreign Minister Thérèse Kayikwamba Wagner met her counterpart.",
     "Thérèse Kayikwamba Wagner"),
    # a capitalised function word mid-sentence before a name is part of it
    ("Macron met Communist Party General Secretary To Lam in Hanoi.", "To Lam"),
    # an untagged name in apposition with a title noun
    ("Otty Patiño, the government's peace commissioner, said talks would resume.",
     "Otty Patiño"),
    # two PERSON spans side by side are one name
    ("Somalia told the Ambassador of the Federal Democratic Republic of Ethiopia, "
     "Mr. Muktar Mohamed Ware, to leave within three days.", "Muktar Mohamed Ware"),
    # a family name in capitals the dictionary knows, or after an honorific
    ("I, IWAYA Takeshi, Minister for Foreign Affairs, held a meeting with the envoy.",
     "Takeshi Iwaya"),
    ("The envoy was received by Ms. KONDO Haruka, the director of the bureau.",
     "KONDO Haruka"),
    # a title the NER took into an organisation span
    ("Russia's Permanent Representative Vassily Nebenzia said Moscow would abstain.",
     "Vassily Nebenzia"),
]


@pytest.mark.parametrize("text,label", NAMES)
def test_names_are_completed(nlp, text, label):
    _doc, mentions = resolved(nlp, text)
    labels = {e.label for e in mentions.entities.values() if e.type == "Person"}
    if label is not None:
        assert label in labels
        # no shorter piece of the name survives as its own person
        assert not {lab for lab in labels if lab != label and lab in label}
    orgs = {e.label for e in mentions.entities.values() if e.type == "Organization"}
    assert not any(o in text and o in " ".join(labels) for o in orgs)


NOT_NAMES = [
    # an acronym before a capitalised word, neither known nor after an honorific
    ("Leaders gathered for the ASEAN Summit in Jakarta.", "ASEAN Summit"),
    # a capitalised word after a full stop starts the sentence, not a name
    ("The talks ended. To Mr. Lam's supporters, the result was a relief.", "To Lam"),
    # a capitalised noun after a name that heads an organisation or plan is no surname
    ("He praised the Xi Jinping Thought on diplomacy.", "Xi Jinping Thought"),
    ("Analysts said the Joe Biden Administration had changed course.",
     "Joe Biden Administration"),
    # a country after a name is not part of it
    ("Minister Ana Soto Peru said nothing.", "Ana Soto Peru"),
]


@pytest.mark.parametrize("text,label", NOT_NAMES)
def test_names_are_not_overextended(nlp, text, label):
    assert label not in people(nlp, text)


def test_gazetteer_organisation_in_a_name_is_dropped(nlp):
    text = ("Foreign Minister Thérèse Kayikwamba Wagner arrived on Sunday. "
            "Kayikwamba Wagner accused the rebels of looting.")
    _doc, mentions = resolved(nlp, text)
    assert "Wagner_Group" not in mentions.entities
    assert all(e.type == "Person" for m in mentions.mention_list for e in m.entities
               if "Wagner" in m.span.text)


STATIC = [
    # names completed -> their title facts carry the whole name
    ("Russia's Permanent Representative Vassily Nebenzia said Moscow would abstain.",
     {("Vassily Nebenzia", "memberOf", "Russia")}),
    # a patronymic name keeps its order: the son is not the father
    ("Saudi Energy Minister Prince Abdulaziz bin Salman said output would rise.",
     {("Abdulaziz bin Salman", "memberOf", "Saudi Arabia")}),
]


@pytest.mark.parametrize("text,expected", STATIC)
def test_static_facts_of_completed_names(nlp, text, expected):
    assert expected <= statics(nlp, text)
