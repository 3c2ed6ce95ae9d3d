"""Large graphs of kg's real shape without running the NLP for every article.

The example articles are extracted once with the real pipeline; each copy then
gets a new article id, shifted dates and renamed people (countries stay: they are
a closed set), and goes through the real :func:`kg.rdf.extraction_to_graph`. This
is how the query and load benchmarks reach a million triples in seconds.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path

from kg.types import Entity, Extraction

__all__ = ["base_extractions", "clones"]

REPO = Path(__file__).resolve().parent.parent

_FIRST = ("Anna", "Boris", "Carla", "Dmitri", "Elif", "Farid", "Greta", "Hiro", "Ines", "Jonas",
          "Kamala", "Luis", "Mira", "Nikolai", "Olga", "Pavel", "Rania", "Sven", "Tariq", "Viktor")
_LAST = ("Halvorsen", "Marchetti", "Okafor", "Lindqvist", "Duarte", "Kovacs", "Nakamura",
         "Brennan", "Haddad", "Petrescu", "Solberg", "Varga", "Moreau", "Castell", "Ibsen",
         "Janssen", "Karimov", "Lozano", "Mbeki", "Novak", "Oyelaran", "Pereira", "Rahimi", "Sato",
         "Tamm", "Vidal", "Wojcik", "Yilmaz", "Zeller", "Abara", "Berglund", "Costa", "Dragan",
         "Eriksen", "Fonseca", "Grieg", "Horvat", "Ivanova", "Jukic", "Kallas")


def base_extractions(examples: Path = REPO / "examples") -> list[Extraction]:
    """The examples, extracted once by the real pipeline."""
    from kg.pipeline import extract

    return list(extract([examples]))


def _shift(date: str | None, days: int) -> str | None:
    if not date:
        return date
    try:
        return (dt.date.fromisoformat(date[:10]) + dt.timedelta(days=days)).isoformat()
    except ValueError:
        return date


def clone(extraction: Extraction, number: int, rng: random.Random) -> Extraction:
    """A copy of ``extraction`` as if it came from another article."""
    from kg.resolve import slug

    rename: dict[str, tuple[str, str]] = {}
    entities = []
    for entity in extraction.entities:
        if entity.type == "Person":
            label = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
            rename[entity.id] = (slug(label), label)
            entities.append(Entity(slug(label), label, "Person", {label.split()[-1]},
                                   list(entity.mentions)))
        else:
            entities.append(entity)
    days = number % 3650
    article = dataclasses.replace(extraction.article, id=f"{extraction.article.id}-{number:07d}",
                                  date=_shift(extraction.article.date, days))

    def who(entity_id, label):
        return rename.get(entity_id, (entity_id, label))

    facts = []
    for fact in extraction.facts:
        subject_id, subject = who(fact.subject_id, fact.subject)
        object_id, obj = who(fact.object_id, fact.object)
        attributed_id, attributed = who(fact.attributed_to_id, fact.attributed_to)
        facts.append(dataclasses.replace(
            fact, article=article.id, subject_id=subject_id, subject=subject,
            object_id=object_id, object=obj, attributed_to_id=attributed_id,
            attributed_to=attributed, date=_shift(fact.date, days)))
    return Extraction(article, entities, facts)


def clones(bases: list[Extraction], n: int, seed: int = 11) -> Iterator[Extraction]:
    """``n`` varied copies of ``bases`` (round robin)."""
    rng = random.Random(seed)
    for number in range(n):
        yield clone(bases[number % len(bases)], number, rng)

