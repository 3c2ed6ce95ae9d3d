"""Precision mechanisms found on blind sets: each row is a general pattern of news prose
with near misses that must not fire.

``ROWS`` are (sentence, expected facts, facts that must be absent); a fact is
(subject, predicate, object, polarity). ``NO_TOPIC`` rows are (sentence, topic words)
where no discusses/concernedAbout/denies fact may have an object containing those words.
The sentences are written for these tests.
"""
from __future__ import annotations

import pytest

from factkit import check_row
from factkit import facts as _facts

POS, NEG = "positive", "negative"

ROWS = [
    # asking someone to stop an act says they do it: the addressee acts, positively
    ("Britain called on Serbia to stop attacking Kosovo.",
     [("Serbia", "attacks", "Kosovo", POS)],
     [("United Kingdom", "attacks", "Kosovo", NEG), ("Serbia", "attacks", "Kosovo", NEG)]),
    ("The envoy Anna Berg called on Pristina to open talks and on Belgrade to stop blocking "
     "Kosovo's membership in international bodies.",
     [("Serbia", "rejects", "Kosovo", POS)],
     [("Anna Berg", "rejects", "Kosovo", NEG), ("Serbia", "rejects", "Kosovo", NEG)]),
    ("Germany urged Russia to stop attacking Ukraine.",
     [("Russia", "attacks", "Ukraine", POS)], [("Russia", "attacks", "Ukraine", NEG)]),
    ("Britain urged Serbia to end its cooperation with Russia.",
     [("Serbia", "cooperatesWith", "Russia", POS)],
     [("United Kingdom", "cooperatesWith", "Russia", POS), ("Serbia", "cooperatesWith", "Russia", NEG)]),
    # near misses: a stop that happened, a refusal, or a request to act (the caller presses)
    ("Russia stopped attacking Ukraine.", [("Russia", "attacks", "Ukraine", NEG)], []),
    ("Russia refused to stop attacking Ukraine.", [("Russia", "attacks", "Ukraine", POS)], []),
    ("Serbia ended its cooperation with Russia.", [("Serbia", "cooperatesWith", "Russia", NEG)], []),
    # relations as the subject of their own state are not cooperation unless they grow
    ("Relations between Ecuador and Colombia have been strained since last year.", [],
     [("Ecuador", "cooperatesWith", "Colombia", POS), ("Colombia", "cooperatesWith", "Ecuador", POS)]),
    ("Ties between Ecuador and Colombia deepened last year.",
     [("Ecuador", "cooperatesWith", "Colombia", POS)], []),
    ("Ecuador and Colombia restored relations last year.",
     [("Ecuador", "cooperatesWith", "Colombia", POS)], []),
    # guests of one reception are not each other's partners; the hosts of talks are
    ("The banquet was attended by Foreign Minister Omar Haddad and Defence Minister Karim Saleh.", [],
     [("Omar Haddad", "meets", "Karim Saleh", POS), ("Karim Saleh", "meets", "Omar Haddad", POS)]),
    ("Omar Haddad and Karim Saleh held talks in Amman.",
     [("Omar Haddad", "negotiatesWith", "Karim Saleh", POS)], []),
    # what is being negotiated is not yet agreed; an agreed or holding truce is
    ("Egypt said negotiations on a truce between Israel and Hamas had stalled.",
     [("Israel", "negotiatesWith", "Hamas", POS)], [("Israel", "cooperatesWith", "Hamas", POS)]),
    ("The truce between Israel and Hamas held overnight.",
     [("Israel", "cooperatesWith", "Hamas", POS)], []),
    # a vague head's named specifics are the topic
    ("Putin and Tokayev discussed the latest developments in the region, particularly the "
     "situation in Syria.",
     [("Putin", "discusses", "situation in syria", POS)], []),
    ("Putin and Tokayev discussed regional issues such as water security.",
     [("Putin", "discusses", "water security", POS)], []),
    # thanks, for a courtesy too, are the thanker's approval (session 29: the annotated sets mark
    # "thanked X for hosting the talks" as support); thanks for help say the thanked gave it
    ("Uzbek President Karim Aliyev thanked Russian President Vladimir Putin for the warm welcome.",
     [("Karim Aliyev", "supports", "Vladimir Putin", POS)], [("Vladimir Putin", "supports", "Karim Aliyev", POS)]),
    ("Ukrainian President Olena Koval thanked US President Joe Biden for his support.",
     [("Joe Biden", "supports", "Ukraine", POS)], [("Olena Koval", "supports", "Ukraine", POS)]),
    ("Ukrainian President Olena Koval thanked US President Joe Biden for the military aid.",
     [("Joe Biden", "aids", "Ukraine", POS)], []),
    # a present tense coordinated with a past report continues the quote, not the speaker
    ('The U.S. army said in a statement that the test did not pose a threat to U.S. troops, but '
     '"highlights the destabilizing impact" of the missile program of North Korea.', [],
     [("United States", "discusses", "destabilizing impact of missile program", POS)]),
    # negation stays in its own clause: a conjunct with its own auxiliary is outside it
    ('Lula said Brazil would "not kneel" before Washington and would take the dispute to the '
     'World Trade Organization.',
     [("Brazil", "appealsTo", "World Trade Organization", POS)],
     [("Brazil", "appealsTo", "World Trade Organization", NEG)]),
    ("Russia did not attack Ukraine and did not threaten Poland.",
     [("Russia", "attacks", "Ukraine", NEG), ("Russia", "threatens", "Poland", NEG)], []),
    # "attacked" in the company of words of disparagement is criticism
    ("China said the G7 had maliciously smeared and attacked China.",
     [("Group of Seven", "criticizes", "China", POS)], [("Group of Seven", "attacks", "China", POS)]),
    ("Russian forces attacked and captured the town of Avdiivka.",
     [("Russia", "attacks", "Avdiivka", POS)], []),
]

