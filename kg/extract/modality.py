"""Polarity, modality and attribution of a trigger, read off the clause chain.

From the verb that carries the trigger we walk up the dependency tree through
control and clause links (xcomp, ccomp, advcl, conj, relcl ...). Along the way:

- a ``neg`` child, a "no" determiner, a negative control verb ("refused to",
  "declined to", "failed to"), "refrain from" or "stopped short of" on the trigger's own
  chain makes it negative; the walk for negation stops at the first clause boundary that
  is not control (xcomp), so "X did not say that Y attacked Z" stays positive for the attack;
- future auxiliaries and planning verbs give ``planned``; "is expected to",
  "likely" give ``expected``; modal auxiliaries and "if" clauses give ``possible``;
- a reporting verb above a ccomp ("X said that ...") or "according to X" gives
  ``reported`` (unless something stronger was found) and the attribution;
- a denied content ("X denied that Y attacked Z", "X denied reports that Y had
  attacked Z", "X rejected as baseless the allegation that Y ...") is negative:
  the speaker says it did not happen.
"""
from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Token

from kg.extract.lexicon import Lexicon
from kg.extract.syntax import called_on, closes_report, coordinated_complement, negated, sayers_next_act

__all__ = ["ClauseInfo", "analyse_clause", "only_proposed", "requested"]

#: verbs that say a reported content is untrue ("denied that ...", "dismissed claims that ...")
_DENYING = frozenset({"deny", "reject", "dismiss", "refute", "rebut", "debunk", "dispute"})
_UP = frozenset({"xcomp", "ccomp", "advcl", "conj", "relcl", "pcomp", "acl", "parataxis", "prep", "pobj", "dobj", "csubj"})


class ClauseInfo(NamedTuple):
    polarity: str
    modality: str
    reporter: Token | None   # the reporting verb whose ccomp holds the trigger
    according_to: Token | None
    reasons: tuple[str, ...]


def _neg_child(tok: Token, neg: frozenset) -> bool:
    """"did not attack", "no talks", "never met", "no longer supports" (a "no" under the
    adverb "longer" or "more" negates the verb)."""
    return any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in tok.children) or \
        any(c.dep_ == "advmod" and (c.lower_ == "never" or c.lower_ in _NO_LONGER and _has_no(c))
            for c in tok.children)


#: adverbs that "no" turns into a negation of the verb ("no longer supports", "no more funds")
_NO_LONGER = frozenset({"longer", "more"})


def _has_no(adverb: Token) -> bool:
    return any(c.lower_ == "no" for c in adverb.children)


def _yet_to(head: Token) -> bool:
    """"has yet to visit Kyiv", "is yet to recognize Kosovo": the act has not happened."""
    return head.lemma_.lower() in ("have", "be") and any(c.dep_ == "advmod" and c.lower_ == "yet"
                                                         for c in head.children)


