"""Binding of object pronouns: what "him", "her", "them", "it" may not mean.

A non-reflexive object pronoun never means the subject of its own clause, also when that
subject is only implied: the controller of an infinitive ("Biden called Lula to congratulate
him": the caller; "Macron invited Scholz to join him": the one invited) or the main subject
of a participle ("Duda met Nauseda, praising him ..."). A verb of the ``phone_call_verbs`` cue
with no "on"/"for" ("called Lula", "phoned Kishida") is a call, whose infinitive is its
purpose, not what the one called is asked to do (:func:`phone_call`, also read by the
extractor).
"""
from __future__ import annotations

import functools

from spacy.tokens import Token

from kg.resolve.coref_base import _SUBJ
from kg.resolve.mentions import Mentions

__all__ = ["bound_subject_ids", "asked_object", "phone_call"]


def bound_subject_ids(token: Token, mentions: Mentions) -> set[str]:
    """Ids of the entities an object pronoun at ``token`` may not mean ("X spoke with Y and
    urged him to ...", "She told him ...": its verb's subject, named or implied); empty
    for other words."""
    if token.lower_ == "its" and token.dep_ == "poss" and token.head.dep_ == "dobj" \
            and token.head.head.lemma_.lower() in _HOSTILE_VERBS:
        # "Chinese coast guard vessels rammed its supply boat": what is struck is someone else's
        return {e.id for c in token.head.head.children if c.dep_ == "nsubj"
                for t in c.subtree if t.i <= c.i for e in mentions.entities_at(t)}
    if token.lower_ in ("his", "her", "their", "its") and token.dep_ == "poss" and token.head.dep_ == "dobj" \
            and token.head.lemma_.lower() in _CLAIMS and token.head.head.lemma_.lower() in _DISPUTING:
        # "Kobakhidze brushed aside her claims": one disputes what someone else said
        return _clause_subject_ids(token.head.head, mentions)
    return _clause_subject_ids(_object_verb(token), mentions) if token.lower_ in _OBJECT_FORMS else set()


#: What one says, and verbs of disputing it: the sayer is not the one disputing.
_CLAIMS = frozenset({"claim", "allegation", "accusation", "charge", "remark", "comment", "criticism", "assertion",
                     "argument", "account", "version", "statement"})
_DISPUTING = frozenset({"reject", "dismiss", "brush", "deny", "refute", "rebut", "slam", "criticize", "criticise",
                        "condemn", "ridicule", "mock", "contest", "dispute", "deride"})


#: Verbs of striking at something: the owner of what they hit is not their subject.
_HOSTILE_VERBS = frozenset({"ram", "attack", "strike", "shell", "bomb", "hit", "raid", "seize", "board",
                            "harass", "intercept", "target", "invade", "shoot", "sink", "block"})


#: Object forms of personal pronouns (a clause's subject is never what they refer to).
_OBJECT_FORMS = frozenset({"him", "her", "them", "it"})


def _object_verb(token: Token) -> Token | None:
    """The verb a pronoun is the object of: direct ("urged him"), dative, or of a
    preposition on the verb ("spoke with him"); None otherwise."""
    if token.dep_ in ("dobj", "dative"):
        return token.head
    if token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head.pos_ in ("VERB", "AUX"):
        return token.head.head
    noun = token.head.head
    if token.dep_ == "pobj" and token.head.dep_ == "prep" and noun.pos_ == "NOUN" and noun.dep_ == "dobj" \
            and noun.head.pos_ in ("VERB", "AUX"):
        return noun.head  # "X held talks with her": the phrase of the verb's object
    return None


def _clause_subject_ids(verb: Token | None, mentions: Mentions) -> set[str]:
    """Ids of the entities subject of ``verb``, also when inherited from a coordinated verb
    or by control: an infinitive's or participle's doer ("Biden called Lula to congratulate
    him": Biden, the caller; "urged Lula to thank him": Lula, the one urged; "..., accusing
    him of lying": the main clause's subject; "met Lula after congratulating him": the one
    who met; "praised Lula for backing him": Lula, the one praised)."""
    for _ in range(4 if verb is not None else 0):
        subjects = [c for c in verb.children if c.dep_ in _SUBJ]
        if not subjects and verb.dep_ in ("xcomp", "advcl"):
            asked = asked_object(verb)
            subjects = [asked] if asked is not None else []
        gerund = not subjects and verb.dep_ == "pcomp" and verb.head.dep_ == "prep" \
            and verb.head.head.pos_ == "VERB"
        if gerund and verb.head.lower_ in ("of", "for"):
            subjects = [c for c in verb.head.head.children if c.dep_ == "dobj"]
        if subjects or not gerund and verb.dep_ not in ("conj", "xcomp", "advcl") or verb.head.i == verb.i:
            # ("X and Y were among the first to congratulate her": every coordinated subject)
            return {e.id for s in subjects for t in (s, *s.conjuncts) for e in mentions.entities_at(t)}
        verb = verb.head.head if gerund else verb.head
    return set()


def asked_object(verb: Token) -> Token | None:
    """"urged Iran to halt ...", "called on Rwanda to stop ...": the one asked to do the
    infinitive ``verb`` (the object of the verb it complements, or the "on" addressee before
    it); None for an infinitive of purpose ("sent Wagner to Mali to protect its interests",
    "called Lula to congratulate him": the sender, the caller does it)."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    head = verb.head
    asked = [c for c in head.children if c.dep_ == "dobj"] \
        if verb.dep_ == "xcomp" and not phone_call(head) else []
    asked += [p for p in _addressees(head) if p.i < verb.i]  # "called on X to ..."
    return asked[0] if asked else None


def _addressees(verb: Token) -> list[Token]:
    """"called on X", "called upon X": the one appealed to (not a day: "called on Monday")."""
    return [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon") and not _timed(c)
            for p in c.children if p.dep_ == "pobj"]


#: entity labels of a time ("on Monday", "for an hour")
_WHEN = frozenset({"DATE", "TIME"})


def _timed(prep: Token) -> bool:
    """Whether a preposition's phrase gives a time only ("on Monday", "for an hour")."""
    objs = [p for p in prep.children if p.dep_ == "pobj"]
    return bool(objs) and all(p.ent_type_ in _WHEN for p in objs)


def phone_call(verb: Token) -> bool:
    """Whether ``verb`` is a phone call ("called Lula", "phoned Kishida to thank him"), not an
    appeal ("called on X to ...", "called for talks"): a verb of the ``phone_call_verbs`` cue
    with no "on"/"upon"/"for" phrase or particle other than a time ("called on Monday")."""
    return verb.lemma_.lower() in _phone_call_verbs() and not any(
        c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon", "for") and not _timed(c) for c in verb.children)


@functools.lru_cache(maxsize=1)
def _phone_call_verbs() -> frozenset[str]:
    from kg.extract.lexicon import load_lexicon  # late: kg.extract imports kg.resolve

    return frozenset(load_lexicon().cue("phone_call_verbs"))