NO_TOPIC = [
    ("Putin and Tokayev discussed the latest developments in the region.", "developments"),
    ("Putin and Tokayev reviewed relations between the two countries.", "relations"),
    ("Putin and Tokayev exchanged views on regional affairs.", "affairs"),
    ("Putin and Tokayev discussed recent developments and other issues of mutual interest.", "issues"),
    ("The king stressed the country's firm position on the need to end the war.", "position"),
    ("Beijing called on all parties to address each other's legitimate concerns through dialogue.", "concerns"),
]

# concrete topics that the vague-topic filter must keep
KEEP_TOPIC = [
    ("Putin and Tokayev discussed bilateral relations.", "bilateral relations"),
    ("Putin and Tokayev discussed recent developments in Syria.", "syria"),
    ("Putin and Tokayev discussed China's position on Taiwan.", "taiwan"),
    ("Putin and Tokayev discussed the humanitarian situation in Sudan.", "humanitarian situation"),
]


@pytest.mark.parametrize("sentence,expected,absent", ROWS, ids=[r[0][:50] for r in ROWS])
def test_row(nlp, sentence, expected, absent):
    check_row(_facts(nlp, sentence), expected, absent)


@pytest.mark.parametrize("sentence,word", NO_TOPIC, ids=[r[1] for r in NO_TOPIC])
def test_vague_topic_dropped(nlp, sentence, word):
    got = [f.object for f in _facts(nlp, sentence) if f.predicate in ("discusses", "concernedAbout", "denies")]
    assert [o for o in got if word in o.lower()] == [], got


@pytest.mark.parametrize("sentence,word", KEEP_TOPIC, ids=[r[1] for r in KEEP_TOPIC])
def test_concrete_topic_kept(nlp, sentence, word):
    got = [f.object for f in _facts(nlp, sentence) if f.predicate == "discusses"]
    assert any(word in o.lower() for o in got), got
