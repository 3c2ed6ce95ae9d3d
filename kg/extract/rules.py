"""Rules that turn trigger words into candidate facts.

Each rule yields :class:`Candidate` objects and records every decision (fired,
rejected and why) in a :class:`Trace`, which ``kg explain`` prints.

- ``verb``: a lexicon verb with its subject (inherited through control and
  coordination; the "by" phrase in the passive) and its target (direct object,
  passive subject, or the preposition the lexicon names: "call on", "clash with").
- ``noun``: a lexicon noun with its agent (possessor, demonym or compound
  modifier, "by"/"from" phrase, or the subject of a light verb: "held talks",
  "imposed sanctions") and its target ("sanctions on", "talks with", "between X
  and Y", "X-Y alliance").
- ``report-*``: what a reporting verb implies about its speaker: "X said Y
  violated Z" -> X accuses Y; "X insisted it does not engage in Z" -> X denies Z;
  "'The islands ... are ...,' X said" -> X discusses the islands.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import permutations

from spacy.tokens import Span, Token

from kg.extract import syntax
from kg.extract.ends import ACTOR_OR_PLACE, End, EndFinder
from kg.extract.lexicon import FAMILY, SYMMETRIC, TOPICAL, Lexicon, Trigger
from kg.types import ACTOR_TYPES, Entity

__all__ = ["Candidate", "Trace", "verb_rule", "noun_rule", "report_rules"]

_OBJECT_CONTROL = frozenset({"urge", "ask", "warn", "tell", "call", "press", "encourage", "invite",
                             "order", "force", "pressure", "push", "help", "allow", "persuade"})
_AGENT_MODS = frozenset({"poss", "amod", "compound", "nmod"})
_ATTITUDE = frozenset({"criticizes", "accuses", "rejects", "supports", "protestsAgainst"})
_DISCUSS_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})


@dataclass
class Candidate:
    """A fact before it gets its polarity/modality/date/place (see kg.extract.facts)."""

    rule: str
    trigger: Token
    relation: str
    cameo: str | None
    subject: End
    object: End
    clause: Token                # where modality and negation are read
    confidence: float
    polarity: str | None = None  # forced by the rule (denials), else from the clause
    walk: bool = True            # read modality up the clause chain (False: the noun phrase only)
    attribution: End | None = None
    note: str = ""


@dataclass
class Trace:
    """Decisions of the rules for one sentence (used by ``kg explain``)."""

    lines: list[str] = field(default_factory=list)
    enabled: bool = False

    def add(self, rule: str, trigger: Token, verdict: str, why: str) -> None:
        if self.enabled:
            self.lines.append(f"[{rule}] '{trigger.text}' ({trigger.i}): {verdict}: {why}")


def _topic_end(tok: Token, ends: EndFinder, lex: Lexicon) -> list[End]:
    """Topic ends for a token: a named entity if the head is one, else a topic phrase."""
    out = []
    for t in (tok, *tok.conjuncts):
        if t.pos_ == "PRON":
            continue
        named = ends.actors(t, ACTOR_OR_PLACE, conj=False) if t.pos_ == "PROPN" else []
        if named:
            out.extend(named)
            continue
        span = syntax.topic_span(t, lex)
        if len(span) == 0 or all(x.is_stop or x.is_punct for x in span):
            continue
        out.append(End(ends.m.topic(span), t, False, f"topic '{span.text}'"))
    return out


def actor_subjects(verb: Token, ends: EndFinder) -> list[End]:
    """Actor subjects of ``verb``; a participial adjunct whose inherited subject is no actor
    ("..., maintaining that ...") tries the clause above it."""
    found = [e for t in syntax.subjects(verb, _OBJECT_CONTROL) for e in ends.actors(t)]
    tok = verb
    while not found and tok.dep_ in ("advcl", "conj") and tok.tag_ in ("VBG", "VBN") and tok.head is not tok:
        tok = tok.head
        while tok.dep_ in ("ccomp", "xcomp", "conj") and tok.head is not tok:
            tok = tok.head
        found = [e for t in syntax.subjects(tok, _OBJECT_CONTROL) for e in ends.actors(t)]
    return found


def _pairs(subjects: list[End], objects: list[End], relation: str) -> list[tuple[End, End]]:
    out = []
    seen = set()
    for s in subjects:
        for o in objects:
            if s.entity.id == o.entity.id:
                continue
            key = (s.entity.id, o.entity.id)
            if relation in SYMMETRIC and (o.entity.id, s.entity.id) in seen:
                continue
            seen.add(key)
            out.append((s, o))
    return out


def _target_tokens(verb: Token, trig: Trigger, passive: bool) -> tuple[list[Token], bool]:
    """Target tokens of a verb trigger and whether they are "each other"."""
    toks: list[Token] = []
    if "dobj" in trig.targets:
        if passive:
            toks += [c for c in verb.children if c.dep_ == "nsubjpass"]
        else:
            toks += syntax.objects(verb)
    if "ccomp" in trig.targets or trig.relation == "demandsFrom":
        for c in verb.children:
            if c.dep_ == "ccomp":
                s = syntax.clause_subject_of(c)
                if s is not None:
                    toks.append(s)
    preps = frozenset(p for p in trig.targets if p not in ("dobj", "ccomp"))
    if preps:
        toks += [p for _, p in syntax.prep_objects(verb, preps)]
        for c in verb.children:  # "met with" sometimes hangs off a particle or the object
            if c.dep_ in ("dobj", "prt") and c.lower_ not in preps:
                toks += [p for _, p in syntax.prep_objects(c, preps)]
    mutual = any(syntax.is_mutual(t) for t in toks)
    return toks, mutual


def _has_required(tok: Token, word: str) -> bool:
    first = word.split()[0]
    for c in tok.children:
        if c.lower_ == first or c.lemma_.lower() == first:
            return True
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.lower_ == first


def verb_rule(verb: Token, triggers, ends: EndFinder, lex: Lexicon, trace: Trace):
    """Candidates from a lexicon verb."""
    passive = syntax.is_passive(verb)
    for trig in triggers:
        if trig.requires and not _has_required(verb, trig.requires):
            continue
        rule = "verb-passive" if passive else "verb"
        if passive:
            agents = [e for t in syntax.by_agents(verb) for e in ends.actors(t)]
        else:
            agents = actor_subjects(verb, ends)
        if not agents:
            why = "no actor subject" + (f" ({'; '.join(ends.notes[-2:])})" if ends.notes else "")
            trace.add(rule, verb, f"rejected {trig.relation}", why)
            continue
        toks, mutual = _target_tokens(verb, trig, passive)
        if trig.relation in TOPICAL:
            if trig.lemma == "raise":  # "raise the flag / taxes": the increase sense, no topic
                toks = [t for t in toks if t.lemma_.lower() not in lex.cue("increase_sense_objects")]
            targets = [e for t in toks for e in _topic_end(t, ends, lex)]
        elif mutual:
            targets = []
        else:
            allowed = ACTOR_OR_PLACE if trig.relation == "visits" else ACTOR_TYPES
            find = ends.owners if trig.relation in _ATTITUDE else ends.actors
            targets = [e for t in toks for e in find(t, allowed)]
        if not targets and not mutual and FAMILY[trig.relation] == "threaten":
            # "warned of consequences if the bloc ratchets up ...": the one the condition is about
            for c in verb.subtree:
                if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children):
                    subj = syntax.clause_subject_of(c)
                    if subj is not None:
                        targets = ends.actors(subj)
                        break
        if mutual and len(agents) >= 2:
            pairs = [(a, b) for a, b in permutations(agents, 2)]
            rule += "-mutual"
        elif not targets and trig.relation in SYMMETRIC and len(agents) >= 2 and not toks:
            pairs = _pairs(agents, agents, trig.relation)
            rule += "-joint"
        else:
            pairs = _pairs(agents, targets, trig.relation)
        if not pairs:
            what = ", ".join(t.text for t in toks) or "none"
            trace.add(rule, verb, f"rejected {trig.relation}", f"no {'topic' if trig.relation in TOPICAL else 'actor target'} (candidates: {what})")
            continue
        conf = 0.9 if not passive else 0.85
        for s, o in pairs:
            yield Candidate(rule, verb, trig.relation, trig.cameo, s, o, verb, conf)
        # "accused Y of shelling Z": the reported act, attributed to the accuser
        if trig.relation == "accuses" and not mutual:
            yield from _accused_act(verb, agents, targets, ends, lex, trace)


def _accused_act(verb, accusers, accused, ends, lex, trace):
    for prep, pcomp in syntax.prep_objects(verb, frozenset({"of", "for"})):
        if pcomp.pos_ != "VERB":
            continue
        for trig in lex.verbs.get(pcomp.lemma_.lower(), ()):
            if trig.relation in TOPICAL or trig.requires:
                continue
            toks, _ = _target_tokens(pcomp, trig, False)
            targets = [e for t in toks for e in ends.actors(t)]
            for s, o in _pairs(accused, targets, trig.relation):
                yield Candidate("accused-of", pcomp, trig.relation, trig.cameo, s, o, verb, 0.6,
                                attribution=accusers[0] if accusers else None)


def _noun_agents(noun: Token, trig: Trigger, ends: EndFinder, exclude: set) -> list[End]:
    agents: list[End] = []
    for c in noun.children:
        if c.dep_ in _AGENT_MODS and c.i not in exclude:
            agents += ends.actors(c)
            if c.dep_ == "compound":  # "Japan-US alliance": Japan hangs off US
                for g in c.children:
                    if g.dep_ in ("compound", "amod"):
                        agents += ends.actors(g)
    agent_preps = frozenset({"by"}) | trig.agents
    for _, p in syntax.prep_objects(noun, agent_preps):
        agents += ends.actors(p)
    own = ends.m.entity_at(noun)  # "Japan-US Alliance" is not an agent of itself
    return [e for e in agents if own is None or e.entity.id != own.id]


def noun_rule(noun: Token, triggers, ends: EndFinder, lex: Lexicon, trace: Trace):
    """Candidates from a lexicon noun (nominal and light-verb triggers)."""
    quantity = lex.cue("quantity_nouns")
    gov = syntax.governing_verb(noun, quantity)
    gov_lemma = gov.lemma_.lower() if gov is not None else ""
    light = gov is not None and gov_lemma in lex.cue("light_verbs")
    lemma = noun.lemma_.lower()
    for trig in triggers:
        if trig.requires and not _has_required(noun, trig.requires):
            continue
        preps = frozenset(p for p in trig.targets if p not in ("dobj", "ccomp", "between"))
        target_toks = [p for _, p in syntax.prep_objects(noun, preps)]
        if light and not target_toks:  # "imposed sanctions Friday on 40 officials"
            target_toks = [p for _, p in syntax.prep_objects(gov, preps - {"of"})]
        between = [p for _, p in syntax.prep_objects(noun, frozenset({"between"}))] \
            if "between" in trig.targets or trig.relation in ("attacks",) else []
        if lemma in lex.cue("gated_nouns") and not between and not (gov is not None and gov_lemma in lex.cue("establish_verbs")):
            trace.add("noun", noun, f"rejected {trig.relation}", "state noun without an establishing verb or 'between'")
            yield from _nominal_topics(noun, [], gov, ends, lex)
            continue
        exclude = {t.i for t in target_toks}
        agents = _noun_agents(noun, trig, ends, exclude)
        rule = "noun"
        if not agents and light:
            if syntax.is_passive(gov):  # "the agreement was signed by X and Y"
                agents = [e for t in syntax.by_agents(gov) for e in ends.actors(t)]
            else:
                agents = actor_subjects(gov, ends)
            rule = "light-verb"
        if trig.relation == "accuses" and not target_toks:
            # "accusations from the West that Beijing has not done enough"
            for c in noun.children:
                if c.dep_ in ("acl", "ccomp", "relcl") and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children):
                    subj = syntax.clause_subject_of(c)
                    if subj is not None:
                        target_toks = [subj]
        members = [e for t in between for e in ends.actors(t)]
        if trig.relation in TOPICAL:
            targets = [e for t in target_toks for e in _topic_end(t, ends, lex)]
            if not agents and gov is not None and not light:
                trace.add(rule, noun, f"rejected {trig.relation}", "no holder of the attitude")
                continue
            pairs = _pairs(agents, targets, trig.relation)
        else:
            allowed = ACTOR_OR_PLACE if trig.relation == "visits" else ACTOR_TYPES
            targets = [e for t in target_toks for e in ends.actors(t, allowed)]
            if not targets and FAMILY[trig.relation] in ("coerce", "assault"):
                targets = [e for t in target_toks for e in _people_of_country(t, ends)]
            # modifiers on both sides of a hyphen or an "and": "Japan-US alliance", "US and EU sanctions"
            if trig.relation in SYMMETRIC and not targets and len(agents) >= 2 and (rule != "noun" or _joined(agents)):
                members, agents = members + agents, []
            if members:
                if trig.relation in SYMMETRIC:
                    pairs = _pairs(members, members, trig.relation)
                else:
                    pairs = [(a, b) for a, b in permutations(members, 2) if a.entity.id != b.entity.id]
                rule += "-between"
            else:
                pairs = _pairs(agents, targets, trig.relation)
        if not pairs and light and agents and targets and rule == "noun":
            # "announcing its own sanctions against the EU" with "its" wrongly resolved to the EU
            agents = actor_subjects(gov, ends) if not syntax.is_passive(gov) else []
            pairs = _pairs(agents, targets, trig.relation)
            rule = "light-verb"
        if not pairs:
            trace.add(rule, noun, f"rejected {trig.relation}",
                      f"agents={[e.entity.label for e in agents]} targets={[e.entity.label for e in targets]}")
            continue
        conf = 0.8 if rule == "light-verb" else 0.75
        # a light verb carries the event ("will hold talks"); any other verb only mentions it
        clause = gov if light else noun
        for s, o in pairs:
            yield Candidate(rule, noun, trig.relation, trig.cameo, s, o, clause, conf, walk=light)
        if FAMILY[trig.relation] in ("consult", "cooperate") and trig.relation not in TOPICAL:
            parties = list({e.entity.id: e for pair in pairs for e in pair}.values())
            yield from _nominal_topics(noun, parties, gov, ends, lex, walk=light)


def _joined(ends_: list[End]) -> bool:
    """True when the agents' tokens are separated only by hyphens, slashes or "and"."""
    toks = sorted({e.token.i for e in ends_})
    doc = ends_[0].token.doc
    for a, b in zip(toks, toks[1:]):
        between = [t.text.lower() for t in doc[a + 1:b]]
        if not between or any(w not in ("-", "–", "/", "and", ",") for w in between):
            return False  # adjacent tokens are one name split by the resolver, not two actors
    return len(toks) >= 2


