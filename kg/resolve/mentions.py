"""The :class:`Mentions` object: which canonical entity each token of a doc refers to.

Built by :func:`kg.resolve.resolve`; read by :mod:`kg.extract`. A token may stand
for more than one entity ("the two presidents", "U.S.-China", "they"):
:meth:`Mentions.entities_at` returns all of them, :meth:`Mentions.entity_at` the first.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.attrs import SENT_START
from spacy.tokens import Doc, Span, Token

from kg.resolve.gazetteer import load_gazetteer
from kg.nlp import doc_table
from kg.resolve.topics import topic_label
from kg.types import Article, Entity, Fact

__all__ = ["Mentions", "Mention", "trim_span", "cache_sentences"]


@dataclass
class Mention:
    """One resolved mention: the span, what it refers to and how it was resolved."""

    span: Span
    entities: list[Entity]
    by_coref: bool = False
    kind: str = "name"        # name | demonym | metonym | government | pronoun | description
    titles: list[str] = field(default_factory=list)


class Mentions:
    """Mentions of one article resolved to entities.

    Attributes:
        doc: the parsed article.
        article: the article.
        entities: all entities of the article by id (topics under ``"topic:" + id``).
        static_facts: leaderOf / memberOf / locatedIn facts (filled by
            :func:`kg.extract.static.static_facts` at the end of :func:`resolve`).
        titles: person id -> list of (title, relation, organisation/country id or None)
            seen next to the person's name; used by descriptions ("the president").
    """

    def __init__(self, doc: Doc, article: Article):
        self.doc = doc
        self.article = article
        self.entities: dict[str, Entity] = {}
        self.static_facts: list[Fact] = []
        self.titles: dict[str, list[tuple[str, str, str | None]]] = {}
        self.mention_list: list[Mention] = []
        #: Location id -> iso3 for capitals and seats of government used as places.
        self.place_country: dict[str, str] = {}
        #: Organization id -> iso3 for ministries named with their country.
        self.org_country: dict[str, str] = {}
        #: Organization id -> id of the organisation it is part of ("the X Commission").
        self.org_parent: dict[str, str] = {}
        #: Organization ids of political parties named before "government" / "party".
        self.parties: set[str] = set()
        self._by_token: dict[int, Mention] = {}
        self._sentences: tuple[list, list[int]] | None = cache_sentences(doc)  # see sentences()
        self._texts: list[str] | None = None   # token texts, see positions()
        self._text: str | None = None  # see text
        self._lowers: list[str] = []
        self._lower_index: dict[str, list[int]] = {}
        self._text_index: dict[str, list[int]] = {}

    # -- building --------------------------------------------------------------
    def entity(self, ident: str, label: str, kind: str) -> Entity:
        """Get or create the entity ``ident`` (first label and type win)."""
        known = self.entities.get(ident)
        if known is None:
            known = self.entities[ident] = Entity(id=ident, label=label, type=kind)
        return known

    def add(self, span: Span, entity: Entity | list[Entity], by_coref: bool = False,
            kind: str = "name", *, overwrite: bool = False,
            alias: str | None = None) -> Mention | None:
        """Register ``span`` as a mention of ``entity`` (or of several entities).

        Tokens already covered by an earlier mention keep it unless ``overwrite``.
        ``alias`` is the surface form recorded (default: the span's text; "" for none).
        """
        entities = entity if isinstance(entity, list) else [entity]
        covered = range(span.start, span.end)  # token indexes: no Token objects needed
        by_token = self._by_token
        if not entities or (not overwrite and any(i in by_token for i in covered)):
            return None
        if overwrite:  # mentions inside the new span give way to it ("Ruritanian Hope")
            old = {id(m) for i in covered for m in [by_token.get(i)] if m is not None
                   and span.start <= m.span.start and m.span.end <= span.end}
            if old:
                self.mention_list = [m for m in self.mention_list if id(m) not in old]
        mention = Mention(span, entities, by_coref, kind)
        # the article text's slice is the span's text (``Span.text`` joins its tokens)
        surface = self.text[span.start_char:span.end_char] if alias is None else alias
        for ent in entities:
            if not by_coref and surface:
                ent.aliases.add(surface)
            ent.mentions.append((span.start_char, span.end_char))
        for i in covered:
            by_token[i] = mention
        self.mention_list.append(mention)
        return mention

    def drop_orphans(self, idents: set[str]) -> None:
        """Forget the entities among ``idents`` that no mention refers to any more (a
        name that a longer or defined name took over: "UPDF" tagged on its own before
        "the Uganda People's Defence Forces (UPDF)" was read)."""
        if not idents:
            return
        live = {e.id for m in self.mention_list for e in m.entities}
        for ident in idents - live:
            if ident not in self.org_parent.values() and ident not in self.org_country.values():
                self.entities.pop(ident, None)

    @property
    def text(self) -> str:
        """The doc's text, built once (``Doc.text`` joins every token each time it is read)."""
        if self._text is None:
            text, doc = self.article.text, self.doc
            last = doc[-1] if len(doc) else None
            # the article's text is the doc's unless the doc was parsed from another text
            same = last is not None and len(text) == last.idx + len(last.text_with_ws)
            self._text = text if same else doc.text
        return self._text

    def sentences(self) -> tuple[list[Span], list[int]]:
        """The doc's sentences and their start tokens, computed once per article
        (``doc.sents`` walks every token each time it is read)."""
        if self._sentences is None:  # a doc without sentence boundaries: spaCy's error
            sents = list(self.doc.sents)
            self._sentences = (sents, [sent.start for sent in sents])
        return self._sentences

    def positions(self, words: frozenset[str] | set[str] | dict, *, lower: bool = True) -> list[int]:
        """Indexes of the tokens whose (lowercased) text is in ``words``.

        Rules that look for a few trigger words use this instead of walking every
        token of the doc: the token texts are listed once per article.
        """
        if self._texts is None:
            table = doc_table(self.doc)  # no Token objects: the doc's arrays, read once
            self._texts = table.text
            self._lowers = table.lower  # ``token.lower_`` is the text lowercased
            # word -> its token indexes, words in order of first occurrence (array operations)
            self._lower_index, self._text_index = table.word_index(lower=True), table.word_index(lower=False)
        index = self._lower_index if lower else self._text_index
        # the words the doc has: one set intersection in C, over the smaller side
        common = index.keys() & words
        if len(common) == 1:
            return list(index[common.pop()])  # already in order; a copy, as callers may change it
        found: list[int] = []
        for w in common:
            found += index[w]
        found.sort()
        return found

    # -- the contract ------------------------------------------------------------
    def entity_at(self, token: Token) -> Entity | None:
        """The (first) entity the token refers to, or None."""
        hit = self._by_token.get(token.i)
        return hit.entities[0] if hit else None

    def entities_at(self, token: Token) -> list[Entity]:
        """All entities the token refers to ("the two presidents" -> both)."""
        hit = self._by_token.get(token.i)
        return list(hit.entities) if hit else []

    def span_at(self, token: Token) -> Span | None:
        """The mention span covering the token, or None."""
        hit = self._by_token.get(token.i)
        return hit.span if hit else None

    def mention_at(self, token: Token) -> Mention | None:
        return self._by_token.get(token.i)

    def is_resolved_by_coref(self, token: Token) -> bool:
        """True when the token's entity came from a pronoun or description."""
        hit = self._by_token.get(token.i)
        return bool(hit and hit.by_coref)

    def topic(self, phrase: Span | Token | str) -> Entity:
        """The canonical Topic entity of a noun phrase, registered in ``entities``.

        Determiners, possessors, quantity words and actor modifiers are dropped,
        spelling is normalised ("Cyber-attacks" -> "cyberattacks"); see
        :func:`kg.resolve.topics.topic_label`.
        """
        label, surface = topic_label(phrase, self)
        from kg.resolve.gazetteer import slug

        ident = slug(label)
        entity = self.entities.get("topic:" + ident)
        if entity is None:
            entity = self.entities["topic:" + ident] = Entity(id=ident, label=label, type="Topic")
        entity.aliases.add(surface)
        return entity

    def country_of(self, entity: Entity) -> Entity | None:
        """The country an organisation / ministry / person belongs to, when known.

        Countries return themselves; people and bodies use the static facts
        (leaderOf / memberOf a country) and the gazetteer.
        """
        if entity.type == "Country":
            return entity
        for fact in self.static_facts:
            if fact.subject_id == entity.id and fact.object_type == "Country" \
                    and fact.predicate in ("leaderOf", "memberOf"):
                return self.entities.get(fact.object_id)
        gaz = load_gazetteer()
        for fact in self.static_facts:
            # "Crown Prince of Abu Dhabi": the country of the capital or place the person leads
            if fact.subject_id == entity.id and fact.object_type == "Location" and fact.predicate == "leaderOf":
                iso3 = gaz.capital_country.get(fact.object)
                placed = next((f.object_id for f in self.static_facts if f.subject_id == fact.object_id
                               and f.predicate == "locatedIn" and f.object_type == "Country"), None)
                found = self.entities.get(placed) if placed else None
                if found is None and iso3 in gaz.countries:
                    found = self.entity(iso3, gaz.countries[iso3].label, "Country")
                if found is not None:
                    return found
        org = gaz.orgs.get(entity.id)
        iso3 = self.org_country.get(entity.id) or (org.country if org else None)
        if iso3 and iso3 in gaz.countries:
            # "the U.S. Energy Department" may be the only mention of its country
            return self.entity(iso3, gaz.countries[iso3].label, "Country")
        return self.entities.get(iso3) if iso3 else None

    def __iter__(self):
        return iter(self.mention_list)


class _SentenceIndex:
    """The sentences of one doc, listed once, answering spaCy's sentence hooks.

    spaCy recomputes ``doc.sents`` by walking every token, and ``token.sent`` /
    ``span.sent`` by walking to the sentence's ends and slicing the doc, on every
    read; the rules read them thousands of times an article. Installed as the doc's
    ``user_hooks["sents"]``, ``user_token_hooks["sent"]`` and ``user_span_hooks["sent"]``
    (spaCy's documented customisation points), the same spans come from one list.
    """

    __slots__ = ("doc", "sents", "starts")

    def __init__(self, doc: Doc, sents: list[Span]):
        self.doc = doc
        self.sents = sents
        self.starts = [sent.start for sent in sents]

    @staticmethod
    def read(doc: Doc) -> list[Span]:
        """The sentences as spaCy splits them (a sentence starts where SENT_START is 1),
        read from one array rather than through the hooks."""
        flags = doc.to_array(SENT_START).tolist()
        cuts = [0, *(i for i in range(1, len(flags)) if flags[i] == 1)]
        return [Span(doc, start, end) for start, end in zip(cuts, [*cuts[1:], len(flags)]) if end > start]

    def _for(self, doc: Doc) -> "_SentenceIndex":
        # ``Doc.copy`` and ``Span.as_doc`` copy the hooks to a new doc: index that one apart
        return self if doc is self.doc else _SentenceIndex(doc, self.read(doc))

    def __call__(self, doc: Doc):
        return iter(self._for(doc).sents)

    def of_token(self, token: Token) -> Span:
        index = self._for(token.doc)
        return index.sents[bisect_right(index.starts, token.i) - 1]

    def of_span(self, span: Span) -> Span:
        index = self._for(span.doc)
        return index.sents[bisect_right(index.starts, span.start) - 1]


def cache_sentences(doc: Doc) -> tuple[list[Span], list[int]] | None:
    """List the doc's sentences once and let spaCy answer ``doc.sents``, ``token.sent``
    and ``span.sent`` from that list (see :class:`_SentenceIndex`); same spans, same order.

    Returns:
        (sentences, their start tokens), or None when the doc has no sentence
        boundaries (reading them then raises spaCy's own error) or carries sentence
        hooks of its own (which are left alone).
    """
    hooked = doc.user_hooks.get("sents")
    if isinstance(hooked, _SentenceIndex) and hooked.doc is doc:  # resolved before
        return hooked.sents, hooked.starts
    if hooked is not None or "sent" in doc.user_token_hooks or "sent" in doc.user_span_hooks \
            or not doc.has_annotation("SENT_START"):
        return None
    index = _SentenceIndex(doc, list(doc.sents))
    doc.user_hooks["sents"] = index
    doc.user_token_hooks["sent"] = index.of_token
    doc.user_span_hooks["sent"] = index.of_span
    return index.sents, index.starts


def trim_span(span: Span) -> Span | None:
    """Drop a leading determiner / trailing possessive and anything after a newline."""
    doc = span.doc
    # the doc's Token objects and words, listed once per doc (doc[i] builds a new Token)
    table = doc_table(doc)
    toks = table.tokens[span.start:span.end]
    texts, lowers = table.text[span.start:span.end], table.lower[span.start:span.end]
    start, end = 0, len(toks)
    for k, text in enumerate(texts):
        if "\n" in text or (k > 0 and toks[k].is_space):
            end = k
            break
    opened = [k for k in range(end) if texts[k] == "("]
    if opened and not any(texts[k] == ")" for k in range(opened[-1], end)) and opened[-1] > 0:
        end = opened[-1]  # "Office of Assets Control (OFAC": the acronym is not the name
    while start < end and (lowers[start] in ("the", "a", "an") or toks[start].is_punct
                           or toks[start].is_space):
        start += 1
    while end > start and (toks[end - 1].tag_ == "POS" or texts[end - 1] in ("'s", "’s")
                           or toks[end - 1].is_punct and texts[end - 1] not in ".)"):
        end -= 1
    if end > start + 1 and (lowers[end - 1] in ("of", "for", "and") or lowers[end - 1]
                            in ("in", "at", "on", "the") and toks[end - 2].whitespace_):
        # also "the Great Hall of the People in | Beijing" (not "Moon Jae-in")
        # the model cut "the Space Research Agency of | Peru": a name does not end in "of"
        end -= 1
    if end > start + 1 and toks[end - 1].tag_ in ("VBD", "VBP", "VBZ") and texts[end - 1].islower():
        end -= 1  # "Lula rang | Milei": the model ran the name into its verb
    start, end = span.start + start, span.start + end
    # Span() directly: ``doc[start:end]`` costs a Python-level slice normalisation
    return Span(doc, start, end) if end > start else None
