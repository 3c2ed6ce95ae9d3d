"""Completing people's names the NER cut, split or missed (used by :mod:`kg.resolve.people`).

The small English model tags many non-English names in pieces. Each rule below reads
the parse, not a list of names, so it holds for names it has never seen:

- two PERSON spans side by side, the first a compound of the second, are one name
  ("Mr. Muktar | Mohamed Ware");
- after a title, or after the comma that closes a title's phrase ("Head of MINUSMA,"), up
  to two untagged capitalised words that are compounds of the name are its given names
  ("President Mahamat Idriss | Deby Itno");
- an Arabic particle joins the parts of a name the NER cut ("Reem | bint | Ebrahim Al
  Hashimy", "Abdel Fattah | el-Sissi");
- a name goes on over a capitalised word that its last word is a compound of, when the
  NER left that word out or the gazetteer took it for an organisation ("Omar García |
  Harfuch", "Thérèse Kayikwamba | Wagner" with "Wagner" read as the Wagner Group);
- a capitalised function word right before a name, in the middle of a sentence, is part
  of it ("General Secretary To Lam", "An Ho-young"); at the start of a sentence only
  when the preposition reading leaves the verb without a subject ("To Lam said ...");
- two or three untagged capitalised words in apposition with a title noun are a person
  ("Otty Patiño, the government's peace commissioner"), the first one even when the tagger
  calls it a common noun at the start of a sentence ("Succes Masra, leader of ...");
- two or three untagged capitalised words after the comma that closes a title's phrase
  are the holder's name, without a style before it ("his Special Representative for
  Sudan, Volker Perthes", "Minister of Foreign Affairs, Hon Nanaia Mahuta");
- a name goes on over a one-word place the gazetteer does not know ("Council President
  Jerry Matthews | Matjila" with the family name tagged GPE);
- an organisation span that is a title or style followed by a name is the name ("Permanent
  Representative Vassily Nebenzia", "Hon Penny Wong" tagged ORG); a one-word organisation
  after such a function word is a name too ("... Central Committee To Lam" with "Lam"
  tagged ORG);
- a family name in capitals before a given name ("IWAYA Takeshi", the style of some
  foreign ministries) is a person after an honorific ("Ms. TAKAICHI Sanae") or when the
  office-holders dictionary knows the name.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.resolve.gazetteer import load_gazetteer
from kg.resolve.groups import load_group_nouns
from kg.resolve.officeholders import canonical_name

__all__ = ["join_adjacent", "extend_name", "particle_start", "continues_name",
           "appositive_names", "titled_org_name", "particle_name", "capitalised_family_names"]

#: Capitalised nouns that follow a name without being part of it ("the Xi Jinping
#: Thought", "a Donald Trump Administration"): organisation and document heads.
_NOT_NAME_WORDS = frozenset({
    "thought", "administration", "government", "doctrine", "foundation", "plan", "tower",
    "center", "centre", "institute", "cabinet", "initiative", "university", "school", "party",
    "movement", "front", "group", "bridge", "airport", "street", "avenue", "square",
    "stadium", "prize", "award", "act", "law", "era", "regime", "camp", "faction",
    "coalition", "alliance", "council", "committee", "commission", "ministry", "office",
    "memorial", "museum", "hall", "house", "palace", "station", "road", "brigade", "brigades",
    "forces", "force", "army", "militia", "company", "corporation", "fund", "trust",
    # bodies a rank word may open ("the General Police Inspectorate", "General Prosecutor's")
    "police", "inspectorate", "secretariat", "agency", "bureau", "assembly", "court",
    "authority", "prosecutor", "prosecutors", "procuracy", "department", "board", "chamber",
    "tribunal", "parliament", "directorate", "bank",
})
#: Words of offices and military bodies, never of a name ("General Staff Command").
_OFFICE_WORDS = frozenset({"staff", "command", "headquarters", "directorate", "corps", "navy",
                           "guard", "guards", "division", "unit", "general", "affairs", "state",
                           "security", "defence", "defense", "foreign", "of", "for", "and",
                           "service", "services", "operations", "intelligence", "mission"})
#: Parts of speech a lowercase word has that, capitalised mid-sentence before a name,
#: is a name of its own ("To Lam", "Do Hung", "An Ho-young").
_FUNCTION_POS = frozenset({"ADP", "PART", "DET", "SCONJ", "CCONJ", "ADV", "PRON", "AUX"})
_NOT_PARTICLES = frozenset({"the", "a", "i", "and", "or", "but", "of", "for", "in", "on", "at"})


def _name_like(tok: Token) -> bool:
    return tok.is_alpha and tok.text[:1].isupper()


def continues_name(doc: Doc, i: int) -> bool:
    """Whether token ``i`` continues the name that ends at ``i - 1``: the name's last
    word is a compound of it, and it is a capitalised proper noun that is no title,
    country, place or organisation head ("Omar García Harfuch")."""
    if i >= len(doc) or i == 0:
        return False
    prev, tok = doc[i - 1], doc[i]
    # "Rimtalba Jean | Emmanuel Ouedraogo": both given names compounds of the surname after
    shared_head = tok.dep_ == "compound" and tok.head.i == prev.head.i > i
    if prev.dep_ != "compound" or not (prev.head.i == i or shared_head) or tok.pos_ != "PROPN" \
            or not _name_like(tok):
        return False
    if tok.ent_type_ not in ("", "ORG", "PERSON") and not _stray_place(tok) or tok.lower_ in _NOT_NAME_WORDS:
        return False
    gaz = load_gazetteer()
    if tok.lower_ in gaz.titles:
        return False
    hit = gaz.lookup(tok.text)
    # a gazetteer organisation under a one-word alias ("Wagner") can be a family name;
    # a country, demonym, capital or region cannot
    return hit is None or hit[0] == "org"


def _stray_place(tok: Token) -> bool:
    """"Council President Jerry Matthews | Matjila": a family name the tagger took for a
    place on its own (a one-word place the gazetteer does not know; a known one stops the
    name through the lookup after this)."""
    return tok.ent_type_ in ("GPE", "LOC") and tok.ent_iob_ == "B" and \
        (tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")


def particle_start(doc: Doc, start: int) -> int:
    """Where a name starting at ``start`` really starts: one word earlier when that word is
    a capitalised function word that cannot be one in its place ("To Lam")."""
    if start == 0:
        return start
    tok = doc[start - 1]
    if tok.pos_ not in _FUNCTION_POS or not tok.is_title or not tok.is_alpha or \
            tok.lower_ in _NOT_PARTICLES or tok.whitespace_ == "":
        return start
    if tok.i > tok.sent.start:
        before = doc[tok.i - 1]
        # after a full stop, colon, quote or dash a capital is the sentence's own
        return start if before.is_punct or before.is_space or before.is_quote else start - 1
    # "To Lam said ...": the preposition's clause would have no subject
    verb = tok.head
    if tok.dep_ == "prep" and verb.pos_ in ("VERB", "AUX") and \
            not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) and \
            doc[start].head.i == tok.i and doc[start].dep_ == "pobj":
        return start - 1
    return start


def _given_names_before(doc: Doc, start: int, end: int) -> int:
    """Where a name tagged from ``start`` starts when the NER left out its first given
    names: up to two untagged capitalised proper nouns right before it, compounds of a word
    of the name, that are no title, place or organisation word, and that follow a title
    ("President Mahamat Idriss | Deby Itno"); ``start`` otherwise."""
    from kg.resolve.people import is_title_word  # late: kg.resolve.people imports us

    gaz = load_gazetteer()
    first = start
    while start - first < 2 and first - 1 > doc[start].sent.start:
        tok = doc[first - 1]
        if tok.pos_ != "PROPN" or not _name_like(tok) or tok.ent_type_ or tok.dep_ != "compound" \
                or not start <= tok.head.i < end or is_title_word(tok.text) \
                or tok.lower_ in _NOT_NAME_WORDS or tok.lower_ in _OFFICE_WORDS \
                or gaz.lookup(tok.text) is not None \
                or f"{doc[first - 2].lower_} {tok.lower_}" in gaz.titles:  # ("State Councilor")
            break
        first -= 1
    if first == start:
        return start
    title = doc[first - 1]
    # only after a title: a capitalised word alone before a name may be anything; or after
    # the comma that closes a title's phrase ("Head of the Mission, Mahamat | Saleh Annadif")
    if title.text == ",":
        return first if _closes_title_phrase(doc, title.i) else start
    return first if is_title_word(title.text) and title.text[:1].isupper() else start


def _closes_title_phrase(doc: Doc, comma: int) -> bool:
    """Whether the comma at ``comma`` ends a title's phrase: "Head of MINUSMA,", "the
    Special Representative for Sudan," (the phrase's words read back to a title word)."""
    from kg.resolve.people import is_title_word  # late: kg.resolve.people imports us

    i = comma - 1
    while i >= max(doc[comma].sent.start, comma - 7) and (
            doc[i].lower_ in _TITLE_LINKS or doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper()):
        if is_title_word(doc[i].text) and doc[i].text[:1].isupper():
            return True
        i -= 1
    return False


