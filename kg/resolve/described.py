"""Names the NER missed or mistyped, found from their head nouns: "the Centre for X and
Y Studies" typed as a facility, "the Ti Kouto gang coalition", "state-owned PT KRIS", "the
state oil company Petrovana" (:func:`described_names`, called by
:func:`kg.resolve.entities.resolve_named`); "the Second Thomas Shoal", "Mischief Reef":
a geographic feature named by capitalised words before a feature noun
(:func:`feature_names`); "the China Chamber of Commerce", "the Norwegian Police Security
Service", "the UK Maritime Trade Operations agency": capitalised words the NER left untagged
before an organisation's head word (:func:`headed_names`).
"""
from __future__ import annotations

from spacy.tokens import Doc

from kg.resolve.acronyms import acronym_letters
from kg.resolve.gazetteer import load_gazetteer, slug
from kg.resolve.mentions import Mentions
from kg.types import Entity

__all__ = ["described_names", "feature_names", "headed_names"]

# -- names before a lowercase descriptor ------------------------------------------------
#: Lowercase head nouns after a name that say what it is: head -> entity type.
_DESCRIBED_HEADS = {"gang": "Group", "gangs": "Group", "coalition": "Group",
                    "militia": "Group", "faction": "Group", "cartel": "Group",
                    "group": "Group", "company": "Organization", "firm": "Organization",
                    "conglomerate": "Organization", "mission": "Organization",
                    "network": "Group", "movement": "Group"}
#: Lowercase words that may stand between the name and its head ("the X gang coalition").
_DESCRIPTORS = frozenset({"gang", "mercenary", "armed", "rebel", "militant", "paramilitary",
                          "criminal", "separatist", "jihadist", "insurgent", "militia",
                          "defence", "defense", "shipbuilding", "energy", "oil", "arms",
                          "security", "support", "peacekeeping", "state"})
_NAMED_HEADS = frozenset({"mission", "movement"})
#: Lowercase heads that a company's name follows ("the state oil company Petrola").
_NAME_AFTER = frozenset({"company", "firm", "giant", "conglomerate", "shipbuilder", "carrier",
                         "airline", "lender", "manufacturer", "maker", "producer", "operator",
                         "contractor", "insurer", "broadcaster", "miner", "refiner"})
_STATE_OWNED = frozenset({"owned", "run", "controlled", "backed"})


def _name_run(doc: Doc, end: int, mentions: Mentions) -> int:
    """Start of the run of capitalised words that ends before ``end`` (``end`` if none);
    words of a country, place or known organisation end it."""
    start = end
    while start > 0 and end - start < 5:
        tok = doc[start - 1]
        if not (tok.text[:1].isupper() and tok.pos_ in ("PROPN", "ADJ", "NOUN")) or \
                tok.is_sent_start:
            break
        ent = mentions.entity_at(tok)
        if ent is not None and ent.type not in ("Person",):
            break
        start -= 1
    return start


