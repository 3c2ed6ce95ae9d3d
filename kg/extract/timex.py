"""Time expressions: "on Tuesday", "Aug. 13", "last month" -> ISO dates, relative to the article date.

Every fact gets at most one date, an ``xsd:date`` (``YYYY-MM-DD``). Expressions
coarser than a day ("in November", "last month", "2015", "early May") are resolved by
:func:`resolve` to a :class:`TimeValue` with a coarser ``precision`` but
:func:`normalize_date` returns ``None`` for them: a partial date is not an
``xsd:date`` and picking the first of the month would be a guess. Anything not
understood is ``None`` too, never a guess.

Conventions (news style; ``reference`` is the article date, ``tense`` an optional
hint ``"past"`` / ``"present"`` / ``"future"`` from the verb the expression modifies):

* A bare weekday ("on Tuesday", "Friday afternoon") is the nearest such day *on or
  before* the reference when the tense is past or unknown (wire copy mostly reports
  what happened), *on or after* it for future tense, and the nearer of the two for
  present tense ("meets Xi on Friday"). The reference's own weekday is the
  reference itself. "last Tuesday" is strictly before, "next/coming Tuesday"
  strictly after, "this Tuesday" the Tuesday of the reference's Monday-Sunday week.
* "this week", "earlier/later this week" -> the reference date: the article is the
  only day-level anchor, and it lies in that week. "last/next week" -> ``None``.
* A month-day without a year ("July 20", "Aug. 13", "Sept. 15") takes the year that
  puts it on or before the reference for past tense, on or after it for future tense,
  and nearest to it otherwise (month-days are written both ahead and back).
* A month without a day ("in November") is the most recent such month not after the
  reference unless the tense is future (then the next one); precision "month".
* Ranges ("March 6-10", "6-10 March") give their start.
* Numeric dates: ISO ``2015-07-20`` always; ``7/20/2015`` only when unambiguous (one
  part over 12), since US and European orders differ.
* Anaphoric expressions ("the next day", "two days later", "that week") and
  "before/after X" are ``None``: they depend on another event, not the article date.

dateparser is only a fallback for explicit full dates the rules miss (day, month and
year all present, year checked against the text); results are cached per
(expression, reference, tense), and :func:`find_date` skips sentences without any
temporal word before doing any work.
"""
from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache
from typing import Any, Literal, NamedTuple

__all__ = ["TimeValue", "resolve", "normalize_date", "find_date", "sentence_dates", "closest_date",
           "infer_tense", "Tense"]

Tense = Literal["past", "present", "future"]
Precision = Literal["day", "week", "month", "year"]


class TimeValue(NamedTuple):
    """A resolved time expression: ``value`` is the first day of the period (ISO)."""

    value: str
    precision: Precision


_MONTHS = {name: i for i, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
     ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
     ("october", "oct"), ("november", "nov"), ("december", "dec")], start=1) for name in names}
