"""The country an article is about: for titles and descriptions that name none.

- :func:`issuer_country`: the government that published the article, from its source
  ("Ruritanian Ministry of Trade", "UK Home Office (press release)");
- :func:`issuer_body`: the same as an id, or the international organisation whose own
  release it is ("United Nations Secretary-General", "NATO");
- :func:`joint_parties`: the countries that issued a joint statement, from its title
  ("Joint Statement of the United States and the Republic of Korea");
- :func:`opening_parties`: the same from a joint text's own opening, "We, the G7 Foreign
  Ministers of ..., condemn" (the group) or "We, the President of A, X, and the Prime
  Minister of B, Y, met today" (each government listed);
- :func:`statement_author`: the official whose own statement it is, from its title
  ("Statement from President Joe Biden on ...");
- :func:`dateline`: the place line that opens an agency report ("JUBA —", "NAIROBI,
  Kenya (AP) —", "ABUJA, March 3 (Reuters) -", "Xville, 3 May 2024, RPA --"), read
  from the text itself because the tagger often misses a capital written in capitals;
- :func:`source_country`: the country in a national outlet's name ("The Times of
  Ruritania");
- :func:`focal_country`: the issuer, else the dateline country, else the outlet's
  country when the story names it most, else a clearly dominant country ("President X" with no country named is that country's);
- :func:`cached_focal`: the same, computed once per article.
"""
from __future__ import annotations

import csv
import functools
import re
from importlib import resources
from typing import NamedTuple
from urllib.parse import urlsplit

from spacy.tokens import Doc

from kg.resolve.gazetteer import fold, load_gazetteer
from kg.resolve.mentions import Mentions
from kg.types import Article, Entity

__all__ = ["focal_country", "issuer_country", "issuer_body", "joint_parties", "opening_parties",
           "opening_records", "statement_author", "source_country", "cached_focal",
           "dateline", "Dateline"]

# words of an article's source that mark it as a government's own publication
_OFFICIAL_SOURCE = frozenset({"ministry", "office", "department", "government", "embassy",
                              "presidency", "cabinet", "mission", "mofa", "mfa", "president",
                              "minister"})


def cached_focal(doc: Doc, mentions: Mentions) -> Entity | None:
    """:func:`focal_country`, computed once per article."""
    focal = getattr(mentions, "_focal", None)
    if focal is None:
        focal = mentions._focal = focal_country(doc, mentions) or False
    return focal or None


def issuer_country(article: Article):
    """The country whose government published the article, from its source
    ("Ruritanian Ministry of Trade", "UK Home Office (press release)", "President of
    Ruritania"); a seat of government is its government ("The White House", "Kremlin"),
    and so is a national department whose name carries no country ("State Department",
    "Foreign, Commonwealth & Development Office": the ``issuing_bodies`` cue list), and a
    government web site the article comes from ("https://www.mofa.go.jp/...")."""
    source = (article.source or "").replace(",", " ").replace("(", " ").replace(")", " ")
    words = source.split()
    gaz = load_gazetteer()
    official = any(w.lower().strip(".") in _OFFICIAL_SOURCE for w in words)
    # the first name of the source is the publisher's ("Australian Government ... (joint
    # statement with New Zealand ...)"); at one place the longest: "United Arab Emirates"
    # before "Arab", "Democratic People's Republic of Korea" before "Republic of Korea"
    for i in range(len(words)):
        for size in (6, 5, 4, 3, 2, 1):
            if i + size > len(words):
                continue
            text = " ".join(words[i:i + size])
            hit = gaz.lookup(text)
            if hit is None or not (official or hit[0] in ("seat", "org")):
                continue
            if hit[0] == "org":
                org = gaz.orgs.get(hit[1])
                country = gaz.countries.get(org.country) if org is not None and org.country \
                    and _OFFICIAL_SOURCE & set(org.label.lower().split()) else None
            else:
                country = gaz.country_of_surface(text)
            if country is not None:
                return country
    return _issuing_body(article.source or "", article.url or "")


