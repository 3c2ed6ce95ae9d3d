"""The country an article is about: for titles and descriptions that name none.

- :func:`issuer_country`: the government that published the article, from its source
  ("Ruritanian Ministry of Trade", "UK Home Office (press release)");
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

import functools
import re
from typing import NamedTuple

from spacy.tokens import Doc

from kg.resolve.gazetteer import fold, load_gazetteer
from kg.resolve.mentions import Mentions
from kg.types import Article, Entity

__all__ = ["focal_country", "issuer_country", "source_country", "cached_focal", "dateline",
           "Dateline"]

# words of an article's source that mark it as a government's own publication
_OFFICIAL_SOURCE = frozenset({"ministry", "office", "department", "government", "embassy",
                              "presidency", "cabinet", "mission", "mofa", "mfa"})


def cached_focal(doc: Doc, mentions: Mentions) -> Entity | None:
    """:func:`focal_country`, computed once per article."""
    focal = getattr(mentions, "_focal", None)
    if focal is None:
        focal = mentions._focal = focal_country(doc, mentions) or False
    return focal or None


def issuer_country(article: Article):
    """The country whose government published the article, from its source
    ("Ruritanian Ministry of Trade", "UK Home Office (press release)")."""
    source = (article.source or "").replace(",", " ").replace("(", " ").replace(")", " ")
    words = source.split()
    if not any(w.lower().strip(".") in _OFFICIAL_SOURCE for w in words):
        return None
    gaz = load_gazetteer()
    # longest names first: "United Arab Emirates" before "Arab", "Democratic People's
    # Republic of Korea" before "Republic of Korea"
    for size in (6, 5, 4, 3, 2, 1):
        for i in range(len(words) - size + 1):
            country = gaz.country_of_surface(" ".join(words[i:i + size]))
            if country is not None:
                return country
    return None


class Dateline(NamedTuple):
    """The opening place line of a report: the place as written, the country it lies
    in (ISO3, or None when the gazetteer cannot tell) and where the line ends in the text."""

    place: str
    iso3: str | None
    end: int


# "CITY[/CITY2][, part][, part][, part] [(Agency)]" then the separator: a dash, a colon,
# "/TASS/." or the end of the line. A plain hyphen needs spaces ("PORT-AU-PRINCE" is a name).
_DATELINE = re.compile(
    r"""^\s*(?:\([A-Za-z .]{1,20}\)\s*)?                    # "(JNS) WASHINGTON"
    (?P<place>[^\W\d_][^,:()\n\u2014\u2013/]{0,40}?)
    (?:/(?P<other>[^,:()\n\u2014\u2013/]{1,30}?))?             # "BANGKOK/PHNOM PENH"
    (?P<rest>(?:,[^,:()\n\u2014\u2013]{1,30}?){0,3})           # ", Kenya", ", June 14", ", SPA"
    \s*(?:\.?\s*\([^()\n]{1,40}\)\s*)?                        # "(Reuters)"
    (?P<sep>\s*[\u2014\u2013]|\s+--?\s|--|:\s|\.\s*/[A-Za-z]+/\.?|[ \t]*\n)""", re.X)
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
    if match is None:
        return None
    place = match.group("place").strip()
    words = place.split()
    if not words or len(words) > 4:
        return None
    parts = [p for p in match.group("rest").split(",") if p.strip()]
    named = next((iso3 for p in parts for iso3 in [_country_of(p)] if iso3), None)
    letters = [c for c in place if c.isalpha()]
    if not (letters and all(c.isupper() for c in letters)):
        # title case: only with a country or a date after it and a dash, never a
        # sentence ("Qatar said Tuesday: ...")
        if not all(w[0].isupper() or w in _NAME_PARTICLES for w in words) \
                or not (named or any(_is_date(p) for p in parts)) \
                or match.group("sep").strip()[:1] not in ("\u2014", "\u2013", "-"):
            return None
    if any(not (_is_date(p) or _country_of(p) or len(p.split()) <= 3) for p in parts):
        return None
    iso3 = named or _folded_places().get(fold(place))
    if iso3 is not None and iso3 not in load_gazetteer().countries:
        iso3 = None  # a seat of an organisation ("BRUSSELS")
    other = match.group("other")
    if other and _folded_places().get(fold(other.strip())) != iso3:
        iso3 = None  # "XVILLE/YVILLE (Reuters)": filed from two countries, neither is the story's
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
    return None


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
    if found and counts.get(found, 0) >= 2 and named.get(found, 0) >= 1:
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
