"""What a worry verb worries about when its complement is a clause.

"X fears (that) the conflict could spread", "X worries the tariffs will cost jobs":
the feared thing is the subject of the clause, provided the clause says what it could
or will do (a modal, or a verb of harm). "which X fears could affect water flows": the
subject is the relative pronoun, so the feared thing is the noun the relative clause
hangs on ("a mega dam ..., which India fears could ...").

A clause that states a plain fact ("X fears that Y has left") is not read: its
subject is a participant, not a worry.

:func:`purpose_object` reads the other clause a topic hides in: "discussed ways to
boost bilateral trade", "efforts to combat terrorism" -> the object of the purpose
("bilateral trade", "terrorism"); "ways" and "efforts" alone say nothing.

Example:
    >>> [t.text for t in feared_subjects(doc[2])]  # doctest: +SKIP
    ['dam']
"""
from __future__ import annotations

from spacy.tokens import Token

__all__ = ["feared_subjects", "purpose_object", "PURPOSE_HEADS", "INTENT_HEADS"]

#: modal verbs that make a clause a prospect ("could spread", "will cost")
_PROSPECT_MODALS = frozenset({"could", "would", "might", "may", "will", "can", "'ll"})
#: verbs that say a thing does harm, even without a modal ("threatens", "endangers")
_HARMING = frozenset({"threaten", "endanger", "jeopardize", "jeopardise", "undermine", "harm", "hurt",
                      "damage", "destabilize", "destabilise", "disrupt", "escalate", "spread", "spill",
                      "worsen", "affect", "reduce", "cost", "derail", "trigger", "fuel"})
_RELATIVE = frozenset({"which", "that"})


def _prospect(clause: Token) -> bool:
    return clause.lemma_.lower() in _HARMING or any(
        c.dep_ == "aux" and c.lower_ in _PROSPECT_MODALS for c in clause.children)


def _owner_of_place(tok: Token) -> Token:
    """"a dam on the Nile in Sudan, which ...": the relative clause of a phrase that ends in
    a place name is about the noun the place phrase belongs to."""
    for _ in range(2):
        if tok.pos_ == "PROPN" and tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("NOUN", "PROPN"):
            tok = tok.head.head
        else:
            break
    return tok


def feared_subjects(verb: Token) -> list[Token]:
    """Subjects of the prospect clause of a worry verb or noun ("fears the war could
    spread", "concern that the war could spread" -> [war]); a relative "which" gives the
    noun the relative clause hangs on."""
    out = []
    # a worry noun takes its clause as "acl" ("concern that the dispute could escalate")
    deps = ("ccomp", "acl") if verb.pos_ == "NOUN" else ("ccomp",)
    for clause in verb.children:
        if clause.dep_ not in deps or clause.pos_ not in ("VERB", "AUX") or clause.i < verb.i:
            continue
        if not _prospect(clause) or any(c.dep_ == "neg" for c in clause.children):
            continue
        for subj in clause.children:
            if subj.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if subj.lower_ in _RELATIVE:
                # "a dam ..., which India fears could affect ...": the relative clause is
                # headed by the worry verb and hangs on the feared noun
                if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
                    out.append(_owner_of_place(verb.head))
            elif subj.pos_ in ("NOUN", "PROPN"):
                out.append(subj)
    return out


#: heads that only name a purpose: the topic is what the purpose is about
PURPOSE_HEADS = frozenset({"way", "means", "effort", "measure", "step", "mechanism", "option", "avenue"})
#: heads that name an attempt: the topic is the act attempted, verb and object ("a new push
#: to ease the debt burden" -> "ease the debt burden": opposing the push opposes easing it,
#: not the burden); a plan or a proposal is a topic of its own
INTENT_HEADS = frozenset({"push", "drive", "bid", "attempt", "campaign"})


def purpose_object(head: Token) -> Token | None:
    """The object of the infinitive that says what ``head`` is for ("ways to boost
    trade" -> trade), or for an attempt the infinitive itself ("a push to ease the debt
    burden" -> ease); None when ``head`` is neither or has no such infinitive with a
    common-noun object (an attempt) or noun object (a purpose)."""
    lemma = head.lemma_.lower()
    if lemma not in PURPOSE_HEADS and lemma not in INTENT_HEADS:
        return None
    pos = ("NOUN",) if lemma in INTENT_HEADS else ("NOUN", "PROPN")
    for c in head.children:
        if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and c.i > head.i and \
                any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            objs = [o for o in c.children if o.dep_ in ("dobj", "attr") and o.pos_ in pos]
            if objs:
                return c if lemma in INTENT_HEADS else objs[0]
    for c in head.children if lemma in PURPOSE_HEADS else ():
        # "the measures Manila is taking to protect its sovereign rights": the relative
        # clause's own purpose infinitive
        for g in (g for g in c.children if c.dep_ == "relcl" and g.dep_ in ("xcomp", "advcl") and g.pos_ == "VERB"
                  and any(a.dep_ == "aux" and a.lower_ == "to" for a in g.children)):
            objs = [o for o in g.children if o.dep_ == "dobj" and o.pos_ in pos]
            if objs:
                return objs[0]
    return None
