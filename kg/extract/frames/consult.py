"""Visits and meetings without a visit verb: hosted and received guests, "on a visit to",
"landed in", the legs of a trip ("his tour began in X"), restored diplomatic links, "told B in a phone call", a joint news conference with B,
meetings held in another person's country ("In Hanoi, X met Y": X visits Vietnam), appearing
"alongside" B, taking part in an event another hosts ("signed it at a ceremony hosted by C");
what talks focused on ("the talks centred on X": their parties discuss X) and talks held by a
joint subject ("A and B are negotiating a code of conduct").

Word lists are the ``frame_*`` entries of ``kg/data/extract_cues.json``.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import syntax
from kg.extract.ends import End, EndFinder
from kg.extract.frames.partners import FRAMES as _PARTNER_FRAMES, home_country as _home_country, place_country
from kg.extract.frames._common import (STATES, NOUN_POS as _NOUN_POS, VERB_POS as _VERB_POS, children as _children,
                                       emit as _emit, named as _named, partners_or_mutual as _mutual, side as _side)
from kg.extract.lexicon import Lexicon
from kg.extract.rules import Trace, _own_partner, actor_subjects, topic_ends
from kg.resolve.coref_binding import phone_call
from kg.resolve.towns import town_country

__all__ = ["FRAMES"]


def _hosted_visit(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"A hosted B for a state visit", "B was received by A on an official visit": the
    guest visits the host (a host person stands for the country they lead)."""
    visit = next((p for _, p in syntax.prep_objects(verb, frozenset({"for", "on"}))
                  if p.lemma_.lower() in lex.cue("frame_visit_nouns")), None)
    if visit is None:
        return _received_guest(verb, ends, lex, trace)
    if syntax.is_passive(verb):
        guests = [e for t in _children(verb, "nsubjpass") for e in ends.actors(t)]
        hosts = [e for t in syntax.by_agents(verb) for e in ends.actors(t)]
    else:
        guests = [e for t in syntax.objects(verb) for e in ends.actors(t)]
        hosts = actor_subjects(verb, ends)
    guests = [e for e in guests if not e.via.startswith("proxy")]
    places = []
    for h in hosts:
        place = ends.affiliation(h.entity) if h.entity.type == "Person" else h.entity
        if place is not None and place.type in ("Country", "Organization"):
            places.append(End(place, h.token, h.coref or h.entity.type == "Person", "host"))
    return _emit("frame-hosted", visit, "visits", "042", guests, places, verb, 0.7, trace)


