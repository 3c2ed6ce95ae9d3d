"""Coercion and strikes phrased without a sanction or attack verb: designations, listings
("added 42 firms to its Entity List"), measures that target, barred dealings, cut trade ("suspended all trade with X"), "among
those sanctioned", strikes landing in a place, armed campaigns against a group, forces advancing into a place.

Word lists are the ``frame_*`` entries of ``kg/data/extract_cues.json``.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import syntax
from kg.extract.ends import ACTOR_OR_PLACE, End, EndFinder
from kg.extract.frames._common import (NOUN_POS as _NOUN_POS, STATES as _STATES, VERB_POS as _VERB_POS,
                                       children as _children, emit as _emit, named as _named)
from kg.extract.lexicon import Lexicon
from kg.extract.rules import Trace, actor_subjects
from kg.types import ACTOR_TYPES

__all__ = ["FRAMES"]


def _designated(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"The Treasury designated five Iranian commanders", "listed two refineries in China":
    a sanction when the sentence speaks of sanctions (not "designated a new envoy")."""
    words = {t.lemma_.lower() for t in verb.sent}
    # ("The Council has also listed X" further down an article on sanctions: the listing goes on)
    listing = verb.lemma_.lower() == "list"
    if not words & lex.cue("frame_sanction_context") and not (
            listing and (ends.last_by_relation.get("sanctions") is not None or _imposers(verb, ends, lex))):
        return []
    passive = syntax.is_passive(verb)
    toks = _children(verb, "nsubjpass") if passive else syntax.objects(verb)
    targets = [e for t in toks for e in ends.owners(t, ACTOR_TYPES, "sanctions")]
    if not targets:  # "listed two refineries in China": what is listed lies in the target
        places = [p for t in (*toks, verb) for _, p in syntax.prep_objects(t, frozenset({"in", "from"}))]
        targets = [e for p in places for e in ends.actors(p) if e.entity.type in _STATES] if toks else []
    agents = [e for t in syntax.by_agents(verb) for e in ends.actors(t)] if passive else actor_subjects(verb, ends)
    agents = [e for e in agents if e.entity.type in _STATES]
    if passive and not agents and listing:
        # "Chosun Expo, a company based in North Korea, is listed for ...": by whoever
        # imposed the measures the article reports
        targets = _listed(targets, lex)
        agents = _sanctioner(verb, ends, lex) if targets else []
    return _emit("frame-designated", verb, "sanctions", "172", agents, targets, verb, 0.7, trace)


#: what names a list of the sanctioned ("its Entity List", "the sanctions list", "a blacklist")
_LISTS = frozenset({"blacklist", "entity", "sanction", "sanctions", "terror", "terrorist", "watchlist"})
_UNDER = frozenset({"under"})
#: measures someone is placed under ("placed X under a travel ban")
_MEASURES_UNDER = frozenset({"sanction", "sanctions", "ban", "embargo", "freeze", "restriction", "measure"})
#: what a "list of ..." names when it is one of the sanctioned ("list of sanctioned persons")
_LISTED = frozenset({"sanctioned", "designated", "terrorist", "blacklisted", "banned", "proscribed"})
_OF = frozenset({"of"})


def _added_to_list(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"The Commerce Department added 42 Chinese companies to its Entity List", "put X on its
    sanctions list", "added Y to a blacklist": listing is a sanction."""
    lists = [p for _, p in syntax.prep_objects(verb, frozenset({"to", "on"}))
             if p.lemma_.lower() in ("list", "blacklist", "watchlist")]
    if verb.lemma_.lower() in ("place", "put"):
        # "placed X under a travel ban and asset freeze", "put Y under sanctions"
        lists += [p for _, p in syntax.prep_objects(verb, _UNDER) if p.lemma_.lower() in _MEASURES_UNDER]
    lists = [p for p in lists if p.lemma_.lower() != "list"
             or any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in _LISTS for c in p.children)
             # "its list of sanctioned persons and entities", "the list of designated terrorists"
             or any(m.dep_ in ("amod", "compound") and m.lower_ in _LISTED for _, o in syntax.prep_objects(p, _OF)
                    for m in o.children)]
    if not lists:
        return []
    passive = syntax.is_passive(verb)
    toks = _children(verb, "nsubjpass") if passive else syntax.objects(verb)
    targets = [e for t in toks for e in ends.owners(t, ACTOR_TYPES, "sanctions")]
    agents = [e for t in syntax.by_agents(verb) for e in ends.actors(t)] if passive else actor_subjects(verb, ends)
    return _emit("frame-listed", verb, "sanctions", "172", agents, targets, verb, 0.7, trace)


