"""Place chains -> locatedIn facts (used by :func:`kg.extract.static.static_facts`).

Rules (the ``rule`` field of each fact):

- ``state-abbr`` / ``comma-state`` / ``comma``: "Rancho Mirage, Calif.", "Surrey, British
  Columbia", "Cartagena, Colombia", "The Hague, the Netherlands" (not in lists such as
  "Paris, London and Berlin"); ``comma-chain``: "Xa Township, Y Region, Ruritania" (each
  in the next).
- ``appos-place``: "Lima, the capital of Peru", "Crete, Greece's largest
  island", "Transnistria, a breakaway region on Moldova's eastern border";
  ``poss-place``: "the Kivu region's Rutshuru Valley".
- ``in-place`` / ``on-place``: "the International Criminal Court in The Hague", "the
  WHO headquarters in Geneva", "Aleppo province in northern Syria",
  "Cape Point on the Cape Peninsula", "its Arlit site in northern Niger" (a site named after
  its place); organisations only lie in places, not countries ("NATO in
  Afghanistan" is an operation).
  Not "a meeting of the X Committee in Y" (the meeting is in Y), "met the speaker of the
  X House in Y" nor "the Ministry of Foreign Affairs in <capital>" (a way of naming a
  government); a lowercase phrase ("off Ruritania's west coast") names no place.
- ``part-of``: "X is (widely seen as) part of Y", "X, which is part of Y", "X, a region
  internationally recognised as part of Y"; ``based-in``: "a Lima-based firm";
- ``facility-in``: "landed at Toussaint Louverture International Airport in Port-au-Prince"
  (a facility name the tagger missed), "Al Udeid Air Base in Qatar" (one it took for a
  body); "the Kuznica border crossing in northeastern Poland" is ``in-place``;
  ``appos-firm``: "Acme, a drone maker in the Udmurt Republic".
- ``possessed``: "Ruritania's Xland region", "Xville's Y Prison" (a site noun needed),
  "linking Ruritania with its Xland exclave";
  ``province-of``: "the Xland province of Ruritania". Bylines ("AP writers X in Y") and
  schemes ("Ruritania's Y Initiative") give no fact.
- ``capital`` / ``seat`` (off by default, :data:`CAPITAL_FACTS`): a capital named as a
  place lies in its country, a seat of government in the capital; ``appos-place`` also
  for "Xville, the capital," (the gazetteer knows whose).
- described places, settlements, "X, on the island of Y", "which lies in Y", "hosted by
  Xland in Y": :mod:`kg.resolve.place_frames`.
"""
from __future__ import annotations

import functools

from spacy.tokens import Doc, Span, Token

from kg.resolve.focus import dateline
from kg.resolve.gazetteer import load_gazetteer, slug
from kg.resolve.mentions import Mentions
from kg.resolve.place_names import retypable
from kg.types import Article, Entity, Fact

__all__ = ["place_facts", "make_fact", "named_entity", "affiliation", "is_institution",
           "place_relations", "CAPITAL_FACTS", "ADMIN_NOUNS"]

_FACILITY_NOUNS = frozenset({"headquarters", "embassy", "consulate", "building", "base",
                             "palace", "compound", "plant", "facility", "airport", "port",
                             "mission", "office", "offices", "center", "centre", "campus"})
_PLACE_ENDS = ("Location", "Country")
_PLACE_HEADS = frozenset({"province", "region", "city", "town", "village", "district", "state",
                          "county", "prefecture", "governorate", "oblast", "island", "valley", "sector"})
#: Sites named after the place they are at: "the Arlit site in Niger", "the Fordow plant in Iran".
_NAMED_SITES = frozenset({"site", "sites", "plant", "mine", "refinery", "facility", "reactor",
                          "dam", "airbase", "field", "complex", "crossing", "checkpoint",
                          "camp", "base", "airport", "port", "terminal", "airfield"})
#: Emit "<capital> locatedIn <country>" for every capital named as a place. Off:
#: on the dev set annotators rarely list these (2 matched, 9 unmatched).
CAPITAL_FACTS = False
# "A, <det> ... <noun> of/in B" gives A locatedIn B only for nouns of places
#: Compass words of "a town southeast of Xville".
_COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest",
                         "southeast", "southwest", "north-east", "north-west", "south-east",
                         "south-west"})
#: Nouns of a place's population: "a city of 280,000 people in Y".
_DWELLERS = frozenset({"people", "resident", "inhabitant", "person"})
_APPOS_PLACES = _PLACE_HEADS | {"capital", "port", "territory", "enclave", "resort", "area",
                                "islands", "peninsula", "archipelago", "suburb", "neighborhood",
                                "neighbourhood", "outpost", "base", "settlement", "municipality",
                                "headquarters", "seat", "islet", "atoll", "reef", "shoal"}

#: Breakaway states kept as countries (actors with leaders) that a text may place in the
#: country they broke from ("Somaliland, a breakaway region of Somalia").
_DE_FACTO = frozenset({"XSL", "XTR", "XAB", "XSO", "XNC"})


def make_fact(article: Article, token: Token, subj: Entity, pred: str, obj: Entity,
              rule: str, trigger: str, confidence: float) -> Fact:
    """A static fact with every field of the fact contract; the evidence is the
    token's sentence, as the extractor records it (same text and offsets).

    Static facts are states, not events: they carry no date (the article date
    would read as the day the state began)."""
    sent = token.sent
    return Fact(article=article.id, sentence=_sentence_text(article, sent),
                start=sent.start_char, end=sent.end_char, subject=subj.label, subject_id=subj.id,
                subject_type=subj.type, predicate=pred, object=obj.label, object_id=obj.id,
                object_type=obj.type, polarity="positive", modality="asserted",
                date=None, confidence=confidence, trigger=trigger, rule=rule)


def _sentence_text(article: Article, sent: Span) -> str:
    """``sent.text``, sliced from the article's text when the doc was parsed from it
    (``Span.text`` joins the sentence's tokens anew on every call), as
    :attr:`kg.resolve.mentions.Mentions.text` decides."""
    doc, text = sent.doc, article.text
    last = doc[len(doc) - 1]
    if isinstance(text, str) and len(text) == last.idx + len(last.text_with_ws):
        return text[sent.start_char:sent.end_char]
    return sent.text


def named_entity(mentions: Mentions, token: Token, types=None,
                 coref: bool = False) -> Entity | None:
    """The entity a token names (with ``coref``, also one it refers to: "the ministry")."""
    mention = mentions.mention_at(token)
    if mention is None or (mention.by_coref and not coref) or len(mention.entities) != 1:
        return None
    entity = mention.entities[0]
    return entity if types is None or entity.type in types else None


def affiliation(mentions: Mentions, tokens: list[Token], coref: bool = False) -> Entity | None:
    """The first country / organisation / group named among ``tokens`` (with
    ``coref``, also "the ministry", "its")."""
    for token in tokens:
        if _backer(token):
            continue
        ent = named_entity(mentions, token, ("Country", "Organization", "Group", "Location"), coref)
        if ent is not None and (ent.type != "Location" or is_institution(ent)):
            return ent
    return None


#: participles after a hyphen that make a name the body's backer, not the body ("UN-backed")
_BACKING = frozenset({"backed", "led", "sponsored", "brokered", "funded", "aligned", "allied", "supported",
                      "controlled", "run", "installed", "appointed", "recognised", "recognized", "based"})


def _backer(token: Token) -> bool:
    """Whether ``token`` is the X of "the X-backed council" (a backer, not the body named)."""
    doc = token.doc
    j = token.i + 1
    return j + 1 < len(doc) and doc[j].text == "-" and not doc[j].whitespace_ and not token.whitespace_ \
        and doc[j + 1].lower_ in _BACKING


# words of the names of institutions ("Centre for X Studies") the tagger may take for places
_INSTITUTION_WORDS = frozenset({"centre", "center", "institute", "institution", "university",
                                "foundation", "council", "academy", "college", "school",
                                "committee", "commission", "association", "society"})


def is_institution(entity: Entity) -> bool:
    """An entity typed as a place whose name says it is an institution ("the Centre for
    Strategic Studies", "Xville University"): it can employ people and have members."""
    words = entity.label.lower().split()
    return len(words) >= 2 and bool(set(words) & _INSTITUTION_WORDS) \
        and load_gazetteer().lookup(entity.label) is None


#: bearings before a country after a comma ("Tillaberi, western Niger")
_BEARINGS = frozenset({"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
                       "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern",
                       "south-western", "far-western", "far-eastern"})


