"""People: title stripping and name chaining within an article.

"Barack Obama", "Obama", "President Obama" and "Mr. Obama" become one person
labelled with the longest full name. Two full names with different first names
("Joe Biden", "Jill Biden") never merge; a bare surname goes to the full name
introduced first before it (else the most frequent one). A name the office-holders
dictionary knows in another word order or as an acronym ("ISHIBA Shigeru", "MBS") is
labelled with the dictionary's name (:func:`dictionary_label`), and a known name the NER
tagged as an organisation ("Vassily Nebenzia" as ORG) is still a person. A lone name in
capitals ("VDA") or one in apposition with an organisation noun ("Nova Lista, the main
party of ...") that the NER calls a person is an organisation; "Yahya al-Houthi" keeps
the family name the gazetteer took for the movement. Names the NER cut, split or missed
are completed by :mod:`kg.resolve.names`; a name in apposition with a place noun
("Kenscoff, a mountain town") is a place. A name the NER calls an organisation or a place
in apposition with a described person noun ("X Y, a fugitive businessman") is a person;
a "person" only ever seen modifying a lowercase common noun ("the Embraer jet", "Hutu
extremists") is none (a site, "the Nur Khan air base", is a place); a name of two words
or more ends before an inner "of" ("X Y of Reform UK"). Two or three untagged capitalised
words after the comma that ends a title's phrase are a name ("his Special Representative
for Xland, Ana Soto,"), and "the Hon X Y" tagged as an organisation is a person.
Styles never make part of a label: leading honorifics and ranks ("the Hon", "H.E.",
"Major") and trailing post-nominal letters ("MP", "KC") are cut wherever a person's name
is taken, and letters the NER tagged apart ("X Y | KC") stand for the person; a monarch
or pope known by one name keeps the style ("Queen Elizabeth", "King Salman"), and a
father's name after "bin" ("Mohammed bin Salman") is never the bare name of the son.
A capitalised "He" inside a sentence right after a name is part of it ("Liu He").

Example:
    >>> clusters = chain_names([["Barack", "Obama"], ["Obama"], ["Michelle", "Obama"]])
    >>> [c.label for c in clusters]
    ['Barack Obama', 'Michelle Obama']
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from kg.resolve.gazetteer import fold, load_gazetteer, slug
from kg.resolve.mentions import Mentions, trim_span
from kg.resolve.names import (appositive_names, capitalised_family_names, continues_name,
                              extend_name, join_adjacent, particle_name, particle_start,
                              titled_org_name)
from kg.resolve.name_roles import (ORG_APPOSITIONS, PLACE_NOUNS, SITE_NOUNS, modifier_only, org_described,
                                   place_described, place_role)
from kg.resolve.officeholders import canonical_name, load_officeholders, name_key

__all__ = ["HONORIFICS", "strip_titles", "is_title_word", "same_person", "people_mentions",
           "name_span", "titled_name", "short_form", "is_honorific", "NOMINAL_DEPS",
           "chain_names", "NameCluster", "name_tokens", "dictionary_label", "org_described",
           "ORG_APPOSITIONS", "place_described"]

#: Honorifics and short ranks dropped before a name (titles.csv adds the rest).
HONORIFICS = frozenset({
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lady", "lord",
    "first", "sheikh", "sheik", "sayyid", "gen", "gen.", "lt", "lt.", "col", "col.", "sen", "sen.",
    "rep", "rep.", "gov", "gov.", "prof", "prof.", "pres", "pres.", "adm", "adm.",
    "maj", "maj.", "capt", "capt.", "sgt", "sgt.", "rev", "rev.", "h.e.", "excellency",
    "his", "her", "former", "late", "new", "then", "acting", "vice", "deputy", "u.s.",
    "president-elect", "secretary-general", "minister", "foreign", "prime", "state",
    "of", "the", "crown", "prince", "princess", "king", "queen", "emir", "ayatollah",
    "royal", "highness", "majesty", "custodian", "sultan", "sheikha", "dr", "brig", "brig.",
    "hon", "hon.", "rt", "rt.",  # "the Rt Hon X", "Senator the Hon Y"
    # ranks the titles table lacks ("Major Willy Ngoma", "Field Marshal X")
    "major", "lieutenant", "marshal", "field", "sergeant", "corporal",
    # styles the titles table lacks ("Taoiseach Micheal Martin", "Bishop Rolando Alvarez")
    "taoiseach", "tanaiste", "tánaiste", "bishop", "archbishop", "cardinal", "rabbi", "imam",
    # Indian styles of address ("Prime Minister Shri Narendra Modi", "Smt. Nirmala Sitharaman")
    "shri", "shrimati", "smt", "smt.",
})
#: Post-nominal letters after a name ("Anthony Albanese MP", "Jane Roe KC"): no part of it.
_POST_NOMINALS = frozenset({"MP", "QC", "KC", "OBE", "MBE", "CBE", "KBE", "DBE", "GBE", "CMG",
                            "KCMG", "GCMG", "MEP", "MLA", "MPP", "MSP", "MHA", "MHK", "TD", "AC",
                            "AO", "PC", "JP", "PhD", "FRS"})
#: Words of an honorific that names nobody on its own ("His Royal Highness", "the
#: Custodian of the Two Holy Mosques"): a span of only these is a title, never a person.
_HONORIFIC_ONLY = frozenset({"his", "her", "royal", "highness", "majesty", "excellency",
                             "crown", "prince", "princess", "king", "queen", "emir", "sheikh",
                             "custodian", "of", "the", "two", "holy", "mosques", "and", "h.e.",
                             "minister", "prime", "highnesses",
                             # ranks cut off by a full stop ("Army spokesman Brig.")
                             "brig", "brig.", "gen", "gen.", "col", "col.", "lt", "lt.",
                             "maj", "maj.", "capt", "capt.", "sgt", "sgt.", "adm", "adm."})
#: Patronymic links of Arabic names ("Mohammed bin Salman"): the short form people use is
#: the given name, the link and the father's name.
_PATRONYMIC = frozenset({"bin", "ibn", "bint"})
_POSSESSIVE = ("'s", "’s", "'", "’")
# name particles after which the name goes on ("von der Leyen", "bin Salman")
_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "dos", "du", "bin", "ibn",
                        "al", "el", "la", "le", "di", "del", "ben", "abu", "bint"})
#: Roles in which a bare word that repeats a known name is that person ("Trump, ...").
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos", "conj"})


def name_tokens(words: list[str]) -> list[str]:
    """Drop leading titles/honorifics and a trailing possessive: the bare name."""
    out = [w for w in words if w.strip()]
    while len(out) > 1 and is_title_word(out[0], len(out)):
        out = out[1:]
    if out and out[-1] in _POSSESSIVE:
        out = out[:-1]
    if out and out[-1].endswith(_POSSESSIVE[:2]):
        out[-1] = out[-1][:-2]
    return out


def is_title_word(word: str, length: int = 3) -> bool:
    """Whether a word before a name is a title, honorific or demonym, not a name.

    ``length`` is the number of words left; a country name ("U.S.") is only a
    prefix before a name of two or more words.
    """
    low = word.lower()
    if low in HONORIFICS or low in load_gazetteer().titles:
        return True
    if len(low) > 4 and low.endswith("s") and low[:-1] in load_gazetteer().titles:
        return True  # "Foreign Ministers A of X and B of Y": a plural title the NER ran into A
    hit = load_gazetteer().lookup(word)
    if hit and hit[0] == "demonym" and word.strip() not in load_gazetteer().demonyms:
        return False  # ("Germán Umaña": a given name only the accent-folded lookup reads as a demonym)
    return bool(hit and (hit[0] == "demonym" or (hit[0] == "country" and length > 2)))


def strip_titles(text: str) -> str:
    """"President Barack Obama" -> "Barack Obama"; "Mr. Obama's" -> "Obama"."""
    return " ".join(name_tokens(text.split()))


@dataclass
class NameCluster:
    """One person: the name forms seen and the mentions (indexes into the input)."""

    names: list[list[str]] = field(default_factory=list)
    members: list[int] = field(default_factory=list)

    @property
    def label(self) -> str:
        full = [n for n in self.names if len(n) > 1] or self.names
        # longest name by words then characters; the earliest wins ties
        best = max(full, key=lambda n: (len(n), len(" ".join(n))))
        return " ".join(best)

    def folded_tokens(self) -> set[str]:
        """The words of the names, save a father's name after "bin" ("Salman" in
        "Mohammed bin Salman" is another man, King Salman)."""
        return {fold(t) for n in self.names for k, t in enumerate(n)
                if k == 0 or n[k - 1].lower() not in _PATRONYMIC}


def _initial_match(a: str, b: str) -> bool:
    """"S." matches "Subrahmanyam"; otherwise equal after folding."""
    a, b = fold(a), fold(b)
    if a == b:
        return True
    if a.endswith(".") and len(a) == 2:
        return b.startswith(a[0])
    if b.endswith(".") and len(b) == 2:
        return a.startswith(b[0])
    return False


def same_person(a: list[str], b: list[str]) -> bool:
    """Whether two full names (two or more words) name the same person.

    Same first name (or initial) and the shorter name's words appear in order in
    the longer one ("Juan Santos" ~ "Juan Manuel Santos"); or the shorter is a
    suffix of a name of three or more words ("Al Nahyan" ~ "Abdullah bin Zayed
    Al Nahyan").
    """
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    fs, fl = [fold(t) for t in short], [fold(t) for t in long_]
    if fs == fl:
        return True
    if len(long_) >= 3 and fl[-len(fs):] == fs:
        # "Salman bin Abdulaziz Al Saud" ends "Mohammed bin Salman bin Abdulaziz Al Saud":
        # after "bin" it is the father's name, another person
        return fl[-len(fs) - 1] not in _PATRONYMIC if len(fl) > len(fs) else True
    if not _initial_match(short[0], long_[0]):
        return False
    pos = 1
    for word in fs[1:]:
        while pos < len(fl) and fl[pos] != word:
            pos += 1
        if pos == len(fl):
            return False
        pos += 1
    return True


#: Royal styles that go with a given name alone ("Sultan Ibrahim", "King Abdullah")
_ROYAL_STYLES = frozenset({"Sultan", "King", "Emir", "Sheikh", "Prince", "Queen", "Amir"})
#: Generational suffixes after a surname ("Martin Luther King Jr.").
_SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})


def _surname(name: list[str]) -> str:
    """The last word of a name that is not a generational suffix."""
    words = [w for w in name if fold(w) not in _SUFFIXES] or name
    return words[-1]


def chain_names(names: list[list[str]]) -> list[NameCluster]:
    """Cluster the name mentions of one article (in document order).

    Args:
        names: each mention's bare name words (titles already stripped).

    Returns:
        Clusters; ``members`` index into ``names``.
    """
    clusters: list[NameCluster] = []
    owner: dict[int, NameCluster] = {}
    # pass 1: full names
    for i, name in enumerate(names):
        if len(name) < 2:
            continue
        for cluster in clusters:
            if any(len(n) > 1 and same_person(name, n) for n in cluster.names):
                break
        else:
            cluster = NameCluster()
            clusters.append(cluster)
        cluster.names.append(name)
        cluster.members.append(i)
        owner[i] = cluster
    # pass 2: single words go to the full name seen most recently (else most often)
    singles: dict[str, NameCluster] = {}
    for i, name in enumerate(names):
        if len(name) != 1:
            continue
        word = fold(name[0])
        # "Salman" after "Mohammed bin Salman": a father's name is another man (King Salman)
        candidates = [c for c in clusters if any(len(n) > 1 for n in c.names)
                      and word in {fold(_surname(n)) for n in c.names
                                   if len(n) < 2 or n[-2].lower() not in _PATRONYMIC}]
        if not candidates:  # first names and Chinese-order surnames: "Xi", "Abiy"
            candidates = [c for c in clusters if any(len(n) > 1 for n in c.names)
                          and word in c.folded_tokens()]
        if candidates:
            # News style introduces the main person first and names a namesake in
            # full ("First Lady Ann Roe"): a bare surname is the first-introduced
            # person seen before it, else the most frequent one.
            # (an office-holder the dictionary knows before a namesake it does not: "First
            # Lady Emine Erdogan ... President Recep Tayyip Erdogan ... Erdogan urged")
            before = [c for c in candidates if c.members[0] < i]
            before = [c for c in before if any(len(n) > 1 and canonical_name(" ".join(n)) for n in c.names)] or before
            cluster = before[0] if before else max(candidates, key=lambda c: len(c.members))
        else:
            cluster = singles.get(word)
            if cluster is None:
                cluster = singles[word] = NameCluster()
                clusters.append(cluster)
        cluster.names.append(name)
        cluster.members.append(i)
        owner[i] = cluster
    return clusters


def is_honorific(span: Span) -> bool:
    """Whether a span is only an honorific ("Royal Highness", "Crown"): no actor."""
    return all(t.lower_ in _HONORIFIC_ONLY for t in span)


def short_form(name: str) -> str:
    """The form an Arabic name is commonly known by: "Mohammed bin Salman bin Abdulaziz
    Al Saud" -> "Mohammed bin Salman"; "Khalid bin Salman bin Abdulaziz" -> "Khalid bin
    Salman"; other names are returned unchanged."""
    words = name.split()
    # only a chain of fathers is dropped: "Musaed bin Mohammed Al-Aiban" keeps its family
    # name, and a king is known by his full name ("Salman bin Abdulaziz Al Saud")
    if len(words) >= 5 and words[1].lower() in _PATRONYMIC and words[3].lower() in _PATRONYMIC:
        return " ".join(words[:3])
    return name


def _known_family(written: str, short: str) -> str:
    """"Mohammed bin Abdulrahman bin Jassim Al-Thani": the short form keeps the family name
    the text writes ("Mohammed bin Abdulrahman Al-Thani") when the dictionary knows the person
    by a name with one ("Mohammed bin Abdulrahman Al Thani"; "Mohammed bin Salman" stays)."""
    if short == written:
        return short
    canon = canonical_name(short)
    words = written.split()
    last = max(i for i, w in enumerate(words) if w.lower() in _PATRONYMIC)
    family = words[last + 2:]
    if canon is None or not family or len(canon.split()) <= len(short.split()):
        return short
    return f"{short} {' '.join(family)}"


def dictionary_label(name: str) -> str:
    """The office-holders dictionary's name for a family-name-first or acronym form
    ("ISHIBA Shigeru" -> "Shigeru Ishiba", "MBS" -> "Mohammed bin Salman"), so that one
    person gets one node across articles; any other name is returned unchanged (a
    spelling the article chose, "Antonio Guterres", stays as written)."""
    words = name.split()
    if len(words) == 1:
        if not (name.isupper() and 2 <= len(name) <= 4):
            return name
        found = {h.name for h in load_officeholders().by_surname.get(name_key(name), ())}
        return found.pop() if len(found) == 1 else name
    canon = canonical_name(name)
    if canon is None or canon == name:
        return name
    if [fold(w) for w in canon.split()] == [fold(w) for w in words]:
        # the same words in the same order: the article's spelling stays, only a
        # family name in capitals ("XI Jinping") takes the usual case
        return canon if canon.lower() == name.lower() else name
    if any(w.lower() in _PATRONYMIC for w in words):
        return name  # "Abdulaziz bin Salman" and "Salman bin Abdulaziz": father and son
    # ("Antony J. Blinken": the dictionary's name is the one without the middle initial)
    plain = [w for w in words if not (len(w.rstrip(".")) == 1 and w[:1].isupper())]
    return canon if sorted(fold(w) for w in canon.split()) in (sorted(fold(w) for w in words),
                                                                sorted(fold(w) for w in plain)) \
        else name


# -- spans in a parsed doc -------------------------------------------------------
def _title_end(doc, start: int) -> bool:
    """"State Councillor Yang Jiechi" tagged from "Councillor": the word ends a title of
    two words begun before the span."""
    return start > 0 and f"{doc[start - 1].lower_} {doc[start].lower_}" in load_gazetteer().titles


def name_span(span: Span) -> Span | None:
    """A PERSON span without titles, completed where the NER cut the name short:
    "Moon Jae-in" (hyphenated given name), "Ursula von der Leyen" (particles)."""
    doc = span.doc
    start, end = span.start, span.end
    if is_honorific(span):
        return None  # "Crown Prince", "Royal Highness": a title of the name next to it
    while start > span.sent.start + 1 and doc[start].lower_ in _PATRONYMIC and \
            doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha and \
            not is_title_word(doc[start - 1].text, 3):
        start -= 1  # "Prince Khalid bin Salman" tagged from "bin": the given name is "Khalid"
    while end - start > 1 and (is_title_word(doc[start].text, end - start) or
                               end - start > 2 and _portfolio_word(doc[start])
                               or _title_end(doc, start)) \
            and not _known_whole(doc[start:end]):
        if end - start == 2 and start > 0 and not doc[start].text.endswith(".") and \
                doc[start - 1].lower_ in load_gazetteer().titles and \
                not load_gazetteer().lookup(doc[start].text):
            break  # "Defense Minister Gen Nakatani": after a title, "Gen" is a given name
        start += 1  # "Minister of Trade and Exports Ana Soto": "Exports" is no name
    of = next((t.i for t in doc[start + 2:end - 1] if t.lower_ == "of" and t.is_lower), None)
    if of is not None and all(t.pos_ == "PROPN" and not is_title_word(t.text, 3) for t in doc[start:of]):
        # "Nigel Farage of Reform UK" tagged whole: a name of two words or more ends before
        # "of" (a one-word royal "Charles of Wales" keeps it)
        end = of
    names = [t for t in doc[start:end] if t.lower_ not in _SUFFIXES]
    if len(names) == 1:
        # "President Amina Zawadi Hassan" with only "Hassan" tagged: the capitalised
        # given names before it belong to the name (titles and other names stop it)
        while start > max(span.start - 2, span.sent.start) and \
                doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() and \
                doc[start - 1].dep_ == "compound" and not doc[start - 1].ent_type_ and \
                not is_title_word(doc[start - 1].text, 3) and doc[start - 1].text.isalpha():
            start -= 1
    start = _honoured_start(doc, start, span.sent.start)
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].is_lower and doc[end + 1].is_alpha:
        end += 2
    while end < len(doc) and doc[end - 1].lower_ in _PARTICLES and doc[end].text[:1].isupper():
        end += 1
    dash = end - 1 if end - start > 2 and doc[end - 1].text == "-" else end
    if dash + 1 < len(doc) and doc[dash - 1].lower_ in ("al", "el") and doc[dash].text == "-" \
            and not doc[dash - 1].whitespace_ and not doc[dash].whitespace_ \
            and doc[dash + 1].text[:1].isupper() and doc[dash + 1].is_alpha:
        # "Mohammed Ali al-Houthi": the gazetteer took "Houthi" for the movement and cut
        # the name after "al-"; a family name after "al-" is part of the name
        end = dash + 2
    if end + 2 < len(doc) and not doc[end - 1].is_punct and _double_surname(doc[end:end + 3]):
        end += 3  # "Alix Didier Fils-Aimé" tagged PERSON up to "Didier", ORG after it
    if end + 1 < len(doc) and doc[end].text in ("Al", "Al-", "al", "Bin") and \
            doc[end + 1].text[:1].isupper() and doc[end + 1].is_alpha and \
            any(t.lower_ in _PATRONYMIC for t in doc[start:end]):
        # "Sheikh Fahad bin Jassim Al Thani" tagged without its family name
        end += 2
    span = trim_span(doc[start:end])
    if span is None:
        return None
    # "Omar García | Harfuch", "To | Lam": see kg.resolve.names; "Jane Roe KC": the
    # post-nominal letters are no part of the name
    span = extend_name(span)
    end = _without_post_nominals(span)
    if end < len(doc) and doc[end].text == "He" and not doc[end].is_sent_start and \
            doc[end - 1].whitespace_ and doc[end - 1].is_alpha:
        end += 1  # "Vice Premier Liu He met": "He" in capitals inside a sentence is a name
    return doc[span.start:end]


