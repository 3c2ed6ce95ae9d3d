"""Office-holders dictionary: tables of (sentence, article date) -> expected
leaderOf / memberOf facts, near misses that must not fire, and the table's loader."""
from __future__ import annotations

import datetime as dt
from importlib import resources

import pytest

from kg.errors import KGError
from kg.resolve import resolve
from kg.resolve.gazetteer import load_gazetteer
from kg.resolve.officeholders import (OFFICES, OfficeholdersError, canonical_name, holders,
                                      load_officeholders, name_key, offices_for_title,
                                      read_officeholders, title_fits)
from kg.resolve.people import dictionary_label
from kg.types import Article


def static_of(nlp, text, date):
    doc = nlp(text)
    article = Article(id="t", title="t", text=text, date=date)
    return {(f.subject, f.predicate, f.object) for f in resolve(doc, article).static_facts}


# -- the hook in the static facts ------------------------------------------------------
FOUND = [
    # a national title with no country anywhere in the article
    ("Prime Minister Benjamin Netanyahu's office said the talks would resume on Sunday.",
     "2025-07-08", ("Benjamin Netanyahu", "leaderOf", "Israel")),
    ("Finance Minister Bezalel Smotrich said the budget would pass before the recess.",
     "2024-03-01", ("Bezalel Smotrich", "memberOf", "Israel")),
    ("President Salva Kiir dismissed two governors late on Friday.",
     "2025-03-01", ("Salva Kiir", "leaderOf", "South Sudan")),
    ("Chancellor Friedrich Merz told lawmakers the coalition would hold.",
     "2025-06-01", ("Friedrich Merz", "leaderOf", "Germany")),
    ("Foreign Minister Abbas Araghchi told reporters the letter had been delivered.",
     "2025-04-02", ("Abbas Araghchi", "memberOf", "Iran")),
    # the office decides the relation: the UK's Chancellor is its finance minister
    ("Chancellor Rachel Reeves defended the spending plans on Wednesday.",
     "2025-03-26", ("Rachel Reeves", "memberOf", "United Kingdom")),
    # a deputy minister reaches the static facts as a minister of that portfolio
    ("Deputy Foreign Minister Sergei Ryabkov said the offer still stood.",
     "2025-02-10", ("Sergei Ryabkov", "memberOf", "Russia")),
    # heads of organisations
    ("Secretary-General Mark Rutte said allies had to spend more on air defence.",
     "2025-06-01", ("Mark Rutte", "leaderOf", "North Atlantic Treaty Organization")),
    ("Director-General Rafael Grossi said inspectors were still waiting for access.",
     "2025-06-20", ("Rafael Grossi", "leaderOf", "International Atomic Energy Agency")),
    # a title in apposition
    ("Bola Tinubu, the president, signed the electricity bill on Friday.",
     "2024-05-01", ("Bola Tinubu", "leaderOf", "Nigeria")),
    ("Vice President JD Vance arrived in Munich for the security conference.",
     "2025-02-14", ("JD Vance", "memberOf", "United States")),
    # the same title for the leaders of two countries in one article: no focal country
    ("France and Indonesia signed a defence pact on Wednesday. President Prabowo Subianto "
     "hosted President Emmanuel Macron at the palace.", "2025-05-28",
     ("Prabowo Subianto", "leaderOf", "Indonesia")),
    ("France and Indonesia signed a defence pact on Wednesday. President Prabowo Subianto "
     "hosted President Emmanuel Macron at the palace.", "2025-05-28",
     ("Emmanuel Macron", "leaderOf", "France")),
    # no article date: current holders only
    ("Prime Minister Keir Starmer said the plan would be published next month.", None,
     ("Keir Starmer", "leaderOf", "United Kingdom")),
    # a National Security Minister: "National Security" is a portfolio, not an organisation
    ("National Security Minister Itamar Ben Gvir threatened to leave the coalition.",
     "2025-07-08", ("Itamar Ben Gvir", "memberOf", "Israel")),
    # the family name first, in capitals: one node, named as usual
    ("Prime Minister ISHIBA Shigeru received the delegation in the afternoon.",
     "2025-02-01", ("Shigeru Ishiba", "leaderOf", "Japan")),
    # names the NER cuts or mistags: a double surname, a known name tagged ORG
    ("Haitian Prime Minister Alix Didier Fils-Aimé thanked the donors.", "2025-03-01",
     ("Alix Didier Fils-Aimé", "leaderOf", "Haiti")),
    ("Russian envoy Vassily Nebenzia asked for a vote before the weekend.", "2025-03-01",
     ("Vassily Nebenzia", "memberOf", "Russia")),
    ("Ambassador Vassily Nebenzia asked for a vote before the weekend.", "2025-03-01",
     ("Vassily Nebenzia", "memberOf", "Russia")),
    # "vice-president" parsed apart from its noun
    ("The vice-president, Geraldo Alckmin, will lead the delegation to the talks.",
     "2025-08-14", ("Geraldo Alckmin", "memberOf", "Brazil")),
    # a head of a country and of its party: a bare "leader" is the country's
    ("Leader Kim Jong Un inspected a missile factory on Sunday.", "2025-03-01",
     ("Kim Jong Un", "leaderOf", "North Korea")),
    ("General Secretary Kim Jong Un inspected a missile factory on Sunday.", "2025-03-01",
     ("Kim Jong Un", "leaderOf", "Workers' Party of Korea")),
    # a parliament's speaker is a member of the country, not its leader
    ("Speaker Mike Johnson scheduled the vote for Thursday.", "2025-03-01",
     ("Mike Johnson", "memberOf", "United States")),
    # the surname alone, when the title leaves one holder
    ("President Kiir has not commented on the report.", "2025-03-01",
     ("Kiir", "leaderOf", "South Sudan")),
    ("King Salman approved the appointment on Sunday.", "2024-03-01",
     ("King Salman", "leaderOf", "Saudi Arabia")),
    # text evidence names the country: the dictionary is not needed and agrees
    ("Turkish Defence Minister Yasar Guler met his counterpart on Tuesday.",
     "2025-09-01", ("Yasar Guler", "memberOf", "Turkey")),
]


