"""Verb triggers: a lexicon verb with its subject and its target.

The subject is inherited through control and coordination ("plans to raise",
"condemned and sanctioned"); in the passive the agent is the "by" phrase. The
target is the direct object (the passive subject) or the object of the
preposition the lexicon names ("call on", "clash with"); "each other" and
coordinated subjects of symmetric or mutual verbs give facts in both directions.
Around the verb (:mod:`kg.extract.frames.verb_context`): a strike its own side warns of
is a threat, "would not hesitate to strike" a threat too, "urged X to return to talks" an
appeal, a delegation met stands for its head, "its willingness to cooperate" names the agent.
A speech act coordinated with a reported clause is the reporter's ('X said Y was "a threat" and
accused Y of ...'); "the Iran-backed group" names the backer by the hyphen; backing ties two
sides (never a person to their own country). Senses that are no act between two sides are
dropped: talks only offered ("ready to discuss"), one side reviewing its own policy, its own
concern voiced ("raised concerns about X" is the concern's fact), forces or vessels expelled,
a patient quantified by "any"/"no"; barred monitors reject their organisation and withheld
recognition is a rejection. Seizing or retaking a place attacks it ("seized El Fasher"; a
tanker or assets seized stay a sanction); an attack whose patient names no actor hits the
place the patient lies in ("struck camps at sites in X"); "Russian air defences" and "Thai
F-16 jets" stand for the country named inside their phrase. The one helped may be the subject
of a bare infinitive ("will help Vietnam train engineers"); help or backing only weighed ("did
not oppose helping X") or asked for ("asked Germany to send weapons to Ukraine") is none.
"""
from __future__ import annotations

from itertools import permutations

from spacy.tokens import Token

from kg.extract import syntax
from kg.extract.ends import ACTOR_OR_PLACE, End, EndFinder
from kg.extract.frames._common import IMPLICIT, counterpart_pairs, side
from kg.extract.frames.cooperate import sheltered_people
from kg.extract.frames.verb_context import (HYPHENED_FAMILIES, asked_for, back_to_talks, counted_crowd,
                                             delegation_ends, hyphened_agent, instrument_users, intent_holders,
                                             led_delegation, members_addressed, named_area, outer_participle,
                                             reporter_of_speech_act, requested_acts, text_senders,
                                             warned_own_attack)
from kg.extract.lexicon import FAMILY, SYMMETRIC, TOPICAL, Lexicon
from kg.extract.modality import _short_of, analyse_clause
from kg.extract.topic_clauses import feared_subjects
from kg.extract.rules import (ATTITUDE, OBJECT_CONTROL, Candidate, Trace, actor_subjects, armed_owner, attack_site,
                              captured_place, has_required, helped_places, pair_up, target_tokens, topic_ends)
from kg.resolve.coref_binding import phone_call
from kg.types import ACTOR_TYPES

#: the preposition that names a pact's parties
_BETWEEN = frozenset({"between"})

__all__ = ["verb_rule", "adjective_rule"]

_INSIDE_PREPS = frozenset({"in", "inside", "across"})
#: Nouns of people hurt or killed ("killed five people, including a French national").
_VICTIMS = frozenset({"people", "person", "civilian", "tourist", "passenger", "worker", "victim",
                      "resident", "guest", "customer", "pilgrim", "visitor", "foreigner", "hostage"})
_AIMED_PREPS = frozenset({"on", "against", "at"})
_FORUM_PREPS = frozenset({"at", "before"})
_FOR = frozenset({"for"})
#: purposes of troops sent that name another foe than the land they enter
_FIGHTING = frozenset({"fight", "combat", "pursue", "hunt", "battle", "chase", "counter"})
#: what one is thanked for that is help given ("the rapid deployment of rescue teams")
_HELPING_ACTS = frozenset({"deployment", "dispatch", "response", "help", "generosity", "solidarity", "effort",
                           "role", "mediation", "contribution"})
# (not "thanked China and France for their commitment and patience": annotators mark the thanker's support)
_WITH = frozenset({"with"})
#: talks, which an offer ("ready to discuss") does not hold yet
_TALKS = frozenset({"meets", "negotiatesWith", "discusses"})
#: determiners of a patient that is no one in particular
_NO_ONE = frozenset({"any", "no"})
#: verbs whose complement act is only weighed or argued over, not done ("opposed sending troops")
_WEIGHED = frozenset({"oppose", "support", "favour", "favor", "consider", "discuss", "propose", "suggest", "mull",
                      "weigh", "debate", "contemplate", "reject", "rule"})
#: verbs of defending an act, mostly one's own side's ("defended the decision")
_JUSTIFYING = frozenset({"defend", "justify"})
#: acts of leaving a place, whose "from" phrase names the place ("withdrawal from Ukraine")
_LEAVING_ACTS = frozenset({"withdrawal", "pullout", "pull-out", "retreat", "exit", "departure", "removal",
                           "evacuation", "expulsion"})
#: relations of backing, which tie two sides (never a person to their own country)
_BACKING = frozenset({"supports", "aids"})
#: what is delivered or sent without being help
_MESSAGES = frozenset({"note", "letter", "message", "speech", "address", "statement", "warning", "ultimatum",
                       "protest", "rebuke", "blow", "verdict", "remark", "lecture", "signal", "invitation"})


def _courtesy_call(verb: Token) -> bool:
    """"called on President X" with nothing asked of X (no "to ..." clause, no "for",
    no "that"): a visit of courtesy, not an appeal."""
    if any(c.dep_ in ("xcomp", "ccomp", "advcl") for c in verb.children) or syntax.prep_objects(verb, _FOR):
        return False
    people = [p for _, p in syntax.prep_objects(verb, frozenset({"on", "upon"}))]
    return any(p.ent_type_ == "PERSON" or any(c.ent_type_ == "PERSON" for c in p.subtree) for p in people)


_HOSTILE_RELATIONS = frozenset({"attacks", "threatens", "sanctions"})
#: what can be denied to someone, as access is ("deny space / entry / access to X")
_WITHHELD = frozenset({"space", "entry", "access", "haven", "sanctuary", "refuge", "visa", "permission",
                       "passage", "landing"})


def _hostile_act(clause: Token, lex: Lexicon) -> bool:
    """Whether a clause's verb, or the act noun it takes, is an attack, threat or sanction
    ("to retaliate", "to launch a new offensive")."""
    words = [(clause.lemma_.lower(), lex.verbs)] + [(o.lemma_.lower(), lex.nouns) for o in syntax.objects(clause)]
    # (a row that needs a word the clause lacks is no reading of it: "take action" is not "take control")
    return any(t.relation in _HOSTILE_RELATIONS and (table is lex.nouns or not t.requires or has_required(clause, t.requires))
               for w, table in words for t in table.get(w, ()))


#: places where countries "meet" as borders do ("the tri-border area where A, B and C meet")
_BORDER_AREAS = frozenset({"area", "region", "point", "junction", "triangle", "zone", "border", "frontier",
                           "corner", "borderland", "tripoint"})


