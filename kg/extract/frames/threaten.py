"""Threats: "will not allow X to", threatened countermeasures, facing sanctions,
vowed responses, answers held out on a condition ("if Y raises tariffs, we will respond")
ties held under review ("said Kyiv would review its cooperation with Budapest"),
attempts warned off ("said any attempt to seize the port would be met with force",
"any deployment on their territory would provoke a response"), hostile acts the speaker's
own side vows ("vowed that Israel would keep fighting until Hamas was destroyed") and
countermeasures held out with no one named (the side whose sanctions were reported last).

Word lists are the ``frame_*`` entries of ``kg/data/extract_cues.json``.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import syntax
from kg.extract.ends import End, EndFinder
from kg.extract.frames.act_targets import inside_authors
from kg.extract.frames._common import (STATES as _STATES, VERB_POS as _VERB_POS, children as _children,
                                       emit as _emit, named as _named, not_own, own_sides,
                                       owners_of_subject as _owners_of_subject, side)
from kg.extract.lexicon import FAMILY, Lexicon
from kg.extract.report_talks import hoped_act
from kg.extract.rules import Trace, actor_subjects, has_required
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
    if verb.lemma_.lower() == "warn":  # "warned of a nuclear response to the drills by Y"
        objects += [p for _, p in syntax.prep_objects(verb, frozenset({"of"}))]
    # "vowed to take firm countermeasures against X": the measures taken in what is vowed
    taken = [c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in ("take", "adopt")]
    objects += [o for c in taken for o in syntax.objects(c)]
    prompted = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lex.cue("frame_prompting")
    if not any(o.lemma_.lower() in lex.cue("frame_retaliation") or _held_out_penalty(verb, o, lex)
               for o in objects) and not (
            # "prompting B to warn that they could trigger the return of sanctions": a penalty
            # announced in what B warns of answers whatever prompted it
            prompted and any(t.lemma_.lower() in lex.cue("frame_penalties") | lex.cue("frame_retaliation")
                             for c in _children(verb, "ccomp") for t in c.subtree)):
        return []
    aimed = [p for t in (verb, *taken, *objects) for _, p in syntax.prep_objects(t, frozenset({"against", "on"}))]
    # "a response to the drills by Y": the answer aims at whoever did what it answers
    aimed += [p for o in objects if o.lemma_.lower() in lex.cue("frame_retaliation")
              for _, p in syntax.prep_objects(o, frozenset({"to"}))]
    targets = [e for p in aimed for e in ends.owners(p, ACTOR_TYPES, "threatens")]
    agents = actor_subjects(verb, ends)
    if _measures_taken(verb, objects, lex) and not taken and not prompted:
        # "China has announced countermeasures against nine U.S. firms": measures announced
        # as taken are imposed (a threat holds them out: "threatened countermeasures")
        return _emit("frame-countermeasures", verb, "sanctions", "163", agents, targets, verb, 0.65, trace)
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


def _measures_taken(verb: Token, objects: list[Token], lex: Lexicon) -> bool:
    """"announced countermeasures against X" (an announcing verb in the past or present, its
    own object a retaliation noun): measures taken, not held out; "will announce
    countermeasures", "announced it could retaliate" stay threats."""
    if verb.lemma_.lower() not in lex.cue("frame_imposing") or verb.tag_ not in ("VBD", "VBN", "VBZ", "VBP") \
            or syntax.negated(verb) or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    return any(o.lemma_.lower() in lex.cue("frame_retaliation") and o.lemma_.lower() not in ("response", "consequence")
               for o in objects if o.head == verb)


#: heads that hold a penalty or a strike out over someone ("threatened tariffs on X"), unlike
#: "announce", which imposes it
_HOLDING_OUT = frozenset({"threaten", "vow", "warn", "promise", "pledge"})


def _held_out_penalty(verb: Token, obj: Token, lex: Lexicon) -> bool:
    """"threatened sanctions against Turkey", "threatened nuclear strikes against the US",
    "vowed revenge against Guyana": a penalty or an assault held out (its noun) is a threat
    (not one warned of: "warned of new attacks on Y" fears someone else's)."""
    if verb.lemma_.lower() not in _HOLDING_OUT or obj.pos_ != "NOUN" or obj.dep_ == "pobj":
        return False
    return _penalty_noun(obj, lex)


def _penalty_noun(obj: Token, lex: Lexicon) -> bool:
    """A penalty or an assault named by its noun ("sanctions", "strikes", "military action")."""
    lemma = obj.lemma_.lower()
    # ("threatened military action against Iran's nuclear facilities", "threatened force")
    military = lemma == "force" or lemma in ("action", "operation", "intervention") and any(
        c.lower_ in ("military", "armed") for c in obj.children)
    return military or lemma in lex.cue("frame_penalties") or any(
        FAMILY[t.relation] in ("assault", "coerce") for t in lex.nouns.get(lemma, ()))


