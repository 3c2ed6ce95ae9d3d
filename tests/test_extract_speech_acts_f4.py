"""Extraction table for F4's actor-to-actor speech-act mechanisms (texts written for these tests).

Rows are (text, expected facts, absent facts); facts are (subject, predicate, object,
polarity). Absent facts must NOT be extracted.
"""
from __future__ import annotations

import pytest

from kg.extract import extract_doc
from kg.types import Article

A, N = "positive", "negative"

# -- a speech act coordinated with the reported clause is the reporter's -----------------------
REPORTER_ROWS = [
    # the parser hangs "accused" on the inner clause, whose subject is the one accused
    ('Chilean Foreign Minister Ana Soto said Peru was "a threat to the region" and accused Lima of '
     'arming the rebels.',
     [("Ana Soto", "accuses", "Peru", A)], []),
    ("The Chilean army said the shells hit a school near the border and accused Peru of firing them.",
     [("Chile", "accuses", "Peru", A)], []),
    ("Chilean Foreign Minister Ana Soto said the report showed that Bolivia had ignored the treaty and criticized La Paz for its silence.",
     [("Ana Soto", "criticizes", "Bolivia", A)], []),
    ("Chilean Foreign Minister Ana Soto said the bank backed a plan to delay repayments for countries hit by floods and called on "
     "Brazil to join it.",
     [("Ana Soto", "appealsTo", "Brazil", A)], []),
    # a clause about the speaker's own side goes on as that side's act
    ("Foreign ministry spokesman Ivan Petrov said Chile was deeply concerned by the fighting and urged "
     "Peru to return to talks.",
     [("Chile", "appealsTo", "Peru", A)], [("Ivan Petrov", "appealsTo", "Peru", A)]),
    # near misses: the clause's own speech act, an auxiliary, a relative clause, the report after
    ("Ana Soto said Peru had criticized Chile and accused Bolivia of spying.",
     [("Peru", "accuses", "Bolivia", A)], [("Ana Soto", "accuses", "Bolivia", A)]),
    ("Ana Soto said Peru had mobilised troops and had accused Bolivia of spying.",
     [], [("Ana Soto", "accuses", "Bolivia", A)]),
    ("Ana Soto said the militia, which seized the town and accused Bolivia of spying, had withdrawn.",
     [], [("Ana Soto", "accuses", "Bolivia", A)]),
]


# -- a request whose act is to stop, withdraw, release ... is a demand, wherever the parser
#    hangs the infinitive ----------------------------------------------------------------------
DEMAND_ROWS = [
    ("Chile called on Peru to withdraw its troops from the border.", [("Chile", "demandsFrom", "Peru", A)],
     [("Chile", "appealsTo", "Peru", A)]),
    # (the infinitive parsed as an adverbial clause of "called")
    ("Chilean Foreign Minister Ana Soto said her government would not be provoked but would \"defend every metre\" of "
     "its land, and called on Lima to withdraw troops from the area.", [("Ana Soto", "demandsFrom", "Peru", A)], []),
    ('The Chilean minister said Chile would "defend every metre" of its territory and called on Peru to withdraw '
     'its soldiers.', [("Chile", "demandsFrom", "Peru", A)], [("Chile", "appealsTo", "Peru", A)]),
    ("Chile urged Peru to release the detained fishermen and to return the seized boats.",
     [("Chile", "demandsFrom", "Peru", A)], []),
    # near misses: asking to take part, or to come back to the table, is an appeal
    ("Chile urged Peru to take part in the regional summit.", [("Chile", "appealsTo", "Peru", A)],
     [("Chile", "demandsFrom", "Peru", A)]),
    ("Chile urged Peru to return to the negotiating table.", [("Chile", "appealsTo", "Peru", A)],
     [("Chile", "demandsFrom", "Peru", A)]),
    ("Chile urged Bolivia and Peru to exercise restraint and return to the ceasefire.",
     [("Chile", "appealsTo", "Peru", A)], [("Chile", "demandsFrom", "Peru", A)]),
    ("Chile urged Peru to exercise restraint and return the seized boats.",
     [("Chile", "demandsFrom", "Peru", A)], []),
]


def _facts(nlp, text):
    ext = extract_doc(nlp(text), Article(id="t", title="", text=text, date="2024-03-05"), min_confidence=0.0)
    return ext.facts


def _same(exp, f):
    s, p, o, pol = exp
    if f.predicate != p or f.polarity != pol:
        return False
    pairs = {(f.subject, f.object)}
    if p in ("meets", "negotiatesWith", "cooperatesWith"):
        pairs.add((f.object, f.subject))
    return (s, o) in pairs


