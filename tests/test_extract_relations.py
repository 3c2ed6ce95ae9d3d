"""Extraction table, one block per relation family: (sentence, expected facts).

Every expected fact is (subject, predicate, object, polarity, modality); a modality
of None means "any". The sentences are written for these tests. Facts not listed
may also be extracted, except those in the ``absent`` column.
"""
from __future__ import annotations

import pytest

from kg.extract import extract_doc
from kg.types import Article

A, N = "positive", "negative"

ROWS = [
    # -- consult: meets, visits, negotiatesWith --------------------------------------------
    ("Russia and China met in Moscow.", [("Russia", "meets", "China", A, "asserted")]),
    ("President John Carter met Chinese President Li Wei in Geneva.", [("John Carter", "meets", "Li Wei", A, "asserted")]),
    ("Chancellor Olga Petrova met with President John Carter on Tuesday.", [("Olga Petrova", "meets", "John Carter", A, None)]),
    ("Japan hosted India for two days of consultations.", [("Japan", "meets", "India", A, None)]),
    ("King Hamad received Prime Minister Maria Lopez at the palace.", [("King Hamad", "meets", "Maria Lopez", A, None)]),
    ("President Li Wei welcomed Chancellor Olga Petrova to Beijing.", [("Li Wei", "meets", "Olga Petrova", A, None)]),
    ("Prime Minister Maria Lopez visited Japan.", [("Maria Lopez", "visits", "Japan", A, "asserted")]),
    ("Germany's foreign minister Klaus Weber travelled to Egypt.", [("Klaus Weber", "visits", "Egypt", A, None)]),
    ("Prime Minister Maria Lopez arrived in Kenya on Sunday.", [("Maria Lopez", "visits", "Kenya", A, None)]),
    ("Israel negotiated with Lebanon over the maritime border.", [("Israel", "negotiatesWith", "Lebanon", A, None)]),
    ("Qatar mediated between Israel and Hamas.", [("Qatar", "negotiatesWith", "Israel", A, None)]),
    ("Iran held talks with Saudi Arabia in Baghdad.", [("Iran", "negotiatesWith", "Saudi Arabia", A, None)]),
    ("Talks between Armenia and Azerbaijan resumed in Brussels.", [("Armenia", "negotiatesWith", "Azerbaijan", A, None)]),
    ("A meeting between Egypt and Ethiopia ended without agreement.", [("Egypt", "meets", "Ethiopia", A, None)]),
    ("Kenya's visit to Somalia was brief.", [("Kenya", "visits", "Somalia", A, None)]),
    ("Chancellor Olga Petrova had a phone call with President John Carter.", [("Olga Petrova", "meets", "John Carter", A, None)]),
    # -- cooperate: cooperatesWith, supports, aids -----------------------------------------
    ("Egypt signed an agreement with Sudan on water sharing.", [("Egypt", "cooperatesWith", "Sudan", A, None)]),
    ("Israel and Morocco signed a trade deal.", [("Israel", "cooperatesWith", "Morocco", A, None)]),
    ("Vietnam cooperated with Laos on flood control.", [("Vietnam", "cooperatesWith", "Laos", A, None)]),
    ("Chile and Peru agreed to re-establish diplomatic relations.", [("Chile", "cooperatesWith", "Peru", A, None)]),
    ("Bahrain normalized relations with Qatar.", [("Bahrain", "cooperatesWith", "Qatar", A, None)]),
    ("Kenya reached a deal with Uganda over the railway.", [("Kenya", "cooperatesWith", "Uganda", A, None)]),
    ("The Japan-Australia alliance was strengthened.", [("Japan", "cooperatesWith", "Australia", A, None)]),
    ("Israel's peace treaty with Jordan was signed in 1994.", [("Israel", "cooperatesWith", "Jordan", A, None)]),
    ("Ethiopia and Eritrea ended the war.", [("Ethiopia", "cooperatesWith", "Eritrea", A, None)]),
    ("Peru and Chile settled their maritime dispute.", [("Peru", "cooperatesWith", "Chile", A, None)]),
    ("Poland praised Lithuania for its courage.", [("Poland", "supports", "Lithuania", A, None)]),
    ("France backed Greece in the dispute.", [("France", "supports", "Greece", A, None)]),
    ("Norway endorsed Sweden's candidacy.", [("Norway", "supports", "Sweden", A, None)]),
    ("Brazil sided with Argentina in the dispute.", [("Brazil", "supports", "Argentina", A, None)]),
    ("Italy supports Ukraine.", [("Italy", "supports", "Ukraine", A, "asserted")]),
    ("Canada sent aid to Haiti.", [("Canada", "aids", "Haiti", A, None)]),
    ("Japan provided assistance to the Philippines after the typhoon.", [("Japan", "aids", "Philippines", A, None)]),
    ("The United States armed Taiwan.", [("United States", "aids", "Taiwan", A, None)]),
    ("Germany helped Moldova with energy supplies.", [("Germany", "aids", "Moldova", A, None)]),
    # -- request: appealsTo, demandsFrom ---------------------------------------------------
    ("Pakistan urged India to show restraint.", [("Pakistan", "appealsTo", "India", A, None)]),
    ("The United Nations called on Myanmar to hold elections.", [("United Nations", "appealsTo", "Myanmar", A, None)]),
    # calling on someone to release, halt or reverse something is a demand
    ("The United Nations called on Myanmar to release prisoners.", [("United Nations", "demandsFrom", "Myanmar", A, None)]),
    ("Mexico appealed to the United States for help.", [("Mexico", "appealsTo", "United States", A, None)]),
    ("Ghana asked Nigeria to reopen the border.", [("Ghana", "appealsTo", "Nigeria", A, None)]),
    ("China demanded that Japan apologize.", [("China", "demandsFrom", "Japan", A, None)]),
    ("Britain pressed Iran to free the sailors.", [("United Kingdom", "demandsFrom", "Iran", A, None)]),
    ("Turkey demanded an apology from Greece.", [("Turkey", "demandsFrom", "Greece", A, None)]),
    # -- disapprove: criticizes, accuses ---------------------------------------------------
    ("France and Germany condemned Iran.", [("France", "criticizes", "Iran", A, None), ("Germany", "criticizes", "Iran", A, None)]),
    ("Japan strongly condemned North Korea's missile launch.", [("Japan", "criticizes", "North Korea", A, None)]),
    ("Sweden criticized Hungary over its media law.", [("Sweden", "criticizes", "Hungary", A, None)]),
    ("Ukraine denounced Belarus.", [("Ukraine", "criticizes", "Belarus", A, None)]),
    ("Serbia slammed Kosovo for the arrests.", [("Serbia", "criticizes", "Kosovo", A, None)]),
    ("Ethiopia accused Egypt of sabotage.", [("Ethiopia", "accuses", "Egypt", A, None)]),
    ("Venezuela blamed Colombia for the attack.", [("Venezuela", "accuses", "Colombia", A, None)]),
    ("Chile and Peru accused each other of provocations.", [("Chile", "accuses", "Peru", A, None), ("Peru", "accuses", "Chile", A, None)]),
    ("Accusations from Australia that China had hacked its parliament grew.", [("Australia", "accuses", "China", A, None)]),
    # -- reject ----------------------------------------------------------------------------
    ("Beijing rejected the ruling by the International Court of Justice.", [("China", "rejects", "International Court of Justice", A, None)]),
    ("Iran rejected France's proposal.", [("Iran", "rejects", "France", A, None)]),
    ("Iran rejected the proposal by France.", [("Iran", "rejects", "France", A, None)]),
    ("Morocco dismissed Algeria's claims.", [("Morocco", "rejects", "Algeria", A, None)]),
    ("Russia vetoed Albania's resolution.", [("Russia", "rejects", "Albania", A, None)]),
    # -- threaten --------------------------------------------------------------------------
    ("North Korea threatened South Korea.", [("North Korea", "threatens", "South Korea", A, None)]),
    ("Foreign Minister Ahmed Hassan warned Israel not to enter Gaza.", [("Ahmed Hassan", "threatens", "Israel", A, None)]),
    ("Serbia warned of consequences if Kosovo recognized the vote.", [("Serbia", "threatens", "Kosovo", A, None)]),
    # -- protest ---------------------------------------------------------------------------
    ("The government of Japan lodged a protest against China.", [("Japan", "protestsAgainst", "China", A, None)]),
    ("Greece protested against Turkey's drilling.", [("Greece", "protestsAgainst", "Turkey", A, None)]),
    # -- coerce: sanctions -----------------------------------------------------------------
    ("The European Union slapped sanctions on Belarus.", [("European Union", "sanctions", "Belarus", A, None)]),
    ("The United States sanctioned Iran.", [("United States", "sanctions", "Iran", A, None)]),
    ("Canada expelled Russia's ambassador.", [("Canada", "sanctions", "Russia", A, None)]),
    ("Russia banned Georgian wine imports from Georgia.", [("Russia", "sanctions", "Georgia", A, None)]),
    ("Australia's sanctions against Myanmar took effect.", [("Australia", "sanctions", "Myanmar", A, None)]),
    ("Britain announced new sanctions on eight Iranian officials.", [("United Kingdom", "sanctions", "Iran", A, None)]),
    # -- assault ---------------------------------------------------------------------------
    ("Russia attacked Ukraine.", [("Russia", "attacks", "Ukraine", A, "asserted")]),
    ("Israel bombed Syria.", [("Israel", "attacks", "Syria", A, None)]),
    ("Azerbaijan shelled Armenia overnight.", [("Azerbaijan", "attacks", "Armenia", A, None)]),
    ("Iraq invaded Kuwait in 1990.", [("Iraq", "attacks", "Kuwait", A, None)]),
    ("Indian troops clashed with Chinese troops.", [("India", "attacks", "China", A, None)]),
    ("Turkey launched an offensive against Syria.", [("Turkey", "attacks", "Syria", A, None)]),
    ("Russia's war in Ukraine continued.", [("Russia", "attacks", "Ukraine", A, None)]),
    ("Chinese cyberattacks on American networks worried officials.", [("China", "attacks", "United States", A, None)]),
    ("Deadly clashes between Sudan and South Sudan erupted.", [("Sudan", "attacks", "South Sudan", A, None), ("South Sudan", "attacks", "Sudan", A, None)]),
    ("Iranian attacks on Israel escalated.", [("Iran", "attacks", "Israel", A, None)]),
    # -- topic: discusses, concernedAbout, denies ------------------------------------------
    ("President John Carter discussed the war in Yemen.", [("John Carter", "discusses", "war in yemen", A, None)]),
    ("Chancellor Olga Petrova raised the issue of climate change.", [("Olga Petrova", "discusses", "climate change", A, None)]),
    ("Japan and Korea discussed trade.", [("Japan", "discusses", "trade", A, None), ("South Korea", "discusses", "trade", A, None)]),
    ("Egypt expressed concern about the dam.", [("Egypt", "concernedAbout", "dam", A, None)]),
    ("China's concern about the tilt to Europe grew.", [("China", "concernedAbout", "tilt to europe", A, None)]),
    ("Poland fears Russian aggression.", [("Poland", "concernedAbout", "aggression", A, None)]),
    ("Japan is concerned about China's military buildup.", [("Japan", "concernedAbout", "military buildup", A, None)]),
    ("The United States remains alarmed by North Korea's nuclear tests.", [("United States", "concernedAbout", "nuclear tests", A, None)]),
    ("Germany is worried about Russian gas supplies.", [("Germany", "concernedAbout", "gas supplies", A, None)]),
    ("Sweden was critical of Hungary's media law.", [("Sweden", "criticizes", "Hungary", A, None)]),
    ("Egypt is opposed to Ethiopia's dam.", [("Egypt", "rejects", "Ethiopia", A, None)]),
    ("Turkey denied engaging in espionage.", [("Turkey", "denies", "espionage", A, None)]),
    ("Iran denied the allegations.", [("Iran", "denies", "allegations", A, None)]),
    ("Iran and world powers reached a deal on Iran's nuclear program.", [("Iran", "discusses", "nuclear program", A, None)]),
]


