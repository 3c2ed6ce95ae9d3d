"""Ends of a relation: from a token of the parse to the canonical entity it names.

The resolve stage maps name, demonym and coreference mentions to entities
(:class:`kg.resolve.Mentions`). On top of that this module adds the few
reference mechanisms that only make sense inside one relation:

- proxy nouns: "Azerbaijan's Defense Ministry", "Indian troops", "the report by the
  Pentagon" stand for the actor that modifies them (``proxy_nouns`` cue list);
- appositions: "Iran's foreign minister, Mohammad Javad Zarif";
- plural references: "they", "their forces", "the two countries" inside a sentence
  (or the next one) whose subject is a coordination of actors;
- relative pronouns: "Belarus, which retaliated" -> Belarus;
- first person inside reported speech: "we" -> the speaker's country or organisation
  (from leaderOf/memberOf facts of the resolve stage), "I" -> the speaker.
"""
from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Token

from kg.extract.lexicon import Lexicon
from kg.types import ACTOR_TYPES, Entity

__all__ = ["End", "EndFinder", "ACTOR_OR_PLACE"]

ACTOR_OR_PLACE = ACTOR_TYPES | {"Location"}
_MOD_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
_NOUNS = frozenset({"NOUN", "PROPN"})


class End(NamedTuple):
    """A resolved end of a candidate fact."""

    entity: Entity
    token: Token
    coref: bool   # came from a pronoun / description / plural reference (lower confidence)
    via: str      # how it was found, for ``kg explain``


