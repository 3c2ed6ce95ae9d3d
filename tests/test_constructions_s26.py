"""Session 26: general constructions found missing in the sets opened for study (h114,
h125, h127) and in probe sentences written after them. Every text is invented."""
from __future__ import annotations

import pytest

from tests.factkit import check_row, facts

#: (text, facts expected, facts that must be absent)
CASES = [
    # a think tank named for its founder before a place word ("the Carnegie | Middle East Center")
    ("\"The country cannot afford another war,\" said Rami Haddad, a fellow at the Carnegie Middle East Center in Beirut.",
     [("Rami Haddad", "memberOf", "Carnegie Middle East Center", "positive")],
     [("Rami Haddad", "memberOf", "Middle East Center", "positive")]),
    # the honorific opens the name: the first name the NER left between it and the rest
    ("Kuwait's Foreign Minister Sheikh Salem Abdullah Al-Jaber Al-Sabah met his Omani counterpart in Muscat.",
     [("Salem Abdullah Al-Jaber Al-Sabah", "memberOf", "Kuwait", "positive")], []),
    # "fired what it claimed was an ICBM ... condemned the launch"
    ("North Korea fired what it claimed was a new ICBM on Friday. Japanese Prime Minister Fumio Kishida denounced "
     "the launch.",
     [("Fumio Kishida", "criticizes", "North Korea", "positive")], []),
    # "the three envoys": the three people just named (the speaker of the call among them)
    ("North Korea fired two ballistic missiles on Friday. Seoul's nuclear envoy Kim Dae-sung held a phone call with "
     "his U.S. counterpart, Mark Lambert, and Tanaka Hiroshi, director-general of the Asian affairs bureau at "
     "Japan's foreign ministry. The three envoys strongly condemned the launch.",
     [("Kim Dae-sung", "criticizes", "North Korea", "positive"), ("Mark Lambert", "criticizes", "North Korea", "positive"),
      ("Tanaka Hiroshi", "criticizes", "North Korea", "positive"), ("Tanaka Hiroshi", "memberOf", "Japan", "positive")],
     [("Tanaka Hiroshi", "memberOf", "United States", "positive"),
      ("Tanaka Hiroshi", "leaderOf", "Japanese Foreign Ministry", "positive")]),
    # "the two NATO allies": two members of the body, not the body
    ("Greek Foreign Minister Nikos Dendias met Turkish Foreign Minister Mevlut Cavusoglu on Monday. Greece and Turkey "
     "have long been at odds over gas. German Foreign Minister Heiko Maas urged the two NATO allies to de-escalate.",
     [("Heiko Maas", "appealsTo", "Greece", "positive"), ("Heiko Maas", "appealsTo", "Turkey", "positive")],
     [("Heiko Maas", "appealsTo", "North Atlantic Treaty Organization", "positive")]),
    ("NATO allies agreed to raise defence spending, and Canada urged NATO allies to move faster.",
     [("Canada", "appealsTo", "North Atlantic Treaty Organization", "positive")], []),
    # seeing a named person, planned, is meeting them
    ("German Foreign Minister Heiko Maas met Greek officials in Athens before flying on to Ankara to see Turkish "
     "Foreign Minister Mevlut Cavusoglu.",
     [("Heiko Maas", "meets", "Mevlut Cavusoglu", "positive")], []),
    ("Many in Kyiv see President Vladimir Putin as a threat, and officials want to see Prime Minister Imran Khan "
     "removed from office.",
     [], [("Kyiv", "meets", "Vladimir Putin", "positive")]),
    # an appeal to a seat of government addresses who sits there
    ("Ukrainian Prime Minister Arseniy Yatsenyuk said he had appealed to Brussels to speed up the loan.",
     [("Arseniy Yatsenyuk", "appealsTo", "European Union", "positive")], []),
    # "the board" is the body named "Board of ..." before
    ("The quarterly report went to the agency's 35-nation Board of Governors, and there has been no progress since "
     "the board passed a resolution in June censuring Tehran.",
     [("Board of Governors", "criticizes", "Iran", "positive")], []),
    # a measure listed after "including" is taken by the subject of the clause
    ("Wang said China would take forceful measures to safeguard its interests, including sanctions on Raytheon and "
     "Lockheed Martin.",
     [("China", "sanctions", "Lockheed Martin", "positive")], []),
    # "ministers from the Group of Seven major democracies", "the ministers" after them
    ("Foreign ministers from the Group of Seven (G7) major industrialized democracies pledged on Friday to help "
     "Ukraine repair its power grid. The ministers also called on Beijing to refrain from the use of force.",
     [("Group of Seven", "aids", "Ukraine", "positive"), ("Group of Seven", "appealsTo", "China", "positive")], []),
    # "X, whose foreign minister, Y, joined ... and appealed to Z": the relative clause the parser broke up
    ("The ministers agreed to channel spare parts to Ukraine, whose foreign minister, Dmytro Kuleba, joined one "
     "session by video link and appealed to the G7 for more air defence systems.",
     [("Dmytro Kuleba", "appealsTo", "Group of Seven", "positive")], []),
    # talks named by how they were held are still a meeting ("trade talks" stay negotiations)
    ("Iranian President Ebrahim Raisi held delegation-level talks with Prime Minister Shehbaz Sharif on Monday.",
     [("Ebrahim Raisi", "meets", "Shehbaz Sharif", "positive")], []),
    ("Iranian President Ebrahim Raisi held trade talks with Prime Minister Shehbaz Sharif on Monday.",
     [("Ebrahim Raisi", "negotiatesWith", "Shehbaz Sharif", "positive")],
     [("Ebrahim Raisi", "meets", "Shehbaz Sharif", "positive")]),
    # the main verb after a relative clause, read as an adjective of its object
    ("Kenyan President William Ruto, who arrived in the capital on Monday on a two-day visit, held talks with "
     "Prime Minister Abiy Ahmed at the palace.",
     [("William Ruto", "meets", "Abiy Ahmed", "positive")], []),
    # "the prince": the person last named with that style
    ("Saudi Energy Minister Prince Abdulaziz bin Salman chaired the meeting. Delegates said the prince pressed "
     "Iraq and Kazakhstan to submit detailed plans.",
     [("Abdulaziz bin Salman", "demandsFrom", "Iraq", "positive"),
      ("Abdulaziz bin Salman", "demandsFrom", "Kazakhstan", "positive")], []),
    # a verb of acting together the tagger read as a plural noun
    ("Russian Deputy Prime Minister Alexander Novak, who oversees energy policy and coordinates with Riyadh on "
     "behalf of the group, backed the delay.",
     [("Alexander Novak", "cooperatesWith", "Saudi Arabia", "positive")], []),
    # gratitude for support: the one thanked gave it ("for" hung on "is")
    ("Kenya is grateful to Japan for its support.", [("Japan", "supports", "Kenya", "positive")], []),
    # a name tagged a place in apposition to a title; "Chief Executive Officer" is no name
    ("The Chief Executive Officer of Naftogaz, Yuriy Vitrenko, has warned that Gazprom is cutting its bookings.",
     [("Yuriy Vitrenko", "leaderOf", "Naftogaz", "positive")], [("Executive Officer", "leaderOf", "Naftogaz", "positive")]),
    # "call on" with "on" read as a particle
    ("The Security Council met on Friday. We call on members of the Council to refrain from any action that "
     "would take the matter away from the "
     "African Union, the Ethiopian foreign ministry said.",
     [("Ethiopia", "appealsTo", "Security Council", "positive")], []),
    # titles and styles alone tagged an organisation
    ("The talks stay with the African Union, whose Chairperson, H.E. President Félix Tshisekedi of the Democratic "
     "Republic of the Congo, continues to lead them.",
     [("Félix Tshisekedi", "leaderOf", "Democratic Republic of the Congo", "positive")],
     [("Félix Tshisekedi", "leaderOf", "Chairperson, H.E. President", "positive")]),
    # the surname the parse ends a name on, left out by the NER
    ("Coordinating Minister Luhut Binsar Pandjaitan accused Brussels of double standards.",
     [("Luhut Binsar Pandjaitan", "accuses", "European Union", "positive")], []),

    # "the Iran-backed group" is no state's force named before
    ("Yemen's Houthis have attacked ships in the Red Sea since November. US Central Command said it shot down "
     "drones on Tuesday. British Defence Secretary Grant Shapps warned that the Iran-backed group would face "
     "consequences if the attacks continued.",
     [("Iran", "supports", "Houthis", "positive")], [("Iran", "supports", "United States", "positive")]),
    # the doer after "by" is whose act a protest is against, not the owner of the airspace
    ("Bangladesh's ambassador Masud Bin Momen protested against repeated violations of Bangladeshi airspace by "
     "Myanmar military helicopters.",
     [("Masud Bin Momen", "protestsAgainst", "Myanmar", "positive")],
     [("Masud Bin Momen", "protestsAgainst", "Bangladesh", "positive")]),
    # "On the instruction of X" names no topic
    ("On the instruction of President Volodymyr Zelenskyy, Ukraine has initiated consultations with Germany.",
     [("Ukraine", "negotiatesWith", "Germany", "positive")],
     [("Ukraine", "discusses", "instruction of president volodymyr zelenskyy", "positive")]),
    # a body's acronym between the title and the name
    ("Meanwhile, Secretary-General of the Gulf Cooperation Council (GCC) Jasem Mohamed Albudaiwi expressed "
     "support for Kuwait.",
     [("Jasem Mohamed Albudaiwi", "leaderOf", "Gulf Cooperation Council", "positive")], []),
    # a meeting in the adjunct of "a statement issued after ..." is the speaker's
    ("In a statement issued after a meeting with Foreign Minister Abdallah Bou Habib on Monday, Prime Minister "
     "Najib Mikati said the attack exposed Lebanon to risks.",
     [("Najib Mikati", "meets", "Abdallah Bou Habib", "positive")], []),

    # "member states" with no owner: the international body named last
    ("EU countries failed to agree on the cap. European Commission President Ursula von der Leyen urged member "
     "states to close the deal quickly.",
     [("Ursula von der Leyen", "appealsTo", "European Union", "positive")], []),
    # "including a complaint to the WTO": the listed measure is the clause subject's
    ("Australian Trade Minister Simon Birmingham said Canberra would consider all options, including a complaint "
     "to the World Trade Organization.",
     [("Australia", "appealsTo", "World Trade Organization", "positive")], []),

    # a verb coordinated with an adjective continues the verb above it
    ("India on Friday rejected a statement issued by the OIC Contact Group, calling its references \"factually "
     "incorrect and unwarranted\" and accusing Pakistan of hijacking the grouping.",
     [("India", "accuses", "Pakistan", "positive")], []),
    # a plain past after a reported perfect continues the reporting verb
    ("Brigadier General Ahmed Asiri, the coalition's spokesman, said the rebels had committed hundreds of violations "
     "of the ceasefire, including shelling Taiz, and accused Iran of smuggling weapons to the group.",
     [("Ahmed Asiri", "accuses", "Iran", "positive")], [("Houthis", "accuses", "Iran", "positive")]),
    # "forces loyal to X" blamed: X
    ("The airport was hit by a drone strike that the Government of National Accord (GNA) blamed on forces loyal to "
     "commander Khalifa Haftar.",
     [("Government of National Accord", "accuses", "Khalifa Haftar", "positive")], []),

    # "flawed" judges
    ("The US State Department has described Uganda's electoral process as \"fundamentally flawed\".",
     [("United States", "criticizes", "Uganda", "positive")], []),

    # an answer vowed after an assault named in the same sentence
    ("Turkey said on Tuesday that five of its soldiers had been killed by Syrian government shelling at an "
     "observation post in Idlib, and vowed to retaliate.",
     [("Turkey", "threatens", "Syria", "positive")], []),

    # a speaker reported as warning is charged with nothing
    ("Ukraine's Ministry of Foreign Affairs issued a statement on Thursday. The Ministry notes that the Chief "
     "Executive Officer of Naftogaz, Yuriy Vitrenko, has already warned that Gazprom is deliberately reducing its "
     "bookings of transit capacity through Ukraine this year.",
     [("Yuriy Vitrenko", "accuses", "Gazprom", "positive")], [("Ukraine", "accuses", "Yuriy Vitrenko", "positive")]),

    # a refused meeting puts neither side abroad for it
    ("Chinese Defence Minister Dong Jun refused to meet US Defense Secretary Lloyd Austin in Singapore.",
     [("Dong Jun", "meets", "Lloyd Austin", "negative")], [("Dong Jun", "visits", "Singapore", "negative")]),
    # "a Koran" is no place
    ("Turkey summoned the Swedish ambassador over the burning of a Koran in Stockholm.",
     [("Turkey", "protestsAgainst", "Sweden", "positive")], [("Koran", "locatedIn", "Stockholm", "positive")]),

    # "in a phone call with Y" hung on the noun before it: the call is the clause's setting
    ("Ukrainian President Volodymyr Zelensky thanked Britain for its unwavering support in a phone call with Prime "
     "Minister Keir Starmer.",
     [("Volodymyr Zelensky", "meets", "Keir Starmer", "positive"), ("United Kingdom", "supports", "Ukraine", "positive")],
     []),

    # a noun the tagger read as a verb, with an owner
    ("Taiwan condemned China's large-scale military drills around the island.",
     [("Taiwan", "criticizes", "China", "positive")], []),
    # "raised the issue of X with Y": Y is whom it was raised with
    ("Canada's Prime Minister Justin Trudeau said he had raised the issue of foreign interference with Chinese "
     "President Xi Jinping on the sidelines of the G20 summit.",
     [("Justin Trudeau", "meets", "Xi Jinping", "positive"), ("Justin Trudeau", "discusses", "foreign interference", "positive")],
     []),

    # a case filed against a state at a court
    ("South Africa filed a case against Israel at the International Court of Justice.",
     [("South Africa", "accuses", "Israel", "positive"), ("South Africa", "appealsTo", "International Court of Justice", "positive")],
     []),
    # "designated X a state sponsor of terrorism": a sanction
    ("Lithuania's parliament voted to designate Russia a state sponsor of terrorism.",
     [("Lithuania", "sanctions", "Russia", "positive")], []),

    # returning fire attacks the last assailant of the returning side
    ("North Korean artillery shelled Yeonpyeong Island, and South Korea returned fire with self-propelled howitzers.",
     [("South Korea", "attacks", "North Korea", "positive")], []),

    # a campaign launched in a region
    ("Azerbaijani forces launched an offensive in Nagorno-Karabakh on Tuesday.",
     [("Azerbaijan", "attacks", "Nagorno-Karabakh", "positive")], []),

    # troops sent into a country in pursuit of another foe do not attack the country
    ("Kenya first sent troops into Somalia in October 2011 in pursuit of al-Shabaab militants.",
     [], [("Kenya", "attacks", "Somalia", "positive")]),
    # fire returned is no event a later "the shelling" refers to
    ("North Korea rained artillery shells on a South Korean island on Tuesday, killing two South Korean marines. "
     "South Korea returned fire with self-propelled howitzers and scrambled fighter jets. UN Secretary-General "
     "Ban Ki-moon condemned the shelling.",
     [("Ban Ki-moon", "criticizes", "North Korea", "positive")], [("Ban Ki-moon", "criticizes", "South Korea", "positive")]),

]