def _check(nlp, text, expected, absent):
    facts = _facts(nlp, text)
    got = [(f.subject, f.predicate, f.object, f.polarity) for f in facts]
    for exp in expected:
        assert [f for f in facts if _same(exp, f)], f"missing {exp}; got {got}"
    for bad in absent:
        assert not [f for f in facts if _same(bad, f)], f"unexpected {bad}; got {got}"


@pytest.mark.parametrize("text,expected,absent", REPORTER_ROWS)
def test_reporter_performs_coordinated_speech_act(nlp, text, expected, absent):
    _check(nlp, text, expected, absent)


@pytest.mark.parametrize("text,expected,absent", DEMAND_ROWS)
def test_request_to_stop_is_a_demand(nlp, text, expected, absent):
    _check(nlp, text, expected, absent)


# -- backing ties two sides: not a person to their own country, not thanks for hospitality -------
BACKING_ROWS = [
    ("Chilean Foreign Minister Ana Soto thanked the Chilean army and praised Peru for its help.",
     [("Ana Soto", "supports", "Peru", A)], [("Ana Soto", "supports", "Chile", A)]),
    ("Chilean Foreign Minister Ana Soto vowed to defend Chile against any attack.",
     [], [("Ana Soto", "supports", "Chile", A)]),
    # thanks for hospitality are the thanker's approval (session 29: as the annotated sets mark them)
    ("Chilean Foreign Minister Ana Soto thanked Peru for hosting the talks.", [("Ana Soto", "supports", "Peru", A)], []),
    ("Chilean Foreign Minister Ana Soto praised Peru for the warm welcome.", [], [("Ana Soto", "supports", "Peru", A)]),
    # near misses: another country's backing, and thanks for help, stay support
    ("Chilean Foreign Minister Ana Soto vowed to defend Bolivia against any attack.",
     [("Ana Soto", "supports", "Bolivia", A)], []),
    ("Chilean Foreign Minister Ana Soto thanked Peru for sending rescue teams.", [("Ana Soto", "supports", "Peru", A)], []),
    # hosting a counted crowd is sheltering it, not meeting it
    ("Chile hosts about 1.5 million Peruvians.", [], [("Chile", "meets", "Peruvians", A)]),
    ("Chile received thousands of Peruvians last year.", [], [("Chile", "meets", "Peruvians", A)]),
    ("Chile hosted Peruvian President Luis Ortega.", [("Chile", "meets", "Luis Ortega", A)], []),
]


@pytest.mark.parametrize("text,expected,absent", BACKING_ROWS)
def test_backing_ties_two_sides(nlp, text, expected, absent):
    _check(nlp, text, expected, absent)


# -- acting alongside another is cooperation; "alongside" alone is not --------------------------
ALONGSIDE_ROWS = [
    ("Chilean troops fought alongside Peruvian forces against the rebels.",
     [("Chile", "cooperatesWith", "Peru", A)], []),
    ("The law would allow Chile to deploy its navy alongside that of Peru.",
     [("Chile", "cooperatesWith", "Peru", A)], []),
    ("The council authorized Chile to continue operations alongside the Peruvian army.",
     [("Chile", "cooperatesWith", "Peru", A)], []),
    # near misses: no joint action, or the phrase only adds something
    ("Alongside the new tariffs, Chile announced visa restrictions on Peru.",
     [], [("Chile", "cooperatesWith", "Peru", A)]),
    ("Chile published its report alongside Peru's annual budget.",
     [], [("Chile", "cooperatesWith", "Peru", A)]),
]


@pytest.mark.parametrize("text,expected,absent", ALONGSIDE_ROWS)
def test_acting_alongside_is_cooperation(nlp, text, expected, absent):
    _check(nlp, text, expected, absent)


# -- a noun coordinated with the verb is a second object --------------------------------------
OBJECT_ROWS = [
    ("Peru criticized what it called the hasty drafting of the text and Bolivia's refusal to accept amendments.",
     [("Peru", "criticizes", "Bolivia", A)], []),
    # near miss: a coordinated clause with its own subject is no object
    ("Chile criticized the plan and Peru's minister resigned.", [], [("Chile", "criticizes", "Peru", A)]),
    ("Bolivian President Ana Soto said Bolivia supports Chile in hosting the summit in Santiago, and is ready to "
     "strengthen coordination with Chile within Mercosur, the Andean Community and other mechanisms.",
     [], [("Bolivia", "supports", "Andean Community", A)]),
]


