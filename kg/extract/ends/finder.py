"""The end finder: token -> entity within one article (sentence state, mentions, bodies)."""
from __future__ import annotations

import bisect
import re
from itertools import compress

from spacy.tokens import Token

from kg.extract import discourse
from kg.extract.bodies import Bodies
from kg.extract.ends._base import _NOUNS, _SINGULAR_PRON, End, _without_title_countries
from kg.extract.ends.nouns import NounRules
from kg.extract.ends.references import ReferenceRules
from kg.extract.lexicon import Lexicon
from kg.nlp import doc_table
from kg.resolve.coref import earlier_pair, known_as
from kg.resolve.coref_base import _clause_agents
from kg.resolve.coref_pairs import met_pair
from kg.resolve.coref_plurals import _listed_countries
from kg.resolve.focus import issuer_body, issuer_country, joint_parties, opening_parties, statement_author
from kg.resolve.gazetteer import load_gazetteer, slug
from kg.resolve.officeholders import _article_day, canonical_name, load_officeholders, title_fits
from kg.types import ACTOR_TYPES, Entity

__all__ = ["EndFinder"]

_GROUP_DEPS = frozenset({"nsubj", "nsubjpass", "pobj"})
_GROUP_MODS = frozenset({"nmod", "compound", "appos"})
_CC_HOSTS = frozenset({"nmod", "compound"})
_NON_STATE_DEPS = frozenset({"compound", "amod"})
# counted descriptions of the governments behind a joint statement ("the two countries")
_PARTY_NOUNS = frozenset({"countries", "sides", "parties", "governments", "nations", "states"})
# counted subjects that stand for the last coordination of that size ("All three urged ...")
_COUNTED = {"two": 2, "three": 3, "four": 4, "five": 5}
# pronouns of a journalist speaking for themselves or to the spokesperson in a question turn
_ASKER_WORDS = frozenset({"you", "your", "we", "our", "us", "i", "my", "me"})


#: A source that is an office of a state: "Prime Minister of Australia", "President of Russia".
_SOURCE_OFFICE = re.compile(r"^(?:the\s+)?(?P<title>[A-Za-z -]+?)\s+of\s+(?:the\s+)?\S", re.I)


def _source_office_holder(article, country: str) -> str | None:
    """The name of who held the office an article's source names, of ``country`` (the
    publishing government's iso3) at the article's date: a release of the "Prime Minister
    of Australia" in June 2024 is Anthony Albanese's ("Today I welcomed ..."). None when
    the source names no office or the table gives no one (or several)."""
    match = _SOURCE_OFFICE.match(article.source or "")
    day = _article_day(article.date)
    if match is None or day is None:
        return None
    title = match.group("title").strip().lower()
    names = {h.name for terms in load_officeholders().by_key.values() for h in terms
             if h.country == country and h.start <= day and (h.end is None or day <= h.end)
             and title_fits(title, h.office)}
    return names.pop() if len(names) == 1 else None


def _indexes(sent) -> range | list[int]:
    """Doc indexes of a sentence given as a Span or as a list of its tokens."""
    if hasattr(sent, "start"):
        return range(sent.start, sent.end)
    if not sent:
        return range(0)
    first = sent[0].i
    if sent[-1].i - first + 1 == len(sent):  # a sentence's tokens are contiguous
        return range(first, first + len(sent))
    return [t.i for t in sent]


#: nouns that hold the things an attitude is about ("a list of demands", "a set of proposals")
_CONTAINERS = frozenset({"list", "set", "series", "package", "raft", "slew", "batch", "catalogue", "catalog"})


