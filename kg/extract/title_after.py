"""Titles after a name or in apposition: "Ana Soto, director of the X Institute",
"Peru's foreign minister, Ana Soto", "X, who was sworn in as president".

:func:`appositive` and :func:`sworn_in` give the ``appos`` / ``appos-coref`` and ``sworn``
hits of :mod:`kg.extract.static` (whose docstring lists the constructions).
"""
from __future__ import annotations

import numpy
from spacy.attrs import ENT_TYPE
from spacy.tokens import Doc, Span, Token

from kg.extract.title_words import BODY_WORDS as _BODY_WORDS
from kg.extract.title_words import ENVOYS as _ENVOYS
from kg.extract.title_words import FIELD_TITLES as _FIELD_TITLES
from kg.extract.title_words import MOVEMENT_TITLES as _MOVEMENT_TITLES
from kg.extract.title_words import NAME_HONORIFICS as _NAME_HONORIFICS
from kg.extract.title_words import PORTFOLIO_HOLDERS as _PORTFOLIO_HOLDERS
from kg.extract.title_words import RANK_ABBREVIATIONS as _RANK_ABBREVIATIONS
from kg.extract.title_words import RANK_TITLES as _RANK_TITLES
from kg.extract.title_words import UNIT_HEADS as _UNIT_HEADS
from kg.nlp import doc_table
from kg.resolve.coref_government import last_force
from kg.resolve.gazetteer import load_gazetteer, slug
from kg.resolve.mentions import Mentions
from kg.resolve.officeholders import person_holdings
from kg.resolve.place_names import retypable
from kg.resolve.places import affiliation, is_institution, named_entity
from kg.resolve.title_context import LOCAL_TITLES, body_by_head, seat_country
from kg.resolve.role_clauses import (NOT_CURRENT, TitleHit, counterpart_relation, implied_body,
                                     match_title, title_heads, title_like)
from kg.types import Entity

__all__ = ["appositive", "sworn_in", "appos_title", "led_body", "person_leads"]


def _of_portfolio(mentions: Mentions, token: Token) -> bool:
    """Whether ``token`` names an organisation the gazetteer does not know inside the
    "of" / "for" phrase of a minister's title: the NER's reading of a portfolio."""
    mention = mentions.mention_at(token)
    if mention is None or mention.entities[0].type != "Organization" or mention.by_coref \
            or mention.entities[0].id in load_gazetteer().orgs \
            or any(t.lemma_.lower() in _BODY_WORDS for t in mention.span):
        return False  # "the Secretary of the Nordic Fisheries Council": a body
    node = token
    for _ in range(4):  # up the compounds and conjuncts to the object of the preposition
        if node.dep_ == "pobj":
            return node.head.lower_ in ("of", "for") and \
                node.head.head.lemma_.lower() in _PORTFOLIO_HOLDERS
        if node.head is node:
            return False
        node = node.head
    return False


def _title_fragment(mentions: Mentions, noun: Token, token: Token) -> bool:
    """Whether ``token`` names an organisation the gazetteer does not know that is a
    piece of the title itself, cut out by the NER: the qualifier right before the noun
    ("the Transitional President of Burkina Faso, X") or a name broken off before its
    end ("President of the Transition of the Republic of Chad": "Transition of")."""
    mention = mentions.mention_at(token)
    if mention is None or mention.entities[0].type != "Organization" or mention.by_coref \
            or mention.entities[0].id in load_gazetteer().orgs \
            or any(t.lemma_.lower() in _BODY_WORDS for t in mention.span):
        return False
    span = mention.span
    return span.end == noun.i or span[-1].pos_ == "ADP"


def _title_noun(mentions: Mentions, noun: Token) -> tuple[str, list[Token]] | None:
    """The title of a role noun ("foreign minister") and the tokens around it."""
    words = [t.text for t in noun.doc[noun.left_edge.i:noun.i]
             if named_entity(mentions, t) is None and t.tag_ not in ("PRP$", "POS", "DT")
             and not t.is_punct]
    noun_text = noun.lemma_ if noun.tag_ in ("NNS", "NNPS") else noun.text
    doc = noun.doc
    if noun.i + 2 < len(doc) and doc[noun.i + 1].text == "-":  # "secretary-general"
        hyphenated = f"{noun_text}-{doc[noun.i + 2].text}"
        if hyphenated.lower() in load_gazetteer().titles:
            noun_text = hyphenated
    if noun.i >= 2 and doc[noun.i - 1].text == "-" and not doc[noun.i - 2].whitespace_ \
            and noun.left_edge.i == noun.i:
        # "The vice-president, X" parsed with "vice -" outside the noun's subtree
        prefix = doc[noun.i - 2].lower_
        if prefix in NOT_CURRENT or prefix + "-" in NOT_CURRENT:
            return None  # "the ex-president, X"
        if f"{prefix}-{noun_text.lower()}" in load_gazetteer().titles:
            noun_text = f"{prefix}-{noun_text}"
    if noun.lower_ == "secretary" and noun.left_edge.i == noun.i and noun.i > 0 \
            and doc[noun.i - 1].lower_ == "under":
        words = ["under"]  # "the under secretary of defense", "under" parsed as a preposition
    hit = match_title(words + [noun_text])
    if hit is None:
        return None
    if any(t.lower_ in NOT_CURRENT and not (t.lower_ == "exiled" and _group_owned(mentions, noun))
           for t in noun.lefts):
        return None
    # "assistant secretary of state for European affairs": a title whose own words go on
    # after "of" ("secretary of state") is the longer title; its "of" phrase names no body
    own = next((prep for prep in noun.rights if prep.dep_ == "prep" and prep.lower_ == "of"
                and prep.i == noun.i + 1), None)
    pobj = next((c for c in own.children if c.dep_ == "pobj"), None) if own is not None else None
    longer = match_title(words + [noun_text] + [t.text for t in doc[own.i:pobj.i + 1]]) \
        if pobj is not None and pobj.i - own.i <= 3 else None
    if longer is not None and longer[1] > hit[1] + 1 and " of " in longer[0]:
        hit, skip = longer, set(range(own.i, pobj.i + 1))
    else:
        skip = set()
    scope = list(noun.lefts)
    for prep in (c for c in noun.rights if c.dep_ == "prep"):
        # ("head of a new ruling body, the National Council": the body's name in apposition)
        scope += [t for t in prep.subtree if (t.dep_ in ("pobj", "compound", "prep")
                                              or t.dep_ == "appos" and t.head.dep_ == "pobj" and t.head.pos_ == "NOUN"
                                              or t.dep_ == "amod" and t.head.dep_ == "pobj"
                                              and t.head.lemma_.lower() in _STATE_OFFICES)
                  and t.i not in skip]
    return hit[0], scope


#: the functions a body's officer may head ("the RSF's head of operations")
_FUNCTIONS = frozenset({"operations", "security", "intelligence", "logistics", "communications", "finance",
                        "finances", "training", "media", "information", "planning", "research", "policy",
                        "investigations", "propaganda", "recruitment", "procurement", "strategy", "outreach",
                        "protocol", "press", "programmes", "programs", "sales", "marketing"})


def _part_led(mentions: Mentions, noun: Token, first_of: Token | None, title: str) -> bool:
    """"the RSF's head of operations", "the group's commander in West Darfur": a head of one
    function or a commander of one region ("in" a named place) is a member of the body, not its
    leader (not "head of state", "commander in chief"; "the Hamas leader in Gaza" leads it)."""
    if first_of is not None and first_of.lower_ in _FUNCTIONS and first_of.is_lower:
        return True
    return title.split()[-1] in ("commander", "chief") and any(
        p.dep_ == "prep" and p.lower_ == "in" and named_entity(mentions, g, ("Location",)) is not None
        for p in noun.children for g in p.children if g.dep_ == "pobj")


