"""Talk partners the verb and noun rules do not reach: the second of two partners named
one after the other, talks in an adjunct of another act, and the parties of talks hosted
by a person.

- "held talks with A and with B", "met A at the palace and later B": each partner of a
  coordination that the small model hangs off the verb instead of the first partner
  (:func:`_second_partner`, :func:`_gapped_partner`);
- "Seoul and Washington held their annual meeting": a joint subject meets itself
  (:func:`_joint_meeting`);
- "X left the capital following talks with Y", "after a meeting with Y, X said ...":
  an adjunct's talks are held by the subject of the clause they date
  (:func:`_adjunct_talks`);
- "X hosted the talks between A and B": a host in person meets both parties
  (:func:`_hosted_between`; a host country is a mediator, the noun rules' "host");
- "X held talks with Y in Riyadh": a person from elsewhere travelled to the talks'
  place (:func:`_talks_abroad`);
- "A, speaking by phone with B, accused ...": a participle's subject is the noun it
  describes (:func:`_participle_talks`); "A conveyed the protest to B during a telephone
  call": sender and recipient of a message in a call spoke (:func:`_message_in_a_call`);
- "Prime Minister A and President B agreed to set up a joint panel": two leaders of
  different countries who agree together talked with each other (:func:`_leaders_agreed`);
- "X acted as a mediator between A and B": a go-between negotiates with each party
  (:func:`_go_between`), as does one who mediates talks ("talks between A and B are being
  mediated by X", :func:`_mediated_talks`) or shuttles between the sides ("with Egyptian
  mediators shuttling between the two delegations", :func:`_shuttling`), or brokers a deal
  whose sides a sentence before named ("Egypt had brokered the deal", :func:`_brokered_earlier`).

The frames are listed in :data:`FRAMES`, which :mod:`.consult` appends to its own, so the
registry in :mod:`kg.extract.frames` needs no entry for this module.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import syntax
from kg.extract.discourse import principal_pair
from kg.extract.ends import End, EndFinder
from kg.extract.frames._common import (NOUN_POS as _NOUN_POS, STATES as _STATES, VERB_POS as _VERB_POS, emit as _emit,
                                       named as _named, side as _side)
from kg.extract.lexicon import Lexicon
from kg.extract.modality import requested
from kg.extract.rules import Trace, actor_subjects

__all__ = ["FRAMES", "RECEIVING", "home_country", "place_country", "sides_named", "talks_of_the_pair"]

#: nouns of talks between parties (their lexicon relations say which fact they give)
_TALK_NOUNS = ("talk", "meeting", "negotiation", "consultation", "discussion", "conversation", "call")
#: what a person signs where they travelled to ("signed an agreement in Washington")
_SIGNED_NOUNS = ("agreement", "accord", "deal", "memorandum", "treaty", "pact", "declaration")
#: talks between two people are also a meeting of the two (not "trade talks": negotiations)
_MEETING_TALKS = frozenset({"talk", "discussion", "consultation", "conversation"})
#: modifiers of talks held through go-betweens, never in one room ("indirect talks")
_INDIRECT = frozenset({"indirect", "proximity"})
#: verbs that hold the talks they take as object
_HOLDING = frozenset({"hold", "have", "conduct", "begin", "start", "resume", "open", "continue", "convene",
                      "conclude", "attend", "launch", "stage", "host", "wrap"})
#: prepositions of an adjunct that dates a clause by talks ("left after talks with Y")
_ADJUNCT_PREPS = frozenset({"after", "following", "before", "during", "ahead"})
#: adverbs that mark the later partner of a sequence ("met A and later B")
_SEQUENCE = frozenset({"later", "then", "also", "subsequently", "afterwards", "separately"})
_PERSON = frozenset({"Person"})


def _consult_relations(noun: Token, lex: Lexicon) -> list[tuple[str, str]]:
    """(relation, cameo) of the actor-to-actor consult triggers of ``noun``'s lemma."""
    return [(t.relation, t.cameo) for t in lex.nouns.get(noun.lemma_.lower(), ())
            if t.relation in ("meets", "negotiatesWith")]


