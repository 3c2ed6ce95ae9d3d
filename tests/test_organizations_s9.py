"""Organisations table, session-9 extension (kg/data/organizations.csv): international
bodies and their organs, UN missions, courts, national intelligence services, armed forces,
state firms, juntas, armed groups and parties. Every sentence is invented for this file;
each fact depends on a new row (an acronym, a country or a parent the table now knows), and
the near misses check that the new names take no common word or another country's body."""
from __future__ import annotations

import csv
from importlib import resources

import pytest

from kg.extract import extract_doc
from kg.resolve.gazetteer import _clean, _split, load_gazetteer, slug
from kg.types import Article


def facts_of(nlp, text):
    doc = nlp(text)
    extraction = extract_doc(doc, Article(id="t", title="t", text=text))
    return {(f.subject, f.predicate, f.object) for f in extraction.facts
            if f.polarity == "positive"}


def entity_of(nlp, text, surface):
    """The (label, type) the article's entities give the mention ``surface``."""
    from kg.resolve import resolve
    doc = nlp(text)
    mentions = resolve(doc, Article(id="t", title="t", text=text))
    start = text.index(surface)
    span = doc.char_span(start, start + len(surface), alignment_mode="expand")
    ent = mentions.entity_at(span[-1])
    return (ent.label, ent.type) if ent is not None else None


FOUND = [
    # an acronym alone names the body: "SAF", "CNSP", "ARATS"
    ("The Atlas rebels accused the SAF of bombing a camp near the river.",
     ("rebels", "accuses", "Sudanese Armed Forces")),
    ("The CNSP accused ECOWAS of preparing a military intervention.",
     ("National Council for the Safeguard of the Homeland", "accuses",
      "Economic Community of West African States")),
    ("The Mainland Affairs Council criticised the ARATS for cancelling the talks.",
     ("Mainland Affairs Council", "criticizes", "Association for Relations Across the Taiwan Straits")),
    # a state firm or force the gazetteer knows as a country's: "Xland's <body>"
    ("Ukraine's Naftogaz said on Friday that Russia's Gazprom had cut its deliveries.",
     ("Gazprom", "memberOf", "Russia")),
    ("Ukraine's Naftogaz said on Friday that Russia's Gazprom had cut its deliveries.",
     ("Naftogaz", "memberOf", "Ukraine")),
    ("Russia's Black Sea Fleet moved two frigates out of the bay.",
     ("Black Sea Fleet", "memberOf", "Russia")),
    # a mission named with the organisation it belongs to (the gazetteer parent)
    ("The SAMIDRC, a force of the Southern African Development Community, withdrew from the city.",
     ("SADC Mission in the Democratic Republic of Congo", "memberOf",
      "Southern African Development Community")),
]


@pytest.mark.parametrize("text, expected", FOUND)
def test_found(nlp, text, expected):
    assert expected in facts_of(nlp, text)


@pytest.mark.parametrize("text, surface, expected", [
    ("Officials at the OPCW said the samples were being tested.", "OPCW",
     ("Organisation for the Prohibition of Chemical Weapons", "Organization")),
    ("Fighters of the ISKP claimed the bombing in a statement.", "ISKP",
     ("Islamic State Khorasan Province", "Group")),
    ("The Qassam Brigades released a video of the raid.", "Qassam Brigades",
     ("Qassam Brigades", "Group")),
    ("UNITAMS said its staff had left the capital.", "UNITAMS", ("UNITAMS", "Organization")),
])
def test_acronyms_and_short_names_are_the_body(nlp, text, surface, expected):
    assert entity_of(nlp, text, surface) == expected


NOT_FOUND = [
    # another country's body of the same generic name keeps its own country
    ("Kenya's National Intelligence Service arrested two suspects in the port.",
     ("National Intelligence Service", "memberOf", "South Korea")),
    ("The Philippine Energy Department said fuel prices would rise.",
     ("United States", "discusses", "fuel prices")),
    # a news agency credited in the dateline is no actor
    ("TOKYO, Aug 29 (KUNA) -- Japan and South Korea on Tuesday strongly condemned North "
     "Korea's test-firing of a ballistic missile.",
     ("Kuwait News Agency", "criticizes", "North Korea")),
]


@pytest.mark.parametrize("text, unexpected", NOT_FOUND)
def test_not_found(nlp, text, unexpected):
    assert unexpected not in facts_of(nlp, text)


@pytest.mark.parametrize("text, surface", [
    ("CCTV footage showed two men near the embassy.", "CCTV"),
    ("The APC was hit by a rocket near the border.", "APC"),
    ("The PDF of the report was posted online.", "PDF"),
    ("The ADF said the frigate had returned to Sydney.", "ADF"),
])
def test_ambiguous_acronyms_are_left_to_the_ner(nlp, text, surface):
    """Acronyms two bodies share ("ADF": Australia's forces or Congo's rebels) or that
    are common words elsewhere are no alias of any row."""
    hit = load_gazetteer().lookup(surface)
    assert hit is None or hit[0] != "org"


def _rows():
    text = resources.files("kg.data").joinpath("organizations.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


def test_table_is_consistent():
    """Unique ids, one row per name, known parents and countries, no name that is a
    country, demonym, capital, seat or region."""
    gaz = load_gazetteer()
    rows = _rows()
    ids = [slug(r["label"]) for r in rows]
    assert len(ids) == len(set(ids))
    owner: dict[str, str] = {}
    for row in rows:
        assert row["type"] in ("Organization", "Group"), row["label"]
        assert not row.get("parent") or row["parent"] in {r["label"] for r in rows}, row["label"]
        assert not row["country"] or row["country"] in gaz.countries, row["label"]
        for name in {_clean(n) for n in (row["label"], *_split(row["aliases"]))}:
            assert owner.setdefault(name, row["label"]) == row["label"], name
            for table in (gaz.country_names, gaz.demonyms, gaz.capitals, gaz.seats, gaz.regions):
                assert name not in table, name
