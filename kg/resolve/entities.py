"""Named mentions -> entities: gazetteer hits, NER spans, people, governments, ministries.

Rules, in the order :func:`resolve_named` applies them:

1. Gazetteer spans (``ent.ent_id_`` from the ``kg_gazetteer`` ruler, or a text
   lookup): countries and adjectival demonyms -> the Country; capitals and seats
   of government -> the Country when used as an actor (subject, object, "with
   Beijing", "Kremlin officials"), else a Location ("talks in Beijing",
   datelines); organisations -> Organization / Group. A demonym that names a
   language ("its Spanish initials", "said in French", "Arabic-language") is no mention.
2. Ministries and armed forces (:mod:`kg.resolve.bodies`).
3. People: PERSON spans without titles, chained by :mod:`kg.resolve.people`;
   stray ORG/GPE spans and bare proper nouns that repeat a known name join them.
4. Other NER spans: ORG -> Organization, GPE/LOC/FAC -> Location, NORP nouns -> Group;
   "Gaza City", "Carnegie Moscow Center", "Japan's National Security Council" keep
   their full names although the ruler tagged a part; "X, a coastal city" is a place.
5. Government phrases ("the Chinese government", "Indian troops") -> the Country
   (:mod:`kg.resolve.bodies`).
6. Acronyms defined in the text ("the Northern Valley Defence Forces (NVDF)", "the X
   mission, known as XM"): name and acronym are one organisation for the whole article
   (:func:`kg.resolve.acronyms.defined_acronyms`).
7. Names the NER missed or mistyped, from their head nouns: "the Centre for X and Y
   Studies" typed as a facility, "the Ti Kouto gang coalition", "state-owned PT KRIS",
   "the state oil company Petrovana" (:func:`kg.resolve.described.described_names`); an NER span with a
   finite verb inside ("Dorn met Communist Party") is two names.
8. Untagged capitalised words before an organisation's head word ("the China Chamber of
   Commerce", "the Norwegian Police Security Service", "the UK Maritime Trade Operations
   agency": :func:`kg.resolve.described.headed_names`); a lowercase generic head is no part
   of a label ("the Awami League party" is "Awami League"); an organisation's seat that
   opens a report's place line ("UNITED NATIONS, United States (AFP) -") is no actor.
9. Names a designator word makes places ("Sokoto and Kebbi states", "the province of
   Arauca"), feature names taken for people ("Second Thomas Shoal"), untagged recurrences
   of a place name (:mod:`kg.resolve.place_names`); "Kananaskis, Alta.": Canadian
   provinces abbreviated as US states are (``kg/data/ca_provinces.csv``).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.resolve.acronyms import defined_acronyms, titled_acronyms
from kg.resolve.bodies import (GOVERNMENT_NOUNS, armed_forces, governments,
                               lowercase_bodies, ministries, party_names)
from kg.resolve.coref_regions import is_region
from kg.resolve.described import described_names, feature_names, headed_names
from kg.resolve.focus import dateline
from kg.resolve.gazetteer import load_gazetteer, slug
from kg.resolve.mentions import Mentions, trim_span
from kg.resolve.place_names import _ADJ_ENDINGS, designated_names, repeated_places
from kg.resolve.towns import known_towns
from kg.types import Entity
from kg.resolve.people import is_honorific, org_described, people_mentions

__all__ = ["resolve_named", "is_actor_use", "name_label", "defined_acronyms", "described_names",
           "GOVERNMENT_NOUNS", "LOCATIVE_PREPS",
           "PLACE_VERBS"]

#: Prepositions whose object is a place, not an actor ("in Beijing", "to Havana").
LOCATIVE_PREPS = frozenset({
    "in", "at", "to", "from", "near", "into", "across", "outside", "inside", "around", "via",
    "through", "toward", "towards", "within", "throughout", "of", "off", "beyond", "onto",
    "between", "along", "out",
})
_ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "poss", "agent", "iobj",
                         "attr", "csubj"})
#: Verbs whose object is a place even when it is a capital ("seized Kabul").
PLACE_VERBS = frozenset({
    "visit", "seize", "capture", "enter", "leave", "reach", "tour", "shell", "bomb", "besiege",
    "liberate", "retake", "occupy", "storm", "encircle", "surround", "take", "control",
    "evacuate", "flee", "invade", "hit", "strike", "attack", "target", "fly", "return",
    "host", "rock", "paralyze", "blanket", "leave", "depart", "approach",
})
_NER_KIND = {"ORG": "Organization", "GPE": "Location", "LOC": "Location", "FAC": "Location",
             "NORP": "Group"}
_GEO_WORDS = frozenset({"Cape", "Mount", "Mt.", "Lake", "Gulf", "Bay", "Strait", "Sea",
                        "River", "Valley", "Island", "Islands", "Peninsula", "Desert"})
_ORG_SUFFIXES = frozenset({"Center", "Centre", "Institute", "University", "College", "School",
                           "Foundation", "Committee", "Times", "Post", "News", "Daily",
                           "Agency", "Airport", "Museum", "Company", "Corporation", "Club",
                           "Stadium", "Hospital", "Bank", "Exchange", "Forum"})
_PLACE_SUFFIX = frozenset({"City", "Province", "Governorate", "Oblast", "Prefecture"})
#: Appositions that make an ORG-tagged name a place ("Ashkelon, a coastal city").
_PLACE_NOUNS = frozenset({"city", "town", "village", "port", "region", "province", "capital",
                          "district", "island", "enclave", "territory", "state", "suburb"})
_MINISTRY = frozenset({"ministry", "ministries"})  # see kg.resolve.bodies
#: Prepositions and head nouns that use a bare ORG-tagged name as a place ("fighting in El
#: Fasher", "the Putumayo department"), and words no place name holds (see _org_place).
_IN_PLACE_PREPS = frozenset({"in", "near", "outside", "around"})
_SITE_HEADS = _PLACE_NOUNS | frozenset({"department", "crossing", "site", "base", "governorate",
                                        "county", "prefecture", "municipality", "oblast"})
_ORG_WORDS = frozenset({"court", "assembly", "parliament", "congress", "senate", "bank", "agency",
                        "union", "nations", "league", "organisation", "organization", "association",
                        "police", "news", "times", "post", "group", "network", "airlines", "airways",
                        "energy", "oil", "petroleum", "media", "army", "navy", "guard", "forces",
                        "party", "council", "committee", "commission", "house", "commons", "fund"})
_DASHES = {"-", "–", "—", "(", ",", ":"}


def _effective(token: Token) -> Token:
    """Climb conjunctions and appositions to the token whose role counts."""
    seen = 0
    while token.dep_ in ("conj", "appos") and token.head is not token and seen < 10:
        token = token.head
        seen += 1
    return token


#: Appositions that describe a seat of government as the power in it, not as a place
#: ("The Kremlin, Russia's presidency, said ...").
_SEAT_APPOSITIONS = frozenset({"presidency", "office", "government", "administration", "residence",
                               "seat", "headquarters", "leadership"})
#: People who serve a seat of government they are "to" ("an aide to the Kremlin").
_SERVING_NOUNS = frozenset({"aide", "adviser", "advisor", "counsellor", "counselor", "consultant"})
#: verbs whose "to" names whom one addresses, not where one goes
_ADDRESSING_VERBS = frozenset({"appeal", "plead", "complain", "petition", "write", "apologise", "apologize"})


def is_actor_use(span: Span) -> bool:
    """Whether a capital / seat of government is used as an actor (metonymy).

    "Beijing rejected ...", "warned New Delhi", "talks with Moscow", "Kremlin
    officials" are actors; "talks in Beijing", "BEIJING (AP) —" datelines and
    compounds such as "Beijing talks" are places.
    """
    doc = span.doc
    after = doc[span.end].text if span.end < len(doc) else ""
    # datelines: "BEIJING —", "Beijing (Reuters) -", "STEPANAKERT:"
    if after in _DASHES and (span.text.isupper() or span.start == span.sent.start and (
            # "Moscow, which backs X, denied ...": a clause on it makes a subject, not a dateline
            after != "," or span.start == 0 and not any(c.dep_ == "relcl" for c in span.root.children))):
        return False
    if any(c.dep_ == "appos" and c.lemma_.lower() not in _SEAT_APPOSITIONS for c in span.root.children):
        return False  # "Kabul, Afghanistan's capital": described as a place
    token = _effective(span.root)
    if token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_ in PLACE_VERBS:
        return False  # "seized Kabul", "Kyiv was hit by Russian missiles": the city itself
    if token.dep_ in _ACTOR_DEPS:
        return True
    if token.dep_ == "pobj":
        if token.head.lower_ == "to" and token.head.head.lemma_.lower() in _SERVING_NOUNS:
            return True  # "a foreign policy aide to the Kremlin": who serves the seat
        if token.head.lower_ == "to" and token.head.head.lemma_.lower() in _ADDRESSING_VERBS:
            return True  # "appealed to Brussels", "complained to Beijing": who is addressed
        return token.head.lower_ not in LOCATIVE_PREPS
    if token.dep_ == "compound":  # "Kremlin officials", "White House press secretary"
        return token.head.lower_ in GOVERNMENT_NOUNS or \
            token.head.lower_ in load_gazetteer().titles
    return False


def _product_acronym(span: Span, text: str) -> bool:
    """A short unknown acronym the NER calls an organisation that only modifies a lowercase
    noun ("the EV tariffs", "AI chips", "LNG exports"), never defined in the text with
    "(EV)", names a kind of thing."""
    tok = span.root
    if len(span) != 1 or not tok.is_upper or len(tok.text) > 3 or tok.dep_ != "compound" \
            or not tok.head.is_lower or tok.head.pos_ != "NOUN":
        return False
    return f"({tok.text})" not in text  # (the article text: ``Doc.text`` joins every token)


#: Nouns of weapons a model's name may modify ("a Tiger attack helicopter", "Bayraktar drones";
#: not "jets", "aircraft": "Boeing jets" are a maker's).
_WEAPON_NOUNS = frozenset({"fighter", "fighters", "helicopter", "helicopters", "drone", "drones", "tank",
                           "tanks", "missile", "missiles", "warplane", "warplanes", "bomber", "bombers",
                           "launcher", "launchers"})


def _weapon_model(span: Span) -> bool:
    """A name the gazetteer does not know compounded to a weapon noun ("a Tiger attack
    helicopter", "Bayraktar drones") names a model of weapon."""
    doc = span.doc
    i = span.end
    while i < len(doc) and i < span.end + 2 and doc[i].is_lower and doc[i].lower_ not in _WEAPON_NOUNS \
            and doc[i].pos_ in ("NOUN", "ADJ"):
        i += 1  # ("Tiger attack helicopter")
    return i < len(doc) and doc[i].lower_ in _WEAPON_NOUNS and span.root.dep_ in ("compound", "nmod", "amod") \
        and load_gazetteer().lookup(span.text) is None


def _the_west(doc: Doc, mentions: Mentions) -> None:
    """"accused the West of ...": "the West" the tagger left untagged is the Western
    powers (not "the West Bank", "the West Philippine Sea": a name goes on)."""
    for i in mentions.positions(frozenset({"West"}), lower=False):
        if i == 0 or i in mentions._by_token or doc[i - 1].lower_ != "the":
            continue
        if i + 1 < len(doc) and (doc[i + 1].text[:1].isupper() or doc[i + 1].text == "-"):
            continue
        mentions.add(doc[i:i + 1], mentions.entity("the_West", "the West", "Group"))


def _ethnic_start(span: Span, mentions: Mentions, iso3: str) -> int | None:
    """Start of an ethnic group's name when a demonym follows another country's word or
    "ethnic" ("Bosnian Serb leader X", "Kosovo Serbs", "ethnic Armenians"): a people living
    in (or apart from) a state, not the state of the demonym. None otherwise."""
    if span.start == 0:
        return None
    prev = span.doc[span.start - 1]
    if not prev.whitespace_:
        return None  # "U.S.-Russian": two states
    if prev.lower_ == "ethnic":  # "ethnic Armenians fled" (not "ethnic Armenian forces": a side)
        return prev.i if span.text.endswith("s") and span.root.dep_ not in ("amod", "compound") else None
    other = mentions.entity_at(prev)
    if other is not None and other.type == "Country" and other.id != iso3 and \
            mentions.mention_at(prev).span.end == span.start:
        return mentions.mention_at(prev).span.start
    return None


def _plural(word: str) -> str:
    return word if word.endswith("s") else word + "s"


def _words(doc: Doc, start: int, end: int) -> str:
    """The words of ``doc[start:end]`` joined by single spaces."""
    return " ".join(doc[start:end].text.split())


def _is_people(span: Span) -> bool:
    """A plural demonym naming people ("Armenians fled"), not the country
    ("Chinese officials", "the Chinese say", "the Swiss")."""
    demonyms = load_gazetteer().demonyms
    text = span.text
    return len(span) == 1 and text.endswith("s") and text[:-1] in demonyms \
        and span.root.dep_ not in ("amod", "compound")


#: Nouns a language adjective modifies ("its Spanish initials", "the Arabic name").
_LANGUAGE_NOUNS = frozenset({"initials", "acronym", "abbreviation", "name", "language",
                             "word", "words", "term", "spelling", "translation", "version",
                             "edition", "subtitles", "transliteration", "speaker", "speakers",
                             "dialect", "alphabet", "script", "grammar", "pronunciation"})


def _language_use(span: Span) -> bool:
    """A demonym that names a language, not the country: "known by its Spanish initials",
    "said in French", "an Arabic-language newspaper", "French-speaking"."""
    doc, root = span.doc, span.root
    if root.dep_ in ("amod", "compound", "nmod") and (root.head.lower_ in _LANGUAGE_NOUNS or
                                                      root.head.lemma_.lower() in _LANGUAGE_NOUNS):
        return True
    if span.end + 1 < len(doc) and doc[span.end].text == "-" and \
            doc[span.end + 1].lower_ in ("language", "speaking", "speaker", "speakers"):
        return True
    # "in French": a bare demonym after "in" is the language (the place is "in France")
    return root.dep_ == "pobj" and root.head.lower_ == "in" and len(span) == 1 and \
        not span.text.endswith("s") and not any(c.dep_ in ("det", "poss") for c in root.children)


def _region_adjective(span: Span) -> bool:
    """A demonym after a word that together name a region of several states, not a state
    ("the South American country", "Latin American leaders"; the regions of
    ``kg/data/country_groups.csv``); "the southern Saudi city" is Saudi Arabia's."""
    if span.start == 0:
        return False
    prev = span.doc[span.start - 1]
    return bool(prev.whitespace_) and is_region(f"{prev.text} {span.text}")


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
        if _org_dateline(span, mentions):
            return True  # "UNITED NATIONS, United States (AFP) -"
        country = gaz.countries[key]
        mentions.add(span, mentions.entity(key, country.label, "Country"))
    elif kind == "demonym":
        country = gaz.countries[key]
        if _language_use(span):
            return True  # "its Spanish initials", "said in French": a language, no actor
        if _region_adjective(span):
            return True  # "the South American country", "Central American migrants"
        ethnic = _ethnic_start(span, mentions, key)
        if ethnic is not None:  # "Bosnian Serb leader X", "Kosovo Serbs", "ethnic Armenians"
            label = f"{_words(span.doc, ethnic, span.start)} {_plural(span.text)}"
            mentions.add(span.doc[ethnic:span.end], mentions.entity(slug(label), label, "Group"), overwrite=True)
        elif _is_people(span):
            mentions.add(span, mentions.entity(slug(span.text), span.text, "Group"))
        else:
            mentions.add(span, mentions.entity(key, country.label, "Country"), kind="demonym")
    elif kind in ("capital", "seat"):
        owner = gaz.capital_country[key] if kind == "capital" else gaz.seat_country(key)
        if is_actor_use(span):
            if owner in gaz.countries:
                actor = mentions.entity(owner, gaz.countries[owner].label, "Country")
            else:  # "Brussels warned Budapest": the EU
                org = gaz.orgs[owner]
                actor = mentions.entity(org.id, org.label, org.type)
            mentions.add(span, actor, kind="metonym")
        else:
            place = mentions.entity(slug(key), key, "Location")
            if owner in gaz.countries:
                mentions.place_country[place.id] = owner
            mentions.add(span, place, kind="capital" if kind == "capital" else "seat")
    elif kind == "region":
        mentions.add(span, mentions.entity(slug(key), key, "Location"))
    else:
        if _org_dateline(span, mentions):
            return True  # "UNITED NATIONS (AP) —": where the story was filed, no actor
        org = gaz.orgs[key]
        mentions.add(span, mentions.entity(org.id, org.label, org.type))
    return True


def _org_dateline(span: Span, mentions: Mentions) -> bool:
    """Whether ``span`` lies in a place line that names an organisation's seat ("UNITED
    NATIONS, United States (AFP) -"): where the story was filed, no actor."""
    line = getattr(mentions, "_org_dateline", None)
    if line is None:
        found = dateline(mentions.text)
        hit = load_gazetteer().lookup(found.place) if found is not None else None
        line = mentions._org_dateline = found.end if hit and hit[0] == "org" else -1
    return span.start_char < line


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


def _styled_state(ent: Span) -> Span | None:
    """"the Republic of | Niger", "the Kingdom of | Lesotho": a state's style the NER cut
    from the country's name after it; the two are one name, the country."""
    doc = ent.doc
    if ent.label_ != "GPE" or ent[-1].lower_ not in ("of", "the"):
        return None
    start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
    for end in range(ent.end + 1, min(ent.end + 3, len(doc)) + 1):
        hit = load_gazetteer().lookup(doc[start:end].text)
        if hit is not None and hit[0] == "country":
            return Span(doc, start, end, label="GPE")
    return None


def _longer_place(ent: Span) -> Span | None:
    """"Gaza City", "Kuwait City": a gazetteer place followed by a place suffix; "South
    Darfur", "Middle Juba": a region or city after a capitalised compass word the NER left
    out, which names a part of it (a country keeps its own name: "South Lebanon" is Lebanon)."""
    doc = ent.doc
    if ent.label_ in ("GPE", "LOC") and ent.end < len(doc) and doc[ent.end].text in _PLACE_SUFFIX:
        return Span(doc, ent.start, ent.end + 1, label="GPE")
    if ent.label_ in ("GPE", "LOC") and ent.start > ent.sent.start and doc[ent.start - 1].text in _COMPASS \
            and not doc[ent.start - 1].ent_type_ and doc[ent.start - 1].pos_ == "PROPN":
        hit = load_gazetteer().lookup(ent.text)
        if hit is not None and hit[0] != "country":
            return Span(doc, ent.start - 1, ent.end, label="GPE")
    return None


#: Capitalised words that name a part of a region before its name ("South Darfur").
_COMPASS = frozenset({"North", "South", "East", "West", "Central", "Middle", "Upper", "Lower"})


def _inside_org_name(ent: Span) -> Span | None:
    """"Carnegie Moscow Center", "Moscow State University", "University of Tokyo": a
    place name inside an organisation's name (the ruler tagged the place first).
    Returns the whole name, or None."""
    doc = ent.doc
    end = ent.end
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() \
            and not doc[end].ent_type_ in ("PERSON", "GPE", "NORP"):
        end += 1
    if ent.label_ == "ORG":  # "Japan's National Security Council" is not the UN's
        start = ent.start
        while start > ent.sent.start:
            prev = doc[start - 1]
            if prev.lower_ == "and" and start - 2 > ent.sent.start and len(ent) > 1:
                prev = doc[start - 2]  # "the Trade and Tariff Board": one name
                if prev.pos_ == "PROPN" and prev.text[:1].isupper() and not prev.ent_id_ \
                        and prev.ent_type_ in ("", "ORG") and start == ent.start:
                    start -= 2
                    continue
                break
            if not (prev.pos_ == "PROPN" and prev.text[:1].isupper()
                    and prev.ent_type_ in ("", "ORG") and not prev.ent_id_):
                break
            start -= 1
        return Span(doc, start, ent.end, label="ORG") if start < ent.start else None
    if ent.label_ in ("GPE", "NORP") and ent.start >= 2 and doc[ent.start - 1].lower_ == "of" \
            and doc[ent.start - 2].text in _ORG_SUFFIXES:
        start = ent.start - 2  # "the University of Tokyo", "the People's Bank of China"
        while start > ent.sent.start and doc[start - 1].text[:1].isupper() and \
                doc[start - 1].pos_ in ("PROPN", "PART") and not doc[start - 1].ent_id_:
            start -= 1
        return Span(doc, start, ent.end, label="ORG")
    if end == ent.end or doc[end - 1].text not in _ORG_SUFFIXES:
        return None
    start = ent.start  # ("the Carnegie | Middle East Center": the founder's name opens it)
    while start > ent.sent.start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() \
            and doc[start - 1].ent_type_ in ("ORG", "FAC", "") and not doc[start - 1].ent_id_:
        start -= 1
    return Span(doc, start, end, label="ORG")


def _of_name(ent: Span) -> Span | None:
    """"the League of Coastal Towns", "the Council for the Defence of Lakes": an
    organisation name the NER cut before an "of" / "for" phrase whose capitalised words
    (a place among them) belong to the name."""
    doc = ent.doc
    # the NER may keep the "of"
    of = ent.end - 1 if ent[-1].lower_ in ("of", "for") else ent.end
    if ent.label_ != "ORG" or ent.ent_id_ or of + 1 >= len(doc) or \
            doc[of].lower_ not in ("of", "for"):
        return None
    first = of + 2 if doc[of].lower_ == "for" and doc[of + 1].lower_ == "the" else of + 1
    end = first
    while end < len(doc) and doc[end].ent_type_ != "PERSON" and (
            doc[end].text[:1].isupper() and doc[end].pos_ == "PROPN" or end > first
            and doc[end].lower_ in ("of", "and") and end + 1 < len(doc)
            and doc[end + 1].text[:1].isupper()):  # "for the Defence of Lakes"
        end += 1
    if end == first or load_gazetteer().lookup(doc[first:end].text) is not None:
        return None  # "the Bank of Ruritania": see _national_body
    start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
    return Span(doc, start, end, label="ORG")


#: Capitalised nouns that make a name an organisation's ("the Centre for Strategic and
#: International Studies" tagged as a facility or a place).
_ORG_HEADS = frozenset({"Centre", "Center", "Institute", "University", "Council", "Committee",
                        "Movement", "Front", "Party", "Mission", "Coalition", "Command",
                        "Foundation", "Forum", "Agency", "Alliance", "League", "Association",
                        "Federation", "Society", "Bureau", "Academy", "Organization",
                        "Organisation", "Commission", "Brigade", "Brigades", "Militia"})
#: Labels of NER spans an organisation's name may be mistaken for.
_RETYPED = frozenset({"ORG", "FAC", "GPE", "LOC", "NORP", "PERSON"})


def _headed_start(ent: Span) -> int:
    """"the Centre for Maritime and | Coastal Studies" with only the second half tagged:
    where the name starts, when the words before the span hold its head noun."""
    doc, start = ent.doc, ent.start
    titles = load_gazetteer().titles
    while start > ent.sent.start + 1:
        prev = doc[start - 1]
        if prev.lower_ in ("and", "of", "for", "&") and doc[start - 2].text[:1].isupper():
            start -= 1
        elif prev.text[:1].isupper() and prev.pos_ == "PROPN" and not prev.ent_id_ and \
                prev.ent_type_ not in ("PERSON", "DATE") and prev.lower_ not in titles:
            start -= 1
        else:
            break
    while start < ent.start and doc[start].lower_ in _HEAD_JOINERS:
        start += 1
    return start if any(t.text in _ORG_HEADS for t in doc[start:ent.start]) else ent.start


def _tailed_name(ent: Span) -> Span | None:
    """"the Indian Ocean | Rim Association" with only the place tagged: a place's name (or an
    international body's: "the United Nations | Verification Mission in Colombia")
    followed by one or two untagged capitalised words the last of which is an
    organisation's head noun is the start of the organisation's name (not a people's:
    "the South African High Commission" is the country's; nor a name joined to another
    before it: "the India-Mozambique Joint Commission")."""
    doc = ent.doc
    body = ent.label_ == "ORG" and _international(ent)
    if ent.label_ not in ("LOC", "GPE") and not body or ent.start > 0 and (
            doc[ent.start - 1].text == "-" or doc[ent.start - 1].ent_type_ in ("GPE", "NORP", "LOC")):
        return None
    end = ent.end
    while end < min(len(doc), ent.end + 2) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() \
            and not doc[end].ent_type_ and doc[end].text not in _ORG_HEADS:
        end += 1
    if end >= len(doc) or doc[end].text not in _ORG_HEADS or doc[end].ent_type_ or end == ent.end \
            or body and doc[end].text not in _BODY_UNITS:
        return None  # (a head right after the place, "the Sahel Alliance", is the tagger's to see)
    start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
    end += 1
    if body and end + 1 < len(doc) and doc[end].lower_ == "in" and doc[end + 1].ent_type_ in ("GPE", "LOC"):
        # "the United Nations Verification Mission in Colombia": a body's unit named by its place
        place = next(e for e in doc.ents if e.start <= end + 1 < e.end)
        end = place.end if place.start == end + 1 else end
    return Span(doc, start, end, label="ORG")


#: heads of an international body's units named after it ("the United Nations Verification
#: Mission", not "the Communist Party of Vietnam | Central Committee")
_BODY_UNITS = frozenset({"Mission", "Office", "Agency", "Bureau", "Command", "Commission"})


def _international(ent: Span) -> bool:
    """Whether the gazetteer knows ``ent`` as an organisation of no one country ("United
    Nations", "African Union"): "the United Nations | Verification Mission" is its unit."""
    gaz = load_gazetteer()
    known = gaz.lookup(ent.text.removeprefix("the ").removeprefix("The "))
    return known is not None and known[0] == "org" and gaz.orgs[known[1]].country is None


def _headed_name(ent: Span) -> Span | None:
    """"the Centre for Strategic | and International Studies" (a facility and an
    organisation), "the Popular Front for the Liberation of X" cut short: a name with an
    organisation's head noun runs on over "and" / "of" / "for" and capitalised words,
    and is an organisation whatever the NER called its parts. None when nothing changes."""
    doc = ent.doc
    if ent.label_ not in _RETYPED or ent.ent_id_:
        return None
    if not any(t.text in _ORG_HEADS for t in ent):
        # ("the Party of | Socialists" with the people's name tagged NORP)
        joined = ent.label_ == "NORP" and ent.start > 0 and ent.doc[ent.start - 1].lower_ in ("of", "for")
        left = _headed_start(ent) if ent.label_ == "ORG" or joined else ent.start
        return Span(doc, left, ent.end, label="ORG") if left < ent.start else None
    end, titles = ent.end, load_gazetteer().titles
    while end < len(doc):
        tok = doc[end]
        if tok.lower_ in _HEAD_JOINERS and end + 1 < len(doc) and doc[end + 1].text[:1].isupper():
            end += 1
        elif tok.text[:1].isupper() and tok.pos_ == "PROPN" and not tok.ent_id_ and \
                tok.ent_type_ not in ("PERSON", "DATE") and tok.lower_ not in titles and \
                (doc[end - 1].lower_ in _HEAD_JOINERS or doc[end - 1].text[:1].isupper()):
            end += 1
        else:
            break
    while end > ent.start + 1 and doc[end - 1].lower_ in _HEAD_JOINERS:
        end -= 1
    left = _headed_start(ent)
    if left < ent.start:
        return Span(doc, left, end, label="ORG")

    # "and" inside one name ("for War and Peace Studies") or between two ("the X Front
    # and Y Party"): the second has a head noun of its own
    ands = [i for i in range(ent.start + 1, end) if doc[i].lower_ == "and"]
    if ands and any(t.text in _ORG_HEADS for t in doc[ands[0]:end]) and \
            any(t.text in _ORG_HEADS for t in doc[ent.start:ands[0]]):
        end = ands[0]
    if end == ent.end and ent.label_ == "ORG":
        return None
    if ent.label_ == "PERSON" and ent[-1].text not in _ORG_HEADS:
        return None  # "Party leader X" tagged PERSON: a title before the person's name
    start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
    if load_gazetteer().lookup(doc[start:end].text) is not None:
        return None
    return Span(doc, start, end, label="ORG")


#: Tags of finite verbs, which no name contains ("X met Y" tagged as one ORG).
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_HEAD_JOINERS = frozenset({"and", "of", "for", "&", "the"})

#: Last words of the names of national bodies named "<body> of <Country>".
_BODY_WORDS = frozenset({"Organization", "Organisation", "Agency", "Bank", "Council",
                         "Commission", "Authority", "Office", "Service", "Corporation",
                         "Institute", "Committee", "Court", "Guard", "Forces", "Administration",
                         "Bureau", "Directorate"})
#: Bodies that an organisation's name or acronym can head ("the Alliance Commission").
_SUB_BODIES = frozenset({"Commission", "Council", "Parliament", "Court", "Secretariat",
                         "Assembly", "Committee", "Bank", "Fund"})


def _national_body(ent: Span, mentions: Mentions) -> bool:
    """"the Space Research Agency of Ruritania": an organisation named with its
    country. The country keeps its own mention; the organisation is labelled with the
    whole name and linked to the country (``mentions.org_country``)."""
    doc = ent.doc
    of = ent.end - 1 if ent[-1].lower_ == "of" else ent.end
    # "the Communist Party of Ruritania": a party is named with its country too, but it is
    # no unit of the country's state (no ``org_country``)
    party = of + 1 < len(doc) and doc[of - 1].text == "Party"
    if ent.label_ != "ORG" or ent.ent_id_ or of + 1 >= len(doc) or doc[of].lower_ != "of" \
            or doc[of - 1].text not in _BODY_WORDS and not party:
        return False
    country = load_gazetteer().country_of_surface(doc[of + 1].text)
    if country is None or doc[of + 1].ent_id_ != country.iso3:
        return False
    start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
    label = f"{doc[start:of].text} of {country.label}"
    org = mentions.entity(slug(label), label, "Organization")
    if not party:
        mentions.org_country[org.id] = country.iso3
    return mentions.add(doc[start:of], org, alias=f"{doc[start:of].text} of {doc[of + 1].text}") \
        is not None


def _sub_body(ent: Span, mentions: Mentions) -> Span | None:
    """"the Alliance Commission": a known organisation's name followed by a body noun
    names a part of it (``mentions.org_parent``); returns the span it took."""
    doc = ent.doc
    gaz = load_gazetteer()
    if ent.label_ != "ORG" or ent.ent_id_ not in gaz.orgs or ent.end >= len(doc) or \
            doc[ent.end].text not in _SUB_BODIES:
        return None
    if ent.end + 1 < len(doc) and doc[ent.end + 1].pos_ == "PROPN" and doc[ent.end + 1].text[:1].isupper():
        return None  # "the Alliance Council Chamber": a longer name
    start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
    end = ent.end + 1
    if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].is_title and not doc[end + 1].ent_id_ \
            and doc[end + 1].ent_type_ not in ("PERSON", "GPE"):
        # "the ECOWAS Council of Ministers", "the AU Assembly of Heads of State": the body's own "of" name
        stop = end + 1
        while stop < min(len(doc), end + 7) and (doc[stop].is_title and not doc[stop].ent_id_
                                                 or doc[stop].lower_ in ("of", "and") and stop + 1 < len(doc)
                                                 and doc[stop + 1].is_title):
            stop += 1
        while doc[stop - 1].lower_ in ("of", "and"):
            stop -= 1
        end = stop
    span = doc[start:end]
    if gaz.lookup(span.text) is not None:
        return None  # a name of its own ("EU Commission"): the gazetteer knows it
    parent = gaz.orgs[ent.ent_id_]
    label = " ".join(span.text.split())
    org = mentions.entity(slug(label), label, "Organization")
    mentions.org_parent[org.id] = parent.id
    mentions.entity(parent.id, parent.label, parent.type)
    return span if mentions.add(span, org) is not None else None


