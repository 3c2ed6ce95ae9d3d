"""Noun triggers: nominal events and light verbs.

"talks between X and Y", "X's visit to Y", "sanctions on Y", "Russian
hacking of German networks", "the Japan-US alliance"; with a light verb the
verb's subject is the agent ("held talks with", "imposed sanctions on", "lodged a
protest against"). Consult and cooperate nouns with an "on/about/over" phrase
also make their parties discuss that topic ("a deal on the nuclear program").
"""
from __future__ import annotations

from itertools import permutations

from spacy.tokens import Token

from kg.extract.topic_clauses import feared_subjects
from kg.extract import syntax
from kg.extract.discourse import principal_pair
from kg.extract.ends import ACTOR_OR_PLACE, End, EndFinder
from kg.extract.lexicon import FAMILY, SYMMETRIC, TOPICAL, Lexicon, Trigger
from kg.extract.modality import requested
from kg.extract.frames._common import IMPLICIT, counterpart_pairs
from kg.extract.frames.act_targets import sentence_index
from kg.extract.frames.responses import answered_side
from kg.extract.reports import condemned_acts
from kg.extract.texts import named_authors
from kg.extract.rules import Candidate, Trace, actor_subjects, attack_site, has_required, pair_up, topic_ends
from kg.resolve.gazetteer import load_gazetteer
from kg.types import ACTOR_TYPES

__all__ = ["noun_rule", "bilateral_rule"]

_AGENT_MODS = frozenset({"poss", "amod", "compound", "nmod"})
_DISCUSS_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})
# "the Hamas-led attack", "a Saudi-led offensive": the participle's modifier is the agent
_LEADING = frozenset({"lead", "launch", "mount", "orchestrate", "direct", "spearhead"})
# verbs that carry a noun's event as a light verb does, by family: "led talks with X",
# "maintains close ties with Y", "returned from a trip to Z"
_MORE_LIGHT = {"lead": ("consult",),
               # "kicked off a state visit to X", "embarked on a tour of Y": starting the event holds it
               "kick": ("consult",), "embark": ("consult",),
               # "put pressure on X to ...": pressure applied is a demand
               "put": ("request", "disapprove", "coerce"), "apply": ("request",), "exert": ("request",), "co-chair": ("consult",), "chair": ("consult",),
               # "pinned the blame on X", "placed sanctions on Y"
               "pin": ("disapprove",), "lay": ("disapprove",), "place": ("disapprove", "coerce"), "shift": ("disapprove",),
               "maintain": ("cooperate",), "enjoy": ("cooperate",), "cultivate": ("cooperate",),
               "return": ("consult",), "sustain": ("cooperate",), "increase": ("cooperate",),
               # "pledged to bolster security cooperation with X"
               "bolster": ("cooperate",), "reinforce": ("cooperate",), "intensify": ("cooperate",),
               "broaden": ("cooperate",), "solidify": ("cooperate",), "consolidate": ("cooperate",),
               # "wrapped up two days of talks", "completed a three-day visit": finishing an event held it
               "wrap": ("consult",), "complete": ("consult",),
               # "is planning a meeting with X", "not planning a meeting between A and B": the plan's
               # own negation and modality carry the meeting
               "plan": ("consult",), "schedule": ("consult",),
               # "the congress addressed appeals to the UN", "directed a plea to X": appeals sent to
               # their addressee
               "address": ("request",), "direct": ("request",),
               # "authorized logistical support for X", "authorised strikes on Y": who allows the act does it
               "authorize": ("cooperate", "coerce", "assault"), "authorise": ("cooperate", "coerce", "assault"),
               # "threatened punishing tariffs on X": a measure threatened (a threat, below)
               "threaten": ("coerce", "assault")}
# "the attack carried out by X", "the strike launched by Y": participles naming the doer
_DOING = frozenset({"carry", "launch", "conduct", "stage", "mount", "perpetrate", "commit", "lead", "wage",
                    # "the sanctions imposed by X on Y", "tariffs levied by X"
                    "impose", "levy", "slap", "introduce", "announce", "adopt", "extend"})
_PEACE = frozenset({"peace", "ceasefire", "cease-fire", "truce", "armistice"})
# "thanked X for its support", "praised Y for the help": the thanked gave it
_GRATEFUL = frozenset({"thank", "praise", "commend", "hail", "credit", "applaud"})
_GRATEFUL_ADJS = frozenset({"grateful", "thankful"})
#: verbs calling envoys home or in ("recalled its ambassador for consultations")
_RECALLING = frozenset({"recall", "summon", "withdraw"})
# "asked X to lift sanctions on Y", "eased its sanctions on Y": the sanctions are X's
_SANCTION_HOLDING = frozenset({"lift", "ease", "relax", "remove", "extend", "renew", "maintain", "keep",
                               "suspend", "waive", "roll"})
# "talks on a truce deal between A and B": the complement's "between" names the parties
_COMPLEMENT_PREPS = frozenset({"on", "over", "about", "for", "towards", "toward"})
_FROM = frozenset({"from"})
#: nouns of coming back from a trip ("the return of X from a visit to Y")
_RETURNS = frozenset({"return", "homecoming"})
#: prepositions naming what a dispute or complaint is about ("over the tariffs")
_DISPUTED_PREPS = frozenset({"over", "about", "regarding", "concerning"})
_OF = frozenset({"of"})
#: nouns of asking for something ("calls for talks", "a plea for negotiations")
_ASKING_FOR = frozenset({"call", "appeal", "plea", "request", "demand", "push", "pressure", "proposal", "offer"})
#: prepositions naming who does a joint act ("joint work by A and B", "the joint efforts of A and B")
_JOINT_DOERS = frozenset({"by", "of"})
#: prepositions naming the parties of a joint event ("talks between A and B", "cooperation among A, B and C")
_BETWEEN = frozenset({"between", "among", "amongst"})
_WITH_PREP = frozenset({"with"})
#: what makes an operation between two sides theirs together
_JOINT_WORDS = frozenset({"joint", "combined", "coordinated", "allied", "common"})
#: nouns of a relationship between two sides that may be good or bad ("relations between A and B are tense")
#: acts whose doer a judgement of them is aimed at ("appreciation for the efforts undertaken by X")
_JUDGED_ACTS = frozenset({"effort", "role", "work", "mediation", "initiative", "contribution", "action", "step",
                          "decision", "move", "assistance", "help", "support", "solidarity", "stance", "position"})
#: nouns of building or restoring relations ("the resumption of diplomatic relations")
_ESTABLISHING_NOUNS = frozenset({"resumption", "restoration", "establishment", "re-establishment", "reestablishment",
                                 "normalization", "normalisation", "upgrade", "upgrading", "strengthening",
                                 "deepening", "revival", "renewal", "expansion"})
_STATES = frozenset({"relation", "relationship", "tie"})
_AT = frozenset({"at"})
#: verbs of handing help over, besides ``frame_giving`` ("the loans extended to X by Y")
_HANDING = frozenset({"extend", "lend", "disburse", "deliver", "supply", "ship", "transfer"})
#: gated nouns of joint work that exist once someone's ("X's cooperation with Y")
_WORKING = frozenset({"cooperation", "partnership"})
#: how a relation grows that says it is good ("ties have grown stronger"; not "grown tense")
_CLOSER = frozenset({"stronger", "closer", "deeper", "warmer", "better"})
#: complements of a pact noun that may carry its partner phrase ("an agreement on cooperation with X")
_OF_ON = frozenset({"of", "on"})
#: nouns of demanding whose "that" clause names the one asked to act (not "call", "hope")
_DEMAND_NOUNS = frozenset({"demand", "insistence", "ultimatum"})
#: entity labels of a rate ("duties of 35%", "a levy of $2 a barrel")
_RATE_ENTS = frozenset({"PERCENT", "MONEY", "CARDINAL"})
#: participles that say where goods come from ("cars imported from China", "steel made in Japan")
_ORIGINATING = frozenset({"import", "make", "produce", "manufacture", "ship", "export", "originate", "source", "build"})
_ORIGIN_PREPS = frozenset({"from", "in"})
#: Blocs whose goods a duty hits like a country's ("duties on brandy from the EU").
_CUSTOMS_UNIONS = frozenset({"European_Union", "Eurasian_Economic_Union", "Mercosur"})
# "Khartoum shared Egypt's concern", "echoed their fears": the subject takes the attitude on
_SHARING = frozenset({"share", "echo"})
# "conveyed to Russia its worry", "registered its alarm": verbs that pass an attitude on
_VOICING = frozenset({"convey", "relay", "communicate", "register", "air", "reiterate", "reaffirm"})
# "had not reached any agreement on X", "failed to sign a deal on X": an accord sought and not
# reached still says its subject was discussed
_SETTLING = frozenset({"reach", "sign", "conclude", "seal", "clinch", "ink", "finalize", "finalise",
                       "agree", "strike"})


#: nouns of bringing two sides to terms, besides the ``frame_go_between_nouns`` ("Saudi mediation")
_GO_BETWEEN = frozenset({"mediation", "facilitation", "intercession"})


#: Meeting nouns a forum's name modifies as the name of the gathering ("at the G20 summit";
#: "the EU summit with China" still has the EU as a side).
_GATHERINGS = frozenset({"summit", "meeting", "conference", "gathering", "session"})


def _noun_agents(noun: Token, trig: Trigger, ends: EndFinder, exclude: set) -> list[End]:
    agents: list[End] = []
    for c in noun.children:
        if c.dep_ in _AGENT_MODS and c.i not in exclude:
            found = ends.actors(c)
            if c.dep_ == "compound":
                # "the Pretoria agreement", "the Doha talks": a city before the noun names where,
                # not who (a capital stands for its country only as an actor: "Washington's sanctions");
                # "the G20 summit", "a NATO meeting": a forum names the gathering, not a side of it
                forum = noun.lemma_.lower() in _GATHERINGS and not any(
                    p.dep_ == "prep" and p.lower_ in ("with", "between") for p in noun.children)
                found = [e for e in found if not e.via.startswith("capital")
                         and not (forum and e.entity.type == "Organization")]
            agents += found
            if c.dep_ == "compound":  # "Japan-US alliance": Japan hangs off US
                agents += [e for g in _chained(c) for e in ends.actors(g)]
    agent_preps = frozenset({"by"}) | trig.agents
    for _, p in syntax.prep_objects(noun, agent_preps):
        if p.i not in exclude:
            # "airstrikes by the Saudi-led coalition": a body named by who leads it
            agents += ends.actors(p) or (_led_by(p, ends) if p.pos_ == "NOUN" else [])
    if noun.dep_ == "pobj" and noun.head.lower_ == "from" and noun.head.head.lemma_.lower() in _RETURNS \
            and noun.head.head.pos_ == "NOUN":
        # "the return of X from a visit to China", "X's return from a trip to Y": who returns made the trip
        back = noun.head.head
        agents += [e for c in back.children if c.dep_ == "poss" for e in ends.actors(c)]
        agents += [e for _, p in syntax.prep_objects(back, _OF) for e in ends.actors(p)]
    if not agents:
        # "an arrest warrant issued against him by the ICC": the participle's agent
        # ("talks mediated by Qatar and Turkey": go-betweens are no side)
        agents += [e for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                   and c.lemma_.lower() not in ends.lex.cue("mediating_verbs")
                   for t in syntax.by_agents(c) if t.i not in exclude for e in ends.actors(t)]
    # "the Hamas-led October 7 attack": the date is often read as the head, the event its apposition
    agents += _led_by(noun.head if noun.dep_ == "appos" and noun.head.ent_type_ == "DATE" else noun, ends)
    if not agents and trig.relation in ("meets", "negotiatesWith"):
        agents = _travellers(noun, ends)
    if not agents and noun.dep_ == "pobj" and noun.head.lower_ == "including" and trig.relation in _LISTED_MEASURES \
            and not any(c.dep_ in ("acl", "relcl") for c in noun.children):
        agents = _listed_with(noun.head.head, ends)
    own = ends.m.entity_at(noun)  # "Japan-US Alliance" is not an agent of itself
    return [e for e in agents if own is None or e.entity.id != own.id]


