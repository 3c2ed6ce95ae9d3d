"""Title hits and the clauses that give a person a role in a body: the shared
:class:`TitleHit` and title lookup of :mod:`kg.extract.static`, and its rules that read
the role off a clause rather than a title before the name.

- :func:`heads`: "X, who heads NATO", "X leads the party", "X, who heads the mission"
  (the mission named last), "Emir X headed Ruritania's delegation" (X's title decides),
  "X, a former officer known as Y who leads the Z coalition";
- :func:`led_by`: "the Chilean team was headed by Prime Minister X", "the militia,
  commanded by X", "the party, founded by the tycoon X", "the Board, represented by
  Commissioner X", "the war between the army, led by General X, and ...", "we call on
  the Government of Ruritania, led by X, to ..." (the country); "the office of the
  Ruritanian Trade Representative, led by X" (the office); the head of a country's
  delegation is a member of it unless their title leads the country;
- :func:`government_of`: "the regime of X", "X's government", "the leadership of X"
  (the country the office-holders dictionary knows X heading at the article date);
- :func:`whose_title`: "Ukraine, whose president, X, ...", "the Xites, a movement whose
  leader, X, ...";
- :func:`bare_affiliation`: "Ruritania's Ana Soto", "Ana Soto of Ruritania", "Ana Soto
  (Ruritania)" (a name with no title, owned by a country or body).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.nlp import doc_table
from kg.resolve.focus import cached_focal
from kg.resolve.gazetteer import load_gazetteer, slug
from kg.resolve.mentions import Mentions
from kg.resolve.officeholders import person_holdings
from kg.resolve.places import affiliation, named_entity
from kg.resolve.title_context import HEAD_TITLES as _HEAD_TITLES, last_named_org
from kg.types import Entity

__all__ = ["TitleHit", "NOT_CURRENT", "match_title", "title_heads", "title_like", "heads",
           "led_by", "government_of", "whose_title", "counterpart_relation", "implied_body",
           "bare_affiliation", "institution", "institution_words", "owned_institution"]

# ("outgoing" is not here: an outgoing president still holds the office)
NOT_CURRENT = frozenset({"former", "ex", "ex-", "late", "opposition", "then", "previous",
                          "exiled", "would-be", "ousted", "deposed", "toppled", "overthrown",
                          "assassinated", "slain"})


@dataclass
class TitleHit:
    """A person seen with a title (and the body or country the title belongs to)."""

    person: Entity
    title: str
    relation: str
    target: Entity | None
    token: Token
    rule: str


def match_title(words: list[str]) -> tuple[str, int] | None:
    """Longest title (titles.csv) ending at the last of ``words``: (title, length).

    Remembered per word sequence (the title readers ask again for the same words: each
    name is read twice per article, before and after coreference)."""
    titles = load_gazetteer().titles
    if type(words) is not list:  # (a list's answer is remembered: it compares to a list)
        return _match_title(titles, words)
    memo = _TITLE_MEMO
    if memo.get(None) is not titles or len(memo) > 50_000:  # (another gazetteer: start over)
        memo.clear()
        memo[None] = titles
    key = tuple(words)
    found = memo.get(key, memo)
    if found is memo:
        found = memo[key] = _match_title(titles, words)
    return found


#: word tuple -> :func:`match_title`'s answer; key None: the titles table it is for.
_TITLE_MEMO: dict = {}


def _match_title(titles, words: list[str]) -> tuple[str, int] | None:
    """:func:`match_title` worked out."""
    low: list[str] = []
    for word in (w.lower() for w in words):  # "Secretary - General" -> "secretary-general"
        if low and (word == "-" or low[-1].endswith("-")):
            low[-1] += word
        else:
            low.append(word)
    for length in range(min(5, len(low)), 0, -1):
        title = " ".join(low[-length:])
        if title in titles:
            tokens = sum(1 + 2 * w.count("-") for w in low[-length:]) if words != low else length
            return title, min(tokens, len(words))
    return None


def title_like(token: Token) -> bool:
    """A common noun, or a capitalised title word the tagger took for a name
    ("Ruritania's Minister for Fisheries, X")."""
    if token.pos_ == "NOUN":
        return True
    if token.pos_ == "ADJ" and token.i > 1 and token.doc[token.i - 1].text == "-":
        # "the Forum's secretary-general, X": the tagger may take "general" for an adjective
        return f"{token.doc[token.i - 2].lower_}-{token.lower_}" in title_heads()
    return token.pos_ == "PROPN" and token.lower_ in title_heads()


@functools.lru_cache(maxsize=1)
def title_heads() -> frozenset[str]:
    """Last words of the titles in titles.csv ("minister", "secretary-general")."""
    return frozenset(t.split()[-1] for t in load_gazetteer().titles)


def implied_body(mentions: Mentions, title: str, *, countries_only: bool = False) -> Entity | None:
    """The body a title names by itself (titles.csv ``implies``): a country for a title
    only one country gives ("Assistant Secretary of State X": the United States), an
    organisation where no other country is in the article's focus ("Defense Secretary X"
    is the Pentagon's, unless the story is about the Philippines). With
    ``countries_only``, only the first kind."""
    gaz = load_gazetteer()
    ident = gaz.title_implies.get(title)
    if ident is None:
        return None
    if ident in gaz.countries:
        return mentions.entities.get(ident) or \
            mentions.entity(ident, gaz.countries[ident].label, "Country")
    org = gaz.orgs[ident]
    focal = None if countries_only else cached_focal(mentions.doc, mentions)
    if countries_only or focal is not None and org.country is not None \
            and focal.id != org.country:
        return None
    return mentions.entity(org.id, org.label, org.type)


def counterpart_relation(mentions: Mentions, tokens) -> str | None:
    """"X ... his Ruritanian counterpart Y", "X and his Ruritanian counterpart, Y": Y
    holds the office X holds (the person "his" stands for, among ``tokens``), so Y leads
    their country when X leads theirs (X's titles so far, else X's offices at the
    article date in the office-holders dictionary); None when X's office is unknown."""
    for tok in tokens:
        person = mentions.entity_at(tok) if tok.tag_ == "PRP$" else None
        if tok.tag_ == "PRP$" and tok.i >= 2 and tok.doc[tok.i - 1].lower_ == "and":
            # "spoke with Prime Minister A and his Ruritanian counterpart B": "his" is A,
            # the person named right before, whoever coreference took it for
            before = mentions.entity_at(tok.doc[tok.i - 2])
            person = before if before is not None and before.type == "Person" else person
        if person is not None and person.type == "Person":
            # (a head of a country, not of one of its agencies: "Kyrgyz security chief X
            # met his Tajik counterpart Y": Y heads no country)
            rels = {rel if rel != "leaderOf" or title in _COUNTRY_HEADS else "memberOf"
                    for title, rel, _target in mentions.titles.get(person.id, ())}
            if not rels and " " in person.label:  # (a surname alone fits namesakes)
                rels = {h.relation for h in person_holdings(mentions, person)}
            return "leaderOf" if "leaderOf" in rels else ("memberOf" if rels else None)
    return None