#: Function words a name never ends with: a span the NER ends on one was cut short.
_DANGLING = frozenset({"of", "the", "and", "for"})


def _portfolio(span: Span, gaz) -> bool:
    """"Economy, Trade and Industry | Minister Hiroshige Seko": an organisation the
    gazetteer does not know, right before "Minister", is the minister's portfolio (a body
    before a minister is named with its country: "the EU's trade minister")."""
    return not span.ent_id_ and span.end < len(span.doc) and span.doc[span.end].lower_ == "minister" \
        and gaz.lookup(span.text) is None and span[0].text[:1].isupper()


def _title_rest(span: Span, gaz) -> bool:
    """"Minister of | State for International Cooperation", "Secretary of | State for ...":
    an organisation the gazetteer does not know whose first word completes the title
    before it ("minister of state") is the rest of that title."""
    i = span.start
    return not span.ent_id_ and i >= 2 and span.doc[i - 1].lower_ in ("of", "for") \
        and f"{span.doc[i - 2].lower_} {span.doc[i - 1].lower_} {span[0].lower_}" in gaz.titles


#: capitalised common nouns the NER may tag as an organisation ("the Governments of A and B")
_GENERIC_BODIES = frozenset({"governments", "peoples"})
#: Words of a government's standing, which the tagger may cut off as a name of their own
#: ("the Interim | Afghan Government").
_INTERIM = frozenset({"interim", "transitional", "provisional", "caretaker", "acting"})


