"""Descriptions of one state among several the article names ("the kingdom").

- "the kingdom" with several monarchies named before it: the one named in the same
  sentence, else the one the article names most often so far (the story's kingdom, not
  the last one listed: "Egypt and Jordan joined ... Pakistan, an ally of the kingdom" in
  a story about Saudi Arabia); ties go to the one named last.
"""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from kg.resolve.gazetteer import load_gazetteer
from kg.resolve.mentions import Mentions
from kg.types import Entity

__all__ = ["salient_kingdom", "salient_state"]


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
