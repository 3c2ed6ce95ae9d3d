"""National bodies and government phrases: ministries, armed forces, "the Chinese
government".

- Ministries ("Iran's Foreign Ministry", "the Foreign Ministry of Belarus") become
  one Organization per country and ministry, labelled with the demonym
  ("Iranian Foreign Ministry"); ``mentions.org_country`` links it to the country.
- Armed forces named after a country word ("a Colombian Air Force jet") become an
  Organization ("Colombian Air Force").
- Government phrases ("the Chinese government", "China's officials", "Indian
  troops", "government of Japan"): the head noun stands for the Country.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.resolve.gazetteer import load_gazetteer, slug
from kg.resolve.mentions import Mentions

__all__ = ["ministries", "armed_forces", "governments", "leader_governments",
           "GOVERNMENT_NOUNS"]

#: Nouns that, modified by a country, stand for that country as an actor.
GOVERNMENT_NOUNS = frozenset({
    "government", "governments", "administration", "official", "officials", "authorities",
    "leadership", "regime", "troops", "soldiers", "forces", "military", "army", "navy",
    "side", "delegation", "diplomats", "cabinet", "negotiators", "state", "leaders",
    "spokesman", "spokeswoman", "spokesperson",
})
_FORCE_HEADS = frozenset({"Army", "Navy", "Force", "Forces", "Guard", "Corps", "Police"})
_MINISTRY = frozenset({"ministry", "ministries"})


def armed_forces(doc: Doc, mentions: Mentions) -> None:
    """"a Colombian Air Force jet": capitalised force names after a country word."""
    for token in doc:
        if token.text not in _FORCE_HEADS or token.i in mentions._by_token:
            continue
        start = token.i
        while start > 0 and doc[start - 1].text[:1].isupper() and \
                doc[start - 1].i not in mentions._by_token and doc[start - 1].pos_ == "PROPN":
            start -= 1
        prev = mentions.entity_at(doc[start - 1]) if start > 0 else None
        if prev is None or prev.type != "Country":
            continue
        label = f"{doc[start - 1].text} {doc[start:token.i + 1].text}"
        mentions.add(doc[start:token.i + 1], mentions.entity(slug(label), label, "Organization"))


def ministries(doc: Doc, mentions: Mentions) -> None:
    gaz = load_gazetteer()
    for token in doc:
        if token.lower_ not in _MINISTRY or token.i in mentions._by_token:
            continue
        if token.lower_ == "ministries":  # "the Defence Ministries of the two countries"
            continue
        words, country, owner = [], None, None
        left = [c for c in token.lefts if c.dep_ in ("compound", "amod", "poss", "nmod")]
        start = token.i
        for child in left:
            start = min(start, child.left_edge.i)
            ent = mentions.entity_at(child)
            if ent is not None and ent.type == "Country":
                country = ent
            elif child.dep_ == "poss":
                owner = doc[child.left_edge.i:child.i + 1].text
                owner = re.sub(r"^(?:the|The)\s+", "", owner)
            elif child.pos_ in ("PROPN", "ADJ", "NOUN"):
                words.append(child)
        name = " ".join([t.text.title() if t.text.islower() else t.text
                         for t in sorted(words, key=lambda t: t.i)] + ["Ministry"])
        end = token.i + 1
        for prep in (c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                ent = mentions.entity_at(pobj)
                if ent is not None and ent.type == "Country" and country is None:
                    country = ent
                    end = max(end, pobj.i + 1)
                elif ent is None and not words:
                    name = "Ministry of " + " ".join(t.text for t in pobj.subtree)
                    end = max(end, pobj.right_edge.i + 1)
        if country is None and owner is None and not words and name == "Ministry":
            continue  # "the ministry": a description, left to coreference
        if country is not None:
            record = gaz.countries.get(country.id)
            prefix = record.demonyms[0] if record and record.demonyms else country.label
        else:
            prefix = owner
        label = f"{prefix} {name}" if prefix else name
        org = mentions.entity(slug(label), label, "Organization")
        if country is not None:
            mentions.org_country[org.id] = country.id
        phrase = doc[start:end].text
        org.aliases.add(phrase)
        # the country word keeps its own mention; the rest of the phrase is the ministry
        run_start = None
        for i in range(start, end + 1):
            free = i < end and i not in mentions._by_token
            if free and run_start is None:
                run_start = i
            elif not free and run_start is not None:
                mentions.add(doc[run_start:i], org, kind="name", alias="")
                run_start = None


def governments(doc: Doc, mentions: Mentions) -> None:
    for token in doc:
        if token.lower_ not in GOVERNMENT_NOUNS or token.i in mentions._by_token:
            continue
        country, start, end = None, token.i, token.i + 1
        for child in token.lefts:
            ent = mentions.entity_at(child)
            if child.dep_ in ("amod", "compound", "poss", "nmod") and ent is not None \
                    and ent.type == "Country":
                country, start = ent, min(start, child.left_edge.i)
        if country is None:
            for prep in (c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"):
                for pobj in prep.children:
                    ent = mentions.entity_at(pobj)
                    if pobj.dep_ == "pobj" and ent is not None and ent.type == "Country":
                        country, end = ent, pobj.i + 1
        if country is not None:
            mentions.add(doc[token.i:token.i + 1], country, kind="government", alias="")
            country.aliases.add(re.sub(r"^(?:the|The)\s+", "", doc[start:end].text))


def leader_governments(doc: Doc, mentions: Mentions) -> None:
    """"Mr Maduro's government", "the Obama administration": the country the person
    leads (from the titles recorded by :func:`kg.extract.static.record_titles`)."""
    for token in doc:
        if token.lower_ not in ("government", "administration", "regime", "cabinet") or \
                token.i in mentions._by_token:
            continue
        for child in token.lefts:
            person = mentions.entity_at(child)
            if child.dep_ not in ("poss", "compound") or person is None or \
                    person.type != "Person":
                continue
            targets = [t for _title, rel, t in mentions.titles.get(person.id, ())
                       if rel == "leaderOf" and t and mentions.entities.get(t) is not None
                       and mentions.entities[t].type == "Country"]
            if targets:
                country = mentions.entities[targets[0]]
                mentions.add(doc[token.i:token.i + 1], country, kind="government", alias="")
                break
