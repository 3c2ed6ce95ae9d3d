"""Descriptions of one state among several the article names ("the kingdom").

- "the kingdom" with several monarchies named before it: the one named in the same
  sentence, else the one the article names most often so far (the story's kingdom, not
  the last one listed: "Egypt and Jordan joined ... Pakistan, an ally of the kingdom" in
  a story about Saudi Arabia); ties go to the one named last, unless the two were named
  together ("Kuwait and Qatar hosted talks. The emirate": either) (:func:`conjoined_rival`).
- "the emirate": likewise among the states ruled by an emir (:func:`salient_emirate`).
- "the island": the island state named last (:func:`last_island`), unless a place was
  named after it ("Japan said ... Okinawa ... the island" is Okinawa).
- "the group" named last, unless named together with another group (:func:`sole_named`).
- "Estonia criticized the country", "Seoul condemned the country's launch": a state its
  own verb's subject names is not the one its object describes (:func:`own_subject`).
- "the country", "the former Soviet republic" right after a sentence whose main subject is a
  state: that state, not one its object named ("Iran fired missiles at Israel. The
  country's foreign minister said": Iran) (:func:`subject_state`); likewise "the president"
  after "President X met President Y" is X.
- "the ministry": the ministry named last, also when that one stood for its state ("its
  Commerce Ministry said ... The ministry said": the state) (:func:`last_ministry`).
"""
from __future__ import annotations

import bisect
from collections import Counter

from spacy.tokens import Token

from kg.resolve.coref_base import _last_of
from kg.resolve.gazetteer import load_gazetteer
from kg.resolve.mentions import Mentions
from kg.types import Entity

__all__ = ["conjoined_rival", "last_island", "last_ministry", "one_state", "own_subject", "salient_emirate",
           "salient_kingdom", "salient_state", "sole_named", "subject_or_last", "subject_state"]


def one_state(mentions: Mentions, token: Token, low: str, own: frozenset[str], count: int) -> list[Entity]:
    """The ``count`` states a description of states (head word ``low``: "the kingdom", "the
    island", "the country") means, none of ``own``."""
    if low in _SALIENT_STATES:  # a monarchy or emirate, the story's one; an island state
        return _SALIENT_STATES[low](mentions, token, own)
    return subject_or_last(mentions, token, lambda e: e.type == "Country" and e.id not in own, count)


def subject_or_last(mentions: Mentions, token: Token, accept, count: int) -> list[Entity]:
    """One state ``accept`` admits that the sentence before is about (:func:`subject_state`),
    else the last ``count`` named before ``token``."""
    return (subject_state(mentions, token, accept) if count == 1 else []) or \
        _last_of(mentions, token, accept, count)


def sole_named(mentions: Mentions, token: Token, accept) -> list[Entity]:
    """The last entity ``accept`` admits named before ``token``, unless it was named together
    with another ("Hamas and Islamic Jihad fired rockets. The group ...": either, so none)."""
    found = _last_of(mentions, token, accept, 1)
    return [] if found and conjoined_rival(mentions, token, found[0], accept) else found


def salient_kingdom(mentions: Mentions, token: Token, exclude: frozenset[str]) -> list[Entity]:
    """"the kingdom": the monarchy (a "Kingdom of X" among its names) it means, not one of
    ``exclude``."""
    countries = load_gazetteer().countries
    return salient_state(mentions, token, lambda e: e.type == "Country" and e.id not in exclude
                         and getattr(countries.get(e.id), "kingdom", False))


def salient_emirate(mentions: Mentions, token: Token, exclude: frozenset[str]) -> list[Entity]:
    """"Qatar hosted the talks. The emirate urged Hamas ...": the state ruled by an emir (the
    ``emirate_states`` cue) it means, as for "the kingdom", not one of ``exclude``."""
    from kg.extract.lexicon import load_lexicon  # late: kg.extract imports kg.resolve

    emirates = frozenset(load_lexicon().cues.get("emirate_states", ()))
    return salient_state(mentions, token, lambda e: e.type == "Country" and e.id not in exclude
                         and e.id in emirates)


def salient_state(mentions: Mentions, token: Token, accept) -> list[Entity]:
    """The state ``accept`` admits that a singular description at ``token`` means (see the
    module docstring); [] when none was named before it."""
    counts: Counter[str] = Counter()
    last: dict[str, int] = {}
    found: dict[str, Entity] = {}
    for mention in mentions.mention_list:
        start = mention.span.start
        if start >= token.i or mention.by_coref:
            continue
        for ent in mention.entities:
            if accept(ent):
                counts[ent.id] += 1
                last[ent.id] = max(last.get(ent.id, -1), start)
                found[ent.id] = ent
    if not found:
        return []
    latest = max(last, key=last.get)
    if last[latest] >= token.sent.start:
        return [found[latest]]  # "Jordan's king said the kingdom ...": named right there
    best = found[max(found, key=lambda i: (counts[i], last[i]))]
    # "Kuwait and Qatar hosted talks. The emirate ...": either, named as often as each other
    def tied(ent: Entity) -> bool:
        return accept(ent) and counts.get(ent.id) == counts[best.id]
    return [] if conjoined_rival(mentions, token, best, tied) else [best]


