"""Static facts: leaderOf / memberOf from titles and roles, locatedIn from place chains.

``static_facts(doc, mentions, article) -> list[Fact]`` is called by
:func:`kg.resolve.resolve` (its result is ``mentions.static_facts``); the
extractor adds those facts to its own. Rules (the ``rule`` field of each fact):

- ``title``: a title before a name: "Peruvian Foreign Minister Ana Soto",
  "U.S. President John Doe", "ELN Commander Luis Vega", "Peru's top
  diplomat Ana Soto", "Secretary of State Jane Roe" (a title that implies its
  body, titles.csv ``implies``, unless another country is in focus), "President
  Ana Soto of Peru", "Minister for Fisheries Ana Soto" (a portfolio after "of" /
  "for"); an envoy ("Peru's NATO envoy X") belongs to the country that sends them;
  "his Irish counterpart X" holds the office of the person "his" stands for; a local
  head's title after a city or province leads that place, not its country ("Kyiv Mayor
  X", "Ontario Premier Y"); a long body after the title's "of" ("General Secretary of
  the Communist Party of Ruritania Central Committee X"); a portfolio after "for" the
  NER took for an organisation is no body ("Commissioner for Crisis Management X"); a
  rank between the office and the name is no part of the title ("Armed Forces chief
  General X" leads the Armed Forces); a United States sub-cabinet title names its
  country by itself ("Under Secretary of Defense for Policy X", titles.csv ``implies``).
- ``appos``: a title in apposition: "Ana Soto, director of the Lima Policy
  Institute", "Li Wen, a lecturer ... at Wuhan University", "Peru's
  foreign minister, Ana Soto", "the chair of the X Board, Y," (also when the parser
  missed the apposition), "their foreign ministers, A and B" (respectively, with the
  clause's subjects), "the foreign ministers of A and B, X and Y" (respectively, as many
  people as countries); a singular apposition after "X and Y" is only Y's; a
  capitalised title the NER took for an organisation ("the Emergency Relief Coordinator,
  X") names no body; "the President of the Republic, Mr. X" (a title whose own words
  end the phrase names no body); a title after X's comma that is followed by ", Mr. Y" is
  Y's, not X's; a portfolio the NER took for an organisation after "Minister of" is no body;
  letters after the name are skipped ("The Hon X MP, Deputy Prime Minister"); an envoy
  belongs to whoever sends them ("X, the UN secretary-general's special representative
  for Ruritania": the UN; "X, President Y's envoy for Z": the country Y leads; "the
  Secretary-General ... his Special Representative, X": the body Y leads), never to
  the place after "for" / "to"; "X, assistant secretary of state for Y affairs" (the
  United States); "A and his Ruritanian counterpart, B" (B leads Ruritania when A leads
  his country); "X, head of the Xville-based think tank Acme.org" (a name the NER left
  untagged after a kind of organisation); "X, a senior figure in the Y party" (a member
  of a party or movement, never of a country); "... over X, a government spokesman in Y
  said" is the speaker, not X's apposition.
- ``title-place`` / ``title-description`` / ``title-focal``: a national title with no
  country named takes the capital the sentence is set in ("In Lima, Prime Minister
  X"), else a later "the Peruvian leader" no titled person leads, else the article's
  focal country (:mod:`kg.resolve.focus`: the issuing government of a press release,
  the dateline country, a clearly dominant country; not when a national outlet's own
  country is the article's home side, below: an Australian agency's report filed from
  Beijing leaves Australia's ministers unmarked); ``title-speaker``: a bare
  "Spokesman X" speaks for the body or country that was the subject just before.
- for a title with no body named: ``title-seat`` ("Kremlin aide X"), ``title-body``
  ("Ministry spokesperson X" after "Ruritania's Ministry of Trade": that ministry;
  "House Speaker X" after "the Ruritanian House of Representatives": that House),
  ``title-local`` ("In Xville's Y district ..., Mayor X said": Xville; "Xland Gov. X"),
  ``title-described`` ("his Ruritanian counterpart, Prime Minister X"),
  ``title-shared`` ("Ruritanian President A and Foreign Minister B"), ``title-speaker``
  also for "Ruritania's Foreign Ministry ... said Foreign Minister X" and for "Ruritania
  went further. Prime Minister X said Ruritania would ..." (both cues needed); ``appos``
  also for "Ruritania, whose president, X,"; ``sworn``: "X, who was sworn in as
  president" (the body in the title, else the one country its sentence names).
- ``title-known``: a title with no body named in the text, for a person the office-holders
  dictionary (:mod:`kg.resolve.officeholders`) knows in an office that fits the title at
  the article date: "Prime Minister X's office said" -> X leaderOf X's country; the office
  decides the relation ("Chancellor X" of the UK's exchequer is memberOf). It comes after
  the rules that read the body off the text (seat, body, local, described, shared) and
  before the guesses from context (speaker, place, focal); a guess that puts a person the
  dictionary knows in another country gives way to the dictionary, or to nothing.
- the clause rules below (``led-by``, ``heads``, ``government-of``) live in
  :mod:`kg.resolve.role_clauses`.
- ``title-home``: a national title with no country named anywhere, in an article whose
  officials the dictionary places (``title-known``) all in one country: that country, the
  article's own side ("Prime Minister X ... Foreign Secretary Y"; see
  :func:`kg.resolve.title_context.home_country`); with no official the dictionary places,
  the country whose titled leader is the subject of the first sentence ("Ruritanian Prime
  Minister X has accused Yland ... Defence Minister Z said"), unless the title's sentence
  names a country before it or the sentence before names another country; never for a
  title another person holds there.
- ``title-coref``: "the group's founder X": a description coreference resolved owns the
  title.
- ``led-by``: "the Chilean team was headed by Prime Minister X", "the militia,
  commanded by X", "the Board, represented by Commissioner X" (memberOf), "the war
  between the army, led by General X, and ..." (the noun before the comma); the head of
  a country's delegation or side is a member of it unless their title leads the country
  ("headed by Deputy Foreign Minister X" -> memberOf);
  ``government-of``: "the regime of X", "X's government", "the leadership of X" (the
  country the dictionary knows X heading on the article date; not a government the
  sentence ends: "the coup that ousted the government of X");
  ``heads``: "X, who heads NATO", "X leads the party", "X, who heads the mission" (the
  mission named last), "Emir X headed Ruritania's delegation" (X's title decides).
- a military rank with a country ("Ruritania's General X") is a membership, a lead when
  the dictionary knows X as that country's head at the article date (a junta leader);
  a general's rank with no country named ("Senior Gen. X") takes the country the
  dictionary knows X leading or commanding the forces of (``title-known``).
- ``affiliation``: a name with no title owned by a country ("Ruritania's X", "X of
  Ruritania"; :func:`kg.resolve.role_clauses.bare_affiliation`).
- ``body``, ``part-of-org``, ``joined``, ``party``: organisation memberships
  (:mod:`kg.resolve.memberships`).
- locatedIn from place chains: :mod:`kg.resolve.places` ("Rancho Mirage, Calif.",
  "Lima, the capital of Peru", "the International Criminal Court in The Hague").
Titles preceded by "former", "ex-", "late", "ousted" or "opposition" give no fact (but
"Opposition Labour leader X" leads the party named before "leader"), and
a leader of X gets leaderOf only, never also memberOf X. A title that heads one arm of a
state ("Kenyan police chief X", "the intelligence director") with a country as its body
is memberOf that country, not leaderOf it, unless the article names that arm ("the
Pakistani Army"): then the holder leads the arm ("Pakistan's army chief X", also
``title-body`` for a bare "Army chief X" in an article with one army, and for "Coalition
spokesman X" in an article that names one "... coalition", before or after); a parliament
speaker leads the parliament ("Ruritania's parliament speaker X": the Parliament of Ruritania). A country's "high
commissioner" is its envoy (memberOf), and participles inside a title ("acting Prime
Minister X") keep it.

The title readers live beside this module, by what each reads: the words before a name
in :mod:`kg.extract.title_before`, apposition and "sworn in as" in
:mod:`kg.extract.title_after`, their shared closed word sets in :mod:`kg.extract.title_words`;
this module finds the bodies no reader named and turns hits into facts.
"""
from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Token

