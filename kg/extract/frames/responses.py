"""Threats held out as an answer to the other side: "Russia's Foreign Ministry said it would
respond in kind", "promised a response", "vowed to retaliate", "said Russia would respond to
any expansion of the alliance", "would hit back with matching tariffs on U.S. goods", "would
take any necessary action", "will make further necessary reactions", "could use force".

The answer is aimed at, in this order:

1. the side it names: "respond to any attack by Y", "tariffs on U.S. goods", "against Y";
2. the side whose act is its condition: "if the coalition does not end its campaign";
3. the side the speaker addresses in the same sentence: "urged Japan to withdraw the
   measures and warned that ...", "dismissed the accusations and promised a response";
4. the author of the last hostile act addressed to the answering side (a strike, sanctions,
   an accusation ... whose sentence names that side), a few sentences back at most: "The EU
   imposed sanctions on Moscow. Russia said it would respond in kind."

An answer only foretold by another side ("analysts said China would respond") threatens
nobody; a reply to a proposal ("would respond to the request") is no answer to an act.
The word sets are the ``frame_answer_*`` entries of ``kg/data/extract_cues.json``.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import syntax
from kg.extract.ends import End, EndFinder
from kg.extract.frames._common import (NOUN_POS, STATES, VERB_POS, emit, named, not_own, own_sides, side)
from kg.extract.frames.act_targets import ACT_NOUNS, act_authors, authors_of, named_in, sentence_index
from kg.extract.lexicon import FAMILY, Lexicon
from kg.extract.rules import Trace, actor_subjects
from kg.types import ACTOR_TYPES

__all__ = ["FRAMES", "answered_side"]

#: auxiliaries of an answer held out ("would respond", "could use force")
_HELD = frozenset({"will", "would", "shall", "'ll", "wo", "could", "may", "might"})
#: heads that hold out the act they control ("vowed to retaliate", "stood ready to hit back")
_HOLDING = frozenset({"vow", "threaten", "promise", "pledge", "swear", "warn", "ready", "prepared", "determined"})
#: verbs that name an answer by themselves ("would respond", "will retaliate")
_ANSWERING = frozenset({"respond", "retaliate", "react", "reciprocate"})
#: families of acts whose author an answer is aimed at
#: (not threats: an answer answers a deed, and a threat just read off an answer is no deed)
_HOSTILE_FAMILIES = frozenset({"attack", "sanction", "accuse", "criticize", "protest", "demand"})
_HOSTILE_RELATIONS = ("sanctions", "attacks", "accuses", "criticizes", "protestsAgainst")
#: how many sentences back the act answered may be
_REACH = 3
#: prepositions that name whom an answer hits ("retaliate against Y", "tariffs on Y's goods")
_AIMING = frozenset({"to", "against", "on", "at"})


def _held_out(verb: Token) -> bool:
    """"would respond", "will take action", "vowed to retaliate", "stood ready to hit back",
    "would file a complaint and take countermeasures" (the conjunct shares the auxiliary)."""
    tok = verb
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    if any(c.dep_ == "aux" and c.lower_ in _HELD for c in (*verb.children, *tok.children)):
        return True
    head = tok.head
    return tok.dep_ in ("xcomp", "acomp") and head.lemma_.lower() in _HOLDING or \
        tok.dep_ == "xcomp" and head.dep_ in ("acomp", "xcomp") and head.lemma_.lower() in _HOLDING


def _answer_verb(tok: Token, lex: Lexicon) -> Token | None:
    """The verb of an answer held out anchored at ``tok``; None when ``tok`` holds none."""
    lemma = tok.lemma_.lower()
    if tok.pos_ in NOUN_POS:
        # "promised a response", "threatened retaliation", "warned of reprisals"
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ == "of":
            head = head.head
        if tok.dep_ not in ("dobj", "pobj") or head.lemma_.lower() not in lex.cue("threat_heads"):
            return None
        return None if syntax.negated(head) else head
    if syntax.negated(tok) or not _held_out(tok):
        return None
    if lemma in _ANSWERING:
        return tok
    if lemma in ("hit", "strike"):  # "would hit back", "will strike back"
        return tok if any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in tok.children) else None
    objs = syntax.objects(tok)
    if lemma in ("take", "make", "adopt"):
        # "would take any necessary action", "will make further legitimate and necessary reactions"
        for o in objs:
            word = o.lemma_.lower()
            if word in lex.cue("frame_answer_nouns") or word in lex.cue("frame_response_measures") and any(
                    c.dep_ == "amod" and c.lemma_.lower() in lex.cue("frame_answer_measures") for c in o.children):
                return tok
        return None
    if lemma == "use":  # "could use force"
        return tok if any(o.lemma_.lower() == "force" for o in objs) else None
    return None


def _replying(verb: Token, lex: Lexicon) -> bool:
    """"would respond to the proposal", "will react positively": a reply, no answer to an act."""
    if any(c.dep_ == "advmod" and c.lemma_.lower() in lex.cue("frame_answer_mild") for c in verb.children):
        return True
    # "it is unclear how Beijing would react", "asked whether Moscow would retaliate", "if China
    # retaliates, ...": an answer asked about or supposed, not held out
    if any(c.lower_ in ("how", "whether") or c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
        return True
    for _, p in syntax.prep_objects(verb, frozenset({"to"})):
        word = p.lemma_.lower()
        if any(c.dep_ == "det" and c.lower_ in ("any", "such") for c in p.children) or word in ACT_NOUNS \
                and ACT_NOUNS[word] in _HOSTILE_FAMILIES or any(
                    FAMILY[t.relation] in ("coerce", "assault", "threaten", "disapprove")
                    for t in lex.nouns.get(word, ())) or word in lex.cue("frame_answer_provocations"):
            continue
        return True
    return False


def _statement(verb: Token, lex: Lexicon) -> Token | None:
    """The reporting verb whose content ``verb`` is ("Peskov said Russia would respond"), or None."""
    tok = verb
    for _ in range(4):
        if tok.dep_ not in ("ccomp", "conj", "xcomp", "advcl", "acomp") or tok.head is tok:
            return None
        tok = tok.head
        if tok.lemma_.lower() in lex.cue("reporting_verbs"):
            return tok
    return None


def _named_targets(verb: Token, anchor: Token, ends: EndFinder) -> list[End]:
    """"respond to any attack by Y", "retaliate against Y", "hit back with tariffs on U.S.
    goods", "the use of force against Y": whose act or goods the answer names."""
    heads = [verb, anchor, *syntax.objects(verb)]
    # "hit back with tariffs on U.S. goods", "with matching tariffs" (a participle the parser heads it with)
    withs = [c for t in (verb, anchor) for c in t.children if c.dep_ == "prep" and c.lower_ == "with"]
    heads += [g for w in withs for c in w.children if c.dep_ in ("pobj", "pcomp")
              for g in (c, *(syntax.objects(c) if c.dep_ == "pcomp" else ()))]
    aimed = [p for t in heads for w, p in syntax.prep_objects(t, _AIMING) if w != "at" or p.pos_ == "PROPN"]
    return [e for p in aimed for e in named(ends.owners(p, ACTOR_TYPES, "threatens")) if e.entity.type != "Topic"]


