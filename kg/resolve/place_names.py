"""Names a designator word makes places: "Daraa province", "Sokoto and Kebbi states", "the
Gara and Hakurk regions", "the Kidal region", "the province of Arauca".

The NER often calls an unknown province a person ("Sokoto"), an organisation ("Hakurk",
"Arauca") or a nationality ("Kidal"), or leaves it out. A lowercase designator noun that
heads its phrase ("province", "regions", "state", "governorate", "oblast" ...) says the
capitalised words right before it (or after "the <designator> of") name places:

- untagged words become a Location;
- a person entity with no title, named at most twice (or always after "the": "the
  Essequibo"), is retyped as a Location;
- an organisation the gazetteer does not know, whose name holds no word of a body, is
  retyped as a Location.

Countries, gazetteer names, demonyms and people with titles are left alone; a designator
used as a modifier ("the Biden state visit", "X state media") says nothing.

:func:`repeated_places` then retypes a person or unknown organisation whose name ends in
a feature word ("Second Thomas Shoal", "Sabina Shoal") and makes an untagged recurrence of
a one-word place name ("Essequibo makes up ...") a mention of that place; a place
written in capitals ("DUBAI, United Arab Emirates (AP) —") is labelled "Dubai".

The ends of a cable, pipeline or road ("the cable connecting Sventoji with Gotland") are
places too.

Both are called at the end of :func:`kg.resolve.entities.resolve_named`.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.resolve.focus import dateline
from kg.resolve.gazetteer import load_gazetteer, slug
from kg.resolve.mentions import Mentions

__all__ = ["designated_names", "designated_runs", "repeated_places", "retypable", "DESIGNATORS",
           "PLURAL_DESIGNATORS"]

#: Nouns of administrative subdivisions, singular.
DESIGNATORS = frozenset({"province", "region", "state", "governorate", "oblast", "district",
                         "prefecture", "county", "wilaya", "area", "sector"})
#: Their plurals ("Sokoto and Kebbi states").
PLURAL_DESIGNATORS = frozenset({"provinces", "regions", "states", "governorates", "oblasts",
                                "districts", "prefectures", "counties", "wilayas", "areas", "sectors"})
#: Nouns of settlements that make a place only of the name after "the ... of": "the town of
#: Dori", "the border city of Kaesong" ("Gaza City" is a name of its own).
_SETTLEMENTS = frozenset({"town", "city", "village", "municipality"})
_ALL = DESIGNATORS | PLURAL_DESIGNATORS | _SETTLEMENTS
# words of bodies that no place name holds ("the Security Council region"?)
_BODY_WORDS = frozenset({"ministry", "council", "party", "army", "forces", "front", "union",
                         "bank", "agency", "committee", "commission", "court", "group",
                         "movement", "police", "guard", "company", "corporation", "news"})
# "the <designator> of X": these take a name after "of" ("the province of Arauca")
_OF_DESIGNATORS = frozenset({"province", "region", "state", "governorate", "oblast",
                             "district", "prefecture", "county", "wilaya"})
# endings of nationality adjectives the NER tags NORP ("the Jewish state", "an Islamic state")
_ADJ_ENDINGS = ("ish", "ese", "ic", "ian", "an", "ean", "ite", "i")
#: Dependency labels of a designator that heads its own phrase (not "X state media").
_HEAD_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "conj", "appos", "attr",
                        "ROOT", "npadvmod", "oprd"})


def _runs(doc: Doc, noun: int) -> list[tuple[int, int]]:
    """The capitalised names a designator at ``noun`` names: the words before it, joined
    by "and" / ","; or the words after "the <designator> of"."""
    runs: list[tuple[int, int]] = []
    k = noun if doc[noun].lower_ not in _SETTLEMENTS else 0
    while k > 0:
        end = k
        while k > 0 and k > end - 4 and doc[k - 1].text[:1].isupper() and doc[k - 1].pos_ == "PROPN" \
                and not doc[k - 1].is_sent_start:
            k -= 1
        if k == end:
            break
        runs.append((k, end))
        if k >= 2 and doc[k - 1].lower_ in ("and", ",") and doc[k - 2].text[:1].isupper():
            k -= 1
            continue
        break
    if not runs and noun + 2 < len(doc) and doc[noun + 1].lower_ == "of" \
            and (doc[noun].lower_ in _OF_DESIGNATORS or doc[noun].lower_ in _SETTLEMENTS):
        k = noun + 2
        while k < len(doc) and k < noun + 6 and doc[k].text[:1].isupper() and doc[k].pos_ == "PROPN":
            k += 1
        if k > noun + 2:
            runs.append((noun + 2, k))
    return runs[::-1]


def retypable(mentions: Mentions, span: Span) -> bool:
    """Whether the mention covering exactly ``span`` may be retyped as a place (also used
    by :mod:`kg.resolve.place_frames` for "the Russian port of Ust-Luga")."""
    mention = mentions.mention_at(span[0])
    if mention is None or mention.by_coref or len(mention.entities) != 1 \
            or mention.span.start != span.start or mention.span.end != span.end:
        return False
    entity = mention.entities[0]
    if entity.type == "Person":
        return not mentions.titles.get(entity.id) and (
            len(entity.mentions) <= 2 or _always_the(span.doc, entity.mentions))
    if entity.type in ("Organization", "Group"):
        gaz = load_gazetteer()
        return entity.id not in gaz.orgs and gaz.lookup(span.text) is None \
            and not set(entity.label.lower().split()) & _BODY_WORDS \
            and mention.kind == "name" and not span.text.isupper()
    return False


def _always_the(doc: Doc, offsets) -> bool:
    """Whether "the" comes before every mention (character offsets) of a name: "the
    Essequibo region", "the Essequibo belonged to Venezuela" name a place, not a person."""
    for start, end in offsets:
        span = doc.char_span(start, end)
        if span is None or span.start == 0 or doc[span.start - 1].lower_ != "the":
            return False
    return True