@pytest.mark.parametrize("text,date,expected", FOUND)
def test_dictionary_fact_found(nlp, text, date, expected):
    assert expected in static_of(nlp, text, date)


# (sentence, date, subject) -> no leaderOf / memberOf of the subject to the listed objects
ABSENT = [
    # no longer in office
    ("Former Prime Minister Naftali Bennett criticised the deal.", "2025-05-01",
     "Naftali Bennett", {"Israel"}),
    ("Ex-President Hassan Rouhani said the accord had been a mistake.", "2025-05-01",
     "Hassan Rouhani", {"Iran"}),
    ("The late President Ebrahim Raisi was remembered at a ceremony.", "2025-05-19",
     "Ebrahim Raisi", {"Iran"}),
    ("The ex-president, Jair Bolsonaro, will appeal the ruling.", "2022-06-01",
     "Jair Bolsonaro", {"Brazil"}),
    # a date outside the term (and the year of slack)
    ("Prime Minister Liz Truss said the budget would stand.", "2024-06-01",
     "Liz Truss", {"United Kingdom"}),
    ("President Joe Biden signed the order on Tuesday.", "2015-06-01",
     "Joe Biden", {"United States"}),
    # no article date: only current holders
    ("Prime Minister Liz Truss said the budget would stand.", None,
     "Liz Truss", {"United Kingdom"}),
    # a title the person does not hold (a namesake, or a wrong title)
    ("Defence Minister Salva Kiir visited the barracks.", "2025-03-01",
     "Salva Kiir", {"South Sudan"}),
    ("King Mark Rutte opened the exhibition.", "2025-03-01",
     "Mark Rutte", {"North Atlantic Treaty Organization", "Netherlands"}),
    # a surname two holders share under the same title at that date
    ("President Kim said the talks would go on.", "2025-03-01", "Kim",
     {"North Korea", "South Korea"}),
    # an unknown person gets nothing from the dictionary
    ("Finance Minister Tomas Verhoeven presented the budget on Monday.", "2025-03-01",
     "Tomas Verhoeven", {"Israel", "Netherlands", "Belgium"}),
    # the article's main country is not the home of a person the dictionary knows
    ("Turkey hosted the talks in Ankara. Turkey said Turkey would keep its troops there. "
     "Turkey also promised aid. Prime Minister Pedro Sánchez said the offer was generous.",
     "2025-04-21", "Pedro Sánchez", {"Turkey"}),
    ("In Ankara, President Pedro Sánchez said the offer was generous.", "2025-04-21",
     "Pedro Sánchez", {"Turkey"}),
]


@pytest.mark.parametrize("text,date,subject,objects", ABSENT)
def test_dictionary_fact_absent(nlp, text, date, subject, objects):
    found = {(s, o) for s, p, o in static_of(nlp, text, date)
             if p in ("leaderOf", "memberOf")}
    assert not {(subject, o) for o in objects} & found


def test_text_names_another_country(nlp):
    # the text's own country wins over the dictionary's
    facts = static_of(nlp, "Peruvian Foreign Minister Abbas Araghchi arrived on Monday.",
                      "2025-04-02")
    assert ("Abbas Araghchi", "memberOf", "Peru") in facts
    assert not any(s == "Abbas Araghchi" and o == "Iran" for s, _p, o in facts)


def test_spanish_prime_minister_in_a_turkish_story(nlp):
    facts = static_of(nlp, ABSENT[-2][0], "2025-04-21")
    assert ("Pedro Sánchez", "leaderOf", "Spain") in facts