#: relations of measures a list after "including" may name ("a complaint to the WTO"; not
#: "threats posed by X", whose authors are others)
_LISTED_MEASURES = frozenset({"sanctions", "aids", "supports", "appealsTo", "criticizes", "protestsAgainst"})


def _listed_with(tok: Token, ends: EndFinder) -> list[End]:
    """"would take forceful measures to safeguard its interests, including sanctions on X": a
    measure listed after "including" is taken by the subject of the clause the list hangs in
    (up past infinitives and nouns that have no subject of their own)."""
    for _ in range(5):
        if tok.pos_ in ("VERB", "AUX"):
            found = actor_subjects(tok, ends)
            if found or tok.dep_ not in ("relcl", "acl", "xcomp", "advcl"):
                return found
        owners = [e for c in tok.children if c.dep_ == "poss" for e in ends.actors(c)] if tok.pos_ == "NOUN" else []
        if owners:  # "appreciation for Japan's cooperation, including support for X": Japan's
            return owners
        if tok.head.i == tok.i:
            return []
        tok = tok.head
    return []


def _chained(tok: Token) -> list[Token]:
    """The words chained before ``tok`` as its modifiers: "Japan" and "U.S." in the
    "Japan-U.S.-Philippines summit" (each hangs off the next)."""
    out, todo = [], [tok]
    while todo:
        kids = [g for g in todo.pop().children if g.dep_ in ("compound", "amod")]
        out += kids
        todo += kids
    return out


#: how a noun phrase the parser lost from its preposition may hang on the clause
_STRAY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "appos", "npadvmod"})


def _dangling(tok: Token | None, preps: frozenset) -> list[Token]:
    """Objects of ``tok``'s prepositions the parser left without one: in "Talks in May between
    Vice Premier Liu He and Secretary X produced a deal" the name after "between" is read as the
    subject of "produced". The object is the noun phrase that starts right after the preposition
    and hangs outside it."""
    if tok is None:
        return []
    out = []
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ not in preps or any(g.dep_ == "pobj" for g in c.children):
            continue
        nxt = c.i + 1
        for x in c.doc[nxt:min(nxt + 8, c.sent.end)]:
            if x.left_edge.i != nxt or x.head.left_edge.i == nxt:
                continue  # (the top of the phrase that starts right after the preposition)
            if x.pos_ == "PROPN" and x.dep_ in _STRAY_DEPS:
                out.append(x)
            break
    return out


def _stray_between(noun: Token, anchor: Token) -> list[Token]:
    """A "between" phrase after the noun that the parser hung higher up: on the first of two
    coordinated nouns ("trade and cooperation between A and B") or on the verb whose object
    the noun is ("to promote cooperation among A, B and C")."""
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.lemma_.lower() == "exchange":
        # "exchanges of fire between A and B": on the noun the event is an exchange of
        return [g for c in anchor.head.head.children if c.dep_ == "prep" and c.lower_ in _BETWEEN
                for g in c.children if g.dep_ == "pobj"]
    if anchor.dep_ not in ("conj", "dobj") or anchor.head is anchor:
        return []
    # ("an encounter on Feb. 28 between A and B": hung on the date set between them)
    holders = [anchor.head] + [d for c in anchor.head.children if c.dep_ == "prep" and c.i > anchor.i
                               for d in c.children if d.dep_ == "pobj" and d.ent_type_ == "DATE"]
    return [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in _BETWEEN and c.i > anchor.i
            for g in c.children if g.dep_ == "pobj"]


#: Light verbs of speaking about a noun, which make its subject no agent of an act of violence.
_SPEAKING_LIGHT = frozenset({"raise", "cite", "air", "flag", "voice", "vent", "express", "convey",
                             "share", "read", "publish", "weigh", "consider"})

#: People who meet or talk for their countries ("a meeting of Chinese and Indian officials").
_DELEGATE_NOUNS = frozenset({"official", "leader", "minister", "diplomat", "negotiator", "delegation",
                             "representative", "envoy", "delegate", "officer", "commander", "counterpart"})


def _of_delegates(anchor: Token) -> list[Token]:
    """"a meeting of Chinese and Indian officials", "talks of US, Turkish and Ukrainian
    negotiators": the sides are the two or more demonyms before the plural people noun."""
    people = [g for c in anchor.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
              if g.dep_ == "pobj" and g.tag_ == "NNS" and g.lemma_.lower() in _DELEGATE_NOUNS]
    sides = [t for g in people for c in g.children if c.dep_ in ("amod", "compound", "nmod")
             for t in (c, *c.conjuncts)]
    return sides if len(sides) >= 2 else []


def _country_side(end: End, ends: EndFinder) -> End:
    """A person's country when the static facts name one, else the person."""
    if end.entity.type != "Person":
        return end
    side = ends.affiliation(end.entity)
    return End(side, end.token, True, "affiliation") if side is not None and side.type == "Country" else end


#: Verbs of travel whose "for talks / meetings with X" the traveller holds.
_TRAVELLING = frozenset({"arrive", "travel", "fly", "come", "go", "head", "land", "leave", "visit", "be"})


def _travellers(noun: Token, ends: EndFinder) -> list[End]:
    """"X arrived in Y for two days of meetings with Z": who came for the meeting holds it
    (the noun under "for", possibly inside a counted "days of")."""
    tok = noun
    for _ in range(3):
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
            return []
        prep, tok = tok.head, tok.head.head
        if prep.lower_ == "for" and tok.pos_ in ("VERB", "AUX"):
            # (past travel only: "will travel for talks" is the frames' planned visit)
            return actor_subjects(tok, ends) if tok.lemma_.lower() in _TRAVELLING and tok.tag_ == "VBD" else []
        if prep.lower_ != "of" or tok.pos_ != "NOUN":
            return []
    return []


#: an agenda that lists meetings ("his schedule includes talks with X")
_LISTING = frozenset({"include", "feature"})
_AGENDAS = frozenset({"schedule", "agenda", "itinerary", "programme", "program", "calendar"})

#: goods sent out: a measure on "exports of chips to China" hits the country they go to
_OUTBOUND = frozenset({"export", "sale", "shipment", "delivery", "supply", "transfer"})
_TO = frozenset({"to"})


#: verbs of being in a state ("have been at war with X", "remain at war with Y")
_STATE_VERBS = frozenset({"be", "remain", "stay"})


#: light verbs that widen a measure to new targets ("extended the duties to X")
_WIDENING = frozenset({"extend", "expand", "widen", "broaden"})


def _destinations(goods: list[Token], verb: Token | None, outbound: bool = False) -> list[Token]:
    """"restrictions on sales of chips to China", "a ban on exports of rice to Bangladesh": where
    the goods go, hung on the goods noun, on what it counts, or (a light verb's phrase) on the
    verb right after the goods' words; with ``outbound`` (an export measure: "export controls on
    chipmaking equipment to China") any goods go somewhere."""
    out = []
    for t in goods:
        # "export controls on chemicals bound for South Korea": goods sent on their way there
        out += [q for a in t.children if a.dep_ in ("amod", "acl") and a.lower_ in ("bound", "destined", "headed")
                for _, q in syntax.prep_objects(a, frozenset({"for", "to"}))] if t.pos_ == "NOUN" else []
        if t.pos_ != "NOUN" or t.lemma_.lower() not in _OUTBOUND and not outbound:
            continue
        held = [t] + [x for _, p in syntax.prep_objects(t, _OF) for x in (p, *p.conjuncts)]
        out += [q for h in held for _, q in syntax.prep_objects(h, _TO)]
        if verb is not None:
            out += [q for _, q in syntax.prep_objects(verb, _TO) if q.head.i == t.right_edge.i + 1]
    return out


def _restricted(noun: Token, lex: Lexicon) -> bool:
    """"export controls on shipments of gallium to Japan", "a ban on deliveries of arms": the
    goods a coercive measure stops are not handed over."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("on", "against"):
        return False
    host = noun.head.head
    # ("announced controls on shipments ..." with "on" hung on the verb: the verb's object)
    measures = [host] if host.pos_ == "NOUN" else [c for c in host.children if c.dep_ == "dobj"]
    return any(m.pos_ == "NOUN" and FAMILY[t.relation] == "coerce"
               for m in measures for t in lex.nouns.get(m.lemma_.lower(), ()))


def _relative_holder(noun: Token, lex: Lexicon) -> Token | None:
    """"the telephone conversations he had held with X", "the talks she had with Y": a light verb
    in a relative clause on the noun, with the noun as its object, holds the event."""
    for c in noun.children:
        if c.dep_ == "relcl" and c.lemma_.lower() in lex.cue("light_verbs") and c.i > noun.i \
                and not any(g.dep_ in ("dobj", "nsubjpass") and g.lower_ not in ("that", "which") for g in c.children):
            return c
    return None


def _after_anti(tok: Token) -> bool:
    """"anti-Russian": the word is the side an "anti-" modifier is against."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "anti"


