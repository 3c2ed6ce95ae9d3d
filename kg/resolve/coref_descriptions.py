"""Definite descriptions: "the president", "the Chinese leader", "the two presidents"
(the people last seen with that title), "the country", "the bloc", "the alliance",
"the ministry", "the group", "the junta", "the regional body" (the last matching entity), "the
North" / "the South" after North / South Korea, styles ("His Royal Highness the Crown Prince").
"""
from __future__ import annotations

import functools

from spacy.tokens import Doc, Token

from kg.resolve.coref_base import (_ACTOR, _COMPANY_WORDS, _ORG_NOUNS, _clause_agents,
                                   _companies, _count, _described_state, _last_of,
                                   _names_own_of, _subjects, _title_fits, _titled)
from kg.resolve.coref_government import _junta_country
from kg.resolve.coref_plurals import (_club_by_delegates, _club_by_size, _last_pair, _listed_countries,
                                      _regions, _story_pair, bare_sides, former_latter, meeting_sides, story_pair)
from kg.resolve.coref_clubs import plural_of_states
from kg.resolve.coref_officials import _hyphen_title, _met_countries, _met_pair, _office_holder, bare_title, salient_titled
from kg.resolve.coref_states import last_ministry, one_state, own_subject, sole_named, subject_or_last
from kg.resolve.coref_regions import of_country, region_members
from kg.resolve.gazetteer import load_gazetteer
from kg.resolve.focus import issuer_body
from kg.resolve.mentions import Mentions
from kg.nlp import doc_table
from kg.types import Entity

__all__ = ["_description", "_hyphen_title", "_styles", "_titled", "_TITLE_LAST"]

# plural people nouns that are not titles ("the two presidents" goes by title)
_PEOPLE_NOUNS = frozenset({"men", "women", "enemies", "rivals", "adversaries", "foes", "officials", "pair"})
_GENDER_NOUNS = frozenset({"men", "women", "officials"})
_COUNTRY_NOUNS = frozenset({"country", "nation", "kingdom", "island", "republic", "emirate", "countries",
                            "nations", "neighbours", "neighbors"})
# plural nouns of states that name countries listed earlier ("the four Nordic nations")
_STATE_PLURALS = frozenset({"countries", "nations", "powers", "states", "governments",
                            "capitals", "allies", "neighbours", "neighbors", "members",
                            "partners", "economies", "militaries"})

_PLACE_NOUNS = frozenset({"enclave", "territory", "province", "exclave"})
# "the paramilitary group", "the junta", "the regional body": descriptions of armed groups,
# military rulers and international organisations, and the words their names carry
_ARMED_WORDS = frozenset({"paramilitary", "rebel", "militant", "armed", "insurgent", "jihadist",
                          "militia", "separatist"})
_ARMED_NAME_WORDS = frozenset({"Forces", "Front", "Army", "Movement", "Brigade", "Brigades", "Militia", "Group"})

# words that may stand before "the group" when it names a group the article named:
# armed-group adjectives, and words of its stance ("the terror group", "the hardline group")
_GROUP_MODIFIERS = _ARMED_WORDS | frozenset({"terror", "terrorist", "islamist", "extremist",
                                             "jihadi", "radical", "hardline", "militant",
                                             "backed", "-", "armed", "banned", "outlawed"})

# a "group" that is an organisation carries one of these in its name (a club of states: "Association of
# Southeast Asian Nations", "... Exporting Countries"; a rights group: "Human Rights Watch", "Amnesty")
_GROUP_NAME_WORDS = _ARMED_NAME_WORDS | frozenset({"Party", "Nations", "Countries", "States", "Watch", "Amnesty",
                                                   "Journalists", "Borders"})
_JUNTA_NAME_WORDS = frozenset({"Military", "Command", "Council", "Committee", "Junta"})
_REGIONAL_WORDS = frozenset({"continental", "regional", "international", "intergovernmental", "multilateral", "global"})


