"""Senses of verb triggers that misfired on unseen text (kg.extract.verbal).

Three mechanisms, each with rows of sentences written for these tests:

- one side reconsidering its own policy ("Ankara would review its defence ties with Athens")
  holds no talks: no ``discusses``; two sides reviewing something, or a review with a
  partner, still are talks;
- one side voicing its own concern ("raised concerns about X") is ``concernedAbout`` (the
  concern noun's fact), not ``discusses``; someone else's concern raised, or two sides
  discussing their concerns, stays a topic;
- excluding troops or vessels ("expelled French forces") is no diplomatic sanction, and
  barring an organisation's monitors ("barred IAEA inspectors") rejects the organisation;
  an expelled ambassador or a banned group stays a sanction;
- recognition withheld ("does not recognize X", "refused to recognize the ruling") is
  ``rejects``, not a negated ``supports``; recognition granted stays support;
- a patient quantified by "any"/"no" ("not threatening any country") names no one: no fact;
- talks only offered ("was ready to discuss X with Y", "open to negotiating") are no talks yet,
  as for the talk nouns ("ready for talks"); talks agreed or planned still count.
"""
from __future__ import annotations

import pytest

from factkit import facts as _facts

P, N = "positive", "negative"

# (text, facts that must be extracted, facts that must not) as (subject, predicate, object, polarity)
ROWS = [
    # -- reconsideration by one side: no talks
    ("Turkey said it would review its defence cooperation with Greece.",
     set(), {("Turkey", "discusses", "defence cooperation", P), ("Turkey", "discusses", "defence cooperation with greece", P)}),
    ("Brussels will review the financial aid it provides to the Serbian government.",
     set(), {("European Union", "discusses", "financial aid", P)}),
    ("Japan is reviewing all aspects of its trade relationship with South Korea, the minister said.",
     set(), {("Japan", "discusses", "aspects of its trade relationship", P)}),
    # near misses: two sides, or a partner named, are talks
    ("India and Japan reviewed progress on the high-speed rail project.",
     {("India", "discusses", "progress on the high-speed rail project", P),
      ("Japan", "discusses", "progress on the high-speed rail project", P)}, set()),
    ("On Monday India reviewed with Japan the progress of the rail project.",
     {("India", "discusses", "progress of the rail project", P)}, set()),
    # -- one side's own concern voiced: concernedAbout, not discusses
    ("Mexican officials raised concerns about the detention of Mexican citizens.",
     {("Mexico", "concernedAbout", "detention of mexican citizens", P)},
     {("Mexico", "discusses", "detention of mexican citizens", P)}),
    ("The Chinese side raised concerns over new Indian roads near the frontier.",
     {("China", "concernedAbout", "roads", P)}, {("China", "discusses", "roads", P)}),
    # near misses: another's concern raised, two sides discussing concerns, a plain topic raised
    ("Xi is expected to raise China's concern about the American naval buildup.",
     {("Xi", "discusses", "naval buildup", P)}, set()),
    ("India and Canada discussed their concerns about extremism.",
     {("India", "discusses", "extremism", P), ("Canada", "discusses", "extremism", P)}, set()),
    ("Greece raised the issue of migration during the meeting.",
     {("Greece", "discusses", "migration", P)}, set()),
    # -- excluding forces or vessels: no sanction
    ("Mali and Niger turned to Russia for help after expelling French forces.",
     set(), {("Mali", "sanctions", "France", P), ("Niger", "sanctions", "France", P)}),
    ("The coast guard of China said it had expelled Philippine vessels from the shoal.",
     set(), {("China", "sanctions", "Philippines", P)}),
    # -- barring an organisation's monitors: rejects the organisation
    ("Iran has barred inspectors from the International Atomic Energy Agency from two sites.",
     {("Iran", "rejects", "International Atomic Energy Agency", P)},
     {("Iran", "sanctions", "International Atomic Energy Agency", P)}),
    ("Iran barred several International Atomic Energy Agency inspectors from entering the country.",
     {("Iran", "rejects", "International Atomic Energy Agency", P)},
     {("Iran", "sanctions", "International Atomic Energy Agency", P)}),
    # near misses: a country's envoy expelled, a group banned, a member's leaders barred
    ("Somalia expelled Ethiopia's ambassador on Thursday.", {("Somalia", "sanctions", "Ethiopia", P)}, set()),
    ("Iraq banned the Kurdistan Workers' Party in 2024.", {("Iraq", "sanctions", "Kurdistan Workers' Party", P)}, set()),
    ("ASEAN has barred Myanmar's military leaders from its summits.",
     {("Association of Southeast Asian Nations", "sanctions", "Myanmar", P)},
     {("Association of Southeast Asian Nations", "rejects", "Myanmar", P)}),
    # -- recognition withheld: rejects, not a negated support
    ("The United States does not recognize Maduro's re-election.",
     {("United States", "rejects", "Maduro", P)}, {("United States", "supports", "Maduro", N)}),
    ("China has refused to recognize a 2016 arbitration ruling that invalidated its claims.",
     {("China", "rejects", "2016 arbitration ruling", P)}, {("China", "supports", "2016 arbitration ruling", N)}),
    ("Serbia will never recognise Kosovo's independence.",
     {("Serbia", "rejects", "Kosovo", P)}, {("Serbia", "supports", "Kosovo", N)}),
    # near miss: recognition granted stays support
    ("France recognized Palestine as a state on Monday.",
     {("France", "supports", "Palestine", P)}, {("France", "rejects", "Palestine", P)}),
    # -- a patient quantified by "any"/"no" names no one
    ("Abiy Ahmed has denied that his government intends to annex any Somali territory.",
     set(), {("Abiy Ahmed", "attacks", "Somalia", N), ("Abiy Ahmed", "attacks", "Somalia", P)}),
    ("Ankara said it would not sanction any Russian bank.", set(), {("Turkey", "sanctions", "Russia", N)}),
    # near misses: a named or owned patient stays
    ("Ethiopia plans to annex Somali territory, officials in Mogadishu said.",
     {("Ethiopia", "attacks", "Somalia", P)}, set()),
    ("Ankara said it would not sanction Russian banks.", {("Turkey", "sanctions", "Russia", N)}, set()),
    # -- talks only offered ("ready to discuss") are no talks yet
    ("Belarus was ready to discuss border security with Poland.",
     set(), {("Belarus", "discusses", "border security", P), ("Belarus", "meets", "Poland", P)}),
    ("Iran said it was willing to meet the United States.", set(), {("Iran", "meets", "United States", P)}),
    ("Iran is open to negotiating with the United States.", set(), {("Iran", "negotiatesWith", "United States", P)}),
    # near misses: talks agreed or planned are annotated like held ones
    ("Belarus agreed to discuss border security with Poland.", {("Belarus", "meets", "Poland", P)}, set()),
    ("Iran will meet the United States in Oman next week.", {("Iran", "meets", "United States", P)}, set()),
]


@pytest.mark.parametrize("text,expected,absent", ROWS, ids=[r[0][:60] for r in ROWS])
def test_row(nlp, text, expected, absent):
    got = {(f.subject, f.predicate, f.object, f.polarity) for f in _facts(nlp, text)}
    assert sorted(expected - got) == [], f"got {sorted(got)}"
    assert sorted(absent & got) == [], f"got {sorted(got)}"


@pytest.mark.parametrize("text", [
    "Turkey said it would review its defence cooperation with Greece.",
    "Brussels will review the financial aid it provides to the Serbian government.",
    "Mexican officials raised concerns about the detention of Mexican citizens.",
    "Mali and Niger turned to Russia for help after expelling French forces.",
])
def test_near_misses_give_no_verb_fact_of_that_kind(nlp, text):
    """The misfiring senses give no discusses / sanctions fact from the verb rule at all
    (whatever the topic's wording)."""
    bad = [f for f in _facts(nlp, text) if f.rule == "verb" and f.predicate in ("discusses", "sanctions")]
    assert bad == []
