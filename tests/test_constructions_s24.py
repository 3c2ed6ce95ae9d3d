"""Session 24: general constructions found missing in the sets opened for study (h111,
h115) and in probe sentences written after them. Every text is invented."""
from __future__ import annotations

import pytest

from tests.factkit import check_row, facts

#: (text, facts expected, facts that must be absent)
CASES = [
    # the partner of "discussed X with Y" discusses X too (not a relationship's own partner)
    ("Kenyan President William Ruto discussed grain exports with Turkish President Recep Tayyip Erdogan on Friday.",
     [("Recep Tayyip Erdogan", "discusses", "grain exports", "positive")], []),
    ("Modi discussed bilateral ties with Albanese.", [], [("Albanese", "discusses", "bilateral ties", "positive")]),
    # a participle set off after an infinitive of an object-control verb is the urger's
    ("The UN envoy Maria Lopez urged the Security Council to impose an arms embargo, accusing Iran and Belarus "
     "of supplying drones to the junta.",
     [("Maria Lopez", "accuses", "Iran", "positive"), ("Maria Lopez", "accuses", "Belarus", "positive")],
     [("Security Council", "accuses", "Iran", "positive")]),
    # a national title: the focal country, also for a minister who chairs an international body
    ("TIRANA -- Albania has declared a Serbian diplomat persona non grata, the latest of several expulsions. "
     "Albania said the diplomat had ten days to leave Albania. Foreign Minister Igli Hasani, who this year also "
     "chairs the Council of Europe's committee of ministers, said the step was not aimed at the Serbian people. "
     "Albania will act again if needed, he said.",
     [("Igli Hasani", "memberOf", "Albania", "positive")], []),
    # a plural noun the tagger took for the verb it is ("the ministry demands that ...")
    ("Armenia's foreign ministry demands that the Azerbaijani side release the detained soldiers.",
     [("Armenia", "demandsFrom", "Azerbaijan", "positive")], []),
    # a quantifier's "of" phrase is what is turned down
    ("Manila firmly rejects all of Beijing's claims over the shoal.",
     [("Philippines", "rejects", "China", "positive")], []),
    # "A, B and C, whose governments ...": each one's government
    ("The decision was criticised by Chile, Peru and Panama, whose governments recalled their ambassadors from Caracas.",
     [("Peru", "protestsAgainst", "Venezuela", "positive"), ("Panama", "protestsAgainst", "Venezuela", "positive")], []),
    # a map a state publishes stands for its claims: rejecting the map rejects its author
    ("Beijing released its new standard map on Monday. The map has been rejected by Malaysia and Brunei.",
     [("Malaysia", "rejects", "China", "positive"), ("Brunei", "rejects", "China", "positive")], []),
    ("Kathmandu published a new map. The ruling party said it supported the map.",
     [], [("ruling party", "supports", "Nepal", "positive")]),
    # condolences over a disaster: concern about it
    ("President Ramaphosa sent a message of condolences to King Harald of Norway over the deadly landslide.",
     [("Ramaphosa", "concernedAbout", "deadly landslide", "positive")], []),
    # "the group's director": a rights group named before
    ("Amnesty International condemned the sentence. Agnes Callamard, the group's secretary general, said the "
     "trial had been unfair.", [("Agnes Callamard", "leaderOf", "Amnesty International", "positive")], []),
    # members named in a stray "of which" clause, a participating state, a repeated "of"
    ("The ministers met in Almaty under the Collective Security Treaty Organization (CSTO), of which both "
     "Kazakhstan and Tajikistan are members.",
     [("Kazakhstan", "memberOf", "Collective Security Treaty Organization", "positive"),
      ("Tajikistan", "memberOf", "Collective Security Treaty Organization", "positive")], []),
    ("The OSCE meets in Vienna on Thursday. Belarus, one of the organization's 57 participating states, has "
     "blocked the budget.", [("Belarus", "memberOf", "Organization for Security and Co-operation in Europe", "positive")], []),
    ("As a member of the Council of Europe and of the OSCE, Turkey is bound by these rules, the envoy said.",
     [("Turkey", "memberOf", "Organization for Security and Co-operation in Europe", "positive"),
      ("Turkey", "memberOf", "Council of Europe", "positive")], []),
    # parts listed again with their noun after "including"
    ("Storms hit several provinces of Vietnam, including the Quang Ninh, Hai Phong and Nam Dinh provinces, on Sunday.",
     [("Hai Phong", "locatedIn", "Vietnam", "positive"), ("Quang Ninh", "locatedIn", "Vietnam", "positive")], []),
    # a statement's participle is the issuer's act
    ("The Dutch foreign ministry followed up on Monday with a statement urging Iranian authorities to free the "
     "two detained aid workers.", [("Netherlands", "demandsFrom", "Iran", "positive")], []),
    # disputing someone's claims: "her" is not the one disputing them
    ("Opposition leader Maia Sandu said the count was rigged. Prime Minister Ion Chicu brushed aside her claims.",
     [("Ion Chicu", "rejects", "Maia Sandu", "positive")], []),
    # a ruling whose author the article leaves unnamed is turned down as a topic
    ("In 2019 a tribunal found that the seizure had no legal basis. Moscow has refused to recognise the ruling.",
     [("Russia", "rejects", "ruling", "positive")], []),
    # a message delivered is no help
    ("The ministry delivered a diplomatic note to the Indian side on Tuesday.",
     [], [("ministry", "aids", "India", "positive")]),
    # a denied "on behalf of" makes no member
    ("Several capitals stressed that the Hungarian premier Viktor Orban was not speaking on behalf of NATO.",
     [], [("Viktor Orban", "memberOf", "North Atlantic Treaty Organization", "positive")]),
    # a diplomatic note is a protest: rejecting it rejects its sender
    ("Slovenia sent a protest note to Croatia on Monday. Zagreb rejected the note as unfounded.",
     [("Croatia", "rejects", "Slovenia", "positive")], []),
    # a city "in the east" with no owner lies in the one country its sentence names, if any
    ("HANOI -- Vietnam sent aid. Vietnam said Vietnam would help. Prime Minister Pham Minh Chinh sent a message of "
     "sympathy to the Prime Minister of Libya after floods devastated the eastern city of Derna.",
     [("Derna", "locatedIn", "Libya", "positive")], [("Derna", "locatedIn", "Vietnam", "positive")]),
    # a NATO member is not NATO
    ("The expulsion pushed relations between Moscow and the small Balkan NATO member to a new low.",
     [], [("Russia", "cooperatesWith", "North Atlantic Treaty Organization", "positive")]),
    # a host ministry speaking of "Ambassador X" says nothing of whose envoy X is
    ("In a post on Monday, the Omani Foreign Ministry said Ambassador Jonas Berg had been declared persona non grata.",
     [], [("Jonas Berg", "memberOf", "Oman", "positive")]),
    # "junta spokesman X": the country under military rule (else the sentence's setting)
    ("Soldiers seized power in Niger in July. In Niamey, junta spokesman Colonel Amadou Abdramane said the "
     "borders would reopen.", [("Amadou Abdramane", "memberOf", "Niger", "positive")], []),
    # "X, which is part of Y"
    ("The Coast Guard, which is part of the Defence Ministry, intercepted the fishing boat.",
     [("Coast Guard", "memberOf", "Defence Ministry", "positive")], []),
    # "protested over the shooting by Y": the act's author; "what it called an unprovoked
    # shooting by Y": a charge against Y
    ("Uzbekistan protested over the shooting of a shepherd by Kyrgyz border guards.",
     [("Uzbekistan", "protestsAgainst", "Kyrgyzstan", "positive")], []),
    ("Armenia protested over what it called an unprovoked shooting by Azerbaijani border guards at farmers.",
     [("Armenia", "accuses", "Azerbaijan", "positive")], []),
    # pejorative descriptions of a body
    ("Bolsonaro called Mercosur a failed bloc.", [("Bolsonaro", "criticizes", "Mercosur", "positive")], []),
    # a threat held out against a named person's act
    ("Blinken said the United States would take action if Maduro failed to honor the terms of the deal.",
     [("United States", "threatens", "Maduro", "positive")], []),
    # "Leader of the Opposition X": the NER's organisation "Opposition X" is the person
    ("Prime Minister Anthony Albanese defended the pact. Leader of the Opposition Peter Dutton accused the Prime "
     "Minister of weakness.", [("Peter Dutton", "accuses", "Anthony Albanese", "positive")], []),
    # lenders and creditors named by kind are group actors
    ("Zambia accused Western creditors of attaching political conditions to their loans.",
     [("Zambia", "accuses", "Western creditors", "positive")], []),
    # "X province in the east of Y"
    ("Fighting raged in South Kivu province in the east of the Democratic Republic of the Congo.",
     [("South Kivu", "locatedIn", "Democratic Republic of the Congo", "positive")], []),
    # a bare "the parties" in a conflict: its two sides
    ("Fighting between Sudan and the RSF continued on Monday. The IGAD chairman urged the parties to agree on a truce.",
     [("Intergovernmental Authority on Development", "appealsTo", "Sudan", "positive"),
      ("Intergovernmental Authority on Development", "appealsTo", "Rapid Support Forces", "positive")], []),
    # a body named after its parent's acronym ("the SADC Electoral Observation Mission")
    ("The ECOWAS Electoral Observation Mission, headed by former Ghanaian president John Mahama, praised the vote.",
     [("ECOWAS Electoral Observation Mission", "memberOf", "Economic Community of West African States", "positive")], []),
    # relief that lands in a place aids the place's country; relief that arrives from a giver
    ("The World Food Programme began distributing food kits in Jeremie, Haiti, on Monday.",
     [("World Food Programme", "aids", "Haiti", "positive")], []),
    ("UNICEF is distributing drinking water to affected families in Kabul.",
     [("UNICEF", "aids", "Afghanistan", "positive")], []),
    ("Japan will donate container scanners to Panamanian customs.", [("Japan", "aids", "Panama", "positive")], []),
    ("Relief flights from Jordan and Egypt have landed in Turkey.",
     [("Jordan", "aids", "Turkey", "positive"), ("Egypt", "aids", "Turkey", "positive")], []),
    ("The UN launched a $90 million flash appeal for Libya on Friday.", [("United Nations", "aids", "Libya", "positive")], []),
    ("The bishop made an appeal for calm in Libya.", [], [("bishop", "aids", "Libya", "positive")]),
    # condemning an act nobody is named for: concern about it
    ("Kenya strongly condemned a bomb attack in the Somali town of Beledweyne.",
     [("Kenya", "concernedAbout", "bomb attack in the somali town", "positive")], []),
    # the items a topic is said to include are topics too
    ("King Abdullah met President Erdogan in Ankara. Their talks focused on boosting trade, including the "
     "Hejaz railway and a gas pipeline.", [("King Abdullah", "discusses", "hejaz railway", "positive")], []),
    # "the pair": the two who met
    ("Foreign Minister Penny Wong met Indonesian Foreign Minister Retno Marsudi on Monday. The pair discussed "
     "maritime security.", [("Retno Marsudi", "discusses", "maritime security", "positive"),
                            ("Penny Wong", "discusses", "maritime security", "positive")], []),
    # a vote judged in a report: the speaker criticizes the vote
    ("Britain said the election had been neither free nor fair.", [("United Kingdom", "criticizes", "election", "positive")], []),
    ("The EU said the vote lacked any democratic legitimacy.", [("European Union", "criticizes", "vote", "positive")], []),
    ("The EU said the vote was free and fair.", [], [("European Union", "criticizes", "vote", "positive")]),
    ("President Mnangagwa denied that the vote had been rigged.", [], [("Mnangagwa", "criticizes", "vote", "positive")]),
    # a court's verdict condemned, its author unnamed
    ("A Tehran court sentenced the French researcher to six years. France condemns the verdict, the ministry said.",
     [("France", "criticizes", "verdict", "positive")], []),
    # "Japanese Ambassador to China X": the envoy's own country, not the post
    ("Australian Ambassador to China Scott Dewar met officials in Beijing.",
     [("Scott Dewar", "memberOf", "Australia", "positive")], [("Scott Dewar", "memberOf", "China", "positive")]),
    # a ministry named with its country is the country's
    ("China's Commerce Ministry said on Friday it would investigate the subsidies.",
     [("Chinese Commerce Ministry", "memberOf", "China", "positive")], []),
]


@pytest.mark.parametrize("text,expected,absent", CASES, ids=[c[0][:50] for c in CASES])
def test_constructions(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)

