"""Session 18: general constructions found missing by probe sentences and by the unseen
invented sets opened in session 18. Every text is invented."""
from __future__ import annotations

import pytest

from tests.factkit import check_row, facts

#: (text, facts expected, facts that must be absent)
CASES = [
    # a verdict of unsafe or unprofessional conduct
    ("Prime Minister Anthony Albanese said the Chinese navy's behaviour was \"unsafe and unprofessional\".",
     [("Anthony Albanese", "criticizes", "China", "positive")], []),
    # harbouring armed groups is a charge in itself
    ("Venezuela claimed that Colombia was harbouring armed groups.", [("Venezuela", "accuses", "Colombia", "positive")], []),
    # the unnamed head or official of a named body
    ("UN Secretary-General Antonio Guterres visited Kyiv on Monday. The UN chief urged Russia to withdraw its troops.",
     [("Antonio Guterres", "demandsFrom", "Russia", "positive")], []),
    ("The WHO chief criticized China for withholding data.", [("World Health Organization", "criticizes", "China", "positive")],
     []),
    ("The European Union's special representative for the South Caucasus, Toivo Klaar, appealed to Baku to show restraint.",
     [("Toivo Klaar", "appealsTo", "Azerbaijan", "positive")], [("European Union", "appealsTo", "Azerbaijan", "positive")]),
    ("The Cabinet Secretary criticised Somalia.", [], [("Cabinet", "criticizes", "Somalia", "positive")]),
    # a title after a fronted phrase's name is the clause's subject, not the name's apposition
    ("Crown Prince Mohammed bin Salman met Arab leaders in Jeddah. In his talks with Iraqi Prime Minister "
     "Mustafa Al-Kadhimi, the crown prince reviewed relations. The crown prince also received Jordan's King Abdullah II.",
     [("Mohammed bin Salman", "meets", "Abdullah II", "positive")], [("Mustafa al-Kadhimi", "meets", "Abdullah II", "positive")]),
    # money confirmed or released for someone
    ("Development Minister Andrew Mitchell confirmed £10 million in additional humanitarian funding for Sudan.",
     [("Andrew Mitchell", "aids", "Sudan", "positive")], []),
    # a verb tagged as a noun heading a relative clause with its own subject
    ("Iran, which the United States and Saudi Arabia accuse of supplying the Houthis, denies arming the group.",
     [("United States", "accuses", "Iran", "positive"), ("Saudi Arabia", "accuses", "Iran", "positive")], []),
    # joint operations of two sides are no fight between them
    ("The minister said joint operations between the Somali National Army and ATMIS forces would be intensified.", [],
     [("Somali National Army", "attacks", "ATMIS", "positive")]),
    # a known office-holder's name that starts with a title word ("Amir")
    ("Foreign Minister Bilawal Bhutto-Zardari hosted his Afghan counterpart Amir Khan Muttaqi in Islamabad.",
     [("Bilawal Bhutto-Zardari", "meets", "Amir Khan Muttaqi", "positive")], []),
    # an active verb with its own object hung on a denied passive clause is the denier's next act
    ("The statement, signed by Foreign Minister Denis Moncada, denied that the men had been mistreated and accused "
     "Costa Rican authorities of manipulating an ordinary incident.", [("Denis Moncada", "accuses", "Costa Rica", "positive")],
     [("Denis Moncada", "accuses", "Costa Rica", "negative")]),
    # countries that meet at a border area hold no meeting
    ("The group operates in the tri-border area where Niger, Mali and Burkina Faso meet.", [],
     [("Niger", "meets", "Mali", "positive")]),
    ("The talks were held in Geneva, where Russia and Ukraine meet regularly.", [("Russia", "meets", "Ukraine", "positive")], []),
    # a captured city the tagger read as an adverb
    ("The Houthis, who seized Sana'a in late 2014, have been fighting the government.", [("Houthis", "attacks", "Sanaa", "positive")],
     [("Houthis", "sanctions", "Yemen", "positive")]),
    # places: a kind of district between the name and the noun; a town by a landmark in a region
    ("Two soldiers were killed in the Kurram tribal district of Khyber Pakhtunkhwa.",
     [("Kurram", "locatedIn", "Khyber Pakhtunkhwa", "positive")], [("Khyber Pakhtunkhwa", "locatedIn", "Kurram", "positive")]),
    ("The strike hit Sinune, a town north of Mount Sinjar in Nineveh province.",
     [("Sinune", "locatedIn", "Nineveh", "positive")], [("Sinune", "locatedIn", "Mount Sinjar", "positive")]),
    # help one is thanked for, given to something of the thanker's
    ("Pakistani Prime Minister Imran Khan thanked China for its valuable assistance to Pakistan's economic development.",
     [("China", "aids", "Pakistan", "positive")], []),
    # remarks attributed to someone are theirs
    ("Faki used his address to criticise remarks attributed to US President Donald Trump.",
     [("Faki", "criticizes", "Donald Trump", "positive")], []),
    # a topic of talks hung on the partner
    ("Guterres also held talks with leaders from the region on the war in South Sudan.",
     [("Guterres", "discusses", "war in south sudan", "positive")], []),
    # a bare capitalised title as the subject, in a ministry's style
    ("Prime Minister Narendra Modi met President Michel Temer in Goa on Monday. Prime Minister sought Brazil's support "
     "for India's membership of the Nuclear Suppliers Group.", [("Narendra Modi", "appealsTo", "Brazil", "positive")], []),
    # "both sides": not a pair of bodies named in passing sentences before, but the story's two countries
    ("Armenia accused Azerbaijan of opening fire on its positions near the village of Sotk on Tuesday. Armenia said one soldier was killed. Azerbaijan denied the claim and said Armenia had started the shooting. Armenian Prime Minister Nikol Pashinyan said Armenia would raise the incident with its partners in the European Union and the United States. Azerbaijan's defence ministry said Armenia was to blame. In Moscow, Russian Foreign Ministry spokesperson Maria Zakharova urged both sides to show restraint.",
     [("Maria Zakharova", "appealsTo", "Armenia", "positive"), ("Maria Zakharova", "appealsTo", "Azerbaijan", "positive")],
     [("Maria Zakharova", "appealsTo", "European Union", "positive")]),
    ("Pakistan lodged a protest with Afghanistan after Afghan forces fired on a Pakistani border post. Pakistan said two soldiers were killed. Afghanistan said Pakistan had provoked the clash. Pakistan's foreign office said Afghanistan must act against militants. The clash was the third between Pakistan and Afghanistan this year, Pakistani officials said. Afghanistan rejected the statement. The United Nations urged both sides to exercise restraint.",
     [("United Nations", "appealsTo", "Afghanistan", "positive"), ("United Nations", "appealsTo", "Pakistan", "positive")], []),
    # a count of a named group's people is no back-reference to "the two"
    ("The United States imposed sanctions on two senior Hamas military commanders.",
     [("United States", "sanctions", "Hamas", "positive")], []),
    # goods sent with no destination in an article about one country's disaster go there
    ("A volcanic eruption and tsunami devastated Tonga on Saturday. Tonga's government said three people had died in "
     "Tonga. Australia sent a relief flight to Tonga on Thursday. China said it would send drinking water, food and "
     "other emergency supplies.", [("China", "aids", "Tonga", "positive")], []),
    ("North Korea tested a missile. North Korea said the test was a success. North Korea will not stop. Washington "
     "would maintain pressure on Pyongyang until it gave up its nuclear weapons.", [],
     [("United States", "aids", "North Korea", "positive")]),
    # an amount with a currency sign the tagger read as a number
    ("Prime Minister Luxon announced NZ$12 million in new funding to help Fiji strengthen its border security.",
     [("Luxon", "aids", "Fiji", "positive")], []),
    # a bare surname is the office-holder before a namesake introduced earlier
    ("First Lady Jill Biden visited Kyiv. President Joe Biden said he was proud. Biden urged Russia to withdraw.",
     [("Joe Biden", "demandsFrom", "Russia", "positive")], [("Jill Biden", "demandsFrom", "Russia", "positive")]),
    # an unnamed "the Administrator" after "USAID Administrator X"
    ("USAID Administrator Mark Green visited Cucuta on Tuesday. The Administrator also met Foreign Minister Carlos "
     "Holmes Trujillo.", [("Mark Green", "meets", "Carlos Holmes Trujillo", "positive")], []),
    # a second participle hung on what the first one says parallels the first
    ("Pakistan on Tuesday lodged a strong protest with Afghanistan over a deadly attack on a border post, saying "
     "militants of the banned Tehreek-i-Taliban Pakistan (TTP) had launched the assault from Afghan soil and demanding "
     "that Kabul deny space to the group.", [("Pakistan", "demandsFrom", "Afghanistan", "positive")],
     [("Tehreek-i-Taliban Pakistan", "demandsFrom", "Afghanistan", "positive"), ("Afghanistan", "denies", "space", "positive")]),
    ("Iran denied supplying weapons to Russia.", [("Iran", "denies", "supplying weapons", "positive")], []),
    # "called on President X" with nothing asked of X is a courtesy call, a meeting
    ("Saudi Foreign Minister Faisal bin Farhan called on Prime Minister Shehbaz Sharif in Islamabad.",
     [("Faisal bin Farhan", "meets", "Shehbaz Sharif", "positive")], [("Faisal bin Farhan", "appealsTo", "Shehbaz Sharif", "positive")]),
    ("The UN called on President Putin to withdraw his troops.", [], [("United Nations", "meets", "Putin", "positive")]),
    # a body defined with its acronym after a possessive keeps no "'s"
    ("India rejected a statement issued by the Organisation of Islamic Cooperation's (OIC) Contact Group on Kashmir. "
     "OIC Secretary-General Hissein Brahim Taha chaired the meeting.",
     [("India", "rejects", "Organisation of Islamic Cooperation", "positive")], []),
    # "the delegation" after a delegation named by its country
    ("A high-level Indian delegation led by Foreign Secretary Vinay Kwatra arrived in Colombo. The delegation met "
     "President Gotabaya Rajapaksa on Friday.", [("India", "meets", "Gotabaya Rajapaksa", "positive")], []),
    # "whose" is the relative clause's antecedent
    ("Hungarian Prime Minister Viktor Orban, whose visits to Moscow and Beijing drew criticism, said Hungary would "
     "not take part.", [("Viktor Orban", "visits", "Moscow", "positive"), ("Viktor Orban", "visits", "Beijing", "positive")], []),
    # the name of an envoy "for X" hung on X
    ("Iraqi Foreign Minister Fuad Hussein said he had discussed the issue with the UN envoy for Iraq, Jeanine "
     "Hennis-Plasschaert.", [("Fuad Hussein", "meets", "Jeanine Hennis-Plasschaert", "positive")],
     [("Fuad Hussein", "meets", "United Nations", "positive")]),
    # help carried by a vehicle sent with its load
    ("Qatar sent two planes carrying 40 tonnes of aid to Turkey.", [("Qatar", "aids", "Turkey", "positive")], []),
    ("Saudi Arabia sent three planes loaded with medical supplies to Pakistan.",
     [("Saudi Arabia", "aids", "Pakistan", "positive")], []),
    ("China sent two ships carrying troops to Djibouti.", [], [("China", "aids", "Djibouti", "positive")]),
]


@pytest.mark.parametrize("text,expected,absent", CASES, ids=[c[0][:50] for c in CASES])
def test_constructions(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)
