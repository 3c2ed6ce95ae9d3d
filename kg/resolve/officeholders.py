"""Office holders: a dated actor dictionary for titles that name no country.

News often writes "Prime Minister X said" or "Finance Minister Y's office" with no
country anywhere near the name. Event coders (PETRARCH, ICEWS) solve this with dated
actor dictionaries; ``kg/data/officeholders.csv`` is ours, one row per term of office::

    name,aliases,country,office,start,end
    Pedro Sánchez,Pedro Sanchez,ESP,prime minister,2018-06-02,

- ``name``: the full name as English-language news writes it;
- ``aliases``: ``|``-separated spellings, orders and short forms ("MBS",
  "ISHIBA Shigeru"); a one-word alias (a surname) is used only with a matching title;
- ``country``: an ISO 3166 alpha-3 code, or the id of a gazetteer organisation
  (``United_Nations``, ``North_Atlantic_Treaty_Organization``: ``slug`` of its label);
- ``office``: one of :data:`OFFICES` (the office decides leaderOf or memberOf);
- ``start`` / ``end``: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; an empty end means still
  in office (as of November 2026). A year alone covers the whole year.

Lines starting with ``#`` are comments (section headers). Lookups fold case and
accents and ignore word order, dots, hyphens, middle initials, "Jr.", the Arabic
article and common transliteration variants, so "ISHIBA Shigeru", "Shigeru Ishiba"
and "shigeru ishiba" are one key, as are "Kim Jong-un" and "Kim Jong Un", and
"Mohammad Shia al-Sudani" and "Mohammed Shia Sudani".

Dates: :func:`holders` keeps terms that overlap the article date with a year of slack
at both ends (news keeps the title for weeks after a change, and a row may only give
years); with no article date only current terms (empty ``end``) count, since an
undated text is most likely recent.

Namesakes: a minister's title for someone the dictionary knows only in other offices
("Defense Minister Pedro Sánchez" of Colombia) is someone else, so the dictionary does
not overrule the country the text gives them (:func:`contradicts_dictionary`).

Example:
    >>> [(h.country, h.office) for h in holders("Shigeru Ishiba", "2025-03-01")]
    [('JPN', 'prime minister')]
    >>> title_fits("premier", "prime minister"), title_fits("president", "prime minister")
    (True, False)
"""
from __future__ import annotations

import csv
import datetime as _dt
import functools
import io
import re
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from kg.errors import InputError
from kg.resolve.gazetteer import fold, load_gazetteer
from kg.resolve.mentions import Mentions
from kg.types import Entity

__all__ = ["Holding", "OfficeholdersError", "OFFICES", "holders", "title_fits",
           "offices_for_title", "load_officeholders", "read_officeholders", "name_key",
           "canonical_name", "OfficeTable", "person_holdings", "dictionary_target",
           "contradicts_dictionary", "near_term"]

#: Offices of the dictionary and the relation a holder has to the country or body.
OFFICES: dict[str, str] = {
    # heads of state and government
    "president": "leaderOf", "prime minister": "leaderOf", "chancellor": "leaderOf",
    "king": "leaderOf", "queen": "leaderOf", "emir": "leaderOf", "sultan": "leaderOf",
    "emperor": "leaderOf", "crown prince": "leaderOf", "supreme leader": "leaderOf",
    "leader": "leaderOf",  # a de facto ruler without a formal title (a junta, a movement)
    # heads of organisations
    "secretary-general": "leaderOf", "director-general": "leaderOf",
    "executive secretary": "leaderOf",  # IGAD, SADC, the UNFCCC: not a secretary-general
    "managing director": "leaderOf", "commission president": "leaderOf",
    "council president": "leaderOf", "parliament president": "leaderOf",
    "chairperson": "leaderOf", "party leader": "leaderOf",
    # members of a government or a body
    "vice president": "memberOf", "deputy prime minister": "memberOf",
    "foreign minister": "memberOf", "defence minister": "memberOf",
    "finance minister": "memberOf", "interior minister": "memberOf",
    "other minister": "memberOf", "national security adviser": "memberOf",
    "spokesperson": "memberOf", "high representative": "memberOf",
    "army chief": "memberOf",
    "commissioner": "memberOf",  # a member of the European Commission (the EU's)
    "ambassador": "memberOf",  # ambassadors and envoys belong to the country sending them
    "speaker": "memberOf",  # a parliament's speaker leads the parliament, not the country
    "prosecutor": "memberOf",  # the ICC's prosecutor works in the court, its judges lead it
}

