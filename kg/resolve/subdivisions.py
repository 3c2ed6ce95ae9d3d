"""Which country a named province, state or region belongs to (ISO 3166-2, offline).

The text names a subdivision with a designator word ("Daraa province", "Sokoto and Kebbi
states", "the Kidal region", "the province of Arauca"); the world knows whose it is.
pycountry ships ISO 3166-2 (every country's provinces, states, regions, with their types)
in local transliterations ("Dar'ā", "Otdar Mean Chey", "Kurskaya oblast'"), so names are
compared on a folded key that drops accents, apostrophes, spaces, Arabic articles and
Russian / Ukrainian adjectival endings, first exactly, then with a close fuzzy score.

Only the countries the caller passes are searched (those the article names), so the
table is read per country, lazily, once per process.

Example:
    >>> subdivision_country("Daraa", {"SYR", "ISR"})
    'SYR'
    >>> subdivision_country("Oddar Meanchey", {"KHM", "THA"})
    'KHM'
"""
from __future__ import annotations

import functools
import re

from kg.resolve.gazetteer import fold

__all__ = ["subdivision_country", "subdivision_keys", "name_key", "exact_subdivision"]

#: Lowest rapidfuzz ratio (0-100) at which two folded keys name the same subdivision:
#: "oddarmeanchey" / "otdarmeanchey" scores 92, "daraa" / "dara" 89; unrelated names of
#: one country stay below 80.
_FUZZY = 86
#: Shortest key compared fuzzily: short names differ by one letter from other names.
_MIN_FUZZY_LEN = 5

# designator words inside ISO names ("Kurskaya oblast'", "Tatarstan, Respublika")
_ISO_WORDS = re.compile(
    r"\b(?:oblast|oblasti|oblys|kray|krai|respublika|avtonomnyy okrug|okrug|region|province|"
    r"state|governorate|department|district|prefecture|muhafazat|wilayat|wilaya|county)\b")
# Russian / Ukrainian adjectival endings of region names ("Ryazanskaya" -> "ryazan",
# "Kurskaya" -> "kursk", "Sumska" -> "sum", "Donetska" -> "donetsk")
_ADJ_ENDINGS = ("skaya", "skiy", "skyi", "aya", "iy", "ska", "ka", "a")
# Arabic article at the start of a transliterated name ("Al Hasakah", "Ar Raqqah")
_ARTICLE = re.compile(r"^(?:al|ar|as|an|ad|ash|at|az|el|ech|es|ez)[ -]")


def name_key(name: str) -> str:
    """The comparison key of a place name: folded, without designators, articles,
    adjectival endings, apostrophes, hyphens and spaces ("Dar'ā" -> "dara")."""
    text = fold(name)
    text = re.sub(r"[’'ʿʾ‘`]", "", text)
    text = _ISO_WORDS.sub(" ", text.replace(",", " "))
    text = _ARTICLE.sub("", text.strip())
    return re.sub(r"[^a-z]+", "", text)


def _variants(key: str) -> set[str]:
    """A key and its stems without an adjectival ending ("kurskaya" -> "kursk")."""
    out = {key}
    for ending in _ADJ_ENDINGS:
        if key.endswith(ending) and len(key) - len(ending) >= 4:
            out.add(key[:-len(ending)])
    if key.endswith("ka") and len(key) >= 7:
        out.add(key[:-1])  # "donetska" -> "donetsk"
    return out


@functools.lru_cache(maxsize=512)
def subdivision_keys(alpha2: str) -> tuple[str, ...]:
    """The name keys of one country's ISO 3166-2 subdivisions (read once per country)."""
    import pycountry  # late: a second or so of import only when a designator is seen

    try:
        records = pycountry.subdivisions.get(country_code=alpha2) or ()
    except KeyError:  # a territory without subdivisions
        return ()
    return tuple(sorted({v for r in records for v in _variants(name_key(r.name)) if v}))


@functools.lru_cache(maxsize=64)
def _alpha2(iso3: str) -> str | None:
    import pycountry

    record = pycountry.countries.get(alpha_3=iso3)
    return record.alpha_2 if record is not None else None


@functools.lru_cache(maxsize=8192)
def _matches(key: str, alpha2: str) -> bool:
    """Whether one country's subdivisions hold the name key (cached: articles repeat names)."""
    keys = subdivision_keys(alpha2)
    own = {key, key[:-1]} if key.endswith("y") and len(key) >= 5 else {key}  # "sumy" -> "sum"
    if any(k in keys for k in own):
        return True
    if len(key) < _MIN_FUZZY_LEN or not keys:
        return False
    from rapidfuzz import fuzz, process

    # one C-level pass over the country's keys
    return process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=_FUZZY) is not None


def subdivision_country(name: str, countries) -> str | None:
    """The one ISO3 code among ``countries`` whose ISO 3166-2 subdivisions hold ``name``.

    Args:
        name: the place name without its designator word ("Daraa", "Sokoto").
        countries: ISO3 codes of the candidate countries (the ones the article names).

    Returns:
        The ISO3 code, or None when no candidate or more than one has such a subdivision.
    """
    key = name_key(name)
    if len(key) < 3:
        return None
    found = [iso3 for iso3 in sorted(countries)
             for alpha2 in [_alpha2(iso3)] if alpha2 and _matches(key, alpha2)]
    return found[0] if len(found) == 1 else None


def exact_subdivision(name: str, countries) -> bool:
    """Whether ``name`` is, key for key (no fuzzy match), a subdivision of one of the
    ``countries`` (ISO3 codes): "Tamil Nadu" of India."""
    key = name_key(name)
    return len(key) >= 5 and any(key in subdivision_keys(alpha2) for iso3 in sorted(countries)
                                 for alpha2 in [_alpha2(iso3)] if alpha2)
