"""Session 25: general constructions found missing in the sets opened for study (h116,
h117, h122, h124) and in probe sentences written after them. Every text is invented."""
from __future__ import annotations

import pytest

from tests.factkit import check_row, facts

#: (text, facts expected, facts that must be absent)
CASES = [
    # a strike or rally against someone is a protest (a military "strike against" stays an attack)
    ("The Nigeria Labour Congress (NLC) staged a general strike against President Bola Tinubu on Monday.",
     [("Nigeria Labour Congress", "protestsAgainst", "Bola Tinubu", "positive")],
     [("Nigeria Labour Congress", "attacks", "Bola Tinubu", "positive")]),
    ("Israel launched a strike against Hezbollah positions in southern Lebanon.",
     [("Israel", "attacks", "Hezbollah", "positive")], []),
    # the month is no march
    ("Kenya and Haiti signed the agreement in Nairobi in March.", [], [("Kenya", "protestsAgainst", "Haiti", "positive")]),
    # regular past forms the rule lemmatiser cut to another verb ("staged" -> "stag")
    ("The opposition Workers Party staged a protest against President Daniel Ortega in Managua.",
     [("Workers Party", "protestsAgainst", "Daniel Ortega", "positive")], []),
    ("Turkish President Recep Tayyip Erdogan lambasted Sweden over the Koran burning.",
     [("Recep Tayyip Erdogan", "criticizes", "Sweden", "positive")], []),
    # a request lodged with a state
    ("Both Washington and Maputo lodged extradition requests with Pretoria.",
     [("Mozambique", "appealsTo", "South Africa", "positive"), ("United States", "appealsTo", "South Africa", "positive")],
     []),
    # signing an agreement in a foreign capital is a visit there
    ("Paraguayan Interior Minister Enrique Riera signed a security agreement in Brasilia on Friday.",
     [("Enrique Riera", "visits", "Brazil", "positive")], []),
    ("Brazilian Foreign Minister Mauro Vieira signed a security agreement in Brasilia on Friday.",
     [], [("Mauro Vieira", "visits", "Brazil", "positive")]),
    # an unknown name before a role apposition is a person; a first name the NER left out
    ("\"This plan was written abroad,\" Ramón Ocaña, one of the leaders of the CGT, told reporters.",
     [("Ramón Ocaña", "leaderOf", "CGT", "positive")], []),
    ("The head of MINUSCA, Mahamat Idriss Wane, called on the parties to respect the truce.",
     [("Mahamat Idriss Wane", "leaderOf", "MINUSCA", "positive")], []),
    ("New Zealand Prime Minister Christopher Luxon hosted the Prime Minister of Fiji, the Honourable Sitiveni "
     "Rabuka, in Wellington.",
     [("Christopher Luxon", "meets", "Sitiveni Rabuka", "positive")],
     [("Christopher Luxon", "meets", "Honourable Sitiveni Rabuka", "positive")]),
    # a rank the NER ran into an organisation, and a titled name tagged one
    ("The army chief, Field Marshal Birhanu Jula, met Kenyan President William Ruto in Nairobi.",
     [("Birhanu Jula", "meets", "William Ruto", "positive")], []),
    ("Former first lady Sandra Torres of the National Unity of Hope party said the agreement was a disgrace.",
     [("Sandra Torres", "rejects", "agreement", "positive")], []),
    # "Alejandro Giammattei of the Vamos party": the party's name tagged a person
    ("Alejandro Giammattei of the Vamos party said he had not been consulted.",
     [("Alejandro Giammattei", "memberOf", "Vamos", "positive")], []),
    # a portfolio run into the title is no body
    ("Kenya's Foreign Affairs Cabinet Secretary Raychelle Omamo attended the summit.",
     [("Raychelle Omamo", "memberOf", "Kenya", "positive")], [("Raychelle Omamo", "memberOf", "Foreign Affairs Cabinet", "positive")]),
    # a cabinet chief is a member of the government, not its leader
    ("Argentine cabinet chief Marcos Peña said the strike would fail.",
     [("Marcos Peña", "memberOf", "Argentina", "positive")], [("Marcos Peña", "leaderOf", "Argentina", "positive")]),
    # labour unions: "the union leaders", "the unions" after the union was named
    ("Argentina's General Confederation of Labour (CGT) staged a strike on Tuesday. In Buenos Aires, the cabinet "
     "chief, Marcos Peña, accused the union leaders of acting for political motives. Governor María Eugenia Vidal "
     "called on the unions to debate in Congress.",
     [("Marcos Peña", "accuses", "General Confederation of Labour", "positive"),
      ("María Eugenia Vidal", "appealsTo", "General Confederation of Labour", "positive")], []),
    ("The European Union met in Brussels. Farmers called on the unions to join them.",
     [], [("Farmers", "appealsTo", "European Union", "positive")]),
    # an acronym of a title a named person bears is that person
    ("External Affairs Minister Dr. S. Jaishankar is visiting Mozambique. EAM called on the President of the Republic "
     "of Mozambique, H.E. Mr. Filipe Nyusi, in Maputo on 14 April.",
     [("S. Jaishankar", "meets", "Filipe Nyusi", "positive")], []),
    # "opposition leader X of the Y": the leader of the body after "of"
    ("Mnangagwa won 52 percent, ahead of opposition leader Nelson Chamisa of the Citizens Coalition for Change (CCC).",
     [("Nelson Chamisa", "leaderOf", "Citizens Coalition for Change", "positive")],
     [("Nelson Chamisa", "leaderOf", "Zimbabwe", "positive")]),
    # "X, the deputy prime minister and leader of the Y Movement": the leader of Y
    ("Much of the push has come from Luigi Di Maio, the deputy prime minister and leader of the 5Star Movement, "
     "whose ministry drafted the plan.",
     [("Luigi Di Maio", "leaderOf", "5Star Movement", "positive")], [("Luigi Di Maio", "memberOf", "5Star Movement", "positive")]),
    # the owner is no part of a party's name
    ("Opposition leader Cellou Dalein Diallo was detained. Diallo's Union of Democratic Forces of Guinea (UFDG) said "
     "in a statement that it took note of the takeover.",
     [], [("Diallo's Union of Democratic Forces of Guinea", "memberOf", "Guinea", "positive")]),
    ("Governor Pan Gongsheng of the People's Bank of China took part in the talks.",
     [("Pan Gongsheng", "leaderOf", "People's Bank of China", "positive")], []),
    # a Kenyan cabinet secretary is a member of the article's government
    ("NAIROBI - Kenya's parliament approved the deployment on Tuesday. Kenya will pay for its troops, Kenyan "
     "officials said. Defence Cabinet Secretary Aden Duale said the troops had been well prepared.",
     [("Aden Duale", "memberOf", "Kenya", "positive")], []),
    ("U.S. Treasury Secretary Janet Yellen visited Beijing on Thursday.",
     [("Janet Yellen", "memberOf", "U.S. Treasury", "positive")], []),
    # observers from a body speak for it
    ("Observers from the European Union raised concerns about the fairness of the campaign.",
     [("European Union", "concernedAbout", "fairness of the campaign", "positive")], []),
    # speaking against, appealing a ruling, applying to a body
    ("Brazilian President Lula spoke most forcefully against President Daniel Noboa's government.",
     [("Lula", "criticizes", "Ecuador", "positive")], []),
    ("Armenia has applied to the United Nations Security Council.",
     [("Armenia", "appealsTo", "United Nations Security Council", "positive")], []),
    ("ECOWAS stopped short of the financial sanctions it had applied to Mali.",
     [], [("Economic Community of West African States", "appealsTo", "Mali", "positive")]),
    ("Indonesia will appeal a World Trade Organization ruling against its nickel export ban.",
     [("Indonesia", "rejects", "World Trade Organization", "positive")], []),
    ("Refugees crossed into Bangladesh, according to the UN refugee agency (UNHCR), whose chief Filippo Grandi "
     "appealed to donors to step up funding.", [], [("UNHCR", "rejects", "Filippo Grandi", "positive")]),
    # a leader's foreign name the NER took for an organisation; a party is no unit of its state
    ("Guinea's opposition, led by Cellou Dalein Diallo, met ECOWAS envoys on Friday. Diallo's Union of Democratic "
     "Forces of Guinea (UFDG) urged the junta to release political prisoners.",
     [("Cellou Dalein Diallo", "leaderOf", "opposition", "positive")],
     [("Guinea", "demandsFrom", "junta", "positive"), ("Union of Democratic Forces of Guinea", "memberOf", "Guinea", "positive")]),
    # where a reaction was posted is no part of what it is about
    ("Venezuelan President Hugo Chavez welcomed the summit's declaration on Twitter.",
     [], [("Hugo Chavez", "supports", "summit's declaration on twitter", "positive")]),
    # "the two discussed X" reported by one of them
    ("Indonesian President Joko Widodo met French Defence Minister Florence Parly in Jakarta on Thursday. Jokowi "
     "said the two discussed defence industry cooperation and climate change.",
     [("Florence Parly", "discusses", "climate change", "positive"), ("Joko Widodo", "discusses", "climate change", "positive")],
     []),
    # the subject of a focus of the talks just held; what topped their agenda
    ("Jaishankar held talks with Foreign Minister Macamo in Maputo. Maritime security was a major focus of the "
     "discussions.", [("Macamo", "discusses", "maritime security", "positive")], []),
    ("Jaishankar held talks with Foreign Minister Macamo in Maputo. Maritime security topped the agenda.",
     [("Jaishankar", "discusses", "maritime security", "positive")], []),
    ("Jaishankar held talks with Foreign Minister Macamo in Maputo. Maritime security was not a focus of the talks.",
     [], [("Jaishankar", "discusses", "maritime security", "positive")]),
    # a gathering abroad one attends, addresses or speaks at
    ("Indonesian President Joko Widodo is due to attend the ASEAN-EU Commemorative Summit in Brussels next week.",
     [("Joko Widodo", "visits", "Brussels", "positive")], []),
    ("Indian Prime Minister Narendra Modi will address the UN General Assembly in New York on Saturday.",
     [("Narendra Modi", "visits", "New York", "positive")], []),
    ("Indian Prime Minister Narendra Modi will address a rally in Varanasi on Saturday.",
     [], [("Narendra Modi", "visits", "Varanasi", "positive")]),
    ("European Commission President Ursula von der Leyen said at a summit in the Uruguayan capital, Montevideo, "
     "that the deal was a win.", [("Ursula von der Leyen", "visits", "Montevideo", "positive")], []),
    # a body said to be made of its members
    ("The Eurasian Economic Union held a summit in Minsk. The bloc comprises Russia, Belarus, Kazakhstan, Armenia "
     "and Kyrgyzstan.", [("Armenia", "memberOf", "Eurasian Economic Union", "positive")], []),
    ("The Alliance of Sahel States was founded in 2023. It is made up of Mali, Burkina Faso and Niger.",
     [("Niger", "memberOf", "Alliance of Sahel States", "positive")], []),
    ("The Eurasian Economic Union held a summit in Minsk. The bloc would not include Uzbekistan.",
     [], [("Uzbekistan", "memberOf", "Eurasian Economic Union", "positive")]),
    # humanitarian work supported in a place; a donor named in apposition
    ("WFP ships have supported humanitarian operations in Ethiopia, Somalia and Yemen.",
     [("World Food Programme", "aids", "Somalia", "positive")], []),
    ("Israel provided humanitarian access in Gaza.", [], [("Israel", "aids", "Gaza Strip", "positive")]),
    ("Belgium, the former colonial power and one of Burundi's largest donors, has suspended part of its support.",
     [("Belgium", "aids", "Burundi", "positive")], []),
    # a critic or backer named in apposition to the noun
    ("Maduro's fiercest critic, Leopoldo Lopez, fled the country.",
     [("Leopoldo Lopez", "criticizes", "Maduro", "positive")], []),
    # "the alliance" is the body named an alliance, not an army with "Alliance" in its name
    ("The Three Brotherhood Alliance launched an offensive in October. The Myanmar National Democratic Alliance "
     "Army seized Laukkai. The alliance accused Myanmar's military of bombing civilians in Lashio.",
     [("Three Brotherhood Alliance", "accuses", "Myanmar", "positive")],
     [("Myanmar National Democratic Alliance Army", "accuses", "Myanmar", "positive")]),
    # raising concerns voices them, whoever raises them together
    ("Observers from the European Union and the Commonwealth raised similar concerns about the fairness of the "
     "campaign.", [("Commonwealth", "concernedAbout", "fairness of the campaign", "positive")],
     [("European Union", "discusses", "fairness of the campaign", "positive")]),
    # a body's office named with the body's acronym acts for the body
    ("The opposition party appealed to the SADC secretariat on Monday.",
     [("opposition party", "appealsTo", "Southern African Development Community", "positive")], []),
    # a date between a noun subject and its verb
    ("The presidents of Argentina, Brazil and Uruguay on Friday suspended Paraguay from Mercosur.",
     [("Brazil", "sanctions", "Paraguay", "positive")], []),
]


@pytest.mark.parametrize("text,expected,absent", CASES, ids=[c[0][:50] for c in CASES])
def test_constructions(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)
