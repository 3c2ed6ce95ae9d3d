"""Precision mechanisms (P1): each row is a general pattern of news prose with near misses
that must not fire.

``ROWS`` are (sentence, expected facts, facts that must be absent); a fact is
(subject, predicate, object, polarity). The sentences are written for these tests.
"""
from __future__ import annotations

import pytest

from factkit import check_row
from factkit import facts as _facts

POS, NEG = "positive", "negative"

ROWS = [
    # a text calls on X for whoever adopts or issues it, not for whoever ignores it
    ("The Security Council adopted a resolution calling on Israel to withdraw.",
     [("Security Council", "demandsFrom", "Israel", POS)], []),
    ("Argentina said Britain had ignored United Nations resolutions calling on both countries to negotiate.",
     [], [("Argentina", "appealsTo", "United Kingdom", POS), ("United Kingdom", "appealsTo", "Argentina", POS)]),
    # "refrain from V-ing": the act is renounced, not done
    ("Under the accord, Kenya and Somalia pledged to refrain from providing weapons to armed groups.",
     [("Kenya", "aids", "armed groups", NEG)],
     [("Kenya", "aids", "armed groups", POS), ("Somalia", "aids", "armed groups", POS)]),
    ("Peru agreed to abstain from attacking Bolivia.",
     [("Peru", "attacks", "Bolivia", NEG)], [("Peru", "attacks", "Bolivia", POS)]),
    # near misses: the act after a refusal, and an act beside a refrained comment
    ("Peru refrained from comment and attacked Bolivia.",
     [("Peru", "attacks", "Bolivia", POS)], [("Peru", "attacks", "Bolivia", NEG)]),
    ("Peru has not refrained from attacking Bolivia.",
     [("Peru", "attacks", "Bolivia", POS)], [("Peru", "attacks", "Bolivia", NEG)]),
    # the chair of a meeting that brought together ministers from a list of states negotiates
    # with none of them; a go-between of the subject's talks does
    ("The summit, chaired by Kenyan President William Ruto, brought together ministers from "
     "member states including Ghana, Senegal and Mali.", [],
     [("William Ruto", "negotiatesWith", "Ghana", POS), ("William Ruto", "negotiatesWith", "Mali", POS)]),
    ("Armenia and Azerbaijan agreed on Monday to a prisoner swap in talks mediated by Qatar.",
     [("Qatar", "negotiatesWith", "Armenia", POS), ("Qatar", "negotiatesWith", "Azerbaijan", POS)], []),
    ("The leaders of Armenia and Azerbaijan were due in Doha for talks mediated by Qatar.",
     [("Qatar", "negotiatesWith", "Armenia", POS), ("Qatar", "negotiatesWith", "Azerbaijan", POS)], []),
    ("Talks between Ethiopia and Egypt, mediated by the African Union, stalled in March.",
     [("African Union", "negotiatesWith", "Egypt", POS)], []),
    # co-hosts or co-mediators of earlier talks are no parties to each other
    ("Earlier rounds of the dialogue had been hosted by Iraq and Oman.", [],
     [("Iraq", "negotiatesWith", "Oman", POS), ("Oman", "negotiatesWith", "Iraq", POS)]),
    ("Previous talks were mediated by Qatar and Egypt.", [],
     [("Qatar", "negotiatesWith", "Egypt", POS), ("Egypt", "negotiatesWith", "Qatar", POS)]),
    # near miss: a pact signed by two states binds them to each other
    ("The peace accord was signed by Armenia and Azerbaijan.",
     [("Armenia", "cooperatesWith", "Azerbaijan", POS)], []),
    # a spokesman of a body named by its country's demonym speaks for that country: telling of
    # its own strikes is no accusation; a spokesman of the other side's body accuses
    ("The Thai Army said Cambodian troops had fired rockets on Monday. \"Our troops responded only "
     "against military targets,\" army spokesman Major General Arun Pradit told reporters, adding that "
     "Thai artillery had struck Cambodian rocket launch sites.",
     [("Thailand", "attacks", "Cambodia", POS)], [("Arun Pradit", "accuses", "Thailand", POS)]),
    ("The Cambodian Defence Ministry held a briefing on Monday. Ministry spokeswoman Lieutenant General "
     "Sok Vanna told reporters that Thai artillery had struck Cambodian villages.",
     [("Sok Vanna", "accuses", "Thailand", POS)], []),
]

# (sentence, words): no discusses/concernedAbout/denies fact may have a topic holding the words
NO_TOPIC = [
    # a framework the parties act under is no discussion in this sentence
    ("Borrell said Serbia and Kosovo had duties under a 2023 agreement on normalizing relations.",
     "normalizing"),
    ("Borrell said Chile and Peru had obligations under the 2019 accord on fishing rights.", "fishing"),
    # the medium an announcement is made on is no topic
    ("Emmanuel Macron announced the ceasefire on social media.", "media"),
    ("Prime Minister Anwar Ibrahim announced the agreement on state television.", "television"),
    # a casualty toll is no topic raised
    ("The Health Ministry of Lebanon said a child was among the dead.", "child"),
    ("Defence Minister Karim Saleh said a soldier was among the wounded.", "soldier"),
    # a bare reference with an aside set off by commas is no new topic either
    ("The Northern Command said the drills, code-named \"Iron Shield\", were a stern warning to separatists.",
     "drills"),
]

# (sentence, word): the topic must still be found
KEEP_TOPIC = [
    ("Serbia and Kosovo reached an agreement on normalizing relations.", "normalizing"),
    ("Foreign Minister Mauro Vieira said a ceasefire was among the options.", "ceasefire"),
    ("Wang Yi said the talks between Iran and Saudi Arabia in Beijing were a victory for dialogue.",
     "talks between iran"),
]


@pytest.mark.parametrize("sentence,expected,absent", ROWS, ids=[r[0][:50] for r in ROWS])
def test_row(nlp, sentence, expected, absent):
    check_row(_facts(nlp, sentence), expected, absent)


@pytest.mark.parametrize("sentence,word", NO_TOPIC, ids=[r[1] for r in NO_TOPIC])
def test_no_topic(nlp, sentence, word):
    got = [f.object for f in _facts(nlp, sentence) if f.predicate in ("discusses", "concernedAbout", "denies")]
    assert [o for o in got if word in o.lower()] == [], got


@pytest.mark.parametrize("sentence,word", KEEP_TOPIC, ids=[r[1] for r in KEEP_TOPIC])
def test_topic_kept(nlp, sentence, word):
    got = [f.object for f in _facts(nlp, sentence) if f.predicate in ("discusses", "concernedAbout")]
    assert any(word in o.lower() for o in got), got
