"""Judgements a speaker passes on another actor in reported speech.

- 'X said Y was "not serious about peace"', 'X said Y had been "very bad to us"', 'X said
  Y was "an instrument of confrontation"' -> X criticizes Y (``report-verdict``): a
  predicate of Y that judges its conduct or character badly, or denies it good faith;
- 'X said Y was "exploiting the crisis"', 'X said Y was inventing threats' -> X accuses Y:
  an act that is a charge in itself, one done "deliberately", or a duty left undone ("Y had
  failed to honour the deal", "Y had not yet returned the hostages");
- "X complained that Y failed to offer a satisfactory response", "... that Y had not
  replied" -> X criticizes Y: anything left undone is a reproach in a complaint;
- 'X said the sanctions showed Y was "not serious"', 'X said the summit confirmed that Y
  was ...': the verdict may sit one evidential clause down;
- '"These provocations undermine peace," the ministry said', 'X said Y's continued
  attacks aim to sabotage ...' -> X accuses the author of the act (``report-act-charge``);
- "X briefed him on what he called Y's 'aggression'" -> X criticizes Y (``evaluation-what``);
  "Y fired a rocket ... X condemned what it called 'a provocative act'": a generic act with
  no owner named is the act talked about in the last few sentences (the end finder's
  ``act_author``).

Never the speaker's own side, never a negated or denied verdict ('said Y was not
aggressive', 'denied that Y was ...'); praise ('Y was a serious partner') has no
negative word and does not fire.

The word lists are the ``verdict_*`` entries of ``kg/data/extract_cues.json`` (with the
shared ``pejoratives``).
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import syntax
from kg.extract.ends import End, EndFinder
from kg.extract.lexicon import Lexicon
from kg.extract.rules import Candidate, Trace, actor_subjects, armed_owner, pair_up
from kg.types import ACTOR_TYPES

__all__ = ["judged_actor", "charged_act", "called_what"]

#: copulas: what follows them is said of the subject
_COPULAS = frozenset({"be", "remain", "seem", "become", "appear", "look", "prove"})
#: verbs that say what an act counts as, like a copula ("amounted to war crimes", "constituted a breach")
_AMOUNTING = frozenset({"amount", "constitute"})
#: clauses that pass on a verdict in their own content ("the summit confirmed that Y was ...")
_EVIDENTIAL = frozenset({"show", "confirm", "prove", "demonstrate", "reveal", "mean", "underline", "underscore"})
#: verbs of pursuing a course, whose object is the conduct judged ("had chosen unilateralism")
_PURSUING = frozenset({"choose", "pursue", "practise", "practice", "adopt", "wage", "spread", "peddle", "promote",
                       "sow", "fuel", "engage", "resort", "continue"})
#: verbs that try or keep on doing what their infinitive says ("prefers to blame", "aim to sabotage")
_CATENATIVE = frozenset({"aim", "seek", "try", "attempt", "continue", "want", "prefer", "keep", "intend", "plan",
                         "choose"})
#: what an act of an actor does when it is charged as a wrong ("these provocations undermine peace");
#: physical acts with a toll ("the strikes killed 12") are reports of fact, not charges
_CHARGING = frozenset({"undermine", "sabotage", "violate", "breach", "flout", "infringe", "destabilize",
                       "destabilise", "endanger", "jeopardize", "jeopardise", "threaten", "provoke", "escalate",
                       "derail", "obstruct", "encroach", "inflame", "fuel", "show", "prove", "demonstrate"})
#: nouns naming an act or stance of its owner, which a verdict on it passes to the owner
_ACT_NOUNS = frozenset({"action", "act", "move", "conduct", "behaviour", "behavior", "activity", "stance",
                        "position", "approach", "decision", "failure", "refusal", "rhetoric", "remark",
                        "statement", "violation", "provocation", "attack", "strike", "incursion", "aggression",
                        "drill", "exercise", "interference", "meddling"})
#: duties whose neglect is a charge ("failed to honour", "has not yet returned")
_DUTIES = frozenset({"honor", "honour", "comply", "fulfil", "fulfill", "implement", "respect", "abide", "keep",
                     "return", "release", "withdraw", "cooperate", "pay", "uphold", "meet", "deliver"})
#: reporting verbs of a grievance: what they report left undone is a reproach ("complained that Y failed to")
_COMPLAINING = frozenset({"complain", "lament", "deplore", "protest", "grumble", "bemoan"})
#: a manner that makes an act a charge
_DELIBERATE = frozenset({"deliberately", "intentionally", "knowingly", "wilfully", "willfully", "purposely"})
#: dependents of a clause that are not part of its predicate
_NOT_PREDICATE = frozenset({"nsubj", "nsubjpass", "csubj", "ccomp", "advcl", "parataxis", "conj", "cc", "mark",
                            "punct", "aux", "auxpass", "neg"})
#: generic names of an act that say nothing of who did it ("what it called a provocative act")
_GENERIC_ACTS = frozenset({"act", "action", "move", "step", "provocation", "violation", "escalation"})
#: demonstrative subjects that point back at an act reported before ("These provocations ...")
_BACK = frozenset({"this", "these", "that", "those", "the", "such"})


def _clauses(clause: Token):
    """The clause and the content of an evidential clause under it ("showed Y was ...")."""
    yield clause
    if clause.lemma_.lower() in _EVIDENTIAL and not syntax.negated(clause):
        for c in clause.children:
            if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX"):
                yield c


def _near(tok: Token) -> list[Token]:
    """A word with its modifiers ("very bad", "a serious step backwards")."""
    return [tok, *(c for c in tok.children if c.dep_ in ("amod", "advmod", "compound", "npadvmod"))]


def _verdict(clause: Token, lex: Lexicon, grievance: bool = False) -> tuple[str, str] | None:
    """(relation, why) when the clause's predicate judges its subject badly, else None;
    ``grievance``: the clause is what the speaker complains of."""
    lemma = clause.lemma_.lower()
    negative = lex.cue("verdict_negative") | lex.cue("pejoratives")
    if lemma in _COPULAS and not syntax.negated(clause) and any(
            c.dep_ == "xcomp" and c.lemma_.lower() == "blame" for c in clause.children):
        return "accuses", "'to blame'"  # "said Moscow was to blame for the blast"
    if lemma in _COPULAS or lemma in _AMOUNTING:
        preds = [c for c in clause.children if c.dep_ in ("acomp", "attr", "oprd")] if lemma in _COPULAS else \
            [p for _, p in syntax.prep_objects(clause, frozenset({"to"}))] if lemma == "amount" else syntax.objects(clause)
        if not preds:
            return None
        # "was not serious about peace": good faith denied
        for p in preds:
            if (syntax.negated(clause) or syntax.negated(p)) and p.lemma_.lower() in lex.cue("verdict_good_faith"):
                return "criticizes", f"good faith denied ('{p.text}')"
        if syntax.negated(clause) or any(syntax.negated(p) for p in preds):
            return None  # "was not aggressive": a verdict denied
        # the verdict's head and its modifiers, and what it is "of" ("an instrument of
        # confrontation"), not words deep in a clause under it ("committed to fighting gang violence")
        words = [t for p in preds for t in _near(p)]
        words += [t for p in preds for _, g in syntax.prep_objects(p, frozenset({"of"})) for t in _near(g)]
        hit = next((t for t in words if t.lemma_.lower() in negative or t.lower_ in negative), None)
        if hit is not None:
            return "criticizes", f"'{hit.text}' judges the subject"
        text = " ".join(t.lower_ for t in words)
        phrase = next((p for p in lex.cue("verdict_phrases") if p in text), None)
        return ("criticizes", f"'{phrase}'") if phrase else None
    # "had failed to honour the deal", "had not yet returned the hostages": a duty left undone
    if lemma == "fail" and not syntax.negated(clause) and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in _DUTIES for c in clause.children):
        return "accuses", "a duty left undone"
    if syntax.negated(clause) and lemma in _DUTIES and any(c.dep_ == "advmod" and c.lower_ in ("yet", "still")
                                                     for c in clause.children):
        return "accuses", "a duty still undone"
    # "complained that Seoul failed to offer a response / had not replied": whatever was left
    # undone, a complaint makes it a reproach
    if grievance and (lemma == "fail" and not syntax.negated(clause) and any(c.dep_ == "xcomp" for c in clause.children)
                      or syntax.negated(clause) and lemma not in _COPULAS):
        return "criticizes", "a failure complained of"
    if syntax.negated(clause):
        return None
    if lemma in lex.cue("verdict_conduct_verbs"):
        return "accuses", f"'{clause.text}' is a charge"
    # "treated the United States very unfairly": a manner that judges the act
    manner = [c for c in clause.children if c.dep_ == "advmod"]
    manner += [g for c in manner for g in c.children if g.dep_ == "advmod"]
    if any(t.lower_ in _DELIBERATE for t in manner):
        return "accuses", "an act done on purpose"  # "had deliberately steered into one of its ships"
    hit = next((t for t in manner if t.lower_ in lex.cue("verdict_negative")), None)
    if hit is not None:
        return "criticizes", f"'{hit.text}' judges the act"
    objs = syntax.objects(clause)
    if lemma in _PURSUING and any(o.lemma_.lower() in negative for o in objs):
        return "criticizes", "a course of conduct judged"
    # "taking a free ride", "playing with fire", "blames Y for its own failures": an idiom of
    # reproach in the predicate (not in its subject, nor in a clause of its own)
    span = [clause, *(t for c in clause.children if c.dep_ not in _NOT_PREDICATE for t in c.subtree)]
    text = " ".join(t.lower_ for t in sorted(span, key=lambda t: t.i))
    phrase = next((p for p in lex.cue("verdict_phrases") if p in text), None)
    return ("criticizes", f"'{phrase}'") if phrase else None


def _judged_ends(subj: Token, ends: EndFinder, copular: bool) -> list[End]:
    """The actor the verdict is about: the subject, or whose act or stance it is
    ("Y's stance was a betrayal")."""
    found = [e for e in ends.actors(subj) if e.entity.type not in ("Topic", "Location")]
    if not found and not copular:  # "the Philippine vessel had deliberately steered ...": its country
        found = armed_owner(subj, ends, ends.lex)
    # ("the move was a serious setback": a definite act noun is the last act of its kind reported)
    if not found and copular and subj.pos_ == "NOUN" and (subj.lemma_.lower() in _ACT_NOUNS
                                                          or ends.is_act_noun(subj.lemma_.lower())) \
            and any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in _BACK for c in subj.children):
        found = [e for e in ends.owners(subj, ACTOR_TYPES, "criticizes") if e.entity.type != "Location"]
    return found


def judged_actor(verb: Token, clause: Token, speakers: list[End], own: set[str], ends: EndFinder, lex: Lexicon,
                 trace: Trace):
    """'X said Y was "not serious about peace"': X criticizes Y (``report-verdict``)."""
    if syntax.negated(verb) or verb.lemma_.lower() in ("deny", "dispute", "reject", "dismiss", "refute"):
        return
    for c in _clauses(clause):
        subj = syntax.clause_subject_of(c)
        if c.lemma_.lower() in _CATENATIVE and not syntax.negated(c):
            # "prefers to blame", "seeks to exploit": the act tried is judged, its subject the one above
            c = next((x for x in c.children if x.dep_ == "xcomp" and x.pos_ == "VERB"), c)
        if subj is None or subj.lower_ in ("it", "this", "that", "there", "which", "what"):
            continue
        verdict = _verdict(c, lex, grievance=verb.lemma_.lower() in _COMPLAINING)
        if verdict is None:
            continue
        relation, why = verdict
        judged = [e for e in _judged_ends(subj, ends, c.lemma_.lower() in _COPULAS | _AMOUNTING) if e.entity.id not in own]
        if not judged and subj.lemma_.lower() in _MEASURE_WORDS and any(
                d.dep_ == "det" and d.lower_ in _BACK for d in subj.children):
            # "Israel approved 3,000 new homes. X said the decision was illegal": the act just reported
            judged = [e for e in _previous_actor(subj, ends, lex) if e.entity.id not in own]
        if not judged:
            trace.add("report-verdict", verb, f"rejected {relation}", f"{why}, but '{subj.text}' is no other actor")
            continue
        for s, o in pair_up(speakers, judged, relation):
            yield Candidate("report-verdict", verb, relation, "111" if relation == "criticizes" else "112",
                            s, o, verb, 0.6)


def charged_act(verb: Token, clause: Token, speakers: list[End], own: set[str], ends: EndFinder, lex: Lexicon,
                trace: Trace):
    """'"These provocations undermine peace," the ministry said', 'X said Y's attacks aim to
    sabotage the talks': X accuses the author of the act (``report-act-charge``)."""
    if syntax.negated(verb) or syntax.negated(clause):
        return
    act = clause
    if clause.lemma_.lower() in _CATENATIVE:
        act = next((x for x in clause.children if x.dep_ == "xcomp" and x.pos_ == "VERB"), clause)
    if act.lemma_.lower() not in _CHARGING or syntax.negated(act):
        return
    subj = syntax.clause_subject_of(clause)
    if subj is None or subj.pos_ != "NOUN":
        return
    lemma = subj.lemma_.lower()
    if lemma not in _ACT_NOUNS | _MEASURE_WORDS and lemma not in lex.cue("attack_reference_nouns") \
            and not ends.is_act_noun(lemma):
        return
    if act.lemma_.lower() in ("show", "prove", "demonstrate"):
        # "Y's violations show that Y does not want peace": only a verdict in what they show
        if not any(_verdict(c, lex) or syntax.negated(c) for c in act.children if c.dep_ == "ccomp"):
            return
    owned = any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "by" for c in subj.children)
    back = any(c.dep_ == "det" and c.lower_ in _BACK for c in subj.children)
    if not owned and not back:
        return  # "violence undermines peace": nobody's act
    authors = [e for e in ends.owners(subj, ACTOR_TYPES, "accuses")
               if e.entity.type not in ("Topic", "Location") and e.entity.id not in own]
    if not authors and back and ends.is_act_noun(lemma):
        # '"The launch violates UN resolutions," X said': the author of the last launch
        act = ends.act_author(subj, lemma)
        authors = [act] if act is not None and act.entity.id not in own else []
    if not authors and back and lemma in _MEASURE_WORDS:
        # "Washington imposed new tariffs on Chinese steel. Beijing said the move violated WTO
        # rules": a bare measure word points back to the act the sentence before reports
        authors = [e for e in _previous_actor(subj, ends, lex) if e.entity.id not in own]
    if not authors:
        trace.add("report-act-charge", verb, "rejected accuses", f"no author of '{subj.text}'")
        return
    for s, o in pair_up(speakers, authors, "accuses"):
        yield Candidate("report-act-charge", verb, "accuses", "112", s, o, verb, 0.6)


