"""Acting side by side: "forces operating alongside the national police", "troops fought
alongside federal forces", "deploy its forces alongside those of X", "continue its mediation
efforts together with Qatar", "A and B will jointly develop the field", "a truce brokered by A
and B", "with U.S. and Saudi mediation" (cooperation).

"alongside X" says nothing by itself ("alongside the sanctions, the US also ..."): what
the two do together decides. Acting in the field together (fighting, patrolling,
deploying, operations) is cooperation; appearing together ("told a news conference
alongside his counterpart") is a meeting, a frame of :mod:`.consult`. The verbs and nouns
of joint action are the ``frame_alongside_operating`` entry of ``kg/data/extract_cues.json``.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import syntax
from kg.extract.ends import EndFinder
from kg.extract.frames._common import (NOUN_POS as _NOUN_POS, VERB_POS as _VERB_POS, emit as _emit, named as _named,
                                       side as _side)
from kg.extract.frames.partners import sides_named as _sides_named
from kg.extract.lexicon import Lexicon
from kg.extract.rules import Trace, actor_subjects

__all__ = ["FRAMES"]

_ADP = frozenset({"ADP", "ADV", "SCONJ"})
_OF = frozenset({"of"})
_STAND_INS = frozenset({"those", "that", "forces", "troops"})
#: joint work beyond the field (``frame_alongside_operating``): efforts, mediation, and
#: chairing or hosting a meeting ("who chaired the meeting alongside X")
_JOINT_WORK = frozenset({"effort", "mediation", "mediate", "initiative", "push", "chair", "co-chair", "host",
                         "co-host"})


def _acting_alongside(word: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"X's troops fought alongside Y's army", "continue operations alongside the police"."""
    partners = [c for c in word.children if c.dep_ == "pobj"]
    # "deploy its forces alongside those of the United States": the owner named by "of"
    partners = [p for c in partners for p in ((c.lower_ in _STAND_INS and [g for _, g in syntax.prep_objects(c, _OF)])
                                              or [c])]
    if not partners:
        return []
    head = word.head
    # "continue operations alongside X": the activity noun and the verb it is done with
    noun = head if head.pos_ in _NOUN_POS else None
    verb = head if head.pos_ in _VERB_POS else (syntax.governing_verb(head, frozenset()) if noun is not None else None)
    if verb is None or syntax.is_passive(verb):
        return []
    words = {verb.lemma_.lower()} | ({noun.lemma_.lower()} if noun is not None else set())
    # "led the mediation alongside X": joint work as well as joint action in the field
    if not words & (lex.cue("frame_alongside_operating") | _JOINT_WORK):
        trace.add("frame-alongside-action", word, "REJECT", f"'{verb.text}' is no joint action")
        return []
    targets = [e for p in partners for e in _named(ends.actors(p))]
    return _emit("frame-alongside-action", word, "cooperatesWith", "030", actor_subjects(verb, ends), targets, verb,
                 0.65, trace)


#: ceremonies performed in person ("inaugurated the port together with X")
_CEREMONIES = frozenset({"inaugurate", "open", "unveil", "launch", "lay", "witness",
                         "commission", "dedicate", "plant", "cut"})