#: Lowercase particles inside Arabic names: "Reem bint Ebrahim", "Mohammed bin Salman",
#: "Abdel Fattah el-Sissi" (the article before a hyphen).
_NAME_PARTICLES = frozenset({"bin", "bint", "ibn"})
_NAME_ARTICLES = frozenset({"el", "al", "ad", "ar", "as", "ash", "at", "az", "an"})


def _particle_end(doc: Doc, end: int) -> int:
    """Where a name ending at ``end`` really ends when an Arabic particle and a capitalised
    word follow it ("Abdel Fattah | el-Sissi", "Mohammed | bin Salman"); ``end`` otherwise."""
    tok = doc[end] if end < len(doc) else None
    if tok is None or end + 1 >= len(doc):
        return end
    if tok.lower_ in _NAME_ARTICLES and doc[end + 1].text == "-" and end + 2 < len(doc) \
            and _name_like(doc[end + 2]) and doc[end + 1].whitespace_ == "" and tok.whitespace_ == "":
        return end + 3
    if tok.lower_ in _NAME_PARTICLES and _name_like(doc[end + 1]):
        return end + 2
    return end


def extend_name(span: Span) -> Span:
    """The name ``span`` with the particle before it, the given names the NER left out
    before it and the words after it that continue it (see the module docstring)."""
    doc = span.doc
    start, end = particle_start(doc, span.start), span.end
    if start == span.start:
        start = _given_names_before(doc, start, end)
    if start >= 2 and doc[start - 1].lower_ in _NAME_PARTICLES and _name_like(doc[start - 2]) \
            and doc[start - 2].ent_type_ == "PERSON":
        start -= 2  # "Reem | bint | Ebrahim Al Hashimy": the given name the NER tagged apart
    while end - start < 6:
        after = _particle_end(doc, end)
        if after == end and not continues_name(doc, end):
            break
        end = after if after > end else end + 1
    return span if (start, end) == (span.start, span.end) else doc[start:end]


