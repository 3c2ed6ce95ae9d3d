"""Session-12 ends: unowned nouns of who rules ("the authorities", "the generals", "those
responsible"), regional leaders acting as their bloc, "the X-led bloc", and deadlines given
"until" a date; sentences invented for the test, with near misses that must stay silent."""
from __future__ import annotations

import pytest

from tests.factkit import check_row, facts

_COUP = "Soldiers seized power in Chad on Wednesday and detained President Idriss Kaba. " \
        "Chad's neighbours condemned the coup in Chad. "

#: (title, text, facts expected, facts that must be absent)
CASES = [
    # the country the headline names, though another one is named more often in the text
    ("Unrest grips Peru as police fire on marchers",
     "Spain said Spanish tourists in Peru were safe after clashes in Peru. Spain's embassy in Lima stayed open, and Spain "
     "sent a consul. The European Union urged the authorities to respect the right to protest.",
     [("European Union", "appealsTo", "Peru", "positive")],
     [("European Union", "appealsTo", "Spain", "positive")]),
    # two countries in the headline and none standing out: nobody
    ("Peru and Chile trade barbs over border",
     "Peru accused Chile of moving troops. Chile denied it. The United Nations urged the "
     "authorities to show restraint.",
     [], [("United Nations", "appealsTo", "Peru", "positive"), ("United Nations", "appealsTo", "Chile", "positive")]),
    # a coup with no junta named: the generals, the soldiers and those responsible are the country
    ("Army seizes power in Chad", _COUP + "The United States urged the generals to free Kaba.",
     [("United States", "demandsFrom", "Chad", "positive")], []),
    ("Army seizes power in Chad", _COUP + "Nigeria urged those responsible to restore civilian rule.",
     [("Nigeria", "appealsTo", "Chad", "positive")], []),
    # a junta named as a body: the military council is that body
    ("Army seizes power in Chad", _COUP + "The officers formed a Supreme Military Committee. "
     "Protest leaders said they would not talk unless the military council freed Kaba.",
     [("protest leaders", "demandsFrom", "Supreme Military Committee", "positive")], []),
    # a singular general is a person; "those responsible for" an attack are unknown authors
    ("Army seizes power in Chad", _COUP + "General Mahamat Deby led the coup. Kenya urged the general to free Kaba.",
     [], [("Kenya", "appealsTo", "Chad", "positive")]),
    ("Bomb kills 12 in Chad",
     "A bomb killed 12 people in Chad on Sunday. Chad's government condemned the attack in Chad. "
     "France urged those responsible for the attack to surrender.",
     [], [("France", "appealsTo", "Chad", "positive")]),
    # the soldiers of an article on no coup are anybody's
    ("Floods hit Chad", "Floods hit Chad on Monday and Chad's army sent trucks to Chad's south. "
     "Aid agencies urged the soldiers to open the roads.",
     [], [("aid agencies", "appealsTo", "Chad", "positive")]),
    # leaders of a region acting together are its bloc, when the article names it
    ("Sanctions on Guinea", "ECOWAS held a summit in Accra. West African leaders froze Guinea's assets "
     "at the central bank.", [("Economic Community of West African States", "sanctions", "Guinea", "positive")], []),
    ("Summit", "Southeast Asian leaders urged Myanmar to end the violence.",
     [], [("Association of Southeast Asian Nations", "appealsTo", "Myanmar", "positive")]),
    # a grouping named by the state that leads it
    ("Gulf rift", "The Saudi-led bloc handed Qatar a list of demands on Thursday.",
     [("Saudi Arabia", "demandsFrom", "Qatar", "positive")], []),
    # a deadline given until a date
    ("Ultimatum", "Turkey has given Syrian government forces until the end of the month to pull back.",
     [("Turkey", "demandsFrom", "Syria", "positive")], []),
    ("Ultimatum", "Nigeria gave Niger's rulers until Sunday to restore the president.",
     [("Nigeria", "demandsFrom", "Niger", "positive")], []),
]


@pytest.mark.parametrize("title,text,expected,absent", CASES, ids=[c[1][:40] for c in CASES])
def test_ends_s12(nlp, title, text, expected, absent):
    check_row(facts(nlp, text, title=title), expected, absent)