def _titled_pair(doc: Doc, token: Token, mentions: Mentions, title: str,
                 exclude: frozenset[str]) -> list[Entity]:
    """"A and B met ... the two leaders": two people named together nearby, each seen with
    the description's title and neither in ``exclude`` (the clause's own agents)."""
    pair = _last_pair(doc, token, mentions, "Person", frequent=False, exclude=exclude)
    spaced, head = title.replace("-", " "), title.split()[-1]
    def titled(ent: Entity) -> bool:
        return any(_title_fits(seen, rel, spaced, head)
                   for seen, rel, _t in mentions.titles.get(ent.id, ()))
    return pair if len(pair) == 2 and all(titled(e) for e in pair) else []


def _group_modifiers_fit(token: Token, mentions: Mentions) -> bool:
    """Whether "the ... group" can name a group the article named: no modifier, or only
    armed-group / stance words and demonyms ("the Lebanese group", "the Iran-backed
    group"); "the rights group", "the working group" name other kinds of group."""
    for child in token.lefts:
        if child.dep_ not in ("amod", "compound", "nmod", "npadvmod", "punct", "advmod"):
            continue
        for tok in child.subtree:
            if tok.lower_ in _GROUP_MODIFIERS or mentions.entity_at(tok) is not None \
                    and mentions.entity_at(tok).type == "Country":
                continue
            return False
    return True


#: Pronouns that float after a plural in apposition ("the two countries, both members ...").
_FLOATING_QUANTIFIERS = frozenset({"all", "both", "each"})


def _plural_named(mentions: Mentions) -> frozenset[str]:
    """Ids of the entities the article names only by plural nouns ("Palestinians", "Kurds"):
    a people, which a singular "the movement" or "the organisation" never stands for."""
    cached = getattr(mentions, "_plural_named", None)
    if cached is None:
        plural, singular = set(), set()
        for mention in mentions.mention_list:
            if not mention.by_coref:
                side = plural if mention.span.root.tag_ in ("NNS", "NNPS") else singular
                side.update(e.id for e in mention.entities)
        cached = mentions._plural_named = frozenset(plural - singular)
    return cached


def _describing_appos(appos: Token, mentions: Mentions) -> bool:
    """Whether an apposition only says more about a description (a floating quantifier, a
    lowercase common noun that names nothing) rather than naming who it is."""
    return appos.lower_ in _FLOATING_QUANTIFIERS or appos.pos_ == "NOUN" and appos.is_lower \
        and mentions.entity_at(appos) is None


def _owning_compound(child: Token, low: str, count: int, mentions: Mentions) -> bool:
    """Whether a compound names the description's own referent ("the Peru-Chile alliance",
    "the NATO allies"); a region's name on counted states does not ("the three Sahel
    states", "the two Gulf states" are countries the article listed), nor a country's name
    on a title ("the US president")."""
    ent = mentions.entity_at(child)
    if ent is None:
        return False
    if ent.type in ("Country", "Organization") and count == 1 and low in load_gazetteer().titles:
        return False  # "the US president", "the UN envoy": a country's or a body's title
    return not (ent.type == "Location" and count >= 2 and low in _STATE_PLURALS)


