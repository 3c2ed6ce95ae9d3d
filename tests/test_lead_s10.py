"""Lead's session-10 mechanisms. Every sentence is invented for this file."""
from __future__ import annotations

import pytest

from factkit import facts, key


def facts_of(nlp, text):
    """(subject, predicate, object) of the positive facts of ``text``."""
    return {k[:3] for k in map(key, facts(nlp, text)) if k[3] == "positive"}


FOUND = [
    # "the country" after a preposition on the verb's object is not the verb's own subject
    ("Mali is in turmoil. The United States has imposed sanctions on the country.",
     ("United States", "sanctions", "Mali")),
    ("Georgia held elections. Russia launched cyberattacks on the country in March.",
     ("Russia", "attacks", "Georgia")),
    # an unknown town the tagger calls a nationality, after "the town of"
    ("The MNLA captured the town of Kidal.",
     ("National Movement for the Liberation of Azawad", "attacks", "Kidal")),
    # armed plurals "of" / "from" a named group are the group
    ("Fighters of Hamas attacked an Israeli army post.", ("Hamas", "attacks", "Israel")),
    ("Militants of Boko Haram raided the town of Baga.", ("Boko Haram", "attacks", "Baga")),
]

FOUND += [
    # a dateline is its own sentence: never a co-subject or the subject of the lead
    ("OSAKA, Japan (XNA) - U.S. President Joe Biden and Chinese President Xi Jinping will meet "
     "on Saturday.", ("Joe Biden", "meets", "Xi Jinping")),
    ("LIMA (Andes Wire) — Peru on Monday ordered diplomats from Bolivia and Ecuador to leave, "
     "accusing them of meddling.", ("Peru", "accuses", "Bolivia")),
    ("ROME, March 3 (Wire) - Italy and Greece formally asked the EU for help with the arrivals "
     "on Wednesday, breaking with years of reluctance.", ("Greece", "appealsTo", "European Union")),
]

FOUND += [
    # a party-and-state tag after a name is no dateline ("R-S.C." holds a hyphen, not a dash)
    ("Sen. Maria Lopez, R-Texas, criticized Iran on Tuesday.", ("Maria Lopez", "criticizes", "Iran")),
    ("Rep. John Carter, D-Ore., visited Taiwan in May.", ("John Carter", "visits", "Taiwan")),
]

NOT_FOUND = [
    ("OSAKA, Japan (XNA) - U.S. President Joe Biden and Chinese President Xi Jinping will meet "
     "on Saturday.", ("Japan", "meets", "Joe Biden")),
    ("Mali is in turmoil. The United States has imposed sanctions on the country.",
     ("United States", "sanctions", "United States")),
    ("Fighters of Hamas attacked an Israeli army post.", ("fighters", "attacks", "Israel")),
]


@pytest.mark.parametrize("text, expected", FOUND)
def test_found(nlp, text, expected):
    assert expected in facts_of(nlp, text)


@pytest.mark.parametrize("text, unexpected", NOT_FOUND)
def test_not_found(nlp, text, unexpected):
    assert unexpected not in facts_of(nlp, text)
