"""The items of a list of topics, where the parser scattered them.

"discussed trade, security in the Horn of Africa and the war in Sudan": every item is a
topic, but the small English model rarely hangs the items on each other as ``conj``.
Two misparses are common in news copy:

- the later items hang on the verb: "discussed [the situation in Gaza], [developments
  in Syria] and ..." -> ``developments`` is a ``conj`` of "discussed";
- a later item hangs on the place that ends the item before it: "security in the Horn
  of Africa and the war in Sudan" -> ``war`` is a ``conj`` of "Horn";
- in a relative clause, the item after a comma hangs on the main clause's verb: "X
  received Y in Istanbul, where the leaders discussed the situation in Gaza, developments
  in Syria and ..." -> ``developments`` is an object of "received".

:func:`listed_topics` gives the head of every item, the first one first. A place or
actor coordinated with a place ("security in Gaza and the West Bank") stays inside
its item; only common nouns that start a phrase of their own are split off.

Example:
    >>> [t.text for t in listed_topics(doc[5])]  # doctest: +SKIP
    ['situation', 'developments', 'ways']
"""
from __future__ import annotations

from spacy.tokens import Token

__all__ = ["listed_topics", "splits_off"]

_NOUNS = frozenset({"NOUN", "PROPN"})


def _item_start(tok: Token) -> bool:
    """A common noun that opens a phrase of its own: a determiner, an adjective or a
    prepositional complement of its own ("the war in Sudan", "regional security")."""
    return tok.pos_ == "NOUN" and any(
        c.dep_ in ("det", "amod", "compound", "poss") or c.dep_ == "prep" and c.i > tok.i for c in tok.children)


def splits_off(conj: Token) -> bool:
    """True when ``conj`` is a common-noun phrase coordinated with a place or actor name:
    a new item of a list ("the deficit with China and Beijing's curbs"), not a second
    complement of the same preposition ("trade with China and the EU")."""
    return conj.dep_ == "conj" and conj.head.pos_ == "PROPN" and _item_start(conj)


def _verb_items(tok: Token) -> list[Token]:
    """Nouns coordinated with the verb whose object ``tok`` is ("discussed X, Y and Z")."""
    verb = tok.head
    if tok.dep_ not in ("dobj", "pobj") or verb is tok:
        return []
    if tok.dep_ == "pobj":  # "focused on X, Y and Z", "exchanged views on X, Y"
        verb = verb.head if verb.head is not verb else verb
    doc = tok.doc
    # (a "dep" after a comma is the same misparse, one step worse)
    return [c for c in verb.children if c.pos_ == "NOUN" and c.i > tok.i
            and (c.dep_ == "conj" or c.dep_ == "dep" and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ",")
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]


def _hoisted_item(tok: Token) -> list[Token]:
    """The next item after a comma, hung on a verb above the list ("where the two leaders
    discussed [the situation in Gaza], [developments in Syria] and ..." -> ``developments``
    is a second object of the main clause's verb)."""
    doc = tok.doc
    i = tok.right_edge.i + 1
    if i + 1 >= len(doc) or doc[i].text != ",":
        return []
    nxt = doc[i + 1]
    while nxt.dep_ in ("det", "amod", "compound", "nummod") and nxt.head.i > nxt.i and nxt.head.i - i < 6:
        nxt = nxt.head  # "the latest developments": the head of the next phrase
    if nxt.pos_ != "NOUN" or nxt.dep_ not in ("dobj", "conj", "dep", "appos") or nxt.left_edge.i != i + 1:
        return []
    head = nxt.head
    # only a word above the list's own verb: a comma inside the item's clause is its own business;
    # or an apposition to the place the list's relative clause describes ("in Cairo, where ...")
    above = head.pos_ in ("VERB", "AUX") or nxt.dep_ == "appos" and any(
        c.dep_ == "relcl" and c.is_ancestor(tok) for c in head.children)
    if not above or not head.is_ancestor(tok) or tok.head.i == head.i:
        return []
    return [] if any(g.dep_ in ("nsubj", "nsubjpass") for g in nxt.children) else [nxt]


def _tail_items(tok: Token) -> list[Token]:
    """Common nouns coordinated with a place that ends ``tok``'s phrase ("security in the
    Horn of Africa and the war in Sudan")."""
    out = []
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.i < tok.i:
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            # "in the Horn of Africa": the place may itself carry an "of" complement
            places = [pobj, *(g for p in pobj.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj")]
            for place in places:
                if place.pos_ != "PROPN":
                    # "preparations for the summit and the security situation in Asia": a
                    # modified noun phrase with its own article after a definite complement
                    if place.pos_ == "NOUN" and any(c.dep_ == "det" for c in place.children):
                        out += [c for c in place.children if c.dep_ == "conj" and c.pos_ == "NOUN"
                                and any(d.dep_ == "det" for d in c.children)
                                and any(d.dep_ in ("amod", "compound", "poss") for d in c.children)]
                    continue
                out += [c for c in place.children if splits_off(c)]
    return out


def _included_items(tok: Token) -> list[Token]:
    """The items of an "including" list after ``tok``'s phrase ("bilateral relations, including
    trade, defence and energy"; "the situation in northeast Asia, including North Korea's
    nuclear programme"), hung on the item, on the place that ends it or, after the first item,
    on the verb."""
    hosts = [tok, *(g for p in tok.children if p.dep_ == "prep" and p.i > tok.i for g in p.children
                    if g.dep_ == "pobj")]
    if tok.dep_ == "dobj":
        hosts.append(tok.head)
    out = []
    for host in hosts:
        for prep in host.children:
            if prep.dep_ == "prep" and prep.lower_ == "including" and prep.i > tok.i:
                # (a qualified item, as the topic rules take them: "North Korea's nuclear programme",
                # not a bare "trade", which annotators leave under the head it is listed in)
                out += [x for g in prep.children if g.dep_ in ("pobj", "dobj") and g.pos_ == "NOUN"
                        for x in (g, *g.conjuncts) if x.pos_ == "NOUN"
                        and any(c.dep_ in ("compound", "amod") for c in x.children)]
    return out


def listed_topics(tok: Token) -> list[Token]:
    """Heads of every item of the list ``tok`` begins (``tok`` itself first)."""
    items = [tok]
    seen = {tok.i}
    queue = [tok]
    while queue:
        cur = queue.pop(0)
        found = list(cur.conjuncts) + _tail_items(cur) + _included_items(cur) \
            + (_verb_items(cur) + _hoisted_item(cur) if cur is tok else [])
        for c in found:
            # a later item's own conjuncts include the place it was hung on: only look ahead
            if cur is not tok and c.i < cur.i:
                continue
            if c.i not in seen and c.pos_ in _NOUNS | {"VERB"}:
                seen.add(c.i)
                items.append(c)
                queue.append(c)
    return sorted(items, key=lambda t: t.i)