def _force_not_ruled_out(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"China has never ruled out the use of force against Taiwan", "refused to rule out
    military action against Iran": force kept on the table is a threat to its target."""
    if not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return []
    refused = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("refuse", "decline") \
        and not syntax.negated(verb.head)
    if not (syntax.negated(verb) or refused):
        return []
    objs = syntax.objects(verb)
    # "the use of force": what is used
    objs += [p for o in objs if o.lemma_.lower() == "use" for _, p in syntax.prep_objects(o, frozenset({"of"}))]
    # "using force to bring Taiwan under its control": the gerund's object, and whom its purpose names
    gerunds = [o for o in (*objs, *_children(verb, "xcomp")) if o.pos_ == "VERB" and o.lemma_.lower() == "use"]
    objs += [x for g in gerunds for x in syntax.objects(g)]
    if not any(_penalty_noun(o, lex) for o in objs if o.pos_ == "NOUN"):
        return []
    aimed = [p for t in (verb, *objs) for _, p in syntax.prep_objects(t, frozenset({"against", "on"}))]
    aimed += [x for g in gerunds for c in g.children if c.dep_ in ("advcl", "xcomp") for x in syntax.objects(c)]
    targets = [e for p in aimed for e in ends.owners(p, ACTOR_TYPES, "threatens")]
    agents = actor_subjects(verb.head if refused else verb, ends)
    return _emit("frame-not-ruled-out", verb, "threatens", "138", agents, not_own(agents, _named(targets), ends),
                 verb, 0.6, trace, polarity="positive")


def _facing(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Iran faces new U.S. sanctions", "release them or face sanctions", "could be subject
    to sanctions": whoever would impose them threatens the one who faces them."""
    if verb.lemma_.lower() == "face":
        # ("would face an overwhelming response": an answer held out is a penalty faced)
        nouns = [o for o in syntax.objects(verb) if o.lemma_.lower() in lex.cue("frame_penalties")
                 or o.lemma_.lower() == "response" and any(c.dep_ == "aux" and c.lower_ in ("would", "will")
                                                          for c in verb.children)]
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
        if head.lemma_.lower() in lex.cue("reporting_verbs") or head.lemma_.lower() == "warn":
            agents = [e for t in syntax.subjects(head) for e in ends.actors(t) if e.entity.type in _STATES]
    if not agents:  # the sanctions talked about before: whoever imposed or threatened them
        last = ends.last_by_relation.get("sanctions") or ends.last_by_relation.get("threatens")
        agents = [last] if last is not None else []
    return _emit("frame-facing", verb, "threatens", "130", agents, targets, verb, 0.6, trace)


def _vowed_response(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"vowed to retaliate against Finland", "warned it would respond firmly to X's move",
    "would act with full force against any attempt by X", "will take resolute measures against X"."""
    for act in _children(verb, "xcomp", "ccomp"):
        # "will use every tool at its disposal to respond to X": the answer the tools are for
        tools = act.lemma_.lower() == "use" and any(o.lemma_.lower() in _TOOLS and any(
            d.lower_ in ("every", "all", "any") for d in o.children) for o in syntax.objects(act))
        answers = [c for c in act.children if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in ("respond", "react")]
        act = answers[0] if tools and answers else act
        lemma = act.lemma_.lower()
        # "respond firmly", "act with full force", "take resolute action": a forceful answer
        # ("act forcefully against X" may hang the adverb on the preposition)
        near = [*act.children, *(g for c in act.children if c.dep_ == "prep" for g in c.children)]
        strong = tools or any(c.dep_ == "advmod" and c.lower_ in lex.cue("frame_firmly") for c in near) or any(
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
        agents = actor_subjects(verb, ends)
        # "Kim Yo-jong warned that North Korea would take action against X": a state named as
        # the one to answer threatens too (a pronoun is the speaker's side again)
        named_side = [e for t in act.children if t.dep_ == "nsubj" and t.pos_ == "PROPN"
                      for e in ends.actors(t) if e.entity.type == "Country"] if act.dep_ == "ccomp" else []
        if named_side and all(a.entity.type == "Person" for a in agents):
            agents = agents + [e for e in named_side if e.entity.id not in {a.entity.id for a in agents}]
        return _emit("frame-response", act, "threatens", "130", agents, targets, verb, 0.65, trace)
    return []


#: means held out in full ("every tool at its disposal", "all options")
_TOOLS = frozenset({"tool", "means", "option", "instrument", "lever", "measure"})


#: what one side may do to another in answer: a hostile act (its lexicon family) ...
_HOSTILE_FAMILIES = frozenset({"coerce", "assault", "threaten"})
#: ... unless it undoes one ("we will lift the sanctions if ...": a promise)
_RELIEF = frozenset({"lift", "ease", "remove", "end", "drop", "waive", "relax", "scrap", "withdraw", "suspend",
                     "cancel", "reverse", "halt", "stop", "pause", "delay", "postpone", "exempt"})
#: what one side gives another, whose review or cut is held over it ("would review the aid it provides to Y")
_GIVEN = frozenset({"assistance", "aid", "funding", "support", "help", "cooperation", "partnership", "tie",
                    "relation", "trade", "investment", "loan", "credit", "supply", "transit", "access"})
#: subjects that speak for the speaker's own side in a quote
_FIRST_PLURAL = frozenset({"we", "us"})


def _modal_future(verb: Token) -> bool:
    """"will / would / shall / 'll respond", "is going to respond"."""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll", "wo") for c in verb.children)


def _reserved_right(verb: Token) -> Token | None:
    """"reserved the right to take the matter to the OAS": the act held out (None otherwise)."""
    if verb.lemma_.lower() != "reserve" or not any(o.lemma_.lower() == "right" for o in syntax.objects(verb)):
        return None
    return next((a for o in syntax.objects(verb) for a in o.children if a.dep_ in ("acl", "relcl") and a.pos_ == "VERB"),
                None)


#: what is taken to a higher forum in answer ("raise the matter at the Security Council")
_ESCALATED = frozenset({"matter", "issue", "case", "dispute", "incident", "complaint"})


def _escalation(act: Token) -> bool:
    """"raise the matter at the UN", "take the issue to the OAS", "resume the barley dispute":
    a quarrel carried further."""
    objs = [o for o in syntax.objects(act) if o.lemma_.lower() in _ESCALATED]
    if not objs:
        return False
    if act.lemma_.lower() in ("resume", "pursue", "escalate", "reopen", "revive"):
        return True
    return act.lemma_.lower() in ("raise", "take", "refer", "bring") and bool(
        syntax.prep_objects(act, frozenset({"to", "at", "before", "with"})))


def _hostile_answer(verb: Token, lex: Lexicon) -> bool:
    """A response held out: "we will respond", "will retaliate", "will consider extending the
    controls", "would take measures", "will impose tariffs" (not "will lift the sanctions")."""
    acts = [verb] + [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    for act in acts:
        lemma = act.lemma_.lower()
        if lemma in lex.cue("retaliation_verbs") or lemma in ("retaliate", "strike", "hit") or _escalation(act):
            return True
        if lemma in _RELIEF:
            continue
        if any(FAMILY[t.relation] in _HOSTILE_FAMILIES for t in lex.verbs.get(lemma, ())):
            return True
        objs = syntax.objects(act)
        if any(FAMILY[t.relation] in _HOSTILE_FAMILIES for o in objs for t in lex.nouns.get(o.lemma_.lower(), ())):
            return True
        if lemma in ("take", "adopt") and any(o.lemma_.lower() in lex.cue("frame_response_measures") for o in objs):
            return True
    return False


def _answer_targets(verb: Token, ends: EndFinder) -> list:
    """The states a held-out answer names as what it hits: its object ("sanction Russia") or
    the "on / against" phrase of its object ("impose sanctions on Iran")."""
    objs = syntax.objects(verb)
    hit = objs + [p for o in objs for _, p in syntax.prep_objects(o, frozenset({"on", "against"}))]
    hit += [p for _, p in syntax.prep_objects(verb, frozenset({"on", "against"}))]
    return [e for t in hit for e in _named(ends.actors(t, conj=False)) if e.entity.type in _STATES]


def _own_voice(verb: Token, ends: EndFinder) -> list:
    """Who holds out the answer: the clause's actor subject ("we" in a quote: the speaker)."""
    agents = [e for e in actor_subjects(verb, ends) if e.entity.type in _STATES | {"Person"}]
    if not agents and any(s.lower_ in _FIRST_PLURAL for s in syntax.subjects(verb)) and ends.speaker is not None:
        agents = [ends.speaker._replace(coref=True, via="speaker of 'we'")]
    return agents


def _reporters(verb: Token, lex: Lexicon, ends: EndFinder) -> list:
    """The speaker of the statement ``verb`` is the content of ("X warned that if ...")."""
    tok = verb
    for _ in range(2):
        if tok.dep_ not in ("ccomp", "conj") or tok.head is tok:
            return []
        tok = tok.head
        if tok.lemma_.lower() in lex.cue("reporting_verbs"):
            return actor_subjects(tok, ends)
    return []


def _not_hesitate(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"China will not hesitate to take action against the Philippines", "said it would not
    hesitate to respond to any Israeli attack": an act held out without hesitation threatens
    the side it would hit (or whose attack it would answer)."""
    if not syntax.negated(verb):
        return []
    acts = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in _VERB_POS]
    if not acts:
        return []
    agents = _own_voice(verb, ends) or [e for e in _reporters(verb, lex, ends) if e.entity.type in _STATES]
    own = {e.entity.id for e in agents}
    targets = [e for a in acts for e in _answer_targets(a, ends) if e.entity.id not in own]
    # "respond to any Israeli attack": the author of the act answered
    targets += [e for a in acts for _, p in syntax.prep_objects(a, frozenset({"to"}))
                for e in _named(ends.owners(p, ACTOR_TYPES, "threatens")) if e.entity.type in _STATES
                and e.entity.id not in own]
    return _emit("frame-not-hesitate", verb, "threatens", "130", agents, targets, verb, 0.6, trace,
                 polarity="positive", walk=False)


def _conditional_response(mark: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """'"If Washington raises tariffs again, we will respond"', "Should the German side keep
    its approach, the government will consider extending the controls": the side that holds
    out a hostile answer threatens the one whose act is the condition."""
    cond = mark.head if mark.dep_ in ("mark", "aux") else None
    if cond is None or cond.dep_ != "advcl" or cond.pos_ not in _VERB_POS:
        return []
    if mark.lower_ == "should" and mark.i > next(iter(syntax.subjects(cond)), mark).i:
        return []  # "should" after its subject is an obligation, not "Should Y do X"
    main = cond.head
    reserved = _reserved_right(main)
    # "Canada was prepared to go further if Washington escalated the dispute": readiness held out
    ready = main.dep_ == "xcomp" and main.head.lower_ in ("prepared", "ready") and main.head.dep_ == "acomp" \
        and not syntax.negated(main.head.head)
    if main.pos_ not in _VERB_POS or not (_modal_future(main) or reserved is not None or ready) \
            or any(c.dep_ == "neg" for c in main.children):
        return []
    # ("go further" answers only a hostile condition: "if Washington escalated the dispute")
    further = main.lemma_.lower() == "go" and any(c.lower_ == "further" for c in main.children) and (
        cond.lemma_.lower() in ("escalate", "continue", "persist", "refuse", "fail") or any(
            FAMILY[tr.relation] in _HOSTILE_FAMILIES for tr in lex.verbs.get(cond.lemma_.lower(), ())))
    if not further and not _hostile_answer(reserved or main, lex):
        return []
    # "X said Y's allies would be targeted if they joined in": a passive answer names the one
    # it would hit as its subject, and the one hitting (if at all) in its "by" phrase
    passive = syntax.is_passive(main)
    agents = [e for a in syntax.by_agents(main) for e in ends.actors(a)] if passive else _own_voice(main, ends)
    agents += [e for e in _reporters(main, lex, ends) if e.entity.id not in {a.entity.id for a in agents}]
    # the one whose act is the condition, named in its clause ("if Washington raises tariffs")
    # (a person too: "will take action if Maduro fails to honor the deal")
    targets = [e for t in syntax.subjects(cond) for e in _named(ends.actors(t)) if e.entity.type in _STATES
               or e.entity.type == "Person" and t.pos_ == "PROPN"]
    if syntax.is_passive(cond) or cond.tag_ == "VBN" and syntax.by_agents(cond):
        # "would retaliate if (it was) attacked by Israel": the one acting in the condition
        own = {e.entity.id for e in agents}
        targets = [e for a in syntax.by_agents(cond) for e in _named(ends.actors(a))
                   if e.entity.type in _STATES and e.entity.id not in own] or targets
    if not targets and not passive and any(t.pos_ == "PRON" for t in syntax.subjects(cond)):
        # "would sanction Russia if it attacks", "will impose sanctions on Iran if it continues":
        # a pronoun the condition leaves open is the one the answer itself would hit
        targets = _answer_targets(main, ends)
    if passive:
        targets += [e for t in syntax.subjects(main) for e in _named(ends.actors(t)) if e.entity.type in _STATES]
    things = [t for t in syntax.subjects(cond) if t.pos_ == "NOUN" and ends.m.entity_at(t) is None]
    if not targets and things and agents:
        # "would raise the matter at the Security Council if the strikes continued": a condition
        # on an act names no one; its author is the other of the article's two sides
        own = own_sides(agents, ends)
        authors = [a for t in things for a in [ends.act_author(t, t.lemma_.lower()) or ends.act_author(t)]
                   if a is not None and a.entity.type in _STATES]
        pair = ends.two_sides()
        if authors:
            targets = [a._replace(token=cond, coref=True) for a in authors]
        elif len(pair) == 2 and any(e.id in own for e in pair):
            targets = [End(e, cond, True, "the other side") for e in pair if e.id not in own]
    return _emit("frame-if-respond", main, "threatens", "130", agents, not_own(agents, targets, ends), main, 0.6,
                 trace, polarity="positive")


def _reviewed_ties(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Sybiha said Kyiv would review its cooperation with Budapest", "said Brussels would
    review the financial assistance it provides to the Georgian government": a cut held out
    over the partner is a threat to it (the speaker's and the reviewing side's)."""
    if verb.dep_ not in ("ccomp", "conj") or not _modal_future(verb) or any(c.dep_ == "neg" for c in verb.children):
        return []
    # ("the two ministers would review bilateral cooperation": taking stock together, no threat)
    given = [o for o in syntax.objects(verb) if o.lemma_.lower() in _GIVEN
             and not any(c.lemma_.lower() in lex.cue("joint_adjectives") | {"mutual", "joint"}
                         for c in o.children)]
    if not given or len({e.entity.id for e in actor_subjects(verb, ends)}) > 1:
        return []
    reporters = _reporters(verb, lex, ends)
    if not reporters:
        return []  # a review announced as policy, not held out in a statement
    # the partner: "cooperation with Y", "the aid (it provides) to Y", "Y's access"
    partners = [p for g in given for t in (g, *(c for c in g.children if c.dep_ in ("acl", "relcl")))
                for _, p in syntax.prep_objects(t, frozenset({"with", "to", "for"}))]
    agents = actor_subjects(verb, ends)
    agents += [e for e in reporters if e.entity.id not in {a.entity.id for a in agents}]
    targets = [e for p in partners for e in _named(ends.actors(p)) if e.entity.type in _STATES]
    return _emit("frame-reviewed-ties", verb, "threatens", "130", agents, not_own(agents, targets, ends), verb, 0.6,
                 trace, polarity="positive")


#: verdicts that make whatever is "considered" so a cause of war ("an act of war / aggression")
_CASUS_BELLI = frozenset({"war", "aggression", "hostility", "attack"})
#: verbs that treat an act as something ("would be considered / regarded / treated as ...")
_TREATING = frozenset({"consider", "regard", "treat", "deem", "see", "view"})


def _answered(main: Token, lex: Lexicon) -> bool:
    """"would be met with force", "would be considered an act of war", "would be responded to",
    "would trigger a firm response"."""
    lemma = main.lemma_.lower()
    forceful = lex.cue("frame_force_nouns") | lex.cue("frame_retaliation")
    if lemma == "meet":
        return any(p.lemma_.lower() in forceful for _, p in syntax.prep_objects(main, frozenset({"with"})))
    if lemma in _TREATING:
        verdicts = [c for c in main.children if c.dep_ in ("oprd", "attr", "xcomp")]
        verdicts += [p for _, p in syntax.prep_objects(main, frozenset({"as"}))]
        return any(v.lemma_.lower() in _CASUS_BELLI or any(
            g.lemma_.lower() in _CASUS_BELLI for _, g in syntax.prep_objects(v, frozenset({"of"}))) for v in verdicts)
    if lemma in lex.cue("retaliation_verbs"):
        return True
    return lemma in ("trigger", "provoke", "invite", "draw") and any(
        o.lemma_.lower() in forceful for o in syntax.objects(main))


#: ground a side calls its own ("on their territory", "near its borders")
_HOME_GROUND = frozenset({"territory", "soil", "land", "border", "airspace", "water", "doorstep"})


def _any_attempt(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """'X said any attempt to seize the port would be met with force', '... would be considered
    an act of war': X threatens whoever would make the attempt ("by Y"; else the side X accuses
    in the same sentence; else the other of the article's two principal actors)."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or not any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children):
        return []
    main = noun.head
    if main.pos_ not in _VERB_POS or not _modal_future(main) or any(c.dep_ == "neg" for c in main.children) \
            or not _answered(main, lex):
        return []
    agents = _reporters(main, lex, ends)
    if not agents:
        return []
    own = {e.entity.id for e in agents} | {side.id for e in agents if e.entity.type == "Person"
                                          for side in [ends.affiliation(e.entity)] if side is not None}
    targets = [e for _, p in syntax.prep_objects(noun, frozenset({"by", "from"})) for e in _named(ends.actors(p))]
    conf = 0.6
    if not targets:
        # "any deployment of troops on their territory": the side whose land would host it
        # (a "their" resolved to the pair the sentence names loses the pronoun's 0.15: 0.65 keeps it)
        targets = [e for _, p in syntax.prep_objects(noun, frozenset({"on", "in", "to", "near"}))
                   if p.lemma_.lower() in _HOME_GROUND for e in _named(ends.owners(p, ACTOR_TYPES, "threatens"))]
        conf = 0.65 if targets else conf
    if not targets:
        # "accused the Ethiopian government of beating war drums and said any attempt ...": the accused
        report = main.head
        accusing = [v for v in (report, report.head) if v.lemma_.lower() == "accuse"]
        targets = [e for v in accusing for o in syntax.objects(v) for e in _named(ends.actors(o))]
    if not targets:
        pair = ends._principal_pair()
        if len(pair) == 2 and any(e.id in own for e in pair):
            targets = [End(e, noun, True, "principal pair") for e in pair if e.id not in own]
    return _emit("frame-any-attempt", main, "threatens", "130", agents, not_own(agents, targets, ends), main, conf,
                 trace, polarity="positive")


#: auxiliaries of an act held out rather than done ("would strike", "could target", "will keep fighting")
_HELD_OUT = frozenset({"will", "would", "shall", "'ll", "wo", "could", "might", "may"})
#: verbs that carry a hostile act on ("would keep fighting", "attacks would continue")
_GOING_ON = frozenset({"keep", "continue", "go", "resume", "carry", "press"})
#: verbs that commit the speaker's own side to what follows (unlike "warn", which may
#: foretell another's act: "warned that attacks would continue" can be a worry)
_PLEDGING = frozenset({"vow", "pledge", "swear", "promise"})


def _hostile_act(tok: Token, lex: Lexicon) -> bool:
    """"fight", "strike", "target", "impose (sanctions)": an assault or coercion (not "lift")."""
    lemma = tok.lemma_.lower()
    if lemma in _HALTING and any(FAMILY[t.relation] in ("coerce", "cooperate") for o in syntax.objects(tok)
                                 for t in lex.nouns.get(o.lemma_.lower(), ())):
        return True  # "cut off gas supplies to X", "halt deliveries": a flow of help stopped
    return lemma not in _RELIEF and any(FAMILY[t.relation] in ("assault", "coerce") and (
        not t.requires or has_required(tok, t.requires)) for t in lex.verbs.get(lemma, ()))


#: verbs that stop a flow the noun names ("cut off supplies", "halt deliveries")
_HALTING = frozenset({"cut", "halt", "stop", "suspend", "freeze", "block", "curb", "restrict"})


def _hostile_noun(tok: Token, lex: Lexicon) -> bool:
    """"attacks", "strikes", "raids": an assault named by its noun."""
    return tok.pos_ == "NOUN" and any(FAMILY[t.relation] == "assault" for t in lex.nouns.get(tok.lemma_.lower(), ()))


def _held_out_act(clause: Token, verb: Token, own: set, ends: EndFinder, lex: Lexicon) -> Token | None:
    """The hostile act the speaker's own side holds out in ``clause`` (the vow's xcomp or
    that-clause): "vowed to fight", "vowed that Israel would keep fighting", "warned the U.S.
    could target ...", "vowed that attacks on Israel would continue"; else None."""
    if syntax.negated(clause):
        return None
    if clause.dep_ == "ccomp":
        if not any(c.dep_ == "aux" and c.lower_ in _HELD_OUT for c in clause.children):
            return None  # "warned that Y attacked": a report, not an act held out
        subj = syntax.clause_subject_of(clause)
        if subj is None:
            return None
        found = ends.actors(subj)
        if found:  # "warned that Russia could invade": another side's act foretold, no threat
            if not all(e.entity.id in own for e in found):
                return None
        elif subj.pos_ == "NOUN":
            # "vowed that attacks on Israel would continue": the vower's own attacks, carried on
            if verb.lemma_.lower() not in _PLEDGING or not _hostile_noun(subj, lex) \
                    or clause.lemma_.lower() not in _GOING_ON:
                return None
            return clause
        elif subj.lower_ not in ("it", "we"):
            return None
    act = clause
    for _ in range(2):  # "would keep fighting", "will continue to strike"
        if act.lemma_.lower() not in _GOING_ON:
            break
        inner = [c for c in act.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        if not inner:
            return None
        act = inner[0]
    return act if _hostile_act(act, lex) else None


def _vowed_hostility(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"China vowed to fight to the end if Washington escalated", "Netanyahu vowed that Israel
    would keep fighting until Hamas was destroyed", "vowed that attacks on Israel would
    continue", "Trump warned that the U.S. could target $500 billion in Chinese goods": a
    hostile act the speaker's own side holds out threatens whoever it would hit."""
    saying = verb.lemma_.lower() not in lex.cue("threat_heads")
    if saying and not any(c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in _HELD_OUT for a in c.children)
                          for c in verb.children):
        return []  # (a cheap test first: "said" is the commonest verb)
    if syntax.negated(verb):
        return []
    agents = actor_subjects(verb, ends)
    if not agents:
        return []
    own = own_sides(agents, ends)
    for clause in _children(verb, "ccomp") if saying else _children(verb, "xcomp", "ccomp"):
        act = _held_out_act(clause, verb, own, ends, lex)
        if act is None or saying and not any(FAMILY[t.relation] == "assault" for t in lex.verbs.get(act.lemma_.lower(), ())):
            continue  # ("said it would strike X": only an assault the speaker's side holds out)
        aimed = [p for _, p in syntax.prep_objects(act, frozenset({"against", "on", "at"}))]
        if _hostile_act(act, lex):
            # "could target $500 billion in Chinese goods": whose goods a sum counts
            objs = syntax.objects(act)
            aimed += objs + [p for o in objs if o.pos_ in ("NUM", "SYM") or o.lower_ in ("$", "billion", "million")
                             for _, p in syntax.prep_objects(o, frozenset({"in", "of"}))]
            if act.lemma_.lower() in _HALTING:  # "cut off gas supplies to Moldova": where the flow goes
                aimed += [p for t in (act, *objs) for _, p in syntax.prep_objects(t, frozenset({"to"}))]
            if syntax.is_passive(act):  # "would be targeted": the one hit
                aimed += syntax.subjects(act)
        else:  # "attacks on Israel would continue": the attacks' target
            aimed += [p for s in syntax.subjects(clause)
                      for _, p in syntax.prep_objects(s, frozenset({"on", "against"}))]
        targets = [e for p in aimed for e in ends.owners(p, ACTOR_TYPES, "threatens")]
        # "until Hamas is destroyed", "until Russia withdraws": the one the act goes on
        # against; "if Washington escalates": the one whose act the answer waits on
        for sub in (c for t in {act, clause} for c in t.children if c.dep_ == "advcl"):
            if any(m.dep_ == "mark" and m.lower_ in ("if", "unless", "until") for m in sub.children):
                targets += [e for s in syntax.subjects(sub) for e in ends.actors(s) if e.entity.type in _STATES]
        targets = not_own(agents, _named(targets), ends)
        return _emit("frame-vowed-hostility", act, "threatens", "138", agents, targets, verb, 0.6, trace,
                     polarity="positive")
    return []


def _conj_root(tok: Token) -> Token:
    """The first of coordinated verbs ("would file ... and take ..." -> "file")."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return tok


def _clause_of(tok: Token) -> Token:
    """The finite verb whose clause holds a controlled act ("stood ready to hit back" -> "stood")."""
    while tok.dep_ in ("xcomp", "acomp") and tok.head is not tok:
        tok = tok.head
    return tok


#: heads of an act held out ("vowed to", "ready to", "prepared to")
_HOLDING_OUT = frozenset({"vow", "threaten", "warn", "pledge", "promise", "swear", "ready", "prepared", "prepare",
                          "plan"})


#: verbs that take or deal out countermeasures ("take countermeasures", "hit back with reprisals")
_TAKING = frozenset({"take", "adopt", "impose", "introduce", "launch", "prepare", "threaten", "vow", "promise"})
_DEALING = frozenset({"hit", "strike", "respond", "retaliate", "react", "answer"})


def _countermeasure_verb(noun: Token) -> Token | None:
    """The verb that holds out ``noun``: "would take all necessary countermeasures", "stood
    ready to hit back with countermeasures", "threatened reprisals"; else None."""
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in _TAKING:
        verb = head
    elif noun.dep_ == "pobj" and head.lower_ == "with" and head.head.lemma_.lower() in _DEALING:
        verb = head.head
    else:
        return None
    if syntax.negated(verb) or syntax.negated(verb.head):
        return None
    # ("would file a complaint and take countermeasures": the conjunct shares the auxiliary)
    held = any(c.dep_ == "aux" and c.lower_ in _HELD_OUT for t in {verb, _conj_root(verb)} for c in t.children) \
        or verb.lemma_.lower() in ("threaten", "vow", "promise")
    # "vowed to take countermeasures", "stood ready / was prepared to hit back with countermeasures"
    return verb if held or verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _HOLDING_OUT else None


def _unaimed_countermeasures(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"He said South Korea would take all necessary countermeasures", "the bloc stood ready to
    hit back with countermeasures if talks failed": countermeasures held out with no one named
    answer the last sanctions reported, by a side other than the speaker's: a threat to it."""
    verb = _countermeasure_verb(noun)
    if noun.lemma_.lower() == "measure" and not any(c.dep_ == "amod" and c.lower_ in _FIRM for c in noun.children):
        return []  # ("would take all necessary measures": only firm measures held out answer someone)
    if verb is None or any(syntax.prep_objects(t, frozenset({"against", "on", "at"})) for t in (noun, verb)):
        return []  # (a target named is read by the retaliation frames)
    takers = actor_subjects(verb, ends)
    agents = takers + [e for e in _reporters(_conj_root(_clause_of(verb)), lex, ends)
                       if e.entity.id not in {a.entity.id for a in takers}]
    # "vowed to take all necessary measures ... after Washington blacklisted Huawei": the act
    # the sentence says it answers
    answered = [e for v in verb.sent if v.dep_ == "advcl" and v.i > verb.i and any(
        m.dep_ == "mark" and m.lower_ in ("after", "following") for m in v.children) for e in actor_subjects(v, ends)]
    last = answered[0] if answered else ends.last_by_relation.get("sanctions")
    if not agents or last is None:
        return []
    # (the side answered is not the one taking the countermeasures, else not the speaker's)
    targets = not_own(takers or agents, [last._replace(token=noun, via="last sanctions")], ends)
    # (the answered side is taken from the sentences before: 0.65 less the guess's 0.15)
    return _emit("frame-unaimed-countermeasures", noun, "threatens", "130", agents, targets, verb, 0.65, trace,
                 polarity="positive")


#: words that make measures held out an answer ("all necessary measures", "resolute measures")
_FIRM = frozenset({"necessary", "resolute", "firm", "forceful", "strong", "decisive", "reciprocal", "retaliatory"})
#: answers held out as a noun ("vowed revenge", "promised a response")
_ANSWER_NOUNS = frozenset({"revenge", "retaliation", "retribution", "vengeance", "reprisal", "response"})
#: prepositions that name whom an answer is aimed at ("revenge against X", "respond to X")
_AIMING = frozenset({"against", "on", "to", "at"})
def _unaimed_answer(verb: Token, lex: Lexicon) -> Token | None:
    """The answer ``verb`` holds out with nobody named: its noun ("vowed revenge") or its
    infinitive ("vowed to retaliate", "reserved the right to respond"); else None."""
    answering = lex.cue("retaliation_verbs")
    if verb.lemma_.lower() == "reserve":
        rights = [o for o in syntax.objects(verb) if o.lemma_.lower() == "right"]
        acts = [c for r in rights for c in r.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in answering]
    else:
        acts = [c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in answering]
        acts += [o for o in syntax.objects(verb) if o.lemma_.lower() in _ANSWER_NOUNS and o.dep_ == "dobj"]
    # ("vowed to respond in kind": "in" names no one; "at a time of its choosing" is no target)
    acts = [a for a in acts if not any(p in ("against", "on", "to") or p == "at" and o.pos_ == "PROPN"
                                       for p, o in syntax.prep_objects(a, _AIMING))]
    return acts[0] if acts else None


#: verbs of harm whose passive names the attacker after "by" ("were killed by Syrian shelling")
_HARMING = frozenset({"kill", "wound", "injure", "attack", "strike", "shell", "bomb", "hit", "target"})


def _attack_nouns(lex: Lexicon) -> list[str]:
    """The act nouns whose authors the article keeps track of that name an assault ("strike",
    "killing", "shelling"; not "launch" or "seizure")."""
    names = (x.split("=", 1)[0] for x in lex.cue("act_reference_nouns"))
    return [n for n in names if any(FAMILY[t.relation] == "assault" for t in lex.nouns.get(n, ()))]


def _vowed_answer(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Israel killed a senior Islamic Jihad commander ... Islamic Jihad vowed revenge", "India
    reserved the right to respond at a time of its choosing": an answer held out with nobody
    named answers the attacks talked about just before; when they are all by one side other
    than the vowing one, a threat to that side."""
    if syntax.negated(verb) or verb.lemma_.lower() not in ("vow", "swear", "pledge", "promise", "reserve"):
        return []
    act = _unaimed_answer(verb, lex)
    if act is None:
        return []
    agents = actor_subjects(verb, ends) or _reporters(_conj_root(verb), lex, ends)
    # the authors of the attacks talked about in the last few sentences, outside the vowing side
    # (act_author leaves out the side of the clause's own subject)
    found = [e for n in _attack_nouns(lex) for e in [ends.act_author(verb, n)] if e is not None]
    targets = list({side(e, ends).entity.id: e for e in not_own(agents, found, ends)}.values())
    if not targets:
        # "said five of its soldiers had been killed by Syrian government shelling, and vowed to
        # retaliate": an assault named earlier in the vow's own sentence
        names = set(_attack_nouns(lex))
        before = verb.doc[verb.sent.start:verb.i]
        here = [e for t in before if t.pos_ == "NOUN" and t.lemma_.lower() in names for e in inside_authors(t, ends)]
        here += [e for t in before if t.pos_ == "VERB" and t.lemma_.lower() in _HARMING and syntax.is_passive(t)
                 for a in syntax.by_agents(t) for e in ends.actors(a)]
        targets = list({side(e, ends).entity.id: e for e in not_own(agents, here, ends)}.values())
    if len(targets) != 1:
        trace.add("frame-vowed-answer", verb, "rejected threatens",
                  f"{len(targets)} sides attacked before: no single side answered")
        return []
    # (the answered side is taken from the sentences before: 0.65 less the guess's 0.15)
    targets = [targets[0]._replace(token=act, coref=True, via="last attacker")]
    return _emit("frame-vowed-answer", verb, "threatens", "130", agents, targets, verb, 0.65, trace,
                 polarity="positive")


def _made_to_pay(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"vowed to make Russia pay", "we will make them pay for this crime": whoever makes
    them pay threatens the one who is to pay (what they would pay with is the frame
    :mod:`.consequences` reads: "X will pay a heavy price")."""
    maker = verb.head
    if verb.dep_ not in ("ccomp", "xcomp") or maker.lemma_.lower() != "make" or syntax.negated(maker):
        return []
    payers = [e for e in actor_subjects(verb, ends) if e.entity.type != "Topic"]
    payers += [e for o in syntax.objects(maker) for e in ends.actors(o, ACTOR_TYPES) if e.entity.type != "Topic"]
    agents = actor_subjects(maker, ends) or _reporters(_conj_root(_clause_of(maker)), lex, ends)
    return _emit("frame-made-to-pay", verb, "threatens", "130", agents, not_own(agents, payers, ends), verb, 0.6,
                 trace, polarity="positive")


#: (cue lists, extra lemmas, part of speech, frame): the lemmas that anchor each frame
FRAMES = (
    ((), ("attempt", "effort", "bid", "move", "incursion", "violation", "provocation", "deployment"),
     frozenset({"NOUN"}), _any_attempt),
    ((), ("if", "unless", "should"), frozenset({"SCONJ", "AUX"}), _conditional_response),
    (("reconsideration_verbs",), ("suspend", "cut", "freeze", "halt", "sever", "curtail"), _VERB_POS, _reviewed_ties),
    (('frame_warning',), (), _VERB_POS, _will_not_allow),
    (('frame_retaliating',), (), _VERB_POS, _retaliation),
    ((), ('face', 'be'), _VERB_POS, _facing),
    ((), ('rule',), _VERB_POS, _force_not_ruled_out),
    (('frame_retaliating',), ('vow',), _VERB_POS, _vowed_response),
    (('threat_heads',), ('say', 'declare'), _VERB_POS, _vowed_hostility),
    ((), ("countermeasure", "counter-measure", "reprisal", "retaliation", "measure"), frozenset({"NOUN"}),
     _unaimed_countermeasures),
    ((), ("vow", "swear", "pledge", "promise", "reserve"), _VERB_POS, _vowed_answer),
    ((), ("pay",), _VERB_POS, _made_to_pay),
    ((), ("hesitate",), _VERB_POS, _not_hesitate),
    # (an appeal, not a threat: "China hoped London would work with it"; kept with the
    # other frames on what a speaker holds out to another side)
    ((), ("hope", "hop"), _VERB_POS | frozenset({"NOUN"}), hoped_act),
)