def join_adjacent(spans: list[Span]) -> list[Span]:
    """"Muktar | Mohamed Ware": PERSON spans side by side, the first's last word a
    compound inside the second, are one name."""
    out: list[Span] = []
    for span in spans:
        last = out[-1] if out else None
        if last is not None and last.end == span.start and last[-1].dep_ == "compound" and \
                span.start <= last[-1].head.i < span.end:
            out[-1] = Span(span.doc, last.start, span.end, label=span.label_)
        else:
            out.append(span)
    return out


#: Nouns of office that make a name in apposition with them a person's.
_APPOS_TITLES = frozenset({"commissioner", "minister", "spokesperson", "spokesman",
                           "spokeswoman", "ambassador", "envoy", "adviser", "advisor",
                           "secretary", "director", "chief", "head", "leader", "president",
                           "chairman", "chairwoman", "chairperson", "negotiator", "mediator",
                           "governor", "mayor", "commander", "representative", "lawmaker",
                           "senator", "official", "diplomat", "general"})


def _unknown_given_name(tok: Token) -> bool:
    """"Succes Masra, leader of ...": a given name the tagger does not know, opening the
    sentence, is tagged as a common noun; its capital says nothing there, the compound of
    a proper noun in apposition with a title does."""
    return tok.pos_ == "NOUN" and tok.i == tok.sent.start and tok.is_alpha and \
        tok.lower_ not in load_group_nouns()  # "Protesters X, leader of ..." is no name