def _ruled_out(noun: Token) -> bool:
    """"negotiations with Kyiv were out of the question", "talks are off the table": the act
    the noun names is excluded."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.lemma_.lower() != "be":
        return False
    words = {t.lower_ for c in noun.head.children if c.i > noun.head.i and c.dep_ in ("prep", "advmod", "acomp")
             for t in c.subtree}
    return {"out", "question"} <= words or {"off", "table"} <= words


def _under_measure(noun: Token, agents: list[End], ends: EndFinder) -> list[End]:
    """"Shor, who is under U.S. and EU sanctions", "placed the firm under sanctions": who is
    under a measure is its target (the subject of the copula, the object of "placed")."""
    if not (noun.dep_ == "pobj" and noun.head.lower_ == "under" and noun.head.head.pos_ in ("VERB", "AUX")):
        return []
    verb = noun.head.head
    held = syntax.objects(verb) or ([] if syntax.is_passive(verb) and verb.lemma_.lower() != "be" else None)
    found = [e for t in held for e in ends.actors(t)] if held else actor_subjects(verb, ends)
    own = {e.entity.id for e in agents}
    return [e for e in found if e.entity.id not in own]


def _led_by(noun: Token, ends: EndFinder) -> list[End]:
    """"the Hamas-led attack", "a Saudi-led offensive": the modifier of "-led" leads the event."""
    return [e for c in noun.children if c.dep_ == "amod" and c.tag_ == "VBN" and c.lemma_.lower() in _LEADING
            for g in c.children if g.dep_ in ("npadvmod", "compound", "nmod", "amod") and g.i < c.i
            for e in ends.actors(g)]


def _ended_object(noun: Token, quantity) -> bool:
    """The noun is what the verb ends: its object, or counted in it ("froze part of its aid")."""
    if noun.dep_ == "dobj":
        return True
    head = noun.head
    return noun.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ == "dobj" \
        and head.head.lemma_.lower() in quantity


#: nouns of a fronted "at the invitation of X," that the parser may take the clause's subject into
_ON_BEHALF = frozenset({"invitation", "request", "behalf", "instruction", "direction"})


def _invited_subject(verb: Token, ends: EndFinder) -> list[End]:
    """"At the invitation of Premier Li Qiang, Prime Minister Anthony Albanese will pay an
    official visit to China": a clause without a subject after a fronted "at the invitation
    of X," whose subject the parser hung onto X as an apposition; that name is the subject."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return []
    fronted = [g for c in verb.children if c.dep_ == "prep" and c.i < verb.i and c.lower_ in ("at", "upon", "on")
               for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in _ON_BEHALF]
    return [e for g in fronted for _, x in syntax.prep_objects(g, _OF) for a in x.children
            if a.dep_ == "appos" and a.i > x.i for e in ends.actors(a)]


#: verbs of answering a measure with one's own ("answered the tariffs with duties of its own")
_ANSWERING = frozenset({"answer", "counter", "match", "meet"})
_OWN = frozenset({"own"})
_WITH = frozenset({"with"})


def _of_own(noun: Token, ends: EndFinder) -> list[End]:
    """"duties of its own", "sanctions of their own": the owner of "own" holds the measure."""
    found = [e for _, p in syntax.prep_objects(noun, _OF) if p.lower_ in _OWN
             for c in p.children if c.dep_ == "poss" for e in ends.actors(c)]
    # "announced its own sanctions", "its own round of sanctions"
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN" \
        else noun
    if not found and any(c.dep_ == "amod" and c.lower_ in _OWN for c in holder.children):
        found = [e for c in holder.children if c.dep_ == "poss" for e in ends.actors(c)]
    return found


def _answered_owners(noun: Token, trig: Trigger, ends: EndFinder, lex: Lexicon) -> list[End]:
    """"Canada will answer U.S. tariffs with duties of its own", "responded to the sanctions with
    measures of its own": the side (a leader's country) whose measure the "with" phrase answers
    in the same clause (the parser may hang "with" on the answered noun itself)."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in _WITH:
        return []
    host = noun.head.head
    verb = host.head if host.pos_ == "NOUN" and host.dep_ == "dobj" else host
    if verb.lemma_.lower() not in _ANSWERING | lex.cue("retaliation_verbs"):
        return []
    answered = [c for c in verb.children if c.dep_ == "dobj"]
    answered += [p for _, p in syntax.prep_objects(verb, frozenset({"to"}))]
    return [_country_side(e, ends) for a in answered if a.pos_ == "NOUN"
            and any(FAMILY[t.relation] == "coerce" for t in lex.nouns.get(a.lemma_.lower(), ()))
            for e in _noun_agents(a, trig, ends, set())]


#: how many sentences back a measure "of their own" may join the last one
_IN_KIND_REACH = 2


def _same_target(noun: Token, agents: list[End], trig: Trigger, ends: EndFinder) -> list[End]:
    """"The US imposed sanctions on Myanmar's generals. Canada and Britain announced sanctions of
    their own": others' measures of their own, answering nobody, join the last measure of that
    kind reported a sentence or two before, against the same side."""
    last = ends.last_target_by_relation.get(trig.relation)
    author = ends.last_by_relation.get(trig.relation)
    if last is None or author is None or last.entity.type not in ACTOR_TYPES:
        return []
    here = sentence_index(noun, ends)
    if not 0 < here - sentence_index(last.token, ends) <= _IN_KIND_REACH:
        return []
    mine = {e.entity.id for e in agents}
    if author.entity.id in mine or last.entity.id in mine:
        return []
    return [last._replace(token=noun, via=f"target of the last '{trig.relation}'")]


#: verbs whose subject, a measure, says whom it hits ("the duties will apply to imports from X")
_APPLYING = frozenset({"apply", "hit", "cover", "target", "affect"})


#: participles that lay a measure on its target ("EU sanctions imposed on Lukashenko")
_IMPOSING = frozenset({"impose", "slap", "levy", "place", "announce", "adopt", "introduce"})
_ON = frozenset({"on"})
#: spans of time or rounds a meeting lasted ("ended three days of talks")
_SPANS = frozenset({"day", "hour", "week", "month", "year", "round", "session"})
#: verbs whose subject, help, says whom it got to ("aid reached displaced Iraqis")
_REACHING = frozenset({"reach", "arrive", "flow", "go"})
_IN_TO = frozenset({"in", "to", "into"})


def _applied(noun: Token) -> Token | None:
    """The active verb of hitting or applying whose subject ``noun`` is, else None."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _APPLYING:
        return None
    return verb


def _speaker_states(verb: Token, ends: EndFinder, lex: Lexicon) -> list[End]:
    """The states whose officials report ``verb``'s clause ("Secretary X said that ...")."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in lex.cue("reporting_verbs"):
        return []
    # (a named official only: "Japanese officials said the tariffs will hit X" may speak of anyone's)
    sides = [_country_side(e, ends) for e in actor_subjects(verb.head, ends) if e.entity.type == "Person"]
    return [e for e in sides if e.entity.type == "Country"]


#: texts whose participle acts for who issued them ("signed orders imposing tariffs on X")
_ORDERS = frozenset({"order", "decree", "proclamation", "directive", "memorandum", "bill", "law",
                     "legislation", "resolution"})


def _order_issuers(verb: Token, ends: EndFinder, lex: Lexicon) -> list[End]:
    """"Trump signed orders imposing a 25% tariff on Canada", "a decree introducing sanctions
    on X issued by the Kremlin": a participle on a text with no subject of its own is the act
    of who signed or issued the text (the text's author, else the issuing verb's subject; the
    parser may hang that verb on the text as a modifier)."""
    text = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or text.pos_ != "NOUN" or text.lemma_.lower() not in _ORDERS:
        return []
    found = named_authors(text, ends)
    issuing = lex.cue("issuing_verbs")
    hosts = [text.head] if text.dep_ == "dobj" else [
        c for c in text.children if c.dep_ == "amod" and c.pos_ == "VERB" and c.tag_ == "VBD"]
    hosts = [h for h in hosts if h.lemma_.lower() in issuing and not syntax.is_passive(h)]
    return found or [e for h in hosts for e in actor_subjects(h, ends)]


#: diplomatic links whose cutting is a sanction, not a denied cooperation
_TIES = frozenset({"tie", "ties", "relation", "relations"})

#: help whose recipient an article about one country leaves unsaid
_HELP_OFFERED = frozenset({"assistance", "aid", "help", "relief"})

#: Nouns of a gathering whose "on" phrase may name its venue rather than its topic.
_GATHERINGS = frozenset({"summit", "meeting", "conference", "consultation"})

#: Nouns of a message that carries a greeting or sympathy ("a letter of condolence to X").
_MESSAGE_NOUNS = frozenset({"letter", "message", "note", "cable", "telegram"})

#: verbs of watching "with concern" ("notes with concern the ...", "follows with alarm")
_WATCHING = frozenset({"note", "follow", "watch", "observe", "monitor", "view", "learn", "receive", "see"})


def _watched_with(noun: Token, ends: EndFinder) -> tuple[list[End], list[Token]]:
    """"Norway notes with concern the deterioration of security": for an attitude noun after
    "with" on a verb of watching, the verb's subjects and the object watched; else nothing."""
    verb = noun.head.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "with" or verb.lemma_.lower() not in _WATCHING \
            or syntax.is_passive(verb):
        return [], []
    # (the parser may hang the object on the noun: "following with concern the developments")
    # ("has learned with deep concern of the attempted coup": what is learned of)
    watched = [o for o in verb.children if o.dep_ == "dobj"] or [
        p for t in (verb, noun) for _, p in syntax.prep_objects(t, frozenset({"of", "about"}))
        if p.pos_ == "NOUN" and verb.lemma_.lower() == "learn"] or [
        a for a in noun.children if a.dep_ == "appos" and a.pos_ == "NOUN" and a.doc[a.left_edge.i - 1].text != ","] or [
        # "noted with concern that non-tariff barriers continue to hamper trade": what the clause is about
        # (the parser may hang the clause on the noun)
        s for c in (*verb.children, *noun.children) if c.dep_ in ("ccomp", "acl")
        and any(m.lower_ == "that" for m in c.children if m.dep_ == "mark")
        for s in c.children if s.dep_ in ("nsubj", "nsubjpass") and s.pos_ == "NOUN"]
    return (actor_subjects(verb, ends), watched) if watched else ([], [])