def _phoned_for(verb: Token) -> Token | None:
    """"Biden called Lula to congratulate him", "phoned Kishida to thank him for ...": the
    phone call whose purpose the infinitive ``verb`` (or one coordinated with it) is; None for
    an appeal ("called on X to back ...", "urged X to ...")."""
    tok = verb
    while tok.dep_ == "conj" and tok.head is not tok and tok.head.dep_ != "ROOT":
        tok = tok.head
    if tok.dep_ not in ("xcomp", "advcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
            or any(c.dep_ in ("nsubj", "mark") for c in tok.children):
        return None  # ("called for Russia to back the deal": an appeal)
    return tok.head if phone_call(tok.head) else None


#: what one declines to do that turns nothing down ("declined to comment on the remarks")
_SAYING = frozenset({"comment", "elaborate", "confirm", "say", "specify", "speculate", "discuss", "respond",
                     "answer", "reveal", "name", "identify", "give", "provide", "disclose"})

#: what is raised as increased, not as a topic ("raise bilateral trade", "raises tension")
_RAISED_AMOUNTS = frozenset({"trade", "volume", "tension", "tariff", "duty", "price", "rate", "level", "stake",
                             "division", "fund", "money", "capital", "output", "production", "investment",
                             "ceiling", "limit", "threshold", "alert", "force", "army", "troop"})


#: verbs of talking with a partner a purpose clause's appeal is made to
_TALKING = frozenset({"speak", "talk", "call", "phone", "telephone", "meet", "confer"})


#: what a flight is counted in ("has flown 13 sorties to Kathmandu": it goes there)
_FLIGHTS = frozenset({"sortie", "flight", "mission", "trip", "leg", "route"})


def verb_rule(verb: Token, triggers, ends: EndFinder, lex: Lexicon, trace: Trace):
    """Candidates from a lexicon verb."""
    # "were chased and rammed by X": a participle coordinated with a passive is passive
    shared = verb.dep_ == "conj" and verb.tag_ == "VBN" and not syntax.is_passive(verb) \
        and syntax.is_passive(verb.head) and not any(c.dep_ in ("nsubj", "dobj") for c in verb.children)
    # "Serbia, backed by Russia, ...": a reduced passive relative; its noun is the patient
    reduced = verb.dep_ == "acl" and verb.tag_ == "VBN" and not syntax.is_passive(verb) \
        and verb.head.pos_ in ("PROPN", "NOUN") and bool(syntax.by_agents(verb))
    # "Negotiated by A, B and C, the accord ...": a fronted participle with its agent
    fronted = verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i < verb.head.i \
        and not syntax.is_passive(verb) and bool(syntax.by_agents(verb))
    # "the Iran-backed group", "US-sanctioned firms": the agent hyphenated onto the participle
    hyphened = hyphened_agent(verb)
    passive = syntax.is_passive(verb) or shared or reduced or fronted or hyphened is not None
    reason = verb
    while reason.dep_ == "xcomp" and reason.head is not reason:
        reason = reason.head  # "censured X for failing to cooperate": the reason clause's head
    if reason.dep_ == "pcomp" and reason.head.lower_ in ("of", "for") and any(
            t.relation in ("accuses", "criticizes") for t in lex.verbs.get(reason.head.head.lemma_.lower(), ())):
        trace.add("verb", verb, "skipped", "the act of an accusation is reported by the accused-of rule")
        return
    if verb.dep_ == "pcomp" and verb.head.lower_ == "against" \
            and verb.head.head.lemma_.lower() in ("warn", "caution", "advise", "counsel"):
        trace.add("verb", verb, "skipped", "an act warned against is not done")
        return  # "Putin warned the West against sending troops to Ukraine"
    if syntax.asked_yes_no(verb):
        trace.add("verb", verb, "skipped", "a yes-no question states nothing")
        return
    denial = _denied_gerund(verb)
    if denial is not None:
        # "Kigali denies arming the rebels": the denial is the fact (Kigali denies "arming the
        # rebels", from the denying verb), not a negated act
        trace.add("verb", verb, "skipped", f"an act denied by '{denial.text}' is the topic of the denial")
        return
    if any(t.relation == "attacks" for t in triggers):
        hit = list(_hit_with_sanctions(verb, ends, lex))
        if hit:
            trace.add("verb", verb, "sanctions", "struck with sanctions, not with arms")
            yield from hit
            return
    phoned = _phoned_for(verb)
    for trig in triggers:
        if trig.requires and not has_required(verb, trig.requires) and not _on_object(verb, trig.requires, lex):
            continue
        if trig.lemma == "call" and trig.requires in ("on", "upon") and _courtesy_call(verb):
            # "the delegation called on President X and met the army chief": a courtesy call
            trig = trig._replace(relation="meets", cameo="042")
        if trig.relation == "supports" and trig.lemma != "thank" and any(
                p.lemma_.lower() in lex.cue("courtesy_nouns") or p.pos_ == "VERB"
                                               and p.lemma_.lower() in lex.cue("frame_hosting")
                                               for _, p in syntax.prep_objects(verb, _FOR)):
            # "praised the president for the warm welcome": diplomatic courtesy, not support
            # (thanks are: "thanked Japan for hosting the talks" is marked as support)
            trace.add("verb", verb, "skipped supports", "thanks for a courtesy")
            continue
        rule = "verb-passive" if passive else "verb"
        if trig.relation == "aids" and verb.dep_ in ("xcomp", "ccomp", "dobj") and verb.head.lemma_.lower() in _WEIGHED:
            # "did not oppose helping Haitians", "is considering sending troops": help weighed or
            # argued over is no help given
            trace.add(rule, verb, "skipped aids", f"only weighed ('{verb.head.text}')")
            continue
        if (trig.relation in _BACKING or trig.relation == "cooperatesWith" and not _own_plan(verb)) \
                and asked_for(verb, lex) and phoned is None:
            # "asked Germany to send more weapons to Ukraine", "called on the EU to back the plan",
            # "urged India to work with Ottawa": help, backing or cooperation asked for is not
            # given (the appeal is the fact)
            trace.add(rule, verb, f"skipped {trig.relation}", f"only asked for ('{verb.head.text}')")
            continue
        if trig.relation in _TALKS and _only_offered(verb, lex):
            # "was ready to discuss border issues with Poland", "open to meeting him": talks only
            # offered are no talks yet (as for the nouns: "ready for talks")
            trace.add(rule, verb, f"skipped {trig.relation}", f"only offered ('{verb.head.text}')")
            continue
        speakers = []  # the reporter of a coordinated speech act (below)
        if hyphened is None and trig.lemma in lex.cue("hyphened_only_verbs") and "dobj" in trig.targets:
            # "the Iran-aligned rebels" is backing; "aligned its policy with X" is no act on the policy
            continue
        if hyphened is not None and (FAMILY[trig.relation] not in HYPHENED_FAMILIES or "dobj" not in trig.targets):
            trace.add(rule, verb, f"skipped {trig.relation}", f"'{hyphened.text}-{verb.text}' describes, no act")
            continue
        if hyphened is not None:
            agents = ends.actors(hyphened, conj=False)
        elif passive:
            by = syntax.by_agents(verb) or (syntax.by_agents(verb.head) if shared else [])
            # "backed by its allies Russia and China": the allies named in apposition
            by += [c for t in by if t.pos_ == "NOUN" for c in t.children if c.dep_ == "appos"]
            agents = [e for t in by for e in ends.actors(t)] or [e for t in by for e in armed_owner(t, ends, lex)]
            agents = [e for i, e in enumerate(agents) if e.entity.id not in {a.entity.id for a in agents[:i]}]
        else:
            # "Biden called Lula to congratulate him": the caller does what the call was for
            agents = actor_subjects(phoned if phoned is not None else verb, ends)
            reporter = reporter_of_speech_act(verb, trig, lex) if verb.dep_ == "conj" else None
            if reporter is not None:
                # "X said the strikes hit Y's depots and accused Y of ...": a speech act
                # coordinated with the reported clause is the reporter's (used when the clause's
                # own subject is no actor, or is the very one accused: "said Nato was a tool of
                # confrontation and accused the alliance of ..."); a clause about the speaker's
                # side ("said the US was concerned and urged ...") goes on as that side's act
                speakers = [e for e in actor_subjects(reporter, ends) if not _swallows(e, verb, ends)]
                if not speakers and ends.speaker is not None and any(
                        t.i == ends.speaker.token.i or t.is_ancestor(ends.speaker.token)
                        for t in syntax.subjects(reporter)):
                    # "Germany's foreign minister said ... and urged X": the official's country
                    speakers = [ends.speaker]
                if speakers and not agents:
                    trace.add(rule, verb, f"subject of {trig.relation}", f"the reporter of '{reporter.text}'")
                    agents = speakers
        # "Macron met Communist Party ..." read as one organisation name: a mention that
        # swallows its own verb is a misread name, not an actor
        agents = [e for e in agents if not _swallows(e, verb, ends)]
        spoken = False
        if not agents and not passive and trig.relation == "attacks":
            # "the G7 meeting attacked China", "the summit statement attacked X": a gathering
            # or its text attacks only in words; its members' forum is the critic
            gathering = [s for s in syntax.subjects(verb) if s.lemma_.lower() in lex.cue("gathering_nouns")]
            agents = [e for s in gathering for c in s.children if c.dep_ in ("compound", "poss", "nmod")
                      for e in ends.actors(c)]
            agents += [e for s in gathering for _, p in syntax.prep_objects(s, frozenset({"of"})) for e in ends.actors(p)]
            spoken = bool(agents)
        if not agents and trig.relation in SYMMETRIC and (passive or verb.dep_ == "acl"):
            # "the accord negotiated between A and B": the parties are named by "between"
            members = [e for _, p in syntax.prep_objects(verb, frozenset({"between"})) for e in ends.actors(p)]
            pairs = pair_up(members, members, trig.relation) if len({e.entity.id for e in members}) >= 2 else []
            for s, o in pairs:
                yield Candidate(rule + "-between", verb, trig.relation, trig.cameo, s, o, verb, 0.75)
            if pairs:
                continue
        if not agents and not passive:
            agents = intent_holders(verb, ends, lex) or instrument_users(verb, ends) or text_senders(verb, ends)
        if not agents and passive and trig.lemma == "summon":
            # "X's ambassador was summoned to the Russian Foreign Ministry": the ministry summoned
            agents = [e for _, p in syntax.prep_objects(verb, frozenset({"to"})) for e in ends.actors(p)
                      if e.entity.type == "Country"]  # (a bare "the foreign ministry" names no side)
        if not agents and passive and FAMILY[trig.relation] == "cooperate" and "dobj" not in trig.targets:
            # "the announcement was coordinated with the EU": whose announcement (the act
            # named, or the one just reported) works with the partner
            agents = [e for t in syntax.subjects(verb) if t.dep_ == "nsubjpass" and t.pos_ == "NOUN"
                      and t.lemma_.lower() in lex.cue("event_reference_nouns") for e in ends.owners(t, ACTOR_TYPES, trig.relation)]
        if not agents and passive and trig.relation == "discusses" and not syntax.by_agents(verb) \
                and (verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT") \
                and ends.meeting_in_reach(verb, 1):
            # "Putin had a telephone conversation with Netanyahu. The situation in the Middle East
            # was discussed": an agentless passive right after a meeting is its sides' talk
            agents = [e._replace(token=verb, coref=True, via="the last meeting's sides") for e in ends.last_meeting]
        if not agents and not passive and any(syntax.distributive(t) for t in syntax.subjects(verb)) and any(
                syntax.distributed_other(t) for t in verb.subtree if t.head.i == verb.i or t.head.head.i == verb.i):
            agents = ends.each_sides(verb)  # "with each side accusing the other"
        if not agents:
            why = "no actor subject" + (f" ({'; '.join(ends.notes[-2:])})" if ends.notes else "")
            trace.add(rule, verb, f"rejected {trig.relation}", why)
            continue
        toks, mutual = target_tokens(verb.head if shared and "dobj" in trig.targets else verb, trig, passive)
        if not toks and trig.requires:
            # "has drawn closer to Egypt", "walked away from the deal": the target phrase hangs
            # off the (first) required word
            preps = frozenset(p for p in trig.targets if p not in ("dobj", "ccomp", "mutual"))
            first = trig.requires.split()[0]
            toks = [p for c in verb.children if c.lower_ == first for _, p in syntax.prep_objects(c, preps)]
        if passive and not toks and "dobj" in trig.targets and verb.dep_ == "conj" and not reduced:
            # "X, which seeks independence and is backed by Y": the passive shares the first verb's subject
            toks = [t for t in syntax.subjects(verb.head) if t.dep_ in ("nsubj", "nsubjpass")]
        if not toks and not passive and trig.relation == "aids" and "dobj" in trig.targets:
            # "will help Vietnam train engineers", "sent troops to help Moscow fight": the one
            # helped is parsed as the subject of the bare infinitive after the verb
            toks = [s for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VB"
                    for s in c.children if s.dep_ == "nsubj"]
        if (reduced or hyphened is not None) and "dobj" in trig.targets and not toks:
            toks = [verb.head]
            if reduced and verb.head.dep_ == "appos" and verb.head.pos_ == "NOUN" and verb.head.head.pos_ == "PROPN" \
                    and (verb.head.lemma_.lower() in lex.cue("person_role_nouns") or verb.head.lemma_.lower() in _TITLE_WORDS):
                # "Alexandr Stoianoglo, a former prosecutor general backed by the Party of
                # Socialists": the description set off after a name stands for it
                toks = [verb.head.head]
        if not toks and not passive and "dobj" in trig.targets:
            # "accused neighbouring Eritrea of ...": the participle is misread as a verb that
            # takes the object
            toks = [o for c in verb.children if c.dep_ == "xcomp" and c.lower_ in lex.cue("adjectival_participles")
                    for o in syntax.objects(c)]
        if not toks and not passive and "dobj" in trig.targets and not syntax.objects(verb):
            # "rejected as baseless India's allegations": a heavy object after "as ADJ" is
            # parsed into the "as" phrase; a claim noun there is the object
            toks = [p for _, p in syntax.prep_objects(verb, frozenset({"as"}))
                    if p.lemma_.lower() in lex.cue("claim_nouns") and any(c.dep_ == "amod" for c in p.children)]
        if trig.relation == "denies" and trig.lemma == "deny" and (any(c.dep_ == "dative" for c in verb.children) or (
                syntax.prep_objects(verb, frozenset({"to"})) and any(
                    c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() in _WITHHELD for c in verb.children))):
            # "deny space to the group", "denied him entry": withholding something, no denial of a claim
            trace.add(rule, verb, f"skipped {trig.relation}", "something withheld from someone")
            continue
        if trig.lemma == "expect" and any(_hostile_act(c, lex) for c in verb.children if c.dep_ in ("ccomp", "xcomp")):
            # "Ukraine expects Russia to launch a new offensive": a forecast of a hostile act, no demand
            trace.add(rule, verb, f"skipped {trig.relation}", "an expected hostile act is a forecast")
            continue
        if trig.lemma == "thank" and not passive and any(
                p.lemma_.lower() in _HELPING_ACTS for _, p in syntax.prep_objects(verb, _FOR)):
            # "thanked Australia for the rapid deployment of rescue teams", "thanked Sisi for his
            # role in the mediation": the one thanked backed the thanker (as annotators mark it);
            # the thanks are the thanker's support too (below)
            for s, o in pair_up([e for t in toks for e in ends.actors(t)], agents, "supports"):
                yield Candidate(rule + "-thanked-for", verb, "supports", "051", s, o, verb, 0.7)
        if trig.relation == "attacks" and trig.lemma == "send" and any(
                c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in _FIGHTING or c.dep_ == "prep" and c.lower_ == "in"
                and any(g.lemma_.lower() == "pursuit" for g in c.children) for c in verb.children):
            # "sent troops into Somalia in pursuit of al-Shabaab", "to fight X": the fight is elsewhere
            trace.add(rule, verb, f"skipped {trig.relation}", "troops sent against another foe")
            continue
        if trig.relation == "demandsFrom" and trig.lemma == "order" and any(
                t.lemma_.lower() in lex.cue("frame_diplomats") for t in toks):
            # "ordered 20 Czech diplomats to leave": an expulsion (the expulsion frame's), no demand
            trace.add(rule, verb, f"skipped {trig.relation}", "envoys ordered out")
            continue
        if trig.relation == "demandsFrom" and verb.dep_ == "xcomp" \
                and verb.head.lemma_.lower() in ("urge", "call", "appeal", "ask", "encourage", "press", "want"):
            # "urged European countries to press Israel": pressure asked for, not applied
            trace.add(rule, verb, f"skipped {trig.relation}", "a demand asked of others")
            continue
        if trig.relation == "rejects" and (trig.lemma == "rule" and syntax.negated(verb) or any(
                c.dep_ == "xcomp" and c.lemma_.lower() in _SAYING for c in verb.children)):
            # "did not rule out sanctions" keeps them open; "declined to comment on X" rejects nothing
            trace.add(rule, verb, f"skipped {trig.relation}", "nothing turned down")
            continue
        if trig.lemma == "raise" and trig.relation == "discusses" and (any(
                t.lemma_.lower() in _RAISED_AMOUNTS for t in toks) or any(
                g.like_num or g.ent_type_ in ("MONEY", "PERCENT", "CARDINAL") for _, p in syntax.prep_objects(
                    verb, frozenset({"to", "by"})) for g in p.subtree)):
            # "agreed to raise bilateral trade to $10 billion", "raises tension": an increase, no topic
            trace.add(rule, verb, f"skipped {trig.relation}", "raised as increased")
            continue
        if (trig.lemma in ("reaffirm", "uphold") and any(t.lemma_.lower() in lex.nouns or any(
                c.dep_ == "poss" and c.tag_ == "PRP$" for c in t.children) for t in toks)) or (
                trig.lemma == "address" and any(FAMILY[r.relation] == "request" for t in toks
                                                for r in lex.nouns.get(t.lemma_.lower(), ()))):
            # "reaffirmed its support for X", "addressed appeals to the UN": the noun carries the
            # relation; "reaffirmed their commitment to ...": the speaker's own stance, no one backed
            trace.add(rule, verb, f"skipped {trig.relation}", "the object is itself a relation noun")
            continue
        if trig.lemma in lex.cue("association_verbs") and not passive and not syntax.objects(verb):
            # "X linked the attack to Y" accuses Y; "fighters linked to al-Qaeda" only describes
            trace.add(rule, verb, f"skipped {trig.relation}", "nothing is linked (a description)")
            continue
        if trig.lemma in lex.cue("association_verbs") and any(
                t.lemma_.lower() in lex.cue("obstructable_acts") | lex.cue("policy_nouns")
                for t in syntax.objects(verb)):
            # "linking Sweden's NATO membership to Turkey's bid", "tied the aid to reforms": a
            # condition set, not a wrong laid at someone's door
            trace.add(rule, verb, f"skipped {trig.relation}", "a condition linked, no accusation")
            continue
        if trig.lemma in lex.cue("obstruction_verbs") and trig.relation == "rejects":
            # "ships blocked its path", "obstructed the vessel": a physical barrier; only an act,
            # a text, a bid or someone's membership is blocked as a stance
            acts = lex.cue("obstructable_acts") | lex.cue("stance_objects") | lex.cue("event_reference_nouns")
            toks = [t for t in toks if t.lemma_.lower() in acts or t.pos_ == "PROPN"]
        if trig.relation not in TOPICAL:
            # "was not threatening any country", "intends to annex any Somali territory": a
            # patient quantified by "any"/"no" names no one in particular
            toks = [t for t in toks if not any(c.dep_ == "det" and c.lower_ in _NO_ONE for c in t.children)]
        if trig.lemma in _JUSTIFYING:
            # "Russia's envoy defended the decision": a defender mostly defends its own side's act;
            # an act named with no author is not guessed from the last one reported
            toks = [t for t in toks if not (
                t.pos_ == "NOUN" and t.lemma_.lower() in lex.cue("event_reference_nouns")
                and not any(c.dep_ in ("poss", "compound", "amod", "prep") for c in t.children))]
        if trig.relation == "demandsFrom":
            # "demanded the withdrawal of Russian troops from Ukraine": the place left is no addressee
            toks = [t for t in toks if not (t.head.lower_ == "from" and t.head.head.lemma_.lower() in _LEAVING_ACTS)]
        if trig.lemma == "launch" and trig.relation == "attacks":
            # "launched an appeal at a ceremony in Geneva", "the plan, launched ... at a ceremony":
            # a text or a campaign launched somewhere is no strike, nor is a gathering a target
            launched = syntax.objects(verb) if not passive else [c for c in verb.children if c.dep_ == "nsubjpass"]
            if passive and not launched and verb.dep_ == "acl":
                launched = [verb.head]
            if any(o.lemma_.lower() in _LAUNCHED_TEXTS for o in launched):
                trace.add(rule, verb, f"skipped {trig.relation}", "a text or campaign launched, no strike")
                continue
            toks = [t for t in toks if t.lemma_.lower() not in lex.cue("gathering_nouns") | _LAUNCH_VENUES]
        if trig.lemma in lex.cue("capture_verbs") or trig.requires == "control":  # ("took control of X")
            # "the RSF seized El Fasher", "retook the region": taking a place by force attacks it;
            # "seized a tanker / assets" is a coercive seizure (the sanctions row), "seized power" neither
            # ("El Fasher, which the group seized": the relative pronoun stands for its antecedent)
            toks = [t.head.head if t.lower_ in ("which", "that") and t.head.dep_ == "relcl"
                    and t.head.head.pos_ in ("NOUN", "PROPN") else t for t in toks]
            places = [t for t in toks if captured_place(t, ends, lex)]
            toks = places if trig.relation == "attacks" else [t for t in toks if t not in places]
        elif trig.relation == "attacks" and verb.dep_ == "relcl":
            # "the city of Kharkiv, which Russian forces bombarded on Sunday": the relative pronoun
            # stands for its antecedent (the name a place noun's "of" gives)
            toks = [(_antecedent_name(t) or t) if t.lower_ in ("which", "that", "whom") and t.head.i == verb.i
                    else t for t in toks]
        if trig.relation == "accuses":
            # "the embassy staff, whom the group accuses of spying", "MONUSCO, the mission that
            # Kinshasa accuses of failing ...": the one accused is the relative pronoun's antecedent
            toks = [_accused_antecedent(t) for t in toks]
        if trig.relation in TOPICAL:
            if trig.lemma in lex.cue("reconsideration_verbs") and len({a.entity.id for a in agents}) < 2 \
                    and not syntax.prep_objects(verb, _WITH):
                # "Kyiv would review its cooperation with Budapest": one side reconsidering its own
                # policy holds no talks; "the ministers reviewed the draft" (two sides) does
                trace.add(rule, verb, f"skipped {trig.relation}", "one side reconsiders its own policy")
                continue
            if trig.lemma == "raise":  # "raise the flag / taxes": the increase sense, no topic
                toks = [t for t in toks if t.lemma_.lower() not in lex.cue("increase_sense_objects")]
            # "raised concerns about X", "raised its deep concern over X": one side voicing its
            # own concern is the concern noun's fact; "raised China's concern about X" (someone
            # else's) or "A and B discussed their concerns" (two sides) is a topic on the table
            # ("observers from A and B raised concerns": raising is voicing, whoever does it)
            if trig.relation == "discusses" and (len({a.entity.id for a in agents}) < 2 or trig.lemma == "raise"):
                toks = [t for t in toks if not _own_concern(t, lex)]
            if trig.relation == "discusses":
                toks = [t for t in toks if not _audience(verb, t, ends, lex) and not _own_stance(verb, t, lex)]
            # "discussed the partnership, with a focus on trade": the focus is a topic too
            toks = toks + [q for _, f in syntax.prep_objects(verb, frozenset({"with"}))
                           if f.lemma_.lower() in ("focus", "emphasis")
                           for _, q in syntax.prep_objects(f, frozenset({"on"}))]
            if not toks and trig.relation == "discusses" and "about" in trig.targets:
                # "spoke with his counterpart about the dam": the matter hung on the partner
                toks = [q for _, f in syntax.prep_objects(verb, _WITH)
                        for _, q in syntax.prep_objects(f, frozenset({"about"}))]
            targets = [e for t in toks for e in topic_ends(t, ends, lex)]
        elif trig.lemma == "welcome" and trig.relation == "supports":
            # welcoming a person is hosting (meets); only a welcomed act is support, and
            # "welcomed the step" supports whoever took the step
            refs = lex.cue("event_reference_nouns") | lex.cue("stance_objects")
            # "welcomed Minister Cho's visit": a guest made welcome, not a stance supported
            toks = [t for t in toks if t.lemma_.lower() not in lex.cue("frame_visit_nouns")]
            # "praised the step" (the last event's agent), "hailed Chile's stance" (its owner)
            targets = [e for t in toks if t.pos_ == "NOUN" and (t.lemma_.lower() in refs or any(
                       c.dep_ == "poss" for c in t.children)) and not _body_text(t, ends, lex, "supports")
                       for e in ends.owners(t, ACTOR_TYPES, trig.relation)]
        elif mutual:
            targets = []
        else:
            allowed = ACTOR_OR_PLACE if trig.relation in ("visits", "attacks") else ACTOR_TYPES
            # "shelled Ukraine's border villages": what is hit stands for its owner, as an attitude target does
            if hyphened is not None:
                # "Kinshasa and the Rwanda-backed rebels": only the noun modified is the patient
                # ("Moldova's Russian-backed region of Transnistria": the region named)
                toks = [named_area(t, lex) for t in toks]
                targets = [e for t in toks for e in ends.owners(t, allowed, trig.relation)
                           if e.token.i not in {c.i for c in t.conjuncts}]
                if not targets and verb.head.i > verb.i:
                    # "the Rwanda-backed AFC/M23 rebel alliance": a group named between the
                    # participle and a head noun that names no one (often misparsed)
                    named = [e for t in verb.doc[verb.i + 1:verb.head.i] if t.pos_ == "PROPN"
                             for e in ends.actors(t, allowed, conj=False) if e.entity.type in ("Group", "Organization")]
                    targets = named[-1:]  # ("AFC/M23": the name nearest the noun)
            elif trig.relation in ATTITUDE or trig.relation == "attacks":
                # ("summoned a meeting of the Security Council": a gathering called, no envoy)
                targets = [e for t in toks if not _body_text(t, ends, lex, trig.relation)
                           and not (trig.lemma == "summon" and t.lemma_.lower() in lex.cue("gathering_nouns"))
                           for e in ends.owners(t, allowed, trig.relation)]
                if trig.lemma in lex.cue("firing_verbs"):
                    targets = [e for e in targets if not _fired(e, agents, ends, lex)]
                if not targets and trig.relation in _BLAMING:
                    targets = [e for t in toks for e in _characterized_authors(verb, t, agents, ends, lex)]
                if not targets and verb.dep_ == "advcl" and verb.tag_ == "VBG" and toks \
                        and all(t.lower_ in ("them", "it") for t in toks):
                    # "imposed sanctions on 40 Venezuelan officials, accusing them of ...", "ordered
                    # the US diplomat to leave, accusing him ...": the main clause's other party
                    targets = [e for t in _main_party(verb.head) for e in ends.owners(t, allowed, trig.relation)
                               if e.entity.id not in {a.entity.id for a in agents}]
            else:
                targets = [e for t in toks for e in ends.actors(t, allowed)]
                if not targets and trig.relation == "aids":
                    # "delivered aid to Gaza": a populated territory is helped as its people are
                    targets = helped_places(toks, ends)
                if not targets and trig.relation == "visits":
                    # "flew into the Kenyan capital", "arrived in Peru's capital": the capital's country
                    targets = [e for t in toks if t.lemma_.lower() == "capital"
                               for e in ends.owners(t, frozenset({"Country"}), trig.relation)]
                if not targets and FAMILY[trig.relation] == "request":
                    # "called on NATO allies to ...": the members addressed stand for the body
                    targets = members_addressed(toks, ends)
                if trig.relation == "meets" and any(led_delegation(t, lex) for t in toks):
                    # "met a delegation of US lawmakers led by X": X is met, not the group the
                    # delegation stands for
                    targets = [e for t in toks if not led_delegation(t, lex) for e in ends.actors(t, allowed)]
                if not targets and trig.relation == "meets":
                    targets = delegation_ends(toks, ends, lex)
                    if targets:
                        # "the President received a delegation ...": a bare title is not
                        # guessed from the last person named (who may be a caller)
                        agents = [a for a in agents if not (a.coref and a.token.pos_ in ("NOUN", "PROPN"))]
                if trig.lemma in ("welcome", "host", "receive"):
                    # hosting: the guest is named, not "the EU's position" or "a UN conference"
                    targets = [e for e in targets if not e.via.startswith("proxy")]
                    # "the president received both ministers" read as a plural: the host's
                    # own minister is no guest
                    homes = {getattr(ends.affiliation(a.entity), "id", None) for a in agents if a.entity.type == "Person"}
                    targets = [e for e in targets if not (e.coref and e.entity.type == "Person"
                               and getattr(ends.affiliation(e.entity), "id", None) in homes - {None})]
                    # "Turkey hosts 2.5 million Syrians", "received thousands of refugees": a
                    # counted crowd is sheltered, not met
                    targets = [e for e in targets if not counted_crowd(e.token, lex)
                               and not (trig.lemma == "host" and sheltered_people(e.token, e))]
                if trig.relation == "threatens" and trig.lemma == "warn":
                    # "UN officials warned the Security Council that an assault would ...": a body
                    # that hears warnings is told of a danger, not threatened
                    targets = [e for e in targets if e.entity.id not in _WARNED_BODIES]
                if trig.relation == "meets" and trig.lemma in ("welcome", "receive") \
                        and any(t.pos_ == "NOUN" and t.lemma_.lower() in _WELCOMED_TEXTS for t in toks):
                    targets = []  # "welcomed the resolution adopted by the Council": a text, no one met
                if trig.relation == "meets" and not passive and "dobj" in trig.targets:
                    # "met Party General Secretary A and Prime Minister B": long titles break the
                    # parse of the coordination; every person named right after the verb was met
                    known = {e.entity.id for e in targets}
                    targets += [e for e in _people_after(verb, ends) if e.entity.id not in known]
        if not targets and trig.relation in ("accuses", "attacks", "criticizes", "sanctions"):
            # "blamed the strike on forces loyal to Khalifa Haftar": whom the forces serve
            targets = [e for t in toks for e in armed_owner(t, ends, lex) if e.entity.type in allowed]
        if not targets and not mutual and trig.relation in ("criticizes", "accuses", "rejects"):
            # "criticized the statement, saying X and Y were ganging up": whom the comment is about
            for c in verb.children:
                if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" and c.lemma_.lower() in lex.cue("reporting_verbs"):
                    for cl in c.children:
                        subj = syntax.clause_subject_of(cl) if cl.dep_ == "ccomp" else None
                        if subj is not None and cl.tag_ not in ("VBN",) and not syntax.is_passive(cl):
                            # "hit back, saying Spain would not accept lessons": the speaker's own
                            # country in the comment is its voice, not the one criticised
                            own = {getattr(ends.affiliation(a.entity), "id", None) for a in agents
                                   if a.entity.type == "Person"} | {a.entity.id for a in agents}
                            said = ends.actors(subj)
                            voice = [e for e in said if e.entity.id not in own]
                            # "saying Spain would not accept lessons from Washington": the
                            # clause's subject is the speaker's side, the other actor its target
                            others = [e for t in cl.subtree if t.dep_ == "pobj" and t.head.lower_ in ("from", "by", "of")
                                      and t.head.head.i != subj.i for e in ends.actors(t, conj=False)]
                            others = [e for e in others if e.entity.id not in {v.entity.id for v in said} | own]
                            if said and others and all(a.entity.type == "Person" for a in agents):
                                agents, targets = said, targets + others
                            else:
                                targets += voice
        if targets and not passive:
            # "Western donors, including the US and Germany, froze their contributions": the
            # subject's own possessive names the subject phrase, no other side
            own = {e.id for t in syntax.subjects(verb) for e in ends.m.entities_at(t)}
            targets = [e for e in targets if not (e.token.dep_ == "poss" and e.token.pos_ == "PRON"
                                                  and e.entity.id in own)]
        if targets and trig.relation == "attacks":
            # "killed five people, including a French national and a Belgian": victims named
            # among others by nationality are no attack on their country
            targets = [e for e in targets if not (e.entity.type == "Country" and any(
                a.dep_ == "prep" and a.lower_ == "including" and a.head.lemma_.lower() in _VICTIMS
                for a in e.token.ancestors))]
        if trig.relation == "protestsAgainst":
            targets = [x for e in targets for x in _envoy_country(e, ends, lex)]
        if trig.relation == "visits" and (trig.lemma == "head" and syntax.objects(verb) or trig.lemma == "fly" and any(
                o.lemma_.lower() not in _FLIGHTS for o in syntax.objects(verb))):
            # "offering to head a security mission to Haiti": leading something, not going;
            # "flew in planeloads of supplies to Libya": carrying something, not going
            trace.add(rule, verb, "skipped visits", f"'{trig.lemma}' with an object leads or carries it")
            continue
        if trig.relation == "visits" and verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "amod", "advcl") \
                and verb.head.lower_ in ("with", "met", "meet", "meets", "meeting", "received", "receives", "hosted"):
            # "met with visiting Foreign Minister X": the adjective names the guest, who visits no one
            targets = [e for e in targets if e.entity.type != "Person"]
        if trig.relation == "supports" and trig.lemma == "agree" and any(
                c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children) for c in verb.children):
            # "agreed with his Polish counterpart to hold talks": a joint decision, no backing
            trace.add(rule, verb, "skipped supports", "agreed with someone to do something")
            continue
        if trig.relation in ("demandsFrom", "appealsTo") and agents:
            # "ordered his Cabinet to prepare": one's own body takes orders, it is no other side;
            # "Aliyev insisted that Azerbaijan ...", "ordered the armed forces": nor is one's own country
            homes = {getattr(ends.affiliation(a.entity), "id", None) for a in agents if a.entity.type == "Person"}
            targets = [e for e in targets if not (e.entity.type == "Country" and e.entity.id in homes)]
            mine = {a.entity.id for a in agents}
            # (the body itself named so: "its partners in NATO" are NATO, not the speaker's own)
            targets = [e for e in targets if not (e.via == "mention" and any(
                c.dep_ == "poss" and c.pos_ == "PRON" and getattr(ends.m.entity_at(c), "id", None) in mine
                for c in e.token.children))]
        if trig.relation == "meets" and trig.lemma == "summon":
            # "summoned Chinese Ambassador Cheng Yonghua": the envoy named is met in person
            targets = [e for e in targets if e.entity.type == "Person"]
        if trig.relation == "appealsTo" and trig.targets <= _FORUM_PREPS:
            # "challenged the tariffs at the WTO": a case taken to a body ("challenged him at
            # the summit in Paris" names no forum)
            targets = [e for e in targets if e.entity.type == "Organization"]
        if not targets and not mutual and trig.relation == "appealsTo":
            # "requested consultations at the WTO": the forum the request is lodged with
            forum = [p for t in (verb, *syntax.objects(verb)) for _, p in syntax.prep_objects(t, _FORUM_PREPS)]
            targets = [e for p in forum for e in ends.actors(p) if e.entity.type == "Organization"]
        if not targets and not mutual and trig.relation == "appealsTo" and verb.dep_ in ("advcl", "xcomp") \
                and verb.head.lemma_.lower() in _TALKING:
            # "spoke with A and B to urge de-escalation": the urging is addressed to the partners
            partners = [p for _, p in syntax.prep_objects(verb.head, frozenset({"with", "to"}))] \
                + syntax.objects(verb.head)  # ("called Ruto to urge calm")
            targets = [e for p in partners for e in ends.actors(p) if e.entity.type != "Location"]
        if not targets and not mutual and trig.relation == "attacks":
            # "struck targets in Afghanistan's Khost province": what is hit lies in the target
            for t in (*toks, verb) if toks else ():
                for _, place in syntax.prep_objects(t, _INSIDE_PREPS):
                    if place.pos_ == "NOUN" and lex.nouns.get(place.lemma_.lower()):
                        continue  # "killed five people in an attack claimed by X": the event, no place
                    targets += ends.owners(place, ACTOR_TYPES, trig.relation) or ends.actors(place, ACTOR_OR_PLACE)
        if targets and not mutual and trig.relation == "attacks" and any(
                t.dep_ == "pobj" and t.head.lower_ == "as" and t.head.head.dep_ == "pcomp" for t in toks):
            # "fired missiles at what it described as an Israeli headquarters in Erbil": the
            # attacker's own description names a side; the place it lies in is hit as well
            targets += [e for e in attack_site(toks, verb, ends, lex) if e.entity.type == "Country"
                        and e.entity.id not in {t.entity.id for t in targets}]
        if not targets and not mutual and trig.relation == "attacks":
            # "struck militant camps at nine sites in Pakistan", "hit what it called terrorist
            # infrastructure at sites in X": the place the sites lie in (one level further)
            targets = attack_site(toks, verb, ends, lex)
        if not targets and not mutual and FAMILY[trig.relation] == "threaten":
            # "threatened to impose levies on European cheese": whom the threatened act is aimed at
            for c in verb.children:
                if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and any(a.lower_ == "to" for a in c.children):
                    aimed = [p for _, p in syntax.prep_objects(c, _AIMED_PREPS)]
                    aimed += [p for o in syntax.objects(c) for _, p in syntax.prep_objects(o, _AIMED_PREPS)]
                    if any(FAMILY[t.relation] in ("assault", "coerce") for t in lex.verbs.get(c.lemma_.lower(), ())):
                        # "threatened to strike the United States": the object of a hostile act
                        aimed += syntax.objects(c)
                    targets = [e for p in aimed for e in ends.owners(p, ACTOR_TYPES, trig.relation)]
        if not targets and not mutual and FAMILY[trig.relation] == "threaten":
            # "warned of a response if the alliance steps up ...": the one the condition is about
            for c in verb.subtree:
                if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children):
                    subj = syntax.clause_subject_of(c)
                    if subj is not None:
                        targets = ends.actors(subj)
                        break
        if mutual and len(agents) >= 2:
            pairs = [(a, b) for a, b in permutations(agents, 2)]
            rule += "-mutual"
        elif not targets and trig.relation in SYMMETRIC and len(agents) >= 2 \
                and verb.lemma_.lower() not in lex.cue("go_between_verbs") \
                and verb.lemma_.lower() not in lex.cue("frame_hosting") and all(
                any(FAMILY[t.relation] in _joint_families(trig.relation) for t in lex.nouns.get(x.lemma_.lower(), ()))
                for x in toks):
            # "X and Y met", "X and Y met for hours, their first meeting in years", "the accords
            # were signed by X and Y" (a pact signed by both, for a cooperation verb), "the truce
            # was negotiated by X and Y" (a pact negotiated by both); but
            # "X and Y offered to mediate" are go-betweens, not parties to each other, and
            # "X and Y hosted talks", "received a call" host or hear someone else
            # ("Russia's Vladimir Putin and Ukraine's Petro Poroshenko" may be parsed as a list
            # with the possessor "Ukraine's" in it: a possessor is no party of its own)
            if verb.lemma_.lower() == "meet" and verb.dep_ == "relcl" and verb.head.lemma_.lower() in _BORDER_AREAS \
                    and any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
                # "the tri-border area where Niger, Mali and Burkina Faso meet": borders, not talks
                trace.add(rule, verb, f"skipped {trig.relation}", "countries that meet at a place: borders")
                continue
            parties = [e for e in agents if not any(c.dep_ == "case" for c in e.token.children)]
            pairs = [(a, b) for a, b in pair_up(parties, parties, trig.relation)
                     if side(a, ends).entity.id != side(b, ends).entity.id]
            rule += "-joint"
            named = [e for t in toks for _, p in syntax.prep_objects(t, _BETWEEN) for e in ends.actors(p)]
            if passive and named:
                # "a truce between A and B was negotiated by Egypt and Qatar": the pact names its
                # parties, so those who negotiated it are go-betweens, each talking to each party
                pairs = pair_up(agents, named, trig.relation)
                rule += "-between"
        elif not targets and "mutual" in trig.targets and len(agents) >= 2 and _disputed_matter(verb, ends):
            # "Greece and Turkey have clashed over maritime borders": a quarrel about a matter,
            # not a fight ("clashed over the weekend", "clashed over the border town" still fight)
            trace.add(rule, verb, f"skipped {trig.relation}", "clashed over a matter: a dispute")
            continue
        elif not targets and "mutual" in trig.targets and len(agents) >= 2:
            # "India and Pakistan exchanged fire", "the two sides clashed": each on the other
            pairs = [(a, b) for a, b in permutations(agents, 2) if a.entity.id != b.entity.id]
            rule += "-mutual"
        elif _same_plural(agents, targets):
            # "offered his good offices should both sides request them": "them" read as the
            # subject's own plural names something else (each other is "each other")
            trace.add(rule, verb, f"skipped {trig.relation}", "a plural pronoun object names the subject again")
            continue
        else:
            pairs = pair_up(agents, targets, trig.relation)
            if "mutual" in trig.targets and trig.requires and not passive and trig.relation not in SYMMETRIC:
                # "X traded insults with Y", "X exchanged fire with Y": each did it to the other
                pairs += [(b, a) for a, b in pairs]
        if not pairs and targets and not mutual and speakers:
            pairs = pair_up(speakers, targets, trig.relation)  # the reporter (see above)
        if not pairs and targets and not mutual:
            # "saying Madrid was taking a free ride and threatening to slap tariffs on Spanish
            # goods": a participle misread as the second verb of the reported clause, whose
            # subject is then its own target; the speaker is the outer participle's subject
            outer = outer_participle(verb)
            if outer is not None:
                pairs = pair_up([e for e in actor_subjects(outer, ends) if not _swallows(e, verb, ends)],
                                targets, trig.relation)
        if not pairs and targets and not mutual and verb.dep_ == "conj" and FAMILY[trig.relation] in _SPEECH_ACTS \
                and {a.entity.id for a in agents} <= {t.entity.id for t in targets}:
            # "X said in a statement that Israel was exploiting Y and called on Israel to withdraw":
            # a speech act joined to the reported clause, whose subject it then inherits and aims at
            # itself; the one speaking is the reporting verb's subject
            reporter = _enclosing_reporter(verb, lex)
            if reporter is not None:
                said_by = [e for e in actor_subjects(reporter, ends) if not _swallows(e, verb, ends)]
                if not said_by and ends.speaker is not None and reporter.is_ancestor(ends.speaker.token):
                    said_by = [ends.speaker]  # "Egypt's foreign minister said ...": the official's country
                pairs = pair_up(said_by, targets, trig.relation)
                if pairs:
                    trace.add(rule, verb, f"subject of {trig.relation}", f"the reporter of '{reporter.text}'")
        if trig.relation in ("rejects", "denies") and not pairs:
            yield from _rejected_claims(verb, toks, agents, ends, lex)
        if trig.relation in ("rejects", "supports") and not mutual and (
                not pairs or any(_body_text(t, ends, lex, trig.relation) for t in toks)):
            # "rejected the bill", "welcomed the accord": no actor named, the act itself
            stance = lex.cue("stance_objects")
            # "Egypt proposed a truce, but Hamas rejected it": the text or act named before it in
            # this sentence; "voted no on it": the one named last before this sentence
            toks_ = [_stance_before(t, stance) or ends.last_stance or t if t.lower_ == "it" else t for t in toks]
            pairs = [(a, e) for t in toks_ if t.lemma_.lower() in stance and t.pos_ == "NOUN"
                     for e in topic_ends(t, ends, lex) if e.entity.type == "Topic" for a in agents]
        if not pairs and not toks and not mutual and trig.relation in IMPLICIT:
            # "Seoul summoned the envoy to protest", "vowed to hit back": no target named; in an
            # article about two sides, the other side (a guess: lower confidence)
            pairs = counterpart_pairs(agents, ends)
            rule += "-counterpart" if pairs else ""
        if not pairs:
            what = ", ".join(t.text for t in toks) or "none"
            trace.add(rule, verb, f"rejected {trig.relation}", f"no {'topic' if trig.relation in TOPICAL else 'actor target'} (candidates: {what})")
            continue
        conf = 0.9 if not passive else 0.85
        conf = 0.6 if rule.endswith("-counterpart") else conf
        relation, cameo = trig.relation, trig.cameo
        if relation == "attacks" and _threatened_only(verb, lex):
            # "vowed to retaliate against X": the threat is the fact (frame-response), no attack yet
            trace.add(rule, verb, f"skipped {relation}", f"only threatened by '{verb.head.text}'")
            continue
        if FAMILY[relation] in ("assault", "coerce") and syntax.only_threatened(verb):
            # "threatened to strike X": the threat is the fact (the threaten verb's rule)
            trace.add(rule, verb, f"skipped {relation}", "only threatened")
            continue
        forced = None
        if relation == "attacks" and warned_own_attack(verb, agents, ends, lex):
            # "Iran warned that it would strike American bases", "Russia said it would
            # retaliate against Finland": a strike announced by its own side is a threat
            relation, cameo = "threatens", "138"
        if FAMILY[relation] in ("assault", "coerce") and syntax.unhesitating(verb):
            # "would not hesitate to strike X", "will not hesitate to impose sanctions on Y":
            # the negation is on the hesitation; the act is a threat, not a denied attack
            relation, cameo, forced = "threatens", "138" if relation == "attacks" else "130", "positive"
        if relation == "criticizes" and _retort_ahead(verb, lex):
            # "said it would hit back at Israel", "vowed to hit back at X": a retaliation
            # announced is a threat; "hit back at the critics" (done) stays a retort
            relation, cameo = "threatens", "138"
        if relation == "attacks" and (spoken or (trig.lemma in lex.cue("verbal_sense_attack_verbs") and _in_words(verb, lex))):
            # "attacked China in a statement", "attacked X, saying ...": criticism, not force
            relation, cameo = "criticizes", "111"
        if relation == "attacks" and trig.lemma in lex.cue("verbal_sense_attack_verbs") and any(
                c.lemma_.lower() in lex.cue("verbal_attack_companions") for c in verb.conjuncts):
            # "smeared and attacked China", "attacked and insulted X": the company of words
            # of disparagement makes it verbal
            relation, cameo = "criticizes", "111"
        if relation == "attacks" and trig.lemma in lex.cue("sanction_sense_verbs") and _about_sanctions(verb, agents, ends, lex):
            # "the Treasury also targeted Arvex": in a sentence about sanctions, a designation
            relation, cameo = "sanctions", "163"
        if relation == "appealsTo" and trig.lemma not in lex.cue("pleading_verbs") and any(
                c.lemma_.lower() in lex.cue("demanded_acts") and not back_to_talks(c, lex) for c in requested_acts(verb)):
            # "called on X to release the detainees", "urged Y to halt the raids": a demand (one
            # pleads or appeals, "appealed to X to stop fighting", without demanding)
            relation, cameo = "demandsFrom", "100"
        if relation == "appealsTo" and trig.lemma == "call" and not passive and pairs \
                and all(s.entity.type == "Person" and o.entity.type == "Person" for s, o in pairs) \
                and not requested_acts(verb) and not any(c.dep_ in ("xcomp", "ccomp", "advcl") for c in verb.children) \
                and not syntax.prep_objects(verb, frozenset({"for"})):
            # "Minister X called on the visiting President Y": a courtesy call, a meeting
            # (a call on someone asks them something only with what is asked: "to ...", "for ...")
            relation, cameo = "meets", "040"
        if relation == "meets" and trig.lemma == "raise" and pairs and all(
                o.entity.type == "Organization" and ends.m.country_of(o.entity) is None for _, o in pairs):
            # "would raise the incident with the CSTO": a matter taken to an international body
            # asks it to act (raised with a person, it is a meeting)
            relation, cameo = "appealsTo", "020"
        if relation == "aids" and any(o.lemma_.lower() in _MESSAGES for o in syntax.objects(verb)):
            # "delivered a diplomatic note to the Chinese side", "delivered a speech": words, not help
            trace.add(rule, verb, "skipped aids", "a message delivered")
            continue
        if relation == "aids" and _lent_backing(verb, lex):
            # "lent its diplomatic backing to Pyongyang", "lent its weight to the bid": an
            # endorsement given, not material help
            relation, cameo = "supports", "051"
        if FAMILY[relation] == "consult" and _called_off(verb):
            # "had been due to travel to Moscow but cancelled the trip": the plan was dropped
            forced = "negative"
        if cameo == "054" and analyse_clause(verb, lex).polarity == "negative" \
                and not (verb.dep_ == "pcomp" and _short_of(verb.head)):
            # "does not recognize Maduro's re-election", "refused to recognize the ruling":
            # recognition withheld is a rejection (CAMEO 12), not a support denied ("stopped
            # short of recognising X" holds back, it rejects nothing: support denied)
            relation, cameo, forced = "rejects", "120", "positive"
        if relation in _BACKING or relation == "threatens":
            # "Zelensky thanked Ukraine's security service", "vowed to defend every metre of its
            # land": backing one's own country is no relation between two actors ("Mao warned that
            # Beijing would respond if Chinese companies were harmed": nor is threatening it)
            own = [(s, o) for s, o in pairs if s.entity.type == "Person" and side(s, ends).entity.id == o.entity.id]
            for s, o in own:
                trace.add(rule, verb, f"skipped {relation}", f"'{o.entity.label}' is the side of '{s.entity.label}'")
            pairs = [p for p in pairs if p not in own]
        if relation == "sanctions" and trig.lemma in lex.cue("exclusion_verbs") and toks:
            heads = {t.lemma_.lower() for t in toks if t.pos_ == "NOUN"}
            if len(heads) == len(toks) and heads <= lex.cue("armed_presence_nouns"):
                # "since expelling French forces", "to expel Philippine vessels": driving out
                # troops or boats is a show of force, not a diplomatic sanction
                trace.add(rule, verb, f"skipped {relation}", "forces or vessels driven out")
                continue
            if heads and heads <= lex.cue("monitor_nouns") and all(o.entity.type == "Organization" for _, o in pairs):
                # "barred IAEA inspectors from the sites": shutting out an organisation's monitors
                # refuses the organisation (its members' officials barred stay a sanction)
                relation, cameo = "rejects", "120"
        for s, o in pairs:
            yield Candidate(rule, verb, relation, cameo, s, o, verb, conf, polarity=forced)
        # "accused Y of shelling Z": the reported act, attributed to the accuser
        if trig.relation == "accuses" and not mutual:
            yield from _accused_act(verb, agents, targets, ends, lex, trace)


