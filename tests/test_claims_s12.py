"""Session-12 claims named by a noun (:mod:`kg.extract.claims`): the holder of a claim whose
content charges a wrong accuses the side charged; a speaker who calls the claim false denies
what it says. Every sentence is invented (other names and wording than the studied articles')."""
from __future__ import annotations

import pytest

from tests.factkit import check_row, facts

CASES = [
    # 1. the holder named by a possessive, a demonym, an "of" phrase or "made by"
    ("The row deepened over Tokyo's complaints that Seoul had violated the fisheries agreement.",
     [("Japan", "accuses", "South Korea", "positive")], []),
    ("The talks stalled after Iranian accusations that Israel had bombed a depot near Isfahan.",
     [("Iran", "accuses", "Israel", "positive")], []),
    ("Kyiv dismissed the claims of Belarusian officials that Ukraine was preparing an attack on the border.",
     [("Belarus", "accuses", "Ukraine", "positive")], []),
    ("Ankara rejected the assertions made by Greek ministers that Turkey had harassed the ships near Rhodes.",
     [("Greece", "accuses", "Turkey", "positive")], []),
    # a content that charges no wrong, a claim to land, a wrong only foreseen, or one denied
    ("Manila's claim that Beijing will resume the talks surprised diplomats.", [],
     [("Philippines", "accuses", "China", "positive")]),
    ("Hanoi's claims to the Paracel Islands were repeated on Monday.", [],
     [("Vietnam", "accuses", "Paracel Islands", "positive")]),
    ("Seoul's claim that Pyongyang could attack the islands worried investors.", [],
     [("South Korea", "accuses", "North Korea", "positive")]),
    ("Canada's assertion that India had not killed anyone was reported.", [],
     [("Canada", "accuses", "India", "positive")]),
    # 2. a claim called false by the speaker: the content denied as a topic
    ("Beijing said Vietnam's claim that China rammed the fishing boat was not consistent with the facts.",
     [("China", "denies", "ramming fishing boat", "positive"), ("Vietnam", "accuses", "China", "positive")], []),
    ("Moscow said the allegations that Russia was involved in the sabotage were absurd.",
     [("Russia", "denies", "sabotage", "positive")], []),
    ("Beijing said the so-called \"debt trap\" narrative does not hold water.",
     [("China", "denies", "debt trap", "positive")], []),
    # the judge rejects the holder of a claim called false, also a claim to land
    ("Tokyo said Seoul's claims to the islets were groundless.", [("Japan", "rejects", "South Korea", "positive")], []),
    ("India said that Pakistan's allegations that Indian troops had shelled the village were a lie.",
     [("India", "rejects", "Pakistan", "positive"), ("India", "denies", "shelling village", "positive"),
      ("Pakistan", "accuses", "India", "positive")], []),
    # (a judge named only through a relative pronoun's antecedent is left out)
    ("Moscow ignored a verdict by a court in The Hague that found its claims over the strait had no basis.", [],
     [("Netherlands", "rejects", "Russia", "positive")]),
    # a verdict that does not call the claim false denies nothing
    ("Beijing said the allegations that Russia was involved in the sabotage were worrying.", [],
     [("China", "denies", "sabotage", "positive")]),
    # 3. a rejected claim whose content the parser left as a relative clause
    ("Lithuania firmly rejects the claims made by some Belarusian politicians that its embassy has threatened "
     "or exerted pressure on Belarusian journalists.",
     [("Lithuania", "denies", "threatening", "positive"), ("Belarusian politicians", "accuses", "Lithuania", "positive")],
     []),
]


@pytest.mark.parametrize("text,expected,absent", CASES, ids=[c[0][:40] for c in CASES])
def test_claims(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)
