"""Pronouns: he/she, it/its, they/them, and first person in quotes.

- he/she/him/his/her: the Person that is subject of the same sentence before the
  pronoun, else the subject Person of the nearest earlier sentence that names
  one (up to three back), else the last Person named there; people known to be of
  the other gender ("Ms. Merkel", "Mr. Macron") are skipped.
- it/its: the Country/Organization that is subject of the same or the previous
  sentence (so "the report ... it" is left alone unless an actor is the subject).
- they/them/their: a plural subject of the same or previous sentence: conjoined
  actors ("China and India ... they"), a Group, or a government phrase.
- we/our/I in quotes: :func:`resolve_first_person` with the quote's speaker.
"""
from __future__ import annotations

import bisect

from spacy.tokens import Doc, Token

from kg.resolve.coref_base import (_ACTOR, _LOOKBACK, _SUBJ, _appositive, _named_in,
                                   _plural_subject, _subject_entities, _subjects)
from kg.resolve.coref_binding import asked_object, bound_subject_ids
from kg.resolve.coref_relations import office_owner, sentence_owner
from kg.resolve.coref_scope import _title_words, actor_object, competes, parallel_object
from kg.resolve.mentions import Mentions
from kg.types import Entity

__all__ = ["resolve_first_person", "_HE", "_IT", "_THEY", "_genders", "_antecedent",
           "_plural_before", "_referential_it", "_conjoined_owner", "_unnamed_reporter",
           "_body_owner"]

_HE = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
_SHE = frozenset({"she", "her", "hers", "herself"})
# words right before a name that give the person's gender (honorifics, ranks, gendered
# titles such as "spokeswoman" and kinship words such as "his wife")
_MALE = frozenset({"mr.", "mr", "sir", "king", "prince", "lord", "sheikh", "emir", "sultan",
                   "spokesman", "chairman", "congressman", "duke", "emperor", "husband",
                   "son", "brother", "father", "grandson", "nephew", "uncle"})


_FEMALE = frozenset({"mrs.", "mrs", "ms.", "ms", "miss", "lady", "queen", "princess", "dame",
                     "madam", "spokeswoman", "chairwoman", "congresswoman", "councilwoman",
                     "duchess", "empress", "baroness", "countess", "wife", "widow", "daughter",
                     "sister", "mother", "granddaughter", "niece", "aunt", "sheikha"})


_IT = frozenset({"it", "its", "itself"})
_THEY = frozenset({"they", "them", "their", "theirs", "themselves"})
_WE = frozenset({"we", "us", "our", "ours", "ourselves"})
_I = frozenset({"i", "me", "my", "mine", "myself"})


def _genders(doc: Doc, mentions: Mentions) -> dict[str, str]:
    """Person id -> "m" / "f" from a word right before one of its names
    ("Mr. Obama", "Ms. Merkel", "Queen Elizabeth", "First Lady Ann Roe") or in apposition."""
    out: dict[str, str] = {}
    for mention in mentions.mention_list:
        ent = mention.entities[0]
        if mention.by_coref or ent.type != "Person":
            continue
        root = mention.span.root  # or a gendered title in apposition ("X, a spokeswoman for ...")
        nouns = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
        before = [doc[mention.span.start - 1].lower_] if mention.span.start else []
        for word in before + [n.lower_ for n in nouns if n.pos_ == "NOUN"]:
            if word in _MALE or word in _FEMALE:
                out.setdefault(ent.id, "m" if word in _MALE else "f")
    return out


def _compatible(found: list[Entity] | None, pronoun: Token, genders: dict[str, str]) -> bool:
    if not found or pronoun.lower_ not in _HE:
        return bool(found)
    wanted = "f" if pronoun.lower_ in _SHE else "m"
    return all(genders.get(e.id, wanted) == wanted for e in found)


def _sentences(doc: Doc, mentions: Mentions) -> tuple[list, list[int]]:
    """The doc's sentences and their start tokens, computed once per article."""
    return mentions.sentences()


def _plural_before(token: Token, mentions: Mentions) -> list[Entity] | None:
    """"X, friendly with both neighbours, told them to calm down": the last mention of several
    actors earlier in the pronoun's sentence, or of a group by a plural noun ("China
    criticized Western governments, accusing them of hypocrisy")."""
    for tok in reversed(token.doc[token.sent.start:token.i]):
        ents = [e for e in mentions.entities_at(tok) if e.type in _ACTOR]
        if len(ents) >= 2 or len(ents) == 1 and ents[0].type == "Group" and tok.tag_ in ("NNS", "NNPS"):
            return ents
    return None


