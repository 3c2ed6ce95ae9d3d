""""President X's government" / "the X administration" stand for the country X heads:
from the text's title when it names the country, else from the office-holders table at
the article date, else the article's own country."""
from __future__ import annotations

import pytest

from kg.extract import extract_doc
from kg.types import Article


def facts_of(nlp, text, date):
    doc = nlp(text)
    article = Article(id="t", title="t", text=text, date=date)
    return {(f.subject, f.predicate, f.object) for f in extract_doc(doc, article).facts}


CASES = [
    # a head of state named by title only: the table says which country
    ("Talks in Geneva between President Nicolas Maduro's government and U.S. officials "
     "resumed on Tuesday.", "2025-06-10", ("Venezuela", "negotiatesWith", "United States")),
    ("Prime Minister Viktor Orban's government criticised the European Commission on Thursday.",
     "2024-12-12", ("Hungary", "criticizes", "European Commission")),
]
NOT = [
    # after the term ends the table gives nothing, and Geneva is not the leader's country
    ("Talks in Geneva between President Nicolas Maduro's government and U.S. officials "
     "resumed on Tuesday.", "2026-08-10", ("Switzerland", "negotiatesWith", "United States")),
]


@pytest.mark.parametrize("text,date,fact", CASES)
def test_government_of_a_known_head(nlp, text, date, fact):
    assert fact in facts_of(nlp, text, date)


@pytest.mark.parametrize("text,date,fact", NOT)
def test_no_guess_outside_the_term(nlp, text, date, fact):
    assert fact not in facts_of(nlp, text, date)




def test_government_in_a_capital_is_that_country(nlp):
    facts = facts_of(nlp, "The African Union urged the government in Juba to free the detained "
                          "ministers.", "2025-03-28")
    assert ("African Union", "demandsFrom", "South Sudan") in facts or \
        ("African Union", "appealsTo", "South Sudan") in facts


def test_troops_in_a_capital_are_not_its_country(nlp):
    facts = facts_of(nlp, "The troops in Damascus opened fire on the convoy.", "2024-12-10")
    assert not any(s == "Syria" for s, _p, _o in facts)


def static_of(nlp, text):
    doc = nlp(text)
    article = Article(id="t", title="t", text=text, date="2025-03-03")
    return {(f.subject, f.predicate, f.object) for f in extract_doc(doc, article).facts
            if f.predicate in ("leaderOf", "memberOf")}


def test_article_country_not_given_to_a_second_holder_of_its_title(nlp):
    lead = "VIENNA (Reuters) - Austria and Hungary signed a deal, and Austria said it would follow. "
    alone = static_of(nlp, lead + "President Ana Ruiz said the deal was good. Austria welcomed it.")
    assert ("Ana Ruiz", "leaderOf", "Austria") in alone
    taken = static_of(nlp, "VIENNA (Reuters) - Austria's President Karl Ebner hosted talks. " + lead
                      + "President Ana Ruiz said the deal was good. Austria welcomed it.")
    assert ("Karl Ebner", "leaderOf", "Austria") in taken
    assert ("Ana Ruiz", "leaderOf", "Austria") not in taken