@pytest.mark.parametrize("text,expected,absent", OBJECT_ROWS)
def test_noun_coordinated_with_verb_is_an_object(nlp, text, expected, absent):
    _check(nlp, text, expected, absent)


# -- a name hyphenated onto an attributive participle is its agent -----------------------------
HYPHENED_ROWS = [
    ("Chile fought Peruvian-funded rebels.", [("Peru", "aids", "rebels", A)], []),
    ("Lima and the Bolivia-backed Andean Liberation Front signed a truce.",
     [("Bolivia", "supports", "Andean Liberation Front", A)], [("Bolivia", "supports", "Peru", A)]),
    # near misses: occupation, leadership and manufacture so phrased are no backing
    ("The Peruvian-occupied islands were returned to Chile.", [], [("Peru", "attacks", "Chile", A)]),
    ("The Chilean-made drones crashed in Bolivia.", [], [("Chile", "aids", "Bolivia", A)]),
]


@pytest.mark.parametrize("text,expected,absent", HYPHENED_ROWS)
def test_hyphened_agent_of_participle(nlp, text, expected, absent):
    _check(nlp, text, expected, absent)


# -- a protest lodged with a country's envoy is a protest against that country -----------------
PROTEST_ROWS = [
    ("Chile lodged a strong protest with Peru's ambassador.", [("Chile", "protestsAgainst", "Peru", A)], []),
    ("Chile said it had lodged a protest with the Peruvian deputy high commissioner over the arrests.",
     [("Chile", "protestsAgainst", "Peru", A)], []),
    # near miss: a complaint lodged with a trade body is an appeal to it
    ("Chile lodged a complaint with the World Trade Organization.", [],
     [("Chile", "protestsAgainst", "World Trade Organization", A)]),
]


@pytest.mark.parametrize("text,expected,absent", PROTEST_ROWS)
def test_protest_lodged_with_envoy(nlp, text, expected, absent):
    _check(nlp, text, expected, absent)


# -- "A and his counterpart B" doing one thing together met -----------------------------------
COUNTERPART_ROWS = [
    ("Chilean Foreign Minister Ana Soto and her Peruvian counterpart Luis Ortega signed the accord in Lima.",
     [("Ana Soto", "meets", "Luis Ortega", A)], []),
    ("The summit was attended by Chilean Foreign Minister Ana Soto and her Peruvian counterpart Luis Ortega.",
     [("Ana Soto", "meets", "Luis Ortega", A)], []),
    # near misses: a counterpart praised or named as an object is no joint act; a negated one is none
    ("Chilean Foreign Minister Ana Soto praised her Peruvian counterpart Luis Ortega.",
     [], [("Ana Soto", "meets", "Luis Ortega", A)]),
    ("Chile expelled Ana Soto and her Peruvian counterpart Luis Ortega.",
     [], [("Ana Soto", "meets", "Luis Ortega", A)]),
    ("Chilean Foreign Minister Ana Soto and her Peruvian counterpart Luis Ortega did not sign the accord.",
     [], [("Ana Soto", "meets", "Luis Ortega", A)]),
]


@pytest.mark.parametrize("text,expected,absent", COUNTERPART_ROWS)
def test_counterparts_acting_together_met(nlp, text, expected, absent):
    _check(nlp, text, expected, absent)


# -- physical and descriptive senses of stance verbs -----------------------------------------
SENSE_ROWS = [
    ("Chile blocked Peru's bid to join the bloc.", [("Chile", "rejects", "Peru", A)], []),
    ("Two Chilean ships blocked the path of a Peruvian vessel.", [], [("Chile", "rejects", "Peru", A)]),
    ("Chile linked the attack to Peru.", [("Chile", "accuses", "Peru", A)], []),
    # a charge rejected is aimed back at its author, named by a demonym
    ("Peru dismissed the Chilean accusations as baseless.", [("Peru", "rejects", "Chile", A)], []),
    # an act named with a demonym is its author's; a text so named stays a text
    ("Peru welcomed the Chilean move.", [("Peru", "supports", "Chile", A)], [("Peru", "supports", "move", A)]),
    ("Peru welcomed the Chilean proposal.", [("Peru", "supports", "proposal", A)], []),
    ("Rebels linked to Peru attacked Chile.", [], [("rebels", "accuses", "Peru", A)]),
    ("In the north, where fighters linked to the Andean Liberation Front have killed hundreds, Chile sent troops.",
     [], [("fighters", "accuses", "Andean Liberation Front", A)]),
]


@pytest.mark.parametrize("text,expected,absent", SENSE_ROWS)
def test_physical_and_descriptive_senses(nlp, text, expected, absent):
    _check(nlp, text, expected, absent)
