"""Stances on a measure or an agreement, actors described by a reproach, and worries about
who poses a threat.

- A stance on a measure nobody is named for inside its phrase is a stance on the measure
  itself: "Germany voted against the duties" (rejects duties), "France had pushed hardest
  for the tariffs" (supports tariffs), "Hungary's prime minister criticised the sanctions",
  "called the tariffs 'economic cold war'" (criticizes tariffs). Member states voting on a
  bloc's measures, firms and third countries judging them take a side on the measure, not
  on whoever imposed it; a measure whose author is named ("Beijing's tariffs", "the
  sanctions imposed by the US") is left to :mod:`.act_stances`, which aims the stance at
  the author. A pronoun object ("voted against them") stands for the last measure named
  before it in the sentence or the one before, when the number agrees.
- "Trump withdrew the US from the nuclear deal", "the junta tore up military agreements":
  leaving or scrapping an agreement rejects it (the agreement is the topic).
- "described South Korea as the 'most hostile state'", "branded X a 'rogue regime'",
  "described him as 'a drug trafficker'": an actor itself described by a pejorative is
  criticised (an act so described is the act frame's and :mod:`.verdicts`').
- "the threat posed by armed groups, including the M23", "a response to the threat posed
  by the FDLR": whoever addresses or answers such a threat is concerned about the actors
  named as posing it (the subject of the clause the threat phrase sits in, up a chain of
  infinitives and reported clauses).

- "would not support any form of foreign military intervention", "does not support the use
  of force": a negated backing of a topic (negative supports).
- Refusals and oppositions of a topic: "India has long rejected third-party mediation",
  "opposes any form of 'Taiwan independence'", "would not accept the division of Syria",
  "will not make concessions", "would not disarm", "refused to sign a draft text" (rejects
  the topic, positive: the refusal is what is asserted); and a charge referred back and
  turned down ("..., a charge X has rejected", "an allegation X dismissed": X denies it).

Only the trigger lemmas of :data:`FRAMES` are looked at; each frame then reads a few
children of its anchor. The word lists are small closed sets kept here (like
:mod:`.act_stances`' lists); they are candidates for ``kg/data/extract_cues.json``.
"""
from __future__ import annotations

import bisect

from spacy.tokens import Token

from kg.extract import syntax
from kg.extract.ends import End, EndFinder
from kg.extract.frames import verdicts, welcome
from kg.extract.frames._common import NOUN_POS, VERB_POS, emit, named, not_own
from kg.extract.frames.act_stances import pejorative
from kg.extract.frames.act_targets import ACT_NOUNS, DESCRIBING, STANCE_VERBS, act_authors, earlier_act_authors
from kg.extract.lexicon import Lexicon
from kg.extract.report_denials import denied_charge, ing_form, refusal
from kg.extract.rules import Trace, actor_subjects, topic_ends
from kg.types import ACTOR_TYPES

__all__ = ["FRAMES", "MEASURES"]

#: measures one side imposes on another whose merits others take sides on
MEASURES = frozenset({"tariff", "duty", "levy", "sanction", "embargo", "ban", "curb", "restriction",
                      "quota", "surcharge"})
#: measures whose singular is mostly an ordinary word ("fulfilled its duty", "a restriction
#: of movement"): only their plural names a measure ("voted against the duties")
_PLURAL_ONLY = frozenset({"duty", "restriction", "curb"})
#: verbs that take a side through a preposition: lemma -> {preposition: (relation, CAMEO)}
_SIDING = {
    "vote": {"against": ("rejects", "120"), "for": ("supports", "051")},
    "push": {"for": ("supports", "051")},
    "press": {"for": ("supports", "051")},
    "lobby": {"for": ("supports", "051"), "against": ("rejects", "120")},
    "campaign": {"for": ("supports", "051"), "against": ("rejects", "120")},
    "argue": {"for": ("supports", "051"), "against": ("rejects", "120")},
}
#: stance verbs whose object is read here (protests are aimed at actors, not measures)
_STANCES = {lemma: rel for lemma, rel in STANCE_VERBS.items() if rel[0] in ("rejects", "criticizes", "supports")}
#: heads whose "of" complement is the measure a stance on them is on ("the use of tariffs",
#: "the imposition of sanctions"; not "the lifting of sanctions", which turns the stance around)
_USES = frozenset({"use", "imposition", "introduction", "application", "abuse", "extension", "expansion"})
#: reproaches of an actor beyond the ``pejoratives`` cue list ("branded Israel a 'criminal regime'")
_REPROACHES = frozenset({"criminal", "rogue", "terrorist", "enemy", "pariah", "puppet", "aggressor", "occupier",
                         "trafficker", "warlord", "murderer", "killer", "traitor"})
