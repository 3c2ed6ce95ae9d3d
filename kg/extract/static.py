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
  "his Irish counterpart X" holds the office of the person "his" stands for.
- ``appos``: a title in apposition: "Ana Soto, director of the Lima Policy
  Institute", "Li Wen, a lecturer ... at Wuhan University", "Peru's
  foreign minister, Ana Soto", "the chair of the X Board, Y," (also when the parser
  missed the apposition), "their foreign ministers, A and B" (respectively, with the
  clause's subjects); "the President of the Republic, Mr. X" (a title whose own words
  end the phrase names no body); a title after X's comma that is followed by ", Mr. Y" is
  Y's, not X's; a portfolio the NER took for an organisation after "Minister of" is no body.
- ``title-place`` / ``title-description`` / ``title-focal``: a national title with no
  country named takes the capital the sentence is set in ("In Lima, Prime Minister
  X"), else a later "the Peruvian leader" no titled person leads, else the article's
  focal country (:mod:`kg.resolve.focus`: the issuing government of a press release,
  the dateline country, a clearly dominant country); ``title-speaker``: a bare
  "Spokesman X" speaks for the body or country that was the subject just before.
- for a title with no body named: ``title-seat`` ("Kremlin aide X"), ``title-body``
  ("Ministry spokesperson X" after "Ruritania's Ministry of Trade": that ministry),
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
  :func:`kg.resolve.title_context.home_country`).
- ``title-coref``: "the group's founder X": a description coreference resolved owns the
  title.
