"""Lead's session-8 mechanisms: state media and missions as their country, breakaway states,
entry bans, gerunds of joining under "against", finite verbs after an infinitive, spokesman
titles after a country spoke, ministries' members, datelines, denial scope, news outlets by
description, refused things owned by an actor, "government forces" by paragraph, "the two
men" after a meeting verb. Every sentence is invented for this file.
"""
from __future__ import annotations

import pytest

from kg.extract import extract_doc
from kg.types import Article


def facts_of(nlp, text, title="t", polarity="positive"):
    doc = nlp(text)
    extraction = extract_doc(doc, Article(id="t", title=title, text=text))
    return {(f.subject, f.predicate, f.object) for f in extraction.facts if f.polarity == polarity}


FOUND = [
    ("Chinese state media accused Vietnam of provoking the clash near the reef.",
     ("China", "accuses", "Vietnam")),
    ("Iran's mission to the United Nations rejected the accusations by Israel.",
     ("Iran", "rejects", "Israel")),
    ("Ethiopia signed a port agreement with Somaliland, a breakaway region of Somalia.",
     ("Ethiopia", "cooperatesWith", "Somaliland")),
    ("Russian peacekeepers remain in Transnistria, a separatist region of Moldova.",
     ("Transnistria", "locatedIn", "Moldova")),
    ("Moscow banned entry to dozens of British officials.",
     ("Russia", "sanctions", "United Kingdom")),
    ("Niger's junta ordered French troops to leave and turned to Turkey for help.",
     ("Niger", "appealsTo", "Turkey")),
    ("Beijing rejected the complaint. Foreign Ministry spokeswoman Mao Ning told reporters "
     "that the patrol was lawful.", ("Mao Ning", "memberOf", "China")),
    ("Secretary of State Condoleezza Rice called the vote a setback.",
     ("Condoleezza Rice", "memberOf", "United States")),
    # (a capital in a dateline is left out since session 16: annotators take it as known)
    ("GYUMRI, Armenia (AP) — Talks between the two governments resumed on Monday.",
     ("Gyumri", "locatedIn", "Armenia")),
    ("A Kremlin spokesman denied that Moscow had any role in the unrest and accused Western "
     "capitals of meddling.", ("Russia", "accuses", "Western capitals")),
    ("Belgrade will never recognise Kosovo's statehood, the minister said.",
     ("Serbia", "rejects", "Kosovo")),
    ("The Libyan government has rejected the plan. Libyan opposition groups said government "
     "forces had shelled the town of Gharyan overnight.", ("Libyan opposition groups", "accuses", "Libya")),
    ("King Abdullah received President Erdogan in Amman on Sunday. The two men discussed the "
     "war in Gaza.", ("King Abdullah", "discusses", "war in gaza")),
    ("Myanmar's generals accused ASEAN of interfering in the country's affairs.",
     ("Myanmar", "accuses", "Association of Southeast Asian Nations")),
    ("The Serbian Orthodox Church accused the government of Montenegro of discrimination.",
     ("Serbian Orthodox Church", "accuses", "Montenegro")),
    ("Armenia cited concerns over its sovereignty.", ("Armenia", "concernedAbout", "sovereignty")),
    # a demonym after another country's word names a people, not the demonym's state
    ("Bosnian Serb leader Milorad Dodik threatened to secede.",
     ("Milorad Dodik", "leaderOf", "Bosnian Serbs")),
    ("Kosovo Serbs boycotted the vote and accused Pristina of discrimination.",
     ("Kosovo Serbs", "accuses", "Kosovo")),
    ("Iran accused the West of failing to honour the nuclear deal.", ("Iran", "accuses", "the West")),
    ("Saudi Crown Prince Mohammed bin Salman received the Syrian leader in Riyadh.",
     ("Mohammed bin Salman", "leaderOf", "Saudi Arabia")),
    ("EU trade chief Valdis Dombrovskis met the Chinese minister.",
     ("Valdis Dombrovskis", "memberOf", "European Union")),
    ("Officials from Sweden and Turkey, which is a NATO member, met in Vilnius.",
     ("Turkey", "memberOf", "North Atlantic Treaty Organization")),
    ("The Kremlin dismissed any suggestion that Russia was behind the sabotage.",
     ("Russia", "denies", "sabotage")),
    ("Germany had opposed the EV tariffs.", ("Germany", "rejects", "ev tariffs")),
    ("ASEAN met on Friday. Brunei, which holds the group's rotating chairmanship, issued a "
     "statement.", ("Brunei", "leaderOf", "Association of Southeast Asian Nations")),
    ("The EU summit with China ended without a deal.", ("European Union", "meets", "China")),
    ("Ecuadorian police stormed the Mexican embassy in Quito on Friday.",
     ("Mexican embassy", "locatedIn", "Quito")),
    # duties hit where the goods come from: a "-made" country, a customs union
    ("Brussels slapped tariffs of up to 38% on Chinese-made electric vehicles.",
     ("European Union", "sanctions", "China")),
    ("China imposed duties on brandy from the EU.", ("China", "sanctions", "European Union")),
    ("Venezuela expelled diplomats from Argentina, Chile and Peru.", ("Venezuela", "protestsAgainst", "Chile")),
    # places: an unknown dateline town, a coastal owner, "the capital, X", bearings, borders
    ("KASSALA, Sudan (Reuters) - Talks resumed on Monday.", ("Kassala", "locatedIn", "Sudan")),
    ("The talks were held in the Saudi Red Sea city of Jeddah.", ("Jeddah", "locatedIn", "Saudi Arabia")),
    ("A final convoy departed from the capital, Niamey, on Friday.", ("Niamey", "locatedIn", "Niger")),
    ("Rockets crossed toward Metula, a town on the border in northern Israel.",
     ("Metula", "locatedIn", "Israel")),
    ("Somalia, as a member of the Arab League, was entitled to collective defence.",
     ("Somalia", "memberOf", "Arab League")),
    # a known name that opens with a country's name is a person
    ("Prime Minister Benjamin Netanyahu and Defense Minister Israel Katz instructed the army.",
     ("Israel Katz", "memberOf", "Israel")),
    # strikes on sites used by X hit X; "the strikes", "the operation" name their authors
    ("The US and Britain carried out strikes on sites used by the Houthis. Iran condemned the strikes.",
     ("Iran", "criticizes", "United States")),
    ("The US and Britain carried out strikes on sites used by the Houthis. The operation was "
     "supported by Canada.", ("Canada", "supports", "United States")),
    ("The US and Britain carried out strikes on sites used by the Houthis.",
     ("United Kingdom", "attacks", "Houthis")),
    # a capital with a relative clause is a subject, not a dateline
    ("Moscow, which backs Assad, denied any involvement in the attacks.",
     ("Russia", "denies", "involvement in the attacks")),
    # who travels for meetings with X meets X
    ("Egyptian Foreign Minister Mohamed Kamel Amr arrived in Addis Ababa on Monday for two days of "
     "meetings with his Ethiopian counterpart Tedros Adhanom.", ("Mohamed Kamel Amr", "meets", "Tedros Adhanom")),
    # respect for a state's sovereignty backs the state
    ("The United States has urged respect for Somalia's territorial integrity.",
     ("United States", "supports", "Somalia")),
    ("China called for respect for the sovereignty of Ukraine.", ("China", "supports", "Ukraine")),
    # "the generals" of a country under military rule
    ("Niger's military government ordered French troops out. The generals who overthrew the "
     "president have accused France of meddling.", ("Niger", "accuses", "France")),
    # an object pronoun is never its own verb's subject
    ("Sudan's army chief Abdel Fattah Burhan met mediators. Saudi Foreign Minister Prince Faisal bin "
     "Farhan spoke by phone with Burhan on Sunday and urged him to respect the truce.",
     ("Faisal bin Farhan", "appealsTo", "Abdel Fattah Burhan")),
    # "the kingdom" is a monarchy named before, not the last country
    ("Saudi Arabia hosted Syria's President Ahmed al-Sharaa in Riyadh. Al-Sharaa thanked the "
     "kingdom for its humanitarian aid.", ("Saudi Arabia", "aids", "Syria")),
    # a relative clause on a coordination is about every conjunct (a plural or past verb)
    ("Diplomats criticised Russia and China, which vetoed the draft resolution.",
     ("China", "rejects", "draft resolution")),
    ("Diplomats criticised Russia and China, which vetoed the draft resolution.",
     ("Russia", "rejects", "draft resolution")),
]