#: Titles of the head of a country, whose counterpart heads another country (a chief,
#: commander or director heads an agency: the counterpart is one of a country's officials).
_COUNTRY_HEADS = _HEAD_TITLES | {"chancellor", "emperor", "supreme leader", "head of state",
                                 "head of government", "monarch", "ruler", "pm", "leader",
                                 "president of the republic", "state counsellor", "strongman",
                                 "junta chief", "junta leader", "junta head"}


_LEAD_VERBS = frozenset({"lead", "head", "chair", "run", "command", "preside"})
#: objects of "lead" that are activities, not bodies ("leading UN efforts to ...")
_LED_ACTIVITIES = frozenset({"effort", "push", "drive", "bid", "campaign", "call", "charge", "process", "talk",
                             "negotiation", "mediation", "initiative", "investigation", "inquiry", "probe",
                             "meeting", "session", "summit", "conference", "ceremony", "hearing"})
_LEAD_FORMS = frozenset({"leads", "led", "heads", "headed", "chairs", "chaired", "runs", "ran",
                         "commands", "commanded", "presides", "presided"})


#: A country's institutions a lowercase noun names ("Ruritania's parliament speaker", "the
#: governor of Ruritania's central bank"), by the generic name annotators give them.
_INSTITUTIONS = {"parliament": "Parliament of {}", "central bank": "Central Bank of {}"}


