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
        self._collective = lexicon.cue("collective_nouns")
        self._artefacts = lexicon.cue("artefact_nouns")
        self._owner_of: dict[str, End] = {}  # "the report" -> owner of the last "Pentagon's report"
        self._alias: dict[str, Entity] | None = None
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
        if conj:
            # the small model often parses "A and B C" as A nmod-of C: A with a "cc" child is a conjunct
            extra = [c for t in tokens for c in t.children
                     if c.dep_ in ("nmod", "compound") and any(g.dep_ == "cc" for g in c.children)]
            tokens = (*tokens, *extra)
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
            hit = self._single(antecedent, allowed, depth + 1) if depth < 3 else []
            if not hit and tok.i > 0:
                # the clause often hangs off the wrong noun: "protesters in Belarus, which ..."
                prev = tok.doc[tok.i - 1]
                prev = tok.doc[tok.i - 2] if prev.is_punct and tok.i > 1 else prev
                if prev.i != antecedent.i and self.m.entity_at(prev) is not None:
                    hit = self._single(prev, allowed, depth + 1)
            return hit
        if lower in self._plural and (self.group or self.prev_group):
            # "their forces": the coordinated actors of this sentence, not one of them
            group = self.group or self.prev_group
            ent = self.m.entity_at(tok)
            if ent is None or any(e.entity.id == ent.id for e in group):
                return [e._replace(token=tok, coref=True, via="plural") for e in group if e.entity.type in allowed]
        ent = self.m.entity_at(tok)
        if ent is not None and tok.dep_ == "compound" and tok.head.i < len(tok.doc):
            # "Japan-US Alliance" is one mention; its parts still name actors seen elsewhere
            span = self.m.span_at(tok)
            if span is not None and span.root.i != tok.i:
                part = self.alias(tok.text)
                if part is not None and part.id != ent.id:
                    ent = part if part.type in allowed else ent
        if ent is None and "-" in tok.text and tok.pos_ == "PROPN":
            # "U.S.-China relations": one token, two actors
            parts = [self.alias(x) for x in tok.text.split("-")]
            return [End(p, tok, False, "hyphen part") for p in parts if p is not None and p.type in allowed]
        if ent is not None:
            if ent.type == "Organization" and depth < 2:
                # "Azerbaijan's Defense Ministry", "the Chinese military": a unit stands for its country
                span = self.m.span_at(tok)
                if span is not None and span.root.lemma_.lower() in self._proxy and span.root.lemma_.lower() not in self._roles:
                    for inner in span:
                        inner_ent = self.m.entity_at(inner)
                        if inner_ent is not None and inner_ent.id != ent.id and inner_ent.type in ("Country", "Location"):
                            return [End(inner_ent, tok, False, f"unit '{span.text}'")]
                    for child in span.root.children:
                        if child.dep_ == "poss" and child.i < span.start:
                            hit = self._single(child, ACTOR_TYPES, depth + 1)
                            if hit and hit[0].entity.type in ("Country", "Location"):
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
            plural_ref = any(c.lower_ in ("two", "both", "three") for c in tok.children
                             if c.dep_ in ("nummod", "det", "predet", "amod"))
            if not plural_ref and tok.tag_ == "NNS" and lemma in self._collective:
                # "the neighbouring countries", "their leaders": no other owner named
                plural_ref = any(c.lower_ in ("the", "their") for c in tok.children if c.dep_ in ("det", "poss")) and \
                    not any(self.m.entity_at(c) is not None for c in tok.children)
            if plural_ref:
                group = self.group or self.prev_group
                # "the two leaders" are people, "the two countries" are not; "the two sides" either
                if lemma in self._roles:
                    group = [e for e in group if e.entity.type == "Person"]
                elif lemma in self._collective:
                    group = [e for e in group if e.entity.type != "Person"]
                if len(group) >= 2:
                    return [e._replace(coref=True, via="plural") for e in group if e.entity.type in allowed]
            if lemma in self._roles and tok.tag_ != "NNS":
                # "a Cuban foreign minister" is a person, not Cuba; "Indian officials" speak for India
                return self._appos(tok, allowed, depth)
            hit = self._appos(tok, allowed, depth)
            if hit:
                return hit
            bare = not any(c.dep_ in _MOD_DEPS or c.dep_ == "prep" for c in tok.children)
            if bare and self.speaker is not None and lemma in ("government", "administration", "country", "nation") \
                    and tok.tag_ == "NN":
                # "The government has lodged a protest" in a quote: the speaker's government
                aff = self.affiliation(self.speaker.entity) if self.speaker.entity.type == "Person" else self.speaker.entity
                if aff is not None and aff.type in allowed:
                    return [End(aff, tok, True, "speaker's government")]
            if bare and lemma in self._artefacts and lemma in self._owner_of:
                owner = self._owner_of[lemma]
                if owner.entity.type in allowed:
                    return [owner._replace(token=tok, coref=True, via=f"earlier '{lemma}'")]
            for child in tok.children:
                if child.dep_ in _MOD_DEPS or (child.dep_ == "prep" and child.lower_ in ("of", "by")):
                    target = child
                    if child.dep_ == "prep":
                        target = next((g for g in child.children if g.dep_ == "pobj"), None)
                        if target is None:
                            continue
                    hit = self._single(target, allowed, depth + 1)
                    if hit:
                        if lemma in self._artefacts:
                            self._owner_of[lemma] = hit[0]
                        return [e._replace(via=f"proxy '{tok.text}'") for e in hit]
        return []

    def alias(self, text: str) -> Entity | None:
        """An article entity known under exactly this surface form (case-insensitive)."""
        if self._alias is None:
            self._alias = {}
            for ent in self.m.entities.values():
                if ent.type != "Topic":
                    for name in (ent.label, *ent.aliases):
                        self._alias.setdefault(name.lower(), ent)
        return self._alias.get(text.lower())

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
