"""References by order of mention: "the former" and "the latter".

"Putin met Erdogan in Sochi. The latter criticized Israel": of the two actors of one kind
(two people, or two states or bodies) the sentence names, "the former" is the first and
"the latter" the second. The pair is looked for in the reference's own sentence before it
("A met B, and the latter said"), else in the sentence before; a sentence that names one
or more than two of that kind gives nothing ("the latter" of three is not safe to guess).
"""
from __future__ import annotations

import bisect

from spacy.tokens import Token

from kg.resolve.coref_base import _ACTOR
from kg.resolve.mentions import Mentions
from kg.types import Entity

__all__ = ["former_latter"]

#: The words and the position in the pair each one takes.
_ORDER = {"former": 0, "latter": 1}
#: Prepositions of a place: "held talks in Baghdad" names no third party of the talks.
_PLACE_PREPS = frozenset({"in", "at", "to", "from", "near", "outside"})
#: Grammatical roles of a head noun (not "the former president", where "former" modifies).
_HEAD_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "conj", "appos"})


def former_latter(token: Token, mentions: Mentions) -> list[Entity]:
    """The entity "the former" / "the latter" at ``token`` stands for (module docstring),
    or [] ("the former minister", a pair not found)."""
    if token.lower_ not in _ORDER or token.dep_ not in _HEAD_DEPS or \
            not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return []
    sents, starts = mentions.sentences()
    here = bisect.bisect_right(starts, token.i) - 1
    for index, before in ((here, token.i), (here - 1, None)):
        if index < 0:
            break
        pair = _named_pair(sents[index], before, mentions)
        if pair:
            return [pair[_ORDER[token.lower_]]]
    return []


def _named_pair(sent, before: int | None, mentions: Mentions) -> list[Entity]:
    """The two people, else the two actors (states, bodies, groups), ``sent`` names by name
    (before token ``before``), in text order; [] when a kind has not exactly two."""
    people: list[Entity] = []
    actors: list[Entity] = []
    for mention in mentions.mention_list:
        start = mention.span.start
        if mention.by_coref or start < sent.start or start >= (sent.end if before is None else before) \
                or mention.span.root.dep_ == "pobj" and mention.span.root.head.lower_ in _PLACE_PREPS:
            continue
        for ent in mention.entities:
            group = people if ent.type == "Person" else actors if ent.type in _ACTOR else None
            if group is not None and ent not in group:
                group.append(ent)
    for group in (people, actors):
        if len(group) == 2:
            return sorted(group, key=lambda e: _first_start(e, sent, mentions))
    return []


def _first_start(ent: Entity, sent, mentions: Mentions) -> int:
    """The first token of ``sent`` that names ``ent`` (mentions may be listed out of order)."""
    return min(m.span.start for m in mentions.mention_list
               if ent in m.entities and sent.start <= m.span.start < sent.end)