_WEEKDAYS = {name: i for i, name in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# Leading words that do not change which day is meant.
_LEADING = re.compile(r"^(?:(?:on|in|at|by|since|from|until|till|through|during|as of|over|"
                      r"starting|beginning|between|as early as|earlier|later)\s+)+")

_MON = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WD = r"(?P<wd>" + "|".join(_WEEKDAYS) + r")"
_ORD = r"(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[89]\d\d|2[01]\d\d)"
_PART = r"(?:morning|afternoon|evening|night)"
_NUM = r"(?P<n>\d{1,3}|" + "|".join(_NUMBERS) + ")"
_RANGE_END = r"(?:\s*(?:-|–|to|through|and|until)\s*(?:[a-z]+\.?\s+)?\d{1,2}" + _ORD + ")?"

# Full-match rules on the lowercased, stripped expression, tried in order.
_RULES: list[tuple[str, re.Pattern]] = [(name, re.compile(pattern)) for name, pattern in [
    ("iso", r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[t ][\d:.]+z?)?"),
    ("numeric", r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})"),
    ("month_day", r"(?:" + _WD + r",?\s+)?(?:the\s+)?" + _MON + r"\s+(?P<d>\d{1,2})" + _ORD
     + _RANGE_END + r"(?:,?\s+" + _YEAR + r")?"),
    ("day_month", r"(?:" + _WD + r",?\s+)?(?:the\s+)?(?P<d>\d{1,2})" + _ORD
     + r"(?:\s*(?:-|–|to|and)\s*\d{1,2}" + _ORD + r")?\s+(?:of\s+)?" + _MON
     + r"(?:,?\s+" + _YEAR + r")?"),
    ("month_year", r"(?:(?:early|mid|late|the end of|the start of|the beginning of)[\s-]+)?"
     r"(?:of\s+)?" + _MON + r",?\s+(?:of\s+)?" + _YEAR),
    ("month", r"(?:(?:early|mid|late|the end of|the start of|the beginning of)[\s-]+)?"
     + _MON),
    ("year", r"(?:(?:early|mid|late|the end of|the start of)[\s-]+)?" + _YEAR),
    ("weekday", r"(?:(?P<mod>last|next|this|coming|this coming|past|this past|early|late)\s+)?"
     + _WD + r"(?:'s)?(?:\s+" + _PART + r")?"),
    ("today", r"(?:today|tonight|this " + _PART + r"|(?:earlier|later) today|"
     r"(?:earlier|later) in the day|(?:earlier|later) on the day|today's)"),
    ("yesterday", r"(?:yesterday(?:'s)?(?:\s+" + _PART + r")?|last night)"),
    ("tomorrow", r"tomorrow(?:'s)?(?:\s+" + _PART + r")?"),
    ("day_before_yesterday", r"the day before yesterday"),
    ("day_after_tomorrow", r"the day after tomorrow"),
    ("ago", _NUM + r"\s+(?P<unit>day|week|month|year)s?\s+ago"),
    ("in_n", r"in\s+" + _NUM + r"\s+(?P<unit>day|week)s?(?:'?\s*time)?"),
    ("this_week", r"(?:(?:earlier|later)\s+)?this week"),
    ("rel_week", r"(?P<rel>last|next|the past|the previous|the coming|the next) week"),
    ("rel_month", r"(?:(?:earlier|later)\s+)?(?P<rel>this|last|next|the past|the coming) month"),
    ("rel_year", r"(?:(?:earlier|later)\s+)?(?P<rel>this|last|next|the past|the coming) year"),
]]


def _clean(expression: str) -> str:
    text = " ".join(expression.lower().replace("’", "'").split())
    return text.strip(" ,;:()\"")


@lru_cache(maxsize=65536)
def _resolve(expression: str, reference: str | None, tense: str | None) -> TimeValue | None:
    text = _clean(expression)
    if not text or re.match(r"(?:before|after|prior to)\b", text):
        return None  # relative to some other event: never a guess
    if reference is not None:
        try:
            ref = _dt.date.fromisoformat(reference)
        except ValueError:
            ref = None
    else:
        ref = None
    for candidate in dict.fromkeys((text, _LEADING.sub("", text).rstrip("."), text.rstrip("."))):
        for name, pattern in _RULES:
            match = pattern.fullmatch(candidate)
            if match:
                return _apply(name, match, ref, tense)
    return _fallback(text, ref, tense)


