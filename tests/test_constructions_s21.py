"""Session 21: general constructions found missing in the studied sets and in probe
sentences written for the weakest relations on the blind sets. Every text is invented."""
from __future__ import annotations

import pytest

from tests.factkit import check_row, facts

#: (text, facts expected, facts that must be absent)
CASES = [
    # a subject the parser hung on an auxiliary is the subject of the verb it helps
    ("Qatar and Egypt have been mediating between Israel and Hamas for months.",
     [("Qatar", "negotiatesWith", "Israel", "positive"), ("Egypt", "negotiatesWith", "Hamas", "positive")], []),
    # a go-between of a definite deal whose sides a sentence before named
    ("A ceasefire between Israel and Islamic Jihad took effect on Thursday. Islamic Jihad said Egypt had brokered "
     "the deal.",
     [("Egypt", "negotiatesWith", "Israel", "positive"), ("Egypt", "negotiatesWith", "Islamic Jihad", "positive")], []),
    ("Talks between Sudan and South Sudan resumed in Addis Ababa on Monday. The truce, brokered by the African Union, "
     "held.",
     [("African Union", "negotiatesWith", "South Sudan", "positive")], []),
    ("A ceasefire between Israel and Hamas took hold on Friday. Egypt did not broker the truce.", [],
     [("Egypt", "negotiatesWith", "Israel", "positive")]),
    ("A ceasefire between Israel and Hamas took hold on Friday. Egypt brokered a deal with Jordan.", [],
     [("Egypt", "negotiatesWith", "Hamas", "positive")]),
    # a fronted role of go-between: the sides of the talks told a few sentences before
    ("Talks between Iran and Saudi Arabia were held in Beijing last week. Officials praised the outcome. \"As a "
     "good-faith and reliable mediator, China has fulfilled its duties,\" Wang Yi said.",
     [("China", "negotiatesWith", "Iran", "positive"), ("China", "negotiatesWith", "Saudi Arabia", "positive")], []),
    ("As a member of the alliance, Turkey has voted for the plan.", [], [("Turkey", "negotiatesWith", "plan", "positive")]),
    # a matter on the agenda of talks, or that figured or came up in them, is discussed by their sides
    ("The fate of the hostages was high on the agenda of the talks between Blinken and Netanyahu.",
     [("Blinken", "discusses", "fate of the hostages", "positive"),
      ("Netanyahu", "discusses", "fate of the hostages", "positive")], []),
    ("Modi met Hasina in Delhi on Friday. The Teesta water dispute came up during the meeting.",
     [("Hasina", "discusses", "teesta water dispute", "positive")], []),
    ("Modi met Hasina in Delhi on Friday. Trade was not on the agenda.", [], [("Modi", "discusses", "trade", "positive")]),
    ("Biden met Xi in California. Xi was at the meeting with a large delegation.", [],
     [("Biden", "discusses", "Xi", "positive")]),
    # an extraposed clause judged by a verdict: whoever acts in it is criticised
    ("Defence Minister Nosiviwe Mapisa-Nqakula told Parliament that it was unfortunate that Rwanda had moved in "
     "before the regional force.", [("Nosiviwe Mapisa-Nqakula", "criticizes", "Rwanda", "positive")], []),
    ("Japan said it was unacceptable for Russia to seize the ships.", [("Japan", "criticizes", "Russia", "positive")], []),
    ("Japan said it was not unacceptable that Russia seized the ships.", [],
     [("Japan", "criticizes", "Russia", "positive")]),
    ("Japan said it was unfortunate that the talks failed.", [], []),
    ("Israel struck targets in Gaza. The minister, Nosiviwe Mapisa-Nqakula, told Parliament that it was unfortunate "
     "that Rwanda had moved in.", [("Nosiviwe Mapisa-Nqakula", "criticizes", "Rwanda", "positive")],
     [("Nosiviwe Mapisa-Nqakula", "criticizes", "Israel", "positive")]),
    # a condition in the passive names the one it would answer in its "by" phrase
    ("Iran warned it would retaliate if attacked by Israel.", [("Iran", "threatens", "Israel", "positive")], []),
    # the second in rank is a member, never the leader the bare title names
    ("Bagheri met Enrique Mora, the deputy secretary general of the European Union.",
     [("Enrique Mora", "memberOf", "European Union", "positive")], [("Enrique Mora", "leaderOf", "European Union", "positive")]),
    ("Deputy Foreign Minister Sergei Ryabkov met Bagheri.", [("Sergei Ryabkov", "memberOf", "Russia", "positive")], []),
    # who heads a country's side holds their own office in it
    ("The Saudi side was led by intelligence chief Khalid al-Humaidan.",
     [("Khalid al-Humaidan", "memberOf", "Saudi Arabia", "positive")],
     [("Khalid al-Humaidan", "leaderOf", "Saudi Arabia", "positive")]),
    ("The Iranian delegation was headed by President Ebrahim Raisi.",
     [("Ebrahim Raisi", "leaderOf", "Iran", "positive")], []),
    # who heads a unit of a body is a member of the body
    ("John Smith, who heads the European Union's diplomatic service, spoke to reporters.",
     [("John Smith", "memberOf", "European Union", "positive")], [("John Smith", "leaderOf", "European Union", "positive")]),
    ("John Smith, who heads NATO, spoke to reporters.", [("John Smith", "leaderOf", "North Atlantic Treaty Organization",
                                                          "positive")], []),
    # a name with a lower-case particle is one name
    ("The SPLM-IO met in Addis Ababa. Mabior Garang de Mabior, who heads the movement's information committee, "
     "spoke to reporters.", [("Mabior Garang de Mabior", "memberOf", "Sudan People's Liberation Movement", "positive")],
     []),
    # an act named by its own noun ("the suspension") points back at its doer
    ("Mercosur suspended Paraguay on Friday. Franco condemned the suspension.",
     [("Franco", "criticizes", "Mercosur", "positive")], []),
    # a chairmanship: the chair leads the body
    ("Jakarta welcomed Indonesia's chairmanship of ASEAN in 2023.",
     [("Indonesia", "leaderOf", "Association of Southeast Asian Nations", "positive")], []),
    ("The talks were sponsored by the African Union under the chairmanship of Congo's President Felix Tshisekedi.",
     [("Felix Tshisekedi", "leaderOf", "African Union", "positive")], []),
    # a titled description coreference resolved to a person gives the person the title
    ("Vladimir Putin spoke with Pashinyan by phone. Pashinyan informed the President of Russia about the situation.",
     [("Vladimir Putin", "leaderOf", "Russia", "positive")], []),
    ("Kim Yo Jong, the North Korean leader's younger sister, was at his side.", [],
     [("Kim Yo Jong", "leaderOf", "North Korea", "positive")]),
    # an idiom of how people met is no object of the meeting
    ("South Sudan's President Salva Kiir and rebel leader Riek Machar met face to face on Wednesday.",
     [("Salva Kiir", "meets", "Riek Machar", "positive")], []),
    # a campaign of strikes is carried out by who carries out the campaign
    ("Turkey has carried out a campaign of air strikes against PKK positions in Syria.",
     [("Turkey", "attacks", "Kurdistan Workers' Party", "positive")], []),
    # "its Houthi rivals": a rival group named on the noun
    ("Yemen's government walked out of the talks, accusing its Houthi rivals of blocking any progress.",
     [("Yemen", "accuses", "Houthi", "positive")], []),
    ("Baroness Valerie Amos, the UN Under-Secretary-General for Humanitarian Affairs, said aid could not get through.",
     [("Valerie Amos", "memberOf", "United Nations", "positive")], [("Valerie Amos", "leaderOf", "United Nations", "positive")]),
    # coordinated nationalities before a plural title pair with the names in order
    ("Cavusoglu met his Syrian and Russian counterparts, Faisal Mekdad and Sergey Lavrov.",
     [("Sergey Lavrov", "memberOf", "Russia", "positive"), ("Faisal Mekdad", "memberOf", "Syria", "positive")],
     [("Sergey Lavrov", "memberOf", "Syria", "positive")]),
    # the names after a plural title are the people it describes, not more sides
    ("The foreign ministers of Japan and South Korea, Yoshimasa Hayashi and Park Jin, met in Tokyo.",
     [("Yoshimasa Hayashi", "meets", "Park Jin", "positive")], [("Japan", "meets", "Park Jin", "positive")]),
    # taking control of a place by force
    ("The M23 took control of Kiwanja and Rutshuru.", [("M23", "attacks", "Kiwanja", "positive")], []),
    ("The army took control of the situation.", [], []),
    # a hope expressed that another side will act is an appeal to it
    ("Pashinyan expressed the hope that Russia, as an ally, would contribute to the withdrawal of the units.",
     [("Pashinyan", "appealsTo", "Russia", "positive")], []),
    # a relative clause on a description set beside a named body is about the body
    ("Hamas, the Islamist movement that has fought three wars with Israel, kept its fighters out.",
     [("Hamas", "attacks", "Israel", "positive")], [("Islamist", "attacks", "Israel", "positive")]),
    ("Hezbollah, the Shiite group that fought a war with Israel in 2006, kept quiet.",
     [("Hezbollah", "attacks", "Israel", "positive")], []),
    # "its <name> region" for a country: the region lies in it
    ("Ethiopia said fighting continued in its northern Tigray region.", [("Tigray", "locatedIn", "Ethiopia", "positive")],
     []),
    ("Russia said its Wagner group had left.", [], [("Wagner", "locatedIn", "Russia", "positive")]),
    # talks that date the clause, hung by the parser on the object's last noun
    ("Blinken stressed the need for a ceasefire during talks with Netanyahu.",
     [("Blinken", "meets", "Netanyahu", "positive")], []),
    # a call described by what it focused on
    ("Rubio and Lavrov held a phone call focusing on Ukraine.", [("Rubio", "discusses", "Ukraine", "positive")], []),
    # a national force's name keeps the whole country word and a "Royal" before it
    ("The Sri Lankan Navy seized the boats.", [("Sri Lankan Navy", "memberOf", "Sri Lanka", "positive")], []),
    ("A Royal New Zealand Air Force plane landed in Tonga.",
     [("Royal New Zealand Air Force", "memberOf", "New Zealand", "positive")], []),
    # memberships said in relative clauses, seats and roles
    ("Kenya and Somalia traded accusations at the African Union, of which both countries are members.",
     [("Somalia", "memberOf", "African Union", "positive"), ("Kenya", "memberOf", "African Union", "positive")], []),
    ("Armenia and Kyrgyzstan clashed. The Collective Security Treaty Organization, a Moscow-led bloc to which both "
     "countries belong, met in Minsk.", [("Kyrgyzstan", "memberOf", "Collective Security Treaty Organization",
                                         "positive")], []),
    ("Japan is a non-permanent member of the UN Security Council.",
     [("Japan", "memberOf", "UN Security Council", "positive")], []),
    ("The vote was held on Monday. Slovenia, which currently holds a non-permanent seat on the UN Security Council, "
     "called for a meeting.", [("Slovenia", "memberOf", "UN Security Council", "positive")], []),
    ("Kazakhstan, as the current SCO chair, hosted the summit.",
     [("Kazakhstan", "leaderOf", "Shanghai Cooperation Organisation", "positive")], []),
    # a body's name ending in a title word is no title ("... Regional Government, X")
    ("The prime minister of the Kurdistan Regional Government, Masrour Barzani, met Erdogan.",
     [("Masrour Barzani", "leaderOf", "Kurdistan Regional Government", "positive")], []),
    ("Lithuania's Vice-Minister of Foreign Affairs Mantas Adomenas met Blinken.",
     [("Mantas Adomenas", "memberOf", "Lithuania", "positive")], []),
    # a title noun set off by commas after a name, parsed as a second subject
    ("Asif Ghafoor, the spokesman for the Pakistani armed forces, spoke.",
     [("Asif Ghafoor", "memberOf", "Pakistan", "positive")], []),
    ("Michael Gahler and Raphael Glucksmann, Members of the European Parliament, were sanctioned.",
     [("Raphael Glucksmann", "memberOf", "European Parliament", "positive")], []),
    # a title right before another person's name is that person's ("A, his Syrian counterpart B")
    ("The talks followed a meeting between Defence Minister Hulusi Akar, his Syrian counterpart Ali Mahmoud Abbas and "
     "Russian Defence Minister Sergei Shoigu.", [("Ali Mahmoud Abbas", "memberOf", "Syria", "positive")],
     [("Hulusi Akar", "memberOf", "Syria", "positive")]),
    # leading an activity is no leading of a body
    ("Pedersen, who has been leading UN efforts to revive a stalled political process, spoke.", [],
     [("Pedersen", "leaderOf", "United Nations", "positive")]),
    # the head of a region or emirate leads it, not the country it lies in
    ("Sheikh Mohammed bin Rashid Al Maktoum, Ruler of Dubai, met Modi.",
     [("Mohammed bin Rashid Al Maktoum", "leaderOf", "Dubai", "positive")], []),
    ("Nechirvan Barzani, President of the Kurdistan Region of Iraq, met Erdogan.", [],
     [("Nechirvan Barzani", "leaderOf", "Iraq", "positive")]),
    # the speaker between the last commas before a closing "said" is its subject, not a target
    ("Russian missiles hit Mykolaiv overnight, the city's mayor, Oleksandr Senkevych, said.",
     [("Russia", "attacks", "Mykolaiv", "positive")], [("Russia", "attacks", "Oleksandr Senkevych", "positive")]),
    # who leads a body's team or mission is one of its people; presiding over a meeting leads no body;
    # "whose country chairs X" is the country's chair
    ("An IMF mission led by Peter Breuer has been in Colombo since Monday.",
     [("Peter Breuer", "memberOf", "International Monetary Fund", "positive")],
     [("Peter Breuer", "leaderOf", "International Monetary Fund", "positive")]),
    ("President Yoon Suk Yeol, who presided over a Cabinet meeting earlier in the day, spoke.", [],
     [("Yoon Suk Yeol", "leaderOf", "Cabinet", "positive")]),
    ("Malaysian Prime Minister Anwar Ibrahim, whose country currently chairs the Association of Southeast Asian "
     "Nations, spoke.", [], [("Anwar Ibrahim", "leaderOf", "Association of Southeast Asian Nations", "positive")]),
    # a region's president named before the title ("Puntland President X"); not a firm's
    ("Puntland President Said Abdullahi Deni met Kenyan officials.",
     [("Said Abdullahi Deni", "leaderOf", "Puntland", "positive")], []),
    ("Microsoft President Brad Smith met Biden.", [], [("Brad Smith", "leaderOf", "Microsoft", "positive")]),
    # "among the critics of Y"
    ("France has been among the most vocal critics of Russia.", [("France", "criticizes", "Russia", "positive")], []),
]


@pytest.mark.parametrize("text,expected,absent", CASES, ids=[c[0][:50] for c in CASES])
def test_constructions(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)