def analyse_clause(verb: Token, lex: Lexicon, *, walk: bool = True) -> ClauseInfo:
    """Analyse the clause chain above ``verb`` (the trigger or its governing verb).

    With ``walk=False`` only the token itself is read ("no talks"), for nominal
    events that a clause merely mentions ("condemned the attacks").
    """
    neg = lex.cue("negation")
    neg_heads = lex.cue("negative_heads")
    planned_heads = lex.cue("planned_heads")
    expected_heads = lex.cue("expected_heads")
    planned_aux = lex.cue("planned_aux")
    possible_aux = lex.cue("possible_aux")
    possible_marks = lex.cue("possible_marks")
    reporting = lex.cue("reporting_verbs")
    negative = False
    modality = None
    reporter = according = None
    reasons: list[str] = []
    tok = verb
    negation_open = True  # negation only counts up to the first non-control boundary
    for _ in range(8):
        if negation_open and _neg_child(tok, neg):
            negative = not negative
            reasons.append(f"negated at '{tok.text}'")
        for c in tok.children:
            low = c.lower_
            if c.dep_ in ("aux", "auxpass") and modality is None:
                if low in planned_aux:
                    modality = "planned"
                    reasons.append(f"future '{c.text}'")
                elif low in possible_aux:
                    modality = "possible"
                    reasons.append(f"modal '{c.text}'")
            elif c.dep_ == "mark" and low in possible_marks and modality is None:
                modality = "possible"
                reasons.append(f"condition '{c.text}'")
            elif c.dep_ == "prep" and low == "according" and according is None:
                according = next((g for g in c.subtree if g.dep_ == "pobj"), None)
            elif c.dep_ == "acomp" and c.lower_ == "likely" and modality is None:
                modality = "expected"
                reasons.append("'likely'")
        dep = tok.dep_
        head = tok.head
        if not walk or head is tok or dep not in _UP:
            break
        hl = head.lemma_.lower()
        if negation_open and dep == "prep" and tok.lower_ == "from" and hl in lex.cue("refraining_heads"):
            # "committed to refrain from providing support to X": the act is renounced, not done
            negative = not negative
            reasons.append(f"refrained from at '{head.text}'")
        if negation_open and dep == "pcomp" and hl == "of" and _short_of(head):
            # "stopped short of blaming X", "fell short of naming Y": the act is held back
            negative = not negative
            reasons.append(f"short of at '{head.head.head.text}'")
        if coordinated_complement(tok):
            # "denies X and in turn accuses Y": a second act of the head's subject, outside
            # what the head denies
            negation_open = False
            tok = head
            continue
        if dep == "xcomp" or (dep == "advcl" and tok.tag_ == "TO"):
            if negation_open and hl in neg_heads and hl in lex.cue("halting_heads") and requested(head, lex):
                # "called on X to stop blocking Y": asking someone to stop presupposes they do it
                reasons.append(f"requested halt '{head.text}' (the act goes on)")
            elif negation_open and hl in neg_heads:
                negative = not negative
                reasons.append(f"negative control verb '{head.text}'")
            elif negation_open and _yet_to(head):
                negative = not negative
                reasons.append(f"not yet done ('{head.text} yet to')")
            if modality is None:
                if hl in expected_heads:
                    modality = "expected"
                    reasons.append(f"expectation '{head.text}'")
                elif hl in planned_heads:
                    modality = "planned"
                    reasons.append(f"plan '{head.text}'")
        elif dep in ("ccomp", "parataxis") and hl in reporting:
            reporter = head
            reasons.append(f"reported by '{head.text}'")
            # the content follows the denial ("denied that ..."); a clause before it is
            # usually a misparse ("X accused Y of Z, a charge Y denies")
            # ("denied that X crossed and blamed Y": a conjunct in another verb form is the
            # speaker's own act, which closed the negation scope on the way up)
            if negation_open and dep == "ccomp" and hl in _DENYING and tok.i > head.i and not negated(head):
                negative = not negative
                reasons.append(f"denied by '{head.text}'")
            # what lies above the reporting verb qualifies the report, not the event
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ == "according" and according is None:
                    according = next((g for g in c.subtree if g.dep_ == "pobj"), None)
            break
        elif negation_open and (dep in ("acl", "ccomp") or dep == "relcl" and _that_clause(tok)) \
                and _denied_claim(head, lex):
            # "denied reports that the group had rejected the plan": the claim's content
            # is what the speaker says did not happen; the claim is someone else's report
            negative = not negative
            reporter = head.head
            reasons.append(f"claim denied by '{head.head.text}'")
            break
        elif dep in ("advcl", "relcl", "ccomp", "acl", "csubj", "parataxis"):
            negation_open = False
            if dep == "advcl" and modality is None:
                pass
        elif dep == "conj" and closes_report(tok, head):
            # 'said Y was "not serious" and summoned ...': the reporter's own act, asserted
            negation_open = False
            tok = head.head
            continue
        elif dep == "conj" and (sayer := sayers_next_act(tok, head)) is not None:
            # "said X could not be allowed to continue and called on Y": the sayer's next act
            negation_open = False
            tok = sayer
            continue
        elif dep == "conj":
            # "would not accept X, and accused Y": a conjunct in another verb form does not
            # share the head's negated auxiliary
            # ("had never seen such carnage and urging X": a participle of another kind neither)
            if tok.tag_ != head.tag_ and (tok.tag_ in ("VBD", "VBZ", "VBP")
                                          or tok.tag_ == "VBG" and head.tag_ in ("VBN", "VBD")):
                negation_open = False
            # "would not kneel and would take the dispute to X", "said X cannot stay silent and
            # that Y had raised it": a conjunct with its own auxiliary, subject or "that" is a
            # clause of its own, outside the first one's negation
            elif any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") and c.i < tok.i
                     for c in tok.children):
                negation_open = False
            # "denied that the men had been mistreated and accused X of ...": an active verb
            # with an object of its own, hung on a passive one, is the speaker's next act
            elif tok.tag_ == "VBN" and any(c.dep_ == "dobj" for c in tok.children) \
                    and any(c.dep_ == "auxpass" for c in head.children):
                negation_open = False
        tok = head
    modality = modality or ("reported" if reporter is not None or according is not None else "asserted")
    return ClauseInfo("negative" if negative else "positive", modality, reporter, according, tuple(reasons))


