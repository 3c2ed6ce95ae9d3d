"""Stance frames aimed at an earlier act; the act's author is found by
:func:`kg.extract.frames.act_targets.act_authors`.

- "rejected the protest", "condemned the strikes", "welcomed the British move" (a stance
  verb with an act noun as its object, or as the antecedent of its relative clause: "a
  claim New Delhi has rejected", "a move Tbilisi condemned");
- "called the sanctions 'an act of piracy'" (a pejorative description: a wrong named is
  an accusation, a bad word a criticism);
- "rejected what it called baseless allegations" (the description points back);
- "brushed aside the allegations", "hit back at the criticism" (phrasal rejections);
- "said the allegations were baseless" (a claim judged false in reported speech);
- "Iran's condemnation of the strikes", "voiced its opposition to the tariffs" (stance nouns);
- "We reject them" (a pronoun for the acts of the sentence before); "Turkey rejected the
  complaint" (no author found: the act itself, a topic);
- "scrapped a contract with Naval Group" (an agreement ended rejects its party), "refused to let
  her visit", "would not let their bids go ahead", "declined to sign an agreement proposed by
  China" (refusals of what another side wants).

The word lists are small closed sets kept here (like :mod:`.reactions`' ``_STANCES``);
they are candidates for ``kg/data/extract_cues.json``.

Polarity comes from the stance clause ("did not reject the protest").
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import syntax
from kg.extract.ends import End, EndFinder
from kg.extract.frames._common import NOUN_POS, VERB_POS, emit, own_sides
from kg.extract.frames.act_targets import ACT_NOUNS, DESCRIBING, STANCE_VERBS, act_authors, sentence_index
from kg.extract.lexicon import FAMILY, Lexicon
from kg.extract.rules import Trace, actor_subjects, topic_ends

__all__ = ["FRAMES", "pejorative"]

#: pejoratives beyond the ``pejoratives`` cue list that name a wrong done
_WRONGS = frozenset({"piracy", "theft", "robbery", "extortion", "banditry", "hooliganism", "aggression",
                     "racket", "sabotage", "vandalism"})


def pejorative(verb: Token, lex: Lexicon, extra: frozenset = frozenset()) -> Token | None:
    """The pejorative word of the description a describing verb gives ("called it 'an act of
    piracy'"), or None; ``extra`` adds words a caller counts as pejorative."""
    bad = lex.cue("pejoratives") | _WRONGS | extra
    described = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "attr")]
    described += [p for _, p in syntax.prep_objects(verb, frozenset({"as"}))]
    return next((t for d in described for t in d.subtree if t.lemma_.lower() in bad or t.lower_ in bad), None)


#: nouns that count out acts ("a series of bombings", "a wave of attacks")
_RUNS = frozenset({"series", "wave", "spate", "string", "barrage", "campaign", "round"})


def _run_of_acts(noun: Token) -> bool:
    """"condemns the series of bombings and ground attacks carried out by X": the run is the act."""
    return noun.lemma_.lower() in _RUNS and any(
        p.lemma_.lower() in ACT_NOUNS for _, p in syntax.prep_objects(noun, frozenset({"of"})))


