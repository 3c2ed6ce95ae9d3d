"""Resolve stage: mentions in a parsed article -> canonical entities.

Contract used by :mod:`kg.extract` (keep it stable):

``resolve(doc, article) -> Mentions`` where ``Mentions`` answers, for any token of
the doc, which canonical :class:`~kg.types.Entity` it refers to:

- ``mentions.entity_at(token) -> Entity | None``: the entity whose mention covers
  the token (a name, a demonym such as "Chinese", a capital used as metonymy such
  as "Beijing", a government phrase such as "the Chinese government" (on its head
  noun), a pronoun or definite description resolved by coreference).
- ``mentions.entities_at(token) -> list[Entity]``: all entities of the token
  ("U.S.-China", "the two presidents", "they" for "China and India", "the three
  Nordic countries" for the countries listed earlier).
- Group nouns used as actors are Group entities on their head token ("protesters",
  "opposition leaders", "Western governments"; :mod:`kg.resolve.groups`).
- ``mentions.span_at(token) -> Span | None``: the mention span covering the token.
- ``mentions.is_resolved_by_coref(token) -> bool``: True when the entity came from
  a pronoun / description (the extractor lowers confidence).
- ``mentions.topic(span_or_token_or_text) -> Entity``: the canonical Topic entity
  for a noun phrase (registered in ``mentions.entities`` under ``"topic:" + id``).
- ``mentions.entities -> dict[str, Entity]``: all entities of the article by id.
- ``mentions.static_facts -> list[Fact]``: leaderOf / memberOf / locatedIn facts
  from titles, roles and place chains (:func:`kg.extract.static.static_facts`,
  called by ``resolve``; the extractor adds them to its facts as they are).
- Government departments acting in the text ("the State Department imposed ...",
  "the Pentagon said", a ministry named without a country in its own government's press
  release) resolve to their country (:mod:`kg.resolve.agents`); as modifiers ("Treasury
  Secretary X", "the Pentagon's report") and in the static facts they stay bodies.
  Gazetteer bodies are labelled with the name the article uses ("U.N. Security Council").
- ``mentions.country_of(entity) -> Entity | None``: the country a person /
  ministry / national body belongs to.
- ``resolve_first_person(token, speaker, mentions) -> Entity | None``: what "we" /
  "our" / "I" in a quote stands for once the extractor knows the speaker.

Across articles, :class:`Registry` keeps ids stable and merges near-duplicate
entities conservatively (``merge_entities`` for two lists).
"""
from __future__ import annotations

from spacy.tokens import Doc

from kg.resolve.agents import lift_departments, short_departments, surface_labels
from kg.resolve.bodies import leader_governments
from kg.resolve.coref import resolve_coref, resolve_first_person
from kg.resolve.entities import resolve_named
from kg.resolve.gazetteer import load_gazetteer, slug
from kg.resolve.groups import group_mentions, regional_bodies
from kg.resolve.mentions import Mention, Mentions
from kg.resolve.registry import Registry, merge_entities
from kg.types import Article

__all__ = ["Mentions", "Mention", "resolve", "slug", "resolve_first_person", "Registry",
           "merge_entities", "load_gazetteer"]


def resolve(doc: Doc, article: Article) -> Mentions:
    """Resolve the mentions of one parsed article (see the module docstring).

    Order: named mentions (gazetteer, NER, people, bodies, government phrases);
    titles ("Kenyan leader Amos Otieno"), which descriptions and "Mr Maduro's
    government" need; group nouns ("protesters", :mod:`kg.resolve.groups`);
    coreference; group nouns coreference left; then the static facts, which may use resolved
    descriptions ("a spokesman for the ministry, X").

    Example:
        >>> doc = load_nlp()("Kenyan leader Amos Otieno met Lula. He praised him.")
        >>> mentions = resolve(doc, Article(id="a", title="", text=doc.text))
        >>> mentions.entity_at(doc[0]).label, [f.predicate for f in mentions.static_facts]
        ('Kenya', ['leaderOf'])
    """
    from kg.extract.static import record_titles, static_facts  # late: kg.extract imports us

    mentions = Mentions(doc, article)
    resolve_named(doc, mentions)
    short_departments(doc, mentions)
    record_titles(doc, mentions)   # "the president" needs the titles seen so far
    leader_governments(doc, mentions)
    regional_bodies(doc, mentions)  # "West African leaders": ECOWAS
    group_mentions(doc, mentions)  # before coreference: "they" may be "protesters"
    resolve_coref(doc, mentions)
    group_mentions(doc, mentions, final=True)
    surface_labels(doc, mentions)  # before any fact copies a label
    mentions.static_facts = static_facts(doc, mentions, article)
    lift_departments(doc, mentions)  # after the static facts, which keep the bodies
    return mentions