#: what makes backing material help ("lent military support to X" stays aid)
_MATERIAL = frozenset({"military", "financial", "logistical", "logistic", "material", "economic", "humanitarian"})


#: bodies that hear warnings ("warned the Security Council that ...")
_WARNED_BODIES = frozenset({"United_Nations_Security_Council", "United_Nations_General_Assembly",
                            "Human_Rights_Council"})


def _antecedent_name(pronoun: Token) -> Token | None:
    """The name a relative pronoun stands for: its antecedent's ("Kharkiv, which ...", "the
    city of Kharkiv, which ..."); None for a description (left to the references)."""
    noun = pronoun.head.head
    if noun.pos_ == "PROPN":
        return noun
    named = [p for _, p in syntax.prep_objects(noun, frozenset({"of"})) if p.pos_ == "PROPN"]
    return named[0] if named and noun.pos_ == "NOUN" else None


#: texts and decisions welcomed, which no one meets ("welcomed the resolution adopted by X")
_WELCOMED_TEXTS = frozenset({"resolution", "decision", "statement", "declaration", "agreement", "deal", "draft",
                             "adoption", "move", "step", "announcement", "report", "proposal", "plan", "initiative"})
#: things launched that are no weapon ("launched an appeal", "a plan launched at a ceremony")
_LAUNCHED_TEXTS = frozenset({"appeal", "plan", "campaign", "initiative", "programme", "program", "fund",
                             "investigation", "probe", "inquiry", "website", "app", "bid", "process", "dialogue",
                             "consultation", "review", "report", "strategy", "project", "scheme", "platform",
                             "talk", "negotiation", "partnership", "corridor", "service", "mission", "book",
                             "case", "complaint", "lawsuit", "challenge", "dispute", "proceeding"})
