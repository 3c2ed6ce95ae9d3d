"""Plural references to entities named together: "the two countries", "both sides",
"the three Baltic states", "the European move", "the 32 allies".

They stand for the last pair or list of actors the article coordinated ("A and B",
"A, B and C", "A-B"), for the pair the story is about when the nearest pair is named
only in passing, or (for counted members) for the club of states named last.
"""
from __future__ import annotations

import bisect
import csv
import functools
from importlib import resources

from spacy.tokens import Doc, Token

from kg.resolve.coref_base import _ACTOR, _LOOKBACK, _ORG_NOUNS, _last_of, _list_members
from kg.resolve.coref_order import former_latter
from kg.resolve.coref_pairs import _MEETING_VERBS, _pair_of, _person_country, bare_sides, named_counts, story_pair
from kg.resolve.gazetteer import load_gazetteer
from kg.resolve.mentions import Mentions
from kg.types import Entity

__all__ = ["earlier_pair", "_pair_of", "_regions", "_country_lists", "_listed_countries",
           "_region_adjective", "_last_pair", "_story_pair", "_club_by_size",
           "_club_by_delegates", "_club_document", "meeting_sides", "bare_sides"]
_MEETING_NOUNS = frozenset({"talks", "meeting", "call", "conversation", "discussions", "negotiations"})


