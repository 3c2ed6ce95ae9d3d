"""Common nouns: proxies, roles, counted and plural descriptions ("the governments of A and
B", "the Emiratis"), appositions, titles, and definite descriptions of earlier acts ("X fired
a rocket ... Japan condemned the launch": the launch is X's)."""
from __future__ import annotations

import bisect
import functools
from itertools import compress

from spacy.tokens import Token

from kg.extract.ends._base import _COUNTRYISH, _MOD_DEPS, _OWNER_PREPS, End
from kg.nlp import doc_table
from kg.resolve.coref_base import _clause_agents
from kg.resolve.coref_pairs import story_pair
from kg.resolve.gazetteer import load_gazetteer, slug
from kg.types import Entity

__all__ = ["NounRules"]

_MEMBER_DEPS = frozenset({"compound", "amod", "nmod"})
#: plurals that name the fellow members of a body ("its partners in NATO")
_FELLOWS = frozenset({"partner", "ally", "colleague", "counterpart", "member"})
# quantifiers of "members" that pick some of a body's members, who do not speak for it
_SOME_MEMBERS = frozenset({"several", "some", "many", "few", "a", "two", "three", "most", "other", "individual"})


# role nouns that stand for heads of state or government ("the leaders", "the two presidents")
_HEAD_ROLES = frozenset({"leader", "president", "premier", "chancellor", "head"})
# monarchs, whom "Jordan's king" names as "Kuwait's leader" does its head
_MONARCHS = frozenset({"king", "queen", "emir", "sultan", "monarch", "emperor"})
#: titles of a body's head ("the UN chief", "the NATO secretary general", "the AU Commission chairperson")
_BODY_HEADS = frozenset({"chief", "secretary-general", "secretary", "general", "chairperson", "chairman", "chair",
                         "director-general", "boss"})
_ENTOURAGE = frozenset({"team", "camp", "entourage", "aides"})
#: Counted nouns of events and spans, never of the sides ("two rounds", "both days").
_EVENT_COUNTS = frozenset({"round", "war", "day", "week", "month", "year", "time", "decade", "term",
                           "visit", "trip", "session", "phase", "stage", "step", "incident", "attack"})
#: Holdings whose "of" phrase names the owner before any place modifier ("the U.S. assets of X").
_HOLDINGS = frozenset({"asset", "property", "fund", "account", "holding", "reserve", "estate"})
#: People and craft that act for where they come from ("troops from Eritrea", "officials from Chad").
_FROM_PROXIES = frozenset({"troop", "soldier", "fighter", "militant", "paratrooper", "peacekeeper",
                           "warplane", "jet", "drone", "warship", "official", "diplomat", "envoy", "chief", "negotiator",
                           "minister", "delegate", "representative", "commander", "leader", "observer", "monitor",
                           "mediator"})
#: groups sent somewhere under a leader ("a delegation of X headed by Y")
_MISSIONS = frozenset({"delegation", "mission", "team"})
#: verbs of leading an effort: "the peace efforts led by X" are X's
_LEADING_VERBS = frozenset({"lead", "spearhead", "head", "champion"})
#: who governs a place named after "in": "authorities in Tajikistan", "the government in Kabul"
_RULERS_IN = frozenset({"authority", "government", "regime", "administration", "leadership", "ruler", "junta"})
#: Offices whose unnamed holder speaks for the state ("the Turkish foreign minister said").
_STATE_ROLES = frozenset({"minister", "ambassador", "envoy", "diplomat", "official", "spokesman",
                          "spokesperson", "spokeswoman", "president", "premier", "chancellor", "king",
                          "leader", "negotiator", "representative", "secretary", "adviser", "advisor",
                          "emir", "sultan", "queen", "prince", "monarch", "emperor"})
#: Words that make the holder no serving official ("a former Peruvian minister").
_NOT_SERVING = frozenset({"former", "ex", "late", "retired", "opposition", "exiled"})
#: Roles whose unnamed holder speaks for a body as well as for a state.
_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# nouns of a relation to their owner: "its neighbour", "Ruritania's ally" are someone else
_RELATIONAL = frozenset({"neighbour", "neighbor", "ally", "partner", "rival", "enemy", "foe",
                         "adversary", "counterpart"})
# units of an armed group that act on their own ("the ELN's eastern war front")
_GROUP_UNITS = frozenset({"front", "brigade", "battalion", "cell", "faction", "branch",
                          "division", "regiment"})
# bodies that stand for the actor modifying them, beyond the lexicon's proxy nouns ("the
# European commission" as news sometimes writes it is the EU's executive)
_BODY_PROXIES = frozenset({"commission"})
# acts a later definite description names ("the launch", "the seizure"): how many sentences
# after the act's last mention the description may point back, and how many a bare "it" or a
# generic "provocative act" may
_ACT_REACH = 8
#: acts a vague "the move" / "it" does not point back at (only their own noun does: "the suspension")
_NOT_VAGUE = frozenset({"visit", "suspension", "closure", "withdrawal", "boycott"})
_ACT_REACH_VAGUE = 3
_BACK_DETS = frozenset({"the", "this", "that", "these", "those"})
# auxiliaries of acts not done ("would launch", "could seize")
_UNREAL_AUX = frozenset({"will", "would", "could", "might", "may", "should", "wo", "'ll", "ca", "can"})
# acts of an earlier sentence only these verbs need an object of the ``act_projectiles`` list
# for ("fired a rocket", not "fired the minister"; "tested a missile", not "tested the waters")
_LAUNCHING = frozenset({"launch", "fire", "test"})
_AUTHOR_TYPES = frozenset({"Country", "Organization", "Group", "Person"})
# how a pronoun author may have been read: by the resolve stage, or as the reporting speaker
_READ_PRONOUNS = frozenset({"mention", "reporter"})
# generic names of an act, which point at the act last talked about ("criticised the move",
# "condemned the provocation" after a missile launch)
_GENERIC_MOVES = frozenset({"move", "step", "action", "act", "provocation"})


#: Objects of "strike" / "hit" that make no attack ("struck a deal", "hit a snag").
_STRUCK_NON_TARGETS = frozenset({"deal", "agreement", "accord", "bargain", "pact", "compromise", "balance",
                                 "tone", "note", "chord", "record", "snag", "high", "low", "wall", "target"})
#: Participles that make a site its holder's ("sites used by the rebels", "positions held by X").
_HOLDING = frozenset({"use", "hold", "control", "operate", "run", "occupy", "man"})
#: Nouns of the state a person serves ("his country", "her nation").
_OWN_STATES = frozenset({"country", "nation"})
#: Unowned nouns of the ruling body of the article's country ("urged the authorities to").
_RULING = frozenset({"government", "authority", "regime", "ruler"})
#: ... of its military government, in an article about military rule ("the generals",
#: "gave the soldiers 15 days", "the putschists"); "junta" always means one.
_JUNTA_NOUNS = frozenset({"junta", "general", "soldier", "putschist", "military"})
#: Nouns that name a junta with a military word ("the military officers", "the military
#: council") or "coup" before them ("the coup leaders").
_MILITARY_HEADED = frozenset({"officer", "council", "leader", "ruler", "authority", "government"})
_MILITARY_WORDS = frozenset({"military", "army", "coup"})
#: ... of which a singular is one person ("pressed the general to halt the violence").
_RULING_PEOPLE = frozenset({"general", "soldier", "putschist", "officer", "leader", "ruler"})
#: Plurals of a region's governments acting together ("West African leaders imposed ...").
_REGION_ACTORS = frozenset({"leader", "minister", "government", "nation", "state"})
#: Groupings of states a country leads ("the Saudi-led bloc").
_LED_GROUPS = frozenset({"bloc", "coalition", "alliance", "grouping"})

#: Counted nouns that keep the people of the last meeting as people ("the two rivals did not
#: meet", "the two men"); countries' nouns ("the two allies") stand for the states they serve.
_PEOPLE_PAIRS = frozenset({"rival", "man", "men"})
#: Modifiers of a bare plural of office holders ("the Prime Ministers", "the foreign ministers").
_OFFICE_WORDS = frozenset({"prime", "foreign", "defence", "defense", "deputy", "vice", "two", "both"})


def _plural_lemma(tok: Token, lemma: str, known) -> str:
    """The singular of a capitalised plural the tagger left as a name ("the Prime Ministers",
    "Both Leaders": lemma "leaders") when that singular is a word of ``known``."""
    if tok.tag_ == "NNPS" and lemma.endswith("s") and lemma[:-1] in known:
        return lemma[:-1]
    return lemma


def _named_before(ent: Entity, tok: Token) -> bool:
    """Whether the article names ``ent`` before the token ``tok`` (its mentions are character
    spans)."""
    return any(start < tok.idx for start, _end in ent.mentions)


def _before_or_inside(other: Token, ref: Token) -> bool:
    """True when ``other`` precedes the reference ``ref`` or sits inside its phrase
    ("three individuals in China and Hong Kong"); a plural reference does not point ahead
    to a coordination named later ("urged both sides ..., while X and Y offered")."""
    return other.i < ref.i or ref.left_edge.i <= other.i <= ref.right_edge.i