def issuer_body(article: Article) -> str | None:
    """The id of the government (ISO3, :func:`issuer_country`) or of the international
    organisation ("United Nations Secretary-General", "NATO Press Office": a gazetteer
    organisation of no country) that published the article; None for other sources."""
    country = issuer_country(article)
    if country is not None:
        return country.iso3
    gaz = load_gazetteer()
    words = re.sub(r"[(),]", " ", article.source or "").split()
    for size in (6, 5, 4, 3, 2, 1):
        for i in range(len(words) - size + 1):
            hit = gaz.lookup(" ".join(words[i:i + size]))
            org = gaz.orgs.get(hit[1]) if hit is not None and hit[0] == "org" else None
            if org is not None and not org.country and org.parent is None:
                return org.id
    return None


def _issuing_body(source: str, url: str):
    """The country of a national body a source names without its country (the
    ``issuing_bodies`` cue list: "Foreign, Commonwealth & Development Office=GBR"), else
    of the government web site the article comes from (``issuing_domains``:
    "https://www.gov.uk/..." ends with "gov.uk=GBR")."""
    folded = " ".join(source.lower().replace("&", "and").replace(",", " ").split())
    found = next((iso3 for name, iso3 in _cue_pairs("issuing_bodies") if name in folded), None)
    host = (urlsplit(url).hostname or "") if "://" in url else ""
    found = found or next((iso3 for name, iso3 in _cue_pairs("issuing_domains")
                           if host == name or host.endswith("." + name)), None)
    return load_gazetteer().countries.get(found) if found else None


@functools.lru_cache(maxsize=4)
def _cue_pairs(key: str) -> tuple[tuple[str, str], ...]:
    """A ``name=ISO3`` cue list of extract_cues.json, names folded ("&" as "and")."""
    from kg.extract.lexicon import load_lexicon  # late: kg.extract imports kg.resolve

    rows = (row.split("=", 1) for row in load_lexicon().cues.get(key, ()))
    return tuple((" ".join(name.lower().replace("&", "and").replace(",", " ").split()), iso3.strip())
                 for name, iso3 in rows)


# a joint text of several governments, as its title calls it
_JOINT = re.compile(r"\bjoint\s+(?:[\w']+\s+){0,2}(?:statement|declaration|communiqu[eé]|press release)",
                    re.I)
# the title's topic begins at these words: countries named after them are not parties
_TITLE_TOPIC = re.compile(r"\s(?:on|regarding|concerning|about|following|after)\s|:", re.I)


def joint_parties(article: Article) -> list:
    """The countries (gazetteer records, in title order) whose joint statement the article
    is, from its title: "Joint Statement of the United States and the Republic of Korea",
    "U.S.-Japan Joint Leaders' Statement", "China-Russia Joint Statement on ...", and after
    a label that names none ("Joint Statement: Australia-New Zealand Consultations"). Only
    the countries named before the title's topic ("... on Ukraine") count; [] unless two at least."""
    title = article.title or ""
    joint = _JOINT.search(title)
    if not joint:
        return []
    head = title[joint.end():].lstrip()
    if head.startswith(":") and not _countries_in(title[:joint.start()]):
        # "Joint Statement: Australia-New Zealand Foreign Ministers' Consultations": the
        # label first, then the parties
        title = head[1:]
    return _countries_in(title)


def _countries_in(title: str) -> list:
    """The countries a joint statement's title names before its topic (see
    :func:`joint_parties`); [] unless two at least."""
    topic = _TITLE_TOPIC.search(title)
    words = re.split(r"[\s,]+", _DASHES.sub("-", title[:topic.start()] if topic else title))
    # "U.S.-Japan", "Cyprus–Egypt–Greece": each part of a hyphenated word is tried as a name
    # of its own
    words = [part for w in words for part in ([w] if "-" not in w or _country(w) else w.split("-"))]
    found = _named_countries(words)
    return found if len(found) >= 2 else []


def _named_countries(words: list[str]) -> list:
    """The countries named or described by a run of words, each once, in order."""
    return _names_in(words, _country, 6)


def _names_in(words: list[str], find, longest: int) -> list:
    """The records ``find`` knows for a run of words, each once, in order; the longest name
    at each place first ("Republic of Korea" before "Korea")."""
    found: list = []
    i = 0
    while i < len(words):
        for size in range(min(longest, len(words) - i), 0, -1):
            record = find(" ".join(words[i:i + size]))
            if record is not None:
                if record not in found:
                    found.append(record)
                i += size
                break
        else:
            i += 1
    return found