def _title_name(span: Span, gaz) -> bool:
    """"the EU's | High Representative for Foreign Affairs": an organisation the gazetteer does
    not know whose first words are a title ("high representative") is that title."""
    if span.ent_id_ or span.label_ != "ORG" or len(span) < 3:
        return False
    words = [t.lower_ for t in span]
    return any(" ".join(words[:n]) in gaz.titles for n in (2, 3)) and any(t.lower_ in ("for", "of") for t in span)


def resolve_named(doc: Doc, mentions: Mentions) -> None:
    """Resolve every named mention of ``doc`` into ``mentions`` (rules 1-5 above)."""
    others: list[Span] = []
    gaz = load_gazetteer()
    claimed = -1  # end of the last name that swallowed the entities after it
    for ent in doc.ents:
        if ent.label_ in ("DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL",
                          "CARDINAL", "PERSON") or ent.start < claimed:
            continue
        if _national_body(ent, mentions) or _sub_body(ent, mentions) is not None:
            continue
        if ent.text == "Koreas":
            continue  # "both Koreas": the two states (kg.resolve.coref_regions.korea)
        styled = _styled_state(ent)
        if styled is not None:
            _gazetteer_mention(styled, mentions)
            claimed = styled.end
            continue
        longer = _of_name(ent) or _headed_name(ent) or _tailed_name(ent)
        if longer is not None:
            others.append(longer)
            claimed = longer.end
            continue
        longer = _longer_place(ent) if ent.ent_id_ else None
        if longer is not None and load_gazetteer().lookup(longer.text) is None:
            others.append(longer)
            continue
        inside = _inside_org_name(ent) if ent.ent_id_ else None
        if inside is not None:
            others = [o for o in others if o.end <= inside.start or o.start >= inside.end]
            others.append(inside)
            continue
        verb = next((t for i in range(ent.start + 1, ent.end - 1) for t in [doc[i]] if t.tag_ in _FINITE_TAGS), None)
        if verb is not None:  # "Ruritania met Communist Party" as one name: two names
            left, right = trim_span(ent.doc[ent.start:verb.i]), ent.doc[verb.i + 1:ent.end]
            if left is not None and left[0].text[:1].isupper():
                others.append(Span(doc, left.start, left.end, label=ent.label_))
            if right[0].text[:1].isupper():
                others.append(Span(doc, right.start, right.end, label=ent.label_))
            continue
        span = trim_span(ent)
        quote = next((i for i in range(span.start + 1, span.end) if doc[i].text in ('"', "\u201c", "\u201d")), None) \
            if span is not None else None
        if quote is not None:
            # 'an Israeli "espionage headquarters"': a quote opens words of someone else's
            # inside the span; only the words before it are a name ("Israeli")
            span = trim_span(doc[span.start:quote])
            if span is None:
                continue
        cut = span
        while cut is not None and len(cut) > 1 and cut[-1].lower_ in _DANGLING:
            cut = cut[:-1]
        if cut is not span and cut[-1].lower_ in GOVERNMENT_NOUNS:
            span = cut  # "the Government of | Mali" cut by the NER: the country's government
        elif cut is not span and not ent.ent_id_:
            # "the Office of the | UN High Commissioner", "President of the Transition of the |
            # Republic of Chad": the head of a longer name the NER cut before a known one
            # (an office, a title, a conference), no body of its own
            continue
        if span is None or is_honorific(span):
            continue  # "His Royal Highness" tagged ORG: a title of the person named
        if len(span) >= 2 and span[0].lower_ in ("h.e.", "his", "her") \
                and span[1:].text.lower() in gaz.titles:
            continue  # "H.E. President" tagged ORG: a style and a title, no body
        if len(span) > 1 and span[0].lower_ in _POSSESSIVES:
            span = span[1:]  # "Her Awami League party": the pronoun is the leader's
        if ent.text in gaz.capitals:  # "The Hague": the article is part of the name
            span = ent
        span = Span(doc, span.start, span.end, label=ent.label_)
        if ent.label_ == "ORG" and span.text.islower() and not ent.ent_id_:
            continue  # "the congress also addressed ...": a common noun, not the U.S. Congress
        if _gazetteer_mention(span, mentions, ent.ent_id_) or _compound_countries(span, mentions):
            continue
        if any(t.lower_ in _MINISTRY for t in span):
            continue  # built by bodies.ministries with its country
        if all(t.lower_ in _INTERIM for t in span) or all(t.lower_ in _INTERIM for t in span[:-1]) \
                and span[-1].lower_ in ("government", "administration", "authorities") \
                and span.end + 1 < len(doc) and doc[span.end].lower_ == "of":
            continue  # "the Interim | Afghan Government", "the Transitional Government of X": the country's
        if len(span) == 1 and span.end < len(doc) and \
                f"{span.text} {doc[span.end].text}".lower() in gaz.titles:
            continue  # "Defense Secretary": part of a title, not an organisation
        if len(span) == 1 and span[0].lower_ in _GENERIC_BODIES:
            continue  # "the Governments of A and B" tagged ORG: the states named after it
        first, _, rest = span.text.lower().partition(" ")
        if span.text.lower().endswith("s") and span.text.lower()[:-1] in gaz.titles \
                or first.endswith("s") and rest and f"{first[:-1]} {rest}" in gaz.titles:
            # "The Ministers exchanged views", "the two Heads of State": a plural title, a
            # description of people
            continue
        if _portfolio(span, gaz) or _title_rest(span, gaz) or _title_name(span, gaz):
            continue  # "Economy, Trade and Industry Minister X": a minister's portfolio
        if span.text.lower() in gaz.titles and not ent.ent_id_:
            continue  # "his Special Representative for Sudan" tagged ORG: an office, not a body
        if len(span) > 2 and span[0].lower_ in gaz.titles and span[1].lower_ in ("of", "for"):
            continue  # "Minister of Trade and Industry": a title, not an organisation
        others.append(_facility_name(span))
    ministries(doc, mentions)
    armed_forces(doc, mentions)
    lowercase_bodies(doc, mentions)
    rest = people_mentions(doc, mentions, others)
    gaz = load_gazetteer()
    _short_names(doc, mentions)  # before the NER takes "the Commission" as a new body
    for span in rest:
        kind = _NER_KIND.get(span.label_)
        if kind is None or any(t.i in mentions._by_token for t in span):
            continue
        if span.text in ("North", "South", "East"):
            continue  # "the North": a description, left to coreference
        if span.text == "West" and span.start > 0 and doc[span.start - 1].lower_ == "the":
            mentions.add(span, mentions.entity("the_West", "the West", "Group"))
            continue
        if span.text in gaz.us_states:
            state = gaz.us_states[span.text]
            mentions.add(span, mentions.entity(slug(state), state, "Location"), kind="state")
            continue
        if kind == "Organization" and span[0].text in _GEO_WORDS:
            kind = "Location"  # "Cape Erimo", "Mount Paektu": the NER calls them ORG
        if kind != "Location" and any(c.dep_ == "appos" and c.lemma_ in _PLACE_NOUNS
                                      for c in span.root.children):
            kind = "Location"  # "Ashkelon, a coastal city in southern Israel"
        if kind == "Organization" and _org_place(span):
            kind = "Location"  # "fighting in El Fasher", "the Putumayo department"
        if kind in ("Organization", "Person") and _weapon_model(span):
            continue  # "Mirage jets", "Tiger helicopters": a model of weapon, no actor
        if kind == "Organization" and _product_acronym(span, mentions.text):
            continue  # "the EV tariffs", "AI chips": a kind of goods, not a body
        if kind == "Group" and _org_place(span) and not span.text.endswith(_ADJ_ENDINGS):
            kind = "Location"  # "the town of Kidal", "fighting in Gao" tagged a nationality
        elif kind == "Group" and _is_adjectival(span):
            continue  # "Himalayan", "Asian": adjectives, not actors
        if kind == "Location" and org_described(span) and gaz.lookup(span.text) is None:
            kind = "Organization"  # "the cognac trade body, the BNIC" tagged as a place
        if kind == "Location" and len(span) == 1 and span.start and doc[span.start - 1].lower_ in ("a", "an") \
                and gaz.lookup(span.text) is None:
            continue  # "the burning of a Koran": a thing named, no place takes "a"
        label = name_label(span) if kind == "Organization" else " ".join(span.text.split())
        mentions.add(span, mentions.entity(slug(label), label, kind))
    _the_west(doc, mentions)
    headed_names(doc, mentions)  # before the acronyms: "the X Service (XS)" is the whole name
    defined_acronyms(doc, mentions)
    titled_acronyms(doc, mentions)
    described_names(doc, mentions)
    feature_names(doc, mentions)
    mentions.positions(())  # indexes the token texts once
    # "U.S.-China" the NER did not tag: the distinct words are fewer than the tokens
    hyphenated = sorted(i for text, found in mentions._text_index.items()
                        if "-" in text and text[:1].isupper() for i in found)
    for i in hyphenated:
        if i not in mentions._by_token:
            _compound_countries(doc[i:i + 1], mentions)
    _state_abbreviations(doc, mentions)
    _repeated_names(doc, mentions)
    _described_places(doc, mentions)
    designated_names(doc, mentions)  # "Sokoto and Kebbi states": places, whatever the NER said
    repeated_places(doc, mentions)  # "Essequibo" again, untagged; "Second Thomas Shoal"
    known_towns(doc, mentions)  # "in Adwa" tagged as a person: a town the world gazetteer knows
    _short_names(doc, mentions)
    party_names(doc, mentions)
    _ambiguous_short_names(mentions)
    _the_kingdom(doc, mentions)
    governments(doc, mentions)


