"""Demands named by the act demanded: "demanded a full Israeli withdrawal from Gaza",
"reiterated its demand for the release of Ruritanian hostages by X", "insisted on the
withdrawal of Russian troops", "insisted that any deal must lead to an Israeli pullout".

The demand is on whoever is to carry out the act: the owner of the act noun (its
demonym, possessive or "of" phrase). The act nouns are the ``frame_demanded_acts`` entry
of ``kg/data/extract_cues.json``; the anchors are the demanding verbs and nouns below.
Pressure kept up until someone acts is a demand on them too: "will keep tightening the net
until Russia negotiates", as are an expectation of compliance ("Poland expects Berlin to end the
controls") and a consequence set on a condition ("would trigger the snapback unless Iran restores
access").
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import syntax
from kg.extract.ends import EndFinder
from kg.extract.frames._common import (not_own, NOUN_POS as _NOUN_POS, VERB_POS as _VERB_POS, emit as _emit,
                                       named as _named)
from kg.extract.lexicon import Lexicon
from kg.extract.rules import Trace, actor_subjects
from kg.types import ACTOR_TYPES

__all__ = ["FRAMES"]

_WANTED_PREPS = frozenset({"for", "on"})
# "insisted that any agreement must lead to X": how deep the act may sit in the that-clause
_MAX_DEPTH = 4


#: acts whose "of" phrase names the ones acted on, not the doer ("the release of the hostages")
_DONE_TO_OF = frozenset({"release", "extradition", "handover"})


def _acts(heads: list[Token], lex: Lexicon) -> list[Token]:
    acts = lex.cue("frame_demanded_acts")
    return [h for h in heads if h.lemma_.lower() in acts]


def _in_clause(verb: Token, lex: Lexicon) -> list[Token]:
    """Act nouns inside the that-clause of ``verb``, a few steps down at most."""
    acts = lex.cue("frame_demanded_acts")
    out = []
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        for tok in clause.subtree:
            if tok.lemma_.lower() in acts and tok.pos_ == "NOUN":
                depth, up = 0, tok
                while up.i != clause.i and depth <= _MAX_DEPTH:  # (Token objects are views: compare by index)
                    up, depth = up.head, depth + 1
                if depth <= _MAX_DEPTH:
                    out.append(tok)
    return out


def _doers(act: Token, ends: EndFinder) -> list:
    """Who is to carry out the act: "Israeli withdrawal", "Russia's pullout", "the
    withdrawal of Russian troops"."""
    found = [e for c in act.children if c.dep_ in ("amod", "poss", "compound") for e in ends.actors(c)]
    # "the release of two detained Australians": those released are not who releases them
    preps = frozenset({"by"}) if act.lemma_.lower() in _DONE_TO_OF else frozenset({"of", "by"})
    if not found:
        found = [e for _, p in syntax.prep_objects(act, preps) for e in ends.owners(p, ACTOR_TYPES, "demandsFrom")]
    if not found and act.lemma_.lower() in _DONE_TO_OF:
        # "the release of its diplomats from France": the side they are taken from holds them
        held = [act] + [p for _, p in syntax.prep_objects(act, frozenset({"of"}))]
        found = [e for t in held for _, p in syntax.prep_objects(t, frozenset({"from"})) for e in ends.actors(p)]
    if not found:
        # "the release of hostages held by X": whoever holds them is to release them
        found = [e for _, p in syntax.prep_objects(act, frozenset({"of"})) for c in p.children
                 if c.dep_ == "acl" and c.lemma_.lower() in ("hold", "detain", "keep", "capture")
                 for a in syntax.by_agents(c) for e in ends.actors(a)]
    return _named(found)


