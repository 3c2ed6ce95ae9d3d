"""References and names (S9): ends that resolved to the wrong entity or to none.

- a common noun with a name in apposition right after it stands for the name ("in support
  of its ally X", "the militant group X"); a place keeps its description's reading ("the Kazakh capital, Astana");
- "his country", "her nation", "X, whose country / government ..." are the country the
  person serves, not the person;
- "a government crackdown", "government forces" (a bare "government" modifying a noun)
  is the article's country, as "the government" is;
- an object pronoun is never its own verb's subject, also when the candidates come from
  an earlier sentence ("She told him ...": not her);
- an object relative pronoun is its antecedent when that names a person, country or
  group ("Yanukovich, whom the White House accused of ...");
- a name goes on over a one-word "place" the gazetteer does not know ("Council President
  Jerry Matthews | Matjila" with the family name tagged GPE);
- two or three untagged capitalised words after the comma that closes a title's phrase are
  the holder's name ("his Special Representative for Sudan, Volker Perthes"), without the
  Commonwealth styles before it ("Senator the Hon", "Hon");
- "the kingdom" among several monarchies is the one named in its sentence, else the one
  the story names most ("Egypt and Jordan joined ... Pakistan, an ally of the kingdom" in a
  story about Saudi Arabia);
- an organisation span that is a style and a name is the name ("Hon Penny Wong" tagged
  ORG), and one that is only an office ("Special Representative") or a minister's
  portfolio ("Economy, Trade and Industry | Minister X") is no organisation.

Every sentence below was written for this file (names, countries and wording of our own).
"""
from __future__ import annotations

import pytest

from factkit import check_row, facts
from kg.resolve import resolve
from kg.types import Article

# (text, expected (subject, predicate, object, polarity) keys, absent keys)
ROWS = [
    # a common noun with a name in apposition
    ("Iran fired drones at Israel in support of its Lebanese ally Hezbollah.",
     [("Iran", "supports", "Hezbollah", "positive")], []),
    ("Turkey deployed warplanes in support of its partner Azerbaijan.",
     [("Turkey", "supports", "Azerbaijan", "positive")], []),
    ("Moscow flew bombers to the region in support of its allies Belarus and Syria.",
     [("Russia", "supports", "Belarus", "positive"), ("Russia", "supports", "Syria", "positive")], []),
    # a place keeps its description's reading
    ("Brazilian President Lula traveled to the Chilean capital, Santiago, on Monday for talks on trade.",
     [("Lula", "visits", "Chile", "positive")], [("Lula", "visits", "Santiago", "positive")]),
    # "his country", "whose government": the country the person serves
    ("Kenyan President William Ruto, whose country hosts the talks, said his country "
     "would support Somalia.",
     [("Kenya", "supports", "Somalia", "positive")],
     [("William Ruto", "supports", "Somalia", "positive")]),
    ("Venezuelan Foreign Minister Yvan Gil, whose government backs Cuba, spoke on Monday.",
     [("Venezuela", "supports", "Cuba", "positive")], []),
    ("Chilean Foreign Minister Alberto van Klaveren said his country backs Argentina's bid.",
     [("Chile", "supports", "Argentina", "positive")],
     [("Alberto van Klaveren", "supports", "Argentina", "positive")]),
    # "a government crackdown": the modifier is the article's country, as "the government" is
    ("Georgia jailed two opposition leaders on Sunday. Georgia's ruling party defended the "
     "arrests, and Georgian officials said more could follow. Rights groups said a government "
     "crackdown on protesters had left hundreds in jail.",
     [("Georgia", "attacks", "protesters", "positive")], []),
    # object relative pronouns
    ("Ugandan officials met General Mohamed Kaka, whom Kenya accused of war crimes.",
     [("Kenya", "accuses", "Mohamed Kaka", "positive")], []),
    ("Armenian officials visited Georgia, which Azerbaijan has threatened for years.",
     [("Azerbaijan", "threatens", "Georgia", "positive")], []),
    ("The leaders discussed the Pacific Islands Forum summit, which Tonga will host in May.",
     [], [("Tonga", "meets", "Pacific Islands Forum", "positive")]),
]