#: object pronouns that stand for a person or a side described ("described him as ...")
_PERSONAL = frozenset({"him", "her", "them"})
#: a measure described as a war is condemned ("called the tariffs 'economic cold war'"); kept
#: out of the act frame's list, where a wrong named would make it an accusation of the imposer
_WARLIKE = frozenset({"war", "warfare"})
#: how many sentences back a pronoun may find its measure
_PRONOUN_REACH = 1


def _is_measure(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and lemma in MEASURES and (lemma not in _PLURAL_ONLY or tok.tag_ == "NNS")


def _antecedent(pron: Token, ends: EndFinder) -> Token | None:
    """The last measure named before ``pron`` ("them" / "it") in its sentence or the one
    before, when the number agrees; None otherwise."""
    plural = pron.lower_ in ("them", "they")
    if not plural and pron.lower_ != "it":
        return None
    sents, starts = ends.m.sentences()
    here = bisect.bisect_right(starts, pron.i) - 1
    first = sents[max(0, here - _PRONOUN_REACH)].start
    for i in range(pron.i - 1, first - 1, -1):
        tok = pron.doc[i]
        if _is_measure(tok) and (tok.tag_ == "NNS") == plural:
            return tok
    return None


#: verbs of undoing a measure, whose infinitive after it makes a stance one on the undoing
_UNDOING = frozenset({"lift", "remove", "end", "scrap", "ease", "drop", "suspend", "repeal", "withdraw", "cancel",
                      "relax", "waive", "rescind", "revoke", "abolish", "loosen"})


def _undone(tok: Token) -> bool:
    """Whether an infinitive after the measure undoes it ("pressed for the remaining
    restrictions to be lifted", "voted for the sanctions to be eased"): the stance is on
    lifting them, the opposite of one on the measure."""
    return any(c.dep_ in ("acl", "relcl") and c.i > tok.i and c.lemma_.lower() in _UNDOING
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in tok.children)


def _measure_end(tok: Token, agents: list[End], ends: EndFinder) -> End | None:
    """The measure ``tok`` names as a topic end, or None when it is no measure or its
    phrase names its author ("Beijing's tariffs", "US sanctions", "sanctions imposed by X")."""
    if not _is_measure(tok) or act_authors(tok, agents, ends, earlier=False):
        return None
    if any(c.dep_ in ("amod", "compound", "nmod") and ends.m.entity_at(c) is not None for c in tok.children):
        return None  # "the British sanctions": its author, even where the agent's own side
    # the measure's own words, without what it is on ("tariffs on steel" -> "tariffs"): the
    # short name is the one others use for it
    return End(ends.m.topic(tok.doc[tok.left_edge.i:tok.i + 1]), tok, False, f"measure '{tok.text}'")


def _objects(verb: Token) -> tuple[list[Token], tuple[str, str] | None]:
    """The tokens a stance of ``verb`` is on, with the relation it gives (None: the verb's
    own, from :data:`_STANCES` or a pejorative description)."""
    lemma = verb.lemma_.lower()
    if lemma in _SIDING:
        for prep, pobj in syntax.prep_objects(verb, frozenset(_SIDING[lemma])):
            return [pobj, *pobj.conjuncts], _SIDING[lemma][prep]
        return [], None
    if syntax.is_passive(verb):
        return [], None  # ("the tariffs were criticised by X": the by-agent rules read it)
    return [o for o in syntax.objects(verb)], None


def _stance_on_measure(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"voted against the duties", "pushed for the tariffs", "criticised the sanctions",
    "called the tariffs 'economic cold war'"."""
    lemma = verb.lemma_.lower()
    toks, relation = _objects(verb)
    if not toks:
        return []
    resolved = []
    for tok in toks:
        if tok.pos_ == "PRON":
            tok = _antecedent(tok, ends)
        elif tok.lemma_.lower() in _USES:
            # "opposes the use of tariffs as a tool of coercion": a stance on the measure used
            tok = next((p for _, p in syntax.prep_objects(tok, frozenset({"of"})) if _is_measure(p)), tok)
        if tok is not None and _is_measure(tok) and not _undone(tok):
            resolved.append(tok)
    if not resolved:
        return []
    if relation is None:
        if lemma in DESCRIBING:
            # (the parser often hangs the description on the object: "the tariffs 'economic war'")
            bad = lex.cue("pejoratives") | _WARLIKE
            # or leaves the adjective of "as" without an object ("described the levies as unjustified")
            described = [t for r in resolved for c in r.children if c.dep_ == "appos" for t in c.subtree]
            described += [t for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for t in c.subtree]
            if pejorative(verb, lex, _WARLIKE) is None and not any(t.lemma_.lower() in bad for t in described):
                return []
            relation = ("criticizes", "111")
        else:
            relation = _STANCES[lemma]
    agents = [e for e in actor_subjects(verb, ends) if e.entity.type != "Topic"]
    if not agents:
        return []
    targets = [e for tok in resolved if (e := _measure_end(tok, agents, ends)) is not None]
    if not targets:
        trace.add("frame-measure-stance", verb, "REJECT", "the measure names its author")
        return []
    return emit("frame-measure-stance", verb, relation[0], relation[1], agents, targets, verb, 0.65, trace)


def _described_actor(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Kim described South Korea as the 'most hostile state'", "branded Y 'a rogue regime'"."""
    if syntax.is_passive(verb):
        return []
    # (a person referred to: "Dogu described him as 'a drug trafficker'"; "it" may be an act)
    objs = [o for o in verb.children if o.dep_ == "dobj" and (o.pos_ == "PROPN" or o.lower_ in _PERSONAL)]
    if not objs:
        return []
    bad = lex.cue("pejoratives") | _REPROACHES
    # the description, wherever the parser hangs it: "as ..." on the verb or after the object
    described = [t for o in objs for c in o.children if c.dep_ in ("appos", "prep") and c.i > o.i
                 and (c.dep_ == "appos" or c.lower_ == "as") for t in c.subtree]
    # ("branded Israel a 'criminal regime'": the description read as a second object)
    described += [t for c in verb.children if c.dep_ == "dobj" and c.i > objs[0].i and c not in objs for t in c.subtree]
    if pejorative(verb, lex, _REPROACHES) is None and not any(t.lemma_.lower() in bad or t.lower_ in bad
                                                               for t in described):
        return []
    agents = [e for e in actor_subjects(verb, ends) if e.entity.type != "Topic"]
    targets = not_own(agents, [e for o in objs for e in named(ends.actors(o)) if e.entity.type != "Topic"], ends)
    return emit("frame-described-actor", verb, "criticizes", "111", agents, targets, verb, 0.65, trace)


#: texts one side can leave or scrap
_AGREEMENTS = frozenset({"agreement", "deal", "accord", "treaty", "pact", "convention", "arrangement"})
#: leaving an agreement: lemma -> (particle or None, preposition or None: how the agreement is marked)
_LEAVING = {"withdraw": (None, "from"), "pull": ("out", "of"), "quit": (None, None), "exit": (None, None),
            "tear": ("up", None), "scrap": (None, None), "abandon": (None, None), "renounce": (None, None),
            "abrogate": (None, None), "ditch": (None, None)}

#: heads of a departure only asked for ("demanded that X withdraw", "urged X to quit")
_DEMANDING = frozenset({"demand", "call", "urge", "ask", "insist", "want", "press", "request", "push", "pressure",
                        "order", "tell"})
#: auxiliaries of a departure only possible
_MAYBE = frozenset({"could", "might", "may"})


def _left_agreement(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Trump withdrew the US from the nuclear deal", "pulled out of the accord", "the junta
    tore up military agreements with its former ally": a rejection of the agreement."""
    particle, prep = _LEAVING[verb.lemma_.lower()]
    if syntax.is_passive(verb) or particle and not any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ == particle
                                                        for c in verb.children):
        return []
    if syntax.only_threatened(verb) or syntax.unhesitating(verb) \
            or any(c.dep_ == "aux" and c.lower_ in _MAYBE for c in verb.children):
        return []  # "warned it could withdraw from the treaty", "would not hesitate to scrap the deal": a threat
    if verb.dep_ in ("ccomp", "acl", "xcomp") and verb.head.lemma_.lower() in _DEMANDING:
        return []  # "Somalia's demand that Ethiopia withdraw from the deal": not done, asked for
    if prep:
        # "pulled out of": the parser hangs "of" on the verb or on the particle
        texts = [p for t in (verb, *verb.children) for _, p in syntax.prep_objects(t, frozenset({prep}))]
    else:
        texts = syntax.objects(verb)
    texts = [t for t in texts if t.pos_ == "NOUN" and t.lemma_.lower() in _AGREEMENTS]
    if not texts:
        return []
    agents = [e for e in actor_subjects(verb, ends) if e.entity.type != "Topic"]
    # (the span up to the head: "the nuclear deal Iran had signed" is the nuclear deal)
    targets = [End(ends.m.topic(t.doc[t.left_edge.i:t.i + 1]), t, False, f"agreement '{t.text}'") for t in texts]
    return emit("frame-left-agreement", verb, "rejects", "120", agents, targets, verb, 0.65, trace)


#: verbs that make a noun the threat someone poses ("the threat posed by X")
_POSING = frozenset({"pose", "present"})
#: how many heads up the clause of the one facing the threat may be
_UP = 5


def _facing(noun: Token, ends: EndFinder) -> list[End]:
    """Who addresses or answers the threat phrase ``noun``: the actor subject of the first
    clause above it that has one ("The two governments agreed to develop a mechanism to
    address the threat", "X said the measures were a response to the threat" -> X); else
    the owner of a clause's subject noun ("Kigali's measures were a response to ...")."""
    tok, owners = noun, []
    for _ in range(_UP):
        if tok.head is tok:
            break
        tok = tok.head
        if tok.pos_ in VERB_POS:
            found = actor_subjects(tok, ends)
            if found:
                return [e for e in found if e.entity.type != "Topic"]
            owners = owners or [e for s in syntax.subjects(tok) if s.pos_ == "NOUN"
                                for c in s.children if c.dep_ == "poss" for e in ends.actors(c)]
    return [e for e in owners if e.entity.type != "Topic"]


def _posed_threat(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"to address the threat posed by armed groups, including the M23" (concerned about the
    M23), "a response to the threat posed by the FDLR"."""
    posers: list[Token] = []
    for c in noun.children:
        if c.dep_ == "acl" and c.lemma_.lower() in _POSING:
            posers += syntax.by_agents(c)
    if not posers:
        return []
    # "armed groups, including the M23 and the FDLR": the named members of a group posing it
    whom = [p for t in posers for p in (t, *t.conjuncts)]
    members = [g for t in whom for _, g in syntax.prep_objects(t, frozenset({"including", "like", "such"}))]
    # (the members named stand for the group: "armed groups" alone is no one in particular)
    whom = [t for t in whom if not members or t.pos_ == "PROPN"] + members
    agents = _facing(noun, ends)
    targets = not_own(agents, [e for t in whom for e in named(ends.actors(t)) if e.entity.type != "Topic"], ends)
    if not agents or not targets:
        return []
    return emit("frame-posed-threat", noun, "concernedAbout", "012", agents, targets, noun, 0.6, trace)


#: verbs that turn their object down outright ("opposes any form of Taiwan independence")
_OPPOSING = frozenset({"reject", "oppose", "veto", "rebuff", "repudiate", "spurn"})
#: verbs of giving in: negated ("would not accept", "does not recognise the move") or refused
#: ("refused to accept the findings") they turn their object down
_YIELDING = frozenset({"accept", "recognise", "recognize", "tolerate", "make", "give", "compromise", "disarm",
                       "surrender", "capitulate", "cede", "comply", "abide", "obey"})
#: verbs of giving in whose object is a preposition's ("refused to comply with the ruling")
_YIELDING_TO = {"comply": frozenset({"with"}), "abide": frozenset({"by"})}
#: of those, the ones whose plain negation is already a refusal in any tense ("Serbia does not
#: recognise the move"); the others need a modal ("will not make concessions") or "never"
_REFUSED_WHEN_NEGATED = frozenset({"accept", "recognise", "recognize", "tolerate"})
#: verbs that turn a text down only when refused ("refused to sign a draft text"): "has not
#: signed the treaty" says what has not happened yet
_SIGNING = frozenset({"sign", "ratify", "endorse", "approve", "implement"})
#: verbs whose xcomp is the act refused
_REFUSING = frozenset({"refuse", "decline"})
#: acts of giving in refused with no object: the act itself, as its noun ("would not disarm")
_GIVING_IN = {"disarm": "disarmament", "surrender": "surrender", "capitulate": "capitulation",
              "compromise": "compromise"}
#: verbs of giving in whose object is handed over: the act with its object ("would not give up
#: its weapons" -> "giving up weapons"); lemma -> particle required (None: none)
_HANDING_OVER = {"give": "up", "surrender": None, "cede": None}
#: heads that only measure or sort what follows "of" ("any form of X", "a package of aid")
_PARTITIVE = frozenset({"form", "kind", "type", "sort", "package", "set", "round", "series"})
#: talks refused on a subject: the subject is what is turned down ("rejected any talks on its
#: missile arsenal"); talks with someone are a negotiation refused, read elsewhere
_TALKS = frozenset({"talk", "negotiation", "discussion", "dialogue"})
#: heads whose infinitive says what is attempted or asked ("attempts to politicise a case")
_INTENTS = frozenset({"attempt", "effort", "bid", "call", "push", "move", "plan", "demand", "proposal"})
#: prepositions whose phrase only places or aims what is refused
_LOOSE_PREPS = frozenset({"over", "in", "from", "with", "between", "against", "about", "under", "along"})
#: statuses a place compound names the holder of ("Taiwan independence", "Ukraine membership")
_STATUS = frozenset({"independence", "sovereignty", "autonomy", "membership", "accession", "statehood",
                     "unification", "reunification", "secession"})
#: longest refused phrase kept as a topic
_MAX_REFUSED = 8


def _refused(verb: Token) -> bool:
    """Whether ``verb`` (a verb of giving in) is refused: negated with a modal or "never"
    ("would not accept", "will never recognise"), negated at all for the verbs of
    :data:`_REFUSED_WHEN_NEGATED`, or the act of "refused / declined to"."""
    negated = any(c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ == "never" for c in verb.children)
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() in _REFUSING:
        return not negated and not any(c.dep_ == "neg" for c in head.children)
    if not negated or verb.lemma_.lower() in _SIGNING:
        return False
    if verb.lemma_.lower() in _REFUSED_WHEN_NEGATED:
        return True
    return refusal(verb) or any(c.dep_ == "advmod" and c.lower_ == "never" for c in verb.children)


def _refused_span(obj: Token, ends: EndFinder, lex: Lexicon):
    """The phrase a refusal turns down, headed by ``obj``: what a partitive or talks head is
    about, an attempt with its infinitive ("unilateral attempts to change the status quo"), or
    the topic phrase of the head; None when nothing nameable is left."""
    doc = obj.doc
    for _ in range(2):
        lemma = obj.lemma_.lower()
        preps = frozenset({"of"}) if lemma in _PARTITIVE else frozenset({"on", "about", "over"}) \
            if lemma in _TALKS else frozenset()
        inner = [p for _, p in syntax.prep_objects(obj, preps) if p.pos_ in NOUN_POS] if preps else []
        if not inner:
            break
        obj = inner[0]  # "any form of 'Taiwan independence'": the independence
    if obj.lemma_.lower() in _TALKS or ends.actors(obj, ACTOR_TYPES, conj=False):
        return None
    if obj.lemma_.lower() in _INTENTS:
        act = next((c for c in obj.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and c.i > obj.i
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if act is not None and any(c.dep_ == "dobj" and c.pos_ == "PRON" for c in act.children):
            return None  # "the attempt to link it with ...": a charge rejected, read as a denial
        if act is not None:
            # the attempt with its act and the act's object, not the manner ("by force")
            kept = [c for c in act.children if c.dep_ in ("dobj", "prt", "advmod", "aux") and c.i > act.i]
            end = max([act.i] + [t.i for c in kept for t in c.subtree]) + 1
            start = min(t.i for t in obj.subtree if t.i <= obj.i and t.dep_ not in ("det", "predet"))
            if end - start <= _MAX_REFUSED:
                return doc[start:end]
    places = [c for c in obj.children if c.dep_ == "compound" and c.i < obj.i and ends.m.entity_at(c) is not None]
    if obj.lemma_.lower() in _STATUS and places:
        # "'Taiwan independence'": the place is the status itself, not its owner
        return doc[places[0].i:obj.i + 1].text
    span = syntax.topic_span(obj, lex)
    # "third-party mediation over Kashmir": a complement that only places or aims the thing
    # refused is left out ("the division of Syria", "a draft text on drought management" keep theirs)
    cut = [c.i for c in obj.children if c.dep_ == "prep" and c.lower_ in _LOOSE_PREPS and span.start < c.i < span.end]
    if cut:
        span = doc[span.start:min(cut)]
    return span if len(span) and len(span) <= _MAX_REFUSED else None


#: a court's or an arbiter's findings
_RULINGS = frozenset({"ruling", "verdict", "judgment", "judgement", "award"})


def _refused_topic(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"India has long rejected third-party mediation", "opposes any form of 'Taiwan
    independence'", "would not accept the division of Syria", "will not make concessions",
    "would not compromise on its sovereign rights", "would not disarm", "refused to sign a
    draft text": the speaker rejects what is turned down, a topic (a named actor turned down
    is the verb rules' and :func:`.reactions._not_accepted`'s)."""
    lemma = verb.lemma_.lower()
    if syntax.is_passive(verb):
        return []
    polarity = None
    if lemma in _OPPOSING:
        if any(c.dep_ == "neg" for c in verb.children):
            return []  # "did not oppose the plan": no stance taken
    elif _refused(verb):
        if verb.head.lemma_.lower() in _DEMANDING and verb.dep_ in ("xcomp", "ccomp") and verb.head is not verb:
            return []  # "urged the world not to recognise the junta": a refusal asked for
        polarity = "positive"  # the refusal is what is asserted, whatever the negation says
    else:
        return []
    objs = [o for o in syntax.objects(verb) if o.pos_ in NOUN_POS]
    if not objs and lemma in _OPPOSING:
        # "rejected what he described as attempts to politicise a case": the description given
        objs = [d for c in verb.children if c.dep_ == "ccomp" and any(o.lower_ == "what" for o in c.children)
                for d in (*c.children, *(p for _, p in syntax.prep_objects(c, frozenset({"as"}))))
                if d.dep_ in ("oprd", "attr", "pobj") and d.pos_ in NOUN_POS]
    if lemma == "compromise":
        objs = [p for _, p in syntax.prep_objects(verb, frozenset({"on", "over"})) if p.pos_ in NOUN_POS]
    elif lemma in _YIELDING_TO:
        objs = [p for _, p in syntax.prep_objects(verb, _YIELDING_TO[lemma]) if p.pos_ in NOUN_POS]
    elif lemma == "make":
        objs = [o for o in objs if o.lemma_.lower() == "concession"]  # "will not make concessions"
    labels = []
    if lemma in _HANDING_OVER:
        particle = _HANDING_OVER[lemma]
        if particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children):
            return []
        for o in objs:
            span = syntax.topic_span(o, lex)
            if len(span) and not ends.actors(o, ACTOR_TYPES, conj=False):
                # the words of the text ("giving up its weapons"), without a leading article
                words = [t.text for t in o.doc[o.left_edge.i:span.end] if t.dep_ not in ("det", "predet")]
                labels.append((o, " ".join([ing_form(lemma)] + ([particle] if particle else []) + words)))
        objs = []
    if lemma == "compromise":
        labels += [(o, f"compromise on {span.text}") for o in objs if len(span := syntax.topic_span(o, lex))]
        objs = [] if labels else objs
    if not objs and not labels and lemma in _GIVING_IN and not syntax.objects(verb):
        labels.append((verb, _GIVING_IN[lemma]))  # "the group would not disarm"
    claims = lex.cue("claim_nouns")
    references = lex.cue("event_reference_nouns")
    owned = []
    for o in objs:
        if o.lemma_.lower() in claims or ends.actors(o, ACTOR_TYPES, conj=False) or not o.is_alpha or len(o) < 3:
            continue  # a charge turned down is denied (:mod:`kg.extract.report_denials`); an actor is the verb rules'
        if any(p.dep_ == "pobj" and ends.actors(p) for c in o.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
               for p in c.children):
            continue  # "would not accept lessons from Washington": aimed at who gives them (the verb rules')
        if (o.lemma_.lower() in ACT_NOUNS or o.lemma_.lower() in references) and all(
                c.dep_ in ("det", "punct") for c in o.children) and (
                o.lemma_.lower() not in _RULINGS or earlier_act_authors(o, ends)):
            # "rejected the protest", "the decisions": an act named before, aimed at its author
            # (a court's ruling whose author the article leaves unnamed is turned down as a topic)
            continue
        if o.lemma_.lower() in ACT_NOUNS and act_authors(o, [], ends, earlier=False):
            continue  # "rejected Moscow's move": aimed at the author (:mod:`.act_stances`)
        if o.lemma_.lower() not in lex.cue("stance_objects") and any(c.dep_ == "relcl" for c in o.children) and not any(
                c.dep_ in ("amod", "compound") for c in o.children):
            continue  # "any arrangement that targets a third party": a bare head the clause alone identifies
        owners = [e for c in o.children if c.dep_ == "poss" for e in ends.actors(c, ACTOR_TYPES, conj=False)]
        if owners:
            owned.append((o, owners))  # "will never recognise Kosovo's independence": Kosovo is refused
            continue
        span = _refused_span(o, ends, lex)
        if span is not None:
            labels.append((o, span))
    agents = [e for e in actor_subjects(verb, ends) if e.entity.type != "Topic"]
    if not agents and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _REFUSING:
        agents = [e for e in actor_subjects(verb.head, ends) if e.entity.type != "Topic"]
    own = {a.entity.id for a in agents}
    owned_ends = [e._replace(token=o, via=f"owner of the refused '{o.text}'")
                  for o, owners in owned for e in owners if e.entity.id not in own]
    if not agents or not labels and not owned_ends:
        return []
    targets = [End(ends.m.topic(label), tok, False, f"refused '{label if isinstance(label, str) else label.text}'")
               for tok, label in labels] + owned_ends
    return emit("frame-refused-topic", verb, "rejects", "120", agents, targets, verb, 0.6, trace, polarity=polarity)


#: verbs of backing whose negation states a policy against a topic ("would not support any
#: form of foreign military intervention", "does not support the use of force")
_BACKING = frozenset({"support", "back", "endorse", "favour", "favor"})


def _unsupported_topic(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Montevideo would not support any form of foreign military intervention", "Jakarta
    does not support the use of force to settle disputes": a negated backing of a topic (the
    verb rules take only texts and actors as what is backed). Negative polarity, from the
    clause; a bare "the visit" or "the decision" is an act named before, left to the act frames."""
    if syntax.is_passive(verb) or not syntax.negated(verb):
        return []
    if verb.head.lemma_.lower() in _DEMANDING and verb.dep_ in ("xcomp", "ccomp") and verb.head is not verb:
        return []  # "urged Congress not to back the bill": a refusal asked for
    references = lex.cue("event_reference_nouns") | lex.cue("claim_nouns")
    labels = []
    for o in syntax.objects(verb):
        if o.pos_ != "NOUN" or ends.actors(o, ACTOR_TYPES, conj=False) or not o.is_alpha or len(o) < 3:
            continue
        lemma = o.lemma_.lower()
        if lemma in references or _is_measure(o) or any(c.dep_ == "poss" for c in o.children) or \
                lemma in ACT_NOUNS and act_authors(o, [], ends, earlier=False):
            continue  # "Moscow's move", "the claim", "the sanctions": the act and measure frames' own
        if all(c.dep_ in ("det", "punct") for c in o.children) and any(c.dep_ == "det" for c in o.children):
            continue  # "did not support the visit": an act named before, whose author is meant
        span = _refused_span(o, ends, lex)
        if span is not None:
            labels.append((o, span))
    agents = [e for e in actor_subjects(verb, ends) if e.entity.type != "Topic"]
    if not agents or not labels:
        return []
    targets = [End(ends.m.topic(label), tok, False, f"unbacked '{label if isinstance(label, str) else label.text}'")
               for tok, label in labels]
    return emit("frame-unbacked-topic", verb, "supports", "051", agents, targets, verb, 0.6, trace)


#: unnamed speakers known only by whom they speak for ("Turkish security sources")
_SOURCES = frozenset({"source", "official"})
#: verbs that, done to a charge, deny it ("a charge Abu Dhabi has rejected")
_DISMISSING = frozenset({"reject", "dismiss", "refute", "rebut"})


def _dismissed_charge(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"accused X of arming Y, a charge X has rejected", "blamed X for the killing, an
    allegation X dismissed": X denies what it was charged with, as with "denied"
    (:func:`kg.extract.report_denials.denied_charge`)."""
    if syntax.is_passive(verb):
        return []
    # the verb's own subject: a verb the parser joined to the accusation ("accused X of ..., a
    # charge X has rejected") would otherwise inherit the accuser
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return []
    found = [e for c in subjects for e in ends.actors(c)]
    if not found:
        # "Turkish security sources dismissed ...": unnamed sources speak for their country
        found = [e for c in subjects if c.lemma_.lower() in _SOURCES for e in ends.owners(c, ACTOR_TYPES, "denies")]
    speakers = [e for e in found if e.entity.type != "Topic"]
    return list(denied_charge(verb, speakers, ends, lex, trace)) if speakers else []


#: feelings a thing is noted with that make it a worry ("noted the blackout with concern")
_WORRIES = frozenset({"concern", "alarm", "worry", "anxiety", "disquiet", "apprehension"})


def _noted_with_concern(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"the mission noted the internet blackout with concern", "We note with concern that this
    step follows months of pressure": what is noted with concern is a worry (of the one noting;
    a that-clause names its subject)."""
    # ("with concern" may hang on the object)
    if syntax.is_passive(verb) or syntax.negated(verb) or not any(
            p.lemma_.lower() in _WORRIES for t in (verb, *syntax.objects(verb))
            for _, p in syntax.prep_objects(t, frozenset({"with"}))):
        return []
    noted = syntax.objects(verb) + [s for c in verb.children if c.dep_ == "ccomp" for s in c.children
                                    if s.dep_ in ("nsubj", "nsubjpass") and s.pos_ in ("NOUN", "PROPN")]
    topics = [e for t in noted if not ends.actors(t, ACTOR_TYPES, conj=False)
              for e in topic_ends(t, ends, lex) if e.entity.type == "Topic"]
    return emit("frame-noted-concern", verb, "concernedAbout", "012", actor_subjects(verb, ends), topics, verb,
                0.7, trace)


#: verbs that stir a feeling in others ("prompting alarm in Canberra")
_STIRRING = frozenset({"prompt", "spark", "raise", "cause", "trigger", "fuel", "stoke", "provoke", "stir"})


def _stirred_worry(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"China signed a security pact with Solomon Islands, prompting alarm in Wellington and
    Canberra", "The move sparked concern among Gulf states": those it worries are concerned
    about it (the stirring clause's subject, or for a participle the main clause's object)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in _STIRRING or syntax.negated(verb):
        return []
    worried = [e for _, p in syntax.prep_objects(noun, frozenset({"in", "among"})) + syntax.prep_objects(
        verb, frozenset({"in", "among"})) for e in named(ends.actors(p)) if e.entity.type in ACTOR_TYPES]
    if not worried:
        return []
    causes = [c for c in verb.children if c.dep_ == "nsubj"]
    if not causes and verb.dep_ in ("advcl", "conj") and verb.tag_ == "VBG":
        causes = syntax.objects(verb.head) or [c for c in verb.head.children if c.dep_ == "nsubj"]
    topics = [e for t in causes if not ends.actors(t, ACTOR_TYPES, conj=False)
              for e in topic_ends(t, ends, lex) if e.entity.type == "Topic"]
    return emit("frame-stirred-worry", noun, "concernedAbout", "012", worried, topics, verb, 0.6, trace)


#: (cue lists, extra lemmas, part of speech, frame): the lemmas that anchor each frame
FRAMES = (
    ((), tuple(_WORRIES), NOUN_POS, _stirred_worry),
    ((), ("note",), VERB_POS, _noted_with_concern),
    ((), tuple(_DISMISSING), VERB_POS, _dismissed_charge),
    ((), tuple(_OPPOSING | _YIELDING | _SIGNING), VERB_POS, _refused_topic),
    ((), tuple(_BACKING), VERB_POS, _unsupported_topic),
    ((), tuple(_STANCES) + tuple(DESCRIBING) + tuple(_SIDING), VERB_POS, _stance_on_measure),
    ((), ("threat", "danger", "menace", "risk"), NOUN_POS, _posed_threat),
    ((), tuple(DESCRIBING), VERB_POS, _described_actor),
    ((), tuple(_LEAVING), VERB_POS, _left_agreement),
    *verdicts.FRAMES,  # verdicts on an act aimed at its author ("called the decision 'unfair'")
    *welcome.FRAMES,  # welcome aimed at the author of an act its phrase does not name ("welcomed the move")
)