#: conjunctions of a clause set beside another ("as", "while", "after" ...)
_TIME_MARKS = frozenset({"as", "while", "when", "after", "before", "since", "because", "although", "though"})


def requested(verb: Token, lex: Lexicon) -> bool:
    """Whether ``verb`` is what someone is asked to do ("urged X to stop", "called on X to
    stop", also when a second "and on Y to stop" was parsed onto the first request)."""
    if called_on(verb) is not None:
        return True
    requests = lex.cue("request_heads")
    tok = verb
    for _ in range(3):
        if tok.dep_ not in ("xcomp", "advcl", "conj") or tok.head is tok:
            return False
        if tok.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) \
                and any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in tok.children):
            return False  # ("urged X to act, as the two held talks": a clause of its own, no request)
        tok = tok.head
        if tok.lemma_.lower() in requests:
            return True
    return False


#: verbs of "stopped / fell short of doing": the act is not done
_SHORT_OF = frozenset({"stop", "fall", "come"})


def _short_of(prep: Token) -> bool:
    """"of" in "stopped short of", "fell short of" ("short" as the verb's adverb or complement)."""
    short = prep.head
    return short.lower_ == "short" and short.head is not short and short.head.lemma_.lower() in _SHORT_OF


def _that_clause(tok: Token) -> bool:
    """A clause introduced by the conjunction "that" (a relative "that" is its subject
    or object instead)."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)


def _denied_claim(noun: Token, lex: Lexicon) -> bool:
    """"reports / claims / the allegation that ..." as what a denying verb rejects."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.cue("claim_nouns"):
        return False
    verb = noun.head
    if verb.pos_ == "ADJ" and verb.dep_ in ("advcl", "oprd", "acomp"):
        verb = verb.head  # "rejected as baseless the allegation that ...", as parsed
    return noun.dep_ in ("dobj", "nsubjpass") and verb is not noun and verb.lemma_.lower() in _DENYING \
        and not negated(verb)


def only_proposed(noun: Token, lex: Lexicon) -> bool:
    """True for a nominal event that is only offered or attempted.

    "offered to host a meeting between A and B", "are trying to reach a settlement":
    the meeting and the settlement have not happened and are not scheduled, so they
    give no fact (unlike "will meet", which the guidelines annotate as planned).
    """
    # "negotiations on a ceasefire between A and B": what is negotiated is not yet agreed
    # (the negotiation itself is a fact of its own)
    if noun.dep_ in ("pobj", "conj"):
        obj = noun
        while obj.dep_ == "conj" and obj.head is not obj:
            obj = obj.head
        if obj.dep_ == "pobj" and obj.head.lower_ in ("on", "over", "for", "toward", "towards") \
                and obj.head.head.lemma_.lower() in lex.cue("negotiation_nouns"):
            return True
    # the noun must be the object of the offered act itself (its object, or the object of
    # a goal preposition)
    if noun.dep_ == "dobj":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in ("in", "into", "for", "to", "at") \
            and noun.head.head.pos_ in ("VERB", "AUX"):
        # "tried to engage in talks"; not "sought to finish a pact, under negotiation since 2019"
        verb = noun.head.head
    else:
        return False
    return verb.dep_ == "xcomp" and verb.head is not verb and verb.head.lemma_.lower() in lex.cue("proposal_heads")
