"""Events between two actors that common news constructions spread over several words:
hosted events, appeals to return to talks, talks between two people, mediators, partner
phrases under "of", intent nouns, goods from a country, cut trade, consequences warned of,
"would not hesitate to", money for projects somewhere.

Each row is (sentence, expected facts as (subject, predicate, object, polarity)); the
sentences are written for these tests. ``NEAR_MISSES`` are look-alikes that must not give
the named fact (subject, predicate, object) or, with ``None`` ends, any fact of that
predicate.
"""
from __future__ import annotations

import pytest

from kg.extract import extract_doc
from kg.types import Article

P, N = "positive", "negative"

ROWS = [
    # an event hosted by someone: its participants meet the host
    ("Prime Minister Ana Lopes and President Jorge Silva signed the accord at a ceremony hosted by President Donald Trump.",
     {("Donald Trump", "meets", "Ana Lopes", P), ("Donald Trump", "meets", "Jorge Silva", P)}),
    ("The Japanese foreign minister Taro Kono attended a dinner hosted by Chinese Premier Li Qiang.",
     {("Li Qiang", "meets", "Taro Kono", P)}),
    ("Kenya and Uganda signed a trade deal at a summit hosted by Tanzania.",
     {("Tanzania", "meets", "Kenya", P), ("Tanzania", "meets", "Uganda", P)}),
    ("Italian Prime Minister Giorgia Meloni met Libyan leader Abdul Hamid Dbeibah at a dinner hosted by Pope Leo.",
     {("Pope Leo", "meets", "Giorgia Meloni", P), ("Pope Leo", "meets", "Abdul Hamid Dbeibah", P)}),
    ("Egypt and Jordan attended a conference hosted by the European Union.",
     {("European Union", "meets", "Egypt", P), ("European Union", "meets", "Jordan", P)}),
    ("Mexican President Claudia Sheinbaum was received by Pope Leo at the Vatican.",
     {("Pope Leo", "meets", "Claudia Sheinbaum", P)}),
    # appeals: returning to talks is asked for, not demanded; a hand held out is an appeal
    ("The United States urged the army and the RSF to return to negotiations.",
     {("United States", "appealsTo", "Rapid Support Forces", P)}),
    ("The envoy Tom Baker urged Israel and Hamas to return to the negotiating table.",
     {("Tom Baker", "appealsTo", "Israel", P), ("Tom Baker", "appealsTo", "Hamas", P)}),
    ("The United States urged Sudan to return the seized territory.", {("United States", "demandsFrom", "Sudan", P)}),
    ("Morocco extended a hand to Algeria.", {("Morocco", "appealsTo", "Algeria", P)}),
    ("The kingdom of Morocco extended its hand to Algeria for a sincere dialogue.", {("Morocco", "appealsTo", "Algeria", P)}),
    ("Kenya offered an olive branch to Somalia.", {("Kenya", "appealsTo", "Somalia", P)}),
    # talks between two people are a meeting too; talks between states stay negotiations
    ("Chancellor Olaf Brandt flew to Nairobi for talks with Kenyan President William Ruto.",
     {("Olaf Brandt", "meets", "William Ruto", P)}),
    ("Prime Minister Ana Lopes held talks with President Jorge Silva in Lisbon.", {("Ana Lopes", "meets", "Jorge Silva", P)}),
    ("Foreign Minister Wang Yi held talks with Foreign Minister Penny Wong on trade.",
     {("Wang Yi", "meets", "Penny Wong", P), ("Wang Yi", "negotiatesWith", "Penny Wong", P)}),
    ("Egypt held talks with Ethiopia on the dam.", {("Egypt", "negotiatesWith", "Ethiopia", P)}),
    ("Envoy Tom Baker held ceasefire talks with Ali Hassan.", {("Tom Baker", "negotiatesWith", "Ali Hassan", P)}),
    # the partner phrase under the noun's "of" complement; whose willingness it is
    ("Ethiopia signed a memorandum of understanding with Kenya.", {("Ethiopia", "cooperatesWith", "Kenya", P)}),
    ("Kenya signed an agreement of cooperation with Japan on energy.", {("Kenya", "cooperatesWith", "Japan", P)}),
    ("Cuba reaffirms its willingness to continue cooperating with the United States on migration.",
     {("Cuba", "cooperatesWith", "United States", P)}),
    ("Singapore expressed readiness to work with Malaysia on water.", {("Singapore", "cooperatesWith", "Malaysia", P)}),
    # a second addressee hung deep under the first request
    ("The EU envoy Anna Berg called on Pristina to start setting up an association of municipalities and on Belgrade "
     "to stop blocking Kosovo's membership.", {("Anna Berg", "appealsTo", "Serbia", P), ("Anna Berg", "appealsTo", "Kosovo", P)}),
    # a partner or ally named in an "as" phrase of the holder's clause
    ("China overtook the United States as Brazil's largest trading partner in 2009.",
     {("China", "cooperatesWith", "Brazil", P)}),
    ("Turkey emerged as Azerbaijan's main ally.", {("Turkey", "supports", "Azerbaijan", P)}),
    # a pact signed by both sides: they cooperate
    ("The accords were signed by Kenya and Uganda in Nairobi.", {("Kenya", "cooperatesWith", "Uganda", P)}),
    # measures named with who imposed them; an act whose owner worked with a partner
    ("The sanctions imposed by the United States on Iran hurt its economy.", {("United States", "sanctions", "Iran", P)}),
    ("Britain's decision was coordinated with the European Union.", {("United Kingdom", "cooperatesWith", "European Union", P)}),
    # measures on goods from a country, tariffs extended to its goods, cut exchanges
    ("The European Union imposed tariffs on steel from India.", {("European Union", "sanctions", "India", P)}),
    ("Washington announced a ban on imports from Russia.", {("United States", "sanctions", "Russia", P)}),
    ("Washington extended punitive tariffs to Brazilian steel.", {("United States", "sanctions", "Brazil", P)}),
    ("Pakistan decided to suspend all trade with India.", {("Pakistan", "sanctions", "India", P)}),
    ("India halted imports from Pakistan.", {("India", "sanctions", "Pakistan", P)}),
    ("Pakistan closed its airspace to Indian airlines.", {("Pakistan", "sanctions", "India", P)}),
    ("China halted exports of rare earths to the United States.", {("China", "sanctions", "United States", P)}),
    ("Lithuania banned imports from Belarus.", {("Lithuania", "sanctions", "Belarus", P)}),
    # consequences warned of: the speaker threatens whoever is to bear them
    ("Iran warned that Israel would pay a heavy price for the strike.", {("Iran", "threatens", "Israel", P)}),
    ("Russia will face serious repercussions, the British foreign secretary Tom Hale warned.",
     {("Tom Hale", "threatens", "Russia", P)}),
    ("Moscow said Kyiv would face consequences for the attack.", {("Russia", "threatens", "Ukraine", P)}),
    ("Spokesman Chen Bo accused Manila of provoking trouble and warning that the Philippines would bear the consequences.",
     {("Chen Bo", "threatens", "Philippines", P), ("Chen Bo", "accuses", "Philippines", P)}),
    ("President Emmanuel Macron said Britain would pay a heavy price for leaving.",
     {("Emmanuel Macron", "threatens", "United Kingdom", P)}),
    ("Beijing warned that Washington would pay a price if it sold weapons to Taipei.",
     {("China", "threatens", "United States", P)}),
    # "would not hesitate to": a threat, not a denied act
    ("Pakistan would not hesitate to strike hideouts in Afghanistan, the minister said.",
     {("Pakistan", "threatens", "Afghanistan", P)}),
    ("China will not hesitate to impose sanctions on Lithuania.", {("China", "threatens", "Lithuania", P)}),
    ("Pakistan did not strike targets in Afghanistan.", {("Pakistan", "attacks", "Afghanistan", N)}),
    # a threat made by the speaker of a participle misread into the reported clause
    ("President Donald Trump criticised Ottawa, saying Canada was cheating and threatening to impose tariffs on Canadian lumber.",
     {("Donald Trump", "threatens", "Canada", P), ("Donald Trump", "criticizes", "Canada", P)}),
    # demands named by the act demanded: a demand on whoever is to carry it out
    ("Hamas demanded a full Israeli withdrawal from Gaza.", {("Hamas", "demandsFrom", "Israel", P)}),
    ("Ukraine demanded the withdrawal of Russian troops.", {("Ukraine", "demandsFrom", "Russia", P)}),
    ("Kyiv called for a Russian withdrawal from occupied territories.", {("Ukraine", "demandsFrom", "Russia", P)}),
    ("The Palestinian Authority demanded an Israeli apology.", {("Palestinian Authority", "demandsFrom", "Israel", P)}),
    ("Israel demanded the release of hostages held by Hamas.", {("Israel", "demandsFrom", "Hamas", P)}),
    ("Hamas insisted that any agreement must lead to a full Israeli withdrawal from Gaza.",
     {("Hamas", "demandsFrom", "Israel", P)}),
    ("Hamas reiterated its demand for a full Israeli withdrawal from Gaza.", {("Hamas", "demandsFrom", "Israel", P)}),
    # pressure kept up until someone acts: a demand on them
    ("Britain will keep tightening the net until Russia is ready to negotiate a just peace.",
     {("United Kingdom", "demandsFrom", "Russia", P)}),
    ("The United States will step up the pressure until Iran complies.", {("United States", "demandsFrom", "Iran", P)}),
    # a delegation received or met: its head, else whom it comes from
    ("Crown Prince Mohammed bin Salman received a delegation from the United States Congress headed by Senator Lindsey Graham.",
     {("Mohammed bin Salman", "meets", "Lindsey Graham", P)}),
    ("President William Ruto hosted a delegation led by Chinese Vice Premier Ding Xuexiang.",
     {("William Ruto", "meets", "Ding Xuexiang", P)}),
    ("Egyptian President Abdel Fattah el-Sisi met a Hamas delegation in Cairo.", {("Abdel Fattah el-Sisi", "meets", "Hamas", P)}),
    # a threat prompted by an act reported by a government: the act's doer is threatened
    ("Mexico will impose tariffs on cars from China, the government said, prompting Beijing to threaten countermeasures.",
     {("China", "threatens", "Mexico", P)}),
    # a response held in reserve: against whom it is aimed, else the authors of the act named
    ("Iran reserves the right to respond against Israel.", {("Iran", "threatens", "Israel", P)}),
    ("Moscow called the British sanctions illegal and said Russia reserved the right to take retaliatory measures.",
     {("Russia", "threatens", "United Kingdom", P)}),
    # threatened acts are threats only; measures taken in a vow are a threat to whom they target
    ("North Korea threatened to strike the United States.", {("North Korea", "threatens", "United States", P)}),
    ("China threatened to impose sanctions on Lithuania.", {("China", "threatens", "Lithuania", P)}),
    ("China vowed to take firm countermeasures against Lithuania.", {("China", "threatens", "Lithuania", P)}),
    # playing host is hosting
    ("Erdogan played host to Iraqi Prime Minister Mohammed Shia al-Sudani on Tuesday.",
     {("Erdogan", "meets", "Mohammed Shia al-Sudani", P)}),
    # a strike announced by its own side in a warning is a threat
    ("Iran warned that it would strike American bases in the region.", {("Iran", "threatens", "United States", P)}),
    ("Russia said it would retaliate against Finland.", {("Russia", "threatens", "Finland", P)}),
    # members or officials of a body met: the body
    ("Lai Ching-te arrived in Hawaii on Sunday. He met members of the U.S. Congress there.",
     {("Lai Ching-te", "meets", "U.S. Congress", P)}),
    # money for projects somewhere
    ("Germany will provide 120 million euros for projects in Kenya.", {("Germany", "aids", "Kenya", P)}),
    ("Japan will provide $40 million for reconstruction programmes in Ukraine.", {("Japan", "aids", "Ukraine", P)}),
    ("Sweden will provide 30 million euros for humanitarian projects in Somalia.", {("Sweden", "aids", "Somalia", P)}),
]