def institution_words(tokens: list[Token]) -> str | None:
    """"parliament" / "central bank" when ``tokens`` end in one (else None)."""
    words = " ".join(t.lower_ for t in tokens[-2:])
    return next((name for name in _INSTITUTIONS if words == name or words.endswith(" " + name)), None)


def institution(mentions: Mentions, name: str, country: Entity) -> Entity:
    """The country's institution ``name`` ("parliament"): "Parliament of Ruritania"."""
    label = _INSTITUTIONS[name].format(country.label)
    return mentions.entities.get(slug(label)) or mentions.entity(slug(label), label, "Organization")


def owned_institution(mentions: Mentions, noun: Token) -> Entity | None:
    """"Ruritania's parliament", "the Ruritanian central bank": the institution a lowercase
    noun names, owned by the country its possessive or adjective names."""
    doc = noun.doc
    name = institution_words(list(doc[max(noun.sent.start, noun.i - 1):noun.i + 1]))
    if name is None or not noun.is_lower:
        return None
    country = next((e for c in noun.children if c.dep_ in ("poss", "amod", "compound")
                    for e in [mentions.entity_at(c)] if e is not None and e.type == "Country"), None)
    return institution(mentions, name, country) if country is not None else None


def heads(mentions: Mentions, span: Span, person: Entity,
           title: TitleHit | None = None) -> TitleHit | None:
    """"X, who heads NATO" / "X leads the party" -> leaderOf; "X headed Ruritania's
    delegation" -> X's title (``title``, the one before the name) decides."""
    root = span.root
    doc = span.doc
    # (the children's labels off the doc's table: this runs for every name, twice)
    table = doc_table(doc)
    verbs = [doc[j] for j in table.kids[root.i] if table.dep[j] == "relcl"]
    verbs = [c for c in verbs if c.lemma_ in _LEAD_VERBS]
    if root.dep_ == "nsubj" and root.head.lemma_ in _LEAD_VERBS:
        verbs.append(root.head)
    if root.dep_ == "appos" and root.head.dep_ == "nsubj" and root.head.head.lemma_ in _LEAD_VERBS:
        verbs.append(root.head.head)  # "His Highness the Emir X headed ...": X names the subject
    # "X, a former officer known as Y who leads the Z coalition": the clause of the apposition
    # (only where a form of the verbs is in the apposition: the word index, not a walk)
    # (not another person's name: "A, Burundian President B, who chairs the EAC, and C", a list)
    for appos in (doc[j] for j in table.kids[root.i] if table.dep[j] == "appos" and doc[j].ent_type_ != "PERSON"):
        lo, hi = appos.left_edge.i, appos.right_edge.i
        verbs += [doc[i] for i in mentions.positions(_LEAD_FORMS) if lo <= i <= hi
                  and doc[i].dep_ == "relcl" and doc[i].lemma_ in _LEAD_VERBS
                  and any(c.lower_ in ("who", "that") and c.dep_ == "nsubj"
                          for c in doc[i].children)]
    # ("X, whose country currently chairs ASEAN": the country chairs, not X)
    verbs = [v for v in verbs if not any(c.dep_ == "nsubj" and any(g.lower_ == "whose" for g in c.children)
                                         for c in v.children)]
    for verb in verbs:
        # ("presides over the assembly": the body is the object of "over"; "has been leading
        # UN efforts to revive the process" leads an activity, no body)
        for obj in [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() not in _LED_ACTIVITIES] + [
                g for c in verb.children if c.dep_ == "prep" and c.lower_ == "over"
                for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() not in _LED_ACTIVITIES]:
            if obj.lemma_.lower() in _SIDE_NOUNS:
                # "Emir X headed Ruritania's delegation" (the delegation stands for its
                # country): X's title says whether X leads the country or is one of its
                # officials
                # ("who heads the Front's negotiating team": the body the team speaks for)
                country = next((e for c in [obj, *obj.children]
                                if c is obj or c.dep_ in ("poss", "amod", "compound")
                                for e in [named_entity(mentions, c, ("Country", "Organization", "Group"))]
                                if e is not None), None)
                if country is not None:
                    relation = title.relation if title is not None else "memberOf"
                    return TitleHit(person, verb.lemma_, relation, country, verb, "heads")
                continue
            target = named_entity(mentions, obj, ("Country", "Organization", "Group")) or next(
                (e for c in obj.children if c.dep_ == "compound"  # "the Z gang coalition"
                 for e in [named_entity(mentions, c, ("Organization", "Group"))] if e), None) \
                or _ruled_country(mentions, obj) or owned_institution(mentions, obj)
            if target is None and obj.pos_ == "NOUN":
                # "who heads the movement's information committee", "heads the EU's diplomatic
                # service": a unit of the body the possessive names; its head is a member
                owner = next((e for c in obj.children if c.dep_ == "poss" and c.pos_ != "PRON"
                              for e in [named_entity(mentions, c, ("Country", "Organization", "Group"), coref=True)]
                              if e is not None), None)
                if owner is not None:
                    return TitleHit(person, verb.lemma_, "memberOf", owner, verb, "heads")
            if target is None and obj.pos_ == "NOUN" and any(
                    c.lower_ == "the" for c in obj.children):
                # "X, who heads the mission": the organisation of that kind named last;
                # "X, who chairs the 15-nation bloc": the body coreference found for it
                target = last_named_org(mentions, obj) or \
                    named_entity(mentions, obj, ("Organization", "Group"), coref=True)
            if target is not None:
                return TitleHit(person, verb.lemma_, "leaderOf", target, verb, "heads")
    return None


