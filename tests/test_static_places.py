"""Places, memberships and datelines: tables of (sentence, expected static facts), with
near misses that must give nothing (kg.resolve.places, kg.resolve.memberships,
kg.resolve.focus). All sentences are invented for these tests."""
from __future__ import annotations

import pytest

from kg.resolve import resolve
from kg.resolve.focus import dateline, focal_country, source_country
from kg.types import Article


def _resolved(nlp, text, source=None):
    doc = nlp(text)
    article = Article(id="t", title="t", text=text, date="2024-05-02", source=source)
    return doc, resolve(doc, article)


def triples(nlp, text):
    _doc, mentions = _resolved(nlp, text)
    return {(f.subject, f.predicate, f.object) for f in mentions.static_facts if f.polarity == "positive"}


# -- datelines (no parser needed) -------------------------------------------------
DATELINES = [
    ("JUBA \u2014 Rains flooded the market on Monday.", "JUBA", "SSD"),
    ("NAIROBI, Kenya (AP) \u2014 Officials said the road was closed.", "NAIROBI", "KEN"),
    ("ABUJA, March 3 (Reuters) - The senate voted late on Friday.", "ABUJA", "NGA"),
    ("LIMA (AFP) - Lawmakers met behind closed doors.", "LIMA", "PER"),
    ("Amman, 4 June 2024 \u2013 The ministry issued a note.", "Amman", "JOR"),
    ("Dar es Salaam, Tanzania \u2013 Traders closed their shops.", "Dar es Salaam", "TZA"),
    ("MOSCOW, May 9. /TASS/. The parade began at ten.", "MOSCOW", "RUS"),
    ("HANOI: The rice harvest was late this year.", "HANOI", "VNM"),
    # filed from two countries: neither is the story's
    ("SEOUL/TOKYO (Reuters) - Both capitals were calm.", "SEOUL", None),
    ("(XNS) CANBERRA \u2013 Parliament rose for the winter.", "CANBERRA", "AUS"),
    ("PORTLAND, Ore. (AP) \u2014 The river rose overnight.", "PORTLAND", "USA"),
    # a city the gazetteer does not know: the line is read, the country stays open
    ("ODESSA PORT (AP) \u2014 Ships waited offshore.", "ODESSA PORT", None),
    # an organisation's seat, not a country
    ("BRUSSELS (AP) \u2014 Ministers argued into the night.", "BRUSSELS", None),
]

NOT_DATELINES = [
    "Kenya said on Monday that the road was closed.",
    "President Lena Moss said: we will not wait.",
    "The Foreign Secretary, Ann Lowe, today announced new funds.",
    "On Thursday, Chile and Peru signed a fisheries pact.",
    "Peru - a country of mountains - voted.",
    "Ministers met in Lima, Peru - the talks went on.",
]


@pytest.mark.parametrize("text,place,iso3", DATELINES)
def test_dateline_found(text, place, iso3):
    line = dateline(text)
    assert line is not None and (line.place, line.iso3) == (place, iso3)
    assert text[line.end:].strip()[:1].isalpha()  # ends where the story begins


@pytest.mark.parametrize("text", NOT_DATELINES)
def test_not_a_dateline(text):
    assert dateline(text) is None


def test_dateline_country_is_the_focus(nlp):
    """A capital in capitals the tagger may miss still sets the article's country,
    so that a bare title resolves to it."""
    text = ("JUBA \u2014 South Sudan's parliament met on Monday. President Ayen Deng said "
            "South Sudan would hold a census next year. Farmers welcomed the plan.")
    doc, mentions = _resolved(nlp, text)
    focal = focal_country(doc, mentions)
    assert focal is not None and focal.id == "SSD"
    assert ("Ayen Deng", "leaderOf", "South Sudan") in {
        (f.subject, f.predicate, f.object) for f in mentions.static_facts}


def test_dateline_alone_is_not_the_focus(nlp):
    """The reporter's city is not the story's country unless the text names it."""
    text = ("LIMA (AFP) - Chile and Bolivia traded accusations on Monday. President Rosa "
            "Vidal said Chile would not yield. Bolivia said Chile was wrong.")
    doc, mentions = _resolved(nlp, text)
    focal = focal_country(doc, mentions)
    assert focal is None or focal.id != "PER"


