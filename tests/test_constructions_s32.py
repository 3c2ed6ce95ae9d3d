"""Session 32: general constructions found missing in the sets written this session for study
(h158-h161), in samples of misses over all the studied sets and in probe sentences written
around them. Every text is invented."""
from __future__ import annotations

import pytest

from tests.factkit import check_row, facts

#: (text, facts expected, facts that must be absent)
CASES = [
    # a ministry spokesperson's country is not one named inside the quotation; the capital they
    # speak in says it
    ('"Our destroyer did not aim any radar at the Japanese aircraft," Defense Ministry spokesperson '
     "Choi Hyun-soo told a regular briefing in Seoul.",
     [("Choi Hyun-soo", "memberOf", "South Korea", "positive")], [("Choi Hyun-soo", "memberOf", "Japan", "positive")]),
    # a short name keeps the body it first stood for, also where the NER tagged it alone
    ("The Peace and Security Council of the African Union met in Addis Ababa on Tuesday. The Council "
     "condemned the dissolution of the Sovereign Council. The Council demanded the release of Prime "
     "Minister Abdalla Hamdok and called on the army to show restraint.",
     [("Peace and Security Council", "criticizes", "Sovereign Council", "positive")],
     [("Sovereign Council", "appealsTo", "Sudan", "positive"), ("Sovereign Council", "demandsFrom", "Sudan", "positive")]),
    # "met visiting X", "held talks with visiting X": the guest visits the host's country
    ("Prime Minister Narendra Modi held talks with visiting Australian Prime Minister Anthony Albanese on Friday.",
     [("Anthony Albanese", "visits", "India", "positive"), ("Narendra Modi", "meets", "Anthony Albanese", "positive")], []),
    ("Zimbabwean President Emmerson Mnangagwa met visiting Chinese Foreign Minister Wang Yi in Harare on Monday.",
     [("Wang Yi", "visits", "Zimbabwe", "positive"), ("Emmerson Mnangagwa", "meets", "Wang Yi", "positive")],
     [("Emmerson Mnangagwa", "visits", "China", "positive")]),
    ("Kenyan officials met visiting Ugandan troops in Nairobi.", [], [("Kenya", "visits", "Uganda", "positive")]),
    # "A of X and B of Y met": B is A's conjunct; a plural title is no part of A's name
    ("Foreign Ministers Ararat Mirzoyan of Armenia and Jeyhun Bayramov of Azerbaijan met outside Washington.",
     [("Ararat Mirzoyan", "meets", "Jeyhun Bayramov", "positive"), ("Ararat Mirzoyan", "memberOf", "Armenia", "positive"),
      ("Jeyhun Bayramov", "memberOf", "Azerbaijan", "positive")], []),
    # a region's director at a body heads a desk of it
    ('"The sanctions are overdue," said Laetitia Bader, Horn of Africa director at Human Rights Watch.',
     [("Laetitia Bader", "memberOf", "Human Rights Watch", "positive")],
     [("Laetitia Bader", "leaderOf", "Human Rights Watch", "positive")]),
    # "A, B and C accuse X": B parsed as A's apposition, a body beside a capital
    ("Kinshasa, the UN and Western governments accuse Rwanda of arming the M23 rebels.",
     [("United Nations", "accuses", "Rwanda", "positive"), ("Western governments", "accuses", "Rwanda", "positive")], []),
    # "X's drone and missile attacks": the attacks are X's
    ("Biden condemned the Houthis' repeated drone and missile attacks against civilian infrastructure in the UAE "
     "and Saudi Arabia.",
     [("Houthis", "attacks", "United Arab Emirates", "positive")], []),
    # a bare "the army" in a paragraph about one country
    ("Burkina Faso has been fighting jihadist groups since 2015. In April, Human Rights Watch accused "
     "the army of killing at least 223 civilians.",
     [("Human Rights Watch", "accuses", "Burkina Faso", "positive")], []),
    # more plural groups of states
    ("Russia's U.N. Ambassador Vassily Nebenzia accused Western delegations of pressuring smaller countries.",
     [("Vassily Nebenzia", "accuses", "Western delegations", "positive")], []),
    ("Sherry Rehman criticised rich countries for the slow pace of climate finance.",
     [("Sherry Rehman", "criticizes", "rich countries", "positive")], []),
    # the authors of a text support it ("U.S.-drafted" is no part of the text's label)
    ("Russia and China vetoed a U.S.-drafted U.N. Security Council resolution on Thursday.",
     [("United States", "supports", "resolution", "positive"), ("Russia", "rejects", "resolution", "positive")], []),
    ("The text, drafted by the United States and Japan, received 13 votes.",
     [("United States", "supports", "text", "positive"), ("Japan", "supports", "text", "positive")], []),
    ("Ethiopia rejected the draft resolution circulated by Tunisia.",
     [("Tunisia", "supports", "draft resolution", "positive")], []),
    # a matter raised with an international body asks it to act; with a person it is a meeting
    ("Yerevan would raise the incident with the Collective Security Treaty Organization.",
     [("Armenia", "appealsTo", "Collective Security Treaty Organization", "positive")],
     [("Armenia", "meets", "Collective Security Treaty Organization", "positive")]),
    ("Jokowi was expected to raise the dispute with European Council President Charles Michel.",
     [("Jokowi", "meets", "Charles Michel", "positive")], [("Jokowi", "appealsTo", "Charles Michel", "positive")]),
    # "what he called attempts by X": X is the author of the act named
    ("Wang Wenbin criticised what he called attempts by Australia to hype up the issue.",
     [("Wang Wenbin", "criticizes", "Australia", "positive")], []),
    # a participle conjoined with a perfect is outside its negation
    ('Antonio Guterres toured the flooded districts, saying that he had "never seen devastation on this scale" '
     "and urging wealthy nations to send more aid to Pakistan.",
     [("Antonio Guterres", "appealsTo", "wealthy nations", "positive")],
     [("Antonio Guterres", "appealsTo", "wealthy nations", "negative")]),
]


