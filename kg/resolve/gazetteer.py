"""Gazetteers: countries, demonyms, capitals, seats of government, organisations,
titles and US state / Canadian province abbreviations, loaded once from the CSV files
in ``kg/data``.

The gazetteer answers two kinds of questions:

- *surface -> canonical*: "U.S." -> country ``USA``; "Chinese" -> ``CHN`` (demonym);
  "Beijing" -> capital of ``CHN``; "the Kremlin" -> seat of government of ``RUS``;
  "NATO" -> organisation ``North_Atlantic_Treaty_Organization``;
- *id -> record*: the :class:`Country` / :class:`Org` behind an id, used for labels,
  types and the country a national body belongs to.

It also renders the spaCy ``entity_ruler`` patterns (:meth:`Gazetteer.patterns`):
phrase patterns whose ``id`` is the canonical id, so that the resolver reads the
entity straight off ``ent.ent_id_``.

Example:
    >>> gaz = load_gazetteer()
    >>> gaz.country_of_surface("U.S.").label
    'United States'
"""
from __future__ import annotations

import csv
import functools
import re
import unicodedata
from dataclasses import dataclass, field
from importlib import resources

__all__ = ["Country", "Org", "Gazetteer", "load_gazetteer", "slug", "fold"]

# Territories pycountry knows but the hand-made table leaves out get a row from
# pycountry; these name shapes are not usable as surface forms ("Korea, Republic of").
_UNUSABLE_NAME = re.compile(r"[,(]")
# pycountry names that are far more often part of another name ("New Jersey").
_SKIP_TERRITORIES = frozenset({"JEY"})
#: The official style of a state before its short name ("the Republic of Niger", "the
#: Federal Democratic Republic of Ethiopia", "the Kingdom of Lesotho"): with the short
#: name a known country, the whole is that country, whether or not the table lists the style.
_STATE_STYLE = re.compile(r"^(?:(?:Federal|Democratic|Islamic|People's|Arab|Socialist|United|"
                          r"Plurinational|Bolivarian|Hashemite|Cooperative|Oriental|Co-operative)\s+)*"
                          r"(?:Republic|Kingdom|State|Sultanate|Principality|Grand Duchy)\s+of\s+(?:the\s+)?(.+)$")


