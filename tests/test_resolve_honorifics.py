"""Royal and Gulf naming styles: long Arabic names, styles of address, "the Kingdom".

All names below are invented; only the countries are real.
"""
from __future__ import annotations

import pytest

from kg.resolve import resolve
from kg.resolve.people import chain_names, same_person, short_form
from kg.resolve.topics import topic_label
from kg.types import Article

OPENING = ("Xville, March 3, 2024, RPA -- His Royal Highness Prince Khalid bin Tariq bin Faisal "
           "Al Zahrani, Crown Prince and Prime Minister, received a phone call today from "
           "President Anna Berg of Finland. His Royal Highness the Crown Prince affirmed the "
           "Kingdom's keenness to keep in touch. Later, His Royal Highness the Crown Prince "
           "received a delegation from the United States Congress headed by Senator Tom Reed. "
           "The meeting was attended by Minister of Defense Prince Omar bin Nasser bin Fahd, "
           "and the Ambassador of the United States to the Kingdom, Paul Dunn. Senator Reed "
           "praised the role of the Kingdom of Saudi Arabia.")


def run(nlp, text):
    doc = nlp(text)
    article = Article(id="t", title="t", text=text, date="2024-03-03")
    return doc, resolve(doc, article)


def people(mentions):
    return {e.label for e in mentions.entities.values() if e.type == "Person"}


def test_short_form_of_long_arabic_names():
    assert short_form("Khalid bin Tariq bin Faisal Al Zahrani") == "Khalid bin Tariq"
    assert short_form("Omar bin Nasser bin Fahd") == "Omar bin Nasser"
    # a family name after one father's name stays: that is how such people are known
    assert short_form("Sami bin Hadi Al-Qasimi") == "Sami bin Hadi Al-Qasimi"
    assert short_form("Anna Berg") == "Anna Berg"


def test_father_is_not_the_son():
    son = "Khalid bin Tariq bin Faisal Al Zahrani".split()
    father = "Tariq bin Faisal Al Zahrani".split()
    assert not same_person(son, father)
    assert len(chain_names([son, father])) == 2
    # a family name alone still goes to the full name ("Al Nahyan")
    assert same_person("Zayed bin Rami Al Nahyan".split(), "Al Nahyan".split())


def test_royal_styles_are_not_people(nlp):
    _doc, mentions = run(nlp, OPENING)
    found = people(mentions)
    assert "Khalid bin Tariq" in found
    assert "Omar bin Nasser" in found
    for wrong in ("Prince", "Crown Prince", "Royal Highness", "His Royal Highness"):
        assert wrong not in found
        assert wrong not in {e.label for e in mentions.entities.values()}
    assert not any(label.startswith("bin ") for label in found), found


def test_full_name_is_an_alias(nlp):
    _doc, mentions = run(nlp, OPENING)
    prince = next(e for e in mentions.entities.values() if e.label == "Khalid bin Tariq")
    assert "Khalid bin Tariq bin Faisal Al Zahrani" in prince.aliases


def test_style_refers_back_to_titled_person(nlp):
    doc, mentions = run(nlp, OPENING)
    later = [t for t in doc if t.text == "Highness"][1:]
    assert later
    for tok in later:
        ent = mentions.entity_at(tok)
        assert ent is not None and ent.label == "Khalid bin Tariq", tok.i
        # "His" of the style is no pronoun of the president named before
        assert mentions.entity_at(doc[tok.i - 2]).label == "Khalid bin Tariq"


def test_kingdom_is_the_named_kingdom(nlp):
    doc, mentions = run(nlp, OPENING)
    tok = next(t for t in doc if t.text == "Kingdom")
    assert mentions.entity_at(tok).label == "Saudi Arabia"


@pytest.mark.parametrize("text, head, expected", [
    ("They discussed the Palestinian cause.", "cause", "palestinian cause"),
    ("They discussed the Kurdish question.", "question", "kurdish question"),
    # a head that says enough on its own drops the actor adjective
    ("They discussed Chinese cyberattacks.", "cyberattacks", "cyberattacks"),
])
def test_nationality_kept_on_vague_topics(nlp, text, head, expected):
    doc, mentions = run(nlp, text)
    tok = next(t for t in doc if t.text == head)
    assert topic_label(tok, mentions)[0] == expected


def test_gulf_family_names_and_sheikh(nlp):
    text = ("Qatari Emir Sheikh Fahad bin Jassim Al Thani met Dr. Lina Haddad in Doha. "
            "Sheikh Fahad said the talks went well. Al Thani later left.")
    doc, mentions = run(nlp, text)
    found = people(mentions)
    assert "Fahad bin Jassim Al Thani" in found  # the family name belongs to the name
    assert "Lina Haddad" in found
    assert not {"Al Thani", "Emir Sheikh", "Sheikh", "Emir"} & found
    for word in ("Fahad", "Thani"):
        tok = [t for t in doc if t.text == word][-1]
        assert mentions.entity_at(tok).label == "Fahad bin Jassim Al Thani"