@pytest.mark.parametrize("text,expected,absent", ROWS)
def test_reference_rows(nlp, text, expected, absent):
    check_row(facts(nlp, text, date="2024-05-02"), expected, absent)


def test_object_pronoun_is_not_its_verbs_subject(nlp):
    text = ("Chancellor Helga Brandt telephoned President Carlos Mendes on Tuesday after her office "
            "learned of the leak. She told him that such spying would be a breach of trust.")
    doc = nlp(text)
    mentions = resolve(doc, Article(id="t", title="t", text=text, date="2024-05-02"))
    him = next(t for t in doc if t.lower_ == "him")
    assert getattr(mentions.entity_at(him), "label", None) == "Carlos Mendes"


def _mentions(nlp, text: str) -> tuple[dict[str, str], set[tuple[str, str, str]]]:
    doc = nlp(text)
    mentions = resolve(doc, Article(id="t", title="t", text=text, date="2024-05-02"))
    labels = {}
    for tok in doc:
        ent = mentions.entity_at(tok)
        if ent is not None:
            labels[ent.label] = ent.type
    return labels, {(f.subject, f.predicate, f.object) for f in mentions.static_facts}


def _kingdom(nlp, text: str) -> str | None:
    doc = nlp(text)
    mentions = resolve(doc, Article(id="t", title="t", text=text, date="2024-05-02"))
    tok = [t for t in doc if t.lower_ == "kingdom"][-1]
    return getattr(mentions.entity_at(tok), "label", None)


@pytest.mark.parametrize("text,country", [
    # the story's kingdom, not the monarchy listed last
    ("Saudi Arabia announced a new cut in oil output on Sunday. Riyadh said the step would calm "
     "markets, and Saudi officials briefed buyers. Bahrain and Morocco welcomed the decision. "
     "Nigeria, a major trading partner of the kingdom, said it would study the plan.", "Saudi Arabia"),
    # one named in the same sentence
    ("Saudi Arabia announced a new cut in oil output on Sunday. Riyadh said the step would calm "
     "markets. Officials in Morocco said the kingdom would not follow.", "Morocco"),
])
def test_the_kingdom_is_the_storys(nlp, text, country):
    assert _kingdom(nlp, text) == country


# (text, people expected, labels that must not be entities, static facts expected)
NAMES = [
    # a family name tagged as a place of its own
    ("The following press statement was issued today by Council President Jerry Matthews "
     "Matjila (South Africa):",
     ["Jerry Matthews Matjila"], ["Matjila", "Jerry Matthews"], []),
    ("The press statement was issued today by Council President Vassily Albertovich "
     "Nebenzia (Russian Federation).",
     ["Vassily Albertovich Nebenzia"], ["Nebenzia"], []),
    # an untagged name after a title's comma; the office is no organisation
    ("The Secretary-General reiterates his full confidence in his Special Representative for "
     "Sudan, Volker Perthes, and in the staff of the mission.",
     ["Volker Perthes"], ["Special Representative"], []),
    # a portfolio before "Minister" is no organisation
    ("Japan's Agriculture, Forestry and Fisheries Minister Taro Sato said the ban would stay.",
     ["Taro Sato"], ["Agriculture, Forestry and Fisheries"], [("Taro Sato", "memberOf", "Japan")]),
    # Commonwealth styles before a name
    ("Australia's Minister for Foreign Affairs, Senator the Hon Penny Wong, and New "
     "Zealand's Minister of Foreign Affairs, Hon Nanaia Mahuta, met in Canberra today.",
     ["Penny Wong", "Nanaia Mahuta"], ["Hon Penny Wong", "Hon Nanaia Mahuta"],
     [("Penny Wong", "memberOf", "Australia"), ("Nanaia Mahuta", "memberOf", "New Zealand")]),
]


@pytest.mark.parametrize("text,people,not_entities,static", NAMES)
def test_name_rows(nlp, text, people, not_entities, static):
    labels, found = _mentions(nlp, text)
    assert {p: labels.get(p) for p in people} == {p: "Person" for p in people}, labels
    assert [x for x in not_entities if x in labels] == [], labels
    assert [s for s in static if s not in found] == [], found
