"""Memberships and leads (A4): field operations of international organisations, local
heads of cities and provinces, dictionary titles ("Trade Representative", "junta chief",
"Enlargement Commissioner"), and namesakes of known office holders; with near misses
that must give nothing.
"""
from __future__ import annotations

import pytest

from factkit import check_row, facts

P = "positive"

# (text, article date, expected keys, absent keys)
ROWS = [
    # -- an organisation's field operation named in apposition or before its acronym
    ("The Alliance's observer mission, RUMOB, said the ceasefire held on Monday.", None,
     [("RUMOB", "memberOf", "Alliance", P)], []),
    ("Nato's monitoring mission, BALTMON, reported no incidents along the border.", None,
     [("BALTMON", "memberOf", "Nato", P)], []),
    ("The NATO-led peacekeeping force KFOR said it had stepped up patrols near the "
     "boundary.", None, [("KFOR", "memberOf", "North Atlantic Treaty Organization", P)], []),
    ("The U.N. Assistance Mission in Ruritania, known as UNAMR, urged all sides to talk.",
     None, [("U.N. Assistance Mission in Ruritania", "memberOf", "United Nations", P)], []),
    ("The UN Mission in South Sudan (UNMISS) warned of renewed fighting in Jonglei.", None,
     [("UNMISS", "memberOf", "United Nations", P)], []),
    # near misses: a UN agency is not listed as the UN's member; a lowercase "force"
    # before a country's army names no organisation's operation
    ("The UN Refugee Agency (UNHCR) said 20,000 people had fled.", None,
     [], [("UNHCR", "memberOf", "United Nations", P)]),
    ("Officials said the security force Hamas runs in Gaza had been weakened.", None,
     [], [("Hamas", "memberOf", "Gaza", P)]),
    # -- a local head's title after the city or province it names
    ("Kyiv Mayor Vitali Klitschko said two people were killed in the Darnytskyi district.",
     None, [("Vitali Klitschko", "leaderOf", "Kyiv", P)],
     [("Vitali Klitschko", "leaderOf", "Ukraine", P)]),
    ("Manitoba Premier Joan Riley said the province would retaliate against the tariffs.",
     None, [("Joan Riley", "leaderOf", "Manitoba", P)], []),
    ("Ohio Governor Karl Huber met the delegation on Friday.", None,
     [("Karl Huber", "leaderOf", "Ohio", P)], []),
    # near misses: a demonym keeps the national reading; a bank is no place
    ("Chinese Premier Li Qiang met the delegation on Friday.", "2025-06-10",
     [("Li Qiang", "leaderOf", "China", P)], [("Li Qiang", "leaderOf", "Chinese", P)]),
    ("Central Bank Governor Ana Ruiz said rates would rise.", None,
     [], [("Ana Ruiz", "leaderOf", "Central", P)]),
    # -- an envoy belongs to whoever sends them, not to the place they are sent to
    ("Mara Lind, the U.N. secretary-general's special representative for Ruritania, urged "
     "calm.", None, [("Mara Lind", "memberOf", "United Nations", P)],
     [("Mara Lind", "memberOf", "Ruritania", P)]),
    ("Paul Abbot, President Donald Trump's special envoy for Ukraine, visited Kyiv.",
     "2025-06-10", [("Paul Abbot", "memberOf", "United States", P)],
     [("Paul Abbot", "memberOf", "Ukraine", P)]),
    ("Hugo Grant, Britain's ambassador to Iran, was summoned on Monday.", None,
     [("Hugo Grant", "memberOf", "United Kingdom", P)], [("Hugo Grant", "memberOf", "Iran", P)]),
    ("Anna Berg, the special envoy for Syria, urged restraint.", None,
     [], [("Anna Berg", "memberOf", "Syria", P)]),
    # near miss: "a representative for" a company is its spokesperson
    ("John Park, a representative for Samsung Electronics, declined to comment.", None,
     [("John Park", "memberOf", "Samsung Electronics", P)], []),
    # -- letters after the name ("MP") before the title in apposition
    ("The Hon Richard Marles MP, Deputy Prime Minister and Minister for Defence\n\nToday I "
     "signed the agreement in Jakarta.", "2026-09-16",
     [("Richard Marles", "memberOf", "Australia", P)], []),
    # -- a long body after the title's "of" (the title's words further back than usual)
    ("General Secretary of the Communist Party of Vietnam Central Committee To Lam received "
     "the delegation.", "2025-06-10",
     [("To Lam", "leaderOf", "Communist Party of Vietnam", P)], []),
    # -- a portfolio after "for" that the NER took for an organisation is no body, and
    # the dictionary adds nothing where the text names the part of its body
    ("The Commission, represented by Commissioner for Crisis Management Hadja Lahbib, "
     "pledged 120 million euros.", "2025-06-10", [],
     [("Hadja Lahbib", "memberOf", "Crisis Management", P)]),
    ("The European Commission, represented by Commissioner for Crisis Management Hadja "
     "Lahbib, pledged 120 million euros.", "2025-06-10",
     [("Hadja Lahbib", "memberOf", "European Commission", P)],
     [("Hadja Lahbib", "memberOf", "European Union", P),
      ("Hadja Lahbib", "memberOf", "Crisis Management", P)]),
    # -- titles the office-holders dictionary reads
    ("Trade Representative Jamieson Greer said the truce would hold.", "2025-06-10",
     [("Jamieson Greer", "memberOf", "United States", P)], []),
    ("The envoy will meet junta chief Min Aung Hlaing in Naypyitaw next week.", "2025-06-10",
     [("Min Aung Hlaing", "leaderOf", "Myanmar", P)], [("Min Aung Hlaing", "memberOf", "Myanmar", P)]),
    ("Enlargement Commissioner Marta Kos said the talks would resume.", "2025-06-10",
     [("Marta Kos", "memberOf", "European Union", P)], []),
    ("Foreign Secretary Vikram Misri told reporters the firing had stopped.", "2025-06-10",
     [("Vikram Misri", "memberOf", "India", P)], []),
    ("Security Secretary Omar García Harfuch told reporters that 26 suspects were sent "
     "abroad.", "2025-06-10", [("Omar García Harfuch", "memberOf", "Mexico", P)], []),
    # near miss: the dictionary's commissioner before her term
    ("Commissioner Marta Kos said the talks would resume.", "2023-06-10",
     [], [("Marta Kos", "memberOf", "European Union", P)]),
]


