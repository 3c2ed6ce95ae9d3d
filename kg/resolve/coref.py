"""Coreference within an article: pronouns, definite descriptions, first person.

Heuristics, in order of trust: pronouns (he/she, it, they; we/our/I in quotes, see
:mod:`~kg.resolve.coref_pronouns`), then definite descriptions ("the president", "the
bloc", "the two countries", "the ministry", "the company", "officials in Xville"), each
resolved to the last matching entity. A subject "it"/"they" of a clause reported by a
common noun that names no actor ("the commission said it ...") is left to that noun. A body
owned by a possessive pronoun ("Its foreign ministry said ...") is the pronoun's actor, and
members named by a body's common noun ("urged council members to ...") are that body.

A description that resolves to exactly the members of a club of states the article names
("the three European countries, known as the E3") is the club, and "the Nordic countries"
the bloc (:mod:`~kg.resolve.coref_clubs`). A subject "he"/"she" right after a sentence about
one person gives that person's gender for the pronouns that follow.

An object pronoun never means its clause's subject, named or implied ("Biden called Lula to
congratulate him": Lula, :mod:`~kg.resolve.coref_binding`).

The rules live in :mod:`~kg.resolve.coref_pronouns`, :mod:`~kg.resolve.coref_descriptions`,
:mod:`~kg.resolve.coref_plurals`, :mod:`~kg.resolve.coref_clubs` and
:mod:`~kg.resolve.coref_government` (shared helpers in :mod:`~kg.resolve.coref_base`); this
module walks the article once and asks them in turn.
"""
from __future__ import annotations

import bisect

from spacy.tokens import Doc

from kg.resolve.bodies import _LED_BODIES, GOVERNMENT_NOUNS
from kg.resolve.bodies import _led_country as led_country
from kg.resolve.coref_base import _ACTOR, _ORG_NOUNS, _last_of, known_as
from kg.resolve.coref_descriptions import _description, _hyphen_title, _styles
from kg.resolve.coref_government import (_bare_force, _bare_forces, _bare_government,
                                         _officials_in_seat)
from kg.resolve.coref_clubs import as_club, register_clubs
from kg.resolve.coref_officials import styled_person
from kg.resolve.coref_regions import korea
from kg.resolve.coref_relations import owned_relation
from kg.resolve.coref_pairs import meeting_sides, met_before
from kg.resolve.coref_plurals import _club_document, _region_adjective, earlier_pair
from kg.resolve.coref_pronouns import (_HE, _IT, _SHE, _THEY, _antecedent, _body_owner,
                                       _conjoined_owner, _controlled_owner, _genders, _plural_before,
                                       _referential_it, _unnamed_reporter, resolve_first_person)
from kg.resolve.gazetteer import load_gazetteer
from kg.resolve.mentions import Mentions
from kg.nlp import doc_table

__all__ = ["resolve_coref", "resolve_first_person", "earlier_pair", "known_as"]


