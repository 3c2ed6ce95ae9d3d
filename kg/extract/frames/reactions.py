"""Reactions and complaints: reactions drawn from others, expelled or called-in envoys
("called in the U.S. ambassador"; a body called in is asked for help), deadlines to leave, complaints lodged with a government, stances voiced
("voiced opposition to the deal", "expressed support for X's bid", "Minister Y
expressed his support" after a meeting) and refusals to accept ("cannot accept the
drills conducted by X", "refused to recognise X"), warnings defied ("defying warnings from
X"), and denials phrased as rejections ("rejects claims of X that ...", "rejects the attempt
to link it with the attack").

Stances aimed at an earlier act ("Zagreb rejected the protest", "Iran condemned the
strikes", "Kyiv welcomed the British move") are frames of :mod:`.act_stances`, whose act
authors :mod:`.act_targets` finds; stances on a measure nobody is named for ("voted
against the duties"), actors described by a reproach and threats posed by someone are
frames of :mod:`.stance_topics`; their anchors are listed in ``FRAMES`` below.

Word lists are the ``frame_*`` entries of ``kg/data/extract_cues.json``.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import syntax
from kg.extract.ends import End, EndFinder
from kg.extract.frames import act_stances, act_targets, stance_topics
from kg.extract.frames._common import (not_own, NOUN_POS as _NOUN_POS, VERB_POS as _VERB_POS, children as _children,
                                       across_the_table as _across, emit as _emit, named as _named,
                                       own_sides as _own_sides, owners_of_subject as _owners_of_subject)
from kg.extract.lexicon import Lexicon
from kg.extract.reports import denied_claims
from kg.extract.rules import Trace, actor_subjects, topic_ends
from kg.types import ACTOR_TYPES

__all__ = ["FRAMES"]

_COUNTRY = frozenset({"Country"})


def _drawn_reaction(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"..., drawing condemnation from X and Y", "the move drew criticism from X",
    "faced criticism from X", "came under criticism from X"."""
    gov = noun.head
    if noun.dep_ == "pobj" and gov.dep_ == "prep" and gov.lower_ in ("under", "with"):
        gov = gov.head  # "came under criticism", "was met with condemnation"
    elif noun.dep_ not in ("dobj", "nsubjpass"):
        return []
    if gov.pos_ not in _VERB_POS or gov.lemma_.lower() not in lex.cue("frame_drawing"):
        return []
    if gov.lemma_.lower() == "come" and noun.head.lower_ != "under":
        return []
    relation, cameo = lex.cue("frame_reactions")[noun.lemma_.lower()]
    # "drew criticism from X": the parser hangs "from" on the noun or on the verb
    froms = syntax.prep_objects(noun, frozenset({"from"})) or syntax.prep_objects(gov, frozenset({"from"}))
    critics = [e for _, p in froms for e in _named(ends.actors(p))]
    if not critics:
        return []
    if syntax.is_passive(gov) and gov.lemma_.lower() != "meet":
        return []  # "criticism was drawn from ..." is no frame
    targets = _owners_of_subject(gov, ends, relation)
    if not targets:
        # "The visit has drawn criticism from Washington": the act named before, by its author
        targets = [e for t in syntax.subjects(gov) if t.pos_ == "NOUN"
                   for e in act_targets.act_authors(t, critics, ends)]
    if not targets:
        # "opening a military campaign that drew an angry rebuke from Iran": who opened it
        critic_ids = {e.entity.id for e in critics}
        acts = [gov.head if gov.dep_ == "relcl" and t.lower_ in ("that", "which") else t for t in syntax.subjects(gov)]
        targets = [e for t in acts if t.pos_ == "NOUN" and t.dep_ == "dobj" and t.head.pos_ in _VERB_POS
                   for e in actor_subjects(t.head, ends) if e.entity.id not in critic_ids]
    return _emit("frame-drawn", noun, relation, cameo, critics, targets, gov, 0.7, trace)


