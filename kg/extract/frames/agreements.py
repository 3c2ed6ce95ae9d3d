"""What parties agree on, sign and talk about: the matter of a joint act is discussed by
every party to it.

- "A and B agreed on Sunday to suspend most of the tariff increases", "the two leaders
  agreed to accelerate construction of the railway", "agreed to concentrate on reaching a
  ceasefire": each agreeing party discusses what the agreed act is about
  (``frame-agreed-act``); talks agreed on are about their own matter ("agreed to resume
  talks on the dam": the dam). Acts that are a relation or a meeting themselves ("agreed to
  restore relations", "to hold the next round of talks", "to work with X"), acts on an
  event ("to halt the fighting", "to suspend the offensive"), on actors ("to direct their
  officials", "to invite six countries"), on a tie or a generic step ("to maintain
  contact", "to take practical steps"), things transformed ("to turn the zone into a
  peace zone"), joint activities ("to resume joint patrols"), bodies set up ("to set up a
  working group") and agreements denied or failed ("did not agree to lift ...") give nothing;
- "signed agreements on customs, a memorandum on expanding trade and ...": each pact of a
  list signed together is about its own matter (``frame-pact-list``; the first one is the
  noun rule's);
- "Israel and Hamas have agreed to a four-day pause", "the two leaders agreed to direct
  their officials to ...", "the two governments agreed that Hungary would acquire four
  jets": parties who reach an agreement together cooperate (``frame-agreed-together``);
  "Colombia agreed to accept deportation flights from the United States", "agreed to
  Washington's demand": one who agrees to what another side asks or sends cooperates with
  it. An opinion shared ("agreed that X was to blame") is no agreement to act;
- "received the two delegations for a new round of talks on the truce", "efforts to revive
  talks over X": talks that name no party, in an article about two actors that stand out,
  are theirs (:mod:`.partners`' ``frame-talks-pair``), so both discuss their matter
  (``frame-pair-talk-topic``).

The word lists are the ``frame_agreed_*`` entries of ``kg/data/extract_cues.json``.
:data:`FRAMES` also lists :mod:`.together`'s frames (acting together without a
cooperation word), so the registry needs no entry for that module.

Example:
    >>> facts = extract("Chile and Peru agreed to lift tariffs on copper.")  # doctest: +SKIP
    Chile -discusses-> tariffs on copper, Peru -discusses-> tariffs on copper
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import syntax
from kg.extract.ends import End, EndFinder
from kg.extract.frames._common import (NOUN_POS as _NOUN_POS, VERB_POS as _VERB_POS, emit as _emit, named as _named,
                                       not_own as _not_own, side as _side)
from kg.extract.frames import together
from kg.extract.frames.partners import talks_of_the_pair
from kg.extract.lexicon import FAMILY, Lexicon
from kg.extract.modality import requested
from kg.extract.rules import Trace, actor_subjects, topic_ends
from kg.types import ACTOR_TYPES

__all__ = ["FRAMES"]

#: what an act is about, when the act is phrased with a preposition ("concentrate on X")
_ABOUT = frozenset({"on", "over", "about", "regarding", "around"})
#: the same for acts of working towards something ("work towards de-escalation")
_TOWARDS = _ABOUT | frozenset({"towards", "toward"})
#: quantifiers whose "of" phrase is the real object ("suspend most of the tariff increases")
_PARTITIVE = frozenset({"most", "some", "all", "part", "many", "much", "half", "none", "any", "each", "several"})
#: links of a later item of a list to the items before it
_LISTED = frozenset({"conj", "appos"})
#: entity labels of places ("in the A and B provinces")
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
_LIST_PATH = _LISTED | frozenset({"pobj", "prep"})
#: prepositions that name the parties of talks ("talks with X", "a deal between A and B")
_PARTY_PREPS = frozenset({"with", "between", "among"})
#: relations whose trigger nouns are themselves a tie or a meeting, not a matter discussed
_RELATIONAL = frozenset({"consult", "cooperate"})
#: relation families whose trigger nouns may still be a matter agreed on: measures ("lift
#: tariffs") and topics
_MEASURES = frozenset({"coerce", "topic"})
#: acts that turn their object into something else ("turn the zone into a peace zone"):
#: the object is a thing transformed, not a matter talked over
_RESULT_PREPS = frozenset({"into"})


def _failed(verb: Token, lex: Lexicon) -> bool:
    """"did not agree to", "failed to agree", "refused to agree": no agreement reached."""
    if syntax.negated(verb):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and head.pos_ in _VERB_POS and (
        syntax.negated(head) or head.lemma_.lower() in lex.cue("frame_agreed_failing"))


def _acts(verb: Token) -> list[Token]:
    """The infinitives agreed on: "agreed to X and (to) Y"."""
    first = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
             and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    # (a finite conjunct, "agreed to lift X and branded Y a threat", is a new act, not agreed)
    return [a for f in first for a in (f, *(c for c in f.conjuncts if c.pos_ == "VERB" and c.tag_ == "VB" and c.i > f.i))]


def _matter_ok(tok: Token, lex: Lexicon) -> bool:
    """A noun that names a matter: not a tie, a meeting or a pact ("relations", "talks",
    "cooperation", "summit", "agreement": the relation's own noun), not a link restored
    or eased ("direct flights", "embassies", "visas": ties between the two, the consult
    frames' cooperation), not a joint activity ("joint patrols"), not a body set up ("a
    working group", "a hotline")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or lemma in lex.cue("frame_agreed_bodies") or lemma in lex.cue("frame_ties") \
            or lemma in lex.cue("frame_pacts") or lemma in lex.cue("frame_diplomatic_links") \
            or lemma in lex.cue("frame_agreed_links") or lemma in lex.cue("frame_response_measures"):
        return False  # (and "take practical steps": a step says nothing of its matter)
    if lemma in lex.cue("person_role_nouns") | lex.cue("collective_nouns") | lex.cue("body_member_nouns"):
        return False  # "agreed to direct their officials", "to invite six countries": actors, not matters
    # a noun that is itself an event of a relation ("halt the fighting", "suspend its offensive",
    # "resume technical talks"): the act is the event's fate, not a matter talked over;
    # a measure ("lift tariffs on X") stays a matter
    if any(FAMILY.get(t.relation) not in _MEASURES for t in lex.nouns.get(lemma, ())) \
            and lemma not in lex.cue("frame_agreed_matters"):
        return False
    joint = lex.cue("frame_joint") | lex.cue("joint_adjectives")
    return not any(c.dep_ == "amod" and c.lower_ in joint for c in tok.children)


_FRAMEWORKS = frozenset({"under", "within", "through"})


def _matters(act: Token, lex: Lexicon) -> list[Token]:
    """What an agreed act is about: its direct object ("suspend the tariff increases"), the
    "of" phrase of a quantifier ("most of the increases"), or the "on" phrase of a verb of
    focusing ("concentrate on reaching a ceasefire")."""
    lemma = act.lemma_.lower()
    if lemma in lex.cue("frame_agreed_focusing"):
        return [p for _, p in syntax.prep_objects(act, _TOWARDS) if p.pos_ in ("NOUN", "VERB")]
    if lemma in lex.cue("frame_agreed_skip_acts") or any(FAMILY.get(t.relation) in _RELATIONAL
                                                        for t in lex.verbs.get(lemma, ())):
        return []  # "agreed to meet", "to cooperate", "to hold talks": the verb rules' relation
    if any(c.dep_ == "prep" and c.lower_ in _RESULT_PREPS for c in act.children):
        return []
    out = []
    for obj in (c for c in act.children if c.dep_ == "dobj"):
        if obj.lower_ in _PARTITIVE:
            obj = next((p for _, p in syntax.prep_objects(obj, frozenset({"of"}))), obj)
        if obj.lemma_.lower() in lex.cue("negotiation_nouns"):
            # "agreed to begin talks on joint economic activities": the talks' matter
            out += [p for _, p in syntax.prep_objects(obj, _ABOUT) if _matter_ok(p, lex)]
        elif _matter_ok(obj, lex):
            out.append(obj)
        elif obj.lemma_.lower() in lex.cue("frame_ties"):
            # "to advance cooperation under the Belt and Road Initiative": a named framework of the ties
            # (not "to deepen cooperation on maritime security": the annotators leave such
            # agreed fields out, measured in sessions 27 and 31)
            out += [p for x in (obj, act) for _, p in syntax.prep_objects(x, _FRAMEWORKS) if p.pos_ == "PROPN"]
    return out


def _split_piece(tok: Token) -> bool:
    """"de-escalation" split by the tokenizer: "de" and "-" hang beside the head word."""
    doc = tok.doc
    return tok.text == "-" or tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 1].head.i == tok.head.i


def _aimed_at_other(obj: Token, agents: list[End], ends: EndFinder, lex: Lexicon) -> bool:
    """"agreed to broaden sanctions on Belarus": a measure aimed at someone outside the
    agreeing parties is the coercion rules' fact, not a matter the parties discussed."""
    if not any(FAMILY.get(t.relation) == "coerce" for t in lex.nouns.get(obj.lemma_.lower(), ())):
        return False
    own = {e.entity.id for e in agents}
    return any(e.entity.id not in own for _, p in syntax.prep_objects(obj, frozenset({"on", "against"}))
               for e in ends.owners(p, ACTOR_TYPES, "sanctions"))


def _place(tok: Token, ends: EndFinder) -> bool:
    ent = ends.m.entity_at(tok)
    return tok.ent_type_ in _PLACE_ENTS or ent is not None and ent.type in ("Location", "Country")


def _topics(matters: list[Token], ends: EndFinder, lex: Lexicon) -> list[End]:
    """Topic ends of the matters; a conjunct of a place ("in A and B provinces") is a place."""
    out = []
    for m in matters:
        if _split_piece(m):
            continue
        out += [e for e in topic_ends(m, ends, lex) if e.entity.type == "Topic"
                and not (e.token.dep_ == "conj" and _place(e.token.head, ends))]
    return out


def _agreed_act(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"A and B agreed to suspend the tariff increases": A and B discuss the tariff increases."""
    if syntax.is_passive(verb) or _failed(verb, lex):
        return []
    if verb.dep_ in ("acl", "ccomp") and verb.head.pos_ == "NOUN":
        return []  # "denied claims that it had agreed to ...": the content of a claim or report
    acts = _acts(verb)
    if not acts:
        return []
    agents = [e for e in actor_subjects(verb, ends) if e.entity.type != "Topic"]
    if verb.lemma_.lower() != "agree" and len({e.entity.id for e in agents}) < 2:
        return []  # ("both sides pledged to ...": a pledge made together; one side's is its own act)
    if agents and all(e.coref for e in agents) and verb.dep_ == "ccomp" \
            and verb.head.lemma_.lower() in lex.cue("reporting_verbs"):
        # "the negotiator said the two delegations had agreed to ...": the parties are named
        # only by reference; the speaker who reports the agreement is the party it is known of
        agents = actor_subjects(verb.head, ends) or agents
    if not agents:
        return []
    out = []
    for act in acts:
        if syntax.negated(act):
            continue
        matters = [m for m in _matters(act, lex) if not _aimed_at_other(m, agents, ends, lex)]
        topics = _topics(matters, ends, lex)
        if topics:
            out += _emit("frame-agreed-act", act, "discusses", "010", agents, topics, verb, 0.6, trace,
                         polarity="positive")
    return out


def _pact_list(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"The two sides signed agreements on customs, a memorandum on expanding trade ...":
    a later pact of the list signed is about its own "on" matter, for the signers."""
    if noun.dep_ not in _LISTED:
        return []
    # up the list to the pact signed: "agreements on X, a memorandum on Y" (the small model
    # hangs a later item off the previous item's matter as an apposition or a conjunct)
    first = noun.head
    for _ in range(6):
        if first.lemma_.lower() in lex.cue("frame_pacts") and first.dep_ == "dobj" \
                or first.dep_ not in _LIST_PATH or first.head.i == first.i:
            break
        first = first.head
    if first.lemma_.lower() not in lex.cue("frame_pacts") or first.dep_ != "dobj":
        return []
    verb = first.head
    if verb.pos_ not in _VERB_POS or verb.lemma_.lower() not in lex.cue("frame_agreed_signing") \
            or syntax.is_passive(verb) or syntax.negated(verb):
        return []
    agents = actor_subjects(verb, ends)
    topics = _topics([p for _, p in syntax.prep_objects(noun, _ABOUT)], ends, lex)
    if not topics:
        return []
    return _emit("frame-pact-list", noun, "discusses", "010", agents, topics, verb, 0.6, trace)


def _pair_talk_topic(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"received the delegations for a new round of talks on the truce's second phase",
    "to revive talks over X": talks of the article's two principal actors are about their
    "on" matter, for both. Talks whose phrase names parties ("talks on a deal between A
    and B": the noun rules'), talks asked for or supported ("urging X to support the
    resumption of talks on Y") and talks as the subject of their own report ("talks on X ran
    late", often a side's account) give nothing."""
    matters = [p for _, p in syntax.prep_objects(noun, _ABOUT) if p.pos_ in ("NOUN", "PROPN", "VERB")]
    if not matters or noun.dep_ in ("nsubj", "nsubjpass") \
            or any(t.dep_ == "prep" and t.lower_ in _PARTY_PREPS for t in noun.subtree):
        return []
    verbs = [t for t in list(noun.ancestors)[:4] if t.pos_ in _VERB_POS]
    if any(requested(v, lex) or v.lemma_.lower() in lex.cue("advocacy_verbs") or syntax.negated(v) for v in verbs):
        return []
    pairs = [c for c in talks_of_the_pair(noun, ends, lex, trace) if c.relation == "negotiatesWith"]
    if not pairs:
        return []
    parties: list[End] = [pairs[0].subject, pairs[0].object]
    topics = _topics(matters, ends, lex)
    return _emit("frame-pair-talk-topic", noun, "discusses", "010", parties, topics, pairs[0].clause, 0.65, trace)


#: auxiliaries of a that-clause agreed on that make it a course of action ("agreed that
#: our two countries should cooperate", "that Hungary would acquire"), not an opinion
_COURSE_AUX = frozenset({"should", "would", "will", "shall", "must", "can", "could"})
#: prepositions of an agreed act that name the side it comes from or is done with
#: ("accept deportation flights from the United States")
_OTHER_SIDE = frozenset({"from"})


#: what is kept when parties agree only to stay in touch ("agreed to maintain contact")
_CONTACT = frozenset({"contact", "touch", "communication"})


def _only_meeting(acts: list[Token], lex: Lexicon) -> bool:
    """"agreed to meet at the summit", "agreed to maintain contact": the acts agreed are
    only a meeting (the verb rules' fact) or staying in touch, no joint course of action."""
    def meeting(act: Token) -> bool:
        if any(FAMILY.get(t.relation) == "consult" for t in lex.verbs.get(act.lemma_.lower(), ())) \
                and not syntax.objects(act):
            return True  # "agreed to meet", "to visit" (not "to begin talks on X")
        return any(o.lemma_.lower() in _CONTACT for o in syntax.objects(act))
    return bool(acts) and all(meeting(a) for a in acts)


def _agreed_content(verb: Token, lex: Lexicon) -> bool:
    """Whether ``verb`` ("agree") agrees to something: an infinitive ("agreed to work
    together"), an "on" / "to" matter ("agreed on a ceasefire", "to a four-day pause"), a
    direct object ("agreed a deal") or a that-clause of a course of action ("agreed that
    the two countries should cooperate"); not a shared view ("agreed that X was to blame")
    nor only a meeting ("agreed to meet next month")."""
    acts = _acts(verb)
    if acts:
        return not _only_meeting(acts, lex)
    if any(c.dep_ == "dobj" for c in verb.children):
        return True
    if syntax.prep_objects(verb, frozenset({"on", "to", "upon"})):
        return True
    return any(c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in _COURSE_AUX for a in c.children)
               for c in verb.children)


def _requesters(verb: Token, ends: EndFinder, lex: Lexicon) -> list[End]:
    """The other side of an agreement by one party: the owner of what it agreed to ("agreed
    to Washington's demand", "agreed to a US proposal") or the side its agreed act receives
    from ("agreed to accept deportation flights from the United States")."""
    things = [p for _, p in syntax.prep_objects(verb, frozenset({"to"}))]
    things += [o for a in _acts(verb) for o in syntax.objects(a)]
    asked = [t for t in things if t.lemma_.lower() in lex.cue("frame_agreed_requests")]
    owners = [c for t in asked for c in t.children if c.dep_ in ("poss", "compound", "nmod", "amod") and c.i < t.i]
    owners += [p for t in asked for _, p in syntax.prep_objects(t, frozenset({"of", "by", "from"}))]
    owners += [p for a in _acts(verb) for t in (a, *syntax.objects(a)) for _, p in syntax.prep_objects(t, _OTHER_SIDE)]
    return [e for t in owners for e in _named(ends.actors(t, conj=True))]


def _agreed_together(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Israel and Hamas have agreed to a four-day pause", "the two sides agreed to turn
    the zone into a peace zone", "President X and I agreed that our two countries should
    cooperate": the parties of an agreement cooperate with each other; "Colombia agreed to
    accept deportation flights from the United States": one who agrees to what another side
    asks or sends cooperates with it."""
    if syntax.is_passive(verb) or _failed(verb, lex) or not _agreed_content(verb, lex):
        return []
    if verb.dep_ in ("acl", "ccomp") and verb.head.pos_ == "NOUN":
        return []  # "denied claims that it had agreed to ...": the content of a claim or report
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return []  # "agreed with X": the verb rules' support
    agents = [e for e in actor_subjects(verb, ends) if e.entity.type != "Topic"]
    # two different sides ("X and his foreign minister agreed" is one)
    sides = {_side(e, ends).entity.id for e in agents}
    if len(sides) >= 2 and len({e.entity.id for e in agents}) >= 2:
        return _emit("frame-agreed-together", verb, "cooperatesWith", "030", agents, agents, verb, 0.6, trace)
    others = _not_own(agents, _requesters(verb, ends, lex), ends)
    return _emit("frame-agreed-together", verb, "cooperatesWith", "030", agents, others, verb, 0.6, trace)


#: (cue lists, extra lemmas, part of speech, frame): the lemmas that anchor each frame
FRAMES = (
    ((), ("agree", "pledge", "vow", "resolve"), _VERB_POS, _agreed_act),
    ((), ("agree",), _VERB_POS, _agreed_together),
    (("frame_pacts",), (), _NOUN_POS, _pact_list),
    ((), ("talk", "negotiation", "dialogue"), _NOUN_POS, _pair_talk_topic),
) + together.FRAMES
