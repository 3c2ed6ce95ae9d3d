"""Session 15: general constructions found missing when six unseen invented sets were
opened for the first time: an opening "At the invitation of X," before the subject, "...,
accusing it of ..." after a main clause that names the party, protests held at a country's
embassy, "regret over X's decision", "left Cairo for Tehran", "in solidarity with X",
"said talks with X were advanced", "demanding the resignation of X", "reach out to X",
"reconciliation between A and B", "warned in a statement that X would ...",
"hosted X at State House in Nairobi", "reserved the right to use self-defence if X ...",
"described X's actions as unreasonable". Every text is invented."""
from __future__ import annotations

import pytest

from tests.factkit import check_row, facts

#: (text, facts expected, facts that must be absent)
CASES = [
    # an opening phrase that ends in a name: the name after it is the subject, not its apposition
    ("At the invitation of the President of the Republic of Chile, Gabriel Boric, the Prime Minister of "
     "Spain, Pedro Sanchez, visited Chile from 3 to 5 May 2023.",
     [("Pedro Sanchez", "visits", "Chile", "positive"), ("Pedro Sanchez", "leaderOf", "Spain", "positive"),
      ("Gabriel Boric", "leaderOf", "Chile", "positive")],
     [("Gabriel Boric", "visits", "Chile", "positive")]),
    ("At the invitation of President Joko Widodo, Prime Minister Anthony Albanese visited Indonesia in June.",
     [("Anthony Albanese", "visits", "Indonesia", "positive")], []),
    # "it" in a participle clause: the party the main clause names
    ("Bahrain and Egypt severed diplomatic links with Qatar on Monday, accusing it of funding armed groups.",
     [("Bahrain", "accuses", "Qatar", "positive"), ("Egypt", "accuses", "Qatar", "positive")], []),
    ("The United States imposed new sanctions on Iran, accusing it of arming militias.",
     [("United States", "accuses", "Iran", "positive")], []),
    # protests at a country's mission
    ("About 200 activists rallied outside the Chinese embassy in Manila on Sunday.",
     [("activists", "protestsAgainst", "China", "positive")], []),
    ("Activists have vowed to keep up their weekly rallies in front of the Russian Embassy.",
     [("activists", "protestsAgainst", "Russia", "positive")], []),
    ("The ambassador met activists at the Chinese embassy.", [],
     [("activists", "protestsAgainst", "China", "positive")]),
    # regret, disappointment, dismay over someone's act criticise its author
    ("Chile's Foreign Ministry expressed deep regret over Argentina's decision to close the border.",
     [("Chile", "criticizes", "Argentina", "positive")], []),
    ("Germany expressed disappointment with Hungary's decision to veto the package.",
     [("Germany", "criticizes", "Hungary", "positive")], []),
    ("The minister expressed regret over the loss of life in the floods.", [],
     [("minister", "criticizes", "floods", "positive")]),
    # leaving one place for another
    ("Xi will leave Cairo on Friday for Tehran, the last stop of his tour.", [("Xi", "visits", "Iran", "positive")],
     []),
    ("Modi departed for Washington on Sunday.", [("Modi", "visits", "United States", "positive")], []),
    # "in solidarity with": support, and no partner of the act the phrase follows
    ("Nicaragua said it was breaking off relations with Ecuador in solidarity with Mexico.",
     [("Nicaragua", "supports", "Mexico", "positive"), ("Nicaragua", "sanctions", "Ecuador", "positive")],
     [("Nicaragua", "sanctions", "Mexico", "positive")]),
    # reporting on one's own talks with someone
    ("Energy Minister Juan Jose Aranguren said talks with Qatar Petroleum on the gas deal were well advanced.",
     [("Juan Jose Aranguren", "negotiatesWith", "Qatar Petroleum", "positive")], []),
    ("The UN envoy said talks between the government and the rebels would resume.", [],
     [("United Nations", "negotiatesWith", "rebels", "positive")]),
    # the resignation or departure demanded of someone
    ("Protesters returned to the streets on Friday, demanding the resignation of the interior minister, "
     "Giorgi Gakharia.",
     [("protesters", "demandsFrom", "Giorgi Gakharia", "positive")], []),
    ("The opposition demanded Maduro's resignation.", [("opposition", "demandsFrom", "Maduro", "positive")], []),
    # reaching out
    ("Pakistan said it would reach out to China over the crisis.", [("Pakistan", "appealsTo", "China", "positive")],
     []),
    # a that-clause hung on "statement" is what the verb says; a named state in it answers
    ("Kim Yo-jong warned in a statement that North Korea would take action against the United States.",
     [("North Korea", "threatens", "United States", "positive")], []),
    # a guest hosted in a named place of the host's country visits it (not "hosted" alone)
    ("Kenyan President Uhuru Kenyatta hosted Ugandan President Yoweri Museveni at State House in Nairobi.",
     [("Yoweri Museveni", "visits", "Kenya", "positive")], []),
    ("Kenyan President Uhuru Kenyatta hosted Ugandan President Yoweri Museveni in a video call.", [],
     [("Yoweri Museveni", "visits", "Kenya", "positive")]),
    # the right reserved to use force against whoever the condition names
    ("Bamako reserved the right to use self-defence if France continued to undermine its sovereignty.",
     [("Mali", "threatens", "France", "positive")], []),
    # "unreasonable", "inappropriate": a judgement of someone's acts
    ("The State Department described Beijing's actions as unreasonable and inappropriate.",
     [("United States", "criticizes", "China", "positive")], []),
    # places: a particle inside a Spanish name, a district compounded with its name, a
    # possessed region, "the port of X in Y", places listed after a plural place noun
    ("Fighting broke out near the Venezuelan town of San Antonio del Táchira.",
     [("San Antonio del Táchira", "locatedIn", "Venezuela", "positive")], []),
    ("Gunmen landed in the Lahad Datu district of Sabah.", [("Lahad Datu", "locatedIn", "Sabah", "positive")],
     [("Sabah", "locatedIn", "Lahad Datu", "positive")]),
    ("The pipeline will run to China's far western Xinjiang region.",
     [("Xinjiang", "locatedIn", "China", "positive")], []),
    ("The port of Gwadar in Pakistan's southwestern Balochistan province was attacked.",
     [("Gwadar", "locatedIn", "Balochistan province", "positive")], []),
    ("Russia recognised two breakaway Georgian regions, Abkhazia and South Ossetia.",
     [("Abkhazia", "locatedIn", "Georgia", "positive"), ("South Ossetia", "locatedIn", "Georgia", "positive")], []),
    ("The deal reopened three Ukrainian ports, including Odessa.", [("Odessa", "locatedIn", "Ukraine", "positive")],
     []),
    # support thanked for, a meeting called off, a demand with a bare verb, a list of demands
    ("Lithuania is grateful to the United States for its support.",
     [("United States", "supports", "Lithuania", "positive")], []),
    ("Wang Yi called off a planned meeting with Japanese Foreign Minister Yoshimasa Hayashi.",
     [("Wang Yi", "meets", "Yoshimasa Hayashi", "negative")], [("Wang Yi", "meets", "Yoshimasa Hayashi", "positive")]),
    ("China demanded that Manila tow away the grounded warship.",
     [("China", "demandsFrom", "Philippines", "positive")], []),
    ("Iran insisted that its programme was peaceful.", [], [("Iran", "demandsFrom", "Iran", "positive")]),
    ("Qatar has dismissed a list of 13 demands presented by Saudi Arabia and its allies.",
     [("Qatar", "rejects", "Saudi Arabia", "positive")], []),
    ("Russia has sent troops and fighter jets to Belarus for joint exercises next month.",
     [("Russia", "cooperatesWith", "Belarus", "positive")], []),
    # a session of a body asked for
    ("Russia requested an emergency meeting of the UN Security Council.",
     [("Russia", "appealsTo", "UN Security Council", "positive")], []),
    ("Colombia said it would seek an urgent meeting of the Organization of American States.",
     [("Colombia", "appealsTo", "Organization of American States", "positive")], []),
    # a name the tagger missed between a place preposition and ", (bearing) Country"
    ("Militants attacked a checkpoint in Tillaberi, western Niger.",
     [("Tillaberi", "locatedIn", "Niger", "positive")], []),
    ("The blast hit a market in Bardarash, northern Iraq.", [("Bardarash", "locatedIn", "Iraq", "positive")], []),
    ("The minister arrived in Washington, Thursday.", [], [("Washington", "locatedIn", "Thursday", "positive")]),
    # a country's post abroad lies where the text puts it
    ("Lithuania allowed the opening of the Taiwanese Representative Office in Vilnius.",
     [("Taiwanese Representative Office", "locatedIn", "Vilnius", "positive")], []),
    ("Saudi Arabia demanded the closure of the Turkish military base on Qatari soil.",
     [("Turkish military base", "locatedIn", "Qatar", "positive")], []),
    # titles: "whose President X" without commas, a designate, a body named with its parent
    ("Argentina, whose President Cristina Fernandez has branded the removal a coup, withdrew its ambassador.",
     [("Cristina Fernandez", "leaderOf", "Argentina", "positive")], []),
    ("Pakistan's high commissioner-designate, Ali Hassan Khan, will not travel to New Delhi.",
     [("Ali Hassan Khan", "memberOf", "Pakistan", "positive")], []),
    ("The UN refugee agency UNHCR said 600,000 people had fled.",
     [("UNHCR", "memberOf", "United Nations", "positive")], []),
    ("The UN Security Council met on Monday.", [],
     [("UN Security Council", "memberOf", "United Nations", "positive")]),
    # places: an apposition "inside" / "off" a place, "the headquarters of X" with X taken for a
    # person, names before "sector(s) of" the tagger missed
    ("Fighting erupted in Nagorno-Karabakh, a mountainous region inside Azerbaijan.",
     [("Nagorno-Karabakh", "locatedIn", "Azerbaijan", "positive")], []),
    ("A missile landed near Al Islet, an uninhabited island off Hwadae County in North Hamgyong Province.",
     [("Al Islet", "locatedIn", "Hwadae County", "positive")], []),
    ("The clash took place near Parachinar, the headquarters of Kurram in Khyber Pakhtunkhwa.",
     [("Parachinar", "locatedIn", "Kurram", "positive")], []),
    ("Shelling hit the Nikial and Khuiratta sectors of Kotli district.",
     [("Nikial", "locatedIn", "Kotli", "positive"), ("Khuiratta", "locatedIn", "Kotli", "positive")], []),
    ("He lives in the Old City of Jerusalem.", [], [("He", "locatedIn", "Jerusalem", "positive")]),
    # diplomatic rows: ties severed or suspended, an envoy asked to leave, envoys recalled from
    # where they are accredited, a rotating presidency held
    ("Nicaragua severed its own ties with Ecuador.", [("Nicaragua", "sanctions", "Ecuador", "positive")], []),
    ("Panama announced that it was suspending relations with Venezuela.",
     [("Panama", "sanctions", "Venezuela", "positive")], []),
    ("Bahrain asked the Lebanese ambassador in Manama to leave within 48 hours.",
     [("Bahrain", "protestsAgainst", "Lebanon", "positive")], []),
    ("Iran asked the Swiss ambassador to explain the remarks.", [],
     [("Iran", "protestsAgainst", "Switzerland", "positive")]),
    ("Mali, Niger and Burkina Faso were recalling their ambassadors accredited in Algiers.",
     [("Mali", "protestsAgainst", "Algeria", "positive")], []),
    ("Honduran President Xiomara Castro, who holds the rotating presidency of CELAC, called a meeting.",
     [("Xiomara Castro", "leaderOf", "Community of Latin American and Caribbean States", "positive")], []),
    ("Kenya requested a meeting of the Security Council.", [("Kenya", "appealsTo", "Security Council", "positive")],
     []),
    ("The deal followed a heated Oval Office encounter between Zelenskyy and Trump.",
     [("Zelenskyy", "meets", "Trump", "positive")], []),
    # means of attack stand for their owner; a visitor somewhere to attend (not at home)
    ("Israeli air raids pounded the besieged Gaza Strip for a tenth straight day.",
     [("Israel", "attacks", "Gaza Strip", "positive")], []),
    ("External Affairs Minister S. Jaishankar is in Colombo to attend the meeting.",
     [("S. Jaishankar", "visits", "Sri Lanka", "positive")], []),
    ("Indian Prime Minister Narendra Modi is in New Delhi to attend the meeting.", [],
     [("Narendra Modi", "visits", "New Delhi", "positive")]),
    # a bloc's members listed after its bracketed acronym
    ("The three countries form the Alliance of Sahel States (AES), which groups Mali, Niger and Burkina Faso.",
     [("Mali", "memberOf", "Alliance of Sahel States", "positive"),
      ("Burkina Faso", "memberOf", "Alliance of Sahel States", "positive")], []),
    # "the junta" after a coup named in a country; "the military junta in Niger"
    ("Soldiers seized power in Niger in July. The junta expelled the French ambassador.",
     [("Niger", "protestsAgainst", "France", "positive")], []),
    ("The military junta in Niger expelled the French ambassador. The junta also suspended the constitution.",
     [("Niger", "protestsAgainst", "France", "positive")], []),
    # imports halted; a response a state would face
    ("Saudi Arabia decided to halt all Lebanese imports.", [("Saudi Arabia", "sanctions", "Lebanon", "positive")], []),
    ("North Korea fired a ballistic missile on Tuesday. Seoul said North Korea would face an overwhelming response.",
     [("South Korea", "threatens", "North Korea", "positive")], []),
    # a surname used alone later, missed by the tagger and read as an adverb, is the person
    ("Rwandan Foreign Minister Olivier Nduhungirehe met his Congolese counterpart on Friday. Nduhungirehe, for "
     "his part, denied that Rwandan soldiers were deployed in Congo and accused the Congolese army of fighting "
     "side by side with the FDLR.",
     [("Olivier Nduhungirehe", "accuses", "Democratic Republic of the Congo", "positive")], []),
    # ambassadors recalled "for consultations" hold no talks
    ("Colombia and Venezuela recalled their ambassadors for consultations Thursday as a dispute over the "
     "closure of their shared border escalated.", [],
     [("Colombia", "negotiatesWith", "Venezuela", "positive")]),
    # a mission named after the bloc it belongs to (the tagger split the bloc's name off)
    ("The ECOWAS Stabilisation Support Mission in Guinea-Bissau (SSMGB) will stay until 2025.",
     [("ECOWAS Stabilisation Support Mission in Guinea-Bissau", "memberOf", "Economic Community of West African States",
       "positive")], []),
    ("The UN Security Council met on Monday.", [],
     [("Security Council", "memberOf", "United Nations", "positive")]),
    # a person "of" a party set off by commas; chief ministers and ombudswomen; a trip returned from
    ("Irakli Kobakhidze, of the ruling Georgian Dream party, rejected the criticism.",
     [("Irakli Kobakhidze", "memberOf", "Georgian Dream", "positive")], []),
    ("Maria Zakharova, of Russia, said the talks failed.", [],
     [("Maria Zakharova", "memberOf", "Russia", "positive")]),
    ("West Bengal Chief Minister Mamata Banerjee opposed the deal.",
     [("Mamata Banerjee", "leaderOf", "West Bengal", "positive")], []),
    ("Russia's human rights ombudswoman, Tatyana Moskalkova, blamed Kyiv.",
     [("Tatyana Moskalkova", "memberOf", "Russia", "positive")], []),
    ("Nigerian Defence Minister Bashir Magashi returned from N'Djamena on Monday.",
     [("Bashir Magashi", "visits", "Chad", "positive")], []),
    ("The fighting is concentrated in the Sagaing region of northwestern Myanmar.",
     [("Sagaing", "locatedIn", "Myanmar", "positive")], []),
    # "the North" of the Koreas
    ("South Korea warned that the North would face an overwhelming response to any provocation.",
     [("South Korea", "threatens", "North Korea", "positive")], []),
    # a place before "and other cities in/across X"
    ("Russia launched missiles against Kyiv and other cities across Ukraine.",
     [("Kyiv", "locatedIn", "Ukraine", "positive")], []),
    ("M23 seized Goma and other towns in eastern Congo.",
     [("Goma", "locatedIn", "Democratic Republic of the Congo", "positive")], []),
    # reconciliation between two states
    ("The reconciliation between Saudi Arabia and Iran was brokered by China.",
     [("Saudi Arabia", "cooperatesWith", "Iran", "positive")], []),
]


@pytest.mark.parametrize("text,expected,absent", CASES, ids=[c[0][:40] for c in CASES])
def test_constructions(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)
