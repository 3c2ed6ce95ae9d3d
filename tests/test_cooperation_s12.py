"""Session-12 cooperation without a cooperation word: parties that agree together, one that
agrees to what another side asks or sends, a partner parsed as the subject of a purpose
clause ("work with X to do Y"), a joint subject that holds its own drills, is partners with
itself or drafts a text together. Every sentence is invented (other names and wording than
the studied articles')."""
from __future__ import annotations

import pytest

from tests.factkit import check_row, facts

CASES = [
    # 1. an agreement reached together (:mod:`kg.extract.frames.agreements`, frame-agreed-together)
    ("Armenia and Azerbaijan have agreed to a three-day humanitarian truce in the disputed region.",
     [("Armenia", "cooperatesWith", "Azerbaijan", "positive")], []),
    ("Peru and Chile agreed on Tuesday to open a second border crossing.",
     [("Peru", "cooperatesWith", "Chile", "positive")], []),
    ("Ghana and Togo agreed that their navies would patrol the Gulf of Guinea together.",
     [("Ghana", "cooperatesWith", "Togo", "positive")], []),
    # a shared view is no agreement to act; a failed agreement is none
    ("France and Belgium agreed that Russia was to blame for the outage.", [],
     [("France", "cooperatesWith", "Belgium", "positive")]),
    ("Serbia and Kosovo failed to agree on a new licence plate rule.", [],
     [("Serbia", "cooperatesWith", "Kosovo", "positive")]),
    # agreeing only to meet or to stay in touch is the meeting's fact, no cooperation
    ("Canada and Mexico agreed to meet again in Ottawa next month.", [],
     [("Canada", "cooperatesWith", "Mexico", "positive")]),
    ("Brazil and Argentina agreed to maintain close contact.", [],
     [("Brazil", "cooperatesWith", "Argentina", "positive")]),
    # one side agrees to what another sends or asks
    ("Guatemala agreed on Monday to accept migrant flights from Mexico.",
     [("Guatemala", "cooperatesWith", "Mexico", "positive")], []),
    ("Ecuador agreed to Peru's request for a joint investigation.",
     [("Ecuador", "cooperatesWith", "Peru", "positive")], []),
    # 2. "work with X to do Y": X parsed as the purpose clause's subject (frame-with-clause)
    ("The EU will keep working closely with the Georgian authorities to fight disinformation.",
     [("European Union", "cooperatesWith", "Georgia", "positive")], []),
    ("Australia is working with Indonesia to curb illegal fishing.",
     [("Australia", "cooperatesWith", "Indonesia", "positive")], []),
    # 3. a joint subject holding its drills (frame-joint-exercise); others' drills condemned are no cooperation
    ("Tokyo and Canberra began their annual air defence exercise on Thursday.",
     [("Japan", "cooperatesWith", "Australia", "positive")], []),
    ("Iran and Syria condemned their neighbours' drills.", [],
     [("Iran", "cooperatesWith", "Syria", "positive")]),
    # 4. partners with each other (frame-mutual-partners)
    ("Egypt and Greece are close strategic partners, the minister said.",
     [("Egypt", "cooperatesWith", "Greece", "positive")], []),
    ("Poland and Lithuania are allies who will stand up for each other.",
     [("Poland", "cooperatesWith", "Lithuania", "positive")], []),
    ("Ethiopia and Eritrea are not partners.", [], [("Ethiopia", "cooperatesWith", "Eritrea", "positive")]),
    # 5. co-authors of a text (frame-joint-authors)
    ("The resolution, drafted by Mexico and Switzerland, was adopted unanimously.",
     [("Mexico", "cooperatesWith", "Switzerland", "positive")], []),
    ("Norway and Brazil tabled a draft resolution on climate finance.",
     [("Norway", "cooperatesWith", "Brazil", "positive")], []),
]


@pytest.mark.parametrize("text,expected,absent", CASES, ids=[c[0][:40] for c in CASES])
def test_cooperation(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)
