"""Judgements of earlier acts: a definite "the launch", "the seizure", "it" or "what it called
a provocative act" names who did the act a few sentences before (kg/extract/ends/nouns.py
``remember_acts`` / ``act_author``, reports.py, report_judgements.py); a worry voiced with
"saying ..." or a wary view is a concern (report_threats.py); hostile acts a speaker reports
are charges (the ``wrongdoing_verbs`` cue); "not ruling out" denies nothing and "rejected as
absurd allegations that ..." denies the allegations, "denied that X had failed to cooperate"
denies "failing to cooperate" (reports.py, report_denials.py).

Texts written for these tests. Each row: the text, facts that must be found, facts that must
not be found, as (subject, predicate, object, polarity).
"""
from __future__ import annotations

import pytest

from factkit import check_row
from factkit import facts as _facts

P = "positive"

ROWS = [
    # a definite act noun names the author of the last act of its kind
    ("North Korea fired a long-range rocket on Wednesday. Japan's government condemned the launch.",
     [("Japan", "criticizes", "North Korea", P)], []),
    ("Venezuela seized an oil tanker off its coast. Britain condemned the seizure of the tanker.",
     [("United Kingdom", "criticizes", "Venezuela", P)], []),
    ("Belarus detained three Lithuanian journalists last week. Lithuania condemned the detention.",
     [("Lithuania", "criticizes", "Belarus", P)], []),
    ("Pakistan carried out a missile test near the border. India denounced the test.",
     [("India", "criticizes", "Pakistan", P)], []),
    # words that name no actor leave the act unowned: "the missile launch", "the tanker seizure"
    ("Pakistan fired a ballistic missile on Monday. India condemned the missile launch.",
     [("India", "criticizes", "Pakistan", P)], []),
    ("Eritrea seized a Greek oil tanker in the Red Sea. Greece condemned the tanker seizure.",
     [("Greece", "criticizes", "Eritrea", P)], []),
    # "of" after an act noun names its victim, never its author
    ("Poland criticised the expulsion of Russian diplomats.", [], [("Poland", "criticizes", "Russia", P)]),
    # "it" / a generic act a few sentences after the act: its author
    ("Iran launched a satellite rocket from Semnan. The French foreign ministry called it \"a clear violation\" "
     "of UN resolutions.", [("France", "criticizes", "Iran", P)], []),
    ("North Korea test-fired a cruise missile on Sunday. The White House condemned what it called "
     "\"a reckless and provocative act\".", [("United States", "criticizes", "North Korea", P)], []),
    # a reported verdict or charge on the act
    ("Pakistan fired a cruise missile on Monday. India said the launch was a clear violation of the accord.",
     [("India", "criticizes", "Pakistan", P)], []),
    ("Azerbaijan seized two Armenian trucks at the border. \"The seizure violates the ceasefire,\" the Armenian "
     "foreign ministry said.", [("Armenia", "accuses", "Azerbaijan", P)], []),
    # a generic "the move" is the act talked about after the last sanction
    ("Canada detained a Chinese fishing vessel off its coast in May. China seized a Canadian-flagged cargo ship "
     "near Shanghai on Friday. Australia condemned the seizure. Japan also criticised the move.",
     [("Australia", "criticizes", "China", P), ("Japan", "criticizes", "China", P)],
     [("Japan", "criticizes", "Canada", P)]),
    # ... and so is "the provocation" when the act is more recent than the last attack
    ("Turkish jets struck targets in northern Iraq in May. Iran fired a ballistic missile into the Gulf on Tuesday. "
     "Qatar condemned the provocation.", [("Qatar", "criticizes", "Iran", P)], [("Qatar", "criticizes", "Turkey", P)]),
    # "its seizure" in a condemnation does not make the condemning side the author
    ("Iran's navy said it seized a British tanker. Britain condemned its seizure of the tanker. The United States "
     "condemned the seizure.", [("United States", "criticizes", "Iran", P)],
     [("United States", "criticizes", "United Kingdom", P)]),
    # one's own act is never the one criticised, and praise of it is left out
    ("North Korea fired two missiles into the sea. North Korea's state media hailed the launch.",
     [], [("Korean Central News Agency", "supports", "North Korea", P)]),
    ("Mali expelled the French ambassador on Monday. Mali later called it a necessary step.",
     [], [("Mali", "criticizes", "Mali", P)]),
    # a launch of something that is no projectile is no act of the rocket's author
    ("Chile fired a rocket into space on Monday. On Friday, Peru criticised the launch of the new trade talks.",
     [], [("Peru", "criticizes", "Chile", P)]),
    # a worry voiced with "saying ...": about what is said next
    ("Russia fired a missile near Norway. Norway voiced regret, saying the launch had ignored its warnings.",
     [("Norway", "concernedAbout", "launch", P)], []),
    ("Vietnam expressed concern, saying the deployment would destabilise the region.",
     [("Vietnam", "concernedAbout", "deployment", P)], []),
    # a wary view
    ("Beijing views the joint naval drills with alarm.", [("China", "concernedAbout", "joint naval drills", P)],
     []),
    # a hostile act a speaker reports is a charge
    ("Manila said Chinese vessels had harassed its fishing boats.", [("Philippines", "accuses", "China", P)], []),
    # a negated ruling-out keeps an option open: no denial
    ("Finnish President Sauli Niinisto said his country was not ruling out any option.", [],
     [("Sauli Niinisto", "denies", "option", P)]),
    # a charge after a fronted verdict, whose content names nothing, is what is denied
    ("Turkey rejected as \"baseless\" allegations by Greek officials that its navy may have been involved.",
     [("Turkey", "denies", "allegations", P)], []),
    # an act owned by a named actor is judged, not raised as a topic
    ("Slovak Foreign Minister Juraj Blanar said that approval by Bratislava was now a formality.", [],
     [("Juraj Blanar", "discusses", "approval", P)]),
    # a denied clause's infinitive complement is part of what is denied
    ("Ethiopia's foreign ministry spokesman Nebiat Getachew denied that the government had refused to cooperate "
     "with the inquiry.", [("Ethiopia", "denies", "refusing to cooperate with the inquiry", P)], []),
    # a person described is no prospect raised
    ("The African Union said in a statement that a civilian representative from Sudan would be invited to the "
     "summit.", [], [("African Union", "discusses", "civilian representative from sudan", P)]),
    # ... but a content that names something is denied as that (not the word "allegations")
    ("Iran dismissed allegations that it had supplied drones to Russia.", [], [("Iran", "denies", "allegations", P)]),
]


@pytest.mark.parametrize("text,expected,absent", ROWS, ids=[r[0][:48] for r in ROWS])
def test_event_reference_row(nlp, text, expected, absent):
    check_row(_facts(nlp, text), expected, absent)
