"""Counterparts acting together: "Prime Minister A and her Australian counterpart B signed
the pact", "the talks were attended by A and his Greek counterpart B", "the delegations
were led by A and his counterpart B" (A meets B).

"counterpart" names the person who holds the same office on the other side; coordinated
with that person as the subject (or the "by" agent) of one act, the two were in one
place or on one call: a meeting, whatever the act. (A named counterpart met, called or
hosted is the verb rule's; this frame needs the coordination.)

Guests named only by the side they come from: "hosted his counterparts from Denmark and
Sweden", "held phone talks with his U.S. and Japanese counterparts", "speaking alongside his
Sudanese counterpart" (the host's country meets each of theirs), "received the Armenian and
Azerbaijani delegations" (the host meets each country; received "for talks", the
delegations' sides negotiate with each other).
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import syntax
from kg.extract.ends import EndFinder
from kg.extract.frames.consult import _name_after
from kg.extract.frames.partners import RECEIVING as _RECEIVING, sides_named as _sides_named
from kg.extract.frames._common import (NOUN_POS as _NOUN_POS, VERB_POS as _VERB_POS,
                                       emit as _emit, side as _side)
from kg.extract.lexicon import Lexicon
from kg.extract.rules import Trace, actor_subjects

__all__ = ["FRAMES"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_PERSON = frozenset({"Person"})


def _clause_of(first: Token) -> Token | None:
    """The verb whose subject or "by" agent the coordination headed by ``first`` is."""
    if first.dep_ in _SUBJECTS and first.head.pos_ in _VERB_POS:
        return first.head
    prep = first.head
    if first.dep_ == "pobj" and prep.dep_ == "agent" and prep.head.pos_ in _VERB_POS:
        return prep.head  # "attended by A and his counterpart B"
    return None


def _counterparts_together(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"A and his Greek counterpart B <act>": A meets B."""
    # the counterpart is the second conjunct ("A and his counterpart B") or the title of it
    # ("A and his counterpart, B", "A and counterpart B")
    conj = noun
    while conj.dep_ in ("compound", "appos") and conj.head.i != conj.i:
        conj = conj.head
    if conj.dep_ != "conj" or conj.i < conj.head.i:
        return []
    first = conj.head
    verb = _clause_of(first)
    if verb is None:
        return []
    people = [e for e in ends.actors(first, _PERSON, conj=False)]
    others = [e for e in ends.actors(noun, _PERSON, conj=False)]
    if not others and conj.i != noun.i:
        others = [e for e in ends.actors(conj, _PERSON, conj=False)]
    return _emit("frame-counterparts", noun, "meets", "040", people, others, verb, 0.7, trace)


_MEETING = ("meets", "negotiatesWith")
#: verbs of speaking or appearing whose "alongside B" puts the two in one room
_APPEARING = frozenset({"tell", "say", "speak", "address", "appear", "stand", "announce", "hold", "give", "brief"})


def _meeting_verb(noun: Token, lex: Lexicon) -> tuple[Token | None, list[tuple[str, str]]]:
    """The verb whose meeting the guest noun takes part in and the (relation, cameo) it
    gives: "met/hosted/called X" (the verb's), "held talks with X" (the talks')."""
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ in _VERB_POS:
        return head, [(t.relation, t.cameo) for t in lex.verbs.get(head.lemma_.lower(), ()) if t.relation in _MEETING]
    if noun.dep_ == "pobj" and head.lower_ == "alongside":
        # "speaking alongside his Sudanese counterpart", "told a news conference alongside his
        # counterpart": the two appeared together (the consult frame's "alongside" for names)
        gov = head.head.head if head.head.pos_ == "NOUN" and head.head.dep_ in ("dobj", "pobj") else head.head
        gov = gov.head if gov.dep_ == "prep" else gov
        return (gov, [("meets", "040")]) if gov.pos_ in _VERB_POS and gov.lemma_.lower() in _APPEARING else (None, [])
    if noun.dep_ != "pobj" or head.lower_ != "with":
        return None, []
    gov = head.head
    if gov.pos_ in _VERB_POS:
        return gov, [(t.relation, t.cameo) for t in lex.verbs.get(gov.lemma_.lower(), ()) if t.relation in _MEETING]
    if gov.pos_ == "NOUN" and gov.dep_ == "dobj" and gov.head.pos_ in _VERB_POS:
        return gov.head, [(t.relation, t.cameo) for t in lex.nouns.get(gov.lemma_.lower(), ())
                          if t.relation in _MEETING]
    return None, []


def _counterparts_from(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"A hosted his counterparts from Denmark and Sweden", "held phone talks with his U.S.
    and Japanese counterparts": an unnamed counterpart stands for their country, so the
    meeting is between the countries (the host's side meets each)."""
    if any(not e.coref for e in ends.actors(noun, frozenset({"Person"}), conj=False)) or _name_after(noun, ends):
        return []  # "his counterpart(,) B": a named person, the verb and noun rules' target
    verb, relations = _meeting_verb(noun, lex)
    if verb is None or not relations or syntax.is_passive(verb):
        return []
    sides = _sides_named(noun, ends)
    if not sides:
        return []
    agents = [_side(e, ends) for e in actor_subjects(verb, ends)]
    out = []
    for relation, cameo in dict(relations).items():
        out += _emit("frame-counterparts-from", noun, relation, cameo, agents, sides, verb, 0.65, trace)
    return out


def _delegations_received(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"X received the Armenian and Azerbaijani delegations", "hosted delegations from A and
    B": the host meets each side; received "for talks", the sides negotiate with each other."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in _RECEIVING or syntax.is_passive(verb):
        return []
    if any(t.lemma_.lower() in ("head", "lead") and t.pos_ == "VERB" for t in noun.subtree):
        return []  # "a delegation headed by B": the receiving frame meets B himself
    sides = _sides_named(noun, ends)
    if not sides:
        return []
    hosts = [e for e in actor_subjects(verb, ends) if e.entity.id not in {s.entity.id for s in sides}]
    out = _emit("frame-delegations", noun, "meets", "043", hosts, sides, verb, 0.65, trace)
    # "received the two delegations for a new round of talks": the talks are between them
    purposes = [p for _, p in syntax.prep_objects(verb, frozenset({"for"}))]
    purposes += [q for p in purposes for _, q in syntax.prep_objects(p, frozenset({"of"}))]
    if len(sides) >= 2 and any(t.relation == "negotiatesWith" for p in purposes
                               for t in lex.nouns.get(p.lemma_.lower(), ())):
        out += _emit("frame-delegations", noun, "negotiatesWith", "046", sides[:1], sides[1:], verb, 0.6, trace)
    return out


#: (cue lists, extra lemmas, part of speech, frame): the lemmas that anchor each frame
FRAMES = (
    ((), ("counterpart",), _NOUN_POS, _counterparts_together),
    ((), ("counterpart",), _NOUN_POS, _counterparts_from),
    (("frame_delegation_nouns",), (), _NOUN_POS, _delegations_received),
)
