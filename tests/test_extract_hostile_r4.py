"""Hostile acts: places taken by force, the place an attack's patient lies in, forces and
weapons whose country is named deep in their phrase, the goods a duty is laid on and the
addressee of a protest (kg/extract/rules.py ``captured_place`` / ``attack_site`` / ``armed_owner``,
kg/extract/verbal.py, kg/extract/nominal.py, kg/extract/reports.py, the ``capture_verbs``,
``captured_places``, ``attack_site_nouns`` and ``armed_means_nouns`` cue lists).

Sentences written for these tests. Each row must give exactly the facts listed for the
relations it names; each near miss must give no fact of its relation.
"""
from __future__ import annotations

import pytest

from kg.types import Article
from factkit import facts as _facts

P = "positive"

# (sentence, exact facts of the named relations as (subject, predicate, object, polarity))
ROWS = [
    # a place taken by force is attacked
    ("Azerbaijan recaptured the town of Shusha in 2020.", {("Azerbaijan", "attacks", "Shusha", P)}),
    ("Russian forces captured the city of Avdiivka in February.", {("Russia", "attacks", "Avdiivka", P)}),
    ("The Taliban seized Kabul in August 2021.", {("Taliban", "attacks", "Kabul", P)}),
    ("Aid agencies fled Kunduz, which the Taliban seized in August.", {("Taliban", "attacks", "Kunduz", P)}),
    # the place the patient of an attack lies in, when the patient names no actor
    ("A Turkish drone strike on a truck in northern Iraq killed two militants.", {("Turkey", "attacks", "Iraq", P)}),
    ("A Russian missile strike on a school in the city of Kharkiv killed four people.",
     {("Russia", "attacks", "Kharkiv", P)}),
    ("A Saudi airstrike on a market in Yemen's Saada province killed ten people.",
     {("Saudi Arabia", "attacks", "Yemen", P)}),
    ("Israel struck what it called militant depots at three sites in Syria.", {("Israel", "attacks", "Syria", P)}),
    # a force or weapon whose country modifies another modifier ("Chinese J-10 jets")
    ("Hanoi said Chinese J-10 jets had bombed a Vietnamese outpost.",
     {("Vietnam", "accuses", "China", P), ("China", "attacks", "Vietnam", P)}),
    ("Baku said the airliner was hit by Russian air defences.", {("Azerbaijan", "accuses", "Russia", P)}),
    ("Pakistani air defences shot down an Indian drone.", {("Pakistan", "attacks", "India", P)}),
    # duties at a rate on goods from a country
    ("The European Union will impose duties of up to 35% on electric vehicles imported from China.",
     {("European Union", "sanctions", "China", P)}),
    ("Washington imposed tariffs of 25% on steel made in Japan.", {("United States", "sanctions", "Japan", P)}),
    ("Canada imposed levies of 10% on aluminium from Norway.", {("Canada", "sanctions", "Norway", P)}),
    # a speech act coordinated with the clause a statement reports is the reporter's, not the
    # reported clause subject's (who would then act on itself)
    ("Egypt's foreign minister said in a statement that Ethiopia was violating the treaty and urged "
     "Ethiopia to halt the filling.", {("Egypt", "demandsFrom", "Ethiopia", P)}),
    ("Arab League chief Ahmed Aboul Gheit said in a statement that Israel was exploiting the chaos "
     "and called on Israel to withdraw from the zone.", {("Ahmed Aboul Gheit", "demandsFrom", "Israel", P)}),
    # what prompts someone to act names the one who acts ("prompting X to V")
    ("The sanctions prompted Russia to expel two Polish diplomats.", {("Russia", "sanctions", "Poland", P)}),
    ("The test prompted France and Germany to warn Iran that it risked isolation.",
     {("France", "threatens", "Iran", P), ("Germany", "threatens", "Iran", P)}),
    # curbs on a country's goods
    ("The tariffs prompted Beijing to announce curbs on Australian barley.", {("China", "sanctions", "Australia", P)}),
    # a demand noun with a "that" clause: the clause subject is asked to act
    ("Brazil's demand that Paraguay pay the debt angered the government.", {("Brazil", "demandsFrom", "Paraguay", P)}),
    ("Fiqi repeated Somalia's demand that Ethiopia withdraw from the deal.", {("Somalia", "demandsFrom", "Ethiopia", P)}),
    # "told X officials that the government must": the government is the one the officials serve
    ("US envoy Morgan Ortagus met the president in Beirut. Ortagus told Lebanese officials that the "
     "government must speed up the disarmament of the militias.", {("Morgan Ortagus", "demandsFrom", "Lebanon", P)}),
    # the addressee of a protest is the one protested against
    ("Chile protested to Peru over the new maritime map.", {("Chile", "protestsAgainst", "Peru", P)}),
]