def _place_after_comma(doc: Doc, mentions: Mentions, token: Token):
    """The place named right after "A," (and not followed by more list items)."""
    j = token.i + 1
    if j >= len(doc) or doc[j].text != ",":
        return None
    nxt = mentions.mention_at(doc[j + 1]) if j + 1 < len(doc) else None
    if nxt is None and j + 2 < len(doc) and doc[j + 1].lower_ in _BEARINGS:
        # "in Tillaberi, western Niger", "Cabo Delgado province, northern Mozambique"
        nxt = mentions.mention_at(doc[j + 2])
        if nxt is not None and (nxt.entities[0].type != "Country" or nxt.span.start != j + 2):
            return None
    if nxt is None and j + 2 < len(doc) and doc[j + 1].lower_ == "the":
        # "The Hague, the Netherlands": a country whose name takes the article
        nxt = mentions.mention_at(doc[j + 2])
        if nxt is not None and (nxt.entities[0].type != "Country" or nxt.kind != "name"
                                or _opens_clause(nxt.span)):
            return None
    if nxt is None or nxt.by_coref or nxt.kind not in ("name", "state", "capital"):
        return None  # "in Havana, Cuban leader X": a demonym starts a new phrase
    if nxt.span.root.dep_ in ("poss", "amod", "compound", "nmod") or \
            (nxt.span.end < len(doc) and doc[nxt.span.end].tag_ == "POS"):
        return None  # "PDVSA, Venezuela's state oil company": the place modifies a noun
    end = nxt.span.end
    if end < len(doc) and doc[end].lower_ in ("and", "or"):
        return None
    if end + 1 < len(doc) and doc[end].text == "," and mentions.entity_at(doc[end + 1]) is not None\
            and mentions.entity_at(doc[end + 1]).type in _PLACE_ENDS:
        return None
    return nxt


@functools.lru_cache(maxsize=1)
def _state_names() -> frozenset[str]:
    """Full names of US states and Canadian provinces (kg/data/us_states.csv,
    ca_provinces.csv): "Surrey, British Columbia" places the town as "Calif." does."""
    return frozenset(load_gazetteer().us_states.values())


def _chains(doc: Doc, mentions: Mentions, article: Article, capitals: bool) -> list[Fact]:
    gaz = load_gazetteer()
    line = dateline(mentions.text)
    facts: list[Fact] = []
    for mention in mentions.mention_list:
        if mention.by_coref:
            continue
        place = mention.entities[0]
        span = mention.span
        last = doc[span.end - 1]
        if place.type == "Location":
            after = _place_after_comma(doc, mentions, last)
            if after is not None:
                other = after.entities[0]
                prev = doc[span.start - 1] if span.start else None
                is_list = prev is not None and prev.text == "," and span.start >= 2 and \
                    mentions.entity_at(doc[span.start - 2]) is not None
                if span.start == 0 and not span.sent.text.strip().endswith((".", "?", "!")) or \
                        span.start == 0 and any(t.text in ("-", "–", "—") for t in doc[after.span.end:after.span.end + 2]) \
                        or line is not None and span.start_char < line.end:
                    if other.type == "Country" and other.id != place.id and not is_list \
                            and load_gazetteer().capital_country.get(place.label) != other.id:
                        # "VILNIUS, Lithuania (AP) —": the dateline places its city too (not a
                        # capital: annotators of 47 sets took "CARACAS, Venezuela" as known)
                        facts.append(make_fact(article, last, place, "locatedIn", other, "dateline",
                                               ",", 0.6))
                elif after.kind == "state" and not is_list:
                    facts.append(make_fact(article, last, place, "locatedIn", other, "state-abbr",
                                       after.span.text, 0.9))
                elif other.type == "Location" and other.label in _state_names() \
                        and place.label not in _state_names() and not is_list:
                    # "Palm Springs, California", "Surrey, British Columbia"
                    facts.append(make_fact(article, last, place, "locatedIn", other, "comma-state",
                                           ",", 0.8))
                elif other.type == "Country" and not is_list and other.id != place.id:
                    facts.append(make_fact(article, last, place, "locatedIn", other, "comma",
                                       ",", 0.8))
        if (place.type == "Location" or place.type == "Country" and place.id in _DE_FACTO) \
                and not _common_word(span):
            # "Transnistria, a separatist region of Moldova": a breakaway state lies in a country
            facts += place_relations(doc, mentions, article, span, place)
        elif place.type in ("Person", "Organization"):
            facts += _described_as_place(doc, mentions, article, span, place)
        if capitals and mention.kind in ("capital", "seat") and place.type == "Location":
            iso3 = mentions.place_country.get(place.id)
            if iso3:
                country = gaz.countries[iso3]
                if mention.kind == "capital":
                    target = mentions.entity(iso3, country.label, "Country")
                else:
                    capital = country.capitals[0]
                    target = mentions.entity(slug(capital), capital, "Location")
                facts.append(make_fact(article, span.root, place, "locatedIn", target, mention.kind,
                                   span.text, 0.6))
    return facts


