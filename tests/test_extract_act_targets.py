"""Stances aimed at an earlier act (kg.extract.frames.act_targets).

"Zagreb rejected the protest", "Iran condemned the strikes", "Kyiv welcomed the British
move": the stance is aimed at the author of the act the object names. Each row is a short
text written for these tests (a context sentence and a stance sentence, or one sentence)
with the facts that must be extracted and the facts that must not be (near misses: an act
not addressed to the one rejecting it, an act only threatened, a text named after a
country, a denial, one's own side ...).
"""
from __future__ import annotations

import pytest

from kg.types import Article
from factkit import facts as _facts

P, N = "positive", "negative"
# the definite-description fallback of kg/extract/ends/nouns.py (``event '...'``) still aims
# "the strikes" / "the allegations" at the last attacker / accuser without asking whom the act
# was addressed to or whether it was only threatened; this frame does not, the verb rule does
_OLD_FALLBACK = pytest.mark.xfail(reason="nouns.py event-reference fallback ignores the addressee and "
                                         "threatened acts (change requested: defer to act_targets)", strict=False)

# (text, expected facts, facts that must not appear) as (subject, predicate, object, polarity)
ROWS = [
    # -- the author of the last act of the same kind, addressed to the one who answers
    ("Belgrade summoned Croatia's ambassador to protest against comments by a Croatian minister. "
     "Zagreb rejected the protest.", {("Croatia", "rejects", "Serbia", P)}, set()),
    ("Poland lodged a formal protest with Lithuania over the border closure. Vilnius dismissed the protest on Tuesday.",
     {("Lithuania", "rejects", "Poland", P)}, set()),
    ("China protested to Japan over the minister's visit to the shrine. Tokyo rejected the protest.",
     {("Japan", "rejects", "China", P)}, set()),
    ("Morocco accused Algeria of arming the separatists. Algiers rejected the accusations.",
     {("Algeria", "rejects", "Morocco", P)}, set()),
    ("Pakistan accused India of sponsoring the bombing. New Delhi dismissed the allegations.",
     {("India", "rejects", "Pakistan", P)}, set()),
    ("Russia demanded that Moldova expel the diplomats. Chisinau rejected the demand.",
     {("Moldova", "rejects", "Russia", P)}, set()),
    ("North Korea threatened South Korea with a nuclear response. Seoul dismissed the threat.",
     {("South Korea", "rejects", "North Korea", P)}, set()),
    ("Venezuela criticized Guyana over the oil licences. Georgetown rejected the criticism.",
     {("Guyana", "rejects", "Venezuela", P)}, set()),
    ("Egypt issued a statement criticizing Ethiopia over the dam. Addis Ababa rejected the statement.",
     {("Ethiopia", "rejects", "Egypt", P)}, set()),
    # an official's act is answered to the country they speak for
    ("State Department spokesperson Tommy Pigott criticized China's conduct near the reef. Beijing rejected the criticism.",
     {("China", "rejects", "United States", P)}, {("China", "rejects", "Tommy Pigott", P)}),
    # deeds: whoever condemns them, the author is the target
    ("Israel carried out airstrikes on targets in Syria. Turkey condemned the strikes.",
     {("Turkey", "criticizes", "Israel", P)}, set()),
    ("The United States and Britain launched strikes on rebel positions in Yemen. Iran condemned the strikes.",
     {("Iran", "criticizes", "United States", P), ("Iran", "criticizes", "United Kingdom", P)}, set()),
    ("The European Union imposed new sanctions on Belarus. Minsk denounced the sanctions.",
     {("Belarus", "criticizes", "European Union", P)}, set()),
    ("Washington imposed tariffs on steel from Brazil. Brasilia condemned the tariffs.",
     {("Brazil", "criticizes", "United States", P)}, set()),
    ("The United States proposed a truce plan to Israel. Qatar welcomed the proposal.",
     {("Qatar", "supports", "United States", P)}, set()),
    ("Uganda deployed special forces to Juba at the request of the president. Kenya criticised the deployment.",
     {("Kenya", "criticizes", "Uganda", P)}, set()),
    ("South Korea and the United States held a joint naval drill. North Korea denounced the drill.",
     {("North Korea", "criticizes", "South Korea", P), ("North Korea", "criticizes", "United States", P)}, set()),
    ("North Korea conducted a missile test on Sunday. Japan condemned the test.",
     {("Japan", "criticizes", "North Korea", P)}, set()),
    ("The US Treasury designated three Chinese refineries for buying Iranian oil. Beijing rejected the designations.",
     {("China", "rejects", "United States", P)}, set()),
    ("A report by the Pentagon said China had stolen designs from Japan. Beijing denounced the report.",
     {("China", "criticizes", "United States", P)}, set()),
    ("Serbia bought twelve fighter jets from France. Croatia criticised those acquisitions.",
     {("Croatia", "criticizes", "Serbia", P)}, set()),
    # a gathering is no act of its hosts, co-hosts or guests (too loose on the blind sets)
    ("The summit, hosted by Kenya, opened on Monday. Ethiopia addressed the summit. Eritrea criticised the summit.",
     set(), {("Eritrea", "criticizes", "Ethiopia", P), ("Eritrea", "criticizes", "Kenya", P)}),
    ("Russia invaded Ukraine in 2022. Japan condemned the invasion.", {("Japan", "criticizes", "Russia", P)}, set()),
    ("Warsaw condemned the use of migrants by Belarus.", {("Poland", "criticizes", "Belarus", P)}, set()),
    # "the strikes" is the last strike, not a later attack of another kind
    pytest.param("Israeli jets struck depots in Lebanon. Hezbollah vowed to attack Israel. Jordan condemned the strikes.",
                 {("Jordan", "criticizes", "Israel", P)}, {("Jordan", "criticizes", "Hezbollah", P)}, marks=_OLD_FALLBACK),
    # -- the author named inside the act's phrase
    ("Kyiv welcomed the British move.", {("Ukraine", "supports", "United Kingdom", P)}, set()),
    ("The Gulf Cooperation Council rejected any Iranian attempt to change the status of the islands.",
     {("Gulf Cooperation Council", "rejects", "Iran", P)}, set()),
    ("Paris criticized Beijing's decision to impose duties on brandy.", {("France", "criticizes", "China", P)}, set()),
    ("Cuba denounced the blockade imposed by the United States.", {("Cuba", "criticizes", "United States", P)}, set()),
    ("Lithuania condemned the strikes by Russia on Ukrainian cities.", {("Lithuania", "criticizes", "Russia", P)}, set()),
    ("Seoul rejected the demand from Pyongyang.", {("South Korea", "rejects", "North Korea", P)}, set()),
    ("Spain praised Morocco's decision to reopen the border.", {("Spain", "supports", "Morocco", P)}, set()),
    ("Canada rejected the tariffs Washington imposed last month.", {("Canada", "rejects", "United States", P)}, set()),
    ("Tokyo protested the Chinese move.", {("Japan", "protestsAgainst", "China", P)}, set()),
    # -- an act noun in apposition to the clause that reports the act
    ("Beijing claims the reef as its territory, a claim Manila has always rejected.",
     {("Philippines", "rejects", "China", P)}, set()),
    ("Russia banned imports of wine from Georgia, a move Tbilisi condemned.",
     {("Georgia", "criticizes", "Russia", P)}, set()),
    ("Israel carried out airstrikes in Syria on Monday. The strikes, which Iran condemned, killed ten people.",
     {("Iran", "criticizes", "Israel", P)}, set()),
    ("The EU imposed tariffs on cars from China, a decision Beijing called unjustified.",
     {("China", "criticizes", "European Union", P)}, set()),
    # -- an accusation reported with a claiming verb
    ("Ukraine claimed that Russia had shelled the plant. Moscow rejected the claim.",
     {("Russia", "rejects", "Ukraine", P)}, set()),
    # -- judged by a description: a wrong named is an accusation, a bad word a criticism
    ("Russia called the British sanctions an act of piracy.", {("Russia", "accuses", "United Kingdom", P)}, set()),
    ("Beijing called the American tariffs unjustified.", {("China", "criticizes", "United States", P)}, set()),
    # -- phrasal rejections and retorts
    ("Morocco accused Algeria of arming the rebels. Algiers brushed aside the allegations.",
     {("Algeria", "rejects", "Morocco", P)}, set()),
    ("The European Union imposed sanctions on Belarus. Minsk shrugged off the sanctions.",
     {("Belarus", "rejects", "European Union", P)}, set()),
    ("Venezuela criticized Guyana over the oil licences. Georgetown hit back at the criticism.",
     {("Guyana", "rejects", "Venezuela", P)}, set()),
    # -- a reported pejorative judgement of the act
    ("Pakistan accused India of sponsoring the bombing. New Delhi said the allegations were baseless.",
     {("India", "rejects", "Pakistan", P)}, set()),
    ("The army of Pakistan said Afghanistan had sheltered the militants. Kabul rejected the allegations.",
     {("Afghanistan", "rejects", "Pakistan", P)}, set()),
    # -- the act named by a free relative, a passive stance, a stance noun
    ("Pakistan accused India of sponsoring the bombing. New Delhi rejected what it called baseless allegations.",
     {("India", "rejects", "Pakistan", P)}, set()),
    ("Belgrade lodged a protest with Zagreb over the remarks. The protest was rejected by Croatia.",
     {("Croatia", "rejects", "Serbia", P)}, set()),
    ("Israel carried out airstrikes on targets in Syria. Iran's condemnation of the strikes was swift.",
     {("Iran", "criticizes", "Israel", P)}, set()),
    ("Washington imposed tariffs on steel from Brazil. Brasilia voiced its opposition to the tariffs.",
     {("Brazil", "rejects", "United States", P)}, set()),
    ("Kyiv expressed support for the British move.", {("Ukraine", "supports", "United Kingdom", P)}, set()),
    # -- polarity comes from the stance clause
    ("Serbia protested to Croatia over the remarks. Zagreb did not reject the protest.",
     {("Croatia", "rejects", "Serbia", N)}, {("Croatia", "rejects", "Serbia", P)}),
    # -- near misses: nothing aimed at an author
    ("Japan protested to China over the incursion. Vietnam rejected the protest.", set(),
     {("Vietnam", "rejects", "Japan", P)}),
    pytest.param("Australia accused China of hacking. Canada rejected the allegations.", set(),
                 {("Canada", "rejects", "Australia", P)}, marks=_OLD_FALLBACK),
    ("Hungary rejected the protest.", set(), set()),
    ("Algeria accused Morocco of spying. Rabat rejected the protest.", set(), {("Morocco", "rejects", "Algeria", P)}),
    ("Israel struck targets in Lebanon. Lebanon rejected the proposal.", set(), {("Lebanon", "rejects", "Israel", P)}),
    ("Russia struck a deal with Iran on gas. Ukraine condemned the strikes.", set(),
     {("Ukraine", "criticizes", "Russia", P)}),
    ("The United States imposed sanctions on Iran. Iran condemned strikes on Gaza.", set(),
     {("Iran", "criticizes", "United States", P)}),
    pytest.param("Iran threatened to strike targets in Israel. Germany condemned the strikes.", set(),
                 {("Germany", "criticizes", "Iran", P)}, marks=_OLD_FALLBACK),
    ("Poland rejected a Ukrainian proposal for a grain corridor.", set(), {("Poland", "rejects", "Ukraine", P)}),
    ("The charge d'affaires of Belarus was summoned by Poland. Warsaw rejected the charges.", set(),
     {("Poland", "rejects", "Belarus", P)}),
    ("Japan protested to China over the drills. Japan rejected the protest.", set(), {("Japan", "rejects", "China", P)}),
    ("Belgium condemned the attack on its embassy.", set(), set()),
    ("Armenia accused Azerbaijan of shelling border villages. Baku denied the charges.", set(),
     {("Azerbaijan", "rejects", "Armenia", P)}),
    ("Tokyo called the British proposal a useful start.", set(), {("Japan", "criticizes", "United Kingdom", P),
                                                                 ("Japan", "accuses", "United Kingdom", P)}),
    ("Germany criticized the decision.", set(), set()),
    # "positions" held by a group are no act of theirs
    ("Israel launched strikes on Hezbollah positions, which Iran condemned.", set(),
     {("Iran", "criticizes", "Hezbollah", P)}),
    ("Israel carried out airstrikes on targets in Syria. Turkey said the strikes were necessary.", set(),
     {("Turkey", "criticizes", "Israel", P)}),
    # other acts judged in reported speech are left to the reporting rules (too loose)
    ("Israel carried out airstrikes on targets in Syria. Turkey said the strikes were illegal.", set(), set()),
    ("The army of Pakistan said the weather was bad. Kabul rejected the allegations.", set(),
     {("Afghanistan", "rejects", "Pakistan", P)}),
    ("Venezuela criticized Guyana over the oil licences. Georgetown hit back at Caracas on Monday.", set(), set()),
    ("Israel carried out airstrikes on targets in Syria. The condemnation of the strikes was swift.", set(), set()),
    ("Pakistan accused India of sponsoring the bombing. Nepal rejected what it called baseless allegations.", set(),
     {("Nepal", "rejects", "Pakistan", P)}),
    # a restrictive relative clause says which sanctions: not the ones of an earlier sentence
    ("The United States imposed sanctions on Russia. The sanctions that the EU leaders endorsed target banks.", set(),
     {("European Union", "supports", "United States", P)}),
]


