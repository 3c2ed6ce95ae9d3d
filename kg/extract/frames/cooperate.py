"""Cooperation by deed: coordination (also "the step was coordinated with X"), commitments,
allies, welcomed acts, money, witnessed signings, joint activities, boosted or sought ties
("sought closer ties with X"), "in support of", "came to the defence / aid of", purchases and
joint production ("ordered jets from X", "will build submarines with Y"), help sent on
request, help received from a giver ("received F-16 jets from X": X aids the recipient) or
relied on ("relied on financial support from X"), help carried to a side ("aid was channelled
through X", "dispatched a rescue team to Y"), help one is thanked for ("grateful to X for
facilitating the flight": X aids the thanker), helping the two sides of talks ("help both
parties reach a deal", "backed talks between X and Y"),
taking part in an operation another side leads ("joined the US-led coalition"),
and what parties agreed (or failed to agree) on ("agreed on a push to ease the debt
burden": they discussed it; an agreed act, "agreed to accelerate construction of X", is
:mod:`.agreements`').

Word lists are the ``frame_*`` entries of ``kg/data/extract_cues.json``.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import syntax
from kg.extract.discourse import principal_pair
from kg.extract.ends import End, EndFinder
from kg.extract.frames._common import (NOUN_POS as _NOUN_POS, STATES as _STATES, VERB_POS as _VERB_POS,
                                       children as _children, emit as _emit, named as _named,
                                       not_own, partners_or_mutual as _mutual, side as _side)
from kg.extract.lexicon import Lexicon
from kg.extract.rules import Trace, actor_subjects, helped_places, topic_ends
from kg.resolve.gazetteer import load_gazetteer
from kg.resolve.place_frames import BEARINGS
from kg.resolve.role_clauses import NOT_CURRENT
from kg.types import ACTOR_TYPES

__all__ = ["FRAMES", "HELP_MODIFIERS"]


def _coordination(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"was carried out in close coordination with X and Y", "works in partnership with X"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "under"):
        return []
    verb = prep.head
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
        verb = verb.head  # "maintained a readiness posture in close coordination with X"
    if verb.pos_ not in _VERB_POS:
        return []
    withs = [p for _, p in syntax.prep_objects(noun, frozenset({"with"}))]
    # "taken in close coordination with X": the "with" phrase often hangs off the verb
    withs += [p for _, p in syntax.prep_objects(verb, frozenset({"with"})) if p.head.i == noun.i + 1]
    # "with our partners, including X, Y and Z": the partners named in the list
    withs += [q for p in withs for c in p.children if c.dep_ == "prep" and c.lower_ in ("including", "like")
              for q in c.children if q.dep_ == "pobj"]
    partners = [e for p in withs for e in _named(ends.actors(p))]
    if not partners:
        return []
    agents = [e for t in syntax.by_agents(verb) for e in ends.actors(t)] if syntax.is_passive(verb) \
        else actor_subjects(verb, ends)
    if not agents and verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and verb.head.pos_ == "NOUN":
        # "the use of migrants by the regime of X, carried out in coordination with Y": the
        # act's agent is named on the noun the participle describes (a person for their country)
        agents = [_side(e, ends) for _, p in syntax.prep_objects(verb.head, frozenset({"by"}))
                  for e in ends.owners(p, ACTOR_TYPES, "cooperatesWith")]
    if not agents and syntax.is_passive(verb) and verb.dep_ == "ccomp" \
            and verb.head.lemma_.lower() in lex.cue("reporting_verbs"):
        # "the operation was carried out in coordination with X, Israel said": the speaker acts
        agents = [e for t in syntax.subjects(verb.head) for e in ends.actors(t)]
    if not agents and syntax.is_passive(verb) and not syntax.by_agents(verb):
        # "They (the measures) have been taken in coordination with X": whoever took the
        # last reported step, or the government that issued the statement
        issuer = ends.bodies.issuer()
        agents = [ends.last_agent] if ends.last_agent is not None else \
            [End(issuer, verb, True, "issuer")] if issuer is not None else []
    return _emit("frame-coordination", noun, "cooperatesWith", "030", agents, partners, verb, 0.65, trace)


def _coordinated_with(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"The announcement was coordinated with the European Union", "X said the purchase had
    been coordinated with NATO allies": a step coordinated with a partner, its agent unsaid,
    is the reporting speaker's side, else the maker of the step ("X's purchase"), else the
    government that issued the statement."""
    if not syntax.is_passive(verb) and not (verb.dep_ == "conj" and verb.tag_ == "VBN"):
        return []
    if syntax.by_agents(verb):
        return []  # "coordinated by X": the verb rule's agent
    withs = [p for _, p in syntax.prep_objects(verb, frozenset({"with"}))]
    partners = [e for p in withs for e in _named(ends.actors(p))]
    if not partners:
        # "coordinated with NATO allies": the allies of a named body stand for it
        partners = [End(ent, c, False, f"members of '{c.text}'") for p in withs
                    if p.lemma_.lower() in ("ally", "partner", "member")
                    for c in p.children if c.dep_ == "compound"
                    for ent in (ends.m.entity_at(c),) if ent is not None and ent.type == "Organization"]
    if not partners:
        return []
    clause = verb.head if verb.dep_ == "conj" else verb
    agents = []
    if clause.dep_ in ("ccomp", "conj") and clause.head.lemma_.lower() in lex.cue("reporting_verbs"):
        # "the minister said the purchase had been coordinated with X": the speaker's country
        agents = [_side(e, ends) for t in syntax.subjects(clause.head) for e in ends.actors(t)]
    if not agents:
        agents = [e for t in syntax.subjects(clause) if t.pos_ == "NOUN"
                  for e in ends.owners(t, ACTOR_TYPES, "cooperatesWith")]
    subject = syntax.clause_subject_of(clause)
    if not agents and subject is not None and subject.lemma_.lower() in lex.cue("event_reference_nouns") \
            and ends.last_agent is not None:
        # "The announcement was coordinated with X": whoever took the last reported step
        agents = [ends.last_agent._replace(token=verb, coref=True, via="last agent")]
    if not agents:
        issuer = ends.bodies.issuer()
        agents = [End(issuer, verb, True, "issuer")] if issuer is not None else []
    agents = [e for e in agents if e.entity.id not in {p.entity.id for p in partners}]
    return _emit("frame-coordinated-with", verb, "cooperatesWith", "030", agents, partners, verb, 0.65, trace)


def _cause_owners(tok: Token, ends: EndFinder, lex: Lexicon) -> list[End]:
    """"the defense of X", "X's sovereignty", or X itself."""
    if tok.lemma_.lower() in lex.cue("frame_owned_causes"):
        owners = [p for _, p in syntax.prep_objects(tok, frozenset({"of"}))] + _children(tok, "poss")
        return [e for t in owners for e in ends.actors(t)]
    if tok.pos_ == "PROPN":
        found = [e for e in ends.actors(tok) if e.entity.type in _STATES or e.entity.type == "Person"]
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
            # "their commitment to a free and open Indo-Pacific": a region as it should be
            # is an ideal, not a party (a country keeps its reading: "a sovereign Ukraine")
            found = [e for e in found if e.entity.type == "Country"]
        return found
    return []