def _people_of_country(tok: Token, ends: EndFinder) -> list[End]:
    """"sanctions on 40 officials ... in Belarus": plural people nouns stand for their country."""
    if tok.tag_ != "NNS" or tok.lemma_.lower() not in ends.lex.cue("person_role_nouns"):
        return []
    for t in tok.subtree:
        ent = ends.m.entity_at(t)
        if ent is not None and ent.type == "Country":
            return [End(ent, t, True, f"'{tok.text}' of")]
    return []


def _nominal_topics(noun, parties, gov, ends, lex, walk=False):
    """"talks on X", "a deal on Iran's nuclear program", "calls for dialogue over X": the
    parties (or whoever calls for it) discuss X."""
    preps = syntax.prep_objects(noun, _DISCUSS_PREPS)
    if not preps:
        return
    if not parties and gov is not None:
        parties = actor_subjects(gov, ends)
    for _, p in preps:
        if ends.actors(p, ACTOR_OR_PLACE, conj=False):
            continue
        for topic in _topic_end(p, ends, lex):
            for party in parties:
                yield Candidate("noun-topic", noun, "discusses", "010", party, topic, gov if walk else noun, 0.65, walk=walk)


def _reported_clauses(verb: Token):
    for c in verb.children:
        if c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX"):
            yield c