# -- lookups --------------------------------------------------------------------------
def test_name_key_folds_order_case_accents_hyphens():
    assert name_key("ISHIBA Shigeru") == name_key("Shigeru Ishiba")
    assert name_key("Kim Jong-un") == name_key("Kim Jong Un")
    assert name_key("Nicolás Maduro") == name_key("nicolas maduro")
    assert name_key("Benjamin Netanyahu's") == name_key("Benjamin Netanyahu")
    assert name_key("Benjamin Netanyahu") != name_key("Benjamin Gantz")
    # transliterations and the Arabic article
    assert name_key("Mohammad Shia al-Sudani") == name_key("Mohammed Shia Sudani")
    assert name_key("Abdel Fattah el-Sisi") == name_key("Abdel Fattah al-Sisi")
    assert name_key("Sergey Lavrov") == name_key("Sergei Lavrov")
    assert name_key("Ali Khamenei") != name_key("Ali Larijani")
    # middle initials and suffixes
    assert name_key("Joseph R. Biden Jr.") == name_key("Joseph Biden")
    assert name_key("S. Jaishankar") != name_key("Jaishankar")


@pytest.mark.parametrize("name,date,expected", [
    ("Shigeru Ishiba", "2025-03-01", {("JPN", "prime minister")}),
    ("ISHIBA Shigeru", "2025-03-01", {("JPN", "prime minister")}),
    ("Shigeru Ishiba", "2026-11-01", set()),               # left in 2025-10, past the slack
    ("Shigeru Ishiba", "2026-06-01", {("JPN", "prime minister")}),  # within a year's slack
    ("Shigeru Ishiba", None, set()),                       # not a current holder
    ("Keir Starmer", None, {("GBR", "prime minister")}),
    ("Nicolas Maduro", "2019-01-01", {("VEN", "president")}),
    ("Mohammed bin Salman", "2024-05-01", {("SAU", "crown prince"), ("SAU", "prime minister")}),
    ("Xi Jinping", "2014-05-01", {("CHN", "president"), ("Chinese_Communist_Party", "party leader")}),
    ("Nobody Inparticular", "2020-01-01", set()),
])
def test_holders(name, date, expected):
    assert {(h.country, h.office) for h in holders(name, date)} == expected


