"""National bodies and government phrases: ministries, armed forces, "the Chinese
government".

- Ministries ("Peru's Foreign Ministry", "the Foreign Ministry of Ghana") become
  one Organization per country and ministry, labelled with the demonym
  ("Iranian Foreign Ministry"); ``mentions.org_country`` links it to the country.
- Armed forces named after a country word ("a Chilean Air Force plane") become an
  Organization ("Colombian Air Force").
- Government phrases ("the Chinese government", "China's officials", "Indian
  troops", "government of Japan"): the head noun stands for the Country.
- Party names before "government" / "party" ("his Ruritanian Hope government",
  "the Green Dawn party"): one Organization, even when the name starts with a
  demonym; later uses of the same words name it too (:func:`party_names`).
"""
from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Doc

from kg.resolve.focus import cached_focal
from kg.resolve.gazetteer import load_gazetteer, slug
from kg.resolve.mentions import Mentions
from kg.resolve.officeholders import dictionary_target

__all__ = ["ministries", "armed_forces", "lowercase_bodies", "governments", "leader_governments", "party_names",
           "GOVERNMENT_NOUNS", "PARTY_HEADS"]

#: Nouns that, modified by a country, stand for that country as an actor.
GOVERNMENT_NOUNS = frozenset({
    "government", "governments", "administration", "official", "officials", "authorities",
    "leadership", "regime", "troops", "soldiers", "forces", "military", "army", "navy",
    "side", "delegation", "diplomats", "cabinet", "negotiators", "state", "leaders",
    "spokesman", "spokeswoman", "spokesperson", "mission", "embassy", "rulers", "generals",
})
#: Media nouns that stand for their country only when the state runs them ("Chinese
#: state media", "Iran's state television", "North Korea's official news agency").
_STATE_MEDIA = frozenset({"media", "television", "tv", "broadcaster", "agency", "newspaper", "radio"})
_STATE_WORDS = frozenset({"state", "official", "government"})
_FORCE_HEADS = frozenset({"Army", "Navy", "Force", "Forces", "Guard", "Corps", "Police"})
_MINISTRY = frozenset({"ministry", "ministries"})
#: Lowercase two-word names of national bodies ("China's coast guard", "the Thai air
#: force"): head word -> the words before it that make the name.
_LOWER_BODIES = {
    "guard": frozenset({"coast", "border", "national", "presidential"}),
    "guards": frozenset({"border", "presidential"}),
    "force": frozenset({"air"}),
    "police": frozenset({"border", "national", "federal", "secret", "military"}),
    "service": frozenset({"intelligence", "security"}),
    "intelligence": frozenset({"military", "defence", "defense"}),
}
#: Lowercase one-word bodies right after their country word ("the Thai army").
_LOWER_ONE_WORD = frozenset({"army", "navy"})
_LED_BODIES = frozenset({"government", "administration", "regime", "cabinet"})


def armed_forces(doc: Doc, mentions: Mentions) -> None:
    """"a Chilean Air Force plane": capitalised force names after a country word."""
    for i in mentions.positions(_FORCE_HEADS, lower=False):
        token = doc[i]
        if token.i in mentions._by_token:
            continue
        start = token.i
        while start > 0 and doc[start - 1].text[:1].isupper() and \
                doc[start - 1].i not in mentions._by_token and doc[start - 1].pos_ == "PROPN":
            start -= 1
        prev = mentions.entity_at(doc[start - 1]) if start > 0 else None
        if prev is None or prev.type != "Country":
            continue
        end = token.i + 1
        if end + 1 < len(doc) and doc[end].lower_ in ("for", "of"):
            # "the Philippine National Task Force for the West Philippine Sea": the name goes on
            first = end + 2 if doc[end + 1].lower_ == "the" else end + 1
            stop = first
            while stop < len(doc) and doc[stop].text[:1].isupper() and doc[stop].pos_ in ("PROPN", "ADJ"):
                stop += 1
            if stop > first:
                end = stop
        # ("the Sri Lankan Navy", "a Royal New Zealand Air Force plane": the whole country
        # word, and a "Royal" before it)
        country_span = mentions.span_at(doc[start - 1])
        first = country_span.start if country_span is not None and country_span.end == start else start - 1
        if first > 0 and doc[first - 1].text == "Royal":
            first -= 1
        label = f"{doc[first:start].text} {doc[start:end].text}"
        org = mentions.entity(slug(label), label, "Organization")
        if end > token.i + 1:
            mentions.org_country[org.id] = prev.id  # the force's name ends past its head noun
        mentions.add(doc[start:end], org, overwrite=end > token.i + 1)