@functools.lru_cache(maxsize=1)
def _regions() -> dict[str, frozenset[str]]:
    """Regional adjective -> iso3 codes it covers (``kg/data/country_groups.csv``)."""
    text = resources.files("kg.data").joinpath("country_groups.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if line and not line.startswith("#"))
    return {r["adjective"].strip().lower(): frozenset(r["members"].split("|")) for r in rows if r["adjective"]}


def _country_lists(doc: Doc, mentions: Mentions) -> list[tuple[int, list[Entity]]]:
    """Every coordination of two or more named countries ("France, Germany and
    Britain"), as (position of its head, countries), computed once per article."""
    cached = getattr(mentions, "_country_lists", None)
    if cached is None:
        cached = []
        heads = set()
        for mention in mentions.mention_list:  # only coordinations that hold a country
            if mention.by_coref or mention.entities[0].type not in ("Country", "Person"):
                continue
            tok = mention.span.root
            while tok.dep_ == "conj" and tok.head is not tok:
                tok = tok.head
            heads.add(tok)
        for tok in sorted(heads, key=lambda t: t.i):
            members = _list_members(tok, mentions)
            if _holds_body(members, mentions):
                continue  # "Turkey, the United States and the EU": no list of countries
            # "A's leader, X, and B's Gen. Y ... both countries": a leader named with the
            # country they serve stands for it, as in :func:`_pair_of`
            ents = [e for t in members for hit in [mentions.mention_at(t)]
                    if hit is not None and not hit.by_coref
                    for e in (_person_country(t, p, mentions) if p.type == "Person" else p
                              for p in hit.entities)
                    if e is not None and e.type == "Country"]
            ents = list({e.id: e for e in ents}.values())
            if len(ents) >= 2:
                cached.append((tok.i, ents))
        mentions._country_lists = cached
    return cached


def _listed_countries(doc: Doc, token: Token, mentions: Mentions, count: int,
                      region: str | None, exclude: frozenset[str] = frozenset()) -> list[Entity]:
    """The last countries listed together before ``token``: ``count`` of them (any
    number when 0), all covered by ``region`` when one is given, none in ``exclude``."""
    members = _regions().get(region) if region else None
    for pos, ents in reversed(_country_lists(doc, mentions)):
        if pos >= token.i or (count and len(ents) != count) or any(e.id in exclude for e in ents):
            continue
        if members is not None and not all(e.id in members for e in ents):
            continue
        return list(ents)
    return []


def _region_adjective(doc: Doc, token: Token, mentions: Mentions) -> list[Entity]:
    """"the European move", "the Western draft": a regional adjective on a definite
    noun stands for the countries of that region the article listed together; "the
    former" / "the latter", which the parser may read as adjectives, one of the last pair
    named (:func:`~kg.resolve.coref_order.former_latter`)."""
    if token.lower_ in ("former", "latter"):
        return former_latter(token, mentions)
    if token.dep_ != "amod" or token.lower_ not in _regions() or not token.text[:1].isupper():
        return []
    head = token.head
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children):
        return []
    union = next((m.entities[0] for m in mentions.mention_list if m.span.start < token.i and not m.by_coref
                  and m.entities[0].id == "European_Union"), None) if token.lower_ == "european" else None
    if union is not None and head.tag_ == "NN":
        return [union]  # "the European side" once the article named the EU: the Union
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
    "U.S.-China"); for countries (unless ``frequent`` is off), else the
    two most mentioned so far. Entities whose id is in ``exclude`` are never chosen."""
    first = token.sent.start
    for _ in range(lookback):
        first = doc[first - 1].sent.start if first > 0 else 0
    partial: list[Entity] = []
    for tok in reversed(doc[first:token.i]):
        hit = mentions.mention_at(tok)
        if hit is not None and not hit.by_coref and len(hit.entities) == 2 and \
                all(e.type in ((kind,) if isinstance(kind, str) else kind) for e in hit.entities):
            return list(hit.entities)  # "U.S.-China"
        if any(c.dep_ == "conj" for c in tok.children) and not (  # (go-betweens are no "sides")
                token.lemma_.lower() in ("side", "party") and tok.head.dep_ == "agent"
                and tok.head.head.lemma_.lower() in ("broker", "mediate", "facilitate", "sponsor")):
            pair = _pair_of(tok, mentions, kind)
            pair = [] if any(e.id in exclude for e in pair) \
                or kind == "Country" and _holds_body([tok, *tok.conjuncts], mentions) else pair
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


def _holds_body(members: list[Token], mentions: Mentions) -> bool:
    """"Turkey, the United States and the EU": a coordination that holds a body as well
    (also as a member's modifier, "the EU list" as the parser may read it) is no pair or
    list of countries, whatever countries it names."""
    tokens = [*members, *(c for t in members for c in t.children if c.dep_ == "compound")]
    return any(e.type in ("Organization", "Group") for t in tokens for e in mentions.entities_at(t))


def _named_near(pair: list[Entity], token: Token, mentions: Mentions) -> bool:
    """Whether every entity of ``pair`` is named (not by coreference) in the sentence of
    ``token`` or the one before it, before ``token``."""
    starts = mentions.sentences()[1]
    here = bisect.bisect_right(starts, token.i) - 1
    first = starts[max(here - 1, 0)]
    near = {e.id for m in mentions.mention_list if not m.by_coref and first <= m.span.start < token.i
            for e in m.entities}
    return all(e.id in near for e in pair)


def _story_pair(pair: list[Entity], mentions: Mentions, token: Token | None = None) -> list[Entity]:
    """"China urged restraint, while A and B offered to mediate. The UN appealed to the two
    neighbours": a pair the article names only in passing (each once, or, away from
    ``token``'s sentence and the one before, one of the story's pair with a country named
    at most twice) is not what "the two countries" means when the article is about another
    pair of countries (the two most mentioned, three times at least and well ahead of the
    rest)."""
    counts, story = named_counts(mentions), story_pair(mentions)
    if not story:
        return pair
    outsiders = [e for e in pair if e.id not in {s.id for s in story}]
    if not outsiders:
        return pair
    if len(outsiders) < len(pair):
        # "a charge A and C have both rejected. ... The two neighbours agreed": one of the
        # story's pair with a country named in passing (at most twice) and not just before
        # the reference is still the story's pair
        passing = all(counts.get(e.id, 0) <= 2 for e in outsiders)
        return story if passing and token is not None and not _named_near(pair, token, mentions) \
            else pair
    # (a pair of bodies or states named again elsewhere, but not just before, gives way too)
    orgs = load_gazetteer().orgs  # (international bodies: no country of their own)
    return pair if any(counts.get(e.id, 0) > 1 for e in pair) and (token is None or _named_near(
        pair, token, mentions) or not any(e.type == "Organization" and e.id in orgs and orgs[e.id].country is None
                                          for e in pair)) else story


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


#: Bare plurals that stand for a club of states once the article named the club's
#: delegates or summit ("Leaders of the Alliance met ... The leaders agreed").
_CLUB_REFERENCES = frozenset({"leaders", "ministers", "allies", "heads", "delegates",
                              "delegations", "members"})
#: Words the club names as its owner: its delegates ("Alliance leaders", "ministers of the
#: Alliance", "the leaders of the Alliance states") or its meetings ("the Alliance summit").
_CLUB_EVIDENCE = frozenset({"leaders", "ministers", "heads", "delegates", "delegations",
                            "representatives", "envoys", "summit", "summits", "ministerial"})
#: Children that give the plural its own owner or number: "the Ruritanian leaders", "the
#: leaders of A and B", "the two leaders", "its allies" name others.
_OWNED_DEPS = frozenset({"poss", "nmod", "nummod", "appos", "relcl"})


def _club_by_delegates(token: Token, mentions: Mentions) -> list[Entity]:
    """"Leaders of the Alliance met in X. ... the leaders reaffirmed ...", "NATO leaders met
    ... The allies agreed": a bare definite plural of delegates is the international
    organisation whose delegates or summit the article named last before it; but when two
    people were named together since then ("A and B met at the Alliance summit. ... The
    leaders discussed ...") "the leaders" are those two, and other delegates nobody."""
    if token.lower_ not in _CLUB_REFERENCES or token.tag_ != "NNS":
        return []
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return []
    for child in token.children:
        if child.dep_ == "nummod" and child.text.isdigit() and int(child.text) >= 5:
            continue  # "the 27 leaders": more than a sentence lists, so a club's members
        if child.dep_ in _OWNED_DEPS or child.dep_ == "prep" and child.lower_ in ("of", "from") \
                or child.dep_ in ("amod", "compound") and (
                    not child.is_lower or mentions.entity_at(child) is not None):
            return []  # "the foreign ministers" is still bare; "the Ruritanian leaders" is not
    club, pair = _club_or_pair(token, mentions)
    if pair:
        return pair if token.lower_ in _PAIR_REFERENCES else []
    return [club] if club is not None else []


#: Delegate plurals that mean two people named together ("A and B met ... The leaders ...").
_PAIR_REFERENCES = frozenset({"leaders", "heads"})


#: The documents a summit issues, which news reports as the club's own words ("the final
#: communique condemned ...").
_SUMMIT_DOCUMENTS = frozenset({"communique", "communiqué", "declaration"})


def _club_document(token: Token, mentions: Mentions) -> list[Entity]:
    """"Leaders of the Alliance met ... The communique condemned ...": a bare definite
    summit document as subject speaks for the club whose summit or delegates the article
    named last (see :func:`_club_by_delegates`); "the Ruritanian declaration", "the
    communique of the two ministers" name their own authors."""
    if token.lower_ not in _SUMMIT_DOCUMENTS or token.dep_ not in ("nsubj", "nsubjpass"):
        return []
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) or any(
            c.dep_ not in ("det", "amod", "compound", "punct")
            or c.dep_ != "det" and not c.is_lower for c in token.children):
        return []
    return _last_club(token, mentions)


