"""Titles before a name: "Peruvian Foreign Minister Ana Soto", "President X of Peru".

:func:`prenominal` reads the words left of a person's name (the ``title`` rule of
:mod:`kg.extract.static`, whose docstring lists the constructions).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.extract.title_after import person_leads
from kg.extract.title_words import DOWNGRADE as _DOWNGRADE
from kg.extract.title_words import BODY_WORDS as _BODY_WORDS
from kg.extract.title_words import ENVOYS as _ENVOYS
from kg.extract.title_words import NAME_HONORIFICS as _NAME_HONORIFICS
from kg.extract.title_words import PORTFOLIO_HOLDERS as _PORTFOLIO_HOLDERS
from kg.extract.title_words import PORTFOLIO_WORDS as _PORTFOLIO_WORDS
from kg.extract.title_words import RANK_WORDS as _RANK_WORDS
from kg.extract.title_words import UNIT_HEADS as _UNIT_HEADS
from kg.nlp import doc_table
from kg.resolve.gazetteer import load_gazetteer, slug
from kg.resolve.mentions import Mentions
from kg.resolve.places import affiliation, named_entity
from kg.resolve.role_clauses import (NOT_CURRENT, TitleHit, counterpart_relation, implied_body,
                                     match_title)
from kg.types import Entity

__all__ = ["prenominal"]


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
        entity.type == "Organization" and len({m for m in entity.mentions}) > 2 or \
        entity.type == "Organization" and _acronym(mention.span.text)
    # (a one-word organisation the article names three times or more is a name in its
    # own right: "Narodna Secretary-General X")


def _acronym(text: str) -> bool:
    """"PTI chairman X", "ODM leader Y": a party's acronym (two to six capitals) is no title word."""
    return 2 <= len(text) <= 6 and text.isalpha() and text.isupper()


def _country_body(mentions: Mentions, words: list[Token]) -> Entity | None:
    """"Taiwan Affairs Office spokesperson X": a country's name and capitalised words the
    NER left untagged that end in a body's head noun name the body itself (the title's
    holder works for the office, not for the country at large)."""
    if len(words) < 3 or words[-1].lower_ not in _BODY_WORDS:
        return None
    first = mentions.mention_at(words[0])
    if first is None or first.entities[0].type != "Country" or first.span.end != words[0].i + 1:
        return None
    rest = words[1:]
    if not all(t.is_title and t.is_alpha and mentions.entity_at(t) is None for t in rest):
        return None
    label = " ".join(t.text for t in words)
    return mentions.entity(slug(label), label, "Organization")


#: Participles of "Ruritania-backed": the country before one supports the noun after it.
_BACKING = frozenset({"back", "support", "sponsor", "align", "arm", "fund", "ally"})


def _backer(mentions: Mentions, token: Token) -> bool:
    """Whether ``token`` names only the backer of the office's body: "the Saudi-backed
    government of President X" (also the word "government" when the resolver gave it
    the backer's name): the backer is not the country X holds office in."""
    doc = token.doc
    if token.i + 2 < len(doc) and doc[token.i + 1].text == "-" \
            and doc[token.i + 2].lemma_.lower() in _BACKING and doc[token.i + 2].tag_ == "VBN":
        return True
    entity = mentions.entity_at(token)
    return any(c.dep_ == "amod" and c.tag_ == "VBN" and c.lemma_.lower() in _BACKING
               and c.i >= 2 and doc[c.i - 1].text == "-"
               and mentions.entity_at(doc[c.i - 2]) is entity for c in token.children)


def _bodiless_org(mentions: Mentions, token: Token) -> bool:
    """Whether the organisation the NER found at ``token`` is no gazetteer body and has
    no body word in its name ("Crisis Management")."""
    mention = mentions.mention_at(token)
    return mention is not None and mention.entities[0].type == "Organization" \
        and mention.entities[0].id not in load_gazetteer().orgs \
        and not any(t.lower_ in _BODY_WORDS for t in mention.span)


def _portfolio_name(mentions: Mentions, token: Token) -> bool:
    """Whether the organisation the NER found at ``token`` is only a portfolio, not a
    body: every word a ministry field and not a gazetteer organisation ("Economy, Trade
    and Industry")."""
    mention = mentions.mention_at(token)
    if mention is None or mention.entities[0].type != "Organization" \
            or mention.entities[0].id in load_gazetteer().orgs:
        return False
    return all(t.lower_ in _PORTFOLIO_WORDS or t.text == "," for t in mention.span)


