"""Session 30: general constructions found missing in the sets written this session for study
(h148: concern and agendas; h149: accusations and denials), in samples of misses over all the
studied sets and in probe sentences written around them. Every text is invented."""
from __future__ import annotations

import pytest

from tests.factkit import check_row, facts

#: (text, facts expected, facts that must be absent)
CASES = [
    # a formal protest through diplomatic channels is criticism too, between states or bodies
    ("Germany summoned the U.S. ambassador on Thursday over the surveillance reports.",
     [("Germany", "protestsAgainst", "United States", "positive"), ("Germany", "criticizes", "United States", "positive")],
     []),
    ("Peru recalled its ambassador to Mexico for consultations.",
     [("Peru", "criticizes", "Mexico", "positive")], []),
    ("China lodged stern representations with Washington over the arms sale.",
     [("China", "criticizes", "United States", "positive")], []),
    # ... not between people (the envoy summoned is the protest's messenger) nor for a march
    ("Vice Foreign Minister Akitaka Saiki summoned Chinese Ambassador Cheng Yonghua.",
     [], [("Akitaka Saiki", "criticizes", "Cheng Yonghua", "positive")]),
    ("Thousands of farmers protested against the trade deal in Brussels.", [],
     [("farmers", "criticizes", "European Union", "positive")]),
    ("Italy did not summon the French ambassador.", [], [("Italy", "criticizes", "France", "positive")]),
    # an expulsion of the other side's diplomats accuses that side
    ("Estonia expelled a Russian diplomat on Thursday.", [("Estonia", "accuses", "Russia", "positive")], []),
    ("Kenya ordered the Sudanese ambassador to leave the country.", [], [("Kenya", "accuses", "Sudan", "positive")]),
    # "his Iranian counterpart" as the one urged: the nationality names the side
    ("Egyptian Foreign Minister Sameh Shoukry urged his Iranian counterpart on Sunday to use Tehran's influence.",
     [("Sameh Shoukry", "appealsTo", "Iran", "positive")], []),
    ("The minister urged his counterpart to show restraint.", [], []),
    # "has nothing to do with": a tie denied, to a side too, from either end
    ("Rwandan government spokeswoman Yolande Makolo said Rwanda has nothing to do with the M23.",
     [("Rwanda", "denies", "M23", "positive")], [("Rwanda", "denies", "Rwanda", "positive")]),
    ("Chinese Foreign Ministry spokesperson Lin Jian said the so-called APT40 has nothing to do with the Chinese government.",
     [("China", "denies", "APT40", "positive")], [("China", "denies", "China", "positive")]),
    ("Serbian President Aleksandar Vucic rejected the accusations, saying Serbia had nothing to do with the violence.",
     [("Serbia", "denies", "violence", "positive")], []),
    ("Kenyan President William Ruto said the dispute had nothing to do with Somalia.", [],
     [("Kenya", "denies", "Somalia", "positive")]),
    # a region's leaders or ministers, all of them, are its body meeting
    ("West African leaders imposed a sweeping diplomatic and financial embargo on Mali.",
     [("Economic Community of West African States", "sanctions", "Mali", "positive")], []),
    ("Arab foreign ministers expressed their solidarity with Egypt and Sudan.",
     [("Arab League", "supports", "Egypt", "positive"), ("Arab League", "supports", "Sudan", "positive")], []),
    ("Southeast Asian foreign ministers expressed deep concern on Wednesday over the escalating violence in Myanmar.",
     [("Association of Southeast Asian Nations", "concernedAbout", "escalating violence in myanmar", "positive")], []),
    ("East African leaders urged the M23 rebels to withdraw from Goma.",
     [("East African Community", "demandsFrom", "M23", "positive")], []),
    ("Two West African ministers criticised the junta in Niger.", [],
     [("Economic Community of West African States", "criticizes", "Niger", "positive")]),
    ("Some Arab leaders welcomed the plan of Egypt.", [], [("Arab League", "supports", "Egypt", "positive")]),
    # a participle on texts counted ("a series of statements accusing X"): the issuer's act
    ("Kim Yo-jong issued a series of statements this week accusing the United States of sending spy planes.",
     [("Kim Yo-jong", "accuses", "United States", "positive")], []),
    ("A number of statements accusing Japan appeared online.", [], []),
    # a request: "in response to a request from X" is put to the clause's subject
    ("In response to a request from the Government of Nepal, the Government of Japan has decided to dispatch a medical team.",
     [("Nepal", "appealsTo", "Japan", "positive")], []),
    # concerns "regarding" a matter (a participle preposition with a direct object)
    ("Minister Wang conveyed China's concerns regarding U.S. export controls.",
     [("China", "concernedAbout", "export controls", "positive")], []),
    # a thing said to be concerning worries the speaker
    ('New Zealand Prime Minister Jacinda Ardern said the pact was "gravely concerning".',
     [("Jacinda Ardern", "concernedAbout", "pact", "positive")], []),
    ("Ardern said the talks were not concerning.", [], [("Ardern", "concernedAbout", "talks", "positive")]),
    # noted with concern
    ("The African Union noted the internet blackout with concern.",
     [("African Union", "concernedAbout", "internet blackout", "positive")], []),
    ("The African Union noted the internet blackout with satisfaction.", [],
     [("African Union", "concernedAbout", "internet blackout", "positive")]),
    # alarm stirred in others
    ("China signed a security pact with Solomon Islands in April, prompting alarm in Wellington and Canberra.",
     [("Australia", "concernedAbout", "security pact with solomon islands", "positive"),
      ("New Zealand", "concernedAbout", "security pact with solomon islands", "positive")], []),
    # the chair of a body: "whose country holds the chairmanship", "as holder of the presidency"
    ("Indonesian Foreign Minister Retno Marsudi, whose country holds the rotating chairmanship of the "
     "Association of Southeast Asian Nations this year, said the bloc was united.",
     [("Indonesia", "leaderOf", "Association of Southeast Asian Nations", "positive")], []),
    ("Brazil, as holder of the rotating presidency of the UN Security Council, called the meeting.",
     [("Brazil", "leaderOf", "UN Security Council", "positive")], []),
    ("Mercosur leaders met in Mendoza. Cristina Fernandez de Kirchner, who hosted the summit as holder of the "
     "bloc's rotating presidency, criticised Paraguay.",
     [("Cristina Fernandez de Kirchner", "leaderOf", "Mercosur", "positive")], []),
    ("Brazil, as holder of a seat on the council, voted against.", [], [("Brazil", "leaderOf", "UN Security Council", "positive")]),
    # topic lists: "including" items, and a modified phrase after a definite complement
    ("Modi and Temer discussed bilateral relations, including renewable energy and maritime security.",
     [("Modi", "discusses", "bilateral relations", "positive"), ("Modi", "discusses", "renewable energy", "positive"),
      ("Modi", "discusses", "maritime security", "positive")], []),
    ("Lavrov and Kishida discussed preparations for the summit and the security situation in northeast Asia, "
     "including North Korea's nuclear programme.",
     [("Lavrov", "discusses", "preparations for the summit", "positive"),
      ("Lavrov", "discusses", "security situation in northeast asia", "positive"),
      ("Lavrov", "discusses", "nuclear programme", "positive")], []),
    ("The ministers discussed trade with China and the EU.", [],
     [("ministers", "discusses", "EU", "positive")]),
    # help: the recipient hung on the reporting verb, relief landing at an airport, people reached
    ("EAM recalled that India had extended assistance of around US$ 4 billion to Sri Lanka in 2022.",
     [("India", "aids", "Sri Lanka", "positive")], []),
    ("The minister said to reporters that Japan would send a team.", [], []),
    ("A fourth Kuwaiti relief aircraft carrying 40 tons of foodstuffs landed at Khartoum International Airport on Saturday.",
     [("Kuwait", "aids", "Sudan", "positive")], []),
    ("The World Food Programme said it had reached more than 1.4 million people with food assistance in Sudan.",
     [("World Food Programme", "aids", "Sudan", "positive")], []),
    ("The World Food Programme said its convoy had reached the border town in Sudan.", [],
     [("World Food Programme", "aids", "Sudan", "positive")]),
    # a place that is part of another lies in it; a contingent "as part of" a mission is its member
    ("Assigning invented names will not alter the reality that Arunachal Pradesh is, has been, and will always be "
     "an integral and inalienable part of India.", [("Arunachal Pradesh", "locatedIn", "India", "positive")], []),
    ("Lin Jian: I'd like to point out that Ren'ai Jiao is part of China's Nansha Qundao.",
     [("Ren'ai Jiao", "locatedIn", "Nansha Qundao", "positive")], []),
    ("Most countries consider Abkhazia and South Ossetia part of Georgia.",
     [("Abkhazia", "locatedIn", "Georgia", "positive"), ("South Ossetia", "locatedIn", "Georgia", "positive")], []),
    ("The Senkaku Islands, administered by Japan as part of the city of Ishigaki, are claimed by China.",
     [("Senkaku Islands", "locatedIn", "Ishigaki", "positive")], []),
    ("The Essequibo region is, and will remain, an integral part of Guyana.",
     [("Essequibo", "locatedIn", "Guyana", "positive")], []),
    ("Crimea is not part of Russia.", [], [("Crimea", "locatedIn", "Russia", "positive")]),
    ("Prague's decision was part of a series of hostile steps against Russia.", [], []),
    ("Kenya has troops in Somalia as part of the African Union Mission in Somalia (Amisom).",
     [("Kenya", "memberOf", "AMISOM", "positive")], []),
    # a description set off after a name, backed by someone; standing behind a plan
    ("She will face Alexandr Stoianoglo, a former prosecutor general backed by the pro-Russian Party of Socialists.",
     [("Party of Socialists", "supports", "Alexandr Stoianoglo", "positive")], []),
    ("Marsudi said ASEAN remained united behind the Five-Point Consensus.",
     [("Association of Southeast Asian Nations", "supports", "five-point consensus", "positive")], []),
    ("The Saudi-led coalition remains fully committed to the truce.",
     [("Saudi-led coalition", "supports", "truce", "positive")], []),
    ("India is committed to fighting terrorism.", [], [("India", "supports", "terrorism", "positive")]),
    ("Ramaphosa was among the first leaders to congratulate Mnangagwa, a move criticised by opposition parties.",
     [], [("opposition parties", "criticizes", "Mnangagwa", "positive")]),
    # a name the tagger missed after a title (and a title's "of" country); a party's candidate
    ("Foreign Minister Kamikawa Yoko met Chinese Foreign Minister Wang Yi in Beijing.",
     [("Yoko Kamikawa", "meets", "Wang Yi", "positive")], []),
    ("Lai Ching-te, the candidate of the ruling Democratic Progressive Party, won the vote.",
     [("Lai Ching-te", "memberOf", "Democratic Progressive Party", "positive")], []),
    ("The Prime Minister Office said the talks would resume.", [], []),
    ("Interior Minister Bahlil Lahadalia met Chinese Foreign Minister Wang Yi in Beijing.",
     [("Bahlil Lahadalia", "meets", "Wang Yi", "positive")], []),
    # a coup condemned without its author: the junta the article names
    ("Soldiers calling themselves the National Committee of Reconciliation and Development (CNRD) seized power in "
     "Guinea on Sunday. ECOWAS leaders condemned the coup in the strongest terms.",
     [("Economic Community of West African States", "criticizes",
       "National Committee of Reconciliation and Development", "positive")], []),
    ("The navy seized a tanker. Iran condemned the seizure of the ship.", [], []),
    # the heads of state of a body are the body meeting
    ("Heads of State and Government of the Economic Community of West African States (ECOWAS) have suspended "
     "Guinea from all the governing bodies of the regional organisation.",
     [("Economic Community of West African States", "sanctions", "Guinea", "positive")], []),
    # a party's secretary general is its member (a communist party's leads it); a portfolio's head a member
    ("DPP secretary general Grezelder Jeffrey said the judges had overstepped their mandate.",
     [("Grezelder Jeffrey", "memberOf", "Democratic Progressive Party", "positive")],
     [("Grezelder Jeffrey", "leaderOf", "Democratic Progressive Party", "positive")]),
    ("To Lam, general secretary of the Communist Party of Vietnam, met Xi.",
     [("To Lam", "leaderOf", "Communist Party of Vietnam", "positive")], []),
    ("The UN High Commissioner for Human Rights, Volker Türk, said the killings must stop.",
     [("Volker Türk", "memberOf", "United Nations", "positive")], [("Volker Türk", "leaderOf", "United Nations", "positive")]),
    ("UN Secretary-General Antonio Guterres condemned the attack.",
     [("Antonio Guterres", "leaderOf", "United Nations", "positive")], []),
    # a state named like a person, however often it is named, is a place
    ("Sixteen fishermen from Tamil Nadu were arrested in Sri Lanka, Indian officials said. Tamil Nadu wants them "
     "back. Tamil Nadu Chief Minister M.K. Stalin wrote to Jaishankar.",
     [("M.K. Stalin", "leaderOf", "Tamil Nadu", "positive")], []),
    ("Uruguayan President Luis Lacalle Pou, whose country is a founding member of the Mercosur trade bloc, said "
     "the election had been stolen.", [("Uruguay", "memberOf", "Mercosur", "positive")],
     [("Luis Lacalle Pou", "memberOf", "Mercosur", "positive")]),
    # a minister with no country named acting in a clause that hangs on a country's
    ("Venezuela rejected the criticism. Peru went further on Tuesday, when Foreign Minister Javier Gonzalez-Olaechea "
     "said Lima recognised Edmundo Gonzalez as the winner.",
     [("Javier Gonzalez-Olaechea", "memberOf", "Peru", "positive")],
     [("Javier Gonzalez-Olaechea", "memberOf", "Venezuela", "positive")]),
    ("Kenya said on Monday that Defence Minister Aden Duale would travel to Mogadishu.",
     [("Aden Duale", "memberOf", "Kenya", "positive")], []),
    # "all parties in X": the country whose parties they are
    ("China called on all parties in Guinea to exercise restraint.", [("China", "appealsTo", "Guinea", "positive")], []),
    ("The UN urged all parties to exercise restraint.", [], []),
    # annulled, nullified: a rejection of what is annulled
    ("The Constitutional Court yesterday nullified the May 21 2019 presidential election.",
     [("Constitutional Court", "rejects", "may 21 2019 presidential election", "positive")], []),
    ("Bangladesh's State Minister for Power, Energy and Mineral Resources Nasrul Hamid, who arrived in Kathmandu on "
     "Tuesday on a three-day visit, held talks with Energy Minister Pampha Bhusal on Wednesday.",
     [("Nasrul Hamid", "visits", "Kathmandu", "positive"), ("Nasrul Hamid", "meets", "Pampha Bhusal", "positive")], []),
    ("Director General ISPR Maj Gen Asif Ghafoor said the Indian army was targeting civilians.",
     [("Asif Ghafoor", "accuses", "India", "positive")], []),
    # a known body's part with its own "of" name
    ("Ghana's Foreign Minister Shirley Ayorkor Botchwey chairs the ECOWAS Council of Ministers.",
     [("Shirley Ayorkor Botchwey", "leaderOf", "ECOWAS Council of Ministers", "positive"),
      ("ECOWAS Council of Ministers", "memberOf", "Economic Community of West African States", "positive")], []),
    ("The ECOWAS Council of Ghana met.", [("ECOWAS Council", "memberOf", "Economic Community of West African States",
                                           "positive")], []),
]


@pytest.mark.parametrize("text,expected,absent", CASES, ids=[c[0][:60] for c in CASES])
def test_construction(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)


def test_part_of_claim_is_reported(nlp):
    """"The Kremlin said Crimea is part of Russia": the claim is the Kremlin's, not the graph's."""
    found = [f for f in facts(nlp, "The Kremlin said Crimea is part of Russia.") if f.predicate == "locatedIn"]
    assert [(f.subject, f.object, f.modality, f.attributed_to) for f in found] == [("Crimea", "Russia", "reported", "Russia")]
    plain = [f for f in facts(nlp, "The Essequibo region is an integral part of Guyana.") if f.predicate == "locatedIn"]
    assert [(f.subject, f.modality) for f in plain] == [("Essequibo", "asserted")]