#: bare words for a side's act or measure, which point back to the act just reported
_MEASURE_WORDS = frozenset({"move", "decision", "measure", "step", "action", "restriction", "curb"})
#: verbs of deciding on a measure ("approved 3,000 new homes", "adopted a law")
_DECIDING = frozenset({"approve", "adopt", "pass", "announce", "decide", "introduce", "order", "unveil",
                       "enact", "expand", "extend", "authorize", "authorise", "ban"})


def _previous_actor(tok: Token, ends: EndFinder, lex: Lexicon) -> list[End]:
    """The actor subject of the sentence before ``tok``'s when its main verb is an act the
    lexicon knows ("imposed", "announced export curbs"), else []."""
    sents, index = ends.sentences(tok.doc)
    at = index.get(tok.sent.start)
    if not at:
        return []
    root = sents[at - 1].root
    acts = root.lemma_.lower() in _DECIDING or lex.verbs.get(root.lemma_.lower()) or any(
        o.lemma_.lower() in lex.nouns for o in syntax.objects(root) if o.dep_ == "dobj")
    if root.pos_ not in ("VERB", "AUX") or not acts or any(c.dep_ == "ccomp" for c in root.children):
        return []  # (not "X said Y ...": a report, whose actor is the speaker)
    return [e for e in actor_subjects(root, ends) if e.entity.type in ACTOR_TYPES]


