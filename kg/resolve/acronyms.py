"""Acronyms defined in the text: "the Northern Valley Defence Forces (NVDF)", "the X
mission, known as XM". The long name and the acronym are one organisation for the whole
article, even when neither is in kg's gazetteer (:func:`defined_acronyms`, called by
:func:`kg.resolve.entities.resolve_named`).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.resolve.gazetteer import load_gazetteer, slug
from kg.resolve.mentions import Mentions
from kg.types import Entity

__all__ = ["defined_acronyms", "acronym_letters", "titled_acronyms"]

#: Lowercase words that may stand inside a name ("Movement for the Liberation of X").
_NAME_JOINERS = frozenset({"of", "and", "for", "the", "in", "on", "'s", "’s", "'", "’", "-", "&", "de",
                           "du", "des", "la", "el", "al"})
#: Lowercase head nouns that close an organisation's name ("the X Support mission").
_ORG_HEAD_NOUNS = frozenset({"mission", "force", "forces", "coalition", "alliance", "movement",
                             "group", "militia", "party", "council", "agency", "army",
                             "front", "brigade", "brigades", "network", "organization",
                             "organisation", "committee", "commission", "union"})
#: Names of the United Nations that head the names of its missions and agencies.
_UN_HEADS = frozenset({"UN", "U.N.", "United"})


def acronym_letters(short: str) -> str | None:
    """"SPLM-IO" -> "SPLMIO"; None for what is not an acronym ("Reuters", "2024")."""
    if not (2 <= len(short) <= 12) or " " in short or not short[:1].isupper():
        return None
    letters = [c for c in short if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    if upper < 2 or upper * 2 < len(letters) + 1 or any(c not in "-/&." and not c.isalnum()
                                                      for c in short):
        return None
    return "".join(c.upper() for c in letters)


def _initials_score(letters: str, words: list[str]) -> tuple[int, int, bool]:
    """How well ``words`` spell the acronym ``letters``: (letters matched, capitalised
    words left unmatched, whether the first word matched)."""
    k = matched = unmatched = 0
    first = False
    for n, word in enumerate(words):
        if k >= len(letters):
            unmatched += word[:1].isupper()
            continue
        if word.isupper() and len(word) > 1 and word.isalpha():  # "UN Mission": U, N
            got = 0
            for c in word:
                if k < len(letters) and c == letters[k]:
                    k, got = k + 1, got + 1
            matched += got
            first = first or (n == 0 and got > 0)
        elif word[:1].upper() == letters[k]:
            k, matched = k + 1, matched + 1
            first = first or n == 0
        elif word[:1].isupper():
            unmatched += 1
    return matched, unmatched, first


def _linking_word(doc: Doc, k: int, sent_start: int) -> bool:
    """A short lowercase word between two hyphens inside a name ("e" in "Tehreek-e-Insaf")."""
    tok = doc[k]
    return tok.is_lower and tok.is_alpha and len(tok) <= 3 and sent_start < k < len(doc) - 1 \
        and doc[k - 1].text == "-" and doc[k + 1].text == "-"


def _defined_name(doc: Doc, end: int, letters: str) -> Span | None:
    """The capitalised name that ends before ``end`` and spells ``letters``: "the Uganda
    People's Defence Forces (UPDF)" -> "Uganda People's Defence Forces"."""
    if end > 1 and doc[end - 1].text in ("'s", "\u2019s"):
        end -= 1  # "the Organisation of Islamic Cooperation's (OIC) Contact Group": no possessive
    sent_start = doc[end - 1].sent.start if end > 0 else 0
    k = end - 1
    if k >= sent_start and doc[k].lower_ in _ORG_HEAD_NOUNS:
        k -= 1  # "the Joint Support mission (JSM)"
    while k >= sent_start and end - k < 14:
        tok = doc[k]
        if "\n" in tok.text or tok.is_space:
            break
        if tok.text[:1].isupper() and tok.pos_ != "PUNCT":
            k -= 1
        elif _linking_word(doc, k, sent_start):
            k -= 1  # "Tehreek-e-Insaf", "Lashkar-e-Taiba": a linking vowel between hyphens
        elif tok.lower_ in _NAME_JOINERS and k > sent_start and (
                doc[k - 1].text[:1].isupper() or doc[k - 1].lower_ in _NAME_JOINERS
                or _linking_word(doc, k - 1, sent_start)) and (
                tok.lower_ != "the" or doc[k - 1].lower_ in ("of", "for", "in", "on")):
            k -= 1
        else:
            break
    best: tuple | None = None
    for start in range(k + 1, end):
        if not doc[start].text[:1].isupper() or doc[start].pos_ == "PUNCT":
            continue
        words = [t.text for t in doc[start:end] if t.text not in ("-", "'s", "’s", "'", "’")]
        matched, unmatched, first = _initials_score(letters, words)
        score = matched - 0.5 * unmatched
        if not (first and matched >= max(2, 0.6 * len(letters))):
            # a name translated from another language keeps its letters, not their order
            # ("National Payment Card System (NSPK)")
            initials = [w[0] for w in words if w[:1].isupper()]
            found = sum(min(letters.count(c), initials.count(c)) for c in set(letters))
            first = bool(initials) and initials[0] == letters[0]
            matched, score = found, found - 0.5 * max(0, len(initials) - found)
            # ("Alliance of Sahel States (AES)" from the French: as many capitalised
            # words as letters, all but one of them found)
            same_size = len(initials) == len(letters) and found >= len(letters) - 1
            # "Democratic Forces for the Liberation of Rwanda (FDLR)": every letter, each
            # capitalised word once, in the order of the name's own language
            anagram = len(letters) >= 3 and sorted(initials) == sorted(letters)
            if not (anagram or first and len(letters) >= 3 and (found >= 0.75 * len(letters) or same_size)):
                continue
        if best is None or score > best[0]:
            best = (score, start)
    return doc[best[1]:end] if best else None