_POSSESSIVES = frozenset({"her", "his", "its", "their", "our", "my"})
#: Lowercase nouns the NER often takes into an organisation's name although they only say
#: what kind of body it is ("the Awami League party", "the Transformers party").
_GENERIC_HEADS = frozenset({"party", "movement", "group", "alliance", "coalition", "bloc"})


def name_label(span: Span) -> str:
    """The label of an organisation's name: the words of the span, without a lowercase
    generic head after a capitalised name ("Awami League party" -> "Awami League";
    "Communist Party" keeps its capital head)."""
    words = span.text.split()
    if len(words) > 1 and words[-1] in _GENERIC_HEADS and words[-2][:1].isupper():
        words = words[:-1]
    return " ".join(words)


def _the_kingdom(doc: Doc, mentions: Mentions) -> None:
    """"the Kingdom" in an article that names one "Kingdom of X" is X (agency style:
    "the Kingdom's role", "the Kingdom of Saudi Arabia")."""
    kingdoms = {m.entities[0].id for m in mentions.mention_list
                if not m.by_coref and m.entities[0].type == "Country"
                and m.span.text.startswith("Kingdom of")}
    if not kingdoms:
        # "affirmed the council's solidarity with the Kingdom": the one monarchy styled a
        # kingdom the article names (not the United Kingdom, never "the Kingdom")
        gaz = load_gazetteer()
        kingdoms = {m.entities[0].id for m in mentions.mention_list
                    if not m.by_coref and m.entities[0].type == "Country" and m.entities[0].id != "GBR"
                    and gaz.countries.get(m.entities[0].id) is not None and gaz.countries[m.entities[0].id].kingdom}
    if len(kingdoms) != 1:
        return
    country = mentions.entities[kingdoms.pop()]
    for i in mentions.positions({"Kingdom"}, lower=False):
        tok = doc[i]
        if i + 1 < len(doc) and doc[i + 1].lower_ == "of":
            continue  # "Kingdom of X" is resolved by its name
        old = mentions.entity_at(tok)
        if old is None or old.type == "Location" and old.label == "Kingdom":
            mentions.add(doc[i:i + 1], country, kind="kingdom", overwrite=True, alias="")


