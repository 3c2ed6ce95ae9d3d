"""Plural, group and collective references (R5): lists after "the governments of", a bare
"the army" / "the military", "the leaders" / "the allies" / "the communique" of a club of
states whose summit or delegates the article named, definite plural demonyms ("the
Emiratis deny"), named groups before a singular group noun ("Lebanon's Hezbollah group"), and
the plural descriptions that already worked ("both sides", "the three juntas").

Tables of (text, facts that must be found) and near misses (text, facts that must NOT be
found); every sentence is invented for this file. Also checks that the split of
``kg.resolve.coref`` keeps its public names and small modules.
"""
from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from kg.extract import extract_doc
from kg.types import Article


def facts_of(nlp, text, title="t"):
    doc = nlp(text)
    extraction = extract_doc(doc, Article(id="t", title=title, text=text))
    return {(f.subject, f.predicate, f.object) for f in extraction.facts if f.polarity == "positive"}


FOUND = [
    # "the governments of A, B and C": every listed country, not only the first
    ("The African Union urged the transitional governments of Chad, Gabon and Guinea to hold "
     "elections.",
     {("African Union", "appealsTo", "Chad"), ("African Union", "appealsTo", "Gabon"),
      ("African Union", "appealsTo", "Guinea")}),
    ("The United States sanctioned the governments of Iran and Syria.",
     {("United States", "sanctions", "Iran"), ("United States", "sanctions", "Syria")}),
    # a bare "the army" / "the military": the force the article named before
    ("Sudan's army said it had retaken the town. The Rapid Support Forces accused the army of "
     "looting a village.",
     {("Rapid Support Forces", "accuses", "Sudan")}),
    ("The Thai army said Cambodian troops fired first. Cambodia accused the army of lying.",
     {("Cambodia", "accuses", "Thailand")}),
    ("Myanmar's military seized power in 2021. The United States sanctioned the military on "
     "Monday.",
     {("United States", "sanctions", "Myanmar")}),
    ("Israel's military struck a school in Gaza. The military denied bombing the school.",
     {("Israel", "denies", "bombing the school")}),
    # ... named by another military noun ("Ruritanian jets"), not the dateline's country
    ("BEIRUT (AP) \u2014 Israeli jets struck what the military said were weapons depots. Egypt "
     "condemned the military for the strikes.",
     {("Egypt", "criticizes", "Israel")}),
    # ... and with no force named, the force of the country the report is filed from
    ("KHARTOUM, Sudan (AP) \u2014 Heavy fighting spread across Sudan on Monday, and aid "
     "groups said Sudan faced famine.\n\n"
     "The military accused the Rapid Support Forces of shelling a hospital.",
     {("Sudan", "accuses", "Rapid Support Forces")}),
    # a bare plural of forces as subject: the force named last, or the home country's
    # "security forces"
    ("Israeli troops entered Jenin on Monday. Troops later attacked Palestinian fighters near "
     "the town.",
     {("Israel", "attacks", "Palestinian fighters")}),
    ("RAWALPINDI, Pakistan \u2014 Militants attacked a border post in Pakistan, and Pakistan said "
     "it would respond.\n\nSecurity forces killed 19 militants in North Waziristan.",
     {("Pakistan", "attacks", "militants")}),
    # "the leaders" / "the ministers" / "the allies" after the club's delegates or summit
    ("Leaders of the Association of Southeast Asian Nations met in Jakarta. The leaders urged "
     "Myanmar to end the violence.",
     {("Association of Southeast Asian Nations", "demandsFrom", "Myanmar")}),
    ("European Union leaders gathered in Brussels on Thursday. The leaders condemned Russia.",
     {("European Union", "criticizes", "Russia")}),
    ("Foreign ministers of the Group of Seven met in Italy. The ministers criticised China.",
     {("Group of Seven", "criticizes", "China")}),
    ("NATO leaders met in The Hague. The allies condemned Russia.",
     {("North Atlantic Treaty Organization", "criticizes", "Russia")}),
    ("The Gulf Cooperation Council held its annual summit in Doha. The leaders condemned Iran.",
     {("Gulf Cooperation Council", "criticizes", "Iran")}),
    ("Leaders of the Arab League states met in Cairo on Tuesday. In a statement, the leaders "
     "reaffirmed their support for Jordan.",
     {("Arab League", "supports", "Jordan")}),
    ("EU leaders met in Brussels on Thursday. The 27 leaders agreed to sanction Russia.",
     {("European Union", "sanctions", "Russia")}),
    # ... and so does the summit's communique
    ("Leaders of the African Union met in Addis Ababa. The communique condemned Rwanda and "
     "urged the United Nations to send observers.",
     {("African Union", "criticizes", "Rwanda"), ("African Union", "appealsTo", "United Nations")}),
    # a named group before a singular group noun is that group ("Lebanon's Hezbollah group")
    ("Egypt condemned a raid by Lebanon's Hezbollah group on an Israeli post.",
     {("Egypt", "criticizes", "Hezbollah")}),
    ("Israel struck targets of the Hezbollah movement in Lebanon.",
     {("Israel", "attacks", "Hezbollah")}),
    # "accused the alliance of aggression": the charge after "of" does not name the alliance
    ("NATO said it would send more troops. Russia accused the alliance of aggression.",
     {("Russia", "accuses", "North Atlantic Treaty Organization")}),
    ("Sudan's army said it had retaken the town. The Rapid Support Forces accused the army of "
     "war crimes.",
     {("Rapid Support Forces", "accuses", "Sudan")}),
    # a bare "the regime" / "the administration": the government of the article's country
    ("TEHRAN, Iran (AP) \u2014 Iran said on Monday it would enrich more uranium, and Iran's "
     "parliament backed the plan.\n\nThe United States accused the regime of lying about its "
     "programme.",
     {("United States", "accuses", "Iran")}),
    ("WASHINGTON (AP) \u2014 The United States imposed tariffs on Brazil on Monday, and the "
     "United States said more would follow.\n\nBrazil accused the administration of bullying.",
     {("Brazil", "accuses", "United States")}),
    ("The United States and China agreed to talk. China accused the administration of "
     "bullying.",
     {("China", "accuses", "United States")}),
    # a definite plural demonym as subject speaks for its country
    ("The Emiratis denied arming the militia.",
     {("United Arab Emirates", "denies", "arming the militia")}),
    ("Chad accused the UAE of funding the militia, an allegation the Emiratis deny.",
     {("Chad", "accuses", "United Arab Emirates"),
      ("United Arab Emirates", "denies", "funding the militia")}),
    ("The Iranians rejected the proposal.", {("Iran", "rejects", "proposal")}),
    # plural descriptions after a named pair or list (worked before; kept as regressions)
    ("Greece and Turkey held talks in Athens on Monday. Both sides condemned Russia.",
     {("Greece", "criticizes", "Russia"), ("Turkey", "criticizes", "Russia")}),
    ("Greece and Turkey held talks in Athens on Monday. The two countries accused Russia of "
     "spreading lies.",
     {("Greece", "accuses", "Russia"), ("Turkey", "accuses", "Russia")}),
    ("Mali, Burkina Faso and Niger left ECOWAS last year. The three juntas accused France of "
     "meddling.",
     {("Mali", "accuses", "France"), ("Burkina Faso", "accuses", "France"),
      ("Niger", "accuses", "France")}),
    ("Leaders of the Gulf Cooperation Council met in Kuwait. The bloc's leaders condemned Iran.",
     {("Gulf Cooperation Council", "criticizes", "Iran")}),
    # other counted plurals of states: members, partners, economies
    ("Russia and China vetoed the resolution. The two permanent members accused the United "
     "States of hypocrisy.",
     {("Russia", "accuses", "United States"), ("China", "accuses", "United States")}),
    ("Japan and Australia signed a security pact. The two partners criticised China's military "
     "buildup.",
     {("Japan", "criticizes", "China"), ("Australia", "criticizes", "China")}),
    ("The United States and China agreed a truce on tariffs. Canada urged the two economies to "
     "keep it.",
     {("Canada", "appealsTo", "United States"), ("Canada", "appealsTo", "China")}),
]

