"""Verb and noun frames of round s8: constructions that spread an act over a phrase.

- two people at a joint news conference / briefing / press appearance meet
  (``frame-joint-appearance``);
- "the return of X from a visit to Y", "X's return from a trip to Y": X visits Y;
- "raised X with Y": Y is met (lexicon row ``raise with``);
- "the Russian-backed region of X": the backer supports X, not the region's owner;
- "used its veto to shield X from ...", "protected X from ...", "came to the defence of X",
  "rallied behind X": support (rows ``shield``, ``protect from``, ``rally behind``; the infinitive
  hung on the means is its user's act); "rushed to the aid of X": aid;
- "addressed appeals to X", "directed a plea to X", "a petition to X": an appeal (``address`` and
  ``direct`` carry request nouns; rows ``plea``, ``petition``);
- "defying warnings from X", "despite objections from X", "in defiance of X's warnings": X criticizes the side that went on
  (``frame-defied``);
- "said in a statement that ... and urged X to ...": the speaker urges (an unnamed official: their
  country);
- "called on NATO allies / EU member states to ...": the organisation is addressed;
- "met a delegation of lawmakers led by X": X is met (not the group);
- topics: "concern over what it described as X" (X), "concerns about X at home" (not "home");
- "challenged the tariffs at the WTO", "took X to the ICJ": an appeal to the body;
- "handed a note to the embassy demanding that X stop": the note's sender demands;
- "repeated two conditions: that X amend ...": a demand on X (``frame-conditions``);
- agent nouns: "X, Y's main backer", "X, a key backer of Y" (countries too), "a Russian critic
  of Y" (the demonym is not the critic);
- demands: "the release of X" and "the withdrawal ... from Y" name neither as the one asked;
- near misses: asked-for cooperation, a condition linked ("linking X's membership to Y's
  bid"), a name that owns the object ("welcomed Mr X's statement").

Rows are (sentence, expected facts as (subject, predicate, object, polarity)), written for
these tests. ``NEAR_MISSES`` must not give (subject, predicate, object); ``None`` = any.
"""
from __future__ import annotations

import pytest

from factkit import facts, found, key

P = "positive"

