"""Session-9 battery of references: short invented wire texts whose fact needs a reference resolved
(he / she / it / they / its / their / his country, "the minister", "the two leaders", "both sides",
"the bloc", "the group", "the rebels", "the junta", "the country", "the kingdom", capitals and
seats, surnames after a full name, titles after a name) and near misses (a pronoun with no actor
antecedent, a reference inside someone else's quote, two candidates of the same kind).
The whole table lives in tests/data/battery_refs_s9.tsv; every text is invented."""
from __future__ import annotations

import pytest

from tests.battery import assert_pass_rate
from tests.factkit import check_row, facts

#: Pass rate reached on the battery; the test fails when it drops below.
MIN_PASS_RATE = 0.94


def test_battery_pass_rate(nlp):
    assert_pass_rate(nlp, "battery_refs_s9.tsv", MIN_PASS_RATE, loose_objects=True)


#: (text, facts expected, facts that must be absent) for each mechanism the battery called for
MECHANISMS = [
    # a head of state or government, or a minister, described with a country: the one person
    # seen before with that title and no country (not one the table gives another country)
    ("Chancellor Karl Nehammer spoke in Vienna. The Austrian chancellor criticized Hungary.",
     [("Karl Nehammer", "criticizes", "Hungary", "positive")], [("Austria", "criticizes", "Hungary", "positive")]),
    ("Prime Minister Petr Fiala met President Joe Biden. The Czech leader criticized Russia.",
     [("Petr Fiala", "criticizes", "Russia", "positive")], [("Joe Biden", "criticizes", "Russia", "positive")]),
    ("Foreign Minister Bogdan Aurescu arrived in Kyiv. The Romanian minister criticized Russia.",
     [("Bogdan Aurescu", "criticizes", "Russia", "positive")], []),
    # two candidates with the title: none is taken
    ("President Gitanas Nauseda met President Edgars Rinkevics. The Latvian president criticized Russia.",
     [], [("Gitanas Nauseda", "criticizes", "Russia", "positive")]),
    # an ambassador is one of many: "the US ambassador" is not the one named before
    ("Ambassador Mark Brzezinski met officials in Warsaw. Paris summoned the US ambassador.",
     [], [("France", "protestsAgainst", "Mark Brzezinski", "positive")]),
    # a state its verb's subject names is not the one the object describes
    ("Belarus detained two activists. Lithuania criticized the country.",
     [("Lithuania", "criticizes", "Belarus", "positive")], []),
    ("Iran seized a tanker. Britain condemned the country's actions.",
     [("United Kingdom", "criticizes", "Iran", "positive")], []),
    # "the island": the island state named last, unless a place was named after it
    ("Sri Lanka rejected the Indian request. The island accused New Delhi of meddling.",
     [("Sri Lanka", "accuses", "India", "positive")], []),
    ("Japan deployed troops to Okinawa. The island protested to Tokyo.", [],
     [("Japan", "protestsAgainst", "Japan", "positive")]),
    # "his country" whose country nobody knows is not the person
    ("Mr Arvo Lind spoke in Tallinn on Monday. He said his country would sanction Belarus.",
     [], [("Arvo Lind", "sanctions", "Belarus", "positive")]),
    # "the league", "the agency" of a UN body
    ("The Arab League met in Riyadh. The league criticized Iran.",
     [("Arab League", "criticizes", "Iran", "positive")], []),
    ("The World Food Programme reported shortages. The agency accused Sudan of blocking aid.",
     [("World Food Programme", "accuses", "Sudan", "positive")], []),
]


@pytest.mark.parametrize("text,expected,absent", MECHANISMS, ids=[m[0][:40] for m in MECHANISMS])
def test_mechanism(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)
