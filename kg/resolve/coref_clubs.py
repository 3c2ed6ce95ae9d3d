"""Clubs and blocs of states named by a plural description (P7).

- "the three European countries, known as the E3", "the European statement", "the four
  countries": a description that resolves to exactly the members of a club of states the
  article names by then (``kg/data/country_groups.csv``, or a one-word name such as "E3"
  that nothing else resolved) is the club; a list of the members keeps one fact per member;
- "the Nordic countries", "the Western powers" (a definite regional plural with no number)
  is the bloc, a Group labelled as :mod:`kg.resolve.groups` labels the indefinite form,
  unless the countries the article listed before are all of the region it names;
- "the four countries": exactly the last four listed together, never a guess.

Annotators keep the club or bloc for such descriptions (and one fact per member where the
text lists the members).
"""
from __future__ import annotations

import csv
import functools
from importlib import resources

from spacy.tokens import Doc, Token

from kg.resolve.coref_base import _clause_agents
from kg.resolve.coref_plurals import _listed_countries, _regions
from kg.resolve.gazetteer import slug
from kg.resolve.groups import STATE_PLURALS
from kg.resolve.mentions import Mentions
from kg.types import Entity

__all__ = ["register_clubs", "as_club", "region_group", "plural_of_states"]

#: Numbers above three of a plural of states ("the four countries"), which only a list names.
_LARGE_COUNTS = {"four": 4, "4": 4, "five": 5, "5": 5, "six": 6, "6": 6}


@functools.lru_cache(maxsize=1)
def _clubs() -> list[tuple[str, tuple[str, ...], frozenset[str]]]:
    """Clubs of states: (label, names, iso3 members), from ``kg/data/country_groups.csv``."""
    text = resources.files("kg.data").joinpath("country_groups.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if line and not line.startswith("#"))
    return [(r["club"].strip(), tuple(n.strip() for n in r["names"].split("|") if n.strip()),
             frozenset(r["members"].split("|"))) for r in rows if (r.get("club") or "").strip()]


def register_clubs(doc: Doc, mentions: Mentions) -> None:
    """"The E3 said ...": a one-word name of a club of states (``_clubs``) that nothing
    resolved is that club, an Organization; the gazetteer's clubs ("the Quad") keep theirs."""
    wanted = {name: label for label, names, _ in _clubs() for name in names if " " not in name}
    for i in mentions.positions(frozenset(wanted), lower=False):
        if i in mentions._by_token or doc[i].pos_ not in ("PROPN", "NOUN"):
            continue
        label = wanted[doc[i].text]
        known = next((e for e in mentions.entities.values() if e.label == label), None)
        entity = known or mentions.entity(slug(label), label, "Organization")
        mentions.add(doc[i:i + 1], entity)


def as_club(found: list[Entity], mentions: Mentions, token: Token) -> list[Entity]:
    """"the three European countries", "the European statement" resolved to exactly the
    members of a club the article names by the end of ``token``'s sentence ("known as the
    E3") is that club: annotators keep the club for a description, and one fact per member
    where the members are listed or the club is named only later ("The three countries
    ... formed their own alliance, the X")."""
    if len(found) < 3 or any(e.type != "Country" for e in found):
        return found
    end = token.sent.end_char
    ids = frozenset(e.id for e in found)
    for label, names, members in _clubs():
        if members != ids:
            continue
        wanted = {label, *names}
        club = next((e for e in mentions.entities.values() if e.type in ("Organization", "Group")
                     and (e.label in wanted or e.aliases & wanted)
                     and any(start < end for start, _ in e.mentions)), None)
        if club is not None:
            return [club]
    return found


def region_group(token: Token, region: Token, mentions: Mentions) -> list[Entity]:
    """"the Nordic countries", "the Western powers" (a definite plural of states with a
    regional adjective and no number) is the bloc itself, a Group labelled as the group nouns
    of :mod:`kg.resolve.groups` are ("Nordic countries"): annotators keep the bloc, not the
    countries the article listed before (which may be all of it or a few of it)."""
    label = f"{region.text[:1].upper()}{region.text[1:].lower()} {token.lower_}"
    return [mentions.entity(slug(label), label, "Group")]


def plural_of_states(doc: Doc, token: Token, mentions: Mentions) -> list[Entity] | None:
    """"the four countries" (the last four listed together, or nobody) and "the Nordic
    countries" (the bloc, see the module docstring); None for other plurals of states."""
    big = next((_LARGE_COUNTS[c.lower_] for c in token.children
                if c.dep_ == "nummod" and c.lower_ in _LARGE_COUNTS), 0)
    if big:  # the club they make up is found by the caller (:func:`as_club`)
        return _listed_countries(doc, token, mentions, big, None, _clause_agents(token, mentions))
    region = next((c for c in token.lefts if c.dep_ in ("amod", "compound")
                   and c.lower_ in _regions()), None)
    if region is None or token.tag_ not in ("NNS", "NNPS") or token.lower_ not in STATE_PLURALS \
            or not region.text[:1].isupper() or any(c.dep_ == "nummod" for c in token.children):
        return None
    found = as_club(_listed_countries(doc, token, mentions, 0, region.lower_), mentions, token)
    if len(found) == 1 or found and not _more_of_region(found, region.lower_, token, mentions):
        return found  # a club, or the countries listed before ("France and Germany ... the
        # Western powers")
    return region_group(token, region, mentions)


def _more_of_region(found: list[Entity], region: str, token: Token, mentions: Mentions) -> bool:
    """Whether the article named, before ``token``, a country of ``region`` that is not in
    ``found``: "Norway hosted Denmark, Finland and Sweden ... the Nordic countries" is the
    bloc, not the three guests."""
    members, listed = _regions()[region], {e.id for e in found}
    return any(not m.by_coref and m.span.start < token.i and e.type == "Country"
               and e.id in members and e.id not in listed
               for m in mentions.mention_list for e in m.entities)
