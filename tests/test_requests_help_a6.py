"""Help given and requests put to someone, in the constructions the verb and noun rules missed.

- "will help Vietnam train engineers": the one helped is the subject of the bare infinitive
  (:mod:`kg.extract.verbal`); help only weighed or argued over ("did not oppose helping X",
  "is considering sending troops") is no help, nor is help or backing asked for ("asked Germany
  to send weapons to Ukraine": the appeal is the fact);
- "send (weapons | aid | systems | ...) to X" gives aid (lexicon rows, ``relations_more.csv``);
- a request whose asker is named but not its addressee is put to the subject of the clause
  it stands in: "at Mexico's request", "despite appeals from X", "examining a request from X",
  "..., a key demand from X" (``frame-request-addressed``);
- "requested the ROK's understanding", "sought Germany's help": the giver as possessor
  (:mod:`kg.extract.frames.request`); "the Rwanda-backed AFC/M23 rebel alliance": the group
  named inside the phrase is the one backed (:mod:`kg.extract.verbal`);
- "Poland expects Berlin to end the controls": an expectation of compliance is a demand
  (``frame-expected-of``);
- "warned it would ... unless Iran restores access": a consequence set on a condition is a
  demand on whoever is to meet it (``frame-condition-set``);
- "acted as a mediator between A and B", "with X acting as intermediaries": the go-between
  negotiates with each party (``frame-go-between``).

Rows are (sentence, expected facts, facts that must not come out), as
(subject, predicate, object, polarity); all sentences were written for these tests.
"""
from __future__ import annotations

import pytest

from factkit import check_row, facts

P, N = "positive", "negative"

