"""The country an article is about: for titles and descriptions that name none.

- :func:`issuer_country`: the government that published the article, from its source
  ("Ruritanian Ministry of Trade", "UK Home Office (press release)");
- :func:`focal_country`: the issuer, else the dateline country, else a clearly
  dominant country ("President X" with no country named is that country's);
- :func:`cached_focal`: the same, computed once per article.
"""
from __future__ import annotations

from spacy.tokens import Doc

from kg.resolve.gazetteer import load_gazetteer
from kg.resolve.mentions import Mentions
from kg.types import Article, Entity

__all__ = ["focal_country", "issuer_country", "cached_focal"]

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
    for size in (4, 3, 2, 1):  # longest names first: "United Arab Emirates" before "Arab"
        for i in range(len(words) - size + 1):
            country = gaz.country_of_surface(" ".join(words[i:i + size]))
            if country is not None:
                return country
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
    dateline = None
    for mention in mentions.mention_list:
        ent = mention.entities[0]
        iso3 = ent.id if ent.type == "Country" else mentions.place_country.get(ent.id) \
            if ent.type == "Location" else None
        if iso3 is None or len(mention.entities) != 1 or mention.by_coref:
            continue
        if mention.span.start < 3 and ent.type == "Location" and _dateline(mention.span):
            dateline = dateline or iso3  # the dateline itself is not a mention of the country
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
    if dateline and counts.get(dateline, 0) >= 2 and named.get(dateline, 0) >= 1:
        iso3 = dateline
    elif ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] >= 3 * ranked[1][1]):
        iso3 = ranked[0][0]
    else:
        return None
    record = load_gazetteer().countries.get(iso3)
    return mentions.entities.get(iso3) or (mentions.entity(iso3, record.label, "Country") if record else None)
