"""What a denial denies when the denied thing is a clause, not a noun.

- "X denied that its pilots had acted recklessly" -> X denies "acting recklessly";
  "X denied that the ministry discriminated against foreign firms" -> X denies
  "discriminating against foreign firms": the denied clause's predicate turned into a
  gerund phrase (``report-deny-clause``). A clause with a noun object ("denied that
  jets had violated its airspace") is left to the verb rule, which names the object;
  a clause whose verb is a relation aimed at a named actor ("denied that it attacked
  Y") is the negative event itself, not a topic.
- "X denied that the group was responsible for / behind / involved in the attack" -> X
  denies "attack"; "X denied that the oil sales were illegal" -> "illegal oil sales"; "X
  denied that it intends to annex the region" -> "annexing region" (``report-deny-clause``).
- "X denied that any secret base existed", "... that any collision had been caused by
  its ships" -> X denies "secret base" / "collision": what is said not to exist
  (``report-deny-clause``); "fighting alongside Y" names a companion, not a target.
- "X denied that the cabinet was divided over the issue" -> X denies "cabinet was divided
  over the issue"; "... that Y was being mistreated" -> "Y being mistreated": a passive
  clause as said of its subject (none when an actor is its agent); "X denied that the pact
  would allow Y to set up a base" -> "setting up a base" (``report-deny-clause``).
- "Y accused X of arming the rebels, a charge X denies" / "..., which X denies" /
  "..., a charge denied by X" / "Y accused X of arming the rebels. X denies the charge"
  (at most two sentences back, and only a charge made against X's side) -> X denies
  "arming the rebels": the content of the charge referred back to (``report-deny-charge``).
- "X rejected / dismissed the accusations (of torture)" -> X denies "accusations of
  torture": turning down a charge is denying it (``report-reject-claim``); a claim with
  a that-clause ("rejected claims that ...") is read by the rules on its content, unless
  that content names nothing and the claim is a charge: "rejected as 'absurd' allegations
  that its government may have been linked to ..." -> X denies "allegations" (the parser
  reads a charge after a fronted verdict as the object of "as"); a bare passive content
  ("rejected suggestions that France was misled") -> "France was misled"; a content the
  verb rules cannot reach ("rejected as 'slander' the claim that Y had ties with cartels")
  -> "ties with cartels".
- "(X stressed that) Y has no intention of violating the airspace of any country" -> Y denies
  "violating the airspace of any country": a purpose disowned by the clause's own subject
  (``report-disowned-intent``).
- "X said the decision was not retaliation", "X insisted the drills were not a provocation"
  -> X denies "retaliation" / "provocation": a charge word said not to fit what was done;
  "X said the curbs were not aimed at any particular country" -> X denies "aimed at any
  particular country": a target disowned (``report-deny-label``).

Example:
    >>> ing_form("discriminate"), ing_form("plan"), ing_form("target")
    ('discriminating', 'planning', 'targeting')
"""
from __future__ import annotations

import bisect
import re

from spacy.tokens import Token

from kg.extract import syntax
from kg.extract.ends import End, EndFinder
from kg.extract.lexicon import Lexicon
from kg.extract.rules import Candidate, Trace, has_required, topic_ends
from kg.types import ACTOR_TYPES

__all__ = ["ing_form", "denied_clause", "denied_charge", "disowned_intent", "rejected_claims", "refusal",
           "denied_label", "rejecting"]

#: verbs that only say something exists or happened: what is denied is their subject
_EXISTENCE = frozenset({"exist", "occur", "happen", "operate"})
#: clause verbs that carry no act of their own ("denied that it had any", "was")
_EMPTY = frozenset({"be", "have", "do", "get", "say", "tell", "know", "seem", "appear"})
#: dependents of the clause verb that belong to the gerund phrase ("acted unprofessionally",
#: "discriminated against firms", "interfered in the election")
_PREDICATE_DEPS = frozenset({"advmod", "prep", "prt", "acomp", "dative"})
#: nouns a relative clause of "deny" refers back to as the charge made
_CHARGE_NOUNS = frozenset({"charge", "accusation", "allegation", "claim"})
#: verbs whose "of" complement is the charge ("accused X of arming Y")
_ACCUSING = frozenset({"accuse", "charge", "suspect", "blame"})
#: prepositions naming who acted alongside, not whom the act was aimed at
_COMPANY = frozenset({"alongside", "beside", "with", "among"})
#: determiners that make a denied clause a denial that such a thing exists at all
#: ("denied that any collision had been caused by its ships")
_EXISTENTIAL_DETS = frozenset({"any"})
#: longest gerund phrase kept as a topic (longer ones are clauses, not topics)
_MAX_TOKENS = 7

_CVC = re.compile(r"^[^aeiou]*[aeiou][bdgmnprt]$")


def ing_form(lemma: str) -> str:
    """The -ing form of a verb lemma ("acquire" -> "acquiring", "stop" -> "stopping")."""
    lemma = lemma.lower()
    if lemma.endswith("ie"):
        return lemma[:-2] + "ying"
    if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")) and len(lemma) > 2:
        return lemma[:-1] + "ing"
    if _CVC.match(lemma):  # one syllable ending consonant-vowel-consonant: "plan" -> "planning"
        return lemma + lemma[-1] + "ing"
    return lemma + "ing"


def _that_clauses(verb: Token):
    for c in verb.children:
        if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and c.i > verb.i:
            yield c