def _description(doc: Doc, token: Token, mentions: Mentions) -> list[Entity]:
    if not token.n_lefts or token.dep_ == "compound":
        return []  # a determiner or possessor is a left child: most nouns have none
    gaz, table, by_token = load_gazetteer(), doc_table(token.doc), mentions._by_token
    kids, deps, lowers, low = table.kids[token.i], table.dep, table.lower, token.lower_  # no Tokens
    dets = {lowers[j] for j in kids if deps[j] in ("det", "predet")}
    # "Egypt's president" works like "the Egyptian president"
    owner = any(deps[j] == "poss" and j in by_token and by_token[j].entities[0].type == "Country" for j in kids)
    if not (dets & {"the", "both", "all"} or owner or not dets and bare_title(token)):
        return []
    if low in ("former", "latter"):  # "The latter criticized Israel": by order of mention
        return former_latter(token, mentions)
    # an apposition names who a description is ("the president, Joe Biden,"); a floating quantifier
    # or a common noun does not ("The three countries, all suspended from the AU, ..."); "the Prime
    # Minister and President Ruto": a person with a title of their own is a second one
    if any(c.dep_ == "appos" and not _describing_appos(c, mentions) or c.ent_type_ == "PERSON" and not (
           c.dep_ == "conj" and "the" in dets and not owner and any(g.dep_ == "compound" and g.ent_type_ != "PERSON"
                                                                 for g in c.children)) for c in token.children) or \
            (token.head.ent_type_ == "PERSON" and token.dep_ in ("compound", "appos")):
        return []
    count = 2 if "both" in dets or low == "pair" or low in ("sides", "parties") and bare_sides(token, mentions) \
        else _count(token)
    described = _described_state(token, mentions)
    if not described and any(c.dep_ == "compound" and _owning_compound(c, low, count, mentions)
                             for c in token.children) or _names_own_of(token) and not (
                                 low in _TITLE_LAST and of_country(token, mentions)):
        # "the Peru-Chile alliance", "the states of the Gulf": not anaphoric; but "accused
        # the alliance of stoking tension / of aggression" is
        return []
    found = plural_of_states(doc, token, mentions) if low in _STATE_PLURALS and count == 0 \
        and "all" not in dets else None  # "the four countries", "the Nordic countries"
    if found is not None:
        return found
    if low in _STATE_PLURALS and "all" not in dets:
        # "the two Baltic states", "the Western capitals": the countries the article
        # listed together (of that region, when one is named), however far back
        region = next((c.lower_ for c in token.lefts if c.dep_ in ("amod", "compound")
                       and c.lower_ in _regions()), None)
        if count >= 2 or (region and token.tag_ in ("NNS", "NNPS")):
            # "X was working with both governments": X is not one of them
            found = _listed_countries(doc, token, mentions, count if count >= 2 else 0, region,
                                      _clause_agents(token, mentions) if count >= 2 else frozenset())
            if len(found) == 2 and count == 2 and not region:
                found = _story_pair(found, mentions, token)
            if found or region:
                return found
    club = (_club_by_size(token, mentions) or _club_by_delegates(token, mentions)) if count == 0 else []
    if club:
        return club
    if low in ("generals", "putschists", "rulers") and "the" in dets:  # "the generals who seized power"
        return _junta_country(token, mentions)
    if count == 0 or ("all" in dets and count < 2):
        return []  # "the countries", "all countries": how many is unknown
    if low in ("north", "south") and token.pos_ == "PROPN":
        iso3 = "PRK" if low == "north" else "KOR"
        nxt = doc[token.i + 1].text if token.i + 1 < len(doc) else ""
        # "the North must stop", not "the North Atlantic"
        if iso3 in mentions.entities and not nxt[:1].isupper():
            return [mentions.entities[iso3]]
        return []
    if low in _COUNTRY_NOUNS or described:
        # "X, which borders both neighbours": X is not one of them
        own = frozenset(e.id for s in _subjects(token.sent, None, mentions, _ACTOR)
                        for e in s) if low.startswith("neighbo") else frozenset()
        own |= _clause_agents(token, mentions) if count == 2 or described else own_subject(token, mentions)
        if described:  # "urged members to sanction the Gulf state": of the Gulf, not the speaker
            region = region_members(token)  # "the South American country", "the island nation"
            return subject_or_last(mentions, token, lambda e: e.type == "Country" and e.id not in own
                                   and (region is None or e.id in region), 1)
        if count == 2:
            # a pair named together, else the countries of the two people who last met
            # ("X welcomed Y ... the two countries"), else the two most mentioned
            pair = _last_pair(doc, token, mentions, "Country", frequent=False, exclude=own) \
                or _met_countries(token, mentions, own) \
                or _last_pair(doc, token, mentions, "Country", exclude=own)
            if pair:
                return _story_pair(pair, mentions, token)
        return one_state(mentions, token, low, own, count)  # "the kingdom", "the island", "the country"
    if count == 2 and low in _PEOPLE_NOUNS:  # "the two men", "the two old rivals"
        if low not in _GENDER_NOUNS and low != "pair":  # ("the pair": also the two who met, as "the two men")
            # "a war between the two foes": rivals named together, else countries (the story's pair)
            return _last_pair(doc, token, mentions, "Person") or \
                _last_pair(doc, token, mentions, "Country")
        return _last_pair(doc, token, mentions, "Person") or _met_pair(token, mentions, None, frozenset()) or \
            _last_of(mentions, token, lambda e: e.type == "Person", 2)
    if count == 2 and low in ("sides", "parties"):  # often a country and a rebel group: a meeting's sides
        # ("A held talks with B, and the two sides"), else pairs, else the story's, none with the addresser
        own, story = _clause_agents(token, mentions), story_pair(mentions, 2.0)
        pair = meeting_sides(token, mentions) or _last_pair(doc, token, mentions, _ACTOR, frequent=False, exclude=own)
        return _story_pair(pair, mentions, token) if pair else [] if {e.id for e in story} & own else story
    if low in ("ministry", "department"):
        return last_ministry(mentions, token, low)
    if low in _PLACE_NOUNS and count == 1:
        places = [m for m in mentions.mention_list if m.span.start < token.i and not m.by_coref
                  and m.kind == "name" and m.entities[0].type == "Location"]
        return [places[-1].entities[0]] if places else []
    if low == "party" and count == 1:  # "the ruling party": the party named last
        found = _last_of(mentions, token, lambda e: e.id in mentions.parties
                         or e.type == "Organization" and "Party" in e.label.split(), 1)
        if found or token.sent.start == 0:
            return found
        # "Narodna said ... The party's chairman": a body the gazetteer does not know,
        # subject of this or the previous sentence, is the party
        prev = doc[token.sent.start - 1].sent
        for subjects in reversed(_subjects(prev, None, mentions, ("Organization",))
                                 + _subjects(token.sent, token.i, mentions, ("Organization",))):
            if len(subjects) == 1 and subjects[0].id not in gaz.orgs \
                    and "Ministry" not in subjects[0].label:
                return subjects
        return []
    mods = {c.lower_ for c in token.lefts if c.dep_ in ("amod", "compound")}
    if low == "group" and count == 1 and _group_modifiers_fit(token, mentions):
        # "the paramilitary group", "the group", "the Lebanese group": the named group
        # (armed, political, or a club of states such as the Group of Seven) named last;
        # common-noun groups ("protesters") are no antecedent of a singular "group"
        common = {m.entities[0].id for m in mentions.mention_list if m.kind == "group"}
        return sole_named(mentions, token, lambda e: e.id not in common and (
            e.type == "Group" or e.type == "Organization" and any(w in e.label.split() for w in _GROUP_NAME_WORDS)
            # "the Ruritanian Army", "US Central Command" are a state's forces, never "the paramilitary group"
            and not (gaz.lookup(e.label.split()[0]) or ("",))[0] in ("country", "demonym")
            and getattr(gaz.orgs.get(e.id), "country", None) is None))
    if low in _COMPANY_WORDS and count == 1 and not mods:
        # "accused the company of sabotage": the organisation the article introduced as one
        return _last_of(mentions, token, lambda e: e.id in _companies(doc, mentions), 1)
    if low == "junta" and count == 1:
        return _last_of(mentions, token, lambda e: e.type in ("Organization", "Group") and any(  # national:
            w in e.label.split() for w in _JUNTA_NAME_WORDS) and (e.id not in gaz.orgs or gaz.orgs[e.id].country), 1) \
            or (_junta_country(token, mentions) if not mods - {"military", "ruling", "new"} else [])
    if low == "body" and count == 1 and mods & _REGIONAL_WORDS:
        # "the continental body", "the regional body": an international organisation
        return _last_of(mentions, token, lambda e: e.id in gaz.orgs and gaz.orgs[e.id].country
                        is None and gaz.orgs[e.id].parent is None, 1)
    if low in _ORG_NOUNS:
        words = _ORG_NOUNS[low]
        international = low == "bloc"
        plural = _plural_named(mentions)  # "40 Palestinians ... the movement": not a people
        return _last_of(mentions, token, lambda e: e.type in ("Organization", "Group")
                        and (e.id not in plural or e.id in gaz.orgs)  # "the Houthis" is one
                        and (words is None or any(w in e.label for w in words)  # (not "the X Alliance Army")
                             and e.label.split()[-1] not in _ARMED_NAME_WORDS - set(words))
                        and (not international or (e.id in gaz.orgs
                                                   and gaz.orgs[e.id].country is None
                                                   and gaz.orgs[e.id].parent is None)), 1)
    singular = low[:-1] if count > 1 and low.endswith("s") else low
    # "the US president": the country's name is no word of the title
    compounds = [c.lower_ for c in token.lefts
                 if c.dep_ == "compound" and mentions.entity_at(c) is None]
    title = " ".join(compounds + [singular])
    if title not in gaz.titles and singular not in gaz.titles:
        return []
    country = of_country(token, mentions)  # "the President of Russia"
    for child in token.lefts:
        ent = mentions.entity_at(child)
        if child.dep_ in ("amod", "compound", "poss") and ent is not None and (ent.type == "Country" or ent.type
                                                                            == "Organization" and child.dep_ == "compound"):
            country = ent.id  # (also "the UN Special Coordinator": a title the body gives)
    if count == 2:
        # "Trump said he had spoken to both leaders", "X told a news conference with the two
        # leaders": the clause's own agent is never one of the two it addresses
        own = _clause_agents(token, mentions, countries=False)
        return _titled_pair(doc, token, mentions, title, own) or \
            (_met_pair(token, mentions, title, own) if country is None else []) or \
            _titled(mentions, token, title, country, count, own)
    found = salient_titled(mentions, token, title, country, count)
    if not found and count == 1 and country is None and issuer_body(mentions.article) is not None:
        # "The President spoke with X" in the White House's own release: its office holder
        found = _office_holder(mentions, token, title)
    return found


