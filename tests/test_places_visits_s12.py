"""Places and visits (session 12): comma chains of places, "in Xian-administered Y", and the
legs of a trip ("his tour began in X", "will end the visit in Y", "a tour that will take him
to X", "a visit to X by Y"). Invented sentences; the places are real."""
from __future__ import annotations

import pytest

from factkit import check_row, facts


def located(subject, obj):
    return (subject, "locatedIn", obj, "positive")


def visits(subject, obj):
    return (subject, "visits", obj, "positive")


ROWS = [
    # comma-chain: each place in the next, the chain ending in a country
    ("An air strike hit a monastery in Pale Township, Sagaing Region, Myanmar, where "
     "villagers had taken shelter.",
     [located("Pale Township", "Sagaing Region"), located("Sagaing Region", "Myanmar")], []),
    # not a list of cities
    ("Drones hit Kyiv, Kharkiv, Odesa and Lviv on Monday.",
     [], [located("Kyiv", "Kharkiv"), located("Odesa", "Lviv")]),
    # comma: a country whose name takes "the"
    ("The tribunal in The Hague, the Netherlands, ruled on Friday.",
     [located("The Hague", "Netherlands")], []),
    # comma-in: "in Xian-administered Y", "in rebel-held Y"
    ("A car bomb killed 12 soldiers in Pulwama in Indian-administered Kashmir.",
     [located("Pulwama", "Kashmir")], []),
    # frame-trip-leg: the owner of a tour that begins somewhere
    ("Russian Foreign Minister Sergei Lavrov arrived on Sunday. Lavrov's four-day tour "
     "started in Cairo.",
     [visits("Sergei Lavrov", "Cairo")], []),
    # the one who ends the trip somewhere
    ("Foreign Minister Sergei Lavrov will wrap up the trip in Baghdad.",
     [visits("Sergei Lavrov", "Baghdad")], []),
    # the one a tour takes somewhere
    ("Secretary of State Antony Blinken is due in Tokyo at the start of a tour that will "
     "also take him to Seoul and Manila.",
     [visits("Antony Blinken", "Seoul"), visits("Antony Blinken", "Manila")], []),
    # a visit "by" someone (the parser may hang "by" on the verb)
    ("Markets watched a visit to Moscow next week by Chinese Foreign Minister Wang Yi.",
     [visits("Wang Yi", "Moscow")], []),
    # frame-trip-called-off: a cancelled trip is a negative visit
    ("Interior Minister Jan Novak also called off a trip to Moscow planned for Monday.",
     [("Jan Novak", "visits", "Moscow", "negative")], [visits("Jan Novak", "Moscow")]),
    ("German Chancellor Olaf Scholz cancelled his visit to Beijing.",
     [("Olaf Scholz", "visits", "Beijing", "negative")], [visits("Olaf Scholz", "Beijing")]),
    # not: a trip that takes goods, a place that is no leg of a trip
    ("The tour was praised in Paris by French President Emmanuel Macron.",
     [], [visits("Emmanuel Macron", "Paris")]),
]


@pytest.mark.parametrize("text,expected,absent", ROWS)
def test_places_visits_s12(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)