def _known_whole(words: Span) -> bool:
    """"Amir Khan Muttaqi": a name the office-holders dictionary knows only with its first
    word, which is also a title ("amir"), keeps that word ("King Abdullah II", known
    without "King" too, does not)."""
    whole = canonical_name(words.text) if len(words) > 2 else None
    return whole is not None and whole.split()[0].lower() == words[0].lower_ and canonical_name(words[1:].text) is None


def _honoured_start(doc: Doc, start: int, sent_start: int) -> int:
    """Where a name tagged from its surname starts when "H.E." / "the Hon" comes just
    before its given names: "H.E. Mahamat Idriss Deby Itno" with "H.E. Mahamat" tagged
    ORG, "Idriss" untagged and "Deby Itno" PERSON (the given names, up to three, are
    capitalised proper nouns that no title word stops)."""
    k = start
    while k - 1 > sent_start and start - k < 3 and doc[k - 1].pos_ == "PROPN" \
            and doc[k - 1].dep_ == "compound" and _name_word(doc[k - 1]) \
            and doc[k - 1].ent_type_ in ("", "ORG") and not is_title_word(doc[k - 1].text, 3):
        k -= 1
    return k if k < start and doc[k - 1].lower_ in _HONOURABLE else start


def _double_surname(words: Span) -> bool:
    """"Fils-Aimé", "Nandi-Ndaitwah": a capitalised hyphenated word right after a name,
    the hyphen unspaced, neither half a place, people or title."""
    first, dash, second = words
    return dash.text == "-" and not first.whitespace_ and not dash.whitespace_ and \
        first.text[:1].isupper() and second.text[:1].isupper() and \
        first.is_alpha and second.is_alpha and \
        first.ent_type_ in ("", "ORG", "PERSON") and second.ent_type_ in ("", "ORG", "PERSON") \
        and not any(load_gazetteer().lookup(t.text) or t.lower_ in load_gazetteer().titles
                    for t in (first, second))


