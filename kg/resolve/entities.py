"""Named mentions -> entities: gazetteer hits, NER spans, people, governments, ministries.

Rules, in the order :func:`resolve_named` applies them:

1. Gazetteer spans (``ent.ent_id_`` from the ``kg_gazetteer`` ruler, or a text
   lookup): countries and adjectival demonyms -> the Country; capitals and seats
   of government -> the Country when used as an actor (subject, object, "with
   Beijing", "Kremlin officials"), else a Location ("talks in Beijing",
   datelines); organisations -> Organization / Group.
2. Ministries ("Iran's Foreign Ministry", "the Ministry of Defence of Belarus")
   -> one Organization per country and ministry.
3. People: PERSON spans without titles, chained by :mod:`kg.resolve.people`;
   stray ORG/GPE spans and bare proper nouns that repeat a known name join them.
4. Other NER spans: ORG -> Organization, GPE/LOC/FAC -> Location, NORP nouns -> Group.
5. Government phrases ("the Chinese government", "China's officials",
   "Indian troops", "government of Japan") -> the Country.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.resolve.gazetteer import fold, load_gazetteer, slug
from kg.resolve.mentions import Mentions
from kg.resolve.people import chain_names, is_title_word

__all__ = ["resolve_named", "is_actor_use", "GOVERNMENT_NOUNS", "LOCATIVE_PREPS"]

#: Nouns that, modified by a country, stand for that country as an actor.
GOVERNMENT_NOUNS = frozenset({
    "government", "governments", "administration", "official", "officials", "authorities",
    "leadership", "regime", "troops", "soldiers", "forces", "military", "army", "navy",
    "side", "delegation", "diplomats", "cabinet", "negotiators", "state", "leaders",
    "spokesman", "spokeswoman", "spokesperson",
})
#: Prepositions whose object is a place, not an actor ("in Beijing", "to Havana").
LOCATIVE_PREPS = frozenset({
    "in", "at", "to", "from", "near", "into", "across", "outside", "inside", "around", "via",
    "through", "toward", "towards", "within", "throughout", "of", "off", "beyond", "onto",
    "between", "along", "out",
})
_ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "poss", "agent", "iobj",
                         "attr", "csubj"})
_NER_KIND = {"ORG": "Organization", "GPE": "Location", "LOC": "Location", "FAC": "Location",
             "NORP": "Group"}
_GEO_WORDS = frozenset({"Cape", "Mount", "Mt.", "Lake", "Gulf", "Bay", "Strait", "Sea",
                        "River", "Valley", "Island", "Islands", "Peninsula", "Desert"})
_MINISTRY = frozenset({"ministry", "ministries"})
_DASHES = {"-", "–", "—", "(", ",", ":"}


def _trim(span: Span) -> Span | None:
    """Drop a leading determiner / trailing possessive and anything after a newline."""
    start, end = span.start, span.end
    doc = span.doc
    for i in range(start, end):
        if "\n" in doc[i].text or (doc[i].is_space and i > start):
            end = i
            break
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct
                           or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].text in ("'s", "’s")
                           or doc[end - 1].is_punct and doc[end - 1].text not in ".)"):
        end -= 1
    return doc[start:end] if end > start else None


def _effective(token: Token) -> Token:
    """Climb conjunctions and appositions to the token whose role counts."""
    seen = 0
    while token.dep_ in ("conj", "appos") and token.head is not token and seen < 10:
        token = token.head
        seen += 1
    return token


def is_actor_use(span: Span) -> bool:
    """Whether a capital / seat of government is used as an actor (metonymy).

    "Beijing rejected ...", "warned New Delhi", "talks with Moscow", "Kremlin
    officials" are actors; "talks in Beijing", "BEIJING (AP) —" datelines and
    compounds such as "Beijing talks" are places.
    """
    doc = span.doc
    if span.start == 0 or (span.text.isupper() and span.end < len(doc)
                           and doc[span.end].text in _DASHES):
        return False
    token = _effective(span.root)
    if token.dep_ in _ACTOR_DEPS:
        return True
    if token.dep_ == "pobj":
        return token.head.lower_ not in LOCATIVE_PREPS
    if token.dep_ == "compound":
        return token.head.lower_ in GOVERNMENT_NOUNS
    return False


def _is_people(span: Span) -> bool:
    """A plural demonym naming people ("Armenians fled"), not the country
    ("Chinese officials", "the Chinese say", "the Swiss")."""
    demonyms = load_gazetteer().demonyms
    text = span.text
    return len(span) == 1 and text.endswith("s") and text[:-1] in demonyms \
        and span.root.dep_ not in ("amod", "compound")


def _is_adjectival(span: Span) -> bool:
    """NORP adjectives ("Himalayan", "Asian") vs group nouns ("Kurds", "Shiites")."""
    root = span.root
    if root.dep_ in ("amod", "compound", "nmod") or root.tag_ in ("JJ", "NNP"):
        return True
    return not root.tag_.endswith("S")


def _gazetteer_mention(span: Span, mentions: Mentions, ident: str = "") -> bool:
    gaz = load_gazetteer()
    hit = gaz.lookup(span.text)
    if hit is None and ident:
        if ident in gaz.countries:
            hit = ("country", ident)
        elif ident in gaz.orgs:
            hit = ("org", ident)
    if hit is None:
        return False
    kind, key = hit
    if kind == "country":
        country = gaz.countries[key]
        mentions.add(span, mentions.entity(key, country.label, "Country"))
    elif kind == "demonym":
        country = gaz.countries[key]
        if _is_people(span):
            mentions.add(span, mentions.entity(slug(span.text), span.text, "Group"))
        else:
            mentions.add(span, mentions.entity(key, country.label, "Country"), kind="demonym")
    elif kind in ("capital", "seat"):
        iso3 = gaz.capital_country[key] if kind == "capital" else gaz.seat_country(key)
        if is_actor_use(span):
            country = gaz.countries[iso3]
            mentions.add(span, mentions.entity(iso3, country.label, "Country"), kind="metonym")
        else:
            place = mentions.entity(slug(key), key, "Location")
            mentions.place_country[place.id] = iso3
            mentions.add(span, place, kind="capital" if kind == "capital" else "seat")
    elif kind == "region":
        mentions.add(span, mentions.entity(slug(key), key, "Location"))
    else:
        org = gaz.orgs[key]
        mentions.add(span, mentions.entity(org.id, org.label, org.type))
    return True


def _compound_countries(span: Span, mentions: Mentions) -> bool:
    """"U.S.-China" -> both countries on the one token."""
    parts = [p for p in re.split(r"[-–/]", span.text) if p]
    if len(parts) < 2:
        return False
    gaz = load_gazetteer()
    found = [gaz.country_of_surface(p) for p in parts]
    if not all(found):
        return False
    entities = [mentions.entity(c.iso3, c.label, "Country") for c in found]
    mentions.add(span, entities, kind="demonym")
    return True


def _ministries(doc: Doc, mentions: Mentions) -> None:
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
                owner = " ".join(t.text for t in child.subtree if t.tag_ != "POS")
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
        if country is not None:
            record = gaz.countries.get(country.id)
            prefix = record.demonyms[0] if record and record.demonyms else country.label
        else:
            prefix = owner
        label = f"{prefix} {name}" if prefix else name
        org = mentions.entity(slug(label), label, "Organization")
        if country is not None:
            mentions.org_country[org.id] = country.id
        span = doc[start:end]
        # the country word keeps its own mention; the rest of the phrase is the ministry
        for i in range(span.start, span.end):
            if i not in mentions._by_token:
                mentions.add(doc[i:i + 1], org, kind="name")


def _name_span(span: Span) -> Span | None:
    start, end = span.start, span.end
    while end - start > 1 and is_title_word(span.doc[start].text, end - start):
        start += 1
    trimmed = _trim(span.doc[start:end])
    return trimmed


def _people(doc: Doc, mentions: Mentions, others: list[Span]) -> list[Span]:
    """Chain PERSON spans; returns the ``others`` spans not taken as people."""
    spans = [s for s in (_name_span(e) for e in doc.ents if e.label_ == "PERSON") if s]
    full_tokens = {fold(t.text) for s in spans if len(s) > 1 for t in s}
    rest = []
    for span in others:  # "Wang" tagged ORG, "Isaias" tagged GPE
        if span.label_ in ("ORG", "GPE", "NORP", "LOC") \
                and all(fold(t.text) in full_tokens for t in span):
            spans.append(span)
        else:
            rest.append(span)
    covered = {t.i for s in spans for t in s} | set(mentions._by_token) \
        | {t.i for s in rest for t in s}
    last_names = {fold(s[-1].text) for s in spans if len(s) > 1}
    for token in doc:  # bare surnames the NER missed
        if token.i not in covered and token.pos_ == "PROPN" and token.text[:1].isupper() \
                and fold(token.text) in last_names:
            spans.append(doc[token.i:token.i + 1])
    spans.sort(key=lambda s: s.start)
    clusters = chain_names([[t.text for t in s] for s in spans])
    for cluster in clusters:
        label = cluster.label
        person = mentions.entity(slug(label), label, "Person")
        for index in cluster.members:
            mentions.add(spans[index], person)
    return rest


def _governments(doc: Doc, mentions: Mentions) -> None:
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
            mentions.add(doc[token.i:token.i + 1], country, kind="government")
            country.aliases.add(doc[start:end].text)


def resolve_named(doc: Doc, mentions: Mentions) -> None:
    """Resolve every named mention of ``doc`` into ``mentions`` (rules 1-5 above)."""
    others: list[Span] = []
    gaz = load_gazetteer()
    for ent in doc.ents:
        if ent.label_ in ("DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL",
                          "CARDINAL", "PERSON"):
            continue
        span = _trim(ent)
        if span is None:
            continue
        if ent.text in gaz.capitals:  # "The Hague": the article is part of the name
            span = ent
        span = Span(doc, span.start, span.end, label=ent.label_)
        if _gazetteer_mention(span, mentions, ent.ent_id_) or _compound_countries(span, mentions):
            continue
        if any(t.lower_ in _MINISTRY for t in span):
            continue  # built by _ministries with its country
        others.append(span)
    _ministries(doc, mentions)
    rest = _people(doc, mentions, others)
    gaz = load_gazetteer()
    for span in rest:
        kind = _NER_KIND.get(span.label_)
        if kind is None or any(t.i in mentions._by_token for t in span):
            continue
        if span.text in gaz.us_states:
            state = gaz.us_states[span.text]
            mentions.add(span, mentions.entity(slug(state), state, "Location"), kind="state")
            continue
        if kind == "Organization" and span[0].text in _GEO_WORDS:
            kind = "Location"  # "Cape Erimo", "Mount Paektu": the NER calls them ORG
        if kind == "Group" and _is_adjectival(span):
            continue  # "Himalayan", "Asian": adjectives, not actors
        label = " ".join(span.text.split())
        mentions.add(span, mentions.entity(slug(label), label, kind))
    _state_abbreviations(doc, mentions)
    _governments(doc, mentions)


def _state_abbreviations(doc: Doc, mentions: Mentions) -> None:
    """"Rancho Mirage, Calif." when the NER left "Calif." out."""
    states = load_gazetteer().us_states
    for token in doc[2:]:
        if token.text in states and token.i not in mentions._by_token \
                and doc[token.i - 1].text == "," and (token.text.endswith(".") or token.is_upper):
            prev = mentions.entity_at(doc[token.i - 2])
            if prev is not None and prev.type == "Location":
                state = states[token.text]
                mentions.add(doc[token.i:token.i + 1],
                             mentions.entity(slug(state), state, "Location"), kind="state")
