"""The per-article caches that keep resolve + extract cheap must not change any answer:
the sentence hooks (kg.resolve.mentions.cache_sentences), the token-text index
(Mentions.positions), Mentions.add, the gazetteer's remembered lookups, the sentence
text of facts, and whole-article extraction with and without the caches.
All sentences are invented for these tests."""
from __future__ import annotations

import json

import pytest
from spacy.tokens import Doc

import kg.resolve.mentions as mentions_mod
from kg.extract import extract_doc
from kg.resolve import resolve
from kg.resolve.gazetteer import load_gazetteer
from kg.resolve.mentions import Mentions, cache_sentences
from kg.types import Article, Entity

TEXT = ("Ruritania and Xland met in Lima on Monday. The talks lasted four hours.\n"
        "Officials said the two sides would meet again. Nobody said where.")


def _native(nlp, text):
    """A doc of ``text`` without any hooks: spaCy's own sentence answers."""
    return nlp(text)


def test_hooks_answer_like_spacy(nlp):
    plain, hooked = _native(nlp, TEXT), nlp(TEXT)
    sents, starts = cache_sentences(hooked)
    assert "sents" in hooked.user_hooks and "sent" in hooked.user_token_hooks
    native = [(s.start, s.end) for s in plain.sents]
    assert [(s.start, s.end) for s in hooked.sents] == native == [(s.start, s.end) for s in sents]
    assert starts == [s for s, _ in native] and len(native) == 4
    for tok in hooked:
        expect = plain[tok.i].sent
        assert (tok.sent.start, tok.sent.end) == (expect.start, expect.end)
    for start, end in [(0, 1), (2, 5), (3, 12), (len(plain) - 2, len(plain))]:
        got, expect = hooked[start:end].sent, plain[start:end].sent
        assert (got.start, got.end) == (expect.start, expect.end)
    # one list: the same span objects every time, and a second call reuses them
    assert hooked[4].sent is hooked[5].sent
    assert cache_sentences(hooked)[0] is sents


def test_copied_docs_get_their_own_sentences(nlp):
    doc = nlp(TEXT)
    cache_sentences(doc)
    copy = doc.copy()  # spaCy copies the hooks: they must answer for the copy's tokens
    assert copy[-1].sent.doc is copy
    assert [(s.start, s.end) for s in copy.sents] == [(s.start, s.end) for s in doc.sents]
    sub = doc[0:9].as_doc()
    assert sub[3].sent.doc is sub and sub[3].sent.end == len(sub)


def test_docs_without_boundaries_keep_spacy_error(nlp):
    bare = Doc(nlp.vocab, words=["Ruritania", "met", "Xland"])
    assert cache_sentences(bare) is None and not bare.user_hooks
    with pytest.raises(ValueError):
        list(bare.sents)


def test_foreign_hooks_are_left_alone(nlp):
    doc = nlp(TEXT)
    doc.user_hooks["sents"] = lambda d: iter([d[:]])
    assert cache_sentences(doc) is None
    assert [(s.start, s.end) for s in doc.sents] == [(0, len(doc))]
    assert "sent" not in doc.user_token_hooks


def test_mentions_sentences_use_the_cache(nlp):
    doc = nlp(TEXT)
    m = Mentions(doc, Article(id="a", title="", text=TEXT))
    sents, starts = m.sentences()
    assert [s.start for s in doc.sents] == starts and doc[0].sent is sents[0]


def test_positions_in_order_and_copied(nlp):
    text = "Talks. The talks in Lima were talks about TALKS, said Lima."
    doc = nlp(text)
    m = Mentions(doc, Article(id="a", title="", text=text))
    want = [t.i for t in doc if t.lower_ == "talks"]
    assert m.positions({"talks"}) == want and len(want) == 4
    got = m.positions({"talks"})
    got.append(999)  # a caller changing its list must not change the index
    assert m.positions({"talks"}) == want
    assert m.positions({"talks", "lima"}) == sorted(want + [t.i for t in doc if t.text == "Lima"])
    assert m.positions({"TALKS"}, lower=False) == [t.i for t in doc if t.text == "TALKS"]
    assert m.positions({"nowhere"}) == [] and m.positions(()) == []
    # a word set bigger than the article's vocabulary walks the index instead
    big = {f"w{k}" for k in range(500)} | {"lima"}
    assert m.positions(big) == [t.i for t in doc if t.lower_ == "lima"]


def test_add_keeps_first_mention_and_overwrite(nlp):
    text = "Ruritanian Hope leaders met in Lima."
    doc = nlp(text)
    m = Mentions(doc, Article(id="a", title="", text=text))
    rur = Entity(id="RUR", label="Ruritania", type="Country")
    party = Entity(id="Ruritanian_Hope", label="Ruritanian Hope", type="Organization")
    assert m.add(doc[0:1], rur, kind="demonym") is not None
    assert m.add(doc[0:2], party) is None  # token 0 is taken
    assert m.entity_at(doc[1]) is None
    assert m.add(doc[0:2], party, overwrite=True) is not None
    assert [x.entities[0].id for x in m] == ["Ruritanian_Hope"]
    assert m.entity_at(doc[0]).id == m.entity_at(doc[1]).id == "Ruritanian_Hope"
    assert m.add(doc[0:1], [], kind="name") is None  # no entity, no mention


@pytest.mark.parametrize("text", ["France", "The Hague", "the Kremlin", "Chinese", "france",
                                  "Nowhereland", "  France ", "Beijing"])
def test_gazetteer_lookup_remembers_same_answers(text):
    gaz = load_gazetteer()
    first = gaz.lookup(text)
    assert first == gaz._lookup(text) == gaz.lookup(text)
    assert gaz._answers[text] == first


def test_fact_sentence_text_is_span_text(nlp):
    text = "Peru  accused   Chile of spying on its navy.\n\nChile condemned   Peru on Monday."
    doc = nlp(text)
    ex = extract_doc(doc, Article(id="a", title="", text=text))
    assert ex.facts
    by_start = {s.start_char: s.text for s in doc.sents}
    for fact in ex.facts:
        assert fact.sentence == by_start[fact.start]


def _facts(nlp, article):
    doc = nlp(article.text)
    return [f for f in extract_doc(doc, article, mentions=resolve(doc, article)).facts]


def test_articles_extract_the_same_without_the_caches(nlp, dev_set, monkeypatch):
    """Whole dev articles: the facts with the sentence hooks equal those without."""
    paths = sorted(dev_set.glob("*.article.json"))[:3]
    assert paths
    articles = []
    for path in paths:
        d = json.loads(path.read_text(encoding="utf-8"))
        articles.append(Article(id=d["id"], title=d.get("title", ""), text=d["text"], date=d.get("date")))
    cached = [_facts(nlp, a) for a in articles]
    monkeypatch.setattr(mentions_mod, "cache_sentences", lambda doc: None)
    uncached = [_facts(nlp, a) for a in articles]
    assert any(cached)
    assert cached == uncached
