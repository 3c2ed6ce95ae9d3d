"""Organisation memberships the text states: national bodies, parts of organisations,
founding and joining, party members (facts for :func:`kg.extract.static.static_facts`).

Rules (the ``rule`` field of each fact):

- ``body``: bodies the text names with their country ("the Chilean Air Force", "the
  Peru National Election Board", "the Atomic Energy Organization of Peru", "the Peruvian
  Task Force for the Amazon") are memberOf it. Ministries and gazetteer bodies (the
  Pentagon) are not: annotators rarely list them; :meth:`Mentions.country_of` still
  links them.
- ``part-of-org``: "the Alliance's Planning Council", "X, the Alliance's executive arm",
  "the Alliance Commission", "the Council, which drafts laws for the bloc" (a body the
  gazetteer knows the parent of).
- ``joined``: "Ruritania co-founded the Alliance", "the bloc, which Ruritania joined"
  (not "Ruritania joined Y in condemning ...": a shared act),
  "A and B left the old pact to found the Alliance".
- ``party``: "Prime Minister X ... his Ruritanian Hope government" -> memberOf the party.
- ``body`` also for a gazetteer body tied to its own country by a possessive or a name
  ("Ruritania's state corporation Acme", "the U.S. Indo-Pacific Command", "Ruritania's
  Security Service, known as the RSS"); never for ministries.
- ``unit``: "the Front's elite Falcon force"; ``part-of-org`` also for "the X unit of Y".
"""
from __future__ import annotations

from spacy.tokens import Doc

from kg.resolve.gazetteer import load_gazetteer, slug
from kg.resolve.mentions import Mentions
from kg.resolve.places import make_fact, named_entity
from kg.types import Article, Fact

__all__ = ["membership_facts"]

_ORG_BODY_NOUNS = frozenset({"army", "navy", "force", "forces", "military", "ministry",
                             "commission", "council", "parliament", "assembly", "police",
                             "guard", "guards", "agency", "service", "office",
                             "department", "corps", "cabinet", "bank"})
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
        # Ministries and gazetteer bodies (the Pentagon) are left out: on the dev set
        # annotators did not list them (0 matched, 8 unmatched); bodies the text
        # names with their country ("the Colombian Air Force") are kept.
        # "the Atomic Energy Organization of Ruritania": a body named "X of <Country>" is
        # a unit of it; ministries are not listed (see above)
        iso3 = mentions.org_country.get(org.id) if (" of " in org.label or " for " in org.label) \
            and "ministry" not in org.label.lower() else None
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
            if country is None:  # "Peru National Election Board" as one NER span
                country = next((mentions.entities.get(c.iso3) or
                                mentions.entity(c.iso3, c.label, "Country")
                                for w in [org.label.split()[0]]
                                for c in [gaz.country_of_surface(w)] if c), None)
            iso3 = country.id if country is not None else None
        if iso3 is None:
            iso3 = _owner_named(doc, mentions, mention)
        if iso3 is None:
            continue
        seen.add(org.id)
        record = gaz.countries[iso3]
        country = mentions.entity(iso3, record.label, "Country")
        facts.append(make_fact(article, mention.span.root, org, "memberOf", country, "body",
                           mention.span.text, 0.6))
    return facts


def _owner_named(doc: Doc, mentions: Mentions, mention) -> str | None:
    """"Russia's Defense Ministry", "Iran's Revolutionary Guards", "Russia's state
    corporation Rosatom": a known national body the text ties to its country with a
    possessive. The gazetteer must know the body as that country's. A bare mention
    ("the Pentagon", "the Russian ministry") stays without a fact.
    """
    span = mention.span
    owner = None
    for tok in doc[max(span.sent.start, span.start - 4):span.start]:
        if tok.i + 1 < len(doc) and doc[tok.i + 1].tag_ == "POS":
            ent = mentions.entity_at(tok)
            found = mentions.mention_at(tok)
            if ent is not None and ent.type == "Country" and found is not None \
                    and found.kind not in ("capital", "seat", "metonym", "pronoun"):
                owner = ent
            else:
                owner = None  # "Russia's envoy's office": the nearer possessor is not a country
    gaz = load_gazetteer()
    first = gaz.lookup(span[0].text) if len(span) > 1 else None
    if owner is None and first is not None and first[0] == "country":
        # "the U.S. Indo-Pacific Command": the country's name opens the body's own name
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
    if org is None or org.country != owner.id or "ministry" in org.label.lower():
        return None
    return owner.id


