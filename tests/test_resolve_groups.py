"""Group actors, plural descriptions and other references added for unseen articles:
tables of (sentence, word, expected entity)."""
from __future__ import annotations

import pytest

from kg.resolve import resolve
from kg.resolve.groups import load_group_nouns
from kg.types import Article


def run(nlp, text, source=None):
    doc = nlp(text)
    return doc, resolve(doc, Article(id="t", title="t", text=text, source=source))


def token(doc, word, nth=0):
    return [t for t in doc if t.text == word][nth]


def labels_at(mentions, tok):
    return sorted(e.label for e in mentions.entities_at(tok))


GROUPS = [
    # plural actor nouns, with the modifiers that say which group
    ("Protesters blocked the main road to the airport.", "Protesters", 0, ["protesters"]),
    ("Police fired tear gas at demonstrators near the palace.", "demonstrators", 0,
     ["demonstrators"]),
    ("Student leaders and aid groups criticised the new law.", "leaders", 0,
     ["student leaders"]),
    ("Student leaders and aid groups criticised the new law.", "groups", 0,
     ["aid groups"]),
    ("The minister refused to talk to opposition parties.", "parties", 0,
     ["opposition parties"]),
    ("Western governments have condemned the election.", "governments", 0,
     ["Western governments"]),
    ("Islamist militants attacked a convoy in the north.", "militants", 0,
     ["Islamist militants"]),
    ("Sudan asked the international community for help.", "community", 0,
     ["international community"]),
    ("Peruvian rebels seized two towns.", "rebels", 0, ["Peruvian rebels"]),
    # a named group as modifier is the group itself
    ("Hezbollah fighters fired rockets across the border.", "fighters", 0, ["Hezbollah"]),
    # "the rebels" after a named armed group is that group
    ("Talks with the FARC resumed on Monday. The rebels said they wanted a deal.",
     "rebels", 0, ["Revolutionary Armed Forces of Colombia"]),
]


@pytest.mark.parametrize("text, word, nth, expected", GROUPS)
def test_group_actor(nlp, text, word, nth, expected):
    doc, mentions = run(nlp, text)
    assert labels_at(mentions, token(doc, word, nth)) == expected


NOT_GROUPS = [
    # nouns that need a modifier to name a group, and non-actor uses
    ("The groups met in the hall.", "groups"),
    ("Several governments have sent aid.", "governments"),
    ("The Gulf countries are rich.", "countries"),  # predicate / definite: not a new group
    # "which" is not said of people: the clause is about the country
    ("Police cracked down on protesters in Peru, which then closed its border.", "protesters"),
]


@pytest.mark.parametrize("text, word", NOT_GROUPS)
def test_not_a_group(nlp, text, word):
    doc, mentions = run(nlp, text)
    ents = mentions.entities_at(token(doc, word))
    assert not any(e.type == "Group" for e in ents)


@pytest.mark.parametrize("text, word, nth, expected", [
    # a party named before "party" is that party; "the ruling party" then refers to it
    ("Protests grew after the ruling Green Dawn party froze the bid. An opponent of the "
     "governing party spoke.", "party", 1, ["Green Dawn"]),
    # with no party named, the description itself is the group
    ("Kenya's largest opposition party blamed the police for the deaths.", "party", 0,
     ["opposition party"]),
    # organisation names the NER cut before "of" / "for the ..."
    ("The self-styled Council for the Defence of Lakes rejected the plan.", "Lakes", 0,
     ["Council for the Defence of Lakes"]),
    ("Three states quit the old pact to form the League of Coastal Towns.", "Towns", 0,
     ["League of Coastal Towns"]),
    # "the regime of President X": the country X leads
    ("NAIROBI - Kenya said on Monday that Kenya would act. Critics blamed the regime of "
     "President Amina Wanjiru Hassan for abuses.", "regime", 0, ["Kenya"]),
])
def test_party_and_name_forms(nlp, text, word, nth, expected):
    doc, mentions = run(nlp, text)
    assert labels_at(mentions, token(doc, word, nth)) == expected


def test_group_entity_type_and_id(nlp):
    doc, mentions = run(nlp, "Opposition parties boycotted the vote.")
    entity = mentions.entity_at(token(doc, "parties"))
    assert (entity.id, entity.label, entity.type) == ("opposition_parties", "opposition parties",
                                                      "Group")
    assert not mentions.is_resolved_by_coref(token(doc, "parties"))


def test_they_after_a_group_subject(nlp):
    doc, mentions = run(nlp, "Protesters gathered outside parliament. They demanded new "
                             "elections.")
    assert labels_at(mentions, token(doc, "They")) == ["protesters"]


def test_the_opposition_is_not_an_armed_group(nlp):
    doc, mentions = run(nlp, "Hamas fired rockets on Monday. The opposition criticised the "
                             "government.")
    assert labels_at(mentions, token(doc, "opposition")) == ["opposition"]