def described_names(doc: Doc, mentions: Mentions) -> None:
    """"the Viv Ansanm gang coalition", "the Kata mercenary group", "state-owned PT PAL":
    a capitalised name the NER missed (or took for a person) names an organisation or an
    armed group when a lowercase head noun after it, or "state-owned" before it, says
    so. Other mentions of the same name, tagged as a person, follow."""
    renamed: dict[str, object] = {}
    for i in mentions.positions(_DESCRIBED_HEADS):
        head = doc[i]
        if not head.text.islower() or i < 1 or i + 1 < len(doc) and \
                doc[i + 1].lower_ in _DESCRIBED_HEADS:
            continue  # "gang" in "the X gang coalition": the last head closes the name
        end = i
        while end > 0 and doc[end - 1].lower_ in _DESCRIPTORS and doc[end - 1].text.islower():
            end -= 1
        start = _name_run(doc, end, mentions)
        if start == end or (end - start == 1 and doc[start].pos_ != "PROPN"):
            continue  # "the Islamist group": a descriptive adjective, not a name
        kind = _DESCRIBED_HEADS[head.lower_]
        # a mission's or a movement's head word is part of its name; a gang's is not
        label = f"{doc[start:end].text} {head.text}" if head.lower_ in _NAMED_HEADS else None
        _described(doc, start, end, i + 1, kind, mentions, renamed, label)
    for i in mentions.positions(_NAME_AFTER):
        # "the state oil company Petrola", "shipbuilder Navantia": the name follows its head
        head = doc[i]
        if not head.text.islower() or i + 1 >= len(doc):
            continue
        end = i + 1
        while end < len(doc) and end - i <= 4 and doc[end].text[:1].isupper() and \
                doc[end].pos_ == "PROPN" and not doc[end].ent_id_ and \
                doc[end].ent_type_ not in ("DATE", "NORP", "PERSON"):
            end += 1
        if end > i + 1 and (end == len(doc) or doc[end].lower_ not in _DESCRIBED_HEADS):
            _described(doc, i + 1, end, end, "Organization", mentions, renamed)
    for i in mentions.positions({"known"}):
        # "a gang coalition known as Ti Kouto": the head before "known as" says what it is
        head = doc[i - 2] if i > 1 and doc[i - 1].text == "," else doc[i - 1] if i else None
        if head is None or i + 2 >= len(doc) or doc[i + 1].lower_ != "as" or \
                not head.text.islower() or head.lower_ not in _DESCRIBED_HEADS.keys() | _NAME_AFTER:
            continue
        end = i + 2
        while end < len(doc) and end - i <= 6 and doc[end].text[:1].isupper() and \
                doc[end].pos_ in ("PROPN", "NOUN", "ADJ") and not doc[end].ent_id_:
            end += 1
        if end > i + 2 and not acronym_letters(doc[i + 2:end].text):
            named = _described(doc, i + 2, end, end,
                               _DESCRIBED_HEADS.get(head.lower_, "Organization"), mentions, renamed)
            if named is not None and mentions.mention_at(head) is None:
                mentions.add(doc[head.i:head.i + 1], named, alias="")  # "the coalition" is it
    for i in mentions.positions(_STATE_OWNED):
        if i < 2 or doc[i - 1].text not in ("-", "–") or doc[i - 2].lower_ != "state":
            continue
        end = i + 1
        while end < len(doc) and end - i <= 4 and (doc[end].text[:1].isupper() and
                                                   doc[end].pos_ in ("PROPN", "NOUN")):
            ent = mentions.entity_at(doc[end])
            if ent is not None and (ent.type == "Country" or ent.id in load_gazetteer().orgs):
                break
            end += 1
        if end > i + 1:
            _described(doc, i + 1, end, end, "Organization", mentions, renamed)
    if renamed:  # "Viv Ansanm said" after "the Viv Ansanm coalition": the same group
        for mention in mentions.mention_list:
            mention.entities = [renamed.get(e.id, e) for e in mention.entities]
        mentions.drop_orphans(set(renamed))


def _described(doc: Doc, start: int, end: int, stop: int, kind: str, mentions: Mentions,
               renamed: dict, label: str | None = None) -> Entity | None:
    name = doc[start:end]
    if load_gazetteer().lookup(name.text) is not None:
        return None
    old = {e.id: e for t in doc[start:stop] for e in mentions.entities_at(t)}
    orgs = load_gazetteer().orgs
    pieces = all(m.span.start >= start and m.span.end <= stop
                 for t in doc[start:stop] for m in [mentions.mention_at(t)] if m is not None)
    gaz = load_gazetteer()
    if any(e.type != "Person" and not (pieces and e.type in ("Organization", "Location")
                                       and e.id not in orgs and gaz.lookup(e.label) is None)
           for e in old.values()):
        return None  # a known organisation or place already: the NER had it right
    label = " ".join((label or name.text).split())
    group = mentions.entity(slug(label), label, kind)
    if group.type == "Person" or group.type == "Location" and group.id in old:
        group.type = kind  # the same name tagged as a person or place: one entity, retyped
    for ident, ent in old.items():
        if ent is not group and ent.label == label and ent.type == "Person":
            renamed[ident] = group
    mentions.add(doc[start:stop], group, overwrite=True, alias=label)
    group.aliases.add(doc[start:stop].text)
    return group


