"""The extractor on the development set, scored by the shared scorer.

Runs kg.extract over ../shared/eval/dev/*.article.json, writes the facts as JSONL
(the fact contract) to tmp_path, runs ../shared/eval/score.py and checks the last
line against floors a little below the figures reached when this test was written.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from kg.extract import extract_articles
from kg.types import Article

PRECISION_FLOOR = 0.94
RECALL_FLOOR = 0.85

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def dev_facts(dev_set, nlp):
    articles = []
    for path in sorted(dev_set.glob("*.article.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        articles.append(Article(id=data["id"], title=data.get("title", ""), text=data["text"],
                                date=data.get("date"), source=data.get("source"), url=data.get("url")))
    return [f for ext in extract_articles(articles, nlp) for f in ext.facts]


def _score(dev_set, facts, tmp_path):
    from conftest import SCORER

    pred = tmp_path / "facts.jsonl"
    pred.write_text("".join(json.dumps(f.to_dict()) + "\n" for f in facts), encoding="utf-8")
    out = subprocess.run([sys.executable, str(SCORER), str(dev_set), "--pred", str(pred)],
                         capture_output=True, text=True, check=True).stdout
    last = out.strip().splitlines()[-1]
    return {k: float(v) for k, v in re.findall(r"(\w+)=([\d.]+)", last)}, out


def test_dev_precision_recall(dev_set, dev_facts, tmp_path):
    score, out = _score(dev_set, dev_facts, tmp_path)
    assert score["precision"] >= PRECISION_FLOOR, out
    assert score["recall"] >= RECALL_FLOOR, out


def test_facts_follow_the_contract(dev_facts):
    from kg.types import ACTOR_TYPES, MODALITIES, POLARITIES

    assert dev_facts
    for f in dev_facts:
        assert f.polarity in POLARITIES and f.modality in MODALITIES
        assert 0 < f.confidence <= 1
        assert f.subject_type in ACTOR_TYPES | {"Location"}
        assert f.date is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", f.date)
        assert f.start < f.end and f.sentence


def test_seed_article(dev_facts):
    seed = [f for f in dev_facts if f.article.startswith("seed-")]
    meets = [f for f in seed if (f.subject, f.predicate, f.object) == ("Barack Obama", "meets", "Xi Jinping")
             or (f.object, f.predicate, f.subject) == ("Barack Obama", "meets", "Xi Jinping")]
    assert meets and meets[0].polarity == "positive"
    assert meets[0].modality == "planned" and meets[0].place == "California"
    assert any(f.subject == "China" and f.predicate == "attacks" and f.object == "United States" for f in seed)
    assert any(f.subject == "Barack Obama" and f.predicate == "discusses" and "cyber" in f.object for f in seed)
    assert any(f.subject == "China" and f.predicate == "denies" and "espionage" in f.object for f in seed)


@pytest.mark.xfail(reason="'growing concerns about Chinese cyber-espionage' names no holder of the concern; "
                          "the United States is only implied by the article as a whole", strict=False)
def test_seed_united_states_concerned_about_cyber(dev_facts):
    seed = [f for f in dev_facts if f.article.startswith("seed-")]
    assert any(f.subject == "United States" and f.predicate == "concernedAbout" and "cyber" in f.object for f in seed)
