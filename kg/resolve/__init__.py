"""Resolve stage: mentions in a parsed article -> canonical entities.

Contract used by :mod:`kg.extract` (keep it stable):

``resolve(doc, article) -> Mentions`` where ``Mentions`` answers, for any token of
the doc, which canonical :class:`~kg.types.Entity` it refers to:

- ``mentions.entity_at(token) -> Entity | None``: the entity whose mention covers
  the token (a name, a demonym such as "Chinese", a capital used as metonymy such
  as "Beijing", a pronoun or definite description resolved by coreference).
- ``mentions.span_at(token) -> Span | None``: the mention span covering the token.
- ``mentions.is_resolved_by_coref(token) -> bool``: True when the entity came from
  a pronoun / description (the extractor lowers confidence).
- ``mentions.topic(span_or_text) -> Entity``: the canonical Topic entity for a
  noun phrase (registering it among the article's entities).
- ``mentions.entities -> dict[str, Entity]``: all entities of the article by id.
- ``mentions.static_facts -> list[Fact]``: leaderOf / memberOf / locatedIn facts
  found while resolving titles, roles and place chains.

This first version uses spaCy's named entities only; the gazetteers, name chaining
and coreference replace it.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.types import Article, Entity, Fact

__all__ = ["Mentions", "resolve", "slug"]

_NER_TYPES = {"PERSON": "Person", "GPE": "Country", "ORG": "Organization",
              "NORP": "Group", "LOC": "Location", "FAC": "Location"}


def slug(label: str) -> str:
    """Stable id of a label: "Barack Obama" -> "Barack_Obama"."""
    text = re.sub(r"[^\w]+", "_", label.strip(), flags=re.UNICODE).strip("_")
    return text or "_"


class Mentions:
    """Mentions of one article resolved to entities (see module docstring)."""

    def __init__(self, doc: Doc, article: Article):
        self.doc = doc
        self.article = article
        self.entities: dict[str, Entity] = {}
        self.static_facts: list[Fact] = []
        self._by_token: dict[int, tuple[Span, Entity, bool]] = {}

    def add(self, span: Span, entity: Entity, by_coref: bool = False) -> Entity:
        known = self.entities.setdefault(entity.id, entity)
        known.aliases.add(span.text)
        known.mentions.append((span.start_char, span.end_char))
        for token in span:
            self._by_token[token.i] = (span, known, by_coref)
        return known

    def entity_at(self, token: Token) -> Entity | None:
        hit = self._by_token.get(token.i)
        return hit[1] if hit else None

    def span_at(self, token: Token) -> Span | None:
        hit = self._by_token.get(token.i)
        return hit[0] if hit else None

    def is_resolved_by_coref(self, token: Token) -> bool:
        hit = self._by_token.get(token.i)
        return bool(hit and hit[2])

    def topic(self, phrase: Span | str) -> Entity:
        text = phrase.text if isinstance(phrase, Span) else phrase
        label = re.sub(r"\s+", " ", text).strip().lower()
        entity = self.entities.setdefault("topic:" + slug(label),
                                          Entity(id=slug(label), label=label, type="Topic"))
        entity.aliases.add(text)
        return entity


def resolve(doc: Doc, article: Article) -> Mentions:
    mentions = Mentions(doc, article)
    for ent in doc.ents:
        kind = _NER_TYPES.get(ent.label_)
        if kind:
            label = ent.text
            mentions.add(ent, Entity(id=slug(label), label=label, type=kind))
    return mentions