def _root_subject(sent, mentions: Mentions, types) -> Entity | None:
    """The one entity the subject of a sentence's main verb names, if any."""
    for child in sent.root.children:
        if child.dep_ in _SUBJ:
            ents = [e for e in mentions.entities_at(child) if e.type in types] or \
                (_appositive(child, mentions, types) if not mentions.entities_at(child) else [])
            return ents[0] if len(ents) == 1 and not child.conjuncts else None
    return None


#: what one gives another: their owner is the one helped, not the subject ("come to its aid")
_HELP_NOUNS = frozenset({"aid", "help", "assistance", "rescue", "defence", "defense", "support"})


def _seen_before(entity: Entity, token: Token) -> bool:
    """Whether the text names ``entity`` before ``token`` (a pronoun looks back; only
    :func:`_cataphor` looks ahead)."""
    return not entity.mentions or min(start for start, _ in entity.mentions) < token.idx


def _cataphor(token: Token, mentions: Mentions) -> Entity | None:
    """"Speaking to reporters as he left, Trump said": a pronoun in a clause before the
    main verb refers to the main clause's subject named after it."""
    head = token
    while head.head.i != head.i and not (head.dep_ == "advcl" and head.head.dep_ != "advcl") \
            and not (head.dep_ == "prep" and head.left_edge.i == head.sent.start and head.head.pos_ == "VERB"):
        head = head.head  # up to the outermost fronted clause ("Speaking as he left")
    # ("In his call with Erdogan, Lopez Obrador said": a fronted phrase opening the sentence)
    if head.dep_ not in ("advcl", "prep") or head.i > head.head.i:
        return None
    for child in head.head.children:
        if child.dep_ in _SUBJ and child.i > token.i:
            ents = [e for e in mentions.entities_at(child) if e.type == "Person"]
            return ents[0] if len(ents) == 1 else None
    return None


def _unnamed_reporter(token: Token, mentions: Mentions) -> Token | None:
    """"The European commission said it stood ...", "Officials said they were ...": the
    subject pronoun of a clause reported by a verb refers to that verb's subject; when the
    subject is a common noun of the pronoun's number that names no actor the article knows,
    the pronoun is that noun's too, and no actor of an earlier sentence may take it.
    Returns that subject, or None."""
    if token.dep_ not in _SUBJ or token.lower_ not in ("it", "they") or token.head.dep_ != "ccomp":
        return None
    for subj in token.head.head.children:
        if subj.dep_ in _SUBJ and subj.i < token.i:
            # a common noun or a tagged name naming nobody ("the national election commission")
            common = subj.pos_ == "NOUN" or subj.pos_ == "PROPN" and subj.ent_type_ != "PERSON"
            if common and (subj.tag_ in ("NNS", "NNPS")) == (token.lower_ == "they") \
                    and not _subject_entities(subj, mentions, _ACTOR + ("Person",)):
                return subj
            return None
    return None


