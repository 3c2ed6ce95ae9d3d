"""Outcomes pursued: "Moscow is seeking a diplomatic solution to the crisis", "the two
countries hope to reach an agreement on X", "Egypt is working towards a binding deal on the
dam": whoever pursues a settlement, deal or solution talks about it (``frame-pursued-outcome``:
the actor subject discusses the outcome). Reported ("Aliyev said the two sides were trying
to reach a political settlement", "Blinken said the parties were close to a ceasefire deal"),
the speaker discusses it (:func:`pursued_outcome`, from the report rules).

Negated pursuits ("did not seek a deal") and outcomes in a question give nothing.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import syntax
from kg.extract.ends import End, EndFinder
from kg.extract.frames._common import VERB_POS as _VERB_POS, emit as _emit
from kg.extract.lexicon import Lexicon
from kg.extract.rules import Candidate, Trace, actor_subjects, topic_ends

__all__ = ["FRAMES", "pursued_outcome"]

#: verbs of pursuing an outcome, with the prepositions that mark it (None: the direct object)
_PURSUIT = {"reach": None, "seek": None, "pursue": None, "achieve": None, "secure": None, "find": None,
            "conclude": None, "finalize": None, "finalise": None, "clinch": None, "hammer": ("out",),
            "work": ("towards", "toward", "on", "for"), "push": ("for",), "strive": ("for",), "press": ("for",),
            "move": ("towards", "toward"), "aim": ("for", "at")}
#: outcomes whose pursuit is a topic of the pursuer
_OUTCOMES = frozenset({"settlement", "deal", "agreement", "accord", "solution", "resolution", "ceasefire",
                       "truce", "normalization", "normalisation", "compromise", "treaty", "pact",
                       "arrangement", "armistice"})
#: outcomes that name their content by themselves ("a ceasefire", "normalization")
_SELF_NAMED = frozenset({"ceasefire", "truce", "normalization", "normalisation", "armistice"})
#: what leads to the pursuit verb from the clause ("were trying to reach", "hope to secure")
_CHAIN = ("xcomp", "conj")


def _outcomes(verb: Token) -> list[Token]:
    """The outcome nouns ``verb`` pursues ("reach a settlement", "work towards a deal"), or
    "close to a deal" after "be"."""
    lemma = verb.lemma_.lower()
    if lemma == "be":  # "were close to a ceasefire deal", "are near an agreement"
        objs = [p for c in verb.children if c.dep_ == "acomp" and c.lower_ in ("close", "near", "closer", "nearer")
                for _, p in syntax.prep_objects(c, frozenset({"to"}))]
    elif lemma not in _PURSUIT:
        return []
    elif _PURSUIT[lemma] is None:
        objs = [c for c in verb.children if c.dep_ == "dobj"]
    elif _PURSUIT[lemma] == ("out",):  # "hammer out a deal"
        objs = [c for c in verb.children if c.dep_ == "dobj"] \
            if any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children) else []
    else:
        objs = [p for _, p in syntax.prep_objects(verb, frozenset(_PURSUIT[lemma]))]
    out = []
    for o in objs:
        # "a deal" and its coordinated outcomes ("a ceasefire and a political settlement")
        out += [t for t in (o, *o.conjuncts) if t.lemma_.lower() in _OUTCOMES and t.pos_ == "NOUN"]
    return out


def _chain(clause: Token) -> list[Token]:
    """``clause`` and the verbs its infinitives lead to ("were trying to reach")."""
    out, todo = [], [clause]
    while todo and len(out) < 6:
        tok = todo.pop()
        out.append(tok)
        todo += [c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in _VERB_POS and c.i > tok.i
                 and (c.dep_ == "xcomp" or tok.lemma_.lower() in ("hope", "want", "expect"))]
    return out


def _described(outcome: Token) -> bool:
    """"a political settlement", "a trade agreement", "an agreement on X", "a solution to the
    crisis": an outcome that says what it is about ("a deal with its creditors" does not)."""
    return outcome.lemma_.lower() in _SELF_NAMED or any(
        c.dep_ in ("amod", "compound", "nmod") and not c.is_stop for c in outcome.lefts) or any(
        c.dep_ == "prep" and c.lower_ in ("on", "over", "to", "for", "about", "regarding") for c in outcome.rights)


def _topics(outcomes: list[Token], ends: EndFinder, lex: Lexicon) -> list[End]:
    """The outcome's content ("an agreement on water rights": water rights), else the outcome."""
    out = []
    for o in outcomes:
        if not _described(o):
            continue
        content = [p for _, p in syntax.prep_objects(o, frozenset({"on", "over", "about", "regarding"}))]
        out += [e for t in content or [o] for e in topic_ends(t, ends, lex) if e.entity.type == "Topic"]
    return out


def pursued_outcome(verb: Token, clause: Token, speakers: list[End], ends: EndFinder, lex: Lexicon,
                    trace: Trace):
    """"X said the two sides were trying to reach a political settlement": X discusses it."""
    for tok in _chain(clause):
        if syntax.negated(tok):
            return
        for topic in _topics(_outcomes(tok), ends, lex):
            for s in speakers:
                yield Candidate("report-pursued-outcome", verb, "discusses", "010", s, topic, verb, 0.55)


def _pursued(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Moscow is seeking a diplomatic solution to the crisis": Russia discusses it (a clause
    reported by someone else is the report rules')."""
    outcomes = _outcomes(verb)
    if not outcomes or syntax.negated(verb) or syntax.is_passive(verb):
        return []
    top = verb
    while top.dep_ in _CHAIN and top.head is not top:
        if syntax.negated(top.head) or top.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in top.head.children):
            return []  # ("urged both sides to reach a ceasefire": asked of others)
        top = top.head
    if top.dep_ in ("ccomp", "advcl", "relcl", "acl", "pcomp") or any(c.lower_ in ("whether", "if") for c in top.children):
        return []
    agents = [e for e in actor_subjects(verb, ends) if e.entity.type != "Topic"]
    return _emit("frame-pursued-outcome", verb, "discusses", "010", agents, _topics(outcomes, ends, lex), verb, 0.6,
                 trace, polarity="positive")


FRAMES = [((), tuple(sorted(_PURSUIT)) + ("be",), _VERB_POS, _pursued)]