#: Offices of a state whose adjective names the state ("adviser to the Brazilian presidency").
_STATE_OFFICES = frozenset({"presidency", "government", "administration", "cabinet", "president",
                            "leadership", "embassy", "delegation"})


def _group_owned(mentions: Mentions, noun: Token) -> bool:
    """"the militant group's exiled leader, X": the title of a movement or party, which
    an exile still leads (an exiled head of state is a past one)."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        return False
    ent = named_entity(mentions, owner, coref=True)
    return ent is not None and ent.type in ("Organization", "Group")


def _clause_subjects(token: Token, mentions: Mentions) -> list[Entity]:
    """Entities of the subject of the clause ``token`` is in ("Peru and Chile")."""
    head = token
    while head.dep_ not in ("ROOT",) and head.head is not head:
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
            break
        head = head.head
    for child in head.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            out = [e for t in [child, *child.conjuncts]
                   for e in mentions.entities_at(t) if e.type in ("Country", "Organization")]
            return list({e.id: e for e in out}.values())
    return []


#: heads of a region, an emirate or a state of a federation ("President of the Kurdistan Region")
_REGION_HEADS = frozenset({"president", "crown prince", "ruler", "chief minister", "prime minister", "premier",
                           "emir", "sultan", "king"})


#: titles that, with a region or country before them, head that region's desk of a body
_REGIONAL_DESKS = frozenset({"director", "head", "chief", "executive director", "regional director"})


def appos_title(mentions: Mentions, noun, *, coref: bool):
    """(title, relation, affiliation, rule) of a title noun in apposition, or None.

    The affiliation comes from the noun's own scope ("director of the X Center"); with
    ``coref`` a description resolved by coreference may stand in ("its president").
    """
    found = _title_noun(mentions, noun)
    if not found:
        return None
    title, scope = found
    rel = load_gazetteer().titles[title]
    if rel == "leaderOf" and any(c.dep_ == "compound" and c.lower_ in _UNIT_HEADS for c in noun.lefts):
        rel = "memberOf"  # "the fund's mission chief": heads a unit of the body
    if rel == "leaderOf" and title in _REGIONAL_DESKS and any(
            c.dep_ in ("compound", "nmod", "amod") and any(
                e.type in ("Location", "Country") for t in c.subtree for e in [mentions.entity_at(t)] if e is not None)
            for c in noun.lefts):
        rel = "memberOf"  # "X, Horn of Africa director at Human Rights Watch": heads a region's desk
    if title == "counterpart":  # "X and his Ruritanian counterpart, Y": X's office
        rel = counterpart_relation(mentions, list(noun.lefts)) or rel
    if title.split()[-1] in _FIELD_TITLES:
        # "an Iraq specialist at the X Institute": the country before the noun is the
        # field of study; the body is after "at" / "with" / "of" ("a columnist for Y")
        scope = [t for prep in noun.rights if prep.dep_ == "prep" and prep.lower_ in
                 ("at", "with", "of", "from", "for") for t in prep.subtree
                 if t.dep_ in ("pobj", "compound", "appos") and not (  # "an expert for Iran"
                     prep.lower_ == "for" and named_entity(mentions, t, ("Country", "Location")))]
    # "The Minister of International Relations and Cooperation, X": a portfolio the NER
    # took for an organisation names the office, not a body the person belongs to
    scope = [t for t in scope if not _of_portfolio(mentions, t)
             and not _title_fragment(mentions, noun, t)]
    # "the Emergency Relief Coordinator, X": a capitalised title the NER took for an
    # organisation (the mention holds the title noun itself) names no body
    own = mentions.span_at(noun)
    if own is not None and mentions.entity_at(noun).type == "Organization":
        known = load_gazetteer().lookup(own.text.removeprefix("the ").removeprefix("The "))
        if known is not None and known[0] == "org" and known[1] == mentions.entity_at(noun).id:
            # "Grandi, the UN High Commissioner for Refugees": an office the gazetteer knows
            # as the name of the body it heads (UNHCR)
            return title, "leaderOf", mentions.entity_at(noun), "appos"
        scope = [t for t in scope if not own.start <= t.i < own.end]
    if title.split()[-1] in _ENVOYS:
        scope = _sender_scope(mentions, noun, scope)
        sender = _sender_leader(mentions, noun)
        if sender is not None:
            return title, rel, sender, "appos"
    first_of = next((g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                     for g in p.children if g.dep_ == "pobj"), None)
    place = next((e for t in [first_of, *(c for c in first_of.children if c.dep_ == "compound")]
                  for e in [named_entity(mentions, t, ("Location",))] if e is not None), None) \
        if first_of is not None and rel == "leaderOf" and title in _REGION_HEADS else None
    if place is not None and not is_institution(place):
        # "Nechirvan Barzani, President of the Kurdistan Region of Iraq", "Crown Prince of Abu
        # Dhabi", "Ruler of Dubai": the region or emirate, not the country it lies in
        return title, rel, place, "appos"
    division = _division_of(mentions, noun, first_of)
    if division is not None:
        return title, "memberOf", division, "appos"
    if rel == "leaderOf" and _part_led(mentions, noun, first_of, title):
        rel = "memberOf"
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None) if coref else None
    if owner is not None and title in LOCAL_TITLES and owner.lemma_.lower() in _TOWN_NOUNS:
        # "Russian missiles struck Mykolaiv. The city's mayor, X, said ...": the place named last
        place = _last_place(mentions, owner)
        if place is not None:
            return title, "leaderOf", place, "appos-coref"
    owner = named_entity(mentions, owner, ("Country", "Organization", "Group"), coref=True) \
        if owner is not None else None
    if owner is not None:
        # "Nathan Porter, the fund's mission chief for Pakistan": the body a description
        # owning the title stands for, not the country the post is for
        return title, rel, owner, "appos-coref"
    bracketed = _bracketed_body(mentions, noun)
    target = bracketed or affiliation(mentions, scope) \
        or _seat_named(mentions, scope) or _principal_body(mentions, title, scope)
    if bracketed is None and target is not None and rel == "leaderOf" and first_of is not None \
            and first_of.lemma_.lower() in _UNIT_HEADS and named_entity(mentions, first_of) is not target:
        rel = "memberOf"  # "Head of the EU Delegation to China": heads a unit of the body
    if target is None and title in LOCAL_TITLES:
        # "X, the mayor of the border town of Y": a local head leads the place itself
        target = next((e for t in scope for e in [_local_place(mentions, t)] if e is not None),
                      None)
    if bracketed is None and _private_body(mentions, noun, scope, target):
        return None
    if target is not None and target.type == "Country":
        # "spokesperson of the Philippine Coast Guard": the country names the body, which
        # is the employer (ministries stay out, as in kg.resolve.memberships)
        body = next((e for t in scope if t.dep_ == "compound" and mentions.entity_at(t) is target
                     for e in [named_entity(mentions, t.head, ("Organization",))]
                     if e is not None and "ministry" not in e.label.lower()), None)
        target = body or target
    if target is None:
        # "the head of the Taliban's political office": the unit's owner, whose member heads it
        unit_owner = next((e for t in scope if t.dep_ == "pobj" and t.pos_ == "NOUN" and t.is_lower
                           for c in t.children if c.dep_ == "poss"
                           for e in [named_entity(mentions, c, ("Organization", "Group"))] if e), None)
        if unit_owner is not None:
            return title, "memberOf", unit_owner, "appos"
    if target is None and (title == "chief of staff" or title.split()[-1] in _SPOKES):
        # "President X's chief of staff, Y": the body X heads
        target = _sender_leader(mentions, noun)
    if target is None and title != "counterpart":
        # "President X of Ruritania ... His foreign minister, Y": the possessor's country
        target = _possessor_leads(mentions, noun)
    if target is None:  # "head of the Xville-based think tank Acme.org": an untagged name
        target = _kind_named(mentions, noun)
    if target is None:  # "a spokesman for the military government": Ruritania's, named before
        target = _described_government(mentions, scope)
    if target is None and coref:
        target = affiliation(mentions, scope, coref=True) or _the_body(mentions, noun) \
            or _force_compound(mentions, noun)
        if target is not None:
            return title, rel, target, "appos-coref"
    if target is None:  # "X, assistant secretary of state for ...": the United States
        target = implied_body(mentions, title, countries_only=True)
    if title.split()[-1] in _MOVEMENT_TITLES and (target is None or target.type not in
                                                  ("Organization", "Group")):
        return None  # "a leading figure in Ruritania": a public figure, no office there
    if target is not None and rel != "leaderOf" and target.type in ("Organization", "Group") and any(
            c.dep_ == "conj" and load_gazetteer().titles.get(c.lower_) == "leaderOf" and c.i < p.i
            and named_entity(mentions, g) is target
            for c in noun.children for p in (*c.children, *noun.children) if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children if g.dep_ == "pobj"):
        # "X, the deputy prime minister and leader of the 5Star Movement" (the parser may
        # hang the "of" phrase on the first title)
        rel = "leaderOf"
    return title, rel, target, "appos"


def _private_body(mentions: Mentions, noun: Token, scope: list, target: Entity | None) -> bool:
    """"the chief executive of industry body Australian Grape and Wine": a private body named
    after a country's adjective (the name untagged); its head serves the body, not the country."""
    first_of = next((g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                     for g in p.children if g.dep_ == "pobj"), None)
    if target is None or target.type != "Country" or first_of is None:
        return False
    at = min((t.i for t in scope if mentions.entity_at(t) is target), default=-1)
    return any(w.lemma_.lower() in _PRIVATE_BODIES and w.i < at
               for w in (first_of, *(c for c in first_of.children if c.dep_ == "compound")))


