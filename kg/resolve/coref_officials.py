"""Descriptions of officials: "the secretary-general" (:func:`_hyphen_title`), and those
no title seen in the text settles: "the two ministers" after "A met (with) B"
(:func:`_met_pair`), and "the Secretary-General" / "the President" in a release of the
body itself, naming nobody (:func:`_office_holder`: the holder of the office at the
article's date, from the office-holders table).
"""
from __future__ import annotations

import functools

from spacy.tokens import Doc, Token

from kg.resolve.coref_base import _title_fits, _titled
from kg.resolve.coref_pairs import met_pair
from kg.resolve.coref_states import subject_state
from kg.resolve.focus import issuer_body
from kg.resolve.gazetteer import load_gazetteer, slug
from kg.resolve.mentions import Mentions
from kg.resolve.officeholders import (_article_day, load_officeholders, name_key, near_term, person_holdings,
                                      title_fits)
from kg.types import Entity

__all__ = ["_hyphen_title", "_met_countries", "_met_pair", "_office_holder", "_sole_titled", "bare_title",
           "salient_titled", "styled_person"]

#: styles of royalty and nobility a person is called by afterwards ("Prince X ... the prince said")
_STYLES = frozenset({"prince", "princess", "sheikh", "sheikha"})

# the titles of the officials "the diplomat" ("the Russian diplomat", "the top US diplomat")
# stands for when nobody was seen with that word: the country's head of diplomacy
_DIPLOMAT_TITLES = ("foreign minister", "secretary of state", "foreign secretary")


def _met_pair(token: Token, mentions: Mentions, title: str | None, exclude: frozenset[str],
              lookback: int = 3) -> list[Entity]:
    """"A met with Brazilian Foreign Minister B ... the two ministers", "A had a telephone
    conversation with President C. The two leaders discussed ...": the two people named
    (not coordinated: the sides of a meeting) in the last sentence nearby that names
    people, when it names exactly these two (or a meeting verb's two sides among more: see
    :func:`kg.resolve.coref_pairs.met_pair`) and each holds the description's title (any
    when ``title`` is None), as the text gives it or the office-holders table at the
    article's date."""
    spaced, head = (title.replace("-", " "), title.split()[-1]) if title else ("", "")
    first = token.sent.start
    for _ in range(lookback):
        first = token.doc[first - 1].sent.start if first > 0 else 0
    named = sorted((m for m in mentions.mention_list if first <= m.span.start < token.i
                    and not m.by_coref and len(m.entities) == 1 and m.entities[0].type == "Person"
                    # "X spoke with both leaders": the clause's own agent is no newer pair
                    and m.entities[0].id not in exclude),
                   key=lambda m: -m.span.start)
    if not named:
        return []
    last = named[0].span.sent  # the newest sentence that names anybody
    pair = list({m.entities[0].id: m.entities[0] for m in reversed(named) if m.span.sent.start == last.start}.values())
    if len(pair) > 2:  # "A received B on the first trip since C's fall": the meeting verb's sides
        pair = next((p for tok in last for p in [met_pair(tok, mentions, "Person")] if p), pair)

    def fits(ent: Entity) -> bool:
        if title is None:
            return True
        if any(_title_fits(seen, rel, spaced, head) for seen, rel, _t in mentions.titles.get(ent.id, ())):
            return True
        return any(title_fits(title, h.office) or head == "leader" and h.relation == "leaderOf"
                   for h in person_holdings(mentions, ent))
    if len(pair) != 2 or any(e.id in exclude or not fits(e) for e in pair):
        return []
    return pair


def _met_countries(token: Token, mentions: Mentions, exclude: frozenset[str]) -> list[Entity]:
    """"President X welcomed President Y of B to Washington ... The two countries will ...":
    the countries of the two people of :func:`_met_pair` (by the title the text gives them,
    else by the office-holders table), when they are two different ones."""
    countries = load_gazetteer().countries
    found: list[str] = []
    for person in _met_pair(token, mentions, None, frozenset(), lookback=2):
        targets = [t for _title, _rel, t in mentions.titles.get(person.id, ()) if t]
        targets += [h.country for h in person_holdings(mentions, person)]
        iso3 = next((t for t in targets if t in countries), None)
        if iso3 is None or iso3 in exclude or iso3 in found:
            return []
        found.append(iso3)
    if len(found) != 2:
        return []
    return [mentions.entity(iso3, countries[iso3].label, "Country") for iso3 in found]


def _office_holder(mentions: Mentions, token: Token, title: str) -> list[Entity]:
    """"The Secretary-General condemns ..." with nobody seen with the title: the person
    named before whom the office-holders table gives that office at the article's date,
    else, in a release of the body itself (its source: "United Nations Secretary-General"),
    the holder of the office there at that date."""
    for mention in sorted(mentions.mention_list, key=lambda m: -m.span.start):
        if mention.span.start < token.i and not mention.by_coref:
            for ent in mention.entities:
                if ent.type == "Person" and any(title_fits(title, h.office)
                                                for h in person_holdings(mentions, ent)):
                    return [ent]
    body = issuer_body(mentions.article)
    name = _holder_at(body, title, mentions.article.date) if body is not None else None
    if name is None:
        return []
    known = next((e for e in mentions.entities.values() if e.type == "Person" and e.label == name), None)
    return [known or mentions.entity(slug(name), name, "Person")]