#: Countries whose short name also names a neighbour the article may mean instead:
#: short-name country -> the country its bare "Congo" / "Congolese" stands for when the
#: article names that one in full and never the short one's long name or capital. Wire
#: style writes "Congo" for the Democratic Republic (the gazetteer's reading), so only
#: "the Republic of Congo ... Congolese troops" (or "Brazzaville") turns it to the other.
_SHORT_NAME_OF = {"COD": "COG"}


def _ambiguous_short_names(mentions: Mentions) -> None:
    for short, full in _SHORT_NAME_OF.items():
        # the other country is named, or its capital is ("Congolese troops ... in Kinshasa")
        if short not in mentions.entities or full not in mentions.entities and \
                full not in mentions.place_country.values():
            continue
        long_names = {a for m in mentions.mention_list for e in m.entities if e.id == short
                      for a in [m.span.text] if len(a.split()) > 1}
        if long_names or short in mentions.place_country.values():
            continue  # "the Republic of Congo" itself or its capital is named: keep both
        record = load_gazetteer().countries[full]
        old, new = mentions.entities[short], mentions.entity(full, record.label, "Country")
        for mention in mentions.mention_list:
            if old in mention.entities:
                mention.entities = [new if e is old else e for e in mention.entities]
                new.aliases.add(mention.span.text)
                new.mentions.append((mention.span.start_char, mention.span.end_char))
        del mentions.entities[short]


