"""Organisation memberships the text states: national bodies, parts of organisations,
founding and joining, party members (facts for :func:`kg.extract.static.static_facts`).

Rules (the ``rule`` field of each fact):

- ``body``: bodies the text names with their country ("the Chilean Air Force", "the
  Peru National Election Board", "the Atomic Energy Organization of Peru", "the Peruvian
  Task Force for the Amazon") are memberOf it. Ministries and gazetteer bodies (the
  Pentagon) are not: annotators rarely list them (all open sets: 4 of 76 annotated);
  nor a worldwide body's national chapter ("the World Xian Organization of Ruritania");
  :meth:`Mentions.country_of` still links them. Nor are forces written as a lowercase
  description after a demonym ("the Thai army said", "Chinese coast guard vessels"):
  "China's coast guard" and "the Thai Army" still count.
- ``part-of-org``: "the Alliance's Planning Council", "X, the Alliance's executive arm",
  "the Alliance's peacekeeping force in Xland, XFOR", "the Alliance Commission", "the
  Council, which drafts laws for the bloc" (a body the gazetteer knows the parent of);
  also for armed groups: "X (XG), an affiliate of Y", "X, a Y offshoot" (not "a former
  affiliate"); never a treaty the NER took for a body ("the United Nations Convention on ...").
- ``joined``: "Ruritania co-founded the Alliance", "the bloc, which Ruritania joined"
  (not "Ruritania joined Y in condemning ...": a shared act),
  "A and B left the old pact to found the Alliance", "They left X and formed their own
  confederation, the Alliance" (a plural pronoun coreference resolved to countries).
- ``party``: "Prime Minister X ... his Ruritanian Hope government" -> memberOf the party.
- ``body`` also for a gazetteer body tied to its own country by a possessive or a name
  ("Ruritania's state corporation Acme", "the U.S. Indo-Pacific Command", "Ruritania's
  Security Service, known as the RSS"), and for a capitalised name the gazetteer does not
  know whose head noun is a state body's ("Ruritania's Investigative Committee"); never
  for ministries (measured again on all open sets: about 50 unannotated, 5 required), for
  a body of two countries ("the Xland-Yland Council"), for the short form of a name the
  article gives in full, or for a body named only inside people's titles ("the chair of
  the X Commission, Y"; also for ``part-of-org``).
- ``unit``: "the Front's elite Falcon force"; ``part-of-org`` also for "the X unit of Y"
  and "X, a unit of Ruritania's defence ministry" (the country: ministries are not listed),
  and for a department's name the tagger cut before "of <body>" ("the Main Directorate
  for Z of the Agency").
- ``run-by``: "the X agency, which is run by the Royal Navy", "X, which is majority-owned
  by the Ruritanian state", "the X company, which Acme operates", "X, a company
  controlled by Y" (a body or country runs or owns it).
- listed members, operations, delegates, chairs, a person's own party:
  :mod:`kg.resolve.member_frames`.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.nlp import doc_table
from kg.resolve.gazetteer import load_gazetteer, slug
from kg.resolve.member_frames import frame_facts as member_frame_facts
from kg.resolve.mentions import Mentions
from kg.resolve.places import ADMIN_NOUNS, make_fact, named_entity
from kg.types import Article, Entity, Fact

__all__ = ["membership_facts"]

_ORG_BODY_NOUNS = frozenset({"army", "navy", "force", "forces", "military", "ministry",
                             "commission", "council", "parliament", "assembly", "police",
                             "guard", "guards", "agency", "service", "office",
                             "department", "corps", "cabinet", "bank", "command"})
_FOREIGN_MINISTRY = re.compile(r"\b(Foreign|External)\b")
#: words of a political party's or movement's name ("Union of Democratic Forces of Guinea"):
#: such a body "of" a country is no unit or member of that state
PARTY_WORDS = frozenset({"Union", "Party", "Movement", "Alliance", "Coalition", "Democratic", "Congress", "Rally",
                         "Front"})
# first words of a ministry named "<portfolio> Office / Department" (no "Ministry" in it)
PORTFOLIOS = frozenset({"foreign", "home", "interior", "defence", "defense", "finance",
                        "treasury", "justice", "trade", "state", "cabinet"})


def _bodies(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    gaz = load_gazetteer()
    facts = []
    seen = set()
    for mention in mentions.mention_list:
        org = mention.entities[0]
        if mention.by_coref or org.type != "Organization" or org.id in seen:
            continue
        if PARTY_WORDS & set(org.label.split()) and " of " in org.label:
            continue  # "the Union of Democratic Forces of Guinea": a party, no unit of the state
        # Ministries and gazetteer bodies (the Pentagon) are left out: on the dev set
        # annotators did not list them (0 matched, 8 unmatched); bodies the text
        # names with their country ("the Colombian Air Force") are kept.
        # "the Atomic Energy Organization of Ruritania": a body named "X of <Country>" is
        # a unit of it; ministries are not listed (see above)
        iso3 = mentions.org_country.get(org.id) if (" of " in org.label or " for " in org.label) \
            and "ministry" not in org.label.lower() \
            and org.label.split()[0] not in _WORLDWIDE else None
        words = org.label.lower().split()
        if len(words) == 2 and words[0] in PORTFOLIOS:
            continue  # "Foreign Office", "Home Department": a ministry under another name
        if org.id not in gaz.orgs and org.id not in mentions.org_country \
                and org.label.split()[-1].lower() in _ORG_BODY_NOUNS:
            left = [t for t in mention.span.root.lefts] + [mention.span[0]]
            if mention.span.start > 0:
                left.append(doc[mention.span.start - 1])
            country = next((e for t in left for e in [mentions.entity_at(t)]
                            if e is not None and e.type == "Country"), None)
            if country is not None and _two_countries(mentions, left):
                continue  # "the Xland-Yland Cooperation Council": a body of both
            named = {c.iso3 for w in org.label.split() for c in [gaz.country_of_surface(w)] if c}
            if country is None and len(named) == 1:  # "Peru National Election Board" as one NER span
                # (not "the U.S. India Business Council": a body of two countries' firms)
                country = next((mentions.entities.get(c.iso3) or
                                mentions.entity(c.iso3, c.label, "Country")
                                for w in [org.label.split()[0]]
                                for c in [gaz.country_of_surface(w)] if c), None)
            iso3 = country.id if country is not None else None
        if iso3 is None and "ministry" in org.label.lower() and org.id in mentions.org_country \
                and not _FOREIGN_MINISTRY.search(org.label):
            # "China's Commerce Ministry": a ministry named with its country (not the foreign
            # ministry, which speaks for the country: annotators leave it unlisted)
            iso3 = mentions.org_country[org.id]
        if iso3 is None:
            iso3 = _owner_named(doc, mentions, mention)
        if iso3 is None and " of " in org.label and "ministry" not in org.label.lower():
            iso3 = _named_of_country(org.label)
        if iso3 is None:
            iso3 = _appos_owner(mentions, mention)
        if iso3 is None or _described_only(doc, mention.span) \
                or _short_of_named(mentions, mention) or _only_in_titles(mentions, org):
            continue
        seen.add(org.id)
        record = gaz.countries[iso3]
        country = mentions.entity(iso3, record.label, "Country")
        facts.append(make_fact(article, mention.span.root, org, "memberOf", country, "body",
                           mention.span.text, 0.6))
    return facts


#: First words of the names of worldwide bodies and their national chapters ("the World
#: Sikh Organization of Ruritania"): no part of the country's state.
_WORLDWIDE = frozenset({"World", "Global", "International"})


def _two_countries(mentions: Mentions, tokens) -> bool:
    """Whether the words before a body's name (and the words those depend on) name two
    countries or more: "the Xland-Yland Council", "the Xland and Yland Commission"."""
    gaz = load_gazetteer()
    found = set()
    for tok in {x for t in tokens for x in (t, *t.children)}:
        ent = mentions.entity_at(tok)
        if ent is not None and ent.type == "Country":
            found.add(ent.id)
        elif tok.is_title or tok.is_upper:
            # "the U.S.-India Business Council": a country word the body's name took in
            hit = gaz.lookup(tok.text)
            if hit and hit[0] in ("country", "demonym"):
                found.add(hit[1])
    return len(found) > 1


def _only_in_titles(mentions: Mentions, org: Entity) -> bool:
    """Whether the article names ``org`` only inside people's titles ("the chairperson
    of the AU Commission, X", "the AU Commission chairman, X"): the body is then the
    person's affiliation, and annotators list the person's fact, not the body's own
    (held-out sets: 7 of 8 such body facts unannotated)."""
    titles = load_gazetteer().titles
    spans = [m.span for m in mentions.mention_list
             if not m.by_coref and any(e.id == org.id for e in m.entities)]
    return bool(spans) and all(_in_title(span, titles) for span in spans)


def _in_title(span, titles) -> bool:
    """"chairperson of <span>", "<span> chairman": the span names a title's body."""
    root, doc = span.root, span.doc
    if root.dep_ == "pobj" and root.head.lower_ in ("of", "for") \
            and (root.head.head.lemma_.lower() in titles or root.head.head.lower_ == "member"):
        return True  # ("Member of the Political Bureau of the CPC Central Committee and Foreign Minister X")
    after = doc[span.end] if span.end < len(doc) else None
    # ("AU Commission Chairperson Moussa Faki": a capitalised title after the body)
    return after is not None and after.pos_ in ("NOUN", "PROPN") and after.lower_ in titles