class EndFinder:
    """Resolves tokens to actor ends within one article (keeps sentence-local state)."""

    def __init__(self, mentions, lexicon: Lexicon):
        self.m = mentions
        self.lex = lexicon
        self._proxy = lexicon.cue("proxy_nouns")
        self._plural = lexicon.cue("plural_pronouns")
        self._we = lexicon.cue("first_person_plural")
        self._i = lexicon.cue("first_person_singular")
        self._relpron = lexicon.cue("relative_pronouns")
        self._roles = lexicon.cue("person_role_nouns")
        self.group: list[End] = []       # coordinated actor subject of this sentence
        self.prev_group: list[End] = []  # ... of the previous sentence
        self.speaker: End | None = None  # speaker of reported speech in this sentence
        self._affiliation: dict[str, Entity] | None = None
        self.notes: list[str] = []       # why a token did not resolve (for explain)
        self.any_noun = False            # attitude relations: any noun stands for its owner

    # -- sentence state -------------------------------------------------------
    def start_sentence(self, sent) -> None:
        self.prev_group = self.group  # plural references reach back one sentence only
        self.group = []
        self.speaker = None
        for tok in sent:
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.conjuncts:
                ends = [e for t in (tok, *tok.conjuncts) for e in self._single(t, ACTOR_TYPES, 0)]
                if len({e.entity.id for e in ends}) >= 2:
                    self.group = ends
                    break

    def affiliation(self, person: Entity) -> Entity | None:
        """Country or organisation a person leads or belongs to (from static facts)."""
        if self._affiliation is None:
            self._affiliation = {}
            for fact in getattr(self.m, "static_facts", ()) or ():
                if fact.predicate in ("leaderOf", "memberOf") and fact.object_type in ("Country", "Organization"):
                    ent = self.m.entities.get(fact.object_id) or Entity(fact.object_id, fact.object, fact.object_type)
                    # leaderOf a country beats memberOf anything
                    if fact.subject_id not in self._affiliation or fact.predicate == "leaderOf":
                        self._affiliation[fact.subject_id] = ent
        return self._affiliation.get(person.id)

    # -- resolution -----------------------------------------------------------
    def actors(self, token: Token, allowed=ACTOR_TYPES, *, conj: bool = True) -> list[End]:
        """Entities named by ``token`` and (when ``conj``) its coordinated siblings."""
        tokens = (token, *token.conjuncts) if conj else (token,)
        out: list[End] = []
        seen = set()
        for tok in tokens:
            for end in self._single(tok, allowed, 0):
                if end.entity.id not in seen:
                    seen.add(end.entity.id)
                    out.append(end)
        return out

    def _single(self, tok: Token, allowed, depth: int) -> list[End]:
        lower = tok.lower_
        if lower in self._relpron and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "relcl":
            antecedent = tok.head.head
            # "the court in The Hague, which sided with ...": the clause is about the court
            owner = antecedent.head.head if antecedent.dep_ == "pobj" and antecedent.head.lower_ in ("in", "at") else None
            ent = self.m.entity_at(antecedent)
            if owner is not None and ent is not None and ent.type in ("Location", "Country") and owner.pos_ in _NOUNS:
                hit = self._single(owner, allowed, depth + 1) if depth < 3 else []
                if hit:
                    return hit
            return self._single(antecedent, allowed, depth + 1) if depth < 3 else []
        ent = self.m.entity_at(tok)
        if ent is not None:
            if ent.type == "Organization" and depth < 2:
                # "Azerbaijan's Defense Ministry", "the Chinese military": a unit stands for its country
                span = self.m.span_at(tok)
                if span is not None and span.root.lemma_.lower() in self._proxy and span.root.lemma_.lower() not in self._roles:
                    for inner in span:
                        inner_ent = self.m.entity_at(inner)
                        if inner_ent is not None and inner_ent.id != ent.id and inner_ent.type == "Country":
                            return [End(inner_ent, tok, False, f"unit '{span.text}'")]
                    for child in span.root.children:
                        if child.dep_ == "poss" and child.i < span.start:
                            hit = self._single(child, ACTOR_TYPES, depth + 1)
                            if hit and hit[0].entity.type == "Country":
                                return [hit[0]._replace(via=f"unit '{span.text}'")]
            if ent.type in allowed:
                return [End(ent, tok, self.m.is_resolved_by_coref(tok), "mention")]
            if ent.type not in ("Topic",) and tok.pos_ == "PROPN":
                self.notes.append(f"{tok.text!r} is a {ent.type}, not an actor here")
                return []
        if tok.pos_ == "PRON" or tok.tag_ in ("PRP", "PRP$"):
            if lower in self._plural:
                return [e._replace(coref=True, via="plural") for e in (self.group or self.prev_group)
                        if e.entity.type in allowed]
            if self.speaker is not None and lower in self._we:
                aff = self.affiliation(self.speaker.entity) if self.speaker.entity.type == "Person" else self.speaker.entity
                if aff is not None and aff.type in allowed:
                    return [End(aff, tok, True, "first person")]
            if self.speaker is not None and lower in self._i and self.speaker.entity.type in allowed:
                return [End(self.speaker.entity, tok, True, "first person")]
            self.notes.append(f"pronoun {tok.text!r} is not resolved")
            return []
        if tok.pos_ not in _NOUNS or depth > 2:
            return []
        lemma = tok.lemma_.lower()
        if self.any_noun or lemma in self._proxy or tok.pos_ == "PROPN":
            # "the two countries", "both sides": the sentence's coordinated subject
            if any(c.lower_ in ("two", "both", "three") for c in tok.children if c.dep_ in ("nummod", "det", "predet", "amod")):
                # "the two leaders" are people, "the two countries" are not
                want_person = lemma in self._roles
                return [e._replace(coref=True, via="plural") for e in (self.group or self.prev_group)
                        if e.entity.type in allowed and (e.entity.type == "Person") == want_person]
            if lemma in self._roles and tok.tag_ != "NNS":
                # "a Cuban foreign minister" is a person, not Cuba; "Indian officials" speak for India
                return self._appos(tok, allowed, depth)
            hit = self._appos(tok, allowed, depth)
            if hit:
                return hit
            for child in tok.children:
                if child.dep_ in _MOD_DEPS or (child.dep_ == "prep" and child.lower_ in ("of", "by")):
                    target = child
                    if child.dep_ == "prep":
                        target = next((g for g in child.children if g.dep_ == "pobj"), None)
                        if target is None:
                            continue
                    hit = self._single(target, allowed, depth + 1)
                    if hit:
                        return [e._replace(via=f"proxy '{tok.text}'") for e in hit]
        return []

    def _appos(self, tok: Token, allowed, depth: int) -> list[End]:
        for child in tok.children:
            if child.dep_ == "appos":
                hit = self._single(child, allowed, depth + 1)
                if hit:
                    return hit
        return []

    def owners(self, token: Token, allowed=ACTOR_TYPES) -> list[End]:
        """Actors for the target of an attitude ("condemned North Korea's test-firing")."""
        self.any_noun = True
        try:
            return self.actors(token, allowed)
        finally:
            self.any_noun = False