#: Heads of a style of address: "His Royal Highness", "Her Majesty", "His Excellency".
_STYLE_HEADS = frozenset({"highness", "majesty", "excellency", "eminence", "holiness"})


def _styles(doc: Doc, mentions: Mentions) -> set[int]:
    """"His Royal Highness Prince X" / "His Royal Highness the Crown Prince": the style
    of address is the person named or described right after it, and its "His" is no
    pronoun of an earlier person. Returns the tokens no pronoun rule may take."""
    styled: set[int] = set()
    for i in mentions.positions(_STYLE_HEADS):
        token = doc[i]
        if token.i in mentions._by_token:
            continue
        start = token.i
        while start > token.sent.start and doc[start - 1].lower_ in (
                "his", "her", "royal", "imperial", "serene"):
            start -= 1
        if start == token.i and token.pos_ != "PROPN":
            continue  # "the majesty of the mountains"
        styled.update(range(start, token.i + 1))
        found: list[Entity] = []
        for nxt in doc[token.i + 1:min(len(doc), token.i + 7)]:
            ent = mentions.entity_at(nxt)
            if ent is not None and ent.type == "Person":
                # "His Royal Highness Prince X": the name is the mention; "His" is X too
                if doc[start].lower_ in ("his", "her"):
                    mentions.add(doc[start:start + 1], [ent], by_coref=True, kind="pronoun")
                break
            if nxt.is_punct or nxt.pos_ in ("VERB", "AUX"):
                break
            if nxt.pos_ in ("NOUN", "PROPN") and nxt.lower_ in _TITLE_LAST:
                if nxt.i + 1 < len(doc) and doc[nxt.i + 1].lower_ in _TITLE_LAST:
                    continue  # "the Crown Prince": the title ends on the last word
                found = _description(doc, nxt, mentions)
                if found:  # else "Prince X": the name after the rank decides
                    mentions.add(doc[nxt.i:nxt.i + 1], found, by_coref=True, kind="description")
                    break
        if found:
            mentions.add(doc[start:token.i + 1], found, by_coref=True, kind="description")
    return styled


@functools.lru_cache(maxsize=1)
def _title_last_words() -> frozenset[str]:
    return frozenset(t.split()[-1] for t in load_gazetteer().titles)


class _TitleLast:
    """Lazy set of the last words of titles.csv (loaded on first use)."""

    def __contains__(self, word: str) -> bool:
        return word in _title_last_words()


_TITLE_LAST = _TitleLast()
