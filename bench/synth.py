"""Large graphs of kg's real shape without running the NLP for every article.

The example articles are extracted once with the real pipeline; each copy then
gets a new article id, shifted dates and renamed actors, and goes through the real
:func:`kg.rdf.extraction_to_graph`. This is how the query and load benchmarks reach
a million triples in seconds. Two ways of renaming:

* ``"repeat"`` (the default, and the only mode before 2026-11-26): people get a name
  from a pool of 800; countries, organisations and places stay, so each example
  story is told again and again between the same countries (6,000 articles hold
  3,000 Russia/Poland events). Queries about one country touch thousands of events.
* ``"diverse"``: every person, organisation, place and country is redrawn per copy
  with Zipf-like frequencies (rank r drawn with weight 1/r) from large pools —
  ~45,000 invented people, ~3,000 organisations, ~2,000 places, the 249 ISO
  countries with the ones that dominate world news first — as in real news, where a
  few actors are everywhere and most appear a handful of times. Topics and groups
  keep their words.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path

from kg.types import Entity, Extraction

__all__ = ["base_extractions", "clones", "clone", "MODES"]

#: Ways of renaming the copies (see the module docstring).
MODES = ("repeat", "diverse")

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
    return _renamed(extraction, number, entities, rename)


def _renamed(extraction: Extraction, number: int, entities: list[Entity],
             rename: dict[str, tuple[str, str]]) -> Extraction:
    """The copy number ``number`` of ``extraction``: new id, shifted dates, facts renamed."""
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
        place_id, place = who(fact.place_id, fact.place)
        facts.append(dataclasses.replace(
            fact, article=article.id, subject_id=subject_id, subject=subject,
            object_id=object_id, object=obj, attributed_to_id=attributed_id,
            attributed_to=attributed, place_id=place_id, place=place,
            date=_shift(fact.date, days)))
    return Extraction(article, entities, facts)


def clones(bases: list[Extraction], n: int, seed: int = 11,
           mode: str = "repeat") -> Iterator[Extraction]:
    """``n`` varied copies of ``bases`` (round robin), renamed as ``mode`` says."""
    if mode not in MODES:
        raise ValueError(f"unknown synth mode {mode!r}; use one of {', '.join(MODES)}")
    rng = random.Random(seed)
    pools = _DiversePools() if mode == "diverse" else None
    for number in range(n):
        base = bases[number % len(bases)]
        yield clone(base, number, rng) if pools is None else pools.clone(base, number, rng)


# ------------------------------------------------------------------ diverse mode

#: Countries that dominate international news, most frequent first (rank 1..n of the
#: Zipf draw); the other ISO 3166 countries follow in code order.
_NEWS_COUNTRIES = ("USA", "CHN", "RUS", "UKR", "ISR", "GBR", "FRA", "DEU", "IRN", "IND",
                   "JPN", "TUR", "KOR", "PRK", "PAK", "SAU", "SYR", "POL", "ITA", "BRA",
                   "CAN", "AUS", "EGY", "AFG", "IRQ", "MEX", "ESP", "TWN", "VEN", "QAT")
_SYLLABLES = ("ba", "de", "ki", "lo", "mu", "na", "re", "si", "to", "va", "zo", "ha", "ne", "ri",
              "ka", "mo", "li", "sa", "te", "vi", "do", "ga", "pe", "ru", "fe", "ja", "no", "xi",
              "lu", "ye")
_ORG_HEADS = ("Council", "Ministry", "Front", "Union", "Agency", "Alliance", "Party", "Bank",
              "Commission", "Movement", "Authority", "Institute")
_PLACE_TAILS = ("", "ovo", "abad", "burg", "stad", "grad", "pur", "polis", "mouth", "ville")


def _zipf_cumulative(n: int, exponent: float = 1.0) -> list[float]:
    total, out = 0.0, []
    for rank in range(1, n + 1):
        total += rank ** -exponent
        out.append(total)
    return out


class _DiversePools:
    """Name pools and their Zipf weights for the ``"diverse"`` mode."""

    def __init__(self):
        import pycountry

        words = [a.capitalize() + b for a in _SYLLABLES for b in _SYLLABLES]  # 900 stems
        self.people = [f"{first} {stem}{tail}" for stem in words for tail in ("v", "n")
                       for first in _FIRST[:15]]  # 27,000 ...
        self.people += [f"{first} {stem}" for stem in words for first in _FIRST]  # ... + 18,000
        self.orgs = [f"{stem} {head}" for head in _ORG_HEADS for stem in words[:250]]
        self.places = [stem + tail for tail in _PLACE_TAILS for stem in words[:200]]
        rest = sorted(c.alpha_3 for c in pycountry.countries if c.alpha_3 not in _NEWS_COUNTRIES)
        names = {c.alpha_3: getattr(c, "common_name", c.name) for c in pycountry.countries}
        self.countries = [(code, names[code]) for code in (*_NEWS_COUNTRIES, *rest)]
        order = random.Random(7)  # ranks must not follow the spelling of the names
        for pool in (self.people, self.orgs, self.places):
            order.shuffle(pool)
        self._cum = {kind: _zipf_cumulative(len(pool)) for kind, pool in
                     (("Person", self.people), ("Organization", self.orgs),
                      ("Location", self.places), ("Country", self.countries))}

    def _draw(self, kind: str, rng: random.Random, taken: set[str]) -> tuple[str, str]:
        from kg.resolve import slug

        pool = {"Person": self.people, "Organization": self.orgs, "Location": self.places,
                "Country": self.countries}[kind]
        for _ in range(50):  # two actors of one story must stay two actors
            [picked] = rng.choices(pool, cum_weights=self._cum[kind])
            entity_id, label = picked if kind == "Country" else (slug(picked), picked)
            if entity_id not in taken:
                return entity_id, label
        return entity_id, label

    def clone(self, extraction: Extraction, number: int, rng: random.Random) -> Extraction:
        """A copy of ``extraction`` with every person, organisation, place and country redrawn."""
        rename: dict[str, tuple[str, str]] = {}
        taken: set[str] = set()
        entities = []
        for entity in extraction.entities:
            if entity.type not in self._cum:
                entities.append(entity)  # topics and groups keep their words
                continue
            entity_id, label = self._draw(entity.type, rng, taken)
            taken.add(entity_id)
            rename[entity.id] = (entity_id, label)
            aliases = {label.split()[-1]} if entity.type == "Person" else set()
            entities.append(Entity(entity_id, label, entity.type, aliases, list(entity.mentions)))
        return _renamed(extraction, number, entities, rename)