def noun_rule(noun: Token, triggers, ends: EndFinder, lex: Lexicon, trace: Trace):
    """Candidates from a lexicon noun (nominal and light-verb triggers)."""
    # ("the resumption of diplomatic relations": the noun of building them passes the verb on too)
    quantity = lex.cue("quantity_nouns") | _ESTABLISHING_NOUNS
    # "a military aid package for Ukraine": the phrase around the compound's head belongs to the trigger
    anchor = noun.head if noun.dep_ == "compound" and noun.head.pos_ == "NOUN" \
        and noun.head.lemma_.lower() not in lex.nouns else noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _MESSAGE_NOUNS \
            and FAMILY[triggers[0].relation] in ("cooperate", "protest"):
        # "sent a letter of condolence to X": the message carries the noun's phrase and verb
        anchor = noun.head.head
    # ("held an exchange of views on X": the verb governs the phrase the views are "of")
    owner = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN" \
        and noun.head.head.lemma_.lower() in {t.requires for t in triggers} else anchor
    gov = _relative_holder(owner, lex) or syntax.governing_verb(owner, quantity)
    gov_lemma = gov.lemma_.lower() if gov is not None else ""
    # "held talks", and the means of an act: "responded with airstrikes on Gaza"
    # "suspended its partnership with X", "broke off talks": the relation, negated
    # ("call off", "break off": the verb with its particle)
    phrasal = " ".join([gov_lemma] + [c.lower_ for c in gov.children if c.dep_ == "prt"][:1]) if gov is not None else ""
    ending = gov is not None and (gov_lemma in lex.cue("terminating_verbs") or phrasal in lex.cue("terminating_verbs")) \
        and _ended_object(noun, quantity) \
        and FAMILY[triggers[0].relation] in ("consult", "cooperate") \
        and not (gov_lemma == "end" and noun.dep_ == "pobj" and noun.head.lower_ == "of"
                 and noun.head.head.lemma_.lower() in _SPANS)  # ("ended three days of talks": held them)
    # "has ruled out talks with M23", "refused a meeting with X": the talks are denied
    ending = ending or (gov is not None and noun.dep_ == "dobj" and noun.head.i == gov.i
                        and FAMILY[triggers[0].relation] == "consult"
                        and (gov_lemma in lex.cue("refusing_talk_verbs") or phrasal in lex.cue("refusing_talk_verbs")))
    # "urged X to end its cooperation with Y": asking X to end it says the cooperation goes on
    halted = ending and not requested(gov, lex)
    # "took China to the WTO over the tariffs": the matter a dispute is about is no act the verb carries
    disputed = anchor.dep_ == "pobj" and anchor.head.lower_ in _DISPUTED_PREPS
    # "raised the killings of journalists", "cited the attacks": who speaks of violence did not commit it
    spoken = gov_lemma in _SPEAKING_LIGHT and FAMILY[triggers[0].relation] == "assault"
    light = gov is not None and not disputed and not spoken and (ending or gov_lemma in lex.cue("light_verbs")
                                 or FAMILY[triggers[0].relation] in _MORE_LIGHT.get(gov_lemma, ()) or (
        noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.i == gov.i
        and FAMILY[triggers[0].relation] in ("assault", "coerce")))
    lemma = noun.lemma_.lower()
    # "paid a courtesy call on X": a visit to X, not an appeal
    courtesy = lemma == "call" and (gov_lemma == "pay" or any(c.lower_ == "courtesy" for c in noun.children))
    # "a general strike against X": a protest compound's reading wins over the bare noun's
    # (attack; a "cease-fire" still says there was fire)
    specific = {FAMILY[t.relation] for t in triggers if t.requires and has_required(noun, t.requires)
                and FAMILY[t.relation] == "protest"}
    for trig in triggers:
        if trig.requires and not has_required(noun, trig.requires):
            continue
        if specific and not trig.requires and FAMILY[trig.relation] not in specific:
            trace.add("noun", noun, f"skipped {trig.relation}", "the compound's own reading")
            continue
        if courtesy and trig.relation == "appealsTo":
            trace.add("noun", noun, "skipped appealsTo", "a call paid on someone is a visit")
            continue
        if trig.relation == "aids" and _restricted(anchor, lex):
            trace.add("noun", noun, "skipped aids", "the goods a measure restricts")
            continue
        if FAMILY[trig.relation] in ("consult", "cooperate") and trig.relation not in TOPICAL \
                and trig is triggers[0]:
            yield from _mediated(noun, anchor, ends, lex)
        preps = frozenset(p for p in trig.targets if p not in ("dobj", "ccomp", "between", "mutual"))
        target_toks = [p for _, p in syntax.prep_objects(anchor, preps)]
        if not target_toks and noun.dep_ == "conj":  # "a missile and drone attack on X": shared phrase
            target_toks = [p for _, p in syntax.prep_objects(noun.head, preps)]
        if not target_toks:  # "a visit by X to Y": the target phrase hangs off the agent
            for _, agent in syntax.prep_objects(anchor, frozenset({"by"}) | trig.agents):
                target_toks += [p for _, p in syntax.prep_objects(agent, preps)]
        if not target_toks and trig.relation in TOPICAL:
            # "held talks with leaders from the region on the war": the topic hung on the partner
            target_toks = [q for _, p in syntax.prep_objects(anchor, _WITH_PREP)
                           for _, q in syntax.prep_objects(p, preps)]
        if not target_toks and FAMILY[trig.relation] == "cooperate":
            # "signed a memorandum of understanding with X", "an agreement of cooperation
            # with Y", "an agreement on economic cooperation with Z": the partner phrase hangs
            # off the noun's "of" or "on" complement
            target_toks = [q for _, p in syntax.prep_objects(anchor, _OF_ON)
                           for _, q in syntax.prep_objects(p, preps - {"of"})]
        if not target_toks and trig.relation == "supports" and any(c.dep_ == "poss" for c in anchor.children):
            # "Germany's backing of Israel": with the backer named by "'s", "of" names the backed
            # (alone, "the backing of X" names the backer)
            target_toks = [p for _, p in syntax.prep_objects(anchor, _OF) if p.pos_ == "PROPN" or any(
                c.dep_ == "poss" and c.pos_ == "PROPN" for c in p.children)]
        if not target_toks and trig.relation == "aids":
            # "Iran's supply of drones and missiles to Russia": the recipient hangs off what is given
            given = [p for _, p in syntax.prep_objects(anchor, frozenset({"of"}))]
            target_toks = [q for g in given for x in (g, *g.conjuncts)
                           for _, q in syntax.prep_objects(x, preps - {"of"})]
        if not target_toks and FAMILY[trig.relation] == "disapprove":
            # "leveled charges of arms smuggling against Egypt", "allegations of abuse against
            # the police": the target phrase hangs off what the charge is of
            target_toks = [q for _, p in syntax.prep_objects(anchor, _OF) for _, q in syntax.prep_objects(p, preps - {"of"})]
        if not target_toks and FAMILY[trig.relation] == "assault":
            # "Russia's war of aggression against Ukraine", "a campaign of terror against X": the
            # target phrase hangs off what the war is of
            target_toks = [q for _, p in syntax.prep_objects(anchor, _OF) for _, q in syntax.prep_objects(p, preps - {"of"})]
        if FAMILY[trig.relation] == "assault":
            # "strikes on what it described as terrorist infrastructure in X": the noun the free
            # relative names is the patient (its place, below)
            target_toks = [_described_as(t) for t in target_toks]
        if not target_toks and FAMILY[trig.relation] == "coerce":
            # "duties of up to 35% on cars": the goods hang off the rate
            target_toks = [q for _, p in syntax.prep_objects(anchor, _OF) if p.like_num or p.lower_ == "%"
                           or p.ent_type_ in _RATE_ENTS for _, q in syntax.prep_objects(p, preps - {"of"})]
        if FAMILY[trig.relation] == "coerce":
            # "a tariff on most of its exports", "sanctions on some of Russia's banks": the goods
            # or bodies the amount is of
            target_toks = [next((q for _, q in syntax.prep_objects(t, _OF)), t)
                           if t.pos_ in ("ADJ", "DET", "NUM", "PRON") or t.lemma_.lower() in quantity else t
                           for t in target_toks]
        applied = _applied(anchor) if FAMILY[trig.relation] == "coerce" else None
        if applied is not None:
            # "the duties on steel would apply to imports from Canada", "the tariffs will hit
            # Chinese goods": what the measure applies to is hit too
            target_toks += [p for _, p in syntax.prep_objects(applied, _TO)] + syntax.objects(applied)
        if not target_toks and trig.relation == "aids" and anchor.dep_ == "nsubj" \
                and anchor.head.lemma_.lower() in _REACHING and not syntax.negated(anchor.head):
            # "Kuwaiti humanitarian aid had reached displaced Iraqis": whom the aid reached
            target_toks = syntax.objects(anchor.head) + [p for _, p in syntax.prep_objects(anchor.head, _IN_TO)]
        if light and not target_toks:  # "imposed sanctions on Monday on 12 generals"
            target_toks = [p for _, p in syntax.prep_objects(gov, preps - {"of"})]
        if light and not target_toks and FAMILY[trig.relation] == "coerce" and gov_lemma in _WIDENING:
            # "threatened to extend duties to $300 billion of imports from China", "widened the
            # ban to Japanese seafood": what a measure is extended to is what it hits (an
            # amount stands for the goods it counts)
            target_toks = [next((q for _, q in syntax.prep_objects(p, _OF)), p) if p.like_num or p.pos_ == "NUM" else p
                           for _, p in syntax.prep_objects(gov, _TO)]
        if not target_toks and "at" in preps and trig.relation == "appealsTo":
            # "filed a complaint against the measures at the WTO": the forum phrase hung on the
            # noun's own complement
            target_toks = [q for c in anchor.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"
                           for _, q in syntax.prep_objects(p, _AT)]
        if not target_toks:  # "held talks on Friday with Minister X and Y, ..." parsed without its object
            target_toks = _dangling(anchor, preps - {"of"}) or (_dangling(gov, preps - {"of"}) if light else [])
        if not target_toks and trig.relation == "concernedAbout":
            # "expressed concern that the dispute could escalate": what the clause says may happen
            target_toks = feared_subjects(anchor) or (feared_subjects(gov) if light else [])
        at_toks: list[Token] = []
        if trig.relation in TOPICAL and target_toks:
            # "concern over what it described as interference": the description names the topic
            target_toks = [_described_as(t) for t in target_toks]
            # "concerns about X at home": "at" names the topic only when nothing else does
            main = [t for t in target_toks if t.head.lower_ != "at"]
            # ("On regional issues, the leaders expressed concern at the violence": a vague
            # framing phrase that names no topic leaves it to "at", below)
            at_toks = target_toks if main else []
            target_toks = main or target_toks
        nxt = anchor.right_edge.i + 1
        if not target_toks and not light and nxt < anchor.sent.end and anchor.doc[nxt].dep_ == "prep" \
                and anchor.doc[nxt].lower_ in preps - {"of"} and anchor.doc[nxt].head.is_ancestor(anchor):
            # "condemned Iran's supply of drones to Russia": the noun's phrase parsed onto a word
            # above it; only a phrase right after the noun's own words
            target_toks = [g for g in anchor.doc[nxt].children if g.dep_ == "pobj"]
        between = [p for _, p in syntax.prep_objects(anchor, _BETWEEN)] \
            if "between" in trig.targets or trig.relation in ("attacks",) else []
        if not between and "between" in trig.targets:  # "Talks in May between X and Y produced ..."
            between = _dangling(anchor, _BETWEEN) or _stray_between(noun, anchor) or _of_delegates(anchor)
        if between and trig.relation == "attacks" and any(
                c.dep_ in ("amod", "compound") and c.lower_ in _JOINT_WORDS for c in noun.children):
            # "joint operations between the army and AU forces": allies fighting side by side
            trace.add("noun", noun, f"skipped {trig.relation}", "a joint operation of the sides named")
            continue
        via_complement = False
        if not between and "between" in trig.targets and trig.relation == "negotiatesWith":
            # "negotiations on a truce deal between A and B": the parties hang off the complement
            between = [q for _, p in syntax.prep_objects(anchor, _COMPLEMENT_PREPS) if p.pos_ == "NOUN"
                       for _, q in syntax.prep_objects(p, frozenset({"between"}))]
            via_complement = bool(between)
        # "relations between A and B have been strained": a state noun as the subject of its
        # clause says how the relations are, which may be bad; only a verb that improves or
        # builds them ("ties between A and B have deepened") makes them cooperation
        # (cooperation or a partnership, unlike relations, is never a bad state: "cooperation
        # between A and B is not aimed at third parties")
        stative = bool(between) and noun.dep_ in ("nsubj", "nsubjpass") and lemma in _STATES \
            and noun.head.lemma_.lower() not in lex.cue("establish_verbs") | lex.cue("growth_verbs")
        # "Kenya's cooperation with the US has deepened", "ties with X have grown": the noun as
        # the subject of a verb that builds the relation (not "have grown tense": a state)
        developed = noun.dep_ == "nsubj" and noun.head.lemma_.lower() in lex.cue("establish_verbs") | lex.cue(
            "growth_verbs") and not any(c.dep_ in ("acomp", "oprd", "attr") and c.lower_ not in _CLOSER
                                        for c in noun.head.children)
        # "India's cooperation with Russia angered Washington": joint work someone is said to
        # have exists (unlike relations, which may be bad)
        owned = lemma in _WORKING and any(c.dep_ == "poss" for c in noun.children)
        # "announced the resumption of diplomatic relations": a noun of building them says they are built
        rebuilt = noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _ESTABLISHING_NOUNS
        if lemma in lex.cue("gated_nouns") and (not between or stative) and not ending and not developed and not owned \
                and not rebuilt and not (gov is not None and (gov_lemma in lex.cue("establish_verbs") or light)):
            trace.add("noun", noun, f"rejected {trig.relation}", "state noun without an establishing verb or 'between'")
            yield from _nominal_topics(noun, [], gov, ends, lex)
            continue
        carried = [c for c in anchor.children if c.dep_ == "acl" and c.tag_ == "VBN" and (
            syntax.by_agents(c) or FAMILY[trig.relation] == "coerce" and c.lemma_.lower() in _IMPOSING)]
        if not target_toks and carried:
            # "the attack carried out by settlers on the village": the target hangs off the participle
            # ("the EU measures imposed on Kosovo": a measure imposed is imposed "on" its target)
            target_toks = [p for c in carried for _, p in syntax.prep_objects(
                c, preps | _ON if FAMILY[trig.relation] == "coerce" and c.lemma_.lower() in _IMPOSING else preps)]
        # "the sanctions Washington imposed on its banks", "the levy on US imports it announced":
        # a relative clause of doing names the doer (the clause may hang on the goods)
        told = [c for t in (anchor, *target_toks) for c in t.children if c.dep_ == "relcl"
                and c.lemma_.lower() in _DOING and not any(g.dep_ == "dobj" and g.tag_ not in ("WDT", "WP")
                                                           for g in c.children)]
        if not target_toks and told:
            target_toks = [p for c in told for _, p in syntax.prep_objects(c, preps)]
        exclude = {t.i for t in target_toks} | {noun.i}
        # "anti-Russian sanctions", "anti-Chinese protests": the side named after "anti-" is the target
        anti = [c for c in anchor.children if c.dep_ in _AGENT_MODS and _after_anti(c)] \
            if FAMILY[trig.relation] in ("coerce", "assault", "disapprove", "protest") else []
        exclude |= {i for c in anti for i in (c.i, c.i - 1, c.i - 2)}  # ("Anti-U.N. protests": nor "Anti")
        if FAMILY[trig.relation] == "coerce" and target_toks:
            # "duties ... on cars from China": a "from" after the goods is where they come from,
            # not who imposes the duties
            last = max(t.i for t in target_toks)
            exclude |= {q.i for _, q in syntax.prep_objects(anchor, _FROM) if q.i > last}
        agents = _noun_agents(noun, trig, ends, exclude) or _of_own(anchor, ends)
        if anchor is not noun:
            agents += [e for e in _noun_agents(anchor, trig, ends, exclude)
                       if e.entity.id not in {a.entity.id for a in agents}]
        if ending and agents and all(e.token.dep_ == "poss" and e.token.pos_ == "PRON" for e in agents):
            # "urged Serbia to end its cooperation with X": "its" is whoever ends it
            agents = actor_subjects(gov, ends) or agents
        asked = _asked_to_halt(gov, lex) if FAMILY[trig.relation] == "assault" and gov is not None \
            and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children) else []
        if asked:
            # "pressed Israel to halt its strikes on Lebanon": "its" is the one asked to stop
            agents = [e for t in asked for e in ends.actors(t)] or agents
        rule = "noun"
        if light and trig.relation in SYMMETRIC and len(agents) >= 2 and not syntax.is_passive(gov) \
                and all(e.token.dep_ == "poss" and e.token.pos_ == "PRON" for e in agents):
            # "Russia and China pledged to deepen their cooperation", "A and B strengthened their
            # ties": "their" is the light verb's joint subject, whose members are the partners
            subjects = actor_subjects(gov, ends)
            if len({e.entity.id for e in subjects}) >= 2:
                agents, rule = subjects, "light-verb"
        voicing = light or gov_lemma in _VOICING or gov_lemma in lex.cue("expressing_verbs")
        if trig.relation in TOPICAL and gov is not None and anchor.dep_ == "dobj" and anchor.head.i == gov.i \
                and not syntax.is_passive(gov) and (gov_lemma in _SHARING or voicing and agents and all(
                    e.token.dep_ == "poss" and e.token.pos_ == "PRON" for e in agents)):
            # "raised with Canada its deep concern", "voiced their worry": the one who voices an
            # attitude holds it, whatever actor the pronoun lands on; "Khartoum shared Egypt's
            # concern": the sharer's stance is what the sentence states
            holders = actor_subjects(gov, ends)
            if holders:
                agents, rule = holders, "light-verb"
        if not agents and carried and FAMILY[trig.relation] in ("assault", "coerce", "consult", "cooperate"):
            # "the raid carried out by X", "talks hosted by Y" are not this: only the doer of the act
            # "loans granted to Kiev by the IMF", "the aid delivered by X": help given names its giver
            doing = _DOING | (lex.cue("frame_giving") | _HANDING if trig.relation == "aids" else frozenset())
            agents = [e for c in carried if c.lemma_.lower() in doing for t in syntax.by_agents(c)
                      for e in ends.actors(t)]
        if not agents and told and FAMILY[trig.relation] in ("assault", "coerce"):
            agents = [e for c in told for t in c.children if t.dep_ == "nsubj" for e in ends.actors(t)]
        if not agents and applied is not None and target_toks:
            # "Secretary X told reporters that the duties would apply to imports from Y": the
            # state of the official announcing the measure takes it
            agents = _speaker_states(applied, ends, lex)
        if not agents and light:
            if syntax.is_passive(gov):  # "the accord was signed by X and Y"
                agents = [e for t in syntax.by_agents(gov) for e in ends.actors(t)]
            else:
                agents = actor_subjects(gov, ends) or _invited_subject(gov, ends) or _order_issuers(gov, ends, lex)
            rule = "light-verb"
        if not agents and trig.relation == "sanctions" and gov_lemma in _SANCTION_HOLDING and noun.dep_ == "dobj" \
                and not syntax.is_passive(gov):
            # "asked Washington to lift sanctions on PDVSA": who lifts or keeps them holds them
            # (a state or a known body; "allowing Chevron to ... lift" is a misparse)
            orgs = load_gazetteer().orgs
            agents = [e for e in actor_subjects(gov, ends) if e.entity.type == "Country"
                      or e.entity.type == "Organization" and e.entity.id in orgs]
            rule, light = "held-sanction", True
        if lemma in lex.cue("agentive_nouns"):
            # "X, a Russian critic of Putin": the demonym says where the holder is from
            agents = [e for e in agents if e.token.dep_ != "amod"]
        if lemma in lex.cue("agentive_nouns") and not target_toks:
            # "the mission's largest financial backer", "a Kremlin critic": the possessor or the
            # name compounded is whom the holder backs or criticizes (not the holder)
            target_toks = [c for c in noun.children if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"
                           or c.dep_ == "poss" and c.pos_ == "NOUN"]
            if target_toks:
                agents = []
        if not agents and lemma in lex.cue("agentive_nouns"):
            agents = _agentive_holder(noun, ends)
            rule = "agent-noun"
        if not agents and FAMILY[trig.relation] == "consult" and anchor.dep_ == "pobj" and anchor.head.lower_ == "to" \
                and anchor.head.head.lower_ in lex.cue("openness_adjectives") and anchor.head.head.head.pos_ in ("VERB", "AUX"):
            # "X remained open to talks with Y", "ready for dialogue": the copula's subject would take part
            agents = actor_subjects(anchor.head.head.head, ends)
            rule, during_verb = "noun-during", anchor.head.head.head
        at_war = not agents and trig.relation == "attacks" and lemma == "war" and anchor.dep_ == "pobj" \
            and anchor.head.lower_ == "at" and anchor.head.head.lemma_.lower() in _STATE_VERBS
        if at_war:
            # "the RSF have been at war with the army since April": the two fight each other
            agents, rule = actor_subjects(anchor.head.head, ends), "at-war"
        if not agents and FAMILY[trig.relation] == "consult" and anchor.dep_ == "pobj" \
                and anchor.head.lower_ in ("during", "at", "for", "in", "under"):
            # "During talks with Putin, Xi stressed ...", "travel to Brussels for talks with X",
            # "discussed the matter in calls with X", "sign a pact under negotiation since 2019":
            # the clause's subject takes part
            host = anchor.head.head
            if host.dep_ == "dobj" and host.pos_ == "NOUN":
                host = host.head
            # ("recalled their ambassadors for consultations": a protest, no talks with anyone)
            if host.pos_ in ("VERB", "AUX") and not (anchor.head.lower_ == "for" and host.lemma_.lower() in _RECALLING):
                agents = actor_subjects(host, ends)
                rule, during_verb = "noun-during", host
                if not target_toks and anchor.head.lower_ == "during" and trig.relation == "meets":
                    # "lodged representations with Y during a video call": the call was with Y
                    target_toks = [p for h in (host, *(c for c in host.children if c.dep_ == "dobj"))
                                   for _, p in syntax.prep_objects(h, frozenset({"with"}))
                                   if any(e.entity.type == "Person" for e in ends.actors(p))]
        if not agents and FAMILY[trig.relation] == "protest" and anchor.dep_ == "pobj" and anchor.head.lower_ == "in" \
                and anchor.head.head.pos_ == "VERB" and anchor.head.head.i < anchor.head.i:
            # "fired two missiles ..., in an apparent protest against the drills": the clause's
            # subject protests
            host = anchor.head.head
            agents = actor_subjects(host, ends)
            rule, during_verb = "noun-during", host
        if not agents and FAMILY[trig.relation] == "consult" and gov is not None and gov_lemma in _LISTING:
            # "Trump's schedule also includes meetings with Modi": whose agenda lists the meeting
            agents = [e for t in syntax.subjects(gov) if t.lemma_.lower() in _AGENDAS for c in t.children
                      if c.dep_ == "poss" for e in ends.actors(c)]
        if not agents and FAMILY[trig.relation] == "consult" and anchor.dep_ == "pobj" and anchor.head.lower_ == "of" \
                and anchor.head.head.lower_ == "ahead" and anchor.head.head.head.pos_ in ("VERB", "AUX"):
            # "X arrives in Seoul ahead of a summit with Y": who comes for the event takes part
            host = anchor.head.head.head
            agents = actor_subjects(host, ends)
            rule, during_verb = "noun-during", host
        if not agents and FAMILY[trig.relation] == "consult" and target_toks and anchor.dep_ in ("nsubj", "nsubjpass") \
                and anchor.head.dep_ == "ccomp" and anchor.head.head.lemma_.lower() in lex.cue("reporting_verbs") \
                and any(t.head.lower_ == "with" for t in target_toks):
            # "Minister X said talks with Qatar Petroleum were well advanced": the one reporting
            # on their own talks with someone takes part in them
            host = anchor.head.head
            agents = [e for e in actor_subjects(host, ends) if e.entity.id not in
                      {x.entity.id for t in target_toks for x in ends.actors(t)}]
            rule, during_verb = "noun-reported", host
        if (trig.relation == "accuses" or trig.relation == "demandsFrom" and lemma in _DEMAND_NOUNS) and not target_toks:
            # "accusations from Europe that Ankara has done too little"; "Somalia's demand that
            # Ethiopia withdraw from the deal": the one the clause is about is charged / asked
            for c in noun.children:
                if c.dep_ in ("acl", "ccomp", "relcl") and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children):
                    subj = syntax.clause_subject_of(c)
                    if subj is not None:
                        target_toks = [subj]
        # ("thanked China for its assistance to the country's development": what the help went
        # to names no side, so the one who thanks is helped)
        thanking = anchor.head.head if anchor.dep_ == "pobj" and anchor.head.lower_ == "for" else anchor
        if thanking.lemma_ == "be":  # ("is grateful to X for its support" with "for" hung on the verb)
            thanking = next((c for c in thanking.children if c.dep_ == "acomp" and c.lower_ in _GRATEFUL_ADJS), thanking)
        if not any(ends.actors(t) for t in target_toks) and FAMILY[trig.relation] == "cooperate" and anchor.dep_ == "pobj" \
                and anchor.head.lower_ == "for" and (thanking.lemma_.lower() in _GRATEFUL
                                                     or thanking.lower_ in _GRATEFUL_ADJS) \
                and not syntax.is_passive(thanking):
            # "thanked X and Y for their support": the support went to the one who thanks
            # (an official for the country they serve); "is grateful to X for its support"
            target_toks = [thanking]
            if thanking.pos_ == "ADJ":
                grateful = [_country_side(e, ends) for e in actor_subjects(thanking.head, ends)]
                thanked = [e for _, t in syntax.prep_objects(thanking, _TO) for e in ends.actors(t)]
            else:
                grateful = [_country_side(e, ends) for e in actor_subjects(thanking, ends)]
                thanked = [e for t in syntax.objects(thanking) for e in ends.actors(t)]
            if thanked and (not agents or all(e.token.dep_ == "poss" and e.token.pos_ == "PRON" for e in agents)):
                # "thanked X for his support", "for the aid": the thanked gave it, whatever
                # the pronoun was resolved to
                agents = thanked
        else:
            grateful = None
        members = [e for t in between for e in ends.actors(t)]
        # "talks between X and a Taliban team led by Y": a party named by who leads it
        members += [e for t in between for c in (t, *t.conjuncts) if c.pos_ == "NOUN" and not ends.actors(c, conj=False)
                    for a in c.children if a.dep_ == "acl" and a.lemma_.lower() in ("lead", "head")
                    for p in syntax.by_agents(a) for e in ends.actors(p) if e.entity.type == "Person"
                    and e.entity.id not in {m.entity.id for m in members}]
        if trig.relation in TOPICAL:
            if trig.relation == "discusses" and _only_offered(anchor, gov, lex):
                trace.add(rule, noun, "rejected discusses", "talks only offered")
                continue
            if not agents and trig.relation == "concernedAbout":
                # "notes with concern the deterioration of security", "is following with deep
                # concern the developments in Sudan": the watcher holds it, about what is watched
                watchers, watched = _watched_with(anchor, ends)
                if watchers:
                    agents, target_toks = watchers, watched
            targets = [e for t in target_toks for e in topic_ends(t, ends, lex)]
            if lemma in _GATHERINGS:
                # "a summit on Jeju Island": an island after a gathering's "on" is where it meets
                targets = [e for e in targets if not (e.entity.type == "Location" and "Island" in e.entity.label)]
            if not targets and at_toks:
                targets = [e for t in at_toks if t.head.lower_ == "at" for e in topic_ends(t, ends, lex)]
            if not agents and gov is not None and not light:
                trace.add(rule, noun, f"rejected {trig.relation}", "no holder of the attitude")
                continue
            pairs = pair_up(agents, targets, trig.relation)
        else:
            allowed = ACTOR_OR_PLACE if trig.relation in ("visits", "attacks") else ACTOR_TYPES
            # "an attack on Ukraine's energy grid", "sanctions on Russian oil": the owner is the target
            # "its blessing to Finland's accession", "an objection to Ethiopia's dam": backing or
            # protesting a side's act is aimed at that side
            find = ends.owners if FAMILY[trig.relation] in ("coerce", "assault", "disapprove", "reject", "protest") \
                or trig.relation == "supports" else ends.actors
            targets = grateful if grateful is not None else [e for t in target_toks for e in find(t, allowed)]
            if not targets and FAMILY[trig.relation] in ("coerce", "assault"):
                targets = [e for t in target_toks for e in _people_of_country(t, ends)]
            if not targets and FAMILY[trig.relation] == "coerce":
                targets = _under_measure(anchor, agents, ends)
            if not targets and anti:
                targets = [e for c in anti for e in ends.actors(c)]
            if not targets and trig.relation in ("aids", "supports"):
                targets = [e for t in target_toks for e in _populace(t, ends)]
            if FAMILY[trig.relation] == "coerce":
                # "a tariff on imports from Canada and Mexico": the owner found through the goods
                # noun shares the measure with the names coordinated with it
                targets += [x for e in targets if e.via.startswith("proxy") for c in e.token.conjuncts
                            for x in ends.actors(c, allowed) if x.entity.type == "Country"]
            if not targets:  # "support for the Saudi-led operations": the side that leads them
                targets = [e for t in target_toks if t.pos_ == "NOUN" for e in _led_by(t, ends)]
            if not targets:  # "in support of its Palestinian ally Hamas": the name set after the noun
                targets = [e for t in target_toks if t.pos_ == "NOUN" for a in t.children
                           if a.dep_ == "appos" and a.pos_ == "PROPN" for e in ends.actors(a, allowed)]
            if not targets and trig.relation in ("supports", "criticizes") and target_toks:
                # "appreciation for the mediation efforts undertaken by Qatar": whoever carried out
                # the act judged (a participle with its agent on an act noun)
                targets = [e for t in target_toks if t.pos_ == "NOUN" and t.lemma_.lower() in _JUDGED_ACTS
                           for a in t.children if a.dep_ == "acl" and a.tag_ == "VBN"
                           for g in syntax.by_agents(a) for e in ends.actors(g, allowed)]
            if not targets and trig.relation == "attacks" and target_toks:
                # "an Israeli strike on a car in southern Lebanon": the place the patient lies in
                targets = attack_site(target_toks, None, ends, lex)
            if not targets and FAMILY[trig.relation] == "coerce":
                # "duties on cars from China", "a ban on imports from Russia": where the goods
                # come from is the one the measure hits
                froms = [q for t in target_toks if t.pos_ == "NOUN" for _, q in syntax.prep_objects(t, _FROM)]
                # "on vehicles imported from China", "on steel made in Japan": the goods' origin
                froms += [q for t in target_toks if t.pos_ == "NOUN" for a in t.children
                          if a.dep_ == "acl" and a.tag_ == "VBN" and a.lemma_.lower() in _ORIGINATING
                          for _, q in syntax.prep_objects(a, _ORIGIN_PREPS)]
                # "duties on cars from China" with "from China" parsed onto the duties
                froms += [q for _, q in syntax.prep_objects(anchor, _FROM) if target_toks
                          and q.i > max(t.i for t in target_toks)]
                # the phrase often hangs off the light verb: only right after the goods named
                froms += [q for t in target_toks if t.pos_ == "NOUN" and light for _, q in syntax.prep_objects(gov, _FROM)
                          if q.head.i == t.right_edge.i + 1]
                froms += _destinations(target_toks, gov if light else None,
                                       outbound=any(c.dep_ == "compound" and c.lemma_.lower() == "export"
                                                    for c in anchor.children))
                # "on imports from Canada and Mexico": every coordinated origin
                targets = [e for q in froms for x in (q, *q.conjuncts)
                           for e in ends.actors(x, frozenset({"Country", "Organization"}))
                           if e.entity.type == "Country" or e.entity.id in _CUSTOMS_UNIONS]
                # "tariffs on Chinese-made electric vehicles": the country a "-made" names
                targets += [e for t in target_toks if t.pos_ == "NOUN" for a in t.children
                            if a.dep_ == "amod" and a.tag_ == "VBN" and a.lemma_.lower() in _ORIGINATING
                            for c in a.children if c.dep_ in ("npadvmod", "compound", "amod")
                            for e in ends.actors(c, frozenset({"Country"}))]
            if not targets and agents and FAMILY[trig.relation] == "coerce" and _of_own(anchor, ends):
                # "will answer U.S. tariffs with duties of its own": a measure in kind is aimed at
                # whoever took the measure it answers
                targets = _answered_owners(anchor, trig, ends, lex) or answered_side(anchor, agents, ends) \
                    or _same_target(anchor, agents, trig, ends)
            if trig.relation == "appealsTo" and lemma in lex.cue("forum_only_nouns"):
                # "a complaint with the WTO" is an appeal; "a complaint with Tokyo" a protest (frames)
                targets = [e for e in targets if e.entity.type == "Organization"]
            if agents and targets and all(e.token.dep_ == "poss" and e.token.pos_ == "PRON" for e in agents) \
                    and {e.entity.id for e in agents} <= {e.entity.id for e in targets}:
                # "reiterated their call on A and B to end the fighting": "their" read as the
                # addressees themselves; the one who voices the call made it
                agents = actor_subjects(gov, ends) if gov is not None and not syntax.is_passive(gov) else []
            # modifiers on both sides of a hyphen or an "and": "Japan-US alliance", "US and EU sanctions"
            # ("the reception was attended by A, B and C": guests of one event, not each other's partners)
            # ("earlier rounds were hosted by A and B": co-hosts or co-mediators of talks are not
            # the sides talking to each other)
            guests = gov is not None and syntax.is_passive(gov) \
                and (gov_lemma == "attend" or gov_lemma in lex.cue("mediating_verbs"))
            # ("with U.S. and Saudi mediation", "Qatari and Egyptian mediators": the go-betweens
            # named before the noun bring others to terms, they do not negotiate with each other)
            go_between = lemma in _GO_BETWEEN or lemma in lex.cue("frame_go_between_nouns")
            if trig.relation in SYMMETRIC and not targets and not members and len(agents) >= 2 and not guests \
                    and not go_between and (rule != "noun" or _joined(agents)):
                members, agents = members + agents, []
            if members:
                if trig.relation in SYMMETRIC:
                    pairs = pair_up(members, members, trig.relation)
                else:
                    pairs = [(a, b) for a, b in permutations(members, 2) if a.entity.id != b.entity.id]
                rule += "-between"
            else:
                pairs = pair_up(agents, targets, trig.relation)
        if at_war:
            pairs += [(b, a) for a, b in pairs]
        if not pairs and light and agents and targets and rule == "noun":
            # "announcing its own sanctions on the bloc" with "its" wrongly resolved to the EU
            agents = actor_subjects(gov, ends) if not syntax.is_passive(gov) else []
            pairs = pair_up(agents, targets, trig.relation)
            rule = "light-verb"
        if not pairs and trig.relation == "attacks" and agents and not targets and lemma in lex.cue("campaign_nouns") \
                and not _names_its_ground(noun):
            # "Israel launched its offensive on July 8", "weeks of U.S. airstrikes" in an article
            # about two sides: the war the article is about, aimed at the other side
            pairs = _war_of_the_article(agents, ends)
            rule += "-article-war" if pairs else ""
        if not pairs and agents and not targets and trig.relation in IMPLICIT:
            # "lodged a strong protest", "expressed its condemnation": the other side of the article
            pairs = counterpart_pairs(agents, ends)
            rule += "-counterpart" if pairs else ""
        if not pairs and agents and not targets and trig.relation == "aids" and light \
                and lemma in _HELP_OFFERED and ends.dominant_country() is not None \
                and not any(c.dep_ == "dative" for c in gov.children) \
                and not syntax.prep_objects(anchor, frozenset({"to", "for", "in"})) \
                and not syntax.prep_objects(gov, frozenset({"to", "for", "in"})):
            # "Washington was ready to provide any necessary assistance" in an article about
            # one country's disaster: the help is for that country (as money pledged is; not
            # "giving the group military help", "to deliver aid to Gaza": a recipient unresolved)
            home = ends.dominant_country()
            pairs = [(a, End(home, noun, True, "the article's country")) for a in agents
                     if a.entity.id != home.id and _country_side(a, ends).entity.id != home.id]
            rule += "-article-country" if pairs else ""
        if not pairs:
            trace.add(rule, noun, f"rejected {trig.relation}",
                      f"agents={[e.entity.label for e in agents]} targets={[e.entity.label for e in targets]}")
            if FAMILY[trig.relation] in ("consult", "cooperate") and trig.relation not in TOPICAL:
                # "they reached a deal on the nuclear program": one named party still discusses it
                yield from _nominal_topics(noun, agents, gov, ends, lex, walk=light)
            elif trig.relation == "criticizes" and light and agents:
                # "expressed its strong condemnation of the bombing of a hospital": an act
                # nobody is named for, condemned as such ("its": the light verb's subject)
                if all(e.token.dep_ == "poss" and e.token.pos_ == "PRON" for e in agents) and not syntax.is_passive(gov):
                    agents = [e for e in actor_subjects(gov, ends) if e.entity.type != "Topic"] or agents
                yield from condemned_acts(noun, agents, [p for _, p in syntax.prep_objects(anchor, _OF)], ends, lex)
            continue
        threatened = gov_lemma == "threaten" and not syntax.is_passive(gov)
        if light and FAMILY[trig.relation] in ("assault", "coerce") and (threatened or syntax.only_threatened(gov)):
            # "threatened to impose sanctions on X": a threat, not sanctions; its target is the
            # measure's, wherever the measure's phrase names it ("threatened to extend duties to
            # $300 billion of imports from China": the goods' origin)
            trace.add(rule, noun, f"skipped {trig.relation}", "only threatened")
            for s, o in pairs:
                yield Candidate("light-verb-threat", noun, "threatens", "130", s, o, gov if threatened else gov.head, 0.75,
                                walk=True)
            continue
        if light and (FAMILY[trig.relation] == "consult" or FAMILY[trig.relation] == "cooperate" and not ending) \
                and not halted and requested(gov, lex):
            # "urged the army and the RSF to return to negotiations", "urged Israel and Hamas to
            # agree to a ceasefire": talks or a truce asked for are the appeal's content (the
            # appeal is the fact), not talks held (cooperation asked to end goes on, as above)
            trace.add(rule, noun, f"skipped {trig.relation}", "only requested")
            continue
        if FAMILY[trig.relation] == "consult" and anchor.dep_ == "pobj" and anchor.head.lower_ == "for" \
                and anchor.head.head.lemma_.lower() in _ASKING_FOR:
            # "renewed their calls for talks", "an appeal for negotiations": talks only asked for
            trace.add(rule, noun, f"skipped {trig.relation}", "only asked for")
            continue
        conf = 0.8 if rule == "light-verb" else 0.75
        conf = 0.6 if rule.endswith("-counterpart") else conf
        # a light verb carries the event ("will hold talks with X"); a verb whose subject is not the
        # agent ("raise Russian hacking") or any other verb only mentions it
        # "took its case to X": a possessive pronoun is the light verb's subject again
        own = bool(agents) and all(e.token.dep_ == "poss" and e.token.pos_ == "PRON" for e in agents)
        light = light and (rule.startswith(("light-verb", "held-sanction")) or bool(members) or own)
        # "failed to reach agreement in talks with X", "did not mention it during talks with Y":
        # talks that frame the clause took place whatever the clause denies (not "did not take
        # part in talks", "will not travel for talks")
        held = rule.startswith("noun-during") and anchor.head.lower_ in ("during", "at", "in") \
            and during_verb.lemma_.lower() not in lex.cue("frame_taking_part")
        if rule.startswith("noun-during"):  # "will travel ... for talks": the clause's verb carries it
            light, gov = True, during_verb
        clause = gov if light else noun
        if rule == "agent-noun":  # "X, a critic of Y", "X is a critic of Y": the holder's clause
            clause, light = noun.head, noun.dep_ == "attr"
        if rule == "at-war":  # "are not at war with X": the copula's clause
            clause, light = anchor.head.head, True
        # "signed a peace agreement with X", "a ceasefire deal between A and B": a peace is negotiated
        peace = trig.relation == "cooperatesWith" and any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in _PEACE for c in noun.children)
        for s, o in pairs:
            relation, cameo = trig.relation, trig.cameo
            polarity = "negative" if halted or _ruled_out(anchor) else "positive" if rule == "held-sanction" or held else None
            if halted and relation == "cooperatesWith" and lemma in _TIES and not rule.endswith("-between"):
                # "severed diplomatic ties with Qatar": a sanction (the verb's own fact); the ties
                # denied are no separate fact (unannotated in 21 of 30 cases, never required; "A
                # and B cut ties", with no one sanctioning, keeps it)
                continue
            if halted and relation == "aids":
                # "froze its aid to Mali", "suspended military assistance to X": stopping aid is a
                # sanction (CAMEO 162, reduce or stop aid), not a denial of help
                relation, cameo, polarity = "sanctions", "162", "positive"
            if FAMILY[relation] in ("assault", "coerce") and light and syntax.unhesitating(gov):
                # "will not hesitate to impose sanctions on X": a threat, not a denial
                relation, cameo, polarity = "threatens", "130", "positive"
            yield Candidate(rule, noun, relation, cameo, s, o, clause, conf, walk=light, polarity=polarity)
            if FAMILY[relation] == "coerce" and any(c.dep_ == "amod" and c.lower_ in _THREATENED for c in noun.children):
                # "if the United States went ahead with threatened tariffs on French goods": the
                # measures were threatened first
                yield Candidate(rule, noun, "threatens", "130", s, o, clause, conf, walk=light, polarity="positive")
            if relation == "negotiatesWith" and _leaders_talk(noun, s, o):
                # talks between two people are also a meeting of the two
                yield Candidate(rule, noun, "meets", "040", s, o, clause, conf, walk=light, polarity=polarity)
            if peace:
                yield Candidate(rule, noun, "negotiatesWith", "046", s, o, clause, conf, walk=light,
                                polarity="negative" if halted else None)
        if members and gov is not None and gov_lemma in lex.cue("mediating_verbs") and FAMILY[trig.relation] == "consult":
            # "Turkey offered to host talks between Russia and Ukraine": the host takes part too
            for host in actor_subjects(gov, ends):
                for member in members:
                    if host.entity.id != member.entity.id:
                        yield Candidate("host", noun, "negotiatesWith", "045", host, member, gov, 0.6, walk=True)
        if FAMILY[trig.relation] in ("consult", "cooperate") and trig.relation not in TOPICAL and not via_complement:
            # (the parties of "talks on a deal between A and B" are the deal's: its topic is
            # only the talks' subject matter, said by whoever reports them)
            # "X held talks with Y on Z": X's agenda; Y is named only as the partner. A joint
            # subject or a "between" phrase makes every party discuss Z
            if not members and agents:
                # "in talks with Mexico about a coordinated response", "negotiations with X on
                # trade": the partner after "with" only hears the agenda of the subject side
                parties = list({e.entity.id: e for e in agents}.values())
            else:
                parties = list({e.entity.id: e for pair in pairs for e in pair}.values())
            yield from _nominal_topics(noun, parties, gov, ends, lex, walk=light)


