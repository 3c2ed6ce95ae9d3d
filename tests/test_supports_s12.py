"""Session-12 support by welcome and praise: a welcomed act whose phrase names nobody is the
article's lead act ("welcomed the move", "welcomed what he called a 'historic decision'"); a
proposal named by a state's demonym is that state's ("welcomed the Kenyan initiative");
appreciation for someone's role; campaigning for a candidate; a push for a measure to be
lifted is no support of the measure. Every sentence is invented (other names and wording than
the studied articles')."""
from __future__ import annotations

import pytest

from tests.factkit import check_row, facts

CASES = [
    # 1. a bare "the move" / "the decision" welcomed: the act the article opens with
    ("Norway and Denmark signed a joint defence pact with Poland on Monday. The EU foreign policy chief "
     "Kaja Kallas welcomed the move as an important step.",
     [("Kaja Kallas", "supports", "Norway", "positive"), ("Kaja Kallas", "supports", "Denmark", "positive")], []),
    ("The International Court of Justice ordered Myanmar to prevent genocide against the Rohingya. "
     "Gambia's justice minister hailed what he called a landmark decision.",
     [("Gambia", "supports", "International Court of Justice", "positive")], []),
    ("Chile suspended flights to Caracas on Tuesday. Peru's foreign ministry praised the decision.",
     [("Peru", "supports", "Chile", "positive")], []),
    # an earlier act of the same kind is not the lead act's (left to the act frames)
    ("Brazil announced new rules for mining on Monday. Peru expelled a Bolivian diplomat on Tuesday. "
     "Argentina criticised the expulsion.",
     [], [("Argentina", "supports", "Brazil", "positive")]),
    # 2. a proposal named by a demonym is its state's
    ("The rebel command said it welcomed the Kenyan initiative and was ready for talks.",
     [], []),
    ("Sudan's army welcomed the Kenyan initiative on Sunday.",
     [("Sudan", "supports", "Kenya", "positive")], []),
    ("Ukraine's foreign minister backed a Turkish peace plan.",
     [("Ukraine", "supports", "Turkey", "positive")], []),
    # 3. appreciation for someone's role or leadership
    ("Pakistan's prime minister expressed appreciation for Qatar's role in the talks.",
     [("Pakistan", "supports", "Qatar", "positive")], []),
    # 4. campaigning for a candidate
    ("The former president campaigned for Luiz Inacio Lula da Silva in Sao Paulo.", [], []),
    ("Evo Morales campaigned for Luis Arce.", [("Evo Morales", "supports", "Luis Arce", "positive")], []),
    # 5. a negated backing of a topic: a policy against it
    ("Mexico said it would not support any kind of armed intervention in Haiti.",
     [("Mexico", "supports", "armed intervention", "negative")], []),
    ("Vietnam does not support the use of force in the South China Sea.",
     [("Vietnam", "supports", "use of force", "negative")], []),
    # a bare act named before is its author's, not a topic
    ("Hungary did not support the decision.", [], [("Hungary", "supports", "decision", "negative")]),
    # 6. a process named after the body that leads it
    ("Ghana said it would continue to support the ECOWAS process in Mali.",
     [("Ghana", "supports", "Economic Community of West African States", "positive")], []),
    ("Washington, which backs the EU-led process, urged both sides to return to the table.",
     [("United States", "supports", "European Union", "positive")], []),
    # a process named after the city it meets in is no one's
    ("Iran backed the Astana process.", [], [("Iran", "supports", "Kazakhstan", "positive")]),
    # 7. pressing for a measure to be lifted is no support of the measure
    ("Canberra pressed for the remaining duties on Australian barley to be lifted.",
     [], [("Australia", "supports", "duties", "positive")]),
    ("France had pushed hardest for the tariffs on electric cars.",
     [("France", "supports", "tariffs", "positive")], []),
]


@pytest.mark.parametrize("text,expected,absent", CASES, ids=[c[0][:40] for c in CASES])
def test_supports(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)
