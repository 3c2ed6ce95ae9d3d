"""Ends of a relation: from a token of the parse to the canonical entity it names.

The resolve stage maps name, demonym and coreference mentions to entities
(:class:`kg.resolve.Mentions`). On top of that this module adds the few
reference mechanisms that only make sense inside one relation:

- proxy nouns: "Armenia's Defence Ministry", "Indian troops", "the report by the
  Pentagon" stand for the actor that modifies them (``proxy_nouns`` cue list);
- appositions: "Egypt's foreign minister, Ahmed Hassan";
- plural references: "they", "their forces", "the two countries" inside a sentence
  (or the next one) whose subject is a coordination of actors;
- relative pronouns: "Belarus, which retaliated" -> Belarus;
- first person inside reported speech: "we" -> the speaker's country or organisation
  (from leaderOf/memberOf facts of the resolve stage), "I" -> the speaker; outside
  quotes, "we" in an official statement -> the publishing government;
- descriptions: "a Chilean foreign minister" -> the one person the article titles so;
  "rejected the ruling", "denounces this assault" -> the agent of the last event of
  that kind in an earlier sentence;
- possessive "its" with no antecedent from the resolve stage -> the nearest singular
  actor subject up the clause chain;
- government bodies named with their country -> the country (:mod:`kg.extract.bodies`);
- counted descriptions: "the three Baltic states" -> the last acting coordination of three
  actors of that region, "both neighbours" -> failing that, the article's two principal
  actors (:mod:`kg.extract.discourse`);
- crowds and blocs: "hundreds of Kurds" -> Kurds; "European cheese" -> the European
  Union when the article names it;
- "the government", "the authorities", "police" with no owner outside a quote -> the
  country the article is about; "the Kingdom" in a ministry's statement -> its country.

Every lookup is a dict or set probe on tokens the rules already hold; nothing here
parses or matches text again.
"""
from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Token

from kg.extract import discourse
from kg.extract.bodies import Bodies
from kg.extract.lexicon import Lexicon
from kg.types import ACTOR_TYPES, Entity

__all__ = ["End", "EndFinder", "ACTOR_OR_PLACE"]

ACTOR_OR_PLACE = ACTOR_TYPES | {"Location"}
_MOD_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
_NOUNS = frozenset({"NOUN", "PROPN"})
_COUNTRYISH = frozenset({"country", "nation", "state", "government", "power", "capital"})
_SINGULAR_PRON = frozenset({"it", "he", "she"})
_POSSESSIVE = frozenset({"its", "his", "her"})
_OWNER_PREPS = frozenset({"of", "by", "from", "on", "against", "to", "for"})



def _without_title_countries(ends: list[End]) -> list[End]:
    """"Malaysian Trade Minister X" is one actor, not Malaysia and X."""
    from kg.extract.rules import _inside  # a helper of the rules module; imported late (cycle)

    people = [e for e in ends if e.entity.type == "Person"]
    return [e for e in ends if e.entity.type == "Person"
            or not any(e.token.i != p.token.i and (_inside(e.token, p.token) or _title_run(e.token, p.token))
                       for p in people)]


def _title_run(country: Token, person: Token) -> bool:
    """"Chilean Mining and Energy Minister X" misparsed as a coordination: the
    country starts a run of capitalised title words that ends in the person's name."""
    from kg.resolve.gazetteer import load_gazetteer

    if not country.i < person.i <= country.i + 10:
        return False
    between = country.doc[country.i + 1:person.i]
    words = {t.split()[-1] for t in load_gazetteer().titles}
    return all(t.pos_ == "PROPN" or t.lower_ == "and" for t in between) and \
        any(t.lower_ in words for t in between)


class End(NamedTuple):
    """A resolved end of a candidate fact."""

    entity: Entity
    token: Token
    coref: bool   # came from a pronoun / description / plural reference (lower confidence)
    via: str      # how it was found, for ``kg explain``


