"""Appeals and membership: a matter taken to a body, help sought from X,
withdrawing from or joining a body.

Word lists are the ``frame_*`` entries of ``kg/data/extract_cues.json``.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import syntax
from kg.extract.ends import EndFinder
from kg.extract.frames._common import VERB_POS as _VERB_POS, emit as _emit, named as _named
from kg.extract.lexicon import Lexicon
from kg.extract.rules import Trace, actor_subjects

__all__ = ["FRAMES"]


def _referred(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"take the matter to the International Court of Justice", "refer the dispute to the UN"."""
    if not any(o.lemma_.lower() in lex.cue("frame_disputes") for o in syntax.objects(verb)):
        return []
    bodies = [p for _, p in syntax.prep_objects(verb, frozenset({"to", "before"}))]
    bodies += [p for o in syntax.objects(verb) for _, p in syntax.prep_objects(o, frozenset({"to", "before"}))]
    targets = [e for t in bodies for e in _named(ends.actors(t)) if e.entity.type == "Organization"]
    return _emit("frame-referred", verb, "appealsTo", "020", actor_subjects(verb, ends), targets, verb, 0.7, trace)


def _sought_help(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"sought help from Iran", "pleaded for more weapons from Germany", "turned to Turkey
    for military help": a request to whoever is to give it."""
    lemma = verb.lemma_.lower()
    wanted = syntax.objects(verb) + [p for _, p in syntax.prep_objects(verb, frozenset({"for"}))]
    if not any(w.lemma_.lower() in lex.cue("frame_help_nouns") for w in wanted):
        return []
    preps = frozenset({"to"}) if lemma == "turn" else frozenset({"from"})
    givers = [p for t in (verb, *wanted) for _, p in syntax.prep_objects(t, preps)]
    targets = [e for t in givers for e in _named(ends.actors(t))]
    agents = actor_subjects(verb, ends) if not syntax.is_passive(verb) else []
    return _emit("frame-sought", verb, "appealsTo", "020", agents, targets, verb, 0.65, trace)


def _withdrew(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Burkina Faso withdrew from ECOWAS", "Niger quit the alliance": no longer a member."""
    lemma = verb.lemma_.lower()
    objs = syntax.objects(verb)
    if lemma in ("withdraw", "pull") and objs:
        return []  # "withdrew its troops from ...": a pull-back, not a resignation
    if lemma == "pull" and not any(c.lower_ == "out" for c in verb.children):
        return []
    if any(c.dep_ == "aux" and c.lower_ in ("may", "might", "could", "can") for c in verb.children):
        # "warned it could withdraw from the NPT": a threat of leaving, still a member ("would
        # withdraw" is a plan, which the guidelines annotate like a fact)
        trace.add("frame-withdrew", verb, "REJECT", "leaving is only possible")
        return []
    bodies = [p for _, p in syntax.prep_objects(verb, frozenset({"from", "of"}))]
    if lemma in ("quit", "exit", "leave"):
        bodies += objs
    targets = [e for t in bodies for e in _named(ends.actors(t, conj=False)) if e.entity.type == "Organization"]
    agents = [e for e in actor_subjects(verb, ends) if e.entity.type in ("Country", "Organization")]
    return _emit("frame-withdrew", verb, "memberOf", None, agents, targets, verb, 0.7, trace, polarity="negative")


def _joined(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Armenia joined the International Criminal Court": membership (not "joined the EU in
    condemning ...", which is taking the same side)."""
    if syntax.is_passive(verb) or any(c.dep_ == "prep" and c.lower_ in ("in", "with", "for") and any(
            g.tag_ == "VBG" or g.dep_ == "pcomp" for g in c.children) for c in verb.children):
        return []
    bodies = syntax.objects(verb) if verb.lemma_.lower() == "join" else \
        [p for _, p in syntax.prep_objects(verb, frozenset({"to"}))]
    targets = [e for t in bodies for e in _named(ends.actors(t, conj=False)) if e.entity.type == "Organization"]
    agents = [e for e in actor_subjects(verb, ends) if e.entity.type in ("Country", "Organization")]
    return _emit("frame-joined", verb, "memberOf", None, agents, targets, verb, 0.65, trace)


#: (cue lists, extra lemmas, part of speech, frame): the lemmas that anchor each frame
FRAMES = (
    (('frame_referring',), (), _VERB_POS, _referred),
    (('frame_withdrawing',), (), _VERB_POS, _withdrew),
    ((), ('join', 'accede'), _VERB_POS, _joined),
    (('frame_seeking',), (), _VERB_POS, _sought_help),
)
