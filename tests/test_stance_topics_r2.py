"""Stances on a measure and threats posed by someone (:mod:`kg.extract.frames.stance_topics`).

Every text was written for these tests. Near misses must not fire.
"""
from __future__ import annotations

import pytest

from factkit import facts as _facts

P, N = "positive", "negative"

# (text, expected facts, facts that must not appear) as (subject, predicate, object, polarity)
MEASURE_ROWS = [
    # -- voting and pushing for or against a measure
    ("Poland voted against the tariffs.", {("Poland", "rejects", "tariffs", P)}, set()),
    ("Italy pushed for the duties, while Spain, whose farmers export heavily, voted against them.",
     {("Italy", "supports", "duties", P), ("Spain", "rejects", "duties", P)}, set()),
    ("Portugal lobbied against the embargo.", {("Portugal", "rejects", "embargo", P)}, set()),
    ("Sweden did not vote against the tariffs.", {("Sweden", "rejects", "tariffs", N)},
     {("Sweden", "rejects", "tariffs", P)}),
    # -- stance verbs on a measure nobody is named for
    ("Austria criticised the sanctions.", {("Austria", "criticizes", "sanctions", P)}, set()),
    ("Brazil welcomed the ban.", {("Brazil", "supports", "ban", P)}, set()),
    ("Slovakia and Greece opposed the levies.",
     {("Slovakia", "rejects", "levies", P), ("Greece", "rejects", "levies", P)}, set()),
    # -- a measure described as a war or by a pejorative is condemned
    ("Denmark called the tariffs \"economic warfare\".", {("Denmark", "criticizes", "tariffs", P)}, set()),
    ("Ireland described the levies as unjustified.", {("Ireland", "criticizes", "levies", P)}, set()),
    # -- a stance on the use of a measure is a stance on the measure ("the lifting of" is not)
    ("Chile opposes the use of tariffs as a tool of pressure.", {("Chile", "rejects", "tariffs", P)}, set()),
    ("Italy opposed the lifting of sanctions.", set(), {("Italy", "rejects", "sanctions", P)}),
    # -- near misses
    # a description that is no reproach
    ("Chile called the tariffs \"a reasonable step\".", set(), {("Chile", "criticizes", "tariffs", P)}),
    # the measure's author is named: the stance is aimed at the author (other frames), not the measure
    ("Norway criticised Russia's sanctions.", set(), {("Norway", "criticizes", "sanctions", P)}),
    ("Canada opposed the US tariffs.", set(), {("Canada", "rejects", "tariffs", P)}),
    # a pronoun whose number does not agree with the measure before it
    ("Greece drafted the ban, and Cyprus voted against them.", set(), {("Cyprus", "rejects", "ban", P)}),
    # a duty in the singular is an obligation, not a levy
    ("Ghana welcomed the duty to protect civilians.", set(), {("Ghana", "supports", "duty", P)}),
    # voting against a country is not a stance on a measure
    ("Argentina voted against Chile.", set(), {("Argentina", "rejects", "tariffs", P)}),
]

DESCRIBED_ROWS = [
    # an actor described by a reproach is criticised
    ("Pyongyang has described South Korea as the \"most hostile state\".",
     {("North Korea", "criticizes", "South Korea", P)}, set()),
    ("Iran branded Israel a \"criminal regime\".", {("Iran", "criticizes", "Israel", P)}, set()),
    # near misses: praise; a call on the phone; one's own side
    ("Spain described Algeria as \"a reliable partner\".", set(), {("Spain", "criticizes", "Algeria", P)}),
    ("The minister called Sudan on Monday.", set(), {("minister", "criticizes", "Sudan", P)}),
    ("Kenya called Kenya a hostile place for smugglers.", set(), {("Kenya", "criticizes", "Kenya", P)}),
]

LEAVING_ROWS = [
    # leaving or scrapping an agreement rejects it
    ("In 2018 the president withdrew Ruritania from the nuclear deal it had signed. Ruritania's president "
     "Jan Novak withdrew the country from the nuclear deal.", {("Jan Novak", "rejects", "nuclear deal", P)}, set()),
    ("Russia pulled out of the grain deal.", {("Russia", "rejects", "grain deal", P)}, set()),
    ("Mali tore up the defence agreements with France.", {("Mali", "rejects", "defence agreements", P)}, set()),
    ("Washington has not quit the pact.", {("United States", "rejects", "pact", N)}, set()),
    # near misses: a departure only threatened; leaving a place; a text not an agreement
    ("Iran warned it could withdraw from the treaty.", set(), {("Iran", "rejects", "treaty", P)}),
    ("Israel withdrew its troops from Gaza.", set(), {("Israel", "rejects", "Gaza", P)}),
    ("Peru tore up the letter.", set(), {("Peru", "rejects", "letter", P)}),
    # a departure only asked for
    ("Kenya repeated its demand that Uganda withdraw from the deal.", set(), {("Uganda", "rejects", "deal", P)}),
    ("Chile urged Peru to pull out of the pact.", set(), {("Peru", "rejects", "pact", P)}),
]

