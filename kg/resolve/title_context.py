"""Where a title that names no body belongs: context rules for
:func:`kg.extract.static.static_facts`.

Each helper takes a title hit (``person``, ``title``, ``token`` = the title's last
word) and returns the country, body or place the context gives, or None:

- :func:`sentence_place_country`: "In Ruritania's capital Xville, Prime Minister X";
- :func:`described_leaders`: "President X ... the Ruritanian leader's visit";
- :func:`recent_speaker_country`: the subject that spoke just before;
- :func:`local_place`: "In Xville's Y district ..., Mayor X said", "Xland Gov. X";
- :func:`spoken_for_country`: "Ruritania went further. Prime Minister X said
  Ruritania would ...";
- :func:`described_holder`: "his Ruritanian counterpart, Prime Minister X";
- :func:`named_body`: "Ruritania's Ministry of Trade ... Ministry spokesperson X";
- :func:`seat_owner`: "Kremlin aide X";
- :func:`shared_title_country`: "Ruritanian President A and Foreign Minister B";
- :func:`last_named_org`: "X, who heads the mission" (the mission named last);
- :func:`body_by_head`: "coalition spokesman X" (the one "... coalition" named);
- :func:`armed_group_before`: "a rebel spokesman, X" (the armed group named last);
- :func:`home_country`: the one country whose officials the article titles without
  naming it ("Prime Minister X" known as Ruritania's, then "Foreign Secretary Y"), else
  :func:`lead_country`: the country whose titled leader is the lead sentence's subject.

The dateline city is never used: it is where the reporter files from, not whose
officials speak (see :mod:`kg.resolve.focus`).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.resolve.gazetteer import load_gazetteer, slug
from kg.resolve.mentions import Mentions
from kg.resolve.places import named_entity
from kg.types import Entity

__all__ = ["HEAD_TITLES", "armed_group_before", "seat_country", "sentence_place_country", "described_leaders", "country_nearby",
           "recent_speaker_country", "local_place", "LOCAL_TITLES", "spoken_for_country",
           "described_holder", "named_body", "seat_owner", "shared_title_country",
           "home_country", "HOME_TITLES", "last_named_org", "lead_country", "body_by_head"]

HEAD_TITLES = frozenset({"president", "prime minister", "premier", "vice president",
                         "deputy prime minister", "king", "queen", "crown prince", "emir",
                         "amir", "sultan"})


#: verbs of speaking at home ("told reporters in Xville")
_SPEAKING_IN = frozenset({"say", "tell", "speak", "add", "announce", "state", "declare", "brief"})
#: the gatherings one speaks at ("told a regular briefing in Seoul")
_SPOKEN_AT = frozenset({"briefing", "conference", "reporter", "journalist", "gathering", "meeting", "audience"})


def sentence_place_country(mentions: Mentions, title_end: Token, after: bool = False) -> Entity | None:
    """Country of a capital named before the title in its sentence ("In Ruritania's
    capital Xville, Prime Minister X said ...": Xville is the country's own seat), in the
    clause of the title ("announced in Xville by A, who said ... the government of
    President X" sets no title in Xville); with ``after``, a capital after it where the
    holder speaks ("Minister X told reporters in Xville")."""
    verb = title_end
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if after and verb.lemma_.lower() not in _SPEAKING_IN:
        return None  # ("A and B will meet in Beijing": where they meet is nobody's home)
    span = title_end.doc[title_end.i + 1:title_end.sent.end] if after else \
        title_end.doc[title_end.sent.start:title_end.i]
    for tok in span:
        mention = mentions.mention_at(tok)
        if mention is None or mention.by_coref or mention.kind != "capital":
            continue
        iso3 = mentions.place_country.get(mention.entities[0].id)
        record = load_gazetteer().countries.get(iso3) if iso3 else None
        if record is not None and tok.head.lower_ in ("in", "from") and (tok.head.head.i == verb.i or after and (
                tok.head.head.head.i == verb.i and tok.head.head.lemma_.lower() in _SPOKEN_AT)):
            # (also "told a briefing in Seoul", "told a news conference in Xville")
            return mentions.entity(iso3, record.label, "Country")
    return None


_LEADER_WORDS = frozenset({"leader", "president", "premier", "monarch", "king", "emir"})


def described_leaders(doc: Doc, mentions: Mentions, hits: list) -> None:
    """"President X ... the Ruritanian leader's visit": a head of state or government
    whose title names no country takes the country of a later description of a
    leader, when that country has no titled leader and X is the only such person."""
    pending = {h.person.id for h in hits if h.target is None and h.relation == "leaderOf"
               and h.title.lower() in HEAD_TITLES}
    if len(pending) != 1:
        return
    led = {h.target.id for h in hits if h.target is not None and h.relation == "leaderOf"}
    found: dict[str, Entity] = {}
    for i in mentions.positions(_LEADER_WORDS, lower=False):  # lowercase descriptions only
        tok = doc[i]
        if tok.pos_ != "NOUN":
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            continue
        for child in tok.children:
            ent = named_entity(mentions, child, ("Country",))
            if child.dep_ in ("amod", "compound") and ent is not None and ent.id not in led:
                found[ent.id] = ent
    if len(found) != 1:
        return
    country = next(iter(found.values()))
    for hit in hits:
        if hit.person.id in pending and hit.target is None and hit.relation == "leaderOf":
            hit.target, hit.rule = country, "title-description"
            record = (hit.title, hit.relation, country.id)
            if record not in mentions.titles.setdefault(hit.person.id, []):
                mentions.titles[hit.person.id].append(record)


def country_nearby(mentions: Mentions, title_end: Token) -> bool:
    """A country named in the words before the title ("Malaysian Plantation and
    Commodities Minister X", where the coordination cut the title region short)."""
    doc = title_end.doc
    for tok in reversed(doc[max(title_end.sent.start, title_end.i - 8):title_end.i]):
        if tok.pos_ == "ADP" and tok.lower_ not in ("of", "for"):
            break  # "talks in the Xlandic capital between President X's government": another phrase
        if tok.pos_ in ("VERB", "AUX") or tok.text in (",", ";", "(", ")"):
            continue
        ent = mentions.entity_at(tok)
        if ent is not None and ent.type == "Country":
            return True
    return False


def recent_speaker_country(mentions: Mentions, title_end: Token,
                            previous_only: bool = False,
                            bodies_only: bool = False) -> Entity | None:
    """Country of the subject named last before ``title_end`` in its sentence or the one
    before: a country, or a body whose country is known ("the U.S. Energy Department").
    With ``previous_only``, the sentence before only; with ``bodies_only``, the same
    sentence only and a body only (a country subject there is often the one talked about:
    "Russia struck overnight, President X said")."""
    sent = title_end.sent
    first = title_end.doc[sent.start - 1].sent.start if sent.start > 0 and not bodies_only \
        else sent.start
    last = sent.start if previous_only else title_end.i
    for mention in sorted(mentions.mention_list, key=lambda m: -m.span.start):
        root = mention.span.root
        if not first <= mention.span.start < last or root.dep_ != "nsubj" and not (
                root.dep_ == "appos" and root.head.dep_ == "nsubj"):  # "Xland's minister, X, said"
            continue
        ent = mention.entities[0]
        if ent.type == "Country":
            return None if bodies_only else ent
        if ent.type == "Organization":
            country = mentions.country_of(ent)
            owners = [mentions.entity_at(c) for c in mention.span.root.children if c.dep_ in ("poss", "compound", "amod")]
            country = country or next((o for o in owners if o is not None and o.type == "Country"), None)
            if country is not None and country.type == "Country":
                return country
        if ent.type == "Person" and not bodies_only:
            # "Seoul's foreign minister, X, called it ... Y, the national security adviser,
            # said": the official who spoke last, of a known country
            countries = {t for _title, _rel, t in mentions.titles.get(ent.id, ())
                         if t and mentions.entities.get(t) is not None and mentions.entities[t].type == "Country"}
            if len(countries) == 1:
                return mentions.entities[countries.pop()]
        return None  # the last subject is someone else
    return None


LOCAL_TITLES = frozenset({"mayor", "governor", "gov.", "gov", "chief minister"})
_SUBDIVISION_NOUNS = frozenset({"district", "neighbourhood", "neighborhood", "suburb",
                                "quarter", "village"})


def local_place(doc: Doc, mentions: Mentions, hit) -> Entity | None:
    """"In Kyiv's X district, a missile hit ..., Mayor Y said", "Saratov Gov. Y": a mayor
    or governor with no place in the title leads the city (a mayor) or place (a
    governor) named last before the title in the sentence; a district is skipped for a
    mayor ("Kyiv's X district": the mayor is Kyiv's)."""
    gaz = load_gazetteer()
    mayor = hit.title.lower() == "mayor"
    start = hit.token.i - len(hit.title.split())
    if start >= hit.token.sent.start and doc[start].is_title and mentions.mention_at(doc[start]) is None:
        # "Saratov Gov. X" at a sentence start, untagged: the place the article names elsewhere
        known = mentions.entities.get(slug(doc[start].text))
        if known is not None and known.type in ("Location", "Organization") \
                and known.id not in gaz.orgs:
            return known
    for tok in reversed(doc[hit.token.sent.start:hit.token.i]):
        mention = mentions.mention_at(tok)
        if mention is None or mention.by_coref or len(mention.entities) != 1 \
                or tok.i != mention.span.end - 1:
            continue
        ent = mention.entities[0]
        known = gaz.lookup(mention.span.text)
        if known is not None and known[0] == "capital":
            return mentions.entity(slug(known[1]), known[1], "Location")
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if ent.type == "Organization" and ent.id not in gaz.orgs \
                and tok.i == hit.token.i - len(hit.title.split()):
            return ent  # "Saratov Gov. X": the tagger took the region's name for a body
        if ent.type == "Location" and not (mayor and nxt is not None
                                           and nxt.lower_ in _SUBDIVISION_NOUNS):
            return ent
    return None


_SPEECH_VERBS = frozenset({"say", "tell", "warn", "announce", "add", "state", "declare",
                           "insist", "vow", "write", "stress", "pledge", "promise", "call"})


def spoken_for_country(mentions: Mentions, title_end: Token) -> Entity | None:
    """"Israel ... went further. Prime Minister X said Israel would act alone": a
    national title with no country, whose holder says what a country will do, where
    that country was also the subject just before, speaks for it.

    Both cues are required: a speaker often says what another country did ("President
    X said Russia would pay"), and the sentence before often names another country;
    unless that sentence is a short lead-in about the country alone ("Seoul reacted
    angrily. Trade Minister X said ...", :func:`_lead_in_country`).
    """
    tok = title_end
    while tok.dep_ in ("compound", "flat", "appos") and tok.head is not tok:
        tok = tok.head
    if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in _SPEECH_VERBS:
        return None
    lead = _lead_in_country(mentions, title_end)
    if lead is not None:
        return lead
    said = None
    for clause in (c for c in tok.head.children if c.dep_ == "ccomp"):
        for subj in (s for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")):
            ent = mentions.entity_at(subj)
            if ent is not None and ent.type == "Country":
                said = ent
    if said is None:
        return None
    before = recent_speaker_country(mentions, title_end, previous_only=True)
    return said if before is not None and before.id == said.id else None


def _lead_in_country(mentions: Mentions, title_end: Token) -> Entity | None:
    """"Seoul reacted angrily. Trade Minister X called the measures ...": a short sentence
    (eight words at most) that names one country, as its subject, and nothing else
    introduces the speaker of the next one (a longer sentence may be about what the
    country did to someone else)."""
    sent = title_end.sent
    if sent.start == 0:
        return None
    prev = title_end.doc[sent.start - 1].sent
    if len(prev) > 8:
        return None
    named = {e.id for m in mentions.mention_list if prev.start <= m.span.start < prev.end
             for e in m.entities}
    before = recent_speaker_country(mentions, title_end, previous_only=True)
    return before if before is not None and named == {before.id} else None


def described_holder(doc: Doc, mentions: Mentions, hit) -> Entity | None:
    """The country a description just before the title names: "his Qatari
    counterpart, Prime Minister X" (Qatar); "Ukraine, whose president, X" (Ukraine)."""
    i = hit.token.i
    while i > hit.token.sent.start and doc[i - 1].is_title and mentions.entity_at(doc[i - 1]) is None:
        i -= 1  # back to the first word of the title
    if i >= 3 and doc[i - 1].text == "," and doc[i - 2].lower_ == "counterpart":
        for child in doc[i - 2].children:
            ent = named_entity(mentions, child, ("Country",))
            if child.dep_ in ("amod", "compound") and ent is not None:
                return ent
    return None


_BODY_WORDS = frozenset({"ministry", "police", "army", "military", "navy", "commission",
                         "council", "party", "agency", "department", "office", "court",
                         "parliament", "embassy", "government", "house"})


#: Words between a body word and the name: a spokesman's own title and military ranks
#: ("army spokesman Major General X", "Police spokesman Inspector X").
_RANK_WORDS = frozenset({"spokesman", "spokeswoman", "spokesperson", "major", "general",
                         "gen.", "gen", "brigadier", "brig.", "brig", "lieutenant", "lt.",
                         "colonel", "col.", "captain", "capt.", "admiral", "adm.", "rear",
                         "vice", "commander", "cmdr.", "sergeant", "sgt.", "inspector",
                         "superintendent", "chief", "air", "marshal", "-", "."})
#: Body words that name one standing force of a country: the article's earlier "Sudan's
#: military" or "the Thai army" is still the referent paragraphs later.
_FORCE_WORDS = frozenset({"army", "military", "navy", "police"})
#: News calls one country's land forces "the army" and "the military" alike.
_SAME_FORCE = {"army": ("army", "military"), "military": ("army", "military")}


def named_body(doc: Doc, mentions: Mentions, hit) -> Entity | None:
    """"China's Ministry of Commerce ... Ministry spokesperson X", "the Tanzania Police
    Force ... Police spokesman X": a title after a bare body word belongs to the
    organisation of that kind the text named last (this sentence or the two before;
    "House Speaker X": the "House of ..." named anywhere before).

    "The Thai army said ... army spokesman Major General X": ranks may stand between the
    body word and the name, and a force ("army", "military", "navy", "police") is the one
    the article named last anywhere before, as its own organisation ("Thai Army") or as
    its country's word ("Sudan's military", which stands for Sudan).
    """
    words = hit.title.split()
    i = hit.token.i - len(words)
    if words[0] in _FORCE_WORDS and len(words) > 1:
        i += 1  # the title "military spokesman" holds its own body word
    floor = hit.token.sent.start
    if floor >= 2 and doc[floor - 1].text == "." and doc[floor - 2].lower_ in _RANK_WORDS:
        floor = doc[floor - 1].sent.start  # "Army spokesman Brig. | Gen. X": a split at a rank
    while i > floor and doc[i].lower_ in _RANK_WORDS \
            and doc[i].lower_ not in _BODY_WORDS:
        i -= 1  # "army spokesman Brig. Gen. X": back over the ranks to the body word
    if i < 0 or doc[i].lower_ not in _BODY_WORDS:
        return None
    own = mentions.mention_at(doc[i])
    if own is not None and own.entities[0].label.lower() != doc[i].lower_:
        return None  # a named body ("Ruritania Police spokesman X") is the title's own
    word = doc[i].lower_
    first = hit.token.sent.start
    for _ in range(2):
        if first > 0:
            first = doc[first - 1].sent.start
    if word in _FORCE_WORDS or word == "house":
        first = 0
    for mention in sorted(mentions.mention_list, key=lambda m: -m.span.start):
        if not first <= mention.span.start < i or mention.by_coref:
            continue
        ent = mention.entities[0]
        if word == "house":
            # "the United States House of Representatives ... House Speaker X": a chamber
            # of a parliament named anywhere before (not the White House)
            if ent.type == "Organization" and "house of" in ent.label.lower():
                return ent
            continue
        if ent.type == "Organization" and word in ent.label.lower().split():
            return ent
        if ent.type in ("Organization", "Group") and any(
                c.dep_ == "appos" and c.lemma_.lower() == word for c in mention.span.root.children):
            return ent  # "Lista Nova, the main party of ... Party leader X said"
        if word in _FORCE_WORDS and ent.type == "Country" and len(mention.entities) == 1 \
                and mention.span.root.lower_ in _SAME_FORCE.get(word, (word,)):
            return ent  # "Sudan's military said ...": the force stands for its country
    return None


def seat_owner(doc: Doc, mentions: Mentions, hit) -> Entity | None:
    """"Kremlin aide X", "White House spokeswoman Y": a seat of government right before
    the title stands for its country, also before the aide's lowercase field ("Kremlin
    foreign policy aide X")."""
    i = hit.token.i - len(hit.title.split())
    floor = max(hit.token.sent.start, i - 3)
    while i > floor and doc[i].is_lower and doc[i].pos_ in ("ADJ", "NOUN") \
            and mentions.mention_at(doc[i]) is None:
        i -= 1
    mention = mentions.mention_at(doc[i]) if i >= 0 else None
    if mention is None or mention.by_coref or mention.kind not in ("seat", "metonym"):
        return None
    return seat_country(mentions, mention)


def seat_country(mentions: Mentions, mention) -> Entity | None:
    """The country a seat of government stands for ("the Kremlin": Russia), whether the
    mention was read as the actor or as the place."""
    ent = mention.entities[0]
    iso3 = ent.id if ent.type == "Country" else mentions.place_country.get(ent.id)
    record = load_gazetteer().countries.get(iso3) if iso3 else None
    return mentions.entity(iso3, record.label, "Country") if record else None


def shared_title_country(doc: Doc, mentions: Mentions, hit,
                          hits: list) -> Entity | None:
    """"Nigerian President A and Foreign Minister B": a title right after another
    titled person and "and" shares that person's country."""
    i = hit.token.i
    while i > hit.token.sent.start and doc[i - 1].is_title and mentions.entity_at(doc[i - 1]) is None:
        i -= 1  # back to the first word of the title
    if i < 2 or doc[i - 1].lower_ != "and":
        return None
    prev = mentions.entity_at(doc[i - 2])
    if prev is None or prev.type != "Person":
        return None
    for other in hits:
        if other.person.id == prev.id and other.rule == "title" and other.target is not None \
                and other.target.type == "Country" and other.token.sent == hit.token.sent:
            return other.target
    return None


#: National titles besides heads and ministers that news leaves unmarked for the
#: reporting country's own officials ("National Security Adviser X").
HOME_TITLES = frozenset({"national security adviser", "national security advisor",
                         "foreign secretary", "home secretary", "defence secretary",
                         "defense secretary", "trade secretary", "treasury secretary",
                         "foreign affairs secretary", "finance secretary", "interior secretary",
                         "justice secretary", "energy secretary", "health secretary",
                         "commerce secretary", "attorney general"})


def home_country(hits: list, mentions: Mentions | None = None) -> Entity | None:
    """The article's own side: the one country its unmarked titles stand for.

    Reporters name the country of a foreign official ("Chinese President X") and leave
    their own side's out ("Prime Minister Y", "Foreign Secretary Z"). When every
    official the article titles without a country and the office-holders dictionary
    places (rule ``title-known``) is of one country, that country is the home of the
    other unmarked national titles. Two such countries ("President A" and "President
    B" both known, of two countries) give no home. With ``mentions``, an article whose
    dictionary places no unmarked official takes the country its lead sentence is about
    (:func:`lead_country`).
    """
    found = {h.target.id: h.target for h in hits if h.rule == "title-known"
             and h.target is not None and h.target.type == "Country"}
    if not found and mentions is not None:
        return lead_country(mentions, hits)
    return next(iter(found.values())) if len(found) == 1 else None


def lead_country(mentions: Mentions, hits: list) -> Entity | None:
    """"Ruritanian Prime Minister X has accused Yland of ...": the country whose head of
    state or government, titled with the country's name, is the subject of the article's
    first sentence. The story is told from that side, and its later officials go
    unmarked ("Defence Minister Y said ..."); a lead whose subject is someone else
    ("Yland rejected allegations by Ruritanian Prime Minister X") gives none."""
    for hit in hits:
        if hit.rule != "title" or hit.target is None or hit.target.type != "Country" \
                or hit.relation != "leaderOf" or hit.title.lower() not in HEAD_TITLES:
            continue
        sent = hit.token.sent
        if sent.start == 0 and any(c.dep_ == "nsubj" and getattr(mentions.entity_at(c), "id", None) == hit.person.id
                                   for c in sent.root.children):
            return hit.target
    return None


def last_named_org(mentions: Mentions, noun: Token) -> Entity | None:
    """"X, who heads the mission": the organisation named last before ``noun`` (in the
    article) whose own name has that noun ("the UN Mission in Ruritania"), when no other
    organisation of that kind was named in between."""
    word = noun.lemma_.lower()
    for mention in sorted(mentions.mention_list, key=lambda m: -m.span.start):
        if mention.span.start >= noun.i or mention.by_coref or len(mention.entities) != 1:
            continue
        ent = mention.entities[0]
        if ent.type in ("Organization", "Group") and word in \
                {w.lower() for w in (mention.span.text + " " + ent.label).split()}:
            return ent
    return None


#: Words before a title that make it an armed group's ("a rebel spokesman").
_ARMED_TITLE_WORDS = frozenset({"rebel", "militant", "insurgent", "guerrilla", "militia"})


def armed_group_before(doc: Doc, mentions: Mentions, hit) -> Entity | None:
    """"The M23 took the town. A rebel spokesman, Major X, said": a rebel's or a
    militant's title names the armed group the article named last before it (by its
    own name: no common-noun group, no coreference)."""
    i = hit.token.i - len(hit.title.split())
    if i < 0 or doc[i].lower_ not in _ARMED_TITLE_WORDS:
        return None
    if not any(mentions.entity_at(t) is hit.person for t in doc[hit.token.i + 1:hit.token.i + 6]):
        return None  # the title's own name follows it ("... spokesman, Major X,"), no other
    for mention in sorted(mentions.mention_list, key=lambda m: -m.span.start):
        if mention.span.start >= i or mention.by_coref or mention.kind == "group" \
                or len(mention.entities) != 1:
            continue
        if mention.entities[0].type == "Group" and mention.entities[0].id != "the_West":
            return mention.entities[0]
    return None


def body_by_head(mentions: Mentions, word: str) -> Entity | None:
    """"Coalition spokesman X", "a member of the coalition" in an article that names one
    "Saudi-led coalition": the one organisation or group of the article whose name of two
    words or more ends in the body noun ``word`` (two of them: no guess)."""
    named = [e for e in mentions.entities.values() if e.type in ("Organization", "Group")
             and " " in e.label and e.label.split()[-1].lower() == word]
    return named[0] if len(named) == 1 else None