#: events at which something is launched
_LAUNCH_VENUES = frozenset({"ceremony", "event", "launch", "reception", "function"})


def _lent_backing(verb: Token, lex: Lexicon) -> bool:
    """"lent its backing / support / weight to X": the object of the giving verb is an
    endorsement (and no military or financial support)."""
    endorsing = lex.cue("endorsing_objects")
    return any(o.lemma_.lower() in endorsing and not any(c.lower_ in _MATERIAL for c in o.children)
               for o in syntax.objects(verb))


#: verbs that drop a planned trip or meeting, and what they drop
_DROPPING = frozenset({"cancel", "postpone", "scrap", "abandon", "shelve", "call"})
_TRIPS = frozenset({"trip", "visit", "journey", "tour", "meeting", "talk", "summit"})


#: prepositions naming what one strikes with ("hit Russia with sanctions", "hit by sanctions")
_MEANS_PREPS = frozenset({"with", "by"})


def _hit_with_sanctions(verb: Token, ends: EndFinder, lex: Lexicon):
    """"Russia was hit with new sanctions by the EU", "Russia hit by new EU sanctions", "the US
    hit Iran with tariffs": a blow dealt with sanctions sanctions its patient. The one who
    imposes them is the subject of an active verb, else who owns the sanctions ("EU
    sanctions", "sanctions by the EU")."""
    means = {p.i: p for p in [p for _, p in syntax.prep_objects(verb, _MEANS_PREPS)] + syntax.by_agents(verb)}
    means = [m for m in means.values() if any(t.relation == "sanctions" for t in lex.nouns.get(m.lemma_.lower(), ()))]
    if not means:
        return
    passive = syntax.is_passive(verb) or any(c.dep_ == "agent" for c in verb.children)
    if passive:
        patients = [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")]
        agents = syntax.by_agents(verb) + [p for m in means for _, p in syntax.prep_objects(m, _MEANS_PREPS | {"from"})]
        found = [e for t in agents if t.i not in {m.i for m in means} for e in ends.actors(t)]
        found += [e for m in means for c in m.children if c.dep_ in ("compound", "amod", "poss", "nmod")
                  for e in ends.actors(c)]
    else:
        patients = syntax.objects(verb)
        found = actor_subjects(verb, ends)
    targets = [e for t in patients for e in ends.actors(t)]
    for s, o in pair_up(found, targets, "sanctions"):
        yield Candidate("verb-means", verb, "sanctions", "163", s, o, verb, 0.8)


def _stance_before(it: Token, stance: frozenset) -> Token | None:
    """The last text or act ("plan", "truce", "resolution") named as an object before ``it`` in
    its sentence: "Israel accepted the plan, but Hamas turned it down"."""
    return next((t for t in reversed(it.doc[it.sent.start:it.i]) if t.pos_ == "NOUN" and t.dep_ in ("dobj", "nsubjpass")
                 and t.lemma_.lower() in stance), None)


def _called_off(verb: Token) -> bool:
    """"X had been due to travel to Moscow but cancelled the trip", "was scheduled to visit Y but
    called off the visit": a verb of the plan's clause drops the trip the plan was for."""
    top = verb
    while top.dep_ in ("xcomp", "acomp") and top.head is not top:
        top = top.head
    return any(c.dep_ == "conj" and c.lemma_.lower() in _DROPPING
               and (c.lemma_.lower() != "call" or any(p.dep_ == "prt" and p.lower_ == "off" for p in c.children))
               and any(o.dep_ == "dobj" and o.lemma_.lower() in _TRIPS for o in c.children)
               for c in top.children) and top is not verb




def _same_plural(agents, targets) -> bool:
    """Targets that are all a plural pronoun ("them") resolved to the very actors of the subject."""
    return bool(targets) and all(e.token.lower_ in ("them", "they") for e in targets) \
        and {e.entity.id for e in targets} <= {e.entity.id for e in agents}


def _own_plan(verb: Token) -> bool:
    """"agreed to press the EU to conclude a deal, and to work with B": the doer the parse
    gives the infinitive is a clause subject (those who agreed), not the one pressed."""
    subj = syntax.subjects(verb, OBJECT_CONTROL)
    return bool(subj) and all(s.dep_ in ("nsubj", "nsubjpass") for s in subj)


#: families of speech acts, which a reporter performs (not force or aid, which need a doer)
_SPEECH_ACTS = frozenset({"request", "disapprove", "reject", "threaten", "protest"})
#: how far up from a speech act its reporting verb may stand ("called" -> "exploiting" ->
#: "statement" -> "in" -> "said")
_REPORTER_REACH = 5


def _enclosing_reporter(verb: Token, lex: Lexicon) -> Token | None:
    """The reporting verb a coordinated speech act hangs under, within reach, or None."""
    reporting = lex.cue("reporting_verbs")
    tok = verb.head
    for _ in range(_REPORTER_REACH):
        if tok.pos_ == "VERB" and tok.lemma_.lower() in reporting:
            return tok
        if tok.head is tok:
            return None
        tok = tok.head
    return None


def _only_offered(verb: Token, lex: Lexicon) -> bool:
    """Whether the verb is only offered: "ready to discuss", "willing to meet", "open to talking"."""
    open_to = lex.cue("openness_adjectives")
    if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ":
        return verb.head.lemma_.lower() in open_to
    return verb.dep_ == "pcomp" and verb.head.lower_ == "to" and verb.head.head.lemma_.lower() in open_to


#: attitudes whose target, when an act is characterized ("denounced X as Y"), is the act's author
_BLAMING = frozenset({"criticizes", "protestsAgainst"})


def _characterized_authors(verb: Token, tok: Token, agents, ends: EndFinder, lex: Lexicon) -> list[End]:
    """"Somalia denounced the pact as an attack on its sovereignty", "bases in Iraq, which
    Baghdad has long criticised as a breach of its borders": an act condemned as a wrong
    blames its author, the subject of the clause that did it ("Turkey maintains bases") or
    the agent of the last event of the noun's kind ("Ethiopia signed a pact ... the pact")."""
    if not any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return []
    own = {e.entity.id for a in agents for e in (a, side(a, ends))}
    found: list[End] = []
    if tok.lower_ in ("which", "that") and tok.head.dep_ == "relcl" and tok.head.head.pos_ == "NOUN":
        # the antecedent ("bases", "the sea" of "built islands in the sea, which ..."): the act
        # is its clause's, done by that clause's subject
        act = tok.head.head
        for _ in range(3):
            if act.dep_ not in ("dobj", "pobj", "prep") or act.head.i == act.i:
                break
            act = act.head
        if act.pos_ == "VERB" and act.i != tok.head.i:
            found = actor_subjects(act, ends)
    elif tok.pos_ == "NOUN" and not any(c.dep_ in ("poss", "compound", "amod", "prep") for c in tok.children) \
            and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
        # a definite act noun with no owner named: the agent of the last act of its kind
        last = [ends.last_by_relation.get(t.relation) for t in lex.nouns.get(tok.lemma_.lower(), ())]
        found = [e._replace(token=tok, coref=True) for e in last if e is not None][:1]
    return [e for e in found if e.entity.id not in own and side(e, ends).entity.id not in own]


def _fired(end: End, agents, ends: EndFinder, lex: Lexicon) -> bool:
    """"dismissed the government of Prime Minister X", "dismissed his defence minister",
    "sacked army chief Y": an office holder or a government removed is fired, not
    rejected; so is a person of the agents' own side."""
    tok = end.token
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.cue("person_role_nouns") | lex.cue("collective_nouns"):
        return True
    if end.entity.type != "Person":
        return False
    if ends.affiliation(end.entity) is None:
        # "dismissed army chief Y": a titled holder of no other country's office
        return any(t.lemma_.lower() in lex.cue("person_role_nouns") for t in tok.doc[max(tok.i - 4, 0):tok.i])
    own = {side(a, ends).entity.id for a in agents}
    return side(end, ends).entity.id in own


def _audience(verb: Token, tok: Token, ends: EndFinder, lex: Lexicon) -> bool:
    """"addressed the chamber / lawmakers / supporters / both houses of parliament": whom a
    speech is given to is its audience, not a topic (people, a body or a gathering)."""
    if verb.lemma_.lower() not in lex.cue("audience_verbs"):
        return False
    lemma = tok.lemma_.lower()
    people = lex.cue("audience_nouns") | lex.cue("person_role_nouns") | lex.cue("collective_nouns") \
        | lex.cue("body_member_nouns")
    return lemma in people or tok.ent_type_ in ("PERSON", "NORP", "ORG", "GPE") \
        or tok.pos_ == "PROPN" and bool(ends.actors(tok, ACTOR_TYPES, conj=False))


def _own_stance(verb: Token, tok: Token, lex: Lexicon) -> bool:
    """"stressed his country's readiness to supply uranium", "underlined its commitment to X":
    a stance voiced is the speaker's own attitude, not a matter talked over."""
    return verb.lemma_.lower() in lex.cue("expressing_verbs") and tok.lemma_.lower() in lex.cue("intent_nouns")


def _own_concern(tok: Token, lex: Lexicon) -> bool:
    """Whether a topical verb's object is the speaker's own concern ("raised concerns about X").

    A concern noun carries its own fact (concernedAbout, from the light-verb or noun rules);
    only a concern owned by a named other ("raised China's concern") stays a topic.
    """
    if tok.pos_ != "NOUN" or not any(t.relation == "concernedAbout" for t in lex.nouns.get(tok.lemma_.lower(), ())):
        return False
    return not any(c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") for c in tok.children)


def _joint_families(relation: str) -> tuple[str, ...]:
    """Families of the nouns a symmetric verb's joint subject may act on together: "X and Y
    met for talks", "signed the accords"; negotiating a pact ("negotiated the truce") too."""
    return ("consult", "cooperate") if relation == "negotiatesWith" else ("consult", FAMILY[relation])


def _swallows(end, verb: Token, ends: EndFinder) -> bool:
    """True when the end's mention span covers the verb itself (a misread name)."""
    span = ends.m.span_at(end.token) if hasattr(ends.m, "span_at") else None
    return span is not None and span.start <= verb.i < span.end


_WINDOW_STOP = frozenset({",", ";", ":", ".", "(", "\u2014", "\u2013", "-", '"', "\u201c", "\u201d"})


def _people_after(verb: Token, ends: EndFinder) -> list:
    """People named in the run of title words, names and "and" right after ``verb``
    (up to a verb, punctuation or a lower-case preposition other than "of")."""
    out, doc = [], verb.doc
    for tok in doc[verb.i + 1:verb.i + 16]:  # a slice past the end is cut short
        if tok.is_sent_start or tok.pos_ in ("VERB", "AUX") or tok.text in _WINDOW_STOP or (
                tok.pos_ in ("ADP", "SCONJ") and tok.is_lower and tok.lower_ != "of"):
            break
        if tok.pos_ != "PROPN" and tok.lower_ not in ("and", "of", "the") and not tok.is_title:
            break  # "met reporters": a common noun ends the run of names
        if tok.dep_ == "poss" or tok.i + 1 < len(doc) and doc[tok.i + 1].tag_ == "POS":
            break  # "welcomed Mr Trudeau's statement": the name owns what the verb takes
        ent = ends.m.entity_at(tok)
        if ent is not None and ent.type == "Person" and not ends.m.is_resolved_by_coref(tok):
            if not out or out[-1].entity.id != ent.id:
                out.append(End(ent, tok, False, "named after the verb"))
    return out


def _on_object(verb: Token, word: str, lex: Lexicon) -> bool:
    """"discussed the situation with X": the required preposition parsed onto the object
    (but "discussed cooperation with X" names the partner of the cooperation noun)."""
    # ("raised her concerns with X": a noun whose own phrase never takes the preposition)
    return " " not in word and any(g.dep_ == "prep" and g.lower_ == word
                                   for o in syntax.objects(verb)
                                   if not any(word in t.targets for t in lex.nouns.get(o.lemma_.lower(), ()))
                                   for g in o.children)


def _in_words(verb: Token, lex: Lexicon) -> bool:
    """"attacked X in a statement / in a speech", "attacked X, saying ...": an attack made
    in words."""
    if any(p.lemma_.lower() in lex.cue("verbal_attack_nouns")
           for _, p in syntax.prep_objects(verb, frozenset({"in", "during", "via", "through"}))):
        return True
    # "attacked Ukraine, saying the strikes were retaliation": the comment is about force used
    forceful = lex.cue("frame_weapons") | lex.cue("frame_strike_nouns")
    return any(c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" and c.lemma_.lower() in lex.cue("reporting_verbs")
               and any(g.dep_ == "ccomp" for g in c.children)
               and not any(t.lemma_.lower() in forceful or any(r.relation == "attacks" for r in lex.nouns.get(t.lemma_.lower(), ()))
                           for t in c.subtree)
               for c in verb.children)


def _retort_ahead(verb: Token, lex: Lexicon) -> bool:
    """"would hit back at X", "will strike back at Y", "vowed to hit back at Z": striking
    back still to come."""
    if not any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in verb.children) or (
        verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lex.cue("threat_heads"))


#: auxiliaries of an act still to come
_FUTURE = frozenset({"will", "would", "'ll", "shall"})


def _denied_gerund(verb: Token) -> Token | None:
    """The denying verb of an act in the gerund: "Iran denies arming the group", "Islamabad
    denies arming or training the fighters" -> "denies"; None for anything else (a denied
    clause, "denied that it attacked Y", stays a negated act; "did not deny arming" asserts)."""
    if verb.tag_ != "VBG":
        return None
    tok = verb
    while tok.dep_ == "conj" and tok.head.tag_ == "VBG" and tok.head is not tok:
        tok = tok.head  # "arming or training the fighters": the first gerund carries the link
    head = tok.head
    if tok.dep_ not in ("xcomp", "dobj") or head is tok or head.lemma_.lower() != "deny" or syntax.negated(head):
        return None
    return head


def _threatened_only(verb: Token, lex: Lexicon) -> bool:
    """"vowed / threatened / warned to retaliate against X", "vowed to strike back at X": a
    retaliation only threatened (the threat is the fact; "vowed to attack X" gives a planned
    attack here, which sentence_facts drops for the threat read off the vow)."""
    retaliation = verb.lemma_.lower() in lex.cue("retaliation_verbs") or any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children)
    return retaliation and verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in lex.cue("threat_heads")


