"""From candidates to :class:`kg.types.Fact`: polarity, modality, attribution, date,
place, confidence, and de-duplication within an article."""
from __future__ import annotations

import dataclasses
import importlib

from spacy.tokens import Span

from kg.extract import syntax
from kg.extract.ends import EndFinder
from kg.extract.lexicon import TOPICAL, Lexicon
from kg.extract.modality import analyse_clause
from kg.extract.rules import Candidate
from kg.nlp import doc_table
from kg.types import Article, Fact

__all__ = ["FactBuilder", "dedupe", "capital_visits", "rebukes"]

_PLACE_TYPES = frozenset({"Location", "Country"})
_PLACE_NER = frozenset({"GPE", "LOC", "FAC"})
_DATE_NER = frozenset({"DATE", "TIME"})


_TIMEX: list = []  # the module, looked up once (``import_module`` per article adds up)


def _timex():
    """kg.extract.timex when it exists (written by another engineer), else None."""
    if not _TIMEX:
        try:
            _TIMEX.append(importlib.import_module("kg.extract.timex"))
        except ImportError:
            _TIMEX.append(None)
    return _TIMEX[0]


class FactBuilder:
    """Completes candidates of one sentence into facts."""

    def __init__(self, article: Article, mentions, ends: EndFinder, lex: Lexicon):
        self.article = article
        self.m = mentions
        self.ends = ends
        self.lex = lex
        self.timex = _timex()
        self._place_preps = lex.cue("place_preps")
        self._dates: dict[tuple[int, int], str | None] = {}
        # Span.text and Span.ents rebuild from the Doc on every access: once per sentence
        self._text: tuple[int, str] = (-1, "")
        self._ents: list | None = None
        self._sentence_dates: tuple[int, list | None] = (-1, None)  # see _find_date()
        self._clauses: dict[tuple[int, bool], object] = {}  # (clause token, walk) -> ClauseInfo

    def words(self, sent: Span) -> tuple[list[str], list[str]]:
        """The lowercased lemmas and the coarse part-of-speech tags of the sentence's tokens.

        Read from the doc's :class:`~kg.nlp.DocTable` (``token.lemma_`` and ``token.pos_``
        decode a string per token and per access).
        """
        table = doc_table(sent.doc)
        return table.lemma[sent.start:sent.end], table.pos[sent.start:sent.end]

    def build(self, cand: Candidate, sent: Span) -> Fact:
        # several candidates of a sentence share their clause: read its chain once (the
        # analysis depends on the parse and the cue lists only)
        key = (cand.clause.i, cand.walk)
        info = self._clauses.get(key)
        if info is None:
            info = self._clauses[key] = analyse_clause(cand.clause, self.lex, walk=cand.walk)
        polarity = cand.polarity or info.polarity
        if cand.trigger.i != cand.clause.i and cand.polarity is None and any(
                c.dep_ == "det" and c.lower_ == "no" for c in cand.trigger.children):
            polarity = "negative" if polarity == "positive" else "positive"  # "held no talks"
        if cand.polarity is None and polarity == "positive" and cand.relation not in TOPICAL \
                and (_neither(cand.trigger) or _neither(cand.subject.token)):
            # "Neither France nor Germany sanctioned China", "neither met X nor ..." (but
            # "neither confirms nor denies strikes" is read as the annotations read it: a denial)
            polarity = "negative"
        attribution = cand.attribution
        if attribution is None and info.reporter is not None:
            speakers = [e for t in syntax.subjects(info.reporter) for e in self.ends.actors(t, conj=False)]
            attribution = speakers[0] if speakers else None
        if attribution is None and info.according_to is not None:
            found = self.ends.actors(info.according_to, conj=False)
            attribution = found[0] if found else None
        modality = info.modality
        if cand.rule in ("accused-of",) and modality == "asserted":
            modality = "reported"
        if cand.rule == "frame-expected-in" and modality == "asserted":
            modality = "expected"  # "X is expected in Cairo on Wednesday"
        if attribution is not None and (attribution.entity.id in (cand.subject.entity.id,) and cand.rule.startswith("report")):
            attribution = None
        conf = cand.confidence
        if cand.subject.coref or cand.object.coref:
            conf -= 0.15
        if cand.subject.via.startswith("proxy") or cand.object.via.startswith("proxy"):
            conf -= 0.05
        place, place_id = self._place(cand, sent)
        s, o = cand.subject.entity, cand.object.entity
        return Fact(
            article=self.article.id, sentence=self._sentence_text(sent), start=sent.start_char, end=sent.end_char,
            subject=s.label, subject_id=s.id, subject_type=s.type,
            predicate=cand.relation, object=o.label, object_id=o.id, object_type=o.type,
            polarity=polarity, modality=modality,
            attributed_to=attribution.entity.label if attribution else None,
            attributed_to_id=attribution.entity.id if attribution else None,
            event_type=cand.cameo, date=self._date(cand, sent), place=place, place_id=place_id,
            confidence=round(max(0.05, min(1.0, conf)), 2), trigger=cand.trigger.text, rule=cand.rule)

    def _place(self, cand: Candidate, sent: Span) -> tuple[str | None, str | None]:
        heads = [cand.trigger, cand.clause, cand.object.token]
        for head in heads:
            for prep, pobj in syntax.prep_objects(head, self._place_preps):
                ent = self.m.entity_at(pobj)
                if ent is not None and ent.type in _PLACE_TYPES:
                    return ent.label, ent.id
                if pobj.ent_type_ in _PLACE_NER:
                    span = self.m.span_at(pobj)
                    return (span.text if span is not None else pobj.text), None
        return None, None

    def _sentence_text(self, sent: Span) -> str:
        if self._text[0] != sent.start:
            # a slice of the article text (``Span.text`` joins the sentence's tokens)
            text = getattr(self.m, "text", None)
            self._text = (sent.start, text[sent.start_char:sent.end_char] if isinstance(text, str)
                          else sent.text)
        return self._text[1]

    def _sentence_ents(self, sent: Span) -> list:
        if self._ents is None:
            self._ents = list(sent.doc.ents)
        return [e for e in self._ents if e.start >= sent.start and e.end <= sent.end]

    def _date(self, cand: Candidate, sent: Span) -> str | None:
        if self.timex is None or not self.article.date or not hasattr(self.timex, "find_date"):
            return None
        anchor = cand.clause if cand.walk else cand.trigger
        key = (sent.start, anchor.i)
        if key not in self._dates:
            try:
                self._dates[key] = self._find_date(sent, anchor)
            except Exception:  # a date the normaliser chokes on must not lose the fact
                self._dates[key] = None
        return self._dates[key]

    def _find_date(self, sent: Span, anchor) -> str | None:
        """``timex.find_date`` for one anchor; the sentence's dates are read once for all
        its anchors (scanning and normalising them is most of the work)."""
        if not hasattr(self.timex, "sentence_dates"):
            return self.timex.find_date(sent, self.article.date, anchor=anchor, text=self._sentence_text(sent),
                                        ents=self._sentence_ents(sent))
        if self._sentence_dates[0] != sent.start:
            self._sentence_dates = (sent.start, self.timex.sentence_dates(
                sent, self.article.date, text=self._sentence_text(sent), ents=self._sentence_ents(sent)))
        dates = self._sentence_dates[1]
        return self.timex.closest_date(dates, anchor) if dates else None