ROWS = [
    # joint appearances
    ("Speaking at a joint news conference with Kenyan President William Ruto in Nairobi on Monday, Abiy Ahmed "
     "said the talks were useful.", {("Abiy Ahmed", "meets", "William Ruto", P)}),
    ("Ethiopian Prime Minister Abiy Ahmed spoke at a joint news conference with Kenyan President William Ruto.",
     {("Abiy Ahmed", "meets", "William Ruto", P)}),
    ("Marco Rubio held a joint press conference with Irfaan Ali in Georgetown.", {("Marco Rubio", "meets", "Irfaan Ali", P)}),
    ("At a joint press conference with German Chancellor Olaf Scholz, French President Emmanuel Macron "
     "said the talks were useful.", {("Emmanuel Macron", "meets", "Olaf Scholz", P)}),
    ("Marco Rubio and Irfaan Ali held a joint press conference in Georgetown.", {("Marco Rubio", "meets", "Irfaan Ali", P)}),
    # a trip returned from
    ("Upon his return from a trip to India, Japanese Prime Minister Fumio Kishida spoke to reporters.",
     {("Fumio Kishida", "visits", "India", P)}),
    ("Indian Prime Minister Narendra Modi's return from a visit to Washington was delayed.",
     {("Narendra Modi", "visits", "Washington", P)}),
    # raising a matter with someone
    ("Indian Foreign Minister S. Jaishankar raised the border dispute with Chinese Foreign Minister Wang Yi.",
     {("S. Jaishankar", "meets", "Wang Yi", P), ("S. Jaishankar", "discusses", "border dispute", P)}),
    ("Canada raised the issue with India at the summit.", {("Canada", "meets", "India", P)}),
    # backed regions, shielded countries
    ("Officials in Georgia's Russian-backed breakaway region of Abkhazia held a vote.",
     {("Russia", "supports", "Abkhazia", P)}),
    ("Moscow and Beijing used their veto power to shield Damascus from Western pressure.",
     {("Russia", "supports", "Syria", P), ("China", "supports", "Syria", P)}),
    ("The United States shielded Israel from criticism at the United Nations.", {("United States", "supports", "Israel", P)}),
    ("Japan came to the defence of the Philippines.", {("Japan", "supports", "Philippines", P)}),
    ("The United States rushed to the aid of Israel.", {("United States", "aids", "Israel", P)}),
    ("Poland rallied behind Ukraine.", {("Poland", "supports", "Ukraine", P)}),
    # appeals and demands
    ("The congress of Transnistria addressed appeals to the United Nations and the OSCE.",
     {("Transnistria", "appealsTo", "United Nations", P)}),
    ("Haiti directed an appeal to the African Union.", {("Haiti", "appealsTo", "African Union", P)}),
    ("Kenya sent a plea to the African Union.", {("Kenya", "appealsTo", "African Union", P)}),
    ("The separatists addressed a petition to the Russian parliament.", {("separatists", "appealsTo", "Russia", P)}),
    ("EU foreign policy chief Josep Borrell said in a statement that the law would harm Georgia's progress "
     "and urged the authorities in Tbilisi to withdraw it.", {("Josep Borrell", "demandsFrom", "Georgia", P)}),
    ("Germany's foreign minister said in an interview that the strikes were unacceptable and urged Israel to stop them.",
     {("Germany", "demandsFrom", "Israel", P)}),
    ("Lithuanian Foreign Minister Gabrielius Landsbergis called on NATO allies to step up patrols.",
     {("Gabrielius Landsbergis", "appealsTo", "North Atlantic Treaty Organization", P)}),
    ("Germany urged EU member states to back the plan.", {("Germany", "appealsTo", "European Union", P)}),
    ("Brazil challenged the subsidies at the World Trade Organization.",
     {("Brazil", "appealsTo", "World Trade Organization", P)}),
    ("Manila handed a note verbale to the Chinese embassy demanding that Beijing stop blocking the boats.",
     {("Philippines", "demandsFrom", "China", P)}),
    ("Azerbaijan repeated two conditions: that Armenia amend its constitution and that the group be dissolved.",
     {("Azerbaijan", "demandsFrom", "Armenia", P)}),
    ("Turkey set conditions that Sweden extradite the suspects.", {("Turkey", "demandsFrom", "Sweden", P)}),
    # warnings defied
    ("North Korea fired a rocket, defying warnings from South Korea and Japan.",
     {("South Korea", "criticizes", "North Korea", P), ("Japan", "criticizes", "North Korea", P)}),
    ("Israel launched the offensive despite warnings from the United States.", {("United States", "criticizes", "Israel", P)}),
    ("Hungary ignored objections from the European Commission and passed the bill.",
     {("European Commission", "criticizes", "Hungary", P)}),
    ("Russia held the elections in defiance of warnings from the European Union.",
     {("European Union", "criticizes", "Russia", P)}),
    ("Serbia went ahead with the vote despite Washington's warnings.", {("United States", "criticizes", "Serbia", P)}),
    # a party taken before a body
    ("South Africa has taken Israel to the International Court of Justice.",
     {("South Africa", "appealsTo", "International Court of Justice", P)}),
    ("Canada hauled the United States before the World Trade Organization.",
     {("Canada", "appealsTo", "World Trade Organization", P)}),
    ("Washington has repeatedly shielded Israel at the Security Council.", {("United States", "supports", "Israel", P)}),
    # demands on the one who is to act
    ("Japan demanded the release of Japanese nationals held by North Korea.", {("Japan", "demandsFrom", "North Korea", P)}),
    ("The EU demanded the withdrawal of Russian troops from Ukraine.", {("European Union", "demandsFrom", "Russia", P)}),
    # the topic a free relative names
    ("India expressed its growing concern over what it described as interference by Canadian diplomats.",
     {("India", "concernedAbout", "interference", P)}),
    ("China expressed concern at the escalation.", {("China", "concernedAbout", "escalation", P)}),
    # holders of a stance named by an agent noun
    ("Iran, a key backer of Hezbollah, denied involvement.", {("Iran", "supports", "Hezbollah", P)}),
    ("Russia, Syria's main backer, vetoed the resolution.", {("Russia", "supports", "Syria", P)}),
    ("Chess champion Garry Kasparov, a Russian critic of President Vladimir Putin, spoke in Washington.",
     {("Garry Kasparov", "criticizes", "Vladimir Putin", P)}),
    # a delegation met through its leader
    ("Turkish President Recep Tayyip Erdogan met a delegation of Swedish lawmakers headed by Ulf Kristersson.",
     {("Recep Tayyip Erdogan", "meets", "Ulf Kristersson", P)}),
]