#: Heads of a style of address ("His Royal Highness", "Her Majesty", "His Excellency").
_STYLES = frozenset({"highness", "majesty", "excellency"})


# -- titles --------------------------------------------------------------------
def prenominal(doc: Doc, mentions: Mentions, span: Span, person: Entity) -> TitleHit | None:
    """"Peruvian Foreign Minister Ana Soto": the words left of the name."""
    i = span.start - 1
    region: list[Token] = []
    reach = 8  # words a title may take; a listed portfolio takes more
    # (the words' texts and tags off the doc's table: this runs for every name, twice)
    table = doc_table(doc)
    lower, text, pos = table.lower, table.text, table.pos
    while i >= 0 and i >= span.start - reach:
        word = lower[i]
        if word == "and" and region and i > 0 and doc[i - 1].is_title and region[0].is_title \
                and mentions.entity_at(doc[i - 1]) is None and mentions.entity_at(region[0]) is None:
            # "Fisheries and Forestry Minister X": a coordination inside the title itself
            region.insert(0, doc[i])
            i -= 1
            continue
        if text[i] == "," and region and i > 0 and region[0].is_title and doc[i - 1].is_title \
                and any(t.lower_ == "and" for t in region) and mentions.entity_at(doc[i - 1]) is None:
            # "Minister of Economy, Trade and Industry X": a listed portfolio
            region.insert(0, doc[i])
            i -= 1
            reach += 2
            continue
        if word == "the" and region and i > 1 and lower[i - 1] == "to" \
                and lower[i - 2] in _ENVOYS:
            # "Ruritanian ambassador to the UN X": the post after an envoy's "to"
            region[:0] = [doc[i - 2], doc[i - 1], doc[i]]
            i -= 3
            continue
        if word == "to" and region and i > 0 and lower[i - 1] in _ENVOYS:
            # "Japanese Ambassador to China X": the post after the envoy's "to"
            region[:0] = [doc[i - 1], doc[i]]
            i -= 2
            continue
        if word == "the" and region and i > 0 and lower[i - 1] in ("of", "for") \
                and region[0].is_title:
            # "Federal Minister of the Interior X", "Secretary of the Treasury X"
            region.insert(0, doc[i])
            i -= 1
            continue
        if word in _STYLES and all(t.lower_ in _NAME_HONORIFICS for t in region) and i > 0 and lower[i - 1] in ("his", "her", "royal"):
            # "UAE President His Highness Sheikh X", "King Her Majesty Y": a style of
            # address between the title and the name is no part of the title
            i -= 3 if lower[i - 1] == "royal" and i > 1 and lower[i - 2] in ("his", "her") else 2
            continue
        tok = doc[i]
        if text[i] == "-" and tok.whitespace_:
            break  # "TOKYO - President X": a spaced dash ends the dateline, not a hyphen
        if tok.text == ")" and i >= 3 and doc[i - 2].text == "(" \
                and doc[i - 1].is_upper and mentions.entity_at(doc[i - 3]) is not None:
            # "National Intelligence Organization (MIT) head X", "Secretary-General of the Gulf
            # Cooperation Council (GCC) X": the acronym of the body (none of the title's words)
            region = [doc[i - 3], *region]
            i -= 4
            reach += 3
            continue
        if pos[i] == "VERB" and region and table.dep[i] == "amod" and tok.tag_ in ("VBN", "VBG"):
            # "the group's jailed founder X", "ousted President X", "acting Prime Minister
            # X": a participle inside
            region.insert(0, tok)
            i -= 1
            continue
        if tok.is_punct and text[i] not in ("-",) or pos[i] in ("VERB", "AUX", "DET", "ADP")\
                and word not in ("of", "for") and not _under_secretary(tok, region) \
                or tok.is_space or pos[i] in ("CCONJ", "SCONJ"):
            break  # "X of Kenya and Foreign Minister Y": Kenya is X's, not Y's
        entity = mentions.entity_at(tok)
        if entity is not None and entity.type == "Person" and entity.id != person.id:
            break  # (the title words coreference gave to the person named are theirs)
        region.insert(0, tok)
        i -= 1
        if i == span.start - reach - 1 and reach < 12 and tok.lower_ in ("of", "the") \
                and i >= 0 and doc[i].is_title:
            # "General Secretary of the Communist Party of Ruritania Central Committee X":
            # a long body after the title's "of"; the title's own words are still ahead
            reach += 4
    if not region:
        return None
    while len(region) > 1 and region[-1].lower_ in _NAME_HONORIFICS and region[-2].lower_ != "crown":
        region = region[:-1]  # "Supreme Leader Ayatollah Ali Khamenei" (not "Crown Prince X")
    region = _office_before_rank(region)
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
        # (the last "of" first; "General Secretary of the Party of Ruritania X": an earlier)
        # ("Ruritanian ambassador to the UN X": an envoy's "to" too)
        cuts = [k for k, t in enumerate(region) if k > 0 and (
            t.lower_ in ("of", "for") or t.lower_ == "to" and words[k - 1].lower() in _ENVOYS)][::-1]
        cut = next((k for k in cuts if match_title(words[:k]) is not None), None)
        hit = match_title(words[:cut]) if cut is not None else None
        if hit is None:
            return None
        # (the post after an envoy's "to" is where they are sent, not who sends them)
        portfolio = region[cut + 1:] if region[cut].lower_ != "to" else []
        region = region[:cut]
    title, length = hit
    # "Opposition Labour leader X" leads the party, though not the country
    party = _party_before_leader(mentions, region[:-length]) if title == "leader" else None
    if any(t.lower_.strip("-") in NOT_CURRENT and not (party and t.lower_ == "opposition")
           for t in region):
        return None
    if party is not None:
        return TitleHit(person, title, "leaderOf", party, region[-1], "title")
    relation = load_gazetteer().titles[title]
    leading = _coordinated_leader(region[:-length]) if relation == "memberOf" else None
    if leading is not None:
        title, relation = leading, "leaderOf"
    if relation == "leaderOf" and (any(t.lower_ in _DOWNGRADE for t in region[:-length])
                                   or len(region) > length and region[-length - 1].lower_ in _UNIT_HEADS
                                   and mentions.entity_at(region[-length - 1]) is None):
        relation = "memberOf"  # ("IMF mission chief X": heads a unit of the body; not "World Food
        # Programme Executive Director X", the body's own name)
    if title == "counterpart":  # "his" stopped the region: it names a person
        relation = counterpart_relation(mentions, [doc[max(region[0].i - 1, 0)], *region]) \
            or relation
    named = [t for t in region[:-length][::-1] if _is_affiliation_name(mentions, t)
             and not (title.split()[-1] == "minister" and _portfolio_name(mentions, t))
             and not _backer(mentions, t)]
    target = _country_body(mentions, region[:-length]) or affiliation(mentions, named)
    if title.split()[-1] in _ENVOYS:
        # "Ruritania's NATO envoy X": an envoy belongs to the country that sends
        # them, not to the body they are posted to
        target = next((e for t in named for e in [named_entity(mentions, t, ("Country",))]
                       if e is not None), target)
    if title in _LOCAL_HEADS:
        # "Kyiv Mayor X", "Ontario Premier Y": the city or province, not the country
        target = _local_seat(mentions, region[:-length]) or target
    if title in ("president", "crown prince") and region[:-length]:
        # "Puntland President X", "Kurdistan Region President Y": a region the tagger knows
        # as a place (not a country, a demonym or an untagged word: "Microsoft President X")
        k = -length - 1
        if region[k].lower_ in ("state", "region", "regional") and len(region) > length + 1:
            k -= 1  # "Jubaland state President X"
        mention = mentions.mention_at(region[k])
        place = mention.entities[0] if mention is not None and len(mention.entities) == 1 else None
        if place is not None and place.type == "Location" and not mention.by_coref \
                and load_gazetteer().lookup(mention.span.text) in (None, ("region", mention.span.text)):
            target = place
    if target is None and len(region) == length + 1 and _acronym(region[0].text) and region[0].pos_ == "PROPN" \
            and region[0].is_alpha and mentions.mention_at(region[0]) is None \
            and load_gazetteer().lookup(region[0].text) is None:
        # "ECLAC Executive Secretary X": an unknown acronym right before the title is the body
        target = mentions.entity(slug(region[0].text), region[0].text, "Organization")
    if target is None and title in _FIRM_HEADS:
        # "Acme chief executive X": a company's name the NER left untagged
        target = affiliation(mentions, region[:-length][::-1]) \
            or _untagged_firm(mentions, region[:-length])
        if target is None and region[:-length]:
            target = _firm_as_person(mentions, region[-length - 1])
    if target is None and portfolio:
        # "Commissioner for Crisis Management X": a portfolio the NER took for an
        # organisation is no body (a named body has a body word: "Minister for the X Council")
        target = affiliation(mentions, [t for t in portfolio if _is_affiliation_name(mentions, t)
                                        and not (title.split()[-1] in _PORTFOLIO_HOLDERS
                                                 and _bodiless_org(mentions, t))])
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
                  and doc[t.i + 1].tag_ == "POS" or t.tag_ == "PRP$" and t.lower_ == "its"]
        # ("sending its Special Representative X": the body or country "its" stands for)
        owner = affiliation(mentions, owners, coref=True)
        if owner is not None:
            return TitleHit(person, title, relation, owner, region[-1], "title-coref")
    if relation == "leaderOf" and title in ("secretary-general", "secretary general") and \
            target is not None and target.type == "Organization" and \
            target.id not in load_gazetteer().orgs:
        relation = "memberOf"  # a party's secretary-general runs its office, not the party
    if target is None and (title == "chief of staff" or title.split()[-1] in _LEADERS_STAFF):
        # "Ruritanian President X's chief of staff Y", "X's spokesman Y": a leader's staff
        # serve the body the leader heads
        target = _principal_body(mentions, region[0])
    if target is None:
        target = implied_body(mentions, title)
    return TitleHit(person, title, relation, target, region[-1], "title")