#: common nouns of private bodies ("industry body X", "the lobby group Y")
_PRIVATE_BODIES = frozenset({"body", "group", "association", "company", "firm", "lobby", "federation", "chamber",
                             "union", "organisation", "organization", "network", "consortium", "producer"})


def _bracketed_body(mentions: Mentions, noun: Token) -> Entity | None:
    """"the head of the U.N. peacekeeping mission in Mali (MINUSMA)": an organisation's
    acronym in brackets closing the title's "of" phrase names the whole phrase (not the
    UN or Mali inside it)."""
    doc = noun.doc
    for prep in noun.rights:
        end = prep.right_edge.i
        if prep.dep_ == "prep" and prep.lower_ == "of" and doc[end].text == ")" \
                and end - prep.i >= 4 and doc[end - 2].text == "(" \
                and not any(t.dep_ == "conj" for t in doc[end - 1].ancestors if t.i > prep.i):
            # (not "prime minister of X and current chair of Y (CELAC)": another office's)
            return named_entity(mentions, doc[end - 1], ("Organization", "Group"))
    return None


def _seat_named(mentions: Mentions, scope: list[Token]) -> Entity | None:
    """"X, a senior adviser to the Kremlin", "an aide at the White House": a seat of
    government after the title's "to" / "at" / "for" (a place to the tagger, after a
    locative preposition) stands for its country; never a capital ("a correspondent
    in Moscow" works there, for no one)."""
    for tok in scope:
        mention = mentions.mention_at(tok)
        if mention is not None and mention.kind == "seat" and not mention.by_coref \
                and tok.dep_ == "pobj" and tok.head.lower_ in ("to", "at", "for"):
            return seat_country(mentions, mention)
    return None


#: Nouns of the places a mayor or a governor heads: "the mayor of the town of X".
_LOCAL_NOUNS = frozenset({"town", "city", "village", "region", "province", "state", "county",
                          "district", "municipality", "oblast", "governorate", "prefecture"})


def _local_place(mentions: Mentions, token: Token) -> Entity | None:
    """The place ``token`` names in a local head's scope; a name the tagger took for a
    person after "the town of" is the town (:func:`kg.resolve.place_names.retypable`)."""
    mention = mentions.mention_at(token)
    if mention is not None and mention.entities[0].type == "Person" \
            and token.dep_ == "pobj" and token.head.lower_ == "of" \
            and token.head.head.lemma_.lower() in _LOCAL_NOUNS and retypable(mentions, mention.span):
        mention.entities[0].type = "Location"
    return named_entity(mentions, token, ("Location",))


#: Letters after a name that are no part of it or of a title ("X MP, Minister for Y").
_POSTNOMINALS = frozenset({"MP", "MEP", "MLA", "MPP", "MNA", "KC", "QC", "OBE", "MBE", "CBE",
                           "KCMG", "GCMG"})


def _sender_scope(mentions: Mentions, noun: Token, scope: list[Token]) -> list[Token]:
    """"the Alliance secretary-general's special representative for Xland", "the U.S.
    envoy to Xland": an envoy belongs to whoever sends them, named before the noun (also
    inside a possessor), never to the place after "for" / "to" / "in" they are sent to."""
    sent_to = {t.i for prep in noun.rights if prep.dep_ == "prep"
               and prep.lower_ in ("for", "to", "in", "on") for t in prep.subtree}
    owners = [t for c in noun.lefts if c.dep_ == "poss" for t in c.subtree]
    return owners + [t for t in scope if t not in owners and not (
        t.i in sent_to and (t.head.lower_ != "for" or _place_at(mentions, t)))]


def _place_at(mentions: Mentions, token: Token) -> bool:
    """Whether ``token`` names a country or place ("envoy for Libya"), not an employer
    ("a representative for Acme Corp")."""
    entity = mentions.entity_at(token)
    return entity is not None and entity.type in ("Country", "Location")


def _sender_leader(mentions: Mentions, noun: Token) -> Entity | None:
    """"President X's special envoy, Y": the country (or the organisation: "the UN chief
    ... his special representative, Y") the possessor leads at the article date
    (office-holders dictionary), when the possessor is a person."""
    for poss in (c for c in noun.lefts if c.dep_ == "poss"):
        body = led_body(mentions, mentions.entity_at(poss))
        if body is not None:
            return body
    return None


def _possessor_leads(mentions: Mentions, noun: Token) -> Entity | None:
    """"His foreign minister, Y", "sent his chief foreign policy adviser, Y": the body
    the leader a possessive pronoun stands for leads (see :func:`person_leads`)."""
    for poss in (c for c in noun.lefts if c.dep_ == "poss" and c.tag_ == "PRP$"):
        person = mentions.entity_at(poss)
        if person is not None and person.type == "Person":
            return person_leads(mentions, person)
    return None