#: Words of a title's own phrase between the title and the comma before the name
#: ("Special Representative for Sudan, Volker Perthes").
_TITLE_LINKS = frozenset({"for", "of", "on", "to", "the", "and", "in"})
#: Styles before a name in the formal usage of Commonwealth governments ("Senator the Hon").
_STYLES = frozenset({"the", "hon", "honourable", "honorable", "rt", "right", "senator", "dr", "mr",
                     "mrs", "ms", "sir", "dame", "his", "her", "excellency", "h.e"})
#: The styles among them that only ever stand before a person's name ("H.E." is "His /
#: Her Excellency" in communiqués: "H.E. Mohamed Bazoum" tagged ORG).
_HONOURS = frozenset({"hon", "honourable", "honorable", "rt", "h.e"})
#: What may follow a name in apposition: the end of the apposition or of the sentence.
_NAME_ENDS = frozenset({",", ".", ";", ":", ")", "and", "-", "--", "\u2014"})


def _plain_name_word(tok: Token, covered: set[int]) -> bool:
    """An untagged capitalised proper noun no list knows as a title, office or place word."""
    gaz = load_gazetteer()
    return tok.pos_ == "PROPN" and _name_like(tok) and not tok.ent_type_ and tok.i not in covered \
        and tok.lower_ not in gaz.titles and tok.lower_ not in _NOT_NAME_WORDS \
        and tok.lower_ not in _OFFICE_WORDS and gaz.lookup(tok.text) is None


def _name_after_title(doc: Doc, i: int, covered: set[int]) -> Span | None:
    """"his Special Representative for Sudan, Volker Perthes, and ...", "the group's
    spokesman, Abu Obeida, said": two or three untagged capitalised words right after the
    comma that closes a title's phrase are the holder's name (the parser often hangs them
    on the title's place as a conjunct, so the words are read, not the tree)."""
    j = i + 1
    while j < min(i + 7, len(doc)) and doc[j].text != "," and (
            doc[j].lower_ in _TITLE_LINKS or doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper()):
        j += 1
    if j >= len(doc) - 2 or doc[j].text != "," or doc[j].sent.start != doc[i].sent.start:
        return None
    start = j + 1
    while start < min(j + 4, len(doc)) and doc[start].lower_.rstrip(".") in _STYLES:
        start += 1  # "..., the Hon Nanaia Mahuta": the style is no part of the name
    end = start
    while end < len(doc) and end - start < 3 and _plain_name_word(doc[end], covered):
        end += 1
    if not 2 <= end - start <= 3 or end < len(doc) and doc[end].text not in _NAME_ENDS:
        return None
    return doc[start:end]


def appositive_names(doc: Doc, title_positions, covered: set[int]) -> list[Span]:
    """"Otty Patiño, the government's peace commissioner": two or three untagged
    capitalised proper nouns whose apposition is a title noun are a person's name; so are
    those right after the comma that ends a title's phrase ("his Special Representative for
    Sudan, Volker Perthes")."""
    found = []
    for i in title_positions:
        noun = doc[i]
        after = _name_after_title(doc, i, covered) or _appos_name(doc, i, covered)
        if after is not None:
            found.append(after)
            continue
        if noun.dep_ != "appos" or noun.pos_ != "NOUN" or noun.lemma_.lower() not in _APPOS_TITLES:
            continue
        head = noun.head
        if head.pos_ != "PROPN" or head.i >= noun.i or head.i in covered or head.ent_type_:
            continue
        start = head.i
        while start > head.sent.start and doc[start - 1].dep_ == "compound" and \
                doc[start - 1].head.i == head.i and (doc[start - 1].pos_ == "PROPN" or
                                                     _unknown_given_name(doc[start - 1])) and \
                _name_like(doc[start - 1]) and not doc[start - 1].ent_type_ and \
                start - 1 not in covered:
            start -= 1
        words = doc[start:head.i + 1]
        gaz = load_gazetteer()
        while len(words) > 2 and words[0].lower_.rstrip(".") in gaz.titles:
            words = words[1:]  # "General Brice Oligui Nguema, the head of ...": the rank is no part of the name
        if not 2 <= len(words) <= 3 or not all(_name_like(t) for t in words):
            continue
        if any(gaz.lookup(t.text) or t.lower_ in gaz.titles or t.lower_ in _NOT_NAME_WORDS
               for t in words):
            continue
        found.append(words)
    return found


