"""Names the NER missed or mistyped, found from their head nouns: "the Centre for X and
Y Studies" typed as a facility, "the Ti Kouto gang coalition", "state-owned PT KRIS", "the
state oil company Petrovana" (:func:`described_names`, called by
:func:`kg.resolve.entities.resolve_named`); "the Second Thomas Shoal", "Mischief Reef":
a geographic feature named by capitalised words before a feature noun
(:func:`feature_names`).
"""
from __future__ import annotations

from spacy.tokens import Doc

from kg.resolve.acronyms import acronym_letters
from kg.resolve.gazetteer import load_gazetteer, slug
from kg.resolve.mentions import Mentions
from kg.types import Entity

__all__ = ["described_names", "feature_names"]

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
