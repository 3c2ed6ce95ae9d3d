"""What a reporting verb implies about its speaker.

- "X said Y violated / attacked Z" -> X accuses Y (``report-accuse``; not when Y takes in
  the speaker's side, named in its title too: "Houthi spokesman X said the group ...");
- "X said the attacks have been linked to Y" -> X accuses Y (``report-link``);
- "X insisted it does not fund Z", "there was no Z" -> X denies Z
  (``report-deny``; only when the negated clause is about the speaker alone, not "the two
  sides had not ..."; a modal or future clause, "would not withdraw Z", "there can be no Z",
  is a refusal: ``report-rule-out``, below the confidence floor; "was not ruling out any
  option" keeps an option open and denies nothing);
- "'The islands ... are ...,' X said" -> X discusses the islands (``report-discuss``);
- in the speaker's own words any reporting verb will do: '"We have never built Z," X
  told reporters' -> X denies Z; '"No question of Z"' -> X rejects Z;
  '"We will not tolerate Z"' -> X rejects Z;
- '"Y must stop Z," X said' -> X demandsFrom Y (``report-demand``; not the speaker's side;
  also "Y has to / needs to ..."), '"It is time for Y to ..."' (``report-time-for``);
- '"These tariffs are unfair," X said' -> X criticizes whoever imposed them
  (``report-judge``); 'X said Y was "using Z to bully us"' -> X accuses Y;
- "X said the talks had covered Z" -> X discusses Z (``report-covered``);
- "X denied reports that the plan had been delayed by funding problems" -> X denies
  "funding problems": the topic is read off the content of the claim, not "reports"
  (``report-deny-claim``; the content's own event turns negative in :mod:`.modality`);
- "X said the decision was not retaliation" -> X denies "retaliation" (``report-deny-label``);
- "X denied that its pilots had acted recklessly", "... that any secret base existed",
  "accused Y of arming Z, a charge Y denies", "X rejected / dismissed the accusations"
  -> X denies the clause, the thing said not to exist, the charge
  (:mod:`~kg.extract.report_denials`);
- "X regards Y as a threat", "X said Y remains the main threat", "X warned of famine",
  "X voiced regret, saying the launch ..." -> X concernedAbout Y / famine / the launch
  (:mod:`~kg.extract.report_threats`);
- "X said a blockade of Y could ..." -> X discusses the blockade (``report-prospect``);
- "X said talks on Y had made progress", "X was hopeful that a deal ..." -> X discusses
  Y / the deal (:mod:`~kg.extract.report_talks`);
- 'X said Y was "not serious about peace"', '"These provocations undermine peace," X said'
  -> X criticizes Y / accuses the provocations' author (:mod:`~kg.extract.report_judgements`);
- "X called the veto shameful" -> X criticizes the vetoing side (:func:`evaluation_rule`;
  any pejorative word of the description, on its head or a modifier, "an attack on / a breach
  of" an actor's rights, or an approving word negated; the judged is the act's author named in
  its phrase, the author of the act just reported for a bare "the move", the antecedent of
  "which / whom", else a text or an act suffered by someone, "the isolation of Qatar", as a topic);
  "briefed him on what he called India's 'aggression'" -> X criticizes India (``evaluation-what``);
- a quoted sentence attributed in the next sentence ('"A. B," X said'), introduced
  by 'X said:' or following '"A," X said.' in the same paragraph gets X as its speaker
  (:func:`quote_speaker`).
"""
from __future__ import annotations

import bisect

from spacy.tokens import Token

from kg.extract import syntax
from kg.extract.ends import ACTOR_OR_PLACE, End, EndFinder
from kg.extract.frames.act_targets import ACT_NOUNS, act_authors
from kg.extract.frames.cooperate import HELP_MODIFIERS
from kg.extract.lexicon import FAMILY, Lexicon
from kg.extract.report_judgements import called_what, charged_act, judged_actor
from kg.extract.report_denials import (denied_charge, denied_clause, denied_label, disowned_intent, refusal,
                                       rejected_claims, rejecting)
from kg.extract.frames.pursuits import pursued_outcome
from kg.extract.report_talks import hoped_outcome, reported_talks
from kg.extract.report_threats import (THREAT_NOUNS, reported_threat, threat_verdict, viewed_warily, warned_of,
                                       worry_saying)
from kg.extract.rules import NAMING, Candidate, Trace, actor_subjects, armed_owner, has_required, pair_up, topic_ends
from kg.resolve.focus import source_country
from kg.resolve.gazetteer import load_gazetteer
from kg.types import ACTOR_TYPES

__all__ = ["report_rules", "evaluation_rule", "quote_speaker", "denied_claims", "condemned_acts"]


def _reported_clauses(verb: Token):
    for c in verb.children:
        if c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX"):
            yield c
            # "said that the rig was in its waters and that it was Vietnamese vessels that ...":
            # a second that-clause is reported too
            yield from (x for x in c.conjuncts if x.i > c.i and x.pos_ in ("VERB", "AUX")
                        and any(m.dep_ == "mark" and m.lower_ == "that" for m in x.children))
        elif c.dep_ == "prep" and c.lower_ == "in":
            # "said in a statement that Y was ...": the parser hangs the that-clause on the statement
            for g in c.children:
                for a in g.children:
                    if a.dep_ in ("acl", "relcl") and a.pos_ in ("VERB", "AUX") and g.lemma_.lower() in _MEDIA_NOUNS \
                            and any(m.dep_ == "mark" and m.lower_ == "that" for m in a.children) \
                            and any(x.dep_ in ("nsubj", "nsubjpass") for x in a.children):
                        yield a


#: what a statement is made in ("said in a statement / an interview / a post that ...")
_MEDIA_NOUNS = frozenset({"statement", "interview", "post", "speech", "letter", "address", "communique",
                          "communiqué", "briefing", "message", "tweet", "video", "broadcast", "report"})


_EMPTY_VERBS = frozenset({"have", "take", "make", "be", "do", "get", "give", "hold"})
_LINK = frozenset({"link", "tie", "attribute", "trace", "connect"})
#: reporting verbs whose clause is denied, not raised as a topic
_DENYING = frozenset({"deny", "dispute", "refute", "reject", "dismiss"})
#: what a casualty toll is counted among ("a child was among the dead")
_TOLL_WORDS = frozenset({"dead", "casualty", "victim", "killed", "wounded", "injured", "missing", "fatality"})


def _linked_to(verb, clause, speakers, ends):
    """"X said the attacks have been linked to China": X accuses China."""
    for c in (clause, *clause.conjuncts):
        if c.lemma_.lower() in _LINK and syntax.is_passive(c):
            for _, p in syntax.prep_objects(c, frozenset({"to"})):
                for s, o in pair_up(speakers, ends.actors(p), "accuses"):
                    yield Candidate("report-link", c, "accuses", "112", s, o, verb, 0.6)


def _claim_contents(verb: Token, lex: Lexicon):
    """(claim noun, content verb) for "denied reports / claims that <clause>"."""
    # "rejected as baseless the allegation that ...": the parser may hang the claim on the verdict
    objs = syntax.objects(verb) + [o for c in verb.children if c.pos_ == "ADJ" and c.dep_ in ("advcl", "oprd", "acomp")
                                   for o in syntax.objects(c)]
    for obj in objs:
        if obj.lemma_.lower() not in lex.cue("claim_nouns"):
            continue
        for c in obj.children:
            # a "that" clause after the claim (parsed as acl, ccomp or, with "that" as its
            # marker, relcl) is what the claim says
            if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX") and c.i > obj.i \
                    and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
                yield obj, c


#: prepositions whose object is what a denied claim is about ("had bowed to pressure",
#: "amounts to an occupation": what the claim says was yielded to or amounted to)
_CONTENT_PREPS = frozenset({"in", "on", "of", "over", "for", "into", "to"})