def _act_table(lex) -> tuple[dict[str, frozenset], dict[str, tuple[str, ...]]]:
    """(act noun -> its verbs, verb -> its act nouns) of the ``act_reference_nouns`` cue
    ("launch=launch|fire|test": "the launch" is the act of the last "launched/fired a rocket")."""
    return _parse_acts(lex.cues.get("act_reference_nouns", frozenset()))


def _act_words(lex) -> frozenset:
    """The act nouns and verbs of :func:`_act_table` in one set (a sentence without any is skipped)."""
    return _parse_words(lex.cues.get("act_reference_nouns", frozenset()))


@functools.lru_cache(maxsize=4)
def _parse_words(rows: frozenset) -> frozenset:
    nouns, verbs = _parse_acts(rows)
    return frozenset(nouns) | frozenset(verbs)


@functools.lru_cache(maxsize=4)
def _parse_acts(rows: frozenset) -> tuple[dict[str, frozenset], dict[str, tuple[str, ...]]]:
    nouns: dict[str, frozenset] = {}
    verbs: dict[str, list[str]] = {}
    for row in rows:
        noun, _, said = row.partition("=")
        nouns[noun] = frozenset(said.split("|"))
        for verb in nouns[noun]:
            verbs.setdefault(verb, []).append(noun)
    return nouns, {v: tuple(sorted(n)) for v, n in verbs.items()}


def _spoken_for(tok: Token, mentions, back: int = 3) -> Entity | None:
    """The body an unnamed spokesperson speaks for: a named body or state modifying it
    ("a State Department spokeswoman", "a Commission spokesperson"); for a bare "the
    spokesperson", that of the unnamed one named last in the ``back`` sentences before
    ("A Pentagon spokesman said ... The spokesman denied ...")."""
    for c in tok.children:
        if c.dep_ in ("amod", "poss", "compound"):
            ent = mentions.entity_at(c)
            if ent is not None and ent.type in ("Country", "Organization", "Group"):
                return ent
    if back == 0 or [c.lower_ for c in tok.children] != ["the"]:
        return None
    starts = mentions.sentences()[1]
    here = bisect.bisect_right(starts, tok.i) - 1
    first = starts[max(here - back, 0)]
    for prev in reversed(tok.doc[first:tok.i]):
        if prev.lemma_.lower() in _SPOKES:
            # one the resolve stage gave its state ("a Kremlin spokeswoman"); a named one
            # ("spokesman X") is the person, whom coreference gives "the spokesman"
            ent = mentions.entity_at(prev)
            if ent is None:
                return _spoken_for(prev, mentions, 0)
            return ent if ent.type in ("Country", "Organization", "Group") else None
    return None


#: plurals of states a club's name may modify ("the G20 economies")
_CLUB_PLURALS = frozenset({"democracy", "economy", "nation", "country", "state", "power"})
#: nouns for the members of a body named before them ("the two NATO allies", "both EU members")
_MEMBER_NOUNS = frozenset({"ally", "member", "partner"})



#: words of the names of bodies whose members speak for themselves, not for the body
_DELIBERATIVE = frozenset({"parliament", "assembly", "council", "congress", "senate", "committee", "commission",
                           "cabinet", "house", "court", "board", "chamber", "delegation", "duma", "knesset"})


def _armed_body(entity: Entity | None) -> bool:
    """Whether ``entity`` is a group or an organisation that is no deliberative body (an armed
    group the tagger took for an organisation: "the Sinjar Resistance Units")."""
    if entity is None or entity.type not in ("Group", "Organization"):
        return False
    return entity.type == "Group" or not set(entity.label.lower().split()) & _DELIBERATIVE

