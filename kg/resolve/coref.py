"""Coreference within an article: pronouns, definite descriptions, first person.

Heuristics, in order of trust:

- he/she/him/his/her: the Person that is subject of the same sentence before the
  pronoun, else the subject Person of the nearest earlier sentence that names
  one (up to three back), else the last Person named there; people known to be of
  the other gender ("Ms. Merkel", "Mr. Macron") are skipped.
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

import bisect
import csv
import functools
from importlib import resources

from spacy.attrs import POS
from spacy.symbols import ADJ, NOUN, PRON, PROPN
from spacy.tokens import Doc, Token

from kg.resolve.focus import cached_focal
from kg.resolve.gazetteer import load_gazetteer
from kg.resolve.mentions import Mentions
from kg.types import Entity

__all__ = ["resolve_coref", "resolve_first_person", "earlier_pair", "known_as"]

_HE = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
_SHE = frozenset({"she", "her", "hers", "herself"})
# words right before a name that give the person's gender (honorifics, ranks, gendered
# titles such as "spokeswoman" and kinship words such as "his wife")
_MALE = frozenset({"mr.", "mr", "sir", "king", "prince", "lord", "sheikh", "emir", "sultan",
                   "spokesman", "chairman", "congressman", "duke", "emperor", "husband",
                   "son", "brother", "father", "grandson", "nephew", "uncle"})
_FEMALE = frozenset({"mrs.", "mrs", "ms.", "ms", "miss", "lady", "queen", "princess", "dame",
                     "madam", "spokeswoman", "chairwoman", "congresswoman", "councilwoman",
                     "duchess", "empress", "baroness", "countess", "wife", "widow", "daughter",
                     "sister", "mother", "granddaughter", "niece", "aunt", "sheikha"})
_IT = frozenset({"it", "its", "itself"})
_THEY = frozenset({"they", "them", "their", "theirs", "themselves"})
_WE = frozenset({"we", "us", "our", "ours", "ourselves"})
_I = frozenset({"i", "me", "my", "mine", "myself"})
_SUBJ = frozenset({"nsubj", "nsubjpass"})
# plural people nouns that are not titles ("the two presidents" goes by title)
_PEOPLE_NOUNS = frozenset({"men", "women", "enemies", "rivals", "adversaries", "foes"})
_COUNTRY_NOUNS = frozenset({"country", "nation", "kingdom", "republic", "countries", "nations",
                            "neighbours", "neighbors"})
# plural nouns of states that name countries listed earlier ("the four Nordic nations")
_STATE_PLURALS = frozenset({"countries", "nations", "powers", "states", "governments",
                            "capitals", "allies", "neighbours", "neighbors"})
# description -> words one of which the organisation's label must contain (None: any)
_ORG_NOUNS = {"bloc": None, "alliance": ("Alliance", "Treaty", "NATO"), "union": ("Union",),
              "organization": None, "organisation": None, "agency": ("Agency",),
              "movement": None, "court": ("Court",),
              "tribunal": ("Court", "Tribunal"), "council": ("Council",),
              "commission": ("Commission",), "mission": ("Mission",)}
_PLACE_NOUNS = frozenset({"enclave", "territory", "province", "exclave"})
# "the paramilitary group", "the junta", "the regional body": descriptions of armed groups,
# military rulers and international organisations, and the words their names carry
_ARMED_WORDS = frozenset({"paramilitary", "rebel", "militant", "armed", "insurgent", "jihadist",
                          "militia", "separatist"})
_ARMED_NAME_WORDS = frozenset({"Forces", "Front", "Army", "Movement", "Brigade", "Brigades",
                               "Militia", "Group"})
# words that may stand before "the group" when it names a group the article named:
# armed-group adjectives, and words of its stance ("the terror group", "the hardline group")
_GROUP_MODIFIERS = _ARMED_WORDS | frozenset({"terror", "terrorist", "islamist", "extremist",
                                             "jihadi", "radical", "hardline", "militant",
                                             "backed", "-", "armed", "banned", "outlawed"})
# a "group" that is an organisation carries one of these in its name ("Group of Seven")
_GROUP_NAME_WORDS = _ARMED_NAME_WORDS | frozenset({"Party"})
_JUNTA_NAME_WORDS = frozenset({"Military", "Command", "Council", "Committee", "Junta"})
_REGIONAL_WORDS = frozenset({"continental", "regional", "international", "intergovernmental",
                             "multilateral", "global"})
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
        if not mentions.entities_at(token):  # "the Ruritanian Finance Department said it ..."
            ents = known_as(token, mentions, types) or \
                [e for c in token.lefts if c.dep_ == "compound"
                 for e in mentions.entities_at(c) if e.type in types][-1:] or \
                [e for e in _owner_of_people(token, mentions) if e.type in types] or \
                _appositive(token, mentions, types)
        for conj in token.conjuncts:
            ents += [e for e in mentions.entities_at(conj) if e.type in types and e not in ents]
        if ents:
            out.append(ents)
    return out


_NAMING_VERBS = frozenset({"known", "called", "named", "dubbed"})


def known_as(token: Token, mentions: Mentions, types) -> list[Entity]:
    """"The U.N. peacekeeping force in Lebanon, known as UNIFIL, said": a description
    followed by the name it is known as is that name's entity."""
    for child in token.rights:
        if child.dep_ == "acl" and child.lower_ in _NAMING_VERBS:
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ == "as":
                    ents = [e for g in prep.children if g.dep_ == "pobj"
                            for e in mentions.entities_at(g) if e.type in types]
                    if len(ents) == 1:
                        return ents
    return []


