"""Session 21: general constructions found missing in the studied sets and in probe
sentences written for the weakest relations on the blind sets. Every text is invented."""
from __future__ import annotations

import pytest

from tests.factkit import check_row, facts

#: (text, facts expected, facts that must be absent)
CASES = [
    # a subject the parser hung on an auxiliary is the subject of the verb it helps
    ("Qatar and Egypt have been mediating between Israel and Hamas for months.",
     [("Qatar", "negotiatesWith", "Israel", "positive"), ("Egypt", "negotiatesWith", "Hamas", "positive")], []),
    # a go-between of a definite deal whose sides a sentence before named
    ("A ceasefire between Israel and Islamic Jihad took effect on Thursday. Islamic Jihad said Egypt had brokered "
     "the deal.",
     [("Egypt", "negotiatesWith", "Israel", "positive"), ("Egypt", "negotiatesWith", "Islamic Jihad", "positive")], []),
    ("Talks between Sudan and South Sudan resumed in Addis Ababa on Monday. The truce, brokered by the African Union, "
     "held.",
     [("African Union", "negotiatesWith", "South Sudan", "positive")], []),
    ("A ceasefire between Israel and Hamas took hold on Friday. Egypt did not broker the truce.", [],
     [("Egypt", "negotiatesWith", "Israel", "positive")]),
    ("A ceasefire between Israel and Hamas took hold on Friday. Egypt brokered a deal with Jordan.", [],
     [("Egypt", "negotiatesWith", "Hamas", "positive")]),
    # a fronted role of go-between: the sides of the talks told a few sentences before
    ("Talks between Iran and Saudi Arabia were held in Beijing last week. Officials praised the outcome. \"As a "
     "good-faith and reliable mediator, China has fulfilled its duties,\" Wang Yi said.",
     [("China", "negotiatesWith", "Iran", "positive"), ("China", "negotiatesWith", "Saudi Arabia", "positive")], []),
    ("As a member of the alliance, Turkey has voted for the plan.", [], [("Turkey", "negotiatesWith", "plan", "positive")]),
    # a matter on the agenda of talks, or that figured or came up in them, is discussed by their sides
    ("The fate of the hostages was high on the agenda of the talks between Blinken and Netanyahu.",
     [("Blinken", "discusses", "fate of the hostages", "positive"),
      ("Netanyahu", "discusses", "fate of the hostages", "positive")], []),
    ("Modi met Hasina in Delhi on Friday. The Teesta water dispute came up during the meeting.",
     [("Hasina", "discusses", "teesta water dispute", "positive")], []),
    ("Modi met Hasina in Delhi on Friday. Trade was not on the agenda.", [], [("Modi", "discusses", "trade", "positive")]),
    ("Biden met Xi in California. Xi was at the meeting with a large delegation.", [],
     [("Biden", "discusses", "Xi", "positive")]),
    # an extraposed clause judged by a verdict: whoever acts in it is criticised
    ("Defence Minister Nosiviwe Mapisa-Nqakula told Parliament that it was unfortunate that Rwanda had moved in "
     "before the regional force.", [("Nosiviwe Mapisa-Nqakula", "criticizes", "Rwanda", "positive")], []),
    ("Japan said it was unacceptable for Russia to seize the ships.", [("Japan", "criticizes", "Russia", "positive")], []),
    ("Japan said it was not unacceptable that Russia seized the ships.", [],
     [("Japan", "criticizes", "Russia", "positive")]),
    ("Japan said it was unfortunate that the talks failed.", [], []),
    ("Israel struck targets in Gaza. The minister, Nosiviwe Mapisa-Nqakula, told Parliament that it was unfortunate "
     "that Rwanda had moved in.", [("Nosiviwe Mapisa-Nqakula", "criticizes", "Rwanda", "positive")],
     [("Nosiviwe Mapisa-Nqakula", "criticizes", "Israel", "positive")]),
    # a condition in the passive names the one it would answer in its "by" phrase
    ("Iran warned it would retaliate if attacked by Israel.", [("Iran", "threatens", "Israel", "positive")], []),
    # the second in rank is a member, never the leader the bare title names
    ("Bagheri met Enrique Mora, the deputy secretary general of the European Union.",
     [("Enrique Mora", "memberOf", "European Union", "positive")], [("Enrique Mora", "leaderOf", "European Union", "positive")]),
    ("Deputy Foreign Minister Sergei Ryabkov met Bagheri.", [("Sergei Ryabkov", "memberOf", "Russia", "positive")], []),
    # who heads a country's side holds their own office in it
    ("The Saudi side was led by intelligence chief Khalid al-Humaidan.",
     [("Khalid al-Humaidan", "memberOf", "Saudi Arabia", "positive")],
     [("Khalid al-Humaidan", "leaderOf", "Saudi Arabia", "positive")]),
    ("The Iranian delegation was headed by President Ebrahim Raisi.",
     [("Ebrahim Raisi", "leaderOf", "Iran", "positive")], []),
    # "among the critics of Y"
    ("France has been among the most vocal critics of Russia.", [("France", "criticizes", "Russia", "positive")], []),
]


@pytest.mark.parametrize("text,expected,absent", CASES, ids=[c[0][:50] for c in CASES])
def test_constructions(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)