_HEADS = frozenset({"president", "prime minister", "chancellor", "king", "queen", "emir",
                    "sultan", "emperor", "supreme leader", "leader", "crown prince"})
_MONARCHS = frozenset({"king", "queen", "emir", "sultan", "emperor"})
_MINISTERS = frozenset({"foreign minister", "defence minister", "finance minister",
                        "interior minister", "other minister", "deputy prime minister"})
_ORG_HEADS = frozenset({"secretary-general", "director-general", "executive secretary",
                        "managing director", "commission president", "council president",
                        "parliament president", "chairperson", "president"})
_SPOKES = frozenset({"spokesperson"})

# text title (as titles.csv spells it, lower case) -> offices it can stand for
_TITLE_OFFICES: dict[str, frozenset[str]] = {}


def _titles(offices, *titles: str) -> None:
    for title in titles:
        _TITLE_OFFICES[title] = frozenset(offices)


_titles({"president", "commission president", "council president", "parliament president"},
        "president")
_titles({"prime minister"}, "prime minister", "premier", "pm")
_titles({"chancellor", "finance minister"}, "chancellor")  # the UK's is the finance minister
_titles({"king"}, "king")
_titles({"queen"}, "queen")
_titles({"emir"}, "emir", "amir")
_titles({"sultan"}, "sultan")
_titles({"emperor"}, "emperor")
_titles({"crown prince"}, "crown prince")
_titles({"supreme leader"}, "supreme leader")
_titles(_HEADS | {"party leader"}, "leader")
_titles(_HEADS - {"crown prince"}, "head of state")
_titles({"prime minister", "chancellor", "president"}, "head of government")
_titles(_MONARCHS, "ruler", "monarch")
_titles({"vice president"}, "vice president", "vice-president", "first vice president",
        "first vice-president")
_titles({"deputy prime minister"}, "deputy prime minister", "deputy premier",
        "vice premier", "first deputy prime minister")
_titles({"foreign minister", "high representative"}, "top diplomat", "chief diplomat")
_titles({"foreign minister"}, "foreign minister", "minister of foreign affairs",
        "foreign affairs minister", "minister for foreign affairs", "foreign secretary",
        "secretary of state", "external affairs minister")
_titles({"defence minister"}, "defense minister", "defence minister", "defense secretary",
        "defence secretary", "secretary of defense", "war secretary", "secretary of war",
        "minister of defense", "minister of defence")
_titles({"finance minister"}, "finance minister", "treasury secretary",
        "secretary of the treasury", "minister of finance", "chancellor of the exchequer",
        "treasurer")
_titles({"interior minister"}, "interior minister", "home secretary", "home minister",
        "homeland security secretary", "minister of interior", "minister of the interior")
_titles(_MINISTERS, "minister", "secretary", "cabinet secretary")
_titles({"spokesperson"}, "spokesman", "spokeswoman", "spokesperson", "press secretary",
        "foreign ministry spokesman", "foreign ministry spokeswoman",
        "foreign ministry spokesperson", "press secretary")
_titles({"secretary-general", "party leader"}, "secretary-general", "secretary general",
        "general secretary")
_titles({"speaker"}, "speaker", "house speaker", "parliament speaker", "parliamentary speaker")
_titles({"ambassador"}, "ambassador", "envoy", "special envoy", "permanent representative",
        "representative", "emissary", "special representative")
_titles({"director-general"}, "director-general", "director general", "executive director")
# a body headed by an executive secretary has no secretary-general: "the Secretary-General"
# of a UN release is never IGAD's head
_titles({"executive secretary"}, "executive secretary")
_titles({"managing director"}, "managing director")
_titles({"prosecutor"}, "prosecutor", "chief prosecutor")
_titles({"commissioner"}, "commissioner", "european commissioner", "eu commissioner")
# the United States Trade Representative has cabinet rank
_titles({"other minister"}, "trade representative")
# "junta chief X": the head of a military government
_titles({"leader", "president", "prime minister"}, "junta chief", "junta leader", "junta head")
_titles(_ORG_HEADS, "head", "chief executive")
_titles(_ORG_HEADS | {"army chief"}, "chief")
_titles({"high representative"}, "high representative", "foreign policy chief")
_titles({"national security adviser"}, "national security adviser",
        "national security advisor")
