"""Place frames -> locatedIn facts, the phrases news uses to say where a place lies
(called by :func:`kg.resolve.places.place_facts`).

Rules (the ``rule`` field of each fact):

- ``described-place``: "the Xlandic capital Xville", "Xland's capital, Xville", "the
  Xlandic city of Yville", "the capital of Xland, Xville", "the Russian port of Ust-Luga"
  (a name after "of" the tagger took for a body or person is retyped), "the Ruritanian
  ports of A and B", "Moldova's
  breakaway region of Transnistria" (a breakaway state kept as a country);
- ``lies-in``: "the Y Islands, which lie at the southern edge of the Z Sea", "Xville is
  located in Y", "the port of X, which lies on Yland's southern coast" (a country's coast
  or border is the country); "the AU, which is headquartered in Addis Ababa", "the bank,
  based in Xville" (an organisation is seated in a city, not a country; a firm in either:
  "Acme, a company based in Ruritania"); "X lies in the south of Y province";
- ``hosted-in``: "the summit, hosted by Xland in Yville", "Xland will host the talks in
  Yville" (a country hosts in its own city);
- ``settlement-in`` / ``settlement-of``: "the village of X in Y province", "X village in
  Yland's Z township", "the X camps in southwestern Y", "the area of A and B in Y";
- ``respectively``: "the cities of A and B in North and South Y provinces" (A in North Y,
  B in South Y);
- ``site-in``: "the Bruzgi checkpoint in western Belarus", "the Hmeimim air base in Syria",
  "the Ain al-Asad air base in Anbar province" (a tagged name with particles);
- ``described-capital``: "arrived in Niamey ... landed in the Nigerien capital" (a capital
  the article names, described elsewhere as the country's capital);
- ``comma-in``: "Xville, on the island of Y", "Xville, in Yland's Z province", "Xville,
  in the south-east of the country", "Xville in Ruritanian-administered Y".

- ``subdivision``, ``designated-in``, ``comma-subdivision``, ``share-of``:
  :mod:`kg.resolve.place_designators`.
- ``appos-place`` (via :func:`kg.resolve.places.place_relations`) for a name the tagger
  took for a person and the text describes as a town: "Xa, a town in Yland's Z region".

The tagger often takes an unknown village for a person; in the frames that say it is a
place ("the village of X", "X, which lies in", "X, a town in"), a person entity with no
title, named once or twice, is retyped as a Location.
"""
from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Span, Token

from kg.resolve.focus import cached_focal
from kg.resolve.gazetteer import load_gazetteer, slug
from kg.resolve.mentions import Mentions
from kg.resolve.place_designators import side_owner
from kg.resolve.place_names import DESIGNATORS, retypable
from kg.resolve.places import _DE_FACTO, make_fact, named_entity
from kg.types import Article, Entity, Fact

__all__ = ["frame_facts"]

_PLACE_ENDS = ("Location", "Country")


# nouns that describe a place and can carry its owner: "the Qatari capital Doha"
_SETTLEMENT_NOUNS = frozenset({"city", "town", "village", "port", "region", "province", "district"})
_COMPASS_ADJS = frozenset({"northern", "southern", "eastern", "western", "northeastern", "northwestern",
                           "southeastern", "southwestern", "central", "coastal"})
_DESCRIBED_NOUNS = frozenset({"capital", "city", "town", "village", "port", "province",
                              "region", "district", "state", "county", "prefecture",
                              "governorate", "oblast", "island", "islands", "valley",
                              "territory", "enclave", "exclave", "resort", "peninsula", "archipelago",
                              "suburb", "neighborhood", "neighbourhood", "settlement",
                              "municipality"})
#: Plurals of those nouns before a list of names: "the Ukrainian ports of A and B".
_DESCRIBED_PLURALS = frozenset({"cities", "towns", "villages", "ports", "provinces", "regions",
                                "districts", "states", "counties", "governorates", "oblasts",
                                "territories", "enclaves", "exclaves", "suburbs", "neighborhoods",
                                "neighbourhoods", "settlements", "municipalities"})
# where a place lies inside another: "at the southern edge of", "in the heart of"
_PART_NOUNS = frozenset({"edge", "part", "heart", "middle", "centre", "center", "north",
                         "south", "east", "west", "northeast", "northwest", "southeast",
                         "southwest", "tip", "end", "interior", "outskirts"})
_LIE_VERBS = frozenset({"lie", "sit", "locate", "situate"})


#: who or what travels to a place (its owner is no place: "Mexico's rescue brigade reached X")
_TRAVELLERS = frozenset({"brigade", "team", "troop", "soldier", "rescuer", "force", "army", "delegation", "crew",
                         "unit", "contingent", "ship", "plane", "aircraft", "convoy", "envoy", "minister"})