def _apply(rule: str, m: re.Match, ref: _dt.date | None, tense: str | None) -> TimeValue | None:
    g = m.groupdict()
    if rule == "iso":
        return _day(int(g["y"]), int(g["m"]), int(g["d"]))
    if rule == "numeric":
        a, b, year = int(g["a"]), int(g["b"]), int(g["y"])
        if a > 12 >= b:
            return _day(year, b, a)
        if b > 12 >= a or a == b:
            return _day(year, a, b)
        return None  # 3/4/2015: March 4 or 3 April?
    if rule in ("month_day", "day_month"):
        month, day = _MONTHS[g["mon"]], int(g["d"])
        if g.get("year"):
            return _day(int(g["year"]), month, day)
        if ref is None:
            return None
        return _pick_year(ref, tense, lambda y: _safe_date(y, month, day), day_level=True)
    if rule == "month_year":
        return TimeValue(f"{g['year']}-{_MONTHS[g['mon']]:02d}-01", "month")
    if rule == "month":
        if ref is None:
            return None
        month = _MONTHS[g["mon"]]
        return _pick_year(ref, tense, lambda y: _safe_date(y, month, 1), day_level=False)
    if rule == "year":
        return TimeValue(f"{g['year']}-01-01", "year")
    if ref is None:
        return None
    if rule == "weekday":
        return TimeValue(_weekday(ref, _WEEKDAYS[g["wd"]], g.get("mod"), tense).isoformat(), "day")
    offsets = {"today": 0, "yesterday": -1, "tomorrow": 1, "day_before_yesterday": -2,
               "day_after_tomorrow": 2}
    if rule in offsets:
        return TimeValue((ref + _dt.timedelta(days=offsets[rule])).isoformat(), "day")
    if rule in ("ago", "in_n"):
        n = int(g["n"]) if g["n"].isdigit() else _NUMBERS[g["n"]]
        sign = -1 if rule == "ago" else 1
        if g["unit"] in ("day", "week"):
            days = n * (7 if g["unit"] == "week" else 1)
            return TimeValue((ref + _dt.timedelta(days=sign * days)).isoformat(), "day")
        if g["unit"] == "month":
            index = ref.year * 12 + ref.month - 1 - n
            return TimeValue(f"{index // 12}-{index % 12 + 1:02d}-01", "month")
        return TimeValue(f"{ref.year - n}-01-01", "year")
    if rule == "this_week":
        return TimeValue(_monday(ref).isoformat(), "week")
    if rule == "rel_week":
        step = -7 if g["rel"] in ("last", "the past", "the previous") else 7
        return TimeValue((_monday(ref) + _dt.timedelta(days=step)).isoformat(), "week")
    if rule == "rel_month":
        step = {"this": 0, "last": -1, "the past": -1}.get(g["rel"], 1)
        index = ref.year * 12 + ref.month - 1 + step
        return TimeValue(f"{index // 12}-{index % 12 + 1:02d}-01", "month")
    if rule == "rel_year":
        step = {"this": 0, "last": -1, "the past": -1}.get(g["rel"], 1)
        return TimeValue(f"{ref.year + step}-01-01", "year")
    return None


def _safe_date(year: int, month: int, day: int) -> _dt.date | None:
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


def _day(year: int, month: int, day: int) -> TimeValue | None:
    date = _safe_date(year, month, day)
    return TimeValue(date.isoformat(), "day") if date else None


def _monday(day: _dt.date) -> _dt.date:
    return day - _dt.timedelta(days=day.weekday())


def _weekday(ref: _dt.date, weekday: int, mod: str | None, tense: str | None) -> _dt.date:
    back = (ref.weekday() - weekday) % 7  # days back to the latest such day (0 = ref)
    ahead = (weekday - ref.weekday()) % 7
    if mod in ("last", "past", "this past"):
        return ref - _dt.timedelta(days=back or 7)
    if mod in ("next", "coming", "this coming"):
        return ref + _dt.timedelta(days=ahead or 7)
    if mod == "this":
        return _monday(ref) + _dt.timedelta(days=weekday)
    if tense == "future":
        return ref + _dt.timedelta(days=ahead)
    if tense == "present" and ahead < back:
        return ref + _dt.timedelta(days=ahead)
    return ref - _dt.timedelta(days=back)


def _pick_year(ref: _dt.date, tense: str | None, make, *, day_level: bool) -> TimeValue | None:
    """The year for a month(-day) without one, by the conventions in the module docstring."""
    options = [(y, make(y)) for y in (ref.year - 1, ref.year, ref.year + 1)]
    options = [(y, d) for y, d in options if d is not None]
    if not options:
        return None  # e.g. February 30
    if day_level:
        if tense == "future":
            chosen = next((d for _, d in options if d >= ref), None)
        elif tense == "past":
            chosen = next((d for _, d in reversed(options) if d <= ref), None)
        else:  # nearest; on a tie, the earlier one
            chosen = min((d for _, d in options), key=lambda d: (abs((d - ref).days), d > ref))
        return TimeValue(chosen.isoformat(), "day") if chosen else None
    start_of_ref_month = ref.replace(day=1)
    if tense == "future":
        chosen = next((d for _, d in options if d >= start_of_ref_month), None)
    elif tense == "present":
        chosen = min((d for _, d in options), key=lambda d: abs((d - start_of_ref_month).days))
    else:
        chosen = next((d for _, d in reversed(options) if d <= start_of_ref_month), None)
    return TimeValue(chosen.isoformat(), "month") if chosen else None