#: Bodies that rule a country: who heads one leads the country ("who heads Niger's junta").
_RULING_NOUNS = frozenset({"junta", "government", "regime"})


def _ruled_country(mentions: Mentions, noun: Token) -> Entity | None:
    """"Niger's junta", "the junta in Burkina Faso", "the military government of Mali": the
    country a ruling body's noun names (owner, adjective, "of" or "in")."""
    if noun.lemma_.lower() not in _RULING_NOUNS:
        return None
    near = [c for c in noun.children if c.dep_ in ("poss", "amod", "compound")]
    preps = [*noun.children, *(noun.head.children if noun.dep_ == "dobj" else ())]  # "heads the junta in Y"
    near += [g for c in preps if c.dep_ == "prep" and c.lower_ in ("of", "in")
             for g in c.children if g.dep_ == "pobj"]
    return next((e for c in near for e in [named_entity(mentions, c, ("Country",))] if e is not None), None)


def led_by(mentions: Mentions, span: Span, person: Entity,
            title: TitleHit | None = None) -> TitleHit | None:
    """"The Chilean team was headed by Prime Minister X" -> leaderOf Chile; "the Board,
    represented by Commissioner X" -> memberOf the Board. ``title`` is the title before
    the name, if any: it decides what the head of a country's delegation is."""
    root = span.root
    for _ in range(2):  # "represented by its Energy Commissioner X": the title is the agent
        if root.dep_ == "pobj" and root.head.lower_ != "by" and title_like(root.head.head) \
                and root.head.head.lower_ in title_heads():
            root = root.head.head
        elif root.dep_ in ("compound", "appos") and title_like(root.head) \
                and root.head.lower_ in title_heads():
            root = root.head
        elif root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.dep_ == "pobj" \
                and root.head.head.lower_ == "by" and root.head.i == span.start - 1:
            root = root.head  # "founded by the billionaire X": the noun right before
    if root.dep_ != "pobj" or root.head.lower_ != "by":
        return None
    verb = root.head.head
    if verb.lemma_ not in _LEAD_VERBS and verb.lemma_ not in ("represent", "found"):
        return None  # "the militia, commanded by General X"; "the Board, represented by X"
    if verb.lemma_ == "found" and verb.dep_ != "acl":
        return None  # only "the party, founded by X": not "Ruritania was founded by ..."
    group = None
    if verb.dep_ == "acl":
        group = verb.head
        doc = verb.doc
        near = mentions.mention_at(doc[verb.i - 2]) if verb.i >= 2 else None
        if doc[verb.i - 1].text == "," and doc[verb.i - 2].pos_ in ("NOUN", "PROPN") \
                and mentions.mention_at(group) is None and near is not None and near.kind != "group":
            # "the war between the army, led by General X, and ...": the parser hangs
            # "led" on the war; the group is the noun right before the comma
            group = doc[verb.i - 2]
    elif verb.dep_ == "advcl" and verb.i >= 4 and verb.doc[_before_adverbs(verb)].text == ",":
        # "We call on the Government of Ruritania, led by X, to ...": the parser hangs
        # "led" on the verb; only a government named right before the comma is led (a
        # clause's subject may be what is led: "the rebels attacked Y, led by X"; ", currently
        # chaired by X": adverbs in between)
        before = verb.doc[_before_adverbs(verb) - 1]
        noun = before.head.head if before.dep_ == "pobj" and before.head.lower_ == "of" else before
        group = noun if _governed(mentions, noun) is not None else _acronymed(mentions, before)
    else:
        group = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if group is not None and group.tag_ == "WDT" and verb.dep_ == "relcl":
            # "the Union, which is chaired by X": the named body the clause is on (not a
            # described "team, which is led by X": that side's rules read the subject)
            group = verb.head if named_entity(mentions, verb.head, ("Organization", "Group")) \
                else None
    if group is None:
        return None
    held = group if group.lemma_.lower() != "office" else next(
        (g for c in group.children if c.dep_ == "prep" and c.lower_ == "of"
         for g in c.children if g.dep_ == "pobj"), group)
    office = _office_of_title(mentions, held) \
        if held.pos_ == "PROPN" and held.lower_ in title_heads() else None
    if office is not None:
        # "the office of the Ruritanian Trade Representative, led by X": the office, not
        # the country in the title (the parser hangs "led" on either noun)
        return TitleHit(person, verb.lemma_, "leaderOf", office, verb, "led-by")
    # "the army, led by General X": a bare force noun coreference resolved to its
    # force or country (only forces: "the group, led by X" may be any group); "the
    # Government of Ruritania, led by X": the country
    target = _governed(mentions, group) or \
        named_entity(mentions, group, ("Country", "Organization", "Group"),
                     coref=group.lemma_.lower() in _LED_FORCES) or \
        affiliation(mentions, list(group.lefts))
    if target is None and group.dep_ == "appos":
        # "Al-Shabaab, an Islamist group led by X": the body the apposition describes
        target = named_entity(mentions, group.head, ("Country", "Organization", "Group"))
    if target is None and verb.dep_ == "acl":
        # "the junta, the National Council (NC), led by X": the name in apposition to it
        target = next((e for c in group.children if c.dep_ == "appos" and c.i < verb.i
                       for e in [named_entity(mentions, c, ("Organization", "Group"))] if e), None)
    if target is None and group.pos_ == "NOUN":
        # "the council is led by Colonel X": a description coreference resolved to an
        # organisation whose own name has that noun (not "the group", which may be any)
        named = named_entity(mentions, group, ("Organization",), coref=True)
        if named is not None and (group.lemma_.lower() in named.label.lower().split()
                                  or group.lemma_.lower() in _BODY_DESCRIPTIONS):
            target = named  # ("The bloc, currently chaired by X": the bloc coreference found)
    if target is None:
        return None
    relation = "memberOf" if verb.lemma_ == "represent" else "leaderOf"
    if group.dep_ == "pobj" and group.head.lower_ in ("from", "of") and \
            group.head.head.lemma_.lower() in _DELEGATION_NOUNS:
        # "a delegation from the X Congress headed by Senator Y": Y leads the delegation,
        # and is a member of the body it comes from
        relation = "memberOf"
    if group.lemma_.lower() in _SIDE_NOUNS | {"mission"} and target.type == "Organization" \
            and named_entity(mentions, group, ("Organization",)) is None:
        # "The ECOWAS team, led by Abubakar", "an IMF mission led by X": who leads a body's
        # team or mission is one of the body's people, not its head
        relation = "memberOf"
        return TitleHit(person, verb.lemma_, relation, target, verb, "led-by")
    if group.lemma_.lower() in _SIDE_NOUNS and target.type == "Country":
        # "the Ruritanian delegation was headed by Deputy Foreign Minister X": who heads
        # a country's delegation holds their own office in it; only a head of state or
        # government ("headed by Prime Minister X") leads the country itself
        relation = "leaderOf" if title is not None and title.relation == "leaderOf" and title.title in _STATE_HEADS \
            else "memberOf"  # ("led by intelligence chief X": a chief of something in the country)
    if group.lemma_.lower() in _MEMBER_GROUPS and group.tag_ in ("NNS", "NNPS"):
        # "Ruritanian negotiators, led by Assembly Speaker X": X leads the negotiators,
        # not Ruritania; "a delegation of US lawmakers led by X": a bunch of people the
        # resolver made a group of is no body to be a member of
        if target.type == "Group":
            return None
        relation = "memberOf"
    return TitleHit(person, verb.lemma_, relation, target, verb, "led-by")


