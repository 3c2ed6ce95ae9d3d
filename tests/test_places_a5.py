"""Places named with a designator word (typing and locatedIn), ISO 3166-2 subdivisions,
organisations seated in a city, places on a country's coast or border, Canadian province
abbreviations. Invented sentences; the places are real (the knowledge is real)."""
from __future__ import annotations

import pytest

from kg.resolve import resolve
from kg.resolve.subdivisions import name_key, subdivision_country
from kg.types import Article

from factkit import check_row


def _resolved(nlp, text):
    doc = nlp(text)
    return doc, resolve(doc, Article(id="t", title="t", text=text, date="2025-01-02"))


def statics(nlp, text):
    _doc, mentions = _resolved(nlp, text)
    return [f for f in mentions.static_facts if f.predicate == "locatedIn"]


def located(subject, obj):
    return (subject, "locatedIn", obj, "positive")


# -- knowledge: ISO 3166-2 names in local transliterations -------------------------------
@pytest.mark.parametrize("name,countries,expected", [
    ("Daraa", {"SYR", "ISR"}, "SYR"),            # "Dar'ā"
    ("Oddar Meanchey", {"KHM", "THA"}, "KHM"),   # "Otdar Mean Chey"
    ("Kursk", {"RUS", "UKR"}, "RUS"),            # "Kurskaya oblast'"
    ("Kharkiv", {"RUS", "UKR"}, "UKR"),          # "Kharkivska oblast"
    ("Sokoto", {"NGA", "NER"}, "NGA"),
    ("Punjab", {"IND", "PAK"}, None),            # both have one: which is not said
    ("Gara", {"IRQ", "TUR"}, None),              # no subdivision of that name
    ("Sokoto", {"FRA"}, None),                   # only the countries passed are searched
    ("Al", {"SYR"}, None),                       # too short to compare
])
def test_subdivision_country(name, countries, expected):
    assert subdivision_country(name, countries) == expected


def test_name_key_drops_articles_accents_and_designators():
    assert name_key("Al Ḩasakah") == "hasakah"
    assert name_key("Kurskaya oblast'") == "kurskaya"


