"""Acts repeated by others: "Canada and Brazil quickly followed suit", "Japan did the same",
"..., as did the Organization of American States" (a doer named after "as did": the acts of
its own sentence, :func:`as_did`).

The act repeated is the last one reported before (``EndFinder.last_act``: the relation and
its target of the first asserted act of a previous sentence, kept for acts others join in:
recognising and backing, sanctioning, condemning, rejecting, protesting, aiding, appealing);
the new subjects do it to the same target. Nothing is copied across more than two sentences.
"""
from __future__ import annotations

import bisect
import dataclasses

from spacy.tokens import Token

from kg.extract import syntax
from kg.extract.ends import EndFinder
from kg.extract.frames._common import VERB_POS as _VERB_POS, emit as _emit
from kg.extract.lexicon import Lexicon
from kg.extract.rules import Trace, actor_subjects

__all__ = ["FRAMES", "FOLLOWED", "as_did"]

#: acts others join in by doing the same
FOLLOWED = frozenset({"supports", "sanctions", "criticizes", "rejects", "protestsAgainst", "aids", "appealsTo",
                      "demandsFrom", "accuses"})
#: objects of "do" that say the act is the one before ("did the same", "did likewise")
_SAME = frozenset({"same", "likewise", "similarly"})


def _repeats(verb: Token) -> bool:
    """"followed suit", "did the same", "did likewise", "(as) did X"."""
    lemma = verb.lemma_.lower()
    if lemma == "follow":
        return any(o.lower_ == "suit" for o in syntax.objects(verb))
    if lemma != "do":
        return False
    # ("as did the OAS" repeats the acts of its own sentence: :func:`as_did`)
    return any(c.lower_ in _SAME and c.dep_ in ("dobj", "advmod") for c in verb.children) \
        and not any(c.dep_ == "mark" for c in verb.children)


def _followed(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    if not _repeats(verb) or any(c.dep_ == "neg" for c in verb.children):
        return []
    last = ends.last_act
    if last is None:
        return []
    relation, cameo, target, sentence = last
    starts = ends.m.sentences()[1]
    if not 0 <= bisect.bisect_right(starts, verb.i) - 1 - sentence <= 2:
        return []
    agents = actor_subjects(verb, ends)
    noun = verb.head
    if not agents and verb.dep_ == "relcl" and noun.dep_ == "pobj" and noun.head.lower_ == "among":
        # "A and B were among the governments that followed suit": those said to be among them
        agents = [e for s in syntax.subjects(noun.head.head) for e in ends.actors(s)]
    agents = [a for a in agents if a.entity.id != target.entity.id]
    return _emit("frame-followed-suit", verb, relation, cameo, agents, [target._replace(token=verb, coref=True)],
                 verb, 0.6, trace)


FRAMES = [((), ("follow", "do"), _VERB_POS, _followed)]


def as_did(tokens, candidates: list, ends: EndFinder) -> list:
    """"The United States recognised Guaido on Wednesday, as did the OAS", "..., as have the EU
    and France": the doer after "as did" does the acts of the clause the "as" clause hangs on
    (same relation, same target)."""
    out = []
    for tok in tokens:
        # ("..., as have the EU and France": the perfect's auxiliary stands in the same way)
        if tok.lemma_.lower() not in ("do", "have") \
                or not any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children) \
                or syntax.objects(tok) or tok.head is tok:
            continue
        # (a named doer only: "as they did in May" is the same side again)
        doers = [e for c in tok.children if c.dep_ in ("nsubj", "attr", "dobj") and c.i > tok.i
                 and c.pos_ != "PRON" for e in ends.actors(c)]
        # (the acts of the clause "as" hangs on, or of a clause inside it before "as")
        acts = [c for c in candidates if c.relation in FOLLOWED and c.polarity != "negative"
                and (tok.head.i in (c.trigger.i, c.clause.i) or c.trigger.i < tok.i and tok.head.is_ancestor(c.trigger))
                and c.object.entity.type != "Topic"]
        out += [dataclasses.replace(c, rule="frame-followed-suit", subject=d, confidence=min(c.confidence, 0.6))
                for c in acts for d in doers if d.entity.id not in (c.object.entity.id, c.subject.entity.id)]
    return out
