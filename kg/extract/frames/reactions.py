"""Reactions and complaints: reactions drawn from others, expelled envoys,
deadlines to leave, complaints lodged with a government.

Word lists are the ``frame_*`` entries of ``kg/data/extract_cues.json``.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import syntax
from kg.extract.ends import EndFinder
from kg.extract.frames._common import (NOUN_POS as _NOUN_POS, VERB_POS as _VERB_POS, children as _children,
                                       emit as _emit, named as _named,
                                       owners_of_subject as _owners_of_subject)
from kg.extract.lexicon import Lexicon
from kg.extract.rules import Trace, actor_subjects
from kg.types import ACTOR_TYPES

__all__ = ["FRAMES"]


def _drawn_reaction(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"..., drawing condemnation from X and Y", "the move drew criticism from X",
    "faced criticism from X", "came under criticism from X"."""
    gov = noun.head
    if noun.dep_ == "pobj" and gov.dep_ == "prep" and gov.lower_ in ("under", "with"):
        gov = gov.head  # "came under criticism", "was met with condemnation"
    elif noun.dep_ not in ("dobj", "nsubjpass"):
        return []
    if gov.pos_ not in _VERB_POS or gov.lemma_.lower() not in lex.cue("frame_drawing"):
        return []
    if gov.lemma_.lower() == "come" and noun.head.lower_ != "under":
        return []
    relation, cameo = lex.cue("frame_reactions")[noun.lemma_.lower()]
    # "drew criticism from X": the parser hangs "from" on the noun or on the verb
    froms = syntax.prep_objects(noun, frozenset({"from"})) or syntax.prep_objects(gov, frozenset({"from"}))
    critics = [e for _, p in froms for e in _named(ends.actors(p))]
    if not critics:
        return []
    if syntax.is_passive(gov) and gov.lemma_.lower() != "meet":
        return []  # "criticism was drawn from ..." is no frame
    targets = _owners_of_subject(gov, ends, relation)
    return _emit("frame-drawn", noun, relation, cameo, critics, targets, gov, 0.7, trace)


def _deadline(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"gave the ambassador 48 hours to leave" (protest), "gave the junta four weeks to free
    the detainees" (a demand)."""
    recipients = _children(verb, "dative", "dobj")
    units = [t for t in verb.children if t.lemma_.lower() in lex.cue("frame_deadline_units")] + \
        [t for r in recipients if r.lemma_.lower() in lex.cue("frame_deadline_units") for t in (r,)]
    acts = [c for c in verb.children if c.dep_ in ("advcl", "xcomp", "relcl") and c.pos_ == "VERB"
            and any(a.lower_ == "to" for a in c.children)]
    acts += [c for u in units for c in u.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
    recipients = [r for r in recipients if r.lemma_.lower() not in lex.cue("frame_deadline_units")]
    if not units or not acts or not recipients:
        return []
    agents = actor_subjects(verb, ends)
    if acts[0].lemma_.lower() in lex.cue("frame_leaving"):
        diplomats = [r for r in recipients if r.lemma_.lower() in lex.cue("frame_diplomats")]
        targets = [e for r in diplomats for e in ends.owners(r, ACTOR_TYPES, "protestsAgainst")]
        targets = [e for e in targets if e.entity.type != "Person"]
        return _emit("frame-deadline", verb, "protestsAgainst", "140", agents, targets, verb, 0.65, trace)
    targets = [e for r in recipients for e in ends.actors(r)]
    return _emit("frame-deadline", verb, "demandsFrom", "100", agents, targets, verb, 0.65, trace)


def _expelled_envoy(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"expelled France's ambassador", "declared the Swedish envoy persona non grata"."""
    lemma = verb.lemma_.lower()
    passive = syntax.is_passive(verb)
    toks = _children(verb, "nsubjpass") if passive else syntax.objects(verb)
    toks = [t for t in toks if t.lemma_.lower() in lex.cue("frame_diplomats")]
    if not toks:
        return []
    if lemma == "declare" and "grata" not in {t.lower_ for t in verb.subtree}:
        return []
    if lemma in ("order", "kick") and not any(c.lower_ == "out" or c.lemma_.lower() in lex.cue("frame_leaving")
                                              for c in verb.subtree):
        return []
    targets = [e for t in toks for e in ends.owners(t, ACTOR_TYPES, "protestsAgainst") if e.entity.type != "Person"]
    agents = [e for t in syntax.by_agents(verb) for e in ends.actors(t)] if passive else actor_subjects(verb, ends)
    return _emit("frame-expelled", verb, "protestsAgainst", "140", agents, targets, verb, 0.65, trace)


def _complaint_with(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"lodged a complaint with Tokyo": a complaint to a government is a protest against it
    (a complaint with the WTO is an appeal, which the core lexicon reads)."""
    gov = syntax.governing_verb(noun, lex.cue("quantity_nouns"))
    if gov is None or gov.lemma_.lower() not in lex.cue("frame_lodging") or syntax.is_passive(gov):
        return []
    with_ = [p for t in (noun, gov) for _, p in syntax.prep_objects(t, frozenset({"with", "to"}))]
    targets = [e for p in with_ for e in _named(ends.actors(p)) if e.entity.type == "Country"]
    return _emit("frame-complaint", noun, "protestsAgainst", "140", actor_subjects(gov, ends), targets, gov, 0.65, trace)


#: (cue lists, extra lemmas, part of speech, frame): the lemmas that anchor each frame
FRAMES = (
    (('frame_reactions',), (), _NOUN_POS, _drawn_reaction),
    ((), ('give',), _VERB_POS, _deadline),
    (('frame_expelling',), (), _VERB_POS, _expelled_envoy),
    ((), ('complaint',), _NOUN_POS, _complaint_with),
)
