"""Session 17: general constructions found missing when six unseen invented sets (h80-h85)
were opened: "spoke separately by phone with X", "has branded X a 'dictator'", police
using water cannon against demonstrators, "..., prompting Tokyo to lodge a protest",
"whose chairman X" after an acronym, "A, B and C, which form X", members of a "Moscow-led"
body, offers of help accepted from A and B, "rejected the account", "denied taking sides",
"officials from A and B met", "travel on to X", a relative pronoun as the object. Every
text is invented."""
from __future__ import annotations

import pytest

from tests.factkit import check_row, facts

#: (text, facts expected, facts that must be absent)
CASES = [
    # a call partner the parser hangs on the medium
    ("Foreign Minister Aiko Tanabe spoke separately by phone with U.S. Secretary of State Antony Blinken.",
     [("Aiko Tanabe", "meets", "Antony Blinken", "positive")], []),
    # the verdict of a naming verb read as a second object
    ("Chilean President Gabriel Boric has branded Daniel Ortega a \"dictator\".",
     [("Gabriel Boric", "criticizes", "Daniel Ortega", "positive")], []),
    # force used against someone
    ("Turkish police used water cannon and tear gas against demonstrators in Ankara.",
     [("Turkey", "attacks", "demonstrators", "positive")], []),
    ("The United States used its veto against the resolution.", [],
     [("United States", "attacks", "resolution", "positive")]),
    # a reaction prompted by an act is aimed at whoever did it
    ("North Korea fired two ballistic missiles on Sunday, prompting Seoul to lodge a strong protest.",
     [("South Korea", "protestsAgainst", "North Korea", "positive")], []),
    ("Beijing detained three Canadian citizens, prompting Ottawa to demand their release.",
     [("Canada", "demandsFrom", "China", "positive")], []),
    ("China sent survey ships into the area, prompting Vietnam to lodge a protest with Malaysia.",
     [("Vietnam", "protestsAgainst", "Malaysia", "positive")], [("Vietnam", "protestsAgainst", "China", "positive")]),
    # "whose <title> X" after a body with its acronym in brackets
    ("The Independent Electoral Commission (IEC), whose chairman Joseph Kamara is a lawyer, announced the results.",
     [("Joseph Kamara", "leaderOf", "Independent Electoral Commission", "positive")], []),
    # states that form a body
    ("Guinea, Chad and Sudan, which form the Sahel Security Pact (SSP), recalled their envoys.",
     [("Guinea", "memberOf", "Sahel Security Pact", "positive"), ("Chad", "memberOf", "Sahel Security Pact", "positive")],
     []),
    # members of a "Moscow-led" body, with a verb before the copula
    ("Armenia and Belarus both host Russian troops and are members of the Moscow-led Collective Security Treaty Organization.",
     [("Armenia", "memberOf", "Collective Security Treaty Organization", "positive"),
      ("Belarus", "memberOf", "Collective Security Treaty Organization", "positive")], []),
    # "Name of the main opposition Party"
    ("Ko Wen-je of the main opposition Kuomintang conceded defeat.",
     [("Ko Wen-je", "memberOf", "Kuomintang", "positive")], []),
    # help accepted from others
    ("Turkey has accepted offers of rescue teams from Greece, Israel and Azerbaijan.",
     [("Greece", "aids", "Turkey", "positive"), ("Azerbaijan", "aids", "Turkey", "positive")], []),
    ("Libya refused to accept aid from Egypt.", [], [("Egypt", "aids", "Libya", "positive")]),
    # someone's account rejected
    ("Vietnam said Chinese vessels rammed one of its fishing boats. Beijing rejected the account.",
     [("China", "rejects", "Vietnam", "positive")], []),
    # an idiom's act denied
    ("Uganda denied taking sides in the conflict.", [("Uganda", "denies", "taking sides in the conflict", "positive")], []),
    # officials from two states met
    ("Border chiefs from Uzbekistan and Kazakhstan met on Tuesday and signed a protocol.",
     [("Uzbekistan", "meets", "Kazakhstan", "positive")], []),
    # "travel on to"
    ("Modi is due to travel on to Austria on Tuesday.", [("Modi", "visits", "Austria", "positive")], []),
    # a relative pronoun object stands for the clause's noun
    ("The row is over a Sudanese army drone that Chadian forces shot down last week.",
     [("Chad", "attacks", "Sudan", "positive")], []),
    # a hyphenated title the tagger took for an adjective
    ("The Caribbean Community's secretary-general, Carla Barnett, called for calm.",
     [("Carla Barnett", "leaderOf", "Caribbean Community", "positive")], []),
    ("The general said the army would withdraw.", [], []),
    # "declared X its enemy": a naming verb with a pejorative verdict
    ("Kim Jong Un declared Japan its \"principal enemy\".", [("Kim Jong Un", "criticizes", "Japan", "positive")], []),
    ("The commission declared Ruto the winner.", [], [("commission", "criticizes", "William Ruto", "positive")]),
    # a ruling one refuses to comply with
    ("Hyundai, which has refused to comply with a similar 2019 ruling, said it would appeal.",
     [("Hyundai", "rejects", "similar 2019 ruling", "positive")], []),
    # what one learns of with concern
    ("The Secretary-General of the Arab League, Ahmed Aboul Gheit, learned with deep concern of the attempted coup in Khartoum.",
     [("Ahmed Aboul Gheit", "concernedAbout", "attempted coup in khartoum", "positive")], []),
    # the reaction of someone welcomed
    ("Moussa Faki Mahamat welcomed the swift reaction of the Southern African Development Community.",
     [("Moussa Faki Mahamat", "supports", "Southern African Development Community", "positive")], []),
    # the object hung inside "in the strongest terms"
    ("Josep Borrell condemned in the strongest terms the missile attack carried out against the port of Odesa.",
     [("Josep Borrell", "criticizes", "attack", "positive")], []),
    # counterparts named after a comma, the names hung elsewhere
    ("Indian Foreign Minister S. Jaishankar held separate phone talks with his Armenian and Azerbaijani counterparts, "
     "Ararat Mirzoyan and Jeyhun Bayramov.",
     [("S. Jaishankar", "negotiatesWith", "Ararat Mirzoyan", "positive"),
      ("S. Jaishankar", "negotiatesWith", "Jeyhun Bayramov", "positive")], []),
    # protests outside a high commission
    ("Hundreds of activists protested outside the Indian High Commission in Dhaka.",
     [("activists", "protestsAgainst", "India", "positive")], []),
    ("The commission met in Geneva on Monday.", [], []),
    # a visit referred to later is its visitor's act
    ("Czech Senate speaker Milos Vystrcil travelled to Taiwan on Sunday. The visit was denounced by China.",
     [("China", "criticizes", "Milos Vystrcil", "positive")], []),
    # threats: a response faced, an inverted condition, an act threatened with its target
    ("Defence Minister Kim Yong-hyun warned that North Korea would face an \"overwhelming response\".",
     [("Kim Yong-hyun", "threatens", "North Korea", "positive")], []),
    ("Mykhailo Podolyak warned of a \"military response\" should Moscow stage any provocation.",
     [("Mykhailo Podolyak", "threatens", "Russia", "positive")], [("Mykhailo Podolyak", "demandsFrom", "Russia", "positive")]),
    ("ECOWAS has threatened military intervention in Niger.",
     [("Economic Community of West African States", "threatens", "Niger", "positive")], []),
    # help: a team of rescuers, tonnes of rice, victims where they are, "help X cope", Gaza
    ("China sent a team of 60 rescuers to Turkey on Tuesday.", [("China", "aids", "Turkey", "positive")], []),
    ("Russia sent a team of negotiators to Turkey.", [], [("Russia", "aids", "Turkey", "positive")]),
    ("Indonesia will send 2,000 tonnes of rice to the Philippines.", [("Indonesia", "aids", "Philippines", "positive")], []),
    ("Germany donated 5,000 tents to flood victims in Libya.", [("Germany", "aids", "Libya", "positive")], []),
    ("India dispatched relief supplies to Sri Lanka by air.", [("India", "aids", "Sri Lanka", "positive")], []),
    ("South Korea will send medical teams to help Turkey and Syria cope with the earthquake.",
     [("South Korea", "aids", "Turkey", "positive"), ("South Korea", "aids", "Syria", "positive")], []),
    ("The Red Cross delivered aid to Gaza.", [("Red Cross", "aids", "Gaza Strip", "positive")], []),
    ("The army shelled the town of Sderot.", [], [("army", "aids", "Sderot", "positive")]),
    # companions "together with" the subject
    ("Steinmeier travelled to Kyiv together with French Foreign Minister Laurent Fabius.",
     [("Laurent Fabius", "visits", "Kyiv", "positive")], []),
    ("The UAE, together with China, asked the UN Security Council to convene.",
     [("China", "appealsTo", "UN Security Council", "positive")], []),
    # acts warned against, envoys ordered out, pressure asked for, stances of one's own
    ("Putin warned the West against sending troops to Ukraine.", [("Putin", "threatens", "the West", "positive")],
     [("Putin", "aids", "Ukraine", "positive")]),
    ("Russia has ordered 20 Czech diplomats to leave the country.",
     [("Russia", "protestsAgainst", "Czech Republic", "positive")], [("Russia", "demandsFrom", "Czech Republic", "positive")]),
    ("Sisi urged European countries to press Israel to allow aid.", [],
     [("European countries", "demandsFrom", "Israel", "positive")]),
    ("The two leaders reaffirmed their commitment to the sovereignty of Mali.", [], []),
    ("Pakistan and Iran agreed to raise bilateral trade to $10 billion.", [],
     [("Pakistan", "discusses", "bilateral trade", "positive")]),
    ("Japan had not ruled out additional sanctions against North Korea.", [],
     [("Japan", "rejects", "additional sanctions against north korea", "negative")]),
    ("Foreign Office spokesperson Mumtaz Zahra Baloch declined to comment on the US remarks.", [],
     [("Mumtaz Zahra Baloch", "rejects", "United States", "positive")]),
    # operations against someone; mocking; a protest to a capital rejected later
    ("Turkey has carried out repeated operations against the PKK in northern Iraq.",
     [("Turkey", "attacks", "Kurdistan Workers' Party", "positive")], [("Turkey", "attacks", "Iraq", "positive")]),
    ("Tokyo protested to Seoul over the ruling. The South Korean government rejected the protest.",
     [("South Korea", "rejects", "Japan", "positive")], []),
    # "X said ... until it was implemented and accused Y": X's next act
    ("The government's chief negotiator, Foreign Minister Ahmed Awad bin Mubarak, said the deal would remain "
     "hypothetical until it was implemented and accused the Houthis of stalling.",
     [("Ahmed Awad bin Mubarak", "accuses", "Houthis", "positive")], []),
    ("Foreign Minister Dmytro Kuleba said Russia invaded Ukraine and killed civilians.", [],
     [("Dmytro Kuleba", "attacks", "Ukraine", "positive")]),
    # the people named in apposition to a plural
    ("Beijing accused two detained Canadians, the former diplomat Michael Kovrig and the entrepreneur Michael Spavor, "
     "of espionage.",
     [("China", "accuses", "Michael Kovrig", "positive"), ("China", "accuses", "Michael Spavor", "positive")], []),
    # "the government" in what a named official reports is the official's own
    ("Ghana's Foreign Minister Shirley Ayorkor Botchwey met reporters. Botchwey said the government had summoned "
     "Togo's ambassador, Kokou Nayo.",
     [("Ghana", "protestsAgainst", "Togo", "positive")], [("Togo", "protestsAgainst", "Togo", "positive")]),
    # cutting ties with someone is a sanction, not a second fact of cooperation denied
    ("Saudi Arabia severed diplomatic ties with Qatar.", [("Saudi Arabia", "sanctions", "Qatar", "positive")],
     [("Saudi Arabia", "cooperatesWith", "Qatar", "negative")]),
    ("Algeria and Morocco cut diplomatic ties in 2021.", [("Algeria", "cooperatesWith", "Morocco", "negative")], []),
    # money for help somewhere; goods distributed or gifted
    ("Germany allocated 200 million euros for humanitarian aid in Gaza.", [("Germany", "aids", "Gaza Strip", "positive")], []),
    ("The UAE earmarked $50 million for victims of the earthquake in Morocco.",
     [("United Arab Emirates", "aids", "Morocco", "positive")], []),
    ("Japan pledged $5 million for relief efforts in Turkey.", [("Japan", "aids", "Turkey", "positive")], []),
    ("The World Food Programme distributed food to 1 million people in Sudan.",
     [("World Food Programme", "aids", "Sudan", "positive")], []),
    ("India gifted two helicopters to the Maldives.", [("India", "aids", "Maldives", "positive")], []),
    ("The army distributed leaflets to residents.", [], []),
    # accusations: "charged that", "was to blame", the blame put or placed on someone; sanctions placed
    ("The United States charged that Iran had supplied drones to Russia.",
     [("United States", "accuses", "Iran", "positive")], []),
    ("Kyiv said Moscow was to blame for the blast.", [("Ukraine", "accuses", "Russia", "positive")], []),
    ("Kyiv said Moscow was not to blame for the blast.", [], [("Ukraine", "accuses", "Russia", "positive")]),
    ("Kenya put the blame on Somalia.", [("Kenya", "accuses", "Somalia", "positive")], []),
    ("The EU placed sanctions on Belarus.", [("European Union", "sanctions", "Belarus", "positive")], []),
    ("The minister placed a wreath at the memorial.", [], []),
]


@pytest.mark.parametrize("text,expected,absent", CASES, ids=[c[0][:50] for c in CASES])
def test_constructions(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)