class EndFinder:
    """Resolves tokens to actor ends within one article (keeps sentence-local state)."""

    def __init__(self, mentions, lexicon: Lexicon):
        self.m = mentions
        self.lex = lexicon
        self._proxy = lexicon.cue("proxy_nouns")
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
        self.prev_group: list[End] = []  # ... of the previous sentence
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
        self._dominant: Entity | None | bool = False  # the article's main country (lazy)

    # -- sentence state -------------------------------------------------------
    def start_sentence(self, sent) -> None:
        """Reset the sentence state; ``sent`` is the sentence's tokens (a Span or a list)."""
        self.prev_group = self.group  # plural references reach back one sentence only
        self.group = []
        self.speaker = None
        self._remember(sent)
        for tok in sent:
            if tok.dep_ in ("nsubj", "nsubjpass", "pobj") and (tok.conjuncts or any(
                    c.dep_ in ("nmod", "compound", "appos") for c in tok.children)):
                if tok.dep_ == "pobj" and tok.head.lower_ != "by":
                    continue  # passive agents count ("signed by X and Y"), other objects do not
                ends = _without_title_countries(self.actors(tok, ACTOR_TYPES))
                if len({e.entity.id for e in ends}) >= 2:
                    self.group = ends
                    break
        if not self.group:
            # a misparsed sentence may lose the subject; any coordination of named actors will do
            for tok in sent:
                if any(c.dep_ == "conj" for c in tok.children) and self.m.entity_at(tok) is not None:
                    ends = _without_title_countries(self.actors(tok, ACTOR_TYPES))
                    if len({e.entity.id for e in ends}) >= 2:
                        self.group = ends
                        break

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

    def sentences(self, doc) -> tuple[list, dict]:
        """The article's sentences and their index by start token (computed once)."""
        if self._sents is None:
            sents = list(doc.sents)
            self._sents = (sents, {s.start: n for n, s in enumerate(sents)})
        return self._sents

    def dominant_country(self) -> Entity | None:
        """The country the article is about, or None (computed once)."""
        if self._dominant is False:
            self._dominant = discourse.dominant_country(self.m)
        return self._dominant

    def _principal_pair(self, types=("Country", "Organization", "Group")) -> list[Entity]:
        return discourse.principal_pair(self.m, types)

    def _counted(self, tok: Token, allowed) -> list[End]:
        """"the three Nordic states", "both neighbours": an earlier coordination of that
        many actors (of that region, when the adjective names one); for two, failing that,
        the article's two principal actors."""
        n = next((self._counts.get(c.lower_) for c in tok.children
                  if c.dep_ in ("nummod", "det", "predet", "amod") and c.lower_ in self._counts), None)
        if n is None:
            return []
        region = None
        for c in tok.children:
            if c.dep_ in ("amod", "compound") and self.lex.cues.get("region_" + c.lower_) is not None:
                region = self.lex.cue("region_" + c.lower_)
        for group in reversed(self.history):
            ids = {e.entity.id for e in group}
            if len(ids) == n and (region is None or all(i in region for i in ids)):
                return [e._replace(token=tok, coref=True, via=f"counted '{tok.text}'") for e in group
                        if e.entity.type in allowed]
        if n == 2 and region is None:
            return [End(e, tok, True, f"principal pair '{tok.text}'") for e in self._principal_pair()
                    if e.type in allowed]
        return []

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

    # -- resolution -----------------------------------------------------------
    def actors(self, token: Token, allowed=ACTOR_TYPES, *, conj: bool = True) -> list[End]:
        """Entities named by ``token`` and (when ``conj``) its coordinated siblings."""
        tokens = (token, *token.conjuncts) if conj else (token,)
        if conj:
            # the small model often parses "A and B C" as A nmod-of C: A with a "cc" child is a conjunct
            extra = [c for t in tokens for c in t.children
                     if c.dep_ in ("nmod", "compound") and any(g.dep_ == "cc" for g in c.children)]
            # "Iran's minister, Zarif, and the EU's chief, Mogherini": the coordination hangs off the apposition
            extra += [x for t in tokens for c in t.children if c.dep_ == "appos" for x in c.conjuncts]
            tokens = (*tokens, *extra)
        out: list[End] = []
        seen = set()
        for tok in tokens:
            for end in self._single(tok, allowed, 0):
                if end.entity.id not in seen:
                    seen.add(end.entity.id)
                    out.append(end)
        return out

    def _single(self, tok: Token, allowed, depth: int) -> list[End]:
        lower = tok.lower_
        if lower in self._relpron and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "relcl":
            return self._relative(tok, allowed, depth)
        if lower in _SINGULAR_PRON and tok.dep_ in ("nsubj", "nsubjpass") and depth == 0:
            hit = self._reporter_pronoun(tok, allowed, depth)
            if hit:
                return hit
        many = self.m.entities_at(tok) if self._multi else []
        if len(many) > 1:  # "the two presidents", "U.S.-China", "they" resolved to several
            return [End(e, tok, self.m.is_resolved_by_coref(tok), "mention") for e in many if e.type in allowed]
        if lower in self._plural and (self.group or self.prev_group):
            # "their forces": the coordinated actors of this sentence, not one of them
            group = self.group or self.prev_group
            ent = self.m.entity_at(tok)
            if ent is None or any(e.entity.id == ent.id for e in group):
                return [e._replace(token=tok, coref=True, via="plural") for e in group if e.entity.type in allowed]
        ent = self.m.entity_at(tok)
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
        if ent is not None:
            hit = self._mention(tok, ent, allowed, depth)
            if hit is not None:
                return hit
        if tok.pos_ == "PRON" or tok.tag_ in ("PRP", "PRP$"):
            return self._pronoun(tok, allowed)
        if ent is None and depth < 3 and (tok.pos_ == "NUM" or tok.lemma_.lower() in self._quantity):
            # "hundreds of students", "dozens of Kurds": the people counted
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for g in c.children:
                        if g.dep_ == "pobj":
                            return self._single(g, allowed, depth + 1)
        if ent is None and tok.lower_ in self._bloc_adjs and tok.dep_ in ("amod", "compound"):
            bloc = self.bodies.alias(self._bloc_adjs[tok.lower_])
            if bloc is not None and bloc.type in allowed:
                return [End(bloc, tok, True, f"bloc adjective '{tok.text}'")]
        if tok.pos_ not in _NOUNS or depth > 2:
            return []
        return self._noun_phrase(tok, allowed, depth)

    def _relative(self, tok: Token, allowed, depth: int) -> list[End]:
        """"Belarus, which retaliated": the relative pronoun's antecedent."""
        antecedent = tok.head.head
        # "the court in Geneva, which ruled for ...": the clause is about the court
        owner = antecedent.head.head if antecedent.dep_ == "pobj" and antecedent.head.lower_ in ("in", "at") else None
        ent = self.m.entity_at(antecedent)
        if owner is not None and ent is not None and ent.type in ("Location", "Country") and owner.pos_ in _NOUNS:
            hit = self._single(owner, allowed, depth + 1) if depth < 3 else []
            if hit:
                return hit
        hit = self._single(antecedent, allowed, depth + 1) if depth < 3 else []
        if not hit and tok.i > 0:
            # the clause often hangs off the wrong noun: "students in Serbia, which ..."
            prev = tok.doc[tok.i - 1]
            prev = tok.doc[tok.i - 2] if prev.is_punct and tok.i > 1 else prev
            if prev.i != antecedent.i and self.m.entity_at(prev) is not None:
                hit = self._single(prev, allowed, depth + 1)
        return hit

    def _reporter_pronoun(self, tok: Token, allowed, depth: int) -> list[End]:
        """"X announced that it had ...", "X said he would ...": the reporter is the antecedent."""
        lower = tok.lower_
        clause = tok.head
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in self._reporting:
            reporters = [c for c in clause.head.children if c.dep_ == "nsubj"]
            if reporters and reporters[0].lower_ not in _SINGULAR_PRON:
                hit = self._single(reporters[0], allowed, depth + 1)
                want_person = lower != "it"
                if len(hit) == 1 and (hit[0].entity.type == "Person") == want_person:
                    return [hit[0]._replace(token=tok, coref=True, via="reporter")]
        return []

    def _mention(self, tok: Token, ent: Entity, allowed, depth: int) -> list[End] | None:
        """A token the resolve stage named; None when it names no actor of the wanted kind."""
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
        if ent.type in allowed:
            found = [End(ent, tok, self.m.is_resolved_by_coref(tok), "mention")]
            if tok.pos_ == "NOUN" and depth < 2:
                # "Armenian and Azerbaijani troops": the head stands for every coordinated modifier
                for child in tok.children:
                    if child.dep_ in ("amod", "compound", "nmod"):
                        for other in child.conjuncts:
                            found += [e for e in self._single(other, allowed, depth + 1)
                                      if e.entity.id not in {f.entity.id for f in found}]
            return found
        if ent.type == "Location" and tok.lower_ == "kingdom" and "Country" in allowed:
            # "The Kingdom calls on ...": a monarchy's statement naming itself
            country = self.bodies.issuer() or self.dominant_country()
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

    def _pronoun(self, tok: Token, allowed) -> list[End]:
        """Pronouns the resolve stage left open: plural "they", first person in quotes and statements."""
        lower = tok.lower_
        if lower == "they" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ccomp" \
                and tok.head.head.lemma_.lower() in self._reporting:
            # "EU leaders warned they would ...": the reporters themselves
            reporters = [c for c in tok.head.head.children if c.dep_ == "nsubj" and c.lower_ != "they"]
            hit = [e for r in reporters for e in self._single(r, allowed, 1)]
            if hit:
                return [e._replace(token=tok, coref=True, via="reporter") for e in hit]
        if lower in self._plural:
            if not (self.group or self.prev_group):
                # "X, which trades with both neighbours, asked them to ...": a counted
                # description earlier in the sentence
                for t in tok.sent:
                    if t.i >= tok.i:
                        break
                    if t.pos_ == "NOUN" and t.tag_ == "NNS" and self.m.entity_at(t) is None:
                        hit = self._counted(t, allowed)
                        if hit:
                            return [e._replace(token=tok, via="plural") for e in hit]
            group = self.group or self.prev_group
            if not group and tok.dep_ == "nsubj" and tok.lower_ == "they" and "Country" in allowed:
                # "they expressed concern" with no coordination in sight: the article's two principal
                # countries, when two stand out
                pair = self._principal_pair()
                if len(pair) == 2 and all(e.type == "Country" for e in pair):
                    return [End(e, tok, True, "principal pair") for e in pair]
            return [e._replace(coref=True, via="plural") for e in group if e.entity.type in allowed]
        if self.speaker is not None and lower in self._we:
            aff = self.affiliation(self.speaker.entity) if self.speaker.entity.type == "Person" else self.speaker.entity
            if aff is not None and aff.type in allowed:
                return [End(aff, tok, True, "first person")]
        if self.speaker is not None and lower in self._i and self.speaker.entity.type in allowed:
            return [End(self.speaker.entity, tok, True, "first person")]
        if self.speaker is None and lower in self._we:
            # an official statement: "we" is the issuing government (from the article's source)
            issuer = self.bodies.issuer()
            if issuer is not None and issuer.type in allowed:
                return [End(issuer, tok, True, "issuer")]
        if lower in _POSSESSIVE and tok.dep_ == "poss":
            hit = self._possessor(tok, allowed)
            if hit:
                return hit
        self.notes.append(f"pronoun {tok.text!r} is not resolved")
        return []

    def _possessor(self, tok: Token, allowed) -> list[End]:
        """"Poland accused Russia of attacks on its railways", "Manila said Chinese ships
        rammed its boat": "its" is the nearest subject up the clause chain that is one
        actor of the pronoun's kind (a plural common noun such as "ships" is skipped)."""
        want_person = tok.lower_ != "its"
        node = tok.head
        for _ in range(8):
            if node.head is node:
                break
            node = node.head
            if node.pos_ not in ("VERB", "AUX"):
                continue
            for subj in (c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")):
                if subj.tag_ == "NNS" or subj.pos_ == "PRON":
                    continue
                hit = self._single(subj, ACTOR_TYPES, 1)
                if len(hit) == 1 and (hit[0].entity.type == "Person") == want_person:
                    return [hit[0]._replace(token=tok, coref=True, via="possessive")] \
                        if hit[0].entity.type in allowed else []
        return []

    def _noun_phrase(self, tok: Token, allowed, depth: int) -> list[End]:
        """Common nouns: plural references, roles, proxies ("Indian troops", "the report by X")."""
        lemma = tok.lemma_.lower()
        if any(c.lower_ == "member" and c.dep_ in ("compound", "amod", "nmod") for c in tok.children):
            return []  # "EU member states" are not the EU
        if self.any_noun or lemma in self._proxy or lemma in self._roles or tok.pos_ == "PROPN":
            # "the two countries", "both sides": the sentence's coordinated subject
            plural_ref = any(c.lower_ in ("two", "both", "three") for c in tok.children
                             if c.dep_ in ("nummod", "det", "predet", "amod"))
            if not plural_ref and tok.tag_ == "NNS" and lemma in self._collective:
                # "the neighbouring countries", "their leaders": no other owner named
                plural_ref = any(c.lower_ in ("the", "their") for c in tok.children if c.dep_ in ("det", "poss")) and \
                    not any(self.m.entity_at(c) is not None for c in tok.children)
            # people ("the two presidents") are found among this sentence's actors only
            counted = self._counted(tok, allowed) if tok.tag_ == "NNS" and lemma not in self._roles else []
            n = next((self._counts[c.lower_] for c in tok.children if c.lower_ in self._counts), None)
            if counted and (n is None or len({e.entity.id for e in (self.group or self.prev_group)}) != n):
                # "the three Nordic states" when this sentence's coordination is another one
                return counted
            if plural_ref:
                group = self.group or self.prev_group
                # "the two leaders" are people, "the two countries" are not; "the two sides" either
                if lemma in self._roles:
                    group = [e for e in group if e.entity.type == "Person"]
                elif lemma in _COUNTRYISH or lemma not in ("side", "party"):
                    # "the two militaries", "the two governments" are not the people
                    group = [e for e in group if e.entity.type != "Person"]
                if len(group) >= 2:
                    return [e._replace(coref=True, via="plural") for e in group if e.entity.type in allowed]
                if lemma in self._roles and not group and any(c.lower_ in ("two", "both") for c in tok.children):
                    # "the two prime ministers" with nobody coordinated nearby: the article's two principal people
                    return [End(e, tok, True, "principal pair") for e in self._principal_pair(("Person",))
                            if e.type in allowed]
            if lemma in self._roles and tok.tag_ != "NNS" and tok.i + 1 < len(tok.doc) \
                    and "Person" in allowed and self.m.entity_at(tok.doc[tok.i + 1]) is not None \
                    and self.m.entity_at(tok.doc[tok.i + 1]).type == "Person":
                # "his counterpart Carlos Mendez" with the name parsed away from its title
                return [End(self.m.entity_at(tok.doc[tok.i + 1]), tok, False, f"named '{tok.text}'")]
            if lemma in self._roles and tok.tag_ != "NNS":
                # "a Chilean foreign minister" is a person, not Cuba; "Indian officials" speak for India;
                # but "expelled Russia's ambassador" targets Russia (attitude / coercion targets)
                hit = self._appos(tok, allowed, depth) or self._titled(tok, lemma, allowed)
                if hit or not self.any_noun:
                    return hit
            hit = self._appos(tok, allowed, depth)
            if hit:
                return hit
            bare = not any(c.dep_ in _MOD_DEPS or c.dep_ == "prep" for c in tok.children)
            if bare and self.speaker is not None and lemma in ("government", "administration", "country", "nation") \
                    and tok.tag_ == "NN" and self.in_quote(tok):
                # "The government has filed a protest" in a quote: the speaker's government
                aff = self.affiliation(self.speaker.entity) if self.speaker.entity.type == "Person" else self.speaker.entity
                if aff is not None and aff.type in allowed:
                    return [End(aff, tok, True, "speaker's government")]
            if bare and lemma in ("government", "authority", "kingdom", "police") and not self.in_quote(tok) \
                    and (lemma == "police" or any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)):
                # "asked the government to ...", "police had beaten students": outside a quote, the country the article is about;
                # "the Kingdom" in a ministry's statement is the issuer
                country = (self.bodies.issuer() if lemma == "kingdom" else None) or self.dominant_country()
                if country is not None and country.type in allowed:
                    return [End(country, tok, True, "the article's country")]
            if bare and lemma in self._artefacts and lemma in self._owner_of:
                owner = self._owner_of[lemma]
                if owner.entity.type in allowed:
                    return [owner._replace(token=tok, coref=True, via=f"earlier '{lemma}'")]
            # "the decision within hours": an adverbial "within/after" phrase names no owner
            # ("the violence against students" names the victims, not the owner)
            victim_preps = ("against", "on") if lemma in self._attack_refs else ()
            unowned = not any(c.dep_ in _MOD_DEPS or c.dep_ == "prep" and c.lower_ in _OWNER_PREPS
                              and c.lower_ not in victim_preps for c in tok.children)
            named = self.lex.nouns.get(lemma) or self.lex.verbs.get(lemma) or ()
            agent = self.last_attacker if lemma in self._attack_refs else \
                (self.last_by_relation.get(named[0].relation) if named else None) or self.last_agent \
                if lemma in self._event_refs else \
                self.last_accuser if lemma in self._claim_refs and self.relation == "rejects" and tok.tag_ == "NNS" else None
            if unowned and agent is not None and self.relation in self._against_agent \
                    and agent.entity.type in allowed \
                    and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
                            for c in tok.children):
                # "rejected the ruling", "denounces this assault": a definite event
                # description names the agent of the last event of its kind
                return [agent._replace(token=tok, coref=True, via=f"event '{tok.text}'")]
            for child in tok.children:
                if child.dep_ == "acl" and child.tag_ == "VBN" and depth == 0 \
                        and lemma in self._attack_refs | self._event_refs | self._artefacts:
                    # "the assault launched by militants", "the measures announced by X": the agent
                    hit = [e for g in child.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj"
                           for e in self._single(p, allowed, depth + 1)]
                    if hit:
                        return [e._replace(via=f"agent of '{tok.text}'") for e in hit]
            for child in tok.children:
                if child.dep_ in _MOD_DEPS or (child.dep_ in ("prep", "agent") and child.lower_ in ("of", "by")) \
                        or (self.any_noun and child.dep_ == "prep" and child.lower_ == "from" and depth < 2) \
                        or (child.dep_ == "prep" and child.lower_ == "from" and lemma in self._collective):
                    target = child
                    if child.dep_ in ("prep", "agent"):
                        target = next((g for g in child.children if g.dep_ == "pobj"), None)
                        if target is None:
                            continue
                    hit = self._single(target, allowed, depth + 1)
                    if not hit and child.dep_ == "compound" and child.pos_ == "NOUN":
                        # "Turkish riot police" parsed as (Turkish riot) police
                        hit = [e for g in child.children if g.dep_ in ("amod", "compound")
                               for e in self._single(g, allowed, depth + 1)]
                    if hit and child.dep_ in ("amod", "compound"):
                        # "Armenian and Azerbaijani troops": coordinated modifiers, one actor each
                        for other in target.conjuncts:
                            hit += [e for e in self._single(other, allowed, depth + 1)
                                    if e.entity.id not in {h.entity.id for h in hit}]
                    if hit:
                        if lemma in self._artefacts:
                            self._owner_of[lemma] = hit[0]
                        return [e._replace(via=f"proxy '{tok.text}'") for e in hit]
        return []


    def _titled(self, tok: Token, lemma: str, allowed) -> list[End]:
        """"a Chilean foreign minister" -> the one person of the article titled so (resolve's titles)."""
        titles = getattr(self.m, "titles", None)
        if not titles or "Person" not in allowed:
            return []
        words = [c.lower_ for c in tok.lefts if c.dep_ in ("amod", "compound") and self.m.entity_at(c) is None]
        role = " ".join(words + [lemma])
        country = next((self.m.entity_at(c) for c in tok.children if c.dep_ in ("amod", "poss", "compound", "nmod")
                        and self.m.entity_at(c) is not None and self.m.entity_at(c).type == "Country"), None)
        if country is None:
            return []  # without a country the description is too loose ("a minister")
        found = [pid for pid, entries in titles.items()
                 if any(len(entry) == 3 and str(entry[0]).endswith(role) and entry[2] == country.id
                        for entry in entries)]
        if len(found) != 1 or found[0] not in self.m.entities:
            return []
        return [End(self.m.entities[found[0]], tok, True, f"title '{role}'")]

    def _appos(self, tok: Token, allowed, depth: int) -> list[End]:
        for child in tok.children:
            if child.dep_ == "appos":
                hit = self._single(child, allowed, depth + 1)
                if hit:
                    return hit
        return []

    def owners(self, token: Token, allowed=ACTOR_TYPES, relation: str = "") -> list[End]:
        """Actors for the target of an attitude ("condemned North Korea's test-firing")."""
        self.any_noun = True
        self.relation = relation
        try:
            return self.actors(token, allowed)
        finally:
            self.any_noun = False
            self.relation = ""