from kg.extract.title_after import appositive, sworn_in
from kg.extract.title_before import prenominal
from kg.extract.title_words import BODY_WORDS as _BODY_WORDS
from kg.extract.title_words import ENVOYS as _ENVOYS
from kg.extract.title_words import MOVEMENT_TITLES as _MOVEMENT_TITLES
from kg.extract.title_words import RANK_TITLES as _RANK_TITLES
from kg.extract.title_words import SECTOR_WORDS as _SECTOR_WORDS
from kg.resolve.coref_base import _in_quote
from kg.resolve.coref_government import _junta_country
from kg.resolve.focus import cached_focal, focal_country, issuer_country, source_country
from kg.resolve.gazetteer import load_gazetteer
from kg.resolve.memberships import PORTFOLIOS, membership_facts
from kg.resolve.mentions import Mentions
from kg.resolve.officeholders import contradicts_dictionary, dictionary_target, person_holdings
from kg.resolve.places import make_fact, place_facts
from kg.resolve.role_clauses import (NOT_CURRENT, TitleHit, bare_affiliation, government_of,
                                     heads, institution, institution_words, led_by,
                                     owned_institution, title_heads, whose_title)
from kg.resolve.title_context import (HEAD_TITLES as _HEAD_TITLES, LOCAL_TITLES, body_by_head,
                                      armed_group_before, country_nearby, described_holder,
                                      described_leaders, local_place,
                                      named_body, recent_speaker_country, seat_owner,
                                      home_country, HOME_TITLES,
                                      sentence_place_country, shared_title_country,
                                      spoken_for_country)
from kg.types import Article, Entity, Fact

__all__ = ["static_facts", "record_titles", "TitleHit", "focal_country"]

#: Countries whose ministers are titled "<Portfolio> Secretary" ("Foreign Secretary",
#: "Defense Secretary").
_SECRETARY_COUNTRIES = frozenset({"USA", "GBR", "PHL", "IND", "PAK", "BGD", "LKA", "NPL", "KEN"})
#: Countries whose cabinet has secretaries, no ministers: a guessed "Minister X" is not theirs.
_NO_MINISTERS = frozenset({"USA", "PHL"})
_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
_NATIONAL_BODIES = frozenset({"ministry", "government", "cabinet", "presidency"})

# hits whose body the office-holders dictionary may supply ("Prime Minister X" alone)
_DICTIONARY_RULES = frozenset({"title", "appos", "sworn"})
# rules that guess the body from context: the dictionary overrules them when it knows
# the person in another country or body at the article date
_GUESSED_RULES = frozenset({"title-focal", "title-place", "title-speaker", "title-description",
                            "title-home", "title-clause"})