#: verbs of a reaction a clause brings about ("..., prompting Tokyo to lodge a protest")
_PROMPTING = frozenset({"prompt", "force", "spur", "lead", "push", "provoke", "trigger"})
#: the reaction prompted, a verb or a light verb's object: relation and CAMEO code
_PROMPTED = {"protest": ("protestsAgainst", "140"), "complain": ("protestsAgainst", "140"),
             "object": ("protestsAgainst", "140"), "complaint": ("protestsAgainst", "140"),
             "objection": ("protestsAgainst", "140"), "condemn": ("criticizes", "111"),
             "denounce": ("criticizes", "111"), "criticize": ("criticizes", "111"),
             "criticise": ("criticizes", "111"), "demand": ("demandsFrom", "100")}


def _prompted_reaction(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"North Korea fired a missile, prompting Tokyo to lodge a strong protest", "China
    detained two nationals, prompting Tokyo to demand their release", "the move prompted
    Nepal to protest": a reaction with no target of its own is aimed at whoever did what
    prompted it."""
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.pos_ in _VERB_POS:
        causers = actor_subjects(verb.head, ends)
    elif verb.tag_ != "VBG" and not syntax.is_passive(verb):
        causers = _owners_of_subject(verb, ends, "criticizes")
    else:
        return []
    reactors = [e for o in verb.children if o.dep_ == "dobj" for e in _named(ends.actors(o))]
    for act in (c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"):
        objs = syntax.objects(act)
        lemma = act.lemma_.lower()
        if lemma not in _PROMPTED:
            lemma = next((o.lemma_.lower() for o in objs if o.lemma_.lower() in _PROMPTED and o.pos_ == "NOUN"
                          and act.lemma_.lower() in ("lodge", "file", "issue", "register", "voice", "deliver")), "")
        if not lemma or syntax.negated(act):
            continue
        # (a reaction that names its own target is the verb rules' case)
        aimed = [t for o in (act, *objs) for t in (o, *(p for _, p in syntax.prep_objects(
            o, frozenset({"with", "against", "to", "from", "over"}))))]
        if any(ends.actors(t, ACTOR_TYPES, conj=False) for t in aimed if t is not act):
            continue
        relation, cameo = _PROMPTED[lemma]
        targets = not_own(reactors, causers, ends)
        return _emit("frame-prompted", act, relation, cameo, reactors, targets, act, 0.65, trace)
    return []


#: objections one goes ahead against ("defying warnings from X", "despite objections from Y")
_OVERRIDDEN = frozenset({"warning", "objection", "opposition"})
#: verbs of going ahead regardless of them
_DEFYING = frozenset({"defy", "ignore", "disregard", "override", "flout", "brush", "shrug"})
#: nouns that count out a run of objections ("weeks of protests and warnings from X")
_SPANS = frozenset({"day", "week", "month", "year", "series", "wave", "chorus", "string"})


def _defied_warning(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"adopted the law, defying warnings from the EU and the US", "pressed ahead despite
    objections from X", "ignored Washington's warnings": whoever warned or objected
    criticizes the side that went ahead anyway."""
    top = noun
    while top.dep_ == "conj" and top.head is not top:
        top = top.head  # "weeks of protests and warnings from X"
    if top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.lemma_.lower() in _SPANS:
        top = top.head.head
    if top.dep_ == "dobj" and top.head.lemma_.lower() in _DEFYING:
        gov = top.head
    elif top.dep_ == "pobj" and top.head.lower_ in ("despite", "notwithstanding"):
        gov = top.head.head
    elif top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.lemma_.lower() in ("defiance", "spite") \
            and top.head.head.dep_ == "pobj":
        gov = top.head.head.head.head  # "held the vote in defiance of warnings from X"
    else:
        return []
    if gov.pos_ in _NOUN_POS:  # "went ahead with the vote despite ...": the phrase hung on the noun
        gov = syntax.governing_verb(gov, frozenset()) or gov
    if gov.pos_ not in _VERB_POS or syntax.is_passive(gov):
        return []
    # "warnings from X": the parser may hang "from" on the first conjunct ("protests and warnings from X")
    froms = [p for x in (noun, noun.head) if x is noun or noun.dep_ == "conj"
             for _, p in syntax.prep_objects(x, frozenset({"from"})) if p.i > noun.i]
    owners = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod")]
    critics = [e for t in froms + owners for e in _named(ends.actors(t))
               if e.entity.type in ("Country", "Organization")]
    targets = not_own(critics, _owners_of_subject(gov, ends, "criticizes"), ends)
    return _emit("frame-defied", noun, "criticizes", "111", critics, targets, gov, 0.65, trace)


def _deadline(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"gave the ambassador 48 hours to leave" (protest), "gave the junta four weeks to free
    the detainees" (a demand), "has given the army until the end of the month to pull back"
    (a date as the deadline)."""
    recipients = _children(verb, "dative", "dobj")
    units = [t for t in verb.children if t.lemma_.lower() in lex.cue("frame_deadline_units")] + \
        [t for r in recipients if r.lemma_.lower() in lex.cue("frame_deadline_units") for t in (r,)]
    dates = _deadline_dates(verb, lex)
    acts = [c for c in verb.children if c.dep_ in ("advcl", "xcomp", "relcl") and c.pos_ == "VERB"
            and any(a.lower_ == "to" for a in c.children)]
    acts += [c for u in units for c in u.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
    # "until the end of the month to pull back": the act often hangs on the date's phrase
    acts += [t for d in dates for t in d.subtree if t.dep_ in ("acl", "relcl") and t.pos_ == "VERB"
             and any(a.lower_ == "to" for a in t.children)]
    units += dates
    recipients = [r for r in recipients if r.lemma_.lower() not in lex.cue("frame_deadline_units")]
    if not units or not acts or not recipients:
        return []
    agents = actor_subjects(verb, ends)
    if acts[0].lemma_.lower() in lex.cue("frame_leaving"):
        diplomats = [r for r in recipients if r.lemma_.lower() in lex.cue("frame_diplomats")]
        targets = [e for r in diplomats for e in ends.owners(r, ACTOR_TYPES, "protestsAgainst")]
        targets = [e for e in targets if e.entity.type != "Person"]
        return _emit("frame-deadline", verb, "protestsAgainst", "140", agents, targets, verb, 0.65, trace)
    targets = [e for r in recipients for e in ends.actors(r)]
    return _emit("frame-deadline", verb, "demandsFrom", "100", agents, targets, verb, 0.65, trace)


def _deadline_dates(verb: Token, lex: Lexicon) -> list[Token]:
    """The "until" / "by" phrases of a giving verb that name a date ("given X until Sunday",
    "until the end of the month"), not a means ("gave support by sending troops")."""
    return [p for p in verb.children if p.dep_ == "prep" and p.lower_ in ("until", "by") and any(
        g.dep_ == "pobj" and (g.ent_type_ == "DATE" or g.lemma_.lower() in lex.cue("frame_deadline_units"))
        for g in p.children)]


def _expelled_envoy(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"expelled France's ambassador", "declared the Swedish envoy persona non grata"."""
    lemma = verb.lemma_.lower()
    passive = syntax.is_passive(verb)
    toks = _children(verb, "nsubjpass") if passive else syntax.objects(verb)
    # ("declared a Russian diplomat persona non grata": the parser compounds the diplomat to "persona")
    toks = [c for t in toks for c in ([t] + [c for c in t.children if c.dep_ == "compound"]
                                      if t.lower_ in ("persona", "personae") else [t])]
    toks += [g for c in verb.children if c.dep_ == "ccomp" and c.lower_ in ("persona", "personae")
             for g in c.children if g.dep_ == "nsubj"]  # ("... diplomats personae non gratae", a verb)
    # ("expelled Rwanda's ambassador Vincent Karega": the title before the envoy's name)
    toks = [next((c for c in t.children if c.dep_ in ("compound", "appos") and c.lemma_.lower()
                  in lex.cue("frame_diplomats")), t) if t.pos_ == "PROPN" else t for t in toks]
    toks = [t for t in toks if t.lemma_.lower() in lex.cue("frame_diplomats") or _mission_staff(t)]
    if not toks:
        return []
    if lemma == "declare" and not {"grata", "gratae"} & {t.lower_ for t in verb.subtree}:
        return []
    # ("asked the Lebanese ambassador to leave within 48 hours", "told the envoy to leave")
    if lemma in ("order", "kick", "ask", "tell", "instruct") and not any(
            c.lower_ == "out" or c.lemma_.lower() in lex.cue("frame_leaving") for c in verb.subtree):
        return []
    # "expelled diplomats from Argentina, Chile and Peru", "ordered diplomats from A and B to
    # leave": every country of the "from" list (the owner reading of the noun keeps only the
    # first of a coordination)
    froms = [p for t in (*toks, verb) for _, p in syntax.prep_objects(t, frozenset({"from"}))]
    targets = [e for p in froms for e in ends.actors(p) if e.entity.type == "Country"] if lemma != "declare" else []
    if not targets:
        targets = [e for t in toks for e in ends.owners(t, ACTOR_TYPES, "protestsAgainst") if e.entity.type != "Person"]
    if not targets:  # ("Rwanda's ambassador Vincent Karega": the title's owner, not the named envoy)
        targets = [e for t in toks if t.dep_ == "compound" for c in t.children if c.dep_ in ("poss", "amod")
                   for e in ends.actors(c) if e.entity.type == "Country"]
    agents = [e for t in syntax.by_agents(verb) for e in ends.actors(t)] if passive else actor_subjects(verb, ends)
    out = _emit("frame-expelled", verb, "protestsAgainst", "140", agents, targets, verb, 0.65, trace)
    if lemma in ("order", "ask", "tell", "instruct") and out:
        # "ordered 20 employees of the Czech embassy to leave": an expulsion, a sanction as
        # "expelled" is (the lexicon's reading of that verb)
        out += _emit("frame-expelled", verb, "sanctions", "166", agents, targets, verb, 0.65, trace)
    return out


#: staff nouns that, "of" an embassy, are its diplomats ("20 employees of the Czech embassy")
_STAFF = frozenset({"employee", "staff", "staffer", "member", "official", "worker", "personnel"})
_MISSIONS = frozenset({"embassy", "consulate", "mission", "legation"})


def _mission_staff(tok: Token) -> bool:
    """"employees of the Czech embassy", "staff at the Russian consulate": a mission's staff."""
    return tok.lemma_.lower() in _STAFF and any(
        p.lemma_.lower() in _MISSIONS for _, p in syntax.prep_objects(tok, frozenset({"of", "at", "from"})))


#: verbs that, with "in", summon someone ("called in the ambassador", "hauled in the envoy")
_CALLING_IN = frozenset({"call", "haul"})
_IN = frozenset({"in"})


def _called_in_envoy(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"prompting Paris to call in the U.S. ambassador", "Rome called the Egyptian envoy in":
    a summoned envoy is a protest against their country (the core lexicon reads "summoned");
    a body or a state called in ("felt the need to call in the CSTO") is asked for help."""
    if syntax.is_passive(verb):
        return []
    # "called in the ambassador" (parsed as a phrase: "in" right after the verb; not "what it
    # called terrorist camps in Pakistan")
    toks = [p for _, p in syntax.prep_objects(verb, _IN) if p.head.i == verb.i + 1]
    if any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children):
        toks += syntax.objects(verb)
    agents = actor_subjects(verb, ends)
    envoys = [t for t in toks if t.lemma_.lower() in lex.cue("frame_diplomats")]
    if not envoys:
        helpers = [e for t in toks for e in _named(ends.actors(t))
                   if e.entity.type in ("Organization", "Country")]
        return _emit("frame-called-in", verb, "appealsTo", "020", agents, not_own(agents, helpers, ends), verb,
                     0.65, trace)
    targets = [e for t in envoys for e in ends.owners(t, ACTOR_TYPES, "protestsAgainst") if e.entity.type != "Person"]
    return _emit("frame-called-in", verb, "protestsAgainst", "140", agents, targets, verb, 0.65, trace)


def _complaint_with(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"lodged a complaint with Tokyo", "lodged a strong protest with X's high commissioner":
    a complaint to a government or its envoy is a protest against it (a complaint with the
    WTO is an appeal, which the core lexicon reads)."""
    gov = syntax.governing_verb(noun, lex.cue("quantity_nouns"))
    if gov is None or gov.lemma_.lower() not in lex.cue("frame_lodging") or syntax.is_passive(gov):
        return []
    with_ = [p for t in (noun, gov) for _, p in syntax.prep_objects(t, frozenset({"with", "to"}))]
    # "with Pakistan's deputy high commissioner": an envoy receives it for their country
    envoys = lex.cue("frame_diplomats")
    targets = [e for p in with_ for e in _named(ends.owners(p, _COUNTRY, "protestsAgainst") if p.lemma_.lower() in envoys
                                                else ends.actors(p)) if e.entity.type == "Country"]
    return _emit("frame-complaint", noun, "protestsAgainst", "140", actor_subjects(gov, ends), targets, gov, 0.65, trace)


#: stance nouns a speaker voices, and the relation each gives
_STANCES = {"support": ("supports", "051"), "backing": ("supports", "051"), "solidarity": ("supports", "051"),
            "opposition": ("rejects", "120"), "objection": ("rejects", "120")}
#: verbs that voice a stance ("expressed / voiced / reiterated its support")
_VOICING = frozenset({"express", "voice", "reiterate", "reaffirm", "state", "declare", "signal", "register",
                      "underline", "underscore", "convey", "restate", "emphasize", "emphasise", "stress"})
#: refusing verbs whose xcomp is the act refused ("refused to recognise X")
_REFUSING = frozenset({"refuse", "decline"})
#: verbs whose negation is a refusal of the object ("cannot accept X")
_ACCEPTING = frozenset({"accept", "tolerate", "recognize", "recognise"})


def _voiced_stance(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"voiced opposition to the emerging deal" (rejects), "expressed support for Taiwan's
    participation" (supports Taiwan), "Minister Y expressed his support" (for the other
    side of the meeting just reported)."""
    gov = noun.head
    if noun.dep_ != "dobj" or gov.pos_ not in _VERB_POS or gov.lemma_.lower() not in _VOICING or syntax.is_passive(gov):
        return []
    relation, cameo = _STANCES[noun.lemma_.lower()]
    agents = actor_subjects(gov, ends)
    if len(agents) >= 3 and len({e.token.i for e in agents}) == 1 and agents[0].token.pos_ == "PRON":
        # "They expressed support ..." spread over a list of countries: usually the joint
        # statement of a group, which the pronoun does not name
        trace.add("frame-stance", noun, "REJECT", "a plural pronoun spread over several actors")
        return []
    aims = [(t, prep, p) for t in (noun, gov) for prep, p in syntax.prep_objects(t, frozenset({"for", "to", "with"}))]
    if any(prep != "to" for _t, prep, _p in aims):
        # "conveyed to the IMF its support for Sri Lanka's restructuring": with a "for", the
        # conveying verb's "to" names whom it was told
        aims = [(t, prep, p) for t, prep, p in aims if prep != "to" or t is noun]
    aims = [p for _t, _prep, p in aims]
    targets = [e for p in aims for e in _named(ends.owners(p, ACTOR_TYPES, relation))]
    if not targets and relation == "rejects":
        # "voiced opposition to the agreement": a text nobody is named for is the target
        targets = [e for p in aims if p.lemma_.lower() in lex.cue("stance_objects")
                   for e in topic_ends(p, ends, lex) if e.entity.type == "Topic"]
    if not aims and relation == "supports" and len(ends.last_meeting) == 2 and agents:
        # "Minister Cho expressed his support": for the side across the table
        targets = _across(agents, ends, noun, "other side of the last meeting")
    return _emit("frame-stance", noun, relation, cameo, agents, targets, gov, 0.65, trace)


#: worries one side puts to another
_WORRIES = frozenset({"concern", "worry", "unease", "displeasure", "dissatisfaction"})
#: verbs that put a worry to someone ("conveyed its concerns to Beijing")
_CONVEYING = frozenset({"convey", "raise", "relay", "communicate", "express", "voice", "register"})


def _concern_conveyed(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Tokyo conveyed its concerns to Beijing", "raised concerns with China": a worry about
    the side it is put to."""
    gov = noun.head
    if noun.dep_ != "dobj" or gov.pos_ not in _VERB_POS or gov.lemma_.lower() not in _CONVEYING \
            or syntax.is_passive(gov):
        return []
    # the parser hangs "to Beijing" on the verb or on the noun
    aims = [p for t in (noun, gov) for _, p in syntax.prep_objects(t, frozenset({"to", "with"}))]
    targets = [e for p in aims for e in _named(ends.actors(p)) if e.entity.type in ("Country", "Organization", "Group")]
    agents = actor_subjects(gov, ends)
    targets = not_own(agents, targets, ends)
    if not targets:
        return []
    return _emit("frame-concern-to", noun, "concernedAbout", "012", agents, targets, gov, 0.6, trace)


def _not_accepted(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Japan cannot accept the drills conducted by South Korea", "refused to recognise
    Kosovo": a rejection of the actor (the negated acceptance is read by the verb rules)."""
    negated = any(c.dep_ == "neg" for c in verb.children)
    refused = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _REFUSING \
        and not any(c.dep_ == "neg" for c in verb.head.children)
    if negated == refused or syntax.is_passive(verb):
        return []  # "did not refuse to recognise": no refusal
    agents = actor_subjects(verb, ends) or (actor_subjects(verb.head, ends) if refused else [])
    toks = syntax.objects(verb)
    targets = [e for t in toks for e in _named(ends.owners(t, ACTOR_TYPES, "rejects"))]
    # "the exercises conducted by X": the author of what is refused
    targets += [e for t in toks for c in t.children if c.dep_ == "acl" for a in syntax.by_agents(c)
                for e in _named(ends.actors(a))]
    own = _own_sides(agents, ends)
    targets = [e for e in targets if e.entity.id not in own and e.entity.type != "Topic"]
    # the refusal itself is what is asserted, whatever the clause says of the accepting
    return _emit("frame-not-accepted", verb, "rejects", "120", agents, targets, verb, 0.65, trace,
                 polarity="positive")


def _rejected_claim(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Poland rejected the claims of Belarus that its officers carried out push-backs":
    Poland denies the push-backs (what the claims say), whoever made them."""
    if syntax.is_passive(verb) or not any(o.lemma_.lower() in lex.cue("claim_nouns") for o in syntax.objects(verb)) \
            and not any(c.pos_ == "ADJ" for c in verb.children):  # ("rejected as baseless the claim ...")
        return []
    speakers = actor_subjects(verb, ends)
    return list(denied_claims(verb, speakers, ends, lex, trace)) if speakers else []


#: verbs that hand a note to a diplomat
_HANDING = frozenset({"hand", "deliver", "give", "present", "send", "convey", "serve"})


def _note_handed(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"handed the Turkish ambassador a protest note", "delivered a note of protest to the
    Chinese envoy": a protest against the envoy's country."""
    protest = noun.lemma_.lower() == "protest" or any(
        c.lemma_.lower() == "protest" for c in noun.children if c.dep_ in ("compound", "amod")) or any(
        g.lemma_.lower() == "protest" for _, g in syntax.prep_objects(noun, frozenset({"of"})))
    gov = noun.head
    if not protest or noun.dep_ != "dobj" or gov.pos_ not in _VERB_POS or gov.lemma_.lower() not in _HANDING \
            or syntax.is_passive(gov):
        return []
    recipients = [c for c in gov.children if c.dep_ in ("dative", "dobj") and c is not noun]
    recipients += [p for _, p in syntax.prep_objects(gov, frozenset({"to"}))]
    diplomats = [r for r in recipients if r.lemma_.lower() in lex.cue("frame_diplomats")]
    targets = [e for r in diplomats for e in ends.owners(r, ACTOR_TYPES, "protestsAgainst")
               if e.entity.type != "Person"]
    return _emit("frame-note", noun, "protestsAgainst", "140", actor_subjects(gov, ends), targets, gov, 0.65, trace)


#: "attempts to link it with ...": the tries a denial rejects
_TRIES = frozenset({"attempt", "effort", "bid", "try"})
#: verbs that tie someone to a deed
_LINKING = frozenset({"link", "tie", "connect", "associate", "implicate", "blame"})


def _rejected_link(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Pakistan rejects the attempt to link it with the attack": Pakistan denies any
    involvement in the attack (the one to be linked must be the speaker's own side)."""
    tried = [o for o in syntax.objects(verb) if o.lemma_.lower() in _TRIES]
    if not tried or syntax.is_passive(verb) or any(c.dep_ == "neg" for c in verb.children):
        return []
    agents = actor_subjects(verb, ends)
    own = _own_sides(agents, ends)
    found = []
    for tries in tried:
        for link in (c for c in tries.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _LINKING):
            linked = syntax.objects(link)
            if not linked or not all(t.pos_ == "PRON" or any(e.entity.id in own for e in ends.actors(t))
                                     for t in linked):
                continue  # "attempts to link the rebels with ...": someone else's charge
            for _, deed in syntax.prep_objects(link, frozenset({"with", "to"})):
                if deed.pos_ != "NOUN" or ends.actors(deed, ACTOR_TYPES, conj=False):
                    continue
                span = syntax.topic_span(deed, lex)
                phrase = f"involvement in {span.text if len(span) else deed.text}"
                found.append(End(ends.m.topic(phrase), deed, False, f"topic '{phrase}'"))
    if not found:
        return []
    return _emit("frame-rejected-link", verb, "denies", "120", agents, found, verb, 0.6, trace, polarity="positive")


#: (cue lists, extra lemmas, part of speech, frame): the lemmas that anchor each frame
FRAMES = (
    ((), ("reject", "dismiss", "deny", "refute", "condemn", "denounce"), _VERB_POS, _rejected_link),
    ((), ("reject", "dismiss", "refute", "rebut"), _VERB_POS, _rejected_claim),
    ((), tuple(_STANCES), _NOUN_POS, _voiced_stance),
    ((), tuple(_WORRIES), _NOUN_POS, _concern_conveyed),
    ((), ("note", "protest", "demarche", "démarche"), _NOUN_POS, _note_handed),
    ((), tuple(_ACCEPTING), _VERB_POS, _not_accepted),
    (('frame_reactions',), (), _NOUN_POS, _drawn_reaction),
    ((), tuple(sorted(_PROMPTING)), _VERB_POS, _prompted_reaction),
    ((), tuple(sorted(_OVERRIDDEN)), _NOUN_POS, _defied_warning),
    ((), ('give',), _VERB_POS, _deadline),
    (('frame_expelling',), (), _VERB_POS, _expelled_envoy),
    ((), tuple(sorted(_CALLING_IN)), _VERB_POS, _called_in_envoy),
    ((), ('complaint', 'protest', 'representation', 'demarche', 'démarche'), _NOUN_POS, _complaint_with),
    *act_targets.FRAMES,  # earlier acts remembered for "the protest", "the strikes"
    *act_stances.FRAMES,  # stances aimed at an earlier act ("rejected the protest")
    *stance_topics.FRAMES,  # stances on a measure ("voted against the duties"), threats posed
)
