"""Frames of kg.extract.frames: constructions that no single trigger word carries.

Each row is (sentence, expected facts as (subject, predicate, object, polarity)). The
sentences are written for these tests in wire style. A row checks that every expected
fact is extracted and that the frames produce nothing else; the near-miss table checks
that look-alike sentences give no fact of the relation the frame would add.
"""
from __future__ import annotations

import pytest

from kg.extract import extract_doc
from kg.types import Article

P, N = "positive", "negative"

ROWS = [
    # a reaction drawn from others: whoever draws it is criticized by those it comes from
    ("Israeli forces stormed the compound on Friday, drawing condemnation from Jordan, Egypt and Turkey.",
     {("Jordan", "criticizes", "Israel", P), ("Egypt", "criticizes", "Israel", P), ("Turkey", "criticizes", "Israel", P)}),
    ("Russia annexed four regions last year, drawing criticism from the European Union.",
     {("European Union", "criticizes", "Russia", P)}),
    ("The move by China drew sharp criticism from Japan and Australia.",
     {("Japan", "criticizes", "China", P), ("Australia", "criticizes", "China", P)}),
    ("North Korea fired a missile on Sunday, prompting condemnation from South Korea.",
     {("South Korea", "criticizes", "North Korea", P)}),
    ("Venezuela's decision drew a rebuke from Brazil.", {("Brazil", "criticizes", "Venezuela", P)}),
    # hosting a visit: the guest visits the host's country
    ("Saudi Arabia hosted Turkish President Recep Tayyip Erdogan for a state visit.",
     {("Recep Tayyip Erdogan", "visits", "Saudi Arabia", P), ("Saudi Arabia", "meets", "Recep Tayyip Erdogan", P)}),
    ("Qatar welcomed Somali President Hassan Sheikh Mohamud on a two-day visit.",
     {("Hassan Sheikh Mohamud", "visits", "Qatar", P)}),
    # witnessing the signing of agreements: the sides cooperate, the leaders meet
    ("Philippine President Ana Ruiz and Japanese Prime Minister Kenji Sato witnessed the signing of five agreements on energy.",
     {("Philippines", "cooperatesWith", "Japan", P), ("Ana Ruiz", "meets", "Kenji Sato", P)}),
    ("Kenya and Uganda attended the signing of a trade accord in Kampala.", {("Kenya", "cooperatesWith", "Uganda", P)}),
    # working together, commitments, allies, welcomed acts
    ("The operation was carried out in close coordination with Egypt and Qatar, Israel said.",
     {("Israel", "cooperatesWith", "Egypt", P), ("Israel", "cooperatesWith", "Qatar", P)}),
    ("Washington reaffirmed its commitment to the defense of the Philippines.",
     {("United States", "supports", "Philippines", P)}),
    ("Russia, Syria's main ally, condemned the strikes.", {("Russia", "supports", "Syria", P)}),
    ("Hungary, a close ally of Serbia, blocked the statement.", {("Hungary", "supports", "Serbia", P)}),
    ("Kenya welcomed the efforts of Qatar to end the conflict.", {("Kenya", "supports", "Qatar", P)}),
    ("Egypt welcomed the decision of Saudi Arabia to resume flights.", {("Egypt", "supports", "Saudi Arabia", P)}),
    ("Foreign Minister Ayman Safadi welcomed the European Union's position rejecting any change to the borders.",
     {("Ayman Safadi", "supports", "European Union", P)}),
    # money
    ("Japan pledged $50 million for Sudan.", {("Japan", "aids", "Sudan", P)}),
    ("The United Arab Emirates pledged $200 million to Sudan.", {("United Arab Emirates", "aids", "Sudan", P)}),
    ("Germany announced funding for Moldova's energy grid.", {("Germany", "aids", "Moldova", P)}),
    # coercion without a sanction word
    ("The U.S. Treasury designated five Iranian commanders under its sanctions program.",
     {("United States", "sanctions", "Iran", P)}),
    ("Washington listed two refineries in China under its sanctions program.", {("United States", "sanctions", "China", P)}),
    ("The United States barred companies from dealings with Huawei.", {("United States", "sanctions", "Huawei", P)}),
    ("Niger gave the French ambassador 48 hours to leave the country.", {("Niger", "protestsAgainst", "France", P)}),
    ("Mali expelled the French envoy on Monday.", {("Mali", "protestsAgainst", "France", P)}),
    # appeals, leaving a body, threats
    ("Guyana said it would take the matter to the International Court of Justice.",
     {("Guyana", "appealsTo", "International Court of Justice", P)}),
    ("Burkina Faso withdrew from ECOWAS in January.",
     {("Burkina Faso", "memberOf", "Economic Community of West African States", N)}),
    ("Iran warned that it will not allow Israel to attack its facilities.", {("Iran", "threatens", "Israel", P)}),
    ("Mexico's tariffs prompted China to threaten countermeasures.", {("China", "threatens", "Mexico", P)}),
]

