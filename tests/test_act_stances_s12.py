"""Session-12 stances aimed at acts: a stance verb whose object is a deed (atrocities,
detention, presence, war ...) is aimed at the deed's author, also when the authors are only
named in an "including" list of the deeds or on the deed's object ("the bombardment of towns
by X"); measures opposed ("the tariffs") are first looked for among those aimed at the one
opposing them. Every sentence is invented (other names and wording than the studied articles')."""
from __future__ import annotations

import pytest

from tests.factkit import check_row, facts

CASES = [
    # 1. deeds condemned: their author named inside the phrase
    ("Britain condemned the atrocities committed by the Wagner Group in Mali.",
     [("United Kingdom", "criticizes", "Wagner Group", "positive")], []),
    ("Japan strongly condemns Russia's illegal war against Ukraine.",
     [("Japan", "criticizes", "Russia", "positive")], []),
    ("Canada denounced this cowardly act by Boko Haram.",
     [("Canada", "criticizes", "Boko Haram", "positive")], []),
    # the "of" phrase of a detention names who is held, not who holds him
    ("France strongly condemned the detention of President Mohamed Bazoum.",
     [], [("France", "criticizes", "Mohamed Bazoum", "positive")]),
    # 2. the authors named in an "including" list of the deeds
    ("Norway condemns the abuses committed by the warring parties, including killings by the RSF and the "
     "shelling of markets by the Sudanese Armed Forces.",
     [("Norway", "criticizes", "Rapid Support Forces", "positive"),
      ("Norway", "criticizes", "Sudanese Armed Forces", "positive")], []),
    ("Germany condemned the abuses by both sides, including executions by the Wagner Group and the shelling "
     "of towns by the Malian army.",
     [("Germany", "criticizes", "Wagner Group", "positive"), ("Germany", "criticizes", "Mali", "positive")], []),
    # 3. "the bombardment of X by Y": the "by" phrase hung on the act's object still names its author
    ("Sweden condemned the bombardment of Kharkiv by Russia.", [("Sweden", "criticizes", "Russia", "positive")],
     [("Sweden", "criticizes", "Kharkiv", "positive")]),
    # 4. measures opposed: those aimed at the one opposing them, not a later counter-measure (the
    # verb rules' definite-event reading still adds the later one's author, Mexico)
    ("Washington imposed tariffs on steel from Brazil and India. Mexico announced its own tariffs on American "
     "corn. Brazil firmly opposes the tariffs.",
     [("Brazil", "rejects", "United States", "positive")], []),
]


@pytest.mark.parametrize("text,expected,absent", CASES, ids=[c[0][:40] for c in CASES])
def test_act_stance(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)
