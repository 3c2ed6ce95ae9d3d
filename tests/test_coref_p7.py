"""Collective actors and bare governments (P7): a plural description that resolves to exactly
the members of a club of states the article names ("the three European countries, known as
the E3") is that club; a definite regional plural with no number ("the Nordic countries") is
the bloc, not the countries listed before; a one-word club name nothing resolved ("the E3")
is an organisation; a bare "the government" is the one country whose government the article
named before, not the dateline's country; "she said" after a sentence about one person
gives that person's gender for later pronouns.

Tables of (text, facts that must be found, facts that must NOT be found); every sentence is
invented for this file.
"""
from __future__ import annotations

import pytest

from factkit import check_row, facts

_TRIO = "Britain, France and Germany warned Belarus on Monday over its missile tests. "
_QUAD = ("The foreign ministers of Japan, the United States, Australia and India met in Delhi on "
         "Friday. The meeting of the grouping known as the Quad was the first this year. ")
_NORDIC = "Sweden's prime minister hosted his counterparts from Denmark, Finland and Iceland. "

ROWS = [
    # a counted description of the listed club members: the club the article names
    (_TRIO + "The three European countries, known as the E3, also met in Paris. Belarus "
     "rejected the European statement and accused the three countries of hypocrisy.",
     [("Belarus", "accuses", "E3", "positive")],
     [("Belarus", "accuses", "France", "positive"), ("Belarus", "accuses", "Germany", "positive")]),
    # the regional adjective on a non-state noun ("the European move")
    (_TRIO + "The trio is known as the E3. Moldova criticised the European move.",
     [("Moldova", "criticizes", "E3", "positive")],
     [("Moldova", "criticizes", "United Kingdom", "positive")]),
    # a gazetteer club named in another sentence: "the four countries" of its exact members
    (_QUAD + "China accused the four countries of forming cliques.",
     [("China", "accuses", "Quad", "positive")],
     [("China", "accuses", "India", "positive"), ("China", "accuses", "Japan", "positive")]),
    # near miss: the members listed, the club never named -> one fact per member
    (_TRIO + "Belarus accused the three countries of hypocrisy.",
     [("Belarus", "accuses", "France", "positive"), ("Belarus", "accuses", "Germany", "positive")],
     [("Belarus", "accuses", "E3", "positive")]),
    # near miss: a club is named, but the description's countries are not its members
    ("Britain, France and Italy warned Belarus on Monday. The E3 met later. Belarus accused "
     "the three countries of hypocrisy.",
     [("Belarus", "accuses", "Italy", "positive")],
     [("Belarus", "accuses", "E3", "positive")]),
    # near miss: the club named only after the description -> one fact per member
    ("Mali, Burkina Faso and Niger were suspended from the bloc. Algeria criticized the three "
     "countries. The three countries later formed the Alliance of Sahel States.",
     [("Algeria", "criticizes", "Mali", "positive"), ("Algeria", "criticizes", "Niger", "positive")],
     [("Algeria", "criticizes", "Alliance of Sahel States", "positive")]),
    # near miss: an explicit list keeps one fact per member even when the club is named
    (_TRIO + "The three countries are known as the E3.",
     [("France", "threatens", "Belarus", "positive")],
     [("E3", "threatens", "Belarus", "positive")]),
    # an uncounted regional plural: the bloc, even after a list of some of its members
    (_NORDIC + "Russia accused the Nordic countries of hysteria.",
     [("Russia", "accuses", "Nordic countries", "positive")],
     [("Russia", "accuses", "Denmark", "positive"), ("Russia", "accuses", "Finland", "positive")]),
    # near miss: the listed countries are all the article names of that region -> the list
    ("The draft came from France and Germany. Russia and China voted no. Moscow accused the "
     "Western powers of lying.",
     [("Russia", "accuses", "France", "positive"), ("Russia", "accuses", "Germany", "positive")],
     [("Russia", "accuses", "Western powers", "positive")]),
    ("Russia accused the Baltic states of provocations.",
     [("Russia", "accuses", "Baltic states", "positive")], []),
    # near miss: a counted regional plural is still the listed members
    ("Estonia, Latvia and Lithuania closed their borders. Russia accused the three Baltic states "
     "of provocations.",
     [("Russia", "accuses", "Estonia", "positive"), ("Russia", "accuses", "Lithuania", "positive")],
     [("Russia", "accuses", "Baltic states", "positive")]),
    # a bare "the government": the one country whose government was named, not the venue's
    ("JEDDAH (AP) — Sudan's government and the Rapid Support Forces resumed talks in Jeddah on "
     "Monday. Saudi Arabia hosts the talks and Saudi Arabia pays for them.\n\nThe RSF accused the "
     "government of breaking its promises.",
     [("Rapid Support Forces", "accuses", "Sudan", "positive")],
     [("Rapid Support Forces", "accuses", "Saudi Arabia", "positive")]),
    # near miss: two governments named before -> no guess from them (the focal country decides)
    ("JEDDAH (AP) — Sudan's government and the Chadian government signed a deal in Jeddah. "
     "Saudi Arabia hosts the talks and Saudi Arabia pays for them.\n\nThe RSF accused the "
     "government of breaking its promises.",
     [], [("Rapid Support Forces", "accuses", "Sudan", "positive"),
          ("Rapid Support Forces", "accuses", "Chad", "positive")]),
]


# a subject "he"/"she" whose sentence and the one before name one person gives that
# person's gender: a later pronoun of the other gender does not go back to them
ROWS += [
    ("Speaking in Kigali, Amina Odhiambo accused Uganda of arming rebels. \"This must stop,\" she "
     "said. Uganda's delegation denied the charge. He accused Kenya of hosting "
     "the rebels.",
     [("Amina Odhiambo", "accuses", "Uganda", "positive")],
     [("Amina Odhiambo", "accuses", "Kenya", "positive")]),
    # near miss: two people named before the "she": no gender learnt, the usual antecedent
    ("Amina Odhiambo and Grace Mwangi accused Uganda of arming rebels. She said it must stop. "
     "Later Amina Odhiambo criticized Kenya. He said nothing more.",
     [("Amina Odhiambo", "accuses", "Uganda", "positive")], []),
]


@pytest.mark.parametrize("text,expected,absent", ROWS)
def test_clubs_and_governments(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)
