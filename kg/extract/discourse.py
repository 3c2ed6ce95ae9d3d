"""Article-level context the reference rules of :mod:`kg.extract.ends` consult.

Everything here is computed at most once per article (or once per sentence) and
then probed by token index:

- :func:`quote_ranges`: the token ranges inside direct quotations, so that "we" and
  "the government" in a quote can be the speaker's side and a quoted sentence can be
  attributed to the speaker named after it;
- :func:`dominant_country`: the country an article is about ("the authorities", "the
  government" outside a quote);
- :func:`principal_pair`: the two actors an article is about ("both sides", "they"
  with nobody coordinated nearby);
- :func:`focus_country`, :func:`military_rule`, :func:`junta_body`: the country whose
  "authorities", "junta" or "generals" an unowned description means, and the named
  military government that rules it;
- :func:`acting_coordinations`: coordinated actor subjects of a sentence, kept for
  counted descriptions later on ("the three Baltic states");
- :func:`question_turns`: the journalists' questions of a press-conference transcript
  ("Q: ...", "Question: ...", "Reuters: ..."), which state nothing.
"""
from __future__ import annotations

import bisect
import re

from kg.types import Entity

__all__ = ["quote_ranges", "in_ranges", "dominant_country", "principal_pair", "acting_coordinations",
           "question_turns", "focus_country", "military_rule", "junta_body", "COUNTS"]

#: number words of counted descriptions ("the three countries", "both sides")
COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
_QUOTE_MARKS = re.compile(r'["\u201c\u201d]|\n\s*\n')


def quote_ranges(doc, text: str | None = None) -> list[tuple[int, int]]:
    """Token ranges [start, end) inside direct quotations: straight quotes toggle, curly ones
    open and close, and a paragraph break ends an unclosed quotation. ``text`` is the
    document's text when the caller has it (``Doc.text`` rebuilds it token by token)."""
    last = doc[-1] if len(doc) else None
    if text is None or last is None or len(text) != last.idx + len(last.text_with_ws):
        text = doc.text
    spans, opened = [], None
    for m in _QUOTE_MARKS.finditer(text):
        mark = m.group()
        if mark == '"':
            opened, closing = (m.end(), None) if opened is None else (None, opened)
        elif mark == "\u201c":
            opened, closing = m.end(), None
        else:  # a closing curly quote or a paragraph break
            opened, closing = None, opened
        if closing is not None and m.start() > closing:
            spans.append((closing, m.start()))
    if opened is not None:
        spans.append((opened, len(text)))
    if not spans:
        return []
    starts = doc.to_array("IDX").tolist()  # token start offsets, for a bisect per quotation
    out = []
    for a, b in spans:
        lo, hi = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)
        if hi > lo:
            out.append((lo, hi))
    return out


def in_ranges(ranges: list[tuple[int, int]], i: int) -> bool:
    """True when token index ``i`` lies in one of the sorted ``ranges``."""
    k = bisect.bisect_right(ranges, (i, float("inf"))) - 1
    return k >= 0 and ranges[k][0] <= i < ranges[k][1]


def _by_mentions(mentions, types, fold=None) -> list[tuple[int, str]]:
    """(mention count, entity id) of the entities of ``types``, most mentioned first;
    ``fold`` maps an entity to the one its mentions count for (a ministry to its country)."""
    counts: dict[str, int] = {}
    for e in mentions.entities.values():
        side = fold(e) if fold is not None else e
        if side.type in types:
            counts[side.id] = counts.get(side.id, 0) + len(e.mentions)
    return sorted(((n, ident) for ident, n in counts.items()), reverse=True)


def _home_country(mentions, ident: str) -> str | None:
    """The id of the country an organisation is a member of by the article's static facts
    ("Sudan's Transitional Military Council"), or None."""
    ent = mentions.entities.get(ident)
    if ent is None or ent.type != "Organization":
        return None  # (an armed or political group may well fight its own country)
    for fact in mentions.static_facts:
        if fact.subject_id == ident and fact.object_type == "Country" and fact.predicate == "memberOf":
            return fact.object_id
    return None


def dominant_country(mentions) -> Entity | None:
    """The country the article is about: mentioned at least three times and half again as
    often as any other country; None when no country stands out."""
    counts = _by_mentions(mentions, ("Country",))
    ok = counts and counts[0][0] >= 3 and (len(counts) == 1 or counts[0][0] >= 1.5 * counts[1][0])
    return mentions.entities[counts[0][1]] if ok else None


def title_countries(title: str) -> list[str]:
    """ISO3 codes of the countries a headline names or describes, in order ("African Union
    suspends Gabon after army seizes power": GAB; "Kazakh leader orders troops ...": KAZ).
    Hyphenated words are left out: "Russian-led forces", "U.S.-backed" name no focus."""
    from kg.resolve.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    words = [w.strip(".,:;'’\"()") for w in title.split()]
    found: list[str] = []
    i = 0
    while i < len(words):
        for size in (3, 2, 1):  # longest first: "South Korea" before "Korea"
            part = words[i:i + size]
            hit = gaz.lookup(" ".join(part)) if len(part) == size and all(part) \
                and not any("-" in w for w in part) else None
            if hit is not None and hit[0] in ("country", "demonym"):
                if hit[1] not in found:
                    found.append(hit[1])
                i += size
                break
        else:
            i += 1
    return found