_HAS_MONTH = re.compile(r"\b(?:" + "|".join(_MONTHS) + r")\b|\d{1,2}[./-]\d{1,2}")


def _fallback(text: str, ref: _dt.date | None, tense: str | None) -> TimeValue | None:
    # dateparser only for explicit full dates the rules miss: it fills missing parts
    # from the base date, which would be a guess, so require a year and a month.
    years = re.findall(r"(?<!\d)(\d{4})(?!\d)", text)
    if len(years) != 1 or not _HAS_MONTH.search(text):
        return None
    import dateparser  # slow to import; most runs never need it

    settings: dict[str, Any] = {"REQUIRE_PARTS": ["day", "month", "year"],
                                "STRICT_PARSING": True, "RETURN_AS_TIMEZONE_AWARE": False,
                                "PREFER_DATES_FROM": "future" if tense == "future" else "past"}
    if ref is not None:
        settings["RELATIVE_BASE"] = _dt.datetime(ref.year, ref.month, ref.day)
    try:
        parsed = dateparser.parse(text, languages=["en"], settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input; unknown is None
        return None
    if parsed is None or str(parsed.year) != years[0]:
        return None
    return TimeValue(parsed.date().isoformat(), "day")


def resolve(expression: str, reference: str | None = None,
            tense: Tense | None = None) -> TimeValue | None:
    """Resolve a time expression to its period start and precision.

    Args:
        expression: the words, e.g. ``"on Tuesday"`` or ``"Aug. 13"``.
        reference: the article date (ISO); relative expressions need it.
        tense: ``"past"``, ``"present"`` or ``"future"`` of the verb it modifies.

    >>> resolve("in November", "2013-06-04")
    TimeValue(value='2012-11-01', precision='month')
    """
    if not expression or len(expression) > 80:
        return None
    return _resolve(expression, reference, tense)


def normalize_date(expression: str, reference: str | None = None,
                   tense: Tense | None = None) -> str | None:
    """The ``xsd:date`` an expression names, or ``None`` if it names no single day.

    Day-level expressions give their day; "this week" gives the reference date (see
    the module docstring); months, years and other weeks give ``None``.

    >>> normalize_date("on Tuesday", "2013-06-06"), normalize_date("Sept. 15", "2015-07-20")
    ('2013-06-04', '2015-09-15')
    >>> normalize_date("last month", "2013-06-04") is None
    True
    """
    value = resolve(expression, reference, tense)
    if value is None:
        return None
    if value.precision == "day":
        return value.value
    if value.precision == "week" and reference and value.value == _monday(
            _dt.date.fromisoformat(reference)).isoformat():
        return reference
    return None


# ---------------------------------------------------------------- in spaCy spans

_SCAN_MON = r"(?:" + "|".join(
    sorted((m.capitalize() for m in _MONTHS), key=len, reverse=True)) + r")\.?"
_SCAN_WD = r"(?:" + "|".join(d.capitalize() for d in _WEEKDAYS) + r")"
_SCAN_PART = r"(?:\s+(?i:morning|afternoon|evening|night))?"
# Weekday names that are part of a name, not a date ("the Sunday Times", "Good Friday").
_NOT_A_DAY_BEFORE = r"(?<!Good )(?<!Black )(?<!Bloody )(?<!Holy )(?<!Ash )(?<!Super )"
_NOT_A_DAY_AFTER = (r"(?!\s+(?:Times|Telegraph|Mail|Express|Herald|Post|Agreement|Accords?|"
                    r"Mosque|Prayers?|Club|Group)\b)")
# Day-level expressions in running text. Month and weekday names must be capitalised
# ("may meet" is no date); the rest is case-insensitive.
_SCAN = re.compile(
    r"(?<!\w)(?:"
    r"(?:" + _SCAN_WD + r",?\s+)?(?:the\s+)?\d{1,2}" + _ORD + r"(?:\s*(?:-|–|to|and)\s*\d{1,2}"
    + _ORD + r")?\s+(?:of\s+)?" + _SCAN_MON + r"(?:,?\s+\d{4})?"
    r"|(?:" + _SCAN_WD + r",?\s+)?" + _SCAN_MON + r"\s+\d{1,2}" + _ORD
    + r"(?:\s*(?:-|–|to|through|and)\s*(?:" + _SCAN_MON + r"\s+)?\d{1,2}" + _ORD + r")?"
    r"(?:,?\s+\d{4})?(?!\d)"
    r"|\d{4}-\d{2}-\d{2}"
    r"|(?:(?i:last|next|this|coming|this coming|past|this past|early|late)\s+)?"
    + _NOT_A_DAY_BEFORE + _SCAN_WD + r"(?:'s)?" + _SCAN_PART + _NOT_A_DAY_AFTER +
    r"|(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow"
    r"|(?:earlier|later)\s+(?:today|(?:in|on)\s+the\s+day|this\s+week)"
    r"|this\s+(?:morning|afternoon|evening|week)|last\s+night"
    r"|yesterday" + _SCAN_PART + r"|today|tonight|tomorrow" + _SCAN_PART +
    r"|(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:days?|weeks?)\s+ago"
    r"|in\s+(?:\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+days?(?:'?\s*time)?)"
    r")(?!\w)")
_AFTER_BEFORE = re.compile(r"(?i:\b(?:before|after|prior to|until|by)\s*$)")
_FUTURE_HEADS = frozenset({"plan", "expect", "schedule", "set", "due", "intend", "hope", "aim",
                           "prepare", "want", "seek", "agree", "promise", "vow", "pledge"})


def infer_tense(token: Any) -> Tense | None:
    """Tense of the verb governing ``token`` (a spaCy Token), from tags and auxiliaries.

    "will meet", "plans to meet", "is to meet" are future; "met", "has met" past;
    "meets", "is meeting" present. ``None`` when no verb governs it.
    """
    verb = token
    for _ in range(6):  # climb to the governing verb
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    children = list(verb.children)
    if any(c.lower_ in ("will", "shall", "'ll", "wo") for c in children if c.dep_ == "aux"):
        return "future"
    if verb.tag_ == "VB" and any(c.lower_ == "to" for c in children):
        head = verb.head
        if head.lemma_ in _FUTURE_HEADS or head.lemma_ == "be":
            return "future"
        return infer_tense(head) if head is not verb else None
    if any(c.lower_ in ("going",) for c in children):
        return "future"
    if verb.tag_ == "VBN" and verb.lemma_ in _FUTURE_HEADS and not any(
            c.dep_ in ("aux", "auxpass") for c in children):
        return "future"  # "the summit set for Monday", "talks planned for Monday"
    if verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP") for c in children)):
        return "past"  # "met", "has met", "was attacked"
    if verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VBG" and any(
            c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in children)):
        return "present"
    if verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ == "VBD" for c in children):
        return "past"
    return None