NEAR_MISSES = [
    # no forum, no joint appearance, no partner
    ("Trump challenged Biden at the debate in Atlanta.", (None, "appealsTo", None)),
    ("Macron spoke at a joint news conference in Paris.", (None, "meets", None)),
    ("The minister spoke at a news conference with Kenyan President William Ruto.", (None, "meets", None)),
    ("Marco Rubio held a joint press conference.", (None, "meets", None)),
    ("The return of refugees from camps in Kenya began.", (None, "visits", None)),
    ("The United States and Japan raised concerns about North Korea.", (None, "meets", None)),
    # a region's owner is not what is backed; no backer at all
    ("Officials in Georgia's Russian-backed breakaway region of Abkhazia held a vote.", ("Russia", "supports", "Georgia")),
    ("Moldova's region of Gagauzia held elections.", (None, "supports", None)),
    ("Protesters rallied in the capital.", (None, "supports", None)),
    # allies that are no organisation
    ("Ukraine urged its allies to send more weapons.", (None, "appealsTo", None)),
    # a delegation's leader is met, not the group it stands for; a place is no topic beside one
    ("Taiwanese President Tsai Ing-wen also met a separate delegation of US lawmakers led by Michael McCaul.",
     (None, "meets", "US lawmakers")),
    ("Ukrainian President Volodymyr Zelensky received a US delegation headed by Senator Lindsey Graham.",
     (None, "meets", "United States")),
    ("Human rights groups have raised concerns about the police force's record at home.", (None, "concernedAbout", "home")),
    # a party taken somewhere that is no body; the matter of a dispute is no sanction
    ("China took the Japanese ambassador to the ministry.", (None, "appealsTo", None)),
    ("Australia took China to the World Trade Organization over the tariffs.", (None, "sanctions", None)),
    # those to be released or the place to be left are not who is asked
    ("Senator Penny Wong pressed for the release of two detained Australians.", (None, "demandsFrom", None)),
    ("The EU demanded the withdrawal of Russian troops from Ukraine.", (None, "demandsFrom", "Ukraine")),
    # the holder's demonym is not the holder
    ("Chess champion Garry Kasparov, a Russian critic of President Vladimir Putin, spoke in Washington.",
     ("Russia", "criticizes", None)),
    # appeals addressed are not discussed
    ("The separatists addressed a petition to the Russian parliament.", (None, "discusses", None)),
    # a warning given, not defied
    ("The United States issued warnings to Iran.", (None, "criticizes", None)),
    # cooperation only asked for
    ("Canadian Prime Minister Justin Trudeau urged India to work with Canada on the investigation.",
     (None, "cooperatesWith", None)),
    # a condition linked is no accusation; a name owning the object is not met
    ("Erdogan surprised allies by linking Sweden's NATO membership to Turkey's bid to join the European Union.",
     (None, "accuses", None)),
    ("The World Sikh Organization of Canada welcomed Mr Trudeau's statement.", (None, "meets", None)),
]


def _facts(nlp, text):
    return facts(nlp, text, min_confidence=0.0)


@pytest.mark.parametrize("sentence,expected", ROWS, ids=[s[:60] for s, _ in ROWS])
def test_s8_row(nlp, sentence, expected):
    got = {key(f) for f in _facts(nlp, sentence)}
    missing = [e for e in expected if not found(e, got)]
    assert not missing, f"missing {sorted(missing)}; got {sorted(got)}"


@pytest.mark.parametrize("sentence,absent", NEAR_MISSES, ids=[s[:60] for s, _ in NEAR_MISSES])
def test_s8_near_miss(nlp, sentence, absent):
    s, p, o = absent
    wrong = [key(f) for f in _facts(nlp, sentence)
             if f.predicate == p and (s is None or f.subject == s) and (o is None or f.object == o)]
    assert not wrong, f"unexpected {wrong}"


def test_joint_appearance_rule_and_trigger(nlp):
    got = [(f.subject, f.object, f.trigger) for f in _facts(nlp, ROWS[2][0]) if f.rule == "frame-joint-appearance"]
    assert got == [("Marco Rubio", "Irfaan Ali", "conference")]