def _condition_targets(verb: Token, ends: EndFinder) -> list[End]:
    """"would respond accordingly if Y ...", "unless Y withdraws", "Should Y insist ...": the
    condition's subject."""
    out = []
    for tok in (verb, verb.head):
        # ("warned of a response should Moscow stage ...": the parser may read the inverted
        # condition as the warning's content)
        for sub in (c for c in tok.children if c.dep_ == "advcl" or c.dep_ == "ccomp" and syntax.inverted_condition(c)):
            first = sub.left_edge
            if any(m.dep_ == "mark" and m.lower_ in ("if", "unless", "until") for m in sub.children) or \
                    first.lower_ == "should" and first.head.i == sub.i:
                # ("the EU side", "the Philippine government": the side its modifier names)
                for s in syntax.subjects(sub):
                    found = named(ends.actors(s)) or [e for c in s.children if c.dep_ in ("compound", "amod", "poss")
                                                      for e in named(ends.actors(c))]
                    out += [e for e in found if e.entity.type in STATES]
    return out


def _addressed_targets(verb: Token, lex: Lexicon, agents: list[End], ends: EndFinder) -> list[End]:
    """"urged Japan to withdraw the measures and warned that ...", "dismissed the accusations as
    absurd and promised a response": the one the speaker's other verbs of the sentence address
    (their object, or the author of the act they answer)."""
    tok = verb
    while tok.head is not tok and tok.dep_ in ("ccomp", "xcomp", "advcl", "acomp", "dobj", "pobj", "prep"):
        tok = tok.head
    root = tok
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    verbs = [root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ in VERB_POS)]
    addressing = lex.cue("request_heads") | lex.cue("frame_answer_addressing")
    out = []
    for v in verbs:
        if v.i > verb.i:
            continue
        if syntax.is_passive(v) and any(FAMILY[t.relation] in ("assault", "coerce")
                                        for t in lex.verbs.get(v.lemma_.lower(), ())):
            # "said five of its soldiers had been killed by Syrian shelling, and vowed to retaliate"
            out += [e for a in syntax.by_agents(v) for e in named(ends.owners(a, ACTOR_TYPES, "attacks"))]
        for o in syntax.objects(v):
            found = [e for e in named(ends.actors(o)) if e.entity.type != "Topic"]
            if found and v.lemma_.lower() in addressing:
                out += found
            elif not found and o.pos_ == "NOUN" and (o.lemma_.lower() in ACT_NOUNS or lex.nouns.get(o.lemma_.lower())):
                # "dismissed the accusations", "called the expulsion a provocation by the Estonian authorities"
                out += act_authors(o, agents, ends)
                out += [a for c in o.head.children if c.dep_ in ("oprd", "attr") and c.pos_ == "NOUN"
                        for a in act_authors(c, agents, ends, earlier=False)]
    return out


