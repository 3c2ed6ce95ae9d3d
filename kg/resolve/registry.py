"""Entity ids across articles: one :class:`Registry` per build keeps the same id
for the same entity and merges near-duplicates conservatively.

- Countries merge by ISO3 only; topics by id only.
- People merge when the names agree word for word after accent folding
  ("Rodrigo Londoño" ~ "Rodrigo Londono"), when one extends the other with the
  same first name ("Juan Santos" ~ "Juan Manuel Santos"), or when the surnames are
  equal and the whole names nearly so ("Dmitri Trenin" ~ "Dmitry Trenin").
  "Joe Biden" and "Jill Biden" stay apart.
- Organisations, groups and places merge on folded labels or a near-identical
  spelling (token-sort ratio >= 95).

Example:
    >>> reg = Registry()
    >>> reg.add(Entity("Dmitri_Trenin", "Dmitri Trenin", "Person")).id
    'Dmitri_Trenin'
    >>> reg.add(Entity("Dmitry_Trenin", "Dmitry Trenin", "Person")).id
    'Dmitri_Trenin'
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import fuzz

from kg.resolve.gazetteer import fold
from kg.resolve.people import same_person
from kg.types import Entity, Extraction, Fact

__all__ = ["Registry", "merge_entities"]

_PERSON_RATIO = 88
_OTHER_RATIO = 95


def _key(label: str) -> str:
    text = re.sub(r"^the\s+", "", fold(label))
    return re.sub(r"[^\w ]+", "", text).strip()


def _same(a: Entity, b: Entity) -> bool:
    if a.id == b.id:
        return True
    if a.type != b.type or a.type in ("Country", "Topic"):
        return False
    ka, kb = _key(a.label), _key(b.label)
    if ka == kb:
        return True
    if a.type == "Person":
        wa, wb = ka.split(), kb.split()
        if len(wa) < 2 or len(wb) < 2:
            return False
        if same_person(wa, wb):
            return True
        return wa[-1] == wb[-1] and wa[0][:1] == wb[0][:1] and fuzz.ratio(ka, kb) >= _PERSON_RATIO
    return fuzz.token_sort_ratio(ka, kb) >= _OTHER_RATIO


class Registry:
    """Canonical entities of a whole build (see the module docstring)."""

    def __init__(self) -> None:
        self._entities: dict[str, Entity] = {}
        self._by_key: dict[tuple[str, str], str] = {}
        self._by_surname: dict[str, list[str]] = {}

    def __len__(self) -> int:
        return len(self._entities)

    def __iter__(self):
        return iter(self._entities.values())

    def get(self, ident: str) -> Entity | None:
        return self._entities.get(ident)

    def _candidates(self, entity: Entity) -> Iterable[Entity]:
        if entity.id in self._entities:
            yield self._entities[entity.id]
        hit = self._by_key.get((entity.type, _key(entity.label)))
        if hit:
            yield self._entities[hit]
        if entity.type == "Person":
            words = _key(entity.label).split()
            for ident in self._by_surname.get(words[-1] if words else "", ()):
                yield self._entities[ident]
        elif entity.type not in ("Country", "Topic"):
            yield from (e for e in self._entities.values() if e.type == entity.type)

    def add(self, entity: Entity) -> Entity:
        """Register ``entity``; returns the canonical entity (aliases merged in).

        The canonical entity keeps the id it was first registered with, so IRIs
        stay stable as articles are added.
        """
        for known in self._candidates(entity):
            if _same(known, entity):
                known.aliases |= entity.aliases | {entity.label}
                return known
        canonical = Entity(entity.id, entity.label, entity.type, set(entity.aliases))
        self._entities[canonical.id] = canonical
        self._by_key[(canonical.type, _key(canonical.label))] = canonical.id
        if canonical.type == "Person":
            words = _key(canonical.label).split()
            if words:
                self._by_surname.setdefault(words[-1], []).append(canonical.id)
        return canonical

    def canonical_ids(self, entities: Iterable[Entity]) -> dict[str, str]:
        """Register an article's entities; map each local id to its canonical id."""
        return {e.id: self.add(e).id for e in entities}

    def apply(self, extraction: Extraction) -> Extraction:
        """Rewrite an article's entities and facts to the canonical ids and labels.

        Call it in the one process that collects extractions (the writer), in
        article order, so that the first spelling seen keeps the IRI.
        """
        canonical: dict[str, Entity] = {}
        entities = []
        for entity in extraction.entities:
            known = self.add(entity)
            canonical[entity.id] = known
            entities.append(Entity(known.id, known.label, known.type,
                                   set(entity.aliases) | {entity.label}, list(entity.mentions)))
        facts = []
        for fact in extraction.facts:
            fact = Fact.from_dict(fact.to_dict())
            for role in ("subject", "object"):
                known = canonical.get(getattr(fact, f"{role}_id"))
                if known is not None and known.type == getattr(fact, f"{role}_type"):
                    setattr(fact, f"{role}_id", known.id)
                    setattr(fact, role, known.label)
            for role in ("place", "attributed_to"):
                known = canonical.get(getattr(fact, f"{role}_id") or "")
                if known is not None:
                    setattr(fact, f"{role}_id", known.id)
                    setattr(fact, role, known.label)
            facts.append(fact)
        return Extraction(article=extraction.article, entities=entities, facts=facts)


def merge_entities(entities_a: Iterable[Entity], entities_b: Iterable[Entity]
                   ) -> tuple[list[Entity], dict[str, str]]:
    """Merge two entity lists; returns (merged entities, id of b -> merged id)."""
    registry = Registry()
    for entity in entities_a:
        registry.add(entity)
    mapping = registry.canonical_ids(entities_b)
    return list(registry), mapping