def _next_in_chain(doc: Doc, mentions: Mentions, end: int):
    """The place mention right after the comma at ``end`` ("Xville, Y Region"), or None."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    k = end + 2 if doc[end + 1].lower_ == "the" else end + 1  # ", the Netherlands"
    nxt = mentions.mention_at(doc[k]) if k < len(doc) else None
    if nxt is None or nxt.by_coref or len(nxt.entities) != 1 or nxt.kind != "name" \
            or nxt.span.start != k or nxt.entities[0].type not in _PLACE_ENDS or _opens_clause(nxt.span):
        return None
    return nxt


def _opens_clause(span: Span) -> bool:
    """Whether a name after a comma is the subject of a new clause ("on the South Lawn,
    the UAE signed ..."), not the place the one before lies in."""
    return span.root.dep_ in ("nsubj", "nsubjpass")


def _comma_chains(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"a monastery in Xa Township, Y Region, Ruritania": a chain of places joined by
    commas, each in the next, that ends in a country (:func:`_chains` takes pairs alone).

    Not a list: every name but the last is a Location whose country, if known, is the
    last one, and no "and" / "or" (or a further place) follows ("Kyiv, Kharkiv, Odesa and
    Lviv"; "Paris, Berlin, Italy" mixes countries)."""
    facts = []
    for mention in mentions.mention_list:
        start = mention.span.start
        if mention.by_coref or len(mention.entities) != 1 or mention.kind != "name" \
                or mention.entities[0].type != "Location" \
                or start >= 2 and doc[start - 1].text == "," and mentions.entity_at(doc[start - 2]) is not None:
            continue  # a chain is read from its first name
        run = [mention]
        while len(run) < 5:
            nxt = _next_in_chain(doc, mentions, run[-1].span.end)
            if nxt is None:
                break
            run.append(nxt)
        end = run[-1].span.end
        country = run[-1].entities[0]
        if len(run) < 3 or country.type != "Country" or end < len(doc) and doc[end].lower_ in ("and", "or"):
            continue
        places = [m.entities[0] for m in run[:-1]]
        if any(p.type != "Location" or mentions.place_country.get(p.id, country.id) != country.id
               for p in places) or len({p.id for p in places}) < len(places):
            continue
        for inner, outer in zip(run, run[1:]):
            facts.append(make_fact(article, doc[inner.span.end - 1], inner.entities[0], "locatedIn",
                                   outer.entities[0], "comma-chain", ",", 0.7))
    return facts


def _described_as_place(doc, mentions, article, span: Span, entity: Entity) -> list[Fact]:
    """"Al Xafra, the air base in Ruritania", "Xtown, a village in Y province": a name the
    tagger took for a person or an unknown body, described in apposition by a place noun
    that says where it lies, is that place (retyped when the apposition places it; only a
    name :func:`kg.resolve.place_names.retypable` allows: no titled person, no known body)."""
    if not any(c.dep_ == "appos" and c.lemma_ in _APPOS_PLACES and c.is_lower
               for c in span.root.children) or not retypable(mentions, span):
        return []
    facts = [f for f in place_relations(doc, mentions, article, span, entity)
             if f.rule == "appos-place"]
    if facts:
        entity.type = "Location"
        for fact in facts:
            fact.subject_type = "Location"
    return facts


#: Parts of a place a town lies in: "a village in the east of Ruritania".
_SIDES = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast",
                    "southwest", "centre", "center", "heart", "middle", "interior"})


def place_relations(doc, mentions, article, span: Span, place: Entity) -> list[Fact]:
    """locatedIn facts of a place mention's own phrase: apposition ("Xa, the capital of
    Y"), possessive, "in" / "on" (used by :mod:`kg.resolve.place_frames` too)."""
    facts = []
    root = span.root
    # "Lima, the capital of Peru" / "Crete, Greece's largest island"
    for noun in (c for c in root.children if c.dep_ == "appos" and c.lemma_ in _APPOS_PLACES):
        target = None
        for child in noun.children:
            if child.dep_ in ("poss", "amod", "compound", "nmod") and target is None:
                # "Crete, Greece's largest island", "Doha, the Qatari capital"
                target = named_entity(mentions, child, _PLACE_ENDS)
            elif child.dep_ == "prep" and child.lower_ == "on" and target is None:
                # "Transnistria, a breakaway region on Moldova's eastern border"
                from kg.resolve.place_designators import side_owner  # late: it imports us
                target = next((e for c in child.children if c.dep_ == "pobj"
                               for e in [side_owner(mentions, c)] if e), None)
                # "Metula, a town on the border in northern Israel": the place the border is in
                target = target or next((e for c in child.children if c.dep_ == "pobj"
                                         for p in c.children if p.dep_ == "prep" and p.lower_ == "in"
                                         for g in p.children if g.dep_ == "pobj"
                                         for e in [named_entity(mentions, g, _PLACE_ENDS)] if e), None)
            elif child.dep_ == "prep" and child.lower_ in ("of", "in", "inside", "within", "off"):
                # ("a mountainous region inside Azerbaijan", "an island off Hwadae County")
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if objs and objs[0].lower_ in _SIDES:
                    # "Xa, a village in the east of Ruritania": the place the side is of
                    objs = [g for p in objs[0].children if p.dep_ == "prep" and p.lower_ == "of"
                            for g in p.children if g.dep_ == "pobj"]
                if objs and objs[0].lemma_ in _DWELLERS:
                    # "Xa, a city of 280,000 people in southern Ruritania"
                    objs = [g for p in objs[0].children if p.dep_ == "prep" and p.lower_ == "in"
                            for g in p.children if g.dep_ == "pobj"]
                target = target or (named_entity(mentions, objs[0], _PLACE_ENDS) if objs else None)
                if target is None and objs and objs[0].pos_ == "PROPN":
                    # "Parachinar, the headquarters of Kurram" (taken for a person), "... in
                    # Khyber Pakhtunkhwa" (untagged): the frame says the name is a place
                    target = _framed_place(mentions, objs[0])
                if target is None and objs and objs[0].lower_ in ADMIN_NOUNS:
                    # "Xa, a town in Ruritania's Xland region", "the capital of Ruritania's
                    # Punjab province" (the tagger may call "Punjab" an adjective)
                    target = next((e for c in objs[0].children if c.dep_ in ("compound", "amod")
                                   for e in [named_entity(mentions, c, ("Location",)) or (
                                       _known_place(mentions, c, create=True)
                                       if c.dep_ == "compound" else None)] if e), None) \
                        or _adjective_region(mentions, objs[0])
            elif child.lower_ in _COMPASS and target is None:
                # "Xa, a mountain town southeast of Xville": the place it lies by; "a town north
                # of Mount Sinjar in Nineveh province": the region both lie in
                objs = [g for p in child.children if p.dep_ == "prep" and p.lower_ == "of"
                        for g in p.children if g.dep_ == "pobj"]
                objs = [g for o in objs for p in o.children if p.dep_ == "prep" and p.lower_ == "in"
                        for g in p.children if g.dep_ == "pobj"] + objs
                objs = [c for o in objs for c in ([x for x in o.children if x.dep_ == "compound"]
                                                  if o.lower_ in ADMIN_NOUNS else [o])]
                target = next((e for o in objs for e in [named_entity(mentions, o, _PLACE_ENDS)] if e), None)
        iso3 = mentions.place_country.get(place.id)
        if target is None and noun.lemma_ == "capital" and iso3 in load_gazetteer().countries:
            # "Xville, the capital, ...": the gazetteer knows whose capital it is
            target = mentions.entity(iso3, load_gazetteer().countries[iso3].label, "Country")
        if target is not None and target.id != place.id:
            facts.append(make_fact(article, noun, place, "locatedIn", target, "appos-place",
                               noun.text, 0.8))
            # "Adwa and Axum, two historic towns in central Tigray": a plural description
            # set after a list describes every place listed
            facts += [make_fact(article, noun, other, "locatedIn", target, "appos-place", noun.text, 0.8)
                      for c in root.conjuncts if noun.tag_ == "NNS"
                      for other in [named_entity(mentions, c, ("Location",)) or _framed_place(mentions, c)]
                      if other is not None and other.id not in (place.id, target.id)]
    # "Xa, a mountain town southeast of Xville" parsed with the compass word as the head
    for word in (c for c in root.children if c.dep_ == "appos" and c.lower_ in _COMPASS
                 and any(g.dep_ == "compound" and g.lemma_ in _APPOS_PLACES for g in c.children)):
        objs = [g for p in word.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj"]
        target = named_entity(mentions, objs[0], _PLACE_ENDS) if objs else None
        if target is not None and target.id != place.id:
            facts.append(make_fact(article, word, place, "locatedIn", target, "appos-place",
                                   word.text, 0.8))
    # "the Kivu region's Rutshuru Valley" (not "China's Belt and Road Initiative": a
    # scheme the tagger took for a place)
    schemes = place.label.split()[-1].lower() in _SCHEME_WORDS
    # "China's far western Xinjiang region": the possessor of the place noun the name is compounded with
    holders = (root, root.head) if root.dep_ == "compound" and root.head.lower_ in _PLACE_HEADS else (root,)
    for poss in (c for h in holders for c in h.children if c.dep_ == "poss" and not schemes):
        target = named_entity(mentions, poss, _PLACE_ENDS) or next(
            (e for c in poss.lefts if c.dep_ == "compound"
             for e in [named_entity(mentions, c, _PLACE_ENDS)] if e), None)
        if target is not None and target.id != place.id:
            facts.append(make_fact(article, poss, place, "locatedIn", target, "poss-place",
                               poss.text, 0.75))
    facts += _in_place(doc, mentions, article, root, place)
    if root.dep_ == "compound" and (root.head.lower_ in _PLACE_HEADS or
                                    root.head.lower_ in _NAMED_SITES and root.head.is_lower):
        # "Idlib province in northwestern Syria", "its Arlit site in northern Niger", "the
        # Kuznica border crossing in northeastern Poland"
        facts += _in_place(doc, mentions, article, root.head, place)
    return facts


def _adjective_region(mentions: Mentions, noun: Token) -> Entity | None:
    """"Irbil, the capital of Iraq's Kurdish region": a capitalised adjective that is no
    country's names the region with its noun ("Kurdish region")."""
    adjective = next((c for c in noun.children if c.dep_ == "amod" and c.tag_ == "JJ"
                      and c.is_title and mentions.entity_at(c) is None), None)
    if adjective is None:
        return None
    label = f"{adjective.text} {noun.lower_}"
    return mentions.entities.get(slug(label)) or mentions.entity(slug(label), label, "Location")


def _framed_place(mentions: Mentions, token: Token) -> Entity | None:
    """The place a proper name stands for where the frame around it wants a place: a name
    taken for an untitled person or an unknown body becomes a place; untagged capitalised
    words (up to three, the name's compounds) become one."""
    mention = mentions.mention_at(token)
    if mention is not None:
        if len(mention.entities) == 1 and mention.entities[0].type in ("Person", "Organization") \
                and retypable(mentions, mention.span):
            mention.entities[0].type = "Location"
            return mention.entities[0]
        return None
    words = [t for t in token.subtree if t.dep_ == "compound" or t is token]
    if not token.is_title or len(words) > 3 or any(not t.is_title or mentions.entity_at(t) is not None for t in words) \
            or words[-1].i != token.i or any(b.i != a.i + 1 for a, b in zip(words, words[1:])):
        return None
    label = " ".join(t.text for t in words)
    place = mentions.entity(slug(label), label, "Location")
    if place.type != "Location":
        return None
    mentions.add(token.doc[words[0].i:token.i + 1], place, kind="name")
    return place


def _known_place(mentions: Mentions, token: Token, create: bool = False) -> Entity | None:
    """A place entity another rule made from this word ("Kursk" of "Russia's Kursk region");
    with ``create``, made here when no rule has yet and the word names nothing else (the
    rules run in mention order, and "Xa, a town in Y's Xland region" may come first)."""
    entity = mentions.entities.get(slug(token.text)) if token.is_title else None
    if entity is None and create and token.is_title and token.pos_ == "PROPN" and \
            mentions.entity_at(token) is None:
        entity = mentions.entity(slug(token.text), token.text, "Location")
    return entity if entity is not None and entity.type == "Location" else None


# last words of names of schemes, plans and treaties: never places
_SCHEME_WORDS = frozenset({"initiative", "program", "programme", "plan", "project", "deal",
                           "agreement", "treaty", "accord", "strategy", "pact"})
# "Associated Press writers X in Beirut and Y in Damascus": where reporters were
_BYLINE_NOUNS = frozenset({"writer", "correspondent", "reporter", "journalist",
                           "photographer", "editor"})


def _byline(doc: Doc, root: Token) -> bool:
    """"Associated Press writers X in Beirut": a name after a reporter noun."""
    return any(t.lemma_.lower() in _BYLINE_NOUNS or t.lower_.rstrip("s") in _BYLINE_NOUNS
               for t in doc[max(root.sent.start, root.i - 4):root.i])


#: Common nouns of events and topics, never places: "Gaza, the war in Ukraine".
_NO_PLACE_APPOSITIVES = frozenset({"war", "conflict", "crisis", "situation", "fighting", "violence",
                                   "tension", "unrest", "dispute", "issue", "problem", "question",
                                   "talks", "election", "peace", "security", "stability", "programme",
                                   "program", "threat", "attack", "invasion", "occupation", "offensive",
                                   "insurgency", "standoff", "escalation", "ceasefire", "truce"})


def _in_place(doc, mentions, article, root: Token, subject: Entity) -> list[Fact]:
    """"X in Y" / "X on Y" with X a place, facility or organisation."""
    facts = []
    heads = [root]
    # "the International Criminal Court (ICC) in The Hague": "in" may hang on the acronym
    # (a common noun in apposition must name a place: not "the situation in Gaza, the war in
    # Ukraine and ...", a list the parser hung as appositives)
    heads += [c for c in root.children if c.dep_ == "appos"
              and (c.pos_ == "PROPN" or c.lemma_.lower() not in _NO_PLACE_APPOSITIVES)]
    preps = [c for head in heads for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "on")]
    # the cheap test first: most place names have no "in" / "on" phrase
    if not preps or _byline(doc, root) or _deployed(subject):
        return facts
    for prep in preps:
        if prep.lower_ == "on" and subject.type != "Location":
            continue
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        if objs and objs[0].lower_ in _SIDES:
            # "North Kivu province in the east of the DRC": the place the side is of
            objs = [g for p in objs[0].children if p.dep_ == "prep" and p.lower_ == "of"
                    for g in p.children if g.dep_ == "pobj"] or objs
        if objs and _several_places(objs[0]):
            continue  # "in North Kivu and Ituri provinces": several places, none alone
        target = named_entity(mentions, objs[0], _place_types(subject)) if objs else None
        if objs and objs[0].lower_ in _PLACE_HEADS:
            # "near Engels in Russia's Saratov region": the region named, not its owner
            target = next((e for c in objs[0].children if c.dep_ == "compound"
                           for e in [named_entity(mentions, c, _place_types(subject))] if e is not None), target)
        if target is not None and target.id != subject.id \
                and not _seat_noise(mentions, root, subject, target) \
                and not _elsewhere(mentions, subject, target):
            facts.append(make_fact(article, prep, subject, "locatedIn", target,
                                   f"{prep.lower_}-place", prep.text, 0.7))
    return facts


#: Nouns of events: "a meeting of the Border Committee in X" places the meeting, not the body.
_EVENT_NOUNS = frozenset({"meeting", "meetings", "session", "sessions", "summit", "talks",
                          "gathering", "conference", "round", "sitting", "visit"})
_GOVERNMENT_WORDS = frozenset({"department", "ministry", "ministries", "office", "government"})
#: Nouns of people who hold a post in a body: "met the speaker of the X House in Y" (the
#: meeting is in Y).
_ROLE_NOUNS = frozenset({"speaker", "head", "chief", "leader", "chairman", "chairwoman", "chair",
                         "president", "director", "member", "spokesman", "spokeswoman",
                         "spokesperson", "envoy", "secretary", "ambassador", "delegation",
                         # "addressing lawmakers of his party in Y" (they met in Y)
                         "lawmaker", "legislator", "deputy", "official", "supporter",
                         "activist", "representative"})


def _seat_noise(mentions: Mentions, root: Token, subject: Entity, target: Entity) -> bool:
    """Whether "<organisation> in <place>" says where the organisation is only in
    passing: "a meeting of the X Committee in Y" (the meeting is in Y), "met the speaker
    of the X House in Y" (where they met), "the Department
    of Foreign Affairs in Manila", "the Federal Government in Xville" (a ministry or
    government named with its capital, a way of naming the government)."""
    if subject.type not in ("Organization", "Group"):
        return False
    head = root
    while head.dep_ in ("compound", "poss", "appos") and head.head is not head:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and (
            head.head.head.lower_ in _EVENT_NOUNS or head.head.head.lemma_ in _ROLE_NOUNS):
        return True
    return bool(set(subject.label.lower().split()) & _GOVERNMENT_WORDS) and \
        target.id in mentions.place_country


# last words of bodies sent somewhere: "the UN Mission in Xland" names where it operates
_OPERATION_WORDS = frozenset({"mission", "operation", "force", "forces", "contingent"})


def _deployed(subject: Entity) -> bool:
    """"the UN Mission in Xland", "the peacekeeping force in Y": an operation, not a seat."""
    return subject.label.split()[-1].lower() in _OPERATION_WORDS


#: Words of the names of research and teaching bodies, which stay where they
#: are: "the X Institute for China Studies in Germany" lies in the country ("NATO in
#: Afghanistan" is an operation; "the Security Council in Libya" a mission).
_SCHOOL_WORDS = frozenset({"institute", "university", "college", "academy", "school",
                           "centre", "center", "foundation"})


def _place_types(subject: Entity) -> tuple[str, ...]:
    # "NATO in Afghanistan" is an operation, not a seat: organisations lie in cities
    if subject.type == "Organization" and _SCHOOL_WORDS & set(subject.label.lower().split()):
        return _PLACE_ENDS
    return ("Location",) if subject.type in ("Organization", "Group") else _PLACE_ENDS


def _elsewhere(mentions: Mentions, place: Entity, target: Entity) -> bool:
    """Whether ``place`` lies in another country than ``target`` (or the country it lies in):
    "talks between Khartoum and Juba in Ethiopia", "... in Addis Ababa" name the sides,
    not places in Ethiopia (a capital's country is the gazetteer's; a capital lies in no place
    whose country is unknown)."""
    def home(entity: Entity) -> str | None:
        if entity.type == "Country":
            return entity.id
        capital = load_gazetteer().capitals.get(entity.label)
        return load_gazetteer().capital_country.get(capital) if capital \
            else mentions.place_country.get(entity.id)
    mine, theirs = home(place), home(target)
    if theirs is None and place.label in load_gazetteer().capitals:
        return True  # "envoys from Kyiv and Moscow in Istanbul": no capital lies in an unknown place
    return mine is not None and theirs is not None and mine != theirs


def _adjacent_in(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"the International Criminal Court (ICC) in The Hague" when the parser hangs
    "in" elsewhere: an organisation or place, an optional "(ACRONYM)", "in", a place."""
    facts = []
    for mention in mentions.mention_list:
        subject = mention.entities[0]
        if mention.by_coref or subject.type not in ("Organization", "Location") \
                or _common_word(mention.span):
            continue
        j = mention.span.end
        if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")":
            j += 3
        if j + 1 < len(doc) and doc[j].lower_ in ADMIN_NOUNS and subject.type == "Location":
            j += 1  # "North Kivu province in ..."
        # the cheap test first: few names are followed by "in"
        if j + 1 >= len(doc) or doc[j].lower_ != "in" \
                or _byline(doc, mention.span.root) or _deployed(subject):
            continue
        k = _after_in(doc, j)
        target = named_entity(mentions, doc[k], _place_types(subject)) if k < len(doc) else None
        if target is not None and target.id != subject.id and not _several_places(doc[k]) \
                and not _seat_noise(mentions, mention.span.root, subject, target) \
                and not _elsewhere(mentions, subject, target):
            facts.append(make_fact(article, doc[j], subject, "locatedIn", target, "in-place",
                               "in", 0.65))
            # "the regions of Donetsk and Luhansk in Ukraine": the places listed before lie in
            # the country too (not "talks between Xville and Yville in Z": capitals for sides)
            facts += [make_fact(article, doc[j], place, "locatedIn", target, "in-place", "in", 0.65)
                      for c in mention.span.root.conjuncts if c.i < mention.span.start
                      for place in [named_entity(mentions, c, ("Location",))]
                      if subject.type == "Location" and target.type in ("Country", "Location") and place is not None
                      and not _elsewhere(mentions, place, target)]
    return facts


def _common_word(span: Span) -> bool:
    """"Anger in Ankara deepened": a capitalised common noun opening a sentence that the
    tagger took for a name (one word, tagged a noun, not a proper noun)."""
    return len(span) == 1 and span[0].is_sent_start and span[0].pos_ == "NOUN"


def _after_in(doc: Doc, j: int) -> int:
    """The index of the place after the "in" at ``j``, past lowercase modifiers ("in
    central Tokyo", "in disputed Kashmir")."""
    k = j + 1
    while k < len(doc) and k - j <= 2 and doc[k].is_lower and (
            doc[k].pos_ in ("DET", "ADJ") or doc[k].tag_ == "VBN" and doc[k].dep_ == "amod"):
        k += 1
    if k + 1 < len(doc) and doc[k].lower_ in _COMPASS and doc[k + 1].lower_ == "of" and doc[k - 1].lower_ == "the":
        return _after_in(doc, k + 1)  # "in the east of the Democratic Republic of the Congo"
    return k


#: Last words of facility names: "Toussaint Louverture International Airport".
_FACILITY_NAME_WORDS = frozenset({"Airport", "Airbase", "Base", "Port", "Prison", "Hospital",
                                  "Crossing", "Checkpoint", "Camp", "Terminal", "Airfield"})


def _named_facilities(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"landed at Toussaint Louverture International Airport in Port-au-Prince", "the
    Al-Shifa Hospital in Gaza City": a capitalised facility name the tagger missed (or took
    for an event), right before "in" and a place, lies in that place. Names the tagger did
    find are places for the ``in-place`` rule, but for one taken for an unknown body ("Al
    Udeid Air Base" in a country: a body would lie in a city only)."""
    facts = []
    for i in mentions.positions(_FACILITY_NAME_WORDS, lower=False):
        if i + 2 >= len(doc) or doc[i + 1].text != "in":  # not a headline's "Base In Syria"
            continue
        mention = mentions.mention_at(doc[i])
        if mention is not None:
            body = named_entity(mentions, doc[i], ("Organization",))
            k = _after_in(doc, i + 1)
            target = named_entity(mentions, doc[k], ("Country",)) if k < len(doc) else None
            if body is not None and target is not None and mention.span.end == i + 1 \
                    and body.id not in load_gazetteer().orgs:
                facts.append(make_fact(article, doc[i + 1], body, "locatedIn", target,
                                       "facility-in", "in", 0.65))
            continue
        start, first = i, doc[i].sent.start
        while start > first and i - start < 6 and (
                doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN"
                or doc[start - 1].text == "-" and start - 2 >= first and doc[start - 2].is_title):
            start -= 1
        if start == i or doc[start].text == "-" or any(
                m.span.start < start for t in doc[start:i] for m in [mentions.mention_at(t)] if m):
            continue
        k = _after_in(doc, i + 1)
        target = named_entity(mentions, doc[k], _PLACE_ENDS) if k < len(doc) else None
        if target is None or _several_places(doc[k]):
            continue
        label = doc[start:i + 1].text
        facility = mentions.entity(slug(label), label, "Location")
        facility.aliases.add(label)
        if facility.type == "Location" and facility.id != target.id:
            facts.append(make_fact(article, doc[i + 1], facility, "locatedIn", target,
                                   "facility-in", "in", 0.65))
    return facts


#: a country's posts abroad ("the French embassy in Bamako")
_MISSION_NOUNS = frozenset({"embassy", "consulate", "mission", "office"})


def _missions_in(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"the French embassy in Bamako", "the Taiwanese Representative Office in Vilnius", "the
    Turkish military base on Qatari soil": a country's post named by its demonym lies in the
    place after "in" (the post is its own body here; as an actor it still stands for the country)."""
    facts = []
    for i in mentions.positions(_MISSION_NOUNS | {"base"}):  # (lower-cased words: "Embassy" too)
        noun = doc[i]
        if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() not in _MISSION_NOUNS | {"base"}:
            continue
        mods = [c for c in noun.subtree if c.dep_ in ("amod", "compound") and c.i < noun.i]
        owner = next((e for c in mods if c.ent_type_ == "NORP" or c.pos_ == "ADJ"
                      for e in [named_entity(mentions, c, ("Country",))] if e is not None), None)
        if owner is None:
            continue
        target = None
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "on")):
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                target = named_entity(mentions, obj, _PLACE_ENDS)
                if target is None and obj.lower_ in ("soil", "territory"):
                    # "on Qatari soil": the country named by its demonym
                    target = next((e for c in obj.children if c.dep_ in ("amod", "compound", "poss")
                                   for e in [named_entity(mentions, c, ("Country",))] if e is not None), None)
        if target is None or target.id == owner.id:
            continue
        start = min(t.i for t in noun.subtree if t.i <= noun.i and t.dep_ != "det")
        label = doc[start:i + 1].text
        post = mentions.entity(slug(label), label, "Organization")
        post.aliases.add(label)
        if post.type == "Organization":
            facts.append(make_fact(article, noun, post, "locatedIn", target, "mission-in", noun.text, 0.65))
    return facts


#: Site nouns that make the name before them a place ("the Vrbetice depot"), unlike a firm's plant or office.
_PLACE_SITES = frozenset({"depot", "arsenal", "shoal", "reef", "square", "district", "town", "village", "city",
                          "region", "province", "camp", "crossing", "checkpoint", "airbase", "field", "valley",
                          "island", "mine", "dam", "port", "oilfield", "gasfield", "formation", "basin"})
#: Lower-case nouns of sites a place name may be compounded with (also "the Al Xafra headquarters").
_SITE_WORDS = _NAMED_SITES | _FACILITY_NOUNS | _PLACE_SITES


def _site_in(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"the Vrbetice depot, in the Zlin region", "Kiwanja and
    Rutshuru, in North Kivu province": a name with a site noun before "in", or a place set off
    by a comma before "in", lies in the place after it. A name the tagger took for an unknown
    body or an untitled person becomes a place only with a site noun or an administrative noun
    after the place ("..., in North Kivu province")."""
    facts = []
    for mention in list(mentions.mention_list):
        if mention.by_coref or len(mention.entities) != 1 or mention.kind not in ("name", "place", "group"):
            continue
        ent = mention.entities[0]
        j = mention.span.end
        sited = j < len(doc) and doc[j].lower_ in _SITE_WORDS and doc[j].pos_ == "NOUN"
        j += sited
        comma = j < len(doc) and doc[j].text == ","
        j += comma
        if comma and j < len(doc) and doc[j].lower_ in ("both", "all", "also"):
            j += 1  # "Abqaiq and the Khurais oilfield, both in ...", "X, also in Y"
        if j >= len(doc) or doc[j].lower_ != "in" or not (sited or comma):
            continue  # (a plain "X in Y" is the in-place rule's)
        k = _after_in(doc, j)
        target = named_entity(mentions, doc[k], _PLACE_ENDS) if k < len(doc) else None
        if target is not None and target.type == "Country":
            # "both in Saudi Arabia's Eastern Province": the region the country's name owns
            end = mentions.mention_at(doc[k]).span.end
            owned = named_entity(mentions, doc[end + 1], ("Location",)) \
                if end + 1 < len(doc) and doc[end].tag_ == "POS" else None
            if owned is not None:
                target, k = owned, end + 1
        if target is None or target.id == ent.id or _several_places(doc[k]) or ent.type == "Country":
            continue
        target_span = mentions.mention_at(doc[k]).span
        admin = target_span.end < len(doc) and doc[target_span.end].lower_ in ADMIN_NOUNS
        if ent.type != "Location" and not ((sited and doc[mention.span.end].lower_ in _PLACE_SITES or admin)
                                           and retypable(mentions, mention.span)):
            continue  # ("the Siemens plant in Berlin": a firm's plant, the firm no place)
        if comma and not sited and ent.type == "Location" and target.type == "Country" \
                and mentions.place_country.get(ent.id) not in (None, target.id):
            continue  # a place known to lie elsewhere
        ent.type = "Location"
        head = doc[mention.span.end] if sited else mention.span.root  # ("the Khurais oilfield")
        places = [ent] + [e for c in (*mention.span.root.conjuncts, *head.conjuncts) if c.i < mention.span.start
                          for m in [mentions.mention_at(c)] if m is not None and not m.by_coref
                          for e in m.entities[:1] if e.type == "Location" and e.id != target.id]
        facts += [make_fact(article, doc[j], place, "locatedIn", target, "site-in", "in", 0.65) for place in places]
    return facts


def _several_places(token: Token) -> bool:
    """Whether ``token`` names one of several places under a plural head noun ("in North
    Kivu and Ituri provinces"): which of them holds the place before "in" is not said."""
    for _ in range(3):
        if token.tag_ == "NNS" and token.lemma_ in _PLACE_HEADS:
            return True
        if token.dep_ not in ("compound", "nmod", "conj") or token.head is token:
            return False
        token = token.head
    return False


#: Appositions that describe a business or body by what it does ("a drone maker in X").
_FIRM_NOUNS = frozenset({"maker", "manufacturer", "producer", "company", "firm", "supplier",
                         "exporter", "importer", "operator", "bank", "lender", "group",
                         "carrier", "shipper", "developer", "contractor", "refiner",
                         "university", "institute", "school", "hospital", "plant",
                         "factory", "refinery", "mine", "port", "newspaper", "broadcaster"})


def _described_orgs(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"Arvex, a drone maker in the Perm region": an organisation whose apposition
    places it."""
    facts = []
    for mention in mentions.mention_list:
        org = mention.entities[0]
        if mention.by_coref or org.type != "Organization" or len(mention.entities) != 1:
            continue
        for noun in (c for c in mention.span.root.children
                     if c.dep_ == "appos" and c.lemma_.lower() in _FIRM_NOUNS):
            for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "from")):
                objs = [c for c in prep.children if c.dep_ == "pobj"]
                target = named_entity(mentions, objs[0], ("Location",)) if objs else None
                if target is not None and target.id != org.id:
                    facts.append(make_fact(article, prep, org, "locatedIn", target,
                                           "appos-firm", prep.text, 0.65))
    return facts


def _facilities(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"the WHO headquarters in Geneva", "the French Embassy in Lima"."""
    facts = []
    for i in mentions.positions(_FACILITY_NOUNS):
        token = doc[i]
        if mentions.mention_at(token) is not None:
            continue
        lefts = [c for c in token.lefts if c.dep_ in ("compound", "amod")]
        owner = affiliation(mentions, lefts)
        preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "in"]
        if owner is None or not preps:
            continue
        start = min(c.left_edge.i for c in lefts)
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children) \
                or any(not t.is_alpha and t.text not in ("-", "'s", ".") for t in doc[start:token.i]):
            continue  # 'an Israeli "espionage headquarters" in Erbil': a description, no facility's name
        label = " ".join(t.text for t in doc[start:token.i + 1])
        facility = mentions.entity(slug(label), label, "Location")
        facility.aliases.add(label)
        facts += _in_place(doc, mentions, article, token, facility)
    return facts


#: Verbs of a recognised status: "a region internationally recognised as part of Y".
_SEEN_AS = frozenset({"recognise", "recognize", "consider", "regard", "see", "view", "know",
                      "acknowledge"})


#: Verbs that report a party's view: "Kyiv says Crimea is part of Ukraine".
_CLAIM_VERBS = frozenset({"say", "insist", "claim", "argue", "maintain", "assert", "declare",
                          "believe", "consider", "stress", "reiterate"})


def _part_of(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"X is (widely seen as) part of Y", "X, which is part of Y", "X, a region
    internationally recognised as part of Y": the place lies in Y. Not when negated
    ("X is not part of Y") nor claimed ("X is claimed as part of Y", "regarded by Z as
    part of Z", "Z says X is part of Z")."""
    facts = []
    for i in mentions.positions({"part"}):
        token = doc[i]
        prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        target = mentions.entity_at(obj) if obj is not None else None
        if target is None or target.type not in _PLACE_ENDS:
            continue
        verb = token.head if token.dep_ in ("attr", "pobj", "oprd") else None
        if verb is not None and verb.dep_ == "prep":
            verb = verb.head
        if verb is None or verb.lemma_ == "claim" \
                or any(c.dep_ in ("neg", "agent") for c in verb.children) \
                or verb.dep_ == "ccomp" and verb.head.lemma_ in _CLAIM_VERBS:
            continue  # not "X is not part of Y", "X, regarded by Y as part of Y", "Kyiv says
            # X is part of Y": claims
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lower_ in ("which", "that") and verb.dep_ == "relcl" \
                or subj is None and verb.dep_ == "acl" and verb.lemma_ in _SEEN_AS:
            subj = verb.head  # "X, which is part of Y", "a region recognised as part of Y"
        if subj is not None and subj.dep_ == "appos" and subj.lemma_ in _APPOS_PLACES:
            subj = subj.head  # "X, a region (which is) part of Y"
        place = mentions.entity_at(subj) if subj is not None else None
        if place is not None and place.id != target.id and (
                place.type == "Location" or place.type == "Country" and place.id in _DE_FACTO):
            facts.append(make_fact(article, token, place, "locatedIn", target, "part-of",
                               "part of", 0.7 if not mentions.is_resolved_by_coref(subj) else 0.5))
    return facts


# named sites a possessive place owns ("the capital's central prison")
_SITE_NOUNS = frozenset({"prison", "airport", "port", "base", "plant", "refinery", "camp",
                         "department", "province", "region", "district", "oblast", "county",
                         "governorate", "prefecture", "state", "exclave", "enclave", "island",
                         "islands", "territory", "upazila", "tehsil", "woreda", "raion"})


def _its_places(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"linking Azerbaijan with its Nakhchivan exclave", "Ruritania and its Xland
    province": "its" right after a country and one preposition or "and" is that country's;
    a name and a site noun after it lie in the country."""
    facts = []
    for i in mentions.positions({"its"}):
        if i < 2 or i + 2 >= len(doc) or doc[i - 1].pos_ not in ("ADP", "CCONJ"):
            continue
        owner = mentions.mention_at(doc[i - 2])
        if owner is None or owner.by_coref or len(owner.entities) != 1 \
                or owner.entities[0].type != "Country" or owner.span.end != i - 1:
            continue
        j = i + 1
        while j < len(doc) and doc[j].lower_ in _DIRECTIONS:
            j += 1
        words = []
        while j < len(doc) and len(words) < 3 and doc[j].is_title and doc[j].is_alpha:
            words.append(doc[j])
            j += 1
        if not words or j >= len(doc) or doc[j].lower_ not in _SITE_NOUNS or doc[j].pos_ != "NOUN":
            continue
        place = named_entity(mentions, words[0], ("Location",))
        if place is None and all(mentions.entity_at(t) is None for t in words):
            label = " ".join(t.text for t in words)
            place = mentions.entity(slug(label), label, "Location")
        if place is not None and place.id != owner.entities[0].id:
            facts.append(make_fact(article, words[0], place, "locatedIn", owner.entities[0],
                                   "possessed", "its", 0.7))
    return facts


def _untagged_district(doc: Doc, mentions: Mentions, mention) -> bool:
    """A body unknown to the gazetteer, possessive, before a name and an administrative noun
    ("Bandarban's Naikhongchhari upazila"): a place the tagger took for a body."""
    end = mention.span.end
    if mention.by_coref or mention.entities[0].id in load_gazetteer().orgs or end + 2 >= len(doc) \
            or doc[end].tag_ != "POS":
        return False
    i = end + 1
    while i < len(doc) and i < end + 4 and doc[i].is_title and not doc[i].is_punct:
        i += 1
    return i > end + 1 and i < len(doc) and doc[i].lower_ in ADMIN_NOUNS and doc[i].is_lower


def _possessed_places(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"Russia's Saratov region", "Colombia's Putumayo department", "Tehran's Evin
    Prison": a named place or site right after a possessive country or place lies in it.

    The possessed name must be a place mention or capitalised words ending in a site
    noun; "Russia's Kursk offensive" (no site noun, no place) gives nothing.
    """
    facts = []
    for mention in list(mentions.mention_list):
        owner = mention.entities[0]
        end = mention.span.end
        # "Ethiopia said fighting continued in its northern Tigray region": "its" for a country,
        # with an administrative noun after the name (the pronoun carries no "'s")
        its = mention.span.text.lower() == "its" and owner.type == "Country" and len(mention.entities) == 1
        if not its and owner.type == "Organization" and _untagged_district(doc, mentions, mention):
            owner.type = "Location"  # "Bandarban's Naikhongchhari upazila": the tagger's bodies are places
        if not its and (mention.by_coref or owner.type not in _PLACE_ENDS or len(mention.entities) != 1
                        or end >= len(doc) - 1 or doc[end].tag_ != "POS"
                        or mention.kind in ("seat", "pronoun", "government", "demonym")):
            continue
        capital = None if its else load_gazetteer().lookup(mention.span.text)
        if mention.kind == "metonym" and (capital is None or capital[0] != "capital"):
            continue  # "the Kremlin's aide": a seat of government, not a place here
        i = end if its else end + 1
        while i < len(doc) and doc[i].lower_ in _DIRECTIONS:
            i += 1  # "Ruritania's southern Xland region"
        first = i
        words = []
        while i < len(doc) and i < first + 4 and doc[i].is_title and not doc[i].is_punct:
            words.append(doc[i])
            i += 1
        if not words:
            continue
        place_mention = mentions.mention_at(words[0])
        place = place_mention.entities[0] if place_mention is not None else None
        site = i < len(doc) and doc[i].lower_ in _SITE_NOUNS and (
            doc[i].pos_ == "NOUN" or doc[i].is_lower and doc[i].lower_ in ADMIN_NOUNS)  # ("upazila": X)
        if its and not (site and doc[i].lower_ in ADMIN_NOUNS):
            continue
        if place is not None and place.type == "Organization" and site \
                and place.id not in load_gazetteer().orgs and place_mention.span.end == i:
            place = None  # "Ruritania's Xville department": a place the tagger took for a body
            words = [t for t in words if mentions.entity_at(t) is None] or words
        if place is not None and place.type == "Location" and (site or (
                not place_mention.by_coref and place_mention.span.start == words[0].i
                and place_mention.span[0].ent_type_ in ("GPE", "LOC", "FAC")
                and place.label.split()[-1].lower() not in _SCHEME_WORDS
                and (place_mention.span.end >= len(doc) or doc[place_mention.span.end].pos_ not in ("NOUN", "PROPN")))):
            # "Baghdad's Tahrir Square", "China's Xinjiang": a named place ending its phrase (not
            # "Russia's Mir card network", nor a scheme: "China's Belt and Road Initiative")
            target = place
        elif place is None and (site or all(mentions.entity_at(t) is None for t in words)) and (
                words[-1].lower_ in _SITE_NOUNS and len(words) >= 2 or site):
            label = " ".join(t.text for t in words)  # "Central Prison", "Perm" (region)
            if site and words[-1].tag_ == "JJ":
                label += " " + doc[i].lower_  # "Iraq's Kurdish region": no adjective is a place alone
            target = mentions.entity(slug(label), label, "Location")
            target.aliases.add(label)
        else:
            continue
        if owner.type == "Country" and capital is not None and capital[0] == "capital":
            # "the capital's central prison": the city, not the country it stands for elsewhere
            owner = mentions.entity(slug(capital[1]), capital[1], "Location")
        if target.id != owner.id:
            facts.append(make_fact(article, words[0], target, "locatedIn", owner, "possessed",
                                   mention.span.text + ("" if its else doc[end].text), 0.7))
    return facts


# compass adjectives between a possessive and a place: "Ruritania's southern Xland region"
_DIRECTIONS = frozenset({"northern", "southern", "eastern", "western", "central", "northeastern",
                         "northwestern", "southeastern", "southwestern", "outlying", "remote"})
#: Nouns of administrative divisions ("the Tigray region", "Bandarban's Naikhongchhari upazila").
ADMIN_NOUNS = frozenset({"province", "region", "department", "district", "oblast", "county",
                         "governorate", "prefecture", "state", "upazila", "tehsil", "woreda", "raion"})


#: Nouns of a named part "of" a place: "the X province of Y", "the X area of Y".
_PART_AREAS = ADMIN_NOUNS | {"area", "township", "municipality", "suburb", "neighborhood",
                              "neighbourhood", "quarter"}


def _province_of(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"the South Kivu province of Congo", "the Sunan area of Pyongyang": a named
    subdivision "of" a country or place."""
    facts = []
    for mention in list(mentions.mention_list):
        place = mention.entities[0]
        end = mention.span.end
        split = _split_part(mention.span) if not mention.by_coref and (
            place.type == "Location" or place.type == "Organization" and place.id not in load_gazetteer().orgs) else None
        if split is not None:
            # "the Upper Dir District of Khyber Pakhtunkhwa" tagged as one place: the part lies
            # in the place after "of" (a country when the gazetteer knows the name)
            known = load_gazetteer().lookup(split[1])
            record = load_gazetteer().countries.get(known[1]) if known and known[0] == "country" else None
            owner = mentions.entity(record.iso3, record.label, "Country") if record is not None \
                else mentions.entity(slug(split[1]), split[1], "Location")
            part = mentions.entity(slug(split[0]), split[0], "Location")
            if part.type == "Location" and owner.type in _PLACE_ENDS and part.id != owner.id:
                facts.append(make_fact(article, mention.span.root, part, "locatedIn", owner,
                                       "province-of", "of", 0.65))
            continue
        # "the Lower Chitral District of X": the noun inside the tagged name
        inside = len(mention.span) >= 2 and mention.span[-1].lower_ in _PART_AREAS \
            and mention.span[-1].is_title
        noun = end - 1 if inside else end
        if mention.by_coref or place.type != "Location" or noun + 2 >= len(doc) \
                or doc[noun].lower_ not in _PART_AREAS or doc[noun + 1].lower_ != "of":
            continue
        j = noun + 2
        if doc[j].lower_ == "the" and j + 1 < len(doc):
            j += 1
        if doc[j].lower_ in _BEARINGS and j + 1 < len(doc):
            j += 1  # "the Sagaing region of northwestern Myanmar"
        owner = named_entity(mentions, doc[j], _PLACE_ENDS)
        if owner is None and inside and doc[j].is_title and doc[j].pos_ == "PROPN":
            # "of Khyber Pakhtunkhwa", untagged
            head = doc[j]
            while head.dep_ == "compound" and head.head.i == head.i + 1:
                head = head.head
            owner = _framed_place(mentions, head)
        if owner is not None and owner.id != place.id:
            facts.append(make_fact(article, mention.span.root, place, "locatedIn", owner,
                                   "province-of", doc[noun].text + " of", 0.7))
    return facts


def _split_part(span) -> tuple[str, str] | None:
    """A place name the tagger read whole across "of" after a capitalised part noun ("Upper Dir
    District of Khyber Pakhtunkhwa"): the labels of the part and of the place after "of"."""
    words = [t for t in span if t.lower_ != "the"]
    k = next((i for i, t in enumerate(words[:-1]) if t.lower_ in _PART_AREAS and t.is_title
              and words[i + 1].lower_ == "of"), None)
    if k is None or k == 0 or k + 2 >= len(words) or not all(t.is_title for t in words[:k]):
        return None
    rest = words[k + 2:]
    if not all(t.is_title or t.lower_ == "of" for t in rest):
        return None
    return " ".join(t.text for t in words[:k + 1]), " ".join(t.text for t in rest)


#: nouns of parts of a district or front line named before "of" ("the Nikial sector of Kotli district")
_SECTORS = _PART_AREAS | {"sector", "sectors", "districts", "provinces", "areas", "villages", "towns",
                          "neighbourhoods", "neighborhoods", "suburbs", "quarters", "townships"}


def _untagged_part_of(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"the Krishna Ghati sector of Poonch district", "the Nikial and Khuiratta sectors of
    Kotli district": capitalised names the tagger missed before a part noun and "of" lie in
    the place after "of" (which may itself be untagged: "of Kotli district")."""
    facts = []
    for i in mentions.positions(_SECTORS):
        if i < 2 or i + 2 >= len(doc) or doc[i + 1].lower_ != "of" or doc[i].pos_ != "NOUN":
            continue
        # the names before the noun: capitalised runs joined by "and" / ","
        names, run, k = [], [], i - 1
        while k > i - 3 and doc[k].pos_ == "ADJ" and doc[k].is_lower:
            k -= 1  # "the Kurram tribal district of X": a kind of district between name and noun
        while k > doc[i].sent.start and (doc[k].is_title and doc[k].pos_ in ("PROPN", "NOUN", "ADJ")
                                          or doc[k].lower_ in ("and", ",") and run):
            if doc[k].lower_ in ("and", ","):
                names.append(run)
                run = []
            else:
                run.insert(0, doc[k])
            k -= 1
        if run:
            names.append(run)
        if not names or doc[k].lower_ != "the" or any(
                m is not None and (m.span.start < r[0].i or m.span.end > r[-1].i + 1 or m.entities[0].type != "Location"
                                   and not retypable(mentions, m.span))
                for r in names for t in r for m in [mentions.mention_at(t)]):
            continue  # (a name already read as a place, whole, is kept; an unknown body or person becomes one)
        j = i + 2 + (doc[i + 2].lower_ == "the")
        owner = named_entity(mentions, doc[j], _PLACE_ENDS)
        if owner is None and j < len(doc) and doc[j].is_title and doc[j].pos_ == "PROPN":
            owner = _framed_place(mentions, doc[j] if doc[j].dep_ != "compound" else doc[j].head)
        if owner is None:
            continue
        for r in names:
            if len(r) > 3:
                continue
            known = mentions.mention_at(r[0])
            if known is not None and known.entities[0].type in ("Person", "Organization"):
                known.entities[0].type = "Location"  # (checked retypable above)
            label = " ".join(t.text for t in r)
            place = known.entities[0] if known is not None else mentions.entity(slug(label), label, "Location")
            if place.type == "Location" and place.id != owner.id:
                if known is None:
                    mentions.add(doc[r[0].i:r[-1].i + 1], place, kind="name")
                facts.append(make_fact(article, doc[i], place, "locatedIn", owner, "part-of-untagged",
                                       doc[i].text + " of", 0.65))
    return facts


_BASED = frozenset({"based", "registered", "headquartered"})


def _based(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"a Lima-based firm", "Xville-registered Acme Ltd": the organisation lies in the place."""
    facts = []
    for i in mentions.positions(_BASED):
        word = doc[i]
        if i < 2 or doc[i - 1].text != "-" or word.dep_ != "amod":
            continue
        place = mentions.mention_at(doc[i - 2])
        if place is not None and place.span.end > i:
            place = None  # "Rotterdam-based" tagged whole as a person: no place's mention
        org = mentions.mention_at(word.head)
        if org is None and word.head.dep_ == "appos":
            org = mentions.mention_at(word.head.head)  # "the X Institute, a Lima-based think tank"
        k = word.head.left_edge.i
        if org is None and k >= 2 and doc[k - 1].text == "," and doc[k].lower_ in ("a", "an", "the"):
            # the same with the apposition hung elsewhere by the parser: the name right before the comma
            org = mentions.mention_at(doc[k - 2])
            org = org if org is not None and org.span.end == k - 1 else None
        if org is None or org.by_coref or place is not None and place.by_coref:
            continue
        where = place.entities[0] if place is not None else _untagged_base(mentions, doc[i - 2])
        if where is None:
            continue
        what = org.entities[0]
        if where.type in _PLACE_ENDS and what.type in ("Organization", "Group") and where.id != what.id:
            facts.append(make_fact(article, word, what, "locatedIn", where, "based-in",
                                   f"-{word.text}", 0.7))
    return facts


def _untagged_base(mentions: Mentions, token: Token) -> Entity | None:
    """"Xville-based Acme Corp" with "Xville" left without a mention of its own: a
    capitalised name before "-based" that the gazetteer does not know is a place. At a
    sentence's start only a proper noun counts ("Community-based groups": a common word)."""
    if not token.is_title or not token.is_alpha \
            or (token.is_sent_start and token.pos_ != "PROPN") or load_gazetteer().lookup(token.text):
        return None
    return mentions.entity(slug(token.text), token.text, "Location")


def _untagged_dateline(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"SKHIRAT, Morocco (AFP) -": a dateline town no tagger knows, before the country the
    line names, lies in that country (a known city gets its fact from :func:`_chains`)."""
    line = dateline(mentions.text)
    if line is None or line.iso3 is None or not line.place.isupper():
        return []
    words = line.place.split()
    if len(doc) <= len(words) + 1 or [t.text for t in doc[:len(words)]] != words or doc[len(words)].text != ",":
        return []
    tagged = {id(m): m for i in range(len(words)) for m in [mentions.mention_at(doc[i])] if m is not None}
    if any(m.entities[0].type != "Organization" or m.entities[0].id in load_gazetteer().orgs
           for m in tagged.values()):
        return []  # a known place (:func:`_chains`) or body; an unknown "organisation" is the town
    country = mentions.entity_at(doc[len(words) + 1])
    if country is None or country.type != "Country" or country.id != line.iso3:
        return []  # the country must be named right after the town, not only inferred
    label = " ".join(w.capitalize() if "-" not in w else "-".join(p.capitalize() for p in w.split("-"))
                     for w in words)
    place = mentions.entity(slug(label), label, "Location")
    mentions.add(doc[:len(words)], place, kind="name", overwrite=True)
    return [make_fact(article, doc[len(words) - 1], place, "locatedIn", country, "dateline", ",", 0.6)]


#: prepositions before a place name ("in Tillaberi, western Niger")
_LOCATIVE = frozenset({"in", "near", "at", "outside", "around", "from", "to", "into", "towards", "toward"})


def _untagged_comma_places(doc: Doc, mentions: Mentions) -> None:
    """"attacked a checkpoint in Tillaberi, western Niger": a capitalised name the tagger
    missed, after a place preposition and before a comma and a country, is a place (the
    ``comma`` rule then places it in the country)."""
    for i in mentions.positions(_LOCATIVE):
        k = i + 1
        while k < len(doc) and k - i <= 3 and doc[k].pos_ == "PROPN" and doc[k].is_title \
                and mentions.mention_at(doc[k]) is None and not doc[k].ent_type_ in ("PERSON", "DATE", "TIME"):
            k += 1
        if k == i + 1 or k >= len(doc) - 1 or doc[k].text != ",":
            continue
        nxt = k + 1 + (doc[k + 1].lower_ in _BEARINGS)
        after = mentions.mention_at(doc[nxt]) if nxt < len(doc) else None
        if after is None or after.by_coref or after.entities[0].type != "Country" or after.span.start != nxt \
                or (after.span.end < len(doc) and doc[after.span.end].tag_ == "POS"):
            continue
        label = " ".join(t.text for t in doc[i + 1:k])
        place = mentions.entity(slug(label), label, "Location")
        if place.type == "Location":
            mentions.add(doc[i + 1:k], place, kind="name")


#: plural place nouns after "and other" ("Kyiv and other cities across Ukraine")
_OTHER_PLACES = frozenset({"cities", "towns", "villages", "ports", "regions", "provinces", "areas", "parts"})


def _and_other_places(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"struck Kyiv and other cities across Ukraine", "Goma and other towns in eastern Congo":
    the place named before "and other <places>" lies where those places do."""
    facts = []
    for i in mentions.positions(_OTHER_PLACES):
        if i < 3 or i + 2 >= len(doc) or doc[i - 1].lower_ != "other" or doc[i - 2].lower_ != "and" \
                or doc[i + 1].lower_ not in ("in", "across", "throughout"):
            continue
        place = mentions.mention_at(doc[i - 3])
        k = i + 2 + (doc[i + 2].lower_ in _BEARINGS or doc[i + 2].lower_ == "the")
        target = named_entity(mentions, doc[k], _PLACE_ENDS) if k < len(doc) else None
        if place is None or place.by_coref or target is None:
            continue
        where = place.entities[0]
        if place.kind in ("capital", "metonym") and where.type == "Country":
            # "Kyiv and other cities": the capital itself, not the country it stands for
            label = place.span.text
            where = mentions.entities.get(slug(label)) or mentions.entity(slug(label), label, "Location")
        if where.type != "Location" or where.id == target.id:
            continue
        facts.append(make_fact(article, doc[i + 1], where, "locatedIn", target, "and-other", doc[i + 1].text, 0.7))
    return facts


def place_facts(doc: Doc, mentions: Mentions, article: Article,
                capitals: bool = CAPITAL_FACTS) -> list[Fact]:
    """All locatedIn facts of an article (duplicates left to the caller)."""
    from kg.resolve.place_frames import frame_facts  # late: place_frames builds on this module

    _untagged_comma_places(doc, mentions)
    facts = (_chains(doc, mentions, article, capitals) + _comma_chains(doc, mentions, article)
             + _facilities(doc, mentions, article)
             + _adjacent_in(doc, mentions, article) + _named_facilities(doc, mentions, article)
             + _site_in(doc, mentions, article) + _missions_in(doc, mentions, article)
             + _and_other_places(doc, mentions, article)
             + _part_of(doc, mentions, article)
             + _described_orgs(doc, mentions, article)
             + _based(doc, mentions, article) + _possessed_places(doc, mentions, article)
             + _its_places(doc, mentions, article)
             + _province_of(doc, mentions, article) + _untagged_part_of(doc, mentions, article)
             + frame_facts(doc, mentions, article)
             + _untagged_dateline(doc, mentions, article))
    # "off South Korea's west coast" tagged as a place: a lowercase phrase names no place
    return [f for f in facts if f.subject != f.subject.lower()]