#: "stand behind" (a row appended to kg/data/relations_more.csv)
STANDING_ROWS = [
    ("The EU stood fully behind Poland, Lithuania and Latvia.",
     {("European Union", "supports", "Poland", P), ("European Union", "supports", "Latvia", P)}, set()),
    ("Germany threw its weight behind Ukraine.", {("Germany", "supports", "Ukraine", P)}, set()),
    ("The soldiers stood behind the wall.", set(), set()),
]

THREAT_ROWS = [
    ("Niger and Benin agreed to set up a joint force to counter the threat posed by Boko Haram.",
     {("Niger", "concernedAbout", "Boko Haram", P), ("Benin", "concernedAbout", "Boko Haram", P)}, set()),
    # the members named stand for a group posing the threat
    ("Nigeria vowed to tackle the threat posed by armed groups, including Boko Haram.",
     {("Nigeria", "concernedAbout", "Boko Haram", P)}, {("Nigeria", "concernedAbout", "armed groups", P)}),
    # the one who answers the threat in reported speech
    ("Kenya said the new checkpoints were a response to the danger posed by al-Shabaab.",
     {("Kenya", "concernedAbout", "al-Shabaab", P)}, set()),
    # near misses: a threat posed by no actor; a threat someone poses to the speaker's own side
    ("Chad said the threat posed by the drought was severe.", set(), {("Chad", "concernedAbout", "drought", P)}),
    ("Egypt said it would address the threat posed by Egyptian smugglers.", set(),
     {("Egypt", "concernedAbout", "Egypt", P)}),
]


def _check(nlp, text, expected, absent):
    got = {(f.subject, f.predicate, f.object, f.polarity) for f in _facts(nlp, text)}
    assert sorted(expected - got) == [], f"got {sorted(got)}"
    assert sorted(absent & got) == [], f"got {sorted(got)}"


@pytest.mark.parametrize("text,expected,absent", MEASURE_ROWS, ids=[r[0][-60:] for r in MEASURE_ROWS])
def test_measure_row(nlp, text, expected, absent):
    _check(nlp, text, expected, absent)


@pytest.mark.parametrize("text,expected,absent", THREAT_ROWS, ids=[r[0][-60:] for r in THREAT_ROWS])
def test_threat_row(nlp, text, expected, absent):
    _check(nlp, text, expected, absent)


@pytest.mark.parametrize("text,expected,absent", DESCRIBED_ROWS, ids=[r[0][-60:] for r in DESCRIBED_ROWS])
def test_described_row(nlp, text, expected, absent):
    _check(nlp, text, expected, absent)


@pytest.mark.parametrize("text,expected,absent", LEAVING_ROWS, ids=[r[0][-60:] for r in LEAVING_ROWS])
def test_leaving_row(nlp, text, expected, absent):
    _check(nlp, text, expected, absent)


@pytest.mark.parametrize("text,expected,absent", STANDING_ROWS, ids=[r[0][-60:] for r in STANDING_ROWS])
def test_standing_row(nlp, text, expected, absent):
    _check(nlp, text, expected, absent)
    if not expected:
        assert not _facts(nlp, text)


def test_pronoun_reads_the_measure_of_the_sentence_before(nlp):
    """"them" two clauses on is the measure named last, in the sentence before."""
    facts = _facts(nlp, "The bloc imposed tariffs on steel. Finland voted against them.")
    assert ("Finland", "rejects", "tariffs") in {(f.subject, f.predicate, f.object) for f in facts
                                                 if f.rule == "frame-measure-stance"}


def test_measure_stance_is_a_topic_end(nlp):
    facts = [f for f in _facts(nlp, "Poland voted against the tariffs.") if f.rule == "frame-measure-stance"]
    assert [(f.object_type, f.trigger) for f in facts] == [("Topic", "voted")]
