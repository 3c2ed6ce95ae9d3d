"""Shared pieces of the extraction rules: the candidate fact, the decision trace,
and helpers the verbal, nominal and reporting rules have in common.

The rules themselves live in :mod:`kg.extract.verbal` (verb triggers),
:mod:`kg.extract.nominal` (noun and light-verb triggers) and
:mod:`kg.extract.reports` (what reporting verbs imply about their speaker). Each
yields :class:`Candidate` objects and records every decision (fired, rejected and
why) in a :class:`Trace`, which ``kg explain`` prints.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from kg.extract import syntax
from kg.extract.ends import ACTOR_OR_PLACE, End, EndFinder
from kg.extract.lexicon import FAMILY, SYMMETRIC, TOPICAL, Lexicon, Trigger, load_lexicon
from kg.extract.texts import named_authors, text_issuers
from kg.extract.topic_clauses import feared_subjects
from kg.extract.topic_lists import listed_topics
from kg.resolve.gazetteer import load_gazetteer

__all__ = ["Candidate", "Trace", "topic_ends", "actor_subjects", "pair_up", "target_tokens", "has_required",
           "captured_place", "attack_site", "armed_owner", "OBJECT_CONTROL", "ATTITUDE"]

#: verbs whose object is the subject of their infinitive ("urged China to ...": China acts)
OBJECT_CONTROL = frozenset({"urge", "ask", "warn", "tell", "call", "press", "encourage", "invite",
                             "order", "force", "pressure", "push", "help", "allow", "persuade",
                             # "authorizes the force to continue operations": mandates and permissions
                             # (not "instructed ministries to ...": one's own staff act for oneself)
                             "authorize", "authorise", "mandate", "permit", "enable", "empower", "require",
                             "oblige", "compel", "advise",
                             # "prompting Beijing to announce curbs", "which led Mexico to break off ties":
                             # what moves someone to act names them as the one who acts
                             "prompt", "lead", "spur", "drive", "provoke", "cause", "trigger"})
#: relations whose target may be named through what it owns ("condemned North Korea's launch")
ATTITUDE = frozenset({"criticizes", "accuses", "rejects", "supports", "protestsAgainst", "sanctions"})
#: entity labels that never make a topic ("an agreement on Wednesday")
NOT_TOPIC_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})


@dataclass
class Candidate:
    """A fact before it gets its polarity/modality/date/place (see kg.extract.facts)."""

    rule: str
    trigger: Token
    relation: str
    cameo: str | None
    subject: End
    object: End
    clause: Token                # where modality and negation are read
    confidence: float
    polarity: str | None = None  # forced by the rule (denials), else from the clause
    walk: bool = True            # read modality up the clause chain (False: the noun phrase only)
    attribution: End | None = None
    note: str = ""


@dataclass
class Trace:
    """Decisions of the rules for one sentence (used by ``kg explain``)."""

    lines: list[str] = field(default_factory=list)
    enabled: bool = False
    #: the article's EndFinder, for rules that fall back on the article's sides
    #: (:func:`kg.extract.frames._common.emit`); set by :func:`kg.extract.extract_doc`
    ends: object = None

    def add(self, rule: str, trigger: Token, verdict: str, why: str) -> None:
        if self.enabled:
            self.lines.append(f"[{rule}] '{trigger.text}' ({trigger.i}): {verdict}: {why}")


def topic_ends(tok: Token, ends: EndFinder, lex: Lexicon) -> list[End]:
    """Topic ends for a token: a named entity if the head is one, else a topic phrase."""
    out = []
    if tok.lower_ in ("which", "that") and tok.head.dep_ == "relcl" and tok.head.head.pos_ == "NOUN":
        tok = tok.head.head  # "bribery charges, which she denies": the antecedent
    if tok.pos_ == "VERB" and any(c.lower_ == "what" and c.dep_ == "dobj" for c in tok.children):
        # "worry over what they termed reckless manoeuvres": the description given
        named = [c for c in tok.children if c.dep_ in ("oprd", "attr", "xcomp") and c.pos_ == "NOUN"]
        if named:
            tok = named[0]
    for t in listed_topics(tok):
        if t is not tok and t.pos_ == "VERB" and t.tag_ != tok.tag_:
            continue  # "denied shelling towns and blames the rebels": a new clause, not a topic
        if t.pos_ in ("PRON", "NUM") or t.ent_type_ in NOT_TOPIC_ENTS:
            continue  # "signed an agreement on Wednesday": a date is no topic
        named = ends.actors(t, ACTOR_OR_PLACE, conj=False) if t.pos_ == "PROPN" else []
        # ("briefed her on the African Peace Initiative, led by X": the initiative is the topic)
        named = [e for e in named if not e.via.startswith("agent of")]
        # ("about the Grand Ethiopian Renaissance Dam": a named thing is the topic, not the
        # country its name holds)
        named = [e for e in named if not e.via.startswith("proxy")]
        if named:
            out.extend(named)
            continue
        if t.lemma_.lower() in _CONTAINERS and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children) \
                and any(c.lower_ in _VAGUE_QUANTITY for c in t.children if c.dep_ in ("det", "amod")):
            # "discussed a range of issues, including trade and security", "reviewed the entire gamut
            # of bilateral relations": what the range is of, and its named specifics
            inner = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                     if p.dep_ == "pobj"]
            specific = [x for p in [t, *inner] for x in _specifics(p)]
            out.extend(e for x in (specific or inner) for e in topic_ends(x, ends, lex))
            continue
        span = syntax.topic_span(t, lex)
        if len(span) == 0:
            span = _country_after(t, ends) or span
        if len(span) == 0 or all(x.is_stop or x.is_punct for x in span):
            # "the latest developments in the region, particularly the situation in Gaza",
            # "regional affairs, including X": a vague head's named specifics are the topics
            out.extend(e for x in _specifics(t) for e in topic_ends(x, ends, lex))
            continue
        content = [x for x in span if not (x.is_stop or x.is_punct)]
        if len(content) == 1 and content[0].i == t.i and t.lemma_.lower() in lex.cue("event_reference_nouns"):
            continue  # "concerned by the measures", "welcomed the decision": a reference, not a topic
        if len(content) == 1 and content[0].i == t.i and t.lemma_.lower() in lex.cue("bare_empty_topics"):
            continue  # "reviewed progress (under the pact)", "discussed the outcome": says nothing alone
        out.append(End(ends.m.topic(span), t, False, f"topic '{span.text}'"))
        # "accelerating joint projects, including the Basra-Aqaba pipeline": the items named too
        heads = [t] + [o for o in t.children if o.dep_ == "dobj"] if t.tag_ == "VBG" else [t]
        # (a named or qualified item, not "including a deal which ..." or a bare "trade")
        out.extend(e for h in heads for x in _specifics(h) if x.dep_ == "pobj" and x.i > span.start
                   and any(c.dep_ in ("compound", "amod") for c in x.children)
                   for e in topic_ends(x, ends, lex) if e.entity.type == "Topic")
    return out


def _country_after(tok: Token, ends: EndFinder) -> Span | None:
    """"debated the situation in Sudan" with "in Sudan" parsed onto the verb: the vague object
    and the country named right after it ("situation in Sudan"); a city there is more often
    where the talks took place ("discussed the situation in Geneva")."""
    nxt = tok.i + 1
    if tok.dep_ != "dobj" or nxt >= tok.sent.end:
        return None
    prep = tok.doc[nxt]
    if prep.dep_ != "prep" or prep.lower_ not in ("in", "on") or prep.head.i != tok.head.i:
        return None
    for g in prep.children:
        if g.dep_ == "pobj" and any(e.entity.type == "Country" and not e.via.startswith("capital")
                                    for e in ends.actors(g, conj=False)):
            return tok.doc[tok.i:g.right_edge.i + 1]
    return None


#: nouns of a collection whose "of" phrase says what the topic is ("a range of issues")
_CONTAINERS = frozenset({"range", "gamut", "host", "variety", "array", "raft", "series", "spectrum", "slew",
                         "number", "set", "list", "plethora", "multitude"})


#: words that make a collection noun vague ("a range of", "the entire gamut of"; not "the rising number of")
_VAGUE_QUANTITY = frozenset({"a", "an", "entire", "whole", "full", "wide", "broad", "vast"})


def _specifics(tok: Token) -> list[Token]:
    """What a vague noun is narrowed to: an apposition ("..., particularly X") or an
    "including X" / "such as X" phrase."""
    out = [c for c in tok.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")]
    # ("exchanged views on regional issues, including X": the phrase hung on the noun above)
    above = [tok.head.head] if tok.dep_ == "pobj" and tok.head.head.pos_ == "NOUN" else []
    for c in [*tok.children, *(c for a in above for c in a.children if c.i > tok.i)]:
        if c.dep_ == "prep" and c.lower_ in ("including", "like") or c.dep_ == "prep" and c.lower_ == "as" \
                and c.i > 0 and c.doc[c.i - 1].lower_ == "such":
            out += [g for g in c.children if g.dep_ == "pobj"]
    return out


def _progressive_sayer(verb: Token, found: list[End], ends: EndFinder) -> list[End]:
    """"Mansour said Israel was starving an entire people, and appealed to the council": a
    past act the parser hung on a progressive inside what a person said is the sayer's when
    the progressive's subject is not the sayer's own side ("Gil said Caracas was withdrawing
    its diplomats, and accused ..." stays Venezuela's)."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or head.tag_ != "VBG" or head.dep_ != "ccomp" \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
            or not any(c.dep_ == "aux" and c.lemma_ == "be" for c in head.children):
        return []
    said = head.head
    if said.lemma_.lower() not in ends.lex.cue("reporting_verbs") or said.tag_ != "VBD" or said.i > head.i:
        return []
    sayers = [e for t in syntax.subjects(said, OBJECT_CONTROL) for e in ends.actors(t) if e.entity.type == "Person"]
    sides = {s.id for e in sayers for s in [ends.affiliation(e.entity)] if s is not None}
    if len(sayers) != 1 or not sides or any(e.entity.id in sides for e in found):
        return []
    return sayers


def actor_subjects(verb: Token, ends: EndFinder) -> list[End]:
    """Actor subjects of ``verb``; a participial adjunct whose inherited subject is no actor
    ("..., maintaining that ...") tries the clause above it."""
    main = _mandate_conjunct(verb)
    if main is not None:
        return actor_subjects(main, ends)
    said = verb.head.head if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" else None
    if said is not None and verb.tag_ == "VBG" and said.tag_ == "VBG" and verb.head.tag_ != "VBG" and said.dep_ == "advcl" \
            and said.lemma_.lower() in ends.lex.cue("reporting_verbs") \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        # "lodged a protest, saying militants had launched the assault and demanding that Kabul
        # ...": the second participle, hung on what the first one says, parallels the first
        return actor_subjects(said, ends)
    found = [e for t in syntax.subjects(verb, OBJECT_CONTROL) for e in ends.actors(t)]
    sayer = _progressive_sayer(verb, found, ends) if found else None
    if sayer:
        return sayer
    if not found:
        found = _title_appositions(verb, ends)
    if not found and verb.dep_ == "acl" and verb.head.lemma_.lower() in _RESOLVE_NOUNS \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "China's decision to impose sanctions on X", "the decision by Y to bar ...": whose
        # decision it is does the act
        found = [e for c in verb.head.children if c.dep_ == "poss" for e in ends.actors(c)]
        found = found or [e for _, t in syntax.prep_objects(verb.head, frozenset({"by"})) for e in ends.actors(t)]
    if not found and verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and verb.tag_ == "VBD" \
            and verb.head.tag_ != "VBD" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        # "X denied that troops had crossed and blamed Y": a past-tense conjunct of a
        # perfect or infinitive that-clause continues the main clause
        found = [e for t in syntax.subjects(verb.head.head, OBJECT_CONTROL) for e in ends.actors(t)]
    if not found and verb.dep_ == "conj" and verb.tag_ == "VBD" and verb.head.tag_ == "VBD" \
            and verb.head.dep_ == "ccomp" and verb.head.head.lemma_.lower() in ends.lex.cue("reporting_verbs") \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
            and any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and ends.m.entity_at(c) is None for c in verb.head.children):
        # "Macron said the deal showed that ..., and urged the G20 to ...": a thing cannot urge;
        # the act is the sayer's
        found = [e for t in syntax.subjects(verb.head.head, OBJECT_CONTROL) for e in ends.actors(t)]
    if not found and verb.dep_ == "conj" and verb.tag_ == "VBD" and verb.head.tag_ != "VBD" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        # "X said the deal would remain hypothetical until it was implemented and accused Y":
        # a past-tense verb the parser hung on a clause of another tense inside what X said is
        # X's next act (not "X said Russia invaded Ukraine and killed ...": the same tense)
        reporter = _reporting_above(verb.head, ends)
        if reporter is not None:
            found = [e for t in syntax.subjects(reporter, OBJECT_CONTROL) for e in ends.actors(t)]
    tok = verb
    # (not "..., as leaders were arriving in the capital": a clause with a subject of its own)
    while not found and tok.dep_ in ("advcl", "conj") and tok.tag_ in ("VBG", "VBN") and tok.head.i != tok.i \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children):
        tok = tok.head
        while tok.dep_ in ("ccomp", "xcomp", "conj") and tok.head.i != tok.i:
            tok = tok.head
        found = [e for t in syntax.subjects(tok, OBJECT_CONTROL) for e in ends.actors(t)]
    found = found or _in_gerund(verb, ends) or _misread_plural(verb, ends) or _first_to(verb, ends) \
        or _accepted_invitation(verb, ends) or _text_author(verb, ends) or text_issuers(verb, ends)
    if not found and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ == "PROPN" \
            and verb.head.i < verb.i and verb.doc[verb.i - 1].text == ",":
        # "Emmanuel Macron, visiting Morocco, praised ...": the participle set off after a name is
        # that name's doing (not "a note to the Chinese embassy demanding ...": a misattachment)
        found = ends.actors(verb.head)
    if found:
        found += _partners(verb, ends) + _together_with(verb, ends, found)
    if not found:
        # "Thai F-16 jets had bombed ...": a force or weapon whose country is named deeper in its phrase
        found = [e for t in syntax.subjects(verb, OBJECT_CONTROL) for e in armed_owner(t, ends, ends.lex)]
    return found