def _sector_title(hit: TitleHit) -> bool:
    """"Kenyan police chief X", "Haiti's intelligence director, X", "the Ruritanian spy
    chief X": a title that heads one arm of a state (its first word, or a noun
    compounded to it, names the arm). With a country as its body, the holder is a
    member of the country, not its leader."""
    if hit.title.split()[0] in _SECTOR_WORDS or _arm_after(hit.token) is not None:
        return True  # (also "the head of the armed forces, X")
    tok = hit.token
    # only those arms: a "junta leader" or "coup leader" does lead the country
    return any(c.dep_ == "compound" and c.i == tok.i - 1 and c.lower_ in _SECTOR_WORDS
               for c in tok.lefts)


def _arm_after(tok: Token) -> str | None:
    """"the head of the armed forces", "the commander of the army": the arm of a state
    (a key of _ARM_NAMES) an unnamed "of" phrase after a title names, else None."""
    obj = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children if p.dep_ == "pobj"), None)
    if obj is None or obj.ent_type_ or not obj.is_lower:
        return None
    if obj.lemma_ == "force" and any(c.lower_ == "armed" for c in obj.lefts):
        return "military"
    return obj.lower_ if obj.lower_ in _ARM_NAMES and obj.lower_ not in ("parliament",) else None


#: Portfolio words before "chief": the head of one policy area of a body ("trade chief").
_PORTFOLIO_CHIEFS = frozenset({"trade", "policy", "energy", "climate", "economy", "economic",
                               "finance", "health", "migration", "competition", "digital",
                               "diplomacy", "nuclear", "aid", "humanitarian", "enlargement",
                               "rights", "refugee", "refugees", "food", "development", "relief"})
#: Words of the names of a state's arms, by the sector word of a title ("army chief"),
#: the likeliest name first.
_ARM_NAMES = {"army": ("army", "armed forces"), "military": ("armed forces", "army", "military"),
              "navy": ("navy",), "police": ("police",), "intelligence": ("intelligence",),
              "spy": ("intelligence",), "border": ("border",), "customs": ("customs",),
              "parliament": ("parliament", "national assembly")}


def _arm_body(mentions: Mentions, hit: TitleHit, country: str | None = None) -> Entity | None:
    """"Pakistan's army chief X" in an article that names "the Pakistani Army": the arm
    of ``country`` (default: the hit's) the title's sector word names, when exactly one
    organisation of that country has it in its name (its country from the resolver, else
    its first word: "Sudanese Army"). With ``country`` "*", the one arm of any country the
    article names ("Army chief X" in a story about the Sudanese Army)."""
    country = country or hit.target.id
    words = hit.title.lower().split()
    arm = words[0] if words[0] in _ARM_NAMES else next(
        (c.lower_ for c in hit.token.lefts if c.dep_ == "compound" and c.i == hit.token.i - 1
         and c.lower_ in _ARM_NAMES), None) or _arm_after(hit.token)
    if arm is None:
        return None
    gaz = load_gazetteer()
    owned = []
    for ent in mentions.entities.values():
        if ent.type != "Organization" or ent.id == country:
            continue
        owner = mentions.org_country.get(ent.id)
        if owner is None:
            first = gaz.lookup(ent.label.split()[0]) or ("", None)
            owner = first[1] if first[0] in ("country", "demonym") else None
        if owner is not None and country in (owner, "*"):
            owned.append(ent)
    for name in _ARM_NAMES[arm]:
        named = [e for e in owned if f" {name} " in f" {e.label.lower()} "]
        if named:
            return named[0] if len(named) == 1 else None
    return None


def _institution(mentions: Mentions, hit: TitleHit) -> Entity | None:
    """"Ruritania's parliament speaker, X", "the Ruritanian central bank governor X" (the
    hit's country before the title), "X, the speaker of Ruritania's parliament", "the
    governor of the Ruritanian central bank, X" (the country that owns the noun after
    "of"): the country's institution by its generic name ("Parliament of Ruritania",
    "Central Bank of Ruritania"), which the holder leads."""
    tok = hit.token
    doc = tok.doc
    country = hit.target if hit.target is not None and hit.target.type == "Country" else None
    name = "parliament" if hit.title.split()[0] == "parliament" else \
        institution_words([t for t in doc[max(tok.sent.start, tok.i - 2):tok.i]
                            if t.dep_ in ("compound", "amod") and t.head.i in (tok.i, tok.i - 1)])
    if name is None and country is None:
        obj = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj"), None)
        if obj is None:
            return None
        if obj.lower_ == "parliament" and not any(c.dep_ in ("poss", "amod", "compound")
                                                  for c in obj.children):
            # "the speaker of parliament, X": the parliament of the country the article is about
            focal = cached_focal(doc, mentions)
            return institution(mentions, "parliament", focal) if focal is not None else None
        return owned_institution(mentions, obj)
    return institution(mentions, name, country) if name and country is not None else None


def _nearby_countries(mentions: Mentions, title_end: Token) -> set[str]:
    """Ids of the countries named in the eight words before a title (see
    :func:`kg.resolve.title_context.country_nearby`)."""
    doc = title_end.doc
    found = set()
    for tok in doc[max(title_end.sent.start, title_end.i - 8):title_end.i]:
        ent = mentions.entity_at(tok)
        if ent is not None and ent.type == "Country":
            found.add(ent.id)
    return found


