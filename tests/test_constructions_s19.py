"""Session 19: general constructions found missing in the invented sets opened in session 19
(h95-h98, written blind in session 18). Every text is invented."""
from __future__ import annotations

import pytest

from tests.factkit import check_row, facts

#: (text, facts expected, facts that must be absent)
CASES = [
    # "who" after a title set beside a person is the person, not the body the title names
    ("Opposition leader Juan Guaido, the National Assembly speaker who proclaimed himself acting president in January "
     "and has been recognized by the United States, vowed that the aid will enter Venezuela.",
     [("United States", "supports", "Juan Guaido", "positive")], [("United States", "supports", "National Assembly", "positive")]),
    # a past act coordinated with a present-tense relative clause goes on the main clause
    ("USAID chief Samantha Power arrived in Addis Ababa. Before arriving in Ethiopia, Power toured camps in eastern Sudan "
     "that host thousands of refugees and held talks in Khartoum with Sudanese Prime Minister Abdalla Hamdok.",
     [("Samantha Power", "meets", "Abdalla Hamdok", "positive")], [("Sudan", "negotiatesWith", "Abdalla Hamdok", "positive")]),
    ("The ministry criticised the camps that house migrants and said the conditions were poor.", [], []),
    # a past act after what is said in another tense is the sayer's next act
    ("Ethiopia blamed the rebels for the blockade. TPLF spokesman Getachew Reda dismissed that claim, saying Tigrayan forces "
     "would guarantee safe passage, and accused the government of using starvation as a weapon.",
     [("Getachew Reda", "accuses", "Ethiopia", "positive")], [("Tigrayan", "accuses", "Ethiopia", "positive")]),
    # an object pronoun never means any coordinated subject of its clause
    ("Giorgia Meloni was sworn in as prime minister on Saturday. Hungarian Premier Viktor Orban and Polish Premier Mateusz "
     "Morawiecki were among the first European leaders to congratulate her.",
     [("Viktor Orban", "supports", "Giorgia Meloni", "positive"), ("Mateusz Morawiecki", "supports", "Giorgia Meloni", "positive")],
     [("Viktor Orban", "supports", "Mateusz Morawiecki", "positive")]),
    # a name after a comma hung on the verb is the apposition of the title before the comma
    ("South African Foreign Minister Naledi Pandor held a meeting with the Minister of Foreign Affairs of Brazil, "
     "Ambassador Mauro Vieira, on the margins of the summit.",
     [("Naledi Pandor", "meets", "Mauro Vieira", "positive"), ("Mauro Vieira", "memberOf", "Brazil", "positive")], []),
    # a participle right after the definite noun of a verbless sentence is its main verb
    ("Pakistani Foreign Minister Shah Mahmood Qureshi arrived in Ankara. Earlier in the day, the foreign minister called on "
     "President Recep Tayyip Erdogan at the Presidential Complex.",
     [("Shah Mahmood Qureshi", "meets", "Recep Tayyip Erdogan", "positive")], []),
    ("The aid requested by Kabul arrived on Monday.", [], []),
    # a two-word "person" named exactly like a state of a country of the article is that place
    ("Indian Foreign Minister S. Jaishankar visited Sri Lanka. They discussed ferry services between Tamil Nadu and the "
     "Jaffna peninsula. He also met opposition leader R. Sampanthan.",
     [("S. Jaishankar", "meets", "R. Sampanthan", "positive")], [("Tamil Nadu", "meets", "R. Sampanthan", "positive")]),
    # the last word of a two-word title is no part of the name after it
    ("Vietnam's Foreign Minister Pham Binh Minh raised the issue with China's top diplomat, State Councillor Yang Jiechi, "
     "in a telephone call.", [("Pham Binh Minh", "meets", "Yang Jiechi", "positive"), ("Yang Jiechi", "memberOf", "China", "positive")],
     [("Pham Binh Minh", "meets", "Councillor Yang Jiechi", "positive")]),
    # a fronted phrase ending in a name leaves the subject before the auxiliaries
    ("Floods killed thousands in Libya, and Libyan officials said Libya needed help. On the directives of President Mohamed bin Zayed, the UAE has sent two aid "
     "planes carrying food to Benghazi. Libya thanked the UAE.", [("United Arab Emirates", "aids", "Libya", "positive")], []),
    # a required preposition fronted before the verb is no part of its phrase
    ("An earthquake struck Nepal. At the request of the Government of Nepal, the Government of India launched a "
     "large-scale rescue and relief operation within hours.", [], [("India", "attacks", "Nepal", "positive")]),
    ("North Korea launched missiles at Japan on Monday.", [("North Korea", "attacks", "Japan", "positive")], []),
    # an effort named by the help it brings
    ("Turkey launched a humanitarian operation in northern Syria.", [("Turkey", "aids", "Syria", "positive")], []),
    ("Israel launched a military operation in Gaza.", [], [("Israel", "aids", "Gaza", "positive")]),
    # thanks for an amount of help: the thanked side (a person's country) aids the thanker's
    ("Sri Lankan Foreign Minister Ali Sabry thanked India for the nearly $4 billion in emergency assistance it extended.",
     [("India", "aids", "Sri Lanka", "positive")], []),
    ("Pakistani Foreign Minister Bilawal Bhutto-Zardari said he had thanked Secretary of State Antony Blinken for an "
     "additional $10m in food aid.", [("United States", "aids", "Pakistan", "positive")], []),
    ("The minister thanked Japan for its support.", [], [("Japan", "aids", "Japan", "positive")]),
    # a capitalised plural title the NER tagged as a body is a description of people
    ("South African Foreign Minister Naledi Pandor met Brazilian Foreign Minister Mauro Vieira at the meeting of BRICS "
     "Ministers of Foreign Affairs. The Ministers exchanged views on the expansion of the BRICS membership.",
     [("Naledi Pandor", "discusses", "expansion of the brics membership", "positive"),
      ("Mauro Vieira", "discusses", "expansion of the brics membership", "positive")], []),
    # an initiative led by someone is the topic, not its leader
    ("South African Foreign Minister Naledi Pandor met her Brazilian counterpart. Minister Pandor briefed her "
     "counterpart on the African Peace Initiative, led by President Cyril Ramaphosa.",
     [("Naledi Pandor", "discusses", "african peace initiative", "positive")], [("Naledi Pandor", "discusses", "Cyril Ramaphosa", "positive")]),
    # a range of things and its named specifics
    ("Indian Prime Minister Narendra Modi met Brazilian President Michel Temer in Goa. The leaders reviewed the entire "
     "gamut of bilateral relations, including trade and investment, defence and agriculture.",
     [("Narendra Modi", "discusses", "trade", "positive"), ("Michel Temer", "discusses", "defence", "positive")],
     [("Narendra Modi", "discusses", "entire gamut of bilateral relations", "positive")]),
    # a fronted "On X," names the topic talked about
    ("On Afghanistan, Pakistani Foreign Minister Shah Mahmood Qureshi and Turkish Foreign Minister Mevlut Cavusoglu "
     "discussed the situation arising from the withdrawal of US forces.",
     [("Shah Mahmood Qureshi", "discusses", "Afghanistan", "positive")], []),
    ("On Monday, Qureshi discussed trade with Cavusoglu.", [], [("Qureshi", "discusses", "Monday", "positive")]),
    # a quarrel carried further on a condition is a threat to the other side
    ("Australian Trade Minister Don Farrell met Chinese Commerce Minister Wang Wentao. Farrell said Australia would "
     "resume the barley dispute at the WTO if the review does not result in the duties being removed.",
     [("Australia", "threatens", "China", "positive")], []),
    # no one threatens their own side
    ("Chinese foreign ministry spokeswoman Mao Ning spoke on Friday. \"China has made representations to the Dutch "
     "side,\" Mao said, warning that Beijing would take resolute measures if Chinese companies were harmed.",
     [], [("Mao Ning", "threatens", "China", "positive")]),
    # an agentless passive right after a meeting is its sides' talk
    ("President Putin had a telephone conversation with Prime Minister Netanyahu. The situation in the Middle East was "
     "discussed.", [("Putin", "discusses", "situation in the middle east", "positive"),
                    ("Netanyahu", "discusses", "situation in the middle east", "positive")], []),
    ("Rodriguez met Holguin in Caracas. Rodriguez said Venezuela would not lift the measures until its concerns were "
     "addressed.", [], [("Rodriguez", "discusses", "concerns", "positive")]),
    # "an exchange of views on X", "touched upon X"
    ("Wang Yi and Lavrov held an exchange of views on the Ukraine crisis.", [("Wang Yi", "discusses", "crisis", "positive")], []),
    ("Bangladeshi Foreign Minister A.K. Abdul Momen met Indian External Affairs Minister S. Jaishankar in Dhaka. The two "
     "ministers also touched upon the Rohingya issue.", [("S. Jaishankar", "discusses", "rohingya issue", "positive")], []),
    # a known office-holder named by title and surname only
    ("Chancellor Scholz and President Macron talked about energy prices during their meeting in Paris.",
     [("Scholz", "discusses", "energy prices", "positive")], []),
    # "the Prime Minister and President X": two people when X has a title of their own
    ("British Prime Minister Rishi Sunak spoke to Kenyan President William Ruto today. The Prime Minister and President "
     "Ruto condemned the terrorist attack by Hamas on Israel.", [("Rishi Sunak", "criticizes", "Hamas", "positive")], []),
    # acts repeated by others: "followed suit", "did the same", "as did X"
    ("The United States recognized Guaido. Canada, Brazil and Colombia were among the governments in the region that "
     "quickly followed suit, as did the Organization of American States (OAS).",
     [("Canada", "supports", "Guaido", "positive"), ("Colombia", "supports", "Guaido", "positive"),
      ("Organization of American States", "supports", "Guaido", "positive")], []),
    ("The EU imposed sanctions on Belarus. Britain did the same a day later.",
     [("United Kingdom", "sanctions", "Belarus", "positive")], []),
    ("Egypt condemned Israel, as did Jordan.", [("Jordan", "criticizes", "Israel", "positive")], []),
    ("Diplomats said Russia and China were likely to block any new sanctions on North Korea, as they did in May.", [],
     [("Russia", "supports", "North Korea", "positive")]),
    # an object pronoun in the phrase of a verb's object is not the verb's subject
    ("US Treasury Secretary Janet Yellen arrived in Guangzhou. Vice Premier He Lifeng held talks with her on Friday.",
     [("He Lifeng", "meets", "Janet Yellen", "positive")], []),
    # a vague collection noun gives way to what it collects; a counted trend stays the topic
    ("On bilateral matters, Chile voiced alarm at the rising number of border crossings.",
     [("Chile", "concernedAbout", "rising number of border crossings", "positive")], []),
    # a known office-holder named with a second (maternal) surname
    # a pronoun looks back: not to a name later in its own sentence
    ("UN relief chief Martin Griffiths toured Hatay. \"It is our job,\" he told reporters. His comments came a day after "
     "he met Syrian President Bashar al-Assad in Damascus, where Assad agreed to open two crossings, Bab al-Salam and "
     "Al Rai.", [("Martin Griffiths", "meets", "Bashar al-Assad", "positive")],
     [("Bab al-Salam", "meets", "Bashar al-Assad", "positive")]),
    # concerns raised with someone: a meeting; a meeting one is unable to secure did not happen
    ("Power said she had raised her concerns with Foreign Minister Demeke Mekonnen, but she was unable to secure a "
     "meeting with Prime Minister Abiy Ahmed.", [("Power", "meets", "Demeke Mekonnen", "positive"),
                                                 ("Power", "meets", "Abiy Ahmed", "negative")],
     [("Power", "meets", "Abiy Ahmed", "positive")]),
    ("Japan discussed cooperation with India.", [], [("Japan", "meets", "India", "positive")]),
    # "the Secretary" after a "Secretary of State"; the importance of a named thing as a topic
    ("Secretary of State Antony Blinken spoke today with Indian External Affairs Minister S. Jaishankar. The Secretary "
     "and the Minister discussed the situation in Afghanistan. The Secretary stressed the importance of a free and open "
     "Indo-Pacific.", [("Antony Blinken", "discusses", "situation in afghanistan", "positive"),
                       ("S. Jaishankar", "discusses", "situation in afghanistan", "positive"),
                       ("Antony Blinken", "discusses", "free and open indo-pacific", "positive")], []),
    # a bare "on" whose object the parser made the verb's direct object
    ("External Affairs Minister S. Jaishankar called on Prime Minister Sheikh Hasina and conveyed the greetings of "
     "Prime Minister Modi.", [("S. Jaishankar", "meets", "Sheikh Hasina", "positive")], []),
    # an office the gazetteer knows as the name of the body it heads
    ("Filippo Grandi, the UN High Commissioner for Refugees, visited the camps.",
     [("Filippo Grandi", "leaderOf", "UN High Commissioner for Refugees", "positive")], []),
    # the unnamed head of a named body as the subject of its own relative clause
    ("Filippo Grandi, the UN High Commissioner for Refugees, arrived in Dhaka. The UNHCR chief, who held talks with "
     "Foreign Minister A.H. Mahmood Ali on Saturday, said the agency would airlift more shelter materials.",
     [("Filippo Grandi", "meets", "A.H. Mahmood Ali", "positive")], []),
    # a text or campaign launched somewhere is no strike
    ("The UN launched an appeal at a ceremony in Geneva.", [], [("United Nations", "attacks", "Geneva", "positive")]),
    ("Russia launched a massive missile attack at Kyiv.", [("Russia", "attacks", "Kyiv", "positive")], []),
]


@pytest.mark.parametrize("text,expected,absent", CASES, ids=[c[0][:50] for c in CASES])
def test_constructions(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)


def test_town_never_acting_is_a_place(nlp):
    """"sent trucks through Adre": a one-word name the NER took for a person, never a subject
    and only ever where a place goes, is a Location."""
    from kg.resolve import resolve
    from kg.types import Article

    text = "The UN sent trucks through Adre on Wednesday. The trucks moved through Adre again on Thursday."
    found = resolve(nlp(text), Article(id="t", title="", text=text))
    assert [(e.label, e.type) for e in found.entities.values() if e.label == "Adre"] == [("Adre", "Location")]


def test_second_surname_finds_the_office_holder(nlp):
    """A known office-holder named with a second (maternal) surname the dictionary leaves out."""
    found = facts(nlp, "Administrator Mark Green met President Iván Duque Márquez in Bogotá on Tuesday.", date="2019-07-18")
    check_row(found, [("Iván Duque Márquez", "leaderOf", "Colombia", "positive")],
              [("Iván Duque Márquez", "leaderOf", "United States", "positive")])
