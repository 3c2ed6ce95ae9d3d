"""Score the extractor on annotated article sets and print pooled precision and recall.

Each set is a folder of ``<id>.article.json`` + ``<id>.gold.json`` pairs in the format of
``../shared/eval`` (the annotation guidelines are ``../shared/eval/GUIDELINES.md``). The
sets in ``bench/annotated/`` were invented and annotated by colleagues who did not read the
code while writing them; the rules were later studied against them, so they measure what
changed, not how the extractor does on text nobody has looked at (keep a set unread for
that). ``../shared/eval/dev`` holds real articles.

Usage:
    python bench/score_sets.py                       # every set of bench/annotated
    python bench/score_sets.py bench/annotated/h64 ../shared/eval/dev
    python bench/score_sets.py --keep /tmp/preds     # keep the facts (one .jsonl per set)
    python bench/score_sets.py --relations ../shared/eval/dev   # also found/required per relation

Prints the scorer's last line per set, then ``pooled P=... R=... F1=...`` over all of them.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def score_set(folder: Path, out: Path) -> dict[str, float]:
    """Extract the set's articles into ``out`` and return the scorer's last-line numbers."""
    folder = folder.resolve()
    articles = sorted(str(p) for p in folder.glob("*.article.json"))
    if not articles:
        raise SystemExit(f"{folder}: no *.article.json files; point at a folder of annotated articles")
    with out.open("w", encoding="utf-8") as fh:
        subprocess.run([sys.executable, "-m", "kg", "extract", *articles, "--format", "jsonl"],
                       stdout=fh, check=True, cwd=tempfile.gettempdir())  # (not the checkout: python -m
        # puts the working directory first on sys.path)
    last = subprocess.run([sys.executable, str(SCORER), str(folder), "--pred", str(out)],
                          capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1]
    print(f"{folder.name}: {last}", flush=True)
    return {k: float(v) for k, v in re.findall(r"(\w+)=([\d.]+)", last)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="*", type=Path, help="set folders (default: every folder of bench/annotated)")
    ap.add_argument("--keep", type=Path, help="folder to keep each set's facts in")
    ap.add_argument("--relations", action="store_true", help="also print required facts found per relation")
    args = ap.parse_args(argv)
    if not SCORER.exists():
        raise SystemExit(f"{SCORER}: the shared scorer is missing; run from a checkout next to ../shared")
    sets = args.sets or sorted(p for p in (ROOT / "bench" / "annotated").iterdir() if p.is_dir())
    keep = args.keep or Path(tempfile.mkdtemp(prefix="kg-sets-"))
    keep.mkdir(parents=True, exist_ok=True)
    tp = facts = hit = required = 0
    for folder in sets:
        got = score_set(folder, keep / f"{folder.name}.jsonl")
        facts += int(got["facts"])
        tp += round(got["precision"] * got["facts"])
        required += int(got["required"])
        hit += round(got["recall"] * got["required"])
    p = tp / facts if facts else 0.0
    r = hit / required if required else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    if args.relations:
        print(relation_recall(sets, keep))
    print(f"pooled P={p:.3f} ({tp}/{facts}) R={r:.3f} ({hit}/{required}) F1={f1:.3f} sets={len(sets)}")
    return 0


def relation_recall(sets: list[Path], keep: Path) -> str:
    """Required facts found per relation (the first relation of each gold fact), most first:
    "leaderOf 99/118 memberOf 75/102 ...", read with the shared scorer's own matching."""
    sys.path.insert(0, str(SCORER.parent))
    import score  # the shared scorer (../shared/eval/score.py)

    found: dict[str, list[int]] = {}
    for folder in sets:
        gold = score.load_gold([folder])
        by_article: dict[str, list[dict]] = {}
        for line in (keep / f"{folder.name}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                fact = json.loads(line)
                by_article.setdefault(fact["article"], []).append(fact)
        for article, facts in gold.items():
            for g in (g for g in facts if g["kind"] == "required"):
                counts = found.setdefault(g["p"][0], [0, 0])
                counts[0] += any(score.matches(g, f) for f in by_article.get(article, []))
                counts[1] += 1
    return " ".join(f"{rel} {n}/{total}" for rel, (n, total) in sorted(found.items(), key=lambda kv: -kv[1][1]))


if __name__ == "__main__":
    sys.exit(main())