# -- sentence tables ------------------------------------------------------------------
ROWS = [
    # subdivision: a designated name ISO lists for the one country the article names
    ("Syrian officials said Israeli jets struck weapons depots in Daraa province.",
     [located("Daraa", "Syria")], []),
    ("Security in northern Mali has worsened, notably in the Kidal region.",
     [located("Kidal", "Mali")], []),
    ("Nigeria said gunmen attacked villages in Sokoto and Kebbi states on Monday.",
     [located("Sokoto", "Nigeria"), located("Kebbi", "Nigeria")], []),
    # no designator: a city name alone gives nothing
    ("Nigeria said gunmen attacked villages near Sokoto on Monday.",
     [], [located("Sokoto", "Nigeria")]),
    # the country is not named in the article: nothing
    ("Jets struck weapons depots in Daraa province on Wednesday.",
     [], [located("Daraa", "Syria")]),
    # designated-in: every name before a plural designator lies in the place after of / in
    ("Turkish jets struck the Gara and Hakurk regions of northern Iraq.",
     [located("Gara", "Iraq"), located("Hakurk", "Iraq")], []),
    ("Fighting spread to the Zubra and Kelmet districts in eastern Ruritania.",
     [located("Zubra", "Ruritania"), located("Kelmet", "Ruritania")], []),
    ("Fighting spread to the Zubra and Kelmet districts on Monday.", [], []),
    # seats: an organisation headquartered / based in a city
    ("The AU, which is headquartered in Addis Ababa, offered to host talks.",
     [located("African Union", "Addis Ababa")], []),
    ("The bank, based in Geneva, declined to comment.", [], []),
    ("Amnesty International, which is based in London, published the report.",
     [located("Amnesty International", "London")], []),
    # a country is no seat: "based in Afghanistan" says where a group operates
    ("The Islamic State Khorasan Province, which is based in Afghanistan, claimed it.",
     [], [located("Islamic State Khorasan Province", "Afghanistan")]),
    # sides of a country: on its coast / border
    ("Ethiopia wants the port of Assab, which lies on Eritrea's southern coast.",
     [located("Assab", "Eritrea")], []),
    ("Russia keeps troops in Transnistria, a breakaway region on Moldova's eastern border.",
     [located("Transnistria", "Moldova")], []),
    ("The port of Assab, which lies on the southern coast, was quiet.", [], []),
    # comma-subdivision: "a town, <an ISO subdivision of a country the article names>"
    ("Rebels killed two leaders in the eastern province of Arauca. Colombia said rebels "
     "bombed a base in Puerto Jordán, Arauca, on Monday.", [located("Puerto Jordán", "Arauca")], []),
    ("Ukraine said drones hit Kharkiv, Sumy and Odesa overnight.",
     [], [located("Kharkiv", "Sumy")]),
    # share-of: a place that makes up a share of another lies in it
    # (the name recurs untagged after a first mention: the same place)
    ("Venezuela claims the Essequibo region. Essequibo makes up about two-thirds of Guyana's "
     "territory.", [located("Essequibo", "Guyana")], []),
    ("Venezuela claims the Essequibo, a territory of 160,000 square kilometers that makes up "
     "two-thirds of Guyana.", [located("Essequibo", "Guyana")], []),
    ("Exports to Guyana make up two-thirds of its trade.", [], []),
    # a designator between a place and its comma: "the X area, in the wilaya of Y"
    ("Algeria said the drone was downed in the Tinzaouatene area, in the wilaya of Bordj "
     "Badji Mokhtar.", [located("Tinzaouatene", "Bordj Badji Mokhtar")], []),
    # a feature's name the NER took for a person
    ("Whitsun Reef, known in the Philippines as Julian Felipe Reef, lies in the Spratly Islands.",
     [located("Whitsun Reef", "Spratly Islands")], []),
    # ... or for an organisation
    ("Chinese ships were seen at Sabina Shoal, which lies in the Spratly Islands.",
     [located("Sabina Shoal", "Spratly Islands")], []),
    # a site named after its place: the place lies where the site does
    ("Niger accused Orano of halting production at its Arlit site in northern Niger.",
     [located("Arlit", "Niger")], []),
    ("Inspectors visited the Arlit site on Monday.", [], []),
    # Canadian provinces abbreviated after a town, as US states are
    ("Leaders met last year in Kananaskis, Alta., for the summit.",
     [located("Kananaskis", "Alberta")], []),
    ("Leaders met in Toronto, Ont., on Monday.", [located("Toronto", "Ontario")], []),
]


@pytest.mark.parametrize("text,expected,absent", ROWS)
def test_place_rows(nlp, text, expected, absent):
    check_row(statics(nlp, text), expected, absent)


# -- typing: names a designator makes places -------------------------------------------
@pytest.mark.parametrize("text,name", [
    ("Gunmen attacked villages in Sokoto and Kebbi states on Monday.", "Sokoto"),
    ("Turkish jets struck the Gara and Hakurk regions of northern Iraq.", "Hakurk"),
    ("Soldiers were deployed to the province of Arauca last week.", "Arauca"),
])
def test_designated_name_is_a_place(nlp, text, name):
    doc, mentions = _resolved(nlp, text)
    entity = next(e for e in mentions.entities.values() if e.label == name)
    assert entity.type == "Location"


@pytest.mark.parametrize("text,name,kind", [
    # a designator used as a modifier says nothing: "state visit"
    ("President Ruto welcomed Joe Biden on a Biden state visit.", "Joe Biden", "Person"),
    # a nationality adjective before "state": no place
    ("The group wants an Islamic state in the region.", "Islamic", None),
])
def test_designator_does_not_retype(nlp, text, name, kind):
    doc, mentions = _resolved(nlp, text)
    entity = next((e for e in mentions.entities.values() if e.label == name), None)
    assert (entity.type if entity is not None else None) == kind