# (text, facts that must NOT be found)
NOT_FOUND = [
    # a singular "the government of A" with another country later in the sentence
    ("Chile criticised the government of Peru and praised Bolivia.",
     {("Chile", "criticizes", "Bolivia")}),
    # "the army of Chile" names its own country, not the army named before
    ("Peru's army began an offensive. Brazil criticised the army of Chile.",
     {("Brazil", "criticizes", "Peru")}),
    # ... but "of" after another verb's object names the noun's own kind
    ("NATO said it would send more troops. Russia criticised the alliance of Gulf monarchies.",
     {("Russia", "criticizes", "North Atlantic Treaty Organization")}),
    ("WASHINGTON (AP) \u2014 The United States imposed tariffs on Brazil on Monday, and the "
     "United States said more would follow.\n\nBrazil criticised the administration of the aid "
     "programme.",
     {("Brazil", "criticizes", "United States")}),
    # "the administration" is the U.S. government, not the paragraph's country
    ("The United States and China agreed to talk. Xi is expected to criticise the "
     "administration's tariffs, and China accused the administration of bullying.",
     {("China", "accuses", "China")}),
    ("MANILA, Philippines (AP) \u2014 The Philippines said on Monday the Philippines would "
     "protest.\n\nVietnam accused the administration of lying.",
     {("Vietnam", "accuses", "Philippines")}),
    # "foreign troops" are someone else's; "security forces" with no country nowhere
    ("Israeli troops entered Jenin on Monday. Foreign troops later attacked Palestinian "
     "fighters near the town.",
     {("Israel", "attacks", "Palestinian fighters")}),
    ("Militants attacked a border post on Sunday.\n\nSecurity forces killed 19 militants in "
     "North Waziristan.",
     {("security forces", "attacks", "militants")}),
    ("Indian troops and Chinese troops clashed in Ladakh. The soldiers attacked villagers with "
     "clubs.",
     {("China", "attacks", "villagers"), ("India", "attacks", "villagers")}),
    # "the army chief", "the military junta in Niger": modified force nouns are not bare
    ("Sudan's army said it had retaken the town. Egypt criticised the army chief.",
     {("Egypt", "criticizes", "Sudan")}),
    ("Sudan's army said it had retaken the town. The military junta in Niger accused France of "
     "meddling.",
     {("Sudan", "accuses", "France")}),
    # a non-state force named before is no country's army
    ("The Rapid Support Forces shelled the city. Egypt accused the army of ignoring the truce.",
     {("Egypt", "accuses", "Rapid Support Forces")}),
    # two people who met at a summit are "the leaders", not the summit's club
    ("Xi Jinping and Joe Biden met at the APEC summit in Lima. The leaders criticised North Korea.",
     {("Asia-Pacific Economic Cooperation", "criticizes", "North Korea")}),
    ("Xi Jinping and Joe Biden met at the APEC summit in Lima. The communique criticised North "
     "Korea.",
     {("Asia-Pacific Economic Cooperation", "criticizes", "North Korea")}),
    ("NATO leaders met in The Hague. The Turkish declaration criticised Greece.",
     {("North Atlantic Treaty Organization", "criticizes", "Greece")}),
    # the delegates named last were two countries', not the club's of an earlier summit
    ("Leaders of the Shanghai Cooperation Organisation met in Tianjin last month. On Monday the "
     "foreign ministers of India and China met in Delhi. The ministers condemned Pakistan.",
     {("Shanghai Cooperation Organisation", "criticizes", "Pakistan")}),
    # "the Baltic leaders", "the leaders of A and B" name their own countries
    ("NATO leaders met in The Hague. The Baltic leaders criticised Russia.",
     {("North Atlantic Treaty Organization", "criticizes", "Russia")}),
    ("NATO leaders met in The Hague. The leaders of Poland and Hungary criticised Germany.",
     {("North Atlantic Treaty Organization", "criticizes", "Germany")}),
    # ... but not the country that owns the group, nor a group no name qualifies
    ("Egypt condemned a raid by Lebanon's Hezbollah group on an Israeli post.",
     {("Egypt", "criticizes", "Lebanon")}),
    ("A group of migrants attacked a patrol near the border.",
     {("group", "attacks", "patrol"), ("migrants", "attacks", "patrol")}),
    # an uncounted "the members" with no club named is nobody in particular
    ("Russia and China vetoed the resolution. The members criticised the United States.",
     {("Russia", "criticizes", "United States"), ("China", "criticizes", "United States")}),
    # plural demonyms that are people, not their government
    ("Armenians fled the region after Azerbaijan attacked Karabakh.",
     {("Armenia", "attacks", "Nagorno-Karabakh")}),
    ("Two Iranians accused Israel of spying.", {("Iran", "accuses", "Israel")}),
    ("The Britons were attacked by a mob in Tehran, and Iran accused them of spying.",
     {("Iran", "accuses", "United Kingdom"), ("mob", "attacks", "United Kingdom")}),
    ("The Syrian Kurds accused Turkey of shelling villages.", {("Syria", "accuses", "Turkey")}),
]