def _appositive(token: Token, mentions: Mentions, types) -> list[Entity]:
    """"Ruritania's envoy, Ana Lind, spoke ...": the subject is a title whose apposition
    names the person (a clause named later in the sentence does not replace them)."""
    for child in token.rights:
        if child.dep_ == "appos":
            ents = [e for e in mentions.entities_at(child) if e.type in types]
            if len(ents) == 1:
                return ents
    return []


def _plural_subject(sent, entity: Entity, mentions: Mentions) -> bool:
    """Whether the entity is the subject as a plural noun ("Chinese officials")."""
    for token in sent:
        if token.dep_ in _SUBJ and token.tag_ in ("NNS", "NNPS") and (
                entity in mentions.entities_at(token) or not mentions.entities_at(token)
                and entity in _owner_of_people(token, mentions)):
            return True
    return False


#: plural nouns of people who speak for the body that modifies them ("G7 ministers")
_DELEGATE_NOUNS = frozenset({"ministers", "leaders", "officials", "representatives", "envoys",
                             "diplomats", "delegates", "negotiators"})


def _owner_of_people(token: Token, mentions: Mentions) -> list[Entity]:
    """"EU leaders", "foreign ministers of the Group of Seven": the one actor that a plural
    noun of delegates stands for (a compound before it, or "of" and a name after it)."""
    if token.lower_ not in _DELEGATE_NOUNS:
        return []
    ents = [e for c in token.lefts if c.dep_ in ("compound", "nmod")
            for e in mentions.entities_at(c) if e.type in _ACTOR]
    if ents:
        return ents if len(ents) == 1 else []
    # "the foreign ministers of A, B and C": every actor of the list
    for prep in (c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"):
        for g in (g for g in prep.children if g.dep_ == "pobj"):
            for t in (g, *g.conjuncts):
                ents += [e for e in mentions.entities_at(t) if e.type in _ACTOR and e not in ents]
    return ents


def _named_in(sent, before: int | None, mentions: Mentions, types) -> list[Entity]:
    out = []
    for token in sent:
        if before is not None and token.i >= before:
            break
        hit = mentions.mention_at(token)
        if hit and not hit.by_coref:
            out += [e for e in hit.entities if e.type in types and e not in out]
    return out


def _genders(doc: Doc, mentions: Mentions) -> dict[str, str]:
    """Person id -> "m" / "f" from a word right before one of its names
    ("Mr. Obama", "Ms. Merkel", "Queen Elizabeth", "First Lady Ann Roe")."""
    out: dict[str, str] = {}
    for mention in mentions.mention_list:
        ent = mention.entities[0]
        if mention.by_coref or ent.type != "Person" or mention.span.start == 0:
            continue
        word = doc[mention.span.start - 1].lower_
        if word in _MALE or word in _FEMALE:
            out.setdefault(ent.id, "m" if word in _MALE else "f")
    return out


def _compatible(found: list[Entity] | None, pronoun: Token, genders: dict[str, str]) -> bool:
    if not found or pronoun.lower_ not in _HE:
        return bool(found)
    wanted = "f" if pronoun.lower_ in _SHE else "m"
    return all(genders.get(e.id, wanted) == wanted for e in found)


def _sentences(doc: Doc, mentions: Mentions) -> tuple[list, list[int]]:
    """The doc's sentences and their start tokens, computed once per article."""
    return mentions.sentences()


def _plural_before(token: Token, mentions: Mentions) -> list[Entity] | None:
    """"X, friendly with both neighbours, told them to calm down": the last mention of several
    actors earlier in the pronoun's sentence."""
    for tok in reversed(token.doc[token.sent.start:token.i]):
        ents = [e for e in mentions.entities_at(tok) if e.type in _ACTOR]
        if len(ents) >= 2:
            return ents
    return None


def _root_subject(sent, mentions: Mentions, types) -> Entity | None:
    """The one entity the subject of a sentence's main verb names, if any."""
    for child in sent.root.children:
        if child.dep_ in _SUBJ:
            ents = [e for e in mentions.entities_at(child) if e.type in types] or \
                (_appositive(child, mentions, types) if not mentions.entities_at(child) else [])
            return ents[0] if len(ents) == 1 and not child.conjuncts else None
    return None


def _cataphor(token: Token, mentions: Mentions) -> Entity | None:
    """"Speaking to reporters as he left, Trump said": a pronoun in a clause before the
    main verb refers to the main clause's subject named after it."""
    head = token
    while head.head.i != head.i and not (head.dep_ == "advcl" and head.head.dep_ != "advcl"):
        head = head.head  # up to the outermost fronted clause ("Speaking as he left")
    if head.dep_ != "advcl" or head.i > head.head.i:
        return None
    for child in head.head.children:
        if child.dep_ in _SUBJ and child.i > token.i:
            ents = [e for e in mentions.entities_at(child) if e.type == "Person"]
            return ents[0] if len(ents) == 1 else None
    return None


def _antecedent(doc: Doc, token: Token, mentions: Mentions, types, plural: bool,
                genders: dict[str, str] | None = None, same_only: bool = False):
    """The entities a pronoun refers to (see the module docstring), or None
    (``same_only``: look in the pronoun's own sentence only)."""
    genders = genders or {}
    sents, starts = _sentences(doc, mentions)
    index = bisect.bisect_right(starts, token.i) - 1
    for back in range(0, 1 if same_only else _LOOKBACK + 1):
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
        subjects = [s for s in subjects if _compatible(s, token, genders)]
        if back == 0 and not subjects and types == ("Person",):
            ahead = _cataphor(token, mentions)  # "As he left, Trump said ..."
            if ahead is not None and _compatible([ahead], token, genders):
                return [ahead]
        if subjects and back >= 1:
            # the main clause's subject before one in a fronted clause ("Speaking as he
            # left, Trump said ... He also ...": Trump)
            main = _root_subject(sent, mentions, types)
            if main is not None and any(main in s for s in subjects) and \
                    _compatible([main], token, genders):
                return [main]
        if subjects:
            return subjects[-1] if back == 0 else subjects[0]
        if types == ("Person",):
            # "Bennett's office said he would travel": the person named before it
            named = [e for e in _named_in(sent, token.i if back == 0 else None, mentions, types)
                     if _compatible([e], token, genders)]
            if named:
                return [named[-1]]
        if types != ("Person",) and back >= 1:
            break  # it/they: only the same and the previous sentence
    return None


def _titled(mentions: Mentions, token: Token, title: str, country: str | None, count: int):
    """The last ``count`` people seen before ``token`` with ``title`` (and country)."""
    spaced = title.replace("-", " ")  # "secretary-general" is also written "secretary general"
    head = title.split()[-1]
    order = []
    for mention in mentions.mention_list:
        if mention.span.start >= token.i or mention.by_coref:
            continue
        for ent in mention.entities:
            if ent.type != "Person":
                continue
            for seen, _rel, target in mentions.titles.get(ent.id, ()):
                # "the leader" stands for any head of state or government seen
                if (seen.replace("-", " ") == spaced or seen.split()[-1] == head
                        or head == "leader" and _rel == "leaderOf") and \
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


def _pair_of(token: Token, mentions: Mentions, kind: str | tuple[str, ...]) -> list[Entity]:
    """The entities of a conjunction "A and B" headed by ``token`` (of ``kind``, one
    type or several; for countries, people stand for the country their title names)."""
    kinds = (kind,) if isinstance(kind, str) else kind
    out: list[Entity] = []
    for tok in (token, *token.conjuncts):
        for ent in mentions.entities_at(tok):
            if "Country" in kinds and ent.type == "Person":
                targets = [t for _title, _rel, t in mentions.titles.get(ent.id, ()) if t]
                ent = mentions.entities.get(targets[0]) if targets else None
            if ent is not None and ent.type in kinds and ent not in out:
                out.append(ent)
    return out


@functools.lru_cache(maxsize=1)
def _regions() -> dict[str, frozenset[str]]:
    """Regional adjective -> iso3 codes it covers (``kg/data/country_groups.csv``)."""
    text = resources.files("kg.data").joinpath("country_groups.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if line and not line.startswith("#"))
    return {r["adjective"].strip().lower(): frozenset(r["members"].split("|")) for r in rows}


def _country_lists(doc: Doc, mentions: Mentions) -> list[tuple[int, list[Entity]]]:
    """Every coordination of two or more named countries ("France, Germany and
    Britain"), as (position of its head, countries), computed once per article."""
    cached = getattr(mentions, "_country_lists", None)
    if cached is None:
        cached = []
        heads = set()
        for mention in mentions.mention_list:  # only coordinations that hold a country
            if mention.by_coref or mention.entities[0].type != "Country":
                continue
            tok = mention.span.root
            while tok.dep_ == "conj" and tok.head is not tok:
                tok = tok.head
            heads.add(tok)
        for tok in sorted(heads, key=lambda t: t.i):
            ents = [e for t in (tok, *tok.conjuncts) for hit in [mentions.mention_at(t)]
                    if hit is not None and not hit.by_coref
                    for e in hit.entities if e.type == "Country"]
            ents = list({e.id: e for e in ents}.values())
            if len(ents) >= 2:
                cached.append((tok.i, ents))
        mentions._country_lists = cached
    return cached


def _listed_countries(doc: Doc, token: Token, mentions: Mentions, count: int,
                      region: str | None) -> list[Entity]:
    """The last countries listed together before ``token``: ``count`` of them (any
    number when 0), all covered by ``region`` when one is given."""
    members = _regions().get(region) if region else None
    for pos, ents in reversed(_country_lists(doc, mentions)):
        if pos >= token.i or (count and len(ents) != count):
            continue
        if members is not None and not all(e.id in members for e in ents):
            continue
        return list(ents)
    return []


def _region_adjective(doc: Doc, token: Token, mentions: Mentions) -> list[Entity]:
    """"the European move", "the Western draft": a regional adjective on a definite
    noun stands for the countries of that region the article listed together."""
    if token.dep_ != "amod" or token.lower_ not in _regions() or not token.text[:1].isupper():
        return []
    head = token.head
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children):
        return []
    return _listed_countries(doc, token, mentions, 0, token.lower_)


def earlier_pair(token: Token, mentions: Mentions, exclude: frozenset[str],
                 lookback: int = 5) -> list[Entity]:
    """The last coordinated pair of actors ("Hamas and Israel") in the ``lookback``
    sentences before ``token`` that holds no entity of ``exclude``: what "both parties"
    means once the pair nearest to it is known to be the wrong one (the speaker's own)."""
    return _last_pair(token.doc, token, mentions, _ACTOR, frequent=False, exclude=exclude,
                      lookback=lookback)


def _last_pair(doc: Doc, token: Token, mentions: Mentions, kind: str | tuple[str, ...],
               frequent: bool = True, exclude: frozenset[str] = frozenset(),
               lookback: int = _LOOKBACK) -> list[Entity]:
    """What "the two countries/men" refers to: the most recent conjoined pair in the
    same or three previous sentences ("Peru and the U.K.", "Lula and Modi",
    "U.S.-China"); for countries (unless ``frequent`` is off), else the two most
    mentioned so far. Entities whose id is in ``exclude`` are never chosen."""
    first = token.sent.start
    for _ in range(lookback):
        first = doc[first - 1].sent.start if first > 0 else 0
    partial: list[Entity] = []
    for tok in reversed(doc[first:token.i]):
        hit = mentions.mention_at(tok)
        if hit is not None and not hit.by_coref and len(hit.entities) == 2 and \
                all(e.type in ((kind,) if isinstance(kind, str) else kind) for e in hit.entities):
            return list(hit.entities)  # "U.S.-China"
        if any(c.dep_ == "conj" for c in tok.children):
            pair = _pair_of(tok, mentions, kind)
            pair = [] if any(e.id in exclude for e in pair) else pair
            if hit is not None and hit.by_coref:
                pair = []  # "the two sides and X": a reference, not a pair named here
            if len(pair) == 2:
                return pair
            partial = partial or pair
    if kind != "Country" or not frequent:
        return []
    # no pair nearby: the article's two most mentioned countries ("Obama and Xi"
    # with only Xi's country known still fixes one of them)
    counts: dict[str, int] = {}
    for mention in mentions.mention_list:
        if mention.span.start < token.i and not mention.by_coref:
            for ent in mention.entities:
                if ent.type == "Country" and ent.id not in exclude:
                    counts[ent.id] = counts.get(ent.id, 0) + 1
    ranked = [mentions.entities[i] for i in sorted(counts, key=lambda i: -counts[i])]
    chosen = list(partial)
    for ent in ranked:
        if len(chosen) == 2:
            break
        if ent not in chosen:
            chosen.append(ent)
    return chosen if len(chosen) == 2 else []


def _story_pair(pair: list[Entity], mentions: Mentions) -> list[Entity]:
    """"China urged restraint, while A and B offered to mediate. The UN appealed to the two
    neighbours": a pair the article names only in passing (each once) is not what
    "the two countries" means when the article is about another pair of countries (the
    two most mentioned, three times at least and well ahead of the rest)."""
    counts = getattr(mentions, "_named_counts", None)
    if counts is None:  # named (not coreferent) mentions per entity, once per article
        counts = mentions._named_counts = {}
        for mention in mentions.mention_list:
            if not mention.by_coref:
                for ent in mention.entities:
                    counts[ent.id] = counts.get(ent.id, 0) + 1
    if any(counts.get(e.id, 0) > 1 for e in pair):
        return pair
    ranked = sorted((n, i) for i, n in counts.items()
                    if i in mentions.entities and mentions.entities[i].type == "Country")[::-1]
    if len(ranked) < 2 or ranked[1][0] < 3 or (len(ranked) > 2 and ranked[1][0] < 1.5 * ranked[2][0]):
        return pair
    story = [mentions.entities[ranked[0][1]], mentions.entities[ranked[1][1]]]
    return pair if {e.id for e in story} & {e.id for e in pair} else story


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


def _club_by_size(token: Token, mentions: Mentions) -> list[Entity]:
    """"the 32 allies said", "the 27 member states agreed": a definite plural of members
    counted in digits (five or more, more than a sentence lists) is the international
    organisation named last (an alliance for "allies")."""
    low = token.lower_
    member = low == "allies" or low in ("members", "states") and any(
        c.lower_ == "member" for c in token.lefts if c.dep_ in ("compound", "amod", "nmod")) \
        or low == "members"
    if not member:
        return []
    size = next((c for c in token.children if c.dep_ == "nummod" and c.text.isdigit()), None)
    if size is None or int(size.text) < 5:
        return []
    gaz = load_gazetteer()
    words = _ORG_NOUNS["alliance"] if low == "allies" else None
    return _last_of(mentions, token, lambda e: e.id in gaz.orgs and gaz.orgs[e.id].country is None
                    and gaz.orgs[e.id].parent is None
                    and (words is None or any(w in e.label for w in words)), 1)


def _group_modifiers_fit(token: Token, mentions: Mentions) -> bool:
    """Whether "the ... group" can name a group the article named: no modifier, or only
    armed-group / stance words and demonyms ("the Lebanese group", "the Iran-backed
    group"); "the rights group", "the working group" name other kinds of group."""
    for child in token.lefts:
        if child.dep_ not in ("amod", "compound", "nmod", "npadvmod", "punct", "advmod"):
            continue
        for tok in child.subtree:
            if tok.lower_ in _GROUP_MODIFIERS or mentions.entity_at(tok) is not None \
                    and mentions.entity_at(tok).type == "Country":
                continue
            return False
    return True


def _description(doc: Doc, token: Token, mentions: Mentions) -> list[Entity]:
    if not token.n_lefts or token.dep_ == "compound":
        return []  # a determiner or possessor is a left child: most nouns have none
    gaz = load_gazetteer()
    low = token.lower_
    dets = {c.lower_ for c in token.children if c.dep_ in ("det", "predet")}
    # "Egypt's president" works like "the Egyptian president"
    owner = any(c.dep_ == "poss" and mentions.entity_at(c) is not None
                and mentions.entity_at(c).type == "Country" for c in token.children)
    if not (dets & {"the", "both", "all"} or owner) or token.dep_ == "compound":
        return []
    if any(c.dep_ == "appos" or c.ent_type_ == "PERSON" for c in token.children) or \
            (token.head.ent_type_ == "PERSON" and token.dep_ in ("compound", "appos")):
        return []
    if any(c.dep_ == "compound" and mentions.entity_at(c) is not None for c in token.children) or \
            any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" for g in c.children)
                for c in token.children):
        # "the Peru-Chile alliance", "the states of the Gulf": not anaphoric; but "accused
        # the alliance of stoking tension" (a gerund hung on the noun) is
        return []
    count = 2 if "both" in dets else _count(token)
    if low in _STATE_PLURALS and "all" not in dets:
        # "the two Baltic states", "the Western capitals": the countries the article
        # listed together (of that region, when one is named), however far back
        region = next((c.lower_ for c in token.lefts if c.dep_ in ("amod", "compound")
                       and c.lower_ in _regions()), None)
        if count >= 2 or (region and token.tag_ in ("NNS", "NNPS")):
            found = _listed_countries(doc, token, mentions, count if count >= 2 else 0, region)
            if len(found) == 2 and count == 2 and not region:
                found = _story_pair(found, mentions)
            if found or region:
                return found
    club = _club_by_size(token, mentions) if count == 0 else []
    if club:
        return club
    if count == 0 or ("all" in dets and count < 2):
        return []  # "the countries", "all countries": how many is unknown
    if low in ("north", "south") and token.pos_ == "PROPN":
        iso3 = "PRK" if low == "north" else "KOR"
        nxt = doc[token.i + 1].text if token.i + 1 < len(doc) else ""
        # "the North must stop", not "the North Atlantic"
        if iso3 in mentions.entities and not nxt[:1].isupper():
            return [mentions.entities[iso3]]
        return []
    if low in _COUNTRY_NOUNS:
        # "X, which borders both neighbours": X is not one of them
        own = frozenset(e.id for s in _subjects(token.sent, None, mentions, _ACTOR)
                        for e in s) if low.startswith("neighbo") else frozenset()
        if count == 2:
            pair = _last_pair(doc, token, mentions, "Country", exclude=own)
            if pair:
                return _story_pair(pair, mentions)
        return _last_of(mentions, token, lambda e: e.type == "Country" and e.id not in own,
                        count)
    if count == 2 and low in _PEOPLE_NOUNS:  # "the two men", "the two old rivals"
        return _last_pair(doc, token, mentions, "Person") or \
            _last_of(mentions, token, lambda e: e.type == "Person", 2)
    if count == 2 and low in ("sides", "parties"):  # often a country and a rebel group:
        pair = _last_pair(doc, token, mentions, _ACTOR, frequent=False)  # pairs only
        return _story_pair(pair, mentions) if pair else pair
    if low in ("ministry", "department"):
        return _last_of(mentions, token, lambda e: e.type == "Organization"
                        and ("Ministry" in e.label or "Department" in e.label), 1)
    if low in _PLACE_NOUNS and count == 1:
        places = [m for m in mentions.mention_list if m.span.start < token.i and not m.by_coref
                  and m.kind == "name" and m.entities[0].type == "Location"]
        return [places[-1].entities[0]] if places else []
    if low == "party" and count == 1:  # "the ruling party": the party named last
        found = _last_of(mentions, token, lambda e: e.id in mentions.parties
                         or e.type == "Organization" and "Party" in e.label.split(), 1)
        if found or token.sent.start == 0:
            return found
        # "Narodna said ... The party's chairman": a body the gazetteer does not know,
        # subject of this or the previous sentence, is the party
        prev = doc[token.sent.start - 1].sent
        for subjects in reversed(_subjects(prev, None, mentions, ("Organization",))
                                 + _subjects(token.sent, token.i, mentions, ("Organization",))):
            if len(subjects) == 1 and subjects[0].id not in gaz.orgs \
                    and "Ministry" not in subjects[0].label:
                return subjects
        return []
    mods = {c.lower_ for c in token.lefts if c.dep_ in ("amod", "compound")}
    if low == "group" and count == 1 and _group_modifiers_fit(token, mentions):
        # "the paramilitary group", "the group", "the Lebanese group": the named group
        # (armed, political, or a club of states such as the Group of Seven) named last;
        # common-noun groups ("protesters") are no antecedent of a singular "group"
        common = {m.entities[0].id for m in mentions.mention_list if m.kind == "group"}
        return _last_of(mentions, token, lambda e: e.id not in common and (
            e.type == "Group" or e.type == "Organization"
            and any(w in e.label.split() for w in _GROUP_NAME_WORDS)
            # "the Ruritanian Army" is a state's force, never "the paramilitary group"
            and not (gaz.lookup(e.label.split()[0]) or ("",))[0] in ("country", "demonym")), 1)
    if low == "junta" and count == 1:
        return _last_of(mentions, token, lambda e: e.type in ("Organization", "Group")
                        and any(w in e.label.split() for w in _JUNTA_NAME_WORDS), 1)
    if low == "body" and count == 1 and mods & _REGIONAL_WORDS:
        # "the continental body", "the regional body": an international organisation
        return _last_of(mentions, token, lambda e: e.id in gaz.orgs and gaz.orgs[e.id].country
                        is None and gaz.orgs[e.id].parent is None, 1)
    if low in _ORG_NOUNS:
        words = _ORG_NOUNS[low]
        international = low == "bloc"
        return _last_of(mentions, token, lambda e: e.type in ("Organization", "Group")
                        and (words is None or any(w in e.label for w in words))
                        and (not international or (e.id in gaz.orgs
                                                   and gaz.orgs[e.id].country is None
                                                   and gaz.orgs[e.id].parent is None)), 1)
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