#: nouns of a side's resolve to act, whose infinitive the side does ("China's decision to ...")
_RESOLVE_NOUNS = frozenset({"decision", "move", "plan", "attempt", "bid", "effort", "pledge",
                            "promise", "intention", "commitment", "threat", "vow", "order"})


def _mandate_conjunct(verb: Token) -> Token | None:
    """"The resolution demands that Russia withdraw its forces and expresses support for ...",
    "declares that the referendums have no validity and demands ...": a finite verb coordinated
    with the verb of a that-clause it cannot agree with (a bare "withdraw", a plural "have")
    does not share that clause's subject; in the main clause's tense, it continues that clause."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "ccomp" or head.head.tag_ != verb.tag_ \
            or not ((head.tag_ == "VB" and verb.tag_ in ("VBZ", "VBD")) or (head.tag_ == "VBP" and verb.tag_ == "VBZ")) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return head.head if any(c.dep_ == "nsubj" for c in head.children) else None


#: verbs whose partners share the act of an "in"-gerund ("joined Russia in voting against ...")
_JOINING = frozenset({"join", "follow"})
_WITH = frozenset({"with"})


#: words that rank the one who does an infinitive ("the first premier to visit Iran")
_RANKING = frozenset({"first", "last", "only", "second", "third", "latest"})


def _first_to(verb: Token, ends: EndFinder) -> list[End]:
    """"Abe, the first Japanese premier to visit Iran in four decades": the one ranked by the
    infinitive does it."""
    if verb.dep_ not in ("acl", "relcl") or verb.tag_ != "VB" \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return []
    head = verb.head
    ranked = [t for t in (head, *[c for c in head.children if c.dep_ == "appos"])
              if t.lower_ in _RANKING or any(c.dep_ == "amod" and c.lower_ in _RANKING for c in t.children)]
    if not ranked:
        return []
    if head.dep_ == "attr":  # "Modi became the first Indian leader to visit Israel": the copula's subject
        return [e for t in syntax.subjects(head.head) for e in ends.actors(t)]
    if head.dep_ == "pobj" and head.head.lower_ == "among" and head.head.head.pos_ in ("AUX", "VERB"):
        # "X and Y were among the first to congratulate Z": the copula's subjects
        return [e for t in syntax.subjects(head.head.head) for e in ends.actors(t)]
    holder = head.head if head.dep_ == "appos" else head  # "X, the first leader to ...": X
    return ends.actors(holder) or ends.actors(head)


#: nouns of an invitation to do something, and verbs by which the invited take it up
_INVITATIONS = frozenset({"invitation", "invite"})
_TAKING_UP = frozenset({"accept", "take", "receive", "welcome"})


def _accepted_invitation(verb: Token, ends: EndFinder) -> list[End]:
    """"Moon accepted an invitation to visit Pyongyang", "accepted Xi's invitation to visit
    China": who takes up the invitation does the infinitive; "extended an invitation to X to
    visit": the one it is extended to."""
    if verb.dep_ != "acl" or verb.tag_ != "VB" or verb.head.lemma_.lower() not in _INVITATIONS:
        return []
    noun = verb.head
    # "extended an invitation to President X to pay a state visit": the one invited
    invited = [e for _, p in syntax.prep_objects(noun, frozenset({"to"})) if p.i < verb.i for e in ends.actors(p)]
    if invited:
        return invited
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in _TAKING_UP or syntax.is_passive(noun.head):
        return []
    return [e for t in syntax.subjects(noun.head) for e in ends.actors(t)]


