"""Descriptions of one state among several the article names ("the kingdom").

- "the kingdom" with several monarchies named before it: the one named in the same
  sentence, else the one the article names most often so far (the story's kingdom, not
  the last one listed: "Egypt and Jordan joined ... Pakistan, an ally of the kingdom" in
  a story about Saudi Arabia); ties go to the one named last.
- "the island": the island state named last (:func:`last_island`), unless a place was
  named after it ("Japan said ... Okinawa ... the island" is Okinawa).
- "Estonia criticized the country", "Seoul condemned the country's launch": a state its
  own verb's subject names is not the one its object describes (:func:`own_subject`).
- "the ministry": the ministry named last, also when that one stood for its state ("its
  Commerce Ministry said ... The ministry said": the state) (:func:`last_ministry`).
"""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from kg.resolve.gazetteer import load_gazetteer
from kg.resolve.mentions import Mentions
from kg.types import Entity

__all__ = ["last_island", "last_ministry", "own_subject", "salient_kingdom", "salient_state"]


def salient_kingdom(mentions: Mentions, token: Token, exclude: frozenset[str]) -> list[Entity]:
    """"the kingdom": the monarchy (a "Kingdom of X" among its names) it means, not one of
    ``exclude``."""
    countries = load_gazetteer().countries
    return salient_state(mentions, token, lambda e: e.type == "Country" and e.id not in exclude
                         and getattr(countries.get(e.id), "kingdom", False))


def salient_state(mentions: Mentions, token: Token, accept) -> list[Entity]:
    """The state ``accept`` admits that a singular description at ``token`` means (see the
    module docstring); [] when none was named before it."""
    counts: Counter[str] = Counter()
    last: dict[str, int] = {}
    found: dict[str, Entity] = {}
    for mention in mentions.mention_list:
        start = mention.span.start
        if start >= token.i or mention.by_coref:
            continue
        for ent in mention.entities:
            if accept(ent):
                counts[ent.id] += 1
                last[ent.id] = max(last.get(ent.id, -1), start)
                found[ent.id] = ent
    if not found:
        return []
    latest = max(last, key=last.get)
    if last[latest] >= token.sent.start:
        return [found[latest]]  # "Jordan's king said the kingdom ...": named right there
    return [found[max(found, key=lambda i: (counts[i], last[i]))]]


def last_island(mentions: Mentions, token: Token, exclude: frozenset[str]) -> list[Entity]:
    """"Taiwan reported Chinese warplanes. The island accused Beijing": the last state named
    before ``token`` that the ``island_states`` cue lists, none of ``exclude``; nothing when
    a place is named after it (the island is that place) or none is named."""
    from kg.extract.lexicon import load_lexicon  # late: kg.extract imports kg.resolve

    islands = frozenset(load_lexicon().cues.get("island_states", ()))
    for mention in sorted(mentions.mention_list, key=lambda m: -m.span.start):
        if mention.span.start >= token.i or mention.by_coref or len(mention.entities) != 1:
            continue
        ent = mention.entities[0]
        if ent.type == "Location" and mention.kind == "name":
            return []
        if ent.type == "Country" and ent.id in islands and ent.id not in exclude:
            return [ent]
    return []


def own_subject(token: Token, mentions: Mentions) -> frozenset[str]:
    """Ids of what the subject of the verb whose object is ``token`` (or what ``token`` owns:
    "condemned the country's launch") names: the verb's own subject only, never one it
    inherits ("Putin vowed to protect the country" may be his own). A preposition on the
    verb's object counts too ("imposed sanctions on the country")."""
    obj = token.head if token.dep_ == "poss" else token
    if obj.dep_ == "pobj" and obj.head.dep_ == "prep":
        obj = obj.head
        if obj.head.dep_ == "dobj" and obj.head.pos_ == "NOUN":
            obj = obj.head
    if obj.dep_ not in ("dobj", "prep") or obj.head.pos_ != "VERB":
        return frozenset()
    return frozenset(e.id for c in obj.head.children if c.dep_ == "nsubj" for e in mentions.entities_at(c))


def last_ministry(mentions: Mentions, token: Token, noun: str) -> list[Entity]:
    """"the ministry" / "the department" (``noun``): the nearest mention before ``token``
    of a body so labelled ("the Commerce Ministry"), or of the word itself whatever it
    stood for ("China will impose duties, its Commerce Ministry said. The ministry said
    ...": China, as the ministry that stands for its state was resolved)."""
    word = noun.capitalize()
    for mention in sorted(mentions.mention_list, key=lambda m: -m.span.start):
        if mention.span.start >= token.i:
            continue
        ent = mention.entities[0]
        if not mention.by_coref and ent.type == "Organization" and word in ent.label:
            return [ent]
        if len(mention.entities) == 1 and ent.type in ("Country", "Organization") \
                and any(t.lower_ == noun for t in mention.span):
            return [ent]
    return []