# en and em dashes, written for hyphens in titles ("Cyprus–Egypt–Greece Summit")
_DASHES = re.compile("[\u2010-\u2015]")
# the opening of a joint text in the first person: "We, the G7 Foreign Ministers of A, B and
# C, condemn ...": who "we" are runs to the first comma before a word in lower case other
# than the list's own ("the", "and"), i.e. before the verb
_WE_OPENING = re.compile(r"(?:^|(?<=[\n.]))\s*We,\s+(?P<who>the\s[^\n]{3,600}?),\s+"
                         r"(?!(?:the|and|as|of|together|along|with|in|on)\b)[a-z]")


def opening_records(text: str) -> list:
    """Who "we" are in a joint text that opens by listing them (gazetteer records): the
    group its head names ("We, the G7 Foreign Ministers of Canada, ..., condemn" -> the
    G7; "We, the Heads of State of the Economic Community of West African States, ..."
    -> ECOWAS), else each government listed, two at least ("We, the President of the
    Republic of A, X, the President of B, Y, and the Prime Minister of C, Z, met today"
    -> A, B, C); [] when the opening names one government only or none, and when the
    text opens otherwise."""
    opening = _WE_OPENING.search(text[:1500])
    if opening is None:
        return []
    who = opening.group("who")
    # the head before its first "of": "the G7 Foreign Ministers (of Canada, ...)"
    head = _groups_in(re.split(r"\s+of\s+|,", who, maxsplit=1)[0].split())
    if head:
        return head[:1]
    words = re.split(r"[\s,()]+", _DASHES.sub("-", who))
    countries = _named_countries(words)
    groups = _groups_in(words)
    if not countries:
        return groups[:1]
    return countries + groups if len(countries) + len(groups) >= 2 else []


def _groups_in(words: list[str]) -> list:
    """The international organisations (gazetteer orgs of no country) a run of words
    names ("G7", "Economic Community of West African States")."""
    return _names_in(words, _group, 8)


def _group(text: str):
    hit = load_gazetteer().lookup(text.strip(".'\u2019"))
    org = load_gazetteer().orgs.get(hit[1]) if hit is not None and hit[0] == "org" else None
    return org if org is not None and not org.country and org.parent is None else None


def opening_parties(article: Article, mentions: Mentions) -> list[Entity]:
    """The article entities of :func:`opening_records`: whose "we" a joint text is when
    its title names no parties ("We, the G7 Foreign Ministers ... call on Iran to ...")."""
    found = []
    for record in opening_records(article.text or ""):
        iso3 = getattr(record, "iso3", None)
        found.append(mentions.entity(iso3, record.label, "Country") if iso3
                     else mentions.entity(record.id, record.label, record.type))
    return found


def _country(text: str):
    """The country a title's words name or describe ("Republic of Korea", "Japanese")."""
    hit = load_gazetteer().lookup(text.strip(".'’"))
    return load_gazetteer().country_of_surface(text.strip("'’")) \
        if hit is not None and hit[0] in ("country", "demonym") else None


# the title of an official's own text: "Statement from President Joe Biden on ...",
# "Remarks by Secretary Antony J. Blinken at ..." (the run of capitalised words after by/from)
_AUTHORED = re.compile(r"^\s*(?i:(?:joint\s+|press\s+)*(?:statement|remarks|message|speech|address|letter|"
                       r"op-ed)\b[^:]*?\b(?:by|from|of))\s+(?:the\s+)?"
                       r"(?P<who>[A-Z][\w.'\u2019-]*(?:,?\s+[A-Z][\w.'\u2019-]*)*)")
# capitalised words of a title-case headline that end the author's name ("... Biden On The ...")
_AFTER_NAME = frozenset({"on", "at", "in", "to", "for", "regarding", "after", "following", "and",
                         "about", "of", "with", "ahead", "before"})