def _text(row) -> str:
    return row.values[0] if hasattr(row, "values") else row[0]


def _plain(row) -> tuple:
    return tuple(row.values) if hasattr(row, "values") else row


@pytest.mark.parametrize("text,expected,absent", ROWS, ids=[_text(r)[-60:] for r in ROWS])
def test_row(nlp, text, expected, absent):
    facts = _facts(nlp, text)
    got = {(f.subject, f.predicate, f.object, f.polarity) for f in facts}
    assert sorted(expected - got) == [], f"got {sorted(got)}"
    assert sorted(absent & got) == [], f"got {sorted(got)}"
    if not expected:
        # a near miss gives no fact of this frame at all
        assert [f for f in facts if f.rule == "frame-act-target"] == []


@pytest.mark.parametrize("text,expected,absent", [_plain(r) for r in ROWS], ids=[_text(r)[-60:] for r in ROWS])
def test_frame_never_adds_a_near_miss(nlp, text, expected, absent):
    """Whatever other rules do, this frame never emits a fact a row rules out."""
    mine = {(f.subject, f.predicate, f.object, f.polarity) for f in _facts(nlp, text) if f.rule == "frame-act-target"}
    assert sorted(absent & mine) == []
    if not expected:
        assert mine == set()


def test_frame_emits_the_facts_itself(nlp):
    """The stance facts of these rows come from this frame (not only from other rules)."""
    facts = _facts(nlp, "Belgrade summoned Croatia's ambassador to protest against comments by a Croatian "
                        "minister. Zagreb rejected the protest.")
    mine = [(f.subject, f.predicate, f.object) for f in facts if f.rule == "frame-act-target"]
    assert mine == [("Croatia", "rejects", "Serbia")]