def _acronym(span: Span) -> bool:
    """A one-word name in capitals ("VDA", "ORSAM") that no office-holder goes by."""
    text = span.text
    return len(span) == 1 and 2 <= len(text) <= 6 and text.isupper() and text.isalpha() \
        and canonical_name(text) is None


def _known_holder(span: Span) -> bool:
    """A name of the office-holders dictionary the NER tagged as something else:
    "IWAYA Takeshi" or "Vassily Nebenzia" tagged ORG."""
    if not 2 <= len(span) <= 5 or load_gazetteer().lookup(span.text) is not None:
        return False
    return canonical_name(span.text) is not None


def _folded(word: str) -> str:
    """:func:`fold` with a fast path for plain ASCII words."""
    return word.lower().strip() if word.isascii() else fold(word)


def _portfolio_word(token) -> bool:
    """A plural word that ends a title's portfolio, not a given name: "Exports" in
    "Minister of Trade and Exports Ana Soto"."""
    doc = token.doc
    # the tagger also calls given names NNPS ("Prime Minister Pushpa Kamal Dahal"): the
    # tag counts only for a plural word of a portfolio ("Affairs")
    return token.tag_ == "NNPS" and token.lower_ in _PORTFOLIO_NOUNS or (
        token.lower_.endswith("s") and token.i >= 2 and doc[token.i - 1].lower_ in ("and", "of")
        and doc[token.i - 2].text[:1].isupper() and doc[token.i - 2].ent_type_ != "PERSON")