def statement_author(article: Article) -> str | None:
    """The name of the official an article's title gives as its author, after the
    title words: "Statement from President Joe Biden on ..." -> "Joe Biden", "Statement
    by NSC Spokesperson John Kirby" -> "John Kirby"; None for an office alone
    ("Statement by the Foreign Secretary"), a place or a body ("Statement of the United
    States") and other titles ("Readout of ...")."""
    match = _AUTHORED.match(article.title or "")
    if match is None:
        return None
    words = match.group("who").replace(",", " ").split()
    words = words[:next((k for k, w in enumerate(words) if w.lower() in _AFTER_NAME), len(words))]
    titles = load_gazetteer().titles
    # the name follows the last title word: "Vice President X", "NSC Spokesperson X"
    cut = max((k + n for k in range(len(words)) for n in (3, 2, 1)
               if k + n < len(words) and " ".join(words[k:k + n]).lower() in titles), default=0)
    name = " ".join(words[cut:])
    if cut >= len(words) or words[-1].lower() in titles or load_gazetteer().lookup(name) is not None:
        return None  # "Joint Statement of the United States and ...": a country, nobody named
    return name


class Dateline(NamedTuple):
    """The opening place line of a report: the place as written, the country it lies
    in (ISO3, or None when the gazetteer cannot tell) and where the line ends in the text."""

    place: str
    iso3: str | None
    end: int
    # "XVILLE/YVILLE (Reuters)": the countries of both cities, when they differ
    both: tuple[str, str] | None = None


# "CITY[/CITY2][, part][, part][, part] [(Agency)]" then the separator: a dash, a colon,
# "/TASS/." or the end of the line. A plain hyphen needs spaces ("PORT-AU-PRINCE" is a name).
_DATELINE = re.compile(
    r"""^\s*(?:\([A-Za-z .]{1,20}\)\s*)?                    # "(JNS) WASHINGTON"
    (?P<place>[^\W\d_][^,:()\n\u2014\u2013/]{0,40}?)
    (?:/(?P<other>[^,:()\n\u2014\u2013/]{1,30}?))?             # "BANGKOK/PHNOM PENH"
    (?P<rest>(?:,[^,:()\n\u2014\u2013]{1,30}?){0,3})           # ", Kenya", ", June 14", ", SPA"
    \s*(?:\.?\s*(?P<agency>\([^()\n]{1,40}\))\s*)?           # "(Reuters)"
    (?P<sep>\s*[\u2014\u2013]|\s+--?\s|--|:\s|\.\s*/[A-Za-z]+/\.?|[ \t]*\n|[ \t]{2,}(?=[A-Z])
     |(?<=\))[ \t]+(?=[A-Z]))                                # "Addis Ababa, June 7/2019 (ENA) Prime Minister"
    """, re.X)
_MONTHS = frozenset({"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept",
                     "oct", "nov", "dec", "january", "february", "march", "april", "june",
                     "july", "august", "september", "october", "november", "december"})
# small words inside a title-case place name ("Dar es Salaam", "Bandar Seri Begawan")
_NAME_PARTICLES = frozenset({"es", "de", "del", "da", "do", "al", "el", "la", "le", "of", "the"})


@functools.lru_cache(maxsize=1)
@functools.lru_cache(maxsize=1)
def _folded_places() -> dict[str, str]:
    """Folded capital and country names -> ISO3 (all lengths: "JUBA", "LIMA", "ROME")."""
    gaz = load_gazetteer()
    out = {fold(name): iso3 for name, iso3 in gaz.country_names.items()}
    for surface, capital in gaz.capitals.items():
        out.setdefault(fold(surface), gaz.capital_country[capital])
    for surface, (_seat, owner) in gaz.seats.items():
        out[fold(surface)] = owner  # "BRUSSELS" is the EU's seat: no country
    return out


def _is_capital(place: str) -> bool:
    """Whether ``place`` is a capital or a seat, not a country ("Kyiv — Russian missiles")."""
    gaz = load_gazetteer()
    return place in gaz.capitals or place in gaz.seats


def _is_date(part: str) -> bool:
    words = re.findall(r"[A-Za-z]+", part)
    return any(w.lower().rstrip(".") in _MONTHS for w in words) or \
        (not words and bool(re.search(r"\d", part)))


def _country_of(part: str) -> str | None:
    """ISO3 of a dateline part naming a country or a US state ("Kenya", "Calif.")."""
    gaz = load_gazetteer()
    part = part.strip()
    hit = gaz.lookup(part)
    if hit is not None and hit[0] == "country":
        return hit[1]
    if part in gaz.us_states or part + "." in gaz.us_states or part in gaz.us_states.values():
        return "USA"  # "Ore." may lose its dot to the pattern of "(AP)"
    return None


