"""Broadened event mechanisms: the same construction in the phrasings other reporters use.

- a person at the head of a mission travels ("led a mediation mission to X", "a delegation
  headed by X to Y", "will head a trade delegation to Y"): ``frame-led-mission``;
- joint activities taken part in, not only held ("sent vessels to joint exercises with X",
  "took part in joint drills with X"): ``frame-joint``;
- a penalty warned of by those an act prompted ("prompting B to warn that they could
  trigger sanctions"): ``frame-retaliation``;
- a forceful answer vowed ("would act with full force against X", "take resolute action
  against X"): ``frame-response``;
- people named inside a subject ("whose envoy for Syria, Tom Barrack, met ...", "a delegation
  led by X arrived ...") and a group met through its head ("met mediators headed by X");
- "X and Y will work (closely) together", "provide X with Y", "equipped X with Y" (lexicon rows).

Rows are (sentence, expected facts as (subject, predicate, object, polarity)), written for
these tests. ``NEAR_MISSES`` must not give (subject, predicate, object); ``None`` = any.
"""
from __future__ import annotations

import pytest

from factkit import facts

P = "positive"

ROWS = [
    # a mission led somewhere: its leader visits
    ("Ghana's President John Mahama led a mediation mission to Freetown on Monday.",
     {("John Mahama", "visits", "Freetown", P)}),
    ("The bloc said it would send a mediation mission led by Ghana's President John Mahama to Freetown.",
     {("John Mahama", "visits", "Freetown", P)}),
    ("Indian Commerce Minister Piyush Goyal will head a trade delegation to London next week.",
     {("Piyush Goyal", "visits", "London", P)}),
    ("Senator Lindsey Graham headed a congressional delegation to Taiwan.",
     {("Lindsey Graham", "visits", "Taiwan", P)}),
    ("Former President Olusegun Obasanjo led an observer mission to Kenya.",
     {("Olusegun Obasanjo", "visits", "Kenya", P)}),
    ("A fact-finding mission led by Kenyan President William Ruto to Khartoum was postponed.",
     {("William Ruto", "visits", "Khartoum", P)}),
    # joint activities taken part in
    ("Australia would send two patrol vessels to joint exercises with the Philippines.",
     {("Australia", "cooperatesWith", "Philippines", P)}),
    ("Japan took part in joint naval drills with India last week.",
     {("Japan", "cooperatesWith", "India", P)}),
    ("India participated in joint patrols with France in the Indian Ocean.",
     {("India", "cooperatesWith", "France", P)}),
    ("Egypt will deploy troops to joint manoeuvres with Saudi Arabia.",
     {("Egypt", "cooperatesWith", "Saudi Arabia", P)}),
    # working together
    ("Japan, South Korea and the United States will work closely together to deter North Korea.",
     {("Japan", "cooperatesWith", "United States", P), ("South Korea", "cooperatesWith", "United States", P),
      ("Japan", "cooperatesWith", "South Korea", P)}),
    ("Kenya and Ethiopia agreed to work together on border security.",
     {("Kenya", "cooperatesWith", "Ethiopia", P)}),
    # meeting a group is meeting the person at its head
    ("Indian Prime Minister Narendra Modi held talks with a Chinese delegation led by Wang Yi.",
     {("Narendra Modi", "meets", "Wang Yi", P)}),
    ("Rwandan Foreign Minister Olivier Nduhungirehe met on Sunday with Qatari mediators headed by Mohammed Al-Khulaifi.",
     {("Olivier Nduhungirehe", "meets", "Mohammed Al-Khulaifi", P)}),
    ("Ukrainian President Volodymyr Zelensky received a US delegation headed by Senator Lindsey Graham.",
     {("Volodymyr Zelensky", "meets", "Lindsey Graham", P)}),
    # people named inside a subject that names no actor: a title's appositive, a group's head
    ("The United States, whose special envoy for Syria, Tom Barrack, met SDF commander Mazloum Abdi in Hasakah.",
     {("Tom Barrack", "meets", "Mazloum Abdi", P)}),
    ("The spokesman for the ministry, Lin Jian, criticized Japan.", {("Lin Jian", "criticizes", "Japan", P)}),
    ("A delegation led by Chinese envoy Li Hui arrived in Kyiv on Tuesday.", {("Li Hui", "visits", "Kyiv", P)}),
    ("A team headed by IAEA chief Rafael Grossi visited Iran.", {("Rafael Grossi", "visits", "Iran", P)}),
    # a forceful answer vowed: acting with force, taking measures against someone
    ("Israeli Defence Minister Israel Katz warned that Israel would act with full force against any attempt by Hezbollah to rearm.",
     {("Israel Katz", "threatens", "Hezbollah", P)}),
    ("Israel Katz warned that Israel would act forcefully against Hezbollah.", {("Israel Katz", "threatens", "Hezbollah", P)}),
    ("China vowed to take resolute action against any move by the Philippines.",
     {("China", "threatens", "Philippines", P)}),
    ("Beijing warned it would take countermeasures against Lithuania.", {("China", "threatens", "Lithuania", P)}),
    ("Pakistan warned it would respond decisively to any Indian aggression.", {("Pakistan", "threatens", "India", P)}),
    # a penalty warned of by those an act prompted: a threat to whoever did the act
    ("Iran barred the inspectors, prompting France, Germany and the United Kingdom to warn that they could "
     "trigger the return of UN sanctions.",
     {("France", "threatens", "Iran", P), ("Germany", "threatens", "Iran", P), ("United Kingdom", "threatens", "Iran", P)}),
    ("Russia seized the ships, prompting Britain to warn that it would impose new sanctions.",
     {("United Kingdom", "threatens", "Russia", P)}),
    # ", and to ..." after a nested infinitive continues the agreeing side's plan
    ("Britain and France agreed to press the European Union to conclude a returns agreement, "
     "and to work with Belgium, the Netherlands and Germany.",
     {("United Kingdom", "cooperatesWith", "Belgium", P), ("France", "cooperatesWith", "Germany", P)}),
    # providing someone with something
    ("The UK will provide France with £95 million over three years.", {("United Kingdom", "aids", "France", P)}),
    ("Washington has equipped Kyiv with long-range missiles.", {("United States", "aids", "Ukraine", P)}),
    ("Germany provided Ukraine with air defence systems.", {("Germany", "aids", "Ukraine", P)}),
]

