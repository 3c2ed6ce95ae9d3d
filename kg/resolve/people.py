"""People: title stripping and name chaining within an article.

"Barack Obama", "Obama", "President Obama" and "Mr. Obama" become one person
labelled with the longest full name. Two full names with different first names
("Joe Biden", "Jill Biden") never merge; a bare surname goes to the full name
mentioned most recently before it (else the most frequent one).

Example:
    >>> clusters = chain_names([["Barack", "Obama"], ["Obama"], ["Michelle", "Obama"]])
    >>> [c.label for c in clusters]
    ['Barack Obama', 'Michelle Obama']
"""
from __future__ import annotations

from dataclasses import dataclass, field

from kg.resolve.gazetteer import fold, load_gazetteer

__all__ = ["HONORIFICS", "strip_titles", "is_title_word", "same_person", "chain_names", "NameCluster", "name_tokens"]

#: Honorifics and short ranks dropped before a name (titles.csv adds the rest).
HONORIFICS = frozenset({
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lady", "lord",
    "first", "sheikh", "sheik", "gen", "gen.", "lt", "lt.", "col", "col.", "sen", "sen.",
    "rep", "rep.", "gov", "gov.", "prof", "prof.", "pres", "pres.", "adm", "adm.",
    "maj", "maj.", "capt", "capt.", "sgt", "sgt.", "rev", "rev.", "h.e.", "excellency",
    "his", "her", "former", "late", "new", "then", "acting", "vice", "deputy", "u.s.",
    "president-elect", "secretary-general", "minister", "foreign", "prime", "state",
    "of", "the", "crown", "prince", "princess", "king", "queen", "emir", "ayatollah",
})
_POSSESSIVE = ("'s", "’s", "'", "’")


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
    hit = load_gazetteer().lookup(word)
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
        return {fold(t) for n in self.names for t in n}


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
        return True
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
        candidates = [c for c in clusters if any(len(n) > 1 for n in c.names)
                      and word in {fold(n[-1]) for n in c.names}]
        if not candidates:  # first names and Chinese-order surnames: "Xi", "Abiy"
            candidates = [c for c in clusters if any(len(n) > 1 for n in c.names)
                          and word in c.folded_tokens()]
        if candidates:
            before = [(max((m for m in c.members if m < i), default=-1), c) for c in candidates]
            recent = max(before, key=lambda pair: pair[0])
            cluster = recent[1] if recent[0] >= 0 else max(candidates, key=lambda c: len(c.members))
        else:
            cluster = singles.get(word)
            if cluster is None:
                cluster = singles[word] = NameCluster()
                clusters.append(cluster)
        cluster.names.append(name)
        cluster.members.append(i)
        owner[i] = cluster
    return clusters