NEAR_MISSES = [
    # a crowd outside a hosted event, or countries read from "the leaders of": no meeting
    ("Protesters gathered outside a summit hosted by France.", (None, "meets", None)),
    ("The leaders of Armenia and Azerbaijan signed the accord at a ceremony hosted by President Donald Trump.",
     ("Donald Trump", "meets", "Armenia")),
    # a summit hosted by a state has guests, not parties that the host mediates between
    ("Kenya and Uganda signed a trade deal at a summit hosted by Tanzania.", ("Tanzania", "negotiatesWith", "Kenya")),
    # co-mediators are not parties to each other
    ("Talks mediated by Qatar and Turkey failed to end the fighting.", ("Qatar", "negotiatesWith", "Turkey")),
    # returning to talks is no demand; returning land is
    ("The United States urged the army and the RSF to return to negotiations.",
     ("United States", "demandsFrom", "Rapid Support Forces")),
    ("The United States urged Sudan to return the seized territory.", ("United States", "appealsTo", "Sudan")),
    # support extended is not an appeal
    ("Kenya extended its support to Somalia.", ("Kenya", "appealsTo", "Somalia")),
    # named talks between people and talks between states are not meetings
    ("Envoy Tom Baker held ceasefire talks with Ali Hassan.", ("Tom Baker", "meets", "Ali Hassan")),
    ("Egypt held talks with Ethiopia on the dam.", ("Egypt", "meets", "Ethiopia")),
    # an act only welcomed is no demand
    ("Hamas welcomed the Israeli withdrawal from Gaza.", (None, "demandsFrom", None)),
    # talks asked for are not talks held
    ("The United States urged the army and the RSF to return to negotiations.", (None, "negotiatesWith", None)),
    ("Guterres called on Israel and Hamas to hold talks.", ("Israel", "negotiatesWith", "Hamas")),
    # the host's own minister, reached through "both ministers", is no guest
    ("Russian Foreign Minister Sergei Lavrov and Turkish Foreign Minister Hakan Fidan met in Antalya. "
     "Turkish President Tayyip Erdogan received both ministers before the talks.", ("Tayyip Erdogan", "meets", "Hakan Fidan")),
    # a strike reported as done, or announced by a third party, is no threat
    ("Iran said Israel had struck its bases in the region.", (None, "threatens", None)),
    ("Iran struck American bases in the region on Sunday.", (None, "threatens", None)),
    # a delegation received by a bare title is not pinned on the last person named
    ("President Tinubu received a phone call from Kenyan President William Ruto. "
     "Later, the President received a delegation headed by Senator Lindsey Graham.", ("William Ruto", "meets", "Lindsey Graham")),
    # "until" without pressure kept up
    ("The fighting will continue until Hamas is defeated.", (None, "demandsFrom", None)),
    ("Japan will keep talking with China until a deal is reached.", (None, "demandsFrom", None)),
    # sanctions only named near a hosting verb: no sanction by the host
    ("The talks hosted by Oman on Iran's nuclear programme ended without a deal.", (None, "sanctions", None)),
    # a threatened strike or sanction is not one carried out
    ("North Korea threatened to strike the United States.", (None, "attacks", None)),
    ("China threatened to impose sanctions on Lithuania.", (None, "sanctions", None)),
    # playing a role is not hosting
    ("Kenya played a key role in the talks.", (None, "meets", None)),
    # a partner with no one it partners
    ("Kenya was described by analysts as a partner.", (None, "cooperatesWith", None)),
    # rights that are not a response held in reserve
    ("Kenya reserves the right to appeal the ruling.", (None, "threatens", None)),
    ("Every country has the right to defend itself.", (None, "threatens", None)),
    # a rejected plan is no cooperation
    ("Norway rejected a plan to cooperate with Russia.", ("Norway", "cooperatesWith", "Russia")),
    # trade resumed, a tariff rate, goods from a region: no sanction
    ("Pakistan resumed trade with India.", (None, "sanctions", None)),
    ("Germany raised tariffs to 25 percent.", (None, "sanctions", None)),
    # a purchase price, a price paid by one's own country: no threat
    ("President Emmanuel Macron said Britain would pay a fair price for the vaccines.", (None, "threatens", None)),
    ("Consumers in Germany will pay a higher price for gas, the minister said.", (None, "threatens", None)),
    ("German Chancellor Olaf Brandt said Germany would pay a heavy price for the delay.", (None, "threatens", None)),
    # a price paid without any warning or statement around it
    ("Japan will pay a heavy price for oil this winter.", (None, "threatens", None)),
    # the act of a negated "hesitate" is not a denied attack, a plain negation is not a threat
    ("Pakistan would not hesitate to strike hideouts in Afghanistan, the minister said.",
     ("Pakistan", "attacks", "Afghanistan")),
    ("Pakistan did not strike targets in Afghanistan.", (None, "threatens", None)),
    # money for a named place that is not an actor: not the article's country by default
    ("Norway will provide 5 million euros for projects.", (None, "aids", None)),
]


