"""Roles and people's names, tenth round, second part: tables of invented sentences ->
expected facts, and near misses that must give nothing.

Covers styles around a person's name ("the Hon X Y MP", "H.E. X Y", "Major X Y", "Sir X
Y KC": the label is the bare name, one person with the bare surname), a monarch or pope
known by one name ("Queen Elizabeth", "King Salman": not the son "Mohammed bin Salman"),
a Chinese name ending in "He" ("Liu He"), the unnamed holder of a state office acting
for the country ("Kuwait's emir", "the Qatari emir", "Oman's sultan"), the leader of a
party named before "leader" ("Opposition Labour leader X"), and a body named by its head
noun ("Coalition spokesman X", "the UAE, a key member of the coalition") when the
article names one such body, "the leaders of A, X, and of B, Y" (each his own) and "X
proclaimed himself head of Y".
"""
from __future__ import annotations

import pytest

from tests.factkit import facts, found, key

FOUND = [
    # -- styles before and letters after a name are no part of it
    ("The Prime Minister of Fiji, the Hon Ana Vuniwai MP, met Jon Bek in Suva. Vuniwai "
     "said the talks went well.", ("Ana Vuniwai", "meets", "Jon Bek", "positive")),
    ("The Foreign Minister of Palau, H.E. Tomas Remengesau, met Jon Bek in Koror.",
     ("Tomas Remengesau", "meets", "Jon Bek", "positive")),
    ("H.E. Ratu Tevita Niumataiwalu, Fiji's foreign minister, met Penny Wong in Suva.",
     ("Ratu Tevita Niumataiwalu", "memberOf", "Fiji", "positive")),
    ("Senator the Hon Maria Lopez MP, the Minister for Trade, met Jon Bek in Canberra.",
     ("Maria Lopez", "meets", "Jon Bek", "positive")),
    ("The talks were led by Sir Alan Brewer KC, who met Chancellor Olaf Scholz in Berlin.",
     ("Alan Brewer", "meets", "Olaf Scholz", "positive")),
    ("A rebel spokesman, Major Paul Kasongo, accused Rwanda of shelling Goma.",
     ("Paul Kasongo", "accuses", "Rwanda", "positive")),
    ("An army spokesman, Lieutenant Colonel Ana Soto, accused Kenya of arming the rebels.",
     ("Ana Soto", "accuses", "Kenya", "positive")),
    # -- a monarch or pope known by one name keeps the style; a father's name after
    # "bin" is another man
    ("Xi was welcomed by Queen Elizabeth and rode with her to Buckingham Palace.",
     ("Queen Elizabeth", "meets", "Xi", "positive")),
    ("Biden met Crown Prince Mohammed bin Salman in Jeddah. Biden also met King Salman "
     "on Friday.", ("Biden", "meets", "King Salman", "positive")),
    ("Macron met Pope Francis at the Vatican on Monday.",
     ("Macron", "meets", "Pope Francis", "positive")),
    ("King Charles met Macron at Windsor Castle on Tuesday.",
     ("King Charles", "meets", "Macron", "positive")),
    # -- "He" in capitals inside a sentence is a name word
    ("Chinese Vice Premier Liu He met Treasury Secretary Steven Mnuchin in Washington.",
     ("Liu He", "meets", "Steven Mnuchin", "positive")),
    ("Vice Premier Liu He met Robert Lighthizer, and Liu said he was hopeful.",
     ("Liu He", "meets", "Robert Lighthizer", "positive")),
    ("The delegation was led by Liu He, who met Janet Yellen in Beijing.",
     ("Liu He", "meets", "Janet Yellen", "positive")),
    ("Talks between Liu He and Katherine Tai ended on Friday.",
     ("Liu He", "negotiatesWith", "Katherine Tai", "positive")),
    # -- an unnamed holder of a state office acts for the country
    ("Kuwait's emir visited Riyadh on Tuesday.", ("Kuwait", "visits", "Riyadh", "positive")),
    ("The Qatari emir visited Tehran on Sunday.", ("Qatar", "visits", "Tehran", "positive")),
    ("Oman's sultan criticized Israel on Monday.", ("Oman", "criticizes", "Israel", "positive")),
    ("Britain's queen met Macron at Windsor.", ("United Kingdom", "meets", "Macron", "positive")),
    # -- a party named before "leader"
    ("Opposition Labour leader Jeremy Corbyn met Xi on Wednesday.",
     ("Jeremy Corbyn", "leaderOf", "Labour", "positive")),
    ("Labour leader Keir Starmer met Xi on Wednesday. Labour has long criticised China.",
     ("Keir Starmer", "leaderOf", "Labour", "positive")),
    ("The opposition Likud leader Benjamin Netanyahu met Biden.",
     ("Benjamin Netanyahu", "leaderOf", "Likud", "positive")),
    # -- "the leaders of A, X, and of B, Y": each leads his own
    ("He calls on the leaders of the Sudanese Armed Forces, General Abdel Fattah al-Burhan, "
     "and of the Rapid Support Forces, General Mohamed Hamdan Dagalo, to stop the fighting.",
     ("Abdel Fattah al-Burhan", "leaderOf", "Sudanese Armed Forces", "positive")),
    ("The talks brought together the heads of the Ruritanian Army, General Ana Soto, and of "
     "the Popular Defence Forces, Colonel Jon Bek.",
     ("Jon Bek", "leaderOf", "Popular Defence Forces", "positive")),
    ("The UN envoy met the commanders of the Ruritanian Army, General Ana Soto, and of the "
     "Popular Defence Forces, General Jon Bek, in Geneva.",
     ("Ana Soto", "leaderOf", "Ruritanian Army", "positive")),
    # -- an office taken by proclamation
    ("General Abdourahamane Tiani proclaimed himself head of the National Council for the "
     "Safeguard of the Homeland.", ("Abdourahamane Tiani", "leaderOf",
                                    "National Council for the Safeguard of the Homeland", "positive")),
    ("Jon Bek named himself chairman of the Transitional Military Council.",
     ("Jon Bek", "leaderOf", "Transitional Military Council", "positive")),
    ("General Ana Soto was proclaimed head of the Military Committee for National Recovery.",
     ("Ana Soto", "leaderOf", "Military Committee for National Recovery", "positive")),
    # -- a body named by its head noun: the one such body of the article
    ("Coalition spokesman Colonel Turki al-Maliki said the Saudi-led coalition "
     "intercepted the missile.", ("Turki al-Maliki", "memberOf", "Saudi-led coalition", "positive")),
    ("The Saudi-led coalition intercepted the missile, coalition spokesman Ali Hamdan said.",
     ("Ali Hamdan", "memberOf", "Saudi-led coalition", "positive")),
    ("The United Arab Emirates, a key member of the coalition, denied the report. The "
     "Saudi-led coalition has fought the Houthis since 2015.",
     ("United Arab Emirates", "memberOf", "Saudi-led coalition", "positive")),
]