# "talks" between two people are a meeting; "peace / trade talks" stay negotiations
_MEETING_TALK = frozenset({"talk", "discussion", "consultation"})


#: words before "talks" that say how they were held, not what about ("delegation-level talks")
_TALK_FORMATS = frozenset({"level", "delegation", "phone", "telephone", "video", "summit", "leader", "door", "way"})


#: participles that make measures threats ("threatened tariffs", "the threatening sanctions")
_THREATENED = frozenset({"threatened", "threatening"})


def _leaders_talk(noun: Token, s: End, o: End) -> bool:
    """"held talks with President X", "for talks with Chancellor Y": two people talking
    meet; talks named by their subject ("ceasefire talks", "trade talks") are negotiations."""
    return noun.lemma_.lower() in _MEETING_TALK and s.entity.type == "Person" == o.entity.type \
        and not any(c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "PROPN") and c.lemma_.lower() not in _TALK_FORMATS
                    or c.lemma_.lower() in _PEACE for c in noun.children)


#: verbs of a free relative's description ("what it described as X", "what he called X")
_DESCRIBING = frozenset({"describe", "call", "term", "brand", "label", "characterize", "characterise", "dub"})


def _described_as(tok: Token) -> Token:
    """"what it described as interference", "what he called a provocation": the noun the
    free relative names; else ``tok``."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _DESCRIBING or not any(c.lower_ == "what" for c in tok.children):
        return tok
    named = [p for _, p in syntax.prep_objects(tok, frozenset({"as"}))]
    named += [c for c in tok.children if c.dep_ in ("oprd", "attr", "dobj") and c.lower_ != "what"]
    return named[0] if named else tok


def _asked_to_halt(verb: Token, lex: Lexicon) -> list[Token]:
    """"pressed Israel to halt its strikes", "called on Russia to end its invasion": the one
    asked to stop (asking X to stop doing Y says X does Y); else nothing."""
    if verb.lemma_.lower() not in lex.cue("halting_heads") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return []
    named = syntax.called_on(verb)
    if named is not None:
        return [named]
    head = verb.head
    if verb.dep_ in ("xcomp", "advcl", "ccomp") and head.lemma_.lower() in lex.cue("request_heads") \
            and not syntax.is_passive(head):
        return syntax.objects(head)
    return []


def _agentive_holder(noun: Token, ends: EndFinder) -> list[End]:
    """Who a noun such as "critic" or "supporter" describes: the noun it is in apposition
    to ("X, a fierce critic of Y") or that is in apposition to it ("Y's critic, X, said"), or
    the subject of the copula ("X is a critic of Y"), also
    through "one of" ("X was one of Y's fiercest critics", "X, one of the critics of Y") and
    "among" ("X has been among the most vocal critics of Y")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one" \
            and noun.tag_ == "NNS":
        noun = noun.head.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "among" and noun.tag_ == "NNS" and noun.head.dep_ == "prep" \
            and noun.head.head.lemma_.lower() in ("be", "remain"):
        # "Washington has been among the most vocal critics of the prosecutors"
        return [e for t in syntax.subjects(noun.head.head) for e in ends.actors(t)]
    if noun.dep_ == "appos":
        return [e for e in ends.actors(noun.head, conj=False)
                if e.entity.type in ("Person", "Group", "Organization", "Country")]
    if noun.dep_ == "attr" and noun.head.lemma_.lower() in ("be", "remain", "become"):
        return [e for t in syntax.subjects(noun.head) for e in ends.actors(t)]
    # "Maduro's fiercest critic, Leopoldo Lopez, fled": the name in apposition to the noun
    return [e for c in noun.children if c.dep_ == "appos" for e in ends.actors(c, conj=False)
            if e.entity.type in ("Person", "Group", "Organization", "Country")]


