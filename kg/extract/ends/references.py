"""Pronouns and relative pronouns: "which", "it", "they", "we" in quotes, "its"."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.ends._base import _NOUNS, _POSSESSIVE, _SINGULAR_PRON, End
from kg.types import ACTOR_TYPES

__all__ = ["ReferenceRules"]

#: Words of an event's name that the gazetteer may type as an organisation ("Africa Climate
#: Summit"): a clause that hosts or attends it acts on no actor.
_EVENT_WORDS = frozenset({"Summit", "Conference", "Forum", "Games", "Meeting", "Talks", "Congress",
                          "Olympics", "Expo", "Festival", "Dialogue"})


def _singular(verb: Token) -> bool:
    """Whether a relative clause's verb agrees with a singular antecedent ("which is",
    "which has", "which borders")."""
    if verb.tag_ == "VBZ":
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("is", "has", "was", "does") for c in verb.children)


def _governor(tok: Token) -> Token | None:
    """The verb whose object ``tok`` is ("urged them", "spoke with both leaders")."""
    head = tok.head.head if tok.dep_ == "pobj" else tok.head
    return head if tok.dep_ in ("dobj", "pobj", "dative") and head.pos_ in ("VERB", "AUX") else None


class ReferenceRules:
    """Mixin of :class:`~kg.extract.ends.EndFinder` (uses its state and ``_single``)."""

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
        named = self.m.entity_at(antecedent.head) if antecedent.dep_ == "appos" and antecedent.pos_ == "NOUN" else None
        if named is not None and named.type in ("Group", "Organization", "Country") and tok.lower_ in ("that", "which") \
                and depth < 3 and antecedent.is_lower:
            # "Hamas, the Islamist movement that has fought three wars with Israel": the clause is
            # about the body the description is set beside, not the words that describe it
            hit = self._single(antecedent.head, allowed, depth + 1) or hit
        if hit and tok.lower_ == "who" and antecedent.dep_ == "appos" and antecedent.pos_ == "NOUN" \
                and not any(e.entity.type == "Person" for e in hit):
            # "Juan Guaido, the National Assembly speaker who ...": "who" is the person the
            # title is set beside, not the body its words name
            person = [e for e in self._single(antecedent.head, allowed, depth + 1) if e.entity.type == "Person"]
            hit = person or hit
        if hit and depth < 3 and antecedent.conjuncts and not _singular(tok.head):
            # "Russia and China, which vetoed the text": the clause is about every conjunct
            more = [e for c in antecedent.conjuncts if c.i < tok.i for e in self._single(c, allowed, depth + 1)]
            hit += [e for e in more if e.entity.id not in {h.entity.id for h in hit}]
        if not hit and tok.i > 0:
            # the clause often hangs off the wrong noun: "students in Serbia, which ..."
            prev = tok.doc[tok.i - 1]
            prev = tok.doc[tok.i - 2] if prev.is_punct and tok.i > 1 else prev
            if prev.i != antecedent.i and self.m.entity_at(prev) is not None:
                hit = self._single(prev, allowed, depth + 1)
        if not hit and tok.lower_ == "who" and depth < 3:
            # "X, Trump's envoy for special missions, who met Y": "who" is a person; the
            # clause hung off the last noun of the description, the person heads it
            node = antecedent
            for _ in range(3):
                if node.dep_ != "pobj" or node.head.dep_ != "prep":
                    break
                node = node.head.head
            node = node.head if node.dep_ == "appos" else node
            if node.i != antecedent.i:
                hit = [e for e in self._single(node, allowed, depth + 1) if e.entity.type == "Person"]
        return hit

    def _object_relative(self, tok: Token, allowed, depth: int) -> list[End]:
        """"Yanukovich, whom the White House accused", "Belarus, which Russia backs", "KFOR,
        which Belgrade accuses of ...": an object relative pronoun is its antecedent when that
        is a person, country, group or organisation (no event) named there ("the sanctions that EU leaders endorsed", "the summit, which Kenya will
        host" are things, whatever their words resolve to)."""
        clause = tok.head if tok.head.dep_ == "relcl" else tok.head.head
        antecedent = clause.head
        if antecedent.dep_ == "appos" and antecedent.pos_ == "NOUN" and antecedent.head.pos_ == "PROPN":
            antecedent = antecedent.head  # "MONUSCO, the UN mission that Kinshasa accuses of ...": the name
        ent = self.m.entity_at(antecedent)
        kinds = ("Person",) if tok.lower_ in ("whom", "who") else ("Person", "Country", "Group", "Organization")
        named = antecedent.pos_ == "PROPN" or ent is not None and self.m.mention_at(antecedent).kind == "name"
        if ent is None or ent.type not in kinds or not named or depth >= 3 \
                or ent.type == "Organization" and set(ent.label.split()) & _EVENT_WORDS:
            return []  # "KFOR, which Belgrade accuses", not "the Africa Climate Summit, which X hosts"
        return self._single(antecedent, allowed, depth + 1)

    def reported_they(self, tok: Token, allowed) -> list[End] | None:
        """"EU leaders warned they would ...": a subject "they" of a clause a verb reports is
        its reporters; "Diplomats in Vienna said they ...": reporters that are a plural common
        noun naming no actor leave it to nobody (not the actors of an earlier sentence).
        None when ``tok`` is no such pronoun or its reporters are not found."""
        if tok.lower_ != "they" or tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ccomp" \
                or tok.head.head.lemma_.lower() not in self._reporting:
            return None
        verb = tok.head.head
        if self.in_quote(tok) and not self.in_quote(verb):
            # '"They attacked us again," Zelensky said': in the speaker's own words "they" are
            # others (the speaker would say "we"), whom the quote does not name
            self.notes.append(f"quoted pronoun {tok.text!r} is not its speaker")
            return []
        reporters = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ != "they"]
        if not reporters and verb.dep_ == "conj":
            # "X leaders condemned ... and warned they would ...": the conjoined verb's subject
            reporters = [c for c in verb.head.children if c.dep_ == "nsubj" and c.lower_ != "they"]
        # "Iran and world powers announced that they ...": every coordinated reporter
        hit = [e for r in reporters for t in (r, *r.conjuncts) for e in self._single(t, allowed, 1)]
        hit = [e for i, e in enumerate(hit) if e.entity.id not in {h.entity.id for h in hit[:i]}]
        if hit:
            return [e._replace(token=tok, coref=True, via="reporter") for e in hit]
        if reporters and all(r.pos_ == "NOUN" and r.tag_ == "NNS" and r.i < tok.i
                             and not self._single(r, ACTOR_TYPES, 1) for r in reporters):
            self.notes.append(f"pronoun {tok.text!r} is its reporters', who name no actor")
            return []
        return None

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

    def _pronoun(self, tok: Token, allowed) -> list[End]:
        """Pronouns the resolve stage left open: plural "they", first person in quotes and statements."""
        lower = tok.lower_
        reported = self.reported_they(tok, allowed)
        if reported is not None:
            return reported
        if lower in self._plural:
            if not (self.group or self.prev_group or self.last_meeting):
                # "X, which trades with both neighbours, asked them to ...": a counted
                # description earlier in the sentence
                hit = self._described_before(tok, allowed)
                if hit:
                    return hit
            group = self.plural_group(tok)
            if not group and tok.lower_ == "them":
                group = self._described_official(tok, allowed)  # "sanctioned 40 Venezuelan officials, accusing them"
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
        if self.speaker is None and (lower in self._we or lower in self._i):
            # an official statement: "we" (and the minister's "I") is the issuing government
            # (from the article's source)
            issuer = self.issuer()
            if issuer is not None and issuer.type in allowed:
                return [End(issuer, tok, True, "issuer")]
        if lower in _POSSESSIVE and tok.dep_ == "poss":
            hit = self._possessor(tok, allowed)
            if hit:
                return hit
        if lower in ("him", "her") and tok.dep_ != "poss":
            hit = self._described_official(tok, allowed)
            if hit:
                return hit
        self.notes.append(f"pronoun {tok.text!r} is not resolved")
        return []

    def _described_official(self, tok: Token, allowed) -> list[End]:
        """"expelled a Russian diplomat, accusing him of spying": "him" with no one named
        before it in the sentence is the unnamed official described there, standing for the
        country his description names ("sanctioned 40 Venezuelan officials, accusing them
        of ...": "them" and a plural description)."""
        for t in reversed(tok.doc[tok.sent.start:tok.i]):
            if any(e.type == "Person" for e in self.m.entities_at(t)):
                return []  # a named person is the nearer antecedent
            if t.pos_ == "NOUN" and t.tag_ == ("NNS" if tok.lower_ == "them" else "NN") \
                    and t.lemma_.lower() in self._roles and any(
                    c.dep_ in ("amod", "compound", "poss") for c in t.children):
                hit = [e for e in self._single(t, allowed, 1) if e.entity.type == "Country"]
                return [e._replace(token=tok, coref=True, via=f"unnamed '{t.text}'") for e in hit]
        return []

    def _described_before(self, tok: Token, allowed, same_subject: bool = False) -> list[End]:
        """"X, which trades with both neighbours, asked them to ...", "spoke with both leaders
        and urged them to ...": a counted plural description earlier in the sentence (the
        nearest one that names two actors or more) is what the pronoun refers to; with
        ``same_subject``, only one that the pronoun's verb or a verb coordinated with it
        governs ("crowds who took to the streets to greet them" have another subject)."""
        verb = _governor(tok)
        for t in reversed(tok.doc[tok.sent.start:tok.i]):
            if t.pos_ != "NOUN" or t.tag_ != "NNS" or not any(c.lower_ in self._counts for c in t.children):
                continue
            if same_subject and (verb is None or _governor(t) not in (verb, *verb.conjuncts)):
                continue
            if self.m.entity_at(t) is not None:  # the resolve stage's reading of the description
                hit = [End(e, t, True, "mention") for e in self.m.entities_at(t) if e.type in allowed]
            else:
                hit = self._counted(t, allowed) if t.lemma_.lower() not in self._roles else \
                    self._single(t, allowed, 1)
            if len({e.entity.id for e in hit}) >= 2:
                return [e._replace(token=tok, coref=True, via=f"plural '{t.text}'") for e in hit]
        return []

    def _act_owner(self, tok: Token, allowed) -> list[End] | None:
        """"sanctions against Russia over its illegal invasion of Ukraine": "its" owning an
        act (a relation noun) is the closest actor named after the clause's verb, not the
        clause subject; None when nothing fits (the subject rule decides)."""
        act = tok.head
        if act.lemma_.lower() not in self.lex.nouns:
            return None
        verb = act.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head is not verb:
            # "supply Russia with tools used in its war": a reduced relative names no actor;
            # the actor is named in the clause it hangs off
            verb = verb.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or verb.i >= tok.i:
            return None
        for i in range(tok.i - 1, verb.i, -1):
            cand = tok.doc[i]
            ent = self.m.entity_at(cand)
            if ent is None or ent.type not in ("Country", "Organization", "Group"):
                continue
            if act.dep_ == "dobj" and act.head == verb and cand.dep_ == "pobj" and cand.head.lower_ == "to" \
                    and cand.head.head == verb:
                continue  # "conveyed to the IMF its support": whom it was told is not its owner
            hit = self._single(cand, ACTOR_TYPES, 1)
            if len(hit) == 1 and hit[0].entity.type != "Person":
                return [hit[0]._replace(token=tok, coref=True, via="possessive act")] \
                    if hit[0].entity.type in allowed else []
        return None

    def _possessor(self, tok: Token, allowed) -> list[End]:
        """"Poland accused Russia of attacks on its railways", "Manila said Chinese ships
        rammed its boat": "its" is the nearest subject up the clause chain that is one
        actor of the pronoun's kind (a plural common noun such as "ships" is skipped)."""
        want_person = tok.lower_ != "its"
        if not want_person:
            hit = self._act_owner(tok, allowed)
            if hit is not None:
                return hit
        node = tok.head
        for _ in range(8):
            if node.head is node:
                break
            node = node.head
            if node.pos_ not in ("VERB", "AUX"):
                continue
            for subj in (c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")):
                # "His Royal Highness affirmed": a pronoun inside the subject cannot own it
                if subj.tag_ == "NNS" or subj.pos_ == "PRON" or subj.left_edge.i <= tok.i <= subj.right_edge.i:
                    continue
                hit = self._single(subj, ACTOR_TYPES, 1)
                if len(hit) == 1 and (hit[0].entity.type == "Person") == want_person:
                    return [hit[0]._replace(token=tok, coref=True, via="possessive")] \
                        if hit[0].entity.type in allowed else []
        return []
