"""Static facts, session 12 (2): memberships of countries and groups, office leftovers.

Covers a member of two bodies coordinated after "both" ("a member of both the Alliance and
the Union"), a counted pair of members ("the latest row between the two Alliance members":
the two countries of the sentence, coordinated or not), affiliates ("the largest Alliance affiliate", "an affiliate of X"), a body's
relative clause that lists members, on the body or on its apposition ("X, a military
alliance that includes A and B", "that includes both countries"), a person's own party or
armed group after "whose" (leaderOf), a style of address between a title and the name
("Emir His Highness Sheikh X"), an outgoing officeholder (still in office), a body "which
is chaired by X", and a junta "led by X" with its name in apposition or its acronym in
brackets before the comma.
"""
from __future__ import annotations

import pytest

from tests.factkit import static_triples



triples = static_triples


FOUND = [
    # -- "a member of both A and B"
    ("Lithuania, a member of both NATO and the European Union, expelled four diplomats.",
     ("Lithuania", "memberOf", "European Union")),
    ("Lithuania, a member of both NATO and the European Union, expelled four diplomats.",
     ("Lithuania", "memberOf", "North Atlantic Treaty Organization")),
    ("Latvia is a member of both the European Union and NATO, officials noted.",
     ("Latvia", "memberOf", "North Atlantic Treaty Organization")),
    # -- affiliates
    ("Officials said al-Shabab remains the strongest al-Qaeda affiliate on the continent.",
     ("al-Shabab", "memberOf", "al-Qaeda")),
    ("Jama'at Nusrat al-Islam wal-Muslimin (JNIM), an affiliate of al-Qaeda, claimed the raid.",
     ("Jama'at Nusrat al-Islam wal-Muslimin", "memberOf", "al-Qaeda")),
    # -- a relative clause that lists members
    ("The Shanghai Cooperation Organisation, a security bloc that includes India and "
     "Pakistan, held talks on Monday.", ("Pakistan", "memberOf", "Shanghai Cooperation Organisation")),
    ("Armenia and Azerbaijan exchanged fire overnight. The Collective Security Treaty "
     "Organization, a Moscow-led alliance that includes both countries, urged restraint.",
     ("Armenia", "memberOf", "Collective Security Treaty Organization")),
    ("Brazil and Argentina quarrelled over tariffs inside Mercosur, the customs union, "
     "which also includes Paraguay.", ("Paraguay", "memberOf", "Mercosur")),
    # -- "the two Alliance allies" after a sentence naming just two countries
    ("Poland accused Germany of stalling, in the latest row between the two EU members.",
     ("Poland", "memberOf", "European Union")),
    ("Greece summoned Turkey's ambassador over flights by Turkish jets near Greek islands, "
     "the latest flare-up between the two NATO allies.",
     ("Turkey", "memberOf", "North Atlantic Treaty Organization")),
    # -- "X, whose <party / armed group>"
    ("Khalifa Haftar, whose Libyan National Army holds the east, rejected the plan.",
     ("Khalifa Haftar", "leaderOf", "Libyan National Army")),
    ("Viktor Orban, whose Fidesz party won a fourth term, thanked voters.",
     ("Viktor Orban", "leaderOf", "Fidesz")),
    # -- a style of address between the title and the name
    ("Qatar's Emir His Highness Sheikh Tamim bin Hamad Al Thani received the envoy.",
     ("Tamim bin Hamad Al Thani", "leaderOf", "Qatar")),
    # -- an outgoing officeholder still holds the office
    ("The pact was signed by outgoing Chilean President Michelle Bachelet in Santiago.",
     ("Michelle Bachelet", "leaderOf", "Chile")),
    # -- "which is chaired by X", a junta's name in apposition before "led by X"
    ("The Arab League, which is currently chaired by Bahrain's King Hamad, met in Manama.",
     ("King Hamad", "leaderOf", "Arab League")),
    ("The junta, the National Council for the Safeguard of the Homeland (CNSP), led by "
     "General Abdourahamane Tiani, closed the border.",
     ("Abdourahamane Tiani", "leaderOf", "National Council for the Safeguard of the Homeland")),
    ("ECOWAS will not recognise the so-called National Council for the Safeguard of the "
     "Homeland (CNSP), led by General Abdourahamane Tiani, or its decisions.",
     ("Abdourahamane Tiani", "leaderOf", "National Council for the Safeguard of the Homeland")),
]

NOT_FOUND = [
    # a state body after "whose" is no party the person leads
    ("Joe Biden, whose State Department said the talks failed, spoke on Monday.",
     ("Joe Biden", "leaderOf", "State Department")),
    # a plan that "would include" a country lists no member
    ("NATO, which would include Ukraine under the plan, met in Brussels.",
     ("Ukraine", "memberOf", "North Atlantic Treaty Organization")),
    # a former officeholder does not lead the country
    ("Former Chilean President Michelle Bachelet spoke in Geneva.",
     ("Michelle Bachelet", "leaderOf", "Chile")),
    # a described team "which is led by X" is not the person's country to lead
    ("The Palestinian team, which is led by senior Fatah official Azzam al-Ahmad, met "
     "Egyptian officials.", ("Azzam al-Ahmad", "leaderOf", "Palestine")),
]


@pytest.mark.parametrize("case", FOUND)
def test_found(nlp, case):
    text, fact, *date = case
    assert fact in triples(nlp, text, *date)


@pytest.mark.parametrize("text,miss", NOT_FOUND)
def test_not_found(nlp, text, miss):
    assert miss not in triples(nlp, text)
