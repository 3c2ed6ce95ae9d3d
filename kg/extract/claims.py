"""Claims named by a noun: who a claim charges, and a claim called false.

- "Washington's complaints that Beijing steals technology", "Saudi accusations that they had
  fired a missile", "the claims of Russian officials that Ukraine is preparing an offensive",
  "the claims made by Czech politicians that the embassy has threatened senators" -> the
  claim's holder (its possessor, its demonym, its "of / by / from" phrase or the agent of
  "made by") accuses the side its content charges (``claim-content``): only a content whose
  act is a wrong done (:func:`~kg.extract.reports._hostile`, the act found as
  :func:`~kg.extract.reports._charged_act` finds it) or the plotting of an attack ("is
  preparing an offensive"); "China's claims to the islands", "the claim that talks will
  resume" charge nobody. (Accusation nouns of the lexicon already name the one the clause is
  about, :mod:`.nominal`.)
- "The Philippines' claim that China rammed its vessel is not consistent with the facts",
  "Allegations that the government was involved in any act of violence are absurd", "The
  so-called 'overcapacity' narrative does not hold water" -> the judge (the subject of the
  reporting verb above, a quote's speaker or the government that issued the text) denies what
  the claim says, as a short topic (``claim-judged-false``): the content clause read as
  :mod:`.report_denials` reads a denied clause ("ramming its vessel", "act of violence"), or
  the label a so-called claim is given ("overcapacity"); and rejects the claim's holder ("Yang
  said Vietnam's claims were groundless": Yang rejects Vietnam, as "rejected Vietnam's claims"
  does).
- "We reject the claims made by X that the embassy has threatened or exerted pressure on Y"
  -> the rejecting subject denies "threatening": a content clause the parser left as a
  relative clause ("that" read as an object beside the verb's own) is out of the reach of the
  rules on rejected claims (:mod:`.report_denials`), which read the others.

The nouns are the ``content_claim_nouns`` of ``kg/data/extract_cues.json``; the verdicts the
``claim_falsity_words`` (said of a claim: "absurd", "a lie") and ``claim_truth_words`` (said
not to hold: "not true", "not consistent with the facts"); plotted acts the ``plotting_verbs``.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import syntax
from kg.extract.ends import End, EndFinder
from kg.extract.lexicon import FAMILY, Lexicon
from kg.extract.report_denials import (_act_topic, _clause_label, _content_clauses, _gerund_phrase, _QUOTES,
                                       ing_form, rejecting)
from kg.extract.reports import _charged_act, _hostile, _is_negated, news_copy
from kg.extract.rules import Candidate, Trace, actor_subjects, pair_up
from kg.types import ACTOR_TYPES

__all__ = ["claim_rule"]

#: prepositions naming who holds a claim ("the claims of Russian officials", "accusations from Europe")
_HOLDER_PREPS = frozenset({"of", "by", "from"})
#: modifiers that name a claim's holder ("Washington's complaints", "Saudi accusations")
_HOLDER_MODS = frozenset({"poss", "amod", "compound", "nmod"})
#: participles of voicing a claim whose agent holds it ("the claims made by X", "allegations leveled by Y")
_VOICED = frozenset({"make", "raise", "level", "voice", "put", "spread", "repeat"})
#: auxiliaries of what may yet come: "claims that Y could attack" charges nobody yet
_PROSPECT_AUX = frozenset({"will", "would", "could", "may", "might", "can", "ca", "wo"})
#: what a claim is said to lack ("has no basis", "lacks any foundation")
_GROUNDS = frozenset({"basis", "foundation", "ground", "grounds", "merit", "substance"})
#: verbs a false claim is said not to do ("does not hold water", "does not stand up")
_HOLDING = frozenset({"hold", "stand"})
#: modifiers that put a claim's label in doubt ("the so-called 'overcapacity' narrative")
_DOUBTING = frozenset({"so-called", "alleged", "supposed", "purported"})


def claim_rule(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """Candidates from a claim noun: its holder accuses whom its content charges; a speaker
    who calls it false denies what it says."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.cue("content_claim_nouns"):
        return
    misread = _misread_content(noun)
    clauses = _content_clauses(noun) + misread
    judged = _judged_false(noun, lex)
    rejected = not judged and bool(misread) and noun.dep_ == "dobj" and rejecting(noun.head) \
        and not syntax.negated(noun.head)
    if not (clauses or judged):
        return
    holders = _holders(noun, ends)
    if clauses and not _names_accused(noun, lex):
        yield from _holder_accuses(noun, holders, clauses, ends, lex, trace)
    if judged:
        judges = _judges(noun, ends, lex)
        yield from _denied_content(noun, holders, clauses, judges, ends, lex, trace)
        for s, o in pair_up(judges, holders, "rejects"):
            # "Yang said Vietnam's claims were groundless": whoever calls a side's claim false
            # rejects that side (as "rejected Vietnam's claims" does)
            yield Candidate("claim-judged-false", noun, "rejects", "120", s, o, noun, 0.6, polarity="positive",
                            walk=False)
    elif rejected:
        # "reject the claims made by X that the embassy has threatened ...": the rules on
        # rejected claims read a content clause the parser left as a relative clause as no content
        yield from _denied_content(noun, holders, misread, actor_subjects(noun.head, ends), ends, lex, trace)


