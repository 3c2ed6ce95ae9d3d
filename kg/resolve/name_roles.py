"""Readings of a name the NER calls a person that say it is something else.

A name in apposition with an organisation or place noun, a one-word name used as a
place, and a name only ever seen modifying a lowercase common noun ("the Embraer jet")
name an organisation, a place or a thing. :mod:`kg.resolve.people` asks these
questions before it makes a person of a span.
"""
from __future__ import annotations

from spacy.tokens import Span

__all__ = ["ORG_APPOSITIONS", "PLACE_NOUNS", "SITE_NOUNS", "modifier_only", "org_described", "place_described",
           "place_role"]

#: Nouns that, in apposition with a name, say it is an organisation.
ORG_APPOSITIONS = frozenset({"party", "group", "movement", "militia", "alliance", "coalition",
                             "organisation", "organization", "company", "agency", "body",
                             "association", "federation", "bloc", "firm", "network", "front",
                             "union", "confederation", "gang", "outfit", "lender", "bank"})


def org_described(span: Span) -> bool:
    """"Srpska Lista, the main party of ...", "the trade body, the BNIC": a name in
    apposition with an organisation noun (with "the" or "a") names an organisation."""
    root = span.root
    # ("the Islamist group Al Mourabitoun": the kind's noun compounded before the name)
    nouns = [c for c in root.children if c.dep_ == "appos" or c.dep_ == "compound" and c.i < span.start]
    if root.dep_ == "appos":
        nouns.append(root.head)
    return any(n.pos_ == "NOUN" and n.lemma_.lower() in ORG_APPOSITIONS and n.i not in
               range(span.start, span.end) and any(c.dep_ in ("det", "poss") for c in n.children)
               for n in nouns) or _led_as_body(span)


#: Verbs of a body's leadership: "X, which is led by Y" is a body (people take "who").
_BODY_LED = frozenset({"lead", "head", "found", "run", "chair", "command"})


def _led_as_body(span: Span) -> bool:
    """"Al Mourabitoun, which is led by X": a name that "which" takes up as what a
    person leads, founded or runs is a body, whatever the NER says."""
    return any(c.dep_ == "relcl" and c.lemma_ in _BODY_LED and any(
        w.dep_ == "nsubjpass" and w.lower_ == "which" for w in c.children)
        for c in span.root.children)


#: Nouns that, in apposition with a name, say it is a place.
_PLACE_APPOSITIONS = frozenset({"town", "city", "village", "district", "suburb", "province",
                                "region", "neighbourhood", "neighborhood", "port", "island",
                                "municipality", "settlement", "commune", "county", "enclave"})


def place_described(span: Span) -> bool:
    """"Kenscoff, a mountain town ...": a name in apposition with a place noun (with "a"
    or "the") names a place."""
    root = span.root
    for noun in (n for n in root.children if n.dep_ == "appos" and n.i >= span.end):
        # "a mountain town southeast of X" may hang on the compass word
        heads = [noun] + [c for c in noun.children if c.dep_ == "compound"]
        if any(h.pos_ == "NOUN" and h.lemma_.lower() in _PLACE_APPOSITIONS for h in heads) and \
                any(c.dep_ in ("det", "poss") for h in heads for c in h.children):
            return True
    return False


_PLACE_PREPS = frozenset({"in", "at", "near", "into", "from", "outside", "around", "toward",
                          "towards"})
_CAPTURE_VERBS = frozenset({"seize", "capture", "recapture", "enter", "retake", "besiege", "encircle",
                            "shell", "bomb", "storm", "occupy", "liberate", "evacuate", "strike",
                            "pound", "bombard", "raid"})


#: Head nouns of places a name modifies ("the Kurram district", "its Nakhchivan exclave")
#: or that an "of" phrase names ("the cities of Goma and Bukavu").
PLACE_NOUNS = frozenset({"city", "town", "village", "district", "province", "region", "area",
                          "exclave", "enclave", "county", "governorate", "oblast", "prefecture",
                          "municipality", "island", "islands", "valley", "port", "border",
                          "crossing", "neighbourhood", "neighborhood", "suburb"})


def place_role(span: Span) -> bool:
    """Whether a one-word name is used as a place ("in Dessie", "captured Dessie", "the
    Kurram district", "the cities of Goma and Bukavu")."""
    tok = span.root
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.lemma_ in PLACE_NOUNS:
        return True
    if tok.dep_ == "pobj":
        if tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN" \
                and tok.head.head.lemma_ in PLACE_NOUNS:
            return True
        return tok.head.lower_ in _PLACE_PREPS
    return tok.dep_ == "dobj" and tok.head.lemma_ in _CAPTURE_VERBS


#: Common nouns a person's name modifies as a person ("the Netanyahu government", "Trump
#: aides"): a name seen only before other lowercase nouns is no person (:func:`modifier_only`).
_EPONYM_HEADS = frozenset({"government", "administration", "cabinet", "camp", "team", "campaign",
                           "family", "era", "presidency", "aide", "ally", "supporter", "loyalist",
                           "critic", "regime", "doctrine", "plan", "visit", "policy", "order",
                           "decree", "office", "statement", "remark", "spokesman", "spokesperson",
                           "spokeswoman", "meeting", "call", "speech", "interview", "trial", "case",
                           "coalition", "party", "faction", "wing", "rule", "tenure", "term", "win",
                           "victory", "loss", "defeat", "death", "killing", "murder", "assassination",
                           "arrest", "release", "funeral", "son", "daughter", "wife", "husband"})
#: Nouns of sites a name modifies as a place ("the Nur Khan air base"), beyond PLACE_NOUNS.
SITE_NOUNS = frozenset({"base", "airbase", "settlement", "site", "airport", "refinery", "mine"})


def modifier_only(span: Span) -> bool:
    """Whether a name the NER calls a person is used as a modifier of a lowercase common
    noun that is not one of a person's (:data:`_EPONYM_HEADS`): "the Embraer jet", "Hutu
    extremists", "the Druzhba pipeline", "a Patriot system" name a make, a people, a
    thing or a site, not a person."""
    root = span.root
    head = root.head
    return root.dep_ == "compound" and head.i >= span.end \
        and head.pos_ == "NOUN" and head.is_lower and head.lemma_ not in _EPONYM_HEADS \
        and not any(t.dep_ == "poss" or t.tag_ == "POS" for t in span)