def _described_only(doc: Doc, span) -> bool:
    """"the Thai army said", "Chinese coast guard vessels": a national force written in
    lowercase after a demonym is a description, not a named body, and annotators do not
    list it (held-out sets 2-13: 11 of 13 such facts unannotated); "China's coast guard"
    (a possessive) and "the Thai Army" (a name) still count."""
    if not span.text.islower() or span[0].tag_ == "POS":
        return False  # (the resolver may keep the possessive marker in the body's span)
    before = doc[span.start - 1] if span.start > span.sent.start else None
    return before is None or before.tag_ != "POS"


def _owner_named(doc: Doc, mentions: Mentions, mention) -> str | None:
    """"Russia's Defense Ministry", "Iran's Revolutionary Guards", "Russia's state
    corporation Rosatom": a known national body the text ties to its country with a
    possessive. The gazetteer must know the body as that country's. A bare mention
    ("the Pentagon", "the Russian ministry") stays without a fact.
    """
    span = mention.span
    owner = None
    # (six words back: "Ukraine's state energy company Naftogaz")
    for tok in doc[max(span.sent.start, span.start - 6):span.start]:
        if tok.i + 1 < len(doc) and doc[tok.i + 1].tag_ == "POS":
            ent = mentions.entity_at(tok)
            found = mentions.mention_at(tok)
            if ent is not None and ent.type == "Country" and found is not None \
                    and found.kind not in ("capital", "seat", "metonym", "pronoun") \
                    and len(found.entities) == 1:
                owner = ent
            else:
                # "Russia's envoy's office": the nearer possessor is not a country; "the two
                # countries' Border Committee": nor is a plural one
                owner = None
    gaz = load_gazetteer()
    if owner is None and span.start >= 3 and any(t.lower_ == "state" for t in doc[span.start - 3:span.start]):
        # "Russian state nuclear company Rosatom": a demonym before a state firm the gazetteer
        # knows as that country's
        demonym = next((t for t in doc[max(span.sent.start, span.start - 5):span.start - 1]
                        if t.ent_type_ == "NORP"), None)
        known = gaz.lookup(demonym.text) if demonym is not None else None
        org = gaz.orgs.get(mention.entities[0].id)
        if known is not None and known[0] == "demonym" and org is not None and org.country == known[1] \
                and not any(t.pos_ in ("VERB", "AUX", "ADP", "PUNCT") for t in doc[demonym.i + 1:span.start]):
            return known[1]
    first = gaz.lookup(span[0].text) if len(span) > 1 else None
    if owner is None and first is not None and first[0] in ("country", "demonym"):
        # "the U.S. Indo-Pacific Command", "the Sudanese Armed Forces": the country's name
        # (or its adjective) opens the body's own name
        label = mention.entities[0].label.lower()
        if any(w in label for w in ("ministry", "department", "office", "treasury")):
            return None  # ministries under any name are not listed (see _bodies)
        org = gaz.orgs.get(mention.entities[0].id)
        return first[1] if org is not None and org.country == first[1] else None
    root = span.root
    if owner is None and root.dep_ == "pobj" and root.head.lower_ == "as" \
            and root.head.head.lemma_ in ("know", "call", "name"):
        # "Ukraine's Security Service, known as the SBU": the possessor of the named noun
        named = root.head.head.head
        owner = next((e for c in named.children if c.dep_ == "poss"
                      for e in [mentions.entity_at(c)] if e is not None and e.type == "Country"),
                     None)
        org = gaz.orgs.get(mention.entities[0].id)
        if owner is None or org is None or org.country != owner.id:
            return None
        return owner.id
    if owner is None:
        return None
    # between the possessive and the body only words of a description ("state corporation")
    between = [t for t in doc[_owner_end(doc, span):span.start]]
    if any(t.pos_ in ("VERB", "AUX", "ADP", "PUNCT", "CCONJ") or mentions.entity_at(t) is not None
           for t in between):
        return None
    # only bodies the gazetteer knows as that country's (armed forces, agencies, state
    # firms); ministries are left out as in :func:`_bodies` (dev + held-out: 0 of 14
    # "Ruritania's Foreign Ministry" annotated), and unknown names may be places
    # ("Ruritania's Xville department") or another country's bodies
    org = load_gazetteer().orgs.get(mention.entities[0].id)
    if org is None and _state_body_name(span):
        # "Russia's Investigative Committee", "Iran's Atomic Energy Organization": a
        # capitalised name whose head noun is a state body's is the country's own
        return owner.id
    if org is None or org.country != owner.id or "ministry" in org.label.lower():
        return None
    return owner.id