#: Nouns that end a minister's portfolio ("Minister of Economy, Trade and Industry").
_PORTFOLIO_NOUNS = frozenset({
    "affairs", "industry", "trade", "economy", "finance", "defence", "defense", "security",
    "development", "expatriates", "planning", "energy", "health", "justice", "interior",
    "agriculture", "environment", "commerce", "tourism", "transport", "education", "labour",
    "labor", "investment", "cooperation", "communications", "information", "culture",
    "fisheries", "mines", "resources", "policy", "integration", "infrastructure", "welfare",
    "exports", "works", "housing", "youth", "sports", "technology", "innovation",
    "management", "relations", "migration", "refugees", "rights", "equality",
})


def portfolio_name(span: Span) -> Span | None:
    """"Minister of Economy, Trade and Industry Yoji Muto" tagged ORG from "Economy":
    the portfolio words the NER took into the name are cut off; returns the name at the
    end of the span, or None when the span is not a portfolio followed by a name."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ not in ("of", "for") or \
            doc[span.start - 2].lower_ not in load_gazetteer().titles:
        return None
    last = max((t.i for t in span if t.lower_ in _PORTFOLIO_NOUNS), default=None)
    if last is None:
        return None
    name = doc[last + 1:span.end]
    words = [t for t in name if t.text != "-"]  # "Park Min - soo"
    if 2 <= len(words) <= 3 and len(name) <= 5 and all(
            t.pos_ == "PROPN" and t.lower_ not in _PORTFOLIO_NOUNS for t in words) \
            and name[0].text[:1].isupper() and name[-1].text != "-":
        return name
    return None


def _portfolio_before_name(span: Span) -> Span | None:
    """The untagged name after a portfolio the NER took for an organisation
    ("Commissioner for Crisis Management Hadja Lahbib": "Crisis Management" is ORG,
    "Hadja Lahbib" nothing)."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ not in ("of", "for") or \
            doc[span.start - 2].lower_ not in load_gazetteer().titles or \
            span[-1].lower_ not in _PORTFOLIO_NOUNS:
        return None
    end = span.end
    while end < len(doc) and end - span.end < 3 and doc[end].pos_ == "PROPN" and \
            doc[end].text[:1].isupper() and not doc[end].ent_type_ and doc[end].text.isalpha():
        end += 1
    return doc[span.end:end] if end - span.end >= 2 else None


def _org_role(span: Span) -> bool:
    """A one-word "name" followed by a title and a name is an organisation:
    "Narodna Secretary-General Ivo Marek"."""
    doc = span.doc
    titles = load_gazetteer().titles
    for size in (3, 2, 1):
        words = doc[span.end:span.end + size]
        if len(words) == size and words[-1].i + 1 < len(doc) and \
                words.text.replace(" - ", "-").lower() in titles and \
                all(t.text[:1].isupper() or t.text == "-" for t in words) and \
                doc[words[-1].i + 1].ent_type_ == "PERSON":
            return True
    return False


_RANKS = frozenset({"general", "colonel", "major", "lieutenant", "brigadier", "admiral",
                    "captain", "commander", "gen", "gen.", "col", "col.", "brig", "brig.",
                    "lt", "lt.", "maj", "maj.", "capt", "capt.", "adm", "adm."})
_ROLE_NOUNS = frozenset({"spokesperson", "spokesman", "spokeswoman",
                                             "commander", "chief", "head", "officer"})


_BODY_WORDS = frozenset({"staff", "command", "headquarters", "directorate", "corps", "forces",
                         "army", "navy", "guard", "guards", "brigade", "division", "unit"})


def _ranked_name(span: Span) -> Span | None:
    """"army spokesman General Sylvain Ekenge" ("a rebel spokesman, Major X Y,") with the
    NER calling the ranked name an organisation: after a role noun, ranks and then two or
    three capitalised words that are no office or body ("General Staff", "Lieutenant
    General Command") are a person."""
    doc = span.doc
    # "A rebel spokesman, Major Willy Ngoma, said": the name may follow a comma
    role = span.start - 2 if span.start > 1 and doc[span.start - 1].text == "," else span.start - 1
    if role < 0 or doc[role].lower_ not in _ROLE_NOUNS:
        return None
    start = span.start
    while start < span.end and doc[start].lower_ in _RANKS:
        start += 1
    name = doc[start:span.end]
    if start == span.start or not 2 <= len(name) <= 3 or \
            (span.end < len(doc) and doc[span.end].lower_ in ("of", "for")):
        return None
    gaz = load_gazetteer()
    if not all(t.pos_ == "PROPN" and t.is_title and t.is_alpha and t.lower_ not in _OFFICE_WORDS
               and t.lower_ not in gaz.titles and not gaz.lookup(t.text)
               and t.lower_ not in _BODY_WORDS for t in name):
        return None
    return name


#: lower-case words inside a person's name ("Staffan de Mistura", "Ursula von der Leyen")
_NAME_INFIXES = frozenset({"de", "di", "da", "del", "della", "dos", "das", "van", "von",
                           "der", "den", "ter", "le", "la", "bin", "ibn"})


def titled_name(span: Span) -> bool:
    """A two- to four-word proper name in apposition with a title noun: a person
    ("Russia's ambassador, Vassily Nebenzia"; "The UN envoy for X, Staffan de Mistura,"
    where the parser hangs the name on the title's "for" phrase)."""
    inner = span[1:-1]
    # a hyphen written without spaces joins one given name ("Jens-Frederik Nielsen")
    joined = [t for t in inner if t.text == "-" and not t.whitespace_
              and not span.doc[t.i - 1].whitespace_]
    if not 2 <= len(span) - 2 * len(joined) <= 3 + any(t.lower_ in _NAME_INFIXES for t in inner) \
            or not all(t.pos_ == "PROPN" and t.text[:1].isupper() or t in inner and t.lower_
                       in _NAME_INFIXES or t in joined for t in span) \
            or not span[0].text[:1].isupper():
        return False
    titles = load_gazetteer().titles
    root = span.root
    nouns = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        nouns.append(root.head)
        gaz = load_gazetteer()
        if root.head.dep_ == "pobj" and root.head.head.head.pos_ == "NOUN" \
                and span.start > 0 and span.doc[span.start - 1].text == "," \
                and not any(t.lower_ in _OFFICE_WORDS or t.lower_ in _BODY_WORDS
                            or t.lower_ in titles or gaz.lookup(t.text) for t in span):
            # "envoy for Western Sahara, X" (not "the chief of the army, the X Defence
            # Forces": no word of a body or an office in the name)
            nouns.append(root.head.head.head)
    if any(n.pos_ == "NOUN" and n.lemma_.lower() in titles for n in nouns):
        return True
    # "the Premier of Greenland, X": a capitalised title the tagger read as a proper noun,
    # before the name; the name holds no word of a body ("the Chairman, Nordic Steel Group")
    gaz = load_gazetteer()
    return any(n.pos_ == "PROPN" and n.i < span.start and n.is_title and n.lower_ in titles
               for n in nouns) and not any(
        t.lower_ in _OFFICE_WORDS or t.lower_ in _BODY_WORDS or t.lower_ in _ORG_NAME_WORDS
        or t.lower_ in titles or gaz.lookup(t.text) for t in span)