def dateline(text: str) -> Dateline | None:
    """The dateline opening ``text``, or None.

    A place in capitals before a dash or colon ("JUBA — ...", "ISLAMABAD: ..."), or a
    title-case place followed by a country or a date and then a dash ("Xville, Ruritania
    – ...", "Xville, 3 May 2024, RPA -- ..."). The country is the one the line names, else
    the one whose capital the place is.

    Example:
        >>> dateline("NAIROBI, Kenya (AP) — Kenya's president said").iso3
        'KEN'
    """
    match = _DATELINE.match(text[:160])
    if match is None or re.match(r"\s*(?:who|which|whose)\b", text[match.end():]):
        return None  # "NATO — which Sweden joined in March — criticized Russia": an aside
    place = match.group("place").strip()
    words = place.split()
    if not words or len(words) > 4:
        return None
    parts = [p for p in match.group("rest").split(",") if p.strip()]
    named = next((iso3 for p in parts for iso3 in [_country_of(p)] if iso3), None)
    letters = [c for c in place if c.isalpha()]
    dated = any(_is_date(p) for p in parts)
    sep = match.group("sep").strip()[:1]
    spaced = not sep and "\n" not in match.group("sep")
    if spaced and not dated:
        # two spaces end only a dated line ("SYDNEY, 4 July 2023  The Prime Minister"), one
        # space only a dated line with an agency ("Addis Ababa, June 7/2019 (ENA) Prime ...")
        return None
    if spaced and not match.group("agency") and "  " not in match.group("sep") and "\t" not in match.group("sep"):
        return None
    if not (letters and all(c.isupper() for c in letters)):
        # title case: only with a country, a date or an agency after it, or as a capital,
        # and a dash, never a sentence ("Qatar said Tuesday: ...", "Iran — which denies")
        if not all(w[0].isupper() or w in _NAME_PARTICLES for w in words) \
                or not (named or dated or match.group("agency") or _is_capital(place)) \
                or not (sep in ("\u2014", "\u2013", "-") or spaced):
            return None
    if any(not (_is_date(p) or _country_of(p) or len(p.split()) <= 3) for p in parts):
        return None
    iso3 = named or _folded_places().get(fold(place))
    if iso3 is not None and iso3 not in load_gazetteer().countries:
        iso3 = None  # a seat of an organisation ("BRUSSELS")
    other = match.group("other")
    second = _folded_places().get(fold(other.strip())) if other else None
    if other and second != iso3:
        # "XVILLE/YVILLE (Reuters)": filed from two countries, neither is the story's alone
        both = (iso3, second) if iso3 and second in load_gazetteer().countries else None
        return Dateline(place, None, match.end(), both)
    return Dateline(place, iso3, match.end())


# words of the names of outlets that report on the world from one country ("Agence
# France-Presse", "Voice of America", "France 24"): their name is not their readers' country
_WORLD_OUTLETS = frozenset({"agence", "france-presse", "presse", "voice", "international",
                            "world", "global", "24", "afp", "europe", "worldwide"})


def source_country(article: Article) -> str | None:
    """ISO3 of the country a national outlet's name carries ("The Times of Ruritania",
    "Xville Post", "Daily Nation (Xville)", "Ruritanian Press Agency"), or None.

    Such outlets leave their own country out of titles ("Prime Minister X")."""
    source = re.sub(r"[(),]", " ", article.source or "")
    words = source.split()
    if not words or any(w.lower() in _WORLD_OUTLETS for w in words):
        return None
    gaz = load_gazetteer()
    for size in (3, 2, 1):  # longest names first: "South Sudan" before "Sudan"
        for i in range(len(words) - size + 1):
            text = " ".join(words[i:i + size])
            hit = gaz.lookup(text)
            if hit is not None and hit[0] in ("country", "demonym", "capital") \
                    and text[:1].isupper():
                country = gaz.country_of_surface(text)
                if country is not None:
                    return country.iso3
    spaced = f" {' '.join(words).lower()} "  # "Yonhap News Agency", "Dawn": the outlets table
    return next((iso3 for name, iso3 in _outlets() if f" {name} " in spaced), None)


