"""Protests held at a country's mission: "activists rallied outside the Chinese embassy",
"weekly rallies in front of the Japanese Embassy", "a protest at the US consulate" (the
protesters protest against the country whose embassy it is).

The protest words are the lexicon's protestsAgainst verbs and nouns that take "against"
("rally", "demonstrate", "march", "protest", "demonstration"); the place is an embassy or
consulate named with its country ("the Chinese embassy", "Japan's embassy").
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import syntax
from kg.extract.ends import End, EndFinder
from kg.extract.frames._common import NOUN_POS as _NOUN_POS, VERB_POS as _VERB_POS, emit as _emit
from kg.extract.lexicon import Lexicon
from kg.extract.rules import Trace, actor_subjects

__all__ = ["FRAMES"]

_MISSIONS = ("embassy", "consulate", "mission", "commission")
#: where a protest stands relative to the building ("in front of": "front" is the prep's object)
_AT = frozenset({"outside", "at", "near", "before", "opposite", "in", "to", "towards", "toward", "on"})
#: gatherings that are protests by their nature at a mission (besides the lexicon's protest words)
_GATHERINGS = frozenset({"gather", "picket", "rally", "vigil", "sit-in", "protester", "demonstrator",
                         "demonstrate", "demonstration", "march", "protest", "chant"})


def _protest_at_mission(word: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"rallied outside the Chinese embassy", "rallies in front of the Japanese Embassy"."""
    if word.dep_ != "pobj" or word.lower_ == "commission" and word.doc[word.i - 1].lower_ != "high":
        return []  # (a commission only as a high commission: "the South African High Commission")
    prep = word.head
    if prep.lower_ == "of" and prep.head.lower_ == "front" and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "in front of"
    elif prep.lower_ not in _AT or prep.lower_ == "in" and word.i - prep.i > 4:
        return []  # ("in the capital's embassy district" is no protest at the embassy)
    owners = [e for c in word.children if c.dep_ in ("amod", "compound", "poss", "nmod")
              for e in ends.actors(c) if e.entity.type == "Country"]
    mission = ends.m.entity_at(word)
    country = ends.m.country_of(mission) if not owners and mission is not None and hasattr(ends.m, "country_of") else None
    if country is not None and country.type == "Country":
        owners = [End(country, word, False, f"country of '{mission.label}'")]  # "the Indian High Commission"
    if not owners:
        return []
    head = prep.head
    if head.pos_ in _NOUN_POS and head.lemma_.lower() in _GATHERINGS:
        verb = syntax.governing_verb(head, frozenset()) if head.dep_ in ("dobj", "pobj") else head.head
        agents = actor_subjects(verb, ends) if verb is not None and verb.pos_ in _VERB_POS else []
    elif head.pos_ in _VERB_POS and (head.lemma_.lower() in _GATHERINGS or any(
            c.dep_ == "dobj" and c.lemma_.lower() in _GATHERINGS for c in head.children)):
        # "rallied outside ...", "keep up their rallies in front of ..."
        agents = actor_subjects(head, ends)
        if not agents and head.dep_ == "acl" and head.head.pos_ in _NOUN_POS:
            # "Hundreds of youths protested outside ...": a gathering is never passive, so the
            # noun the parser hung it on is who gathered (a count: whom it counts)
            agents = ends.actors(head.head) or [e for _, p in syntax.prep_objects(head.head, frozenset({"of"}))
                                                 for e in ends.actors(p)]
    else:
        return []
    agents = [a for a in agents if a.entity.type in ("Group", "Organization", "Person")]
    return _emit("frame-protest-at-mission", word, "protestsAgainst", "141", agents, owners, head, 0.7, trace)


FRAMES = [((), _MISSIONS, _NOUN_POS, _protest_at_mission)]