def designated_runs(doc: Doc, mentions: Mentions) -> list[tuple[int, list[Span]]]:
    """Each designator noun heading its phrase, with the names it makes places (index of
    the noun, the name spans in text order)."""
    found = []
    for i in mentions.positions(_ALL):
        noun = doc[i]
        # "in Sokoto and Kebbi states" with "states" tagged a verb: the object of "in" is a noun
        if not noun.is_lower or noun.pos_ != "NOUN" and noun.dep_ != "pobj" \
                or noun.dep_ not in _HEAD_DEPS:
            continue
        spans = [Span(doc, start, end) for start, end in _runs(doc, i)]
        spans = [s for s in spans if not s.text.isupper()
                 and all(t.is_title or t.text[:1].isupper() for t in s)
                 and not (s[-1].ent_type_ == "NORP" and s[-1].lower_.endswith(_ADJ_ENDINGS))]
        if spans:
            found.append((i, spans))
    return found


def designated_names(doc: Doc, mentions: Mentions) -> None:
    """Type the names before (or after "the ... of") a designator noun as places (see the
    module docstring)."""
    gaz = load_gazetteer()
    for _i, spans in designated_runs(doc, mentions):
        for span in spans:
            start = span.start
            covered = [mentions.mention_at(t) for t in span]
            if all(m is None for m in covered):
                if gaz.lookup(span.text) is not None or doc[start].lower_ in ("the", "a"):
                    continue  # a demonym or a known name: "the Kurdish region"
                place = mentions.entity(slug(span.text), span.text, "Location")
                if place.type == "Location":
                    mentions.add(span, place)
            elif retypable(mentions, span):
                covered[0].entities[0].type = "Location"


#: Last words of the names of natural features, which no person's name ends in ("Second
#: Thomas Shoal" tagged as a person). Not "Lake", "Bay", "Hill": surnames.
_FEATURE_WORDS = frozenset({"Shoal", "Reef", "Atoll", "Island", "Islands", "Valley", "River",
                            "Strait", "Straits", "Peninsula", "Desert", "Plateau", "Gulf",
                            "Mountains", "Archipelago", "Cay", "Canal", "Glacier"})