def _occurrences(doc: Doc, text: str, mentions: Mentions) -> list[Span]:
    """Spans of the doc whose text is exactly ``text`` as whole words (one
    ``str.find`` scan per name, not per token)."""
    whole = mentions.text
    found, pos = [], whole.find(text)
    while pos >= 0:
        end = pos + len(text)
        if (pos == 0 or not whole[pos - 1].isalnum()) and \
                (end == len(whole) or not whole[end].isalnum()):
            span = doc.char_span(pos, end)
            if span is not None:
                found.append(span)
        pos = whole.find(text, end)
    return found


def _name_entity(name: Span, mentions: Mentions):
    """The entity a defined name stands for: the gazetteer's, the one mention that
    covers it all, or a new Organization (part of the UN for "UN Mission in X")."""
    gaz = load_gazetteer()
    hit = gaz.lookup(name.text)
    if hit is not None:
        kind, key = hit
        if kind == "country":
            return mentions.entity(key, gaz.countries[key].label, "Country")
        if kind == "org":
            org = gaz.orgs[key]
            return mentions.entity(org.id, org.label, org.type)
        return None  # a capital or a demonym: not a defined organisation
    inside = {id(m): m for t in name for m in [mentions.mention_at(t)] if m is not None}
    if any(e.type == "Person" for m in inside.values() for e in m.entities):
        return None  # a person's name with initials
    if len(inside) == 1:
        only = next(iter(inside.values()))
        # "the Norwegian Police Security Service (PST)": the name the letters spell and
        # the demonym that opens the organisation's label
        opened = only.span.start == name.start - 1 and (
            gaz.lookup(only.span[0].text) or ("",))[0] in ("country", "demonym")
        if (only.span.start == name.start or opened) and only.span.end == name.end and \
                only.entities[0].type in ("Organization", "Group"):
            return only.entities[0]
    label = " ".join(name.text.split())
    org = mentions.entity(slug(label), label, "Organization")
    if name[0].text in _UN_HEADS and label not in ("United Nations", "UN", "U.N.") and \
            (name[0].text != "United" or label.startswith("United Nations ")):
        un = gaz.orgs.get("United_Nations")
        if un is not None:  # "the UN Mission in South Sudan" is its own body of the UN
            mentions.entity(un.id, un.label, un.type)
            mentions.org_parent[org.id] = un.id
    return org