#: Last words of organisation names that the text reuses alone ("the Commission said").
_SHORT_HEADS = frozenset({"Commission", "Council", "Court", "Agency", "Bank", "Parliament",
                          "Assembly", "Committee", "Tribunal", "Fund", "Organization",
                          "Organisation", "Alliance", "Party", "Board", "Forum", "Programme",
                          "Union", "Authority", "Secretariat", "Movement", "Front", "Office",
                          "Army", "Navy"})


def _short_names(doc: Doc, mentions: Mentions) -> None:
    """"the Commission", "Commission spokesman X" after "the European Commission": the
    last word of an organisation's name, alone, names the organisation named last
    with it."""
    orgs = sorted((m for m in mentions.mention_list if not m.by_coref and len(m.entities) == 1
                   and m.entities[0].type in ("Organization", "Group")
                   and len(m.entities[0].label.split()) > 1), key=lambda m: m.span.start)
    if not orgs:
        return
    # the body a short name first stood for keeps it ("The Council condemned ..." after "the
    # Peace and Security Council", then "the dissolution of the Sovereign Council"; "The Council
    # demanded ...": the same council), and a short name the NER took for a body of its own
    # ("The Council" tagged ORG) is the short name all the same
    bound: dict[str, Entity] = {}
    replaced: set[str] = set()
    for i in mentions.positions(_SHORT_HEADS, lower=False):
        tok = doc[i]
        held = mentions._by_token.get(tok.i)
        if held is not None:
            # (an earlier pass's reading, made before every body was named, is read again)
            ent = held.entities[0]
            if len(held.span) > 1 or held.by_coref or len(held.entities) > 1 or ent.type != "Organization":
                continue
            if tok.i == 0 or doc[tok.i - 1].lower_ != "the" or ent.label.split()[-1] != tok.text:
                continue  # (not "the Indian Army": a name of its own)
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        prev = doc[tok.i - 1] if tok.i > tok.sent.start else None
        if nxt is not None and (nxt.lower_ in ("of", "for", "on") or nxt.pos_ == "PROPN"
                                and nxt.text[:1].isupper()) or \
                prev is not None and prev.pos_ == "PROPN" and prev.text[:1].isupper():
            continue  # part of another name: "Commission on Human Rights", "Trade Commission"
        found = [m.entities[0] for m in orgs if m.span.start < tok.i
                 and m.entities[0].label.split()[-1] == tok.text]
        if found:
            ent = bound[tok.text] if bound.get(tok.text) in found else found[-1]
            bound[tok.text] = ent
            if held is not None and held.entities[0] is ent:
                continue
            if held is not None:
                old = held.entities[0]
                replaced.add(old.id)
                where = (held.span.start_char, held.span.end_char)
                old.mentions = [m for m in old.mentions if m != where]
            mentions.add(doc[tok.i:tok.i + 1], ent, kind="name", overwrite=held is not None)
    mentions.drop_orphans(replaced)