def _before_adverbs(verb: Token) -> int:
    """The index of the word before ``verb`` and the adverbs right before it."""
    i = verb.i - 1
    while i > 0 and verb.doc[i].pos_ == "ADV":
        i -= 1
    return i


#: nouns that describe an international body ("the bloc", "the regional body")
_BODY_DESCRIPTIONS = frozenset({"bloc", "body", "organisation", "organization", "alliance", "grouping"})


def _acronymed(mentions: Mentions, close: Token) -> Token | None:
    """"the National Council for the Homeland (NCH), led by X": a named organisation
    whose acronym follows it in brackets right before the comma (the body's head token),
    or None."""
    doc = close.doc
    if close.text != ")" or close.i < 3 or doc[close.i - 2].text != "(":
        return None
    name, acronym = mentions.mention_at(doc[close.i - 3]), mentions.mention_at(doc[close.i - 1])
    if name is None or acronym is None or name.entities[0] is not acronym.entities[0] \
            or name.entities[0].type != "Organization":
        return None
    return name.span.root


def _governed(mentions: Mentions, noun: Token) -> Entity | None:
    """"the Government of Ruritania": the country a government noun's "of" names."""
    if noun.lemma_.lower() not in ("government", "administration"):
        return None
    return next((e for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"
                 for e in [named_entity(mentions, g, ("Country",))] if e is not None), None)


