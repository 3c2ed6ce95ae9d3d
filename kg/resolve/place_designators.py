"""locatedIn facts of designated subdivisions, described capitals and sides of countries
(called by :func:`kg.resolve.place_frames.frame_facts`).

Rules (the ``rule`` field of each fact):

- ``subdivision``: a place named with a designator word ("Daraa province", "the Kidal
  region", "Sokoto and Kebbi states", "the province of Arauca") that ISO 3166-2 lists
  among the subdivisions of exactly one country the article names lies in that country
  (:mod:`kg.resolve.subdivisions`). World knowledge, confirmed by the article naming the
  country; a bare city name gives nothing (annotators rarely list those).
- ``comma-subdivision``: "a base in Puerto Jordán, Arauca" with Arauca an ISO 3166-2
  subdivision of a country the article names.
- ``share-of``: "Essequibo makes up about two-thirds of Guyana's territory".
- ``designated-in``: "the Gara and Hakurk regions of northern Iraq", "Sokoto and Kebbi
  states in northwestern Nigeria": every name before a plural designator lies in the
  place after its "of" / "in" (the singular cases are the ``in-place`` and
  ``province-of`` rules of :mod:`kg.resolve.places`).
"talks in the Kazakh capital" gives nothing (see ``CAPITAL_FACTS`` in
:mod:`kg.resolve.places`): on the open sets annotators listed 3 of 6 such capitals.

:func:`side_owner` reads "Eritrea's southern coast", "Moldova's eastern border" as the
country for the ``lies-in`` and ``appos-place`` rules.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.resolve.gazetteer import load_gazetteer
from kg.resolve.mentions import Mentions
from kg.resolve.place_names import DESIGNATORS, PLURAL_DESIGNATORS, designated_runs
from kg.resolve.places import make_fact, named_entity
from kg.resolve.subdivisions import subdivision_country
from kg.types import Article, Entity, Fact

__all__ = ["designator_facts", "side_owner"]

_PLACE_ENDS = ("Location", "Country")
#: Nouns of the edges of a country ("on Eritrea's southern coast").
_SIDE_NOUNS = frozenset({"coast", "coastline", "border", "borders", "shore", "shores",
                         "frontier", "side"})
# modifiers between a preposition and its place: "of northern Iraq", "in the far north of"
_COMPASS = frozenset({"northern", "southern", "eastern", "western", "central", "northeastern",
                      "northwestern", "southeastern", "southwestern", "far", "the"})


def side_owner(mentions: Mentions, noun: Token) -> Entity | None:
    """The country whose edge ``noun`` names: "Eritrea's southern coast", "Moldova's
    eastern border" -> the country; None for any other noun or owner."""
    if noun.lower_ not in _SIDE_NOUNS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    return named_entity(mentions, owner, ("Country",)) if owner is not None else None


def _run_place(mentions: Mentions, span) -> Entity | None:
    """The Location a designated name stands for (its mention's one entity)."""
    mention = mentions.mention_at(span[0])
    if mention is None or mention.by_coref or len(mention.entities) != 1:
        return None
    entity = mention.entities[0]
    return entity if entity.type == "Location" else None


def _subdivisions(doc: Doc, mentions: Mentions, article: Article, runs) -> list[Fact]:
    countries = {e.id for e in mentions.entities.values() if e.type == "Country"}
    if not countries:
        return []
    gaz = load_gazetteer()
    facts = []
    for i, spans in runs:
        for span in spans:
            place = _run_place(mentions, span)
            if place is None or place.id in mentions.place_country \
                    or gaz.lookup(span.text) is not None:
                continue  # a capital, or a region of several countries ("the Sahel region")
            iso3 = subdivision_country(span.text, countries)
            if iso3 is None or iso3 == place.id:
                continue
            country = mentions.entity(iso3, gaz.countries[iso3].label, "Country") \
                if iso3 in gaz.countries else mentions.entities.get(iso3)
            if country is not None:
                facts.append(make_fact(article, doc[i], place, "locatedIn", country,
                                       "subdivision", doc[i].text, 0.6))
    return facts