def _predicate_end(clause: Token, deps: frozenset = _PREDICATE_DEPS) -> int:
    """Where the predicate of ``clause`` ends: after its contiguous complements ("acted alone
    in the attack"), cut after the first preposition's object when it runs on too long;
    ``clause.i + 1`` when it has none."""
    # ("had failed to cooperate with the envoy": an infinitive complement is part of the predicate)
    parts = [c for c in clause.rights if c.dep_ in deps or c.dep_ == "xcomp" and c.pos_ == "VERB"]
    if not parts:
        return clause.i + 1
    end = parts[0].right_edge.i + 1
    if end - clause.i > _MAX_TOKENS:
        return _cut_at_object(parts[0], end)
    for c in parts[1:]:  # contiguous complements only ("acted alone in the attack"), while short
        if c.left_edge.i != end or c.right_edge.i + 1 - clause.i > _MAX_TOKENS:
            break
        end = c.right_edge.i + 1
    return end


def _gerund_phrase(clause: Token) -> str | None:
    """"had acted unprofessionally" -> "acting unprofessionally" (None when the predicate
    runs on too long to be a topic, or is only the bare verb of a pronoun subject)."""
    end = _predicate_end(clause)
    if end == clause.i + 1:
        return None  # "denied that it had fired": a bare verb names no topic
    words = [ing_form(clause.lemma_)] + [t.text for t in clause.doc[clause.i + 1:end]]
    words = [w for w in words if w not in _QUOTES]
    if len(words) > _MAX_TOKENS or _broken(clause.doc[clause.i + 1:end]):
        return None
    return " ".join(words)


_QUOTES = ('"', "\u201c", "\u201d")


def _broken(span) -> bool:
    """Whether a phrase has punctuation inside (other than quotes and hyphens): a clause, not a topic."""
    return any(t.is_punct and t.text not in _QUOTES and t.text != "-" for t in span)


def _names_topic(obj: Token, ends: EndFinder, lex: Lexicon) -> bool:
    """Whether the verb rule takes ``obj`` for what is denied (a topic or a named actor)."""
    return bool(ends.actors(obj, ACTOR_TYPES, conj=False)) or any(e.entity.type == "Topic"
                                                                    for e in topic_ends(obj, ends, lex))


def _act_on_reference(clause: Token, obj: Token, ends: EndFinder, lex: Lexicon) -> str | None:
    """"had sought the meeting" -> "seeking the meeting": the act with its object, when the
    object is only a reference ("the meeting", "the decision") and the act carries a meaning
    of its own (not "had it", not a passive, not an act aimed at a named actor)."""
    if obj.i < clause.i or clause.lemma_.lower() in _EMPTY or syntax.is_passive(clause) \
            or _aims_at_actor(clause, ends, lex) or obj.i + 1 - clause.i > _MAX_TOKENS:
        return None
    return " ".join([ing_form(clause.lemma_)] + [t.text for t in clause.doc[clause.i + 1:obj.i + 1]])


