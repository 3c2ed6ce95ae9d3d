"""Shared pieces of the end finder: the End tuple, word-class constants, helpers."""
from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Token

from kg.types import ACTOR_TYPES, Entity

__all__ = ["End", "ACTOR_OR_PLACE"]

ACTOR_OR_PLACE = ACTOR_TYPES | {"Location"}
_MOD_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
_NOUNS = frozenset({"NOUN", "PROPN"})
_COUNTRYISH = frozenset({"country", "nation", "state", "government", "power", "capital"})
_SINGULAR_PRON = frozenset({"it", "he", "she"})
_POSSESSIVE = frozenset({"its", "his", "her"})
_OWNER_PREPS = frozenset({"of", "by", "from", "on", "against", "to", "for"})


def _without_title_countries(ends: list[End]) -> list[End]:
    """"Malaysian Trade Minister X" is one actor, not Malaysia and X."""
    from kg.extract.rules import _inside  # a helper of the rules module; imported late (cycle)

    people = [e for e in ends if e.entity.type == "Person"]
    return [e for e in ends if e.entity.type == "Person"
            or not any(e.token.i != p.token.i and (_inside(e.token, p.token) or _title_run(e.token, p.token))
                       for p in people)]


def _title_run(country: Token, person: Token) -> bool:
    """"Chilean Mining and Energy Minister X" misparsed as a coordination: the
    country starts a run of capitalised title words that ends in the person's name."""
    from kg.resolve.gazetteer import load_gazetteer

    if not country.i < person.i <= country.i + 10:
        return False
    between = country.doc[country.i + 1:person.i]
    words = {t.split()[-1] for t in load_gazetteer().titles}
    return all(t.pos_ == "PROPN" or t.lower_ == "and" for t in between) and \
        any(t.lower_ in words for t in between)


class End(NamedTuple):
    """A resolved end of a candidate fact."""

    entity: Entity
    token: Token
    coref: bool   # came from a pronoun / description / plural reference (lower confidence)
    via: str      # how it was found, for ``kg explain``