def _about_sanctions(verb: Token, agents, ends: EndFinder, lex: Lexicon) -> bool:
    """True when the verb's sentence is about sanctions ("sanctions", "Treasury", "OFAC",
    "designated", "asset freezes"), its agent is a sanctioning body, or its agent imposed
    the last sanctions ("The US sanctioned X. It also targeted Y")."""
    last = ends.last_by_relation.get("sanctions")
    if last is not None and any(a.entity.id == last.entity.id for a in agents):
        return True
    cues = lex.cue("sanction_context")
    lemmas = {t.lemma_.lower() for t in verb.sent}
    lemmas |= {w for a in agents for w in a.entity.label.lower().split()}
    return bool(lemmas & cues) or {"asset", "freeze"} <= lemmas


def _body_text(tok: Token, ends: EndFinder, lex: Lexicon, relation: str) -> bool:
    """"vetoed a Security Council draft": a text named after the organisation that drafts
    or adopts it is rejected or backed as a text, not as that organisation."""
    if relation not in ("rejects", "supports") or tok.lemma_.lower() not in lex.cue("stance_objects"):
        return False
    if tok.lemma_.lower() in lex.cue("claim_nouns"):
        return False  # "dismissed the Polish accusations": a charge is aimed back at its author
    if tok.lemma_.lower() in lex.cue("event_reference_nouns") and any(
            c.dep_ in ("amod", "compound") and ends.m.entity_at(c) is not None for c in tok.children):
        return False  # "welcomed the British move": an act is its author's, not a text
    # "Russia's proposal" and "the proposal by Russia" name an author; "a Romanian proposal",
    # "the Tlatelolco treaty", "a Security Council draft" name the text
    # ("the move" alone may stand for the agent of an earlier event)
    described = any(c.dep_ in ("compound", "amod", "nmod", "nummod") or c.dep_ == "prep" and c.lower_ in ("for", "of", "on")
                    for c in tok.children)
    return described and not any(c.dep_ == "poss" or c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from")
                                 for c in tok.children)


