"""Hand-off types between the stages: ingest -> nlp -> resolve -> extract -> rdf.

Every stage takes one of these and returns the next; nothing else crosses a stage
boundary. They are plain dataclasses so that they pickle (process pools, Dask) and
serialise to JSON (the fact export) without ceremony.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = [
    "Article", "Entity", "Fact", "Extraction",
    "ENTITY_TYPES", "ACTOR_TYPES", "POLARITIES", "MODALITIES",
]

#: Entity classes of the ontology (local names of kg:Person etc.).
ENTITY_TYPES = ("Person", "Country", "Organization", "Group", "Location", "Topic")
#: Types that can be the agent of an event.
ACTOR_TYPES = frozenset({"Person", "Country", "Organization", "Group"})
POLARITIES = ("positive", "negative")
MODALITIES = ("asserted", "planned", "expected", "possible", "reported")

Polarity = Literal["positive", "negative"]
Modality = Literal["asserted", "planned", "expected", "possible", "reported"]


@dataclass(frozen=True, slots=True)
class Article:
    """One news article, as read by :mod:`kg.ingest`.

    ``origin`` says where it came from (``path`` or ``path:line``) for error messages.
    """

    id: str
    title: str
    text: str
    date: str | None = None  # ISO 8601 date (YYYY-MM-DD)
    source: str | None = None
    url: str | None = None
    origin: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(slots=True)
class Entity:
    """A canonical entity (actor, place or topic).

    ``id`` is stable across articles and runs: the ISO 3166 alpha-3 code for a
    country ("USA"), otherwise a slug of the canonical label ("Barack_Obama").
    Topics use the slug of the topic phrase ("cyberattacks"). The IRI is built
    from ``id`` and ``type`` by :func:`kg.rdf.entity_iri`.
    """

    id: str
    label: str
    type: str  # one of ENTITY_TYPES
    aliases: set[str] = field(default_factory=set)
    # (sentence start offset, mention start, mention end) of each mention in the article
    mentions: list[tuple[int, int]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "type": self.type,
                "aliases": sorted(self.aliases), "mentions": [list(m) for m in self.mentions]}


@dataclass(slots=True)
class Fact:
    """One extracted fact, per the fact contract in DESIGN.md.

    ``start``/``end`` are character offsets of the evidence sentence in the article
    text. ``subject``/``object`` are canonical labels; ``*_id`` are entity ids.
    ``trigger`` is the word that fired the rule and ``rule`` the rule's name, kept
    for ``kg explain`` and for provenance.
    """

    article: str
    sentence: str
    start: int
    end: int
    subject: str
    subject_id: str
    subject_type: str
    predicate: str
    object: str
    object_id: str
    object_type: str
    polarity: Polarity = "positive"
    modality: Modality = "asserted"
    attributed_to: str | None = None
    attributed_to_id: str | None = None
    event_type: str | None = None  # CAMEO code (root or full), e.g. "04", "0311"
    date: str | None = None
    place: str | None = None
    place_id: str | None = None
    confidence: float = 1.0
    trigger: str | None = None
    rule: str | None = None

    def key(self) -> tuple:
        """Identity of a fact within an article (used for de-duplication)."""
        return (self.article, self.start, self.subject_id, self.predicate,
                self.object_id, self.polarity)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Fact":
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(slots=True)
class Extraction:
    """What the extractor returns for one article: its entities and facts."""

    article: Article
    entities: list[Entity] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