def focus_country(mentions) -> Entity | None:
    """The country whose "authorities" an article means: the one country its headline names
    when the text names it too (twice at least), else :func:`dominant_country` (and with a
    headline of two countries or more only when it is one of them). "France" named eight
    times in a report headlined "African Union suspends Gabon ..." is not the focus."""
    article = getattr(mentions, "article", None)
    named = title_countries(getattr(article, "title", None) or "")
    if len(named) == 1 and named[0] in mentions.entities and len(mentions.entities[named[0]].mentions) >= 2:
        return mentions.entities[named[0]]
    dominant = dominant_country(mentions)
    return dominant if not named or dominant is not None and dominant.id in named else None


# words that tell an article is about a country under military rule
_MILITARY_RULE = re.compile(r"\b(?:juntas?|coup|putsch\w*|seized power|military[- ](?:rulers?|government|"
                            r"regime|leaders?|council|authorities|led|ruled|backed government))\b", re.I)
# words of a military government's own name ("Transitional Military Council", "National
# Council for the Safeguard of the Homeland", "State Administration Council")
_JUNTA_NAME_WORDS = frozenset({"Junta", "Military", "Council", "Committee", "Command"})


def military_rule(text: str) -> bool:
    """Whether an article speaks of military rule ("the junta", "the coup", "seized power")."""
    return _MILITARY_RULE.search(text) is not None


def junta_body(mentions, country: Entity | None) -> Entity | None:
    """The one military government the article names as a body ("Transitional Military
    Council", "the CNSP", "Junta"): a national body of ``country`` with a ruling word in its
    name, or a body no gazetteer knows named as a junta or a military one; None when there
    is none or several, or when ``country`` is None."""
    from kg.resolve.gazetteer import load_gazetteer

    if country is None:
        return None
    orgs = load_gazetteer().orgs
    found = []
    for ent in mentions.entities.values():
        words = set(ent.label.split())
        if ent.type not in ("Organization", "Group") or not ent.mentions or not words & _JUNTA_NAME_WORDS:
            continue
        known = orgs.get(ent.id)
        if known is not None and known.country == country.id or \
                known is None and words & {"Junta", "Military"}:
            found.append(ent)
    return found[0] if len(found) == 1 else None


def principal_pair(mentions, types=("Country", "Organization", "Group"), fold=None) -> list[Entity]:
    """The two most mentioned actors of ``types`` when both stand out from the third
    (``fold``: see :func:`_by_mentions`)."""
    counts = _by_mentions(mentions, types, fold)
    if len(counts) >= 2 and hasattr(mentions, "static_facts"):
        # a body of a country and that country are one side ("Sudan's Transitional Military
        # Council" and "Sudan"), not two: the lesser mentioned of the two gives way
        kept: list[tuple[int, str]] = []
        for count in counts:
            home = _home_country(mentions, count[1])
            if any(k[1] == home for k in kept):
                continue
            body = next((j for j, k in enumerate(kept) if _home_country(mentions, k[1]) == count[1]), None)
            if body is not None:  # (the country stands for its body's side: "Japan's Ministry of Defense")
                kept[body] = (kept[body][0], count[1])
                continue
            kept.append(count)
        counts = kept
    if len(counts) < 2 or counts[1][0] < 2 or (len(counts) > 2 and counts[1][0] < 1.5 * counts[2][0]):
        return []
    pair = [mentions.entities.get(counts[0][1]), mentions.entities.get(counts[1][1])]
    return pair if None not in pair else []


def acting_coordinations(tokens, finder, allowed) -> list[list]:
    """Coordinations of two or more named non-person actors that act in the sentence
    ("X and Y signed", "drafted by X, Y and Z"), as lists of ends."""
    out, seen = [], set()
    for tok in tokens:
        dep = tok.dep_
        if dep not in ("nsubj", "nsubjpass") and not (dep == "pobj" and tok.head.lower_ in ("by", "between")):
            continue
        if tok.i in seen or finder.m.entity_at(tok) is None or not tok.conjuncts:
            continue
        seen.update(t.i for t in tok.conjuncts)
        ends = [e for e in finder.actors(tok, allowed) if e.entity.type != "Person"]
        if len({e.entity.id for e in ends}) >= 2:
            out.append(ends)
    return out


# a paragraph: lines up to a blank line
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*")
# the speaker label opening a turn of a transcript ("Q:", "Question:", "MR MILLER:", "Reuters:")
_TURN_LABEL = re.compile(r"[ \t]*(?:(Q)\.|([A-Z][\w.'&-]*(?: [A-Z][\w.'&-]*){0,3})[ \t]*:)(?![\d/])")
_ASKING_LABELS = frozenset({"q", "question", "questions", "reporter", "journalist", "correspondent"})


def question_turns(text: str, media: frozenset = frozenset()) -> list[tuple[int, int]]:
    """Character ranges [start, end) of the questions of a press-conference transcript:
    a paragraph opening with a questioner's label ("Q:", "Question:", "Reporter:", or a
    news outlet of ``media``: "Reuters: ..."), and the unlabelled paragraphs after it that
    still end in a question mark. What a journalist asks ("The Philippines said X. What is
    your comment?") is no statement of the issuer; the answers ("A: ...") are.
    Empty when the text has no such label (a quick test on ':' first)."""
    if ":" not in text:
        return []
    out: list[tuple[int, int]] = []
    asking = False
    for para in _PARAGRAPH.finditer(text):
        label = _TURN_LABEL.match(para.group())
        if label is not None:
            name = (label.group(1) or label.group(2)).lower()
            asking = name in _ASKING_LABELS or name in media
        elif not para.group().rstrip().endswith("?"):
            asking = False
        if asking:
            out.append((para.start(), para.end()))
    return out