def _owner_end(doc: Doc, span) -> int:
    """Index right after the last possessive marker before ``span`` (in 4 words)."""
    for i in range(span.start - 1, max(span.sent.start, span.start - 5) - 1, -1):
        if doc[i].tag_ == "POS":
            return i + 1
    return span.start


# appositions that make an organisation part of another ("X, the EU's executive arm")
_PART_NOUNS = frozenset({"arm", "body", "branch", "agency", "executive", "unit", "wing",
                         "organ", "part", "member", "subsidiary", "division", "office"})
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
    "the Council, the Alliance's main body", "the Council, which advises the Alliance"
    (for bodies the gazetteer knows the parent of) -> memberOf."""
    facts = []
    gaz = load_gazetteer()
    orgs = ("Organization", "Group")
    seen: set[str] = set()
    for mention in mentions.mention_list:
        org = mention.entities[0]
        if mention.by_coref or org.type != "Organization" or len(mention.entities) != 1 \
                or org.id in seen:
            continue
        seen.add(org.id)
        root = mention.span.root
        parent = next((e for c in root.children if c.dep_ == "poss"
                       for e in [named_entity(mentions, c, orgs)] if e is not None), None)
        for noun in (c for c in root.children if c.dep_ == "appos" and c.lemma_ in _PART_NOUNS):
            parent = parent or next((e for c in noun.children if c.dep_ == "poss"
                                     for e in [named_entity(mentions, c, orgs, coref=True)]
                                     if e is not None), None)
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
        if parent is not None and parent.id != org.id:
            facts.append(make_fact(article, root, org, "memberOf", parent, "part-of-org",
                                   mention.span.text, 0.7))
    return facts


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
        org = next((e for o in objs for e in [named_entity(mentions, o, ("Organization", "Group"))]
                    if e is not None and mentions.mention_at(o).kind != "group"), None)
        if org is None:
            continue  # "joined protesters": a crowd, not an organisation
        subjects = [c for t in parts + [verb] for c in t.children if c.dep_ == "nsubj"]
        subjects = list({t.i: t for t in subjects}.values())
        if not subjects and verb.dep_ in ("xcomp", "advcl"):  # "quit X to form Y"
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
        # "Peru, Costa Rica and Chile": the parser may hang the list on an apposition
        listed = [t for s in subjects for t in (s, *s.conjuncts)]
        listed += [x for t in listed for a in t.children if a.dep_ == "appos"
                   for x in (a, *a.conjuncts)]
        for subj in listed:
            member = named_entity(mentions, subj, ("Country", "Organization", "Person"))
            if member is not None and member.id != org.id:
                facts.append(make_fact(article, verb, member, "memberOf", org, "joined",
                                       verb.text, 0.7))
    return facts


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
        if mention.by_coref or unit.type != "Organization" or end + 2 >= len(doc) \
                or doc[end].lower_ not in _PART_NOUNS | _UNIT_NOUNS or doc[end + 1].lower_ != "of":
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


# nouns of bodies an organisation runs under another name ("the Alliance mission, known as X")
_OPERATION_NOUNS = frozenset({"mission", "force", "forces", "operation", "unit", "agency",
                              "body", "arm", "wing", "branch", "command", "contingent",
                              "coalition", "task"})
_NAMING_VERBS = frozenset({"know", "call", "name", "dub"})


def _operations(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"the Alliance mission, known as XFOR", "XFOR, the Alliance-led force", "the
    Alliance-led XFOR force": a body an organisation runs or leads is memberOf it."""
    facts = []
    orgs = ("Organization", "Group")
    for mention in list(mentions.mention_list):
        body = mention.entities[0]
        if mention.by_coref or body.type not in orgs or len(mention.entities) != 1:
            continue
        root = mention.span.root
        leader = next((e for c in root.children if c.dep_ == "amod" and c.lower_ == "led"
                       for g in c.children if g.dep_ in ("npadvmod", "compound", "nmod")
                       for e in [named_entity(mentions, g, ("Country",))] if e is not None), None)
        if leader is not None:  # "the Xland-led Joint Support Mission": Xland leads it
            facts.append(make_fact(article, root, leader, "leaderOf", body, "operation",
                                   "led", 0.65))
        nouns = []
        if root.dep_ == "pobj" and root.head.lower_ == "as" \
                and root.head.head.lemma_.lower() in _NAMING_VERBS \
                and root.head.head.dep_ == "acl":
            nouns.append(root.head.head.head)  # "the Alliance mission, known as XFOR"
        nouns += [c for c in root.children if c.dep_ == "appos"]  # "XFOR, the Alliance-led force"
        if root.dep_ == "compound":
            nouns.append(root.head)  # "the Alliance-led XFOR force"
        for noun in nouns:
            if noun.lemma_.lower() not in _OPERATION_NOUNS or not noun.is_lower:
                continue
            owner = None
            for child in noun.children:
                if child.dep_ == "amod" and child.lower_ == "led":  # "Alliance-led"
                    owner = owner or next((e for g in child.children
                                           if g.dep_ in ("npadvmod", "compound", "nmod")
                                           for e in [named_entity(mentions, g, orgs)] if e), None)
                elif child.dep_ in ("compound", "poss") and child.i < root.i:
                    owner = owner or named_entity(mentions, child, orgs)
            if owner is not None and owner.id != body.id:
                facts.append(make_fact(article, root, body, "memberOf", owner, "operation",
                                       noun.text, 0.7))
                break
    return facts