ROWS = [
    # the one helped as the subject of the bare infinitive
    ("The United States will help Vietnam train 50,000 semiconductor engineers.",
     {("United States", "aids", "Vietnam", P)}, set()),
    ("Japan helped the Philippines build three coast guard ships.",
     {("Japan", "aids", "Philippines", P)}, set()),
    ("North Korea sent troops to help Russia fight against Ukraine.",
     {("North Korea", "aids", "Russia", P)}, {("North Korea", "aids", "Ukraine", P)}),
    # help weighed, opposed or urged is no help given
    ("Russia said it did not oppose helping Haiti.", set(), {("Russia", "aids", "Haiti", P)}),
    ("Kenya is considering sending troops to Haiti.", set(), {("Kenya", "aids", "Haiti", P)}),
    # help or backing asked of someone is not given: the appeal is the fact
    ("Zelensky asked Germany to send more air defense systems to Ukraine.",
     {("Zelensky", "appealsTo", "Germany", P)}, {("Germany", "aids", "Ukraine", P), ("Zelensky", "aids", "Ukraine", P)}),
    ("Poland pressed Germany to deliver tanks to Ukraine.", {("Poland", "demandsFrom", "Germany", P)},
     {("Germany", "aids", "Ukraine", P)}),
    ("Egypt urged Qatar to back the plan.", {("Egypt", "appealsTo", "Qatar", P)}, {("Qatar", "supports", "plan", P)}),
    ("Germany agreed to send more weapons to Ukraine.", {("Germany", "aids", "Ukraine", P)}, set()),
    # ... but an act coordinated with the request verb itself, or reported to someone told, is done
    ("Vladimir Putin told reporters that Russia would help Syria rebuild its army.",
     {("Russia", "aids", "Syria", P)}, set()),
    ("Londono asked forgiveness on behalf of FARC and praised Santos as a courageous leader.",
     {("Londono", "supports", "Santos", P)}, set()),
    # materiel and aid sent to someone
    ("Germany will send two more air defense systems to Ukraine.", {("Germany", "aids", "Ukraine", P)}, set()),
    ("Egypt sent humanitarian aid to Sudan on Tuesday.", {("Egypt", "aids", "Sudan", P)}, set()),
    ("Germany refused to send weapons to Ukraine.", {("Germany", "aids", "Ukraine", N)},
     {("Germany", "aids", "Ukraine", P)}),
    ("France sent a letter to Algeria.", set(), {("France", "aids", "Algeria", P)}),
    # a request put to the subject of its clause
    ("The Organization of American States held an emergency session at Mexico's request.",
     {("Mexico", "appealsTo", "Organization of American States", P)}, set()),
    ("The European Union failed to agree on new debt relief, despite appeals from the African Union.",
     {("African Union", "appealsTo", "European Union", P)}, set()),
    ("India is examining a request from Bangladesh for the extradition of Sheikh Hasina.",
     {("Bangladesh", "demandsFrom", "India", P)}, set()),
    ("Japan did not agree to lift the export curbs, a key demand from South Korea.",
     {("South Korea", "demandsFrom", "Japan", P)}, {("South Korea", "demandsFrom", "Japan", N)}),
    # a deployment asked for is help and the request was put to the one who deployed (the
    # annotated sets mark the request: "At the request of the Government of Nepal, India launched ...")
    ("Uganda deployed troops to South Sudan at the request of South Sudan.",
     {("South Sudan", "appealsTo", "Uganda", P)}, set()),
    ("In response to a request from the Government of Nepal, the Government of Japan has decided to dispatch a medical team.",
     {("Nepal", "appealsTo", "Japan", P)}, set()),
    # ... not a rejected request (the rejection) or a phone call
    ("Ecuador rejected Mexico's request for safe passage.", set(), {("Mexico", "appealsTo", "Ecuador", P)}),
    ("Ukraine received a call from France on Monday.", set(), {("France", "appealsTo", "Ukraine", P)}),
    # an expectation of compliance
    ("Poland expects Germany to end the border controls as soon as possible.",
     {("Poland", "demandsFrom", "Germany", P)}, set()),
    ("Pakistan expects Afghanistan to fulfil its obligations under the agreement.",
     {("Pakistan", "demandsFrom", "Afghanistan", P)}, set()),
    # ... not a forecast, a denied expectation or an expectation about someone
    ("Ukraine expects Russia to launch a new offensive.", set(), {("Ukraine", "demandsFrom", "Russia", P)}),
    ("Russia does not expect Ukraine to withdraw.", set(), {("Russia", "demandsFrom", "Ukraine", P)}),
    ("Russia is expected to withdraw from the region.", set(), set()),
    # a consequence set on a condition
    ("France warned that it would trigger the snapback unless Iran restores access for inspectors.",
     {("France", "demandsFrom", "Iran", P)}, set()),
    ("Japan said it would impose tariffs unless China lifted its ban on seafood.",
     {("Japan", "demandsFrom", "China", P)}, set()),
    # ... not on someone only acted upon, nor on the speaker's own side
    ("Lithuania warned that the sanctions would have limited effect unless Russia was targeted as well.", set(),
     {("Lithuania", "demandsFrom", "Russia", P)}),
    ("Germany said it would not agree unless Germany was consulted first.", set(), set()),
    # the help asked of someone named as its possessor
    ("Prime Minister Sanae Takaichi requested South Korea's continued understanding on the abductions issue.",
     {("Sanae Takaichi", "appealsTo", "South Korea", P)}, set()),
    ("Ukraine sought Germany's help in rebuilding its power grid.", {("Ukraine", "appealsTo", "Germany", P)}, set()),
    # the group backed, named between the hyphened participle and a head noun that names no one
    ("Qatar brokered a declaration between Kinshasa and the Rwanda-backed AFC/M23 rebel alliance.",
     {("Rwanda", "supports", "M23", P)}, set()),
    # a go-between negotiates with each party
    ("Oman has acted as a mediator between Iran and the United States.",
     {("Oman", "negotiatesWith", "Iran", P), ("Oman", "negotiatesWith", "United States", P)}, set()),
    ("Meetings between Syrian and Israeli officials took place in Baku, with Azerbaijani officials acting as "
     "intermediaries.",
     {("Azerbaijan", "negotiatesWith", "Syria", P), ("Azerbaijan", "negotiatesWith", "Israel", P)}, set()),
    ("Qatar served as an intermediary for Israel and Hamas.",
     {("Qatar", "negotiatesWith", "Israel", P), ("Qatar", "negotiatesWith", "Hamas", P)}, set()),
    ("Norway refused to act as a mediator between Israel and Hamas.", set(),
     {("Norway", "negotiatesWith", "Israel", P)}),
]


@pytest.mark.parametrize("sentence,expected,absent", ROWS, ids=[r[0][:50] for r in ROWS])
def test_row(nlp, sentence, expected, absent):
    check_row(facts(nlp, sentence, min_confidence=0.0), expected, absent)
