"""Actor-side resolution: government departments as their country, gazetteer bodies named
as the article names them, titles that swallowed names, lists of countries, and the
static facts that depend on them (near misses included)."""
from __future__ import annotations

import pytest

from kg.resolve import resolve
from kg.types import Article


def run(nlp, text, source=""):
    doc = nlp(text)
    return doc, resolve(doc, Article(id="t", title="t", text=text, source=source))


def at(doc, mentions, word, nth=0):
    tokens = [t for t in doc if t.text == word]
    ent = mentions.entity_at(tokens[nth])
    return (ent.label, ent.type) if ent is not None else None


def triples(mentions):
    return {(f.subject, f.predicate, f.object) for f in mentions.static_facts}


# -- departments act for their country ------------------------------------------------
@pytest.mark.parametrize("text, word, expected", [
    ("The State Department barred two officials from entering.", "Department",
     ("United States", "Country")),
    ("The Pentagon moved two destroyers closer to the coast.", "Pentagon",
     ("United States", "Country")),
    ("Lawmakers questioned the Treasury Department about the fines.", "Department",
     ("United States", "Country")),
    # "the Treasury" alone after the department was named
    ("The Treasury Department fined a bank. The Treasury also listed three ships.", "Treasury",
     ("United States", "Country")),
])
def test_department_in_actor_role_is_its_country(nlp, text, word, expected):
    doc, mentions = run(nlp, text)
    last = sum(t.text == word for t in doc) - 1
    assert at(doc, mentions, word, last) == expected


def test_department_as_modifier_stays_a_body(nlp):
    text = "Treasury Secretary Mara Quill said the Treasury Department's sanctions office would act."
    doc, mentions = run(nlp, text)
    assert ("Mara Quill", "memberOf", "Treasury Department") in triples(mentions)
    # "the Treasury Department's ... office": a possessor, not an actor
    assert at(doc, mentions, "Department") == ("Treasury Department", "Organization")


def test_unit_of_a_department_keeps_its_membership(nlp):
    text = ("The Treasury Department's Office of Foreign Assets Control (OFAC) listed four "
            "shipping firms on Tuesday.")
    doc, mentions = run(nlp, text)
    assert ("Office of Foreign Assets Control", "memberOf", "Treasury Department") in triples(mentions)


def test_bare_treasury_of_another_country_is_not_the_us_one(nlp):
    doc, mentions = run(nlp, "The Treasury in Paris raised its growth forecast.")
    assert at(doc, mentions, "Treasury") != ("United States", "Country")


def test_non_department_national_body_is_not_lifted(nlp):
    # a party with a country in the gazetteer is no department
    doc, mentions = run(nlp, "The Chinese Communist Party expelled two officials.")
    assert at(doc, mentions, "Party") == ("Chinese Communist Party", "Organization")


# -- labels are the article's names ----------------------------------------------------
def test_gazetteer_body_takes_the_articles_name(nlp):
    doc, mentions = run(nlp, "The U.N. Security Council met behind closed doors.")
    ent = mentions.entity_at([t for t in doc if t.text == "Council"][0])
    assert ent.label == "U.N. Security Council"
    assert ent.id == "United_Nations_Security_Council"  # the id stays the gazetteer's


def test_metonyms_and_acronyms_do_not_become_labels(nlp):
    doc, mentions = run(nlp, "Brussels warned Budapest. NATO said nothing.")
    assert at(doc, mentions, "Brussels") == ("European Union", "Organization")
    assert at(doc, mentions, "NATO") == ("North Atlantic Treaty Organization", "Organization")


