"""What the verb rules read around a trigger verb: the construction it sits in, not a
trigger of its own.

- a strike announced by its own side in a warning ("Iran warned it would strike X": a threat);
- a delegation or a body's members met ("received a delegation headed by X", "met members of
  Congress");
- whose willingness an infinitive states ("reaffirmed its willingness to cooperate with X");
- the outer participle of a misread coordination ("saying X ... and threatening Y");
- returning to talks, which is asked for rather than demanded.

Used by :mod:`kg.extract.verbal`; the word lists are entries of ``kg/data/extract_cues.json``.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import syntax
from kg.extract.ends import EndFinder
from kg.extract.frames._common import own_sides
from kg.extract.lexicon import Lexicon
from kg.extract.rules import actor_subjects

__all__ = ["warned_own_attack", "delegation_ends", "intent_holders", "outer_participle", "back_to_talks"]


def warned_own_attack(verb: Token, agents, ends: EndFinder, lex: Lexicon) -> bool:
    """True when ``verb`` is a future or conditional attack ("would strike", "will hit") in
    what its own side warns or vows, or (for a retaliation) says."""
    if verb.dep_ != "ccomp" or not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "wo", "shall")
                                       for c in verb.children):
        return False
    head = verb.head
    lemma = head.lemma_.lower()
    if not (lemma in lex.cue("threat_heads") or lemma in lex.cue("reporting_verbs")
            and verb.lemma_.lower() in lex.cue("retaliation_verbs")):
        return False
    # the speaker and the attacker on one side: "the Houthi leader warned the Houthis would ..."
    return bool(own_sides(actor_subjects(head, ends), ends) & own_sides(agents, ends))


def delegation_ends(toks, ends: EndFinder, lex: Lexicon) -> list:
    """"received a delegation from Congress headed by Senator X", "met a Hamas delegation",
    "met members of Congress": the one who heads the delegation, else whom it (or the
    members met) comes from."""
    out = []
    for t in toks:
        if t.tag_ == "NNS" and t.lemma_.lower() in lex.cue("body_member_nouns"):
            # "met members of the U.S. Congress", "met officials of the administration": the body
            out += [e for _, p in syntax.prep_objects(t, frozenset({"of", "from"})) for e in ends.actors(p)
                    if e.entity.type != "Person"]
            continue
        if t.lemma_.lower() not in lex.cue("frame_delegation_nouns"):
            continue
        heads = [e for c in t.children if c.dep_ == "acl" and c.lemma_.lower() in ("head", "lead")
                 for a in syntax.by_agents(c) for e in ends.actors(a) if e.entity.type == "Person"]
        out += heads or [e for c in t.children if c.dep_ in ("compound", "amod", "poss") for e in ends.actors(c)] + \
            [e for _, p in syntax.prep_objects(t, frozenset({"from", "of"})) for e in ends.actors(p)]
    return out


def intent_holders(verb: Token, ends: EndFinder, lex: Lexicon) -> list:
    """"reaffirmed its willingness to continue cooperating with X", "expressed readiness to
    work with Y": whose willingness it is (the possessive, else the subject of a verb that
    expresses it)."""
    tok = verb
    while tok.dep_ == "xcomp" and tok.head.i != tok.i:
        tok = tok.head
    noun = tok.head
    if tok.dep_ != "acl" or noun.lemma_.lower() not in lex.cue("intent_nouns"):
        return []
    owners = [e for c in noun.children if c.dep_ == "poss" for e in ends.actors(c)]
    if not owners and noun.dep_ == "dobj" and noun.head.lemma_.lower() in lex.cue("expressing_verbs"):
        owners = actor_subjects(noun.head, ends)
    return owners


def outer_participle(verb: Token) -> Token | None:
    """For a participle coordinated inside a clause that hangs off another participle
    ("saying X was doing A and threatening B", "accusing X of A and warning B"): that outer
    participle, else None."""
    if verb.dep_ != "conj" or verb.tag_ != "VBG":
        return None
    tok = verb.head
    for _ in range(4):
        if tok.dep_ not in ("ccomp", "pcomp", "prep", "pobj", "conj") or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp", "conj"):
            return tok
    return None


def back_to_talks(act: Token, lex: Lexicon) -> bool:
    """"urged X to return to talks / to the negotiating table": an appeal to take part,
    not a demand (unlike "return the territory", "return the hostages")."""
    return act.lemma_.lower() == "return" and any(
        p.lemma_.lower() in lex.cue("negotiation_nouns") or p.lemma_.lower() in ("table", "dialogue", "talk")
        for _, p in syntax.prep_objects(act, frozenset({"to"})))