def _last_club(token: Token, mentions: Mentions) -> list[Entity]:
    """The international organisation whose delegates or summit the article named last
    before ``token``; none when two people were named together nearby or since ("A and B
    met at the Alliance summit. The leaders discussed ..." are A and B)."""
    club, pair = _club_or_pair(token, mentions)
    return [club] if club is not None and not pair else []


def _club_or_pair(token: Token, mentions: Mentions) -> tuple[Entity | None, list[Entity]]:
    """(the club whose delegates or summit the article named last before ``token``, the two
    people named together nearby or since that mention, which the delegates then are)."""
    club, club_at = None, token.i
    for i in reversed(mentions.positions(_CLUB_EVIDENCE)):
        # ("the G20 foreign ministers' meeting" names the meeting, not who later acts)
        if i < token.i and not (token.doc[i].dep_ == "poss" and token.doc[i].head.lemma_ in ("meeting", "gathering")):
            owners = _owners(token.doc[i], mentions)
            # the delegates named last: a club's, or some countries' by the same word (then none)
            club = owners[0] if len(owners) == 1 and _is_club(owners[0]) else None
            if club is not None or owners and token.doc[i].lower_ == token.lower_:
                club_at = i
                break
    if club is None:
        return None, []
    # "A and B met on the sidelines of the Alliance summit ... The leaders agreed": a pair named
    # in the summit's sentence or after it, however far back, is who the delegates are
    starts = mentions.sentences()[1]
    since = bisect.bisect_right(starts, token.i) - bisect.bisect_right(starts, club_at)
    pair = _last_pair(token.doc, token, mentions, "Person", frequent=False,
                      lookback=max(_LOOKBACK, since))
    return club, pair


def _owners(noun: Token, mentions: Mentions) -> list[Entity]:
    """The actors that own a delegate noun or summit: a modifier ("Alliance leaders", "the
    Alliance's summit", "Ruritanian ministers") or "of" a name ("leaders of the Alliance
    states", "the foreign ministers of A and B")."""
    tokens = [c for c in noun.children if c.dep_ in ("compound", "nmod", "poss", "amod")]
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "from"):  # ("ministers from the G7 democracies")
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    tokens += [pobj, *pobj.conjuncts,
                               *(c for c in pobj.children if c.dep_ in ("compound", "poss", "nmod"))]
    found = {e.id: e for t in tokens for e in mentions.entities_at(t) if e.type in _ACTOR}
    return list(found.values())


def _is_club(ent: Entity) -> bool:
    """An international organisation of the gazetteer (no country, no parent body)."""
    org = load_gazetteer().orgs.get(ent.id)
    return org is not None and org.country is None and org.parent is None


def meeting_sides(token: Token, mentions: Mentions) -> list[Entity]:
    """"A held talks with B and C, and the two sides signed ...": the sides of a meeting
    "with" someone earlier in the sentence (people stand for their country), when the one
    who met and all those met are two different actors; else []."""
    for prep in reversed(token.doc[token.sent.start:token.i]):
        head = prep.head
        if prep.lower_ == "with" and prep.dep_ == "prep" and (
                head.lower_ in _MEETING_NOUNS or head.pos_ == "VERB" and head.lemma_ in _MEETING_VERBS):
            verb = head if head.pos_ == "VERB" else head.head
            ours = {e.id: e for t in verb.children if t.dep_ == "nsubj" for e in _pair_of(t, mentions, _ACTOR)}
            theirs = {e.id: e for p in prep.children if p.dep_ == "pobj" for e in _pair_of(p, mentions, _ACTOR)}
            ok = len(ours) == len(theirs) == 1 and ours.keys() != theirs.keys()
            return [*ours.values(), *theirs.values()] if ok else []
    return []