- ``led-by``: "the Chilean team was headed by Prime Minister X", "the militia,
  commanded by X", "the Board, represented by Commissioner X" (memberOf), "the war
  between the army, led by General X, and ..." (the noun before the comma); the head of
  a country's delegation or side is a member of it unless their title leads the country
  ("headed by Deputy Foreign Minister X" -> memberOf);
  ``government-of``: "the regime of X", "X's government" (the country the dictionary
  knows X heading at the article date);
  ``heads``: "X, who heads NATO", "X leads the party", "X, who heads the mission" (the
  mission named last), "Emir X headed Ruritania's delegation" (X's title decides).
- a military rank with a country ("Ruritania's General X") is a membership, a lead when
  the dictionary knows X as that country's head at the article date (a junta leader).
- ``body``, ``part-of-org``, ``joined``, ``party``: organisation memberships
  (:mod:`kg.resolve.memberships`).
- locatedIn from place chains: :mod:`kg.resolve.places` ("Rancho Mirage, Calif.",
  "Lima, the capital of Peru", "the International Criminal Court in The Hague").
Titles preceded by "former", "ex-", "late", "ousted" or "opposition" give no fact, and
a leader of X gets leaderOf only, never also memberOf X. A title that heads one arm of a
state ("Kenyan police chief X", "the intelligence director") with a country as its body
is memberOf that country, not leaderOf it.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.resolve.focus import cached_focal, focal_country, issuer_country
from kg.resolve.gazetteer import load_gazetteer
from kg.resolve.memberships import PORTFOLIOS, membership_facts
from kg.resolve.mentions import Mentions
from kg.resolve.officeholders import contradicts_dictionary, dictionary_target, person_holdings
from kg.resolve.places import affiliation, make_fact, named_entity, place_facts
from kg.resolve.role_clauses import (NOT_CURRENT, TitleHit, government_of, heads, led_by,
                                     match_title, title_heads, title_like, whose_title)
from kg.resolve.title_context import (HEAD_TITLES as _HEAD_TITLES, LOCAL_TITLES, country_nearby,
                                      described_holder, described_leaders, local_place,
                                      named_body, recent_speaker_country, seat_owner,
                                      home_country, HOME_TITLES,
                                      sentence_place_country, shared_title_country,
                                      spoken_for_country)
from kg.types import Article, Entity, Fact

__all__ = ["static_facts", "record_titles", "TitleHit", "focal_country"]

# honorifics between a title and the name ("Supreme Leader Ayatollah Ali Khamenei")
_NAME_HONORIFICS = frozenset({"ayatollah", "sheikh", "sheik", "sheikha", "mr", "mr.", "mrs",
                              "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lady", "lord",
                              "rev.", "h.e.", "prince", "princess"})
_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
_NATIONAL_BODIES = frozenset({"ministry", "government", "cabinet", "presidency"})
_DOWNGRADE = frozenset({"deputy", "vice", "assistant", "junior"})

#: Ranks written short, with or without the full stop ("Gen Y", "Brig. Gen. Y").
_RANK_ABBREVIATIONS = frozenset({"gen", "gen.", "brig", "brig.", "lt", "lt.", "col", "col.",
                                 "maj", "maj.", "capt", "capt.", "adm", "adm.", "sgt", "sgt."})
#: Titles of people who study a field: a country before the noun is their subject.
_FIELD_TITLES = frozenset({"analyst", "specialist", "expert", "researcher", "fellow", "scholar",
                           "professor", "economist"})
#: Military ranks (titles.csv): membership of the forces, or the lead of a junta.
_RANK_TITLES = frozenset({"general", "gen.", "colonel", "col.", "admiral", "adm.", "captain",
                          "capt.", "major general", "lieutenant general", "brigadier general",
                          "brigadier", "field marshal", "lieutenant colonel", "vice admiral",
                          "rear admiral", "commodore"})
# titles of people sent to a body or country by their own government
_ENVOYS = frozenset({"ambassador", "envoy", "representative", "delegate", "emissary"})

# hits whose body the office-holders dictionary may supply ("Prime Minister X" alone)
_DICTIONARY_RULES = frozenset({"title", "appos", "sworn"})
# rules that guess the body from context: the dictionary overrules them when it knows
# the person in another country or body at the article date
_GUESSED_RULES = frozenset({"title-focal", "title-place", "title-speaker", "title-description",
                            "title-home"})


def _is_affiliation_name(mentions: Mentions, token: Token) -> bool:
    """Before a title, only countries, gazetteer bodies and multi-word names count:
    a one-word NER organisation there is usually part of the title ("Digital
    Affairs Minister")."""
    mention = mentions.mention_at(token)
    if mention is None:
        return False
    entity = mention.entities[0]
    return entity.type == "Country" or entity.id in load_gazetteer().orgs or \
        len(mention.span) > 1 or entity.id in mentions.org_country or \
        entity.type == "Organization" and len({m for m in entity.mentions}) > 2
    # (a one-word organisation the article names three times or more is a name in its
    # own right: "Narodna Secretary-General X")


# words of a ministry's field that the NER takes for an organisation before "Minister"
# ("National Security Minister X", "Heritage and Culture Minister Y")
_PORTFOLIO_WORDS = frozenset({
    "national", "security", "foreign", "affairs", "defence", "defense", "finance", "economy",
    "economic", "trade", "energy", "health", "interior", "home", "justice", "education",
    "culture", "heritage", "transport", "agriculture", "environment", "labour", "labor",
    "industry", "digital", "development", "information", "communications", "housing",
    "tourism", "sport", "sports", "youth", "water", "resources", "planning", "public",
    "works", "social", "welfare", "strategic", "diaspora", "intelligence", "religious",
    "immigration", "integration", "science", "technology", "infrastructure", "commerce",
    "investment", "treasury", "climate", "fisheries", "mines", "oil", "petroleum", "gas",
    "minerals", "and", "&", "of", "the", "internal", "external", "regional", "cooperation"})


#: people's titles whose "of" / "for" phrase names a portfolio ("Minister of Trade and
#: Industry"); a body would be the "Ministry of ..."
_PORTFOLIO_HOLDERS = frozenset({"minister", "secretary", "commissioner"})
#: head nouns of bodies' names: a name with one is a body, not a portfolio
_BODY_WORDS = frozenset({"council", "office", "commission", "committee", "agency", "authority",
                         "bank", "fund", "organization", "organisation", "union", "league",
                         "party", "forum", "assembly", "court", "institute", "association",
                         "group", "board", "bureau", "service", "ministry", "department",
                         "community", "alliance", "movement", "front", "army", "force",
                         "forces", "guard", "company", "corporation", "center", "centre",
                         "university", "foundation", "secretariat", "parliament", "senate"})


def _of_portfolio(mentions: Mentions, token: Token) -> bool:
    """Whether ``token`` names an organisation the gazetteer does not know inside the
    "of" / "for" phrase of a minister's title: the NER's reading of a portfolio."""
    mention = mentions.mention_at(token)
    if mention is None or mention.entities[0].type != "Organization" \
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


def _portfolio_name(mentions: Mentions, token: Token) -> bool:
    """Whether the organisation the NER found at ``token`` is only a portfolio, not a
    body: every word a ministry field and not a gazetteer organisation."""
    mention = mentions.mention_at(token)
    if mention is None or mention.entities[0].type != "Organization" \
            or mention.entities[0].id in load_gazetteer().orgs:
        return False
    return all(t.lower_ in _PORTFOLIO_WORDS for t in mention.span)


# -- titles --------------------------------------------------------------------
def _prenominal(doc: Doc, mentions: Mentions, span: Span, person: Entity) -> TitleHit | None:
    """"Peruvian Foreign Minister Ana Soto": the words left of the name."""
    i = span.start - 1
    region: list[Token] = []
    reach = 8  # words a title may take; a listed portfolio takes more
    while i >= 0 and i >= span.start - reach:
        tok = doc[i]
        if tok.lower_ == "and" and region and i > 0 and doc[i - 1].is_title and region[0].is_title \
                and mentions.entity_at(doc[i - 1]) is None and mentions.entity_at(region[0]) is None:
            # "Fisheries and Forestry Minister X": a coordination inside the title itself
            region.insert(0, tok)
            i -= 1
            continue
        if tok.text == "," and region and i > 0 and region[0].is_title and doc[i - 1].is_title \
                and any(t.lower_ == "and" for t in region) and mentions.entity_at(doc[i - 1]) is None:
            # "Minister of Economy, Trade and Industry X": a listed portfolio
            region.insert(0, tok)
            i -= 1
            reach += 2
            continue
        if tok.lower_ == "the" and region and region[0].is_title and i > 0 \
                and doc[i - 1].lower_ in ("of", "for"):
            # "Federal Minister of the Interior X", "Secretary of the Treasury X"
            region.insert(0, tok)
            i -= 1
            continue
        if tok.text == "-" and tok.whitespace_:
            break  # "TOKYO - President X": a spaced dash ends the dateline, not a hyphen
        if tok.text == ")" and region and i >= 3 and doc[i - 2].text == "(" \
                and doc[i - 1].is_upper and mentions.entity_at(doc[i - 3]) is not None:
            # "National Intelligence Organization (MIT) head X": the acronym of the body
            region = [doc[i - 3], *region]
            i -= 4
            continue
        if tok.pos_ == "VERB" and tok.tag_ == "VBN" and tok.dep_ == "amod" and region:
            # "the group's jailed founder X", "ousted President X": a participle inside
            region.insert(0, tok)
            i -= 1
            continue
        if tok.is_punct and tok.text not in ("-",) or tok.pos_ in ("VERB", "AUX", "DET", "ADP")\
                and tok.lower_ not in ("of", "for") or tok.is_space or tok.pos_ in ("CCONJ", "SCONJ"):
            break  # "X of Kenya and Foreign Minister Y": Kenya is X's, not Y's
        if mentions.entity_at(tok) is not None and mentions.entity_at(tok).type == "Person":
            break
        region.insert(0, tok)
        i -= 1
    if not region:
        return None
    while len(region) > 1 and region[-1].lower_ in _NAME_HONORIFICS:
        region = region[:-1]  # "Supreme Leader Ayatollah Ali Khamenei"
    if len(region) > 1 and region[-1].dep_ == "compound" and region[-1].head.i >= span.start \
            and region[-2].lower_ in load_gazetteer().titles \
            and (load_gazetteer().lookup(region[-1].text) or ("",))[0] == "country":
        # "Defense Minister Israel Katz": a country's name between the title and the
        # surname is the given name the NER left out
        region = region[:-1]
    words = [t.text for t in region]
    # the title ends right before the name; try the longest title there
    hit = match_title(words)
    portfolio: list[Token] = []
    if hit is None:
        # "Minister for Regional Affairs X", "President of Ruritania X": the title ends
        # before its last "of" / "for" phrase, which names the portfolio or the country
        cut = max((k for k, t in enumerate(region) if t.lower_ in ("of", "for") and k > 0),
                  default=None)
        hit = match_title(words[:cut]) if cut is not None else None
        if hit is None:
            return None
        portfolio = region[cut + 1:]
        region = region[:cut]
    title, length = hit
    if any(t.lower_.strip("-") in NOT_CURRENT for t in region):
        return None
    relation = load_gazetteer().titles[title]
    if relation == "leaderOf" and any(t.lower_ in _DOWNGRADE for t in region[:-length]):
        relation = "memberOf"
    if title == "counterpart":  # "his" stopped the region: it names a person
        relation = _counterpart_relation(mentions, [doc[max(region[0].i - 1, 0)], *region]) \
            or relation
    named = [t for t in region[:-length][::-1] if _is_affiliation_name(mentions, t)
             and not (title.split()[-1] == "minister" and _portfolio_name(mentions, t))]
    target = affiliation(mentions, named)
    if title.split()[-1] in _ENVOYS:
        # "Ruritania's NATO envoy X": an envoy belongs to the country that sends
        # them, not to the body they are posted to
        target = next((e for t in named for e in [named_entity(mentions, t, ("Country",))]
                       if e is not None), target)
    if target is None and portfolio:
        target = affiliation(mentions, [t for t in portfolio if _is_affiliation_name(mentions, t)])
    if target is None and portfolio and title.split()[-1] == "minister":
        # "Minister of Foreign Affairs and Expatriates X" where the article names the
        # "Ministry of Foreign Affairs and Expatriates": the minister's own ministry
        wanted = "ministry of " + " ".join(t.text for t in portfolio).lower()
        target = next((e for e in mentions.entities.values() if e.type == "Organization"
                       and e.label.lower() == wanted), None)
    if target is None:  # "President Isaias Afwerki of Eritrea"
        target = _of_affiliation(doc, mentions, span)
    if target is None:
        # "the group's jailed founder X", "the country's president X": a description
        # that coreference resolved, as the possessor of the title
        owners = [t for t in region[:-length] if t.pos_ == "NOUN" and t.i + 1 < len(doc)
                  and doc[t.i + 1].tag_ == "POS"]
        owner = affiliation(mentions, owners, coref=True)
        if owner is not None:
            return TitleHit(person, title, relation, owner, region[-1], "title-coref")
    if relation == "leaderOf" and title in ("secretary-general", "secretary general") and \
            target is not None and target.type == "Organization" and \
            target.id not in load_gazetteer().orgs:
        relation = "memberOf"  # a party's secretary-general runs its office, not the party
    if target is None and title in load_gazetteer().title_implies:
        org = load_gazetteer().orgs[load_gazetteer().title_implies[title]]
        focal = cached_focal(doc, mentions)
        if focal is None or org.country is None or focal.id == org.country:
            # "Defense Secretary X" is the Pentagon's only where no other country is in focus
            target = mentions.entity(org.id, org.label, org.type)
    return TitleHit(person, title, relation, target, region[-1], "title")


#: First words of titles that head one arm of a state ("police chief", "intelligence
#: director"): with a country named, the holder is a member of it, not its leader.
_SECTOR_WORDS = frozenset({"police", "intelligence", "army", "military", "spy", "security",
                           "border", "navy", "defence", "defense", "customs", "prison"})


def _sector_title(hit: TitleHit) -> bool:
    """"Kenyan police chief X", "Haiti's intelligence director, X", "the Ruritanian spy
    chief X": a title that heads one arm of a state (its first word, or a noun
    compounded to it, names the arm). With a country as its body, the holder is a
    member of the country, not its leader."""
    if hit.title.split()[0] in _SECTOR_WORDS:
        return True
    tok = hit.token
    # only those arms: a "junta leader" or "coup leader" does lead the country
    return any(c.dep_ == "compound" and c.i == tok.i - 1 and c.lower_ in _SECTOR_WORDS
               for c in tok.lefts)


def _counterpart_relation(mentions: Mentions, tokens) -> str | None:
    """"X ... his Ruritanian counterpart Y": Y holds the office X holds, so Y leads
    their country when X leads theirs."""
    for tok in tokens:
        person = mentions.entity_at(tok) if tok.tag_ == "PRP$" else None
        if person is not None and person.type == "Person":
            rels = {rel for _t, rel, _target in mentions.titles.get(person.id, ())}
            return "leaderOf" if "leaderOf" in rels else ("memberOf" if rels else None)
    return None


def _of_affiliation(doc: Doc, mentions: Mentions, span: Span) -> Entity | None:
    """"President Seo Min-jun of South Korea": the "of" phrase right after the name.

    The "of" may hang off any token of a name the tokenizer split ("Min - jun"),
    so the token after the span is read as well as the parse.
    """
    for prep in (c for t in span for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                 and c.i >= span.end):
        target = affiliation(mentions, [c for c in prep.children if c.dep_ == "pobj"])
        if target is not None:
            return target
    if span.end + 1 < len(doc) and doc[span.end].lower_ == "of":
        # the pobj of a misattached "of" is still the next name ("of South Korea")
        return affiliation(mentions, list(doc[span.end + 1:min(span.end + 4, len(doc))]))
    return None


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
    hit = match_title(words + [noun_text])
    if hit is None:
        return None
    if any(t.lower_ in NOT_CURRENT for t in noun.lefts):
        return None
    scope = list(noun.lefts)
    for prep in (c for c in noun.rights if c.dep_ == "prep"):
        scope += [t for t in prep.subtree if t.dep_ in ("pobj", "compound", "prep")]
    return hit[0], scope


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


def _appos_title(mentions: Mentions, noun, *, coref: bool):
    """(title, relation, affiliation, rule) of a title noun in apposition, or None.

    The affiliation comes from the noun's own scope ("director of the X Center"); with
    ``coref`` a description resolved by coreference may stand in ("its president").
    """
    found = _title_noun(mentions, noun)
    if not found:
        return None
    title, scope = found
    rel = load_gazetteer().titles[title]
    if title.split()[-1] in _FIELD_TITLES:
        # "an Iraq specialist at the X Institute": the country before the noun is the
        # field of study; the body is after "at" / "with" / "of"
        scope = [t for prep in noun.rights if prep.dep_ == "prep" and prep.lower_ in
                 ("at", "with", "of", "from") for t in prep.subtree
                 if t.dep_ in ("pobj", "compound", "appos")]
    # "The Minister of International Relations and Cooperation, X": a portfolio the NER
    # took for an organisation names the office, not a body the person belongs to
    scope = [t for t in scope if not _of_portfolio(mentions, t)]
    target = affiliation(mentions, scope)
    if target is not None and target.type == "Country":
        # "spokesperson of the Philippine Coast Guard": the country names the body, which
        # is the employer (ministries stay out, as in kg.resolve.memberships)
        body = next((e for t in scope if t.dep_ == "compound" and mentions.entity_at(t) is target
                     for e in [named_entity(mentions, t.head, ("Organization",))]
                     if e is not None and "ministry" not in e.label.lower()), None)
        target = body or target
    if target is None and coref:
        target = affiliation(mentions, scope, coref=True)
        if target is not None:
            return title, rel, target, "appos-coref"
    return title, rel, target, "appos"


def _appositive(doc: Doc, mentions: Mentions, span: Span, person: Entity) -> list[TitleHit]:
    root = span.root
    hits = []
    # "Ana Soto, director of the Lima Policy Institute"; coordinated titles count each
    # ("X, member of the Politburo and Chinese foreign minister")
    appos = [c for c in root.children if c.dep_ == "appos"]
    # (only after a title, not a name: "Secretary X Y and Japan's Minister Z" is two people)
    titles = [c for c in appos if c.ent_type_ != "PERSON" and title_like(c)]
    appos += [j for c in titles for j in c.conjuncts if j.pos_ in ("NOUN", "PROPN")
              and not any(x.ent_type_ == "PERSON" for x in j.subtree)]
    # the parser may hang the second title inside the first one's "of" phrase
    appos += [t for c in titles for t in c.subtree if t.i > c.i and t.pos_ == "NOUN"
              and t.dep_ in ("pobj", "conj") and t.left_edge.i > 0
              and doc[t.left_edge.i - 1].lower_ == "and" and t not in appos
              and not any(x.ent_type_ == "PERSON" for x in t.subtree)]
    for noun in (c for c in appos if title_like(c)):
        if noun.i > span.end and _names_next(doc, mentions, noun, person):
            continue
        found = _appos_title(mentions, noun, coref=True)  # "a spokesman for the ministry"
        if found:
            title, rel, target, rule = found
            hits.append(TitleHit(person, title, rel, target, noun, rule))
    # "Peru's foreign minister, Ana Soto" / "their foreign ministers, A and B"
    anchor = root
    while anchor.dep_ == "conj" and anchor.head.ent_type_ == "PERSON" \
            and not _own_possessor(doc, anchor.head, span):
        anchor = anchor.head
    # the parser often makes "ministers, A and B" a conjunction, not an apposition
    comma = anchor.i > 0 and anchor.doc[anchor.left_edge.i - 1].text == ","
    head = anchor.head
    for _ in range(3):  # "Special Envoy for Climate and Ocean Affairs, Y"
        if title_like(head) and (head.lower_ in title_heads() or head.lemma_.lower()
                                  in title_heads()) or head.dep_ not in (
                "pobj", "conj", "compound") or head.head is head:
            break
        head = head.head.head if head.dep_ == "pobj" else head.head
    if (anchor.dep_ == "appos" or anchor.dep_ == "conj" and comma) \
            and title_like(head) and head.ent_type_ != "PERSON" \
            and not any(c.lower_ == "whose" for c in head.children):  # see whose_title
        noun = head
        their = any(t.lower_ == "their" for t in noun.lefts)
        found = _appos_title(mentions, noun, coref=not their)  # "its president, X"
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
            hits.append(TitleHit(person, title, rel, target, noun, rule))
    first = span.start
    while first > span.sent.start + 1 and (doc[first - 1].lower_ in _NAME_HONORIFICS
                                           or doc[first - 1].lower_ in _RANK_TITLES
                                           or doc[first - 1].lower_ in _RANK_ABBREVIATIONS):
        first -= 1  # "the chief of the X Forces, Gen Y,": the rank is no part of the title
    before_person = first >= 2 and _person_at(mentions, doc[first - 2])
    if not hits and first >= 2 and doc[first - 1].text == "," and not before_person:
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
            if title_like(tok) and tok.lower_ in title_heads() and ends:
                whole = match_title([t.text for t in doc[max(span.sent.start, tok.i - 4):tok.i + 1]])
                if whole is not None and whole[1] > 1:
                    # "the President of the Republic, X": a title whose own words end in
                    # a noun ("president of the republic") names no other body
                    title = whole[0]
                    hits.append(TitleHit(person, title, load_gazetteer().titles[title], None,
                                         tok, "appos"))
                    break
                found = _appos_title(mentions, tok, coref=True)
                if not found:
                    # "the President of the Republic, X": a word that only ends a longer
                    # title ("president of the republic") is no title alone
                    continue
                title, rel, target, rule = found
                hits.append(TitleHit(person, title, rel, target, tok, rule))
                break
    if not hits and span.end + 1 < len(doc) and doc[span.end].text == ",":
        # the parser missed the apposition: "X, the UN secretary-general, urged ..."
        for tok in doc[span.end + 1:min(len(doc), span.end + 10)]:
            if tok.text == "," or tok.pos_ in ("VERB", "AUX", "CCONJ"):
                break
            # "X, Crown Prince and Prime Minister, ...": a capitalised title counts too,
            # unless it is another person's ("X, an ally of US President Y")
            nxt = mentions.entity_at(doc[tok.i + 1]) if tok.i + 1 < len(doc) else None
            if nxt is not None and nxt.type == "Person":
                break
            if not (tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and title_like(tok)) or \
                    (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "NOUN"):
                continue
            found = _title_noun(mentions, tok)
            if found and _names_next(doc, mentions, tok, person):
                break  # "A, the Minister of X, Mr. B,": B's title
            if found:
                title, scope = found
                rel = load_gazetteer().titles[title]
                hits.append(TitleHit(person, title, rel, affiliation(mentions, scope), tok,
                                     "appos"))
                break
    # "According to aide X, the presidents also discussed ...": a plural noun is not one
    # person's title unless the person is one of several ("their ministers, A and B")
    several = any(t.ent_type_ == "PERSON" for t in root.conjuncts) or \
        any(c.dep_ == "conj" for c in root.head.children if root.dep_ == "appos")
    return [h for h in hits if several or h.token.tag_ not in ("NNS", "NNPS")
            or h.token.head.lower_ == "of" and h.token.head.head.lower_ == "one"]


def _own_possessor(doc: Doc, first: Token, span: Span) -> bool:
    """"X's leader, A, and Y's Gen. B": a conjunct with a possessor of its own between the
    previous name and it ("Y's") does not share the first name's title."""
    return any(t.tag_ == "POS" for t in doc[first.i + 1:span.start])


def _names_next(doc: Doc, mentions: Mentions, noun: Token, person: Entity) -> bool:
    """"On the orders of the President, Mr. A, the Minister of Trade, Mr. B, will ...":
    a title after A's comma that is followed by ", B" (another person) is B's, "Title,
    Name" as in A's own; the parser often hangs it on A. Not ", and his deputy, B": an
    "and" after a comma opens a new phrase."""
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


def _person_at(mentions: Mentions, token: Token) -> bool:
    ent = mentions.entity_at(token)
    return ent is not None and ent.type == "Person"


_INSTALL_VERBS = frozenset({"swear", "elect", "appoint", "name", "install", "inaugurate"})


def _sworn_in(mentions: Mentions, span: Span, person: Entity) -> TitleHit | None:
    """"X, who was sworn in as transitional president", "X was elected as chairman of
    the Alliance": the office taken (its body from the noun's own scope, else the
    one country its sentence names, else none: the article's focal country is often the
    one reporting, not the one whose office changed hands)."""
    root = span.root
    verbs = [c for c in root.children if c.dep_ == "relcl" and c.lemma_ in _INSTALL_VERBS]
    if root.dep_ == "nsubjpass" and root.head.lemma_ in _INSTALL_VERBS:
        verbs.append(root.head)
    for verb in verbs:
        if any(t.lower_ in ("would", "will", "to", "not", "never") for t in verb.lefts):
            continue  # "is to be sworn in as": not yet in office
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
            for noun in (c for c in prep.children if c.dep_ == "pobj" and title_like(c)):
                found = _appos_title(mentions, noun, coref=False)
                if found:
                    title, rel, target, _rule = found
                    if target is None:  # only a country its sentence names alone
                        named = {e.id: e for m in mentions.mention_list
                                 if verb.sent.start <= m.span.start < verb.sent.end
                                 and not m.by_coref for e in m.entities[:1]
                                 if e.type == "Country"}
                        target = next(iter(named.values())) if len(named) == 1 else None
                    return TitleHit(person, title, rel, target, noun, "sworn")
    return None


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


#: Titles of people sent abroad: "the ambassador of X to Y" belongs to X.
_ENVOYS = frozenset({"ambassador", "envoy", "consul", "representative", "delegate"})


def record_titles(doc: Doc, mentions: Mentions) -> list[TitleHit]:
    """Find every person-title pair and store it in ``mentions.titles``."""
    hits: list[TitleHit] = []
    for mention in list(mentions.mention_list):
        if mention.by_coref or mention.entities[0].type != "Person":
            continue
        person = mention.entities[0]
        before = _prenominal(doc, mentions, mention.span, person)
        found = [before,
                 *_appositive(doc, mentions, mention.span, person),
                 led_by(mentions, mention.span, person, before),
                 whose_title(doc, mentions, mention.span, person),
                 _sworn_in(mentions, mention.span, person),
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
    if title in _HEAD_TITLES or "minister" in title.split() or title.endswith("of the republic"):
        return True  # (a national office "of the republic": "president of the republic")
    words = title.split()
    if len(words) == 2 and words[1] == "secretary" and words[0] in PORTFOLIOS:
        # "Foreign Secretary X": a national title of only a few countries (the UK, the US,
        # the Philippines): only a government's own press release says whose
        return mentions is not None and issuer_country(mentions.article) is not None
    # "Foreign Ministry spokesman X", "government spokeswoman X": a national body's official
    doc = hit.token.doc
    before = doc[max(hit.token.sent.start, hit.token.i - 3):hit.token.i + 1]
    return any(t.lemma_.lower() in _NATIONAL_BODIES for t in before)


def static_facts(doc: Doc, mentions: Mentions, article: Article) -> list[Fact]:
    """All leaderOf / memberOf / locatedIn facts of an article (see module docstring).

    One fact per (subject, relation, object): the first sentence that states it.
    """
    facts: list[Fact] = []
    pending: list[TitleHit] = []  # hits no rule found a body for, yet
    focal = None
    hits = record_titles(doc, mentions)
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
        if hit.target is None and hit.rule == "title" and hit.title.lower() in _SPOKES:
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
        if hit.target is None and hit.rule == "title" and _national_title(hit, mentions) \
                and not any(r[2] for r in mentions.titles.get(hit.person.id, ())):
            # "France's Foreign Ministry called for restraint and said Foreign Minister X
            # would travel": the body speaking in the same sentence is the minister's
            body = recent_speaker_country(mentions, hit.token, bodies_only=True)
            if body is not None:
                hit.target, hit.rule = body, "title-speaker"
        if hit.target is None and hit.rule == "title" and _national_title(hit, mentions) \
                and not any(r[2] for r in mentions.titles.get(hit.person.id, ())):
            spoken = spoken_for_country(mentions, hit.token)
            if spoken is not None:
                hit.target, hit.rule = spoken, "title-speaker"
        if hit.target is None and hit.rule in ("title", "appos") and _national_title(hit, mentions) \
                and not country_nearby(mentions, hit.token) \
                and not any(r[2] for r in mentions.titles.get(hit.person.id, ())):
            # "In Ruritania's capital, President X said": the place the sentence is set in
            place = sentence_place_country(mentions, hit.token)
            if place is not None:
                hit.target, hit.rule = place, "title-place"
        if hit.target is None and hit.rule in ("title", "appos") and _national_title(hit, mentions) \
                and not any(r[2] for r in mentions.titles.get(hit.person.id, ())):
            # "President X" with no country named: the article's own country (also when
            # only that country is named just before: "the Kingdom of X under King Y")
            focal = focal if focal is not None else (focal_country(doc, mentions) or False)
            # ... unless the article already has another holder of that title there ("President
            # A of Ruritania ... President B said": B is someone else's president)
            taken = focal and any(h.person.id != hit.person.id and h.target is not None
                                  and h.target.id == focal.id and h.relation == hit.relation
                                  and h.title.lower() == hit.title.lower() for h in hits)
            if focal and not taken and (not country_nearby(mentions, hit.token)
                                        or _nearby_countries(mentions, hit.token) == {focal.id}):
                hit.target, hit.rule = focal, "title-focal"
        if hit.target is None:
            pending.append(hit)
            continue
        fact = _hit_fact(mentions, article, hit)
        if fact is not None:
            facts.append(fact)
    home = home_country(hits) if pending else None
    for hit in pending if home is not None else ():
        # "Foreign Secretary X" in an article that titles Ruritania's prime minister
        # without naming Ruritania: the article's own side (see home_country)
        if hit.rule in ("title", "appos") and (_national_title(hit) or hit.title.lower()
                                               in HOME_TITLES) \
                and not any(r[2] for r in mentions.titles.get(hit.person.id, ())) \
                and not any(h.person.id == hit.person.id and h.target is not None for h in hits):
            hit.target, hit.rule = home, "title-home"
            fact = _hit_fact(mentions, article, hit)
            if fact is not None:
                facts.append(fact)
    facts += membership_facts(doc, mentions, article)
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


def _hit_fact(mentions: Mentions, article: Article, hit: TitleHit) -> Fact | None:
    """The fact of a title hit with its body found, or None (its own person, or a guess
    the office-holders dictionary contradicts)."""
    if hit.target.id == hit.person.id:
        return None
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
    if hit.relation == "leaderOf" and hit.target.type == "Country" and _sector_title(hit):
        hit.relation = "memberOf"
    confidence = {"title": 0.9, "appos-coref": 0.6, "title-coref": 0.6, "title-focal": 0.6, "title-speaker": 0.6,
                  "title-place": 0.6, "title-description": 0.6,
                  "title-shared": 0.8, "title-local": 0.6,
                  "title-described": 0.8, "title-body": 0.6,
                  "title-seat": 0.8, "title-known": 0.8,
                  "title-home": 0.6}.get(hit.rule, 0.8)
    # a head of an organisation gets leaderOf only: annotators list the head as its
    # leader, and a second memberOf fact for the same pair is counted as noise
    return make_fact(article, hit.token, hit.person, hit.relation, hit.target, hit.rule,
                     hit.title, confidence)