def _described_places(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"the Qatari capital Doha", "Ruritania's capital, Xville", "the Syrian city of
    Aleppo", "the capital of Ruritania, Xville": a place noun owned by a country or place
    and naming the place (apposition or "of") -> the place lies in the owner.

    The named place must be a place mention, or capitalised words the tagger left
    untagged right after "<noun> of" ("the northern city of Xville")."""
    facts = []
    for i in mentions.positions(_DESCRIBED_NOUNS | _DESCRIBED_PLURALS):
        noun = doc[i]
        if noun.pos_ != "NOUN" or not noun.is_lower:
            continue
        owners = {e.id: e for c in noun.children if c.dep_ in ("amod", "compound", "poss", "nmod")
                  for e in [named_entity(mentions, c, _PLACE_ENDS)] if e is not None}
        own = mentions.entity_at(noun)
        if own is not None and not (own.id in owners and any(
                c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)):
            continue  # (the resolver may take "the Indian state of X" for India itself)
        if len(owners) > 1:  # "the Saudi Red Sea city of Jeddah": a sea says where on the coast
            owners = {k: e for k, e in owners.items() if not _WATER_WORDS & set(e.label.split())}
        if len(owners) > 1:
            continue  # "the Xlandic-Ylandic border town of Z": on which side is not said
        owner = next(iter(owners.values()), None)
        if owner is not None and owner.type != "Country" and any(
                c.dep_ in ("compound", "nmod", "amod") and named_entity(mentions, c, _PLACE_ENDS) is owner for c in noun.children) and any(
                named_entity(mentions, g, _PLACE_ENDS) is not None or g.pos_ == "PROPN" for c in noun.children
                if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"):
            continue  # "the Lahad Datu district of Sabah": the name compounded lies in the "of" place
        if owner is not None and _WATER_WORDS & set(owner.label.split()):
            continue  # "the Black Sea port of Odesa": a port on the sea, not in it
        named: list[Token] = [c for c in noun.children if c.dep_ == "appos"]
        before = _apposed_place(doc, mentions, noun)
        if not named and before is not None:
            named.append(before)  # "Khartoum, Sudan's capital", "Mosul, Iraq's second city"
        if not named and i + 2 < len(doc) and doc[i + 1].text == "," \
                and named_entity(mentions, doc[i + 2], ("Location",)) is not None:
            named.append(doc[i + 2])  # "Haiti's capital, Port-au-Prince," parsed apart
        after_of: list[Token] = []  # "the Russian port of Ust-Luga": the name is a place
        if noun.lower_ in _DESCRIBED_PLURALS:
            # "two breakaway Georgian regions, Abkhazia and South Ossetia" (the parser may make
            # the names conjuncts of the noun), "three Ukrainian ports, including Odesa"
            listed = [c for c in noun.children if c.dep_ in ("conj", "appos") and c.i > noun.i + 1
                      and doc[c.left_edge.i - 1].text == ","]
            listed += [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("including", "like")
                       for g in c.children if g.dep_ == "pobj"]
            after_of += [x for c in listed for x in (c, *c.conjuncts) if x.i > noun.i and x.pos_ == "PROPN"]
            # "regions of Kazakhstan, including the Atyrau, Aktobe and Kostanay regions": names before the noun again
            after_of += [x for c in listed if c.lemma_ == noun.lemma_ for g in c.children
                         if g.dep_ in ("compound", "nmod", "amod") and g.pos_ == "PROPN" for x in (g, *g.conjuncts)]
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                if noun.lower_ in _DESCRIBED_PLURALS:  # "the Ukrainian ports of A and B"
                    after_of += [c for c in obj.conjuncts if c.i > obj.i]
                ent = named_entity(mentions, obj, _PLACE_ENDS)
                capital_of = before is not None and noun.lemma_ == "capital"
                if owner is None and ent is None and capital_of:
                    ent = _designated(mentions, obj)  # "Xville, the capital of Y province"
                if owner is None and ent is not None and (ent.type == "Country" or capital_of):
                    owner = ent  # "the capital of Ruritania, Xville", "Xville, the capital of Y"
                    named += [c for c in obj.children if c.dep_ == "appos"]
                else:
                    after_of.append(obj)
        if owner is None and noun.lemma_ == "capital":
            # "departed from the capital, Niamey": the country whose capital the gazetteer says it is
            for tok in named:
                place = named_entity(mentions, tok, ("Location",))
                iso3 = mentions.place_country.get(place.id) if place is not None else None
                record = load_gazetteer().countries.get(iso3) if iso3 else None
                if record is not None and place.label in record.capitals:
                    owner = mentions.entity(iso3, record.label, "Country")
        if owner is None and after_of:
            # "the port of Gwadar in Pakistan's Balochistan province", "the town of X in Y": the
            # place the described noun lies in
            owner = next((e for c in noun.children if c.dep_ == "prep" and c.lower_ == "in" and c.i > noun.i
                          for g in c.children if g.dep_ == "pobj"
                          for e in [named_entity(mentions, g, _PLACE_ENDS)] if e is not None), None)
        focal = None
        if owner is None and after_of and noun.lemma_ in _SETTLEMENT_NOUNS and any(
                c.dep_ == "amod" and c.lower_ in _COMPASS_ADJS for c in noun.children):
            # "based in the eastern city of Tobruk": a bearing with no owner is within the
            # country the article is about
            owner = focal = cached_focal(doc, mentions)
            # (not "an Israeli strike", nor "Mexico's rescue brigade reached the city of X": an owner)
            named_here = {e.id: e for t in noun.sent if t.pos_ == "PROPN" and t.ent_type_ != "NORP"
                          and not (t.dep_ == "poss" and t.head.lemma_.lower() in _TRAVELLERS)
                          for e in mentions.entities_at(t) if e.type == "Country"}
            if focal is not None and named_here and focal.id not in named_here:
                # "floods triggered ... in the eastern city of Derna" after "Libya's Government": the
                # one other country the sentence names, else no guess
                owner = focal = next(iter(named_here.values())) if len(named_here) == 1 else None
        if owner is None:
            continue
        for tok in named + after_of:
            place = _place_named(doc, mentions, tok, retype=tok in after_of or tok is before)
            if place is not None and place.id != owner.id and _is_place(place) and (
                    focal is None or mentions.place_country.get(place.id) in (None, focal.id)):
                facts.append(make_fact(article, noun, place, "locatedIn", owner,
                                       "described-place", noun.text, 0.75 if focal is None else 0.6))
    return facts


#: Words between the comma and the noun of a place's apposition: "Iraq's second city".
_APPOS_MODIFIERS = frozenset({"det", "poss", "case", "amod", "compound", "nummod", "advmod", "punct"})


def _apposed_place(doc: Doc, mentions: Mentions, noun: Token) -> Token | None:
    """The place named just before the comma that opens ``noun``'s apposition: "Khartoum,
    Sudan's capital", "Mosul, Iraq's second city, was retaken" (the parser often hangs a
    sentence-initial name off the verb rather than the apposition). The phrase must close
    there (comma, full stop or the end) for the name to be what it describes."""
    left = noun.i  # the phrase's first word after the comma (the name may hang off the noun)
    while left > 0 and doc[left - 1].dep_ in _APPOS_MODIFIERS and doc[left - 1].text != ",":
        left -= 1
    right = noun.right_edge.i
    if doc[right].is_punct and right > noun.i:
        right -= 1  # the closing comma hung on the noun
    if left < 2 or doc[left - 1].text != "," \
            or right + 1 < len(doc) and doc[right + 1].text not in (",", ".", ";"):
        return None
    mention = mentions.mention_at(doc[left - 2])
    if mention is None or mention.span.end != left - 1 or mention.by_coref or len(mention.entities) != 1 \
            or mention.entities[0].type not in ("Location", "Person", "Organization"):
        return None
    located = mention.entities[0].type == "Location" or retypable(mentions, mention.span)
    return doc[left - 2] if located else None


#: Words of the names of seas and rivers, on which places lie rather than in them.
_WATER_WORDS = frozenset({"Sea", "Ocean", "Gulf", "Strait", "Straits", "Bay", "River", "Lake",
                          "Channel", "Lagoon"})


def _is_place(entity: Entity) -> bool:
    """A Location, or a breakaway state kept as a country ("Moldova's breakaway region of
    Transnistria" lies in Moldova)."""
    return entity.type == "Location" or entity.type == "Country" and entity.id in _DE_FACTO


def _place_named(doc: Doc, mentions: Mentions, tok: Token, retype: bool = False) -> Entity | None:
    """The place a token names: its mention, or untagged capitalised words ("Aleppo").
    With ``retype``, a name the frame says is a place ("the port of Ust-Luga") that the
    tagger took for an unknown organisation or an untitled person becomes a Location
    (:func:`kg.resolve.place_names.retypable`)."""
    mention = mentions.mention_at(tok)
    if mention is not None:
        if mention.by_coref or len(mention.entities) != 1:
            return None
        if retype and mention.entities[0].type in ("Organization", "Person") \
                and retypable(mentions, mention.span):
            mention.entities[0].type = "Location"
        return mention.entities[0]
    if tok.pos_ != "PROPN" or not tok.is_title:
        return None
    words = [t for t in tok.subtree if t.dep_ == "compound" or t is tok]
    if any(not t.is_title or mentions.entity_at(t) is not None for t in words) or len(words) > 3:
        return None
    label = " ".join(t.text for t in words)
    place = mentions.entity(slug(label), label, "Location")
    place.aliases.add(label)
    return place


def _lies_in(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"the Xland Islands, which lie at the edge of the Y Sea", "Xville is located in
    Ruritania", "a town situated in the heart of Y": a place the text locates.

    The located name may be untagged ("Half Moon Reef, which lies ...") or taken for a
    person; "which" says it is a thing, and such a person entity becomes a place."""
    facts = []
    for i in mentions.positions(_LIE_FORMS):
        verb = doc[i]
        if verb.lemma_ not in _LIE_VERBS and verb.lower_ not in _SEAT_VERBS \
                or any(c.dep_ == "neg" for c in verb.children):
            continue
        if verb.dep_ in ("relcl", "acl"):
            root = verb.head  # "X, which lies in Y", "X, located in Y"
            thing = verb.dep_ == "acl" or any(c.lower_ in ("which", "that") for c in verb.children)
        else:
            root = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            # "X lies in the south of Y", "X is located in Y": said of a place, not a person
            thing = verb.lemma_ in ("locate", "situate") or any(
                g.lower_ in _PART_NOUNS for c in verb.children if c.dep_ == "prep"
                for g in c.children if g.dep_ == "pobj")
        if root is None:
            continue
        seat = verb.lemma_ in _SEAT_VERBS or verb.lower_ in _SEAT_VERBS
        firm = seat and root.dep_ == "appos" and root.lemma_ in _FIRM_NOUNS
        if firm:  # "Acme, a company based in Ruritania": a firm is registered in a country
            root = root.head
        place = (_seated(mentions, root) or _seated_before_comma(doc, mentions, verb)) if seat \
            else _located(doc, mentions, root, thing)
        if place is None:
            continue
        ends = _PLACE_ENDS if firm or not seat else ("Location",)
        for prep in (c for c in verb.children if c.dep_ == "prep"
                     and c.lower_ in (("in",) if seat else ("in", "within", "on", "at", "inside"))):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                if obj.lower_ in _PART_NOUNS:  # "at the southern edge of the Y Sea"
                    obj = next((g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                                for g in p.children if g.dep_ == "pobj"), obj)
                target = named_entity(mentions, obj, ends) \
                    or (None if seat else _owned_zone(mentions, obj) or side_owner(mentions, obj)
                        or _designated(mentions, obj))
                if target is not None and target.id != place.id:
                    facts.append(make_fact(article, verb, place, "locatedIn", target,
                                           "lies-in", verb.text, 0.75))
    return facts


def _designated(mentions: Mentions, noun: Token) -> Entity | None:
    """"Y province", "the Y region", "Russia's Y republic": the place named before a
    designator noun."""
    if noun.lower_ not in DESIGNATORS and noun.lower_ not in _SUBJECT_UNITS:
        return None
    name = next((c for c in noun.children if c.dep_ == "compound" and c.i == noun.i - 1), None)
    return named_entity(mentions, name, ("Location",)) if name is not None else None


#: Lowercase nouns of federal units, designators only here ("the Bashkortostan republic").
_SUBJECT_UNITS = frozenset({"republic", "krai", "territory", "canton", "department"})


_LIE_FORMS = frozenset({"lie", "lies", "lay", "lying", "sit", "sits", "sat", "sitting",
                        "located", "situated", "headquartered", "based"})
#: Participles that seat an organisation in a city: "the AU, which is headquartered in X",
#: "the group, based in Y" (a city: "based in Afghanistan" says where it operates).
_SEAT_VERBS = frozenset({"headquartered", "based"})
#: Nouns of businesses, which are seated in a country too ("a company based in Ruritania").
_FIRM_NOUNS = frozenset({"company", "firm", "bank", "corporation", "business", "manufacturer",
                         "supplier", "producer", "exporter", "importer", "subsidiary", "insurer",
                         "conglomerate", "airline", "operator", "shipper"})


#: Last words of organisations' names: "the X Gas Forum, headquartered in Y" seats a body
#: the tagger may leave untagged.
_BODY_HEADS = frozenset({"forum", "institute", "centre", "center", "bank", "fund", "council",
                         "commission", "organisation", "organization", "agency", "group", "union",
                         "alliance", "association", "foundation", "company", "corporation",
                         "authority", "secretariat", "court", "network", "initiative"})


def _seated(mentions: Mentions, root: Token) -> Entity | None:
    """The organisation a "headquartered in" / "based in" phrase seats (named, not "it")."""
    return named_entity(mentions, root, ("Organization",))


def _seated_before_comma(doc: Doc, mentions: Mentions, verb: Token) -> Entity | None:
    """"progress in setting up the X Gas Forum, headquartered in Y": the name right before
    the comma is what the participle seats, wherever the parser hung it; an untagged name
    of two or more capitalised words ending in a body word becomes an organisation."""
    j = verb.i - 2
    if j < 0 or doc[j + 1].text != "," or verb.dep_ not in ("acl", "advcl"):
        return None
    named = _seated(mentions, doc[j])
    if named is not None or mentions.mention_at(doc[j]) is not None:
        return named
    k = j
    while k >= 0 and doc[k].is_title and not doc[k].is_sent_start \
            and mentions.mention_at(doc[k]) is None:
        k -= 1
    words = doc[k + 1:j + 1]
    if len(words) < 2 or words[-1].lower_ not in _BODY_HEADS:
        return None
    body = mentions.entity(slug(words.text), words.text, "Organization")
    body.aliases.add(words.text)
    return body


def _located(doc: Doc, mentions: Mentions, root: Token, thing: bool) -> Entity | None:
    """The place a located phrase names: a Location mention, untagged capitalised words,
    or (after "which") a person entity with no title, retyped."""
    mention = mentions.mention_at(root)
    if mention is None:
        return _place_named(doc, mentions, root)
    if mention.by_coref or len(mention.entities) != 1:
        return None
    entity = mention.entities[0]
    start = mention.span.start
    while start > root.left_edge.i and doc[start - 1].is_title and doc[start - 1].dep_ == "compound":
        start -= 1  # "Second Xa Shoal" tagged from its second word: the full name, if known
    fuller = mentions.entities.get(slug(doc[start:mention.span.end].text))
    if start < mention.span.start and fuller is not None and fuller.type == "Location":
        return fuller
    if thing and entity.type == "Person" and not mentions.titles.get(entity.id) \
            and len(entity.mentions) <= 2:
        entity.type = "Location"  # "Xa Shoal, which lies ...": a thing, not a person
    elif thing and entity.type == "Organization" and retypable(mentions, mention.span):
        entity.type = "Location"  # "Xville lies in the south of Y": a town, not a body
    return entity if entity.type == "Location" else None


# areas a country owns at sea or on land, named by a noun phrase: "Xland's exclusive economic zone"
_ZONE_NOUNS = frozenset({"zone", "waters"})


def _owned_zone(mentions: Mentions, noun: Token) -> Entity | None:
    """"Xland's exclusive economic zone", "Xland's territorial waters": a place named by
    the whole phrase (the zone is Xland's, not Xland itself)."""
    if noun.lower_ not in _ZONE_NOUNS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or named_entity(mentions, owner, ("Country",)) is None:
        return None
    words = [t for t in noun.doc[owner.left_edge.i:noun.i + 1] if t.dep_ != "det"]
    label = "".join(t.text_with_ws for t in words).strip()
    zone = mentions.entity(slug(label), label, "Location")
    zone.aliases.add(label)
    return zone


def _hosted(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"the summit, hosted by Ruritania in Xville", "Ruritania will host the talks in
    Xville": a country hosts in its own city."""
    facts = []
    for i in mentions.positions({"host", "hosts", "hosted", "hosting"}):
        verb = doc[i]
        if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
            continue
        hosts = [c for c in verb.children if c.dep_ == "nsubj"]
        hosts += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        country = next((e for h in hosts for e in [named_entity(mentions, h, ("Country",))]
                        if e is not None), None)
        if country is None or len(hosts) != 1:
            continue
        # "in" hangs on the verb, its object, or the host itself ("hosted by Japan in Osaka")
        holders = [verb, *hosts] + [c for c in verb.children if c.dep_ == "dobj"]
        for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "in"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                city = named_entity(mentions, obj, ("Location",))
                if city is not None and mentions.place_country.get(city.id, country.id) == country.id:
                    facts.append(make_fact(article, prep, city, "locatedIn", country, "hosted-in",
                                           verb.text, 0.7))
    return facts


# nouns of settlements and areas named with them: "the village of X", "X township"
_SETTLEMENTS = frozenset({"village", "villages", "town", "city", "district", "township",
                          "province", "region", "camp", "camps", "area", "county", "suburb",
                          "municipality", "neighbourhood", "neighborhood", "governorate"})
# words between "in" and the place: "in southwestern Xland", "in the north of"
_COMPASS = frozenset({"the", "northern", "southern", "eastern", "western", "central",
                      "northeastern", "northwestern", "southeastern", "southwestern",
                      "north", "south", "east", "west", "neighbouring", "neighboring", "occupied"})


#: Bearings of "the town of X, east of Y" (the place it lies by).
BEARINGS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast",
                       "southwest", "north-east", "north-west", "south-east", "south-west"})


def _settlements(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"the village of X in Y province", "X village in Y's Z township", "the X camps in
    southwestern Y", "the area of A and B in Y", "the town of X, east of Y": a named
    settlement lies in the place named right after "in" (or the bearing's "of").

    The tagger often takes an unknown village for a person: in this frame the name is
    a place, and a person entity with no title is retyped as one."""
    facts = []
    for i in mentions.positions(_SETTLEMENTS):
        noun = doc[i]
        if noun.pos_ != "NOUN" or not noun.is_lower:
            continue
        if i + 2 < len(doc) and doc[i + 1].lower_ == "of":  # "the village of X (and Y)"
            start = i + 3 if doc[i + 2].lower_ == "the" else i + 2
            runs, end = _name_runs(doc, mentions, start)
            retype = True
        else:  # "X village", "the X camps"
            run = _name_before(doc, mentions, i)
            runs, end = ([run], i + 1) if run else ([], i)
            retype = noun.lower_ not in ("camp", "camps")  # "the Xson camp": a person's camp
        if not runs:
            continue
        owner = _place_owner(doc, mentions, runs[0].start)
        if owner is not None and len(runs) == 1:  # "Xland's Y township"
            place = _settlement_entity(mentions, runs[0], retype)
            if place is not None and place.id != owner.id:
                facts.append(make_fact(article, noun, place, "locatedIn", owner,
                                       "settlement-of", noun.text, 0.7))
        k = end + 1 if end < len(doc) and doc[end].text == "," else end
        if k + 2 < len(doc) and doc[k].lower_ in BEARINGS and doc[k + 1].lower_ == "of":
            j = k + 2  # "the town of X (,) east of Y": the place it lies by
        elif end + 1 >= len(doc) or doc[end].lower_ != "in":
            continue
        else:
            j = end + 1
        while j < len(doc) and doc[j].lower_ in _COMPASS:
            j += 1
        target = _settlement_target(doc, mentions, j) if j < len(doc) else None
        if target is None and j == k + 2:
            target = _untagged_place(mentions, doc[j])
        if target is None:
            continue
        for run in runs:
            place = _settlement_entity(mentions, run, retype)
            if place is not None and place.id != target.id:
                facts.append(make_fact(article, noun, place, "locatedIn", target,
                                       "settlement-in", noun.text, 0.7))
    return facts


#: Lowercase nouns of sites named after their place: "the Bruzgi checkpoint".
_SITE_NOUNS = frozenset({"crossing", "checkpoint", "base", "airbase", "airport", "port",
                         "terminal", "airfield", "camp", "complex", "facility", "plant",
                         "site"})
#: Site nouns a person or a firm may own ("the Xson camp", "the Acme plant").
_WORKS_NOUNS = frozenset({"camp", "complex", "facility", "plant", "site"})
#: Lowercase words between such a name and its noun: "the Hmeimim air base", "the Jenin
#: refugee camp".
_SITE_MODIFIERS = frozenset({"air", "border", "naval", "military", "army", "oil", "gas",
                             "container", "international", "refugee", "migrant",
                             "displacement", "detention"})


def _named_sites(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"the Bruzgi checkpoint in western Belarus", "the Hmeimim air base in Syria", "the
    Xco enrichment complex in Y": the name before a site noun lies in the place right after
    "in".

    A name the tagger missed becomes a place, as does an untitled person named at most
    twice or an unknown body named once; countries, demonyms and known bodies own the site
    ("the Russian air base in Syria") and give nothing."""
    facts = []
    for i in mentions.positions(_SITE_NOUNS):
        if doc[i].pos_ != "NOUN" or not doc[i].is_lower or i + 2 >= len(doc) \
                or doc[i + 1].text != "in" or doc[i].dep_ == "compound":
            continue  # not "the Jenin camp residents in ...": the site noun heads its phrase
        j = i
        while j > 0 and i - j < 2 and doc[j - 1].lower_ in _SITE_MODIFIERS:
            j -= 1
        run = _name_before(doc, mentions, j)
        k = i + 2
        while k < len(doc) and (doc[k].lower_ in _COMPASS
                                or doc[k].is_lower and doc[k].pos_ == "ADJ"):
            k += 1  # "in the occupied West Bank"
        target = _settlement_target(doc, mentions, k) if run is not None and k < len(doc) else None
        if target is None:
            continue
        # "the Xson camp" may be a person's camp, "the Acme plant" a firm's: only names the
        # tagger did not call people or bodies
        place = _site_entity(mentions, run, retype=doc[i].lower_ not in _WORKS_NOUNS)
        if place is not None and target.id != place.id:
            facts.append(make_fact(article, doc[i + 1], place, "locatedIn", target, "site-in",
                                   doc[i].text, 0.65))
    return facts


def _site_entity(mentions: Mentions, run: Span, retype: bool = True) -> Entity | None:
    """The place a site's name stands for (see :func:`_named_sites`); without ``retype``,
    only a place mention or a name the tagger missed."""
    known = {id(m): m for t in run for m in [mentions.mention_at(t)] if m is not None}
    if not known:
        if load_gazetteer().lookup(run.text) is not None:
            return None
        place = mentions.entity(slug(run.text), run.text, "Location")
        place.aliases.add(run.text)
        return place if place.type == "Location" else None
    mention = next(iter(known.values()))
    if len(known) > 1 or mention.by_coref or len(mention.entities) != 1 \
            or mention.span.start < run.start or mention.span.end > run.end:
        return None
    entity = mention.entities[0]
    if retype and (entity.type == "Person"
                   or entity.type == "Organization" and len(entity.mentions) == 1):
        if not retypable(mentions, mention.span):
            return None
        entity.type = "Location"  # "the Tornio checkpoint": a place, whatever the tagger said
    return entity if entity.type == "Location" else None


_CONTAINERS = _SETTLEMENTS | {"island", "state", "peninsula", "archipelago", "valley",
                              "department", "oblast", "prefecture", "wilaya"}


def _comma_container(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"Xville, on the island of Y", "Xville, in the province of Y", "Xville, in Y
    province": a place followed by a comma and where it lies."""
    facts = []
    for mention in mentions.mention_list:
        place = mention.entities[0]
        k = mention.span.end
        if k + 1 < len(doc) and doc[k].lower_ in DESIGNATORS and doc[k + 1].text == ",":
            k += 1  # "the Tinzaouatene area, in the wilaya of Y"
        bare = _bearing_after(doc, k)
        if mention.by_coref or place.type != "Location" or len(mention.entities) != 1 or not bare and (
                k + 3 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ not in ("in", "on")):
            continue
        if bare:
            k -= 1  # "Kidal in northern Mali": read as "Kidal, in northern Mali"
        j = _past_bearing(doc, k + 2)
        part = _part_of_place(doc, mentions, k + 2)
        if part is not None:  # "Xville, in the south-east of the country"
            if part.id != place.id:
                facts.append(make_fact(article, doc[k + 1], place, "locatedIn", part,
                                       "comma-in", doc[k + 1].text, 0.65))
            continue
        if j + 2 < len(doc) and doc[j].lower_ in _CONTAINERS and doc[j + 1].lower_ == "of":
            runs, _end = _name_runs(doc, mentions, j + 3 if doc[j + 2].lower_ == "the" else j + 2)
            target = _settlement_entity(mentions, runs[0]) if len(runs) == 1 else None
        else:
            target = _settlement_target(doc, mentions, j) if j < len(doc) else None
        if target is not None and target.id != place.id:
            facts.append(make_fact(article, doc[k + 1], place, "locatedIn", target,
                                   "comma-in", doc[k + 1].text, 0.7))
    return facts


#: Adjectives after "in" that say the next name is a region the place lies in, with no comma:
#: "Kidal in northern Mali", "Jenin in the occupied West Bank".
_BEARING_ADJS = frozenset({"northern", "southern", "eastern", "western", "central", "northeastern",
                       "northwestern", "southeastern", "southwestern", "occupied"})


#: Participles of "Indian-administered Kashmir", "rebel-held Idlib": who controls the place.
_CONTROLLED = frozenset({"administered", "controlled", "held", "occupied", "run", "ruled"})


def _controlled(doc: Doc, n: int) -> int:
    """The index after "Xian-administered" / "rebel-held" starting at ``n`` (``n`` if none)."""
    if n + 3 < len(doc) and doc[n + 1].text == "-" and doc[n + 2].lower_ in _CONTROLLED \
            and doc[n].is_alpha:
        return n + 3
    return n


def _bearing_after(doc: Doc, k: int) -> bool:
    """Whether "in" at ``k`` opens a bearing ("in northern Y", "in the occupied Y",
    "in Indian-administered Y"): after a place, that says where it lies even with no comma
    ("troops entered Jenin in the occupied West Bank"), which a plain "in" does not ("talks
    in Doha in May")."""
    if k + 2 >= len(doc) or doc[k].lower_ != "in":
        return False
    n = k + 2 if doc[k + 1].lower_ == "the" else k + 1
    if _controlled(doc, n) > n:
        return doc[_controlled(doc, n)].is_title
    return n + 1 < len(doc) and doc[n].lower_ in _BEARING_ADJS and doc[n + 1].is_title


def _past_bearing(doc: Doc, j: int) -> int:
    """The index of the name after bearing words from ``j`` on ("the occupied", "northern",
    "Indian-administered")."""
    while j < len(doc) and (doc[j].lower_ in _COMPASS or _controlled(doc, j) > j):
        j = _controlled(doc, j) if _controlled(doc, j) > j else j + 1
    return j


def _untagged_bearing(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"Drones hit Odesa in southern Ukraine", "troops entered Jenin in the occupied West
    Bank": a town the tagger left untagged, right before a bearing in a named place, lies
    there (tagged places take :func:`_comma_container`)."""
    facts = []
    for k in mentions.positions(frozenset({"in"})):
        if k < 1 or not _bearing_after(doc, k):
            continue
        start = k
        while start > 0 and k - start < 3 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
                and mentions.mention_at(doc[start - 1]) is None:
            start -= 1
        if start == k or doc[start].ent_type_ not in ("", "GPE", "LOC", "NORP", "FAC") \
                or load_gazetteer().lookup(doc[start:k].text) is not None:
            continue
        j = _past_bearing(doc, k + 1)
        target = _settlement_target(doc, mentions, j) if j < len(doc) else None
        if target is None:
            continue
        place = mentions.entity(slug(doc[start:k].text), doc[start:k].text, "Location")
        place.aliases.add(doc[start:k].text)
        if place.type == "Location" and place.id != target.id:
            facts.append(make_fact(article, doc[k], place, "locatedIn", target, "comma-in",
                                   doc[k].text, 0.65))
    return facts


def _part_of_place(doc: Doc, mentions: Mentions, k: int) -> Entity | None:
    """"the (far) south-east of Xland", "the north of the country": the place of which a
    part is named, from token ``k`` on (a country may be named by "the country")."""
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    while k < len(doc) and (doc[k].text == "-" or doc[k].is_lower and (
            doc[k].lower_ in _PART_NOUNS or doc[k].lower_ in _COMPASS
            or doc[k].lower_ in ("far", "extreme"))):
        k += 1
    if k + 1 >= len(doc) or doc[k].lower_ != "of" or doc[k - 1].lower_ not in _PART_NOUNS:
        return None
    k += 1
    mention = mentions.mention_at(doc[k + 1] if doc[k].lower_ == "the" and k + 1 < len(doc)
                                  else doc[k])
    if mention is None or len(mention.entities) != 1:
        return None
    target = mention.entities[0]
    if mention.by_coref and target.type != "Country":
        return None  # "the country" may stand for a country; other references are too loose
    return target if target.type in _PLACE_ENDS else None


def _place_owner(doc: Doc, mentions: Mentions, start: int) -> Entity | None:
    """The place that owns the name starting at ``start`` ("Xland's Y township")."""
    if start < 2 or doc[start - 1].tag_ != "POS":
        return None
    mention = mentions.mention_at(doc[start - 2])
    if mention is None or mention.by_coref or len(mention.entities) != 1 \
            or mention.kind not in ("name", "capital", "state"):
        return None
    owner = mention.entities[0]
    return owner if owner.type in _PLACE_ENDS else None


def _untagged_place(mentions: Mentions, token: Token) -> Entity | None:
    """"east of Aleppo" with "Aleppo" tagged as a nationality and left without a mention:
    a capitalised proper noun after a bearing's "of" that the gazetteer does not know
    (as a demonym or anything else) is a place."""
    if mentions.mention_at(token) is not None or token.pos_ != "PROPN" or not token.is_title \
            or token.ent_type_ not in ("GPE", "LOC", "NORP") or load_gazetteer().lookup(token.text):
        return None
    return mentions.entity(slug(token.text), token.text, "Location")


def _settlement_target(doc: Doc, mentions: Mentions, j: int) -> Entity | None:
    """The place named at token ``j`` after "in": "in Y province", "in Xland's Y
    township" (the nearer place, the township)."""
    mention = mentions.mention_at(doc[j])
    if mention is None or mention.by_coref or len(mention.entities) != 1:
        return None
    k = mention.span.end + 1
    if k < len(doc) and doc[k - 1].tag_ == "POS":
        e = k
        while e < len(doc) and e < k + 4 and doc[e].is_title and not doc[e].is_punct:
            e += 1
        if k < e < len(doc) and doc[e].lower_ in _SETTLEMENTS:
            return _settlement_entity(mentions, doc[k:e])
        if not (k < len(doc) and doc[k].lower_ in _CONTAINERS):
            return None  # "Xville, in Yville's view": the place owns something else
    if mention.kind not in ("name", "capital", "state"):
        return None
    target = mention.entities[0]
    return target if target.type in _PLACE_ENDS else None


def _name_runs(doc: Doc, mentions: Mentions, k: int) -> tuple[list[Span], int]:
    """Capitalised names from token ``k`` on, joined by "and" / ",": the spans and the
    index after the last one."""
    runs: list[Span] = []
    while k < len(doc):
        start = k
        while k < len(doc) and doc[k].is_title and not doc[k].is_punct \
                or k > start and k + 1 < len(doc) and doc[k].text == "-" and doc[k + 1].is_title:
            k += 1
        if k == start or k - start > 4:
            break
        runs.append(doc[start:k])
        if k + 1 < len(doc) and doc[k].lower_ in ("and", ",") and doc[k + 1].is_title:
            k += 1
            continue
        break
    return runs, k


def _name_before(doc: Doc, mentions: Mentions, i: int) -> Span | None:
    """The capitalised name right before a settlement noun ("Dadaab camps"), or a
    mention that swallowed the noun ("Tal Nur village" tagged as one name)."""
    mention = mentions.mention_at(doc[i])
    if mention is not None and mention.span.end == i + 1 and len(mention.span) > 1:
        return mention.span[:-1]
    before = mentions.mention_at(doc[i - 1]) if i > 0 else None
    if before is not None and before.span.end == i and len(before.span) > 1:
        return before.span  # "the Ain al-Asad air base": a tagged name with particles
    start = i
    while start > 0 and start > i - 4 and doc[start - 1].is_title and not doc[start - 1].is_punct \
            and doc[start - 1].pos_ != "DET":  # "The Dadaab camps" opening a sentence
        start -= 1
    if start < i and all(t.tag_ == "JJ" for t in doc[start:i]):
        i += 1  # "Iraq's Kurdish region": an adjective names the place only with its noun
    return doc[start:i] if start < i and not doc[start].is_sent_start else None


def _settlement_entity(mentions: Mentions, run: Span, retype: bool = True) -> Entity | None:
    """The place a name in a settlement frame stands for (see :func:`_settlements`); with
    ``retype``, a person entity with no title named at most twice becomes a place."""
    known = {id(m): m for t in run for m in [mentions.mention_at(t)] if m is not None}
    if len(known) > 1:
        return None
    mention = next(iter(known.values()), None)
    if mention is not None:
        entity = mention.entities[0]
        if mention.by_coref or len(mention.entities) != 1:
            return None
        if retype and entity.type == "Person" and not mentions.titles.get(entity.id) \
                and len(entity.mentions) <= 2:
            entity.type = "Location"  # "the village of Xa Yb": a place, not a person
        return entity if entity.type == "Location" else None
    label = run.text
    place = mentions.entity(slug(label), label, "Location")
    place.aliases.add(label)
    return place if place.type == "Location" else None


# appositions that say a name is a settlement: "Xa, a town in Y"
_TOWN_NOUNS = frozenset({"town", "city", "village", "port", "district", "region", "province",
                         "township", "island"})


def _person_towns(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"Xa, a town in Ruritania's Y region": a name the tagger took for a person, described
    as a town, is a place (a person entity with no title, named once or twice); its
    apposition then places it as for any place (:func:`kg.resolve.places.place_relations`)."""
    from kg.resolve.places import place_relations  # late: places calls this module

    facts = []
    for mention in list(mentions.mention_list):
        entity = mention.entities[0]
        if mention.by_coref or entity.type != "Person" or len(mention.entities) != 1 \
                or mentions.titles.get(entity.id) or len(entity.mentions) > 2:
            continue
        root = mention.span.root
        nouns = [c for c in root.children if c.dep_ == "appos" and c.lower_ in _TOWN_NOUNS
                 and any(d.lower_ in ("a", "an", "the") for d in c.children)
                 and any(p.dep_ == "prep" and p.lower_ in ("in", "of") for p in c.children)]
        if nouns:
            entity.type = "Location"
            facts += place_relations(doc, mentions, article, mention.span, entity)
    return facts


#: Plural nouns of subdivisions after coordinated names ("North and South Kivu provinces").
_PLURAL_ADMIN = frozenset({"provinces", "regions", "districts", "states", "counties",
                           "governorates", "oblasts", "prefectures", "departments"})


def _respective(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"the cities of A and B in North and South Kivu provinces": coordinated places in as
    many coordinated subdivisions lie in them in order (A in North Kivu, B in South Kivu);
    a one-word conjunct shares the last one's name ("North" -> "North Kivu")."""
    facts = []
    for i in mentions.positions(_PLURAL_ADMIN):
        noun = doc[i]
        if noun.dep_ != "pobj" or noun.head.lower_ != "in" or noun.tag_ != "NNS":
            continue
        groups: list[list[Token]] = [[]]
        for tok in doc[noun.left_edge.i:noun.i]:
            if tok.lower_ in ("and", ","):
                groups.append([])
            elif tok.dep_ != "det":
                groups[-1].append(tok)
        if len(groups) < 2 or not all(g and all(t.text[:1].isupper() for t in g) for g in groups):
            continue
        shared = [t.text for t in groups[-1][1:]]
        names = [" ".join([t.text for t in g] + (shared if len(g) == 1 else [])) for g in groups]
        first = noun.head.head
        if first.pos_ == "NOUN":  # "the cities of A and B in ..."
            of = next((c for c in first.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            first = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        while first is not None and first.dep_ == "conj":
            first = first.head
        if first is None:
            continue
        places = sorted([first, *first.conjuncts], key=lambda t: t.i)
        found = [named_entity(mentions, t, ("Location",)) for t in places]
        if len(found) != len(names) or any(e is None for e in found):
            continue
        for tok, place, name in zip(places, found, names):
            container = next((e for e in mentions.entities.values() if e.label == name
                              and e.type in _PLACE_ENDS), None) \
                or mentions.entity(slug(name), name, "Location")
            if container.id != place.id:
                facts.append(make_fact(article, tok, place, "locatedIn", container,
                                       "respectively", noun.text, 0.6))
    return facts


def _described_capitals(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"ECOWAS envoys arrived in Niamey ... landed in the Nigerien capital": a country's
    capital described as such, named elsewhere in the article, lies in that country (the
    description says so; a capital merely named gives no fact, :data:`places.CAPITAL_FACTS`)."""
    capitals = load_gazetteer().capital_country
    facts, seen = [], set()
    for i in mentions.positions({"capital"}):
        noun = doc[i]
        if noun.pos_ != "NOUN" or not noun.is_lower or any(c.dep_ in ("appos", "prep") for c in noun.children) \
                or noun.dep_ == "appos" or mentions.entity_at(noun) is not None:
            continue  # (named right there: the described-place frame's)
        owners = {e.id: e for c in noun.children if c.dep_ in ("amod", "compound", "poss")
                  for e in [named_entity(mentions, c, ("Country",))] if e is not None}
        if len(owners) != 1:
            continue
        country = next(iter(owners.values()))
        city = next((e for e in mentions.entities.values() if e.type == "Location"
                     and capitals.get(e.label) == country.id and e.mentions), None)
        if city is not None and (city.id, country.id) not in seen:
            seen.add((city.id, country.id))
            facts.append(make_fact(article, noun, city, "locatedIn", country, "described-capital", noun.text, 0.8))
    return facts


#: verbs that hold a place to be part of another ("is recognised as part of", "considers X part of")
_HOLDING_AS = frozenset({"recognise", "recognize", "consider", "regard", "administer", "govern", "see", "view",
                         "treat", "claim", "count", "declare"})
#: verbs of a state's troops serving in a body's force ("has troops there as part of AMISOM")
_CONTRIBUTING = frozenset({"have", "deploy", "send", "station", "serve", "contribute", "keep", "maintain"})
#: nouns of a settlement named after "of" ("the city of Ishigaki")
_SETTLEMENT_NOUNS = frozenset({"city", "town", "village", "municipality", "island", "islands", "archipelago"})
#: nouns of a country's land whose owner is the whole ("part of China's territory")
_LAND_NOUNS = frozenset({"territory", "soil", "land", "country", "homeland", "motherland"})


#: verbs that report what a part of a place belongs to as someone's word or view
_CLAIMING = frozenset({"say", "insist", "stress", "reiterate", "maintain", "claim", "affirm", "state", "declare",
                       "assert", "point", "add", "tell", "underline", "emphasise", "emphasize", "argue", "regard",
                       "consider", "see", "view"})


def _claimant(mentions: Mentions, head: Token) -> tuple[str | None, str | None] | None:
    """(label, id) of who says or holds that a place is part of another ("The Kremlin said Crimea
    is part of Russia", "regarded by Morocco as part of Morocco"): the subject of a reporting
    verb above the clause, or the agent of a view; (None, None) when unnamed; None when the
    text states it itself."""
    node = head
    for _ in range(4):
        agents = [g for c in node.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if node.lemma_.lower() in _CLAIMING and node.dep_ != "acl":
            speakers = agents or [c for c in node.children if c.dep_ == "nsubj"]
            ent = next((e for t in speakers for e in [named_entity(mentions, t, coref=True)] if e is not None), None)
            return (ent.label, ent.id) if ent is not None else (None, None)
        if node.dep_ not in ("ccomp", "conj", "xcomp", "relcl", "advcl") or node.head is node:
            return None
        node = node.head
    return None


def _part_of(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"Arunachal Pradesh is an integral part of India", "Ren'ai Jiao is part of China's Nansha
    Qundao", "the enclave is internationally recognised as part of Azerbaijan", "most countries
    consider the two territories part of Georgia", "the islands, administered by Japan as part
    of the city of Ishigaki": a place that is part of another lies in it; "the border troops,
    which are part of the State Committee": a body that is part of another is its member."""
    facts = []
    for i in mentions.positions({"part"}):
        part = doc[i]
        if part.pos_ != "NOUN":
            continue
        whole = next((g for p in part.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj"), None)
        head = part.head
        contingent = False
        if whole is None or any(c.dep_ == "neg" for c in (*head.children, *part.children)):
            continue
        if part.dep_ in ("attr", "npadvmod", "acomp", "oprd") and head.lemma_ in ("be", "remain"):
            # ("is, and will remain, an integral part of Y": the subject of the first verb)
            top = head
            while top.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in top.children):
                top = top.head
            # ("X is, has been, and will always be part of Y": the first copula may hang as a clause)
            parts = [c for c in top.children if c.dep_ == "nsubj"] or [
                t for t in doc[part.sent.start:top.i] if t.dep_ == "nsubj" and t.head.lemma_ == "be"][-1:]
        elif part.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() in _HOLDING_AS:
            verb = head.head  # "is recognised as part of", "administered by Japan as part of"
            parts = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")] or (
                [verb.head] if verb.dep_ == "acl" else [])
        elif part.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() in _CONTRIBUTING:
            # "Kenya has troops in Somalia as part of AMISOM": a contingent of a mission
            verb = head.head
            parts = [c for c in verb.children if c.dep_ == "nsubj"]
            contingent = True
        elif part.dep_ in ("oprd", "ccomp", "xcomp", "dobj") and head.lemma_.lower() in _HOLDING_AS:
            # ("consider X part of Y" may be parsed with X as the subject of "part")
            parts = [c for c in head.children if c.dep_ == "dobj" and c.i != part.i] or \
                [c for c in part.children if c.dep_ == "nsubj"]
        else:
            continue
        # "X, which is part of Y": the relative's antecedent
        parts = [t.head.head if t.lower_ in ("which", "that") and t.head.dep_ == "relcl" else t for t in parts]
        owner = next((c for c in whole.children if c.dep_ == "poss"), None) if whole.lemma_.lower() in _LAND_NOUNS \
            else None
        # (a name the tagger took for a person is a place here: "Ren'ai Jiao is part of Nansha Qundao")
        target = named_entity(mentions, owner, ("Country",)) if owner is not None \
            else named_entity(mentions, whole, ("Location", "Country", "Organization")) \
            or _designated(mentions, whole) or _place_named(doc, mentions, whole, retype=True) \
            or (next((e for p in whole.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                      if g.dep_ == "pobj" for e in [named_entity(mentions, g, ("Location",))] if e), None)
                if whole.lower_ in DESIGNATORS | _SETTLEMENT_NOUNS else None)  # "part of the city of Ishigaki"
        if target is None or target.type not in ("Location", "Country", "Organization"):
            continue
        claimant = _claimant(mentions, head)
        for tok in parts:
            for t in (tok, *tok.conjuncts):
                if mentions.mention_at(t) is None and t.pos_ == "NOUN":
                    # "the Essequibo region": the name before a generic noun
                    t = next((c for c in t.children if c.dep_ == "compound" and mentions.mention_at(c)), t)
                ent = named_entity(mentions, t, ("Location", "Country", "Organization"), coref=True) \
                    or (_place_named(doc, mentions, t, retype=True) if target.type != "Organization" else None)
                if ent is None or ent.id == target.id:
                    continue
                if contingent:
                    if ent.type == "Country" and target.type == "Organization":
                        facts.append(make_fact(article, part, ent, "memberOf", target, "part-of", part.text, 0.65))
                elif _is_place(ent) and target.type in ("Location", "Country"):
                    fact = make_fact(article, part, ent, "locatedIn", target, "part-of", part.text, 0.75)
                    if claimant is not None:  # a side's claim, told as its word
                        fact = dataclasses.replace(fact, modality="reported", attributed_to=claimant[0],
                                                   attributed_to_id=claimant[1])
                    facts.append(fact)
                elif ent.type == "Organization" and target.type in ("Organization", "Country"):
                    facts.append(make_fact(article, part, ent, "memberOf", target, "part-of", part.text, 0.7))
    return facts


def frame_facts(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """All locatedIn facts of the frames above and of :mod:`kg.resolve.place_designators`
    (duplicates left to the caller)."""
    from kg.resolve.place_designators import designator_facts  # late: it imports places

    return (_respective(doc, mentions, article) + _person_towns(doc, mentions, article)
            + _described_places(doc, mentions, article) + _lies_in(doc, mentions, article)
            + _hosted(doc, mentions, article) + _settlements(doc, mentions, article)
            + _named_sites(doc, mentions, article) + _described_capitals(doc, mentions, article)
            + _comma_container(doc, mentions, article) + _untagged_bearing(doc, mentions, article)
            + _part_of(doc, mentions, article) + designator_facts(doc, mentions, article))
