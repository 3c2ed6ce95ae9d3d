"""Session-12 lead fixes: a quarrel over a matter is no fight, a name the model ran into its
verb ("Lula rang"), calls by ringing or telephoning, and the country of an official whose
title names none: the capital the sentence is set in, a name the model tagged as a body
after a title noun, and a dateline city whose country the story barely names. Every
sentence is invented."""
from __future__ import annotations

import pytest

from tests.factkit import check_row, facts

CASES = [
    # 1. "clashed over maritime borders" is a dispute; clashes in a place or over ground are fights
    ("Greece and Turkey have clashed over maritime borders for decades.", [],
     [("Greece", "attacks", "Turkey", "positive"), ("Turkey", "attacks", "Greece", "positive")]),
    ("Paris and Rome clashed about migration quotas at the summit.", [], [("France", "attacks", "Italy", "positive")]),
    ("Indian and Chinese troops clashed in the Galwan Valley on Monday.", [("India", "attacks", "China", "positive")], []),
    ("Armenian and Azerbaijani forces clashed over the weekend near the border.",
     [("Azerbaijan", "attacks", "Armenia", "positive")], []),
    ("Israeli troops and Palestinian gunmen clashed over the town of Jenin.",
     [("Palestinian gunmen", "attacks", "Israel", "positive")], []),
    # 2. a name does not end in a lowercase finite verb; ringing and telephoning are calls
    ("Brazilian President Lula rang Argentina's Javier Milei on Sunday.", [("Lula", "meets", "Javier Milei", "positive"),
                                                                           ("Lula", "leaderOf", "Brazil", "positive")], []),
    ("Chancellor Olaf Scholz telephoned Polish Prime Minister Donald Tusk on Friday.",
     [("Olaf Scholz", "meets", "Donald Tusk", "positive")], []),
    # 3. concerned by reports of X: X is the worry, not the reports
    ("Norway is deeply concerned by reports of an imminent militia assault on Kadugli.",
     [("Norway", "concernedAbout", "imminent militia assault on kadugli", "positive")], [("Norway", "concernedAbout", "reports", "positive")]),
    ("Chile is troubled by reports that a drone strike hit a hospital.", [("Chile", "concernedAbout", "drone strike", "positive")], []),
    # 4. "In Tehran, government spokesman X said": the capital the sentence is set in
    ("Russia's envoy Mikhail Ulyanov urged calm. In Tehran, government spokesman Ali Rabiei said the centrifuges "
     "would be replaced.", [("Ali Rabiei", "memberOf", "Iran", "positive")], [("Ali Rabiei", "memberOf", "Russia", "positive")]),
    ("Germany's Annalena Baerbock spoke first. In Ankara, Foreign Ministry spokesman Oncu Keceli said Turkey would "
     "not change course.", [("Oncu Keceli", "memberOf", "Turkey", "positive")],
     [("Oncu Keceli", "memberOf", "Germany", "positive")]),
    # 5b. the place of a site struck "what X described as" a camp inside Y
    ("Turkish jets struck what Ankara described as a militant hideout inside Iraq.", [("Turkey", "attacks", "Iraq", "positive")], []),
    # 7. a campaign with no target in an article about two sides: aimed at the other side
    ("Israel and Hamas traded blame again. Hamas said Israel was to blame. Israel said Hamas started it. "
     "Israel launched its offensive on July 8.", [("Israel", "attacks", "Hamas", "positive")], []),
    ("Biden met Putin. Biden and Putin discussed arms control. Putin wants guarantees from Biden. "
     "The U.S. said Russia must end its invasion.", [], [("Russia", "attacks", "United States", "positive")]),
    ("Israel and France met. France and Israel talked. Israel and France spoke. France criticised Israel's resumption "
     "of its offensive in Gaza last month.", [], [("Israel", "attacks", "France", "positive")]),
    # 5. a name after a title noun that the model tagged as a body is a person
    ("Turkey rejected the complaint. Foreign Ministry spokesman Tanju Bilgic said Ankara had done nothing wrong.",
     [("Tanju Bilgic", "memberOf", "Turkey", "positive")], []),
]


@pytest.mark.parametrize("text,expected,absent", CASES, ids=[c[0][:40] for c in CASES])
def test_lead_s12(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)


def test_dateline_city_of_a_country_the_story_barely_names(nlp):
    """"PARIS -- Zambia ... China ...": a creditors' meeting in Paris does not make the
    unmarked finance minister French; the country the story is about does."""
    text = ("PARIS, March 3 -- Malawi has reached a deal with its official creditors, led by China, "
            "President Lazarus Chakwera said. Malawi will now restructure its loans. The Paris Club "
            "hosted the meeting, and France welcomed the accord. China said the Malawi deal was fair. "
            "Malawi's central bank and China's lenders will meet again. Finance Minister Sosten Gwengwe said "
            "Malawi would turn to private creditors next.")
    got = facts(nlp, text, date="2023-03-03")
    check_row(got, [], [("Sosten Gwengwe", "memberOf", "France", "positive")])