def _hyphen_title(doc: Doc, token: Token, mentions: Mentions) -> list[Entity]:
    """"the secretary-general said": a hyphenated title after "the", which the parser
    splits into three tokens and often hangs its "the" elsewhere; the person last seen
    with that title."""
    i = token.i
    if i < 3 or doc[i - 1].text != "-" or doc[i - 3].lower_ != "the" or token.is_title or \
            i + 1 < len(doc) and doc[i + 1].lower_ == "of":
        return []  # "the director-general of the WHO" names its own body
    title = f"{doc[i - 2].lower_}-{token.lower_}"
    if title not in load_gazetteer().titles or any(j in mentions._by_token for j in (i - 2, i - 1)):
        return []
    return _titled(mentions, token, title, None, 1)


def _in_quote(token: Token, text: str | None = None) -> bool:
    """Whether the token stands inside quotation marks of its paragraph (``text``: the
    doc's text when the caller has it; building it from the doc is slow)."""
    text = text if text is not None else token.doc.text
    start = text.rfind("\n\n", 0, token.idx) + 1
    return sum(text.count(q, start, token.idx) for q in ('"', "\u201c", "\u201d")) % 2 == 1


def _bare_government(token: Token, mentions: Mentions) -> list[Entity]:
    """"urged the government to ...": outside quotes, a bare "the government" is the
    government of the country the paragraph is about (else the article's focal country),
    not the speaker's; inside quotes it is left to the speaker (kg.extract)."""
    if token.lower_ != "government" or token.tag_ != "NN":
        return []
    text = mentions.text
    if _in_quote(token, text):
        return []
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) or any(
            c.dep_ in ("amod", "compound", "poss", "nmod", "appos", "relcl")
            for c in token.children):
        return []
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "in")):
        if any(g.dep_ == "pobj" and (mentions.entity_at(g) is not None or g.text[:1].isupper())
               for g in prep.children):
            return []  # "the government of Ruritania / in Xville" names its own country
    local = _paragraph_country(token, mentions, text)
    if local is not None:
        return [local]
    focal = cached_focal(token.doc, mentions)
    return [focal] if focal else []