def test_earlier_act_must_be_recent(nlp):
    """A definite description does not reach back further than the frame's reach."""
    filler = " ".join(f"Officials met in Geneva on day {n} to discuss the weather." for n in range(20))
    text = f"Israel carried out airstrikes on targets in Syria. {filler} Turkey condemned the strikes."
    # (the frame's own reach: "the strikes" may still name the last attacker through the end finder's
    # memory of attacks, which has no reach and is not this frame)
    got = {(f.subject, f.predicate, f.object) for f in _facts(nlp, text) if f.rule == "frame-act-target"}
    assert ("Turkey", "criticizes", "Israel") not in got


def test_act_tables_are_consistent():
    from kg.extract.frames import act_targets as at

    families = {f for f in at.ACT_NOUNS.values() if f is not None}
    assert families <= set(at._ACT_VERBS.values()) | {"drill", "map"}  # drills and maps are named by nouns only
    assert at._ADDRESSED <= families
    assert all(rel in ("rejects", "criticizes", "supports", "protestsAgainst") for rel, _ in at.STANCE_VERBS.values())


def _finder_after(nlp, text: str):
    """An end finder that has read every sentence of ``text`` through the frames."""
    from kg.extract.ends import EndFinder
    from kg.extract.frames import frame_rules
    from kg.extract.lexicon import load_lexicon
    from kg.extract.rules import Trace
    from kg.resolve import resolve

    doc = nlp(text)
    mentions = resolve(doc, Article(id="t", title="", text=text))
    lex = load_lexicon()
    ends = EndFinder(mentions, lex)
    for sent in mentions.sentences()[0]:
        ends.start_sentence(list(sent))
        frame_rules(sent, ends, lex, Trace())
    return doc, ends


@pytest.mark.parametrize("text,word,expected", [
    ("China protested to Japan over the visit. Tokyo rejected the protest.", "protest", ["China"]),
    ("China protested to Japan over the visit. Hanoi rejected the protest.", "protest", []),
    ("Iran threatened to strike targets in Israel. Germany condemned the strikes.", "strikes", []),
    ("Israel carried out airstrikes on targets in Syria. Turkey condemned the strikes.", "strikes", ["Israel"]),
    ("Tokyo rejected the proposal.", "Tokyo", None),
])
def test_earlier_act_authors_for_the_end_finder(nlp, text, word, expected):
    """The checked look-up the end finder's definite descriptions can defer to."""
    from kg.extract.frames.act_targets import earlier_act_authors

    doc, ends = _finder_after(nlp, text)
    tok = [t for t in doc if t.text == word][-1]
    ends.start_sentence(list(tok.sent))
    found = earlier_act_authors(tok, ends)
    assert (None if found is None else [e.entity.label for e in found]) == expected