def _headed_body(doc: Doc, mentions: Mentions, hit: TitleHit) -> Entity | None:
    """The body word right before a title ("Coalition spokesman X"), untagged, names the
    one organisation of the article whose name ends in it ("Saudi-led coalition"); "junta
    spokesman X" is the country under military rule the article named."""
    i = hit.token.i - len(hit.title.split())
    if i >= 0 and doc[i].lower_ == "junta" and mentions.entity_at(doc[i]) is None:
        # "junta spokesman X": the country last named as under military rule, else the one the
        # sentence is set in ("In Naypyidaw, junta spokesman X said")
        return next(iter(_junta_country(doc[i], mentions)), None) or sentence_place_country(mentions, hit.token)
    if i < 0 or doc[i].lower_ not in _BODY_WORDS or mentions.entity_at(doc[i]) is not None:
        return None
    return body_by_head(mentions, doc[i].lower_)


def record_titles(doc: Doc, mentions: Mentions) -> list[TitleHit]:
    """Find every person-title pair and store it in ``mentions.titles``."""
    hits: list[TitleHit] = []
    for mention in list(mentions.mention_list):
        if mention.by_coref or mention.entities[0].type != "Person":
            continue
        person = mention.entities[0]
        before = prenominal(doc, mentions, mention.span, person)
        found = [before,
                 *appositive(doc, mentions, mention.span, person),
                 led_by(mentions, mention.span, person, before),
                 whose_title(doc, mentions, mention.span, person),
                 sworn_in(mentions, mention.span, person),
                 heads(mentions, mention.span, person, before),
                 government_of(mentions, mention.span, person)]
        for hit in found:
            if hit is None:
                continue
            hits.append(hit)
            record = (hit.title, hit.relation, hit.target.id if hit.target else None)
            if record not in mentions.titles.setdefault(person.id, []):
                mentions.titles[person.id].append(record)
            if hit.title not in mention.titles:
                mention.titles.append(hit.title)
    return hits


def _national_title(hit: TitleHit, mentions: Mentions | None = None) -> bool:
    """Titles that only a national government gives: heads of state or government,
    ministers, secretaries of a portfolio ("foreign secretary")."""
    title = hit.title.lower()
    if title in _HEAD_TITLES or "minister" in title.replace("-", " ").split() or title.endswith("of the republic") \
            or title.startswith("national security") or _arm_after(hit.token) is not None:
        # (a national office "of the republic": "president of the republic"; "the head of
        # the armed forces": only a state has them)
        return True
    words = title.split()
    if len(words) == 2 and words[1] == "secretary" and (words[0] in PORTFOLIOS or words[0] == "cabinet"):
        # "Foreign Secretary X": a national title of only a few countries (the UK, the US,
        # the Philippines): only a government's own press release says whose
        # (or an article about one of those countries: "MANILA — ... Foreign Secretary X")
        if mentions is None:
            return False
        focal = cached_focal(hit.token.doc, mentions)
        return issuer_country(mentions.article) is not None or \
            focal is not None and focal.id in _SECRETARY_COUNTRIES
    # "Foreign Ministry spokesman X", "government spokeswoman X": a national body's official
    doc = hit.token.doc
    before = doc[max(hit.token.sent.start, hit.token.i - 3):hit.token.i + 1]
    return any(t.lemma_.lower() in _NATIONAL_BODIES for t in before)


def _description_hits(doc: Doc, mentions: Mentions, hits: list[TitleHit]) -> list[TitleHit]:
    """"Pashinyan informed the President of Russia about ...", "the Russian foreign minister
    noted": a titled description that coreference resolved to a person says the person holds
    that title of the country it names (only for people no title of the text ties to one)."""
    titles = load_gazetteer().titles
    tied = {h.person.id for h in hits if h.target is not None}
    found: dict[tuple, TitleHit] = {}
    for mention in mentions:
        if mention.kind != "description" or len(mention.entities) != 1 or mention.entities[0].type != "Person":
            continue
        person, head = mention.entities[0], mention.span.root
        if person.id in tied or head.pos_ not in ("NOUN", "PROPN") or head.dep_ == "poss" \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            continue
        words = [c.lower_ for c in head.lefts if c.dep_ == "compound" and mentions.entity_at(c) is None]
        title = " ".join(words + [head.lower_])
        title = title if title in titles else head.lower_
        if title not in titles:
            continue
        owners = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj"] + [c for c in head.lefts if c.dep_ in ("amod", "compound", "poss")]
        country = next((e for t in owners for e in [mentions.entity_at(t)] if e is not None and e.type == "Country"),
                       None)
        if country is not None:
            found.setdefault((person.id, country.id), TitleHit(person, title, titles[title], country, head,
                                                               "title-description"))
    return list(found.values())


def _posted(hit: TitleHit) -> bool:
    """An envoy's title: a ministry speaking of "Ambassador X" (summoned, expelled) speaks of
    another state's envoy as often as of its own."""
    return hit.title.lower().split()[-1] in ("ambassador", "envoy", "affaires", "consul")


