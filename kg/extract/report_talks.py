"""Topics a speaker raises by reporting on talks or by hoping for an outcome.

- "X said negotiations on a ceasefire deal had made progress", "X said talks over the
  border were going well" -> X discusses the ceasefire deal / the border
  (``report-talks-on``): a speaker who reports how talks on Y are going is a party to
  the talk about Y (the consult noun comes from the lexicon: any noun trigger of the
  consult family);
- "X said he was hopeful that a deal could be sealed", "X is confident that an
  agreement will be reached" -> X discusses the deal (``report-hopeful``).

Negated clauses and pronoun or actor subjects give nothing.

Example:
    >>> facts = extract("Qatar said negotiations on a truce had made progress.")  # doctest: +SKIP
    Qatar -discusses-> truce
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import syntax
from kg.extract.ends import ACTOR_OR_PLACE, End, EndFinder
from kg.extract.lexicon import FAMILY, Lexicon
from kg.extract.rules import Candidate, Trace, topic_ends

__all__ = ["reported_talks", "hoped_outcome"]

#: what talks are about
_ABOUT = frozenset({"on", "over", "about", "regarding"})
#: adjectives of expectation whose that-clause names an outcome being discussed
_EXPECTING = frozenset({"hopeful", "optimistic", "confident", "pessimistic", "doubtful", "sceptical",
                        "skeptical", "upbeat"})


def _consult_noun(tok: Token, lex: Lexicon) -> bool:
    return tok.pos_ == "NOUN" and any(FAMILY.get(t.relation) == "consult" for t in lex.nouns.get(tok.lemma_.lower(), ()))


def _topics(tok: Token, ends: EndFinder, lex: Lexicon) -> list[End]:
    if tok.pos_ not in ("NOUN", "PROPN") or ends.actors(tok, ACTOR_OR_PLACE, conj=False):
        return []
    return [t for t in topic_ends(tok, ends, lex) if t.entity.type == "Topic"]


def reported_talks(verb: Token, clause: Token, speakers: list[End], ends: EndFinder, lex: Lexicon,
                   trace: Trace):
    """"X said negotiations on Y had made progress": X discusses Y."""
    subj = syntax.clause_subject_of(clause)
    if subj is None or not _consult_noun(subj, lex) or syntax.negated(clause):
        return
    for _, about in syntax.prep_objects(subj, _ABOUT):
        for topic in _topics(about, ends, lex):
            for s in speakers:
                yield Candidate("report-talks-on", verb, "discusses", "010", s, topic, verb, 0.6)


def hoped_outcome(verb: Token, clause: Token, speakers: list[End], ends: EndFinder, lex: Lexicon,
                  trace: Trace):
    """"X said he was hopeful that a deal could be sealed": X discusses the deal."""
    if clause.lemma_.lower() != "be" or syntax.negated(clause):
        return
    for adj in clause.children:
        if adj.dep_ != "acomp" or adj.lower_ not in _EXPECTING:
            continue
        for inner in adj.children:
            if inner.dep_ != "ccomp" or syntax.negated(inner):
                continue
            subj = syntax.clause_subject_of(inner)
            if subj is None:
                continue
            for topic in _topics(subj, ends, lex):
                for s in speakers:
                    yield Candidate("report-hopeful", verb, "discusses", "010", s, topic, verb, 0.6)