def _content_topic(clause: Token) -> Token | None:
    """What a denied claim is about: "had been delayed by financing problems" -> the cause,
    "had agreed to drop its demand" -> the demand, "had supplied drones" -> the drones."""
    for _ in range(3):  # "had agreed to drop X": the object of the innermost act
        if syntax.objects(clause):
            break
        inner = [c for c in clause.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        if not inner:
            break
        clause = inner[0]
    found = [g for c in clause.children if c.dep_ == "agent" for g in c.children if g.dep_ in ("pobj", "pcomp")] \
        if syntax.is_passive(clause) else []
    # ("was turning into an alliance": what it becomes; "was an alliance": what it is said to be)
    found = found or syntax.objects(clause) or \
        [p for _, p in syntax.prep_objects(clause, _CONTENT_PREPS)] or \
        [c for c in clause.children if c.dep_ == "attr" and clause.lemma_.lower() == "be"]
    # a named actor is the content's event, not a topic; "by financing problems" may
    # come parsed as a gerund with an object
    found = [t for t in found if t.pos_ == "NOUN" or t.pos_ == "VERB" and syntax.objects(t)]
    return found[0] if found else None


def denied_claims(verb: Token, speakers, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"X denied reports that ...", "X rejected claims of Y that ...": X denies what the
    reports or claims say."""
    if _is_negated(verb):
        return
    for claim, clause in _claim_contents(verb, lex):
        topic_tok = _content_topic(clause)
        if topic_tok is None:
            trace.add("report-deny-claim", verb, "rejected denies", f"no topic in the content of '{claim.text}'")
            continue
        gerund = (topic_tok.pos_ == "VERB" or topic_tok.dep_ == "pcomp") and bool(syntax.objects(topic_tok))
        found = topic_ends(topic_tok, ends, lex) if not gerund else []
        if gerund:  # "financing problems" read as a gerund with an object: the whole phrase
            obj = syntax.objects(topic_tok)[0]
            inner = syntax.topic_span(obj, lex)  # empty for a vague head ("problems")
            end = inner.end if len(inner) else obj.i + 1
            if obj.i > topic_tok.i and end - topic_tok.i <= 6:
                span = topic_tok.doc[topic_tok.i:end]
                found = [End(ends.m.topic(span), topic_tok, False, f"topic '{span.text}'")]
        for topic in found:
            if topic.entity.type != "Topic":
                continue
            for s in speakers:
                yield Candidate("report-deny-claim", verb, "denies", "120", s, topic, verb, 0.7, polarity="positive")


#: "has to", "needs to", "has got to": obligations phrased with a main verb
_SEMI_MODALS = frozenset({"have", "need", "get"})


def _semi_modal(clause: Token) -> bool:
    """'"Hamas has to understand ...", "Iran needs to stop ..."': an obligation laid on the
    clause subject (not "does not have to", nor "has to be told", nor "needs money")."""
    if clause.lemma_.lower() not in _SEMI_MODALS or _is_negated(clause):
        return False
    acts = [c for c in clause.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    return bool(acts) and not syntax.is_passive(acts[0])


#: what a warned-of thing would do ("warned that the tariffs could cost jobs"): a worry about it
_HARMING = frozenset({"cost", "hurt", "harm", "damage", "undermine", "jeopardize", "jeopardise", "endanger",
                      "destabilize", "destabilise", "fuel", "inflame", "derail", "cripple", "devastate"})
#: "on the brink / verge of X": X looms
_BRINK = frozenset({"brink", "verge", "cusp"})  # not "edge": "on the edge of the town" is a place


def _looming(clause: Token, ends: EndFinder, lex: Lexicon) -> list[End]:
    """Topics of "was on the brink of war", "is on the verge of collapse", "on the brink of
    relapsing into war" (not of a negated clause)."""
    if not any(c.dep_ == "prep" and c.lower_ == "on" for c in clause.children) or _is_negated(clause):
        return []  # (most reported clauses: no "on" phrase at all)
    out = []
    for _, p in syntax.prep_objects(clause, frozenset({"on"})):
        if p.lemma_.lower() not in _BRINK:
            continue
        for prep in (c for c in p.children if c.dep_ == "prep" and c.lower_ == "of"):
            for g in prep.children:
                if g.dep_ == "pobj" and g.pos_ == "NOUN":
                    out += topic_ends(g, ends, lex)
                elif g.dep_ == "pcomp" and g.pos_ == "VERB":  # "of relapsing into war": what it slides into
                    out += [e for _, q in syntax.prep_objects(g, frozenset({"into", "to"})) if q.pos_ == "NOUN"
                            for e in topic_ends(q, ends, lex)]
                    out += [e for o in syntax.objects(g) for e in topic_ends(o, ends, lex)]
    return [e for e in out if e.entity.type == "Topic"]


#: families of deeds whose denial without a named target is itself the fact ("never provided
#: weapons to any party", "has not attacked anyone"); a negated request or meeting is not
_DENIED_DEEDS = frozenset({"cooperate", "assault", "coerce"})


#: reporting verbs that answer a charge, so that even a present-tense "does not" is a denial
_INSISTING = frozenset({"deny", "insist", "assert", "maintain", "counter", "reiterate", "stress", "retort"})


#: verbs of a view held: "did not expect the question to be settled", "did not share his view"
#: say what the speaker thinks, not a charge denied
_MENTAL = frozenset({"expect", "anticipate", "foresee", "think", "believe", "share", "know", "see"})
#: what a claim lacks when "there is no evidence / proof / sign that ..."
_GROUNDS = frozenset({"evidence", "proof", "sign", "indication", "basis", "ground", "grounds"})
#: what "there is no ..." says is lacking without naming anything denied ("there is now no
#: reason for anybody to be cold", "no need to panic", "no doubt that ...")
_VACUOUS = frozenset({"reason", "need", "doubt", "point", "room", "alternative", "choice", "option", "time",
                      "way", "hurry", "rush", "cause", "excuse", "solution", "winner", "place", "substitute"})
#: harm verbs whose bare intransitive tells what the subject suffers ("are hurting", "bleeds")
_ERGATIVE = frozenset({"hurt", "bleed", "suffer"})
#: verbs of a stance: "does not support the use of force" tells where the speaker stands, it
#: denies no charge (unlike an aim disowned: "insisted that Tehran was not seeking war")
_STANCE = frozenset({"support", "back", "favour", "favor", "endorse", "advocate", "welcome", "encourage",
                     "condone", "recognise", "recognize"})
#: verbs of being told: "said they had not been told / consulted / informed of Y" complains
#: of being left out, it denies nothing about Y
_INFORMING = frozenset({"tell", "inform", "notify", "consult", "brief", "warn", "alert", "invite", "ask"})
#: sides that a spokesperson speaks for
_SIDES = frozenset({"Country", "Organization", "Group"})


def _habitual(clause: Token) -> bool:
    """"does not seek conflict", "do not take lessons": a negated simple present (not "never",
    not "has not", "did not", "is not ...ing")."""
    auxes = {c.lower_ for c in clause.children if c.dep_ in ("aux", "neg")}
    return clause.tag_ == "VB" and bool(auxes & {"does", "do"}) and "never" not in auxes


def _nothing_to_do_with(clause: Token) -> Token | None:
    """The object of "had nothing to do with <X>" on ``clause`` (the verb "have"), or None."""
    for obj in syntax.objects(clause):
        if obj.lower_ != "nothing":
            continue
        for do in obj.children:
            if do.dep_ in ("relcl", "acl") and do.lemma_.lower() == "do":
                found = [p for _, p in syntax.prep_objects(do, frozenset({"with"}))]
                return found[0] if found else None
    return None


#: verbs whose -ing form says a thing worries ("the pact is concerning")
_WORRYING = frozenset({"concern", "worry", "alarm", "trouble", "disturb"})


def _any_own(actors, own: set[str]) -> bool:
    """Whether any of ``actors`` is the speaker's own side."""
    return any(e.entity.id in own for e in actors)


def _kept_open(clause: Token) -> bool:
    """"was not ruling out any scenario", "did not exclude talks": a negated ruling-out keeps
    an option open (the caller has checked the negation)."""
    lemma = clause.lemma_.lower()
    return lemma == "exclude" or lemma == "rule" and any(c.dep_ == "prt" and c.lower_ == "out"
                                                         for c in clause.children)


def _time_for(clause: Token) -> list[Token]:
    """Subjects of "it is time for X to ..." (the "for X to" clause hangs on "time" or on "is")."""
    times = [c for c in clause.children if c.dep_ == "attr" and c.lemma_.lower() == "time"]
    acts = [v for t in (*times, clause) for v in t.children if v.dep_ in ("relcl", "acl", "advcl", "ccomp")
            and v.pos_ == "VERB" and any(m.lower_ == "for" and m.dep_ == "mark" for m in v.children)] if times else []
    return [c for v in acts for c in v.children if c.dep_ == "nsubj"]


def _names_an_actor(clause: Token, ends: EndFinder) -> bool:
    """True when an object or prepositional object of the clause is a resolved actor."""
    toks = syntax.objects(clause) + [p for c in clause.children if c.dep_ in ("prep", "dative")
                                     for p in c.children if p.dep_ == "pobj"]
    return any(ends.actors(t, ACTOR_TYPES, conj=False) for t in toks)


#: verbs whose object "responsibility" lays a share of blame on the subject ("Y bore primary
#: responsibility for the deaths"); "took / claimed responsibility" is owning up, not a charge, and
#: "has a special responsibility for peace" a duty
_BEARING = frozenset({"bear", "carry", "shoulder"})
_BLAME_NOUNS = frozenset({"responsibility", "blame", "culpability"})


def _bears_blame(clause: Token) -> bool:
    """"Moscow bears full responsibility for the escalation", "the regime carries the blame
    for the atrocities" (not "bears no responsibility", not a negated clause)."""
    if clause.lemma_.lower() not in _BEARING or _is_negated(clause):
        return False
    return any(o.lemma_.lower() in _BLAME_NOUNS and not any(c.lower_ in ("no", "little") for c in o.children)
               for o in syntax.objects(clause))


def _is_negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _act_before(subj: Token, lex: Lexicon) -> Token | None:
    """For a subject "it": the attack noun named before it in its sentence ("reported a
    missile strike on the town, saying it had killed ..."), which "it" stands for; else None."""
    if subj.lower_ != "it":
        return None
    attacks = lex.cue("attack_reference_nouns")
    return next((t for t in reversed(subj.doc[subj.sent.start:subj.i])
                 if t.pos_ == "NOUN" and t.lemma_.lower() in attacks), None)


#: wrongs whose named author a speaker charges by naming them ("interference by Russia")
_WRONGS = frozenset({"interference", "meddling", "intimidation", "aggression", "provocation", "harassment",
                     "incursion", "intrusion", "disinformation", "violation"})


def _owned_wrongs(verb: Token, clause: Token, speakers, ends: EndFinder, trace: Trace):
    """"The EU said the vote had taken place under interference and intimidation by Russia",
    "X said Y's provocations were to blame": a wrong the speaker names with its author
    (possessor, "by" phrase or national adjective) accuses the author."""
    if _is_negated(clause) or syntax.negated(verb):
        return
    own = _own_side(speakers, ends)
    for tok in clause.subtree:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _WRONGS or ends.in_quote(tok):
            continue  # (a quoted wrong is the verdict rules' case: '"We condemn Turkey's violations"')
        owners = [c for c in tok.children if c.dep_ in ("poss", "amod", "compound")]
        owners += [p for x in (tok, *tok.conjuncts) for _, p in syntax.prep_objects(x, _BY)]
        if tok.dep_ == "conj":  # "interference and intimidation by Russia": the phrase hangs on the last
            owners += [p for _, p in syntax.prep_objects(tok.head, _BY)]
        accused = [e for o in owners for e in ends.actors(o, conj=False) if e.entity.type != "Person"
                   and e.entity.id not in own]
        for s, o in pair_up(speakers, accused, "accuses"):
            trace.add("report-owned-wrong", verb, "FACT", f"'{tok.text}' of {o.entity.label}")
            yield Candidate("report-owned-wrong", verb, "accuses", "112", s, o, verb, 0.55)


_BY = frozenset({"by"})


def _own_side(speakers, ends: EndFinder) -> set[str]:
    """Entity ids of the speakers, of what they belong to, and of the country of a body
    they belong to ("an army spokesman": the army and its country)."""
    own = {x.entity.id for x in speakers}
    for x in speakers:
        aff = ends.affiliation(x.entity) if x.entity.type == "Person" else x.entity
        if aff is not None:
            own.add(aff.id)
            iso3 = getattr(ends.m, "org_country", {}).get(aff.id) or _named_country(aff) or _outlet_body(aff, ends)
            if iso3:
                own.add(iso3)
        own |= _named_in_title(x, ends)
    return own


def _outlet_body(body, ends: EndFinder) -> str | None:
    """The national outlet's country for a body it names with no country ("the Joint Chiefs of
    Staff said" in Yonhap copy): the outlet's own country's body (not an international one)."""
    if body.type != "Organization" or body.id in load_gazetteer().orgs or not hasattr(ends.m, "article"):
        return None
    if any(c.dep_ in ("poss", "compound", "nmod") and ends.m.entity_at(c) not in (None, body)
           for m in ends.m.mention_list if body in m.entities for c in m.span.root.children):
        return None  # ("the PLA's Western Theatre Command": another's body, named so)
    return source_country(ends.m.article)


def _named_country(body) -> str | None:
    """The country a body's own name starts with ("Thai Army", "Cambodian Defence
    Ministry"): a spokesman of that body speaks for the country too."""
    if body.type != "Organization" or not body.label:
        return None
    hit = load_gazetteer().lookup(body.label.split()[0])
    return hit[1] if hit is not None and hit[0] in ("country", "demonym") else None


#: modifiers in a speaker's own noun phrase that may name the side it speaks for
_TITLE_DEPS = frozenset({"compound", "amod", "nmod", "poss"})


def _named_in_title(speaker: End, ends: EndFinder) -> set[str]:
    """Sides named in the speaker's own title: "Houthi military spokesman Yahya Saree" -> the
    Houthis, "US Central Command (Centcom)" -> the United States. Only an official's title or an
    organisation's name counts ("Kremlin critic X" does not speak for the Kremlin)."""
    tok = speaker.token
    if speaker.coref or tok.pos_ == "PRON":
        return set()
    heads = (tok, tok.head) if tok.dep_ == "appos" else (tok,)
    mods = [t for h in heads for c in h.lefts if c.dep_ in _TITLE_DEPS for t in c.subtree]
    # "Yahya Saree, the military spokesman for the Houthis": a title set off after the name
    # speaks for what it is "for" / "of" (not "the envoy to Syria": whom it is sent to)
    roles = [c for c in tok.children if c.dep_ == "appos" and c.lemma_.lower() in ends.lex.cue("person_role_nouns")]
    # (the apposition may come parsed as a second subject of the verb: "X, the spokesman for
    # the Pakistani armed forces, wrote ...")
    roles += [c for c in tok.head.children if tok.dep_ == "nsubj" and c.dep_ == "nsubj" and c.i > tok.i
              and c.lemma_.lower() in ends.lex.cue("person_role_nouns")]
    mods += [t for r in roles for c in r.children if c.dep_ in _TITLE_DEPS or c.dep_ == "prep" and c.lower_ in
             ("for", "of") for t in c.subtree]
    heads += tuple(roles)
    if speaker.entity.type != "Organization" and not any(
            t.lemma_.lower() in ends.lex.cue("person_role_nouns") for t in (*mods, *heads)):
        return set()
    out = set()
    for t in mods:
        e = ends.m.entity_at(t)
        if e is not None and e.type in ("Country", "Organization", "Group") and e.id != speaker.entity.id:
            out.add(e.id)
    # "Coalition spokesman X" after "the Saudi-led coalition": a body named by its head noun alone
    heads_named = {t.lower_ for t in mods if t.pos_ in ("NOUN", "PROPN") and ends.m.entity_at(t) is None}
    if heads_named:
        out |= {e.id for e in ends.m.entities.values() if e.type in ("Organization", "Group") and e.label
                and e.label.split()[-1].lower() in heads_named}
    return out


def _judged(verb, judged, speakers, ends: EndFinder, lex: Lexicon, by=(), conf: float = 0.6):
    own = _own_side(speakers, ends)
    owners = [e for e in ends.owners(judged, ACTOR_TYPES, "criticizes") if e.entity.id not in own]
    if judged.pos_ == "NOUN" and judged.lemma_.lower() in _VICTIM_OF:
        # "called the isolation of Qatar inhumane": who is isolated is not who is judged
        victims = {e.entity.id for _, p in syntax.prep_objects(judged, frozenset({"of"})) for e in ends.actors(p)}
        owners = [e for e in owners if e.entity.id not in victims]
    if not owners:  # "dismissed the statement by the EU as ...": the parser hangs "by" on the verb
        owners = [e for t in by for e in ends.actors(t, ACTOR_TYPES) if e.entity.id not in own]
    # "the attack", "these strikes" with no author named point back at the last attack reported
    back = judged.pos_ == "NOUN" and judged.lemma_.lower() in lex.cue("attack_reference_nouns") and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "these", "that", "those") for c in judged.children) \
        and not any(c.dep_ in ("poss", "amod", "compound") or c.dep_ == "prep" and c.lower_ in ("by", "on", "against")
                    for c in judged.children)
    pointed = judged.lower_ in ("it", "this") and judged.dep_ == "dobj"  # a text "it" stands for
    if not owners and judged.lower_ in ("it", "this") and judged.dep_ == "dobj":
        # "X fired a rocket ... Y called it a clear violation": the act talked about in the last
        # few sentences (a launch, a seizure ...: acts that are no attack on anyone); a subject
        # "it" may be an empty one ('"It is regrettable that the talks failed," X said')
        # "X, whose party voted against the deal, called it a grave mistake": a text named
        # before "it" in its own sentence is what it stands for (rather than the last act)
        named = _stance_before(judged, ends, lex, here=True)
        act = ends.act_author(judged) if named is None else None
        owners = [act] if act is not None and act.entity.id not in own else []
        if named is not None:
            judged = named
            owners = [e for e in ends.owners(named, ACTOR_TYPES, "criticizes") if e.entity.id not in own]
    if not owners and _bare_act(judged, ends):
        # "Ali called the move a direct threat", "called the decision 'grossly unfair'": a
        # definite act noun with no author named is the act talked about in the sentences before
        act = ends.act_author(judged, judged.lemma_.lower() if ends.is_act_noun(judged.lemma_.lower()) else None)
        owners = [act] if act is not None and act.entity.id not in own else []
    # ('"It is unacceptable that Africa is still not represented": an empty "it" before the
    # clause judged, which names no attack)
    extraposed = judged.lower_ == "it" and judged.dep_ == "nsubj" and any(
        c.dep_ == "ccomp" and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children) for c in judged.head.children)
    if not owners and (judged.lower_ in ("it", "this") or back) and ends.last_attacker is not None \
            and ends.last_attacker.entity.id not in own and not extraposed:
        # "Kallas called it an act of terror" after a reported strike: the attacker is judged
        owners = [ends.last_attacker._replace(token=judged, coref=True, via="last attacker")]
    for s, o in pair_up(speakers, owners, "criticizes"):
        yield Candidate("report-judge", verb, "criticizes", "111", s, o, verb, conf)
    if not owners and judged.lower_ in ("it", "this") and judged.dep_ == "dobj":
        judged = _stance_before(judged, ends, lex) or judged  # the text named in the sentences before
    if not owners and judged.pos_ == "NOUN" and judged.lemma_.lower() in lex.cue("stance_objects"):
        # '"The ruling is null and void," X said': a text nobody is named for is rejected
        for topic in topic_ends(judged, ends, lex):
            if topic.entity.type == "Topic":
                for s in speakers:
                    yield Candidate("report-judge", verb, "rejects", "120", s, topic, verb, 0.55)
    elif not owners and pointed and judged.pos_ == "NOUN" and judged.lemma_.lower() in _CRITICIZED_TEXTS:
        # "China, the target of the pact, has denounced it as irresponsible": the pact itself
        yield from _criticized_topic(verb, judged, speakers, ends, lex)
    elif not owners and back and ends.last_attacker is None:
        # "described the attack as inhumane" with nobody yet named for it: the attack itself is
        # what is condemned (topic_ends leaves out a bare "the attack" as a mere reference); not
        # when the last attacker was the speaker's own side (the attack is someone else's, unknown)
        span = syntax.topic_span(judged, lex)
        span = span if len(span) else judged.doc[judged.i:judged.i + 1]
        topic = End(ends.m.topic(span), judged, False, f"topic '{span.text}'")
        for s in speakers:
            yield Candidate("report-judge", verb, "criticizes", "111", s, topic, verb, 0.55)