def _office_of_title(mentions: Mentions, title: Token) -> Entity | None:
    """"the office of the U.S. Trade Representative": an organisation named by the office
    noun and the title after its "of" (None for a title alone)."""
    prep = title.head
    if title.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lemma_.lower() != "office":
        return None
    label = "Office of " + title.doc[prep.i + 1:title.i + 1].text
    return mentions.entities.get(slug(label)) or mentions.entity(slug(label), label, "Organization")


#: Groups sent by a body: who heads one is a member of that body, not its leader.
_DELEGATION_NOUNS = frozenset({"delegation", "team", "mission", "group", "contingent"})
#: Forces whose bare noun ("the army, led by General X") names the force met before.
_LED_FORCES = frozenset({"army", "military", "navy", "junta", "force", "forces"})
#: A country's side at a meeting: its head is a member, unless a head of state leads it.
_SIDE_NOUNS = frozenset({"delegation", "team", "side", "contingent"})
#: titles of who leads a country itself (a delegation headed by one is led by the country's leader)
_STATE_HEADS = frozenset({"president", "prime minister", "premier", "king", "queen", "emir", "amir", "sultan",
                          "chancellor", "crown prince", "head of state", "head of government"})
#: People of a country or body acting together: who leads them is one of them.
_MEMBER_GROUPS = frozenset({"negotiator", "official", "diplomat", "delegate", "envoy",
                            "representative", "lawmaker", "legislator", "mediator"})