_MEMBER_TYPES = ("Country", "Organization", "Person")
# "former members", "prospective members A and B": not (or not yet) members
_NOT_MEMBERS = frozenset({"former", "ex", "non", "associate", "prospective", "aspiring",
                          "candidate", "potential", "observer", "would-be", "future"})
# "Xland is not a member", "wants to become a member": no membership (yet)
_NOT_YET = frozenset({"not", "never", "n't", "no", "would", "could", "might", "may", "should",
                      "to", "will", "hope", "hopes", "want", "wants", "seek", "seeks", "apply"})


def _listed_members(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """Members the text lists: "the bloc's members, A, B and C", "Alliance members A and
    B", "A, B and C, all members of the Alliance", "A is a member of the Alliance",
    "Alliance member states A and B" -> each memberOf the organisation."""
    facts = []
    orgs = ("Organization", "Group")
    for i in mentions.positions({"member", "members"}):
        noun = doc[i]
        if noun.pos_ not in ("NOUN", "PROPN") or not noun.is_lower:
            continue
        head = noun
        if i + 1 < len(doc) and doc[i + 1].lower_ in ("states", "countries", "nations"):
            head = doc[i + 1]  # "Alliance member states A and B"
        # the organisation: just before ("Alliance members", "the bloc's members") or
        # "of" right after ("members of the Alliance")
        org, after = None, head.i + 1
        for tok in reversed(doc[max(noun.sent.start, i - 4):i]):
            if tok.tag_ == "POS" or tok.pos_ in ("ADJ", "NUM") and tok.is_lower:
                continue  # "the council's five permanent members"
            org = named_entity(mentions, tok, orgs, coref=True)
            break
        org_before = org is not None
        if org is None and after + 1 < len(doc) and doc[after].lower_ == "of":
            mention = mentions.mention_at(doc[after + 2] if doc[after + 1].lower_ == "the"
                                          and after + 2 < len(doc) else doc[after + 1])
            if mention is not None and len(mention.entities) == 1 \
                    and mention.entities[0].type in orgs:
                org, after = mention.entities[0], mention.span.end
        if org is None or any(t.lower_ in _NOT_MEMBERS for t in doc[max(noun.sent.start, i - 3):i]) \
                or _hedged(doc, noun):
            continue
        # the members: listed right after ("members, A, B and C"), or the phrase the noun
        # describes ("A, B and C, all members of"), or the subject of "is a member of"
        separated = after < len(doc) and doc[after].text in (",", ":", "\u2014", "\u2013", "-", "(")
        after += 1 if separated else 0
        listed = []
        if after < len(doc) and doc[after].lower_ not in (",", "and") \
                and (separated or org_before):  # "members of X and Y" lists no members of X
            listed = [tok for tok, _e in _country_list(mentions, doc, after).values()]
        if head.dep_ == "appos":
            listed.append(head.head)
        if head.dep_ == "attr" and head.head.lemma_ in ("be", "become") and not (
                head.head.lemma_ == "become" and head.head.tag_ not in ("VBD", "VBN")):
            listed += [c for c in head.head.children if c.dep_ == "nsubj"]
        seen = set()
        for tok in (x for t in listed for x in (t, *t.conjuncts)):
            member = named_entity(mentions, tok, _MEMBER_TYPES)
            if member is not None and member.id != org.id and member.id not in seen:
                seen.add(member.id)
                facts.append(make_fact(article, tok, member, "memberOf", org, "members",
                                       noun.text, 0.7))
    return facts


def _hedged(doc: Doc, noun) -> bool:
    """"not a member", "hopes to become a member": words of negation or intent just before."""
    return any(t.lower_ in _NOT_YET for t in doc[max(noun.sent.start, noun.i - 5):noun.i])


def _group_lists(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"the Group of Three - Xland, Yland and Zland -", "the Quad (A, B, C and D)": an
    organisation followed by a dash or bracket and a list of countries only."""
    facts = []
    for mention in mentions.mention_list:
        org = mention.entities[0]
        j = mention.span.end
        if mention.by_coref or org.type != "Organization" or j + 3 >= len(doc) \
                or doc[j].text not in ("-", "\u2014", "\u2013", "(", ":"):
            continue
        close = {"(": (")",)}.get(doc[j].text, ("-", "\u2014", "\u2013", ".", ";"))
        members, k = {}, j + 1
        while k < len(doc) and k < j + 40 and doc[k].text not in close:
            ent = mentions.entity_at(doc[k])
            if ent is not None and ent.type == "Country":
                members[ent.id] = (doc[k], ent)
            elif not (doc[k].text in (",", "and", "the", "The") or doc[k].is_space):
                break  # anything but countries, commas and "and": not a member list
            k += 1
        if k < len(doc) and doc[k].text in close and len(members) >= 2:
            for tok, member in members.values():
                facts.append(make_fact(article, tok, member, "memberOf", org, "members",
                                       doc[j].text, 0.7))
    return facts


# people who speak for their countries at a body's meetings ("ministers from A, B and C")
_DELEGATES = frozenset({"ministers", "leaders", "representatives", "delegates", "envoys",
                        "delegations", "heads"})


def _delegates_from(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"Alliance foreign ministers met ... ministers from A, B, C and D said": the
    countries that send the body's delegates (four at least, named together) are its
    members; the body modifies the same noun in that sentence or the three before.
    Not when the sentence sets them apart ("leaders from A, B, C and D also attended")."""
    facts = []
    for i in mentions.positions(_DELEGATES):
        noun = doc[i]
        if noun.tag_ != "NNS" or i + 2 >= len(doc) or doc[i + 1].lower_ not in ("from", "of"):
            continue
        countries = _country_list(mentions, doc, i + 2)
        if len(countries) < 4 or any(t.lower_ in _OUTSIDERS for t in noun.sent):
            continue
        body = _delegates_body(doc, mentions, noun)
        if body is None:
            continue
        for tok, member in countries.values():
            facts.append(make_fact(article, tok, member, "memberOf", body, "delegates",
                                   noun.text, 0.65))
    return facts


# words that set listed countries apart from a body's members
_OUTSIDERS = frozenset({"also", "other", "partner", "partners", "guest", "guests", "invited",
                        "observer", "observers", "non-member", "outside", "candidate"})


def _country_list(mentions: Mentions, doc: Doc, k: int) -> dict:
    """Countries listed from token ``k`` on ("the UK, the US, Canada and Japan"): id ->
    (token, entity); stops at the first word that is not a country, comma, "and" or "the"."""
    found: dict = {}
    while k < len(doc):
        mention = mentions.mention_at(doc[k])
        ent = mention.entities[0] if mention is not None and mention.kind == "name" else None
        if ent is not None and ent.type == "Country":
            found.setdefault(ent.id, (doc[k], ent))
        elif doc[k].lower_ not in (",", "and", "the"):
            break
        k += 1
    return found


def _delegates_body(doc: Doc, mentions: Mentions, noun):
    """The one intergovernmental body that modifies ``noun`` ("G3 ministers") there or in
    the three sentences before."""
    gaz = load_gazetteer()
    sents = list(doc.sents)
    index = next(k for k, s in enumerate(sents) if s.start <= noun.i < s.end)
    start = sents[max(0, index - 3)].start
    found = {}
    for i in mentions.positions({noun.lower_}):
        if not start <= i <= noun.i:
            continue
        for child in doc[i].children:
            ent = named_entity(mentions, child, ("Organization",))
            known = gaz.orgs.get(ent.id) if ent is not None else None
            if child.dep_ in ("compound", "nmod") and known is not None and known.country is None:
                found[ent.id] = ent
    return next(iter(found.values())) if len(found) == 1 else None


# last words of the names of bodies that are parts of a larger organisation
_BODY_ENDS = frozenset({"command", "council", "committee", "commission", "bureau",
                        "directorate", "secretariat", "division", "brigade", "corps",
                        "wing", "branch", "unit", "office", "assembly", "court"})


def _body_of(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"the Northern Theater Command of the Ruritanian Army", "the Executive Council of the
    Union": a named body followed by "of" and an organisation is memberOf it (never a
    country: "the Supreme Court of Xland" is the country's, and annotators leave those out)."""
    facts = []
    for mention in mentions.mention_list:
        body = mention.entities[0]
        end = mention.span.end
        if mention.by_coref or body.type != "Organization" or len(mention.entities) != 1 \
                or mention.span[-1].lower_ not in _BODY_ENDS or end + 2 >= len(doc) \
                or doc[end].lower_ != "of":
            continue
        k = end + 2 if doc[end + 1].lower_ == "the" else end + 1
        owner = mentions.mention_at(doc[k])
        if owner is None or owner.by_coref or len(owner.entities) != 1:
            continue
        parent = owner.entities[0]
        if parent.type in ("Organization", "Group") and parent.id != body.id:
            facts.append(make_fact(article, doc[end], body, "memberOf", parent, "body-of",
                                   "of", 0.7))
    return facts


_CHAIR_NOUNS = frozenset({"chairmanship", "chairship", "presidency", "chair"})


def _chairs(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"Xland, which holds the rotating Union chairmanship", "Xland holds the presidency of
    the Council": the country chairing a body is one of its members."""
    facts = []
    for i in mentions.positions({"holds", "held", "hold", "holding", "assumed", "assumes",
                                 "took", "takes"}):
        verb = doc[i]
        if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children):
            continue
        for obj in (c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _CHAIR_NOUNS):
            cands = [c for c in obj.children if c.dep_ in ("compound", "nmod", "poss")]
            cands += [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj"]
            org = next((e for c in cands for e in [named_entity(mentions, c, ("Organization",))]
                        if e is not None), None)
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.tag_ == "WDT" and verb.dep_ == "relcl":
                subj = verb.head  # "Xland, which holds ..."
            member = named_entity(mentions, subj, ("Country",)) if subj is not None else None
            if org is not None and member is not None:
                facts.append(make_fact(article, obj, member, "memberOf", org, "chairs",
                                       obj.text, 0.65))
    return facts


_PARTY_NOUNS = frozenset({"party", "movement", "faction", "coalition", "alliance"})


def _own_party(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"his party, the Hope Movement", "X's party, the Hope Movement", "the Hope
    Movement, X's party": a person's party named in apposition -> memberOf."""
    facts = []
    for i in mentions.positions(_PARTY_NOUNS):
        noun = doc[i]
        if noun.pos_ != "NOUN" or not noun.is_lower:
            continue
        person = next((e for c in noun.children if c.dep_ == "poss"
                       for e in [named_entity(mentions, c, ("Person",), coref=True)] if e), None)
        if person is None or any(t.lower_ in ("former", "old", "rival", "new") for t in noun.lefts):
            continue
        named = [c for c in noun.children if c.dep_ == "appos"]
        if noun.dep_ == "appos":
            named.append(noun.head)
        party = next((e for t in named for e in [named_entity(mentions, t, ("Organization", "Group"))]
                      if e is not None), None)
        if party is not None:
            facts.append(make_fact(article, noun, person, "memberOf", party, "own-party",
                                   noun.text, 0.7))
    return facts


def membership_facts(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """All memberOf facts of the rules above (duplicates left to the caller)."""
    return (_bodies(doc, mentions, article) + _parts(doc, mentions, article)
            + _joined(doc, mentions, article) + _party_members(doc, mentions, article)
            + _named_units(doc, mentions, article) + _unit_of(doc, mentions, article)
            + _operations(doc, mentions, article) + _listed_members(doc, mentions, article)
            + _group_lists(doc, mentions, article) + _delegates_from(doc, mentions, article)
            + _body_of(doc, mentions, article) + _chairs(doc, mentions, article)
            + _own_party(doc, mentions, article))
