"""Pairs of actors for plural references: a conjunction ("A and B", people standing for
the country their title names) and the two sides of a meeting verb ("Crown Prince A
received President B in Riyadh. The two men discussed ...", used by
:func:`kg.resolve.coref_officials._met_pair`).
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.resolve.mentions import Mentions
from kg.types import Entity

__all__ = ["_pair_of", "_person_country", "met_before", "met_pair", "meeting_sides", "named_counts", "story_pair"]

#: Verbs whose subject and object (or "with" object) are the two sides of a meeting.
_MEETING_VERBS = frozenset({"meet", "receive", "host", "welcome", "visit", "call", "phone",
                            "speak", "talk", "discuss", "confer"})


def _pair_of(token: Token, mentions: Mentions, kind: str | tuple[str, ...]) -> list[Entity]:
    """The entities of a conjunction "A and B" headed by ``token`` (of ``kind``, one
    type or several; for countries, people stand for the country their title names)."""
    kinds = (kind,) if isinstance(kind, str) else kind
    out: list[Entity] = []
    for tok in (token, *token.conjuncts):
        for ent in mentions.entities_at(tok):
            if "Country" in kinds and ent.type == "Person":
                ent = _person_country(tok, ent, mentions)
            if ent is not None and ent.type in kinds and ent not in out:
                out.append(ent)
    return out


def _person_country(tok: Token, person: Entity, mentions: Mentions) -> Entity | None:
    """The country a person named at ``tok`` serves: their title's, else their possessor."""
    targets = [t for _title, _rel, t in mentions.titles.get(person.id, ()) if t]
    return mentions.entities.get(targets[0]) if targets else _possessor_country(tok, mentions)


def _possessor_country(tok: Token, mentions: Mentions) -> Entity | None:
    """The country that owns a person's title when no title fact links them: "Mali's
    Gen. A" (the possessor of the name or of its title) or "B's leader, Capt. C" (the
    possessor of the noun the name is in apposition to)."""
    # the possessive may hang off the title parsed as a compound of the name ("Gen.")
    holders = [tok, *(c for c in tok.children if c.dep_ == "compound")]
    if tok.dep_ == "appos" and tok.head is not tok and tok.head.pos_ in ("NOUN", "PROPN"):
        holders.append(tok.head)
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "poss":
                ent = mentions.entity_at(child)
                if ent is not None and ent.type == "Country":
                    return ent
    return None


def met_pair(verb: Token, mentions: Mentions, kind: str | tuple[str, ...]) -> list[Entity]:
    """[host, guest] of ``verb`` when it is a meeting verb whose subject and object (direct,
    or after "with") are both named entities of ``kind``; else []."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _MEETING_VERBS:
        return []
    kinds = (kind,) if isinstance(kind, str) else kind
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                for p in c.children if p.dep_ == "pobj"]
    if len(objects) == 1 and objects[0].lemma_.lower() in ("call", "phone", "message"):
        # "received a phone call from B": the caller ("from" on the verb or on the call)
        objects = [p for t in (verb, objects[0]) for c in t.children if c.dep_ == "prep" and c.lower_ == "from"
                   for p in c.children if p.dep_ == "pobj"]
    if len(objects) > 1:  # "discussed with B the plan": the side, not the topic
        objects = [o for o in objects if (e := mentions.entity_at(o)) is not None and e.type in kinds]
    if len(subjects) != 1 or len(objects) != 1:
        return []
    pair = [mentions.entity_at(subjects[0]), mentions.entity_at(objects[0])]
    if any(e is None or e.type not in kinds for e in pair) or pair[0].id == pair[1].id:
        return []
    return pair


#: Nouns of a meeting whose relative clause may take up its sides as "they".
_MEETING_NOUNS = frozenset({"conversation", "call", "talks", "talk", "meeting", "discussion",
                            "discussions", "summit", "exchange"})


def meeting_sides(token: Token, mentions: Mentions) -> list[Entity]:
    """"X held a phone conversation with Y, during which they discussed Z": a "they" in a
    relative clause on a meeting noun is the meeting's two sides (the subject of the verb
    holding it and who it was "with"); [] otherwise."""
    verb = token.head
    noun = verb.head
    if token.lower_ != "they" or token.dep_ != "nsubj" or verb.dep_ != "relcl" \
            or noun.lemma_.lower() not in _MEETING_NOUNS:
        return []
    holder = noun.head if noun.dep_ == "dobj" else None
    subjects = [c for c in holder.children if c.dep_ == "nsubj"] if holder is not None else []
    partners = [p for t in (noun, holder) if t is not None for c in t.children
                if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"]
    sides: list[Entity] = []
    for tok in subjects + partners:
        ent = mentions.entity_at(tok) or next((mentions.entity_at(a) for a in tok.children if a.dep_ == "appos"), None)
        if ent is not None and ent.type in ("Person", "Country", "Organization", "Group") and ent not in sides:
            sides.append(ent)
    return sides if len(sides) == 2 else []


def met_before(token: Token, mentions: Mentions) -> list[Entity]:
    """"Biden spoke with Sunak on Tuesday. They also discussed ...": a "they" opening the
    clause right after a sentence whose main verb is a meeting of two named sides."""
    sent = token.sent
    # (only a fronted phrase before it: "During the call, they reviewed ...")
    if token.lower_ != "they" or token.dep_ != "nsubj" or sent.start == 0 \
            or any(t.dep_ in ("nsubj", "nsubjpass") or mentions.entity_at(t) is not None
                   for t in token.doc[sent.start:token.i]):
        return []
    before = token.doc[sent.start - 1].sent
    return met_pair(before.root, mentions, ("Person", "Country"))


def named_counts(mentions: Mentions) -> dict[str, int]:
    """Named (not coreferent) mentions per entity, counted once per article."""
    counts = getattr(mentions, "_named_counts", None)
    if counts is None:
        counts = mentions._named_counts = {}
        for mention in mentions.mention_list:
            if not mention.by_coref:
                for ent in mention.entities:
                    counts[ent.id] = counts.get(ent.id, 0) + 1
    return counts


def story_pair(mentions: Mentions, ahead: float = 1.5) -> list[Entity]:
    """The two countries an article is about: the two most mentioned, three times at least
    and well ahead of the rest (``ahead`` times as often as the third); [] when none stand out."""
    counts = named_counts(mentions)
    ranked = sorted((n, i) for i, n in counts.items()
                    if i in mentions.entities and mentions.entities[i].type == "Country")[::-1]
    if len(ranked) < 2 or ranked[1][0] < 3 or (len(ranked) > 2 and ranked[1][0] < ahead * ranked[2][0]):
        return []
    return [mentions.entities[ranked[0][1]], mentions.entities[ranked[1][1]]]


def bare_sides(token: Token, mentions: Mentions) -> bool:
    """"We call upon the parties to agree on a ceasefire": a bare "the parties" / "the sides"
    (no number, no modifier) in an article with no political party named is a conflict's two sides."""
    kids = [c for c in token.children if c.dep_ not in ("punct",)]
    return token.tag_ == "NNS" and [c.lower_ for c in kids if c.i < token.i] == ["the"] and not mentions.parties \
        and not any(c.dep_ == "prep" and c.lower_ in ("of", "in", "to") for c in kids)

