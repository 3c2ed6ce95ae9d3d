"""Topics a speaker raises by reporting on talks or by hoping for an outcome.

- "X said negotiations on a ceasefire deal had made progress", "X said talks over the
  border were going well" -> X discusses the ceasefire deal / the border
  (``report-talks-on``): a speaker who reports how talks on Y are going is a party to
  the talk about Y (the consult noun comes from the lexicon: any noun trigger of the
  consult family);
- "X said he was hopeful that a deal could be sealed", "X is confident that an
  agreement will be reached" -> X discusses the deal (``report-hopeful``).

Negated clauses and pronoun or actor subjects give nothing.

- "Beijing hoped Islamabad and New Delhi would resolve their differences", "Abe said he
  hoped North Korea would take concrete action" -> China appealsTo Pakistan and India, Abe
  appealsTo North Korea (``hoped-act``): an act hoped for from another side is an appeal to
  it (not a hope about the speaker's own side, nor an outcome, "hoped Y would win").

Example:
    >>> facts = extract("Qatar said negotiations on a truce had made progress.")  # doctest: +SKIP
    Qatar -discusses-> truce
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import syntax
from kg.extract.ends import ACTOR_OR_PLACE, End, EndFinder
from kg.extract.lexicon import FAMILY, Lexicon
from kg.extract.rules import Candidate, Trace, actor_subjects, pair_up, topic_ends

__all__ = ["reported_talks", "hoped_outcome", "hoped_act"]

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


#: how a word of the subject phrase may name the subject's side ("the US side", "A and B")
_SAME_END = frozenset({"compound", "amod", "conj", "nmod"})
#: forms of "hope" (the tagger's lemma of "hoped" may be "hop")
_HOPE_FORMS = frozenset({"hope", "hopes", "hoped", "hoping"})
#: auxiliaries of an act hoped for from someone ("hoped X would / will / could ...")
_HOPED_AUX = frozenset({"would", "will", "could", "can", "'ll", "wo"})
#: clause verbs that name an outcome or a state, not an act asked of the subject
#: ("hoped Y would win", "hoped relations would remain stable")
_OUTCOMES = frozenset({"be", "become", "remain", "stay", "win", "lose", "survive", "recover", "succeed", "prevail",
                       "have", "get"})


def hoped_act(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"China hoped London would work with it": China appealsTo the United Kingdom; also
    "Pashinyan expressed the hope that Russia would contribute to ..."."""
    noun = verb.pos_ == "NOUN"
    if noun and (verb.lower_ not in ("hope", "hopes") or verb.dep_ != "dobj" or verb.head.lemma_.lower() not in
                 ("express", "voice", "state", "reiterate", "convey") or syntax.negated(verb.head)):
        return []
    if not noun and (verb.lower_ not in _HOPE_FORMS or syntax.negated(verb) or syntax.objects(verb)):
        return []  # ("hoped the trip, Biden's first, would ...": a clause misread around an object)
    clauses = [c for c in verb.children if c.dep_ in (("acl", "ccomp") if noun else ("ccomp",)) and c.pos_ == "VERB"
               and c.lemma_.lower() not in _OUTCOMES and not syntax.is_passive(c)
               and any(a.dep_ == "aux" and a.lower_ in _HOPED_AUX for a in c.children)]
    speakers = actor_subjects(verb.head if noun else verb, ends) if clauses else []
    # (the speaker's own side, or a person's country, hoped to act is a plan, not an appeal)
    own = {x.id for e in speakers for x in (e.entity, ends.affiliation(e.entity)) if x is not None}
    out = []
    for clause in clauses:
        subj = syntax.clause_subject_of(clause)
        if subj is not None and any(c.dep_ == "case" for c in subj.children):
            subj = None  # a possessor ("Biden's first") misread as the subject
        # the subject itself names the side ("the trip, Biden's first, would persuade Y" names
        # no one hoped to act)
        addressed = [e for e in ends.actors(subj) if e.entity.type != "Topic" and e.entity.id not in own
                     and (e.token.i == subj.i or e.token.head.i == subj.i and e.token.dep_ in _SAME_END)] \
            if subj is not None else []
        if not addressed:
            trace.add("hoped-act", verb, "rejected appealsTo", "no other actor hoped to act")
        out += [Candidate("hoped-act", verb, "appealsTo", "020", s, o, verb, 0.6)
                for s, o in pair_up(speakers, addressed, "appealsTo")]
    return out
