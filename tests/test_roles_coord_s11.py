"""Session-11 roles in coordinations and counterparts: invented sentences, each with facts
expected present and absent.

Covers a possessive shared by two titled names ("Ruritania's President A and Foreign
Minister B": B's own title decides B's relation), counterparts of heads of state against
counterparts of ministers and agency chiefs (also when "his" is resolved across
sentences), the foreign ministers "of the two countries" listed with their countries,
"the two <bloc> allies / members" naming two countries (in apposition or across
sentences), and "the head of the armed forces, General X"."""
from __future__ import annotations

import pytest

from tests.factkit import check_row, facts

ROWS = [
    # -- a possessive shared by coordinated titled names: each name's own title
    ("French Foreign Minister Jean-Noel Barrot met Syria's interim President Ahmed al-Sharaa "
     "and Foreign Minister Asaad al-Shaibani in Damascus on Friday.",
     [("Ahmed al-Sharaa", "leaderOf", "Syria", "positive"),
      ("Asaad al-Shaibani", "memberOf", "Syria", "positive"),
      ("Jean-Noel Barrot", "meets", "Asaad al-Shaibani", "positive")],
     [("Asaad al-Shaibani", "leaderOf", "Syria", "positive")]),
    ("Blinken met Ukraine's President Volodymyr Zelensky and Defence Minister Rustem Umerov "
     "in Kyiv.",
     [("Rustem Umerov", "memberOf", "Ukraine", "positive"),
      ("Volodymyr Zelensky", "leaderOf", "Ukraine", "positive")],
     [("Rustem Umerov", "leaderOf", "Ukraine", "positive")]),
    ("Lavrov held talks with Iran's Supreme Leader Ali Khamenei and Foreign Minister Abbas "
     "Araghchi in Tehran.",
     [("Abbas Araghchi", "memberOf", "Iran", "positive")],
     [("Abbas Araghchi", "leaderOf", "Iran", "positive")]),
    # ... but a title after a comma is the same person's second one, and a rank no title
    ("Iran's chief negotiator, Deputy Foreign Minister Ali Bagheri Kani, said sanctions must go.",
     [("Ali Bagheri Kani", "memberOf", "Iran", "positive")], []),
    ("Rubio spoke with Pakistan's army chief, General Asim Munir, and the foreign minister. "
     "The Pakistani Army said it would respect the truce.",
     [("Asim Munir", "leaderOf", "Pakistani Army", "positive")], []),
    # -- a counterpart holds the office of the person "his" stands for
    # ("A and his counterpart B": "his" is A, whoever coreference took it for)
    ("Rubio spoke with Prime Minister Narendra Modi and his Pakistani counterpart Shehbaz "
     "Sharif on Saturday.",
     [("Shehbaz Sharif", "leaderOf", "Pakistan", "positive")],
     [("Shehbaz Sharif", "memberOf", "Pakistan", "positive")]),
    ("Blinken called President Cyril Ramaphosa and his Nigerian counterpart Bola Tinubu.",
     [("Bola Tinubu", "leaderOf", "Nigeria", "positive")], []),
    ("Kyrgyz security chief Kamchybek Tashiev met his Tajik counterpart Saimumin Yatimov in "
     "Bishkek.",
     [("Saimumin Yatimov", "memberOf", "Tajikistan", "positive")],
     [("Saimumin Yatimov", "leaderOf", "Tajikistan", "positive")]),
    ("Indian army chief Upendra Dwivedi met his Chinese counterpart, Liu Zhenli, in Beijing.",
     [("Liu Zhenli", "memberOf", "China", "positive")],
     [("Liu Zhenli", "leaderOf", "China", "positive")]),
    ("Brazil's intelligence chief Luiz Fernando Correa arrived in Buenos Aires. He met his "
     "Argentine counterpart Sergio Neiffert.",
     [("Sergio Neiffert", "memberOf", "Argentina", "positive")],
     [("Sergio Neiffert", "leaderOf", "Argentina", "positive")]),
    ("Polish Defence Minister Wladyslaw Kosiniak-Kamysz arrived in Vilnius on Monday. He held "
     "talks with his Lithuanian counterpart Dovile Sakaliene.",
     [("Dovile Sakaliene", "memberOf", "Lithuania", "positive")],
     [("Dovile Sakaliene", "leaderOf", "Lithuania", "positive")]),
    # ... and a head of state's counterpart heads the other country
    ("Russian President Vladimir Putin spoke with his Turkish counterpart Recep Tayyip Erdogan "
     "on Monday.",
     [("Recep Tayyip Erdogan", "leaderOf", "Turkey", "positive")], []),
    ("Kenyan President William Ruto landed in Kampala on Tuesday. He was received by his "
     "Ugandan counterpart Yoweri Museveni.",
     [("Yoweri Museveni", "leaderOf", "Uganda", "positive")], []),
    ("German Chancellor Friedrich Merz called his French counterpart Emmanuel Macron.",
     [("Emmanuel Macron", "leaderOf", "France", "positive")], []),
    # -- "the foreign ministers of the two countries, A of X and B of Y"
    ("The foreign ministers of the two countries, Therese Kayikwamba Wagner of Congo and "
     "Olivier Nduhungirehe of Rwanda, signed the agreement in Washington.",
     [("Olivier Nduhungirehe", "memberOf", "Rwanda", "positive")],
     [("Democratic Republic of the Congo", "cooperatesWith", "Olivier Nduhungirehe", "positive")]),
    ("The defence ministers of the two countries, Ali Ahmed of Somalia and Abdi Jama of "
     "Ethiopia, signed a security pact on Tuesday.",
     [("Ali Ahmed", "memberOf", "Somalia", "positive"),
      ("Abdi Jama", "memberOf", "Ethiopia", "positive"),
      ("Ali Ahmed", "cooperatesWith", "Abdi Jama", "positive")],
     [("Somalia", "cooperatesWith", "Ali Ahmed", "positive")]),
    # -- "the two <bloc> allies / members": each named country is a member
    ("Jens Stoltenberg urged the two NATO allies, Greece and Turkey, to resolve their dispute.",
     [("Greece", "memberOf", "North Atlantic Treaty Organization", "positive"),
      ("Turkey", "memberOf", "North Atlantic Treaty Organization", "positive")], []),
    ("Greece and Turkey have long argued over maritime borders. The two NATO allies agreed to "
     "resume talks on Monday.",
     [("Greece", "memberOf", "North Atlantic Treaty Organization", "positive"),
      ("Turkey", "memberOf", "North Atlantic Treaty Organization", "positive")], []),
    ("Hungary and Slovakia criticised the plan. Both EU members said they would veto it.",
     [("Hungary", "memberOf", "European Union", "positive"),
      ("Slovakia", "memberOf", "European Union", "positive")], []),
    ("Washington pressed its NATO ally Turkey to drop the purchase.",
     [("Turkey", "memberOf", "North Atlantic Treaty Organization", "positive")], []),
    # ... never an ally of a country, nor a pair not named just before
    ("Russia and China held drills. The two allies of Iran denied any plan.", [],
     [("Russia", "memberOf", "Iran", "positive")]),
    ("Spain and Italy signed a deal. Portugal praised it. Weeks later, Poland and Estonia "
     "met in Riga. The two EU members agreed on a plan.", [],
     [("Spain", "memberOf", "European Union", "positive")]),
    # -- the head of the armed forces: a member of the country (no arm named)
    ("Iraqi Prime Minister Mohammed Shia al-Sudani met the head of the armed forces, General "
     "Abdul Amir Yarallah, in Baghdad.",
     [("Abdul Amir Yarallah", "memberOf", "Iraq", "positive")],
     [("Abdul Amir Yarallah", "leaderOf", "Iraq", "positive")]),
    ("General Ahmed Ali, the commander of Egypt's armed forces, met the delegation.",
     [("Ahmed Ali", "memberOf", "Egypt", "positive")],
     [("Ahmed Ali", "leaderOf", "Egypt", "positive")]),
    # ... and leads a named body it commands
    ("Iraqi President Abdul Latif Rashid met Ibrahim Hassan, the commander of the Republican "
     "Guard, on Sunday.",
     [("Ibrahim Hassan", "leaderOf", "Republican Guard", "positive"),
      ("Abdul Latif Rashid", "meets", "Ibrahim Hassan", "positive")], []),
]


@pytest.mark.parametrize("text,expected,absent", ROWS)
def test_roles_coord(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)


#: "who presides over X" leads X like "who heads X" (session 11, lead)
PRESIDES = [
    ("Delcy Rodriguez, who now presides over the Constituent Assembly, criticized Canada.",
     [("Delcy Rodriguez", "leaderOf", "Constituent Assembly", "positive")], []),
    ("The talks were opened by Antonio Costa, who presides over the European Council.",
     [("Antonio Costa", "leaderOf", "European Council", "positive")], []),
]


@pytest.mark.parametrize("text,expected,absent", PRESIDES, ids=[p[0][:40] for p in PRESIDES])
def test_presides_over(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)
