"""Closed word sets shared by the title readers of :mod:`kg.extract.static`.

Tiny closed classes of English words, not lexicons: the titles themselves live in
``kg/data/titles.csv``.
"""
from __future__ import annotations

__all__ = ["NAME_HONORIFICS", "DOWNGRADE", "UNIT_HEADS", "RANK_ABBREVIATIONS", "FIELD_TITLES", "RANK_TITLES",
           "RANK_WORDS", "MOVEMENT_TITLES",
           "ENVOYS", "PORTFOLIO_WORDS", "PORTFOLIO_HOLDERS", "BODY_WORDS", "SECTOR_WORDS"]

#: Honorifics between a title and the name ("Supreme Leader Ayatollah Ali Khamenei").
NAME_HONORIFICS = frozenset({"ayatollah", "sheikh", "sheik", "sheikha", "sayyid", "mr", "mr.", "mrs",
                             "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lady", "lord",
                             "rev.", "h.e.", "prince", "princess", "smt", "smt.", "shri", "shri.", "prof", "prof."})
#: Words that make a leader's title a lesser office ("Deputy Prime Minister").
DOWNGRADE = frozenset({"deputy", "vice", "assistant", "junior"})
#: Units a leader's title may head inside a body ("the fund's mission chief", "IMF team
#: leader X"): who heads one is a member of the body, not its leader.
UNIT_HEADS = frozenset({"mission", "delegation", "team", "desk", "unit", "station",
                        "programme", "program", "project"})
#: Ranks written short, with or without the full stop ("Gen Y", "Brig. Gen. Y").
RANK_ABBREVIATIONS = frozenset({"gen", "gen.", "brig", "brig.", "lt", "lt.", "col", "col.",
                                "maj", "maj.", "capt", "capt.", "adm", "adm.", "sgt", "sgt."})
#: Titles of people who study or write on a field: a country before the noun is their
#: subject (or nationality), not their employer.
FIELD_TITLES = frozenset({"analyst", "specialist", "expert", "researcher", "fellow", "scholar",
                          "professor", "economist", "columnist"})
#: Military ranks (titles.csv): membership of the forces, or the lead of a junta.
RANK_TITLES = frozenset({"general", "gen.", "colonel", "col.", "admiral", "adm.", "captain",
                         "capt.", "major general", "lieutenant general", "brigadier general",
                         "brigadier", "field marshal", "lieutenant colonel", "vice admiral",
                         "rear admiral", "commodore"})
#: Words of military ranks written between an office and the name ("Armed Forces chief
#: General X", "Defence Minister Lt. Gen. Y"): the office is the title.
RANK_WORDS = frozenset({"general", "gen", "gen.", "major", "maj", "maj.", "lieutenant", "lt",
                        "lt.", "brigadier", "brig", "brig.", "colonel", "col", "col.",
                        "admiral", "adm", "adm.", "captain", "capt", "capt.", "commodore",
                        "marshal", "field", "senior", "rear", "vice", "air", "sergeant",
                        "sgt", "sgt."})
#: Titles of a standing in a party or movement, not an office: "X, a senior figure in
#: the Green Party" is a member of it; "a leading figure in Ruritania" of nothing.
MOVEMENT_TITLES = frozenset({"figure"})
#: Titles of people sent abroad by their own government: "the ambassador of X to Y"
#: belongs to X; a Commonwealth country's "high commissioner" is its ambassador.
ENVOYS = frozenset({"ambassador", "envoy", "consul", "representative", "delegate", "emissary",
                    "high commissioner"})

#: Words of a ministry's field that the NER takes for an organisation before "Minister"
#: ("National Security Minister X", "Heritage and Culture Minister Y").
PORTFOLIO_WORDS = frozenset({
    "national", "security", "foreign", "affairs", "defence", "defense", "finance", "economy",
    "economic", "trade", "energy", "health", "interior", "home", "justice", "education",
    "culture", "heritage", "transport", "agriculture", "environment", "labour", "labor",
    "industry", "digital", "development", "information", "communications", "housing",
    "tourism", "sport", "sports", "youth", "water", "resources", "planning", "public",
    "works", "social", "welfare", "strategic", "diaspora", "intelligence", "religious",
    "immigration", "integration", "science", "technology", "infrastructure", "commerce",
    "investment", "treasury", "climate", "fisheries", "mines", "oil", "petroleum", "gas",
    "minerals", "mineral", "power", "electricity", "and", "&", "of", "the", "internal", "external", "regional",
    "cooperation"})
#: People's titles whose "of" / "for" phrase names a portfolio ("Minister of Trade and
#: Industry"); a body would be the "Ministry of ...".
PORTFOLIO_HOLDERS = frozenset({"minister", "secretary", "commissioner"})
#: Head nouns of bodies' names: a name with one is a body, not a portfolio.
BODY_WORDS = frozenset({"council", "office", "commission", "committee", "agency", "authority",
                        "bank", "fund", "organization", "organisation", "union", "league",
                        "party", "forum", "assembly", "court", "institute", "association",
                        "group", "board", "bureau", "service", "ministry", "department",
                        "community", "alliance", "movement", "front", "army", "force",
                        "forces", "guard", "company", "corporation", "center", "centre",
                        "university", "foundation", "secretariat", "parliament", "senate",
                        "coalition"})
#: First words of titles that head one arm of a state ("police chief", "intelligence
#: director"): with a country named, the holder is a member of it, not its leader.
SECTOR_WORDS = frozenset({"police", "intelligence", "army", "military", "spy", "security",
                          "border", "navy", "defence", "defense", "customs", "prison",
                          "parliament"})