def test_holders_year_only_dates(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("name,aliases,country,office,start,end\n"
                    "Ana Soto,,PER,foreign minister,2015,2017\n", encoding="utf-8")
    table = read_officeholders(path)
    assert holders("Ana Soto", "2014-01-01", table=table)        # slack before 2015-01-01
    assert holders("Ana Soto", "2018-12-30", table=table)        # slack after 2017-12-31
    assert not holders("Ana Soto", "2019-01-02", table=table)
    assert not holders("Ana Soto", "2013-12-31", table=table)


@pytest.mark.parametrize("title,office,fits", [
    ("Prime Minister", "prime minister", True),
    ("premier", "prime minister", True),
    ("President", "prime minister", False),
    ("president", "commission president", True),
    ("Foreign Minister", "foreign minister", True),
    ("Secretary of State", "foreign minister", True),
    ("top diplomat", "high representative", True),
    ("Finance Minister", "foreign minister", False),
    ("Finance Minister", "finance minister", True),
    ("Treasury Secretary", "finance minister", True),
    ("Chancellor", "chancellor", True),
    ("Chancellor", "finance minister", True),
    ("Crown Prince", "crown prince", True),
    ("Crown Prince", "king", False),
    ("Information Minister", "other minister", True),
    ("Information Minister", "president", False),
    ("spokeswoman", "spokesperson", True),
    ("king", "president", False),
    ("leader", "supreme leader", True),
])
def test_title_fits(title, office, fits):
    assert title_fits(title, office) is fits


def test_every_title_office_exists():
    for title in ("president", "minister", "leader", "head", "chairman", "envoy"):
        assert offices_for_title(title) <= set(OFFICES)


def test_dictionary_label():
    assert dictionary_label("IWAYA Takeshi") == "Takeshi Iwaya"
    assert dictionary_label("XI Jinping") == "Xi Jinping"
    assert dictionary_label("MBS") == "Mohammed bin Salman"
    # the article's spelling of the same words in the same order stays
    assert dictionary_label("Antonio Guterres") == "Antonio Guterres"
    assert dictionary_label("Ana Soto") == "Ana Soto"
    assert canonical_name("Shigeru ISHIBA") == "Shigeru Ishiba"


# -- the shipped table ------------------------------------------------------------------
def test_shipped_table_loads_through_importlib_resources():
    ref = resources.files("kg.data").joinpath("officeholders.csv")
    assert ref.is_file()
    table = load_officeholders()
    rows = {h.line for terms in table.by_key.values() for h in terms}
    assert len(rows) >= 800


def test_shipped_table_rows_are_consistent():
    table = load_officeholders()
    terms = {h for ts in table.by_key.values() for h in ts}
    for h in terms:
        assert h.office in OFFICES
        assert h.end is None or h.end >= h.start
        assert h.start >= dt.date(1950, 1, 1)
    # one person never holds two overlapping terms of the same office in two countries
    # (the head of a state may also head its organisation: Palestine and the PA)
    by_name: dict[tuple[str, str], list] = {}
    countries = load_gazetteer().countries
    for h in (h for h in terms if h.country in countries):
        by_name.setdefault((h.name, h.office), []).append(h)
    for (name, office), hs in by_name.items():
        hs.sort(key=lambda h: h.start)
        for a, b in zip(hs, hs[1:]):
            if a.country != b.country:
                assert a.end is not None and a.end <= b.start, (name, office)


def test_no_duplicate_terms():
    table = load_officeholders()
    terms = [h for ts in table.by_key.values() for h in ts]
    lines = {}
    for h in terms:
        lines.setdefault((h.name, h.country, h.office, h.start), set()).add(h.line)
    assert not {k: v for k, v in lines.items() if len(v) > 1}


def test_every_full_name_names_one_person():
    # two people sharing a name key would make the lookup pick one of them at random
    table = load_officeholders()
    for key, terms in table.by_key.items():
        assert len({h.name for h in terms}) == 1, key


def test_current_heads_are_unique_per_country():
    # one current president / prime minister / chancellor per country in the table
    table = load_officeholders()
    current: dict[tuple[str, str], set[str]] = {}
    for h in {h for ts in table.by_key.values() for h in ts}:
        if h.end is None and h.office in ("president", "prime minister", "chancellor",
                                          "king", "queen", "emir", "sultan"):
            current.setdefault((h.country, h.office), set()).add(h.name)
    doubles = {k: v for k, v in current.items() if len(v) > 1}
    assert not doubles


# -- malformed tables ---------------------------------------------------------------------
HEADER = "name,aliases,country,office,start,end\n"


@pytest.mark.parametrize("row,words", [
    ("Ana Soto,,PER,foreign minister,2015\n", ["expected 6 fields"]),
    ("Ana Soto,,PER,foreign secretary,2015,\n", ["unknown office", "foreign minister"]),
    ("Ana Soto,,RUR,foreign minister,2015,\n", ["unknown country", "ISO 3166"]),
    ("Ana Soto,,PER,foreign minister,15-03-2015,\n", ["YYYY-MM-DD"]),
    ("Ana Soto,,PER,foreign minister,2015-02-30,\n", ["YYYY-MM-DD"]),
    ("Ana Soto,,PER,foreign minister,2016,2015\n", ["before start"]),
    (",,PER,foreign minister,2016,\n", ["empty name"]),
])
def test_malformed_row_names_file_and_line(tmp_path, row, words):
    path = tmp_path / "holders.csv"
    path.write_text(HEADER + "Luis Vega,,PER,president,2020,\n" + row, encoding="utf-8")
    with pytest.raises(OfficeholdersError) as err:
        read_officeholders(path)
    message = str(err.value)
    assert f"{path}:3:" in message
    assert "\n" not in message
    for word in words:
        assert word in message
    assert isinstance(err.value, KGError)


def test_bad_header(tmp_path):
    path = tmp_path / "holders.csv"
    path.write_text("name,country,office\nAna Soto,PER,president\n", encoding="utf-8")
    with pytest.raises(OfficeholdersError, match=r"holders.csv:1: header must be"):
        read_officeholders(path)


def test_unreadable_file(tmp_path):
    with pytest.raises(OfficeholdersError, match="cannot read"):
        read_officeholders(tmp_path / "missing.csv")


def test_comments_and_blank_lines_are_skipped(tmp_path):
    path = tmp_path / "holders.csv"
    path.write_text(HEADER + "# Peru\n\nAna Soto,Ana Maria Soto,PER,president,2020,\n",
                    encoding="utf-8")
    table = read_officeholders(path)
    assert [h.line for h in table.lookup("Ana Maria Soto")] == [4]


def test_leader_of_a_country_s_negotiators_is_a_member(nlp):
    text = ("Peruvian negotiators, led by Congress Speaker Luis Vega, asked for more time. "
            "The Chilean team was headed by Foreign Minister Ana Soto.")
    facts = static_of(nlp, text, "2025-06-14")
    assert ("Luis Vega", "memberOf", "Peru") in facts
    assert ("Luis Vega", "leaderOf", "Peru") not in facts


def test_speaker_is_not_the_country_s_leader(nlp):
    facts = static_of(nlp, "Speaker Mike Johnson scheduled the vote for Thursday.", "2025-03-01")
    assert ("Mike Johnson", "leaderOf", "United States") not in facts