@pytest.mark.parametrize("text,expected", FOUND, ids=[t[:50] for t, _ in FOUND])
def test_plural_and_group_ends_found(nlp, text, expected):
    facts = facts_of(nlp, text)
    assert expected <= facts, f"missing {expected - facts}; got {facts}"


@pytest.mark.parametrize("text,unwanted", NOT_FOUND, ids=[t[:50] for t, _ in NOT_FOUND])
def test_near_misses_do_not_fire(nlp, text, unwanted):
    facts = facts_of(nlp, text)
    assert not unwanted & facts, f"unexpected {unwanted & facts}"


def test_coref_public_names_still_importable():
    coref = importlib.import_module("kg.resolve.coref")
    for name in ("resolve_coref", "resolve_first_person", "earlier_pair", "known_as"):
        assert callable(getattr(coref, name)), name
    assert set(coref.__all__) == {"resolve_coref", "resolve_first_person", "earlier_pair",
                                  "known_as"}


def test_coref_modules_stay_small():
    folder = Path(importlib.import_module("kg.resolve").__file__).parent
    sizes = {p.name: len(p.read_text(encoding="utf-8").splitlines())
             for p in folder.glob("coref*.py")}
    assert len(sizes) >= 5, sizes
    assert all(n <= 350 for n in sizes.values()), sizes



def test_counted_subject_of_members_of(nlp):
    """"Both countries are members of X": the pair coreference found is the members."""
    facts = facts_of(nlp, "Spain and Portugal signed a water deal in Lisbon on Monday. Both "
                          "countries are members of the European Union.")
    assert {("Spain", "memberOf", "European Union"),
            ("Portugal", "memberOf", "European Union")} <= facts