def _hosted_event(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"A and B signed the accord at a ceremony hosted by C", "attended a summit hosted
    by C": whoever takes part in the hosted event meets its host."""
    event = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or event.lemma_.lower() not in lex.cue("frame_hosted_events"):
        return []
    hosts = [e for t in syntax.by_agents(verb) for e in _named(ends.actors(t))]
    if not hosts:
        return []
    clause = event.head.head if event.dep_ == "pobj" else event.head if event.dep_ == "dobj" else None
    if clause is None or clause.pos_ not in _VERB_POS:
        return []
    # "at a dinner hosted by X, Y and Z signed ...": the clause's (possibly joint) subject
    guests = actor_subjects(clause, ends)
    if any(t.relation == "meets" for t in lex.verbs.get(clause.lemma_.lower(), ())):
        # "X met Y at a dinner hosted by Z": both sides of the meeting are the host's guests
        guests += [e for o in syntax.objects(clause) for e in ends.actors(o)]
    guests = [e for e in guests if e.entity.type in ("Person", "Country", "Organization")]
    if all(h.entity.type == "Person" for h in hosts):
        # a host named in person meets people ("the leaders of A and B" read as the
        # countries would make the host meet a country)
        guests = [e for e in guests if e.entity.type == "Person"]
    return _emit("frame-hosted-event", verb, "meets", "043", hosts, guests, clause, 0.6, trace)


def _received_guest(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"President X received Brazilian President Y at the palace": a named foreign leader
    received by a head of state or government is on a visit to the host's country."""
    if syntax.is_passive(verb) or verb.lemma_.lower() == "host" and not _hosted_in_place(verb, ends):
        return []  # "hosted X" alone may be a call or a video summit ("hosted X in Nairobi" is not)
    # a host in person stands for their country; "I welcomed X" in a ministry's statement is
    # the issuing country's welcome
    hosts = [e for e in actor_subjects(verb, ends) if e.entity.type in ("Person", "Country")]
    host_sides = {s.entity.id: s for s in (_side(h, ends) for h in hosts) if s.entity.type == "Country"}
    if not host_sides and verb.lemma_.lower() == "host":
        # "Lula hosted Spanish Prime Minister Pedro Sanchez in Brasilia": a host whose country
        # is unknown receives where the visit is held
        where = place_country([verb, *syntax.objects(verb)], ends)
        host_sides = {where.id: End(where, verb, True, "meeting place")} if where is not None else {}
    guests = [e for t in syntax.objects(verb) for e in ends.actors(t)
              if e.entity.type == "Person" and e.via == "mention"]
    # "received a delegation from X headed by Senator Y": the head of the delegation came
    guests += [e for t in syntax.objects(verb) if t.lemma_.lower() in lex.cue("frame_delegation_nouns")
               for h in t.subtree if h.lemma_.lower() in ("head", "lead") and h.pos_ == "VERB"
               for g in syntax.by_agents(h) for e in _named(ends.actors(g)) if e.entity.type == "Person"]
    return _guests_visit("frame-received", verb, guests, host_sides, ends, trace)


def _guests_visit(rule: str, verb: Token, guests, host_sides: dict, ends: EndFinder, trace: Trace):
    """Each foreign guest visits the hosts' countries (``host_sides``: id -> End)."""
    out = []
    for g in guests:
        side = _side(g, ends)
        home = _home_country(g, ends)  # a member of Congress comes from the United States
        if side.entity.type != "Country" and home is not None:
            side = End(home, g.token, True, "affiliation")
        if side.entity.type != "Country" or side.entity.id in host_sides:
            continue  # a compatriot (or nobody known) is no visitor
        out += _emit(rule, verb, "visits", "042", [g], list(host_sides.values()), verb, 0.6, trace)
    return out


def _expected_in(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Somali President X is expected in Cairo on Wednesday": a named person expected in
    another country's town is to visit that country."""
    if not syntax.is_passive(verb) or syntax.negated(verb) or any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return []  # (not "is expected to arrive", "is expected that ...")
    where = place_country([verb], ends)
    if where is None:
        return []
    guests = [e for t in _children(verb, "nsubjpass") for e in ends.actors(t)
              if e.entity.type == "Person" and e.via == "mention"]
    return _guests_visit("frame-expected-in", verb, guests, {where.id: End(where, verb, False, "expected place")},
                         ends, trace)


def _visiting_guest(word: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"President X met visiting Foreign Minister Y in Harare", "held talks with the visiting
    Y": the guest is on a visit to the host's country (a host of no known country: where they
    meet)."""
    noun = word.head
    if word.lower_ != "visiting" or word.dep_ != "amod" or noun.pos_ not in ("PROPN", "NOUN"):
        return []
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" \
        and noun.head.lower_ == "with" else None
    if verb is not None and verb.pos_ in _NOUN_POS and verb.dep_ == "dobj":
        verb = verb.head  # "held talks with visiting Y"
    if verb is None or verb.pos_ not in _VERB_POS or syntax.is_passive(verb):
        return []
    guests = [e for e in ends.actors(noun) if e.entity.type == "Person" and e.via == "mention"]
    hosts = [e for e in actor_subjects(verb, ends) if e.entity.type in ("Person", "Country")]
    host_sides = {s.entity.id: s for s in (_side(h, ends) for h in hosts) if s.entity.type == "Country"}
    if not host_sides:
        where = place_country([verb], ends)
        host_sides = {where.id: End(where, verb, True, "meeting place")} if where is not None else {}
    return _guests_visit("frame-visiting-guest", verb, guests, host_sides, ends, trace)


def _hosted_in_place(verb: Token, ends: EndFinder) -> bool:
    """"hosted X at State House in Nairobi", "hosted X in Ankara": a host with a named place."""
    at = [p for t in (verb, *syntax.objects(verb)) for _, p in syntax.prep_objects(t, frozenset({"in", "at"}))]
    at += [q for p in at for _, q in syntax.prep_objects(p, frozenset({"in"}))]
    return any(e.entity.type in ("Location", "Country") for p in at for e in ends.actors(p, frozenset({"Country", "Location"})))


def _on_a_visit(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Modi was in Moscow for a two-day visit", "the minister is in Cairo on an official trip",
    "X, who is on a state visit to China"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("for", "on") or prep.head.pos_ not in _VERB_POS:
        return []
    verb = prep.head
    if verb.lemma_.lower() not in ("be", "remain", "stay"):
        return []  # "arrived in X for a visit" is the core lexicon's
    places = [p for _, p in syntax.prep_objects(verb, frozenset({"in"}))]
    # "Tokayev, who is on a state visit to China": the destination on the visit noun
    places += [p for _, p in syntax.prep_objects(noun, frozenset({"to"}))]
    targets = [e for p in places for e in ends.actors(p, frozenset({"Country", "Location"}))]
    agents = [e for e in actor_subjects(verb, ends) if e.entity.type == "Person"]
    # "X, Prime Minister of Ethiopia, who is on a visit to the country": a description
    # ("the country") found to be the visitor's own country means the host's
    homes = {_side(a, ends).entity.id for a in agents}
    targets = [t for t in targets if not (t.coref and t.entity.id in homes)]
    return _emit("frame-on-visit", noun, "visits", "042", agents, targets, verb, 0.7, trace)


#: verbs of a leg of a trip: "his tour began in X", "will end the visit in Y"
_TRIP_LEGS = frozenset({"begin", "start", "end", "conclude", "finish", "continue", "open", "close",
                        "wrap", "kick"})
_PLACES = frozenset({"Country", "Location"})


def _trip_legs(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Wang's 10-day tour began in the Solomon Islands", "The minister will end the trip
    in Amman", "a tour that will also take him to Beijing and Tokyo", "a visit to Beijing
    by Secretary X": the traveller (the trip's owner, the one who ends it, the one it
    takes, or its "by") visits the places the leg names (people only)."""
    verb = noun.head
    travellers, places = [], []
    if noun.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in _TRIP_LEGS:
        travellers = [e for c in _children(noun, "poss") for e in ends.actors(c)]
        places = [p for _, p in syntax.prep_objects(verb, frozenset({"in", "at"}))]
    elif noun.dep_ == "dobj" and verb.lemma_.lower() in _TRIP_LEGS and not syntax.is_passive(verb):
        # "the minister will end the tour in X": a bare title is left to coreference guesses that
        # often pick the last minister named, not the one touring (named people and pronouns only)
        travellers = [a for a in actor_subjects(verb, ends) if not (a.coref and a.token.pos_ in _NOUN_POS)]
        places = [p for t in (verb, noun) for _, p in syntax.prep_objects(t, frozenset({"in", "at"}))]
    clauses = [c for c in noun.children if c.dep_ == "relcl"]
    clauses += [g for c in clauses for g in c.conjuncts]  # "which began in X and will take him to Y"
    legs = [c for c in clauses if c.lemma_.lower() in _TRIP_LEGS and any(
        g.dep_ == "nsubj" and g.lower_ in ("which", "that") for g in (c if c.dep_ == "relcl" else c.head).children)]
    if legs and not travellers:  # "Lavrov's tour, which began in Guinea on Monday, ..."
        travellers = [e for c in _children(noun, "poss") for e in ends.actors(c)]
        places += [p for v in legs for _, p in syntax.prep_objects(v, frozenset({"in", "at"}))]
    takes = [v for v in ((verb,) if noun.dep_ == "nsubj" else ()) + tuple(clauses) if v.lemma_.lower() == "take"]
    for take in takes:  # "the tour will take him to X", "a tour that will take him to X"
        travellers += [e for t in _children(take, "dobj") for e in ends.actors(t)]
        places += [p for _, p in syntax.prep_objects(take, frozenset({"to"}))]
    if not takes and not travellers:  # "a visit to Beijing by X"
        bys = [p for _, p in syntax.prep_objects(noun, frozenset({"by"}))]
        clause = next((a for a in noun.ancestors if a.pos_ in _VERB_POS), None)
        if not bys and clause is not None and not syntax.is_passive(clause):
            # "watched a visit to X next week by Y", "coincides with preparations for a visit to
            # X by Y": the parser hangs "by" on the active verb
            bys = [g for c in clause.children if c.dep_ == "agent" and c.i > noun.i
                   for g in c.children if g.dep_ == "pobj"]
        travellers = [e for p in bys for e in ends.actors(p)]
        places = [p for _, p in syntax.prep_objects(noun, frozenset({"to"}))] if travellers else []
    travellers = [e for e in travellers if e.entity.type == "Person"]
    targets = [e for p in places for e in ends.actors(p, _PLACES)]
    if not travellers or not targets:
        return _called_off(noun, ends, trace)
    return _emit("frame-trip-leg", noun, "visits", "042", travellers, targets, verb, 0.65, trace)


#: verbs that cancel a trip: "called off a trip to X", "cancelled his visit to Y"
_CANCELLING = frozenset({"cancel", "scrap", "postpone", "abandon", "shelve", "axe", "scrub"})


def _called_off(noun: Token, ends: EndFinder, trace: Trace):
    """"He called off a trip to Moscow", "X cancelled her visit to Beijing": the one who
    cancels a trip does not visit its destination (a negative visit; people only)."""
    verb = noun.head
    cancels = verb.lemma_.lower() in _CANCELLING or verb.lemma_.lower() == "call" and any(
        c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
    if noun.dep_ != "dobj" or not cancels or syntax.is_passive(verb):
        return []
    travellers = [e for e in actor_subjects(verb, ends) if e.entity.type == "Person"]
    targets = [e for _, p in syntax.prep_objects(noun, frozenset({"to"})) for e in ends.actors(p, _PLACES)]
    return _emit("frame-trip-called-off", noun, "visits", "042", travellers, targets, verb, 0.65, trace,
                 polarity="negative")


def _led_mission(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"X led a mediation mission to Freetown", "a delegation headed by X to Moscow",
    "X will head a trade mission to India": the person at its head travels there."""
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in lex.cue("frame_mission_nouns"):
        mission, agents_tok = verb.head, syntax.by_agents(verb)
    else:
        mission = next((o for o in syntax.objects(verb) if o.lemma_.lower() in lex.cue("frame_mission_nouns")), None)
        if mission is None or syntax.is_passive(verb):
            return []
        agents_tok = None
    # where the mission goes: "to X" on the mission noun or on the leading verb
    places = [p for t in (mission, verb) for _, p in syntax.prep_objects(t, frozenset({"to"}))]
    targets = [e for p in places for e in ends.actors(p, frozenset({"Country", "Location"}))]
    if agents_tok is None:
        agents = actor_subjects(verb, ends)
    else:
        agents = [e for t in agents_tok for e in ends.actors(t)]
    # only people travel: "Qatar led the mediation" names no traveller
    agents = [e for e in agents if e.entity.type == "Person"]
    return _emit("frame-led-mission", verb, "visits", "042", agents, targets, verb, 0.7, trace)


def _met_led_group(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"A met with Qatari mediators headed by B", "held talks with a delegation led by B":
    meeting a group is meeting the person at its head."""
    heads = [e for t in syntax.by_agents(verb) for e in ends.actors(t) if e.entity.type == "Person"]
    group = verb.head
    if group.dep_ == "pobj" and group.head.lower_ == "of" \
            and group.head.head.lemma_.lower() in lex.cue("frame_delegation_nouns"):
        group = group.head.head  # "met a delegation of US lawmakers led by B": the delegation is met
    if verb.dep_ != "acl" or not heads or group.pos_ not in _NOUN_POS:
        return []
    gov = group.head.head if group.dep_ == "pobj" and group.head.lower_ == "with" else group.head if group.dep_ == "dobj" else None
    if gov is not None and gov.pos_ in _NOUN_POS and gov.dep_ == "dobj" and any(
            t.relation in ("meets", "negotiatesWith") for t in lex.nouns.get(gov.lemma_.lower(), ())):
        gov = gov.head  # "held talks with ...": the talks' verb carries the subject
    if gov is None or gov.pos_ not in _VERB_POS or syntax.is_passive(gov):
        return []
    meeting = {"meets", "negotiatesWith"}
    if not (any(t.relation in meeting for t in lex.verbs.get(gov.lemma_.lower(), ()))
            or any(t.relation in meeting for o in syntax.objects(gov) for t in lex.nouns.get(o.lemma_.lower(), ()))):
        return []
    # "the President received a delegation headed by B": a bare title is not guessed from
    # the last person named (who may be a caller), as in the verb rule
    agents = [a for a in actor_subjects(gov, ends) if not (a.coref and a.token.pos_ in _NOUN_POS)]
    return _emit("frame-met-led-group", verb, "meets", "040", agents, heads, gov, 0.7, trace)


def _landed(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Chancellor X landed in Beijing": a person's arrival (a missile that "landed in
    Poland" is no visit, so only people)."""
    places = [p for _, p in syntax.prep_objects(verb, frozenset({"in", "at"}))]
    targets = [e for p in places for e in ends.actors(p, frozenset({"Country", "Location"}))]
    agents = [e for e in actor_subjects(verb, ends) if e.entity.type == "Person"]
    return _emit("frame-landed", verb, "visits", "042", agents, targets, verb, 0.7, trace)


#: what a visitor is somewhere for ("is in Cairo for talks", "was in Kyiv on a visit")
_VISIT_PURPOSES = frozenset({"talk", "meeting", "visit", "trip", "summit", "negotiation", "consultation"})


#: what a visitor is somewhere to do ("is in Colombo to attend the meeting")
_ATTENDING = frozenset({"attend", "meet", "hold", "join", "take", "sign", "participate", "address", "discuss"})


def _there_for_talks(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Antony Blinken is in Egypt for talks on Gaza", "X was in Beijing on a two-day visit": a
    person abroad for talks visits the place (not their own country; only with a purpose of
    talks or a visit, so "is in hospital" or "is in talks" say nothing)."""
    # "is in Colombo for talks", "is in the Sri Lankan capital to attend a meeting"
    attending = any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in _ATTENDING
                    and any(a.lower_ == "to" for a in c.children) for c in verb.children)
    if verb.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "while", "as") for c in verb.children):
        return []  # "when they were both in Osaka for the summit": the setting of another event
    # "Modi was also in Port Moresby on Monday": a stay dated, so a trip (not "is in talks")
    # (a day, not a year: "was in Brazil in 2019" says where someone was, not a trip now)
    dated = any(c.dep_ in ("npadvmod", "advmod", "prep") and any(
        t.ent_type_ == "DATE" and not t.like_num for t in c.subtree) for c in verb.children)
    if not attending and not dated and not any(p.lemma_.lower() in _VISIT_PURPOSES
                                               for _, p in syntax.prep_objects(verb, frozenset({"for", "on"}))):
        return []
    places = [p for _, p in syntax.prep_objects(verb, frozenset({"in"}))]
    targets = [e for p in places for e in ends.actors(p, frozenset({"Country", "Location"}))]
    agents = [e for e in actor_subjects(verb, ends) if e.entity.type == "Person"]
    homes = {h.id for h in (_home_country(a, ends) for a in agents) if h is not None}
    # (one's own capital is home too: "Modi is in New Delhi to attend ...")
    targets = [e for e in targets if e.entity.id not in homes and ends.m.place_country.get(e.entity.id) not in homes]
    return _emit("frame-there-for-talks", verb, "visits", "042", agents, targets, verb, 0.65, trace)


#: gatherings a person travels to ("attend the ASEAN-EU Summit in Brussels")
_GATHERING_NOUNS = frozenset({"summit", "meeting", "conference", "assembly", "forum", "session", "ceremony",
                              "gathering", "congress", "inauguration", "funeral", "parade", "talks", "talk"})
#: verbs whose object is a gathering one goes to ("attend", "address the General Assembly")
_ATTENDED = frozenset({"attend", "address", "join", "chair", "open"})
#: verbs of speaking somewhere, and who is spoken to there ("told reporters in X")
_SPEAKING = frozenset({"say", "speak", "tell", "announce"})
_SPEECHES = frozenset({"announcement", "remark", "speech", "statement", "comment", "pledge"})
_AUDIENCES = frozenset({"reporter", "journalist", "press", "audience", "crowd", "student", "gathering"})


def _event_abroad(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Jokowi is due to attend the ASEAN-EU Summit in Brussels", "Modi will address the UN
    General Assembly in New York", "von der Leyen said at a summit in Montevideo": a named
    person at a gathering held in a place outside their own country travels there."""
    if syntax.negated(verb) or syntax.is_passive(verb):
        return []
    events = [o for o in syntax.objects(verb) if o.dep_ == "dobj"] if verb.lemma_.lower() in _ATTENDED else []
    events += [p for _, p in syntax.prep_objects(verb, frozenset({"at"}))]
    if verb.lemma_.lower() == "participate" or verb.lemma_.lower() == "take" and any(
            o.lower_ == "part" for o in syntax.objects(verb)):
        # "took part in the G20 summit in Rio", "participated in the AU summit in Addis Ababa"
        events += [p for t in (verb, *syntax.objects(verb)) for _, p in syntax.prep_objects(t, frozenset({"in"}))]
    if verb.lemma_.lower() == "return":  # "returned last week from the G7 summit in Cornwall"
        events += [p for _, p in syntax.prep_objects(verb, frozenset({"from"}))]
    events = [e for e in events if e.lemma_.lower() in _GATHERING_NOUNS or (
        ends.m.entity_at(e) is not None and _GATHERING_NOUNS & set(ends.m.entity_at(e).label.lower().split()))]
    # "said in Abidjan", "Speaking in Abidjan, X said", "told reporters in Abidjan", "made the
    # announcement in Abidjan": where a named person speaks is where they are (towns only)
    speaking = not events and (verb.lemma_.lower() in _SPEAKING or verb.lemma_.lower() == "make" and any(
        o.lemma_.lower() in _SPEECHES for o in syntax.objects(verb)))
    if not events and not speaking:
        return []
    holders = (verb, *events) if events else (verb, *(o for o in syntax.objects(verb)
                                                     if o.lemma_.lower() in _AUDIENCES | _SPEECHES))
    places = [p for t in holders for _, p in syntax.prep_objects(t, frozenset({"in"}))]
    if speaking:
        places = [p for p in places if p.pos_ == "PROPN" and getattr(ends.m.entity_at(p), "type", None) == "Location"]
    # "a summit in the Uruguayan capital, Montevideo": the name in apposition
    places += [c for p in list(places) for c in p.children if c.dep_ == "appos"]
    found = [e for p in places for e in ends.actors(p, frozenset({"Location"}), conj=False)]
    # (a town the text does not place: the country of the largest town of that name, only to
    # tell whether it lies abroad)
    where = {e.entity.id: ends.m.place_country.get(e.entity.id) or town_country(e.entity.label) for e in found}
    targets = [e for e in found if where[e.entity.id]]
    agents = [e for e in actor_subjects(verb, ends) if e.entity.type == "Person" and not e.coref]
    if speaking:  # (an ambassador speaks where posted; an international body's chief from no country)
        agents = [e for e in agents if not _posted_envoy(e.token)]
    out = []
    for agent in agents:
        home = _home_country(agent, ends, table=not speaking)
        if home is None:
            continue
        abroad = [t for t in targets if where[t.entity.id] != home.id]
        out += _emit("frame-event-abroad", verb, "visits", "042", [agent], abroad, verb, 0.6, trace)
    return out


#: titles of a person posted abroad, who speaks where posted ("Chinese Ambassador Qi")
_ENVOY_WORDS = frozenset({"ambassador", "envoy", "representative", "consul", "chargé", "charge"})


def _posted_envoy(tok: Token) -> bool:
    """Whether a title of posting stands just before the name or in apposition to it
    ("Chinese Ambassador Qi", "X, Saudi Arabia's ambassador to the UN,")."""
    doc = tok.doc
    near = list(doc[max(tok.sent.start, tok.left_edge.i - 3):tok.i + 1])
    near += [t for c in tok.children if c.dep_ == "appos" for t in c.subtree]
    near += [tok.head] if tok.dep_ == "appos" else []
    return any(t.lower_ in _ENVOY_WORDS for t in near)


def _brought_together(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"The mini-summit in Luanda, hosted by President A, brought together B, C and D": the
    host of a gathering meets the leaders it brought together (people only)."""
    if not any(c.dep_ in ("advmod", "prt") and c.lower_ == "together" for c in verb.children) \
            or syntax.is_passive(verb):
        return []
    events = [t for t in syntax.subjects(verb) if t.lemma_.lower() in _GATHERING_NOUNS | {"talks"}]
    # ("The meeting, chaired by Minister A, brought together B and C")
    hosts = [e for t in events for a in t.children if a.dep_ == "acl" and a.lemma_.lower() in _CHAIRING
             for p in syntax.by_agents(a) for e in ends.actors(p) if e.entity.type == "Person"]
    guests = [e for o in syntax.objects(verb) for t in (o, *(c for c in o.children if c.dep_ == "appos"))
              for e in ends.actors(t) if e.entity.type == "Person" and (e.via == "mention" or e.via.startswith("named"))]
    guests = [e for e in {g.entity.id: g for g in guests}.values() if e.entity.id not in {h.entity.id for h in hosts}]
    # (the guests with one another: the annotators list the host's meetings only, measured in session 31)
    return _emit("frame-brought-together", verb, "meets", "043", hosts, guests, verb, 0.6, trace)


#: who runs a gathering ("hosted / chaired / convened by X")
_CHAIRING = frozenset({"host", "chair", "convene", "co-chair"})


#: ways into a country that one reopens to another ("reopened its airspace to Qatar")
_CROSSINGS = frozenset({"airspace", "border", "crossing", "port", "waters"})


def _reopened(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Iran and Saudi Arabia agreed to reopen embassies", "restored flights with X"."""
    objs = [o for o in syntax.objects(verb) if o.lemma_.lower() in lex.cue("frame_diplomatic_links")]
    # "agreed to reopen its airspace and its land and sea borders to Qatar": crossings opened to a side
    opened = [o for o in syntax.objects(verb) if o.lemma_.lower() in _CROSSINGS]
    if not (objs or opened) or syntax.is_passive(verb):
        return []
    agents = [e for e in actor_subjects(verb, ends) if e.entity.type in ("Country", "Organization")]
    partners = [e for t in (verb, *objs, *opened) for _, p in syntax.prep_objects(t, frozenset({"with", "between"}))
                for e in _named(ends.actors(p)) if e.entity.type in ("Country", "Organization")]
    partners += [e for t in (verb, *opened) for _, p in syntax.prep_objects(t, frozenset({"to"}))
                 for e in _named(ends.actors(p)) if e.entity.type in ("Country", "Organization")]
    partners = _mutual(agents, partners)
    if not partners:
        return []
    return _emit("frame-reopened", verb, "cooperatesWith", "057", agents, partners, verb, 0.65, trace)


#: (cue lists, extra lemmas, part of speech, frame): the lemmas that anchor each frame
def _told_in_a_call(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"A told B in a phone call that ...", "A told B during talks": the two spoke, so
    they met (the guidelines' meets covers calls)."""
    setting = [p for _, p in syntax.prep_objects(verb, frozenset({"in", "during", "on"}))
               if p.lemma_.lower() in _CALL_NOUNS]
    if not setting or syntax.is_passive(verb):
        return []
    hearers = [e for t in _children(verb, "dobj", "dative") for e in _named(ends.actors(t))]
    agents = actor_subjects(verb, ends)
    return _emit("frame-told-in-call", verb, "meets", "040", agents, hearers, verb, 0.7, trace)


#: Words of a person a leader or minister rings ("called her Malaysian counterpart X").
_CALLED_PEOPLE = frozenset({"counterpart", "counterparts", "president", "minister", "premier",
                            "chancellor", "leader", "king", "emir", "prince"})


def _called_counterpart(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"X called her Malaysian counterpart Y on Tuesday", "A called President B to discuss
    ...": ringing a named office-holder is a phone call, so the two met (not "called B a
    liar", "called on B", "called B in", "called for ...")."""
    if syntax.is_passive(verb) or not phone_call(verb) \
            or any(c.dep_ in ("oprd", "prt", "ccomp") or c.dep_ == "prep" and c.i == verb.i + 1 and c.lower_ == "in"
                   for c in verb.children):
        return []
    objs = _children(verb, "dobj")
    if len(objs) != 1 or objs[0].lemma_.lower() not in _CALLED_PEOPLE and objs[0].ent_type_ != "PERSON":
        return []
    if any(c.dep_ in ("acl", "relcl", "oprd") for c in objs[0].children) or objs[0].right_edge.i + 1 < len(verb.doc) \
            and verb.doc[objs[0].right_edge.i + 1].pos_ in ("NOUN", "ADJ", "DET"):
        return []  # ("called X a traitor" parsed with the noun loose)
    hearers = [e for e in _named(ends.actors(objs[0])) if e.entity.type == "Person"]
    agents = [e for e in actor_subjects(verb, ends) if e.entity.type == "Person"]
    return _emit("frame-called", verb, "meets", "040", agents, hearers, verb, 0.65, trace)


def _in_presence(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"The agreements were signed in the presence of President A and President B": the two
    people present together met."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in" or noun.head.head.pos_ not in _VERB_POS:
        return []
    verb = noun.head.head
    # (every person named in the "of" phrase: the parser often compounds a list of titled names)
    present = list({e.entity.id: e for _, p in syntax.prep_objects(noun, frozenset({"of"})) for x in p.subtree
                    if (ent := ends.m.entity_at(x)) is not None and ent.type == "Person"
                    for e in _named(ends.actors(x, conj=False)) if e.entity.type == "Person"}.values())
    # (only two people present: the signers before them, or a crowd of dignitaries, are not
    # what annotators list as meetings)
    if len(present) != 2:
        return []
    return _emit("frame-in-presence", noun, "meets", "040", present[:1], present[1:], verb, 0.6, trace)


def _received_contact(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"A received a phone call from B", "A received a delegation headed by B": agency
    wording for a call or an audience, so A and B met (the guidelines' meets covers calls);
    a delegation stands for the person who heads it, else for whom it comes from."""
    if syntax.is_passive(verb):
        return []
    out = []
    for obj in _children(verb, "dobj"):
        lemma = obj.lemma_.lower()
        if lemma in _CALL_NOUNS - {"talks", "meeting"}:
            # "from" hangs off the verb or off the call
            froms = [p for t in (verb, obj) for _, p in syntax.prep_objects(t, frozenset({"from"}))]
            senders = [e for p in froms for e in _named(ends.actors(p))]
        elif lemma in lex.cue("frame_delegation_nouns"):
            # "headed by B" may hang off the delegation or off the body it comes from
            heads = [g for t in obj.subtree if t.lemma_.lower() in ("head", "lead") and t.pos_ == "VERB"
                     for g in syntax.by_agents(t)]
            senders = [e for p in heads for e in _named(ends.actors(p)) if e.entity.type == "Person"]
            if not senders:
                froms = [p for t in (verb, obj) for _, p in syntax.prep_objects(t, frozenset({"from", "of"}))]
                senders = [e for p in froms for e in _named(ends.actors(p)) if e.entity.type in STATES]
        else:
            continue
        # a bare title ("the Crown Prince received ...") is left to coreference guesses that
        # often pick the last person named, who is the caller himself: named hosts only
        # (a style or title read as the person, "His Excellency the Prime Minister", may stand
        # when it is not read as the caller)
        subjects = actor_subjects(verb, ends)
        hosts = [e for e in subjects if not e.coref] or [
            e for e in subjects if e.token.pos_ == "PROPN" and e.entity.id not in {x.entity.id for x in senders}]
        out += _emit("frame-received-contact", verb, "meets", "040", hosts, senders,
                     verb, 0.7, trace)
    return out


def _presented_proposal(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Egyptian and Qatari mediators presented A and B with a revised proposal", "handed
    Kyiv a draft plan": putting terms to a side is negotiating with it (not "presented him
    with an award")."""
    if syntax.is_passive(verb):
        return []
    terms = [p for _, p in syntax.prep_objects(verb, frozenset({"with"}))]
    # "handed Kyiv a draft plan": the thing handed is the second object
    terms += [c for c in verb.children if c.dep_ == "dobj"] + _children(verb, "dative")
    if not any(t.lemma_.lower() in lex.cue("frame_proposal_nouns") for t in terms):
        return []
    sides = [o for o in (*_children(verb, "dobj", "dative"),) if o.lemma_.lower() not in lex.cue("frame_proposal_nouns")]
    targets = [e for t in sides for e in ends.actors(t) if e.entity.type in STATES or e.entity.type == "Person"]
    agents = [e for e in actor_subjects(verb, ends) if e.entity.type in STATES or e.entity.type == "Person"]
    return _emit("frame-presented", verb, "negotiatesWith", "046", agents, targets, verb, 0.65, trace)


# verbs of a meeting whose place says who travelled ("In Hanoi, X met Y"); receiving and
# hosting are the hosted-visit frames' (a guest received at home is no proof of a trip there)
_MEETING_VERBS = frozenset({"meet"})


def _meeting_place(verb: Token, ends: EndFinder):
    """The country of the place an "in"/"at" phrase of ``verb`` names ("In Hanoi on
    Monday, X met ...", "met Y at the palace in Jeddah"), or None."""
    return place_country([verb], ends)


def _place_of_the_met(verb: Token, ends: EndFinder):
    """The country of a place the parser hung on the person met ("X met Prime Minister Y in
    Honiara"), or None: where the subject went (the one met is there, most often at home)."""
    met = [o for o in syntax.objects(verb) + [p for _, p in syntax.prep_objects(verb, frozenset({"with"}))]
           if o.ent_type_ == "PERSON"]
    return place_country(met + [a for o in met for a in o.children if a.dep_ == "appos"], ends) if met else None


#: verbs of refusing a meeting ("refused to meet Y")
_REFUSING = frozenset({"refuse", "decline", "fail", "reject"})


def _met_abroad(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"In Hanoi on Monday, X met Y", "X met Y at the palace in Jeddah": a named person
    whose own country is not the country of the meeting place travelled there."""
    if syntax.is_passive(verb) or any(c.dep_ == "neg" for c in verb.children) \
            or verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _REFUSING:
        return []  # ("refused to meet Y in Singapore": both were there, no meeting to stand for it)
    country = _meeting_place(verb, ends)
    on_the_met = country is None
    if on_the_met:
        country = _place_of_the_met(verb, ends)
    if country is None:
        return []
    people = [e for e in actor_subjects(verb, ends) if e.entity.type == "Person" and not e.coref]
    for obj in [] if on_the_met else syntax.objects(verb) + [p for _, p in syntax.prep_objects(verb, frozenset({"with"}))]:
        people += [e for e in ends.actors(obj) if e.entity.type == "Person" and e.via == "mention"]
    out = []
    for person in {e.entity.id: e for e in people}.values():
        home = _home_country(person, ends)
        if home is None or home.id == country.id:
            continue  # the host, or someone whose country is not known
        out += _emit("frame-met-abroad", verb, "visits", "042", [person], [End(country, verb, False, "meeting place")],
                     verb, 0.6, trace)
    return out


# verbs of speaking or appearing whose "alongside B" puts the two in one room
_APPEARING = frozenset({"tell", "say", "speak", "address", "appear", "stand", "announce", "hold", "give", "brief"})


def _name_after(noun: Token, ends: EndFinder) -> list[End]:
    """The person named right after ``noun`` and a comma, through a run of title words."""
    doc = noun.doc
    i = noun.right_edge.i + 1
    if i >= len(doc) or doc[i].text != ",":
        return []
    for tok in doc[i + 1:min(i + 12, noun.sent.end)]:
        if tok.pos_ != "PROPN":
            return []
        ent = ends.m.entity_at(tok)
        if ent is not None and ent.type == "Person":
            return [End(ent, tok, False, f"named after '{noun.text}'")]
    return []


def _alongside(prep: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"A told a news conference alongside his counterpart B", "A spoke alongside B in
    Ankara": the two appeared together, so they met (people only: "sailed alongside the
    carrier" is no meeting)."""
    verb = prep.head
    if verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "pobj"):
        verb = verb.head if verb.dep_ == "dobj" else verb.head.head  # "told a news conference alongside B"
    if verb.pos_ not in _VERB_POS or verb.lemma_.lower() not in _APPEARING:
        return []
    partners = [e for c in prep.children if c.dep_ == "pobj" for e in _named(ends.actors(c)) if e.entity.type == "Person"]
    # "alongside his counterpart, Prime Minister B": the name in apposition
    partners += [e for c in prep.children if c.dep_ == "pobj" for a in c.children if a.dep_ == "appos"
                 for e in _named(ends.actors(a)) if e.entity.type == "Person"]
    if not partners:
        # "alongside his counterpart, Prime Minister B": the name parsed away from the noun
        partners = [e for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"
                    for e in _name_after(c, ends)]
    partners = list({e.entity.id: e for e in partners}.values())
    agents = [e for e in actor_subjects(verb, ends) if e.entity.type == "Person"]
    return _emit("frame-alongside", prep, "meets", "040", agents, partners, verb, 0.65, trace)


#: events two people hold side by side ("a joint news conference", "a joint press appearance")
_JOINT_APPEARANCES = frozenset({"conference", "briefing", "appearance", "presser", "press-conference"})
_AT_EVENT = frozenset({"at", "in", "during", "after", "before", "following"})


def _joint_appearance(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"A spoke at a joint news conference with B", "Speaking at a joint press appearance
    with B, A said ...", "A held a joint briefing with B", "A and B told a joint news
    conference": the two appeared together, so they met (people only, as for "alongside")."""
    if not any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in lex.cue("frame_joint") for c in noun.children):
        return []
    if noun.dep_ == "dobj":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ in _AT_EVENT:
        verb = noun.head.head
    else:
        return []
    if verb.pos_ not in _VERB_POS:
        return []
    withs = [c for _, c in syntax.prep_objects(noun, frozenset({"with"}))]
    if noun.dep_ == "dobj":  # "held a joint news conference with B" (the phrase hung on the verb)
        withs += [c for _, c in syntax.prep_objects(verb, frozenset({"with"})) if c.i > noun.i]
    partners = [e for c in withs for e in _named(ends.actors(c)) if e.entity.type == "Person"]
    partners += [e for c in withs if c.pos_ == "NOUN" and not partners for e in _name_after(c, ends)]
    partners = list({e.entity.id: e for e in partners}.values())
    agents = [e for e in actor_subjects(verb, ends) if e.entity.type == "Person"]
    # "A and B held a joint news conference": the two with each other
    partners = _mutual(agents, partners)
    if not partners:
        return []
    return _emit("frame-joint-appearance", noun, "meets", "040", agents, partners, verb, 0.65, trace)


# settings of "told B in a ..." that are themselves an exchange between the two
_CALL_NOUNS = frozenset({"call", "conversation", "meeting", "talks", "phone", "telephone"})

#: verbs that say what talks dwelt on, with the words that mark the matter ("the talks
#: focused on trade", "centred on X", "the discussions covered X", "dealt with X")
_CENTRING = {"focus": ("on", "upon"), "centre": ("on", "around", "upon"), "center": ("on", "around", "upon"),
             "concentrate": ("on",), "revolve": ("around",), "cover": ("dobj",), "deal": ("with",),
             "touch": ("on", "upon"), "address": ("dobj",), "tackle": ("dobj",), "span": ("dobj",),
             "encompass": ("dobj",), "dominate": ("by",)}
_BETWEEN = frozenset({"between", "among"})
#: nouns of an exchange whose sides talk about what it dwelt on (besides the lexicon's meeting
#: and negotiation nouns)
_TALK_NOUNS = frozenset({"talk", "discussion", "meeting", "conversation", "call", "consultation", "dialogue",
                         "negotiation", "exchange", "session", "visit"})


def _talks_focused(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Talks between Japan and South Korea centred on North Korea's missile programme",
    "X's talks with Y focused on trade": the parties of the talks discuss the matter (the
    holder named with "'s", or every side of a "between"); "X met Y.
    The discussions covered A, B and C", "The meeting dealt with X", "The talks were
    dominated by X": the sides of the meeting just told."""
    marks = _CENTRING.get(verb.lemma_.lower(), ())
    passive = syntax.is_passive(verb)
    if (passive and "by" not in marks) or (not passive and "by" in marks) or syntax.negated(verb):
        return []
    talks = [s for s in syntax.subjects(verb) if s.pos_ == "NOUN" and (s.lemma_.lower() in _TALK_NOUNS or any(
        t.relation in ("meets", "negotiatesWith") for t in lex.nouns.get(s.lemma_.lower(), ())))]
    holder = None
    if not talks and verb.dep_ == "acl" and verb.tag_ == "VBG" and _is_talk(verb.head, lex):
        # "Rubio and Lavrov held a phone call focusing on Ukraine": the call the participle describes
        talks = [verb.head]
        holder = verb.head.head if verb.head.dep_ == "dobj" and verb.head.head.pos_ == "VERB" else None
    if not talks and verb.dep_ == "relcl" and any(s.lower_ == "which" for s in syntax.subjects(verb)):
        # "held talks with Y, which covered trade and security": the talks the clause is on
        # (hung on the partner's name by the parser: "which" is never said of a person)
        head = verb.head
        while head.pos_ == "PROPN" and head.dep_ == "pobj" and head.head.dep_ == "prep":
            head = head.head.head
        if _is_talk(head, lex):
            talks = [head]
            holder = head.head if head.dep_ == "dobj" and head.head.pos_ == "VERB" else None
    if not talks:
        return []
    parties = _talk_sides(talks, verb, ends)
    if not parties and holder is not None and not syntax.negated(holder):
        parties = actor_subjects(holder, ends) + [e for t in (holder, *talks)
                                                  for _, p in syntax.prep_objects(t, frozenset({"with"}))
                                                  for e in ends.actors(p)]
    preps = frozenset(m for m in marks if m != "dobj")
    matters = [p for _, p in syntax.prep_objects(verb, preps)]
    if "dobj" in marks:
        matters += [o for o in syntax.objects(verb) if o.dep_ == "dobj"]
    topics = [e for p in matters for e in topic_ends(p, ends, lex)]
    return _emit("frame-talks-focused", verb, "discusses", "010", parties, topics, verb, 0.65, trace)


#: verbs whose subject is a matter raised in talks ("X was high on the agenda of the talks",
#: "X figured prominently in the discussions", "X came up during the meeting")
_RAISED_IN = frozenset({"be", "figure", "feature", "come", "loom", "remain", "rank"})
_RAISED_PREPS = frozenset({"on", "in", "at", "during"})


def _talk_sides(talks: list[Token], verb: Token, ends: EndFinder) -> list[End]:
    """The sides of talks: the holder named with "'s", every side of a "between", else (for
    bare "the talks") the sides of the meeting just told."""
    parties = [e for t in talks for c in _children(t, "poss") for e in ends.actors(c)]
    parties += [e for t in talks for _, p in syntax.prep_objects(t, _BETWEEN) for e in ends.actors(p)]
    if not parties and not any(c.dep_ in ("poss", "compound", "amod", "prep") and c.lower_ not in ("the", "their")
                               for t in talks for c in t.children) and ends.meeting_in_reach(verb, 1):
        parties = [e._replace(token=verb, coref=True, via="the last meeting's sides") for e in ends.last_meeting]
    return parties


def _on_the_agenda(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"The fate of the hostages was high on the agenda of the talks between A and B", "The
    Rohingya issue figured prominently in the discussions between A and B", "X came up during
    the meeting": the sides of the talks discuss the subject."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in _RAISED_PREPS or prep.head.lemma_.lower() not in _RAISED_IN:
        return []
    verb = prep.head
    if syntax.negated(verb) or verb.lemma_.lower() == "come" and not any(c.lower_ == "up" for c in verb.children) \
            or any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children):
        return []  # ("without saying whether Kashmir had come up": left open)
    if not any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "their", "this", "that", "his", "her", "its")
               or c.dep_ == "prep" and c.lower_ in ("between", "of") for c in noun.children):
        return []  # ("in either conversation", "in talks": which talks is not said)
    talks = [noun] if noun.lemma_.lower() != "agenda" else \
        [p for _, p in syntax.prep_objects(noun, frozenset({"of", "for"})) if _is_talk(p, lex)] or \
        ([noun] if any(c.lower_ in ("the", "their") for c in noun.children) else [])
    if not talks or not all(_is_talk(t, lex) or t.lemma_.lower() == "agenda" for t in talks):
        return []
    matters = [t for t in syntax.subjects(verb) if t.pos_ in ("NOUN", "PROPN") and not ends.actors(t, conj=False)]
    topics = [e for t in matters for e in topic_ends(t, ends, lex)]
    return _emit("frame-on-the-agenda", verb, "discusses", "010", _talk_sides(talks, verb, ends), topics, verb, 0.6,
                 trace)


#: nouns that make their subject the matter of talks ("X was a major focus of the discussions")
_FOCUS_NOUNS = frozenset({"focus", "topic", "theme", "subject", "priority", "issue"})


def _focus_of_talks(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"X met Y. Maritime security was a major focus of the discussions", "Trade was the
    main topic of their talks", "Migration topped the agenda": the sides of the talks just
    told (or named with "between") discuss the subject."""
    definite = any(c.lower_ in ("the", "their") for c in noun.children)
    listing = noun.head if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in ("include", "cover") else None
    among = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "among" and noun.head.head.lemma_ == "be" \
        else None
    if noun.lemma_.lower() in ("agenda", "topic", "issue") and definite and (listing is not None or among is not None):
        # "The agenda included maritime security and climate finance", "Among the topics were X"
        verb = listing if listing is not None else among
        if syntax.negated(verb) or not ends.meeting_in_reach(verb, 1) or noun.lemma_.lower() != "agenda" \
                and listing is not None:
            return []
        matters = [o for o in syntax.objects(verb)] if listing is not None else \
            [t for t in syntax.subjects(verb) if t.pos_ in ("NOUN", "PROPN")]
        topics = [e for t in matters if not ends.actors(t, conj=False) for e in topic_ends(t, ends, lex)]
        return _emit("frame-focus-of-talks", verb, "discusses", "010", _talk_sides([noun], verb, ends), topics, verb,
                     0.6, trace)
    if noun.lemma_.lower() == "agenda":
        verb = noun.head if noun.dep_ == "dobj" and noun.head.lemma_.lower() == "top" else None
        talks = [noun] if verb is not None and any(c.lower_ in ("the", "their") for c in noun.children) else []
    else:
        verb = noun.head if noun.dep_ == "attr" and noun.head.lemma_.lower() == "be" else None
        talks = [p for _, p in syntax.prep_objects(noun, frozenset({"of", "in", "during", "at"})) if _is_talk(p, lex)
                 and any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "their") or c.lower_ == "between"
                         for c in p.children)] if verb is not None else []
    if not talks or syntax.negated(verb):
        return []
    matters = [t for t in syntax.subjects(verb) if t.pos_ in ("NOUN", "PROPN") and not ends.actors(t, conj=False)]
    topics = [e for t in matters for e in topic_ends(t, ends, lex)]
    return _emit("frame-focus-of-talks", verb, "discusses", "010", _talk_sides(talks, verb, ends), topics, verb, 0.6,
                 trace)


def _discussed_with(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Rutte discussed export controls with Biden": the partner discusses the matter too
    (not "discussed their relationship with China": a relationship's own partner)."""
    if syntax.is_passive(verb) or syntax.negated(verb):
        return []
    objs = [o for o in syntax.objects(verb) if o.dep_ == "dobj" and o.pos_ in ("NOUN", "PROPN")]
    if not objs or any(_own_partner(o, frozenset({"with"})) for o in objs):
        return []
    # (not a relative's "with whom he discussed X": measured, the named partner there is less often annotated)
    withs = [p for t in (verb, *objs) for _, p in syntax.prep_objects(t, frozenset({"with"}))
             if p.lower_ not in ("whom", "which", "who")]
    partners = [e for p in withs for e in _named(ends.actors(p))]
    if not partners:
        return []
    topics = [e for o in objs for e in topic_ends(o, ends, lex)]
    return _emit("frame-discussed-with", verb, "discusses", "010", partners, topics, verb, 0.6, trace)


def _is_talk(noun: Token, lex: Lexicon) -> bool:
    return noun.pos_ == "NOUN" and (noun.lemma_.lower() in _TALK_NOUNS | {"summit"} or any(
        t.relation in ("meets", "negotiatesWith") for t in lex.nouns.get(noun.lemma_.lower(), ())))


#: what go-betweens obtain for others ("negotiated the release of the hostages")
_BROKERED = frozenset({"release", "exchange", "return", "evacuation", "withdrawal", "passage"})


def _negotiated_jointly(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"The Philippines and China are negotiating a code of conduct": the sides of a joint
    subject negotiate with each other (not "A and B negotiated with C", "A and B negotiated a
    deal with C", nor go-betweens' "A and B negotiated the release of the hostages")."""
    objs = syntax.objects(verb)
    if any(o.lemma_.lower() in _BROKERED for o in objs):
        return []  # "Qatar and Egypt negotiated the release of hostages": go-betweens
    if syntax.is_passive(verb) or any(ends.actors(o) for o in objs) \
            or any(syntax.prep_objects(t, frozenset({"with", "between"})) for t in (verb, *objs)):
        return []
    agents = actor_subjects(verb, ends)
    if len({e.entity.id for e in agents}) < 2:
        return []
    return _emit("frame-negotiated-jointly", verb, "negotiatesWith", "046", agents, agents, verb, 0.65, trace)


#: what one sees a person on or in without meeting them ("saw him on television")
_SEEN_ON = frozenset({"television", "tv", "screen", "video", "footage", "film", "photo", "picture", "news", "image"})


def _went_to_see(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"flew on to Ankara to see Turkish Foreign Minister X", "will see Y on Tuesday": seeing a
    person named is meeting them, when the seeing is planned (an infinitive or a future) and says
    nothing more ("see X as a threat", "see Y replaced", "saw Y on television" do not)."""
    if not any(c.dep_ == "aux" and c.lower_ in ("to", "will", "would", "shall") for c in verb.children) \
            or any(c.dep_ in ("oprd", "ccomp", "xcomp", "acomp") or c.dep_ == "prep" and c.lower_ == "as"
                   for c in verb.children) \
            or any(p.lemma_.lower() in _SEEN_ON for _, p in syntax.prep_objects(verb, frozenset({"on", "in"}))):
        return []
    people = [e for o in syntax.objects(verb) if o.pos_ == "PROPN" for e in ends.actors(o)
              if e.entity.type == "Person" and e.via == "mention"]
    if not people:
        return []
    return _emit("frame-went-to-see", verb, "meets", "040", actor_subjects(verb, ends), people, verb, 0.6, trace)


FRAMES = (
    ((), ('see',), _VERB_POS, _went_to_see),
    ((), tuple(sorted(_CENTRING)), _VERB_POS, _talks_focused),
    ((), ('negotiate', 'renegotiate'), _VERB_POS, _negotiated_jointly),
    ((), ('discuss',), _VERB_POS, _discussed_with),
    ((), tuple(sorted(_TALK_NOUNS | {"agenda", "summit"})), _NOUN_POS, _on_the_agenda),
    ((), tuple(sorted(_FOCUS_NOUNS | {"agenda"})), _NOUN_POS, _focus_of_talks),
    ((), ('tell',), _VERB_POS, _told_in_a_call),
    ((), ('call', 'ring'), _VERB_POS, _called_counterpart),
    ((), ('presence',), _NOUN_POS, _in_presence),
    ((), ('receive',), _VERB_POS, _received_contact),
    ((), tuple(sorted(_MEETING_VERBS)), _VERB_POS, _met_abroad),
    ((), ('alongside',), frozenset({"ADP"}), _alongside),
    ((), ('visit', 'visiting'), frozenset({"VERB", "ADJ"}), _visiting_guest),
    ((), ('expect',), _VERB_POS, _expected_in),
    ((), tuple(sorted(_JOINT_APPEARANCES)), _NOUN_POS, _joint_appearance),
    (('frame_hosting',), (), _VERB_POS, _hosted_visit),
    ((), ('host',), _VERB_POS, _hosted_event),
    ((), ('land',), _VERB_POS, _landed),
    ((), ('bring',), _VERB_POS, _brought_together),
    ((), ('be',), _VERB_POS, _there_for_talks),
    ((), tuple(sorted(_ATTENDED | _SPEAKING | {"make", "return", "take", "participate"})), _VERB_POS, _event_abroad),
    ((), ('lead', 'head'), _VERB_POS, _led_mission),
    ((), ('lead', 'head'), _VERB_POS, _met_led_group),
    (('frame_visit_nouns',), (), _NOUN_POS, _on_a_visit),
    (('frame_visit_nouns',), (), _NOUN_POS, _trip_legs),
    (('frame_restoring',), (), _VERB_POS, _reopened),
    (('frame_presenting',), (), _VERB_POS, _presented_proposal),
    # talk partners the core rules miss (:mod:`.partners`)
    *_PARTNER_FRAMES,
)