def test_group_nouns_table():
    nouns = load_group_nouns()
    assert nouns["protesters"].requires == frozenset() and nouns["protesters"].kind == "people"
    assert "rights" in nouns["groups"].requires and nouns["powers"].kind == "states"
    assert nouns["rebels"].kind == "armed" and nouns["party"].kind == "deferred"


PLURALS = [
    # a plural description names the countries the article listed together, however far
    # back, of the region its adjective names
    ("The plan came from Norway, Sweden and Denmark. Russia and China objected. "
     "Peru abstained. The three Nordic countries said they would go on.", "countries",
     ["Denmark", "Norway", "Sweden"]),
    ("The text was written by France and Germany. Russia and China voted no. "
     "Moscow argued that the Western powers had lied.", "powers", ["France", "Germany"]),
    ("The draft came from France and Germany. Russia and China voted no. "
     "Russia called the European plan a mistake.", "European", ["France", "Germany"]),
    ("Peru and Chile clashed at the border on Sunday. Brazil, which trades with "
     "both neighbours, called for calm.", "neighbours", ["Chile", "Peru"]),
    # "them" after a plural mention in the same sentence
    ("Peru and Chile clashed at the border on Sunday. Brazil, which trades with "
     "both neighbours, told them to talk.", "them", ["Chile", "Peru"]),
    # "both sides": a country and a rebel group named together
    ("The government of Colombia and the ELN signed a truce. Both sides agreed to free "
     "hostages.", "sides", ["Colombia", "National Liberation Army"]),
]


@pytest.mark.parametrize("text, word, expected", PLURALS)
def test_plural_description(nlp, text, word, expected):
    doc, mentions = run(nlp, text)
    assert labels_at(mentions, token(doc, word)) == expected


def test_regional_description_needs_matching_countries(nlp):
    # the only list is of non-European countries: "the European countries" names none of
    # them, but the bloc itself (as annotators keep it; P7)
    doc, mentions = run(nlp, "Russia, China and Iran voted no. The European countries "
                             "said they regretted it.")
    assert labels_at(mentions, token(doc, "countries")) == ["European countries"]


REFERENCES = [
    # a bare "the government" outside quotes is the article's own country
    ("LIMA - Peru's police arrested dozens of people in Lima on Monday. Peru said the unrest "
     "was over. Chile urged the government to free those detained.", "government", 0, ["Peru"]),
    # the last word of an organisation's name used alone
    ("The European Commission proposed new duties. The Commission said they were fair.",
     "Commission", 1, ["European Commission"]),
    ("The European Commission proposed new duties. Commission spokesman Paul Weber said "
     "they were fair.", "Commission", 1, ["European Commission"]),
    # a party named before "government" keeps its demonym; later uses name it too
    ("Prime Minister Ana Costa said her Ruritanian Hope government would resign. "
     "Ruritanian Hope leaders disagreed.", "Hope", 1, ["Ruritanian Hope"]),
    ("The president, an opponent of the governing party, spoke after the Green Dawn party won.",
     "Dawn", 0, ["Green Dawn"]),
]


@pytest.mark.parametrize("text, word, nth, expected", REFERENCES)
def test_reference(nlp, text, word, nth, expected):
    doc, mentions = run(nlp, text)
    assert labels_at(mentions, token(doc, word, nth)) == expected


def test_bare_government_is_the_paragraphs_country(nlp):
    # the dateline country speaks; the paragraph is about another country's government
    text = ("WASHINGTON - The United States said on Monday it would act. The United States "
            "has long warned Caracas.\n\nVenezuela's opposition blamed the government for "
            "fraud. The U.S. urged the government to talk.")
    doc, mentions = run(nlp, text)
    assert labels_at(mentions, token(doc, "government", 0)) == ["Venezuela"]
    assert labels_at(mentions, token(doc, "government", 1)) == ["Venezuela"]


def test_government_of_a_named_country_is_left_alone(nlp):
    doc, mentions = run(nlp, "LIMA - Peru said Peru would act. Critics blamed the government "
                             "of Chile.")
    assert mentions.entity_at(token(doc, "government")) != mentions.entities.get("PER")


def test_government_in_a_quote_is_left_to_the_speaker(nlp):
    doc, mentions = run(nlp, 'LIMA - Peru said Peru would act. Peru was calm. Chile\'s minister '
                             'said: "The government will not bow to pressure."')
    assert mentions.entity_at(token(doc, "government")) is None


def test_ruling_party_is_the_named_party(nlp):
    doc, mentions = run(nlp, "Prime Minister Ana Costa said her Ruritanian Hope government "
                             "would resign. An opponent of the governing party welcomed it.")
    assert labels_at(mentions, token(doc, "party")) == ["Ruritanian Hope"]