def _coordinated_leader(before: list[Token]) -> str | None:
    """"Qatari Prime Minister and Foreign Minister X": of two titles one person holds, a
    leader's title before the "and" says more than the minister's after it (that title)."""
    words = [t.text for t in before]
    if len(words) < 2 or words[-1].lower() != "and":
        return None
    hit = match_title(words[:-1])
    if hit is None or load_gazetteer().titles[hit[0]] != "leaderOf" or \
            any(t.lower_ in _DOWNGRADE for t in before[:-1 - hit[1]]):
        return None
    return hit[0]


#: Titles of a leader's own staff, after the leader's possessive ("X's spokesman Y").
_LEADERS_STAFF = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def _principal_body(mentions: Mentions, first: Token) -> Entity | None:
    """The body a person whose possessive opens a title leads ("President X's chief of
    staff Y": X's country): X's own title in the article, else the office-holders dictionary."""
    doc = first.doc
    if first.tag_ != "POS" or first.i == 0:
        return None
    principal = mentions.entity_at(doc[first.i - 1])
    if principal is None or principal.type != "Person":
        return None
    return person_leads(mentions, principal)


def _party_before_leader(mentions: Mentions, before: list[Token]) -> Entity | None:
    """"Labour leader X", "opposition Likud leader Y": a one-word party name right before
    "leader" is the party X leads, whether the NER tagged it as an organisation or, after
    "opposition", left it untagged (a noun, no place, people or title word: "opposition
    Democratic leader" names no party "Democratic")."""
    if not before or not (before[-1].is_title and before[-1].is_alpha) \
            or before[-1].lower_ in _BODY_WORDS:
        return None  # "Party leader X": the party named before (static's title-body)
    word = before[-1]
    mention = mentions.mention_at(word)
    if mention is not None:
        entity = mention.entities[0]
        return entity if entity.type == "Organization" and len(mention.span) == 1 else None
    gaz = load_gazetteer()
    if len(before) < 2 or before[-2].lower_ != "opposition" or gaz.lookup(word.text) \
            or word.lower_ in gaz.titles or word.pos_ == "ADJ":
        return None
    return mentions.entity(slug(word.text), word.text, "Organization")