@functools.lru_cache(maxsize=1)
def _outlets() -> list[tuple[str, str]]:
    """(outlet name in lower case, ISO3) from ``kg/data/outlets.csv``, longest names first."""
    text = resources.files("kg.data").joinpath("outlets.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    return sorted(((" ".join(r["outlet"].lower().split()), r["iso3"]) for r in rows), key=lambda x: -len(x[0]))


def _dateline(span) -> bool:
    """"VIENNA (Reuters) -", "Xville, March 3, 2024, RPA --": a city opening the text in
    capitals, or followed by a date (agency style)."""
    if span.text.isupper():
        return True
    doc = span.doc
    after = doc[span.end:min(len(doc), span.end + 3)]
    return len(after) >= 2 and after[0].text == "," and after[1].ent_type_ == "DATE"


def focal_country(doc: Doc, mentions: Mentions) -> Entity | None:
    """The country an article is about, for titles that name none ("President X").

    News style leaves the country out when it is the article's own: the government
    that published it (a ministry's press release, :func:`issuer_country`), the
    country of the dateline city ("ABUJA — ...") when the text names that country too, else
    the country named clearly more often than any other (three times as often,
    three times at least). None when no country stands out.
    """
    issuer = issuer_country(mentions.article)
    if issuer is not None:  # a government's press release: titles are that government's
        return mentions.entity(issuer.iso3, issuer.label, "Country")
    # a monarchy's own agency calls it "the Kingdom" throughout
    # (:func:`kg.resolve.entities.resolve_named`): that is the article's country
    kingdom = [m.entities[0] for m in mentions.mention_list if m.kind == "kingdom"]
    if len(kingdom) >= 2:
        return kingdom[0]
    counts: dict[str, int] = {}
    named: dict[str, int] = {}  # the country itself named, not one of its cities
    line = dateline(mentions.text)
    found = line.iso3 if line is not None else None
    both = line.both if line is not None else None
    for mention in mentions.mention_list:
        ent = mention.entities[0]
        iso3 = ent.id if ent.type == "Country" else mentions.place_country.get(ent.id) \
            if ent.type == "Location" else None
        if iso3 is None or len(mention.entities) != 1 or mention.by_coref:
            continue
        if line is not None and mention.span.start_char < line.end:
            continue  # "NAIROBI, Kenya (AP) —": the dateline is not a mention of the country
        if mention.span.start < 3 and ent.type == "Location" and _dateline(mention.span):
            found = found or iso3  # a dateline the pattern missed, tagged by the NER
            continue
        counts[iso3] = counts.get(iso3, 0) + 1
        if ent.type == "Country" and mention.kind not in ("capital", "seat", "metonym"):
            named[iso3] = named.get(iso3, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    # the dateline is where the reporter files from ("VIENNA (Reuters) - Iran warned"):
    # it is the article's country only when the text names that country itself, not
    # only the city again ("told reporters in Vienna")
    source = source_country(mentions.article)
    if both and named.get(both[0], 0) >= 3 and named.get(both[0], 0) >= 2 * named.get(both[1], 0) \
            and named[both[0]] == max(named.values()):
        # "MANAGUA/WASHINGTON - Nicaragua said ...": of the two places filed from, the
        # first, when the text names its country at least twice as often as the second's
        found = both[0]
    if found and counts.get(found, 0) >= 2 and named.get(found, 0) >= 1 \
            and 2 * named[found] > max(named.values()):
        # (not "PARIS -- Zambia ... China ...", where a creditors' meeting in Paris and
        # France are named at most half as often as the countries the story is about)
        iso3 = found
    elif source and counts.get(source, 0) >= 2 and named.get(source, 0) >= 1 \
            and counts[source] == ranked[0][1]:
        # a national outlet ("The Times of Ruritania") on a story its country leads
        iso3 = source
    elif ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] >= 3 * ranked[1][1]):
        iso3 = ranked[0][0]
    else:
        return None
    record = load_gazetteer().countries.get(iso3)
    return mentions.entities.get(iso3) or (mentions.entity(iso3, record.label, "Country") if record else None)