def _accused_antecedent(tok: Token) -> Token:
    """The noun a relative pronoun stands for ("the staff, whom ..."), or the name that noun is
    set beside ("MONUSCO, the U.N. mission that ..." -> MONUSCO); else the token itself."""
    if tok.lower_ not in ("which", "that", "whom", "who") or tok.head.dep_ != "relcl" \
            or tok.head.head.pos_ not in ("NOUN", "PROPN"):
        return tok
    noun = tok.head.head
    # ("commanders of X and Y, ... and the broadcaster IRIB, which ...": the clause may come hung
    # on a far noun; the pronoun follows its antecedent, unless that ends in a prepositional phrase)
    prev = tok.doc[tok.i - 2] if tok.i >= 2 and tok.doc[tok.i - 1].text == "," else tok.nbor(-1) if tok.i else tok
    if prev.pos_ in ("NOUN", "PROPN") and prev.dep_ != "pobj" and noun.is_ancestor(prev):
        if prev.dep_ == "conj":
            return tok  # the last item of a list: the parse would take in the whole list
        noun = prev
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        return noun.head
    # (the apposition may come parsed as a second object: the name just before the comma)
    start = noun.left_edge.i
    before = noun.doc[start - 2] if start >= 2 and noun.doc[start - 1].text == "," else None
    return before if before is not None and before.pos_ == "PROPN" and noun.pos_ == "NOUN" else noun


