"""Threats phrased as what the other side will suffer: "warned that Japan would bear all
consequences", "said X would pay a heavy price if it ...", "X will face repercussions,
the minister warned", "Y would pay dearly" (the ``frame_paying_dearly`` adverbs); and as a
response held in reserve: "reserves the right to take retaliatory measures".

The anchor is the consequence noun (the ``frame_consequence_nouns`` entry of
``kg/data/extract_cues.json``) as the object of a verb of undergoing
(``frame_undergoing``: bear, pay, face, suffer, ...); the clause must be the content of a
warning or statement, whose speaker threatens the subject of that clause.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import syntax
from kg.extract.ends import EndFinder
from kg.extract.frames._common import not_own, NOUN_POS as _NOUN_POS, emit as _emit, named as _named, own_sides as _own_sides
from kg.extract.frames.act_targets import act_authors
from kg.extract.frames.responses import _condition_targets as condition_targets, answered_side
from kg.extract.lexicon import FAMILY, Lexicon
from kg.extract.rules import Trace, actor_subjects
from kg.types import ACTOR_TYPES

__all__ = ["FRAMES"]

# how far up a chain of clauses the warning verb may sit ("warned that X would ... and
# would bear", "said it believed X would pay")
_MAX_HOPS = 3


def _speaker_verb(verb: Token, lex: Lexicon) -> Token | None:
    """The warning or reporting verb whose content ``verb`` is, or None."""
    speaking = lex.cue("frame_retaliating") | lex.cue("reporting_verbs") | lex.cue("warning_reporting")
    tok = verb
    for _ in range(_MAX_HOPS):
        if tok.dep_ not in ("ccomp", "conj", "xcomp") or tok.head is tok:
            return None
        tok = tok.head
        if tok.lemma_.lower() in speaking:
            return tok
    return None


def _bear_consequences(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"warned that Japan would bear all consequences if it intervened": the speaker
    threatens whoever is to bear them (never the speaker's own side)."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in lex.cue("frame_undergoing"):
        return []
    if noun.lemma_.lower() == "price" and any(c.dep_ == "amod" and c.lemma_.lower() not in lex.cue("frame_heavy_prices")
                                              for c in noun.children):
        return []  # "would pay a fair price for the vaccines": a purchase, not a threat
    speaker = _speaker_verb(verb, lex)
    if speaker is None:
        trace.add("frame-consequences", noun, "rejected threatens", "not the content of a warning or statement")
        return []
    # "X will pay, he warned": the clause under the speaker's verb names who pays
    sufferers = [e for t in syntax.subjects(verb) for e in _named(ends.actors(t))]
    agents = actor_subjects(speaker, ends)
    if speaker.dep_ == "conj" and speaker.tag_ == "VBG" and {e.entity.id for e in agents} <= {e.entity.id for e in sufferers}:
        # "accusing Tokyo of stirring up trouble and warning that Japan would ...": the
        # participle is misread as the second act of the accused; the speaker is whoever
        # makes the accusation the phrase hangs off
        tok = speaker
        while tok.dep_ in ("conj", "pcomp", "prep", "pobj") and tok.head is not tok:
            tok = tok.head
        agents = actor_subjects(tok, ends) if tok is not speaker and tok.pos_ == "VERB" else agents
    targets = not_own(agents, sufferers, ends)
    return _emit("frame-consequences", noun, "threatens", "130", agents, targets, speaker, 0.6, trace)


#: what is used in answer ("reserves the right to use force")
_FORCE = frozenset({"force", "self-defence", "self-defense", "defence", "defense", "forces", "arms"})


def _reserved_right(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Russia reserves the right to take retaliatory measures", "the resistance has the
    right to respond at the time it chooses": a threat to whoever the response is aimed
    at, else to the one whose sanctions or attacks were just reported (in the sentence, else
    the last hostile act against the reserving side: :func:`.responses.answered_side`)."""
    verb = noun.head
    # "Russia reserves the right ...", parsed as the noun "reserves" with "Russia" as its
    # compound and "the right" as its apposition: the words before it are the subject
    misread = verb.pos_ == "NOUN" and verb.lower_ == "reserves" and noun.dep_ in ("dobj", "appos") \
        and noun.i > verb.i and any(c.dep_ in ("compound", "nmod", "amod") and c.i < verb.i for c in verb.children)
    if not misread and (noun.dep_ != "dobj" or verb.lemma_.lower() not in ("reserve", "have", "retain", "keep")):
        return []
    acts = [c for c in noun.children if c.dep_ in ("acl", "relcl", "xcomp") and c.pos_ == "VERB"]
    responding = [a for a in acts if a.lemma_.lower() in lex.cue("retaliation_verbs") or a.lemma_.lower() == "take"
                  and any(o.lemma_.lower() in lex.cue("frame_response_measures") for o in syntax.objects(a))
                  or a.lemma_.lower() == "use" and any(o.lemma_.lower() in _FORCE for o in syntax.objects(a))]
    if not responding:
        return []
    if misread:
        # ("The Chinese side reserves": "Chinese" is the misread noun's own modifier)
        words = [c for c in verb.children if c.dep_ in ("compound", "nmod", "amod") and c.i < verb.i]
        agents = next((found for c in reversed(words) for found in [ends.actors(c)] if found), [])
    else:
        agents = actor_subjects(verb, ends)
    own = _own_sides(agents, ends)
    aimed = [p for a in responding for t in (a, *syntax.objects(a))
             for _, p in syntax.prep_objects(t, frozenset({"against", "to"}))]
    # "to take further measures in response to the visit": what is answered, by its author
    aimed += [q for a in responding for t in (a, *syntax.objects(a))
              for _, p in syntax.prep_objects(t, frozenset({"in"})) if p.lemma_.lower() == "response"
              for _, q in syntax.prep_objects(p, frozenset({"to"}))]
    targets = [e for p in aimed for e in _named(ends.owners(p, ACTOR_TYPES, "threatens")) if e.entity.id not in own]
    if not targets:
        # "reserved the right to use self-defence if France continued to ...": the condition's subject
        targets = [e for a in responding for e in condition_targets(a, ends) if e.entity.id not in own]
    if not targets:
        # "called the sanctions an act of piracy and said Russia reserved the right ...":
        # the response is to the coercion or attack named in the sentence, by its authors
        acts = [t for t in noun.sent if t.pos_ == "NOUN" and t.i != noun.i
                and any(FAMILY[r.relation] in ("coerce", "assault") for r in lex.nouns.get(t.lemma_.lower(), ()))]
        targets = [e for a in acts[:1] for e in act_authors(a, agents, ends)]
    # "India reserved the right to respond at a time of its choosing" after Pakistan's
    # shelling: the author of the last hostile act against the reserving side
    targets = targets or answered_side(noun, agents, ends)
    return _emit("frame-reserved-right", noun, "threatens", "130", agents, targets, verb, 0.6, trace)