# -- names the NER glued to titles -----------------------------------------------------
@pytest.mark.parametrize("text, person, country", [
    # the NER tags "Economy, Trade and Industry Budi Santoso" as one organisation
    ("Indonesia's Minister of Economy, Trade and Industry Budi Santoso opened the plant.",
     "Budi Santoso", "Indonesia"),
    # the NER tags "Minister of Trade, Agriculture and Industry" as an organisation
    ("Ghana's Minister of Trade, Agriculture and Industry Kofi Mensah opened the plant.",
     "Kofi Mensah", "Ghana"),
])
def test_portfolio_taken_into_a_name_is_cut(nlp, text, person, country):
    doc, mentions = run(nlp, text)
    labels = {e.label for e in mentions.entities.values()}
    assert person in labels
    assert not any("Industry" in label for label in labels)
    assert (person, "memberOf", country) in triples(mentions)


def test_untagged_name_after_a_portfolio(nlp):
    text = ("The European Commission, represented by Commissioner for Crisis Management "
            "Hadja Lahbib, pledged more aid.")
    doc, mentions = run(nlp, text)
    assert ("Hadja Lahbib", "memberOf", "European Commission") in triples(mentions)


def test_rank_word_after_a_title_is_a_given_name(nlp):
    doc, mentions = run(nlp, "The deal was signed by Japanese Defense Minister Gen Nakatani.")
    assert ("Gen Nakatani", "memberOf", "Japan") in triples(mentions)


def test_rank_with_period_is_still_a_rank(nlp):
    doc, mentions = run(nlp, "The army chief, Gen. Musa Adamu, toured the base.")
    labels = {e.label for e in mentions.entities.values() if e.type == "Person"}
    assert "Musa Adamu" in labels


def test_one_word_party_heading_a_title_is_an_organisation(nlp):
    text = ("Tumaini said its leader had been arrested. Tumaini Secretary-General Joseph Mrema "
            "told reporters the party would not give up. Tumaini has 40 seats.")
    doc, mentions = run(nlp, text)
    assert at(doc, mentions, "Tumaini", 2) == ("Tumaini", "Organization")
    # a party's secretary-general is a member, not its leader
    assert ("Joseph Mrema", "memberOf", "Tumaini") in triples(mentions)


# -- bodies -------------------------------------------------------------------------------
def test_national_body_named_of_its_country(nlp):
    doc, mentions = run(nlp, "The Atomic Energy Organization of Iran said it would add centrifuges.")
    assert ("Atomic Energy Organization of Iran", "memberOf", "Iran") in triples(mentions)


def test_ministry_named_with_its_country_gives_no_membership(nlp):
    doc, mentions = run(nlp, "Peru's Foreign Ministry summoned the envoy.")
    assert not any(p == "memberOf" and s.endswith("Ministry") for s, p, _o in triples(mentions))


def test_force_name_running_past_its_head(nlp):
    text = "The Philippine National Task Force for the West Philippine Sea said the boat was hit."
    doc, mentions = run(nlp, text)
    assert ("Philippine National Task Force for the West Philippine Sea", "memberOf",
            "Philippines") in triples(mentions)


# -- memberships and places ---------------------------------------------------------------
def test_joining_in_an_act_is_no_membership(nlp):
    doc, mentions = run(nlp, "Canada joined the European Union in condemning the strike.")
    assert not any(p == "memberOf" for _s, p, _o in triples(mentions))
    doc, mentions = run(nlp, "Finland joined NATO in 2023.")
    assert ("Finland", "memberOf", "North Atlantic Treaty Organization") in triples(mentions)


@pytest.mark.parametrize("text, subject", [
    ("He offered to host a meeting of the two countries' Joint Border Committee in Kuala Lumpur.",
     "Joint Border Committee"),
    ("The Department of Foreign Affairs in Manila said it would protest.",
     "Department of Foreign Affairs"),
])
def test_passing_seat_is_no_location(nlp, text, subject):
    doc, mentions = run(nlp, text)
    assert not any(s == subject and p == "locatedIn" for s, p, _o in triples(mentions))


def test_court_in_a_city_is_still_located(nlp):
    doc, mentions = run(nlp, "The ruling came from the International Criminal Court in The Hague.")
    assert ("International Criminal Court", "locatedIn", "The Hague") in triples(mentions)


