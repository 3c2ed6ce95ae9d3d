"""Roles, memberships and places, tenth round (leaderOf / memberOf / locatedIn): tables of
invented sentences -> expected static facts, and near misses that must give nothing.

Covers a staffer of a seat of government ("X, an adviser to the Kremlin") or of a leader
("X, an aide to President Y": the country Y leads), a columnist of a paper ("X, a
columnist for the Y Times"; a nationality before the noun is no employer), a title whose
"of" phrase runs on into an untagged name ("A, Foreign Minister of the Republic of
Ruritania Jon Bek will ...": not A's), "A, one of the N permanent members of the
Council", "the alliance, to which A and B belong", a name the tagger took for a person
described as a place ("Al Xafra, the air base in Y"), and a site named before "complex" /
"facility" / "plant" / "site" ("the Fordow complex in Qom"; not a firm's plant).
"""
from __future__ import annotations

import pytest

from tests.factkit import static_triples



triples = static_triples


FOUND = [
    # -- staff of a seat of government or of a leader serve its country
    ("Sandra Ruiz, a senior adviser to the Kremlin, said the talks went well.", {},
     ("Sandra Ruiz", "memberOf", "Russia")),
    ("Sandra Ruiz, an adviser to the White House, said the talks went well.", {},
     ("Sandra Ruiz", "memberOf", "United States")),
    ("Mykola Bondar, an adviser to the office of President Volodymyr Zelensky, said so.", {},
     ("Mykola Bondar", "memberOf", "Ukraine")),
    ("Anna Kraus, a senior aide to Emmanuel Macron, said the talks went well.", {},
     ("Anna Kraus", "memberOf", "France")),
    # -- a columnist belongs to the paper after "for"
    ("Miguel Diaz, a columnist for the New York Times, was arrested in Lima.", {},
     ("Miguel Diaz", "memberOf", "New York Times")),
    ("Miguel Diaz, a specialist for Iran at the Carnegie Endowment, said so.", {},
     ("Miguel Diaz", "memberOf", "Carnegie Endowment")),
    # -- "one of the members" in apposition, "to which ... belong"
    ("Britain, one of the five permanent members of the Security Council, abstained.", {},
     ("United Kingdom", "memberOf", "Security Council")),
    ("Kenya, one of the members of the East African Community, sent troops.", {},
     ("Kenya", "memberOf", "East African Community")),
    ("The Visegrad Group, to which Hungary belongs, met in Prague.", {},
     ("Hungary", "memberOf", "Visegrad Group")),
    ("Armenia has asked the Collective Security Treaty Organization for help. The Moscow-led "
     "military alliance, to which Armenia and Belarus both belong, did not respond.", {},
     ("Belarus", "memberOf", "Collective Security Treaty Organization")),
    # -- a name the tagger took for a person, described as a place
    ("The drone struck Al Dhafra, the air base in the United Arab Emirates.", {},
     ("Al Dhafra", "locatedIn", "United Arab Emirates")),
    ("US troops are based at Al Udeid, the air base in Qatar.", {},
     ("Al Udeid", "locatedIn", "Qatar")),
    # -- a site named before "complex"
    ("Inspectors visited the Fordow complex in Qom on Monday.", {},
     ("Fordow", "locatedIn", "Qom")),
]


@pytest.mark.parametrize("text,kw,fact", FOUND)
def test_found(nlp, text, kw, fact):
    assert fact in triples(nlp, text, **kw)


ABSENT = [
    # a title whose "of" phrase runs on into an untagged name is that name's, not A's
    ("At the invitation of Prime Minister Li Qiang, Foreign Minister of the Republic of Peru "
     "Ana Soto will visit China.", {}, ("Li Qiang", "memberOf", "Peru")),
    ("At the invitation of Foreign Minister Wang Yi, Deputy Prime Minister and Foreign "
     "Minister of the Lao People's Democratic Republic Saleumxay Kommasith will visit China.",
     {}, ("Wang Yi", "memberOf", "Laos")),
    # a capital after "in" is where a correspondent works, for no one
    ("Sandra Ruiz, a correspondent in Moscow, said the talks went well.", {},
     ("Sandra Ruiz", "memberOf", "Russia")),
    # a nationality before "columnist" is no employer
    ("Miguel Diaz, a Saudi columnist, was killed in Istanbul.", {},
     ("Miguel Diaz", "memberOf", "Saudi Arabia")),
    # "one of the largest economies in" is no membership
    ("Kenya, one of the largest economies in the East African Community, sent troops.", {},
     ("Kenya", "memberOf", "East African Community")),
    # a firm's plant: the firm does not lie in the city
    ("The Siemens plant in Berlin will close.", {}, ("Siemens", "locatedIn", "Berlin")),
]


@pytest.mark.parametrize("text,kw,fact", ABSENT)
def test_absent(nlp, text, kw, fact):
    assert fact not in triples(nlp, text, **kw)