def find_date(span: Any, reference: str | None, tense: Tense | None = None, *,
              anchor: Any = None, text: str | None = None, ents: Any = None) -> str | None:
    """The date a sentence or verb subtree states, as ``YYYY-MM-DD``.

    ``span`` is a spaCy ``Span`` (a sentence, or ``doc[verb.left_edge.i:verb.right_edge.i+1]``),
    a ``Doc``, or a list of tokens (the span from the first to the last is searched).

    Looks for day-level expressions in the text and in the span's DATE/TIME
    entities, normalises each against ``reference`` with ``tense`` (or the tense of
    the verb governing the expression when not given), and returns the one that
    names a day and is fewest dependency hops from ``anchor`` (a Token, e.g. the
    fact's trigger verb; default the span's root), so that in "After talks on Monday
    they signed the accord on Wednesday" the signing gets Wednesday; ``None`` if
    there is none. Sentences without
    any temporal word return at once. ``text`` (the span's text) and ``ents`` (its
    entities) may be given by a caller that has them, to save rebuilding them from
    the Doc for every anchor of one sentence.
    """
    if isinstance(span, (list, tuple)):  # a list of tokens: the span they cover
        if not span:
            return None
        span = span[0].doc[min(t.i for t in span):max(t.i for t in span) + 1]
    elif not hasattr(span, "start_char"):  # a whole Doc
        span = span[:]
    dates = sentence_dates(span, reference, tense, text=text, ents=ents)
    if not dates:
        return None
    return closest_date(dates, anchor if anchor is not None else span.root)