def led_body(mentions: Mentions, person: Entity | None) -> Entity | None:
    """The one country or organisation ``person`` leads at the article date (office-holders
    dictionary), else None."""
    if person is None or person.type != "Person":
        return None
    gaz = load_gazetteer()
    led = {h.country for h in person_holdings(mentions, person) if h.relation == "leaderOf"
           and (h.country in gaz.countries or h.country in gaz.orgs)}
    if len(led) != 1:
        return None
    ident = led.pop()
    if ident in gaz.orgs:  # "the Secretary-General ... his Special Representative"
        return mentions.entity(ident, gaz.orgs[ident].label, gaz.orgs[ident].type)
    return mentions.entity(ident, gaz.countries[ident].label, "Country")


def person_leads(mentions: Mentions, person: Entity) -> Entity | None:
    """The country ``person`` leads by their own title in the article ("President X" of
    Ruritania), else the one body the office-holders dictionary has them lead."""
    led = next((mentions.entities.get(body) for _title, relation, body
                in mentions.titles.get(person.id, ()) if relation == "leaderOf" and body), None)
    return led if led is not None and led.type == "Country" else led_body(mentions, person)


#: Titles of a leader's spokespeople: "President X's spokesman, Y" speaks for X's country.
_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
#: Titles of a leader's staff: "an adviser to President X" serves X's country.
_STAFF_TITLES = frozenset({"adviser", "advisor", "aide", "spokesman", "spokeswoman",
                           "spokesperson", "assistant"})


def _principal_body(mentions: Mentions, title: str, scope: list[Token]) -> Entity | None:
    """"X, a senior adviser to President Y", "X, an adviser to the office of President Y":
    a leader's staff serve the body the leader heads at the article date (office-holders
    dictionary)."""
    if title.split()[-1] not in _STAFF_TITLES:
        return None
    return next((body for tok in scope if tok.dep_ == "pobj"
                 for body in [led_body(mentions, named_entity(mentions, tok, ("Person",)))]
                 if body is not None), None)


#: Lowercase nouns of a kind of organisation written right before its name ("the
#: think tank Acme.org", "the monitoring group Xwatch").
_KIND_NOUNS = frozenset({"tank", "group", "organisation", "organization", "institute", "ngo",
                         "watchdog", "charity", "network", "monitor", "foundation", "centre",
                         "center", "association", "movement", "party", "firm", "company",
                         "outlet", "newspaper", "website", "consultancy", "initiative"})


def _kind_named(mentions: Mentions, noun: Token) -> Entity | None:
    """"X, head of the Xville-based think tank Acme.org": a name the NER left untagged
    after a lowercase noun of a kind of organisation, as the object of the title's "of" /
    "at", names that organisation (only capitalised words, not a tagged name: the
    tagger's reading of those stands)."""
    doc = noun.doc
    for prep in (c for c in noun.rights if c.dep_ == "prep" and c.lower_ in ("of", "at")):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            start = pobj.i
            while start - 1 > prep.i and doc[start - 1].dep_ == "compound" \
                    and not doc[start - 1].is_lower and doc[start - 1].is_alpha:
                start -= 1  # "the rights group Free Voice"
            kind = doc[start - 1]
            words = doc[start:pobj.i + 1]
            if kind.lower_ not in _KIND_NOUNS or not kind.is_lower or kind.dep_ != "compound" \
                    or any(t.is_lower or mentions.mention_at(t) is not None or t.ent_type_
                           for t in words) or len(words) > 4:
                continue
            label = words.text
            return mentions.entity(slug(label), label, "Organization")
    return None


#: Nouns of a country's government, described without the country ("the junta").
_GOVERNMENT_NOUNS = frozenset({"government", "junta", "regime", "administration"})


def _described_government(mentions: Mentions, scope: list[Token]) -> Entity | None:
    """"Ruritania's military government ... X, a spokesman for the military government":
    a definite government noun in the title's phrase, with no country, is the government
    of the one country the article named before with that noun and the same describing
    words ("military"); two such countries give none."""
    noun = next((t for t in scope if t.dep_ == "pobj" and t.lemma_.lower() in _GOVERNMENT_NOUNS
                 and any(c.lower_ == "the" for c in t.children)), None)
    if noun is None:
        return None
    words = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")}
    doc = noun.doc
    found = {}
    for i in mentions.positions({noun.lower_}):
        other = doc[i]
        if i >= noun.i or not words <= {c.lower_ for c in other.children
                                        if c.dep_ in ("amod", "compound")}:
            continue
        for child in (c for c in other.children if c.dep_ in ("poss", "amod", "compound")):
            country = named_entity(mentions, child, ("Country",))
            if country is not None:
                found[country.id] = country
    return next(iter(found.values())) if len(found) == 1 else None


#: Nouns of the places a local head leads ("the city's mayor").
_TOWN_NOUNS = frozenset({"city", "town", "region", "province", "village", "oblast", "governorate",
                         "municipality", "prefecture", "county"})


def _last_place(mentions: Mentions, owner: Token) -> Entity | None:
    """The place (no country) the article named last before ``owner``, in its sentence or
    the one before ("Russian missiles struck Mykolaiv. The city's mayor ...")."""
    sents = mentions.sentences()[0]
    k = next((j for j, s in enumerate(sents) if s.start <= owner.i < s.end), 0)
    for first, placed in ((sents[k].start, True), (sents[max(k - 1, 0)].start, False)):
        # (in its own sentence also a one-word name the NER took for a person, used as a
        # place: "In Mykolaiv, Schulze met the city's mayor")
        named = [m for m in mentions.mention_list if first <= m.span.start < owner.i and not m.by_coref
                 and len(m.entities) == 1 and (m.entities[0].type == "Location" or placed and len(m.span) == 1
                                               and m.entities[0].type == "Person" and m.span.root.dep_ == "pobj"
                                               and m.span.root.head.lower_ in ("in", "at", "near"))]
        if named:
            return max(named, key=lambda m: m.span.start).entities[0]
    return None


#: common nouns for a division of a body ("director-general of the Asian affairs bureau at X")
_DIVISIONS = frozenset({"bureau", "department", "division", "directorate", "section", "unit", "desk", "branch"})


def _division_of(mentions: Mentions, noun: Token, first_of: Token | None) -> Entity | None:
    """"Director of Operations and Advocacy at OCHA": a title's "of" phrase that names no
    country or known body is a division of the body after "at" (whose member the holder is)."""
    if first_of is None or first_of.pos_ != "PROPN" and first_of.lemma_.lower() not in _DIVISIONS:
        # (a capitalised division's name, or "the Asian affairs bureau at Japan's foreign
        # ministry"; not "the leader of the region of X at Y")
        return None
    named = named_entity(mentions, first_of)
    if named is not None and (named.type in ("Country", "Location", "Person")
                              or named.id in load_gazetteer().orgs):
        return None
    ats = [g for p in first_of.subtree if p.dep_ == "prep" and p.lower_ == "at" for g in p.children if g.dep_ == "pobj"]
    # (the parser may hang "at" on the name the title is set beside)
    holders = [noun, noun.head] if noun.dep_ == "appos" else [noun]
    ats += [g for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "at" and p.i > noun.i
            for g in p.children if g.dep_ == "pobj"]
    return next((e for g in ats for e in [named_entity(mentions, g, ("Organization", "Group"))] if e), None)