def slug(label: str) -> str:
    """Stable id of a label: "Barack Obama" -> "Barack_Obama"."""
    text = re.sub(r"[^\w]+", "_", label.strip(), flags=re.UNICODE).strip("_")
    return text or "_"


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Accent- and case-insensitive key: "Londoño" -> "londono" (cached: the same
    names are folded again and again)."""
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower().strip()


@dataclass(frozen=True)
class Country:
    """A country (or territory) keyed by ISO 3166 alpha-3."""

    iso3: str
    label: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()        # capital labels, the first is the main one

    @property
    def kingdom(self) -> bool:
        """A monarchy named "Kingdom of ..." ("the kingdom" may stand for it)."""
        return any("Kingdom" in name for name in (self.label, *self.aliases))


@dataclass(frozen=True)
class Org:
    """An organisation or armed group from the gazetteer."""

    id: str
    label: str
    type: str                              # "Organization" | "Group"
    aliases: tuple[str, ...] = ()
    country: str | None = None             # iso3 of the country it is part of
    location: str | None = None            # city of its seat
    parent: str | None = None              # id of the organisation it is a body of


#: Most lookup() answers a Gazetteer remembers.
_MAX_ANSWERS = 200_000


@dataclass
class Gazetteer:
    """All gazetteer tables, indexed by surface form and by id."""

    countries: dict[str, Country] = field(default_factory=dict)
    orgs: dict[str, Org] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)        # lower title -> relation
    title_implies: dict[str, str] = field(default_factory=dict)  # title -> org id it implies
    us_states: dict[str, str] = field(default_factory=dict)     # "Calif." / "Alta." -> state, province
    # surface form (exact case) -> id
    country_names: dict[str, str] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)      # capital surface -> capital label
    capital_country: dict[str, str] = field(default_factory=dict)  # capital label -> iso3
    # surface -> (seat label, owner): owner is an iso3 ("Kremlin") or an org id ("Brussels")
    seats: dict[str, tuple[str, str]] = field(default_factory=dict)
    org_names: dict[str, str] = field(default_factory=dict)     # surface -> org id
    regions: dict[str, str] = field(default_factory=dict)       # surface -> region label
    # folded surface -> id, for case-insensitive lookups of text the NER found
    _folded: dict[str, tuple[str, str]] = field(default_factory=dict)
    # text -> lookup() answer: the rules ask about the same few hundred surfaces again and
    # again; filled only by lookup(), so tables must be complete before the first one
    _answers: dict[str, tuple[str, str] | None] = field(default_factory=dict, repr=False, compare=False)

    # -- lookups -----------------------------------------------------------------
    def lookup(self, text: str) -> tuple[str, str] | None:
        """Classify a surface form: ``(kind, id)`` with kind one of "country",
        "demonym", "capital", "seat", "org", "region"; None when unknown.

        The id is an ISO3 code for country and demonym, the capital / seat label
        for capital and seat, the org id for org and the region label for region.
        """
        answers = self._answers
        if text in answers:
            return answers[text]
        hit = self._lookup(text)
        if len(answers) < _MAX_ANSWERS:  # bounded: a long-running process sees endless names
            answers[text] = hit
        return hit

    def _lookup(self, text: str) -> tuple[str, str] | None:
        raw = text.replace("\u2019", "'").strip()
        if raw in self.seats:  # before capitals: "Brussels" the actor is the EU
            return "seat", self.seats[raw][0]
        if raw in self.capitals:  # "The Hague" keeps its article
            return "capital", self.capitals[raw]
        text = _clean(text)
        if text in self.country_names:
            return "country", self.country_names[text]
        if text in self.demonyms:
            return "demonym", self.demonyms[text]
        if text in self.seats:
            return "seat", self.seats[text][0]
        if text in self.capitals:
            return "capital", self.capitals[text]
        if text in self.org_names:
            return "org", self.org_names[text]
        if text in self.regions:
            return "region", self.regions[text]
        styled = _STATE_STYLE.match(text)
        if styled and styled.group(1) in self.country_names:
            return "country", self.country_names[styled.group(1)]
        return self._folded.get(fold(text))

    def country_of_surface(self, text: str) -> Country | None:
        """The country a name, demonym, capital or seat stands for."""
        hit = self.lookup(text)
        if not hit:
            return None
        kind, key = hit
        if kind in ("country", "demonym"):
            return self.countries[key]
        if kind == "capital":
            return self.countries[self.capital_country[key]]
        if kind == "seat":
            return self.countries.get(self.seat_country(key))
        return None

    def seat_country(self, seat_label: str) -> str:
        """Who a seat of government stands for: an iso3, or an org id ("Brussels")."""
        for label, iso3 in self.seats.values():
            if label == seat_label:
                return iso3
        raise KeyError(seat_label)

    def title_relation(self, title: str) -> str | None:
        """"Foreign Minister" -> "memberOf"; "President" -> "leaderOf"."""
        return self.titles.get(_clean(title).lower())

    # -- spaCy patterns ----------------------------------------------------------
    def patterns(self) -> list[dict]:
        """EntityRuler phrase patterns, ``id`` = canonical id of the entity.

        Countries, capitals and seats are GPE/FAC, demonyms NORP, bodies ORG.
        Each surface form also gets its upper-case variant (datelines such as
        "WASHINGTON —") when it is long enough not to be an acronym already.
        """
        out: list[dict] = []

        def add(label: str, text: str, ident: str) -> None:
            for variant in {text, text.upper()} if len(text) > 3 else {text}:
                out.append({"label": label, "pattern": variant, "id": ident})

        for surface, iso3 in self.country_names.items():
            add("GPE", surface, iso3)
        for surface, iso3 in self.demonyms.items():
            add("NORP", surface, iso3)
        for surface, capital in self.capitals.items():
            add("GPE", surface, slug(capital))
        for surface, (seat, _iso3) in self.seats.items():
            add("FAC", surface, slug(seat))
        for surface, org_id in self.org_names.items():
            add("ORG", surface, org_id)
        for surface, region in self.regions.items():
            add("LOC", surface, slug(region))
        return out


def _clean(text: str) -> str:
    text = text.replace("\u2019", "'").strip()
    return re.sub(r"^(?:the|The|THE)\s+", "", text)


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split("|") if v.strip())


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("kg.data").joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Load (once per process) the gazetteer tables from ``kg/data``."""
    gaz = Gazetteer()
    for row in _rows("countries.csv"):
        capitals = _split(row["capital"])
        country = Country(row["iso3"], row["label"], _split(row["aliases"]),
                          _split(row["demonyms"]), capitals)
        gaz.countries[country.iso3] = country
        for alias in (country.label, *country.aliases):
            gaz.country_names.setdefault(_clean(alias), country.iso3)
        for demonym in country.demonyms:
            gaz.demonyms.setdefault(demonym, country.iso3)
        for capital in capitals:
            gaz.capitals.setdefault(capital, capital)
            gaz.capital_country.setdefault(capital, country.iso3)
        for alias in _split(row["capital_aliases"]):
            gaz.capitals.setdefault(alias, capitals[0])
    _add_pycountry(gaz)
    for row in _rows("seats.csv"):
        for surface in (row["name"], *_split(row["aliases"])):
            gaz.seats[_clean(surface)] = (row["name"], row["owner"])
    for row in _rows("organizations.csv"):
        org = Org(slug(row["label"]), row["label"], row["type"] or "Organization",
                  _split(row["aliases"]), row["country"] or None, row["location"] or None,
                  slug(row["parent"]) if row.get("parent") else None)
        gaz.orgs[org.id] = org
        for surface in (org.label, *org.aliases):
            gaz.org_names.setdefault(_clean(surface), org.id)
    for row in _rows("regions.csv"):
        for surface in (row["name"], *_split(row["aliases"])):
            gaz.regions.setdefault(surface, row["name"])
    for row in _rows("titles.csv"):
        gaz.titles[row["title"].lower()] = row["relation"]
        if row.get("implies"):
            gaz.title_implies[row["title"].lower()] = row["implies"]
    for title in list(gaz.titles):
        # "Pakistan's high commissioner-designate": named to the post, a member until in office
        for designate in (f"{title}-designate", f"{title} designate"):
            gaz.titles.setdefault(designate, "memberOf")
            if title in gaz.title_implies:
                gaz.title_implies.setdefault(designate, gaz.title_implies[title])
        if len(title.split()) < 5 and title.split()[0] not in ("deputy", "vice", "assistant", "under"):
            # "the deputy secretary general of X", "deputy head of the committee", "Vice-Minister
            # of Foreign Affairs X": the second in rank is a member, never the one the bare
            # title names
            for rank in ("deputy", "vice", "assistant", "under"):
                for ranked in (f"{rank} {title}", f"{rank}-{title}"):  # ("Under-Secretary-General")
                    gaz.titles.setdefault(ranked, "memberOf")
                    if title in gaz.title_implies:
                        gaz.title_implies.setdefault(ranked, gaz.title_implies[title])
    # wire style abbreviates Canadian provinces after a town as it does US states
    # ("Kananaskis, Alta."): one table of both
    for row in _rows("us_states.csv") + _rows("ca_provinces.csv"):
        for abbr in _split(row["abbreviations"]):
            gaz.us_states.setdefault(abbr, row["name"])
    # Case-insensitive fallback for long names only: "UNITED NATIONS", "the kremlin".
    for table, kind in ((gaz.country_names, "country"), (gaz.demonyms, "demonym"),
                        (gaz.capitals, "capital"), (gaz.org_names, "org")):
        for surface, key in table.items():
            if len(surface) > 4:
                gaz._folded.setdefault(fold(surface), (kind, key))
    for surface, (seat, _iso3) in gaz.seats.items():
        # a seat beats a capital of the same name: "BRUSSELS" in a dateline is the EU's seat
        gaz._folded[fold(surface)] = ("seat", seat)
    return gaz


def _add_pycountry(gaz: Gazetteer) -> None:
    """Territories missing from the hand-made table (Hong Kong, Greenland ...)."""
    try:
        import pycountry
    except ImportError:  # pragma: no cover - pycountry is a hard dependency
        return
    for record in pycountry.countries:
        if record.alpha_3 in gaz.countries or record.alpha_3 in _SKIP_TERRITORIES:
            continue
        names = [getattr(record, "common_name", None), record.name,
                 getattr(record, "official_name", None)]
        names = [n for n in names if n and not _UNUSABLE_NAME.search(n)]
        if not names:
            continue
        gaz.countries[record.alpha_3] = Country(record.alpha_3, names[0], tuple(names[1:]))
        for name in names:
            gaz.country_names.setdefault(name, record.alpha_3)
