"""Verdicts passed on an act with a naming verb, aimed at the act's author.

"X called the decision 'grossly unfair'", "X described the Canadian position as 'an overt
interference'", "X rejected as 'slander' the White House's claim": the speaker criticizes
(a claim judged: rejects) whoever did the act judged. The verb rules and
:func:`kg.extract.reports.evaluation_rule` read the plain cases; this frame adds the author
where they find none or only a guess:

- the owner named in the judged phrase ("the Canadian position", "the White House's
  accusation"): the naming verb passes the verdict itself, so a speaker known only by a
  pronoun or a "the ministry" still counts;
- "rejected as 'disinformation' Yerevan's claim that ...": the parser reads the claim as a
  second object of "as" (the word in quotes is the verdict, the owned noun what is judged);
- "An Iranian court handed down a death sentence, a move Borrell called 'appalling'": the act
  in apposition is the clause's, whose subject may be a body named by its country;
- "called the decision 'grossly unfair'", "called the withdrawal 'unjustifiable'": a bare
  definite act noun (``verdict_act_nouns``) nobody is named for, and no earlier act of its
  kind, is the article's lead act: what the first sentence says its actor did ("North Korea
  said it would pull its workers out ...", "China will impose deposits ..., its ministry said");
- "incursions that Taipei describes as a 'pressure campaign by Beijing'": with no author
  found, the one the verdict itself names by "by".

The verdict must be a bad word (``pejoratives``, ``verdict_negative``) of the description;
praise ("called it a historic step") does not fire. Never the speaker's own side.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import syntax
from kg.extract.ends import End, EndFinder
from kg.extract.frames._common import VERB_POS, emit, not_own, owners_of_subject
from kg.extract.frames.act_stances import pejorative
from kg.extract.frames.act_targets import ACT_NOUNS, DESCRIBING, act_authors
from kg.extract.lexicon import Lexicon
from kg.extract.rules import Trace, actor_subjects

__all__ = ["FRAMES", "lead_authors"]

#: verbs that pass a verdict on their object "as" something ("dismissed the move as a sham")
_AS_VERDICT = frozenset({"dismiss", "denounce", "reject", "condemn", "criticize", "criticise", "slam", "brand"})
#: determiners of a bare description pointing back at an act ("the decision", "these moves")
_BACK = frozenset({"the", "this", "that", "these", "those"})
#: the kinds of actor an act is done by
_AUTHOR_TYPES = frozenset({"Country", "Organization", "Group", "Person"})
#: how many sentences from the start the lead sentence may be
_LEAD_REACH = 2
#: verbs of a lead sentence that report or judge instead of doing ("accused X of ramming")
_NOT_DOING = frozenset({"accuse", "blame", "condemn", "criticize", "criticise", "denounce", "reject", "deny",
                        "warn", "urge", "call", "welcome"})


def _verdict_words(verb: Token, obj: Token, lex: Lexicon) -> Token | None:
    """The bad word of the description ``verb`` gives of ``obj``: on the verb ("called the move
    'illegal'", "as a sham") or hung on the object by the parser ("the accusation 'slander'")."""
    found = pejorative(verb, lex)
    if found is not None:
        return found
    bad = lex.cue("pejoratives") | lex.cue("verdict_negative")
    return next((t for c in obj.children if c.dep_ in ("appos", "oprd", "amod") and c.i > obj.i
                 for t in c.subtree if t.lemma_.lower() in bad or t.lower_ in bad), None)


def _judged(verb: Token) -> tuple[Token | None, bool]:
    """(the noun judged, whether it is the antecedent of the verb's relative clause): the
    object; a second object of "as" that owns a possessor ("rejected as 'slander' X's claim");
    the noun a relative or appositive clause hangs on ("a move Borrell called 'appalling'")."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if objs and objs[0].lower_ not in ("which", "that", "what"):
        return objs[0], False
    if verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and any(c.dep_ == "nsubj" for c in verb.children):
        return verb.head, True
    if not objs:
        # the verdict read as a second object of "as", or as a modifier in front of the
        # possessor ("as 'disinformation' Yerevan's claim")
        pobjs = [p for _, p in syntax.prep_objects(verb, frozenset({"as"}))]
        for p in pobjs[-1:]:
            poss = [c for c in p.children if c.dep_ == "poss"]
            if p.pos_ == "NOUN" and poss and (len(pobjs) > 1 or any(
                    t.pos_ in ("ADJ", "NOUN") and not t.ent_type_
                    for t in verb.doc[min(t.i for t in p.subtree):poss[0].i])):
                return p, False
    return None, False


def lead_authors(ends: EndFinder, lex: Lexicon) -> list[End]:
    """The actors of the article's lead act: the subject of what its first sentence reports
    ("China will impose deposits ..., its ministry said"), or of the sentence itself when it
    does something ("Mercosur suspended Venezuela"); [] when it reports a judgement or names
    no actor. Kept on the end finder (once per article)."""
    cached = getattr(ends, "lead_authors", None)
    if cached is not None:
        return cached
    # (the first sentence with a verb: a dateline "SEOUL, April 9 -" may stand alone)
    lead = next((s for s in ends.m.sentences()[0][:_LEAD_REACH] if s.root.pos_ in VERB_POS), None)
    found: list[End] = []
    if lead is not None:
        root = lead.root
        if root.lemma_.lower() in lex.cue("reporting_verbs"):
            root = next((c for c in root.children if c.dep_ == "ccomp" and c.pos_ in VERB_POS), None)
        if root is not None and root.lemma_.lower() not in _NOT_DOING and not syntax.negated(root):
            # (a pronoun counts only as the resolve stage read it: "North Korea said it would ...")
            found = [e for e in actor_subjects(root, ends) if e.entity.type in _AUTHOR_TYPES
                     and (e.token.pos_ != "PRON" or ends.m.entity_at(e.token) is not None)]
    ends.lead_authors = found
    return found


def _authors(noun: Token, relative: bool, agents: list[End], ends: EndFinder, lex: Lexicon) -> tuple[list[End], str]:
    """(authors of the act ``noun``, how found)."""
    # (an "of" phrase names the victim as often as the author: "called the isolation of Qatar inhumane")
    victims = {e.entity.id for _, p in syntax.prep_objects(noun, frozenset({"of"})) for e in ends.actors(p)}
    lemma = noun.lemma_.lower()
    # ("a figure the army dismissed as propaganda": no act, whoever's clause it is set off from)
    act = lemma in ACT_NOUNS or lemma in lex.cue("verdict_act_nouns") or ends.is_act_noun(lemma)
    found = [e for e in act_authors(noun, agents, ends, appositive=act, earlier=False) if e.entity.id not in victims]
    if found or not act:
        return found, "named"
    if relative and noun.dep_ in ("npadvmod", "appos", "dobj", "attr", "dep") and noun.head.pos_ in VERB_POS \
            and noun.head.i < noun.i:
        # "An Iranian court handed down a death sentence, a move X called ...": the clause's actor
        return [e for e in owners_of_subject(noun.head, ends, "criticizes") if e.entity.type in _AUTHOR_TYPES], "clause"
    # (a verdict the parser hangs on the noun after it is no part of its description:
    # "called the decision 'grossly unfair'")
    before = [c for c in noun.children if c.i < noun.i and c.dep_ != "punct"]
    if lemma not in lex.cue("verdict_act_nouns") or not before or any(
            c.dep_ != "det" or c.lower_ not in _BACK for c in before) or any(
            c.dep_ in ("prep", "acl", "relcl") for c in noun.children):
        return [], ""
    if act_authors(noun, agents, ends) or ends.act_author(noun, lemma if ends.is_act_noun(lemma) else None):
        return [], ""  # an earlier act of its kind: the act frames' and the report rules' case
    lead = [e._replace(token=noun, coref=True, via=f"lead act for '{noun.text}'") for e in lead_authors(ends, lex)]
    return lead, "lead"


def _verdict_on_act(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"called the decision 'grossly unfair'", "described the Canadian position as
    'interference'", "rejected as 'slander' the White House's claim", "a move X called
    'appalling'"."""
    lemma = verb.lemma_.lower()
    if syntax.is_passive(verb) or syntax.negated(verb):
        return []
    noun, relative = _judged(verb)
    if noun is None or noun.pos_ != "NOUN" or ends.m.entity_at(noun) is not None:
        return []  # (an actor itself described is :mod:`.stance_topics`' case)
    if lemma not in DESCRIBING and not any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return []  # "rejected the claim": no verdict given (the act frames read it)
    if _verdict_words(verb, noun, lex) is None:
        return []
    agents = [e for e in actor_subjects(verb, ends) if e.entity.type != "Topic"]
    if not agents:
        return []
    authors, how = _authors(noun, relative, agents, ends, lex)
    if not authors:
        # "incursions that Taipei describes as a 'pressure campaign by Beijing'": the verdict
        # names who does it
        said = [c for c in verb.children if c.dep_ in ("oprd", "attr", "xcomp")]
        said += [p for _, p in syntax.prep_objects(verb, frozenset({"as"})) if p is not noun]
        authors = [e for v in said if v.pos_ == "NOUN" for a in syntax.prep_objects(v, frozenset({"by"}))
                   for e in ends.actors(a[1]) if e.entity.type in _AUTHOR_TYPES]
    targets = not_own(agents, authors, ends)
    claim = noun.lemma_.lower() in lex.cue("claim_nouns")
    relation, cameo = ("rejects", "120") if claim else ("criticizes", "111")
    # 0.7: the naming verb passes the verdict on an act whose author its phrase names; the lead
    # act is a guess from the article's opening
    conf = 0.65 if how == "lead" else 0.7
    return emit("frame-verdict", verb, relation, cameo, agents, targets, verb, conf, trace)


#: verbs that hold someone to be something ("regards X as the legitimate president")
_HOLDING = frozenset({"consider", "regard", "recognise", "recognize", "see", "view", "deem", "accept",
                      "treat", "acknowledge"})


def _held_legitimate(adj: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Moscow considered Maduro the legitimate president", "ECOWAS continues to regard Bazoum
    as the sole legitimate President of Niger", "does not recognise X as the rightful
    leader": who is held to be the legitimate holder of an office is supported."""
    noun = adj.head
    if adj.dep_ != "amod" or noun.pos_ not in ("NOUN", "PROPN"):
        return []
    if noun.dep_ == "pobj" and noun.head.lower_ == "as":
        verb = noun.head.head
        held = syntax.objects(verb) if verb.pos_ in VERB_POS else []
    elif noun.dep_ == "appos" and noun.head.dep_ == "dobj":
        verb, held = noun.head.head, [noun.head]
    elif noun.dep_ in ("oprd", "attr", "xcomp", "ccomp"):
        verb = noun.head
        held = syntax.objects(verb) if verb.pos_ in VERB_POS else []
    else:
        return []
    if verb.lemma_.lower() not in _HOLDING:
        return []
    agents = actor_subjects(verb, ends)
    targets = not_own(agents, [e for t in held if t.i != noun.i for e in ends.actors(t)], ends)
    return emit("frame-legitimate", verb, "supports", "054", agents, targets, verb, 0.7, trace)


#: what a vote should be, denied ("neither free nor fair", "lacked legitimacy")
_VOTE_VIRTUES = frozenset({"free", "fair", "credible", "transparent", "legitimate", "democratic", "inclusive",
                           "legitimacy", "credibility", "transparency"})
_VOTES = frozenset({"election", "vote", "poll", "ballot", "referendum", "runoff"})
_DENYING = frozenset({"deny", "reject", "dismiss", "refute", "dispute"})


def _vote_judged(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"The US said the election had been neither free nor fair", "Borrell said the vote lacked
    any democratic legitimacy", "said the election had fallen short of ... standards", "said
    the poll was rigged": the speaker criticizes the vote (a topic)."""
    clause = noun.head
    report = clause.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" or report.pos_ not in VERB_POS \
            or report.lemma_.lower() in _DENYING or syntax.negated(report):
        return []  # ("denied that the vote had been rigged")
    bad = lex.cue("pejoratives") | lex.cue("verdict_negative")
    words = [clause] + [c for c in clause.children if c.dep_ in ("acomp", "attr", "dobj", "oprd", "advmod")]
    words += [cj for w in words for cj in w.conjuncts]
    denied = syntax.negated(clause) or any(c.lower_ in ("neither", "nor", "not", "no", "never") for w in words
                                           for c in (w, *w.children))
    judged = any(w.lemma_.lower() in bad or w.lower_ in bad for w in words) \
        or denied and any(w.lemma_.lower() in _VOTE_VIRTUES for w in words) \
        or clause.lemma_.lower() == "lack" and any(w.lemma_.lower() in _VOTE_VIRTUES for w in words) \
        or clause.lemma_.lower() == "fall" and any(c.lower_ == "short" for c in clause.children)
    if not judged:
        return []
    speakers = [e for e in actor_subjects(report, ends) if e.entity.type != "Topic"]
    topic = End(ends.m.topic(noun.doc[noun.i:noun.i + 1]), noun, False, f"topic '{noun.text}'")
    return emit("frame-vote-judged", clause, "criticizes", "111", speakers, [topic], report, 0.6, trace)


FRAMES = (
    ((), tuple(DESCRIBING | _AS_VERDICT), VERB_POS, _verdict_on_act),
    ((), tuple(sorted(_VOTES)), frozenset({"NOUN"}), _vote_judged),
    ((), ("legitimate", "rightful"), frozenset({"ADJ"}), _held_legitimate),
)