def _measures_target(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"The sanctions target lenders including A and B", "The list, agreed after hours of
    talks, includes X", "The individuals subject to the sanctions do not include Y" (negative):
    the measures' author sanctions them."""
    subj = next((s for s in syntax.subjects(verb) if _measures_subject(s, verb, ends, lex)), None)
    if subj is None or syntax.is_passive(verb):
        return []
    agents = [e for c in subj.children if c.dep_ in ("poss", "amod", "compound") for e in ends.actors(c)]
    agents += [e for _, p in syntax.prep_objects(subj, frozenset({"by", "from"})) for e in ends.actors(p)]
    if not agents:
        last = ends.last_by_relation.get("sanctions")
        agents = [last] if last is not None else _sanctioner(verb, ends, lex)
    toks = syntax.objects(verb)
    # "banks including A and B", "entities such as A": the named members of the class
    named = [p for t in toks for _, p in syntax.prep_objects(t, frozenset({"including", "like", "as"}))]
    named += [p for t in toks for c in t.children if c.dep_ == "prep" and c.lower_ == "such"
              for _, p in syntax.prep_objects(c, frozenset({"as"}))]
    targets = [e for t in named or toks for e in _named(ends.owners(t, ACTOR_TYPES, "sanctions"))]
    negative = any(c.dep_ == "neg" for c in verb.children)
    return _emit("frame-measures", verb, "sanctions", "163", agents, targets, verb, 0.65, trace,
                 polarity="negative" if negative else None)


def _measures_subject(subj: Token, verb: Token, ends: EndFinder, lex: Lexicon) -> bool:
    """"The sanctions", "the individuals subject to the sanctions", and "the list" when the
    article has just reported measures ("The list includes X")."""
    lemma, measures = subj.lemma_.lower(), lex.cue("frame_measure_nouns")
    if lemma in measures:
        return True
    if any(c.lower_ == "subject" and any(p.lemma_.lower() in measures for _, p in syntax.prep_objects(c, _TO))
           for c in subj.children if c.dep_ == "amod"):
        return True
    if lemma != "list" or verb.lemma_.lower() != "include":
        return False
    last = ends.last_by_relation.get("sanctions")
    return last is not None and _recent(last.token, verb) or bool(_imposers(verb, ends, lex))


_TO = frozenset({"to"})


def _barred_dealings(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"barred companies from dealings with X", "prohibits Americans from doing business with X"."""
    found = []
    for _, p in syntax.prep_objects(verb, frozenset({"from"})):
        if p.lemma_.lower() not in lex.cue("frame_dealings"):
            continue
        found += [q for _, q in syntax.prep_objects(p, frozenset({"with"}))]
        found += [q for o in syntax.objects(p) for _, q in syntax.prep_objects(o, frozenset({"with"}))]
    targets = [e for t in found for e in _named(ends.actors(t))]
    if not targets or syntax.is_passive(verb):
        return []
    return _emit("frame-barred", verb, "sanctions", "163", actor_subjects(verb, ends), targets, verb, 0.7, trace)


def _cut_exchanges(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"suspended all trade with X", "halted imports from Y", "closed its airspace to Z's
    airlines", "froze part of its aid to X", "put high-level contacts with Kosovo on hold":
    cutting exchanges with a country, or the money it receives, coerces it."""
    held = _cut_object(noun)
    verb = held.head
    if held.dep_ != "dobj" or verb.pos_ not in _VERB_POS or syntax.is_passive(verb) or not _cutting(verb, lex):
        return []
    # money comes from its giver ("aid from the IMF"): only its recipient is cut off
    funds = noun.lemma_.lower() in lex.cue("frame_funds")
    preps = _RECIPIENT_PREPS if funds else _EXCHANGE_PREPS
    # ("visits and assistance to Kosovo": the phrase hangs off the first of the two)
    toks = [p for t in dict.fromkeys((noun, held)) for _, p in syntax.prep_objects(t, preps)]
    # the phrase often hangs off the verb, right after the noun ("halted imports from X")
    toks += [p for _, p in syntax.prep_objects(verb, preps) if p.head.i == noun.right_edge.i + 1]
    targets = [e for t in toks for e in _named(ends.owners(t, _STATES, "sanctions"))]
    if not targets:
        return []
    agents = actor_subjects(verb, ends)
    if funds and _others_money(noun, agents, ends):
        trace.add("frame-cut-exchanges", verb, "rejected sanctions", "another giver's money is held up")
        return []
    return _emit("frame-cut-exchanges", verb, "sanctions", "163", agents, targets, verb, 0.65, trace)


def _others_money(noun: Token, agents: list[End], ends: EndFinder) -> bool:
    """"Hungary blocked EU aid to Ukraine": the money is another giver's, and holding it up
    coerces nobody on the blocker's behalf (not "froze its aid", "froze Hungarian aid")."""
    mine = {e.entity.id for e in agents}
    givers = {e.entity.id for c in noun.children if c.dep_ in ("compound", "amod", "poss")
              for e in ends.actors(c)}
    return bool(givers - mine)


_EXCHANGE_PREPS = frozenset({"with", "from", "to", "of"})  # ("halted imports of Japanese seafood")
_RECIPIENT_PREPS = frozenset({"to", "for"})
#: a share of what is cut ("froze part of its aid")
_SHARES = frozenset({"part", "portion", "some", "half", "most", "much", "all", "share", "bulk", "billion", "million"})


def _cut_object(noun: Token) -> Token:
    """The object of the cutting verb that holds ``noun``: the noun itself, the share it
    is a part of ("part of its aid"), or the first of a coordination ("visits and financial
    assistance to Kosovo")."""
    held = noun
    if held.dep_ == "conj":
        held = held.head
    if held.dep_ == "pobj" and held.head.lower_ == "of" and held.head.head.lemma_.lower() in _SHARES:
        held = held.head.head
    return held


def _cutting(verb: Token, lex: Lexicon) -> bool:
    """"halted", "froze", "suspended", or "put ... on hold"."""
    if verb.lemma_.lower() in lex.cue("frame_cutting"):
        return True
    return verb.lemma_.lower() in ("put", "place") and any(
        p.lemma_.lower() == "hold" for _, p in syntax.prep_objects(verb, frozenset({"on"})))


def _among_those(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Among those designated were A and B", "Among the entities sanctioned were two Chinese
    refineries", "Those sanctioned include A and B": the listed ones are sanctioned by whoever imposed the sanctions just reported."""
    group, prep = verb.head, verb.head.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return []
    if group.dep_ == "nsubj" and group.head.lemma_.lower() in ("include", "be") and group.pos_ in ("PRON", "NOUN"):
        # "Those sanctioned include A and B", "The entities designated are A and B"
        listed = _children(group.head, "dobj", "attr")
    elif group.dep_ == "pobj" and prep.lower_ == "among" and prep.head.lemma_.lower() == "be":
        listed = _children(prep.head, "attr", "nsubj")
    else:
        return []
    targets = [e for t in listed for e in _named(ends.owners(t, ACTOR_TYPES, "sanctions"))]
    agents = [e for t in syntax.by_agents(verb) for e in ends.actors(t)]
    if not agents:
        targets = _listed(targets, lex)
        agents = _sanctioner(verb, ends, lex) if targets else []
    # the imposer of the measures just reported is as sure a source as a named agent
    sure = any(e.via == _IMPOSER for e in agents)
    return _emit("frame-among", verb, "sanctions", "163", agents, targets, prep.head, 0.7 if sure else 0.6, trace)


def _listed(targets: list[End], lex: Lexicon) -> list[End]:
    """The named ones a listing puts on its list: not the country of the people listed
    ("two Chinese nationals", "officers of the Russian Federation": measures against
    persons are not against their state; "two Chinese refineries" are China's)."""
    people = lex.cue("frame_listed_people")
    return [e for e in _named(targets) if e.entity.type != "Country" or not _of_people(e.token, people)]


def _of_people(tok: Token, people: frozenset) -> bool:
    """Whether ``tok`` lies inside a noun phrase about people ("Chinese" in "two Chinese
    nationals", "Federation" in "officers of the Russian Federation")."""
    while tok.head is not tok and tok.head.pos_ not in _VERB_POS:
        tok = tok.head
        if tok.lemma_.lower() in people:
            return True
    return False


def _sanctioner(tok: Token, ends: EndFinder, lex: Lexicon) -> list[End]:
    """Who imposed the measures that a listing without its author belongs to ("Those
    listed include ...", "X is listed"): the sanctioner of this or the sentence just before;
    else the one who imposed measures a few sentences earlier ("The Council decided to
    impose restrictive measures against six individuals"); else the government or body
    whose own release the article is."""
    last = ends.last_by_relation.get("sanctions")
    # only a sanctioner from this or the sentence just before is clearly the one meant: an
    # older one ("the US followed the EU ... the EU leaders suggested ...") is a guess
    if last is not None and _recent(last.token, tok):
        return [last]
    found = _imposers(tok, ends, lex)
    if found:
        return [e._replace(token=tok, coref=True, via=_IMPOSER) for e in found]
    # a government's own release ("Those sanctioned include ..."): the issuer imposed them
    issuer = ends.bodies.issuer() or ends.issuing_body()
    return [End(issuer, tok, True, "issuer")] if issuer is not None else []


_IMPOSER = "imposer of the measures"
#: how many sentences before a listing the measures it belongs to may be reported
_MEASURES_BACK = 8


def _imposers(tok: Token, ends: EndFinder, lex: Lexicon) -> list[End]:
    """The actor subject of the last "imposed sanctions" / "adopted restrictive measures"
    in ``tok``'s sentence or the few before it, even when those measures named nobody; []
    when there is none or two different sides imposed measures there (then the listing's
    author is unclear)."""
    sents, index = ends.sentences(tok.doc)
    at = index.get(tok.sent.start)
    if at is None:
        return []
    nouns, light = lex.cue("frame_measure_nouns") | lex.cue("frame_sanction_context"), lex.cue("light_verbs")
    found: dict[str, End] = {}
    for sent in sents[max(0, at - _MEASURES_BACK):at + 1]:
        for t in sent:
            if t.i >= tok.i or t.lemma_.lower() not in nouns or t.dep_ != "dobj" \
                    or t.head.lemma_.lower() not in light or syntax.is_passive(t.head):
                continue
            for e in actor_subjects(t.head, ends):
                if e.entity.type in _STATES:
                    found.setdefault(e.entity.id, e)
    return list(found.values()) if len(found) == 1 else []


def _recent(earlier: Token, tok: Token) -> bool:
    """True when ``earlier`` is in ``tok``'s sentence or the one right before it."""
    if earlier.doc is not tok.doc:
        return False
    start = tok.sent.start
    return earlier.i >= start or earlier.sent.end >= start


def _strikes_into(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"carried out airstrikes in Syria", "fired rockets into Israel", "launched drones at
    northern Israel": the country where the strike lands is attacked."""
    gov = noun.head
    if noun.dep_ != "dobj" or gov.pos_ != "VERB" or gov.lemma_.lower() not in lex.cue("frame_launching") or syntax.is_passive(gov):
        return []
    lemma = noun.lemma_.lower()
    if lemma not in lex.cue("frame_weapons") and not any(t.relation == "attacks" for t in lex.nouns.get(lemma, ())):
        return []
    places = [p for t in (noun, gov) for _, p in syntax.prep_objects(t, lex.cue("frame_landing_preps")) if _place_like(p, ends, lex)]
    targets = [e for p in places for e in _named(ends.owners(p, ACTOR_TYPES, "attacks"))]
    if not targets and lemma in lex.cue("campaign_nouns"):
        # "launched an offensive in Nagorno-Karabakh": a campaign in a region no state owns here
        targets = [End(ent, p, False, "place of the campaign") for p in places for ent in [ends.m.entity_at(p)]
                   if ent is not None and ent.type == "Location"]
    agents = [e for e in actor_subjects(gov, ends) if e.entity.type in _STATES or e.entity.type == "Person"]
    return _emit("frame-strikes", noun, "attacks", "190", agents, targets, gov, 0.7, trace)


def _place_like(tok: Token, ends: EndFinder, lex: Lexicon) -> bool:
    """"in Syria", "in Afghanistan's Khost province": a named place (not "in support of X")."""
    if tok.pos_ == "PROPN" or ends.m.entity_at(tok) is not None:
        return True
    return tok.lemma_.lower() in lex.cue("frame_areas") and any(
        c.dep_ in ("poss", "compound", "amod") and ends.m.entity_at(c) is not None for c in tok.children)


_INTO = frozenset({"into"})


def _forces_into(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Ukrainian forces pushed into Russia's Kursk region", "Israeli tanks rolled into Rafah",
    "M23 rebels entered Bukavu": forces or fighters advancing into (or entering) a place attack
    it (only forces, fighters or weapons as the subject, or a side that captured a place in the
    same breath: "companies pushed into new markets" is trade, "Macron entered the Elysee" none)."""
    subjects = [t for t in syntax.subjects(verb) if t.lemma_.lower() in lex.cue("armed_means_nouns") | _IRREGULARS]
    entering = verb.lemma_.lower() == "enter"
    if entering and not subjects and _continues_capture(verb, lex):
        # "The M23 captured Goma in January and entered Bukavu": the same campaign goes on
        subjects = syntax.subjects(verb)
    if not subjects or syntax.is_passive(verb):
        return []
    agents = [e for t in subjects for e in ends.actors(t) if e.entity.type in _STATES]
    places = [p for _, p in syntax.prep_objects(verb, _INTO) if _place_like(p, ends, lex)]
    if entering:  # "Israeli tanks entered Rafah"
        places += [o for o in syntax.objects(verb) if _place_like(o, ends, lex)]
    targets = [e for p in places for e in _named(ends.owners(p, ACTOR_OR_PLACE, "attacks"))]
    # "Russian troops rolled into Russia's Belgorod region": forces within their own country
    own = {e.entity.id for e in agents}
    targets = [e for e in targets if e.entity.id not in own]
    return _emit("frame-forces-into", verb, "attacks", "192", agents, targets, verb, 0.65, trace)


#: irregular fighters, who advance as forces do ("M23 rebels entered Bukavu")
_IRREGULARS = frozenset({"rebel", "militant", "insurgent", "jihadist", "militia", "gunman", "militiaman"})


def _continues_capture(verb: Token, lex: Lexicon) -> bool:
    """Whether ``verb`` is coordinated with a verb of attack ("captured Goma and entered Bukavu")."""
    return any(v.i != verb.i and any(t.relation == "attacks" for t in lex.verbs.get(v.lemma_.lower(), ()))
               for v in (verb.head, *verb.conjuncts) if verb.dep_ == "conj" or v.dep_ == "conj")


_AGAINST = frozenset({"against"})
#: modifiers of an effort noun that may name its agent ("its campaign", "the Syrian army operation")
_EFFORT_AGENT_DEPS = frozenset({"poss", "compound", "amod", "nmod"})


def _armed_effort(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"its campaign against the PKK", "carried out air and ground operations against the
    PKK", "which has led a military coalition against the Huthis": an armed effort against
    an armed group, or one said to be military, attacks it (not "a campaign against
    corruption", nor "a diplomatic campaign against Iran")."""
    targets = [e for _, p in syntax.prep_objects(noun, _AGAINST) for e in _named(ends.owners(p, ACTOR_TYPES, "attacks"))]
    if not targets:
        return []
    mods = {c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound")}
    mods |= {g.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound") for g in c.conjuncts}
    military = bool(mods & lex.cue("frame_armed_modifiers"))
    if not military and not all(e.entity.type == "Group" for e in targets):
        return []
    agents = [e for c in noun.children if c.dep_ in _EFFORT_AGENT_DEPS and c.lemma_.lower() not in lex.cue("frame_armed_modifiers")
              for e in ends.actors(c)]
    agents += [e for t in syntax.by_agents(noun) for e in ends.actors(t)]
    verb = noun.head
    pronoun = all(e.token.dep_ == "poss" and e.token.pos_ == "PRON" for e in agents)
    if agents and pronoun:
        # "support for Somalia in its campaign against X": "its" is the one helped
        agents = _helped(noun, ends) or agents
    if (not agents or pronoun) and noun.dep_ == "dobj" and verb.pos_ == "VERB" and not syntax.is_passive(verb) \
            and verb.lemma_.lower() in lex.cue("frame_launching") | lex.cue("frame_waging"):
        # "Turkey has carried out operations against X", "which has led a coalition against Y"
        agents = actor_subjects(verb, ends) or agents
    agents = [e for e in agents if e.entity.type in _STATES]
    clause = verb if verb.pos_ in _VERB_POS else noun
    return _emit("frame-armed-effort", noun, "attacks", "190", agents, targets, clause, 0.65, trace)


_HELPED_PREPS = frozenset({"for", "to"})


def _helped(noun: Token, ends: EndFinder) -> list[End]:
    """"support for X in its campaign", "helped X in its war": the side helped, named before
    the "in" phrase that holds the effort; else nothing."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return []
    host = noun.head.head
    toks = syntax.objects(host) if host.pos_ == "VERB" else [p for _, p in syntax.prep_objects(host, _HELPED_PREPS)]
    return [e for t in toks if t.i < noun.i for e in ends.actors(t)]


#: (cue lists, extra lemmas, part of speech, frame): the lemmas that anchor each frame
FRAMES = (
    (('frame_designating',), (), _VERB_POS, _designated),
    ((), ('add', 'put', 'place'), _VERB_POS, _added_to_list),
    (('frame_targeting',), (), _VERB_POS, _measures_target),
    (('frame_barring',), (), _VERB_POS, _barred_dealings),
    (('frame_exchanges', 'frame_funds'), (), _NOUN_POS, _cut_exchanges),
    (('frame_strike_nouns',), (), _NOUN_POS, _strikes_into),
    (('frame_armed_efforts',), (), _NOUN_POS, _armed_effort),
    (('frame_advancing',), (), _VERB_POS, _forces_into),
    (('frame_designating',), ('sanction', 'target'), _VERB_POS, _among_those),
)
