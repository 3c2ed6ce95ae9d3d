"""Acting side by side: "forces operating alongside the national police", "troops fought
alongside federal forces", "deploy its forces alongside those of X" (cooperation).

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
from kg.extract.frames._common import NOUN_POS as _NOUN_POS, VERB_POS as _VERB_POS, emit as _emit, named as _named
from kg.extract.lexicon import Lexicon
from kg.extract.rules import Trace, actor_subjects

__all__ = ["FRAMES"]

_ADP = frozenset({"ADP", "ADV", "SCONJ"})
_OF = frozenset({"of"})
_STAND_INS = frozenset({"those", "that", "forces", "troops"})


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
    if not words & lex.cue("frame_alongside_operating"):
        trace.add("frame-alongside-action", word, "REJECT", f"'{verb.text}' is no joint action")
        return []
    targets = [e for p in partners for e in _named(ends.actors(p))]
    return _emit("frame-alongside-action", word, "cooperatesWith", "030", actor_subjects(verb, ends), targets, verb,
                 0.65, trace)


#: (cue lists, extra lemmas, part of speech, frame): the lemmas that anchor each frame
FRAMES = (
    ((), ("alongside",), _ADP, _acting_alongside),
)