def _paragraph_country(token: Token, mentions: Mentions, text: str | None) -> Entity | None:
    """The country the paragraph is about up to ``token``: the one named most often
    there (names, demonyms, capitals used as actors), leaving out the subject of the
    token's own sentence ("Ruritania urged the government of the day ..." is not about
    Ruritania's government). None on a tie or when no country is named."""
    doc = token.doc
    text = text if text is not None else doc.text
    start_char = text.rfind("\n\n", 0, token.idx) + 1
    own = {e.id for s in _subjects(token.sent, token.i, mentions, ("Country",)) for e in s}
    counts: dict[str, int] = {}
    for mention in mentions.mention_list:
        span = mention.span
        if mention.by_coref or not start_char <= span.start_char < token.idx or \
                len(mention.entities) != 1:
            continue
        ent = mention.entities[0]
        if ent.type == "Country" and ent.id not in own:
            counts[ent.id] = counts.get(ent.id, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return mentions.entities.get(ranked[0][0])


def _referential_it(token: Token) -> bool:
    """"its" and "it" as the subject of a non-copular verb ("it said"); not
    "it was the worst", "much of it", "it is expected that"."""
    if token.lower_ == "its":
        return True
    return token.dep_ in _SUBJ and token.head.lemma_ != "be" and token.head.pos_ != "AUX"


def _conjoined_owner(token: Token, mentions: Mentions) -> list[Entity] | None:
    """"the European Commission and its president": "its" is the conjoined actor."""
    if token.lower_ != "its" or token.dep_ != "poss":
        return None
    noun = token.head
    if noun.dep_ == "conj":
        ents = [e for e in mentions.entities_at(noun.head) if e.type in _ACTOR]
        return ents[:1] or None
    return None


#: Heads of a style of address: "His Royal Highness", "Her Majesty", "His Excellency".
_STYLE_HEADS = frozenset({"highness", "majesty", "excellency", "eminence", "holiness"})


def _styles(doc: Doc, mentions: Mentions) -> set[int]:
    """"His Royal Highness Prince X" / "His Royal Highness the Crown Prince": the style
    of address is the person named or described right after it, and its "His" is no
    pronoun of an earlier person. Returns the tokens no pronoun rule may take."""
    styled: set[int] = set()
    for i in mentions.positions(_STYLE_HEADS):
        token = doc[i]
        if token.i in mentions._by_token:
            continue
        start = token.i
        while start > token.sent.start and doc[start - 1].lower_ in (
                "his", "her", "royal", "imperial", "serene"):
            start -= 1
        if start == token.i and token.pos_ != "PROPN":
            continue  # "the majesty of the mountains"
        styled.update(range(start, token.i + 1))
        found: list[Entity] = []
        for nxt in doc[token.i + 1:min(len(doc), token.i + 7)]:
            ent = mentions.entity_at(nxt)
            if ent is not None and ent.type == "Person":
                # "His Royal Highness Prince X": the name is the mention; "His" is X too
                if doc[start].lower_ in ("his", "her"):
                    mentions.add(doc[start:start + 1], [ent], by_coref=True, kind="pronoun")
                break
            if nxt.is_punct or nxt.pos_ in ("VERB", "AUX"):
                break
            if nxt.pos_ in ("NOUN", "PROPN") and nxt.lower_ in _TITLE_LAST:
                if nxt.i + 1 < len(doc) and doc[nxt.i + 1].lower_ in _TITLE_LAST:
                    continue  # "the Crown Prince": the title ends on the last word
                found = _description(doc, nxt, mentions)
                if found:  # else "Prince X": the name after the rank decides
                    mentions.add(doc[nxt.i:nxt.i + 1], found, by_coref=True, kind="description")
                    break
        if found:
            mentions.add(doc[start:token.i + 1], found, by_coref=True, kind="description")
    return styled


@functools.lru_cache(maxsize=1)
def _title_last_words() -> frozenset[str]:
    return frozenset(t.split()[-1] for t in load_gazetteer().titles)


class _TitleLast:
    """Lazy set of the last words of titles.csv (loaded on first use)."""

    def __contains__(self, word: str) -> bool:
        return word in _title_last_words()


_TITLE_LAST = _TitleLast()


def resolve_coref(doc: Doc, mentions: Mentions) -> None:
    """Resolve pronouns and definite descriptions not yet covered by a mention."""
    styled = _styles(doc, mentions)
    genders = _genders(doc, mentions)
    # every rule below needs a pronoun, noun or adjective: the part-of-speech array picks
    # those without building a Token object for every word of the article
    wanted = {PRON, NOUN, PROPN, ADJ}
    for i, pos in enumerate(doc.to_array(POS).tolist()):
        if pos not in wanted or i in mentions._by_token or i in styled:
            continue
        token = doc[i]
        low = token.lower_
        found = None
        if low in _HE and token.pos_ == "PRON":
            found = _antecedent(doc, token, mentions, ("Person",), plural=False,
                                genders=genders)
        elif low in _IT and token.pos_ == "PRON" and _referential_it(token):
            found = _conjoined_owner(token, mentions) or \
                _antecedent(doc, token, mentions, _ACTOR, plural=False)
        elif low in _THEY and token.pos_ == "PRON":
            found = _antecedent(doc, token, mentions, _ACTOR, plural=True, same_only=True) \
                or _plural_before(token, mentions) \
                or _antecedent(doc, token, mentions, _ACTOR, plural=True)
        elif _hyphen_title(doc, token, mentions):
            mentions.add(doc[i - 2:i + 1], _hyphen_title(doc, token, mentions), by_coref=True,
                         kind="description")
            continue
        elif token.pos_ in ("NOUN", "PROPN"):
            found = _description(doc, token, mentions) or _bare_government(token, mentions) \
                or None
            if found:
                mentions.add(doc[token.i:token.i + 1], found, by_coref=True, kind="description")
                continue
        elif token.pos_ == "ADJ":
            found = _region_adjective(doc, token, mentions) or None
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