def _names_accused(noun: Token, lex: Lexicon) -> bool:
    """Whether the noun rule already reads the clause of this noun ("accusations that ...")."""
    return any(t.relation == "accuses" for t in lex.nouns.get(noun.lemma_.lower(), ()))


def _misread_content(noun: Token) -> list[Token]:
    """"the claims made by X that the embassy has threatened or exerted pressure on Y": a
    content clause parsed as a relative clause with "that" as an object, where its verb has an
    object of its own (a relative pronoun and a noun cannot both be the object)."""
    found = []
    for c in noun.children:
        if c.dep_ != "relcl" or c.pos_ not in ("VERB", "AUX") or c.i < noun.i:
            continue
        that = c.doc[c.left_edge.i]
        if that.lower_ == "that" and that.dep_ == "dobj" and that.head.pos_ == "VERB" \
                and any(o.dep_ == "dobj" and o.i != that.i for o in that.head.children) \
                and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children):
            found.append(c)
    return found


def _holders(noun: Token, ends: EndFinder) -> list[End]:
    """Who holds a claim: "Washington's complaints", "Saudi accusations", "the claims of
    Russian officials", "accusations from Europe", "the claims made by Czech politicians"."""
    toks = [c for c in noun.children if c.dep_ in _HOLDER_MODS]
    toks += [p for _, p in syntax.prep_objects(noun, _HOLDER_PREPS)]
    toks += [a for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _VOICED
             for a in syntax.by_agents(c)]
    return [e for t in toks for e in ends.actors(t, ACTOR_TYPES) if e.entity.type != "Topic"]


def _plotted(act: Token, lex: Lexicon) -> bool:
    """"is preparing an offensive", "plotted attacks": an attack plotted is a wrong charged."""
    if act.lemma_.lower() not in lex.cue("plotting_verbs"):
        return False
    return any(FAMILY[t.relation] == "assault" for o in syntax.objects(act)
               for t in lex.nouns.get(o.lemma_.lower(), ()))


def _charge_of(clause: Token, lex: Lexicon) -> tuple[Token, Token | None] | None:
    """(the act, the one it is said of) when a content clause charges a wrong done (not
    denied, not only foreseen); else None."""
    act, charged = _charged_act(clause, syntax.clause_subject_of(clause), lex)
    if not (_hostile(act, lex) or _plotted(act, lex)) or _is_negated(clause) or _is_negated(act):
        return None
    if any(c.dep_ == "aux" and c.lower_ in _PROSPECT_AUX for t in {clause, act} for c in t.children):
        return None
    return act, charged


def _holder_accuses(noun: Token, holders: list[End], clauses: list[Token], ends: EndFinder, lex: Lexicon,
                    trace: Trace):
    if not holders:
        trace.add("claim-content", noun, "rejected accuses", "no holder of the claim")
        return
    for clause in clauses:
        found = _charge_of(clause, lex)
        if found is None:
            trace.add("claim-content", noun, "rejected accuses", f"'{clause.text}' charges no wrong")
            continue
        act, charged = found
        if syntax.is_passive(act):  # "drones had been used (by X)": the patient is no culprit
            accused = [e for t in syntax.by_agents(act) for e in ends.actors(t)]
        else:
            accused = ends.actors(charged) if charged is not None else []
        own = {e.entity.id for e in holders}
        accused = [e for e in accused if e.entity.id not in own and e.entity.type != "Topic"]
        for s, o in pair_up(holders, accused, "accuses"):
            yield Candidate("claim-content", noun, "accuses", "112", s, o, noun, 0.6, polarity="positive", walk=False)