SOURCES = [
    ("The Times of Israel", "ISR"),
    ("Daily Nation (Nairobi)", "KEN"),
    ("Kyiv Independent", "UKR"),
    ("Saudi Press Agency (SPA)", "SAU"),
    ("Agence France-Presse (AFP)", None),   # a world agency, not France's press
    ("Voice of America", None),
    ("Reuters", None),
    (None, None),
]


@pytest.mark.parametrize("source,iso3", SOURCES)
def test_source_country(source, iso3):
    assert source_country(Article(id="s", title="", text="", source=source)) == iso3


def test_national_outlet_sets_the_focus(nlp):
    """A national outlet leaves its own country out of titles ("Prime Minister X")."""
    text = ("Israel and Qatar traded notes on Monday. Prime Minister Avi Lev said Israel "
            "would wait. Israel sent envoys to Doha.")
    doc = nlp(text)
    article = Article(id="t", title="t", text=text, source="The Times of Israel")
    mentions = resolve(doc, article)
    assert ("Avi Lev", "leaderOf", "Israel") in {
        (f.subject, f.predicate, f.object) for f in mentions.static_facts}


# -- places -------------------------------------------------------------------------
PLACES = [
    ("Envoys gathered in the Omani capital Muscat on Sunday.", ("Muscat", "locatedIn", "Oman")),
    ("The talks moved to Oman's capital, Muscat, last week.", ("Muscat", "locatedIn", "Oman")),
    ("Talks resumed in Muscat, the Omani capital, on Friday.", ("Muscat", "locatedIn", "Oman")),
    ("The capital of Peru, Lima, was quiet.", ("Lima", "locatedIn", "Peru")),
    ("The convoy reached the Syrian city of Homs at dawn.", ("Homs", "locatedIn", "Syria")),
    ("The Paracel Islands, which lie in the South China Sea, are disputed.",
     ("Paracel Islands", "locatedIn", "South China Sea")),
    ("The Kuril Islands, which lie at the southern edge of the Sea of Okhotsk, are cold.",
     ("Kuril Islands", "locatedIn", "Sea of Okhotsk")),
    ("Half Moon Reef, which lies within Malaysia's exclusive economic zone, is disputed.",
     ("Half Moon Reef", "locatedIn", "Malaysia's exclusive economic zone")),
    ("The forum will be hosted by Chile in Valparaiso next spring.",
     ("Valparaiso", "locatedIn", "Chile")),
    ("Ghana will host the regional summit in Kumasi in June.", ("Kumasi", "locatedIn", "Ghana")),
    # settlements: "the village of X in Y", "X township", "the X camps in southern Y"
    ("Shells fell on the village of Dar Kulla in Erbil province.",
     ("Dar Kulla", "locatedIn", "Erbil")),
    ("Aid reached the Kalobeyei camps in northwestern Kenya.",
     ("Kalobeyei", "locatedIn", "Kenya")),
    pytest.param("Aid reached the Kakuma camps in northwestern Kenya.",
                 ("Kakuma", "locatedIn", "Kenya"),
                 marks=pytest.mark.xfail(reason="the tagger takes Kakuma for a person, and "
                                         "'the X camp' may be a person's camp: not retyped",
                                         strict=False)),
    ("Jets bombed a clinic in Mo Lin village in Mandalay's Tada township.",
     ("Tada", "locatedIn", "Mandalay")),
    ("Fields burned in the area of Kol Shan and Kol Var in Homs province.",
     ("Kol Var", "locatedIn", "Homs province")),
    # "X, on the island of Y", "X, in Y's Z province", "X, in northern Y"
    ("The shipyard lies in Makassar, on the island of Sulawesi.",
     ("Makassar", "locatedIn", "Sulawesi")),
    ("He grew up in Arequipa, in southern Peru.", ("Arequipa", "locatedIn", "Peru")),
    ("Troops reached Pokrovsk, a town in Ukraine's Donetsk region.",
     ("Pokrovsk", "locatedIn", "Donetsk")),
    # a town the tagger takes for a person, in a region it leaves untagged
    ("Fighting reached Sudzha, a town in Russia's Kursk region.",
     ("Sudzha", "locatedIn", "Kursk")),
    ("The refinery is in Tabriz, in the northwest of Iran.", ("Tabriz", "locatedIn", "Iran")),
    ("Tabriz is located in Iran.", ("Tabriz", "locatedIn", "Iran")),
    ("Japan will host the forum. Delegates will meet in Kanazawa, in the north-west of the "
     "country.", ("Kanazawa", "locatedIn", "Japan")),
    ("The Harlow Institute, a Lisbon-based think tank, published the study.",
     ("Harlow Institute", "locatedIn", "Lisbon")),
    # a capital described as "the capital": the gazetteer says whose
    ("Gunfire echoed through Port-au-Prince, the capital, overnight.",
     ("Port-au-Prince", "locatedIn", "Haiti")),
]