_titles({"chairperson", "party leader"}, "chairman", "chairwoman", "chairperson", "chair")
_titles({"army chief"}, "army chief", "chief of staff", "commander", "commander-in-chief",
        "chief of the general staff", "army commander")
# "Senior Gen. X": a general the dictionary knows is the armed forces' chief, or the head
# of a military government (kg.extract.static turns a rank into a lead for a junta leader)
_titles({"army chief", "leader"}, "general", "gen.", "senior general", "lieutenant general",
        "lt. gen.", "field marshal", "admiral", "adm.")

# a "<portfolio> minister" / "<portfolio> secretary" title the table above does not list
_PORTFOLIO_HEADS = ("minister", "secretary")


class OfficeholdersError(InputError):
    """A row of an office-holders table cannot be used (names the file and line)."""


class Holding(NamedTuple):
    """One term of office: who, which country or body, which office, when."""

    name: str
    country: str          # ISO 3166 alpha-3, or a gazetteer organisation id
    office: str           # one of OFFICES
    start: _dt.date       # first day of the term (of its year or month if only that is known)
    end: _dt.date | None  # last day, None while in office
    line: int             # line of the row in the table

    @property
    def relation(self) -> str:
        """leaderOf or memberOf, from the office."""
        return OFFICES[self.office]


def offices_for_title(title: str) -> frozenset[str]:
    """Offices a text title can stand for ("premier" -> prime minister).

    Any ministerial title also fits "other minister": a deputy or junior minister
    ("Deputy Foreign Minister X" reaches us as "foreign minister") is still a member
    of that government.
    """
    title = " ".join(title.lower().split())
    if title in _TITLE_OFFICES:
        offices = _TITLE_OFFICES[title]
        return offices | {"other minister"} if offices & _MINISTERS else offices
    words = title.replace("-", " ").split()
    if words and words[-1] == "commissioner" and words[0] != "high":
        return frozenset({"commissioner"})  # "Enlargement Commissioner X": a portfolio
    if words and words[-1] in _PORTFOLIO_HEADS or title.startswith("minister "):
        # "Information Minister X", "International Relations Minister X": a portfolio
        # the table does not name may be any ministry (foreign affairs go by many names)
        return frozenset(_MINISTERS)
    return frozenset()


def title_fits(title: str, office: str) -> bool:
    """Whether a text title ("Foreign Minister", "Secretary of State") is compatible
    with a dictionary office ("foreign minister")."""
    return office in offices_for_title(title)


_SEPARATORS = re.compile(r"[\s\-\u2010\u2011\u2013.,'\u2019`]+")


# transliterations news agencies disagree on, and the Arabic article: one form each
_VARIANTS = {"mohammad": "mohammed", "muhammad": "mohammed", "mohamed": "mohammed",
             "muhammed": "mohammed", "mohamad": "mohammed", "sergey": "sergei",
             "dmitri": "dmitry", "dmitriy": "dmitry", "yury": "yuri", "andrey": "andrei",
             "nikolay": "nikolai", "aleksei": "alexei", "alexey": "alexei",
             "aleksandr": "alexander", "alexandr": "alexander", "oleksiy": "oleksii",
             "andriy": "andrii", "ahmad": "ahmed", "hossein": "hussein", "husain": "hussein"}
_ARTICLES = frozenset({"al", "el"})


@functools.lru_cache(maxsize=65536)  # the same names are looked up for every title hit
def name_key(name: str) -> str:
    """Lookup key of a name: folded, without dots, hyphens and possessives, words sorted
    (so that family-name-first forms meet: "ISHIBA Shigeru" == "Shigeru Ishiba"), common
    transliteration variants merged and the Arabic article dropped ("Mohammad al-Sudani"
    == "Mohammed Sudani")."""
    text = fold(name)
    text = re.sub(r"['\u2019]s$", "", text)
    words = [_VARIANTS.get(w, w) for w in _SEPARATORS.split(text) if w]
    words = [w for w in words if w not in _ARTICLES] or words
    # middle initials and "Jr." come and go ("Joseph R. Biden Jr." == "Joseph Biden")
    core = [w for w in words if len(w) > 1 and w not in ("jr", "sr")]
    return " ".join(sorted(core if len(core) >= 2 else words))


