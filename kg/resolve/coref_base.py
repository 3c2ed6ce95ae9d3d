"""Helpers every coreference rule of :mod:`kg.resolve.coref` shares: subjects of a
sentence, who a description or plural noun of delegates stands for, the last entity
mentioned, how many entities a description counts, the people last seen with a title
(or holding that office by the office-holders table), the businesses an article named.

Internal to the coreference modules (``coref_*``); the public entry is
:func:`kg.resolve.coref.resolve_coref`.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.nlp import doc_table
from kg.resolve.coref_regions import REGION_HEADS, region_members
from kg.resolve.focus import cached_focal
from kg.resolve.mentions import Mentions
from kg.resolve.officeholders import person_holdings, title_fits
from kg.types import Entity

__all__ = ["_SUBJ", "_ACTOR", "_LOOKBACK", "_ORG_NOUNS", "_subjects", "_subject_entities",
           "known_as", "_appositive", "_clause_agents", "_plural_subject", "_owner_of_people", "_named_in", "_last_of", "_count", "_in_quote",
           "_names_own_of", "_described_state", "_COMPANY_WORDS", "_companies", "_title_fits",
           "_titled", "_known_holder"]

_SUBJ = frozenset({"nsubj", "nsubjpass"})
_ACTOR = ("Country", "Organization", "Group")
_LOOKBACK = 3
# description -> words one of which the organisation's label must contain (None: any)
_ORG_NOUNS = {"bloc": None, "alliance": ("Alliance", "Treaty", "NATO"), "union": ("Union", "Labour", "Labor", "Workers", "Trades"),
              "organization": None, "organisation": None, "league": ("League",),
              "agency": ("Agency", "Programme", "Health Organi"), "movement": None, "court": ("Court",),
              "tribunal": ("Court", "Tribunal"), "council": ("Council",),
              "commission": ("Commission",), "fund": ("Fund",), "mission": ("Mission",), "coalition": ("coalition", "Coalition"),
              "board": ("Board",), "committee": ("Committee",)}


def _subjects(sent, before: int | None, mentions: Mentions, types) -> list[list[Entity]]:
    """Entity lists of subject tokens of ``sent`` (before token index ``before``)."""
    doc, dep = sent.doc, doc_table(sent.doc).dep  # (no Token object for the other words)
    end = sent.end if before is None else min(sent.end, max(before, sent.start))
    found = (_subject_entities(doc[i], mentions, types) for i in range(sent.start, end) if dep[i] in _SUBJ)
    return [ents for ents in found if ents]


def _subject_entities(token: Token, mentions: Mentions, types) -> list[Entity]:
    """The entities (of ``types``) a subject token names, with its conjuncts."""
    ents = [e for e in mentions.entities_at(token) if e.type in types]
    if not mentions.entities_at(token):  # "the Ruritanian Finance Department said it ..."
        ents = known_as(token, mentions, types) or \
            [e for c in token.lefts if c.dep_ == "compound"
             for e in mentions.entities_at(c) if e.type in types][-1:] or \
            [e for e in _owner_of_people(token, mentions) if e.type in types] or \
            _appositive(token, mentions, types)
    for conj in token.conjuncts:
        ents += [e for e in mentions.entities_at(conj) if e.type in types and e not in ents]
    return ents


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


def _list_members(tok: Token, mentions: Mentions) -> list[Token]:
    """The tokens of the coordination ``tok`` heads; "the ministers of A, B, C and D" parsed
    as "the ministers of A", B, C and D gives A too."""
    members = [tok, *tok.conjuncts]
    if mentions.mention_at(tok) is None:
        members += [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                    for g in p.children if g.dep_ == "pobj"]
    return members


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
    """Whether the entity is the subject as a plural noun ("Chinese officials"; no acronym: "the FARC")."""
    dep = doc_table(sent.doc).dep
    for token in (sent.doc[i] for i in range(sent.start, sent.end) if dep[i] in _SUBJ):
        if token.tag_ in ("NNS", "NNPS") and not (token.text.isupper() and len(token.text) > 1) and (
                entity in mentions.entities_at(token) or not mentions.entities_at(token)
                and entity in _owner_of_people(token, mentions)):
            return True
    return False


#: plural nouns of people who speak for the body that modifies them ("G7 ministers")
_DELEGATE_NOUNS = frozenset({"ministers", "leaders", "members", "officials", "representatives", "envoys",
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


def _in_quote(token: Token, text: str | None = None) -> bool:
    """Whether the token stands inside quotation marks of its paragraph (``text``: the
    doc's text when the caller has it; building it from the doc is slow)."""
    text = text if text is not None else token.doc.text
    start = text.rfind("\n\n", 0, token.idx) + 1
    return sum(text.count(q, start, token.idx) for q in ('"', "\u201c", "\u201d")) % 2 == 1


#: Verbs whose charge follows the accused after "of" ("accused the alliance of aggression"),
#: which the parser often hangs on the accused noun.
_CHARGE_VERBS = frozenset({"accuse", "suspect", "convict", "charge", "acquit"})


def _names_own_of(token: Token) -> bool:
    """Whether "of" and a noun after ``token`` name what it is ("the states of the Gulf",
    "the army of Xland"), so it refers to nothing earlier; not the charge of "accused the
    alliance of aggression" nor a gerund ("of stoking tension", parsed as pcomp)."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of" and \
                any(g.dep_ == "pobj" for g in child.children):
            return not (token.dep_ == "dobj" and token.head.lemma_ in _CHARGE_VERBS)
    return False


def _clause_agents(token: Token, mentions: Mentions, countries: bool = True) -> frozenset[str]:
    """Ids of the subject actors of the verb that takes ``token`` as its object ("Norway
    urged both parties", "X called on the two countries"), with their countries unless
    ``countries`` is off: the agent of an appeal or a charge is never one of the parties it
    addresses. Empty when ``token`` is no object (in "X said the two sides agreed" X may be
    one side)."""
    if token.dep_ not in ("dobj", "pobj", "dative"):
        return frozenset()
    verb = token.head.head if token.dep_ == "pobj" else token.head
    for _ in range(2):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head.head if verb.dep_ == "pobj" else verb.head
    if verb.pos_ != "VERB":
        return frozenset()  # "A and B are among the 12 countries that ...": no act, no agent
    subjects = [c for c in verb.children if c.dep_ in _SUBJ]
    if not subjects and verb.dep_ in ("conj", "xcomp") and verb.head is not verb:
        subjects = [c for c in verb.head.children if c.dep_ in _SUBJ]
    own: set[str] = set()
    for subj in subjects:
        for ent in _subject_entities(subj, mentions, _ACTOR + ("Person",)):
            own.add(ent.id)
            country = mentions.country_of(ent) if countries else None
            if country is not None:
                own.add(country.id)
    return frozenset(own)


#: Singular nouns that stand for a country only with a word of where or what it is ("the
#: Gulf state", "the Jewish state", "the South Caucasus nation"; not "the state media").
_STATE_NOUNS = frozenset({"state", "country", "nation", "kingdom", "emirate", "republic"})


def _described_state(token: Token, mentions: Mentions) -> bool:
    """"the Gulf state", "the South Caucasus country", "the Caribbean nation": a singular
    country noun whose modifiers are adjectives or a region / place name (no country's
    own name or demonym: "the Russian state" is Russia by its demonym already)."""
    if token.tag_ != "NN" or token.dep_ == "compound" or token.lower_ not in _STATE_NOUNS and not (
            token.lower_ in REGION_HEADS and region_members(token)):  # "the Asian giant"
        return False
    mods = [c for c in token.children if c.dep_ in ("amod", "compound")]
    if not mods or any(c.dep_ in ("nummod", "poss") for c in token.children):
        return False
    for mod in mods:
        for tok in mod.subtree:
            entity = mentions.entity_at(tok)
            if entity is not None and entity.type != "Location":
                return False  # "the Russian state", "the Hamas state"
    return True


#: Nouns a business is introduced with ("the French nuclear group Orano", "Orano, the
#: state-owned company") and referred back to ("the company", "the firm").
_COMPANY_WORDS = frozenset({"company", "firm"})
_COMPANY_INTRO = _COMPANY_WORDS | frozenset({"group", "corporation", "conglomerate", "giant",
                                             "maker", "manufacturer", "producer", "operator",
                                             "carrier", "lender", "miner", "supplier"})


def _companies(doc: Doc, mentions: Mentions) -> frozenset[str]:
    """Ids of the organisations the article introduces as businesses: named right after a
    business noun ("the nuclear group Orano", "company Rosatom") or in apposition to one
    ("Orano, the French group,"). Computed once per article."""
    cached = getattr(mentions, "_companies", None)
    if cached is None:
        found = set()
        for i in mentions.positions(_COMPANY_INTRO):
            token = doc[i]
            after = mentions.mention_at(doc[i + 1]) if i + 1 < len(doc) else None
            if after is not None and not after.by_coref and after.span.start == i + 1:
                found.update(e.id for e in after.entities if e.type == "Organization")
            if token.dep_ == "appos":
                found.update(e.id for e in mentions.entities_at(token.head)
                             if e.type == "Organization")
        cached = mentions._companies = frozenset(found)
    return cached


def _title_fits(seen: str, rel: str, spaced: str, head: str) -> bool:
    """Whether a title seen with a person (``seen``, its relation ``rel``) is the title of a
    description (``spaced``: hyphens as spaces; ``head``: its last word)."""
    # "the leader" stands for any head of state or government seen; "the Secretary" for a "Secretary
    # of State", "the minister" for a "Minister of Foreign Affairs" (the head word before "of" / "for")
    return seen.replace("-", " ") == spaced or seen.split()[-1] == head \
        or head == "leader" and rel == "leaderOf" \
        or seen.split(" of ")[0].split(" for ")[0].split()[-1] == head


def _titled(mentions: Mentions, token: Token, title: str, country: str | None, count: int,
            exclude: frozenset[str] = frozenset()) -> list[Entity]:
    """The last ``count`` people seen before ``token`` with ``title`` (and country), none
    of ``exclude``. Two of them ("both leaders", "the two presidents") are people of two
    different countries or bodies, and heads of countries before heads of bodies when two
    countries' heads were seen: "A's president and B's prime minister ... the UN chief ...
    both leaders" are A's and B's."""
    spaced = title.replace("-", " ")  # "secretary-general" is also written "secretary general"
    head = title.split()[-1]
    order = []
    for mention in mentions.mention_list:
        if mention.span.start >= token.i or mention.by_coref:
            continue
        for ent in mention.entities:
            if ent.type != "Person" or ent.id in exclude:
                continue
            for seen, rel, target in mentions.titles.get(ent.id, ()):
                if _title_fits(seen, rel, spaced, head) and (country is None or target == country):
                    order.append((mention.span.start, ent, target))
                    break
    found: list[Entity] = []
    targets: list[str | None] = []
    ranked = sorted(order, key=lambda p: -p[0])
    if count == 2:
        heads = [p for p in ranked if p[2] in mentions.entities
                 and mentions.entities[p[2]].type == "Country"]
        if len({p[2] for p in heads}) >= 2:
            ranked = heads
    for _pos, ent, target in ranked:
        if ent in found or count == 2 and found and target is not None and target in targets:
            continue  # "both presidents" are not two people of one country
        found.append(ent)
        targets.append(target)
        if len(found) == count:
            break
    if not found and count == 1 and country is not None:
        return _known_holder(mentions, token, title, country, exclude) or \
            _named_after(mentions, token, spaced, country)
    return found if len(found) == count else []


_POSTED = frozenset({"ambassador", "envoy", "consul", "affaires", "commissioner"})  # posted abroad


def _named_after(mentions: Mentions, token: Token, spaced: str, country: str) -> list[Entity]:
    """"Israel's defence minister warned Iran ... 'X,' Defence Minister Y said": a lead naming the office
    before the person is the first person seen in the next few sentences with that title of that country
    (or of none: an envoy's, or in an article about that country)."""
    limit = token.sent.end
    for _ in range(_LOOKBACK):
        limit = token.doc[limit].sent.end if limit < len(token.doc) else limit
    for mention in mentions.mention_list:
        if not token.i < mention.span.start < limit or mention.by_coref:
            continue
        for ent in mention.entities:  # (the whole title: "the defence minister" is no later "Foreign Minister Y")
            fits = [target for seen, _rel, target in mentions.titles.get(ent.id, ()) if seen.replace("-", " ") == spaced]
            if ent.type == "Person" and (country in fits or None in fits and (spaced.split()[-1] in _POSTED or getattr(
                    cached_focal(token.doc, mentions), "id", country) == country)):
                return [ent]
    return []


def _known_holder(mentions: Mentions, token: Token, title: str, country: str,
                  exclude: frozenset[str]) -> list[Entity]:
    """"Trump hailed the deal ... prompting the US president to threaten Madrid": with
    nobody seen with the title in the text, the person named last before ``token`` whom
    the office-holders table gives that office of that country at the article's date."""
    for mention in sorted(mentions.mention_list, key=lambda m: -m.span.start):
        if mention.span.start >= token.i or mention.by_coref:
            continue
        for ent in mention.entities:
            if ent.type == "Person" and ent.id not in exclude and any(
                    h.country == country and title_fits(title, h.office)
                    for h in person_holdings(mentions, ent)):
                return [ent]
    return []