#: Head words of organisations' names: a name holding one is no person's.
_ORG_NAME_WORDS = frozenset({"group", "company", "party", "bank", "union", "league", "committee",
                             "commission", "agency", "council", "institute", "corporation",
                             "holdings", "ltd", "inc", "front", "movement", "alliance"})


#: Title nouns a name in apposition with is a person's (:func:`kg.resolve.names.appositive_names`).
_APPOS_NOUNS = frozenset({"commissioner", "minister", "spokesperson", "spokesman", "spokeswoman",
                          "ambassador", "envoy", "adviser", "advisor", "secretary", "director",
                          "negotiator", "mediator", "governor", "mayor", "representative",
                          "chairman", "chairwoman", "chairperson", "leader", "chief", "head",
                          "commander", "lawmaker", "senator"})
_TITLE_NOUNS = frozenset({"spokesperson", "spokesman", "spokeswoman", "minister", "ambassador",
                          "envoy", "secretary", "director", "chairman", "chairwoman", "adviser",
                          "advisor", "chief", "commander"})
#: Capitalised words after a title that continue an office, not a name ("Secretary
#: General", "Minister of State"): a run holding one is not taken as a person.
_OFFICE_WORDS = frozenset({"general", "state", "affairs", "department", "ministry", "office",
                           "council", "of", "for", "and", "adviser", "advisor", "minister",
                           "secretary", "security", "defence", "defense", "foreign", "executive", "officer"})


def _name_hyphen(doc: Doc, i: int) -> bool:
    """A hyphen written without spaces between two capitalised words ("Waker-Uz-Zaman")."""
    return doc[i].text == "-" and not doc[i].whitespace_ and not doc[i - 1].whitespace_ \
        and i + 1 < len(doc) and doc[i + 1].is_title and doc[i - 1].is_title


def _untagged_titled_names(doc: Doc, mentions: Mentions, covered: set[int]) -> list[Span]:
    """"Ministry spokesperson He Yadong said": two or three capitalised proper nouns right
    after a title noun that the NER left untagged are a name (the tagger read "He" as a
    proper noun, not the pronoun, which is the cue)."""
    found = []
    for i in mentions.positions(_TITLE_NOUNS):
        tok = doc[i]
        # "National Security Adviser Ajit Doval": a capitalised title the tagger read as a
        # proper noun counts too when the words after it are no part of an office
        if tok.pos_ != "NOUN" and not (tok.pos_ == "PROPN" and tok.is_title):
            continue
        first = tok.i + 1
        edge = tok.right_edge.i
        if first < edge and edge + 2 < len(doc) and edge - tok.i <= 12 and doc[first].lower_ == "of" \
                and first not in covered and all(t.is_title or t.lower_ in ("of", "the", "and") for t in doc[first:edge + 1]) \
                and particle_start(doc, edge + 2) == edge + 1:
            # "General Secretary of the Communist Party of Vietnam Central Committee To Lam":
            # the office's "of" phrase ends where a name that starts with a particle begins
            first = edge + 1
        if first < len(doc) and doc[first].lower_ == "for" and tok.is_title:
            # "Deputy Prime Minister for Reintegration Oleg Serebrian": a capitalised
            # portfolio, then the name (its last two words)
            run = first + 1
            while run < len(doc) and run - first <= 7 and run not in covered and not doc[run].ent_type_ and (
                    doc[run].pos_ == "PROPN" and doc[run].is_title or doc[run].lower_ in ("and", "of")):
                run += 1
            if run - first >= 4 and doc[run - 2].pos_ == "PROPN" and doc[run - 3].lower_ not in ("and", "of"):
                found.append(doc[run - 2:run])
            continue
        end = first
        if end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and particle_start(doc, end + 1) == end:
            # "General Secretary To Lam": a capitalised function word that cannot be one in
            # its place starts the name (kg.resolve.names.particle_start)
            end += 1
        words = 0
        while end < len(doc) and words <= 2 and end not in covered and not doc[end].ent_type_:
            if doc[end].pos_ == "PROPN" and doc[end].is_title:
                words += 1
            elif not (_name_hyphen(doc, end) and end > first):
                break
            end += 1
        if tok.pos_ == "PROPN" and any(t.lower_ in _OFFICE_WORDS for t in doc[first:end]):
            continue
        # "army chief Waker-Uz-Zaman": a hyphenated name counts as the two words it joins
        if 2 <= end - first and words <= 3 and (end >= len(doc) or doc[end].pos_ != "PROPN") \
                and doc[end - 1].text != "-":
            found.append(doc[first:end])
    return found


#: Words an office's name may hold between its title noun and the comma before the
#: holder's name ("Special Representative for Sudan, X").
_OFFICE_LINKS = frozenset({"of", "for", "to", "on", "the", "and"})


def _comma_titled_names(doc: Doc, mentions: Mentions, covered: set[int]) -> list[Span]:
    """"his Special Representative for Sudan, Volker Perthes, and ...", "the Emergency
    Relief Coordinator, Martin Griffiths,": two or three untagged capitalised proper
    nouns right after the comma that ends a title's phrase are the holder's name."""
    found = []
    gaz = load_gazetteer()
    for i in mentions.positions(_APPOS_NOUNS):
        k = i + 1
        while k < len(doc) and k - i <= 5 and doc[k].text != "," and (
                doc[k].is_title or doc[k].lower_ in _OFFICE_LINKS):
            k += 1
        if k >= len(doc) or doc[k].text != ",":
            continue
        first = k + 1
        while first < len(doc) and (doc[first].lower_ == "the" or is_title_word(doc[first].text)):
            first += 1  # "..., Senator the Hon Y Z": the honorifics are no part of the name
        end = first
        while end < len(doc) and end - first <= 3 and doc[end].pos_ == "PROPN" \
                and _name_word(doc[end]) and end not in covered and not doc[end].ent_type_:
            end += 1
        words = doc[first:end]
        # "..., the Hon Ana Soto MP,": post-nominal letters may end the name
        if 2 <= len(words) <= 3 and (end >= len(doc) or doc[end].pos_ != "PROPN"
                                     or doc[end].text in _POST_NOMINALS) \
                and not any(gaz.lookup(t.text) or t.lower_ in gaz.titles for t in words):
            found.append(words)
    return found


def _name_word(token) -> bool:
    return token.is_alpha and token.is_title


def _person_in_span(span: Span) -> Span | None:
    """The person an ORG/GPE/LOC/NORP span really names, or holds, tried in this order:
    "the Hon X Y"; the portfolio itself names no organisation; "Commissioner for Crisis
    Management Hadja Lahbib" with the name left untagged; a known office holder; "army
    spokesman General X Y"; "Russia's ambassador, Vassily Nebenzia"; "Central Committee
    To Lam" with "Lam" tagged ORG; "Permanent Representative X Y"."""
    org = span.label_ == "ORG"
    for applies, find in ((org, _honoured_name), (org or span.label_ == "GPE", _styled_name),
                          (org, portfolio_name),
                          (org, _portfolio_before_name),
                          (span.label_ in ("ORG", "GPE", "NORP", "LOC"), _held_by_known),
                          (org, _ranked_name), (span.label_ in ("ORG", "GPE", "LOC"), _titled),
                          (span.label_ in ("GPE", "LOC", "ORG"), _after_title_noun),
                          (org, _listed_after_title), (org, particle_name), (org, titled_org_name),
                          (span.label_ in ("ORG", "GPE"), _person_described)):
        if applies and (name := find(span)) is not None:
            return _unstyled(name)
    return None