def lowercase_bodies(doc: Doc, mentions: Mentions) -> None:
    """"China's coast guard", "the Thai air force", "the Thai army": a national
    body named in lowercase after its country word is one Organization per country,
    labelled like the capitalised name ("Chinese Coast Guard"); the memberships stage
    links it to the country. ("Ruritania's central bank" stays the country's: money
    deposited in it aids the country.)"""
    gaz = load_gazetteer()
    replaced: set[str] = set()
    named_forces = _named_forces(mentions)
    for i in mentions.positions(_LOWER_BODIES.keys() | _LOWER_ONE_WORD | {"military"}):
        head = doc[i]
        if i < 1 or not head.text.islower():
            continue
        if head.lower_ == "military" and (i + 1 >= len(doc) or doc[i + 1].pos_ in ("NOUN", "PROPN")):
            continue  # "Sudan's military leader": a modifier
        first = i - 1 if doc[i - 1].lower_ in _LOWER_BODIES.get(head.lower_, ()) else i
        if first == i and head.lower_ not in _LOWER_ONE_WORD:
            continue
        word = first - 1
        if word > 0 and doc[word].text in ("'s", "’s"):
            word -= 1  # "China's coast guard"
        country = mentions.entity_at(doc[word]) if word >= 0 else None
        if country is None or country.type != "Country" or mentions.span_at(doc[word]).end != word + 1:
            continue
        if i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN" and doc[i + 1].text[:1].isupper():
            continue  # "the coast guard Commander X": a title, left to the title rules
        if head.lower_ == "intelligence" and i + 1 < len(doc) and doc[i + 1].pos_ == "NOUN":
            continue  # "Russia's military intelligence agency, the GRU": a modifier of the body's noun
        force = named_forces.get(country.id) if head.lower_ in ("army", "military") else None
        if head.lower_ == "military" and force is None:
            continue  # ("Sudan's military" with no force named: the country's, as before)
        record = gaz.countries.get(country.id)
        prefix = record.demonyms[0] if record and record.demonyms else country.label
        label = " ".join([prefix] + [t.text.title() for t in doc[first:i + 1]])
        # "the Sudanese Armed Forces (SAF) ... Sudan's army": the force the article names
        org = force or mentions.entity(slug(label), label, "Organization")
        span = doc[first:i + 1]
        replaced.update(e.id for t in span for e in mentions.entities_at(t) if e is not org)
        if mentions.add(span, org, overwrite=True) is not None:
            org.aliases.add(doc[word:i + 1].text)
    mentions.drop_orphans(replaced)


_FORCE_NAME_WORDS = ("Armed Forces", "Army", "Defense Forces", "Defence Forces", "Tatmadaw")


def _named_forces(mentions: Mentions) -> dict:
    """Country id -> the one national army the article names as such ("the Sudanese Armed
    Forces (SAF)", a gazetteer body of that country, not a branch of another)."""
    gaz = load_gazetteer()
    found: dict[str, dict] = {}
    for mention in mentions.mention_list:
        ent = mention.entities[0]
        record = gaz.orgs.get(ent.id)
        if mention.by_coref or ent.type != "Organization" or record is None or not record.country \
                or record.parent or not any(w in record.label for w in _FORCE_NAME_WORDS):
            continue
        found.setdefault(record.country, {})[ent.id] = ent
    return {c: next(iter(f.values())) for c, f in found.items() if len(f) == 1}


