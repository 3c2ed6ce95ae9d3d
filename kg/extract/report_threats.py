"""Worries stated as a verdict: what an actor calls a threat is what it is concerned about.

- "X regards Y as an existential threat", "X views Y as a danger to the region",
  "X described Y as a serious risk", "X views Y negatively", "X regards Y with alarm"
  -> X concernedAbout Y (``threat-verdict``);
- "X said Y remains the most significant threat to its security", "X warned that Y
  poses a grave danger" -> X concernedAbout Y (``report-threat``);
- "X warned of a humanitarian catastrophe", "X cautioned against escalation" -> X
  concernedAbout it (``warned-of``); what the speaker itself would do in answer ("warned
  of consequences", "of retaliation") is a threat, not a worry, and is left out;
- "X voiced regret, saying the launch had ignored ...", "X expressed concern, saying the
  deployment would ..." -> X concernedAbout the launch / the deployment (``worry-saying``):
  a worry voiced with no object of its own is about what the speaker goes on to judge.

Y may be a topic ("Iran's nuclear programme") or an actor ("Russia"). A negated verdict
("said Y poses no threat", "does not regard Y as a threat") is no worry, and neither is
a threat to Y ("a threat to the region" names the endangered, not the danger).

Example:
    >>> facts = extract("Israel regards Iran's nuclear programme as an existential threat.")  # doctest: +SKIP
    Israel -concernedAbout-> nuclear programme
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import syntax
from kg.extract.ends import ACTOR_OR_PLACE, End, EndFinder
from kg.extract.lexicon import Lexicon
from kg.extract.rules import Candidate, Trace, topic_ends

__all__ = ["THREAT_NOUNS", "threat_verdict", "viewed_warily", "reported_threat", "warned_of", "worry_saying"]

#: nouns that say something endangers the speaker's side
THREAT_NOUNS = frozenset({"threat", "danger", "menace", "risk", "peril"})
#: verbs that pass a verdict on their object ("regards Y as a threat")
_VERDICT_VERBS = frozenset({"regard", "view", "see", "consider", "describe", "call", "label", "brand",
                            "characterize", "characterise", "perceive", "deem", "identify", "name"})
#: copulas of a reported verdict ("Y is / remains / poses / represents a threat")
_COPULAS = frozenset({"be", "remain", "pose", "constitute", "represent", "become"})


def _threat_noun(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in THREAT_NOUNS and not any(
        c.dep_ == "det" and c.lower_ == "no" for c in tok.children)


def _threatening(tok: Token, ends: EndFinder, lex: Lexicon) -> list[End]:
    """What is called a threat: an actor ("Russia", "the regime") or a topic ("Iran's
    nuclear programme": a described common noun is the thing itself, not its owner)."""
    if tok.pos_ == "NOUN":
        described = any(c.dep_ in ("amod", "compound") and ends.m.entity_at(c) is None for c in tok.children)
        if described or tok.lemma_.lower() not in lex.cue("proxy_nouns"):
            found = [t for t in topic_ends(tok, ends, lex) if t.entity.type == "Topic"]
            if not found and not described and tok.lemma_.lower() not in lex.cue("generic_topic_heads") and any(
                    c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in tok.children):
                # "warned that the tariffs posed a significant risk": topic_ends leaves out a bare
                # "the tariffs" as a mere reference; called a threat, it is the worry itself
                found = [End(ends.m.topic(tok.doc[tok.i:tok.i + 1]), tok, False, f"topic '{tok.text}'")]
            return found
    return [e for e in ends.actors(tok) if e.entity.type != "Location"]


def _verdict(tok: Token, found: End) -> tuple[str, str]:
    """Relation and CAMEO code of calling ``tok`` a threat: a worry about a thing or an actor
    ("Russia is a threat"), but a charge against the actor whose doings are meant ("Putin's
    actions are a threat to the international order": the acts stand for their author)."""
    if tok.pos_ == "NOUN" and found.entity.type != "Topic":
        return "criticizes", "111"
    return "concernedAbout", "012"


#: manners of viewing that make what is viewed a worry ("views the expansion negatively")
_WARY_MANNERS = frozenset({"negatively", "unfavorably", "unfavourably", "warily", "suspiciously", "dimly",
                           "nervously", "anxiously"})
#: feelings one views something "with" that make it a worry ("views the drills with alarm")
_WARY_FEELINGS = frozenset({"concern", "alarm", "suspicion", "apprehension", "unease", "worry", "anxiety",
                            "dismay", "trepidation", "wariness", "caution"})


def viewed_warily(verb: Token) -> bool:
    """"views the alliance's expansion negatively", "regards the drills with alarm": a
    viewing verb with a wary manner (not negated)."""
    if verb.lemma_.lower() not in _VERDICT_VERBS or syntax.negated(verb):
        return False
    return any(c.dep_ == "advmod" and c.lower_ in _WARY_MANNERS for c in verb.children) or any(
        p.lemma_.lower() in _WARY_FEELINGS for _, p in syntax.prep_objects(verb, frozenset({"with"})))


def threat_verdict(verb: Token, objs: list[Token], speakers: list[End], ends: EndFinder, lex: Lexicon,
                   trace: Trace):
    """"X regards Y as a threat", "X views Y negatively / with alarm": X concernedAbout Y."""
    if verb.lemma_.lower() not in _VERDICT_VERBS or syntax.negated(verb) or not speakers:
        return
    verdicts = [g for t in (verb, *objs) for c in t.children if c.dep_ == "prep" and c.lower_ == "as"
                for g in c.children if g.dep_ == "pobj"]
    verdicts += [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "attr")]
    verdicts += [c for o in objs for c in o.children if c.dep_ in ("oprd", "appos", "attr")]
    if not any(_threat_noun(v) for v in verdicts) and not viewed_warily(verb):
        return
    own = {s.entity.id for s in speakers}
    for obj in objs:
        for found in _threatening(obj, ends, lex):
            if found.entity.id in own:
                continue
            relation, cameo = _verdict(obj, found)
            for s in speakers:
                yield Candidate("threat-verdict", verb, relation, cameo, s, found, verb, 0.6, polarity="positive")