#: Nouns of a government named after the person at its head ("the X regime").
_GOVERNMENT_NOUNS = frozenset({"government", "administration", "regime", "junta",
                               "leadership", "rule", "reign"})
#: Verbs that end a government: "the coup that ousted the government of X" is X's past one.
_REMOVAL_VERBS = frozenset({"oust", "topple", "overthrow", "depose", "remove", "unseat",
                            "replace", "dissolve", "sack", "dismiss", "bring"})


def _removed(noun: Token) -> bool:
    """"the coup that ousted the elected government of X", "X's government was toppled":
    the government noun is the object of a verb that ends it."""
    verb = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in _REMOVAL_VERBS:
        return True
    # "the coup against the government of X", "the fall of X's government"
    return noun.dep_ == "pobj" and verb.lower_ in ("against", "of") \
        and verb.head.lemma_.lower() in ("coup", "fall", "overthrow", "ouster", "collapse")


def government_of(mentions: Mentions, span: Span, person: Entity) -> TitleHit | None:
    """"the regime of X", "X's government", "the X administration", "the leadership of
    X", "under X's rule": X leads the country
    the office-holders dictionary knows X heading on the article date (nothing when the
    dictionary does not know X, or knows X in several countries). A government the
    sentence ends ("the coup that ousted the government of X") or a term that ended
    before the article date (the dictionary's year of slack is for titles, not for
    "X's government") is a past one: nothing."""
    root = span.root
    noun = None
    if root.dep_ in ("poss", "compound") and root.head.lemma_.lower() in _GOVERNMENT_NOUNS:
        noun = root.head
    elif root.dep_ == "pobj" and root.head.lower_ == "of" \
            and root.head.head.lemma_.lower() in _GOVERNMENT_NOUNS:
        noun = root.head.head
    if noun is None or any(t.lower_ in NOT_CURRENT for t in noun.lefts) or _removed(noun):
        return None  # "the former X government"
    countries = load_gazetteer().countries
    day = mentions.article.date
    led = {h.country for h in person_holdings(mentions, person)
           if h.relation == "leaderOf" and h.country in countries
           and (h.end is None or not day or h.end.isoformat() >= day[:10])}
    if len(led) != 1:
        return None
    iso3 = led.pop()
    country = mentions.entities.get(iso3) or mentions.entity(iso3, countries[iso3].label, "Country")
    return TitleHit(person, noun.lemma_.lower(), "leaderOf", country, noun, "government-of")


def whose_title(doc: Doc, mentions: Mentions, span: Span, person: Entity) -> TitleHit | None:
    """"Ukraine, whose president, X, ...", "the United States, whose special envoy for
    Syria, X, ...": the title after "whose" is the antecedent's, whatever place or body
    the title's own phrase names (an envoy's posting is not his country)."""
    i = span.start
    if i >= 4 and doc[i - 1].text != ",":
        # "Argentina, whose President Cristina Fernandez has ...": the title right before the name
        whose = next((doc[j] for j in range(i - 2, max(span.sent.start, i - 5), -1) if doc[j].lower_ == "whose"), None)
        if whose is None or whose.i < 2 or doc[whose.i - 1].text != "," or not all(
                t.pos_ in ("ADJ", "NOUN", "PROPN") and not t.ent_type_ for t in doc[whose.i + 1:i]):
            return None
        found = match_title([t.text for t in doc[whose.i + 1:i]])
        owner = named_entity(mentions, _before_acronym(doc, whose.i - 2), ("Country", "Organization", "Group"))
        if found is None or owner is None:
            return None
        return TitleHit(person, found[0], load_gazetteer().titles[found[0]], owner, doc[i - 1], "appos")
    if i < 5 or doc[i - 1].text != ",":
        return None
    # "whose" within the eight words before the comma, with no clause break between
    whose = next((t for t in reversed(doc[max(span.sent.start + 1, i - 9):i - 1])
                  if t.lower_ == "whose" or t.pos_ in ("VERB", "AUX") or t.text in (",", ";")),
                 None)
    if whose is None or whose.lower_ != "whose":
        return None
    owner_tok = _before_acronym(doc, whose.i - 2)
    if doc[whose.i - 1].text != ",":
        # "the Xites, a movement whose leader, X, ...": the name the noun is in apposition to
        described = doc[whose.i - 1]
        if described.pos_ != "NOUN" or described.dep_ != "appos":
            return None
        owner_tok = described.head
    noun = whose.head if whose.dep_ == "poss" and whose.head.i < i else doc[whose.i + 1]
    words = [t.text for t in doc[whose.i + 1:noun.i + 1] if t.pos_ in ("ADJ", "NOUN", "PROPN")]
    found = match_title(words)
    if found is None:
        found = match_title([noun.text])
    owner = named_entity(mentions, owner_tok, ("Country", "Organization", "Group"))
    if found is None or owner is None:
        return None
    relation = load_gazetteer().titles[found[0]]
    return TitleHit(person, found[0], relation, owner, noun, "appos")