def _force_compound(mentions: Mentions, noun: Token) -> Entity | None:
    """"Brigadier General X, the army spokesman": the force the article named last by
    that word ("the Sudanese Armed Forces"); no guess when it names none."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    return next((e for c in noun.children if c.dep_ == "compound" and c.i < noun.i
                 for e in last_force(c, mentions)), None)


def _the_body(mentions: Mentions, noun: Token) -> Entity | None:
    """"X, a member of the assembly" in an article that names one "Legislative Assembly":
    a definite body noun after the title's "of" is the one organisation of the article
    whose name ends in that noun (two of them: no guess)."""
    for prep in (c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"):
        for head in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"):
            if head.lower_ not in _BODY_WORDS or not any(
                    c.lower_ == "the" for c in head.children if c.dep_ == "det") \
                    or any(c.dep_ in ("compound", "amod", "poss") for c in head.children):
                continue
            return body_by_head(mentions, head.lower_)
    return None


def _nearer_conjunct(root: Token, noun: Token) -> bool:
    """"the deaths of X and Y, the deputy commander of Z": a singular apposition hung on
    the first of two coordinated people describes the one right before it, not ``root``."""
    return noun.tag_ in ("NN", "NNP") and any(root.i < c.i < noun.i and c.ent_type_ == "PERSON"
                                              for c in root.conjuncts)


def _respective(mentions: Mentions, noun: Token, anchor: Token, root: Token) -> Entity | None:
    """"the foreign ministers of Xland and Yland, A and B", "their Xlandic and Ylandic
    counterparts, A and B": as many people as countries after a plural title's "of" (or
    before it), paired in order (A of Xland, B of Yland); the country
    of the person at ``root``, else None."""
    tokens = [t for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj" for t in (o, *o.conjuncts)]
    # "his Syrian and Russian counterparts, A and B": the nationalities before the noun
    tokens += [t for a in noun.children if a.dep_ in ("amod", "compound") and a.i < noun.i for t in (a, *a.conjuncts)]
    countries: list[Entity] = []
    for tok in sorted(tokens, key=lambda t: t.i):
        country = named_entity(mentions, tok, ("Country",))
        if country is not None and country not in countries:
            countries.append(country)
    people = sorted({t for t in (anchor, *anchor.conjuncts) if t.ent_type_ == "PERSON"},
                    key=lambda t: t.i)
    if len(countries) >= 2 and len(countries) == len(people) and root in people:
        return countries[people.index(root)]
    return None


#: Nouns of a person's kin or circle: a title in their "of" phrase is someone else's.
_KIN_NOUNS = frozenset({"son", "daughter", "wife", "husband", "widow", "widower", "brother",
                        "sister", "father", "mother", "nephew", "niece", "cousin", "grandson",
                        "granddaughter", "child", "relative", "bodyguard", "lawyer", "biographer",
                        "friend", "assassin", "killer"})


def _kin_of(noun: Token) -> bool:
    """"The son of the Libyan leader, X": the name is the son's, the title the father's."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" \
        and noun.head.head.lemma_.lower() in _KIN_NOUNS


def _person_tokens(doc: Doc) -> frozenset[int]:
    """The indexes of the tokens with ``ent_type_ == "PERSON"`` ("Ana Soto"), read from the
    doc's arrays once per doc (the doc being resolved)."""
    global _people_last
    if _people_last[0] is doc:
        return _people_last[1]
    if not len(doc):
        found = frozenset()
    else:
        types = doc.to_array([ENT_TYPE]).reshape(-1)
        found = frozenset(numpy.flatnonzero(types == doc.vocab.strings["PERSON"]).tolist())
    _people_last = (doc, found)
    return found


_people_last: tuple = (None, frozenset())


def _subtree(table, i: int):
    """``[t.i for t in doc[i].subtree]`` off the doc's table, in spaCy's order."""
    for j in table.kids[i]:
        if j < i:
            yield from _subtree(table, j)
    yield i
    for j in table.kids[i]:
        if j > i:
            yield from _subtree(table, j)


def _has_person(table, people: frozenset[int], i: int) -> bool:
    """``any(x.ent_type_ == "PERSON" for x in doc[i].subtree)`` with no Token built."""
    return bool(people) and any(k in people for k in _subtree(table, i))