def test_operation_is_not_seated(nlp):
    """"the UN Mission in Xland" names where it operates, not where it sits."""
    found = triples(nlp, "The UN Mission in South Sudan said it sheltered civilians.")
    assert not any(p == "locatedIn" and o == "South Sudan" for _s, p, o in found)


NO_PLACE = [
    # "who" says a person lies somewhere, not a place
    ("Tom Arden, who lies in hospital in Lima, is recovering.", "Tom Arden"),
    # a capital named as a place, with no owner stated
    ("Envoys gathered in Muscat on Sunday.", "Muscat"),
    # the country hosts, but the guests meet elsewhere
    ("Chile hosted the delegation before it left for Lima.", "Lima"),
    # not located: negated
    ("The island does not lie in Peru's waters, Lima said.", "Lima"),
    # a demonym before "capital" with no named place after it
    ("He flew to the Omani capital and then to Dubai.", "Dubai"),
    # a comma, then "in" opening something else than a place
    ("Talks in Lima, in a sign of progress, ended early.", "Lima"),
    ("Officials said Washington, in Kyiv's view, had moved too slowly.", "Washington"),
    # a dateline is where the reporter files from, not a statement
    ("HANOI, Vietnam (AP) — Floods closed roads in Hanoi on Monday.", "HANOI"),
    ("Aides in the Hanley camp in Ohio said he would run.", "Hanley"),
    ("Jon Bell, a lawyer in Lima, said the charges were false.", "Jon Bell"),
    ("Officials in Lima, on Monday, denied it.", "Lima"),
    ("Talks in Lima, in the middle of the night, failed.", "Lima"),
]


@pytest.mark.parametrize("text,fact", PLACES)
def test_places(nlp, text, fact):
    assert fact in triples(nlp, text)


@pytest.mark.parametrize("text,subject", NO_PLACE)
def test_no_place(nlp, text, subject):
    assert not any(s == subject and p == "locatedIn" for s, p, _o in triples(nlp, text))


# -- memberships --------------------------------------------------------------------
MEMBERS = [
    ("The NATO mission, known as KFOR, moved troops north.",
     {("KFOR", "memberOf", "North Atlantic Treaty Organization")}),
    ("KFOR, the NATO-led force, has thousands of troops there.",
     {("KFOR", "memberOf", "North Atlantic Treaty Organization")}),
    ("The Russia-led Collective Security Treaty Organization met in Minsk.",
     {("Russia", "leaderOf", "Collective Security Treaty Organization")}),
    ("Kenya, Uganda and Rwanda, all members of the East African Community, signed.",
     {("Kenya", "memberOf", "East African Community"),
      ("Uganda", "memberOf", "East African Community"),
      ("Rwanda", "memberOf", "East African Community")}),
    ("ASEAN members Laos, Cambodia and Thailand abstained.",
     {("Laos", "memberOf", "Association of Southeast Asian Nations"),
      ("Thailand", "memberOf", "Association of Southeast Asian Nations")}),
    ("The European Union split. The bloc's members, Malta, Cyprus and Greece, objected.",
     {("Malta", "memberOf", "European Union"), ("Greece", "memberOf", "European Union")}),
    ("NATO members such as Poland and Norway raised their budgets.",
     {("Poland", "memberOf", "North Atlantic Treaty Organization"),
      ("Norway", "memberOf", "North Atlantic Treaty Organization")}),
    ("EU member states Latvia and Estonia objected.",
     {("Latvia", "memberOf", "European Union"), ("Estonia", "memberOf", "European Union")}),
    ("Sweden became a member of NATO last year.",
     {("Sweden", "memberOf", "North Atlantic Treaty Organization")}),
    ("Finance ministers of the Group of Seven - Britain, Canada, France, Germany, Italy, "
     "Japan and the United States - met in Rome.",
     {("Canada", "memberOf", "Group of Seven"), ("Japan", "memberOf", "Group of Seven")}),
    ("G20 finance ministers met on Friday. In a joint note, ministers from India, Brazil, "
     "Mexico, Turkey and Indonesia said growth was slowing.",
     {("India", "memberOf", "Group of 20"), ("Turkey", "memberOf", "Group of 20")}),
    ("Mara Quist, a researcher at the Centre for Coastal Policy Studies in Lisbon, said "
     "the plan was sound.",
     {("Mara Quist", "memberOf", "Centre for Coastal Policy Studies")}),
    ("The Southern Theater Command of the People's Liberation Army held drills.",
     {("Southern Theater Command", "memberOf", "People's Liberation Army")}),
    ("The Security Council met. A vote needs the council's five permanent members - the "
     "United States, Russia, China, Britain and France - to agree.",
     {("Russia", "memberOf", "Security Council"), ("France", "memberOf", "Security Council")}),
]

