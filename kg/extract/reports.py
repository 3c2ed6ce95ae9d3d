"""What a reporting verb implies about its speaker.

- "X said Y violated / attacked Z" -> X accuses Y (``report-accuse``);
- "X said the attacks have been linked to Y" -> X accuses Y (``report-link``);
- "X insisted it does not engage in Z", "there was no Z" -> X denies Z
  (``report-deny``; only when the negated clause is about the speaker);
- "'The islands ... are ...,' X said" -> X discusses the islands (``report-discuss``).
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import syntax
from kg.extract.ends import ACTOR_OR_PLACE, EndFinder
from kg.extract.lexicon import FAMILY, Lexicon
from kg.extract.rules import Candidate, Trace, actor_subjects, has_required, pair_up, topic_ends
from kg.types import ACTOR_TYPES

__all__ = ["report_rules"]


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
                for s, o in pair_up(speakers, ends.actors(p), "accuses"):
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
        # "Y was responsible for / behind the attack"
        hostile = hostile or (clemma == "be" and any(
            (c.dep_ == "acomp" and c.lower_ in ("responsible", "guilty", "culpable"))
            or (c.dep_ == "prep" and c.lower_ == "behind") for c in clause.children))
        if lemma in lex.cue("accusing_reporting") and hostile and subj is not None and not _is_negated(clause):
            if clemma in ("carry", "launch", "fire") and not any(
                    any(FAMILY[t.relation] == "assault" for t in lex.nouns.get(o.lemma_.lower(), ()))
                    for o in syntax.objects(clause)):
                pass  # "carried out reforms": not an accusation
            else:
                accused = ends.actors(subj)
                for s, o in pair_up(speakers, accused, "accuses"):
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
            if any(not t.requires or has_required(clause, t.requires) for t in lex.verbs.get(clemma, ())):
                topic_tok = None  # a negated trigger is already a negative fact ("would not negotiate")
            if topic_tok is not None and topic_tok.pos_ in ("NOUN", "PROPN") and not ends.actors(topic_tok, ACTOR_TYPES, conj=False):
                for topic in topic_ends(topic_tok, ends, lex):
                    for s in speakers:
                        yield Candidate("report-deny", verb, "denies", "120", s, topic, verb, 0.6,
                                        polarity="positive")
        # 'The islands in the South China Sea are ...,' X said: X discusses the subject
        if subj is not None and subj.pos_ in ("NOUN", "PROPN") and (clemma == "be" or any(
                c.dep_ in ("attr", "acomp") for c in clause.children)) and not ends.actors(subj, ACTOR_OR_PLACE, conj=False):
            if not any(c.dep_ == "det" and c.lower_ in ("this", "that", "these", "those", "it") for c in subj.children) \
                    and subj.lemma_.lower() not in lex.cue("proxy_nouns"):
                for topic in topic_ends(subj, ends, lex):
                    for s in speakers:
                        yield Candidate("report-discuss", verb, "discusses", "010", s, topic, verb, 0.55)
