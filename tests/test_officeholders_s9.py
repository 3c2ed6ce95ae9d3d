"""Office-holders dictionary, 2010-2025 extension: heads of state and government of
smaller countries, foreign and defence ministers of the countries in the news, heads of
international bodies (and the ICC's prosecutor). Sentences are invented; each expects a
leaderOf / memberOf fact present at a date inside the term and absent outside it."""
from __future__ import annotations

import pytest

from kg.resolve import resolve
from kg.resolve.officeholders import holders, load_officeholders, offices_for_title
from kg.types import Article


def static_of(nlp, text, date):
    doc = nlp(text)
    article = Article(id="t", title="t", text=text, date=date)
    return {(f.subject, f.predicate, f.object) for f in resolve(doc, article).static_facts}


# (sentence, article date, fact) -- the date falls inside the term
FOUND = [
    ("Prime Minister Olzhas Bektenov chaired a cabinet meeting on the harvest.",
     "2025-02-10", ("Olzhas Bektenov", "leaderOf", "Kazakhstan")),
    ("President Mahamadou Issoufou told reporters the vote would be held on time.",
     "2015-06-01", ("Mahamadou Issoufou", "leaderOf", "Niger")),
    ("Foreign Minister Raychelle Omamo met the envoys on Thursday.",
     "2021-05-01", ("Raychelle Omamo", "memberOf", "Kenya")),
    ("Prime Minister Maeen Abdulmalik Saeed arrived in Aden on Monday.",
     "2020-03-01", ("Maeen Abdulmalik Saeed", "leaderOf", "Yemen")),
    ("President Abdrabbuh Mansur Hadi dismissed the governor.",
     "2016-03-01", ("Abdrabbuh Mansur Hadi", "leaderOf", "Yemen")),
    ("Premier Lin Chuan announced a new pension plan.",
     "2017-01-05", ("Lin Chuan", "leaderOf", "Taiwan")),
    ("Chancellor Brigitte Bierlein named a caretaker cabinet.",
     "2019-07-01", ("Brigitte Bierlein", "leaderOf", "Austria")),
    ("Defence Minister Luis Cresencio Sandoval inspected the troops.",
     "2021-02-01", ("Luis Cresencio Sandoval", "memberOf", "Mexico")),
    ("Secretary-General Amr Moussa said the ministers would meet again.",
     "2011-02-01", ("Amr Moussa", "leaderOf", "Arab League")),
    # the ICC's prosecutor works in the court
    ("Prosecutor Karim Khan asked the judges for arrest warrants.",
     "2024-05-20", ("Karim Khan", "memberOf", "International Criminal Court")),
    ("Prosecutor Fatou Bensouda opened a preliminary examination.",
     "2016-01-10", ("Fatou Bensouda", "memberOf", "International Criminal Court")),
    # the surname alone, when the title leaves one holder at that date
    ("President Issoufou said the attackers had crossed the border.",
     "2019-12-12", ("Issoufou", "leaderOf", "Niger")),
    # the UN chief keeps his surname to himself (Timor-Leste's Lu-Olo is filed by that name)
    ("Secretary-General Guterres called for a ceasefire.",
     "2019-06-01", ("Guterres", "leaderOf", "United Nations")),
]


@pytest.mark.parametrize("text,date,expected", FOUND)
def test_new_rows_give_the_fact(nlp, text, date, expected):
    assert expected in static_of(nlp, text, date)


# (sentence, article date, subject, objects that must not appear) -- outside the term
ABSENT = [
    ("Prime Minister Olzhas Bektenov chaired a cabinet meeting on the harvest.",
     "2021-02-10", "Olzhas Bektenov", {"Kazakhstan"}),
    ("President Mahamadou Issoufou told reporters the vote would be held on time.",
     "2024-06-01", "Mahamadou Issoufou", {"Niger"}),
    ("President Abdrabbuh Mansur Hadi dismissed the governor.",
     "2024-03-01", "Abdrabbuh Mansur Hadi", {"Yemen"}),
    ("President Kolinda Grabar-Kitarovic opened the summit.",
     "2022-03-01", "Kolinda Grabar-Kitarovic", {"Croatia"}),
]


@pytest.mark.parametrize("text,date,subject,objects", ABSENT)
def test_no_fact_outside_the_term(nlp, text, date, subject, objects):
    facts = static_of(nlp, text, date)
    assert not {(s, o) for s, p, o in facts if p in ("leaderOf", "memberOf")} \
        & {(subject, o) for o in objects}


def test_prosecutor_is_an_office():
    assert offices_for_title("Prosecutor") == {"prosecutor"}
    assert [h.country for h in holders("Karim Khan", "2023-03-17")] == ["International_Criminal_Court"]


def test_split_terms_and_ended_terms():
    # Austria's chancellor between Kurz's two terms; Cambodia's foreign minister since 2023
    assert [h.name for h in holders("Brigitte Bierlein", "2019-10-01")] == ["Brigitte Bierlein"]
    terms = load_officeholders().lookup("Sebastian Kurz")
    assert sorted((h.start.isoformat(), h.end.isoformat()) for h in terms if h.office == "chancellor") \
        == [("2017-12-18", "2019-05-28"), ("2020-01-07", "2021-10-11")]
    assert [h.country for h in holders("Sok Chenda Sophea", None)] == ["KHM"]
    assert holders("Prak Sokhonn", None) == []


def test_every_member_state_has_a_dated_head():
    """A sample of countries the table used to know by one row or none."""
    table = load_officeholders()
    heads = {"president", "prime minister", "king", "emir", "chancellor", "leader"}
    for iso3 in ("YEM", "KAZ", "KEN", "TUN", "MLI", "NPL", "HRV", "GTM", "LAO"):
        terms = [h for hs in table.by_key.values() for h in hs
                 if h.country == iso3 and h.office in heads]
        assert len({h.name for h in terms}) >= 3, iso3