@pytest.mark.parametrize("text,expected,absent", CASES, ids=[c[0][:50] for c in CASES])
def test_constructions(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)


@pytest.mark.parametrize("source,country", [("Kathimerini English Edition", "GRC"), ("Yonhap News Agency", "KOR"),
                                            ("Dawn", "PAK"), ("Reuters", None), ("Agence France-Presse (AFP)", None),
                                            ("Deutsche Welle (DW)", None)])
def test_outlet_country(source, country):
    """A national outlet whose name carries no country is known by the outlets table."""
    from kg.resolve.focus import source_country
    from kg.types import Article

    assert source_country(Article(id="t", title="", text="", date=None, source=source)) == country


def test_national_outlet_leaves_its_ministers_unmarked(nlp):
    """"Foreign Minister X" in a Greek paper's story on Greece and Turkey is Greece's."""
    from kg.extract import extract_doc
    from kg.types import Article

    text = ("Foreign Minister Nikos Dendias told his German counterpart on Tuesday that Greece remains open to "
            "dialogue with Turkey. Greece says Turkey must withdraw its ships. Turkey rejected the call. Greek "
            "officials said Greece would not negotiate under threat.")
    article = Article(id="t", title="", text=text, date="2020-08-26", source="Kathimerini English Edition")
    got = {(f.subject, f.predicate, f.object) for f in extract_doc(nlp(text), article).facts}
    assert ("Nikos Dendias", "memberOf", "Greece") in got


def test_object_read_as_a_first_verdict(nlp):
    """"called the government of X 'illegitimate'": the parser reads the object as a first verdict;
    the government's country or its head is criticised."""
    got = {(f.subject, f.predicate, f.object) for f in
           facts(nlp, "Trump called the government of President Nicolas Maduro \"illegitimate\".")}
    assert {("Trump", "criticizes", "Venezuela"), ("Trump", "criticizes", "Nicolas Maduro")} & got, got
