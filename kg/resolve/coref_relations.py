"""Owned relational nouns: "its NATO ally", "its partner", "his country's neighbour".

"Washington condemned the attack on Saudi Arabia and said it stood with its partner": the
noun names the one other state the article has just named next to its owner (this
sentence before it, else the previous one); when several fit, the one the article names
most (its focus), if it leads; nothing otherwise. A state named in the phrase itself
("its American ally") is that state; a name in apposition ("its ally Hamas") is left to
the name.
"""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from kg.resolve.coref_base import _ACTOR, _SUBJ
from kg.resolve.mentions import Mentions
from kg.types import Entity

__all__ = ["owned_relation", "sentence_owner", "office_owner"]

#: Singular nouns of a relation between two actors, read through their owner.
_RELATION_NOUNS = frozenset({"ally", "partner", "neighbour", "neighbor", "backer", "patron"})


def _candidates(mentions: Mentions, start: int, end: int, types, exclude: set[str]) -> dict[str, Entity]:
    """Actors of ``types`` named in ``[start, end)``, none of ``exclude``, by id."""
    found: dict[str, Entity] = {}
    for mention in mentions.mention_list:
        if start <= mention.span.start < end:
            for ent in mention.entities:
                if ent.type in types and ent.id not in exclude:
                    found.setdefault(ent.id, ent)
    return found


def _focus(mentions: Mentions, token: Token, found: dict[str, Entity]) -> list[Entity]:
    """The one of ``found`` the article names most before ``token``, if it leads alone."""
    counts = Counter(e.id for m in mentions.mention_list if m.span.start < token.i
                     for e in m.entities if e.id in found)
    ranked = counts.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return [found[ranked[0][0]]]
    return []


def owned_relation(token: Token, mentions: Mentions) -> list[Entity]:
    """The actor an owned relational noun ("its NATO ally") stands for (module docstring)."""
    if token.lower_ not in _RELATION_NOUNS or token.tag_ != "NN" or \
            any(c.dep_ in ("appos", "det") for c in token.children) or \
            token.i + 1 < len(token.doc) and token.doc[token.i + 1].pos_ == "PROPN":
        return []  # "its ally Hamas", "its partner, Saudi Arabia,": the name says who
    owners = [mentions.entity_at(c) for c in token.children if c.dep_ == "poss"]
    owner = owners[0] if owners else None
    if owner is None or owner.type not in _ACTOR:
        return []
    named = [mentions.entity_at(c) for c in token.lefts if c.dep_ in ("amod", "compound")]
    named = [e for e in named if e is not None and e.type == "Country" and e.id != owner.id]
    if named:  # "Iran warned Israel and its American ally"
        return named[:1]
    exclude = {owner.id}
    home = mentions.country_of(owner)
    if home is not None:
        exclude.add(home.id)
    types = ("Country",) if owner.type == "Country" else _ACTOR
    sent = token.sent
    found = _candidates(mentions, sent.start, token.i, types, exclude)
    if not found and sent.start > 0:
        found = _candidates(mentions, token.doc[sent.start - 1].sent.start, sent.start, types, exclude)
    if len(found) == 1:
        return list(found.values())
    return _focus(mentions, token, found) if found else []


def sentence_owner(token: Token, mentions: Mentions, types) -> Entity | None:
    """The one entity of ``types`` the main clause's subject, or its possessor, names before
    ``token`` ("Trump's schedule includes meetings with X, whom he last met": Trump)."""
    for child in token.sent.root.children:
        if child.dep_ in _SUBJ and child.i < token.i:
            ents = [e for e in mentions.entities_at(child) if e.type in types] or \
                [e for c in child.children if c.dep_ == "poss" for e in mentions.entities_at(c) if e.type in types]
            return ents[0] if len(ents) == 1 else None
    return None


#: Offices an organisation has and a country is not said to have by "its" ("its chief").
_OFFICE_NOUNS = frozenset({"chief", "head", "director", "spokesman", "spokeswoman", "spokesperson",
                           "commissioner", "envoy", "executive", "boss"})


def office_owner(token: Token, mentions: Mentions) -> list[Entity] | None:
    """"..., according to the UN refugee agency UNHCR. Its chief X said": a possessive that
    opens a sentence, on an office, is the organisation the sentence before named last
    (when no other actor came after it there, and no actor is that sentence's subject: the
    subject is the usual antecedent)."""
    if token.lower_ != "its" or token.dep_ != "poss" or token.i != token.sent.start or token.i == 0 \
            or token.head.lemma_.lower() not in _OFFICE_NOUNS:
        return None
    prev = token.doc[token.i - 1].sent
    if any(t.dep_ in _SUBJ and mentions.entity_at(t) is not None for t in prev):
        return None
    named = sorted((m for m in mentions.mention_list if prev.start <= m.span.start < prev.end
                    and not m.by_coref and len(m.entities) == 1 and m.entities[0].type in _ACTOR),
                   key=lambda m: m.span.start)
    return [named[-1].entities[0]] if named and named[-1].entities[0].type == "Organization" else None