def _body_owner(noun: Token, mentions: Mentions) -> list[Entity]:
    """"the group's central command said it ...": a body (no title of a person) owned by one
    actor speaks for it."""
    if noun.lower_ in _title_words() or noun.tag_ != "NN":
        return []
    owners = [e for c in noun.children if c.dep_ == "poss" for e in mentions.entities_at(c)
              if e.type in _ACTOR]
    if not owners:  # "the office of Prime Minister X said ... It denied": X's country
        owners = [e for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj" for e in _actor_of(g, mentions)]
    return owners if len(owners) == 1 else []


def _actor_of(token: Token, mentions: Mentions) -> list[Entity]:
    """The actor a name stands for: itself, or for a person the country of their title."""
    out = []
    for ent in mentions.entities_at(token):
        if ent.type == "Person":
            targets = [t for _title, _rel, t in mentions.titles.get(ent.id, ()) if t]
            ent = mentions.entities.get(targets[0]) if targets else None
        if ent is not None and ent.type in _ACTOR:
            out.append(ent)
    return out


def _unnamed_topic(sent, mentions: Mentions) -> Token | None:
    """"'...,' the statement said. It also urged ...": the main clause's subject of the
    previous sentence, when it is a singular common noun that names no actor ("the
    statement", "the commission"); a main-clause "it" continues that topic, not an actor
    quoted inside. None otherwise."""
    for child in sent.root.children:
        if child.dep_ in _SUBJ:
            if child.pos_ == "NOUN" and child.tag_ == "NN" and not child.conjuncts \
                    and not _subject_entities(child, mentions, _ACTOR + ("Person",)):
                # "'...,' a spokesman said. It accused ...": a person's title is no topic
                return None if child.lower_ in _title_words() else child
            # "'Estonia will not bow,' Kallas said. It also urged ...": a person's report
            # leaves "it" no antecedent; the actors quoted inside are not the topic
            if child.lower_ in ("he", "she") or any(
                    e.type == "Person" for e in mentions.entities_at(child)):
                return child if _reported_only(sent, child) else None
            return None
    return None


def _reported_only(sent, speaker: Token) -> bool:
    """Whether every subject actor of ``sent`` other than the speaker stands in a clause the
    speaker reports (a quote or a "that" clause)."""
    root = sent.root
    if root.lemma_ not in ("say", "tell", "add", "write", "warn", "state", "insist"):
        return False
    return not any(t.dep_ in _SUBJ and t.i != speaker.i and t.head.i == root.i for t in sent)


def _antecedent(doc: Doc, token: Token, mentions: Mentions, types, plural: bool,
                genders: dict[str, str] | None = None, same_only: bool = False):
    """The entities a pronoun refers to (see the module docstring), or None
    (``same_only``: look in the pronoun's own sentence only)."""
    genders = genders or {}
    sents, starts = _sentences(doc, mentions)
    index = bisect.bisect_right(starts, token.i) - 1
    # "X spoke with Y and urged him to ...", "She told him ...": an object pronoun is never
    # its own verb's subject, in whichever sentence the candidates are found
    own = bound_subject_ids(token, mentions)
    if token.lower_ in ("it", "its") and parallel_object(token, mentions):  # "blamed X ... and accused it"
        return parallel_object(token, mentions)
    if office := office_owner(token, mentions):  # "... the agency UNHCR. Its chief X said"
        return office
    if token.dep_ == "nsubj" and token.head.dep_ == "relcl" and types == ("Person",):
        # "X's schedule includes meetings with Y, whom he last met": the sentence's owner
        owner = sentence_owner(token, mentions, types)
        if owner is not None and owner.id not in {e.id for e in mentions.entities_at(token.head.head)} \
                and _compatible([owner], token, genders):
            return [owner]
    for back in range(0, 1 if same_only else _LOOKBACK + 1):
        if index - back < 0:
            break
        sent = sents[index - back]
        before = token.i if back == 0 else None
        if back == 1 and token.lower_ == "it" and token.dep_ in _SUBJ and token.head.dep_ == "ROOT":
            topic = _unnamed_topic(sent, mentions)
            if topic is not None:  # "the group's command said ... It denied": the owner
                return _body_owner(topic, mentions) or None
        subjects = _subjects(sent, before, mentions, types)
        if plural:
            subjects = [s for s in subjects if len(s) > 1 or s[0].type == "Group"
                        or _plural_subject(sent, s[0], mentions)]
        else:
            subjects = [s for s in subjects if len(s) == 1
                        and not _plural_subject(sent, s[0], mentions)]
        subjects = [s for s in subjects if _compatible(s, token, genders)
                    and not any(e.id in own or back == 0 and not _seen_before(e, token) for e in s)]
        if back == 0 and not subjects and types == ("Person",):
            ahead = _cataphor(token, mentions)  # "As he left, Trump said ..."
            if ahead is not None and _compatible([ahead], token, genders):
                return [ahead]
        if back == 0 and len(subjects) > 1 and token.dep_ == "poss" and types != ("Person",) \
                and token.head.lemma_.lower() not in _HELP_NOUNS:  # (not "failed to come to its aid")
            # "Rwanda, which Kinshasa accuses of ..., was represented by its minister": the
            # subject of the nearest clause above the possessive, not one of a relative clause
            verb = next((a for a in token.ancestors if any(c.dep_ in _SUBJ for c in a.children)), None)
            near = [e for c in (verb.children if verb is not None else ()) if c.dep_ in _SUBJ and c.i < token.i
                    for e in _subject_entities(c, mentions, types)]
            if near and near in subjects:
                return near
        if subjects and back >= 1:
            # the main clause's subject before a fronted clause's ("Speaking as he left, Trump said")
            main = _root_subject(sent, mentions, types)
            if main is not None and any(main in s for s in subjects) and \
                    _compatible([main], token, genders) and main.id not in own:
                return [main]
        if subjects:
            return subjects[-1] if back == 0 else subjects[0]
        if types == ("Person",):
            # "Bennett's office said he would travel": the person named before it
            named = [e for e in _named_in(sent, token.i if back == 0 else None, mentions, types)
                     if _compatible([e], token, genders) and e.id not in own and _seen_before(e, token)]
            if named:
                return [named[-1]]
        if types != ("Person",) and back >= 1 and (back == 2 or competes(sent, plural)):
            break  # it/they: the same and the previous sentence, or the one before that
    return None


def _referential_it(token: Token) -> bool:
    """"its", "it" as the subject of a non-copular verb ("it said") and "it" as the object
    of a verb that takes an actor ("Israel accused it of stalling"); not "it was the
    worst", "much of it", "it is expected that", "Iran rejected it"."""
    if token.lower_ == "its":
        return True
    if token.dep_ == "dobj":
        return actor_object(token)
    return token.dep_ in _SUBJ and token.head.lemma_ != "be" and token.head.pos_ != "AUX"


def _conjoined_owner(token: Token, mentions: Mentions) -> list[Entity] | None:
    """"the European Commission and its president": "its" is the conjoined actor; "welcomed
    by General A, chairman of the council, and his deputy, B": "his" is the person conjoined
    (through an apposition the parser may hang the conjunct on)."""
    if token.lower_ not in ("its", "his", "her") or token.dep_ != "poss":
        return None
    noun = token.head
    if noun.dep_ == "conj":
        if token.lower_ == "its":
            ents = [e for e in mentions.entities_at(noun.head) if e.type in _ACTOR]
            return ents[:1] or None
        head = noun.head
        if not mentions.entities_at(head) and head.dep_ == "appos":
            head = head.head
        ents = [e for e in mentions.entities_at(head) if e.type == "Person"]
        return ents[:1] or None
    return None


def _controlled_owner(token: Token, mentions: Mentions) -> list[Entity] | None:
    """"called on Rwanda to stop its support for X", "urged Iran to halt its enrichment":
    "its" in an infinitive whose doer is the object asked is that object's."""
    if token.lower_ != "its" or token.dep_ != "poss":
        return None
    verb = token.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ == "ccomp" and verb.lemma_ in ("describe", "call") and "what" in [c.lower_ for c in verb.children]:
        verb = verb.head  # "urged Riyadh to end what he described as its aggression"
    if verb.dep_ not in ("xcomp", "advcl") or any(c.dep_ in _SUBJ for c in verb.children):
        return None
    asked = asked_object(verb)
    ents = [e for e in mentions.entities_at(asked) if e.type in _ACTOR] if asked is not None else []
    return ents[:1] or None


def resolve_first_person(token: Token, speaker: Entity | None,
                         mentions: Mentions | None = None) -> Entity | None:
    """The entity a first-person word in a quote stands for.

    "I", "me", "my" -> the speaker. "we", "us", "our" -> the speaker's country or
    organisation when known (a person's leaderOf / memberOf target, preferring a
    country), else the speaker itself (a country or organisation speaking).

    Args:
        token: the first-person token.
        speaker: the quote's speaker (found by the extractor's quote attribution).
        mentions: the article's mentions, to look up the speaker's affiliation.

    Returns:
        The entity, or None when the token is not first person or no speaker is known.
    """
    if speaker is None:
        return None
    low = token.lower_
    if low in _I:
        return speaker
    if low not in _WE:
        return None
    if speaker.type != "Person" or mentions is None:
        return speaker
    country = mentions.country_of(speaker)
    if country is not None:
        return country
    for fact in mentions.static_facts:
        if fact.subject_id == speaker.id and fact.predicate in ("leaderOf", "memberOf"):
            return mentions.entities.get(fact.object_id) or speaker
    return speaker
