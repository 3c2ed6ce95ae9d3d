"""Generalisation fixes of kg.extract, found on articles nobody had tuned the rules on.

Every sentence here was written for these tests (wire style, invented or generic
events); none is copied from an evaluation article. Each test names the general
mechanism it checks: a reference that must not point ahead or at one side only, a
news outlet that is a source and not a party, a growth that is not a worry, the
confidence floor of ``extract_doc``, and the constructions added for recall.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.extract import MIN_CONFIDENCE, extract_doc
from kg.types import Article

DEV = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "dev"


def _facts(nlp, text, *, source=None, min_confidence=None):
    article = Article(id="t", title="", text=text, source=source)
    return extract_doc(nlp(text), article, min_confidence=min_confidence).facts


def _triples(facts):
    return {(f.subject, f.predicate, f.object) for f in facts}


def _has(facts, s, p, o):
    """True when (s, p, o) is extracted, either way round for symmetric relations."""
    t = _triples(facts)
    return (s, p, o) in t or (p in ("meets", "negotiatesWith", "cooperatesWith") and (o, p, s) in t)


# -- the confidence floor ------------------------------------------------------------

def test_facts_below_the_floor_are_left_out_by_default(nlp):
    path = DEV / "nzherald-2016-07-13-south-china-sea-ruling.article.json"
    if not path.exists():
        pytest.skip("dev articles not available")
    data = json.loads(path.read_text(encoding="utf-8"))
    article = Article(id=data["id"], title=data["title"], text=data["text"], source=data.get("source"))
    doc = nlp(article.text)
    default = extract_doc(doc, article).facts
    everything = extract_doc(doc, article, min_confidence=0.0).facts
    assert all(round(f.confidence, 2) >= MIN_CONFIDENCE for f in default)
    low = [f for f in everything if f.confidence < MIN_CONFIDENCE]
    assert low, "this article has a fact inferred only from reported speech"
    kept = {(f.subject_id, f.predicate, f.object_id, f.start) for f in default}
    assert kept <= {(f.subject_id, f.predicate, f.object_id, f.start) for f in everything}
    assert not kept & {(f.subject_id, f.predicate, f.object_id, f.start) for f in low}


def test_a_fact_at_the_floor_is_kept(nlp):
    # a coreferent end costs 0.15: 0.6 - 0.15 must not fall below a 0.45 floor by rounding
    facts = _facts(nlp, "Britain imposed sanctions on Russia. Those sanctioned include Viktor Petrov.")
    assert any(f.confidence == MIN_CONFIDENCE and f.object == "Viktor Petrov" for f in facts)


# -- plural references ---------------------------------------------------------------

def test_two_sides_are_not_a_leader_and_his_own_minister(nlp):
    text = ("China's foreign minister Wang Yi arrived in Abuja on Monday. China and Nigeria have close ties. "
            "China wants more trade with Nigeria. Wang held talks with Nigerian President Bola Tinubu and "
            "Foreign Minister Yusuf Tuggar. The two sides signed agreements on a railway.")
    facts = _facts(nlp, text)
    assert not _has(facts, "Bola Tinubu", "cooperatesWith", "Yusuf Tuggar")
    assert _has(facts, "China", "cooperatesWith", "Nigeria")


def test_both_sides_does_not_point_ahead_to_the_mediators(nlp):
    text = ("India and Pakistan traded accusations on Monday. India closed the border with Pakistan. "
            "Pakistan expelled Indian diplomats. China urged both sides to exercise restraint, while "
            "Turkey and Qatar offered to mediate.")
    facts = _facts(nlp, text)
    assert not _has(facts, "China", "appealsTo", "Turkey")
    assert not _has(facts, "China", "appealsTo", "Qatar")
    assert not _has(facts, "Turkey", "negotiatesWith", "Qatar")
    assert _has(facts, "China", "appealsTo", "India") and _has(facts, "China", "appealsTo", "Pakistan")


def test_two_entities_are_not_the_principal_countries(nlp):
    # "two entities" counts sanctioned bodies; only "two countries / sides" stand for the pair
    text = ("Canada and Iran have cut ties. Canada imposed sanctions on six individuals and two entities "
            "in Iran on Monday. Canada said Iran had abused human rights.")
    facts = _facts(nlp, text)
    assert not _has(facts, "Canada", "sanctions", "Canada")


def test_the_presidents_are_the_two_heads_not_the_aide(nlp):
    text = ("Russian President Vladimir Putin held talks in the Kremlin on Tuesday with President of Uzbekistan "
            "Shavkat Mirziyoyev. Putin said trade was growing. Mirziyoyev thanked Putin. According to Kremlin "
            "aide Yuri Ushakov, the presidents also exchanged views on the situation in Afghanistan.")
    facts = _facts(nlp, text)
    assert _has(facts, "Vladimir Putin", "negotiatesWith", "Shavkat Mirziyoyev") or \
        _has(facts, "Vladimir Putin", "meets", "Shavkat Mirziyoyev")
    about = {(f.subject, f.object) for f in facts if f.predicate == "discusses"}
    assert ("Vladimir Putin", "situation in afghanistan") in about
    assert ("Shavkat Mirziyoyev", "situation in afghanistan") in about
    assert not any(s == "Yuri Ushakov" for s, _ in about)


# -- sources, growth, own side ------------------------------------------------------

def test_a_news_outlet_is_a_source_not_a_party(nlp):
    facts = _facts(nlp, "Two Egyptian officials spoke to Al Jazeera on Sunday about the plan.")
    assert not any("Al Jazeera" in (f.subject, f.object) for f in facts)
    facts = _facts(nlp, "Egyptian officials spoke to Qatar on Sunday about the plan.")
    assert _has(facts, "Egypt", "meets", "Qatar")


def test_growth_is_a_worry_only_when_warned_of(nlp):
    facts = _facts(nlp, 'Putin said trade turnover grew by almost 10% last year.')
    assert not any(f.predicate == "concernedAbout" for f in facts)
    facts = _facts(nlp, "Antonio Guterres warned that violence is rising in the region.")
    assert any(f.predicate == "concernedAbout" and "violence" in f.object for f in facts)


def test_the_speakers_own_country_in_a_retort_is_not_criticised(nlp):
    text = ("Spanish Prime Minister Pedro Sanchez hit back at a press conference, saying Spain would not "
            "accept lessons from the United States.")
    facts = _facts(nlp, text)
    assert not _has(facts, "Pedro Sanchez", "criticizes", "Spain")


def test_could_withdraw_is_a_threat_not_a_departure(nlp):
    facts = _facts(nlp, "Iran warned on Wednesday it could withdraw from the Nuclear Non-Proliferation Treaty.")
    assert not any(f.predicate == "memberOf" and f.polarity == "negative" for f in facts)
    facts = _facts(nlp, "Burkina Faso withdrew from ECOWAS in January.")
    assert any(f.predicate == "memberOf" and f.polarity == "negative" for f in facts)


# -- recall: constructions ----------------------------------------------------------

def test_money_promised_to_an_indirect_object(nlp):
    facts = _facts(nlp, "China's Foreign Minister Wang Yi has promised Nigeria fresh loans worth about $2bn.")
    assert _has(facts, "China", "aids", "Nigeria")


def test_those_sanctioned_include(nlp):
    text = "Britain imposed sanctions on Russia. Those sanctioned include Viktor Petrov and Ivan Sidorov."
    facts = _facts(nlp, text)
    got = {f.object for f in facts if f.subject == "United Kingdom" and f.predicate == "sanctions"}
    assert {"Viktor Petrov", "Ivan Sidorov"} <= got, got
    # the listed ones of something else are not sanctioned
    facts = _facts(nlp, "Britain imposed sanctions on Russia. Those invited include Viktor Petrov.")
    assert not _has(facts, "United Kingdom", "sanctions", "Viktor Petrov")


def test_rejected_as_baseless_the_accusers_claims(nlp):
    facts = _facts(nlp, "Pakistan on Tuesday rejected as baseless India's allegations linking it to the attack.")
    assert _has(facts, "Pakistan", "rejects", "India")


def test_called_it_an_act_of_terror(nlp):
    text = ("Russian missiles struck Kyiv overnight, killing 11 people. EU foreign policy chief Kaja Kallas "
            "called it another act of terror against civilians.")
    facts = _facts(nlp, text)
    assert _has(facts, "Kaja Kallas", "criticizes", "Russia")


def test_coordination_with_partners_including(nlp):
    text = ("Australia imposed sanctions on Iran on Monday. The sanctions were taken in close coordination "
            "with our partners, including the United Kingdom, Canada and New Zealand.")
    facts = _facts(nlp, text, source="Minister for Foreign Affairs, Australia (media release)")
    for partner in ("United Kingdom", "Canada", "New Zealand"):
        assert _has(facts, "Australia", "cooperatesWith", partner), partner


def test_a_ministers_first_person_is_the_issuing_government(nlp):
    facts = _facts(nlp, "Today I am announcing financial sanctions on Iran.",
                   source="Minister for Foreign Affairs, Australia (media release)")
    assert _has(facts, "Australia", "sanctions", "Iran")
    facts = _facts(nlp, "Today I am announcing financial sanctions on Iran.", source="Reuters")
    assert not _has(facts, "Australia", "sanctions", "Iran")


def test_discussed_with_a_focus_on(nlp):
    facts = _facts(nlp, "Putin and Mirziyoyev discussed the partnership, with a focus on trade and energy.")
    about = {(f.subject, f.object) for f in facts if f.predicate == "discusses"}
    assert ("Putin", "trade") in about and ("Mirziyoyev", "energy") in about


def test_told_someone_in_a_phone_call(nlp):
    facts = _facts(nlp, "Iranian Foreign Minister Abbas Araqchi told IAEA Director General Rafael Grossi in a "
                        "phone call that Iran would keep cooperating.")
    assert _has(facts, "Abbas Araqchi", "meets", "Rafael Grossi")
    # telling reporters somewhere is no meeting
    facts = _facts(nlp, "Abbas Araqchi told Rafael Grossi's deputy in Tehran that Iran would respond.")
    assert not any(f.predicate == "meets" for f in facts)


def test_a_plural_stands_for_the_members_it_lists(nlp):
    facts = _facts(nlp, "The European Union imposed sanctions on Russian lenders including Sovcombank and MTS Bank.")
    got = {f.object for f in facts if f.subject == "European Union" and f.predicate == "sanctions"}
    assert {"Sovcombank", "MTS Bank"} <= got, got
