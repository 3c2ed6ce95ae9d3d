"""Threats held out in what someone vows or warns, and more judgements carried by speech.

- a hostile act the speaker's own side holds out ("vowed to fight to the end if Y ...",
  "vowed that X would keep fighting until Y ...", "warned the U.S. could target ... Chinese
  goods", "vowed that attacks on Y would continue") threatens whoever it would hit; another
  side's act foretold ("warned that Russia could invade Ukraine") is no threat
  (frames/threaten.py ``frame-vowed-hostility``);
- "X said Y would be punished if ...": a passive answer threatens its subject (``frame-if-respond``);
- "any deployment of troops on Finnish territory would provoke a response": a threat to the
  side whose ground it is (``frame-any-attempt``);
- "said Y would take all necessary countermeasures" with no one named: a threat to the side
  whose sanctions were reported last (``frame-unaimed-countermeasures``);
- "complained that Y failed to / had not ..." -> criticizes Y (report_judgements.py);
- "condemned the attacks" with no author anywhere -> criticizes the attacks (reports.py);
- "stressed that Y has no intention of annexing Z" -> Y denies "annexing Z" (report_denials.py);
- "stopped short of blaming Y": the blaming is negative (modality.py).

Texts written for these tests. Each row: the text, facts that must be found, facts that must
not be found, as (subject, predicate, object, polarity).
"""
from __future__ import annotations

import pytest

from factkit import check_row
from factkit import facts as _facts

P = "positive"

ROWS = [
    # a hostile act held out by the vower's own side, aimed by a condition or an "until" clause
    ("The Iranian foreign ministry vowed to fight to the end if Washington imposed new sanctions.",
     [("Iran", "threatens", "United States", P)], []),
    ("Ukrainian President Volodymyr Zelensky vowed that Ukraine would keep fighting until Russia withdrew its troops.",
     [("Volodymyr Zelensky", "threatens", "Russia", P)], []),
    # ... at whose goods a sum counts
    ("U.S. President Donald Trump warned that the United States could target another $200 billion in "
     "Chinese imports.", [("Donald Trump", "threatens", "China", P)], []),
    # ... or attacks carried on, vowed
    ("Houthi spokesman Yahya Saree vowed that attacks on Saudi Arabia would continue.",
     [("Yahya Saree", "threatens", "Saudi Arabia", P)], []),
    # another side's act foretold, or attacks only warned of, are no threat by the speaker
    ("U.S. President Joe Biden warned that Russia could invade Ukraine within weeks.",
     [], [("Joe Biden", "threatens", "Ukraine", P), ("United States", "threatens", "Ukraine", P)]),
    ("UN chief Antonio Guterres warned that attacks on Ukraine would continue.",
     [], [("Antonio Guterres", "threatens", "Ukraine", P)]),
    # a passive answer held out on a condition threatens its subject, not the one who would act
    ("The Iranian foreign minister said Saudi Arabia would be punished if it allowed American jets to use "
     "its airspace.", [("Iran", "threatens", "Saudi Arabia", P)], [("Saudi Arabia", "threatens", "Iran", P)]),
    # a deployment on someone's ground that would be answered
    ("Russian President Vladimir Putin said any deployment of NATO troops on Finnish territory would provoke "
     "a response.", [("Vladimir Putin", "threatens", "Finland", P)], []),
    # countermeasures with no one named answer the last sanctions reported
    ("Japan imposed export restrictions on South Korea last week. Trade Minister Sung Yun-mo said South Korea "
     "would file a complaint with the World Trade Organization and take all necessary countermeasures.",
     [("South Korea", "threatens", "Japan", P)], []),
    ("Washington imposed tariffs on the European Union. European Commission President Ursula von der Leyen said "
     "the bloc stood ready to hit back with countermeasures if negotiations failed.",
     [("Ursula von der Leyen", "threatens", "United States", P)], []),
    # ... and with no sanctions reported, nobody is threatened
    ("Beijing said it would take all necessary countermeasures.", [], [("China", "threatens", "United States", P)]),
    # a failure complained of is a reproach
    ("Berlin complained that Warsaw had failed to consult its neighbours.", [("Germany", "criticizes", "Poland", P)],
     []),
    ("The Kenyan government complained that Uganda had not replied to its letters.",
     [("Kenya", "criticizes", "Uganda", P)], []),
    # ... not a failure of things
    ("Kenya complained that the talks failed to produce a deal.", [], [("Kenya", "criticizes", "talks", P)]),
    # attacks condemned with no author anywhere are condemned as such ...
    ("UN Secretary-General Antonio Guterres condemned the attacks and called for restraint.",
     [("Antonio Guterres", "criticizes", "attacks", P)], []),
    # ... with an author reported, the author is criticised instead
    ("Russian forces shelled Kharkiv on Monday. Germany condemned the attacks.",
     [("Germany", "criticizes", "Russia", P)], [("Germany", "criticizes", "attacks", P)]),
    # a purpose disowned by the clause's subject is denied
    ("The spokesman stressed that China has no intention of violating the airspace of any country.",
     [("China", "denies", "violating the airspace of any country", P)], []),
    ("The minister said Turkey has no intention of annexing the northern strip.",
     [("Turkey", "denies", "annexing the northern strip", P)], []),
    # ... "no plans" only says nothing is scheduled
    ("The minister said Turkey has no plans to expand the buffer zone.", [],
     [("Turkey", "denies", "expanding the buffer zone", P)]),
    # blaming stopped short of is not done
    ("The White House stopped short of accusing Russia of the hack.", [],
     [("United States", "accuses", "Russia", P)]),
]


@pytest.mark.parametrize("text,expected,absent", ROWS, ids=[r[0][:48] for r in ROWS])
def test_speech2_row(nlp, text, expected, absent):
    check_row(_facts(nlp, text), expected, absent)


@pytest.mark.parametrize("text,word", [
    ("The White House stopped short of accusing Russia of the hack.", "accusing"),
    ("Iran condemned the use of chemical weapons but stopped short of blaming Syria.", "blaming"),
    ("The statement fell short of naming Moscow.", "naming"),
])
def test_short_of_is_negative(nlp, text, word):
    from kg.extract.lexicon import load_lexicon
    from kg.extract.modality import analyse_clause
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert analyse_clause(tok, load_lexicon()).polarity == "negative"