def called_what(verb: Token, verdicts: list[Token], speakers: list[End], own: set[str], ends: EndFinder,
                lex: Lexicon, trace: Trace):
    """"briefed him on what he called India's 'aggression'", "dismissed what he called US
    'lies'", "Y's troops stormed the palace in what X called a coup": X criticizes the owner
    of what is judged (``evaluation-what``)."""
    bad = lex.cue("pejoratives") | lex.cue("verdict_negative")
    judged = [v for v in verdicts if v.pos_ == "NOUN" and v.dep_ in ("oprd", "attr", "dobj", "xcomp")
              or v.pos_ == "NOUN" and v.dep_ == "pobj" and v.head.lower_ == "as"]  # "what X denounced as a coup"
    if not any(t.lemma_.lower() in bad or t.lower_ in bad for v in judged
               for t in (v, *(c for c in v.children if c.dep_ in ("amod", "compound")))):
        return
    if not speakers:
        trace.add("evaluation", verb, "rejected criticizes", "no actor subject")
        return
    # the owner named in front ("India's aggression", "US lies"), not an "of" phrase, which
    # names the victims as often ("the deliberate killing of Azerbaijanis"); an act with no
    # owner named is not guessed from the last attack reported ("condemned what she called a
    # reckless attack on the vessel" may follow reports of other strikes)
    owners = [e for v in judged for c in v.children if c.dep_ in ("poss", "compound", "amod", "nmod")
              for e in ends.actors(c, conj=False)
              if e.entity.id not in own and e.entity.type not in ("Topic", "Location")]
    # "what it called an unprovoked shooting by Tajik border guards": the agent named with "by"
    # is charged with the act
    agents = [e for v in judged for _, p in syntax.prep_objects(v, frozenset({"by"})) for e in ends.actors(p)
              if e.entity.id not in own and e.entity.type not in ("Topic", "Location")]
    for s, o in pair_up(speakers, agents, "accuses"):
        yield Candidate("evaluation-what", verb, "accuses", "112", s, o, verb, 0.65)
    if not owners and any(v.lemma_.lower() in _GENERIC_ACTS and not any(
            c.dep_ == "prep" and c.lower_ in ("on", "against") for c in v.children) for v in judged):
        # "X fired a rocket ... condemned what it called a highly provocative act": a generic
        # act with nobody named is the act talked about in the last few sentences (a launch,
        # a seizure: acts that are no attack on anyone)
        act = ends.act_author(verb)
        owners = [act] if act is not None and act.entity.id not in own else []
    frame = verb.head
    if not owners and verb.dep_ == "pcomp" and frame.lower_ in ("in", "with") and frame.head.pos_ == "VERB":
        # "troops stormed the palace in what Arce denounced as an attempted coup": the act
        # described is the clause the phrase is on, its subject the one judged
        owners = [e for e in actor_subjects(frame.head, ends)
                  if e.entity.id not in own and e.entity.type not in ("Topic", "Location")]
    # 0.65: the verb itself passes the verdict, so a speaker known by a pronoun still counts
    for s, o in pair_up(speakers, owners, "criticizes"):
        yield Candidate("evaluation-what", verb, "criticizes", "111", s, o, verb, 0.65)
