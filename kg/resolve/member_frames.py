"""Membership frames -> memberOf / leaderOf facts: the phrases news uses to list an
organisation's members or name its parts (called by
:func:`kg.resolve.memberships.membership_facts`).

Rules (the ``rule`` field of each fact):

- ``operation``: "the Alliance mission, known as XFOR", "XFOR, the Alliance-led force",
  "the Alliance-led XFOR force", "the Alliance's peacekeeping mission, XFOR", "the
  Alliance-led peacekeeping force XFOR", "the Alliance Support Mission in Xland, known
  as ASMX", "the UN Mission in Xland (UNMX)" (a field operation whose name opens with
  the organisation's; not its agencies or offices) (memberOf); "the Xland-led Y
  Organization" (Xland leaderOf Y);
- ``members``: "the bloc's members, A, B and C", "Alliance members A and B", "Alliance
  member states such as A", "A, B and C, all members of the Alliance", "A is a member
  of the Alliance", "the Group of Three - A, B and C -", "Both countries are members of
  the Alliance" (a plural description resolved to countries), "the Alliance, of which
  A is a member", "the bloc, whose members include A and B", "the four-nation grouping
  known as the Quad" (exactly four countries named in the sentence), "A, B and other
  members of the Alliance", "A, which is a member of the Alliance", "A belongs to the
  Alliance", "the bloc's ten member states, including newer members A and B", "A is one
  of the eight member states of the Council" ("the Council": the article's one body
  named "... Council"), "A and B are members of the Xland-led Alliance", "...: A, B and C
  are members of the Alliance" (parsed with no subject), "A, which as a member of the
  Alliance must ...", "As a member of the Alliance, A ..."; never "wants to become a
  member", "prospective members"; a plain negated copula gives a negative fact: "A is
  not a member of the Alliance", "A, which is neutral and not a member of the Alliance",
  "A does not belong to the Alliance"; "welcomed Xland's return to the Alliance" (a
  return taken as done); "the two Alliance allies, A and B", "its Alliance ally A", "A and
  B ... The two Alliance members agreed" (the pair named in that sentence or the one before;
  else the two countries the sentence names before the noun: "A summoned B's envoy, a row
  between the two Alliance allies"), "a member of both the Alliance and the Union", "X
  remains the largest Alliance affiliate", "X, an affiliate of Y", "the Bloc, a trade pact
  that includes A and B", "the Alliance, a military alliance that includes both countries";
- ``delegates``: "Alliance foreign ministers met ... ministers from A, B, C and D said"
  (four countries at least, the body modifying the same noun in the three sentences
  before, not "leaders from A, B, C and D also attended");
- ``body-of``: "the Northern Command of the Ruritanian Army";
- ``chairs``: "Xland, which holds the rotating Alliance chairmanship", "Xland, which
  chairs the Alliance this year" (leaderOf);
- ``own-party``: "his party, the Hope Movement", "X's party, the Hope Movement", "her Hope
  Movement party"; "X, whose left-wing Hope party ...", "Y, whose Free Army controls the
  east" (leaderOf);
- ``on-behalf``: "signed by X on behalf of the government", "Y signed on behalf of the
  Alliance" (the one who acts for a country or body is its member).
"""
from __future__ import annotations

from spacy.tokens import Doc

from kg.nlp import doc_table
from kg.resolve.coref_plurals import earlier_pair
from kg.resolve.gazetteer import load_gazetteer
from kg.resolve.mentions import Mentions
from kg.resolve.places import make_fact, named_entity
from kg.resolve.title_context import body_by_head
from kg.types import Article, Fact

__all__ = ["frame_facts"]


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
        named_as = None
        if root.dep_ == "pobj" and root.head.lower_ == "as" \
                and root.head.head.lemma_.lower() in _NAMING_VERBS \
                and root.head.head.dep_ == "acl":
            named_as = root.head.head.head
            nouns.append(named_as)  # "the Alliance mission, known as XFOR"
        nouns += [c for c in root.children if c.dep_ == "appos"]  # "XFOR, the Alliance-led force"
        if root.dep_ == "compound":
            nouns.append(root.head)  # "the Alliance-led XFOR force"
        if root.dep_ == "appos":
            nouns.append(root.head)  # "the Alliance's peacekeeping mission, XFOR"
        before = doc[mention.span.start - 1] if mention.span.start > 0 else None
        if before is not None and before.is_lower and before.head.i != root.i \
                and before.dep_ != "compound":
            # "the Alliance-led peacekeeping force XFOR" parsed as two subjects: the noun
            # right before the name still describes it
            nouns.append(before)
        for noun in nouns:
            if noun.lemma_.lower() not in _OPERATION_NOUNS:
                continue
            if not noun.is_lower and noun is not named_as:
                # a capitalised "Mission" only as the full name an acronym is "known as":
                # "the Alliance Support Mission in Xland, known as ASMX"
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


# capitalised head words of the names of an international organisation's field operations
# ("the UN Mission in Xland", "the Alliance Standby Force"); not its agencies and offices
# ("the UN Refugee Agency"), which annotators rarely list as its members
_PREFIXED_HEADS = frozenset({"mission", "force", "command", "operation", "observers",
                             "monitors"})