def _before_acronym(doc: Doc, i: int) -> Token:
    """The name before a parenthesised acronym ending at ``i`` ("the National Electoral
    Council (CNE), whose ..."), else the token at ``i``."""
    if doc[i].text == ")" and i >= 3 and doc[i - 2].text == "(":
        return doc[i - 3]
    return doc[i]


#: Possessive endings the tagger splits off a name ("Ruritania's").
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})


def bare_affiliation(mentions: Mentions, span: Span, person: Entity) -> TitleHit | None:
    """"Ruritania's Ana Soto", "Ana Soto of Ruritania", "Ana Soto (Ruritania)": a name
    with no title, owned by a country (or, after "of", by a body: "Ana Soto of the Lima
    Institute"). The person leads it when the office-holders dictionary knows them
    heading it at the article date ("Russia's Vladimir Putin"), else is one of its
    members. The caller runs this only for a name no title reader found a title for,
    but for the country in brackets ("Council President X (Ruritania)")."""
    doc = span.doc
    i = span.start
    target, token = None, None
    if i >= 2 and doc[i - 1].lower_ in _POSSESSIVES and doc[i - 1].tag_ == "POS":
        owner = mentions.mention_at(doc[i - 2])
        if owner is not None and owner.span.end == i - 1 and not owner.by_coref \
                and doc[owner.span.start - 1 if owner.span.start else 0].lower_ != "of":
            # ("the leaders of Ruritania's X": not the possessor of the name)
            target = named_entity(mentions, doc[i - 2], ("Country",))
            token = doc[i - 1]
    elif span.end + 2 < len(doc) and doc[span.end].text == "(":
        # "Council President X (Ruritania)": the country a delegate speaks for
        owner = mentions.mention_at(doc[span.end + 1])
        if owner is not None and not owner.by_coref and owner.span.end < len(doc) \
                and doc[owner.span.end].text == ")":
            target = named_entity(mentions, doc[span.end + 1], ("Country",))
            token = doc[span.end]
    elif span.end + 1 < len(doc) and doc[span.end].lower_ == "of" \
            and doc[span.end].head.i in range(span.start, span.end):
        # "Alexander Novak of Russia" (the "of" hangs on the name, not on a noun after it)
        obj = next((c for c in doc[span.end].children if c.dep_ == "pobj"), None)
        # "Hou Yu-ih of the main opposition Kuomintang": a name right after a common noun
        # the parser took for the object is the body
        named = [doc[obj.i + 1]] if obj is not None and obj.is_lower and obj.i + 1 < len(doc) \
            and doc[obj.i + 1].pos_ == "PROPN" else []
        target = affiliation(mentions, named + [obj]) if obj is not None else None
        token = doc[span.end]
    if target is None or target.id == person.id:
        return None
    led = any(h.country == target.id and h.relation == "leaderOf"
              for h in person_holdings(mentions, person))
    return TitleHit(person, token.lower_, "leaderOf" if led else "memberOf", target, token,
                    "affiliation")
