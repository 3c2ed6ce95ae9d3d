"""Counterparts acting together: "Prime Minister A and her Australian counterpart B signed
the pact", "the talks were attended by A and his Greek counterpart B", "the delegations
were led by A and his counterpart B" (A meets B).

"counterpart" names the person who holds the same office on the other side; coordinated
with that person as the subject (or the "by" agent) of one act, the two were in one
place or on one call: a meeting, whatever the act. (A counterpart met, called or hosted
is the verb rule's; this frame needs the coordination.)
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.ends import EndFinder
from kg.extract.frames._common import NOUN_POS as _NOUN_POS, VERB_POS as _VERB_POS, emit as _emit
from kg.extract.lexicon import Lexicon
from kg.extract.rules import Trace

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


#: (cue lists, extra lemmas, part of speech, frame): the lemmas that anchor each frame
FRAMES = (
    ((), ("counterpart",), _NOUN_POS, _counterparts_together),
)
