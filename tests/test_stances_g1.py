"""Paraphrases of stances, denials and charges other journalists write (G1 broadening).

Each mechanism of :mod:`kg.extract.frames.act_targets`, :mod:`kg.extract.frames.act_stances`,
:mod:`kg.extract.report_denials` and :mod:`kg.extract.reports` was first written for one
wording; these rows vary the trigger word (decline / refuse / spurn / turn down; findings /
interpretation / threat / calls), the clause type (relative clause, apposition set off by a
comma or a dash, a fronted object "a charge X denies"), the subject (capitals, officials, an
international body's experts) and the shape of a denied clause ("any collision", "fighting
alongside"). Every text was written for these tests. Near misses must not fire.
"""
from __future__ import annotations

import pytest

from factkit import facts as _facts

P, N = "positive", "negative"

# (text, expected facts, facts that must not appear) as (subject, predicate, object, polarity)
ROWS = [
    # -- turning an act down: decline / refuse / spurn / turn down
    ("Moscow offered its own surveys as the basis for the border talks - an offer Yerevan has so far declined.",
     {("Armenia", "rejects", "Russia", P)}, set()),
    ("Turkey put forward a proposal to Armenia on the railway. Yerevan turned down the proposal.",
     {("Armenia", "rejects", "Turkey", P)}, set()),
    ("Egypt refused the Israeli request.", {("Egypt", "rejects", "Israel", P)}, set()),
    ("Kenya spurned Uganda's proposal.", {("Kenya", "rejects", "Uganda", P)}, set()),
    ("Ankara proposed a joint patrol to Athens, a proposal the Greek government has declined.",
     {("Greece", "rejects", "Turkey", P)}, set()),
    # -- other stance verbs and act nouns
    ("The European Union lambasted Beijing's crackdown in Hong Kong.",
     {("European Union", "criticizes", "China", P)}, set()),
    ("Nigeria castigated the Russian takeover of the mine.", {("Nigeria", "criticizes", "Russia", P)}, set()),
    ("Ghana lauded Senegal's initiative.", {("Ghana", "supports", "Senegal", P)}, set()),
    # -- conclusions drawn about the rejecting side are charges against it
    ("United Nations experts have said Eritrea is arming the militias. Asmara rejects the findings.",
     {("Eritrea", "rejects", "United Nations", P)}, set()),
    ("Azerbaijan accused Armenia of keeping territorial claims in its constitution. "
     "Armenian officials have rejected that interpretation.",
     {("Armenia", "rejects", "Azerbaijan", P)}, set()),
    # -- a warning is a threat: "the threat" points back at it when it was addressed to the rejecter
    ("France, Germany and Britain warned Iran that they could restore the sanctions. "
     "Iranian Foreign Minister Abbas Araghchi rejected the threat.",
     {("Abbas Araghchi", "rejects", "France", P), ("Abbas Araghchi", "rejects", "Germany", P)}, set()),
    # -- calls are demands; "from X" names who made them
    ("The UK has rejected calls from Spanish politicians to reopen the treaty.",
     {("United Kingdom", "rejects", "Spanish politicians", P)}, set()),
    # -- a charge denied in a fronted object or a relative clause
    ("India has long accused Pakistan of sheltering militants, a charge Islamabad denies.",
     {("Pakistan", "denies", "sheltering militants", P)}, set()),
    ("Kyiv accused Minsk of training the saboteurs, an accusation which Belarus denies.",
     {("Belarus", "denies", "training the saboteurs", P)}, set()),
    ("India accused Pakistan of sheltering militants, a charge denied by Islamabad.",
     {("Pakistan", "denies", "sheltering militants", P)}, set()),
    ("India accuses Pakistan of sheltering militants, which Pakistan denies.",
     {("Pakistan", "denies", "sheltering militants", P)}, set()),
    # "the charge" of an earlier sentence, when it was made against the one denying it
    ("India has accused Pakistan of sheltering militants. Islamabad denies the charge.",
     {("Pakistan", "denies", "sheltering militants", P)}, set()),
    ("Moscow accused Kyiv of shelling the plant. A Ukrainian military spokesman denied the allegations.",
     {("Ukraine", "denies", "shelling the plant", P)}, set()),
    # -- what a denied clause says: "any X" is denied to exist; a companion is no target
    ("China denied that any collision had been caused by its ships.", {("China", "denies", "collision", P)}, set()),
    ("Rwandan Foreign Minister Olivier Nduhungirehe denied that Rwandan soldiers were fighting alongside the M23.",
     {("Olivier Nduhungirehe", "denies", "fighting alongside the m23", P)}, set()),
    ("Delhi dismissed suggestions that the Quad was turning into a military alliance.",
     {("India", "denies", "military alliance", P)}, set()),
    # the latest claim against the rejecting side is the one meant, even when an older
    # accusation aimed at someone else was made with an accusing verb
    ("Kenya accused Somalia of harbouring the militants. United Nations investigators said Eritrea had shipped "
     "arms to the group. Asmara dismissed the findings.",
     {("Eritrea", "rejects", "United Nations", P)}, {("Eritrea", "rejects", "Kenya", P)}),
    # -- near misses
    # a crackdown whose author is not named gives no target
    ("The European Union lambasted the crackdown in Hong Kong.", set(),
     {("European Union", "criticizes", "China", P)}),
    # an intransitive "decline" and "declined to comment" turn nothing down
    ("Exports from Turkey declined after Armenia's proposal.", set(), {("Turkey", "rejects", "Armenia", P)}),
    ("Russia made an offer to Armenia. Yerevan declined to comment on the talks.", set(),
     {("Armenia", "rejects", "Russia", P)}),
    # a warning not addressed to the one rejecting "the threat"
    ("Morocco warned Spain that the talks could collapse. Algeria rejected the threat.", set(),
     {("Algeria", "rejects", "Morocco", P)}),
    # a charge denied by the accuser's own side is no denial of the charge named earlier
    ("Moscow accused Kyiv of shelling the plant, and Kyiv did not deny the charge.", set(),
     {("Ukraine", "denies", "shelling the plant", P)}),
    # "the charges" denied by a third party are not the charge made against another
    ("Kenya accused Somalia of harbouring militants. Uganda denies the charges.", set(),
     {("Uganda", "denies", "harbouring militants", P)}),
    # nor does a charge three sentences back count
    ("Kenya accused Somalia of harbouring militants. The talks ended. Ministers left. The rain came. "
     "Mogadishu denies the charges.", set(), {("Somalia", "denies", "harbouring militants", P)}),
    # a denial of an attack on a named actor is the negative attack, not a topic
    ("Rwanda denied that its soldiers attacked Congo.", set(), {("Rwanda", "denies", "attacking congo", P)}),
    # "did not deny that any ..." admits it
    ("China did not deny that any collision had been caused by its ships.", set(),
     {("China", "denies", "collision", P)}),
    # the UN findings are not rejected by the UN's own body, nor by a country not named in them
    ("United Nations experts have said Eritrea is arming the militias. Kenya rejects the findings.", set(),
     {("Kenya", "rejects", "United Nations", P)}),
]


@pytest.mark.parametrize("text,expected,absent", ROWS, ids=[r[0][-60:] for r in ROWS])
def test_row(nlp, text, expected, absent):
    got = {(f.subject, f.predicate, f.object, f.polarity) for f in _facts(nlp, text)}
    assert sorted(expected - got) == [], f"got {sorted(got)}"
    assert sorted(absent & got) == [], f"got {sorted(got)}"


def test_dash_apposition_names_the_clause_subject(nlp):
    """The offer's author comes from the clause the dash sets it off from, via the frame."""
    facts = _facts(nlp, "Moscow offered its own surveys as the basis for the border talks - an offer "
                        "Yerevan has so far declined.")
    mine = {(f.subject, f.predicate, f.object) for f in facts if f.rule == "frame-act-target"}
    assert mine == {("Armenia", "rejects", "Russia")}


def test_fronted_charge_comes_from_the_charge_rule(nlp):
    facts = _facts(nlp, "India has long accused Pakistan of sheltering militants, a charge Islamabad denies.")
    assert ("Pakistan", "sheltering militants") in {(f.subject, f.object) for f in facts
                                                    if f.rule == "report-deny-charge"}