@pytest.mark.parametrize("text,expected,absent", CASES, ids=[c[0][:60] for c in CASES])
def test_construction(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)


#: (title, text, facts expected): help given in an article about one country's disaster
TITLED = [
    # money pledged with no recipient named is for the article's country
    ("Gulf states pledge flood aid to Pakistan",
     "Floods have killed more than 1,000 people in Pakistan. Pakistan's government appealed for help on Sunday. "
     "The United Arab Emirates pledged $50 million on Monday.",
     [("United Arab Emirates", "aids", "Pakistan", "positive")]),
    # ... and so is a relief operation launched with no place named
    ("Nepal earthquake death toll rises",
     "A powerful earthquake struck Nepal on Saturday. At the request of the Government of Nepal, the Government "
     "of India launched a large-scale rescue and relief operation within hours of the disaster.",
     [("India", "aids", "Nepal", "positive")]),
]


@pytest.mark.parametrize("title,text,expected", TITLED, ids=[c[0] for c in TITLED])
def test_help_for_the_article_country(nlp, title, text, expected):
    check_row(facts(nlp, text, title=title), expected, [])


def test_long_country_title_before_an_untagged_name(nlp):
    """"held talks with Minister of Foreign Affairs of the Republic of Uzbekistan X": the name
    the NER left untagged after the country's long form is the minister's, and the talks' partner."""
    check_row(facts(nlp, "Kazakh Foreign Minister Mukhtar Tileuberdi today held talks with Minister of Foreign "
                         "Affairs of the Republic of Uzbekistan Abdulaziz Kamilov."),
              [("Abdulaziz Kamilov", "memberOf", "Uzbekistan", "positive"),
               ("Mukhtar Tileuberdi", "meets", "Abdulaziz Kamilov", "positive")], [])


@pytest.mark.parametrize("text,expected,absent", [
    # "the state visit of X to Y": the "of" phrase names the visitor
    ("The ministers reviewed the agreements reached during the state visit of President Tokayev to Uzbekistan.",
     [("Tokayev", "visits", "Uzbekistan", "positive")], []),
    # a named person expected in another country's town is to visit it
    ("Somali President Hassan Sheikh Mohamud is expected in Cairo on Wednesday.",
     [("Hassan Sheikh Mohamud", "visits", "Egypt", "positive")], []),
    ("Egyptian President Abdel Fattah al-Sisi is expected in Cairo on Wednesday.",
     [], [("Abdel Fattah al-Sisi", "visits", "Egypt", "positive")]),
], ids=["visit of X to Y", "expected in a capital", "expected at home"])
def test_visits_named_by_nouns_and_expectations(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)


def test_expected_visit_is_expected(nlp):
    found = [f for f in facts(nlp, "Somali President Hassan Sheikh Mohamud is expected in Cairo on Wednesday.")
             if f.predicate == "visits"]
    assert found and {f.modality for f in found} == {"expected"}


def test_council_of_a_body_with_its_acronym(nlp):
    """"The Peace and Security Council (PSC) of the African Union": a council of a body is part
    of it, with its acronym between."""
    check_row(facts(nlp, "The Peace and Security Council (PSC) of the African Union decided to suspend Sudan."),
              [("Peace and Security Council", "memberOf", "African Union", "positive")], [])


def test_members_as_the_second_predicate(nlp):
    """"A and B are both neighbours of C and important members of X": the second predicate's
    membership is the subjects' too."""
    check_row(facts(nlp, "Iran and Pakistan are both friendly neighbors of China and important members of the "
                         "Shanghai Cooperation Organization (SCO)."),
              [("Iran", "memberOf", "Shanghai Cooperation Organization", "positive"),
               ("Pakistan", "memberOf", "Shanghai Cooperation Organization", "positive")], [])


def test_measures_imposed_on(nlp):
    """"the EU measures imposed on Kosovo": a measure imposed "on" someone hits them."""
    check_row(facts(nlp, "The EU measures imposed on Kosovo in June include the suspension of funding."),
              [("European Union", "sanctions", "Kosovo", "positive")], [])