def _stance_on_act(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"rejected the protest", "condemned the strikes", "welcomed the British move",
    "a claim New Delhi has rejected", "called the sanctions 'an act of piracy'"."""
    lemma = verb.lemma_.lower()
    passive = syntax.is_passive(verb)
    acts = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
    appositive = False
    if not acts and verb.dep_ in ("relcl", "acl") and verb.head.pos_ == "NOUN" and not passive \
            and any(c.dep_ == "nsubj" for c in verb.children):
        # "a claim New Delhi has consistently rejected", "the strikes, which Iran condemned"
        acts, appositive = [verb.head], True
    elif acts and acts[0].lower_ in ("which", "that") and verb.dep_ == "relcl":
        acts, appositive = [verb.head], True
    if not acts and not passive and lemma == "protest":
        # "protested over the shooting by Tajik border guards": the act protested against
        acts = [p for _, p in syntax.prep_objects(verb, frozenset({"over", "against"}))]
    described = False
    if not acts and not passive:
        # "rejected what it called Beijing's baseless accusations": the description given
        acts = [d for c in verb.children if c.dep_ == "ccomp" and any(o.lower_ == "what" for o in c.children)
                for d in c.children if d.dep_ in ("oprd", "attr", "dobj") and d.lower_ != "what"]
        described = bool(acts)
    if acts and acts[0].lower_ in _ACT_PRONOUNS and not passive and lemma in STANCE_VERBS:
        acts = _antecedent_acts(acts[0], ends)  # "We reject them"
    acts = [a for a in acts if a.pos_ == "NOUN" and (a.lemma_.lower() in ACT_NOUNS or _run_of_acts(a))]
    if not acts:
        return []
    if lemma in DESCRIBING:
        wrong = pejorative(verb, lex)
        if wrong is None:
            return []
        # "called the raids 'aggression'" names a wrong done (an accusation); "called the
        # decision 'regrettable'" judges it
        relation, cameo = ("accuses", "112") if wrong.pos_ in NOUN_POS else ("criticizes", "111")
    else:
        relation, cameo = STANCE_VERBS[lemma]
    # a map stands for its author's claims only against those it claims from ("approved the map")
    acts = [a for a in acts if a.lemma_.lower() != "map" or relation in ("rejects", "criticizes", "protestsAgainst")]
    if not acts:
        return []
    if passive:
        agents = [e for a in syntax.by_agents(verb) for e in ends.actors(a)]
    elif appositive:
        agents = [e for s in verb.children if s.dep_ == "nsubj" for e in ends.actors(s)]
    else:
        agents = actor_subjects(verb, ends)
    agents = [e for e in agents if e.entity.type != "Topic"]
    if not agents:
        return []
    # ", which Moscow condemned", ", a claim Delhi rejects" describe an act already named; "the
    # sanctions that the leaders endorsed" picks one out by the clause itself
    doc = verb.doc
    restrictive = appositive and not any(doc[i].text == "," for i in (acts[0].left_edge.i - 1, verb.left_edge.i - 1)
                                         if 0 <= i < len(doc))
    targets = [e for a in acts for e in act_authors(a, agents, ends, appositive=appositive, earlier=not restrictive,
                                                    named_back=described)]
    if not targets and not passive and not appositive:
        # "condemned the strikes by Russia": the parser hangs the act's "by" phrase on the verb,
        # where an active verb has no agent of its own
        own = own_sides(agents, ends)
        targets = [e for _, p in syntax.prep_objects(verb, frozenset({"by"})) if p.i > acts[0].i
                   and ends.m.entity_at(p) is not None for e in ends.actors(p)
                   if e.entity.type != "Topic" and e.entity.id not in own]
    # (an act in apposition to a clause, "..., a charge Berlin dismissed", is that clause's: no guess)
    if not targets and relation == "rejects" and not described and not appositive \
            and (turned := _turned_down(acts, ends)):
        return emit("frame-act-turned-down", verb, relation, cameo, agents, turned, verb, 0.6, trace)
    if not targets:
        trace.add("frame-act-target", verb, "REJECT", f"no author found for {[a.text for a in acts]}")
        return []
    # (the fact builder takes 0.15 off an end found from an earlier sentence)
    conf = 0.7 if all(e.coref for e in targets) else 0.75
    return emit("frame-act-target", verb, relation, cameo, agents, targets, verb, conf, trace)


#: act families a rejection turns down as such when their author is not found ("Turkey rejected
#: the complaint", "the officers rejected the ultimatum"): words addressed to the one rejecting
_WORDED_FAMILIES = frozenset({"protest", "accuse", "criticize", "demand", "threaten"})
#: complements that make the act noun only the frame of what is turned down ("calls for talks")
_FRAMING = frozenset({"for", "to", "on", "about", "over", "of"})
#: object pronouns that stand for an act named before ("We reject them")
_ACT_PRONOUNS = {"it": False, "them": True, "this": False, "these": True}


#: someone's telling of events: turned down, it is its teller who is rejected, never a topic
_TELLINGS = frozenset({"account", "description", "explanation", "argument", "version", "narrative", "portrayal"})


def _turned_down(acts: list[Token], ends: EndFinder) -> list[End]:
    """"Turkey rejected the complaint", "the government dismissed the claim as a lie",
    "overrode a presidential veto": with no author found, the act itself is what is turned
    down (a topic named by the noun and its modifiers), for words addressed to the one
    rejecting and for acts a modifier names; not for a noun whose complement says what it is
    about ("rejected calls for talks": the talks, the refused-topic frame's)."""
    out = []
    for act in acts:
        modifiers = [c for c in act.children if c.dep_ in ("amod", "compound", "nmod") and c.i < act.i]
        if ACT_NOUNS[act.lemma_.lower()] not in _WORDED_FAMILIES and not modifiers:
            continue
        if not modifiers and act.lemma_.lower() in ends.lex.cue("claim_nouns") | _TELLINGS:
            continue  # "Chile rejected the allegations": a charge denied (report_denials), no topic of its own
        nxt = act.doc[act.i + 1] if act.i + 1 < len(act.doc) else act
        if any(c.dep_ in ("prep", "acl", "relcl") and c.lower_ in _FRAMING or c.dep_ in ("acl", "ccomp")
               for c in act.children) or nxt.lower_ in ("that", "to", "for"):
            continue  # (the parser may hang "suggestions that ...", "calls to free ..." on the verb)
        if any(ends.m.entity_at(m) is not None for m in modifiers):
            continue  # "the Greek complaint": a side named, whose act the author frames did not find
        family, here = ACT_NOUNS[act.lemma_.lower()], sentence_index(act, ends)
        if any(a.family == family and a.sentence < here for a in getattr(ends, "act_log", None) or []):
            continue  # "Japan protested to China. Vietnam rejected the protest": an act told, not aimed at it
        start = min([act.i] + [t.i for m in modifiers for t in m.subtree])
        out.append(End(ends.m.topic(act.doc[start:act.i + 1]), act, False, f"act turned down '{act.text}'"))
    return out


def _antecedent_acts(pron: Token, ends: EndFinder) -> list[Token]:
    """"... the statement made by X, as well as the remarks of Y. We reject them.": the act
    nouns a pronoun object stands for, in the sentence before (the last one for "it", the
    objects coordinated with it for "them")."""
    n = sentence_index(pron, ends)
    sents = ends.m.sentences()[0]
    if n < 1 or any(t.i < pron.i and t.pos_ == "NOUN" for t in sents[n] if t.dep_ in ("dobj", "pobj")):
        return []  # a noun before it in its own sentence is the likelier antecedent
    found = [t for t in sents[n - 1] if t.pos_ == "NOUN" and t.lemma_.lower() in ACT_NOUNS
             and t.dep_ in ("dobj", "conj", "nsubj", "nsubjpass") and any(c.dep_ == "det" for c in t.children)]
    if not found:
        return []
    last = found[-1]
    if not _ACT_PRONOUNS[pron.lower_]:
        return [last] if last.tag_ != "NNS" else []
    # "them": the coordinated acts ("the statement ... as well as the remarks"), or one plural act
    group = [t for t in found if t.dep_ in ("dobj", "conj") and last.dep_ in ("dobj", "conj")]
    return group if len(group) > 1 else [last] if last.tag_ == "NNS" else []


#: phrasal verbs of rejection: lemma -> particles ("brushed aside the allegations")
_BRUSHING = {"brush": ("aside", "off"), "shrug": ("off",), "wave": ("away", "off", "aside"),
             "swat": ("away", "aside"), "turn": ("down",)}
#: phrasal verbs of a retort at something: lemma -> particle ("hit back at the criticism")
_RETORTING = {"hit": "back", "strike": "back", "lash": "out", "fire": "back", "push": "back"}
#: acts that are words: a retort at them rejects them, a retort at a deed criticizes it
_WORDED = frozenset({"accuse", "criticize", "protest", "demand", "threaten", "propose"})


def _phrasal(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"brushed aside the allegations", "shrugged off the sanctions" (rejections), "hit back
    at the criticism", "lashed out at the strikes"."""
    lemma = verb.lemma_.lower()
    particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")}
    if lemma in _BRUSHING and particles & set(_BRUSHING[lemma]):
        acts = [o for o in syntax.objects(verb)]
        relation = None
    elif lemma in _RETORTING and _RETORTING[lemma] in particles:
        acts = [p for _, p in syntax.prep_objects(verb, frozenset({"at", "against"}))]
        relation = "retort"
    else:
        return []
    acts = [a for a in acts if a.pos_ == "NOUN" and a.lemma_.lower() in ACT_NOUNS]
    if not acts or syntax.is_passive(verb):
        return []
    agents = [e for e in actor_subjects(verb, ends) if e.entity.type != "Topic"]
    targets = [e for a in acts for e in act_authors(a, agents, ends)] if agents else []
    if relation == "retort" and ACT_NOUNS[acts[0].lemma_.lower()] not in _WORDED:
        relation, cameo = "criticizes", "111"
    else:
        relation, cameo = "rejects", "120"
    return emit("frame-act-target", verb, relation, cameo, agents, targets, verb, 0.7, trace)


def _judged_act(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"X said the allegations were baseless": a claim judged false in reported speech rejects
    the claimant. (Other acts judged in reported speech, "said the strikes were illegal", are
    left to the reporting rules, whose judgements proved too loose on unseen articles.)"""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.lemma_.lower() != "be" or any(c.dep_ == "neg" for c in clause.children):
            continue
        acts = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                and ACT_NOUNS.get(c.lemma_.lower()) == "accuse"]
        bad = lex.cue("pejoratives") | _WRONGS
        said = [c for c in clause.children if c.dep_ in ("acomp", "attr")]
        if not acts or not any(t.lemma_.lower() in bad or t.lower_ in bad for d in said for t in d.subtree):
            continue
        agents = [e for e in actor_subjects(verb, ends) if e.entity.type != "Topic"]
        targets = [e for e in act_authors(acts[0], agents, ends)] if agents else []
        return emit("frame-act-target", verb, "rejects", "120", agents, targets, verb, 0.65, trace)
    return []


#: agreements whose ending turns down the other party ("scrapped a contract with Naval Group")
_BINDING = frozenset({"agreement", "deal", "accord", "treaty", "pact", "contract", "arrangement", "memorandum"})
#: ending an agreement: lemma -> particle it needs, or None ("tore up", "scrapped")
_ENDING = {"scrap": None, "terminate": None, "cancel": None, "annul": None, "abrogate": None, "ditch": None,
           "renounce": None, "revoke": None, "tear": "up"}
#: auxiliaries of an ending only possible or asked about
_MAYBE = frozenset({"could", "might", "may", "should"})


def _ended_agreement(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Canberra scrapped a 2016 contract with Naval Group", "Honduras will terminate its
    extradition treaty with the United States": ending an agreement rejects the party it was
    made with (the agreement itself, a topic, is :mod:`.stance_topics`')."""
    particle = _ENDING[verb.lemma_.lower()]
    if syntax.is_passive(verb) or particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children):
        return []
    if syntax.only_threatened(verb) or any(c.dep_ == "aux" and c.lower_ in _MAYBE for c in verb.children):
        return []  # "threatened to scrap the deal", "could cancel the contract": not done
    texts = [o for o in syntax.objects(verb) if o.pos_ == "NOUN" and o.lemma_.lower() in _BINDING]
    if not texts:
        return []
    agents = [e for e in actor_subjects(verb, ends) if e.entity.type != "Topic"]
    own = own_sides(agents, ends)
    # (the parser hangs "with X" on the agreement or on the verb)
    parties = [p for t in (texts[0], verb) for _, p in syntax.prep_objects(t, frozenset({"with"}))
               if p.i > texts[0].i]
    targets = [e for p in parties for e in ends.actors(p) if e.entity.type != "Topic" and e.entity.id not in own]
    return emit("frame-ended-agreement", verb, "rejects", "120", agents, targets, verb, 0.65, trace)


#: verbs of turning down what another side wants ("refused to let her visit", "declined to sign")
_REFUSING = frozenset({"refuse", "decline"})
#: verbs of letting someone do something
_LETTING = frozenset({"let", "allow", "permit"})
#: auxiliaries that make "would not let" a refusal, not a report of what did not happen
_WILL = frozenset({"will", "would", "wo", "'ll"})
#: participles that make the object of a refused act someone's proposal ("an agreement proposed by China")
_PUT_FORWARD = frozenset({"propose", "draft", "offer", "submit", "table", "present", "sponsor", "put", "push"})


def _refused_leave(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"The junta has refused to let her visit the country", "Turkey made clear it would not let
    their bids go ahead": refusing to let a side (or a side's bid) do something rejects that side."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _REFUSING:
        refuser = verb.head
        if any(c.dep_ == "neg" for c in refuser.children) or syntax.is_passive(refuser):
            return []
    elif any(c.dep_ == "neg" for c in verb.children) and any(c.dep_ == "aux" and c.lower_ in _WILL
                                                              for c in verb.children):
        refuser = verb
    else:
        return []
    if any(FAMILY[t.relation] in ("assault", "coerce") for c in verb.children if c.dep_ in ("ccomp", "xcomp")
           for t in lex.verbs.get(c.lemma_.lower(), ())):
        return []  # "will not allow Israel to attack its facilities": a threat (frames/threaten), not a refusal
    # who is let: "let her visit" (the subject of its clause), "allow Kosovo to join" (its object)
    let = [c for c in verb.children if c.dep_ == "dobj"] + [s for c in verb.children if c.dep_ in ("ccomp", "xcomp")
                                                           for s in c.children if s.dep_ == "nsubj"]
    # "their bids", "Finland's application": the side whose bid it is
    let = [p for t in let for p in ([c for c in t.children if c.dep_ == "poss"] if t.pos_ == "NOUN" else [t])]
    agents = [e for e in actor_subjects(refuser, ends) if e.entity.type != "Topic"]
    own = own_sides(agents, ends)
    targets = [e for t in let for e in ends.actors(t) if e.entity.type != "Topic" and e.entity.id not in own]
    # (the refusal is what is asserted, whatever the negation of "would not let" says)
    return emit("frame-refused-leave", verb, "rejects", "120", agents, targets, refuser, 0.6, trace,
                polarity="positive")


def _refused_proposal(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Pacific island nations have declined to sign a regional agreement proposed by China":
    refusing to take up a text someone put forward rejects its author."""
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in _REFUSING or verb.lemma_.lower() in _LETTING:
        return []
    refuser = verb.head
    if any(c.dep_ == "neg" for c in refuser.children) or syntax.is_passive(refuser):
        return []
    texts = [o for o in syntax.objects(verb) if o.pos_ == "NOUN"]
    authors = [a for t in texts for c in t.children if c.dep_ == "acl" and c.lemma_.lower() in _PUT_FORWARD
               for a in syntax.by_agents(c)]
    if not authors:
        return []
    agents = [e for e in actor_subjects(refuser, ends) if e.entity.type != "Topic"]
    own = own_sides(agents, ends)
    targets = [e for a in authors for e in ends.actors(a) if e.entity.type != "Topic" and e.entity.id not in own]
    return emit("frame-refused-proposal", verb, "rejects", "120", agents, targets, refuser, 0.65, trace)


#: stance nouns -> (relation, CAMEO code, prepositions that name what the stance is on)
_STANCE_NOUNS = {"condemnation": ("criticizes", "111", ("of",)), "denunciation": ("criticizes", "111", ("of",)),
                 "criticism": ("criticizes", "111", ("of",)), "rejection": ("rejects", "120", ("of",)),
                 "opposition": ("rejects", "120", ("to", "against")),
                 "support": ("supports", "051", ("for", "of")), "backing": ("supports", "051", ("for", "of"))}
#: verbs that voice a stance noun ("issued a condemnation of", "expressed its opposition to")
_VOICING = frozenset({"express", "voice", "issue", "reiterate", "reaffirm", "register", "restate", "state",
                      "declare", "signal", "convey", "announce"})


def _nominal_stance(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Iran's condemnation of the strikes", "voiced its opposition to the tariffs",
    "expressed support for the British move": a stance noun on an act."""
    relation, cameo, preps = _STANCE_NOUNS[noun.lemma_.lower()]
    acts = [p for _, p in syntax.prep_objects(noun, frozenset(preps))
            if p.pos_ == "NOUN" and p.lemma_.lower() in ACT_NOUNS]
    if not acts:
        return []
    agents = [e for c in noun.children if c.dep_ == "poss" for e in ends.actors(c)]
    agents += [e for _, p in syntax.prep_objects(noun, frozenset({"by", "from"})) for e in ends.actors(p)]
    gov = noun.head
    if not agents and noun.dep_ == "dobj" and gov.lemma_.lower() in _VOICING and not syntax.is_passive(gov):
        agents = actor_subjects(gov, ends)
    agents = [e for e in agents if e.entity.type != "Topic"]
    if not agents:
        return []
    targets = [e for a in acts for e in act_authors(a, agents, ends)]
    return emit("frame-act-target", noun, relation, cameo, agents, targets, gov if agents and gov.pos_ in VERB_POS
                else noun, 0.7, trace)


#: verbs of condemning an act
_CONDEMNING = frozenset({"condemn", "denounce", "deplore", "decry"})


def _condemned_concern(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Guterres condemned the car bomb attack in Mogadishu": whoever condemns an act of violence
    whose author is not named is concerned about it."""
    if syntax.is_passive(verb) or syntax.negated(verb):
        return []
    acts = lex.cue("attack_reference_nouns") | lex.cue("condemned_act_nouns")
    agents = [e for e in actor_subjects(verb, ends) if e.entity.type != "Topic"]
    # (an act whose author is named or known is condemned in its author: the act frames' fact)
    objs = [o for o in syntax.objects(verb) if o.pos_ == "NOUN" and o.lemma_.lower() in acts
            and not any(c.dep_ in ("poss", "amod", "compound") and ends.actors(c, conj=False) for c in o.children)
            and not act_authors(o, agents, ends)]
    if not objs:
        return []
    topics = [e for o in objs for e in topic_ends(o, ends, lex) if e.entity.type == "Topic"]
    return emit("frame-condemned-concern", verb, "concernedAbout", "012", agents, topics, verb, 0.55, trace)


#: (cue lists, extra lemmas, part of speech, frame): the lemmas that anchor each frame
FRAMES = (
    ((), tuple(STANCE_VERBS) + tuple(DESCRIBING), VERB_POS, _stance_on_act),
    ((), tuple(_CONDEMNING), VERB_POS, _condemned_concern),
    ((), tuple(_BRUSHING) + tuple(_RETORTING), VERB_POS, _phrasal),
    (("reporting_verbs",), (), VERB_POS, _judged_act),
    ((), tuple(_STANCE_NOUNS), NOUN_POS, _nominal_stance),
    ((), tuple(_ENDING), VERB_POS, _ended_agreement),
    ((), tuple(_LETTING), VERB_POS, _refused_leave),
    ((), ("sign", "accept", "endorse", "approve", "back", "support", "join", "consider", "discuss"), VERB_POS,
     _refused_proposal),
)