class EndFinder(NounRules, ReferenceRules):
    """Resolves tokens to actor ends within one article (keeps sentence-local state)."""

    def __init__(self, mentions, lexicon: Lexicon):
        self.m = mentions
        self.lex = lexicon
        self._proxy = lexicon.cue("proxy_nouns")
        self._non_state = lexicon.cue("non_state_modifiers")
        self._plural = lexicon.cue("plural_pronouns")
        self._we = lexicon.cue("first_person_plural")
        self._i = lexicon.cue("first_person_singular")
        self._relpron = lexicon.cue("relative_pronouns")
        self._roles = lexicon.cue("person_role_nouns")
        self._collective = lexicon.cue("collective_nouns")
        self._reporting = lexicon.cue("reporting_verbs")
        self._multi = hasattr(mentions, "entities_at")
        self._artefacts = lexicon.cue("artefact_nouns")
        self._owner_of: dict[str, End] = {}  # "the report" -> owner of the last "Pentagon's report"
        self.bodies = Bodies(mentions, lexicon)
        self.group: list[End] = []       # coordinated actor subject of this sentence
        self._described: list[End] = []  # subject description of several actors, this sentence
        self.prev_described: list[End] = []  # ... of the previous sentence
        self.prev_group: list[End] = []  # ... of the previous sentence
        # whether ``group`` / ``prev_group`` act as subjects (or passive agents): "fighting between
        # A and B" names a pair that a later "they agreed" does not refer to
        self.group_acts = False
        self.prev_group_acts = False
        self._pair_used = -1  # token of the last plural reference read as the last meeting's sides
        self._last_meeting: list[End] = []  # the two sides of the last meeting / call / talks fact
        self.last_leaders: list[End] = []  # ... of the last one between two people ("the two leaders")
        self.leaders_office = ""  # office words named with them ("Presidents A and B")
        self.speaker: End | None = None  # speaker of reported speech in this sentence
        self._affiliation: dict[str, Entity] | None = None
        self.notes: list[str] = []       # why a token did not resolve (for explain)
        self.any_noun = False            # attitude relations: any noun stands for its owner
        self.relation = ""               # the relation an attitude target is looked up for
        # agent of the last actor-on-actor event of an earlier sentence: "the EU imposed
        # sanctions ... Nicaragua rejected the decision" -> the decision is the EU's
        self.last_agent: End | None = None         # of a sanction, threat, demand ...
        self.last_attacker: End | None = None      # of an attack ("this aggression")
        self.last_stance: Token | None = None      # last "resolution", "deal" ... ("voted against it")
        self.last_accuser: End | None = None       # of an accusation ("dismissed the allegations")
        self.last_by_relation: dict[str, End] = {}  # relation -> agent of its last event
        self.last_target_by_relation: dict[str, End] = {}  # relation -> target of that event
        # (relation, cameo, target, sentence index) of the last act others may repeat ("followed suit")
        self.last_act: tuple | None = None
        self._claim_refs = lexicon.cue("claim_reference_nouns")
        self._event_refs = lexicon.cue("event_reference_nouns")
        self._attack_refs = lexicon.cue("attack_reference_nouns")
        self._against_agent = frozenset(lexicon.cue("agent_of_event_relations"))
        self._counts = discourse.COUNTS
        # "European cheese": an adjective that stands for a bloc the article names
        self._bloc_adjs = dict(x.split("=", 1) for x in lexicon.cues.get("bloc_adjectives", ()))
        self._quantity = lexicon.cue("crowd_quantities")
        self.history: list[list[End]] = []  # coordinations of actors in earlier sentences, newest last
        self._quoted: list | None = None  # token ranges inside direct quotes (lazy)
        self._sents: tuple | None = None
        self._reporting_at: list | None = None  # reporting verbs outside quotes (lazy)
        self._dominant: Entity | None | bool = False  # the article's main country (lazy)
        self._sides: list[Entity] | None = None  # the article's two sides (lazy)
        self._focus: Entity | None | bool = False  # the country its "authorities" are (lazy)
        self._junta: Entity | None | bool = False  # the military government it names (lazy)
        self._military: bool | None = None  # whether it speaks of military rule (lazy)
        self._issuer: Entity | None | bool = False  # the publishing government (lazy)
        self._joint: list[Entity] | None = None  # the governments of a joint statement (lazy)
        self._author: Entity | None | bool = False  # the official whose statement it is (lazy)
        self._body: Entity | None | bool = False  # the international organisation publishing (lazy)
        self._delegations: dict[str, set[str]] | None = None  # body id -> delegate countries (lazy)
        self._questions: list[tuple[int, int]] | None = None  # journalists' questions (lazy)

    @property
    def last_meeting(self) -> list[End]:
        return self._last_meeting

    @last_meeting.setter
    def last_meeting(self, sides: list[End]) -> None:
        # a later "we welcome France" replaces the last meeting, but "the two leaders" still
        # means the two people who last met
        self._last_meeting = sides
        if len(sides) == 2 and all(e.entity.type == "Person" for e in sides):
            self.last_leaders = list(sides)
            self.leaders_office = ""

    # -- sentence state -------------------------------------------------------
    def start_sentence(self, sent) -> None:
        """Reset the sentence state; ``sent`` is the sentence's tokens (a Span or a list)."""
        self.prev_group = self.group  # plural references reach back one sentence only
        self.prev_group_acts = self.group_acts
        self.group = []
        self.group_acts = False
        # "The two leaders discussed X. They also ...": the subject description the resolve
        # stage read as several actors, for a subject "they" of the next sentence only
        self.prev_described = self._described
        self._described = []
        root = getattr(sent, "root", None)
        if root is None and len(sent) and self._multi:
            root = sent[0].sent.root  # a list of tokens: the sentence they belong to
        if root is not None and self._multi:
            table = doc_table(root.doc)
            for i in table.kids[root.i]:
                if table.dep[i] == "nsubj" and table.pos[i] == "NOUN":
                    tok = root.doc[i]
                    ents = self.m.entities_at(tok)
                    if len(ents) > 1:
                        self._described = [End(e, tok, True, "plural description") for e in ents]
                    break
        self.speaker = None
        self._remember(sent)
        if not len(sent):
            return
        # the parse is read from the doc's table; a Token is made for the candidates only
        doc = sent[0].doc
        table = doc_table(doc)
        dep, children, conj_heads = table.dep, table.kids, table.conj_heads
        indexes = _indexes(sent)
        # subjects and prepositional objects only (the test runs in C over the sentence)
        for i in compress(indexes, map(_GROUP_DEPS.__contains__, map(dep.__getitem__, indexes))):
            # a subject with conjuncts (a right "conj" child: a subject is no conjunct itself)
            # or with a modifier that may hide a coordination
            if i in conj_heads or any(dep[c] in _GROUP_MODS for c in children[i]):
                if dep[i] == "pobj" and table.lower[table.head[i]] != "by":
                    continue  # passive agents count ("signed by X and Y"), other objects do not
                ends = _without_title_countries(self.actors(doc[i], ACTOR_TYPES))
                if len({e.entity.id for e in ends}) >= 2:
                    self.group, self.group_acts = ends, True
                    self._people_pair(ends)
                    break
        if not self.group and conj_heads:
            # a misparsed sentence may lose the subject; any coordination of named actors will do
            for i in compress(indexes, map(conj_heads.__contains__, indexes)):
                # a token with a right "conj" child heads a coordination
                if self.m.entity_at(doc[i]) is not None:
                    ends = _without_title_countries(self.actors(doc[i], ACTOR_TYPES))
                    if len({e.entity.id for e in ends}) >= 2:
                        self.group = ends
                        break

    def _people_pair(self, group: list[End]) -> None:
        """"The MoUs were signed by A and his Iraqi counterpart B. ... The two ministers also
        discussed ...": two people coordinated as the subject (or passive agent) are who a later
        "the two leaders / ministers" means, as the two people of a meeting are; not two of one
        side ("the president and his foreign minister")."""
        people = [e for e in group if e.entity.type == "Person"]
        if len(people) != 2 or len(group) != 2 or people[0].entity.id == people[1].entity.id:
            return
        sides = [getattr(self.affiliation(e.entity), "id", None) for e in people]
        if None not in sides and sides[0] == sides[1]:
            return
        self.last_leaders = [e._replace(coref=True) for e in people]
        # "Presidents A and B": the office the coordination names, which "the two ministers" is not
        self.leaders_office = " ".join(c.lower_ for e in people for c in e.token.children
                                       if c.dep_ in ("compound", "amod") and c.pos_ == "NOUN")

    def pair_used(self, tok: Token, ends) -> None:
        """Note that the plural reference ``tok`` was read as the last meeting's sides (which
        keeps them in reach of a later "they")."""
        if {e.id for e in ends} == {e.entity.id for e in self.last_meeting}:
            self._pair_used = tok.i

    def meeting_in_reach(self, tok: Token, reach: int = 2) -> bool:
        """Whether the last meeting was told at most ``reach`` sentences before ``tok``'s, or
        a plural reference read as its sides since ("The leaders also discussed X. They
        agreed ..."): the sides are still who "they" are."""
        if not self.last_meeting or self.last_meeting[0].token.doc is not tok.doc:
            return False
        if self._pair_used == tok.i:
            return True  # (asked again for the same reference)
        first = max(self.last_meeting[0].token.i, self._pair_used if self._pair_used < tok.i else -1)
        if first >= tok.i:
            return False
        starts = self.m.sentences()[1]  # sentence starts strictly between the two
        return bisect.bisect_left(starts, tok.i) - bisect.bisect_left(starts, first + 1) <= reach

    def plural_group(self, tok: Token) -> list[End]:
        """The actors a plural pronoun stands for: this sentence's coordination, the previous
        one's; but "They also discussed X and the situation in A and B" after a call: a
        coordination only after the subject pronoun is what they discussed, and the two
        sides of the last meeting are "they"."""
        subject = tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ == "they"
        if not subject and self.group and all(e.token.i > tok.i for e in self.group):
            # "the leaders reiterated their call on A and B": a coordination after the
            # possessive is what it is about, not its owner
            return self.prev_group
        if not subject:  # "to greet them", "their forces": the coordinations only
            return self.group or self.prev_group
        met = self.meeting_in_reach(tok)
        if not (self.group and all(e.token.i > tok.i for e in self.group)):
            group, acts = (self.group, self.group_acts) if self.group else (self.prev_group, self.prev_group_acts)
            # "The leaders discussed the fighting between A and B. They agreed to work together":
            # a pair named inside what was discussed is not who "they" are, the meeting's sides are
            if group and (acts or not met or self._joins_meeting(group)):
                # ("spoke with his counterparts from A and B. They expressed ...": the pair named
                # is the meeting's other side)
                return group
        if met:
            self._pair_used = tok.i
            return self.last_meeting
        return self.prev_group or self.prev_described

    def _joins_meeting(self, group: list[End]) -> bool:
        """Whether a coordination names a side of the last meeting (as itself or as the
        country of the person who met)."""
        met = {e.entity.id for e in self.last_meeting}
        met |= {getattr(self.affiliation(e.entity), "id", None) for e in self.last_meeting if e.entity.type == "Person"}
        return any(e.entity.id in met for e in group)

    def _remember(self, sent) -> None:
        """Keep the sentence's acting coordinations for counted descriptions later on."""
        self.history.extend(discourse.acting_coordinations(sent, self, ACTOR_TYPES))
        del self.history[:-12]

    def in_quote(self, tok: Token) -> bool:
        """True when ``tok`` lies inside a direct quotation of the article."""
        if self._quoted is None:
            article = getattr(self.m, "article", None)
            self._quoted = discourse.quote_ranges(tok.doc, getattr(article, "text", None))
        return discourse.in_ranges(self._quoted, tok.i)

    def reporting_outside_quotes(self, doc) -> list[int]:
        """Sorted indexes of the article's reporting verbs ("said", "told") that lie outside
        any quotation (computed once: speakers of quotations are looked up per sentence)."""
        if self._reporting_at is None:
            from kg.nlp import doc_table

            table = doc_table(doc)
            if self._quoted is None:
                article = getattr(self.m, "article", None)
                self._quoted = discourse.quote_ranges(doc, getattr(article, "text", None))
            self._reporting_at = [i for i, (lemma, pos) in enumerate(zip(table.lemma, table.pos))
                                  if pos == "VERB" and lemma in self._reporting
                                  and not discourse.in_ranges(self._quoted, i)]
        return self._reporting_at

    def first_quoted(self, start: int, end: int) -> int | None:
        """Index of the first token of [start, end) inside a quotation, or None."""
        for a, b in self._quoted or ():
            if b > start and a < end:
                return max(a, start)
            if a >= end:
                break
        return None

    def in_question(self, sent) -> bool:
        """Whether the sentence (a Span or its tokens) belongs to a journalist's question
        in a press-conference transcript ("Q: X said ... What is your comment?",
        :func:`discourse.question_turns`): what it says is nobody's statement."""
        if not len(sent):
            return False
        if self._questions is None:
            doc = sent[0].doc
            text = getattr(getattr(self.m, "article", None), "text", None)
            last = doc[-1]
            if text is None or len(text) != last.idx + len(last.text_with_ws):
                text = doc.text
            self._questions = discourse.question_turns(text, self.lex.cue("news_media"))
        start = sent[0].idx
        if not any(a <= start < b for a, b in self._questions):
            return False
        # the news a journalist recounts before asking ("The Philippine Coast Guard said
        # China rammed its vessel.") is stated as any report's is; the question itself
        # ("What is your comment?") and the journalist's own words ("We noticed ...") are not
        last = next((t for t in reversed(sent) if not t.is_space), sent[-1])
        return last.text == "?" or any(t.lower_ in _ASKER_WORDS and t.pos_ == "PRON" for t in sent)

    def sentences(self, doc) -> tuple[list, dict]:
        """The article's sentences and their index by start token (computed once)."""
        if self._sents is None:
            sents = self.m.sentences()[0]
            self._sents = (sents, {s.start: n for n, s in enumerate(sents)})
        return self._sents

    def dominant_country(self) -> Entity | None:
        """The country the article is about, or None (computed once)."""
        if self._dominant is False:
            self._dominant = discourse.dominant_country(self.m)
        return self._dominant

    def two_sides(self) -> list[Entity]:
        """The two sides the article is about (:func:`discourse.principal_pair` with a
        ministry or an official counting for its country), or [] (computed once)."""
        if self._sides is None:
            self._sides = discourse.principal_pair(self.m, fold=self._side_of)
        return self._sides

    def each_sides(self, verb: Token) -> list[End]:
        """Who "each" is in "with each side accusing the other", "each blamed the other": the
        two actors coordinated before the verb in its sentence ("fighting between A and B"),
        else the last sentence's two."""
        for tok in verb.sent:
            if tok.i >= verb.i:
                break
            if self.m.entity_at(tok) is not None and any(c.dep_ == "conj" for c in tok.children):
                found = self.actors(tok, ACTOR_TYPES)
                if len({e.entity.id for e in found}) == 2:
                    return [e._replace(coref=True, via="each ... the other") for e in found]
        if len({e.entity.id for e in self.prev_group}) == 2:
            return [e._replace(token=verb, coref=True, via="each ... the other") for e in self.prev_group]
        return []  # (not the article's two sides: a mediator may outnumber one of the warring sides)

    def _side_of(self, ent: Entity) -> Entity:
        if ent.type == "Person":
            return self.affiliation(ent) or ent
        country = self.m.org_country.get(ent.id)
        return self.m.entities.get(country, ent) if country else ent

    def focus_country(self) -> Entity | None:
        """The country whose "authorities" the article means (:func:`discourse.focus_country`)."""
        if self._focus is False:
            self._focus = discourse.focus_country(self.m)
        return self._focus

    def military_rule(self) -> bool:
        """Whether the article speaks of a junta, a coup or power seized (computed once)."""
        if self._military is None:
            self._military = discourse.military_rule(getattr(self.m, "text", None) or "")
        return self._military

    def ruling_body(self, military: bool) -> Entity | None:
        """Who rules the article's country: for a military description ("the generals",
        "the junta") the military government the article names as a body, else the country
        itself; None when no country is in focus."""
        country = self.focus_country()
        if military and self.military_rule():
            if self._junta is False:
                self._junta = discourse.junta_body(self.m, country)
            return self._junta or country
        return country

    def issuer(self) -> Entity | None:
        """The government that published the article (``Bodies.issuer``), named by the
        longest country name of its source: "Ministry of Foreign Affairs of the People's
        Republic of China" is China, not the "Republic of China" inside it; else
        :func:`kg.resolve.focus.issuer_country` ("The White House", "President of Russia")."""
        if self._issuer is not False:
            return self._issuer
        issuer = self.bodies.issuer()
        article = getattr(self.m, "article", None)
        # also a seat or a national body with no country in its name ("The White House",
        # "Foreign, Commonwealth & Development Office")
        longest = issuer_country(article) if article is not None else None
        if longest is not None and (issuer is None or longest.iso3 != issuer.id):
            issuer = self.m.entities.get(longest.iso3) or self.bodies.country(longest.iso3) or issuer
        self._issuer = issuer
        return issuer

    def joint(self) -> list[Entity]:
        """The governments that issued the article as a joint statement, from its title
        (:func:`kg.resolve.focus.joint_parties`) or its "We, the ..." opening
        (:func:`kg.resolve.focus.opening_parties`); [] for any other article."""
        if self._joint is None:
            article = getattr(self.m, "article", None)
            found = joint_parties(article) if article is not None and article.title else []
            self._joint = [self.m.entities.get(c.iso3) or self.bodies.country(c.iso3) for c in found]
            # (else "We, the G7 Leaders of ..." / "We, the President of A, X, and ..." opening the text)
            self._joint = [e for e in self._joint if e is not None] \
                or (opening_parties(article, self.m) if article is not None else [])
        return self._joint

    def _joint_description(self, tok: Token, allowed) -> list[End]:
        """"The two countries will expand cooperation", "both sides" in a joint statement
        of as many governments: the governments that issued it."""
        parties = self.joint()
        counted = [self._counts.get(c.lower_) for c in tok.children if c.dep_ in ("nummod", "det", "predet")]
        if not any(n == len(parties) for n in counted) or "Country" not in allowed:
            return []
        return [End(e, tok, True, "joint statement") for e in parties]

    def author(self) -> Entity | None:
        """The official whose own statement a government's release is, named by its title
        (:func:`kg.resolve.focus.statement_author`): "Statement from President Joe Biden
        on ..." is Joe Biden's ("I spoke with ..."); None when the title names nobody or the
        source is no government."""
        if self._author is not False:
            return self._author
        self._author = None
        article = getattr(self.m, "article", None)
        name = statement_author(article) if article is not None and self.issuer() is not None else None
        if name is None and article is not None and self.issuer() is not None:
            name = _source_office_holder(article, self.issuer().id)  # "Prime Minister of Australia"
        if name is None:
            return None
        canonical = canonical_name(name)
        known = self.bodies.alias(name)
        if known is not None and known.type != "Person":
            return None  # the article knows the name as a place or a body
        known = known or next(
            (e for e in self.m.entities.values() if e.type == "Person" and canonical
             and canonical_name(e.label) == canonical), None)
        if known is None and canonical is None and (" " not in name or name.isupper()):
            return None  # "Remarks by President Biden" naming nobody else: a surname may be anybody's
        label = canonical or name
        self._author = known or self.m.entity(slug(label), label, "Person")
        return self._author

    def _pronoun(self, tok: Token, allowed) -> list[End]:
        """An official statement's own first person (nobody quoted): a joint statement's
        "we" ("We call on C to ...") is each of the governments that issued it, and "I" ("I
        spoke with X") is the official its title names (:meth:`author`); any other
        pronoun: :meth:`ReferenceRules._pronoun`."""
        if self.speaker is None and tok.lower_ in self._we and self.joint():
            return [End(e, tok, True, "joint statement") for e in self.joint() if e.type in allowed]
        if tok.lower_ in self._i and "Person" in allowed and (self.speaker is None or not self.in_quote(tok)):
            # "When I travelled to Beijing, President Xi and I agreed that ...": outside quotes
            # the statement's "I" is its author's, whoever the sentence reports
            author = self.author()
            if author is not None:
                return [End(author, tok, True, "author of the statement")]
        if self.speaker is None and tok.lower_ in self._we and self.issuer() is None:
            body = self.issuing_body()
            if body is not None and body.type in allowed:
                return [End(body, tok, True, "issuing organisation")]
        found = super()._pronoun(tok, allowed)
        return found or self._clause_owner(tok, allowed)

    def issuing_body(self) -> Entity | None:
        """The international organisation whose own release the article is, from its source
        (:func:`kg.resolve.focus.issuer_body`: "Council of the European Union (press
        release)" is the EU's: "We have coordinated this step with ..."); None otherwise."""
        if self._body is False:
            article = getattr(self.m, "article", None)
            ident = issuer_body(article) if article is not None and article.source else None
            org = load_gazetteer().orgs.get(ident) if ident else None
            self._body = (self.m.entities.get(ident) or self.m.entity(ident, org.label, "Organization")) \
                if org is not None else None
        return self._body

    def _clause_owner(self, tok: Token, allowed) -> list[End]:
        """"The leaders ... reiterated their call on A and B": an unresolved "their" on
        the object of a verb is the verb's subject (or the subject of the verb it is
        coordinated with)."""
        noun = tok.head
        if tok.lower_ in ("it", "they") and tok.dep_ == "nsubj" and noun.dep_ == "relcl" and any(
                c.tag_ in ("WDT", "WP") and c.dep_ in ("dobj", "nsubj", "pobj") for c in noun.children):
            # "cut ties with the UAE, which it accuses of arming the RSF": an unresolved pronoun
            # subject of a relative clause on the main verb's object or partner is that verb's subject
            owner = verb = noun.head
            while verb.dep_ in ("dobj", "pobj", "prep") and verb.pos_ != "VERB":
                verb = verb.head  # ("cut ties with | the UAE")
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) \
                if owner.dep_ in ("dobj", "pobj") and verb.pos_ == "VERB" else None
            if subject is None:
                return []
            owners = {x.entity.id for x in self.actors(owner, allowed)}
            return [e._replace(token=tok, coref=True, via=f"subject before '{tok.text}'")
                    for e in self.actors(subject, allowed) if e.entity.id not in owners]
        if tok.lower_ != "their" or tok.dep_ != "poss" or noun.dep_ != "dobj":
            return []
        verb = noun.head
        for host in (verb, verb.head if verb.dep_ == "conj" else None):
            subject = next((c for c in host.children if c.dep_ == "nsubj"), None) if host is not None else None
            if subject is not None and subject.pos_ == "NOUN":
                return [e._replace(token=tok, coref=True, via="owner of 'their'")
                        for e in self.actors(subject, allowed)]
        return []

    def _principal_pair(self, types=("Country", "Organization", "Group")) -> list[Entity]:
        return discourse.principal_pair(self.m, types)

    def affiliation(self, person: Entity) -> Entity | None:
        """Country or organisation a person leads or belongs to (from static facts)."""
        if hasattr(self.m, "country_of"):
            found = self.m.country_of(person)
            if found is not None:
                return found
        if self._affiliation is None:
            self._affiliation = {}
            for fact in getattr(self.m, "static_facts", ()) or ():
                if fact.predicate in ("leaderOf", "memberOf") and fact.object_type in ("Country", "Organization"):
                    ent = self.m.entities.get(fact.object_id) or Entity(fact.object_id, fact.object, fact.object_type)
                    # leaderOf a country beats memberOf anything
                    if fact.subject_id not in self._affiliation or fact.predicate == "leaderOf":
                        self._affiliation[fact.subject_id] = ent
        return self._affiliation.get(person.id)

    def _speaker_among(self, tok: Token, found: list[End]) -> bool:
        """Whether a counted description that a quoted first person addresses ("we urge both
        parties") was resolved to a pair that holds the speaker or the speaker's country."""
        if self.speaker is None or tok.pos_ != "NOUN" or len(found) != 2 or \
                not any(c.lower_ in ("both", "two") for c in tok.children) or not self.in_quote(tok):
            return False
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if tok.dep_ in ("nsubj", "nsubjpass") or not any(
                c.dep_ == "nsubj" and (c.lower_ in self._we or c.lower_ in self._i) for c in verb.children):
            return False  # "'Both countries will gain,' X said": the speaker's country is one
        speaker = self.speaker.entity
        own = {speaker.id}
        side = self.affiliation(speaker) if speaker.type == "Person" else None
        if side is not None:
            own.add(side.id)
        return any(e.entity.id in own for e in found)

    def _without_agent(self, tok: Token, found: list[End]) -> list[End]:
        """"Xi called on the two sides to ...": a counted plural that a person addresses
        stands for the side(s) other than the country that person serves."""
        if len(found) < 2 or not self._multi or tok.pos_ != "NOUN" or not any(
                c.lower_ in self._counts for c in tok.children):
            return found
        agents = _clause_agents(tok, self.m, countries=False)
        if any(e.entity.id in agents for e in found):
            return found  # "X said he spoke to both leaders" read as X and Y: a misread pair
        own = set()
        for ident in agents:
            ent = self.m.entities.get(ident)
            side = self.affiliation(ent) if ent is not None and ent.type == "Person" else None
            if side is not None:
                own.add(side.id)
        rest = [e for e in found if e.entity.id not in own]
        return rest if rest and len(rest) < len(found) else found

    def _counted_subject(self, tok: Token, count: int, allowed) -> list[End]:
        """"The two discussed X", "All three urged Iran": the sides of this or the last
        sentence's coordination of that size; else two are the two people who last met, and
        three or more the last countries the article listed that many ("France, Germany and
        Britain ... All three")."""
        group = [e for e in self.group if e.token.i < tok.i] or self.prev_group
        if len({e.entity.id for e in group}) != count:
            group = self._two_people_before(tok) or self.last_leaders if count == 2 else []
        if not group and count > 2:
            group = [End(e, tok, True, "counted") for e in _listed_countries(tok.doc, tok, self.m, count, None)]
        return [e._replace(token=tok, coref=True, via=f"the {tok.lower_}") for e in group
                if e.entity.type in allowed]

    def _two_people_before(self, tok: Token) -> list[End]:
        """"X held a meeting with Y, in which the two discussed ...": exactly two people named
        earlier in the sentence (the meeting fact itself is found only after the verbs)."""
        found: dict[str, End] = {}
        for t in tok.doc[tok.sent.start:tok.i]:
            mention = self.m.mention_at(t) if hasattr(self.m, "mention_at") else None
            if mention is not None and not mention.by_coref and len(mention.entities) == 1 \
                    and mention.entities[0].type == "Person":
                found.setdefault(mention.entities[0].id, End(mention.entities[0], t, True, "the two"))
        if len(found) > 2:  # "A had discussed with B the plan of envoy C, and the two agreed": a meeting's sides
            pair = next((p for t in tok.doc[tok.sent.start:tok.i] for p in [met_pair(t, self.m, "Person")] if p), [])
            return [found[e.id] for e in pair]
        return list(found.values()) if len(found) == 2 else []

    def as_delegation(self, ends: list[End], allowed) -> list[End]:
        """"Ministers from A, B, C and D of the Group of Seven ... they said": a plural
        reference to the countries that sent a body's delegates (three at least, and most of
        the delegations the article lists) is the body itself, as annotators record it; the
        members keep their memberOf facts."""
        if len(ends) < 3 or "Organization" not in allowed or any(e.entity.type != "Country" for e in ends):
            return ends
        if self._delegations is None:
            self._delegations = {}
            for fact in getattr(self.m, "static_facts", ()) or ():
                if fact.predicate == "memberOf" and fact.rule == "delegates":
                    self._delegations.setdefault(fact.object_id, set()).add(fact.subject_id)
        ids = {e.entity.id for e in ends}
        for body_id, members in self._delegations.items():
            body = self.m.entities.get(body_id)
            if body is not None and ids <= members and 4 * len(ids) >= 3 * len(members):
                return [End(body, ends[0].token, True, f"delegations of {body.label}")]
        return ends

    # -- resolution -----------------------------------------------------------
    def actors(self, token: Token, allowed=ACTOR_TYPES, *, conj: bool = True) -> list[End]:
        """Entities named by ``token`` and (when ``conj``) its coordinated siblings."""
        tokens = (token,)
        if conj:
            table = doc_table(token.doc)
            dep, children = table.dep, table.kids
            found = [token.i, *table.conjuncts(token.i)]
            # the small model often parses "A and B C" as A nmod-of C: A with a "cc" child is a conjunct
            extra = [c for t in found for c in children[t]
                     if dep[c] in _CC_HOSTS and any(dep[g] == "cc" for g in children[c])]
            # "Iran's minister, Zarif, and the EU's chief, Mogherini": the coordination hangs off the apposition
            apposed = [c for t in found for c in children[t] if dep[c] == "appos" and table.conjuncts(c)]
            extra += [x for c in apposed for x in table.conjuncts(c)]
            # "A, B and C met X": the parser made B an apposition of A; a name of another entity
            # of the same kind, itself coordinated, is one more member of the list
            extra += [c for c in apposed if self._another_name(token, c)]
            # "sanctioned 40 Venezuelan officials, including President Nicolas Maduro", "met several
            # leaders, including A and B": the named members of the list are targets as well
            lower = table.lower
            listed = [g for t in found for c in children[t] if dep[c] == "prep" and lower[c] == "including"
                      for g in children[c] if dep[g] == "pobj"]
            extra += [x for g in listed for x in (g, *table.conjuncts(g))]
            doc = token.doc
            tokens = (token, *[doc[i] for i in found[1:]], *[doc[i] for i in extra])
        out: list[End] = []
        seen = set()
        for tok in tokens:
            for end in self._without_agent(tok, self._single(tok, allowed, 0)):
                if end.entity.id not in seen:
                    seen.add(end.entity.id)
                    out.append(end)
        return out

    def _another_name(self, token: Token, i: int) -> bool:
        """Whether the word at ``i`` ends a proper name of an entity other than ``token``'s,
        of the same type (two people, two countries) or both states, bodies or places."""
        table = doc_table(token.doc)
        if table.pos[i] != "PROPN" or table.pos[token.i] != "PROPN":
            return False
        first, other = self.m.entity_at(token), self.m.entity_at(token.doc[i])
        # ("Kinshasa, the UN and Western governments accuse X": a capital and a body are sides too)
        states = ("Country", "Organization", "Location")
        return first is not None and other is not None and first.id != other.id and (
            first.type == other.type or first.type in states and other.type in states)

    def _reporters_government(self, tok: Token) -> End | None:
        """"Foreign Minister X said the government had summoned Y's envoy": a bare "the
        government" in what a named official reports is the official's own country."""
        kids = list(tok.children)
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids) or len(kids) != 1:
            return None
        node = tok.head
        for _ in range(3):
            if node.dep_ == "ccomp" and node.head.lemma_.lower() in self._reporting:
                break
            node = node.head
        else:
            return None
        if any(c.dep_ in ("dobj", "dative") and c.lemma_.lower() not in self.lex.cue("audience_nouns")
               for c in node.head.children):
            return None  # ("told Lebanese officials that the government must ...": the addressee's)
        for s in node.head.children:
            if s.dep_ != "nsubj":
                continue
            person = self.m.entity_at(s)
            side = self.affiliation(person) if person is not None and person.type == "Person" else None
            if side is not None and side.type == "Country":
                return End(side, tok, True, "reporter's government")
        return None

    def _apposed_people(self, tok: Token) -> list[End]:
        """People named in an apposition to ``tok`` (one per person, in text order)."""
        found: dict[str, End] = {}
        for c in tok.children:
            if c.dep_ != "appos":
                continue
            for t in c.subtree:
                ent = self.m.entity_at(t)
                if ent is not None and ent.type == "Person" and ent.id not in found:
                    found[ent.id] = End(ent, t, False, f"named after '{tok.text}'")
        return list(found.values())

    def _single(self, tok: Token, allowed, depth: int) -> list[End]:
        lower = tok.lower_
        if lower in _PARTY_NOUNS and self.joint():
            hit = self._joint_description(tok, allowed)
            if hit:
                return hit
        if lower in self._relpron and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "relcl":
            return self._relative(tok, allowed, depth)  # "Belarus, which retaliated"
        if lower in self._relpron and (tok.dep_ == "dobj" and tok.head.dep_ == "relcl" or tok.dep_ == "pobj" and (
                tok.head.dep_ == "relcl" or tok.head.dep_ == "prep" and tok.head.head.dep_ == "relcl")):
            # "Belarus, which Russia backs"; "Hamas, which Egypt called on", "Iran, on which
            # Britain imposed sanctions": the object of a stranded or fronted preposition too
            return self._object_relative(tok, allowed, depth)
        if lower == "whose" and tok.dep_ == "poss" and depth < 2:
            # "Viktor Orban, whose visits to Moscow drew criticism": the relative clause's antecedent
            clause = tok.head
            for _ in range(3):
                if clause.dep_ == "relcl" or clause.head is clause:
                    break
                clause = clause.head
            if clause.dep_ == "relcl" and clause.head.pos_ in ("PROPN", "NOUN"):
                return self._single(clause.head, allowed, depth + 1)
        if lower in _SINGULAR_PRON and tok.dep_ in ("nsubj", "nsubjpass") and depth == 0:
            hit = self._reporter_pronoun(tok, allowed, depth)
            if hit:
                return hit
        if lower in self._plural and tok.pos_ == "PRON" and tok.dep_ not in ("nsubj", "nsubjpass") \
                and not any(e.token.i < tok.i for e in self.group):
            # "spoke with both leaders and urged them": the description just before, whatever
            # coordination of an earlier sentence the resolve stage gave the pronoun
            hit = self._described_before(tok, allowed, same_subject=True)
            if hit:
                return hit
        many = self.m.entities_at(tok) if self._multi else []
        misread = self._multi and tok.pos_ in _NOUNS and self.misread_plural(tok, many)
        if misread:
            self.notes.append(f"plural {tok.text!r} is not {' and '.join(e.label for e in many)}")
            many = []
        if len(many) > 1:  # "the two presidents", "U.S.-China", "they" resolved to several
            found = [End(e, tok, self.m.is_resolved_by_coref(tok), "mention") for e in many if e.type in allowed]
            if not self._speaker_among(tok, found):
                return self.as_delegation(found, allowed) if lower in self._plural else found
            # "'We call on both parties to ...,' the Ruritanian minister said": the speaker's
            # side is not one of the parties it calls on; the counted rules look further back
            self.notes.append(f"{tok.text!r}: the speaker's side is not one of {[e.entity.label for e in found]}")
            pair = earlier_pair(tok, self.m, frozenset(e.entity.id for e in found))
            return [End(e, tok, True, "pair before the speaker's") for e in pair if e.type in allowed]
        reported = self.reported_they(tok, allowed) if lower == "they" and depth == 0 else None
        if reported == []:
            return []  # "Diplomats in Vienna said they ...": nobody the article names
        if lower in self._plural and (self.group or self.prev_group or self.last_meeting
                                      or self.prev_described and lower == "they"):
            # "their forces": the coordinated actors of this sentence, not one of them
            group = self.plural_group(tok)
            if reported and group is not self.group:
                return reported  # "Malian officials said they ...", not the last sentence's pair
            ent = self.m.entity_at(tok)
            # an emptied group of a possessive ("their call on A and B"): its clause's subject
            if (group or tok.dep_ != "poss") and (ent is None or any(e.entity.id == ent.id for e in group)):
                return self.as_delegation([e._replace(token=tok, coref=True, via="plural") for e in group
                                           if e.entity.type in allowed], allowed)
        ent = None if misread else self.m.entity_at(tok)
        if tok.lower_ == "government" and depth == 0 and "Country" in allowed:
            own = self._reporters_government(tok)
            if own is not None:
                return [own]
        if tok.tag_ in ("NNS", "NNPS") and "Person" in allowed and depth < 2:
            # "accused two detained Canadians, the former diplomat A and the businessman B, of
            # ...": the people named in apposition to a plural are who it means
            people = self._apposed_people(tok)
            if len(people) > 1:
                return people
        if ent is not None and tok.dep_ == "compound" and tok.head.i < len(tok.doc):
            # "Japan-US Alliance" is one mention; its parts still name actors seen elsewhere
            span = self.m.span_at(tok)
            if span is not None and span.root.i != tok.i:
                part = self.bodies.alias(tok.text)
                if part is not None and part.id != ent.id:
                    ent = part if part.type in allowed else ent
        if ent is None and "-" in tok.text and tok.pos_ == "PROPN":
            # "U.S.-China relations": one token, two actors
            parts = [self.bodies.alias(x) for x in tok.text.split("-")]
            return [End(p, tok, False, "hyphen part") for p in parts if p is not None and p.type in allowed]
        table = doc_table(tok.doc)
        if table.pos[tok.i] == "NOUN" and any(table.dep[c] in _NON_STATE_DEPS and table.lower[c] in self._non_state
                                              for c in table.kids[tok.i]):
            # "Japanese business leaders", "Venezuelan opposition leaders" do not speak for their
            # country, whatever resolved them to it ("opposition parties" may still be a group)
            allowed = frozenset(allowed) - {"Country"}
            if ent is not None and ent.type == "Country":
                ent = None
        ruling = self._ruling_body(tok, ent, allowed) if depth < 2 else None
        if ruling is not None:
            return ruling  # "urged the authorities to", "gave the soldiers 15 days to"
        if tok.tag_ in ("NN", "NNS") and depth < 2:
            # "West African leaders imposed ...", "the Saudi-led bloc handed Doha ..."
            group = self._regional_bloc(tok, ent, allowed) or self._led_group(tok, ent, allowed) \
                or self._club_members(tok, ent, allowed)
            if group:
                return group
        if ent is not None and tok.lower_ == "its" and tok.dep_ == "poss" and depth < 2:
            # "sanctions against Russia over its invasion": the act's owner named nearest, which
            # the resolve stage's coreference (the sentence subject) does not see
            hit = self._act_owner(tok, allowed)
            if hit is not None:
                return hit
        if ent is not None:
            hit = self._mention(tok, ent, allowed, depth)
            if hit is not None:
                return hit
        if tok.pos_ == "PRON" or tok.tag_ in ("PRP", "PRP$"):
            return self._pronoun(tok, allowed)
        if ent is None and tok.pos_ == "NUM" and tok.lower_ in _COUNTED and tok.dep_ in ("nsubj", "nsubjpass") \
                and any(c.dep_ in ("det", "predet") and c.lower_ in ("the", "all") for c in tok.children) \
                and not any(c.dep_ == "prep" for c in tok.children):
            return self._counted_subject(tok, _COUNTED[tok.lower_], allowed)
        if ent is None and depth < 3 and (tok.pos_ == "NUM" or tok.lemma_.lower() in self._quantity
                                          or tok.lemma_.lower() in _CONTAINERS):
            # "hundreds of students", "dozens of Kurds": the people counted; "dismissed a list of
            # demands presented by X": whose the listed things are
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for g in c.children:
                        if g.dep_ == "pobj":
                            # (a container stands where its contents would: the same depth)
                            return self._single(g, allowed, depth + (tok.lemma_.lower() not in _CONTAINERS))
        if ent is None and tok.lower_ in self._bloc_adjs and tok.dep_ in ("amod", "compound"):
            bloc = self.bodies.alias(self._bloc_adjs[tok.lower_])
            if bloc is not None and bloc.type in allowed:
                return [End(bloc, tok, True, f"bloc adjective '{tok.text}'")]
        if tok.pos_ not in _NOUNS or depth > 2:
            return []
        if ent is None and tok.n_rights and self._multi:
            named = known_as(tok, self.m, allowed)  # "the peacekeeping force, known as X"
            if named:
                return [End(named[0], tok, False, "known as")]
        return self._noun_phrase(tok, allowed, depth)

    def _mention(self, tok: Token, ent: Entity, allowed, depth: int) -> list[End] | None:
        """A token the resolve stage named; None when it names no actor of the wanted kind."""
        if ent.type == "Organization" and ent.label.lower() in self.bodies.units and "Country" in allowed:
            # "the Government of Canada" after "the Government of India": a bare unit word is one
            # entity for every country's unit, so the country named with this mention decides
            own = self._named_owner(tok)
            if own is not None:
                end = End(own, tok, False, f"unit '{ent.label}' of")
                self._owner_of[ent.label.lower()] = end  # "the Government's concern" next
                return [end]
        if ent.type == "Organization" and ent.label.lower() in self.bodies.units and ent.label.lower() in self._owner_of:
            # "the ministry said" after "Armenia's Defence Ministry": the same country
            owner = self._owner_of[ent.label.lower()]
            if owner.entity.type in allowed:
                return [owner._replace(token=tok, coref=True, via=f"earlier '{ent.label}'")]
        if ent.type == "Organization" and depth < 4:
            # "Armenia's Defence Ministry", "the French Treasury": a unit named with its country
            # stands for the country; "the Pentagon" (no country word) stays itself
            country = self.bodies.unit_country(tok, ent)
            # a territory with its own ministries acts like a state ("Transnistria's Foreign Ministry")
            if country is not None and (country.type in allowed or "Organization" in allowed):
                end = End(country, tok, self.m.is_resolved_by_coref(tok), f"unit '{ent.label}'")
                span = self.m.span_at(tok)
                if span is not None:
                    self._owner_of[span.root.lemma_.lower()] = end
                return [end]
        if ent.type == "Group" and "Country" in allowed:
            country = self._demonym_people(tok)
            if country is not None:
                return [End(country, tok, True, f"people of '{country.label}'")]
        if ent.type in allowed:
            found = [End(ent, tok, self.m.is_resolved_by_coref(tok), "mention")]
            if tok.pos_ == "NOUN" and depth < 2:
                # "Armenian and Azerbaijani troops": the head stands for every coordinated modifier
                for child in tok.children:
                    if child.dep_ in ("amod", "compound", "nmod"):
                        for other in child.conjuncts:
                            found += [e for e in self._single(other, allowed, depth + 1)
                                      if e.entity.id not in {f.entity.id for f in found}]
                found += self._of_list(tok, ent, allowed, depth,
                                       {f.entity.id for f in found})
            return found
        if ent.type == "Location" and tok.lower_ == "kingdom" and "Country" in allowed:
            # "The Kingdom calls on ...": a monarchy's statement naming itself
            country = self.issuer() or self.dominant_country()
            if country is not None and country.type in allowed:
                return [End(country, tok, True, "the Kingdom")]
        iso3 = getattr(self.m, "place_country", {}).get(ent.id) if ent.type == "Location" else None
        if iso3 and "Country" in allowed and tok.dep_ not in ("nsubj", "nsubjpass") and not tok.is_upper:
            # "recalled its ambassador from Washington": a capital in an actor slot is its country
            country = self.m.entities.get(iso3) or self.bodies.country(iso3)
            if country is not None:
                return [End(country, tok, True, f"capital '{tok.text}'")]
        if ent.type not in ("Topic",) and tok.pos_ == "PROPN":
            self.notes.append(f"{tok.text!r} is a {ent.type}, not an actor here")
            return []
        return None

    def _named_owner(self, tok: Token) -> Entity | None:
        """The country named as the owner of the unit noun at ``tok``: "the Government of
        Canada", "Canada's government", "the Canadian government"."""
        span = self.m.span_at(tok)
        root = span.root if span is not None else tok
        # "the Government and people of Bangladesh": the "of" phrase of the last conjunct
        shared = [c for conj in root.conjuncts if conj.i > root.i for c in conj.children
                  if c.dep_ == "prep" and c.lower_ == "of"]
        for child in (*root.children, *shared):
            if child.dep_ in ("poss", "amod", "compound", "nmod") and child.i < root.i:
                cands = [child]
            elif child.dep_ == "prep" and child.lower_ == "of" and child.i > root.i:
                cands = [g for g in child.children if g.dep_ == "pobj"]
            else:
                continue
            for cand in cands:
                other = self.m.entity_at(cand)
                if other is not None and other.type == "Country":
                    return other
        return None

    def owners(self, token: Token, allowed=ACTOR_TYPES, relation: str = "") -> list[End]:
        """Actors for the target of an attitude ("condemned North Korea's test-firing")."""
        self.any_noun = True
        self.relation = relation
        try:
            return self.actors(token, allowed)
        finally:
            self.any_noun = False
            self.relation = ""
