"""Session 28: general constructions found missing in the sets opened for study (h128,
h132) and in probe sentences written around them. Every text is invented."""
from __future__ import annotations

import pytest

from tests.factkit import check_row, facts

#: (text, facts expected, facts that must be absent)
CASES = [
    # a bloc said to bring its members together
    ("The grouping currently brings together Chile, Peru, Colombia and Mexico.", [], []),
    ("MERCOSUR brings together Argentina, Brazil, Paraguay and Uruguay.",
     [("Argentina", "memberOf", "Mercosur", "positive"), ("Uruguay", "memberOf", "Mercosur", "positive")], []),
    ("Prosecutors brought charges against Brazil and Argentina.", [], [("Brazil", "memberOf", "Argentina", "positive")]),
    # a composition clause listing a state body among the states, closed by a place phrase
    ("The talks are run by the Contact Group, which brings together Ukraine, Russia and the OSCE in Minsk.",
     [("Ukraine", "memberOf", "Contact Group", "positive"),
      ("Organization for Security and Co-operation in Europe", "memberOf", "Contact Group", "positive")], []),
    # a rank word opening a body's name makes no person of the body
    ("Mihai Rusu, head of the General Police Inspectorate, said 40 people were detained.",
     [("Mihai Rusu", "leaderOf", "General Police Inspectorate", "positive")], []),
    # "the Party of <people>": the party, not the country of an adjective before it
    ("Ion Ceban, backed by the pro-Russian Party of Socialists, came second.",
     [("Party of Socialists", "supports", "Ion Ceban", "positive")], [("Russia", "supports", "Ion Ceban", "positive")]),
    # party people are never the "separatists" of a later sentence
    ("The Socialists won many seats in the vote. Later the separatists shelled a checkpoint near Luhansk.",
     [], [("Socialists", "attacks", "Luhansk", "positive")]),
    # a fronted participle whose objects the parser read as the main verb's subject
    ("Hosting Prime Minister Rishi Sunak, Australian Prime Minister Anthony Albanese and Canadian Prime Minister "
     "Justin Trudeau, President Joe Biden said the allies would stand together.",
     [("Joe Biden", "meets", "Rishi Sunak", "positive"), ("Joe Biden", "meets", "Anthony Albanese", "positive"),
      ("Joe Biden", "meets", "Justin Trudeau", "positive")],
     [("Anthony Albanese", "meets", "Rishi Sunak", "positive")]),
    # a meeting "of" two peoples' officials: the two countries meet
    ("A meeting of Chinese and Indian officials was held in New Delhi on Monday.",
     [("China", "meets", "India", "positive")], []),
    ("A meeting of senior officials was held in New Delhi on Monday.", [], []),
    # "-backed" and "pro-" groups keep their words in the label
    ("Kyiv blamed Russian-backed forces for most of the shelling.",
     [("Ukraine", "accuses", "Russian-backed forces", "positive")], []),
    ("Western governments accused pro-Russian separatists of downing the aircraft.",
     [("Western governments", "accuses", "pro-Russian separatists", "positive")], []),
    ("Iran-backed militias fired rockets at American troops in Syria.",
     [("Iran-backed militias", "attacks", "United States", "positive")], []),
    # farmers named by their people are a group actor
    ("Dutch farmers accuse the European Commission of sacrificing agriculture to trade deals.",
     [("Dutch farmers", "accuses", "European Commission", "positive")], []),
    ("Government forces retook the town.", [], [("Government forces", "attacks", "town", "positive")]),
    # an amount noun is not the topic: what it counts is
    ("Foreign Minister Anna Lindqvist raised the wave of killings of journalists in Honduras.",
     [("Anna Lindqvist", "discusses", "killings", "positive")], []),
    # speaking of violence is no violence
    ("The French foreign minister raised the wave of killings of journalists in Honduras. He left later.",
     [], [("French foreign minister", "attacks", "Honduras", "positive"), ("France", "attacks", "Honduras", "positive")]),
    # talks "which covered" the matters, the clause hung on the partner's name
    ("Chancellor Olaf Scholz held talks with Kenyan President William Ruto, which covered trade and investment.",
     [("Olaf Scholz", "discusses", "trade", "positive"), ("William Ruto", "discusses", "investment", "positive")], []),
    ("Chancellor Olaf Scholz met President William Ruto, who covered the war in Sudan.", [],
     [("Olaf Scholz", "discusses", "war in Sudan", "positive")]),
    # a delegation of a body, headed by a person: the person travels
    ("On June 20, a delegation of the Senate headed by Senator Ana Ruiz arrived in Quito.",
     [("Ana Ruiz", "visits", "Quito", "positive")], []),
    ("A delegation of the European Parliament arrived in Kyiv.",
     [("European Parliament", "visits", "Kyiv", "positive")], []),
    # a federal unit named by a lowercase designator
    ("The summit was held in Kazan, the capital of Russia's Tatarstan republic.",
     [("Kazan", "locatedIn", "Tatarstan", "positive")], []),
    # a hyphenated minister's title is a national one
    ("VILNIUS, Oct 12 - Lithuania expelled a diplomat on Tuesday. Vice-Minister of Foreign Affairs Mantas Adomenas "
     "said the decision was final. Lithuania will not tolerate interference.",
     [("Mantas Adomenas", "memberOf", "Lithuania", "positive")], []),
    # a country's allies in a body: the country is in it too
    ("Some of Turkey's NATO allies criticised the purchase.",
     [("Turkey", "memberOf", "North Atlantic Treaty Organization", "positive")], []),
    ("Ukraine's Western allies sent more tanks.", [], [("Ukraine", "memberOf", "the West", "positive")]),
    ("The statement described the United States and Turkey as NATO allies.",
     [("United States", "memberOf", "North Atlantic Treaty Organization", "positive"),
      ("Turkey", "memberOf", "North Atlantic Treaty Organization", "positive")], []),
    # admitted as a member, in the passive; not when it is denied or only possible
    ("Belarus was formally admitted as the SCO's 10th member.",
     [("Belarus", "memberOf", "Shanghai Cooperation Organisation", "positive")], []),
    ("Belarus could be admitted as a member of the SCO next year.", [],
     [("Belarus", "memberOf", "Shanghai Cooperation Organisation", "positive")]),
    # an organisation's name the tagger cut after a place
    ("India, as a member of the Indian Ocean Rim Association, backed the plan.",
     [("India", "memberOf", "Indian Ocean Rim Association", "positive")], []),
    # a body named after two countries belongs to neither
    ("Nisha Biswal, president of the U.S. India Business Council, welcomed the visit.", [],
     [("U.S. India Business Council", "memberOf", "United States", "positive")]),
    # gifts and police sent abroad are aid
    ("Two helicopters gifted by India to the Maldives were grounded.", [("India", "aids", "Maldives", "positive")], []),
    ("Kenya has pledged to send 1,000 police officers to Haiti.", [("Kenya", "aids", "Haiti", "positive")], []),
    # a reported act started by its doer: the speaker accuses the doer
    ("The Indian Army claimed that Pakistani troops had initiated the firing in the Poonch sector.",
     [("India", "accuses", "Pakistan", "positive")], []),
    # ... not a search carried out
    ("Tokyo, April 28 - The Japanese rescue team, which was dispatched on Sunday, has been conducting search "
     "operations in Kathmandu in cooperation with the Nepalese Army, the Ministry of Foreign Affairs of Japan said.",
     [], [("Japan", "accuses", "rescue team", "positive")]),
    ("Trump's firing of Comey shocked Washington.", [], [("Trump", "attacks", "Comey", "positive")]),
    # a place's name the tagger left before a body's name: not when another name is joined to it
    ("The sides will hold the next session of the India-Mozambique Joint Commission in New Delhi.", [],
     [("Mozambique Joint Commission", "memberOf", "Mozambique", "positive")]),
    ("Youths protested outside the South African High Commission in Abuja.",
     [("youths", "protestsAgainst", "South Africa", "positive")], []),
    # the matter talked about, hung on the partner; vague issues narrowed by "including"
    ("Egyptian Foreign Minister Sameh Shoukry spoke with his Sudanese counterpart about the Grand Ethiopian "
     "Renaissance Dam.",
     [("Sameh Shoukry", "discusses", "renaissance dam", "positive")], [("Sameh Shoukry", "discusses", "Ethiopia", "positive")]),
    ("Indian Foreign Minister S. Jaishankar and Russian Foreign Minister Sergei Lavrov exchanged views on regional "
     "and global issues, including the conflict in Ukraine.",
     [("S. Jaishankar", "discusses", "conflict in ukraine", "positive"),
      ("Sergei Lavrov", "discusses", "conflict in ukraine", "positive")], []),
    # restraint urged on nobody named: the two sides of the fighting just told
    ("Kyrgyz and Tajik border guards exchanged fire on Wednesday, killing three people. Kyrgyzstan accused "
     "Tajikistan of starting the clash, while Tajikistan blamed Kyrgyz troops. Russia urged restraint. The UN also "
     "called for calm.",
     [("Russia", "appealsTo", "Kyrgyzstan", "positive"), ("Russia", "appealsTo", "Tajikistan", "positive"),
      ("United Nations", "appealsTo", "Tajikistan", "positive")], []),
    ("China and India held talks on trade in Beijing. China urged India to buy more. Brazil urged restraint in "
     "spending.", [], [("Brazil", "appealsTo", "China", "positive")]),
    # "the federal government" is the article's country's, as "the government" is
    ("MAIDUGURI, Nigeria (Reuters) - Borno State Governor Babagana Zulum appealed to the federal government to "
     "deploy more troops to the area. Nigeria has battled Boko Haram since 2009.",
     [("Babagana Zulum", "appealsTo", "Nigeria", "positive")], []),
    # a list of many co-hosts lends its names; two or three go-betweens work together
    ("The pledging conference in Geneva, co-hosted by Saudi Arabia, Qatar, Egypt, Germany, the European Union and "
     "the United Nations, raised $1.5 billion.", [], [("Saudi Arabia", "cooperatesWith", "Qatar", "positive")]),
    ("The truce, brokered by Qatar and Egypt, held for a week.", [("Qatar", "cooperatesWith", "Egypt", "positive")], []),
    # the dictionary's name for a person written with a middle initial
    ("Secretary of State Antony J. Blinken met Foreign Minister Melanie Joly in Brussels on Wednesday.",
     [("Antony Blinken", "meets", "Melanie Joly", "positive")], []),
    # "Its chief X" opening a sentence after an agency named last
    ("More than 2 million people have fled, according to the UN refugee agency UNHCR. Its chief Filippo Grandi said "
     "the situation was alarming.", [("Filippo Grandi", "leaderOf", "UNHCR", "positive")], []),
    # a programme's own name before "Executive Director" is the body he leads
    ("World Food Programme Executive Director Cindy McCain said the agency had reached 1.4 million people.",
     [("Cindy McCain", "leaderOf", "World Food Programme", "positive")], []),
    ("IMF mission chief Haimanot Teferra said the talks went well.",
     [("Haimanot Teferra", "memberOf", "International Monetary Fund", "positive")], []),
    # an apposition the parser hung on the phrase's head is said of the actor before it
    ("Estonia expelled a diplomat. Relations between the Baltic state, a member of both NATO and the European Union, "
     "and Russia have been strained since 1991.",
     [("Estonia", "memberOf", "European Union", "positive")], [("Russia", "memberOf", "European Union", "positive")]),
    # an annexation "from" a country takes from it, and is not the country's
    ("Relations deteriorated after Moscow's annexation of Crimea from Ukraine in 2014.",
     [("Russia", "attacks", "Crimea", "positive"), ("Russia", "attacks", "Ukraine", "positive")],
     [("Ukraine", "attacks", "Crimea", "positive")]),
    # money put up with nobody named to receive it: the country the article is about
    ("GENEVA, June 19 (AFP) - Saudi Arabia pledged $100 million to Sudan on Monday at a conference in Geneva. Sudan "
     "has been torn by war since April. Germany pledged an extra 200 million euros over two years. Sudan's army "
     "thanked the donors.", [("Germany", "aids", "Sudan", "positive")], []),
    ("WASHINGTON - President Joe Biden unveiled a $2 trillion infrastructure plan on Wednesday. Poland welcomed the "
     "plan. Poland and the United States also discussed trade.", [],
     [("Joe Biden", "aids", "Poland", "positive"), ("United States", "aids", "Poland", "positive")]),
    # a clause set beside a request with its own subject is no part of what is requested
    ("Foreign Minister Yoshimasa Hayashi urged his Chinese counterpart Qin Gang to release the employee, as the two "
     "held their first in-person talks.", [("Yoshimasa Hayashi", "meets", "Qin Gang", "positive")], []),
    ("Biden urged Netanyahu to hold talks with Abbas when the fighting stops.", [],
     [("Netanyahu", "negotiatesWith", "Abbas", "positive")]),
    # donors alone are a group actor (the words before them stay in the label)
    ("The UN humanitarian chief Martin Griffiths appealed to donors to step up funding.",
     [("Martin Griffiths", "appealsTo", "donors", "positive")], []),
    ("USAID urges other donors to increase their contributions to the appeal.",
     [("United States Agency for International Development", "appealsTo", "donors", "positive")], []),
    # a verdict that the demands are unworkable
    ("Kyiv described Moscow's demands as unrealistic.", [("Ukraine", "criticizes", "Russia", "positive")], []),
]


@pytest.mark.parametrize("text,expected,absent", CASES, ids=[c[0][:50] for c in CASES])
def test_constructions(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)


def test_minister_speaking_in_a_capital(nlp):
    """"Intelligence Minister X told reporters in Tehran" in an article whose other side the
    office-holders dictionary places (Britain's foreign secretary at the article's date): the
    capital the minister speaks in, not the article's other side; and so the arrest the minister
    speaks of is his own side's, which he does not accuse."""
    text = ("Iran said on Tuesday it had arrested a British-Iranian dual national on spying charges. Intelligence "
            "Minister Reza Karimi told reporters in Tehran that the arrest showed the enemies had not abandoned their "
            "plots, and accused Britain of acting for Washington. Foreign Secretary Jeremy Hunt said he had raised "
            "the case.")
    got = {(f.subject, f.predicate, f.object) for f in facts(nlp, text, date="2019-06-12")}
    assert ("Jeremy Hunt", "memberOf", "United Kingdom") in got
    assert ("Reza Karimi", "memberOf", "Iran") in got
    assert ("Reza Karimi", "memberOf", "United Kingdom") not in got
    # (the accusation coordinated after what the arrest "showed" is the minister's own)
    assert ("Reza Karimi", "accuses", "United Kingdom") in got