NEAR_MISSES = [
    # a country leading a process is no traveller; a permanent mission is no trip
    ("Qatar led the mediation between Rwanda and Congo.", (None, "visits", None)),
    ("Russia's mission to the United Nations said the vote was illegal.", (None, "visits", None)),
    ("Qatar led a mediation mission to Freetown.", ("Qatar", "visits", "Freetown")),
    # a mission led with no destination
    ("Ghana's President John Mahama led the mediation mission.", (None, "visits", None)),
    # joint drills objected to or reacted to: no cooperation by the objector
    ("China protested against joint drills with the Philippines.", ("China", "cooperatesWith", "Philippines")),
    ("Beijing reacted angrily to joint exercises with Japan.", ("China", "cooperatesWith", "Japan")),
    ("North Korea objected to joint drills with South Korea.", ("North Korea", "cooperatesWith", "South Korea")),
    # a group attacked or criticized is not met; a title's place named in apposition is no person
    ("Russian forces attacked a convoy led by Colonel Ivan Petrov.", (None, "meets", None)),
    ("Iranian Foreign Minister Abbas Araghchi criticized a team led by Rafael Grossi.", (None, "meets", None)),
    ("The minister for Europe, France, met Germany.", ("France", "meets", "Germany")),
    # a caller named earlier is not the bare title that receives the delegation
    ("President Tinubu received a phone call from Kenyan President William Ruto. "
     "Later, the President received a delegation headed by Senator Lindsey Graham.", ("William Ruto", "meets", "Lindsey Graham")),
    # acting with force for someone, or with no one aimed at, is no threat
    ("The minister vowed to act with full force to help Kenya.", (None, "threatens", None)),
    ("Japan promised to act with determination to protect its citizens.", (None, "threatens", None)),
    ("Kenya vowed to take measures to support Somalia.", (None, "threatens", None)),
    # a warning prompted that names no penalty; the prompter does not threaten itself
    ("Iran expanded enrichment, prompting France to warn that talks were at risk.", (None, "threatens", None)),
    ("Russia seized the ships, prompting Britain to warn that it would impose new sanctions.", ("Russia", "threatens", None)),
    # ... which the object pressed to act does not take on
    ("Britain and France agreed to press the European Union to conclude a returns agreement, "
     "and to work with Belgium, the Netherlands and Germany.", ("European Union", "cooperatesWith", None)),
    # working together with no second actor
    ("The ministers worked together on the statement.", (None, "cooperatesWith", None)),
    # "with" marking the thing, not a partner, and no recipient
    ("The UK will provide funding with no strings attached.", (None, "aids", None)),
]


def _facts(nlp, text):
    return facts(nlp, text, min_confidence=0.0)


def _key(f):
    return (f.subject, f.predicate, f.object, f.polarity)


@pytest.mark.parametrize("sentence,expected", ROWS, ids=[s[:60] for s, _ in ROWS])
def test_broadened_row(nlp, sentence, expected):
    got = {_key(f) for f in _facts(nlp, sentence)}
    missing = {e for e in expected if e not in got}
    assert not missing, f"missing {sorted(missing)}; got {sorted(got)}"


@pytest.mark.parametrize("sentence,absent", NEAR_MISSES, ids=[s[:60] for s, _ in NEAR_MISSES])
def test_broadened_near_miss(nlp, sentence, absent):
    s, p, o = absent
    wrong = [_key(f) for f in _facts(nlp, sentence)
             if f.predicate == p and (s is None or f.subject == s) and (o is None or f.object == o)]
    assert not wrong, f"unexpected {wrong}"


def test_led_mission_rule_and_trigger(nlp):
    facts = [f for f in _facts(nlp, ROWS[0][0]) if f.rule == "frame-led-mission"]
    assert [(f.subject, f.object, f.trigger) for f in facts] == [("John Mahama", "Freetown", "led")]