def ministries(doc: Doc, mentions: Mentions) -> None:
    gaz = load_gazetteer()
    for i in mentions.positions(_MINISTRY):
        token = doc[i]
        if token.i in mentions._by_token:
            continue
        if token.lower_ == "ministries":  # "the Defence Ministries of both states"
            continue
        words, country, owner = [], None, None
        left = [c for c in token.lefts if c.dep_ in ("compound", "amod", "poss", "nmod")]
        start = token.i
        for child in left:
            start = min(start, child.left_edge.i)
            ent = mentions.entity_at(child)
            if ent is not None and ent.type == "Country":
                country = ent
            elif child.dep_ == "poss" and (child.tag_ == "PRP$" or child.is_lower):
                owner = ""  # "its / the kingdom's foreign ministry": whose is for coreference to say
            elif child.dep_ == "poss":
                owner = doc[child.left_edge.i:child.i + 1].text
                owner = re.sub(r"^(?:the|The)\s+", "", owner)
            elif child.pos_ in ("PROPN", "ADJ", "NOUN"):
                # ("External Affairs Ministry": the compound's own modifiers are the name's too)
                words += [t for t in child.subtree if t.i <= child.i and t.pos_ in ("PROPN", "ADJ", "NOUN")
                          and (t is child or mentions.entity_at(t) is None)]
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
        if owner == "" or country is None and owner is None and not words and name == "Ministry":
            continue  # "the ministry", "its ministry": a description, left to coreference
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
    for i in mentions.positions(GOVERNMENT_NOUNS | _STATE_MEDIA):
        token = doc[i]
        if token.i in mentions._by_token:
            continue
        if token.lower_ in _STATE_MEDIA and \
                not any(t.lower_ in _STATE_WORDS for t in doc[token.left_edge.i:token.i]):
            continue  # "Russian media reported": reporters, not the state
        if token.lower_ in ("embassy", "mission") and token.dep_ not in ("nsubj", "nsubjpass"):
            continue  # "the U.S. Embassy said" speaks for its country; "stormed the Mexican embassy" is a building
        if token.dep_ == "compound" and token.head.i == token.i + 1 \
                and f"{token.lower_} {token.head.lower_}" in load_gazetteer().titles:
            continue  # "Chinese State Councilor Wang Yi": the word begins a title
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
        if country is None and token.lower_ in _SEATED:
            country, end = _seat_country(mentions, token) or (None, end)
        if country is not None:
            mentions.add(doc[token.i:token.i + 1], country, kind="government", alias="")
            country.aliases.add(re.sub(r"^(?:the|The)\s+", "", doc[start:end].text))


#: Bodies that sit in their country's capital: "the government in Xville" is that country's
#: ("troops in Xville" may be anyone's).
_SEATED = frozenset({"government", "authorities", "administration", "leadership", "regime", "cabinet"})


def _seat_country(mentions: Mentions, token):
    """("the government in Xville": the country whose capital Xville is, end); None for
    any other place ("the authorities in a border town" are local)."""
    doc = token.doc
    preps = [c for c in token.rights if c.dep_ == "prep" and c.lower_ == "in"]
    if not preps and token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "in":
        preps = [doc[token.i + 1]]  # the parser often hangs "in Xville" on the verb
    for prep in preps:
        for pobj in prep.children:
            mention = mentions.mention_at(pobj) if pobj.dep_ == "pobj" else None
            if mention is None or mention.kind != "capital" or mention.by_coref:
                continue
            iso3 = mentions.place_country.get(mention.entities[0].id)
            record = load_gazetteer().countries.get(iso3) if iso3 else None
            if record is not None:
                return mentions.entity(iso3, record.label, "Country"), pobj.i + 1
    return None