# (sentence, relation): look-alikes that must not give a fact of that relation
NEAR_MISSES = [
    ("The election drew criticism from observers.", "criticizes"),
    ("The plan drew criticism from activists.", "criticizes"),
    ("Japan hosted a meeting on climate for a visit by students.", "visits"),
    ("The ministry gave journalists two days to submit questions.", "demandsFrom"),
    ("Russia withdrew its troops from Moldova.", "memberOf"),
    ("The UN staff withdrew from Gaza.", "memberOf"),
    ("Germany welcomed the efforts of the mediators.", "supports"),
    ("Japan pledged to work for peace.", "aids"),
    ("Chile took the matter to court.", "appealsTo"),
    ("The president designated five commanders to lead the army.", "sanctions"),
    ("Washington listed two refineries in China.", "sanctions"),
    ("The measures target lenders including Gazprombank and Sberbank.", "sanctions"),
    ("President Ana Ruiz witnessed the signing of the budget.", "cooperatesWith"),
    ("The storm prompted Cuba to announce emergency measures.", "threatens"),
    ("China warned that Beijing would not allow Taiwan independence.", "threatens"),
    ("Algeria said it stands ready to mediate between Mali and the rebels.", "supports"),
]


def _facts(nlp, text):
    doc = nlp(text)
    return extract_doc(doc, Article(id="t", title="", text=text)).facts


def _key(f):
    return (f.subject, f.predicate, f.object, f.polarity)


def _found(want, got):
    s, p, o, pol = want
    return want in got or (p in ("meets", "negotiatesWith", "cooperatesWith") and (o, p, s, pol) in got)


@pytest.mark.parametrize("sentence,expected", ROWS, ids=[r[0][:48] for r in ROWS])
def test_frame_row(nlp, sentence, expected):
    facts = _facts(nlp, sentence)
    got = {_key(f) for f in facts}
    missing = [w for w in expected if not _found(w, got)]
    assert not missing, f"missing {missing}; got {sorted(got)}"
    extra = [_key(f) for f in facts if f.rule.startswith("frame-") and not _found(_key(f), expected)]
    assert not extra, f"frames added {extra}"


@pytest.mark.parametrize("sentence,relation", NEAR_MISSES, ids=[r[0][:48] for r in NEAR_MISSES])
def test_near_miss(nlp, sentence, relation):
    facts = _facts(nlp, sentence)
    assert [_key(f) for f in facts if f.predicate == relation] == []
    assert [_key(f) for f in facts if f.rule.startswith("frame-")] == []


def test_frame_facts_carry_rule_and_trigger(nlp):
    facts = [f for f in _facts(nlp, "Russia annexed four regions, drawing criticism from the European Union.")
             if f.rule.startswith("frame-")]
    assert [(f.rule, f.trigger, f.event_type) for f in facts] == [("frame-drawn", "criticism", "111")]


def test_withdrawal_is_a_negative_membership_only(nlp):
    facts = _facts(nlp, "Burkina Faso withdrew from ECOWAS in January.")
    member = [f for f in facts if f.predicate == "memberOf"]
    assert [f.polarity for f in member] == ["negative"]


def test_money_without_recipient_goes_to_the_article_country(nlp):
    text = ("Donors met in London to raise money for Sudan. Sudan faces famine, aid agencies say. "
            "Fighting in Sudan has displaced millions. The United Arab Emirates pledged $200 million.")
    facts = [f for f in _facts(nlp, text) if f.rule == "frame-money"]
    assert [(f.subject, f.predicate, f.object) for f in facts] == [("United Arab Emirates", "aids", "Sudan")]
    assert facts[0].confidence < 0.7  # a guess from the article, not from the sentence
