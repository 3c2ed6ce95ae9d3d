"""bench/score_sets.py runs the real extractor and the shared scorer over annotated sets
(bench/annotated) and pools precision and recall (session 14)."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def test_sets_are_complete_pairs():
    sets = sorted(p for p in (ROOT / "bench" / "annotated").iterdir() if p.is_dir())
    assert len(sets) >= 30
    for folder in sets:
        articles = {p.name.split(".")[0] for p in folder.glob("*.article.json")}
        golds = {p.name.split(".")[0] for p in folder.glob("*.gold.json")}
        assert articles and articles == golds, folder


@pytest.mark.skipif(not SCORER.exists(), reason="needs ../shared/eval/score.py")
def test_pooled_score_of_two_articles(tmp_path):
    small = tmp_path / "small"
    small.mkdir()
    for stem in sorted({p.name.split(".")[0] for p in (ROOT / "bench" / "annotated" / "h64").glob("*.article.json")})[:2]:
        for kind in ("article", "gold"):
            shutil.copy(ROOT / "bench" / "annotated" / "h64" / f"{stem}.{kind}.json", small)
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "score_sets.py"), str(small), "--keep", str(tmp_path / "preds")],
                         capture_output=True, text=True, check=True).stdout
    pooled = re.search(r"pooled P=([\d.]+) \((\d+)/(\d+)\) R=([\d.]+) \((\d+)/(\d+)\)", out)
    assert pooled, out
    assert int(pooled.group(3)) > 5 and int(pooled.group(6)) > 10  # facts extracted, required facts read
    assert float(pooled.group(1)) > 0.5 and float(pooled.group(4)) > 0.4
    assert (tmp_path / "preds" / "small.jsonl").stat().st_size > 0


def test_empty_folder_is_a_clear_error(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "score_sets.py"), str(empty)],
                          capture_output=True, text=True)
    assert done.returncode != 0
    assert "no *.article.json files" in done.stderr and str(empty) in done.stderr