#: Nouns of links between places: "the cable connecting Sventoji with Gotland".
_LINK_NOUNS = frozenset({"cable", "pipeline", "bridge", "road", "railway", "rail",
                         "tunnel", "corridor", "highway", "interconnector", "ferry"})
_LINK_VERBS = frozenset({"connect", "connects", "connected", "connecting", "link", "links",
                         "linked", "linking"})


def _linked_places(doc: Doc, mentions: Mentions) -> None:
    """"the cable connecting Sventoji in Lithuania with Sweden's Gotland island", "a
    pipeline that links Xa to Yb": the ends of a cable, pipeline or road are places; a
    person entity named there that :func:`retypable` allows is retyped as a Location."""
    for i in mentions.positions(_LINK_VERBS):
        verb = doc[i]
        if verb.pos_ != "VERB":
            continue
        link = verb.head if verb.dep_ in ("acl", "relcl") else \
            next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if link is None or link.lemma_.lower() not in _LINK_NOUNS:
            continue
        ends = [c for c in verb.children if c.dep_ == "dobj"]
        ends += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "to")
                 for g in c.children if g.dep_ == "pobj"]
        for tok in ends + [c for e in ends for c in e.conjuncts]:
            mention = mentions.mention_at(tok)
            if mention is not None and mention.entities[0].type == "Person" \
                    and retypable(mentions, mention.span):
                mention.entities[0].type = "Location"


def _capitalised_places(mentions: Mentions) -> None:
    """"DUBAI, United Arab Emirates (AP) —": a place name written in capitals (a
    dateline) is labelled as the text writes it elsewhere ("Dubai"), and is the same
    entity as those mentions; acronyms ("DMZ") keep their capitals. The dateline's
    place is a place whatever the NER said ("KHAN YOUNIS" tagged as a person)."""
    line = dateline(mentions.text)
    gaz = load_gazetteer()
    for mention in list(mentions.mention_list):
        entity = mention.entities[0]
        label = entity.label
        if len(mention.entities) != 1 or mention.by_coref or label != mention.span.text \
                or not label.isupper() or sum(c.isalpha() for c in label) < 4 \
                or " " not in label and len(label) < 5:
            continue
        placed = line is not None and mention.span.start_char < line.end \
            and label == line.place and entity.type in ("Person", "Organization") \
            and entity.id not in gaz.orgs and gaz.lookup(label) is None
        if entity.type != "Location" and not placed:
            continue
        cased = mentions.entity(slug(label.title()), label.title(), "Location")
        mentions.add(mention.span, cased, kind=mention.kind, overwrite=True)


def repeated_places(doc: Doc, mentions: Mentions) -> None:
    """A person entity whose name ends in a feature word is a place ("Second Thomas Shoal"),
    as is one a cable or pipeline links (:func:`_linked_places`); a one-word place name
    recurs untagged ("Essequibo makes up ..." after "the Essequibo region"): the
    recurrence is a mention of the place."""
    _linked_places(doc, mentions)
    _capitalised_places(mentions)
    gaz = load_gazetteer()
    for mention in mentions.mention_list:
        entity = mention.entities[0]
        if len(mention.entities) != 1 or mention.by_coref or len(entity.label.split()) < 2 \
                or entity.label.split()[-1] not in _FEATURE_WORDS:
            continue
        if entity.type == "Person" and not mentions.titles.get(entity.id) or \
                entity.type == "Organization" and entity.id not in gaz.orgs \
                and gaz.lookup(entity.label) is None:
            entity.type = "Location"  # "Sabina Shoal" tagged as a body
    names = {m.span.text: m.entities[0] for m in mentions.mention_list
             if len(m.span) == 1 and not m.by_coref and len(m.entities) == 1
             and m.entities[0].type == "Location" and m.entities[0].label == m.span.text
             and m.kind == "name" and m.span.text.istitle()}
    if not names:
        return
    for i in mentions.positions(set(names), lower=False):
        if i not in mentions._by_token and doc[i].pos_ == "PROPN" \
                and doc[i].ent_type_ in ("", "GPE", "LOC", "ORG"):
            mentions.add(doc[i:i + 1], names[doc[i].text])