@pytest.mark.parametrize("text,fact", FOUND)
def test_found(nlp, text, fact):
    got = {key(f) for f in facts(nlp, text)}
    assert found(fact, got), sorted(got)


ABSENT = [
    # the styled and the bare forms are one person, never two
    ("The Prime Minister of Fiji, the Hon Ana Vuniwai MP, met Jon Bek in Suva. Vuniwai "
     "said the talks went well.", ("Hon Ana Vuniwai MP", "meets", "Jon Bek", "positive")),
    ("The talks were led by Sir Alan Brewer KC, who met Chancellor Olaf Scholz in Berlin.",
     ("Alan Brewer KC", "meets", "Olaf Scholz", "positive")),
    # King Salman is not his son
    ("Biden met Crown Prince Mohammed bin Salman in Jeddah. Biden also met King Salman "
     "on Friday.", ("Biden", "meets", "Mohammed bin Salman bin Salman", "positive")),
    ("Xi was welcomed by Queen Elizabeth and rode with her to Buckingham Palace.",
     ("Elizabeth", "meets", "Xi", "positive")),
    # an opposition leader leads no country, a former leader no party, an adjective no party
    ("Opposition leader Anwar Ibrahim met Xi in Beijing.",
     ("Anwar Ibrahim", "leaderOf", "Malaysia", "positive")),
    ("Former Labour leader Jeremy Corbyn met Xi on Wednesday.",
     ("Jeremy Corbyn", "leaderOf", "Labour", "positive")),
    ("Opposition Democratic leader Ana Soto met Xi.", ("Ana Soto", "leaderOf", "Democratic", "positive")),
    # the second leader leads the second body, not the first
    ("The talks brought together the heads of the Ruritanian Army, General Ana Soto, and of "
     "the Popular Defence Forces, Colonel Jon Bek.",
     ("Jon Bek", "leaderOf", "Ruritanian Army", "positive")),
    # naming someone else head is no office of one's own
    ("Jon Bek appointed Ana Soto head of the Military Committee for National Recovery.",
     ("Jon Bek", "leaderOf", "Military Committee for National Recovery", "positive")),
    # two coalitions named: "the coalition" is no guess
    ("The Saudi-led coalition and the National Coalition met. Britain, a member of the "
     "coalition, sent jets.", ("United Kingdom", "memberOf", "Saudi-led coalition", "positive")),
    # a ministry spokesperson belongs to the ministry named before, not to another one
    ("India lodged a protest, the Ministry of External Affairs said. Ministry spokesperson "
     "Arindam Bagchi said so. In Beijing, foreign ministry spokesperson Wang Wenbin disagreed.",
     ("Arindam Bagchi", "memberOf", "Foreign Ministry", "positive")),
]


@pytest.mark.parametrize("text,fact", ABSENT)
def test_absent(nlp, text, fact):
    got = {key(f) for f in facts(nlp, text)}
    assert fact not in got, sorted(got)