def _commitment(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"reaffirmed its commitment to the defense of X", "support for Ukraine's sovereignty"."""
    preps = frozenset({"to", "for"}) if noun.lemma_.lower() != "commitment" else frozenset({"to"})
    causes = [p for _, p in syntax.prep_objects(noun, preps)]
    targets = [e for p in causes for e in _cause_owners(p, ends, lex)]
    if not targets:
        return []
    holders = [e for t in _children(noun, "poss") for e in ends.actors(t)]
    if not holders and noun.dep_ == "pobj" and noun.head.lower_ == "including" and noun.head.head.pos_ == "NOUN":
        # "reaffirmed their close cooperation, including support for Somalia": the support
        # is part of the holders' cooperation, so theirs
        noun = noun.head.head
        holders = [e for t in _children(noun, "poss") for e in ends.actors(t)]
    gov = syntax.governing_verb(noun, lex.cue("quantity_nouns"))
    if not holders and gov is not None and noun.dep_ == "dobj" and not syntax.is_passive(gov):
        holders = actor_subjects(gov, ends)
    return _emit("frame-commitment", noun, "supports", "051", holders, targets,
                 gov if gov is not None else noun, 0.65, trace, walk=gov is not None)


def _ally(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Russia, Syria's main ally, ...", "Hungary, a close ally of Serbia", "X is Y's closest partner",
    "X emerged as Y's main ally"; not a past one ("a former ally of X")."""
    if any(c.dep_ in ("amod", "compound") and c.lower_.strip("-") in NOT_CURRENT for c in noun.children):
        return []
    # "Belgium, one of Burundi's largest donors": the "one" stands where the noun would
    node = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.tag_ == "NNS" \
        and noun.head.head.lower_ == "one" else noun
    if node.dep_ == "appos":
        # "Norway and Germany, the main donors to the fund": a plural names every conjunct
        holders = ends.actors(node.head, conj=node.tag_ == "NNS")
    elif node.dep_ == "conj" and node.tag_ == "NN" and node.head.pos_ == "PROPN" \
            and node.left_edge.i == node.head.i + 2 and noun.doc[node.head.i + 1].text == ",":
        # "vetoes by Russia, Damascus's main ally, and China": an apposition parsed as a conjunct
        holders = ends.actors(node.head, conj=False)
    elif node.dep_ == "attr" and node.head.lemma_.lower() in ("be", "remain", "become"):
        holders = [e for t in syntax.subjects(node.head) for e in ends.actors(t)]
    elif node.dep_ == "pobj" and node.head.lower_ == "as" and node.head.head.pos_ in _VERB_POS:
        # "overtook the US as Brazil's largest trading partner", "emerged as Russia's main ally"
        holders = actor_subjects(node.head.head, ends)
    else:
        return []
    owners = _children(noun, "poss") + [p for _, p in syntax.prep_objects(noun, frozenset({"of", "to"}))]
    targets = [e for t in owners for e in ends.actors(t)]
    holders = [e for e in holders if e.entity.type in _STATES or e.entity.type == "Person"]
    relation, cameo = lex.cue("frame_allies")[noun.lemma_.lower()]
    return _emit("frame-ally", noun, relation, cameo, holders, targets, node.head, 0.65, trace,
                 walk=node.dep_ == "attr")


def _welcomed_act(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"welcomed the efforts of Qatar", "appreciated Egypt's role", "praised the role played
    by X": support for the actor."""
    objs = syntax.objects(verb)
    # "welcomed the EU's position rejecting any change": the object parsed as the participle's subject
    objs += [s for c in _children(verb, "ccomp") if c.tag_ == "VBG" for s in _children(c, "nsubj")]
    acts = [o for o in objs if o.lemma_.lower() in lex.cue("frame_efforts")]
    acts += [c for o in list(acts) for c in o.conjuncts if c.lemma_.lower() in lex.cue("frame_efforts")]
    if not acts:
        return []
    owners = [t for a in acts for t in _children(a, "poss")]
    owners += [p for a in acts for _, p in syntax.prep_objects(a, frozenset({"of", "by"}))]
    # "praised the leading role played by the Kingdom": the owner is the participle's agent
    owners += [p for a in acts for c in _children(a, "acl") if c.tag_ == "VBN" for p in syntax.by_agents(c)]
    targets = [e for t in owners for e in _named(ends.actors(t))]
    agents = actor_subjects(verb, ends)
    return _emit("frame-welcomed", verb, "supports", "051", agents, targets, verb, 0.7, trace)


_CURRENCY_SIGNS = frozenset("$€£¥₹")


def _signed_amount(tok: Token) -> bool:
    """"another NZ$2 million": an amount written with a currency sign that the tagger read
    as a plain number (a word of its phrase holds both a sign and a digit)."""
    return any(_CURRENCY_SIGNS & set(t.text) and any(ch.isdigit() for ch in t.text) for t in tok.subtree)


def _datives(verb: Token) -> list[Token]:
    """The indirect objects that name a recipient: a name ("gave Ukraine $1bn") or an owned
    noun ("offered Tunisia's interim government a package of aid": the owner's state)."""
    return [c for c in verb.children if c.dep_ == "dative" and (c.pos_ == "PROPN" or c.pos_ == "NOUN" and any(
        k.dep_ == "poss" for k in c.children))]


def _last_helped(ends: EndFinder):
    """The one the article last told of being helped (an aid fact's named recipient), or None."""
    helped = ends.last_target_by_relation.get("aids")
    return helped if helped is not None and helped.entity.type in ("Country", "Organization", "Group") else None


def _money(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"pledged $50 million for Sudan", "announced funding for Moldova's energy grid"."""
    objs = syntax.objects(verb)
    # "120 million euros" is often tagged a plain number: the currency noun says money
    # ("another NZ$2 million": an amount with a currency sign the tagger called a number)
    money = [o for o in objs if o.ent_type_ == "MONEY" or o.lemma_.lower() in lex.cue("frame_funds")
             or o.lemma_.lower() in lex.cue("frame_currencies") and any(c.dep_ == "nummod" for c in o.children)
             or any(t.ent_type_ == "MONEY" for t in o.subtree) or _signed_amount(o)]
    if not money:
        return []
    investing = verb.lemma_.lower() == "invest"
    # ("deposited billions of dollars with the State Bank of Pakistan": the bank's country)
    preps = frozenset({"for", "to", "in", "into", "with"}) if verb.lemma_.lower() == "deposit" else \
        frozenset({"for", "to", "in", "into"}) if investing else frozenset({"for", "to"})
    places = [p for _, p in syntax.prep_objects(verb, preps)]
    places += [p for o in money for _, p in syntax.prep_objects(o, frozenset({"for", "to"}))]
    if investing:  # "invest $50 billion in Indian infrastructure": the phrase hangs off the amount
        places += [p for o in money for _, p in syntax.prep_objects(o, frozenset({"in", "into"}))]
    # "promised Nigeria fresh loans", "gave Ukraine $1bn": the recipient as indirect object
    places += _datives(verb)
    # "lent Laos billions of dollars": the indirect object read as a modifier of the amount
    places += [c for o in money if o.ent_type_ == "MONEY" for c in o.children
               if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ in ("GPE", "ORG") and c.i < o.i]
    # "$200 million in aid for Sudan": the phrase hangs off the aid noun
    places += [p for o in money for _, n in syntax.prep_objects(o, frozenset({"in"}))
               for _, p in syntax.prep_objects(n, frozenset({"for", "to"}))]
    # "120 million euros for projects in Kenya": the country the funded projects are in
    purposes = [p for p in places if p.lemma_.lower() in lex.cue("frame_aid_purposes")]
    places += [q for p in purposes for _, q in syntax.prep_objects(p, frozenset({"in", "across"}))]
    # ("for victims of the earthquake in Morocco": the place hangs on what the people suffered)
    places += [q for p in purposes for _, o in syntax.prep_objects(p, frozenset({"of"}))
               for _, q in syntax.prep_objects(o, frozenset({"in"}))]
    # "The EU promised 355 million euros to Sudan and Germany 244 million euros": a name right
    # before another amount is a second giver (the verb left out), not a recipient
    doc = verb.doc
    gapped = [c for p in places for c in (p, *p.conjuncts) if c.dep_ == "conj" and c.i + 1 < len(doc)
              and (doc[c.i + 1].ent_type_ == "MONEY" or doc[c.i + 1].like_num)]
    places = [p for p in places if p not in gapped]
    # "... 355 million euros and Germany 244 million euros": the name read as a modifier of the
    # second amount is its giver
    gapped += [c for o in money for x in o.conjuncts if x.i > o.i for c in x.children
               if c.dep_ in ("nmod", "compound", "npadvmod") and c.pos_ == "PROPN" and c.i < x.i]
    if not places and not syntax.is_passive(verb):
        # "would contribute USD 300 million to relieve the suffering of the Syrian people": whom
        # the purpose clause is about
        aims = [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" for a in c.children)]
        places = [t for c in aims for o in syntax.objects(c) for t in [o]
                  if o.lemma_.lower() not in lex.cue("frame_funds")]
        # ("to help Turkey and Syria cope": the one helped read as the next clause's subject)
        places += [s for c in aims if c.lemma_.lower() == "help" and not syntax.objects(c)
                   for x in c.children if x.dep_ == "ccomp" for s in x.children if s.dep_ == "nsubj"]
    skip = {getattr(ends.m.entity_at(c), "id", None) for c in gapped}
    targets = [e for p in places for e in _named(ends.owners(p, ACTOR_TYPES, "aids")) if e.entity.id not in skip] or \
        _named(helped_places(places, ends))  # "$30 million to Gaza"
    agents = actor_subjects(verb, ends) if not syntax.is_passive(verb) else []
    # "German Foreign Minister X announced EUR 125 million": an official gives their country's money
    agents = [_side(e, ends) for e in agents]
    agents += [e for p in gapped for e in _named(ends.actors(p)) if e.entity.type in ("Country", "Organization")]
    conf = 0.7
    helped = _last_helped(ends) if not targets else None
    # (only the purposes and where they are: "$10 million for Gaza" names its own place)
    if not targets and all(p in purposes or p.head.head in purposes for p in places) \
            and verb.lemma_.lower() in lex.cue("frame_pledging") | lex.cue("frame_giving") \
            and any(o.ent_type_ == "MONEY" or o.lemma_.lower() in lex.cue("frame_currencies") or _signed_amount(o)
                    or o.lemma_.lower() in lex.cue("frame_funds") and any(t.ent_type_ == "MONEY" for t in o.subtree)
                    for o in money) \
            and (ends.dominant_country() is not None or helped is not None):
        # "The UAE pledged $200 million." in an article about one country: the money is for it,
        # as is "will provide 120 million euros for projects in the Rift Valley" (a purpose
        # placed somewhere says more than none); after "Donors pledged $1.5 billion for Sudan",
        # "Germany pledged an extra 200 million euros" is for the one last helped, surely so
        targets, conf = ([helped._replace(token=verb, via="the last one helped")], 0.65) if helped is not None \
            else ([End(ends.dominant_country(), verb, True, "the article's country")], 0.62)
    if investing:  # "pledged to invest $50 billion in Indian infrastructure": economic cooperation
        return _emit("frame-money", verb, "cooperatesWith", "061", agents, targets, verb, conf, trace)
    return _emit("frame-money", verb, "aids", "071", agents, targets, verb, conf, trace)


#: goods received as help besides the help, fund and weapon nouns ("received F-16 jets from X")
_RECEIVED_GOODS = frozenset({"jet", "fighter", "tank", "vehicle", "aircraft", "helicopter", "vaccine", "dose",
                             "equipment", "supply", "shipment", "delivery", "grant", "bailout", "rescuer"})
#: promises of help received ("secured pledges of loans from X")
_PROMISES = frozenset({"pledge", "promise", "commitment", "offer"})
#: help received that is backing rather than goods ("received strong support from X")
_RECEIVED_BACKING = frozenset({"support", "backing"})


def _received_help(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Ukraine received F-16 jets from Denmark", "Russia is receiving artillery shells from North
    Korea", "Kenya received $500 million from the World Bank": the giver aids the recipient
    ("received strong support from X": X supports it). Calls, letters and invitations received
    are no help."""
    if syntax.is_passive(verb) or verb.lemma_.lower() == "accept" and (
            syntax.negated(verb) or verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("refuse", "decline")):
        return []
    got = [x for o in syntax.objects(verb) for x in (o, *o.conjuncts) if x.pos_ in _NOUN_POS or x.ent_type_ == "MONEY"]
    # "accepted offers of search and rescue teams from Spain": what is offered
    got += [p for x in got if x.lemma_.lower() == "offer" for _, p in syntax.prep_objects(x, frozenset({"of"}))]
    # "received a new batch of F-16 fighter jets from X", "secured pledges of loans from Y": the
    # goods a quantity noun counts or a pledge promises
    got += [p for x in list(got) if x.lemma_.lower() in _COUNTS | _PROMISES
            for _, p in syntax.prep_objects(x, frozenset({"of"}))]
    helpful = lex.cue("frame_help_nouns") | lex.cue("frame_funds") | lex.cue("frame_weapons") | _RECEIVED_GOODS
    goods = [x for x in got if x.lemma_.lower() in helpful or x.ent_type_ == "MONEY" or _helping_team(x)
             or any(t.ent_type_ == "MONEY" for t in x.subtree)]
    if not goods:
        return []
    givers = [p for t in (verb, *goods, *(x.head.head for x in goods if x.dep_ == "pobj" and x.head.lower_ == "of"))
              for _, p in syntax.prep_objects(t, frozenset({"from"}))]
    recipients = actor_subjects(verb, ends)
    donors = not_own(recipients, [e for p in givers for e in _named(ends.actors(p))], ends)
    if all(x.lemma_.lower() in _RECEIVED_BACKING for x in goods):
        return _emit("frame-received", verb, "supports", "051", donors, recipients, verb, 0.65, trace)
    return _emit("frame-received", verb, "aids", "070", donors, recipients, verb, 0.65, trace)


#: verbs of living on help ("relied heavily on financial support from X")
_RELYING = frozenset({"rely", "depend", "count", "lean"})


def _relied_on_help(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"The junta has relied heavily on financial support from Russia", "Lebanon depends on
    aid from the Gulf states": the giver aids (or, for backing, supports) whoever lives on it."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("on", "upon") or prep.head.lemma_.lower() not in _RELYING \
            or prep.head.pos_ not in _VERB_POS:
        return []
    givers = [p for _, p in syntax.prep_objects(noun, frozenset({"from"}))]
    recipients = actor_subjects(prep.head, ends)
    donors = not_own(recipients, [e for p in givers for e in _named(ends.actors(p))], ends)
    relation, cameo = ("supports", "051") if noun.lemma_.lower() in _RECEIVED_BACKING else ("aids", "070")
    return _emit("frame-relied-on", noun, relation, cameo, donors, recipients, prep.head, 0.65, trace)


#: help nouns that, carried by a verb to or through a side, aid it ("aid was channelled through X")
_CARRYING = frozenset({"channel", "deliver", "send", "funnel", "route", "provide", "give", "disburse", "ship"})


def _help_carried(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"U.S. assistance will not be channeled through the Assad regime", "Japan's aid was
    delivered to Myanmar": the help's giver (its owner, else the passive's agent) aids the
    side it goes to or through."""
    verb = noun.head
    if noun.dep_ != "nsubjpass" or verb.lemma_.lower() not in _CARRYING | lex.cue("frame_conveying"):
        return []
    places = [p for _, p in syntax.prep_objects(verb, frozenset({"to", "through", "via"}))]
    targets = [e for p in places for e in _named(ends.owners(p, ACTOR_TYPES, "aids"))]
    # "Japan's aid", "U.S. assistance", "American aid": the giver named on the help noun
    owners = _children(noun, "poss") + [c for c in noun.children if (c.dep_ in ("compound", "amod", "nmod")
                                        and c.pos_ == "PROPN") or (c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE"))]
    agents = [_side(e, ends) for t in owners + syntax.by_agents(verb) for e in _named(ends.actors(t))]
    return _emit("frame-help-carried", noun, "aids", "070", agents, not_own(agents, targets, ends), verb, 0.65, trace)


#: goods conveyed as help besides the help, fund and weapon nouns and the goods received
#: ("rushed air defense systems to X", "transferred Patriot batteries to Y")
#: quantity nouns before the goods they count ("hundreds of tanks")
_COUNTS = frozenset({"hundred", "thousand", "dozen", "million", "number", "batch", "shipment", "consignment",
                     "team", "tonne", "ton", "truckload", "planeload", "load", "cargo"})
_CONVEYED_GOODS = frozenset({"system", "battery", "interceptor", "ammunition", "artillery", "food", "medicine",
                             "fuel", "tent", "generator", "ambulance", "armour", "armor", "munition", "rice",
                             "grain", "wheat", "flour", "blanket", "vaccine", "medication", "drug",
                             # people who bring help by their trade ("sent doctors and nurses to Gaza")
                             "doctor", "medic", "nurse", "paramedic", "rescuer", "firefighter"})
#: people helped where they are ("to flood victims in Libya", "to the people of Gaza")
_HELPED_PEOPLE = frozenset({"victim", "survivor", "people", "population", "civilian", "family", "refugee",
                            "community", "resident", "child"})
#: help that moves people rather than goods ("rushed troops to the border" deploys them)
_DEPLOYED = frozenset({"troop", "soldier", "force", "reinforcement", "personnel"})


#: what makes a team sent somewhere a help ("a disaster relief team", "search-and-rescue teams")
HELP_MODIFIERS = frozenset({"rescue", "relief", "aid", "assistance", "humanitarian", "medical", "disaster",
                             "emergency", "response"})
_TEAMS = frozenset({"team", "unit", "mission", "contingent", "crew", "squad", "specialist", "expert", "worker",
                    "diver"})


def _helping_team(noun: Token) -> bool:
    """"a Disaster Assistance Response Team", "two urban search-and-rescue teams": a team
    (not troops) named by the help it brings."""
    return noun.lemma_.lower() in _TEAMS and any(
        t.lower_ in HELP_MODIFIERS for left in noun.lefts for t in left.subtree)


#: vehicles sent with a load ("sent three planes loaded with medical supplies to Pakistan")
_VEHICLES = frozenset({"plane", "aircraft", "airplane", "flight", "jet", "ship", "vessel", "boat", "truck",
                       "lorry", "convoy", "helicopter", "train", "airlift"})
_LADEN = frozenset({"carry", "load", "laden", "bear", "pack", "fill", "transport"})


def _loads(o: Token) -> list[Token]:
    """"planes carrying 40 tonnes of aid", "trucks loaded with food", "a navy vessel with rescue
    divers": the participles (or the "with") that hang the load on a vehicle (their objects are
    the goods; the destination may hang on them)."""
    return [c for c in o.children if c.dep_ in ("acl", "amod") and c.lemma_.lower() in _LADEN
            or c.dep_ == "prep" and c.lower_ == "with"] if o.lemma_.lower() in _VEHICLES else []


def _place_country(places: list[Token], ends: EndFinder) -> list[End]:
    """"sent two aid planes carrying food to Benghazi": help carried to a town or region goes to
    the country it lies in (as the text or the gazetteer places it), else, in an article about
    one country, to that country."""
    for p in places:
        place = ends.m.entity_at(p)
        if place is None or place.type != "Location":
            continue
        iso3 = ends.m.place_country.get(place.id)
        country = ends.m.entities.get(iso3) if iso3 else ends.dominant_country()
        if country is not None and country.type == "Country":
            return [End(country, p, True, f"the country of {place.label}")]
    return []


def _conveyed_help(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"The US shipped arms to Ukraine", "Germany rushed air defense systems to Kyiv", "Denmark
    will hand over F-16 jets to Ukraine": help or weapons moved to a named side aid it. Other
    goods ("shipped 50,000 cars to China") are trade, and troops moved are a deployment."""
    if syntax.is_passive(verb) or verb.lemma_.lower() == "hand" and not any(
            c.dep_ == "prt" and c.lower_ == "over" for c in verb.children) or any(
            c.dep_ == "prt" and c.lower_ in ("up", "back") for c in verb.children):
        return []  # ("until it gave up its nuclear weapons", "sent back the migrants": no help given)
    helpful = (lex.cue("frame_help_nouns") | lex.cue("frame_funds") | lex.cue("frame_weapons") | _RECEIVED_GOODS
               | _CONVEYED_GOODS) - _DEPLOYED
    # "deployed a disaster relief team to X" is help; "deployed missiles to X" may be no gift
    # ("dispatched relief supplies": help other than arms)
    teams_only = verb.lemma_.lower() == "deploy"
    if verb.lemma_.lower() == "dispatch":
        helpful -= lex.cue("frame_weapons")
    if verb.lemma_.lower() == "offer":
        helpful -= _STANCES  # ("offered his support": backing, not goods)
    # ("has given Kyiv hundreds of tanks": the goods counted by a quantity noun)
    # ("a medical team of 30 doctors": the team and what it counts, either may be the help)
    direct = syntax.objects(verb) or [
        # "flew in planeloads of supplies": the particle read as a preposition
        g for c in verb.children if c.dep_ == "prep" and c.i == verb.i + 1 and c.lower_ == "in"
        for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
    loads = [a for o in direct for a in _loads(o)]
    if any(o.lemma_.lower() in _VEHICLES for o in direct):
        # ("sent a navy vessel | with rescue divers": the load's phrase hung on the verb)
        loads += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"]
    carried = direct + [g for a in loads for g in syntax.objects(a) + [
        p for _, p in syntax.prep_objects(a, frozenset({"with"}))] + [c for c in a.children if c.dep_ == "pobj"]]
    objects = [g for o in carried for g in (
        [p for _, p in syntax.prep_objects(o, frozenset({"of"}))] + ([o] if _helping_team(o) else [])
        if o.lemma_.lower() in _COUNTS or o.like_num else [o])]
    goods = [x for o in objects for x in (o, *o.conjuncts)
             if x.pos_ in _NOUN_POS and (x.lemma_.lower() in helpful and not teams_only or _helping_team(x))
             and not any(c.dep_ == "det" and c.lower_ == "no" for c in x.children)]  # ("offered no support")
    if not goods:
        return []
    # ("flew in planeloads of supplies to Libya": the destination may hang on the count)
    places = [p for t in dict.fromkeys((verb, *loads, *carried, *goods))
              for _, p in syntax.prep_objects(t, frozenset({"to"}))]
    # ("to the east of Libya": the country a part is named by)
    places += [q for p in places if p.lemma_.lower() in BEARINGS for _, q in syntax.prep_objects(p, frozenset({"of"}))]
    # "has given Kyiv hundreds of tanks": the recipient as indirect object
    places += _datives(verb)
    agents = actor_subjects(verb, ends)
    found = [e for p in places for e in _named(ends.owners(p, ACTOR_TYPES, "aids"))] or \
        _named(helped_places(places, ends))  # "sent food to Gaza"
    if not found:
        # "donated tents to flood victims in Libya": the people helped, by where they are
        found = [e for p in places if p.pos_ == "NOUN" and p.lemma_.lower() in _HELPED_PEOPLE
                 for _, q in syntax.prep_objects(p, frozenset({"in", "of"})) + syntax.prep_objects(verb, frozenset({"in"}))
                 for e in _named(ends.owners(q, ACTOR_TYPES, "aids")) if e.entity.type == "Country"]
    if not found:
        found = _place_country(places, ends)  # "sent two aid planes ... to Benghazi"
    targets = not_own(agents, found, ends)
    conf = 0.65
    # (not "giving the group military help", "channel aid through X", "send help for the victims")
    home = ends.dominant_country() if not places and not targets and verb.lemma_.lower() != "deploy" \
        and not any(c.dep_ == "dative" for c in verb.children) \
        and not syntax.prep_objects(verb, frozenset({"through", "via", "for", "in", "into"})) else None
    if home is not None and not any(g.lemma_.lower() in lex.cue("frame_weapons") for g in goods):
        # "China said it would send drinking water, food and other emergency supplies" in an
        # article about one country's disaster: the goods go to that country
        targets, conf = not_own(agents, [End(home, verb, True, "the article's country")], ends), 0.62
    return _emit("frame-conveyed", verb, "aids", "070", [_side(e, ends) for e in agents], targets, verb, conf, trace)


#: help that is a stance rather than goods
_STANCES = frozenset({"support", "backing", "protection", "intervention", "help", "solidarity"})


#: efforts that help when a help word names them ("a rescue and relief operation")
_EFFORTS = frozenset({"operation", "effort", "mission", "campaign", "airlift", "evacuation", "bridge", "corridor"})


def _relief_operation(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"India launched a large-scale rescue and relief operation": an effort named by the help
    it brings helps the side it is for or in ("in Nepal", "for the flood victims of X"), else,
    in an article about one country, that country."""
    # ("air bridges of relief flights": the help word may name what the effort is made of)
    efforts = [o for o in syntax.objects(verb) if o.lemma_.lower() in _EFFORTS and any(
        t.lower_ in HELP_MODIFIERS for left in [*o.lefts, *(p for _, p in syntax.prep_objects(o, frozenset({"of"})))]
        for t in left.subtree)]
    if not efforts or syntax.is_passive(verb):
        return []
    places = [p for t in (verb, *efforts) for _, p in syntax.prep_objects(t, frozenset({"in", "for", "to"}))]
    found = [e for p in places for e in _named(ends.owners(p, ACTOR_TYPES, "aids"))] or _place_country(places, ends)
    agents = actor_subjects(verb, ends)
    if not found and not places:
        # the article's country, or the other of the article's two sides
        home = ends.dominant_country()
        if home is None and len(ends.two_sides()) == 2:
            others = [e for e in ends.two_sides() if e.id not in {a.entity.id for a in agents}]
            home = others[0] if len(others) == 1 else None
        found = [End(home, verb, True, "the article's country")] if home is not None else []
    return _emit("frame-relief-operation", verb, "aids", "070", [_side(e, ends) for e in agents],
                 not_own(agents, found, ends), verb, 0.62, trace)


def _witnessed_signing(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"President X and Prime Minister Y witnessed the signing of five agreements": the two
    sides (a leader stands for the country they lead) cooperate, and the leaders meet."""
    gov = noun.head
    if noun.dep_ == "pobj" and gov.lower_ == "over":
        gov = gov.head  # "presided over the signing"
    if noun.dep_ not in ("dobj", "pobj") or gov.pos_ not in _VERB_POS or gov.lemma_.lower() not in lex.cue("frame_witnessing"):
        return []
    if not any(p.lemma_.lower() in lex.cue("frame_pacts") for _, p in syntax.prep_objects(noun, frozenset({"of"}))):
        return []
    parties = actor_subjects(gov, ends)
    people = [e for e in parties if e.entity.type == "Person"]
    sides = {}
    for e in parties:
        side = ends.affiliation(e.entity) if e.entity.type == "Person" else e.entity
        if side is not None and side.type in ("Country", "Organization"):
            sides.setdefault(side.id, End(side, e.token, e.entity.type == "Person", "side"))
    if len(sides) < 2:
        return []
    out = _emit("frame-signing", noun, "cooperatesWith", "057", list(sides.values()), list(sides.values()),
                gov, 0.65, trace)
    if len(people) >= 2:
        out += _emit("frame-signing", noun, "meets", "040", people, people, gov, 0.65, trace)
    return out


#: military activities done together with a partner ("held naval drills with X")
_DRILLS = frozenset({"drill", "exercise", "maneuver", "manoeuvre", "patrol", "operation", "wargame"})
_CONDUCTING = frozenset({"hold", "conduct", "stage", "carry", "launch"})
_WITH = frozenset({"with"})
#: verbs sending forces somewhere ("sent troops to Belarus for joint drills")
_SENDING = frozenset({"send", "deploy", "dispatch", "move", "fly", "transfer"})


def _joint_activity(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"X and Y held joint naval drills", "X conducted joint patrols with Y", "X conducted
    flight operations with Y": they cooperate."""
    if not any(c.dep_ == "amod" and c.lower_ in lex.cue("frame_joint") for c in noun.children) and not (
            # drills held "with" a partner are joint without the word
            noun.lemma_.lower() in _DRILLS and noun.dep_ == "dobj" and noun.head.lemma_.lower() in _CONDUCTING
            and (syntax.prep_objects(noun, _WITH) or syntax.prep_objects(noun.head, _WITH))):
        return []
    hosted_by: list = []
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.pos_ in _VERB_POS \
            and noun.head.head.lemma_.lower() in _SENDING:
        # "sent troops and jets to Belarus for joint exercises": the exercises are with the host
        gov = noun.head.head
        hosted_by = [p for _, p in syntax.prep_objects(gov, frozenset({"to"}))]
    elif noun.dep_ == "pobj" and noun.head.lower_ in ("to", "in") and noun.head.head.pos_ in _VERB_POS:
        # "sent two vessels to joint exercises with X", "took part in joint drills with X":
        # only verbs of taking part, so "protested against / reacted to joint drills" stay out
        gov = noun.head.head
        if gov.lemma_.lower() not in lex.cue("frame_taking_part"):
            return []
    else:
        gov = syntax.governing_verb(noun, lex.cue("quantity_nouns"))
        if gov is None or noun.dep_ != "dobj":
            return []
    if syntax.is_passive(gov):
        return []
    agents = [e for e in (_side(x, ends) for x in actor_subjects(gov, ends)) if e.entity.type in _STATES]
    partners = [e for t in (noun, gov) for _, p in syntax.prep_objects(t, frozenset({"with"}))
                for e in (_side(x, ends) for x in _named(ends.actors(p))) if e.entity.type in _STATES]
    partners = partners or [e for p in hosted_by for e in _named(ends.actors(p)) if e.entity.type == "Country"]
    partners = _mutual(agents, partners)
    if not partners:
        return []
    return _emit("frame-joint", noun, "cooperatesWith", "030", agents, partners, gov, 0.65, trace)


def _ties_boosted(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"X and Y agreed to boost defence ties", "X bolstered its partnership with Y"."""
    gov = noun.head
    if noun.dep_ != "dobj" or gov.pos_ != "VERB" or gov.lemma_.lower() not in lex.cue("frame_boosting") or syntax.is_passive(gov):
        return []
    # "the two presidents agreed to elevate ties": the leaders stand for their countries
    agents = [_side(e, ends) for e in actor_subjects(gov, ends)]
    agents = [e for e in agents if e.entity.type in _STATES]
    partners = [_side(e, ends) for _, p in syntax.prep_objects(noun, frozenset({"with", "between"}))
                for e in _named(ends.actors(p))]
    partners = _mutual(agents, partners)
    if not partners:
        return []
    return _emit("frame-ties", noun, "cooperatesWith", "030", agents, partners, gov, 0.65, trace)


#: verbs of wanting a relation one does not have yet ("sought closer ties with X")
_SEEKING = frozenset({"seek", "pursue", "want", "desire", "favour", "favor"})
#: the relations a sought relation noun gives: ties and cooperation, or talks and dialogue
_SOUGHT = frozenset({"cooperatesWith", "negotiatesWith"})


def _ties_sought(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"X has sought closer ties with the UAE and Hungary", "we want cooperation with the
    United States", "would continue to seek dialogue with Beijing": the subject works
    towards the relation with each partner (the noun's relation: cooperation or talks)."""
    gov = noun.head
    if noun.dep_ != "dobj" or gov.pos_ != "VERB" or gov.lemma_.lower() not in _SEEKING or syntax.is_passive(gov):
        return []
    triggers = {t.relation: t.cameo for t in lex.nouns.get(noun.lemma_.lower(), ()) if t.relation in _SOUGHT}
    if not triggers:
        return []
    partners = [e for _, p in syntax.prep_objects(noun, frozenset({"with"})) for e in _named(ends.actors(p))]
    if not partners:
        return []
    agents = actor_subjects(gov, ends)
    out = []
    for relation, cameo in triggers.items():
        out += _emit("frame-ties-sought", noun, relation, cameo, agents, partners, gov, 0.65, trace)
    return out


#: verbs of coming to someone's side ("came to the defence of X", "rushed to the aid of Y")
_COMING = frozenset({"come", "rush", "leap", "spring", "jump", "hurry"})
#: what one comes to give, by relation ("to the aid of X" is help, "to the defence of X" backing)
_CAME_TO = {"defence": ("supports", "051"), "defense": ("supports", "051"), "support": ("supports", "051"),
            "aid": ("aids", "070"), "rescue": ("aids", "070"), "assistance": ("aids", "070")}


def _in_support_of(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"sent warships to the region in support of Israel", "voted in solidarity with Kyiv",
    "came to the defence of X", "rushed to the aid of Y"."""
    prep = noun.head
    lemma = noun.lemma_.lower()
    coming = prep.lower_ == "to" and prep.head.lemma_.lower() in _COMING and lemma in _CAME_TO
    verb = prep.head
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
        verb = verb.head  # "broke off relations with X in solidarity with Y": the phrase hung on the object
    if noun.dep_ != "pobj" or not (prep.lower_ == "in" and lemma not in ("aid", "rescue", "assistance") or coming) \
            or verb.pos_ not in _VERB_POS or syntax.is_passive(verb):
        return []
    relation, cameo = _CAME_TO[lemma] if coming else ("supports", "051")
    marks = frozenset({"with"}) if lemma == "solidarity" else frozenset({"of"})
    objs = [p for _, p in syntax.prep_objects(noun, marks)]
    if coming:  # "failed to come to its aid", "rushed to Lithuania's defence"
        objs += _children(noun, "poss")
    # "in support of its Palestinian ally Hamas": the name set after the noun
    objs += [a for p in objs if p.pos_ == "NOUN" for a in p.children if a.dep_ == "appos" and a.pos_ == "PROPN"]
    # ("in full support of our Czech allies": the nationality of the allies names them)
    targets = [e for p in objs for e in _named(ends.actors(p) or ends.owners(p, ACTOR_TYPES, relation))]
    # named actors only: "protesters rallied in support of the opposition" is no stance of a state
    agents = [e for e in actor_subjects(verb, ends)
              if (e.entity.type in _STATES or e.entity.type == "Person") and e.entity.label[:1].isupper()]
    return _emit("frame-in-support", noun, relation, cameo, agents, targets, verb, 0.65, trace)


#: verbs of taking part in an operation or a coalition ("joined the US-led coalition")
_TAKING_PART = frozenset({"join", "participate", "take", "enter"})


def _joined_led(led: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Jordan joined the US-led coalition", "Egypt took part in the Saudi-led operation",
    "is participating in the French-led mission": whoever joins works with the side leading it."""
    noun = led.head
    if led.dep_ != "amod" or led.tag_ != "VBN" or noun.pos_ != "NOUN":
        return []
    if noun.dep_ == "dobj":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "in":
        verb = noun.head.head
    else:
        return []
    lemma = verb.lemma_.lower()
    if verb.pos_ not in _VERB_POS or lemma not in _TAKING_PART or syntax.is_passive(verb) \
            or lemma == "take" and not any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children) \
            or lemma in ("join", "enter") and noun.dep_ != "dobj":
        return []
    leaders = [e for g in led.children if g.dep_ in ("npadvmod", "compound", "nmod", "amod") and g.i < led.i
               for e in _named(ends.actors(g))]
    agents = actor_subjects(verb, ends)
    return _emit("frame-joined-led", led, "cooperatesWith", "030", agents, not_own(agents, leaders, ends),
                 verb, 0.65, trace)


# "ordered 42 jets from X", "agreed to buy oil from Y": a purchase from a named seller
_BUYING = frozenset({"buy", "order", "purchase", "procure", "acquire"})
# "will build two frigates with X", "co-develop a drone with Y": making something together
_MAKING = frozenset({"build", "develop", "produce", "manufacture", "co-produce", "co-develop", "assemble"})
# "signed a deal to supply gas to X", "Y will sell 20 aircraft to Z": a sale to a named buyer
_SELLING = frozenset({"sell", "supply", "deliver", "export"})
# "sent troops to X at the request of Y": help given because it was asked for
_DEPLOYING = frozenset({"deploy", "send", "dispatch", "station", "airlift", "provide", "supply"})
_REQUEST_NOUNS = frozenset({"request", "invitation", "behest"})


def _clause_agents(verb: Token, ends: EndFinder) -> list[End]:
    """Actor subjects of ``verb``; for "signed a deal to buy X" the signer (the infinitive
    hangs off the deal noun, which the subject finder does not cross). People stand for
    the country they lead or serve."""
    found = actor_subjects(verb, ends)
    head = verb.head
    if not found and verb.dep_ in ("acl", "relcl") and verb.tag_ == "VB" and head.dep_ == "dobj" \
            and head.head.pos_ in _VERB_POS and not syntax.is_passive(head.head):
        found = actor_subjects(head.head, ends)
    return [e for e in (_side(x, ends) for x in found) if e.entity.type in _STATES]


#: goods of war: sold by a state to another, help ("sold drones to Ukraine")
_ARMS = frozenset({"arm", "arms", "weapon", "jet", "fighter", "aircraft", "helicopter", "drone", "missile",
                   "tank", "radar", "submarine", "frigate", "warship", "artillery", "ammunition", "rocket",
                   "howitzer", "system", "interceptor", "f-16", "f-35", "f-15", "equipment"})


#: verbs by which a seller's government lets a sale go ahead ("approved the sale of X to Y")
_CLEARING = frozenset({"approve", "clear", "authorize", "authorise", "announce", "complete", "finalize",
                       "finalise", "greenlight", "sign", "agree", "conclude", "confirm"})


def _sale(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"The United States approved the sale of 66 F-16 jets to Taiwan", "US arms sales to Taiwan":
    arms a state sells another are help given (other goods: trade)."""
    buyers = [e for t in (noun, *(p for _, p in syntax.prep_objects(noun, frozenset({"of"}))))
              for _, q in syntax.prep_objects(t, frozenset({"to"}))
              for e in _named(ends.actors(q)) if e.entity.type == "Country"]
    if not buyers:
        return []
    sellers = [e for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod")
               for e in ends.actors(c, conj=False) if e.entity.type == "Country"]
    gov = noun.head if noun.dep_ == "dobj" else None
    if not sellers and gov is not None and gov.lemma_.lower() in _CLEARING and not syntax.is_passive(gov):
        sellers = [e for e in actor_subjects(gov, ends) if e.entity.type == "Country"]
    return _sold(noun, list(noun.subtree), sellers, buyers, gov if gov is not None else noun, trace)


def _sold(trigger: Token, goods: list[Token], sellers: list[End], buyers: list[End], clause: Token, trace: Trace):
    """What a state sells another: help when the goods are arms (the annotators' aids), else trade."""
    armed = any(t.lemma_.lower() in _ARMS for t in goods)
    return _emit("frame-sold", trigger, "aids" if armed else "cooperatesWith", "070" if armed else "061",
                 sellers, buyers, clause, 0.6, trace)


def _trade(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"X ordered 42 jets from maker Y", "X signed a deal to buy 20 Y jets" (a purchase),
    "X will build two submarines with Y" (a joint production): X cooperates with Y."""
    objs = syntax.objects(verb)
    if not objs or syntax.is_passive(verb) or any(c.dep_ == "neg" for c in verb.children):
        return []
    lemma = verb.lemma_.lower()
    buying = lemma in _BUYING
    preps = frozenset({"from"}) if buying else frozenset({"to"}) if lemma in _SELLING else frozenset({"with"})
    found = [p for t in (verb, *objs) for _, p in syntax.prep_objects(t, preps)]
    # "ordered jets from France" may be a government's, and what a state sells or supplies
    # to another is often aid (the lexicon's): companies only there
    kinds = frozenset({"Organization"}) if lemma == "order" or lemma in _SELLING else _STATES
    partners = [e for p in found for e in _named(ends.actors(p)) if e.entity.type in kinds]
    if lemma == "sell" and not partners:
        # "Turkey sold drones to Ukraine", "France agreed to sell radars to Armenia": arms a state
        # sells another are help (the annotators' aids), other goods trade
        buyers = [e for p in found for e in _named(ends.actors(p)) if e.entity.type == "Country"]
        sellers = [e for e in _clause_agents(verb, ends) if e.entity.type == "Country"]
        return _sold(verb, [t for o in objs for t in o.subtree], sellers, buyers, verb, trace)
    if buying and not partners:
        # "to buy 20 Airbus jets": the maker named as the product's modifier
        partners = [e for o in objs for c in o.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"
                    for e in ends.actors(c, conj=False) if e.entity.type == "Organization"]
    if not partners:
        return []
    agents = _clause_agents(verb, ends)
    if lemma in _SELLING:
        agents = [e for e in agents if e.entity.type == "Organization"]  # a company's sale
    return _emit("frame-trade", verb, "cooperatesWith", "061", agents, partners, verb, 0.6, trace)


#: help deeds one is thanked for, as nouns and as verbs ("for the rapid deployment of
#: rescuers", "for facilitating the flight"); courtesies ("for hosting") and relation nouns
#: ("for its support", the noun rule's) stay out
_HELP_DEEDS = frozenset({"deployment", "dispatch", "delivery", "donation", "provision", "airlift", "evacuation"})
_HELPING_VERBS = frozenset({"facilitate", "help", "assist", "provide", "send", "deploy", "supply", "deliver",
                            "donate", "evacuate", "airlift", "fund", "rescue"})


#: help thanked for as a gift ("for the aid", "for $4 billion in emergency assistance")
_GIFTS = frozenset({"aid", "assistance", "funding", "loan", "relief", "financing", "grant", "donation"})
_AMOUNTS = frozenset({"$", "billion", "million", "trillion", "m", "bn", "mn"})


def _gift(noun: Token) -> bool:
    """Help named as such, or an amount of it ("$10m in food aid", "the $4 billion in
    emergency assistance it extended")."""
    if noun.lemma_.lower() in _GIFTS:
        return True
    amount = noun.ent_type_ == "MONEY" or noun.like_num or noun.lemma_.lower() in _AMOUNTS \
        or any(c.tag_ == "$" or c.ent_type_ == "MONEY" for c in noun.children)
    return amount and any(p.lemma_.lower() in _GIFTS for _, p in syntax.prep_objects(noun, frozenset({"in", "of"})))


def _thanked_for_help(word: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Minister X thanked Australia for the rapid deployment of rescue specialists",
    "Washington was grateful to Saudi Arabia for facilitating the flight": the one thanked
    helped the thanker's side."""
    if word.pos_ == "ADJ":  # "was grateful to X for ...": the phrases may hang off the verb
        if word.dep_ != "acomp":
            return []
        clause = word.head
        thanked = [p for t in (word, clause) for _, p in syntax.prep_objects(t, frozenset({"to"}))]
    elif word.pos_ == "NOUN":  # "expressed its gratitude to X for ...": the light verb's clause
        if word.dep_ != "dobj" or word.head.pos_ != "VERB":
            return []
        clause = word.head
        thanked = [p for t in (word, clause) for _, p in syntax.prep_objects(t, frozenset({"to"}))]
    else:
        clause = word
        thanked = syntax.objects(word)
    fors = [c for t in (word, clause, *thanked) for c in t.children if c.dep_ == "prep" and c.lower_ == "for"]
    deeds = [d for f in fors for d in f.children if d.dep_ == "pobj" and d.lemma_.lower() in _HELP_DEEDS
             or d.dep_ == "pcomp" and d.tag_ == "VBG" and d.lemma_.lower() in _HELPING_VERBS]
    gifts = [d for f in fors for d in f.children if d.dep_ == "pobj" and _gift(d)]
    if not deeds and not gifts or syntax.is_passive(clause):
        return []
    grateful = [_side(e, ends) for e in actor_subjects(clause, ends)]
    helpers = [e for t in thanked for e in _named(ends.actors(t))]
    if gifts and not deeds:
        # "thanked Secretary of State Blinken for an additional $10m in food aid": the money
        # is the state's, which the person thanked speaks for
        helpers = [_side(e, ends) for e in helpers]
    return _emit("frame-thanked-help", word, "aids", "070", not_own(grateful, helpers, ends), grateful, clause,
                 0.6, trace)


#: helping or backing the two sides of talks, by relation ("help both parties", "supported the dialogue")
_HELPING_SIDES = {"help": ("aids", "070"), "assist": ("aids", "070"), "support": ("supports", "051"),
                  "back": ("supports", "051"), "facilitate": ("supports", "051")}
_SIDE_NOUNS = frozenset({"party", "side"})
_TALKS = frozenset({"dialogue", "talk", "negotiation", "process", "rapprochement", "reconciliation"})


def _helped_sides(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Caracas would spare no effort to help both parties reach an agreement", "Norway has
    supported the dialogue between the parties", "Qatar backed talks between X and Y": whoever
    helps the two sides (or the talks between them) helps each; "the parties" of an article
    are its two principal actors."""
    if syntax.is_passive(verb) or any(c.dep_ == "neg" for c in verb.children):
        return []
    objs = syntax.objects(verb)
    sides = [p for o in objs if o.lemma_.lower() in _TALKS for _, p in syntax.prep_objects(o, frozenset({"between"}))]
    if verb.lemma_.lower() in ("help", "assist"):
        # "help both parties reach an agreement": the parties parsed as the clause's subject
        sides += [o for o in objs if o.lemma_.lower() in _SIDE_NOUNS]
        sides += [s for c in verb.children if c.dep_ in ("ccomp", "xcomp") for s in _children(c, "nsubj")
                  if s.lemma_.lower() in _SIDE_NOUNS]
    targets = [End(e, p, True, "principal pair") for p in sides if p.lemma_.lower() in _SIDE_NOUNS and p.tag_ == "NNS"
               for e in principal_pair(ends.m)]
    targets += [e for p in sides if p.lemma_.lower() not in _SIDE_NOUNS for e in _named(ends.actors(p))]
    if not targets:
        return []
    agents = _clause_agents(verb, ends)
    relation, cameo = _HELPING_SIDES[verb.lemma_.lower()]
    return _emit("frame-helped-sides", verb, relation, cameo, agents, not_own(agents, targets, ends), verb, 0.6, trace)


def _on_request(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"X has deployed troops to Y at the request of Y's president", "sent forces at Z's
    invitation": help asked for (a person stands for the country they lead)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("at", "upon", "on"):
        return []
    verb = prep.head
    if verb.pos_ not in _VERB_POS and verb.dep_ in ("dobj", "pobj") and verb.head.pos_ in _VERB_POS:
        verb = verb.head  # "deployed troops at the request of Y": the phrase hangs off the troops
    elif verb.pos_ != "VERB" and verb.dep_ == "pobj" and verb.head.dep_ == "prep" and verb.head.head.pos_ in _VERB_POS:
        verb = verb.head.head  # "... to Juba at the request of Y": off the destination
    if verb.pos_ not in _VERB_POS or verb.lemma_.lower() not in _DEPLOYING or syntax.is_passive(verb):
        return []
    askers = _children(noun, "poss") + [p for _, p in syntax.prep_objects(noun, frozenset({"of", "from"}))]
    targets = [_side(e, ends) for t in askers for e in _named(ends.actors(t))]
    targets = [e for e in targets if e.entity.type in _STATES]
    agents = [e for e in (_side(x, ends) for x in actor_subjects(verb, ends)) if e.entity.type in _STATES]
    return _emit("frame-on-request", noun, "aids", "074", agents, targets, verb, 0.65, trace)


def _agreed_matters(verb: Token, lex: Lexicon) -> list[Token]:
    """What an agreement of ``verb`` ("agree") is about: the object of "on" / "to"
    ("agreed on a push to ease the debt burden", "agreed to a new exchange of prisoners"),
    not the object of an infinitive ("agreed to accelerate construction"). Trigger nouns
    ("agreed to hold talks on X", "agreed on a deal") are the noun rule's."""
    # The object of an agreed infinitive ("agreed to suspend the tariff increases") is
    # :mod:`.agreements`' (``frame-agreed-act``), which leaves out the acts that are a tie,
    # a meeting, a link restored or a body set up: taken whole, such objects were right as
    # discussion topics in fewer than half the articles.
    out = [p for _, p in syntax.prep_objects(verb, frozenset({"on", "to", "upon"})) if p.pos_ == "NOUN"]
    return [t for t in out if t.lemma_.lower() not in lex.nouns]


def _agreed_on(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"ministers failed to agree on a push to ease the debt burden", "agreed to a new
    exchange of prisoners": the parties discussed what they agreed on (or failed to: a failed agreement was still talked
    over, so the discussion is positive)."""
    if syntax.is_passive(verb):
        return []
    # (measured on 47 annotated sets: an agreement refused, failed, or asked of someone was
    # annotated as discussed in 0 of 9 cases)
    if any(c.dep_ == "neg" for c in verb.children) or (verb.dep_ in ("xcomp", "ccomp") and (
            verb.head.lemma_.lower() in lex.cue("negative_heads") | lex.cue("request_heads")
            or any(c.dep_ == "neg" for c in verb.head.children))):
        return []
    matters = _agreed_matters(verb, lex)
    if not matters:
        return []
    agents = actor_subjects(verb, ends)
    topics = [e for t in matters for e in topic_ends(t, ends, lex) if e.entity.type == "Topic"]
    return _emit("frame-agreed-on", verb, "discusses", "010", agents, topics, verb, 0.6, trace, polarity="positive")


#: (cue lists, extra lemmas, part of speech, frame): the lemmas that anchor each frame
#: What a state's sovereignty is called in "respect for X's territorial integrity".
_SOVEREIGNTY = frozenset({"sovereignty", "integrity", "independence", "unity"})
#: Nouns (with "for" / "to") that back what follows: "respect for", "commitment to".
_BACKING = frozenset({"respect", "commitment", "support", "backing", "solidarity"})


def _sovereignty_backed(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"urged respect for Somalia's territorial integrity", "called for respect for the
    sovereignty of Ukraine": whoever asks that a state's sovereignty be respected backs it."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("for", "to") or prep.head.lemma_.lower() not in _BACKING:
        return []
    # ("the sovereignty and territorial integrity of Ukraine": the owner hangs off the last noun)
    owners = [c for n in (noun, *noun.conjuncts) for c in n.children if c.dep_ == "poss"]
    owners += [p for n in (noun, *noun.conjuncts) for _, p in syntax.prep_objects(n, frozenset({"of"}))]
    targets = [e for o in owners for e in ends.actors(o) if e.entity.type == "Country"]
    head = prep.head  # "respect"; its verb ("urged respect", "called for respect for")
    verb = head.head if head.dep_ in ("dobj", "pobj", "nsubjpass") else head
    verb = verb.head if verb.pos_ == "ADP" else verb
    agents = [e for e in actor_subjects(verb, ends) if e.entity.type != "Topic"] if verb.pos_ in ("VERB", "AUX") else []
    return _emit("frame-sovereignty", noun, "supports", "051", agents, not_own(agents, targets, ends), verb, 0.65, trace)


#: nouns of people who flee and are taken in ("hosts Syrian refugees")
_SHELTERED = frozenset({"refugee", "migrant", "asylum-seeker", "evacuee"})


def sheltered_people(tok: Token, end: End) -> bool:
    """Whether ``end`` (named at ``tok``) is a people or refugees taken in: "the Rohingyas" (a
    plural name no gazetteer body has), "Syrian refugees"."""
    if end.entity.type not in ("Group", "Organization") or end.entity.id in load_gazetteer().orgs:
        return False
    return tok.lemma_.lower() in _SHELTERED or tok.pos_ == "PROPN" and tok.text.endswith("s") \
        and not tok.text.endswith("ss") or end.entity.label.lower().endswith(("refugees", "migrants"))


def _sheltered(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Bangladesh has been hosting the Rohingyas since 2017", "Turkey shelters Syrian refugees":
    taking in a people or refugees is help given them (the verb rules read no meeting there)."""
    if syntax.is_passive(verb):
        return []
    targets = [e for o in _children(verb, "dobj") for e in ends.actors(o) if sheltered_people(o, e)]
    return _emit("frame-sheltered", verb, "aids", "073", actor_subjects(verb, ends), targets, verb, 0.6, trace)


FRAMES = (
    ((), ('host', 'shelter'), _VERB_POS, _sheltered),
    ((), ('sale',), _NOUN_POS, _sale),
    ((), tuple(sorted(_SOVEREIGNTY)), _NOUN_POS, _sovereignty_backed),
    ((), ('launch', 'mount', 'begin', 'start', 'conduct', 'undertake', 'organise', 'organize', 'run', 'operate',
          'establish'), _VERB_POS, _relief_operation),
    (('frame_coordination',), (), _NOUN_POS, _coordination),
    ((), ('coordinate',), _VERB_POS, _coordinated_with),
    (('frame_commitment',), (), _NOUN_POS, _commitment),
    (('frame_allies',), (), _NOUN_POS, _ally),
    (('frame_approving',), (), _VERB_POS, _welcomed_act),
    (('frame_giving',), ('invest', 'lend'), _VERB_POS, _money),
    ((), ('receive', 'accept', 'secure', 'obtain'), _VERB_POS, _received_help),
    (('frame_conveying',), ('deploy', 'dispatch', 'send', 'give', 'supply', 'provide', 'deliver', 'donate', 'offer'),
     _VERB_POS, _conveyed_help),
    (('frame_help_nouns', 'frame_funds'), (), _NOUN_POS, _relied_on_help),
    (('frame_help_nouns', 'frame_funds'), (), _NOUN_POS, _help_carried),
    ((), ('signing',), _NOUN_POS, _witnessed_signing),
    (('frame_joint_nouns',), (), _NOUN_POS, _joint_activity),
    (('frame_ties',), (), _NOUN_POS, _ties_boosted),
    (('frame_ties',), ('dialogue', 'talk', 'negotiation'), _NOUN_POS, _ties_sought),
    ((), ('support', 'solidarity', 'defense', 'defence', 'aid', 'rescue', 'assistance'), _NOUN_POS, _in_support_of),
    ((), tuple(sorted(_BUYING | _MAKING | _SELLING)), _VERB_POS, _trade),
    ((), tuple(sorted(_REQUEST_NOUNS)), _NOUN_POS, _on_request),
    ((), tuple(sorted(_HELPING_SIDES)), _VERB_POS, _helped_sides),
    ((), ('thank',), _VERB_POS, _thanked_for_help),
    ((), ('grateful',), frozenset({"ADJ"}), _thanked_for_help),
    ((), ('gratitude', 'appreciation', 'thanks'), _NOUN_POS, _thanked_for_help),
    ((), ('agree',), _VERB_POS, _agreed_on),
    ((), ('lead',), _VERB_POS, _joined_led),
)