def _act_demanded(tok: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """A demand whose object names the act demanded and who is to do it."""
    if tok.pos_ in _VERB_POS:
        if syntax.is_passive(tok) or any(c.dep_ == "neg" for c in tok.children):
            return []
        acts = _acts(syntax.objects(tok) + [p for _, p in syntax.prep_objects(tok, _WANTED_PREPS)], lex)
        if not acts and tok.lemma_.lower() in ("demand", "insist"):
            acts = _in_clause(tok, lex)
        if not acts:
            return []
        agents = actor_subjects(tok, ends)
    else:
        acts = _acts([p for _, p in syntax.prep_objects(tok, frozenset({"for"}))], lex)
        if not acts:
            return []
        agents = [e for c in tok.children if c.dep_ == "poss" for e in ends.actors(c)]
        if not agents and tok.head.pos_ in _VERB_POS:
            agents = actor_subjects(tok.head, ends)  # "Hamas reiterated the demand for ..."
    clause = tok
    targets = not_own(agents, [e for a in acts for e in _doers(a, ends)], ends)
    # a demand named as a noun stands as the holder's demand whatever the verb around it
    # ("denied that it had agreed to drop its demand for X": read up the chain, the double
    # negation would turn it into no demand)
    return _emit("frame-act-demanded", tok, "demandsFrom", "100", agents, targets, clause, 0.6, trace,
                 walk=tok.pos_ in _VERB_POS)


_KEEP = frozenset({"keep", "continue", "maintain"})


def _pressure_until(mark: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"We will keep tightening the net until Russia is ready to negotiate", "will step up
    the pressure until Iran complies": pressure kept up until X acts is a demand on X."""
    clause = mark.head
    if mark.dep_ != "mark" or clause.dep_ != "advcl" or clause.head.pos_ not in _VERB_POS:
        return []
    main = clause.head
    pressing = lex.cue("frame_pressing")
    lemma = main.lemma_.lower()
    if not (lemma in pressing or lemma in _KEEP and any(
            c.lemma_.lower() in pressing or c.lemma_.lower() == "pressure"
            for c in main.children if c.dep_ in ("xcomp", "dobj", "ccomp"))):
        return []
    subject = syntax.clause_subject_of(clause)
    agents = actor_subjects(main, ends)
    targets = not_own(agents, _named(ends.actors(subject)) if subject is not None else [], ends)
    return _emit("frame-pressure-until", mark, "demandsFrom", "100", agents, targets, main, 0.6, trace)


def _expected_of(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Poland expects Berlin to end the controls", "Pakistan expects the Afghan government to
    fulfil its obligations": an expectation that another side comply is a demand on it. Only
    acts of compliance count (``frame_expected_compliance``): "expects China to retaliate" is
    a forecast; "is expected to", "does not expect" are no demands."""
    if syntax.is_passive(verb) or any(c.dep_ == "neg" for c in verb.children):
        return []
    acts = lex.cue("frame_expected_compliance")
    wanted = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VB"
              and c.lemma_.lower() in acts and any(a.lower_ == "to" for a in c.children)]
    subjects = [s for c in wanted for s in c.children if s.dep_ == "nsubj"]
    # "expects the Interim Afghan Government to ...": the object may be parsed onto the verb
    subjects += [o for o in syntax.objects(verb) if wanted and o.i < wanted[0].i]
    if not subjects:
        return []
    agents = actor_subjects(verb, ends)
    targets = not_own(agents, [e for t in subjects for e in _named(ends.actors(t))], ends)
    return _emit("frame-expected-of", verb, "demandsFrom", "100", agents, targets, verb, 0.6, trace)


#: verbs that tell someone what to do ("told Japan to stop", "instructed Kyiv to withdraw")
_TELLING = frozenset({"tell", "instruct",
                      # "Poland pushed Germany to pay reparations", "Ankara required Stockholm to act"
                      "push", "nudge", "prod", "require", "goad"})


def _obliged_without_actor(verb: Token, ends: EndFinder, lex: Lexicon) -> bool:
    """Whether ``verb`` has a "that" clause of obligation whose subject names no actor ("told the
    general that detainees must be freed"): what the one told must see done (a clause whose
    subject is an actor, "told X that Israel must stop", is a demand on that actor; "told the
    ambassador the staff must leave" is an expulsion, the protest frames' fact)."""
    obliging = lex.cue("obligation_aux")
    return any(c.dep_ == "ccomp" and c.i > verb.i and c.pos_ == "VERB" and c.lemma_.lower() not in lex.cue("frame_leaving")
               and any(a.dep_ == "aux" and a.lower_ in obliging for a in c.children) and not syntax.negated(c)
               and not any(e for t in syntax.subjects(c) for e in ends.actors(t, conj=False))
               for c in verb.children)


def _told_to(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"China told Japan to stop the release", "Biden told Netanyahu to agree to a truce", "Poland
    pushed Germany to pay", "told the envoy that the detainees must be freed": a named side told or
    pushed to do something is asked for it (not "told reporters that ...", "pushed Ukrainian
    troops back")."""
    if syntax.is_passive(verb) or syntax.negated(verb):
        return []
    # (the parser may read the infinitive after the object as a clause of purpose)
    if not any(c.dep_ in ("xcomp", "advcl") and c.i > verb.i and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
               for c in verb.children) and not (verb.lemma_.lower() == "tell" and _obliged_without_actor(verb, ends, lex)):
        return []
    agents = actor_subjects(verb, ends)
    targets = not_own(agents, [e for o in syntax.objects(verb) for e in _named(ends.actors(o))], ends)
    return _emit("frame-told-to", verb, "demandsFrom", "100", agents, targets, verb, 0.6, trace)


#: what makes a clause the price of a condition: a modal of the future or possibility
_CONSEQUENCE_AUX = frozenset({"will", "would", "'ll", "could", "can", "may", "might", "shall"})
#: how far up a conditioned clause its reporter may stand ("wrote that ... and that, unless X ...")
_REPORT_REACH = 3


def _reporter_agents(clause: Token, ends: EndFinder, lex: Lexicon) -> list:
    """The actors who report ``clause``, a few reported clauses up at most ("wrote that ... and
    that, unless ...", '"The onus is on X," he said')."""
    agents, tok = [], clause
    for _ in range(_REPORT_REACH):
        if agents or tok.dep_ not in ("ccomp", "conj") or tok.head is tok:
            break
        tok = tok.head
        if tok.pos_ == "VERB" and tok.lemma_.lower() in lex.cue("reporting_verbs"):
            agents = actor_subjects(tok, ends)
    return agents


_ON_AGAINST = frozenset({"on", "against"})


def _conditional(mark: Token, main: Token) -> bool:
    """Whether the clause ``mark`` opens sets a condition on ``main``: "unless X acts", "only
    once X acts" ("would only return once ..."), "will not return until X acts"."""
    word = mark.lower_
    if word == "unless":
        return True
    if word == "once":
        return any(c.dep_ == "advmod" and c.lower_ == "only" for t in (main, mark, mark.head) for c in t.children)
    return word in ("until", "till") and syntax.negated(main)


def _condition_set(mark: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"warned they would trigger the snapback unless Tehran restores access", "wrote that,
    unless Ottawa scrapped its quotas, tariffs would rise", "said it would only stop once the
    government set up a fund", "will not resume talks until Kyiv withdraws": a consequence announced
    unless X acts is a demand on X, made by whoever announces it (the clause's actor, else its
    reporter)."""
    clause = mark.head
    if mark.dep_ != "mark" or clause.dep_ != "advcl" or clause.pos_ not in _VERB_POS or syntax.is_passive(clause):
        return []  # "unless Russia was targeted as well": no act asked of anyone
    main = clause.head
    if main.dep_ == "xcomp" and main.head.lemma_.lower() in ("threaten", "warn", "vow") \
            and main.head.pos_ in _VERB_POS:
        main = main.head  # "threatened to impose tariffs on Mexico unless it stopped ..."
    if main.pos_ not in _VERB_POS or not (any(c.dep_ == "aux" and c.lower_ in _CONSEQUENCE_AUX for c in main.children)
                                          or main.lemma_.lower() in ("threaten", "warn")):
        return []
    if not _conditional(mark, main):
        return []
    subject = syntax.clause_subject_of(clause)
    if subject is None or subject.dep_ != "nsubj":
        return []
    agents = actor_subjects(main, ends) or _reporter_agents(main, ends, lex)
    targets = not_own(agents, _named(ends.actors(subject)), ends)
    if not targets and (subject.lower_ in ("it", "they") or not ends.actors(subject)):
        # "threatened to impose tariffs on Mexico unless it / its neighbour stopped ...": the
        # one threatened
        threatened = [o for v in {main, clause.head} for o in syntax.objects(v)] + \
            [p for v in {main, clause.head} for _, p in syntax.prep_objects(v, _ON_AGAINST)]
        targets = not_own(agents, [e for o in threatened for e in _named(ends.actors(o))
                                   if e.entity.type in ("Country", "Organization", "Group")], ends)
        targets = targets if len({e.entity.id for e in targets}) == 1 else []
    return _emit("frame-condition-set", mark, "demandsFrom", "100", agents, targets, main, 0.6, trace,
                 polarity="positive", walk=False)


def _onus_on(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """'"The onus is on Pakistan to create an environment free of terror," he said': the side the
    onus is put on is asked to act, by whoever says so."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() != "be" or syntax.negated(verb):
        return []
    on = [p for t in (verb, noun) for _, p in syntax.prep_objects(t, frozenset({"on", "upon"}))]
    agents = _reporter_agents(verb, ends, lex)
    targets = not_own(agents, [e for t in on for e in _named(ends.actors(t))], ends)
    return _emit("frame-onus-on", noun, "demandsFrom", "100", agents, targets, verb, 0.6, trace,
                 polarity="positive", walk=False)


#: (cue lists, extra lemmas, part of speech, frame): the lemmas that anchor each frame
FRAMES = (
    ((), ("demand", "insist", "call", "press", "seek"), _VERB_POS, _act_demanded),
    ((), ("demand", "call"), _NOUN_POS, _act_demanded),
    ((), ("until",), frozenset({"SCONJ", "ADP"}), _pressure_until),
    ((), ("expect",), _VERB_POS, _expected_of),
    ((), tuple(sorted(_TELLING)), _VERB_POS, _told_to),
    # ("once" may be tagged an adverb even as the clause's mark)
    ((), ("unless", "once", "until", "till"), frozenset({"SCONJ", "ADP", "ADV"}), _condition_set),
    ((), ("onus",), _NOUN_POS, _onus_on),
)