_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _parse_date(value: str, *, end: bool) -> _dt.date:
    """"2019" -> 2019-01-01 (or 2019-12-31 for an end); ValueError when malformed."""
    match = _DATE.match(value)
    if not match:
        raise ValueError(f"date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = match.groups()
    if month is not None and not 1 <= int(month) <= 12:
        raise ValueError(f"date {value!r} has no month {month} (YYYY-MM-DD)")
    if month is None:
        return _dt.date(int(year), 12, 31) if end else _dt.date(int(year), 1, 1)
    if day is None:
        first = _dt.date(int(year), int(month), 1)
        if not end:
            return first
        nxt = _dt.date(first.year + (first.month == 12), first.month % 12 + 1, 1)
        return nxt - _dt.timedelta(days=1)
    try:
        return _dt.date(int(year), int(month), int(day))
    except ValueError:
        raise ValueError(f"date {value!r} is not a calendar date (YYYY-MM-DD)") from None


class OfficeTable:
    """The parsed table: terms by name key, canonical names by key."""

    def __init__(self) -> None:
        self.by_key: dict[str, list[Holding]] = {}
        self.canonical: dict[str, str] = {}   # name key -> canonical name
        self.by_surname: dict[str, list[Holding]] = {}  # one-word alias -> terms
        self.forms: list[str] = []  # every full name and alias as written

    def add(self, holding: Holding, aliases: list[str]) -> None:
        surnames, keys = set(), set()
        for form in [holding.name, *aliases]:
            self.forms.append(form)
            key = name_key(form)
            if not key or key in keys:
                continue  # "Abdel-Fattah Burhan" and "Abdel Fattah Burhan" are one key
            keys.add(key)
            if " " in key:
                self.by_key.setdefault(key, []).append(holding)
                self.canonical.setdefault(key, holding.name)
                # the last word of a full form is how news names the person again
                # ("President Kiir" for "Salva Kiir"); short words are too ambiguous
                last = name_key(form.split()[-1])
                if len(last) >= 4:
                    surnames.add(last)
            else:
                surnames.add(key)
        for key in surnames:
            self.by_surname.setdefault(key, []).append(holding)

    def lookup(self, name: str) -> list[Holding]:
        """All terms of the person (a full name or alias; a surname gives every term of
        every person with that surname, for the caller to narrow down)."""
        key = name_key(name)
        if " " in key:
            return list(self.by_key.get(key, ()) or self.by_key.get(_without_second_surname(key), ()))
        return list(self.by_surname.get(key, ()))


_HEADER = ["name", "aliases", "country", "office", "start", "end"]


def read_officeholders(source: str | Path, *, text: str | None = None) -> OfficeTable:
    """Parse an office-holders CSV (``text`` if given, else the file ``source``).

    Raises:
        OfficeholdersError: a malformed row or header, with file and line and the fix.
    """
    origin = str(source)
    if text is None:
        try:
            text = Path(source).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise OfficeholdersError(f"cannot read the table ({exc}); give a UTF-8 CSV file",
                                     origin) from None
    gaz = load_gazetteer()
    table = OfficeTable()
    reader = csv.reader(io.StringIO(text))
    header = next(reader, None)
    if header != _HEADER:
        raise OfficeholdersError(f"header must be {','.join(_HEADER)}, found "
                                 f"{','.join(header or [])!r}", f"{origin}:1")
    for row in reader:
        line = reader.line_num
        if not row or not "".join(row).strip() or row[0].startswith("#"):
            continue

        def bad(message: str) -> OfficeholdersError:
            return OfficeholdersError(message, f"{origin}:{line}")

        if len(row) != len(_HEADER):
            raise bad(f"expected 6 fields ({','.join(_HEADER)}), found {len(row)}; "
                      "quote fields that contain commas")
        name, aliases, country, office, start, end = (v.strip() for v in row)
        if not name:
            raise bad("empty name; give the full name as news writes it")
        if country not in gaz.countries and country not in gaz.orgs:
            raise bad(f"unknown country or organisation {country!r}; use an ISO 3166 "
                      "alpha-3 code or an organisation id of kg/data/organizations.csv")
        if office not in OFFICES:
            raise bad(f"unknown office {office!r}; use one of: {', '.join(OFFICES)}")
        try:
            first = _parse_date(start, end=False)
            last = _parse_date(end, end=True) if end else None
        except ValueError as exc:
            raise bad(f"{exc}; leave end empty for a current holder") from None
        if last is not None and last < first:
            raise bad(f"end {end} is before start {start}")
        table.add(Holding(name, country, office, first, last, line),
                  [a.strip() for a in aliases.split("|") if a.strip()])
    return table


#: titles news puts before a bare surname ("Chancellor Scholz", "Foreign Minister Wang")
_NEWS_TITLES = frozenset({"president", "prime minister", "premier", "chancellor", "king", "emir", "crown prince",
                          "foreign minister", "defence minister", "defense minister", "secretary of state",
                          "vice president", "secretary-general", "secretary general", "finance minister"})


def titled_surnames(table: "OfficeTable | None" = None) -> list[str]:
    """"Chancellor Scholz", "Prime Minister Kishida": each office-holder's last name (four
    letters or more) after every title that stands for their office, as news writes them
    (for the people ruler, which fills only the NER's holes)."""
    table = table or load_officeholders()
    by_office: dict[str, list[str]] = {}
    for title, offices in _TITLE_OFFICES.items():
        if title not in _NEWS_TITLES:
            continue
        for office in offices:
            by_office.setdefault(office, []).append(title)
    out = set()
    for holdings in table.by_key.values():
        for h in holdings:
            last = h.name.split()[-1]
            if len(h.name.split()) < 2 or len(last) < 4 or not last[:1].isupper():
                continue
            for title in by_office.get(h.office, ()):
                words = " ".join(w if w in ("of", "for") else "-".join(p[:1].upper() + p[1:] for p in w.split("-"))
                                 for w in title.split())
                out.add(f"{words} {last}")
    return sorted(out)


@functools.lru_cache(maxsize=1)
def load_officeholders() -> OfficeTable:
    """The table shipped in ``kg/data/officeholders.csv``, parsed once."""
    ref = resources.files("kg.data").joinpath("officeholders.csv")
    return read_officeholders("kg/data/officeholders.csv",
                              text=ref.read_text(encoding="utf-8"))


_SLACK = _dt.timedelta(days=365)
#: Before a term starts, only a month: "Labour leader Keir Starmer" half a year before he
#: became prime minister is not yet the country's leader.
_START_SLACK = _dt.timedelta(days=31)


@functools.lru_cache(maxsize=1024)  # one article date, read for every person of the article
def _article_day(date: str | None) -> _dt.date | None:
    if not date:
        return None
    try:
        return _parse_date(date[:10], end=False)
    except ValueError:
        return None


def _start_slack(holding: Holding) -> _dt.timedelta:
    """A year before a start given as a year only (read as 1 January), else a month."""
    return _SLACK if (holding.start.month, holding.start.day) == (1, 1) else _START_SLACK


def holders(name: str, date: str | None, *, table: OfficeTable | None = None) -> list[Holding]:
    """The terms of office of ``name`` that cover ``date`` (ISO date of the article).

    A year of slack after the end, a month before the start (a year before a start given
    as a year only); with no date (or an unreadable one) only current
    terms. A one-word name (a surname) returns the terms of everyone with it.
    """
    table = table or load_officeholders()
    day = _article_day(date)
    out = []
    for holding in table.lookup(name):
        if day is None:
            if holding.end is None:
                out.append(holding)
        elif near_term(holding, day):
            out.append(holding)
    return out


def near_term(holding: Holding, day: _dt.date) -> bool:
    """Whether ``day`` falls in the term of ``holding`` or its slack (see :func:`holders`)."""
    return holding.start - _start_slack(holding) <= day and (holding.end is None or day <= holding.end + _SLACK)


def canonical_name(name: str, *, table: OfficeTable | None = None) -> str | None:
    """The dictionary's name for a full name or alias of two words or more
    ("ISHIBA Shigeru" -> "Shigeru Ishiba"); None when unknown."""
    table = table or load_officeholders()
    key = name_key(name)
    return table.canonical.get(key) or table.canonical.get(_without_second_surname(key)) if " " in key else None


def _without_second_surname(key: str) -> str:
    """"ivan duque marquez" -> "ivan duque": a name of three words or more may carry a second
    (maternal) surname the dictionary leaves out; "" for shorter names."""
    words = key.split()
    return " ".join(words[:-1]) if len(words) >= 3 else ""


# -- use by the static facts ---------------------------------------------------------
def person_holdings(mentions: Mentions, person: Entity) -> list[Holding]:
    """Terms of ``person`` at the article date: by the full label, else a full name
    among its aliases. A one-word label (only "President Kiir" in the text) gives the
    terms of everyone with that surname: the caller narrows them down by the title."""
    date = mentions.article.date
    found = holders(person.label, date)
    if found or " " not in name_key(person.label):
        return found
    for alias in sorted(person.aliases):
        canon = canonical_name(alias)
        if canon is not None:
            return holders(canon, date)
    return []


def _body(mentions: Mentions, ident: str) -> Entity | None:
    """The country or organisation entity of an id of the table."""
    gaz = load_gazetteer()
    if ident in mentions.entities:  # labelled as the article names it
        return mentions.entities[ident]
    if ident in gaz.countries:
        return mentions.entity(ident, gaz.countries[ident].label, "Country")
    org = gaz.orgs.get(ident)
    return mentions.entity(ident, org.label, org.type) if org is not None else None


def dictionary_target(mentions: Mentions, hit) -> tuple[Entity, str] | None:
    """(body, relation) of a title hit with no body named, from the person's office at
    the article date: "Finance Minister X" -> (X's country, memberOf).

    ``hit`` has ``person`` and ``title`` (:class:`kg.extract.static.TitleHit`). None
    when the person is unknown, no term fits the title, or the fitting terms disagree;
    also when the text itself gives the person a country elsewhere in the article
    (text evidence wins).
    """
    if any(target for _t, _r, target in mentions.titles.get(hit.person.id, ())
           if target in load_gazetteer().countries):
        return None
    fitting = [h for h in person_holdings(mentions, hit.person) if title_fits(hit.title, h.office)]
    if len({h.country for h in fitting}) > 1:
        # "leader Kim Jong Un" heads the country and its party, "President Abbas" Palestine
        # and the Palestinian Authority: the country is what the bare title means
        countries = load_gazetteer().countries
        fitting = [h for h in fitting if h.country in countries] or fitting
    if len({h.name for h in fitting}) != 1 or len({h.country for h in fitting}) != 1:
        return None  # a surname two holders share, or two bodies: no guess
    # "junta chief X", known as the country's leader and as its army chief: the bare
    # title's own relation picks the office (titles.csv: "chief" leads)
    wanted = load_gazetteer().titles.get(hit.title.lower())
    fitting = [h for h in fitting if h.relation == wanted] or fitting
    holding = min(fitting, key=lambda h: list(OFFICES).index(h.office))
    orgs = load_gazetteer().orgs
    if any(t in orgs and orgs[t].parent == holding.country
           for _t, _r, t in mentions.titles.get(hit.person.id, ())):
        # "the Commission, represented by Commissioner X": the text already names the
        # part of the dictionary's body X works in
        return None
    body = _body(mentions, holding.country)
    return (body, holding.relation) if body is not None else None


def _namesake(hit) -> bool:
    """"Defense Minister Pedro Sánchez" in a Colombian story, where the dictionary knows
    only Spain's prime minister of that name: a minister's title for someone the
    dictionary never knew in a minister's office (nor in one the title fits) names
    someone else (heads are not called ministers by mistake)."""
    offices = offices_for_title(hit.title)
    if not offices & _MINISTERS:
        return False
    terms = load_officeholders().lookup(hit.person.label)
    return bool(terms) and not any(h.office in offices or h.office in _MINISTERS for h in terms)


def contradicts_dictionary(mentions: Mentions, hit) -> bool:
    """Whether a body guessed from context (the article's focal country, the place of
    the sentence) lies in another country than every national office the dictionary
    knows the person in at the article date (or, when it knows none then, at any date)."""
    # only national offices count: a head of an international body (a former prime
    # minister now at the European Council) may still be called by an old title
    countries = load_gazetteer().countries
    known = {h.country for h in person_holdings(mentions, hit.person) if h.country in countries}
    if not known and len(hit.person.label.split()) >= 2:
        # "the coup that toppled President X": a former holder called by the old title
        # still held it in the dictionary's country, not in the one guessed from context
        known = {h.country for h in load_officeholders().lookup(hit.person.label)
                 if h.country in countries}
    if len(hit.person.label.split()) < 2 or not known or hit.target is None:
        return False
    if _namesake(hit):
        return False
    if hit.target.id in known:
        return False
    country = hit.target if hit.target.type == "Country" else mentions.country_of(hit.target)
    return country is not None and country.id not in known
