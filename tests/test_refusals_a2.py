"""Refusals, oppositions and denied charges with a topic (``frame-refused-topic`` and
``report-deny-charge`` for "reject" / "dismiss" in :mod:`kg.extract.frames.stance_topics`,
:mod:`kg.extract.report_denials`), and concern voiced as regret (a lexicon row).

Every text was written for these tests. A refusal is a positive rejection of its topic,
never a negative one. Near misses must not fire.
"""
from __future__ import annotations

import pytest

from factkit import check_row, facts

P, N = "positive", "negative"

# (text, expected facts, facts that must not appear) as (subject, predicate, object, polarity)
REFUSAL_ROWS = [
    # -- a verb of giving in, negated with a modal or "never", or in any tense for accept/recognise
    ("Serbia would not accept the partition of Bosnia.",
     {("Serbia", "rejects", "partition of bosnia", P)}, {("Serbia", "rejects", "partition of bosnia", N)}),
    ("Chile will never recognise the annexation of the islands.",
     {("Chile", "rejects", "annexation of the islands", P)}, set()),
    ("Peru does not accept the transfer of detainees.", {("Peru", "rejects", "transfer of detainees", P)}, set()),
    ("Norway will not make concessions under pressure.", {("Norway", "rejects", "concessions", P)}, set()),
    ("Greece would not compromise on its fishing rights.",
     {("Greece", "rejects", "compromise on fishing rights", P)}, set()),
    ("Hamas said it would not disarm.", {("Hamas", "rejects", "disarmament", P)}, set()),
    ("Hamas said it would not give up its rifles.", {("Hamas", "rejects", "giving up its rifles", P)}, set()),
    # -- refused / declined to sign, accept, ratify
    ("Kenya refused to sign a draft text on water sharing.",
     {("Kenya", "rejects", "draft text on water sharing", P)}, set()),
    ("Bolivia declined to ratify the fisheries treaty.", {("Bolivia", "rejects", "fisheries treaty", P)}, set()),
    # -- near misses: no refusal (a plain past negation of signing, a refusal refused, one asked for)
    ("Kenya has not signed the fisheries protocol.", set(), {("Kenya", "rejects", "fisheries protocol", P)}),
    ("Peru did not refuse to sign the fisheries protocol.", set(), {("Peru", "rejects", "fisheries protocol", P)}),
    ("Chile urged the world not to recognise the annexation of the islands.", set(),
     {("Chile", "rejects", "annexation of the islands", P)}),
    ("Norway will make concessions.", set(), {("Norway", "rejects", "concessions", P)}),
    ("Norway would not make a speech.", set(), {("Norway", "rejects", "speech", P)}),
]

OPPOSING_ROWS = [
    # -- a topic turned down outright
    ("Brazil has long rejected foreign mediation over the dispute.", {("Brazil", "rejects", "foreign mediation", P)},
     set()),
    ("Mongolia opposes any form of \"Tuva independence\".", {("Mongolia", "rejects", "tuva independence", P)}, set()),
    ("Mexico rejected any talks on its oil reserves.", {("Mexico", "rejects", "oil reserves", P)}, set()),
    ("Japan opposed any attempts to alter the border by force.",
     {("Japan", "rejects", "attempts to alter the border", P)}, set()),
    ("Hungary vetoed a package of farm subsidies.", {("Hungary", "rejects", "farm subsidies", P)}, set()),
    ("Egypt rejected what it described as attempts to politicise the inquiry.",
     {("Egypt", "rejects", "attempts to politicise the inquiry", P)}, set()),
    # -- near misses: no stance taken; an act named before (aimed at its author by other frames);
    # what comes from a named actor; a charge (denied, not rejected)
    ("Brazil did not oppose foreign mediation.", set(), {("Brazil", "rejects", "foreign mediation", P)}),
    ("Peru protested on Monday. Chile rejected the protest.", set(), {("Chile", "rejects", "protest", P)}),
    ("Spain would not accept lessons from Argentina.", set(), {("Spain", "rejects", "lessons", P)}),
    ("Chile rejected the allegations.", set(), {("Chile", "rejects", "allegations", P)}),
]

CHARGE_ROWS = [
    # -- a charge referred back and turned down by "rejected" / "dismissed" is denied
    ("Kenya accused Uganda of arming the rebels, a charge Kampala has repeatedly rejected.",
     {("Uganda", "denies", "arming the rebels", P)}, set()),
    ("Mali blamed Niger for the shooting of a herder, an allegation Nigerien security sources dismissed.",
     {("Niger", "denies", "shooting of a herder", P)}, set()),
    # -- "denied" with the denier's own phrase between the charge and the verb
    ("Peru accused Chile of massing troops on the border, a charge Chile's defence ministry denied.",
     {("Chile", "denies", "massing troops", P)}, set()),
    # -- near misses: the accuser never denies its own charge; a bare verb names no charge
    ("Kenya accused Uganda of arming the rebels, a charge Kampala has repeatedly rejected.", set(),
     {("Kenya", "denies", "arming the rebels", P)}),
    ("Chile accused Peru of cheating, a charge Lima rejected.", set(), {("Peru", "denies", "cheating", P)}),
]

CONCERN_ROWS = [
    ("Iraq expressed regret over the deaths of three shepherds.",
     {("Iraq", "concernedAbout", "deaths of three shepherds", P)}, set()),
    ("Iraq expressed regret.", set(), set()),
]


@pytest.mark.parametrize("text,expected,absent", REFUSAL_ROWS + OPPOSING_ROWS + CHARGE_ROWS + CONCERN_ROWS)
def test_refusal_row(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)
