"""Session-10 events, round 2: precision of the agreement, audience and firing readings,
and recurring misses (hyphenated backers, participles on texts, threatened measures, acts
condemned as a wrong, diplomats from a coordination). Every sentence is invented for this
file; a row is (text, facts that must come out, facts that must not), each fact as
(subject, predicate, object, polarity)."""
from __future__ import annotations

import pytest

from factkit import facts, found

P, N = "positive", "negative"
D = "discusses"

ROWS = [
    # an agreed act on actors, events, ties or a thing transformed is no matter discussed
    ("Ghana and Togo agreed on Monday to direct their officials to speed up work on the highway.",
     [], [("Ghana", D, "officials", P)]),
    ("Leaders of the Andean bloc agreed to invite four countries to the summit. Peru and Chile agreed to "
     "appoint envoys.", [], [("Peru", D, "envoys", P)]),
    ("Kenya and Uganda agreed to halt the fighting along the border.", [], [("Kenya", D, "fighting", P)]),
    ("Chile and Peru agreed to suspend their offensive against the rebels.", [],
     [("Chile", D, "offensive against the rebels", P)]),
    ("Chile and Peru agreed to turn the border into a zone of peace.", [], [("Chile", D, "border", P)]),
    ("The two leaders, Gabriel Boric and Dina Boluarte, agreed to maintain close contact.", [],
     [("Gabriel Boric", D, "close contact", P), ("Gabriel Boric", D, "contact", P)]),
    ("Ghana and Togo agreed to pursue a friendly relationship.", [], [("Ghana", D, "friendly relationship", P)]),
    ("Kenya and Uganda agreed to take concrete steps to curb smuggling.", [], [("Kenya", D, "concrete steps", P)]),
    # talks agreed on are about their own matter; a measure agreed on stays a matter
    ("Egypt and Sudan agreed to resume technical talks on the dam.", [("Egypt", D, "dam", P)],
     [("Egypt", D, "technical talks", P)]),
    ("Ecuador and Colombia agreed to lift tariffs on bananas.", [("Ecuador", D, "tariffs on bananas", P)], []),
    # an audience addressed is no topic; a stance stressed is no topic
    ("Chilean President Gabriel Boric addressed the chamber on Monday.", [], [("Gabriel Boric", D, "chamber", P)]),
    ("Addressing lawmakers of his party in Lima, Peruvian President Jose Jeri criticised Chile.",
     [("Jose Jeri", "criticizes", "Chile", P)], [("Jose Jeri", D, "lawmakers of his party", P)]),
    ("Hungarian Prime Minister Viktor Orban is due to address both houses of parliament.", [],
     [("Viktor Orban", D, "houses of parliament", P)]),
    ("Brazilian President Lula, addressing supporters in Sao Paulo, praised Argentina.", [],
     [("Lula", D, "supporters in sao paulo", P)]),
    ("Kenyan President William Ruto addressed the issue of piracy.", [("William Ruto", D, "piracy", P)], []),
    ("Peruvian Foreign Minister Elmer Schialer stressed his country's readiness to supply lithium to Japan.", [],
     [("Elmer Schialer", D, "readiness", P)]),
    ("Chile and Peru reviewed progress under their trade pact.", [], [("Chile", D, "progress", P)]),
    ("Chile and Peru reviewed progress on the railway project.", [("Chile", D, "progress on the railway project", P)], []),
    # an office holder or a government dismissed is fired, not rejected
    ("Peruvian President Dina Boluarte dismissed the government of Prime Minister Alberto Otarola.", [],
     [("Dina Boluarte", "rejects", "Peru", P)]),
    ("Kyrgyz President Sadyr Japarov dismissed his defence minister on Friday.", [],
     [("Sadyr Japarov", "rejects", "Kyrgyzstan", P)]),
    ("Ukrainian President Volodymyr Zelensky dismissed army chief Valerii Zaluzhnyi.", [],
     [("Volodymyr Zelensky", "rejects", "Valerii Zaluzhnyi", P)]),
    ("Russian President Vladimir Putin dismissed Ukrainian President Volodymyr Zelensky as a puppet.",
     [("Vladimir Putin", "rejects", "Volodymyr Zelensky", P)], []),
    # "X-aligned / X-allied Y": X backs Y; the active verb is no backing of its object
    ("Fighting continued between the Iran-aligned Houthi rebels and the army.", [("Iran", "supports", "Houthis", P)], []),
    ("The Kremlin-aligned Wagner Group withdrew from the town.", [("Russia", "supports", "Wagner Group", P)], []),
    ("Turkish-allied Syrian fighters attacked the town.", [("Turkey", "supports", "Syrian fighters", P)], []),
    ("Hungary aligned its foreign policy with Russia.", [], [("Hungary", "supports", "foreign policy", P)]),
    # diplomats from a coordination: every country
    ("Venezuela ordered diplomats from Argentina and Chile to leave the country.",
     [("Venezuela", "protestsAgainst", "Argentina", P), ("Venezuela", "protestsAgainst", "Chile", P)], []),
    ("Nicaragua ordered diplomats from Spain and Italy to leave.",
     [("Nicaragua", "protestsAgainst", "Spain", P), ("Nicaragua", "protestsAgainst", "Italy", P)], []),
    # a participle on a text is its author's act
    ("U.S. President Donald Trump met Turkish President Tayyip Erdogan last year. Pence flew to Ankara with a "
     "letter from Trump urging Erdogan to make a deal.", [("Donald Trump", "appealsTo", "Tayyip Erdogan", P)], []),
    ("Kenya's letter demanding an apology from Uganda was published on Monday.", [("Kenya", "demandsFrom", "Uganda", P)], []),
    ("Brazil issued a statement urging Venezuela to release the vote tallies.",
     [("Brazil", "demandsFrom", "Venezuela", P)], []),
    ("Chilean President Gabriel Boric met Argentina's Javier Milei. Boric responded within hours by ordering "
     "steep tariffs on all Argentine imports.", [("Gabriel Boric", "sanctions", "Argentina", P)], []),
    # the target of a threatened measure is the measure's target
    ("Canada threatened tariffs on steel from Mexico.", [("Canada", "threatens", "Mexico", P)], []),
    ("The EU threatened punishing duties on imports from China.", [("European Union", "threatens", "China", P)], []),
    ("Chilean President Gabriel Boric met Xi. Boric has threatened to extend duties to $50 billion of imports "
     "from Peru.", [("Gabriel Boric", "threatens", "Peru", P)], [("Gabriel Boric", "sanctions", "Peru", P)]),
    ("Ghana did not threaten to impose sanctions on Togo.", [("Ghana", "threatens", "Togo", N)],
     [("Ghana", "threatens", "Togo", P)]),
    # an act condemned as a wrong blames its author
    ("Ethiopia signed a pact with Somaliland in January. Somalia denounced the pact as an attack on its "
     "sovereignty.", [("Somalia", "criticizes", "Ethiopia", P)], []),
    ("Turkey maintains bases in northern Iraq, which Baghdad has long criticised as a breach of its borders.",
     [("Iraq", "criticizes", "Turkey", P)], []),
    ("China built artificial islands in the sea, which Manila condemns as a violation of its sovereignty.",
     [("Philippines", "criticizes", "China", P)], []),
    ("Israel built new settlements, which Jordan condemned as a breach of international law.",
     [("Jordan", "criticizes", "Israel", P)], []),
]


@pytest.mark.parametrize("text,expected,absent", ROWS, ids=[r[0][:60] for r in ROWS])
def test_row(nlp, text, expected, absent):
    got = {(f.subject, f.predicate, f.object, f.polarity) for f in facts(nlp, text)}
    assert [w for w in expected if not found(w, got)] == [], f"got {sorted(got)}"
    assert [a for a in absent if found(a, got)] == [], f"got {sorted(got)}"
