"""The shortcuts that keep extraction cheap must give the answers of the slow way:
the doc-wide lemma / tag lists of FactBuilder.words, the per-sentence dates of
timex.sentence_dates + closest_date (one scan for all anchors of a sentence), the
remembered office-holder keys, and the token-text index of Mentions.positions.
Sentences are invented for these tests; the dev articles are only read."""
from __future__ import annotations

import json

import pytest

from kg.extract import extract_doc
from kg.extract import timex
from kg.extract.facts import FactBuilder
from kg.extract.lexicon import load_lexicon
from kg.resolve import resolve
from kg.resolve.mentions import Mentions
from kg.resolve.officeholders import _article_day, holders, name_key
from kg.types import Article

TEXT = ("Ruritanian Foreign Minister Ana Soto met her Xland counterpart in Lima on Monday. "
        "They had talked on Friday, and the ministers will meet again on March 3. "
        "ORIENTAL BANANAS were LEFT in the port, said Soto. She fled!")


def _builder(nlp, text, date="2024-03-06"):
    doc = nlp(text)
    article = Article(id="s1", title="", text=text, date=date)
    mentions = resolve(doc, article)
    lex = load_lexicon()
    from kg.extract.ends import EndFinder

    return doc, article, mentions, FactBuilder(article, mentions, EndFinder(mentions, lex), lex)


def test_words_are_the_tokens_lemmas_and_tags(nlp):
    doc, _, mentions, builder = _builder(nlp, TEXT)
    for sent in mentions.sentences()[0]:
        lemmas, tags = builder.words(sent)
        assert lemmas == [t.lemma_.lower() for t in sent]
        assert tags == [t.pos_ for t in sent]
    # the uppercase words really are lowered, the verbs really tagged
    assert "banana" in builder.words(doc[:])[0] and "VERB" in builder.words(doc[:])[1]


def test_words_follow_each_builder_s_doc(nlp):
    """The lists are per article: a second builder on another doc reads its own."""
    _, _, _, first = _builder(nlp, TEXT)
    doc, _, mentions, second = _builder(nlp, "Xland condemned Ruritania.")
    first.words(mentions.sentences()[0][0])
    assert second.words(doc[:])[0] == ["xland", "condemn", "ruritania", "."]
    assert first.words(doc[:])[0] == ["xland", "condemn", "ruritania", "."]  # a sentence of another doc


@pytest.mark.parametrize("reference", ["2024-03-06", "2021-11-30", None])
def test_sentence_dates_agree_with_find_date_for_every_anchor(nlp, reference):
    doc = nlp(TEXT)
    compared = 0
    for sent in doc.sents:
        dates = timex.sentence_dates(sent, reference)
        for anchor in sent:
            expect = timex.find_date(sent, reference, anchor=anchor)
            got = timex.closest_date(dates, anchor) if dates else None
            assert got == expect, (sent.text, anchor.text)
            compared += expect is not None
    # the test must see dates at all: Monday, Friday and March 3 are found with a reference
    assert compared > 0 if reference else compared == 0


def test_closest_date_prefers_the_nearer_expression(nlp):
    doc = nlp("After talks on Monday they signed the accord on Wednesday.")
    dates = timex.sentence_dates(doc[:], "2024-03-08")
    assert [value for _, value in dates] == ["2024-03-04", "2024-03-06"]
    signed = next(t for t in doc if t.lower_ == "signed")
    talks = next(t for t in doc if t.lower_ == "talks")
    assert timex.closest_date(dates, signed) == "2024-03-06"
    assert timex.closest_date(dates, talks) == "2024-03-04"
    assert timex.sentence_dates(doc[:], None) is None
    assert timex.sentence_dates(nlp("Xland condemned Ruritania.")[:], "2024-03-08") is None


def test_dev_articles_dates_agree(nlp, dev_set):
    """On real news sentences: every fact's anchor dated the short way and the long way."""
    for path in sorted(dev_set.glob("*.article.json"))[:4]:
        data = json.loads(path.read_text(encoding="utf-8"))
        doc = nlp(data["text"])
        for sent in doc.sents:
            dates = timex.sentence_dates(sent, data.get("date"))
            for anchor in sent:
                if anchor.pos_ in ("VERB", "NOUN"):
                    got = timex.closest_date(dates, anchor) if dates else None
                    assert got == timex.find_date(sent, data.get("date"), anchor=anchor)


def test_remembered_office_keys_answer_as_before():
    name_key.cache_clear()
    assert name_key("ISHIBA Shigeru") == name_key("Shigeru Ishiba") == "ishiba shigeru"
    assert name_key("Joseph R. Biden Jr.") == name_key("Joseph Biden")
    assert name_key("ISHIBA Shigeru") == "ishiba shigeru" and name_key.cache_info().hits >= 1
    assert _article_day("2024-03-06").isoformat() == "2024-03-06"
    assert _article_day("not a date") is None and _article_day(None) is None
    assert holders("Nobody Atall", "2024-03-06") == []


def test_positions_index_merges_case_variants(nlp):
    text = "Iran and IRAN met iran. Talks in Lima were TALKS."
    doc = nlp(text)
    m = Mentions(doc, Article(id="p", title="", text=text))
    iran = [t.i for t in doc if t.lower_ == "iran"]
    assert m.positions({"iran"}) == iran and len(iran) == 3
    assert m.positions({"Iran"}, lower=False) == [iran[0]]
    assert m.positions({"iran", "talks"}) == sorted(iran + [t.i for t in doc if t.lower_ == "talks"])
    assert m._texts == [t.text for t in doc]
    got = m.positions({"iran"})
    got.append(99)  # callers may change the list they get: the index must not
    assert m.positions({"iran"}) == iran


def test_extraction_unchanged_by_reuse(nlp):
    """The same article twice (fresh docs) gives the same facts: no cache leaks between
    articles through the module-level lemma table."""
    article = Article(id="s1", title="", text=TEXT, date="2024-03-06")
    first = extract_doc(nlp(TEXT), article, min_confidence=0.0).facts
    extract_doc(nlp("Xland accused Ruritania of shelling Lima on Tuesday."),
                Article(id="s2", title="", text="Xland accused Ruritania of shelling Lima on Tuesday.",
                        date="2024-03-06"))
    assert extract_doc(nlp(TEXT), article, min_confidence=0.0).facts == first


def test_static_fact_sentence_is_the_sentence_text(nlp):
    """make_fact slices the article text instead of joining tokens: the same string, and
    the joined one when the doc was not parsed from the article's text."""
    from kg.resolve.places import make_fact
    from kg.types import Entity

    doc = nlp(TEXT)
    a, b = Entity(id="Lima", label="Lima", type="Location"), Entity(id="PER", label="Peru", type="Country")
    for token in (doc[3], doc[20], doc[len(doc) - 1]):
        fact = make_fact(Article(id="s1", title="", text=TEXT), token, a, "locatedIn", b, "comma", ",", 0.8)
        assert fact.sentence == token.sent.text and (fact.start, fact.end) == (token.sent.start_char,
                                                                              token.sent.end_char)
    other = Article(id="s1", title="", text=TEXT + " Postscript.")
    assert make_fact(other, doc[3], a, "locatedIn", b, "comma", ",", 0.8).sentence == doc[3].sent.text