def _done(tok: Token) -> bool:
    """Whether a logged act noun was done, not only urged or planned: the verb it is the object
    of ("urged partners to prepare sanctions", "would impose tariffs") is no infinitive and
    has no modal."""
    if tok.pos_ in VERB_POS:
        return True  # (the act log only keeps verbs of acts done)
    gov = tok.head
    while gov.pos_ not in VERB_POS and gov.head is not gov and gov.dep_ in ("pobj", "prep", "conj", "dobj"):
        gov = gov.head
    if gov.pos_ not in VERB_POS:
        return True  # "the US strikes", "Russia's sanctions" named by themselves
    return gov.dep_ not in ("xcomp", "acl") and not any(
        c.dep_ == "aux" and (c.lower_ in _HELD or c.lower_ == "to") for c in gov.children)


def answered_side(anchor: Token, agents: list[End], ends: EndFinder) -> list[End]:
    """The author of the last hostile act addressed to the agents' side (its sentence names that
    side), from the acts the article logged and the facts found, :data:`_REACH` sentences back."""
    own = own_sides(agents, ends)
    here = sentence_index(anchor, ends)
    best: tuple[int, list[End]] = (-1, [])
    for act in reversed(getattr(ends, "act_log", None) or []):
        if act.sentence < here - _REACH or act.sentence <= best[0]:
            break
        if act.family not in _HOSTILE_FAMILIES or act.token.i >= anchor.i or not _done(act.token):
            continue
        authors = [side(e, ends) for e in authors_of(act, ends)]
        authors = [e for e in authors if e.entity.id not in own]
        if authors and own & named_in(act.sentence, authors, ends):
            best = (act.sentence, authors)
            break
    for relation in _HOSTILE_RELATIONS:
        last = ends.last_by_relation.get(relation)
        if last is None or last.entity.id in own:
            continue
        n = sentence_index(last.token, ends)
        if best[0] < n < here and n >= here - _REACH and own & named_in(n, [last], ends):
            best = (n, [last])
    return [e._replace(token=anchor, coref=True, via="author of the act answered") for e in best[1]]


def _held_out_answer(tok: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """'Russia's Foreign Ministry said it would respond in kind', 'Moscow promised a response',
    'said Turkey would respond "in the strongest terms" to any further attack': the answering
    side (and its speaker) threatens the side the answer is aimed at (see the module doc)."""
    verb = _answer_verb(tok, lex)
    if verb is None or verb.pos_ in VERB_POS and _replying(verb, lex):
        return []
    clause = verb
    while clause.dep_ in ("xcomp", "acomp") and clause.head is not clause:
        clause = clause.head  # "vowed to retaliate", "stood ready to hit back"
    answering = [e for e in actor_subjects(clause, ends) if e.entity.type != "Topic"]
    statement = _statement(clause, lex)
    speakers = actor_subjects(statement, ends) if statement is not None else []
    if answering and speakers and not own_sides(answering, ends) & own_sides(speakers, ends) and not any(
            s.lower_ in ("it", "we", "they") for s in syntax.subjects(clause)) and all(
            side(e, ends).entity.type != "Person" for e in speakers):
        # (a speaker whose country is not known may speak for the answering side)
        trace.add("frame-held-out-answer", tok, "rejected threatens", "another side's answer foretold")
        return []
    agents = answering + [e for e in speakers if e.entity.id not in {a.entity.id for a in answering}]
    if not agents:
        return []
    targets = not_own(agents, _named_targets(verb, tok, ends), ends)
    if not targets and verb.pos_ in VERB_POS:
        targets = not_own(agents, _condition_targets(verb, ends) + _condition_targets(clause, ends), ends)
    targets = targets or not_own(agents, _addressed_targets(clause, lex, agents, ends), ends)
    targets = targets or answered_side(tok, agents, ends)
    targets = list({e.entity.id: e for e in targets}.values())
    # (the statement or the vow is the clause: "would respond" is what is said, not a possibility)
    return emit("frame-held-out-answer", tok, "threatens", "130", agents, targets, statement or clause, 0.65,
                trace, polarity="positive")


def _returned_fire(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"North Korean artillery shelled the island, and South Korea returned fire": returning fire
    attacks the author of the last assault on the returning side."""
    if syntax.negated(verb) or not any(o.lemma_.lower() == "fire" for o in syntax.objects(verb)):
        return []
    agents = actor_subjects(verb, ends)
    targets = answered_side(verb, agents, ends) if agents else []
    return emit("frame-returned-fire", verb, "attacks", "190", agents, targets, verb, 0.6, trace)


#: (cue lists, extra lemmas, part of speech, frame): the lemmas that anchor each frame
FRAMES = (
    ((), ("return",), VERB_POS, _returned_fire),
    ((), tuple(_ANSWERING) + ("hit", "strike", "take", "make", "adopt", "use"), VERB_POS, _held_out_answer),
    (("frame_answer_nouns",), (), NOUN_POS, _held_out_answer),
)
