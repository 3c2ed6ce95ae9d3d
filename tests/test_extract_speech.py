"""Reported speech, denials, demands, appeals and reactions (kg/extract/reports.py,
modality.py and the request / reactions frames).

Tables of sentences written for these tests: each sentence must give exactly the facts
listed for the relations it names, and each near miss must give no fact of its relation.
"""
from __future__ import annotations

import pytest

from factkit import facts as _facts

P, N = "positive", "negative"

# (sentence, exact facts of the named relations as (subject, predicate, object, polarity))
ROWS = [
    # denied claims: the topic comes from what the claim says, and the claimed event is negative
    ("India's defence ministry denied reports that the fighter programme had been delayed by financing problems.",
     {("India", "denies", "financing problems", P), ("India", "denies", "reports", P)}),
    ("Iran denied claims that it had supplied drones to Russia.",
     {("Iran", "denies", "drones", P), ("Iran", "denies", "claims", P), ("Iran", "aids", "Russia", N)}),
    ("Hamas denied reports that it had rejected the ceasefire plan.",
     {("Hamas", "rejects", "ceasefire plan", N)}),
    ("Pakistan denied that its troops had attacked India.", {("Pakistan", "attacks", "India", N)}),
    ("Ecuador claimed that India staged the attack, a claim New Delhi dismissed as \"absurd\".",
     {("India", "denies", "attack", P)}),
    ("Poland rejected the claims of the Belarusian Ministry of Foreign Affairs that Polish officers "
     "are carrying out violent push-backs.", {("Poland", "denies", "violent push-backs", P)}),
    ("Iran rejected as baseless the allegation that it had supplied drones to Russia.",
     {("Iran", "denies", "drones", P), ("Iran", "aids", "Russia", N)}),
    ("China insisted that it had never provided lethal weapons to any party.",
     {("China", "denies", "lethal weapons", P)}),
    ("China denounced the report, asserting it does not engage in cyber-espionage.",
     {("China", "denies", "cyberespionage", P)}),
    ("Syria insisted it does not fund the militia.", {("Syria", "denies", "militia", P)}),
    ("Pakistan rejected attempts to link it to the bombing.", {("Pakistan", "denies", "involvement in bombing", P)}),
    # obligations in reported speech: a demand on the one obliged
    ("\"Iran needs to stop enriching uranium,\" Rubio said.", {("Rubio", "demandsFrom", "Iran", P)}),
    ("\"Hamas has to understand that this offer is final,\" Witkoff said.",
     {("Witkoff", "demandsFrom", "Hamas", P)}),
    ("Poland demanded that the Belarusian authorities immediately stop facilitating illegal crossings.",
     {("Poland", "demandsFrom", "Belarus", P)}),
    ("Kenya asked that Uganda not send troops.", {("Kenya", "demandsFrom", "Uganda", P)}),
    ("Officials of the United States held talks with Venezuela in Doha on Monday. "
     "The U.S. side demanded a timetable for the release of all political prisoners.",
     {("United States", "demandsFrom", "Venezuela", P)}),
    ("Chinese Foreign Ministry spokeswoman Mao Ning spoke on Monday. "
     "\"The Philippine side should immediately stop its provocation,\" she said.",
     {("Mao Ning", "demandsFrom", "Philippines", P)}),
    ("Turkish jets bombed villages in northern Iraq on Sunday. Iraq demanded an end to the attacks.",
     {("Iraq", "demandsFrom", "Turkey", P)}),
    ("Egypt called for an end to Israel's occupation of Palestinian land.", {("Egypt", "demandsFrom", "Israel", P)}),
    ("\"It is time for Russia to end this war,\" Kallas said.", {("Kallas", "demandsFrom", "Russia", P)}),
    ("Kallas said it was time for Russia to end the war.", {("Kallas", "demandsFrom", "Russia", P)}),
    # appeals
    ("Kenya asked for the support of Ethiopia in the talks.", {("Kenya", "appealsTo", "Ethiopia", P)}),
    ("Kenya sought the help of Ethiopia.", {("Kenya", "appealsTo", "Ethiopia", P)}),
    ("Kallas called on Kosovo to start talks and on Serbia to stop blocking the deal.",
     {("Kallas", "appealsTo", "Kosovo", P), ("Kallas", "appealsTo", "Serbia", P)}),
    # stances voiced and refusals
    ("The G7 expressed support for Taiwan's participation in international organisations.",
     {("Group of Seven", "supports", "Taiwan", P)}),
    ("Finance minister Bezalel Smotrich voiced opposition to the emerging agreement.",
     {("Bezalel Smotrich", "rejects", "emerging agreement", P)}),
    ("Japan cannot accept the military exercises conducted by South Korea near the island.",
     {("Japan", "rejects", "South Korea", P)}),
    ("Serbia has refused to recognise Kosovo.", {("Serbia", "rejects", "Kosovo", P)}),
    # judgements
    ("Georgian Prime Minister Irakli Kobakhidze dismissed the statement by the EU as \"blackmail\".",
     {("Irakli Kobakhidze", "criticizes", "European Union", P)}),
    ("Orban has repeatedly criticized the sanctions as damaging to Europe's economy.",
     {("Orban", "criticizes", "sanctions", P)}),
    ("Israel launched airstrikes on Syria on Monday. Syria described the attack as a violation of its sovereignty.",
     {("Syria", "criticizes", "Israel", P)}),
    # what a reported be-clause is about
    ("Kallas said that dialogue is the only way forward.", {("Kallas", "discusses", "dialogue", P)}),
    ("Iraq handed the Turkish ambassador a strongly worded protest note.", {("Iraq", "protestsAgainst", "Turkey", P)}),
    # worries
    ("Kenya warned that the country was on the brink of war.", {("Kenya", "concernedAbout", "war", P)}),
    ("Kenya said South Sudan was \"on the brink of relapsing into war.\"", {("Kenya", "concernedAbout", "war", P)}),
    ("Brazil warned that the new tariffs could cost 100,000 jobs.", {("Brazil", "concernedAbout", "tariffs", P)}),
    ("Japan had conveyed its concerns to China.", {("Japan", "concernedAbout", "China", P)}),
]