#: Capitalised last words of the names of geographic features.
_FEATURE_WORDS = frozenset({"Shoal", "Reef", "Atoll", "Strait", "Bay", "Gulf", "Sea", "River",
                            "Lake", "Valley", "Peninsula", "Desert", "Canal", "Pass", "Island",
                            "Islands", "Mountains", "Plateau", "Basin", "Corridor", "Cape"})
_ORDINAL_WORDS = frozenset({"First", "Second", "Third", "Fourth", "Fifth", "Upper", "Lower"})


def feature_names(doc: Doc, mentions: Mentions) -> None:
    """"near the Second Thomas Shoal", "at Mischief Reef": capitalised words (an ordinal
    among them) before a capitalised feature noun, untagged by the NER, name a place."""
    for i in mentions.positions(_FEATURE_WORDS, lower=False):
        if i in mentions._by_token or i == 0:
            continue
        start = i
        while start > 0 and i - start < 4:
            tok = doc[start - 1]
            if tok.is_sent_start or start - 1 in mentions._by_token or not tok.is_title or \
                    not (tok.pos_ == "PROPN" or tok.text in _ORDINAL_WORDS):
                break
            start -= 1
        if start == i or start > 0 and doc[start - 1].is_title and \
                start - 1 not in mentions._by_token:
            continue  # "Half Moon Reef" at the start of a sentence: where it starts is unsure
        label = doc[start:i + 1].text
        mentions.add(doc[start:i + 1], mentions.entity(slug(label), label, "Location"))


# -- capitalised names with an organisation's head word -----------------------------------
#: Capitalised last words of the names of public bodies, parties and associations.
_ORG_HEADS = frozenset({
    "Party", "Assembly", "Committee", "Service", "Services", "Agency", "Chamber", "Council",
    "Commission", "Authority", "Directorate", "Command", "Bureau", "Board", "Federation",
    "Association", "Institute", "Corps", "Guard", "Police", "Front", "Movement", "League",
    "Coalition", "Organization", "Organisation", "Tribunal", "Senate", "Headquarters",
    "Congress", "Confederation", "Syndicate", "Union", "Alliance", "Staff", "Church", "Crescent", "Patriarchate"})
#: Lowercase words that say a capitalised name before them is an organisation's, when the
#: name holds two capitalised words or more ("the UK Maritime Trade Operations agency").
_LOWER_ORG_HEADS = frozenset({"agency", "committee", "council", "service", "authority",
                              "commission", "party"})
_OF_WORDS = frozenset({"of", "for"})


def _country_word(tok, mentions: Mentions) -> str | None:
    """The iso3 of a country name or demonym that opens an organisation's name."""
    mention = mentions.mention_at(tok)
    if mention is None or mention.by_coref or len(mention.entities) != 1 or len(mention.span) != 1:
        return None
    entity = mention.entities[0]
    return entity.id if entity.type == "Country" and mention.kind in ("name", "demonym") else None


def _of_phrase_end(doc: Doc, end: int, mentions: Mentions) -> int:
    """End of the "of"/"for" phrase of a name that starts at ``end`` ("for the Treatment of
    Prisoners of War"); ``end`` when no capitalised word follows."""
    stop, last = end, end
    while stop < len(doc) and stop - end < 9:
        tok = doc[stop]
        if tok.lower_ in _OF_WORDS or tok.lower_ in ("the", "and") and stop > end:
            stop += 1
        elif tok.text[:1].isupper() and tok.pos_ == "PROPN" and stop not in mentions._by_token:
            stop += 1
            last = stop
        else:
            break
    return last


def _possessor_country(doc: Doc, start: int, mentions: Mentions):
    """The country of "Ukraine's" right before a name starting at ``start``, or None."""
    if start < 2 or doc[start - 1].tag_ != "POS":
        return None
    entity = mentions.entity_at(doc[start - 2])
    return entity if entity is not None and entity.type == "Country" else None


