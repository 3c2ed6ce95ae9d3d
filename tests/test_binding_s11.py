"""Pronoun binding and phone calls (session 11, M11).

- A non-reflexive object pronoun ("him", "her", "them") never means the subject of its own
  clause, also when that subject is only implied: the controller of an infinitive ("called
  Lula to congratulate him": the caller; "invited Scholz to join him": the one invited) or
  the main subject of a participle ("..., praising him for ...").
- "X called / phoned / telephoned Y to V" (no "on", "upon" or "for") is a phone call whose
  purpose is V, done by the caller to Y, not an appeal; "called on Y to V" and "called for
  Y to V" stay appeals.

Tables of (text, facts that must be found, facts that must NOT be found); every sentence is
invented for this file.
"""
from __future__ import annotations

import pytest

from factkit import check_row, facts

ROWS = [
    # the purpose infinitive of a call: the caller congratulates, "her" is the one called
    ("Canadian Prime Minister Justin Trudeau called Mexican President-elect Claudia Sheinbaum on "
     "Tuesday to congratulate her on her election win.",
     [("Justin Trudeau", "supports", "Claudia Sheinbaum", "positive")],
     [("Claudia Sheinbaum", "supports", "Justin Trudeau", "positive")]),
    ("Indian Prime Minister Narendra Modi phoned Japanese Prime Minister Shigeru Ishiba to praise "
     "him for his leadership.",
     [("Narendra Modi", "supports", "Shigeru Ishiba", "positive")],
     [("Shigeru Ishiba", "supports", "Narendra Modi", "positive")]),
    ("Kenyan President William Ruto telephoned Tanzanian President Samia Suluhu Hassan to "
     "congratulate her.",
     [("William Ruto", "supports", "Samia Suluhu Hassan", "positive")], []),
    # "them": the ones called, not the caller
    ("Vietnam and Laos hosted envoys from Cambodia and Thailand on Friday. Cambodia called Vietnam "
     "and Laos to praise them for their mediation.",
     [("Cambodia", "supports", "Vietnam", "positive"), ("Cambodia", "supports", "Laos", "positive")], []),
    # a participle's implied subject is the main clause's: "him" is the one met
    ("Polish President Andrzej Duda met Lithuanian President Gitanas Nauseda in Vilnius, praising "
     "him for his country's resolve.",
     [("Andrzej Duda", "supports", "Gitanas Nauseda", "positive")], []),
    # a gerund after "after"/"before": the main subject does it
    ("Indonesian President Prabowo Subianto met Malaysian Prime Minister Anwar Ibrahim in Jakarta "
     "after congratulating him on the election.",
     [("Prabowo Subianto", "supports", "Anwar Ibrahim", "positive")], []),
    # near misses: "called on X to ..." and "called for X to ..." are appeals, nothing done yet
    ("U.S. President Donald Trump called on Israeli Prime Minister Benjamin Netanyahu to support the truce.",
     [("Donald Trump", "appealsTo", "Benjamin Netanyahu", "positive")],
     [("Donald Trump", "supports", "truce", "positive")]),
    ("Turkish President Recep Tayyip Erdogan called for Russia to back the grain deal.",
     [], [("Recep Tayyip Erdogan", "supports", "grain deal", "positive")]),
    ("Slovak Prime Minister Robert Fico urged Hungarian Prime Minister Viktor Orban to back the plan.",
     [("Robert Fico", "appealsTo", "Viktor Orban", "positive")],
     [("Robert Fico", "supports", "plan", "positive"), ("Viktor Orban", "supports", "plan", "positive")]),
]


@pytest.mark.parametrize("text,expected,absent", ROWS, ids=[r[0][:40] for r in ROWS])
def test_binding(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)


#: (text, pronoun, the name it must mean, the name it must not mean)
PRONOUNS = [
    # the caller is the controlled subject of "congratulate": "him" is the one called
    ("U.S. President Joe Biden called Brazilian President Lula on Monday to congratulate him on his "
     "victory.", "him", "Lula", "Joe Biden"),
    ("German Chancellor Olaf Scholz called Polish Prime Minister Donald Tusk to thank him for the help.",
     "him", "Donald Tusk", "Olaf Scholz"),
    # object control: the one invited joins, "him" is the inviter
    ("French President Emmanuel Macron invited German Chancellor Olaf Scholz to join him in Paris.",
     "him", "Emmanuel Macron", "Olaf Scholz"),
    # subject control through "wait to": the one waiting greets, "him" is the other
    ("Chinese President Xi Jinping arrived in Hanoi, where Vietnamese leader To Lam stood waiting to "
     "greet him.", "him", "Xi Jinping", "To Lam"),
    # a gerund after "for": the one praised backs, "him" is the one who praises
    ("Dutch Prime Minister Dick Schoof praised Belgian Prime Minister Bart De Wever for backing him "
     "on the budget.", "him", "Dick Schoof", "Bart De Wever"),
    # a participle: the main subject thanks, "her" is someone else
    ("Latvian Prime Minister Evika Silina spoke with Danish Prime Minister Mette Frederiksen on "
     "Monday, thanking her for the aid.", "her", "Mette Frederiksen", "Evika Silina"),
]


@pytest.mark.parametrize("text,pronoun,meant,not_meant", PRONOUNS, ids=[p[0][:40] for p in PRONOUNS])
def test_object_pronoun(nlp, text, pronoun, meant, not_meant):
    from kg.resolve import resolve
    from kg.types import Article

    doc = nlp(text)
    mentions = resolve(doc, Article(id="t", title="", text=text, date=None))
    token = next(t for t in doc if t.lower_ == pronoun)
    labels = [e.label for e in mentions.entities_at(token)]
    assert meant in labels and not_meant not in labels, labels