def _plural_container(doc: Doc, mentions: Mentions, noun: Token) -> Entity | None:
    """The place after a plural designator's "of" / "in" ("regions of northern Iraq")."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "in")):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            target = named_entity(mentions, obj, _PLACE_ENDS)
            if target is not None:
                return target
    return None


def _designated_in(doc: Doc, mentions: Mentions, article: Article, runs) -> list[Fact]:
    facts = []
    for i, spans in runs:
        noun = doc[i]
        if noun.lower_ not in PLURAL_DESIGNATORS or spans[0].end > i:
            continue  # "the provinces of X": the names after "of" are the places
        target = _plural_container(doc, mentions, noun)
        if target is None:
            continue
        for span in spans:
            place = _run_place(mentions, span)
            if place is not None and place.id != target.id:
                facts.append(make_fact(article, noun, place, "locatedIn", target,
                                       "designated-in", noun.text, 0.65))
    return facts


def _comma_subdivisions(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"a base in Puerto Jordán, Arauca": a place, a comma and a place that ISO 3166-2 lists
    as a subdivision of a country the article names (as "Rancho Mirage, Calif." for US
    states); not in lists ("Kharkiv, Sumy and Kyiv") nor datelines."""
    from kg.resolve.places import _place_after_comma  # late: places imports this module

    countries = {e.id for e in mentions.entities.values() if e.type == "Country"}
    if not countries:
        return []
    gaz = load_gazetteer()
    facts = []
    for mention in mentions.mention_list:
        place = mention.entities[0]
        span = mention.span
        if mention.by_coref or place.type != "Location" or len(mention.entities) != 1 \
                or span.start == 0 or span.start == span.sent.start or doc[span.start - 1].text == ",":
            continue
        after = _place_after_comma(doc, mentions, doc[span.end - 1])
        if after is None or after.kind != "name" or len(after.entities) != 1:
            continue
        region = after.entities[0]
        if region.type != "Location" or region.id == place.id or gaz.lookup(region.label) \
                or subdivision_country(region.label, countries) is None \
                or subdivision_country(place.label, countries) is not None:
            continue  # "Kharkiv, Sumy": two subdivisions side by side are a list
        facts.append(make_fact(article, doc[span.end], place, "locatedIn", region,
                               "comma-subdivision", ",", 0.65))
    return facts


#: Verbs of a part that makes up a share of a whole: "X makes up two-thirds of Y".
_SHARE_VERBS = frozenset({"make", "makes", "made", "making", "form", "forms", "formed",
                          "constitute", "constitutes", "constituted", "account", "accounts"})
#: Nouns of a country's land: "two-thirds of Guyana's territory".
_LAND_NOUNS = frozenset({"territory", "land", "landmass", "area", "surface"})


def _shares(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"Essequibo makes up about two-thirds of Guyana('s territory)", "a territory that
    forms a third of Y": a place that makes up a share of a place lies in it."""
    facts = []
    for i in mentions.positions(_SHARE_VERBS):
        verb = doc[i]
        if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children):
            continue
        if verb.lemma_ == "make" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
            continue
        share = next((c for c in verb.children if c.dep_ in ("dobj", "attr", "prep")), None)
        if share is not None and share.dep_ == "prep":  # "accounts for a third of"
            share = next((c for c in share.children if c.dep_ == "pobj"), None)
        of = next((c for c in share.children if c.dep_ == "prep" and c.lower_ == "of"), None) \
            if share is not None else None
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if obj is None:
            continue
        if obj.lower_ in _LAND_NOUNS:
            obj = next((c for c in obj.children if c.dep_ == "poss"), obj)
        target = named_entity(mentions, obj, _PLACE_ENDS)
        place = _share_subject(mentions, verb)
        if target is not None and place is not None and place.id != target.id:
            facts.append(make_fact(article, verb, place, "locatedIn", target, "share-of",
                                   verb.text, 0.65))
    return facts


def _share_subject(mentions: Mentions, verb: Token) -> Entity | None:
    """The place that makes up the share: the verb's subject, or what "that" / "which"
    stands for, climbing "a territory of 160,000 square kilometers that ..." to its name."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    if subj.lower_ in ("that", "which") and verb.dep_ == "relcl":
        subj = verb.head
        for _ in range(5):  # kilometers -> of -> area -> (appos) the Essequibo region
            place = named_entity(mentions, subj, ("Location",)) or next(
                (e for c in subj.children if c.dep_ == "compound" and subj.lower_ in DESIGNATORS
                 for e in [named_entity(mentions, c, ("Location",))] if e), None)
            if place is not None or subj.dep_ not in ("pobj", "prep", "appos") or subj.head is subj:
                return place
            subj = subj.head
        return None
    return named_entity(mentions, subj, ("Location",))


def designator_facts(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """All facts of this module's rules (duplicates left to the caller)."""
    runs = designated_runs(doc, mentions)
    facts = _comma_subdivisions(doc, mentions, article) + _shares(doc, mentions, article)
    if runs:
        facts += _subdivisions(doc, mentions, article, runs) \
            + _designated_in(doc, mentions, article, runs)
    return facts