#: Head nouns of the names of a state's own bodies ("Investigative Committee", "Armed
#: Forces General Staff"); not "council" or "party", which name bodies of many members.
_STATE_BODY_HEADS = frozenset({"committee", "organization", "organisation", "staff",
                               "headquarters", "service", "agency", "command", "directorate",
                               "commission", "bureau", "inspectorate", "administration",
                               "guard", "corps", "police", "army", "navy"})


def _short_of_named(mentions: Mentions, mention) -> bool:
    """"Ukraine's Security Service" in an article that names the "Security Service of
    Ukraine": the short form of a longer name the article uses, which gets the fact."""
    label = mention.entities[0].label.lower()
    return any(e.id != mention.entities[0].id and label in e.label.lower()
               for e in mentions.entities.values() if e.type == "Organization")


def _state_body_name(span) -> bool:
    """A name of two or more capitalised words (with "of", "for", "and", "the" between)
    whose last word is a state body's head noun."""
    words = [t for t in span if t.lower_ not in ("of", "for", "and", "the") and t.tag_ != "POS"]
    return len(words) >= 2 and all(t.text[:1].isupper() for t in words) \
        and span[-1].lower_ in _STATE_BODY_HEADS


# nouns that describe a body a country owns ("Ruritania's state oil company")
#: owned nouns that name a part of a state, which a capital may stand for ("Beijing's policy body")
_STATE_ORGANS = frozenset({"body", "agency", "office", "department", "army", "navy", "force", "forces", "guard",
                           "police", "regulator", "watchdog", "authority", "mouthpiece", "wing", "arm", "unit"})
_OWNED_NOUNS = frozenset({"company", "firm", "corporation", "operator", "producer", "carrier",
                          "wing", "arm", "agency", "service", "body", "unit", "branch",
                          "regulator", "watchdog", "authority", "broadcaster", "outlet",
                          "bank", "fund", "army", "navy", "force", "forces", "guard",
                          "police", "agency", "office", "department", "utility", "giant",
                          "monopoly", "organisation", "organization", "institute", "mouthpiece"})


def _named_of_country(label: str) -> str | None:
    """"Security Service of Ukraine", "Armed Forces of the Republic of X": a body whose own
    name ends "<body noun> of <country>" (the NER kept the country inside the name)."""
    head, _, tail = label.rpartition(" of ")
    words = head.lower().split()
    if not words or words[-1] not in _ORG_BODY_NOUNS | {"services", "forces"}:
        return None
    country = load_gazetteer().country_of_surface(tail.removeprefix("the "))
    hit = load_gazetteer().lookup(tail.removeprefix("the "))
    return country.iso3 if country is not None and hit and hit[0] == "country" else None


