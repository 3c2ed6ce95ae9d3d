"""Texts as subjects: "The resolution demands that Russia withdraw", "The text endorsed a
roadmap", "The statement condemned the attack" are acts of the body that adopted, issued,
passed, drafted or circulated the text.

The issuer of a text subject that names no actor itself is, in this order:

- named in its own phrase: "the resolution, adopted by the General Assembly, demands ..."
  (a text's owner, "the EU's statement", is found by the ends before this module is asked);
- the issuer of the nearest earlier mention of the text within a few sentences: "The
  Security Council adopted a resolution on Wednesday. ... The resolution demands ...",
  "The ministry said in a statement that ... The statement also called on ...", "a Security
  Council resolution ... The text ...";
- in an official release, the government or body that published it ("The statement
  condemned the attack" in a foreign ministry's statement).

A person's speech is never a body's text: "his statement" is owned and left to the ends.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import syntax
from kg.extract.ends import End, EndFinder

__all__ = ["named_authors", "text_issuers"]

#: how many sentences back an earlier mention of the text may stand
_WINDOW = 5
#: text nouns that refer back to any earlier text ("The Council adopted a resolution ... The text ...")
_GENERIC = frozenset({"text", "document", "draft"})
#: texts an official release is itself, or issues in its own name
_OWN_RELEASES = frozenset({"statement", "communique", "communiqué", "declaration"})
#: a reporting verb's "in" phrase names the text it speaks through ("said in a statement")
_IN = frozenset({"in"})
#: prepositions that name a text's author ("a letter from Trump", "a report by the agency")
_AUTHOR_PREPS = frozenset({"from", "by"})


def _text_subject(verb: Token, ends: EndFinder) -> Token | None:
    """The subject of active ``verb`` when it is a text noun with no owner ("The resolution",
    "The final communique", "a resolution that demands"; not "his statement", "Russia's draft")."""
    if syntax.is_passive(verb):
        return None
    subjects = syntax.subjects(verb)
    if len(subjects) != 1:
        return None
    text = subjects[0]
    if text.dep_ == "nsubj" and text.lower_ in ends.lex.cue("relative_pronouns") and text.head.dep_ == "relcl":
        text = text.head.head  # "adopted a resolution that demands ...": the text the clause is on
    if text.pos_ != "NOUN" or text.lemma_.lower() not in ends.lex.cue("issued_texts"):
        return None
    if any(c.dep_ == "poss" for c in text.children):
        return None  # "his statement", "their draft": an owner the ends did not resolve is nobody's
    return text


def named_authors(text: Token, ends: EndFinder) -> list[End]:
    """Authors a text's own phrase names: "X's letter", "a letter from X", "the report by X",
    "the resolution, adopted by the Assembly," (the agent of an issuing participle on it)."""
    issuing = ends.lex.cue("issuing_verbs") | ends.lex.cue("light_verbs")
    authors = [c for c in text.children if c.dep_ == "poss"]
    authors += [p for _, p in syntax.prep_objects(text, _AUTHOR_PREPS)]
    authors += [t for c in text.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in issuing
                for t in syntax.by_agents(c)]
    return [e for t in authors for e in ends.actors(t)]


def _issuer_of(text: Token, ends: EndFinder) -> list[End]:
    """Who made a mention of a text: the subject of an issuing verb it is the object of ("The
    Council adopted a resolution"), the agent of a passive one ("was drafted by A and B"),
    the author its phrase names ("a statement from the ministry"), the subject of a reporting
    verb it is the "in" phrase of ("the ministry said in a statement"), else the actor named
    in it ("a Security Council resolution")."""
    from kg.extract.rules import actor_subjects  # rules calls this module from actor_subjects
    issuing = ends.lex.cue("issuing_verbs")
    head = text.head
    if text.dep_ == "dobj" and head.lemma_.lower() in issuing and not syntax.is_passive(head):
        return actor_subjects(head, ends)
    if text.dep_ == "nsubjpass" and head.lemma_.lower() in issuing:
        return [e for t in syntax.by_agents(head) for e in ends.actors(t)]
    found = named_authors(text, ends)
    if not found and text.dep_ == "pobj" and head.lower_ in _IN \
            and head.head.lemma_.lower() in ends.lex.cue("reporting_verbs"):
        found = actor_subjects(head.head, ends)
    return found or ends.actors(text)


def _earlier_issuer(text: Token, ends: EndFinder) -> list[End]:
    """The issuer of the nearest earlier mention of the same text (any text for "the text",
    "the document", "the draft") within a few sentences whose issuer is known."""
    sents, index = ends.sentences(text.doc)
    n = index.get(text.sent.start)
    if n is None:
        return []
    lemma = text.lemma_.lower()
    nouns = ends.lex.cue("issued_texts")
    forms = frozenset(nouns | {w + "s" for w in nouns})
    start = sents[max(0, n - _WINDOW)].start
    doc = text.doc
    for i in reversed([i for i in ends.m.positions(forms) if start <= i < text.i]):
        earlier = doc[i]
        if earlier.pos_ != "NOUN" or not (lemma in _GENERIC or earlier.lemma_.lower() == lemma):
            continue
        found = _issuer_of(earlier, ends)
        if found:
            return found
    return []


def _release_issuer(text: Token, ends: EndFinder) -> list[End]:
    """"The statement condemned the attack" in a government's or a body's own release (out of
    any quotation): the governments of a joint statement, else the publishing government or
    organisation."""
    if text.lemma_.lower() not in _OWN_RELEASES or ends.in_quote(text):
        return []
    joint = ends.joint()
    if joint:
        return [End(e, text, True, "joint statement") for e in joint]
    issuer = ends.issuer() or ends.issuing_body()
    return [End(issuer, text, True, "issuer of the release")] if issuer is not None else []


def text_issuers(verb: Token, ends: EndFinder) -> list[End]:
    """"The Security Council adopted a resolution on Wednesday. The resolution demands that
    Russia withdraw ...": a text subject naming no actor acts for whoever issued it."""
    text = _text_subject(verb, ends)
    if text is None:
        return []
    found = _issuer_of(text, ends) or _earlier_issuer(text, ends) or _release_issuer(text, ends)
    return [e._replace(token=text, coref=True, via=f"issuer of '{text.text}'") for e in found]
