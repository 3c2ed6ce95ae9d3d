"""Session-12 texts as subjects: "The resolution demands ...", "The text endorsed ...", "The
statement condemned ..." are acts of the body that adopted, issued, drafted or circulated the
text (kg.extract.texts): named in the text's phrase, else at the nearest earlier mention of the
text, else, in an official release, its publisher. A finite verb coordinated with a that-clause
it cannot agree with continues the main clause ("demands that X withdraw ... and expresses ...").
Every sentence is invented (other names and wording than the studied articles')."""
from __future__ import annotations

import pytest

from kg.extract import extract_doc
from kg.types import Article
from tests.factkit import check_row, facts

CASES = [
    # 1. the text was adopted, passed, drafted or circulated in an earlier sentence
    ("The Security Council adopted a resolution on Tuesday. The resolution demands that Ethiopia withdraw "
     "its troops from the border.",
     [("Security Council", "demandsFrom", "Ethiopia", "positive")], []),
    ("The General Assembly passed a resolution by 120 votes to nine. The text condemned Israel's "
     "blockade of the territory.",
     [("General Assembly", "criticizes", "Israel", "positive")], []),
    ("Mexico and Canada drafted a declaration on Monday. The document urges Venezuela to hold fresh "
     "elections.",
     [("Mexico", "appealsTo", "Venezuela", "positive"), ("Canada", "appealsTo", "Venezuela", "positive")], []),
    # the agent of a participle on the earlier mention
    ("Moscow vetoed a resolution drafted by France. The resolution had demanded that Russia halt its "
     "strikes on Kharkiv.",
     [("France", "demandsFrom", "Russia", "positive")], []),
    # "said in a statement", "a statement from X": the speaker issued it
    ("Kenya's foreign ministry said in a statement that it was following events closely. The statement "
     "condemned the attack by Al Shabaab on the base.",
     [("Kenya", "criticizes", "Al Shabaab", "positive")], []),
    ("The request was refused, according to a statement from the Thai foreign ministry. The statement "
     "also urged the junta in Myanmar to free Aung San Suu Kyi.",
     [("Thailand", "demandsFrom", "Myanmar", "positive")], []),
    # 2. an earlier mention with no issuer, or a text nobody issued nearby: nobody
    ("China rejected the statement on Friday. The statement accused Beijing of crushing dissent.", [],
     [("China", "accuses", "China", "positive")]),
    ("The African Union suspended Mali on Friday. The statement called on the junta to restore civilian "
     "rule.", [], [("African Union", "appealsTo", "Mali", "positive")]),
    # a person's own statement stays the person's
    ("Nebenzia said his statement condemned the Ukrainian attack.",
     [("Nebenzia", "criticizes", "Ukraine", "positive")], []),
    # 3. participles on a text: the issuer of the clause, else the body the text is named after
    ("Britain and Norway circulated a draft resolution demanding that Sudan open its border crossings.",
     [("United Kingdom", "demandsFrom", "Sudan", "positive"), ("Norway", "demandsFrom", "Sudan", "positive")], []),
    ("Japan welcomed a Security Council resolution urging Israel to allow aid into Gaza.",
     [("Security Council", "appealsTo", "Israel", "positive")], [("Japan", "appealsTo", "Israel", "positive")]),
    # 4. a finite conjunct of a that-clause it cannot agree with continues the main clause
    ("The Security Council adopted a resolution on Tuesday. The resolution demands that Eritrea withdraw its "
     "forces and expresses support for the peace plan of the African Union.",
     [("Security Council", "demandsFrom", "Eritrea", "positive")],
     [("Eritrea", "supports", "African Union", "positive")]),
    ("Germany demanded that Belarus free the detained journalists and condemned Minsk's crackdown on "
     "protesters.",
     [("Germany", "demandsFrom", "Belarus", "positive"), ("Germany", "criticizes", "Belarus", "positive")], []),
]


@pytest.mark.parametrize("text,expected,absent", CASES, ids=[c[0][:40] for c in CASES])
def test_text_subject(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)


def test_release_statement_is_its_publisher(nlp):
    """"The statement condemned ..." in a foreign ministry's own release: the publishing government."""
    text = "The statement condemned the missile attack by Houthi rebels on the port of Jeddah."
    article = Article(id="t", title="", text=text, source="Ministry of Foreign Affairs of Jordan")
    got = extract_doc(nlp(text), article).facts
    check_row(got, [("Jordan", "criticizes", "Houthis", "positive")], [])