def sentence_dates(span: Any, reference: str | None, tense: Tense | None = None, *,
                   text: str | None = None, ents: Any = None) -> list[tuple[Any, str]] | None:
    """The day-level dates a span states, in text order, as (token or None, ``YYYY-MM-DD``).

    The part of :func:`find_date` that does not depend on the anchor: a caller dating
    several anchors of one sentence computes it once and picks with :func:`closest_date`.
    The token is the root of the expression (None when it covers no whole token).
    ``None`` when the span has no candidate expression at all.
    """
    text = span.text if text is None else text
    if reference is None or not _scan_possible(text):
        return None
    doc = span.doc
    base = span.start_char
    candidates: list[tuple[int, int, str]] = []  # (start char, end char, expression)
    for match in _SCAN.finditer(text):
        if _AFTER_BEFORE.search(text[max(0, match.start() - 10):match.start()]):
            continue  # "before Friday", "until Monday": not the event's own date
        candidates.append((base + match.start(), base + match.end(), match.group()))
    covered = [(s, e) for s, e, _ in candidates]
    for ent in (getattr(span, "ents", ()) if ents is None else ents):
        if ent.label_ in ("DATE", "TIME") and not any(
                s < ent.end_char and ent.start_char < e for s, e in covered):
            candidates.append((ent.start_char, ent.end_char, ent.text))
    if not candidates:
        return None
    dates: list[tuple[Any, str]] = []
    for start, end, expression in candidates:
        piece = doc.char_span(start, end, alignment_mode="expand")
        hint = tense
        if hint is None and piece is not None and len(piece):
            hint = infer_tense(piece.root)
        value = normalize_date(expression, reference, hint)
        if value is not None:
            dates.append((piece.root if piece is not None and len(piece) else None, value))
    return dates


def closest_date(dates: list[tuple[Any, str]], anchor: Any) -> str | None:
    """Of :func:`sentence_dates`, the date fewest dependency hops from ``anchor`` (the first
    one on a tie; an expression without a token counts as far away)."""
    best: tuple[int, str] | None = None
    for root, value in dates:
        distance = _tree_distance(root, anchor) if root is not None else 10**6
        if best is None or distance < best[0]:
            best = (distance, value)
    return best[1] if best else None


def _tree_distance(token: Any, anchor: Any) -> int:
    """Dependency hops between two tokens (via their lowest common ancestor).

    Tokens in different sentences are far apart: 100 plus their distance in tokens.
    """
    path = {t.i: hops for hops, t in enumerate(_ancestors(anchor))}
    for hops, t in enumerate(_ancestors(token)):
        if t.i in path:
            return hops + path[t.i]
    return 100 + abs(token.i - anchor.i)


def _ancestors(token: Any) -> list[Any]:
    chain = [token]
    while chain[-1].head.i != chain[-1].i and len(chain) < 50:
        chain.append(chain[-1].head)
    return chain


_QUICK = re.compile(r"(?i:day|night|morning|afternoon|evening|week|ago|tonight|\d)|"
                    + _SCAN_MON.rstrip(r"\.?") + r"\b")


@lru_cache(maxsize=4096)
def _scan_possible(text: str) -> bool:
    # one cheap regex before any parsing: most sentences have no temporal word
    return _QUICK.search(text) is not None
