"""Who an end is (F2): reporters of a clause, bodies owned by an actor, officials in a capital,
delegates at a summit versus the two people who met there, counted plurals that their own
addresser cannot be part of, demonyms that name a language, relational nouns ("its
neighbour"), units of a group and "the company".

Tables of (text, facts that must be found) and near misses (text, facts that must NOT be
found); every sentence is invented for this file.
"""
from __future__ import annotations

import pytest

from kg.extract import extract_doc
from kg.types import Article


def facts_of(nlp, text):
    doc = nlp(text)
    extraction = extract_doc(doc, Article(id="t", title="t", text=text))
    return {(f.subject, f.predicate, f.object) for f in extraction.facts if f.polarity == "positive"}


_SUMMIT = ("Turkish President Recep Tayyip Erdogan and Greek Prime Minister Kyriakos Mitsotakis met "
           "on the sidelines of the NATO summit in Vilnius on Wednesday. The meeting lasted an hour. "
           "Erdogan said the talks were useful. Mitsotakis called them frank. ")
_GUARANTORS = ("Colombia suspended talks with the ELN after an attack on Monday. The ELN denied the "
               "attack. Colombia said the ELN had broken the truce, and Colombia's army said the ELN "
               "fired first. Cuba and Norway act as guarantors. ")
_ESTONIA = "Russia massed troops on the border with Estonia. "

FOUND = [
    # "X said it ...": a reporter the article names through a bloc adjective
    (_ESTONIA + "The European Union condemned the move. The European commission said it stood "
     "firmly with Estonia.",
     {("European Union", "supports", "Estonia")}),
    # a body owned by an actor ("the group's political bureau") speaks for it, in the same
    # sentence and in the next one
    ("Hamas fighters attacked a town on Monday. In a statement, the group's political bureau "
     "said it regretted the deaths and accused Israel of provoking the clash.",
     {("Hamas", "accuses", "Israel")}),
    ("Israel and Hamas traded fire on Monday. Hamas's political bureau said the deaths were "
     "regrettable. It accused Israel of provoking the clash.",
     {("Hamas", "accuses", "Israel")}),
    # officials in a capital speak for its country, and "they" after them is theirs
    ("Mali and Burkina Faso left the bloc last year. Officials in Niamey said they were in talks "
     "with Russia.",
     {("Niger", "negotiatesWith", "Russia")}),
    ("Mali and Burkina Faso left the bloc last year. Officials in Nairobi said they would support "
     "Somalia.",
     {("Kenya", "supports", "Somalia")}),
    # "Malian officials said they ...": the reporters, not the last sentence's pair
    ("Mali and Burkina Faso criticised the sanctions. Malian officials said they would support "
     "Iran.",
     {("Mali", "supports", "Iran")}),
    # two people who met at a club's summit are "the leaders" however far back, and "they"
    (_SUMMIT + "The leaders criticised Russia.",
     {("Recep Tayyip Erdogan", "criticizes", "Russia"),
      ("Kyriakos Mitsotakis", "criticizes", "Russia")}),
    (_SUMMIT + "The leaders met again on Thursday. They also discussed migration.",
     {("Recep Tayyip Erdogan", "discusses", "migration"),
      ("Kyriakos Mitsotakis", "discusses", "migration")}),
    # the club's delegates with no pair named since the summit stay the club
    ("NATO leaders met in Vilnius on Wednesday. The meeting lasted two days. Erdogan said the "
     "talks were useful. Mitsotakis called them frank. The leaders condemned Russia.",
     {("North Atlantic Treaty Organization", "criticizes", "Russia")}),
    # who urges "both parties" is none of them: the story's pair, not the guarantors
    (_GUARANTORS + "Norway urged both parties to resume talks.",
     {("Norway", "appealsTo", "Colombia"), ("Norway", "appealsTo", "National Liberation Army")}),
    # a person calling on "the two sides" addresses the side other than their own country
    ("Chinese President Xi Jinping held talks with Kazakh President Kassym-Jomart Tokayev in "
     "Beijing. Xi called on the two sides to expand trade.",
     {("Xi Jinping", "appealsTo", "Kazakhstan")}),
    # "both governments" the agent works with: the article's two states, not the agent's list
    ("Israel struck a Hezbollah post in Lebanon on Monday, and France and the United States "
     "called for calm. Lebanon condemned the strike, and Lebanon's president urged Israel to "
     "stop. Israel said the post stored rockets. In Washington, a spokesperson said the U.S. was "
     "working with both governments to keep the ceasefire in place.",
     {("United States", "cooperatesWith", "Israel"), ("United States", "cooperatesWith", "Lebanon")}),
    # "the government" of a paragraph whose only country word is a language ("Spanish initials")
    ("BOGOTA, Colombia (AP) \u2014 Colombia suspended talks with the ELN on Thursday after a bomb "
     "attack. Colombia's army said four soldiers died, and Colombia's president blamed the ELN.\n\n"
     "The ELN, known by its Spanish initials, denied the attack. In a statement, the group's "
     "command said it regretted the suspension and accused the government of breaking the truce.",
     {("National Liberation Army", "accuses", "Colombia")}),
    # a described unit of a named group acts on its own; the group's command speaks for it
    ("The army said 20 soldiers were wounded. Defence Minister Ana Ruiz blamed the ELN's "
     "northern war front for the attack.",
     {("Ana Ruiz", "accuses", "northern war front")}),
    ("The army said 20 soldiers were wounded. Defence Minister Ana Ruiz blamed the ELN's command "
     "for the attack.",
     {("Ana Ruiz", "accuses", "National Liberation Army")}),
    # "the company": the organisation the article introduced as a business
    ("Ruritania ordered the French mining group Arvona to leave the country on Monday. Mines "
     "Minister Ali Sani accused the company of sabotage.",
     {("Ali Sani", "accuses", "Arvona")}),
    # a copula has no agent: "A and B are among the countries that ..." are those countries
    ("Taiwan lost another ally. Paraguay and Guatemala are among the 12 countries that maintain "
     "formal diplomatic ties with Taipei.",
     {("Paraguay", "cooperatesWith", "Taiwan"), ("Guatemala", "cooperatesWith", "Taiwan")}),
]