def appositive(doc: Doc, mentions: Mentions, span: Span, person: Entity) -> list[TitleHit]:
    root = span.root
    hits = []
    # (the parse read off the doc's table: most names have no apposition, and this runs
    # for every name, twice per article)
    table, people = doc_table(doc), _person_tokens(doc)
    # "Ana Soto, director of the Lima Policy Institute"; coordinated titles count each
    # ("X, member of the Politburo and Chinese foreign minister")
    appos = [c for c in (doc[j] for j in table.kids[root.i] if table.dep[j] == "appos")
             if not _nearer_conjunct(root, c)]
    # (only after a title, not a name: "Secretary X Y and Japan's Minister Z" is two people)
    titles = [c for c in appos if c.i not in people and title_like(c)]
    appos += [doc[j] for c in titles for j in table.conjuncts(c.i)
              if table.pos[j] in ("NOUN", "PROPN") and not _has_person(table, people, j)]
    # the parser may hang the second title inside the first one's "of" phrase
    appos += [t for c in titles for t in (doc[k] for k in _subtree(table, c.i) if k > c.i
                                          and table.pos[k] == "NOUN"
                                          and table.dep[k] in ("pobj", "conj"))
              if t.left_edge.i > 0 and doc[t.left_edge.i - 1].lower_ == "and" and t not in appos
              and not _has_person(table, people, t.i)]
    for noun in (c for c in appos if title_like(c)):
        if noun.i > span.end and _names_next(doc, mentions, noun, person) \
                or _says_after(noun) or _untagged_name_after(doc, mentions, noun):
            continue
        found = appos_title(mentions, noun, coref=True)  # "a spokesman for the ministry"
        if found:
            title, rel, target, rule = found
            hits.append(TitleHit(person, title, rel, target, noun, rule))
    # "Peru's foreign minister, Ana Soto" / "their foreign ministers, A and B"
    anchor = root
    # ("his U.S. counterpart, A, and B, director of Japan's X": B's own title is B's)
    while anchor.dep_ == "conj" and anchor.head.ent_type_ == "PERSON" and not titles \
            and not _own_possessor(doc, anchor.head, span):
        anchor = anchor.head
    # the parser often makes "ministers, A and B" a conjunction, not an apposition
    # (the title before the name is looked for only then)
    linked = anchor.dep_ == "appos" or anchor.dep_ == "conj" and \
        anchor.i > 0 and anchor.doc[anchor.left_edge.i - 1].text == ","
    if linked and anchor.dep_ == "appos" and _own_title_before(table, anchor.head, span):
        # "Syria's President A and Foreign Minister B": the parser hangs B on A's title,
        # but B's own title stands right before B's name
        linked = False
    head = anchor.head if linked else None
    for _ in range(3 if linked else 0):  # "Special Envoy for Climate and Ocean Affairs, Y"
        # ("the prime minister of the Kurdistan Regional Government, X": a body's name ending
        # in a title word is no title)
        if title_like(head) and (head.lower_ in title_heads() or head.lemma_.lower()
                                  in title_heads()) and not (head.pos_ == "PROPN" and getattr(
                mentions.entity_at(head), "type", None) == "Organization") or head.dep_ not in (
                "pobj", "conj", "compound") or head.head is head:
            break
        head = head.head.head if head.dep_ == "pobj" else head.head
    whole = match_title([t.text for t in doc[max(head.sent.start, head.i - 4):head.i + 1]]) \
        if linked and head.dep_ == "pobj" and head.head.lower_ == "of" else None
    outer = head.head.head if linked and head.dep_ == "pobj" and head.head.lower_ == "of" else None
    if outer is not None and title_like(outer) and outer.lower_ in title_heads() \
            and any(c.dep_ == "compound" and mentions.entity_at(c) is not None for c in head.lefts):
        # "the Special Representative of the UN Secretary-General, X": X holds the first
        # title, given by the holder of the second
        head, whole = outer, None
    if whole is not None and whole[1] > 2:
        # "The chief of staff of the Ruritanian army, X": the title's first word heads it
        head = doc[head.i - whole[1] + 1]
    if linked and title_like(head) and head.ent_type_ != "PERSON" and not _kin_of(head) \
            and not any(c.lower_ == "whose" for c in head.children):  # see whose_title
        noun = head
        their = any(t.lower_ == "their" for t in noun.lefts)
        found = appos_title(mentions, noun, coref=not their)  # "its president, X"
        if found:
            title, rel, target, rule = found
            if target is None and their:
                subjects = _clause_subjects(noun, mentions)
                people = sorted({t for t in [anchor, *anchor.conjuncts]
                                 if t.ent_type_ == "PERSON"}, key=lambda t: t.i)
                if len(subjects) == 1:
                    target = subjects[0]
                elif len(subjects) == len(people) and root in people:
                    target = subjects[people.index(root)]
                elif noun.tag_ == "NN":
                    # "The Houthis claimed it. Their military spokesman, X, said": one title
                    # of a group named before (coreference found who "their" is)
                    owners = [e for t in noun.lefts if t.lower_ == "their" for e in mentions.entities_at(t)]
                    if len(owners) == 1 and owners[0].type in ("Group", "Organization"):
                        target = owners[0]
            elif target is not None and target.type == "Country" and noun.tag_ == "NNS":
                target = _respective(mentions, noun, anchor, root) or target
            hits.append(TitleHit(person, title, rel, target, noun, rule))
    first = span.start
    lower, text = table.lower, table.text
    while first > span.sent.start + 1 and (lower[first - 1] in _NAME_HONORIFICS
                                           or lower[first - 1] in _RANK_TITLES
                                           or lower[first - 1] in _RANK_ABBREVIATIONS):
        first -= 1  # "the chief of the X Forces, Gen Y,": the rank is no part of the title
    # (one of several: the plural title is each one's, see the filter at the end)
    each = _each_of(doc, mentions, first, person) if first >= 4 and text[first - 1] == "," else []
    if not hits and not each and first >= 2 and text[first - 1] == "," \
            and not _person_at(mentions, doc[first - 2], person):
        # the parser missed the apposition: "the chair of the X Board, Y, said ..."
        # (not "with his counterpart A, B said": the title before the comma has its name)
        before = doc[first - 2]
        # (twelve words back: "the chief of the X Defence Forces (XDF), Y")
        for tok in reversed(list(doc[max(span.sent.start, before.i - 12):before.i + 1])):
            if tok.pos_ in ("VERB", "AUX") or tok.text in (",", ";"):
                break
            # "the Ambassador of X to the Kingdom, Y": the parser hangs "to ..." on the verb
            ends = tok.right_edge.i == before.i or tok.right_edge.i + 1 < before.i and \
                doc[tok.right_edge.i + 1].lower_ in ("to", "in") and tok.lower_ in _ENVOYS
            if _kin_of(tok):
                break
            if title_like(tok) and tok.lower_ in title_heads() and ends:
                whole = match_title([t.text for t in doc[max(span.sent.start, tok.i - 4):tok.i + 1]])
                if whole is not None and whole[1] > 1 and " of " in whole[0]:
                    # "the President of the Republic, X": a title whose own words end in
                    # a noun ("president of the republic") names no other body (not "the
                    # High Commissioner of X to Y, Z": a title of two words before its "of")
                    title = whole[0]
                    hits.append(TitleHit(person, title, load_gazetteer().titles[title], None,
                                         tok, "appos"))
                    break
                found = appos_title(mentions, tok, coref=True)
                if not found:
                    # "the President of the Republic, X": a word that only ends a longer
                    # title ("president of the republic") is no title alone
                    continue
                title, rel, target, rule = found
                hits.append(TitleHit(person, title, rel, target, tok, rule))
                break
    end = span.end
    while end < len(doc) and text[end] in _POSTNOMINALS:
        end += 1  # "The Hon X MP, Deputy Prime Minister": letters after the name
    if not hits and not each and end + 1 < len(doc) and text[end] == ",":
        # the parser missed the apposition: "X, the UN secretary-general, urged ..."
        for tok in doc[end + 1:min(len(doc), end + 10)]:
            if tok.text == "," or tok.pos_ in ("VERB", "AUX", "CCONJ"):
                break
            # "X, Crown Prince and Prime Minister, ...": a capitalised title counts too,
            # unless it is another person's ("X, an ally of US President Y")
            nxt = mentions.entity_at(doc[tok.i + 1]) if tok.i + 1 < len(doc) else None
            if nxt is not None and nxt.type == "Person":
                break
            if not (tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and title_like(tok)) or \
                    (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "NOUN") or \
                    tok.dep_ == "compound" and tok.i < tok.head.i < tok.i + 4 \
                    and tok.head.pos_ == "PROPN" and title_like(tok.head):
                continue  # "Deputy Prime Minister": the title's head comes later
            if tok.dep_ in ("nsubj", "nsubjpass") and root.dep_ == "pobj" and tok.head.i > tok.i:
                break  # "In his talks with X, the crown prince reviewed ...": the clause's subject
            found = _title_noun(mentions, tok)
            if found and (_names_next(doc, mentions, tok, person) or _says_after(tok)
                          or _untagged_name_after(doc, mentions, tok)):
                break  # "A, the Minister of X, Mr. B,": B's title
            if found:
                title, scope = found
                rel = load_gazetteer().titles[title]
                target = affiliation(mentions, scope) or \
                    implied_body(mentions, title, countries_only=True)
                if not _private_body(mentions, tok, scope, target):
                    hits.append(TitleHit(person, title, rel, target, tok, "appos"))
                break
    # "According to aide X, the presidents also discussed ...": a plural noun is not one
    # person's title unless the person is one of several ("their ministers, A and B")
    if not hits:
        return each
    several = any(t.ent_type_ == "PERSON" for t in root.conjuncts) or \
        root.dep_ == "appos" and any(c.dep_ == "conj" for c in root.head.children)
    return [h for h in hits if several or h.token.tag_ not in ("NNS", "NNPS")
            or h.token.head.lower_ == "of" and h.token.head.head.lower_ == "one"] or each


def _own_title_before(table, head: Token, span: Span) -> bool:
    """"President A and Foreign Minister B": a title of its own, after "and", right
    before the name ``span`` (not "President A", where the word before is ``head``)."""
    i = span.start - 1
    while i > head.i and (table.lower[i] in _NAME_HONORIFICS or table.lower[i] in _RANK_TITLES
                          or table.lower[i] in _RANK_ABBREVIATIONS):
        i -= 1  # "the army chief, General X": a rank is no title of its own
    if not (i > head.i and table.pos[i] in ("NOUN", "PROPN") and table.lower[i] in title_heads()):
        return False
    while i > head.i + 1 and table.pos[i - 1] in ("NOUN", "PROPN", "ADJ") \
            and table.text[i - 1][:1].isupper():
        i -= 1  # back to the title's first word ("Foreign Minister")
    if i > head.i + 2 and table.lower[i - 1] in ("'s", "’s", "'"):
        i -= 1  # "A and Somalia's President B": back over the title's owner
        while i > head.i + 1 and table.pos[i - 1] == "PROPN":
            i -= 1
    # (after a comma the title is the same person's second: "Iran's chief negotiator,
    # Deputy Foreign Minister X")
    return table.lower[i - 1] in ("and", "or")