def _facts(nlp, sentence):
    doc = nlp(sentence)
    ext = extract_doc(doc, Article(id="t", title="", text=sentence, date="2024-03-05"))
    return {(f.subject, f.predicate, f.object, f.polarity, f.modality) for f in ext.facts}


def _matches(expected, facts):
    s, p, o, pol, mod = expected
    for fs, fp, fo, fpol, fmod in facts:
        if fp != p or fpol != pol or (mod is not None and fmod != mod):
            continue
        symmetric = p in ("meets", "negotiatesWith", "cooperatesWith")
        ends = {(fs, fo), (fo, fs)} if symmetric else {(fs, fo)}
        # topics: the extracted phrase may carry modifiers ("so-called tilt to europe")
        if any(a == s and (b == o or (p in ("discusses", "concernedAbout", "denies") and o in b)) for a, b in ends):
            return True
    return False


XFAIL = {
    "Japan and Korea discussed trade.": "resolve: bare 'Korea' is not mapped to South Korea",
    "Iran rejected the proposal by France.": "the parser attaches 'by France' to the verb, not to 'proposal'",
    "The United States armed Taiwan.": "the tagger reads 'armed' as an adjective here, so no verb trigger",
}


@pytest.mark.parametrize("sentence,expected", [
    pytest.param(s, e, marks=pytest.mark.xfail(reason=XFAIL[s], strict=False)) if s in XFAIL else (s, e)
    for s, e in ROWS])
def test_relation_table(nlp, sentence, expected):
    facts = _facts(nlp, sentence)
    missing = [e for e in expected if not _matches(e, facts)]
    assert not missing, f"missing {missing}; got {sorted(facts)}"