def headed_names(doc: Doc, mentions: Mentions) -> None:
    """"the China Chamber of Commerce urged ...", "the Norwegian Police Security Service
    (PST)", "The UK Maritime Trade Operations agency said": untagged capitalised proper nouns
    ending in an organisation's head word (or before a lowercase one) name an organisation,
    with the "of"/"for" phrase after a capitalised head ("Chamber of Commerce"). A country
    or demonym that opens the name stays in the label and ties the body to its country; a
    name the gazetteer or the NER already had is left alone."""
    gaz = load_gazetteer()
    for i in mentions.positions(_ORG_HEADS | _LOWER_ORG_HEADS, lower=False):
        head = doc[i]
        lower = head.text in _LOWER_ORG_HEADS
        if i == 0 or (not lower and head.pos_ != "PROPN"):
            continue
        if i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN" and doc[i + 1].text[:1].isupper():
            continue  # "Party Secretary Li": the head opens a title or a longer name
        tagged = mentions.mention_at(head)
        if tagged is not None:
            # the NER's own name, unknown to the gazetteer, after a country word: "the
            # Norwegian | Police Security Service" gets its demonym back
            entity = tagged.entities[0]
            if tagged.by_coref or tagged.span.end != i + 1 or entity.type != "Organization" or \
                    entity.id in gaz.orgs or tagged.span.start == 0 or \
                    _country_word(doc[tagged.span.start - 1], mentions) is None and \
                    _possessor_country(doc, tagged.span.start, mentions) is None:
                continue
            start = tagged.span.start
        else:
            start = i
            while start > head.sent.start and i - start < 5:
                tok = doc[start - 1]
                if not (tok.text[:1].isupper() and tok.pos_ == "PROPN") or tok.ent_type_ == "PERSON":
                    break
                piece = mentions.mention_at(tok)
                if piece is not None:  # "Norwegian [Police] Security Service": a body the
                    # rules built from a word of the name is part of it
                    if piece.by_coref or piece.span.end != start or \
                            piece.entities[0].type != "Organization" or piece.entities[0].id in gaz.orgs:
                        break
                    start = piece.span.start
                    continue
                start -= 1
        country = _country_word(doc[start - 1], mentions) if start > head.sent.start else None
        of_phrase = not lower and i + 2 < len(doc) and doc[i + 1].lower_ in _OF_WORDS and \
            doc[i + 2].text[:1].isupper()
        words = i - start  # capitalised words before the head
        if (words == 0 and not (country and of_phrase)) or lower and words < 2:
            continue  # "the Committee", "the Alpha agency": too little to be a name
        if country is not None:
            start -= 1
        before = doc[start - 1] if start > 0 else None
        if before is not None and (not before.whitespace_ or before.text in ("-", "–")
                                   or before.pos_ == "PROPN" and before.text[:1].isupper()):
            continue  # "the U.S.-India / U.S. India Business Council": the name goes on before it
        if lower and words < 3 and country is None:
            continue  # "the Civil Defence agency": two words may only describe it
        end = i + 1
        if not lower and end + 1 < len(doc) and doc[end].lower_ in _OF_WORDS:
            end = _of_phrase_end(doc, end, mentions)  # "Chamber of Commerce"
        name_end = i if lower else end
        label = " ".join(doc[start:name_end].text.split())
        if gaz.lookup(label) is not None or label.split()[-1] in ("Party", "Movement") and \
                country is not None:
            continue  # a known body; "the Ruritania Party" is left to the party rules
        owner = _possessor_country(doc, start, mentions)
        known = gaz.lookup(f"{label} of {owner.label}") if owner is not None else None
        if known is not None and known[0] == "org":
            # "Ukraine's Security Service": the gazetteer's "Security Service of Ukraine"
            record = gaz.orgs[known[1]]
            mentions.add(doc[start:end], mentions.entity(record.id, record.label, record.type),
                         overwrite=True, alias=label)
            continue
        # no ``org_country``: whether the body is a part of its country's state (a police
        # service) or not (a chamber of commerce) is for kg.resolve.memberships to judge
        org = mentions.entity(slug(label), label, "Organization")
        if owner is not None and (" of " in label or " for " in label):
            # "Ukraine's Coordination Headquarters for the Treatment of X": as "the X of
            # <Country>", a national body of the possessor
            mentions.org_country[org.id] = owner.id
        old = {e.id for k in range(start, end) for e in mentions.entities_at(doc[k])
               if e.type == "Organization"} - {org.id}
        mentions.add(doc[start:end], org, overwrite=True, alias=label)
        mentions.drop_orphans(old)
