"""Official statements, readouts and briefings (S8): first-person texts are facts of
their issuer.

- the issuer from sources that carry no country name: a seat of government ("The White
  House", "Kremlin"), "President of X", a national body known by name ("Foreign,
  Commonwealth & Development Office"), a government web site ("www.mofa.go.jp");
- a joint statement's "we" and "the two countries" are the governments its title names;
- "I" in an official's own statement is the official its title names ("Statement from
  President X");
- the journalists' questions of a press-conference transcript ("Q:", "Question:",
  "Reuters:") state nothing; the answers speak for the ministry's country;
- "the two ministers" / "the two leaders" after "A met (with) B" are A and B, and "the two
  countries" (no pair of countries named together nearby) are A's and B's;
- "The Secretary-General condemns ..." in the body's own release, naming nobody, is the
  office holder at the article's date.

The articles under ``tests/data/statements_s8/`` were written for this file (realistic
releases in our own words); ``GOLD`` lists per article what an annotator following
GUIDELINES.md would require (``found``) and what must not come out (``absent``);
``GAPS`` lists required facts kg still misses (expected failures, kept as a to-do).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.extract import extract_doc
from kg.extract.discourse import question_turns
from kg.resolve.focus import issuer_body, issuer_country, joint_parties, statement_author
from kg.types import Article

DATA = Path(__file__).resolve().parent / "data" / "statements_s8"
_STATIC = ("leaderOf", "memberOf", "locatedIn")


def _article(name: str) -> Article:
    raw = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    return Article(id=raw["id"], title=raw["title"], text=raw["text"], date=raw["date"],
                   source=raw["source"], url=raw["url"])


_CACHE: dict = {}


def _facts(nlp, name: str):
    if name not in _CACHE:
        article = _article(name)
        _CACHE[name] = extract_doc(nlp(article.text), article).facts
    return _CACHE[name]


def _keys(facts) -> set:
    return {(f.subject, f.predicate, f.object) for f in facts if f.polarity == "positive"}


def _has(keys: set, s: str, preds: str, o: str) -> bool:
    """``preds``: one relation or several separated by "|" (any of them will do); symmetric
    relations either way round."""
    for p in preds.split("|"):
        if (s, p, o) in keys or p in ("meets", "negotiatesWith", "cooperatesWith") and (o, p, s) in keys:
            return True
    return False


GOLD = {
    "mfa-china-presser-2024-03-12": dict(
        found=[("China", "demandsFrom|appealsTo", "Philippines"), ("China", "supports", "Brazil"),
               ("Wang Yi", "meets", "Mauro Vieira"), ("China", "rejects", "forming of exclusive blocs")],
        # "the two ministers" as the wrong pair (session 9: the news a journalist recounts
        # before asking is read like any report; only the question itself states nothing)
        absent=[("Mauro Vieira", "meets", "Fumio Kishida")]),
    "state-readout-blinken-fidan-2024-01-06": dict(
        found=[("Antony Blinken", "meets", "Hakan Fidan"), ("Turkey", "supports", "Ukraine"),
               ("Antony Blinken", "discusses", "humanitarian situation in gaza"),
               ("Hakan Fidan", "discusses", "humanitarian situation in gaza"),
               ("Hakan Fidan", "memberOf", "Turkey")],
        absent=[]),
    "fcdo-statement-iran-2024-04-14": dict(
        found=[("United Kingdom", "demandsFrom|appealsTo", "Iran"), ("David Cameron", "criticizes", "Iran"),
               ("Iran", "attacks", "Israel"), ("David Cameron", "memberOf", "United Kingdom")],
        absent=[]),
    "un-sg-statement-sudan-2023-04-16": dict(
        found=[("António Guterres", "demandsFrom|appealsTo", "Rapid Support Forces"),
               ("António Guterres", "demandsFrom|appealsTo", "Sudanese Armed Forces"),
               ("Stéphane Dujarric", "memberOf", "United Nations")],
        absent=[]),
    "whitehouse-biden-statement-2023-10-09": dict(
        found=[("Joe Biden", "meets", "Benjamin Netanyahu"), ("Joe Biden", "meets", "Abdullah II"),
               ("United States", "criticizes", "Hamas"), ("United States", "supports", "Israel")],
        absent=[]),
    "joint-statement-us-rok-2023-04-26": dict(
        found=[("United States", "appealsTo|demandsFrom", "North Korea"),
               ("South Korea", "appealsTo|demandsFrom", "North Korea"),
               ("United States", "cooperatesWith", "South Korea"),
               ("United States", "supports", "Ukraine"), ("South Korea", "supports", "Ukraine"),
               ("United States", "criticizes", "Russia"), ("South Korea", "criticizes", "Russia"),
               ("Joseph R. Biden", "criticizes", "North Korea"), ("Yoon Suk Yeol", "criticizes", "North Korea"),
               ("Joseph R. Biden", "meets", "Yoon Suk Yeol")],
        # "the two countries" is the statement's pair, not the two Koreas
        absent=[("North Korea", "cooperatesWith", "South Korea"), ("North Korea", "discusses", "semiconductors")]),
    "kremlin-putin-erdogan-call-2023-06-14": dict(
        found=[("Vladimir Putin", "meets", "Recep Tayyip Erdogan"), ("Recep Tayyip Erdogan", "leaderOf", "Turkey")],
        absent=[]),
    "mea-india-statement-2025-04-23": dict(
        found=[("India", "appealsTo|demandsFrom", "Pakistan"), ("Randhir Jaiswal", "memberOf", "India"),
               ("United States", "supports", "India"), ("France", "supports", "India")],
        absent=[]),
    "mofa-saudi-statement-2024-01-12": dict(
        found=[("Saudi Arabia", "supports", "Yemen")], absent=[]),
    "dfat-wong-beijing-2023-12-21": dict(
        found=[("Australia", "meets", "Wang Yi"), ("Australia", "discusses", "human rights"),
               ("Australia", "concernedAbout", "unsafe conduct"), ("Australia", "cooperatesWith", "China")],
        absent=[]),
    "mofa-japan-presser-2024-02-20": dict(
        found=[("Japan", "sanctions", "Russia"), ("Japan", "cooperatesWith", "Group of Seven"),
               ("Kamikawa", "meets", "Wang Yi"), ("Kamikawa", "memberOf", "Japan")],
        absent=[]),
    "mfa-ukraine-statement-2024-07-08": dict(
        found=[("Ukraine", "criticizes", "Russia")], absent=[]),
}

# required facts kg does not find yet (constructions outside the issuer rules)
GAPS = [
    ("fcdo-statement-iran-2024-04-14", ("United Kingdom", "criticizes", "Iran")),      # "condemns ... launched by Iran"
    ("fcdo-statement-iran-2024-04-14", ("David Cameron", "meets", "Israel Katz")),     # the name read as the country
    ("mofa-japan-presser-2024-02-20", ("Japan", "criticizes", "North Korea")),         # "condemns the transfer between A and B"
    ("kremlin-putin-erdogan-call-2023-06-14", ("Vladimir Putin", "discusses", "black sea grain initiative")),
    ("mfa-ukraine-statement-2024-07-08", ("Russia", "attacks", "Kyiv")),               # "the attack that Russia launched on Kyiv"
    ("mofa-saudi-statement-2024-01-12", ("Saudi Arabia", "concernedAbout", "military operations")),
]


@pytest.mark.parametrize("name", sorted(GOLD))
def test_statement_gold(nlp, name):
    keys = _keys(_facts(nlp, name))
    missing = [f for f in GOLD[name]["found"] if not _has(keys, *f)]
    wrong = [f for f in GOLD[name]["absent"] if _has(keys, *f)]
    assert missing == [] and wrong == [], f"got {sorted(keys)}"


@pytest.mark.parametrize("name,fact", GAPS)
@pytest.mark.xfail(reason="known gap, not an issuer rule", strict=False)
def test_statement_gaps(nlp, name, fact):
    assert _has(_keys(_facts(nlp, name)), *fact)


@pytest.mark.parametrize("name", ["mfa-china-presser-2024-03-12", "mofa-japan-presser-2024-02-20"])
def test_questions_give_no_events(nlp, name):
    """No fact but the static ones comes from a journalist's question sentence (one that
    ends in "?"); the news recounted before it counts like any report."""
    article = _article(name)
    turns = question_turns(article.text, frozenset({"reuters"}))
    assert len(turns) >= 2
    asked = [f for f in _facts(nlp, name) if f.predicate not in _STATIC
             and any(a <= f.start < b for a, b in turns) and f.sentence.rstrip().endswith("?")]
    assert asked == []


# -- the pieces, on our own sentences -------------------------------------------------

def _run(nlp, text, *, title="t", source=None, date=None):
    article = Article(id="t", title=title, text=text, source=source, date=date)
    return _keys(extract_doc(nlp(text), article).facts)


@pytest.mark.parametrize("source,iso3", [
    ("The White House", "USA"), ("Kremlin", "RUS"), ("President of Russia", "RUS"),
    ("Foreign, Commonwealth & Development Office", "GBR"), ("GOV.UK", "GBR"),
    ("State Department", "USA"), ("Ministry of External Affairs, Government of India", "IND"),
    ("Reuters", None), ("Xinhua", None), ("TASS", None), ("The Times of India", None),
    ("United Nations Secretary-General", None),
])
def test_issuer_country_of_sources(source, iso3):
    found = issuer_country(Article(id="t", title="", text="", source=source))
    assert (found.iso3 if found else None) == iso3


@pytest.mark.parametrize("url,iso3", [
    ("https://www.mofa.go.jp/press/release/pressite_000001.html", "JPN"),
    ("https://www.gov.uk/government/news/foreign-secretary-statement", "GBR"),
    ("https://www.whitehouse.gov/briefing-room/statements-releases/", "USA"),
    ("https://www.reuters.com/world/", None), ("https://notgov.uk/news", None), ("", None),
])
def test_issuer_country_of_government_sites(url, iso3):
    found = issuer_country(Article(id="t", title="", text="", source="Press release", url=url))
    assert (found.iso3 if found else None) == iso3


def test_issuer_body_of_an_organisation():
    assert issuer_body(Article(id="t", title="", text="", source="United Nations Secretary-General")) \
        == "United_Nations"
    assert issuer_body(Article(id="t", title="", text="", source="Associated Press")) is None


@pytest.mark.parametrize("title,labels", [
    ("Joint Statement of the United States and the Republic of Korea", ["United States", "South Korea"]),
    ("U.S.-Japan Joint Leaders' Statement", ["United States", "Japan"]),
    ("China-Russia Joint Statement on the Situation in Ukraine", ["China", "Russia"]),
    ("Joint Declaration of Brazil, Argentina and Chile", ["Brazil", "Argentina", "Chile"]),
    ("Joint statement on Ukraine by France and Germany", []),  # the title's topic comes first
    ("Statement by the Prime Minister of India", []),
])
def test_joint_parties(title, labels):
    assert [c.label for c in joint_parties(Article(id="t", title=title, text=""))] == labels


@pytest.mark.parametrize("title,name", [
    ("Statement from President Joe Biden on the Terrorist Attacks in Israel", "Joe Biden"),
    ("Statement From President Joe Biden On The Attacks", "Joe Biden"),  # a title-case headline
    ("Remarks by Secretary Antony J. Blinken at a Press Availability", "Antony J. Blinken"),
    ("Statement by NSC Spokesperson John Kirby", "John Kirby"),
    ("Statement by the Foreign Secretary", None),  # an office, nobody named
    ("Joint Statement of the United States and the Republic of Korea", None),
    ("Readout of President Biden's Call with Prime Minister Sunak", None),
])
def test_statement_author(title, name):
    assert statement_author(Article(id="t", title=title, text="")) == name


def test_question_turns_labels():
    text = ("QUESTION: Kenya said it will send troops. Will you join?\n\nMR SMITH: We support Kenya.\n\n"
            "Reuters: Is the visit confirmed?\n\nAnd who will lead it?\n\nA: The minister will.\n\n"
            "Follow the talks. Are they over?")
    spans = [text[a:b] for a, b in question_turns(text, frozenset({"reuters"}))]
    assert spans == ["QUESTION: Kenya said it will send troops. Will you join?",
                     "Reuters: Is the visit confirmed?", "And who will lead it?"]
    assert question_turns("Talks began at 10:30. Ruritania said: no.", frozenset()) == []


def test_question_facts_dropped_answer_kept(nlp):
    text = ("Q: Armenia accused Azerbaijan of shelling its border villages. Will Japan sanction "
            "Azerbaijan?\n\nA: We urge Armenia and Azerbaijan to exercise restraint.")
    keys = _run(nlp, text, source="Ministry of Foreign Affairs of Japan")
    assert _has(keys, "Armenia", "accuses", "Azerbaijan")  # the news recounted is a report
    assert not _has(keys, "Japan", "sanctions", "Azerbaijan")  # the question states nothing
    assert _has(keys, "Japan", "appealsTo|demandsFrom", "Armenia")


def test_joint_statement_we_and_the_two_countries(nlp):
    text = ("Prime Minister Anthony Albanese welcomed Prime Minister Fumio Kishida to Perth. "
            "We condemn North Korea's missile launches. The two countries will deepen cooperation "
            "on critical minerals.")
    keys = _run(nlp, text, title="Joint Statement of Australia and Japan")
    for side in ("Australia", "Japan"):
        assert _has(keys, side, "criticizes", "North Korea")
    assert _has(keys, "Australia", "cooperatesWith", "Japan")
    # the same text as a news story: no joint "we"
    assert not _has(_run(nlp, text, title="Leaders meet in Perth"), "Japan", "criticizes", "North Korea")


def test_first_person_of_the_official_the_title_names(nlp):
    text = "Today I spoke with Chancellor Olaf Scholz of Germany. We condemn the attack on Israel by Hamas."
    keys = _run(nlp, text, title="Statement from President Joe Biden on his call", source="The White House")
    assert _has(keys, "Joe Biden", "meets", "Olaf Scholz")
    assert _has(keys, "United States", "criticizes", "Hamas")  # "we": the government
    # a title that names an office and nobody: the government itself
    keys = _run(nlp, text, title="Statement by the Foreign Secretary",
                source="Foreign, Commonwealth & Development Office")
    assert _has(keys, "United Kingdom", "meets", "Olaf Scholz")
    # a news outlet's story: nobody's first person
    keys = _run(nlp, text, title="Statement from President Joe Biden on his call", source="Reuters")
    assert not _has(keys, "Joe Biden", "meets", "Olaf Scholz")


def test_the_two_ministers_after_a_meeting(nlp):
    text = ("Italian Foreign Minister Antonio Tajani met with Indian External Affairs Minister "
            "S. Jaishankar in Rome on Monday. The two ministers discussed maritime security.")
    keys = _run(nlp, text)
    assert _has(keys, "Antonio Tajani", "discusses", "maritime security")
    assert _has(keys, "S. Jaishankar", "discusses", "maritime security")
    text = ("Vladimir Putin had a telephone conversation with President of Turkey Recep Tayyip "
            "Erdogan. The two leaders discussed the grain deal.")
    keys = _run(nlp, text, date="2023-06-14")
    assert _has(keys, "Vladimir Putin", "discusses", "grain deal")
    assert _has(keys, "Recep Tayyip Erdogan", "discusses", "grain deal")


def test_the_two_countries_of_the_two_who_met(nlp):
    """No pair of countries named together: "the two countries" are those of the two people
    who last met, not the two countries mentioned most."""
    text = ("Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida in Tokyo. "
            "China has protested against the meeting. The two countries signed a defence pact.")
    keys = _run(nlp, text, date="2023-04-26")
    assert _has(keys, "India", "cooperatesWith", "Japan")
    assert not _has(keys, "China", "cooperatesWith", "Japan")
    text = ("President Joseph R. Biden, Jr. welcomed President Yoon Suk Yeol of the Republic of Korea "
            "to Washington. The two presidents condemned North Korea's missile launches. The two "
            "countries will expand cooperation on semiconductors.")
    keys = _run(nlp, text, date="2023-04-26")
    assert _has(keys, "United States", "cooperatesWith", "South Korea")
    assert not _has(keys, "North Korea", "cooperatesWith", "South Korea")
    # a pair named together still comes first
    text = ("Narendra Modi met Fumio Kishida in Tokyo. Russia and China held naval drills nearby. "
            "The two countries signed a defence pact.")
    keys = _run(nlp, text, date="2023-04-26")
    assert _has(keys, "Russia", "cooperatesWith", "China")
    assert not _has(keys, "India", "cooperatesWith", "Japan")


def test_office_holder_of_the_issuing_body(nlp):
    text = "The Secretary-General condemns the attack on Kyiv by Russia. He calls on Russia to stop."
    keys = _run(nlp, text, source="United Nations", date="2023-10-09")
    assert _has(keys, "António Guterres", "criticizes", "Russia")
    assert _has(keys, "António Guterres", "appealsTo|demandsFrom", "Russia")
    text = "The President spoke with Prime Minister Benjamin Netanyahu of Israel today."
    assert _has(_run(nlp, text, source="The White House", date="2023-10-09"),
                "Joe Biden", "meets", "Benjamin Netanyahu")
    # in a news story an unnamed "the President" stays unnamed
    assert not _has(_run(nlp, text, source="Reuters", date="2023-10-09"),
                    "Joe Biden", "meets", "Benjamin Netanyahu")