def defined_acronyms(doc: Doc, mentions: Mentions) -> None:
    """"the Uganda People's Defence Forces (UPDF)", "the X Support mission, known as
    XSM": the name and its acronym are one organisation in the whole article, whether or
    not the gazetteer or the NER know either; later uses of both resolve to it."""
    defined: list[tuple[Span, str]] = []
    for i in mentions.positions({"("}):
        j = i + 1
        while j < len(doc) and j - i <= 5 and doc[j].text != ")" and not doc[j].is_space:
            j += 1
        if j >= len(doc) or doc[j].text != ")" or j == i + 1:
            continue
        short = mentions.text[doc[i + 1].idx:doc[j - 1].idx + len(doc[j - 1].text)]
        letters = acronym_letters(short)
        if letters and i > 0:
            name = _defined_name(doc, i, letters)
            if name is not None:
                defined.append((name, short))
    for i in mentions.positions({"known"}):
        # "X, known as ABC," / "a coalition known as ABC"
        if i + 2 >= len(doc) or doc[i + 1].lower_ != "as" or i < 1:
            continue
        short = doc[i + 2].text
        letters = acronym_letters(short)
        end = i - 1 if doc[i - 1].text == "," else i
        if letters and end > 0:
            name = _defined_name(doc, end, letters)
            if name is not None:
                defined.append((name, short))
    for name, short in defined:
        entity = _name_entity(name, mentions)
        if entity is None:
            continue
        replaced: set[str] = set()
        for text in (name.text, short):
            for span in _occurrences(doc, text, mentions):
                old = mentions.mention_at(span[0])
                if old is not None and entity in old.entities:
                    continue
                if old is not None and not old.by_coref and old.span.start <= span.start \
                        and old.span.end >= span.end and len(old.span) > len(span) \
                        and old.entities[0].type != "Location":
                    continue  # inside a longer name ("the ABC Commission" is a body of it)
                replaced.update(e.id for t in span for m in [mentions.mention_at(t)]
                                if m is not None for e in m.entities if e is not entity)
                mentions.add(span, entity, overwrite=True)
        mentions.drop_orphans(replaced)


def titled_acronyms(doc: Doc, mentions: Mentions) -> None:
    """"External Affairs Minister Dr. S. Jaishankar is on a visit ... EAM called on the
    President": an acronym nobody defined or knows whose letters are the initials of the
    title a person named in the article bears is that person wherever it stands."""
    gaz = load_gazetteer()
    people: dict[str, Entity] = {}
    for m in mentions.mention_list:
        if m.by_coref or len(m.entities) != 1 or m.entities[0].type != "Person":
            continue
        k = m.span.start
        while k > 0 and doc[k - 1].text[:1].isupper() and (doc[k - 1].pos_ == "PROPN" or doc[k - 1].text.endswith(".")) \
                and mentions.mention_at(doc[k - 1]) is None and m.span.start - k < 6:
            k -= 1
        words = [t.text for t in doc[k:m.span.start] if not t.text.endswith(".")]
        if len(words) >= 2:
            people.setdefault("".join(w[0].upper() for w in words), m.entities[0])
    if not people:
        return
    for m in list(mentions.mention_list):
        ent = m.entities[0] if len(m.entities) == 1 else None
        if ent is None or ent.type != "Organization" or m.by_coref or len(m.span) != 1 \
                or ent.label not in people or acronym_letters(ent.label) != ent.label or gaz.lookup(ent.label):
            continue
        mentions.add(m.span, people[ent.label], overwrite=True)