#: the country chairing a bloc leads it (held-out gold: leaderOf, or either relation)
CHAIRS = [
    ("Laos, which holds the rotating ASEAN chairmanship this year, called a meeting.",
     ("Laos", "leaderOf", "Association of Southeast Asian Nations")),
    ("In Vientiane, Laos, which chairs ASEAN this year, called for restraint.",
     ("Laos", "leaderOf", "Association of Southeast Asian Nations")),
]


@pytest.mark.parametrize("text,fact", CHAIRS)
def test_chairs(nlp, text, fact):
    assert fact in triples(nlp, text)


def test_chairing_a_meeting_leads_no_body(nlp):
    found = triples(nlp, "Laos chaired the meeting of ASEAN foreign ministers on Friday.")
    assert not any(p == "leaderOf" and s == "Laos" for s, p, _o in found)


NO_MEMBER = [
    ("Ukraine is not a member of NATO.", "Ukraine"),
    ("Georgia wants to become a member of the European Union.", "Georgia"),
    ("Moldova hopes to be a member of the European Union one day.", "Moldova"),
    ("NATO leaders met. Leaders from Egypt, Qatar, Iraq and Jordan also came.", "Egypt"),
    ("NATO-backed fighters, calling themselves the Free Hills Front, advanced.",
     "Free Hills Front"),
    # "members of X and Y": no list of X's members
    ("He met members of the U.S. Congress and Peruvian community groups.", "Peru"),
    ("Chile did not hold the ASEAN chairmanship.", "Chile"),
    ("Prospective members Ukraine and Moldova applied to the European Union.", "Moldova"),
]


@pytest.mark.parametrize("text,facts", MEMBERS)
def test_members(nlp, text, facts):
    found = triples(nlp, text)
    assert facts <= found, found


@pytest.mark.parametrize("text,subject", NO_MEMBER)
def test_no_member(nlp, text, subject):
    assert not any(s == subject and p == "memberOf" for s, p, _o in triples(nlp, text))


# -- seats of government (kg/data/seats.csv) ----------------------------------------
SEATS = [
    ("Malacanang rejected the report on Monday.", "Malacanang", "Philippines"),
    ("Planalto said the decree would be published.", "Planalto", "Brazil"),
    ("Capitol Hill approved the aid package.", "Capitol", "United States"),
]


@pytest.mark.parametrize("text,word,country", SEATS)
def test_seat_stands_for_its_country(nlp, text, word, country):
    """A seat of government acting in a sentence is its country's government."""
    doc, mentions = _resolved(nlp, text)
    token = next(t for t in doc if t.text == word)
    entity = mentions.entity_at(token)
    assert entity is not None and entity.label == country


def test_seat_as_place(nlp):
    """Named as a place, a seat lies in its capital (and is no country)."""
    found = triples(nlp, "Envoys met at the Miraflores presidential palace in Caracas.")
    assert ("Miraflores Palace", "locatedIn", "Caracas") in found
