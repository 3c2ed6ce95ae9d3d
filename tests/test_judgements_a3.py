"""Judgements and threats in reported speech (A3): verdicts on another actor, charges against
the author of an act, "what X called Y's ...", answers held out on a condition and ties put
under review (:mod:`kg.extract.report_judgements`, :mod:`kg.extract.reports`,
:mod:`kg.extract.frames.threaten`). Every text was written for these tests; near misses
(praise, the speaker's own side, a denied verdict, a promise) must not fire.
"""
from __future__ import annotations

import pytest

from factkit import check_row, facts as _facts

P = "positive"

# (text, expected facts, facts that must not appear) as (subject, predicate, object, polarity)
ROWS = [
    # -- a bad verdict predicated of another actor (report-verdict)
    ('Chilean Foreign Minister Ana Rojas said Peru was "not serious about the talks".',
     {("Ana Rojas", "criticizes", "Peru", P)}, set()),
    ('Kenyan President Samuel Otieno said Uganda had been "very bad to its neighbours".',
     {("Samuel Otieno", "criticizes", "Uganda", P)}, set()),
    ("Polish Prime Minister Adam Nowak said the meeting confirmed that Belarus was an instrument of confrontation.",
     {("Adam Nowak", "criticizes", "Belarus", P)}, set()),
    ('Norwegian Prime Minister Lars Dahl said Sweden was "taking a free ride on its neighbours".',
     {("Lars Dahl", "criticizes", "Sweden", P)}, set()),
    ('Greek Foreign Minister Nikos Pappas said Turkey had "treated Greece very unfairly for years".',
     {("Nikos Pappas", "criticizes", "Turkey", P)}, set()),
    ('Indian Foreign Minister Ravi Menon said Pakistan was "exploiting the crisis in the region".',
     {("Ravi Menon", "accuses", "Pakistan", P)}, set()),
    ('Egyptian Foreign Minister Omar Fathy said the vote showed Ethiopia was "not sincere".',
     {("Omar Fathy", "criticizes", "Ethiopia", P)}, set()),
    ("Vietnam said the Chinese vessel had deliberately steered into one of its patrol boats.",
     {("Vietnam", "accuses", "China", P)}, set()),
    ("Colombian President Marta Silva said Venezuela had failed to honour the border agreement.",
     {("Marta Silva", "accuses", "Venezuela", P)}, set()),
    ("Colombian President Marta Silva said Venezuela had not yet released the detained fishermen.",
     {("Marta Silva", "accuses", "Venezuela", P)}, set()),
    ("Vietnam said the Chinese vessel had steered into the harbour.",
     set(), {("Vietnam", "accuses", "China", P)}),
    # near misses: a duty done, a failure that is no duty
    ("Colombian President Marta Silva said Venezuela had released the detained fishermen.",
     set(), {("Marta Silva", "accuses", "Venezuela", P)}),
    ("Colombian President Marta Silva said Venezuela had failed to win the vote.",
     set(), {("Marta Silva", "accuses", "Venezuela", P)}),
    # near misses: praise, a denied verdict, the speaker's own country, a deep word under the predicate
    ('Chilean Foreign Minister Ana Rojas said Peru was "serious about the talks".',
     set(), {("Ana Rojas", "criticizes", "Peru", P)}),
    ("Chilean Foreign Minister Ana Rojas said Peru was not aggressive.",
     set(), {("Ana Rojas", "criticizes", "Peru", P)}),
    ('Chilean Foreign Minister Ana Rojas denied that Peru was "aggressive".',
     set(), {("Ana Rojas", "criticizes", "Peru", P)}),
    ("Chilean Foreign Minister Ana Rojas said Chile was not serious about the old plan.",
     set(), {("Ana Rojas", "criticizes", "Chile", P)}),
    ("Kenyan President Samuel Otieno said Uganda remained committed to fighting criminal gangs.",
     set(), {("Samuel Otieno", "criticizes", "Uganda", P)}),
    # -- an act charged through its author (report-act-charge)
    ("\"Serbia's violations of the truce undermine the peace process,\" Croatian President Ivo Horvat said.",
     {("Ivo Horvat", "accuses", "Serbia", P)}, set()),
    ("\"Violence undermines the peace process,\" Croatian President Ivo Horvat said.",
     set(), {("Ivo Horvat", "accuses", "Serbia", P)}),
    # -- "what X called Y's 'Z'" (evaluation-what)
    ("Lithuanian President Rasa Kazlauskas briefed reporters on what she called Russia's \"aggression\".",
     {("Rasa Kazlauskas", "criticizes", "Russia", P)}, set()),
    ("Lithuanian President Rasa Kazlauskas praised what she called Latvia's \"courage\".",
     set(), {("Rasa Kazlauskas", "criticizes", "Latvia", P)}),
    ("Austria protested over what it called the brutal killing of Austrians abroad.",
     set(), {("Austria", "criticizes", "Austrians", P)}),
    # -- an idiom of reproach as the verdict of "called"
    ("Swiss President Anna Keller called Hungary's decision a serious step backwards.",
     {("Anna Keller", "criticizes", "Hungary", P)}, set()),
    ("Swiss President Anna Keller called Hungary's decision a serious step forward.",
     set(), {("Anna Keller", "criticizes", "Hungary", P)}),
    # -- an answer held out on a condition (frame-if-respond)
    ("Mexican President Elena Ruiz said that if Guatemala closed the border, Mexico would retaliate.",
     {("Mexico", "threatens", "Guatemala", P)}, set()),
    ("Should Argentina raise its tariffs, Brazil will consider imposing sanctions on Argentine firms.",
     {("Brazil", "threatens", "Argentina", P)}, set()),
    # near misses: a promise, and a negated answer
    ("If Iran complies, the United States will lift the sanctions.",
     set(), {("United States", "threatens", "Iran", P)}),
    ("If Guatemala closes the border, Mexico will not retaliate.",
     set(), {("Mexico", "threatens", "Guatemala", P)}),
    # -- an attempt warned off (frame-any-attempt)
    ("Somali Defence Minister Abdi Warsame accused the Kenyan government of massing troops and said any "
     "attempt to seize the port would be met with force.",
     {("Abdi Warsame", "threatens", "Kenya", P)}, set()),
    ("Somali Defence Minister Abdi Warsame said any attempt by Kenya to divert the river would be considered "
     "an act of war.",
     {("Abdi Warsame", "threatens", "Kenya", P)}, set()),
    # near miss: an attempt welcomed
    ("Somali Defence Minister Abdi Warsame said any attempt by Kenya to reopen the border would be met "
     "with gratitude.",
     set(), {("Abdi Warsame", "threatens", "Kenya", P)}),
    # -- ties put under review in a statement (frame-reviewed-ties)
    ("Finnish Foreign Minister Aino Virtanen said Finland would review its cooperation with Hungary.",
     {("Finland", "threatens", "Hungary", P), ("Aino Virtanen", "threatens", "Hungary", P)}, set()),
    # near misses: two sides taking stock together; a review announced, not held out in a statement
    ("The two ministers said Finland and Estonia would review bilateral cooperation with Hungary.",
     set(), {("Finland", "threatens", "Hungary", P)}),
    ("Finland reviewed its cooperation with Hungary last year.",
     set(), {("Finland", "threatens", "Hungary", P)}),
]


@pytest.mark.parametrize("text,expected,absent", ROWS, ids=[r[0][:60] for r in ROWS])
def test_row(nlp, text, expected, absent):
    check_row(_facts(nlp, text), expected, absent)


def test_quote_goes_on_in_the_voice_just_named(nlp):
    """'"A," X told reporters. "If Y ..., we will respond."': the second quote is X's."""
    text = ('"We want a fair deal," Canadian Prime Minister Paul Tremblay told reporters. '
            '"If Washington raises tariffs again, we will respond."')
    got = {(f.subject, f.predicate, f.object) for f in _facts(nlp, text)}
    assert ("Canada", "threatens", "United States") in got, sorted(got)
