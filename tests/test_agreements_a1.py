"""What parties agree on, sign and talk about (:mod:`kg.extract.frames.agreements`).

- an agreed act is about its matter, for each agreeing party: "A and B agreed to scrap the
  import duties" (``frame-agreed-act``); a reported agreement of parties named only by
  reference is the speaker's ("X said the two delegations had agreed to ...");
- a later pact of a list signed together is about its own matter ("signed agreements on
  X, a memorandum on Y", ``frame-pact-list``);
- talks of the article's two principal actors are about their matter, for both ("received
  the two delegations for talks on X", ``frame-pair-talk-topic``).

Rows are (text, expected facts as (subject, predicate, object, polarity)), written for these
tests. ``NEAR_MISSES`` rows are (text, facts that must not come out).
"""
from __future__ import annotations

import pytest

from factkit import check_row, facts

P = "positive"
D = "discusses"

# two sentences of context so that "the two sides" and "the talks" have their referents
_PAIR = "Chile and Bolivia held talks in Lima on Monday. "
_ODDS = "Chile and Bolivia have been at odds for years. "
_TAIL = " Chile and Bolivia have not agreed on much."

ROWS = [
    # an agreed act: every agreeing party discusses its matter
    ("Kenya and Tanzania agreed on Friday to scrap most of the import duties they had levied on each other.",
     {("Kenya", D, "import duties", P), ("Tanzania", D, "import duties", P)}),
    ("The presidents of Ghana and Togo agreed to speed up construction of the coastal highway.",
     {("Ghana", D, "construction of the coastal highway", P), ("Togo", D, "construction of the coastal highway", P)}),
    ("Kenya and Tanzania agreed to scrap import duties and to speed up construction of the railway.",
     {("Kenya", D, "import duties", P), ("Tanzania", D, "construction of the railway", P)}),
    ("Peru and Ecuador agreed to keep the border open and to work towards the demarcation of the river boundary.",
     {("Peru", D, "demarcation of the river boundary", P), ("Ecuador", D, "demarcation of the river boundary", P)}),
    ("Bolivia and Paraguay agreed to lift tariffs on soybeans and accused Brazil of dumping.",
     {("Bolivia", D, "tariffs on soybeans", P), ("Paraguay", D, "tariffs on soybeans", P)}),
    (_PAIR + "The two sides agreed to cut tariffs on copper.",
     {("Chile", D, "tariffs on copper", P), ("Bolivia", D, "tariffs on copper", P)}),
    # parties named only by reference in a report: the speaker's
    (_PAIR + "Chile said the two delegations had agreed to concentrate on water sharing.",
     {("Chile", D, "water sharing", P)}),
    (_PAIR + "Chilean Foreign Minister Alberto van Klaveren said the two delegations had agreed to concentrate "
     "on water sharing.",
     {("Alberto van Klaveren", D, "water sharing", P)}),
    # a list of pacts signed together: each about its own matter
    ("Spain and Morocco signed agreements on customs controls, a memorandum on expanding two-way trade through "
     "the ports in Tangier and Algeciras, and a plan for cooperation.",
     {("Spain", D, "two-way trade", P), ("Morocco", D, "two-way trade", P), ("Spain", D, "customs controls", P)}),
    # talks of the article's pair, named by no party
    (_ODDS + "Argentine mediators received separate Chilean and Bolivian delegations in Buenos Aires for a new "
     "round of talks on the future of the river, Chile said." + _TAIL,
     {("Chile", D, "river", P), ("Bolivia", D, "river", P)}),
]

#: the rules of the module under test
_RULES = ("frame-agreed-act", "frame-pact-list", "frame-pair-talk-topic")

# (text, subject, topic word): no discusses fact of these rules for that subject whose topic
# holds the word (None: any topic)
NEAR_MISSES = [
    # an agreement denied, failed or refused is no discussion of its matter
    ("Bolivia and Paraguay did not agree to lift tariffs on soybeans.", "Bolivia", None),
    ("Bolivia and Paraguay failed to agree to lift tariffs on soybeans.", "Bolivia", None),
    ("Bolivia and Paraguay refused to agree to lower tariffs on soybeans.", "Paraguay", None),
    # the act is a relation, a meeting, a body set up, a joint activity or a link restored
    ("Bolivia and Paraguay agreed to restore diplomatic relations and hold talks next month.", "Bolivia", None),
    ("Bolivia and Paraguay agreed to set up a working group on fisheries.", "Bolivia", None),
    ("Bolivia and Paraguay agreed to resume joint patrols along the border.", "Bolivia", None),
    ("Bolivia and Paraguay agreed to reopen direct flights.", "Bolivia", None),
    ("Bolivia and Paraguay agreed to ease visas for students.", "Bolivia", None),
    ("Bolivia and Paraguay agreed to hold a summit on trade in May.", "Bolivia", None),
    # an actor agreed on is no topic; a measure aimed at a third party is a sanction
    ("Bolivia and Paraguay agreed to support Argentina.", "Bolivia", None),
    ("Germany and France agreed to extend sanctions on Belarus.", "Germany", None),
    # an agreement only claimed, and a finite act after the agreed one
    ("Bolivia denied reports that it had agreed to drop its demand for compensation.", "Bolivia", None),
    ("Bolivia and Paraguay agreed to lift tariffs on soybeans and criticized the drought relief plan.", "Bolivia", "drought"),
    # the speaker stands in only for parties named by reference: named parties keep it
    ("Chile said Peru and Bolivia had agreed to cut tariffs on copper.", "Chile", None),
    # talks whose phrase names their parties are the noun rules' (not the pair's), and talks
    # as the subject of their own report are often one side's account
    (_ODDS + "The resumption of negotiations on a water deal between Chile and Bolivia was welcomed by Argentina."
     + _TAIL, "Bolivia", None),
    (_ODDS + "Argentina said it would host a new round of negotiations on a water deal between Chile and Bolivia."
     + _TAIL, "Chile", None),
    (_ODDS + "Talks on the river dispute ran late into the night, Argentina said." + _TAIL, "Bolivia", None),
]


@pytest.mark.parametrize("text,expected", ROWS, ids=[t[-60:] for t, _ in ROWS])
def test_agreement_row(nlp, text, expected):
    check_row(facts(nlp, text), expected, ())


@pytest.mark.parametrize("text,subject,word", NEAR_MISSES, ids=[t[-60:] for t, _, _ in NEAR_MISSES])
def test_agreement_near_miss(nlp, text, subject, word):
    bad = [(f.subject, f.object, f.rule) for f in facts(nlp, text, min_confidence=0.0)
           if f.rule in _RULES and f.subject == subject and (word is None or word in f.object.lower())]
    assert bad == []


def test_near_miss_check_can_fail(nlp):
    """The near-miss test sees this module's facts: the plain wording of a near miss gives one."""
    got = facts(nlp, "Bolivia and Paraguay agreed to lift tariffs on soybeans.", min_confidence=0.0)
    assert [f.object for f in got if f.rule in _RULES and f.subject == "Bolivia"] == ["tariffs on soybeans"]