# (sentence, relation that must not be extracted at all)
NEAR_MISSES = [
    # seizing power, goods or people takes no place
    ("Soldiers seized power in Niamey in July.", "attacks"),
    ("Customs officers in Spain seized two tons of cocaine from Colombia.", "attacks"),
    ("Russian troops captured two Ukrainian soldiers near the border.", "attacks"),
    # a ship seized is a seizure (coercion), not an attack
    ("Iran seized a Greek tanker in the Gulf of Oman.", "attacks"),
    ("The tanker, which Iran seized in May, was released on Friday.", "attacks"),
    # no place named for the patient; the place of something else is no target
    ("A Turkish drone strike on a truck near the border killed two militants.", "attacks"),
    ("The Israeli strike came as talks continued in Cairo.", "attacks"),
    # a force's act that is no wrongdoing, or a weapon only described, accuses nobody
    ("Manila said Chinese J-10 jets had flown over the Spratly Islands.", "accuses"),
    ("Indian officials said the French jets were delivered on time.", "accuses"),
    # a rate discussed, not imposed: nobody sanctions, and the goods' origin imposes nothing
    ("Tariffs of 10% on steel from Norway were discussed by economists in Oslo.", "sanctions"),
    # a demand rejected by the one it names makes nobody demand anything of it
    ("Kenya rejected the demand that its troops leave.", "demandsFrom"),
    # curbing a thing is no sanction
    ("The government of Chile wants to curb inflation.", "sanctions"),
    ("New curbs on migration were debated in the parliament of Italy.", "sanctions"),
    # "to" of purpose, not an addressee
    ("Farmers in France protested to demand lower fuel prices.", "protestsAgainst"),
]


@pytest.mark.parametrize("sentence,expected", ROWS, ids=[r[0][:48] for r in ROWS])
def test_hostile_row(nlp, sentence, expected):
    relations = {p for _, p, _, _ in expected}
    got = {(f.subject, f.predicate, f.object, f.polarity) for f in _facts(nlp, sentence) if f.predicate in relations}
    assert got == expected


@pytest.mark.parametrize("sentence,relation", NEAR_MISSES, ids=[r[0][:48] for r in NEAR_MISSES])
def test_hostile_near_miss(nlp, sentence, relation):
    got = [(f.subject, f.predicate, f.object) for f in _facts(nlp, sentence) if f.predicate == relation]
    assert got == []


def test_duty_origin_is_not_the_agent(nlp):
    """"duties ... on cars from China": China is where the cars come from, never the one
    imposing the duties (whoever imposes them)."""
    text = "The commission confirmed duties of between 12% and 31% on battery-electric cars from China."
    assert not [f for f in _facts(nlp, text) if f.predicate == "sanctions" and f.subject == "China"]


def test_captured_place_helpers(nlp):
    """The capture filter reads the object: a place noun or a named place, nothing else."""
    from kg.extract.ends import EndFinder
    from kg.extract.lexicon import load_lexicon
    from kg.extract.rules import captured_place
    from kg.resolve import resolve

    text = "Rebels seized the town and two tons of cocaine."
    doc = nlp(text)
    ends = EndFinder(resolve(doc, Article(id="t", title="", text=text)), load_lexicon())
    lex = load_lexicon()
    words = {t.text: t for t in doc}
    assert captured_place(words["town"], ends, lex)
    assert not captured_place(words["tons"], ends, lex)
    assert not captured_place(words["cocaine"], ends, lex)