def _each_of(doc: Doc, mentions: Mentions, first: int, person: Entity) -> list[TitleHit]:
    """"the leaders of the X Forces, General A, and of the Y Forces, General B": a name
    right after ", " that closes "of <body>" belongs to that body, when the "of" hangs on a
    plural title ("leaders", "heads") or repeats it after "and" (each leads his own)."""
    if first < 4 or doc[first - 1].text != ",":
        return []
    body = mentions.mention_at(doc[first - 2])
    if body is None or body.entities[0].type not in ("Organization", "Group") \
            or body.span.start < 3:
        return []
    k = body.span.start - (1 if doc[body.span.start - 1].lower_ == "the" else 0) - 1
    if k < 1 or doc[k].lower_ != "of":
        return []
    if doc[k - 1].lower_ == "and":  # "..., and of the Y Forces, B": back to the title
        k = next((t.i for t in reversed(doc[doc[k].sent.start:k - 1]) if t.lower_ == "of"
                  and doc[t.i - 1].tag_ == "NNS" and title_like(doc[t.i - 1])), 0)
    if k < 1 or doc[k - 1].tag_ != "NNS" or not title_like(doc[k - 1]):
        return []
    noun = doc[k - 1]
    title = noun.lemma_.lower()
    relation = load_gazetteer().titles.get(title)
    if relation is None:
        return []
    return [TitleHit(person, title, relation, body.entities[0], noun, "appos")]


_SAY_VERBS = frozenset({"say", "tell", "add", "write", "confirm", "note"})


def _says_after(noun: Token) -> bool:
    """"... his influence over X, a government spokesman in Ruritania said.": a title
    phrase right before a subjectless reporting verb is that verb's subject (the one
    who speaks), not X's apposition, whatever the parser says."""
    doc = noun.doc
    nxt = noun.right_edge.i + 1
    if nxt >= len(doc) or doc[nxt].lemma_ not in _SAY_VERBS or doc[nxt].pos_ != "VERB":
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass") for c in doc[nxt].children)


def _untagged_name_after(doc: Doc, mentions: Mentions, noun: Token) -> bool:
    """"At the invitation of A, Foreign Minister of the Republic of Ruritania Jon Bek will
    ...": two capitalised words the tagger left untagged right after the body named in the
    title's phrase are the name that title stands before, whatever the parser hung it on;
    the title is not A's."""
    k, stop = noun.i + 1, min(noun.sent.end, noun.i + 15)
    while k < stop and doc[k].text not in (",", ";", "(") and doc[k].pos_ not in ("VERB", "AUX"):
        span = mentions.span_at(doc[k])
        if span is None:
            k += 1
            continue
        after = doc[span.end:min(span.end + 2, noun.sent.end)]
        if len(after) == 2 and all(t.pos_ == "PROPN" and t.is_title and not t.ent_type_
                                   and mentions.mention_at(t) is None and not title_like(t)
                                   for t in after):
            return True
        k = span.end
    return False


def _own_possessor(doc: Doc, first: Token, span: Span) -> bool:
    """"X's leader, A, and Y's Gen. B": a conjunct with a possessor of its own between the
    previous name and it ("Y's") does not share the first name's title."""
    return any(t.tag_ == "POS" for t in doc[first.i + 1:span.start])


def _names_next(doc: Doc, mentions: Mentions, noun: Token, person: Entity) -> bool:
    """"On the orders of the President, Mr. A, the Minister of Trade, Mr. B, will ...":
    a title after A's comma that is followed by ", B" (another person) is B's, "Title,
    Name" as in A's own; the parser often hangs it on A. Not ", and his deputy, B": an
    "and" after a comma opens a new phrase. Also "A, his Syrian counterpart B": the title
    right before another person's name is that person's."""
    j = noun.i + 1
    while j < noun.sent.end and doc[j].lower_ in _NAME_HONORIFICS:
        j += 1
    right = mentions.entity_at(doc[j]) if j < noun.sent.end else None
    if right is not None and right.type == "Person" and right.id != person.id and doc[j].ent_type_ == "PERSON":
        return True
    if any(e.type == "Person" and e.id != person.id and any(
            c.dep_ == "compound" and getattr(mentions.entity_at(c), "type", None) in ("Country", "Organization")
            for c in g.children)
           for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
           for g in p.children if g.dep_ == "pobj" for e in [mentions.entity_at(g)] if e is not None):
        # "A, President of Iran B": the title's "of" phrase runs its country into B's own name
        # (not "A, spokesman of President B": A's title, given by B)
        return True
    for k in range(noun.i + 1, min(noun.sent.end, noun.i + 25)):
        tok = doc[k]
        if tok.pos_ in ("VERB", "AUX") or tok.text in (";", ":", "(") or tok.text == "," \
                and k + 1 < len(doc) and doc[k + 1].lower_ in ("and", "or", "who", "which"):
            return False
        if tok.text != ",":
            continue
        j = k + 1
        while j < noun.sent.end and doc[j].lower_ in _NAME_HONORIFICS:
            j += 1
        nxt = mentions.entity_at(doc[j]) if j < noun.sent.end else None
        if nxt is not None and nxt.type == "Person" and nxt.id != person.id:
            return True
    return False


def _person_at(mentions: Mentions, token: Token, person: Entity | None = None) -> bool:
    """Whether ``token`` names a person (other than ``person``: coreference may have
    resolved the title before the comma to the name after it, "Qatar's emir, Sheikh X")."""
    ent = mentions.entity_at(token)
    return ent is not None and ent.type == "Person" and (person is None or ent.id != person.id)


_INSTALL_VERBS = frozenset({"swear", "elect", "appoint", "name", "install", "inaugurate",
                            "proclaim", "declare"})
_REFLEXIVES = frozenset({"himself", "herself", "themselves"})
#: offices assumed ("assumed the presidency of X") and the title they give
_HELD_OFFICES = {"presidency": "President", "premiership": "Prime Minister", "chairmanship": "Chairman",
                 "chairpersonship": "Chairperson"}


#: Verbs of a leader putting someone in an office: "X appointed Y as envoy".
_APPOINT_VERBS = frozenset({"appoint", "name", "nominate", "keep", "retain", "reappoint", "install",
                            "swear"})


def _appointers_body(mentions: Mentions, subject: Token) -> Entity | None:
    """The country or body the subject of "appointed Y as ..." is or heads: "Ruritania
    named Y", "President X appointed Y" (X's own title in the article, else the
    office-holders dictionary)."""
    entity = named_entity(mentions, subject, ("Person", "Country", "Organization"))
    if entity is None:
        entity = next((e for c in subject.children if c.dep_ == "appos"
                       for e in [named_entity(mentions, c, ("Person",))] if e is not None), None)
    if entity is None or entity.type != "Person":
        return entity
    return person_leads(mentions, entity)


