"""Session 12: verdicts passed on an act with a naming verb, aimed at the act's author
(:mod:`kg.extract.frames.verdicts`). Every text is invented."""
from __future__ import annotations

import pytest

from tests.factkit import check_row, facts

#: (text, facts expected, facts that must be absent)
MECHANISMS = [
    # a bare definite act noun nobody is named for: the article's lead act
    ("BAKU, March 3 - Azerbaijan said on Monday it would close its border with Iran to all trucks. "
     "The border has been a busy trade route for years. "
     "Iran's Foreign Ministry called the closure \"unjustified\" and urged Baku to reconsider.",
     [("Iran", "criticizes", "Azerbaijan", "positive")], []),
    ("Peru will impose duties of up to 40% on Chilean fruit from Monday, its trade ministry said. "
     "Exporters said the duties would hurt growers. "
     "Chile's Agriculture Minister Esteban Valenzuela called the decision \"deeply unfair\".",
     [("Esteban Valenzuela", "criticizes", "Peru", "positive")], []),
    # ... but praise is no verdict
    ("Peru will lift duties on Chilean fruit from Monday, its trade ministry said. "
     "Chile's Agriculture Minister Esteban Valenzuela called the decision \"a welcome step\".",
     [], [("Esteban Valenzuela", "criticizes", "Peru", "positive")]),
    # ... and the speaker's own lead act is never criticised by the speaker
    ("Peru will impose duties on Chilean fruit, its trade ministry said. "
     "Peru's trade minister called the decision \"unfair\" to exporters at home.",
     [], [("Peru", "criticizes", "Peru", "positive")]),
    # the claim judged named as a second object of "as": its owner is rejected
    ("The ministry of Serbia rejected as \"disinformation\" Croatia's claim that troops had crossed the border.",
     [("Serbia", "rejects", "Croatia", "positive")], []),
    ("Colombia's president rejected as \"slander\" Venezuela's claim that her government protected smugglers.",
     [("Colombia", "rejects", "Venezuela", "positive")], []),
    # an act in apposition to a clause whose subject is a body named by its country
    ("A Belarusian court jailed the opposition leader for ten years, a move Ursula von der Leyen called \"shameful\".",
     [("Ursula von der Leyen", "criticizes", "Belarus", "positive")], []),
    # the verdict names who does it
    ("Lithuania reported new airspace violations, the latest in a series of incidents that Vilnius "
     "describes as a \"hostile pressure campaign by Minsk\".",
     [("Lithuania", "criticizes", "Belarus", "positive")], []),
    # a person referred to by a pronoun, described by a reproach
    ("General Vladimir Padrino visited Havana on Monday. US Ambassador Linda Reyes described him as "
     "\"a drug trafficker\" in an interview.",
     [("Linda Reyes", "criticizes", "Vladimir Padrino", "positive")], []),
    # an "of" phrase names the victim: not criticised
    ("President Recep Erdogan has called the isolation of Qatar inhumane.",
     [], [("Recep Erdogan", "criticizes", "Qatar", "positive")]),
    # a figure is no act: not the clause's subject
    ("The rebels claimed to have killed 30 soldiers, a figure the army of Mali dismissed as propaganda.",
     [], [("Mali", "criticizes", "rebels", "positive")]),
]


@pytest.mark.parametrize("text,expected,absent", MECHANISMS, ids=[m[0][:40] for m in MECHANISMS])
def test_mechanism(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)
