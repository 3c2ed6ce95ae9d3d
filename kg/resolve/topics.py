"""Topic phrases -> canonical topic labels.

A topic is a short lowercase noun phrase: the head noun with its compound and
adjective modifiers, plus at most one prepositional complement ("war in
ukraine", "pivot to asia", "normalization of relations"). Determiners,
possessors ("China's"), quantity words and actor modifiers ("Chinese
cyberattacks") are dropped; spelling variants are unified ("cyber-attacks",
"cyber attacks" -> "cyberattacks").

Example:
    >>> normalise_topic("Cyber-Attacks")
    'cyberattacks'
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

__all__ = ["topic_label", "normalise_topic"]

# Dependencies of modifiers kept inside the topic's noun phrase.
_KEEP_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})
# Quantity / evaluative / temporal words that do not change what the topic is.
_DROP_WORDS = frozenset({
    "some", "any", "all", "many", "several", "various", "more", "most", "other", "such",
    "own", "new", "latest", "recent", "current", "further", "so", "called", "so-called",
    "certain", "numerous", "few", "much", "both", "each", "every", "this", "that", "these",
    "those", "its", "their", "his", "her", "our", "your", "my",
})
# Heads of an amount, whose "of" complement is what is talked about ("the wave of killings").
_AMOUNTS = frozenset({"wave", "spate", "series", "string", "surge", "flurry", "rash", "raft"})
# Light heads whose "of" complement is the real topic: "the issue of food security".
_LIGHT_HEADS = frozenset({"issue", "issues", "question", "questions", "matter", "matters",
                          "topic", "topics", "subject", "subjects", "area", "areas"}) | _AMOUNTS
# Prepositions whose complement belongs to the topic ("war in Ukraine").
_TOPIC_PREPS = frozenset({"of", "in", "to", "between", "on", "against", "over", "with", "for"})
# Prefixes written solid, hyphenated or apart; unify to solid ("cyberattacks", "cooperation";
# "non-tariff", "anti-government", "counter-terrorism" keep the hyphen most annotators write).
_SOLID_PREFIX = re.compile(r"\b(cyber|co)[\s-]+(?=[a-z])")


def normalise_topic(text: str) -> str:
    """Lowercase, unify quotes, hyphens and spacing of a topic phrase."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").lower()
    text = re.sub(r"'s\b", "", text)
    text = _SOLID_PREFIX.sub(r"\1", text)
    text = re.sub(r"[\"“”()\[\]]", "", text)
    text = re.sub(r"\s+", " ", text).strip(" .,;:-'")
    return re.sub(r"^(?:the|a|an)\s+", "", text)


def _is_actor(token: Token, mentions) -> bool:
    if mentions is None:
        return False
    entity = mentions.entity_at(token)
    return bool(entity and entity.type in ("Country", "Organization", "Group", "Person"))


def _with_person(prep: Token, mentions) -> bool:
    """"with Putin": a "with" phrase whose object is a person."""
    if mentions is None:
        return False
    return any(c.dep_ == "pobj" and (ent := mentions.entity_at(c)) is not None and ent.type == "Person"
               for c in prep.children)


def _same_mention(a: Token, b: Token, mentions) -> bool:
    """Whether two tokens are inside one mention ("European" in "European Union")."""
    span = mentions.span_at(a) if mentions is not None else None
    return span is not None and span.start <= b.i < span.end


#: Heads too vague to stand alone: a nationality adjective on them names the topic
#: ("the Palestinian cause", "the Kurdish question"), so it is kept.
_VAGUE_HEADS = frozenset({"cause", "issue", "question", "file", "matter", "problem", "case",
                          "dossier", "situation", "people", "state", "position", "side",
                          "territories", "territory", "struggle", "plight", "interests"})


def _nationality_on_vague(child: Token, head: Token) -> bool:
    """"Palestinian" on "cause", "Taiwan" on "question": a demonym or a name the vague
    head needs to be a topic at all ("the question" alone is none)."""
    return head.lemma_.lower() in _VAGUE_HEADS and child.i < head.i and \
        (child.pos_ in ("ADJ", "PROPN") or child.ent_type_ == "NORP")


def _hyphen_bound(tok: Token, mentions) -> bool:
    """"one-China policy", "pro-Russia rebels": a name joined by a hyphen to a word that
    names no actor is part of a compound word of the topic, not a modifier naming who."""
    if tok.i < 2:
        return False
    doc = tok.doc
    hyphen, before = doc[tok.i - 1], doc[tok.i - 2]
    return hyphen.text in ("-", "\u2013") and not hyphen.whitespace_ and not before.whitespace_ \
        and (before.is_alpha or before.like_num) and not _is_actor(before, mentions)


def _actor_participle(token: Token) -> bool:
    """"U.S.-drafted", "Saudi-led" read as one word: an actor's name and a participle."""
    if "-" not in token.text[1:] or not token.lower_.endswith("ed"):
        return False
    from kg.resolve.gazetteer import load_gazetteer

    hit = load_gazetteer().lookup(token.text.rsplit("-", 1)[0])
    return hit is not None and hit[0] in ("country", "demonym", "org")