def resolve_coref(doc: Doc, mentions: Mentions) -> None:
    """Resolve pronouns and definite descriptions not yet covered by a mention."""
    register_clubs(doc, mentions)  # "the E3": before the descriptions that may mean it
    styled = _styles(doc, mentions)
    genders = _genders(doc, mentions)
    people = _person_starts(mentions)
    # every rule below needs a pronoun, noun or adjective: the doc's table of words picks
    # those, and gives their text and part of speech, without building a Token object for
    # every word of the article (nor a string per attribute read)
    table = doc_table(doc)
    tokens, lowers, tags = table.tokens, table.lower, table.pos
    by_token = mentions._by_token  # grows as the loop adds mentions
    for i, pos in enumerate(tags):
        if pos not in _WANTED or i in by_token or i in styled:
            continue
        token = tokens[i]
        low = lowers[i]
        found = None
        if low in _HE and pos == "PRON":
            found = _conjoined_owner(token, mentions) or _antecedent(doc, token, mentions, ("Person",), plural=False,
                                                                     genders=genders)
            if found:
                _learn_gender(token, found, genders, people, mentions)
        elif low in ("it", "they") and pos == "PRON" and _unnamed_reporter(token, mentions):
            # "the commission said it ...": the reporter's, which names no actor, unless a
            # possessor owns it ("the group's command said it ...")
            found = _body_owner(_unnamed_reporter(token, mentions), mentions)
            if not found:
                continue
        elif low in _IT and pos == "PRON" and _referential_it(token):
            found = _conjoined_owner(token, mentions) or _controlled_owner(token, mentions) or \
                _antecedent(doc, token, mentions, _ACTOR, plural=False)
        elif low in _THEY and pos == "PRON":
            found = meeting_sides(token, mentions) \
                or _antecedent(doc, token, mentions, _ACTOR, plural=True, same_only=True) \
                or _plural_before(token, mentions) \
                or _antecedent(doc, token, mentions, _ACTOR, plural=True) or met_before(token, mentions)
        elif _hyphen_title(doc, token, mentions):
            mentions.add(doc[i - 2:i + 1], _hyphen_title(doc, token, mentions), by_coref=True,
                         kind="description")
            continue
        elif pos in ("NOUN", "PROPN"):
            found = _description(doc, token, mentions) or _bare_government(token, mentions) \
                or _bare_force(token, mentions) or _bare_forces(token, mentions) \
                or _club_document(token, mentions) or _officials_in_seat(token, mentions) \
                or _body_members(token, mentions) or owned_relation(token, mentions) or korea(token, mentions) \
                or styled_person(token, mentions) or None
            if found:
                mentions.add(doc[token.i:token.i + 1], as_club(found, mentions, token), by_coref=True,
                             kind="description")
                continue
        elif pos == "ADJ":
            found = as_club(_region_adjective(doc, token, mentions), mentions, token) or None
            if found:
                mentions.add(doc[token.i:token.i + 1], found, by_coref=True, kind="description")
                continue
        if found:
            mentions.add(doc[token.i:token.i + 1], list(found), by_coref=True, kind="pronoun")
            if low in _OWNER_PRONOUNS and token.dep_ == "poss":
                _owned_body(doc, token, list(found), mentions)
            elif low in ("his", "her") and token.dep_ == "poss":
                _led_body(doc, token, list(found), mentions)


#: The parts of speech the rules of :func:`resolve_coref` read (pronouns, descriptions,
#: "the Nordic" adjectives).
_WANTED = frozenset({"PRON", "NOUN", "PROPN", "ADJ"})


def _person_starts(mentions: Mentions) -> tuple[list[int], list[str]]:
    """Start tokens and ids of the people named (not by coreference), in text order."""
    named = sorted((m.span.start, m.entities[0].id) for m in mentions.mention_list
                   if not m.by_coref and len(m.entities) == 1 and m.entities[0].type == "Person")
    return [n[0] for n in named], [n[1] for n in named]


def _learn_gender(pronoun, found: list, genders: dict[str, str], people, mentions: Mentions) -> None:
    """"A accused Rwanda of ... 'No peace,' she said. ... B denied it. He accused ...": a
    "he"/"she" (or "him", "her", "his": "analysts praised her leadership") whose sentence
    and the one before name one person only, that person, gives the person's gender
    (honorifics are rare in wire copy), so that a later pronoun of the other gender does
    not go back to them."""
    if len(found) != 1 or found[0].type != "Person" or found[0].id in genders:
        return
    starts = mentions.sentences()[1]
    here = bisect.bisect_right(starts, pronoun.i) - 1
    first = starts[max(here - 1, 0)]
    positions, ids = people
    near = set(ids[bisect.bisect_left(positions, first):bisect.bisect_left(positions, pronoun.i)])
    if near == {found[0].id}:
        genders[found[0].id] = "f" if pronoun.lower_ in _SHE else "m"


#: Possessive pronouns whose body noun stands for the owner ("its foreign ministry said").
_OWNER_PRONOUNS = frozenset({"its", "their"})
#: Bodies that speak and act for the actor that owns them: a country's government words
#: (:data:`kg.resolve.bodies.GOVERNMENT_NOUNS`, as in "Russia's troops") and its offices.
_OWNED_BODIES = (GOVERNMENT_NOUNS - {"spokesman", "spokeswoman", "spokesperson", "official"}) \
    | frozenset({"ministry", "committee", "council", "office", "agency", "command", "service",
                 "presidency"})