def _neither(tok) -> bool:
    """Whether ``tok`` or the first conjunct of its coordination is opened by "neither"
    ("Neither France nor Germany", "neither criticized China nor sanctioned it")."""
    first = tok.head if tok.dep_ == "conj" else tok
    return any(c.lower_ == "neither" and c.dep_ in ("preconj", "det", "advmod", "cc") for c in first.children)


def dedupe(facts: list[Fact]) -> list[Fact]:
    """One fact per key (article, sentence, subject, predicate, object, polarity): the most confident."""
    best: dict[tuple, Fact] = {}
    for fact in facts:
        key = fact.key()
        if fact.predicate in ("meets", "negotiatesWith", "cooperatesWith") and fact.subject_id > fact.object_id:
            key = (fact.article, fact.start, fact.object_id, fact.predicate, fact.subject_id, fact.polarity)
        old = best.get(key)
        if old is None or fact.confidence > old.confidence:
            best[key] = fact
    return list(best.values())


def capital_visits(facts: list[Fact], mentions, ends: EndFinder) -> list[Fact]:
    """"Abiy Ahmed travelled to Khartoum": a visit to a capital is a visit to its country too
    (an analyst counts visits by country), unless the visitor is of that country (a leader
    going home)."""
    from kg.resolve import load_gazetteer  # (the resolve stage's gazetteer)
    gaz = load_gazetteer()
    out = []
    for fact in facts:
        if fact.predicate != "visits" or fact.object_type != "Location" or fact.object not in gaz.capital_country:
            continue
        iso3 = gaz.capital_country[fact.object]
        if iso3 not in gaz.countries:
            continue
        visitor = mentions.entities.get(fact.subject_id)
        home = ends.affiliation(visitor) if visitor is not None and visitor.type == "Person" else visitor
        if visitor is None or getattr(home, "id", None) == iso3:
            continue
        country = mentions.entity(iso3, gaz.countries[iso3].label, "Country")
        out.append(dataclasses.replace(fact, object=country.label, object_id=country.id, object_type="Country",
                                       rule=(fact.rule or "") + "-capital", confidence=min(fact.confidence, 0.7)))
    return out


#: triggers of a protest made through diplomatic channels: summoning or recalling an envoy,
#: lodging a protest, a protest note or "stern representations"
_REBUKE_VERBS = ("summon", "recall")
_REBUKE_NOUNS = frozenset({"protest", "protests", "representations", "note"})


def rebukes(facts: list[Fact]) -> list[Fact]:
    """"India summoned Canada's envoy", "Peru recalled its ambassador from Mexico", "China
    lodged stern representations with Washington": a state's (or a body's) formal protest
    is its criticism of the other side too (an analyst counting who criticises whom counts
    it). An expulsion of the other side's diplomats accuses that side. Not between people (a
    minister summoning an ambassador names the protest's messenger) and not a protest march
    ("protested" is also what crowds do)."""
    out = []
    for fact in facts:
        if fact.predicate != "protestsAgainst" or fact.polarity != "positive" \
                or "Person" in (fact.subject_type, fact.object_type) or not fact.trigger:
            continue
        word, rule = fact.trigger.lower(), fact.rule or ""
        if word.startswith(_REBUKE_VERBS) or (rule.startswith("light-verb") and word in _REBUKE_NOUNS):
            out.append(dataclasses.replace(fact, predicate="criticizes", event_type="111", rule=rule + "-rebuke",
                                           confidence=min(fact.confidence, 0.7)))
        elif rule.startswith("frame-expelled") and word.startswith("expel"):
            # "Estonia expelled a Russian diplomat": declared persona non grata for what the
            # envoy did, which is an accusation against the state that sent him
            out.append(dataclasses.replace(fact, predicate="accuses", event_type="112", rule=rule + "-rebuke",
                                           confidence=min(fact.confidence, 0.6)))
    return out