def _prefixed_bodies(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"The UN Mission in Xland (UNMX)", "the Alliance Standby Force": a body whose name
    opens with an international organisation's name is memberOf it, also when the
    resolver labelled the body by its acronym (a gazetteer body only under its own
    parent)."""
    facts, seen = [], set()
    gaz = load_gazetteer()
    for mention in mentions.mention_list:
        body = mention.entities[0]
        span = mention.span
        known = gaz.orgs.get(body.id)
        if mention.by_coref or len(mention.entities) != 1 or body.type != "Organization" \
                or body.id in seen or known is not None and known.parent is None:
            continue
        start = span.start + 1 if span[0].lower_ == "the" else span.start
        words = doc[start:span.end]
        if not any(t.lower_ in _PREFIXED_HEADS and t.is_title for t in words[1:]):
            continue
        for k in (3, 2, 1):
            if k >= len(words):
                continue
            hit = gaz.lookup(words[:k].text)
            org = gaz.orgs.get(hit[1]) if hit is not None and hit[0] == "org" else None
            if org is not None and org.country is None and org.type == "Organization" \
                    and org.id != body.id and (known is None or known.parent == org.id):
                seen.add(body.id)
                parent = mentions.entity(org.id, org.label, org.type)
                facts.append(make_fact(article, span.root, body, "memberOf", parent,
                                       "operation", words[:k].text, 0.7))
                break
    return facts


_MEMBER_TYPES = ("Country", "Organization", "Group", "Person")
# "former members", "prospective members A and B": not (or not yet) members
_NOT_MEMBERS = frozenset({"former", "ex", "non", "associate", "prospective", "aspiring",
                          "candidate", "potential", "observer", "would-be", "future"})
# "Xland is not a member", "wants to become a member": no membership (yet)
_NOT_YET = frozenset({"not", "never", "n't", "no", "would", "could", "might", "may", "should",
                      "to", "will", "hope", "hopes", "want", "wants", "seek", "seeks", "apply"})


#: Nouns for the members themselves, between "including" and the names.
_MEMBER_NOUNS = frozenset({"member", "members", "state", "states", "country", "countries",
                           "nation", "nations"})


#: Plural nouns of the kind of member a body's name may modify before a list ("the G5
#: Sahel countries - A, B and C").
_KIND_NOUNS = frozenset({"countries", "states", "nations", "governments"})


#: Words of the kind of member, which the tagger may take for a verb or noun: "the bloc's
#: four founding members", "the organization's 57 participating states".
_MEMBER_KINDS = frozenset({"founding", "original", "core", "full", "voting", "participating"})


#: Verbs that say what their object is with "as" ("described A and B as Alliance allies").
_SEEING_AS = frozenset({"describe", "regard", "see", "view", "treat", "count", "list"})

#: Verbs of a body taking a member in: "the Alliance admitted Xland as a member".
_ADMIT_VERBS = frozenset({"admit", "accept", "welcome", "induct"})


def _whose_country(mentions: Mentions, doc: Doc, subj: Token, clause: Token) -> Token:
    """"Uruguayan President X, whose country is a founding member of Y": the country named in
    the title of the one "whose country" it is (``subj`` itself otherwise)."""
    if subj.lower_ not in ("country", "nation") or clause.dep_ != "relcl" \
            or not any(c.lower_ == "whose" for c in subj.children):
        return subj
    person = clause.head
    return next((t for t in doc[person.left_edge.i:person.i]
                 if named_entity(mentions, t, ("Country",)) is not None), subj)


def _listed_members(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """Members the text lists: "the bloc's members, A, B and C", "Alliance members A and
    B", "A, B and C, all members of the Alliance", "A is a member of the Alliance",
    "Alliance member states A and B" -> each memberOf the organisation."""
    facts = []
    orgs = ("Organization", "Group")
    for i in mentions.positions({"member", "members", "ally", "allies", "affiliate", "affiliates",
                                 *_KIND_NOUNS}):
        noun = doc[i]
        # "the G5 Sahel countries - A, B and C": the body's name before a kind of member and a list
        kind = noun.lower_ in _KIND_NOUNS and not (i > 0 and doc[i - 1].lower_ == "participating")
        if kind and (i == 0 or doc[i - 1].lower_ in ("member", "members") or i + 1 >= len(doc)
                     or doc[i + 1].text not in (",", ":", "\u2014", "\u2013", "-", "(")):
            continue
        # ("A and B, Members of the European Parliament": a capitalised plural before "of")
        capitalised = noun.text in ("Members", "Member") and i + 1 < len(doc) and doc[i + 1].lower_ == "of" \
            and doc[i - 1].text == ","
        if noun.pos_ not in ("NOUN", "PROPN") or not (noun.is_lower or capitalised):
            continue
        ally = noun.lower_ in ("ally", "allies")  # "the two Alliance allies, A and B"
        head = noun
        if i + 1 < len(doc) and doc[i + 1].lower_ in ("states", "countries", "nations", "state",
                                                      "country", "nation"):
            head = doc[i + 1]  # "Alliance member states A and B", "A, an Alliance member state,"
        # the organisation: just before ("Alliance members", "the bloc's members") or
        # "of" right after ("members of the Alliance")
        org, after, more = None, head.i + 1, []
        for tok in reversed(doc[max(noun.sent.start, i - 4):i]):
            if tok.tag_ == "POS" or tok.pos_ in ("ADJ", "NUM") and (tok.is_lower or tok.like_num) \
                    or tok.lower_ in _MEMBER_KINDS:
                continue  # "the council's five permanent members", "the bloc's 10 members"
            org = named_entity(mentions, tok, orgs, coref=True) or next(
                (e for c in tok.children if c.dep_ == "compound" and tok.pos_ == "NOUN"
                 for e in [named_entity(mentions, c, orgs)] if e is not None), None)  # "the X group's"
            break
        org_before = org is not None
        if (ally or kind) and not org_before:
            continue  # "an ally of Xland", "Western allies": no body's membership
        if org is None and after + 1 < len(doc) and doc[after].lower_ == "of":
            # ("a member of both the Alliance and the Union": each body, read below)
            skip = 1 + (after + 2 < len(doc) and doc[after + 1].lower_ in ("the", "both"))
            skip += skip == 2 and after + 3 < len(doc) and doc[after + 1].lower_ == "both" \
                and doc[after + 2].lower_ == "the"
            mention = mentions.mention_at(doc[after + skip])
            if mention is not None and mention.entities[0].type in ("Country", "Location"):
                # "members of the Xland-led Alliance": the leader's country modifies the
                # organisation's name, read at the head of the "of" phrase
                pobj = next((c for c in doc[after].children if c.dep_ == "pobj"), None)
                led = pobj is not None and any(t.lower_ == "led" for t in doc[after + 1:pobj.i])
                mention = mentions.mention_at(pobj) if led else mention
            if mention is not None and len(mention.entities) == 1 \
                    and mention.entities[0].type in orgs:
                org, after, of = mention.entities[0], mention.span.end, doc[after]
                # "a member of NATO and the European Union": each body coordinated
                more = [e for c in mention.span.root.conjuncts
                        for e in [named_entity(mentions, c, orgs)] if e is not None and e.id != org.id]
                # "a member of the Council of Europe and of the OSCE": the "of" repeated
                more += [e for p in of.conjuncts if p.lower_ == "of" for c in p.children if c.dep_ == "pobj"
                         for e in [named_entity(mentions, c, orgs)] if e is not None and e.id != org.id]
            elif mention is None:
                # "a member of the 15-nation bloc": a description coreference resolved,
                # read at the head noun of the "of" phrase
                pobj = next((c for c in doc[after].children if c.dep_ == "pobj"), None)
                org = named_entity(mentions, pobj, orgs, coref=True) if pobj is not None else None
                if org is None and pobj is not None and _bare_definite(pobj):
                    # "a key member of the coalition": the one "... coalition" named
                    org = body_by_head(mentions, pobj.lower_)
                after = pobj.right_edge.i + 1 if org is not None else after
        if org is None and head.dep_ == "pobj" and head.head.lower_ == "as" \
                and head.head.head.lemma_ in _ADMIT_VERBS:
            # "the Alliance admitted Xland as a member": the body is the one admitting
            org = next((e for c in head.head.head.children if c.dep_ == "nsubj"
                        for e in [named_entity(mentions, c, orgs, coref=True)] if e), None)
        # ("a non-permanent member of the Council" is a member; "a non-member" is not)
        if org is None or any(t.lower_ in _NOT_MEMBERS and not (t.lower_ == "non" and t.i + 2 < i
                                                                 and doc[t.i + 2].lower_ == "permanent")
                              for t in doc[max(noun.sent.start, i - 3):i]):
            continue
        org = _full_body(mentions, org)
        if _hedged(doc, noun):
            # "X is not a member of Y", "X, which is not a member of Y": a plain negated
            # copula denies the membership; intent or modal words ("hopes to become a
            # member") say nothing, and are skipped
            facts += _denied_members(doc, mentions, article, noun, head, org)
            continue
        # the members: listed right after ("members, A, B and C"), or the phrase the noun
        # describes ("A, B and C, all members of"), or the subject of "is a member of"
        separated = after < len(doc) and doc[after].text in (",", ":", "\u2014", "\u2013", "-", "(")
        after += 1 if separated else 0
        if after + 1 < len(doc) and doc[after].lower_ in ("including", "like", "such"):
            # "Alliance members such as A and B", "members, including A and B"
            after += 2 if doc[after].lower_ == "such" and doc[after + 1].lower_ == "as" else 1
            separated = True
            while after + 1 < len(doc) and (doc[after].pos_ == "ADJ" and doc[after].is_lower
                                            or doc[after].lower_ in _MEMBER_NOUNS) \
                    and doc[after].lower_ not in _NOT_MEMBERS:
                after += 1  # "members, including newer members A and B"
        listed = []
        if after < len(doc) and doc[after].lower_ not in (",", "and") \
                and (separated or org_before):  # "members of X and Y" lists no members of X
            listed = [tok for tok, _e in _country_list(mentions, doc, after).values()]
        if kind:
            # "the G5 Sahel countries - A, B and C -", "(A, B and C)", ", A, B and C,": a list set
            # off on both sides (not "the leaders of the Alliance states, A, B and C." going on
            # with other countries), and nothing else
            stop = after
            while stop < len(doc) and (doc[stop].lower_ in (",", "and", "the")
                                       or mentions.entity_at(doc[stop]) is not None):
                stop += 1
            closed = stop < len(doc) and (doc[stop].text in (")", "-", "\u2013", "\u2014") or doc[stop - 1].text == ",")
            listed = listed if closed else []
            for tok in listed:
                for member in _members_at(mentions, tok, noun):
                    if member.id != org.id:
                        facts.append(make_fact(article, tok, member, "memberOf", org, "members", noun.text, 0.7))
            continue
        if head.dep_ == "appos":
            # ("Relations between the Baltic state, a member of both X and Y, and Russia": the
            # parser hangs the apposition on the phrase's head; it is said of the actor before it)
            before = doc[head.left_edge.i - 2] if head.left_edge.i >= 2 and doc[head.left_edge.i - 1].text == "," \
                else None
            near = before is not None and before.i != head.head.i and not _members_at(mentions, head.head, noun) \
                and named_entity(mentions, before, _MEMBER_TYPES, coref=True) is not None
            if near:
                member = named_entity(mentions, before, _MEMBER_TYPES, coref=True)
                facts += _in_bodies(article, before, member, (org, *more), noun.text)
                continue
            listed.append(head.head)
        if head.dep_ == "pobj" and head.head.lower_ == "as" and head.head.head.pos_ in ("NOUN", "PROPN"):
            owned = head.head.head
            poss = next((c for c in owned.children if c.dep_ == "poss"), None) if owned.pos_ == "NOUN" else None
            member = named_entity(mentions, poss, _MEMBER_TYPES, coref=True) if poss is not None else None
            if member is not None and member.id != org.id:
                # "India's responsibility as a member of the G20", "its role as a member": the owner
                facts += _in_bodies(article, poss, member, (org, *more), noun.text)
            elif poss is None:
                listed.append(owned)  # "Somalia, as a member of the Arab League, ..."
        elif head.dep_ == "pobj" and head.head.lower_ == "as" and head.head.head.lemma_ in _ADMIT_VERBS:
            # "the Alliance admitted Xland as a member", "Xland was admitted as the bloc's
            # tenth member": the one admitted
            listed += [c for c in head.head.head.children if c.dep_ in ("dobj", "nsubjpass")]
        elif head.dep_ == "pobj" and head.head.lower_ == "as" and head.head.head.lemma_ in _SEEING_AS:
            # "described A and B as Alliance allies": the ones described
            listed += [c for c in head.head.head.children if c.dep_ == "dobj"]
        elif head.dep_ == "pobj" and head.head.lower_ == "as" and head.head.head.pos_ in ("VERB", "AUX"):
            # "As a member of the Alliance, Xland must ...", "Xland, which as a member of
            # the Alliance would have to ...": the clause's subject
            subjects = [c for c in _copula_subjects(head.head.head, passive=True) if c.tag_ != "PRP"]
            listed += subjects
            # "urged Turkey to honour its obligations as a member of X": the object's owner
            owners = [] if subjects else [p for o in head.head.head.children if o.dep_ == "dobj"
                                          for p in o.children if p.dep_ == "poss"]
            for poss in owners:
                member = named_entity(mentions, poss, _MEMBER_TYPES, coref=True)
                if member is not None and member.id != org.id:
                    facts += _in_bodies(article, poss, member, (org, *more), noun.text)
        # ("are both neighbours of C and important members of X": the second of two predicates)
        attr = head.head if head.dep_ == "conj" and head.head.dep_ == "attr" else head
        if attr.dep_ == "attr" and attr.head.lemma_ in ("be", "become", "remain") and not (
                attr.head.lemma_ == "become" and attr.head.tag_ not in ("VBD", "VBN")):
            alone = _singular_relative(attr.head)
            subjects = [_whose_country(mentions, doc, t, attr.head) for t in _copula_subjects(attr.head)]
            flat = [] if alone is not None or subjects else _listed_before(mentions, doc, attr.head)
            listed += [alone] if alone is not None else subjects + flat
        else:
            alone, flat = None, []
        one = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
        if one is not None and one.lower_ == "one" and one.dep_ == "attr" \
                and one.head.lemma_ == "be":
            # "A is one of the eight member states of the Alliance"
            listed += _copula_subjects(one.head)
        elif one is not None and one.lower_ == "one" and one.dep_ == "appos":
            # "A, one of the council's five permanent members, abstained"
            listed.append(one.head)
        if noun.dep_ == "conj" and any(t.lower_ in ("other", "fellow") for t in noun.lefts):
            # "A, B and other members of the Alliance": the conjuncts before are members
            listed += [t for t in noun.head.conjuncts if t.i < noun.i] + [noun.head]
        if org_before and noun.tag_ == "NNS" and head is noun:
            # "Turkey's NATO allies", "Poland's fellow EU members": the possessor is one of them
            listed += [c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"
                       and named_entity(mentions, c, ("Country",)) is not None]
        seen = set()
        if org_before and not listed:
            # "A and B have argued for years. The two Alliance members agreed ...": the
            # pair of countries named just before
            for member in _counted_pair(mentions, head):
                seen.add(member.id)
                facts.append(make_fact(article, head, member, "memberOf", org, "members",
                                       noun.text, 0.7))
        for tok in (x for t in listed
                    for x in ((t,) if t is alone or t in flat else (t, *t.conjuncts))):
            for member in _members_at(mentions, tok, noun):
                if member.id != org.id and member.id not in seen:
                    seen.add(member.id)
                    facts += [make_fact(article, tok, member, "memberOf", body, "members", noun.text, 0.7)
                              for body in (org, *more) if body.id != member.id]
    return facts


def _in_bodies(article: Article, tok, member, bodies, trigger: str) -> list[Fact]:
    """``member`` memberOf each of ``bodies`` but itself (a member named at ``tok`` for a
    membership the text gives through another word: an owner, an apposition)."""
    return [make_fact(article, tok, member, "memberOf", body, "members", trigger, 0.6)
            for body in bodies if body.id != member.id]


def _counted_pair(mentions: Mentions, noun, lookback: int = 1) -> list:
    """"the two Alliance members", "both bloc members": the two countries coordinated
    last, in the sentence of ``noun`` or the ``lookback`` ones before (none when no such
    pair)."""
    if noun.tag_ != "NNS" or not any(c.lower_ in ("two", "both") for c in noun.lefts
                                     if c.dep_ in ("nummod", "det", "predet")):
        return []
    pair = earlier_pair(noun, mentions, frozenset(), lookback=lookback)
    if len(pair) == 2 and all(e.type == "Country" for e in pair):
        return pair
    # "Greece summoned Turkey's envoy over Turkish flights, the latest flare-up between
    # the two Alliance allies": no coordinated pair, but just two countries named before
    # the noun in its sentence
    named = {e.id: e for m in mentions.mention_list
             if not m.by_coref and m.kind != "pronoun"
             and noun.sent.start <= m.span.start < noun.i
             for e in m.entities if e.type == "Country"}
    return list(named.values()) if len(named) == 2 else []


def _bare_definite(noun) -> bool:
    """"the coalition": a definite common noun with no modifier of its own."""
    return noun.pos_ == "NOUN" and noun.tag_ == "NN" and any(
        c.lower_ == "the" for c in noun.children if c.dep_ == "det") and not any(
        c.dep_ in ("compound", "amod", "poss", "nummod") for c in noun.children)


def _full_body(mentions: Mentions, org):
    """"the Council" after "the Arctic Council": a one-word body named by the head noun of
    exactly one longer organisation name of the article is that organisation."""
    if " " in org.label:
        return org
    longer = [e for e in mentions.entities.values() if e.type == org.type and e.id != org.id
              and e.label.lower().endswith(" " + org.label.lower())]
    return longer[0] if len(longer) == 1 else org


def _listed_before(mentions: Mentions, doc: Doc, verb) -> list:
    """"...security: A, B and C are members of Y" parsed with no subject (the list taken
    for conjuncts of a noun before): the countries listed right before the copula, when
    the list opens the clause (after a colon, a semicolon or the sentence start)."""
    listed, k = [], verb.i - 1
    while k >= verb.sent.start and (doc[k].lower_ in (",", "and", "the")
                                    or named_entity(mentions, doc[k], ("Country",))):
        if doc[k].lower_ not in (",", "and", "the") and mentions.span_at(doc[k]).start == k:
            listed.append(doc[k])
        k -= 1
    opens = k < verb.sent.start or doc[k].text in (":", ";")
    return listed if opens else []


def _singular_relative(verb):
    """"Sweden and Turkey, which is a NATO member": a singular relative clause after a
    coordination describes the conjunct right before it (that token), else None."""
    if verb.dep_ != "relcl" or verb.lower_ not in ("is", "was", "has") or not verb.head.conjuncts:
        return None
    pronoun = next((c for c in verb.children if c.dep_ == "nsubj" and c.tag_ == "WDT"), None)
    before = [c for c in (verb.head, *verb.head.conjuncts) if pronoun is not None and c.i < pronoun.i]
    return max(before, key=lambda c: c.i) if before else None


def _copula_subjects(verb, passive: bool = False) -> list:
    """The subjects of a copula (with ``passive``, also of a passive verb); for a
    relative clause ("X, which is a member of Y"), the phrase the clause describes."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" or passive and c.dep_ == "nsubjpass"]
    if not subjects and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") \
            and verb.doc[verb.i - 1].lower_ in ("and", "but"):
        # "A and B both host Russian bases and are members of Y": the first verb's subjects
        return _copula_subjects(verb.head, passive)
    if verb.dep_ == "relcl" and any(c.tag_ == "WDT" for c in subjects):
        return [verb.head]
    return subjects