def sworn_in(mentions: Mentions, span: Span, person: Entity) -> TitleHit | None:
    """"X, who was sworn in as transitional president", "X was elected as chairman of
    the Alliance", "X proclaimed himself head of Y", "X was named head of Y", "X, who serves
    as foreign minister", "President Z appointed X as envoy": the office taken (its body
    from the noun's own scope, else the body the appointer is or leads, else the one country
    its sentence names, else none: the article's focal country is often the one reporting,
    not the one whose office changed hands)."""
    root = span.root
    doc = root.doc
    # (the relative clauses off the doc's table: this runs for every name, twice)
    table = doc_table(doc)
    clauses = [doc[j] for j in table.kids[root.i] if table.dep[j] == "relcl"]
    verbs = [c for c in clauses if c.lemma_ in _INSTALL_VERBS]
    if root.dep_ == "nsubjpass" and root.head.lemma_ in _INSTALL_VERBS:
        verbs.append(root.head)
    # "X, who serves as Ruritania's defence minister", "X has served as its envoy since 2019"
    # (not "X served as minister": a past office)
    verbs += [v for v in clauses
              + ([root.head] if root.dep_ == "nsubj" else [])
              if v.lemma_ == "serve" and v.tag_ != "VBD" and not (v.tag_ == "VBN" and any(
                  c.dep_ == "aux" and c.tag_ == "VBD" for c in v.children))]
    if root.dep_ == "nsubj" and root.head.lemma_ in _INSTALL_VERBS and any(
            t.lower_ in _REFLEXIVES and t.head.i in (root.head.i, *(c.i for c in root.head.children))
            for t in root.head.subtree):
        verbs.append(root.head)  # "X proclaimed himself head of Y"
    if root.dep_ == "nsubj" and root.head.lemma_ == "take" and any(
            c.dep_ == "dobj" and c.lower_ == "office" for c in root.head.children):
        verbs.append(root.head)  # "X took office as Peru's president"
    holding = [v for v in ([root.head] if root.dep_ == "nsubj" else []) + clauses
               if v.lemma_ in ("assume", "hold") and not (v.lemma_ == "hold" and v.tag_ in ("VBD", "VBN"))]
    for taking in holding:
        if any(t.lower_ in ("would", "will", "to", "not", "never") for t in taking.lefts):
            continue
        if any(c.dep_ == "nsubj" and c.lower_ not in ("who", "that") and c.i != root.i
               for c in taking.children):
            continue  # "X, whose country holds the rotating presidency of Y": the country's office
        # "X assumed the presidency of the Republic of Peru": the head of that country; "X, who
        # holds the rotating presidency of CELAC": the head of that body
        office = next((c for c in taking.children if c.dep_ == "dobj" and c.lemma_.lower() in _HELD_OFFICES), None)
        if office is not None:
            kinds = ("Country",) if office.lemma_.lower() == "premiership" else ("Country", "Organization")
            owners = [g for p in office.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.subtree
                      if (named_entity(mentions, g, kinds) is not None)]
            # "who holds the bloc's rotating chairmanship"
            owners += [c for c in office.children if c.dep_ == "poss" and named_entity(mentions, c, kinds, True) is not None]
            target = named_entity(mentions, owners[0], kinds, owners[0].dep_ == "poss") if owners else None
            if target is None and any(t.lower_ == "republic" for t in office.subtree):
                # "assumed the Presidency of the Republic": the country the article is about
                from kg.resolve.focus import cached_focal
                target = cached_focal(root.doc, mentions)
            if target is not None:
                return TitleHit(person, _HELD_OFFICES[office.lemma_.lower()], "leaderOf", target, office, "sworn")
    # "X, who is also general secretary of the CPC", "X is the president of Y": an office held now
    # ("Djibouti's minister X was on Saturday elected chairperson of Y": the parse makes
    # "elected" a modifier of the office, the name an apposition of the subject)
    subject = root.head if root.dep_ == "appos" and root.head.dep_ == "nsubj" else root
    for being in clauses + ([subject.head] if subject.dep_ == "nsubj" else []):
        installed = being.lemma_ == "be" and any(
            c.dep_ == "attr" and any(a.dep_ == "amod" and a.lemma_ in _INSTALL_VERBS for a in c.children)
            for c in being.children)
        # ("X, who became chairman of the Y Authority": an office taken)
        if not (being.lemma_ == "be" and being.tag_ in ("VBZ", "VBP") or being.lemma_ == "become" or installed) \
                or any(c.dep_ == "neg" for c in being.children):
            continue
        if any(c.dep_ == "nsubj" and any(w.lower_ == "whose" for w in c.children) for c in being.children):
            continue  # "X, whose country is a founding member of Y": the country's standing
        for noun in (c for c in being.children if c.dep_ == "attr" and title_like(c)):
            if any(t.lower_ in ("former", "ex", "then", "late") for t in noun.subtree if t.i < noun.i):
                continue
            found = appos_title(mentions, noun, coref=False)
            if found and found[2] is not None:
                return TitleHit(person, found[0], found[1], found[2], noun, "sworn")
    # "X, as Ruritania's foreign minister, met Y", "As Ruritania's foreign minister, X met Y":
    # the office X holds while acting (not "as foreign minister in 2015": a dated one)
    as_nouns = [o for p in root.children if p.dep_ == "prep" and p.lower_ == "as" and p.i > root.i
                and doc[p.i - 1].text == "," for o in p.children if o.dep_ == "pobj"]
    if root.dep_ == "nsubj":
        as_nouns += [o for p in root.head.children if p.dep_ == "prep" and p.lower_ == "as"
                     and p.i < root.i for o in p.children if o.dep_ == "pobj"]
    for noun in as_nouns:
        if title_like(noun) and not any(t.ent_type_ == "DATE" for t in noun.subtree):
            found = appos_title(mentions, noun, coref=False)
            if found and found[2] is not None:
                return TitleHit(person, found[0], found[1], found[2], noun, "sworn")
    appointer = None
    # "President X appointed Y as finance minister", "X kept Y as foreign secretary", "X
    # swore in Y as army commander": Y's office, in the body the appointer heads
    putting = root.head if root.dep_ in ("dobj", "oprd") else root.head.head \
        if root.dep_ == "pobj" and root.head.lower_ == "in" else None
    if putting is not None and putting.lemma_ in _APPOINT_VERBS \
            and any(c.dep_ == "nsubj" for c in putting.children):
        verbs.append(putting)
        appointer = next(c for c in putting.children if c.dep_ == "nsubj")
    for verb in verbs:
        if any(t.lower_ in ("would", "will", "to", "not", "never") for t in verb.lefts):
            continue  # "is to be sworn in as": not yet in office
        # "sworn in as president", "was proclaimed head of Y" (the title right after the verb)
        nouns = [n for c in verb.children for n in (
            [o for o in c.children if o.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "as"
            else [c] if c.dep_ in ("oprd", "ccomp", "xcomp") and c.pos_ == "NOUN" else [])]
        # ("took office as president": the parser may hang "as" on "office")
        nouns += [o for c in verb.children if c.dep_ == "dobj" and c.lower_ == "office"
                  for _, o in [(p, o) for p in c.children if p.dep_ == "prep" and p.lower_ == "as"
                               for o in p.children if o.dep_ == "pobj"]]
        for noun in (n for n in nouns if title_like(n)):
            found = appos_title(mentions, noun, coref=False)
            if found:
                title, rel, target, _rule = found
                if target is None and appointer is not None:
                    target = _appointers_body(mentions, appointer)
                if target is None:  # only a country its sentence names alone, inside the clause
                    # ("X, who serves as the FO spokesperson, ... urged India to ...": India is the
                    # one urged, not X's country)
                    lo, hi = verb.left_edge.i, verb.right_edge.i
                    named = {e.id: e for m in mentions.mention_list
                             if verb.sent.start <= m.span.start < verb.sent.end
                             and (lo <= m.span.start <= hi or m.span.start < root.i)
                             and not m.by_coref for e in m.entities[:1]
                             if e.type == "Country"}
                    target = next(iter(named.values())) if len(named) == 1 else None
                return TitleHit(person, title, rel, target, noun, "sworn")
    return None