def _extraposed_judged(verb: Token, clause: Token, speakers: list[End], ends: EndFinder):
    """"X said it was unacceptable that Russia seized the ships", "told Parliament it was
    unfortunate that Rwanda had moved in", "it was wrong for Y to ...": the actor whose act the
    extraposed clause reports is judged."""
    heads = [clause, *(c for c in clause.children if c.dep_ in ("acomp", "attr"))]  # (or hung on the verdict)
    acts = [c for h in heads for c in h.children if c.dep_ in ("ccomp", "advcl") and c.i > clause.i and c.pos_ in ("VERB", "AUX")
            and any(m.dep_ == "mark" and m.lower_ in ("that", "for") for m in c.children) and not _is_negated(c)]
    own = _own_side(speakers, ends)
    doers = [e for a in acts for t in syntax.subjects(a) for e in ends.actors(t, ACTOR_TYPES) if e.entity.id not in own]
    for s, o in pair_up(speakers, doers, "criticizes"):
        yield Candidate("report-judge-extraposed", verb, "criticizes", "111", s, o, verb, 0.6)


def _denied_objects(clause: Token) -> list[Token]:
    """The objects of a negated clause, or of the infinitive it governs ("had never sought to
    violate Somalia's sovereignty" -> sovereignty)."""
    objs = syntax.objects(clause)
    verb = clause
    for _ in range(2):
        if objs:
            break
        verb = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if verb is None:
            break
        objs = syntax.objects(verb)
    return objs


def _antecedent(obj: Token, ends: EndFinder) -> Token:
    """The noun a relative pronoun object stands for ("the M23, whom it describes as
    terrorists"; "the government in Kabul, which they dismiss as a puppet": the government,
    not the place the parser hangs the clause on), else the object itself."""
    verb = obj.head
    if obj.lower_ not in ("which", "whom", "who", "that") or verb.dep_ != "relcl" or verb.head.pos_ not in (
            "NOUN", "PROPN"):
        return obj
    noun = verb.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ == "NOUN" \
            and all(e.entity.type == "Location" for e in ends.actors(noun, ACTOR_OR_PLACE)):
        return noun.head.head
    return noun


#: acts whose "of" phrase names the one suffering them, not their author ("the isolation of Qatar")
_VICTIM_OF = frozenset({"isolation", "blockade", "siege", "occupation", "invasion", "annexation", "bombing",
                        "shelling", "killing", "murder", "assassination", "arrest", "detention", "imprisonment",
                        "expulsion", "deportation", "persecution", "oppression", "repression", "suppression",
                        "harassment", "abduction", "kidnapping", "execution", "encirclement", "starvation",
                        "exclusion", "boycott", "targeting", "treatment", "massacre", "humiliation", "punishment"})


def _culprit_in_verdict(verb: Token, verdicts: list[Token], speakers: list[End], ends: EndFinder, lex: Lexicon):
    """"described the clashes as the consequence of Kurti's provocations": X criticizes the owner
    named in front of a pejorative verdict noun (not the speaker's own side)."""
    bad = lex.cue("pejoratives") | lex.cue("verdict_negative")
    own = _own_side(speakers, ends)
    owners = [e for v in verdicts if v.pos_ == "NOUN" and (v.lemma_.lower() in bad or v.lower_ in bad)
              for c in v.children if c.dep_ == "poss" and c.pos_ == "PROPN"
              for e in ends.actors(c, conj=False) if e.entity.id not in own and e.entity.type not in ("Topic", "Location")]
    for s, o in pair_up(speakers, owners, "criticizes"):
        yield Candidate("report-judge", verb, "criticizes", "111", s, o, verb, 0.6)


