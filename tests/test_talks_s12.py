"""Session-12 talks, mediation and co-sponsors: go-betweens named together broker, sponsor or
host the same event (they cooperate), a shared mediation role, mediation "alongside" another,
the go-between of talks reported in the passive, shuttling between the sides, talks in
the adjunct of an infinitive, joint subjects named in apposition and talks held in measures
("two rounds of talks"). Every sentence is invented (other names and wording than the
studied articles')."""
from __future__ import annotations

import pytest

from tests.factkit import check_row, facts

CASES = [
    # 1. co-brokers and co-sponsors (:mod:`kg.extract.frames.alongside`, frame-co-brokers)
    ("The humanitarian pause, brokered by Egypt and Qatar, expired at dawn.",
     [("Egypt", "cooperatesWith", "Qatar", "positive")], []),
    ("A third round of the Geneva talks, sponsored by Norway and Switzerland, opened on Monday.",
     [("Norway", "cooperatesWith", "Switzerland", "positive")], []),
    ("The peace negotiations were facilitated by Kenya, Uganda and Tanzania.",
     [("Kenya", "cooperatesWith", "Uganda", "positive"), ("Uganda", "cooperatesWith", "Tanzania", "positive")], []),
    # one broker, or a condemnation by two, is no joint work
    ("The prisoner swap was brokered by Oman.", [], [("Oman", "cooperatesWith", "Oman", "positive")]),
    ("The missile test was condemned by Japan and South Korea.", [],
     [("Japan", "cooperatesWith", "South Korea", "positive")]),
    # 2. a shared mediation role (frame-joint-mediation) and mediation alongside another
    ("The truce was agreed in Doha with Qatari and Turkish mediation.",
     [("Qatar", "cooperatesWith", "Turkey", "positive")], []),
    ("Former Ghanaian President John Mahama led the mediation alongside former Malawian president Joyce Banda.",
     [("John Mahama", "cooperatesWith", "Joyce Banda", "positive")], []),
    ("Samoan Prime Minister Fiame Naomi Mata'afa, who chaired the forum alongside Jacinda Ardern, said ...",
     [("Fiame Naomi Mata'afa", "cooperatesWith", "Jacinda Ardern", "positive")], []),
    # the sponsored are no co-sponsors
    ("Iran, the main sponsor of Hezbollah and the Houthis, denied the report.", [],
     [("Hezbollah", "cooperatesWith", "Houthis", "positive")]),
    # 3. the go-between of talks in the passive (:mod:`kg.extract.frames.partners`, frame-mediated-talks)
    ("Indirect negotiations between Sudan and South Sudan are being mediated by Ethiopia.",
     [("Ethiopia", "negotiatesWith", "Sudan", "positive"), ("Ethiopia", "negotiatesWith", "South Sudan", "positive")],
     []),
    # 4. shuttling between the sides (frame-shuttling)
    ("EU envoy Miroslav Lajcak has spent months shuttling between Belgrade and Pristina.",
     [("Miroslav Lajcak", "negotiatesWith", "Serbia", "positive"),
      ("Miroslav Lajcak", "negotiatesWith", "Kosovo", "positive")], []),
    ("Armenian and Azerbaijani negotiators held a new round of talks in Geneva, with Swiss diplomats shuttling "
     "between the two delegations.",
     [("Switzerland", "negotiatesWith", "Armenia", "positive"),
      ("Switzerland", "negotiatesWith", "Azerbaijan", "positive")], []),
    ("Swiss diplomats refused to shuttle between Belgrade and Pristina.", [],
     [("Switzerland", "negotiatesWith", "Serbia", "positive")]),
    # 5. talks in the adjunct of an infinitive are held by the subject of its clause (frame-adjunct-talks)
    ("Prime Minister Nikol Pashinyan asked for a week to review the draft after talks with President Ilham Aliyev.",
     [("Nikol Pashinyan", "negotiatesWith", "Ilham Aliyev", "positive")], []),
    ("Secretary of State John Kerry spoke to reporters after five hours of talks with Foreign Minister Javad Zarif.",
     [("John Kerry", "negotiatesWith", "Javad Zarif", "positive")], []),
    ("President Salva Kiir asked for a week to review the draft after indirect talks with Riek Machar.",
     [("Salva Kiir", "negotiatesWith", "Riek Machar", "positive")],
     [("Salva Kiir", "meets", "Riek Machar", "positive")]),
    # 6. a joint subject named in apposition, talks held in measures (frame-joint-meeting)
    ("The two interior ministers, Gerald Darmanin of France and Nancy Faeser of Germany, held a meeting in Lille.",
     [("Gerald Darmanin", "meets", "Nancy Faeser", "positive")], []),
    ("Thailand and Cambodia held three rounds of talks on the disputed temple.",
     [("Thailand", "negotiatesWith", "Cambodia", "positive")], []),
    ("Ethiopia held two days of talks with Egypt in Cairo.",
     [("Ethiopia", "negotiatesWith", "Egypt", "positive")], []),
]


@pytest.mark.parametrize("text,expected,absent", CASES, ids=[c[0][:40] for c in CASES])
def test_talks(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)