class NounRules:
    """Mixin of :class:`~kg.extract.ends.EndFinder` (uses its state and ``_single``)."""

    #: act noun -> [its author, index of the sentence that last mentioned the act]
    _acts: dict | None = None

    # -- acts a later description refers to ----------------------------------
    def remember_acts(self, tokens, lemmas) -> None:
        """After a sentence: remember who did an act that a later definite description names
        ("North Korea fired a long-range rocket", "carried out a nuclear test", "Iran's seizure
        of the tanker"); a later bare "the launch" keeps the act current. Only sentences with
        a word of the ``act_reference_nouns`` cue are looked at."""
        nouns, verbs = _act_table(self.lex)
        words = _act_words(self.lex)
        if words.isdisjoint(lemmas):
            return
        hits = list(compress(range(len(tokens)), map(words.__contains__, lemmas)))
        if self._acts is None:
            self._acts = {}
        here = bisect.bisect_right(self.m.sentences()[1], tokens[hits[0]].i) - 1
        for k in hits:
            tok, lemma = tokens[k], lemmas[k]
            if tok.pos_ == "VERB" and lemma in verbs:
                authors = self._act_doers(tok, lemma)
                for noun in verbs[lemma] if authors else ():
                    self._acts[noun] = [authors[0], here]
            elif tok.pos_ == "NOUN" and lemma in nouns:
                authors = self._act_owners(tok)
                if authors:
                    # "carried out strikes ... the operation": every act noun of the same doing
                    for noun in {lemma, *(n for v in nouns[lemma] for n in verbs.get(v, ()))}:
                        self._acts[noun] = [authors[0], here]
                elif lemma in self._acts and self._points_back(tok):
                    self._acts[lemma][1] = here  # "within hours of the launch": still the act talked about

    def _act_doers(self, verb: Token, lemma: str) -> list[End]:
        """Who did the act of ``verb`` ("X fired a rocket", "a tanker was seized by X"); none
        for an act denied, only possible or intended ("threatened to seize", "would launch")."""
        from kg.extract import syntax  # (imported late: the syntax helpers load the lexicon)

        if syntax.negated(verb) or verb.dep_ == "xcomp" or any(
                c.dep_ == "aux" and c.lower_ in _UNREAL_AUX for c in verb.children):
            return []
        passive = syntax.is_passive(verb)
        if lemma in _LAUNCHING:
            objs = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
            if not any(o.lemma_.lower() in self.lex.cue("act_projectiles") or any(
                    c.dep_ in ("compound", "amod") and c.lemma_.lower() in self.lex.cue("act_projectiles")
                    for c in o.children) for o in objs):
                return []
        if lemma == "crack" and not any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children):
            return []
        if lemma in ("strike", "hit") and any(c.dep_ == "dobj" and c.lemma_.lower() in _STRUCK_NON_TARGETS
                                              for c in verb.children):
            return []  # "struck a deal with Iran", "hit a record": no attack
        subjects = syntax.by_agents(verb) if passive else syntax.subjects(verb)
        # a pronoun counts only as the resolve stage or the speaker read it ("X said it seized"),
        # not as this sentence's coordination
        return [e for t in subjects for e in self.actors(t) if e.entity.type in _AUTHOR_TYPES
                and (t.pos_ != "PRON" or e.via in _READ_PRONOUNS)]

    def _act_owners(self, noun: Token) -> list[End]:
        """The author named with an act noun: "North Korea's launch", "the Russian annexation",
        "the seizure by Iran", "conducted a nuclear test" (the doing verb's subject)."""
        from kg.extract import syntax

        found: list[End] = []
        for c in noun.children:
            # (a possessive pronoun is left out: "Britain condemned its seizure" may read "its" as Britain)
            if c.dep_ == "poss" and c.pos_ != "PRON" or c.dep_ in ("amod", "compound") \
                    and self.m.entity_at(c) is not None:
                found += self.actors(c, conj=False)
            elif c.dep_ in ("prep", "agent") and c.lower_ == "by":
                found += [e for g in c.children if g.dep_ == "pobj" for e in self.actors(g)]
        verb = noun.head
        if not found and noun.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in \
                self.lex.cue("act_doing_verbs") and not syntax.negated(verb):
            found = [e for t in syntax.subjects(verb) for e in self.actors(t)]
        return [e for e in found if e.entity.type in _AUTHOR_TYPES
                and (e.token.pos_ != "PRON" or e.via in _READ_PRONOUNS)]

    def _points_back(self, noun: Token) -> bool:
        """"the launch", "its seizure": a description of an act already named."""
        return any(c.dep_ == "det" and c.lower_ in _BACK_DETS or c.dep_ == "poss" and c.pos_ == "PRON"
                   for c in noun.children)

    def is_act_noun(self, lemma: str) -> bool:
        """Whether a definite "the <lemma>" may name an earlier act's author ("the launch")."""
        return lemma in _act_table(self.lex)[0]

    def act_author(self, tok: Token, noun: str | None = None, after: Token | None = None) -> End | None:
        """The author of the earlier act ``tok`` refers to: the last one named ``noun`` ("the
        launch"), or with ``noun`` None ("called it a clear violation", "what it called a
        provocative act") the act most recently talked about, a few sentences back at most
        (and talked about in a later sentence than ``after``'s); never the side of the
        clause's own subject."""
        acts = self._acts
        if not acts:
            return None
        starts = self.m.sentences()[1]
        here = bisect.bisect_right(starts, tok.i) - 1
        if noun is not None:
            entry, reach = acts.get(noun), _ACT_REACH
        else:
            # (a visit is no "move": "the move" after a trip is the news the trip was about)
            vague = [a for n, a in acts.items() if n not in _NOT_VAGUE]
            if not vague:
                return None
            entry, reach = max(vague, key=lambda a: a[1]), _ACT_REACH_VAGUE
        if entry is None or not 0 <= here - entry[1] <= reach:
            return None
        if after is not None and entry[1] <= bisect.bisect_right(starts, after.i) - 1:
            return None
        if noun in _LAUNCHING and any(g.lemma_.lower() not in self.lex.cue("act_projectiles")
                                      for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                                      for g in c.children if g.dep_ == "pobj"):
            return None  # "the launch of the talks" is no rocket launch
        author = entry[0]
        own = _clause_agents(tok, self.m)
        side = self.affiliation(author.entity) if author.entity.type == "Person" else None
        if author.entity.id in own or side is not None and side.id in own:
            return None
        return author._replace(token=tok, coref=True, via=f"author of the last '{noun or 'act'}'")

    def _ruling_body(self, tok: Token, ent: Entity | None, allowed) -> list[End] | None:
        """"urged the authorities to respect the rights of protesters", "He urged the generals
        to halt the violence", "gave the soldiers 15 days", "urged those responsible to
        preserve civilian rule": an unowned definite description of who rules stands for the
        ruling body of the article's country (:meth:`ruling_body`), never for a person or a
        foreign body the coreference of the resolve stage may have given it. None when the
        token is no such description (or one with its own owner or antecedent)."""
        lemma = tok.lemma_.lower()
        # ("those responsible for the attack" are its unknown authors)
        those = lemma == "those" and any(c.dep_ == "amod" and c.lower_ == "responsible" and not any(
            g.dep_ == "prep" for g in c.children) for c in tok.children)
        if not those and lemma not in _RULING and lemma not in _JUNTA_NOUNS and lemma not in _MILITARY_HEADED:
            return None
        if tok.pos_ != "NOUN" and not those or tok.dep_ in ("compound", "amod", "poss") \
                or lemma in _RULING_PEOPLE and tok.tag_ != "NNS":
            return None
        if ent is not None and (not self.m.is_resolved_by_coref(tok) or ent.type == "Country"
                                or ent.type != "Person" and self._national_body(ent)):
            return None  # a name, or a coreference to a country or one of its bodies: kept
        kids = list(tok.children)
        if not those and not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
            return None  # "a government", "some soldiers", "Sudan's generals" (owned)
        mods = {c.lower_ for c in kids if c.dep_ in ("amod", "compound", "nmod")}
        if any(c.dep_ in ("poss", "nummod") or c.dep_ in ("amod", "compound", "nmod", "appos")
               and self.m.entity_at(c) is not None for c in kids) \
                or any(c.dep_ == "prep" and c.lower_ in ("of", "in", "from") for c in kids):
            return None  # "the Malian junta", "the government of X", "the soldiers in Gao"
        military = those or lemma in _JUNTA_NOUNS or bool(mods & _MILITARY_WORDS)
        if lemma in _MILITARY_HEADED and lemma not in _RULING and not mods & _MILITARY_WORDS:
            return None  # "the officers", "the council", "the leaders": anybody's
        if lemma in _RULING and not military and (self.in_quote(tok) or mods):
            return None  # "the government" in a quote is the speaker's; "the interim government"
        if military and lemma != "junta" and not self.military_rule():
            return None  # "the soldiers", "the generals" of an article on no coup: anyone's
        body = self.ruling_body(military)
        if body is None or body.type not in allowed:
            # "the generals" with no country in focus: nobody, rather than the principal people
            return [] if military or ent is not None and ent.type == "Person" else None
        return [End(body, tok, True, f"ruling body '{tok.text}'")]

    def _regional_bloc(self, tok: Token, ent: Entity | None, allowed) -> list[End]:
        """"West African leaders imposed an embargo on Mali", "Southeast Asian leaders told
        the junta chief ...": the governments of a region acting together (as a subject) are
        its regional bloc (``regional_blocs`` cue) when the article names the bloc."""
        if tok.tag_ != "NNS" or tok.dep_ not in ("nsubj", "nsubjpass") or tok.lemma_.lower() not in _REGION_ACTORS \
                or ent is not None and not self.m.is_resolved_by_coref(tok) and ent.type != "Location":
            return []
        first = min((c.left_edge.i for c in tok.children if c.dep_ in ("amod", "compound")), default=tok.i)
        region = " ".join(t.lower_ for t in tok.doc[first:tok.i])
        name = dict(x.split("=", 1) for x in self.lex.cues.get("regional_blocs", ())).get(region)
        bloc = self.bodies.alias(name) if name else None
        if bloc is None or bloc.type not in allowed or not getattr(self.m.entities.get(bloc.id), "mentions", None):
            return []
        return [End(self.m.entities[bloc.id], tok, True, f"bloc of '{region}'")]

    def _club_members(self, tok: Token, ent: Entity | None, allowed) -> list[End]:
        """"ministers from the Group of Seven major democracies", "the G20 economies": the
        members of a club named as a plural of states act as the club."""
        if ent is not None or tok.tag_ != "NNS" or tok.lemma_.lower() not in _CLUB_PLURALS or any(
                c.dep_ in ("det", "predet", "nummod", "quantmod") and c.lower_ != "the" for c in tok.children):
            return []  # ("some EU member states" are not the bloc)
        return [End(e, tok, True, f"members of '{e.label}'") for c in tok.children if c.dep_ in ("nmod", "compound")
                for e in [self.m.entity_at(c)] if e is not None and e.type == "Organization" and e.type in allowed]

    def _led_group(self, tok: Token, ent: Entity | None, allowed) -> list[End]:
        """"the Saudi-led bloc handed Doha a list of demands": a grouping the article names
        by its leading state only is that state acting for it (one the resolve stage
        named, "the Saudi-led coalition" as a body of its own, is kept)."""
        if ent is not None or tok.lemma_.lower() not in _LED_GROUPS or tok.tag_ != "NN":
            return []
        led = next((c for c in tok.children if c.dep_ == "amod" and c.lower_ == "led"), None)
        leader = next((c for c in led.children if c.dep_ in ("npadvmod", "compound", "amod", "nmod")), None) \
            if led is not None else None
        if leader is None and led is not None and led.i >= 2 and tok.doc[led.i - 1].text == "-":
            leader = tok.doc[led.i - 2]
        country = self.m.entity_at(leader) if leader is not None else None
        if country is None or country.type != "Country" or "Country" not in allowed:
            return []
        return [End(country, tok, True, f"leader of '{tok.text}'")]

    def _national_body(self, ent: Entity) -> bool:
        """Whether ``ent`` is a body of one country (a ministry, a force, a junta)."""
        country_of = getattr(self.m, "country_of", None)
        return country_of is not None and country_of(ent) is not None

    def _absolute_sides(self, tok: Token) -> list[Entity]:
        """"X held talks with Y, with both sides pledging to ...", "X met Y, with the two
        leaders agreeing to ...": the subject of a "with" clause hung on a meeting is its two
        sides (the meeting's subject and partner)."""
        clause = tok.head
        if tok.dep_ != "nsubj" or clause.tag_ != "VBG" or clause.dep_ != "pcomp" or clause.head.lower_ != "with":
            return []
        verb = clause.head.head
        if verb.pos_ not in ("VERB", "AUX"):
            return []
        partners = [o for o in verb.children if o.dep_ == "dobj"]
        partners += [p for o in (verb, *partners) for c in o.children if c.dep_ == "prep" and c.lower_ == "with"
                     and c.i < clause.head.i for p in c.children if p.dep_ == "pobj"]
        found: list[Entity] = []
        for t in [*(c for c in verb.children if c.dep_ == "nsubj"), *partners]:
            ent = self.m.entity_at(t)
            if ent is not None and ent.type in ("Person", "Country", "Organization") and ent not in found:
                found.append(ent)
        return found if len(found) == 2 else []

    def _event_noun(self, lemma: str) -> bool:
        """Whether a counted noun names events or spans ("two wars", "both rounds"), not sides."""
        return lemma in self.lex.nouns or lemma in _EVENT_COUNTS or lemma in self.lex.cue("event_reference_nouns")

    def _counted(self, tok: Token, allowed) -> list[End]:
        """"the three Nordic states", "both neighbours": an earlier coordination of that
        many actors (of that region, when the adjective names one); for two, failing that,
        the article's two principal actors."""
        n = next((self._counts.get(c.lower_) for c in tok.children
                  if c.dep_ in ("nummod", "det", "predet", "amod") and c.lower_ in self._counts), None)
        if n is None or self._event_noun(tok.lemma_.lower()):
            return []  # "fought two wars", "held two rounds of talks": events, not sides
        if any(self.m.entity_at(g) is not None for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"):
            return []  # "killed three members of Hamas": the "of" names whose they are
        region = None
        for c in tok.children:
            if c.dep_ in ("amod", "compound") and self.lex.cues.get("region_" + c.lower_) is not None:
                region = self.lex.cue("region_" + c.lower_)
        lemma = tok.lemma_.lower()
        # "Norway urged both parties": who addresses the parties is none of them
        own = _clause_agents(tok, self.m) if self._multi else frozenset()
        if n == 2 and region is None and (lemma in _COUNTRYISH or lemma in ("side", "party", "neighbour", "neighbor")):
            # "both sides", "the two countries": in an article about two countries those are
            # the two, even when a third pair (mediators, bystanders) was named in between;
            # "two entities", "two companies" are not
            pair = self._principal_pair()
            if len(pair) == 2 and all(e.type == "Country" and e.id not in own for e in pair):
                return [End(e, tok, True, f"principal pair '{tok.text}'") for e in pair if e.type in allowed]
        for group in reversed(self.history):
            ids = {e.entity.id for e in group}
            if not all(_before_or_inside(e.token, tok) for e in group) or ids & own:
                continue  # a reference points back: "urged both sides ..., while X and Y offered"
            if len(ids) == n and (region is None or all(i in region for i in ids)):
                return [e._replace(token=tok, coref=True, via=f"counted '{tok.text}'") for e in group
                        if e.entity.type in allowed]
        if n == 2 and region is None:
            # "both governments", "the two countries": states only
            pair = self._principal_pair(("Country",)) if lemma in _COUNTRYISH else self._principal_pair()
            return [End(e, tok, True, f"principal pair '{tok.text}'") for e in pair
                    if e.type in allowed] if not {e.id for e in pair} & own else []
        return []

    def _people_before(self, tok: Token, n: int) -> list[End]:
        """Exactly ``n`` people named (not by coreference) in ``tok``'s sentence before it and
        in the sentence before; [] otherwise."""
        start = tok.doc[tok.sent.start - 1].sent.start if tok.sent.start else tok.sent.start
        found: dict[str, End] = {}
        for t in tok.doc[start:tok.i]:
            ent = self.m.entity_at(t)
            if ent is not None and ent.type == "Person" and not self.m.is_resolved_by_coref(t):
                found.setdefault(ent.id, End(ent, tok, True, f"the {n} people named before"))
        return list(found.values()) if len(found) == n else []

    def misread_plural(self, tok: Token, many) -> bool:
        """Whether the resolve stage read a plural description of people or states as ONE
        person or country ("The two ministers also discussed X" as one minister, "the two
        rivals" as a mediator's country, "The leaders condemned ..." as one of them): a plural
        never stands for one of them, so the plural rules decide (a club read for "the
        leaders" after a summit is kept)."""
        if tok.tag_ not in ("NNS", "NNPS") or not many or not self.m.is_resolved_by_coref(tok):
            return False
        lemma = _plural_lemma(tok, tok.lemma_.lower(), self._roles | self._collective)
        if lemma not in self._roles and lemma not in self._collective and lemma not in _COUNTRYISH:
            return False
        if len(many) == 2 and lemma in self._roles and self._other_people(tok, many):
            pass  # "The two ministers" read as two people who did not meet: the two who did
        elif len(many) != 1 or many[0].type not in ("Person", "Country"):
            return False
        elif many[0].type == "Country" and lemma in _JUNTA_NOUNS | _RULING_PEOPLE and not any(
                c.lower_ in self._counts for c in tok.children):
            return False  # "The generals who overthrew the president": the state they rule
        # "the two X", "both X", "the X" (no owner of their own: "the Kuwaiti ministers" is Kuwait's)
        return any(c.lower_ in self._counts or c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
            and not any(c.dep_ in ("poss", "amod", "compound", "nmod") and self.m.entity_at(c) is not None
                        for c in tok.children)

    def _hold_office(self, people, lemma: str) -> bool:
        """Whether each of ``people`` may be called by the plural office ``lemma`` after the
        titles the article gives them: "the two ministers" are no presidents, "the two
        leaders" no foreign ministers (a person with no title known may be either)."""
        titles = getattr(self.m, "titles", None) or {}
        heads = {f.subject_id for f in getattr(self.m, "static_facts", ()) or () if f.predicate == "leaderOf"}
        office = getattr(self, "leaders_office", "") if {e.id for e in people} == \
            {e.entity.id for e in getattr(self, "last_leaders", ())} else ""
        if office and (lemma == "minister") != ("minister" in office):
            return False  # "Presidents A and B ... the two ministers", "Ministers A and B ... the two leaders"
        for person in people:
            held = titles.get(person.id) or []
            words = " ".join(str(t[0]).lower() for t in held)
            if "counterpart" in words:
                continue  # "his Iraqi counterpart": the office of the other
            if lemma == "minister" and "minister" not in words and "secretary" not in words \
                    and (held or person.id in heads):
                return False  # ("Presidents A and B" leave no title, but lead their countries)
            if not held:
                continue
            if lemma in _HEAD_ROLES and not (any(t[1] == "leaderOf" for t in held) or any(
                    w in words for w in ("president", "prime minister", "premier", "chancellor", "leader"))):
                return False
        return True

    def _other_people(self, tok: Token, many) -> bool:
        """Whether the two people ``many`` differ from the two who last met or were coordinated
        as a subject (:attr:`last_leaders`), and were not named together since ("A and B")."""
        met = self.last_leaders
        if len(met) != 2 or met[0].token.doc is not tok.doc or any(e.type != "Person" for e in many) \
                or {e.id for e in many} == {e.entity.id for e in met}:
            return False
        lemma = _plural_lemma(tok, tok.lemma_.lower(), self._roles)
        if not self._hold_office([e.entity for e in met], lemma):
            return False
        ids = {e.id for e in many}
        # "A spoke with B, and the two leaders agreed": two people named in the sentence before
        # the reference are the resolve stage's pair, whoever met before
        if {e.entity.id for e in self._two_people_before(tok)} == ids:
            return False
        for t in tok.doc[max(e.token.i for e in met):tok.i]:
            # a coordination of the two since ("A and B agreed"): the resolve stage's pair is newer
            if t.dep_ == "conj" and {getattr(self.m.entity_at(x), "id", None) for x in (t, t.head)} == ids:
                return False
        return True

    def _principal_people(self, tok: Token, met_only: bool = False) -> list[Entity]:
        """The two people "the leaders" / "the two ministers" stand for: the two most
        mentioned heads (leaderOf facts of the resolve stage) for "leaders" and
        "presidents", else the two most mentioned people; never the sentence's reporter
        ("Misri said the leaders reviewed ..."). With ``met_only`` (a reference inside a
        quote) only the two people who last met or were coordinated as a subject."""
        met = [e.entity for e in self.last_leaders]
        lemma = _plural_lemma(tok, tok.lemma_.lower(), self._roles)
        if len({e.id for e in met}) == 2 and lemma in _HEAD_ROLES | {"minister", "man"} \
                and all(_named_before(e, tok) for e in met) and self._hold_office(met, lemma):
            # "said the two leaders had discussed X": the two people of the article's last
            # meeting (or coordinated as a subject), the speaker among them
            self.pair_used(tok, met)
            return met
        if met_only:
            return []
        reporter = self.speaker.entity.id if self.speaker is not None else None
        # a reference points back: people the article names only after it are not its referents
        # ("The two leaders agreed ... Later he met A and B")
        people = [e for e in self._principal_pair(("Person",)) if e.id != reporter]
        if not all(_named_before(e, tok) for e in people):
            people = []
        if lemma in _HEAD_ROLES:
            heads = {f.subject_id for f in getattr(self.m, "static_facts", ()) or () if f.predicate == "leaderOf"}
            ranked = sorted((e for e in self.m.entities.values() if e.id in heads and e.id != reporter
                             and _named_before(e, tok)),
                            key=lambda e: -len(e.mentions))
            if len(ranked) >= 2 and (len(ranked) == 2 or len(ranked[1].mentions) > len(ranked[2].mentions)):
                return ranked[:2]
            return []
        return people if len(people) == 2 else []

    def _meeting_sides(self, tok: Token, lemma: str) -> list[Entity]:
        """"X met Y in Hanoi. The two sides agreed to ...", "held talks with Y ... The two rivals
        did not meet": the two sides of the last meeting or talks (:meth:`meeting_in_reach`);
        people stand for the countries they lead or serve ("the two countries", "the two
        allies"), but stay people for "the two rivals", "the two men"."""
        if lemma not in _COUNTRYISH and lemma not in ("side", "party", "ally", "neighbour", "neighbor") \
                and lemma not in _PEOPLE_PAIRS or not any(c.lower_ in ("two", "both") for c in tok.children):
            return []
        sides = self.last_meeting
        if len(sides) != 2 or not self.meeting_in_reach(tok):
            return []
        out = []
        for end in sides:
            ent = end.entity
            if ent.type == "Person" and lemma not in _PEOPLE_PAIRS:
                ent = self.affiliation(ent)
                if ent is None or ent.type != "Country":
                    return []
            out.append(ent)
        if len({e.id for e in out}) != 2:
            return []
        self.pair_used(tok, [e.entity for e in sides])
        return out

    def _distinct_sides(self, group: list[End]) -> list[End]:
        """``group`` unless it is people not known to stand for different countries: "X and
        his foreign minister Y" are one side, so "the two sides" must be found elsewhere."""
        people = [e for e in group if e.entity.type == "Person"]
        if len(people) < 2 or len(people) != len(group):
            return group
        # two people are two sides only when each is known to speak for a different country
        sides = [getattr(self.affiliation(e.entity), "id", None) for e in people]
        return group if None not in sides and len(set(sides)) == len(sides) else []

    def _owners_other(self, tok: Token, lemma: str, allowed, depth: int) -> list[End] | None:
        """"the invasion of its neighbour", "Ruritania's ally": a relation to the owner names
        another actor, never the owner itself; "our Czech allies", "his Venezuelan counterpart":
        the nationality says which ("its Houthi rivals": a group named as well, for a rival or
        enemy). None when ``tok`` is no such noun; [] when it names nobody that can be found."""
        if lemma not in _RELATIONAL or tok.tag_ not in ("NN", "NNS") or not any(c.dep_ == "poss" for c in tok.children):
            return None
        kinds = ("Country", "Group", "Organization") if lemma in ("rival", "enemy", "foe", "adversary") \
            else ("Country",)
        named = [e for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i
                 for e in self._single(c, allowed, depth + 1) if e.entity.type in kinds]
        if named:
            return [e._replace(token=tok, via=f"proxy '{tok.text}'") for e in named]
        if tok.tag_ == "NN":
            self.notes.append(f"'{tok.text}' is another actor than its owner")
            return []
        return None

    def _noun_phrase(self, tok: Token, allowed, depth: int) -> list[End]:
        """Common nouns: plural references, roles, proxies ("Indian troops", "the report by X")."""
        table = doc_table(tok.doc)  # the children's words and labels, without Token objects
        lemma, kids, dep = table.lemma[tok.i], table.kids[tok.i], table.dep
        lemma = _plural_lemma(tok, lemma, self._roles)  # "The Prime Ministers", "Both Leaders"
        if any(table.lower[c] == "member" and dep[c] in _MEMBER_DEPS for c in kids):
            return []  # "EU member states" are not the EU
        named = self._named_appos(tok, allowed)
        if named:
            return named
        if lemma in ("party", "side") and tok.tag_ == "NNS" and any(table.lower[c] == "all" for c in kids):
            # "urged all parties in Myanmar to end the violence": the country whose parties they are
            within = [e for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
                      if p.dep_ == "pobj" for e in self._single(p, allowed, depth + 1) if e.entity.type == "Country"]
            if within:
                return [e._replace(token=tok, via=f"'{tok.text} in'") for e in within]
        if lemma == "delegation" and tok.tag_ == "NN" and [table.lower[c] for c in kids if dep[c] != "punct"] == ["the"]:
            back = self._last_delegation(tok, allowed)  # "The delegation called on President X"
            if back:
                return back
        if lemma == "member" and any(table.lower[c] == "of" for c in kids) \
                and any(dep[c] == "nummod" or table.lower[c] in _SOME_MEMBERS for c in kids) \
                and not any(_armed_body(self.m.entity_at(g)) for c in tok.children
                            if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"):
            # "several members of the parliament" are not the parliament ("the members" are);
            # "killed three members of Hamas": an armed group's people are the group's
            return []
        if tok.tag_ == "NNS" and depth < 3 and self.m.entity_at(tok) is None:
            # "target lenders including A, B and C", "our partners, including A and B": the
            # plural stands for the named members of its list
            listed = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "including"
                      for g in c.children if g.dep_ == "pobj"]
            hit = [e for g in listed for e in self.actors(g, allowed)]
            if hit:
                return [e._replace(via=f"listed in '{tok.text}'") for e in hit]
            if lemma in _FELLOWS:
                # "asked its partners in NATO and the European Union": the alliances themselves
                # (the parser may hang "in NATO" on the verb, right after the noun)
                within = [g for c in (*tok.children, *(tok.doc[tok.i + 1:tok.i + 2] if tok.head.i != tok.i else ()))
                          if c.dep_ == "prep" and c.lower_ in ("in", "within") and c.head.i in (tok.i, tok.head.i)
                          for g in c.children if g.dep_ == "pobj"]
                hit = [e for g in within for e in self.actors(g, allowed) if e.entity.type == "Organization"]
                if hit:
                    return [e._replace(token=tok, via=f"'{tok.text} in'") for e in hit]
        if lemma in self._roles and "Person" in allowed:
            # "with President of Uzbekistan Shavkat Mirziyoyev": the name hangs off "of"
            named = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj" and getattr(self.m.entity_at(g), "type", None) == "Person"]
            # (also deeper, last in the phrase: "with Minister of Foreign Affairs of the Republic of Uzbekistan X")
            named = named or [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.subtree
                              if g.dep_ == "pobj" and getattr(self.m.entity_at(g), "type", None) == "Person"
                              and g.i == c.right_edge.i]
            if named:
                return [End(self.m.entity_at(named[0]), tok, False, f"named '{tok.text} of'")]
        # "his team would meet X": a person's team acts for them (only with the owner named)
        team = lemma in _ENTOURAGE and any(c.dep_ == "poss" for c in tok.children)
        # "both parties" counts sides as "both sides" does ("the party" alone is a political one)
        # ("the two rivals", "both men" as well: the people of the last meeting; "the two allies",
        # "both EU members": members counted, a body's named only with the body before them)
        parties = (lemma in ("party", "ally") or lemma in _PEOPLE_PAIRS or lemma in _MEMBER_NOUNS and any(
            c.dep_ in ("compound", "nmod") and getattr(self.m.entity_at(c), "type", None) == "Organization"
            for c in tok.children)) and tok.tag_ == "NNS" \
            and any(c.lower_ in self._counts for c in tok.children)
        if self.any_noun or lemma in self._proxy or lemma in self._roles or tok.pos_ == "PROPN" or team \
                or lemma in _BODY_PROXIES or parties:
            # "the two countries", "both sides": the sentence's coordinated subject
            # (not "fought two wars", "held two rounds of talks": events, not actors)
            # (not "two Houthi commanders": a count of a named side's people)
            # (not "a three-nation tour": a count that describes the noun it modifies)
            plural_ref = tok.dep_ != "compound" and not self._event_noun(lemma) and any(
                c.lower_ in ("two", "both", "three") for c in tok.children
                if c.dep_ in ("nummod", "det", "predet", "amod")) and (lemma in _MEMBER_NOUNS or not any(
                c.dep_ in ("compound", "nmod") and getattr(self.m.entity_at(c), "type", None) in ("Group", "Organization")
                for c in tok.children))  # ("the two NATO allies" are two members of the body)
            if not plural_ref and tok.tag_ in ("NNS", "NNPS") and lemma in self._roles \
                    and [table.lower[c] for c in kids if dep[c] == "det"] == ["the"] \
                    and all(dep[c] == "det" or table.lower[c] in _OFFICE_WORDS for c in kids):
                # "the presidents also exchanged views", "The Prime Ministers discussed X": the two
                # people who last met, else the two the article is about, when two stand out (a
                # coordination nearby may pair one of them with an aide)
                # (in a quote "the leaders" may be the speaker's others: only the people who last met)
                return [End(e, tok, True, "principal pair") for e in self._principal_people(tok, self.in_quote(tok))
                        if e.type in allowed]
            if not plural_ref and tok.tag_ == "NNS" and lemma in self._collective:
                # "the neighbouring countries", "their leaders": no other owner named
                plural_ref = any(c.lower_ in ("the", "their", "those", "these") for c in tok.children
                                 if c.dep_ in ("det", "poss")) and \
                    not any(self.m.entity_at(c) is not None for c in tok.children)
            # people ("the two presidents") are found among this sentence's actors only
            counted = self._counted(tok, allowed) if tok.tag_ == "NNS" and lemma not in self._roles else []
            own = _clause_agents(tok, self.m) if plural_ref and self._multi else frozenset()
            n = next((self._counts[c.lower_] for c in tok.children if c.lower_ in self._counts), None)
            met = self._meeting_sides(tok, lemma) if plural_ref and lemma in _PEOPLE_PAIRS else []
            met = (self._absolute_sides(tok) if plural_ref else []) or met
            if met:
                # "held talks with Y ... The two rivals did not meet": the last meeting's sides,
                # not an earlier pair of the same size (the mediators)
                return [End(e, tok, True, "sides of the last meeting") for e in met if e.type in allowed]
            if counted and (n is None or len({e.entity.id for e in (self.group or self.prev_group)}) != n):
                # "the three Nordic states" when this sentence's coordination is another one
                return counted
            if plural_ref:
                # the sentence's own coordination only when it comes before the reference
                group = [e for e in self.group if _before_or_inside(e.token, tok)] or self.prev_group
                if {e.entity.id for e in group} & own:
                    group = []  # "Norway urged both parties" after "Cuba and Norway ...": not those
                if lemma in ("side", "party"):
                    group = self._distinct_sides(group)
                # "the two leaders" are people, "the two countries" are not; "the two sides" either
                if lemma in self._roles:
                    group = [e for e in group if e.entity.type == "Person"]
                elif lemma in _COUNTRYISH or lemma not in ("side", "party"):
                    # "the two militaries", "the two governments" are not the people
                    group = [e for e in group if e.entity.type != "Person"]
                if n is not None and n > 2 and lemma in self._roles and len({e.entity.id for e in group}) != n:
                    # "A held a call with his counterparts B and C ... The three envoys condemned":
                    # the people named in this sentence and the one before, when just that many
                    group = self._people_before(tok, n) or group
                if len(group) >= 2:
                    return [e._replace(coref=True, via="plural") for e in group if e.entity.type in allowed]
                if counted:
                    return counted  # no usable coordination nearby: the earlier one of that size
                met = self._meeting_sides(tok, lemma)
                if met:
                    return [End(e, tok, True, "sides of the last meeting") for e in met if e.type in allowed]
                if lemma in self._roles and not group and any(c.lower_ in ("two", "both") for c in tok.children):
                    # "the two prime ministers" with nobody coordinated nearby: the article's two principal people
                    return [End(e, tok, True, "principal pair") for e in self._principal_people(tok)
                            if e.type in allowed]
                if lemma in ("side", "party") and not group:
                    # "The sides also agreed ..." with no pair nearby: the two countries the article
                    # is about, well ahead of the rest (not the speaker's own); coreference does the
                    # same for a counted "both sides" / "the two sides"
                    story = story_pair(self.m, 2.0) if hasattr(self.m, "mention_list") else []
                    if not {e.id for e in story} & _clause_agents(tok, self.m):
                        return [End(e, tok, True, "the story's pair") for e in story if e.type in allowed]
            after = tok.i + 1
            if after + 2 < len(tok.doc) and table.lower[after] == "-" and table.lower[after + 2] == "of":
                after += 2  # "the secretary-general of the Arab League, X"
            if after < len(tok.doc) and table.lower[after] == "of" and tok.right_edge.i - tok.i <= 12:
                # "General Secretary of the X Party Central Committee To Lam": after the office
                after = _name_after_office(tok)
            named = self.m.entity_at(tok.doc[after]) if lemma in self._roles and tok.tag_ != "NNS" \
                and after < len(tok.doc) and "Person" in allowed else None
            if named is not None and named.type == "Person":
                # "his counterpart Carlos Mendez" with the name parsed away from its title
                return [End(named, tok, False, f"named '{tok.text}'")]
            if lemma in self._roles and tok.tag_ == "NNS" and "Person" in allowed and tok.i + 2 < len(tok.doc) \
                    and table.lower[tok.i + 1] == "," and not any(dep[c] == "appos" for c in kids):
                # "his Armenian and Azerbaijani counterparts, A and B" with the names hung elsewhere
                first = tok.doc[tok.i + 2]
                while first.dep_ == "compound" and first.head.i > first.i:
                    first = first.head
                people = [e for t in (first, *first.conjuncts) for e in [self.m.entity_at(t)]
                          if e is not None and e.type == "Person"]
                if len(people) > 1:
                    return [End(e, tok, False, f"named '{tok.text}'") for e in {e.id: e for e in people}.values()]
            if lemma in self._roles and tok.tag_ != "NNS":
                # "a Chilean foreign minister" is a person, not Cuba; "Indian officials" speak for India;
                # but "expelled Russia's ambassador" targets Russia (attitude / coercion targets)
                hit = self._appos(tok, allowed, depth) or self._titled(tok, lemma, allowed) \
                    or self._unnamed_official(tok, lemma, allowed) or self._body_official(tok, lemma, allowed)
                if hit or not self.any_noun:
                    # "urged his Iranian counterpart to ...": the other side's official, whose
                    # nationality names the side
                    return hit or self._owners_other(tok, lemma, allowed, depth) or []
            hit = self._appos(tok, allowed, depth)
            if hit:
                return hit
            bare = not any(dep[c] in _MOD_DEPS or dep[c] == "prep" for c in kids)
            if bare and self.speaker is not None and lemma in ("government", "administration", "country", "nation") \
                    and tok.tag_ == "NN" and self.in_quote(tok):
                # "The government has filed a protest" in a quote: the speaker's government
                aff = self.affiliation(self.speaker.entity) if self.speaker.entity.type == "Person" else self.speaker.entity
                if aff is not None and aff.type in allowed:
                    return [End(aff, tok, True, "speaker's government")]
            # ("a government crackdown", "government forces": the modifier is as definite)
            if bare and lemma in ("government", "authority", "kingdom", "police") and not self.in_quote(tok) \
                    and (lemma == "police" or any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
                         or lemma == "government" and tok.dep_ == "compound" and tok.head.pos_ == "NOUN"):
                # "asked the government to ...", "police had beaten students": outside a quote, the country the article is about;
                # "the Kingdom" in a ministry's statement is the issuer
                country = (self.issuer() if lemma == "kingdom" else None) or self.dominant_country()
                if country is not None and country.type in allowed:
                    return [End(country, tok, True, "the article's country")]
            if bare and lemma in self._artefacts and lemma in self._owner_of:
                owner = self._owner_of[lemma]
                if owner.entity.type in allowed:
                    return [owner._replace(token=tok, coref=True, via=f"earlier '{lemma}'")]
            # "the decision within hours": an adverbial "within/after" phrase names no owner
            # ("the violence against students" names the victims, not the owner)
            victim_preps = ("against", "on") if lemma in self._attack_refs else ()
            # "the seizure of the tanker", "the killing of a journalist": "of" names the victim
            act_noun = lemma in _act_table(self.lex)[0]
            victim_preps += ("of",) if act_noun else ()
            # ("the missile launch", "the latest nuclear test": words that name no actor name no owner)
            # ("the water-cannon attack", "the missile strikes": a kind of weapon names no owner)
            weapon_kind = lemma in self._attack_refs  # (any modifier owns another act: "the European decision")
            unowned = not any((c.dep_ in _MOD_DEPS and (not act_noun and not (weapon_kind and c.pos_ in ("NOUN", "ADJ"))
                                                         or c.dep_ == "poss"
                                                         or self.m.entity_at(c) is not None))
                              or c.dep_ == "prep" and c.lower_ in _OWNER_PREPS
                              and c.lower_ not in victim_preps for c in tok.children)
            named = self.lex.nouns.get(lemma) or self.lex.verbs.get(lemma) or ()
            # "the launch" after "X fired a rocket": the act's author; else the last event's agent
            # (praise is left out: "state media hailed the launch" is the author's own side)
            agent = self.act_author(tok, lemma) if act_noun and unowned else None
            agent = agent or (self.last_attacker if lemma in self._attack_refs else
                              (self.last_by_relation.get(named[0].relation) if named else None) or self.last_agent
                              if lemma in self._event_refs else
                              self.last_accuser if lemma in self._claim_refs and self.relation == "rejects"
                              and tok.tag_ == "NNS" else None)
            if lemma in _GENERIC_MOVES and unowned and self.relation not in ("", "supports"):
                # "Iran seized a tanker ... France criticised the move": an act talked about
                # after the last sanction, threat or attack is what a generic "move" means
                agent = self.act_author(tok, after=agent.token if agent is not None else None) or agent
            definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
                           for c in tok.children)
            if unowned and definite and (lemma in self._attack_refs or lemma in self._event_refs) \
                    and self.relation in self._against_agent \
                    and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):  # ("the launch of talks")
                # "condemned the attack": the authors of the last act of that word (the
                # group that claimed the camp attack), before the last attacker of any kind
                # (the ally whose jets struck the fleeing fighters)
                from kg.extract.frames.act_targets import earlier_act_authors
                found = [e for e in earlier_act_authors(tok, self) or () if e.entity.type in allowed]
                if found:
                    return [e._replace(via=f"event '{tok.text}'") for e in found]
            if unowned and agent is not None and self.relation in self._against_agent \
                    and agent.entity.type in allowed and definite:
                # "rejected the ruling", "denounces this assault": a definite event
                # description names the agent of the last event of its kind
                return [agent._replace(token=tok, coref=True, via=f"event '{tok.text}'")]
            # "a delegation of the State Duma headed by X": the leading clause the parser hung on
            # the body the delegation comes from
            led = [c for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                   if g.dep_ == "pobj" for c in g.children if c.dep_ == "acl"
                   and c.lemma_.lower() in _LEADING_VERBS] if lemma in _MISSIONS else []
            for child in [*tok.children, *led]:
                if child.dep_ == "acl" and child.tag_ == "VBN" and depth == 0 \
                        and (lemma in self._attack_refs | self._event_refs | self._artefacts
                             or child.lemma_.lower() in _LEADING_VERBS  # "the peace efforts led by X"
                             or lemma in self.lex.cue("attack_site_nouns") and child.lemma_.lower() in _HOLDING):
                    # "the assault launched by militants", "the measures announced by X": the agent;
                    # "strikes on sites used by the rebels": the user of what was struck
                    # ("led by X and by Y": a repeated "by")
                    hit = [e for g in child.children if g.dep_ == "agent" for a in (g, *g.conjuncts)
                           for p in a.children if p.dep_ == "pobj" for e in self._single(p, allowed, depth + 1)]
                    if hit:
                        return [e._replace(via=f"agent of '{tok.text}'") for e in hit]
            other = self._owners_other(tok, lemma, allowed, depth)
            if other is not None:
                return other
            if lemma == "member" and tok.tag_ == "NN" and not self.m.entities_at(tok) and any(
                    c.dep_ == "compound" and any(e.type == "Organization" for e in self.m.entities_at(c))
                    for c in tok.children):
                # "the small Balkan NATO member": one of the body's members, not the body
                self.notes.append(f"'{tok.text}' is a member, not its body")
                return []
            unit = self._group_unit(tok, lemma, allowed) or self._fighting_sides(tok, lemma, allowed, depth)
            if unit:
                return unit
            if tok.dep_ == "dobj" and self._multi and any(table.lower[c] == "their" and dep[c] == "poss" for c in kids):
                # "A and B reaffirmed their commitment to X": the owner is the subject itself,
                # never a target of one of its members
                own = _clause_agents(tok, self.m, countries=False)
                if len(own) >= 2 and {e.entity.id for e in self.plural_group(tok)} <= own:
                    self.notes.append(f"'their {tok.text}' is the subject's own")
                    return []
            # ("violations of Bangladeshi airspace by Myanmar helicopters": the doer named after
            # "by" is whose act it is, before whose airspace)
            kids_ = sorted(tok.children, key=lambda c: not (c.dep_ in ("prep", "agent") and c.lower_ == "by"))
            if lemma in _HOLDINGS:
                # "the U.S. assets of seven Russian officials": where holdings lie is no owner;
                # the "of" phrase names whose they are
                kids_.sort(key=lambda c: not (c.dep_ == "prep" and c.lower_ == "of"))
            for child in kids_:
                if child.dep_ in _MOD_DEPS or (child.dep_ in ("prep", "agent") and child.lower_ in ("of", "by")
                                               and not (act_noun and child.lower_ == "of")) \
                        or (self.any_noun and child.dep_ == "prep" and child.lower_ == "from" and depth < 2) \
                        or (child.dep_ == "prep" and child.lower_ == "from"
                            and (lemma in self._collective or lemma in _FROM_PROXIES)) \
                        or (child.dep_ == "prep" and child.lower_ == "in" and lemma in _RULERS_IN):
                    target = child
                    if child.dep_ in ("prep", "agent"):
                        target = next((g for g in child.children if g.dep_ == "pobj"), None)
                        if target is None:
                            continue
                    whose = child.dep_ == "poss" and child.lower_ == "whose" and tok.head.dep_ == "relcl"
                    if whose:
                        target = tok.head.head  # "X, whose country backs Y": the relative clause's noun
                    hit = self._single(target, allowed, depth + 1)
                    if whose and tok.tag_ == "NNS" and target.conjuncts:
                        # "by A, B and C, whose governments lodged protests": each one's
                        hit = [e for t in (target, *target.conjuncts) for e in self._single(t, allowed, depth + 1)]
                    if child.dep_ == "poss" and (lemma in _OWN_STATES or whose and lemma == "government"):
                        # ("her government would ... and called on Y" leaves a misparsed
                        # conjunct the person's own act: only "whose government" is mapped)
                        # "he said his country would ...": a country nobody knows is no person
                        hit = self._served_country(hit, allowed) or (
                            [] if lemma in _OWN_STATES and [e.entity.type for e in hit] == ["Person"] else hit)
                    if not hit and child.dep_ == "compound" and child.pos_ == "NOUN":
                        # "Turkish riot police" parsed as (Turkish riot) police
                        hit = [e for g in child.children if g.dep_ in ("amod", "compound")
                               for e in self._single(g, allowed, depth + 1)]
                    if hit and (child.dep_ in ("amod", "compound", "nmod")
                                or child.dep_ == "prep" and child.lower_ in ("of", "from") and tok.tag_ == "NNS"):
                        # "Armenian and Azerbaijani troops": coordinated modifiers, one actor each;
                        # "X's government and U.S. officials" is parsed as (X's government and U.S.) officials;
                        # "the foreign ministers of A and B", "troops from A and B": a plural owned
                        # by a coordination is each one's (a singular "the border of A and B" is not
                        # split here)
                        for other in target.conjuncts:
                            hit += [e for e in self._single(other, allowed, depth + 1)
                                    if e.entity.id not in {h.entity.id for h in hit}]
                    if hit and child.dep_ == "prep" and child.lower_ == "of" and tok.tag_ == "NNS":
                        # "the efforts of ECOWAS and of the African Union": a repeated preposition
                        for other in (g for cp in child.conjuncts if cp.lower_ == "of"
                                      for g in cp.children if g.dep_ == "pobj"):
                            hit += [e for e in self._single(other, allowed, depth + 1)
                                    if e.entity.id not in {h.entity.id for h in hit}]
                    if hit:
                        if lemma in self._artefacts:
                            self._owner_of[lemma] = hit[0]
                        return [e._replace(via=f"proxy '{tok.text}'") for e in hit]
        return []

    def _named_appos(self, tok: Token, allowed) -> list[End]:
        """"in support of its Palestinian ally Hamas", "the militant group Hamas": a common
        noun with a name in apposition stands for what the name names (for a plural, every
        name of the coordination: "its allies Russia and Iran")."""
        if tok.pos_ != "NOUN" or tok.lemma_.lower() in self._roles:
            return []  # roles have their own reading of a name in apposition (see _appos)
        for child in tok.children:
            # right after the noun (a misparse hangs a far name on it: "the deal, brokered
            # by X after talks, was signed by the ministers, A and B")
            if child.dep_ == "appos" and child.pos_ == "PROPN" and 0 < child.left_edge.i - tok.i <= 2 \
                    and self.m.entity_at(child) is not None:
                # a place keeps its description's reading ("the Kazakh capital, Astana": Kazakhstan)
                found = [e for e in self.actors(child, allowed, conj=tok.tag_ == "NNS")
                         if e.entity.type != "Location"]
                if found:
                    return [e._replace(via=f"named '{tok.text}'") for e in found]
        return []

    def _fighting_sides(self, tok: Token, lemma: str, allowed, depth: int) -> list[End]:
        """"condemned the outbreak of fighting between the army and the rebels": who is
        condemned for fighting is every side the "between" phrase names (a fighting noun of
        the lexicon's attacks; criticism only: "concerned about the fighting" keeps its topic)."""
        if self.relation != "criticizes" or not any(
                t.relation == "attacks" for t in self.lex.nouns.get(lemma, ())):
            return []
        sides = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "between"
                 for g in c.children if g.dep_ == "pobj"]
        found: list[End] = []
        for side in sides:
            for e in self.actors(side, allowed):
                if e.entity.id not in {f.entity.id for f in found}:
                    found.append(e._replace(via=f"side of '{tok.text}'"))
        return found if len(found) >= 2 else []

    def _served_country(self, hit: list[End], allowed) -> list[End]:
        """"his country", "whose government": a person's country is the one the person
        serves (from the static facts), not the person."""
        if len(hit) != 1 or hit[0].entity.type != "Person" or "Country" not in allowed:
            return []
        country = self.affiliation(hit[0].entity)
        if country is None or country.type != "Country":
            return []
        return [hit[0]._replace(entity=country, coref=True, via=f"country of {hit[0].entity.label}")]

    def _group_unit(self, tok: Token, lemma: str, allowed) -> list[End]:
        """"blamed the ELN's eastern war front": a described unit of a named armed or
        political group acts on its own, named by its description; "the group's command"
        (its leadership) speaks for the group and is not a unit."""
        if lemma not in _GROUP_UNITS or tok.tag_ != "NN" or "Group" not in allowed:
            return []
        owners = [c for c in tok.children if c.dep_ == "poss"]
        owner = self.m.entity_at(owners[0]) if len(owners) == 1 else None
        if owner is None or owner.type != "Group":
            return []
        words = tok.doc[owners[0].right_edge.i + 1:tok.i + 1]
        words = [t for t in words if t.tag_ != "POS"]
        if len(words) < 2 or not all(t.is_lower and t.dep_ in ("amod", "compound") for t in words[:-1]):
            return []  # "the ELN's front": too bare to name a unit
        label = " ".join(t.text for t in words)
        unit = self.m.entities.setdefault(slug(label), Entity(slug(label), label, "Group"))
        return [End(unit, tok, False, f"unit of '{owner.label}'")]

    def _titled(self, tok: Token, lemma: str, allowed) -> list[End]:
        """"a Chilean foreign minister" -> the one person of the article titled so (resolve's titles)."""
        titles = getattr(self.m, "titles", None)
        if not titles or "Person" not in allowed:
            return []
        if any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.text[:1].isupper() for c in tok.children):
            # "the foreign minister, Zaw Min Tun, ...": a name the tagger missed is someone
            # else than the earlier holder of the title
            return []
        words = [c.lower_ for c in tok.lefts if c.dep_ in ("amod", "compound") and self.m.entity_at(c) is None]
        role = " ".join(words + [lemma])
        country = self._official_country(tok)
        if country is None:
            return []  # without a country the description is too loose ("a minister")
        found = [pid for pid, entries in titles.items()
                 if any(len(entry) == 3 and str(entry[0]).endswith(role) and entry[2] == country.id
                        for entry in entries)]
        if not found and role == lemma and lemma in _HEAD_ROLES | _MONARCHS:
            # "the Philippine leader's visit": the one person the article has leading that country
            found = sorted({f.subject_id for f in getattr(self.m, "static_facts", ()) or ()
                            if f.predicate == "leaderOf" and f.object_id == country.id and f.subject_type == "Person"})
        if len(found) != 1 or found[0] not in self.m.entities:
            return []
        return [End(self.m.entities[found[0]], tok, True, f"title '{role}'")]

    def _unnamed_official(self, tok: Token, lemma: str, allowed) -> list[End]:
        """"Germany's foreign minister urged Israel to ...", "the Colombian ambassador
        protested": an official of a named country whom the article does not name acts for
        that country (as a subject only: "met the Chinese envoy" names no one met). A
        spokesperson speaks for a named body as well ("a Commission spokesperson urged
        ..."), and "the spokesperson" for the body of the unnamed one last named."""
        if lemma not in _STATE_ROLES or tok.dep_ not in ("nsubj", "nsubjpass") \
                or any(c.lower_ in _NOT_SERVING for c in tok.children):
            return []
        spoken = _spoken_for(tok, self.m) if lemma in _SPOKES else None
        if spoken is not None:
            return [End(spoken, tok, True, f"spokesperson of {spoken.label}")] if spoken.type in allowed else []
        ent = self._official_country(tok) if "Country" in allowed else None
        return [End(ent, tok, True, f"unnamed official of {ent.label}")] if ent is not None else []

    def _last_delegation(self, tok: Token, allowed) -> list[End]:
        """"A high-level Indian delegation led by X arrived ... The delegation called on Y": the
        country of the last delegation named by its country (in the last few sentences)."""
        doc = tok.doc
        for k in range(tok.i - 1, max(tok.sent.start - 200, -1), -1):
            t = doc[k]
            if t.lemma_.lower() != "delegation":
                continue
            for c in t.children:
                ent = self.m.entity_at(c) if c.dep_ in ("amod", "compound", "poss", "nmod") else None
                if ent is not None and ent.type == "Country" and "Country" in allowed:
                    return [End(ent, tok, True, "the delegation named before")]
        return []

    def _body_official(self, tok: Token, lemma: str, allowed) -> list[End]:
        """"The UN chief urged Russia to ...", "the NATO secretary general said": the unnamed
        head of a named body is the one person the article has leading it, else (an official
        other than its head, or nobody named) the body itself; as a subject only, like the
        unnamed officials of a country ("met the UN chief" names no one met)."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or any(c.lower_ in _NOT_SERVING or c.dep_ == "appos"
                                                          for c in tok.children) or any(
                getattr(self.m.entity_at(t), "type", None) == "Person" for c in tok.children
                if c.dep_ not in ("relcl", "acl") for t in c.subtree):
            # ("the EU's special representative, Toivo Klaar": the person named with it; not a
            # person the relative clause names: "The UNHCR chief, who held talks with X, said")
            return []
        mods = [c for c in tok.children if c.dep_ in ("compound", "poss", "nmod", "amod")]
        body = next((e for c in mods for e in [self.m.entity_at(c)] if e is not None and e.type == "Organization"), None)
        if body is None or body.label.lower() in self.bodies.units:  # ("the Cabinet Secretary": a minister)
            return []
        # "the UN chief", "the NATO secretary general": nothing but the body and the head's title
        head = lemma in _HEAD_ROLES | _BODY_HEADS and all(
            self.m.entity_at(c) is not None or c.lower_ in _BODY_HEADS for c in mods)
        if head and "Person" in allowed:
            leaders = sorted({f.subject_id for f in getattr(self.m, "static_facts", ()) or ()
                              if f.predicate == "leaderOf" and f.object_id == body.id and f.subject_type == "Person"})
            if len(leaders) == 1 and leaders[0] in self.m.entities:
                return [End(self.m.entities[leaders[0]], tok, True, f"head of {body.label}")]
        return [End(body, tok, True, f"official of {body.label}")] if body.type in allowed else []

    def _official_country(self, tok: Token) -> Entity | None:
        """The country an office is of: a modifier ("the Kuwaiti foreign minister",
        "Peru's envoy") or the "of" / "from" phrase ("the emir of Qatar", "an envoy from
        Peru"); none for "the minister of state" or "the envoy of the bloc"."""
        for c in tok.children:
            if c.dep_ in ("amod", "poss", "compound", "nmod"):
                ent = self.m.entity_at(c)
                if ent is not None and ent.type == "Country":
                    return ent
        for prep in tok.rights:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "from"):
                for pobj in prep.children:
                    ent = self.m.entity_at(pobj) if pobj.dep_ == "pobj" else None
                    if ent is not None and ent.type == "Country":
                        return ent
        return None

    def _appos(self, tok: Token, allowed, depth: int) -> list[End]:
        for child in tok.children:
            if child.dep_ == "appos":
                hit = self._single(child, allowed, depth + 1)
                if hit:
                    return hit
        if (tok.pos_ == "PROPN" or tok.lemma_.lower() in self._roles) and "Person" in allowed:
            # "the EU's High Representative for Foreign Affairs and Security Policy, Kaja Kallas",
            # "the UN envoy for Iraq, Jeanine Hennis-Plasschaert": the name is often parsed as an
            # apposition of the title's last word
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ in ("for", "of"):
                    for pobj in prep.children:
                        for child in pobj.children:
                            if child.dep_ == "appos" and child.pos_ == "PROPN":
                                hit = [e for e in self._single(child, allowed, depth + 1) if e.entity.type == "Person"]
                                if hit:
                                    return hit
        return []

    def _demonym_people(self, tok: Token) -> Entity | None:
        """"The Emiratis deny it", "the Iranians rejected the offer": a definite plural
        demonym as the subject of an active verb speaks for its country (as "the Chinese
        say" does); "Armenians fled", "Syrian Kurds" and "the Britons were detained" stay
        groups of people."""
        if tok.dep_ != "nsubj" or tok.tag_ not in ("NNPS", "NNS", "NNP") \
                or not tok.text.endswith("s") or not any(
                    c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or any(
                    c.dep_ in ("amod", "compound", "nmod", "poss", "nummod") for c in tok.children):
            return None
        hit = load_gazetteer().lookup(tok.text[:-1])
        return self.bodies.country(hit[1]) if hit is not None and hit[0] == "demonym" else None

    def _of_list(self, tok: Token, ent: Entity, allowed, depth: int, seen: set[str]) -> list[End]:
        """"the governments of A, B and C", "the leaders of A and B": a plural noun that the
        resolve stage gave the first country of its "of" list stands for every actor listed
        (a singular "the president of A" names one)."""
        if tok.tag_ != "NNS" or not tok.n_rights:
            return []
        out: list[End] = []
        for prep in tok.rights:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj" or not pobj.conjuncts or self.m.entity_at(pobj) != ent:
                    continue
                for other in pobj.conjuncts:
                    for end in self._single(other, allowed, depth + 1):
                        if end.entity.id not in seen:
                            seen.add(end.entity.id)
                            out.append(end._replace(via=f"listed after '{tok.text} of'"))
        return out


def _name_after_office(tok: Token) -> int:
    """The token after an office with its "of" phrase, where a name would follow it: "General
    Secretary of the X Party Central Committee To Lam", and past a comma, "the head of the
    African Union Commission, Amos Otieno" (the name often parsed as an apposition of the body,
    or away from the phrase), but not a name that is the subject of what follows ("met the head
    of the commission, Putin said")."""
    doc = tok.doc
    for t in tok.subtree:  # the name in apposition to the body named in the "of" phrase
        if t.dep_ == "appos" and t.pos_ == "PROPN" and t.i > tok.i + 2 and doc[t.left_edge.i - 1].text == ",":
            return t.left_edge.i
    after = tok.right_edge.i + 1
    if after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].pos_ == "PROPN":
        name = doc[after + 1]
        while name.dep_ in ("compound", "flat") and name.head.i > name.i:
            name = name.head
        if name.dep_ not in ("nsubj", "nsubjpass"):
            return after + 1
    return after