def _judged_false(noun: Token, lex: Lexicon) -> bool:
    """Whether the sentence calls the claim false: "... is not consistent with the facts",
    "... are absurd", "... is a lie", "... does not hold water", "... has no basis"."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    head = noun.head
    lemma = head.lemma_.lower()
    falsity, truth = lex.cue("claim_falsity_words"), lex.cue("claim_truth_words")
    negated = syntax.negated(head)
    if lemma == "be":
        preds = [c for c in head.children if c.dep_ in ("acomp", "attr")]
        return any(p.lower_ in falsity or p.lemma_.lower() in falsity or negated and p.lower_ in truth
                   for p in preds)
    if lemma in _HOLDING:  # "does not hold water", "does not stand up to scrutiny"
        return negated
    if lemma in ("have", "lack"):  # "has no basis", "lacks foundation"
        return any(o.lemma_.lower() in _GROUNDS and (lemma == "lack" or any(
            d.lower_ == "no" for d in o.children)) for o in syntax.objects(head))
    return False


def _judges(noun: Token, ends: EndFinder, lex: Lexicon) -> list[End]:
    """Who calls a claim false: the subject of the reporting verb the judgement is said under
    ("the tribunal ruled that its claims have no basis"), else the sentence's speaker (a
    quote's or a transcript's), else the government that issued the text (not a news
    agency's copy, which narrates)."""
    reporting = lex.cue("reporting_verbs")
    said = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX") and a.lemma_.lower() in reporting), None)
    if said is not None:
        # ("a ruling by a tribunal in The Hague that found its claims had no basis": a relative
        # pronoun's antecedent is too far to name the judge)
        if any(t.tag_ in ("WDT", "WP") for t in syntax.subjects(said)):
            return []
        return [e for e in actor_subjects(said, ends) if e.entity.type != "Topic"]
    if ends.speaker is not None:
        return [ends.speaker]
    issuer = ends.issuer()
    if issuer is None or news_copy(ends):
        return []
    return [End(issuer, noun, True, "issuing government")]


def _denied_content(noun: Token, holders: list[End], clauses: list[Token], speakers: list[End], ends: EndFinder,
                    lex: Lexicon, trace: Trace):
    speakers = [s for s in speakers if s.entity.id not in {e.entity.id for e in holders}]
    if not speakers:
        trace.add("claim-judged-false", noun, "rejected denies", "no speaker to deny the claim")
        return
    label = next((x for c in clauses for x in [_content_label(c, noun, ends, lex, trace)] if x), None) \
        if clauses else _doubted_label(noun)
    if label is None:
        trace.add("claim-judged-false", noun, "rejected denies", "the claim names nothing to deny")
        return
    text = label if isinstance(label, str) else label.text
    topic = End(ends.m.topic(label), noun, False, f"topic '{text}'")
    for s in speakers:
        yield Candidate("claim-judged-false", noun, "denies", "120", s, topic, noun, 0.6, polarity="positive",
                        walk=False)


def _content_label(clause: Token, noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """What a claim's content says as a topic: the clause read as a denied clause ("act of
    violence"), else a wrong it charges as a gerund phrase ("ramming its vessel", bare
    "threatening" when it has no object)."""
    label = _clause_label(clause, noun, ends, lex, trace)
    if label is not None:
        return label
    found = _charge_of(clause, lex)
    if found is None:
        return None
    act = found[0]
    return _act_topic(act, ends, lex) or _gerund_phrase(act) or ing_form(act.lemma_)


def _doubted_label(noun: Token) -> str | None:
    """"the so-called 'overcapacity' narrative" -> "overcapacity": the label a claim is given
    and doubted (the words before the noun after "so-called", quotes left out)."""
    mods = [c for c in noun.children if c.i < noun.i]
    # ("so-called" comes split: "called" with "so" hung on it)
    doubt = next((c for c in mods if c.lower_ in _DOUBTING
                  or c.lower_ == "called" and any(g.lower_ == "so" for g in c.children)), None)
    if doubt is None:
        return None
    start = doubt.right_edge.i + 1
    words = [t.text for t in noun.doc[start:noun.i] if t.text not in _QUOTES and not t.is_punct]
    return " ".join(words) if words and len(words) <= 4 else None