def _titled_elsewhere(mentions: Mentions, hit: TitleHit) -> bool:
    """Whether the article already places the person by a title: not by another title for an
    international body they hold besides ("Foreign Minister X, who also holds the rotating
    chairmanship of the OSCE": still a national minister)."""
    for title, _, target in mentions.titles.get(hit.person.id, ()):
        if not target:
            continue
        ent = mentions.entities.get(target)
        if title.lower() != hit.title.lower() and ent is not None and ent.type == "Organization" \
                and target not in mentions.org_country and target not in mentions.parties:
            continue
        return True
    return False


def static_facts(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """All leaderOf / memberOf / locatedIn facts of an article (see module docstring).

    One fact per (subject, relation, object): the first sentence that states it.
    """
    facts: list[Fact] = []
    pending: list[TitleHit] = []  # hits no rule found a body for, yet
    guessed: list[TitleHit] = []  # national titles left to the article's focal country
    focal = None
    hits = record_titles(doc, mentions)
    hits += _description_hits(doc, mentions, hits)
    described_leaders(doc, mentions, hits)
    for hit in hits:
        if hit.target is None and hit.rule == "title":
            seat = seat_owner(doc, mentions, hit)
            if seat is not None:
                hit.target, hit.rule = seat, "title-seat"
        if hit.target is None and hit.rule in ("title", "appos"):
            # also "a ministry spokesperson, X," in apposition
            body = named_body(doc, mentions, hit)
            if body is not None:
                hit.target, hit.rule = body, "title-body"
        if hit.target is None and hit.rule in ("title", "appos"):
            # "X, the speaker of Ruritania's parliament": the country's institution
            body = _institution(mentions, hit)
            if body is not None:
                hit.target, hit.rule = body, "title-body"
        if hit.target is None and hit.rule in ("title", "appos"):
            # "Coalition spokesman X" with the "Saudi-led coalition" named after it; "X, the
            # coalition spokesman"
            body = _headed_body(doc, mentions, hit)
            if body is not None:
                hit.target, hit.rule = body, "title-body"
        if hit.target is None and hit.rule in ("title", "appos"):
            # "A rebel spokesman, Major X, said" after the article named the M23
            group = armed_group_before(doc, mentions, hit)
            if group is not None:
                hit.target, hit.rule = group, "title-body"
        if hit.target is None and hit.rule in ("title", "appos") and _sector_title(hit) \
                and load_gazetteer().titles.get(hit.title) == "leaderOf":
            # "Army chief X" with no country named, in an article about one country's
            # army: that army
            arm = _arm_body(mentions, hit, "*")
            if arm is not None:
                hit.target, hit.relation, hit.rule = arm, "leaderOf", "title-body"
        if hit.target is None and hit.rule == "title" and _national_title(hit, mentions) \
                and not country_nearby(mentions, hit.token) \
                and not _titled_elsewhere(mentions, hit):
            # "In Tehran, government spokesman X said": the capital the sentence is set in
            # says more than whoever spoke last
            place = sentence_place_country(mentions, hit.token)
            if place is not None:
                hit.target, hit.rule = place, "title-place"
        if hit.target is None and hit.rule == "title" and hit.title.lower().split()[-1] in _SPOKES:
            # "Ruritania's interior ministry was silent. Spokesman X said ...": the body
            # that spoke just before
            body = recent_speaker_country(mentions, hit.token)
            if body is not None:
                hit.target, hit.rule = body, "title-speaker"
        if hit.target is None and hit.rule == "title" and hit.title.lower() in LOCAL_TITLES:
            hit.target = local_place(doc, mentions, hit)
            hit.rule = "title-local" if hit.target is not None else hit.rule
        if hit.target is None and hit.rule == "title":
            described = described_holder(doc, mentions, hit)
            if described is not None:
                hit.target, hit.rule = described, "title-described"
        if hit.target is None and hit.rule == "title":
            shared = shared_title_country(doc, mentions, hit, hits)
            if shared is not None:
                hit.target, hit.rule = shared, "title-shared"
        if hit.target is None and hit.rule in _DICTIONARY_RULES:
            # "Prime Minister X's office said": the person's office at the article date
            known = dictionary_target(mentions, hit)
            if known is not None:
                hit.target, hit.relation = known
                hit.rule = "title-known"
        if hit.target is None and hit.rule in ("title", "appos") and _national_title(hit, mentions) \
                and not _titled_elsewhere(mentions, hit) and not _posted(hit):
            # "Peru went further on Tuesday, when Foreign Minister X announced ...": the country
            # the clause the title's holder acts in hangs on
            governing = _governing_country(mentions, hit)
            if governing is not None:
                hit.target, hit.rule = governing, "title-clause"
        if hit.target is None and hit.rule == "title" and _national_title(hit, mentions) \
                and not _titled_elsewhere(mentions, hit):
            # "France's Foreign Ministry called for restraint and said Foreign Minister X
            # would travel": the body speaking in the same sentence is the minister's
            body = recent_speaker_country(mentions, hit.token, bodies_only=True) if not _posted(hit) else None
            if body is not None:
                hit.target, hit.rule = body, "title-speaker"
        if hit.target is None and hit.rule in ("title", "appos") and _national_title(hit, mentions) \
                and not _titled_elsewhere(mentions, hit):
            spoken = spoken_for_country(mentions, hit.token) if not _posted(hit) else None
            if spoken is not None:
                hit.target, hit.rule = spoken, "title-speaker"
        if hit.target is None and hit.rule in ("title", "appos") and _national_title(hit, mentions) \
                and not country_nearby(mentions, hit.token) \
                and not _titled_elsewhere(mentions, hit):
            # "In Ruritania's capital, President X said": the place the sentence is set in
            place = sentence_place_country(mentions, hit.token)
            if place is not None:
                hit.target, hit.rule = place, "title-place"
        if hit.target is None and hit.rule in ("title", "appos") and _national_title(hit, mentions) \
                and not _titled_elsewhere(mentions, hit) \
                and not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in hit.token.children):
            # "President X" with no country named: the article's own country, once every
            # hit had its turn (below); not "Its president, X" (a body's, unresolved)
            guessed.append(hit)
            continue
        if hit.target is None:
            pending.append(hit)
            continue
        fact = _hit_fact(mentions, article, hit)
        if fact is not None:
            facts.append(fact)
    home = home_country(hits) if pending or guessed else None
    for hit in guessed:
        # the article's focal country (also when only that country is named just before:
        # "the Kingdom of X under King Y") ...
        focal = focal if focal is not None else (focal_country(doc, mentions) or False)
        # ... unless the article already has another holder of that title there ("President
        # A of Ruritania ... President B said": B is someone else's president), or the
        # outlet's own country is the article's own side (home_country: the officials the
        # dictionary places, unmarked): an Australian agency's report filed from Beijing
        # leaves Australia's ministers unmarked ("Trade Minister X"), not China's
        taken = focal and _title_taken(hit, hits, focal)
        if focal and home is not None and home.id != focal.id \
                and source_country(article) == home.id:
            taken = True
        if focal and not taken \
                and (not country_nearby(mentions, hit.token)
                     or _nearby_countries(mentions, hit.token) == {focal.id}):
            hit.target, hit.rule = focal, "title-focal"
            fact = _hit_fact(mentions, article, hit)
            if fact is not None:
                facts.append(fact)
        else:
            pending.append(hit)
    led = bool(pending) and home is None
    if led:  # no official the dictionary places: the country of the lead's leader
        home = home_country(hits, mentions)
    for hit in pending if home is not None else ():
        # "Foreign Secretary X" in an article that titles Ruritania's prime minister
        # without naming Ruritania: the article's own side (see home_country); for the
        # guess from the lead, see _other_side_near
        spoken_in = sentence_place_country(mentions, hit.token, after=True) if hit.rule == "title" else None
        if spoken_in is not None and spoken_in.id != home.id and _national_title(hit):
            # "Intelligence Minister X told reporters in Xville": the capital the holder speaks
            # in says more than the article's other side
            hit.target, hit.rule = spoken_in, "title-place"
            fact = _hit_fact(mentions, article, hit)
            facts += [fact] if fact is not None else []
            continue
        if hit.rule in ("title", "appos") and (_national_title(hit) or hit.title.lower()
                                               in HOME_TITLES) \
                and not (led and _other_side_near(mentions, hit, home)) \
                and not _title_taken(hit, hits, home) \
                and not _titled_elsewhere(mentions, hit) \
                and not any(h.person.id == hit.person.id and h.target is not None for h in hits):
            hit.target, hit.rule = home, "title-home"
            fact = _hit_fact(mentions, article, hit)
            if fact is not None:
                facts.append(fact)
    facts += _bare_facts(doc, mentions, article)
    facts += membership_facts(doc, mentions, article)
    facts += _ministry_countries(mentions, facts)
    facts += place_facts(doc, mentions, article)
    out, seen = [], set()
    # a leader of X is not listed again as a member of X
    led = {(f.subject_id, f.object_id) for f in facts if f.predicate == "leaderOf"}
    for fact in facts:
        if fact.predicate == "locatedIn" and fact.subject_type in ("Person", "Group", "Topic"):
            continue  # people and peoples are not places: "the reporter in Lima", "Tutsi in Rwanda"
        key = (fact.subject_id, fact.predicate, fact.object_id)
        if fact.predicate == "memberOf" and (fact.subject_id, fact.object_id) in led:
            continue
        if key not in seen:
            seen.add(key)
            out.append(fact)
    return out