def leader_governments(doc: Doc, mentions: Mentions) -> None:
    """"Mr Maduro's government", "the Obama administration": the country the person
    leads (from the titles recorded by :func:`kg.extract.static.record_titles`)."""
    for i in mentions.positions(_LED_BODIES):
        token = doc[i]
        if token.i in mentions._by_token:
            continue
        # "Mr X's government", "the X administration", "the regime of President X"
        owners = [c for c in token.lefts if c.dep_ in ("poss", "compound")]
        owners += [p for prep in token.rights if prep.dep_ == "prep" and prep.lower_ == "of"
                   for p in prep.children if p.dep_ == "pobj"]
        for child in owners:
            person = mentions.entity_at(child)
            if person is None or person.type != "Person":
                continue
            country = _led_country(doc, mentions, person)
            if country is not None:
                mentions.add(doc[token.i:token.i + 1], country, kind="government", alias="")
                break


def _led_country(doc: Doc, mentions: Mentions, person):
    """The country a person's title says they lead; for a head of state or government
    with no country named, the article's focal country."""
    titles = mentions.titles.get(person.id, ())
    targets = [t for _title, rel, t in titles if rel == "leaderOf" and t
               and mentions.entities.get(t) is not None and mentions.entities[t].type == "Country"]
    if targets:
        return mentions.entities[targets[0]]
    heads = [title for title, rel, t in titles if rel == "leaderOf" and t is None
             and title in ("president", "prime minister", "premier")]
    if heads and not any(t for _ti, _r, t in titles):
        # "President X's government" with no country named: the country X heads at the
        # article date (the office-holders table), else the article's own country
        known = dictionary_target(mentions, _Title(person, heads[0]))
        if known is not None and known[0].type == "Country":
            return known[0]
        return cached_focal(doc, mentions)
    return None


class _Title(NamedTuple):
    """The two fields of a title hit :func:`dictionary_target` reads."""
    person: object
    title: str


#: Lowercase nouns after which capitalised words name a political party.
PARTY_HEADS = frozenset({"government", "party", "coalition", "movement"})


def _party_run(doc: Doc, head, mentions: Mentions) -> tuple[int, int] | None:
    """The capitalised words right before ``head`` when they name a party: at least one
    of them is not a country word, a person, a title or a known body."""
    gaz = load_gazetteer()
    start = head.i
    while start > head.sent.start and doc[start - 1].text[:1].isupper() and \
            doc[start - 1].pos_ in ("PROPN", "ADJ", "NOUN") and doc[start - 1].i != head.sent.start:
        start -= 1
    if start == head.i:
        return None
    free = False
    for tok in doc[start:head.i]:
        ent = mentions.entity_at(tok)
        if ent is not None and ent.type != "Country" or tok.lower_ in gaz.titles:
            return None  # "the Obama government", "the Premier's party"
        free = free or ent is None
    return (start, head.i) if free else None


def party_names(doc: Doc, mentions: Mentions) -> None:
    """"his Ruritanian Hope government": "Ruritanian Hope" is a party (the demonym is
    part of its name), and so is every later "Ruritanian Hope" of the article."""
    names: dict[tuple[str, ...], object] = {}
    for i in mentions.positions(PARTY_HEADS, lower=False):  # lowercase heads only
        head = doc[i]
        named = mentions.mention_at(doc[i - 1]) if i > 0 else None
        if named is not None and not named.by_coref and named.span.end == i and \
                named.entities[0].type == "Organization" and head.lower_ == "party":
            mentions.parties.add(named.entities[0].id)  # "the Hope Union party" the NER knew
            continue
        run = _party_run(doc, head, mentions)
        if run is None:
            continue
        span = doc[run[0]:run[1]]
        label = " ".join(t.text for t in span)
        org = mentions.entity(slug(label), label, "Organization")
        mentions.parties.add(org.id)
        mentions.add(span, org, overwrite=True)
        names[tuple(t.text for t in span)] = org
    for words, org in names.items():  # "Ruritanian Hope founder X"
        for i in mentions.positions({words[0]}, lower=False):
            span = doc[i:i + len(words)]
            if tuple(t.text for t in span) == words and mentions.entity_at(span[-1]) is not org:
                mentions.add(span, org, overwrite=True)
