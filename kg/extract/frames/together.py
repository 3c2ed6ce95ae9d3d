"""Acting together where no cooperation word links the two sides: a partner the small
model parses as a clause subject, a joint subject that holds its own drills, is partners
with itself or drafts a text together.

- "The EU will continue to work closely with the Moldovan authorities to counter ...",
  "will coordinate with Turkish rescuers to deliver aid": the partner of a verb of working
  together, parsed as the subject of the purpose clause that follows ("with" as its
  marker), is the verb's partner all the same (``frame-with-clause``);
- "Seoul and Washington kicked off their annual summer exercise", "the two navies began
  drills on Monday": a joint subject that holds drills with nobody else named holds them
  with each other (``frame-joint-exercise``; "joint drills" are :mod:`.cooperate`'s);
- "China and Pakistan are all-weather strategic partners", "Sweden and Hungary are allies":
  a joint subject that is partners or allies with nobody named works with itself
  (``frame-mutual-partners``);
- "The text, drafted by the United States and Albania, ...", "France and Germany tabled
  a resolution": the co-authors of a text work together (``frame-joint-authors``), and
  whoever drafts, tables or sponsors a text supports it ("a U.S.-drafted resolution",
  "the draft circulated by Tunisia": ``frame-drafted-text``).

The word lists are the ``frame_together_*`` entries of ``kg/data/extract_cues.json``.

Example:
    >>> facts = extract("Peru and Chile are close partners.")  # doctest: +SKIP
    Peru -cooperatesWith-> Chile
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import syntax
from kg.extract.ends import End, EndFinder
from kg.extract.frames._common import (NOUN_POS as _NOUN_POS, STATES as _STATES, VERB_POS as _VERB_POS,
                                       emit as _emit, named as _named, not_own as _not_own, side as _side)
from kg.extract.lexicon import Lexicon
from kg.extract.rules import Trace, actor_subjects, topic_ends
from kg.resolve.gazetteer import load_gazetteer

__all__ = ["FRAMES"]

#: prepositions of a partner that a drill, a partnership or a text may name itself
_PARTNER_PREPS = frozenset({"with", "between", "among", "against", "of", "to"})
#: verbs of being that make their subject what the attribute says ("are partners")
_BEING = frozenset({"be", "remain", "become"})


def _sides(agents: list[End], ends: EndFinder) -> list[End]:
    """The agents as the states they stand for (a person for their country), when they are
    at least two different ones; else nothing ("X and his foreign minister" is one side)."""
    found = {e.entity.id: e for e in (_side(x, ends) for x in agents) if e.entity.type in _STATES}
    return list(found.values()) if len(found) >= 2 else []


def _with_clause_partner(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"will work closely with the Moldovan authorities to counter X", "is working with the
    Philippines to strengthen Y": the small model reads "with X to do Y" as a clause whose
    subject is X ("with" its marker, or a "with" left without object before it); X is
    the partner the verb rule does not find."""
    if syntax.is_passive(verb) or syntax.negated(verb):
        return []
    if any(c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" for g in c.children)
           for c in verb.children):
        return []  # "worked with X": the verb rule's partner
    clauses = [c for c in verb.children if c.dep_ in ("advcl", "ccomp")
               and any(m.dep_ == "mark" and m.lower_ == "with" for m in c.children)]
    # "with" as a preposition whose "object" is a clause ("coordinate with X to deliver aid")
    clauses += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                for g in c.children if g.dep_ == "pcomp" and g.pos_ == "VERB"]
    # a bare "with" followed by the clause ("working with the Philippines to strengthen")
    bare = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" and not any(True for _ in c.children)]
    clauses += [c for b in bare for c in verb.children if c.dep_ == "advcl" and c.i > b.i]
    subjects = [s for c in clauses if c.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for s in c.children if s.dep_ == "nsubj" and s.pos_ in _NOUN_POS and s.i < c.i]
    partners = [e for s in subjects for e in _named(ends.actors(s))]
    agents = actor_subjects(verb, ends)
    return _emit("frame-with-clause", verb, "cooperatesWith", "030", agents, _not_own(agents, partners, ends),
                 verb, 0.6, trace)