#: words that deny a membership outright ("not a member", "no longer a member")
_DENIALS = frozenset({"not", "n't", "never", "no"})


def _denied_members(doc: Doc, mentions: Mentions, article: Article, noun, head,
                    org) -> list[Fact]:
    """"X is not a member of Y", "X, which is militarily neutral and not a member of Y",
    "X is no longer a member of Y" -> X memberOf Y (negative). Only a negated "be" with no
    word of intent or modality in front of the noun ("would not become a member" and
    "hopes to be a member" say nothing)."""
    window = [t.lower_ for t in doc[max(noun.sent.start, noun.i - 5):noun.i]]
    if not any(w in _DENIALS for w in window) or any(w in _NOT_YET and w not in _DENIALS
                                                     for w in window):
        return []
    # "neutral and not a member": the noun is coordinated with the copula's complement
    attr = head.head if head.dep_ == "conj" and head.head.dep_ in ("attr", "acomp") else head
    if attr.dep_ == "attr" and attr.head.lemma_ == "be":
        subjects = _copula_subjects(attr.head)
    elif head.dep_ == "appos" and any(c.dep_ == "neg" for c in head.children):
        subjects = [head.head]  # "Serbia, ... and not a member of NATO," parsed as apposition
    else:
        return []
    facts = []
    for tok in (x for t in subjects for x in (t, *t.conjuncts)):
        for member in _members_at(mentions, tok, noun):
            if member.id != org.id:
                fact = make_fact(article, tok, member, "memberOf", org, "members", noun.text, 0.7)
                fact.polarity = "negative"
                facts.append(fact)
    return facts


