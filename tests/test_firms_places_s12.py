"""Company officers and where bodies sit (session 12): "X, Acme's chief financial officer",
"Xville-based Acme Corp" with the town untagged, "the X Forum, headquartered in Y" with
the body untagged, and a research body "in" a country. Invented sentences; the places are
real."""
from __future__ import annotations

import pytest

from factkit import check_row, facts


def located(subject, obj):
    return (subject, "locatedIn", obj, "positive")


def member(subject, obj):
    return (subject, "memberOf", obj, "positive")


def leader(subject, obj):
    return (subject, "leaderOf", obj, "positive")


ROWS = [
    # titles.csv: a company's officers below its chief executive are members
    ("John Miller, Petrobras's chief financial officer, flew to Beijing on Monday.",
     [member("John Miller", "Petrobras")], [leader("John Miller", "Petrobras")]),
    ("Michael Chen, the chief operating officer of Saudi Aramco, flew to Beijing.",
     [member("Michael Chen", "Saudi Aramco")], []),
    ("Rosneft's senior vice president, Didier Casimiro, met Chinese buyers in Shanghai.",
     [member("Didier Casimiro", "Rosneft")], []),
    # ... and its chief executive officer leads it
    ("Mary Barra, the chief executive officer of General Motors, met Xi Jinping.",
     [leader("Mary Barra", "General Motors")], []),
    # based-in: a town the tagger left without a mention
    ("Shares of the Rotterdam-based Acme Shipping Group fell after Iran seized a tanker.",
     [located("Acme Shipping Group", "Rotterdam")], []),
    ("The deal was signed by the Tehran-based Mapna Group and Russia.",
     [located("Mapna Group", "Tehran")], []),
    # not a common word capitalised at a sentence's start
    ("Community-based Acme Relief said it would leave Sudan.",
     [], [located("Acme Relief", "Community")]),
    # lies-in: the untagged body right before ", headquartered in", wherever the parser
    # hung the participle
    ("We welcomed the progress made in establishing the Eastern Mediterranean Gas Forum, "
     "headquartered in Cairo, as a platform for dialogue.",
     [located("Eastern Mediterranean Gas Forum", "Cairo")], []),
    ("Ministers praised the Red Sea Maritime Council, based in Jeddah, for its patrols.",
     [located("Red Sea Maritime Council", "Jeddah")], []),
    ("Iran hosted the talks, based in part on the 2015 deal.", [], []),
    # in-place: a research or teaching body lies in the country it is named "in"
    ("Analysts at the Mercator Institute for China Studies in Germany said Beijing was worried.",
     [located("Mercator Institute for China Studies", "Germany")], []),
    ("Students at Kabul University in Afghanistan protested the ban.",
     [located("Kabul University", "Afghanistan")], []),
    # not a body that acts in a country
    ("The Security Council in Libya met the rebels.",
     [], [located("Security Council", "Libya")]),
]


@pytest.mark.parametrize("text,expected,absent", ROWS)
def test_firms_places_s12(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)