def _joint_exercise(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Seoul and Washington kicked off their annual Ulchi Freedom Shield exercise", "the
    two countries began naval drills on Monday": a joint subject holds the drills together.
    Drills that name a partner or a target ("drills with X", "drills against Y") and drills
    others hold ("their drills" after "condemned") are the other rules'."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ not in _VERB_POS or verb.lemma_.lower() not in lex.cue("frame_together_holding") \
            or syntax.is_passive(verb) or syntax.negated(verb):
        return []
    if any(c.dep_ == "amod" and c.lower_ in lex.cue("frame_joint") for c in noun.children):
        return []  # "joint drills": the cooperation frames'
    if any(c.dep_ == "prep" and c.lower_ in _PARTNER_PREPS for t in (noun, verb) for c in t.children):
        return []
    if any(c.dep_ == "poss" and c.lower_ != "their" for c in noun.children):
        return []  # "began China's drills", "its drills": one side's
    sides = _sides([e for e in actor_subjects(verb, ends) if not e.coref or e.via == "plural"], ends)
    return _emit("frame-joint-exercise", noun, "cooperatesWith", "030", sides, sides, verb, 0.6, trace)


def _mutual_partners(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"China and Pakistan are all-weather strategic cooperative partners", "the two countries
    remain close allies": a joint subject that is partners with nobody named is so with
    each other ("are partners of X", "X's allies" name someone: :mod:`.cooperate`'s)."""
    verb = noun.head
    if noun.dep_ != "attr" or verb.lemma_.lower() not in _BEING or syntax.negated(verb) \
            or noun.tag_ != "NNS" or any(c.dep_ == "poss" for c in noun.children) \
            or any(c.dep_ == "prep" and c.lower_ in _PARTNER_PREPS for c in noun.children):
        return []
    # (allies to each other work together: the one-sided "X's ally" is support)
    sides = _sides(actor_subjects(verb, ends), ends)
    return _emit("frame-mutual-partners", noun, "cooperatesWith", "030", sides, sides, verb, 0.6, trace)


def _authored_text(verb: Token, lex: Lexicon) -> bool:
    """Whether ``verb`` (a verb of drafting) has a text for its object: "tabled a
    resolution", "The text, drafted by ...", "the resolution was sponsored by ..."."""
    texts = lex.cue("frame_together_texts")
    if syntax.is_passive(verb) or verb.dep_ == "acl":
        subject = verb.head if verb.dep_ == "acl" else syntax.clause_subject_of(verb)
        return subject is not None and subject.lemma_.lower() in texts
    return any(o.lemma_.lower() in texts for o in syntax.objects(verb))


def _joint_authors(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"The text, drafted by the United States and Albania, received 10 votes", "France and
    Germany tabled a draft resolution": the co-authors of a text work together."""
    if syntax.negated(verb) or not _authored_text(verb, lex):
        return []
    passive = syntax.is_passive(verb) or verb.dep_ == "acl" and verb.tag_ == "VBN"
    authors = [e for t in syntax.by_agents(verb) for e in _named(ends.actors(t))] if passive \
        else [e for e in actor_subjects(verb, ends) if not e.coref]
    sides = _sides(authors, ends)
    return _emit("frame-joint-authors", verb, "cooperatesWith", "030", sides, sides, verb, 0.6, trace)


#: (cue lists, extra lemmas, part of speech, frame): the lemmas that anchor each frame
#: verbs of putting a text forward besides the drafting verbs ("the draft circulated by X")
_PUT_FORWARD = frozenset({"circulate", "propose", "introduce"})


def _drafted_text(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"a U.S.-drafted U.N. Security Council resolution", "The text, drafted by the US and
    Japan", "the draft resolution circulated by Tunisia": the authors support their text."""
    verbs = lex.cue("frame_together_drafting") | _PUT_FORWARD
    authors: list[End] = []
    for mod in noun.children:
        if mod.dep_ == "acl" and mod.tag_ == "VBN" and mod.lemma_.lower() in verbs and not syntax.negated(mod):
            authors += [e for t in syntax.by_agents(mod) for e in _named(ends.actors(t))]
        elif mod.dep_ == "amod" and "-" in mod.text[1:] and mod.text.rsplit("-", 1)[1].lower() in _DRAFTED:
            # "U.S.-drafted" read as one word: the name before the hyphen
            hit = load_gazetteer().lookup(mod.text.rsplit("-", 1)[0])
            record = load_gazetteer().countries.get(hit[1]) if hit and hit[0] in ("country", "demonym") else None
            if record is not None:
                authors.append(End(ends.m.entity(hit[1], record.label, "Country"), mod, False, "hyphenated author"))
    authors = [e for e in authors if e.entity.type in _STATES]
    if not authors:
        return []
    return _emit("frame-drafted-text", noun, "supports", "051", authors, topic_ends(noun, ends, lex), noun, 0.6, trace)


#: participles of drafting written after a hyphen ("U.S.-drafted", "French-sponsored")
_DRAFTED = frozenset({"drafted", "sponsored", "tabled", "authored", "proposed"})


FRAMES = (
    (("frame_together_texts",), (), _NOUN_POS, _drafted_text),
    (("frame_together_working",), (), _VERB_POS, _with_clause_partner),
    (("frame_together_activities",), (), _NOUN_POS, _joint_exercise),
    (("frame_allies",), (), _NOUN_POS, _mutual_partners),
    (("frame_together_drafting",), (), _VERB_POS, _joint_authors),
)
