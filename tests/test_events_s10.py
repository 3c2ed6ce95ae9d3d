"""Session-10 event verbs, nouns and frames: trade measures on goods sent to or coming from a
country, planned trips and meetings called off, rallying behind an ally, the first to act,
invitations taken up, help asked of a named giver, aid to a place's people, light verbs in a
relative clause, expulsions by order. Every sentence is invented for this file."""
from __future__ import annotations

import pytest

from factkit import SYMMETRIC, facts


def _found(nlp, text):
    return {(f.subject, f.predicate, f.object, f.polarity) for f in facts(nlp, text)}


def _has(got, want):
    s, p, o, pol = want
    return want in got or (p in SYMMETRIC and (o, p, s, pol) in got)


P, N = "positive", "negative"

FOUND = [
    # a measure on goods: where they go ("exports of X to Y") or every origin coordinated
    ("Washington imposed sweeping restrictions on sales of chips and chipmaking tools to China last October.",
     ("United States", "sanctions", "China", P)),
    ("Tokyo tightened export controls on shipments of steel to Russia.", ("Japan", "sanctions", "Russia", P)),
    ("The United States imposed a 25% tariff on imports from Canada and Mexico.",
     ("United States", "sanctions", "Mexico", P)),
    ("Beijing slapped duties on wine from Australia and New Zealand.", ("China", "sanctions", "New Zealand", P)),
    # a planned visit or meeting dropped or not planned
    ("Olaf Scholz had been due to travel to Warsaw on Monday but cancelled the trip.",
     ("Olaf Scholz", "visits", "Warsaw", N)),
    ("Prime Minister Rishi Sunak was scheduled to visit Dublin on Friday but called off the visit.",
     ("Rishi Sunak", "visits", "Dublin", N)),
    ("We are not planning a bilateral meeting between Antony Blinken and Wang Yi.",
     ("Antony Blinken", "meets", "Wang Yi", N)),
    # rallying behind an ally
    ("The European Union has closed ranks behind Lithuania.", ("European Union", "supports", "Lithuania", P)),
    ("Australia has lined up firmly behind Japan.", ("Australia", "supports", "Japan", P)),
    # "among the first to": the copula's subjects do it
    ("Recep Tayyip Erdogan and Viktor Orban were among the first to congratulate Donald Trump.",
     ("Viktor Orban", "supports", "Donald Trump", P)),
    ("Shehbaz Sharif was the first to congratulate Narendra Modi.", ("Shehbaz Sharif", "supports", "Narendra Modi", P)),
    ("Kim Jong Un became the first North Korean leader to set foot in South Korea.",
     ("Kim Jong Un", "visits", "South Korea", P)),
    # an invitation taken up
    ("Moon Jae-in accepted an invitation to visit Pyongyang in the autumn.", ("Moon Jae-in", "visits", "Pyongyang", P)),
    ("Emmanuel Macron accepted Narendra Modi's invitation to visit India.", ("Emmanuel Macron", "visits", "India", P)),
    # help asked of a giver named by a demonym or a name before the noun
    ("Sri Lanka asked for Indian help after the cyclone.", ("Sri Lanka", "appealsTo", "India", P)),
    ("Kenya sought British military assistance against the militants.", ("Kenya", "appealsTo", "United Kingdom", P)),
    # aid to a place's people goes to the place
    ("Japan will continue delivering humanitarian aid to the people of Gaza.", ("Japan", "aids", "Gaza Strip", P)),
    ("Jordan sent relief supplies to the civilian population of the West Bank.", ("Jordan", "aids", "West Bank", P)),
    # a light verb in a relative clause on the event noun
    ("The talks that Olaf Scholz held with Xi Jinping were productive.", ("Olaf Scholz", "meets", "Xi Jinping", P)),
    ("The meeting Emmanuel Macron had with Narendra Modi did not go well.",
     ("Emmanuel Macron", "meets", "Narendra Modi", P)),
    # who arrives ahead of a summit takes part in it
    ("Narendra Modi flew to Washington ahead of talks with Joe Biden.", ("Narendra Modi", "meets", "Joe Biden", P)),
    # a text endorsed names its author's side; a vote for a text
    ("The Security Council endorsed a roadmap drawn up by the African Union.",
     ("Security Council", "supports", "African Union", P)),
    ("India voted for the resolution.", ("India", "supports", "resolution", P)),
    # approving someone's bid backs them
    ("Hungary's parliament on Monday approved Sweden's bid to join NATO.", ("Hungary", "supports", "Sweden", P)),
    # a wish for what another side will do is addressed to it
    ("Beijing hoped Islamabad and New Delhi would resolve their differences through dialogue.",
     ("China", "appealsTo", "India", P)),
    ("Shinzo Abe said he hoped North Korea would take concrete action.", ("Shinzo Abe", "appealsTo", "North Korea", P)),
    # whose agenda lists the meeting holds it
    ("Olaf Scholz's itinerary includes talks with Narendra Modi and a visit to a factory.",
     ("Olaf Scholz", "meets", "Narendra Modi", P)),
    # diplomats ordered out: an expulsion
    ("Poland ordered 20 employees of the Russian embassy to leave the country.", ("Poland", "sanctions", "Russia", P)),
    ("Germany ordered the staff of the Iranian consulate to leave within a week.", ("Germany", "sanctions", "Iran", P)),
]

NOT_FOUND = [
    # the goods a measure restricts are not handed over
    ("China announced export controls on shipments of gallium to Japan.", ("China", "aids", "Japan", P)),
    ("The EU imposed a ban on deliveries of arms to Belarus.", ("European Union", "aids", "Belarus", P)),
    # a trade balance "with" a country names no interlocutor
    ("Cyril Ramaphosa said he had raised South Africa's trade deficit with China.",
     ("Cyril Ramaphosa", "meets", "China", P)),
    # "them" resolved to the subject's own plural is no target
    ("India and Pakistan traded fire. Antonio Guterres offered his good offices should both sides request them.",
     ("India", "appealsTo", "Pakistan", P)),
    # a trip made, then another one called off, keeps the first
    ("Olaf Scholz visited Warsaw and then cancelled a trip to Prague.", ("Olaf Scholz", "visits", "Prague", P)),
    # orders to leave given to no diplomats
    ("The company ordered its employees to leave the building.", ("company", "sanctions", "building", P)),
    # a wish about what is done, or a misparsed "hoped the trip ... would"
    ("India hoped the United States had not meant it.", ("India", "appealsTo", "United States", P)),
    ("The White House had hoped the trip, Joe Biden's first to the Middle East, would persuade Riyadh to act.",
     ("United States", "appealsTo", "Joe Biden", P)),
    ("The cabinet approved the budget on Tuesday.", ("cabinet", "supports", "budget", P)),
    # "the first time" ranks no doer
    ("Japan was among the first to fall into recession.", ("Japan", "supports", "recession", P)),
]


@pytest.mark.parametrize("text, expected", FOUND, ids=[t[:48] for t, _ in FOUND])
def test_found(nlp, text, expected):
    got = _found(nlp, text)
    assert _has(got, expected), sorted(got)


@pytest.mark.parametrize("text, unexpected", NOT_FOUND, ids=[t[:48] for t, _ in NOT_FOUND])
def test_not_found(nlp, text, unexpected):
    got = _found(nlp, text)
    assert not _has(got, unexpected), sorted(got)


def test_the_visit_made_stays_positive(nlp):
    got = _found(nlp, "Olaf Scholz visited Warsaw and then cancelled a trip to Prague.")
    assert ("Olaf Scholz", "visits", "Warsaw", P) in got, sorted(got)