def _talk_facts(rule, noun, relations, agents, partners, clause, trace):
    """The noun's relations from ``agents`` to ``partners``; talks between two people are
    a meeting too (as the noun rules read "held talks with President X")."""
    out = []
    relations = list(dict(relations).items())  # "call" is a trigger twice ("call", "phone call")
    for relation, cameo in relations:
        out += _emit(rule, noun, relation, cameo, agents, partners, clause, 0.7, trace)
    # "trade talks" are negotiations; "indirect talks" pass through go-betweens, no meeting
    plain = not any(c.dep_ in ("compound", "amod") and (c.pos_ in _NOUN_POS or c.lower_ in _INDIRECT)
                    for c in noun.children)
    if plain and noun.lemma_.lower() in _MEETING_TALKS and all(r != "meets" for r, _ in relations):
        people = [e for e in agents if e.entity.type == "Person"]
        out += _emit(rule, noun, "meets", "040", people,
                     [e for e in partners if e.entity.type == "Person"], clause, 0.7, trace) if people else []
    return out


def home_country(end: End, ends: EndFinder, table: bool = False):
    """The country a person leads or serves (through their organisation), else None (with
    ``table``, else the one country the office-holders table has them serve)."""
    if end.entity.type != "Person":
        return None
    aff = ends.affiliation(end.entity)
    if aff is not None and aff.type == "Organization" and hasattr(ends.m, "country_of"):
        aff = ends.m.country_of(aff)  # a member of Congress serves the United States
    if aff is None and table and " " in end.entity.label:
        # "Former President Uhuru Kenyatta held talks in Kinshasa": the one country the
        # office-holders table has the person serve (now or before) is where they come from
        from kg.resolve.officeholders import load_officeholders  # late: resolve imports frames' users
        from kg.resolve.gazetteer import load_gazetteer
        gaz = load_gazetteer()
        served = {h.country for h in load_officeholders().lookup(end.entity.label) if h.country in gaz.countries}
        if len(served) == 1:
            iso3 = served.pop()
            return ends.m.entities.get(iso3) or ends.m.entity(iso3, gaz.countries[iso3].label, "Country")
    return aff if aff is not None and aff.type == "Country" else None


#: nouns of a named town or area ("the port city of Qingdao", "the resort town of Sochi")
_TOWN_NOUNS = frozenset({"city", "town", "capital", "village", "resort", "port", "province", "region"})


def place_country(holders: list[Token], ends: EndFinder):
    """The country of the place an "in"/"at" phrase of one of ``holders`` names ("In Hanoi
    on Monday, X met ...", "met Y at the palace in Jeddah"), or None."""
    places = [p for h in holders for _, p in syntax.prep_objects(h, frozenset({"in", "at"}))]
    # "at Al-Salam Palace in Jeddah": the town hangs off the building
    places += [q for p in list(places) for _, q in syntax.prep_objects(p, frozenset({"in"}))]
    # "in the eastern Chinese port city of Qingdao": the town a place noun names
    towns = [p for p in places if p.lemma_.lower() in _TOWN_NOUNS]
    places += [q for p in towns for _, q in syntax.prep_objects(p, frozenset({"of"}))]
    places += [c for p in towns for c in p.children if c.dep_ == "amod"]  # ("Chinese" when the town is unplaced)
    for p in places:
        ent = ends.m.entity_at(p)
        if ent is None:
            continue
        iso3 = ent.id if ent.type == "Country" else getattr(ends.m, "place_country", {}).get(ent.id) \
            if ent.type == "Location" else None
        if iso3:
            return ends.m.entities.get(iso3) or ends.bodies.country(iso3)
    return None


