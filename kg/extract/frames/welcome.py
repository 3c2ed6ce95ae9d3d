"""Support for whoever did a welcomed act that its phrase does not name.

"Kyiv welcomed the British move" is :mod:`.act_stances`' (the author is named in the act's
phrase or by an earlier act of its kind); this frame adds the author where it finds none:

- "Stoltenberg welcomed the move as a historic step", "Zelensky welcomed what he called a
  'historic decision'", "the minister praised the decision": a bare act noun
  (``verdict_act_nouns``) nobody is named for, and no earlier act of its kind, is the
  article's lead act; its actors are supported (as :mod:`.verdicts` aims a bad verdict);
- "The TMC said it welcomed the Ethiopian initiative", "backed a Chinese peace plan", "would
  continue to support the African Union process", "backs the EU-led process": a proposal or a
  process whose phrase names a state or body (by name, demonym or "X-led") is that actor's
  (a text, "a Security Council draft", stays with the verb rules' topic).

Never the speaker's own side; polarity comes from the stance clause ("did not welcome").
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import syntax
from kg.extract.ends import End, EndFinder
from kg.extract.frames._common import VERB_POS, emit, not_own
from kg.extract.frames.act_targets import ACT_NOUNS, act_authors
from kg.extract.frames.verdicts import lead_authors
from kg.extract.lexicon import Lexicon
from kg.extract.rules import Trace, actor_subjects
from kg.types import ACTOR_TYPES

__all__ = ["FRAMES"]

#: verbs of welcome and praise whose object may be an act
_WELCOMING = frozenset({"welcome", "hail", "praise", "applaud", "laud", "commend", "endorse", "back", "support",
                        "salute"})
#: determiners of a description that points back at an act ("the move", "this decision")
_BACK = frozenset({"the", "this", "that", "these", "those"})
#: auxiliaries of an act not (yet) done
_UNREAL = frozenset({"will", "would", "could", "might", "may", "should", "wo", "'ll", "shall"})
#: courses of action a body or state leads, which backing them backs ("the African Union process")
_COURSES = frozenset({"process", "effort"})
#: participles that make the name before them the leader of a course ("the EU-led process")
_LEADING = frozenset({"lead", "sponsor", "broker", "mediate", "facilitate"})
#: the kinds of actor a proposal is put forward by
_PROPOSERS = frozenset({"Country", "Organization", "Group"})


def _welcomed(verb: Token) -> list[tuple[Token, bool]]:
    """(act noun welcomed, whether it is a description "what X called ..."): the object, or
    the description of "welcomed what he called a 'historic decision'"."""
    objs = [(o, False) for o in syntax.objects(verb) if o.pos_ == "NOUN"]
    if not objs:
        objs = [(d, True) for c in verb.children if c.dep_ == "ccomp" and any(o.lower_ == "what" for o in c.children)
                for d in c.children if d.dep_ in ("oprd", "attr", "dobj") and d.pos_ == "NOUN"]
    return objs


def _bare(noun: Token, described: bool) -> bool:
    """Whether ``noun`` names no author and nothing else to pick its act out: "the move", or
    any description "what he called a 'historic decision'" (the description points back)."""
    before = [c for c in noun.children if c.i < noun.i and c.dep_ != "punct"]
    if described:
        # (the words quoted after it only go on describing: "a 'historic decision, from which ...'")
        return all(c.dep_ in ("det", "amod", "advmod") and c.ent_type_ == "" for c in before) and not any(
            c.dep_ == "prep" and c.lower_ in ("by", "of", "from") for c in noun.children)
    # ("welcomed the move as a historic step": the parser may hang the verdict on the noun)
    if any(c.dep_ in ("acl", "relcl", "poss") or c.dep_ == "prep" and c.lower_ != "as" for c in noun.children):
        return False
    return bool(before) and all(c.dep_ == "det" and c.lower_ in _BACK for c in before)


def _planned(subject: Token) -> bool:
    """Whether the clause of ``subject`` states an act only planned ("X and Y will begin a
    truce"): welcoming its announcement backs the plan, not yet its authors' deed."""
    tok = subject
    while tok.dep_ not in ("nsubj", "nsubjpass") and tok.head is not tok:
        tok = tok.head  # (up from a conjunct: "The United States and the Taliban will ...")
    return any(c.dep_ == "aux" and c.lower_ in _UNREAL for c in tok.head.children)


def _proposers(noun: Token, ends: EndFinder) -> list[End]:
    """The state or body a proposal's or a process's own phrase names: "the Ethiopian
    initiative", "a Chinese plan", "the African Union process", "the EU-led process"."""
    names = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i]
    # ("the EU-led process": the name hangs on the participle)
    names += [g for c in names if c.lemma_.lower() in _LEADING for g in c.children
              if g.dep_ in ("npadvmod", "compound", "nmod")]
    return [e for c in names if ends.m.entity_at(c) is not None
            for e in ends.actors(c, conj=False) if e.entity.type in _PROPOSERS
            and not e.via.startswith("capital")]  # ("the Astana process": where it meets)


def _welcome_unnamed_author(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"welcomed the move as a historic step", "welcomed what he called a 'historic
    decision'", "welcomed the Ethiopian initiative"."""
    if syntax.is_passive(verb):
        return []
    objs = _welcomed(verb)
    if not objs:
        return []
    agents = [e for e in actor_subjects(verb, ends) if e.entity.type != "Topic"]
    if not agents:
        return []
    generic = lex.cue("verdict_act_nouns")
    targets: list[End] = []
    for noun, described in objs:
        lemma = noun.lemma_.lower()
        if ACT_NOUNS.get(lemma) == "propose" or lemma in _COURSES:
            targets += [e._replace(via=f"proposer of '{noun.text}'") for e in _proposers(noun, ends)]
        elif lemma in generic and _bare(noun, described) and not act_authors(noun, agents, ends) \
                and not (ends.is_act_noun(lemma) and ends.act_author(noun, lemma)):
            # no earlier act of its kind: the act the article opens with (not the last act of
            # any kind, as for a bad verdict: "welcomed the move" after a line on the invasion
            # that prompted it welcomes the answer, not the invasion), when done
            lead = [e._replace(token=noun, coref=True, via=f"lead act for '{noun.text}'")
                    for e in lead_authors(ends, lex) if not _planned(e.token)]
            # (not when the verb rules read the last event of its kind, done by someone else:
            # "ASEAN barred the junta chief ... X welcomed the decision")
            event = {e.entity.id for e in ends.owners(noun, ACTOR_TYPES, "supports") if e.via.startswith("event")}
            targets += lead if not event or event <= {e.entity.id for e in lead} else []
    targets = not_own(agents, targets, ends)
    if not targets:
        trace.add("frame-welcomed-act", verb, "REJECT", f"no author found for {[o.text for o, _ in objs]}")
        return []
    # 0.65: the lead act is a guess from the article's opening
    return emit("frame-welcomed-act", verb, "supports", "051", agents, targets, verb, 0.65, trace)


#: (cue lists, extra lemmas, part of speech, frame): the lemmas that anchor each frame
FRAMES = (
    ((), tuple(_WELCOMING), VERB_POS, _welcome_unnamed_author),
)