def _pay_dearly(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"warned that the United States and its ally would pay dearly for their provocation":
    the speaker threatens whoever is to pay (the price said by an adverb, not a noun)."""
    if syntax.negated(verb) or not any(c.dep_ == "advmod" and c.lower_ in lex.cue("frame_paying_dearly")
                                       for c in verb.children):
        return []
    speaker = _speaker_verb(verb, lex)
    if speaker is None:
        return []
    agents = actor_subjects(speaker, ends)
    sufferers = [e for t in syntax.subjects(verb) for e in _named(ends.actors(t))]
    return _emit("frame-pay-dearly", verb, "threatens", "130", agents, not_own(agents, sufferers, ends), speaker,
                 0.6, trace)


def _not_unanswered(adj: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Iran said the attack on its consulate would not go unpunished", '"Those behind this
    provocation know it will not go unanswered," she said': the speaker threatens the authors
    of the act (named in the clause, else the last hostile act against the speaker's side,
    else the other of the article's two sides)."""
    verb = adj.head
    if adj.dep_ not in ("acomp", "oprd") or verb.lemma_.lower() not in ("go", "remain", "leave", "stay", "be") \
            or not syntax.negated(verb):
        return []
    speaking = lex.cue("frame_retaliating") | lex.cue("reporting_verbs") | lex.cue("warning_reporting")
    tok, speaker = verb, None
    for _ in range(4):  # 'know it will not go unanswered," she said': through the knowing
        if tok.dep_ not in ("ccomp", "conj", "xcomp", "acomp") or tok.head is tok:
            break
        tok = tok.head
        if tok.lemma_.lower() in speaking:
            speaker = tok
            break
    agents = actor_subjects(speaker, ends) if speaker is not None else []
    if not agents and ends.speaker is not None and ends.in_quote(adj):
        agents = [ends.speaker]
    if not agents:
        return []
    acts = [t for t in syntax.subjects(verb) if t.pos_ == "NOUN"]
    # "those behind this provocation": the act they are behind
    acts += [p for t in adj.sent if t.lower_ in ("those", "whoever") for _, p in syntax.prep_objects(t, frozenset({"behind"}))]
    targets = [e for a in acts for e in act_authors(a, agents, ends)]
    targets = targets or answered_side(adj, agents, ends)
    return _emit("frame-not-unanswered", adj, "threatens", "130", agents, targets, speaker or verb, 0.6, trace)


#: (cue lists, extra lemmas, part of speech, frame): the lemmas that anchor each frame
FRAMES = (
    (('frame_consequence_nouns',), (), _NOUN_POS, _bear_consequences),
    ((), ('right',), _NOUN_POS, _reserved_right),
    ((), ('pay',), frozenset({"VERB", "AUX"}), _pay_dearly),
    ((), ('unanswered', 'unpunished'), frozenset({"ADJ", "VERB"}), _not_unanswered),
)
