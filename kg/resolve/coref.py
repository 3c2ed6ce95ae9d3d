"""Coreference within an article: pronouns, definite descriptions, first person.

Heuristics, in order of trust:

- he/she/him/his/her: the Person that is subject of the same sentence before the
  pronoun, else the subject Person of the nearest earlier sentence that names
  one (up to three back), else the last Person named there.
- it/its: the Country/Organization that is subject of the same or the previous
  sentence (so "the report ... it" is left alone unless an actor is the subject).
- they/them/their: a plural subject of the same or previous sentence: conjoined
  actors ("China and India ... they"), a Group, or a government phrase.
- "the president", "the Chinese leader", "the premier", "the two presidents":
  the person(s) last seen with that title (titles come from the static facts).
- "the country", "the nation", "the two countries", "the bloc", "the alliance",
  "the ministry", "the organisation": the last matching entity; "the North"
  / "the South" after North / South Korea.
- we/our/I in quotes: :func:`resolve_first_person` with the quote's speaker.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.resolve.gazetteer import load_gazetteer
from kg.resolve.mentions import Mentions
from kg.types import Entity

__all__ = ["resolve_coref", "resolve_first_person"]

_HE = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
_IT = frozenset({"it", "its", "itself"})
_THEY = frozenset({"they", "them", "their", "theirs", "themselves"})
_WE = frozenset({"we", "us", "our", "ours", "ourselves"})
_I = frozenset({"i", "me", "my", "mine", "myself"})
_SUBJ = frozenset({"nsubj", "nsubjpass"})
_COUNTRY_NOUNS = frozenset({"country", "nation", "kingdom", "republic", "countries", "nations"})
# description -> words one of which the organisation's label must contain (None: any)
_ORG_NOUNS = {"bloc": None, "alliance": ("Alliance", "Treaty", "NATO"), "union": ("Union",),
              "organization": None, "organisation": None, "agency": ("Agency",),
              "movement": None, "court": ("Court",),
              "tribunal": ("Court", "Tribunal"), "council": ("Council",)}
_PLACE_NOUNS = frozenset({"enclave", "territory", "province", "exclave"})
_ACTOR = ("Country", "Organization", "Group")
_LOOKBACK = 3


def _subjects(sent, before: int | None, mentions: Mentions, types) -> list[list[Entity]]:
    """Entity lists of subject tokens of ``sent`` (before token index ``before``)."""
    out = []
    for token in sent:
        if before is not None and token.i >= before:
            break
        if token.dep_ not in _SUBJ:
            continue
        ents = [e for e in mentions.entities_at(token) if e.type in types]
        for conj in token.conjuncts:
            ents += [e for e in mentions.entities_at(conj) if e.type in types and e not in ents]
        if ents:
            out.append(ents)
    return out


def _plural_subject(sent, entity: Entity, mentions: Mentions) -> bool:
    """Whether the entity is the subject as a plural noun ("Chinese officials")."""
    for token in sent:
        if token.dep_ in _SUBJ and token.tag_ in ("NNS", "NNPS") and \
                entity in mentions.entities_at(token):
            return True
    return False


def _named_in(sent, before: int | None, mentions: Mentions, types) -> list[Entity]:
    out = []
    for token in sent:
        if before is not None and token.i >= before:
            break
        hit = mentions.mention_at(token)
        if hit and not hit.by_coref:
            out += [e for e in hit.entities if e.type in types and e not in out]
    return out


def _antecedent(doc: Doc, token: Token, mentions: Mentions, types, plural: bool):
    sents = list(doc.sents)
    index = next(i for i, s in enumerate(sents) if s.start <= token.i < s.end)
    for back in range(0, _LOOKBACK + 1):
        if index - back < 0:
            break
        sent = sents[index - back]
        before = token.i if back == 0 else None
        subjects = _subjects(sent, before, mentions, types)
        if plural:
            subjects = [s for s in subjects if len(s) > 1 or s[0].type == "Group"
                        or _plural_subject(sent, s[0], mentions)]
        else:
            subjects = [s for s in subjects if len(s) == 1
                        and not _plural_subject(sent, s[0], mentions)]
        if subjects:
            return subjects[-1] if back == 0 else subjects[0]
        if types == ("Person",) and back > 0:
            named = _named_in(sent, None, mentions, types)
            if named:
                return [named[-1]]
        if types != ("Person",) and back >= 1:
            break  # it/they: only the same and the previous sentence
    return None


def _titled(mentions: Mentions, token: Token, title: str, country: str | None, count: int):
    """The last ``count`` people seen before ``token`` with ``title`` (and country)."""
    head = title.split()[-1]
    order = []
    for mention in mentions.mention_list:
        if mention.span.start >= token.i or mention.by_coref:
            continue
        for ent in mention.entities:
            if ent.type != "Person":
                continue
            for seen, _rel, target in mentions.titles.get(ent.id, ()):
                if (seen == title or seen.split()[-1] == head) and \
                        (country is None or target == country):
                    order.append((mention.span.start, ent))
                    break
    found: list[Entity] = []
    for _pos, ent in sorted(order, key=lambda p: -p[0]):
        if ent not in found:
            found.append(ent)
        if len(found) == count:
            break
    return found if len(found) == count else []


def _last_of(mentions: Mentions, token: Token, accept, count: int = 1) -> list[Entity]:
    found: list[Entity] = []
    for mention in sorted(mentions.mention_list, key=lambda m: -m.span.start):
        if mention.span.start >= token.i or mention.by_coref:
            continue
        for ent in mention.entities:
            if accept(ent) and ent not in found:
                found.append(ent)
        if len(found) >= count:
            return found[:count]
    return []


def _count(token: Token) -> int:
    """How many entities a description names: 1, 2 ("the two presidents"), 0 unknown."""
    numbers = {"two": 2, "2": 2, "both": 2, "three": 3, "3": 3}
    for child in token.children:
        if child.lower_ in numbers and child.dep_ in ("nummod", "det", "predet", "amod"):
            return numbers[child.lower_]
    return 0 if token.tag_ in ("NNS", "NNPS") else 1


def _description(doc: Doc, token: Token, mentions: Mentions) -> list[Entity]:
    gaz = load_gazetteer()
    low = token.lower_
    dets = {c.lower_ for c in token.children if c.dep_ in ("det", "predet")}
    if not dets & {"the", "both"} or token.dep_ == "compound":
        return []
    if any(c.dep_ == "appos" or c.ent_type_ == "PERSON" for c in token.children) or \
            (token.head.ent_type_ == "PERSON" and token.dep_ in ("compound", "appos")):
        return []
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children) or \
            any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return []  # "the Japan-U.S. alliance", "the nations of the region": not anaphoric
    count = 2 if "both" in dets else _count(token)
    if count == 0:
        return []  # "the countries": how many is unknown
    if low in ("north", "south") and token.pos_ == "PROPN":
        iso3 = "PRK" if low == "north" else "KOR"
        if iso3 in mentions.entities and doc[token.i + 1:token.i + 2].text[:1].islower() \
                or token.i + 1 == len(doc):
            return [mentions.entities[iso3]]
        return []
    if low in _COUNTRY_NOUNS:
        return _last_of(mentions, token, lambda e: e.type == "Country", count)
    if low in ("ministry", "department"):
        return _last_of(mentions, token, lambda e: e.type == "Organization"
                        and ("Ministry" in e.label or "Department" in e.label), 1)
    if low in _PLACE_NOUNS and count == 1:
        places = [m for m in mentions.mention_list if m.span.start < token.i and not m.by_coref
                  and m.kind == "name" and m.entities[0].type == "Location"]
        return [places[-1].entities[0]] if places else []
    if low in _ORG_NOUNS:
        words = _ORG_NOUNS[low]
        international = low == "bloc"
        return _last_of(mentions, token, lambda e: e.type in ("Organization", "Group")
                        and (words is None or any(w in e.label for w in words))
                        and (not international or (e.id in gaz.orgs
                                                   and gaz.orgs[e.id].country is None)), 1)
    singular = low[:-1] if count > 1 and low.endswith("s") else low
    compounds = [c.lower_ for c in token.lefts if c.dep_ == "compound"]
    title = " ".join(compounds + [singular])
    if title not in gaz.titles and singular not in gaz.titles:
        return []
    country = None
    for child in token.lefts:
        ent = mentions.entity_at(child)
        if child.dep_ in ("amod", "compound", "poss") and ent is not None and ent.type == "Country":
            country = ent.id
    return _titled(mentions, token, title, country, count)


def _referential_it(token: Token) -> bool:
    """"its" and "it" as the subject of a non-copular verb ("it said"); not
    "it was the deadliest", "much of it", "it is expected that"."""
    if token.lower_ == "its":
        return True
    return token.dep_ in _SUBJ and token.head.lemma_ != "be" and token.head.pos_ != "AUX"


def resolve_coref(doc: Doc, mentions: Mentions) -> None:
    """Resolve pronouns and definite descriptions not yet covered by a mention."""
    for token in doc:
        if token.i in mentions._by_token:
            continue
        low = token.lower_
        found = None
        if low in _HE and token.pos_ == "PRON":
            found = _antecedent(doc, token, mentions, ("Person",), plural=False)
        elif low in _IT and token.pos_ == "PRON" and _referential_it(token):
            found = _antecedent(doc, token, mentions, _ACTOR, plural=False)
        elif low in _THEY and token.pos_ == "PRON":
            found = _antecedent(doc, token, mentions, _ACTOR, plural=True)
        elif token.pos_ in ("NOUN", "PROPN"):
            found = _description(doc, token, mentions) or None
            if found:
                mentions.add(doc[token.i:token.i + 1], found, by_coref=True, kind="description")
                continue
        if found:
            mentions.add(doc[token.i:token.i + 1], list(found), by_coref=True, kind="pronoun")


def resolve_first_person(token: Token, speaker: Entity | None,
                         mentions: Mentions | None = None) -> Entity | None:
    """The entity a first-person word in a quote stands for.

    "I", "me", "my" -> the speaker. "we", "us", "our" -> the speaker's country or
    organisation when known (a person's leaderOf / memberOf target, preferring a
    country), else the speaker itself (a country or organisation speaking).

    Args:
        token: the first-person token.
        speaker: the quote's speaker (found by the extractor's quote attribution).
        mentions: the article's mentions, to look up the speaker's affiliation.

    Returns:
        The entity, or None when the token is not first person or no speaker is known.
    """
    if speaker is None:
        return None
    low = token.lower_
    if low in _I:
        return speaker
    if low not in _WE:
        return None
    if speaker.type != "Person" or mentions is None:
        return speaker
    country = mentions.country_of(speaker)
    if country is not None:
        return country
    for fact in mentions.static_facts:
        if fact.subject_id == speaker.id and fact.predicate in ("leaderOf", "memberOf"):
            return mentions.entities.get(fact.object_id) or speaker
    return speaker