def _bare_act(noun: Token, ends: EndFinder) -> bool:
    """"the move", "this decision": a definite act noun that names nobody in its phrase."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (lemma in ACT_NOUNS or ends.is_act_noun(lemma)) \
        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in noun.children) \
        and not any(c.dep_ in ("poss", "amod", "compound", "prep", "acl", "relcl") for c in noun.children)


def _stance_before(pron: Token, ends: EndFinder, lex: Lexicon, here: bool = False) -> Token | None:
    """The text or act "it" stands for: the last "deal", "plan" ... named before it in its
    sentence (``here``), else the one named last in the sentences before."""
    if not here:
        return ends.last_stance
    stance = lex.cue("stance_objects") | _CRITICIZED_TEXTS
    # (a head noun only: "EU foreign policy chief X called it ..." names no policy)
    named = [t for t in pron.doc[pron.sent.start:pron.i] if t.pos_ == "NOUN" and t.lemma_.lower() in stance
             and t.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "attr", "appos")]
    return named[-1] if named else None


def evaluation_rule(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"X called the veto shameful", "X described the decision as reckless": X
    criticizes whoever owns what is judged (the agent of the event it refers to)."""
    objs = [_antecedent(o, ends) for o in syntax.objects(verb)]
    # "has branded Maduro a 'dictator'": the parser may read the verdict as a second object
    second = [o for o in objs[1:] if o.dep_ == "dobj" and o.pos_ == "NOUN" and verb.lemma_.lower() in NAMING
              and objs[0].dep_ == "dobj" and objs[0].i < o.i]
    objs = [o for o in objs if o not in second]
    named_as = [c for c in verb.children if c.dep_ == "oprd"]
    if not objs and verb.lemma_.lower() in NAMING and len(named_as) >= 2 and named_as[0].pos_ in ("NOUN", "PROPN"):
        # "called the government of President X 'illegitimate'": the object read as a first verdict
        objs = named_as[:1]
    if not objs:
        yield from _dismissed_claim(verb, ends, lex, trace)
        if rejecting(verb):
            # "rejected as 'absurd' allegations that ...": the charge read as the object of "as"
            yield from rejected_claims(verb, actor_subjects(verb, ends), ends, lex, trace)
        return
    if rejecting(verb) and any(o.lemma_.lower() in lex.cue("claim_nouns") for o in objs):
        # "dismissed the accusation over Ukraine": turning down a charge denies it
        yield from rejected_claims(verb, actor_subjects(verb, ends), ends, lex, trace)
    # ("called the Chinese move deeply regrettable": the parser may hang the adjective on the object)
    verdicts = [c for o in objs for c in o.children if c.dep_ in ("oprd", "appos", "attr", "amod", "acomp")]
    verdicts += [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp", "attr", "acomp") and c not in objs] + second
    # "described X as reckless": the parser hangs the adjective on "as" in several ways
    # (also on a participle after the object: "described the embargo imposed by X as an injustice")
    acls = [c for o in objs for c in o.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    verdicts += [g for t in (verb, *objs, *acls) for c in t.children if c.dep_ == "prep" and c.lower_ == "as"
                 for g in c.children]
    # "called it an act of terror": the verdict is what the act is "of"
    verdicts += [g for v in verdicts if v.pos_ == "NOUN" for c in v.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"]
    # ("called the tariffs 'damaging and unjustified'": any word of a coordinated verdict;
    # "described the attack as inhumane": a word that judges conduct is a reproach as well)
    pejorative = _bad_verdict(verdicts, lex)
    # "called the vote 'a serious step backwards'": an idiom of reproach as the verdict
    # (the parser may hang "backwards" on the verb: read from the verdict to the clause's end)
    if not pejorative and verdicts:
        start = min(v.left_edge.i for v in verdicts)
        said = " ".join(t.lower_ for t in verb.doc[start:max(verb.right_edge.i + 1, start)])
        pejorative = any(p in said for p in lex.cue("verdict_phrases"))
    if any(v.lemma_.lower() in THREAT_NOUNS for v in verdicts) or viewed_warily(verb):
        # "regards Y as an existential threat", "views Y negatively": a worry about Y
        yield from threat_verdict(verb, objs, actor_subjects(verb, ends), ends, lex, trace)
    if all(o.lower_ == "what" for o in objs):
        # "briefed him on what he called India's 'aggression'": the verdict is the thing judged
        speakers = actor_subjects(verb, ends)
        yield from called_what(verb, verdicts, speakers, _own_side(speakers, ends), ends, lex, trace)
        return
    # ("condemned the terrorist attack": an adjective on the object describes it, no verdict)
    predicated = [v for v in verdicts if not (v.dep_ == "amod" and any(v.head.i == o.i for o in objs))]
    if not predicated and verb.lemma_.lower() in _CENSURING:
        # "Guterres condemned the attacks", nobody named for them: the attacks themselves
        yield from _authorless_attacks(verb, objs, ends, lex)
    if not pejorative and not (verdicts and verb.lemma_.lower() in _CENSURING):
        return
    speakers = _outside_relative(actor_subjects(verb, ends), verb) or _appositive_speaker(verb, ends)
    if not speakers:
        trace.add("evaluation", verb, "rejected criticizes", "no actor subject")
        return
    by = [p for _, p in syntax.prep_objects(verb, frozenset({"by"}))]
    by += [a for c in acls for a in syntax.by_agents(c)]  # "the embargo imposed by X"
    judged_as = any(c.dep_ == "prep" and c.lower_ == "as" for t in (verb, *objs) for c in t.children)
    for obj in objs:
        # (0.65 for the antecedent of a relative pronoun: named in the very phrase, no guess)
        found = list(_judged(verb, obj, _not_judged(speakers, obj, ends), ends, lex, by=by,
                             conf=0.65 if obj.i < verb.i else 0.6)) if pejorative else []
        if pejorative and not found:
            found = list(_culprit_in_verdict(verb, verdicts, speakers, ends, lex))
        yield from found
        text = obj.lemma_.lower() in _CRITICIZED_TEXTS or obj.lemma_.lower() in lex.cue("policy_nouns")
        # ("called the isolation of Qatar inhumane" with no isolator named: the act itself)
        suffered = pejorative and obj.lemma_.lower() in _VICTIM_OF and obj.dep_ == "dobj" and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in obj.children)
        if not found and suffered:
            yield from _criticized_topic(verb, obj, speakers, ends, lex)
        elif not found and (judged_as or pejorative) and obj.pos_ == "NOUN" and text \
                and (pejorative or verb.lemma_.lower() in _CENSURING) and not ends.owners(obj, ACTOR_TYPES, "criticizes"):
            # "criticised the sanctions as damaging to the economy", "called the investigation a
            # fabrication": a policy or text nobody is named for
            # (topic_ends leaves out a bare "the sanctions" as a mere reference: here it is the topic)
            yield from _criticized_topic(verb, obj, speakers, ends, lex)


def _criticized_topic(verb: Token, obj: Token, speakers: list[End], ends: EndFinder, lex: Lexicon):
    """X criticizes the object itself, as a topic ("the sanctions", "the isolation of Qatar")."""
    found = topic_ends(obj, ends, lex) or [End(ends.m.topic(obj.doc[obj.i:obj.i + 1]), obj, False,
                                               f"topic '{obj.text}'")]
    for topic in found:
        if topic.entity.type == "Topic":
            for s in speakers:
                yield Candidate("evaluation-topic", verb, "criticizes", "111", s, topic, verb, 0.55)


#: modifiers of a verdict word that carry the judgement ("a very bad deal", "a hostile attempt")
_VERDICT_MODS = frozenset({"amod", "advmod", "compound", "acomp"})


def _bad_verdict(verdicts: list[Token], lex: Lexicon) -> bool:
    """Whether a description judges badly: a pejorative word in it, on its head or a modifier
    ("called the deal 'a very bad deal'", "a 'hostile and deliberate' attempt"), of any
    coordinated verdict ("damaging and unjustified"), or an approving word negated
    ("described the shelling as not acceptable")."""
    bad = lex.cue("pejoratives") | lex.cue("verdict_negative")
    good = lex.cue("verdict_approving")
    heads = [w for v in verdicts for w in (v, *v.conjuncts)]
    words = heads + [m for w in heads for c in w.children if c.dep_ in _VERDICT_MODS for m in (c, *c.conjuncts)]
    if any(w.lemma_.lower() in bad or w.lower_ in bad for w in words):
        return True
    return any(w.lower_ in good and (syntax.negated(w) or w.i > 0 and w.nbor(-1).lower_ in ("not", "never", "hardly"))
               for w in words)


def _authorless_attacks(verb: Token, objs: list[Token], ends: EndFinder, lex: Lexicon):
    """"U.N. chief Antonio Guterres condemned the attacks": a bare "the attacks" with no author
    in its phrase nor among the acts reported before (whose author the act frames aim the
    stance at) is condemned as such."""
    speakers = [e for e in actor_subjects(verb, ends) if e.entity.type != "Topic"]
    if speakers and not _is_negated(verb):
        yield from condemned_acts(verb, speakers, objs, ends, lex)


def condemned_acts(trigger: Token, speakers: list[End], objs: list[Token], ends: EndFinder, lex: Lexicon):
    """The acts among ``objs`` that ``speakers`` condemn as such: a definite act of violence
    or abuse that names nobody ("condemned the attacks", "condemns the killing of aid
    workers", "expressed its condemnation of the bombing of a hospital")."""
    acts = lex.cue("attack_reference_nouns") | lex.cue("condemned_act_nouns")
    for obj in objs:
        if obj.pos_ != "NOUN" or obj.lemma_.lower() not in acts or not any(
                c.dep_ == "det" and c.lower_ in ("the", "these", "those", "this", "that") for c in obj.children):
            continue
        if any(c.dep_ == "poss" or c.dep_ in ("compound", "amod") and _names_actor(c, ends)
               or c.dep_ == "prep" and c.lower_ == "by" for c in obj.children) \
                or act_authors(obj, speakers, ends) or obj.lemma_.lower() in lex.cue("attack_reference_nouns") \
                and ends.last_attacker is not None and ends.last_attacker.entity.id not in {s.entity.id for s in speakers}:
            continue  # an author (or a kind: "the Israeli strikes") named: the act frames' case
            # (or the attacker reported before: the verb's rule condemns them)
            # ("the terrorist attack", "the deadly strikes", "the Quran burning" name none)
        topic = End(ends.m.topic(obj.doc[obj.i:obj.i + 1]), obj, False, f"topic '{obj.text}'")
        for s in speakers:
            yield Candidate("evaluation-unowned", trigger, "criticizes", "111", s, topic, trigger, 0.55)


def _names_actor(tok: Token, ends: EndFinder) -> bool:
    """Whether a modifier names an actor ("the Israeli strikes"), not a thing or a place
    ("the Quran burning")."""
    entity = ends.m.entity_at(tok)
    return entity is not None and entity.type in ACTOR_TYPES


def _not_judged(speakers: list[End], obj: Token, ends: EndFinder) -> list[End]:
    """A plural pronoun read as several sides ("Ghani's administration, which they dismiss as a
    puppet": the Taliban, or the government?) is none of the sides it judges."""
    if len(speakers) < 2 or not any(e.coref for e in speakers):
        return speakers
    judged = {e.entity.id for e in ends.owners(obj, ACTOR_TYPES, "criticizes")}
    return [e for e in speakers if not (e.coref and e.entity.id in judged)] or speakers


def _outside_relative(speakers: list[End], verb: Token) -> list[End]:
    """The speakers but those named inside a relative clause on the subject ("X, who held
    talks with Y and Z, called the tariffs unjustified": X alone judges them, also when the
    parser makes "Y and Z" a second subject of the verb)."""
    second_subject = sum(c.dep_ == "nsubj" for c in verb.children) > 1

    def inside(tok: Token) -> bool:
        head = tok
        while head.dep_ == "conj" and head.head is not head:
            head = head.head
        if second_subject and head.dep_ == "nsubj" and head.left_edge.i > 0 \
                and head.doc[head.left_edge.i - 1].pos_ == "ADP":
            return True  # "X, who held talks with [Y and Z], called ...", parsed as a second subject
        for a in tok.ancestors:
            if a.i == verb.i:
                return False
            if a.dep_ in ("relcl", "acl") and a.head.dep_ in ("nsubj", "nsubjpass") and a.head.head.i == verb.i:
                return True
        return False
    return [e for e in speakers if e.coref or not inside(e.token)]


def _appositive_speaker(verb: Token, ends: EndFinder) -> list[End]:
    """"Emmanuel Macron, the French president, called X ...": the parser may read the verb as a
    clause on the apposition; its subject is then the name the apposition describes."""
    head = verb.head
    if verb.dep_ == "acl" and syntax.objects(verb) and head.dep_ == "appos" and head.head.dep_ in ("nsubj", "ROOT"):
        return [e for e in ends.actors(head.head) if e.entity.type != "Topic"]
    return []


#: evaluating verbs that are a criticism by themselves, whatever the verdict
_CENSURING = frozenset({"criticize", "criticise", "condemn", "denounce", "slam", "decry", "deplore"})
#: texts and plans criticised as such ("criticised the deal as one-sided"); a statement or a
#: move criticised stands for its author, whom the other rules look for
_CRITICIZED_TEXTS = frozenset({"agreement", "accord", "deal", "pact", "plan", "proposal", "resolution", "treaty",
                               "ruling", "verdict", "initiative", "draft", "investigation", "inquiry", "probe",
                               "election", "referendum", "vote", "constitution"})
#: evaluating verbs that, said of a claim, deny it ("a claim X dismissed as absurd")
_DISMISSING = frozenset({"dismiss", "reject", "deny", "brand", "call", "describe", "label", "term"})


def _dismissed_claim(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"..., a claim New Delhi dismissed as absurd": X denies what the claim says (the act
    the claim is attached to: "said India staged the attack, a claim ..." -> the attack)."""
    claim = verb.head
    if verb.dep_ != "relcl" or claim.lemma_.lower() not in lex.cue("claim_nouns") or _is_negated(verb) \
            or verb.lemma_.lower() not in _DISMISSING:
        return
    speakers = actor_subjects(verb, ends)
    if not speakers:
        return
    act = claim.head if claim.dep_ in ("dobj", "appos", "npadvmod") and claim.head.pos_ == "VERB" else None
    # "accusing the government of staging the attack, a claim ...": the act charged, not the accused
    acts = [act] if act is not None else []
    acts += [g for a in acts for _, g in syntax.prep_objects(a, frozenset({"of", "for"})) if g.pos_ == "VERB"]
    # ("Beijing claims the region, a claim ...": what is claimed as one's own is no act charged)
    content = [o for a in acts if a.lemma_.lower() != "claim" for o in syntax.objects(a)
               if o is not claim and o.pos_ == "NOUN" and not ends.actors(o, ACTOR_TYPES, conj=False)]
    if not content and (act is not None or any(c.dep_ == "poss" for c in claim.children)):
        # "Beijing claims the region, a claim New Delhi rejects": a claim to something named,
        # not a charge with an act; the bare word "claim" would be no topic either
        trace.add("evaluation-claim", verb, "rejected denies", "the claim names no act")
        return
    for topic in topic_ends(content[0] if content else claim, ends, lex):
        if topic.entity.type == "Topic":
            for s in speakers:
                yield Candidate("evaluation-claim", verb, "denies", "120", s, topic, verb, 0.6, polarity="positive")


def quote_speaker(sent, ends: EndFinder, lex: Lexicon):
    """The speaker and reporting verb of a sentence that lies wholly inside a quotation
    continued or introduced elsewhere ('"A. B," she said.' -> the A sentence), or None."""
    root = sent.root
    doc = sent.doc
    sents, index = ends.sentences(doc)
    n = index.get(sent.start)
    if n is None:
        return None
    if not ends.in_quote(root):
        return _transcript_speaker(sents, n, ends) or _issuer_voice(sent, ends, lex)
    reporting = ends.reporting_outside_quotes(doc)  # sorted token indexes

    def verbs_in(span, after: int = -1):
        lo = bisect.bisect_left(reporting, max(span.start, after + 1))
        hi = bisect.bisect_left(reporting, span.end)
        return [doc[i] for i in reporting[lo:hi]]

    for k in range(n + 1, min(n + 4, len(sents))):  # the attribution follows within the same quotation
        nxt = sents[k]
        first = ends.first_quoted(nxt.start, nxt.end)  # the quotation must run on into this sentence
        if first is None:
            break
        for tok in verbs_in(nxt, after=first):
            found = actor_subjects(tok, ends)
            return (tok, found) if found else None
    # (the text between the two sentences, read off the tokens: Doc.text rebuilds the article)
    if n > 0 and "\n" not in doc[sents[n - 1].end - 1].whitespace_ + \
            "".join(t.text_with_ws for t in doc[sents[n - 1].end:sent.start]):
        # '"A," X told reporters. "B."': a new quotation in the same paragraph goes on in the
        # voice of the one just named as its speaker (when it names no other one itself)
        prev = sents[n - 1]
        if ends.first_quoted(prev.start, prev.end) is not None:
            for tok in verbs_in(prev):
                found = actor_subjects(tok, ends)
                if found:
                    return tok, found
    for k in range(n - 1, max(n - 9, -1), -1):  # 'X said: "A. B. C."', over quoted paragraphs
        prev = sents[k]
        if any(t.text == ":" for t in prev[-3:]):
            for tok in verbs_in(prev):
                found = actor_subjects(tok, ends)
                return (tok, found) if found else None
            return None
        if not ends.in_quote(prev.root):
            return None
    return None


def _transcript_speaker(sents, n: int, ends: EndFinder):
    """The speaker of a transcript's answer: a paragraph that opens with a named person and a
    colon ("Spokesperson Wang Wenbin: Japan's release of the water is irresponsible. We
    oppose it.") is that person's words, every sentence of it; the speaker stands for the
    side the person serves (the issuing government when the text knows no other). Returns
    (the colon, [speaker]) or None."""
    doc = sents[n].doc
    k = n
    while k > 0 and n - k < 12 and "\n" not in doc[sents[k - 1].end - 1].whitespace_ + \
            "".join(t.text_with_ws for t in doc[sents[k - 1].end:sents[k].start]):
        k -= 1
    first = sents[k]
    if k > 0 and "\n" not in doc[sents[k - 1].end - 1].whitespace_ + \
            "".join(t.text_with_ws for t in doc[sents[k - 1].end:first.start]):
        return None  # no paragraph start in reach
    colon = next((t for t in first[1:7] if t.text == ":"), None)
    if colon is None or n - k >= 12 or any(t.pos_ != "PROPN" for t in doc[first.start:colon.i]):
        return None
    named = [e for t in doc[first.start:colon.i] for e in ends.actors(t, conj=False) if e.entity.type == "Person"]
    if not named:
        return None  # "AFP: What is your response?": a reporter's question
    person = named[0]
    country = ends.affiliation(person.entity) or ends.issuer()
    return colon, [End(country, person.token, True, "transcript speaker") if country is not None else person]


def news_copy(ends) -> bool:
    """Whether the article is a news outlet's copy ("... News", a wire, a press agency), which
    narrates, rather than a government's own text, which speaks in the issuer's voice."""
    source = (getattr(getattr(ends.m, "article", None), "source", None) or "").lower()
    return any(w in source for w in ("news", "wire", "press agency"))


def _issuer_voice(sent, ends: EndFinder, lex: Lexicon):
    """A published statement's own charge: in a text a government issued ("Statement by the
    Spokesperson of the Chinese Embassy ..."), a sentence reporting nobody's words whose main act
    is a wrong done by another side ("Mr. X and the forces behind him have seriously violated
    China's sovereignty", "This move flagrantly interferes in China's internal affairs") is the
    government's accusation (not in a news agency's copy, which narrates). Returns (the act,
    [the issuing government]) or None."""
    issuer = ends.issuer()
    root = sent.root
    if issuer is None or root.pos_ not in ("VERB", "AUX") or root.lemma_.lower() in lex.cue("reporting_verbs"):
        return None
    if news_copy(ends):
        return None
    act, charged = _charged_act(root, syntax.clause_subject_of(root), lex)
    if charged is None or not _hostile(act, lex) or _is_negated(act):
        return None
    lemma = charged.lemma_.lower()
    if charged.pos_ == "NOUN" and (lemma in ACT_NOUNS or lemma in lex.cue("attack_reference_nouns") or ends.is_act_noun(lemma)):
        return None  # "Russia's aggression, now assisted by Iran, threatens ...": rhetoric about an act
    return act, [End(issuer, act, True, "issuing government")]


#: verbs of a source that relays someone's words ("Interfax quoted X as saying ...")
_RELAYING = frozenset({"quote", "cite"})


def _quoted_as_saying(verb: Token, ends: EndFinder) -> list[End]:
    """"State media quoted X as saying Y ...", "Tass cited X as saying ...": the one quoted
    speaks (the agency only relays the words)."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or verb.head.lower_ != "as":
        return []
    relay = verb.head.head
    if relay.lemma_.lower() not in _RELAYING:
        return []
    return [e for o in syntax.objects(relay) for e in ends.actors(o)]


#: families of lexicon verbs whose act, reported, is a wrong laid at its subject's door
_HOSTILE_FAMILIES = frozenset({"assault", "coerce", "threaten"})
#: verbs of going on with an act: "continues to target civilians" charges the act gone on with
_CONTINUING = frozenset({"continue", "keep", "persist"})
#: what "there is ... that Y did Z" rests on when it charges Y ("well-founded suspicion that ...")
_SUSPICION = frozenset({"suspicion", "evidence", "proof", "indication", "sign"})
#: auxiliaries of what may yet come ("warned that Y could attack")
_PROSPECT_AUX = frozenset({"will", "would", "could", "may", "might", "can", "ca", "wo"})


#: verbs that abet an armed group ("sheltering militants", "arming the rebels") and the groups
_ABETTING = frozenset({"shelter", "harbor", "harbour", "arm", "fund", "finance", "train", "sponsor"})
_ARMED_NOUNS = frozenset({"militant", "terrorist", "rebel", "insurgent", "fighter", "extremist", "jihadist",
                          "militia", "separatist", "gunman"})


#: crimes one commits ("committed atrocities", "war crimes")
_CRIMES = frozenset({"atrocity", "crime", "abuse", "violation", "murder", "aggression"})
#: entering guarded ground: "entered restricted waters", "crossed into its airspace"
_ENTERING = frozenset({"enter", "penetrate"})
_GUARDED = frozenset({"water", "waters", "airspace", "territory", "zone"})


#: Verbs that start or carry out the act their object names ("initiated the firing").
_STARTING_ACTS = frozenset({"launch", "carry", "conduct", "initiate", "start", "stage", "mount", "unleash",
                            "begin"})


#: Kinds of operation that harm nobody ("conducting search operations in Kathmandu"): the words
#: of help a team is sent with, and a few more.
_PEACEFUL_OPS = HELP_MODIFIERS | frozenset({"search", "evacuation", "peacekeeping", "recovery", "training",
                                            "salvage", "demining", "clean-up"})


def _hostile(act: Token, lex: Lexicon) -> bool:
    """Whether a reported act is a wrong done: a wrongdoing verb ("violated", "disrupted"), an
    attack, coercion or threat of the lexicon, an act done with a weapon ("blasted the boat with
    water cannon", "pelted them with stones"; not "provided Kyiv with rockets"), or a part in an
    attack ("were involved in the blast")."""
    lemma = act.lemma_.lower()
    if lemma in lex.cue("wrongdoing_verbs") or _implicated(act, lex):
        return True
    if lemma in _ABETTING and any(o.lemma_.lower() in _ARMED_NOUNS for o in syntax.objects(act)):
        return True  # "said Pakistan was sheltering militants", "arming the rebels"
    if lemma in _ENTERING and any(o.lemma_.lower() in _GUARDED for o in syntax.objects(act)):
        return True  # "said Chinese vessels had entered restricted waters", "violated its airspace"
    # (the tagger lemmatises "waging" as "wag")
    if act.lower_ in ("wage", "wages", "waged", "waging") and any(o.lemma_.lower() in ("war", "campaign")
                                                                   for o in syntax.objects(act)):
        return True  # "said the regime was waging war on its own youth"
    if lemma in _STARTING_ACTS and any(FAMILY[t.relation] == "assault" for o in syntax.objects(act)
                                       if not any(c.lower_ in _PEACEFUL_OPS for c in o.children)
                                       for t in lex.nouns.get(o.lemma_.lower(), ())):
        return True  # "said Pakistani troops had initiated the firing", "had launched the raid"
    if lemma in ("commit", "perpetrate") and any(o.lemma_.lower() in lex.cue("pejoratives") | _CRIMES
                                                 for o in syntax.objects(act)):
        return True  # '"Russia is committing genocide," X said', "said Y had committed war crimes"
    triggers = lex.verbs.get(lemma, ())
    if any(FAMILY[t.relation] in _HOSTILE_FAMILIES and (not t.requires or has_required(act, t.requires))
           for t in triggers):
        return True
    # ("blasted" also criticizes in words: the weapon tells the sense; "supplied" with arms helps)
    # (the parser may hang "with water cannon" on the object: "sprayed the trawler with ...")
    return not any(FAMILY[t.relation] == "cooperate" for t in triggers) and lemma not in lex.cue("frame_giving") \
        and not syntax.is_passive(act) and any(p.lemma_.lower() in lex.cue("weapon_nouns")
                                               for t in (act, *syntax.objects(act))
                                               for _, p in syntax.prep_objects(t, frozenset({"with"})))


def _implicated(act: Token, lex: Lexicon) -> bool:
    """"members of the GRU had been involved in the blast", "was implicated in the killing": a
    part in an attack or a crime (its subject is charged, though the verb is passive)."""
    if act.lemma_.lower() not in ("involve", "implicate") or not syntax.is_passive(act):
        return False
    acts = lex.cue("attack_reference_nouns") | lex.cue("condemned_act_nouns") | lex.cue("implicated_acts")
    return any(p.lemma_.lower() in acts for _, p in syntax.prep_objects(act, frozenset({"in"})))


def _charged_act(clause: Token, subj: Token | None, lex: Lexicon) -> tuple[Token, Token | None]:
    """The act a reported clause charges and the one it is said of: the clause and its subject,
    unless a hostile act is found in
    - the act gone on with ("India continues to target civilian areas"),
    - a verb conjunct with no subject of its own ("had blocked the boat's path and then blasted
      it with water cannon"),
    - a cleft ("it was Vietnamese vessels that had disrupted its work": the relative clause, said
      of the vessels), or what a suspicion is of ("there was suspicion that GRU officers had been
      involved in the blast")."""
    if clause.lemma_.lower() == "be" and not _is_negated(clause):
        for attr in (c for c in clause.children if c.dep_ == "attr"):
            if subj is not None and subj.lower_ == "it":
                for rel in (c for c in attr.children if c.dep_ == "relcl" and c.pos_ == "VERB"):
                    if any(w.dep_ == "nsubj" and w.lower_ in ("that", "who", "which") for w in rel.children):
                        return _charged_act(rel, attr, lex)
            elif any(c.dep_ == "expl" for c in clause.children) and attr.lemma_.lower() in _SUSPICION \
                    and not any(c.lower_ in ("no", "little") for c in attr.children):
                for inner in (c for c in attr.children if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ == "VERB"
                              and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)):
                    found = syntax.clause_subject_of(inner)
                    if found is not None:
                        return _charged_act(inner, found, lex)
    acts = [clause]
    if clause.lemma_.lower() in _CONTINUING:
        acts += [c for c in clause.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    if not syntax.is_passive(clause):  # ("were chased and rammed by X": the conjunct is passive too)
        # (not a speech act: "said Y would honour it but warned that ..." is the speaker's warning)
        acts += [c for a in list(acts) for c in a.conjuncts if c.i > a.i and c.pos_ == "VERB"
                 and c.lemma_.lower() not in lex.cue("reporting_verbs")
                 and not any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in c.children)]
    return next(((a, subj) for a in acts if _hostile(a, lex)), (clause, subj))


#: what a denial's "it" never is: a charge or report denied ("denied the report, saying it had never ...")
_CLAIM_WORDS = frozenset({"report", "claim", "allegation", "accusation", "charge", "suggestion", "assertion"})


def report_rules(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace, *, speakers=None, clauses=None):
    """Candidates implied by a reporting verb about its speaker (``speakers`` and ``clauses``
    given for a quoted sentence whose attribution is in another sentence)."""
    lemma = verb.lemma_.lower()
    speakers = speakers if speakers is not None else _quoted_as_saying(verb, ends) or actor_subjects(verb, ends)
    if not speakers:
        for _, p in syntax.prep_objects(verb, frozenset({"according"})):
            speakers = ends.actors(p)
    if not speakers and lemma == "deny" and clauses is None and (syntax.is_passive(verb) or verb.tag_ == "VBN"):
        # "..., a charge denied by Islamabad"
        speakers = [e for a in syntax.by_agents(verb) for e in ends.actors(a) if e.entity.type != "Topic"]
    if clauses is None:
        # "stressed that China has no intention of violating ...": the clause subject's own
        # disavowal, whoever reports it
        for clause in _reported_clauses(verb):
            yield from disowned_intent(clause, ends, lex, trace)
    if not speakers:
        return
    if lemma in ("warn", "caution") and clauses is None:
        yield from warned_of(verb, speakers, ends, lex, trace)
    if lemma == "deny" and clauses is None:
        yield from denied_claims(verb, speakers, ends, lex, trace)
        yield from denied_clause(verb, speakers, ends, lex, trace)
        yield from denied_charge(verb, speakers, ends, lex, trace)
    for clause in (clauses if clauses is not None else _reported_clauses(verb)):
        yield from _linked_to(verb, clause, speakers, ends)
        subj = syntax.clause_subject_of(clause)
        clemma = clause.lemma_.lower()
        # X said Y violated / attacked ...: X accuses Y (the act may be a conjunct, the act gone
        # on with or a cleft's: "had blocked the boat and then blasted it with water cannon")
        act, charged = _charged_act(clause, subj, lex)
        alemma = act.lemma_.lower()
        hostile = by_act = _hostile(act, lex)
        # 'X said Y was "not serious about peace"': a verdict on another actor; '"These
        # provocations undermine peace," X said': a charge against the act's author
        own = _own_side(speakers, ends)
        # (an act charged by its own verb, "Y is blatantly violating the truce", is an accusation below)
        verdicts = [] if hostile else list(judged_actor(verb, clause, speakers, own, ends, lex, trace))
        verdicts += charged_act(verb, clause, speakers, own, ends, lex, trace)
        yield from verdicts
        if lemma in lex.cue("accusing_reporting") and not verdicts and not hostile:
            yield from _owned_wrongs(verb, clause, speakers, ends, trace)
        # "X said the decision was not retaliation": X denies the charge word
        yield from denied_label(verb, clause, speakers, own, ends, lex, trace)
        # 'X said Y was "using Z to bully us"': a partial quote that carries a
        # pejorative word is the speaker's charge against Y (unless judged above)
        if not hostile and not verdicts and subj is not None and not ends.in_quote(subj):
            pejoratives = lex.cue("pejoratives")
            hostile = any(ends.in_quote(t) and (t.lemma_.lower() in pejoratives or t.lower_ in pejoratives)
                          for t in clause.subtree)
        # "both governments are hurting": with no object the subject is the one who suffers
        hostile = hostile and not (alemma in _ERGATIVE and not syntax.objects(act))
        # "notes that X has warned that Y is cutting ...": X reports, X is charged with nothing
        hostile = hostile and not (alemma in lex.cue("reporting_verbs") and any(c.dep_ == "ccomp" for c in act.children))
        # "X must stop the attacks": a demand, not an accusation
        hostile = hostile and not any(c.dep_ == "aux" and c.lower_ in lex.cue("obligation_aux")
                                      for t in {clause, act} for c in t.children)
        # "X warned that Y could attack": a warning of what may come charges nobody yet
        hostile = hostile and not (lemma in lex.cue("warning_reporting") and any(
            c.dep_ == "aux" and c.lower_ in _PROSPECT_AUX for t in {clause, act} for c in t.children))
        # "said Turkey could launch a new operation": an act only possible charges nobody
        # ("may have shelled": a past act, hedged, still charged)
        hostile = hostile and not any(c.dep_ == "aux" and c.lower_ in ("could", "might", "may")
                                      and not any(h.dep_ == "aux" and h.lower_ == "have" for h in t.children)
                                      for t in {clause, act} for c in t.children)
        # "Y was responsible for / behind the attack", "Y bore primary responsibility for it"
        hostile = hostile or (clemma == "be" and any(
            (c.dep_ == "acomp" and c.lower_ in ("responsible", "guilty", "culpable"))
            or (c.dep_ == "prep" and c.lower_ == "behind") for c in clause.children)) or _bears_blame(clause)
        # (a quote, a transcript's answer or a statement in the speaker's own voice: no verb says it)
        own_voice = clauses is not None and lemma not in lex.cue("reporting_verbs")
        if (lemma in lex.cue("accusing_reporting") or own_voice) and hostile and charged is not None \
                and not _is_negated(clause) \
                and not _is_negated(act):
            if alemma == "fire" and any(o.lemma_.lower() in lex.cue("person_role_nouns") or ends.m.entity_at(o) is not None
                                        and ends.m.entity_at(o).type == "Person" for o in syntax.objects(act)):
                pass  # "fired the minister": a dismissal
            elif alemma in ("carry", "launch") and not any(
                    any(FAMILY[t.relation] == "assault" for t in lex.nouns.get(o.lemma_.lower(), ()))
                    for o in syntax.objects(act)):
                pass  # "carried out reforms": not an accusation
            else:
                if syntax.is_passive(act) and not _implicated(act, lex):
                    # "two soldiers had been killed (by X)": the patient is no culprit
                    accused = [e for t in syntax.by_agents(act) for e in ends.actors(t) or armed_owner(t, ends, lex)]
                elif (deed := _act_before(charged, lex)) is not None:
                    # "reported an Israeli missile strike ..., saying it had killed his son": "it" is
                    # the strike, whose author is accused
                    accused = ends.owners(deed, ACTOR_TYPES, "accuses")
                else:
                    # ("Thai F-16 jets had bombed ...": the country named deeper in a force's phrase)
                    accused = ends.actors(charged) or armed_owner(charged, ends, lex)
                own = _own_side(speakers, ends)
                # ("Putin warned the West ..., the Kremlin said": a leader of the speaker's side too)
                if any(e.entity.id in own or e.entity.type == "Person" and getattr(
                        ends.affiliation(e.entity), "id", None) in own for e in accused):
                    # a speaker's own side is no culprit, nor is whoever acted with it ("its troops and
                    # allied fighters launched an offensive", "American and British aircraft struck")
                    trace.add("report-accuse", verb, "rejected accuses", f"'{charged.text}' takes in the speaker's side")
                    accused = []
                # (an act charged by its own verb: 9 in 10 right on the studied articles, also when
                # "officials in New Delhi said Pakistani Rangers had opened fire" resolves both
                # sides through a reference; a pejorative quote is a looser charge)
                for s, o in pair_up(speakers, accused, "accuses"):
                    yield Candidate("report-accuse", verb, "accuses", "112", s, o, verb, 0.65 if by_act else 0.6)
                own_policy = not accused and any(e.entity.id in _own_side(speakers, ends)
                                                 for e in ends.owners(charged, ACTOR_TYPES, "criticizes"))
                if not accused and not own_policy and alemma in lex.cue("wrongdoing_verbs") and charged.pos_ == "NOUN" \
                        and charged.lemma_.lower() in lex.cue("policy_nouns"):
                    # "X contends the rule unfairly hurts farmers": X criticizes the rule (not its own)
                    for topic in topic_ends(charged, ends, lex):
                        for s in speakers:
                            yield Candidate("report-fault", verb, "criticizes", "111", s, topic, verb, 0.55)
                elif not accused:
                    trace.add("report-accuse", verb, "rejected accuses", f"clause subject '{charged.text}' is not an actor")
        # X insisted it does not fund Z / there was no Z: X denies Z; in the speaker's own
        # words any reporting verb will do ('"We have never built Z," X told reporters')
        quoted = ends.in_quote(clause)
        relation = "denies"
        if lemma in lex.cue("denial_reporting") or lemma in ("assert", "maintain", "insist") or quoted:
            topic_tok, tie_denied = None, False
            # only a denial when the negated clause is about the speaker ("it does not fund"),
            # or about the country or body the speaker speaks for
            own = _own_side(speakers, ends)
            # ("the two sides had not reached any agreement": a subject that takes in another
            # party reports a shared outcome, not a claim about the speaker denied)
            subj_actors = ends.actors(subj) if subj is not None and subj.pos_ != "PRON" else []
            about_self = subj is not None and (subj.pos_ == "PRON" or bool(subj_actors) and all(
                e.entity.id in own for e in subj_actors))
            if subj is not None and subj.lower_ == "it" and verb.dep_ == "advcl" and any(
                    o.dep_ == "dobj" and o.pos_ == "NOUN" and ends.m.entity_at(o) is None
                    and o.lemma_.lower() not in lex.cue("event_reference_nouns") | _CLAIM_WORDS
                    for o in verb.head.children):
                # "rejected the proposal, saying it did not guarantee a ceasefire": "it" is the
                # thing rejected, not the speaker
                about_self = False
            if (_is_negated(clause) or clemma == "be") and refusal(clause):
                # "would not withdraw its officers", "will not compromise on X", "there can be no
                # dialogue while ...": an intention or a condition stated, not a claim denied
                relation = "rejects"
            if _is_negated(clause) and about_self and _habitual(clause) and lemma not in _INSISTING:
                # "Indonesia does not join military alliances," he said: a standing policy told,
                # not a charge denied (which "insisted it does not fund Z" is)
                trace.add("report-deny", verb, "REJECT", "a habitual 'does not' is a policy, not a denial")
            elif _is_negated(clause) and about_self and clemma in _MENTAL:
                trace.add("report-deny", verb, "REJECT", "'did not expect / share' tells a view, it denies nothing")
            elif _is_negated(clause) and about_self and _kept_open(clause):
                trace.add("report-deny", verb, "REJECT", "'not ruling out' keeps an option open, it denies nothing")
            elif _is_negated(clause) and about_self and clemma in _STANCE:
                trace.add("report-deny", verb, "REJECT", "'does not support / seek' tells a stance, it denies nothing")
            elif _is_negated(clause) and about_self and clemma in _INFORMING and syntax.is_passive(clause):
                trace.add("report-deny", verb, "REJECT", "'had not been told of' complains of being left out")
            elif _is_negated(clause) and about_self:
                # ("had never sought to violate X and only wanted Y": the negated verb's own
                # object, through its infinitives, before a conjunct's)
                objs = _denied_objects(clause) or [o for c in clause.conjuncts for o in syntax.objects(c)] or \
                    [p for _, p in syntax.prep_objects(clause, frozenset({"in", "on", "to", "of", "with"}))]
                topic_tok = objs[0] if objs else None
            elif clemma == "have" and (unlinked := _nothing_to_do_with(clause)) is not None and (
                    about_self or subj is not None and subj.pos_ in ("PROPN", "NOUN") and not _any_own(subj_actors, own)
                    and _any_own(ends.actors(unlinked, ACTOR_TYPES, conj=False), own)):
                # "said it had nothing to do with the explosion": a part in it denied; "Rwanda has
                # nothing to do with the M23": a tie to a side denied (the side is what is
                # denied); "the so-called APT40 has nothing to do with the Chinese government":
                # the same tie denied from the other end
                topic_tok = unlinked if about_self else subj
                tie_denied = True
            elif clemma == "be" and any(c.dep_ == "expl" for c in clause.children):
                attr = next((c for c in clause.children if c.dep_ in ("attr", "dobj")), None)
                if attr is not None and any(c.lower_ == "no" for c in attr.children) \
                        and attr.lemma_.lower() not in _GROUNDS | _VACUOUS:
                    # ("there was no evidence that Y ...": what is denied is Y, not the evidence)
                    topic_tok = attr
                    if attr.lemma_.lower() in lex.cue("ruled_out_nouns"):
                        # "no question of ceding land": what is ruled out is rejected
                        inner = [p for _, p in syntax.prep_objects(attr, frozenset({"of", "for"}))]
                        topic_tok, relation = (inner[0], "rejects") if inner else (None, relation)
            triggers = [t for t in lex.verbs.get(clemma, ()) if not t.requires or has_required(clause, t.requires)]
            if triggers and (_names_an_actor(clause, ends) or not all(FAMILY[t.relation] in _DENIED_DEEDS for t in triggers)):
                # a negated trigger is already a negative fact ("would not meet X"); with no actor
                # to aim at ("never provided weapons to any party") the denial is the fact
                topic_tok = None
            nominal = topic_tok is not None and (topic_tok.pos_ in ("NOUN", "PROPN") or
                                                 relation == "rejects" and topic_tok.tag_ == "VBG")
            tied = ends.actors(topic_tok, ACTOR_TYPES, conj=False) if nominal else []
            if nominal and (not tied or tie_denied):
                found = [e for e in tied if e.entity.id not in own] if tied else topic_ends(topic_tok, ends, lex)
                head = topic_tok.head
                if clemma in lex.cue("acceptance_verbs"):
                    relation = "rejects"  # "we will not tolerate meddling": a refusal, not a denial
                if relation == "denies" and quoted and topic_tok.dep_ == "dobj" and head.pos_ == "VERB" \
                        and head.lemma_.lower() not in _EMPTY_VERBS and found and found[0].entity.type == "Topic":
                    # '"We are not signing any pact"': the act denied, with its object
                    inner = syntax.topic_span(topic_tok, lex)
                    span = topic_tok.doc[head.i:inner.end] if len(inner) and inner.start > head.i else None
                    if span is not None and span.end - span.start <= 8:
                        found = [End(ends.m.topic(span), topic_tok, False, f"topic '{span.text}'")]
                if topic_tok.pos_ == "VERB" and found and found[0].entity.type == "Topic":
                    # "no question of ceding land": the act with its object, not the object alone
                    inner = syntax.topic_span(syntax.objects(topic_tok)[0], lex) if syntax.objects(topic_tok) else None
                    if inner is not None and len(inner):
                        span = topic_tok.doc[topic_tok.i:inner.end]
                        found = [End(ends.m.topic(span), topic_tok, False, f"topic '{span.text}'")]
                # a refusal read off a negated clause ("would not accept lessons") names what is
                # refused loosely: 1 right in 5 on unseen articles, so below MIN_CONFIDENCE
                conf = 0.6 if relation == "denies" else 0.4
                # "spokeswoman X said Rwanda was not involved in the fighting": the side named
                # in the denied clause denies it too (the speaker speaks for it)
                # (a part or a state denied, "was not involved in", "is not responsible for"; not
                # an act, "was not seeking war", which the speaker's own words describe)
                named = [e for e in subj_actors if subj.pos_ == "PROPN" and e.entity.type in _SIDES
                         and e.entity.id not in {x.entity.id for x in speakers}] \
                    if relation == "denies" and (clemma == "be" or syntax.is_passive(clause) or tie_denied) else []
                if tie_denied and not about_self:  # (the speaker's side is the tie's other end)
                    named = [e for e in ends.actors(unlinked, ACTOR_TYPES, conj=False) if e.entity.type in _SIDES
                             and e.entity.id not in {x.entity.id for x in speakers}]
                for topic in found:
                    for s in (*speakers, *named):
                        yield Candidate("report-" + ("deny" if relation == "denies" else "rule-out"), verb,
                                        relation, "120", s, topic, verb, conf, polarity="positive")
        # "X said the talks had covered Z": X discusses Z
        if subj is not None and clemma in lex.cue("coverage_verbs") and any(
                FAMILY[t.relation] == "consult" for t in lex.nouns.get(subj.lemma_.lower(), ())):
            objs = syntax.objects(clause) or [p for _, p in syntax.prep_objects(clause, frozenset({"on"}))]
            for topic in (x for o in objs for x in topic_ends(o, ends, lex) if x.entity.type == "Topic"):
                for s in speakers:
                    yield Candidate("report-covered", verb, "discusses", "010", s, topic, verb, 0.6)
        # '"Both sides must allow access," X said': X demands it of them (0.65: still 0.5 when the
        # speaker is only "she" in a quote attributed by pronoun, which is how officials are quoted;
        # an obliged side known only by a pronoun, "they must normalise ties", is a guess: 0.55)
        if subj is not None and not syntax.is_passive(clause) and not syntax.inverted_condition(clause) \
                and (clemma not in ("be", "have") and any(
                c.dep_ == "aux" and c.lower_ in lex.cue("obligation_aux") for c in clause.children)
                or _semi_modal(clause)):
            own = _own_side(speakers, ends)
            subjects = ends.actors(subj)
            # "X and we should jointly ...": a call on the speaker's own side is a proposal, not a demand
            obliged = [e for e in subjects if e.entity.id not in own] if not any(
                e.entity.id in own for e in subjects) else []
            # "told Lebanese officials that the government must ...": a side known only by a
            # reference is no guess when the one told belongs to it
            told = {e.entity.id for t in syntax.objects(verb) + [c for c in verb.children if c.dep_ == "dative"]
                    for e in ends.actors(t, ACTOR_TYPES, conj=False)}
            for s, o in pair_up(speakers, obliged, "demandsFrom"):
                yield Candidate("report-demand", verb, "demandsFrom", "100", s, o, verb,
                                0.55 if o.coref and o.entity.id not in told else 0.65,
                                polarity="positive")
        # '"It is time for Russia to end the war," X said': a demand on Russia
        if clemma == "be" and subj is not None and subj.lower_ == "it" and not _is_negated(clause):
            own = _own_side(speakers, ends)
            obliged = [e for t in _time_for(clause) for e in ends.actors(t) if e.entity.id not in own]
            for s, o in pair_up(speakers, obliged, "demandsFrom"):
                yield Candidate("report-time-for", verb, "demandsFrom", "100", s, o, verb, 0.6, polarity="positive")
        # 'X said the pact was "gravely concerning"': a thing said to worry is the speaker's worry
        # (the parser reads the adjective as a progressive verb)
        if subj is not None and clause.tag_ == "VBG" and clause.lemma_.lower() in _WORRYING and not _is_negated(clause) \
                and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in clause.children) \
                and not syntax.objects(clause) and subj.pos_ in ("NOUN", "PROPN") \
                and not ends.actors(subj, ACTOR_OR_PLACE, conj=False):
            for topic in topic_ends(subj, ends, lex):
                for s in speakers:
                    yield Candidate("report-worry", verb, "concernedAbout", "012", s, topic, verb, 0.6)
        # '"These tariffs are unfair," X said': X criticizes whoever owns what is judged
        if subj is not None and clemma == "be" and not _is_negated(clause) and any(
                c.dep_ in ("acomp", "attr") and c.lemma_.lower() in lex.cue("pejoratives") for c in clause.children):
            extraposed = list(_extraposed_judged(verb, clause, speakers, ends)) if subj.lower_ == "it" else []
            yield from extraposed or _judged(verb, subj, speakers, ends, lex)
        # 'The islands in the Aegean are ...,' X said: X discusses the subject
        if subj is not None and subj.pos_ in ("NOUN", "PROPN") and (clemma == "be" or any(
                c.dep_ in ("attr", "acomp") for c in clause.children)) and not ends.actors(subj, ACTOR_OR_PLACE, conj=False):
            # "the tariffs were consistent with ...", "the exchange was the 17th": a bare definite
            # subject points back at something already reported, and the clause judges it rather
            # than raising a topic; a negated clause ("intervention was not on the table") rules
            # the topic out rather than raising it
            # ("the new duties were a response to ...": an adjective adds no new topic either);
            # a count ("11 children were among the dead") reports a toll, not a topic
            # (an aside set off by commas, "the exercises, code-named X, were ...", leaves the
            # reference as bare as it was)
            aside = any(c.dep_ == "punct" and c.text == "," for c in subj.children)
            anaphoric = any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children) and all(
                c.dep_ in ("det", "amod") or aside and c.dep_ in ("punct", "acl", "appos") for c in subj.children)
            anaphoric = anaphoric or any(c.dep_ == "nummod" for c in subj.children)
            # "a child was among the dead", "two soldiers were among the wounded": a toll too
            anaphoric = anaphoric or any(
                c.dep_ == "prep" and c.lower_ == "among" and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in _TOLL_WORDS for g in c.children)
                for c in clause.children)
            # "Orban's stance was a gift to Putin", "Kigali's defensive measures were a response":
            # someone's own act or position is judged or explained, not a topic raised
            # (an act "by" a named actor is owned as well: "ratification by Budapest was a formality")
            anaphoric = anaphoric or any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "by" and any(
                g.dep_ == "pobj" and ends.m.entity_at(g) is not None for g in c.children) for c in subj.children)
            if not any(c.dep_ == "det" and c.lower_ in ("this", "that", "these", "those", "it") for c in subj.children) \
                    and subj.lemma_.lower() not in lex.cue("proxy_nouns") and not anaphoric \
                    and not _is_negated(clause) and not any(
                        _is_negated(c) for c in clause.children if c.dep_ in ("prep", "acomp", "attr")):
                # "X noted that protectionism is on the rise": what worsens is a worry
                rising = any(c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "rise" for g in c.children)
                             or c.dep_ == "acomp" and c.lemma_.lower() in lex.cue("worrying_states")
                             for c in clause.children)
                relation, cameo = ("concernedAbout", "012") if rising else ("discusses", "010")
                # "the restrictions were legitimate", "the door remains open", "pressure on Y was
                # counterproductive": an adjective alone judges what was already on the table (a
                # stance, not a topic raised); and a denial's clause is what is denied, not raised
                judged = not rising and not any(c.dep_ in ("attr", "prep") for c in clause.children) and any(
                    c.dep_ == "acomp" and c.pos_ == "ADJ" for c in clause.children)
                if judged or verb.lemma_.lower() in _DENYING:
                    continue
                for topic in topic_ends(subj, ends, lex):
                    for s in speakers:
                        yield Candidate("report-discuss", verb, relation, cameo, s, topic, verb, 0.55)
        # "X said a blockade of Y could amount to ...": a prospect X raises is X's topic
        if subj is not None and subj.pos_ == "NOUN" and clemma not in ("be", "have") and not _is_negated(clause) \
                and any(c.dep_ == "aux" and c.lower_ in ("could", "would", "might", "may") for c in clause.children) \
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subj.children) \
                and not ends.actors(subj, ACTOR_OR_PLACE, conj=False) \
                and subj.lemma_.lower() not in lex.cue("proxy_nouns") | lex.cue("person_role_nouns"):
            # ("a representative from Myanmar would be invited": a person described is no prospect)
            for topic in topic_ends(subj, ends, lex):
                if topic.entity.type == "Topic":
                    for s in speakers:
                        yield Candidate("report-prospect", verb, "discusses", "010", s, topic, verb, 0.55)
        # "X warned that violence is spreading"; growth ("trade grew") is a worry only when warned of
        worrying = clemma in lex.cue("worrying_verbs") or lemma in lex.cue("warning_reporting") and (
            clemma in lex.cue("growth_verbs") or clemma in _HARMING)
        if subj is not None and subj.pos_ == "NOUN" and worrying \
                and not ends.actors(subj, ACTOR_OR_PLACE, conj=False) and not _is_negated(clause):
            # "X warned that violence is spreading": a worry about the violence
            for topic in topic_ends(subj, ends, lex):
                for s in speakers:
                    yield Candidate("report-worry", verb, "concernedAbout", "012", s, topic, verb, 0.55)
        # "X said Y remains the most significant threat to its security": a worry about Y
        yield from reported_threat(verb, clause, speakers, ends, lex, trace)
        # "X voiced regret, saying the launch had ignored ...": a worry about the launch
        yield from worry_saying(verb, clause, speakers, ends, lex, trace)
        # "X said talks on Y had made progress", "X was hopeful that a deal ...": X discusses Y
        yield from reported_talks(verb, clause, speakers, ends, lex, trace)
        yield from hoped_outcome(verb, clause, speakers, ends, lex, trace)
        # "X said the two sides were trying to reach a settlement": X discusses the settlement
        yield from pursued_outcome(verb, clause, speakers, ends, lex, trace)
        # "X warned that the country was on the brink of (relapsing into) war": a worry about the war
        for topic in _looming(clause, ends, lex):
            for s in speakers:
                yield Candidate("report-brink", verb, "concernedAbout", "012", s, topic, verb, 0.6)