def _misread_plural(verb: Token, ends: EndFinder) -> list[End]:
    """"imposed travel bans and asset freezes on X": a plural noun read as a verb ("freezes")
    whose "subject" is the event noun coordinated before it; the clause above acts."""
    if verb.tag_ != "VBZ" or verb.dep_ not in ("ccomp", "advcl") or verb.lemma_.lower() not in ends.lex.nouns:
        return []
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subj or not all(t.pos_ == "NOUN" and t.lemma_.lower() in ends.lex.nouns for t in subj):
        return []
    return actor_subjects(verb.head, ends)


def _in_gerund_head(verb: Token) -> Token | None:
    """The verb above a gerund after "in" ("succeeded in persuading X": "succeeded")."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("pobj", "pcomp") or verb.head.lower_ != "in" \
            or verb.head.head.pos_ not in ("VERB", "AUX"):
        return None
    return verb.head.head


def _in_gerund(verb: Token, ends: EndFinder) -> list[End]:
    """The subject of the verb above a gerund after "in" ("X persisted in rejecting Y"), which
    the parser sometimes hangs on "in" as its object rather than its clause; and of the verb
    whose "lead" or "example" the gerund says ("Canada followed Washington's lead in
    sanctioning Beijing", "would follow Belarus' lead on sanctioning officials")."""
    head = _in_gerund_head(verb)
    if head is not None and verb.dep_ == "pobj":
        return actor_subjects(head, ends)
    prep = verb.head
    if verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "pobj") and prep.lower_ in ("in", "on", "by") \
            and prep.head.lemma_.lower() in ("lead", "example") and prep.head.dep_ == "dobj" \
            and prep.head.head.lemma_.lower() == "follow":
        return actor_subjects(prep.head.head, ends)
    return []


