"""bench/train_relations.py: the learned-relation experiment (its candidates, features,
labels, trainer and leave-one-set-out run). The classifier did not pass its bar, so
nothing of it ships in kg/; these tests keep the experiment reproducible and honest.

All sentences and articles here are invented for the tests.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from kg.types import Article

BENCH = Path(__file__).resolve().parent.parent / "bench"
SCORER = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "score.py"


@pytest.fixture(scope="module")
def tr():
    sys.path.insert(0, str(BENCH))
    try:
        import train_relations

        yield train_relations
    finally:
        sys.path.remove(str(BENCH))


@pytest.fixture(scope="module")
def score(tr):
    if not SCORER.is_file():
        pytest.skip(f"scorer not found at {SCORER}")
    return tr._scorer()


def _pairs(tr, nlp, text: str, rule_facts=()):
    from kg.resolve import resolve

    doc = nlp(text)
    mentions = resolve(doc, Article(id="t", title="", text=text))
    sent = next(doc.sents)
    return {(p.subject.label, p.object.label): p for p in tr.candidate_pairs(sent, mentions, list(rule_facts))}


def test_features_name_the_path_not_the_names(tr, nlp):
    pairs = _pairs(tr, nlp, "Norway hosted Chile for two days of fisheries talks.")
    fwd, back = pairs[("Norway", "Chile")].features, pairs[("Chile", "Norway")].features
    assert {"T:Country>Country", "O:so", "L:host", "SD:nsubj", "OD:dobj", "P:nsubj|host|dobj", "R:none"} <= set(fwd)
    assert {"O:os", "P:dobj|host|nsubj"} <= set(back)
    # no feature carries an entity's name: a pattern learnt on some names fires on others
    assert not any("norway" in f.lower() or "chile" in f.lower() for f in fwd + back)


@pytest.mark.parametrize("text, pair, expected, absent", [
    # a preposition on the path is part of the relation
    ("Peru met with Egypt in Cairo.", ("Peru", "Egypt"), {"L:meet", "OD:pobj.prep_with"}, {"NEG"}),
    # negation anywhere on the path is seen
    ("Peru did not attack Egypt.", ("Peru", "Egypt"), {"L:attack", "NEG"}, set()),
    # coordinated ends: the ancestor is one of them
    ("Peru and Egypt signed a trade pact.", ("Peru", "Egypt"), {"L:S", "B:coordinated", "BN:1"}, {"NEG"}),
])
def test_feature_table(tr, nlp, text, pair, expected, absent):
    feats = set(_pairs(tr, nlp, text)[pair].features)
    assert expected <= feats
    assert not (absent & feats)


def test_rule_facts_show_up_as_features(tr, nlp):
    from kg.types import Fact

    rule = Fact(article="t", sentence="", start=0, end=0, subject="Peru", subject_id="PER", subject_type="Country",
                predicate="criticizes", object="Egypt", object_id="EGY", object_type="Country")
    pairs = _pairs(tr, nlp, "Peru sharply criticised Egypt and Chile.", [rule])
    assert "R:criticizes" in pairs[("Peru", "Egypt")].features and "R:none" not in pairs[("Peru", "Egypt")].features
    # the uncovered coordinated object knows what the rules made of its subject
    assert {"R:none", "RS:criticizes"} <= set(pairs[("Peru", "Chile")].features)


class _End:
    def __init__(self, label):
        self.label, self.id = label, label


class _Pair:
    """The two attributes of a candidate pair that labelling reads."""

    def __init__(self, s, o):
        self.subject, self.object = _End(s), _End(o)


def test_labels_follow_the_scorer_and_the_evidence_sentence(tr, score):
    text = "Peru met Egypt on Monday. Later Peru criticised Chile."
    gold = [{"s": ["Egypt"], "p": ["meets"], "o": ["Peru"], "kind": "required", "evidence": "Peru met Egypt"},
            {"s": ["Peru", "Lima"], "p": ["criticizes", "accuses"], "o": ["Chile"], "kind": "required",
             "evidence": "Peru criticised   Chile"},      # whitespace differs from the text
            {"s": ["Peru"], "p": ["*"], "o": ["Bolivia"], "kind": "optional", "evidence": "Peru met Egypt"},
            {"s": ["Ana Diaz"], "p": ["leaderOf"], "o": ["Peru"], "kind": "optional", "evidence": "Peru met Egypt"}]
    spans = [tr._evidence_span(text, g["evidence"]) for g in gold]
    assert spans[0] == (0, 14) and spans[1] is not None
    first, second = (0, 25), (26, len(text))
    assert tr._label(_Pair("Peru", "Egypt"), *first, gold, spans, score) == "meets"   # symmetric: either way
    assert tr._label(_Pair("Peru", "Egypt"), *second, gold, spans, score) == "NONE"   # not its sentence
    assert tr._label(_Pair("Peru", "Chile"), *second, gold, spans, score) == "criticizes"
    assert tr._label(_Pair("Chile", "Peru"), *second, gold, spans, score) == "NONE"   # direction matters
    assert tr._label(_Pair("Peru", "Bolivia"), *first, gold, spans, score) is None    # "*": left out of training
    assert tr._label(_Pair("Ana Diaz", "Peru"), *first, gold, spans, score) == "static"


# invented training sentences: one pattern ("paid a courtesy call on"), varied names, and
# sentences where the same two kinds of actors are only mentioned together
_TRAIN = [
    ("Norway paid a courtesy call on Chile.", ("Norway", "Chile"), "meets"),
    ("Japan paid a courtesy call on Kenya.", ("Japan", "Kenya"), "meets"),
    ("Canada paid a courtesy call on Ghana.", ("Canada", "Ghana"), "meets"),
    ("Spain paid a courtesy call on Nepal.", ("Spain", "Nepal"), "meets"),
    ("Norway and Chile both export salmon.", ("Norway", "Chile"), "NONE"),
    ("Japan and Kenya both grow tea.", ("Japan", "Kenya"), "NONE"),
    ("Canada and Ghana both mine gold.", ("Canada", "Ghana"), "NONE"),
    ("Spain and Nepal both attract tourists.", ("Spain", "Nepal"), "NONE"),
]


def _examples(tr, nlp, table):
    out = []
    for text, pair, label in table:
        pairs = _pairs(tr, nlp, text)
        for (s, o), p in pairs.items():
            out.append(tr.Example("train", text, 0, p.features, label if (s, o) == pair else "NONE",
                                  {}, (p.subject.id, p.object.id), False))
    return out


def test_trained_model_carries_a_pattern_to_new_names(tr, nlp):
    model = tr.RelationModel.from_json(tr.train(_examples(tr, nlp, _TRAIN), epochs=200, min_count=1))
    seen = _pairs(tr, nlp, "Peru paid a courtesy call on Egypt.")
    rel, prob = model.predict(seen[("Peru", "Egypt")].features)
    assert rel == "meets" and prob > 0.6
    # near misses: the other direction, and the two names merely listed together
    assert model.scores(seen[("Egypt", "Peru")].features)[model.classes.index("meets")] < 0.5
    listed = _pairs(tr, nlp, "Peru and Egypt both export cotton.")
    assert model.scores(listed[("Peru", "Egypt")].features)[model.classes.index("meets")] < 0.5


def test_added_facts_skip_rule_pairs_and_duplicates(tr):
    ids = [("A", "B"), ("B", "A"), ("A", "C"), ("C", "D"), ("D", "C"), ("D", "E")]
    covered = [False, False, True, False, False, False]
    decisions = [("meets", 0.9), ("meets", 0.8), ("meets", 0.99), ("accuses", 0.95), ("static", 0.99), ("NONE", 0.9)]
    # one direction of a symmetric relation, nothing for a pair the rules cover, no static
    # facts, nothing below the threshold
    assert tr.select_added(ids, covered, decisions, 0.7) == [0, 3]
    assert tr.select_added(ids, covered, decisions, 0.92) == [3]


def test_cli_rejects_a_folder_without_gold(tr, tmp_path, capsys):
    assert tr.main([str(tmp_path)]) == 2
    assert "not a folder of <id>.article.json + <id>.gold.json" in capsys.readouterr().err


_ARTICLES = {
    "set_a": [("a1", "Norway paid a courtesy call on Chile on Monday. Norway and Chile both export salmon.",
               [("Norway", "meets", "Chile", "Norway paid a courtesy call on Chile")]),
              ("a2", "Japan paid a courtesy call on Kenya. The two governments later criticised Spain.",
               [("Japan", "meets", "Kenya", "Japan paid a courtesy call on Kenya")])],
    "set_b": [("b1", "Canada paid a courtesy call on Ghana. Canada and Ghana both mine gold.",
               [("Canada", "meets", "Ghana", "Canada paid a courtesy call on Ghana")])],
}


@pytest.mark.slow
def test_leave_one_set_out_runs_end_to_end(tr, score, tmp_path, capsys):
    dirs = []
    for name, arts in _ARTICLES.items():
        d = tmp_path / name
        d.mkdir()
        for ident, text, facts in arts:
            (d / f"{ident}.article.json").write_text(json.dumps(
                {"id": ident, "title": "", "date": "2024-03-01", "source": "test", "url": "", "text": text}))
            (d / f"{ident}.gold.json").write_text(json.dumps({"article": ident, "facts": [
                {"s": [s], "p": [p], "o": [o], "kind": "required", "evidence": ev} for s, p, o, ev in facts]}))
        dirs.append(str(d))
    out = tmp_path / "model.json"
    assert tr.main([*dirs, "--loso", "--thresholds", "0.5", "--epochs", "50",
                    "--write-dir", str(tmp_path / "eval"), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "set_a" in printed and "set_b" in printed and "t=0.5: added" in printed
    model = json.loads(out.read_text())
    assert model["format"] == "kg-relation-model" and model["classes"][0] == "NONE"
    assert model["trained_on"] == ["set_a", "set_b"]
    assert sorted(p.name for p in (tmp_path / "eval").iterdir())[:2] == ["set_a.rules.jsonl", "set_a.t0.5.jsonl"]