def _under_secretary(tok: Token, region: list[Token]) -> bool:
    """"Under Secretary of Defense X": the tagger's preposition "under" opens the title
    (written in the title's case: "under Secretary of State X" is the preposition)."""
    return tok.lower_ == "under" and bool(region) and region[0].lower_ == "secretary" \
        and tok.is_title == region[0].is_title


def _office_before_rank(region: list[Token]) -> list[Token]:
    """"Armed Forces chief General X", "Defence Minister Lt. Gen. Y": a military rank
    between an office and the name is the person's rank; the office before it is the
    title (a rank alone, "Lieutenant General X", stays the title, and so does a title
    that ends in a rank's word: "Secretary General X", "Attorney General Y")."""
    k = len(region)
    while k > 1 and region[k - 1].lower_ in _RANK_WORDS:
        k -= 1
    whole = match_title([t.text for t in region])
    if k == len(region) or region[k - 1].lower_ in _RANK_WORDS \
            or whole is not None and whole[1] > len(region) - k \
            or match_title([t.text for t in region[:k]]) is None:
        return region
    return region[:k]


#: Titles of the heads of a city, a region or a province.
_LOCAL_HEADS = frozenset({"mayor", "governor", "gov.", "gov", "premier", "chief minister"})
#: Words before a governor's title that name a bank or a board, not a place ("Fed").
_NOT_PLACES = frozenset({"fed", "state", "provincial", "regional", "federal", "central",
                         "reserve", "military", "deputy", "acting", "interim", "new"})