#: prepositions that name a text's author ("a letter from X", "a decree by X")
_AUTHOR_PREPS = frozenset({"from", "by"})


#: nouns that count texts ("a series of statements")
_TEXT_COUNTS = frozenset({"series", "string", "number", "flurry", "volley", "barrage", "set", "pair", "couple"})


def _text_author(verb: Token, ends: EndFinder) -> list[End]:
    """A participle on a text is its author's act: "a letter from Trump urging Erdogan to
    make a deal" (the parser often hangs the participle on "from"), "a decree signed by X
    banning imports", "X's letter demanding ...", and a text issued by the clause's subject,
    "X signed orders imposing tariffs on Y", "the council adopted a resolution ordering Y", "A and
    B circulated a draft resolution demanding ..." (else the body the text is named after)."""
    if verb.tag_ != "VBG":
        return []
    texts = ends.lex.cue("authored_texts")
    if verb.dep_ == "pcomp" and verb.head.lower_ in _AUTHOR_PREPS:
        prep = verb.head
        named = [c for c in prep.children if c.dep_ == "pobj" and c.i < verb.i]
        return ends.actors(named[0]) if named and prep.head.lemma_.lower() in texts else []
    text = verb.head
    # "issued a series of statements accusing X": the texts counted stand for the count
    inner = next((g for p in text.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                  if g.dep_ == "pobj"), None) if text.lemma_.lower() in _TEXT_COUNTS else None
    if verb.dep_ != "acl" or text.pos_ != "NOUN" or (inner or text).lemma_.lower() not in texts:
        return []
    found = named_authors(text, ends)
    issuer = text.head
    issuing = ends.lex.cue("light_verbs") | ends.lex.cue("issuing_verbs")
    if not found and text.dep_ == "dobj" and issuer.pos_ == "VERB" \
            and issuer.lemma_.lower() in issuing and not syntax.is_passive(issuer):
        found = actor_subjects(issuer, ends)
    # "welcomed a Security Council resolution demanding ...": the body the text is named after
    return found or ends.actors(text)


def _partners(verb: Token, ends: EndFinder) -> list[End]:
    """Who joins in the act of a gerund after "join ... in": "Belarus and Syria joined Russia
    in voting against the text" (Russia votes too), "Spain was joined by Italy in condemning X"."""
    head = _in_gerund_head(verb)
    if head is None or head.lemma_.lower() not in _JOINING:
        return []
    partners = syntax.by_agents(head) if syntax.is_passive(head) else syntax.objects(head)
    partners += [p for _, p in syntax.prep_objects(head, _WITH)]
    return [e for t in partners for e in ends.actors(t)]


def _reporting_above(tok: Token, ends: EndFinder) -> Token | None:
    """The past-tense reporting verb whose reported clause ``tok`` lies in (through clauses
    only), or None."""
    for _ in range(4):
        if tok.dep_ not in ("ccomp", "advcl", "conj") or tok.head is tok:
            return None
        passed_clause = tok.dep_ == "ccomp"
        tok = tok.head
        if passed_clause and tok.tag_ == "VBD" and tok.lemma_.lower() in ends.lex.cue("reporting_verbs"):
            return tok
    return None


def _together_with(verb: Token, ends: EndFinder, found: list[End]) -> list[End]:
    """"The UAE, together with China, asked ...", "travelled to Kyiv together with X and Y",
    "Russia, along with China, vetoed ...": the companions do what the subject does."""
    if verb.dep_ in ("relcl", "acl"):
        return []  # ("travelled to X, where she presented, together with Y, ...": Y is at home there)
    heads = [verb, *(t for t in syntax.subjects(verb) if t.head.i == verb.i)]
    seen = {e.entity.id for e in found}
    out = []
    for h in heads:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ == "with" and c.i > 0 and c.doc[c.i - 1].lower_ in ("together", "along"):
                for p in (g for g in c.children if g.dep_ == "pobj"):
                    out += [e for e in ends.actors(p) if e.entity.id not in seen and e.entity.type != "Topic"]
    return out


def _title_appositions(verb: Token, ends: EndFinder) -> list[End]:
    """People named inside a subject noun phrase that names no actor itself.

    "whose special envoy for Syria, Tom Barrack, met ...": the name set off after a title's
    "for/to" phrase is parsed onto that phrase's object; it names the subject."""
    out = []
    for subj in syntax.subjects(verb, OBJECT_CONTROL):
        if subj.pos_ != "NOUN":
            continue
        for prep in subj.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("for", "to", "of", "at"):
                continue
            out += [e for p in prep.children if p.dep_ == "pobj" for a in p.children if a.dep_ == "appos"
                    for e in ends.actors(a) if e.entity.type == "Person"]
        # "Delegations led by A and B met ...", "a team headed by A arrived in ...": the
        # people at the group's head act for it
        out += [e for acl in subj.children if acl.dep_ == "acl" and acl.lemma_.lower() in ("lead", "head")
                for t in syntax.by_agents(acl) for e in ends.actors(t) if e.entity.type == "Person"]
    return out