def _cut_at_object(part: Token, end: int) -> int:
    """Where a too long predicate may stop: after the object of its first preposition
    ("backtracked on commitments made during earlier rounds of talks" -> "... on commitments"),
    when the object's own words run on after it; else ``end`` unchanged."""
    pobj = next((g for g in part.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None) \
        if part.dep_ == "prep" else None
    return pobj.i + 1 if pobj is not None and pobj.right_edge.i > pobj.i else end


def _aims_at_actor(clause: Token, ends: EndFinder, lex: Lexicon) -> bool:
    """"denied that it attacked Ukraine": a relation trigger with a named actor as target."""
    # (a trigger that needs its particle: "leave Mercosur" is no "leave for")
    if not any(not t.requires or has_required(clause, t.requires) for t in lex.verbs.get(clause.lemma_.lower(), ())):
        return False
    # "fighting alongside the M23" names a companion, not a target
    toks = syntax.objects(clause) + [p for c in clause.children if c.dep_ in ("prep", "dative")
                                     and c.lower_ not in _COMPANY for p in c.children if p.dep_ == "pobj"]
    return any(ends.actors(t, ACTOR_TYPES, conj=False) for t in toks)


#: prepositions after "be" / a predicate adjective that name what one is said to have a
#: hand in ("was behind the attack", "was responsible for the killings", "involved in the plot")
_ROLE_PREPS = frozenset({"behind", "for", "in"})
#: participles read like a predicate adjective ("were involved in", "was implicated in")
_PART_VERBS = frozenset({"involve", "implicate"})
#: predicates whose "for" / "in" names what one took part in
_ROLE_ADJS = frozenset({"responsible", "accountable", "liable", "culpable", "complicit", "involved", "implicated",
                        "involve", "implicate"})
#: verbs of intending whose infinitive is the act denied ("intends to annex", "plans to expand")
_INTENDING = frozenset({"intend", "plan", "seek", "want", "try", "aim", "attempt", "mean", "prepare", "design"})


def _copula_topic(clause: Token, subj: Token | None, ends: EndFinder, lex: Lexicon):
    """What "X denied that <subject> was <predicate>" denies.

    A part in something ("was responsible for the attack", "was behind the plot", "was
    involved in the killings") -> that thing; a noun subject judged by an adjective ("the oil
    sales were illegal") -> "illegal oil sales". None for anything else ("it was involved",
    "Iran was hostile": an actor with a quality names no topic).
    """
    acomp = next((c for c in clause.children if c.dep_ == "acomp"), None)
    if clause.lemma_.lower() in _PART_VERBS:
        acomp = clause  # "were involved in the plot": the participle is the predicate
    holders = [clause] + ([acomp] if acomp is not None and acomp is not clause else [])
    for h in holders:
        for prep, pobj in syntax.prep_objects(h, _ROLE_PREPS):
            if prep == "behind" and h is not clause or prep != "behind" and h.lemma_.lower() not in _ROLE_ADJS:
                continue  # "behind" hangs on "be"; "for"/"in" on a word of taking part ("unsafe for X" is not)
            if pobj.pos_ == "NOUN" and not ends.actors(pobj, ACTOR_TYPES, conj=False):
                span = syntax.topic_span(pobj, lex)
                return span if len(span) else None
    if acomp is None and clause.lemma_.lower() == "be":
        # "denied that the measures were a punishment": a charge word said of the act
        attr = next((c for c in clause.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
        if attr is not None and attr.lemma_.lower() in _charge_words(lex):
            span = syntax.topic_span(attr, lex)
            return span if len(span) else attr.doc[attr.i:attr.i + 1]
    if acomp is None or acomp is clause or acomp.pos_ != "ADJ" or any(c.dep_ not in ("advmod", "neg") for c in acomp.children):
        return None
    if subj is None or subj.pos_ != "NOUN" or ends.actors(subj, ACTOR_TYPES, conj=False):
        return None
    span = syntax.topic_span(subj, lex)
    if not len(span) or len(span) + 1 > _MAX_TOKENS:
        return None
    return f"{acomp.lower_} {span.text}"


def _intended_act(clause: Token, ends: EndFinder, lex: Lexicon):
    """"... that it intends to annex any territory" -> "annexing territory" (the intended act
    with its noun object, or its gerund phrase); None when the act is aimed at a named actor
    (that is a negative event of its own) or names nothing."""
    act = next((c for c in clause.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    return _act_topic(act, ends, lex) if act is not None else None


#: verbs that let someone else act ("the deal would allow China to set up a base")
_ENABLING = frozenset({"allow", "let", "enable", "permit", "authorize", "authorise"})


def _enabled_act(clause: Token, ends: EndFinder, lex: Lexicon):
    """"... that the pact would allow China to set up a military base" -> "setting up a
    military base": the act the clause's subject would let someone do (the parser hangs it
    as an infinitive or as a clause with its own subject)."""
    act = next((c for c in clause.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB" and c.i > clause.i),
               None)
    return _act_topic(act, ends, lex) if act is not None else None


def _act_topic(act: Token, ends: EndFinder, lex: Lexicon):
    """An act as a gerund topic: "to annex any territory" -> "annexing territory", "to cut
    off exchanges across the strait" -> "cutting off exchanges across the strait"; None when
    the act is aimed at a named actor or names nothing."""
    if _aims_at_actor(act, ends, lex):
        return None
    objs = [o for o in syntax.objects(act) if o.pos_ == "NOUN" and o.i > act.i]
    if objs:
        span = syntax.topic_span(objs[0], lex)
        if not len(span) or len(span) + 1 > _MAX_TOKENS:
            return None
        # "to contain China's economy": a named possessor is part of what the act aims at
        poss = [c for c in objs[0].children if c.dep_ == "poss" and c.pos_ == "PROPN" and c.i < span.start]
        if poss and span.end - poss[0].left_edge.i + 1 <= _MAX_TOKENS:
            span = span.doc[poss[0].left_edge.i:span.end]
        # ("to cut off exchanges": the particle belongs to the verb)
        particles = [c.text for c in act.children if c.dep_ == "prt" and act.i < c.i < objs[0].i]
        return " ".join([ing_form(act.lemma_), *particles, span.text])
    return _gerund_phrase(act)


#: longest subject kept in a passive clause's topic ("enrichment at the site")
_MAX_SUBJECT = 5


def _passive_topic(clause: Token, subj: Token | None, ends: EndFinder, lex: Lexicon) -> str | None:
    """"denied that the cabinet was divided over the issue" -> "cabinet was divided over the
    issue", "... that the patrols were aimed at Taiwanese fishermen" -> "patrols were aimed at
    Taiwanese fishermen", "... that it was aimed at any country" -> "aimed at any country": the
    clause as said of its subject (a pronoun left out, and then a complement is needed). None
    when an actor is its agent ("was attacked by Y": a negative event of its own) or the
    clause runs on too long."""
    if any(ends.actors(a, ACTOR_TYPES, conj=False) for a in syntax.by_agents(clause)):
        return None
    # ("were paid by foreign groups": an agent that is no actor is part of what is said)
    end = _predicate_end(clause, _PREDICATE_DEPS | {"agent"})
    doc = clause.doc
    if subj is None or subj.pos_ == "PRON" or subj.i > clause.i:
        if end == clause.i + 1:
            return None  # "denied that it was attacked": a bare participle names nothing
        head = []
        start = clause.i
    else:
        if subj.pos_ == "PROPN":  # "Bazoum was being mistreated": the name as written
            names = doc[subj.left_edge.i:subj.i + 1]
            head = [t.text for t in names if t.dep_ in ("compound", "flat") or t.i == subj.i]
        else:
            # "enrichment at the site" as said when short, else its topic ("the drones shown in
            # Ukraine" -> "drones")
            span = subj.doc[subj.left_edge.i + (subj.left_edge.dep_ == "det"):subj.right_edge.i + 1]
            if len(span) > _MAX_SUBJECT or any(t.pos_ in ("VERB", "AUX") for t in span):
                span = syntax.topic_span(subj, lex)
            head = [t.text for t in span] if len(span) and not _broken(span) else []
        if not head or len(head) > _MAX_SUBJECT:
            return None
        # the auxiliaries as said ("was being", "had been"): the clause read as a claim
        start = min([c.i for c in clause.children if c.dep_ in ("aux", "auxpass") and c.i > subj.i] + [clause.i])
    # ("Bazoum was being mistreated" -> "Bazoum being mistreated": a progressive reads as a gerund clause)
    words = head + [t.text for t in doc[start:end] if t.text not in _QUOTES
                    and not (t.dep_ == "aux" and t.lemma_ == "be" and doc[t.i + 1].lower_ == "being")]
    if len(words) > _MAX_TOKENS + 2 or _broken(doc[start:end]):
        return None
    return " ".join(words)


#: nouns of a purpose disowned with "no" ("has no intention of", "has no desire to"); "has no
#: plans to" only says nothing is scheduled
_INTENT_NOUNS = frozenset({"intention", "intent", "desire", "wish", "ambition"})


def disowned_intent(clause: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"(Lin stressed that) China has no intention of violating the airspace of any country":
    the clause's own subject denies the act it disowns, "violating the airspace of any
    country" (whoever reports it; an act aimed at a named actor is a negative event of its
    own, left to the verb rule)."""
    if clause.lemma_.lower() != "have" or syntax.negated(clause):
        return
    intents = [o for o in syntax.objects(clause) if o.lemma_.lower() in _INTENT_NOUNS
               and any(c.dep_ == "det" and c.lower_ == "no" for c in o.children)]
    subj = syntax.clause_subject_of(clause) if intents else None
    owners = [e for e in ends.actors(subj, ACTOR_TYPES) if e.entity.type != "Topic"] if subj is not None else []
    acts = [g for o in intents for c in o.children if c.dep_ in ("prep", "acl")
            for g in ([c] if c.dep_ == "acl" else c.children) if g.dep_ in ("pcomp", "acl") and g.pos_ == "VERB"]
    for act in acts:
        objs = [o for o in syntax.objects(act) if o.pos_ == "NOUN" and o.i > act.i]
        if not owners or not objs or _aims_at_actor(act, ends, lex):
            continue
        obj = objs[0]
        # the act with its object's phrase as said ("violating the airspace of any country"),
        # else with the object and its determiner
        end = obj.right_edge.i + 1 if obj.right_edge.i + 1 - act.i <= _MAX_TOKENS else obj.i + 1
        words = [ing_form(act.lemma_)] + [t.text for t in act.doc[act.i + 1:end]]
        topic = End(ends.m.topic(" ".join(words)), act, False, f"topic '{' '.join(words)}'")
        for s in owners:
            yield Candidate("report-disowned-intent", clause, "denies", "120", s, topic, clause, 0.6,
                            polarity="positive")


def denied_clause(verb: Token, speakers: list[End], ends: EndFinder, lex: Lexicon, trace: Trace):
    """"X denied that <clause>" with no noun object in the clause (or only a reference, "the
    meeting"): X denies the predicate as a gerund phrase, or what the clause says did not exist;
    "X denied reports that the envoy had been expelled": what the claim's passive content says."""
    if syntax.negated(verb):
        return  # "did not deny that ...": an admission, not a denial
    labels = [(clause, _clause_label(clause, verb, ends, lex, trace)) for clause in _that_clauses(verb)]
    labels += [(o, _passive_content(o, verb, ends, lex, trace)) for o in syntax.objects(verb)
               if o.pos_ == "NOUN" and _charge(o)]
    for anchor, label in labels:
        if label is None:
            continue
        text = label if isinstance(label, str) else label.text
        topic = End(ends.m.topic(label), anchor, False, f"topic '{text}'")
        for s in speakers:
            yield Candidate("report-deny-clause", verb, "denies", "120", s, topic, verb, 0.6, polarity="positive")


def _clause_label(clause: Token, verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """What a denied (or rejected) clause says as a topic phrase (a Span or a string), or None
    when the clause names nothing the verb rules do not already name."""
    nouns = [o for o in syntax.objects(clause) if o.pos_ == "NOUN"]
    if syntax.negated(clause) or nouns and _names_topic(nouns[0], ends, lex):
        return None  # a noun object is named by the verb rule; "denied it did not" is confused
    clemma = clause.lemma_.lower()
    label = None
    subj = syntax.clause_subject_of(clause)
    if nouns:
        # "denied that New Delhi had sought the meeting": a bare reference is no topic by
        # itself (the verb rule names none), the act done to it is what is denied
        label = _act_on_reference(clause, nouns[0], ends, lex)
    elif subj is not None and subj.pos_ == "NOUN" and not ends.actors(subj, ACTOR_TYPES, conj=False) and any(
            c.dep_ == "det" and c.lower_ in _EXISTENTIAL_DETS for c in subj.children):
        # "denied that any collision had been caused", "... that any soldiers had crossed"
        span = syntax.topic_span(subj, lex)
        label = span if len(span) else None
    elif clemma in _EXISTENCE:
        if subj is not None and subj.pos_ == "NOUN":
            span = syntax.topic_span(subj, lex)
            label = span if len(span) else None
    elif (clemma == "be" or clemma in _PART_VERBS and syntax.is_passive(clause)) and (
            label := _copula_topic(clause, subj, ends, lex)) is not None:
        pass  # "denied that the group was responsible for the attack", "... that the sales were illegal"
    elif clemma in _INTENDING and (label := _intended_act(clause, ends, lex)) is not None:
        pass  # "denied that it intends to annex the territory": the act it is said to intend
    elif clemma in _ENABLING and (label := _enabled_act(clause, ends, lex)) is not None:
        pass  # "denied that the deal would allow China to set up a base": the act it would allow
    elif syntax.is_passive(clause) and clemma not in _PART_VERBS and (
            label := _passive_topic(clause, subj, ends, lex)) is not None:
        pass  # "denied that the cabinet was divided over the issue": the clause said of its subject
    elif clemma in _EMPTY or syntax.is_passive(clause) or any(
            _aims_at_actor(c, ends, lex) for c in (clause, *clause.children) if c is clause or c.dep_ == "xcomp"):
        trace.add("report-deny-clause", verb, "rejected denies",
                  f"'{clause.text}' is a copula, a passive or an act against a named actor")
        return None
    else:
        label = _gerund_phrase(clause)
    if label is None or (isinstance(label, str) and len(label) < 6):
        trace.add("report-deny-clause", verb, "rejected denies", f"no topic in the clause of '{clause.text}'")
        return None
    return label


def _charge_content(anchor: Token) -> Token | None:
    """The gerund of the nearest "accused X of <gerund>" before ``anchor`` in its sentence."""
    sent = anchor.sent
    for tok in reversed(sent.doc[sent.start:anchor.i]):
        if tok.lemma_.lower() in _ACCUSING and tok.pos_ == "VERB":
            return _gerund_of(tok)  # (None: the nearest accusing verb names no act; nothing older is meant)
    return None


#: determiners of a charge that points back ("the charge", "these allegations")
_POINTING = frozenset({"the", "these", "those", "this", "that", "such"})
#: how many sentences back "the charge" may point
_CHARGE_REACH = 2


def _charge_before(verb: Token, speakers: list[End], ends: EndFinder) -> Token | None:
    """For "<speaker> denies the charge(s)": the act of the last "accused <speaker's side> of
    <gerund>" in the :data:`_CHARGE_REACH` sentences before, else None."""
    charge = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _CHARGE_NOUNS
                   and any(d.dep_ == "det" and d.lower_ in _POINTING for d in c.children)), None)
    if charge is None or not speakers:
        return None
    sents, starts = ends.m.sentences()
    here = bisect.bisect_right(starts, verb.i) - 1
    denier = _sides(speakers, ends)
    for n in range(here - 1, max(-1, here - 1 - _CHARGE_REACH), -1):
        for tok in reversed(sents[n]):
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in _ACCUSING or syntax.negated(tok):
                continue
            accused = [e for o in syntax.objects(tok) for e in ends.actors(o, ACTOR_TYPES, conj=False)]
            if not denier & _sides(accused, ends):
                continue  # a charge against someone else
            act = _gerund_of(tok)
            if act is not None:
                return act
    return None


#: words that may stand between a fronted charge and its verb (", allegations Kabul and New
#: Delhi have both repeatedly denied")
_BETWEEN_POS = frozenset({"PROPN", "AUX", "ADV", "PART", "CCONJ", "DET", "PRON"})
#: how far a fronted charge may stand from its verb
_FRONT_REACH = 8


def _fronted_charge(verb: Token) -> Token | None:
    """The charge noun of ", a charge <named denier> (has) (firmly) denied" however it
    was parsed: a charge word right after a comma or dash (and an article), followed only by
    the denier's name and auxiliaries up to ``verb``; else None."""
    doc = verb.doc
    lo = max(verb.sent.start, verb.i - _FRONT_REACH)
    # ("a charge Ethiopia's defence ministry denied": the denier's own phrase is no obstacle)
    own = {t.i for s in verb.children if s.dep_ == "nsubj" for t in s.subtree}
    for i in range(verb.i - 1, lo - 1, -1):
        tok = doc[i]
        if tok.lemma_.lower() in _CHARGE_NOUNS and tok.pos_ == "NOUN":
            before = doc[i - 1] if i > 0 else None
            if before is not None and before.pos_ == "DET" and i > 1:
                before = doc[i - 2]
            if before is None or before.text not in (",", "-", "\u2013", "\u2014"):
                return None
            return tok if any(t.pos_ == "PROPN" for t in doc[i + 1:verb.i]) else None
        if tok.pos_ not in _BETWEEN_POS and tok.i not in own:
            return None
    return None


def _gerund_of(accusing: Token) -> Token | None:
    """The gerund of "accused X of <gerund>" / "for <gerund>", or the deed noun of "blamed X
    for the killing of a shepherd" / "accused X of espionage"."""
    # ("accused the group of aiding militants": the parser may hang the charge on the accused)
    for prep in [*accusing.children, *(c for o in syntax.objects(accusing) for c in o.children)]:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "for"):
            for g in prep.children:
                if g.dep_ == "pcomp" and g.tag_ == "VBG" or g.dep_ == "pobj" and g.pos_ == "NOUN":
                    return g
    return None


def _sides(found: list[End], ends: EndFinder) -> set[str]:
    """Ids of the ends and of the countries they belong to."""
    out = set()
    for e in found:
        out.add(e.entity.id)
        country = ends.m.country_of(e.entity) if hasattr(ends.m, "country_of") else None
        if country is not None:
            out.add(country.id)
    return out


def denied_charge(verb: Token, speakers: list[End], ends: EndFinder, lex: Lexicon, trace: Trace):
    """"accused X of arming Y, a charge X denies" / ", which X denies": X denies "arming Y"."""
    if syntax.negated(verb):
        return
    earlier = None
    if verb.dep_ == "relcl":
        head = verb.head
        refers = head.lemma_.lower() in _CHARGE_NOUNS or any(
            c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in verb.children
        ) and head.pos_ in ("NOUN", "PROPN", "VERB")
    elif verb.dep_ == "acl" and verb.tag_ == "VBN":
        # "..., a charge denied by Islamabad"
        head = verb.head
        refers = head.lemma_.lower() in _CHARGE_NOUNS
    else:
        # "..., a charge Islamabad denies" parsed as the clause's own object, fronted after a comma
        head = next((c for c in verb.children if c.dep_ == "dobj" and c.i < verb.i
                     and c.lemma_.lower() in _CHARGE_NOUNS and c.i > 0 and verb.doc[c.left_edge.i - 1].text in
                     (",", "-", "\u2013", "\u2014")), None)
        refers = head is not None
        if head is None:
            # ", allegations Abuja has firmly denied" with the charge misparsed (as the subject's compound)
            head = _fronted_charge(verb)
            refers = head is not None
        if head is None:
            # "X accused Y of arming the rebels. Y denies the charge": the charge of an earlier sentence
            earlier = _charge_before(verb, speakers, ends)
            refers = earlier is not None
    if not refers:
        return
    act = earlier if earlier is not None else _charge_content(head if head.i < verb.i else verb)
    if act is None:
        trace.add("report-deny-charge", verb, "rejected denies", "no 'accused ... of <act>' before the relative clause")
        return
    if act.pos_ == "NOUN":
        span = syntax.topic_span(act, lex)  # "the killing of a shepherd"
        if not len(span) or len(span) > _MAX_TOKENS or ends.actors(act, ACTOR_TYPES, conj=False) \
                or len(span) == 1 and act.lower_.endswith("ing"):
            return  # ("accused Lima of cheating": a bare gerund, however tagged, names no charge)
        topic = End(ends.m.topic(span), act, False, f"topic '{span.text}'")
        for s in speakers:
            yield Candidate("report-deny-charge", verb, "denies", "120", s, topic, verb, 0.6, polarity="positive")
        return
    objs = syntax.objects(act)
    if objs and objs[0].i > act.i:
        inner = syntax.topic_span(objs[0], lex)
        end = inner.end if len(inner) else objs[0].i + 1
    else:
        end = act.i + 1
    span = act.doc[act.i:end]
    if end - act.i < 2 and (phrase := _gerund_phrase(act)) is not None:
        span = phrase  # "accused Hamas of hiding behind civilians": the act with its complement
    elif end - act.i > _MAX_TOKENS or end - act.i < 2:
        return  # ("accused Caracas of seeking ...": a bare verb names no charge)
    topic = End(ends.m.topic(span), act, False, f"topic '{span if isinstance(span, str) else span.text}'")
    for s in speakers:
        yield Candidate("report-deny-charge", verb, "denies", "120", s, topic, verb, 0.6, polarity="positive")


#: verbs that, done to a charge, deny it
_REJECTING = frozenset({"reject", "dismiss", "refute", "rebut", "rebuff"})
#: phrasal verbs of turning something down by their particle ("brushed off the allegations",
#: "shrugged off claims", "waved away reports")
_BRUSHING = frozenset({"brush", "shrug", "wave", "laugh"})
_BRUSHING_PRTS = frozenset({"off", "aside", "away"})
#: charges (not "report": rejecting a report may be disputing a document, not a charge)
_CHARGES = frozenset({"accusation", "allegation", "claim", "charge", "suggestion", "assertion"})
#: what news reports say, as opposed to a report as a document ("reports of a spy base",
#: "reports that X was ill")
_HEARSAY = frozenset({"report", "rumor", "rumour", "speculation"})


def rejecting(verb: Token) -> bool:
    """Whether ``verb`` turns something down: "rejected", "dismissed", "brushed off", "shrugged off"."""
    lemma = verb.lemma_.lower()
    return lemma in _REJECTING or lemma in _BRUSHING and any(
        c.dep_ in ("prt", "advmod", "prep") and c.lower_ in _BRUSHING_PRTS for c in verb.children)


def _charge(obj: Token) -> bool:
    """A charge turned down: "the allegations", and reports or rumours of something ("reports of
    a spy base", "rumours that ...") but not a report as a document ("rejected the UN report")."""
    lemma = obj.lemma_.lower()
    if lemma in _HEARSAY:
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children) or _has_content_clause(obj)
    return lemma in _CHARGES and not _territorial(obj)


#: charges that name what is denied by themselves ("a suggestion", "claims" say too little)
_ACCUSATIONS = frozenset({"accusation", "allegation", "charge"})


#: words that make "claims" a claim to something ("sovereignty claims", "maritime claims",
#: "claims to the islands"), not a charge
_OWNING_PREPS = frozenset({"to", "over", "on"})


def _territorial(claim: Token) -> bool:
    """"rejected China's sovereignty claims": a claim to land or rights, not a charge."""
    if claim.lemma_.lower() != "claim":
        return False
    return any(c.dep_ == "compound" or c.dep_ == "amod" and c.lower_ not in _CHARGE_ADJS
               or c.dep_ == "prep" and c.lower_ in _OWNING_PREPS for c in claim.children)


#: adjectives a charge is dismissed with ("false claims", "baseless claims")
_CHARGE_ADJS = frozenset({"false", "baseless", "unfounded", "groundless", "absurd", "fabricated", "recent",
                          "latest", "such", "similar", "repeated"})


def _content_clauses(claim: Token) -> list[Token]:
    """The verbs of the that-clauses saying what ``claim`` says ("claims that X was misled")."""
    return [c for c in claim.children if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX")
            and c.i > claim.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]


def _has_content_clause(claim: Token) -> bool:
    return bool(_content_clauses(claim))


def _passive_content(claim: Token, verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """What "suggestions that France was misled" say as a topic ("France was misled"): a bare
    passive content names no thing for the claim rules to deny (they take an agent or a
    complement: "reports that the jets had been delayed by financing problems")."""
    for clause in _content_clauses(claim):
        if syntax.is_passive(clause) and not any(c.dep_ in ("prep", "agent", "xcomp") for c in clause.children) \
                and not syntax.objects(clause):
            label = _clause_label(clause, verb, ends, lex, trace)
            if label is not None:
                return label
    return None


def _content_named(claim: Token) -> bool:
    """Whether the content clause of a claim names a thing (an object, or an "in / on / of"
    phrase) that the verb rules take for what is denied."""
    return any(c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX") and any(
        t.pos_ in ("NOUN", "PROPN") for t in syntax.objects(c) + [p for _, p in syntax.prep_objects(
            c, frozenset({"in", "on", "of"}))]) for c in claim.children)


def _named_content(claim: Token, verb: Token, speakers: list[End], ends: EndFinder, lex: Lexicon):
    """"... the claim that her government had alliances with cartels" -> "alliances with
    cartels": the thing the claim's content names (its object, else its "in / on / of" phrase)."""
    for c in _content_clauses(claim):
        named = [t for t in syntax.objects(c) + [p for _, p in syntax.prep_objects(c, frozenset({"in", "on", "of"}))]
                 if t.pos_ == "NOUN"]
        for topic in (e for t in named[:1] for e in topic_ends(t, ends, lex) if e.entity.type == "Topic"):
            for s in speakers:
                yield Candidate("report-reject-claim", verb, "denies", "120", s, topic, verb, 0.6, polarity="positive")
        return


def rejected_claims(verb: Token, speakers: list[End], ends: EndFinder, lex: Lexicon, trace: Trace):
    """"X rejected the accusations", "X dismissed the allegations of torture", "X rejected as
    absurd allegations that ...": X denies them."""
    if not rejecting(verb) or syntax.negated(verb):
        return
    # ("rejected as 'absurd' allegations that ...": the parser reads the charge after a fronted
    # verdict as the object of "as")
    fronted = [p for _, p in syntax.prep_objects(verb, frozenset({"as"}))]
    for obj in syntax.objects(verb) + fronted:
        if obj.pos_ != "NOUN" or not _charge(obj):
            continue
        if _has_content_clause(obj):
            part = next((label for c in obj.children if c.dep_ in ("acl", "ccomp", "relcl")
                         and (c.lemma_.lower() == "be" or c.lemma_.lower() in _PART_VERBS)
                         for label in [_copula_topic(c, syntax.clause_subject_of(c), ends, lex)] if label), None)
            # "dismissed any suggestion that Russia was behind the incidents": the part denied;
            # else "rejected suggestions that France was misled": what the claim says
            label = part if part is not None else _passive_content(obj, verb, ends, lex, trace)
            if label is not None:
                topic = End(ends.m.topic(label), obj, False, f"topic '{label if isinstance(label, str) else label.text}'")
                for s in speakers:
                    yield Candidate("report-reject-claim", verb, "denies", "120", s, topic, verb, 0.6,
                                    polarity="positive")
                continue
            if _content_named(obj) and obj in fronted:
                # "rejected as 'slander' the claim that her government had alliances with
                # cartels": a charge read as the object of "as" is out of the verb rules' reach
                yield from _named_content(obj, verb, speakers, ends, lex)
                continue
            if _content_named(obj) or obj.lemma_.lower() not in _ACCUSATIONS:
                continue  # "rejected claims that it enriched uranium": the verb rules deny the uranium
            # "rejected allegations that its government may have been linked to ...": a content
            # with no thing named in it leaves the charge itself as what is denied
            topic = End(ends.m.topic(obj.doc[obj.i:obj.i + 1]), obj, False, f"topic '{obj.text}'")
            for s in speakers:
                yield Candidate("report-reject-claim", verb, "denies", "120", s, topic, verb, 0.6, polarity="positive")
            continue
        for topic in topic_ends(obj, ends, lex):
            if topic.entity.type != "Topic":
                continue
            for s in speakers:
                yield Candidate("report-reject-claim", verb, "denies", "120", s, topic, verb, 0.6, polarity="positive")


#: auxiliaries that turn a negated clause into an intention, an ability or a condition
#: ("would not withdraw", "will not accept", "cannot tell", "there can be no dialogue"): what
#: the speaker refuses or rules out, not a claim about the past it says is false
_MODAL_AUX = frozenset({"will", "would", "wo", "'ll", "'d", "shall", "can", "ca", "could", "may", "might", "must",
                        "should"})


def refusal(clause: Token) -> bool:
    """True when ``clause`` carries a modal or future auxiliary ("would not ...", "can be no ...")."""
    return any(c.dep_ == "aux" and c.lower_ in _MODAL_AUX for c in clause.children)



#: charge words that name what an act is said to be besides the shared pejoratives
#: ("the decision was not retaliation", "the deployment is not an occupation")
_LABELS = frozenset({"retaliation", "reprisal", "punishment", "revenge", "occupation", "invasion", "annexation",
                     "escalation", "interference", "meddling"})


def _charge_words(lex: Lexicon) -> frozenset:
    """Words that name what an act is charged with being ("retaliation", "an attack")."""
    return lex.cue("pejoratives") | lex.cue("attack_reference_nouns") | _LABELS


def denied_label(verb: Token, clause: Token, speakers: list[End], own: set[str], ends: EndFinder, lex: Lexicon,
                 trace: Trace):
    """"X said the decision was not retaliation": X denies "retaliation" (a charge word as the
    predicate noun of a negated copula whose subject is a thing or the speaker's own side);
    "X said the curbs were not aimed at any particular country": X denies "aimed at any
    particular country" (see :func:`_disowned_aim`)."""
    if syntax.negated(verb) or verb.lemma_.lower() in ("deny", "dispute", "refute", "reject", "dismiss"):
        return
    yield from _disowned_aim(verb, clause, speakers, own, ends, trace)
    if clause.lemma_.lower() != "be" or not syntax.negated(clause):
        return
    subj = syntax.clause_subject_of(clause)
    if subj is None or subj.lower_ in ("there", "it", "this", "that") or subj.pos_ not in ("NOUN", "PROPN", "PRON"):
        return  # ("there was no retaliation": a denial of an event, read elsewhere)
    if not _own_or_thing(subj, verb, own, ends, trace):
        return
    charges = _charge_words(lex)
    for attr in (c for c in clause.children if c.dep_ == "attr" and c.pos_ == "NOUN"):
        if attr.lemma_.lower() not in charges:
            continue
        span = syntax.topic_span(attr, lex)
        span = span if len(span) else attr.doc[attr.i:attr.i + 1]
        topic = End(ends.m.topic(span), attr, False, f"topic '{span.text}'")
        for s in speakers:
            yield Candidate("report-deny-label", verb, "denies", "120", s, topic, verb, 0.6, polarity="positive")


def _own_or_thing(subj: Token, verb: Token, own: set[str], ends: EndFinder, trace: Trace) -> bool:
    """Whether ``subj`` is a thing or the speaker's own side (not another actor or its act)."""
    if any(e.entity.id not in own for e in ends.actors(subj, ACTOR_TYPES, conj=False)
           + ends.owners(subj, ACTOR_TYPES, "denies")):
        trace.add("report-deny-label", verb, "rejected denies", f"'{subj.text}' is another actor")
        return False
    return True


#: participles of aiming: "(the measures) are not aimed at / directed against / targeted at /
#: meant to ..."
_AIMING = frozenset({"aim", "direct", "target", "intend", "design", "mean"})
_AIM_PREPS = frozenset({"at", "against", "toward", "towards"})


def _disowned_aim(verb: Token, clause: Token, speakers: list[End], own: set[str], ends: EndFinder, trace: Trace):
    """"X said the export curbs were not aimed at any particular country", "... insisted the
    pact was not directed against any third party": X denies "aimed at any particular
    country" (a negated passive of aiming said of a thing or of the speaker's own side, aimed
    at no named actor: that would be a negative event of its own)."""
    for part in (clause, *(c for c in clause.children if c.dep_ == "conj" and c.pos_ == "VERB")):
        if part.lemma_.lower() not in _AIMING or not syntax.negated(part) or not syntax.is_passive(part):
            continue
        subj = syntax.clause_subject_of(part) or syntax.clause_subject_of(clause)
        if subj is None or not _own_or_thing(subj, verb, own, ends, trace):
            continue
        # ("were never meant as a basis for talks" judges a purpose; "at" / "against" / "to ..." disown a target)
        aims = [c for c in part.rights if c.dep_ == "prep" and c.lower_ in _AIM_PREPS
                or c.dep_ == "xcomp" and c.pos_ == "VERB"]
        end = aims[0].right_edge.i + 1 if aims and aims[0].left_edge.i == part.i + 1 else part.i + 1
        span = part.doc[part.i:end]
        if end == part.i + 1 or end - part.i > _MAX_TOKENS or _broken(span) or any(
                ends.actors(t, ACTOR_TYPES, conj=False) for t in span if t.dep_ in ("pobj", "dobj")):
            continue
        # (as said: "any particular country" is what is disowned, not a country)
        text = " ".join(t.text for t in span if t.text not in _QUOTES)
        topic = End(ends.m.topic(text), part, False, f"topic '{text}'")
        for s in speakers:
            yield Candidate("report-deny-label", verb, "denies", "120", s, topic, verb, 0.6, polarity="positive")
