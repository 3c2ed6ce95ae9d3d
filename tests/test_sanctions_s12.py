"""Sanctions without a sanction verb (kg.extract.frames.coerce): listings whose author is the
side that imposed the measures reported just before ("Those listed include X", "X is listed",
"The list includes Y"), and money or contacts cut off ("froze part of its aid to X", "put
contacts with Y on hold").

Each row is (text, facts expected, facts that must be absent) as (subject, predicate,
object, polarity); the texts and names are invented for these tests.
"""
from __future__ import annotations

import pytest

from factkit import check_row, facts

P, N = "positive", "negative"

ROWS = [
    # a listing further down a report of measures whose targets were not named
    ("The Council on Monday adopted restrictive measures against four people and two firms. "
     "The travel ban applies from today. The Council has also listed the Northern Shipping Company.",
     {("Council", "sanctions", "Northern Shipping Company", P)}, set()),
    ("Canada imposed sanctions on nine officials over the crackdown. The officials include judges. "
     "Orinoco Mining, a firm based in Venezuela, is listed for its role in the crackdown.",
     {("Canada", "sanctions", "Orinoco Mining", P)}, set()),
    ("Australian ministers on Tuesday slapped asset freezes on 12 officials over the crackdown. "
     "Those targeted include commanders of the Basij militia.",
     {("Australia", "sanctions", "Basij", P)}, set()),
    # the persons listed are not their country
    ("The Council on Monday adopted restrictive measures against four people. "
     "Two Chinese nationals and the company Alpha Dynamics are listed for their role.",
     {("Council", "sanctions", "Alpha Dynamics", P)}, {("Council", "sanctions", "China", P)}),
    # the list itself includes the named ones
    ("The European Union imposed sanctions on Sunday over the referendum. The list, agreed after "
     "hours of talks, includes Ivan Petrov, the region's governor.",
     {("European Union", "sanctions", "Ivan Petrov", P)}, set()),
    # money and contacts cut off
    ("Washington has frozen part of its aid to Niger.", {("United States", "sanctions", "Niger", P)}, set()),
    ("Germany suspended development assistance to Guinea after the coup.", {("Germany", "sanctions", "Guinea", P)}, set()),
    ("The EU has put some high-level contacts with Serbia on hold.", {("European Union", "sanctions", "Serbia", P)}, set()),
    ("The EU has put visits and financial assistance to Albania on hold.", {("European Union", "sanctions", "Albania", P)}, set()),
    # near misses: money from a giver, a list that is no listing, talks put on hold
    ("Kenya halted funding from the IMF.", set(), {("Kenya", "sanctions", "International Monetary Fund", P)}),
    ("The summit list includes Germany and France.", set(),
     {("Germany", "sanctions", "France", P)}),
]


@pytest.mark.parametrize("text,expected,absent", ROWS)
def test_sanctions_rows(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)