def reported_threat(verb: Token, clause: Token, speakers: list[End], ends: EndFinder, lex: Lexicon,
                    trace: Trace):
    """"X said Y remains the most significant threat (to its security)": X concernedAbout Y."""
    if clause.lemma_.lower() not in _COPULAS or syntax.negated(clause):
        return
    if not any(c.dep_ in ("attr", "dobj", "oprd") and _threat_noun(c) for c in clause.children):
        return
    subj = syntax.clause_subject_of(clause)
    if subj is None or subj.lower_ in ("it", "this", "that", "there", "which"):
        return  # "it is a threat": the reference is not resolved here
    own = {s.entity.id for s in speakers}
    for found in _threatening(subj, ends, lex):
        if found.entity.id in own:
            continue
        relation, cameo = _verdict(subj, found)
        for s in speakers:
            yield Candidate("report-threat", verb, relation, cameo, s, found, verb, 0.6, polarity="positive")


#: verbs whose "of / about / against" phrase names a danger ("warned of famine")
_WARNING = frozenset({"warn", "caution"})
#: what a warner threatens to do itself: a threat (another rule), not a worry
_COUNTER_MEASURES = frozenset({"consequence", "repercussion", "retaliation", "response", "reprisal", "action",
                               "measure", "step", "countermeasure", "sanction", "price", "cost"})


#: attacks that a speaker may hold out ("further strikes"); not "violence", which others do
_STRIKES = frozenset({"strike", "attack", "bombing", "bombardment", "shelling", "assault", "offensive"})


def _held_out(verb: Token, pobj: Token, lex: Lexicon) -> bool:
    """"warned of further strikes if the coalition did not end its campaign": an attack held
    out on a condition is the speaker's threat, not a worry."""
    return pobj.lemma_.lower() in _STRIKES and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        for c in verb.children)


def warned_of(verb: Token, speakers: list[End], ends: EndFinder, lex: Lexicon, trace: Trace):
    """"X warned of a humanitarian catastrophe in Y": X concernedAbout the catastrophe."""
    if verb.lemma_.lower() not in _WARNING or syntax.negated(verb) or not speakers:
        return
    # "warned China against any attempt to ...": a warning to someone not to act is a threat
    # or a demand, not a worry; without an addressee "warned against escalation" is a worry
    preps = frozenset({"of", "about"}) if syntax.objects(verb) else frozenset({"of", "about", "against"})
    for prep, pobj in syntax.prep_objects(verb, preps):
        if pobj.pos_ != "NOUN":
            continue  # a name ("warned against Russia") is someone warned about, read elsewhere
        if pobj.lemma_.lower() in _COUNTER_MEASURES or _held_out(verb, pobj, lex):
            trace.add("warned-of", verb, "rejected concernedAbout", f"'{pobj.text}' is what the speaker would do")
            continue
        for topic in topic_ends(pobj, ends, lex):
            if topic.entity.type != "Topic":
                continue
            for s in speakers:
                yield Candidate("warned-of", verb, "concernedAbout", "012", s, topic, verb, 0.6, polarity="positive")


def worry_saying(verb: Token, clause: Token, speakers: list[End], ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Russia voiced regret, saying the launch had ignored ...": a worry noun with no topic of
    its own ("regret", "concern" with no "over"/"about" phrase) is about the subject of the
    clause the participle "saying" adds, when that subject is a thing, not an actor."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "conj") or head.pos_ != "VERB" \
            or syntax.negated(head):
        return
    worries = [o for o in syntax.objects(head) if o.pos_ == "NOUN" and any(
        t.relation == "concernedAbout" for t in lex.nouns.get(o.lemma_.lower(), ()))]
    if not worries or any(c.dep_ == "prep" for w in worries for c in w.children):
        return  # no worry voiced, or one with its own topic ("concern over the tests")
    subj = syntax.clause_subject_of(clause)
    if subj is None or subj.pos_ != "NOUN" or syntax.negated(clause) \
            or ends.actors(subj, ACTOR_OR_PLACE, conj=False):
        return
    for topic in topic_ends(subj, ends, lex):
        if topic.entity.type == "Topic":
            for s in speakers:
                yield Candidate("worry-saying", verb, "concernedAbout", "012", s, topic, head, 0.6)