def _rejected_claims(verb, toks, agents, ends, lex):
    """"rejected claims that it enriched uranium": a denial of what the claim says."""
    for tok in toks:
        if tok.lemma_.lower() not in lex.cue("claim_nouns"):
            continue
        for c in tok.children:
            if c.dep_ in ("acl", "ccomp", "relcl"):
                content = c
                if c.pos_ in ("VERB", "AUX"):
                    objs = syntax.objects(c) or [p for _, p in syntax.prep_objects(c, frozenset({"in", "on", "of"}))]
                    content = objs[0] if objs else None
                if content is None or content.pos_ not in ("NOUN", "PROPN"):
                    continue
                # "rejected claims that it armed the Houthis": the denied act is the arming, not
                # the armed actor (the act itself comes out negated)
                for topic in (e for e in topic_ends(content, ends, lex) if e.entity.type == "Topic"):
                    for s in agents:
                        yield Candidate("claim-denial", verb, "denies", "120", s, topic, verb, 0.7, polarity="positive")
                return


def _accused_act(verb, accusers, accused, ends, lex, trace):
    for prep, pcomp in syntax.prep_objects(verb, frozenset({"of", "for"})):
        if pcomp.pos_ != "VERB":
            continue
        for trig in lex.verbs.get(pcomp.lemma_.lower(), ()):
            if trig.relation in TOPICAL or trig.requires:
                continue
            toks, _ = target_tokens(pcomp, trig, False)
            allowed = ACTOR_OR_PLACE if trig.relation in ("visits", "attacks") else ACTOR_TYPES
            targets = [e for t in toks for e in ends.actors(t, allowed)]
            if any(c.dep_ == "neg" for c in pcomp.children):
                continue  # "accused X of not doing Y": no act to report
            for s, o in pair_up(accused, targets, trig.relation):
                yield Candidate("accused-of", pcomp, trig.relation, trig.cameo, s, o, verb, 0.6,
                                attribution=accusers[0] if accusers else None)