def _unstyled(span: Span) -> Span:
    """A person's name without the styles the NER took in: "the Hon Anthony Albanese MP"
    -> "Anthony Albanese", "H.E. Joko Widodo" -> "Joko Widodo", "Major Willy Ngoma" ->
    "Willy Ngoma"; one word of the name stays at least."""
    doc = span.doc
    start, end = span.start, _without_post_nominals(span)
    while end - start > 1 and is_title_word(doc[start].text, end - start):
        start += 1  # ("the", "Hon", "H.E." and the ranks are honorifics)
    return doc[start:end]


def _without_post_nominals(span: Span) -> int:
    """Where a name ends before its post-nominal letters ("Jane Roe KC OBE": after "Roe")."""
    end = span.end
    while end - span.start > 2 and span.doc[end - 1].text.rstrip(".") in _POST_NOMINALS:
        end -= 1
    return end


#: Honorifics of Commonwealth office holders ("the Hon X Y", "the Rt Hon X Y").
_HONOURABLE = frozenset({"hon", "hon.", "rt", "rt.", "honourable", "honorable", "h.e.",
                         "excellency"})


def _honoured_name(span: Span) -> Span | None:
    """"Senator the Hon Penny Wong MP" or "H.E. Ana Soto" tagged ORG: after "the Hon" /
    "the Rt Hon" / "H.E.", two or three capitalised proper nouns (post-nominal letters
    aside) are a person's name."""
    k = span.start
    while k < span.end and (span.doc[k].lower_ == "the" or is_title_word(span.doc[k].text)):
        k += 1
    name = span.doc[k:_without_post_nominals(span)]
    if not any(t.lower_ in _HONOURABLE for t in span.doc[span.start:k]) \
            or not 2 <= len(name) <= 3 \
            or not all(t.pos_ == "PROPN" and _name_word(t) for t in name):
        return None
    return name


#: Styles only a person goes by, which the NER takes into an organisation's name ("Bishop
#: Rolando Alvarez", "Taoiseach Micheal Martin" tagged ORG).
_PERSONAL_STYLES = frozenset({"bishop", "archbishop", "cardinal", "rabbi", "imam", "taoiseach",
                              "tanaiste", "tánaiste", "sheikh", "sheikha", "ayatollah", "mr", "mr.",
                              "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame"})


def _styled_name(span: Span) -> Span | None:
    """A personal style then two or three capitalised proper nouns no gazetteer knows:
    the person's name after the style."""
    name = span[1:]
    if span[0].lower_ not in _PERSONAL_STYLES or not 2 <= len(name) <= 3 \
            or not all(t.pos_ == "PROPN" and _name_word(t) for t in name) \
            or any(load_gazetteer().lookup(t.text) for t in name):
        return None
    return name


#: Nouns that, in apposition with a name, say it is a person's (beyond the title nouns).
_PERSON_APPOSITIONS = frozenset({"businessman", "businesswoman", "tycoon", "oligarch", "billionaire",
                                 "politician", "lawyer", "activist", "journalist", "dissident",
                                 "cleric", "banker", "economist", "founder", "candidate", "man",
                                 "woman", "warlord", "blogger"})


def _person_described(span: Span) -> Span | None:
    """"Ilan Shor, a fugitive businessman", "Kemi Badenoch, the Conservative leader": a
    name of two or three title-case words that the NER calls an organisation or a place
    and that no gazetteer knows, in apposition with a described person noun ("a", "the",
    a possessive), is a person; so is one right after such a noun ("the tycoon X Y")."""
    if not 2 <= len(span) <= 3 or not all(t.is_title and t.is_alpha for t in span):
        return None
    gaz = load_gazetteer()
    if gaz.lookup(span.text) is not None or any(gaz.lookup(t.text) is not None for t in span):
        return None
    for noun in span.root.children:
        if noun.dep_ == "appos" and noun.i >= span.end and noun.pos_ == "NOUN" \
                and (noun.lemma_.lower() in _PERSON_APPOSITIONS or noun.lemma_.lower() in _APPOS_NOUNS) \
                and any(c.dep_ in ("det", "poss") for c in noun.children):
            return span
    noun = span.root.head
    if span.root.dep_ == "appos" and noun.i == span.start - 1 and noun.pos_ == "NOUN" \
            and noun.lemma_.lower() in _PERSON_APPOSITIONS \
            and any(c.dep_ in ("det", "poss") for c in noun.children):
        return span  # "founded by the billionaire X Y": the noun right before the name
    return None


def _held_by_known(span: Span) -> Span | None:
    """A known office-holder's name the NER tagged as something else, whole ("Vassily
    Nebenzia" tagged ORG) or cut before an untagged surname ("Oleksandr" tagged ORG in
    "commander-in-chief Oleksandr Syrskyi")."""
    if _known_holder(span):
        return span
    doc = span.doc
    if len(span) <= 3 and span.end < len(doc) and not doc[span.end].ent_type_ \
            and _name_word(doc[span.end]) and _known_holder(doc[span.start:span.end + 1]):
        return doc[span.start:span.end + 1]
    return None


def _after_title_noun(span: Span) -> Span | None:
    """"Ukrainian lawmaker Oleksiy Goncharenko criticised ...", "Foreign Ministry spokesman
    Tanju Bilgic said": two or three capitalised proper nouns the NER calls a place or a
    body, right after a common title noun they hang on,
    are a person's name when the gazetteer knows none of the words as a place."""
    doc = span.doc
    if span.start == 0 or not 2 <= len(span) <= 3 \
            or not all(t.pos_ == "PROPN" and _name_word(t) for t in span):
        return None
    title = doc[span.start - 1]
    # (a capital only at the start of the sentence: "Lawmaker X Y said")
    if title.pos_ != "NOUN" or not (title.is_lower or title.i == title.sent.start) \
            or title.lower_ not in load_gazetteer().titles \
            or title.head.i not in range(span.start, span.end):
        return None
    gaz = load_gazetteer()
    if gaz.lookup(span.text) is not None or any(gaz.lookup(t.text) is not None for t in span):
        return None
    if span.label_ == "ORG" and any(t.lower_ in _BODY_WORDS or t.lower_ in _OFFICE_WORDS for t in span):
        return None  # "Army spokesman General Staff Command": a body after all
    return span


def _listed_after_title(span: Span) -> Span | None:
    """"The foreign ministers of the two countries, Thérèse Kayikwamba Wagner of Congo and
    Olivier Nduhungirehe of Rwanda, signed": two or three capitalised words the NER calls
    an organisation, listed with a person's name right after a title noun and a comma
    (the parser hangs the list on the verb), with no word of a body and none the
    gazetteer knows, are a name too; a capitalised given name the tagger left out
    before them belongs to it."""
    doc = span.doc
    start = span.start
    if start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i in range(start, span.end) \
            and doc[start - 1].ent_type_ in ("", span.label_) and _name_word(doc[start - 1]):
        start -= 1  # "Thérèse", tagged a noun
    name = doc[start:span.end]
    if not 2 <= len(name) <= 4 or start < 2 or doc[start - 1].text != "," \
            or not all(t.is_title and t.is_alpha for t in name):
        return None
    gaz = load_gazetteer()
    noun = doc[start - 2]
    while noun.head.i < noun.i and noun.dep_ in ("pobj", "prep", "compound"):
        noun = noun.head  # "ministers of the two countries": up from the "of" phrase
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in gaz.titles \
            or noun.right_edge.i != start - 2:
        return None
    if not any(c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in span.root.children) \
            or gaz.lookup(name.text) or any(t.lower_ in _ORG_NAME_WORDS or t.lower_ in _BODY_WORDS
                                            for t in name):
        return None  # (one word the gazetteer knows may be a surname: "Wagner")
    return name