NOT_FOUND = [
    # a stormed embassy is a building, not its country
    ("Ecuadorian police stormed the Mexican embassy in Quito on Friday.", ("Mexico", "locatedIn", "Quito")),
    # a title word the NER calls a person is no person
    ("Chinese State Councilor and Foreign Minister Qin Gang met Saudi Foreign Minister Faisal bin Farhan.",
     ("Councilor", "meets", "Faisal bin Farhan")),
    # a forum's summit names the gathering, not a side; a bare "case" is no topic
    ("Mr Trudeau said he had raised the case personally with Mr Modi at the G20 summit.",
     ("Group of 20", "meets", "Modi")),
    ("Mr Trudeau said he had raised the case personally with Mr Modi at the G20 summit.",
     ("Trudeau", "discusses", "case")),
    ("Sweden and Finland applied to join NATO in May 2022.",
     ("Sweden", "memberOf", "North Atlantic Treaty Organization")),
    ("Ukraine's bid to join the EU stalled.", ("Ukraine", "memberOf", "European Union")),
    # a lowercase "congress" is no U.S. Congress; "EV" is no organisation
    ("Delegates held a congress in Tiraspol. The congress addressed appeals to the United Nations.",
     ("United States Congress", "appealsTo", "United Nations")),
    ("Germany had opposed the EV tariffs.", ("Germany", "rejects", "EV")),
    # a singular relative clause describes the last conjunct only
    ("Officials from Sweden and Turkey, which is a NATO member, met in Vilnius.",
     ("Sweden", "memberOf", "North Atlantic Treaty Organization")),
    ("EU trade chief Valdis Dombrovskis met the Chinese minister.",
     ("Valdis Dombrovskis", "leaderOf", "European Union")),
    ("The United States called on Rwanda to stop its support for the M23 rebels.",
     ("United States", "supports", "M23")),
    ("France asked Germany to increase its aid to Ukraine.", ("France", "aids", "Ukraine")),
    ("Settlers attacked a village in the West Bank.", ("Settlers", "attacks", "the West")),
    ("Bosnian Serb leader Milorad Dodik threatened to secede.",
     ("Milorad Dodik", "leaderOf", "Serbia")),
    # reporters are sources, not the state
    ("Russian media reported that the convoy had crossed into Belarus.",
     ("Russia", "accuses", "Belarus")),
    # warned against joining: no membership
    ("Moscow has repeatedly warned Tbilisi against joining NATO.",
     ("Georgia", "memberOf", "North Atlantic Treaty Organization")),
    ("Moscow has repeatedly warned Tbilisi against joining NATO.",
     ("Russia", "memberOf", "North Atlantic Treaty Organization")),
    # a news agency the speaker talked to is no meeting
    ("Speaking to the state news agency Sputnik, the minister said talks would resume.",
     ("minister", "meets", "Sputnik")),
    # the one ordered to leave does not turn to anyone
    ("Niger's junta ordered French troops to leave and turned to Turkey for help.",
     ("France", "appealsTo", "Turkey")),
]


