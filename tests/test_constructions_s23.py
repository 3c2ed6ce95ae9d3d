"""Session 23: general constructions found missing in the sets opened for study (h112,
h113) and in probe sentences written after them. Every text is invented."""
from __future__ import annotations

import pytest

from tests.factkit import check_row, facts

#: (text, facts expected, facts that must be absent)
CASES = [
    # of two cities in a dateline, the first when the text names its country far more often
    ("QUITO/WASHINGTON, May 3 (XNA) - Ecuador said on Friday it would expel the envoy of Peru. "
     "Foreign Minister Gabriela Sommerfeld said Ecuador had been patient. Ecuador will not accept "
     "interference, she said, and Ecuador expects an apology. Washington had no comment.",
     [("Gabriela Sommerfeld", "memberOf", "Ecuador", "positive")], []),
    # administrative parts: a designator inside the tagged name, a possessive owner the tagger
    # took for a body, plural part nouns after coordinated names, "also in"
    ("Gunmen attacked a police post in the Upper Dir District of Khyber Pakhtunkhwa on Monday.",
     [("Upper Dir District", "locatedIn", "Khyber Pakhtunkhwa", "positive")], []),
    ("Mortar rounds fell in Rangamati's Baghaichhari upazila on Sunday.",
     [("Baghaichhari", "locatedIn", "Rangamati", "positive")], [("Baghaichhari", "memberOf", "Rangamati", "positive")]),
    ("Police fired tear gas in the Kinama and Cibitoke neighbourhoods of Bujumbura.",
     [("Kinama", "locatedIn", "Bujumbura", "positive"), ("Cibitoke", "locatedIn", "Bujumbura", "positive")], []),
    ("Troops retook Mocimboa da Praia in the Cabo Delgado Province of the Republic of Mozambique.",
     [("Cabo Delgado Province", "locatedIn", "Mozambique", "positive")], []),
    ("The drone hit a vehicle near Jamaame, also in Lower Juba, on Friday.",
     [("Jamaame", "locatedIn", "Lower Juba", "positive")], []),
    # a district named with an adjective the parser read is inside the "of" place, not its owner
    ("The attack took place in the Kurram district of Khyber Pakhtunkhwa on Monday.",
     [("Kurram", "locatedIn", "Khyber Pakhtunkhwa", "positive")], [("Khyber Pakhtunkhwa", "locatedIn", "Kurram", "positive")]),
    # a body's name before a kind of member and a list of countries
    ("Ministers of the G5 Sahel countries - Mali, Niger, Chad and Mauritania - met in Niamey on Monday.",
     [("Mali", "memberOf", "G5 Sahel", "positive"), ("Chad", "memberOf", "G5 Sahel", "positive")], []),
    ("Leaders of the ASEAN nations (Vietnam, Laos and Cambodia) met in Hanoi.",
     [("Laos", "memberOf", "Association of Southeast Asian Nations", "positive")], []),
    ("The Gulf states, Kuwait and Qatar, met in Doha.", [], [("Kuwait", "memberOf", "Gulf", "positive")]),
    # a government's standing cut off by the tagger is no body of its own; the name after the
    # title's "for the X Government" is the title's
    ("A spokesman for the Transitional Malian Government, Abdoulaye Maiga, said the vote was delayed.",
     [("Abdoulaye Maiga", "memberOf", "Mali", "positive")], [("Abdoulaye Maiga", "memberOf", "Transitional", "positive")]),
    # "condemned the attack": the authors of the last act of that word, not the last attacker
    ("Gunmen from the group Katiba Macina attacked a border post in Mali on Sunday, the army said. "
     "Katiba Macina claimed the attack. French jets later struck a column of fighters fleeing the area. "
     "The UN envoy, Mahamat Saleh Annadif, condemned the attack.",
     [("Mahamat Saleh Annadif", "criticizes", "Katiba Macina", "positive")],
     [("Mahamat Saleh Annadif", "criticizes", "France", "positive")]),
    # a report's own-clause relative ("attacks that X says ...") names no author of the attacks
    ("Houthi drones struck the Saudi city of Abha, the latest of the attacks that Riyadh says target civilians. "
     "The Arab League chief condemned the attack on Abha.",
     [("Arab League", "criticizes", "Houthi", "positive")], [("Arab League", "criticizes", "Saudi Arabia", "positive")]),
    # a chair handed over or taken over
    ("SADC leaders handed over the rotating chairmanship of the bloc to Angola's President Joao Lourenco.",
     [("Joao Lourenco", "leaderOf", "Southern African Development Community", "positive")], []),
    ("Ghana's President Nana Akufo-Addo took over the chairmanship of ECOWAS on Saturday.",
     [("Nana Akufo-Addo", "leaderOf", "Economic Community of West African States", "positive")], []),
    # "the two Heads of State" is the pair, not a body called "Heads of State"
    ("President Ruto hosted President Hassan at State House. The two Heads of State reaffirmed their commitment "
     "to the East African Community.",
     [("Ruto", "supports", "East African Community", "positive"), ("Hassan", "supports", "East African Community", "positive")],
     [("Heads of State", "supports", "East African Community", "positive")]),
    # "noted with concern that X ...": concern about the clause's subject
    ("President Ruto met President Museveni in Nairobi. The two leaders noted with concern that non-tariff barriers "
     "continue to hamper trade.",
     [("Ruto", "concernedAbout", "non-tariff barriers", "positive")], []),
    # "X, one of Y's largest donors"
    ("Sweden, one of Mozambique's largest donors, froze part of its budget support.",
     [("Sweden", "aids", "Mozambique", "positive")], []),
    # acting on behalf of a country or body
    ("The accord was signed by Ambassador Li Wei on behalf of China.", [("Li Wei", "memberOf", "China", "positive")], []),
    # an invitation extended to someone to visit
    ("President Ruto extended an invitation to President Museveni to pay a state visit to Kenya.",
     [("Museveni", "visits", "Kenya", "positive")], []),
    # a person who chaired a session of a body chaired a meeting, not the body
    ("Crown Prince Salman chaired the 40th session of the Supreme Council of the Gulf Cooperation Council on Tuesday.",
     [], [("Salman", "leaderOf", "Gulf Cooperation Council", "positive")]),
    # "they" in a relative clause on a meeting noun: the meeting's two sides
    ("Foreign Minister Jeyhun Bayramov held a phone conversation with his Georgian counterpart Ilia Darchiashvili, "
     "during which they discussed regional security.",
     [("Jeyhun Bayramov", "discusses", "regional security", "positive"),
      ("Ilia Darchiashvili", "discusses", "regional security", "positive")], []),
    # a message of sympathy or greeting carries the noun's target
    ("President Tokayev sent a letter of condolence to President Erdogan over the earthquake.",
     [("Tokayev", "supports", "Erdogan", "positive")], []),
    # a member of a ministry named without a country is a member of the article's country
    ("BEIJING - China on Monday condemned the U.S. arms sale to Taiwan. China will take resolute measures, "
     "the foreign ministry spokesperson, Mao Ning, told a briefing. China urged Washington to stop.",
     [("Mao Ning", "memberOf", "China", "positive")], [("Mao Ning", "memberOf", "Foreign Ministry", "positive")]),
    ("The Public Ministry, led by Attorney General Consuelo Porras, opened an inquiry into the party in Guatemala.",
     [], [("Consuelo Porras", "leaderOf", "Guatemala", "positive")]),
    # a country only reached ("fled to X") is not what a paragraph's bare "the government" means
    ("BUJUMBURA, May 6 - Protests continued in Burundi on Wednesday. Burundi's opposition called for calm.\n\n"
     "A judge, Jean Nkurikiye, fled to Rwanda and said judges had been threatened. The government denied the "
     "allegation.",
     [("Burundi", "denies", "allegation", "positive")], [("Rwanda", "denies", "allegation", "positive")]),
    # the national army an article names is what "C's army" means there
    ("Fighting between the Sudanese Armed Forces (SAF) and the Rapid Support Forces (RSF) went on. Sudan's army "
     "accused the RSF of looting aid.",
     [("Sudanese Armed Forces", "accuses", "Rapid Support Forces", "positive")],
     [("Sudan", "accuses", "Rapid Support Forces", "positive")]),
    # "declared X persona non grata" however the parser reads the Latin
    ("Montenegro declared a Russian diplomat persona non grata on Thursday.",
     [("Montenegro", "protestsAgainst", "Russia", "positive")], []),
    ("Moldova declared two Russian diplomats personae non gratae and ordered them to leave within 72 hours.",
     [("Moldova", "protestsAgainst", "Russia", "positive")], []),
    # ringing a named office-holder is a call (not "called X a Y", "called on X")
    ("Thailand's Foreign Minister Parnpree Bahiddha-Nukara called his Cambodian counterpart Prak Sokhonn on Tuesday.",
     [("Parnpree Bahiddha-Nukara", "meets", "Prak Sokhonn", "positive")], []),
    ("Putin called Zelensky a puppet of the West.", [], [("Putin", "meets", "Zelensky", "positive")]),
    ("Erdogan called on Assad to step down.", [], [("Erdogan", "meets", "Assad", "positive")]),
    # an export measure's goods go where "to" says
    ("The Netherlands tightened export controls on advanced lithography machines to China.",
     [("Netherlands", "sanctions", "China", "positive")], []),
    # a vague head with a named place's common noun ("in Syria's Idlib province") is a topic
    ("Putin and Erdogan discussed the situation in Syria's Idlib province.",
     [("Putin", "discusses", "situation in syria idlib province", "positive")], []),
    # "they" after a call between two named sides; "the importance of protecting X"
    ("President Biden spoke with Prime Minister Sunak on Tuesday. They also discussed the importance of protecting "
     "the Good Friday Agreement.",
     [("Sunak", "discusses", "protecting the good friday agreement", "positive")], []),
    # a relative clause's purpose says what the measures are about
    ("President Marcos briefed Biden on the measures Manila is taking to protect its fishing grounds.",
     [("Marcos", "discusses", "fishing grounds", "positive")], []),
    # the topic of a summit or meeting "on" something
    ("Leaders of the East African Community will hold an emergency summit on Burundi next week.",
     [("East African Community", "discusses", "Burundi", "positive")], []),
    ("Biden held a meeting with Xi on the sidelines of the G20 summit.", [],
     [("Biden", "discusses", "sidelines", "positive")]),
    # the last conjunct's complement parsed onto the first
    ("Macron and Meloni talked about migration and support for Ukraine.",
     [("Macron", "discusses", "support for ukraine", "positive")], []),
    # an act that "amounted to" a crime is a verdict on its author
    ("Amnesty International said the killings by the RSF amounted to war crimes.",
     [("Amnesty International", "criticizes", "Rapid Support Forces", "positive")], []),
    # what a hostile verb hits is not its own subject's
    ("Manila said Chinese coast guard vessels had rammed its supply boat near the shoal.",
     [("China", "attacks", "Philippines", "positive")], [("China", "attacks", "Chinese Coast Guard", "positive")]),
    # a country's military intelligence speaks for it
    ("Ukraine's military intelligence said Russia was behind the sabotage.",
     [("Ukraine", "accuses", "Russia", "positive")], []),
    # taking in a people is help given them, not a meeting
    ("Bangladesh has been hosting the Rohingyas since August 2017.",
     [("Bangladesh", "aids", "Rohingyas", "positive")], [("Bangladesh", "meets", "Rohingyas", "positive")]),
    # "condemned what he called a cowardly act": the author of the assault reported just before
    ("Al-Shabaab claimed the bombing of a bus near Afgoye. President Farmaajo condemned what he called a "
     "\"cowardly act against innocent travellers\".",
     [("Farmaajo", "criticizes", "al-Shabab", "positive")], []),
    # "rejected the proposal, saying it did not ...": "it" is the proposal, nothing denied
    ("Hamas rejected the latest proposal, saying it did not guarantee a permanent ceasefire.",
     [("Hamas", "rejects", "proposal", "positive")], [("Hamas", "denies", "permanent ceasefire", "positive")]),
    # missiles fired are the launches condemned after
    ("North Korea fired two short-range ballistic missiles into the sea on Thursday. Seoul and Tokyo condemned "
     "the launches as a violation of UN resolutions.",
     [("South Korea", "criticizes", "North Korea", "positive"), ("Japan", "criticizes", "North Korea", "positive")], []),
    # a verb's particle parsed onto its object is no part of the topic
    ("China and India agreed to pull back troops from a disputed border area.", [],
     [("China", "discusses", "back troops", "positive")]),
    # "in protest against X": the clause's subject protests
    ("North Korea fired two missiles into the sea, in an apparent protest against joint South Korean military "
     "exercises.", [("North Korea", "protestsAgainst", "South Korea", "positive")], []),
    # "they" after a call received from someone, past a fronted phrase
    ("Emir Tamim bin Hamad Al Thani received a phone call from Iranian President Ebrahim Raisi. During the call, "
     "they reviewed bilateral relations.",
     [("Ebrahim Raisi", "discusses", "bilateral relations", "positive"),
      ("Tamim bin Hamad Al Thani", "discusses", "bilateral relations", "positive")], []),
    # the people present together at a signing met
    ("The agreements were signed in the presence of President Kais Saied and Italian Prime Minister Giorgia Meloni.",
     [("Kais Saied", "meets", "Giorgia Meloni", "positive")], []),
    ("Israel said it had a military presence in the Jordan Valley.", [], [("Israel", "meets", "Jordan", "positive")]),
    # "X, whose members are A, B and C"
    ("The Quad, whose members are the United States, Japan, India and Australia, met in Tokyo.",
     [("India", "memberOf", "Quad", "positive"), ("Australia", "memberOf", "Quad", "positive")], []),
    # a weapon's model name is no actor
    ("France said a Tiger attack helicopter had struck the fighters.", [],
     [("Tiger", "attacks", "fighters", "positive")]),
    # arms a state sells another are help; other goods trade
    ("Turkey sold Bayraktar drones to Ukraine.", [("Turkey", "aids", "Ukraine", "positive")], []),
    ("Russia sold oil to India at a discount.", [("Russia", "cooperatesWith", "India", "positive")],
     [("Russia", "aids", "India", "positive")]),
    ("The United States approved the sale of 66 F-16 fighter jets to Taiwan.",
     [("United States", "aids", "Taiwan", "positive")], []),
    ("Washington blocked the sale of chips to China.", [], [("United States", "cooperatesWith", "China", "positive")]),
    # gratitude expressed to the one who helped
    ("Armenia expressed its gratitude to France for the humanitarian assistance.",
     [("France", "aids", "Armenia", "positive")], []),
    # a flow of help or supplies threatened to be cut is a threat to who gets it
    ("Russia threatened to cut off gas supplies to Moldova.", [("Russia", "threatens", "Moldova", "positive")], []),
    ("The US threatened to suspend military aid to Egypt.", [("United States", "threatens", "Egypt", "positive")], []),
    # a side's own assault held out in what it says
    ("Iran said it would strike Israel if attacked.", [("Iran", "threatens", "Israel", "positive")], []),
    ("The EU said it would impose new sanctions on Russia.", [], [("European Union", "threatens", "Russia", "positive")]),
    # an act only possible charges nobody; a hedged past act still does
    ("Erdogan said Turkey could launch a new ground operation in northern Syria at any moment.", [],
     [("Erdogan", "accuses", "Turkey", "positive")]),
    ("Kyiv said Russia may have shelled the plant.", [("Ukraine", "accuses", "Russia", "positive")], []),
    # a two-word name the tagger took for a person, captured "in" a region, is a place
    ("Somali forces recaptured Adan Yabaal in the Middle Shabelle region.",
     [("Adan Yabaal", "locatedIn", "Middle Shabelle", "positive")], []),
    ("President Biden met Xi Jinping in Bali.", [("Biden", "meets", "Xi Jinping", "positive")],
     [("Xi Jinping", "locatedIn", "Bali", "positive")]),
    # military action held out; force kept on the table
    ("Israel has repeatedly threatened military action against Iran's nuclear facilities.",
     [("Israel", "threatens", "Iran", "positive")], []),
    ("China has not ruled out the use of force against Taiwan.", [("China", "threatens", "Taiwan", "positive")], []),
    ("Beijing has never ruled out using force to bring Taiwan under its control.",
     [("China", "threatens", "Taiwan", "positive")], []),
    ("The minister ruled out new sanctions against Russia.", [], [("minister", "threatens", "Russia", "positive")]),
    # an acronym the tagger took for an adverb is the verb's subject
    ("USAID sent emergency aid to Malawi.",
     [("United States Agency for International Development", "aids", "Malawi", "positive")], []),
    # refugees sheltered are helped
    ("Chad hosts 600,000 Sudanese refugees.", [("Chad", "aids", "Sudanese refugees", "positive")], []),
    # the UN's human rights chiefs are known names ("Turk" is no Turkey)
    ("The UN human rights chief Volker Turk said he was appalled by the killings in Darfur.",
     [("Volker Turk", "concernedAbout", "killings in darfur", "positive")], [("Turkey", "concernedAbout", "killings", "positive")]),
    # a style before a title is no body ("H.E. President" tagged as an organisation)
    ("H.E. President Cyril Ramaphosa held bilateral talks with H.E. President Samia Suluhu Hassan in Pretoria.",
     [("Cyril Ramaphosa", "meets", "Samia Suluhu Hassan", "positive")],
     [("Samia Suluhu Hassan", "leaderOf", "H.E. President", "positive")]),
    # "both sides" are the parties of a deal, not its go-betweens
    ("Sudan's army and the RSF signed a short-term ceasefire in Jeddah, brokered by Saudi Arabia and the United "
     "States. Both sides accused each other of violating the truce within hours.",
     [("Rapid Support Forces", "accuses", "Sudanese Army", "positive")],
     [("Saudi Arabia", "accuses", "United States", "positive")]),
    # "welcomed the decision" after a decision reported: its author, not the article's lead act
    ("Myanmar's military said its forces had killed 20 fighters in Rakhine State. ASEAN leaders barred the junta "
     "chief, Min Aung Hlaing, from the summit. The National Unity Government welcomed the decision.",
     [("National Unity Government", "supports", "Association of Southeast Asian Nations", "positive")],
     [("National Unity Government", "supports", "Myanmar", "positive")]),
    ("Premier Wen Jiabao arrives in Seoul ahead of a three-way summit on Jeju Island with Lee.", [],
     [("Wen Jiabao", "discusses", "Jeju Island", "positive")]),
    # the one who claims responsibility for an attack did it
    ("Al-Shabaab claimed responsibility for the bombing in a statement. The blast destroyed two minibuses. "
     "President Farmaajo condemned what he called a \"cowardly act\".",
     [("Farmaajo", "criticizes", "al-Shabab", "positive")], []),
    # "X, the coalition spokesman": the coalition the article named
    ("The Saudi-led coalition said it had intercepted three drones. Brig. Gen. Turki Al-Maliki, the coalition "
     "spokesman, said debris fell on a neighborhood.",
     [("Turki Al-Maliki", "memberOf", "Saudi-led coalition", "positive")], []),
    # "one of the factions within Y"
    ("Kataib Hezbollah, one of the most powerful factions within the Popular Mobilization Forces, denied involvement.",
     [("Kataib Hezbollah", "memberOf", "Popular Mobilization Forces", "positive")], []),
    # "the Kingdom": the one monarchy styled a kingdom the article names
    ("Houthi drones struck the Saudi city of Jazan. The Gulf Cooperation Council affirmed its full solidarity "
     "with the Kingdom.", [("Gulf Cooperation Council", "supports", "Saudi Arabia", "positive")], []),
    ("Spain and Morocco met. The Kingdom said it was pleased.", [], [("Spain", "supports", "Morocco", "positive")]),
]


@pytest.mark.parametrize("text,expected,absent", CASES, ids=[c[0][:50] for c in CASES])
def test_constructions(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)