def _acting_together(word: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Ankara was ready to continue its mediation efforts together with Qatar", "A and B,
    together with the United States, were working to consolidate the truce": the actors of
    the joint work cooperate with the partner (and a joint subject with each other)."""
    prep = word.head
    if word.dep_ != "advmod" or prep.lower_ != "with" or prep.dep_ != "prep":
        return []
    partners = [e for c in prep.children if c.dep_ == "pobj" for e in _named(ends.actors(c))]
    if not partners:
        return []
    head = prep.head
    if head.pos_ in _VERB_POS:
        verb, noun, agents = head, None, None
    elif head.pos_ in _NOUN_POS and head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ in _VERB_POS:
        # "A and B, together with C, were working": the phrase hangs off the subject
        verb, noun, agents = head.head, None, [e for e in ends.actors(head)]
    elif head.pos_ in _NOUN_POS:
        verb, noun, agents = syntax.governing_verb(head, frozenset()), head, None
    else:
        return []
    if verb is None or syntax.is_passive(verb):
        return []
    words = {verb.lemma_.lower()} | ({noun.lemma_.lower()} if noun is not None else set())
    # "continue its mediation efforts together with X": the work may be the verb's object
    words |= {o.lemma_.lower() for o in syntax.objects(verb)} | {c.lemma_.lower() for o in syntax.objects(verb)
                                                                 for c in o.children if c.dep_ == "compound"}
    if verb.lemma_.lower() in _CEREMONIES and noun is None and agents is None:
        # "Xi inaugurated the port together with President Boluarte": people at one ceremony meet
        people = [e for e in actor_subjects(verb, ends) if e.entity.type == "Person"]
        met = [e for e in partners if e.entity.type == "Person"]
        if people and met:
            return _emit("frame-together", word, "meets", "040", people, met, verb, 0.65, trace)
    if not words & (lex.cue("frame_alongside_operating") | _JOINT_WORK):
        trace.add("frame-together", word, "REJECT", f"'{verb.text}' is no joint work")
        return []
    if agents is None:
        agents = actor_subjects(verb, ends)
    agents = [e for e in agents if e.entity.id not in {p.entity.id for p in partners}]
    out = _emit("frame-together", word, "cooperatesWith", "030", agents, partners, verb, 0.65, trace)
    if len({e.entity.id for e in agents}) >= 2:
        out += _emit("frame-together", word, "cooperatesWith", "030", agents[:1], agents[1:], verb, 0.65, trace)
    return out


def _acting_jointly(word: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Thailand and Malaysia will jointly develop the gas field", "A and B agreed to jointly
    produce ammunition": the sides of a joint subject work together."""
    verb = word.head
    if word.dep_ != "advmod" or verb.pos_ not in _VERB_POS or syntax.is_passive(verb):
        return []
    agents = actor_subjects(verb, ends)
    if len({e.entity.id for e in agents}) < 2:
        return []
    return _emit("frame-jointly", word, "cooperatesWith", "030", agents, agents, verb, 0.65, trace)


#: events a go-between brokers besides talks and accords ("the exchange was brokered by ...")
_BROKERED_EVENTS = frozenset({"exchange", "conference", "process", "plan", "initiative", "release", "pause"})
#: nouns that only count the talks they are "of" ("the next round of the Astana talks")
_PARTS_OF = frozenset({"round", "session", "phase", "stage"})


def _brokered_event(noun: Token, lex: Lexicon) -> bool:
    """True when ``noun`` names talks, an accord or a hosted event (what go-betweens broker)."""
    if noun.lemma_.lower() in _PARTS_OF:
        noun = next((p for _, p in syntax.prep_objects(noun, _OF)), noun)
    lemma = noun.lemma_.lower()
    return lemma in _BROKERED_EVENTS or lemma in lex.cue("frame_hosted_events") or any(
        t.relation in ("meets", "negotiatesWith", "cooperatesWith") for t in lex.nouns.get(lemma, ()))


def _co_brokers(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"a ceasefire agreement brokered by Russia and Turkey", "the Astana talks, sponsored by
    Russia, Turkey and Iran", "the conference was co-hosted by France and Germany": go-betweens
    named together broker, sponsor or host the same event, so they work together."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        events = [verb.head]  # "talks sponsored by A and B"
    elif syntax.is_passive(verb):
        events = [t for t in syntax.subjects(verb) if t.pos_ in _NOUN_POS]  # "the talks were mediated by A and B"
    else:
        return []
    if not any(_brokered_event(e, lex) for e in events):
        return []
    brokers = [e for t in syntax.by_agents(verb) for e in _named(ends.actors(t))]
    # "hosted by X and its president": one side, no partners
    sides = {_side(e, ends).entity.id for e in brokers}
    # ("a pledging conference co-hosted by A, B, C, D, E and F": a list of hosts lends its
    # name, two or three go-betweens work together)
    if not 2 <= len(sides) <= 3 or len(sides) != len({e.entity.id for e in brokers}):
        return []
    return _emit("frame-co-brokers", verb, "cooperatesWith", "030", brokers, brokers, verb, 0.6, trace)


def _joint_mediation(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"truces negotiated with U.S. and Saudi mediation", "Qatari and Egyptian mediators said
    ...": a go-between role the noun gives to two or more sides at once is shared work."""
    # the modifiers only: "the main sponsor of A and B" names whom it sponsors, not co-sponsors
    sides = [e for e in _sides_named(noun, ends) if e.via.startswith("side of")]
    if len({e.entity.id for e in sides}) < 2:
        return []
    return _emit("frame-joint-mediation", noun, "cooperatesWith", "030", sides, sides, noun, 0.6, trace)


#: (cue lists, extra lemmas, part of speech, frame): the lemmas that anchor each frame
FRAMES = (
    ((), ("alongside",), _ADP, _acting_alongside),
    ((), ("together",), frozenset({"ADV"}), _acting_together),
    ((), ("jointly",), frozenset({"ADV"}), _acting_jointly),
    (("mediating_verbs",), ("co-host", "cohost", "co-sponsor", "cosponsor"), _VERB_POS, _co_brokers),
    ((), ("mediation", "mediator", "broker", "guarantor", "sponsor", "co-sponsor", "facilitator"), _NOUN_POS,
     _joint_mediation),
)