def pair_up(subjects: list[End], objects: list[End], relation: str) -> list[tuple[End, End]]:
    out = []
    seen = set()
    # "Anwar said he had spoken to both leaders" with "both leaders" resolved to Anwar and
    # someone else: a counted plural that holds the subject itself was mis-resolved
    misread = {o.token.i for o in objects for s in subjects
               if o.entity.id == s.entity.id and o.token.i != s.token.i and _counted_plural(o.token)}
    for s in subjects:
        for o in objects:
            if s.entity.id == o.entity.id or o.token.i in misread:
                continue
            if s.token.i != o.token.i and (o.entity.type == "Person" != s.entity.type and _inside(s.token, o.token)
                                           or s.entity.type == "Person" != o.entity.type and _inside(o.token, s.token)):
                continue  # "Malaysian Trade Minister X": the country in a person's title is no second party

            key = (s.entity.id, o.entity.id)
            if relation in SYMMETRIC and (o.entity.id, s.entity.id) in seen:
                continue
            seen.add(key)
            out.append((s, o))
    return out


def _counted_plural(tok: Token) -> bool:
    """"both leaders", "the two ministers"."""
    return tok.tag_ == "NNS" and tok.pos_ == "NOUN" and any(
        c.lower_ in ("both", "two", "three") for c in tok.children)


def _inside(tok: Token, other: Token) -> bool:
    """``tok`` modifies ``other`` inside its noun phrase (not through a clause or coordination)."""
    node = tok
    while node.head is not node and node.dep_ in ("amod", "compound", "nmod", "poss", "appos"):
        node = node.head
        if node.i == other.i:
            return True
    return False


#: complements that close a verb's own argument list (no object is shared after them)
_OWN_COMPLEMENTS = frozenset({"ccomp", "xcomp", "prep", "dative", "attr", "oprd"})


