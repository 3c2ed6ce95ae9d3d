"""Appeals and membership: a matter taken to a body, help sought from X, the
cooperation of X requested, "demanded that X stop ...", a demand put to the other side of talks,
"demanded an end to X's strikes", demands handed to X ("handed X a list of demands"), conditions set ("repeated its condition that X amend ..."),
withdrawing from, applying to join ("formally applied to join NATO": an appeal to it) or
joining a body, and a request whose addressee is the subject of the clause
around it ("held a session at Mexico's request").

Word lists are the ``frame_*`` entries of ``kg/data/extract_cues.json``.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import syntax
from kg.extract.discourse import principal_pair
from kg.extract.ends import End, EndFinder
from kg.extract.frames._common import (not_own, NOUN_POS as _NOUN_POS, VERB_POS as _VERB_POS, emit as _emit,
                                       named as _named, across_the_table as _across, own_sides as _own_sides)
from kg.extract.frames.verb_context import text_senders
from kg.extract.lexicon import Lexicon
from kg.extract.rules import Trace, actor_subjects
from kg.types import ACTOR_TYPES

__all__ = ["FRAMES"]


#: verbs that take a party before a court or body ("took China to the WTO", "hauled X before the ICJ")
_HAULING = frozenset({"take", "drag", "haul", "bring"})


def _referred(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"take the matter to the International Court of Justice", "refer the dispute to the UN",
    "took China to the WTO" (a party taken before a body)."""
    objs = syntax.objects(verb)
    if not any(o.lemma_.lower() in lex.cue("frame_disputes") for o in objs) and not (
            verb.lemma_.lower() in _HAULING and any(_named(ends.actors(o)) for o in objs)):
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
    # "sought Washington's military help", "asked for U.S. help", "for Indian assistance": the giver
    # named as the possessor or by a name or demonym before the noun
    givers += [c for w in wanted if w.lemma_.lower() in lex.cue("frame_help_nouns") for c in w.children
               if c.dep_ == "poss" and c.pos_ == "PROPN"
               or c.dep_ in ("amod", "compound") and c.ent_type_ in ("GPE", "NORP", "ORG")]
    agents = actor_subjects(verb, ends) if not syntax.is_passive(verb) else []
    targets = not_own(agents, [e for t in givers for e in _named(ends.actors(t))], ends)
    return _emit("frame-sought", verb, "appealsTo", "020", agents, targets, verb, 0.65, trace)


#: where the giver of what is asked for is named ("the support of X", "restraint from X")
_OF_FROM = frozenset({"of", "from"})
#: what one asks of another ("requested the understanding and cooperation of X")
_ASKED_OF = frozenset({"cooperation", "understanding", "support", "help", "assistance", "backing", "restraint",
                       "action", "involvement", "engagement", "commitment", "patience", "solidarity"})