def bilateral_rule(adj: Token, ends: EndFinder, trace: Trace):
    """"Chile and Peru agreed to expand bilateral trade": the joint subject of the verb
    whose object is "bilateral" / "joint" cooperates."""
    noun = adj.head
    if adj.dep_ == "amod" and noun.pos_ == "NOUN":
        # "months of joint work by Paris and Washington", "the joint efforts of A and B": the
        # doers named on the noun work together
        doers = [e for _, t in syntax.prep_objects(noun, _JOINT_DOERS) for e in ends.actors(t)]
        if len({e.entity.id for e in doers}) >= 2:
            for s, o in pair_up(doers, doers, "cooperatesWith"):
                yield Candidate("joint-by", adj, "cooperatesWith", "036", s, o, noun, 0.6, walk=False)
            return
    # only as the object of the verb: "in a joint statement", "at a bilateral summit"
    # are circumstances, not what the subject does
    if adj.dep_ != "amod" or noun.dep_ != "dobj" or noun.pos_ != "NOUN" or noun.head.pos_ != "VERB":
        return
    verb = noun.head
    agents = [e for e in actor_subjects(verb, ends) if e.entity.type != "Person"]
    if len({e.entity.id for e in agents}) < 2:
        trace.add("bilateral", adj, "rejected cooperatesWith", "no joint subject")
        return
    for s, o in pair_up(agents, agents, "cooperatesWith"):
        yield Candidate("bilateral", adj, "cooperatesWith", "036", s, o, verb, 0.6)


