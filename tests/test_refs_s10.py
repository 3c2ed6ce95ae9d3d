"""References and names (S10): ends that resolved to the wrong entity or to none.

- "the ministry" / "the department" is the ministry named last, also when that one stood
  for its state ("its Trade Ministry said ... The ministry accused ...": the state);
- an unnamed spokesperson speaks for the body or state that modifies the noun ("a Pentagon
  spokesman", "a Commission spokeswoman"), and a bare "the spokesperson" for the body of
  the unnamed one named just before;
- a state's style that the NER cut from the country's name is one name with it ("the
  Republic of | Niger", "the Kingdom of | Lesotho"): the country;
- "an aide / adviser to the Kremlin": the seat of government is the state its aide serves;
- "H.E." (His / Her Excellency) only ever stands before a person's name: the name is the
  person's without it.

Every sentence below was written for this file (names, countries and wording of our own).
"""
from __future__ import annotations

import pytest

from factkit import check_row, facts
from kg.resolve import resolve
from kg.types import Article

# (text, expected (subject, predicate, object, polarity) keys, absent keys)
ROWS = [
    # "the ministry" after a ministry that stands for its state
    ("Vietnam will raise duties on Thai rice from Monday, its Trade Ministry said on Friday. "
     "The ministry accused Thai exporters of dumping.",
     [("Vietnam", "accuses", "Thailand", "positive")], []),
    ("Ecuador closed its border with Peru on Tuesday, its Interior Ministry said. The ministry "
     "also criticised Colombia over the smuggling of arms.",
     [("Ecuador", "criticizes", "Colombia", "positive")], []),
    # an unnamed spokesperson of a named body
    ("A Pentagon spokesman criticised Iran on Monday over the drone attacks.",
     [("Pentagon", "criticizes", "Iran", "positive")], []),
    ("A Kremlin spokeswoman criticised Finland on Thursday. The spokeswoman accused Helsinki "
     "of provoking Moscow.",
     [("Russia", "criticizes", "Finland", "positive"), ("Russia", "accuses", "Finland", "positive")], []),
    ("A Pentagon spokesman spoke on Monday. The spokesman accused Tehran of arming the militias.",
     [("Pentagon", "accuses", "Iran", "positive")], []),
    ("A NATO spokesperson condemned Belarus for the border incident.",
     [("North Atlantic Treaty Organization", "criticizes", "Belarus", "positive")], []),
    # a state's style cut from its name by the NER
    ("Ghana's president flew to the Republic of Niger on Monday for talks.",
     [], [("Ghana", "visits", "Republic", "positive")]),
    ("The regional bloc imposed sanctions on the Republic of Niger after the coup.",
     [], [("Republic", "locatedIn", "Niger", "positive")]),
    # an aide to a seat of government
    ("Dmitry Volkov, a senior foreign policy aide to the Kremlin, told reporters that talks would go on.",
     [("Dmitry Volkov", "memberOf", "Russia", "positive")], []),
    ("Ines Haddad, an adviser to the Elysee, said France would respond.",
     [], [("Ines Haddad", "visits", "Elysee", "positive")]),
]


@pytest.mark.parametrize("text,expected,absent", ROWS)
def test_reference_rows(nlp, text, expected, absent):
    check_row(facts(nlp, text, date="2024-05-02"), expected, absent)


def _mentions(nlp, text: str, date: str = "2024-05-02") -> dict[str, str]:
    article = Article(id="t", title="", text=text, date=date)
    mentions = resolve(nlp(text), article)
    return {m.span.text: m.entities[0].type for m in mentions.mention_list}


@pytest.mark.parametrize("text,span,kind", [
    ("Ghana's president flew to the Republic of Niger on Monday for talks.",
     "Republic of Niger", "Country"),
    ("Lesotho's king met the envoy of the Kingdom of Eswatini in Maseru.",
     "Kingdom of Eswatini", "Country"),
    # "H.E." before a name the dictionary knows, and before one it does not
    ("The summit welcomed H.E. Cyril Ramaphosa, President of the Republic of South Africa.",
     "Cyril Ramaphosa", "Person"),
    ("The Authority thanked H.E. Amadou Sekou Diarra, President of the Commission.",
     "Amadou Sekou Diarra", "Person"),
])
def test_names_and_styles(nlp, text, span, kind):
    found = _mentions(nlp, text)
    assert found.get(span) == kind, found
    assert not any(s.startswith("H.E.") for s in found), found
    assert "Republic" not in found, found