def _appos_name(doc: Doc, i: int, covered: set[int]) -> Span | None:
    """"A spokesman for the junta in Naypyitaw, Zaw Min Tun, rejected ...": two to four
    untagged capitalised proper nouns the parser sets in apposition with a title noun
    before them, however long the title's own phrase, are the holder's name."""
    noun = doc[i]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _APPOS_TITLES:
        return None
    for head in noun.rights:
        if head.dep_ != "appos" or head.pos_ != "PROPN" or head.i - noun.i > 12:
            continue
        start = head.i
        while start - 1 > noun.i and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == head.i:
            start -= 1
        words = doc[start:head.i + 1]
        if 2 <= len(words) <= 4 and doc[start - 1].text == "," and \
                all(_plain_name_word(t, covered) for t in words) and \
                (head.i + 1 >= len(doc) or doc[head.i + 1].text in _NAME_ENDS):
            return words
    return None


def titled_org_name(span: Span) -> Span | None:
    """"Permanent Representative Vassily Nebenzia" tagged ORG: the title words the NER
    took in are dropped and the two or three capitalised words left are the name."""
    gaz = load_gazetteer()
    titles = gaz.titles
    words = [t.lower_ for t in span]
    cut = 0
    for k in range(1, len(span) - 1):  # the last title word before two name words
        if any(" ".join(words[j:k]) in titles for j in range(k)) or words[k - 1].rstrip(".") in _HONOURS:
            cut = k  # "Hon Penny Wong" tagged ORG: the style is a title here too
    if not cut or not all(t.text[:1].isupper() for t in span[:cut]):
        return None
    if not cut:
        return None
    name = span[cut:]
    if not 2 <= len(name) <= 3 or not all(t.pos_ == "PROPN" and _name_like(t) for t in name):
        return None
    if any(gaz.lookup(t.text) or t.lower_ in titles or t.lower_ in _NOT_NAME_WORDS
           or t.lower_ in _OFFICE_WORDS for t in name):
        return None  # "General Staff Command": a body, not a ranked person
    return name


def particle_name(span: Span) -> Span | None:
    """"Central Committee To | Lam" with "Lam" tagged ORG: a one-word organisation right
    after a capitalised function word that cannot be one in its place is a person's name
    (organisations are not named "To X"); None otherwise."""
    if len(span) != 1 or span[0].ent_id_ or load_gazetteer().lookup(span.text) is not None:
        return None
    start = particle_start(span.doc, span.start)
    return span.doc[start:span.end] if start < span.start else None


_HONORIFICS = frozenset({"mr", "mr.", "ms", "ms.", "mrs", "mrs.", "h.e.", "dr", "dr."})


def capitalised_family_names(doc: Doc, index: dict[str, list[int]], covered: set[int]) -> list[Span]:
    """"IWAYA Takeshi", "Ms. TAKAICHI Sanae": a word in capitals followed by a given name,
    neither tagged, is a person when an honorific comes before it or the office-holders
    dictionary knows the name (acronyms before a capitalised word, "NATO Summit", have
    neither). ``index`` maps each token text to its positions (listed once per article:
    only the distinct words in capitals are looked at)."""
    found = []
    gaz = load_gazetteer()
    for word in [w for w in index if w.isupper() and len(w) > 2]:
        if not word.isalpha() or gaz.lookup(word):
            continue
        for i in index[word]:
            if i + 1 >= len(doc) or i in covered or i + 1 in covered:
                continue
            given = doc[i + 1].text
            if not (given[:1].isupper() and given[1:].islower() and given.isalpha()):
                continue
            honoured = i > 0 and doc[i - 1].lower_ in _HONORIFICS
            if honoured or canonical_name(f"{word} {given}") is not None:
                found.append(doc[i:i + 2])
    return sorted(found, key=lambda span: span.start)