NOT_FOUND = [
    # "X said it ..." with X a body the article names no actor for: not the last actor
    (_ESTONIA + "The national election commission said it would support Estonia.",
     {("Russia", "supports", "Estonia")}),
    # a sentence-initial "it" after a statement or a person's quote: not an actor quoted inside
    (_ESTONIA + "\"Estonia will not bow,\" the statement said. It also urged Russia to withdraw.",
     {("Estonia", "demandsFrom", "Russia"), ("Estonia", "appealsTo", "Russia")}),
    (_ESTONIA + "\"Estonia will not bow,\" Kaja Kallas said. It also urged Russia to withdraw.",
     {("Estonia", "demandsFrom", "Russia"), ("Estonia", "appealsTo", "Russia")}),
    # diplomats posted in a capital are not its government; "they" is theirs, not the pair's
    ("Mali and Burkina Faso criticised the sanctions. Diplomats in Vienna said they would "
     "support Iran.",
     {("Austria", "supports", "Iran"), ("Mali", "supports", "Iran"),
      ("Burkina Faso", "supports", "Iran")}),
    # officials another word owns are that owner's
    ("Mali and Burkina Faso criticised the sanctions. Western officials in Kyiv said they would "
     "support Poland.",
     {("Ukraine", "supports", "Poland"), ("Mali", "supports", "Poland")}),
    ("Mali and Burkina Faso criticised the sanctions. Malian officials said they would support "
     "Iran.",
     {("Burkina Faso", "supports", "Iran")}),
    # the summit's club is not the two leaders who met there
    (_SUMMIT + "The leaders criticised Russia.",
     {("North Atlantic Treaty Organization", "criticizes", "Russia")}),
    (_SUMMIT + "The leaders met again on Thursday. They also discussed migration.",
     {("North Atlantic Treaty Organization", "discusses", "migration")}),
    # the addresser is not one of "both parties" / "the two sides"
    (_GUARANTORS + "Norway urged both parties to resume talks.",
     {("Norway", "appealsTo", "Cuba")}),
    ("Chinese President Xi Jinping held talks with Kazakh President Kassym-Jomart Tokayev in "
     "Beijing. Xi called on the two sides to expand trade.",
     {("Xi Jinping", "appealsTo", "China")}),
    # "its neighbour", "Russia's ally" are other actors than their owners
    ("Moldova has accused Russia of meddling since Moscow's invasion of its neighbour in 2022.",
     {("Russia", "attacks", "Moldova")}),
    ("Belarus hosts Russian troops. Poland criticised Russia's ally for the drills.",
     {("Poland", "criticizes", "Russia")}),
    ("The army said 20 soldiers were wounded. Defence Minister Ana Ruiz blamed the ELN's "
     "northern war front for the attack.",
     {("Ana Ruiz", "accuses", "National Liberation Army")}),
    # an organisation never introduced as a business is not "the company"
    ("Ruritania ordered Arvona to leave the country on Monday. Mines Minister Ali Sani accused "
     "the company of sabotage.",
     {("Ali Sani", "accuses", "Arvona")}),
    # a language is no country
    ("BOGOTA, Colombia (AP) \u2014 Colombia suspended talks with the ELN on Thursday after a bomb "
     "attack. Colombia's army said four soldiers died, and Colombia's president blamed the ELN.\n\n"
     "The ELN, known by its Spanish initials, denied the attack. In a statement, the group's "
     "command said it regretted the suspension and accused the government of breaking the truce.",
     {("National Liberation Army", "accuses", "Spain")}),
]


@pytest.mark.parametrize("text,expected", FOUND, ids=[t[-60:] for t, _ in FOUND])
def test_ends_found(nlp, text, expected):
    facts = facts_of(nlp, text)
    assert expected <= facts, f"missing {expected - facts}; got {facts}"


@pytest.mark.parametrize("text,unwanted", NOT_FOUND, ids=[t[-60:] for t, _ in NOT_FOUND])
def test_near_misses_do_not_fire(nlp, text, unwanted):
    facts = facts_of(nlp, text)
    assert not unwanted & facts, f"unexpected {unwanted & facts}"