@functools.lru_cache(maxsize=256)
def _holder_at(body: str, title: str, date: str | None) -> str | None:
    """The one person the office-holders table gives ``title`` of ``body`` (an ISO3 or an
    organisation id) on ``date`` (terms that cover it, else the only one within their slack,
    :func:`kg.resolve.officeholders.near_term`; with no date the current holder); None when
    none or several."""
    day = _article_day(date)
    terms = {h for hs in load_officeholders().by_key.values() for h in hs
             if h.country == body and title_fits(title, h.office)}
    if day is None:
        names = {h.name for h in terms if h.end is None}
    else:
        names = {h.name for h in terms if h.start <= day and (h.end is None or day <= h.end)} or \
            {h.name for h in terms if near_term(h, day)}
    return names.pop() if len(names) == 1 else None


def _hyphen_title(doc: Doc, token: Token, mentions: Mentions) -> list[Entity]:
    """"the secretary-general said": a hyphenated title after "the", which the parser
    splits into three tokens and often hangs its "the" elsewhere; the person last seen
    with that title."""
    i = token.i
    if i < 3 or doc[i - 1].text != "-" or doc[i - 3].lower_ != "the" or \
            i + 1 < len(doc) and (doc[i + 1].lower_ == "of" or token.is_title and doc[i + 1].pos_ == "PROPN"):
        return []  # "the director-general of the WHO" names its own body, "the Secretary-General X" its holder
    title = f"{doc[i - 2].lower_}-{token.lower_}"
    if title not in load_gazetteer().titles or any(j in mentions._by_token for j in (i - 2, i - 1)):
        return []
    return _titled(mentions, token, title, None, 1) or _office_holder(mentions, token, title)


def bare_title(token: Token) -> bool:
    """"Prime Minister thanked President Temer ...": a capitalised title with no article as
    a subject (a ministry's style) is a description of its holder, like "the prime minister"."""
    lefts = list(token.lefts)
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else token
    if nxt.pos_ == "PROPN" or nxt.ent_type_ == "PERSON" or any(c.dep_ in ("appos", "compound") for c in token.rights):
        return False  # "Foreign Minister Adel al-Jubeir said": the title of the name after it
    return token.dep_ in ("nsubj", "nsubjpass") and token.pos_ == "PROPN" and token.text[:1].isupper() \
        and all(c.dep_ == "compound" and c.text[:1].isupper() for c in lefts) \
        and " ".join([c.lower_ for c in lefts] + [token.lower_]) in load_gazetteer().titles


def salient_titled(mentions: Mentions, token: Token, title: str, country: str | None,
                   count: int) -> list[Entity]:
    """The ``count`` people a description by ``title`` (of ``country``) means: the last seen
    with it (:func:`~kg.resolve.coref_base._titled`, :func:`_sole_titled`); "the diplomat"
    the last head of diplomacy when nobody was seen as one; one of them the subject of the
    sentence before when that one holds the title too ("President X met President Y. The
    president said ...": X)."""
    found = _titled(mentions, token, title, country, count) or _sole_titled(mentions, token, title, country, count)
    if not found and title.split()[-1] == "diplomat":  # "the Chinese diplomat", "the top US diplomat"
        found = next((f for t in _DIPLOMAT_TITLES if (f := _titled(mentions, token, t, country, count))), [])
    if found and count == 1:
        found = subject_state(mentions, token, lambda e: _has_title(mentions, e, title, country),
                              "Person") or found
    return found


def _has_title(mentions: Mentions, person: Entity, title: str, country: str | None) -> bool:
    """Whether ``person`` was seen with ``title`` (of ``country``, when given)."""
    spaced, head = title.replace("-", " "), title.split()[-1]
    return any(_title_fits(seen, rel, spaced, head) and country in (None, target)
               for seen, rel, target in mentions.titles.get(person.id, ()))


def _sole_titled(mentions: Mentions, token: Token, title: str, country: str | None, count: int) -> list[Entity]:
    """"Chancellor Olaf Scholz spoke in Berlin. The German chancellor criticized China": a
    head of state or government or a minister (a country has one) described with a country
    is the one person seen before with the title and no country, when nobody else was;
    people the office-holders table gives offices of other countries only do not count
    ("Prime Minister A met President Biden. The British leader ..." is A)."""
    if country is None or count != 1 or not (
            load_gazetteer().titles.get(title) == "leaderOf" or title.endswith("minister")):
        return []  # a country has many ambassadors and envoys: "the US ambassador" may be another
    spaced, head = title.replace("-", " "), title.split()[-1]
    found: dict[str, Entity] = {}
    for mention in mentions.mention_list:
        if mention.span.start >= token.i or mention.by_coref:
            continue
        for ent in mention.entities:
            seen = [target for s, rel, target in mentions.titles.get(ent.id, ()) if _title_fits(s, rel, spaced, head)]
            if ent.type != "Person" or not seen or any(t not in (None, country) for t in seen):
                continue
            # any term the table gives, at any date: a past US president is no British leader
            holdings = {h.country for h in load_officeholders().by_key.get(name_key(ent.label), ())}
            if not holdings or country in holdings:
                found[ent.id] = ent
    return list(found.values()) if len(found) == 1 else []


def styled_person(token: Token, mentions: Mentions) -> list[Entity]:
    """"Saudi Energy Minister Prince Abdulaziz bin Salman ... the prince pressed Iraq": "the
    prince" is the person last named with that style before the name (no guess when none is)."""
    low = token.lower_
    if low not in _STYLES or token.tag_ != "NN" or [c.lower_ for c in token.children] != ["the"]:
        return []
    doc = token.doc
    for m in reversed(mentions.mention_list):
        if m.span.start < token.i and not m.by_coref and m.entities[0].type == "Person" \
                and m.span.start > 0 and doc[m.span.start - 1].lower_ == low:
            return [m.entities[0]]
    return []
