"""The doc attribute table (kg.nlp.DocTable) and the helpers that read it must give
exactly what spaCy's Token properties give: the table is a speed-up, never a change.

Each check compares the table, or a helper rewritten on it, with the plain Token way
of asking, token by token, on three development articles (only read) and on invented
sentences.
"""
from __future__ import annotations

import json

import pytest

from kg.extract import syntax
from kg.nlp import DocTable, doc_table
from kg.resolve import resolve
from kg.types import Article

TEXT = ("Ruritania and Xland accused Yland of shelling the border, and Zland was attacked by "
        "rebels. The ministers of A, B and C met in Lima; Soto called on the rebels to stop "
        "the attacks, while Iran's minister, Zarif, and the EU's chief, Mogherini, talked.")


@pytest.fixture(scope="module")
def docs(nlp, dev_set):
    paths = sorted(dev_set.glob("*.article.json"))[:3]
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in paths]
    return list(nlp.pipe([TEXT, *texts]))


def test_table_columns_are_the_token_attributes(docs):
    for doc in docs:
        table = DocTable(doc)
        assert len(table) == len(doc)
        for tok in doc:
            i = tok.i
            assert (table.text[i], table.lower[i], table.lemma[i], table.pos[i], table.dep[i],
                    table.head[i]) == (tok.text, tok.lower_, tok.lemma_.lower(), tok.pos_, tok.dep_, tok.head.i)


def test_table_tree_is_the_token_tree(docs):
    for doc in docs:
        table = DocTable(doc)
        for tok in doc:
            i = tok.i
            assert table.children(i) == [c.i for c in tok.children]
            assert table.rights(i) == [c.i for c in tok.rights]
            assert table.lefts(i) == [c.i for c in tok.lefts]
            assert table.conjuncts(i) == [c.i for c in tok.conjuncts]
            assert (i in table.conj_heads) == any(c.dep_ == "conj" for c in tok.rights)
    # the invented text has coordinations: the comparison above is not vacuous
    assert any(DocTable(docs[0]).conjuncts(t.i) for t in docs[0])


def test_table_of_empty_and_one_word_docs(nlp):
    empty = DocTable(nlp.make_doc(""))
    assert len(empty) == 0 and empty.kids == [] and not empty.conj_heads
    one = nlp("Hello")
    table = DocTable(one)
    assert table.head == [0] and table.children(0) == [] and table.conjuncts(0) == []


def test_doc_table_is_built_once_per_doc(nlp):
    first, second = nlp("Ruritania met Xland."), nlp("Xland met Ruritania.")
    table = doc_table(first)
    assert doc_table(first) is table
    other = doc_table(second)
    assert other is not table and other.text[0] == "Xland"
    assert doc_table(first).text[0] == "Ruritania"  # back to the first doc: its own table


def _reference_prep_objects(tok, preps):
    out = []
    for c in tok.children:
        if c.dep_ not in ("prep", "agent", "prt", "dative"):
            continue
        coordinated = [x for x in c.conjuncts if x.pos_ == "ADP"] if c.n_rights > 1 else ()
        for p in (c, *coordinated):
            if p.lower_ in preps:
                out.extend((p.lower_, g) for g in p.children if g.dep_ in ("pobj", "pcomp"))
    return out


def test_syntax_helpers_answer_as_token_walks(docs):
    preps = frozenset({"of", "by", "in", "on", "with", "to", "against"})
    for doc in docs:
        for tok in doc:
            assert syntax.is_passive(tok) == any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
            assert syntax.objects(tok) == [c for c in tok.children if c.dep_ in ("dobj", "dative")]
            assert syntax.by_agents(tok) == [g for c in tok.children if c.dep_ == "agent"
                                             for g in c.children if g.dep_ == "pobj"]
            assert syntax.clause_subject_of(tok) == next(
                (c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            assert syntax.prep_objects(tok, preps) == _reference_prep_objects(tok, preps)


def test_positions_match_a_scan_of_the_tokens(docs):
    doc = docs[1]
    mentions = resolve(doc, Article(id="s2", title="", text=doc.text))
    for words in ({"the"}, {"the", "and", "said"}, {"minister", "ministers", "nonexistentword"}, set(),
                  frozenset(t.lower_ for t in doc[:40])):
        assert mentions.positions(words) == [t.i for t in doc if t.lower_ in words]
    capitalised = {t.text for t in doc if t.text[:1].isupper()}
    assert mentions.positions(capitalised, lower=False) == [t.i for t in doc if t.text in capitalised]
    got = mentions.positions({"the"})
    got.append(-1)  # callers may change what they get
    assert -1 not in mentions.positions({"the"})


def test_word_index_keeps_first_occurrence_order(docs):
    # readers iterate the index (kg.resolve.names): words in order of first occurrence
    for doc in docs:
        table = DocTable(doc)
        for lower, texts in ((True, table.lower), (False, table.text)):
            expected: dict[str, list[int]] = {}
            for i, word in enumerate(texts):
                expected.setdefault(word, []).append(i)
            assert list(table.word_index(lower).items()) == list(expected.items())
    assert DocTable(docs[0]).word_index()["and"] == [t.i for t in docs[0] if t.lower_ == "and"]
