"""Session 30: general constructions found missing in the sets written this session for study
(h148: concern and agendas; h149: accusations and denials), in samples of misses over all the
studied sets and in probe sentences written around them. Every text is invented."""
from __future__ import annotations

import pytest

from tests.factkit import check_row, facts

#: (text, facts expected, facts that must be absent)
CASES = [
    # a formal protest through diplomatic channels is criticism too, between states or bodies
    ("Germany summoned the U.S. ambassador on Thursday over the surveillance reports.",
     [("Germany", "protestsAgainst", "United States", "positive"), ("Germany", "criticizes", "United States", "positive")],
     []),
    ("Peru recalled its ambassador to Mexico for consultations.",
     [("Peru", "criticizes", "Mexico", "positive")], []),
    ("China lodged stern representations with Washington over the arms sale.",
     [("China", "criticizes", "United States", "positive")], []),
    # ... not between people (the envoy summoned is the protest's messenger) nor for a march
    ("Vice Foreign Minister Akitaka Saiki summoned Chinese Ambassador Cheng Yonghua.",
     [], [("Akitaka Saiki", "criticizes", "Cheng Yonghua", "positive")]),
    ("Thousands of farmers protested against the trade deal in Brussels.", [],
     [("farmers", "criticizes", "European Union", "positive")]),
    ("Italy did not summon the French ambassador.", [], [("Italy", "criticizes", "France", "positive")]),
    # an expulsion of the other side's diplomats accuses that side
    ("Estonia expelled a Russian diplomat on Thursday.", [("Estonia", "accuses", "Russia", "positive")], []),
    ("Kenya ordered the Sudanese ambassador to leave the country.", [], [("Kenya", "accuses", "Sudan", "positive")]),
    # "his Iranian counterpart" as the one urged: the nationality names the side
    ("Egyptian Foreign Minister Sameh Shoukry urged his Iranian counterpart on Sunday to use Tehran's influence.",
     [("Sameh Shoukry", "appealsTo", "Iran", "positive")], []),
    ("The minister urged his counterpart to show restraint.", [], []),
    # "has nothing to do with": a tie denied, to a side too, from either end
    ("Rwandan government spokeswoman Yolande Makolo said Rwanda has nothing to do with the M23.",
     [("Rwanda", "denies", "M23", "positive")], [("Rwanda", "denies", "Rwanda", "positive")]),
    ("Chinese Foreign Ministry spokesperson Lin Jian said the so-called APT40 has nothing to do with the Chinese government.",
     [("China", "denies", "APT40", "positive")], [("China", "denies", "China", "positive")]),
    ("Serbian President Aleksandar Vucic rejected the accusations, saying Serbia had nothing to do with the violence.",
     [("Serbia", "denies", "violence", "positive")], []),
    ("Kenyan President William Ruto said the dispute had nothing to do with Somalia.", [],
     [("Kenya", "denies", "Somalia", "positive")]),
    # a region's leaders or ministers, all of them, are its body meeting
    ("West African leaders imposed a sweeping diplomatic and financial embargo on Mali.",
     [("Economic Community of West African States", "sanctions", "Mali", "positive")], []),
    ("Arab foreign ministers expressed their solidarity with Egypt and Sudan.",
     [("Arab League", "supports", "Egypt", "positive"), ("Arab League", "supports", "Sudan", "positive")], []),
    ("Southeast Asian foreign ministers expressed deep concern on Wednesday over the escalating violence in Myanmar.",
     [("Association of Southeast Asian Nations", "concernedAbout", "escalating violence in myanmar", "positive")], []),
    ("East African leaders urged the M23 rebels to withdraw from Goma.",
     [("East African Community", "demandsFrom", "M23", "positive")], []),
    ("Two West African ministers criticised the junta in Niger.", [],
     [("Economic Community of West African States", "criticizes", "Niger", "positive")]),
    ("Some Arab leaders welcomed the plan of Egypt.", [], [("Arab League", "supports", "Egypt", "positive")]),
]


@pytest.mark.parametrize("text,expected,absent", CASES, ids=[c[0][:60] for c in CASES])
def test_construction(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)