def conjoined_rival(mentions: Mentions, token: Token, ent: Entity, accept) -> bool:
    """"Hamas and Islamic Jihad fired rockets. The group ...": whether the last naming of
    ``ent`` before ``token`` is coordinated with a naming of another entity ``accept``
    admits, so that a singular description could mean either."""
    named = [m for m in mentions.mention_list if not m.by_coref and m.span.start < token.i
             and ent in m.entities]
    if not named:
        return False
    root = max(named, key=lambda m: m.span.start).span.root
    return any(e != ent and accept(e) for c in root.conjuncts for e in mentions.entities_at(c))


def subject_state(mentions: Mentions, token: Token, accept, kind: str = "Country") -> list[Entity]:
    """"Moldova expelled a Russian diplomat. The former Soviet republic accused Moscow": the
    one entity of ``kind`` that the main clause's subject of the sentence before names, when
    ``accept`` admits it and the description's own sentence names none of ``kind`` before
    it; [] otherwise. Also people: "X met Y. The president said" is X's."""
    sents, starts = mentions.sentences()
    here = bisect.bisect_right(starts, token.i) - 1
    if here < 1 or any(e.type == kind for t in sents[here] if t.i < token.i
                       for e in mentions.entities_at(t)):
        return []
    root = sents[here - 1].root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].conjuncts:
        return []
    found = [e for e in mentions.entities_at(subjects[0]) if e.type == kind]
    return found if len(found) == 1 and accept(found[0]) else []


def last_island(mentions: Mentions, token: Token, exclude: frozenset[str]) -> list[Entity]:
    """"Taiwan reported Chinese warplanes. The island accused Beijing": the last state named
    before ``token`` that the ``island_states`` cue lists, none of ``exclude``; nothing when
    a place is named after it (the island is that place) or none is named."""
    from kg.extract.lexicon import load_lexicon  # late: kg.extract imports kg.resolve

    islands = frozenset(load_lexicon().cues.get("island_states", ()))
    for mention in sorted(mentions.mention_list, key=lambda m: -m.span.start):
        if mention.span.start >= token.i or mention.by_coref or len(mention.entities) != 1:
            continue
        ent = mention.entities[0]
        if ent.type == "Location" and mention.kind == "name":
            return []
        if ent.type == "Country" and ent.id in islands and ent.id not in exclude:
            return [ent]
    return []


#: Descriptions of one kind of state and how each picks the one it means.
_SALIENT_STATES = {"kingdom": salient_kingdom, "emirate": salient_emirate, "island": last_island}


def own_subject(token: Token, mentions: Mentions) -> frozenset[str]:
    """Ids of what the subject of the verb whose object is ``token`` (or what ``token`` owns:
    "condemned the country's launch") names: the verb's own subject only, never one it
    inherits ("Putin vowed to protect the country" may be his own). A preposition on the
    verb's object counts too ("imposed sanctions on the country")."""
    obj = token.head if token.dep_ == "poss" else token
    if obj.dep_ == "pobj" and obj.head.dep_ == "prep":
        obj = obj.head
        if obj.head.dep_ == "dobj" and obj.head.pos_ == "NOUN":
            obj = obj.head
    if obj.dep_ not in ("dobj", "prep") or obj.head.pos_ != "VERB":
        return frozenset()
    return frozenset(e.id for c in obj.head.children if c.dep_ == "nsubj" for e in mentions.entities_at(c))


def last_ministry(mentions: Mentions, token: Token, noun: str) -> list[Entity]:
    """"the ministry" / "the department" (``noun``): the nearest mention before ``token``
    of a body so labelled ("the Commerce Ministry"), or of the word itself whatever it
    stood for ("China will impose duties, its Commerce Ministry said. The ministry said
    ...": China, as the ministry that stands for its state was resolved)."""
    word = noun.capitalize()
    for mention in sorted(mentions.mention_list, key=lambda m: -m.span.start):
        if mention.span.start >= token.i:
            continue
        ent = mention.entities[0]
        if not mention.by_coref and ent.type == "Organization" and word in ent.label:
            return [ent]
        if len(mention.entities) == 1 and ent.type in ("Country", "Organization") \
                and any(t.lower_ == noun for t in mention.span):
            return [ent]
    return []