# (sentence, relation, polarity): look-alikes that must give no fact of that relation and polarity
NEAR_MISSES = [
    ("The ministry did not deny reports that talks had stalled over funding.", "denies", P),
    ("Iran confirmed reports that it had supplied drones to Russia.", "aids", N),
    ("Kenya has accused Uganda of arming the rebels, a charge Uganda denies.", "accuses", N),
    ("\"Iran does not need to stop its programme,\" Rubio said.", "demandsFrom", P),
    ("\"Iran needs more time,\" Rubio said.", "demandsFrom", P),
    ("\"We have to work together with China,\" Rubio said.", "demandsFrom", P),
    ("Kenya did not request the cooperation of Ethiopia.", "appealsTo", P),
    ("Kenya attended a meeting of the Security Council.", "appealsTo", P),
    ("Serbia did not refuse to recognise Kosovo.", "rejects", P),
    ("Japan will accept the proposal by South Korea.", "rejects", P),
    ("The opposition expressed support for the plan.", "supports", P),
    ("China criticized the joint statement, saying it was biased.", "criticizes", P),
    ("Kenya said the country was not on the brink of war.", "concernedAbout", P),
    ("Kenya said the climbers were on the edge of the cliff.", "concernedAbout", P),
    ("Syria said it does not seek conflict with any neighbor.", "denies", P),
    ("\"Indonesia does not join military alliances,\" Indonesian President Prabowo Subianto said.", "denies", P),
    ("Kenya said 11 children were among the dead.", "discusses", P),
    ("Jamieson Greer said on Wednesday that the new duties were a response to unfair practices.", "discusses", P),
    ("Pakistan rejected attempts to link the rebels to the bombing.", "denies", P),
    ("India welcomed the attempt to link it with the project.", "denies", P),
    ("Iraq handed the Turkish ambassador a letter of thanks.", "protestsAgainst", P),
    ("Egypt called for an end to the war.", "demandsFrom", P),
    ("Iraq demanded an end to repeated violations of Iraqi sovereignty.", "demandsFrom", P),
    ("\"It is time for us to act,\" Kallas said.", "demandsFrom", P),
    ("\"It is not time for Russia to leave,\" Kallas said.", "demandsFrom", P),
    ("Kenya denied that its troops had entered Somalia and blamed the clashes on Ethiopia.", "accuses", N),
    ("Hamas insisted that Israel had withdrawn from Gaza.", "demandsFrom", P),
    ("Poland demanded that Polish officers stop the crossings.", "demandsFrom", P),
    ("\"France does not ask its partners to choose sides,\" Macron said.", "denies", P),
    ("Brazil said that the new tariffs could cost 100,000 jobs.", "concernedAbout", P),
    ("Brazil warned that the new tariffs would not hurt exports.", "concernedAbout", P),
    ("Japan raised concerns with its own ministry.", "concernedAbout", P),
    ("The minister raised the issue with China.", "concernedAbout", P),
    ("Officials of the United States held talks with Venezuela in Doha on Monday. "
     "Brazil demanded a timetable for the release of all political prisoners.", "demandsFrom", P),
    ("The United States demanded a timetable for the release of all political prisoners.", "demandsFrom", P),
    ("Israel launched airstrikes on Syria on Monday. Israel called the attack a success.", "criticizes", P),
]


@pytest.mark.parametrize("sentence,expected", ROWS, ids=[r[0][:48] for r in ROWS])
def test_speech_row(nlp, sentence, expected):
    relations = {p for _, p, _, _ in expected}
    got = {(f.subject, f.predicate, f.object, f.polarity) for f in _facts(nlp, sentence) if f.predicate in relations}
    assert got == expected


@pytest.mark.parametrize("sentence,relation,polarity", NEAR_MISSES, ids=[r[0][:48] for r in NEAR_MISSES])
def test_speech_near_miss(nlp, sentence, relation, polarity):
    got = [(f.subject, f.object) for f in _facts(nlp, sentence) if f.predicate == relation and f.polarity == polarity]
    assert got == []


def test_minister_support_goes_to_the_other_side_of_the_meeting(nlp):
    text = ("Japanese Foreign Minister Takeshi Iwaya met South Korean Foreign Minister Cho Hyun in Tokyo on Monday. "
            "Minister Cho expressed his support.")
    got = {(f.subject, f.object) for f in _facts(nlp, text) if f.predicate == "supports"}
    assert got == {("Cho Hyun", "Japan")}


def test_denied_content_is_attributed_to_the_denier(nlp):
    (fact,) = [f for f in _facts(nlp, "Hamas denied reports that it had rejected the ceasefire plan.")
               if f.predicate == "rejects"]
    assert (fact.polarity, fact.modality) == (N, "reported")
