"""Regional descriptions of one state and titles with an "of" country.

- "the South American country", "the Central Asian nation", "the Balkan state", "the
  island nation", "the Asian giant": the region's words (``kg/data/country_groups.csv``,
  one or more words, hyphens ignored: "South-East Asian") limit which state named before
  the description it stands for (:func:`region_members`).
- "the President of Russia", "the Prime Minister of Japan": the country of a title may
  follow it after "of" (:func:`of_country`).
"""
from __future__ import annotations

import csv
import functools
from importlib import resources

from spacy.tokens import Token

from kg.resolve.gazetteer import load_gazetteer
from kg.resolve.mentions import Mentions
from kg.types import Entity

__all__ = ["REGION_HEADS", "is_region", "of_country", "region_members"]

#: Singular nouns that describe a state only with a region's words ("the Asian giant",
#: "the Gulf power"); "the tech giant", "the regional power" name no state.
REGION_HEADS = frozenset({"giant", "power", "powerhouse", "heavyweight", "archipelago"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod", "advmod"})


def _key(words: list[str]) -> str:
    return "".join(w for w in words if w != "-").replace(" ", "")


@functools.lru_cache(maxsize=1)
def _regions() -> dict[str, frozenset[str]]:
    """Region words without spaces or hyphens ("southamerican") -> iso3 codes."""
    text = resources.files("kg.data").joinpath("country_groups.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if line and not line.startswith("#"))
    return {_key([r["adjective"].strip().lower()]): frozenset(r["members"].split("|"))
            for r in rows if r["adjective"]}


def is_region(words: str) -> bool:
    """Whether ``words`` ("South American") name a region the table knows."""
    return _key([words.lower()]) in _regions()


def region_members(token: Token) -> frozenset[str] | None:
    """The states of the region the modifiers before ``token`` name, the longest run of
    words the table knows ("the impoverished South American country": South American;
    "the oil-rich Gulf state": Gulf); None when they name no region."""
    lefts = [c for c in token.lefts if c.dep_ in _MODIFIER_DEPS]
    if not lefts:
        return None
    start = min(t.i for c in lefts for t in c.subtree)
    words = [t.lower_ for t in token.doc[start:token.i]]
    regions = _regions()
    for size in range(min(len(words), 4), 0, -1):
        for i in range(len(words) - size + 1):
            found = regions.get(_key(words[i:i + size]))
            if found is not None:
                return found
    return None


def of_country(token: Token, mentions: Mentions) -> str | None:
    """"the President of Russia": the iso3 code of the country named after "of"; None
    when a name follows ("the High Commissioner of Canada, Mr. X,": the name says who)."""
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                ent = mentions.entity_at(obj) if obj.dep_ == "pobj" else None
                if ent is not None and ent.type == "Country" and not _name_follows(token, mentions):
                    return ent.id
    return None


def _name_follows(token: Token, mentions: Mentions) -> bool:
    """Whether a person is named within the few words after the phrase ``token`` heads."""
    end = token.right_edge.i + 1
    for tok in token.doc[end:end + 4]:
        ent = mentions.entity_at(tok)
        if ent is not None and ent.type == "Person" or tok.ent_type_ == "PERSON":
            return True
    return False


#: "the North" and "the South" in an article on the Koreas
_KOREAS = {"north": "PRK", "south": "KOR"}


def korea(token: Token, mentions: Mentions) -> list[Entity]:
    """"the North would face ...", "the South": the Koreas, once either is named; "both
    Koreas", "the two Koreas": the two of them."""
    if token.lower_ == "koreas":
        return [mentions.entities.get(c) or mentions.entity(c, load_gazetteer().countries[c].label, "Country")
                for c in ("PRK", "KOR")]
    iso3 = _KOREAS.get(token.lower_)
    if iso3 is None or not token.is_title or token.i == 0 or token.doc[token.i - 1].lower_ != "the" \
            or not ("PRK" in mentions.entities or "KOR" in mentions.entities):
        return []
    return [mentions.entities.get(iso3) or mentions.entity(iso3, load_gazetteer().countries[iso3].label, "Country")]