def _mediated(noun, anchor, ends: EndFinder, lex: Lexicon):
    """"talks mediated by Norway": the mediator negotiates with each party, the ones the
    noun names ("between X and Y") or else the coordinated subject of the sentence
    ("X and Y signed a truce after talks mediated by Norway")."""
    for c in anchor.children:
        if c.dep_ != "acl" or c.lemma_.lower() not in lex.cue("mediating_verbs"):
            continue
        if c.lemma_.lower() == "host" and anchor.lemma_.lower() in lex.cue("frame_hosted_events"):
            continue  # "a summit hosted by X": its guests meet the host (frames.consult), no go-between
        mediators = [e for t in syntax.by_agents(c) for e in ends.actors(t)]
        go_betweens = {e.entity.id for e in mediators}
        parties = [e for _, t in syntax.prep_objects(anchor, frozenset({"between"})) for e in ends.actors(t)]
        if not parties:
            # "a meeting chaired by X brought together ministers from A, B and C": a list
            # elsewhere in the sentence names attendees, not sides; only the sentence's
            # coordinated subject are the parties the go-between brought to terms
            parties = [e for e in ends.group if _in_subject(e.token)] or _clause_subject(anchor, ends)
        # "mediated by Qatar and Turkey": the sentence's coordination may be the mediators
        # themselves, who are no parties to each other
        parties = [e for e in parties if e.entity.id not in go_betweens]
        for m in mediators:
            for p in parties:
                if m.entity.id != p.entity.id:
                    yield Candidate("mediated-by", noun, "negotiatesWith", "045", m, p, c, 0.6)


