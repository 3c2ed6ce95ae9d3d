"""How far a pronoun reaches: which "it" objects stand for an actor, and which sentences a
later "it" / "they" may pass over to the sentence before.

- "Israel accused it of stalling", "Greece urged it to free the crew": the object "it" of a
  verb that takes an actor (the ``actor_object_verbs`` cue), or of a verb of censure with a
  reason after it ("Lithuania criticized it for the move", the ``actor_object_reason_verbs``
  cue), is an actor named before; not "Israel rejected it", "denounced it as irresponsible",
  "blasted it with water cannon for an hour", nor inside a relative clause ("whose mandate X refused to
  renew after accusing it", where "it" is the clause's own noun).
- "Putin blamed the West for the war and accused it of ...": an object "it" of a verb
  coordinated with one whose object names one actor is that actor (:func:`parallel_object`).
- "Protesters marched. The march was peaceful. They ...", "Iran rejected the offer. '...,' a
  spokesman said. It ...": a sentence whose subjects could not be the pronoun (a singular
  for "they"; a person's title or a plural for "it") leaves it to the sentence before.
"""
from __future__ import annotations

import functools

from spacy.tokens import Token

from kg.resolve.gazetteer import load_gazetteer

__all__ = ["_title_words", "actor_object", "competes", "parallel_object"]

_SUBJ = frozenset({"nsubj", "nsubjpass"})
#: Entity labels of a time or an amount: "for nearly an hour", "over two days" give no reason.
_TIME_ENTS = frozenset({"DATE", "TIME", "QUANTITY", "CARDINAL"})


@functools.lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Last words of the people's titles of the gazetteer ("spokesman", "minister")."""
    return frozenset(t.split()[-1] for t in load_gazetteer().titles)


@functools.lru_cache(maxsize=1)
def _actor_object_verbs() -> tuple[frozenset[str], frozenset[str]]:
    """Verbs whose object "it" stands for an actor: always, and with a reason ("for",
    "over") after it (the ``actor_object_verbs`` and ``actor_object_reason_verbs`` cues)."""
    from kg.extract.lexicon import load_lexicon  # late: kg.extract imports kg.resolve

    cues = load_lexicon().cues
    return frozenset(cues.get("actor_object_verbs", ())), frozenset(cues.get("actor_object_reason_verbs", ()))


def actor_object(token: Token) -> bool:
    """Whether the object "it" at ``token`` stands for an actor (module docstring)."""
    verb = token.head
    if any(a.dep_ == "relcl" for a in (verb, *verb.ancestors)):
        return False
    always, with_reason = _actor_object_verbs()
    return verb.lemma_ in always or verb.lemma_ in with_reason and any(
        c.dep_ == "prep" and c.lower_ in ("for", "over") and _reason(c) for c in verb.children)


def _reason(prep: Token) -> bool:
    """Whether a "for" / "over" phrase gives a reason, not a time ("for nearly an hour")."""
    return any(c.dep_ == "pobj" and c.ent_type_ not in _TIME_ENTS for c in prep.children)


def parallel_object(token: Token, mentions) -> list:
    """The one actor the object of the verb coordinated before the object "it" at ``token``
    names ("blamed the West for the war and accused it of ..."; "condemned Myanmar, accusing
    its security forces of ...": the owner of the object), or []."""
    if token.dep_ == "poss" and token.lower_ == "its" and token.head.dep_ == "dobj" \
            and token.head.lemma_.lower() in _OWN_PARTS:
        token = token.head
    verb = token.head
    if token.dep_ != "dobj" or not (verb.dep_ == "conj" or verb.dep_ == "advcl" and verb.tag_ == "VBG"):
        return []
    objects = [c for c in verb.head.children if c.dep_ == "dobj"]
    found = [e for c in objects for e in mentions.entities_at(c)
             if e.type in ("Country", "Organization", "Group")]
    if verb.dep_ == "advcl" and not found:
        # "severed ties with Qatar, accusing it of ...": the participle's "it" is the party
        # the main verb's object or phrase names
        objects = [t for h in (verb.head, *objects) for c in h.children if c.dep_ == "prep"
                   and c.lower_ in _PARTY_PREPS for t in c.children if t.dep_ == "pobj"]
        found = [e for c in objects for e in mentions.entities_at(c)
                 if e.type in ("Country", "Organization", "Group")]
    return found if len(found) == 1 and not objects[0].conjuncts else []


#: what an actor has as its own part or people ("accusing its troops of ..."; not "its neighbour")
_OWN_PARTS = frozenset({"force", "forces", "troop", "troops", "army", "military", "government", "authorities",
                        "official", "officials", "leader", "leaders", "police", "soldier", "soldiers",
                        "security", "regime", "militia", "navy", "leadership", "president", "minister"})
#: prepositions naming the other party of an act ("ties with X", "sanctions on X")
_PARTY_PREPS = frozenset({"with", "on", "against"})


def competes(sent, plural: bool) -> bool:
    """Whether a subject of ``sent`` could be what a later "they" (``plural``) or "it" means:
    a plural or a coordination, or a singular common or proper noun other than a person's
    title (module docstring)."""
    for tok in sent:
        if tok.dep_ not in _SUBJ:
            continue
        if plural and (tok.tag_ in ("NNS", "NNPS") or tok.conjuncts or tok.lower_ == "they"):
            return True
        if not plural and (tok.lower_ == "it" or tok.tag_ in ("NN", "NNP") and tok.ent_type_ != "PERSON"
                           and tok.lower_ not in _title_words()):
            return True
    return False