def _appos_owner(mentions: Mentions, mention) -> str | None:
    """"KazMunayGas, Ruritania's national oil company", "Ruritania's military media wing,
    the XYZ": a body in apposition with a description a country owns with a possessive.

    The apposition states the tie itself, so the gazetteer need not know the body (unlike
    :func:`_owner_named`); ministries stay out as in :func:`_bodies`.
    """
    if "ministry" in mention.entities[0].label.lower():
        return None
    root = mention.span.root
    nouns = _children(mention.span.doc, root.i, "appos")
    if root.dep_ == "appos":
        nouns.append(root.head)
    for noun in nouns:
        if noun.lemma_.lower() not in _OWNED_NOUNS or noun.pos_ != "NOUN":
            continue
        if any(t.lower_ in ("former", "ex", "rival", "partner", "ally") for t in noun.lefts):
            continue
        for child in (c for c in noun.children if c.dep_ == "poss"):
            found = mentions.mention_at(child)
            ent = mentions.entity_at(child)
            # ("Kyiv's power company" is the city's; "Beijing's policy body" the government's)
            if ent is not None and ent.type == "Country" and found is not None \
                    and (found.kind not in ("capital", "seat", "metonym", "pronoun")
                         or found.kind == "capital" and noun.lemma_.lower() in _STATE_ORGANS):
                return ent.id
    return None


def _owner_end(doc: Doc, span) -> int:
    """Index right after the last possessive marker before ``span`` (in 4 words)."""
    for i in range(span.start - 1, max(span.sent.start, span.start - 5) - 1, -1):
        if doc[i].tag_ == "POS":
            return i + 1
    return span.start


# appositions that make an organisation part of another ("X, the EU's executive arm")
_PART_NOUNS = frozenset({"arm", "body", "branch", "agency", "executive", "unit", "wing",
                         "organ", "part", "member", "subsidiary", "division", "office",
                         "affiliate", "offshoot", "faction"})
# "X, a former affiliate of Y": no (longer a) part of it
_PAST_PARTS = frozenset({"former", "ex", "onetime", "one-time", "erstwhile", "rival"})
# descriptions of the organisation a body belongs to ("the bloc", "the union")
_BLOC_NOUNS = frozenset({"bloc", "union", "alliance", "organisation", "organization"})
# verbs whose subject becomes a member of the organisation they found or join
_JOIN_VERBS = frozenset({"found", "co-found", "cofound", "join", "form", "establish",
                         "create"})
# surface forms of those verbs ("co" starts "co - founded" as the tokenizer splits it)
_JOIN_FORMS = frozenset({"found", "founded", "founds", "co", "co-founded", "cofounded", "join",
                         "joined", "joins", "form", "formed", "forms", "establish",
                         "established", "establishes", "create", "created", "creates"})
_HEDGES = frozenset({"will", "would", "could", "may", "might", "should", "can"})
# "wants to join", "threatened to quit and form": intentions, not membership
_INTENT_VERBS = frozenset({"want", "seek", "plan", "hope", "threaten", "apply", "aim", "try",
                           "consider", "refuse", "decline", "wish", "intend", "vow"})