# links from a coordinated name up to the noun it helps name ("Thai and Cambodian troops")
_SUBJECT_PATH = frozenset({"conj", "compound", "amod", "poss", "appos", "nmod"})


def _in_subject(tok: Token) -> bool:
    """True when ``tok`` is, or helps name, a clause subject ("Russia and Ukraine
    exchanged ...", "Thai and Cambodian troops exchanged ...")."""
    for _ in range(6):
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return True
        if tok.dep_ not in _SUBJECT_PATH or tok.head is tok:
            return False
        tok = tok.head
    return False


def _clause_subject(anchor: Token, ends: EndFinder) -> list[End]:
    """The actors that are the subject of the clause the event noun sits in ("the leaders
    of A and B were due in Brussels for talks mediated by X"); none when the noun is
    itself that subject ("the meeting, chaired by X, brought together ...")."""
    tok = anchor
    for _ in range(5):
        if tok.dep_ in ("nsubj", "nsubjpass") or tok.head is tok:
            return []
        tok = tok.head
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return [e for t in subj for e in ends.actors(t)]
    return []


def _joined(ends_: list[End]) -> bool:
    """True when the agents' tokens are separated only by hyphens, slashes or "and", or are one
    hyphenated word naming two sides."""
    toks = sorted({e.token.i for e in ends_})
    doc = ends_[0].token.doc
    if len(toks) == 1:
        # "U.S.-China talks": one hyphenated word the resolver reads as both sides
        return "-" in doc[toks[0]].text and len({e.entity.id for e in ends_}) >= 2
    for a, b in zip(toks, toks[1:]):
        between = [t.text.lower() for t in doc[a + 1:b]]
        if not between or any(w not in ("-", "–", "/", "and", ",") for w in between):
            return False  # adjacent tokens are one name split by the resolver, not two actors
    return len(toks) >= 2


def _people_of_country(tok: Token, ends: EndFinder) -> list[End]:
    """"sanctions on 40 officials ... in Belarus": plural people nouns stand for their country."""
    if tok.tag_ != "NNS" or tok.lemma_.lower() not in ends.lex.cue("person_role_nouns"):
        return []
    for t in tok.subtree:
        ent = ends.m.entity_at(t)
        if ent is not None and ent.type == "Country":
            return [End(ent, t, True, f"'{tok.text}' of")]
    return []


#: nouns for the people who live in a place ("aid to the civilian population of Gaza")
_POPULACE = frozenset({"people", "population", "civilian", "resident", "inhabitant"})


def _populace(tok: Token, ends: EndFinder) -> list[End]:
    """"humanitarian aid to the people of Gaza", "to the civilian population of the Gaza Strip":
    help for a place's people goes to the place (a territory with no government of its own too)."""
    if tok.lemma_.lower() not in _POPULACE:
        return []
    return [e for _, p in syntax.prep_objects(tok, _OF) for e in ends.actors(p, ACTOR_OR_PLACE)]


#: Nouns of working together: "agreed to deepen cooperation on maritime security and
#: infrastructure" names fields of the partnership, not matters the sides discussed.
_JOINT_WORK = frozenset({"cooperation", "co-operation", "collaboration", "coordination", "partnership"})


def _nominal_topics(noun, parties, gov, ends, lex, walk=False):
    """"talks on X", "a deal on Iran's nuclear program", "calls for dialogue over X": the
    parties (or whoever calls for it) discuss X."""
    preps = syntax.prep_objects(noun, _DISCUSS_PREPS)
    if not preps:
        return
    gl = gov.lemma_.lower() if gov is not None else ""
    if not parties and gov is not None and (gl in lex.cue("light_verbs") or gl in lex.cue("establish_verbs")
                                            or gl in lex.cue("advocacy_verbs")):
        # "reached a deal on X", "called for dialogue over X": who reached or wants it;
        # "welcomed the deal on X" is no part in it
        parties = actor_subjects(gov, ends)
    if _only_offered(noun, gov, lex) or noun.lemma_.lower() in _JOINT_WORK:
        return
    if noun.dep_ == "pobj" and noun.head.lower_ == "under":
        # "obligations under a 2023 agreement on X", "under the deal on Y": a framework that
        # already binds the parties, not a discussion this sentence reports
        return
    # the failure of a deal on X is still about X (the negation stays with the deal itself)
    polarity = "positive" if gl in _SETTLING else None
    for _, p in preps:
        if ends.m.entity_at(p) is not None and ends.m.entity_at(p).type != "Topic":
            continue  # "talks on Iran" names a party or place, not a topic
        for topic in topic_ends(p, ends, lex):
            if topic.entity.type == "Person":
                continue  # "paid a courtesy call on the King of Malaysia, Sultan Ibrahim": whom, not what
            for party in parties:
                yield Candidate("noun-topic", noun, "discusses", "010", party, topic, gov if walk else noun, 0.65,
                                walk=walk, polarity=polarity)


def _only_offered(noun: Token, gov: Token | None, lex: Lexicon) -> bool:
    """"remained open to negotiations on X", "was ready to resume talks on X": talks only
    offered hold no discussion yet (the offer itself is the fact, read elsewhere)."""
    open_to = lex.cue("openness_adjectives")
    if noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lemma_.lower() in open_to:
        return True
    return gov is not None and gov.dep_ == "xcomp" and gov.head.lemma_.lower() in open_to


_AIMED_AT = frozenset({"in", "on", "into", "against", "at", "across", "inside", "over"})


def _names_its_ground(noun: Token) -> bool:
    """"its offensive in Gaza", "the resumption of its offensive in Gaza": the campaign's
    phrase (or the phrase it is "of") names where it is fought."""
    holders = (noun, noun.head.head) if noun.head.lower_ == "of" else (noun,)
    return any(syntax.prep_objects(t, _AIMED_AT) for t in holders)


def _war_of_the_article(agents: list[End], ends: EndFinder) -> list[tuple[End, End]]:
    """The other side of the article's two principal actors, for an attacker that is one of
    them and whose campaign names no target ("its offensive", "Russian barrages")."""
    pair = principal_pair(ends.m)
    ids = [e.id for e in pair]
    root = agents[0].token.sent.root if agents else None
    # "France criticised Israel's offensive": the one who speaks of it is no victim of it
    observers = {e.entity.id for t in syntax.subjects(root) for e in ends.actors(t)} if root is not None else set()
    out = []
    for a in agents:
        if a.entity.id in ids and a.entity.type != "Person":
            other = pair[1 - ids.index(a.entity.id)]
            if other.id in observers:
                continue
            out.append((a, End(other, a.token, True, "article's other side")))
    return out