def target_tokens(verb: Token, trig: Trigger, passive: bool) -> tuple[list[Token], bool]:
    """Target tokens of a verb trigger and whether they are "each other"."""
    toks: list[Token] = []
    if passive and "dative" in trig.targets and "dobj" not in trig.targets \
            and any(c.dep_ == "dobj" for c in verb.children):
        # "Glas had been granted political asylum by Mexico": with the thing given kept as the
        # object, the passive subject is the one given it
        toks += [c for c in verb.children if c.dep_ == "nsubjpass"]
    if "dobj" in trig.targets:
        if passive:
            toks += [c for c in verb.children if c.dep_ == "nsubjpass"]
            if not toks and verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i < verb.head.i \
                    and trig.relation not in SYMMETRIC:
                # "Backed by Turkey, Azerbaijan launched an offensive": an opening participle
                # describes the subject of the clause it opens ("Negotiated by A and B, it
                # provides ...": a pact's parties, read by the joint rule)
                toks += [t for t in syntax.subjects(verb.head) if t.pos_ != "PRON"]
        else:
            toks += syntax.objects(verb) or _contact_relative(verb)
        if not toks:  # "denounced what it called X's behaviour": the free relative's description
            for c in verb.children:
                if c.dep_ == "ccomp" and any(o.lower_ == "what" and o.dep_ == "dobj" for o in c.children):
                    toks += [o for o in c.children if o.dep_ in ("oprd", "attr")]
        if toks:
            # "criticized what he called the hasty drafting and Washington's refusal to ...": a
            # noun coordinated with the verb itself is a second object the parser hung too high
            # (right after "and", before any coordinated verb: "..., and is ready to work within
            # BRICS, the G20 ..." lists no object of the first verb)
            verbs = [c.i for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
            toks += [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i > verb.i
                     and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].lower_ in ("and", "or")
                     and not any(i < c.i for i in verbs)]
        if not toks:  # "condemned and sanctioned Bolivia": the object of the coordinated verb
            for c in verb.children:
                if c.dep_ == "conj" and c.pos_ == "VERB" and not any(
                        d.dep_ in _OWN_COMPLEMENTS and verb.i < d.i < c.i for d in verb.children):
                    # (not "denied it had used X, ..., and killed 72 people": a verb with a
                    # complement of its own before the coordinated one shares no object)
                    toks += syntax.objects(c)
        if not toks and trig.relation in TOPICAL:  # "denied engaging in espionage"
            toks += [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG"]
        if not toks and trig.relation == "denies":
            # "denied that troops had used live fire": what the denied clause asserts
            for c in verb.children:
                if c.dep_ != "ccomp":
                    continue
                objs = [o for o in syntax.objects(c) if o.pos_ == "NOUN"]
                if c.lemma_.lower() in ("take", "occur", "happen") and all(o.lower_ == "place" for o in objs):
                    # "denied that any collision had taken place": what took place is denied
                    objs = [x for x in c.children if x.dep_ == "nsubj" and x.pos_ == "NOUN"]
                toks += objs
    if "ccomp" in trig.targets or trig.relation == "demandsFrom":
        for c in verb.children:
            if c.dep_ == "ccomp" and trig.relation == "demandsFrom" and not _mandative(c):
                continue  # "insisted that China had never supplied arms": a claim, not a demand
            if c.dep_ == "ccomp":
                s = syntax.clause_subject_of(c)
                if s is not None:
                    toks.append(s)
    preps = frozenset(p for p in trig.targets if p not in ("dobj", "ccomp", "mutual"))
    if preps:
        toks += [p for _, p in syntax.prep_objects(verb, preps)]
        # "called on Prime Minister Sheikh Hasina and conveyed ...": a bare preposition whose
        # object the parser made the verb's direct object
        toks += [o for c in verb.children if c.dep_ == "prep" and c.lower_ in preps and not list(c.children)
                 for o in verb.children if o.dep_ == "dobj" and o.left_edge.i == c.i + 1]
        for c in verb.children:  # "met with" sometimes hangs off a particle or the object
            # ("cut ties with X": an object the row names itself is part of the verb's phrase)
            named_object = bool(trig.requires) and trig.requires.split()[-1] not in preps
            # "negotiated a trade deal with India": the partner of a pact being negotiated is
            # the other side of the negotiation
            negotiated = trig.relation == "negotiatesWith"
            # "severed its ties with X", "suspended relations with Y": the ties ended are with the target
            ended = trig.relation == "sanctions" and verb.lemma_.lower() in load_lexicon().cue("terminating_verbs")
            if c.dep_ in ("dobj", "prt") and c.lower_ not in preps and (
                    named_object or negotiated or ended or not _own_partner(c, preps)):
                toks += [p for _, p in syntax.prep_objects(c, preps)]
                if named_object and c.dep_ == "dobj" and not toks:
                    # "used water cannon and pepper spray against demonstrators": on the last conjunct
                    toks += [p for x in c.conjuncts for _, p in syntax.prep_objects(x, preps)]
    if not toks and trig.requires and trig.requires.split()[-1] in ("ambassador", "envoy"):
        # "recalled their ambassadors accredited in Algiers": where the envoys are posted
        toks += [p for o in verb.children if o.dep_ == "dobj" for a in o.children
                 if a.dep_ == "acl" and a.lemma_.lower() in ("accredit", "post", "station", "base")
                 for _, p in syntax.prep_objects(a, frozenset({"in", "to"}))]
    if preps and not toks and _stranded(verb, preps):
        # "Hamas was called on by Egypt", "Hamas, which Egypt called on": the preposition is
        # left at the verb; its object is the passive subject or the relative pronoun
        toks += [c for c in verb.children if c.dep_ == "nsubjpass"] if passive else _stranded_relative(verb)
    if not toks and trig.relation == "concernedAbout":
        toks += feared_subjects(verb)  # "fears the war could spread", "a dam, which X fears could ..."
    # "met with visiting Foreign Minister X": the adjective "visiting" read as a verb whose object is X
    toks = [o for t in toks for o in (
        [c for c in t.children if c.dep_ == "dobj"] if t.tag_ == "VBG" and t.lemma_.lower() == "visit" else [t])]
    # "fired missiles at what it described as an Israeli headquarters in Erbil": the description
    toks = [o for t in toks for o in (
        [g for c in t.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
        + [c for c in t.children if c.dep_ in ("oprd", "attr")] or [t]
        if t.dep_ == "pcomp" and t.lemma_.lower() in NAMING and any(c.lower_ == "what" for c in t.children) else [t])]
    if not toks and "dobj" in trig.targets and not passive:  # "met visiting Chancellor X" (parsed as a clause)
        toks = [o for c in verb.children if c.dep_ == "advcl" and c.i == verb.i + 1 and c.tag_ == "VBG"
                and c.lemma_.lower() == "visit" for o in c.children if o.dep_ == "dobj"]
    if trig.relation in _ACTS_ON:
        # "a Malian army drone that Algerian forces shot down": a relative "that" object after
        # a common noun is that noun, for acts on someone only (not stances on a thing or
        # hosting an event: "the sanctions that EU leaders endorsed", "a summit that Kenya
        # will host"); the end finder reads names and "which"/"who" itself ("MONUSCO, the UN
        # mission that Kinshasa accuses")
        toks = [verb.head if t.lower_ == "that" and t.dep_ == "dobj" and verb.dep_ == "relcl"
                and verb.head.pos_ == "NOUN" and verb.head.dep_ != "appos" and t.i < verb.i else t for t in toks]
    if not toks and "dobj" in trig.targets and verb.lemma_.lower() in ("help", "assist", "enable"):
        # "to help Turkey and Syria cope with the earthquake": the parser reads the one helped
        # as the subject of the clause that follows
        toks += [s for c in verb.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"]
    if trig.relation == "threatens" and toks and all(t.pos_ == "NOUN" for t in toks):
        # "threatened military intervention in Niger", "threatened sanctions against Iran":
        # the act threatened names its target
        toks += [p for t in toks if t.lemma_.lower() in _THREATENED_ACTS
                 for _, p in syntax.prep_objects(t, frozenset({"in", "against", "on"})) if p.pos_ == "PROPN"]
    if trig.relation == "discusses" and not passive:
        # "On Afghanistan, the ministers discussed the situation ...": a fronted "on" phrase
        # opening the sentence names what is talked about
        # ("Regarding X,", "Concerning X,", "As for X,", "With regard to X,")
        toks += [p for c in verb.children if c.dep_ in ("prep", "advcl") and c.lower_ in _FRONTED_ABOUT
                 and c.i < verb.i and c.i == verb.sent.start and c.right_edge.i + 1 < len(verb.doc)
                 and verb.doc[c.right_edge.i + 1].text == "," for p in _fronted_matter(c)]
    mutual = any(syntax.is_mutual(t) for t in toks)
    return toks, mutual


#: words opening a fronted phrase that names what a sentence is about ("On X, ...", "Regarding X, ...")
_FRONTED_ABOUT = frozenset({"on", "regarding", "concerning", "as", "with", "in"})


def _fronted_matter(opener: Token) -> list[Token]:
    """What a fronted "On X" / "Regarding X" / "As for X" / "With regard to X" names."""
    objs = [c for c in opener.children if c.dep_ in ("pobj", "dobj")]
    if opener.lower_ == "as":
        objs = [p for c in opener.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj"]
    elif opener.lower_ in ("with", "in"):  # "With regard to X", "In relation to X"
        objs = [p for o in objs if o.lower_ in ("regard", "respect", "relation", "reference")
                for c in o.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
    return objs


#: acts one threatens someone with, named with their target ("threatened intervention in X")
_THREATENED_ACTS = frozenset({"intervention", "action", "sanction", "strike", "war", "force", "retaliation",
                              "tariff", "attack", "invasion", "reprisal", "measure"})


#: populated territories helped as their people are ("delivered aid to Gaza")
HELPED_TERRITORIES = frozenset({"Gaza Strip", "West Bank", "Darfur", "Tigray", "Idlib", "Nagorno-Karabakh",
                                "Kurdistan"})

def helped_places(toks, ends: EndFinder) -> list[End]:
    """The populated territories among ``toks`` ("delivered aid to Gaza")."""
    return [e for t in toks for e in ends.actors(t, ACTOR_OR_PLACE)
            if e.entity.type == "Location" and e.entity.label in HELPED_TERRITORIES]


#: relations whose target a relative pronoun object stands for
_ACTS_ON = frozenset({"attacks", "accuses", "sanctions", "aids", "protestsAgainst", "demandsFrom", "appealsTo"})

#: verbs of naming in a free relative ("what it described as X", "what it called X")
NAMING = frozenset({"describe", "call", "term", "label", "brand", "characterize", "characterise", "declare"})


def _contact_relative(verb: Token) -> list[Token]:
    """"a charge Tehran rejected as baseless", "the plan Hamas turned down": a relative clause
    with no pronoun and no object of its own is about its noun, the object. Not for people
    ("21 officials they hold responsible": the officials' countries are not the ones blamed), nor
    for a charge ("..., an accusation Tehran rejected": the charge rules read what it charges)."""
    lex = load_lexicon()
    if verb.dep_ != "relcl" or verb.head.pos_ != "NOUN" or verb.head.i > verb.i \
            or verb.head.lemma_.lower() in lex.cue("person_role_nouns") \
            or verb.head.lemma_.lower() in lex.cue("claim_reference_nouns"):
        return []
    kids = list(verb.children)
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "nsubjpass", "auxpass") or c.tag_ in ("WDT", "WP", "WP$") for c in kids):
        return []
    subj = [c for c in kids if c.dep_ == "nsubj"]
    # (the subject opens the clause right after the noun: "the plan | Hamas rejected")
    return [verb.head] if subj and subj[0].left_edge.i == verb.head.i + 1 else []


def _stranded(verb: Token, preps: frozenset) -> bool:
    """Whether one of ``preps`` stands at ``verb`` with no object of its own ("was called on by")."""
    return any(c.dep_ in ("prep", "prt") and c.lower_ in preps and not any(g.dep_ == "pobj" for g in c.children)
               for c in verb.children)


def _stranded_relative(verb: Token) -> list[Token]:
    """"Hamas, which Egypt has called on to disarm", "Israel, which Qatar appealed to": the
    relative pronoun of a relative clause whose preposition is left at the verb (the parser
    hangs the pronoun on the verb itself)."""
    if verb.dep_ != "relcl":
        return []
    return [c for c in verb.children if c.dep_ in ("dobj", "pobj") and c.lower_ in ("which", "who", "whom", "that")
            and c.i < verb.i]


#: modals of a that-clause that predict rather than ask ("insisted that Georgia would join the EU")
_PREDICTING = frozenset({"would", "will", "'ll", "could", "can", "may", "might"})


def _own_partner(obj: Token, preps: frozenset) -> bool:
    """An object noun whose "with" phrase is its own partner: "discussed their relationships
    with China", "reviewed the partnership with Japan" (no meeting with China or Japan)."""
    lemma = obj.lemma_.lower()
    # (only "with": "brokered a truce between A and B" names the go-between's parties)
    if obj.dep_ != "dobj" or obj.pos_ != "NOUN" or "with" not in preps:
        return False
    # "raised South Africa's trade deficit with China": a trade balance is with its partner
    return lemma in _BALANCES or any(
        FAMILY[t.relation] in ("consult", "cooperate") and "with" in t.targets
        for t in load_lexicon().nouns.get(lemma, ()))


_BALANCES = frozenset({"relationship", "deficit", "surplus", "imbalance"})


def _mandative(clause: Token) -> bool:
    """A that-clause that asks for something: a bare verb ("demanded that Israel withdraw")
    or a modal of obligation ("insisted that Iran must stop"), not a report ("insisted that it
    had never") or a prediction ("insisted that Georgia would join the EU")."""
    if any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ not in _PREDICTING for c in clause.children):
        return True
    if clause.tag_ in ("VBP", "VBD") and clause.lower_ == clause.lemma_.lower() \
            and not any(c.dep_ in ("aux", "auxpass") for c in clause.children) and any(
            c.dep_ == "nsubj" and c.tag_ in ("NNP", "NN") and not c.conjuncts for c in clause.children):
        return True  # "demanded that Manila tow away the ship": a singular subject, the bare verb
    return clause.tag_ == "VB" and not any(c.dep_ == "aux" and c.lower_ in _PREDICTING for c in clause.children)


#: nouns that carry the word before them ("relief material", "aid convoy"), unlike "control measures"
_CARRIER_NOUNS = frozenset({"material", "item", "good", "supply", "package", "convoy", "shipment", "consignment",
                            "cargo", "flight", "plane", "team", "worker", "equipment", "kit"})


def _object_names(obj: Token, word: str) -> bool:
    """Whether an object noun is ``word`` by its first word ("relief material" for "relief")
    or by the noun a measure of it counts ("20 tonnes of aid", "a barrage of missiles")."""
    if obj.lemma_.lower() in _CARRIER_NOUNS and any(g.dep_ == "compound" and g.lemma_.lower() == word
                                                   for g in obj.children):
        return True
    return any(p.dep_ == "prep" and p.lower_ == "of" and q.dep_ == "pobj"
               and (q.lemma_.lower() == word or any(r.dep_ == "compound" and r.lemma_.lower() == word for r in q.children))
               for p in obj.children for q in p.children)


def has_required(tok: Token, word: str) -> bool:
    first = word.split()[0]
    for c in tok.children:
        if (c.lower_ == first or c.lemma_.lower() == first) and not (c.dep_ == "prep" and c.i < tok.i):
            return True  # (not a fronted phrase: "At the request of X, India launched ...")
        # "held Ecuador responsible": the complement may hang off the object
        if c.dep_ == "dobj" and any(g.dep_ == "amod" and g.lower_ == first for g in c.children):
            return True
        if c.dep_ == "dobj" and " " not in word and _object_names(c, first):
            return True  # "sent relief material to X", "sent 20 tonnes of aid", "fired a barrage of missiles"
        if c.dep_ in ("prep", "advmod", "prt") and c.lower_ in syntax.ONWARD and any(
                g.dep_ == "prep" and g.lower_ == first for g in c.children):
            return True  # "travel on to Poland"
        if c.dep_ == "prep" and c.lower_ == "in" and any(
                g.dep_ == "pobj" and g.lower_ in syntax.HEDGES and any(q.lower_ == first for q in g.children)
                for g in c.children):
            return True  # "sided in part with X": the particle hangs off the hedge
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() == first:
        return True  # "an exchange of views on X": the noun is the "of" phrase of its required word
    if tok.dep_ == "relcl" and first in (tok.head.lower_, tok.head.lemma_.lower()) and not any(c.dep_ == "dobj" for c in tok.children):
        return True  # "the tanks Germany sent to Ukraine": the object is the relative clause's noun
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.lower_ == first


#: prepositions that say where an attack's patient lies ("at nine sites", "in southern Lebanon")
_SITE_PREPS = frozenset({"at", "in", "inside", "across"})
#: prepositions after a site noun that name the place itself or what it lies in ("the town of X")
_SITE_PLACE_PREPS = frozenset({"in", "inside", "across", "of"})
_PLACE_TYPES = frozenset({"Location", "Country"})


def captured_place(tok: Token, ends: EndFinder, lex: Lexicon) -> bool:
    """Whether ``tok`` (the object of seize / capture / retake ...) is a place: a named place
    or country ("seized El Fasher"), or a place noun ("overran a garrison", "the cities of X")."""
    if tok.lower_ in ("which", "that") and tok.head.dep_ == "relcl" and tok.head.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head.head  # "El Fasher, which the group seized": the antecedent
    if tok.lemma_.lower() in lex.cue("captured_places"):
        return True
    if tok.pos_ != "PROPN" and not (tok.ent_type_ in ("GPE", "LOC", "FAC") and ends.m.entity_at(tok) is not None):
        return False  # "captured two soldiers", "seized a ton of fentanyl": no place ("Sana'a"
        # may be tagged an adverb)
    ent = ends.m.entity_at(tok)
    if ent is None:
        return tok.ent_type_ in ("GPE", "LOC", "FAC")
    return _placelike(ent, tok)


def _placelike(ent, tok: Token) -> bool:
    """A place or country, or a name the tagger read as an organisation that nobody knows as
    one ("seized El Fasher", "the city of Kharkiv": where the sentence says it is a place)."""
    if ent.type in _PLACE_TYPES:
        return True
    return ent.type == "Organization" and tok.ent_type_ in ("ORG", "GPE", "LOC", "FAC") \
        and ent.id not in load_gazetteer().orgs


def attack_site(toks: list[Token], verb: Token | None, ends: EndFinder, lex: Lexicon) -> list[End]:
    """The place an attack lands in when its patient names no actor: "a strike on a car in
    southern Lebanon" (Lebanon), "on a car in the town of Bint Jbeil" (Bint Jbeil), "struck
    what it called terrorist camps at nine sites in Pakistan" (Pakistan).

    Only the patient's own phrase is read (and, for a free relative "what it called X", that
    clause): the place of a whole event ("fighting in Sudan") is no target. A site noun
    ("sites", "the town", "installations") passes on to the place it lies in or is "of"."""
    starts = list(toks)
    if verb is not None:
        # "struck what it called X at sites in Y": the description hangs on its own verb
        described = [c for c in verb.children if c.dep_ == "ccomp" and any(
            g.lower_ == "what" and g.dep_ in ("dobj", "nsubj", "nsubjpass") for g in c.children)]
        # "struck what New Delhi described as a camp inside Pakistan": the noun described
        starts += described + [p for c in described for _, p in syntax.prep_objects(c, frozenset({"as"}))]
    sites = lex.cue("attack_site_nouns")
    out: list[End] = []
    for t in starts:
        for _, p in syntax.prep_objects(t, _SITE_PREPS):
            found = ends.actors(p, ACTOR_OR_PLACE, conj=False) if p.pos_ == "PROPN" else []
            if not found and p.lemma_.lower() in sites:
                # "at nine sites in Pakistan", "in the town of Bint Jbeil", "in Gaza's north"
                found = [e for _, q in syntax.prep_objects(p, _SITE_PLACE_PREPS)
                         for e in ends.actors(q, ACTOR_OR_PLACE, conj=False)]
                found = found or [e for c in p.children if c.dep_ == "poss" for e in ends.actors(c, ACTOR_OR_PLACE)]
            out += [e for e in found if _placelike(e.entity, e.token)]
    return out


#: how far left of a force or weapon noun its country may be named ("Thai F-16 fighter jets")
_MEANS_REACH = 4


def armed_owner(tok: Token, ends: EndFinder, lex: Lexicon) -> list[End]:
    """The country of forces or weapons named inside their noun phrase but not on the noun
    itself: "Thai F-16 jets" ("Thai" hangs on "F-16"), "Russian air defences" ("air defence"
    is no proxy noun). Only a country among the noun's own left modifiers counts."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lex.cue("armed_means_nouns"):
        return []
    for mod in tok.doc[max(tok.left_edge.i, tok.i - _MEANS_REACH):tok.i]:
        if mod.dep_ not in ("amod", "compound", "nmod", "poss"):  # (the left subtree is contiguous)
            continue
        ent = ends.m.entity_at(mod)
        if ent is not None and ent.type == "Country":
            return [End(ent, mod, False, f"country of '{tok.text}'")]
    # "forces loyal to X", "militias allied with X": whom the armed ones serve
    return [e._replace(via=f"'{tok.text} {c.text}' to") for c in tok.children if c.dep_ == "amod" and c.lower_ in _SERVING
            for _, p in syntax.prep_objects(c, _SERVED) for e in ends.actors(p)]


#: adjectives after forces that name whom they serve, and their prepositions
_SERVING = frozenset({"loyal", "allied", "aligned"})
_SERVED = frozenset({"to", "with"})