def _facts(nlp, text):
    # the table checks what each rule finds, including facts below the output floor
    doc = nlp(text)
    return extract_doc(doc, Article(id="t", title="", text=text), min_confidence=0.0).facts


def _key(f):
    return (f.subject, f.predicate, f.object, f.polarity)


@pytest.mark.parametrize("sentence,expected", ROWS, ids=[s[:60] for s, _ in ROWS])
def test_event_row(nlp, sentence, expected):
    got = {_key(f) for f in _facts(nlp, sentence)}
    missing = {e for e in expected if e not in got}
    assert not missing, f"missing {sorted(missing)}; got {sorted(got)}"


@pytest.mark.parametrize("sentence,absent", NEAR_MISSES, ids=[s[:60] for s, _ in NEAR_MISSES])
def test_near_miss(nlp, sentence, absent):
    s, p, o = absent
    wrong = [_key(f) for f in _facts(nlp, sentence)
             if f.predicate == p and (s is None or f.subject == s) and (o is None or f.object == o)]
    assert not wrong, f"unexpected {wrong}"


def test_hosted_event_rule_and_trigger(nlp):
    facts = [f for f in _facts(nlp, ROWS[0][0]) if f.rule == "frame-hosted-event"]
    assert facts and all(f.trigger == "hosted" for f in facts)


def test_unhesitating_threat_is_positive_and_not_asserted_attack(nlp):
    facts = _facts(nlp, "China will not hesitate to impose sanctions on Lithuania.")
    assert {(f.predicate, f.polarity) for f in facts if f.object == "Lithuania"} == {("threatens", "positive")}


def test_table_is_large_enough():
    # the brief for these constructions asks for 50+ rows of sentences and near misses
    assert len(ROWS) + len(NEAR_MISSES) >= 50
