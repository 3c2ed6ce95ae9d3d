"""Roles, memberships and places, ninth round (leaderOf / memberOf / locatedIn): tables of
invented sentences -> expected static facts, and near misses that must give nothing.

Covers a name with no title owned by a country ("Ruritania's X", "X of Ruritania", "X
(Ruritania)": the lead when the office-holders dictionary says so, else a membership), a
company head's title after a firm the NER left untagged, a title before the comma that
coreference resolved to the name after it, "the office of the <title>, led by X", "the
Government of Ruritania, led by X", "the party, founded by the tycoon X", a parliament's
speaker, the mayor of "the town of X", "a movement whose leader, X", the exiled leader of
a group, "X lies in the south of Y province", a site name with particles, "the
Ruritanian ports of A and B", a firm based in a country, and a department's name the
tagger cut before "of <body>".
"""
from __future__ import annotations

import pytest

from tests.factkit import static_triples



triples = static_triples


FOUND = [
    # -- a name with no title, owned by a country: the dictionary's head leads it
    ("Talks between Germany's Olaf Scholz and Spain's Pedro Sanchez ended late.", {},
     ("Olaf Scholz", "leaderOf", "Germany")),
    ("The plan was backed by Olaf Scholz of Germany and others.", {},
     ("Olaf Scholz", "leaderOf", "Germany")),
    # ... anyone else is one of its members
    ("Energy talks with Peru's Tomas Araya resumed.", {},
     ("Tomas Araya", "memberOf", "Peru")),
    ("The accord was signed by Mateo Quispe of Peru and Tomas Araya of Chile.", {},
     ("Tomas Araya", "memberOf", "Chile")),
    # -- the country in brackets after a name, whatever the title
    ("The statement was read by Council President Tomas Araya (Chile).", {},
     ("Tomas Araya", "memberOf", "Chile")),
    # -- "the Government of Ruritania, led by X"
    ("The government of Peru, led by Prime Minister Ana Soto, resigned.", {},
     ("Ana Soto", "leaderOf", "Peru")),
    ("We call on the Government of Peru, led by President Ana Soto, to free them.", {},
     ("Ana Soto", "leaderOf", "Peru")),
    # -- a company head's title after a firm the NER left untagged
    ("Petrobanco chief executive John Miller said output would fall.", {},
     ("John Miller", "leaderOf", "Petrobanco")),
    # -- the title before the comma that coreference gives to the name after it
    ("The minister thanked Kuwait's emir, Sheikh Nawaf al-Ahmad, and the Omani sultan.",
     {"date": "2021-06-10"}, ("Nawaf al-Ahmad", "leaderOf", "Kuwait")),
    # -- a local head of "the town of X"
    ("Dana Levi, the mayor of the southern port town of Eilat, urged calm.", {},
     ("Dana Levi", "leaderOf", "Eilat")),
    ("Yuri Bondar, the governor of the Kharkiv region, said two people were hurt.", {},
     ("Yuri Bondar", "leaderOf", "Kharkiv")),
    # -- "a movement whose leader, X": the name the noun is in apposition to
    ("Police raided the offices of Hizb ut-Tahrir, an Islamist group whose leader, "
     "Ahmed Yusuf, fled abroad.", {}, ("Ahmed Yusuf", "leaderOf", "Hizb ut-Tahrir")),
    # -- an exiled leader of a group still leads it
    ("Officials from Hamas met in Doha, where the group's exiled leader, Omar Haddad, "
     "lives.", {}, ("Omar Haddad", "leaderOf", "Hamas")),
    # -- a firm the NER took for a person before a company head's title
    ("Regulators fined Borodin on Monday, and Borodin chief executive Dan Cole resigned.",
     {}, ("Dan Cole", "leaderOf", "Borodin")),
    # -- "the office of the <title>, led by X": the office, not the title's country
    ("The office of the Canadian Trade Representative, led by Mark Dunn, filed the case.", {},
     ("Mark Dunn", "leaderOf", "Office of the Canadian Trade Representative")),
    # -- "the party, founded by the tycoon X"
    ("For Reform Party, founded by the billionaire Ivan Petrov, the vote is a test.", {},
     ("Ivan Petrov", "leaderOf", "Reform Party")),
    # -- a parliament's speaker leads the parliament, not the country
    ("The group negotiated through Jordan's parliament speaker, Omar Rawabdeh.", {},
     ("Omar Rawabdeh", "leaderOf", "Parliament of Jordan")),
    # -- places
    ("Saraqeb lies in the east of Idlib province.", {}, ("Saraqeb", "locatedIn", "Idlib")),
    ("Drones hit the Tal al-Abyad border crossing in northern Syria.", {},
     ("Tal al-Abyad", "locatedIn", "Syria")),
    ("Fighting reached the Syrian cities of Homs and Hama.", {}, ("Hama", "locatedIn", "Syria")),
    ("The rebels shelled the Ukrainian ports of Mariupol and Berdiansk.", {},
     ("Berdiansk", "locatedIn", "Ukraine")),
    ("Washington blacklisted Huawei, a firm based in China.", {},
     ("Huawei", "locatedIn", "China")),
    # -- a department's name the tagger cut before "of <body>"
    ("The EU listed the Main Centre for Special Technologies of the GRU.", {},
     ("Main Centre for Special Technologies", "memberOf", "GRU")),
]


@pytest.mark.parametrize("text,kw,fact", FOUND)
def test_found(nlp, text, kw, fact):
    assert fact in triples(nlp, text, **kw)


ABSENT = [
    # a former office holder named with the country is no member through the old title
    ("Former President Ana Soto of Peru spoke at the forum.", {}, ("Ana Soto", "memberOf", "Peru")),
    # the dictionary's head before the term: a member, not the leader
    ("He met Kazakhstan's Kassym-Jomart Tokayev in Astana.", {"date": "2015-02-12"},
     ("Kassym-Jomart Tokayev", "leaderOf", "Kazakhstan")),
    # a militant group based in a country is not located there
    ("The Taliban, a group based in Afghanistan, refused.", {},
     ("Taliban", "locatedIn", "Afghanistan")),
    # the title's own country is not the office's leader's
    ("The office of the Canadian Trade Representative, led by Mark Dunn, filed the case.", {},
     ("Mark Dunn", "leaderOf", "Canada")),
    ("Former President Tomas Araya (Chile) spoke.", {}, ("Tomas Araya", "memberOf", "Chile")),
    # the object of a clause is not what "led by" after it leads
    ("The rebels attacked Hamas, led by commander Omar Haddad.", {},
     ("Omar Haddad", "leaderOf", "Hamas")),
    # a state founded by people has no leader in them
    ("Liberia was founded by freed slaves in 1847.", {}, ("Liberia", "leaderOf", "freed slaves")),
    ("The group negotiated through Jordan's parliament speaker, Omar Rawabdeh.", {},
     ("Omar Rawabdeh", "leaderOf", "Jordan")),
    # an exiled head of state is a past one
    ("Greece's exiled king, Constantine, visited Athens.", {},
     ("Constantine", "leaderOf", "Greece")),
]


@pytest.mark.parametrize("text,kw,fact", ABSENT)
def test_absent(nlp, text, kw, fact):
    assert fact not in triples(nlp, text, **kw)
