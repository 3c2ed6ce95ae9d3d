"""Session-11: agents through participles and names the tagger took for verbs.

1. The agent of a participle on a text is whoever issues, signs or adopts the text ("signed
   orders imposing tariffs on X", "a decree, signed by Y, bans ..."); goods, imports and
   products "from X" name X as the target of a tariff or ban on them.
2. A known name opening a sentence that the tagger read as a verb (or bare noun) root, with
   the real verb after it or after a time phrase, is that verb's subject ("Trump on Saturday
   signed ...", "ECOWAS imposed sanctions ..."); an office-holder's surname the NER left
   untagged there is that person.
Every sentence is invented."""
from __future__ import annotations

import pytest

from tests.factkit import check_row, facts

CASES = [
    # 1. participles on texts act for whoever makes the text
    ("Trump signed orders imposing a 25% tariff on most imports from Canada and Mexico.",
     [("Trump", "sanctions", "Canada", "positive"), ("Trump", "sanctions", "Mexico", "positive")], []),
    ("Japan adopted measures banning exports to Russia.", [("Japan", "sanctions", "Russia", "positive")], []),
    ("India unveiled a policy imposing a 20% duty on goods from Bangladesh.",
     [("India", "sanctions", "Bangladesh", "positive")], []),
    ("Beijing introduced rules restricting exports of gallium to the United States.",
     [("China", "sanctions", "United States", "positive")], []),
    ("The decree, issued by Putin, bans imports from Poland.", [("Putin", "sanctions", "Poland", "positive")], []),
    ("A law passed by the Turkish parliament imposes duties on goods from Greece.",
     [("Turkey", "sanctions", "Greece", "positive")], []),
    ("The resolution, drafted by France, condemns Syria.", [("France", "criticizes", "Syria", "positive")], []),
    # a text one merely criticises or reads about is not one's own
    ("Hungary condemned a decree banning imports from Ukraine.", [],
     [("Hungary", "sanctions", "Ukraine", "positive")]),
    # goods, products, imports "from X": X is the target
    ("Washington slapped a 10% levy on goods from China.", [("United States", "sanctions", "China", "positive")], []),
    ("Brazil imposed a levy on products from Argentina.", [("Brazil", "sanctions", "Argentina", "positive")], []),
    ("Mexico announced duties on most imports from China.", [("Mexico", "sanctions", "China", "positive")], []),
    # 2. a name opening the sentence, tagged as a verb or a bare-noun root
    ("Trump on Saturday signed orders imposing a 25% tariff on most imports from Canada and Mexico.",
     [("Trump", "sanctions", "Canada", "positive"), ("Trump", "sanctions", "Mexico", "positive")], []),
    ("Mali was sanctioned. ECOWAS imposed sanctions on Niger. Trump on Saturday imposed sanctions on Iran.",
     [("Economic Community of West African States", "sanctions", "Niger", "positive"),
      ("Trump", "sanctions", "Iran", "positive")], []),
    ("Erdogan on Monday imposed a ban on imports from Israel.", [("Erdogan", "sanctions", "Israel", "positive")], []),
    ("Trump on Tuesday met Zelensky.", [("Trump", "meets", "Zelensky", "positive")], []),
    ("Trump hailed Netanyahu.", [("Trump", "supports", "Netanyahu", "positive")], []),
    ("Trump on Monday threatened Mexico with tariffs.", [("Trump", "threatens", "Mexico", "positive")], []),
    ("The president spoke. Starmer on Tuesday imposed sanctions on Russian oil firms.",
     [("Starmer", "sanctions", "Russia", "positive")], []),
]


@pytest.mark.parametrize("text,expected,absent", CASES, ids=[c[0][:40] for c in CASES])
def test_participles(nlp, text, expected, absent):
    check_row(facts(nlp, text, date="2025-02-01"), expected, absent)


PARSES = [
    # (sentence, the name, the verb it is the subject of)
    ("Trump on Saturday signed orders imposing tariffs on Canada.", "Trump", "signed"),
    ("ECOWAS imposed sanctions on Niger.", "ECOWAS", "imposed"),
    ("The talks ended. ECOWAS imposed sanctions on Niger.", "ECOWAS", "imposed"),
]


@pytest.mark.parametrize("text,name,verb", PARSES, ids=[p[0][:40] for p in PARSES])
def test_initial_name_is_subject(nlp, text, name, verb):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == name)
    assert tok.dep_ == "nsubj" and tok.head.text == verb and tok.head.dep_ == "ROOT"


def test_sentence_initial_verb_stays():
    """An imperative or a participle opening a sentence is no name."""
    from kg.nlp import load_nlp

    doc = load_nlp()("Impose sanctions on Russia now, the minister said.")
    assert doc[0].pos_ != "PROPN"
