"""Session-12 aid and support: help come to (or failed to come to) a side's aid, donors named
in apposition, help relied on from a giver, help teams sent to a country, help carried to or
through a side in the passive, support included in a cooperation, helping the two sides
of talks, and help one is thanked for. Every text is invented."""
from __future__ import annotations

import pytest

from tests.factkit import check_row, facts

#: (text, facts expected, facts that must be absent)
MECHANISMS = [
    # "came to its aid", "rushed to Lithuania's defence": the owner of the aid is helped
    ("Ukraine complained that NATO failed to come to Kyiv's aid.",
     [("North Atlantic Treaty Organization", "aids", "Ukraine", "negative")],
     [("North Atlantic Treaty Organization", "aids", "Ukraine", "positive")]),
    ("Poland said Britain rushed to Lithuania's defence after the incident.",
     [("United Kingdom", "supports", "Lithuania", "positive")], []),
    # "X and Y, the main donors to Z": every conjunct of a plural donor gives
    ("Norway and Germany, the main donors to the Amazon Fund, said they would resume payments.",
     [("Norway", "aids", "Amazon Fund", "positive"), ("Germany", "aids", "Amazon Fund", "positive")], []),
    ("Japan is the largest donor to the World Food Programme.",
     [("Japan", "aids", "World Food Programme", "positive")], []),
    # "relied on financial support from X", "depends on aid from X": the giver helps the one relying
    ("The junta in Mali has relied heavily on financial support from Russia.",
     [("Russia", "supports", "Mali", "positive")], []),
    ("Lebanon depends on aid from Saudi Arabia and Qatar.",
     [("Saudi Arabia", "aids", "Lebanon", "positive"), ("Qatar", "aids", "Lebanon", "positive")], []),
    ("Lebanon depends on tourism from Saudi Arabia.", [], [("Saudi Arabia", "aids", "Lebanon", "positive")]),
    # help teams sent, dispatched or deployed; other deployments are no gift
    ("Japan is deploying a disaster relief team to Turkey.", [("Japan", "aids", "Turkey", "positive")], []),
    ("China sent a medical team of 30 doctors to Pakistan.", [("China", "aids", "Pakistan", "positive")], []),
    ("Russia deployed missiles to Belarus.", [], [("Russia", "aids", "Belarus", "positive")]),
    ("Israel deployed a military team to Ukraine.", [], [("Israel", "aids", "Ukraine", "positive")]),
    # help carried in the passive: its owner gives it to (or, negated, not through) the side
    ("U.S. assistance will not be channeled through the Taliban.",
     [("United States", "aids", "Taliban", "negative")], [("United States", "aids", "Taliban", "positive")]),
    ("Japan's aid was delivered to Myanmar by ship.", [("Japan", "aids", "Myanmar", "positive")], []),
    # "reaffirmed their cooperation, including support for X": the cooperating sides back X
    ("President Macron and President Tinubu reaffirmed their security cooperation, including support for Niger "
     "in its fight against jihadists.",
     [("Macron", "supports", "Niger", "positive"), ("Tinubu", "supports", "Niger", "positive")], []),
    # helping the two sides of talks, or backing the talks between them
    ("Qatar has backed talks between Israel and Hamas.",
     [("Qatar", "supports", "Israel", "positive"), ("Qatar", "supports", "Hamas", "positive")], []),
    ("Armenia and Azerbaijan met in Brussels. Armenia and Azerbaijan disagree on the border. "
     "Turkey said it would help both sides reach a lasting deal.",
     [("Turkey", "aids", "Armenia", "positive"), ("Turkey", "aids", "Azerbaijan", "positive")], []),
    ("Qatar has not backed talks between Israel and Hamas.", [], [("Qatar", "supports", "Israel", "positive")]),
    # thanked for a help deed (not a courtesy): the one thanked helped the thanker's side
    ("Washington was also grateful to Saudi Arabia for facilitating the flight.",
     [("Saudi Arabia", "aids", "United States", "positive")], []),
    ("Foreign Minister Penny Wong thanked Indonesia for the rapid deployment of rescue specialists.",
     [("Indonesia", "aids", "Australia", "positive")], []),
    ("Kenya thanked Egypt for hosting the summit.", [], [("Egypt", "aids", "Kenya", "positive")]),
]


@pytest.mark.parametrize("text,expected,absent", MECHANISMS, ids=[m[0][:40] for m in MECHANISMS])
def test_mechanism(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)
