"""Demonyms that name a language, not a country (kg.resolve.entities._language_use)."""
from __future__ import annotations

import pytest

from kg.resolve import resolve
from kg.types import Article


def countries(nlp, text):
    doc = nlp(text)
    mentions = resolve(doc, Article(id="t", title="t", text=text))
    return {e.label for m in mentions.mention_list for e in m.entities if e.type == "Country"}


LANGUAGE = [
    ("The rebel army, known by its Portuguese initials FRA, attacked a base in Angola.",
     "Portugal"),
    ("The minister said in French that the border would stay closed.", "France"),
    ("The town's German name was dropped after the war.", "Germany"),
    ("A Russian-language newspaper in Riga printed the letter.", "Russia"),
]


@pytest.mark.parametrize("text,country", LANGUAGE)
def test_language_is_no_country(nlp, text, country):
    assert country not in countries(nlp, text)


COUNTRY = [
    ("French troops left the base in Mali.", "France"),
    ("The Portuguese government recalled its ambassador.", "Portugal"),
    ("Russian officials met the envoy in Riga.", "Russia"),
    ("The plan was drafted in Germany.", "Germany"),
]


@pytest.mark.parametrize("text,country", COUNTRY)
def test_demonym_of_an_actor_is_the_country(nlp, text, country):
    assert country in countries(nlp, text)


CONGO = [
    # the capital named elsewhere says which Congo "Congolese" is
    ("Congolese troops clashed with rebels near the border. Officials in Kinshasa said the "
     "talks would resume.", "Democratic Republic of the Congo"),
    ("Congolese troops paraded in Brazzaville on Monday.", "Republic of the Congo"),
    ("Congolese troops paraded in the capital of the Republic of Congo.", "Republic of the Congo"),
    ("Congolese troops retook the town from the rebels.", "Democratic Republic of the Congo"),
]


@pytest.mark.parametrize("text,country", CONGO)
def test_which_congo(nlp, text, country):
    doc = nlp(text)
    mentions = resolve(doc, Article(id="t", title="t", text=text))
    assert mentions.entity_at(doc[0]).label == country