def _requested_of(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"requested the continued cooperation of South Korea", "asked for the support of X",
    "sought the help of Y": an appeal to whoever is to give it."""
    if syntax.is_passive(verb) or any(c.dep_ == "neg" for c in verb.children):
        return []
    wanted = syntax.objects(verb) + [p for _, p in syntax.prep_objects(verb, frozenset({"for"}))]
    wanted = [w for t in wanted for w in (t, *t.conjuncts) if w.pos_ == "NOUN"]
    if not any(w.lemma_.lower() in _ASKED_OF for w in wanted):
        return []
    # "the understanding and cooperation of X": "of" hangs on either conjunct; "called for
    # restraint from China": "from" names the giver too
    givers = [p for w in wanted for _, p in syntax.prep_objects(w, _OF_FROM)]
    givers += [p for _, p in syntax.prep_objects(verb, frozenset({"from"})) if verb.lemma_.lower() == "call"]
    # "requested the ROK's continued understanding": the giver named as the possessor
    givers += [c for w in wanted if w.lemma_.lower() in _ASKED_OF for c in w.children
               if c.dep_ == "poss" and c.pos_ == "PROPN"]
    agents = actor_subjects(verb, ends)
    targets = not_own(agents, [e for t in givers for e in _named(ends.actors(t))], ends)
    return _emit("frame-requested", verb, "appealsTo", "020", agents, targets, verb, 0.65, trace)


#: what is urged on the sides of a fight when nobody is named ("Russia urged restraint")
_CALM_WORDS = frozenset({"restraint", "calm", "de-escalation", "deescalation"})


def _restraint_urged(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Kyrgyz and Tajik guards exchanged fire ... Russia urged restraint", "the UN called for
    calm": restraint asked of nobody named is asked of the sides of the fighting just told (the
    article's principal pair, one of them the last attacker), not of the speaker's side."""
    if syntax.is_passive(verb) or syntax.negated(verb) or any(
            c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in verb.children):
        return []
    wanted = [o for o in syntax.objects(verb) if o.dep_ == "dobj"] \
        + [p for _, p in syntax.prep_objects(verb, frozenset({"for"}))]
    if not any(w.lemma_.lower() in _CALM_WORDS and not any(c.dep_ == "prep" and c.lower_ in _OF_FROM
                                                            for c in w.children) for w in wanted):
        return []
    attacker = ends.last_attacker
    pair = principal_pair(ends.m)
    if attacker is None or len(pair) != 2 or attacker.entity.id not in {e.id for e in pair}:
        return []
    agents = actor_subjects(verb, ends)
    sides = [End(e, verb, True, "a side of the fighting told") for e in pair]
    return _emit("frame-restraint", verb, "appealsTo", "020", agents, not_own(agents, sides, ends), verb, 0.65, trace)


def _called_on_also(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"called on A to start talks and on B to stop blocking ...": the second addressee,
    which the parser hangs as a conjunct under the first request."""
    if not any(c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in verb.children):
        return []
    # (under the first infinitive or deeper: "to start setting up X and on B to ...")
    seconds = [c for x in verb.children if x.dep_ == "xcomp" for c in x.subtree
               if c.dep_ == "conj" and c.pos_ == "ADP" and c.lower_ in ("on", "upon")]
    targets = [e for c in seconds for g in c.children if g.dep_ == "pobj" for e in _named(ends.actors(g))]
    if not targets:
        return []
    return _emit("frame-called-on", verb, "appealsTo", "020", actor_subjects(verb, ends), targets, verb, 0.7, trace)


#: verbs whose "that" clause is what they require of its subject ("demanded that X withdraw")
#: modals that predict rather than ask
_PREDICTING = frozenset({"would", "will", "'ll", "could", "can", "may", "might"})
_MANDATING = frozenset({"demand", "insist", "urge", "ask", "request"})


def _demanded_that(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"We demand that the Belarusian authorities stop ...", "insisted that Israel withdraw":
    a demand on the subject of the clause (not on the speaker's own side)."""
    if syntax.is_passive(verb) or any(c.dep_ == "neg" for c in verb.children):
        return []
    targets = _mandated(verb, verb.i, ends)
    if not targets:
        return []
    # "handed a note to the embassy demanding that X stop ...": the note's sender demands
    agents = actor_subjects(verb, ends) or text_senders(verb, ends)
    targets = not_own(agents, targets, ends)
    if not targets:
        return []
    return _emit("frame-demanded-that", verb, "demandsFrom", "100", agents, targets, verb, 0.65, trace)


def _mandated(verb: Token, after: int, ends: EndFinder) -> list:
    """The actors a mandate is put on: the subjects of the bare-verb "that" clauses of
    ``verb`` after token ``after`` ("that X stop"; "that X stopped" is a report)."""
    targets = []
    # (a noun's content clause may be parsed as a relative one: "conditions that X extradite ...")
    deps = ("ccomp",) if verb.pos_ in _VERB_POS else ("ccomp", "acl", "relcl")
    for clause in (c for c in verb.children if c.dep_ in deps and c.pos_ == "VERB" and c.i > after):
        if not any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children) or syntax.is_passive(clause) \
                or clause.tag_ not in ("VB", "VBP") or any(a.dep_ == "aux" and a.lower_ in _PREDICTING
                                                           for a in clause.children):
            continue  # (not "insisted that Georgia would join the EU": a prediction)
        targets += [e for t in syntax.subjects(clause) if t.dep_ == "nsubj" for e in _named(ends.actors(t))]
    return targets


#: what one side sets the other before it acts ("repeated two conditions: that X amend ...")
_CONDITIONS = frozenset({"condition", "precondition"})


def _conditions_named(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Azerbaijan repeated two conditions: that Armenia amend its constitution ...", "set
    the precondition that X withdraw": a demand on whoever the condition's clause names."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ not in _VERB_POS or syntax.is_passive(verb) \
            or any(c.dep_ == "neg" for c in verb.children):
        return []
    # the clause hangs on the verb after the noun, or on the noun itself ("conditions that X ...")
    targets = _mandated(verb, noun.i, ends) + _mandated(noun, noun.i, ends)
    # "repeated Somalia's conditions": whose conditions they are, else who sets them
    agents = [e for c in noun.children if c.dep_ == "poss" for e in ends.actors(c)] or actor_subjects(verb, ends)
    targets = not_own(agents, targets, ends)
    if not targets:
        return []
    return _emit("frame-conditions", noun, "demandsFrom", "100", agents, targets, verb, 0.65, trace)


def _demanded_of_counterpart(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"(after talks between A and B) The A side demanded a timetable for ...": a demand with
    no addressee named is put to the other side of the talks just reported."""
    if syntax.is_passive(verb) or any(c.dep_ == "neg" for c in verb.children) or len(ends.last_meeting) != 2:
        return []
    objs = syntax.objects(verb)
    if not objs or any(ends.actors(o) for o in objs) or syntax.prep_objects(verb, frozenset({"from", "of", "on"})):
        return []
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return []  # "demanded that X ...": the clause names who is to act
    meeting = ends.last_meeting[0].token
    if meeting.doc is not verb.doc or verb.sent.start - meeting.sent.start > 600:
        return []  # only talks reported a few sentences before
    agents = actor_subjects(verb, ends)
    targets = _across(agents, ends, objs[0], "other side of the talks")
    if not targets:
        return []
    return _emit("frame-demand-counterpart", verb, "demandsFrom", "100", agents, targets, verb, 0.65, trace)


#: what is demanded to end ("an end to", "a halt to", "the cessation of")
_ENDINGS = frozenset({"end", "halt", "stop", "cessation", "termination"})


def _end_demanded(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"demanded an end to Turkey's incursions", "called for a halt to the strikes" (the
    attacks just reported): a demand on whoever carries them out."""
    if syntax.is_passive(verb) or any(c.dep_ == "neg" for c in verb.children):
        return []
    wanted = syntax.objects(verb) + [p for _, p in syntax.prep_objects(verb, frozenset({"for"}))]
    acts = [p for w in wanted if w.lemma_.lower() in _ENDINGS
            for _, p in syntax.prep_objects(w, frozenset({"to", "of"}))]
    if not acts:
        return []
    agents = actor_subjects(verb, ends)
    own = _own_sides(agents, ends)
    # "violations of Iraqi sovereignty": the victim named is the speaker's own side, no culprit
    targets = [e for a in acts for e in _named(ends.owners(a, ACTOR_TYPES, "demandsFrom")) if e.entity.id not in own]
    last = ends.last_attacker
    if not targets and last is not None and last.entity.id not in own and any(
            a.lemma_.lower() in lex.cue("attack_reference_nouns") or a.lemma_.lower() == "violation" for a in acts):
        targets = [last._replace(token=acts[0], coref=True, via="last attacker")]
    return _emit("frame-end-demanded", verb, "demandsFrom", "100", agents, targets, verb, 0.65, trace)


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


#: Prepositions before a gerund that keep its subject out ("warned Moldova against joining
#: NATO", "barred from joining", "talks on joining").
_NOT_JOINING = frozenset({"against", "from", "on", "about", "over", "of", "without"})
#: Heads of an infinitive "to join" that only want it ("applied to join", "a bid to join").
_SEEKING_TO_JOIN = frozenset({"apply", "seek", "want", "hope", "aspire", "wish", "try", "attempt",
                              "bid", "push", "strive", "campaign", "lobby", "application", "ambition",
                              "aspiration", "desire", "quest", "effort", "drive"})


#: Heads of "to join" that put the wish to the body itself ("formally applied to join NATO",
#: "asked to join the Russian Federation", "Ukraine's application to join the EU")
_APPLYING = frozenset({"apply", "application", "bid", "ask", "request", "petition", "seek"})


def _applied_to_join(verb: Token, ends: EndFinder, trace: Trace):
    """"Finland and Sweden formally applied to join NATO", "Kyiv's bid to join the EU": an
    appeal to the body (no membership yet)."""
    head = verb.head
    if head.pos_ in _NOUN_POS:
        # "Ukraine's application to join", "submitted its bid to join": the possessor, else the
        # subject of the verb the noun is the object of
        agents = [e for c in head.children if c.dep_ == "poss" for e in ends.actors(c)]
        if not agents or all(c.pos_ == "PRON" for c in head.children if c.dep_ == "poss"):
            agents = actor_subjects(head.head, ends) if head.dep_ == "dobj" else agents
    else:
        if any(c.dep_ == "dobj" for c in head.children):
            return []  # "asked Sweden to join": the one asked is to join, not the asker
        agents = actor_subjects(head, ends)
    agents = [e for e in agents if e.entity.type in ("Country", "Organization", "Group")]
    # ("asked to join the Russian Federation": a country may be joined too)
    targets = [e for t in syntax.objects(verb) for e in _named(ends.actors(t, conj=False))
               if e.entity.type in ("Organization", "Country")]
    return _emit("frame-applied", verb, "appealsTo", "020", agents, targets, head, 0.65, trace)


def _applied_to_body(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Armenia has applied to the UN Security Council": an appeal to an international body
    (not "the sanctions they had applied to Bamako": applying something is no appeal)."""
    if syntax.is_passive(verb) or syntax.negated(verb) or any(c.dep_ in ("dobj", "xcomp") for c in verb.children):
        return []
    targets = [e for _, p in syntax.prep_objects(verb, frozenset({"to"})) for e in _named(ends.actors(p, conj=False))
               if e.entity.type == "Organization"]
    if not targets:
        return []
    agents = [e for e in actor_subjects(verb, ends) if e.entity.type in ("Country", "Organization", "Group", "Person")]
    return _emit("frame-applied-to", verb, "appealsTo", "020", agents, targets, verb, 0.6, trace)


def _joined(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Armenia joined the International Criminal Court": membership (not "joined the EU in
    condemning ...", which is taking the same side)."""
    if syntax.is_passive(verb) or any(c.dep_ == "prep" and c.lower_ in ("in", "with", "for") and any(
            g.tag_ == "VBG" or g.dep_ == "pcomp" for g in c.children) for c in verb.children):
        return []
    if verb.dep_ in ("xcomp", "acl") and verb.head.lemma_.lower() in _APPLYING:
        return _applied_to_join(verb, ends, trace)
    if verb.dep_ == "pcomp" and verb.head.lower_ in _NOT_JOINING or \
            verb.dep_ in ("xcomp", "acl") and verb.head.lemma_.lower() in _SEEKING_TO_JOIN:
        # ("hopes to join NATO", "its ambition to join the EU": a wish, not a membership)
        trace.add("frame-joined", verb, "REJECT", f"'{verb.head.text} {verb.text}': not a member")
        return []
    bodies = syntax.objects(verb) if verb.lemma_.lower() == "join" else \
        [p for _, p in syntax.prep_objects(verb, frozenset({"to"}))]
    targets = [e for t in bodies for e in _named(ends.actors(t, conj=False)) if e.entity.type == "Organization"]
    agents = [e for e in actor_subjects(verb, ends) if e.entity.type in ("Country", "Organization")]
    return _emit("frame-joined", verb, "memberOf", None, agents, targets, verb, 0.65, trace)


#: nouns of asking whose addressee the clause around them may name
_ASKING_NOUNS = frozenset({"request", "appeal", "plea", "call", "demand"})
#: adjunct prepositions that set a request against the clause it conditions ("held a session at
#: Mexico's request", "failed to agree despite appeals from X", "acted following a request by Y")
_ASKED_PREPS = frozenset({"at", "upon", "despite", "following", "after"})
#: verbs whose subject has a request before it ("was examining a request from X"); a request
#: rejected or accepted is that stance's fact
_WEIGHING = frozenset({"examine", "consider", "review", "study", "weigh", "assess", "evaluate", "process",
                       "receive", "heed", "answer"})


def _asked_clause(noun: Token) -> Token | None:
    """The verb whose subject is the one a request noun is put to, or None: the clause the
    request sets ("at X's request", "despite appeals from X"), the verb that weighs it
    ("examining a request from X"), or the clause whose object it describes ("did not agree to
    lift the curbs, a key demand from X")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() == "response" \
            and head.head.dep_ == "pobj" and head.head.head.lower_ == "in":
        head = head.head.head  # "in response to a request from X, Y did ...": as "at X's request"
        verb = head.head
        return verb if verb.pos_ in _VERB_POS else None
    if noun.dep_ == "pobj" and head.lower_ in _ASKED_PREPS:
        verb = head.head
        if verb.pos_ not in _VERB_POS and verb.dep_ in ("dobj", "pobj") and verb.head.pos_ in _VERB_POS:
            verb = verb.head  # "held a session at X's request": the phrase may hang off the object
        return verb if verb.pos_ in _VERB_POS else None
    if noun.dep_ == "dobj" and head.pos_ in _VERB_POS and head.lemma_.lower() in _WEIGHING:
        return head
    if noun.dep_ == "appos" and head.pos_ in ("NOUN", "PROPN"):
        return syntax.governing_verb(head, frozenset())
    if noun.dep_ in ("npadvmod", "appos") and head.pos_ in _VERB_POS and noun.i > head.i and noun.left_edge.i > 0 \
            and "," in (noun.left_edge.text, noun.doc[noun.left_edge.i - 1].text):
        return head  # "..., a key demand from X" set off after the clause it describes
    return None


def _request_addressed(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"X held an emergency session at Mexico's request", "failed to agree, despite appeals from
    the AU", "was examining a request from Bangladesh for the extradition of Y", "did not agree
    to lift the curbs, a key demand from Beijing": a request with its asker but no addressee
    named is put to the subject of the clause it stands in. A request for an act the addressee
    is to carry out ("the extradition of Y") or a demand is a demand (as "called on X to release")."""
    if noun.lemma_.lower() == "call" and not any(
            c.dep_ == "prep" and c.lower_ == "for" or c.dep_ in ("acl", "relcl") for c in noun.children):
        return []  # "a call from Biden" is a telephone call; "calls for restraint" are appeals
    if any(c.dep_ == "prep" and c.lower_ in ("to", "on", "upon") for c in noun.children):
        return []  # "an appeal to X": the noun rule's target
    verb = _asked_clause(noun)
    if verb is None or syntax.is_passive(verb):
        return []
    if noun.dep_ == "dobj" and (syntax.negated(verb) or any(c.dep_ == "det" and c.lower_ in ("any", "no")
                                                            for c in noun.children)):
        return []  # "has not received any request from X", "got no request": none was made
    askers = [c for c in noun.children if c.dep_ in ("poss", "amod", "compound")]
    askers += [p for _, p in syntax.prep_objects(noun, frozenset({"from", "by", "of"}))]
    if not askers and noun.dep_ == "dobj":
        askers = [p for _, p in syntax.prep_objects(verb, frozenset({"from"}))]  # (parsed onto the verb)
    agents = [e for t in askers for e in _named(ends.actors(t))]
    addressees = not_own(agents, actor_subjects(verb, ends), ends)
    acts = lex.cue("frame_demanded_acts")
    wanted = [p for t in (noun, verb) for _, p in syntax.prep_objects(t, frozenset({"for"}))]
    demand = noun.lemma_.lower() == "demand" or any(w.lemma_.lower() in acts for w in wanted)
    relation, cameo = ("demandsFrom", "100") if demand else ("appealsTo", "020")
    # the request stands whatever its addressee did with it ("did not agree to lift ...")
    return _emit("frame-request-addressed", noun, relation, cameo, agents, addressees, verb, 0.6, trace,
                 polarity="positive", walk=False)


#: verbs that hand demands to whoever is to meet them ("handed Doha a list of demands")
_HANDING = frozenset({"give", "hand", "present", "send", "deliver", "issue", "submit", "transmit"})


def _demands_handed(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"handed Doha a list of 13 demands", "issued Belgrade an ultimatum", "presented Kyiv with
    its demands", "sent a list of demands to Minsk": demands put to the one they are handed to."""
    held = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun  # "a list of demands"
    verb = held.head
    if held.dep_ == "pobj" and verb.lower_ == "with":
        verb = verb.head  # "presented Kyiv with demands"
    elif held.dep_ != "dobj":
        return []
    if verb.pos_ not in _VERB_POS or verb.lemma_.lower() not in _HANDING or syntax.is_passive(verb) \
            or syntax.negated(verb):
        return []
    given = [c for c in verb.children if c.dep_ == "dative" or c.dep_ == "dobj" and c is not held]
    given += [p for _, p in syntax.prep_objects(verb, frozenset({"to"}))]
    agents = actor_subjects(verb, ends)
    targets = not_own(agents, [e for t in given for e in _named(ends.actors(t))], ends)
    return _emit("frame-demands-handed", noun, "demandsFrom", "100", agents, targets, verb, 0.65, trace)


#: (cue lists, extra lemmas, part of speech, frame): the lemmas that anchor each frame
#: verbs asking for a body's session ("requested an emergency meeting of the Security Council")
_SESSION_ASKING = frozenset({"request", "seek", "ask", "demand", "call"})
#: what a body holds when asked ("an urgent meeting", "a special session")
_SESSIONS = frozenset({"meeting", "session", "summit", "briefing", "debate", "consultation"})


def _session_requested(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Colombia said it would seek an urgent meeting of the OAS", "Russia requested an
    emergency meeting of the UN Security Council", "called for an urgent session of X": an
    appeal to the body asked to meet."""
    verb = noun.head
    passive = noun.dep_ == "nsubjpass" and syntax.is_passive(verb)  # "the briefing was requested by X"
    if noun.dep_ == "pobj" and verb.lower_ == "for" and verb.head.lemma_.lower() in ("call", "ask"):
        verb = verb.head  # "called for an urgent meeting of X"
    elif noun.dep_ != "dobj" and not passive:
        return []
    if verb.pos_ not in _VERB_POS or verb.lemma_.lower() not in _SESSION_ASKING or syntax.is_passive(verb) != passive:
        return []
    bodies = [p for _, p in syntax.prep_objects(noun, frozenset({"of"}))]
    agents = [e for a in syntax.by_agents(verb) for e in ends.actors(a)] if passive else actor_subjects(verb, ends)
    targets = not_own(agents, [e for t in bodies for e in _named(ends.actors(t)) if e.entity.type == "Organization"],
                      ends)
    return _emit("frame-session-requested", noun, "appealsTo", "020", agents, targets, verb, 0.65, trace)


FRAMES = (
    ((), tuple(sorted(_ASKING_NOUNS)), _NOUN_POS, _request_addressed),
    ((), ("demand", "ultimatum"), _NOUN_POS, _demands_handed),
    (('frame_referring',), ('drag', 'haul'), _VERB_POS, _referred),
    (('frame_withdrawing',), (), _VERB_POS, _withdrew),
    ((), ('join', 'accede'), _VERB_POS, _joined),
    ((), ('apply',), _VERB_POS, _applied_to_body),
    (('frame_seeking',), (), _VERB_POS, _sought_help),
    ((), tuple(sorted(_SESSIONS)), _NOUN_POS, _session_requested),
    ((), ('request', 'ask', 'seek', 'solicit', 'enlist', 'call'), _VERB_POS, _requested_of),
    ((), ('call',), _VERB_POS, _called_on_also),
    ((), ('urge', 'call', 'appeal', 'ask', 'press'), _VERB_POS, _restraint_urged),
    ((), tuple(_MANDATING), _VERB_POS, _demanded_that),
    ((), tuple(sorted(_CONDITIONS)), _NOUN_POS, _conditions_named),
    ((), ('demand',), _VERB_POS, _demanded_of_counterpart),
    ((), ('demand', 'call', 'urge', 'seek', 'press'), _VERB_POS, _end_demanded),
)
