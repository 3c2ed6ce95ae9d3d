"""What a reporting verb implies about its speaker.

- "X said Y violated / attacked Z" -> X accuses Y (``report-accuse``);
- "X said the attacks have been linked to Y" -> X accuses Y (``report-link``);
- "X insisted it does not fund Z", "there was no Z" -> X denies Z
  (``report-deny``; only when the negated clause is about the speaker);
- "'The islands ... are ...,' X said" -> X discusses the islands (``report-discuss``);
- in the speaker's own words any reporting verb will do: '"We have never built Z," X
  told reporters' -> X denies Z; '"No question of Z"' -> X rejects Z;
  '"We will not tolerate Z"' -> X rejects Z;
- '"Y must stop Z," X said' -> X demandsFrom Y (``report-demand``; not the speaker's side);
- '"These tariffs are unfair," X said' -> X criticizes whoever imposed them
  (``report-judge``); 'X said Y was "using Z to bully us"' -> X accuses Y;
- "X said the talks had covered Z" -> X discusses Z (``report-covered``);
- "X called the veto shameful" -> X criticizes the vetoing side (:func:`evaluation_rule`);
- a quoted sentence attributed in the next sentence ('"A. B," X said') or introduced
  by 'X said:' gets X as its speaker (:func:`quote_speaker`).
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import syntax
from kg.extract.ends import ACTOR_OR_PLACE, End, EndFinder
from kg.extract.lexicon import FAMILY, Lexicon
from kg.extract.rules import Candidate, Trace, actor_subjects, has_required, pair_up, topic_ends
from kg.types import ACTOR_TYPES

__all__ = ["report_rules", "evaluation_rule", "quote_speaker"]


def _reported_clauses(verb: Token):
    for c in verb.children:
        if c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX"):
            yield c


_EMPTY_VERBS = frozenset({"have", "take", "make", "be", "do", "get", "give", "hold"})
_LINK = frozenset({"link", "tie", "attribute", "trace", "connect"})


def _linked_to(verb, clause, speakers, ends):
    """"X said the attacks have been linked to China": X accuses China."""
    for c in (clause, *clause.conjuncts):
        if c.lemma_.lower() in _LINK and syntax.is_passive(c):
            for _, p in syntax.prep_objects(c, frozenset({"to"})):
                for s, o in pair_up(speakers, ends.actors(p), "accuses"):
                    yield Candidate("report-link", c, "accuses", "112", s, o, verb, 0.6)


def _is_negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _own_side(speakers, ends: EndFinder) -> set[str]:
    """Entity ids of the speakers, of what they belong to, and of the country of a body
    they belong to ("an army spokesman": the army and its country)."""
    own = {x.entity.id for x in speakers}
    for x in speakers:
        aff = ends.affiliation(x.entity) if x.entity.type == "Person" else x.entity
        if aff is not None:
            own.add(aff.id)
            iso3 = getattr(ends.m, "org_country", {}).get(aff.id)
            if iso3:
                own.add(iso3)
    return own


def _judged(verb, judged, speakers, ends: EndFinder, lex: Lexicon):
    own = _own_side(speakers, ends)
    owners = [e for e in ends.owners(judged, ACTOR_TYPES, "criticizes") if e.entity.id not in own]
    if not owners and judged.lower_ in ("it", "this") and ends.last_attacker is not None \
            and ends.last_attacker.entity.id not in own:
        # "Kallas called it an act of terror" after a reported strike: the attacker is judged
        owners = [ends.last_attacker._replace(token=judged, coref=True, via="last attacker")]
    for s, o in pair_up(speakers, owners, "criticizes"):
        yield Candidate("report-judge", verb, "criticizes", "111", s, o, verb, 0.6)
    if not owners and judged.pos_ == "NOUN" and judged.lemma_.lower() in lex.cue("stance_objects"):
        # '"The ruling is null and void," X said': a text nobody is named for is rejected
        for topic in topic_ends(judged, ends, lex):
            if topic.entity.type == "Topic":
                for s in speakers:
                    yield Candidate("report-judge", verb, "rejects", "120", s, topic, verb, 0.55)


def evaluation_rule(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"X called the veto shameful", "X described the decision as reckless": X
    criticizes whoever owns what is judged (the agent of the event it refers to)."""
    objs = syntax.objects(verb)
    if not objs:
        return
    verdicts = [c for o in objs for c in o.children if c.dep_ in ("oprd", "appos", "attr", "amod")]
    verdicts += [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp", "attr", "acomp")]
    # "described X as reckless": the parser hangs the adjective on "as" in several ways
    verdicts += [g for t in (verb, *objs) for c in t.children if c.dep_ == "prep" and c.lower_ == "as"
                 for g in c.children]
    # "called it an act of terror": the verdict is what the act is "of"
    verdicts += [g for v in verdicts if v.pos_ == "NOUN" for c in v.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"]
    if not any(v.lemma_.lower() in lex.cue("pejoratives") or v.lower_ in lex.cue("pejoratives") for v in verdicts):
        return
    speakers = actor_subjects(verb, ends)
    if not speakers:
        trace.add("evaluation", verb, "rejected criticizes", "no actor subject")
        return
    for obj in objs:
        yield from _judged(verb, obj, speakers, ends, lex)


def quote_speaker(sent, ends: EndFinder, lex: Lexicon):
    """The speaker and reporting verb of a sentence that lies wholly inside a quotation
    continued or introduced elsewhere ('"A. B," she said.' -> the A sentence), or None."""
    root = sent.root
    if not ends.in_quote(root):
        return None
    reporting = lex.cue("reporting_verbs")
    doc = sent.doc
    sents, index = ends.sentences(doc)
    n = index.get(sent.start)
    if n is None:
        return None
    nxt = sent
    for k in range(n + 1, min(n + 4, len(sents))):  # the attribution follows within the same quotation
        nxt = sents[k]
        quoted = False  # the quotation must run on into this sentence
        for tok in nxt:
            if ends.in_quote(tok):
                quoted = True
            elif quoted and tok.lemma_.lower() in reporting and tok.pos_ == "VERB":
                found = actor_subjects(tok, ends)
                return (tok, found) if found else None
        if not quoted:
            break
    for k in range(n - 1, max(n - 9, -1), -1):  # 'X said: "A. B. C."', over quoted paragraphs
        prev = sents[k]
        if any(t.text == ":" for t in prev[-3:]):
            for tok in prev:
                if tok.lemma_.lower() in reporting and tok.pos_ == "VERB" and not ends.in_quote(tok):
                    found = actor_subjects(tok, ends)
                    return (tok, found) if found else None
            return None
        if not ends.in_quote(prev.root):
            return None
    return None


def report_rules(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace, *, speakers=None, clauses=None):
    """Candidates implied by a reporting verb about its speaker (``speakers`` and ``clauses``
    given for a quoted sentence whose attribution is in another sentence)."""
    lemma = verb.lemma_.lower()
    speakers = speakers if speakers is not None else actor_subjects(verb, ends)
    if not speakers:
        for _, p in syntax.prep_objects(verb, frozenset({"according"})):
            speakers = ends.actors(p)
    if not speakers:
        return
    for clause in (clauses if clauses is not None else _reported_clauses(verb)):
        yield from _linked_to(verb, clause, speakers, ends)
        subj = syntax.clause_subject_of(clause)
        clemma = clause.lemma_.lower()
        # X said Y violated / attacked ...: X accuses Y
        hostile = clemma in lex.cue("wrongdoing_verbs") or any(
            FAMILY[t.relation] in ("assault", "coerce", "threaten") and (not t.requires or has_required(clause, t.requires))
            for t in lex.verbs.get(clemma, ()))
        # 'X said Y was "using Z to bully us"': a partial quote that carries a
        # pejorative word is the speaker's charge against Y
        if not hostile and subj is not None and not ends.in_quote(subj):
            pejoratives = lex.cue("pejoratives")
            hostile = any(ends.in_quote(t) and (t.lemma_.lower() in pejoratives or t.lower_ in pejoratives)
                          for t in clause.subtree)
        # "X must stop the attacks": a demand, not an accusation
        hostile = hostile and not any(c.dep_ == "aux" and c.lower_ in lex.cue("obligation_aux") for c in clause.children)
        # "Y was responsible for / behind the attack"
        hostile = hostile or (clemma == "be" and any(
            (c.dep_ == "acomp" and c.lower_ in ("responsible", "guilty", "culpable"))
            or (c.dep_ == "prep" and c.lower_ == "behind") for c in clause.children))
        if lemma in lex.cue("accusing_reporting") and hostile and subj is not None and not _is_negated(clause):
            if clemma == "fire" and any(o.lemma_.lower() in lex.cue("person_role_nouns") or ends.m.entity_at(o) is not None
                                        and ends.m.entity_at(o).type == "Person" for o in syntax.objects(clause)):
                pass  # "fired the minister": a dismissal
            elif clemma in ("carry", "launch") and not any(
                    any(FAMILY[t.relation] == "assault" for t in lex.nouns.get(o.lemma_.lower(), ()))
                    for o in syntax.objects(clause)):
                pass  # "carried out reforms": not an accusation
            else:
                if syntax.is_passive(clause):
                    # "two soldiers had been killed (by X)": the patient is no culprit
                    accused = [e for t in syntax.by_agents(clause) for e in ends.actors(t)]
                else:
                    accused = ends.actors(subj)
                own = _own_side(speakers, ends)
                accused = [e for e in accused if e.entity.id not in own]  # a speaker's own side is no culprit
                for s, o in pair_up(speakers, accused, "accuses"):
                    yield Candidate("report-accuse", verb, "accuses", "112", s, o, verb, 0.6)
                own_policy = not accused and any(e.entity.id in _own_side(speakers, ends)
                                                 for e in ends.owners(subj, ACTOR_TYPES, "criticizes"))
                if not accused and not own_policy and clemma in lex.cue("wrongdoing_verbs") and subj.pos_ == "NOUN" \
                        and subj.lemma_.lower() in lex.cue("policy_nouns"):
                    # "X contends the rule unfairly hurts farmers": X criticizes the rule (not its own)
                    for topic in topic_ends(subj, ends, lex):
                        for s in speakers:
                            yield Candidate("report-fault", verb, "criticizes", "111", s, topic, verb, 0.55)
                elif not accused:
                    trace.add("report-accuse", verb, "rejected accuses", f"clause subject '{subj.text}' is not an actor")
        # X insisted it does not fund Z / there was no Z: X denies Z; in the speaker's own
        # words any reporting verb will do ('"We have never built Z," X told reporters')
        quoted = ends.in_quote(clause)
        relation = "denies"
        if lemma in lex.cue("denial_reporting") or lemma in ("assert", "maintain", "insist") or quoted:
            topic_tok = None
            # only a denial when the negated clause is about the speaker ("it does not fund"),
            # or about the country or body the speaker speaks for
            own = _own_side(speakers, ends)
            about_self = subj is not None and (subj.pos_ == "PRON" or any(
                e.entity.id in own for e in ends.actors(subj, conj=False)))
            if _is_negated(clause) and about_self:
                objs = [o for c in (clause, *clause.conjuncts) for o in syntax.objects(c)] or \
                    [p for _, p in syntax.prep_objects(clause, frozenset({"in", "on", "to", "of", "with"}))]
                topic_tok = objs[0] if objs else None
            elif clemma == "be" and any(c.dep_ == "expl" for c in clause.children):
                attr = next((c for c in clause.children if c.dep_ in ("attr", "dobj")), None)
                if attr is not None and any(c.lower_ == "no" for c in attr.children):
                    topic_tok = attr
                    if attr.lemma_.lower() in lex.cue("ruled_out_nouns"):
                        # "no question of ceding land": what is ruled out is rejected
                        inner = [p for _, p in syntax.prep_objects(attr, frozenset({"of", "for"}))]
                        topic_tok, relation = (inner[0], "rejects") if inner else (None, relation)
            if any(not t.requires or has_required(clause, t.requires) for t in lex.verbs.get(clemma, ())):
                topic_tok = None  # a negated trigger is already a negative fact ("would not meet")
            nominal = topic_tok is not None and (topic_tok.pos_ in ("NOUN", "PROPN") or
                                                 relation == "rejects" and topic_tok.tag_ == "VBG")
            if nominal and not ends.actors(topic_tok, ACTOR_TYPES, conj=False):
                found = topic_ends(topic_tok, ends, lex)
                head = topic_tok.head
                if relation == "denies" and quoted and topic_tok.dep_ == "dobj" and head.pos_ == "VERB" \
                        and head.lemma_.lower() not in _EMPTY_VERBS and found and found[0].entity.type == "Topic":
                    # '"We are not signing any pact"': the act denied, with its object
                    inner = syntax.topic_span(topic_tok, lex)
                    span = topic_tok.doc[head.i:inner.end] if len(inner) and inner.start > head.i else None
                    if span is not None and span.end - span.start <= 8:
                        found = [End(ends.m.topic(span), topic_tok, False, f"topic '{span.text}'")]
                if topic_tok.pos_ == "VERB" and found and found[0].entity.type == "Topic":
                    # "no question of ceding land": the act with its object, not the object alone
                    inner = syntax.topic_span(syntax.objects(topic_tok)[0], lex) if syntax.objects(topic_tok) else None
                    if inner is not None and len(inner):
                        span = topic_tok.doc[topic_tok.i:inner.end]
                        found = [End(ends.m.topic(span), topic_tok, False, f"topic '{span.text}'")]
                if relation == "denies" and clemma in lex.cue("acceptance_verbs"):
                    relation = "rejects"  # "we will not tolerate meddling": a refusal, not a denial
                # a refusal read off a negated clause ("would not accept lessons") names what is
                # refused loosely: 1 right in 5 on unseen articles, so below MIN_CONFIDENCE
                conf = 0.6 if relation == "denies" else 0.4
                for topic in found:
                    for s in speakers:
                        yield Candidate("report-" + ("deny" if relation == "denies" else "rule-out"), verb,
                                        relation, "120", s, topic, verb, conf, polarity="positive")
        # "X said the talks had covered Z": X discusses Z
        if subj is not None and clemma in lex.cue("coverage_verbs") and any(
                FAMILY[t.relation] == "consult" for t in lex.nouns.get(subj.lemma_.lower(), ())):
            objs = syntax.objects(clause) or [p for _, p in syntax.prep_objects(clause, frozenset({"on"}))]
            for topic in (x for o in objs for x in topic_ends(o, ends, lex) if x.entity.type == "Topic"):
                for s in speakers:
                    yield Candidate("report-covered", verb, "discusses", "010", s, topic, verb, 0.6)
        # '"Both sides must allow access," X said': X demands it of them
        if subj is not None and not syntax.is_passive(clause) and clemma not in ("be", "have") and any(
                c.dep_ == "aux" and c.lower_ in lex.cue("obligation_aux") for c in clause.children):
            own = _own_side(speakers, ends)
            subjects = ends.actors(subj)
            # "X and we should jointly ...": a call on the speaker's own side is a proposal, not a demand
            obliged = [e for e in subjects if e.entity.id not in own] if not any(
                e.entity.id in own for e in subjects) else []
            for s, o in pair_up(speakers, obliged, "demandsFrom"):
                yield Candidate("report-demand", verb, "demandsFrom", "100", s, o, verb, 0.55, polarity="positive")
        # '"These tariffs are unfair," X said': X criticizes whoever owns what is judged
        if subj is not None and clemma == "be" and not _is_negated(clause) and any(
                c.dep_ in ("acomp", "attr") and c.lemma_.lower() in lex.cue("pejoratives") for c in clause.children):
            yield from _judged(verb, subj, speakers, ends, lex)
        # 'The islands in the Aegean are ...,' X said: X discusses the subject
        if subj is not None and subj.pos_ in ("NOUN", "PROPN") and (clemma == "be" or any(
                c.dep_ in ("attr", "acomp") for c in clause.children)) and not ends.actors(subj, ACTOR_OR_PLACE, conj=False):
            # "the tariffs were consistent with ...", "the exchange was the 17th": a bare definite
            # subject points back at something already reported, and the clause judges it rather
            # than raising a topic; a negated clause ("intervention was not on the table") rules
            # the topic out rather than raising it
            anaphoric = [c.lower_ for c in subj.children] == ["the"]
            if not any(c.dep_ == "det" and c.lower_ in ("this", "that", "these", "those", "it") for c in subj.children) \
                    and subj.lemma_.lower() not in lex.cue("proxy_nouns") and not anaphoric \
                    and not _is_negated(clause) and not any(
                        _is_negated(c) for c in clause.children if c.dep_ in ("prep", "acomp", "attr")):
                # "X noted that protectionism is on the rise": what worsens is a worry
                rising = any(c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "rise" for g in c.children)
                             or c.dep_ == "acomp" and c.lemma_.lower() in lex.cue("worrying_states")
                             for c in clause.children)
                relation, cameo = ("concernedAbout", "012") if rising else ("discusses", "010")
                for topic in topic_ends(subj, ends, lex):
                    for s in speakers:
                        yield Candidate("report-discuss", verb, relation, cameo, s, topic, verb, 0.55)
        # "X warned that violence is spreading"; growth ("trade grew") is a worry only when warned of
        worrying = clemma in lex.cue("worrying_verbs") or (
            clemma in lex.cue("growth_verbs") and lemma in lex.cue("warning_reporting"))
        if subj is not None and subj.pos_ == "NOUN" and worrying \
                and not ends.actors(subj, ACTOR_OR_PLACE, conj=False) and not _is_negated(clause):
            # "X warned that violence is spreading": a worry about the violence
            for topic in topic_ends(subj, ends, lex):
                for s in speakers:
                    yield Candidate("report-worry", verb, "concernedAbout", "012", s, topic, verb, 0.55)