#: Lowercase nouns that end the name of a site ("the Ta Muen Thom temple").
_SITE_NOUNS = frozenset({"temple", "shrine", "mosque", "church", "monastery", "pagoda",
                         "palace", "bridge", "dam", "checkpoint", "crossing", "camp", "base",
                         "airbase", "airfield", "pass", "compound", "refinery"})


def _facility_name(span: Span) -> Span:
    """"the Ta Muen Thom temple" when the NER stopped at "Ta Muen": the capitalised words
    and the site noun after a place or facility name belong to it."""
    doc = span.doc
    if span.label_ not in ("FAC", "LOC", "GPE") or span.end >= len(doc):
        return span
    end = span.end
    while end < len(doc) and end - span.end < 3 and doc[end].pos_ == "PROPN" and \
            doc[end].text[:1].isupper() and not doc[end].ent_type_:
        end += 1
    if end < len(doc) and doc[end].lower_ in _SITE_NOUNS and doc[end].text.islower():
        return Span(doc, span.start, end + 1, label="FAC")
    return span


def _repeated_names(doc: Doc, mentions: Mentions) -> None:
    """"Tumaini Secretary-General X" where the NER tagged "Tumaini" elsewhere only: a
    one-word organisation name names the organisation wherever it recurs as a name."""
    names = {m.span.text: m.entities[0] for m in mentions.mention_list
             if len(m.span) == 1 and not m.by_coref and len(m.entities) == 1
             and m.entities[0].type == "Organization" and m.entities[0].label == m.span.text
             and m.span.text[:1].isupper() and not m.span.text.isupper() and m.kind == "name"}
    if not names:
        return
    for i in mentions.positions(set(names), lower=False):
        if i not in mentions._by_token and doc[i].pos_ == "PROPN":
            mentions.add(doc[i:i + 1], names[doc[i].text])