_LINK = frozenset({"link", "tie", "attribute", "trace", "connect"})


def _linked_to(verb, clause, speakers, ends):
    """"X said the attacks have been linked to China": X accuses China."""
    for c in (clause, *clause.conjuncts):
        if c.lemma_.lower() in _LINK and syntax.is_passive(c):
            for _, p in syntax.prep_objects(c, frozenset({"to"})):
                for s, o in _pairs(speakers, ends.actors(p), "accuses"):
                    yield Candidate("report-link", c, "accuses", "112", s, o, verb, 0.6)


def _is_negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def report_rules(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """Candidates implied by a reporting verb about its speaker."""
    lemma = verb.lemma_.lower()
    speakers = actor_subjects(verb, ends)
    if not speakers:
        for _, p in syntax.prep_objects(verb, frozenset({"according"})):
            speakers = ends.actors(p)
    if not speakers:
        return
    for clause in _reported_clauses(verb):
        yield from _linked_to(verb, clause, speakers, ends)
        subj = syntax.clause_subject_of(clause)
        clemma = clause.lemma_.lower()
        # X said Y violated / attacked ...: X accuses Y
        hostile = clemma in lex.cue("wrongdoing_verbs") or any(
            FAMILY[t.relation] in ("assault", "coerce", "threaten") for t in lex.verbs.get(clemma, ()))
        if lemma in lex.cue("accusing_reporting") and hostile and subj is not None and not _is_negated(clause):
            if clemma in ("carry", "launch", "fire") and not any(
                    any(FAMILY[t.relation] == "assault" for t in lex.nouns.get(o.lemma_.lower(), ()))
                    for o in syntax.objects(clause)):
                pass  # "carried out reforms": not an accusation
            else:
                accused = ends.actors(subj)
                for s, o in _pairs(speakers, accused, "accuses"):
                    yield Candidate("report-accuse", verb, "accuses", "112", s, o, verb, 0.6)
                if not accused:
                    trace.add("report-accuse", verb, "rejected accuses", f"clause subject '{subj.text}' is not an actor")
        # X insisted it does not engage in Z / there was no Z: X denies Z
        if lemma in lex.cue("denial_reporting") or lemma in ("assert", "maintain", "insist"):
            topic_tok = None
            # only a denial when the negated clause is about the speaker ("it does not engage")
            about_self = subj is not None and (subj.pos_ == "PRON" or any(
                e.entity.id in {x.entity.id for x in speakers} for e in ends.actors(subj, conj=False)))
            if _is_negated(clause) and about_self:
                objs = syntax.objects(clause) or [p for _, p in syntax.prep_objects(clause, frozenset({"in", "on", "to", "of", "with"}))]
                topic_tok = objs[0] if objs else None
            elif clemma == "be" and any(c.dep_ == "expl" for c in clause.children):
                attr = next((c for c in clause.children if c.dep_ in ("attr", "dobj")), None)
                if attr is not None and any(c.lower_ == "no" for c in attr.children):
                    topic_tok = attr
            if topic_tok is not None and topic_tok.pos_ in ("NOUN", "PROPN"):
                for topic in _topic_end(topic_tok, ends, lex):
                    for s in speakers:
                        yield Candidate("report-deny", verb, "denies", "120", s, topic, verb, 0.6,
                                        polarity="positive")
        # 'The islands in the South China Sea are ...,' X said: X discusses the subject
        if subj is not None and subj.pos_ in ("NOUN", "PROPN") and (clemma == "be" or any(
                c.dep_ in ("attr", "acomp") for c in clause.children)) and not ends.actors(subj, ACTOR_OR_PLACE, conj=False):
            if not any(c.dep_ == "det" and c.lower_ in ("this", "that", "these", "those", "it") for c in subj.children) \
                    and subj.lemma_.lower() not in lex.cue("proxy_nouns"):
                for topic in _topic_end(subj, ends, lex):
                    for s in speakers:
                        yield Candidate("report-discuss", verb, "discusses", "010", s, topic, verb, 0.55)