#: Owned bodies that are a country's armed forces, whoever (a ministry) speaks of them.
_FORCE_NOUNS = frozenset({"troops", "forces", "soldiers", "army", "military", "navy"})


def _owned_body(doc: Doc, pronoun, owners: list, mentions: Mentions) -> None:
    """"Belarus denied any role. Its state border committee said ...": a body noun owned by
    a possessive pronoun, naming nothing itself, is the pronoun's actor (as "Belarus's
    border committee" would be)."""
    noun = pronoun.head
    if noun.lower_ not in _OWNED_BODIES or noun.i in mentions._by_token \
            or noun.pos_ not in ("NOUN", "PROPN") \
            or not all(e.type in ("Country", "Organization") for e in owners) \
            or any(c.dep_ == "appos" for c in noun.children):
        return  # "Its spokeswoman, X, said": a person, named in apposition
    if noun.lower_ in _FORCE_NOUNS:  # "the Defence Ministry said its forces": the country's
        owners = [mentions.country_of(e) or e for e in owners]
    mentions.add(doc[noun.i:noun.i + 1], owners, by_coref=True, kind="description")


def _led_body(doc: Doc, pronoun, owners: list, mentions: Mentions) -> None:
    """"Prime Minister X flew to Ankara. His government sanctioned Y": a government noun
    owned by "his"/"her" that goes back to a head of government is the country they lead
    (as "X's government" is, :func:`kg.resolve.bodies.leader_governments`)."""
    noun = pronoun.head
    if len(owners) != 1 or owners[0].type != "Person" or noun.lower_ not in _LED_BODIES \
            or noun.i in mentions._by_token or noun.pos_ != "NOUN":
        return
    country = led_country(doc, mentions, owners[0])
    if country is not None:
        mentions.add(doc[noun.i:noun.i + 1], country, by_coref=True, kind="government", alias="")


#: Offices that act for the body named before them ("the SADC secretariat").
_OFFICE_NOUNS = frozenset({"secretariat"})
#: Plurals of the people who sit on a body ("council members", "bloc ministers").
_MEMBER_NOUNS = frozenset({"members", "ministers", "leaders", "delegates", "envoys", "states"})


def _body_members(token, mentions: Mentions) -> list:
    """"The Security Council met ... urged council members to act": members named by the
    body's common noun stand for the body "the council" would be (the last one named with
    that word); "Security Council members" is a name already, "the bloc's members" a
    possessive the rules above read."""
    if token.lower_ in _OFFICE_NOUNS and token.tag_ == "NN":
        # "lodged a complaint with the SADC secretariat": a body's office named by its acronym
        owners = [e for c in token.children if c.dep_ == "compound" and c.i == token.i - 1
                  for e in mentions.entities_at(c) if e.type == "Organization"]
        if len(owners) == 1:
            return owners
    if token.lower_ == "unions" and any(c.lower_ == "the" for c in token.children) \
            and not any(c.dep_ in ("compound", "amod", "poss") for c in token.children):
        # "called on the unions to ...": the labour unions the article named
        return _last_of(mentions, token, lambda e: e.type == "Organization"
                        and any(w in e.label for w in _ORG_NOUNS["union"][1:]), 1)
    if token.lower_ not in _MEMBER_NOUNS or token.tag_ != "NNS":
        return []
    comps = [c for c in token.children if c.dep_ == "compound"]
    if token.lower_ == "states" and [c.lower_ for c in comps] == ["member"] and not any(
            c.dep_ in ("poss", "amod", "nummod", "prep") for c in token.children):
        # "urged member states to close the deal": the international body named last
        orgs = load_gazetteer().orgs
        return _last_of(mentions, token, lambda e: e.id in orgs and orgs[e.id].country is None
                        and orgs[e.id].parent is None, 1)
    if len(comps) != 1 or not comps[0].is_lower or comps[0].lower_ not in _ORG_NOUNS or \
            comps[0].i in mentions._by_token or any(c.dep_ in ("poss", "amod", "nummod")
                                                    for c in token.children):
        return []
    words = _ORG_NOUNS[comps[0].lower_]
    return _last_of(mentions, token, lambda e: e.type in ("Organization", "Group")
                    and (words is None or any(w in e.label for w in words)), 1)