# -- lists of countries -------------------------------------------------------------------
def test_country_list_is_not_an_apposition(nlp):
    doc = nlp("Mali, Burkina Faso and Niger left the bloc in January.")
    faso = [t for t in doc if t.text == "Faso"][0]
    assert faso.dep_ != "appos"
    assert {t.text for t in doc[0].conjuncts} >= {"Faso", "Niger"}


def test_city_and_country_apposition_is_kept(nlp):
    doc = nlp("Talks opened in Cartagena, Colombia, on Monday.")
    colombia = [t for t in doc if t.text == "Colombia"][0]
    assert colombia.dep_ != "conj" or colombia.head.text != "Cartagena"


def test_people_are_not_located(nlp):
    text = "Hutu and Tutsi in Rwanda remember. Reporter Ana Lima in Kigali, Rwanda, filed this."
    doc, mentions = run(nlp, text)
    kinds = {e.id: e.type for e in mentions.entities.values()}
    assert not any(f.predicate == "locatedIn" and kinds.get(f.subject_id) in ("Person", "Group")
                   for f in mentions.static_facts)
    assert ("Kigali", "locatedIn", "Rwanda") in triples(mentions)


def test_site_name_runs_to_its_noun(nlp):
    text = "Shells fell near the Ta Muen Thom temple in Surin province on Sunday."
    doc, mentions = run(nlp, text)
    assert ("Ta Muen Thom temple", "locatedIn", "Surin province") in triples(mentions)


def test_firm_placed_by_its_apposition(nlp):
    text = "Officials also listed Kupol, a drone maker in Russia's Udmurt Republic, on Monday."
    doc, mentions = run(nlp, text)
    assert ("Kupol", "locatedIn", "Udmurt Republic") in triples(mentions)
    # a country is not a seat: organisations lie in places, not countries
    doc, mentions = run(nlp, "Officials also listed Acme, a drone maker in Germany, on Monday.")
    assert not any(s == "Acme" and p == "locatedIn" for s, p, _o in triples(mentions))


def test_minister_of_the_ministry_the_article_names(nlp):
    text = ("The Ministry of Water and Irrigation announced new quotas. Minister of Water and "
            "Irrigation Rania Haddad said supplies were short.")
    doc, mentions = run(nlp, text)
    assert ("Rania Haddad", "memberOf", "Ministry of Water and Irrigation") in triples(mentions)


def test_press_release_ministry_is_the_issuing_country(nlp):
    text = "The Ministry of Foreign Affairs strongly condemns the launch."
    doc, mentions = run(nlp, text, source="Ministry of Foreign Affairs of Ruritania, Japan")
    assert at(doc, mentions, "Ministry") == ("Japan", "Country")
    # in news, a ministry named without its country stays itself
    doc, mentions = run(nlp, text, source="Reuters")
    assert at(doc, mentions, "Ministry") == ("Ministry of Foreign Affairs", "Organization")
    # another country's ministry in the release keeps its own country
    doc, mentions = run(nlp, "Ukraine's Defence Ministry reported new strikes.",
                        source="Ministry of Foreign Affairs of Japan")
    assert at(doc, mentions, "Ukraine") == ("Ukraine", "Country")
    assert at(doc, mentions, "Ministry")[1] == "Organization"


@pytest.mark.parametrize("text, word, label", [
    ("The Northern Liberation Front shelled the town. Residents said the rebel group had "
     "left by noon.", "group", "Northern Liberation Front"),
    ("Officers calling themselves the Supreme Military Council took power. The bloc gave the "
     "junta a month to hand back control.", "junta", "Supreme Military Council"),
    ("The African Union said the continental body backed the plan.", "body", "African Union"),
])
def test_descriptions_of_groups_juntas_and_bodies(nlp, text, word, label):
    doc, mentions = run(nlp, text)
    assert at(doc, mentions, word)[0] == label


def test_plain_group_and_body_are_not_resolved(nlp):
    doc, mentions = run(nlp, "The African Union met. The group of experts and the body of "
                             "the text were discussed.")
    assert at(doc, mentions, "group") is None
    assert at(doc, mentions, "body") is None
