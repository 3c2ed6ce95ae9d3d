"""Coreference within an article: pronouns, definite descriptions, first person.

Heuristics, in order of trust: pronouns (he/she, it, they; we/our/I in quotes, see
:mod:`~kg.resolve.coref_pronouns`), then definite descriptions ("the president", "the
bloc", "the two countries", "the ministry", "the company", "officials in Xville"), each
resolved to the last matching entity. A subject "it"/"they" of a clause reported by a
common noun that names no actor ("the commission said it ...") is left to that noun. A body
owned by a possessive pronoun ("Its foreign ministry said ...") is the pronoun's actor, and
members named by a body's common noun ("urged council members to ...") are that body.

The rules live in :mod:`~kg.resolve.coref_pronouns`, :mod:`~kg.resolve.coref_descriptions`,
:mod:`~kg.resolve.coref_plurals` and :mod:`~kg.resolve.coref_government` (shared helpers in
:mod:`~kg.resolve.coref_base`); this module walks the article once and asks them in turn.
"""
from __future__ import annotations

from spacy.attrs import POS
from spacy.symbols import ADJ, NOUN, PRON, PROPN
from spacy.tokens import Doc

from kg.resolve.bodies import GOVERNMENT_NOUNS
from kg.resolve.coref_base import _ACTOR, _ORG_NOUNS, _last_of, known_as
from kg.resolve.coref_descriptions import _description, _hyphen_title, _styles
from kg.resolve.coref_government import (_bare_force, _bare_forces, _bare_government,
                                         _officials_in_seat)
from kg.resolve.coref_plurals import _club_document, _region_adjective, earlier_pair
from kg.resolve.coref_pronouns import (_HE, _IT, _THEY, _antecedent, _body_owner,
                                       _conjoined_owner, _genders, _plural_before,
                                       _referential_it, _unnamed_reporter, resolve_first_person)
from kg.resolve.mentions import Mentions

__all__ = ["resolve_coref", "resolve_first_person", "earlier_pair", "known_as"]


def resolve_coref(doc: Doc, mentions: Mentions) -> None:
    """Resolve pronouns and definite descriptions not yet covered by a mention."""
    styled = _styles(doc, mentions)
    genders = _genders(doc, mentions)
    # every rule below needs a pronoun, noun or adjective: the part-of-speech array picks
    # those without building a Token object for every word of the article
    wanted = {PRON, NOUN, PROPN, ADJ}
    for i, pos in enumerate(doc.to_array(POS).tolist()):
        if pos not in wanted or i in mentions._by_token or i in styled:
            continue
        token = doc[i]
        low = token.lower_
        found = None
        if low in _HE and token.pos_ == "PRON":
            found = _antecedent(doc, token, mentions, ("Person",), plural=False,
                                genders=genders)
        elif low in ("it", "they") and token.pos_ == "PRON" and _unnamed_reporter(token, mentions):
            # "the commission said it ...": the reporter's, which names no actor, unless a
            # possessor owns it ("the group's command said it ...")
            found = _body_owner(_unnamed_reporter(token, mentions), mentions)
            if not found:
                continue
        elif low in _IT and token.pos_ == "PRON" and _referential_it(token):
            found = _conjoined_owner(token, mentions) or \
                _antecedent(doc, token, mentions, _ACTOR, plural=False)
        elif low in _THEY and token.pos_ == "PRON":
            found = _antecedent(doc, token, mentions, _ACTOR, plural=True, same_only=True) \
                or _plural_before(token, mentions) \
                or _antecedent(doc, token, mentions, _ACTOR, plural=True)
        elif _hyphen_title(doc, token, mentions):
            mentions.add(doc[i - 2:i + 1], _hyphen_title(doc, token, mentions), by_coref=True,
                         kind="description")
            continue
        elif token.pos_ in ("NOUN", "PROPN"):
            found = _description(doc, token, mentions) or _bare_government(token, mentions) \
                or _bare_force(token, mentions) or _bare_forces(token, mentions) \
                or _club_document(token, mentions) or _officials_in_seat(token, mentions) \
                or _body_members(token, mentions) or None
            if found:
                mentions.add(doc[token.i:token.i + 1], found, by_coref=True, kind="description")
                continue
        elif token.pos_ == "ADJ":
            found = _region_adjective(doc, token, mentions) or None
            if found:
                mentions.add(doc[token.i:token.i + 1], found, by_coref=True, kind="description")
                continue
        if found:
            mentions.add(doc[token.i:token.i + 1], list(found), by_coref=True, kind="pronoun")
            if low in _OWNER_PRONOUNS and token.dep_ == "poss":
                _owned_body(doc, token, list(found), mentions)


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


#: Plurals of the people who sit on a body ("council members", "bloc ministers").
_MEMBER_NOUNS = frozenset({"members", "ministers", "leaders", "delegates", "envoys"})


def _body_members(token, mentions: Mentions) -> list:
    """"The Security Council met ... urged council members to act": members named by the
    body's common noun stand for the body "the council" would be (the last one named with
    that word); "Security Council members" is a name already, "the bloc's members" a
    possessive the rules above read."""
    if token.lower_ not in _MEMBER_NOUNS or token.tag_ != "NNS":
        return []
    comps = [c for c in token.children if c.dep_ == "compound"]
    if len(comps) != 1 or not comps[0].is_lower or comps[0].lower_ not in _ORG_NOUNS or \
            comps[0].i in mentions._by_token or any(c.dep_ in ("poss", "amod", "nummod")
                                                    for c in token.children):
        return []
    words = _ORG_NOUNS[comps[0].lower_]
    return _last_of(mentions, token, lambda e: e.type in ("Organization", "Group")
                    and (words is None or any(w in e.label for w in words)), 1)