def _local_seat(mentions: Mentions, before: list[Token]) -> Entity | None:
    """The place a local head's title names right before it: a capital the resolver
    took for its country ("Kyiv Mayor X": Kyiv), or capitalised words the tagger left
    untagged ("Ontario Premier X": a province; the article's own place of that name if
    it has one). A country or demonym there keeps its usual reading ("Chinese Premier")."""
    if not before:
        return None
    last = before[-1]
    mention = mentions.mention_at(last)
    gaz = load_gazetteer()
    if mention is not None:
        known = gaz.lookup(mention.span.text)
        if mention.span.end != last.i + 1 or len(mention.entities) != 1:
            return None
        if known is not None and known[0] == "capital":
            return mentions.entity(slug(known[1]), known[1], "Location")
        place = mention.entities[0]  # "Bavaria Premier X": a region the tagger knows
        return place if place.type == "Location" and not mention.by_coref else None
    words: list[Token] = []
    for tok in reversed(before):
        if tok.pos_ not in ("PROPN", "NOUN") or not tok.is_title or not tok.is_alpha \
                or tok.pos_ == "NOUN" and tok.is_sent_start \
                or mentions.mention_at(tok) is not None or tok.lower_ in _NOT_PLACES \
                or tok.lower_ in _BODY_WORDS or tok.lower_ in _PORTFOLIO_WORDS \
                or tok.lower_ in gaz.titles or gaz.lookup(tok.text) is not None \
                or tok.lower_.endswith("bank"):  # "Riksbank Governor X"
            break
        words.insert(0, tok)
    if not words or len(words) != len(before) and before[len(before) - len(words) - 1].is_title:
        return None  # part of a longer capitalised name ("Central Bank Governor")
    label = " ".join(t.text for t in words)
    known = mentions.entities.get(slug(label))
    if known is not None:
        return known if known.type == "Location" else None
    return mentions.entity(slug(label), label, "Location")


#: Titles of the heads of companies: the capitalised words before one name the firm.
_FIRM_HEADS = frozenset({"chief executive", "ceo", "chief executive officer", "chairman",
                         "chairwoman", "boss", "founder"})


def _untagged_firm(mentions: Mentions, before: list[Token]) -> Entity | None:
    """"Gazprom chief executive X", "Acme Energy boss Y": the capitalised words right
    before a company head's title that the NER left untagged name the company (not a
    country, a demonym, a title or a portfolio: "Deputy Energy chairman")."""
    gaz = load_gazetteer()
    words: list[Token] = []
    for tok in reversed(before):
        if tok.pos_ not in ("PROPN", "NOUN") or not tok.is_title or not tok.is_alpha \
                or tok.pos_ == "NOUN" and tok.is_sent_start \
                or mentions.mention_at(tok) is not None or tok.lower_ in _BODY_WORDS \
                or tok.lower_ in _PORTFOLIO_WORDS or tok.lower_ in gaz.titles \
                or tok.lower_ in _DOWNGRADE or gaz.lookup(tok.text) is not None:
            break
        words.insert(0, tok)
    if not words or len(words) != len(before) and before[len(before) - len(words) - 1].is_title:
        return None  # part of a longer capitalised phrase
    label = " ".join(t.text for t in words)
    known = mentions.entities.get(slug(label))
    if known is not None:
        return known if known.type == "Organization" else _person_firm(mentions, known)
    return mentions.entity(slug(label), label, "Organization")


def _firm_as_person(mentions: Mentions, token: Token) -> Entity | None:
    """The firm named right before a company head's title where the NER tagged it as a
    person (see :func:`_person_firm`)."""
    mention = mentions.mention_at(token)
    if mention is None or mention.by_coref or len(mention.entities) != 1 \
            or mention.span.end != token.i + 1:
        return None
    return _person_firm(mentions, mention.entities[0])


def _person_firm(mentions: Mentions, entity: Entity) -> Entity | None:
    """"Gazprom chief executive X" where the NER took the one-word firm for a person with
    no title: the firm (a person's name is not put before a company head's title)."""
    if entity.type != "Person" or " " in entity.label or mentions.titles.get(entity.id):
        return None
    entity.type = "Organization"
    return entity


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