#: titles right before a name that lead the body after the name ("opposition leader X of the Y party")
_PARTY_HEADS = frozenset({"leader", "chairman", "chairwoman", "chairperson"})


def _bare_facts(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """``affiliation``: "Ruritania's Ana Soto", "Ana Soto of Ruritania" for a name no title
    stands before ("former Ruritanian minister Ana Soto of ..." is someone's past); "Council
    President Ana Soto (Ruritania)" whatever the title."""
    facts = []
    for mention in mentions.mention_list:
        if mention.by_coref or mention.entities[0].type != "Person":
            continue
        start, end = mention.span.start, mention.span.end
        bracket = end < len(doc) and doc[end].text == "("  # "President X (Ruritania)"
        led = start and doc[start - 1].lower_ in _PARTY_HEADS
        # ("opposition leader X of the Y party" leads the party, not the country)
        if any(t.lower_.strip("-") in NOT_CURRENT and not (led and t.lower_ == "opposition")
               for t in doc[max(0, start - 4):start]):
            continue
        if start and not bracket and not led and (
                doc[start - 1].lower_ in title_heads()
                or prenominal(doc, mentions, mention.span, mention.entities[0]) is not None):
            continue
        hit = bare_affiliation(mentions, mention.span, mention.entities[0])
        if hit is not None and led:
            # "opposition leader Nelson Chamisa of the Citizens Coalition for Change": the
            # leader of the body after "of" (a country there is the title's to settle)
            if hit.target.type == "Country" or hit.token.lower_ != "of":
                continue
            hit = dataclasses.replace(hit, relation="leaderOf")
        if hit is not None:
            facts.append(make_fact(article, hit.token, hit.person, hit.relation, hit.target,
                                   hit.rule, hit.title, 0.6))
    return facts


def _other_side_near(mentions: Mentions, hit: TitleHit, home: Entity) -> bool:
    """Whether the words around an unmarked title may point away from the lead's
    country: a country named before the title in its sentence, or another country named
    in the sentence before: "Yland's air force said it downed 30 drones. Defence Minister
    X said ...": X may well be Yland's."""
    if country_nearby(mentions, hit.token):
        return True
    sent = hit.token.sent
    first = hit.token.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return any(e.type == "Country" and e.id != home.id for m in mentions.mention_list
               if first <= m.span.start < hit.token.i for e in m.entities)


def _title_taken(hit: TitleHit, hits: list[TitleHit], country: Entity) -> bool:
    """Whether another person of the article holds ``hit``'s title in ``country``
    ("Ruritania's President A ... President B said": B is someone else's president)."""
    return any(h.person.id != hit.person.id and h.target is not None
               and h.target.id == country.id and h.relation == hit.relation
               and h.title.lower() == hit.title.lower() for h in hits)


#: Words naming a government department in an organisation's label.
_DEPARTMENT_WORDS = frozenset({"Department", "Ministry", "Pentagon", "Office", "Treasury"})


def _ministry_countries(mentions: Mentions, facts: list[Fact]) -> list[Fact]:
    """"Secretary of State X" is a member of the State Department and, through it, of the
    United States: a person in a national ministry is also a member of its country (the
    guidelines list either)."""
    out = []
    for fact in facts:
        if fact.predicate != "memberOf" or fact.subject_type != "Person" or fact.object_type != "Organization":
            continue
        body = mentions.entities.get(fact.object_id)
        if body is None or _DEPARTMENT_WORDS.isdisjoint(body.label.split()):
            continue
        country = mentions.country_of(body)
        if country is not None and country.type == "Country":
            out.append(dataclasses.replace(fact, predicate="memberOf", object=country.label,
                                           object_id=country.id, object_type="Country",
                                           rule=fact.rule + "-country", confidence=0.6))
    return out


#: titles of a body's secretary general
_SECRETARIES_GENERAL = frozenset({"secretary general", "secretary-general", "general secretary"})
#: words of the names of communist and workers' parties, whose general secretary leads them
_COMMUNIST_WORDS = frozenset({"Communist", "Workers'", "Workers", "Revolutionary"})
#: last words of political parties' names
_PARTY_WORDS = frozenset({"Party", "League", "Congress", "Front", "Movement", "Alliance", "Union", "Rally", "Coalition"})
#: words of the names of bodies of states ("Arab League", "League of Arab States")
_STATES_WORDS = frozenset({"Arab", "Nations", "States", "International", "World", "Islamic", "Commonwealth",
                           "African", "European", "American"})
#: titles that head one portfolio of a body when a "for" phrase names it
_PORTFOLIO_HEADS = frozenset({"high commissioner", "commissioner", "director", "director general", "director-general"})


def _party_name(org: Entity) -> bool:
    """Whether ``org`` is a political party ("Democratic Progressive Party", "Awami League"), not
    an international body named like one (the Arab League)."""
    words = org.label.split()
    if _STATES_WORDS & set(words):
        return False  # (the Arab League, the League of Arab States: bodies of states)
    return bool(words) and (words[-1] in _PARTY_WORDS or "Party" in words)


def _names_body(mentions: Mentions, hit: TitleHit) -> bool:
    """Whether the title with its "for" phrase is itself the name of the body it heads ("UN High
    Commissioner for Refugees" is UNHCR)."""
    ent = mentions.entity_at(hit.token)
    return ent is not None and ent.id == hit.target.id


def _governing_country(mentions: Mentions, hit: TitleHit) -> Entity | None:
    """The country subject of the clause above the one where the title's holder is the subject
    ("Peru went further, when Foreign Minister X announced ...", "Kenya said on Monday that
    Defence Minister X would ..."); None when the holder heads the sentence."""
    person = hit.token
    while person.dep_ in ("compound", "appos", "flat") and person.head is not person:
        person = person.head
    if person.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = person.head
    if clause.dep_ not in ("advcl", "ccomp", "relcl", "conj") or clause.head is clause:
        return None
    above = clause.head
    subjects = [c for c in above.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i]
    found = [e for c in subjects for e in [mentions.entity_at(c)] if e is not None and e.type == "Country"]
    return found[0] if len(found) == 1 else None


def _hit_fact(mentions: Mentions, article: Article, hit: TitleHit) -> Fact | None:
    """The fact of a title hit with its body found, or None (its own person, or a guess
    the office-holders dictionary contradicts)."""
    if hit.target.id == hit.person.id or hit.title.split()[-1] in _MOVEMENT_TITLES \
            and hit.target.type not in ("Organization", "Group"):
        return None  # (a "figure" is one of a party or movement, never of a country)
    if hit.relation == "memberOf" and hit.target.type == "Organization" and hit.target.label.split()[-1] == "Ministry" \
            and hit.target.id not in mentions.org_country and hit.target.id not in load_gazetteer().orgs:
        # "The foreign ministry spokesperson, X, said China ...": a member of a ministry the text
        # gives no country is a member of the one country its sentence names, else of the
        # article's country (else of the ministry, as written)
        # (not a country named inside a quotation the title stands outside of: "... toward the
        # Japanese aircraft," Defense Ministry spokesperson X told a briefing in Seoul)
        sent, text = hit.token.sent, hit.token.doc.text
        quoted = _in_quote(hit.token, text)
        named = {e.id: e for m in mentions.mention_list if not m.by_coref and sent.start <= m.span.start < sent.end
                 and (quoted or not _in_quote(m.span[0], text)) for e in m.entities if e.type == "Country"}
        home = next(iter(named.values())) if len(named) == 1 else \
            sentence_place_country(mentions, hit.token, after=True) or cached_focal(hit.token.doc, mentions)
        if home is not None:
            hit = dataclasses.replace(hit, target=home)
    if hit.rule in _GUESSED_RULES and hit.target.id in _NO_MINISTERS \
            and "minister" in hit.title.lower().split():
        return None  # "Foreign Minister X" guessed for the United States: someone else's
    if hit.rule in _GUESSED_RULES and contradicts_dictionary(mentions, hit):
        # "President X" in a Turkish story, X known as Spain's prime minister: the
        # dictionary's body if the title fits one of X's offices, else nothing
        hit.target = None
        known = dictionary_target(mentions, hit)
        if known is None:
            return None
        (hit.target, hit.relation), hit.rule = known, "title-known"
    if hit.relation == "memberOf" and hit.target.type == "Country" \
            and hit.title.lower() in _RANK_TITLES and any(
                h.country == hit.target.id and h.relation == "leaderOf"
                for h in person_holdings(mentions, hit.person)):
        # "Ruritania's General X" where the dictionary knows X as Ruritania's head of
        # state at the article date: a junta leader is called by rank, and leads
        hit.relation = "leaderOf"
    if hit.relation == "leaderOf" and hit.target.type == "Country" \
            and hit.title.lower() in _ENVOYS:
        # "the Indian High Commissioner, X": a country's envoy, not its leader (a UN High
        # Commissioner, with the UN as the body, still leads an office)
        hit.relation = "memberOf"
    if hit.relation == "leaderOf" and hit.title.lower() in ("chief", "head") and any(
            c.dep_ in ("compound", "amod") and c.i == hit.token.i - 1 and c.lower_ in _PORTFOLIO_CHIEFS
            for c in hit.token.lefts):
        # "EU trade chief X", "the bloc's foreign policy chief X", "the UN humanitarian
        # chief, X", "the UN human rights chief": a portfolio's head is a member of the
        # body, not its leader
        hit.relation = "memberOf"
    if hit.relation == "leaderOf" and hit.token.pos_ == "NOUN" and hit.token.dep_ == "appos" and any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in hit.token.lefts):
        # "X, a commander in the Egyptian army", "Y, a leader of the movement": one of
        # several, a member (the leader is "the" one)
        hit.relation = "memberOf"
    if hit.relation == "leaderOf" and hit.title.lower() in _SECRETARIES_GENERAL and hit.target.type == "Organization" \
            and _party_name(hit.target) and not _COMMUNIST_WORDS & set(hit.target.label.split()):
        # "DPP secretary general X", "Awami League General Secretary Y": a party's secretary
        # general runs its office, under the party's leader (a communist party's leads it)
        hit.relation = "memberOf"
    if hit.relation == "leaderOf" and hit.target.type == "Organization" and hit.title.lower() in _PORTFOLIO_HEADS \
            and any(p.dep_ == "prep" and p.lower_ == "for" and any(g.dep_ == "pobj" and g.ent_type_ not in ("GPE", "ORG")
                                                                  for g in p.children) for p in hit.token.rights) \
            and not _names_body(mentions, hit):
        # "the UN High Commissioner for Human Rights, X", "ECOWAS Commissioner for Political
        # Affairs": the head of one portfolio of the body is its member
        hit.relation = "memberOf"
    if hit.target.type == "Country" and hit.relation == "leaderOf" and not _sector_title(hit):
        # "Ruritania's central bank governor X": the bank's governor, not the country's
        hit.target = _institution(mentions, hit) or hit.target
    if hit.target.type == "Country" and _sector_title(hit) and (
            hit.relation == "leaderOf" or load_gazetteer().titles.get(hit.title) == "leaderOf"):
        # "Pakistan's army chief X": the chief leads the country's army, a member of the
        # country; the army itself when the article has it, else the country
        arm = _arm_body(mentions, hit) or _institution(mentions, hit)
        if arm is not None:
            hit.target, hit.relation = arm, "leaderOf"
        else:
            hit.relation = "memberOf"
    confidence = {"title": 0.9, "appos-coref": 0.6, "title-coref": 0.6, "title-focal": 0.6, "title-speaker": 0.6,
                  "title-clause": 0.7,
                  "title-place": 0.6, "title-description": 0.6,
                  "title-shared": 0.8, "title-local": 0.6,
                  "title-described": 0.8, "title-body": 0.6,
                  "title-seat": 0.8, "title-known": 0.8,
                  "title-home": 0.6}.get(hit.rule, 0.8)
    # a head of an organisation gets leaderOf only: annotators list the head as its
    # leader, and a second memberOf fact for the same pair is counted as noise
    return make_fact(article, hit.token, hit.person, hit.relation, hit.target, hit.rule,
                     hit.title, confidence)