@pytest.mark.parametrize("text,date,expected,absent", ROWS, ids=[r[0][:40] for r in ROWS])
def test_static_a4(nlp, text, date, expected, absent):
    check_row(facts(nlp, text, date=date), expected, absent)


def test_namesake_keeps_the_text_country(nlp):
    """"Defense Minister Pedro Sánchez" in a Colombian story is not Spain's prime minister:
    a minister's title the dictionary's namesake never held keeps the article's country."""
    text = ("BOGOTA (Reuters) - Colombia's army said rebels attacked a base in the east. "
            "Defense Minister Pedro Sánchez said 20 soldiers were wounded in the attack. "
            "Colombia's government suspended talks with the rebels.")
    got = facts(nlp, text, date="2025-06-10")
    check_row(got, [("Pedro Sánchez", "memberOf", "Colombia", P)],
              [("Pedro Sánchez", "leaderOf", "Spain", P)])


def test_head_title_still_defers_to_dictionary(nlp):
    """A head's title for a known head guessed into another country still gives way."""
    text = ("ANKARA (Reuters) - Turkey hosted the talks on Monday. "
            "President Pedro Sánchez said Spain would send aid to the region.")
    got = facts(nlp, text, date="2025-06-10")
    check_row(got, [], [("Pedro Sánchez", "leaderOf", "Turkey", P)])