#: people's descriptions beyond the ``person_role_nouns`` cue list ("a former prosecutor general")
_TITLE_WORDS = frozenset({"candidate", "politician", "lawmaker", "activist", "businessman", "businesswoman",
                          "journalist", "lawyer", "prosecutor", "judge", "cleric", "dissident", "opposition"})
#: plans and frameworks one stands behind, beyond the ``stance_objects`` cue list
_PLAN_NOUNS = frozenset({"consensus", "roadmap", "formula", "framework", "arrangement", "mechanism", "vision"})


def adjective_rule(adj: Token, triggers, ends: EndFinder, lex: Lexicon, trace: Trace):
    """Predicative adjectives: "Japan is concerned about X", "Sweden was critical of Y"."""
    # the subject sits on the copula ("is concerned") or on the adjective read as a participle
    head = adj.head if adj.dep_ in ("acomp", "oprd", "amod") and adj.head.pos_ in ("AUX", "VERB") else adj
    if adj.dep_ == "amod" and head is adj:
        return  # "a concerned official": attributive, no holder named
    agents = actor_subjects(head, ends) or actor_subjects(adj, ends)
    for trig in triggers:
        preps = frozenset(p for p in trig.targets if p not in ("dobj", "ccomp", "mutual"))
        toks = [p for _, p in syntax.prep_objects(adj, preps)] or [p for _, p in syntax.prep_objects(head, preps)]
        if not toks and trig.relation == "concernedAbout":
            toks = feared_subjects(adj)  # "is worried that the fighting could spread": the prospect's subject
        # ("appalled by reports that ...": the report is no topic of its own, what it reports is)
        toks = [r for t in toks for r in (_reported(t) if t.lemma_.lower() in lex.cue("claim_nouns") else (t,))]
        if not agents:
            trace.add("adjective", adj, f"rejected {trig.relation}", "no actor subject")
            continue
        if trig.relation in TOPICAL:
            targets = [e for t in toks for e in topic_ends(t, ends, lex)]
        else:
            targets = [e for t in toks for e in ends.owners(t, ACTOR_TYPES)]
        if not targets and trig.relation in ("supports", "rejects"):
            # "remained united behind the Five-Point Consensus", "committed to the truce": a plan,
            # an accord or a named text stood behind (a stance on it, as "welcomed the accord")
            stance = lex.cue("stance_objects") | _PLAN_NOUNS
            targets = [e for t in toks if t.lemma_.lower() in stance or t.pos_ == "PROPN" and not ends.actors(
                t, ACTOR_OR_PLACE, conj=False) for e in topic_ends(t, ends, lex) if e.entity.type == "Topic"]
        found = pair_up(agents, targets, trig.relation)
        if not found:
            trace.add("adjective", adj, f"rejected {trig.relation}", f"no target (candidates: {[t.text for t in toks]})")
            continue
        for s, o in found:
            yield Candidate("adjective", adj, trig.relation, trig.cameo, s, o, head, 0.85)


def _reported(claim: Token) -> list[Token]:
    """What a report is of: "concerned by reports of an imminent assault" -> "assault",
    "troubled by reports that an air strike hit a school" -> "strike" (the reported
    clause's subject); nothing when the report names neither."""
    found = [p for _, p in syntax.prep_objects(claim, frozenset({"of", "about"}))]
    for clause in claim.children:
        if clause.dep_ in ("acl", "ccomp", "relcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
            subj = syntax.clause_subject_of(clause)
            if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
                found.append(subj)
    return found


_MATTER_PREPS = frozenset({"over", "about"})


def _disputed_matter(verb: Token, ends) -> bool:
    """'clashed over maritime borders', 'sparred about tariffs': the matter quarrelled over is
    named, and it is neither a time ('over the weekend') nor a place or an actor."""
    for _, obj in syntax.prep_objects(verb, _MATTER_PREPS):
        if obj.ent_type_ in ("DATE", "TIME") or ends.actors(obj, ACTOR_OR_PLACE) \
                or any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in obj.subtree):
            continue  # "clashed over the town of Jenin": ground fought over
        return True
    return False


def _main_party(verb: Token) -> list[Token]:
    """The other party a main clause names: its object, or the object of its "on" / "against" /
    "with" phrase ("imposed sanctions on X", "severed ties with Y")."""
    objs = syntax.objects(verb)
    preps = frozenset({"on", "against", "with", "to"})
    parties = [p for t in (verb, *objs) for _, p in syntax.prep_objects(t, preps)]
    return parties if parties and all(o.lemma_.lower() in _MEASURE_WORDS for o in objs) else objs or parties


#: objects that are the act itself, not the party ("imposed sanctions on X", "cut ties with Y")
_MEASURE_WORDS = frozenset({"sanction", "tie", "relation", "measure", "restriction", "ban", "tariff", "penalty"})


def _envoy_country(end: End, ends: EndFinder, lex: Lexicon) -> list[End]:
    """"summoned the High Commissioner of Ghana, Mr. X", "summoned Ghana's ambassador, X": a
    protest made to an envoy is made to the country the envoy represents, and to the envoy."""
    if end.entity.type != "Person":
        return [end]
    words = {end.token.lemma_.lower(), *(c.lemma_.lower() for c in end.token.children if c.dep_ == "compound")}
    if end.token.dep_ == "appos":
        words.add(end.token.head.lemma_.lower())
    if words.isdisjoint(lex.cue("frame_diplomats")) and not any(w in end.via for w in lex.cue("frame_diplomats")):
        return [end]
    country = ends.affiliation(end.entity)
    return [End(country, end.token, True, "envoy's country"), end] if country is not None and country.type == "Country" else [end]