@pytest.mark.parametrize("text, expected", FOUND)
def test_found(nlp, text, expected):
    assert expected in facts_of(nlp, text)


@pytest.mark.parametrize("text, unexpected", NOT_FOUND)
def test_not_found(nlp, text, unexpected):
    assert unexpected not in facts_of(nlp, text)


def test_denied_state_keeps_the_charge_positive(nlp):
    text = ("A Kremlin spokesman denied that Moscow had any role in the unrest and accused "
            "Western capitals of meddling.")
    assert ("Russia", "accuses", "Western capitals") not in facts_of(nlp, text, polarity="negative")


def test_known_officeholder_mistagged_by_the_ner_is_a_person(nlp):
    """The NER calls "Nicolás Maduro" a WORK_OF_ART here; the dictionary knows the name."""
    from kg.resolve import resolve

    text = "Pressure mounted on Nicolás Maduro to prove his claim. Maduro rejected the proposal."
    mentions = resolve(nlp(text), Article(id="t", title="t", text=text))
    labels = {e.label for e in mentions.entities.values() if e.type == "Person"}
    assert labels == {"Nicolás Maduro"}


def test_name_after_a_capitalised_portfolio_is_a_person(nlp):
    """"Deputy Prime Minister for Reintegration Oleg Serebrian": the tagger finds nothing."""
    from kg.resolve import resolve

    text = "Deputy Prime Minister for Reintegration Oleg Serebrian told reporters the government saw no risk."
    mentions = resolve(nlp(text), Article(id="t", title="t", text=text))
    assert {e.label for e in mentions.entities.values() if e.type == "Person"} == {"Oleg Serebrian"}


def test_what_someone_should_not_do_is_no_negative_fact(nlp):
    text = "Peskov said European countries should not accuse Belarus of staging the crisis."
    assert ("European countries", "accuses", "Belarus") not in facts_of(nlp, text, polarity="negative")


def test_no_office_half_a_year_before_its_term(nlp):
    """"Labour leader Sir Keir Starmer" in January 2024: not yet the prime minister."""
    text = "Labour leader Sir Keir Starmer backed the strikes."
    doc = nlp(text)
    facts = extract_doc(doc, Article(id="t", title="t", text=text, date="2024-01-12")).facts
    assert ("Keir Starmer", "leaderOf", "United Kingdom") not in {(f.subject, f.predicate, f.object) for f in facts}