def _org_place(span: Span) -> bool:
    """Whether an ORG-tagged bare name is used as a place: the object of "in", "near",
    "outside", "around" with no determiner ("fighting in El Fasher"; "in the Quad" is a
    body), or a modifier of a place noun ("the Putumayo department"); a short title-case
    name that no gazetteer knows and that holds no word of a body ("in Congress", "in
    Hezbollah's ranks" and "in the House of Commons" stay organisations)."""
    root = span.root
    if len(span) > 3 or span.text.isupper() or span.start == 0:
        return False
    if not all(t.is_title and t.is_alpha or t.text == "-" for t in span) or \
            any(t.lower_ in _ORG_WORDS for t in span) or load_gazetteer().lookup(span.text) is not None:
        return False
    if root.dep_ == "pobj":  # the preposition right before the name: no determiner between
        prep = root.head
        if prep.lower_ == "of" and prep.i == span.start - 1:  # "the town of Kidal"
            return prep.head.is_lower and prep.head.lemma_ in _SITE_HEADS
        return prep.lower_ in _IN_PLACE_PREPS and prep.i == span.start - 1
    return root.dep_ == "compound" and root.head.i >= span.end and root.head.is_lower \
        and root.head.lemma_ in _SITE_HEADS


def _described_places(doc: Doc, mentions: Mentions) -> None:
    """"Ashkelon, a coastal city in southern Israel" when the NER missed the name."""
    nouns = _PLACE_NOUNS | {n + "s" for n in _PLACE_NOUNS} | {"cities", "territories"}
    heads = {doc[i].head.i for i in mentions.positions(nouns) if doc[i].dep_ == "appos"}
    for token in (doc[i] for i in sorted(heads)):
        if token.pos_ != "PROPN" or not token.text[:1].isupper() or \
                token.i in mentions._by_token or token.dep_ == "compound":
            continue
        if not any(c.dep_ == "appos" and c.lemma_ in _PLACE_NOUNS for c in token.children):
            continue
        start = token.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN"\
                and doc[start - 1].i not in mentions._by_token:
            start -= 1
        label = doc[start:token.i + 1].text
        mentions.add(doc[start:token.i + 1], mentions.entity(slug(label), label, "Location"))


def _state_abbreviations(doc: Doc, mentions: Mentions) -> None:
    """"Rancho Mirage, Calif." when the NER left "Calif." out."""
    states = load_gazetteer().us_states
    # the tokenizer splits the period off abbreviations it has no exception for ("Alta", ".")
    stems = {a[:-1]: a for a in states if a.endswith(".") and "." not in a[:-1]}
    for token in (doc[i] for i in mentions.positions(states.keys() | stems.keys(), lower=False)
                  if i >= 2):
        end = token.i + 1
        text = token.text
        if text in stems and text not in states:
            if end >= len(doc) or doc[end].text != "." or doc[end].idx != token.idx + len(text):
                continue
            text, end = stems[text], end + 1
        old = mentions.mention_at(token)
        # "Toronto, Ont." with "Ont" tagged a person: the abbreviation wins
        stray = old is not None and end - token.i == 2 and old.span.start == token.i \
            and len(old.span) == 1 and old.entities[0].type in ("Person", "Organization")
        if (old is None or stray) \
                and doc[token.i - 1].text == "," and (text.endswith(".") or token.is_upper):
            prev = mentions.entity_at(doc[token.i - 2])
            if prev is not None and prev.type == "Location":
                state = states[text]
                mentions.add(doc[token.i:end], mentions.entity(slug(state), state, "Location"),
                             kind="state", overwrite=stray)
                if stray:
                    mentions.drop_orphans({old.entities[0].id})