def _titled(span: Span) -> Span | None:
    """A name in apposition with a title (see :func:`titled_name`), also when the NER
    tagged only its last word and left the given name before it untagged: "Prak
    Sokhonn, Cambodia's foreign minister," with "Sokhonn" read as a place."""
    if titled_name(span):
        return span
    doc = span.doc
    given = doc[span.start - 1] if len(span) == 1 and span.start > 0 else None
    if given is None or given.pos_ != "PROPN" or given.ent_type_ or given.dep_ != "compound" \
            or given.head.i != span.start or not _name_word(given) \
            or load_gazetteer().lookup(given.text):
        return None
    wider = doc[given.i:span.end]
    return wider if titled_name(wider) else None


#: NER labels a known office-holder's full name sometimes gets ("Nicolás Maduro" as a
#: WORK_OF_ART): the office-holders dictionary says it is a person.
_MISTAGGED = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE", "FAC"})


def _title_word(span: Span) -> bool:
    """"Chinese State Councilor and Foreign Minister X": one word of a title the NER called
    a person ("Councilor"), which the last word of a known title names."""
    return len(span) == 1 and span[0].is_title and span[0].lower_ in _title_last_words()


@functools.lru_cache(maxsize=1)
def _title_last_words() -> frozenset[str]:
    return frozenset(title.split()[-1] for title in load_gazetteer().titles)


#: Styles a monarch or pope known by one name goes by ("King Salman", "Pope Francis").
_ROYAL_STYLES = frozenset({"King", "Queen", "Emir", "Sultan", "Pope"})


def _royal_style(spans: list[Span], members: list[int]) -> str | None:
    """The capitalised royal style right before a one-word name, if any mention has one."""
    for index in members:
        span = spans[index]
        if span.start > 0 and span.doc[span.start - 1].text in _ROYAL_STYLES:
            return span.doc[span.start - 1].text
    return None


#: Words that join two names the NER took for one organisation ("Bourita and Albares"), or
#: after which the NER ran a name on ("Pistorius for Taurus missiles").
_NAME_SPLITS = frozenset({"and", "&"})
_NAME_RUN_ONS = frozenset({"for", "of", "on", "in", "with", "over", "at", "to"})


def _known_parts(span: Span, full_tokens: set[str]) -> list[Span]:
    """The people an ORG/GPE span names when its names are words of full names the article
    gave: "Bourita and Albares discussed" -> "Bourita", "Albares"; "asked Pistorius for
    Taurus missiles" -> "Pistorius" (the rest is no name)."""
    doc = span.doc
    run_on = next((t.i for t in span if t.lower_ in _NAME_RUN_ONS), span.end)
    cuts = [t.i for t in doc[span.start:run_on] if t.lower_ in _NAME_SPLITS]
    if run_on == span.end and not cuts:
        return []
    bounds = [span.start, *[c for cut in cuts for c in (cut, cut + 1)], run_on]
    parts = [doc[a:b] for a, b in zip(bounds[::2], bounds[1::2])]
    if all(len(p) and all(fold(t.text) in full_tokens and t.is_title for t in p) for p in parts):
        return parts
    return []


#: Tags that a known surname never gets as a person ("May" the month).
_NOT_NAME_TYPES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})


def _holder_word(token) -> bool:
    """A lone capitalised word in a nominal role that is the surname of a known
    office-holder and no place: "Dan met Sandu", "talks with Modi" (tagged GPE or not
    at all). A word inside a longer name ("Rice University") is not one."""
    doc = token.doc
    if not (token.is_title and token.is_alpha and len(token.text) >= 4) \
            or token.pos_ != "PROPN" or token.dep_ not in NOMINAL_DEPS \
            or token.ent_type_ in _NOT_NAME_TYPES:
        return False
    for k in (token.i - 1, token.i + 1):
        if 0 <= k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].is_title \
                and (doc[k].head.i == token.i or token.head.i == k):
            return False  # one word of a longer name
    return name_key(token.text) in load_officeholders().by_surname \
        and load_gazetteer().lookup(token.text) is None


def _holder_surname(span: Span) -> bool:
    """A one-word span the NER called a place or a body that is a known office-holder's
    surname ("Modi" tagged GPE, "Abiy" tagged LAW): see :func:`_holder_word`."""
    return len(span) == 1 and _holder_word(span[0])


def _holder_surname_tokens(doc: Doc, mentions: Mentions, covered: set[int]) -> list[int]:
    """Untagged known surnames ("Odinga accused Ruto"): positions of :func:`_holder_word`
    tokens not yet taken (each distinct capitalised word is looked up once)."""
    table = load_officeholders().by_surname
    words = [w for w in mentions._text_index if w[:1].isupper() and len(w) >= 4
             and w.isalpha() and name_key(w) in table]
    return sorted(i for w in words for i in mentions._text_index[w]
                  if i not in covered and not doc[i].ent_type_ and _holder_word(doc[i]))