def _modifiers(head: Token, mentions, drop_actors: bool) -> list[Token]:
    """The head and its compound/amod modifiers (recursively), left of the head."""
    keep = [head]
    for child in head.children:
        if child.dep_ not in _KEEP_DEPS or child.i > head.i:
            continue
        if child.lower_ in _DROP_WORDS or (drop_actors and _is_actor(child, mentions)
                                           and not _same_mention(child, head, mentions)
                                           and not _nationality_on_vague(child, head)
                                           and not _hyphen_bound(child, mentions)):
            continue
        if drop_actors and _actor_participle(child):
            continue  # "a U.S.-drafted resolution": the resolution
        keep.extend(_modifiers(child, mentions, drop_actors))
    # hyphenated words: "cyber-espionage" is three tokens joined by a hyphen
    for child in head.children:
        if child.dep_ == "punct" and child.text == "-" and child.i == head.i - 1:
            keep.append(child)
    return keep


def _phrase(head: Token, mentions) -> list[Token]:
    keep = _modifiers(head, mentions, drop_actors=True)
    preps = [c for c in head.children if c.dep_ == "prep" and c.i > head.i
             and c.lower_ in _TOPIC_PREPS]
    if preps:
        prep = preps[0]
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        if objs:
            if head.lower_ in _LIGHT_HEADS and prep.lower_ == "of":
                return _phrase(objs[0], mentions)
            keep.append(prep)
            keep.extend(_modifiers(objs[0], mentions, drop_actors=False))
            # "access to the sea": the inner article stays, so the label is the text's own words
            keep.extend(c for c in objs[0].children if c.dep_ == "det" and c.lower_ == "the")
            span = mentions.span_at(objs[0]) if mentions is not None else None
            if span is not None and span.root.i == objs[0].i:
                keep.extend(span)  # "security in the Gulf of Aden": the whole place name
            conj = [c for c in objs[0].children if c.dep_ == "conj"]
            if conj:  # "talks between Peru and Chile"
                keep.extend(t for t in objs[0].doc[objs[0].i + 1:conj[0].i + 1])
    return keep


def _drop_so_called(tokens: list[Token]) -> list[Token]:
    """Without a "so-called" hedge however it was tokenized ("so - called", "so-called")."""
    doc = tokens[0].doc if tokens else None
    drop = set()
    for tok in tokens:
        if tok.lower_ == "so-called":
            drop.add(tok.i)
        elif tok.lower_ == "called" and tok.i >= 1 and doc[tok.i - 1].lower_ in ("so", "so-"):
            drop.update({tok.i, tok.i - 1})
        elif tok.lower_ == "called" and tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "so":
            drop.update({tok.i, tok.i - 1, tok.i - 2})
    return [t for t in tokens if t.i not in drop]


def _render(tokens: list[Token]) -> str:
    tokens = sorted(set(_drop_so_called(tokens)), key=lambda t: t.i)
    out = ""
    for tok in tokens:
        out += tok.text + (tok.whitespace_ if tok.i + 1 in {t.i for t in tokens} else " ")
    return out


def _trim_span(span: Span, mentions) -> list[Token]:
    """The span without determiners, possessors, leading quantity words and actor
    modifiers of its head ("Peru's sweeping maritime claims" -> "sweeping
    maritime claims", "Chinese cyberattacks" -> "cyberattacks")."""
    drop: set[int] = set()
    root = span.root
    inner = [g for c in root.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
             if g.dep_ == "pobj" and g.i < span.end] if root.lower_ in _AMOUNTS else []
    if inner:  # "the wave of killings": the killings
        drop.update(range(span.start, inner[0].left_edge.i))
        root = inner[0]
    for tok in span:
        if tok.dep_ == "det" and tok.lower_ in ("the", "a", "an") and tok.head.i != root.i and tok.i > span.start:
            continue  # "backing the group", "to politicise a case": an inner article is part of the words quoted
        if tok.dep_ in ("det", "predet", "case") or tok.tag_ == "POS":
            drop.add(tok.i)
        elif tok.dep_ == "poss" and tok.head.i == root.i:
            drop.update(t.i for t in tok.subtree)
        elif tok.dep_ == "prep" and tok.lower_ == "with" and tok.i > root.i and _with_person(tok, mentions):
            # "raised the Palestinian cause with Putin": the person is who heard it, not the topic
            drop.update(t.i for t in tok.subtree)
        elif tok.head.i == root.i and tok.i < root.i and tok.dep_ in ("amod", "compound", "nmod") \
                and (_is_actor(tok, mentions) and not _same_mention(tok, root, mentions)
                     and not _nationality_on_vague(tok, root) and not _hyphen_bound(tok, mentions)
                     or _actor_participle(tok)):
            drop.update(t.i for t in tok.subtree)
    keep = [t for t in span if t.i not in drop]
    while keep and keep[0].lower_ in _DROP_WORDS and len(keep) > 1:
        keep = keep[1:]
    return keep or [root]


def topic_label(phrase: Span | Token | str, mentions=None) -> tuple[str, str]:
    """``(canonical label, surface text)`` of a topic phrase.

    ``phrase`` may be a Span (kept as chosen by the caller, minus determiners,
    possessors, quantity words and actor modifiers of its head), a Token (the head
    noun: the phrase is built from its modifiers and one prepositional
    complement) or plain text (only normalised).
    """
    if isinstance(phrase, str):
        return normalise_topic(phrase) or phrase.strip().lower(), phrase
    if isinstance(phrase, Span):
        # the caller chose the phrase: only drop what is not part of a topic
        surface = phrase.text
        label = normalise_topic(_render(_trim_span(phrase, mentions)))
    else:
        surface = phrase.text
        label = normalise_topic(_render(_phrase(phrase, mentions)))
    if not label or len(label) < 3:  # a pronoun or a stray word: fall back to the text
        label = normalise_topic(surface)
    return label or surface.lower(), surface
