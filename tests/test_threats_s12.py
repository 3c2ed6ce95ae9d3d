"""Session-12 threats held out as an answer to the other side (:mod:`kg.extract.frames.responses`):
"said it would respond in kind", "promised a response", "vowed to retaliate", "would hit back with
matching tariffs on X's goods", "would take any necessary action", aimed at the side named, the
side addressed in the sentence, or the author of the last hostile act against the answering side.
Every text is invented."""
from __future__ import annotations

import pytest

from tests.factkit import check_row, facts

#: (text, facts expected, facts that must be absent)
CASES = [
    # the side answered is the author of the last hostile act against the answering side
    ("Canada imposed sanctions on Venezuelan officials on Tuesday. Venezuela's foreign ministry said it "
     "would respond in kind.",
     [("Venezuela", "threatens", "Canada", "positive")], []),
    ("Lithuania expelled two Belarusian diplomats. Belarus said it would retaliate, without giving details.",
     [("Belarus", "threatens", "Lithuania", "positive")], []),
    ("Warsaw accused Minsk of sending migrants across the border. Minsk rejected the accusations and "
     "promised a response.",
     [("Belarus", "threatens", "Poland", "positive")], []),
    # ... named in the answer
    ("Iran's foreign minister Abbas Araghchi said Iran would respond to any attack by Israel.",
     [("Abbas Araghchi", "threatens", "Israel", "positive")], []),
    ("President Claudia Sheinbaum said Mexico would hit back with tariffs on Canadian goods.",
     [("Claudia Sheinbaum", "threatens", "Canada", "positive")], []),
    # ... or addressed in the same sentence
    ("Prime Minister Shehbaz Sharif urged India to halt the shelling and warned that Pakistan would "
     "respond accordingly.",
     [("Pakistan", "threatens", "India", "positive")], []),
    ("Greece said three of its boats had been rammed by Turkish vessels and vowed to retaliate.",
     [("Greece", "threatens", "Turkey", "positive")], []),
    # ... or the side whose act is the condition ("Should Y ...")
    ("Should the Japanese side keep the export curbs, Seoul will take corresponding countermeasures, the "
     "ministry said.",
     [("South Korea", "threatens", "Japan", "positive")], []),
    # a right to respond held in reserve answers the last hostile act against the reserving side
    ("Armenian troops shelled Azerbaijani positions near Tovuz. Azerbaijan reserved the right to respond at a "
     "time of its choosing.",
     [("Azerbaijan", "threatens", "Armenia", "positive")], []),
    # a price said by an adverb: "would pay dearly"
    ("Venezuela's foreign minister warned that Guyana would pay dearly for its provocation.",
     [("Venezuela", "threatens", "Guyana", "positive")], []),
    # a reply to a proposal, an answer foretold by another side, a response not held out: no threat
    ("Canada imposed sanctions on Chinese officials. It is unclear how China would react.",
     [], [("China", "threatens", "Canada", "positive")]),
    ("Spain sent a proposal to Morocco. Morocco said it would respond to the proposal next week.",
     [], [("Morocco", "threatens", "Spain", "positive")]),
    ("Chile imposed duties on Peruvian steel. Bolivia said Peru would respond.",
     [], [("Peru", "threatens", "Chile", "positive"), ("Bolivia", "threatens", "Chile", "positive")]),
    ("Chile imposed duties on Peruvian steel. Peru did not respond.",
     [], [("Peru", "threatens", "Chile", "positive")]),
    ("Chile imposed duties on Peruvian steel. Peru said it would react positively to any talks.",
     [], [("Peru", "threatens", "Chile", "positive")]),
]


@pytest.mark.parametrize("text,expected,absent", CASES, ids=[c[0][:40] for c in CASES])
def test_held_out_answer(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)