def people_mentions(doc: Doc, mentions: Mentions, others: list[Span]) -> list[Span]:
    """Chain PERSON spans; returns the ``others`` spans not taken as people."""
    # "the carmakers' association VDA": a lone all-capitals word the NER calls a person is
    # an organisation's acronym, unless the office-holders dictionary knows it ("MBS")
    # "Srpska Lista, the main party of ...": a name in apposition with an organisation
    # noun is an organisation, whatever the NER says
    named = join_adjacent([e for e in doc.ents if e.label_ == "PERSON" and not _title_word(e) or e.label_ in _MISTAGGED
                           and canonical_name(e.text) is not None])
    orgs = {e.start for e in named if _acronym(e) or org_described(e)}
    acronyms = [Span(doc, e.start, e.end, label="ORG") for e in named if e.start in orgs]
    # "Kenscoff, a mountain town southeast of ...": a name in apposition with a place
    # noun is a place, whatever the NER says
    places = {e.start for e in named if e.start not in orgs and place_described(e)}
    acronyms += [Span(doc, e.start, e.end, label="GPE") for e in named if e.start in places]
    orgs |= places
    spans = [s for s in (name_span(e) for e in named if e.start not in orgs) if s]
    others = others + acronyms
    taken = {t.i for s in spans for t in s}
    others = [o for o in others if not any(t.i in taken for t in o)]  # "Leyen" tagged GPE
    # "Sir Alan Roe KC, who ...": letters the NER tagged apart stand for the person before
    letters = {o.start: o for o in others if len(o) == 1 and o[0].text in _POST_NOMINALS
               and o.start - 1 in taken}
    others = [o for o in others if o.start not in letters]
    full_tokens = {fold(t.text) for s in spans if len(s) > 1 for t in s}
    rest = []
    for span in others:  # "Wang" tagged ORG, "Isaias" tagged GPE
        if span.label_ in ("ORG", "GPE", "NORP", "LOC") \
                and all(fold(t.text) in full_tokens for t in span):
            spans.append(span)
        elif span.label_ in ("ORG", "GPE", "NORP", "LOC") and (parts := _known_parts(span, full_tokens)):
            spans += parts
        elif span.label_ in ("ORG", "GPE", "NORP", "LOC", "LAW") and _holder_surname(span):
            spans.append(span)
        elif (name := _person_in_span(span)) is not None:
            spans.append(name)
            full_tokens |= {fold(t.text) for t in name}
        else:
            rest.append(span)
    taken_now = {t.i for s in spans + others for t in s} | set(mentions._by_token)
    spans += _untagged_titled_names(doc, mentions, taken_now)
    spans += _comma_titled_names(doc, mentions, taken_now | {t.i for s in spans for t in s})
    spans += appositive_names(doc, mentions.positions(_APPOS_NOUNS), taken_now)
    mentions.positions(())  # lists the token texts once
    spans += capitalised_family_names(doc, mentions._text_index, taken_now)
    covered = {t.i for s in spans for t in s} | set(mentions._by_token) \
        | {t.i for s in rest for t in s}
    last_names = {fold(_surname([t.text for t in s])) for s in spans if len(s) > 1}
    # "Abiy arrived", "Xi said": any word of a full name as a subject or object
    name_words = {fold(t.text) for s in spans if len(s) > 1 for t in s if len(t.text) > 2}
    # bare surnames the NER missed: only capitalised words that fold to a known name word
    # are looked at (folding every token of the article is the costly part)
    mentions.positions(())  # lists the token texts once
    known_words = name_words | last_names
    # each distinct word once (the index lists its places), not each token
    candidates = sorted(i for w, found in mentions._text_index.items() if w[:1].isupper()
                        and _folded(w) in known_words for i in found if i not in covered)
    holders = _holder_surname_tokens(doc, mentions, covered | set(candidates))
    for token in (doc[i] for i in candidates):
        # the tagger sometimes calls a surname ADJ/NOUN ("Trump, speaking at ..."):
        # accept it in a nominal role
        nominal = token.pos_ == "PROPN" or token.dep_ in NOMINAL_DEPS
        known = fold(token.text) in last_names or (
            fold(token.text) in name_words and token.dep_ in NOMINAL_DEPS)
        if token.i not in covered and nominal and token.text[:1].isupper() and known:
            # "To | Lam", "Kayikwamba | Wagner": the particle before and the known name
            # words after it (the gazetteer may have taken one) belong to the name
            start, end = particle_start(doc, token.i), token.i + 1
            while end < len(doc) and fold(doc[end].text) in full_tokens and \
                    continues_name(doc, end):
                end += 1
            if start < token.i and fold(doc[start].text) not in full_tokens:
                start = token.i
            spans.append(doc[start:end])
    spans += [doc[i:i + 1] for i in holders]
    # "Minister for International Development and | the Pacific": words cut at a lowercase
    # "and" / "of" / "the" are no name
    spans = [s for s in spans if not (s[-1].is_lower and s[-1].pos_ in ("CCONJ", "ADP", "DET"))
             and not (len(s) == 1 and s[0].lower_ in _PORTFOLIO_NOUNS)]  # ("Minister of Foreign | Affairs")
    spans.sort(key=lambda s: s.start)
    # "the King of Malaysia, Sultan Ibrahim" after "Anwar Ibrahim": a royal style before a lone
    # word another person's surname ends with names someone else (the style stays in the name)
    surnames = {fold(s[-1].text) for s in spans if len(s) > 1}
    spans = [doc[s.start - 1:s.end] if len(s) == 1 and s.start and doc[s.start - 1].text in _ROYAL_STYLES
             and fold(s[0].text) in surnames else s for s in spans]
    dropped: set[str] = set()
    clusters = chain_names([[t.text for t in s] for s in spans])
    for cluster in clusters:
        if (all(len(n) == 1 for n in cluster.names) or all(_placed_in(spans[i]) for i in cluster.members)) and \
                all(place_role(spans[i]) for i in cluster.members):
            # "seized Dessie and Kombolcha", "fighting in Avdiivka": the NER's PERSON
            # is a town; a lone word only ever used as a place is taken as one
            for index in cluster.members:
                label = spans[index].text
                mentions.add(spans[index], mentions.entity(slug(label), label, "Location"))
            continue
        if all(modifier_only(spans[i]) for i in cluster.members):
            # "the Embraer jet was hit", then "he said": a make, a people or a thing, never
            # the antecedent of "he"; a site ("the Nur Khan air base") is a place
            for index in cluster.members:
                head = spans[index].root.head
                if head.lemma_ in PLACE_NOUNS or head.lemma_ in SITE_NOUNS:
                    label = " ".join(spans[index].text.split())
                    mentions.add(spans[index], mentions.entity(slug(label), label, "Location"))
            continue
        if all(len(n) == 1 for n in cluster.names) and any(
                _org_role(doc[i:i + 1]) for word in {spans[m].text for m in cluster.members}
                for i in mentions.positions({word}, lower=False)):
            # "Narodna Secretary-General X": the NER's PERSON heads an organisation's title;
            # every use of the word names it, tagged or not
            for word in {spans[m].text for m in cluster.members}:
                org = mentions.entity(slug(word), word, "Organization")
                for i in mentions.positions({word}, lower=False):
                    mentions.add(doc[i:i + 1], org)
            continue
        # the label is the longest name as written ("Khalid al-Mansouri", not "al - ")
        best = max(cluster.members, key=lambda i: (len(spans[i]), len(spans[i].text), -i))
        written = re.sub(r"\s+", " ", spans[best].text).strip()
        label = dictionary_label(_known_family(written, short_form(written)))
        if len(spans[best]) == 1 and (style := _royal_style(spans, cluster.members)):
            label = f"{style} {label}"  # "Queen Elizabeth", "King Salman": known by the style
        person = mentions.entity(slug(label), label, "Person")
        for index in cluster.members:
            span = spans[index]
            # a name that ends in "al-<Group>" takes the word back from the gazetteer
            tail = len(span) > 2 and span[-2].text == "-" and span[-3].lower_ in ("al", "el")
            # "Thérèse Kayikwamba Wagner": the gazetteer's one-word organisation inside
            # the name gives way to the person
            inside = [m for i in range(span.start, span.end) for m in [mentions.mention_at(doc[i])]
                      if m is not None and not m.by_coref and span.start <= m.span.start
                      and m.span.end <= span.end and m.entities[0].type in ("Organization", "Group")]
            if inside:
                dropped |= {e.id for m in inside for e in m.entities}
            mentions.add(span, person, overwrite=tail or bool(inside))
            if span.end in letters:
                mentions.add(letters[span.end], person)
        if len(spans[best]) > 1:
            dropped |= _country_surname_uses(doc, mentions, spans[best][-1].text, person)
    mentions.drop_orphans(dropped)
    return rest


def _country_surname_uses(doc: Doc, mentions: Mentions, surname: str, person) -> set[str]:
    """"Prime Minister Luis Montenegro ... Montenegro criticised Russia": the country's
    name alone, in the article of a person whose surname it is, is the person (in a
    nominal role); returns the ids of the countries that gave way."""
    hit = load_gazetteer().lookup(surname)
    if hit is None or hit[0] != "country":
        return set()
    gone = set()
    for i in mentions.positions({surname}, lower=False):
        mention = mentions.mention_at(doc[i])
        if mention is not None and not mention.by_coref and len(mention.span) == 1 \
                and mention.entities[0].type == "Country" and doc[i].dep_ in NOMINAL_DEPS:
            gone.add(mention.entities[0].id)
            mentions.add(doc[i:i + 1], person, overwrite=True)
    return gone


def _placed_in(span) -> bool:
    """"recaptured Adan Yabaal in the Middle Shabelle region": a name captured (the object of
    a verb of capture, not any place phrase: "a letter from President X in Y") and followed by
    "in" and a place the tagger knows (within three words) is itself placed there, a place."""
    doc = span.doc
    end = span.end
    return span.root.dep_ == "dobj" and end + 1 < len(doc) and doc[end].lower_ == "in" and any(
        t.ent_type_ in ("GPE", "LOC") for t in doc[end + 1:end + 4])
