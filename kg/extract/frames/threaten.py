"""Threats: "will not allow X to", threatened countermeasures, facing sanctions,
vowed responses.

Word lists are the ``frame_*`` entries of ``kg/data/extract_cues.json``.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import syntax
from kg.extract.ends import EndFinder
from kg.extract.frames._common import (STATES as _STATES, VERB_POS as _VERB_POS, children as _children,
                                       emit as _emit, named as _named,
                                       owners_of_subject as _owners_of_subject)
from kg.extract.lexicon import Lexicon
from kg.extract.rules import Trace, actor_subjects
from kg.types import ACTOR_TYPES

__all__ = ["FRAMES"]


def _will_not_allow(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Iran warned that it will not allow Israel to attack ...": a threat to the one not allowed."""
    agents = []
    for clause in _children(verb, "ccomp", "xcomp"):
        if clause.lemma_.lower() not in lex.cue("frame_tolerating") or not any(c.dep_ == "neg" for c in clause.children):
            continue
        toks = syntax.objects(clause)
        toks += [s for c in _children(clause, "ccomp", "xcomp") for s in _children(c, "nsubj")]
        targets = [e for t in toks for e in _named(ends.actors(t))]
        agents = agents or actor_subjects(verb, ends)
        if targets:
            return _emit("frame-not-allow", verb, "threatens", "130", agents, targets, verb, 0.65, trace)
    return []


def _retaliation(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"threatened countermeasures against X", "X's tariffs prompted China to threaten
    countermeasures": a threat to whoever it answers."""
    objects = syntax.objects(verb)
    # "vowed to take firm countermeasures against X": the measures taken in what is vowed
    taken = [c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in ("take", "adopt")]
    objects += [o for c in taken for o in syntax.objects(c)]
    prompted = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lex.cue("frame_prompting")
    if not any(o.lemma_.lower() in lex.cue("frame_retaliation") for o in objects) and not (
            # "prompting B to warn that they could trigger the return of sanctions": a penalty
            # announced in what B warns of answers whatever prompted it
            prompted and any(t.lemma_.lower() in lex.cue("frame_penalties") | lex.cue("frame_retaliation")
                             for c in _children(verb, "ccomp") for t in c.subtree)):
        return []
    aimed = [p for t in (verb, *taken, *objects) for _, p in syntax.prep_objects(t, frozenset({"against", "on"}))]
    targets = [e for p in aimed for e in ends.owners(p, ACTOR_TYPES, "threatens")]
    agents = actor_subjects(verb, ends)
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() in lex.cue("frame_prompting"):
        # "prompting B to warn": B warns (object control), not the participle's inherited subject
        agents = [e for o in syntax.objects(head) for e in ends.actors(o)] or agents
        main = head.head if head.dep_ == "advcl" else None
        if not targets and main is not None and main.lemma_.lower() in lex.cue("reporting_verbs"):
            # "X will impose tariffs on Y, the government said, prompting Y to threaten ...":
            # what prompted it is the reported act, done by its subject (not the one reporting it)
            targets = [e for c in _children(main, "ccomp") for e in actor_subjects(c, ends)]
        targets = targets or _owners_of_subject(head, ends, "threatens")
    return _emit("frame-retaliation", verb, "threatens", "130", agents, targets, verb, 0.65, trace)


def _facing(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Iran faces new U.S. sanctions", "release them or face sanctions", "could be subject
    to sanctions": whoever would impose them threatens the one who faces them."""
    if verb.lemma_.lower() == "face":
        nouns = [o for o in syntax.objects(verb) if o.lemma_.lower() in lex.cue("frame_penalties")]
    else:  # "be subject to sanctions"
        subject = next((c for c in verb.children if c.dep_ == "acomp" and c.lower_ == "subject"), None)
        nouns = [p for _, p in syntax.prep_objects(subject, frozenset({"to"}))
                 if p.lemma_.lower() in lex.cue("frame_penalties")] if subject is not None else []
    if not nouns:
        return []
    targets = [e for e in actor_subjects(verb, ends) if e.entity.type != "Topic"]
    agents = [e for n in nouns for c in n.children if c.dep_ in ("poss", "amod", "compound") for e in ends.actors(c)]
    agents += [e for n in nouns for _, p in syntax.prep_objects(n, frozenset({"from", "by"})) for e in ends.actors(p)]
    head = verb
    while not agents and head.dep_ in ("ccomp", "conj") and head.head is not head:
        head = head.head  # "EU leaders suggested that X could be subject to sanctions": the speaker
        if head.lemma_.lower() in lex.cue("reporting_verbs"):
            agents = [e for t in syntax.subjects(head) for e in ends.actors(t) if e.entity.type in _STATES]
    if not agents:  # the sanctions talked about before: whoever imposed or threatened them
        last = ends.last_by_relation.get("sanctions") or ends.last_by_relation.get("threatens")
        agents = [last] if last is not None else []
    return _emit("frame-facing", verb, "threatens", "130", agents, targets, verb, 0.55, trace)


def _vowed_response(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"vowed to retaliate against Finland", "warned it would respond firmly to X's move",
    "would act with full force against any attempt by X", "will take resolute measures against X"."""
    for act in _children(verb, "xcomp", "ccomp"):
        lemma = act.lemma_.lower()
        # "respond firmly", "act with full force", "take resolute action": a forceful answer
        # ("act forcefully against X" may hang the adverb on the preposition)
        near = [*act.children, *(g for c in act.children if c.dep_ == "prep" for g in c.children)]
        strong = any(c.dep_ == "advmod" and c.lower_ in lex.cue("frame_firmly") for c in near) or any(
            p.lemma_.lower() in lex.cue("frame_force_nouns") for _, p in syntax.prep_objects(act, frozenset({"with"})))
        measures = [o for o in syntax.objects(act) if lemma == "take" and o.lemma_.lower() in lex.cue("frame_response_measures")]
        if not (lemma in ("retaliate", "avenge") or lemma in ("respond", "react", "strike", "hit", "act")
                and (strong or any(c.lower_ == "back" for c in act.children)) or measures):
            continue
        # "act ... against X": only "against" aims a plain "act"; "act to X" is no target
        preps = frozenset({"against"}) if lemma in ("act", "take") else frozenset({"against", "to", "at"})
        aimed = [p for t in (act, *measures) for _, p in syntax.prep_objects(t, preps)] + \
            [o for o in syntax.objects(act) if lemma == "avenge"]
        targets = [e for p in aimed for e in _named(ends.owners(p, ACTOR_TYPES, "threatens"))]
        return _emit("frame-response", act, "threatens", "130", actor_subjects(verb, ends), targets, verb, 0.65, trace)
    return []


#: (cue lists, extra lemmas, part of speech, frame): the lemmas that anchor each frame
FRAMES = (
    (('frame_warning',), (), _VERB_POS, _will_not_allow),
    (('frame_retaliating',), (), _VERB_POS, _retaliation),
    ((), ('face', 'be'), _VERB_POS, _facing),
    (('frame_retaliating',), ('vow',), _VERB_POS, _vowed_response),
)