def _talks_abroad(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"X held talks with his Saudi counterpart Y in Riyadh", "X signed an agreement in
    Washington": a named person whose own country is not the country of the talks' (or the
    signing's) place travelled there (as "In Hanoi, X met Y")."""
    signed = noun.lemma_.lower() in _SIGNED_NOUNS and noun.dep_ == "dobj" and noun.head.lemma_ == "sign"
    verb = noun.head if signed else _light_verb(noun)
    if verb is None or not (signed or _consult_relations(noun, lex)) or syntax.is_passive(verb) \
            or any(c.dep_ == "neg" for c in verb.children):
        return []
    partners = [p for _, p in syntax.prep_objects(noun, frozenset({"with"}))]
    # the place may hang off the verb, the talks, or (parsed so) the partner's name
    holders = [verb, noun] + partners + [a for p in partners for a in p.children if a.dep_ == "appos"]
    country = place_country(holders, ends)
    if country is None:
        return []
    people = [e for e in actor_subjects(verb, ends) if e.entity.type == "Person" and not e.coref]
    people += [e for p in partners for e in ends.actors(p, _PERSON) if e.via == "mention" or e.via.startswith("named")]
    out = []
    for person in {e.entity.id: e for e in people}.values():
        # (held talks abroad: the table may say where a former leader comes from; a bare
        # "met X in Cairo" stays with what the text says, as the wire battery wants)
        home = home_country(person, ends, table=True)
        if home is None or home.id == country.id:
            continue  # the host, or someone whose country is not known
        place = End(country, noun, False, "place of the talks")
        out += _emit("frame-talks-abroad", noun, "visits", "042", [person], [place], verb, 0.6, trace)
    return out


def _light_verb(noun: Token) -> Token | None:
    """The verb that holds the talks it has as object ("held talks with ..."), else None
    ("dismissed such calls", "welcomed the talks" hold nothing); "held four days of talks",
    "held two rounds of talks": the measure of the talks is the object."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "dobj":
        noun = noun.head.head
    verb = noun.head
    return verb if noun.dep_ == "dobj" and verb.pos_ in _VERB_POS and verb.lemma_.lower() in _HOLDING else None


def _second_partner(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"held talks with A and with B": the small model hangs "and with B" off the verb,
    where the noun rule does not look; B is a partner of the talks as A is."""
    verb = _light_verb(noun)
    relations = _consult_relations(noun, lex)
    if verb is None or not relations or syntax.is_passive(verb):
        return []
    first = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"), None)
    if first is None:
        return []  # only the second of two "with" phrases is missed
    # "... and with B" (as a conjunct or a prepositional phrase of the verb)
    seconds = [c for c in verb.children if c.dep_ in ("conj", "prep") and c.lower_ == "with" and c.i > first.i
               and any(t.lower_ == "and" for t in verb.doc[max(first.i, c.i - 3):c.i])]
    partners = [e for p in seconds for g in p.children if g.dep_ == "pobj" for e in _named(ends.actors(g))]
    if not partners:
        return []
    return _talk_facts("frame-second-partner", noun, relations, actor_subjects(verb, ends), partners, verb, trace)


def _joint_meeting(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Seoul and Washington held their annual Security Consultative Meeting", "A and B are
    expected to hold their next meeting", "the two ministers, A and B, held talks": a joint
    subject that holds talks or a meeting with nobody else named holds it with each other."""
    verb = _light_verb(noun)
    relations = _consult_relations(noun, lex)
    if verb is None or not relations or syntax.is_passive(verb):
        return []
    if any(c.dep_ == "prep" and c.lower_ in _PARTY_PREPS for t in (noun, verb) for c in t.children):
        return []  # "held talks with C", "a meeting between ...": the noun rules' partners
    agents = [e for e in actor_subjects(verb, ends) if not e.coref]
    # "the two foreign ministers, A of X and B of Y, held talks": the names in apposition,
    # and the second person the small model hangs off the first one's country ("of X and B")
    heads = syntax.subjects(verb)
    heads += [a for t in heads for a in t.children if a.dep_ == "appos"]
    heads += [c for t in heads for _, p in syntax.prep_objects(t, frozenset({"of"})) for c in p.conjuncts]
    agents += [e for t in heads for e in ends.actors(t, _PERSON) if not e.coref]
    agents = list({e.entity.id: e for e in agents}.values())
    # two different sides, people known to stand for different countries ("X and his
    # foreign minister held a meeting" is one side)
    sides = [_side(e, ends) for e in agents]
    if len(agents) < 2 or len({s.entity.id for s in sides}) != len(agents) \
            or any(s.entity.type == "Person" for s in sides):
        return []
    return _talk_facts("frame-joint-meeting", noun, relations, agents, agents, verb, trace)


def _gapped_partner(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"met President A at the palace and later Prime Minister B": the second person of a
    sequence is parsed as an adverbial of the verb, not as its object."""
    if syntax.is_passive(verb) or not syntax.objects(verb) or not any(c.dep_ == "cc" for c in verb.children):
        return []
    cc = min(c.i for c in verb.children if c.dep_ == "cc")
    later = [c for c in verb.children if c.dep_ in ("npadvmod", "conj") and c.pos_ == "PROPN" and c.i > cc
             and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    # a sequence adverb or nothing at all between "and" and the name: "and later B", "and B"
    later = [c for c in later if all(t.lower_ in _SEQUENCE or t.pos_ == "PROPN" or t.is_punct
                                     for t in verb.doc[cc + 1:c.left_edge.i])]
    partners = [e for c in later for e in ends.actors(c, _PERSON, conj=False) if e.via == "mention"]
    if not partners:
        return []
    agents = actor_subjects(verb, ends)
    return _emit("frame-gapped-partner", verb, "meets", "040", agents, partners, verb, 0.7, trace)


def _adjunct_talks(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"X left N'Djamena following talks with President Y", "After a meeting with Y, X
    said ...", "X said after four hours of talks with Y": talks named in a time adjunct are
    held by the subject of the clause."""
    relations = _consult_relations(noun, lex)
    prep = noun.head
    if noun.dep_ != "pobj" or not relations:
        return []
    if prep.lower_ == "of" and prep.head.lower_ == "ahead":
        prep = prep.head  # "ahead of talks with Y"
    elif prep.lower_ == "of" and prep.head.dep_ == "pobj" and prep.head.pos_ == "NOUN":
        prep = prep.head.head  # "after four hours of talks with Y", "following two rounds of talks"
    verb = prep.head
    if prep.lower_ in ("during", "after", "following") and verb.pos_ == "NOUN" and verb.dep_ == "pobj" \
            and verb.head.head.dep_ == "dobj" and verb.head.head.head.pos_ in _VERB_POS:
        # "stressed the need for a ceasefire during talks with Y": the parser hangs the adjunct on
        # the object's last noun; the talks date the clause
        verb = verb.head.head.head
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.dep_ == "pobj" \
            and verb.head.head.head.pos_ in _VERB_POS and prep.lower_ in _ADJUNCT_PREPS:
        # "In a statement issued after a meeting with Y, X said": the statement is the clause's
        verb = verb.head.head.head
    if prep.lower_ not in _ADJUNCT_PREPS or verb.pos_ not in _VERB_POS:
        return []
    partners = [e for _, p in syntax.prep_objects(noun, frozenset({"with"})) for e in _named(ends.actors(p))]
    if not partners or syntax.is_passive(verb):
        return []
    # "the announcement came after talks with Y": only an actor subject held the talks
    return _talk_facts("frame-adjunct-talks", noun, relations, _infinitive_subjects(verb, ends), partners, verb,
                       trace)


def _infinitive_subjects(verb: Token, ends: EndFinder) -> list[End]:
    """The actor subjects of ``verb``, or for an infinitive or a complement without a subject
    those of the clause it completes ("X asked for more time to study the text after talks
    with Y", "X spent weeks shuttling between A and B")."""
    agents = actor_subjects(verb, ends)
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    infinitive = verb.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if agents or own_subject or not infinitive:
        return agents
    for head in list(verb.ancestors)[:3]:
        if head.pos_ in _VERB_POS:
            return [] if syntax.is_passive(head) else actor_subjects(head, ends)
    return []


def _hosted_between(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Prime Minister X hosted the talks between Prime Minister A and Prime Minister B":
    a host in person sits with both parties. (A host country is the talks' mediator, a
    fact of the noun rules; here only people meet people.)"""
    if syntax.is_passive(verb) or verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lex.cue("proposal_heads"):
        return []  # "offered to host talks between A and B": the offer is the fact, no meeting yet
    events = [o for o in syntax.objects(verb)
              if _consult_relations(o, lex) or o.lemma_.lower() in lex.cue("frame_hosted_events")]
    parties = [e for o in events for _, p in syntax.prep_objects(o, frozenset({"between"}))
               for e in _named(ends.actors(p, _PERSON))]
    if not parties:
        return []
    hosts = [e for e in actor_subjects(verb, ends) if e.entity.type == "Person"]
    hosts = [h for h in hosts if h.entity.id not in {p.entity.id for p in parties}]
    return _emit("frame-hosted-between", verb, "meets", "043", hosts, parties, verb, 0.7, trace)


def _leaders_agreed(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Prime Minister A and President B agreed on Monday to set up a joint panel", "the two
    leaders agreed to restore relations": two leaders of different countries who reach an
    agreement together talked with each other (a meeting, calls included). An opinion
    shared ("agreed that ...") or an agreement with someone else ("agreed with X") is none."""
    if syntax.is_passive(verb) or not any(c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ in ("on", "to")
                                          for c in verb.children):
        return []
    # named people only: "the two ministers agreed" is left to plural references, which
    # may pick the wrong pair
    people = [e for e in actor_subjects(verb, ends) if e.entity.type == "Person" and not e.coref]
    people = list({e.entity.id: e for e in people}.values())
    if len(people) < 2:
        return []
    # each must be known to speak for a different country ("X and his foreign minister
    # agreed" is one side)
    sides = [getattr(ends.affiliation(e.entity), "id", None) for e in people]
    if None in sides or len(set(sides)) != len(sides):
        trace.add("frame-leaders-agreed", verb, "REJECT", "the leaders are not known to stand for different countries")
        return []
    return _emit("frame-leaders-agreed", verb, "meets", "040", people[:1], people[1:], verb, 0.65, trace)


#: verbs of talking whose participle may describe the speaker ("X, speaking by phone with Y, ...")
_TALKING = frozenset({"speak", "talk", "meet", "confer"})
#: settings of a message that are an exchange between the two (as in "told B in a phone call";
#: not "during the meeting of the council", where many sit)
_CALL_SETTINGS = frozenset({"call", "conversation", "phone", "telephone"})


def _participle_talks(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Foreign Minister A, speaking by phone with his Omani counterpart B, accused ...": a
    participle that describes a person has that person as its subject."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.head.pos_ not in _NOUN_POS:
        return []
    relations = {t.relation: t.cameo for t in lex.verbs.get(verb.lemma_.lower(), ())
                 if t.relation in ("meets", "negotiatesWith")}
    partners = [e for _, p in syntax.prep_objects(verb, frozenset({"with", "to"}))
                for e in _named(ends.actors(p, _PERSON))]
    partners += [e for o in syntax.objects(verb) for e in _named(ends.actors(o, _PERSON))]
    if not relations or not partners:
        return []
    agents = [e for e in ends.actors(verb.head, _PERSON, conj=False) if not e.coref]
    out = []
    for relation, cameo in relations.items():
        out += _emit("frame-participle-talks", verb, relation, cameo, agents, partners, verb, 0.65, trace)
    return out


def _message_in_a_call(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"A conveyed India's protest to B during a telephone call", "A assured B in a phone
    call that ...": the sender and the named recipient of a message passed in a call or a
    meeting spoke with each other (the guidelines' meets covers calls)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "during", "on", "over") or prep.head.pos_ not in _VERB_POS:
        return []
    verb = prep.head
    if verb.lemma_.lower() == "tell" or syntax.is_passive(verb) \
            or any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children):
        return []  # "told B in a call" is the consult frame's; "a call with B" the noun rules'
    # the recipient: "assured B", "gave B an assurance", "conveyed X to B"
    recipients = [c for c in verb.children if c.dep_ in ("dative", "dobj")]
    recipients += [p for t in (verb, *syntax.objects(verb)) for _, p in syntax.prep_objects(t, frozenset({"to"}))]
    partners = [e for r in recipients for e in _named(ends.actors(r, _PERSON, conj=True)) if e.via == "mention"]
    if not partners:
        return []
    agents = [e for e in actor_subjects(verb, ends) if e.entity.type == "Person"]
    return _emit("frame-message-in-call", noun, "meets", "040", agents, partners, verb, 0.65, trace)


#: talks whose parties an article may leave unsaid ("the talks resumed in Havana")
_PAIR_TALKS = frozenset({"talk", "negotiation", "dialogue"})
#: modifiers and phrases of a talk noun that name its parties (the noun rules' talks)
_PARTY_PREPS = frozenset({"with", "between", "among"})


def talks_of_the_pair(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"The talks, which resumed in Havana in November, ...", "ceasefire talks mediated by
    Qatar": talks that name no party at all are, in an article about two actors that stand
    out, the talks between those two (:func:`kg.extract.discourse.principal_pair`)."""
    if any(c.dep_ == "prep" and c.lower_ in _PARTY_PREPS or c.dep_ in ("poss", "amod", "compound", "nmod")
           and ends.m.entity_at(c) is not None for c in noun.children):
        return []  # "talks with X", "X's talks", "Serbian-Kosovar talks": parties named
    gov = syntax.governing_verb(noun, frozenset())
    if gov is not None and (actor_subjects(gov, ends) or requested(gov, lex)):
        return []  # "X held talks" is X's (the noun rules'); "urged them to hold talks" is an appeal
    clause = gov if gov is not None else noun.head if noun.dep_ in ("nsubj", "nsubjpass") else noun
    # "there can be no dialogue while ...", "must not be seen as a substitute for dialogue",
    # "are not up for negotiation": a stance on talks, not talks with the pair
    heads = [noun, clause] + [t for t in list(noun.ancestors)[:4] if t.pos_ in _VERB_POS]
    if any(c.dep_ == "neg" or c.lower_ == "no" and c.dep_ == "det" for t in heads for c in t.children):
        return []
    pair = principal_pair(ends.m)
    if len(pair) != 2:
        return []
    return _emit("frame-talks-pair", noun, "negotiatesWith", "046", [End(pair[0], noun, True, "principal pair")],
                 [End(pair[1], noun, True, "principal pair")], clause, 0.65, trace)


#: verbs that cast their subject in a role ("acted as mediator", "served as a go-between")
_ROLE_VERBS = frozenset({"act", "serve", "function", "work"})
#: prepositions of a go-between's parties ("a mediator between A and B", "a go-between for A and B")
_GO_BETWEEN_PREPS = frozenset({"between", "for"})


def _go_between(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Oman has acted as a mediator between Iran and the United States", "meetings between
    Syrian and Israeli officials took place, with Azerbaijani officials acting as
    intermediaries": whoever acts as a go-between negotiates with each party (as "talks
    mediated by X"); the parties are the role noun's, else those of the talks the clause reports."""
    head = noun.head if noun.dep_ == "conj" and noun.head.dep_ == "pobj" else noun  # "as a good-faith and reliable mediator"
    prep = head.head
    # "As a reliable mediator, China has fulfilled its duties": a fronted role of the subject
    fronted = prep.dep_ == "prep" and prep.i < prep.head.i and prep.head.pos_ in _VERB_POS
    if head.dep_ != "pobj" or prep.lower_ != "as" or not (prep.head.lemma_.lower() in _ROLE_VERBS or fronted):
        return []
    verb = prep.head
    if syntax.is_passive(verb) or any(c.dep_ == "neg" for c in verb.children):
        return []
    parties = [p for _, p in syntax.prep_objects(noun, _GO_BETWEEN_PREPS)]
    if not parties and fronted:
        mediators = actor_subjects(verb, ends)
        own = {e.entity.id for e in mediators}
        return _emit("frame-go-between", noun, "negotiatesWith", "045", mediators,
                     [e for e in _earlier_parties(noun, ends, 8) if e.entity.id not in own], verb, 0.6, trace)
    if not parties and verb.dep_ == "pcomp" and verb.head.lower_ == "with":
        # "..., with X acting as intermediaries": the talks are the subject of the clause
        clause = verb.head.head
        parties = [p for t in syntax.subjects(clause) if _consult_relations(t, lex)
                   for _, p in syntax.prep_objects(t, frozenset({"between"}))]
    mediators = actor_subjects(verb, ends)
    others = [e for t in parties for e in _named(ends.actors(t))]
    own = {e.entity.id for e in mediators}
    return _emit("frame-go-between", noun, "negotiatesWith", "045", mediators,
                 [e for e in others if e.entity.id not in own], verb, 0.6, trace)


#: modifiers that name the side a guest comes from ("his Japanese counterpart", "Hamas delegations")
_SIDE_DEPS = frozenset({"amod", "compound", "nmod", "poss"})
_FROM = frozenset({"from", "of"})
#: verbs of receiving guests (their "from X" may hang off the verb: "hosted his counterparts from X")
RECEIVING = frozenset({"host", "receive", "welcome", "meet"})


def sides_named(noun: Token, ends: EndFinder) -> list[End]:
    """The countries, organisations and groups a guest noun says it comes from: its
    modifiers ("his U.S. and Japanese counterparts", "Israeli and Hamas delegations") or
    its "from"/"of" phrase, which the small model may hang off the verb right after it."""
    mods = [c for c in noun.children if c.dep_ in _SIDE_DEPS and c.pos_ != "PRON"]
    found = []
    for mod in mods:
        for tok in (mod, *mod.conjuncts):
            ent = ends.m.entity_at(tok)
            if ent is not None and ent.type in _STATES:
                found.append(End(ent, tok, False, f"side of '{noun.text}'"))
    froms = [p for _, p in syntax.prep_objects(noun, _FROM)]
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in RECEIVING:
        froms += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" and c.i == noun.right_edge.i + 1
                  for p in c.children if p.dep_ == "pobj"]
    found += [e for p in froms for e in ends.actors(p, _STATES)]
    return list({e.entity.id: e for e in found}.values())


def _mediated_talks(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Separate negotiations between Kinshasa and the rebels are being mediated by Qatar":
    the go-between of talks reported in the passive negotiates with each party the talks
    name (a participle, "talks mediated by X", is the noun rules')."""
    if verb.dep_ == "acl" or not syntax.is_passive(verb):
        return []
    talks = [t for t in syntax.subjects(verb) if _consult_relations(t, lex)]
    parties = [e for t in talks for _, p in syntax.prep_objects(t, frozenset({"between"})) for e in ends.actors(p)]
    mediators = [e for t in syntax.by_agents(verb) for e in _named(ends.actors(t))]
    own = {e.entity.id for e in mediators}
    return _emit("frame-mediated-talks", verb, "negotiatesWith", "045", mediators,
                 [e for e in parties if e.entity.id not in own], verb, 0.6, trace)


#: nouns of a deal or talks a go-between brings about ("Egypt had brokered the deal")
_BROKERED_DEALS = frozenset({"deal", "truce", "ceasefire", "cease-fire", "agreement", "accord", "pact", "armistice",
                       "swap", "exchange", "settlement", "arrangement", "understanding", "talk", "negotiation"})
#: how many sentences back the deal a go-between brokered may have been told
_BROKERED_REACH = 4


def _earlier_parties(noun: Token, ends: EndFinder, reach: int = _BROKERED_REACH) -> list[End]:
    """The named sides of the last deal or talks "between A and B" told before ``noun`` within a
    few sentences ("A ceasefire between Israel and Islamic Jihad took effect ... Egypt had
    brokered the deal")."""
    doc, first = noun.doc, noun.sent.start
    starts = [s.start for s in doc.sents if s.start <= first]
    floor = starts[-reach - 1] if len(starts) > reach else 0
    for tok in reversed(doc[floor:noun.i]):
        if tok.lemma_.lower() not in _BROKERED_DEALS or tok.pos_ not in _NOUN_POS:
            continue
        sides = [e for _, p in syntax.prep_objects(tok, frozenset({"between"})) for e in _named(ends.actors(p))]
        if len({e.entity.id for e in sides}) >= 2:
            return [e._replace(token=noun, coref=True, via=f"sides of the earlier '{tok.text} between'") for e in sides]
    return []


def _brokered_earlier(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Islamic Jihad said Egypt had brokered the deal", "The truce, brokered by Egypt, took
    effect": a go-between of a definite deal or talks whose sides this sentence does not name
    negotiates with the sides of that deal told a few sentences before."""
    if any(c.dep_ == "neg" for c in verb.children) or syntax.prep_objects(verb, frozenset({"between"})):
        return []
    if verb.dep_ == "acl":
        nouns, mediators = [verb.head], [e for t in syntax.by_agents(verb) for e in _named(ends.actors(t))]
    elif syntax.is_passive(verb):
        nouns, mediators = syntax.subjects(verb), [e for t in syntax.by_agents(verb) for e in _named(ends.actors(t))]
    else:
        nouns, mediators = syntax.objects(verb), actor_subjects(verb, ends)
    nouns = [n for n in nouns if n.lemma_.lower() in _BROKERED_DEALS and n.pos_ in _NOUN_POS
             and any(c.lower_ in ("the", "this", "that") for c in n.children if c.dep_ == "det")
             and not syntax.prep_objects(n, frozenset({"between", "with", "among"}))]
    if not nouns or not mediators:
        return []
    parties = _earlier_parties(nouns[0], ends)
    own = {e.entity.id for e in mediators}
    return _emit("frame-brokered-earlier", verb, "negotiatesWith", "045", mediators,
                 [e for e in parties if e.entity.id not in own], verb, 0.6, trace)


def _shuttle_parties(place: Token, verb: Token, ends: EndFinder) -> list[End]:
    """The sides a go-between shuttles between when "between" names only "the delegations":
    the joint subject of the clause the shuttling accompanies ("A and B resumed talks, with
    mediators shuttling ..."), else the two actors the article is about."""
    clause = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "with" else \
        verb.head if verb.dep_ == "advcl" else None
    if clause is not None and clause.pos_ in _VERB_POS:
        sides = [_side(e, ends) for e in actor_subjects(clause, ends) if not e.coref]
        if len({e.entity.id for e in sides}) >= 2:
            return sides
    return [End(e, place, True, "principal pair") for e in principal_pair(ends.m)]


def _shuttling(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"The envoy has been shuttling between Riyadh and the Houthis", "with Egyptian mediators
    shuttling between the two delegations": a go-between carries each side's terms to the
    other, so they negotiate with each side (sides named only as "the delegations" are the
    talks' parties; a person carrying them stands for their country)."""
    if any(c.dep_ == "neg" for c in verb.children):
        return []
    places = [p for _, p in syntax.prep_objects(verb, frozenset({"between"}))]
    agents = _infinitive_subjects(verb, ends)
    # "between Riyadh and the Houthis", "between the Iranian team and U.S. negotiators"
    named_sides = [e for p in places for t in (p, *p.conjuncts)
                   for e in (_named(ends.actors(t, conj=False)) or sides_named(t, ends))]
    if named_sides or not places:
        # "shuttled between Cairo, Jerusalem, Ramallah and Doha": the towns named are visited too
        towns = [e for p in places for t in (p, *p.conjuncts) for e in ends.actors(t, frozenset({"Location"}), conj=False)
                 if e.entity.type == "Location"]
        people = [a for a in agents if a.entity.type == "Person"]
        return _emit("frame-shuttling", verb, "negotiatesWith", "045", agents, named_sides, verb, 0.65, trace) \
            + (_emit("frame-shuttling", verb, "visits", "042", people, towns, verb, 0.6, trace) if towns else [])
    parties = _shuttle_parties(places[0], verb, ends)
    agents = [_side(e, ends) for e in agents]
    own = {e.entity.id for e in agents}
    return _emit("frame-shuttling", verb, "negotiatesWith", "045", agents,
                 [e for e in parties if e.entity.id not in own], verb, 0.65, trace)


#: (cue lists, extra lemmas, part of speech, frame): the lemmas that anchor each frame
FRAMES = (
    (('frame_go_between_nouns',), (), _NOUN_POS, _go_between),
    (('mediating_verbs',), (), _VERB_POS, _mediated_talks),
    ((), ("shuttle",), _VERB_POS, _shuttling),
    ((), ("broker", "mediate"), _VERB_POS, _brokered_earlier),
    ((), _TALK_NOUNS, _NOUN_POS, _second_partner),
    ((), ("meet",), _VERB_POS, _gapped_partner),
    ((), _TALK_NOUNS, _NOUN_POS, _joint_meeting),
    ((), _TALK_NOUNS, _NOUN_POS, _adjunct_talks),
    ((), ("host", "convene"), _VERB_POS, _hosted_between),
    ((), ("agree",), _VERB_POS, _leaders_agreed),
    ((), tuple(sorted(_PAIR_TALKS)), _NOUN_POS, talks_of_the_pair),
    ((), _TALK_NOUNS + _SIGNED_NOUNS, _NOUN_POS, _talks_abroad),
    ((), tuple(sorted(_TALKING)), _VERB_POS, _participle_talks),
    ((), tuple(sorted(_CALL_SETTINGS)), _NOUN_POS, _message_in_a_call),
)