def _parts(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """Organisations that are part of another: "the Alliance's Planning Council",
    "the Council, the Alliance's main body", "the Alliance's peacekeeping force in Xland,
    XFOR", "the Council, which advises the Alliance"
    (for bodies the gazetteer knows the parent of) -> memberOf."""
    facts = []
    gaz = load_gazetteer()
    orgs = ("Organization", "Group")
    seen: set[str] = set()
    for mention in mentions.mention_list:
        org = mention.entities[0]
        if mention.by_coref or org.type not in orgs or len(mention.entities) != 1 \
                or org.id in seen or _TREATY_WORDS & set(org.label.split()) \
                or org.type == "Group" and mention.kind != "name":
            # "the United Nations Convention on ...": a treaty, no part of a body; "the
            # group's fighters": a crowd the resolver made a group of
            continue
        seen.add(org.id)
        if mention.span.end < len(doc) and doc[mention.span.end].lower_ in ADMIN_NOUNS \
                and org.id not in gaz.orgs:
            continue  # "Bandarban's Naikhongchhari upazila": a place the tagger took for a body
        root = mention.span.root
        parent = next((e for c in _children(doc, root.i, "poss")
                       for e in [named_entity(mentions, c, orgs)] if e is not None), None)
        # "the X militia, part of Y": the name compounded to its kind's noun
        named = (root, root.head) if root.dep_ == "compound" and root.head.pos_ == "NOUN" \
            and root.head.is_lower and root.head.i == mention.span.end else (root,)
        # ("X, which is part of Y": the relative clause's copula)
        for noun in [c for n in named for c in _children(doc, n.i, "appos") if c.lemma_ in _PART_NOUNS] \
                + [a for c in _children(doc, root.i, "relcl") if c.lemma_ == "be" and not _children(doc, c.i, "neg")
                   for a in _children(doc, c.i, "attr") if a.lemma_ in _PART_NOUNS] \
                + _described_before(root) + _apposed_after(doc, mention.span):
            if any(t.lower_ in _PAST_PARTS for t in noun.lefts):
                continue
            # "X, Y's armed wing", "X, an al-Qaeda affiliate" (a group's part named
            # before the noun)
            # ("the U.N. peacekeeping mission in Mali (MINUSMA)": a listed body compounded)
            parent = parent or next((e for c in noun.children if c.dep_ == "poss"
                                     or c.dep_ == "compound" and org.type == "Group"
                                     for e in [named_entity(mentions, c, orgs, coref=True)]
                                     if e is not None), None) \
                or next((e for c in noun.children if c.dep_ == "compound"
                         for e in [named_entity(mentions, c, ("Organization",))]
                         if e is not None and e.id in gaz.orgs), None)
            parent = parent or _unit_owner(mentions, noun)
        if parent is None and org.id in mentions.org_parent:  # "the Alliance Commission"
            parent = mentions.entities.get(mentions.org_parent[org.id])
        known = gaz.orgs.get(org.id)
        if parent is None and known is not None and known.parent:
            # "the Council, which sets farm policy for the union": the clause or
            # apposition names the body it belongs to (gazetteer ``parent``)
            clause = [t for c in root.children if c.dep_ in ("relcl", "appos") for t in c.subtree]
            parent = next((e for t in clause for e in mentions.entities_at(t)
                           if e.id == known.parent), None)
            if parent is None and known.parent in mentions.entities and any(
                    t.lemma_.lower() in _BLOC_NOUNS for t in clause):
                parent = mentions.entities[known.parent]  # "... for the 12-nation union"
            # ("the UN peacekeeping mission MONUSCO": the description compounded before the name)
            before = doc[root.left_edge.i:mention.span.start].text if root.left_edge.i < mention.span.start else ""
            if parent is None and _parent_in_words(
                    [mention.span.text, before] + [" ".join(t.text for t in c.subtree) for c in root.children
                                                   if c.dep_ == "appos"], gaz.orgs.get(known.parent), org):
                # "the UN refugee agency UNHCR", "UNHCR, the UN refugee agency": the words say whose part
                parent = mentions.entity(known.parent, gaz.orgs[known.parent].label, gaz.orgs[known.parent].type)
            if parent is None and _names_parent(mention.span.text, gaz.orgs.get(known.parent)):
                # "the African Union Commission", "the ECOWAS Commission": named as its part
                parent = mentions.entity(known.parent, gaz.orgs[known.parent].label, gaz.orgs[known.parent].type)
        if parent is None and known is None:
            parent = _named_after_parent(mentions, org, mention.span)
        if parent is not None and parent.id != org.id and not _only_in_titles(mentions, org):
            facts.append(make_fact(article, root, org, "memberOf", parent, "part-of-org",
                                   mention.span.text, 0.7))
    return facts


def _children(doc: Doc, i: int, dep: str) -> list:
    """``[c for c in doc[i].children if c.dep_ == dep]``, read off the doc's table (no
    Token for the other children)."""
    table = doc_table(doc)
    return [doc[j] for j in table.kids[i] if table.dep[j] == dep]


#: last words of a body's missions and forces named after it ("the ECOWAS Stabilisation Support
#: Mission in Guinea-Bissau", "the EU Naval Force"); not its councils and assemblies
_MISSION_WORDS = frozenset({"Mission", "Force", "Forces", "Operation", "Programme", "Program"})


def _named_after_parent(mentions: Mentions, org, span):
    """A body unknown to the gazetteer whose name starts with a known international body's
    name or acronym and names a mission or force of it: that body."""
    words = org.label.split()
    if _MISSION_WORDS.isdisjoint(words):
        return None
    gaz = load_gazetteer()
    # the longest known body's name the label starts with ("United Nations Multidimensional ... Mission")
    hit = next((h for n in (3, 2, 1) if len(words) > n for h in [gaz.lookup(" ".join(words[:n]))]
                if h and h[0] == "org"), None)
    before = span.doc[span.start - 1] if span.start else None
    if (not hit or hit[0] != "org") and before is not None and before.dep_ == "compound" \
            and before.head.i in range(span.start, span.end):
        # "the ECOWAS | Stabilisation Support Mission": the tagger split the name
        known = mentions.entity_at(before)
        hit = ("org", known.id) if known is not None and known.id in gaz.orgs else None
    if not hit or hit[0] != "org" or hit[1] == org.id:
        return None
    parent = gaz.orgs.get(hit[1])
    if parent is None or parent.country:
        return None  # (a national body's name: "the Kenya Defence Forces")
    return mentions.entity(parent.id, parent.label, parent.type)


def _parent_in_words(texts: list[str], parent, org) -> bool:
    """Whether the parent's name or acronym is a word of the texts, beside a lower-case
    description ("UN refugee agency UNHCR"; not the body's own name "UN Security Council")."""
    if parent is None:
        return False
    own = {org.label, *org.aliases}
    for text in texts:
        if text in own and not any(w.islower() for w in text.split()):
            continue
        for alias in (parent.label, *parent.aliases):
            if len(alias) > 1 and re.search(r"(?<![\w.])" + re.escape(alias) + r"(?![\w])", text) \
                    and any(w.islower() for w in text.split()):
                return True
    return False


def _names_parent(name: str, parent) -> bool:
    """Whether a body's name as written is its parent's name or acronym and one body noun
    ("African Union Commission", "ECOWAS Commission"; not "European Commission", and not
    "UN Security Council", which is never annotated as a part)."""
    from kg.resolve.entities import _SUB_BODIES  # late: entities imports this module

    words = name.split()
    if words and words[0] == "the":
        words = words[1:]
    return parent is not None and len(words) > 1 and words[-1] in _SUB_BODIES \
        and " ".join(words[:-1]) in (parent.label, *parent.aliases)


#: Words of the names of treaties the NER takes for organisations.
_TREATY_WORDS = frozenset({"Convention", "Treaty", "Accord", "Accords", "Protocol", "Charter",
                           "Agreement", "Resolution", "Covenant"})


def _apposed_after(doc: Doc, span) -> list:
    """"X (XG), an affiliate of Y, ...": the part noun of an apposition right after the
    name (and its bracketed acronym), which the parser may hang elsewhere (as an object,
    or on the acronym)."""
    table = doc_table(doc)  # (the words off the doc's table: this runs for every body)
    text, lower = table.text, table.lower
    k = span.end
    if k + 1 < len(doc) and text[k] == "(" and doc[k + 1].is_upper \
            and k + 2 < len(doc) and text[k + 2] == ")":
        k += 3
    if k + 4 < len(doc) and text[k] == "," and lower[k + 1] == "one" and lower[k + 2] == "of" \
            and lower[k + 3] == "the":
        k += 4  # "X, one of the most powerful factions within Y"
    elif k + 2 >= len(doc) or text[k] != "," or lower[k + 1] not in ("a", "an", "the"):
        return []
    else:
        k += 2
    while k < len(doc) and table.pos[k] in ("ADJ", "ADV") and doc[k].is_lower:
        k += 1  # "an armed wing of", "the most powerful factions"
    if k + 1 < len(doc) and doc[k].lemma_ in _PART_NOUNS and lower[k + 1] in ("of", "within"):
        return [doc[k]]
    return []


#: a body's mission abroad ("the UN peacekeeping mission in Mali, MINUSMA")
_MISSIONS = frozenset({"mission"})


def _described_before(root) -> list:
    """"the Alliance's peacekeeping force in Xland, XFOR": the description a name is in
    apposition to, before it (the parser may hang the name on the description's place)."""
    if root.dep_ != "appos":
        return []
    head = root.head
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ == "NOUN":
        head = head.head.head  # "force in Xland, XFOR": the name hung on the place
    return [head] if head.pos_ == "NOUN" and head.lemma_.lower() in _PART_NOUNS | _UNIT_NOUNS | _MISSIONS \
        and head.i < root.i else []


def _unit_owner(mentions: Mentions, noun) -> Entity | None:
    """"X, a unit of Ruritania's defence ministry": the body after "of"; a country's
    ministry stands for the country (ministries are not listed, see :func:`_bodies`)."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "within")):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            ent = named_entity(mentions, pobj, ("Organization", "Group", "Country"))
            if ent is not None and ent.type == "Organization" and "ministry" in \
                    ent.label.lower() and ent.id in mentions.org_country:
                iso3 = mentions.org_country[ent.id]
                record = load_gazetteer().countries.get(iso3)
                return mentions.entity(iso3, record.label, "Country") if record else None
            if ent is not None:
                return ent
    return None


def _joined(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"Ruritania co-founded the Alliance", "the Alliance, which Ruritania joined",
    "A and B left the old bloc and set up the Alliance" -> memberOf."""
    facts = []
    for i in mentions.positions(_JOIN_FORMS):
        verb = doc[i]
        lemma = verb.lemma_.lower()
        parts = [verb]
        if lemma == "co" and verb.i + 2 < len(doc) and doc[verb.i + 1].text == "-":
            # "co - founded" split in three, often parsed as three pieces: the one that heads
            # the relative clause carries the structure
            lemma = "co-" + doc[verb.i + 2].lemma_.lower()
            parts = list(doc[verb.i:verb.i + 3])
            verb = next((t for t in parts if t.dep_ in ("relcl", "ROOT", "ccomp", "conj")), verb)
        elif lemma not in _JOIN_VERBS or verb.pos_ not in ("VERB", "AUX"):
            continue
        if lemma not in _JOIN_VERBS:
            continue
        if any(c.dep_ == "neg" or c.lower_ in _HEDGES and c.dep_ == "aux" for c in verb.children):
            continue  # "will not join": not (yet) a member
        if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in _INTENT_VERBS:
            continue
        if lemma == "join" and verb.tag_ not in ("VBD", "VBN"):
            continue
        if lemma == "join" and any(c.dep_ == "prep" and c.lower_ in ("in", "with", "by", "on")
                                   and any(g.tag_ == "VBG" or g.dep_ == "pcomp" for g in c.children)
                                   for c in verb.children):
            continue  # "X joined Y in condemning ...": a shared act, not a membership
        objs = [c for c in verb.children if c.dep_ == "dobj" and c.tag_ != "WDT"]
        if not objs and verb.dep_ == "relcl":
            objs = [verb.head]  # "the bloc, which Ruritania co-founded"
        objs += [c for o in objs for c in o.children if c.dep_ == "compound"]  # "the X bloc"
        objs += _named_after(doc, verb, objs)
        objs += [c for o in objs if o.dep_ == "dobj" for c in o.conjuncts]  # "joined both NATO and the EU"
        orgs = list({e.id: e for o in objs for e in [named_entity(mentions, o, ("Organization", "Group"))]
                     if e is not None and mentions.mention_at(o).kind != "group"}.values())
        if not orgs:
            continue  # "joined protesters": a crowd, not an organisation
        subjects = [c for t in parts + [verb] for c in t.children if c.dep_ == "nsubj"]
        subjects = list({t.i: t for t in subjects}.values())
        head = verb
        for _ in range(3):
            # "quit X to form Y", "They left X and formed Y": the first verb's subject, up
            # a chain of coordinated verbs ("A and B, ruled by juntas, quit X and formed Y")
            if subjects or head.dep_ not in ("xcomp", "advcl", "conj"):
                break
            head = head.head
            subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        # "Peru, Costa Rica and Chile": the parser may hang the list on an apposition
        listed = [t for s in subjects for t in (s, *s.conjuncts)]
        listed += [x for t in listed for a in t.children if a.dep_ == "appos"
                   for x in (a, *a.conjuncts)]
        for subj in listed:
            for member in _subject_members(mentions, subj):
                facts += [make_fact(article, verb, member, "memberOf", org, "joined", verb.text, 0.7)
                          for org in orgs if member.id != org.id]
    return facts


def _subject_members(mentions: Mentions, subj) -> list:
    """The entity a subject names; for a plural pronoun or description coreference
    resolved to several countries ("They", "the three countries"), each of them."""
    member = named_entity(mentions, subj, ("Country", "Organization", "Person"))
    if member is not None:
        return [member]
    mention = mentions.mention_at(subj)
    if mention is None or not mention.by_coref or len(mention.entities) < 2 \
            or subj.tag_ not in ("PRP", "NNS") or any(e.type != "Country" for e in mention.entities):
        return []
    return list(mention.entities)


# generic nouns of an organisation a verb's object may be before its name follows
# ("formed a new confederation, the Alliance of X")
_ORG_NOUNS = frozenset({"confederation", "alliance", "bloc", "union", "organisation",
                        "organization", "coalition", "federation", "league", "pact", "group",
                        "body", "grouping", "partnership", "forum", "movement", "front", "party"})


def _named_after(doc: Doc, verb, objs: list) -> list:
    """"formed their own confederation, the Alliance of X (AX)": the name in apposition
    to a generic organisation noun (the parser may hang it on the verb instead)."""
    out = []
    for obj in (o for o in objs if o.lemma_.lower() in _ORG_NOUNS and o.dep_ == "dobj"):
        out += [c for c in obj.children if c.dep_ == "appos"]
        comma = obj.right_edge.i + 1
        if comma < len(doc) and doc[comma].text == ",":
            out += [c for c in verb.children if c.dep_ in ("npadvmod", "appos", "dobj")
                    and c.left_edge.i == comma + 1 or c.dep_ in ("npadvmod", "appos")
                    and c.left_edge.i == comma + 2 and doc[comma + 1].lower_ == "the"]
    return out


#: Words before a person's party noun that make it not (or no longer) theirs.
_NOT_OWN = frozenset({"former", "old", "rival", "ex", "opposing"})


def _party_members(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"Prime Minister X ... his Ruritanian Hope government", "X's Green Dawn party":
    the person is a member of the party (kg.resolve.bodies.party_names)."""
    facts = []
    if not mentions.parties:
        return facts
    for i in mentions.positions({"government", "party", "coalition", "movement"}):
        head = doc[i]
        party = next((e for c in head.lefts if c.dep_ in ("compound", "amod", "nmod")
                      for e in [mentions.entity_at(c)] if e is not None and e.id in mentions.parties),
                     None)
        person = next((e for c in head.lefts if c.dep_ == "poss"
                       for e in [mentions.entity_at(c)] if e is not None and e.type == "Person"),
                      None)
        if any(t.lower_ in _NOT_OWN for t in doc[head.left_edge.i:head.i]):
            continue  # "his former Hope party", "his rival Green Dawn party"
        if party is not None and person is not None:
            facts.append(make_fact(article, head, person, "memberOf", party, "party",
                                   head.text, 0.6))
    return facts


# nouns of the units of an armed group or force ("the militia's elite Falcon force")
_UNIT_NOUNS = frozenset({"force", "forces", "unit", "brigade", "battalion", "wing", "division",
                         "regiment", "corps", "squad", "militia"})


def _named_units(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"the militia's elite Falcon force", "the group's Qassam Brigades": a named unit an
    organisation or group owns with a possessive is memberOf it."""
    facts = []
    for mention in list(mentions.mention_list):
        owner = mention.entities[0]
        end = mention.span.end
        if mention.by_coref or owner.type not in ("Organization", "Group") \
                or end + 2 >= len(doc) or doc[end].tag_ != "POS":
            continue
        i = end + 1
        while i < len(doc) and doc[i].pos_ == "ADJ" and doc[i].is_lower:
            i += 1  # "elite", "armed"
        words = []
        while i < len(doc) and doc[i].is_title and not doc[i].is_punct and len(words) < 3:
            words.append(doc[i])
            i += 1
        if not words or i >= len(doc) and words[-1].lower_ not in _UNIT_NOUNS:
            continue
        if words[-1].lower_ in _UNIT_NOUNS and len(words) >= 2:
            label = " ".join(t.text for t in words)  # "Qassam Brigades"
        elif i < len(doc) and doc[i].lower_ in _UNIT_NOUNS and doc[i].is_lower:
            label = " ".join(t.text for t in words) + " " + doc[i].text  # "Falcon force"
        else:
            continue
        known = [mentions.entity_at(t) for t in words]
        named = {e.id: e for e in known if e is not None}
        unit = next(iter(named.values())) if len(named) == 1 and all(known) else None
        if unit is not None and unit.type == "Organization" and \
                unit.label.split()[-1].lower() in _UNIT_NOUNS:
            pass  # the tagger named the unit itself: "Hamas's Qassam Brigades"
        elif any(e.type in ("Country", "Organization", "Location") and e.id != owner.id
                 for e in named.values()):
            continue  # "Hamas's Gaza force": a place or another body, not the unit's name
        else:
            unit = mentions.entity(slug(label), label, "Organization")
            unit.aliases.add(label)
        if unit.id == owner.id:
            continue
        facts.append(make_fact(article, words[0], unit, "memberOf", owner, "unit",
                               mention.span.text + doc[end].text, 0.7))
    return facts


def _unit_of(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"the Cyber Police unit of Ruritania's Law Enforcement Command": a named body
    called a unit (branch, wing, arm) of another organisation is memberOf it."""
    facts = []
    for mention in list(mentions.mention_list):
        unit = mention.entities[0]
        end = mention.span.end
        if end + 4 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and doc[end + 3].lower_ == "of":
            end += 3  # "The Peace and Security Council (PSC) of the African Union"
        if mention.by_coref or unit.type != "Organization" or end + 2 >= len(doc):
            continue
        if doc[end].lower_ == "of" and _HEAD_WORDS & set(unit.label.lower().split()):
            # "the Main Centre for Special Technologies of the Agency": a named body the
            # tagger cut before "of <body>" (the body itself: "of the" then its name)
            first = end + 2 if doc[end + 1].lower_ == "the" else end + 1
            owner = mentions.mention_at(doc[first])
            if owner is not None and not owner.by_coref and owner.span.start == first \
                    and owner.entities[0].type == "Organization" and owner.entities[0].id != unit.id \
                    and not _only_in_titles(mentions, unit):
                facts.append(make_fact(article, doc[end], unit, "memberOf", owner.entities[0],
                                       "part-of-org", "of", 0.6))
            continue
        if doc[end].lower_ not in _PART_NOUNS | _UNIT_NOUNS or doc[end + 1].lower_ != "of":
            continue
        for tok in doc[end + 2:min(len(doc), end + 8)]:
            owner = mentions.mention_at(tok)
            if owner is None or owner.by_coref:
                continue
            ent = owner.entities[0]
            if ent.type == "Country" and doc[owner.span.end].tag_ == "POS":
                continue  # "of Ruritania's X Command": the body comes after the possessive
            if ent.type in ("Organization", "Group") and ent.id != unit.id:
                facts.append(make_fact(article, doc[end], unit, "memberOf", ent, "part-of-org",
                                       doc[end].text + " of", 0.7))
            break
    return facts


#: Head nouns of the names of a body's departments ("the Main Directorate").
_HEAD_WORDS = frozenset({"centre", "center", "directorate", "department", "division", "bureau",
                         "branch", "unit", "command", "office", "secretariat", "institute", "council",
                         "commission", "committee"})


# verbs of running a body: "X, which is run by Y" makes X one of Y's bodies
_RUN_VERBS = frozenset({"run", "operate", "oversee", "manage", "administer", "own", "control"})


def _run_by(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"the X agency, which is run by the Royal Navy", "X, operated by the Ministry",
    "X, which is majority-owned by the Ruritanian state", "the X company, which Acme
    operates", "X, a company controlled by Y": an organisation another body or a country runs or owns is memberOf it."""
    facts = []
    for i in mentions.positions({"run", "operated", "overseen", "managed", "administered",
                                 "owned", "controlled", "operates", "runs", "owns",
                                 "controls"}):
        verb = doc[i]
        if verb.lemma_ not in _RUN_VERBS:
            continue
        clause = verb
        if verb.dep_ == "acomp" and verb.head.dep_ == "relcl":
            clause = verb.head  # "which is majority-owned by ...": the clause is "is"'s
        if verb.tag_ == "VBN" and clause.dep_ in ("relcl", "acl"):
            agent = next((p for p in verb.children if p.dep_ == "agent"), None)
            owners = [c for c in (agent.children if agent is not None else ()) if c.dep_ == "pobj"]
        elif verb.dep_ == "relcl" and any(c.dep_ == "dobj" and c.tag_ == "WDT" for c in verb.children):
            owners = [c for c in verb.children if c.dep_ == "nsubj"]  # "which Acme operates"
        else:
            continue
        owner = next((e for c in owners for e in [named_entity(
            mentions, c, ("Organization", "Group", "Country"))] if e is not None), None)
        head = clause.head  # the body, or the noun its name modifies ("the X (XA) agency")
        if head.dep_ == "appos" and head.pos_ == "NOUN" and mentions.entity_at(head) is None:
            head = head.head  # "Acme Energy, a company controlled by Y": the named body
        body = named_entity(mentions, head, ("Organization",)) or next(
            (e for c in head.children if c.dep_ in ("compound", "nmod")
             for e in [named_entity(mentions, c, ("Organization",))] if e is not None), None)
        if owner is not None and body is not None and owner.id != body.id:
            facts.append(make_fact(article, verb, body, "memberOf", owner, "run-by",
                                   verb.text, 0.7))
    return facts


def _of_party(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"Irakli Kobakhidze, of the ruling Georgian Dream party, said ...", "Senator X, of the
    Democratic Party": a person set off by a comma and "of" a party or body is its member."""
    facts = []
    for mention in mentions.mention_list:
        person = mention.entities[0]
        end = mention.span.end
        if mention.by_coref or person.type != "Person" or end + 2 >= len(doc) or doc[end].text != "," \
                or doc[end + 1].lower_ != "of" or doc[end + 1].head.i not in range(mention.span.start, end):
            continue
        body = next((e for g in doc[end + 1].children if g.dep_ == "pobj"
                     for e in [named_entity(mentions, g, ("Organization", "Group"))] if e is not None), None)
        if body is not None:
            facts.append(make_fact(article, doc[end + 1], person, "memberOf", body, "of-body", "of", 0.7))
    return facts


def membership_facts(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """All memberOf facts of the rules above (duplicates left to the caller)."""
    return (_bodies(doc, mentions, article) + _parts(doc, mentions, article) + _of_party(doc, mentions, article)
            + _run_by(doc, mentions, article)
            + _joined(doc, mentions, article) + _party_members(doc, mentions, article)
            + _named_units(doc, mentions, article) + _unit_of(doc, mentions, article)
            + member_frame_facts(doc, mentions, article))