def _members_at(mentions: Mentions, tok, noun) -> list:
    """The entity a listed token names; for "Both countries are members of the
    Alliance" (a plural description coreference resolved to two countries or more,
    the subject of a plural "members"), each of those countries."""
    member = named_entity(mentions, tok, _MEMBER_TYPES)
    if member is not None:
        return [member]
    mention = mentions.mention_at(tok)
    if mention is None or not mention.by_coref or noun.tag_ != "NNS" \
            or len(mention.entities) < 2 or tok.dep_ != "nsubj" \
            or any(e.type != "Country" for e in mention.entities):
        return []
    return list(mention.entities)



def _hedged(doc: Doc, noun) -> bool:
    """"not a member", "hopes to become a member": words of negation or intent just before."""
    return any(t.lower_ in _NOT_YET and not (t.lower_ == "to" and (
        t.pos_ == "ADP" or t.head.lemma_.lower() not in _BECOMING))
        for t in doc[max(noun.sent.start, noun.i - 5):noun.i])
    # ("hopes to become a member"; not "lives up to its duty as a member", "to honour its
    # obligations as a member")


#: Verbs of taking up a membership ("to become a member", "to join as a member").
_BECOMING = frozenset({"become", "join", "be", "remain", "enter", "accede", "apply"})


def _group_lists(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"the Group of Three - Xland, Yland and Zland -", "the Quad (A, B, C and D)": an
    organisation followed by a dash or bracket and a list of countries only."""
    facts = []
    for mention, org in _named_organisations(mentions, ("Organization", "Group")):
        j = mention.span.end
        # "the Alliance of Sahel States (AES), which groups ...": past a bracketed acronym
        k0 = j + 3 if j + 3 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")" else j
        composed = _composition_end(doc, k0)
        # ("the Brotherhood Alliance, made up of the X Army (XA), the Y Front and ...": an
        # alliance of armed groups or parties lists bodies, not countries)
        bodies = bool(_ALLIANCE_WORDS & set(org.label.lower().split()))
        if org.type == "Group" and not (composed and bodies):
            continue  # ("Western donors, including A and B": a crowd, no body with members)
        if composed:  # "the Quad, which groups A, B, C and D, met": the list ends the clause
            # ("the contact group, which brings together A, B and the OSCE": states and bodies)
            members = _country_list(mentions, doc, composed, bodies, organisations=True)
            end = max((mentions.span_at(tok).end - 1 for tok, _e in members.values()), default=composed)
            if bodies and end + 3 < len(doc) and doc[end + 1].text == "(" and doc[end + 3].text == ")":
                end += 3  # "... and the Arakan Army (AA), launched"
            if len(members) >= 2 and any(doc[k].lower_ == "and" for k in range(composed, end)) \
                    and (end + 1 >= len(doc) or doc[end + 1].text in (",", ".", ";", "\u2014", "-")
                         or doc[end + 1].lower_ in _LIST_CLOSERS) \
                    and any(member.type == "Country" or bodies for _t, member in members.values()):
                facts += [make_fact(article, tok, member, "memberOf", org, "members", doc[j + 1].text, 0.7)
                          for tok, member in members.values()]
            continue
        if j + 3 >= len(doc) \
                or doc_table(doc).text[j] not in ("-", "\u2014", "\u2013", "(", ":"):
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


#: Phrases after "<organisation>," that say what it is made of: "the G7, made up of A, B and C".
_COMPOSITIONS = (("which", "groups"), ("which", "groups", "together"), ("made", "up", "of"),
                 ("which", "is", "made", "up", "of"), ("comprising",), ("which", "comprises"),
                 ("consisting", "of"), ("which", "consists", "of"), ("which", "brings", "together"),
                 ("grouping",), ("which", "includes"), ("which", "include"), ("including",))


def _composition_end(doc: Doc, j: int) -> int:
    """The index after a composition phrase opening at the comma ``j`` ("the Quad, which
    groups ..."), or 0."""
    table = doc_table(doc)  # (the words off the doc's table: no Token objects)
    if j >= len(doc) or table.text[j] != ",":
        return 0
    best = 0
    lower = table.lower
    for words in _COMPOSITIONS:
        k = j + 1 + len(words)
        if k < len(doc) and tuple(lower[j + 1:k]) == words:
            best = max(best, k)
    if best and best + 2 < len(doc) and lower[best] in _CONTINGENTS and lower[best + 1] in ("from", "of"):
        best += 2  # "the MNJTF, which includes troops from A, B, C and D": the states sending them
    return best


#: Prepositions that may follow a list of members ("which groups A, B and C in Minsk",
#: "since 2001", "under one roof"), where the list ends as surely as at a comma.
_LIST_CLOSERS = frozenset({"in", "at", "since", "under", "on", "from"})

#: what a force is made of, sent by its members: "which includes troops from A and B"
_CONTINGENTS = frozenset({"troops", "forces", "soldiers", "contingents", "units", "personnel"})


def _named_organisations(mentions: Mentions, types=("Organization",)):
    """(mention, organisation) for each organisation the text names (not by coreference)."""
    for mention in mentions.mention_list:
        org = mention.entities[0]
        if not mention.by_coref and org.type in types:
            yield mention, org


_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10}
_COUNTED = frozenset({"nation", "country", "member", "state", "government"})


def _counted_groups(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"the four-nation grouping known as the Quad", "the three-country Alliance": when the
    sentence names exactly that many countries, they are the members."""
    facts = []
    table = doc_table(doc)  # (the words off the doc's table: no Token for most of them)
    text, lemma = table.text, table.lemma
    for mention, org in _named_organisations(mentions):
        sent = mention.span.sent
        count = None
        for k in range(max(sent.start, mention.span.start - 8), mention.span.start):
            if k + 2 < len(doc) and text[k + 1] == "-" and lemma[k + 2] in _COUNTED:
                tok = doc[k]
                count = _COUNTS.get(tok.lower_) or (int(tok.text) if tok.text.isdigit() else None)
        if not count or count < 2:
            continue
        members = {}
        for other in mentions.mention_list:
            ent = other.entities[0]
            if other.by_coref or ent.type != "Country" or other.kind == "pronoun" \
                    or not sent.start <= other.span.start < sent.end:
                continue
            members.setdefault(ent.id, (other.span.root, ent))
        if len(members) != count or _hedged(doc, mention.span.root):
            continue
        for tok, member in members.values():
            facts.append(make_fact(article, tok, member, "memberOf", org, "members",
                                   mention.span.text, 0.6))
    return facts


def _of_which(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"the Alliance, of which Ruritania is a member", "the bloc, whose members include A
    and B": a relative clause on the organisation names its members."""
    facts = []
    for mention, org in _named_organisations(mentions):
        root = mention.span.root
        for clause in [c for c in root.children if c.dep_ == "relcl"] + _stray_of_which(doc, mention.span):
            rel = [t for t in clause.subtree if t.lower_ in ("which", "whose")]
            nouns = [t for t in clause.subtree if t.lemma_.lower() in ("member", "founder",
                                                                       "co-founder")]
            if not rel or not nouns or _hedged(doc, nouns[0]) \
                    or any(t.lower_ in _NOT_MEMBERS for t in nouns[0].lefts):
                continue
            if rel[0].lower_ == "which" and not (rel[0].head.lower_ == "of"):
                continue  # "which Ruritania joined" is :mod:`memberships`' rule
            subj = [c for c in clause.children if c.dep_ in ("nsubj", "dobj", "attr")
                    and c.lemma_.lower() not in ("member", "founder")]
            if rel[0].lower_ == "whose":  # "whose members include A and B"
                subj = [c for c in clause.children if c.dep_ in ("dobj", "attr")]
            for tok in (t for s in subj for t in [s, *s.conjuncts]):
                # ("of which both countries are members": each of the pair the plural names)
                for ent in mentions.entities_at(tok):
                    if ent.type in ("Country", "Organization") and ent.id != org.id:
                        facts.append(make_fact(article, tok, ent, "memberOf", org, "members",
                                               nouns[0].text, 0.7))
    return facts


def _stray_of_which(doc: Doc, span) -> list:
    """"the Eurasian Economic Union (EAEU), of which both A and B are members": the clause
    right after the name (and its acronym) that the parser hung elsewhere."""
    i = span.end
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
        i += 3
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ != "of" or doc[i + 2].lower_ != "which":
        return []
    clause = doc[i + 1].head
    return [clause] if clause.dep_ == "relcl" and clause.head.i not in range(span.start, span.end) else []


#: Verbs of a relative clause that names what a body is made of ("an alliance that includes A").
_INCLUDE_VERBS = frozenset({"include", "comprise", "group", "unite"})


def _including(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"the Bloc, a trade pact that includes A and B", "the Alliance, a military alliance
    that includes both countries" (the pair named last), "Xcom, the customs union, which
    also includes A": a relative clause on the organisation's apposition names members
    (not "which would include A": a plan)."""
    facts = []
    for mention, org in _named_organisations(mentions, ("Organization", "Group")):
        # (a clause on the name itself, "NATO, which includes A and B", is
        # :func:`_group_lists`' rule: a list of countries only)
        root = mention.span.root
        for holder in (c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"):
            for clause in holder.children:
                if clause.dep_ != "relcl" or clause.lemma_.lower() not in _INCLUDE_VERBS \
                        or not any(c.dep_ == "nsubj" and c.lower_ in ("which", "that")
                                   for c in clause.children) \
                        or any(c.dep_ in ("neg", "aux") for c in clause.children):
                    continue
                for obj in (t for c in clause.children if c.dep_ == "dobj" for t in (c, *c.conjuncts)):
                    # ("both countries": the pair the article is about, a few sentences up)
                    members = _counted_pair(mentions, obj, lookback=4) or [
                        e for e in [named_entity(mentions, obj, _MEMBER_TYPES)] if e is not None]
                    facts += [make_fact(article, obj, member, "memberOf", org, "members",
                                        clause.text, 0.7) for member in members if member.id != org.id]
    return facts


#: verbs whose subject body is made of their objects ("the bloc comprises A and B") and those
#: that take the members after "of" ("is made up of A and B", "consists of", "is composed of");
#: "bring" only with "together" ("the bloc brings together A, B and C")
_COMPRISING = frozenset({"comprise", "include", "group", "unite", "bring"})
_MADE_OF = frozenset({"make", "compose", "consist", "form"})


def _made_of(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"The bloc comprises Russia, Belarus and Kazakhstan", "It is made up of Mali, Burkina
    Faso and Niger", "The alliance consists of A, B and C": a body (named, or a description
    or pronoun resolved to it) said to be made of the listed members (not "would include",
    "does not include")."""
    facts = []
    table = doc_table(doc)  # (the lemmas off the doc's table: a Token only for the verbs)
    for i, lemma in enumerate(table.lemma):
        if lemma not in _COMPRISING and lemma not in _MADE_OF:
            continue
        verb = doc[i]
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ == "relcl" \
                or any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ not in ("has", "have", "had", "is", "are")
                       for c in verb.children):
            continue
        subjects = [c for c in verb.children if c.dep_ in (("nsubj",) if lemma in _COMPRISING else ("nsubj", "nsubjpass"))]
        body = next((e for c in subjects for e in [named_entity(mentions, c, ("Organization", "Group"), True)]
                     if e is not None), None)
        if body is None:
            continue
        if lemma == "bring" and not any(c.lower_ == "together" for c in verb.children):
            continue  # ("brought charges")
        if lemma in _COMPRISING:
            objs = [c for c in verb.children if c.dep_ == "dobj"]
        elif lemma == "make" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
            continue  # ("made a statement")
        else:
            objs = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                    if g.dep_ == "pobj"]
        for obj in (t for o in objs for t in (o, *o.conjuncts)):
            member = named_entity(mentions, obj, _MEMBER_TYPES)
            if member is not None and member.id != body.id and member.type != "Person":
                facts.append(make_fact(article, obj, member, "memberOf", body, "made-of", verb.text, 0.65))
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


#: Words of the names of alliances whose members are bodies ("the Three Brotherhood Alliance").
_ALLIANCE_WORDS = frozenset({"alliance", "coalition", "front", "bloc", "platform", "coordination"})


def _country_list(mentions: Mentions, doc: Doc, k: int, bodies: bool = False,
                  organisations: bool = False) -> dict:
    """Countries listed from token ``k`` on ("the UK, the US, Canada and Japan"): id ->
    (token, entity); stops at the first word that is not a country, comma, "and" or "the".
    With ``bodies``, named groups and organisations too, each maybe with its acronym in
    brackets ("the Arakan Army (AA), the ..."); with ``organisations``, countries and
    organisations ("Ukraine, Russia and the OSCE")."""
    found: dict = {}
    kinds = ("Country", "Group", "Organization") if bodies else \
        ("Country", "Organization") if organisations else ("Country",)
    while k < len(doc):
        mention = mentions.mention_at(doc[k])
        ent = mention.entities[0] if mention is not None and mention.kind == "name" else None
        if ent is not None and ent.type in kinds:
            found.setdefault(ent.id, (doc[k], ent))
        elif not (doc[k].lower_ in (",", "and", "the") or bodies and doc[k].text in ("(", ")")):
            break
        k += 1
    return found


def _delegates_body(doc: Doc, mentions: Mentions, noun):
    """The one intergovernmental body that modifies ``noun`` ("G3 ministers") there or in
    the three sentences before."""
    gaz = load_gazetteer()
    sents = mentions.sentences()[0]
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
        before = doc[mention.span.start - 1] if mention.span.start else None
        if before is not None and before.lower_ == "the" and mention.span.start >= 2:
            before = doc[mention.span.start - 2]
        if before is not None and before.lower_ == "of" and mention.span.start >= 2 \
                and doc[before.i - 1].lower_ in ("member", "members"):
            continue  # "Member of the Political Bureau of the CPC Central Committee": a title's words
        if parent.type in ("Organization", "Group") and parent.id != body.id:
            facts.append(make_fact(article, doc[end], body, "memberOf", parent, "body-of",
                                   "of", 0.7))
    return facts


_CHAIR_NOUNS = frozenset({"chairmanship", "chairship", "presidency", "chair"})
#: verbs that pass a chair on to someone ("handed over the chairmanship of X to Y")
_HANDING = frozenset({"handed", "hands", "hand", "handing", "passed", "passes", "passing",
                      "transferred"})


def _chairs(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"Xland, which holds the rotating Union chairmanship", "Xland holds the presidency of
    the Council", "Xland, which chairs the Union this year": the country chairing a body
    leads it (annotators list leaderOf, or accept it beside memberOf)."""
    facts = []
    for i in mentions.positions({"holds", "held", "hold", "holding", "assumed", "assumes",
                                 "took", "takes", "chairs", "chaired", "chairing", *_HANDING}):
        verb = doc[i]
        if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children):
            continue
        chairing = verb.lemma_ == "chair"
        for obj in (c for c in verb.children if c.dep_ == "dobj"
                    and (c.lower_ in _CHAIR_NOUNS or chairing)):
            # "chairs ASEAN": the body itself ("chaired the meeting" names none)
            cands = [obj] if chairing else []
            cands += [c for c in obj.children if c.dep_ in ("compound", "nmod", "poss")]
            cands += [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj"]
            # ("the group's rotating chairmanship": the body a possessive description names)
            org = next((e for c in cands for e in [named_entity(mentions, c, ("Organization",),
                                                                coref=c.dep_ in ("poss", "pobj"))]
                        if e is not None), None)
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.tag_ == "WDT" and verb.dep_ == "relcl":
                subj = verb.head  # "Xland, which holds ..."
            if subj is not None:
                # "Xland's foreign minister X, whose country holds the chairmanship"
                subj = _whose_country(mentions, doc, subj, verb)
            if verb.lower_ in _HANDING:
                # "handed over the rotating chairmanship of the bloc to President X": the one it went to
                subj = next((g for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
                             for g in p.children if g.dep_ == "pobj"), None)
            # ("Senegal's President X took over the chairmanship of the Union": a person too)
            # (a person who "chaired the session of X" chaired a meeting, not the body)
            member = next((e for t in ([subj, *(c for c in subj.children if c.dep_ == "appos")]
                                       if subj is not None else [])
                           for e in [named_entity(mentions, t, ("Country",) if chairing else ("Country", "Person"))]
                           if e), None)
            if org is not None and member is not None:
                facts.append(make_fact(article, obj, member, "leaderOf", org, "chairs",
                                       verb.text if chairing else obj.text, 0.65))
        for obj in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "seat" and not chairing):
            # "Slovenia, which holds a non-permanent seat on the UN Security Council": a member
            org = next((e for p in obj.children if p.dep_ == "prep" and p.lower_ in ("on", "in", "at")
                        for g in p.children if g.dep_ == "pobj"
                        for e in [named_entity(mentions, g, ("Organization",))] if e is not None), None)
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.tag_ == "WDT" and verb.dep_ == "relcl":
                subj = verb.head
            member = named_entity(mentions, subj, ("Country",)) if subj is not None else None
            if org is not None and member is not None:
                facts.append(make_fact(article, obj, member, "memberOf", org, "members", obj.text, 0.65))
    for i in mentions.positions({"chair"}):
        # "Malaysia, the current ASEAN chair", "Laos, this year's chair of the bloc"
        noun = doc[i]
        member = named_entity(mentions, noun.head, ("Country",)) if noun.dep_ == "appos" else None
        if noun.dep_ == "pobj" and noun.head.lower_ == "as":
            # "Kazakhstan, as the current SCO chair, hosted the summit": the one the role is of
            holder = noun.head.head
            # (only an "as" phrase before the verb: "supports Kyrgyzstan in its work as the chair"
            # is Kyrgyzstan's role, not the subject's)
            subj = holder if holder.pos_ == "PROPN" else next(
                (c for c in holder.children if c.dep_ == "nsubj"), None) \
                if holder.pos_ in ("VERB", "AUX") and noun.head.i < holder.i else None
            member = named_entity(mentions, subj, ("Country",)) if subj is not None else None
        if member is None or noun.pos_ != "NOUN":
            continue
        cands = [c for c in noun.children if c.dep_ in ("compound", "nmod", "poss")]
        cands += [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"]
        org = next((e for c in cands
                    for e in [named_entity(mentions, c, ("Organization",), coref=True)] if e), None)
        if org is not None:
            facts.append(make_fact(article, noun, member, "leaderOf", org, "chairs", noun.text,
                                   0.65))
    for i in mentions.positions({"chairmanship", "chairship"}):
        facts += _chairmanship(doc[i], mentions, article)
    for i in mentions.positions({"holder"}):
        # "Brazil, as holder of the rotating presidency of the Security Council, called ..."
        noun = doc[i]
        if noun.dep_ != "pobj" or noun.head.lower_ != "as" or noun.head.head.pos_ not in ("VERB", "AUX", "PROPN"):
            continue
        holder = noun.head.head
        subj = holder if holder.pos_ == "PROPN" else next((c for c in holder.children if c.dep_ == "nsubj"), None)
        if subj is None and holder.head.pos_ == "PROPN" and holder.head.i < noun.i:
            subj = holder.head  # (the name read as the root, the verb hung on it)
        if subj is not None and subj.tag_ in ("WP", "WDT") and holder.dep_ == "relcl":
            subj = holder.head  # "X, who hosted the summit as holder of ..."
        member = named_entity(mentions, subj, ("Country", "Person")) if subj is not None else None
        chair = next((g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                      if g.dep_ == "pobj" and g.lower_ in _CHAIR_NOUNS), None)
        # the body after "of", or before the noun ("the bloc's rotating presidency")
        owners = [g for p in chair.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                  if g.dep_ == "pobj"] + [c for c in chair.children if c.dep_ in ("poss", "compound", "nmod")] \
            if chair is not None else []
        org = next((e for g in owners for e in [named_entity(mentions, g, ("Organization",), coref=True)] if e), None)
        if member is not None and org is not None:
            facts.append(make_fact(article, noun, member, "leaderOf", org, "chairs", chair.text, 0.65))
    return facts


def _chairmanship(noun, mentions: Mentions, article: Article) -> list[Fact]:
    """"Indonesia's chairmanship of ASEAN", "talks sponsored by the AU under the chairmanship
    of President X", "SADC leaders met under the chairmanship of Y": the chair leads the body."""
    holders = ("Country", "Person")
    of = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    owner = next((e for c in noun.children if c.dep_ == "poss" for e in [named_entity(mentions, c, holders)] if e), None)
    org = next((e for g in of for e in [named_entity(mentions, g, ("Organization",))] if e), None)
    if owner is None and noun.dep_ == "pobj" and noun.head.lower_ == "under" and noun.head.head.pos_ == "VERB":
        owner = next((e for g in of for e in [named_entity(mentions, g, holders)] if e), None)
        verb = noun.head.head
        actors = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        actors += subjects + [c for s in subjects for c in s.children if c.dep_ == "compound"]
        org = next((e for c in actors for e in [named_entity(mentions, c, ("Organization",))] if e), None)
    if owner is None or org is None or owner.id == org.id:
        return []
    return [make_fact(article, noun, owner, "leaderOf", org, "chairs", noun.text, 0.6)]


_PARTY_NOUNS = frozenset({"party", "movement", "faction", "coalition", "alliance"})


def _own_party(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"his party, the Hope Movement", "X's party, the Hope Movement", "the Hope
    Movement, X's party", "her Hope Movement party": a person's party named in
    apposition or before the noun -> memberOf."""
    facts = []
    for i in mentions.positions(_PARTY_NOUNS):
        noun = doc[i]
        if noun.pos_ != "NOUN" or not noun.is_lower:
            continue
        person = next((e for c in noun.children if c.dep_ == "poss"
                       for e in [named_entity(mentions, c, ("Person",), coref=True)] if e), None)
        if person is None or any(t.lower_ in ("former", "old", "rival", "new", "ex")
                                 for t in doc[noun.left_edge.i:noun.i]):
            continue
        # "his party, the Hope Movement" / "his Hope Movement party"
        named = [c for c in noun.children if c.dep_ in ("appos", "compound")]
        if noun.dep_ == "appos":
            named.append(noun.head)
        party = next((e for t in named for e in [named_entity(mentions, t, ("Organization", "Group"))]
                      if e is not None), None)
        if party is not None:
            facts.append(make_fact(article, noun, person, "memberOf", party, "own-party",
                                   noun.text, 0.7))
    return facts


def _whose_body(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"X, whose left-wing Hope party trails in polls", "Y, whose Free Army controls the
    east": a person's own party, movement or armed group named right after "whose" ->
    leaderOf (not "whose Foreign Ministry said": a state's). Read off the words, not the
    parse: the tagger often takes the clause's verb for a noun ("party trails")."""
    facts = []
    for i in mentions.positions({"whose"}):
        if i < 2 or doc[i - 1].text != ",":
            continue
        person = named_entity(mentions, doc[i - 2], ("Person",))
        k = i + 1
        while person is not None and k < min(i + 6, len(doc)) and mentions.entity_at(doc[k]) is None \
                and (doc[k].pos_ in ("ADJ", "NOUN") or doc[k].text == "-") \
                and doc[k].lower_ not in ("former", "old", "rival", "ex", "new"):
            k += 1  # "whose left-wing Hope party"
        body = named_entity(mentions, doc[k], ("Organization", "Group")) \
            if person is not None and k < len(doc) else None
        if body is None:
            continue
        span = mentions.span_at(doc[k])
        # the body's head noun: the name's last word, or the noun right after it
        heads = {body.label.split()[-1].lower()} | ({span[-1].lower_, doc[span.end].lower_}
                                                    if span is not None and span.end < len(doc) else set())
        if body.type == "Group" or heads & _PARTY_NOUNS:
            facts.append(make_fact(article, doc[k], person, "leaderOf", body, "own-party",
                                   doc[i].text, 0.7))
    return facts


def _belongs(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"Xland belongs to the Alliance", "Xland, which ... but belongs to the Alliance", "the
    Alliance, to which Xland and Yland belong" -> memberOf; "does not belong to" -> memberOf (negative). Only an organisation after
    "to" ("what belongs to us" is no membership), never with a modal or intent."""
    facts = []
    for i in mentions.positions({"belong", "belongs", "belonged", "form", "forms", "formed", "constitute"}):
        verb = doc[i]
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("xcomp", "ccomp", "advcl"):
            continue
        # "Mali, Burkina Faso and Niger, which form the Alliance of Sahel States": the body
        # several states make up (its object; two members or more)
        forming = verb.lower_ not in ("belong", "belongs", "belonged")
        org = next((e for obj in verb.children if obj.dep_ == "dobj"
                    for e in [named_entity(mentions, obj, ("Organization",))] if e is not None), None) if forming else \
            next((e for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "to"
                    for obj in prep.children if obj.dep_ == "pobj"
                    # "the alliance, to which A and B belong": the noun the clause describes
                    for e in [named_entity(mentions, verb.head if obj.tag_ == "WDT"
                                           and verb.dep_ == "relcl" else obj,
                                           ("Organization",), coref=True)
                              # ("the CSTO, a Moscow-led bloc to which A and B belong": the name
                              # the described noun is set beside)
                              or (named_entity(mentions, verb.head.head, ("Organization",))
                                  if obj.tag_ == "WDT" and verb.dep_ == "relcl" and verb.head.dep_ == "appos"
                                  else None)]
                    if e is not None), None)
        if org is None or any(c.dep_ == "aux" and c.lower_ in _HEDGES for c in verb.children):
            continue
        clause = verb
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects and verb.dep_ == "conj":  # "is not a member of X but belongs to Y"
            clause = verb.head
            subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if clause.dep_ == "relcl" and any(c.tag_ == "WDT" for c in subjects):
            subjects = [clause.head]  # "Xland, which belongs to Y"
        negative = any(c.dep_ == "neg" for c in verb.children)
        if forming and (negative or sum(1 + len(t.conjuncts) for t in subjects) < 2):
            continue
        for tok in (x for t in subjects for x in (t, *t.conjuncts)):
            # ("to which both countries belong": each of the pair the plural names)
            named = [named_entity(mentions, tok, ("Country", "Organization"))]
            if named[0] is None and tok.pos_ == "NOUN" and tok.tag_ == "NNS":
                named = [e for e in mentions.entities_at(tok) if e.type in ("Country", "Organization")]
            for member in (m for m in named if m is not None and m.id != org.id):
                fact = make_fact(article, verb, member, "memberOf", org, "members", verb.text, 0.7)
                fact.polarity = "negative" if negative else "positive"
                facts.append(fact)
    return facts


#: verbs (and prepositions) that take a return to a body as done: "welcomed Xland's
#: return to the Alliance", "after Xland's readmission to the bloc"; not "called for",
#: "opposed", "discussed" (a return still wanted or disputed)
_DONE_RETURN_HEADS = frozenset({"welcome", "hail", "celebrate", "mark", "applaud", "greet",
                                "after", "since", "following", "with"})


#: verbs that give a membership back or confirm it ("reinstated Syria's membership of the League")
_RESTORING = frozenset({"reinstate", "restore", "approve", "ratify", "grant", "confirm", "renew"})


def _returns(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"welcomed Xland's return to the Alliance", "since the readmission of Xland to the
    bloc", "welcomed Xland's accession to the Alliance" -> Xland memberOf the Alliance; only
    under a verb or preposition that takes the return as done."""
    facts = []
    # ("welcomed Sweden's accession to NATO": a joining taken as done)
    for i in mentions.positions({"return", "readmission", "reinstatement", "membership", "accession"}):
        noun = doc[i]
        # "voted to reinstate Syria's membership of the Arab League": a membership given back
        member_of = noun.lower_ == "membership"
        heads = _DONE_RETURN_HEADS | _RESTORING if member_of else _DONE_RETURN_HEADS
        if noun.pos_ != "NOUN" or noun.head.lemma_.lower() not in heads \
                or noun.dep_ not in ("dobj", "pobj", "nsubjpass"):
            continue
        org = next((e for p in noun.children if p.dep_ == "prep" and p.lower_ in (("of", "in") if member_of else ("to",))
                    for o in p.children if o.dep_ == "pobj"
                    for e in [named_entity(mentions, o, ("Organization",), coref=True)] if e), None)
        members = [c for c in noun.children if c.dep_ == "poss"]
        members += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" and not member_of
                    for o in p.children if o.dep_ == "pobj"]
        member = next((e for t in members for e in [named_entity(mentions, t, ("Country",))]
                       if e), None)
        if org is not None and member is not None:
            facts.append(make_fact(article, noun, member, "memberOf", org, "members",
                                   noun.text, 0.65))
    return facts


#: modal auxiliaries: "would belong to" states no membership
_HEDGES = frozenset({"will", "would", "could", "may", "might", "should", "can"})


def _whose_members(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"The contact group, whose members are A, B and C": each listed country is a member of
    the body the relative clause describes (named, or "the X group" after "the Y X Group")."""
    facts = []
    for i in mentions.positions({"members", "member"}):
        noun = doc[i]
        verb = noun.head
        if noun.dep_ != "nsubj" or verb.lemma_ != "be" or verb.dep_ != "relcl" \
                or not any(c.lower_ == "whose" and c.dep_ == "poss" for c in noun.children):
            continue
        owner = verb.head
        org = named_entity(mentions, owner, ("Organization", "Group"), coref=True) \
            or (body_by_head(mentions, owner.lower_) if owner.pos_ == "NOUN" else None)
        if org is None:
            continue
        for attr in (c for c in verb.children if c.dep_ == "attr"):
            for tok in (attr, *attr.conjuncts):
                member = named_entity(mentions, tok, ("Country", "Organization"))
                if member is not None and member.id != org.id:
                    facts.append(make_fact(article, tok, member, "memberOf", org, "members", noun.text, 0.7))
    return facts


def _on_behalf(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"signed by X on behalf of the government", "X, who signed on behalf of the Alliance":
    a person acting for a country or body -> memberOf it (the person named right before
    "on", or the subject of the verb "on behalf" hangs on)."""
    facts = []
    for i in mentions.positions({"behalf"}):
        if i < 2 or i + 2 >= len(doc) or doc[i - 1].lower_ != "on" or doc[i + 1].lower_ != "of":
            continue
        pobj = next((c for c in doc[i + 1].children if c.dep_ == "pobj"), None)
        body = named_entity(mentions, pobj, ("Country", "Organization", "Group"), coref=True) \
            if pobj is not None else None
        before = mentions.mention_at(doc[i - 2])
        person = before.entities[0] if before is not None and len(before.entities) == 1 \
            and before.entities[0].type == "Person" and before.span.end == i - 1 else None
        verb = doc[i - 1].head
        if any(c.dep_ == "neg" for c in verb.children):
            continue  # "Orban was not speaking on behalf of the EU"
        if person is None and verb.pos_ == "VERB" and not any(c.dep_ == "auxpass" for c in verb.children):
            person = next((e for c in verb.children if c.dep_ == "nsubj"
                           for e in [named_entity(mentions, c, ("Person",), coref=True)] if e), None)
        if person is not None and body is not None:
            facts.append(make_fact(article, doc[i], person, "memberOf", body, "on-behalf", "on behalf of", 0.6))
    return facts


#: plurals that count a body's members ("17 other member states", "other members")
_MEMBER_PLURALS = frozenset({"states", "members", "countries", "nations"})


def _other_members(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """"Germany and 17 other member states opposed the duties": a country listed with the
    "other" members of a body the sentence does not name is a member of the international
    body the article named last (not "other countries": no body's members)."""
    facts = []
    orgs = load_gazetteer().orgs
    for i in mentions.positions(_MEMBER_PLURALS):
        tok = doc[i]
        if tok.dep_ != "conj":
            continue
        kids = {(c.dep_, c.lower_) for c in tok.children}
        if ("amod", "other") not in kids \
                or not (tok.lower_ == "members" or ("compound", "member") in kids) or any(d == "prep" for d, _ in kids):
            continue
        country = named_entity(mentions, tok.head, ("Country",))
        body = next((m.entities[0] for m in reversed(mentions.mention_list) if m.span.start < tok.head.i
                     and not m.by_coref and m.entities[0].id in orgs and orgs[m.entities[0].id].country is None), None)
        if country is not None and body is not None:
            facts.append(make_fact(article, tok, country, "memberOf", body, "members", "other member", 0.6))
    return facts


def frame_facts(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """All facts of the frames above (duplicates left to the caller)."""
    return (_operations(doc, mentions, article) + _prefixed_bodies(doc, mentions, article)
            + _listed_members(doc, mentions, article)
            + _group_lists(doc, mentions, article) + _delegates_from(doc, mentions, article)
            + _body_of(doc, mentions, article) + _chairs(doc, mentions, article)
            + _own_party(doc, mentions, article) + _counted_groups(doc, mentions, article)
            + _of_which(doc, mentions, article) + _belongs(doc, mentions, article)
            + _returns(doc, mentions, article) + _including(doc, mentions, article)
            + _whose_body(doc, mentions, article) + _on_behalf(doc, mentions, article)
            + _whose_members(doc, mentions, article) + _made_of(doc, mentions, article)
            + _other_members(doc, mentions, article))
